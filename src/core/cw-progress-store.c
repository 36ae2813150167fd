/* cw-progress-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cw-leitner.h"
#include "cw-progress-store-private.h"

/*
 * The learner's progress. The header says what the store promises; the comments in each of
 * its files say how (see cw-progress-store-private.h for which file does what). This one
 * is the GObject: its properties and signal, opening and closing, the clock and the time
 * zone, and the errors the learner reads.
 */

#define CW_PROGRESS_FILE        "progress.sqlite3"
#define CW_PROGRESS_MARKER      "progress.running"
#define CW_PROGRESS_BACKUP_DIR  "backups"
#define CW_ACTIVITY_SLOT_S      900       /* 15 minutes: every UTC offset in use is a multiple */

G_DEFINE_FINAL_TYPE (CwProgressStore, cw_progress_store, G_TYPE_OBJECT)

/* The schedule the header describes is cw-leitner's. */
G_STATIC_ASSERT (CW_PROGRESS_N_BOXES == CW_LEITNER_N_BOXES);

G_DEFINE_QUARK (cw-progress-error-quark, cw_progress_error)

enum
{
  PROP_0,
  PROP_DATA_DIR,
  PROP_CAN_SAVE,
  PROP_RECOVERED_FROM,
  PROP_LOG_SET_ASIDE,
  PROP_SAVE_PROBLEM,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


/* Time */

gint64
cw_progress_store_now (CwProgressStore *self)
{
  gint64 now = self->clock != NULL ? self->clock (self->clock_data) : g_get_real_time ();

  return CLAMP (now, CW_TIME_MIN, CW_CLOCK_MAX);
}

/* A stored time as a date in the store's time zone; never NULL: a time out of range (left
 * by an older version or a broken clock) reads as the nearest end of the range. */
GDateTime *
cw_progress_store_date_time (CwProgressStore *self,
                             gint64           usec)
{
  GDateTime *dt = cw_calendar_date_time (CLAMP (usec, CW_TIME_MIN, CW_TIME_MAX), self->tz);

  g_assert (dt != NULL);
  return dt;
}

GDateTime *
cw_progress_store_now_local (CwProgressStore *self)
{
  GDateTime *now = cw_calendar_date_time (cw_progress_store_now (self), self->tz);

  /* Only a broken clock gives a time GDateTime cannot hold. */
  return now != NULL ? now : g_date_time_new_now (self->tz);
}

gint64
cw_progress_activity_slot (gint64 usec)
{
  gint64 seconds = cw_calendar_floor_div (usec, G_USEC_PER_SEC);

  return cw_calendar_floor_div (seconds, CW_ACTIVITY_SLOT_S) * CW_ACTIVITY_SLOT_S;
}


/* Errors the learner reads: what happened and what to do, then the detail. */

/* The reasons a write cannot happen right now; CW_CAUSE_NONE for everything else (a
 * damaged file included). sys_errno is sqlite3_system_errno() right after the failure. */
CwCause
cw_progress_cause_for_failure (int rc,
                               int sys_errno)
{
  switch (cw_sqlite_failure_for_rc (rc, sys_errno))
    {
    case CW_SQLITE_FAILURE_FULL:
      return CW_CAUSE_FULL;

    case CW_SQLITE_FAILURE_READ_ONLY:
      return CW_CAUSE_READ_ONLY;

    case CW_SQLITE_FAILURE_CANTOPEN:
      return CW_CAUSE_CANTOPEN;

    case CW_SQLITE_FAILURE_IO:
      return CW_CAUSE_IO;

    case CW_SQLITE_FAILURE_BUSY:
      return CW_CAUSE_BUSY;

    case CW_SQLITE_FAILURE_OTHER:
    case CW_SQLITE_FAILURE_CORRUPT:
    default:
      return CW_CAUSE_NONE;
    }
}

void
cw_progress_set_error (GError         **error,
                       CwProgressError  code,
                       const char      *message,
                       const char      *detail)
{
  if (detail != NULL && *detail != '\0')
    /* Translators: the first %s explains what went wrong and what to do; the second is the
     * technical detail, often SQLite's own (English) words. */
    g_set_error (error, CW_PROGRESS_ERROR, code, _("%s\nDetails: %s"), message, detail);
  else
    g_set_error_literal (error, CW_PROGRESS_ERROR, code, message);
}

static void
cw_progress_store_set_save_problem (CwProgressStore *self,
                                    const char      *problem)
{
  if (g_strcmp0 (self->save_problem, problem) == 0)
    return;

  g_free (self->save_problem);
  self->save_problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_PROBLEM]);
}

