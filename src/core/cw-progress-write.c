/* cw-progress-write.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cw-leitner.h"
#include "cw-progress-store-private.h"

/*
 * Writing. Every write goes through cw_progress_store_write(): BEGIN IMMEDIATE, the
 * operation's statements, one row of activity, a bump of the write counter
 * (meta.write_seq) read back with RETURNING, COMMIT. The counter is how an I/O error on
 * COMMIT is resolved: the value this transaction would have written is known, so a re-read
 * tells whether it landed.
 *
 * Statements are prepared per call: the store does a handful per user action, a prepare
 * costs microseconds, and nothing then has to be finalized before a restore, a close or a
 * reopen swaps the connection.
 *
 * Each operation below is a small struct of its arguments (and of what the write found,
 * for the signal), the function that runs its statements, and its public function.
 */


/* The transaction */

/* An I/O error on COMMIT: in WAL mode the frames may or may not be in the log. If the
 * counter shows this transaction's value, it landed (SQLITE_OK). If not, any frames it left
 * after the log's last valid commit could still be picked up by a recovery after a crash —
 * unless another commit overwrites them, so one is made (then @commit_rc: not saved). When
 * neither can be done: CW_WRITE_UNKNOWN. */
int
cw_progress_resolve_commit (sqlite3 *db,
                            int      commit_rc,
                            gint64   expected_seq)
{
  gint64 seq = 0;
  int rc;

  cw_sqlite_rollback (db);

  rc = cw_sqlite_query_int (db, &seq, SQL_READ_SEQ, "");
  if (rc == SQLITE_OK && seq == expected_seq)
    {
      g_debug ("COMMIT reported %s, but the write landed", sqlite3_errstr (commit_rc));
      return SQLITE_OK;
    }

  if (rc == SQLITE_OK)
    {
      rc = cw_sqlite_exec (db, "BEGIN IMMEDIATE", "");
      if (rc == SQLITE_OK)
        rc = cw_sqlite_exec (db, SQL_BUMP_SEQ, "");
      if (rc == SQLITE_OK)
        rc = cw_sqlite_exec (db, "COMMIT", "");
      if (rc == SQLITE_OK)
        return commit_rc;
      cw_sqlite_rollback (db);
    }

  return CW_WRITE_UNKNOWN;
}

/* One attempt: BEGIN IMMEDIATE, func, the activity, the counter, COMMIT. SQLITE_OK or the
 * first failure (*at_commit says whether it was the COMMIT); *seq is the counter's value
 * this write gives. */
static int
cw_write_once (sqlite3          *db,
               CwWriteFunc       func,
               gpointer          data,
               gint64            activity_slot,
               gint64           *seq,
               gboolean         *at_commit,
               GError          **func_error)
{
  int rc;

  *at_commit = FALSE;
  rc = cw_sqlite_exec (db, "BEGIN IMMEDIATE", "");
  if (rc == SQLITE_OK)
    rc = func (db, data, func_error);
  if (rc == SQLITE_OK && activity_slot != CW_NO_TIME)
    rc = cw_sqlite_exec (db, SQL_ADD_ACTIVITY, "i", activity_slot);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_query_int (db, seq, SQL_BUMP_SEQ, "");
  if (rc != SQLITE_OK)
    return rc;

  *at_commit = TRUE;
  return cw_sqlite_exec (db, "COMMIT", "");
}

/* A whole write on @db, on whichever thread uses @db: BEGIN IMMEDIATE … COMMIT through
 * cw_write_once(). A write that meets a full disk is tried once more after a checkpoint has
 * emptied the log (the log may be what filled the disk); an I/O error on COMMIT is resolved
 * by cw_progress_resolve_commit(). Anything but success is rolled back. */
