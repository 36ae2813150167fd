/* cw-progress-store.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cw-progress-types.h"

G_BEGIN_DECLS

/*
 * CwProgressStore — the learner's progress in <data_dir>/progress.sqlite3.
 *
 * WHAT IS KEPT
 *   Lesson states with dates, every self-check answer, one note per lesson, a review
 *   schedule, the Fibonacci lab's runs, the days with activity (for the streak) and the
 *   last lesson opened. Lesson ids are the content store's; the store does not check them
 *   (an import can, see cw_progress_store_import_json()).
 *
 * NEVER LOST
 *   - SQLite in WAL mode, synchronous=NORMAL (a commit survives the app being killed; only
 *     a power cut can take back the last commits, never corrupt the file), foreign keys
 *     on, a busy timeout. Prepared statements only. Every write is one BEGIN IMMEDIATE …
 *     COMMIT; a write that fails is rolled back whole: nothing partial is ever written.
 *   - Schema version in PRAGMA user_version, currently CW_PROGRESS_SCHEMA_VERSION;
 *     migrations 0→1→2→3→4 run in one transaction each. Version 1 had lesson states and
 *     answers (times in seconds); 2 added notes and the review schedule; 3 moved every time
 *     to microseconds and added the Fibonacci runs, the activity log and a write counter;
 *     4 added the practice exercises (attempts, first pass, hints, solution, draft).
 *   - A file written by a newer Crabwise (user_version above ours): cw_progress_store_new()
 *     fails with CW_PROGRESS_ERROR_NEWER_VERSION and the file is left byte for byte as it
 *     was (not even its write-ahead log is checkpointed into it).
 *   - A damaged file: not a database (random bytes, a truncated header), SQLITE_CORRUPT or
 *     SQLITE_NOTADB at the first statements, a failed quick_check, or an SQLite file that
 *     is not ours (user_version 0 but tables in it, or tables missing for its version). It is
 *     renamed to "progress.sqlite3.corrupt-YYYYMMDD-HHMMSS" (local time; "-2", "-3"… appended
 *     if taken), its -wal and -shm files likewise ("…-HHMMSS-wal"), a fresh store is
 *     created, and cw_progress_store_get_recovered_from() says where the old file went.
 *     Never deleted.
 *   - A zero-length file is what SQLite makes of a new database before its first write, so
 *     it is treated as a new, empty store (the file is kept and filled), not as damage. A
 *     valid SQLite file with no tables at all (user_version 0) is adopted the same way.
 *   - A write-ahead log that is not this file's: SQLite would replay any valid -wal it
 *     finds beside the file (a -wal/-shm pair copied in from another database would replace
 *     the learner's progress). Before SQLite opens the file, a log holding complete commits
 *     is set aside with its -shm as "progress.sqlite3.stale-YYYYMMDD-HHMMSS-wal" (and
 *     "…-shm"; "-2"… if taken) unless it can be ours: another copy of Crabwise has it open,
 *     or the unclean-exit marker is there and the log's page size is the file's. A log a
 *     newer Crabwise left is left alone (the open fails with NEWER_VERSION).
 *     cw_progress_store_get_log_set_aside() says where it went. Never deleted.
 *   - Unclean exit: "progress.running" is created in data_dir before the file is opened
 *     (and removed again if it cannot be) and removed by cw_progress_store_close() (or the
 *     last unref) unless the log still holds commits; a write puts it back if another copy
 *     removed it. Found at open, it means the last run
 *     did not shut down, and PRAGMA quick_check runs before the file is trusted. The same
 *     check runs when the file's size does not match the size its header records, and at
 *     the next start after a statement met SQLITE_CORRUPT (the marker is then left in
 *     place). A file cut short after a clean exit needs no check: its header counts more
 *     pages than it holds, and SQLite reports that as damage at the first statement.
 *     Damage in the middle of a file after a clean exit is only found when a statement
 *     reads the damaged page; that statement fails (reads log a warning and answer as for
 *     an empty store, writes fail with FAILED) and the next start moves the file aside.
 *   - A small disk: the write-ahead log is checkpointed every 16 pages and cut back to
 *     nothing when it restarts, so the disk's space goes to the progress, not to a log; a
 *     write that meets a full disk is tried once more after a checkpoint has emptied the
 *     log. An I/O error whose cause is ENOSPC (growing the log's -shm index at open) counts
 *     as a full disk.
 *   - Cannot save (CW_PROGRESS_ERROR_CANNOT_SAVE): SQLITE_FULL, SQLITE_READONLY, SQLITE_PERM,
 *     SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_BUSY on a write roll the transaction back, say
 *     why in words (one message per cause) and set "can-save" to FALSE until a write
 *     succeeds again. Earlier progress is intact; the app keeps running.
 *   - An I/O error on COMMIT: the store re-reads a write counter to see whether the commit
 *     landed (then the write succeeded), and if not, commits a second, empty write that
 *     overwrites whatever the failed one may have left in the write-ahead log, so it cannot
 *     come back after a crash (then CANNOT_SAVE). Only when neither can be done is the
 *     answer CW_PROGRESS_ERROR_UNKNOWN_OUTCOME.
 *   - Read-only data folder (or a data folder that cannot be created, or a disk too full to
 *     open the file for writing), a read-only or unreadable file, a damaged file that a
 *     read-only folder keeps from being moved aside, or something that is not a file where
 *     the file should be (a folder, a link to nothing — nothing is created through it — a
 *     FIFO): cw_progress_store_new() still succeeds, with "can-save" FALSE from the start
 *     and "save-problem" saying what is wrong and what to do. The store then works on a
 *     private in-memory copy of the file (opened with immutable=1; an older schema is
 *     migrated in memory, the file is not touched), or on an empty store when there is no
 *     readable, sound file. Every write fails with
 *     CANNOT_SAVE and changes nothing — but first tries to open the file for writing again,
 *     so saving resumes (and "can-save" turns TRUE) once the folder is writable. Commits
 *     that only live in a -wal file left by an unclean exit are not visible in that copy.
 *
 * BACKUPS
 *   <data_dir>/backups/progress-YYYYMMDDTHHMMSSZ.sqlite3 (UTC; "-2"… appended if taken).
 *   cw_progress_store_maybe_backup() makes at most one per local day: SQLite's backup API
 *   copies the live database to a ".tmp" name, the copy is switched to a plain rollback
 *   journal (so it is one self-contained file), closed, verified (quick_check, schema
 *   version, every table), and only then renamed into place; then all but the newest
 *   seven are deleted. A copy that fails verification is deleted and never replaces or
 *   pushes out a good backup.
 *
 * REVIEW SCHEDULE (Leitner)
 *   Boxes 1–5 with intervals of 1, 2, 4, 8 and 16 days. Marking a lesson learned puts it in
 *   box 1, due tomorrow. A correct review moves it up one box (at most 5) and a wrong one
 *   back to box 1; either way it is next due that many days after the review (calendar
 *   days in the store's time zone). Un-learning a lesson removes it from review. A lesson
 *   is due when its due date is today or earlier in the store's time zone.
 *
 * DAYS AND STREAKS
 *   Every write that changes something records the 15-minute slot (UTC) it happened in
 *   (reset and import excepted: an import brings its own activity); every time zone
 *   in use today is a whole number of quarter hours off UTC, so the local day of any slot
 *   is exact in any zone. Days, "today" and the streak are computed in the store's time
 *   zone from the store's clock, both injectable for tests. The streak is the number of
 *   consecutive days with activity ending today, or ending yesterday when there is none
 *   yet today; otherwise 0.
 *
 * Like any SQLite connection, a store is used from one thread at a time (the app's main
 * thread); its _async functions do their work on a worker with a connection of their own
 * and deliver their result, and any change of state, in the caller's main context.
 */

