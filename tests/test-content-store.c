/* test-content-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "cw-content-schema.h"
#include "cw-content-store.h"

/*
 * Every test builds its own small database from CW_CONTENT_SCHEMA_SQL in a temporary
 * folder, so the store is tested against the schema, not against whatever content happens
 * to be authored. When CRABWISE_CONTENT_DB names a built content.sqlite3, /content-store/real
 * also checks the real thing.
 */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Binds one value per letter of @types: 's' a string (NULL binds NULL), 'i' an int. */
static void
exec_bound (sqlite3    *db,
            const char *sql,
            const char *types,
            ...)
{
  sqlite3_stmt *stmt = NULL;
  va_list args;
  int i;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);

  va_start (args, types);
  for (i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 's')
        {
          const char *text = va_arg (args, const char *);

          if (text != NULL)
            sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
      else
        {
          g_assert_cmpint (types[i], ==, 'i');
          sqlite3_bind_int (stmt, i + 1, va_arg (args, int));
        }
    }
  va_end (args);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

#define INSERT_PART \
  "INSERT INTO parts (id, position, title, summary) VALUES (?, ?, ?, ?)"
#define INSERT_LESSON \
  "INSERT INTO lessons (id, position, part_id, part_position, title, summary," \
  " summary_markup, intro, intro_plain) VALUES (?, ?, ?, ?, ?, ?, '', ?, '')"
#define INSERT_CONCEPT \
  "INSERT INTO concepts (lesson_id, part_id, position, name, javascript, rust," \
  " key_difference, plain) VALUES (?, 'start', ?, ?, ?, ?, ?, '')"
#define INSERT_PAIR \
  "INSERT INTO snippet_pairs (lesson_id, position, stem, caption, text, text_plain, js_file," \
  " js_code, js_output, js_check, rust_file, rust_code, rust_mode, rust_edition, rust_expect," \
  " rust_output, rust_error_code, rust_error_message, rust_diagnostic)" \
  " VALUES (?, ?, '', ?, ?, '', ?, ?, ?, 'run', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define INSERT_MARK \
  "INSERT INTO line_marks (lesson_id, pair, side, line, name) VALUES (?, ?, ?, ?, ?)"
#define INSERT_USE_CASE \
  "INSERT INTO use_cases (lesson_id, position, area, examples, why, why_plain)" \
  " VALUES (?, ?, ?, ?, ?, '')"
#define INSERT_QUIZ \
  "INSERT INTO quiz_items (lesson_id, position, kind, prompt, prompt_plain, answer," \
  " explanation, explanation_plain) VALUES (?, ?, ?, ?, '', ?, ?, '')"
#define INSERT_CHOICE \
  "INSERT INTO quiz_choices (lesson_id, question, position, text, plain, file, code," \
  " diagnostic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
#define INSERT_EXERCISE \
  "INSERT INTO exercises (id, lesson_id, position, title, kind, statement, statement_plain," \
  " starter, solution, tests) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)"
#define INSERT_HINT \
  "INSERT INTO exercise_hints (exercise_id, position, text, plain) VALUES (?, ?, ?, ?)"
#define INSERT_BLOCK \
  "INSERT INTO blocks (owner, position, kind, level, number, language, text, plain)" \
  " VALUES (?, ?, ?, ?, 0, ?, ?, ?)"
#define INSERT_SEARCH \
  "INSERT INTO search_docs (lesson_id, kind, position, title, body, code)" \
  " VALUES (?, ?, ?, ?, ?, ?)"

