/* cw-progress-backup.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cw-progress-store-private.h"

/*
 * Backups, and restoring one (see BACKUPS in the header).
 *
 * Both are jobs: what they need of the store is copied into a CwBackupJob on the main
 * thread, after the store has checked that it can write; the job then runs through a
 * connection of its own to the progress file — on a worker for the _async functions, on the
 * caller's thread for the others — and only its outcome is turned into the store's state
 * ("can-save", "changed"), on the main thread. Cancelling stops a backup before its copy is
 * put in place, and a restore before the live file is written; after that, they happen.
 */


/* Backup files: progress-YYYYMMDDTHHMMSSZ[-N].sqlite3 in UTC, so the name sorts by time
 * and says when whatever the time zone. */

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

/* Our backups in @backup_dir, newest first; stale temporary copies are deleted on the way
 * when @clean. */
static GPtrArray *
cw_backup_scan (const char *backup_dir,
                gboolean    clean)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_backup_file_free);
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      CwBackupFile *file = cw_backup_file_parse (backup_dir, name);

      if (file != NULL)
        g_ptr_array_add (files, file);
      else if (clean && g_str_has_prefix (name, "progress-") && strstr (name, ".tmp") != NULL)
        {
          g_autofree char *path = g_build_filename (backup_dir, name, NULL);

          g_unlink (path);
        }
    }

  g_ptr_array_sort (files, cw_backup_file_compare_newest_first);

  return files;
}

static char *
cw_backup_new_path (const char *backup_dir,
                    gint64      now_usec)
{
  g_autoptr(GDateTime) now = cw_calendar_date_time (now_usec, NULL);
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  guint serial;

  if (now == NULL)
    now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "progress-%Y%m%dT%H%M%SZ");
  path = g_strdup_printf ("%s/%s.sqlite3", backup_dir, stamp);

  for (serial = 2; g_file_test (path, G_FILE_TEST_EXISTS); serial++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s-%u.sqlite3", backup_dir, stamp, serial);
    }

  return g_steal_pointer (&path);
}

static void
cw_backup_set_error (GError     **error,
                     const char  *message,
                     const char  *detail)
{
  cw_progress_set_error (error, CW_PROGRESS_ERROR_BACKUP, message, detail);
}

/* quick_check, the current schema version and every table: SQLITE_OK or why not. */
static int
cw_backup_verify_copy (const char    *path,
                       GCancellable  *cancellable,
                       char         **detail)
{
  sqlite3 *db = NULL;
  gint64 version = -1;
  gboolean ok = FALSE;
  gulong handler = 0;
  int rc;

  rc = cw_sqlite_open_immutable (path, &db);
  if (rc == SQLITE_OK)
    {
      handler = cw_progress_interrupt_on_cancel (cancellable, db);
      rc = cw_sqlite_quick_check (db, &ok);
      g_cancellable_disconnect (cancellable, handler);
    }
  if (rc == SQLITE_OK && !ok)
    rc = SQLITE_CORRUPT;
  if (rc == SQLITE_OK)
    rc = cw_sqlite_query_int (db, &version, "PRAGMA user_version", "");
  if (rc == SQLITE_OK && version != CW_PROGRESS_SCHEMA_VERSION)
    rc = CW_OPEN_NOT_OURS;
  if (rc == SQLITE_OK)
    rc = cw_progress_schema_check (db);

  if (rc != SQLITE_OK)
    *detail = g_strdup (rc == CW_OPEN_NOT_OURS ? "schema" : sqlite3_errstr (rc));

  cw_sqlite_close (db, FALSE);

  return rc;
}

