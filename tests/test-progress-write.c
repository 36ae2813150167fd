/* test-progress-write.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cw-progress-store.h"
#include "fault-vfs.h"
#include "progress-test-utils.h"

/*
 * Writes and what they emit, the review schedule through the store, and saving when
 * the disk is full or reports errors (a pass-through SQLite VFS that fails on demand,
 * fault-vfs.c, and a real 256 KiB tmpfs when root).
 */

static void
test_lessons (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", &changed), ==,
                   CW_LESSON_NOT_STARTED);
  g_assert_null (changed);
  g_assert_null (cw_progress_store_dup_last_lesson (store));

  g_assert_true (cw_progress_store_mark_opened (store, "ownership", &error));
  g_assert_no_error (error);
  assert_log (log, "lesson:ownership");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", &changed), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_cmpint (g_date_time_to_unix (changed), ==, T0 / G_USEC_PER_SEC);
  g_clear_pointer (&changed, g_date_time_unref);
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "ownership");
  g_clear_pointer (&last, g_free);

  /* Opening again changes nothing but the last lesson, and says nothing. */
  clock.now += HOUR;
  g_assert_true (cw_progress_store_mark_opened (store, "borrowing", &error));
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", &error));
  assert_log (log, "lesson:borrowing");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", &changed), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_cmpint (g_date_time_to_unix (changed), ==, T0 / G_USEC_PER_SEC);
  g_clear_pointer (&changed, g_date_time_unref);
  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "ownership");

  clock.now += HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  assert_log (log, "lesson:ownership review:ownership");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", &changed), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpint (g_date_time_to_unix (changed), ==, (T0 + 2 * HOUR) / G_USEC_PER_SEC);
  g_clear_pointer (&changed, g_date_time_unref);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 1);

  /* Already learned: nothing to do. */
  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  assert_log (log, "");

  /* Undo. */
  clock.now += HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "ownership", FALSE, &error));
  assert_log (log, "lesson:ownership review:ownership");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);
  g_assert_true (cw_progress_store_set_learned (store, "ownership", FALSE, &error));
  g_assert_true (cw_progress_store_set_learned (store, "never-opened", FALSE, &error));
  assert_log (log, "");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "never-opened", NULL), ==,
                   CW_LESSON_NOT_STARTED);

  /* Learning a lesson never opened opens it too. */
  g_assert_true (cw_progress_store_set_learned (store, "traits", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "traits", NULL), ==,
                   CW_LESSON_LEARNED);

  /* A lesson id is required. */
  g_assert_false (cw_progress_store_mark_opened (store, "", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);

  store_close (store);
}

static void
test_answers (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint choice = 99;
  gboolean correct = TRUE;
  guint n_correct = 99;
  guint n_answered = 99;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_true (cw_progress_store_get_accuracy (store, &n_correct, &n_answered));
  g_assert_cmpuint (n_correct, ==, 0);
  g_assert_cmpuint (n_answered, ==, 0);
  g_assert_false (cw_progress_store_get_answer (store, "ownership", 0, &choice, &correct));

  g_assert_true (cw_progress_store_record_answer (store, "ownership", 0, 2, FALSE, &error));
  g_assert_no_error (error);
  assert_log (log, "answers:ownership");
  g_assert_true (cw_progress_store_get_answer (store, "ownership", 0, &choice, &correct));
  g_assert_cmpuint (choice, ==, 2);
  g_assert_false (correct);

  /* The latest answer counts for the question; every answer counts for accuracy. Two in the
   * same microsecond keep their order. */
  g_assert_true (cw_progress_store_record_answer (store, "ownership", 0, 1, TRUE, &error));
  g_assert_true (cw_progress_store_get_answer (store, "ownership", 0, &choice, &correct));
  g_assert_cmpuint (choice, ==, 1);
  g_assert_true (correct);
  g_assert_true (cw_progress_store_record_answer (store, "ownership", G_MAXUINT, G_MAXUINT, TRUE,
                                                  &error));
  g_assert_true (cw_progress_store_get_answer (store, "ownership", G_MAXUINT, &choice, NULL));
  g_assert_cmpuint (choice, ==, G_MAXUINT);
  g_assert_false (cw_progress_store_get_answer (store, "ownership", 1, NULL, NULL));
  g_assert_false (cw_progress_store_get_answer (store, "borrowing", 0, NULL, NULL));

  g_assert_true (cw_progress_store_get_accuracy (store, &n_correct, &n_answered));
  g_assert_cmpuint (n_correct, ==, 2);
  g_assert_cmpuint (n_answered, ==, 3);

  store_close (store);
}

