/* fault-vfs.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "fault-vfs.h"

FaultState fault;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
  gboolean      is_wal;
  gboolean      trap_armed;
} FaultFile;

static sqlite3_vfs *fault_real_vfs;

static sqlite3_vfs fault_vfs;

#define FAULT_REAL(f) (((FaultFile *) (f))->real)

void
fault_reset (void)
{
  memset (&fault, 0, sizeof fault);
}

static int
fault_close (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xClose (FAULT_REAL (file));
}

static int
fault_read (sqlite3_file *file,
            void         *buffer,
            int           amount,
            sqlite3_int64 offset)
{
  if (fault.read_rc != SQLITE_OK)
    return fault.read_rc;

  return FAULT_REAL (file)->pMethods->xRead (FAULT_REAL (file), buffer, amount, offset);
}

static int
fault_write (sqlite3_file *file,
             const void   *buffer,
             int           amount,
             sqlite3_int64 offset)
{
  FaultFile *ff = (FaultFile *) file;
  int rc;

  if (!ff->is_wal || fault.wal_write_rc == SQLITE_OK || fault.remaining == 0)
    return ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);

  if (fault.commit_trap)
    {
      /* A WAL frame is written as a 24-byte header, then the page. A commit frame's header
       * holds the database size in bytes 4–7. Let both reach the disk, then say the page
       * write failed: a complete, valid commit the writer believes failed. */
      if (!ff->trap_armed)
        {
          if (amount == 24 && ((const guint8 *) buffer)[4] + ((const guint8 *) buffer)[5] +
                              ((const guint8 *) buffer)[6] + ((const guint8 *) buffer)[7] > 0)
            ff->trap_armed = TRUE;
          return ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);
        }

      ff->trap_armed = FALSE;
      rc = ff->real->pMethods->xWrite (ff->real, buffer, amount, offset);
      g_assert_cmpint (rc, ==, SQLITE_OK);
      if (fault.then_fail_all)
        {
          fault.commit_trap = FALSE;
          fault.remaining = -1;
          fault.read_rc = SQLITE_IOERR_READ;
          return fault.wal_write_rc;
        }
    }

  if (fault.remaining > 0)
    fault.remaining--;

  return fault.wal_write_rc;
}

static int
fault_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return FAULT_REAL (file)->pMethods->xTruncate (FAULT_REAL (file), size);
}

static int
fault_sync (sqlite3_file *file, int flags)
{
  return FAULT_REAL (file)->pMethods->xSync (FAULT_REAL (file), flags);
}

static int
fault_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return FAULT_REAL (file)->pMethods->xFileSize (FAULT_REAL (file), size);
}

static int
fault_lock (sqlite3_file *file, int lock)
{
  return FAULT_REAL (file)->pMethods->xLock (FAULT_REAL (file), lock);
}

static int
fault_unlock (sqlite3_file *file, int lock)
{
  return FAULT_REAL (file)->pMethods->xUnlock (FAULT_REAL (file), lock);
}

static int
fault_check_reserved_lock (sqlite3_file *file, int *out)
{
  return FAULT_REAL (file)->pMethods->xCheckReservedLock (FAULT_REAL (file), out);
}

static int
fault_file_control (sqlite3_file *file, int op, void *arg)
{
  return FAULT_REAL (file)->pMethods->xFileControl (FAULT_REAL (file), op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xSectorSize (FAULT_REAL (file));
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  return FAULT_REAL (file)->pMethods->xDeviceCharacteristics (FAULT_REAL (file));
}

static int
fault_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return FAULT_REAL (file)->pMethods->xShmMap (FAULT_REAL (file), page, size, extend, out);
}

static int
fault_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return FAULT_REAL (file)->pMethods->xShmLock (FAULT_REAL (file), offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  FAULT_REAL (file)->pMethods->xShmBarrier (FAULT_REAL (file));
}

static int
fault_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return FAULT_REAL (file)->pMethods->xShmUnmap (FAULT_REAL (file), delete_flag);
}

static int
fault_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return FAULT_REAL (file)->pMethods->xFetch (FAULT_REAL (file), offset, amount, out);
}

static int
fault_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return FAULT_REAL (file)->pMethods->xUnfetch (FAULT_REAL (file), offset, page);
}

static const sqlite3_io_methods fault_io_methods = {
  3,
  fault_close,
  fault_read,
  fault_write,
  fault_truncate,
  fault_sync,
  fault_file_size,
  fault_lock,
  fault_unlock,
  fault_check_reserved_lock,
  fault_file_control,
  fault_sector_size,
  fault_device_characteristics,
  fault_shm_map,
  fault_shm_lock,
  fault_shm_barrier,
  fault_shm_unmap,
  fault_fetch,
  fault_unfetch,
};

static int
fault_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  FaultFile *ff = (FaultFile *) file;
  int rc;

  ff->real = (sqlite3_file *) (ff + 1);
  ff->is_wal = (flags & SQLITE_OPEN_WAL) != 0;
  ff->trap_armed = FALSE;
  rc = fault_real_vfs->xOpen (fault_real_vfs, name, ff->real, flags, out_flags);
  file->pMethods = ff->real->pMethods != NULL ? &fault_io_methods : NULL;

  return rc;
}

void
fault_vfs_install (void)
{
  fault_real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (fault_real_vfs);

  fault_vfs = *fault_real_vfs;
  fault_vfs.zName = "cw-fault";
  fault_vfs.szOsFile = sizeof (FaultFile) + fault_real_vfs->szOsFile;
  fault_vfs.xOpen = fault_open;
  fault_vfs.pNext = NULL;
  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}
