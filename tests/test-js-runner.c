/* test-js-runner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-js-runner"

/* getpid() is POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cw-js-runner.h"
#include "cw-test-limits.h"

/* fib(45) takes about 12 s in node and minutes in GJS on our machines: far beyond every limit
 * below, so each of those runs has to be stopped. */
#define SLOW_N 45

/* No test passes or fails by how fast this machine is. A limit under test is short (the
 * engine must be stopped by it); everything that must merely finish gets
 * CW_TEST_FINISHES_MS (cw-test-limits.h). */
#define LIMIT_MS    200

typedef struct
{
  CwJsResult result;
  GError    *error;
  gboolean   ok;
  gboolean   done;
  gint64     started_at;
  gint64     done_at;
} RunData;

typedef struct
{
  GCancellable *cancellable;
  guint         children;
  gint64        cancelled_at;
} CancelData;

static void
run_done (GObject      *source,
          GAsyncResult *res,
          gpointer      user_data)
{
  RunData *data = user_data;

  g_assert_null (source);
  g_assert_false (data->done);
  data->ok = cw_js_runner_run_finish (res, &data->result, &data->error);
  data->done_at = g_get_monotonic_time ();
  data->done = TRUE;
}

static void
run_start (guint         n,
           guint         timeout_ms,
           GCancellable *cancellable,
           RunData      *data)
{
  memset (data, 0, sizeof *data);
  data->started_at = g_get_monotonic_time ();
  cw_js_runner_run_async (n, timeout_ms, cancellable, run_done, data);
}

static void
run_wait (RunData *data)
{
  while (!data->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
run_clear (RunData *data)
{
  cw_js_result_clear (&data->result);
  g_clear_error (&data->error);
}

/* The processes whose parent is this test, zombies included, read from /proc: the runner does
 * not expose its child's pid, and it must leave none behind whatever happened. */
static guint
count_children (void)
{
  g_autoptr(GDir) dir = NULL;
  const char     *name;
  guint           count = 0;
  int             self = (int) getpid ();

  dir = g_dir_open ("/proc", 0, NULL);
  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      const char      *end;
      char             state;
      int              ppid;

      if (!g_ascii_isdigit (name[0]))
        continue;

      path = g_build_filename ("/proc", name, "stat", NULL);
      /* A process may exit between readdir and read. */
      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;

      /* pid (comm) state ppid …, and comm may itself contain ") ". */
      end = strrchr (contents, ')');
      if (end != NULL && sscanf (end + 1, " %c %d", &state, &ppid) == 2 && ppid == self)
        count++;
    }

  return count;
}

static gboolean
have_proc (void)
{
  return g_file_test ("/proc/self/stat", G_FILE_TEST_EXISTS);
}

/* Sets CRABWISE_JS_ENGINE; skips the test when that engine is not installed. */
static gboolean
use_engine (const char *which,
            CwJsEngine  expected)
{
  g_autofree char *path = NULL;
  g_autofree char *reason = NULL;

  g_setenv ("CRABWISE_JS_ENGINE", which, TRUE);
  if (cw_js_runner_find_engine (&path) == CW_JS_ENGINE_NONE)
    {
      reason = g_strdup_printf ("%s is not installed", which);
      g_test_skip (reason);
      return FALSE;
    }

  g_assert_cmpint (cw_js_runner_find_engine (NULL), ==, expected);
  g_test_message ("%s: %s", which, path);

  return TRUE;
}

/* A fake engine: a shell script called @name (so it is taken for node or gjs) in @dir. */
static char *
write_fake_engine (const char *dir,
                   const char *name,
                   const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *script = NULL;
  char             *path;

  path = g_build_filename (dir, name, NULL);
  script = g_strdup_printf ("#!/bin/sh\n%s\n", body);
  g_file_set_contents (path, script, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);

  return path;
}

static void
test_engine_names (void)
{
  g_assert_cmpstr (cw_js_engine_get_name (CW_JS_ENGINE_NODE), ==, "Node.js");
  g_assert_cmpstr (cw_js_engine_get_name (CW_JS_ENGINE_GJS), ==, "GJS");
  g_assert_null (cw_js_engine_get_name (CW_JS_ENGINE_NONE));
}

static void
test_engine_find (void)
{
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *gjs = g_find_program_in_path ("gjs");
  g_autofree char *sh = g_find_program_in_path ("sh");
  char            *path = (char *) "untouched";

  g_setenv ("CRABWISE_JS_ENGINE", "none", TRUE);
  g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_NONE);
  g_assert_null (path);

  g_setenv ("CRABWISE_JS_ENGINE", "/nonexistent/node", TRUE);
  g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_NONE);
  g_assert_null (path);

  /* A program that exists but is not an engine. */
  g_assert_nonnull (sh);
  g_setenv ("CRABWISE_JS_ENGINE", sh, TRUE);
  g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_NONE);
  g_assert_null (path);

  if (node != NULL)
    {
      g_setenv ("CRABWISE_JS_ENGINE", "node", TRUE);
      g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_NODE);
      g_assert_cmpstr (path, ==, node);
      g_clear_pointer (&path, g_free);

      g_setenv ("CRABWISE_JS_ENGINE", node, TRUE);
      g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_NODE);
      g_assert_cmpstr (path, ==, node);
      g_clear_pointer (&path, g_free);

      /* Without an override node comes first. */
      g_unsetenv ("CRABWISE_JS_ENGINE");
      g_assert_cmpint (cw_js_runner_find_engine (NULL), ==, CW_JS_ENGINE_NODE);
    }

  if (gjs != NULL)
    {
      g_setenv ("CRABWISE_JS_ENGINE", "gjs", TRUE);
      g_assert_cmpint (cw_js_runner_find_engine (&path), ==, CW_JS_ENGINE_GJS);
      g_assert_cmpstr (path, ==, gjs);
      g_clear_pointer (&path, g_free);

      g_setenv ("CRABWISE_JS_ENGINE", gjs, TRUE);
      g_assert_cmpint (cw_js_runner_find_engine (NULL), ==, CW_JS_ENGINE_GJS);
    }

  if (node == NULL && gjs == NULL)
    g_test_incomplete ("neither node nor gjs is installed");
}

