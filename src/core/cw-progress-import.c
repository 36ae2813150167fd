/* cw-progress-import.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cw-progress-store-private.h"

/*
 * Applying an import: a document read and checked whole by cw_progress_import_prepare()
 * (cw-progress-json.c) is written in one transaction, as a replacement of all progress or
 * merged with it (see the header for the rules of a merge). Each of its statements is
 * prepared once, not once per row.
 */

/* A stored time as the export writes it (see CW_TIME_MIN): a merge compares rows so. */
#define SQL_CLAMP_TIME(column) "max(min(" column ", 253370764800000000), 0)"

/* A row as one key: its columns as text, apart. */
static char *
cw_row_key (sqlite3_stmt *stmt)
{
  GString *key = g_string_new (NULL);
  int i;

  for (i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const char *text = cw_sqlite_column_text (stmt, i);

      g_string_append (key, text != NULL ? text : "");
      g_string_append_c (key, '\x1f');
    }

  return g_string_free (key, FALSE);
}

/* In a merge, a row identical to one already there (as the export writes it) is not added
 * twice; rows repeated within the document itself are all kept, as an export has them. The
 * rows already there are read once into @keys (a lookup per row would scan every answer
 * to the same question: quadratic). */
static int
cw_import_existing_rows (sqlite3    *db,
                         const char *sql,
                         GHashTable *keys)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_hash_table_add (keys, cw_row_key (stmt));
      rc = SQLITE_OK;
    }

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
cw_import_apply_lessons (sqlite3    *db,
                         CwImport   *import,
                         GHashTable *winners)
{
  g_autoptr(CwSqliteStmt) insert = NULL;
  g_autoptr(CwSqliteStmt) unschedule = NULL;
  GArray *rows = import->rows[CW_SECTION_LESSONS];
  guint i;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO lessons (lesson_id, state, opened_at, learned_at,"
                           "                     changed_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                           " ON CONFLICT (lesson_id) DO UPDATE"
                           " SET state = excluded.state, opened_at = excluded.opened_at,"
                           "     learned_at = excluded.learned_at, changed_at = excluded.changed_at"
                           " WHERE excluded.changed_at > lessons.changed_at",
                           -1, &insert, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "DELETE FROM reviews WHERE lesson_id = ?1", -1, &unschedule,
                             NULL);

  for (i = 0; rc == SQLITE_OK && i < rows->len; i++)
    {
      CwImportLesson *lesson = &g_array_index (rows, CwImportLesson, i);

      rc = cw_sqlite_rerun (insert, "ssini", lesson->id,
                            lesson->learned ? "learned" : "in-progress", lesson->opened_at,
                            lesson->learned_at, lesson->changed_at);
      if (rc == SQLITE_OK && sqlite3_changes (db) > 0)
        {
          /* The document's state won: its schedule (or none) comes with it. */
          g_hash_table_add (winners, (gpointer) lesson->id);
          rc = cw_sqlite_rerun (unschedule, "s", lesson->id);
        }
    }

  return rc;
}

static int
cw_import_apply_reviews (sqlite3    *db,
                         CwImport   *import,
                         GHashTable *winners)
{
  g_autoptr(CwSqliteStmt) insert = NULL;
  GArray *rows = import->rows[CW_SECTION_REVIEWS];
  guint i;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO reviews (lesson_id, box, due_at, reviewed_at)"
                           " VALUES (?1, ?2, ?3, ?4)",
                           -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < rows->len; i++)
    {
      CwImportReview *review = &g_array_index (rows, CwImportReview, i);

      if (g_hash_table_contains (winners, review->lesson_id))
        rc = cw_sqlite_rerun (insert, "siin", review->lesson_id, review->box, review->due_at,
                              review->reviewed_at);
    }

  return rc;
}

/* Runs @insert_sql, prepared once, for each row of @rows with @insert_row. With @key_of, a
 * row already in the table is not added again: @existing_sql reads the table's rows as the
 * export writes them, and @key_of gives an imported row's key in the same form
 * (cw_row_key()). */
typedef char *(*CwRowKeyFunc)    (gconstpointer  row);
typedef int   (*CwRowInsertFunc) (sqlite3_stmt  *insert,
                                  gconstpointer  row);

