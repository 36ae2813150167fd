/* test-progress-backup.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cw-progress-store.h"
#include "fault-vfs.h"
#include "progress-test-utils.h"

/*
 * Backups and restoring one, on the calling thread and off the main thread.
 */

static GPtrArray *
backups_list (CwProgressStore *store)
{
  GPtrArray *backups = cw_progress_store_list_backups (store);

  g_assert_nonnull (backups);
  return backups;
}

static char *
backup_name (GPtrArray *backups,
             guint      i)
{
  return g_path_get_basename (cw_backup_get_path (g_ptr_array_index (backups, i)));
}

static void
assert_no_temp_files (const char *dir)
{
  g_autofree char *backup_dir = g_build_filename (dir, "backups", NULL);
  g_auto(GStrv) names = dir_list (backup_dir);
  guint i;

  for (i = 0; names[i] != NULL; i++)
    {
      g_assert_true (g_str_has_suffix (names[i], ".sqlite3"));
      g_assert_null (strstr (names[i], ".tmp"));
    }
}

static void
test_backup_daily (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *name = NULL;
  g_autofree char *mode = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwBackup *backup;
  sqlite3 *db;

  fill_store (store, &clock);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  g_assert_no_error (error);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);
  name = backup_name (backups, 0);
  g_assert_cmpstr (name, ==, "progress-20240301T120200Z.sqlite3");
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpint (g_date_time_to_unix (cw_backup_get_date (backup)), ==,
                   (T0 + 120 * G_USEC_PER_SEC) / G_USEC_PER_SEC);

  /* One self-contained, verified file with the progress in it. */
  db = db_open (cw_backup_get_path (backup));
  mode = db_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_cmpint (db_query_int (db, "PRAGMA user_version"), ==, CW_PROGRESS_SCHEMA_VERSION);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM lessons"), ==, 2);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM answers"), ==, 3);
  sqlite3_close (db);
  assert_no_temp_files (dir);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Later the same day: nothing. */
  clock.now = T0 + 11 * HOUR;
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* The next day: a second one, listed first. */
  clock.now = T0 + 12 * HOUR + 30 * MINUTE;
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  g_assert_no_error (error);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 2);
  g_clear_pointer (&name, g_free);
  name = backup_name (backups, 0);
  g_assert_cmpstr (name, ==, "progress-20240302T003000Z.sqlite3");
  g_clear_pointer (&name, g_free);
  name = backup_name (backups, 1);
  g_assert_cmpstr (name, ==, "progress-20240301T120200Z.sqlite3");

  store_close (store);
}

static void
test_backup_keep_seven (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint i;

  for (i = 0; i < 10; i++)
    {
      clock.now = T0 + i * DAY;
      g_assert_true (cw_progress_store_record_answer (store, "ownership", i, 0, TRUE, &error));
      g_assert_true (cw_progress_store_maybe_backup (store, &error));
      g_assert_no_error (error);
    }

  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, CW_PROGRESS_N_BACKUPS);
  for (i = 0; i < backups->len; i++)
    {
      CwBackup *backup = g_ptr_array_index (backups, i);
      sqlite3 *db;

      /* Newest first: days 10, 9, … 4, each with that day's answers. */
      g_assert_cmpint (g_date_time_to_unix (cw_backup_get_date (backup)), ==,
                       (T0 + (9 - i) * DAY) / G_USEC_PER_SEC);
      db = db_open (cw_backup_get_path (backup));
      g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM answers"), ==, 10 - i);
      sqlite3_close (db);
    }

  store_close (store);
}