#define CW_PROGRESS_SCHEMA_VERSION 4
#define CW_PROGRESS_EXPORT_FORMAT  "crabwise-progress"
#define CW_PROGRESS_EXPORT_VERSION 1
#define CW_PROGRESS_N_BACKUPS      7
#define CW_PROGRESS_N_BOXES        5

typedef enum
{
  CW_LESSON_NOT_STARTED,
  CW_LESSON_IN_PROGRESS,   /* opened at least once */
  CW_LESSON_LEARNED,
} CwLessonState;

typedef enum
{
  CW_IMPORT_MERGE,    /* add to what is there, see cw_progress_store_import_json() */
  CW_IMPORT_REPLACE,  /* the document becomes the whole progress */
} CwImportMode;

typedef enum
{
  CW_PROGRESS_ERROR_NEWER_VERSION,    /* the file or export is from a newer Crabwise */
  CW_PROGRESS_ERROR_CANNOT_SAVE,      /* full disk, read-only folder, I/O error: not saved */
  CW_PROGRESS_ERROR_UNKNOWN_OUTCOME,  /* I/O error on commit and the result cannot be read */
  CW_PROGRESS_ERROR_INVALID_IMPORT,   /* the document was refused; nothing was written */
  CW_PROGRESS_ERROR_BACKUP,           /* a backup failed or does not verify */
  CW_PROGRESS_ERROR_FAILED,           /* anything else (damaged file, closed store, …) */
  CW_PROGRESS_ERROR_NOT_IN_REVIEW,    /* record_review() for a lesson that is not learned */
} CwProgressError;

