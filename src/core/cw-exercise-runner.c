/* cw-exercise-runner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-exercise-runner"

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>

#include "cw-check-result-private.h"
#include "cw-child-process.h"
#include "cw-exercise-runner.h"
#include "cw-exercise-source.h"
#include "cw-libtest-report.h"
#include "cw-rust-diagnostic.h"
#include "cw-temp-dir.h"
#include "cw-test-case-private.h"

/* What rustc said that was not a diagnostic is shown in full up to this much. */
#define CW_CHECK_COMPILER_TEXT_MAX (64 * 1024)

typedef struct
{
  CwRustToolchain *toolchain;
  char            *learner_code;
  char            *hidden_tests;
  CwCheckLimits    limits;
} CwCheckJob;

/* One check in its worker thread. */
typedef struct
{
  const CwCheckJob *job;
  CwExerciseSource *source;
  char             *dir;
  CwCheckResult    *result;
} CwCheck;

G_DEFINE_QUARK (cw-exercise-runner-error-quark, cw_exercise_runner_error)

static void
cw_check_job_free (gpointer data)
{
  CwCheckJob *job = data;

  g_clear_object (&job->toolchain);
  g_clear_pointer (&job->learner_code, g_free);
  g_clear_pointer (&job->hidden_tests, g_free);
  g_free (job);
}

static char *
cw_check_format_duration (guint ms)
{
  if (ms % 1000 == 0)
    /* Translators: a time limit in seconds */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", ms / 1000),
                            ms / 1000);

  /* Translators: a time limit in milliseconds */
  return g_strdup_printf (_("%u ms"), ms);
}

static char *
cw_check_format_size (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

static char *
cw_check_signal_text (int sig)
{
  /* Translators: a signal number and its description, "6, Aborted" */
  return g_strdup_printf (_("signal %d, %s"), sig, g_strsignal (sig));
}

/* Whether rustc's words go to the learner: not its closing summaries, nor warnings about the
 * lines around the tests, which they cannot change. */
static gboolean
cw_check_keeps_diagnostic (CwRustDiagnostic *diagnostic)
{
  if (cw_rust_diagnostic_is_summary (diagnostic))
    return FALSE;

  return !(cw_rust_diagnostic_get_level (diagnostic) == CW_RUST_DIAGNOSTIC_LEVEL_WARNING &&
           cw_rust_diagnostic_get_origin (diagnostic) == CW_CODE_ORIGIN_HARNESS);
}

static void
cw_check_add_made_diagnostic (CwCheck               *check,
                              CwRustDiagnosticLevel  level,
                              const char            *message)
{
  g_autoptr(CwRustDiagnostic) diagnostic = cw_rust_diagnostic_new (level, message);

  cw_check_result_add_diagnostic (check->result, diagnostic);
}

static void
cw_check_read_compiler_output (CwCheck        *check,
                               CwChildOutcome *outcome)
{
  g_autofree char      *text = cw_child_outcome_get_text (outcome);
  g_autoptr(GString)    other = g_string_new (NULL);
  g_autoptr(GPtrArray)  diagnostics = cw_rust_diagnostics_parse (text, check->source, other);
  guint                 i;

  for (i = 0; i < diagnostics->len; i++)
    if (cw_check_keeps_diagnostic (g_ptr_array_index (diagnostics, i)))
      cw_check_result_add_diagnostic (check->result, g_ptr_array_index (diagnostics, i));

  if (other->len > CW_CHECK_COMPILER_TEXT_MAX)
    {
      const char *end = g_utf8_find_prev_char (other->str, other->str + CW_CHECK_COMPILER_TEXT_MAX);

      g_string_truncate (other, end != NULL ? (gsize) (end - other->str) : 0);
      g_string_append (other, "\n…\n");
    }
  cw_check_result_set_compiler_output (check->result, other->str);
}

/* The verdict of a compile that did not succeed. */
static void
cw_check_judge_compile (CwCheck              *check,
                        const CwChildOutcome *outcome)
{
  const CwCheckLimits *limits = &check->job->limits;
  CwCheckResult       *result = check->result;
  guint                n_errors = cw_check_result_get_n_errors (result);
  g_autofree char     *summary = NULL;
  g_autofree char     *detail = NULL;

  if (outcome->timed_out)
    {
      g_autofree char *limit = cw_check_format_duration (limits->compile_timeout_ms);

      summary = g_strdup_printf (_("Compiling took longer than %s, so it was stopped. Code that "
                                   "the compiler evaluates (a const, a macro) may never end."),
                                 limit);
      cw_check_result_set_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_COMPILE,
                                   summary);
      return;
    }

  if (outcome->output_cut)
    {
      g_autofree char *size = cw_check_format_size (CW_CHECK_COMPILER_OUTPUT_BYTES);

      detail = g_strdup_printf (_("rustc printed more than %s, so it was stopped; the rest of "
                                  "its messages are not shown."), size);
      cw_check_add_made_diagnostic (check, CW_RUST_DIAGNOSTIC_LEVEL_NOTE, detail);
      if (n_errors == 0)
        {
          cw_check_result_set_verdict (result, CW_CHECK_VERDICT_OUTPUT_TOO_LARGE,
                                       CW_CHECK_STAGE_COMPILE, detail);
          return;
        }
    }
  else if (n_errors == 0)
    {
      g_autofree char *how = outcome->exited ?
        g_strdup_printf (_("exit status %d"), outcome->exit_status) :
        cw_check_signal_text (outcome->term_signal);

      /* Translators: %s is how it ended: "exit status 1", "signal 9, Killed" */
      detail = g_strdup_printf (_("rustc stopped without an error message (%s)."), how);
      cw_check_add_made_diagnostic (check, CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR, detail);
      n_errors = 1;
    }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The code does not compile: %u error.",
                                          "The code does not compile: %u errors.", n_errors),
                             n_errors);
  cw_check_result_set_verdict (result, CW_CHECK_VERDICT_COMPILE_FAILED, CW_CHECK_STAGE_COMPILE,
                               summary);
}