void
cw_progress_write_on (sqlite3         *db,
                      CwWriteFunc      func,
                      gpointer         data,
                      gint64           activity_slot,
                      CwWriteResult   *result)
{
  gint64 seq = 0;
  gboolean at_commit = FALSE;
  int rc;

  result->commit_rc = SQLITE_OK;
  result->sys_errno = 0;
  result->error = NULL;

  rc = cw_write_once (db, func, data, activity_slot, &seq, &at_commit, &result->error);
  if ((rc & 0xff) == SQLITE_FULL)
    {
      int checkpoint_rc;

      cw_sqlite_rollback (db);
      g_clear_error (&result->error);
      checkpoint_rc = cw_sqlite_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", "");
      g_debug ("The disk was full; checkpoint: %s", sqlite3_errstr (checkpoint_rc));
      rc = cw_write_once (db, func, data, activity_slot, &seq, &at_commit, &result->error);
    }

  if (at_commit && (rc & 0xff) == SQLITE_IOERR)
    {
      result->commit_rc = rc;
      rc = cw_progress_resolve_commit (db, rc, seq);
    }
  else if (rc != SQLITE_OK)
    {
      result->sys_errno = sqlite3_system_errno (db);
      cw_sqlite_rollback (db);
    }

  result->rc = rc;
}

/* On the main thread: what a write came to, as the store's state and @error. */
gboolean
cw_progress_store_write_done (CwProgressStore  *self,
                              CwWriteResult    *result,
                              gboolean         *wrote,
                              GError          **error)
{
  switch (result->rc)
    {
    case SQLITE_OK:
      g_assert (result->error == NULL);
      cw_progress_store_set_can_save (self);
      if (wrote != NULL)
        *wrote = TRUE;
      return TRUE;

    case CW_WRITE_NOTHING:
      g_clear_error (&result->error);
      return TRUE;

    case CW_WRITE_ABORT:
      g_assert (result->error != NULL);
      g_propagate_error (error, g_steal_pointer (&result->error));
      return FALSE;

    case CW_WRITE_UNKNOWN:
      cw_progress_store_set_unknown_outcome_error (self, result->commit_rc, error);
      return FALSE;

    default:
      g_clear_error (&result->error);
      cw_progress_store_set_write_error (self, result->rc, result->sys_errno, error);
      return FALSE;
    }
}

/* The store is open, and writing to the file is possible: a read-only store tries the file
 * again first. On the main thread. */
gboolean
cw_progress_store_check_writable (CwProgressStore  *self,
                                  GError          **error)
{
  if (!cw_progress_store_check_open (self, error))
    return FALSE;

  if (self->read_only && !cw_progress_store_try_reopen (self))
    {
      cw_progress_store_set_cannot_save_error (self, self->read_only_cause, NULL, error);
      return FALSE;
    }

  return TRUE;
}

/* Before any write, on the main thread: the store can write (see above) and the unclean-exit
 * marker is there. */
gboolean
cw_progress_store_prepare_write (CwProgressStore  *self,
                                 GError          **error)
{
  if (!cw_progress_store_check_writable (self, error))
    return FALSE;

  /* Another copy that closed may have removed the marker: a log with commits and no
   * marker would be taken for someone else's at the next start. */
  if (self->marker_created && !g_file_test (self->marker_path, G_FILE_TEST_EXISTS))
    cw_progress_store_create_marker (self);

  return TRUE;
}

/* The one way anything is written from the main thread, on the store's connection: func
 * answers SQLITE_OK, an SQLite error, CW_WRITE_ABORT (it set @error) or CW_WRITE_NOTHING.
 * *wrote says whether a commit happened (FALSE for CW_WRITE_NOTHING). */
gboolean
cw_progress_store_write (CwProgressStore  *self,
                         CwWriteFunc       func,
                         gpointer          data,
                         gboolean          record_activity,
                         gboolean         *wrote,
                         GError          **error)
{
  CwWriteResult result;
  gint64 now = cw_progress_store_now (self);

  if (wrote != NULL)
    *wrote = FALSE;

  if (!cw_progress_store_prepare_write (self, error))
    return FALSE;

  cw_progress_write_on (self->db, func, data,
                        record_activity ? cw_progress_activity_slot (now) : CW_NO_TIME, &result);

  return cw_progress_store_write_done (self, &result, wrote, error);
}

