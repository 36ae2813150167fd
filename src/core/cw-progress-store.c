/* cw-progress-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "cw-calendar.h"
#include "cw-leitner.h"
#include "cw-progress-store.h"
#include "cw-sqlite.h"

/*
 * The learner's progress. The header says what the store promises; this comment says how.
 *
 * Every write goes through cw_progress_store_write(): BEGIN IMMEDIATE, the operation's
 * statements, one row of activity, a bump of the write counter (meta.write_seq) read back
 * with RETURNING, COMMIT. The counter is how an I/O error on COMMIT is resolved: the value
 * this transaction would have written is known, so a re-read tells whether it landed.
 *
 * Opening is a small state machine (cw_progress_store_open_file()): each step's SQLite
 * result is classified once — damaged (move the file aside and start again, once), cannot
 * write (fall back to a read-only in-memory copy), newer version or out of memory (fail).
 *
 * Statements are prepared per call: the store does a handful per user action, a prepare
 * costs microseconds, and nothing then has to be finalized before a restore, a close or a
 * reopen swaps the connection.
 */

#define CW_PROGRESS_FILE        "progress.sqlite3"
#define CW_PROGRESS_MARKER      "progress.running"
#define CW_PROGRESS_BACKUP_DIR  "backups"
#define CW_BUSY_TIMEOUT_MS      5000

/* SQLite checkpoints its log after 1,000 pages by default (4 MiB): on a small disk the log
 * alone filled it after ~20 writes. A checkpoint every 16 pages (64 KiB, a handful of
 * writes) costs little at our rate of writes, and the log is cut back to nothing when it
 * restarts, so the disk's space goes to the progress itself. */
#define CW_WAL_CHECKPOINT_PAGES 16
#define CW_WAL_SIZE_LIMIT       0
#define CW_ACTIVITY_SLOT_S      900       /* 15 minutes: every UTC offset in use is a multiple */
#define CW_NO_TIME              CW_SQLITE_NO_INT
#define CW_USEC_PER_DAY         CW_CALENDAR_USEC_PER_DAY
#define CW_MAX_LESSON_ID        256

/* Every time the store keeps, reads back or accepts lies in [CW_TIME_MIN, CW_TIME_MAX]:
 * from the Unix epoch (a clock before it is broken) to 9999-01-01T00:00:00Z, so that any
 * of them, in any time zone, is a date GDateTime can hold (years 1 to 9999). The store's
 * clock is kept a month below the end, so that a due date computed from it (at most 16
 * days later) stays in range too. */
#define CW_TIME_MIN             G_GINT64_CONSTANT (0)
#define CW_TIME_MAX             G_GINT64_CONSTANT (253370764800000000)
#define CW_CLOCK_MAX            (CW_TIME_MAX - 32 * CW_USEC_PER_DAY)

/* What an import accepts at most, checked before the document is parsed (see
 * cw_import_prescan()). An export of years of daily study is a few megabytes, and three
 * levels deep: the document, a list, a record. */
#define CW_IMPORT_MAX_BYTES     (64 * 1024 * 1024)
#define CW_IMPORT_MAX_DEPTH     16

/* The longest texts the store keeps, in bytes, in a write and in an import alike, so that
 * every export imports again: a note (a long page of the learner's own words is a few KiB),
 * and an algorithm's name or a value preview (a few dozen bytes). */
#define CW_MAX_NOTE_BYTES       (256 * 1024)
#define CW_MAX_SHORT_TEXT       1024

/* Beyond SQLite's result codes: what a write function or an open step can also answer. */
#define CW_WRITE_ABORT          (-1)      /* the function set a GError; roll back */
#define CW_WRITE_NOTHING        (-2)      /* nothing to change; roll back, succeed, no signal */
#define CW_OPEN_NOT_OURS        (-3)      /* a database, but not a progress store */
#define CW_OPEN_NEWER           (-4)      /* user_version above ours */
#define CW_WRITE_UNKNOWN        (-5)      /* an I/O error on COMMIT, and the outcome unknown */

typedef enum
{
  CW_CAUSE_NONE,
  CW_CAUSE_FULL,
  CW_CAUSE_READ_ONLY,
  CW_CAUSE_CANTOPEN,
  CW_CAUSE_IO,
  CW_CAUSE_BUSY,
  /* Found at open; they need the learner (read_only_detail says more): */
  CW_CAUSE_FILE_READ_ONLY,   /* the file, not its folder */
  CW_CAUSE_UNREADABLE,       /* the file cannot be read (permissions) */
  CW_CAUSE_DAMAGED_STUCK,    /* damaged, and its read-only folder keeps it from moving aside */
  CW_CAUSE_FOLDER,           /* a folder where the file should be */
  CW_CAUSE_DANGLING_LINK,    /* a link to nothing (the detail is where it points) */
  CW_CAUSE_NOT_REGULAR,      /* a FIFO, a socket, a device */
} CwCause;

typedef enum
{
  CW_OPEN_OK,
  CW_OPEN_CANNOT_WRITE,
  CW_OPEN_DAMAGED,
  CW_OPEN_ERROR,
} CwOpenResult;

struct _CwProgressStore
{
  GObject       parent_instance;

  char         *data_dir;
  char         *path;
  char         *marker_path;
  char         *backup_dir;

  sqlite3      *db;
  gboolean      read_only;        /* db is an in-memory copy; writes try to reopen first */
  CwCause       read_only_cause;
  char         *read_only_detail; /* for the causes that need one */
  char         *save_problem;     /* why can_save is FALSE, as the learner reads it */
  gboolean      closed;
  gboolean      damaged;          /* SQLITE_CORRUPT seen: keep the marker for the next start */
  gboolean      marker_created;
  gboolean      can_save;
  char         *recovered_from;
  char         *log_set_aside;

  CwClockFunc   clock;
  gpointer      clock_data;
  GTimeZone    *tz;

  CwBackupHook  backup_hook;
  gpointer      backup_hook_data;
};

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


/* Schema */

/* Version 1: lesson states and self-check answers, times in seconds. */
static const char cw_progress_migration_1[] =
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value"
  ");"
  "CREATE TABLE lessons ("
  "  lesson_id  TEXT PRIMARY KEY NOT NULL,"
  "  state      TEXT NOT NULL CHECK (state IN ('in-progress', 'learned')),"
  "  opened_at  INTEGER NOT NULL,"
  "  learned_at INTEGER"
  ");"
  "CREATE TABLE answers ("
  "  id          INTEGER PRIMARY KEY,"
  "  lesson_id   TEXT NOT NULL,"
  "  question    INTEGER NOT NULL CHECK (question >= 0),"
  "  choice      INTEGER NOT NULL CHECK (choice >= 0),"
  "  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),"
  "  answered_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX answers_by_question ON answers (lesson_id, question);"
  "PRAGMA user_version = 1;";

/* Version 2: notes and the review schedule. Lessons learned before there was a schedule
 * start in box 1, due a day after they were learned. */
static const char cw_progress_migration_2[] =
  "CREATE TABLE notes ("
  "  lesson_id  TEXT PRIMARY KEY NOT NULL,"
  "  text       TEXT NOT NULL,"
  "  changed_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE reviews ("
  "  lesson_id   TEXT PRIMARY KEY NOT NULL"
  "              REFERENCES lessons (lesson_id) ON DELETE CASCADE,"
  "  box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),"
  "  due_at      INTEGER NOT NULL,"
  "  reviewed_at INTEGER"
  ");"
  "INSERT INTO reviews (lesson_id, box, due_at)"
  "  SELECT lesson_id, 1, coalesce(learned_at, opened_at) + 86400"
  "    FROM lessons WHERE state = 'learned';"
  "PRAGMA user_version = 2;";

/* Version 3: microseconds everywhere (two answers in the same second keep their order),
 * the time a lesson got its state, the Fibonacci runs, the activity log for streaks
 * (backfilled from every time already known) and the write counter. */
static const char cw_progress_migration_3[] =
  "UPDATE lessons SET opened_at = opened_at * 1000000, learned_at = learned_at * 1000000;"
  "ALTER TABLE lessons ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;"
  "UPDATE lessons SET changed_at = coalesce(learned_at, opened_at);"
  "UPDATE answers SET answered_at = answered_at * 1000000;"
  "UPDATE notes SET changed_at = changed_at * 1000000;"
  "UPDATE reviews SET due_at = due_at * 1000000, reviewed_at = reviewed_at * 1000000;"
  "CREATE INDEX reviews_by_due ON reviews (due_at);"
  "CREATE TABLE fib_runs ("
  "  id            INTEGER PRIMARY KEY,"
  "  n             INTEGER NOT NULL CHECK (n >= 0),"
  "  algorithm     TEXT NOT NULL,"
  "  elapsed_ns    INTEGER NOT NULL CHECK (elapsed_ns >= 0),"
  "  value_preview TEXT NOT NULL,"
  "  ran_at        INTEGER NOT NULL"
  ");"
  "CREATE TABLE activity ("
  "  slot_start INTEGER PRIMARY KEY NOT NULL"
  ");"
  "INSERT OR IGNORE INTO activity (slot_start)"
  "  SELECT t / 1000000 - (t / 1000000) % 900 FROM ("
  "    SELECT opened_at AS t FROM lessons"
  "    UNION ALL SELECT learned_at FROM lessons WHERE learned_at IS NOT NULL"
  "    UNION ALL SELECT answered_at FROM answers"
  "    UNION ALL SELECT changed_at FROM notes"
  "    UNION ALL SELECT reviewed_at FROM reviews WHERE reviewed_at IS NOT NULL);"
  "INSERT OR REPLACE INTO meta (key, value) VALUES ('write_seq', 0);"
  "PRAGMA user_version = 3;";

static const char * const cw_progress_migrations[CW_PROGRESS_SCHEMA_VERSION] = {
  cw_progress_migration_1,
  cw_progress_migration_2,
  cw_progress_migration_3,
};

/* Every table and column the store reads or writes; preparing these proves the schema. */
static const char * const cw_progress_schema_probes[] = {
  "SELECT key, value FROM meta",
  "SELECT lesson_id, state, opened_at, learned_at, changed_at FROM lessons",
  "SELECT id, lesson_id, question, choice, correct, answered_at FROM answers",
  "SELECT lesson_id, text, changed_at FROM notes",
  "SELECT lesson_id, box, due_at, reviewed_at FROM reviews",
  "SELECT id, n, algorithm, elapsed_ns, value_preview, ran_at FROM fib_runs",
  "SELECT slot_start FROM activity",
};

#define SQL_BUMP_SEQ \
  "INSERT INTO meta (key, value) VALUES ('write_seq', 1)" \
  " ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value"
#define SQL_READ_SEQ \
  "SELECT value FROM meta WHERE key = 'write_seq'"
#define SQL_ADD_ACTIVITY \
  "INSERT OR IGNORE INTO activity (slot_start) VALUES (?1)"
#define SQL_SET_META \
  "INSERT INTO meta (key, value) VALUES (?1, ?2)" \
  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"

static const char * const cw_progress_reset_sql[] = {
  "DELETE FROM reviews",
  "DELETE FROM lessons",
  "DELETE FROM answers",
  "DELETE FROM notes",
  "DELETE FROM fib_runs",
  "DELETE FROM activity",
  "DELETE FROM meta WHERE key <> 'write_seq'",
};


/* The reasons a write cannot happen right now; CW_CAUSE_NONE for everything else (a
 * damaged file included). sys_errno is sqlite3_system_errno() right after the failure. */
static CwCause
cw_cause_for_failure (int rc,
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

/* The same for a failed rename or mkdir: never CW_CAUSE_NONE. */
static CwCause
cw_cause_for_errno (int saved_errno)
{
  switch (cw_sqlite_failure_for_errno (saved_errno))
    {
    case CW_SQLITE_FAILURE_FULL:
      return CW_CAUSE_FULL;

    case CW_SQLITE_FAILURE_READ_ONLY:
      return CW_CAUSE_READ_ONLY;

    case CW_SQLITE_FAILURE_IO:
      return CW_CAUSE_IO;

    case CW_SQLITE_FAILURE_CANTOPEN:
    case CW_SQLITE_FAILURE_OTHER:
    case CW_SQLITE_FAILURE_BUSY:
    case CW_SQLITE_FAILURE_CORRUPT:
    default:
      return CW_CAUSE_CANTOPEN;
    }
}

/* Time */

static gint64
cw_progress_store_now (CwProgressStore *self)
{
  gint64 now = self->clock != NULL ? self->clock (self->clock_data) : g_get_real_time ();

  return CLAMP (now, CW_TIME_MIN, CW_CLOCK_MAX);
}

/* A stored time as a date in the store's time zone; never NULL: a time out of range (left
 * by an older version or a broken clock) reads as the nearest end of the range. */
static GDateTime *
cw_progress_store_date_time (CwProgressStore *self,
                             gint64           usec)
{
  GDateTime *dt = cw_calendar_date_time (CLAMP (usec, CW_TIME_MIN, CW_TIME_MAX), self->tz);

  g_assert (dt != NULL);
  return dt;
}

static GDateTime *
cw_progress_store_now_local (CwProgressStore *self)
{
  GDateTime *now = cw_calendar_date_time (cw_progress_store_now (self), self->tz);

  /* Only a broken clock gives a time GDateTime cannot hold. */
  return now != NULL ? now : g_date_time_new_now (self->tz);
}

static gint64
cw_activity_slot (gint64 usec)
{
  gint64 seconds = cw_calendar_floor_div (usec, G_USEC_PER_SEC);

  return cw_calendar_floor_div (seconds, CW_ACTIVITY_SLOT_S) * CW_ACTIVITY_SLOT_S;
}


/* Errors the learner reads: what happened and what to do, then the detail. */

static void
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
static void
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
static char *
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

static void
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
static void
cw_progress_store_set_write_error (CwProgressStore  *self,
                                   int               rc,
                                   int               sys_errno,
                                   GError          **error)
{
  CwCause cause = cw_cause_for_failure (rc, sys_errno);

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

/* Reads answer with defaults when they fail; the reason goes to the log. */
static void
cw_progress_store_read_failed (CwProgressStore *self,
                               int              rc,
                               const char      *what)
{
  if (cw_sqlite_rc_is_corrupt (rc))
    self->damaged = TRUE;

  g_warning ("Could not read %s from %s: %s", what, self->path, sqlite3_errstr (rc));
}

static gboolean
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

static void
cw_progress_store_emit_changed (CwProgressStore *self,
                                const char      *detail,
                                const char      *lesson_id)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (detail), lesson_id);
}