static void
test_notes (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  g_assert_null (cw_progress_store_dup_note (store, "ownership"));
  g_assert_true (cw_progress_store_set_note (store, "ownership", "Moves are cheap. ✓", &error));
  g_assert_no_error (error);
  assert_log (log, "notes:ownership");
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "Moves are cheap. ✓");
  g_clear_pointer (&note, g_free);

  /* The same text again is no change. */
  g_assert_true (cw_progress_store_set_note (store, "ownership", "Moves are cheap. ✓", &error));
  assert_log (log, "");

  g_assert_true (cw_progress_store_set_note (store, "ownership", "Line 1\nLine 2", &error));
  assert_log (log, "notes:ownership");
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "Line 1\nLine 2");
  g_clear_pointer (&note, g_free);

  /* Empty or NULL deletes. */
  g_assert_true (cw_progress_store_set_note (store, "ownership", "", &error));
  assert_log (log, "notes:ownership");
  g_assert_null (cw_progress_store_dup_note (store, "ownership"));
  g_assert_true (cw_progress_store_set_note (store, "ownership", NULL, &error));
  assert_log (log, "");
  g_assert_no_error (error);

  store_close (store);
}

static void
test_fib_runs (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFibRun) run = NULL;
  g_autoptr(GDateTime) date = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 0);
  g_clear_object (&runs);

  g_assert_true (cw_progress_store_add_fib_run (store, 40, "naive", 140000000, "102334155",
                                                &error));
  g_assert_no_error (error);
  assert_log (log, "fib-runs:-");
  clock.now += 1;
  g_assert_true (cw_progress_store_add_fib_run (store, 93, "doubling", 120, "1220016041…",
                                                &error));
  clock.now += G_USEC_PER_SEC;
  g_assert_true (cw_progress_store_add_fib_run (store, 1000000, "exact", G_MAXUINT64, "1953282…",
                                                &error));
  g_assert_no_error (error);

  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 3);
  g_assert_true (g_list_model_get_item_type (runs) == CW_TYPE_FIB_RUN);
  run = g_list_model_get_item (runs, 0);
  g_assert_cmpuint (cw_fib_run_get_n (run), ==, 1000000);
  g_assert_cmpstr (cw_fib_run_get_algorithm (run), ==, "exact");
  g_assert_cmpuint (cw_fib_run_get_elapsed_ns (run), ==, G_MAXINT64);
  g_assert_cmpstr (cw_fib_run_get_value_preview (run), ==, "1953282…");
  g_assert_cmpint (g_date_time_to_unix (cw_fib_run_get_date (run)), ==,
                   (T0 + 1 + G_USEC_PER_SEC) / G_USEC_PER_SEC);
  g_clear_object (&run);
  run = g_list_model_get_item (runs, 2);
  g_assert_cmpuint (cw_fib_run_get_n (run), ==, 40);
  g_assert_cmpuint (cw_fib_run_get_elapsed_ns (run), ==, 140000000);
  g_assert_cmpint (g_date_time_get_utc_offset (cw_fib_run_get_date (run)), ==, 0);
  g_clear_object (&run);
  g_clear_object (&runs);

  /* Newest first, limited; dates in the store's time zone. */
  if (tokyo != NULL)
    cw_progress_store_set_timezone (store, tokyo);
  runs = cw_progress_store_list_fib_runs (store, 2);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  run = g_list_model_get_item (runs, 1);
  g_assert_cmpuint (cw_fib_run_get_n (run), ==, 93);
  g_object_get (run, "date", &date, NULL);
  g_assert_cmpint (g_date_time_get_microsecond (date), ==, 1);
  if (tokyo != NULL)
    g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 9 * HOUR);

  store_close (store);
}

