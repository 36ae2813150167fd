/* cw-check-result.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-check-result"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-check-result-private.h"

struct _CwCheckResult
{
  GObject         parent_instance;

  CwCheckVerdict  verdict;
  CwCheckStage    stage;
  char           *summary;
  GListStore     *diagnostics;
  GListStore     *tests;
  guint           n_errors;
  guint           n_warnings;
  guint           n_passed;
  guint           n_failed;
  guint           n_ignored;
  char           *output;
  gboolean        output_cut;
  char           *compiler_output;
  int             exit_status;
  int             term_signal;
  guint64         compile_us;
  guint64         run_us;
  char           *rustc_version;
};

G_DEFINE_FINAL_TYPE (CwCheckResult, cw_check_result, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CwCheckVerdict, cw_check_verdict,
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_PASSED, "passed"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_COMPILE_FAILED, "compile-failed"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_TESTS_FAILED, "tests-failed"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_TIMED_OUT, "timed-out"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_CRASHED, "crashed"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_STACK_OVERFLOW, "stack-overflow"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_OUT_OF_MEMORY, "out-of-memory"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_OUTPUT_TOO_LARGE, "output-too-large"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_FILE_TOO_LARGE, "file-too-large"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_SOURCE_TOO_LARGE, "source-too-large"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_VERDICT_NO_TESTS, "no-tests"))

G_DEFINE_ENUM_TYPE (CwCheckStage, cw_check_stage,
  G_DEFINE_ENUM_VALUE (CW_CHECK_STAGE_SOURCE, "source"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_STAGE_COMPILE, "compile"),
  G_DEFINE_ENUM_VALUE (CW_CHECK_STAGE_RUN, "run"))

enum
{
  PROP_0,
  PROP_VERDICT,
  PROP_STAGE,
  PROP_PASSED,
  PROP_SUMMARY,
  PROP_DIAGNOSTICS,
  PROP_TESTS,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_PASSED,
  PROP_N_FAILED,
  PROP_N_IGNORED,
  PROP_OUTPUT,
  PROP_OUTPUT_CUT,
  PROP_COMPILER_OUTPUT,
  PROP_RUSTC_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
cw_check_enum_nick (GType type,
                    int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  g_type_class_unref (klass);

  return found != NULL ? found->value_nick : NULL;
}

static void
cw_check_result_finalize (GObject *object)
{
  CwCheckResult *self = CW_CHECK_RESULT (object);

  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->diagnostics);
  g_clear_object (&self->tests);
  g_clear_pointer (&self->output, g_free);
  g_clear_pointer (&self->compiler_output, g_free);
  g_clear_pointer (&self->rustc_version, g_free);

  G_OBJECT_CLASS (cw_check_result_parent_class)->finalize (object);
}

static void
cw_check_result_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwCheckResult *self = CW_CHECK_RESULT (object);

  switch (prop_id)
    {
    case PROP_VERDICT:
      g_value_set_enum (value, self->verdict);
      break;
    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;
    case PROP_PASSED:
      g_value_set_boolean (value, cw_check_result_get_passed (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DIAGNOSTICS:
      g_value_set_object (value, self->diagnostics);
      break;
    case PROP_TESTS:
      g_value_set_object (value, self->tests);
      break;
    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;
    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;
    case PROP_N_PASSED:
      g_value_set_uint (value, self->n_passed);
      break;
    case PROP_N_FAILED:
      g_value_set_uint (value, self->n_failed);
      break;
    case PROP_N_IGNORED:
      g_value_set_uint (value, self->n_ignored);
      break;
    case PROP_OUTPUT:
      g_value_set_string (value, self->output);
      break;
    case PROP_OUTPUT_CUT:
      g_value_set_boolean (value, self->output_cut);
      break;
    case PROP_COMPILER_OUTPUT:
      g_value_set_string (value, self->compiler_output);
      break;
    case PROP_RUSTC_VERSION:
      g_value_set_string (value, self->rustc_version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_check_result_class_init (CwCheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  guint         i;

  object_class->finalize = cw_check_result_finalize;
  object_class->get_property = cw_check_result_get_property;

  properties[PROP_VERDICT] =
    g_param_spec_enum ("verdict", NULL, NULL, CW_TYPE_CHECK_VERDICT, CW_CHECK_VERDICT_PASSED,
                       flags);
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, CW_TYPE_CHECK_STAGE, CW_CHECK_STAGE_SOURCE, flags);
  properties[PROP_PASSED] = g_param_spec_boolean ("passed", NULL, NULL, FALSE, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_DIAGNOSTICS] =
    g_param_spec_object ("diagnostics", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_TESTS] = g_param_spec_object ("tests", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_N_ERRORS] = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_PASSED] = g_param_spec_uint ("n-passed", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_FAILED] = g_param_spec_uint ("n-failed", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_IGNORED] =
    g_param_spec_uint ("n-ignored", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_OUTPUT] = g_param_spec_string ("output", NULL, NULL, NULL, flags);
  properties[PROP_OUTPUT_CUT] = g_param_spec_boolean ("output-cut", NULL, NULL, FALSE, flags);
  properties[PROP_COMPILER_OUTPUT] =
    g_param_spec_string ("compiler-output", NULL, NULL, NULL, flags);
  properties[PROP_RUSTC_VERSION] = g_param_spec_string ("rustc-version", NULL, NULL, NULL, flags);

  for (i = 1; i < N_PROPS; i++)
    g_assert (properties[i] != NULL);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_check_result_init (CwCheckResult *self)
{
  self->diagnostics = g_list_store_new (CW_TYPE_RUST_DIAGNOSTIC);
  self->tests = g_list_store_new (CW_TYPE_TEST_CASE);
  self->output = g_strdup ("");
  self->compiler_output = g_strdup ("");
  self->exit_status = -1;
}

CwCheckResult *
cw_check_result_new (const char *rustc_version)
{
  CwCheckResult *self = g_object_new (CW_TYPE_CHECK_RESULT, NULL);

  self->rustc_version = g_strdup (rustc_version);

  return self;
}

void
cw_check_result_set_verdict (CwCheckResult  *self,
                             CwCheckVerdict  verdict,
                             CwCheckStage    stage,
                             const char     *summary)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));
  g_return_if_fail (summary != NULL);

  self->verdict = verdict;
  self->stage = stage;
  g_free (self->summary);
  self->summary = g_strdup (summary);
}

void
cw_check_result_add_diagnostic (CwCheckResult    *self,
                                CwRustDiagnostic *diagnostic)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));
  g_return_if_fail (CW_IS_RUST_DIAGNOSTIC (diagnostic));

  switch (cw_rust_diagnostic_get_level (diagnostic))
    {
    case CW_RUST_DIAGNOSTIC_LEVEL_ERROR:
    case CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR:
      self->n_errors++;
      break;
    case CW_RUST_DIAGNOSTIC_LEVEL_WARNING:
      self->n_warnings++;
      break;
    case CW_RUST_DIAGNOSTIC_LEVEL_NOTE:
    case CW_RUST_DIAGNOSTIC_LEVEL_HELP:
    case CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE:
    default:
      break;
    }

  g_list_store_append (self->diagnostics, diagnostic);
}

void
cw_check_result_add_test (CwCheckResult *self,
                          CwTestCase    *test)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));
  g_return_if_fail (CW_IS_TEST_CASE (test));

  switch (cw_test_case_get_status (test))
    {
    case CW_TEST_STATUS_PASSED:
      self->n_passed++;
      break;
    case CW_TEST_STATUS_FAILED:
      self->n_failed++;
      break;
    case CW_TEST_STATUS_IGNORED:
      self->n_ignored++;
      break;
    case CW_TEST_STATUS_NOT_FINISHED:
    default:
      break;
    }

  g_list_store_append (self->tests, test);
}

void
cw_check_result_set_output (CwCheckResult *self,
                            const char    *output,
                            gboolean       cut)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));
  g_return_if_fail (output != NULL);

  g_free (self->output);
  self->output = g_strdup (output);
  self->output_cut = cut;
}

void
cw_check_result_set_compiler_output (CwCheckResult *self,
                                     const char    *text)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));
  g_return_if_fail (text != NULL);

  g_free (self->compiler_output);
  self->compiler_output = g_strdup (text);
}

void
cw_check_result_set_exit (CwCheckResult *self,
                          int            exit_status,
                          int            term_signal)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));

  self->exit_status = exit_status;
  self->term_signal = term_signal;
}

void
cw_check_result_set_compile_us (CwCheckResult *self,
                                guint64        us)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));

  self->compile_us = us;
}

void
cw_check_result_set_run_us (CwCheckResult *self,
                            guint64        us)
{
  g_return_if_fail (CW_IS_CHECK_RESULT (self));

  self->run_us = us;
}

CwCheckVerdict
cw_check_result_get_verdict (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), CW_CHECK_VERDICT_CRASHED);

  return self->verdict;
}

CwCheckStage
cw_check_result_get_stage (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), CW_CHECK_STAGE_SOURCE);

  return self->stage;
}

gboolean
cw_check_result_get_passed (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), FALSE);

  return self->verdict == CW_CHECK_VERDICT_PASSED;
}

/* One or two sentences for the learner: what happened, and where to look. */
const char *
cw_check_result_get_summary (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return self->summary;
}