/* Opening */

static gboolean
cw_progress_store_create_marker (CwProgressStore *self)
{
  int fd;

  /* Only its existence counts, so no temporary file and rename: a kill at any moment
   * leaves either no marker or an empty one. */
  fd = g_open (self->marker_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_debug ("Could not create %s: %s", self->marker_path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  self->marker_created = TRUE;

  return TRUE;
}

static gboolean
cw_progress_store_log_has_content (CwProgressStore *self)
{
  g_autofree char *wal_path = g_strconcat (self->path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal_path, &st) == 0 && st.st_size > 0;
}

static guint32
cw_read_be (const guint8 *bytes,
            guint         n)
{
  guint32 value = 0;
  guint i;

  for (i = 0; i < n; i++)
    value = (value << 8) | bytes[i];

  return value;
}

/* After a clean exit the file holds exactly the pages its header counts. SQLite itself
 * refuses a file shorter than that; anything else that changed the size behind our back (a
 * bad copy, a tool, bytes appended) asks for a quick_check before the file is trusted. */
static gboolean
cw_progress_file_size_matches_header (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  guint8 header[100];
  GStatBuf st;
  guint32 page_size;
  guint32 n_pages;
  ssize_t n_read;
  int fd;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;

  if (st.st_size < (goffset) sizeof header)
    return FALSE;

  /* Pages may still live in the log (another copy of Crabwise is running). */
  if (g_stat (wal_path, &st) == 0 && st.st_size > 0)
    return TRUE;
  if (g_stat (path, &st) != 0)
    return TRUE;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return TRUE;
  n_read = read (fd, header, sizeof header);
  close (fd);

  if (n_read != (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;

  /* The in-header size is only valid when "version-valid-for" matches the change counter. */
  if (cw_read_be (header + 24, 4) != cw_read_be (header + 92, 4))
    return TRUE;

  page_size = cw_read_be (header + 16, 2);
  if (page_size == 1)
    page_size = 65536;
  n_pages = cw_read_be (header + 28, 4);
  if (n_pages == 0)
    return TRUE;

  return (goffset) st.st_size == (goffset) page_size * n_pages;
}

/* A write-ahead log beside the progress file, before SQLite sees it.
 *
 * SQLite replays any valid log it finds beside a database, and nothing in a log says which
 * database it was written for: a -wal and -shm pair copied in from elsewhere is written
 * into the learner's file at the next close. So before opening, a log that holds at least
 * one complete commit (valid header, salts and checksums, as in the WAL format at
 * sqlite.org/fileformat2.html#walformat) is only replayed when it can be ours:
 *   - another connection holds the -shm's lock (another copy of Crabwise is running):
 *     it is live, and left alone;
 *   - its last page 1 (or the file's own header) says a newer Crabwise wrote it: the open
 *     refuses the file as a whole and leaves it as it is;
 *   - otherwise it is not ours, and set aside with its -shm, when the file is missing or
 *     empty (SQLite would delete the log), when its page size is not the file's, or when
 *     there is no unclean-exit marker: our clean close checkpoints and removes the log, the
 *     marker exists from before the file is opened until after it is closed, and every
 *     write puts it back if another copy removed it, so a log with commits and no marker
 *     was not left by us.
 * A log with no complete commit has nothing to replay; SQLite resets it. */

typedef enum
{
  CW_WAL_NOTHING,
  CW_WAL_OURS,
  CW_WAL_LIVE,
  CW_WAL_NEWER,
  CW_WAL_FOREIGN,
} CwWalVerdict;

typedef struct
{
  guint32 page_size;
  guint   n_commits;
  gint64  user_version;   /* page 1 as of the last commit; -1 when no commit has page 1 */
} CwWalSummary;

#define CW_WAL_HEADER        32
#define CW_WAL_FRAME_HEADER  24
#define CW_SHM_DMS_LOCK      128   /* SQLite's unix VFS: held (shared) by every open connection */

static guint32
cw_read_word (const guint8 *bytes,
              gboolean      big_endian)
{
  guint32 word;

  memcpy (&word, bytes, sizeof word);
  return big_endian ? GUINT32_FROM_BE (word) : GUINT32_FROM_LE (word);
}

/* SQLite's WAL checksum: over 32-bit words in the log's byte order, continuing from sum. */
static void
cw_wal_checksum (const guint8 *data,
                 gsize         n,
                 gboolean      big_endian,
                 guint32       sum[2])
{
  gsize i;

  for (i = 0; i + 8 <= n; i += 8)
    {
      sum[0] += cw_read_word (data + i, big_endian) + sum[1];
      sum[1] += cw_read_word (data + i + 4, big_endian) + sum[0];
    }
}

/* The valid header: its magic, version, page size and checksum. */
static gboolean
cw_wal_read_header (int           fd,
                    guint8        header[CW_WAL_HEADER],
                    gboolean     *big_endian,
                    CwWalSummary *summary)
{
  guint32 magic;
  guint32 sum[2] = { 0, 0 };

  if (read (fd, header, CW_WAL_HEADER) != CW_WAL_HEADER)
    return FALSE;

  magic = cw_read_be (header, 4);
  if ((magic & ~1u) != 0x377f0682 || cw_read_be (header + 4, 4) != 3007000)
    return FALSE;

  *big_endian = (magic & 1) != 0;
  summary->page_size = cw_read_be (header + 8, 4);
  if (summary->page_size < 512 || summary->page_size > 65536 ||
      (summary->page_size & (summary->page_size - 1)) != 0)
    return FALSE;

  cw_wal_checksum (header, 24, *big_endian, sum);
  return sum[0] == cw_read_be (header + 24, 4) && sum[1] == cw_read_be (header + 28, 4);
}

/* Walks the frames as SQLite's recovery does, up to the first invalid one: how many commits,
 * and page 1's user_version as of the last. FALSE when there is no valid log at all. */
static gboolean
cw_wal_read_summary (const char   *wal_path,
                     CwWalSummary *summary)
{
  guint8 header[CW_WAL_HEADER];
  guint8 frame_header[CW_WAL_FRAME_HEADER];
  g_autofree guint8 *page = NULL;
  gint64 pending_version = -1;
  gboolean big_endian = FALSE;
  guint32 sum[2];
  int fd;

  summary->n_commits = 0;
  summary->user_version = -1;

  fd = g_open (wal_path, O_RDONLY, 0);
  if (fd < 0)
    return FALSE;

  if (!cw_wal_read_header (fd, header, &big_endian, summary))
    {
      close (fd);
      return FALSE;
    }

  sum[0] = cw_read_be (header + 24, 4);
  sum[1] = cw_read_be (header + 28, 4);
  page = g_malloc (summary->page_size);

  while (read (fd, frame_header, sizeof frame_header) == (ssize_t) sizeof frame_header &&
         read (fd, page, summary->page_size) == (ssize_t) summary->page_size)
    {
      guint32 page_number = cw_read_be (frame_header, 4);

      if (memcmp (frame_header + 8, header + 16, 8) != 0 || page_number == 0)
        break;
      cw_wal_checksum (frame_header, 8, big_endian, sum);
      cw_wal_checksum (page, summary->page_size, big_endian, sum);
      if (sum[0] != cw_read_be (frame_header + 16, 4) ||
          sum[1] != cw_read_be (frame_header + 20, 4))
        break;

      if (page_number == 1)
        pending_version = (gint32) cw_read_be (page + 60, 4);
      if (cw_read_be (frame_header + 4, 4) != 0)
        {
          summary->n_commits++;
          if (pending_version >= 0 || summary->user_version < 0)
            summary->user_version = pending_version;
        }
    }

  close (fd);
  return TRUE;
}

/* Another process holds the -shm's lock: a connection has the log open right now. */
static gboolean
cw_wal_is_live (const char *shm_path)
{
  struct flock lock = { 0, };
  gboolean live;
  int fd;

  fd = g_open (shm_path, O_RDONLY, 0);
  if (fd < 0)
    return FALSE;

  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = CW_SHM_DMS_LOCK;
  lock.l_len = 1;
  live = fcntl (fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  close (fd);

  return live;
}

/* The page size and user_version in the file's header; FALSE when it has none. */
static gboolean
cw_db_read_header (const char *path,
                   guint32    *page_size,
                   gint64     *user_version)
{
  guint8 header[100];
  ssize_t n_read;
  int fd;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return FALSE;
  n_read = read (fd, header, sizeof header);
  close (fd);

  if (n_read != (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;

  *page_size = cw_read_be (header + 16, 2);
  if (*page_size == 1)
    *page_size = 65536;
  *user_version = (gint32) cw_read_be (header + 60, 4);

  return TRUE;
}

static CwWalVerdict
cw_progress_store_check_wal (CwProgressStore *self,
                             gboolean         had_marker)
{
  g_autofree char *wal_path = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *shm_path = g_strconcat (self->path, "-shm", NULL);
  CwWalSummary wal = { 0, 0, -1 };
  guint32 page_size = 0;
  gint64 version = 0;
  gboolean has_header;

  if (!cw_wal_read_summary (wal_path, &wal) || wal.n_commits == 0)
    return CW_WAL_NOTHING;

  if (cw_wal_is_live (shm_path))
    return CW_WAL_LIVE;

  has_header = cw_db_read_header (self->path, &page_size, &version);
  if (wal.user_version > CW_PROGRESS_SCHEMA_VERSION ||
      (has_header && version > CW_PROGRESS_SCHEMA_VERSION))
    return CW_WAL_NEWER;

  if (!has_header)
    g_debug ("%s has commits but %s has no header", wal_path, self->path);
  else if (page_size != wal.page_size)
    g_debug ("%s has %u-byte pages, %s %u-byte ones", wal_path, wal.page_size, self->path,
             page_size);
  else if (!had_marker)
    g_debug ("%s has commits, but the last run closed cleanly", wal_path);
  else
    return CW_WAL_OURS;

  return CW_WAL_FOREIGN;
}

/* SQLITE_OK, CW_OPEN_NOT_OURS when a table or column is missing, or the error. */
static int
cw_check_schema (sqlite3 *db)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cw_progress_schema_probes); i++)
    {
      g_autoptr(CwSqliteStmt) stmt = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (db, cw_progress_schema_probes[i], -1, &stmt, NULL);
      if (rc == SQLITE_ERROR)
        return CW_OPEN_NOT_OURS;
      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

/* Brings a database from *version to the current schema, one transaction per step. A
 * step that SQLite refuses (a table already there, one missing, a constraint) means the
 * file is not what its version says: CW_OPEN_NOT_OURS. */
static int
cw_migrate (sqlite3 *db,
            gint64  *version)
{
  while (*version < CW_PROGRESS_SCHEMA_VERSION)
    {
      gint64 found = 0;
      gint64 violations = 0;
      int rc;

      rc = cw_sqlite_exec (db, "BEGIN IMMEDIATE", "");
      if (rc == SQLITE_OK)
        rc = cw_sqlite_query_int (db, &found, "PRAGMA user_version", "");
      if (rc == SQLITE_OK && found != *version)
        {
          /* Another copy of Crabwise migrated it meanwhile. */
          cw_sqlite_rollback (db);
          *version = found;
          if (found > CW_PROGRESS_SCHEMA_VERSION)
            return CW_OPEN_NEWER;
          continue;
        }

      if (rc == SQLITE_OK)
        {
          rc = cw_sqlite_exec_script (db, cw_progress_migrations[*version]);
          if ((rc & 0xff) == SQLITE_ERROR || (rc & 0xff) == SQLITE_CONSTRAINT)
            rc = CW_OPEN_NOT_OURS;
        }

      if (rc == SQLITE_OK)
        {
          rc = cw_sqlite_query_int (db, &violations,
                                    "SELECT count(*) FROM pragma_foreign_key_check", "");
          if (rc == SQLITE_OK && violations > 0)
            rc = CW_OPEN_NOT_OURS;
        }

      if (rc == SQLITE_OK)
        rc = cw_sqlite_exec (db, "COMMIT", "");

      if (rc != SQLITE_OK)
        {
          cw_sqlite_rollback (db);
          return rc;
        }

      g_debug ("Migrated the progress store from version %d to %d",
               (int) *version, (int) *version + 1);
      (*version)++;
    }

  return SQLITE_OK;
}

/* Version check and, for a version-0 file, whether it is empty (ours to fill) or someone
 * else's database. */
static int
cw_check_version (sqlite3 *db,
                  gint64  *version)
{
  gint64 n_objects = 0;
  int rc;

  rc = cw_sqlite_query_int (db, version, "PRAGMA user_version", "");
  if (rc != SQLITE_OK)
    return rc;

  if (*version > CW_PROGRESS_SCHEMA_VERSION)
    return CW_OPEN_NEWER;
  if (*version < 0)
    return CW_OPEN_NOT_OURS;

  if (*version == 0)
    {
      rc = cw_sqlite_query_int (db, &n_objects, "SELECT count(*) FROM sqlite_schema", "");
      if (rc != SQLITE_OK)
        return rc;
      if (n_objects > 0)
        return CW_OPEN_NOT_OURS;
    }

  return SQLITE_OK;
}

static void
cw_progress_store_set_newer_error (CwProgressStore  *self,
                                   gint64            version,
                                   GError          **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION,
               _("Your progress was saved by a newer version of Crabwise (progress format %d; "
                 "this version reads up to %d). Update Crabwise to continue. The file was "
                 "left unchanged: %s"),
               (int) version, CW_PROGRESS_SCHEMA_VERSION, display);
}

/* See CW_WAL_CHECKPOINT_PAGES. Per connection. */
static int
cw_limit_log (sqlite3 *db)
{
  int rc;

  rc = cw_sqlite_exec (db, "PRAGMA wal_autocheckpoint = " G_STRINGIFY (CW_WAL_CHECKPOINT_PAGES),
                       "");
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db, "PRAGMA journal_size_limit = " G_STRINGIFY (CW_WAL_SIZE_LIMIT), "");

  return rc;
}

/* The steps of opening the file for writing, up to the first that fails. */
static int
cw_progress_store_open_steps (CwProgressStore *self,
                              sqlite3         *db,
                              gboolean         unclean,
                              gint64          *version)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (sqlite3_db_readonly (db, "main") == 1)
    return SQLITE_READONLY;

  /* The first statement is where SQLite finds out that a file is not a database. */
  rc = cw_check_version (db, version);
  if (rc != SQLITE_OK)
    return rc;

  if (unclean)
    {
      g_debug ("%s was not closed cleanly; checking it", self->path);
      rc = cw_sqlite_quick_check (db, &ok);
      if (rc != SQLITE_OK)
        return rc;
      if (!ok)
        return SQLITE_CORRUPT;
    }

  rc = cw_sqlite_prepare (db, &stmt, "PRAGMA journal_mode = WAL", "");
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc;
  if (g_ascii_strcasecmp (cw_sqlite_column_text (stmt, 0), "wal") != 0)
    g_warning ("%s could not be switched to WAL mode (%s)", self->path,
               cw_sqlite_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  rc = cw_sqlite_exec (db, "PRAGMA synchronous = NORMAL", "");
  if (rc == SQLITE_OK)
    rc = cw_limit_log (db);
  if (rc == SQLITE_OK)
    rc = cw_migrate (db, version);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db, "PRAGMA foreign_keys = ON", "");
  if (rc == SQLITE_OK)
    rc = cw_check_schema (db);

  /* Can it take the write lock? A folder that became read-only after the -wal and -shm files
   * were made still lets SQLite read. */
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db, "BEGIN IMMEDIATE", "");
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db, "ROLLBACK", "");

  return rc;
}

static CwOpenResult
cw_progress_store_open_once (CwProgressStore  *self,
                             gboolean          had_marker,
                             sqlite3         **out,
                             CwCause          *cause,
                             GError          **error)
{
  sqlite3 *db = NULL;
  gboolean unclean;
  gint64 version = 0;
  int sys_errno;
  int rc;

  unclean = had_marker || !cw_progress_file_size_matches_header (self->path);

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, CW_BUSY_TIMEOUT_MS);
      rc = cw_progress_store_open_steps (self, db, unclean, &version);
    }

  if (rc == SQLITE_OK)
    {
      *out = db;
      return CW_OPEN_OK;
    }

  sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  cw_sqlite_close (db, FALSE);

  if (rc == CW_OPEN_NEWER)
    {
      cw_progress_store_set_newer_error (self, version, error);
      return CW_OPEN_ERROR;
    }

  if (rc == CW_OPEN_NOT_OURS || cw_sqlite_rc_is_corrupt (rc) || (rc & 0xff) == SQLITE_FORMAT)
    {
      g_debug ("%s is damaged or not a progress store (%s)", self->path,
               rc < 0 ? "not ours" : sqlite3_errstr (rc));
      return CW_OPEN_DAMAGED;
    }

  *cause = cw_cause_for_failure (rc, sys_errno);
  /* The file itself read-only in a folder that is not: say which to fix. */
  if (*cause == CW_CAUSE_READ_ONLY && access (self->data_dir, W_OK) == 0 &&
      access (self->path, W_OK) != 0)
    *cause = CW_CAUSE_FILE_READ_ONLY;
  if (*cause != CW_CAUSE_NONE)
    {
      g_debug ("%s cannot be opened for writing: %s", self->path, sqlite3_errstr (rc));
      return CW_OPEN_CANNOT_WRITE;
    }

  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be opened because of an unexpected error. "
                           "Restart Crabwise; if this keeps happening, please report it."),
                         sqlite3_errstr (rc));
  return CW_OPEN_ERROR;
}

