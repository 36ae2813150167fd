/* cw-js-runner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-js-runner"

/* getppid() is POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#ifdef __linux__
# include <signal.h>
# include <sys/prctl.h>
# include <unistd.h>
#endif

#include "cw-fib.h"
#include "cw-js-runner.h"

/* Both engines run exactly this text, the naive recursion on JavaScript Numbers.  It does not
 * count its calls: a counter in the hot path slows the JIT-compiled recursion down and would no
 * longer compare like for like with the C naive version (cw_fib_naive_plain(), which does not
 * count either).  The call tree is a full binary tree with F(n+1) leaves, so the count,
 * 2·F(n+1) − 1, is computed here instead. */
#define CW_JS_FIB_SOURCE "function fib(n){ return n < 2 ? n : fib(n-1) + fib(n-2); }"

/* Everything sits inside a function: GJS does not optimise top-level functions of `gjs -c`
 * (global lookups), which makes fib(40) twenty times slower; node gets the same wrapper so the
 * two run the same shape of code.  n comes in as an argument, so the script is a constant.  The
 * clock is the engine's monotonic one, read around fib(n) only: startup, parsing and printing
 * are not timed, as in cw-fib.  The version comes from the very engine that ran, so it needs no
 * second process and cannot be stale. */
static const char cw_js_node_script[] =
  "(function () {\n"
  "  'use strict';\n"
  "  " CW_JS_FIB_SOURCE "\n"
  "  const n = Number(process.argv[1]);\n"
  "  const start = process.hrtime.bigint();\n"
  "  const value = fib(n);\n"
  "  const ns = process.hrtime.bigint() - start;\n"
  "  process.stdout.write(JSON.stringify({\n"
  "    value: String(value), ns: Number(ns), version: process.versions.node }) + '\\n');\n"
  "})();\n";

/* GLib.get_monotonic_time() counts microseconds; System.version is 17402 for 1.74.2. */
static const char cw_js_gjs_script[] =
  "(function () {\n"
  "  'use strict';\n"
  "  const GLib = imports.gi.GLib;\n"
  "  const v = imports.system.version;\n"
  "  " CW_JS_FIB_SOURCE "\n"
  "  const n = Number(ARGV[0]);\n"
  "  const start = GLib.get_monotonic_time();\n"
  "  const value = fib(n);\n"
  "  const us = GLib.get_monotonic_time() - start;\n"
  "  print(JSON.stringify({\n"
  "    value: String(value), ns: us * 1000,\n"
  "    version: [Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100].join('.') }));\n"
  "})();\n";

/* How much of the engine's stderr goes into an error message. */
#define CW_JS_STDERR_TAIL 1000

typedef struct
{
  CwJsEngine   engine;
  guint        n;
  guint        timeout_ms;
  GSubprocess *subprocess;
  GSource     *timeout_source;
  GSource     *cancel_source;
  gboolean     timed_out;
  GError      *error;  /* a failed communicate, returned once the child is reaped */
} CwJsRun;

G_DEFINE_QUARK (cw-js-runner-error-quark, cw_js_runner_error)

G_STATIC_ASSERT (CW_JS_RUNNER_MAX_N <= CW_FIB_NUMBER_MAX_EXACT);

static void
cw_js_run_clear_source (GSource **source)
{
  /* Safe on a source that already removed itself by returning G_SOURCE_REMOVE. */
  if (*source != NULL)
    g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
cw_js_run_free (gpointer data)
{
  CwJsRun *run = data;

  cw_js_run_clear_source (&run->timeout_source);
  cw_js_run_clear_source (&run->cancel_source);
  g_clear_object (&run->subprocess);
  g_clear_error (&run->error);
  g_free (run);
}

static void
cw_js_result_free (gpointer data)
{
  CwJsResult *result = data;

  cw_js_result_clear (result);
  g_free (result);
}

static CwJsEngine
cw_js_engine_from_program (const char  *program,
                           char       **path_out)
{
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  CwJsEngine       engine;

  path = g_find_program_in_path (program);
  if (path == NULL)
    return CW_JS_ENGINE_NONE;

  /* Debian's nodejs, a versioned node-20, gjs-console: the name tells the command line. */
  base = g_path_get_basename (path);
  if (g_str_has_prefix (base, "node"))
    engine = CW_JS_ENGINE_NODE;
  else if (g_str_has_prefix (base, "gjs"))
    engine = CW_JS_ENGINE_GJS;
  else
    return CW_JS_ENGINE_NONE;

  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);

  return engine;
}