/**
 * cw_check_result_get_diagnostics:
 *
 * rustc's diagnostics in the order it gave them, without its closing summaries ("aborting
 * due to …") and without warnings about the lines added around the tests (such as an unused
 * `use super::*;` when the code is empty), which the learner cannot act on. A compile that
 * rustc ended without a word gets one diagnostic made here that says how it ended.
 *
 * Returns: (transfer none): a list of CwRustDiagnostic
 */
GListModel *
cw_check_result_get_diagnostics (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

guint
cw_check_result_get_n_errors (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->n_errors;
}

guint
cw_check_result_get_n_warnings (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->n_warnings;
}

/**
 * cw_check_result_get_tests:
 *
 * The tests in the order they ran (alphabetical, as libtest runs them). Only the tests the
 * program reported: after a crash or a limit, those not started yet are missing, and the one
 * that was running is CW_TEST_STATUS_NOT_FINISHED with what stopped it as its message.
 *
 * Returns: (transfer none): a list of CwTestCase
 */
GListModel *
cw_check_result_get_tests (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return G_LIST_MODEL (self->tests);
}

guint
cw_check_result_get_n_passed (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->n_passed;
}

guint
cw_check_result_get_n_failed (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->n_failed;
}

guint
cw_check_result_get_n_ignored (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->n_ignored;
}

/* Everything the test program printed (stdout and stderr as written), up to the output limit,
 * invalid UTF-8 repaired with U+FFFD; "" when it did not run. */
const char *
cw_check_result_get_output (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return self->output;
}

/* Whether the program printed more than the output shows (it was stopped there). */
gboolean
cw_check_result_get_output_cut (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), FALSE);

  return self->output_cut;
}