/* "progress.sqlite3.<kind>-YYYYMMDD-HHMMSS" (local time), "-2", "-3"… appended when that
 * name, or the name of its -wal or -shm, is taken. */
static char *
cw_progress_store_aside_name (CwProgressStore *self,
                              const char      *kind)
{
  g_autoptr(GDateTime) now = cw_progress_store_now_local (self);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strconcat (self->path, ".", kind, "-", stamp, NULL);
  char *target = g_strdup (base);
  guint i;

  for (i = 2; ; i++)
    {
      g_autofree char *wal = g_strconcat (target, "-wal", NULL);
      g_autofree char *shm = g_strconcat (target, "-shm", NULL);

      if (!g_file_test (target, G_FILE_TEST_EXISTS) && !g_file_test (wal, G_FILE_TEST_EXISTS) &&
          !g_file_test (shm, G_FILE_TEST_EXISTS))
        return target;

      g_free (target);
      target = g_strdup_printf ("%s-%u", base, i);
    }
}

/* A log that is not ours (see cw_progress_store_check_wal()) goes aside with its -shm,
 * never deleted, before SQLite can replay it. FALSE with *cause when it cannot be moved:
 * then the file must not be opened for writing. */
static gboolean
cw_progress_store_set_aside_log (CwProgressStore *self,
                                 gboolean         had_marker,
                                 CwCause         *cause)
{
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_wal = NULL;
  g_autofree char *target_shm = NULL;

  if (cw_progress_store_check_wal (self, had_marker) != CW_WAL_FOREIGN)
    return TRUE;

  wal = g_strconcat (self->path, "-wal", NULL);
  shm = g_strconcat (self->path, "-shm", NULL);
  target = cw_progress_store_aside_name (self, "stale");
  target_wal = g_strconcat (target, "-wal", NULL);
  target_shm = g_strconcat (target, "-shm", NULL);

  if (g_rename (wal, target_wal) != 0)
    {
      int saved_errno = errno;

      g_debug ("Could not set %s aside: %s", wal, g_strerror (saved_errno));
      *cause = cw_cause_for_errno (saved_errno);
      return FALSE;
    }
  if (g_file_test (shm, G_FILE_TEST_EXISTS) && g_rename (shm, target_shm) != 0)
    {
      int saved_errno = errno;

      g_warning ("Could not set %s aside: %s", shm, g_strerror (saved_errno));
    }

  g_message ("A write-ahead log that does not belong to the progress file was moved to %s",
             target_wal);
  g_free (self->log_set_aside);
  self->log_set_aside = g_steal_pointer (&target_wal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOG_SET_ASIDE]);

  return TRUE;
}

/* Renames the damaged file and its -wal and -shm aside, never over an existing file. */
static gboolean
cw_progress_store_move_aside (CwProgressStore *self,
                              CwCause         *cause)
{
  static const char * const suffixes[] = { "-wal", "-shm" };
  g_autofree char *target = cw_progress_store_aside_name (self, "corrupt");
  guint i;

  if (g_rename (self->path, target) != 0)
    {
      int saved_errno = errno;

      g_debug ("Could not move %s aside: %s", self->path, g_strerror (saved_errno));
      *cause = cw_cause_for_errno (saved_errno);
      return FALSE;
    }

  for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (self->path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_warning ("Could not move %s aside: %s", from, g_strerror (saved_errno));
        }
    }

  g_message ("The progress file was damaged; it was moved to %s and a fresh one started",
             target);
  g_free (self->recovered_from);
  self->recovered_from = g_steal_pointer (&target);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERED_FROM]);

  return TRUE;
}

