/* progress-test-utils.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "cw-progress-store.h"
#include "cw-test-limits.h"

G_BEGIN_DECLS

/*
 * What the progress store's tests share (test-progress-*.c, one per file of the store).
 * Every test gets its own XDG_DATA_HOME (G_TEST_OPTION_ISOLATE_DIRS), so the store lives in
 * cw_paths_get_user_data_dir() exactly as in the app. The clock is injected and the time
 * zone is UTC unless a test says otherwise.
 */

typedef sqlite3_stmt TestStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestStmt, sqlite3_finalize)

/* 2024-03-01T12:00:00Z */
#define T0        G_GINT64_CONSTANT (1709294400000000)
#define SECOND    G_GINT64_CONSTANT (1000000)
#define MINUTE    (60 * SECOND)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)

typedef struct
{
  gint64 now;
} TestClock;

/* Documents to import, in pieces. */
#define AT10 "\"2024-03-01T10:00:00Z\""
#define AT11 "\"2024-03-01T11:00:00Z\""
#define DOC_HEAD "{\"format\": \"crabwise-progress\", \"version\": 1, "
#define LESSON_OK "{\"id\": \"a\", \"state\": \"learned\", \"opened_at\": " AT10 "," \
                  " \"learned_at\": " AT11 ", \"changed_at\": " AT11 "}"

#define assert_log(log, expected) \
  G_STMT_START { \
    g_autofree char *assert_log_text = log_take (log); \
    g_assert_cmpstr (assert_log_text, ==, (expected)); \
  } G_STMT_END

char            *data_dir_new           (void);
char            *progress_path          (const char *dir);
CwProgressStore *store_open             (const char *dir,
                                         TestClock  *clock);
void             store_close            (CwProgressStore *store);
sqlite3         *db_open                (const char *path);
void             db_exec                (sqlite3    *db,
                                         const char *sql);
char            *db_query_text          (sqlite3    *db,
                                         const char *sql);
gint64           db_query_int           (sqlite3    *db,
                                         const char *sql);
GBytes          *file_bytes             (const char *path);
void             file_write             (const char *path,
                                         const void *data,
                                         gsize       length);
goffset          file_size              (const char *path);
gboolean         file_exists            (const char *dir,
                                         const char *name);
char           **dir_list               (const char *path);
void             fill_store             (CwProgressStore *store,
                                         TestClock       *clock);
void             on_changed             (CwProgressStore *store,
                                         const char      *lesson_id,
                                         GPtrArray       *log);
char            *log_take               (GPtrArray *log);
guint            review_box             (CwProgressStore *store,
                                         const char      *lesson_id,
                                         gint64          *due_usec);
gboolean         is_due                 (CwProgressStore *store,
                                         const char      *lesson_id);
void             load_fixture           (const char *dir,
                                         const char *name);
void             assert_schema_current  (const char *dir);
void             assert_fixture_v1_data (CwProgressStore *store,
                                         TestClock       *clock);
void             write_newer            (const char *dir,
                                         gboolean    leave_wal);
char            *export_without_time    (CwProgressStore *store);
void             fill_store_more        (CwProgressStore *store,
                                         TestClock       *clock);
void             on_async_done          (GObject      *source,
                                         GAsyncResult *result,
                                         gpointer      data);
GAsyncResult    *wait_for_result        (GAsyncResult **slot);
void             on_notify              (GObject    *object,
                                         GParamSpec *pspec,
                                         guint      *count);
void             remove_tree            (const char *path);

G_END_DECLS
