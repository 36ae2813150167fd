/* cw-progress-schema.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include "cw-progress-store-private.h"

/*
 * The schema of the progress file: migrations keyed on PRAGMA user_version, each in one
 * transaction, and the checks that tell a progress store from any other SQLite file.
 */

/* Version 1: lesson states and self-check answers, times in seconds. */
static const char cw_progress_migration_1[] =
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value"
  ");"
  "CREATE TABLE lessons ("
  "  lesson_id  TEXT PRIMARY KEY NOT NULL,"
  "  state      TEXT NOT NULL CHECK (state IN ('in-progress', 'learned')),"
  "  opened_at  INTEGER NOT NULL,"
  "  learned_at INTEGER"
  ");"
  "CREATE TABLE answers ("
  "  id          INTEGER PRIMARY KEY,"
  "  lesson_id   TEXT NOT NULL,"
  "  question    INTEGER NOT NULL CHECK (question >= 0),"
  "  choice      INTEGER NOT NULL CHECK (choice >= 0),"
  "  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),"
  "  answered_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX answers_by_question ON answers (lesson_id, question);"
  "PRAGMA user_version = 1;";

/* Version 2: notes and the review schedule. Lessons learned before there was a schedule
 * start in box 1, due a day after they were learned. */
static const char cw_progress_migration_2[] =
  "CREATE TABLE notes ("
  "  lesson_id  TEXT PRIMARY KEY NOT NULL,"
  "  text       TEXT NOT NULL,"
  "  changed_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE reviews ("
  "  lesson_id   TEXT PRIMARY KEY NOT NULL"
  "              REFERENCES lessons (lesson_id) ON DELETE CASCADE,"
  "  box         INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),"
  "  due_at      INTEGER NOT NULL,"
  "  reviewed_at INTEGER"
  ");"
  "INSERT INTO reviews (lesson_id, box, due_at)"
  "  SELECT lesson_id, 1, coalesce(learned_at, opened_at) + 86400"
  "    FROM lessons WHERE state = 'learned';"
  "PRAGMA user_version = 2;";

/* Version 3: microseconds everywhere (two answers in the same second keep their order),
 * the time a lesson got its state, the Fibonacci runs, the activity log for streaks
 * (backfilled from every time already known) and the write counter. */
static const char cw_progress_migration_3[] =
  "UPDATE lessons SET opened_at = opened_at * 1000000, learned_at = learned_at * 1000000;"
  "ALTER TABLE lessons ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;"
  "UPDATE lessons SET changed_at = coalesce(learned_at, opened_at);"
  "UPDATE answers SET answered_at = answered_at * 1000000;"
  "UPDATE notes SET changed_at = changed_at * 1000000;"
  "UPDATE reviews SET due_at = due_at * 1000000, reviewed_at = reviewed_at * 1000000;"
  "CREATE INDEX reviews_by_due ON reviews (due_at);"
  "CREATE TABLE fib_runs ("
  "  id            INTEGER PRIMARY KEY,"
  "  n             INTEGER NOT NULL CHECK (n >= 0),"
  "  algorithm     TEXT NOT NULL,"
  "  elapsed_ns    INTEGER NOT NULL CHECK (elapsed_ns >= 0),"
  "  value_preview TEXT NOT NULL,"
  "  ran_at        INTEGER NOT NULL"
  ");"
  "CREATE TABLE activity ("
  "  slot_start INTEGER PRIMARY KEY NOT NULL"
  ");"
  "INSERT OR IGNORE INTO activity (slot_start)"
  "  SELECT t / 1000000 - (t / 1000000) % 900 FROM ("
  "    SELECT opened_at AS t FROM lessons"
  "    UNION ALL SELECT learned_at FROM lessons WHERE learned_at IS NOT NULL"
  "    UNION ALL SELECT answered_at FROM answers"
  "    UNION ALL SELECT changed_at FROM notes"
  "    UNION ALL SELECT reviewed_at FROM reviews WHERE reviewed_at IS NOT NULL);"
  "INSERT OR REPLACE INTO meta (key, value) VALUES ('write_seq', 0);"
  "PRAGMA user_version = 3;";

/* Version 4: practice exercises, one row per exercise the learner touched. The state is not
 * stored but follows from the row (passed once first_passed_at is set, attempted once an
 * attempt is counted), so no write can leave a pass without its date or undo a pass. Times
 * in microseconds, as everywhere since version 3. */
static const char cw_progress_migration_4[] =
  "CREATE TABLE exercises ("
  "  exercise_id       TEXT PRIMARY KEY NOT NULL,"
  "  attempts          INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
  "  first_passed_at   INTEGER CHECK (first_passed_at IS NULL OR attempts >= 1),"
  "  hints_shown       INTEGER NOT NULL DEFAULT 0 CHECK (hints_shown BETWEEN 0 AND 3),"
  "  solution_revealed INTEGER NOT NULL DEFAULT 0 CHECK (solution_revealed IN (0, 1)),"
  "  draft             TEXT,"
  "  draft_saved_at    INTEGER CHECK ((draft IS NULL) = (draft_saved_at IS NULL))"
  ");"
  "PRAGMA user_version = 4;";