static void
check_fib (const char *which,
           CwJsEngine  engine)
{
  static const struct { guint n; const char *value; guint64 calls; } cases[] = {
    { 20, "6765", 21891 },  /* 2·F(21) − 1 = 2·10946 − 1 */
    { 0, "0", 1 },
    { 1, "1", 1 },
    { 2, "1", 3 },
  };
  RunData data;
  guint   i;

  if (!use_engine (which, engine))
    return;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run_start (cases[i].n, CW_TEST_FINISHES_MS, NULL, &data);
      run_wait (&data);
      g_assert_no_error (data.error);
      g_assert_true (data.ok);
      g_assert_cmpint (data.result.engine, ==, engine);
      g_assert_cmpuint (data.result.n, ==, cases[i].n);
      g_assert_cmpstr (data.result.value, ==, cases[i].value);
      g_assert_cmpuint (data.result.calls, ==, cases[i].calls);
      g_assert_nonnull (data.result.engine_version);
      g_assert_true (g_ascii_isdigit (data.result.engine_version[0]));
      g_assert_nonnull (strchr (data.result.engine_version, '.'));
      if (cases[i].n == 20)
        {
          g_assert_cmpuint (data.result.elapsed_ns, >, 0);
          g_test_message ("%s %s: fib(20) in %" G_GUINT64_FORMAT " ns",
                          cw_js_engine_get_name (engine), data.result.engine_version,
                          data.result.elapsed_ns);
        }
      run_clear (&data);
    }

  if (have_proc ())
    g_assert_cmpuint (count_children (), ==, 0);
}

static void
test_node_fib (void)
{
  check_fib ("node", CW_JS_ENGINE_NODE);
}

static void
test_gjs_fib (void)
{
  check_fib ("gjs", CW_JS_ENGINE_GJS);
}

static void
test_no_engine (void)
{
  RunData data;

  g_setenv ("CRABWISE_JS_ENGINE", "none", TRUE);
  run_start (20, CW_TEST_FINISHES_MS, NULL, &data);
  g_assert_false (data.done);  /* always reported from the main loop, never re-entrantly */
  run_wait (&data);
  g_assert_false (data.ok);
  g_assert_error (data.error, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_NO_ENGINE);
  g_assert_cmpstr (data.error->message, ==,
                   "No JavaScript engine was found. Install Node.js or GJS to compare.");
  g_assert_null (data.result.value);
  g_assert_null (data.result.engine_version);
  run_clear (&data);

  g_setenv ("CRABWISE_JS_ENGINE", "/nonexistent/gjs", TRUE);
  run_start (20, CW_TEST_FINISHES_MS, NULL, &data);
  run_wait (&data);
  g_assert_error (data.error, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_NO_ENGINE);
  run_clear (&data);
}