/* The backup at @path copied into memory, checked, and migrated to the current schema. */
static sqlite3 *
cw_backup_load (const char  *path,
                GError     **error)
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
      cw_backup_set_error (error, message, g_strerror (ENOENT));
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
    rc = cw_progress_schema_check_version (mem, &version);
  if (rc == SQLITE_OK && version == 0)
    rc = CW_OPEN_NOT_OURS;
  if (rc == SQLITE_OK)
    rc = cw_progress_schema_migrate (mem, &version);
  if (rc == SQLITE_OK)
    rc = cw_progress_schema_check (mem);

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
    cw_backup_set_error (error, message,
                         rc == CW_OPEN_NOT_OURS ? "schema" : sqlite3_errstr (rc));

  return NULL;
}


/* Jobs: a backup and a restore, on any one thread */

/* Everything a backup or a restore needs of the store, copied on the main thread. */
typedef struct
{
  char          *path;           /* the live file */
  char          *backup_dir;
  gint64         now;
  GTimeZone     *tz;
  CwBackupHook   hook;
  gpointer       hook_data;
  char          *restore_path;   /* NULL: a daily backup; else the backup to restore */
  CwWriteResult  result;         /* a restore: how writing the live file went */
} CwBackupJob;

static CwBackupJob *
cw_backup_job_new (CwProgressStore *self,
                   const char      *restore_path)
{
  CwBackupJob *job = g_new0 (CwBackupJob, 1);

  job->path = g_strdup (self->path);
  job->backup_dir = g_strdup (self->backup_dir);
  job->now = cw_progress_store_now (self);
  job->tz = g_time_zone_ref (self->tz);
  job->hook = self->backup_hook;
  job->hook_data = self->backup_hook_data;
  job->restore_path = g_strdup (restore_path);
  job->result.rc = SQLITE_OK;

  return job;
}

static void
cw_backup_job_free (CwBackupJob *job)
{
  g_free (job->path);
  g_free (job->backup_dir);
  g_time_zone_unref (job->tz);
  g_free (job->restore_path);
  g_clear_error (&job->result.error);
  g_free (job);
}

/* The copy made and closed at @temp_path, verified; then the hook, for tests. */
static int
cw_backup_job_write_copy (CwBackupJob *job,
                          sqlite3     *live,
                          const char  *temp_path)
{
  sqlite3 *copy = NULL;
  int rc;

  rc = sqlite3_open_v2 (temp_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (copy, 1);
      rc = cw_sqlite_copy (copy, live);
    }

  /* The copy carries the live file's WAL flag; one self-contained file is what a backup is. */
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (copy, "PRAGMA journal_mode = DELETE", "");
  cw_sqlite_close (copy, TRUE);

  if (rc == SQLITE_OK && job->hook != NULL)
    job->hook (temp_path, job->hook_data);

  return rc;
}

/* Deletes all but the newest CW_PROGRESS_N_BACKUPS. */
static void
cw_backup_job_prune (CwBackupJob *job)
{
  g_autoptr(GPtrArray) files = cw_backup_scan (job->backup_dir, FALSE);
  guint i;

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
}

/* Copy, verify, rename, prune, reading the live file through @live (NULL: a connection of
 * its own). Nothing but the temporary copy is touched until the copy has verified. */
