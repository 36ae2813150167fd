/* test-progress-open.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * Opening: damaged, foreign and newer files, an unclean exit, a write-ahead log that is
 * not the file's, and read-only sessions (a read-only folder from a child running as
 * nobody through setpriv when root, or from chmod otherwise).
 */

static void make_filled_store (const char *dir);

/* This program, for the child that runs as nobody. */
static char *test_exe;

static void
truncate_file (const char *path,
               gsize       length)
{
  g_autoptr(GBytes) bytes = file_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, length);
  file_write (path, g_bytes_get_data (bytes, NULL), length);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) wal_before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autoptr(GError) error = NULL;
  CwProgressStore *store;
  sqlite3 *db;

  write_newer (dir, TRUE);
  before = file_bytes (path);
  wal_before = file_bytes (wal_path);
  g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);

  store = cw_progress_store_new (dir, &error);
  g_assert_null (store);
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version of Crabwise"));
  g_assert_nonnull (strstr (error->message, "99"));

  /* Byte for byte, log included; no marker; nothing moved aside. */
  after = file_bytes (path);
  wal_after = file_bytes (wal_path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (g_bytes_equal (wal_before, wal_after));
  g_assert_false (file_exists (dir, "progress.running"));

  /* And the newer Crabwise still finds everything. */
  db = db_open (path);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM future"), ==, 2);
  sqlite3_close (db);
}

static void
assert_recovered (CwProgressStore *store,
                  const char      *dir)
{
  const char *moved = cw_progress_store_get_recovered_from (store);
  g_autofree char *base = NULL;
  g_autofree char *path = progress_path (dir);
  sqlite3 *db;

  g_assert_nonnull (moved);
  base = g_path_get_basename (moved);
  g_assert_true (g_str_has_prefix (base, "progress.sqlite3.corrupt-"));
  /* progress.sqlite3.corrupt-YYYYMMDD-HHMMSS, then "-2"… if taken */
  g_assert_cmpuint (strlen (base), >=, strlen ("progress.sqlite3.corrupt-") + 15);
  g_assert_true (g_regex_match_simple ("^progress\\.sqlite3\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$",
                                       base, 0, 0));
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));

  /* A fresh, working store. */
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", NULL));
  db = db_open (path);
  g_assert_cmpint (db_query_int (db, "PRAGMA user_version"), ==, CW_PROGRESS_SCHEMA_VERSION);
  sqlite3_close (db);
}

static void
test_bad_random (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree guint8 *noise = g_malloc (65536);
  g_autoptr(GBytes) moved_bytes = NULL;
  CwProgressStore *store;
  guint i;

  for (i = 0; i < 65536; i++)
    noise[i] = g_test_rand_int_range (0, 256);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  file_write (path, noise, 65536);

  store = store_open (dir, NULL);
  assert_recovered (store, dir);

  /* The old file is kept as it was. */
  moved_bytes = file_bytes (cw_progress_store_get_recovered_from (store));
  g_assert_cmpmem (g_bytes_get_data (moved_bytes, NULL), g_bytes_get_size (moved_bytes),
                   noise, 65536);
  store_close (store);
}