/* Saving works again: no problem to tell. */
void
cw_progress_store_set_can_save (CwProgressStore *self)
{
  cw_progress_store_set_save_problem (self, NULL);
  if (self->can_save)
    return;

  self->can_save = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
}

/* Saving does not work: "save-problem" says why in the words @error gets (set first, so a
 * handler of notify::can-save can read it). */
static void
cw_progress_store_fail_save (CwProgressStore  *self,
                             CwProgressError   code,
                             const char       *message,
                             const char       *detail,
                             GError          **error)
{
  GError *local_error = NULL;

  cw_progress_set_error (&local_error, code, message, detail);
  cw_progress_store_set_save_problem (self, local_error->message);
  g_propagate_error (error, local_error);

  if (!self->can_save)
    return;

  self->can_save = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
}

/* The words for a cause found at open that needs the learner to act; NULL for the others. */
static char *
cw_progress_store_open_problem (CwProgressStore *self,
                                CwCause          cause)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  g_autofree char *folder = g_filename_display_name (self->data_dir);
  const char *detail = self->read_only_detail != NULL ? self->read_only_detail : "";

  switch (cause)
    {
    case CW_CAUSE_FILE_READ_ONLY:
      return g_strdup_printf (_("Your progress could not be saved right now: %s is read-only. "
                                "Make the file writable and try again; your earlier progress "
                                "is safe."), name);

    case CW_CAUSE_UNREADABLE:
      return g_strdup_printf (_("%s cannot be read: %s. Check the file's permissions in %s "
                                "(you must be able to read and write it), then restart "
                                "Crabwise. Until then your progress is not shown and nothing "
                                "is saved; the file is left as it is."), name, detail, folder);

    case CW_CAUSE_DAMAGED_STUCK:
      return g_strdup_printf (_("%s is damaged, and the folder %s is read-only, so Crabwise "
                                "cannot set the file aside and start a fresh one. Make the "
                                "folder writable and restart Crabwise; the damaged file is "
                                "kept."), name, folder);

    case CW_CAUSE_FOLDER:
      return g_strdup_printf (_("%s is a folder, not a file: move it away and restart "
                                "Crabwise. Until then your progress is not saved."), name);

    case CW_CAUSE_DANGLING_LINK:
      return g_strdup_printf (_("%s is a link to %s, which does not exist: connect the disk "
                                "it points to, or remove the link, and restart Crabwise. "
                                "Until then your progress is not saved."), name, detail);

    case CW_CAUSE_NOT_REGULAR:
      return g_strdup_printf (_("%s is not a regular file: move it away and restart Crabwise. "
                                "Until then your progress is not saved."), name);

    case CW_CAUSE_NONE:
    case CW_CAUSE_FULL:
    case CW_CAUSE_READ_ONLY:
    case CW_CAUSE_CANTOPEN:
    case CW_CAUSE_IO:
    case CW_CAUSE_BUSY:
    default:
      return NULL;
    }
}

