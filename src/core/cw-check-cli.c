/* cw-check-cli.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-check-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>

#include "cw-check-cli.h"
#include "cw-rust-toolchain.h"

typedef struct
{
  CwCheckResult *result;
  GError        *error;
  gboolean       done;
} CwCheckCliWait;

static void
cw_check_cli_on_done (GObject      *source,
                      GAsyncResult *res,
                      gpointer      user_data)
{
  CwCheckCliWait *wait = user_data;

  wait->result = cw_exercise_runner_check_finish (res, &wait->error);
  wait->done = TRUE;
}

static gboolean
cw_check_cli_on_interrupt (gpointer user_data)
{
  /* The check kills what runs and removes its folder; the command then exits. */
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

/* The learner's code: FILE, "-" for stdin, or the starter when there is no FILE. */
static char *
cw_check_cli_read_code (const CwCheckExercise  *exercise,
                        const char             *file,
                        GError                **error)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;
  const char      *name = file;

  if (file == NULL)
    {
      if (exercise->starter == NULL)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       _("Name the file to check (or “-” for standard input)."));
          return NULL;
        }
      return g_strdup (exercise->starter);
    }

  if (g_str_equal (file, "-"))
    {
      g_autoptr(GIOChannel) channel = g_io_channel_unix_new (0);

      name = _("standard input");
      if (g_io_channel_set_encoding (channel, NULL, error) != G_IO_STATUS_NORMAL ||
          g_io_channel_read_to_end (channel, &contents, &length, error) != G_IO_STATUS_NORMAL)
        return NULL;
    }
  else if (!g_file_get_contents (file, &contents, &length, error))
    {
      return NULL;
    }

  /* rustc reads UTF-8 text; a NUL would cut the code short here. */
  if (memchr (contents, '\0', length) != NULL || !g_utf8_validate (contents, (gssize) length, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("%s is not UTF-8 text, so it cannot be Rust code."), name);
      return NULL;
    }

  return g_steal_pointer (&contents);
}

/* Runs the check to its end in a main context of its own; Ctrl+C cancels it. */
static CwCheckResult *
cw_check_cli_check (CwRustToolchain        *toolchain,
                    const CwCheckExercise  *exercise,
                    const char             *code,
                    const CwCheckLimits    *limits,
                    gboolean               *interrupted,
                    GError                **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GSource)      interrupt = g_unix_signal_source_new (SIGINT);
  CwCheckCliWait          wait = { 0 };

  g_main_context_push_thread_default (context);

  g_source_set_callback (interrupt, cw_check_cli_on_interrupt, cancellable, NULL);
  g_source_attach (interrupt, context);

  cw_exercise_runner_check_async (toolchain, code, exercise->tests, limits, cancellable,
                                  cw_check_cli_on_done, &wait);
  while (!wait.done)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (interrupt);
  g_main_context_pop_thread_default (context);

  *interrupted = g_cancellable_is_cancelled (cancellable);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);

  return wait.result;
}

static void
cw_check_cli_add_location (JsonBuilder  *builder,
                           CwCodeOrigin  origin,
                           guint         line,
                           guint         column)
{
  json_builder_set_member_name (builder, "origin");
  json_builder_add_string_value (builder, cw_code_origin_to_string (origin));
  json_builder_set_member_name (builder, "line");
  if (origin == CW_CODE_ORIGIN_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, line);
  json_builder_set_member_name (builder, "column");
  if (origin == CW_CODE_ORIGIN_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, column);
}

