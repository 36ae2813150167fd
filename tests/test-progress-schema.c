/* test-progress-schema.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * Migrations from every older version.
 */

static void
test_migrate_v1 (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = NULL;
  TestClock clock = { 0 };
  CwProgressStore *store;
  guint box = 0;
  gint64 due_at = 0;

  load_fixture (dir, "progress-v1.sql");
  store = store_open (dir, &clock);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  assert_fixture_v1_data (store, &clock);

  /* Version 1 had no schedule: a learned lesson starts in box 1, due a day after. */
  box = review_box (store, "ownership", &due_at);
  g_assert_cmpuint (box, ==, 1);
  g_assert_cmpint (due_at, ==, (G_GINT64_CONSTANT (1700003600) + 86400) * G_USEC_PER_SEC);
  g_assert_null (cw_progress_store_dup_note (store, "ownership"));
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 0);

  /* And it is a working store of the current version. */
  g_assert_true (cw_progress_store_set_note (store, "ownership", "new", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 1, "naive", 1, "1", &error));
  g_assert_no_error (error);
  store_close (store);
  assert_schema_current (dir);
}

static void
test_migrate_v2 (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *note = NULL;
  TestClock clock = { 0 };
  CwProgressStore *store;
  gint64 due_at = 0;

  load_fixture (dir, "progress-v2.sql");
  store = store_open (dir, &clock);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  assert_fixture_v1_data (store, &clock);

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "traits", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 2);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "A value has one owner; moving it ends the old binding.");
  g_clear_pointer (&note, g_free);
  note = cw_progress_store_dup_note (store, "borrowing");
  g_assert_cmpstr (note, ==, "Like passing a reference, but checked: one &mut or many &.");

  g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, 3);
  g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1700350000) * G_USEC_PER_SEC);
  g_assert_cmpuint (review_box (store, "traits", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1700088400) * G_USEC_PER_SEC);

  /* On 16 November (UTC) only "traits" is due; on 19 November both, most overdue first. */
  clock.now = G_GINT64_CONSTANT (1700136000) * G_USEC_PER_SEC;
  g_assert_true (is_due (store, "traits"));
  g_assert_false (is_due (store, "ownership"));
  clock.now = G_GINT64_CONSTANT (1700395200) * G_USEC_PER_SEC;
  {
    g_auto(GStrv) due = cw_progress_store_dup_due_lessons (store);

    g_assert_cmpuint (g_strv_length (due), ==, 2);
    g_assert_cmpstr (due[0], ==, "traits");
    g_assert_cmpstr (due[1], ==, "ownership");
  }

  store_close (store);
  assert_schema_current (dir);
}

/* Version 3 had no exercises: everything it had survives, and the new table works. */
static void
test_migrate_v3 (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *note = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(CwFibRun) run = NULL;
  g_autoptr(GHashTable) exercises = NULL;
  g_autoptr(CwExerciseProgress) progress = NULL;
  TestClock clock = { 0 };
  CwProgressStore *store;
  gint64 due_at = 0;

  load_fixture (dir, "progress-v3.sql");
  store = store_open (dir, &clock);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  assert_fixture_v1_data (store, &clock);

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "traits", NULL), ==,
                   CW_LESSON_LEARNED);
  note = cw_progress_store_dup_note (store, "borrowing");
  g_assert_cmpstr (note, ==, "Like passing a reference, but checked: one &mut or many &.");
  g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, 3);
  g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1700350000) * G_USEC_PER_SEC);

  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  run = g_list_model_get_item (runs, 0);
  g_assert_cmpuint (cw_fib_run_get_n (run), ==, 90);
  g_assert_cmpstr (cw_fib_run_get_value_preview (run), ==, "2880067194370816120");
  g_assert_cmpint (g_date_time_to_unix (cw_fib_run_get_date (run)), ==, 1700086700);

  exercises = cw_progress_store_list_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (exercises), ==, 0);

  /* And it is a working store of the current version, exercises included. */
  clock.now = G_GINT64_CONSTANT (1700090000) * G_USEC_PER_SEC;
  g_assert_true (cw_progress_store_record_attempt (store, "ownership-fix-move", TRUE, &error));
  g_assert_true (cw_progress_store_save_draft (store, "ownership-fix-move", "fn main() {}",
                                              &error));
  g_assert_no_error (error);
  store_close (store);
  assert_schema_current (dir);

  store = store_open (dir, &clock);
  progress = cw_progress_store_get_exercise (store, "ownership-fix-move", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpint (progress->first_passed_at, ==, 1700090000);
  g_assert_cmpstr (progress->draft, ==, "fn main() {}");
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 2);
  store_close (store);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-schema/migrate/v1", test_migrate_v1);
  g_test_add_func ("/progress-schema/migrate/v2", test_migrate_v2);
  g_test_add_func ("/progress-schema/migrate/v3", test_migrate_v3);

  return g_test_run ();
}
