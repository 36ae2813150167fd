/* cw-progress-exercise.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cw-progress-store-private.h"

/*
 * The practice exercises in the progress store (see PRACTICE EXERCISES in the header): the
 * writes go through cw_progress_store_write() like every other, so a read-only session, a
 * full disk or an I/O error on commit behave exactly as for a note. The state is not a
 * column: it follows from first_passed_at and attempts (cw_progress_migration_4), so no
 * statement here can turn a pass back into an attempt.
 */

#define SQL_SELECT_EXERCISE \
  "SELECT exercise_id, attempts, first_passed_at, hints_shown, solution_revealed, draft," \
  "       draft_saved_at FROM exercises"

/* Inserts the row of an exercise not touched yet, so that each write is one UPDATE. */
#define SQL_ENSURE_EXERCISE \
  "INSERT INTO exercises (exercise_id) VALUES (?1) ON CONFLICT (exercise_id) DO NOTHING"

void
cw_exercise_progress_free (CwExerciseProgress *progress)
{
  if (progress == NULL)
    return;

  g_free (progress->exercise_id);
  g_free (progress->draft);
  g_free (progress);
}

static gint64
cw_usec_to_unix (gint64 usec)
{
  return usec == CW_NO_TIME ? 0 : usec / G_USEC_PER_SEC;
}

/* A row of SQL_SELECT_EXERCISE; a damaged draft is repaired (the learner keeps what can be
 * read), a damaged id gives NULL: it names no exercise. */
static CwExerciseProgress *
cw_exercise_progress_from_row (sqlite3_stmt *stmt)
{
  CwExerciseProgress *progress;
  const char *id = cw_sqlite_column_text (stmt, 0);
  gint64 first_passed_at = cw_sqlite_column_nullable_int (stmt, 2);

  if (id == NULL || !g_utf8_validate (id, -1, NULL))
    return NULL;

  progress = g_new0 (CwExerciseProgress, 1);
  progress->exercise_id = g_strdup (id);
  progress->attempts = (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT);
  if (first_passed_at != CW_NO_TIME)
    progress->state = CW_EXERCISE_PASSED;
  else if (progress->attempts > 0)
    progress->state = CW_EXERCISE_ATTEMPTED;
  else
    progress->state = CW_EXERCISE_NOT_STARTED;
  progress->first_passed_at = cw_usec_to_unix (first_passed_at);
  progress->hints_shown = (guint) CLAMP (sqlite3_column_int64 (stmt, 3), 0,
                                         CW_EXERCISE_MAX_HINTS);
  progress->solution_revealed = sqlite3_column_int64 (stmt, 4) != 0;
  progress->draft = cw_sqlite_column_dup_text (stmt, 5, "an exercise's draft");
  progress->draft_saved_at = cw_usec_to_unix (cw_sqlite_column_nullable_int (stmt, 6));

  return progress;
}

static CwExerciseProgress *
cw_exercise_progress_new_empty (const char *exercise_id)
{
  CwExerciseProgress *progress = g_new0 (CwExerciseProgress, 1);

  progress->exercise_id = g_strdup (exercise_id);
  return progress;
}

static void
cw_progress_set_read_error (CwProgressStore  *self,
                            int               rc,
                            const char       *what,
                            GError          **error)
{
  cw_progress_store_read_failed (self, rc, what);
  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your practice progress could not be read. Restart Crabwise and "
                           "try again; if it happens again, restore a backup."),
                         sqlite3_errstr (rc));
}

static gboolean
cw_progress_check_exercise_id (const char  *exercise_id,
                               GError     **error)
{
  if (exercise_id != NULL && *exercise_id != '\0' && strlen (exercise_id) <= CW_MAX_LESSON_ID &&
      g_utf8_validate (exercise_id, -1, NULL))
    return TRUE;

  g_set_error_literal (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
                       _("Your practice progress could not be saved: the exercise has no valid "
                         "id. Please report this problem."));
  return FALSE;
}


/* Reads */

