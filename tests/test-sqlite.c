/* test-sqlite.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cw-sqlite.h"

/*
 * The SQLite helpers, on private in-memory databases and on files in the test's own
 * XDG_DATA_HOME (G_TEST_OPTION_ISOLATE_DIRS).
 */

static sqlite3 *
memory_db (void)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (cw_sqlite_open_memory (&db), ==, SQLITE_OK);
  g_assert_nonnull (db);
  g_assert_cmpint (cw_sqlite_exec (db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT,"
                                       " n INTEGER, UNIQUE (name))", ""), ==, SQLITE_OK);
  return db;
}

static char *
file_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

/* A file database with @n_rows rows of 500 bytes each, closed. */
static void
make_file_db (const char *path,
              const char *journal_mode,
              guint       n_rows)
{
  g_autofree char *mode = g_strdup_printf ("PRAGMA journal_mode = %s", journal_mode);
  sqlite3 *db = NULL;
  guint i;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, mode, ""), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, "CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT)",
                                   ""), ==, SQLITE_OK);
  for (i = 0; i < n_rows; i++)
    g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO rows (payload) VALUES (hex (zeroblob (250)))",
                                     ""), ==, SQLITE_OK);
  cw_sqlite_close (db, TRUE);
}

static gint64
count_rows (sqlite3    *db,
            const char *sql)
{
  gint64 count = -1;

  g_assert_cmpint (cw_sqlite_query_int (db, &count, sql, ""), ==, SQLITE_OK);
  return count;
}

static void
test_exec_and_query (void)
{
  sqlite3 *db = memory_db ();
  gint64 value = 42;
  int rc;

  /* Each letter binds one value: text, integer, and an integer that may be NULL. */
  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO t (name, n) VALUES (?1, ?2)", "si",
                                   "one", (gint64) 1), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO t (name, n) VALUES (?1, ?2)", "sn",
                                   "none", (gint64) CW_SQLITE_NO_INT), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO t (name, n) VALUES (?1, ?2)", "sn",
                                   NULL, G_MAXINT64), ==, SQLITE_OK);

  g_assert_cmpint (cw_sqlite_query_int (db, &value, "SELECT n FROM t WHERE name = ?1", "s", "one"),
                   ==, SQLITE_OK);
  g_assert_cmpint (value, ==, 1);
  g_assert_cmpint (cw_sqlite_query_int (db, &value, "SELECT count(*) FROM t WHERE n IS NULL", ""),
                   ==, SQLITE_OK);
  g_assert_cmpint (value, ==, 1);
  g_assert_cmpint (cw_sqlite_query_int (db, &value, "SELECT n FROM t WHERE name IS NULL", ""),
                   ==, SQLITE_OK);
  g_assert_cmpint (value, ==, G_MAXINT64);

  /* No row: SQLITE_DONE, and the value is left as it was. */
  value = 42;
  g_assert_cmpint (cw_sqlite_query_int (db, &value, "SELECT n FROM t WHERE name = ?1", "s",
                                        "missing"), ==, SQLITE_DONE);
  g_assert_cmpint (value, ==, 42);

  /* Errors come back as SQLite's extended codes. */
  g_assert_cmpint (cw_sqlite_exec (db, "SELEC 1", ""), ==, SQLITE_ERROR);
  rc = cw_sqlite_exec (db, "INSERT INTO t (name) VALUES (?1)", "s", "one");
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_UNIQUE);
  g_assert_cmpint (cw_sqlite_query_int (db, &value, "SELECT nothing FROM t", ""), ==, SQLITE_ERROR);
  g_assert_cmpint (value, ==, 42);

  cw_sqlite_close (db, FALSE);
}