/* Returns TRUE when it compiled and the tests can run; FALSE with @error set when the check
 * cannot go on, or without when the result already has its verdict. */
static gboolean
cw_check_compile (CwCheck       *check,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const CwCheckLimits    *limits = &check->job->limits;
  CwChildLimits           child_limits = { 0 };
  g_auto(CwChildOutcome)  outcome = { 0 };
  g_autoptr(GError)       local_error = NULL;
  g_auto(GStrv)           envp = g_get_environ ();
  const char             *argv[] = {
    cw_rust_toolchain_get_path (check->job->toolchain),
    "--edition", "2024", "--test", "--error-format=json",
    CW_EXERCISE_SOURCE_FILE_NAME, "-o", "main",
    NULL
  };

  /* rustc, cc and the linker keep their temporary files here too, so they go with it. */
  envp = g_environ_setenv (envp, "TMPDIR", check->dir, TRUE);

  child_limits.timeout_ms = limits->compile_timeout_ms;
  child_limits.output_limit = CW_CHECK_COMPILER_OUTPUT_BYTES;
  child_limits.file_size_bytes = MAX (limits->file_size_bytes, CW_CHECK_COMPILER_FILE_SIZE);

  if (!cw_child_process_run (argv, (const char * const *) envp, check->dir, &child_limits,
                             cancellable, &outcome, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error (&local_error, _("Could not start rustc (%s): "), argv[0]);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  cw_check_result_set_compile_us (check->result, (guint64) outcome.elapsed_us);
  cw_check_read_compiler_output (check, &outcome);

  if (!outcome.timed_out && outcome.exited && outcome.exit_status == 0)
    return TRUE;

  cw_check_judge_compile (check, &outcome);

  return FALSE;
}

static void
cw_check_set_run_verdict (CwCheck        *check,
                          CwCheckVerdict  verdict,
                          const char     *summary,
                          CwTestCase     *running,
                          const char     *why_not_finished)
{
  cw_check_result_set_verdict (check->result, verdict, CW_CHECK_STAGE_RUN, summary);
  if (running != NULL && why_not_finished != NULL)
    cw_test_case_set_message (running, why_not_finished);
}

/* Stopped from outside: a limit, or a signal it did not send itself. */
static gboolean
cw_check_judge_stopped (CwCheck              *check,
                        const CwChildOutcome *outcome,
                        const char           *text,
                        CwTestCase           *running)
{
  const CwCheckLimits *limits = &check->job->limits;
  g_autofree char     *summary = NULL;
  g_autofree char     *size = NULL;

  if (outcome->timed_out)
    {
      g_autofree char *limit = cw_check_format_duration (limits->run_timeout_ms);

      summary = g_strdup_printf (_("The tests ran longer than %s, so they were stopped. Is there a "
                                   "loop that never ends, or a wait for something that never "
                                   "comes?"), limit);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_TIMED_OUT, summary, running,
                                _("It was still running when the time limit passed."));
      return TRUE;
    }

  if (outcome->output_cut)
    {
      size = cw_check_format_size (limits->output_bytes);
      summary = g_strdup_printf (_("The tests printed more than %s, so they were stopped."), size);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_OUTPUT_TOO_LARGE, summary, running,
                                _("It printed too much."));
      return TRUE;
    }

  if (outcome->exited)
    return FALSE;

  if (outcome->term_signal == SIGXFSZ)
    {
      size = cw_check_format_size (limits->file_size_bytes);
      summary = g_strdup_printf (_("The tests wrote a file larger than %s, so they were "
                                   "stopped."), size);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_FILE_TOO_LARGE, summary, running,
                                _("It wrote a file that is too large."));
    }
  else if (outcome->term_signal == SIGABRT && strstr (text, "has overflowed its stack") != NULL)
    {
      summary = g_strdup (_("The stack overflowed: a function calls itself without end, or a "
                            "value on the stack is far too large."));
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_STACK_OVERFLOW, summary, running,
                                _("It overflowed its stack."));
    }
  else if (outcome->term_signal == SIGABRT && strstr (text, "memory allocation of ") != NULL)
    {
      size = cw_check_format_size (limits->memory_bytes);
      summary = g_strdup_printf (_("The tests ran out of memory (a check may use %s)."), size);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_OUT_OF_MEMORY, summary, running,
                                _("It ran out of memory."));
    }
  else
    {
      g_autofree char *how = cw_check_signal_text (outcome->term_signal);

      /* Translators: %s is "signal 11, Segmentation fault" */
      summary = g_strdup_printf (_("The test program crashed (%s)."), how);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_CRASHED, summary, running, summary);
    }

  return TRUE;
}