static void
cw_check_cli_add_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
cw_check_cli_add_diagnostic (JsonBuilder      *builder,
                             CwRustDiagnostic *diagnostic)
{
  const char * const *notes = cw_rust_diagnostic_get_notes (diagnostic);
  CwCodeOrigin        origin = cw_rust_diagnostic_get_origin (diagnostic);
  guint               i;

  json_builder_begin_object (builder);
  cw_check_cli_add_string (builder, "level",
                           cw_rust_diagnostic_level_to_string (
                             cw_rust_diagnostic_get_level (diagnostic)));
  cw_check_cli_add_string (builder, "code", cw_rust_diagnostic_get_code (diagnostic));
  cw_check_cli_add_string (builder, "message", cw_rust_diagnostic_get_message (diagnostic));
  cw_check_cli_add_location (builder, origin, cw_rust_diagnostic_get_line (diagnostic),
                             cw_rust_diagnostic_get_column (diagnostic));
  json_builder_set_member_name (builder, "end_line");
  json_builder_add_int_value (builder, cw_rust_diagnostic_get_end_line (diagnostic));
  json_builder_set_member_name (builder, "end_column");
  json_builder_add_int_value (builder, cw_rust_diagnostic_get_end_column (diagnostic));
  cw_check_cli_add_string (builder, "label", cw_rust_diagnostic_get_label (diagnostic));
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (i = 0; notes[i] != NULL; i++)
    json_builder_add_string_value (builder, notes[i]);
  json_builder_end_array (builder);
  cw_check_cli_add_string (builder, "rendered", cw_rust_diagnostic_get_rendered (diagnostic));
  json_builder_end_object (builder);
}

static void
cw_check_cli_add_test (JsonBuilder *builder,
                       CwTestCase  *test)
{
  json_builder_begin_object (builder);
  cw_check_cli_add_string (builder, "name", cw_test_case_get_name (test));
  cw_check_cli_add_string (builder, "status",
                           cw_test_status_to_string (cw_test_case_get_status (test)));
  cw_check_cli_add_string (builder, "message", cw_test_case_get_message (test));
  cw_check_cli_add_location (builder, cw_test_case_get_origin (test),
                             cw_test_case_get_line (test), cw_test_case_get_column (test));
  cw_check_cli_add_string (builder, "output", cw_test_case_get_output (test));
  json_builder_end_object (builder);
}