#define CW_PROGRESS_ERROR (cw_progress_error_quark ())

/* Unix time in microseconds; the default is g_get_real_time(). */
typedef gint64 (*CwClockFunc) (gpointer user_data);

/* For tests: called with the temporary copy of a backup after it is written and closed and
 * before it is verified, so a test can damage it; on the thread that makes the backup (a
 * worker for the _async functions). */
typedef void (*CwBackupHook) (const char *temp_path,
                              gpointer    user_data);

#define CW_TYPE_PROGRESS_STORE (cw_progress_store_get_type ())
G_DECLARE_FINAL_TYPE (CwProgressStore, cw_progress_store, CW, PROGRESS_STORE, GObject)

GQuark           cw_progress_error_quark               (void);

/* Creates data_dir if needed (a relative path is made absolute). Fails only with
 * NEWER_VERSION, or FAILED when SQLite cannot work at all (out of memory, or a damaged file
 * that could be moved aside but whose fresh replacement is damaged too); every other trouble
 * is handled as described above. */
CwProgressStore *cw_progress_store_new                 (const char       *data_dir,
                                                        GError          **error);
const char      *cw_progress_store_get_path            (CwProgressStore  *self);
const char      *cw_progress_store_get_data_dir        (CwProgressStore  *self);
void             cw_progress_store_set_clock           (CwProgressStore  *self,
                                                        CwClockFunc       func,
                                                        gpointer          user_data);
/* NULL restores the local time zone (the default). */
void             cw_progress_store_set_timezone        (CwProgressStore  *self,
                                                        GTimeZone        *tz);
/* Where a damaged file was moved at open, or NULL; property "recovered-from". */
const char      *cw_progress_store_get_recovered_from  (CwProgressStore  *self);
/* Where a write-ahead log that did not belong to the progress file was moved at open (its
 * -shm beside it, same name ending in "-shm"), or NULL; property "log-set-aside". */
const char      *cw_progress_store_get_log_set_aside   (CwProgressStore  *self);
/* Why "can-save" is FALSE, in the words the learner reads (what happened and what to do,
 * the same as the error of a write would say), or NULL while it can save; property
 * "save-problem", set before "can-save" is notified. */
const char      *cw_progress_store_get_save_problem    (CwProgressStore  *self);
/* FALSE after a failed write until one succeeds, and from the start when the store could
 * only be opened read-only; property "can-save" (notified when it changes). */
gboolean         cw_progress_store_get_can_save        (CwProgressStore  *self);
/* Clean shutdown: checkpoints the log into the file, closes it and removes the unclean-exit
 * marker. Idempotent; done by the last unref too. Afterwards reads answer as for an empty
 * store and writes fail with FAILED. */
void             cw_progress_store_close               (CwProgressStore  *self);

/* Signal "changed" (detailed), with the lesson id concerned or NULL. Details: "lesson"
 * (state changed), "answers", "notes", "review" (schedule changed; set_learned() emits
 * "lesson" and then "review"), "fib-runs", "all" (reset, import, restore). Emitted after
 * the commit, only when something changed. */

/* changed_at (nullable out, transfer full): when the lesson got its current state (opened,
 * learned, or un-learned); NULL for a lesson not started. */
CwLessonState    cw_progress_store_get_lesson_state    (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        GDateTime       **changed_at);
/* Not started → in progress; any state: becomes the last lesson. */
gboolean         cw_progress_store_mark_opened         (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        GError          **error);
/* learned: → learned, into review box 1 due tomorrow (a lesson never opened is opened now
 * too). !learned (undo): learned → in progress, out of review. No-op when already so. */