static void
test_bad_truncated (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  GStatBuf st;
  guint i;

  for (i = 0; i < 200; i++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", i);
      g_autofree char *text = g_strnfill (200, 'a' + i % 26);

      g_assert_true (cw_progress_store_set_note (store, lesson, text, &error));
      g_assert_no_error (error);
    }
  store_close (store);

  /* Cut the file in half after a clean exit (no marker): its header counts more pages than
   * the file holds, which SQLite reports as damage at the first statement. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 16 * 4096);
  truncate_file (path, st.st_size / 2);
  g_assert_false (file_exists (dir, "progress.running"));

  store = store_open (dir, NULL);
  assert_recovered (store, dir);
  g_assert_cmpint (g_stat (cw_progress_store_get_recovered_from (store), &st), ==, 0);
  store_close (store);

  /* Longer than its header says (bytes appended after a clean exit): checked, sound, kept. */
  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_set_note (store, "x", "y", &error));
  store_close (store);
  {
    g_autoptr(GBytes) bytes = file_bytes (path);
    g_autofree char *longer = g_malloc0 (g_bytes_get_size (bytes) + 4096);

    memcpy (longer, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    file_write (path, longer, g_bytes_get_size (bytes) + 4096);
  }
  store = store_open (dir, NULL);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  {
    g_autofree char *note = cw_progress_store_dup_note (store, "x");

    g_assert_cmpstr (note, ==, "y");
  }
  store_close (store);

  /* Cut to less than a header: not a database at all. */
  store = store_open (dir, &clock);
  g_assert_true (cw_progress_store_set_note (store, "x", "y", &error));
  store_close (store);
  truncate_file (path, 50);
  store = store_open (dir, NULL);
  assert_recovered (store, dir);
  store_close (store);
}

static void
test_bad_zero_length (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  CwProgressStore *store;
  GStatBuf st;

  /* What SQLite itself makes of a new database before its first write: a new store. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  file_write (path, "", 0);

  store = store_open (dir, NULL);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", NULL));
  store_close (store);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  assert_schema_current (dir);
}

static void
test_bad_empty_database (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  CwProgressStore *store;
  sqlite3 *db;

  /* A valid SQLite file with nothing in it (a table made and dropped): adopted. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = db_open (path);
  db_exec (db, "CREATE TABLE t (x); DROP TABLE t;");
  sqlite3_close (db);

  store = store_open (dir, NULL);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_assert_true (cw_progress_store_mark_opened (store, "ownership", NULL));
  store_close (store);
  assert_schema_current (dir);
}

static void
test_bad_foreign_database (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  CwProgressStore *store;
  sqlite3 *db;

  /* Somebody else's database (user_version 0, tables of its own): not ours to change. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = db_open (path);
  db_exec (db, "CREATE TABLE lessons (id); INSERT INTO lessons VALUES (1);");
  sqlite3_close (db);

  store = store_open (dir, NULL);
  assert_recovered (store, dir);
  db = db_open (cw_progress_store_get_recovered_from (store));
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM lessons"), ==, 1);
  sqlite3_close (db);
  store_close (store);

  /* A version-2 file missing a table it must have. */
  g_unlink (path);
  load_fixture (dir, "progress-v2.sql");
  db = db_open (path);
  db_exec (db, "DROP TABLE reviews");
  sqlite3_close (db);
  store = store_open (dir, NULL);
  assert_recovered (store, dir);
  store_close (store);
}

static void
damage_middle (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize offset;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 8 * 4096);

  /* Garbage over pages 3 to 5: table pages, far from the header on page 1. */
  for (offset = 2 * 4096; offset < 5 * 4096; offset++)
    contents[offset] = (char) g_test_rand_int_range (0, 256);
  file_write (path, contents, length);
}

static void
test_unclean_exit (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree char *marker = g_build_filename (dir, "progress.running", NULL);
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint i;

  for (i = 0; i < 100; i++)
    {
      g_autofree char *lesson = g_strdup_printf ("lesson-%u", i);
      g_autofree char *text = g_strnfill (300, 'a' + i % 26);

      g_assert_true (cw_progress_store_set_note (store, lesson, text, &error));
      g_assert_true (cw_progress_store_record_answer (store, lesson, i, 1, TRUE, &error));
      g_assert_no_error (error);
    }
  store_close (store);

  /* Damage in the middle, after a clean exit: the file opens, and nothing at open touches
   * those pages, so it is not noticed. */
  damage_middle (path);
  store = store_open (dir, NULL);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  store_close (store);

  /* The same file after an unclean exit: quick_check finds it and the file is moved. */
  file_write (marker, "", 0);
  store = store_open (dir, NULL);
  assert_recovered (store, dir);
  store_close (store);

  /* An intact file after an unclean exit is checked and kept. */
  file_write (marker, "", 0);
  store = store_open (dir, NULL);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_IN_PROGRESS);
  store_close (store);
}

