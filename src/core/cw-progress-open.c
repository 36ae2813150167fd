/* cw-progress-open.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cw-progress-store-private.h"

/*
 * Opening the progress file. Opening is a small state machine
 * (cw_progress_store_open_file()): each step's SQLite result is classified once — damaged
 * (move the file aside and start again, once), cannot write (fall back to a read-only
 * in-memory copy, cw_progress_store_open_snapshot()), newer version or out of memory
 * (fail). Before SQLite sees the file, what is in its place is checked, and a write-ahead
 * log that is not the file's is set aside.
 */

#define CW_BUSY_TIMEOUT_MS      5000

/* SQLite checkpoints its log after 1,000 pages by default (4 MiB): on a small disk the log
 * alone filled it after ~20 writes. A checkpoint every 16 pages (64 KiB, a handful of
 * writes) costs little at our rate of writes, and the log is cut back to nothing when it
 * restarts, so the disk's space goes to the progress itself. */
#define CW_WAL_CHECKPOINT_PAGES 16
#define CW_WAL_SIZE_LIMIT       0

typedef enum
{
  CW_OPEN_OK,
  CW_OPEN_CANNOT_WRITE,
  CW_OPEN_DAMAGED,
  CW_OPEN_ERROR,
} CwOpenResult;

/* A failed rename or mkdir as a cause: never CW_CAUSE_NONE. */
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


/* The unclean-exit marker */

gboolean
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

gboolean
cw_progress_store_log_has_content (CwProgressStore *self)
{
  g_autofree char *wal_path = g_strconcat (self->path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal_path, &st) == 0 && st.st_size > 0;
}


/* The file's header and its write-ahead log, read before SQLite opens them */

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

/* The 100-byte header of the SQLite file at @path: 1 when it has one, 0 when it has none
 * (too short, or not SQLite), -1 when it cannot be read. */
static int
cw_db_read_header_bytes (const char *path,
                         guint8      header[100])
{
  ssize_t n_read;
  int fd;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return -1;
  n_read = read (fd, header, 100);
  close (fd);

  return n_read == 100 && memcmp (header, "SQLite format 3", 16) == 0 ? 1 : 0;
}