static void
test_leitner (void)
{
  static const int intervals[] = { 1, 2, 4, 8, 16, 16 };
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) due = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gint64 due_at = 0;
  guint i;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  /* Only learned lessons are reviewed. */
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", &error));
  g_assert_false (cw_progress_store_get_review (store, "ownership", NULL, NULL));
  g_assert_false (cw_progress_store_record_review (store, "ownership", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NOT_IN_REVIEW);
  g_clear_error (&error);
  g_ptr_array_set_size (log, 0);

  /* Learning: box 1, due tomorrow — not today. */
  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, T0 + DAY);
  g_assert_false (is_due (store, "ownership"));
  clock.now = T0 + 11 * HOUR + 59 * MINUTE;   /* 23:59 the same day */
  g_assert_false (is_due (store, "ownership"));
  clock.now = T0 + 12 * HOUR;                              /* 00:00 the next day */
  g_assert_true (is_due (store, "ownership"));

  /* Each correct review moves it up a box: 1, 2, 4, 8, 16 days, and 16 stays 16. */
  for (i = 0; i < G_N_ELEMENTS (intervals) - 1; i++)
    {
      g_assert_true (cw_progress_store_record_review (store, "ownership", TRUE, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, MIN (i + 2, 5));
      g_assert_cmpint (due_at, ==, clock.now + intervals[i + 1] * DAY);
      g_assert_false (is_due (store, "ownership"));
      clock.now += (intervals[i + 1] - 1) * DAY;
      g_assert_false (is_due (store, "ownership"));
      clock.now += DAY;
      g_assert_true (is_due (store, "ownership"));
    }
  assert_log (log, "lesson:ownership review:ownership review:ownership review:ownership "
                   "review:ownership review:ownership review:ownership");

  /* A wrong answer sends it back to box 1: due again tomorrow. */
  g_assert_true (cw_progress_store_record_review (store, "ownership", FALSE, &error));
  g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, clock.now + DAY);
  g_assert_true (cw_progress_store_record_review (store, "ownership", TRUE, &error));
  g_assert_cmpuint (review_box (store, "ownership", NULL), ==, 2);

  /* Most overdue first. */
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  clock.now += HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "traits", TRUE, &error));
  clock.now += 3 * DAY;
  due = cw_progress_store_dup_due_lessons (store);
  g_assert_cmpuint (g_strv_length (due), ==, 3);
  g_assert_cmpstr (due[0], ==, "borrowing");
  g_assert_cmpstr (due[1], ==, "traits");
  g_assert_cmpstr (due[2], ==, "ownership");
  g_clear_pointer (&due, g_strfreev);

  /* Un-learning takes it out of review. */
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", FALSE, &error));
  g_assert_false (cw_progress_store_get_review (store, "borrowing", NULL, NULL));
  g_assert_false (is_due (store, "borrowing"));
  g_assert_false (cw_progress_store_record_review (store, "borrowing", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NOT_IN_REVIEW);

  store_close (store);
}

static void
test_leitner_time_zone (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GError) error = NULL;
  TestClock clock = { 0 };
  CwProgressStore *store;
  gint64 due_at = 0;

  if (new_york == NULL)
    {
      g_test_skip ("No time zone data for America/New_York");
      return;
    }

  store = store_open (dir, &clock);
  cw_progress_store_set_timezone (store, new_york);

  /* Learned at 22:00 on Saturday 9 March 2024 in New York (03:00 UTC on the 10th); the
   * clocks go forward that night, so the 10th has 23 hours. Due on the 10th there — from
   * 00:00 EST, which is 05:00 UTC — and next due at 22:00 EDT, 23 hours later. */
  clock.now = G_GINT64_CONSTANT (1710039600) * G_USEC_PER_SEC;   /* 2024-03-10T03:00:00Z */
  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  g_assert_cmpuint (review_box (store, "ownership", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, clock.now + 23 * HOUR);
  clock.now = G_GINT64_CONSTANT (1710046740) * G_USEC_PER_SEC;   /* 23:59 EST on the 9th */
  g_assert_false (is_due (store, "ownership"));
  clock.now = G_GINT64_CONSTANT (1710046800) * G_USEC_PER_SEC;   /* 00:00 EST on the 10th */
  g_assert_true (is_due (store, "ownership"));

  store_close (store);
}

static gboolean
run_command (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s %s", argv[0], error->message, err != NULL ? err : "");
      return FALSE;
    }

  return TRUE;
}

