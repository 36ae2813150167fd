/* cc-sql.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * The few SQLite helpers the content compiler's writer needs, kept in this one file so that
 * moving to shared helpers later changes nothing else.
 */

#define CC_SQL_ERROR (cc_sql_error_quark ())

typedef enum
{
  CC_SQL_ERROR_FAILED,
} CcSqlError;

GQuark        cc_sql_error_quark (void);

sqlite3      *cc_sql_create      (const char    *path,
                                  GError       **error);
gboolean      cc_sql_close       (sqlite3       *db,
                                  const char    *path,
                                  GError       **error);
gboolean      cc_sql_exec        (sqlite3       *db,
                                  const char    *sql,
                                  GError       **error);
sqlite3_stmt *cc_sql_prepare     (sqlite3       *db,
                                  const char    *sql,
                                  GError       **error);
gboolean      cc_sql_insert      (sqlite3_stmt  *stmt,
                                  GError       **error,
                                  const char    *types,
                                  ...);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