static void
test_recovered_names (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree char *first = NULL;
  g_autofree char *first_wal = NULL;
  CwProgressStore *store;

  /* Two damaged files in the same second get two names; a -wal goes along with its file. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  {
    g_autofree char *text = g_strnfill (200, 'x');

    file_write (path, text, 200);
  }
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    file_write (wal, "junk", 4);
  }
  store = store_open (dir, NULL);
  first = g_strdup (cw_progress_store_get_recovered_from (store));
  g_assert_nonnull (first);
  first_wal = g_strconcat (first, "-wal", NULL);
  g_assert_true (g_file_test (first_wal, G_FILE_TEST_IS_REGULAR));
  store_close (store);

  /* The same damaged file back in place, with its old name still taken. */
  g_assert_cmpint (g_rename (first, path), ==, 0);
  file_write (first, "", 0);
  store = store_open (dir, NULL);
  g_assert_nonnull (cw_progress_store_get_recovered_from (store));
  g_assert_cmpstr (cw_progress_store_get_recovered_from (store), !=, first);
  store_close (store);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = file_bytes (from);

  file_write (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Another database with commits still in its log, as a killed program leaves it. */
static void
write_other_with_log (const char *dir,
                      int         page_size)
{
  g_autofree char *path = progress_path (dir);
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = db_open (path);
  sql = g_strdup_printf ("PRAGMA page_size = %d; PRAGMA journal_mode = WAL;", page_size);
  db_exec (db, sql);
  db_exec (db, "CREATE TABLE other (x); INSERT INTO other VALUES (zeroblob(20000));");
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (db);
}

static void
assert_learner_data (CwProgressStore *store)
{
  g_autofree char *note = cw_progress_store_dup_note (store, "ownership");

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpstr (note, ==, "One owner; “move” ends it.");
  g_assert_null (cw_progress_store_get_recovered_from (store));
}

/* A -wal and -shm from another database beside the learner's file (files copied around):
 * SQLite replayed it into the learner's file and wrote it in at close, and nobody was told.
 * Found before SQLite opens the file, it is set aside with its -shm and reported. */
static void
test_stale_wal (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *marker = g_build_filename (dir, "progress.running", NULL);
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *other = progress_path (other_dir);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *other_shm = g_strconcat (other, "-shm", NULL);
  g_autofree char *aside_shm = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GBytes) log_bytes = NULL;
  g_autoptr(GBytes) aside_bytes = NULL;
  g_autofree char *check = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;
  sqlite3 *db;

  make_filled_store (dir);
  write_other_with_log (other_dir, 4096);
  copy_file (other_wal, wal);
  copy_file (other_shm, shm);
  log_bytes = file_bytes (wal);

  /* Closed cleanly last time, so no log of ours can hold commits: this one is not ours. */
  store = store_open (dir, &clock);
  assert_learner_data (store);
  g_assert_nonnull (cw_progress_store_get_log_set_aside (store));
  base = g_path_get_basename (cw_progress_store_get_log_set_aside (store));
  g_assert_true (g_regex_match_simple ("^progress\\.sqlite3\\.stale-[0-9]{8}-[0-9]{6}(-[0-9]+)?-wal$",
                                       base, 0, 0));
  aside_bytes = file_bytes (cw_progress_store_get_log_set_aside (store));
  g_assert_true (g_bytes_equal (aside_bytes, log_bytes));
  aside_shm = g_strdup (cw_progress_store_get_log_set_aside (store));
  strcpy (aside_shm + strlen (aside_shm) - 3, "shm");
  g_assert_true (g_file_test (aside_shm, G_FILE_TEST_IS_REGULAR));
  g_assert_true (cw_progress_store_mark_opened (store, "after", NULL));
  store_close (store);

  db = db_open (path);
  check = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'other'"),
                   ==, 0);
  sqlite3_close (db);

  /* After a crash (the marker is there), a log whose page size is not the file's. */
  remove_tree (other_dir);
  write_other_with_log (other_dir, 1024);
  copy_file (other_wal, wal);
  file_write (marker, "", 0);
  store = store_open (dir, &clock);
  assert_learner_data (store);
  g_assert_nonnull (cw_progress_store_get_log_set_aside (store));
  store_close (store);

  /* Reopened: nothing more to set aside. */
  store = store_open (dir, &clock);
  assert_learner_data (store);
  g_assert_null (cw_progress_store_get_log_set_aside (store));
  store_close (store);
}