/* What a write that cannot happen now says, for each cause. */
char *
cw_progress_store_cannot_save_message (CwProgressStore *self,
                                       CwCause          cause)
{
  g_autofree char *folder = g_filename_display_name (self->data_dir);
  char *message = cw_progress_store_open_problem (self, cause);

  switch (message != NULL ? CW_CAUSE_NONE : cause)
    {
    case CW_CAUSE_FULL:
      message = g_strdup (_("Your progress could not be saved right now: the disk is full. "
                            "Free some space and try again; your earlier progress is safe."));
      break;

    case CW_CAUSE_READ_ONLY:
      message = g_strdup_printf (_("Your progress could not be saved right now: the folder %s "
                                   "is read-only. Make it writable and try again; your "
                                   "earlier progress is safe."), folder);
      break;

    case CW_CAUSE_CANTOPEN:
      message = g_strdup_printf (_("Your progress could not be saved right now: its file in "
                                   "%s could not be opened. Check that the folder exists and "
                                   "is writable; your earlier progress is safe."), folder);
      break;

    case CW_CAUSE_BUSY:
      message = g_strdup (_("Your progress could not be saved right now: another program is "
                            "using the file. Close other copies of Crabwise and try again; "
                            "your earlier progress is safe."));
      break;

    case CW_CAUSE_NONE:
      if (message != NULL)
        break;
      G_GNUC_FALLTHROUGH;
    case CW_CAUSE_IO:
    case CW_CAUSE_FILE_READ_ONLY:
    case CW_CAUSE_UNREADABLE:
    case CW_CAUSE_DAMAGED_STUCK:
    case CW_CAUSE_FOLDER:
    case CW_CAUSE_DANGLING_LINK:
    case CW_CAUSE_NOT_REGULAR:
    default:
      message = g_strdup (_("Your progress could not be saved right now: the disk reported "
                            "an error. Check the disk and try again; your earlier progress "
                            "is safe."));
      break;
    }

  return message;
}

void
cw_progress_store_set_cannot_save_error (CwProgressStore  *self,
                                         CwCause           cause,
                                         const char       *detail,
                                         GError          **error)
{
  g_autofree char *message = cw_progress_store_cannot_save_message (self, cause);

  cw_progress_store_fail_save (self, CW_PROGRESS_ERROR_CANNOT_SAVE, message, detail, error);
}

/* A failed write statement or COMMIT (the transaction is already rolled back); sys_errno is
 * sqlite3_system_errno() right after the failure. */
void
cw_progress_store_set_write_error (CwProgressStore  *self,
                                   int               rc,
                                   int               sys_errno,
                                   GError          **error)
{
  CwCause cause = cw_progress_cause_for_failure (rc, sys_errno);

  if (cause != CW_CAUSE_NONE)
    {
      cw_progress_store_set_cannot_save_error (self, cause, sqlite3_errstr (rc), error);
      return;
    }

  if (cw_sqlite_rc_is_corrupt (rc))
    {
      /* The marker stays, so the next start checks the file and moves it aside. */
      self->damaged = TRUE;
      cw_progress_store_fail_save (self, CW_PROGRESS_ERROR_FAILED,
                                   _("Your progress could not be saved: the progress file is "
                                     "damaged. Restart Crabwise: it keeps the damaged file "
                                     "aside and starts a fresh one."),
                                   sqlite3_errstr (rc), error);
      return;
    }

  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be saved because of an unexpected error. "
                           "Your earlier progress is safe; please report this problem."),
                         sqlite3_errstr (rc));
}

void
cw_progress_store_set_unknown_outcome_error (CwProgressStore  *self,
                                             int               commit_rc,
                                             GError          **error)
{
  cw_progress_store_fail_save (self, CW_PROGRESS_ERROR_UNKNOWN_OUTCOME,
                               _("It is not certain that your last change was saved: the disk "
                                 "reported an error while saving, and the progress could not "
                                 "be read back. Check the disk, then restart Crabwise to see "
                                 "what was kept."),
                               sqlite3_errstr (commit_rc), error);
}