gboolean         cw_progress_store_set_learned         (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        gboolean          learned,
                                                        GError          **error);
/* The last lesson opened, or NULL. */
char            *cw_progress_store_dup_last_lesson     (CwProgressStore  *self);
/* The learner's seed for the order of a question's choices (see cw-choice-order.c). */
guint32          cw_progress_store_get_choice_seed     (CwProgressStore  *self);

/* Every answer is kept; get_answer() returns the latest for that question. */
gboolean         cw_progress_store_record_answer       (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        guint             question,
                                                        guint             choice,
                                                        gboolean          correct,
                                                        GError          **error);
gboolean         cw_progress_store_get_answer          (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        guint             question,
                                                        guint            *choice,
                                                        gboolean         *correct);

/* One review of a learned lesson (see REVIEW SCHEDULE); NOT_IN_REVIEW if it is not. */
gboolean         cw_progress_store_record_review       (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        gboolean          correct,
                                                        GError          **error);
/* Lessons due today or earlier, most overdue first (then by id); never NULL. */
char           **cw_progress_store_dup_due_lessons     (CwProgressStore  *self);
/* The box (1–5) of a learned lesson and when it is next due (transfer full, nullable out);
 * FALSE if it is not in review. */
gboolean         cw_progress_store_get_review          (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        guint            *box,
                                                        GDateTime       **due);

/* NULL or "" deletes the note; a note longer than 256 KiB fails with FAILED (an import
 * keeps the same limit, so every export imports again). dup_note() returns NULL when there
 * is none. */
gboolean         cw_progress_store_set_note            (CwProgressStore  *self,
                                                        const char       *lesson_id,
                                                        const char       *text,
                                                        GError          **error);
char            *cw_progress_store_dup_note            (CwProgressStore  *self,
                                                        const char       *lesson_id);

/* elapsed_ns above G_MAXINT64 (292 years) is kept as G_MAXINT64; algorithm and
 * value_preview are UTF-8 of at most 1 KiB each (else FAILED). */
gboolean         cw_progress_store_add_fib_run         (CwProgressStore  *self,
                                                        guint             n,
                                                        const char       *algorithm,
                                                        guint64           elapsed_ns,
                                                        const char       *value_preview,
                                                        GError          **error);
/* CwFibRun items, newest first; limit 0 means all. Transfer full, never NULL. */
GListModel      *cw_progress_store_list_fib_runs       (CwProgressStore  *self,
                                                        guint             limit);

guint            cw_progress_store_count_learned       (CwProgressStore  *self);
/* Over every answer ever given (a retry does not erase the first try). FALSE if the
 * progress cannot be read; TRUE with *answered == 0 when there are no answers. */
gboolean         cw_progress_store_get_accuracy        (CwProgressStore  *self,
                                                        guint            *correct,
                                                        guint            *answered);
guint            cw_progress_store_get_streak          (CwProgressStore  *self);

/*
 * PRACTICE EXERCISES
 *   One record per exercise the learner touched, by the content store's exercise id (not
 *   checked, like lesson ids). A pass is never lost: once an attempt passed, the state stays
 *   PASSED and first_passed_at is kept, whatever later attempts give. hints_shown never
 *   decreases and a revealed solution stays revealed. Writes are like the others (see NEVER
 *   LOST: a read-only session fails with CANNOT_SAVE and changes nothing) and emit "changed"
 *   with the detail "exercises" (record_attempt, record_hints_shown, reveal_solution) or
 *   "drafts" (save_draft), and the exercise id as the argument. Reads that fail log why
 *   and answer FALSE/NULL with FAILED; a closed store reads as an empty one.
 */
typedef enum
{
  CW_EXERCISE_NOT_STARTED,
  CW_EXERCISE_ATTEMPTED,
  CW_EXERCISE_PASSED,
} CwExerciseState;

#define CW_EXERCISE_MAX_HINTS      3
/* A draft holds at most this many bytes (a 5 MB file is no exercise); an import keeps the
 * same limit. */
#define CW_EXERCISE_MAX_DRAFT      (2 * 1024 * 1024)