static gboolean
cw_backup_job_backup_now (CwBackupJob   *job,
                          sqlite3       *live,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *final_path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *detail = NULL;
  sqlite3 *own = NULL;
  int rc = SQLITE_OK;

  if (g_mkdir_with_parents (job->backup_dir, 0700) != 0)
    {
      int saved_errno = errno;

      cw_backup_set_error (error,
                           _("Your progress could not be backed up: the "
                             "backup folder could not be created. Check that "
                             "the data folder is writable and has free space."),
                           g_strerror (saved_errno));
      return FALSE;
    }

  g_ptr_array_unref (cw_backup_scan (job->backup_dir, TRUE));
  final_path = cw_backup_new_path (job->backup_dir, job->now);
  temp_path = g_strconcat (final_path, ".tmp", NULL);

  if (live == NULL)
    rc = cw_progress_open_worker_connection (job->path, &own);
  if (rc == SQLITE_OK)
    rc = cw_backup_job_write_copy (job, live != NULL ? live : own, temp_path);
  cw_sqlite_close (own, TRUE);
  if (rc != SQLITE_OK)
    {
      g_unlink (temp_path);
      cw_backup_set_error (error,
                           _("Your progress could not be backed up: the copy "
                             "could not be written. Check that the disk has "
                             "free space; earlier backups were kept."),
                           sqlite3_errstr (rc));
      return FALSE;
    }

  rc = cw_backup_verify_copy (temp_path, cancellable, &detail);
  if (rc != SQLITE_OK || g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (temp_path);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      cw_backup_set_error (error,
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
      cw_backup_set_error (error,
                           _("Your progress could not be backed up: the copy "
                             "could not be put in place. Check that the data "
                             "folder is writable; earlier backups were kept."),
                           g_strerror (saved_errno));
      return FALSE;
    }

  g_debug ("Backed up the progress to %s", final_path);
  cw_backup_job_prune (job);

  return TRUE;
}

/* At most one backup per local day. */
static gboolean
cw_backup_job_maybe_backup (CwBackupJob   *job,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) files = cw_backup_scan (job->backup_dir, FALSE);
  gint64 today = cw_calendar_day (job->now, job->tz);
  guint i;

  for (i = 0; i < files->len; i++)
    {
      CwBackupFile *file = g_ptr_array_index (files, i);

      if (cw_calendar_day (cw_calendar_usec (file->date), job->tz) == today)
        return TRUE;
    }

  return cw_backup_job_backup_now (job, NULL, cancellable, error);
}

/* Copies the verified backup @mem into the live file through @live, in one step; the
 * outcome goes to job->result as a write's would (an I/O error resolved as on COMMIT). */
static void
cw_backup_job_copy_in (CwBackupJob *job,
                       sqlite3     *live,
                       sqlite3     *mem)
{
  gint64 live_seq = 0;
  gint64 mem_seq = 0;
  gint64 seq;
  int rc;

  /* A counter value the live file has never had, to tell after an I/O error whether the
   * copy landed. */
  cw_sqlite_query_int (live, &live_seq, SQL_READ_SEQ, "");
  cw_sqlite_query_int (mem, &mem_seq, SQL_READ_SEQ, "");
  seq = MAX (live_seq, mem_seq) + 1;
  rc = cw_sqlite_exec (mem, SQL_SET_META, "si", "write_seq", seq);

  if (rc == SQLITE_OK)
    rc = cw_sqlite_copy (live, mem);

  if ((rc & 0xff) == SQLITE_IOERR)
    {
      job->result.commit_rc = rc;
      job->result.rc = cw_progress_resolve_commit (live, rc, seq);
    }
  else
    {
      job->result.rc = rc;
      job->result.sys_errno = rc != SQLITE_OK ? sqlite3_system_errno (live) : 0;
    }
}

/* Verifies the backup whole, saves the progress as it is now as a backup, then copies the
 * backup in. FALSE with @error when nothing was written; otherwise job->result says how
 * writing the live file went. */