/* What rustc printed that was not a diagnostic (a rustup notice, the text of a compiler
 * crash), valid UTF-8; usually "". */
const char *
cw_check_result_get_compiler_output (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return self->compiler_output;
}

/* The test program's exit status, or -1 when it did not exit by itself (a signal ended it)
 * or did not run. */
int
cw_check_result_get_exit_status (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), -1);

  return self->exit_status;
}

/* The signal that ended the test program (SIGABRT, SIGKILL from a limit, …), or 0. */
int
cw_check_result_get_term_signal (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->term_signal;
}

guint64
cw_check_result_get_compile_us (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->compile_us;
}

guint64
cw_check_result_get_run_us (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), 0);

  return self->run_us;
}

/* "1.95.0": the rustc that checked it. */
const char *
cw_check_result_get_rustc_version (CwCheckResult *self)
{
  g_return_val_if_fail (CW_IS_CHECK_RESULT (self), NULL);

  return self->rustc_version;
}

/* The stable name, as in JSON: "passed", "compile-failed", "timed-out", … */
const char *
cw_check_verdict_to_string (CwCheckVerdict verdict)
{
  return cw_check_enum_nick (CW_TYPE_CHECK_VERDICT, verdict);
}

/* The stable name, as in JSON: "source", "compile", "run". */
const char *
cw_check_stage_to_string (CwCheckStage stage)
{
  return cw_check_enum_nick (CW_TYPE_CHECK_STAGE, stage);
}