typedef struct
{
  char            *exercise_id;
  CwExerciseState  state;
  guint            attempts;           /* Check presses that reached a verdict */
  gint64           first_passed_at;    /* unix seconds, 0 = never */
  guint            hints_shown;        /* 0..3, never decreases */
  gboolean         solution_revealed;  /* recorded, never hidden again */
  char            *draft;              /* NULL = none saved */
  gint64           draft_saved_at;     /* unix seconds, 0 = none */
} CwExerciseProgress;

void                cw_exercise_progress_free            (CwExerciseProgress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwExerciseProgress, cw_exercise_progress_free)

/* Never NULL on success: an exercise never touched gives state NOT_STARTED, zeros, NULL
 * draft. */
CwExerciseProgress *cw_progress_store_get_exercise       (CwProgressStore    *self,
                                                          const char         *exercise_id,
                                                          GError            **error);
/* id -> CwExerciseProgress*, only exercises with a row; transfer full. */
GHashTable         *cw_progress_store_list_exercises     (CwProgressStore    *self,
                                                          GError            **error);
/* @draft NULL forgets the draft; "" is kept (the learner emptied the editor). UTF-8 of at
 * most CW_EXERCISE_MAX_DRAFT bytes, else FAILED. Saving the text already saved writes
 * nothing. */
gboolean            cw_progress_store_save_draft         (CwProgressStore    *self,
                                                          const char         *exercise_id,
                                                          const char         *draft,
                                                          GError            **error);
/* One Check that reached a verdict: attempts + 1; the first pass sets first_passed_at. */
gboolean            cw_progress_store_record_attempt     (CwProgressStore    *self,
                                                          const char         *exercise_id,
                                                          gboolean            passed,
                                                          GError            **error);
/* The number of hints now shown (above CW_EXERCISE_MAX_HINTS counts as that many); fewer
 * than recorded changes nothing. */
gboolean            cw_progress_store_record_hints_shown (CwProgressStore    *self,
                                                          const char         *exercise_id,
                                                          guint               hints_shown,
                                                          GError            **error);
gboolean            cw_progress_store_reveal_solution    (CwProgressStore    *self,
                                                          const char         *exercise_id,
                                                          GError            **error);
/* Passed exercises among @exercise_ids (NULL-terminated; an id twice counts twice); 0 when
 * the progress cannot be read. */
guint               cw_progress_store_count_passed       (CwProgressStore    *self,
                                                          const char * const *exercise_ids);

/* Deletes all progress in one transaction; backups are kept, so a reset can be undone by
 * restoring one. */
gboolean         cw_progress_store_reset               (CwProgressStore  *self,
                                                        GError          **error);

/*
 * Export: a JSON object {"format": "crabwise-progress", "version": 1, "exported_at",
 * "last_lesson", "lessons", "answers", "notes", "reviews", "fib_runs", "activity",
 * "exercises"}, times
 * as ISO 8601 in UTC, rows in a stable order, so an export → import → export round trip
 * gives the same text apart from "exported_at". Times are kept from 1970-01-01 to
 * 9999-01-01 (UTC): the store's clock is held in that range, and a stored time outside it
 * (an older version, a broken clock) reads and exports as the nearest end, never as null.
 * Text read back is checked to be UTF-8 (damage inside a text passes integrity_check):
 * damaged text in a note or a Fibonacci run is exported, and read, with each damaged byte
 * replaced by U+FFFD; a row whose lesson id is damaged is left out (it names no lesson);
 * the asynchronous export names each such item.
 *
 * Import: first the bytes are checked without parsing them — at most 64 MiB, nested at most
 * 16 levels (an export has 3), no U+0000 in any string — then the whole document is parsed
 * and validated before anything is written — format
 * and version (a newer version: NEWER_VERSION), every member's type and range (times
 * included; texts UTF-8, a note at most 256 KiB, other texts at most 1 KiB), no duplicate
 * lesson, note or schedule, a schedule only for a learned lesson, times in order (a lesson
 * is opened ≤ learned ≤ changed; a review is not after its due date); an exercise at most
 * once, its state agreeing with its attempts and first pass, a draft of at most
 * CW_EXERCISE_MAX_DRAFT bytes with the time it was saved. "exercises" came with schema 4
 * in the same export version: a document without it has no exercises (and an older
 * Crabwise ignores it). Any problem:
 * INVALID_IMPORT naming the member, and nothing is written. Records for lesson ids not in
 * known_lesson_ids (NULL: accept all) are skipped and their ids returned in skipped_ids
 * (sorted, never NULL on success); exercise ids are not lesson ids and are all kept. A
 * learned lesson without a schedule gets box 1, due a day after it was learned (as a
 * migration from version 1 does). Then it is applied in one
 * transaction:
 *   REPLACE: everything is deleted first; the document becomes the progress.
 *   MERGE:   per lesson, the state (with its schedule) changed last wins; per note, the one
 *            changed last wins (a tie keeps what is there); answers, runs and activity are
 *            added, except rows identical to ones already there (so importing a file twice
 *            changes nothing); the last lesson is kept if there is one. Per exercise, each
 *            field moves only as the store moves it: the most attempts, the earliest first
 *            pass (a pass is never lost), the most hints, a solution once revealed, and the
 *            draft saved last (a tie keeps what is there).
 */
