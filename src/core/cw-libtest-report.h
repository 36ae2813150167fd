/* cw-libtest-report.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "cw-exercise-source.h"
#include "cw-test-case.h"

G_BEGIN_DECLS

/*
 * What a test program built by `rustc --test` printed, run with `--test-threads=1
 * --show-output --color never` (stdout and stderr together): libtest's plain, stable format,
 *
 *   running 2 tests
 *   test tests::a ... ok
 *   test tests::b ... FAILED
 *   successes: / failures:  with a "---- tests::b stdout ----" section per test
 *   test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; …
 *
 * read as far as it goes: a program stopped half-way still tells which tests passed, and
 * which one was running.
 */
typedef struct
{
  GPtrArray  *tests;        /* CwTestCase, in the order they started */
  guint       announced;    /* N of "running N tests"; 0 when not seen */
  gboolean    has_summary;  /* "test result: …" was printed: the program ran to its end */
  gboolean    summary_ok;   /* … and it said "ok." */
  guint       passed;       /* counted from tests */
  guint       failed;
  guint       ignored;
  CwTestCase *running;      /* the test that started last and never reported, or NULL; it is
                             * in tests with CW_TEST_STATUS_NOT_FINISHED */
} CwLibtestReport;

CwLibtestReport *cw_libtest_report_parse (const char             *text,
                                          const CwExerciseSource *source);
void             cw_libtest_report_free  (CwLibtestReport        *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwLibtestReport, cw_libtest_report_free)

G_END_DECLS