/* Opens the file, moving a damaged one aside once; see cw_progress_store_open_file(). */
static gboolean
cw_progress_store_open_or_recover (CwProgressStore  *self,
                                   gboolean          had_marker,
                                   sqlite3         **out,
                                   CwCause          *cause,
                                   GError          **error)
{
  gboolean moved = FALSE;

  for (;;)
    {
      switch (cw_progress_store_open_once (self, had_marker, out, cause, error))
        {
        case CW_OPEN_OK:
          return TRUE;

        case CW_OPEN_CANNOT_WRITE:
        case CW_OPEN_ERROR:
          return FALSE;

        case CW_OPEN_DAMAGED:
          if (moved)
            {
              cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                                     _("Your progress file was damaged and a fresh one could "
                                       "not be started. Check the disk and restart Crabwise."),
                                     NULL);
              return FALSE;
            }
          if (!cw_progress_store_move_aside (self, cause))
            {
              /* Kept from moving aside by a read-only folder: the learner must act. */
              if (*cause == CW_CAUSE_READ_ONLY)
                *cause = CW_CAUSE_DAMAGED_STUCK;
              return FALSE;
            }
          moved = TRUE;
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
cw_progress_store_set_read_only_detail (CwProgressStore *self,
                                       const char      *detail)
{
  g_free (self->read_only_detail);
  self->read_only_detail = g_strdup (detail);
}

/* What is where the progress file should be. Nothing, a regular file, or a link to one is
 * fine. Anything else can never become the progress file, so retrying cannot help and the
 * learner is told what is in the way; and nothing is created through a link that points
 * nowhere (it may point to a disk that is not connected now). A file that cannot be read
 * is named here too: SQLite would only say it cannot open it. FALSE with *cause set. */
static gboolean
cw_progress_store_check_path (CwProgressStore *self,
                              CwCause         *cause)
{
  GStatBuf st;
  int fd;

  /* GLib's g_file_test() rather than GIO's GFile: no VFS modules to load at start-up. */
  if (g_stat (self->path, &st) != 0)
    {
      g_autofree char *target = NULL;
      g_autofree char *display = NULL;

      if (!g_file_test (self->path, G_FILE_TEST_IS_SYMLINK))
        return TRUE;
      target = g_file_read_link (self->path, NULL);
      display = target != NULL ? g_filename_display_name (target) : NULL;
      cw_progress_store_set_read_only_detail (self, display != NULL ? display : "?");
      *cause = CW_CAUSE_DANGLING_LINK;
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    *cause = CW_CAUSE_FOLDER;
  else if (!S_ISREG (st.st_mode))
    *cause = CW_CAUSE_NOT_REGULAR;
  if (*cause != CW_CAUSE_NONE)
    return FALSE;

  fd = g_open (self->path, O_RDONLY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno != EACCES && saved_errno != EPERM)
        return TRUE;
      cw_progress_store_set_read_only_detail (self, g_strerror (saved_errno));
      *cause = CW_CAUSE_UNREADABLE;
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* TRUE with *out open for writing; FALSE with *cause set when it cannot be written now (the
 * caller falls back to a read-only copy); FALSE with @error for the hard failures. The
 * unclean-exit marker exists from before SQLite opens the file (a migration already writes
 * to the log) and is removed again when the file is not opened. */
static gboolean
cw_progress_store_open_file (CwProgressStore  *self,
                             sqlite3         **out,
                             CwCause          *cause,
                             GError          **error)
{
  gboolean had_marker;
  gboolean created;

  *cause = CW_CAUSE_NONE;

  if (g_mkdir_with_parents (self->data_dir, 0700) != 0)
    {
      int saved_errno = errno;

      *cause = cw_cause_for_errno (saved_errno);
      return FALSE;
    }

  if (!cw_progress_store_check_path (self, cause))
    return FALSE;

  had_marker = g_file_test (self->marker_path, G_FILE_TEST_EXISTS);
  if (!cw_progress_store_set_aside_log (self, had_marker, cause))
    return FALSE;

  created = cw_progress_store_create_marker (self) && !had_marker;
  if (cw_progress_store_open_or_recover (self, had_marker, out, cause, error))
    return TRUE;

  if (created)
    g_unlink (self->marker_path);
  self->marker_created = FALSE;

  return FALSE;
}

/* A private in-memory copy of the file (or an empty store) for when it cannot be written:
 * immutable=1 reads it without taking locks or creating -wal and -shm files, which a
 * read-only folder would refuse. Damage here only means starting empty: the file itself is
 * left for a later start to move aside. */
static sqlite3 *
cw_progress_store_open_snapshot (CwProgressStore  *self,
                                 GError          **error)
{
  sqlite3 *mem = NULL;
  gint64 version = 0;
  gboolean copied = FALSE;
  gboolean ok = FALSE;
  int rc;

  rc = cw_sqlite_open_memory (&mem);
  if (rc != SQLITE_OK)
    {
      cw_sqlite_close (mem, FALSE);
      cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                             _("Your progress could not be opened because of an unexpected "
                               "error. Restart Crabwise; if this keeps happening, please "
                               "report it."),
                             sqlite3_errstr (rc));
      return NULL;
    }

  if (g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    {
      sqlite3 *src = NULL;

      rc = cw_sqlite_open_immutable (self->path, &src);
      if (rc == SQLITE_OK)
        rc = cw_sqlite_copy (mem, src);
      copied = rc == SQLITE_OK;
      cw_sqlite_close (src, FALSE);
    }

  /* A file that cannot be read or copied (permissions, damage) is not an error here: the
   * session starts empty, and "save-problem" says why. */
  if (!copied)
    {
      if (rc != SQLITE_OK)
        g_debug ("%s cannot be read: %s; starting empty", self->path, sqlite3_errstr (rc));
      rc = SQLITE_OK;
    }

  if (copied)
    {
      rc = cw_check_version (mem, &version);
      if (rc == CW_OPEN_NEWER)
        {
          cw_sqlite_close (mem, FALSE);
          cw_progress_store_set_newer_error (self, version, error);
          return NULL;
        }
      if (rc == SQLITE_OK)
        rc = cw_sqlite_quick_check (mem, &ok);
      if (rc == SQLITE_OK && ok)
        rc = cw_migrate (mem, &version);
      if (rc == SQLITE_OK && ok)
        rc = cw_check_schema (mem);

      if (rc != SQLITE_OK || !ok)
        {
          g_debug ("%s cannot be read either; starting empty", self->path);
          cw_sqlite_close (mem, FALSE);
          mem = NULL;
          rc = cw_sqlite_open_memory (&mem);
          copied = FALSE;
        }
    }

  if (!copied && rc == SQLITE_OK)
    {
      version = 0;
      rc = cw_migrate (mem, &version);
    }

  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (mem, "PRAGMA foreign_keys = ON", "");

  if (rc != SQLITE_OK)
    {
      cw_sqlite_close (mem, FALSE);
      cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                             _("Your progress could not be opened because of an unexpected "
                               "error. Restart Crabwise; if this keeps happening, please "
                               "report it."),
                             sqlite3_errstr (rc));
      return NULL;
    }

  return mem;
}

/* While read-only, every write first tries the file again: saving resumes by itself once
 * the folder is writable or the disk has room. */
static gboolean
cw_progress_store_try_reopen (CwProgressStore *self)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  CwCause cause = CW_CAUSE_NONE;

  if (!cw_progress_store_open_file (self, &db, &cause, &local_error))
    {
      if (local_error != NULL)
        g_debug ("Still cannot write the progress: %s", local_error->message);
      else
        self->read_only_cause = cause;
      return FALSE;
    }

  cw_sqlite_close (self->db, FALSE);
  self->db = db;
  self->read_only = FALSE;
  self->read_only_cause = CW_CAUSE_NONE;

  return TRUE;
}


/* Writing */

/* A write's statements, run inside its transaction on @db: the store's own connection on the
 * main thread, or an import's own connection on a worker (see cw_progress_store_import_
 * json_async()). A function run on a worker uses only @db and @data. */
typedef int (*CwWriteFunc) (CwProgressStore  *self,
                            sqlite3          *db,
                            gpointer          data,
                            GError          **error);

/* What a write on a connection came to, for cw_progress_store_write_done() to turn into the
 * store's state and an error on the main thread. */
typedef struct
{
  int     rc;          /* SQLITE_OK, CW_WRITE_NOTHING, CW_WRITE_ABORT, CW_WRITE_UNKNOWN or the
                        * SQLite error */
  int     commit_rc;   /* what COMMIT reported, for CW_WRITE_UNKNOWN */
  int     sys_errno;   /* sqlite3_system_errno() right after the failure */
  GError *error;       /* set by the write function, for CW_WRITE_ABORT */
} CwWriteResult;

/* An I/O error on COMMIT: in WAL mode the frames may or may not be in the log. If the
 * counter shows this transaction's value, it landed (SQLITE_OK). If not, any frames it left
 * after the log's last valid commit could still be picked up by a recovery after a crash —
 * unless another commit overwrites them, so one is made (then @commit_rc: not saved). When
 * neither can be done: CW_WRITE_UNKNOWN. */
static int
cw_resolve_commit (sqlite3 *db,
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

static void
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

/* cw_resolve_commit() on the store's connection, with its state and error. */
static gboolean
cw_progress_store_resolve_commit (CwProgressStore  *self,
                                  int               commit_rc,
                                  gint64            expected_seq,
                                  GError          **error)
{
  int rc = cw_resolve_commit (self->db, commit_rc, expected_seq);

  if (rc == SQLITE_OK)
    return TRUE;

  if (rc == CW_WRITE_UNKNOWN)
    cw_progress_store_set_unknown_outcome_error (self, commit_rc, error);
  else
    cw_progress_store_set_write_error (self, commit_rc, 0, error);

  return FALSE;
}

/* One attempt: BEGIN IMMEDIATE, func, the activity, the counter, COMMIT. SQLITE_OK or the
 * first failure (*at_commit says whether it was the COMMIT); *seq is the counter's value
 * this write gives. */
static int
cw_write_once (CwProgressStore  *self,
               sqlite3          *db,
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
    rc = func (self, db, data, func_error);
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
 * by cw_resolve_commit(). Anything but success is rolled back. */
static void
cw_write_on (CwProgressStore *self,
             sqlite3         *db,
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

  rc = cw_write_once (self, db, func, data, activity_slot, &seq, &at_commit, &result->error);
  if ((rc & 0xff) == SQLITE_FULL)
    {
      int checkpoint_rc;

      cw_sqlite_rollback (db);
      g_clear_error (&result->error);
      checkpoint_rc = cw_sqlite_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", "");
      g_debug ("The disk was full; checkpoint: %s", sqlite3_errstr (checkpoint_rc));
      rc = cw_write_once (self, db, func, data, activity_slot, &seq, &at_commit, &result->error);
    }

  if (at_commit && (rc & 0xff) == SQLITE_IOERR)
    {
      result->commit_rc = rc;
      rc = cw_resolve_commit (db, rc, seq);
    }
  else if (rc != SQLITE_OK)
    {
      result->sys_errno = sqlite3_system_errno (db);
      cw_sqlite_rollback (db);
    }

  result->rc = rc;
}

/* On the main thread: what a write came to, as the store's state and @error. */
static gboolean
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

/* Before any write, on the main thread: the store is open, writing to the file is possible
 * (a read-only store tries the file again first) and the unclean-exit marker is there. */
static gboolean
cw_progress_store_prepare_write (CwProgressStore  *self,
                                 GError          **error)
{
  if (!cw_progress_store_check_open (self, error))
    return FALSE;

  if (self->read_only && !cw_progress_store_try_reopen (self))
    {
      cw_progress_store_set_cannot_save_error (self, self->read_only_cause, NULL, error);
      return FALSE;
    }

  /* Another copy that closed may have removed the marker: a log with commits and no
   * marker would be taken for someone else's at the next start. */
  if (self->marker_created && !g_file_test (self->marker_path, G_FILE_TEST_EXISTS))
    cw_progress_store_create_marker (self);

  return TRUE;
}

/* The one way anything is written from the main thread, on the store's connection: func
 * answers SQLITE_OK, an SQLite error, CW_WRITE_ABORT (it set @error) or CW_WRITE_NOTHING.
 * *wrote says whether a commit happened (FALSE for CW_WRITE_NOTHING). */
static gboolean
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

  cw_write_on (self, self->db, func, data,
               record_activity ? cw_activity_slot (now) : CW_NO_TIME, &result);

  return cw_progress_store_write_done (self, &result, wrote, error);
}

typedef struct
{
  const char *lesson_id;
  gint64      now;
  gboolean    flag;       /* learned, correct */
  guint       question;
  guint       choice;
  const char *text;        /* note, value preview */
  const char *algorithm;
  guint       n;
  guint64     elapsed_ns;
} CwWriteArgs;

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

static int
cw_write_mark_opened (CwProgressStore  *self,
                      sqlite3          *db,
                      gpointer          data,
                      GError          **error)
{
  CwWriteArgs *args = data;
  int rc;

  rc = cw_sqlite_exec (db,
                       "INSERT INTO lessons (lesson_id, state, opened_at, learned_at, changed_at)"
                       " VALUES (?1, 'in-progress', ?2, NULL, ?2)"
                       " ON CONFLICT (lesson_id) DO NOTHING",
                       "si", args->lesson_id, args->now);
  if (rc != SQLITE_OK)
    return rc;
  args->flag = sqlite3_changes (db) > 0;

  return cw_sqlite_exec (db, SQL_SET_META, "ss", "last_lesson", args->lesson_id);
}

static int
cw_write_set_learned (CwProgressStore  *self,
                      sqlite3          *db,
                      gpointer          data,
                      GError          **error)
{
  CwWriteArgs *args = data;
  int state = CW_LESSON_NOT_STARTED;
  int rc;

  rc = cw_lesson_state_in_db (db, args->lesson_id, &state);
  if (rc != SQLITE_OK)
    return rc;

  if (!args->flag)
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
        rc = cw_sqlite_exec (db, "DELETE FROM reviews WHERE lesson_id = ?1", "s", args->lesson_id);
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
                         "si", args->lesson_id,
                         cw_leitner_due_at (args->now, 1, self->tz));

  return rc;
}

static int
cw_write_record_answer (CwProgressStore  *self,
                        sqlite3          *db,
                        gpointer          data,
                        GError          **error)
{
  CwWriteArgs *args = data;

  return cw_sqlite_exec (db,
                         "INSERT INTO answers (lesson_id, question, choice, correct, answered_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         "siiii", args->lesson_id, (gint64) args->question, (gint64) args->choice,
                         (gint64) (args->flag ? 1 : 0), args->now);
}

static int
cw_write_record_review (CwProgressStore  *self,
                        sqlite3          *db,
                        gpointer          data,
                        GError          **error)
{
  CwWriteArgs *args = data;
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

  box = cw_leitner_next_box ((int) box, args->flag);

  return cw_sqlite_exec (db,
                         "UPDATE reviews SET box = ?2, due_at = ?3, reviewed_at = ?4"
                         " WHERE lesson_id = ?1",
                         "siii", args->lesson_id, box,
                         cw_leitner_due_at (args->now, (int) box, self->tz),
                         args->now);
}

static int
cw_write_set_note (CwProgressStore  *self,
                   sqlite3          *db,
                   gpointer          data,
                   GError          **error)
{
  CwWriteArgs *args = data;
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

static int
cw_write_add_fib_run (CwProgressStore  *self,
                      sqlite3          *db,
                      gpointer          data,
                      GError          **error)
{
  CwWriteArgs *args = data;

  return cw_sqlite_exec (db,
                         "INSERT INTO fib_runs (n, algorithm, elapsed_ns, value_preview, ran_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         "isisi", (gint64) args->n, args->algorithm,
                         (gint64) MIN (args->elapsed_ns, (guint64) G_MAXINT64),
                         args->text != NULL ? args->text : "", args->now);
}

static int
cw_write_reset (CwProgressStore  *self,
                sqlite3          *db,
                gpointer          data,
                GError          **error)
{
  gsize i;
  int rc = SQLITE_OK;

  for (i = 0; i < G_N_ELEMENTS (cw_progress_reset_sql) && rc == SQLITE_OK; i++)
    rc = cw_sqlite_exec (db, cw_progress_reset_sql[i], "");

  return rc;
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


/* Export */

static void
cw_builder_add_time (JsonBuilder *builder,
                     const char  *member,
                     gint64       usec)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, member);
  /* A stored time out of range is written as the nearest end of the range, never as null:
   * the export must import again. */
  if (usec != CW_NO_TIME)
    dt = cw_calendar_date_time (CLAMP (usec, CW_TIME_MIN, CW_TIME_MAX), NULL);
  if (dt != NULL)
    text = g_date_time_format_iso8601 (dt);

  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
cw_builder_add_string (JsonBuilder *builder,
                       const char  *member,
                       const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
cw_builder_add_int (JsonBuilder *builder,
                    const char  *member,
                    gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* Rows in a stable order: the order an import inserts them in is the order they come back. */
/* Written so that every row meets the import's rules, whatever an older version left: times
 * in order (opened ≤ learned ≤ changed), a date learned exactly for a learned lesson, a
 * schedule for every learned lesson (box 1, due a day after learned, as
 * cw_import_add_missing_schedules() gives one) and for no other, no review after its due
 * date. */
#define SQL_EXPORT_LESSONS \
  "SELECT lesson_id, CASE WHEN state = 'learned' THEN 'learned' ELSE 'in-progress' END," \
  "       min(opened_at, changed_at, coalesce(learned_at, opened_at))," \
  "       CASE WHEN state = 'learned' THEN coalesce(learned_at, changed_at) END," \
  "       max(changed_at, coalesce(learned_at, changed_at))" \
  "  FROM lessons ORDER BY lesson_id"
#define SQL_EXPORT_ANSWERS \
  "SELECT lesson_id, question, choice, correct, answered_at FROM answers" \
  " ORDER BY answered_at, id"
#define SQL_EXPORT_NOTES \
  "SELECT lesson_id, text, changed_at FROM notes ORDER BY lesson_id"
#define SQL_EXPORT_REVIEWS \
  "SELECT lesson_id, box, due, min(reviewed_at, due) FROM (" \
  "  SELECT l.lesson_id AS lesson_id, coalesce(r.box, 1) AS box, r.reviewed_at AS reviewed_at," \
  "         coalesce(r.due_at, coalesce(l.learned_at, l.changed_at) + 86400000000) AS due" \
  "    FROM lessons AS l LEFT JOIN reviews AS r USING (lesson_id)" \
  "   WHERE l.state = 'learned')" \
  " ORDER BY lesson_id"
#define SQL_EXPORT_FIB_RUNS \
  "SELECT n, algorithm, elapsed_ns, value_preview, ran_at FROM fib_runs ORDER BY ran_at, id"
/* A stored time as the export writes it (see CW_TIME_MIN): a merge compares rows so. */
#define SQL_CLAMP_TIME(column) "max(min(" column ", 253370764800000000), 0)"

/* Slots out of range are written as the nearest end of it, once (see CW_TIME_MIN). */
#define SQL_EXPORT_ACTIVITY \
  "SELECT DISTINCT max(min(slot_start, 253370764800), 0) AS slot FROM activity ORDER BY slot"

/* What the export found damaged, in words for the learner; each once. */
static void
cw_export_damaged (GPtrArray  *damaged,
                   const char *item)
{
  if (!g_ptr_array_find_with_equal_func (damaged, item, g_str_equal, NULL))
    g_ptr_array_add (damaged, g_strdup (item));
}

/* A text of the export, checked (see cw_sqlite_repair_text()): damaged text is written repaired,
 * and @item is reported. */
static void
cw_builder_add_text (JsonBuilder *builder,
                     const char  *member,
                     const char  *text,
                     GPtrArray   *damaged,
                     const char  *item)
{
  g_autofree char *repaired = cw_sqlite_repair_text (text);

  if (repaired != NULL)
    cw_export_damaged (damaged, item);
  cw_builder_add_string (builder, member, repaired != NULL ? repaired : text);
}

/* Rule for a row whose lesson id is damaged: it is left out, and reported, since an id
 * that is not the one stored names no lesson. Returns FALSE for such a row. */
static gboolean
cw_export_check_lesson_id (sqlite3_stmt *stmt,
                           GPtrArray    *damaged)
{
  const char *id = cw_sqlite_column_text (stmt, 0);
  g_autofree char *repaired = cw_sqlite_repair_text (id);
  g_autofree char *item = NULL;

  if (repaired == NULL)
    return TRUE;

  /* Translators: %s is a lesson's id with its damaged bytes replaced */
  item = g_strdup_printf (_("the progress of a lesson whose name is damaged (“%s”)"), repaired);
  cw_export_damaged (damaged, item);
  return FALSE;
}

static void
cw_export_row (JsonBuilder  *builder,
               const char   *section,
               sqlite3_stmt *stmt,
               GPtrArray    *damaged)
{
  const char *id = cw_sqlite_column_text (stmt, 0);

  json_builder_begin_object (builder);

  if (g_str_equal (section, "lessons"))
    {
      cw_builder_add_string (builder, "id", id);
      cw_builder_add_string (builder, "state", cw_sqlite_column_text (stmt, 1));
      cw_builder_add_time (builder, "opened_at", cw_sqlite_column_nullable_int (stmt, 2));
      cw_builder_add_time (builder, "learned_at", cw_sqlite_column_nullable_int (stmt, 3));
      cw_builder_add_time (builder, "changed_at", cw_sqlite_column_nullable_int (stmt, 4));
    }
  else if (g_str_equal (section, "answers"))
    {
      cw_builder_add_string (builder, "lesson", id);
      cw_builder_add_int (builder, "question", sqlite3_column_int64 (stmt, 1));
      cw_builder_add_int (builder, "choice", sqlite3_column_int64 (stmt, 2));
      json_builder_set_member_name (builder, "correct");
      json_builder_add_boolean_value (builder, sqlite3_column_int64 (stmt, 3) != 0);
      cw_builder_add_time (builder, "answered_at", cw_sqlite_column_nullable_int (stmt, 4));
    }
  else if (g_str_equal (section, "notes"))
    {
      /* Translators: %s is a lesson's id */
      g_autofree char *item = g_strdup_printf (_("the note on the lesson “%s”"), id);

      cw_builder_add_string (builder, "lesson", id);
      cw_builder_add_text (builder, "text", cw_sqlite_column_text (stmt, 1), damaged, item);
      cw_builder_add_time (builder, "changed_at", cw_sqlite_column_nullable_int (stmt, 2));
    }
  else if (g_str_equal (section, "reviews"))
    {
      cw_builder_add_string (builder, "lesson", id);
      cw_builder_add_int (builder, "box", sqlite3_column_int64 (stmt, 1));
      cw_builder_add_time (builder, "due_at", cw_sqlite_column_nullable_int (stmt, 2));
      cw_builder_add_time (builder, "reviewed_at", cw_sqlite_column_nullable_int (stmt, 3));
    }
  else
    {
      /* Translators: %u is the n of a Fibonacci run, as in "fib(40)" */
      g_autofree char *item = g_strdup_printf (_("a Fibonacci lab run, fib(%u)"),
                                               (guint) sqlite3_column_int64 (stmt, 0));

      g_assert (g_str_equal (section, "fib_runs"));
      cw_builder_add_int (builder, "n", sqlite3_column_int64 (stmt, 0));
      cw_builder_add_text (builder, "algorithm", cw_sqlite_column_text (stmt, 1), damaged, item);
      cw_builder_add_int (builder, "elapsed_ns", sqlite3_column_int64 (stmt, 2));
      cw_builder_add_text (builder, "value_preview", cw_sqlite_column_text (stmt, 3), damaged,
                           item);
      cw_builder_add_time (builder, "ran_at", cw_sqlite_column_nullable_int (stmt, 4));
    }

  json_builder_end_object (builder);
}

static int
cw_export_section (sqlite3     *db,
                   JsonBuilder *builder,
                   const char  *section,
                   const char  *sql,
                   GPtrArray   *damaged)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  gboolean by_lesson = !g_str_equal (section, "fib_runs") && !g_str_equal (section, "activity");
  int rc;

  json_builder_set_member_name (builder, section);
  json_builder_begin_array (builder);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      rc = SQLITE_OK;

      if (g_str_equal (section, "activity"))
        {
          g_autoptr(GDateTime) dt = NULL;
          g_autofree char *text = NULL;

          dt = cw_calendar_date_time (sqlite3_column_int64 (stmt, 0) * G_USEC_PER_SEC, NULL);
          text = dt != NULL ? g_date_time_format_iso8601 (dt) : NULL;
          if (text != NULL)
            json_builder_add_string_value (builder, text);
        }
      else if (!by_lesson || cw_export_check_lesson_id (stmt, damaged))
        cw_export_row (builder, section, stmt, damaged);
    }

  json_builder_end_array (builder);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
cw_export_all (sqlite3     *db,
               JsonBuilder *builder,
               gint64       exported_at,
               GPtrArray   *damaged)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  const char *last_lesson = NULL;
  int rc;

  json_builder_begin_object (builder);
  cw_builder_add_string (builder, "format", CW_PROGRESS_EXPORT_FORMAT);
  cw_builder_add_int (builder, "version", CW_PROGRESS_EXPORT_VERSION);
  cw_builder_add_time (builder, "exported_at", exported_at);

  rc = cw_sqlite_prepare (db, &stmt, "SELECT value FROM meta WHERE key = 'last_lesson'", "");
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        last_lesson = cw_sqlite_column_text (stmt, 0);
      /* A damaged id names no lesson: there is then no last lesson. */
      if (last_lesson != NULL && !g_utf8_validate (last_lesson, -1, NULL))
        {
          cw_export_damaged (damaged, _("the last lesson opened"));
          last_lesson = NULL;
        }
      rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
  cw_builder_add_string (builder, "last_lesson", last_lesson);

  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "lessons", SQL_EXPORT_LESSONS, damaged);
  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "answers", SQL_EXPORT_ANSWERS, damaged);
  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "notes", SQL_EXPORT_NOTES, damaged);
  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "reviews", SQL_EXPORT_REVIEWS, damaged);
  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "fib_runs", SQL_EXPORT_FIB_RUNS, damaged);
  if (rc == SQLITE_OK)
    rc = cw_export_section (db, builder, "activity", SQL_EXPORT_ACTIVITY, damaged);

  json_builder_end_object (builder);

  return rc;
}

