/* cw-sqlite.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * Small helpers over SQLite's C API, shared by the stores and the build-time content
 * compiler: nothing here knows what is stored. Needs GLib and SQLite only (no GIO), so a
 * build-time tool can compile cw-sqlite.c on its own (cw_sqlite_sources in meson).
 *
 * The statement helpers answer SQLite's own result codes (SQLITE_OK, or the extended code
 * of the first failure), so a caller can tell a full disk from a damaged file;
 * cw_sqlite_failure_for_rc() sorts them into what a program can act on, and
 * cw_sqlite_set_error() turns one into a GError for callers that only report it.
 *
 * Values are bound from a string of types, one letter per value, in order:
 *   's'  const char *   text; NULL binds NULL
 *   'i'  gint64         an integer (pass a gint64: cast narrower values)
 *   'n'  gint64         an integer, or NULL when it is CW_SQLITE_NO_INT
 * "" binds nothing.
 */

/* The integer that 'n' binds as NULL, and cw_sqlite_column_nullable_int() reads NULL as. */
#define CW_SQLITE_NO_INT G_MININT64

typedef sqlite3_stmt CwSqliteStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwSqliteStmt, sqlite3_finalize)

/* Why an SQLite call failed, as far as a program can act on it. */
typedef enum
{
  CW_SQLITE_FAILURE_OTHER,      /* a bug, a constraint, out of memory, … */
  CW_SQLITE_FAILURE_FULL,       /* the disk (or quota) is full */
  CW_SQLITE_FAILURE_READ_ONLY,  /* the file or its folder cannot be written */
  CW_SQLITE_FAILURE_CANTOPEN,   /* the file cannot be opened or created */
  CW_SQLITE_FAILURE_IO,         /* the disk reported an error */
  CW_SQLITE_FAILURE_BUSY,       /* another connection holds a lock */
  CW_SQLITE_FAILURE_CORRUPT,    /* the file is damaged or not a database */
} CwSqliteFailure;

/* GError domain of cw_sqlite_set_error(); the code is SQLite's primary result code. */
#define CW_SQLITE_ERROR (cw_sqlite_error_quark ())

GQuark           cw_sqlite_error_quark         (void);

/* Statements. Each runs to its end (rows are stepped over) and answers SQLITE_OK or the
 * first error; *stmt is NULL when the prepare failed. */
int              cw_sqlite_prepare             (sqlite3        *db,
                                                sqlite3_stmt  **stmt,
                                                const char     *sql,
                                                const char     *types,
                                                ...);
int              cw_sqlite_exec                (sqlite3        *db,
                                                const char     *sql,
                                                const char     *types,
                                                ...);
/* Resets a prepared statement, binds new values and runs it again: a statement run once per
 * row is prepared once. */
int              cw_sqlite_rerun               (sqlite3_stmt   *stmt,
                                                const char     *types,
                                                ...);
/* The first column of the first row in *out: SQLITE_OK, SQLITE_DONE when there is no row
 * (*out untouched), or the error. */
int              cw_sqlite_query_int           (sqlite3        *db,
                                                gint64         *out,
                                                const char     *sql,
                                                const char     *types,
                                                ...);
/* Several statements of constant SQL, each prepared and run in turn. */
int              cw_sqlite_exec_script         (sqlite3        *db,
                                                const char     *script);
/* ROLLBACK when a transaction is open; nothing otherwise. @db may be NULL. */
void             cw_sqlite_rollback            (sqlite3        *db);

/* Columns. */
const char      *cw_sqlite_column_text         (sqlite3_stmt   *stmt,
                                                int             column);
gint64           cw_sqlite_column_nullable_int (sqlite3_stmt   *stmt,
                                                int             column);
/* SQLite does not check that TEXT is UTF-8, and damage inside a text passes
 * integrity_check: NULL when @text is valid UTF-8 (or NULL), else a copy with each damaged
 * byte replaced by U+FFFD. */
char            *cw_sqlite_repair_text         (const char     *text);
/* A text column, repaired if damaged (a message names @what in the log); NULL for NULL. */
char            *cw_sqlite_column_dup_text     (sqlite3_stmt   *stmt,
                                                int             column,
                                                const char     *what);

/* Connections; each has extended result codes on. */
/* Read-only and lock-free through "file:…?immutable=1": no -wal or -shm file is created
 * beside @path (a read-only folder refuses them). *db may be set even on failure. */
int              cw_sqlite_open_immutable      (const char     *path,
                                                sqlite3       **db);
/* A private in-memory database. */
int              cw_sqlite_open_memory         (sqlite3       **db);
/* Replaces the whole "main" database of @dest with that of @src (SQLite's backup API, in
 * one step): SQLITE_OK or the error. */
int              cw_sqlite_copy                (sqlite3        *dest,
                                                sqlite3        *src);
/* PRAGMA quick_check(1): SQLITE_OK with *ok set (FALSE: damage was found), or the error
 * that kept it from running. Bytes overwritten in the middle of a file can pass ordinary
 * queries and only show up here. */
int              cw_sqlite_quick_check         (sqlite3        *db,
                                                gboolean       *ok);
/* Closes @db (NULL is fine). Without @checkpoint, the last connection to a WAL file leaves
 * the file and its log exactly as they are (no checkpoint into the file at close). */
void             cw_sqlite_close               (sqlite3        *db,
                                                gboolean        checkpoint);

/* Failures. @sys_errno is sqlite3_system_errno() right after the failure (0 if unknown): an
 * I/O error caused by ENOSPC or EDQUOT is a full disk. */
CwSqliteFailure  cw_sqlite_failure_for_rc      (int             rc,
                                                int             sys_errno);
/* The same for a failed system call on a database's file (rename, mkdir, open). */
CwSqliteFailure  cw_sqlite_failure_for_errno   (int             saved_errno);
gboolean         cw_sqlite_rc_is_corrupt       (int             rc);
/* "@what: <SQLite's message>" in CW_SQLITE_ERROR; the message is @db's last one when @db is
 * given and still reports @rc, otherwise sqlite3_errstr(@rc). Returns FALSE. */
gboolean         cw_sqlite_set_error           (GError        **error,
                                                sqlite3        *db,
                                                int             rc,
                                                const char     *what);

G_END_DECLS