char            *cw_progress_store_export_json         (CwProgressStore  *self,
                                                        GError          **error);
gboolean         cw_progress_store_import_json         (CwProgressStore    *self,
                                                        const char         *json,
                                                        gssize              length,
                                                        const char * const *known_lesson_ids,
                                                        CwImportMode        mode,
                                                        char             ***skipped_ids,
                                                        GError            **error);

/* The same, off the main thread (GTask): parsed, validated and applied on a worker with a
 * connection of its own to the file; the store's state and "changed" are updated on the
 * main thread before the callback runs. Cancelling before the import is applied gives
 * G_IO_ERROR_CANCELLED and changes nothing; once it is committed, it succeeds. */
void             cw_progress_store_export_json_async   (CwProgressStore     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
/* damaged_items (nullable out, transfer full, never NULL on success): what the export
 * found damaged in the file, in words for the learner (see Export below). */
char            *cw_progress_store_export_json_finish  (CwProgressStore     *self,
                                                        GAsyncResult        *result,
                                                        char              ***damaged_items,
                                                        GError             **error);
void             cw_progress_store_import_json_async   (CwProgressStore     *self,
                                                        GBytes              *json,
                                                        const char * const  *known_lesson_ids,
                                                        CwImportMode         mode,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         cw_progress_store_import_json_finish  (CwProgressStore     *self,
                                                        GAsyncResult        *result,
                                                        char              ***skipped_ids,
                                                        GError             **error);

/* At most one backup per local day (see BACKUPS): TRUE also when there already is one for
 * today. Fails with CANNOT_SAVE while the store is read-only, BACKUP otherwise. */
gboolean         cw_progress_store_maybe_backup        (CwProgressStore  *self,
                                                        GError          **error);
/* CwBackup items, newest first; transfer full, never NULL. */
GPtrArray       *cw_progress_store_list_backups        (CwProgressStore  *self);
/* Verifies the backup (quick_check, schema version — an older one is migrated — every
 * table) in memory, saves the current progress as a new backup, then copies the verified
 * copy into the live file with the backup API in one transaction. A backup that does not
 * verify: BACKUP (NEWER_VERSION if it is from a newer Crabwise), nothing changed. */
gboolean         cw_progress_store_restore_backup      (CwProgressStore  *self,
                                                        const char       *backup_path,
                                                        GError          **error);

/* The same two off the main thread (GTask): the copies, their checks and the restore run on
 * a worker with a connection of its own to the file; "can-save" and "changed" are updated
 * on the main thread before the callback runs. The synchronous ones above do the same work
 * on the calling thread (tests use them). Cancelling gives G_IO_ERROR_CANCELLED: a backup
 * is stopped before its copy is put in place (the copy is deleted), a restore before the
 * live file is written (the backup of the progress it would replace may already be made);
 * after that, they have happened and succeed. */
void             cw_progress_store_maybe_backup_async  (CwProgressStore     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         cw_progress_store_maybe_backup_finish (CwProgressStore     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void             cw_progress_store_restore_backup_async  (CwProgressStore     *self,
                                                          const char          *backup_path,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean         cw_progress_store_restore_backup_finish (CwProgressStore     *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
/* For tests: see CwBackupHook; it runs on the thread that makes the backup. */
void             cw_progress_store_set_backup_hook     (CwProgressStore  *self,
                                                        CwBackupHook      hook,
                                                        gpointer          user_data);

G_END_DECLS