static void
cw_check_judge_run (CwCheck              *check,
                    const CwChildOutcome *outcome,
                    const char           *text,
                    CwLibtestReport      *report)
{
  g_autofree char *summary = NULL;
  guint            total = report->passed + report->failed;

  if (cw_check_judge_stopped (check, outcome, text, report->running))
    return;

  if (report->has_summary && outcome->exit_status == 0 && report->summary_ok &&
      report->failed == 0 && report->passed == 0)
    {
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_NO_TESTS,
                                _("The code compiled, but no test ran."), NULL, NULL);
    }
  else if (report->has_summary && outcome->exit_status == 0 && report->summary_ok &&
           report->failed == 0)
    {
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The test passed.",
                                              "All %u tests passed.", report->passed),
                                 report->passed);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_PASSED, summary, NULL, NULL);
    }
  else if (report->has_summary && outcome->exit_status == 101 && report->failed > 0)
    {
      /* Translators: "2 of 5 tests failed." */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u test failed.",
                                              "%u of %u tests failed.", total),
                                 report->failed, total);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_TESTS_FAILED, summary, NULL, NULL);
    }
  else
    {
      /* It ended itself before its report was complete: std::process::exit() in the code,
       * say, which would otherwise pass for success. */
      summary = g_strdup_printf (_("The test program exited with status %d before it reported "
                                   "every test."), outcome->exit_status);
      cw_check_set_run_verdict (check, CW_CHECK_VERDICT_CRASHED, summary, report->running,
                                _("The program exited while this test ran."));
    }
}