/* The log our own crash leaves (the marker is there) is replayed: its commits are kept. */
static void
test_own_wal_after_crash (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *crash_dir = g_build_filename (g_get_user_data_dir (), "crash", NULL);
  g_autofree char *path = progress_path (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *crash = progress_path (crash_dir);
  g_autofree char *crash_wal = g_strconcat (crash, "-wal", NULL);
  g_autofree char *crash_marker = g_build_filename (crash_dir, "progress.running", NULL);
  g_autofree char *note = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *crashed;

  fill_store (store, &clock);
  g_assert_true (cw_progress_store_set_note (store, "borrowing", "only in the log", NULL));
  g_assert_cmpuint (file_size (wal), >, 0);

  /* The files as a kill now would leave them. */
  g_assert_cmpint (g_mkdir_with_parents (crash_dir, 0700), ==, 0);
  copy_file (path, crash);
  copy_file (wal, crash_wal);
  file_write (crash_marker, "", 0);
  store_close (store);

  crashed = store_open (crash_dir, &clock);
  g_assert_null (cw_progress_store_get_log_set_aside (crashed));
  assert_learner_data (crashed);
  note = cw_progress_store_dup_note (crashed, "borrowing");
  g_assert_cmpstr (note, ==, "only in the log");
  store_close (crashed);
}

/* Another copy of Crabwise has the file open (its lock is on the -shm): its log is live,
 * even when the marker is gone (a third copy closed and removed it). */
static void
test_live_wal (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *marker = g_build_filename (dir, "progress.running", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *note = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;

  make_filled_store (dir);
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error, test_exe, "--hold-open", dir, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  g_assert_cmpint (g_unlink (marker), ==, 0);

  store = store_open (dir, &clock);
  g_assert_null (cw_progress_store_get_log_set_aside (store));
  note = cw_progress_store_dup_note (store, "borrowing");
  g_assert_cmpstr (note, ==, "from the other copy");
  store_close (store);

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
}

/* The child of test_live_wal: writes, says so, and holds the file open until stdin closes. */
static int
hold_open_child (const char *dir)
{
  CwProgressStore *store = cw_progress_store_new (dir, NULL);
  char buffer[16];

  g_assert_nonnull (store);
  g_assert_true (cw_progress_store_set_note (store, "borrowing", "from the other copy", NULL));
  g_print ("ready\n");
  fflush (stdout);
  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;
  cw_progress_store_close (store);
  g_object_unref (store);

  return 0;
}

/* Run by a user who cannot write @dir (nobody through setpriv, or chmod 0555 for anyone
 * but root). The store opens, reads, refuses to write, creates nothing, and saves again
 * once the folder is writable. */
static void
read_only_checks (const char *dir,
                  gboolean    has_file)
{
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before_bytes = NULL;
  g_autoptr(GBytes) after_bytes = NULL;
  g_autofree char *note = NULL;
  g_autofree char *json = NULL;
  g_auto(GStrv) before = dir_list (dir);
  g_auto(GStrv) after = NULL;
  CwProgressStore *store;
  guint notified = 0;

  g_assert_cmpint (access (dir, W_OK), !=, 0);
  if (has_file)
    before_bytes = file_bytes (path);

  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_signal_connect (store, "notify::can-save", G_CALLBACK (on_notify), &notified);

  if (has_file)
    {
      g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                       CW_LESSON_LEARNED);
      note = cw_progress_store_dup_note (store, "ownership");
      g_assert_cmpstr (note, ==, "One owner; “move” ends it.");
    }
  else
    g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);

  g_assert_false (cw_progress_store_set_note (store, "ownership", "lost?", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (cw_progress_store_maybe_backup (store, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_clear_error (&error);
  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 0);

  /* Nothing written, nothing created: no -wal, -shm, marker or backup folder. */
  after = dir_list (dir);
  g_assert_cmpstrv (after, before);
  if (has_file)
    {
      after_bytes = file_bytes (path);
      g_assert_true (g_bytes_equal (before_bytes, after_bytes));
    }

  /* Writable again: the next write saves. */
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_true (cw_progress_store_set_note (store, "ownership", "saved", &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (notified, ==, 1);
  g_clear_pointer (&note, g_free);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "saved");
  if (has_file)
    g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                     CW_LESSON_LEARNED);
  cw_progress_store_close (store);
  g_assert_finalize_object (store);

  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_clear_pointer (&note, g_free);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "saved");
  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

static int
read_only_child (const char *dir,
                 gboolean    has_file)
{
  read_only_checks (dir, has_file);
  return 0;
}

static void
make_filled_store (const char *dir)
{
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);
  store_close (store);
}

static void
chown_tree (const char *path,
            uid_t       uid,
            gid_t       gid)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_cmpint (chown (path, uid, gid), ==, 0);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      chown_tree (child, uid, gid);
    }
}

