/* test-progress-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cw-paths.h"
#include "cw-progress-store.h"

/*
 * Every test gets its own XDG_DATA_HOME (G_TEST_OPTION_ISOLATE_DIRS), so the store lives in
 * cw_paths_get_user_data_dir() exactly as in the app. The clock is injected and the time
 * zone is UTC unless a test says otherwise.
 *
 * I/O errors come from a pass-through SQLite VFS registered as the default (FaultVfs
 * below); a real full disk from a 256 KiB tmpfs (root only); a read-only folder from a
 * child running as nobody through setpriv (root) or from chmod (anyone else).
 */

/* This program, for the child that runs as nobody. */
static char *test_exe;

typedef sqlite3_stmt TestStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestStmt, sqlite3_finalize)

/* 2024-03-01T12:00:00Z */
#define T0        G_GINT64_CONSTANT (1709294400000000)
#define SECOND    G_GINT64_CONSTANT (1000000)
#define MINUTE    (60 * SECOND)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)

typedef struct
{
  gint64 now;
} TestClock;

static gint64
test_clock_now (gpointer data)
{
  return ((TestClock *) data)->now;
}


/* A pass-through VFS that can fail on demand. */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
  gboolean      is_wal;
  gboolean      trap_armed;
} FaultFile;

static struct
{
  int      wal_write_rc;   /* fail writes to -wal files with this code */
  int      remaining;      /* failures left; -1 for no limit */
  gboolean commit_trap;    /* only the page of a commit frame, written before failing */
  int      read_rc;        /* fail every read */
  gboolean then_fail_all;  /* once the trap has sprung, fail every later -wal write and read */
} fault;

static sqlite3_vfs *fault_real_vfs;
static sqlite3_vfs fault_vfs;

#define FAULT_REAL(f) (((FaultFile *) (f))->real)

static void
fault_reset (void)
{
  memset (&fault, 0, sizeof fault);
}

static int
fault_close (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xClose (FAULT_REAL (file));
}

static int
fault_read (sqlite3_file *file,
            void         *buffer,
            int           amount,
            sqlite3_int64 offset)
{
  if (fault.read_rc != SQLITE_OK)
    return fault.read_rc;

  return FAULT_REAL (file)->pMethods->xRead (FAULT_REAL (file), buffer, amount, offset);
}

static int
fault_write (sqlite3_file *file,
             const void   *buffer,
             int           amount,
             sqlite3_int64 offset)
{
  FaultFile *ff = (FaultFile *) file;
  int rc;

  if (!ff->is_wal || fault.wal_write_rc == SQLITE_OK || fault.remaining == 0)
    return ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);

  if (fault.commit_trap)
    {
      /* A WAL frame is written as a 24-byte header, then the page. A commit frame's header
       * holds the database size in bytes 4–7. Let both reach the disk, then say the page
       * write failed: a complete, valid commit the writer believes failed. */
      if (!ff->trap_armed)
        {
          if (amount == 24 && ((const guint8 *) buffer)[4] + ((const guint8 *) buffer)[5] +
                              ((const guint8 *) buffer)[6] + ((const guint8 *) buffer)[7] > 0)
            ff->trap_armed = TRUE;
          return ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);
        }

      ff->trap_armed = FALSE;
      rc = ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);
      g_assert_cmpint (rc, ==, SQLITE_OK);
      if (fault.then_fail_all)
        {
          fault.commit_trap = FALSE;
          fault.remaining = -1;
          fault.read_rc = SQLITE_IOERR_READ;
          return fault.wal_write_rc;
        }
    }

  if (fault.remaining > 0)
    fault.remaining--;

  return fault.wal_write_rc;
}

static int
fault_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return FAULT_REAL (file)->pMethods->xTruncate (FAULT_REAL (file), size);
}

static int
fault_sync (sqlite3_file *file, int flags)
{
  return FAULT_REAL (file)->pMethods->xSync (FAULT_REAL (file), flags);
}

static int
fault_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return FAULT_REAL (file)->pMethods->xFileSize (FAULT_REAL (file), size);
}

static int
fault_lock (sqlite3_file *file, int lock)
{
  return FAULT_REAL (file)->pMethods->xLock (FAULT_REAL (file), lock);
}

static int
fault_unlock (sqlite3_file *file, int lock)
{
  return FAULT_REAL (file)->pMethods->xUnlock (FAULT_REAL (file), lock);
}

static int
fault_check_reserved_lock (sqlite3_file *file, int *out)
{
  return FAULT_REAL (file)->pMethods->xCheckReservedLock (FAULT_REAL (file), out);
}

static int
fault_file_control (sqlite3_file *file, int op, void *arg)
{
  return FAULT_REAL (file)->pMethods->xFileControl (FAULT_REAL (file), op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xSectorSize (FAULT_REAL (file));
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xDeviceCharacteristics (FAULT_REAL (file));
}

static int
fault_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return FAULT_REAL (file)->pMethods->xShmMap (FAULT_REAL (file), page, size, extend, out);
}

static int
fault_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return FAULT_REAL (file)->pMethods->xShmLock (FAULT_REAL (file), offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  FAULT_REAL (file)->pMethods->xShmBarrier (FAULT_REAL (file));
}

static int
fault_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return FAULT_REAL (file)->pMethods->xShmUnmap (FAULT_REAL (file), delete_flag);
}

static int
fault_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return FAULT_REAL (file)->pMethods->xFetch (FAULT_REAL (file), offset, amount, out);
}

static int
fault_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return FAULT_REAL (file)->pMethods->xUnfetch (FAULT_REAL (file), offset, page);
}

static const sqlite3_io_methods fault_io_methods = {
  3,
  fault_close,
  fault_read,
  fault_write,
  fault_truncate,
  fault_sync,
  fault_file_size,
  fault_lock,
  fault_unlock,
  fault_check_reserved_lock,
  fault_file_control,
  fault_sector_size,
  fault_device_characteristics,
  fault_shm_map,
  fault_shm_lock,
  fault_shm_barrier,
  fault_shm_unmap,
  fault_fetch,
  fault_unfetch,
};