static void
cw_check_cli_add_count (JsonBuilder *builder,
                        const char  *name,
                        gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
cw_check_cli_print_json (const CwCheckExercise *exercise,
                         CwCheckResult         *result)
{
  g_autoptr(JsonBuilder)   builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode)      root = NULL;
  g_autofree char         *text = NULL;
  GListModel              *diagnostics = cw_check_result_get_diagnostics (result);
  GListModel              *tests = cw_check_result_get_tests (result);
  guint                    i;

  json_builder_begin_object (builder);
  cw_check_cli_add_string (builder, "exercise", exercise->id);
  cw_check_cli_add_string (builder, "verdict",
                           cw_check_verdict_to_string (cw_check_result_get_verdict (result)));
  cw_check_cli_add_string (builder, "stage",
                           cw_check_stage_to_string (cw_check_result_get_stage (result)));
  json_builder_set_member_name (builder, "passed");
  json_builder_add_boolean_value (builder, cw_check_result_get_passed (result));
  cw_check_cli_add_string (builder, "summary", cw_check_result_get_summary (result));
  cw_check_cli_add_string (builder, "rustc", cw_check_result_get_rustc_version (result));
  cw_check_cli_add_count (builder, "errors", cw_check_result_get_n_errors (result));
  cw_check_cli_add_count (builder, "warnings", cw_check_result_get_n_warnings (result));
  cw_check_cli_add_count (builder, "tests_passed", cw_check_result_get_n_passed (result));
  cw_check_cli_add_count (builder, "tests_failed", cw_check_result_get_n_failed (result));
  cw_check_cli_add_count (builder, "tests_ignored", cw_check_result_get_n_ignored (result));

  json_builder_set_member_name (builder, "diagnostics");
  json_builder_begin_array (builder);
  for (i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(CwRustDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      cw_check_cli_add_diagnostic (builder, diagnostic);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tests");
  json_builder_begin_array (builder);
  for (i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(CwTestCase) test = g_list_model_get_item (tests, i);

      cw_check_cli_add_test (builder, test);
    }
  json_builder_end_array (builder);

  cw_check_cli_add_string (builder, "output", cw_check_result_get_output (result));
  json_builder_set_member_name (builder, "output_cut");
  json_builder_add_boolean_value (builder, cw_check_result_get_output_cut (result));
  cw_check_cli_add_string (builder, "compiler_output",
                           cw_check_result_get_compiler_output (result));
  cw_check_cli_add_count (builder, "exit_status", cw_check_result_get_exit_status (result));
  cw_check_cli_add_count (builder, "signal", cw_check_result_get_term_signal (result));
  cw_check_cli_add_count (builder, "compile_ms",
                          (gint64) (cw_check_result_get_compile_us (result) / 1000));
  cw_check_cli_add_count (builder, "run_ms",
                          (gint64) (cw_check_result_get_run_us (result) / 1000));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* "at line 4 of your code", "at line 12 of the tests" */
static char *
cw_check_cli_where (CwCodeOrigin origin,
                    guint        line,
                    guint        column)
{
  switch (origin)
    {
    case CW_CODE_ORIGIN_LEARNER:
      return g_strdup_printf (_("line %u, column %u of your code"), line, column);
    case CW_CODE_ORIGIN_TESTS:
      return g_strdup_printf (_("line %u, column %u of the tests"), line, column);
    case CW_CODE_ORIGIN_HARNESS:
    case CW_CODE_ORIGIN_OTHER:
    case CW_CODE_ORIGIN_NONE:
    default:
      return NULL;
    }
}

static void
cw_check_cli_print_diagnostics (CwCheckResult *result)
{
  GListModel *diagnostics = cw_check_result_get_diagnostics (result);
  guint       i;

  for (i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(CwRustDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      const char                 *rendered = cw_rust_diagnostic_get_rendered (diagnostic);

      /* As rustc prints it: what learners meet everywhere else. Its line numbers count the
       * whole compiled file, so a place in the tests is said in their own lines. */
      g_print ("%s", rendered != NULL ? rendered : cw_rust_diagnostic_get_message (diagnostic));
      if (rendered != NULL && !g_str_has_suffix (rendered, "\n"))
        g_print ("\n");
      if (cw_rust_diagnostic_get_origin (diagnostic) == CW_CODE_ORIGIN_TESTS)
        {
          g_autofree char *where = cw_check_cli_where (CW_CODE_ORIGIN_TESTS,
                                                       cw_rust_diagnostic_get_line (diagnostic),
                                                       cw_rust_diagnostic_get_column (diagnostic));

          g_autofree char *note = NULL;

          /* Translators: %s is "line 4, column 9 of the tests" */
          note = g_strdup_printf (_("(In the hidden tests: %s.)"), where);
          g_print ("%s\n\n", note);
        }
    }
}

static const char *
cw_check_cli_status_label (CwTestStatus status)
{
  switch (status)
    {
    case CW_TEST_STATUS_PASSED:
      return _("ok");
    case CW_TEST_STATUS_FAILED:
      return _("FAILED");
    case CW_TEST_STATUS_IGNORED:
      return _("ignored");
    case CW_TEST_STATUS_NOT_FINISHED:
    default:
      return _("stopped");
    }
}

static void
cw_check_cli_print_tests (CwCheckResult *result)
{
  GListModel      *tests = cw_check_result_get_tests (result);
  g_autofree char *counts = NULL;
  guint            i;

  if (g_list_model_get_n_items (tests) == 0)
    return;

  counts = g_strdup_printf (_("Tests: %u passed, %u failed, %u ignored"),
                            cw_check_result_get_n_passed (result),
                            cw_check_result_get_n_failed (result),
                            cw_check_result_get_n_ignored (result));
  g_print ("%s\n", counts);

  for (i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(CwTestCase) test = g_list_model_get_item (tests, i);
      const char           *message = cw_test_case_get_message (test);
      g_autofree char      *where = cw_check_cli_where (cw_test_case_get_origin (test),
                                                        cw_test_case_get_line (test),
                                                        cw_test_case_get_column (test));

      g_print ("  %-8s %s\n", cw_check_cli_status_label (cw_test_case_get_status (test)),
               cw_test_case_get_name (test));
      if (message != NULL && cw_test_case_get_status (test) != CW_TEST_STATUS_PASSED)
        {
          g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
          guint         j;

          for (j = 0; lines[j] != NULL; j++)
            g_print ("           %s\n", lines[j]);
          if (where != NULL)
            {
              /* Translators: %s is "line 4, column 9 of your code" */
              g_autofree char *at = g_strdup_printf (_("(at %s)"), where);

              g_print ("           %s\n", at);
            }
        }
    }
}

static void
cw_check_cli_print_text (const CwCheckExercise *exercise,
                         CwCheckResult         *result)
{
  /* The verdict as in JSON, for scripts that read the first line. */
  g_print ("%s: %s\n", exercise->id,
           cw_check_verdict_to_string (cw_check_result_get_verdict (result)));
  g_print ("%s\n\n", cw_check_result_get_summary (result));

  cw_check_cli_print_diagnostics (result);
  cw_check_cli_print_tests (result);

  if (cw_check_result_get_output_cut (result))
    g_print ("%s\n", _("The output was cut: the program printed more than it may."));
  if (cw_check_result_get_compiler_output (result)[0] != '\0')
    g_print ("\n%s", cw_check_result_get_compiler_output (result));
}

/**
 * cw_check_cli_run:
 * @exercise: the exercise, as the caller looked it up
 * @file: (nullable): the file with the learner's code; "-" for stdin; %NULL checks the
 *   exercise's starter code
 * @json: print JSON rather than text
 * @limits: (nullable): %NULL for the app's defaults
 *
 * Checks the code as the Practice page does and prints the result: the verdict, every
 * diagnostic (level, code, message, line, column, where), every test and its result.
 *
 * Returns: the exit status: CW_CHECK_CLI_PASSED, _FAILED, _USAGE, _CANNOT_CHECK or
 *   _INTERRUPTED
 */
int
cw_check_cli_run (const CwCheckExercise *exercise,
                  const char            *file,
                  gboolean               json,
                  const CwCheckLimits   *limits)
{
  g_autoptr(CwRustToolchain) toolchain = NULL;
  g_autoptr(CwCheckResult)   result = NULL;
  g_autoptr(GError)          error = NULL;
  g_autofree char           *code = NULL;
  gboolean                   interrupted = FALSE;

  g_return_val_if_fail (exercise != NULL, CW_CHECK_CLI_USAGE);
  g_return_val_if_fail (exercise->id != NULL && exercise->tests != NULL, CW_CHECK_CLI_USAGE);

  code = cw_check_cli_read_code (exercise, file, &error);
  if (code == NULL)
    {
      g_printerr ("crabwise: %s\n", error->message);
      return CW_CHECK_CLI_USAGE;
    }

  toolchain = cw_rust_toolchain_discover (NULL, &error);
  if (toolchain == NULL)
    {
      g_printerr ("crabwise: %s\n", error->message);
      return CW_CHECK_CLI_CANNOT_CHECK;
    }

  result = cw_check_cli_check (toolchain, exercise, code, limits, &interrupted, &error);
  if (result == NULL)
    {
      if (interrupted)
        return CW_CHECK_CLI_INTERRUPTED;
      g_printerr ("crabwise: %s\n", error->message);
      return CW_CHECK_CLI_CANNOT_CHECK;
    }

  if (json)
    cw_check_cli_print_json (exercise, result);
  else
    cw_check_cli_print_text (exercise, result);

  return cw_check_result_get_passed (result) ? CW_CHECK_CLI_PASSED : CW_CHECK_CLI_FAILED;
}

/**
 * cw_check_cli_list_exercises:
 *
 * One line per exercise: "ID<TAB>LESSON<TAB>TITLE", as `--list-lessons` prints lessons.
 */
void
cw_check_cli_list_exercises (const CwCheckExercise *exercises,
                             gsize                  n_exercises)
{
  gsize i;

  g_return_if_fail (exercises != NULL || n_exercises == 0);

  for (i = 0; i < n_exercises; i++)
    g_print ("%s\t%s\t%s\n", exercises[i].id,
             exercises[i].lesson_id != NULL ? exercises[i].lesson_id : "",
             exercises[i].title != NULL ? exercises[i].title : "");
}