static void
test_prepare_and_columns (void)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  sqlite3 *db = memory_db ();

  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO t (name, n) VALUES ('a', 7), ('b', NULL)", ""),
                   ==, SQLITE_OK);

  g_assert_cmpint (cw_sqlite_prepare (db, &stmt, "SELECT name, n FROM t WHERE id >= ?1 ORDER BY id",
                                      "i", (gint64) 1), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (cw_sqlite_column_text (stmt, 0), ==, "a");
  g_assert_cmpint (cw_sqlite_column_nullable_int (stmt, 1), ==, 7);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (cw_sqlite_column_text (stmt, 0), ==, "b");
  g_assert_cmpint (cw_sqlite_column_nullable_int (stmt, 1), ==, CW_SQLITE_NO_INT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* A statement that does not prepare leaves nothing to finalize. */
  stmt = (sqlite3_stmt *) 0x1;
  g_assert_cmpint (cw_sqlite_prepare (db, &stmt, "SELECT * FROM nowhere", ""), ==, SQLITE_ERROR);
  g_assert_null (stmt);

  cw_sqlite_close (db, FALSE);
}

static void
test_rerun (void)
{
  g_autoptr(CwSqliteStmt) insert = NULL;
  sqlite3 *db = memory_db ();
  gint64 i;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (name, n) VALUES (?1, ?2)", -1, &insert,
                                       NULL), ==, SQLITE_OK);
  for (i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("row %" G_GINT64_FORMAT, i);

      g_assert_cmpint (cw_sqlite_rerun (insert, "si", name, i * 10), ==, SQLITE_OK);
    }
  /* Bindings are cleared between runs: a value left out is NULL, not the last one. */
  g_assert_cmpint (cw_sqlite_rerun (insert, "s", "unbound"), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_rerun (insert, "s", "row 0"), ==, SQLITE_CONSTRAINT_UNIQUE);

  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t"), ==, 4);
  g_assert_cmpint (count_rows (db, "SELECT sum(n) FROM t"), ==, 30);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t WHERE name = 'unbound' AND n IS NULL"),
                   ==, 1);

  g_clear_pointer (&insert, sqlite3_finalize);
  cw_sqlite_close (db, FALSE);
}

static void
test_script_and_rollback (void)
{
  sqlite3 *db = memory_db ();

  g_assert_cmpint (cw_sqlite_exec_script (db,
                                          "INSERT INTO t (name) VALUES ('a');"
                                          "INSERT INTO t (name) VALUES ('b');\n  "),
                   ==, SQLITE_OK);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t"), ==, 2);

  /* The first failure stops the script; what ran before it stays. */
  g_assert_cmpint (cw_sqlite_exec_script (db,
                                          "INSERT INTO t (name) VALUES ('c');"
                                          "INSERT INTO t (name) VALUES ('a');"
                                          "INSERT INTO t (name) VALUES ('d');"),
                   ==, SQLITE_CONSTRAINT_UNIQUE);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t"), ==, 3);
  g_assert_cmpint (cw_sqlite_exec_script (db, ""), ==, SQLITE_OK);

  /* A rollback undoes an open transaction, and is harmless without one. */
  g_assert_cmpint (cw_sqlite_exec (db, "BEGIN", ""), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, "DELETE FROM t", ""), ==, SQLITE_OK);
  g_assert_false (sqlite3_get_autocommit (db));
  cw_sqlite_rollback (db);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t"), ==, 3);
  cw_sqlite_rollback (db);
  cw_sqlite_rollback (NULL);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM t"), ==, 3);

  cw_sqlite_close (db, FALSE);
}

