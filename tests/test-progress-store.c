/* test-progress-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * The GObject: a new store, closing it, what a closed store answers, what lasts.
 */

static void
test_open_new (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree char *mode = NULL;
  CwProgressStore *store;
  sqlite3 *db;

  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  store = store_open (dir, NULL);
  g_assert_cmpstr (cw_progress_store_get_path (store), ==, path);
  g_assert_cmpstr (cw_progress_store_get_data_dir (store), ==, dir);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_assert_true (file_exists (dir, "progress.sqlite3"));
  g_assert_true (file_exists (dir, "progress.running"));

  db = db_open (path);
  mode = db_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (db_query_int (db, "PRAGMA user_version"), ==, CW_PROGRESS_SCHEMA_VERSION);
  sqlite3_close (db);

  /* Closing twice is fine; a clean close leaves no marker and no log. */
  cw_progress_store_close (store);
  cw_progress_store_close (store);
  g_assert_false (file_exists (dir, "progress.running"));
  g_assert_false (file_exists (dir, "progress.sqlite3-wal"));
  g_assert_finalize_object (store);

  /* The last unref closes cleanly too. */
  store = store_open (dir, NULL);
  g_assert_true (file_exists (dir, "progress.running"));
  g_assert_finalize_object (store);
  g_assert_false (file_exists (dir, "progress.running"));
}

static void
test_persist (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GListModel) runs = NULL;
  g_autofree char *note = NULL;
  g_autofree char *last = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint choice = 0;
  gboolean correct = FALSE;

  fill_store (store, &clock);
  store_close (store);

  store = store_open (dir, &clock);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "borrowing", NULL), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_true (cw_progress_store_get_answer (store, "ownership", 1, &choice, &correct));
  g_assert_cmpuint (choice, ==, 2);
  g_assert_true (correct);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "One owner; “move” ends it.");
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "borrowing");
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 1);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);
  store_close (store);
}

static void
test_closed (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_auto(GStrv) due = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);
  cw_progress_store_close (store);

  /* Reads answer as for an empty store; writes fail. */
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_NOT_STARTED);
  g_assert_null (cw_progress_store_dup_note (store, "ownership"));
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 0);
  due = cw_progress_store_dup_due_lessons (store);
  g_assert_nonnull (due);
  g_assert_false (cw_progress_store_record_answer (store, "ownership", 0, 0, TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (cw_progress_store_export_json (store, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_maybe_backup (store, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  backups = cw_progress_store_list_backups (store);
  g_assert_cmpuint (backups->len, ==, 0);

  g_assert_finalize_object (store);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-store/open/new", test_open_new);
  g_test_add_func ("/progress-store/persist", test_persist);
  g_test_add_func ("/progress-store/closed", test_closed);

  return g_test_run ();
}