static gboolean
cw_backup_job_restore (CwBackupJob   *job,
                       GCancellable  *cancellable,
                       GError       **error)
{
  GError *local_error = NULL;
  sqlite3 *mem = NULL;
  sqlite3 *live = NULL;
  gboolean ok = FALSE;
  int rc;

  /* Verified whole before anything changes; loading it first also means the safety backup
   * below may prune the very file being restored without harm. */
  mem = cw_backup_load (job->restore_path, error);
  if (mem == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  rc = cw_progress_open_worker_connection (job->path, &live);
  if (rc != SQLITE_OK)
    {
      job->result.rc = rc;
      job->result.sys_errno = live != NULL ? sqlite3_system_errno (live) : 0;
      ok = TRUE;
      goto out;
    }

  if (!cw_backup_job_backup_now (job, live, cancellable, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error_literal (&local_error, _("Nothing was restored, because the progress you "
                                                "have now could not be saved as a backup "
                                                "first. "));
      g_propagate_error (error, local_error);
      goto out;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  cw_backup_job_copy_in (job, live, mem);
  ok = TRUE;

out:
  cw_sqlite_close (live, TRUE);
  cw_sqlite_close (mem, FALSE);

  return ok;
}

static gboolean
cw_backup_job_run (CwBackupJob   *job,
                   GCancellable  *cancellable,
                   GError       **error)
{
  if (job->restore_path != NULL)
    return cw_backup_job_restore (job, cancellable, error);

  return cw_backup_job_maybe_backup (job, cancellable, error);
}

/* On the main thread: a restore's outcome as the store's state and "changed". */
static gboolean
cw_progress_store_finish_backup_job (CwProgressStore  *self,
                                     CwBackupJob      *job,
                                     GError          **error)
{
  gboolean wrote = FALSE;

  if (job->restore_path == NULL)
    return TRUE;

  if (!cw_progress_store_write_done (self, &job->result, &wrote, error))
    return FALSE;

  if (wrote)
    cw_progress_store_emit_changed (self, "all", NULL);

  return TRUE;
}

static gboolean
cw_progress_store_run_backup_job (CwProgressStore  *self,
                                  const char       *restore_path,
                                  GError          **error)
{
  CwBackupJob *job;
  gboolean ok;

  if (!cw_progress_store_check_writable (self, error))
    return FALSE;

  job = cw_backup_job_new (self, restore_path);
  ok = cw_backup_job_run (job, NULL, error) &&
       cw_progress_store_finish_backup_job (self, job, error);
  cw_backup_job_free (job);

  return ok;
}

static void
cw_backup_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (!cw_backup_job_run (task_data, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Back on the main thread: the store's state, "changed", then the caller's result. */
static void
cw_progress_store_backup_job_done (GObject      *source_object,
                                   GAsyncResult *result,
                                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CwProgressStore *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !cw_progress_store_finish_backup_job (self, g_task_get_task_data (task), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
cw_progress_store_start_backup_job (CwProgressStore     *self,
                                    const char          *restore_path,
                                    gpointer             source_tag,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  /* Once the copy is in place it has happened, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);

  if (!cw_progress_store_check_writable (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, cw_backup_job_new (self, restore_path),
                        (GDestroyNotify) cw_backup_job_free);
  cw_progress_store_run_in_worker (task, cw_backup_thread, cw_progress_store_backup_job_done);
}


/* Public API */

gboolean
cw_progress_store_maybe_backup (CwProgressStore  *self,
                                GError          **error)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_progress_store_run_backup_job (self, NULL, error);
}

void
cw_progress_store_maybe_backup_async (CwProgressStore     *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  cw_progress_store_start_backup_job (self, NULL, cw_progress_store_maybe_backup_async,
                                      cancellable, callback, user_data);
}

gboolean
cw_progress_store_maybe_backup_finish (CwProgressStore  *self,
                                       GAsyncResult     *result,
                                       GError          **error)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        cw_progress_store_maybe_backup_async, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

GPtrArray *
cw_progress_store_list_backups (CwProgressStore *self)
{
  g_autoptr(GPtrArray) files = NULL;
  GPtrArray *backups;
  guint i;

  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), NULL);

  backups = g_ptr_array_new_with_free_func (g_object_unref);
  files = cw_backup_scan (self->backup_dir, FALSE);
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
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_progress_store_run_backup_job (self, backup_path, error);
}

void
cw_progress_store_restore_backup_async (CwProgressStore     *self,
                                        const char          *backup_path,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (CW_IS_PROGRESS_STORE (self));
  g_return_if_fail (backup_path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  cw_progress_store_start_backup_job (self, backup_path, cw_progress_store_restore_backup_async,
                                      cancellable, callback, user_data);
}

gboolean
cw_progress_store_restore_backup_finish (CwProgressStore  *self,
                                         GAsyncResult     *result,
                                         GError          **error)
{
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        cw_progress_store_restore_backup_async, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
