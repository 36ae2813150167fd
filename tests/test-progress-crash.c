/* test-progress-crash.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "cw-progress-store.h"

/*
 * Crash consistency. progress-writer (PROGRESS_WRITER in the environment) writes progress
 * in a loop and prints "committed <k>" after each write; it is killed with SIGKILL,
 * CW_CRASH_RUNS times (200 by default), always on the same folder: on even runs a random
 * 2–40 ms after it starts (the kill may land while it opens and recovers), on odd runs a
 * random 0–20 ms after its first reported write (the kill lands among writes, however slow
 * the machine or the build). After each kill the files are checked as the kill left them:
 *
 *   - directly with SQLite: PRAGMA integrity_check is "ok", every write the writer reported
 *     is there, and nothing beyond the one write that may have committed unreported;
 *   - on every other run, through the store too: it opens without moving the file aside
 *     (the marker makes it run quick_check first) and sees the last reported write.
 *
 * The other runs leave the marker and the log in place, so the next writer starts from a
 * crashed state.
 */

#define N_RUNS_DEFAULT 200
#define RUN_STRIDE     G_GUINT64_CONSTANT (1000000)

typedef sqlite3_stmt TestStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestStmt, sqlite3_finalize)

static gint64
query_int (sqlite3    *db,
           const char *sql,
           const char *text,
           gint64      number,
           gboolean   *found)
{
  g_autoptr(TestStmt) stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, number);

  rc = sqlite3_step (stmt);
  g_assert_true (rc == SQLITE_ROW || rc == SQLITE_DONE);
  *found = rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL;

  return *found ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gint64
query_max (sqlite3    *db,
           const char *sql,
           guint64     first)
{
  gboolean found = FALSE;
  gint64 value = query_int (db, sql, NULL, (gint64) first, &found);

  return found ? value : -1;
}

