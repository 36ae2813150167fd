/* cw-progress-store-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "cw-calendar.h"
#include "cw-progress-store.h"
#include "cw-sqlite.h"

G_BEGIN_DECLS

/*
 * One class across files, sharing this struct and these functions (the layout of GNOME
 * Text Editor's editor-window-private.h):
 *
 *   cw-progress-store.c   the GObject: properties, the "changed" signal, new, close, the
 *                         store's state (can-save, save-problem) and the errors the learner
 *                         reads; the clock and the time zone
 *   cw-progress-schema.c  the schema, its migrations and the checks that a file is ours
 *   cw-progress-open.c    opening: the unclean-exit marker, the check of a write-ahead log,
 *                         recovery from a damaged file, read-only sessions, reopening
 *   cw-progress-write.c   every write: the transaction, its outcome, and one small struct
 *                         of arguments per operation beside its public function
 *   cw-progress-read.c    the reads
 *   cw-progress-json.c    export, and reading and checking an import: the document's
 *                         sections described once, in a table both follow
 *   cw-progress-export.c  the export's public functions, synchronous and on a worker
 *   cw-progress-exercise.c the practice exercises: their reads and writes
 *   cw-progress-import.c  applying an import
 *   cw-progress-backup.c  backups and restoring one
 *
 * The store's state (properties, signals) changes only on the main thread, through the
 * functions of cw-progress-store.c. Work on a worker thread uses a connection of its own
 * and the job's data, never self->db.
 */

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

/* A write's statements, run inside its transaction on @db: the store's own connection on the
 * main thread, or an import's own connection on a worker (see cw-progress-import.c). They
 * use only @db and @data, whichever thread runs them. */
typedef int (*CwWriteFunc) (sqlite3   *db,
                            gpointer   data,
                            GError   **error);

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

/* cw-progress-store.c: time */
gint64      cw_progress_store_now                      (CwProgressStore  *self);
GDateTime  *cw_progress_store_date_time                (CwProgressStore  *self,
                                                        gint64            usec);
GDateTime  *cw_progress_store_now_local                (CwProgressStore  *self);
gint64      cw_progress_activity_slot                  (gint64            usec);

/* cw-progress-store.c: state and errors (main thread only, apart from the pure ones) */
CwCause     cw_progress_cause_for_failure              (int               rc,
                                                        int               sys_errno);
void        cw_progress_set_error                      (GError          **error,
                                                        CwProgressError   code,
                                                        const char       *message,
                                                        const char       *detail);
void        cw_progress_store_set_can_save             (CwProgressStore  *self);
char       *cw_progress_store_cannot_save_message      (CwProgressStore  *self,
                                                        CwCause           cause);
void        cw_progress_store_set_cannot_save_error    (CwProgressStore  *self,
                                                        CwCause           cause,
                                                        const char       *detail,
                                                        GError          **error);
void        cw_progress_store_set_write_error          (CwProgressStore  *self,
                                                        int               rc,
                                                        int               sys_errno,
                                                        GError          **error);
void        cw_progress_store_set_unknown_outcome_error (CwProgressStore *self,
                                                        int               commit_rc,
                                                        GError          **error);
void        cw_progress_store_read_failed              (CwProgressStore  *self,
                                                        int               rc,
                                                        const char       *what);
gboolean    cw_progress_store_check_open               (CwProgressStore  *self,
                                                        GError          **error);
void        cw_progress_store_emit_changed             (CwProgressStore  *self,
                                                        const char       *detail,
                                                        const char       *lesson_id);
void        cw_progress_store_take_recovered_from      (CwProgressStore  *self,
                                                        char             *path);
void        cw_progress_store_take_log_set_aside       (CwProgressStore  *self,
                                                        char             *path);
void        cw_progress_store_run_in_worker            (GTask            *task,
                                                        GTaskThreadFunc   func,
                                                        GAsyncReadyCallback done);
gulong      cw_progress_interrupt_on_cancel            (GCancellable     *cancellable,
                                                        sqlite3          *db);