/* The export read from @db in one read transaction, every section from the same moment: the
 * JSON text, or NULL with *rc; what was found damaged is added to @damaged. Runs on
 * whichever thread uses @db. */
static char *
cw_export_on (sqlite3   *db,
              gint64     exported_at,
              GPtrArray *damaged,
              int       *rc)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;

  *rc = cw_sqlite_exec (db, "BEGIN", "");
  if (*rc == SQLITE_OK)
    *rc = cw_export_all (db, builder, exported_at, damaged);
  cw_sqlite_rollback (db);
  if (*rc != SQLITE_OK)
    return NULL;

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}


/* Import: parsed and validated whole into these records (strings point into the parser's
 * tree), then applied in one transaction. */

typedef struct
{
  const char *id;
  gboolean    learned;
  gint64      opened_at;
  gint64      learned_at;
  gint64      changed_at;
} CwImportLesson;

typedef struct
{
  const char *lesson_id;
  gint64      question;
  gint64      choice;
  gboolean    correct;
  gint64      answered_at;
} CwImportAnswer;

typedef struct
{
  const char *lesson_id;
  const char *text;
  gint64      changed_at;
} CwImportNote;

typedef struct
{
  const char *lesson_id;
  gint64      box;
  gint64      due_at;
  gint64      reviewed_at;
} CwImportReview;

typedef struct
{
  gint64      n;
  const char *algorithm;
  gint64      elapsed_ns;
  const char *value_preview;
  gint64      ran_at;
} CwImportFibRun;

typedef struct
{
  CwImportMode  mode;
  const char   *last_lesson;
  GArray       *lessons;
  GArray       *answers;
  GArray       *notes;
  GArray       *reviews;
  GArray       *fib_runs;
  GArray       *activity;    /* gint64 slot starts */
  GHashTable   *known;       /* NULL: every id is known */
  GHashTable   *skipped;
} CwImport;

static void
cw_import_clear (CwImport *import)
{
  g_clear_pointer (&import->lessons, g_array_unref);
  g_clear_pointer (&import->answers, g_array_unref);
  g_clear_pointer (&import->notes, g_array_unref);
  g_clear_pointer (&import->reviews, g_array_unref);
  g_clear_pointer (&import->fib_runs, g_array_unref);
  g_clear_pointer (&import->activity, g_array_unref);
  g_clear_pointer (&import->known, g_hash_table_unref);
  g_clear_pointer (&import->skipped, g_hash_table_unref);
}

static gboolean
cw_import_fail (GError     **error,
                const char  *where,
                const char  *member,
                const char  *problem)
{
  g_autofree char *detail = NULL;

  if (member != NULL)
    detail = g_strdup_printf ("%s.%s: %s", where, member, problem);
  else
    detail = g_strdup_printf ("%s: %s", where, problem);

  cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                         _("This file cannot be imported: it is not a progress export from "
                           "Crabwise, or it was changed or damaged. Choose a file exported by "
                           "Crabwise; your progress was not changed."),
                         detail);
  return FALSE;
}

/* The rules a document must meet before json-glib sees it, checked in one pass over the
 * bytes:
 *   - at most CW_IMPORT_MAX_BYTES, so a huge file is refused without being parsed;
 *   - nested at most CW_IMPORT_MAX_DEPTH levels: json-glib's parser recurses once per level,
 *     and a document nested 100,000 levels deep overflows the stack;
 *   - no string holds U+0000: json-glib ends a string there, so "memory\u0000evil" would
 *     silently become "memory".
 * Brackets and escapes inside strings are text, not structure; anything else that is not
 * JSON is left for the parser to refuse. */
static gboolean
cw_import_prescan (const char  *json,
                   gsize        length,
                   GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;
  gsize i;

  if (length > CW_IMPORT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (CW_IMPORT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *detail = g_strdup_printf (_("%s, at most %s"), size, limit);

      cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             _("This file cannot be imported: it is larger than any progress "
                               "export from Crabwise. Choose a file exported by Crabwise; your "
                               "progress was not changed."),
                             detail);
      return FALSE;
    }

  for (i = 0; i < length; i++)
    {
      if (in_string)
        {
          if (json[i] == '\\')
            {
              if (length - i > 5 && json[i + 1] == 'u' && memcmp (json + i + 2, "0000", 4) == 0)
                {
                  g_autofree char *where = g_strdup_printf (_("line %u"), line);

                  return cw_import_fail (error, where, NULL,
                                         _("a text holds the character U+0000"));
                }
              i++;
            }
          else if (json[i] == '"')
            in_string = FALSE;
          continue;
        }

      switch (json[i])
        {
        case '"':
          in_string = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > CW_IMPORT_MAX_DEPTH)
            {
              g_autofree char *where = g_strdup_printf (_("line %u"), line);
              g_autofree char *problem = g_strdup_printf (_("nested more than %d levels deep"),
                                                          CW_IMPORT_MAX_DEPTH);

              return cw_import_fail (error, where, NULL, problem);
            }
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        case '\n':
          line++;
          break;

        default:
          break;
        }
    }

  return TRUE;
}

static JsonNode *
cw_import_member (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    cw_import_fail (error, where, member, _("missing"));

  return node;
}

static gboolean
cw_import_string (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  gboolean     nullable,
                  const char **out,
                  GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *out = NULL;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return cw_import_fail (error, where, member,
                           nullable ? _("expected a string or null") : _("expected a string"));

  /* json-glib turns an escaped lone surrogate ("\ud800") into bytes that are not UTF-8. */
  *out = json_node_get_string (node);
  if (!g_utf8_validate (*out, -1, NULL))
    return cw_import_fail (error, where, member, _("expected UTF-8 text"));

  return TRUE;
}

/* A note of at most CW_MAX_NOTE_BYTES, or another text of at most CW_MAX_SHORT_TEXT. */
static gboolean
cw_import_check_length (const char  *text,
                        gboolean     note,
                        const char  *where,
                        const char  *member,
                        GError     **error)
{
  gsize max = note ? CW_MAX_NOTE_BYTES : CW_MAX_SHORT_TEXT;
  g_autofree char *limit = NULL;
  g_autofree char *message = NULL;

  if (strlen (text) <= max)
    return TRUE;

  limit = g_format_size_full (max, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: %s is a size, e.g. "256.0 KiB" */
  message = note ? g_strdup_printf (_("a note is at most %s"), limit)
                 : g_strdup_printf (_("at most %s"), limit);

  return cw_import_fail (error, where, member, message);
}

static gboolean
cw_import_lesson_id (JsonObject  *object,
                     const char  *where,
                     const char  *member,
                     gboolean     nullable,
                     const char **out,
                     GError     **error)
{
  if (!cw_import_string (object, where, member, nullable, out, error))
    return FALSE;

  if (*out != NULL && (**out == '\0' || strlen (*out) > CW_MAX_LESSON_ID))
    return cw_import_fail (error, where, member, _("expected a lesson id"));

  return TRUE;
}

static gboolean
cw_import_int (JsonObject  *object,
               const char  *where,
               const char  *member,
               gint64       min,
               gint64       max,
               gint64      *out,
               GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return cw_import_fail (error, where, member, _("expected a whole number"));

  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    return cw_import_fail (error, where, member, _("the number is out of range"));

  return TRUE;
}

static gboolean
cw_import_bool (JsonObject  *object,
                const char  *where,
                const char  *member,
                gboolean    *out,
                GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return cw_import_fail (error, where, member, _("expected true or false"));

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* An ISO 8601 time with a time zone, in [CW_TIME_MIN, CW_TIME_MAX]; NULL is CW_NO_TIME. */
static gboolean
cw_import_parse_time (const char  *text,
                      const char  *where,
                      const char  *member,
                      gint64      *out,
                      GError     **error)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL)
    {
      *out = CW_NO_TIME;
      return TRUE;
    }

  /* With no default time zone, a time without one is refused. */
  dt = g_date_time_new_from_iso8601 (text, NULL);
  if (dt == NULL)
    return cw_import_fail (error, where, member,
                           _("expected a date and time in ISO 8601 with a time zone"));

  *out = cw_calendar_usec (dt);
  if (*out < CW_TIME_MIN || *out > CW_TIME_MAX)
    return cw_import_fail (error, where, member, _("expected a time from 1970 to 9998"));

  return TRUE;
}

static gboolean
cw_import_time (JsonObject  *object,
                const char  *where,
                const char  *member,
                gboolean     nullable,
                gint64      *out,
                GError     **error)
{
  const char *text = NULL;

  if (!cw_import_string (object, where, member, nullable, &text, error))
    return FALSE;

  return cw_import_parse_time (text, where, member, out, error);
}