static int
fault_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  FaultFile *ff = (FaultFile *) file;
  int rc;

  ff->real = (sqlite3_file *) (ff + 1);
  ff->is_wal = (flags & SQLITE_OPEN_WAL) != 0;
  ff->trap_armed = FALSE;
  rc = fault_real_vfs->xOpen (fault_real_vfs, name, ff->real, flags, out_flags);
  file->pMethods = ff->real->pMethods != NULL ? &fault_io_methods : NULL;

  return rc;
}

static void
fault_vfs_install (void)
{
  fault_real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (fault_real_vfs);

  fault_vfs = *fault_real_vfs;
  fault_vfs.zName = "cw-fault";
  fault_vfs.szOsFile = sizeof (FaultFile) + fault_real_vfs->szOsFile;
  fault_vfs.xOpen = fault_open;
  fault_vfs.pNext = NULL;
  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}


/* Helpers */

static void make_filled_store (const char *dir);
static void remove_tree       (const char *path);

static char *
data_dir_new (void)
{
  return cw_paths_get_user_data_dir ();
}

static char *
progress_path (const char *dir)
{
  return g_build_filename (dir, "progress.sqlite3", NULL);
}

static CwProgressStore *
store_open (const char *dir,
            TestClock  *clock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  CwProgressStore *store;

  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (clock != NULL)
    cw_progress_store_set_clock (store, test_clock_now, clock);
  cw_progress_store_set_timezone (store, utc);

  return store;
}

static void
store_close (CwProgressStore *store)
{
  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

static sqlite3 *
db_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  return db;
}

static void
db_exec (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
db_query_text (sqlite3    *db,
               const char *sql)
{
  g_autoptr(TestStmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gint64
db_query_int (sqlite3    *db,
              const char *sql)
{
  g_autoptr(TestStmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int64 (stmt, 0);
}

/* Tables, columns and indexes, to compare a migrated schema with a fresh one. */
static char *
db_describe_schema (sqlite3 *db)
{
  g_autoptr(TestStmt) stmt = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT m.type, m.name, p.name, p.type, p.\"notnull\","
                                       "       coalesce(p.dflt_value, ''), p.pk"
                                       "  FROM sqlite_schema AS m"
                                       "  LEFT JOIN pragma_table_info(m.name) AS p"
                                       " WHERE m.name NOT LIKE 'sqlite_%'"
                                       " ORDER BY m.type, m.name, p.cid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int i;

      for (i = 0; i < 7; i++)
        g_string_append_printf (text, "%s|", (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static char *
file_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return contents;
}

static GBytes *
file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
file_write (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
truncate_file (const char *path,
               gsize       length)
{
  g_autoptr(GBytes) bytes = file_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, length);
  file_write (path, g_bytes_get_data (bytes, NULL), length);
}

static gboolean
file_exists (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char **
dir_list (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (names, FALSE);
}

/* A store with a little of everything, written at T0 and shortly after. */
static void
fill_store (CwProgressStore *store,
            TestClock       *clock)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_progress_store_mark_opened (store, "ownership", &error));
  g_assert_no_error (error);
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_record_answer (store, "ownership", 0, 1, TRUE, &error));
  g_assert_true (cw_progress_store_record_answer (store, "ownership", 1, 0, FALSE, &error));
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_record_answer (store, "ownership", 1, 2, TRUE, &error));
  g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, &error));
  g_assert_true (cw_progress_store_set_note (store, "ownership", "One owner; “move” ends it.",
                                             &error));
  g_assert_true (cw_progress_store_mark_opened (store, "borrowing", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 40, "naive", 140000000, "102334155",
                                                &error));
  g_assert_no_error (error);
}

/* Records every "changed" emission as "detail:lesson". */
static void
on_changed (CwProgressStore *store,
            const char      *lesson_id,
            GPtrArray       *log)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (store);

  g_ptr_array_add (log, g_strdup_printf ("%s:%s", g_quark_to_string (hint->detail),
                                         lesson_id != NULL ? lesson_id : "-"));
}

static char *
log_take (GPtrArray *log)
{
  char *joined;

  g_ptr_array_add (log, NULL);
  joined = g_strjoinv (" ", (char **) log->pdata);
  g_ptr_array_set_size (log, 0);

  return joined;
}

#define assert_log(log, expected) \
  G_STMT_START { \
    g_autofree char *assert_log_text = log_take (log); \
    g_assert_cmpstr (assert_log_text, ==, (expected)); \
  } G_STMT_END


/* Opening and the basic operations */

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


/* The review schedule */

static guint
review_box (CwProgressStore *store,
            const char      *lesson_id,
            gint64          *due_usec)
{
  g_autoptr(GDateTime) due = NULL;
  guint box = 0;

  g_assert_true (cw_progress_store_get_review (store, lesson_id, &box, &due));
  if (due_usec != NULL)
    *due_usec = g_date_time_to_unix (due) * G_USEC_PER_SEC + g_date_time_get_microsecond (due);

  return box;
}

static gboolean
is_due (CwProgressStore *store,
        const char      *lesson_id)
{
  g_auto(GStrv) due = cw_progress_store_dup_due_lessons (store);

  return g_strv_contains ((const char * const *) due, lesson_id);
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


/* Streaks */

static void
add_activity (CwProgressStore *store,
              TestClock       *clock,
              gint64           when)
{
  g_autoptr(GError) error = NULL;
  gint64 saved = clock->now;

  clock->now = when;
  g_assert_true (cw_progress_store_add_fib_run (store, 10, "iterative", 100, "55", &error));
  g_assert_no_error (error);
  clock->now = saved;
}

static void
test_streak_days (void)
{
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);

  /* Today only. */
  add_activity (store, &clock, T0);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* Yesterday, the day before and (after a gap) five days ago. */
  add_activity (store, &clock, T0 - DAY);
  add_activity (store, &clock, T0 - 2 * DAY + 11 * HOUR);     /* 23:00 */
  add_activity (store, &clock, T0 - 2 * DAY - 12 * HOUR);     /* 00:00 */
  add_activity (store, &clock, T0 - 5 * DAY);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 3);

  /* Tomorrow, before anything is done: the streak still counts up to yesterday. */
  clock.now = T0 + DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 3);
  add_activity (store, &clock, clock.now);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 4);

  /* A day missed ends it. */
  clock.now = T0 + 3 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);

  /* A clock set back does not count activity "from the future". */
  clock.now = T0 - 3 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);
  clock.now = T0 - DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  store_close (store);
}