static void
test_range (void)
{
  RunData data;

  /* The range comes first: no engine is needed to refuse it. */
  g_setenv ("CRABWISE_JS_ENGINE", "none", TRUE);
  run_start (CW_JS_RUNNER_MAX_N + 1, CW_TEST_FINISHES_MS, NULL, &data);
  run_wait (&data);
  g_assert_false (data.ok);
  g_assert_error (data.error, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_RANGE);
  g_test_message ("%s", data.error->message);
  run_clear (&data);

  g_unsetenv ("CRABWISE_JS_ENGINE");
  run_start (G_MAXUINT, CW_TEST_FINISHES_MS, NULL, &data);
  run_wait (&data);
  g_assert_error (data.error, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_RANGE);
  run_clear (&data);

  g_assert_cmpuint (CW_JS_RUNNER_MAX_N, ==, CW_FIB_NAIVE_MAX_N);
}

static void
check_timeout (const char *which,
               CwJsEngine  engine)
{
  g_autofree char *expected = NULL;
  RunData          data;
  gint64           elapsed_ms;

  if (!use_engine (which, engine))
    return;

  run_start (SLOW_N, LIMIT_MS, NULL, &data);
  run_wait (&data);
  elapsed_ms = (data.done_at - data.started_at) / 1000;
  g_test_message ("%s: timed out after %" G_GINT64_FORMAT " ms", which, elapsed_ms);

  g_assert_false (data.ok);
  g_assert_error (data.error, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_TIMEOUT);
  expected = g_strdup_printf ("%s did not finish fib(%u) within %u ms",
                              cw_js_engine_get_name (engine), SLOW_N, LIMIT_MS);
  g_assert_cmpstr (data.error->message, ==, expected);
  /* Never before the limit; after it, stopped well before fib(45) could have finished. */
  g_assert_cmpint (elapsed_ms, >=, LIMIT_MS);
  g_assert_cmpint (elapsed_ms, <, CW_TEST_FINISHES_MS);
  g_assert_null (data.result.value);
  run_clear (&data);

  /* Killed and reaped before the task completed. */
  if (have_proc ())
    g_assert_cmpuint (count_children (), ==, 0);
}

static void
test_node_timeout (void)
{
  check_timeout ("node", CW_JS_ENGINE_NODE);
}

static void
test_gjs_timeout (void)
{
  check_timeout ("gjs", CW_JS_ENGINE_GJS);
}

static gboolean
cancel_now (gpointer user_data)
{
  CancelData *cancel = user_data;

  if (have_proc ())
    cancel->children = count_children ();
  cancel->cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (cancel->cancellable);

  return G_SOURCE_REMOVE;
}

static void
check_cancel (const char *which,
              CwJsEngine  engine)
{
  g_autoptr(GCancellable) cancellable = NULL;
  CancelData              cancel = { 0 };
  RunData                 data;
  gint64                  waited_ms;

  if (!use_engine (which, engine))
    return;

  cancellable = g_cancellable_new ();
  cancel.cancellable = cancellable;
  run_start (SLOW_N, 10 * CW_TEST_FINISHES_MS, cancellable, &data);
  g_timeout_add (300, cancel_now, &cancel);
  run_wait (&data);
  waited_ms = (data.done_at - cancel.cancelled_at) / 1000;
  g_test_message ("%s: cancelled in %" G_GINT64_FORMAT " ms", which, waited_ms);

  g_assert_cmpint (cancel.cancelled_at, >, 0);
  g_assert_false (data.ok);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Structural: the cancel, not the (much longer) limit, ended the run. */
  g_assert_cmpint (waited_ms, <, CW_TEST_FINISHES_MS);
  run_clear (&data);

  if (have_proc ())
    {
      /* The engine was running when cancelled, and is gone now. */
      g_assert_cmpuint (cancel.children, ==, 1);
      g_assert_cmpuint (count_children (), ==, 0);
    }
}

static void
test_node_cancel (void)
{
  check_cancel ("node", CW_JS_ENGINE_NODE);
}

static void
test_gjs_cancel (void)
{
  check_cancel ("gjs", CW_JS_ENGINE_GJS);
}

static void
test_cancelled_before (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  RunData                 data;

  g_unsetenv ("CRABWISE_JS_ENGINE");
  if (cw_js_runner_find_engine (NULL) == CW_JS_ENGINE_NONE)
    {
      g_test_skip ("no JavaScript engine is installed");
      return;
    }

  g_cancellable_cancel (cancellable);
  run_start (20, CW_TEST_FINISHES_MS, cancellable, &data);
  run_wait (&data);
  g_assert_false (data.ok);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  run_clear (&data);

  if (have_proc ())
    g_assert_cmpuint (count_children (), ==, 0);
}

