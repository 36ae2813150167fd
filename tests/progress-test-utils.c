/* progress-test-utils.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cw-paths.h"
#include "progress-test-utils.h"

static gint64
test_clock_now (gpointer data)
{
  return ((TestClock *) data)->now;
}

char *
data_dir_new (void)
{
  return cw_paths_get_user_data_dir ();
}

char *
progress_path (const char *dir)
{
  return g_build_filename (dir, "progress.sqlite3", NULL);
}

CwProgressStore *
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

void
store_close (CwProgressStore *store)
{
  cw_progress_store_close (store);
  g_assert_finalize_object (store);
}

sqlite3 *
db_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  return db;
}

void
db_exec (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

char *
db_query_text (sqlite3    *db,
               const char *sql)
{
  g_autoptr(TestStmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gint64
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

GBytes *
file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

void
file_write (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

gboolean
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

char **
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
void
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
void
on_changed (CwProgressStore *store,
            const char      *lesson_id,
            GPtrArray       *log)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (store);

  g_ptr_array_add (log, g_strdup_printf ("%s:%s", g_quark_to_string (hint->detail),
                                         lesson_id != NULL ? lesson_id : "-"));
}

char *
log_take (GPtrArray *log)
{
  char *joined;

  g_ptr_array_add (log, NULL);
  joined = g_strjoinv (" ", (char **) log->pdata);
  g_ptr_array_set_size (log, 0);

  return joined;
}

guint
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

gboolean
is_due (CwProgressStore *store,
        const char      *lesson_id)
{
  g_auto(GStrv) due = cw_progress_store_dup_due_lessons (store);

  return g_strv_contains ((const char * const *) due, lesson_id);
}

void
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

void
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
void
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

void
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

/* The export without its "exported_at" line. */
char *
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

void
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

void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

void
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
