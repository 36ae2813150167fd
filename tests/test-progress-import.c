/* test-progress-import.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * Applying an import: unknown lessons, merge and replace.
 */

static void
test_import_unknown_ids (void)
{
  static const char * const known[] = { "ownership", "borrowing", NULL };
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) skipped = NULL;
  g_autoptr(GListModel) runs = NULL;
  TestClock clock = { T0 };
  CwProgressStore *source = store_open (other_dir, &clock);
  CwProgressStore *store;
  guint n_correct = 0;
  guint n_answered = 0;

  fill_store_more (source, &clock);
  g_assert_true (cw_progress_store_mark_opened (source, "removed-lesson", &error));
  json = cw_progress_store_export_json (source, &error);
  g_assert_no_error (error);
  store_close (source);

  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_import_json (store, json, -1, known, CW_IMPORT_REPLACE,
                                                &skipped, &error));
  g_assert_no_error (error);

  /* Reported once each, sorted; their rows skipped, the rest imported. */
  g_assert_cmpuint (g_strv_length (skipped), ==, 2);
  g_assert_cmpstr (skipped[0], ==, "removed-lesson");
  g_assert_cmpstr (skipped[1], ==, "traits");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "traits", NULL), ==,
                   CW_LESSON_NOT_STARTED);
  g_assert_false (cw_progress_store_get_review (store, "traits", NULL, NULL));
  g_assert_null (cw_progress_store_dup_note (store, "traits"));
  g_assert_true (cw_progress_store_get_accuracy (store, &n_correct, &n_answered));
  g_assert_cmpuint (n_answered, ==, 3);
  /* The last lesson was one of the unknown ones. */
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_null (last);
  /* Runs belong to no lesson. */
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);

  store_close (store);
}

static void
test_import_merge (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *note = NULL;
  g_autofree char *last = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(GListModel) runs = NULL;
  TestClock clock = { T0 };
  CwProgressStore *other = store_open (other_dir, &clock);
  CwProgressStore *store;
  guint n_correct = 0;
  guint n_answered = 0;

  /* The other machine: "ownership" learned at T0 + 1 h, a note on "traits" at T0 + 2 h,
   * "borrowing" opened at T0 + 3 h. */
  clock.now = T0 + HOUR;
  g_assert_true (cw_progress_store_set_learned (other, "ownership", TRUE, &error));
  g_assert_true (cw_progress_store_record_answer (other, "ownership", 0, 1, TRUE, &error));
  clock.now = T0 + 2 * HOUR;
  g_assert_true (cw_progress_store_set_note (other, "traits", "theirs", &error));
  g_assert_true (cw_progress_store_set_note (other, "ownership", "theirs, older", &error));
  clock.now = T0 + 3 * HOUR;
  g_assert_true (cw_progress_store_mark_opened (other, "borrowing", &error));
  g_assert_true (cw_progress_store_add_fib_run (other, 30, "naive", 5, "832040", &error));
  json = cw_progress_store_export_json (other, &error);
  g_assert_no_error (error);
  store_close (other);

  /* This machine: "ownership" opened at T0 (older than theirs), "traits" learned at
   * T0 + 4 h (newer than theirs), a newer note on "ownership", its own last lesson. */
  store = store_open (dir, &clock);
  clock.now = T0;
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", &error));
  g_assert_true (cw_progress_store_record_answer (store, "ownership", 1, 0, FALSE, &error));
  clock.now = T0 + 4 * HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "traits", TRUE, &error));
  g_assert_true (cw_progress_store_set_note (store, "ownership", "mine, newer", &error));
  g_assert_true (cw_progress_store_mark_opened (store, "traits", &error));
  g_assert_no_error (error);

  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);

  /* The state changed last wins, with its schedule. */
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpuint (review_box (store, "ownership", NULL), ==, 1);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "traits", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "borrowing", NULL), ==,
                   CW_LESSON_IN_PROGRESS);
  /* So does the note changed last. */
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "mine, newer");
  g_clear_pointer (&note, g_free);
  note = cw_progress_store_dup_note (store, "traits");
  g_assert_cmpstr (note, ==, "theirs");
  /* Answers and runs add up; the last lesson stays. */
  g_assert_true (cw_progress_store_get_accuracy (store, &n_correct, &n_answered));
  g_assert_cmpuint (n_correct, ==, 1);
  g_assert_cmpuint (n_answered, ==, 2);
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 1);
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "traits");

  /* Merging the same file again changes nothing. */
  once = export_without_time (store);
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);
  twice = export_without_time (store);
  g_assert_cmpstr (twice, ==, once);

  store_close (store);
}

