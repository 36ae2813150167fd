/* cw-sqlite.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-sqlite"

#include "config.h"

#include <errno.h>

#include "cw-sqlite.h"

G_DEFINE_QUARK (cw-sqlite-error-quark, cw_sqlite_error)

/* One value per letter of @types; see the header. */
static int
cw_sqlite_bind_va (sqlite3_stmt *stmt,
                   const char   *types,
                   va_list      *args)
{
  int rc = SQLITE_OK;
  int i;

  for (i = 0; types[i] != '\0' && rc == SQLITE_OK; i++)
    {
      switch (types[i])
        {
        case 's':
          {
            const char *text = va_arg (*args, const char *);

            if (text != NULL)
              rc = sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
            else
              rc = sqlite3_bind_null (stmt, i + 1);
          }
          break;

        case 'i':
          rc = sqlite3_bind_int64 (stmt, i + 1, va_arg (*args, gint64));
          break;

        case 'n':
          {
            gint64 value = va_arg (*args, gint64);

            if (value != CW_SQLITE_NO_INT)
              rc = sqlite3_bind_int64 (stmt, i + 1, value);
            else
              rc = sqlite3_bind_null (stmt, i + 1);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return rc;
}

/* Prepares @sql and binds @args; *stmt is NULL when the prepare failed. */
static int
cw_sqlite_prepare_va (sqlite3       *db,
                      sqlite3_stmt **stmt,
                      const char    *sql,
                      const char    *types,
                      va_list       *args)
{
  int rc;

  *stmt = NULL;
  rc = sqlite3_prepare_v2 (db, sql, -1, stmt, NULL);
  if (rc == SQLITE_OK)
    rc = cw_sqlite_bind_va (*stmt, types, args);

  return rc;
}

/* Steps @stmt to its end: SQLITE_OK or the error. */
static int
cw_sqlite_run (sqlite3_stmt *stmt)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
cw_sqlite_prepare (sqlite3       *db,
                   sqlite3_stmt **stmt,
                   const char    *sql,
                   const char    *types,
                   ...)
{
  va_list args;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (stmt != NULL, SQLITE_MISUSE);

  va_start (args, types);
  rc = cw_sqlite_prepare_va (db, stmt, sql, types, &args);
  va_end (args);

  return rc;
}

int
cw_sqlite_exec (sqlite3    *db,
                const char *sql,
                const char *types,
                ...)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  va_list args;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  va_start (args, types);
  rc = cw_sqlite_prepare_va (db, &stmt, sql, types, &args);
  va_end (args);
  if (rc != SQLITE_OK)
    return rc;

  return cw_sqlite_run (stmt);
}

int
cw_sqlite_rerun (sqlite3_stmt *stmt,
                 const char   *types,
                 ...)
{
  va_list args;
  int rc;

  g_return_val_if_fail (stmt != NULL, SQLITE_MISUSE);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  va_start (args, types);
  rc = cw_sqlite_bind_va (stmt, types, &args);
  va_end (args);
  if (rc != SQLITE_OK)
    return rc;

  return cw_sqlite_run (stmt);
}

int
cw_sqlite_query_int (sqlite3    *db,
                     gint64     *out,
                     const char *sql,
                     const char *types,
                     ...)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  va_list args;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (out != NULL, SQLITE_MISUSE);

  va_start (args, types);
  rc = cw_sqlite_prepare_va (db, &stmt, sql, types, &args);
  va_end (args);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      return SQLITE_OK;
    }

  return rc;
}

