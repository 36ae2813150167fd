/* cw-progress-read.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include "cw-leitner.h"
#include "cw-progress-store-private.h"

/*
 * Reading. A read that fails answers as for an empty store, and the reason goes to the
 * log (cw_progress_store_read_failed()); a closed store reads as an empty one. Text read
 * back is checked to be UTF-8: damaged text is repaired, and a damaged lesson id names no
 * lesson.
 */

CwLessonState
cw_progress_store_get_lesson_state (CwProgressStore  *self,
                                    const char       *lesson_id,
                                    GDateTime       **changed_at)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  CwLessonState state = CW_LESSON_NOT_STARTED;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), CW_LESSON_NOT_STARTED);
  g_return_val_if_fail (lesson_id != NULL, CW_LESSON_NOT_STARTED);

  if (changed_at != NULL)
    *changed_at = NULL;
  if (self->db == NULL)
    return CW_LESSON_NOT_STARTED;

  rc = cw_sqlite_prepare (self->db, &stmt,
                          "SELECT state, changed_at FROM lessons WHERE lesson_id = ?1", "s",
                          lesson_id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      state = g_strcmp0 (cw_sqlite_column_text (stmt, 0), "learned") == 0 ? CW_LESSON_LEARNED
                                                                    : CW_LESSON_IN_PROGRESS;
      if (changed_at != NULL)
        *changed_at = cw_progress_store_date_time (self, sqlite3_column_int64 (stmt, 1));
    }
  else if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "a lesson state");

  return state;
}

char *
cw_progress_store_dup_last_lesson (CwProgressStore *self)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  if (self->db == NULL)
    return NULL;

  rc = cw_sqlite_prepare (self->db, &stmt, "SELECT value FROM meta WHERE key = 'last_lesson'", "");
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  /* A damaged id names no lesson. */
  if (rc == SQLITE_ROW && g_utf8_validate (cw_sqlite_column_text (stmt, 0), -1, NULL))
    return g_strdup (cw_sqlite_column_text (stmt, 0));
  if (rc == SQLITE_ROW)
    return NULL;
  if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "the last lesson");

  return NULL;
}

gboolean
cw_progress_store_get_answer (CwProgressStore *self,
                              const char      *lesson_id,
                              guint            question,
                              guint           *choice,
                              gboolean        *correct)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  if (self->db == NULL)
    return FALSE;

  rc = cw_sqlite_prepare (self->db, &stmt,
                          "SELECT choice, correct FROM answers"
                          " WHERE lesson_id = ?1 AND question = ?2 ORDER BY id DESC LIMIT 1",
                          "si", lesson_id, (gint64) question);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      if (choice != NULL)
        *choice = (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT);
      if (correct != NULL)
        *correct = sqlite3_column_int64 (stmt, 1) != 0;
      return TRUE;
    }

  if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "an answer");

  return FALSE;
}

char **
cw_progress_store_dup_due_lessons (CwProgressStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  if (self->db != NULL)
    {
      rc = cw_sqlite_prepare (self->db, &stmt,
                              "SELECT lesson_id FROM reviews WHERE due_at < ?1"
                              " ORDER BY due_at, lesson_id",
                              "i", cw_leitner_due_before (cw_progress_store_now (self), self->tz));
      while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          /* A damaged id names no lesson. */
          if (g_utf8_validate (cw_sqlite_column_text (stmt, 0), -1, NULL))
            g_strv_builder_add (builder, cw_sqlite_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
      if (rc != SQLITE_DONE)
        cw_progress_store_read_failed (self, rc, "the lessons due");
    }

  return g_strv_builder_end (builder);
}

gboolean
cw_progress_store_get_review (CwProgressStore  *self,
                              const char       *lesson_id,
                              guint            *box,
                              GDateTime       **due)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  if (due != NULL)
    *due = NULL;
  if (self->db == NULL)
    return FALSE;

  rc = cw_sqlite_prepare (self->db, &stmt, "SELECT box, due_at FROM reviews WHERE lesson_id = ?1",
                          "s", lesson_id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      if (box != NULL)
        *box = (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 1, CW_PROGRESS_N_BOXES);
      if (due != NULL)
        *due = cw_progress_store_date_time (self, sqlite3_column_int64 (stmt, 1));
      return TRUE;
    }

  if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "a review schedule");

  return FALSE;
}