/* Reads answer with defaults when they fail; the reason goes to the log. */
void
cw_progress_store_read_failed (CwProgressStore *self,
                               int              rc,
                               const char      *what)
{
  if (cw_sqlite_rc_is_corrupt (rc))
    self->damaged = TRUE;

  g_warning ("Could not read %s from %s: %s", what, self->path, sqlite3_errstr (rc));
}

gboolean
cw_progress_store_check_open (CwProgressStore  *self,
                              GError          **error)
{
  if (self->db != NULL)
    return TRUE;

  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be saved: the progress store is already "
                           "closed. Restart Crabwise and try again."), NULL);
  return FALSE;
}


/* State that other files change, on the main thread */

void
cw_progress_store_emit_changed (CwProgressStore *self,
                                const char      *detail,
                                const char      *lesson_id)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (detail), lesson_id);
}

/* Where a damaged file was moved at open. */
void
cw_progress_store_take_recovered_from (CwProgressStore *self,
                                       char            *path)
{
  g_free (self->recovered_from);
  self->recovered_from = path;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERED_FROM]);
}

/* Where a write-ahead log that was not the file's was moved at open. */
void
cw_progress_store_take_log_set_aside (CwProgressStore *self,
                                      char            *path)
{
  g_free (self->log_set_aside);
  self->log_set_aside = path;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOG_SET_ASIDE]);
}


/* Work off the main thread */

/* Runs @func on a worker with @task's data and cancellable; @done then runs in the
 * caller's main context with @task as its user data, to change the store's state and
 * return @task's result. The worker's own task holds no reference to the store: the thread
 * drops that task after the result is back on the main thread, and the store's last
 * reference must go there. */
void
cw_progress_store_run_in_worker (GTask               *task,
                                 GTaskThreadFunc      func,
                                 GAsyncReadyCallback  done)
{
  g_autoptr(GTask) worker = NULL;

  worker = g_task_new (NULL, g_task_get_cancellable (task), done, g_object_ref (task));
  g_task_set_source_tag (worker, func);
  g_task_set_task_data (worker, g_task_get_task_data (task), NULL);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_run_in_thread (worker, func);
}

static void
cw_interrupt (GCancellable *cancellable,
              sqlite3      *db)
{
  sqlite3_interrupt (db);
}

/* Cancelling @cancellable (NULL: never) interrupts what @db is running; pass the result to
 * g_cancellable_disconnect() when done. */
gulong
cw_progress_interrupt_on_cancel (GCancellable *cancellable,
                                 sqlite3      *db)
{
  if (cancellable == NULL)
    return 0;

  return g_cancellable_connect (cancellable, G_CALLBACK (cw_interrupt), db, NULL);
}


/* GObject */

static void
cw_progress_store_finalize (GObject *object)
{
  CwProgressStore *self = CW_PROGRESS_STORE (object);

  cw_progress_store_close (self);

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->marker_path, g_free);
  g_clear_pointer (&self->backup_dir, g_free);
  g_clear_pointer (&self->recovered_from, g_free);
  g_clear_pointer (&self->log_set_aside, g_free);
  g_clear_pointer (&self->read_only_detail, g_free);
  g_clear_pointer (&self->save_problem, g_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (cw_progress_store_parent_class)->finalize (object);
}