static gboolean
cw_check_run (CwCheck       *check,
              GCancellable  *cancellable,
              GError       **error)
{
  const CwCheckLimits       *limits = &check->job->limits;
  CwChildLimits              child_limits = { 0 };
  g_auto(CwChildOutcome)     outcome = { 0 };
  g_autoptr(GError)          local_error = NULL;
  g_autoptr(CwLibtestReport) report = NULL;
  g_autofree char           *program = g_build_filename (check->dir, "main", NULL);
  g_autofree char           *text = NULL;
  g_auto(GStrv)              envp = NULL;
  const char                *path = g_getenv ("PATH");
  const char                *argv[] = {
    program, "--test-threads=1", "--show-output", "--color", "never", NULL
  };
  guint                      i;

  /* Nothing of the session (its display, its D-Bus) reaches the learner's program; its home
   * and temporary folder are the private folder. Panics print no backtrace. */
  envp = g_environ_setenv (envp, "PATH", path != NULL ? path : "/usr/bin:/bin", TRUE);
  envp = g_environ_setenv (envp, "HOME", check->dir, TRUE);
  envp = g_environ_setenv (envp, "TMPDIR", check->dir, TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "RUST_BACKTRACE", "0", TRUE);
  /* The memory limit is on address space (RLIMIT_AS), and glibc reserves 64 MiB of it for
   * each malloc arena, one per new thread up to eight per core: a correct program running
   * a few dozen threads at once ran out of address space for their stacks ("failed to
   * spawn thread"), more often the busier the machine. Two arenas keep threaded programs
   * within the limit at little cost to a learner's small programs. */
  envp = g_environ_setenv (envp, "MALLOC_ARENA_MAX", "2", TRUE);

  child_limits.timeout_ms = limits->run_timeout_ms;
  child_limits.output_limit = limits->output_bytes;
  child_limits.memory_bytes = limits->memory_bytes;
  child_limits.file_size_bytes = limits->file_size_bytes;
  child_limits.max_tasks = cw_child_process_task_limit (limits->extra_processes);

  if (!cw_child_process_run (argv, (const char * const *) envp, check->dir, &child_limits,
                             cancellable, &outcome, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error (&local_error, _("Could not start the compiled tests: "));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  text = cw_child_outcome_get_text (&outcome);
  cw_check_result_set_run_us (check->result, (guint64) outcome.elapsed_us);
  cw_check_result_set_output (check->result, text, outcome.output_cut);
  cw_check_result_set_exit (check->result, outcome.exited ? outcome.exit_status : -1,
                            outcome.exited ? 0 : outcome.term_signal);

  report = cw_libtest_report_parse (text, check->source);
  cw_check_judge_run (check, &outcome, text, report);
  for (i = 0; i < report->tests->len; i++)
    cw_check_result_add_test (check->result, g_ptr_array_index (report->tests, i));

  return TRUE;
}

static CwCheckResult *
cw_check_source_too_large (const CwCheckJob *job,
                           gsize             length)
{
  CwCheckResult   *result = cw_check_result_new (cw_rust_toolchain_get_version (job->toolchain));
  g_autofree char *size = cw_check_format_size (length);
  g_autofree char *limit = cw_check_format_size (job->limits.source_bytes);
  g_autofree char *summary = NULL;

  summary = g_strdup_printf (_("The code is %s, more than the %s a check accepts."), size, limit);
  cw_check_result_set_verdict (result, CW_CHECK_VERDICT_SOURCE_TOO_LARGE, CW_CHECK_STAGE_SOURCE,
                               summary);

  return result;
}

static CwCheckResult *
cw_check_in_folder (CwCheck       *check,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *path = g_build_filename (check->dir, CW_EXERCISE_SOURCE_FILE_NAME, NULL);

  if (!g_file_set_contents_full (path, cw_exercise_source_get_text (check->source),
                                 (gssize) cw_exercise_source_get_length (check->source),
                                 G_FILE_SET_CONTENTS_NONE, 0600, error))
    return NULL;

  if (!cw_check_compile (check, cancellable, error))
    {
      if (error != NULL && *error != NULL)
        return NULL;
      return g_object_ref (check->result);
    }

  if (!cw_check_run (check, cancellable, error))
    return NULL;

  return g_object_ref (check->result);
}

static void
cw_check_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const CwCheckJob  *job = task_data;
  CwCheck            check = { 0 };
  g_autoptr(GError)  error = NULL;
  g_autoptr(GError)  remove_error = NULL;
  CwCheckResult     *result;
  gsize              length = strlen (job->learner_code);

  if (job->limits.source_bytes > 0 && length > job->limits.source_bytes)
    {
      g_task_return_pointer (task, cw_check_source_too_large (job, length), g_object_unref);
      return;
    }

  check.job = job;
  check.dir = cw_temp_dir_create ("crabwise-check", &error);
  if (check.dir == NULL)
    {
      g_task_return_new_error (task, CW_EXERCISE_RUNNER_ERROR, CW_EXERCISE_RUNNER_ERROR_FAILED,
                               "%s", error->message);
      return;
    }

  check.source = cw_exercise_source_new (job->learner_code, job->hidden_tests);
  check.result = cw_check_result_new (cw_rust_toolchain_get_version (job->toolchain));

  result = cw_check_in_folder (&check, cancellable, &error);

  /* Always, whatever happened: every process is gone by now. */
  if (!cw_temp_dir_remove (check.dir, &remove_error))
    g_warning ("%s", remove_error->message);

  g_clear_pointer (&check.dir, g_free);
  g_clear_pointer (&check.source, cw_exercise_source_free);
  g_clear_object (&check.result);

  if (result != NULL)
    g_task_return_pointer (task, result, g_object_unref);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_new_error (task, CW_EXERCISE_RUNNER_ERROR, CW_EXERCISE_RUNNER_ERROR_FAILED,
                             "%s", error->message);
}

/**
 * cw_check_limits_init:
 * @limits: (out caller-allocates): set to the defaults the app uses
 */
void
cw_check_limits_init (CwCheckLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->compile_timeout_ms = CW_CHECK_DEFAULT_COMPILE_TIMEOUT_MS;
  limits->run_timeout_ms = CW_CHECK_DEFAULT_RUN_TIMEOUT_MS;
  limits->memory_bytes = CW_CHECK_DEFAULT_MEMORY_BYTES;
  limits->output_bytes = CW_CHECK_DEFAULT_OUTPUT_BYTES;
  limits->file_size_bytes = CW_CHECK_DEFAULT_FILE_SIZE_BYTES;
  limits->extra_processes = CW_CHECK_DEFAULT_EXTRA_PROCESSES;
  limits->source_bytes = CW_CHECK_DEFAULT_SOURCE_BYTES;
}

/**
 * cw_exercise_runner_check_async:
 * @toolchain: from cw_rust_toolchain_discover_async()
 * @learner_code: the learner's code, valid UTF-8 (may be empty)
 * @hidden_tests: the exercise's tests.rs
 * @limits: (nullable): %NULL for the defaults (cw_check_limits_init())
 * @cancellable: (nullable): stops whatever runs at once (SIGKILL to its process group)
 *
 * Compiles @learner_code with @hidden_tests appended and runs the tests, in a worker thread;
 * @callback runs in the caller's thread-default main context once every process has been
 * reaped and the private folder removed.
 */
void
cw_exercise_runner_check_async (CwRustToolchain      *toolchain,
                                const char           *learner_code,
                                const char           *hidden_tests,
                                const CwCheckLimits  *limits,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  CwCheckJob      *job;

  g_return_if_fail (CW_IS_RUST_TOOLCHAIN (toolchain));
  g_return_if_fail (learner_code != NULL);
  g_return_if_fail (hidden_tests != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_exercise_runner_check_async);

  /* rustc reads UTF-8 only; GLib strings are UTF-8 by contract, so this is a caller's bug. */
  if (!g_utf8_validate (learner_code, -1, NULL) || !g_utf8_validate (hidden_tests, -1, NULL))
    {
      g_critical ("%s: the code to check is not valid UTF-8", G_STRFUNC);
      g_task_return_new_error (task, CW_EXERCISE_RUNNER_ERROR, CW_EXERCISE_RUNNER_ERROR_FAILED,
                               _("The code to check is not valid UTF-8."));
      return;
    }

  job = g_new0 (CwCheckJob, 1);
  job->toolchain = g_object_ref (toolchain);
  job->learner_code = g_strdup (learner_code);
  job->hidden_tests = g_strdup (hidden_tests);
  if (limits != NULL)
    job->limits = *limits;
  else
    cw_check_limits_init (&job->limits);

  g_task_set_task_data (task, job, cw_check_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, cw_check_thread);
}

/**
 * cw_exercise_runner_check_finish:
 * @error: CW_EXERCISE_RUNNER_ERROR_FAILED, or G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the result, whatever the verdict; %NULL with @error set when
 *   the check could not be done or was cancelled
 */
CwCheckResult *
cw_exercise_runner_check_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        cw_exercise_runner_check_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