/* In a child (g_test_trap_subprocess), so that the parent unmounts whatever happens. */
static void
disk_full_body (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autofree char *path = progress_path (dir);
  g_autofree char *text = g_strnfill (1000, 'n');
  g_autofree char *zeros = g_malloc0 (32 * 1024);
  g_autofree char *check = NULL;
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint notified = 0;
  guint saved;
  guint i;
  sqlite3 *db;

  g_signal_connect (store, "notify::can-save", G_CALLBACK (on_notify), &notified);
  file_write (filler, zeros, 32 * 1024);

  for (saved = 0; saved < 1000; saved++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", saved);
      g_autofree char *note = g_strdup_printf ("%u %s", saved, text);

      if (!cw_progress_store_set_note (store, lesson, note, &error))
        break;
    }
  g_test_message ("%u notes saved before the disk was full", saved);
  g_assert_cmpuint (saved, >=, 3);
  g_assert_cmpuint (saved, <, 1000);
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  g_clear_error (&error);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 1);

  /* Earlier progress intact, the failed write absent: nothing partial. */
  for (i = 0; i <= saved; i++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", i);
      g_autofree char *note = cw_progress_store_dup_note (store, lesson);

      if (i < saved)
        g_assert_true (note != NULL && g_str_has_suffix (note, text) &&
                       (guint) atoi (note) == i);
      else
        g_assert_null (note);
    }
  store_close (store);

  /* Reopened while the disk is still full: all there. */
  store = store_open (dir, &clock);
  for (i = 0; i <= saved; i++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", i);
      g_autofree char *note = cw_progress_store_dup_note (store, lesson);

      g_assert_true (i < saved ? note != NULL : note == NULL);
    }
  store_close (store);

  /* Space freed: saving works again, and the file is sound. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_set_note (store, "after", "freed", &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  store_close (store);

  db = db_open (path);
  check = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM notes"), ==, saved + 1);
  sqlite3_close (db);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = NULL;
  gboolean passed;

  if (g_test_subprocess ())
    {
      disk_full_body (g_getenv ("CW_TEST_TMPFS"));
      return;
    }

  if (getuid () != 0)
    {
      g_test_skip ("Not root: cannot mount a small tmpfs to fill up");
      return;
    }

  dir = g_build_filename (g_get_user_data_dir (), "tmpfs", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  {
    const char * const mount[] = { "mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir, NULL };

    if (!run_command (mount))
      {
        g_test_skip ("Could not mount a tmpfs");
        return;
      }
  }

  g_setenv ("CW_TEST_TMPFS", dir, TRUE);
  g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
  passed = g_test_trap_has_passed ();
  g_unsetenv ("CW_TEST_TMPFS");

  {
    const char * const umount[] = { "umount", dir, NULL };

    g_assert_true (run_command (umount));
  }

  g_test_trap_assert_passed ();
  g_assert_true (passed);
}

/* The write-ahead log used to grow to 4 MiB (SQLite's default checkpoint at 1,000 pages)
 * before it was ever checkpointed: on a small disk it filled the disk after ~20 writes. */
static void
test_wal_bounded (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *wal = NULL;
  g_autofree char *text = g_strnfill (1000, 'n');
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  goffset largest = 0;
  guint i;

  wal = g_strconcat (cw_progress_store_get_path (store), "-wal", NULL);
  for (i = 0; i < 400; i++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", i);

      g_assert_true (cw_progress_store_set_note (store, lesson, text, &error));
      g_assert_no_error (error);
      largest = MAX (largest, file_size (wal));
    }
  g_test_message ("the log was at most %" G_GOFFSET_FORMAT " bytes", largest);
  g_assert_cmpint (largest, <=, 256 * 1024);
  store_close (store);
}

/* SQLITE_FULL once: a checkpoint empties the log, and the write is tried again. */
static void
test_full_then_checkpoint (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint notified = 0;

  fill_store (store, &clock);
  g_signal_connect (store, "notify::can-save", G_CALLBACK (on_notify), &notified);
  fault.wal_write_rc = SQLITE_FULL;
  fault.remaining = 1;
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  g_assert_no_error (error);
  fault_reset ();
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "borrowing", NULL), ==,
                   CW_LESSON_LEARNED);
  store_close (store);
}

/* On a real 256 KiB disk: the space goes to the progress, not to a log; and a store closed
 * cleanly, then opened once the disk is full, says the disk is full. In a child, so that
 * the parent unmounts. */