static void
test_streak_time_zones (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) kathmandu = g_time_zone_new_identifier ("Asia/Kathmandu");
  TestClock clock = { 0 };
  CwProgressStore *store;

  if (tokyo == NULL || new_york == NULL || kathmandu == NULL)
    {
      g_test_skip ("No time zone data");
      return;
    }

  store = store_open (dir, &clock);

  /* Activity at 23:30 UTC on 1 March and 10:00 UTC on 2 March; now 12:00 UTC on 2 March. */
  add_activity (store, &clock, T0 + 11 * HOUR + 30 * MINUTE);
  add_activity (store, &clock, T0 + DAY - 2 * HOUR);
  clock.now = T0 + DAY;

  /* UTC: 1 and 2 March — two days. */
  cw_progress_store_set_timezone (store, utc);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* Tokyo (+09:00): 08:30 and 19:00 on 2 March, now 21:00 — one day. */
  cw_progress_store_set_timezone (store, tokyo);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* New York (-05:00): 18:30 on 1 March and 05:00 on 2 March — two days. */
  cw_progress_store_set_timezone (store, new_york);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* Kathmandu (+05:45): 05:15 and 15:45 on 2 March — one day. */
  cw_progress_store_set_timezone (store, kathmandu);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* Just after midnight in Tokyo on 3 March (15:05 UTC on 2 March): yesterday counts. */
  clock.now = T0 + DAY + 3 * HOUR + 5 * MINUTE;
  cw_progress_store_set_timezone (store, tokyo);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);
  cw_progress_store_set_timezone (store, utc);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* NULL goes back to local time; whatever that is here, it must not crash. */
  cw_progress_store_set_timezone (store, NULL);
  g_assert_cmpuint (cw_progress_store_get_streak (store), <=, 2);

  store_close (store);
}


/* Migrations, versions and damaged files */

static void
load_fixture (const char *dir,
              const char *name)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *sql = file_read (fixture);
  g_autofree char *path = progress_path (dir);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = db_open (path);
  db_exec (db, sql);
  sqlite3_close (db);
}

static char *
fresh_schema (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "fresh", NULL);
  g_autofree char *path = progress_path (dir);
  CwProgressStore *store = store_open (dir, NULL);
  char *schema;
  sqlite3 *db;

  store_close (store);
  db = db_open (path);
  schema = db_describe_schema (db);
  sqlite3_close (db);

  return schema;
}

static void
assert_schema_current (const char *dir)
{
  g_autofree char *path = progress_path (dir);
  g_autofree char *expected = fresh_schema ();
  g_autofree char *schema = NULL;
  sqlite3 *db = db_open (path);

  g_assert_cmpint (db_query_int (db, "PRAGMA user_version"), ==, CW_PROGRESS_SCHEMA_VERSION);
  schema = db_describe_schema (db);
  g_assert_cmpstr (schema, ==, expected);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  sqlite3_close (db);
}

/* What both fixtures share, as the current store sees it. */
static void
assert_fixture_v1_data (CwProgressStore *store,
                        TestClock       *clock)
{
  g_autoptr(GDateTime) changed = NULL;
  g_autofree char *last = NULL;
  guint choice = 0;
  gboolean correct = FALSE;
  guint n_correct = 0;
  guint n_answered = 0;

  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "ownership", &changed), ==,
                   CW_LESSON_LEARNED);
  g_assert_cmpint (g_date_time_to_unix (changed), ==, 1700003600);
  g_clear_pointer (&changed, g_date_time_unref);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "borrowing", &changed), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_cmpint (g_date_time_to_unix (changed), ==, 1700086400);

  g_assert_true (cw_progress_store_get_answer (store, "ownership", 0, &choice, &correct));
  g_assert_cmpuint (choice, ==, 1);
  g_assert_true (correct);
  g_assert_true (cw_progress_store_get_answer (store, "ownership", 1, &choice, &correct));
  g_assert_cmpuint (choice, ==, 2);
  g_assert_true (correct);
  g_assert_true (cw_progress_store_get_accuracy (store, &n_correct, &n_answered));
  g_assert_cmpuint (n_correct, ==, 2);
  g_assert_cmpuint (n_answered, ==, 3);

  last = cw_progress_store_dup_last_lesson (store);
  g_assert_cmpstr (last, ==, "borrowing");

  /* The activity log was filled from the old times: 14 and 15 November (UTC). */
  clock->now = G_GINT64_CONSTANT (1700089200) * G_USEC_PER_SEC;   /* 15 Nov, 23:00 */
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);
}

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

static void
write_newer (const char *dir,
             gboolean    leave_wal)
{
  g_autofree char *path = progress_path (dir);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = db_open (path);
  db_exec (db, "PRAGMA journal_mode = WAL;"
               "CREATE TABLE future (x);"
               "INSERT INTO future VALUES ('from Crabwise 9');"
               "PRAGMA user_version = 99;");
  if (leave_wal)
    {
      /* A newer Crabwise killed with commits still in its log. */
      db_exec (db, "INSERT INTO future VALUES ('only in the log')");
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
    }
  sqlite3_close (db);
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


/* A stale write-ahead log */

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


/* Export, import, reset */

/* The export without its "exported_at" line. */
static char *
export_without_time (CwProgressStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = cw_progress_store_export_json (store, &error);
  g_auto(GStrv) lines = NULL;
  GString *kept = g_string_new (NULL);
  guint i;

  g_assert_no_error (error);
  g_assert_nonnull (json);
  lines = g_strsplit (json, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"exported_at\"") == NULL)
      g_string_append_printf (kept, "%s\n", lines[i]);

  return g_string_free (kept, FALSE);
}

static void
fill_store_more (CwProgressStore *store,
                 TestClock       *clock)
{
  g_autoptr(GError) error = NULL;

  fill_store (store, clock);
  clock->now += DAY + 1;
  g_assert_true (cw_progress_store_record_review (store, "ownership", TRUE, &error));
  g_assert_true (cw_progress_store_set_learned (store, "traits", TRUE, &error));
  g_assert_true (cw_progress_store_set_note (store, "traits", "dyn vs impl\n\"quoted\"", &error));
  /* Two identical answers in the same microsecond: both kept, both come back. */
  g_assert_true (cw_progress_store_record_answer (store, "traits", 0, 0, FALSE, &error));
  g_assert_true (cw_progress_store_record_answer (store, "traits", 0, 0, FALSE, &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 93, "doubling", 250, "12200160415121876738",
                                                &error));
  g_assert_no_error (error);
}