/* Rows go in out of order on purpose: the store must sort by position. */
static void
fill_fixture (sqlite3 *db,
              guint    n_extra)
{
  guint i;

  exec_sql (db, "INSERT INTO meta VALUES ('content_format', '2'), ('rustc_version', '1.95.0')");
  exec_bound (db, INSERT_PART, "siss", "more", 2, "More", "Everything else.");
  exec_bound (db, INSERT_PART, "siss", "start", 1, "Start", "The basics.");
  exec_bound (db, INSERT_LESSON, "sisisss", "ownership", 10, "start", 2,
              "Ownership and borrowing", "How Rust frees memory without a garbage collector.",
              "<b>Every</b> value has one owner.\n\nThe owner frees it.");
  exec_bound (db, INSERT_LESSON, "sisisss", "cargo", 20, "more", 1, "Cargo",
              "The build tool and package manager.", "Like npm, but it also builds.");
  exec_bound (db, INSERT_LESSON, "sisisss", "option", 5, "start", 1, "Option instead of null",
              "A value that may be absent.", "No <tt>null</tt>, no <tt>undefined</tt>.");

  exec_bound (db, INSERT_CONCEPT, "sissss", "ownership", 2, "Memory management",
              "A garbage collector frees it later.", "The owner frees it at once.",
              "Compile time, not run time.");
  exec_bound (db, INSERT_CONCEPT, "sissss", "option", 1, "Absent values",
              "<tt>null</tt> and <tt>undefined</tt>.", "<tt>Option&lt;T&gt;</tt>.",
              "The compiler makes you handle <i>None</i>.");

  exec_bound (db, INSERT_PAIR, "sisssssssssssssss", "ownership", 2, "Borrowing",
              "Pass a <tt>&amp;</tt> reference.", "2-borrow.js", "console.log(len(s));", "7\n",
              "2-borrow.rs", "fn main() {}", "bin", "2024", "output", "7\n", NULL, NULL, NULL);
  exec_bound (db, INSERT_PAIR, "sisssssssssssssss", "ownership", 1,
              "Assignment moves the value", "", "1-move.js", "const b = a;", "Corro\n",
              "1-move.rs", "let b = a;", "bin", "2024", "error", NULL, "E0382",
              "borrow of moved value: `a`", "error[E0382]: borrow of moved value: `a`");
  exec_bound (db, INSERT_PAIR, "sisssssssssssssss", "ownership", 3, "A library",
              "", "3-lib.js", "export {};", NULL, "3-lib.rs", "pub fn f() {}", "doctest", "2024",
              "output", NULL, NULL, NULL, NULL);
  /* JS line 1 ("const b = a;") is Rust line 1; "x" ties JS line 3 to Rust lines 2 and 4. */
  exec_bound (db, INSERT_MARK, "sisis", "ownership", 1, "rust", 4, "x");
  exec_bound (db, INSERT_MARK, "sisis", "ownership", 1, "js", 1, "assign");
  exec_bound (db, INSERT_MARK, "sisis", "ownership", 1, "rust", 1, "assign");
  exec_bound (db, INSERT_MARK, "sisis", "ownership", 1, "js", 3, "x");
  exec_bound (db, INSERT_MARK, "sisis", "ownership", 1, "rust", 2, "x");

  exec_bound (db, INSERT_USE_CASE, "sisss", "ownership", 2, "Servers", "axum, actix",
              "No pauses.");
  exec_bound (db, INSERT_USE_CASE, "sisss", "ownership", 1, "Command-line tools",
              "ripgrep, fd", "Starts at once.");

  exec_bound (db, INSERT_QUIZ, "sissis", "ownership", 2, "compiles",
              "Which one compiles?", 0, "The second uses <tt>a</tt> after the move.");
  exec_bound (db, INSERT_QUIZ, "sissis", "ownership", 1, "choice",
              "After <tt>let b = a;</tt>, what about <tt>a</tt>?", 1, "It moved.");
  exec_bound (db, INSERT_CHOICE, "siisssss", "ownership", 1, 2, "A shared string",
              "A shared string", NULL, NULL, NULL);
  exec_bound (db, INSERT_CHOICE, "siisssss", "ownership", 1, 0, "A copy", "A copy", NULL, NULL,
              NULL);
  exec_bound (db, INSERT_CHOICE, "siisssss", "ownership", 1, 1, "Nothing: it moved",
              "Nothing: it moved", NULL, NULL, NULL);
  exec_bound (db, INSERT_CHOICE, "siisssss", "ownership", 2, 1, "Version B", "Version B",
              "q2-b.rs", "let b = a; println!(\"{a}\");", "error[E0382]: borrow of moved value");
  exec_bound (db, INSERT_CHOICE, "siisssss", "ownership", 2, 0, "Version A", "Version A",
              "q2-a.rs", "let b = a.clone();", NULL);

  exec_bound (db, INSERT_EXERCISE, "ssissssss", "ownership-fix", "ownership", 1,
              "Keep the name", "compile", "Fix <tt>greet</tt>.", "fn main() {}",
              "fn main() { }", "#[test] fn t() {}");
  exec_bound (db, INSERT_HINT, "siss", "ownership-fix", 2, "Or <tt>&amp;str</tt>.", "Or &str.");
  exec_bound (db, INSERT_HINT, "siss", "ownership-fix", 1, "Clone it.", "Clone it.");
  exec_bound (db, INSERT_BLOCK, "sisisss", "lesson/ownership", 2, "code", 0, "rust",
              "let a = 1;", "let a = 1;");
  exec_bound (db, INSERT_BLOCK, "sisisss", "lesson/ownership", 1, "heading", 2, NULL,
              "<b>Owners</b>", "Owners");

  /* Ten rows (13 with those below), "borrow" in three: few enough that bm25's idf stays
   * positive. The title row (ownership) must rank above the body-only row (option) and the
   * code-only row. */
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "lesson", 0, "Ownership and borrowing",
              "How Rust frees memory without a garbage collector. Every value has one owner.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "option", "lesson", 0, "Option instead of null",
              "A value that may be absent. You can borrow the inner value.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "cargo", "lesson", 0, "Cargo",
              "The build tool and package manager, like npm.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "concept", 0, "Memory management",
              "A garbage collector frees it later. The owner frees it at once.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "option", "concept", 0, "Absent values",
              "null and undefined. Option of T.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "code", 1, "Assignment moves the value",
              "", "if a < b && ok { borrow(&a) }");
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "code", 3, "A library",
              "", "pub fn f() {}");
  exec_bound (db, INSERT_SEARCH, "ssisss", "cargo", "code", 1, "Tests",
              "Run them with cargo test.", "#[test] fn works() { assert_eq!(2 + 2, 4); }");
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "use-case", 1, "Command-line tools",
              "ripgrep, fd. Starts at once.", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "ownership", "use-case", 2, "Servers",
              "axum, actix. No pauses.", "");
  /* Equal scores: must come out in lesson order (option, 5, before cargo, 20), not in
   * rowid order. */
  exec_bound (db, INSERT_SEARCH, "ssisss", "cargo", "concept", 0, "Twin", "identical twin", "");
  exec_bound (db, INSERT_SEARCH, "ssisss", "option", "use-case", 1, "Twin", "identical twin", "");
  /* A row whose lesson does not exist leads nowhere and is left out. */
  exec_bound (db, INSERT_SEARCH, "ssisss", "ghost", "lesson", 0, "Ghost", "cargo ghost", "");

  /* Filler for the many-pages fixture (damage in the middle of a large file). */
  for (i = 0; i < n_extra; i++)
    {
      g_autofree char *id = g_strdup_printf ("extra-%u", i);
      g_autofree char *title = g_strdup_printf ("Extra lesson %u", i);
      g_autofree char *text = g_strnfill (300 + i % 200, 'a' + i % 26);

      exec_bound (db, INSERT_LESSON, "sisisss", id, (int) (1000 + i), "more", (int) (2 + i),
                  title, text, text);
      exec_bound (db, INSERT_SEARCH, "ssisss", id, "lesson", 0, title, text, "");
    }

  exec_sql (db, CW_CONTENT_SCHEMA_INDEX_SQL);
}

static void
write_fixture_full (const char *path,
                    const char *schema_sql,
                    int         user_version,
                    guint       n_extra)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", user_version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "PRAGMA journal_mode = DELETE");
  exec_sql (db, "BEGIN");
  exec_sql (db, schema_sql);
  fill_fixture (db, n_extra);
  exec_sql (db, pragma);
  exec_sql (db, "COMMIT");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
write_fixture (const char *path)
{
  write_fixture_full (path, CW_CONTENT_SCHEMA_SQL, CW_CONTENT_SCHEMA_VERSION, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cw-content-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "content.sqlite3", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }

  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static CwContentStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CwContentStore *store;

  store = cw_content_store_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (CW_IS_CONTENT_STORE (store));

  return store;
}

static void
assert_open_fails (const char     *path,
                   CwContentError  code,
                   const char     *must_mention)
{
  g_autoptr(GError) error = NULL;
  CwContentStore *store;

  store = cw_content_store_new_for_path (path, &error);
  g_assert_null (store);
  g_assert_error (error, CW_CONTENT_ERROR, (int) code);
  g_test_message ("%s", error->message);
  if (must_mention != NULL)
    g_assert_nonnull (strstr (error->message, must_mention));
}

static void
assert_valid_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  GMarkupParser parser = { NULL, };
  GMarkupParseContext *context;

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_markup_parse_context_parse (context, wrapped, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
}

static GListModel *
search_ok (CwContentStore *store,
           const char     *query,
           guint           limit)
{
  g_autoptr(GError) error = NULL;
  GListModel *hits;
  guint i;

  hits = cw_content_store_search (store, query, limit, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  g_assert_true (g_list_model_get_item_type (hits) == CW_TYPE_SEARCH_HIT);

  for (i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);

      assert_valid_markup (cw_search_hit_get_snippet (hit));
    }

  return hits;
}

