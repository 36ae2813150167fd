/* cw-js-runner.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cw-fib.h"

G_BEGIN_DECLS

typedef enum
{
  CW_JS_ENGINE_NONE,
  CW_JS_ENGINE_NODE,  /* node -e SCRIPT N */
  CW_JS_ENGINE_GJS,   /* gjs -c SCRIPT N */
} CwJsEngine;

/* Cancellation is reported as G_IO_ERROR_CANCELLED, as in cw-fib. */
typedef enum
{
  CW_JS_RUNNER_ERROR_NO_ENGINE,  /* neither node nor gjs was found (or CRABWISE_JS_ENGINE=none) */
  CW_JS_RUNNER_ERROR_RANGE,      /* n > CW_JS_RUNNER_MAX_N */
  CW_JS_RUNNER_ERROR_TIMEOUT,    /* the time limit passed; the engine was killed */
  CW_JS_RUNNER_ERROR_FAILED,     /* it could not start, crashed, or printed no valid result */
} CwJsRunnerError;

#define CW_JS_RUNNER_ERROR (cw_js_runner_error_quark ())

/* The bound of the C naive recursion, for the same reason (an hour or more beyond it); every
 * F(n) up to it is below 2^53, so a JavaScript Number holds it exactly. */
#define CW_JS_RUNNER_MAX_N CW_FIB_NAIVE_MAX_N

typedef struct
{
  CwJsEngine  engine;
  char       *engine_version;  /* "20.20.2", "1.74.2": as reported by the engine that ran */
  guint       n;
  char       *value;           /* F(n) in decimal, as the engine printed it */
  guint64     elapsed_ns;      /* the engine's monotonic clock around fib(n) alone; GJS only
                                * has microseconds (GLib.get_monotonic_time), so it is a
                                * multiple of 1000 there */
  guint64     calls;           /* 2·F(n+1) − 1, computed here, not counted in JavaScript */
} CwJsResult;

GQuark      cw_js_runner_error_quark (void);

const char *cw_js_engine_get_name    (CwJsEngine engine);

CwJsEngine  cw_js_runner_find_engine (char **path_out);

void        cw_js_runner_run_async   (guint               n,
                                      guint               timeout_ms,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
gboolean    cw_js_runner_run_finish  (GAsyncResult  *res,
                                      CwJsResult    *out,
                                      GError       **error);

void        cw_js_result_clear       (CwJsResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwJsResult, cw_js_result_clear)

G_END_DECLS