static void
test_import_replace (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GListModel) runs = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 30, "naive", 5, "832040", &error));

  json = g_strdup (DOC_HEAD "\"last_lesson\": \"a\", \"lessons\": [" LESSON_OK "],"
                   " \"reviews\": [{\"lesson\": \"a\", \"box\": 4,"
                   " \"due_at\": \"2024-03-09T10:00:00.5+01:00\","
                   " \"reviewed_at\": \"2024-03-01T11:30:00Z\"}]}");
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);

  /* Only what the document has. */
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_NOT_STARTED);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "a", NULL), ==, CW_LESSON_LEARNED);
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 0);
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "a");
  {
    gint64 due_at = 0;

    g_assert_cmpuint (review_box (store, "a", &due_at), ==, 4);
    g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1709974800500000));   /* 09:00:00.5Z */
  }

  store_close (store);
}


/* A merge moves each exercise's fields only the way the store does: the most attempts, the
 * first pass kept (and the earliest one), the most hints, a revealed solution stays, the
 * draft saved last wins. Unknown exercise ids are kept: they are not lesson ids. */
static void
test_import_merge_exercises (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_auto(GStrv) skipped = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  const char *known[] = { "ownership", NULL };
  TestClock clock = { T0 };
  CwProgressStore *other = store_open (other_dir, &clock);
  CwProgressStore *store;
  guint i;

  /* The other machine: "a" failed 5 times, 3 hints, draft at T0 + 2 h; "b" passed at
   * T0 + 1 h, its draft at T0 + 1 h; "c" only there. */
  clock.now = T0 + HOUR;
  g_assert_true (cw_progress_store_record_attempt (other, "b", TRUE, &error));
  g_assert_true (cw_progress_store_save_draft (other, "b", "theirs, older", &error));
  clock.now = T0 + 2 * HOUR;
  for (i = 0; i < 5; i++)
    g_assert_true (cw_progress_store_record_attempt (other, "a", FALSE, &error));
  g_assert_true (cw_progress_store_record_hints_shown (other, "a", 3, &error));
  g_assert_true (cw_progress_store_save_draft (other, "a", "theirs, newer", &error));
  g_assert_true (cw_progress_store_save_draft (other, "c", "only theirs", &error));
  g_assert_no_error (error);
  json = cw_progress_store_export_json (other, &error);
  g_assert_no_error (error);
  store_close (other);

  /* This machine: "a" passed at T0 (2 attempts), solution revealed, draft at T0; "b"
   * attempted once, draft at T0 + 3 h. */
  store = store_open (dir, &clock);
  clock.now = T0;
  g_assert_true (cw_progress_store_record_attempt (store, "a", FALSE, &error));
  g_assert_true (cw_progress_store_record_attempt (store, "a", TRUE, &error));
  g_assert_true (cw_progress_store_reveal_solution (store, "a", &error));
  g_assert_true (cw_progress_store_save_draft (store, "a", "mine, older", &error));
  clock.now = T0 + 3 * HOUR;
  g_assert_true (cw_progress_store_record_attempt (store, "b", FALSE, &error));
  g_assert_true (cw_progress_store_save_draft (store, "b", "mine, newer", &error));
  g_assert_no_error (error);

  g_assert_true (cw_progress_store_import_json (store, json, -1, known, CW_IMPORT_MERGE,
                                                &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (skipped), ==, 0);

  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpint (progress->first_passed_at, ==, T0 / G_USEC_PER_SEC);
  g_assert_cmpuint (progress->attempts, ==, 5);
  g_assert_cmpuint (progress->hints_shown, ==, 3);
  g_assert_true (progress->solution_revealed);
  g_assert_cmpstr (progress->draft, ==, "theirs, newer");
  g_assert_cmpint (progress->draft_saved_at, ==, (T0 + 2 * HOUR) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  progress = cw_progress_store_get_exercise (store, "b", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpint (progress->first_passed_at, ==, (T0 + HOUR) / G_USEC_PER_SEC);
  g_assert_cmpuint (progress->attempts, ==, 1);
  g_assert_false (progress->solution_revealed);
  g_assert_cmpstr (progress->draft, ==, "mine, newer");
  g_assert_cmpint (progress->draft_saved_at, ==, (T0 + 3 * HOUR) / G_USEC_PER_SEC);
  g_clear_pointer (&progress, cw_exercise_progress_free);

  progress = cw_progress_store_get_exercise (store, "c", &error);
  g_assert_cmpstr (progress->draft, ==, "only theirs");
  g_clear_pointer (&progress, cw_exercise_progress_free);

  /* Merging the same file again changes nothing. */
  once = export_without_time (store);
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);
  twice = export_without_time (store);
  g_assert_cmpstr (twice, ==, once);

  /* Replace: the document's exercises, and only those. */
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  progress = cw_progress_store_get_exercise (store, "a", &error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_ATTEMPTED);
  g_assert_false (progress->solution_revealed);
  g_assert_cmpstr (progress->draft, ==, "theirs, newer");

  store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-import/import/unknown-ids", test_import_unknown_ids);
  g_test_add_func ("/progress-import/import/merge", test_import_merge);
  g_test_add_func ("/progress-import/import/replace", test_import_replace);
  g_test_add_func ("/progress-import/import/merge-exercises", test_import_merge_exercises);

  return g_test_run ();
}