static void
test_lessons (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(CwLesson) first = NULL;
  g_autoptr(CwLesson) second = NULL;
  g_autoptr(CwLesson) third = NULL;
  g_autofree char *title = NULL;
  g_autofree char *concept_name = NULL;
  CwContentStore *store;
  GListModel *lessons;
  CwLesson *lesson;
  guint position = 0;

  write_fixture (fixture->path);
  store = open_store (fixture->path);
  g_assert_cmpstr (cw_content_store_get_path (store), ==, fixture->path);

  lessons = cw_content_store_get_lessons (store);
  g_assert_true (g_list_model_get_item_type (lessons) == CW_TYPE_LESSON);
  g_assert_cmpuint (g_list_model_get_n_items (lessons), ==, 3);

  first = g_list_model_get_item (lessons, 0);
  second = g_list_model_get_item (lessons, 1);
  third = g_list_model_get_item (lessons, 2);
  g_assert_cmpstr (cw_lesson_get_id (first), ==, "option");
  g_assert_cmpstr (cw_lesson_get_id (second), ==, "ownership");
  g_assert_cmpstr (cw_lesson_get_id (third), ==, "cargo");
  g_assert_cmpuint (cw_lesson_get_position (first), ==, 5);
  g_assert_cmpuint (cw_lesson_get_position (second), ==, 10);
  g_assert_cmpuint (cw_lesson_get_position (third), ==, 20);

  g_assert_cmpstr (cw_lesson_get_title (second), ==, "Ownership and borrowing");
  g_assert_cmpstr (cw_lesson_get_summary (second), ==,
                   "How Rust frees memory without a garbage collector.");
  g_assert_cmpstr (cw_lesson_get_intro (second), ==,
                   "<b>Every</b> value has one owner.\n\nThe owner frees it.");
  g_assert_cmpstr (cw_lesson_get_concept_name (second), ==, "Memory management");
  g_assert_cmpstr (cw_lesson_get_concept_name (first), ==, "Absent values");
  g_assert_null (cw_lesson_get_concept_name (third));

  /* What a <lookup> expression in a .ui template sees. */
  g_object_get (second,
                "title", &title,
                "position", &position,
                "concept-name", &concept_name,
                NULL);
  g_assert_cmpstr (title, ==, "Ownership and borrowing");
  g_assert_cmpuint (position, ==, 10);
  g_assert_cmpstr (concept_name, ==, "Memory management");

  lesson = cw_content_store_get_lesson (store, "ownership");
  g_assert_true (lesson == second);
  g_assert_null (cw_content_store_get_lesson (store, "nope"));

  g_assert_finalize_object (store);
}

static void
test_concepts (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(CwConcept) first = NULL;
  g_autoptr(CwConcept) second = NULL;
  g_autofree char *key_difference = NULL;
  CwContentStore *store;
  GListModel *concepts;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  concepts = cw_content_store_get_concepts (store);
  g_assert_true (g_list_model_get_item_type (concepts) == CW_TYPE_CONCEPT);
  g_assert_cmpuint (g_list_model_get_n_items (concepts), ==, 2);

  first = g_list_model_get_item (concepts, 0);
  second = g_list_model_get_item (concepts, 1);
  g_assert_cmpstr (cw_concept_get_lesson_id (first), ==, "option");
  g_assert_cmpuint (cw_concept_get_position (first), ==, 1);
  g_assert_cmpstr (cw_concept_get_name (first), ==, "Absent values");
  g_assert_cmpstr (cw_concept_get_rust (first), ==, "<tt>Option&lt;T&gt;</tt>.");
  g_assert_cmpstr (cw_concept_get_lesson_id (second), ==, "ownership");
  g_assert_cmpuint (cw_concept_get_position (second), ==, 2);
  g_assert_cmpstr (cw_concept_get_javascript (second), ==, "A garbage collector frees it later.");
  g_assert_cmpstr (cw_concept_get_key_difference (second), ==, "Compile time, not run time.");

  g_object_get (first, "key-difference", &key_difference, NULL);
  g_assert_cmpstr (key_difference, ==, "The compiler makes you handle <i>None</i>.");

  g_assert_true (cw_content_store_get_concept (store, "ownership") == second);
  g_assert_null (cw_content_store_get_concept (store, "cargo"));

  g_assert_finalize_object (store);
}

static void
test_pairs (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(CwSnippetPair) moved = NULL;
  g_autoptr(CwSnippetPair) borrowed = NULL;
  g_autoptr(CwSnippetPair) library = NULL;
  gboolean must_fail = FALSE;
  CwContentStore *store;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  pairs = cw_content_store_list_pairs (store, "ownership");
  g_assert_true (g_list_model_get_item_type (pairs) == CW_TYPE_SNIPPET_PAIR);
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, 3);
  moved = g_list_model_get_item (pairs, 0);
  borrowed = g_list_model_get_item (pairs, 1);
  library = g_list_model_get_item (pairs, 2);

  g_assert_cmpstr (cw_snippet_pair_get_lesson_id (moved), ==, "ownership");
  g_assert_cmpuint (cw_snippet_pair_get_position (moved), ==, 1);
  g_assert_cmpstr (cw_snippet_pair_get_caption (moved), ==, "Assignment moves the value");
  g_assert_cmpstr (cw_snippet_pair_get_text (moved), ==, "");
  g_assert_cmpstr (cw_snippet_pair_get_js_file (moved), ==, "1-move.js");
  g_assert_cmpstr (cw_snippet_pair_get_js_code (moved), ==, "const b = a;");
  g_assert_cmpstr (cw_snippet_pair_get_js_output (moved), ==, "Corro\n");
  g_assert_cmpstr (cw_snippet_pair_get_rust_file (moved), ==, "1-move.rs");
  g_assert_cmpstr (cw_snippet_pair_get_rust_code (moved), ==, "let b = a;");
  g_assert_null (cw_snippet_pair_get_rust_output (moved));
  g_assert_cmpstr (cw_snippet_pair_get_rust_crate_type (moved), ==, "bin");
  g_assert_cmpstr (cw_snippet_pair_get_rust_edition (moved), ==, "2024");
  g_assert_cmpstr (cw_snippet_pair_get_rust_expect (moved), ==, "error");
  g_assert_cmpstr (cw_snippet_pair_get_rust_error_code (moved), ==, "E0382");
  g_assert_cmpstr (cw_snippet_pair_get_rust_error_message (moved), ==,
                   "borrow of moved value: `a`");
  g_assert_cmpstr (cw_snippet_pair_get_rust_diagnostic (moved), ==,
                   "error[E0382]: borrow of moved value: `a`");
  g_assert_true (cw_snippet_pair_get_must_fail (moved));
  g_object_get (moved, "must-fail", &must_fail, NULL);
  g_assert_true (must_fail);

  g_assert_cmpuint (cw_snippet_pair_get_position (borrowed), ==, 2);
  g_assert_cmpstr (cw_snippet_pair_get_text (borrowed), ==, "Pass a <tt>&amp;</tt> reference.");
  g_assert_cmpstr (cw_snippet_pair_get_rust_output (borrowed), ==, "7\n");
  g_assert_null (cw_snippet_pair_get_rust_error_code (borrowed));
  g_assert_null (cw_snippet_pair_get_rust_diagnostic (borrowed));
  g_assert_false (cw_snippet_pair_get_must_fail (borrowed));

  g_assert_cmpuint (cw_snippet_pair_get_position (library), ==, 3);
  g_assert_null (cw_snippet_pair_get_js_output (library));
  g_assert_cmpstr (cw_snippet_pair_get_rust_crate_type (library), ==, "lib");
  g_assert_cmpstr (cw_snippet_pair_get_rust_mode (library), ==, "doctest");

  none = cw_content_store_list_pairs (store, "nope");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  /* The kept statement is reset between calls. */
  g_clear_object (&none);
  none = cw_content_store_list_pairs (store, "ownership");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 3);

  g_assert_finalize_object (store);
}