static void
test_export_round_trip (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) skipped = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  guint streak;

  fill_store_more (store, &clock);
  streak = cw_progress_store_get_streak (store);
  g_assert_cmpuint (streak, ==, 2);
  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"format\" : \"crabwise-progress\""));
  g_assert_nonnull (strstr (json, "\"version\" : 1"));
  first = export_without_time (store);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (cw_progress_store_reset (store, &error));
  assert_log (log, "all:-");
  g_assert_cmpuint (cw_progress_store_count_learned (store), ==, 0);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);
  g_assert_null (cw_progress_store_dup_last_lesson (store));
  empty = export_without_time (store);
  g_assert_cmpstr (empty, !=, first);

  /* Later, in another time zone: nothing in the document depends on either. */
  clock.now += 7 * DAY;
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, &skipped,
                                                &error));
  g_assert_no_error (error);
  assert_log (log, "all:-");
  g_assert_nonnull (skipped);
  g_assert_cmpuint (g_strv_length (skipped), ==, 0);
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);

  /* Replace gives the same; so does importing into a store of its own. */
  g_clear_pointer (&second, g_free);
  g_assert_true (cw_progress_store_import_json (store, json, strlen (json), NULL,
                                                CW_IMPORT_REPLACE, NULL, &error));
  second = export_without_time (store);
  g_assert_cmpstr (second, ==, first);
  clock.now -= 7 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, streak);

  store_close (store);
}

static void
assert_import_refused (CwProgressStore *store,
                       const char      *json,
                       int              code,
                       const char      *detail)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export_without_time (store);
  g_autofree char *after = NULL;
  char **skipped = (char **) 0x1;

  g_assert_false (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_REPLACE,
                                                 &skipped, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, code);
  g_assert_null (skipped);
  if (detail != NULL && strstr (error->message, detail) == NULL)
    g_error ("“%s” not in “%s”", detail, error->message);

  /* Nothing written. */
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
}

#define AT10 "\"2024-03-01T10:00:00Z\""
#define AT11 "\"2024-03-01T11:00:00Z\""
#define AT_NEXT "\"2024-03-02T10:00:00Z\""
#define DOC_HEAD "{\"format\": \"crabwise-progress\", \"version\": 1, "
#define LESSON_OK "{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 "," \
                  " \"learned_at\": " AT11 ", \"changed_at\": " AT11 "}"