#ifdef __linux__
/* Runs in the child between fork and exec, so only async-signal-safe calls.  Should Crabwise
 * die (a crash, a kill -9) while an engine runs fib(60), the kernel kills the engine too
 * instead of leaving it to burn a core for an hour.  The "parent" of PR_SET_PDEATHSIG is the
 * thread that forked: the one that owns the main context the run reports to. */
static void
cw_js_runner_child_setup (gpointer user_data)
{
  pid_t parent = (pid_t) GPOINTER_TO_INT (user_data);

  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (getppid () != parent)
    _exit (127);
}
#endif

static char *
cw_js_runner_stderr_tail (GBytes *bytes)
{
  const char *data;
  gsize       size = 0;
  char       *text;

  if (bytes == NULL)
    return g_strdup ("");

  data = g_bytes_get_data (bytes, &size);
  if (size > CW_JS_STDERR_TAIL)
    {
      data += size - CW_JS_STDERR_TAIL;
      size = CW_JS_STDERR_TAIL;
    }

  text = g_utf8_make_valid (data != NULL ? data : "", (gssize) size);

  return g_strstrip (text);
}

static void
cw_js_run_return_failed (GTask      *task,
                         GBytes     *stderr_bytes,
                         const char *what)
{
  g_autofree char *tail = cw_js_runner_stderr_tail (stderr_bytes);

  if (tail[0] != '\0')
    g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_FAILED,
                             "%s\n%s", what, tail);
  else
    g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_FAILED, "%s", what);
}

static const char *
cw_js_member_string (JsonObject *object,
                     const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* The last line of stdout must be {"value":"…","ns":…,"version":"…"} with the right F(n). */
static CwJsResult *
cw_js_run_parse (CwJsRun  *run,
                 GBytes   *stdout_bytes,
                 char    **problem)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *expected = NULL;
  CwJsResult           *result;
  JsonObject           *object;
  JsonNode             *root;
  JsonNode             *ns;
  const char           *line;
  const char           *value;
  const char           *version;
  const char           *data = NULL;
  gsize                 size = 0;
  guint64               f;
  gint64                elapsed = 0;

  if (stdout_bytes != NULL)
    data = g_bytes_get_data (stdout_bytes, &size);
  text = g_utf8_make_valid (data != NULL ? data : "", (gssize) size);
  g_strstrip (text);

  if (text[0] == '\0')
    {
      /* Translators: the end of “%s did not return a valid result for fib(%u): %s.” */
      *problem = g_strdup (_("it printed nothing"));
      return NULL;
    }

  line = strrchr (text, '\n');
  line = line != NULL ? line + 1 : text;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, line, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    goto unexpected;

  object = json_node_get_object (root);
  value = cw_js_member_string (object, "value");
  version = cw_js_member_string (object, "version");
  ns = json_object_get_member (object, "ns");
  if (value == NULL || version == NULL || ns == NULL || !JSON_NODE_HOLDS_VALUE (ns) ||
      json_node_get_value_type (ns) != G_TYPE_INT64 || (elapsed = json_node_get_int (ns)) < 0)
    goto unexpected;

  if (!cw_fib_u64_iterative (run->n, &f))
    g_assert_not_reached ();
  expected = g_strdup_printf ("%" G_GUINT64_FORMAT, f);
  if (strcmp (value, expected) != 0)
    {
      /* Translators: the end of “%s did not return a valid result for fib(%u): %s.” */
      *problem = g_strdup_printf (_("it computed fib(%u) = %s instead of %s"),
                                  run->n, value, expected);
      return NULL;
    }

  /* fib(n + 1) <= fib(61), far from overflowing. */
  if (!cw_fib_u64_iterative (run->n + 1, &f))
    g_assert_not_reached ();

  result = g_new0 (CwJsResult, 1);
  result->engine = run->engine;
  result->engine_version = g_strdup (version);
  result->n = run->n;
  result->value = g_steal_pointer (&expected);
  result->elapsed_ns = (guint64) elapsed;
  result->calls = 2 * f - 1;

  return result;

unexpected:
  if (g_utf8_strlen (line, -1) > 200)
    {
      g_autofree char *start = g_utf8_substring (line, 0, 200);

      /* Translators: the end of “%s did not return a valid result for fib(%u): %s.” */
      *problem = g_strdup_printf (_("it printed “%s…”"), start);
    }
  else
    {
      /* Translators: the end of “%s did not return a valid result for fib(%u): %s.” */
      *problem = g_strdup_printf (_("it printed “%s”"), line);
    }

  return NULL;
}