static void
test_use_cases (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GListModel) use_cases = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(CwUseCase) first = NULL;
  g_autoptr(CwUseCase) second = NULL;
  CwContentStore *store;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  use_cases = cw_content_store_list_use_cases (store, "ownership");
  g_assert_true (g_list_model_get_item_type (use_cases) == CW_TYPE_USE_CASE);
  g_assert_cmpuint (g_list_model_get_n_items (use_cases), ==, 2);
  first = g_list_model_get_item (use_cases, 0);
  second = g_list_model_get_item (use_cases, 1);
  g_assert_cmpstr (cw_use_case_get_lesson_id (first), ==, "ownership");
  g_assert_cmpuint (cw_use_case_get_position (first), ==, 1);
  g_assert_cmpstr (cw_use_case_get_area (first), ==, "Command-line tools");
  g_assert_cmpstr (cw_use_case_get_examples (first), ==, "ripgrep, fd");
  g_assert_cmpstr (cw_use_case_get_why (first), ==, "Starts at once.");
  g_assert_cmpuint (cw_use_case_get_position (second), ==, 2);
  g_assert_cmpstr (cw_use_case_get_area (second), ==, "Servers");

  none = cw_content_store_list_use_cases (store, "cargo");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  g_assert_finalize_object (store);
}

static void
test_quiz (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(CwQuizItem) choice = NULL;
  g_autoptr(CwQuizItem) compiles = NULL;
  g_auto(GStrv) choices_prop = NULL;
  g_auto(GStrv) codes_prop = NULL;
  const char * const *choices;
  const char * const *codes;
  CwContentStore *store;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  items = cw_content_store_list_quiz (store, "ownership");
  g_assert_true (g_list_model_get_item_type (items) == CW_TYPE_QUIZ_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  choice = g_list_model_get_item (items, 0);
  compiles = g_list_model_get_item (items, 1);

  g_assert_cmpstr (cw_quiz_item_get_lesson_id (choice), ==, "ownership");
  g_assert_cmpuint (cw_quiz_item_get_position (choice), ==, 1);
  g_assert_cmpstr (cw_quiz_item_get_kind (choice), ==, "choice");
  g_assert_cmpstr (cw_quiz_item_get_prompt (choice), ==,
                   "After <tt>let b = a;</tt>, what about <tt>a</tt>?");
  g_assert_cmpuint (cw_quiz_item_get_answer (choice), ==, 1);
  g_assert_cmpstr (cw_quiz_item_get_explanation (choice), ==, "It moved.");
  choices = cw_quiz_item_get_choices (choice);
  g_assert_cmpuint (g_strv_length ((char **) choices), ==, 3);
  g_assert_cmpstr (choices[0], ==, "A copy");
  g_assert_cmpstr (choices[1], ==, "Nothing: it moved");
  g_assert_cmpstr (choices[2], ==, "A shared string");
  g_assert_null (cw_quiz_item_get_choice_codes (choice));

  g_assert_cmpuint (cw_quiz_item_get_position (compiles), ==, 2);
  g_assert_cmpstr (cw_quiz_item_get_kind (compiles), ==, "compiles");
  g_assert_cmpuint (cw_quiz_item_get_answer (compiles), ==, 0);
  choices = cw_quiz_item_get_choices (compiles);
  codes = cw_quiz_item_get_choice_codes (compiles);
  g_assert_cmpuint (g_strv_length ((char **) choices), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 2);
  g_assert_cmpstr (choices[0], ==, "Version A");
  g_assert_cmpstr (codes[0], ==, "let b = a.clone();");
  g_assert_cmpstr (codes[1], ==, "let b = a; println!(\"{a}\");");

  g_object_get (compiles, "choices", &choices_prop, "choice-codes", &codes_prop, NULL);
  g_assert_cmpstrv (choices_prop, choices);
  g_assert_cmpstrv (codes_prop, codes);

  none = cw_content_store_list_quiz (store, "option");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  g_assert_finalize_object (store);
}

static void
test_search_ranking (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GListModel) limited = NULL;
  g_autoptr(GListModel) twins = NULL;
  g_autoptr(GListModel) ghost = NULL;
  g_autoptr(CwSearchHit) top = NULL;
  g_autoptr(CwSearchHit) first_twin = NULL;
  g_autoptr(CwSearchHit) second_twin = NULL;
  gint title_index = -1;
  gint body_index = -1;
  gint code_index = -1;
  double previous = -G_MAXDOUBLE;
  CwContentStore *store;
  guint i;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  hits = search_ok (store, "borrow", 0);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 3);

  for (i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);
      const char *lesson_id = cw_search_hit_get_lesson_id (hit);
      const char *kind = cw_search_hit_get_kind (hit);

      g_test_message ("%u: %s %s %u rank %f %s", i, lesson_id, kind,
                      cw_search_hit_get_position (hit), cw_search_hit_get_rank (hit),
                      cw_search_hit_get_snippet (hit));

      /* Best first, as bm25 counts: lower is better. */
      g_assert_cmpfloat (cw_search_hit_get_rank (hit), >=, previous);
      previous = cw_search_hit_get_rank (hit);

      if (g_str_equal (lesson_id, "ownership") && g_str_equal (kind, "lesson"))
        title_index = (gint) i;
      else if (g_str_equal (lesson_id, "option") && g_str_equal (kind, "lesson"))
        body_index = (gint) i;
      else if (g_str_equal (lesson_id, "ownership") && g_str_equal (kind, "code"))
        code_index = (gint) i;
    }

  g_assert_cmpint (title_index, ==, 0);
  g_assert_cmpint (body_index, >, title_index);
  g_assert_cmpint (code_index, >, title_index);

  top = g_list_model_get_item (hits, 0);
  g_assert_cmpstr (cw_search_hit_get_title (top), ==, "Ownership and borrowing");
  g_assert_cmpstr (cw_search_hit_get_lesson_title (top), ==, "Ownership and borrowing");
  g_assert_cmpuint (cw_search_hit_get_position (top), ==, 0);
  g_assert_cmpfloat (cw_search_hit_get_rank (top), <, 0.0);

  limited = search_ok (store, "borrow", 1);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 1);

  twins = search_ok (store, "twin", 0);
  g_assert_cmpuint (g_list_model_get_n_items (twins), ==, 2);
  first_twin = g_list_model_get_item (twins, 0);
  second_twin = g_list_model_get_item (twins, 1);
  g_assert_cmpfloat (cw_search_hit_get_rank (first_twin), ==, cw_search_hit_get_rank (second_twin));
  g_assert_cmpstr (cw_search_hit_get_lesson_id (first_twin), ==, "option");
  g_assert_cmpstr (cw_search_hit_get_lesson_title (first_twin), ==, "Option instead of null");
  g_assert_cmpstr (cw_search_hit_get_lesson_id (second_twin), ==, "cargo");

  ghost = search_ok (store, "ghost", 0);
  g_assert_cmpuint (g_list_model_get_n_items (ghost), ==, 0);

  g_assert_finalize_object (store);
}