static gboolean
cw_progress_check_lesson_id (const char  *lesson_id,
                             GError     **error)
{
  if (lesson_id != NULL && *lesson_id != '\0' && strlen (lesson_id) <= CW_MAX_LESSON_ID &&
      g_utf8_validate (lesson_id, -1, NULL))
    return TRUE;

  g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
               _("Your progress could not be saved: the lesson has no valid id. Please report "
                 "this problem."));
  return FALSE;
}

/* The algorithm and value preview of a Fibonacci run: UTF-8, at most CW_MAX_SHORT_TEXT. */
static gboolean
cw_progress_check_short_text (const char  *text,
                              GError     **error)
{
  if (strlen (text) <= CW_MAX_SHORT_TEXT && g_utf8_validate (text, -1, NULL))
    return TRUE;

  g_set_error_literal (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
                       _("This Fibonacci run could not be saved in the history: its "
                         "description is not valid text or is too long. Please report this "
                         "problem."));
  return FALSE;
}

/* The lesson's state as stored; CW_LESSON_NOT_STARTED when there is no row. */
static int
cw_lesson_state_in_db (sqlite3    *db,
                       const char *lesson_id,
                       int        *state)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  *state = CW_LESSON_NOT_STARTED;
  rc = cw_sqlite_prepare (db, &stmt, "SELECT state FROM lessons WHERE lesson_id = ?1", "s",
                          lesson_id);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *state = g_strcmp0 (cw_sqlite_column_text (stmt, 0), "learned") == 0 ? CW_LESSON_LEARNED
                                                                     : CW_LESSON_IN_PROGRESS;
      return SQLITE_OK;
    }

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}


/* Opening a lesson */

typedef struct
{
  const char *lesson_id;
  gint64      now;
  gboolean    started;     /* out: the lesson was not started before */
} CwMarkOpened;

static int
cw_write_mark_opened (sqlite3   *db,
                      gpointer   data,
                      GError   **error)
{
  CwMarkOpened *args = data;
  int rc;

  rc = cw_sqlite_exec (db,
                       "INSERT INTO lessons (lesson_id, state, opened_at, learned_at, changed_at)"
                       " VALUES (?1, 'in-progress', ?2, NULL, ?2)"
                       " ON CONFLICT (lesson_id) DO NOTHING",
                       "si", args->lesson_id, args->now);
  if (rc != SQLITE_OK)
    return rc;
  args->started = sqlite3_changes (db) > 0;

  return cw_sqlite_exec (db, SQL_SET_META, "ss", "last_lesson", args->lesson_id);
}

gboolean
cw_progress_store_mark_opened (CwProgressStore  *self,
                               const char       *lesson_id,
                               GError          **error)
{
  CwMarkOpened args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  if (!cw_progress_store_write (self, cw_write_mark_opened, &args, TRUE, NULL, error))
    return FALSE;

  if (args.started)
    cw_progress_store_emit_changed (self, "lesson", lesson_id);

  return TRUE;
}


/* Learning a lesson, and undoing it */

typedef struct
{
  const char *lesson_id;
  gint64      now;
  gboolean    learned;     /* FALSE: undo */
  GTimeZone  *tz;          /* for the first review's date */
} CwSetLearned;