static void
test_repair_text (void)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  g_autofree char *repaired = NULL;
  g_autofree char *text = NULL;
  sqlite3 *db = memory_db ();

  g_assert_null (cw_sqlite_repair_text (NULL));
  g_assert_null (cw_sqlite_repair_text ("valid ✓"));
  repaired = cw_sqlite_repair_text ("A\xff" "B");
  g_assert_cmpstr (repaired, ==, "A\xef\xbf\xbd" "B");

  /* SQLite keeps bytes that are not UTF-8 in a TEXT column; they are read back repaired, and
   * the log says where. */
  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO t (name) VALUES (CAST (x'41ff42' AS TEXT)),"
                                       " ('fine'), (NULL)", ""), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_prepare (db, &stmt, "SELECT name FROM t ORDER BY id", ""), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_test_expect_message ("cw-sqlite", G_LOG_LEVEL_MESSAGE, "Damaged text in a test row*");
  text = cw_sqlite_column_dup_text (stmt, 0, "a test row");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (text, ==, "A\xef\xbf\xbd" "B");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = cw_sqlite_column_dup_text (stmt, 0, "a test row");
  g_assert_cmpstr (text, ==, "fine");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_null (cw_sqlite_column_dup_text (stmt, 0, "a test row"));

  g_clear_pointer (&stmt, sqlite3_finalize);
  cw_sqlite_close (db, FALSE);
}