char *
cw_progress_store_dup_note (CwProgressStore *self,
                            const char      *lesson_id)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  if (self->db == NULL)
    return NULL;

  rc = cw_sqlite_prepare (self->db, &stmt, "SELECT text FROM notes WHERE lesson_id = ?1", "s",
                          lesson_id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return cw_sqlite_column_dup_text (stmt, 0, "a note");
  if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "a note");

  return NULL;
}

GListModel *
cw_progress_store_list_fib_runs (CwProgressStore *self,
                                 guint            limit)
{
  g_autoptr(GListStore) runs = g_list_store_new (CW_TYPE_FIB_RUN);
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  if (self->db == NULL)
    return G_LIST_MODEL (g_steal_pointer (&runs));

  rc = cw_sqlite_prepare (self->db, &stmt,
                          "SELECT n, algorithm, elapsed_ns, value_preview, ran_at FROM fib_runs"
                          " ORDER BY ran_at DESC, id DESC LIMIT ?1",
                          "i", limit > 0 ? (gint64) limit : (gint64) -1);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) date = cw_progress_store_date_time (self,
                                                               sqlite3_column_int64 (stmt, 4));
      g_autoptr(CwFibRun) run = NULL;
      g_autofree char *algorithm = cw_sqlite_column_dup_text (stmt, 1, "a Fibonacci run");
      g_autofree char *preview = cw_sqlite_column_dup_text (stmt, 3, "a Fibonacci run");

      run = g_object_new (CW_TYPE_FIB_RUN,
                          "n", (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT),
                          "algorithm", algorithm,
                          "elapsed-ns", (guint64) MAX (sqlite3_column_int64 (stmt, 2), 0),
                          "value-preview", preview,
                          "date", date,
                          NULL);
      g_list_store_append (runs, run);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "the Fibonacci runs");

  return G_LIST_MODEL (g_steal_pointer (&runs));
}

guint
cw_progress_store_count_learned (CwProgressStore *self)
{
  gint64 count = 0;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), 0);

  if (self->db == NULL)
    return 0;

  rc = cw_sqlite_query_int (self->db, &count,
                            "SELECT count(*) FROM lessons WHERE state = 'learned'", "");
  if (rc != SQLITE_OK)
    {
      cw_progress_store_read_failed (self, rc, "the lessons learned");
      return 0;
    }

  return (guint) CLAMP (count, 0, G_MAXUINT);
}

gboolean
cw_progress_store_get_accuracy (CwProgressStore *self,
                                guint           *correct,
                                guint           *answered)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);

  if (correct != NULL)
    *correct = 0;
  if (answered != NULL)
    *answered = 0;
  if (self->db == NULL)
    return FALSE;

  rc = cw_sqlite_prepare (self->db, &stmt,
                          "SELECT count(*), coalesce(sum(correct), 0) FROM answers", "");
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      cw_progress_store_read_failed (self, rc, "the answers");
      return FALSE;
    }

  if (answered != NULL)
    *answered = (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT);
  if (correct != NULL)
    *correct = (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT);

  return TRUE;
}

guint
cw_progress_store_get_streak (CwProgressStore *self)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  CwStreak streak;
  gint64 now;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), 0);

  if (self->db == NULL)
    return 0;

  now = cw_progress_store_now (self);
  cw_calendar_streak_init (&streak, cw_calendar_day (now, self->tz));

  /* Newest first, until the first gap; slots after now (a clock set back) do not count. */
  rc = cw_sqlite_prepare (self->db, &stmt,
                          "SELECT slot_start FROM activity WHERE slot_start <= ?1"
                          " ORDER BY slot_start DESC",
                          "i", cw_calendar_floor_div (now, G_USEC_PER_SEC));
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 day = cw_calendar_day (sqlite3_column_int64 (stmt, 0) * G_USEC_PER_SEC, self->tz);

      rc = SQLITE_OK;
      if (!cw_calendar_streak_add (&streak, day))
        break;
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    cw_progress_store_read_failed (self, rc, "the activity");

  return streak.days;
}
