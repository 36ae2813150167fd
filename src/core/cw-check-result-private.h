/* cw-check-result-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-check-result.h"

G_BEGIN_DECLS

/* Filled in by the exercise runner, in its worker thread, before anyone else sees it. */

CwCheckResult *cw_check_result_new                 (const char       *rustc_version);
void           cw_check_result_set_verdict         (CwCheckResult    *self,
                                                    CwCheckVerdict    verdict,
                                                    CwCheckStage      stage,
                                                    const char       *summary);
void           cw_check_result_add_diagnostic      (CwCheckResult    *self,
                                                    CwRustDiagnostic *diagnostic);
void           cw_check_result_add_test            (CwCheckResult    *self,
                                                    CwTestCase       *test);
void           cw_check_result_set_output          (CwCheckResult    *self,
                                                    const char       *output,
                                                    gboolean          cut);
void           cw_check_result_set_compiler_output (CwCheckResult    *self,
                                                    const char       *text);
void           cw_check_result_set_exit            (CwCheckResult    *self,
                                                    int               exit_status,
                                                    int               term_signal);
void           cw_check_result_set_compile_us      (CwCheckResult    *self,
                                                    guint64           us);
void           cw_check_result_set_run_us          (CwCheckResult    *self,
                                                    guint64           us);

G_END_DECLS