/* NULL with no error when the section is absent: an empty section. */
static JsonArray *
cw_import_section (JsonObject  *root,
                   const char  *section,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (root, section);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      cw_import_fail (error, section, NULL, _("expected a list"));
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
cw_import_element (JsonArray   *array,
                   guint        i,
                   const char  *where,
                   GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      cw_import_fail (error, where, NULL, _("expected an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* Rules: a lesson is opened before (or when) it gets its current state, and learned between
 * the two. The store's own writes keep this order (see cw_write_set_learned()). */
static gboolean
cw_import_check_lesson_times (const CwImportLesson  *lesson,
                              const char            *where,
                              GError               **error)
{
  if (lesson->changed_at < lesson->opened_at)
    return cw_import_fail (error, where, "changed_at", _("earlier than opened_at"));

  if (lesson->learned && lesson->learned_at < lesson->opened_at)
    return cw_import_fail (error, where, "learned_at", _("earlier than opened_at"));

  if (lesson->learned && lesson->changed_at < lesson->learned_at)
    return cw_import_fail (error, where, "changed_at", _("earlier than learned_at"));

  return TRUE;
}

/* Unknown ids are validated like the rest, then skipped and reported. */
static gboolean
cw_import_is_known (CwImport   *import,
                    const char *lesson_id)
{
  if (import->known == NULL || g_hash_table_contains (import->known, lesson_id))
    return TRUE;

  g_hash_table_add (import->skipped, (gpointer) lesson_id);
  return FALSE;
}

static gboolean
cw_import_read_lessons (CwImport    *import,
                        JsonObject  *root,
                        GHashTable  *learned,
                        GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "lessons", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("lessons[%u]", i);
      CwImportLesson lesson = { NULL, FALSE, 0, 0, 0 };
      const char *state = NULL;
      JsonObject *object;

      if ((object = cw_import_element (array, i, where, error)) == NULL ||
          !cw_import_lesson_id (object, where, "id", FALSE, &lesson.id, error) ||
          !cw_import_string (object, where, "state", FALSE, &state, error) ||
          !cw_import_time (object, where, "opened_at", FALSE, &lesson.opened_at, error) ||
          !cw_import_time (object, where, "learned_at", TRUE, &lesson.learned_at, error) ||
          !cw_import_time (object, where, "changed_at", FALSE, &lesson.changed_at, error))
        return FALSE;

      if (g_str_equal (state, "learned"))
        lesson.learned = TRUE;
      else if (!g_str_equal (state, "in-progress"))
        return cw_import_fail (error, where, "state",
                               _("expected “in-progress” or “learned”"));

      if (lesson.learned != (lesson.learned_at != CW_NO_TIME))
        return cw_import_fail (error, where, "learned_at",
                               _("a learned lesson has a date learned, and only a learned one"));

      if (!cw_import_check_lesson_times (&lesson, where, error))
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) lesson.id))
        return cw_import_fail (error, where, "id", _("this lesson appears twice"));

      if (lesson.learned)
        g_hash_table_add (learned, (gpointer) lesson.id);

      if (cw_import_is_known (import, lesson.id))
        g_array_append_val (import->lessons, lesson);
    }

  return TRUE;
}

static gboolean
cw_import_read_answers (CwImport    *import,
                        JsonObject  *root,
                        GError     **error)
{
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "answers", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("answers[%u]", i);
      CwImportAnswer answer = { NULL, 0, 0, FALSE, 0 };
      JsonObject *object;

      if ((object = cw_import_element (array, i, where, error)) == NULL ||
          !cw_import_lesson_id (object, where, "lesson", FALSE, &answer.lesson_id, error) ||
          !cw_import_int (object, where, "question", 0, G_MAXUINT, &answer.question, error) ||
          !cw_import_int (object, where, "choice", 0, G_MAXUINT, &answer.choice, error) ||
          !cw_import_bool (object, where, "correct", &answer.correct, error) ||
          !cw_import_time (object, where, "answered_at", FALSE, &answer.answered_at, error))
        return FALSE;

      if (cw_import_is_known (import, answer.lesson_id))
        g_array_append_val (import->answers, answer);
    }

  return TRUE;
}

static gboolean
cw_import_read_notes (CwImport    *import,
                      JsonObject  *root,
                      GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "notes", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("notes[%u]", i);
      CwImportNote note = { NULL, NULL, 0 };
      JsonObject *object;

      if ((object = cw_import_element (array, i, where, error)) == NULL ||
          !cw_import_lesson_id (object, where, "lesson", FALSE, &note.lesson_id, error) ||
          !cw_import_string (object, where, "text", FALSE, &note.text, error) ||
          !cw_import_time (object, where, "changed_at", FALSE, &note.changed_at, error))
        return FALSE;

      if (*note.text == '\0')
        return cw_import_fail (error, where, "text", _("a note is never empty"));

      if (!cw_import_check_length (note.text, TRUE, where, "text", error))
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) note.lesson_id))
        return cw_import_fail (error, where, "lesson", _("this lesson has two notes"));

      if (cw_import_is_known (import, note.lesson_id))
        g_array_append_val (import->notes, note);
    }

  return TRUE;
}

static gboolean
cw_import_read_reviews (CwImport    *import,
                        JsonObject  *root,
                        GHashTable  *learned,
                        GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "reviews", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("reviews[%u]", i);
      CwImportReview review = { NULL, 0, 0, 0 };
      JsonObject *object;

      if ((object = cw_import_element (array, i, where, error)) == NULL ||
          !cw_import_lesson_id (object, where, "lesson", FALSE, &review.lesson_id, error) ||
          !cw_import_int (object, where, "box", 1, CW_PROGRESS_N_BOXES, &review.box, error) ||
          !cw_import_time (object, where, "due_at", FALSE, &review.due_at, error) ||
          !cw_import_time (object, where, "reviewed_at", TRUE, &review.reviewed_at, error))
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) review.lesson_id))
        return cw_import_fail (error, where, "lesson", _("this lesson has two schedules"));

      /* Rule: a review happens before (or when) the lesson is next due: the store schedules
       * the next one at least a day after it. */
      if (review.reviewed_at != CW_NO_TIME && review.reviewed_at > review.due_at)
        return cw_import_fail (error, where, "reviewed_at", _("later than due_at"));

      if (!g_hash_table_contains (learned, review.lesson_id))
        return cw_import_fail (error, where, "lesson",
                               _("only a lesson learned in the same file can be reviewed"));

      if (cw_import_is_known (import, review.lesson_id))
        g_array_append_val (import->reviews, review);
    }

  return TRUE;
}

static gboolean
cw_import_read_fib_runs (CwImport    *import,
                         JsonObject  *root,
                         GError     **error)
{
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "fib_runs", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("fib_runs[%u]", i);
      CwImportFibRun run = { 0, NULL, 0, NULL, 0 };
      JsonObject *object;

      if ((object = cw_import_element (array, i, where, error)) == NULL ||
          !cw_import_int (object, where, "n", 0, G_MAXUINT, &run.n, error) ||
          !cw_import_string (object, where, "algorithm", FALSE, &run.algorithm, error) ||
          !cw_import_int (object, where, "elapsed_ns", 0, G_MAXINT64, &run.elapsed_ns, error) ||
          !cw_import_string (object, where, "value_preview", FALSE, &run.value_preview, error) ||
          !cw_import_time (object, where, "ran_at", FALSE, &run.ran_at, error))
        return FALSE;

      if (!cw_import_check_length (run.algorithm, FALSE, where, "algorithm", error) ||
          !cw_import_check_length (run.value_preview, FALSE, where, "value_preview", error))
        return FALSE;

      g_array_append_val (import->fib_runs, run);
    }

  return TRUE;
}

static gboolean
cw_import_read_activity (CwImport    *import,
                         JsonObject  *root,
                         GError     **error)
{
  GError *local_error = NULL;
  JsonArray *array = cw_import_section (root, "activity", &local_error);
  guint i;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("activity[%u]", i);
      JsonNode *node = json_array_get_element (array, i);
      gint64 usec = 0;
      gint64 slot;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return cw_import_fail (error, where, NULL,
                               _("expected a date and time in ISO 8601 with a time zone"));
      if (!cw_import_parse_time (json_node_get_string (node), where, NULL, &usec, error))
        return FALSE;

      slot = cw_activity_slot (usec);
      g_array_append_val (import->activity, slot);
    }

  return TRUE;
}

/* Rule: a learned lesson the document gives no schedule gets the one a lesson learned
 * before there were schedules gets (see cw_progress_migration_2): box 1, due a day after it
 * was learned. Without one it would never come up for review. */
static void
cw_import_add_missing_schedules (CwImport *import)
{
  g_autoptr(GHashTable) scheduled = g_hash_table_new (g_str_hash, g_str_equal);
  guint i;

  for (i = 0; i < import->reviews->len; i++)
    g_hash_table_add (scheduled, (gpointer) g_array_index (import->reviews, CwImportReview,
                                                           i).lesson_id);

  for (i = 0; i < import->lessons->len; i++)
    {
      CwImportLesson *lesson = &g_array_index (import->lessons, CwImportLesson, i);
      CwImportReview review = { lesson->id, 1, 0, CW_NO_TIME };

      if (!lesson->learned || g_hash_table_contains (scheduled, lesson->id))
        continue;

      review.due_at = MIN (lesson->learned_at + CW_USEC_PER_DAY, CW_TIME_MAX);
      g_array_append_val (import->reviews, review);
    }
}

static gboolean
cw_import_read (CwImport            *import,
                JsonParser          *parser,
                const char * const  *known_lesson_ids,
                GError             **error)
{
  g_autoptr(GHashTable) learned = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root_node = json_parser_get_root (parser);
  JsonObject *root;
  const char *format = NULL;
  gint64 version = 0;
  gsize i;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return cw_import_fail (error, "$", NULL, _("expected an object"));
  root = json_node_get_object (root_node);

  if (!cw_import_string (root, "$", "format", FALSE, &format, error))
    return FALSE;
  if (!g_str_equal (format, CW_PROGRESS_EXPORT_FORMAT))
    return cw_import_fail (error, "$", "format", _("this is not a Crabwise progress export"));
  if (!cw_import_int (root, "$", "version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version > CW_PROGRESS_EXPORT_VERSION)
    {
      g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION,
                   _("This file was exported by a newer version of Crabwise (export format %d; "
                     "this version reads up to %d). Update Crabwise to import it; your "
                     "progress was not changed."),
                   (int) version, CW_PROGRESS_EXPORT_VERSION);
      return FALSE;
    }

  if (known_lesson_ids != NULL)
    {
      import->known = g_hash_table_new (g_str_hash, g_str_equal);
      for (i = 0; known_lesson_ids[i] != NULL; i++)
        g_hash_table_add (import->known, (gpointer) known_lesson_ids[i]);
    }
  import->skipped = g_hash_table_new (g_str_hash, g_str_equal);
  import->lessons = g_array_new (FALSE, FALSE, sizeof (CwImportLesson));
  import->answers = g_array_new (FALSE, FALSE, sizeof (CwImportAnswer));
  import->notes = g_array_new (FALSE, FALSE, sizeof (CwImportNote));
  import->reviews = g_array_new (FALSE, FALSE, sizeof (CwImportReview));
  import->fib_runs = g_array_new (FALSE, FALSE, sizeof (CwImportFibRun));
  import->activity = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (json_object_has_member (root, "last_lesson") &&
      !cw_import_lesson_id (root, "$", "last_lesson", TRUE, &import->last_lesson, error))
    return FALSE;
  if (import->last_lesson != NULL && !cw_import_is_known (import, import->last_lesson))
    import->last_lesson = NULL;

  if (json_object_has_member (root, "exported_at"))
    {
      gint64 exported_at = 0;

      if (!cw_import_time (root, "$", "exported_at", FALSE, &exported_at, error))
        return FALSE;
    }

  if (!cw_import_read_lessons (import, root, learned, error) ||
      !cw_import_read_answers (import, root, error) ||
      !cw_import_read_notes (import, root, error) ||
      !cw_import_read_reviews (import, root, learned, error) ||
      !cw_import_read_fib_runs (import, root, error) ||
      !cw_import_read_activity (import, root, error))
    return FALSE;

  cw_import_add_missing_schedules (import);

  return TRUE;
}

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

  for (i = 0; rc == SQLITE_OK && i < import->lessons->len; i++)
    {
      CwImportLesson *lesson = &g_array_index (import->lessons, CwImportLesson, i);

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
  guint i;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO reviews (lesson_id, box, due_at, reviewed_at)"
                           " VALUES (?1, ?2, ?3, ?4)",
                           -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < import->reviews->len; i++)
    {
      CwImportReview *review = &g_array_index (import->reviews, CwImportReview, i);

      if (g_hash_table_contains (winners, review->lesson_id))
        rc = cw_sqlite_rerun (insert, "siin", review->lesson_id, review->box, review->due_at,
                              review->reviewed_at);
    }

  return rc;
}

static int
cw_import_apply_answers (sqlite3  *db,
                         CwImport *import)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CwSqliteStmt) insert = NULL;
  guint i;
  int rc;

  rc = cw_import_existing_rows (db,
                                "SELECT lesson_id, question, choice, correct, "
                                SQL_CLAMP_TIME ("answered_at") " FROM answers",
                                existing);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO answers (lesson_id, question, choice, correct,"
                             "                     answered_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                             -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < import->answers->len; i++)
    {
      CwImportAnswer *answer = &g_array_index (import->answers, CwImportAnswer, i);
      g_autofree char *key = NULL;

      key = g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%d\x1f%"
                             G_GINT64_FORMAT "\x1f", answer->lesson_id, answer->question,
                             answer->choice, answer->correct ? 1 : 0, answer->answered_at);
      if (!g_hash_table_contains (existing, key))
        rc = cw_sqlite_rerun (insert, "siiii", answer->lesson_id, answer->question, answer->choice,
                              (gint64) (answer->correct ? 1 : 0), answer->answered_at);
    }

  return rc;
}