static guint32
cw_db_header_page_size (const guint8 header[100])
{
  guint32 page_size = cw_read_be (header + 16, 2);

  return page_size == 1 ? 65536 : page_size;
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
  guint32 n_pages;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;

  if (st.st_size < (goffset) sizeof header)
    return FALSE;

  /* Pages may still live in the log (another copy of Crabwise is running). */
  if (g_stat (wal_path, &st) == 0 && st.st_size > 0)
    return TRUE;
  if (g_stat (path, &st) != 0)
    return TRUE;

  switch (cw_db_read_header_bytes (path, header))
    {
    case -1:
      return TRUE;

    case 0:
      return FALSE;

    default:
      break;
    }

  /* The in-header size is only valid when "version-valid-for" matches the change counter. */
  if (cw_read_be (header + 24, 4) != cw_read_be (header + 92, 4))
    return TRUE;

  n_pages = cw_read_be (header + 28, 4);
  if (n_pages == 0)
    return TRUE;

  return (goffset) st.st_size == (goffset) cw_db_header_page_size (header) * n_pages;
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

  if (cw_db_read_header_bytes (path, header) != 1)
    return FALSE;

  *page_size = cw_db_header_page_size (header);
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


/* Opening for writing, and recovering from a damaged file */

/* What SQLite answered is none of the troubles opening handles (out of memory, a bug). */
static void
cw_progress_set_open_error (int      rc,
                            GError **error)
{
  cw_progress_set_error (error, CW_PROGRESS_ERROR_FAILED,
                         _("Your progress could not be opened because of an unexpected error. "
                           "Restart Crabwise; if this keeps happening, please report it."),
                         sqlite3_errstr (rc));
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
  rc = cw_progress_schema_check_version (db, version);
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
    rc = cw_progress_schema_migrate (db, version);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (db, "PRAGMA foreign_keys = ON", "");
  if (rc == SQLITE_OK)
    rc = cw_progress_schema_check (db);

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

  *cause = cw_progress_cause_for_failure (rc, sys_errno);
  /* The file itself read-only in a folder that is not: say which to fix. */
  if (*cause == CW_CAUSE_READ_ONLY && access (self->data_dir, W_OK) == 0 &&
      access (self->path, W_OK) != 0)
    *cause = CW_CAUSE_FILE_READ_ONLY;
  if (*cause != CW_CAUSE_NONE)
    {
      g_debug ("%s cannot be opened for writing: %s", self->path, sqlite3_errstr (rc));
      return CW_OPEN_CANNOT_WRITE;
    }

  cw_progress_set_open_error (rc, error);
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

/* Renames @from + @suffixes[0] to @to + @suffixes[0], then @from + each other suffix that
 * exists likewise, never over an existing file and never deleting one. FALSE with *cause
 * when the first cannot be moved; the others are only logged. */
static gboolean
cw_rename_aside (const char         *from,
                 const char         *to,
                 const char * const *suffixes,
                 CwCause            *cause)
{
  guint i;

  for (i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *target = g_strconcat (to, suffixes[i], NULL);
      int saved_errno;

      if ((i > 0 && !g_file_test (source, G_FILE_TEST_EXISTS)) || g_rename (source, target) == 0)
        continue;

      saved_errno = errno;
      if (i > 0)
        {
          g_warning ("Could not move %s aside: %s", source, g_strerror (saved_errno));
          continue;
        }

      g_debug ("Could not move %s aside: %s", source, g_strerror (saved_errno));
      *cause = cw_cause_for_errno (saved_errno);
      return FALSE;
    }

  return TRUE;
}

/* A log that is not ours (see cw_progress_store_check_wal()) goes aside with its -shm,
 * never deleted, before SQLite can replay it. FALSE with *cause when it cannot be moved:
 * then the file must not be opened for writing. */
static gboolean
cw_progress_store_set_aside_log (CwProgressStore *self,
                                 gboolean         had_marker,
                                 CwCause         *cause)
{
  static const char * const suffixes[] = { "-wal", "-shm", NULL };
  g_autofree char *target = NULL;

  if (cw_progress_store_check_wal (self, had_marker) != CW_WAL_FOREIGN)
    return TRUE;

  target = cw_progress_store_aside_name (self, "stale");
  if (!cw_rename_aside (self->path, target, suffixes, cause))
    return FALSE;

  g_message ("A write-ahead log that does not belong to the progress file was moved to %s-wal",
             target);
  cw_progress_store_take_log_set_aside (self, g_strconcat (target, "-wal", NULL));

  return TRUE;
}

/* Renames the damaged file and its -wal and -shm aside, never over an existing file. */
static gboolean
cw_progress_store_move_aside (CwProgressStore *self,
                              CwCause         *cause)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", NULL };
  g_autofree char *target = cw_progress_store_aside_name (self, "corrupt");

  if (!cw_rename_aside (self->path, target, suffixes, cause))
    return FALSE;

  g_message ("The progress file was damaged; it was moved to %s and a fresh one started",
             target);
  cw_progress_store_take_recovered_from (self, g_steal_pointer (&target));

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
gboolean
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


/* Read-only sessions and reopening */

/* A private in-memory copy of the file (or an empty store) for when it cannot be written:
 * immutable=1 reads it without taking locks or creating -wal and -shm files, which a
 * read-only folder would refuse. Damage here only means starting empty: the file itself is
 * left for a later start to move aside. */
sqlite3 *
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
      cw_progress_set_open_error (rc, error);
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
      rc = cw_progress_schema_check_version (mem, &version);
      if (rc == CW_OPEN_NEWER)
        {
          cw_sqlite_close (mem, FALSE);
          cw_progress_store_set_newer_error (self, version, error);
          return NULL;
        }
      if (rc == SQLITE_OK)
        rc = cw_sqlite_quick_check (mem, &ok);
      if (rc == SQLITE_OK && ok)
        rc = cw_progress_schema_migrate (mem, &version);
      if (rc == SQLITE_OK && ok)
        rc = cw_progress_schema_check (mem);

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
      rc = cw_progress_schema_migrate (mem, &version);
    }

  if (rc == SQLITE_OK)
    rc = cw_sqlite_exec (mem, "PRAGMA foreign_keys = ON", "");

  if (rc != SQLITE_OK)
    {
      cw_sqlite_close (mem, FALSE);
      cw_progress_set_open_error (rc, error);
      return NULL;
    }

  return mem;
}

/* While read-only, every write first tries the file again: saving resumes by itself once
 * the folder is writable or the disk has room. */
gboolean
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


/* A worker's own connection */

/* A worker's own connection to the progress file: never creates it, waits for the store's
 * own writes, and is set up as the store's connection is. */
int
cw_progress_open_worker_connection (const char  *path,
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
