/* cw-test-case.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "cw-exercise-source.h"

G_BEGIN_DECLS

/* One hidden test of an exercise, as the test program reported it. */

typedef enum
{
  CW_TEST_STATUS_PASSED,
  CW_TEST_STATUS_FAILED,
  CW_TEST_STATUS_IGNORED,
  CW_TEST_STATUS_NOT_FINISHED,  /* it started but never reported: the program was stopped
                                 * (a limit) or crashed while it ran */
} CwTestStatus;

#define CW_TYPE_TEST_STATUS (cw_test_status_get_type ())
GType cw_test_status_get_type (void);

#define CW_TYPE_TEST_CASE (cw_test_case_get_type ())
G_DECLARE_FINAL_TYPE (CwTestCase, cw_test_case, CW, TEST_CASE, GObject)

const char   *cw_test_case_get_name        (CwTestCase *self);
CwTestStatus  cw_test_case_get_status      (CwTestCase *self);
const char   *cw_test_case_get_output      (CwTestCase *self);
const char   *cw_test_case_get_message     (CwTestCase *self);
CwCodeOrigin  cw_test_case_get_origin      (CwTestCase *self);
guint         cw_test_case_get_line        (CwTestCase *self);
guint         cw_test_case_get_column      (CwTestCase *self);

const char   *cw_test_status_to_string     (CwTestStatus status);

G_END_DECLS