static int
cw_import_insert_rows (sqlite3         *db,
                       GArray          *rows,
                       const char      *insert_sql,
                       CwRowInsertFunc  insert_row,
                       const char      *existing_sql,
                       CwRowKeyFunc     key_of)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CwSqliteStmt) insert = NULL;
  guint size = g_array_get_element_size (rows);
  guint i;
  int rc = SQLITE_OK;

  if (key_of != NULL)
    rc = cw_import_existing_rows (db, existing_sql, existing);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, insert_sql, -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < rows->len; i++)
    {
      gconstpointer row = rows->data + i * size;
      g_autofree char *key = key_of != NULL ? key_of (row) : NULL;

      if (key == NULL || !g_hash_table_contains (existing, key))
        rc = insert_row (insert, row);
    }

  return rc;
}

static char *
cw_import_answer_key (gconstpointer row)
{
  const CwImportAnswer *answer = row;

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%d\x1f%"
                          G_GINT64_FORMAT "\x1f", answer->lesson_id, answer->question,
                          answer->choice, answer->correct ? 1 : 0, answer->answered_at);
}

static int
cw_import_insert_answer (sqlite3_stmt  *insert,
                         gconstpointer  row)
{
  const CwImportAnswer *answer = row;

  return cw_sqlite_rerun (insert, "siiii", answer->lesson_id, answer->question, answer->choice,
                          (gint64) (answer->correct ? 1 : 0), answer->answered_at);
}

static int
cw_import_apply_answers (sqlite3  *db,
                         CwImport *import)
{
  return cw_import_insert_rows (db, import->rows[CW_SECTION_ANSWERS],
                                "INSERT INTO answers (lesson_id, question, choice, correct,"
                                "                     answered_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                                cw_import_insert_answer,
                                "SELECT lesson_id, question, choice, correct, "
                                SQL_CLAMP_TIME ("answered_at") " FROM answers",
                                cw_import_answer_key);
}

static int
cw_import_insert_note (sqlite3_stmt  *insert,
                       gconstpointer  row)
{
  const CwImportNote *note = row;

  return cw_sqlite_rerun (insert, "ssi", note->lesson_id, note->text, note->changed_at);
}

static int
cw_import_apply_notes (sqlite3  *db,
                       CwImport *import)
{
  return cw_import_insert_rows (db, import->rows[CW_SECTION_NOTES],
                                "INSERT INTO notes (lesson_id, text, changed_at)"
                                " VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (lesson_id) DO UPDATE"
                                " SET text = excluded.text, changed_at = excluded.changed_at"
                                " WHERE excluded.changed_at > notes.changed_at",
                                cw_import_insert_note, NULL, NULL);
}

static char *
cw_import_fib_run_key (gconstpointer row)
{
  const CwImportFibRun *run = row;

  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%"
                          G_GINT64_FORMAT "\x1f", run->n, run->algorithm, run->elapsed_ns,
                          run->value_preview, run->ran_at);
}

static int
cw_import_insert_fib_run (sqlite3_stmt  *insert,
                          gconstpointer  row)
{
  const CwImportFibRun *run = row;

  return cw_sqlite_rerun (insert, "isisi", run->n, run->algorithm, run->elapsed_ns,
                          run->value_preview, run->ran_at);
}

static int
cw_import_apply_fib_runs (sqlite3  *db,
                          CwImport *import)
{
  return cw_import_insert_rows (db, import->rows[CW_SECTION_FIB_RUNS],
                                "INSERT INTO fib_runs (n, algorithm, elapsed_ns, value_preview,"
                                "                      ran_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                                cw_import_insert_fib_run,
                                "SELECT n, algorithm, elapsed_ns, value_preview, "
                                SQL_CLAMP_TIME ("ran_at") " FROM fib_runs",
                                cw_import_fib_run_key);
}

static int
cw_import_insert_slot (sqlite3_stmt  *insert,
                       gconstpointer  row)
{
  return cw_sqlite_rerun (insert, "i", *(const gint64 *) row);
}

static int
cw_import_apply_activity (sqlite3  *db,
                          CwImport *import)
{
  return cw_import_insert_rows (db, import->rows[CW_SECTION_ACTIVITY], SQL_ADD_ACTIVITY,
                                cw_import_insert_slot, NULL, NULL);
}

static int
cw_import_insert_exercise (sqlite3_stmt  *insert,
                           gconstpointer  row)
{
  const CwImportExercise *exercise = row;

  return cw_sqlite_rerun (insert, "sininsn", exercise->id, exercise->attempts,
                          exercise->first_passed_at, exercise->hints_shown,
                          (gint64) (exercise->solution_revealed ? 1 : 0), exercise->draft,
                          exercise->draft_saved_at);
}

/* Both columns of the draft are set from the row as it was (an UPDATE's expressions all see
 * the old row), so they change together. */
#define SQL_DRAFT_NEWER \
  "excluded.draft_saved_at IS NOT NULL" \
  " AND (draft_saved_at IS NULL OR excluded.draft_saved_at > draft_saved_at)"