static void
test_search_snippet (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GListModel) typing = NULL;
  g_autoptr(GListModel) words = NULL;
  CwContentStore *store;
  gboolean seen_code = FALSE;
  guint i;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  /* Results while typing: "borr" is a prefix of "borrow" and "borrowing". */
  typing = search_ok (store, "borr", 0);
  g_assert_cmpuint (g_list_model_get_n_items (typing), ==, 3);

  hits = search_ok (store, "Borrow", 0);
  for (i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);
      const char *snippet = cw_search_hit_get_snippet (hit);

      if (!g_str_equal (cw_search_hit_get_kind (hit), "code"))
        continue;

      seen_code = TRUE;
      g_assert_cmpuint (cw_search_hit_get_position (hit), ==, 1);
      g_assert_cmpstr (cw_search_hit_get_title (hit), ==, "Assignment moves the value");
      g_assert_cmpstr (cw_search_hit_get_lesson_title (hit), ==, "Ownership and borrowing");
      /* The code's own < and & are escaped; only the match is bold. */
      g_assert_cmpstr (snippet, ==, "if a &lt; b &amp;&amp; ok { <b>borrow</b>(&amp;a) }");
    }
  g_assert_true (seen_code);

  /* Every word must match: "garbage collector" finds the two rows that say both. */
  words = search_ok (store, "garbage  collector", 0);
  g_assert_cmpuint (g_list_model_get_n_items (words), ==, 2);
  for (i = 0; i < g_list_model_get_n_items (words); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (words, i);

      g_assert_nonnull (strstr (cw_search_hit_get_snippet (hit),
                                "<b>garbage</b> <b>collector</b>"));
    }

  g_assert_finalize_object (store);
}

static void
test_search_syntax (Fixture       *fixture,
                    gconstpointer  user_data)
{
  static const char * const blank[] = { "", " ", "\t\n", "\xff\xfe", };
  /* Punctuation is searched as typed now (`?.`, `::`), so these may find something; none
   * is syntax, and none may fail. */
  static const char * const hostile[] = {
    "\"", "*", "-", "--", "()", "\"\"", "^", ":", "+", "***", "%", "_", "%_", "\\",
    "borrow\"", "\"borrow", "borrow*", "borr*ow", "NEAR(", "NEAR(borrow value, 2)",
    "-borrow", "borrow -value", "borrow OR cargo", "NOT borrow", "borrow AND", "title:borrow",
    "{title body}: borrow", "^borrow", "borrow\"\"\"", "a\"b\"c", "(borrow", "borrow)",
    "\"borrow\" OR \"", "borrow\xc3", "значение", "🦀 borrow", "x'00'", "'; DROP TABLE lessons;--",
  };
  g_autoptr(GListModel) quoted = NULL;
  g_autoptr(GListModel) still_there = NULL;
  CwContentStore *store;
  guint i;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  for (i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      g_autoptr(GListModel) hits = search_ok (store, blank[i], 10);

      g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);
    }

  for (i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GListModel) hits = search_ok (store, hostile[i], 10);
      /* TAP output must stay valid UTF-8: some queries are deliberately not. */
      g_autofree char      *shown = g_utf8_make_valid (hostile[i], -1);

      g_test_message ("%s → %u hits", shown, g_list_model_get_n_items (hits));
    }

  /* Quotes and stars are separators, not syntax: this is just the word "borrow". */
  quoted = search_ok (store, "\"borrow*\"", 0);
  g_assert_cmpuint (g_list_model_get_n_items (quoted), ==, 3);

  still_there = search_ok (store, "cargo", 0);
  g_assert_cmpuint (g_list_model_get_n_items (still_there), >, 0);

  g_assert_finalize_object (store);
}

static char *
checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;
  GStatBuf st_before;
  GStatBuf st_after;
  CwContentStore *store;
  GListModel *lessons;
  guint n_files = 0;
  guint i;

  write_fixture (fixture->path);
  /* An mtime in the past, so any write would visibly move it. */
  g_assert_cmpint (g_utime (fixture->path, &(struct utimbuf) { 1000000000, 1000000000 }),
                   ==, 0);
  before = checksum_file (fixture->path);
  g_assert_cmpint (g_stat (fixture->path, &st_before), ==, 0);

  store = open_store (fixture->path);
  lessons = cw_content_store_get_lessons (store);
  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);
      const char *id = cw_lesson_get_id (lesson);
      g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store, id);
      g_autoptr(GListModel) quiz = cw_content_store_list_quiz (store, id);
      g_autoptr(GListModel) use_cases = cw_content_store_list_use_cases (store, id);
      g_autoptr(GListModel) hits = search_ok (store, cw_lesson_get_title (lesson), 0);

      g_assert_nonnull (pairs);
      g_assert_nonnull (quiz);
      g_assert_nonnull (use_cases);
      g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
    }
  g_assert_finalize_object (store);

  after = checksum_file (fixture->path);
  g_assert_cmpint (g_stat (fixture->path, &st_after), ==, 0);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
  g_assert_cmpint (st_before.st_size, ==, st_after.st_size);

  /* immutable=1: no -journal, -wal or -shm beside the file, ever. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* An installed database sits in a folder the app cannot write to. (As root the mode is
 * ignored, so this only proves something when the tests run as a normal user.) */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GListModel) hits = NULL;
  CwContentStore *store;

  write_fixture (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);

  store = open_store (fixture->path);
  hits = search_ok (store, "borrow", 0);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 3);
  g_assert_finalize_object (store);

  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
}