static void
disk_full_space_body (const char *tmpfs)
{
  g_autofree char *dir = g_build_filename (tmpfs, "filled", NULL);
  g_autofree char *closed_dir = g_build_filename (tmpfs, "closed", NULL);
  g_autofree char *filler = g_build_filename (tmpfs, "filler", NULL);
  g_autofree char *path = progress_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *text = g_strnfill (1000, 'n');
  g_autofree char *zeros = g_malloc0 (4096);
  g_autofree char *note = NULL;
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;
  const char *problem;
  guint saved;
  int fd;

  store = store_open (closed_dir, &clock);
  g_assert_true (cw_progress_store_set_note (store, "ownership", "kept", &error));
  store_close (store);
  g_assert_false (file_exists (closed_dir, "progress.sqlite3-shm"));

  store = store_open (dir, &clock);
  for (saved = 0; saved < 1000; saved++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", saved);

      if (!cw_progress_store_set_note (store, lesson, text, &error))
        break;
    }
  g_test_message ("%u notes saved; file %" G_GOFFSET_FORMAT " bytes, log %" G_GOFFSET_FORMAT,
                  saved, file_size (path), g_file_test (wal, G_FILE_TEST_EXISTS) ? file_size (wal) : 0);
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  g_clear_error (&error);
  g_assert_cmpint (file_size (path), >=, 64 * 1024);
  store_close (store);

  /* Every byte taken: opening cannot make the log's index (-shm). */
  fd = g_open (filler, O_WRONLY | O_CREAT | O_APPEND, 0600);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, zeros, 512) > 0)
    ;
  close (fd);
  store = store_open (closed_dir, &clock);
  problem = cw_progress_store_get_save_problem (store);
  g_test_message ("%s", problem);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "the disk is full"));
  g_assert_null (strstr (problem, "reported an error"));
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "kept");
  store_close (store);
}