CwExerciseProgress *
cw_progress_store_get_exercise (CwProgressStore  *self,
                                const char       *exercise_id,
                                GError          **error)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  CwExerciseProgress *progress = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->db == NULL)
    return cw_exercise_progress_new_empty (exercise_id);

  rc = cw_sqlite_prepare (self->db, &stmt, SQL_SELECT_EXERCISE " WHERE exercise_id = ?1", "s",
                          exercise_id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    progress = cw_exercise_progress_from_row (stmt);
  else if (rc != SQLITE_DONE)
    {
      cw_progress_set_read_error (self, rc, "an exercise", error);
      return NULL;
    }

  return progress != NULL ? progress : cw_exercise_progress_new_empty (exercise_id);
}

GHashTable *
cw_progress_store_list_exercises (CwProgressStore  *self,
                                  GError          **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The key is the value's own id. */
  table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                 (GDestroyNotify) cw_exercise_progress_free);
  if (self->db == NULL)
    return g_steal_pointer (&table);

  rc = cw_sqlite_prepare (self->db, &stmt, SQL_SELECT_EXERCISE " ORDER BY exercise_id", "");
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwExerciseProgress *progress = cw_exercise_progress_from_row (stmt);

      if (progress != NULL)
        g_hash_table_replace (table, progress->exercise_id, progress);
      rc = SQLITE_OK;
    }

  if (rc != SQLITE_DONE)
    {
      cw_progress_set_read_error (self, rc, "the exercises", error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

guint
cw_progress_store_count_passed (CwProgressStore    *self,
                                const char * const *exercise_ids)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  guint passed = 0;
  gsize i;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), 0);

  if (self->db == NULL || exercise_ids == NULL)
    return 0;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT 1 FROM exercises"
                           " WHERE exercise_id = ?1 AND first_passed_at IS NOT NULL",
                           -1, &stmt, NULL);
  for (i = 0; rc == SQLITE_OK && exercise_ids[i] != NULL; i++)
    {
      sqlite3_reset (stmt);
      rc = sqlite3_bind_text (stmt, 1, exercise_ids[i], -1, SQLITE_TRANSIENT);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        passed++;
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }

  if (rc != SQLITE_OK)
    {
      cw_progress_store_read_failed (self, rc, "the exercises passed");
      return 0;
    }

  return passed;
}


/* Writes */

typedef enum
{
  CW_EXERCISE_WRITE_DRAFT,
  CW_EXERCISE_WRITE_ATTEMPT,
  CW_EXERCISE_WRITE_HINTS,
  CW_EXERCISE_WRITE_REVEAL,
} CwExerciseWriteKind;

typedef struct
{
  CwExerciseWriteKind  kind;
  const char          *exercise_id;
  gint64               now;
  const char          *draft;        /* DRAFT: NULL forgets it */
  gboolean             passed;       /* ATTEMPT */
  gint64               hints_shown;  /* HINTS */
} CwExerciseWrite;

/* Each UPDATE changes a row only when it changes something (an unchanged draft, fewer
 * hints, a solution already revealed): no change, no commit, no signal. */