static void
test_odd_paths (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *odd_dir = g_build_filename (fixture->dir, "we?ird #dir %20 & ü", NULL);
  g_autofree char *odd_path = g_build_filename (odd_dir, "content.sqlite3", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  CwContentStore *store;

  /* URI-reserved characters in the path must be escaped, not read as URI syntax. */
  g_assert_cmpint (g_mkdir (odd_dir, 0700), ==, 0);
  write_fixture (odd_path);
  store = open_store (odd_path);
  g_assert_cmpuint (g_list_model_get_n_items (cw_content_store_get_lessons (store)), ==, 3);
  g_assert_finalize_object (store);

  /* A relative path (g_filename_to_uri() only takes absolute ones). */
  g_assert_cmpint (g_chdir (odd_dir), ==, 0);
  store = open_store ("content.sqlite3");
  g_assert_cmpuint (g_list_model_get_n_items (cw_content_store_get_lessons (store)), ==, 3);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *in_missing_dir = g_build_filename (fixture->dir, "no", "such.sqlite3", NULL);

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_MISSING, "CRABWISE_CONTENT_DB");
  assert_open_fails (fixture->path, CW_CONTENT_ERROR_MISSING, fixture->path);
  assert_open_fails (in_missing_dir, CW_CONTENT_ERROR_MISSING, NULL);
  assert_open_fails (fixture->dir, CW_CONTENT_ERROR_MISSING, NULL);
}

static void
test_random_bytes (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240601);
  g_autofree guint32 *bytes = g_new (guint32, 16384);
  guint i;

  for (i = 0; i < 16384; i++)
    bytes[i] = g_rand_int (rand);
  g_file_set_contents (fixture->path, (const char *) bytes, 16384 * sizeof (guint32), &error);
  g_assert_no_error (error);

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "damaged");
}

static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  /* Decided: CORRUPT. The file is there, so "missing" would send the learner looking for
   * the wrong problem; SQLite alone would even accept it as an empty database. */
  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "empty");
}

static void
test_wrong_version (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *expected = g_strdup_printf ("needs schema version %d",
                                               CW_CONTENT_SCHEMA_VERSION);
  g_autofree char *found = g_strdup_printf ("has schema version %d",
                                            CW_CONTENT_SCHEMA_VERSION + 41);

  /* The message says both what was found and what is needed. */
  write_fixture_full (fixture->path, CW_CONTENT_SCHEMA_SQL, CW_CONTENT_SCHEMA_VERSION + 41, 0);
  assert_open_fails (fixture->path, CW_CONTENT_ERROR_VERSION, expected);
  assert_open_fails (fixture->path, CW_CONTENT_ERROR_VERSION, found);

  /* No version at all: some other SQLite file, not a lesson database. */
  g_unlink (fixture->path);
  write_fixture_full (fixture->path, CW_CONTENT_SCHEMA_SQL, 0, 0);
  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "schema version");
}

static void
test_missing_table (Fixture       *fixture,
                    gconstpointer  user_data)
{
  sqlite3 *db = NULL;

  write_fixture (fixture->path);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  exec_sql (db, "DROP TABLE use_cases");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "use_cases");
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GString) schema = g_string_new (CW_CONTENT_SCHEMA_SQL);
  g_autofree char *sql = NULL;

  /* Every statement is prepared at open, so a column the store reads must exist then. */
  g_assert_cmpuint (g_string_replace (schema, "  rust_diagnostic    TEXT,\n", "", 1), ==, 1);
  sql = g_string_free (g_steal_pointer (&schema), FALSE);

  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    exec_sql (db, sql);
    exec_sql (db, "PRAGMA user_version = " G_STRINGIFY (CW_CONTENT_SCHEMA_VERSION));
    g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  }

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "rust_diagnostic");
}

static void
test_damaged_middle (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *contents = NULL;
  CwContentStore *store;
  gsize length = 0;
  gsize page = 4096;
  gsize start;
  gsize end;
  gsize i;

  write_fixture_full (fixture->path, CW_CONTENT_SCHEMA_SQL, CW_CONTENT_SCHEMA_VERSION, 3000);

  /* Intact, it opens. */
  store = open_store (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (cw_content_store_get_lessons (store)), ==, 3003);
  g_assert_finalize_object (store);

  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length / page, >, 200);

  /* Whole pages of noise from 45 % to 55 % of the file; the header and schema (page 1)
   * stay intact, so the file still "opens" and answers simple queries. */
  start = (length * 45 / 100) / page * page;
  end = (length * 55 / 100) / page * page;
  for (i = start; i < end; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (fixture->path, contents, (gssize) length, &error);
  g_assert_no_error (error);

  assert_open_fails (fixture->path, CW_CONTENT_ERROR_CORRUPT, "damaged");
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  user_data)
{
  if (geteuid () == 0)
    {
      g_test_skip ("root reads files whatever their mode");
      return;
    }

  write_fixture (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0), ==, 0);
  assert_open_fails (fixture->path, CW_CONTENT_ERROR_FAILED, "readable");
  g_chmod (fixture->path, 0600);
}

static void
test_models_outlive_store (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(CwSnippetPair) pair = NULL;
  CwContentStore *store;

  write_fixture (fixture->path);
  store = open_store (fixture->path);
  pairs = cw_content_store_list_pairs (store, "ownership");
  hits = search_ok (store, "cargo", 0);
  g_assert_finalize_object (store);

  /* Transfer-full models own plain copies: nothing points back into SQLite. */
  pair = g_list_model_get_item (pairs, 0);
  g_assert_cmpstr (cw_snippet_pair_get_rust_code (pair), ==, "let b = a;");
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
}

static void
test_parts (Fixture       *fixture,
            gconstpointer  user_data)
{
  CwContentStore *store;
  GListModel *parts;
  GListModel *start;
  g_autoptr(CwPart) first = NULL;
  g_autoptr(CwLesson) lesson = NULL;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  g_assert_cmpstr (cw_content_store_get_rustc_version (store), ==, "1.95.0");
  parts = cw_content_store_get_parts (store);
  g_assert_cmpuint (g_list_model_get_n_items (parts), ==, 2);
  first = g_list_model_get_item (parts, 0);
  g_assert_cmpstr (cw_part_get_id (first), ==, "start");
  g_assert_cmpuint (cw_part_get_position (first), ==, 1);
  g_assert_true (cw_content_store_get_part (store, "start") == first);
  g_assert_null (cw_content_store_get_part (store, "nope"));

  start = cw_content_store_get_lessons_in_part (store, "start");
  g_assert_cmpuint (g_list_model_get_n_items (start), ==, 2);
  lesson = g_list_model_get_item (start, 1);
  g_assert_cmpstr (cw_lesson_get_id (lesson), ==, "ownership");
  g_assert_cmpstr (cw_lesson_get_part_id (lesson), ==, "start");
  g_assert_cmpuint (g_list_model_get_n_items (cw_content_store_get_lessons_in_part (store,
                                                                                    "more")),
                    ==, 1);
  g_assert_null (cw_content_store_get_lessons_in_part (store, "nope"));

  g_assert_finalize_object (store);
}

