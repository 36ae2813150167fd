/* test-libtest-report.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-libtest-report"

#include "config.h"

#include <string.h>

#include "cw-libtest-report.h"

/* Real output of test programs built by rustc (tests/update-rustc-fixtures.sh), run as the
 * runner runs them: --test-threads=1 --show-output --color never, stderr into stdout. */
static char *
read_fixture (const char *name)
{
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", "rustc", name, NULL);
  g_autoptr(GError) error = NULL;
  char             *contents = NULL;
  gsize             length = 0;
  char             *valid;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* As the runner does with what it reads. */
  valid = g_utf8_make_valid (contents, (gssize) length);
  g_free (contents);

  return valid;
}

static CwLibtestReport *
parse_fixture (const char *name)
{
  g_autofree char            *out_name = g_strconcat (name, ".out", NULL);
  g_autofree char            *learner_name = g_strconcat (name, ".learner.rs", NULL);
  g_autofree char            *tests_name = g_strconcat (name, ".tests.rs", NULL);
  g_autofree char            *text = read_fixture (out_name);
  g_autofree char            *learner = read_fixture (learner_name);
  g_autofree char            *tests = read_fixture (tests_name);
  g_autoptr(CwExerciseSource) source = cw_exercise_source_new (learner, tests);

  return cw_libtest_report_parse (text, source);
}

static CwTestCase *
find_test (CwLibtestReport *report,
           const char      *name)
{
  guint i;

  for (i = 0; i < report->tests->len; i++)
    if (g_str_equal (cw_test_case_get_name (g_ptr_array_index (report->tests, i)), name))
      return g_ptr_array_index (report->tests, i);

  g_assert_not_reached ();
}

static void
test_pass (void)
{
  g_autoptr(CwLibtestReport) report = parse_fixture ("pass");
  CwTestCase                *first;

  g_assert_cmpuint (report->announced, ==, 4);
  g_assert_cmpuint (report->tests->len, ==, 4);
  g_assert_true (report->has_summary);
  g_assert_true (report->summary_ok);
  g_assert_cmpuint (report->passed, ==, 4);
  g_assert_cmpuint (report->failed, ==, 0);
  g_assert_cmpuint (report->ignored, ==, 0);
  g_assert_null (report->running);

  first = g_ptr_array_index (report->tests, 0);
  g_assert_cmpstr (cw_test_case_get_name (first), ==, "tests::appends_doubles_of_even_numbers");
  g_assert_cmpint (cw_test_case_get_status (first), ==, CW_TEST_STATUS_PASSED);
  g_assert_cmpstr (cw_test_case_get_output (first), ==, "");
  g_assert_null (cw_test_case_get_message (first));
  g_assert_cmpint (cw_test_case_get_origin (first), ==, CW_CODE_ORIGIN_NONE);
}

static void
test_mixed (void)
{
  g_autoptr(CwLibtestReport) report = parse_fixture ("mixed");
  CwTestCase                *test;

  g_assert_cmpuint (report->announced, ==, 12);
  g_assert_cmpuint (report->tests->len, ==, 12);
  g_assert_true (report->has_summary);
  g_assert_false (report->summary_ok);
  g_assert_cmpuint (report->passed, ==, 2);
  g_assert_cmpuint (report->failed, ==, 8);
  g_assert_cmpuint (report->ignored, ==, 2);

  /* An assertion in the tests: its output, message, and line 4 of tests.rs. */
  test = find_test (report, "tests::adds");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_FAILED);
  g_assert_cmpstr (cw_test_case_get_output (test), ==, "checking 2 + 2");
  g_assert_cmpstr (cw_test_case_get_message (test), ==,
                   "assertion `left == right` failed\n  left: 0\n right: 4");
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_TESTS);
  g_assert_cmpuint (cw_test_case_get_line (test), ==, 4);
  g_assert_cmpuint (cw_test_case_get_column (test), ==, 9);

  /* A todo!() and an unwrap() in the learner's code: their own lines. */
  test = find_test (report, "tests::calls_unfinished");
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "not yet implemented");
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_test_case_get_line (test), ==, 10);
  test = find_test (report, "tests::parses_garbage");
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_test_case_get_line (test), ==, 6);
  g_assert_cmpuint (cw_test_case_get_column (test), ==, 18);

  test = find_test (report, "tests::prints_and_passes");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_PASSED);
  g_assert_cmpstr (cw_test_case_get_output (test), ==, "hello from a test\nand from stderr");

  test = find_test (report, "tests::panics_as_expected");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_PASSED);
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "boom");

  test = find_test (report, "tests::does_not_panic");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_FAILED);
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "test did not panic as expected");
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_TESTS);

  test = find_test (report, "tests::panics_with_other_message");
  g_assert_true (g_str_has_prefix (cw_test_case_get_message (test),
                                   "boom\nnote: panic did not contain expected string\n"));
  g_assert_nonnull (strstr (cw_test_case_get_message (test), "expected substring: \"bam\""));

  /* The test's own panic, not the spawned thread's that came first. */
  test = find_test (report, "tests::panics_in_a_thread");
  g_assert_cmpstr (cw_test_case_get_message (test), ==,
                   "called `Result::unwrap()` on an `Err` value: Any { .. }");
  g_assert_cmpuint (cw_test_case_get_column (test), ==, 55);

  test = find_test (report, "tests::multi_line_message");
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "sum was 0\nfor é");

  test = find_test (report, "tests::returns_err");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_FAILED);
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "Error: \"bad input\"");

  test = find_test (report, "tests::ignored_with_reason");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_IGNORED);
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "too slow for a check");
  test = find_test (report, "tests::ignored_plain");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_IGNORED);
  g_assert_null (cw_test_case_get_message (test));
}

