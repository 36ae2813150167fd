/* cw-check-result.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cw-rust-diagnostic.h"
#include "cw-test-case.h"

G_BEGIN_DECLS

/* How a check of the learner's code ended. Cancellation is not a verdict: the check reports
 * G_IO_ERROR_CANCELLED instead, as GIO does. */
typedef enum
{
  CW_CHECK_VERDICT_PASSED,             /* it compiled, and every test that ran passed */
  CW_CHECK_VERDICT_COMPILE_FAILED,     /* rustc reported errors (see the diagnostics) */
  CW_CHECK_VERDICT_TESTS_FAILED,       /* it ran to its end; some tests failed */
  CW_CHECK_VERDICT_TIMED_OUT,          /* the compile or the run passed its time limit */
  CW_CHECK_VERDICT_CRASHED,            /* the program died (a signal, an exit of its own)
                                        * before reporting every test */
  CW_CHECK_VERDICT_STACK_OVERFLOW,     /* … because it overflowed its stack */
  CW_CHECK_VERDICT_OUT_OF_MEMORY,      /* … because an allocation failed under the limit */
  CW_CHECK_VERDICT_OUTPUT_TOO_LARGE,   /* it printed more than the limit and was stopped */
  CW_CHECK_VERDICT_FILE_TOO_LARGE,     /* it wrote a file larger than the limit */
  CW_CHECK_VERDICT_SOURCE_TOO_LARGE,   /* the code is larger than a check accepts */
  CW_CHECK_VERDICT_NO_TESTS,           /* it ran to its end, but no test ran */
} CwCheckVerdict;

#define CW_TYPE_CHECK_VERDICT (cw_check_verdict_get_type ())
GType cw_check_verdict_get_type (void);

/* Where the verdict was reached. */
typedef enum
{
  CW_CHECK_STAGE_SOURCE,   /* before compiling: the code itself */
  CW_CHECK_STAGE_COMPILE,  /* rustc */
  CW_CHECK_STAGE_RUN,      /* the test program */
} CwCheckStage;

#define CW_TYPE_CHECK_STAGE (cw_check_stage_get_type ())
GType cw_check_stage_get_type (void);

#define CW_TYPE_CHECK_RESULT (cw_check_result_get_type ())
G_DECLARE_FINAL_TYPE (CwCheckResult, cw_check_result, CW, CHECK_RESULT, GObject)

CwCheckVerdict  cw_check_result_get_verdict         (CwCheckResult *self);
CwCheckStage    cw_check_result_get_stage           (CwCheckResult *self);
gboolean        cw_check_result_get_passed          (CwCheckResult *self);
const char     *cw_check_result_get_summary         (CwCheckResult *self);

GListModel     *cw_check_result_get_diagnostics     (CwCheckResult *self);
guint           cw_check_result_get_n_errors        (CwCheckResult *self);
guint           cw_check_result_get_n_warnings      (CwCheckResult *self);

GListModel     *cw_check_result_get_tests           (CwCheckResult *self);
guint           cw_check_result_get_n_passed        (CwCheckResult *self);
guint           cw_check_result_get_n_failed        (CwCheckResult *self);
guint           cw_check_result_get_n_ignored       (CwCheckResult *self);

const char     *cw_check_result_get_output          (CwCheckResult *self);
gboolean        cw_check_result_get_output_cut      (CwCheckResult *self);
const char     *cw_check_result_get_compiler_output (CwCheckResult *self);
int             cw_check_result_get_exit_status     (CwCheckResult *self);
int             cw_check_result_get_term_signal     (CwCheckResult *self);
guint64         cw_check_result_get_compile_us      (CwCheckResult *self);
guint64         cw_check_result_get_run_us          (CwCheckResult *self);
const char     *cw_check_result_get_rustc_version   (CwCheckResult *self);

const char     *cw_check_verdict_to_string          (CwCheckVerdict verdict);
const char     *cw_check_stage_to_string            (CwCheckStage   stage);

G_END_DECLS