/* Checks the files directly, leaving them as a crash left them (no checkpoint at close). */
static void
check_directly (const char *path,
                GArray     *reported,
                guint64     first)
{
  g_autoptr(TestStmt) stmt = NULL;
  sqlite3 *db = NULL;
  gint64 last = reported->len > 0 ? (gint64) g_array_index (reported, guint64, reported->len - 1)
                                  : (gint64) first - 1;
  guint i;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Killed before the store was ready (mid-migration, say): nothing reported, nothing to
   * look for, but each migration step is whole. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  if (sqlite3_column_int (stmt, 0) < CW_PROGRESS_SCHEMA_VERSION)
    {
      g_assert_cmpuint (reported->len, ==, 0);
      g_clear_pointer (&stmt, sqlite3_finalize);
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
      return;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (i = 0; i < reported->len; i++)
    {
      guint64 k = g_array_index (reported, guint64, i);
      g_autofree char *name = NULL;
      gboolean found = FALSE;
      gint64 value;

      switch (k % 4)
        {
        case 0:
          value = query_int (db, "SELECT choice FROM answers WHERE lesson_id = 'crash'"
                                 " AND question = ?1",
                             NULL, (gint64) k, &found);
          g_assert_true (found);
          g_assert_cmpint (value, ==, k % 7);
          break;

        case 1:
          /* A later write to the same note may have landed too. */
          name = g_strdup_printf ("note-%u", (guint) (k % 10));
          value = query_int (db, "SELECT CAST(text AS INTEGER) FROM notes WHERE lesson_id = ?1",
                             name, 0, &found);
          g_assert_true (found);
          g_assert_cmpint (value, >=, k);
          g_assert_cmpint (value % 10, ==, k % 10);
          break;

        case 2:
          name = g_strdup_printf ("lesson-%" G_GUINT64_FORMAT, k);
          query_int (db, "SELECT 1 FROM lessons WHERE lesson_id = ?1", name, 0, &found);
          g_assert_true (found);
          break;

        case 3:
        default:
          value = query_int (db, "SELECT count(*) FROM fib_runs WHERE n = ?1", NULL, (gint64) k,
                             &found);
          g_assert_cmpint (value, ==, 1);
          break;
        }
    }

  /* At most the one write in flight committed without being reported. */
  g_assert_cmpint (query_max (db, "SELECT max(question) FROM answers WHERE question >= ?1", first),
                   <=, last + 1);
  g_assert_cmpint (query_max (db, "SELECT max(n) FROM fib_runs WHERE n >= ?1", first),
                   <=, last + 1);

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
check_through_store (const char *dir,
                     GArray     *reported)
{
  g_autoptr(GError) error = NULL;
  CwProgressStore *store;
  guint i;

  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_null (cw_progress_store_get_recovered_from (store));
  g_assert_true (cw_progress_store_get_can_save (store));

  /* The last reported write of each kind. */
  for (i = reported->len; i-- > 0 && reported->len - i <= 4;)
    {
      guint64 k = g_array_index (reported, guint64, i);

      if (k % 4 == 0)
        {
          guint choice = 0;

          g_assert_true (cw_progress_store_get_answer (store, "crash", (guint) k, &choice, NULL));
          g_assert_cmpuint (choice, ==, k % 7);
        }
      else if (k % 4 == 2)
        {
          g_autofree char *name = g_strdup_printf ("lesson-%" G_GUINT64_FORMAT, k);

          g_assert_cmpint (cw_progress_store_get_lesson_state (store, name, NULL), ==,
                           CW_LESSON_IN_PROGRESS);
        }
    }

  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

static GArray *
parse_reported (GBytes  *output,
                guint64  first)
{
  GArray *reported = g_array_new (FALSE, FALSE, sizeof (guint64));
  gsize length = 0;
  const char *data = g_bytes_get_data (output, &length);
  g_autofree char *text = g_strndup (data != NULL ? data : "", length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint i;

  /* The last element is whatever followed the last newline: a line cut by the kill. */
  for (i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      guint64 k = 0;

      if (g_str_equal (lines[i], "ready"))
        continue;
      g_assert_true (g_str_has_prefix (lines[i], "committed "));
      g_assert_true (g_ascii_string_to_unsigned (lines[i] + strlen ("committed "), 10, 0,
                                                 G_MAXUINT64, &k, NULL));
      g_assert_cmpuint (k, ==, first + reported->len);
      g_array_append_val (reported, k);
    }

  return reported;
}

static void
test_crash (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "crash", NULL);
  g_autofree char *path = g_build_filename (dir, "progress.sqlite3", NULL);
  const char *writer = g_getenv ("PROGRESS_WRITER");
  const char *runs_env = g_getenv ("CW_CRASH_RUNS");
  guint n_runs = runs_env != NULL ? (guint) atoi (runs_env) : N_RUNS_DEFAULT;
  gint64 start = g_get_monotonic_time ();
  guint64 total = 0;
  guint n_killed_mid_write = 0;
  guint run;

  if (writer == NULL)
    {
      g_test_skip ("PROGRESS_WRITER is not set");
      return;
    }

  for (run = 0; run < n_runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GOutputStream) sink = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) output = NULL;
      g_autoptr(GArray) reported = NULL;
      g_autofree char *first_text = NULL;
      guint64 first = (run + 1) * RUN_STRIDE;
      guint delay_ms = g_test_rand_int_range (2, 41);

      g_autoptr(GString) seen = g_string_new (NULL);

      first_text = g_strdup_printf ("%" G_GUINT64_FORMAT, first);
      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                  writer, dir, first_text, NULL);
      g_assert_no_error (error);

      if (run % 2 == 1)
        {
          /* Wait for the first write it reports (a blocking read: no clock involved). */
          g_autoptr(GDataInputStream) lines =
            g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
          char *line;

          g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
          while ((line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
            {
              gboolean committed = g_str_has_prefix (line, "committed ");

              g_string_append_printf (seen, "%s\n", line);
              g_free (line);
              if (committed)
                break;
            }
          g_assert_no_error (error);
          /* Whatever the data stream buffered beyond that line is still to be read. */
          g_string_append_len (seen,
                               g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (lines), NULL),
                               g_buffered_input_stream_get_available (G_BUFFERED_INPUT_STREAM (lines)));
          delay_ms = g_test_rand_int_range (0, 21);
        }

      g_usleep (delay_ms * 1000);
      g_subprocess_force_exit (process);
      g_assert_true (g_subprocess_wait (process, NULL, &error));
      g_assert_no_error (error);

      /* Killed, not exited: an exit means the writer met an error (it says which). */
      if (!g_subprocess_get_if_signaled (process))
        g_error ("run %u: the writer exited with status %d", run,
                 g_subprocess_get_exit_status (process));
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

      g_output_stream_splice (sink, g_subprocess_get_stdout_pipe (process),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
      g_assert_no_error (error);
      g_string_append_len (seen,
                           g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (sink)),
                           g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (sink)));
      output = g_string_free_to_bytes (g_steal_pointer (&seen));
      reported = parse_reported (output, first);
      total += reported->len;
      if (reported->len > 0)
        n_killed_mid_write++;

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        check_directly (path, reported, first);
      else
        g_assert_cmpuint (reported->len, ==, 0);

      if (run % 2 == 1)
        check_through_store (dir, reported);
    }

  g_test_message ("%u kills, %" G_GUINT64_FORMAT " reported writes checked (%u runs had "
                  "written), %.1f s",
                  n_runs, total, n_killed_mid_write,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  /* Every odd run was killed after a reported write, whatever the machine's speed. */
  g_assert_cmpuint (n_killed_mid_write, >=, n_runs / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-crash/sigkill", test_crash);

  return g_test_run ();
}
