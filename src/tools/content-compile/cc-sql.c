/* cc-sql.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <stdarg.h>

#include "cc-sql.h"

G_DEFINE_QUARK (cc-sql-error-quark, cc_sql_error)

static gboolean
cc_sql_set_error (sqlite3     *db,
                  const char  *what,
                  GError     **error)
{
  g_set_error (error, CC_SQL_ERROR, CC_SQL_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

/* Creates (or opens) the database at @path for writing; NULL with @error set on failure. */
sqlite3 *
cc_sql_create (const char  *path,
               GError     **error)
{
  g_autoptr(sqlite3) db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      cc_sql_set_error (db, path, error);
      return NULL;
    }

  return g_steal_pointer (&db);
}

/* Closes @db, which must have no statement left. */
gboolean
cc_sql_close (sqlite3     *db,
              const char  *path,
              GError     **error)
{
  if (sqlite3_close (db) != SQLITE_OK)
    {
      g_set_error (error, CC_SQL_ERROR, CC_SQL_ERROR_FAILED, "%s: cannot close the database",
                   path);
      return FALSE;
    }

  return TRUE;
}

gboolean
cc_sql_exec (sqlite3     *db,
             const char  *sql,
             GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return cc_sql_set_error (db, sql, error);

  return TRUE;
}

sqlite3_stmt *
cc_sql_prepare (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      cc_sql_set_error (db, sql, error);
      return NULL;
    }

  return stmt;
}

/*
 * Binds one row and runs @stmt once. @types has one letter per parameter, in order:
 * 't' a const char * (NULL binds SQL NULL), 'i' a gint64. The strings must live until the
 * call returns; the statement is reset and its bindings cleared for the next row.
 */
gboolean
cc_sql_insert (sqlite3_stmt  *stmt,
               GError       **error,
               const char    *types,
               ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      switch (types[i])
        {
        case 't':
          sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_STATIC);
          break;

        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;

        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  ok = sqlite3_step (stmt) == SQLITE_DONE;
  if (!ok)
    cc_sql_set_error (sqlite3_db_handle (stmt), sqlite3_sql (stmt), error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return ok;
}
