/* bench-content.c — SPDX-License-Identifier: GPL-3.0-or-later */

/* clock_gettime() and CLOCK_MONOTONIC are POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cw-content-schema.h"
#include "cw-content-store.h"

/*
 * How fast the content store opens and searches, on the real lesson database and on a
 * generated one a thousand times larger, each beside the same work done with bare SQLite
 * (no checks, no GObjects, no snippet) in the same run. It prints figures; it never fails
 * on time, because times on shared CI machines vary by ±20 % run to run.
 *
 *   bench-content [--lessons N] [--runs N] [--opens N] [--keep] [REAL-content.sqlite3]
 *
 * Without a path it uses CRABWISE_CONTENT_DB; when neither names a file, the real database
 * is skipped with a message.
 */

#define SEARCH_LIMIT 50

static const char * const queries[] = {
  "borrow", "option", "async", "cargo", "mut", "closure", "lifetime", "trait", "iterator",
  "string", "error", "result", "match", "struct", "enum", "vector", "clone", "move",
  "reference", "null", "promise", "await", "module", "test", "thread",
  "own", "res", "bor", "borrow checker", "let mut",
};

/* Words for the generated lessons: the queried ones among plenty of others, so some
 * queries match a few rows and some ("mut", "let") match most of them. */
static const char * const words[] = {
  "borrow", "borrowing", "owner", "ownership", "option", "some", "none", "async", "await",
  "future", "promise", "cargo", "crate", "mut", "mutable", "closure", "lifetime", "trait",
  "iterator", "string", "slice", "error", "result", "match", "struct", "enum", "vector",
  "clone", "copy", "move", "reference", "null", "undefined", "module", "test", "thread",
  "channel", "value", "function", "compiler", "memory", "garbage", "collector", "type",
  "generic", "pattern", "loop", "array", "object", "class", "method", "field", "private",
  "public", "import", "export", "package", "build", "release", "debug", "panic", "unwrap",
  "expect", "return", "early", "question", "mark", "scope", "drop", "heap", "stack",
  "pointer", "box", "rc", "arc", "mutex", "lock", "send", "sync", "napi", "node", "javascript",
  "rust", "number", "integer", "float", "overflow", "checked", "wrapping", "shadow", "const",
  "let", "variable", "binding", "assign", "compare", "equal", "hash", "map", "set", "key",
  "insert", "remove", "length", "index", "range", "filter", "collect", "sum", "fold",
  "callback", "event", "server", "request", "response", "file", "read", "write", "path",
  "command", "line", "argument", "parse", "format", "print", "debugging", "macro", "attribute",
  "derive", "impl", "self", "where", "bound", "dyn", "static", "unsafe", "lesson", "example",
};

typedef struct
{
  const char *name;
  char       *path;
  guint       n_lessons;
  guint       n_rows;
  goffset     size;
  double      build_s;
} Database;

typedef struct
{
  double store_median_us;
  double raw_median_us;
} OpenResult;

typedef struct
{
  double store_p50_us;
  double store_p99_us;
  double raw_p50_us;
  double raw_p99_us;
  double mean_hits;
} SearchResult;

static guint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return (guint64) ts.tv_sec * G_GUINT64_CONSTANT (1000000000) + (guint64) ts.tv_nsec;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile of @samples (sorted in place). */
static double
percentile (GArray *samples,
            double  p)
{
  gsize rank;

  g_array_sort (samples, compare_double);
  rank = (gsize) (p / 100.0 * samples->len + 0.999999);
  rank = CLAMP (rank, 1, samples->len);

  return g_array_index (samples, double, rank - 1);
}

static void
check_sqlite (sqlite3    *db,
              int         rc,
              const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      g_printerr ("bench-content: %s: %s\n", what, sqlite3_errmsg (db));
      exit (1);
    }
}

/* Mirrors the store's free-text → FTS5 conversion for the fixed ASCII query list. */
static char *
build_match (const char *text)
{
  g_auto(GStrv) terms = g_regex_split_simple ("[^A-Za-z0-9]+", text, 0, 0);
  g_autoptr(GString) match = g_string_new (NULL);
  guint i;

  for (i = 0; terms[i] != NULL; i++)
    {
      if (*terms[i] == '\0')
        continue;
      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_printf (match, "\"%s\"", terms[i]);
    }
  g_string_append_c (match, '*');

  return g_string_free (g_steal_pointer (&match), FALSE);
}