static void
test_import_validation (void)
{
  static const struct
  {
    const char *json;
    int         code;
    const char *detail;
  } cases[] = {
    { "", CW_PROGRESS_ERROR_INVALID_IMPORT, "$: expected an object" },
    { "{\"format\": ", CW_PROGRESS_ERROR_INVALID_IMPORT, "not valid JSON" },
    { "[1, 2]", CW_PROGRESS_ERROR_INVALID_IMPORT, "$: expected an object" },
    { "{\"version\": 1}", CW_PROGRESS_ERROR_INVALID_IMPORT, "$.format: missing" },
    { "{\"format\": \"something-else\", \"version\": 1}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.format" },
    { "{\"format\": \"crabwise-progress\"}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: missing" },
    { "{\"format\": \"crabwise-progress\", \"version\": \"1\"}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: expected a whole number" },
    { "{\"format\": \"crabwise-progress\", \"version\": 1.0}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: expected a whole number" },
    { "{\"format\": \"crabwise-progress\", \"version\": 0}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "$.version: the number is out of range" },
    { "{\"format\": \"crabwise-progress\", \"version\": 2}", CW_PROGRESS_ERROR_NEWER_VERSION,
      "newer version" },
    { DOC_HEAD "\"lessons\": {}}", CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons: expected a list" },
    { DOC_HEAD "\"lessons\": [1]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[0]: expected an object" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK ", {\"id\": 7}]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[1].id: expected a string" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"\", \"state\": \"learned\"}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].id: expected a lesson id" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"done\", \"opened_at\": " AT10 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].state" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\","
      " \"opened_at\": \"2024-03-01T10:00:00\","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].opened_at: expected a date" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "lessons[0].learned_at" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK ", " LESSON_OK "]}", CW_PROGRESS_ERROR_INVALID_IMPORT,
      "lessons[1].id: this lesson appears twice" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": -1, \"choice\": 0,"
      " \"correct\": true,"
      " \"answered_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].question: the number is out of range" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0, \"correct\": 1,"
      " \"answered_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].correct: expected true or false" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0,"
      " \"correct\": true}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "answers[0].answered_at: missing" },
    { DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": null, \"changed_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "notes[0].text: expected a string" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"reviews\": [{\"lesson\": \"a\", \"box\": 6,"
      " \"due_at\": " AT_NEXT ", \"reviewed_at\": null}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "reviews[0].box: the number is out of range" },
    { DOC_HEAD "\"reviews\": [{\"lesson\": \"a\", \"box\": 1,"
      " \"due_at\": " AT_NEXT ", \"reviewed_at\": null}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "reviews[0].lesson: only a lesson learned" },
    { DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"naive\", \"elapsed_ns\": -5,"
      " \"value_preview\": \"1\", \"ran_at\": " AT10 "}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "fib_runs[0].elapsed_ns: the number is out of range" },
    { DOC_HEAD "\"activity\": [" AT10 ", 12]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "activity[1]: expected a date" },
    /* Valid up to the last record: still nothing is written. */
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"notes\": [{\"lesson\": \"a\", \"text\": \"n\","
      " \"changed_at\": " AT10 "}], \"fib_runs\": [{\"n\": 40}]}",
      CW_PROGRESS_ERROR_INVALID_IMPORT, "fib_runs[0].algorithm: missing" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, cases[i].code, cases[i].detail);
    }

  store_close (store);
}

/* json-glib's parser recurses once per level: a document nested 100,000 levels deep used
 * to overflow the stack. Run in a child, so that a crash fails this test, not the program. */
static void
test_import_nested_deep (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GString *json;
  TestClock clock = { T0 };
  CwProgressStore *store;
  guint i;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = data_dir_new ();
  store = store_open (dir, &clock);
  fill_store (store, &clock);
  before = export_without_time (store);

  json = g_string_new (DOC_HEAD "\"lessons\": ");
  for (i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  for (i = 0; i < 100000; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');

  g_assert_false (cw_progress_store_import_json (store, json->str, json->len, NULL,
                                                 CW_IMPORT_REPLACE, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_nonnull (strstr (error->message, "nested more than"));
  g_clear_error (&error);
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);

  /* The same nesting inside a string is only text. */
  g_string_truncate (json, 0);
  g_string_append (json, DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"");
  for (i = 0; i < 1000; i++)
    g_string_append (json, "[{\\\"");
  g_string_append (json, "\", \"changed_at\": " AT10 "}]}");
  g_assert_true (cw_progress_store_import_json (store, json->str, json->len, NULL,
                                                CW_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);

  g_string_free (json, TRUE);
  store_close (store);
}

/* json-glib ends a string at U+0000: "memory\u0000evil" was stored as "memory". */
static void
test_import_nul (void)
{
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);
  assert_import_refused (store,
                         DOC_HEAD "\"lessons\": [{\"id\": \"memory\\u0000evil\", \"state\": \"learned\","
                         " \"opened_at\": " AT10 ", \"learned_at\": " AT11 ", \"changed_at\": " AT11 "}]}",
                         CW_PROGRESS_ERROR_INVALID_IMPORT, "U+0000");
  assert_import_refused (store,
                         DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"x\\u0000\","
                         " \"changed_at\": " AT10 "}]}",
                         CW_PROGRESS_ERROR_INVALID_IMPORT, "line 1: a text holds the character U+0000");
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "memory", NULL), ==,
                   CW_LESSON_NOT_STARTED);

  /* An escaped backslash before "u0000" is only text. */
  g_assert_true (cw_progress_store_import_json (store,
                                                DOC_HEAD "\"notes\": [{\"lesson\": \"a\","
                                                " \"text\": \"C:\\\\u0000\", \"changed_at\": " AT10 "}]}",
                                                -1, NULL, CW_IMPORT_MERGE, NULL, NULL));
  store_close (store);
}

/* Larger than any export: refused before a byte is parsed. */
static void
test_import_too_large (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  gsize size = 64 * 1024 * 1024 + 1;
  g_autofree char *json = g_malloc0 (size);
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  memcpy (json, DOC_HEAD, strlen (DOC_HEAD));
  g_assert_false (cw_progress_store_import_json (store, json, size, NULL, CW_IMPORT_MERGE, NULL,
                                                 &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_nonnull (strstr (error->message, "larger than"));
  store_close (store);
}

/* 0001-01-01T00:00:00+14:00 parses, but in UTC it is in year 0, a date GDateTime cannot
 * hold: the Progress page showed "(null)", and the app's own export was refused by its
 * import. Every time is checked against the range the store keeps. */
static void
test_import_time_range (void)
{
  static const struct
  {
    const char *json;
    const char *detail;
  } cases[] = {
    { DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"naive\", \"elapsed_ns\": 5,"
      " \"value_preview\": \"1\", \"ran_at\": \"0001-01-01T00:00:00+14:00\"}]}",
      "fib_runs[0].ran_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"activity\": [\"0001-01-01T00:00:00+14:00\"]}",
      "activity[0]: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"in-progress\","
      " \"opened_at\": \"1969-12-31T23:59:59Z\", \"learned_at\": null,"
      " \"changed_at\": " AT10 "}]}",
      "lessons[0].opened_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"answers\": [{\"lesson\": \"a\", \"question\": 0, \"choice\": 0,"
      " \"correct\": true, \"answered_at\": \"9999-06-01T00:00:00Z\"}]}",
      "answers[0].answered_at: expected a time from 1970 to 9998" },
    { DOC_HEAD "\"exported_at\": \"0001-01-01T00:00:00+01:00\"}",
      "$.exported_at: expected a time from 1970 to 9998" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             cases[i].detail);
    }

  store_close (store);
}

/* A learned lesson with no schedule never came up for review. Rule: it gets the schedule
 * a lesson learned before there were schedules gets (box 1, due a day after learned). */
static void
test_import_learned_without_schedule (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gint64 due_at = 0;

  g_assert_true (cw_progress_store_import_json (store, DOC_HEAD "\"lessons\": [" LESSON_OK "]}",
                                                -1, NULL, CW_IMPORT_REPLACE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "a", NULL), ==, CW_LESSON_LEARNED);
  g_assert_cmpuint (review_box (store, "a", &due_at), ==, 1);
  g_assert_cmpint (due_at, ==, G_GINT64_CONSTANT (1709290800) * G_USEC_PER_SEC + DAY);
  clock.now = T0 + DAY;
  g_assert_true (is_due (store, "a"));
  store_close (store);
}

/* Rules: a lesson is opened before (or when) it changes state, and learned between the two;
 * a review happens before (or when) the lesson is next due. */
static void
test_import_time_order (void)
{
  static const struct
  {
    const char *json;
    const char *detail;
  } cases[] = {
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"in-progress\", \"opened_at\": " AT11 ","
      " \"learned_at\": null, \"changed_at\": " AT10 "}]}",
      "lessons[0].changed_at: earlier than opened_at" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT11 ","
      " \"learned_at\": " AT10 ", \"changed_at\": " AT11 "}]}",
      "lessons[0].learned_at: earlier than opened_at" },
    { DOC_HEAD "\"lessons\": [{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 ","
      " \"learned_at\": " AT11 ", \"changed_at\": " AT10 "}]}",
      "lessons[0].changed_at: earlier than learned_at" },
    { DOC_HEAD "\"lessons\": [" LESSON_OK "], \"reviews\": [{\"lesson\": \"a\", \"box\": 2,"
      " \"due_at\": " AT11 ", \"reviewed_at\": " AT_NEXT "}]}",
      "reviews[0].reviewed_at: later than due_at" },
  };
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  gsize i;

  fill_store (store, &clock);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_import_refused (store, cases[i].json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             cases[i].detail);
    }

  store_close (store);
}

static char *
doc_with_note (const char *text)
{
  return g_strdup_printf (DOC_HEAD "\"notes\": [{\"lesson\": \"a\", \"text\": \"%s\","
                          " \"changed_at\": " AT10 "}]}", text);
}

static char *
doc_with_run (const char *algorithm,
              const char *preview)
{
  return g_strdup_printf (DOC_HEAD "\"fib_runs\": [{\"n\": 40, \"algorithm\": \"%s\","
                          " \"elapsed_ns\": 5, \"value_preview\": \"%s\","
                          " \"ran_at\": " AT10 "}]}", algorithm, preview);
}

/* A note is at most 256 KiB, an algorithm name or a value preview at most 1 KiB, in an
 * import and in the store alike (so that every export imports again); every text is UTF-8. */
static void
test_import_sizes (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *most = g_strnfill (256 * 1024, 'n');
  g_autofree char *over = g_strnfill (256 * 1024 + 1, 'n');
  g_autofree char *short_over = g_strnfill (1025, '9');
  g_autofree char *note = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  fill_store (store, &clock);

  {
    g_autofree char *json = doc_with_note (over);

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "notes[0].text: a note is at most 256");
  }
  {
    g_autofree char *json = doc_with_run (short_over, "1");

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "fib_runs[0].algorithm: at most 1");
  }
  {
    g_autofree char *json = doc_with_run ("naive", short_over);

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "fib_runs[0].value_preview: at most 1");
  }
  {
    /* A lone surrogate: json-glib makes bytes that are not UTF-8 of it. */
    g_autofree char *json = doc_with_note ("x\\ud800y");

    assert_import_refused (store, json, CW_PROGRESS_ERROR_INVALID_IMPORT,
                           "notes[0].text: expected UTF-8 text");
  }
  {
    g_autofree char *json = doc_with_note (most);

    g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                  &error));
    g_assert_no_error (error);
  }

  /* The store keeps the same limit. */
  g_assert_false (cw_progress_store_set_note (store, "ownership", over, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_cmpstr (note, ==, "One owner; “move” ends it.");
  g_assert_true (cw_progress_store_set_note (store, "ownership", most, &error));
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_add_fib_run (store, 1, short_over, 1, "1", &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_progress_store_add_fib_run (store, 1, "naive", 1, short_over, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED);
  g_clear_error (&error);

  store_close (store);
}

/* Everything a store can hold, through the API, then what an older version or a broken
 * clock may have left in the file: times GDateTime cannot hold. */
static void
fill_every_kind (const char *dir,
                 TestClock  *clock)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = progress_path (dir);
  g_autofree char *long_id = g_strnfill (256, 'x');
  CwProgressStore *store = store_open (dir, clock);
  sqlite3 *db;

  fill_store_more (store, clock);
  g_assert_true (cw_progress_store_set_learned (store, long_id, TRUE, &error));
  g_assert_true (cw_progress_store_set_learned (store, "undone", TRUE, &error));
  clock->now += MINUTE;
  g_assert_true (cw_progress_store_set_learned (store, "undone", FALSE, &error));
  g_assert_true (cw_progress_store_record_answer (store, "traits", G_MAXUINT, G_MAXUINT, TRUE,
                                                  &error));
  g_assert_true (cw_progress_store_set_note (store, long_id,
                                             "Ünïcödé ✓\t\"quoted\" \\ back\r\n𝄞 \x01", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, 0, "iterative", G_MAXUINT64, "", &error));
  g_assert_true (cw_progress_store_add_fib_run (store, G_MAXUINT, "exact", 0, "1…9", &error));
  /* The clock set back an hour between opening a lesson and learning it. */
  g_assert_true (cw_progress_store_mark_opened (store, "clock-back", &error));
  clock->now -= HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back", TRUE, &error));
  g_assert_true (cw_progress_store_mark_opened (store, "clock-back-undone", &error));
  clock->now += 2 * HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back-undone", TRUE, &error));
  clock->now -= 3 * HOUR;
  g_assert_true (cw_progress_store_set_learned (store, "clock-back-undone", FALSE, &error));
  clock->now = 0;
  g_assert_true (cw_progress_store_mark_opened (store, "epoch", &error));
  g_assert_no_error (error);
  store_close (store);

  db = db_open (path);
  db_exec (db, "UPDATE fib_runs SET ran_at = -62135596800000001 WHERE n = 0;"
               "INSERT INTO answers (lesson_id, question, choice, correct, answered_at)"
               " VALUES ('ownership', 5, 1, 0, 9223372036854775807),"
               "        ('ownership', 6, 1, 0, -9223372036854775807);"
               "INSERT INTO activity (slot_start) VALUES (-100000000000), (9000000000000);"
               /* Learned with no schedule, times out of order, a review after its due date,
                * a schedule for a lesson not learned: all left by older versions. */
               "INSERT INTO lessons VALUES ('no-schedule', 'learned', 1709290800000000,"
               "                           1709294400000000, 1709294400000000);"
               "INSERT INTO lessons VALUES ('out-of-order', 'learned', 1709298000000000,"
               "                           1709294400000000, 1709290800000000);"
               "INSERT INTO reviews VALUES ('out-of-order', 3, 1709290800000000, 1709298000000000);"
               "INSERT INTO reviews VALUES ('borrowing', 2, 1709290800000000, NULL);");
  sqlite3_close (db);
}

/* Export then import gives the same progress, whatever the store holds; the export never
 * writes null for a time the store has. */
static void
test_round_trip_every_kind (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GDateTime) changed = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *merged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store;
  CwProgressStore *other;
  guint i;

  fill_every_kind (dir, &clock);
  clock.now = T0 + 3 * DAY;
  store = store_open (dir, &clock);

  /* Every stored time reads back as a date. */
  runs = cw_progress_store_list_fib_runs (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 4);
  for (i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(CwFibRun) run = g_list_model_get_item (runs, i);

      g_assert_nonnull (cw_fib_run_get_date (run));
    }
  g_assert_cmpint (cw_progress_store_get_lesson_state (store, "epoch", &changed), ==,
                   CW_LESSON_IN_PROGRESS);
  g_assert_nonnull (changed);

  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (json, "\"ran_at\" : null"));
  g_assert_null (strstr (json, "\"answered_at\" : null"));
  first = export_without_time (store);

  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  second = export_without_time (other);
  g_assert_cmpstr (second, ==, first);
  store_close (other);

  /* Merged into itself, nothing changes. */
  g_assert_true (cw_progress_store_import_json (store, json, -1, NULL, CW_IMPORT_MERGE, NULL,
                                                &error));
  g_assert_no_error (error);
  merged = export_without_time (store);
  g_assert_cmpstr (merged, ==, first);
  store_close (store);
}