int
cw_sqlite_exec_script (sqlite3    *db,
                       const char *script)
{
  const char *tail = script;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  while (tail != NULL && *tail != '\0')
    {
      g_autoptr(CwSqliteStmt) stmt = NULL;
      const char *next = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (db, tail, -1, &stmt, &next);
      if (rc != SQLITE_OK)
        return rc;
      tail = next;

      /* Only whitespace after the last ';'. */
      if (stmt == NULL)
        continue;

      rc = cw_sqlite_run (stmt);
      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

void
cw_sqlite_rollback (sqlite3 *db)
{
  if (db != NULL && !sqlite3_get_autocommit (db))
    cw_sqlite_exec (db, "ROLLBACK", "");
}

const char *
cw_sqlite_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gint64
cw_sqlite_column_nullable_int (sqlite3_stmt *stmt,
                               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return CW_SQLITE_NO_INT;

  return sqlite3_column_int64 (stmt, column);
}

char *
cw_sqlite_repair_text (const char *text)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return NULL;

  return g_utf8_make_valid (text, -1);
}

char *
cw_sqlite_column_dup_text (sqlite3_stmt *stmt,
                           int           column,
                           const char   *what)
{
  const char *text = cw_sqlite_column_text (stmt, column);
  char *repaired = cw_sqlite_repair_text (text);

  if (repaired == NULL)
    return g_strdup (text);

  g_message ("Damaged text in %s was read as “%s”", what, repaired);
  return repaired;
}

int
cw_sqlite_open_immutable (const char  *path,
                          sqlite3    **db)
{
  g_autofree char *absolute = NULL;
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  *db = NULL;
  absolute = g_canonicalize_filename (path, NULL);
  file_uri = g_filename_to_uri (absolute, NULL, NULL);
  if (file_uri == NULL)
    return SQLITE_CANTOPEN;

  uri = g_strconcat (file_uri, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (*db != NULL)
    sqlite3_extended_result_codes (*db, 1);

  return rc;
}

int
cw_sqlite_open_memory (sqlite3 **db)
{
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  *db = NULL;
  rc = sqlite3_open_v2 (":memory:", db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (*db != NULL)
    sqlite3_extended_result_codes (*db, 1);

  return rc;
}

int
cw_sqlite_copy (sqlite3 *dest,
                sqlite3 *src)
{
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (dest != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (src != NULL, SQLITE_MISUSE);

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    return sqlite3_extended_errcode (dest);

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
cw_sqlite_quick_check (sqlite3  *db,
                       gboolean *ok)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (ok != NULL, SQLITE_MISUSE);

  *ok = FALSE;
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc;

  *ok = g_strcmp0 (cw_sqlite_column_text (stmt, 0), "ok") == 0;
  if (!*ok)
    g_debug ("quick_check: %s", cw_sqlite_column_text (stmt, 0));

  return SQLITE_OK;
}

void
cw_sqlite_close (sqlite3  *db,
                 gboolean  checkpoint)
{
  int rc;

  if (db == NULL)
    return;

  if (!checkpoint)
    sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  rc = sqlite3_close (db);
  if (rc != SQLITE_OK)
    g_critical ("Could not close a database: %s", sqlite3_errstr (rc));
}

gboolean
cw_sqlite_rc_is_corrupt (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ||
         rc == SQLITE_IOERR_SHORT_READ;
}

CwSqliteFailure
cw_sqlite_failure_for_rc (int rc,
                          int sys_errno)
{
  if (cw_sqlite_rc_is_corrupt (rc))
    return CW_SQLITE_FAILURE_CORRUPT;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return CW_SQLITE_FAILURE_FULL;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return CW_SQLITE_FAILURE_READ_ONLY;

    case SQLITE_CANTOPEN:
      return CW_SQLITE_FAILURE_CANTOPEN;

    case SQLITE_IOERR:
      /* SQLite reports some full disks (growing the -shm index) as I/O errors. */
      if (sys_errno == ENOSPC || sys_errno == EDQUOT)
        return CW_SQLITE_FAILURE_FULL;
      return CW_SQLITE_FAILURE_IO;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CW_SQLITE_FAILURE_BUSY;

    default:
      return CW_SQLITE_FAILURE_OTHER;
    }
}

CwSqliteFailure
cw_sqlite_failure_for_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      return CW_SQLITE_FAILURE_FULL;

    case EACCES:
    case EPERM:
    case EROFS:
      return CW_SQLITE_FAILURE_READ_ONLY;

    case EIO:
      return CW_SQLITE_FAILURE_IO;

    default:
      return CW_SQLITE_FAILURE_CANTOPEN;
    }
}

gboolean
cw_sqlite_set_error (GError     **error,
                     sqlite3     *db,
                     int          rc,
                     const char  *what)
{
  const char *message = sqlite3_errstr (rc);

  if (db != NULL && sqlite3_extended_errcode (db) == rc)
    message = sqlite3_errmsg (db);

  g_set_error (error, CW_SQLITE_ERROR, rc & 0xff, "%s: %s", what, message);
  return FALSE;
}