static void
run_as_nobody (const char *setpriv,
               const char *dir,
               gboolean    has_file)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
    test_exe, "--read-only-child", dir, has_file ? "1" : "0", NULL,
  };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

static void
test_read_only_folder (void)
{
  g_autofree char *setpriv = NULL;
  g_autofree char *base = NULL;
  g_autofree char *with_file = NULL;
  g_autofree char *empty = NULL;

  if (getuid () != 0)
    {
      /* chmod is enough for anyone but root. */
      with_file = g_build_filename (g_get_user_data_dir (), "ro-data", NULL);
      empty = g_build_filename (g_get_user_data_dir (), "ro-empty", NULL);
      make_filled_store (with_file);
      g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
      g_assert_cmpint (g_chmod (with_file, 0555), ==, 0);
      g_assert_cmpint (g_chmod (empty, 0555), ==, 0);
      read_only_checks (with_file, TRUE);
      read_only_checks (empty, FALSE);
      return;
    }

  /* Root ignores permissions: the checks run as nobody, in a child, through setpriv. */
  setpriv = g_find_program_in_path ("setpriv");
  if (setpriv == NULL)
    {
      g_test_skip ("Running as root without setpriv: cannot test a read-only folder");
      return;
    }

  base = g_build_filename (g_get_tmp_dir (), "cw-read-only-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp_full (base, 0755));
  with_file = g_build_filename (base, "data", NULL);
  empty = g_build_filename (base, "empty", NULL);
  make_filled_store (with_file);
  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  chown_tree (with_file, 65534, 65534);
  chown_tree (empty, 65534, 65534);
  g_assert_cmpint (g_chmod (with_file, 0555), ==, 0);
  g_assert_cmpint (g_chmod (empty, 0555), ==, 0);

  run_as_nobody (setpriv, with_file, TRUE);
  run_as_nobody (setpriv, empty, FALSE);

  remove_tree (base);
}

/* Run by a user who cannot read the file (mode 000): an empty session that cannot save,
 * which says what is wrong and how to fix it; nothing created, the file untouched; once
 * the file is readable again, the next write saves into it. */
static void
unreadable_checks (const char *dir)
{
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = dir_list (dir);
  g_auto(GStrv) after = NULL;
  CwProgressStore *store;

  g_assert_cmpint (access (path, R_OK), !=, 0);
  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);

  g_assert_false (cw_progress_store_set_note (store, "ownership", "lost?", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "progress.sqlite3 cannot be read: Permission denied"));
  g_assert_nonnull (strstr (error->message, "permissions"));
  g_assert_cmpstr (cw_progress_store_get_save_problem (store), ==, error->message);
  g_clear_error (&error);
  after = dir_list (dir);
  g_assert_cmpstrv (after, before);

  /* Readable again: the next write saves, into the learner's own file. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (cw_progress_store_set_note (store, "borrowing", "saved", &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_null (cw_progress_store_get_save_problem (store));
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

/* Run by a user who cannot write the folder, with a damaged file in it: it cannot be moved
 * aside, so an empty session that says so; once the folder is writable, the next write
 * moves it aside and starts a fresh file. */
static void
damaged_read_only_checks (const char *dir)
{
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before_bytes = file_bytes (path);
  g_autoptr(GBytes) after_bytes = NULL;
  g_auto(GStrv) before = dir_list (dir);
  g_auto(GStrv) after = NULL;
  CwProgressStore *store;

  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (cw_progress_store_get_can_save (store));
  g_assert_null (cw_progress_store_get_recovered_from (store));

  g_assert_false (cw_progress_store_set_note (store, "ownership", "lost?", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "progress.sqlite3 is damaged"));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  after = dir_list (dir);
  g_assert_cmpstrv (after, before);
  after_bytes = file_bytes (path);
  g_assert_true (g_bytes_equal (before_bytes, after_bytes));

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_true (cw_progress_store_set_note (store, "ownership", "fresh", &error));
  g_assert_no_error (error);
  g_assert_true (cw_progress_store_get_can_save (store));
  g_assert_nonnull (cw_progress_store_get_recovered_from (store));
  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

static void
run_child_as_nobody (const char *setpriv,
                     const char *mode,
                     const char *dir)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", test_exe, mode, dir, NULL,
  };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* A file that cannot be read (mode 000), and a damaged file in a read-only folder: both
 * used to refuse to open ("unexpected error … please report it"). */
static void
test_unreadable_file (void)
{
  g_autofree char *setpriv = g_find_program_in_path ("setpriv");
  g_autofree char *base = NULL;
  g_autofree char *unreadable = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_path = NULL;
  g_autofree char *path = NULL;
  g_autofree guint8 *noise = g_malloc (8192);
  guint i;

  if (getuid () == 0 && setpriv == NULL)
    {
      g_test_skip ("Running as root without setpriv: cannot test permissions");
      return;
    }

  base = g_build_filename (g_get_tmp_dir (), "cw-unreadable-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp_full (base, 0755));
  unreadable = g_build_filename (base, "unreadable", NULL);
  damaged = g_build_filename (base, "damaged", NULL);
  make_filled_store (unreadable);
  path = progress_path (unreadable);
  g_assert_cmpint (g_mkdir (damaged, 0700), ==, 0);
  damaged_path = progress_path (damaged);
  for (i = 0; i < 8192; i++)
    noise[i] = g_test_rand_int_range (0, 256);
  file_write (damaged_path, noise, 8192);
  if (getuid () == 0)
    {
      chown_tree (unreadable, 65534, 65534);
      chown_tree (damaged, 65534, 65534);
    }
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  g_assert_cmpint (g_chmod (damaged, 0555), ==, 0);

  if (getuid () == 0)
    {
      /* Root ignores permissions: the checks run as nobody, in a child. */
      run_child_as_nobody (setpriv, "--unreadable-child", unreadable);
      run_child_as_nobody (setpriv, "--damaged-read-only-child", damaged);
    }
  else
    {
      unreadable_checks (unreadable);
      damaged_read_only_checks (damaged);
    }

  g_chmod (damaged, 0700);
  remove_tree (base);
}

/* Something that is not a file where the progress file should be: "cannot be saved right
 * now … tries again with your next change" could never come true. */
static void
test_not_a_file (void)
{
  static const char * const kinds[] = { "folder", "dangling-link", "fifo" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), kinds[i], NULL);
      g_autofree char *path = progress_path (dir);
      g_autofree char *missing = g_build_filename (dir, "unplugged-disk", "progress.sqlite3",
                                                   NULL);
      g_autoptr(GError) error = NULL;
      CwProgressStore *store;

      g_test_message ("%s", kinds[i]);
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      if (i == 0)
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      else if (i == 1)
        {
          g_autoptr(GFile) link = g_file_new_for_path (path);

          g_assert_true (g_file_make_symbolic_link (link, missing, NULL, &error));
          g_assert_no_error (error);
        }
      else
        g_assert_cmpint (mkfifo (path, 0600), ==, 0);

      store = cw_progress_store_new (dir, &error);
      g_assert_no_error (error);
      g_assert_false (cw_progress_store_get_can_save (store));
      g_assert_false (cw_progress_store_mark_opened (store, "ownership", &error));
      g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
      g_test_message ("%s", error->message);
      if (i == 0)
        g_assert_nonnull (strstr (error->message,
                                  "progress.sqlite3 is a folder, not a file: move it away and "
                                  "restart Crabwise"));
      else if (i == 1)
        g_assert_nonnull (strstr (error->message, "is a link to"));
      else
        g_assert_nonnull (strstr (error->message, "is not a regular file"));
      g_assert_null (strstr (error->message, "try again"));
      g_assert_cmpstr (cw_progress_store_get_save_problem (store), ==, error->message);
      g_clear_error (&error);
      /* Nothing created through the link, nothing in the way removed. */
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      g_assert_false (file_exists (dir, "progress.running"));
      store_close (store);

      /* Moved away: the next start saves again. */
      if (i == 0)
        g_assert_cmpint (g_rmdir (path), ==, 0);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
      store = store_open (dir, NULL);
      g_assert_true (cw_progress_store_get_can_save (store));
      g_assert_true (cw_progress_store_mark_opened (store, "ownership", NULL));
      store_close (store);
    }
}


