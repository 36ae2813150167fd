/* test-child-process.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-child-process"

/* getuid() and kill() are POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cw-child-process.h"
#include "cw-proc-utils.h"
#include "cw-temp-dir.h"
#include "cw-test-limits.h"

/* No test passes or fails by how fast this machine is. A limit under test is short (the
 * program can never meet it: it sleeps or loops forever); what must merely finish is only
 * bounded by CW_TEST_FINISHES_MS (cw-test-limits.h). */
#define LIMIT_MS    300

static const char * const no_env[] = { "PATH=/usr/bin:/bin", NULL };

static gboolean
run_sh (const char      *script,
        const CwChildLimits *limits,
        GCancellable    *cancellable,
        const char      *cwd,
        CwChildOutcome  *outcome,
        GError         **error)
{
  const char * const argv[] = { "/bin/sh", "-c", script, NULL };

  return cw_child_process_run (argv, no_env, cwd, limits, cancellable, outcome, error);
}

static char *
output_text (const CwChildOutcome *outcome)
{
  if (outcome->output->len == 0)
    return g_strdup ("");

  return g_strndup ((const char *) outcome->output->data, outcome->output->len);
}

static void
assert_nothing_left (const CwChildOutcome *outcome)
{
  /* The child itself is reaped before the run returns; what it started has been sent
   * SIGKILL, and is gone a moment later. */
  g_assert_cmpuint (cw_proc_count_children (), ==, 0);
  if (outcome != NULL && outcome->pid > 0)
    g_assert_true (cw_proc_wait_group_gone (outcome->pid, CW_TEST_FINISHES_MS));
}

static void
test_exit_status (void)
{
  CwChildLimits            limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome)   outcome = { 0 };
  g_autoptr(GError)        error = NULL;
  g_autofree char         *text = NULL;

  g_assert_true (run_sh ("echo out; echo err >&2; echo out2; exit 3", &limits, NULL, NULL,
                         &outcome, &error));
  g_assert_no_error (error);
  text = output_text (&outcome);
  /* One pipe for both streams: the order they were written in. */
  g_assert_cmpstr (text, ==, "out\nerr\nout2\n");
  g_assert_true (outcome.exited);
  g_assert_cmpint (outcome.exit_status, ==, 3);
  g_assert_false (outcome.timed_out);
  g_assert_false (outcome.output_cut);
  g_assert_cmpint (outcome.elapsed_us, >, 0);
  assert_nothing_left (&outcome);
}

static void
test_signal (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;

  g_assert_true (run_sh ("kill -SEGV $$", &limits, NULL, NULL, &outcome, &error));
  g_assert_no_error (error);
  g_assert_false (outcome.exited);
  g_assert_cmpint (outcome.term_signal, ==, SIGSEGV);
  assert_nothing_left (&outcome);
}

static void
test_stdin_and_environment (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;
  g_autofree char       *text = NULL;
  const char * const     argv[] = { "/bin/sh", "-c", "cat; echo \"$CW_ONE:${HOME-none}\"", NULL };
  const char * const     envp[] = { "CW_ONE=1", NULL };

  /* cat ends at once: stdin is /dev/null. Only the given environment is seen. */
  g_assert_true (cw_child_process_run (argv, envp, NULL, &limits, NULL, &outcome, &error));
  g_assert_no_error (error);
  text = output_text (&outcome);
  g_assert_cmpstr (text, ==, "1:none\n");
  g_assert_true (outcome.exited);
  g_assert_cmpint (outcome.exit_status, ==, 0);
}