static int
cw_write_set_learned (sqlite3   *db,
                      gpointer   data,
                      GError   **error)
{
  CwSetLearned *args = data;
  int state = CW_LESSON_NOT_STARTED;
  int rc;

  rc = cw_lesson_state_in_db (db, args->lesson_id, &state);
  if (rc != SQLITE_OK)
    return rc;

  if (!args->learned)
    {
      if (state != CW_LESSON_LEARNED)
        return CW_WRITE_NOTHING;

      /* A lesson changes state when or after it was opened, even with a clock set back:
       * an import checks that order. */
      rc = cw_sqlite_exec (db,
                           "UPDATE lessons SET state = 'in-progress', learned_at = NULL,"
                           "                   changed_at = max(?2, opened_at)"
                           " WHERE lesson_id = ?1",
                           "si", args->lesson_id, args->now);
      if (rc == SQLITE_OK)
        rc = cw_sqlite_exec (db, "DELETE FROM reviews WHERE lesson_id = ?1", "s",
                             args->lesson_id);
      return rc;
    }

  if (state == CW_LESSON_LEARNED)
    return CW_WRITE_NOTHING;

  rc = cw_sqlite_exec (db,
                       "INSERT INTO lessons (lesson_id, state, opened_at, learned_at, changed_at)"
                       " VALUES (?1, 'learned', ?2, ?2, ?2)"
                       " ON CONFLICT (lesson_id) DO UPDATE"
                       " SET state = 'learned', learned_at = max(?2, opened_at),"
                       "     changed_at = max(?2, opened_at)",
                       "si", args->lesson_id, args->now);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db,
                         "INSERT OR REPLACE INTO reviews (lesson_id, box, due_at, reviewed_at)"
                         " VALUES (?1, 1, ?2, NULL)",
                         "si", args->lesson_id, cw_leitner_due_at (args->now, 1, args->tz));

  return rc;
}

gboolean
cw_progress_store_set_learned (CwProgressStore  *self,
                               const char       *lesson_id,
                               gboolean          learned,
                               GError          **error)
{
  CwSetLearned args = { 0, };
  gboolean wrote = FALSE;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.learned = learned;
  args.tz = self->tz;
  if (!cw_progress_store_write (self, cw_write_set_learned, &args, TRUE, &wrote, error))
    return FALSE;

  if (wrote)
    {
      cw_progress_store_emit_changed (self, "lesson", lesson_id);
      cw_progress_store_emit_changed (self, "review", lesson_id);
    }

  return TRUE;
}


/* Answering a self-check question */

typedef struct
{
  const char *lesson_id;
  gint64      now;
  guint       question;
  guint       choice;
  gboolean    correct;
} CwRecordAnswer;

static int
cw_write_record_answer (sqlite3   *db,
                        gpointer   data,
                        GError   **error)
{
  CwRecordAnswer *args = data;

  return cw_sqlite_exec (db,
                         "INSERT INTO answers (lesson_id, question, choice, correct, answered_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         "siiii", args->lesson_id, (gint64) args->question, (gint64) args->choice,
                         (gint64) (args->correct ? 1 : 0), args->now);
}

gboolean
cw_progress_store_record_answer (CwProgressStore  *self,
                                 const char       *lesson_id,
                                 guint             question,
                                 guint             choice,
                                 gboolean          correct,
                                 GError          **error)
{
  CwRecordAnswer args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.question = question;
  args.choice = choice;
  args.correct = correct;
  if (!cw_progress_store_write (self, cw_write_record_answer, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "answers", lesson_id);

  return TRUE;
}


/* Reviewing a learned lesson */

typedef struct
{
  const char *lesson_id;
  gint64      now;
  gboolean    correct;
  GTimeZone  *tz;          /* for the next review's date */
} CwRecordReview;

static int
cw_write_record_review (sqlite3   *db,
                        gpointer   data,
                        GError   **error)
{
  CwRecordReview *args = data;
  gint64 box = 0;
  int rc;

  rc = cw_sqlite_query_int (db, &box, "SELECT box FROM reviews WHERE lesson_id = ?1", "s",
                            args->lesson_id);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NOT_IN_REVIEW,
                   _("This lesson is not due for review: only lessons marked as learned "
                     "come back for review. Mark it as learned first."));
      return CW_WRITE_ABORT;
    }
  if (rc != SQLITE_OK)
    return rc;

  box = cw_leitner_next_box ((int) box, args->correct);

  return cw_sqlite_exec (db,
                         "UPDATE reviews SET box = ?2, due_at = ?3, reviewed_at = ?4"
                         " WHERE lesson_id = ?1",
                         "siii", args->lesson_id, box,
                         cw_leitner_due_at (args->now, (int) box, args->tz), args->now);
}

