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
 */


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
    rc = cw_progress_schema_check (db);

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
    cw_progress_store_set_backup_error (error, message,
                                        rc == CW_OPEN_NOT_OURS ? "schema" : sqlite3_errstr (rc));

  return NULL;
}


/* Public API */

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