/* Merged field by field, each the way the store only ever moves it: the most attempts, the
 * earliest first pass, the most hints, a solution once revealed, and the draft saved last
 * (a tie keeps what is there). So a pass is never lost to an import, and importing a file
 * twice changes nothing. */
static int
cw_import_apply_exercises (sqlite3  *db,
                           CwImport *import)
{
  return cw_import_insert_rows (db, import->rows[CW_SECTION_EXERCISES],
                                "INSERT INTO exercises (exercise_id, attempts, first_passed_at,"
                                "                       hints_shown, solution_revealed, draft,"
                                "                       draft_saved_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                " ON CONFLICT (exercise_id) DO UPDATE"
                                " SET attempts = max(attempts, excluded.attempts),"
                                "     first_passed_at = CASE"
                                "       WHEN first_passed_at IS NULL THEN excluded.first_passed_at"
                                "       WHEN excluded.first_passed_at IS NULL THEN first_passed_at"
                                "       ELSE min(first_passed_at, excluded.first_passed_at) END,"
                                "     hints_shown = max(hints_shown, excluded.hints_shown),"
                                "     solution_revealed = max(solution_revealed,"
                                "                             excluded.solution_revealed),"
                                "     draft = CASE WHEN " SQL_DRAFT_NEWER
                                "                  THEN excluded.draft ELSE draft END,"
                                "     draft_saved_at = CASE WHEN " SQL_DRAFT_NEWER
                                "                  THEN excluded.draft_saved_at"
                                "                  ELSE draft_saved_at END",
                                cw_import_insert_exercise, NULL, NULL);
}

static int
cw_write_import (sqlite3   *db,
                 gpointer   data,
                 GError   **error)
{
  CwImport *import = data;
  g_autoptr(GHashTable) winners = g_hash_table_new (g_str_hash, g_str_equal);
  int rc = SQLITE_OK;

  if (import->mode == CW_IMPORT_REPLACE)
    rc = cw_progress_schema_delete_all (db);

  if (rc == SQLITE_OK)
    rc = cw_import_apply_lessons (db, import, winners);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_reviews (db, import, winners);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_answers (db, import);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_notes (db, import);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_fib_runs (db, import);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_activity (db, import);
  if (rc == SQLITE_OK)
    rc = cw_import_apply_exercises (db, import);

  if (rc == SQLITE_OK && import->last_lesson != NULL)
    {
      if (import->mode == CW_IMPORT_REPLACE)
        rc = cw_sqlite_exec (db, SQL_SET_META, "ss", "last_lesson", import->last_lesson);
      else
        rc = cw_sqlite_exec (db,
                             "INSERT INTO meta (key, value) VALUES ('last_lesson', ?1)"
                             " ON CONFLICT (key) DO NOTHING",
                             "s", import->last_lesson);
    }

  return rc;
}