static void
test_disk_full_space (void)
{
  g_autofree char *dir = NULL;
  gboolean passed;

  if (g_test_subprocess ())
    {
      disk_full_space_body (g_getenv ("CW_TEST_TMPFS"));
      return;
    }

  if (getuid () != 0)
    {
      g_test_skip ("Not root: cannot mount a small tmpfs to fill up");
      return;
    }

  dir = g_build_filename (g_get_user_data_dir (), "tmpfs", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  {
    const char * const mount[] = { "mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir, NULL };

    if (!run_command (mount))
      {
        g_test_skip ("Could not mount a tmpfs");
        return;
      }
  }

  g_setenv ("CW_TEST_TMPFS", dir, TRUE);
  g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
  passed = g_test_trap_has_passed ();
  g_unsetenv ("CW_TEST_TMPFS");

  {
    const char * const umount[] = { "umount", dir, NULL };

    g_assert_true (run_command (umount));
  }

  g_test_trap_assert_passed ();
  g_assert_true (passed);
}

/* The live files as they would be found after a crash now: a copy of the database and its
 * log, without the shared-memory index, so SQLite recovers the log from scratch. */
static gint64
count_after_crash (const char *dir,
                   const char *sql)
{
  g_autofree char *path = progress_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *crash_dir = g_build_filename (g_get_user_data_dir (), "crash-copy", NULL);
  g_autofree char *copy = progress_path (crash_dir);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *check = NULL;
  gint64 count;
  sqlite3 *db;

  remove_tree (crash_dir);
  g_assert_cmpint (g_mkdir_with_parents (crash_dir, 0700), ==, 0);
  bytes = file_bytes (path);
  file_write (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = file_bytes (wal);
  file_write (copy_wal, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  db = db_open (copy);
  check = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  count = db_query_int (db, sql);
  sqlite3_close (db);

  return count;
}

static void
test_io_error_commit (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint notified = 0;
  guint choice = 0;

  fill_store (store, &clock);
  g_signal_connect (store, "notify::can-save", G_CALLBACK (on_notify), &notified);

  /* The log write fails outright. */
  fault.wal_write_rc = SQLITE_IOERR_WRITE;
  fault.remaining = 1;
  g_assert_false (cw_progress_store_record_answer (store, "io", 0, 3, TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "the disk reported an error"));
  g_clear_error (&error);
  fault_reset ();
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (cw_progress_store_get_answer (store, "io", 0, NULL, NULL));

  /* A whole, valid commit reaches the log but is reported as failed. The store cannot
   * see it (the log index was not updated), and makes sure it never comes back: after a
   * crash, the log holds no trace of it. */
  fault.wal_write_rc = SQLITE_IOERR_WRITE;
  fault.commit_trap = TRUE;
  fault.remaining = 1;
  g_assert_false (cw_progress_store_record_answer (store, "io", 0, 4, TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  fault_reset ();
  g_assert_false (cw_progress_store_get_answer (store, "io", 0, NULL, NULL));
  g_assert_cmpint (count_after_crash (dir, "SELECT count(*) FROM answers WHERE lesson_id = 'io'"),
                   ==, 0);

  /* Working again. */
  g_assert_true (cw_progress_store_record_answer (store, "io", 0, 5, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 2);
  store_close (store);

  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_get_answer (store, "io", 0, &choice, NULL));
  g_assert_cmpuint (choice, ==, 5);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 1);
  store_close (store);
}

static void
test_io_error_unknown_outcome (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint choice = 0;

  fill_store (store, &clock);

  /* A valid commit reaches the log, is reported as failed, and then the disk fails
   * altogether: the store can neither read back nor overwrite it. */
  fault.wal_write_rc = SQLITE_IOERR_WRITE;
  fault.commit_trap = TRUE;
  fault.then_fail_all = TRUE;
  fault.remaining = 1;
  g_assert_false (cw_progress_store_record_answer (store, "io", 0, 4, TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_UNKNOWN_OUTCOME);
  g_assert_nonnull (strstr (error->message, "not certain"));
  g_clear_error (&error);
  fault_reset ();
  g_assert_false (cw_progress_store_get_can_save (store));

  /* Truly unknown: a crash now would bring it back. */
  g_assert_cmpint (count_after_crash (dir, "SELECT count(*) FROM answers WHERE lesson_id = 'io'"),
                   ==, 1);

  /* The next commit settles it (the stray frames are overwritten). */
  g_assert_true (cw_progress_store_record_answer (store, "io", 1, 7, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_cmpint (count_after_crash (dir, "SELECT count(*) FROM answers WHERE lesson_id = 'io'"),
                   ==, 1);
  store_close (store);

  store = store_open (dir, &clock);
  g_assert_false (cw_progress_store_get_answer (store, "io", 0, NULL, NULL));
  g_assert_true (cw_progress_store_get_answer (store, "io", 1, &choice, NULL));
  g_assert_cmpuint (choice, ==, 7);
  store_close (store);
}

static void
test_full_at_commit (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  /* SQLITE_FULL without a tmpfs, for non-root runs too. */
  fill_store (store, &clock);
  fault.wal_write_rc = SQLITE_FULL;
  fault.remaining = -1;
  g_assert_false (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  g_clear_error (&error);
  g_assert_false (cw_progress_store_reset (store, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  fault_reset ();

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "borrowing", NULL), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 1);
  g_assert_true (cw_progress_store_set_learned (store, "borrowing", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 2);
  store_close (store);
}


int
main (int   argc,
      char *argv[])
{
  fault_vfs_install ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-write/lessons", test_lessons);
  g_test_add_func ("/progress-write/answers", test_answers);
  g_test_add_func ("/progress-write/notes", test_notes);
  g_test_add_func ("/progress-write/fib-runs", test_fib_runs);
  g_test_add_func ("/progress-write/leitner/intervals", test_leitner);
  g_test_add_func ("/progress-write/leitner/time-zone", test_leitner_time_zone);
  g_test_add_func ("/progress-write/cannot-save/disk-full", test_disk_full);
  g_test_add_func ("/progress-write/cannot-save/disk-full-space", test_disk_full_space);
  g_test_add_func ("/progress-write/cannot-save/full-then-checkpoint", test_full_then_checkpoint);
  g_test_add_func ("/progress-write/wal/bounded", test_wal_bounded);
  g_test_add_func ("/progress-write/cannot-save/full-at-commit", test_full_at_commit);
  g_test_add_func ("/progress-write/cannot-save/io-error", test_io_error_commit);
  g_test_add_func ("/progress-write/cannot-save/unknown-outcome", test_io_error_unknown_outcome);

  return g_test_run ();
}