static void
test_exercises (Fixture       *fixture,
                gconstpointer  user_data)
{
  CwContentStore *store;
  CwExercise *exercise;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(GListModel) statement = NULL;
  const char * const *hints;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  g_assert_cmpuint (g_list_model_get_n_items (cw_content_store_get_exercises (store)), ==, 1);
  exercise = cw_content_store_get_exercise (store, "ownership-fix");
  g_assert_nonnull (exercise);
  g_assert_null (cw_content_store_get_exercise (store, "nope"));
  g_assert_cmpstr (cw_exercise_get_lesson_id (exercise), ==, "ownership");
  g_assert_cmpstr (cw_exercise_get_kind (exercise), ==, "compile");
  g_assert_cmpstr (cw_exercise_get_tests (exercise), ==, "#[test] fn t() {}");
  g_assert_null (cw_exercise_get_example_js (exercise));
  hints = cw_exercise_get_hints (exercise);
  g_assert_cmpuint (g_strv_length ((char **) hints), ==, 2);
  g_assert_cmpstr (hints[0], ==, "Clone it.");
  g_assert_cmpstr (cw_exercise_get_hints_plain (exercise)[1], ==, "Or &str.");

  mine = cw_content_store_list_exercises (store, "ownership");
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  none = cw_content_store_list_exercises (store, "cargo");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  statement = cw_content_store_list_statement_blocks (store, "ownership-fix");
  g_assert_cmpuint (g_list_model_get_n_items (statement), ==, 0);

  g_assert_finalize_object (store);
}

static void
test_blocks_and_marks (Fixture       *fixture,
                       gconstpointer  user_data)
{
  CwContentStore *store;
  g_autoptr(GListModel) blocks = NULL;
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(CwContentBlock) heading = NULL;
  g_autoptr(CwContentBlock) code = NULL;
  g_autoptr(CwSnippetPair) pair = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) back = NULL;
  g_autoptr(GArray) unmarked = NULL;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  blocks = cw_content_store_list_intro_blocks (store, "ownership");
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 2);
  heading = g_list_model_get_item (blocks, 0);
  code = g_list_model_get_item (blocks, 1);
  g_assert_cmpstr (cw_content_block_get_kind (heading), ==, "heading");
  g_assert_cmpuint (cw_content_block_get_level (heading), ==, 2);
  g_assert_cmpstr (cw_content_block_get_plain (heading), ==, "Owners");
  g_assert_cmpstr (cw_content_block_get_kind (code), ==, "code");
  g_assert_cmpstr (cw_content_block_get_language (code), ==, "rust");
  g_assert_cmpstr (cw_content_block_get_text (code), ==, "let a = 1;");

  pairs = cw_content_store_list_pairs (store, "ownership");
  pair = g_list_model_get_item (pairs, 0);
  g_assert_cmpstrv (cw_snippet_pair_get_marks (pair, CW_SIDE_JAVASCRIPT),
                    ((const char * const[]) { "1:assign", "3:x", NULL }));
  lines = cw_snippet_pair_get_corresponding_lines (pair, CW_SIDE_JAVASCRIPT, 3);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 4);
  back = cw_snippet_pair_get_corresponding_lines (pair, CW_SIDE_RUST, 1);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpuint (g_array_index (back, guint, 0), ==, 1);
  unmarked = cw_snippet_pair_get_corresponding_lines (pair, CW_SIDE_RUST, 3);
  g_assert_cmpuint (unmarked->len, ==, 0);

  g_assert_finalize_object (store);
}

/* The built course (CRABWISE_CONTENT_DB), or NULL after marking the test skipped. */
static CwContentStore *
open_real_store (void)
{
  const char *path = g_getenv ("CRABWISE_CONTENT_DB");

  if (path == NULL || *path == '\0' || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("CRABWISE_CONTENT_DB does not name a built content.sqlite3");
      return NULL;
    }

  return open_store (path);
}

/* The first hit whose plain snippet or title contains @text, or -1. */
static int
first_hit_containing (GListModel *hits,
                      const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);

      if (strstr (cw_search_hit_get_snippet_plain (hit), text) != NULL ||
          strstr (cw_search_hit_get_title (hit), text) != NULL)
        return (int) i;
    }

  return -1;
}

static void
test_search_punctuation (Fixture       *fixture,
                         gconstpointer  user_data)
{
  CwContentStore *store;
  g_autoptr(GListModel) and_and = NULL;
  g_autoptr(GListModel) attribute = NULL;
  g_autoptr(GListModel) reference = NULL;
  g_autoptr(GListModel) nothing = NULL;
  g_autoptr(CwSearchHit) hit = NULL;

  write_fixture (fixture->path);
  store = open_store (fixture->path);

  /* Two characters: the bounded scan. */
  and_and = search_ok (store, "&&", 0);
  g_assert_cmpuint (g_list_model_get_n_items (and_and), ==, 1);
  hit = g_list_model_get_item (and_and, 0);
  g_assert_cmpstr (cw_search_hit_get_lesson_id (hit), ==, "ownership");
  g_assert_cmpstr (cw_search_hit_get_kind (hit), ==, "code");
  g_assert_nonnull (strstr (cw_search_hit_get_snippet (hit), "<b>&amp;&amp;</b>"));

  attribute = search_ok (store, "#[", 0);
  g_assert_cmpint (first_hit_containing (attribute, "#[test]"), ==, 0);

  /* Three characters or more: the trigram index, punctuation included. */
  reference = search_ok (store, "(&a)", 0);
  g_assert_cmpuint (g_list_model_get_n_items (reference), ==, 1);
  g_assert_cmpint (first_hit_containing (reference, "(&a)"), ==, 0);

  nothing = search_ok (store, "?.", 0);
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);

  g_assert_finalize_object (store);
}

/* What JavaScript developers type, against the real course: each finds the lesson that
 * explains it, with the text as typed in the first hit's snippet. */