static void
cw_js_run_on_waited (GObject      *object,
                     GAsyncResult *res,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CwJsRun         *run = g_task_get_task_data (task);
  const char      *name = cw_js_engine_get_name (run->engine);

  /* Without a cancellable this only fails if the child cannot be waited for at all. */
  g_subprocess_wait_finish (G_SUBPROCESS (object), res, NULL);

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_FAILED,
                           _("Could not read the output of %s: %s"), name, run->error->message);
}

static void
cw_js_run_on_communicated (GObject      *object,
                           GAsyncResult *res,
                           gpointer      user_data)
{
  g_autoptr(GTask)  task = user_data;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autofree char  *problem = NULL;
  g_autofree char  *what = NULL;
  CwJsRun          *run = g_task_get_task_data (task);
  GSubprocess      *subprocess = run->subprocess;
  const char       *name = cw_js_engine_get_name (run->engine);
  CwJsResult       *result;
  gboolean          exited_ok;

  cw_js_run_clear_source (&run->timeout_source);
  cw_js_run_clear_source (&run->cancel_source);

  if (!g_subprocess_communicate_finish (subprocess, res, &stdout_bytes, &stderr_bytes,
                                        &run->error))
    {
      /* A read error ends communicate before the child exits: end it, reap it, then report. */
      g_subprocess_force_exit (subprocess);
      g_subprocess_wait_async (subprocess, NULL, cw_js_run_on_waited, g_steal_pointer (&task));
      return;
    }

  /* The child has exited and been reaped: communicate waits for it. */
  if (g_task_return_error_if_cancelled (task))
    return;

  exited_ok = g_subprocess_get_if_exited (subprocess) &&
              g_subprocess_get_exit_status (subprocess) == 0;

  /* A run that finished just as the limit passed still has a valid result. */
  if (run->timed_out && !exited_ok)
    {
      /* Translators: the first %s is an engine name, Node.js or GJS */
      if (run->timeout_ms % 1000 == 0)
        g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_TIMEOUT,
                                 _("%s did not finish fib(%u) within %u s"),
                                 name, run->n, run->timeout_ms / 1000);
      else
        g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_TIMEOUT,
                                 _("%s did not finish fib(%u) within %u ms"),
                                 name, run->n, run->timeout_ms);
      return;
    }

  if (g_subprocess_get_if_signaled (subprocess))
    {
      int sig = g_subprocess_get_term_sig (subprocess);

      what = g_strdup_printf (_("%s was stopped by signal %d (%s) while computing fib(%u)."),
                              name, sig, g_strsignal (sig), run->n);
      cw_js_run_return_failed (task, stderr_bytes, what);
      return;
    }

  if (!exited_ok)
    {
      what = g_strdup_printf (_("%s failed with exit status %d while computing fib(%u)."),
                              name, g_subprocess_get_exit_status (subprocess), run->n);
      cw_js_run_return_failed (task, stderr_bytes, what);
      return;
    }

  result = cw_js_run_parse (run, stdout_bytes, &problem);
  if (result == NULL)
    {
      /* Translators: an engine name (Node.js, GJS), n, and what went wrong */
      what = g_strdup_printf (_("%s did not return a valid result for fib(%u): %s."),
                              name, run->n, problem);
      cw_js_run_return_failed (task, stderr_bytes, what);
      return;
    }

  g_task_return_pointer (task, result, cw_js_result_free);
}