static int
cw_import_apply_notes (sqlite3  *db,
                       CwImport *import)
{
  g_autoptr(CwSqliteStmt) insert = NULL;
  guint i;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO notes (lesson_id, text, changed_at) VALUES (?1, ?2, ?3)"
                           " ON CONFLICT (lesson_id) DO UPDATE"
                           " SET text = excluded.text, changed_at = excluded.changed_at"
                           " WHERE excluded.changed_at > notes.changed_at",
                           -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < import->notes->len; i++)
    {
      CwImportNote *note = &g_array_index (import->notes, CwImportNote, i);

      rc = cw_sqlite_rerun (insert, "ssi", note->lesson_id, note->text, note->changed_at);
    }

  return rc;
}

static int
cw_import_apply_fib_runs (sqlite3  *db,
                          CwImport *import)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CwSqliteStmt) insert = NULL;
  guint i;
  int rc;

  rc = cw_import_existing_rows (db,
                                "SELECT n, algorithm, elapsed_ns, value_preview, "
                                SQL_CLAMP_TIME ("ran_at") " FROM fib_runs",
                                existing);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO fib_runs (n, algorithm, elapsed_ns, value_preview,"
                             "                      ran_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                             -1, &insert, NULL);

  for (i = 0; rc == SQLITE_OK && i < import->fib_runs->len; i++)
    {
      CwImportFibRun *run = &g_array_index (import->fib_runs, CwImportFibRun, i);
      g_autofree char *key = NULL;

      key = g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%"
                             G_GINT64_FORMAT "\x1f", run->n, run->algorithm, run->elapsed_ns,
                             run->value_preview, run->ran_at);
      if (!g_hash_table_contains (existing, key))
        rc = cw_sqlite_rerun (insert, "isisi", run->n, run->algorithm, run->elapsed_ns,
                              run->value_preview, run->ran_at);
    }

  return rc;
}

static int
cw_import_apply_activity (sqlite3  *db,
                          CwImport *import)
{
  g_autoptr(CwSqliteStmt) insert = NULL;
  guint i;
  int rc;

  rc = sqlite3_prepare_v2 (db, SQL_ADD_ACTIVITY, -1, &insert, NULL);
  for (i = 0; rc == SQLITE_OK && i < import->activity->len; i++)
    rc = cw_sqlite_rerun (insert, "i", g_array_index (import->activity, gint64, i));

  return rc;
}

static int
cw_write_import (CwProgressStore  *self,
                 sqlite3          *db,
                 gpointer          data,
                 GError          **error)
{
  CwImport *import = data;
  g_autoptr(GHashTable) winners = g_hash_table_new (g_str_hash, g_str_equal);
  int rc = SQLITE_OK;

  if (import->mode == CW_IMPORT_REPLACE)
    rc = cw_write_reset (self, db, NULL, error);

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

/* Checked, parsed and validated whole (see the header): nothing here needs the store, so
 * it runs on a worker for an asynchronous import. @import's strings point into @parser. */
static gboolean
cw_import_prepare (const char          *json,
                   gsize                length,
                   const char * const  *known_lesson_ids,
                   CwImportMode         mode,
                   JsonParser          *parser,
                   CwImport            *import,
                   GError             **error)
{
  g_autoptr(GError) parse_error = NULL;

  if (!cw_import_prescan (json, length, error))
    return FALSE;

  if (!json_parser_load_from_data (parser, json, length, &parse_error))
    {
      cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             _("This file cannot be imported: it is not valid JSON. Choose a "
                               "file exported by Crabwise; your progress was not changed."),
                             parse_error->message);
      return FALSE;
    }

  import->mode = mode;
  return cw_import_read (import, parser, known_lesson_ids, error);
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


/* Backups: progress-YYYYMMDDTHHMMSSZ[-N].sqlite3 in UTC, so the name sorts by time and
 * says when whatever the time zone. */

typedef struct
{
  char      *path;
  GDateTime *date;   /* UTC */
  guint      serial;
} CwBackupFile;

static void
cw_backup_file_free (CwBackupFile *file)
{
  g_free (file->path);
  g_date_time_unref (file->date);
  g_free (file);
}

static gboolean
cw_parse_digits (const char *text,
                 guint       n,
                 int        *out)
{
  guint i;

  *out = 0;
  for (i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *out = *out * 10 + (text[i] - '0');
    }

  return TRUE;
}

/* NULL unless @name is one of ours. */
static CwBackupFile *
cw_backup_file_parse (const char *dir,
                      const char *name)
{
  CwBackupFile *file;
  const char *p;
  guint64 serial = 1;
  int year, month, day, hour, minute, second;

  if (!g_str_has_prefix (name, "progress-") || !g_str_has_suffix (name, ".sqlite3"))
    return NULL;

  p = name + strlen ("progress-");
  if (strlen (p) < strlen ("YYYYMMDDTHHMMSSZ.sqlite3") ||
      !cw_parse_digits (p, 4, &year) || !cw_parse_digits (p + 4, 2, &month) ||
      !cw_parse_digits (p + 6, 2, &day) || p[8] != 'T' ||
      !cw_parse_digits (p + 9, 2, &hour) || !cw_parse_digits (p + 11, 2, &minute) ||
      !cw_parse_digits (p + 13, 2, &second) || p[15] != 'Z')
    return NULL;

  p += 16;
  if (*p == '-')
    {
      char *end = NULL;

      serial = g_ascii_strtoull (p + 1, &end, 10);
      if (end == p + 1 || serial < 2 || serial > G_MAXUINT)
        return NULL;
      p = end;
    }
  if (!g_str_equal (p, ".sqlite3"))
    return NULL;

  file = g_new0 (CwBackupFile, 1);
  file->date = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (file->date == NULL)
    {
      g_free (file);
      return NULL;
    }
  file->path = g_build_filename (dir, name, NULL);
  file->serial = (guint) serial;

  return file;
}

static int
cw_backup_file_compare_newest_first (gconstpointer a,
                                     gconstpointer b)
{
  const CwBackupFile *fa = *(CwBackupFile * const *) a;
  const CwBackupFile *fb = *(CwBackupFile * const *) b;
  int by_date = g_date_time_compare (fb->date, fa->date);

  if (by_date != 0)
    return by_date;

  return fb->serial < fa->serial ? -1 : fb->serial > fa->serial ? 1 : 0;
}

/* Our backups, newest first; stale temporary copies are deleted on the way when @clean. */
static GPtrArray *
cw_progress_store_scan_backups (CwProgressStore *self,
                                gboolean         clean)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_backup_file_free);
  g_autoptr(GDir) dir = g_dir_open (self->backup_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      CwBackupFile *file = cw_backup_file_parse (self->backup_dir, name);

      if (file != NULL)
        g_ptr_array_add (files, file);
      else if (clean && g_str_has_prefix (name, "progress-") && strstr (name, ".tmp") != NULL)
        {
          g_autofree char *path = g_build_filename (self->backup_dir, name, NULL);

          g_unlink (path);
        }
    }

  g_ptr_array_sort (files, cw_backup_file_compare_newest_first);

  return files;
}

static void
cw_progress_store_set_backup_error (GError     **error,
                                    const char  *message,
                                    const char  *detail)
{
  cw_progress_set_error (error, CW_PROGRESS_ERROR_BACKUP, message, detail);
}

/* quick_check, the current schema version and every table: SQLITE_OK or why not. */
static int
cw_verify_copy (const char  *path,
                char       **detail)
{
  sqlite3 *db = NULL;
  gint64 version = -1;
  gboolean ok = FALSE;
  int rc;

  rc = cw_sqlite_open_immutable (path, &db);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_quick_check (db, &ok);
  if (rc == SQLITE_OK && !ok)
    rc = SQLITE_CORRUPT;
  if (rc == SQLITE_OK)
    rc = cw_sqlite_query_int (db, &version, "PRAGMA user_version", "");
  if (rc == SQLITE_OK && version != CW_PROGRESS_SCHEMA_VERSION)
    rc = CW_OPEN_NOT_OURS;
  if (rc == SQLITE_OK)
    rc = cw_check_schema (db);

  if (rc != SQLITE_OK)
    *detail = g_strdup (rc == CW_OPEN_NOT_OURS ? "schema" : sqlite3_errstr (rc));

  cw_sqlite_close (db, FALSE);

  return rc;
}

static char *
cw_progress_store_new_backup_path (CwProgressStore *self)
{
  g_autoptr(GDateTime) now = cw_calendar_date_time (cw_progress_store_now (self), NULL);
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  guint serial;

  if (now == NULL)
    now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "progress-%Y%m%dT%H%M%SZ");
  path = g_strdup_printf ("%s/%s.sqlite3", self->backup_dir, stamp);

  for (serial = 2; g_file_test (path, G_FILE_TEST_EXISTS); serial++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s-%u.sqlite3", self->backup_dir, stamp, serial);
    }

  return g_steal_pointer (&path);
}

/* Copy, verify, rename, prune. Nothing but the temporary copy is touched until the copy has
 * verified. */
static gboolean
cw_progress_store_backup_now (CwProgressStore  *self,
                              GError          **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *final_path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *detail = NULL;
  sqlite3 *copy = NULL;
  int rc;
  guint i;

  if (g_mkdir_with_parents (self->backup_dir, 0700) != 0)
    {
      int saved_errno = errno;

      cw_progress_store_set_backup_error (error,
                                          _("Your progress could not be backed up: the "
                                            "backup folder could not be created. Check that "
                                            "the data folder is writable and has free space."),
                                          g_strerror (saved_errno));
      return FALSE;
    }

  g_ptr_array_unref (cw_progress_store_scan_backups (self, TRUE));
  final_path = cw_progress_store_new_backup_path (self);
  temp_path = g_strconcat (final_path, ".tmp", NULL);

  rc = sqlite3_open_v2 (temp_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (copy, 1);
      rc = cw_sqlite_copy (copy, self->db);
    }

  /* The copy carries the live file's WAL flag; one self-contained file is what a backup is. */
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (copy, "PRAGMA journal_mode = DELETE", "");
  cw_sqlite_close (copy, TRUE);

  if (rc != SQLITE_OK)
    {
      g_unlink (temp_path);
      cw_progress_store_set_backup_error (error,
                                          _("Your progress could not be backed up: the copy "
                                            "could not be written. Check that the disk has "
                                            "free space; earlier backups were kept."),
                                          sqlite3_errstr (rc));
      return FALSE;
    }

  if (self->backup_hook != NULL)
    self->backup_hook (temp_path, self->backup_hook_data);

  if (cw_verify_copy (temp_path, &detail) != SQLITE_OK)
    {
      g_unlink (temp_path);
      cw_progress_store_set_backup_error (error,
                                          _("Your progress could not be backed up: the copy "
                                            "did not verify, so it was deleted and earlier "
                                            "backups were kept. Check the disk."),
                                          detail);
      return FALSE;
    }

  if (g_rename (temp_path, final_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      cw_progress_store_set_backup_error (error,
                                          _("Your progress could not be backed up: the copy "
                                            "could not be put in place. Check that the data "
                                            "folder is writable; earlier backups were kept."),
                                          g_strerror (saved_errno));
      return FALSE;
    }

  g_debug ("Backed up the progress to %s", final_path);

  files = cw_progress_store_scan_backups (self, FALSE);
  for (i = CW_PROGRESS_N_BACKUPS; i < files->len; i++)
    {
      CwBackupFile *file = g_ptr_array_index (files, i);

      if (g_unlink (file->path) != 0)
        {
          int saved_errno = errno;

          g_warning ("Could not delete the old backup %s: %s", file->path,
                     g_strerror (saved_errno));
        }
    }

  return TRUE;
}

/* The backup at @path copied into memory, checked, and migrated to the current schema. */
static sqlite3 *
cw_progress_store_load_backup (CwProgressStore  *self,
                               const char       *path,
                               GError          **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *message = NULL;
  sqlite3 *src = NULL;
  sqlite3 *mem = NULL;
  gint64 version = 0;
  gboolean ok = FALSE;
  int rc;

  message = g_strdup_printf (_("The backup %s could not be restored: it is damaged or is not a "
                               "Crabwise progress backup. Choose another backup; your progress "
                               "was not changed."), display);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      cw_progress_store_set_backup_error (error, message, g_strerror (ENOENT));
      return NULL;
    }

  rc = cw_sqlite_open_memory (&mem);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_open_immutable (path, &src);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_copy (mem, src);
  cw_sqlite_close (src, FALSE);

  if (rc == SQLITE_OK)
    rc = cw_sqlite_quick_check (mem, &ok);
  if (rc == SQLITE_OK && !ok)
    rc = SQLITE_CORRUPT;
  if (rc == SQLITE_OK)
    rc = cw_check_version (mem, &version);
  if (rc == SQLITE_OK && version == 0)
    rc = CW_OPEN_NOT_OURS;
  if (rc == SQLITE_OK)
    rc = cw_migrate (mem, &version);
  if (rc == SQLITE_OK)
    rc = cw_check_schema (mem);

  if (rc == SQLITE_OK)
    return mem;

  cw_sqlite_close (mem, FALSE);

  if (rc == CW_OPEN_NEWER)
    g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION,
                 _("The backup %s was made by a newer version of Crabwise (progress format %d; "
                   "this version reads up to %d). Update Crabwise to restore it; your progress "
                   "was not changed."),
                 display, (int) version, CW_PROGRESS_SCHEMA_VERSION);
  else
    cw_progress_store_set_backup_error (error, message,
                                        rc == CW_OPEN_NOT_OURS ? "schema" : sqlite3_errstr (rc));

  return NULL;
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

gboolean
cw_progress_store_mark_opened (CwProgressStore  *self,
                               const char       *lesson_id,
                               GError          **error)
{
  CwWriteArgs args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  if (!cw_progress_store_write (self, cw_write_mark_opened, &args, TRUE, NULL, error))
    return FALSE;

  if (args.flag)
    cw_progress_store_emit_changed (self, "lesson", lesson_id);

  return TRUE;
}

