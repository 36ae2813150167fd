/* cw-test-case-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-test-case.h"

G_BEGIN_DECLS

/* Filled in by the libtest parser and the runner while a report is read. */

CwTestCase *cw_test_case_new           (const char   *name,
                                        CwTestStatus  status);
void        cw_test_case_set_status    (CwTestCase   *self,
                                        CwTestStatus  status);
void        cw_test_case_append_output (CwTestCase   *self,
                                        const char   *text);
void        cw_test_case_set_message   (CwTestCase   *self,
                                        const char   *message);
void        cw_test_case_set_location  (CwTestCase   *self,
                                        CwCodeOrigin  origin,
                                        guint         line,
                                        guint         column);

G_END_DECLS
