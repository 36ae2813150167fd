/* test-cc-main.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include "cc-test-fixture.h"

/* The command (cc-main.c): arguments, every problem in one run, and no output after a failure. */

/* Every problem is reported in one run, in a stable order, not just the first. */
static void
test_all_problems (Fixture       *fixture,
                   gconstpointer  data)
{
  if (skip_without_compiler ())
    return;

  edit_file (fixture, "basics/lesson.ini", "RustMode=doctest\n", "RustMode=x\n");
  edit_file (fixture, "basics/questions.ini", "Answer=2\n", "Answer=7\n");
  edit_file (fixture, "more/intro.md", "crabwise:lab", "crabwise:lesson/nope");

  assert_fails_with (fixture,
                     "$CONTENT/basics/lesson.ini:16: RustMode must be bin, lib, test or "
                     "doctest, not “x”\n"
                     "$CONTENT/basics/lesson.ini:17: CrateName is only for RustMode=lib or "
                     "doctest\n"
                     "$CONTENT/basics/questions.ini:7: Answer 7 is out of range: there are 3 "
                     "choices\n"
                     "$CONTENT/more/intro.md:1: bad link: link to unknown lesson “nope”\n");
}

/* A database from an earlier, successful run must not survive a failing one. */
static void
test_failure_removes_output (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *stderr_text = NULL;

  if (skip_without_compiler ())
    return;

  g_assert_cmpint (run_compiler (fixture, fixture->output, &stderr_text), ==, 0);
  g_assert_true (g_file_test (fixture->output, G_FILE_TEST_IS_REGULAR));

  edit_file (fixture, "basics/lesson.ini", "Title=Basics\n", "");
  assert_fails_with (fixture, "$CONTENT/basics/lesson.ini:1: missing key “Title” in group "
                              "[Lesson]\n");
}

static void
test_usage (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;

  if (skip_without_compiler ())
    return;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              get_compiler (), "--output", "x.sqlite3", NULL);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *second = g_build_filename (fixture->root, "second.sqlite3", NULL);
  g_autofree char *stderr_text = NULL;
  g_autofree char *stderr_text2 = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GMappedFile) file_a = NULL;
  g_autoptr(GMappedFile) file_b = NULL;

  if (skip_without_compiler ())
    return;

  g_assert_cmpint (run_compiler (fixture, fixture->output, &stderr_text), ==, 0);
  g_assert_cmpint (run_compiler (fixture, second, &stderr_text2), ==, 0);

  file_a = g_mapped_file_new (fixture->output, FALSE, NULL);
  file_b = g_mapped_file_new (second, FALSE, NULL);
  g_assert_nonnull (file_a);
  g_assert_nonnull (file_b);
  a = g_mapped_file_get_bytes (file_a);
  b = g_mapped_file_get_bytes (file_b);
  g_assert_true (g_bytes_equal (a, b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/content-compile/deterministic", Fixture, NULL,
              fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/content-compile/all-problems", Fixture, NULL,
              fixture_set_up, test_all_problems, fixture_tear_down);
  g_test_add ("/content-compile/failure-removes-output", Fixture, NULL,
              fixture_set_up, test_failure_removes_output, fixture_tear_down);
  g_test_add_func ("/content-compile/usage", test_usage);

  return g_test_run ();
}