int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 4 && g_str_equal (argv[1], "--read-only-child"))
    return read_only_child (argv[2], g_str_equal (argv[3], "1"));
  if (argc == 3 && g_str_equal (argv[1], "--hold-open"))
    return hold_open_child (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--unreadable-child"))
    return (unreadable_checks (argv[2]), 0);
  if (argc == 3 && g_str_equal (argv[1], "--damaged-read-only-child"))
    return (damaged_read_only_checks (argv[2]), 0);

  test_exe = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-open/bad-file/newer-version", test_newer_version);
  g_test_add_func ("/progress-open/bad-file/random-bytes", test_bad_random);
  g_test_add_func ("/progress-open/bad-file/truncated", test_bad_truncated);
  g_test_add_func ("/progress-open/bad-file/zero-length", test_bad_zero_length);
  g_test_add_func ("/progress-open/bad-file/empty-database", test_bad_empty_database);
  g_test_add_func ("/progress-open/bad-file/foreign-database", test_bad_foreign_database);
  g_test_add_func ("/progress-open/bad-file/names", test_recovered_names);
  g_test_add_func ("/progress-open/unclean-exit", test_unclean_exit);
  g_test_add_func ("/progress-open/wal/stale", test_stale_wal);
  g_test_add_func ("/progress-open/wal/own-after-crash", test_own_wal_after_crash);
  g_test_add_func ("/progress-open/wal/live", test_live_wal);
  g_test_add_func ("/progress-open/cannot-save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/progress-open/cannot-save/unreadable-file", test_unreadable_file);
  g_test_add_func ("/progress-open/cannot-save/not-a-file", test_not_a_file);

  status = g_test_run ();
  g_free (test_exe);

  return status;
}