static int
cw_compare_strings (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The ids skipped, sorted; never NULL. */
static char **
cw_import_dup_skipped (CwImport *import)
{
  g_autofree const char **skipped = NULL;
  guint n_skipped = 0;
  char **copy;
  guint i;

  skipped = (const char **) g_hash_table_get_keys_as_array (import->skipped, &n_skipped);
  qsort (skipped, n_skipped, sizeof (char *), cw_compare_strings);
  copy = g_new0 (char *, n_skipped + 1);
  for (i = 0; i < n_skipped; i++)
    copy[i] = g_strdup (skipped[i]);

  return copy;
}


/* Public API */

gboolean
cw_progress_store_import_json (CwProgressStore    *self,
                               const char         *json,
                               gssize              length,
                               const char * const *known_lesson_ids,
                               CwImportMode        mode,
                               char             ***skipped_ids,
                               GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  CwImport import = { 0, };
  gboolean ok;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (mode == CW_IMPORT_MERGE || mode == CW_IMPORT_REPLACE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (skipped_ids != NULL)
    *skipped_ids = NULL;

  ok = cw_progress_import_prepare (json, length >= 0 ? (gsize) length : strlen (json),
                                   known_lesson_ids, mode, parser, &import, error) &&
       cw_progress_store_write (self, cw_write_import, &import, FALSE, NULL, error);

  if (ok && skipped_ids != NULL)
    *skipped_ids = cw_import_dup_skipped (&import);

  cw_progress_import_clear (&import);

  if (ok)
    cw_progress_store_emit_changed (self, "all", NULL);

  return ok;
}


/* An import off the main thread.
 *
 * A SQLite connection is used from one thread at a time, so a worker never touches
 * self->db and the store's state (can-save, save-problem, the damaged flag, "changed") is
 * only changed on the main thread, when the worker's result comes back.
 *
 * The document is checked, parsed and validated on the worker (that needs nothing of the
 * store), then applied there through a connection of the worker's own to the same file, in
 * one transaction, exactly as the store applies one (cw_progress_write_on()). WAL lets the
 * main connection read meanwhile; a write from the main thread during the apply waits on
 * the busy timeout, for the apply only — the long part, the parse, takes no lock. What needs
 * the store's own connection (reopening a read-only store, the marker) happens on the main
 * thread before the worker starts. Cancelling before the apply returns G_IO_ERROR_CANCELLED
 * and writes nothing; during it, it interrupts the transaction, which is rolled back whole;
 * once committed, the import has happened and succeeds. */

typedef struct
{
  GBytes        *json;
  char         **known;        /* NULL: every id is known */
  CwImportMode   mode;
  char          *path;
  JsonParser    *parser;
  CwImport       import;
  CwWriteResult  result;
} CwImportJob;

static void
cw_import_job_free (CwImportJob *job)
{
  cw_progress_import_clear (&job->import);
  g_clear_object (&job->parser);
  g_clear_pointer (&job->json, g_bytes_unref);
  g_clear_pointer (&job->known, g_strfreev);
  g_clear_pointer (&job->path, g_free);
  g_clear_error (&job->result.error);
  g_free (job);
}

static void
cw_import_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  CwImportJob *job = task_data;
  GError *error = NULL;
  sqlite3 *db = NULL;
  gulong handler = 0;

  if (!cw_progress_import_prepare (g_bytes_get_data (job->json, NULL), g_bytes_get_size (job->json),
                                   (const char * const *) job->known, job->mode, job->parser,
                                   &job->import, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  job->result.rc = cw_progress_open_worker_connection (job->path, &db);
  if (job->result.rc != SQLITE_OK)
    {
      job->result.sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
      cw_sqlite_close (db, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  handler = cw_progress_interrupt_on_cancel (cancellable, db);
  cw_progress_write_on (db, cw_write_import, &job->import, CW_NO_TIME, &job->result);
  g_cancellable_disconnect (cancellable, handler);
  cw_sqlite_close (db, TRUE);

  if ((job->result.rc & 0xff) == SQLITE_INTERRUPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                               _("The import was cancelled; your progress was not changed."));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/* Back on the main thread: the store's state, "changed", then the caller's result. */
static void
cw_progress_store_import_done (GObject      *source_object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CwProgressStore *self = g_task_get_source_object (task);
  CwImportJob *job = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean wrote = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !cw_progress_store_write_done (self, &job->result, &wrote, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (wrote)
    cw_progress_store_emit_changed (self, "all", NULL);

  g_task_return_pointer (task, cw_import_dup_skipped (&job->import), (GDestroyNotify) g_strfreev);
}

/**
 * cw_progress_store_import_json_async:
 *
 * cw_progress_store_import_json() off the main thread (see the comment above).
 */
void
cw_progress_store_import_json_async (CwProgressStore     *self,
                                     GBytes              *json,
                                     const char * const  *known_lesson_ids,
                                     CwImportMode         mode,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  CwImportJob *job;

  g_return_if_fail (CW_IS_PROGRESS_STORE (self));
  g_return_if_fail (json != NULL);
  g_return_if_fail (mode == CW_IMPORT_MERGE || mode == CW_IMPORT_REPLACE);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_progress_store_import_json_async);
  /* Once the import is committed it has happened, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);

  if (!cw_progress_store_prepare_write (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (CwImportJob, 1);
  job->json = g_bytes_ref (json);
  job->known = known_lesson_ids != NULL ? g_strdupv ((char **) known_lesson_ids) : NULL;
  job->mode = mode;
  job->path = g_strdup (self->path);
  job->parser = json_parser_new_immutable ();
  g_task_set_task_data (task, job, (GDestroyNotify) cw_import_job_free);

  cw_progress_store_run_in_worker (task, cw_import_thread, cw_progress_store_import_done);
}

gboolean
cw_progress_store_import_json_finish (CwProgressStore  *self,
                                      GAsyncResult     *result,
                                      char           ***skipped_ids,
                                      GError          **error)
{
  char **skipped;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (skipped_ids != NULL)
    *skipped_ids = NULL;

  skipped = g_task_propagate_pointer (G_TASK (result), error);
  if (skipped == NULL)
    return FALSE;

  if (skipped_ids != NULL)
    *skipped_ids = skipped;
  else
    g_strfreev (skipped);

  return TRUE;
}