static void
test_bytes_kept (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;

  /* Repairing text is the caller's business: the bytes arrive as written, NUL included. */
  g_assert_true (run_sh ("printf '\\377\\376\\000x'", &limits, NULL, NULL, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (outcome.output->data, outcome.output->len, "\377\376\000x", 4);
}

static void
test_timeout (void)
{
  CwChildLimits          limits = { .timeout_ms = LIMIT_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;

  g_assert_true (run_sh ("sleep 1000", &limits, NULL, NULL, &outcome, &error));
  g_assert_no_error (error);
  g_assert_true (outcome.timed_out);
  g_assert_false (outcome.exited);
  g_assert_cmpint (outcome.term_signal, ==, SIGKILL);
  assert_nothing_left (&outcome);
}

static void
test_group_killed (void)
{
  CwChildLimits          limits = { .timeout_ms = LIMIT_MS };
  g_auto(GStrv)          pids = NULL;
  guint                  i;

  /* Children that ignore SIGTERM and SIGHUP still die with the group. The limit must fall
   * after the shell has started both and said so; a busy machine (or valgrind beside it) can
   * take longer than LIMIT_MS to get there, so the limit grows until it does: what is tested
   * is that a limit kills the group, never how fast the machine is. */
  for (;;)
    {
      g_auto(CwChildOutcome) outcome = { 0 };
      g_autoptr(GError)      error = NULL;
      g_autofree char       *text = NULL;

      g_assert_true (run_sh ("trap '' TERM HUP; sleep 1000 & echo $!; sleep 1000 & echo $!; wait",
                             &limits, NULL, NULL, &outcome, &error));
      g_assert_no_error (error);
      g_assert_true (outcome.timed_out);
      assert_nothing_left (&outcome);

      text = output_text (&outcome);
      g_strfreev (pids);
      pids = g_strsplit (g_strstrip (text), "\n", -1);
      if (g_strv_length (pids) == 2 || limits.timeout_ms >= CW_TEST_FINISHES_MS)
        break;
      limits.timeout_ms *= 4;
    }

  g_assert_cmpuint (g_strv_length (pids), ==, 2);
  for (i = 0; pids[i] != NULL; i++)
    g_assert_false (cw_proc_is_alive (atoi (pids[i])));
}

static void
test_left_behind (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;
  g_autofree char       *text = NULL;

  /* The program exits at once but leaves a process that holds the output pipe: the run ends
   * with the program, and what it left goes with its group. */
  g_assert_true (run_sh ("sleep 1000 & echo $!; exit 0", &limits, NULL, NULL, &outcome,
                         &error));
  g_assert_no_error (error);
  g_assert_false (outcome.timed_out);
  g_assert_true (outcome.exited);
  g_assert_cmpint (outcome.exit_status, ==, 0);
  text = output_text (&outcome);
  assert_nothing_left (&outcome);
  g_assert_false (cw_proc_is_alive (atoi (text)));
}

static void
test_closed_output (void)
{
  CwChildLimits          limits = { .timeout_ms = LIMIT_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;

  /* No end of output to wait for: the limit still ends it. */
  g_assert_true (run_sh ("exec >/dev/null 2>&1; sleep 1000", &limits, NULL, NULL, &outcome,
                         &error));
  g_assert_no_error (error);
  g_assert_true (outcome.timed_out);
  g_assert_cmpuint (outcome.output->len, ==, 0);
  assert_nothing_left (&outcome);
}

static void
test_output_limit (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS, .output_limit = 64 * 1024 };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;

  g_assert_true (run_sh ("while :; do echo 0123456789abcdef; done", &limits, NULL, NULL,
                         &outcome, &error));
  g_assert_no_error (error);
  g_assert_true (outcome.output_cut);
  g_assert_false (outcome.timed_out);
  g_assert_false (outcome.exited);
  g_assert_cmpuint (outcome.output->len, ==, 64 * 1024);
  assert_nothing_left (&outcome);
}

static void
test_file_size_limit (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS, .file_size_bytes = 4096 };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;
  g_autofree char       *dir = cw_temp_dir_create ("test-child-process", &error);
  g_autofree char       *big = NULL;
  GStatBuf               st;

  g_assert_no_error (error);
  g_assert_true (run_sh ("exec head -c 100000 /dev/zero > big", &limits, NULL, dir, &outcome,
                         &error));
  g_assert_no_error (error);
  g_assert_false (outcome.exited);
  g_assert_cmpint (outcome.term_signal, ==, SIGXFSZ);

  big = g_build_filename (dir, "big", NULL);
  g_assert_cmpint (g_stat (big, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 4096);
  g_assert_true (cw_temp_dir_remove (dir, &error));
  g_assert_no_error (error);
}

static gpointer
cancel_soon (gpointer data)
{
  g_usleep (100 * 1000);
  g_cancellable_cancel (data);

  return NULL;
}

static void
test_cancel (void)
{
  CwChildLimits           limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_auto(CwChildOutcome)  outcome = { 0 };
  g_autoptr(GError)       error = NULL;
  GThread                *thread;

  thread = g_thread_new ("cancel", cancel_soon, cancellable);
  g_assert_false (run_sh ("trap '' TERM; sleep 1000 & wait", &limits, cancellable, NULL,
                          &outcome, &error));
  g_thread_join (thread);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.output);
  assert_nothing_left (NULL);
}

static void
test_cancelled_before (void)
{
  CwChildLimits           limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_auto(CwChildOutcome)  outcome = { 0 };
  g_autoptr(GError)       error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (run_sh ("echo never", &limits, cancellable, NULL, &outcome, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_nothing_left (NULL);
}

static void
test_not_found (void)
{
  CwChildLimits          limits = { .timeout_ms = CW_TEST_FINISHES_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;
  const char * const     argv[] = { "/nonexistent/crabwise-test", NULL };

  g_assert_false (cw_child_process_run (argv, no_env, NULL, &limits, NULL, &outcome, &error));
  g_assert_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT);
  g_assert_null (outcome.output);
  assert_nothing_left (NULL);
}

static void
test_task_limit (void)
{
  CwChildLimits          limits = { .timeout_ms = LIMIT_MS };
  g_auto(CwChildOutcome) outcome = { 0 };
  g_autoptr(GError)      error = NULL;
  g_autofree char       *text = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores RLIMIT_NPROC: run this test as another user to check it");
      return;
    }
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no process limit in a Flatpak sandbox");
      return;
    }

  /* Room for the shell and two more; the other background processes cannot start. */
  limits.max_tasks = cw_child_process_task_limit (3);
  g_assert_cmpuint (limits.max_tasks, >, 3);
  g_assert_true (run_sh ("for i in 1 2 3 4 5 6 7 8 9 10; do sleep 1000 & done; wait",
                         &limits, NULL, NULL, &outcome, &error));
  g_assert_no_error (error);
  text = output_text (&outcome);
  g_test_message ("%s", text);
  g_assert_true (strstr (text, "fork") != NULL || strstr (text, "Resource") != NULL);
  assert_nothing_left (&outcome);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/child-process/exit-status", test_exit_status);
  g_test_add_func ("/child-process/signal", test_signal);
  g_test_add_func ("/child-process/stdin-and-environment", test_stdin_and_environment);
  g_test_add_func ("/child-process/bytes-kept", test_bytes_kept);
  g_test_add_func ("/child-process/timeout", test_timeout);
  g_test_add_func ("/child-process/group-killed", test_group_killed);
  g_test_add_func ("/child-process/left-behind", test_left_behind);
  g_test_add_func ("/child-process/closed-output", test_closed_output);
  g_test_add_func ("/child-process/output-limit", test_output_limit);
  g_test_add_func ("/child-process/file-size-limit", test_file_size_limit);
  g_test_add_func ("/child-process/cancel", test_cancel);
  g_test_add_func ("/child-process/cancelled-before", test_cancelled_before);
  g_test_add_func ("/child-process/not-found", test_not_found);
  g_test_add_func ("/child-process/task-limit", test_task_limit);

  return g_test_run ();
}