gboolean
cw_progress_store_record_review (CwProgressStore  *self,
                                 const char       *lesson_id,
                                 gboolean          correct,
                                 GError          **error)
{
  CwRecordReview args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.correct = correct;
  args.tz = self->tz;
  if (!cw_progress_store_write (self, cw_write_record_review, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "review", lesson_id);

  return TRUE;
}


/* A note on a lesson */

typedef struct
{
  const char *lesson_id;
  gint64      now;
  const char *text;        /* NULL or "": delete */
} CwSetNote;

static int
cw_write_set_note (sqlite3   *db,
                   gpointer   data,
                   GError   **error)
{
  CwSetNote *args = data;
  int rc;

  if (args->text == NULL || *args->text == '\0')
    rc = cw_sqlite_exec (db, "DELETE FROM notes WHERE lesson_id = ?1", "s", args->lesson_id);
  else
    rc = cw_sqlite_exec (db,
                         "INSERT INTO notes (lesson_id, text, changed_at) VALUES (?1, ?2, ?3)"
                         " ON CONFLICT (lesson_id) DO UPDATE"
                         " SET text = excluded.text, changed_at = excluded.changed_at"
                         " WHERE text IS NOT excluded.text",
                         "ssi", args->lesson_id, args->text, args->now);

  if (rc == SQLITE_OK && sqlite3_changes (db) == 0)
    return CW_WRITE_NOTHING;

  return rc;
}

gboolean
cw_progress_store_set_note (CwProgressStore  *self,
                            const char       *lesson_id,
                            const char       *text,
                            GError          **error)
{
  CwSetNote args = { 0, };
  gboolean wrote = FALSE;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  if (text != NULL && strlen (text) > CW_MAX_NOTE_BYTES)
    {
      g_autofree char *limit = g_format_size_full (CW_MAX_NOTE_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_FAILED,
                   _("This note is too long to be saved: a note holds at most %s. Shorten it; "
                     "the note saved before is kept."), limit);
      return FALSE;
    }

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.text = text;
  if (!cw_progress_store_write (self, cw_write_set_note, &args, TRUE, &wrote, error))
    return FALSE;

  if (wrote)
    cw_progress_store_emit_changed (self, "notes", lesson_id);

  return TRUE;
}


/* A run of the Fibonacci lab */

typedef struct
{
  gint64      now;
  guint       n;
  const char *algorithm;
  guint64     elapsed_ns;
  const char *value_preview;   /* NULL: "" */
} CwAddFibRun;

static int
cw_write_add_fib_run (sqlite3   *db,
                      gpointer   data,
                      GError   **error)
{
  CwAddFibRun *args = data;

  return cw_sqlite_exec (db,
                         "INSERT INTO fib_runs (n, algorithm, elapsed_ns, value_preview, ran_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         "isisi", (gint64) args->n, args->algorithm,
                         (gint64) MIN (args->elapsed_ns, (guint64) G_MAXINT64),
                         args->value_preview != NULL ? args->value_preview : "", args->now);
}

gboolean
cw_progress_store_add_fib_run (CwProgressStore  *self,
                               guint             n,
                               const char       *algorithm,
                               guint64           elapsed_ns,
                               const char       *value_preview,
                               GError          **error)
{
  CwAddFibRun args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (algorithm != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_short_text (algorithm, error) ||
      (value_preview != NULL && !cw_progress_check_short_text (value_preview, error)))
    return FALSE;

  args.now = cw_progress_store_now (self);
  args.n = n;
  args.algorithm = algorithm;
  args.elapsed_ns = elapsed_ns;
  args.value_preview = value_preview;
  if (!cw_progress_store_write (self, cw_write_add_fib_run, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "fib-runs", NULL);

  return TRUE;
}


/* Reset */

static int
cw_write_reset (sqlite3   *db,
                gpointer   data,
                GError   **error)
{
  return cw_progress_schema_delete_all (db);
}

gboolean
cw_progress_store_reset (CwProgressStore  *self,
                         GError          **error)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_store_write (self, cw_write_reset, NULL, FALSE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "all", NULL);

  return TRUE;
}