static void
append_words (GString    *out,
              GRand      *rand,
              guint       min,
              guint       max)
{
  guint n = (guint) g_rand_int_range (rand, (gint32) min, (gint32) max + 1);
  guint i;

  for (i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, (i % 11 == 0) ? '.' : ' ');
      if (i % 11 == 0 && i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
}

static char *
make_words (GRand *rand,
            guint  min,
            guint  max)
{
  GString *out = g_string_new (NULL);

  append_words (out, rand, min, max);

  return g_string_free (out, FALSE);
}

static char *
make_code (GRand      *rand,
           gboolean    rust,
           guint       lines)
{
  GString *out = g_string_new (rust ? "fn main() {\n" : "function main() {\n");
  guint i;

  for (i = 0; i < lines; i++)
    {
      const char *a = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
      const char *b = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
      const char *c = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (rust)
        g_string_append_printf (out, "    let %s%s = %s.%s(&%s);\n",
                                i % 3 == 0 ? "mut " : "", a, b, c, a);
      else
        g_string_append_printf (out, "  const %s = %s.%s(%s) < 3 && ok;\n", a, b, c, a);
    }
  g_string_append (out, "}\n");

  return g_string_free (out, FALSE);
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  check_sqlite (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), sql);

  return stmt;
}

static void
step_done (sqlite3      *db,
           sqlite3_stmt *stmt)
{
  check_sqlite (db, sqlite3_step (stmt), sqlite3_sql (stmt));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
bind_text_take (sqlite3_stmt *stmt,
                int           column,
                char         *text)
{
  sqlite3_bind_text (stmt, column, text, -1, g_free);
}

/* A lesson database built from CW_CONTENT_SCHEMA_SQL like the real one: per lesson one
 * lesson row, four in five a concept, three snippet pairs, one in five a use case, and the
 * FTS rows for all of them. */
static void
generate_database (Database *database,
                   guint     n_lessons)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d",
                                             CW_CONTENT_SCHEMA_VERSION);
  sqlite3_stmt *lesson;
  sqlite3_stmt *concept;
  sqlite3_stmt *pair;
  sqlite3_stmt *use_case;
  sqlite3_stmt *search;
  sqlite3 *db = NULL;
  guint64 start = now_ns ();
  GStatBuf st;
  guint i;
  int rc;

  rc = sqlite3_open (database->path, &db);
  check_sqlite (db, rc, database->path);
  check_sqlite (db, sqlite3_exec (db, "PRAGMA journal_mode = DELETE; BEGIN", NULL, NULL, NULL),
                "begin");
  check_sqlite (db, sqlite3_exec (db, CW_CONTENT_SCHEMA_SQL
                                  "INSERT INTO meta VALUES ('rustc_version', '1.95.0');"
                                  "INSERT INTO parts VALUES ('all', 1, 'All', 'Everything.');",
                                  NULL, NULL, NULL), "schema");

  lesson = prepare (db, "INSERT INTO lessons (id, position, part_id, part_position, title,"
                        " summary, summary_markup, intro, intro_plain)"
                        " VALUES (?1, ?2, 'all', ?2, ?3, ?4, ?4, ?5, ?5)");
  concept = prepare (db, "INSERT INTO concepts (lesson_id, part_id, position, name, javascript,"
                         " rust, key_difference, plain) VALUES (?1, 'all', ?2, ?3, ?4, ?5, ?6,"
                         " ?4 || char(10) || ?5 || char(10) || ?6)");
  pair = prepare (db, "INSERT INTO snippet_pairs (lesson_id, position, stem, caption, text,"
                      " text_plain, js_file, js_code, js_output, js_check, rust_file, rust_code,"
                      " rust_mode, rust_edition, rust_expect, rust_output)"
                      " VALUES (?1, ?2, 'pair', ?3, ?4, ?4, ?5, ?6, ?7, 'run', ?8, ?9, 'bin',"
                      " '2024', 'output', ?10)");
  use_case = prepare (db, "INSERT INTO use_cases (lesson_id, position, area, examples, why,"
                          " why_plain) VALUES (?1, 1, ?2, ?3, ?4, ?4)");
  search = prepare (db, "INSERT INTO search_docs (lesson_id, kind, position, title, body, code)"
                        " VALUES (?, ?, ?, ?, ?, ?)");

  for (i = 0; i < n_lessons; i++)
    {
      g_autofree char *id = g_strdup_printf ("lesson-%05u", i);
      g_autofree char *title = make_words (rand, 2, 5);
      g_autofree char *summary = make_words (rand, 12, 24);
      g_autofree char *intro = make_words (rand, 60, 140);
      g_autofree char *body = g_strconcat (summary, "\n\n", intro, NULL);
      guint p;

      sqlite3_bind_text (lesson, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (lesson, 2, (int) i + 1);
      sqlite3_bind_text (lesson, 3, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (lesson, 4, summary, -1, SQLITE_STATIC);
      sqlite3_bind_text (lesson, 5, intro, -1, SQLITE_STATIC);
      step_done (db, lesson);

      sqlite3_bind_text (search, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (search, 2, "lesson", -1, SQLITE_STATIC);
      sqlite3_bind_int (search, 3, 0);
      sqlite3_bind_text (search, 4, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (search, 5, body, -1, SQLITE_STATIC);
      sqlite3_bind_text (search, 6, "", -1, SQLITE_STATIC);
      step_done (db, search);
      database->n_rows++;

      if (i % 5 != 4)
        {
          g_autofree char *name = make_words (rand, 1, 3);
          g_autofree char *js = make_words (rand, 12, 25);
          g_autofree char *rust = make_words (rand, 12, 25);
          g_autofree char *difference = make_words (rand, 10, 20);
          g_autofree char *concept_body = g_strjoin ("\n\n", js, rust, difference, NULL);

          sqlite3_bind_text (concept, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_int (concept, 2, (int) i + 1);
          sqlite3_bind_text (concept, 3, name, -1, SQLITE_STATIC);
          sqlite3_bind_text (concept, 4, js, -1, SQLITE_STATIC);
          sqlite3_bind_text (concept, 5, rust, -1, SQLITE_STATIC);
          sqlite3_bind_text (concept, 6, difference, -1, SQLITE_STATIC);
          step_done (db, concept);

          sqlite3_bind_text (search, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 2, "concept", -1, SQLITE_STATIC);
          sqlite3_bind_int (search, 3, 0);
          sqlite3_bind_text (search, 4, name, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 5, concept_body, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 6, "", -1, SQLITE_STATIC);
          step_done (db, search);
          database->n_rows++;
        }

      for (p = 1; p <= 3; p++)
        {
          g_autofree char *caption = make_words (rand, 3, 6);
          g_autofree char *text = make_words (rand, 15, 40);
          g_autofree char *js_code = make_code (rand, FALSE, 4 + p);
          g_autofree char *rust_code = make_code (rand, TRUE, 5 + p);
          g_autofree char *code = g_strconcat (js_code, "\n", rust_code, NULL);

          sqlite3_bind_text (pair, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_int (pair, 2, (int) p);
          sqlite3_bind_text (pair, 3, caption, -1, SQLITE_STATIC);
          sqlite3_bind_text (pair, 4, text, -1, SQLITE_STATIC);
          bind_text_take (pair, 5, g_strdup_printf ("%u-pair.js", p));
          sqlite3_bind_text (pair, 6, js_code, -1, SQLITE_STATIC);
          sqlite3_bind_text (pair, 7, "ok\n", -1, SQLITE_STATIC);
          bind_text_take (pair, 8, g_strdup_printf ("%u-pair.rs", p));
          sqlite3_bind_text (pair, 9, rust_code, -1, SQLITE_STATIC);
          sqlite3_bind_text (pair, 10, "ok\n", -1, SQLITE_STATIC);
          step_done (db, pair);

          sqlite3_bind_text (search, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 2, "code", -1, SQLITE_STATIC);
          sqlite3_bind_int (search, 3, (int) p);
          sqlite3_bind_text (search, 4, caption, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 5, text, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 6, code, -1, SQLITE_STATIC);
          step_done (db, search);
          database->n_rows++;
        }

      if (i % 5 == 0)
        {
          g_autofree char *area = make_words (rand, 1, 3);
          g_autofree char *examples = make_words (rand, 3, 6);
          g_autofree char *why = make_words (rand, 10, 20);
          g_autofree char *use_body = g_strconcat (examples, "\n\n", why, NULL);

          sqlite3_bind_text (use_case, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (use_case, 2, area, -1, SQLITE_STATIC);
          sqlite3_bind_text (use_case, 3, examples, -1, SQLITE_STATIC);
          sqlite3_bind_text (use_case, 4, why, -1, SQLITE_STATIC);
          step_done (db, use_case);

          sqlite3_bind_text (search, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 2, "use-case", -1, SQLITE_STATIC);
          sqlite3_bind_int (search, 3, 1);
          sqlite3_bind_text (search, 4, area, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 5, use_body, -1, SQLITE_STATIC);
          sqlite3_bind_text (search, 6, "", -1, SQLITE_STATIC);
          step_done (db, search);
          database->n_rows++;
        }
    }

  sqlite3_finalize (lesson);
  sqlite3_finalize (concept);
  sqlite3_finalize (pair);
  sqlite3_finalize (use_case);
  sqlite3_finalize (search);

  /* Like the compiler would: both indexes built once over search_docs, no free pages. */
  check_sqlite (db, sqlite3_exec (db, CW_CONTENT_SCHEMA_INDEX_SQL, NULL, NULL, NULL), "index");
  check_sqlite (db, sqlite3_exec (db, pragma, NULL, NULL, NULL), "user_version");
  check_sqlite (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), "commit");
  check_sqlite (db, sqlite3_exec (db, "VACUUM", NULL, NULL, NULL), "vacuum");
  sqlite3_close (db);

  database->n_lessons = n_lessons;
  database->build_s = (double) (now_ns () - start) / 1e9;
  if (g_stat (database->path, &st) == 0)
    database->size = st.st_size;
}

static sqlite3 *
raw_open (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri = g_strconcat (file_uri, "?mode=ro&immutable=1", NULL);
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  check_sqlite (db, rc, uri);

  return db;
}

static void
count_rows (Database *database)
{
  sqlite3 *db = raw_open (database->path);
  sqlite3_stmt *stmt;
  GStatBuf st;

  stmt = prepare (db, "SELECT (SELECT count(*) FROM lessons), (SELECT count(*) FROM search_docs)");
  check_sqlite (db, sqlite3_step (stmt), "count");
  database->n_lessons = (guint) sqlite3_column_int (stmt, 0);
  database->n_rows = (guint) sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (g_stat (database->path, &st) == 0)
    database->size = st.st_size;
}

/* The raw reference for an open: connect the same way and read the lesson rows, without
 * quick_check, the version and table checks, the prepared statements or any GObject. */
static void
raw_open_and_read (const char *path)
{
  sqlite3 *db = raw_open (path);
  sqlite3_stmt *stmt;
  gsize bytes = 0;

  stmt = prepare (db, "SELECT id, position, title, summary, intro FROM lessons ORDER BY position");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    bytes += (gsize) sqlite3_column_bytes (stmt, 4);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Keep the reads observable. */
  if (bytes == (gsize) -1)
    g_print ("?");
}

static OpenResult
bench_open (Database *database,
            guint     n_opens)
{
  g_autoptr(GArray) store_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_us = g_array_new (FALSE, FALSE, sizeof (double));
  OpenResult result;
  guint i;

  /* One of each first, so the file is in the page cache for every timed run. */
  g_object_unref (cw_content_store_new_for_path (database->path, NULL));
  raw_open_and_read (database->path);

  for (i = 0; i < n_opens; i++)
    {
      g_autoptr(GError) error = NULL;
      CwContentStore *store;
      guint64 t0;
      double us;

      t0 = now_ns ();
      store = cw_content_store_new_for_path (database->path, &error);
      us = (double) (now_ns () - t0) / 1000.0;
      if (store == NULL)
        {
          g_printerr ("bench-content: %s\n", error->message);
          exit (1);
        }
      g_array_append_val (store_us, us);
      g_object_unref (store);

      t0 = now_ns ();
      raw_open_and_read (database->path);
      us = (double) (now_ns () - t0) / 1000.0;
      g_array_append_val (raw_us, us);
    }

  result.store_median_us = percentile (store_us, 50);
  result.raw_median_us = percentile (raw_us, 50);

  return result;
}

/* Everything a lesson view reads for one lesson, straight from SQLite: the reference. */
static const char * const lesson_queries[] = {
  "SELECT * FROM blocks WHERE owner = 'lesson/' || ?1 OR owner LIKE 'pair/' || ?1 || '/%'",
  "SELECT * FROM snippet_pairs WHERE lesson_id = ?1",
  "SELECT * FROM line_marks WHERE lesson_id = ?1",
  "SELECT * FROM quiz_items WHERE lesson_id = ?1",
  "SELECT * FROM quiz_choices WHERE lesson_id = ?1",
  "SELECT * FROM exercises WHERE lesson_id = ?1",
};

/* The lesson with the most text and code: the slowest to show. */
static char *
largest_lesson (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char         *id = NULL;

  if (sqlite3_prepare_v2 (db,
                          "SELECT l.id FROM lessons l ORDER BY"
                          " (SELECT total (length (text)) FROM blocks"
                          "   WHERE owner = 'lesson/' || l.id OR owner LIKE 'pair/' || l.id || '/%')"
                          " + (SELECT total (length (js_code) + length (rust_code)) FROM snippet_pairs"
                          "   WHERE lesson_id = l.id) DESC LIMIT 1", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return id;
}

static void
raw_read_lesson (sqlite3_stmt **stmts,
                 const char    *id)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (lesson_queries); i++)
    {
      sqlite3_bind_text (stmts[i], 1, id, -1, SQLITE_STATIC);
      while (sqlite3_step (stmts[i]) == SQLITE_ROW)
        (void) sqlite3_column_text (stmts[i], 0);
      sqlite3_reset (stmts[i]);
    }
}

static void
store_read_lesson (CwContentStore *store,
                   const char     *id)
{
  g_autoptr(GListModel) intro = cw_content_store_list_intro_blocks (store, id);
  g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store, id);
  g_autoptr(GListModel) quiz = cw_content_store_list_quiz (store, id);
  g_autoptr(GListModel) exercises = cw_content_store_list_exercises (store, id);
  guint                 i;

  g_assert (intro != NULL && quiz != NULL && exercises != NULL);
  for (i = 0; i < g_list_model_get_n_items (pairs); i++)
    g_object_unref (cw_content_store_list_pair_blocks (store, id, i + 1));
}

/* The largest lesson read n_runs times through the store and straight from SQLite. */
static void
bench_largest_lesson (Database *database,
                      guint     n_runs)
{
  g_autoptr(GArray)          store_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray)          raw_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(CwContentStore)  store = cw_content_store_new_for_path (database->path, NULL);
  g_autofree char           *id = NULL;
  sqlite3_stmt              *stmts[G_N_ELEMENTS (lesson_queries)] = { NULL, };
  sqlite3                   *db = NULL;
  guint                      i;

  if (store == NULL)
    {
      g_printerr ("bench-content: cannot open %s\n", database->path);
      exit (1);
    }
  check_sqlite (db, sqlite3_open_v2 (database->path, &db, SQLITE_OPEN_READONLY, NULL),
                "open for the largest lesson");
  id = largest_lesson (db);
  check_sqlite (db, id != NULL ? SQLITE_OK : SQLITE_ERROR, "find the largest lesson");
  for (i = 0; i < G_N_ELEMENTS (lesson_queries); i++)
    check_sqlite (db, sqlite3_prepare_v2 (db, lesson_queries[i], -1, &stmts[i], NULL),
                  lesson_queries[i]);

  store_read_lesson (store, id);
  raw_read_lesson (stmts, id);
  for (i = 0; i < n_runs; i++)
    {
      guint64 t0 = now_ns ();
      double  us;

      store_read_lesson (store, id);
      us = (double) (now_ns () - t0) / 1000.0;
      g_array_append_val (store_us, us);

      t0 = now_ns ();
      raw_read_lesson (stmts, id);
      us = (double) (now_ns () - t0) / 1000.0;
      g_array_append_val (raw_us, us);
    }

  printf ("\nLargest lesson (%s), µs   store p50  store p95    raw p50    raw p95  ratio p95\n", id);
  printf ("%-14s %22.1f %10.1f %10.1f %10.1f %10.1f\n", database->name,
          percentile (store_us, 50), percentile (store_us, 95),
          percentile (raw_us, 50), percentile (raw_us, 95),
          percentile (store_us, 95) / percentile (raw_us, 95));

  for (i = 0; i < G_N_ELEMENTS (lesson_queries); i++)
    sqlite3_finalize (stmts[i]);
  sqlite3_close (db);
}


static guint
raw_search (sqlite3_stmt *stmt,
            const char   *match)
{
  guint n = 0;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, SEARCH_LIMIT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (sqlite3_column_text (stmt, 0) != NULL)
        n++;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return n;
}

static SearchResult
bench_search (Database *database,
              guint     n_runs)
{
  g_autoptr(GArray) store_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  CwContentStore *store;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  SearchResult result;
  guint64 total_hits = 0;
  guint q;
  guint r;

  store = cw_content_store_new_for_path (database->path, &error);
  if (store == NULL)
    {
      g_printerr ("bench-content: %s\n", error->message);
      exit (1);
    }

  /* The plainest FTS5 query: bm25 with the default weights, no join, no snippet. */
  db = raw_open (database->path);
  stmt = prepare (db, "SELECT d.lesson_id, d.kind, d.position, d.title FROM search"
                      " JOIN search_docs AS d ON d.id = search.rowid"
                      " WHERE search MATCH ?1 ORDER BY rank LIMIT ?2");

  for (q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *match = build_match (queries[q]);
      g_autoptr(GListModel) warm = cw_content_store_search (store, queries[q], SEARCH_LIMIT,
                                                            NULL);

      raw_search (stmt, match);
      total_hits += g_list_model_get_n_items (warm);

      for (r = 0; r < n_runs; r++)
        {
          GListModel *hits;
          guint64 t0;
          double us;

          t0 = now_ns ();
          hits = cw_content_store_search (store, queries[q], SEARCH_LIMIT, NULL);
          us = (double) (now_ns () - t0) / 1000.0;
          g_array_append_val (store_us, us);
          g_object_unref (hits);

          t0 = now_ns ();
          raw_search (stmt, match);
          us = (double) (now_ns () - t0) / 1000.0;
          g_array_append_val (raw_us, us);
        }
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_object_unref (store);

  result.store_p50_us = percentile (store_us, 50);
  result.store_p99_us = percentile (store_us, 99);
  result.raw_p50_us = percentile (raw_us, 50);
  result.raw_p99_us = percentile (raw_us, 99);
  result.mean_hits = (double) total_hits / G_N_ELEMENTS (queries);

  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *generated = NULL;
  Database databases[2] = { { 0, }, };
  OpenResult opens[2];
  SearchResult searches[2];
  const char *real_path = NULL;
  guint n_databases = 0;
  int n_lessons = 10000;
  int n_runs = 20;
  int n_opens = 50;
  gboolean keep = FALSE;
  guint i;
  GOptionEntry entries[] = {
    { "lessons", 0, 0, G_OPTION_ARG_INT, &n_lessons, "Lessons in the generated database", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Timed runs of each query", "N" },
    { "opens", 0, 0, G_OPTION_ARG_INT, &n_opens, "Timed opens of each database", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated database", NULL },
    { NULL }
  };

  context = g_option_context_new ("[REAL-content.sqlite3]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_lessons < 1 || n_runs < 1 || n_opens < 1)
    {
      g_printerr ("bench-content: %s\n", error != NULL ? error->message : "bad count");
      return 2;
    }

  real_path = argc > 1 ? argv[1] : g_getenv ("CRABWISE_CONTENT_DB");
  if (real_path != NULL && g_file_test (real_path, G_FILE_TEST_IS_REGULAR))
    {
      databases[n_databases].name = "real";
      databases[n_databases].path = g_strdup (real_path);
      count_rows (&databases[n_databases]);
      n_databases++;
    }
  else
    {
      printf ("Skipping the real database: %s\n",
               real_path != NULL ? "no such file" : "pass its path or set CRABWISE_CONTENT_DB");
      printf ("  (%s)\n", real_path != NULL ? real_path : "none given");
    }

  tmp_dir = g_dir_make_tmp ("cw-bench-content-XXXXXX", &error);
  if (tmp_dir == NULL)
    {
      g_printerr ("bench-content: %s\n", error->message);
      return 1;
    }
  databases[n_databases].name = "generated";
  generated = g_build_filename (tmp_dir, "content.sqlite3", NULL);
  databases[n_databases].path = g_strdup (generated);
  generate_database (&databases[n_databases], (guint) n_lessons);
  n_databases++;

  printf ("Content store benchmark — SQLite %s, %u queries × %d runs, limit %d, %d opens\n\n",
          sqlite3_libversion (), (guint) G_N_ELEMENTS (queries), n_runs, SEARCH_LIMIT,
          n_opens);

  printf ("%-10s %8s %9s %10s  %s\n", "database", "lessons", "FTS rows", "size", "path");
  for (i = 0; i < n_databases; i++)
    {
      printf ("%-10s %8u %9u %7.1f MB  %s", databases[i].name, databases[i].n_lessons,
              databases[i].n_rows, (double) databases[i].size / 1e6, databases[i].path);
      if (databases[i].build_s > 0)
        printf (" (generated in %.1f s)", databases[i].build_s);
      printf ("\n");
    }
  fflush (stdout);

  for (i = 0; i < n_databases; i++)
    {
      opens[i] = bench_open (&databases[i], (guint) n_opens);
      searches[i] = bench_search (&databases[i], (guint) n_runs);
    }

  printf ("\nOpen, median µs    store        raw   store/raw\n");
  for (i = 0; i < n_databases; i++)
    printf ("%-14s %10.0f %10.0f %11.1f\n", databases[i].name,
            opens[i].store_median_us, opens[i].raw_median_us,
            opens[i].store_median_us / opens[i].raw_median_us);

  printf ("\nSearch µs      store p50  store p99    raw p50    raw p99  ratio p50  ratio p99"
          "  hits/query\n");
  for (i = 0; i < n_databases; i++)
    printf ("%-14s %9.1f %10.1f %10.1f %10.1f %10.1f %10.1f %11.1f\n", databases[i].name,
            searches[i].store_p50_us, searches[i].store_p99_us,
            searches[i].raw_p50_us, searches[i].raw_p99_us,
            searches[i].store_p50_us / searches[i].raw_p50_us,
            searches[i].store_p99_us / searches[i].raw_p99_us,
            searches[i].mean_hits);

  for (i = 0; i < n_databases; i++)
    if (g_str_equal (databases[i].name, "real"))
      bench_largest_lesson (&databases[i], 200);

  printf ("\nstore: cw_content_store_new_for_path() (quick_check, version and table checks,\n"
          "       prepared statements, lessons and concepts as GObjects), and\n"
          "       cw_content_store_search() (free text → FTS5 query, weighted bm25, snippet →\n"
          "       Pango markup, lesson title and tie-break from memory, CwSearchHit objects).\n"
          "raw:   sqlite3_open_v2() + stepping over the lesson rows; one prepared\n"
          "       `SELECT … WHERE search MATCH ?1 ORDER BY rank LIMIT %d` stepped over its rows.\n",
          SEARCH_LIMIT);

  if (keep)
    printf ("\nKept %s\n", generated);
  else
    {
      g_unlink (generated);
      g_rmdir (tmp_dir);
    }

  for (i = 0; i < n_databases; i++)
    g_free (databases[i].path);

  return 0;
}
