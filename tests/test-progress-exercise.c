/* test-progress-exercise.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * The practice exercises in the progress store (cw-progress-exercise.c): every function,
 * a pass that is never lost, drafts (overwritten, unicode, 1 MiB, too long), hints that
 * never decrease, what survives a reopen, and a session that cannot save.
 */

static void
test_untouched (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  g_autoptr(GHashTable) all = NULL;
  const char *ids[] = { "ownership-fix-move", "borrowing-fix-append", NULL };
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  progress = cw_progress_store_get_exercise (store, "ownership-fix-move", &error);
  g_assert_no_error (error);
  g_assert_nonnull (progress);
  g_assert_cmpstr (progress->exercise_id, ==, "ownership-fix-move");
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  g_assert_cmpuint (progress->attempts, ==, 0);
  g_assert_cmpint (progress->first_passed_at, ==, 0);
  g_assert_cmpuint (progress->hints_shown, ==, 0);
  g_assert_false (progress->solution_revealed);
  g_assert_null (progress->draft);
  g_assert_cmpint (progress->draft_saved_at, ==, 0);

  all = cw_progress_store_list_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids), ==, 0);

  /* Nothing shown, nothing written: still no row. */
  g_assert_true (cw_progress_store_record_hints_shown (store, "ownership-fix-move", 0, &error));
  g_assert_no_error (error);
  g_clear_pointer (&all, g_hash_table_unref);
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);

  store_close (store);
}

static void
test_attempts_and_pass (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  const char *ids[] = { "a", "b", "c", "a", NULL };
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_true (cw_progress_store_record_attempt (store, "a", FALSE, &error));
  g_assert_no_error (error);
  assert_log (log, "exercises:a");
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_ATTEMPTED);
  g_assert_cmpuint (progress->attempts, ==, 1);
  g_assert_cmpint (progress->first_passed_at, ==, 0);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  clock.now += HOUR;
  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpuint (progress->attempts, ==, 2);
  g_assert_cmpint (progress->first_passed_at, ==, (T0 + HOUR) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  /* A pass is never lost: a later failure counts as an attempt, nothing more. */
  clock.now += HOUR;
  g_assert_true (cw_progress_store_record_attempt (store, "a", FALSE, &error));
  clock.now += HOUR;
  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_no_error (error);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpuint (progress->attempts, ==, 4);
  g_assert_cmpint (progress->first_passed_at, ==, (T0 + HOUR) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  assert_log (log, "exercises:a exercises:a exercises:a");

  g_assert_true (cw_progress_store_record_attempt (store, "b", FALSE, &error));
  g_assert_true (cw_progress_store_record_attempt (store, "c", TRUE, &error));
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids), ==, 3);
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids + 1), ==, 2);
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids + 4), ==, 0);

  /* And after a reopen. */
  store_close (store);
  store = store_open (dir, &clock);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpuint (progress->attempts, ==, 4);
  g_assert_cmpint (progress->first_passed_at, ==, (T0 + HOUR) / G_USEC_PER_SEC);
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids), ==, 3);
  store_close (store);
}