/* Asynchronous import and export: the result comes back through the main loop. */

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

static char *
export_async (CwProgressStore   *store,
              GCancellable      *cancellable,
              char            ***damaged,
              GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_export_json_async (store, cancellable, on_async_done, &result);
  g_assert_null (result);
  return cw_progress_store_export_json_finish (store, wait_for_result (&result), damaged,
                                               error);
}

static gboolean
import_async (CwProgressStore   *store,
              const char        *json,
              CwImportMode       mode,
              GCancellable      *cancellable,
              char            ***skipped,
              GError           **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GAsyncResult) result = NULL;

  cw_progress_store_import_json_async (store, bytes, NULL, mode, cancellable, on_async_done,
                                       &result);
  g_assert_null (result);
  return cw_progress_store_import_json_finish (store, wait_for_result (&result), skipped, error);
}

static void
test_async_round_trip (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) skipped = NULL;
  g_auto(GStrv) damaged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *other;

  fill_store_more (store, &clock);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);
  g_assert_nonnull (damaged);
  g_assert_cmpuint (g_strv_length (damaged), ==, 0);
  first = export_without_time (store);
  store_close (store);

  other = store_open (other_dir, &clock);
  fill_store (other, &clock);
  g_signal_connect (other, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (import_async (other, json, CW_IMPORT_REPLACE, NULL, &skipped, &error));
  g_assert_no_error (error);
  g_assert_nonnull (skipped);
  g_assert_cmpuint (g_strv_length (skipped), ==, 0);
  assert_log (log, "all:-");
  second = export_without_time (other);
  g_assert_cmpstr (second, ==, first);
  g_assert_true (cw_progress_store_get_can_save (other));
  store_close (other);
}