static gboolean
cw_js_run_on_timeout (gpointer user_data)
{
  CwJsRun *run = user_data;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->subprocess);

  return G_SOURCE_REMOVE;
}

static gboolean
cw_js_run_on_cancelled (GCancellable *cancellable,
                        gpointer      user_data)
{
  CwJsRun *run = user_data;

  /* The task completes once communicate has seen the child exit, so it is never left
   * running or unreaped behind a cancelled task. */
  g_subprocess_force_exit (run->subprocess);

  return G_SOURCE_REMOVE;
}

const char *
cw_js_engine_get_name (CwJsEngine engine)
{
  switch (engine)
    {
    case CW_JS_ENGINE_NODE:
      return "Node.js";
    case CW_JS_ENGINE_GJS:
      return "GJS";
    case CW_JS_ENGINE_NONE:
    default:
      return NULL;
    }
}

/**
 * cw_js_runner_find_engine:
 * @path_out: (out) (optional) (transfer full): the engine's path, set only when one is found
 *
 * Looks for `node` (or Debian's older `nodejs`), then `gjs`, on PATH.  The environment
 * variable CRABWISE_JS_ENGINE overrides the search: "node" or "gjs" looks for that engine only,
 * "none" finds nothing (to try the app or its tests as on a machine without an engine), and
 * any other value is a program name or path whose file name starts with "node" or "gjs".  An
 * override that finds nothing gives CW_JS_ENGINE_NONE; it never falls back to the other engine.
 *
 * Returns: the engine, or CW_JS_ENGINE_NONE
 */
CwJsEngine
cw_js_runner_find_engine (char **path_out)
{
  const char *override = g_getenv ("CRABWISE_JS_ENGINE");
  CwJsEngine  engine;

  if (path_out != NULL)
    *path_out = NULL;

  if (override != NULL && override[0] != '\0')
    {
      if (g_ascii_strcasecmp (override, "none") == 0)
        return CW_JS_ENGINE_NONE;

      if (g_ascii_strcasecmp (override, "node") == 0)
        {
          engine = cw_js_engine_from_program ("node", path_out);
          if (engine == CW_JS_ENGINE_NONE)
            engine = cw_js_engine_from_program ("nodejs", path_out);
          return engine;
        }

      if (g_ascii_strcasecmp (override, "gjs") == 0)
        return cw_js_engine_from_program ("gjs", path_out);

      return cw_js_engine_from_program (override, path_out);
    }

  engine = cw_js_engine_from_program ("node", path_out);
  if (engine == CW_JS_ENGINE_NONE)
    engine = cw_js_engine_from_program ("nodejs", path_out);
  if (engine == CW_JS_ENGINE_NONE)
    engine = cw_js_engine_from_program ("gjs", path_out);

  return engine;
}

/**
 * cw_js_runner_run_async:
 * @n: the index, at most CW_JS_RUNNER_MAX_N
 * @timeout_ms: the time limit for the whole run, engine startup included; 0 for none (then
 *   only @cancellable stops it)
 * @cancellable: (nullable): kills the engine at once
 *
 * Times the naive recursion fib(@n) in the engine cw_js_runner_find_engine() picks, in a
 * child process (no shell, nothing written to disk, stdin from /dev/null).  Call it from the
 * thread that runs the thread-default main context: the limit, the cancellation and @callback
 * are all dispatched there.  The task completes only after the child has exited and been
 * reaped, whatever the outcome.
 */