/* Engines that misbehave, as shell scripts named like the real ones: these run everywhere. */
static void
test_failures (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *dir = NULL;
  RunData           data;
  guint             i;
  static const struct
  {
    const char *name;
    const char *body;
    int         code;
    const char *message;  /* a part of the message */
  } cases[] = {
    { "node", "echo 'boom: engine exploded' >&2; exit 3", CW_JS_RUNNER_ERROR_FAILED,
      "Node.js failed with exit status 3 while computing fib(20).\nboom: engine exploded" },
    { "gjs", "echo 'Terminated' >&2; kill -TERM $$", CW_JS_RUNNER_ERROR_FAILED,
      "GJS was stopped by signal 15" },
    { "node", "echo hello", CW_JS_RUNNER_ERROR_FAILED,
      "Node.js did not return a valid result for fib(20): it printed “hello”." },
    { "node", "true", CW_JS_RUNNER_ERROR_FAILED, "it printed nothing" },
    { "gjs", "echo '{\"value\":\"6765\",\"ns\":-1,\"version\":\"1.0.0\"}'",
      CW_JS_RUNNER_ERROR_FAILED, "it printed “{" },
    { "gjs", "echo '{\"value\":\"6765\",\"ns\":\"12\",\"version\":\"1.0.0\"}'",
      CW_JS_RUNNER_ERROR_FAILED, "it printed “{" },
    { "node", "echo '{\"value\":\"6766\",\"ns\":12,\"version\":\"1.0.0\"}'",
      CW_JS_RUNNER_ERROR_FAILED, "it computed fib(20) = 6766 instead of 6765" },
    { "node", "printf '\\377\\376 not UTF-8\\n'", CW_JS_RUNNER_ERROR_FAILED, "not UTF-8" },
    /* Only the last line counts: an engine may print a warning first. */
    { "node", "echo warning; echo '{\"value\":\"6765\",\"ns\":12,\"version\":\"9.9.9\"}'", -1,
      NULL },
    /* Still running at the limit, its stdout still open: killed and reaped all the same. The
     * only case with a short limit: that limit is what it tests. */
    { "gjs", "exec sleep 300", CW_JS_RUNNER_ERROR_TIMEOUT,
      "GJS did not finish fib(20) within 200 ms" },
  };

  if (!g_file_test ("/bin/sh", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /bin/sh");
      return;
    }

  dir = g_dir_make_tmp ("crabwise-js-runner-XXXXXX", &error);
  g_assert_no_error (error);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_fake_engine (dir, cases[i].name, cases[i].body);

      g_setenv ("CRABWISE_JS_ENGINE", path, TRUE);
      run_start (20, cases[i].code == CW_JS_RUNNER_ERROR_TIMEOUT ? LIMIT_MS : CW_TEST_FINISHES_MS,
                 NULL, &data);
      run_wait (&data);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (data.error);
          g_assert_cmpstr (data.result.value, ==, "6765");
          g_assert_cmpuint (data.result.elapsed_ns, ==, 12);
          g_assert_cmpstr (data.result.engine_version, ==, "9.9.9");
        }
      else
        {
          g_assert_false (data.ok);
          g_assert_error (data.error, CW_JS_RUNNER_ERROR, cases[i].code);
          g_test_message ("%s: %s", cases[i].body, data.error->message);
          if (strstr (data.error->message, cases[i].message) == NULL)
            g_error ("“%s” does not contain “%s”", data.error->message, cases[i].message);
        }
      run_clear (&data);

      if (have_proc ())
        g_assert_cmpuint (count_children (), ==, 0);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/js-runner/engine/names", test_engine_names);
  g_test_add_func ("/js-runner/engine/find", test_engine_find);
  g_test_add_func ("/js-runner/node/fib", test_node_fib);
  g_test_add_func ("/js-runner/gjs/fib", test_gjs_fib);
  g_test_add_func ("/js-runner/no-engine", test_no_engine);
  g_test_add_func ("/js-runner/range", test_range);
  g_test_add_func ("/js-runner/node/timeout", test_node_timeout);
  g_test_add_func ("/js-runner/gjs/timeout", test_gjs_timeout);
  g_test_add_func ("/js-runner/node/cancel", test_node_cancel);
  g_test_add_func ("/js-runner/gjs/cancel", test_gjs_cancel);
  g_test_add_func ("/js-runner/cancelled-before", test_cancelled_before);
  g_test_add_func ("/js-runner/failures", test_failures);

  return g_test_run ();
}