static int
cw_write_exercise (sqlite3   *db,
                   gpointer   data,
                   GError   **error)
{
  CwExerciseWrite *args = data;
  int rc;

  rc = cw_sqlite_exec (db, SQL_ENSURE_EXERCISE, "s", args->exercise_id);
  if (rc != SQLITE_OK)
    return rc;

  switch (args->kind)
    {
    case CW_EXERCISE_WRITE_DRAFT:
      rc = cw_sqlite_exec (db,
                           "UPDATE exercises SET draft = ?2,"
                           "       draft_saved_at = CASE WHEN ?2 IS NULL THEN NULL ELSE ?3 END"
                           " WHERE exercise_id = ?1 AND draft IS NOT ?2",
                           "ssi", args->exercise_id, args->draft, args->now);
      break;

    case CW_EXERCISE_WRITE_ATTEMPT:
      /* A pass is kept: first_passed_at is only ever set once. */
      rc = cw_sqlite_exec (db,
                           "UPDATE exercises SET attempts = attempts + 1,"
                           "       first_passed_at = coalesce(first_passed_at,"
                           "                                  CASE WHEN ?2 THEN ?3 END)"
                           " WHERE exercise_id = ?1",
                           "sii", args->exercise_id, (gint64) (args->passed ? 1 : 0), args->now);
      break;

    case CW_EXERCISE_WRITE_HINTS:
      rc = cw_sqlite_exec (db,
                           "UPDATE exercises SET hints_shown = ?2"
                           " WHERE exercise_id = ?1 AND hints_shown < ?2",
                           "si", args->exercise_id, args->hints_shown);
      break;

    case CW_EXERCISE_WRITE_REVEAL:
      rc = cw_sqlite_exec (db,
                           "UPDATE exercises SET solution_revealed = 1"
                           " WHERE exercise_id = ?1 AND solution_revealed = 0",
                           "s", args->exercise_id);
      break;

    default:
      g_assert_not_reached ();
    }

  if (rc == SQLITE_OK && sqlite3_changes (db) == 0)
    return CW_WRITE_NOTHING;

  return rc;
}

static gboolean
cw_progress_store_write_exercise (CwProgressStore  *self,
                                  CwExerciseWrite  *args,
                                  GError          **error)
{
  gboolean wrote = FALSE;

  if (!cw_progress_check_exercise_id (args->exercise_id, error))
    return FALSE;

  args->now = cw_progress_store_now (self);
  if (!cw_progress_store_write (self, cw_write_exercise, args, TRUE, &wrote, error))
    return FALSE;

  if (wrote)
    cw_progress_store_emit_changed (self,
                                    args->kind == CW_EXERCISE_WRITE_DRAFT ? "drafts" : "exercises",
                                    args->exercise_id);

  return TRUE;
}

gboolean
cw_progress_store_save_draft (CwProgressStore  *self,
                              const char       *exercise_id,
                              const char       *draft,
                              GError          **error)
{
  CwExerciseWrite args = { CW_EXERCISE_WRITE_DRAFT, exercise_id, 0, draft, FALSE, 0 };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (draft != NULL && strlen (draft) > CW_EXERCISE_MAX_DRAFT)
    {
      g_autofree char *limit = g_format_size_full (CW_EXERCISE_MAX_DRAFT,
                                                   G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
                   _("This code is too long to be saved as a draft: a draft holds at most %s. "
                     "Shorten it; the draft saved before is kept."), limit);
      return FALSE;
    }

  if (draft != NULL && !g_utf8_validate (draft, -1, NULL))
    {
      g_set_error_literal (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
                           _("This code could not be saved as a draft: it is not valid text. "
                             "The draft saved before is kept."));
      return FALSE;
    }

  return cw_progress_store_write_exercise (self, &args, error);
}

gboolean
cw_progress_store_record_attempt (CwProgressStore  *self,
                                  const char       *exercise_id,
                                  gboolean          passed,
                                  GError          **error)
{
  CwExerciseWrite args = { CW_EXERCISE_WRITE_ATTEMPT, exercise_id, 0, NULL, passed, 0 };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_progress_store_write_exercise (self, &args, error);
}

gboolean
cw_progress_store_record_hints_shown (CwProgressStore  *self,
                                      const char       *exercise_id,
                                      guint             hints_shown,
                                      GError          **error)
{
  CwExerciseWrite args = { CW_EXERCISE_WRITE_HINTS, exercise_id, 0, NULL, FALSE,
                           MIN (hints_shown, CW_EXERCISE_MAX_HINTS) };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_progress_store_write_exercise (self, &args, error);
}

gboolean
cw_progress_store_reveal_solution (CwProgressStore  *self,
                                   const char       *exercise_id,
                                   GError          **error)
{
  CwExerciseWrite args = { CW_EXERCISE_WRITE_REVEAL, exercise_id, 0, NULL, FALSE, 0 };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_progress_store_write_exercise (self, &args, error);
}