static const char * const cw_progress_migrations[CW_PROGRESS_SCHEMA_VERSION] = {
  cw_progress_migration_1,
  cw_progress_migration_2,
  cw_progress_migration_3,
  cw_progress_migration_4,
};

/* Every table and column the store reads or writes; preparing these proves the schema. */
static const char * const cw_progress_schema_probes[] = {
  "SELECT key, value FROM meta",
  "SELECT lesson_id, state, opened_at, learned_at, changed_at FROM lessons",
  "SELECT id, lesson_id, question, choice, correct, answered_at FROM answers",
  "SELECT lesson_id, text, changed_at FROM notes",
  "SELECT lesson_id, box, due_at, reviewed_at FROM reviews",
  "SELECT id, n, algorithm, elapsed_ns, value_preview, ran_at FROM fib_runs",
  "SELECT slot_start FROM activity",
  "SELECT exercise_id, attempts, first_passed_at, hints_shown, solution_revealed, draft,"
  "       draft_saved_at FROM exercises",
};

/* Everything but the write counter (see cw-progress-write.c). */
static const char * const cw_progress_reset_sql[] = {
  "DELETE FROM reviews",
  "DELETE FROM lessons",
  "DELETE FROM answers",
  "DELETE FROM notes",
  "DELETE FROM fib_runs",
  "DELETE FROM activity",
  "DELETE FROM exercises",
  "DELETE FROM meta WHERE key <> 'write_seq'",
};

/* SQLITE_OK, CW_OPEN_NOT_OURS when a table or column is missing, or the error. */
int
cw_progress_schema_check (sqlite3 *db)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cw_progress_schema_probes); i++)
    {
      g_autoptr(CwSqliteStmt) stmt = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (db, cw_progress_schema_probes[i], -1, &stmt, NULL);
      if (rc == SQLITE_ERROR)
        return CW_OPEN_NOT_OURS;
      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

/* Brings a database from *version to the current schema, one transaction per step. A
 * step that SQLite refuses (a table already there, one missing, a constraint) means the
 * file is not what its version says: CW_OPEN_NOT_OURS. */
int
cw_progress_schema_migrate (sqlite3 *db,
                            gint64  *version)
{
  while (*version < CW_PROGRESS_SCHEMA_VERSION)
    {
      gint64 found = 0;
      gint64 violations = 0;
      int rc;

      rc = cw_sqlite_exec (db, "BEGIN IMMEDIATE", "");
      if (rc == SQLITE_OK)
        rc = cw_sqlite_query_int (db, &found, "PRAGMA user_version", "");
      if (rc == SQLITE_OK && found != *version)
        {
          /* Another copy of Crabwise migrated it meanwhile. */
          cw_sqlite_rollback (db);
          *version = found;
          if (found > CW_PROGRESS_SCHEMA_VERSION)
            return CW_OPEN_NEWER;
          continue;
        }

      if (rc == SQLITE_OK)
        {
          rc = cw_sqlite_exec_script (db, cw_progress_migrations[*version]);
          if ((rc & 0xff) == SQLITE_ERROR || (rc & 0xff) == SQLITE_CONSTRAINT)
            rc = CW_OPEN_NOT_OURS;
        }

      if (rc == SQLITE_OK)
        {
          rc = cw_sqlite_query_int (db, &violations,
                                    "SELECT count(*) FROM pragma_foreign_key_check", "");
          if (rc == SQLITE_OK && violations > 0)
            rc = CW_OPEN_NOT_OURS;
        }

      if (rc == SQLITE_OK)
        rc = cw_sqlite_exec (db, "COMMIT", "");

      if (rc != SQLITE_OK)
        {
          cw_sqlite_rollback (db);
          return rc;
        }

      g_debug ("Migrated the progress store from version %d to %d",
               (int) *version, (int) *version + 1);
      (*version)++;
    }

  return SQLITE_OK;
}

/* Version check and, for a version-0 file, whether it is empty (ours to fill) or someone
 * else's database. */
int
cw_progress_schema_check_version (sqlite3 *db,
                                  gint64  *version)
{
  gint64 n_objects = 0;
  int rc;

  rc = cw_sqlite_query_int (db, version, "PRAGMA user_version", "");
  if (rc != SQLITE_OK)
    return rc;

  if (*version > CW_PROGRESS_SCHEMA_VERSION)
    return CW_OPEN_NEWER;
  if (*version < 0)
    return CW_OPEN_NOT_OURS;

  if (*version == 0)
    {
      rc = cw_sqlite_query_int (db, &n_objects, "SELECT count(*) FROM sqlite_schema", "");
      if (rc != SQLITE_OK)
        return rc;
      if (n_objects > 0)
        return CW_OPEN_NOT_OURS;
    }

  return SQLITE_OK;
}

/* Deletes all progress, inside the caller's transaction. */
int
cw_progress_schema_delete_all (sqlite3 *db)
{
  gsize i;
  int rc = SQLITE_OK;

  for (i = 0; i < G_N_ELEMENTS (cw_progress_reset_sql) && rc == SQLITE_OK; i++)
    rc = cw_sqlite_exec (db, cw_progress_reset_sql[i], "");

  return rc;
}