void
cw_js_runner_run_async (guint               n,
                        guint               timeout_ms,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GTask)               task = NULL;
  g_autoptr(GError)              error = NULL;
  g_autofree char               *path = NULL;
  char                           n_text[16];
  const char                    *argv[5];
  CwJsEngine                     engine;
  CwJsRun                       *run;
  const char                    *name;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_js_runner_run_async);

  if (n > CW_JS_RUNNER_MAX_N)
    {
      g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_RANGE,
                               _("n = %u is too large for naive recursion in JavaScript (at "
                                 "most %u). It would run for an hour or more."),
                               n, CW_JS_RUNNER_MAX_N);
      return;
    }

  engine = cw_js_runner_find_engine (&path);
  if (engine == CW_JS_ENGINE_NONE)
    {
      g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_NO_ENGINE,
                               _("No JavaScript engine was found. Install Node.js or GJS to "
                                 "compare."));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  name = cw_js_engine_get_name (engine);
  g_snprintf (n_text, sizeof n_text, "%u", n);
  argv[0] = path;
  argv[1] = engine == CW_JS_ENGINE_NODE ? "-e" : "-c";
  argv[2] = engine == CW_JS_ENGINE_NODE ? cw_js_node_script : cw_js_gjs_script;
  argv[3] = n_text;
  argv[4] = NULL;

  run = g_new0 (CwJsRun, 1);
  run->engine = engine;
  run->n = n;
  run->timeout_ms = timeout_ms;
  g_task_set_task_data (task, run, cw_js_run_free);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
#ifdef __linux__
  g_subprocess_launcher_set_child_setup (launcher, cw_js_runner_child_setup,
                                         GINT_TO_POINTER ((int) getpid ()), NULL);
#endif
  run->subprocess = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (run->subprocess == NULL)
    {
      g_task_return_new_error (task, CW_JS_RUNNER_ERROR, CW_JS_RUNNER_ERROR_FAILED,
                               _("Could not start %s (%s): %s"), name, path, error->message);
      return;
    }

  if (timeout_ms > 0)
    {
      run->timeout_source = g_timeout_source_new (timeout_ms);
      g_source_set_callback (run->timeout_source, cw_js_run_on_timeout, run, NULL);
      g_source_set_static_name (run->timeout_source, "[crabwise] JavaScript time limit");
      g_source_attach (run->timeout_source, g_task_get_context (task));
    }

  if (cancellable != NULL)
    {
      run->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (run->cancel_source, G_SOURCE_FUNC (cw_js_run_on_cancelled), run,
                             NULL);
      g_source_set_static_name (run->cancel_source, "[crabwise] JavaScript cancel");
      g_source_attach (run->cancel_source, g_task_get_context (task));
    }

  /* No cancellable here: a cancel kills the child, and communicate then ends on its own once
   * the child is reaped. */
  g_subprocess_communicate_async (run->subprocess, NULL, NULL, cw_js_run_on_communicated,
                                  g_steal_pointer (&task));
}

/**
 * cw_js_runner_run_finish:
 * @out: (out caller-allocates) (optional): overwritten without being freed first; zeroed on
 *   failure; clear with cw_js_result_clear()
 * @error: CW_JS_RUNNER_ERROR_NO_ENGINE, _RANGE, _TIMEOUT or _FAILED (with the engine's stderr
 *   tail), or G_IO_ERROR_CANCELLED
 */
gboolean
cw_js_runner_run_finish (GAsyncResult  *res,
                         CwJsResult    *out,
                         GError       **error)
{
  CwJsResult *result;

  g_return_val_if_fail (g_task_is_valid (res, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (res)) == cw_js_runner_run_async, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out != NULL)
    memset (out, 0, sizeof *out);

  result = g_task_propagate_pointer (G_TASK (res), error);
  if (result == NULL)
    return FALSE;

  if (out != NULL)
    {
      *out = *result;
      g_free (result);
    }
  else
    {
      cw_js_result_free (result);
    }

  return TRUE;
}

void
cw_js_result_clear (CwJsResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->engine_version, g_free);
  g_clear_pointer (&result->value, g_free);
  memset (result, 0, sizeof *result);
}