static void
test_crashed (void)
{
  g_autoptr(CwLibtestReport) report = parse_fixture ("overflow");

  /* The first test passed; the second took the program down; the third never started. */
  g_assert_cmpuint (report->announced, ==, 3);
  g_assert_cmpuint (report->tests->len, ==, 2);
  g_assert_false (report->has_summary);
  g_assert_cmpuint (report->passed, ==, 1);
  g_assert_nonnull (report->running);
  g_assert_cmpstr (cw_test_case_get_name (report->running), ==, "tests::b_recurses");
  g_assert_cmpint (cw_test_case_get_status (report->running), ==, CW_TEST_STATUS_NOT_FINISHED);
  g_assert_true (g_str_has_prefix (cw_test_case_get_output (report->running),
                                   "\nthread 'tests::b_recurses'") ||
                 g_str_has_prefix (cw_test_case_get_output (report->running),
                                   "thread 'tests::b_recurses'"));
  g_assert_nonnull (strstr (cw_test_case_get_output (report->running), "overflowed its stack"));
}

static void
test_killed (void)
{
  g_autoptr(CwLibtestReport) report = parse_fixture ("timeout");

  /* Killed while the second test ran: the output stops at "test tests::b_spins ... ". */
  g_assert_cmpuint (report->tests->len, ==, 2);
  g_assert_false (report->has_summary);
  g_assert_cmpuint (report->passed, ==, 1);
  g_assert_cmpstr (cw_test_case_get_name (report->running), ==, "tests::b_spins");
  g_assert_cmpstr (cw_test_case_get_output (report->running), ==, "");
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(CwLibtestReport) report = parse_fixture ("invalid-utf8");
  CwTestCase                *test;

  /* Written straight to stdout between "test … ... " and its "ok", bytes repaired. */
  g_assert_cmpuint (report->tests->len, ==, 1);
  test = g_ptr_array_index (report->tests, 0);
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_PASSED);
  g_assert_true (g_str_has_prefix (cw_test_case_get_output (test),
                                   "raw \xef\xbf\xbd\xef\xbf\xbd bytes\n"));
  g_assert_nonnull (strstr (cw_test_case_get_output (test), "captured é and \xef\xbf\xbd"));
  g_assert_true (g_utf8_validate (cw_test_case_get_output (test), -1, NULL));
  g_assert_true (report->summary_ok);
}

static void
test_hostile_text (void)
{
  g_autoptr(CwLibtestReport) report = NULL;
  CwTestCase                *test;

  /* What a program can print to confuse the reading: a fake result on its own line, a fake
   * section heading for an unknown test; the lists at the end decide. */
  report = cw_libtest_report_parse (
    "\nrunning 2 tests\n"
    "test tests::a ... ok\n"
    "FAILED\n"
    "test tests::b ... ok\n"
    "FAILED\n"
    "\nfailures:\n\n"
    "---- tests::b stdout ----\n"
    "---- tests::nobody stdout ----\n"
    "\nthread 'tests::b' panicked at main.rs:3:1:\nreal failure\n"
    "\nfailures:\n    tests::b\n\n"
    "test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n",
    NULL);
  g_assert_cmpuint (report->tests->len, ==, 2);
  test = g_ptr_array_index (report->tests, 0);
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_PASSED);
  test = g_ptr_array_index (report->tests, 1);
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_FAILED);
  g_assert_cmpstr (cw_test_case_get_message (test), ==, "real failure");
  g_assert_cmpstr (cw_test_case_get_output (test), ==, "---- tests::nobody stdout ----");
  /* Without a source, every location in main.rs is the learner's. */
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (report->passed, ==, 1);
  g_assert_cmpuint (report->failed, ==, 1);

  g_clear_pointer (&report, cw_libtest_report_free);
  report = cw_libtest_report_parse ("", NULL);
  g_assert_cmpuint (report->tests->len, ==, 0);
  g_assert_false (report->has_summary);
  g_assert_null (report->running);

  g_clear_pointer (&report, cw_libtest_report_free);
  report = cw_libtest_report_parse ("\nrunning 0 tests\n\ntest result: ok. 0 passed; 0 failed; "
                                    "0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n",
                                    NULL);
  g_assert_cmpuint (report->tests->len, ==, 0);
  g_assert_true (report->summary_ok);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/libtest-report/pass", test_pass);
  g_test_add_func ("/libtest-report/mixed", test_mixed);
  g_test_add_func ("/libtest-report/crashed", test_crashed);
  g_test_add_func ("/libtest-report/killed", test_killed);
  g_test_add_func ("/libtest-report/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/libtest-report/hostile-text", test_hostile_text);

  return g_test_run ();
}