static void
corrupt_copy (const char *temp_path,
              gpointer    user_data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize i;

  g_assert_true (g_str_has_suffix (temp_path, ".sqlite3.tmp"));
  g_assert_true (g_file_get_contents (temp_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  for (i = 4096; i < length; i++)
    contents[i] = (char) g_test_rand_int_range (0, 256);
  file_write (temp_path, contents, length);
  (*(guint *) user_data)++;
}

static void
test_backup_verify_failure (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *backup_dir = g_build_filename (dir, "backups", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint n_corrupted = 0;
  guint i;

  /* Seven good backups. */
  for (i = 0; i < CW_PROGRESS_N_BACKUPS; i++)
    {
      clock.now = T0 + i * DAY;
      g_assert_true (cw_progress_store_record_answer (store, "ownership", i, 0, TRUE, &error));
      g_assert_true (cw_progress_store_maybe_backup (store, &error));
      g_assert_no_error (error);
    }
  before = dir_list (backup_dir);
  g_assert_cmpuint (g_strv_length (before), ==, CW_PROGRESS_N_BACKUPS);
  backups = backups_list (store);
  for (i = 0; i < backups->len; i++)
    g_ptr_array_add (contents, file_bytes (cw_backup_get_path (g_ptr_array_index (backups, i))));

  /* The eighth copy is damaged before it is verified: it never replaces or pushes out a good
   * one, and no temporary file is left. */
  clock.now = T0 + 7 * DAY;
  cw_progress_store_set_backup_hook (store, corrupt_copy, &n_corrupted);
  g_assert_false (cw_progress_store_maybe_backup (store, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_BACKUP);
  g_assert_nonnull (strstr (error->message, "did not verify"));
  g_clear_error (&error);
  g_assert_cmpuint (n_corrupted, ==, 1);

  after = dir_list (backup_dir);
  g_assert_cmpstrv (after, before);
  for (i = 0; i < backups->len; i++)
    {
      g_autoptr(GBytes) now = file_bytes (cw_backup_get_path (g_ptr_array_index (backups, i)));

      g_assert_true (g_bytes_equal (now, g_ptr_array_index (contents, i)));
    }

  /* The live progress is untouched; with the disk well again, the same day's backup works. */
  g_assert_true (cw_progress_store_get_can_save (store));
  cw_progress_store_set_backup_hook (store, NULL, NULL);
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, CW_PROGRESS_N_BACKUPS);
  g_assert_cmpint (g_date_time_to_unix (cw_backup_get_date (g_ptr_array_index (backups, 0))), ==,
                   (T0 + 7 * DAY) / G_USEC_PER_SEC);

  store_close (store);
}

static void
test_backup_restore (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *state_a = NULL;
  g_autofree char *state_b = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *backup_a = NULL;
  g_autofree char *mode = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwBackup *backup;
  sqlite3 *db;

  fill_store (store, &clock);
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  state_a = export_without_time (store);
  backups = backups_list (store);
  backup_a = g_strdup (cw_backup_get_path (g_ptr_array_index (backups, 0)));
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* The next day, more progress. */
  clock.now += DAY;
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  g_assert_true (cw_progress_store_set_note (store, "ownership", "changed", &error));
  g_assert_no_error (error);
  state_b = export_without_time (store);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (cw_progress_store_restore_backup (store, backup_a, &error));
  g_assert_no_error (error);
  assert_log (log, "all:-");
  restored = export_without_time (store);
  g_assert_cmpstr (restored, ==, state_a);
  g_clear_pointer (&restored, g_free);

  /* The progress from before the restore was saved as a backup first. */
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (cw_backup_get_path (g_ptr_array_index (backups, 1)), ==, backup_a);

  /* The live file is still in WAL mode and sound, and keeps working. */
  db = db_open (path);
  mode = db_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_clear_pointer (&mode, g_free);
  mode = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (mode, ==, "ok");
  sqlite3_close (db);
  g_assert_true (cw_progress_store_record_answer (store, "x", 0, 0, TRUE, &error));
  g_assert_no_error (error);

  /* And that backup brings state B back. */
  backup = g_ptr_array_index (backups, 0);
  g_assert_true (cw_progress_store_restore_backup (store, cw_backup_get_path (backup), &error));
  g_assert_no_error (error);
  restored = export_without_time (store);
  g_assert_cmpstr (restored, ==, state_b);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 3);
  store_close (store);

  /* It lasts. */
  store = store_open (dir, &clock);
  g_clear_pointer (&restored, g_free);
  restored = export_without_time (store);
  g_assert_cmpstr (restored, ==, state_b);
  store_close (store);
}

static void
test_backup_restore_refused (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *bogus = g_build_filename (other, "bogus.sqlite3", NULL);
  g_autofree char *damaged = g_build_filename (other, "damaged.sqlite3", NULL);
  g_autofree char *newer = g_build_filename (other, "progress.sqlite3", NULL);
  g_autofree char *missing = g_build_filename (other, "missing.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint n = 0;

  fill_store (store, &clock);
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  backups = backups_list (store);
  before = export_without_time (store);

  write_newer (other, FALSE);
  file_write (bogus, "SQLite format 3 and then nothing useful", 40);
  {
    g_autoptr(GBytes) good = file_bytes (cw_backup_get_path (g_ptr_array_index (backups, 0)));

    g_autofree char *temp = g_strconcat (damaged, ".sqlite3.tmp", NULL);

    /* A real backup, damaged after it was made. */
    file_write (temp, g_bytes_get_data (good, NULL), g_bytes_get_size (good));
    corrupt_copy (temp, &n);
    g_assert_cmpint (g_rename (temp, damaged), ==, 0);
  }

  g_assert_false (cw_progress_store_restore_backup (store, missing, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_BACKUP);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_restore_backup (store, bogus, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_BACKUP);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_restore_backup (store, damaged, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_BACKUP);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_restore_backup (store, newer, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  /* Nothing changed, and no backup was made for any of them. */
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);

  store_close (store);
}

static void
test_backup_restore_old_version (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *old_dir = g_build_filename (g_get_user_data_dir (), "old", NULL);
  g_autofree char *old = progress_path (old_dir);
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  /* A backup from before an upgrade is migrated as it is restored. */
  load_fixture (old_dir, "progress-v1.sql");
  g_assert_true (cw_progress_store_set_learned (store, "mine", TRUE, &error));
  g_assert_true (cw_progress_store_restore_backup (store, old, &error));
  g_assert_no_error (error);
  assert_fixture_v1_data (store, &clock);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "mine", NULL), ==,
                   CW_LESSON_NOT_STARTED);
  store_close (store);
  assert_schema_current (dir);
}

static GThread *main_thread;

static void
record_thread (const char *temp_path,
               gpointer    user_data)
{
  *(GThread **) user_data = g_thread_self ();
}

static void
on_changed_in_main (CwProgressStore *store,
                    const char      *lesson_id,
                    GPtrArray       *log)
{
  g_assert_true (g_thread_self () == main_thread);
  on_changed (store, lesson_id, log);
}

static void
on_notify_in_main (GObject    *object,
                   GParamSpec *pspec,
                   guint      *count)
{
  g_assert_true (g_thread_self () == main_thread);
  (*count)++;
}

static gboolean
backup_async (CwProgressStore  *store,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_maybe_backup_async (store, cancellable, on_async_done, &result);
  g_assert_null (result);
  return cw_progress_store_maybe_backup_finish (store, wait_for_result (&result), error);
}

static gboolean
restore_async (CwProgressStore  *store,
               const char       *path,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_restore_backup_async (store, path, cancellable, on_async_done, &result);
  g_assert_null (result);
  return cw_progress_store_restore_backup_finish (store, wait_for_result (&result), error);
}

static void
test_backup_async (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state_a = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *backup_a = NULL;
  GThread *hook_thread = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint notified = 0;

  main_thread = g_thread_self ();
  fill_store (store, &clock);
  state_a = export_without_time (store);
  cw_progress_store_set_backup_hook (store, record_thread, &hook_thread);

  /* The copy is made and checked on a worker; the same day, nothing more. */
  g_assert_true (backup_async (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (hook_thread);
  g_assert_true (hook_thread != main_thread);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);
  backup_a = g_strdup (cw_backup_get_path (g_ptr_array_index (backups, 0)));
  g_clear_pointer (&backups, g_ptr_array_unref);
  g_assert_true (backup_async (store, NULL, &error));
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);
  assert_no_temp_files (dir);

  /* The synchronous backup runs the same job on the calling thread. */
  clock.now += DAY;
  hook_thread = NULL;
  g_assert_true (cw_progress_store_maybe_backup (store, &error));
  g_assert_true (hook_thread == main_thread);
  cw_progress_store_set_backup_hook (store, NULL, NULL);

  /* A store that could not save: a restore off the main thread saves again, and says so
   * (can-save, then "changed") on the main thread. */
  g_assert_true (cw_progress_store_set_note (store, "ownership", "changed", &error));
  fault.wal_write_rc = SQLITE_FULL;
  fault.remaining = -1;
  g_assert_false (cw_progress_store_set_note (store, "ownership", "lost", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  fault_reset ();
  g_assert_false (cw_progress_store_get_can_save (store));
  g_signal_connect (store, "changed", G_CALLBACK (on_changed_in_main), log);
  g_signal_connect (store, "notify::can-save", G_CALLBACK (on_notify_in_main), &notified);

  g_assert_true (restore_async (store, backup_a, NULL, &error));
  g_assert_no_error (error);
  assert_log (log, "all:-");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (cw_progress_store_get_can_save (store));
  restored = export_without_time (store);
  g_assert_cmpstr (restored, ==, state_a);

  /* The progress it replaced was saved first. */
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 3);
  store_close (store);
}

/* Cancelled, refused or impossible: nothing changes and nothing is emitted. */
static void
test_backup_async_refused_and_cancelled (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite3", NULL);
  g_autofree char *read_only_dir = g_build_filename (g_get_user_data_dir (), "ro", NULL);
  g_autofree char *folder = progress_path (read_only_dir);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backup = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *read_only;

  fill_store (store, &clock);
  before = export_without_time (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  /* Cancelled before its copy is put in place: no backup, no temporary file. */
  g_cancellable_cancel (cancellable);
  g_assert_false (backup_async (store, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);
  assert_no_temp_files (dir);

  /* A restore cancelled before it writes: the progress and the backups as they were. */
  g_assert_true (backup_async (store, NULL, &error));
  backups = backups_list (store);
  backup = g_strdup (cw_backup_get_path (g_ptr_array_index (backups, 0)));
  g_clear_pointer (&backups, g_ptr_array_unref);
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  g_clear_pointer (&before, g_free);
  before = export_without_time (store);
  g_ptr_array_set_size (log, 0);
  g_assert_false (restore_async (store, backup, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  backups = backups_list (store);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Refused: a backup that is not there. */
  g_assert_false (restore_async (store, missing, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_BACKUP);
  g_clear_error (&error);

  assert_log (log, "");
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (cw_progress_store_get_can_save (store));
  store_close (store);

  /* A store that cannot write says so before any work starts. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  read_only = cw_progress_store_new (read_only_dir, &error);
  g_assert_no_error (error);
  g_assert_false (backup_async (read_only, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  g_assert_false (restore_async (read_only, backup, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  store_close (read_only);
}


int
main (int   argc,
      char *argv[])
{
  fault_vfs_install ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-backup/backup/daily", test_backup_daily);
  g_test_add_func ("/progress-backup/backup/keep-seven", test_backup_keep_seven);
  g_test_add_func ("/progress-backup/backup/verify-failure", test_backup_verify_failure);
  g_test_add_func ("/progress-backup/backup/restore", test_backup_restore);
  g_test_add_func ("/progress-backup/backup/restore-refused", test_backup_restore_refused);
  g_test_add_func ("/progress-backup/backup/restore-old-version", test_backup_restore_old_version);
  g_test_add_func ("/progress-backup/backup/async", test_backup_async);
  g_test_add_func ("/progress-backup/backup/async-refused-and-cancelled",
                   test_backup_async_refused_and_cancelled);

  return g_test_run ();
}
