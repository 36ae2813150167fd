/* bench-check.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-check"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "cw-exercise-runner.h"
#include "cw-exercise-source.h"
#include "cw-temp-dir.h"

/*
 * What a check costs over the bare commands: from cw_exercise_runner_check_async() to the
 * verdict in the callback, against the same rustc command and the same test program run by
 * hand (g_spawn_sync, output collected) on the same file, alternately, in the same run.
 * Everything the runner adds is in the difference: the worker thread, the private folder,
 * the limits, the process groups, reading and parsing the output, removing the folder.
 *
 *   bench-check [--runs N] FIXTURES-DIR      (tests/fixtures/rustc)
 *
 * Prints medians and their ratio (goal: at most 1.15), and the runner's own time: the whole
 * check less the compile and the run as it timed them (spawn to exit), which rustc's run to
 * run noise (±20 % here) does not blur. Never fails on time. Exit 77 (skip) without a rustc.
 */

typedef struct
{
  const char *name;
  char       *code;
  char       *tests;
} Case;

typedef struct
{
  CwCheckResult *result;
  GError        *error;
  gboolean       done;
} Wait;

static void
on_checked (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = cw_exercise_runner_check_finish (res, &wait->error);
  wait->done = TRUE;
}

/* The runner, start to verdict. */
static double
time_runner (CwRustToolchain *toolchain,
             const Case      *bench_case,
             CwCheckVerdict  *verdict,
             double          *own_ms)
{
  Wait   wait = { 0 };
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  cw_exercise_runner_check_async (toolchain, bench_case->code, bench_case->tests, NULL, NULL,
                                  on_checked, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();

  if (wait.error != NULL)
    {
      g_printerr ("bench-check: %s\n", wait.error->message);
      exit (1);
    }

  *verdict = cw_check_result_get_verdict (wait.result);
  *own_ms = (end - start - (gint64) cw_check_result_get_compile_us (wait.result) -
             (gint64) cw_check_result_get_run_us (wait.result)) / 1000.0;
  g_object_unref (wait.result);

  return (end - start) / 1000.0;
}

static void
spawn_or_die (const char * const *argv,
              const char         *dir,
              int                *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *out = NULL;
  g_autofree char  *err = NULL;

  if (!g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, status,
                     &error))
    {
      g_printerr ("bench-check: %s\n", error->message);
      exit (1);
    }
}

/* The same two commands by hand: write the file, compile it, run the tests when it built. */
static double
time_by_hand (CwRustToolchain *toolchain,
              const Case      *bench_case)
{
  g_autoptr(CwExerciseSource) source = cw_exercise_source_new (bench_case->code,
                                                               bench_case->tests);
  g_autoptr(GError)           error = NULL;
  g_autofree char            *dir = cw_temp_dir_create ("bench-check", &error);
  g_autofree char            *file = NULL;
  g_autofree char            *program = NULL;
  const char                 *compile[] = {
    cw_rust_toolchain_get_path (toolchain), "--edition", "2024", "--test",
    "--error-format=json", CW_EXERCISE_SOURCE_FILE_NAME, "-o", "main", NULL
  };
  const char                 *run[] = {
    NULL, "--test-threads=1", "--show-output", "--color", "never", NULL
  };
  gint64                      start;
  gint64                      end;
  int                         status = 0;

  g_assert_no_error (error);
  file = g_build_filename (dir, CW_EXERCISE_SOURCE_FILE_NAME, NULL);
  program = g_build_filename (dir, "main", NULL);
  run[0] = program;

  start = g_get_monotonic_time ();
  g_file_set_contents (file, cw_exercise_source_get_text (source), -1, &error);
  g_assert_no_error (error);
  spawn_or_die (compile, dir, &status);
  if (g_spawn_check_wait_status (status, NULL))
    spawn_or_die (run, dir, &status);
  end = g_get_monotonic_time ();

  cw_temp_dir_remove (dir, &error);
  g_assert_no_error (error);

  return (end - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

static void
bench_case (CwRustToolchain *toolchain,
            const Case      *bench_case,
            guint            runs)
{
  g_autoptr(GArray) runner = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) by_hand = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (double));
  CwCheckVerdict    verdict;
  double            runner_ms;
  double            hand_ms;
  double            own_ms;
  guint             i;

  /* One of each first: disk caches, the rustup proxy, the thread pool. */
  time_runner (toolchain, bench_case, &verdict, &own_ms);
  time_by_hand (toolchain, bench_case);

  for (i = 0; i < runs; i++)
    {
      double ms;

      /* Alternately first, so drift over the run falls on both alike. */
      if (i % 2 == 1)
        {
          ms = time_by_hand (toolchain, bench_case);
          g_array_append_val (by_hand, ms);
        }
      ms = time_runner (toolchain, bench_case, &verdict, &own_ms);
      g_array_append_val (runner, ms);
      g_array_append_val (own, own_ms);
      if (i % 2 == 0)
        {
          ms = time_by_hand (toolchain, bench_case);
          g_array_append_val (by_hand, ms);
        }
    }

  runner_ms = median (runner);
  hand_ms = median (by_hand);
  g_print ("| %-13s | %-14s | %9.1f | %9.1f | %5.3f | %9.1f |\n", bench_case->name,
           cw_check_verdict_to_string (verdict), runner_ms, hand_ms, runner_ms / hand_ms,
           median (own));
}

static char *
read_or_die (const char *dir,
             const char *name)
{
  g_autofree char  *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char             *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_printerr ("bench-check: %s\n", error->message);
      exit (1);
    }

  return contents;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CwRustToolchain) toolchain = NULL;
  g_autoptr(GError)          error = NULL;
  const char                *dir;
  guint                      runs = 21;
  Case                       cases[2] = { { "pass" }, { "compile-error" } };
  guint                      i;

  if (argc == 4 && g_str_equal (argv[1], "--runs"))
    {
      runs = (guint) MAX (1, atoi (argv[2]));
      dir = argv[3];
    }
  else if (argc == 2)
    {
      dir = argv[1];
    }
  else
    {
      g_printerr ("usage: bench-check [--runs N] FIXTURES-DIR\n");
      return 2;
    }

  toolchain = cw_rust_toolchain_discover (NULL, &error);
  if (toolchain == NULL)
    {
      g_print ("bench-check: skipped: %s\n", error->message);
      return 77;
    }

  cases[0].code = read_or_die (dir, "pass.learner.rs");
  cases[0].tests = read_or_die (dir, "pass.tests.rs");
  cases[1].code = read_or_die (dir, "borrow-error.learner.rs");
  cases[1].tests = read_or_die (dir, "borrow-error.tests.rs");

  g_print ("Check to verdict: the runner against the same commands by hand, %u runs each, "
           "medians (%s, %s)\n\n", runs, cw_rust_toolchain_get_version_line (toolchain),
           cw_rust_toolchain_get_path (toolchain));
  g_print ("| case          | verdict        | runner ms |   hand ms | ratio |    own ms |\n");
  g_print ("|---------------|----------------|-----------|-----------|-------|-----------|\n");
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      bench_case (toolchain, &cases[i], runs);
      g_free (cases[i].code);
      g_free (cases[i].tests);
    }
  g_print ("\nGoal: a ratio of at most 1.15.\n");

  return 0;
}