gboolean
cw_progress_store_set_learned (CwProgressStore  *self,
                               const char       *lesson_id,
                               gboolean          learned,
                               GError          **error)
{
  CwWriteArgs args = { 0, };
  gboolean wrote = FALSE;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.flag = learned;
  if (!cw_progress_store_write (self, cw_write_set_learned, &args, TRUE, &wrote, error))
    return FALSE;

  if (wrote)
    {
      cw_progress_store_emit_changed (self, "lesson", lesson_id);
      cw_progress_store_emit_changed (self, "review", lesson_id);
    }

  return TRUE;
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
cw_progress_store_record_answer (CwProgressStore  *self,
                                 const char       *lesson_id,
                                 guint             question,
                                 guint             choice,
                                 gboolean          correct,
                                 GError          **error)
{
  CwWriteArgs args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.question = question;
  args.choice = choice;
  args.flag = correct;
  if (!cw_progress_store_write (self, cw_write_record_answer, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "answers", lesson_id);

  return TRUE;
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

gboolean
cw_progress_store_record_review (CwProgressStore  *self,
                                 const char       *lesson_id,
                                 gboolean          correct,
                                 GError          **error)
{
  CwWriteArgs args = { 0, };

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_check_lesson_id (lesson_id, error))
    return FALSE;

  args.lesson_id = lesson_id;
  args.now = cw_progress_store_now (self);
  args.flag = correct;
  if (!cw_progress_store_write (self, cw_write_record_review, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "review", lesson_id);

  return TRUE;
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

gboolean
cw_progress_store_set_note (CwProgressStore  *self,
                            const char       *lesson_id,
                            const char       *text,
                            GError          **error)
{
  CwWriteArgs args = { 0, };
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

gboolean
cw_progress_store_add_fib_run (CwProgressStore  *self,
                               guint             n,
                               const char       *algorithm,
                               guint64           elapsed_ns,
                               const char       *value_preview,
                               GError          **error)
{
  CwWriteArgs args = { 0, };

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
  args.text = value_preview;
  if (!cw_progress_store_write (self, cw_write_add_fib_run, &args, TRUE, NULL, error))
    return FALSE;

  cw_progress_store_emit_changed (self, "fib-runs", NULL);

  return TRUE;
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

static void
cw_progress_store_set_export_error (CwProgressStore  *self,
                                    int               rc,
                                    GError          **error)
{
  if (cw_sqlite_rc_is_corrupt (rc))
    self->damaged = TRUE;

  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be exported: it could not be read. "
                           "Restart Crabwise and try again."),
                         sqlite3_errstr (rc));
}

char *
cw_progress_store_export_json (CwProgressStore  *self,
                               GError          **error)
{
  g_autoptr(GPtrArray) damaged = g_ptr_array_new_with_free_func (g_free);
  char *json;
  int rc = SQLITE_OK;
  guint i;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cw_progress_store_check_open (self, error))
    return NULL;

  json = cw_export_on (self->db, cw_progress_store_now (self), damaged, &rc);
  if (json == NULL)
    cw_progress_store_set_export_error (self, rc, error);
  for (i = 0; i < damaged->len; i++)
    g_message ("Exported with damaged text repaired or left out: %s",
               (const char *) g_ptr_array_index (damaged, i));

  return json;
}

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

  ok = cw_import_prepare (json, length >= 0 ? (gsize) length : strlen (json), known_lesson_ids,
                          mode, parser, &import, error) &&
       cw_progress_store_write (self, cw_write_import, &import, FALSE, NULL, error);

  if (ok && skipped_ids != NULL)
    *skipped_ids = cw_import_dup_skipped (&import);

  cw_import_clear (&import);

  if (ok)
    cw_progress_store_emit_changed (self, "all", NULL);

  return ok;
}


/* Import and export off the main thread.
 *
 * A SQLite connection is used from one thread at a time, so a worker never touches
 * self->db and the store's state (can-save, save-problem, the damaged flag, "changed") is
 * only changed on the main thread, when a worker's result comes back.
 *
 * An import is checked, parsed and validated on the worker (that needs nothing of the
 * store), then applied there through a connection of the worker's own to the same file, in
 * one transaction, exactly as the store applies one (cw_write_on()). WAL lets the main
 * connection read meanwhile; a write from the main thread during the apply waits on the
 * busy timeout, for the apply only — the long part, the parse, takes no lock. What needs
 * the store's own connection (reopening a read-only store, the marker) happens on the main
 * thread before the worker starts. Cancelling before the apply returns G_IO_ERROR_CANCELLED
 * and writes nothing; during it, it interrupts the transaction, which is rolled back whole;
 * once committed, the import has happened and succeeds.
 *
 * An export reads on the worker through its own connection too, in one read transaction. A
 * store that could only be opened read-only has no file to read, so its in-memory copy is
 * serialized on the main thread (a copy in memory) and read on the worker from that. */

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
  cw_import_clear (&job->import);
  g_clear_object (&job->parser);
  g_clear_pointer (&job->json, g_bytes_unref);
  g_clear_pointer (&job->known, g_strfreev);
  g_clear_pointer (&job->path, g_free);
  g_clear_error (&job->result.error);
  g_free (job);
}

static void
cw_interrupt (GCancellable *cancellable,
              sqlite3      *db)
{
  sqlite3_interrupt (db);
}

/* A worker's own connection to the progress file: never creates it, waits for the store's
 * own writes, and is set up as the store's connection is. */
static int
cw_open_worker_connection (const char  *path,
                           sqlite3    **db)
{
  int rc;

  rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READWRITE, NULL);
  if (*db == NULL)
    return rc;

  sqlite3_extended_result_codes (*db, 1);
  sqlite3_busy_timeout (*db, CW_BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (*db, "PRAGMA synchronous = NORMAL", "");
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (*db, "PRAGMA foreign_keys = ON", "");
  if (rc == SQLITE_OK)
    rc = cw_limit_log (*db);

  return rc;
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

  if (!cw_import_prepare (g_bytes_get_data (job->json, NULL), g_bytes_get_size (job->json),
                          (const char * const *) job->known, job->mode, job->parser,
                          &job->import, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  job->result.rc = cw_open_worker_connection (job->path, &db);
  if (job->result.rc != SQLITE_OK)
    {
      job->result.sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
      cw_sqlite_close (db, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (cw_interrupt), db, NULL);
  cw_write_on (NULL, db, cw_write_import, &job->import, CW_NO_TIME, &job->result);
  if (cancellable != NULL)
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
  g_autoptr(GTask) worker = NULL;
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

  /* The worker's task holds no reference to the store: the thread drops it after the result
   * is back on the main thread, and the store's last reference must go there. */
  worker = g_task_new (NULL, cancellable, cw_progress_store_import_done, g_object_ref (task));
  g_task_set_source_tag (worker, cw_import_thread);
  g_task_set_task_data (worker, job, NULL);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_run_in_thread (worker, cw_import_thread);
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

typedef struct
{
  char          *path;         /* read through a connection of the worker's own… */
  unsigned char *image;        /* …or from this copy of a read-only store's memory */
  sqlite3_int64  image_size;
  gint64         exported_at;
  GPtrArray     *damaged;      /* what the export found damaged, for the learner */
  int            rc;
} CwExportJob;

static void
cw_export_job_free (CwExportJob *job)
{
  g_ptr_array_unref (job->damaged);
  g_free (job->path);
  sqlite3_free (job->image);
  g_free (job);
}

static int
cw_export_job_open (CwExportJob  *job,
                    sqlite3     **db)
{
  int rc;

  if (job->image == NULL)
    return cw_open_worker_connection (job->path, db);

  rc = cw_sqlite_open_memory (db);
  if (rc == SQLITE_OK)
    rc = sqlite3_deserialize (*db, "main", job->image, job->image_size, job->image_size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
  else
    sqlite3_free (job->image);
  /* The connection owns the copy now, even when that failed. */
  job->image = NULL;

  return rc;
}

static void
cw_export_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  CwExportJob *job = task_data;
  sqlite3 *db = NULL;
  char *json = NULL;
  gulong handler = 0;

  job->rc = cw_export_job_open (job, &db);
  if (job->rc == SQLITE_OK)
    {
      if (cancellable != NULL)
        handler = g_cancellable_connect (cancellable, G_CALLBACK (cw_interrupt), db, NULL);
      json = cw_export_on (db, job->exported_at, job->damaged, &job->rc);
      if (cancellable != NULL)
        g_cancellable_disconnect (cancellable, handler);
    }
  cw_sqlite_close (db, TRUE);

  g_task_return_pointer (task, json, g_free);
}

static void
cw_progress_store_export_done (GObject      *source_object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_pointer (task, g_task_propagate_pointer (G_TASK (result), NULL), g_free);
}

/**
 * cw_progress_store_export_json_async:
 *
 * cw_progress_store_export_json() off the main thread (see the comment above).
 */
void
cw_progress_store_export_json_async (CwProgressStore     *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  GError *error = NULL;
  CwExportJob *job;

  g_return_if_fail (CW_IS_PROGRESS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_progress_store_export_json_async);

  if (!cw_progress_store_check_open (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (CwExportJob, 1);
  job->exported_at = cw_progress_store_now (self);
  job->damaged = g_ptr_array_new_with_free_func (g_free);
  if (self->read_only)
    {
      job->image = sqlite3_serialize (self->db, "main", &job->image_size, 0);
      if (job->image == NULL)
        {
          cw_export_job_free (job);
          cw_progress_store_set_export_error (self, SQLITE_NOMEM, &error);
          g_task_return_error (task, error);
          return;
        }
    }
  else
    job->path = g_strdup (self->path);

  g_task_set_task_data (task, job, (GDestroyNotify) cw_export_job_free);

  /* As for an import, the worker's task holds no reference to the store. */
  worker = g_task_new (NULL, cancellable, cw_progress_store_export_done, g_object_ref (task));
  g_task_set_source_tag (worker, cw_export_thread);
  g_task_set_task_data (worker, job, NULL);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_run_in_thread (worker, cw_export_thread);
}

char *
cw_progress_store_export_json_finish (CwProgressStore   *self,
                                      GAsyncResult      *result,
                                      char            ***damaged_items,
                                      GError           **error)
{
  CwExportJob *job;
  GError *local_error = NULL;
  char *json;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (damaged_items != NULL)
    *damaged_items = NULL;

  json = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* The store's state changes here, on the main thread. */
  job = g_task_get_task_data (G_TASK (result));
  if (json == NULL)
    cw_progress_store_set_export_error (self, job->rc, error);
  else if (damaged_items != NULL)
    {
      g_ptr_array_add (job->damaged, NULL);
      *damaged_items = (char **) g_ptr_array_steal (job->damaged, NULL);
    }

  return json;
}

gboolean
cw_progress_store_maybe_backup (CwProgressStore  *self,
                                GError          **error)
{
  g_autoptr(GPtrArray) files = NULL;
  gint64 today;
  guint i;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_store_check_open (self, error))
    return FALSE;

  if (self->read_only && !cw_progress_store_try_reopen (self))
    {
      cw_progress_store_set_cannot_save_error (self, self->read_only_cause, NULL, error);
      return FALSE;
    }

  today = cw_calendar_day (cw_progress_store_now (self), self->tz);
  files = cw_progress_store_scan_backups (self, FALSE);
  for (i = 0; i < files->len; i++)
    {
      CwBackupFile *file = g_ptr_array_index (files, i);

      if (cw_calendar_day (cw_calendar_usec (file->date), self->tz) == today)
        return TRUE;
    }

  return cw_progress_store_backup_now (self, error);
}

GPtrArray *
cw_progress_store_list_backups (CwProgressStore *self)
{
  g_autoptr(GPtrArray) files = NULL;
  GPtrArray *backups;
  guint i;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  backups = g_ptr_array_new_with_free_func (g_object_unref);
  files = cw_progress_store_scan_backups (self, FALSE);
  for (i = 0; i < files->len; i++)
    {
      CwBackupFile *file = g_ptr_array_index (files, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (file->date, self->tz);

      g_ptr_array_add (backups, g_object_new (CW_TYPE_BACKUP,
                                              "path", file->path,
                                              "date", local,
                                              NULL));
    }

  return backups;
}

gboolean
cw_progress_store_restore_backup (CwProgressStore  *self,
                                  const char       *backup_path,
                                  GError          **error)
{
  sqlite3 *mem = NULL;
  gint64 live_seq = 0;
  gint64 mem_seq = 0;
  gint64 seq = 0;
  int rc;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cw_progress_store_check_open (self, error))
    return FALSE;

  if (self->read_only && !cw_progress_store_try_reopen (self))
    {
      cw_progress_store_set_cannot_save_error (self, self->read_only_cause, NULL, error);
      return FALSE;
    }

  /* Verified whole before anything changes; loading it first also means the safety backup
   * below may prune the very file being restored without harm. */
  mem = cw_progress_store_load_backup (self, backup_path, error);
  if (mem == NULL)
    return FALSE;

  if (!cw_progress_store_backup_now (self, error))
    {
      g_prefix_error_literal (error, _("Nothing was restored, because the progress you have "
                                       "now could not be saved as a backup first. "));
      cw_sqlite_close (mem, FALSE);
      return FALSE;
    }

  /* A counter value the live file has never had, to tell after an I/O error whether the
   * copy landed. */
  cw_sqlite_query_int (self->db, &live_seq, SQL_READ_SEQ, "");
  cw_sqlite_query_int (mem, &mem_seq, SQL_READ_SEQ, "");
  seq = MAX (live_seq, mem_seq) + 1;
  rc = cw_sqlite_exec (mem, SQL_SET_META, "si", "write_seq", seq);

  if (rc == SQLITE_OK)
    rc = cw_sqlite_copy (self->db, mem);
  cw_sqlite_close (mem, FALSE);

  if ((rc & 0xff) == SQLITE_IOERR)
    {
      if (!cw_progress_store_resolve_commit (self, rc, seq, error))
        return FALSE;
      rc = SQLITE_OK;
    }

  if (rc != SQLITE_OK)
    {
      cw_progress_store_set_write_error (self, rc, sqlite3_system_errno (self->db), error);
      return FALSE;
    }

  cw_progress_store_set_can_save (self);
  cw_progress_store_emit_changed (self, "all", NULL);

  return TRUE;
}