static void
test_drafts (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  g_autofree char *big = NULL;
  g_autofree char *too_big = NULL;
  const char *unicode = "fn main() {\n    // naïve — 日本語 🦀 \u00e9\u0301\n    let s = \"ß\";\n}\n";
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_true (cw_progress_store_save_draft (store, "a", "fn main() {}", &error));
  g_assert_no_error (error);
  assert_log (log, "drafts:a");
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpstr (progress->draft, ==, "fn main() {}");
  g_assert_cmpint (progress->draft_saved_at, ==, T0 / G_USEC_PER_SEC);
  /* A draft is not an attempt. */
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  /* Overwritten, with its time; the same text again writes nothing. */
  clock.now += MINUTE;
  g_assert_true (cw_progress_store_save_draft (store, "a", unicode, &error));
  clock.now += MINUTE;
  g_assert_true (cw_progress_store_save_draft (store, "a", unicode, &error));
  g_assert_no_error (error);
  assert_log (log, "drafts:a");
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpstr (progress->draft, ==, unicode);
  g_assert_cmpint (progress->draft_saved_at, ==, (T0 + MINUTE) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  /* An empty editor is a draft too; NULL forgets it. */
  g_assert_true (cw_progress_store_save_draft (store, "a", "", &error));
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpstr (progress->draft, ==, "");
  g_clear_pointer (&progress, cw_exercise_progress_free);
  g_assert_true (cw_progress_store_save_draft (store, "a", NULL, &error));
  g_assert_no_error (error);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_null (progress->draft);
  g_assert_cmpint (progress->draft_saved_at, ==, 0);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  assert_log (log, "drafts:a drafts:a");

  /* 1 MiB is kept byte for byte; beyond the limit it fails and keeps the old draft. */
  big = g_strnfill (1024 * 1024, 'x');
  memcpy (big, "// 🦀", strlen ("// 🦀"));
  g_assert_true (cw_progress_store_save_draft (store, "b", big, &error));
  g_assert_no_error (error);
  too_big = g_strnfill (CW_EXERCISE_MAX_DRAFT + 1, 'y');
  g_assert_false (cw_progress_store_save_draft (store, "b", too_big, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "draft"));
  g_clear_error (&error);
  g_assert_false (cw_progress_store_save_draft (store, "b", "\xff\xfe", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);

  store_close (store);
  store = store_open (dir, &clock);
  progress = cw_progress_store_get_exercise (store, "b", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (progress->draft), ==, 1024 * 1024);
  g_assert_cmpstr (progress->draft, ==, big);
  store_close (store);
}

static void
test_hints_and_solution (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_true (cw_progress_store_record_hints_shown (store, "a", 2, &error));
  g_assert_no_error (error);
  /* Never decreases. */
  g_assert_true (cw_progress_store_record_hints_shown (store, "a", 1, &error));
  g_assert_true (cw_progress_store_record_hints_shown (store, "a", 0, &error));
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpuint (progress->hints_shown, ==, 2);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  /* At most three. */
  g_assert_true (cw_progress_store_record_hints_shown (store, "a", 7, &error));
  g_assert_no_error (error);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpuint (progress->hints_shown, ==, 3);
  g_assert_false (progress->solution_revealed);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  assert_log (log, "exercises:a exercises:a");

  g_assert_true (cw_progress_store_reveal_solution (store, "a", &error));
  g_assert_true (cw_progress_store_reveal_solution (store, "a", &error));
  g_assert_no_error (error);
  assert_log (log, "exercises:a");
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_true (progress->solution_revealed);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  /* An attempt later does not hide it, nor forget the hints. */
  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_true (progress->solution_revealed);
  g_assert_cmpuint (progress->hints_shown, ==, 3);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);

  store_close (store);
}

static void
test_list (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) all = NULL;
  CwExerciseProgress *progress;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_true (cw_progress_store_save_draft (store, "b", "let x = 1;", &error));
  g_assert_true (cw_progress_store_reveal_solution (store, "c", &error));
  g_assert_no_error (error);

  all = cw_progress_store_list_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 3);
  progress = g_hash_table_lookup (all, "a");
  g_assert_cmpstr (progress->exercise_id, ==, "a");
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  progress = g_hash_table_lookup (all, "b");
  g_assert_cmpstr (progress->draft, ==, "let x = 1;");
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  progress = g_hash_table_lookup (all, "c");
  g_assert_true (progress->solution_revealed);
  g_assert_null (g_hash_table_lookup (all, "d"));

  /* A reset forgets them with the rest. */
  g_assert_true (cw_progress_store_reset (store, &error));
  g_clear_pointer (&all, g_hash_table_unref);
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);

  store_close (store);
}

static void
test_invalid_id (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_id = g_strnfill (300, 'a');
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_false (cw_progress_store_record_attempt (store, "", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_save_draft (store, long_id, "x", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_reveal_solution (store, "\xc3\x28", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);

  store_close (store);
}

/* Every write of a session that cannot save fails with CANNOT_SAVE and changes nothing,
 * and reads still work. */
static void
assert_cannot_save (CwProgressStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;

  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_false (cw_progress_store_save_draft (store, "new", "fn f() {}", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_record_attempt (store, "new", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_record_hints_shown (store, "new", 1, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_reveal_solution (store, "new", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);

  progress = cw_progress_store_get_exercise (store, "new", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  g_assert_null (progress->draft);
}

static void
test_read_only (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;

  /* A folder where the file should be: a session that cannot save, for root too. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  store = store_open (dir, &clock);
  assert_cannot_save (store);
  store_close (store);
  g_assert_cmpint (g_rmdir (path), ==, 0);

  if (getuid () == 0)
    {
      g_test_message ("root ignores a read-only folder: tested with a folder in its place only");
      return;
    }

  /* A read-only folder: the exercises already saved read back, nothing new is written. */
  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_true (cw_progress_store_save_draft (store, "a", "kept", &error));
  g_assert_no_error (error);
  store_close (store);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  store = store_open (dir, &clock);
  assert_cannot_save (store);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpstr (progress->draft, ==, "kept");
  g_assert_false (cw_progress_store_save_draft (store, "a", "lost", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_clear_pointer (&progress, cw_exercise_progress_free);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpstr (progress->draft, ==, "kept");
  store_close (store);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
}

/* A closed store reads as an empty one and refuses writes. */
static void
test_closed (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  g_autoptr(GHashTable) all = NULL;
  const char *ids[] = { "a", NULL };
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  cw_progress_store_close (store);

  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_NOT_STARTED);
  all = cw_progress_store_list_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 0);
  g_assert_cmpuint (cw_progress_store_count_passed (store, ids), ==, 0);
  g_assert_false (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-exercise/untouched", test_untouched);
  g_test_add_func ("/progress-exercise/attempts-and-pass", test_attempts_and_pass);
  g_test_add_func ("/progress-exercise/drafts", test_drafts);
  g_test_add_func ("/progress-exercise/hints-and-solution", test_hints_and_solution);
  g_test_add_func ("/progress-exercise/list", test_list);
  g_test_add_func ("/progress-exercise/invalid-id", test_invalid_id);
  g_test_add_func ("/progress-exercise/read-only", test_read_only);
  g_test_add_func ("/progress-exercise/closed", test_closed);

  return g_test_run ();
}