static void
test_open_immutable (void)
{
  g_autofree char *path = file_path ("immutable.sqlite3");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *missing = file_path ("missing.sqlite3");
  g_autofree char *cwd = g_get_current_dir ();
  sqlite3 *db = NULL;

  make_file_db (path, "DELETE", 3);

  /* Reads; refuses writes; leaves nothing beside the file. */
  g_assert_cmpint (cw_sqlite_open_immutable (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_readonly (db, "main"), ==, 1);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM rows"), ==, 3);
  g_assert_cmpint (cw_sqlite_exec (db, "DELETE FROM rows", "") & 0xff, ==, SQLITE_READONLY);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  cw_sqlite_close (db, FALSE);

  /* A relative path is made absolute first (it becomes a file: URI). */
  g_assert_cmpint (g_chdir (g_get_user_data_dir ()), ==, 0);
  g_assert_cmpint (cw_sqlite_open_immutable ("immutable.sqlite3", &db), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM rows"), ==, 3);
  cw_sqlite_close (db, FALSE);
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  /* A file that is not there is not created. */
  g_assert_cmpint (cw_sqlite_open_immutable (missing, &db) & 0xff, ==, SQLITE_CANTOPEN);
  cw_sqlite_close (db, FALSE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_copy (void)
{
  g_autofree char *path = file_path ("source.sqlite3");
  g_autofree char *target = file_path ("target.sqlite3");
  sqlite3 *src = NULL;
  sqlite3 *mem = NULL;
  sqlite3 *dest = NULL;

  make_file_db (path, "WAL", 20);

  /* A file into memory… */
  g_assert_cmpint (cw_sqlite_open_immutable (path, &src), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_open_memory (&mem), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (mem, "CREATE TABLE replaced (x)", ""), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_copy (mem, src), ==, SQLITE_OK);
  cw_sqlite_close (src, FALSE);
  g_assert_cmpint (count_rows (mem, "SELECT count(*) FROM rows"), ==, 20);
  g_assert_cmpint (count_rows (mem, "SELECT count(*) FROM sqlite_schema WHERE name = 'replaced'"),
                   ==, 0);

  /* …and memory into a new file, whole. */
  g_assert_cmpint (cw_sqlite_exec (mem, "DELETE FROM rows WHERE id > 5", ""), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_copy (dest, mem), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (dest, "SELECT count(*) FROM rows"), ==, 5);

  /* A copy into a database in a transaction cannot happen. */
  g_assert_cmpint (cw_sqlite_exec (dest, "BEGIN IMMEDIATE", ""), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_copy (dest, mem), !=, SQLITE_OK);
  cw_sqlite_rollback (dest);

  cw_sqlite_close (dest, TRUE);
  cw_sqlite_close (mem, FALSE);
}

static void
test_quick_check (void)
{
  g_autofree char *path = file_path ("checked.sqlite3");
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean ok = FALSE;
  sqlite3 *db = NULL;
  gsize offset;
  int rc;

  make_file_db (path, "DELETE", 100);
  g_assert_cmpint (cw_sqlite_open_immutable (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_quick_check (db, &ok), ==, SQLITE_OK);
  g_assert_true (ok);
  cw_sqlite_close (db, FALSE);

  /* Garbage over pages 3 to 5, far from the header: found by quick_check, not at open. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 8 * 4096);
  for (offset = 2 * 4096; offset < 5 * 4096; offset++)
    contents[offset] = (char) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_assert_cmpint (cw_sqlite_open_immutable (path, &db), ==, SQLITE_OK);
  ok = TRUE;
  rc = cw_sqlite_quick_check (db, &ok);
  g_test_message ("quick_check: %s, ok = %d", sqlite3_errstr (rc), ok);
  g_assert_true ((rc == SQLITE_OK && !ok) || cw_sqlite_rc_is_corrupt (rc));
  g_assert_false (ok);
  cw_sqlite_close (db, FALSE);
}

static void
test_close (void)
{
  g_autofree char *path = file_path ("logged.sqlite3");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db = NULL;
  GStatBuf st;

  make_file_db (path, "WAL", 1);

  /* Without a checkpoint, the commits stay in the log as they are… */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (cw_sqlite_exec (db, "INSERT INTO rows (payload) VALUES ('logged')", ""), ==,
                   SQLITE_OK);
  cw_sqlite_close (db, FALSE);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  /* …and with one, they go into the file and the log goes away. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM rows"), ==, 2);
  cw_sqlite_close (db, TRUE);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  cw_sqlite_close (NULL, TRUE);
}

static void
test_failures (void)
{
  static const struct
  {
    int             rc;
    int             sys_errno;
    CwSqliteFailure failure;
  } rcs[] = {
    { SQLITE_FULL, 0, CW_SQLITE_FAILURE_FULL },
    { SQLITE_IOERR_WRITE, 0, CW_SQLITE_FAILURE_IO },
    { SQLITE_IOERR_FSYNC, EIO, CW_SQLITE_FAILURE_IO },
    { SQLITE_IOERR_SHMSIZE, ENOSPC, CW_SQLITE_FAILURE_FULL },
    { SQLITE_IOERR_WRITE, EDQUOT, CW_SQLITE_FAILURE_FULL },
    { SQLITE_IOERR_SHORT_READ, 0, CW_SQLITE_FAILURE_CORRUPT },
    { SQLITE_CORRUPT, 0, CW_SQLITE_FAILURE_CORRUPT },
    { SQLITE_CORRUPT_INDEX, 0, CW_SQLITE_FAILURE_CORRUPT },
    { SQLITE_NOTADB, 0, CW_SQLITE_FAILURE_CORRUPT },
    { SQLITE_READONLY, 0, CW_SQLITE_FAILURE_READ_ONLY },
    { SQLITE_READONLY_DBMOVED, 0, CW_SQLITE_FAILURE_READ_ONLY },
    { SQLITE_PERM, 0, CW_SQLITE_FAILURE_READ_ONLY },
    { SQLITE_AUTH, 0, CW_SQLITE_FAILURE_READ_ONLY },
    { SQLITE_CANTOPEN, ENOENT, CW_SQLITE_FAILURE_CANTOPEN },
    { SQLITE_BUSY, 0, CW_SQLITE_FAILURE_BUSY },
    { SQLITE_BUSY_SNAPSHOT, 0, CW_SQLITE_FAILURE_BUSY },
    { SQLITE_LOCKED, 0, CW_SQLITE_FAILURE_BUSY },
    { SQLITE_CONSTRAINT_UNIQUE, 0, CW_SQLITE_FAILURE_OTHER },
    { SQLITE_NOMEM, ENOSPC, CW_SQLITE_FAILURE_OTHER },
    { SQLITE_ERROR, 0, CW_SQLITE_FAILURE_OTHER },
    { SQLITE_INTERRUPT, 0, CW_SQLITE_FAILURE_OTHER },
  };
  static const struct
  {
    int             saved_errno;
    CwSqliteFailure failure;
  } errnos[] = {
    { ENOSPC, CW_SQLITE_FAILURE_FULL },
    { EDQUOT, CW_SQLITE_FAILURE_FULL },
    { EACCES, CW_SQLITE_FAILURE_READ_ONLY },
    { EPERM, CW_SQLITE_FAILURE_READ_ONLY },
    { EROFS, CW_SQLITE_FAILURE_READ_ONLY },
    { EIO, CW_SQLITE_FAILURE_IO },
    { ENOENT, CW_SQLITE_FAILURE_CANTOPEN },
    { ENOTDIR, CW_SQLITE_FAILURE_CANTOPEN },
    { 0, CW_SQLITE_FAILURE_CANTOPEN },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (rcs); i++)
    {
      g_test_message ("%s, errno %d", sqlite3_errstr (rcs[i].rc), rcs[i].sys_errno);
      g_assert_cmpint (cw_sqlite_failure_for_rc (rcs[i].rc, rcs[i].sys_errno), ==,
                       rcs[i].failure);
      g_assert_cmpint (cw_sqlite_rc_is_corrupt (rcs[i].rc), ==,
                       rcs[i].failure == CW_SQLITE_FAILURE_CORRUPT);
    }

  for (i = 0; i < G_N_ELEMENTS (errnos); i++)
    g_assert_cmpint (cw_sqlite_failure_for_errno (errnos[i].saved_errno), ==, errnos[i].failure);
}

static void
test_set_error (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = memory_db ();
  int rc;

  /* The connection's own message, which names the problem… */
  rc = cw_sqlite_exec (db, "SELEC 1", "");
  g_assert_false (cw_sqlite_set_error (&error, db, rc, "SELEC 1"));
  g_assert_error (error, CW_SQLITE_ERROR, SQLITE_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "SELEC 1: "));
  g_assert_nonnull (strstr (error->message, "syntax error"));
  g_clear_error (&error);

  /* …the extended code's primary code… */
  rc = cw_sqlite_exec (db, "INSERT INTO t (name) VALUES ('x'), ('x')", "");
  g_assert_false (cw_sqlite_set_error (&error, db, rc, "insert"));
  g_assert_error (error, CW_SQLITE_ERROR, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "UNIQUE"));
  g_clear_error (&error);

  /* …and without a connection (or one that has moved on), SQLite's words for the code. */
  g_assert_false (cw_sqlite_set_error (&error, NULL, SQLITE_FULL, "saving"));
  g_assert_error (error, CW_SQLITE_ERROR, SQLITE_FULL);
  g_assert_cmpstr (error->message, ==, "saving: database or disk is full");
  g_clear_error (&error);
  g_assert_false (cw_sqlite_set_error (&error, db, SQLITE_CORRUPT, "reading"));
  g_assert_cmpstr (error->message, ==, "reading: database disk image is malformed");
  g_assert_false (cw_sqlite_set_error (NULL, db, SQLITE_CORRUPT, "ignored"));

  cw_sqlite_close (db, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sqlite/exec-and-query", test_exec_and_query);
  g_test_add_func ("/sqlite/prepare-and-columns", test_prepare_and_columns);
  g_test_add_func ("/sqlite/rerun", test_rerun);
  g_test_add_func ("/sqlite/script-and-rollback", test_script_and_rollback);
  g_test_add_func ("/sqlite/repair-text", test_repair_text);
  g_test_add_func ("/sqlite/open-immutable", test_open_immutable);
  g_test_add_func ("/sqlite/copy", test_copy);
  g_test_add_func ("/sqlite/quick-check", test_quick_check);
  g_test_add_func ("/sqlite/close", test_close);
  g_test_add_func ("/sqlite/failures", test_failures);
  g_test_add_func ("/sqlite/set-error", test_set_error);

  return g_test_run ();
}