/* A read-only session has no file to read: its copy in memory is exported. */
static void
test_async_read_only (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  CwProgressStore *store;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  store = cw_progress_store_new (dir, &error);
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_get_can_save (store));

  json = export_async (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"format\" : \"crabwise-progress\""));

  g_assert_false (import_async (store, json, CW_IMPORT_MERGE, NULL, NULL, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_CANNOT_SAVE);
  g_assert_nonnull (strstr (error->message, "is a folder, not a file"));
  store_close (store);
}

/* Refused and cancelled imports change nothing and emit nothing. */
static void
test_async_refused_and_cancelled (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *json = NULL;
  GString *deep = g_string_new (DOC_HEAD "\"lessons\": ");
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  char **skipped = (char **) 0x1;
  guint i;

  fill_store (store, &clock);
  before = export_without_time (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);

  for (i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (import_async (store, deep->str, CW_IMPORT_REPLACE, NULL, &skipped, &error));
  g_assert_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_INVALID_IMPORT);
  g_assert_null (skipped);
  g_clear_error (&error);
  g_string_free (deep, TRUE);

  json = export_async (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (import_async (store, DOC_HEAD "\"lessons\": []}", CW_IMPORT_REPLACE,
                                cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (export_async (store, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  assert_log (log, "");
  after = export_without_time (store);
  g_assert_cmpstr (after, ==, before);
  store_close (store);
}

/* Replaces one byte of @needle with 0xFF where it occurs in the file: @n_expected times. */
static void
damage_text (const char *path,
             const char *needle,
             gsize       offset,
             guint       n_expected)
{
  g_autofree char *contents = NULL;
  gsize n_needle = strlen (needle);
  gsize length = 0;
  guint n_found = 0;
  gsize i;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (i = 0; i + n_needle <= length; i++)
    if (memcmp (contents + i, needle, n_needle) == 0)
      {
        contents[i + offset] = (char) 0xff;
        n_found++;
      }
  g_assert_cmpuint (n_found, ==, n_expected);
  file_write (path, contents, length);
}

/* Damage inside a note's text passes integrity_check, and poisoned the whole export with
 * text that is not UTF-8. Rule: text read back is checked; a damaged note is repaired (the
 * damaged bytes become U+FFFD) and named, the rest exports as it is. */
static void
test_damaged_text (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *path = progress_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *check = NULL;
  g_autofree char *json = NULL;
  g_autofree char *note = NULL;
  g_autofree char *other_note = NULL;
  g_auto(GStrv) damaged = NULL;
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  CwProgressStore *other;
  guint n_answered = 0;
  sqlite3 *db;

  fill_store_more (store, &clock);
  store_close (store);
  damage_text (path, "One owner", 5, 1);
  db = db_open (path);
  check = db_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  sqlite3_close (db);

  store = store_open (dir, &clock);
  note = cw_progress_store_dup_note (store, "ownership");
  g_assert_true (g_utf8_validate (note, -1, NULL));
  g_assert_true (g_str_has_prefix (note, "One o\xef\xbf\xbdner"));

  json = cw_progress_store_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));

  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (other, "ownership", NULL), ==,
                   CW_LESSON_LEARNED);
  g_assert_true (cw_progress_store_get_accuracy (other, NULL, &n_answered));
  g_assert_cmpuint (n_answered, ==, 5);
  other_note = cw_progress_store_dup_note (other, "ownership");
  g_assert_cmpstr (other_note, ==, note);
  store_close (other);

  /* The export names what was damaged. */
  g_clear_pointer (&json, g_free);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (damaged), ==, 1);
  g_assert_nonnull (strstr (damaged[0], "the note on the lesson “ownership”"));
  store_close (store);

  /* A damaged lesson id (in its row, its index and as the last lesson): its rows are left
   * out and named, the rest exports. */
  damage_text (path, "borrowing", 2, 3);
  store = store_open (dir, &clock);
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&damaged, g_strfreev);
  json = export_async (store, NULL, &damaged, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_cmpuint (g_strv_length (damaged), ==, 3);
  g_assert_cmpstr (damaged[0], ==, "the last lesson opened");
  g_assert_nonnull (strstr (damaged[1], "whose name is damaged (“bo\xef\xbf\xbdrowing”)"));
  g_assert_nonnull (strstr (damaged[2], "the note on the lesson “ownership”"));
  other = store_open (other_dir, &clock);
  g_assert_true (cw_progress_store_import_json (other, json, -1, NULL, CW_IMPORT_REPLACE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_progress_store_get_lesson_state (other, "traits", NULL), ==,
                   CW_LESSON_LEARNED);
  store_close (other);
  store_close (store);
}

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


/* Backups */

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


/* Backups off the main thread: the copies and checks run on a worker, the store's state and
 * signals change on the main thread, before the callback. */

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


/* Cannot save: read-only folder, full disk, I/O errors */

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
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
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
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
  g_test_trap_subprocess (NULL, MINUTE, G_TEST_SUBPROCESS_INHERIT_STDERR);
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
  g_test_trap_subprocess (NULL, MINUTE, G_TEST_SUBPROCESS_INHERIT_STDERR);
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
  fault_vfs_install ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-store/open/new", test_open_new);
  g_test_add_func ("/progress-store/lessons", test_lessons);
  g_test_add_func ("/progress-store/answers", test_answers);
  g_test_add_func ("/progress-store/notes", test_notes);
  g_test_add_func ("/progress-store/fib-runs", test_fib_runs);
  g_test_add_func ("/progress-store/persist", test_persist);
  g_test_add_func ("/progress-store/closed", test_closed);
  g_test_add_func ("/progress-store/leitner/intervals", test_leitner);
  g_test_add_func ("/progress-store/leitner/time-zone", test_leitner_time_zone);
  g_test_add_func ("/progress-store/streak/days", test_streak_days);
  g_test_add_func ("/progress-store/streak/time-zones", test_streak_time_zones);
  g_test_add_func ("/progress-store/migrate/v1", test_migrate_v1);
  g_test_add_func ("/progress-store/migrate/v2", test_migrate_v2);
  g_test_add_func ("/progress-store/bad-file/newer-version", test_newer_version);
  g_test_add_func ("/progress-store/bad-file/random-bytes", test_bad_random);
  g_test_add_func ("/progress-store/bad-file/truncated", test_bad_truncated);
  g_test_add_func ("/progress-store/bad-file/zero-length", test_bad_zero_length);
  g_test_add_func ("/progress-store/bad-file/empty-database", test_bad_empty_database);
  g_test_add_func ("/progress-store/bad-file/foreign-database", test_bad_foreign_database);
  g_test_add_func ("/progress-store/bad-file/names", test_recovered_names);
  g_test_add_func ("/progress-store/unclean-exit", test_unclean_exit);
  g_test_add_func ("/progress-store/wal/stale", test_stale_wal);
  g_test_add_func ("/progress-store/wal/own-after-crash", test_own_wal_after_crash);
  g_test_add_func ("/progress-store/wal/live", test_live_wal);
  g_test_add_func ("/progress-store/export/round-trip", test_export_round_trip);
  g_test_add_func ("/progress-store/import/validation", test_import_validation);
  g_test_add_func ("/progress-store/import/unknown-ids", test_import_unknown_ids);
  g_test_add_func ("/progress-store/import/nested-deep", test_import_nested_deep);
  g_test_add_func ("/progress-store/import/too-large", test_import_too_large);
  g_test_add_func ("/progress-store/import/nul", test_import_nul);
  g_test_add_func ("/progress-store/async/round-trip", test_async_round_trip);
  g_test_add_func ("/progress-store/async/read-only", test_async_read_only);
  g_test_add_func ("/progress-store/async/refused-and-cancelled", test_async_refused_and_cancelled);
  g_test_add_func ("/progress-store/import/time-range", test_import_time_range);
  g_test_add_func ("/progress-store/import/learned-without-schedule",
                   test_import_learned_without_schedule);
  g_test_add_func ("/progress-store/import/time-order", test_import_time_order);
  g_test_add_func ("/progress-store/import/sizes", test_import_sizes);
  g_test_add_func ("/progress-store/export/round-trip-every-kind", test_round_trip_every_kind);
  g_test_add_func ("/progress-store/export/damaged-text", test_damaged_text);
  g_test_add_func ("/progress-store/import/merge", test_import_merge);
  g_test_add_func ("/progress-store/import/replace", test_import_replace);
  g_test_add_func ("/progress-store/backup/daily", test_backup_daily);
  g_test_add_func ("/progress-store/backup/keep-seven", test_backup_keep_seven);
  g_test_add_func ("/progress-store/backup/verify-failure", test_backup_verify_failure);
  g_test_add_func ("/progress-store/backup/restore", test_backup_restore);
  g_test_add_func ("/progress-store/backup/restore-refused", test_backup_restore_refused);
  g_test_add_func ("/progress-store/backup/restore-old-version", test_backup_restore_old_version);
  g_test_add_func ("/progress-store/backup/async", test_backup_async);
  g_test_add_func ("/progress-store/backup/async-refused-and-cancelled",
                   test_backup_async_refused_and_cancelled);
  g_test_add_func ("/progress-store/cannot-save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/progress-store/cannot-save/unreadable-file", test_unreadable_file);
  g_test_add_func ("/progress-store/cannot-save/not-a-file", test_not_a_file);
  g_test_add_func ("/progress-store/cannot-save/disk-full", test_disk_full);
  g_test_add_func ("/progress-store/cannot-save/disk-full-space", test_disk_full_space);
  g_test_add_func ("/progress-store/cannot-save/full-then-checkpoint", test_full_then_checkpoint);
  g_test_add_func ("/progress-store/wal/bounded", test_wal_bounded);
  g_test_add_func ("/progress-store/cannot-save/full-at-commit", test_full_at_commit);
  g_test_add_func ("/progress-store/cannot-save/io-error", test_io_error_commit);
  g_test_add_func ("/progress-store/cannot-save/unknown-outcome", test_io_error_unknown_outcome);

  status = g_test_run ();
  g_free (test_exe);

  return status;
}