/* cw-progress-schema.c */
int         cw_progress_schema_check_version           (sqlite3          *db,
                                                        gint64           *version);
int         cw_progress_schema_migrate                 (sqlite3          *db,
                                                        gint64           *version);
int         cw_progress_schema_check                   (sqlite3          *db);
int         cw_progress_schema_delete_all              (sqlite3          *db);

/* cw-progress-open.c */
gboolean    cw_progress_store_open_file                (CwProgressStore  *self,
                                                        sqlite3         **out,
                                                        CwCause          *cause,
                                                        GError          **error);
sqlite3    *cw_progress_store_open_snapshot            (CwProgressStore  *self,
                                                        GError          **error);
gboolean    cw_progress_store_try_reopen               (CwProgressStore  *self);
gboolean    cw_progress_store_create_marker            (CwProgressStore  *self);
gboolean    cw_progress_store_log_has_content          (CwProgressStore  *self);
int         cw_progress_open_worker_connection         (const char       *path,
                                                        sqlite3         **db);

/* cw-progress-write.c */
gboolean    cw_progress_store_check_writable           (CwProgressStore  *self,
                                                        GError          **error);
gboolean    cw_progress_store_prepare_write            (CwProgressStore  *self,
                                                        GError          **error);
int         cw_progress_resolve_commit                 (sqlite3          *db,
                                                        int               commit_rc,
                                                        gint64            expected_seq);
void        cw_progress_write_on                       (sqlite3          *db,
                                                        CwWriteFunc       func,
                                                        gpointer          data,
                                                        gint64            activity_slot,
                                                        CwWriteResult    *result);
gboolean    cw_progress_store_write_done               (CwProgressStore  *self,
                                                        CwWriteResult    *result,
                                                        gboolean         *wrote,
                                                        GError          **error);
gboolean    cw_progress_store_write                    (CwProgressStore  *self,
                                                        CwWriteFunc       func,
                                                        gpointer          data,
                                                        gboolean          record_activity,
                                                        gboolean         *wrote,
                                                        GError          **error);

/* An import read and checked whole (cw-progress-json.c), to be applied in one transaction
 * (cw-progress-import.c). Its strings point into the parser's tree. */

typedef struct
{
  const char *id;
  const char *state;
  gboolean    learned;     /* from state */
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
  const char *id;
  const char *state;
  CwExerciseState state_value;   /* from state */
  gint64      attempts;
  gint64      first_passed_at;
  gint64      hints_shown;
  gboolean    solution_revealed;
  const char *draft;
  gint64      draft_saved_at;
} CwImportExercise;

typedef enum
{
  CW_SECTION_LESSONS,
  CW_SECTION_ANSWERS,
  CW_SECTION_NOTES,
  CW_SECTION_REVIEWS,
  CW_SECTION_FIB_RUNS,
  CW_SECTION_ACTIVITY,
  CW_SECTION_EXERCISES,
  CW_N_SECTIONS
} CwSectionId;

typedef struct
{
  CwImportMode  mode;
  const char   *last_lesson;
  GArray       *rows[CW_N_SECTIONS];   /* each section's records */
  GHashTable   *learned;               /* the ids of the lessons learned in the document */
  GHashTable   *known;                 /* NULL: every id is known */
  GHashTable   *skipped;
} CwImport;

gboolean    cw_progress_import_prepare                 (const char         *json,
                                                        gsize               length,
                                                        const char * const *known_lesson_ids,
                                                        CwImportMode        mode,
                                                        JsonParser         *parser,
                                                        CwImport           *import,
                                                        GError            **error);
void        cw_progress_import_clear                   (CwImport           *import);

/* cw-progress-json.c: the export read from @db in one read transaction: the JSON text, or
 * NULL with *rc; what was found damaged is added to @damaged (cw-progress-export.c). */
char       *cw_progress_export_on                      (sqlite3            *db,
                                                        gint64              exported_at,
                                                        GPtrArray          *damaged,
                                                        int                *rc);

G_END_DECLS