static void
test_real_search_punctuation (void)
{
  static const struct
  {
    const char *query;
    const char *lesson;    /* a lesson among the first three hits */
    int         within;    /* the literal text appears in a snippet among the first … */
  } cases[] = {
    { "??", "option", 1 },
    { "?.", "option", 1 },
    { "&mut", "borrowing", 10 },
    { "::", NULL, 1 },
    { "=>", NULL, 1 },
    { "'a", "lifetimes", 1 },
  };
  CwContentStore *store = open_real_store ();

  if (store == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) hits = search_ok (store, cases[i].query, 20);
      int at = first_hit_containing (hits, cases[i].query);
      gboolean found = cases[i].lesson == NULL;

      g_test_message ("%s: %u hits, literal at %d", cases[i].query,
                      g_list_model_get_n_items (hits), at);
      g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
      g_assert_cmpint (at, >=, 0);
      g_assert_cmpint (at, <, cases[i].within);

      for (guint j = 0; !found && j < MIN (3, g_list_model_get_n_items (hits)); j++)
        {
          g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, j);

          found = g_str_equal (cw_search_hit_get_lesson_id (hit), cases[i].lesson);
        }
      g_assert_true (found);
    }

  g_assert_finalize_object (store);
}


static void
test_real_database (void)
{
  g_autoptr(GListModel) hits = NULL;
  CwContentStore *store = open_real_store ();
  GListModel *lessons;
  guint previous = 0;
  gboolean found = FALSE;
  guint n_concepts = 0;
  guint n_exercises = 0;
  guint n_pairs = 0;
  guint n_questions = 0;
  guint with_concept = 0;
  guint i;

  if (store == NULL)
    return;

  lessons = cw_content_store_get_lessons (store);
  g_assert_cmpuint (g_list_model_get_n_items (lessons), >=, 30);
  n_concepts = g_list_model_get_n_items (cw_content_store_get_concepts (store));
  n_exercises = g_list_model_get_n_items (cw_content_store_get_exercises (store));
  g_assert_cmpuint (n_exercises, >=, 40);
  {
    g_autoptr(CwLesson) first = g_list_model_get_item (lessons, 0);

    g_assert_cmpstr (cw_lesson_get_id (first), ==, "getting-started");
  }

  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);
      const char *id = cw_lesson_get_id (lesson);
      g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store, id);
      g_autoptr(GListModel) quiz = cw_content_store_list_quiz (store, id);
      CwConcept *concept = cw_content_store_get_concept (store, id);
      guint j;

      g_assert_cmpuint (cw_lesson_get_position (lesson), >, previous);
      previous = cw_lesson_get_position (lesson);
      g_assert_true (cw_content_store_get_lesson (store, id) == lesson);
      g_assert_nonnull (cw_content_store_get_part (store, cw_lesson_get_part_id (lesson)));
      g_assert_cmpuint (g_list_model_get_n_items (pairs), >, 0);
      n_pairs += g_list_model_get_n_items (pairs);
      n_questions += g_list_model_get_n_items (quiz);

      if (concept != NULL)
        {
          g_assert_cmpstr (cw_concept_get_name (concept), ==, cw_lesson_get_concept_name (lesson));
          with_concept++;
        }
      else
        {
          g_assert_null (cw_lesson_get_concept_name (lesson));
        }

      for (j = 0; j < g_list_model_get_n_items (pairs); j++)
        {
          g_autoptr(CwSnippetPair) pair = g_list_model_get_item (pairs, j);

          g_assert_cmpuint (cw_snippet_pair_get_position (pair), ==, j + 1);
          g_assert_nonnull (cw_snippet_pair_get_rust_code (pair));
          g_assert_nonnull (cw_snippet_pair_get_js_code (pair));
        }

      for (j = 0; j < g_list_model_get_n_items (quiz); j++)
        {
          g_autoptr(CwQuizItem) item = g_list_model_get_item (quiz, j);
          guint n_choices = g_strv_length ((char **) cw_quiz_item_get_choices (item));

          g_assert_cmpuint (n_choices, >=, 2);
          g_assert_cmpuint (cw_quiz_item_get_answer (item), <, n_choices);
          if (g_str_equal (cw_quiz_item_get_kind (item), "compiles"))
            g_assert_cmpuint (g_strv_length ((char **) cw_quiz_item_get_choice_codes (item)),
                              ==, n_choices);
          else
            g_assert_null (cw_quiz_item_get_choice_codes (item));
        }
    }
  g_assert_cmpuint (with_concept, ==, n_concepts);

  /* The size of the shipped course (issue 11). */
  g_test_message ("%u lessons, %u pairs, %u questions, %u exercises",
                  g_list_model_get_n_items (lessons), n_pairs, n_questions, n_exercises);
  g_assert_cmpuint (n_pairs, >=, 120);
  g_assert_cmpuint (n_questions, >=, 150);
  g_assert_nonnull (cw_content_store_get_exercise (store, "ownership-fix-move"));

  hits = search_ok (store, "borrowing", 20);
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  for (i = 0; i < MIN (3, g_list_model_get_n_items (hits)); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);

      g_test_message ("borrowing %u: %s/%s %s", i, cw_search_hit_get_lesson_id (hit),
                      cw_search_hit_get_kind (hit), cw_search_hit_get_snippet (hit));
      if (g_str_equal (cw_search_hit_get_lesson_id (hit), "borrowing"))
        found = TRUE;
    }
  g_assert_true (found);

  {
    static const char * const queries[] = { "option", "async", "cargo", "mut", "res", "own" };

    for (i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr(GListModel) more = search_ok (store, queries[i], 50);

        g_assert_cmpuint (g_list_model_get_n_items (more), >, 0);
      }
  }

  g_assert_finalize_object (store);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/content-store/lessons", test_lessons);
  ADD ("/content-store/concepts", test_concepts);
  ADD ("/content-store/pairs", test_pairs);
  ADD ("/content-store/use-cases", test_use_cases);
  ADD ("/content-store/quiz", test_quiz);
  ADD ("/content-store/parts", test_parts);
  ADD ("/content-store/exercises", test_exercises);
  ADD ("/content-store/blocks-and-marks", test_blocks_and_marks);
  ADD ("/content-store/search/punctuation", test_search_punctuation);
  ADD ("/content-store/search/ranking", test_search_ranking);
  ADD ("/content-store/search/snippet", test_search_snippet);
  ADD ("/content-store/search/syntax", test_search_syntax);
  ADD ("/content-store/read-only", test_read_only);
  ADD ("/content-store/read-only-folder", test_read_only_folder);
  ADD ("/content-store/odd-paths", test_odd_paths);
  ADD ("/content-store/models-outlive-store", test_models_outlive_store);
  ADD ("/content-store/error/missing", test_missing);
  ADD ("/content-store/error/random-bytes", test_random_bytes);
  ADD ("/content-store/error/empty-file", test_empty_file);
  ADD ("/content-store/error/wrong-version", test_wrong_version);
  ADD ("/content-store/error/missing-table", test_missing_table);
  ADD ("/content-store/error/missing-column", test_missing_column);
  ADD ("/content-store/error/damaged-middle", test_damaged_middle);
  ADD ("/content-store/error/unreadable", test_unreadable);
  g_test_add_func ("/content-store/real", test_real_database);
  g_test_add_func ("/content-store/real/search-punctuation", test_real_search_punctuation);

  return g_test_run ();
}