static void
cw_progress_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwProgressStore *self = CW_PROGRESS_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    case PROP_RECOVERED_FROM:
      g_value_set_string (value, self->recovered_from);
      break;

    case PROP_LOG_SET_ASIDE:
      g_value_set_string (value, self->log_set_aside);
      break;

    case PROP_SAVE_PROBLEM:
      g_value_set_string (value, self->save_problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_progress_store_class_init (CwProgressStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_progress_store_finalize;
  object_class->get_property = cw_progress_store_get_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECOVERED_FROM] =
    g_param_spec_string ("recovered-from", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOG_SET_ASIDE] =
    g_param_spec_string ("log-set-aside", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_PROBLEM] =
    g_param_spec_string ("save-problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CwProgressStore::changed:
   * @lesson_id: (nullable): the lesson concerned, or %NULL
   *
   * After a commit that changed something; the detail says what (see the header).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cw_progress_store_init (CwProgressStore *self)
{
  self->can_save = TRUE;
  self->tz = g_time_zone_new_local ();
}


/* Public API */

/**
 * cw_progress_store_new:
 * @data_dir: the folder for progress.sqlite3, e.g. cw_paths_get_user_data_dir()
 *
 * Opens (creating, migrating or recovering as needed) the learner's progress; see the
 * header for every case.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CwProgressStore *
cw_progress_store_new (const char  *data_dir,
                       GError     **error)
{
  g_autoptr(CwProgressStore) self = NULL;
  CwCause cause = CW_CAUSE_NONE;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CW_TYPE_PROGRESS_STORE, NULL);
  /* Absolute, because copies are opened through file: URIs. */
  self->data_dir = g_canonicalize_filename (data_dir, NULL);
  self->path = g_build_filename (data_dir, CW_PROGRESS_FILE, NULL);
  self->marker_path = g_build_filename (data_dir, CW_PROGRESS_MARKER, NULL);
  self->backup_dir = g_build_filename (data_dir, CW_PROGRESS_BACKUP_DIR, NULL);

  if (cw_progress_store_open_file (self, &self->db, &cause, error))
    return g_steal_pointer (&self);

  if (cause == CW_CAUSE_NONE)
    {
      /* The hard failures: nothing to close, and no marker was made. */
      self->closed = TRUE;
      return NULL;
    }

  g_debug ("The progress cannot be written now; reading a copy of %s", self->path);
  self->db = cw_progress_store_open_snapshot (self, error);
  if (self->db == NULL)
    {
      self->closed = TRUE;
      return NULL;
    }
  self->read_only = TRUE;
  self->read_only_cause = cause;
  self->can_save = FALSE;
  self->save_problem = cw_progress_store_cannot_save_message (self, cause);

  return g_steal_pointer (&self);
}

const char *
cw_progress_store_get_path (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  return self->path;
}

const char *
cw_progress_store_get_data_dir (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  return self->data_dir;
}

void
cw_progress_store_set_clock (CwProgressStore *self,
                             CwClockFunc      func,
                             gpointer         user_data)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));

  self->clock = func;
  self->clock_data = user_data;
}

void
cw_progress_store_set_timezone (CwProgressStore *self,
                                GTimeZone       *tz)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
}

const char *
cw_progress_store_get_recovered_from (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  return self->recovered_from;
}

const char *
cw_progress_store_get_log_set_aside (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  return self->log_set_aside;
}

const char *
cw_progress_store_get_save_problem (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  return self->save_problem;
}

gboolean
cw_progress_store_get_can_save (CwProgressStore *self)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);

  return self->can_save;
}

void
cw_progress_store_set_backup_hook (CwProgressStore *self,
                                   CwBackupHook     hook,
                                   gpointer         user_data)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));

  self->backup_hook = hook;
  self->backup_hook_data = user_data;
}

void
cw_progress_store_close (CwProgressStore *self)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));

  if (self->closed)
    return;
  self->closed = TRUE;

  if (self->db != NULL && !self->read_only)
    {
      int rc = cw_sqlite_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", "");

      if (rc != SQLITE_OK)
        g_debug ("Checkpoint at close: %s", sqlite3_errstr (rc));
    }

  cw_sqlite_close (self->db, !self->read_only);
  self->db = NULL;

  /* A file that showed damage keeps its marker: the next start checks it. So does a log
   * that still holds commits (another copy of Crabwise has the file open). */
  if (self->marker_created && !self->damaged && !cw_progress_store_log_has_content (self))
    g_unlink (self->marker_path);
  self->marker_created = FALSE;
}
