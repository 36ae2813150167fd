/* test-cc-write.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include <string.h>

#include "cw-content-schema.h"
#include "cc-test-fixture.h"

/* The writer (cc-write.c): what each table holds for the valid tree, and the depfile. */

static void
test_valid (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *stderr_text = NULL;
  g_autofree char *depfile = NULL;
  g_autofree char *version = NULL;
  g_autofree char *code = NULL;
  g_autofree char *move_path = NULL;
  sqlite3 *db;

  if (skip_without_compiler ())
    return;

  g_assert_cmpint (run_compiler (fixture, fixture->output, &stderr_text), ==, 0);
  g_assert_cmpstr (stderr_text, ==, "");
  g_assert_true (g_file_test (fixture->output, G_FILE_TEST_IS_REGULAR));

  db = open_database (fixture->output);
  version = g_strdup_printf ("%d", CW_CONTENT_SCHEMA_VERSION);
  assert_query (db, "PRAGMA user_version", version);
  assert_query (db, "PRAGMA journal_mode", "delete");

  assert_query (db, "SELECT group_concat(id || ':' || position || ':' || title, ',') FROM "
                    "(SELECT * FROM lessons ORDER BY position)", "basics:1:Basics,more:2:More");
  assert_query (db, "SELECT summary FROM lessons WHERE id = 'basics'", "A first look at values.");
  assert_query (db, "SELECT intro FROM lessons WHERE id = 'basics'",
                "Welcome to <b>Crabwise</b>. See <a href=\"crabwise:lesson/more\">more</a>.\n\n"
                "A second paragraph\n"
                "over two lines, with <a href=\"https://www.rust-lang.org\">a link</a>.\n\n"
                "Third <i>one</i> &amp; last.");

  assert_query (db, "SELECT count(*) FROM concepts", "1");
  assert_query (db, "SELECT lesson_id || ':' || position || ':' || name || ':' || javascript || "
                    "':' || rust || ':' || key_difference FROM concepts",
                "basics:1:Values:Values have <i>dynamic</i> types.:Values have <b>static</b> "
                "types.:Rust checks types before it runs.");

  assert_query (db, "SELECT count(*) FROM snippet_pairs", "3");
  assert_query (db, "SELECT caption || '|' || text || '|' || js_file || '|' || js_output || '|' "
                    "|| rust_file || '|' || rust_output || '|' || rust_crate_type || '|' || "
                    "rust_edition FROM snippet_pairs WHERE position = 1",
                "Printing|Rust prints with <tt>println!</tt>.|1-print.js|hi\n|1-print.rs|hi\n|"
                "bin|2021");
  assert_query (db, "SELECT js_code FROM snippet_pairs WHERE position = 1",
                "console.log(\"hi\");\n");
  assert_query (db, "SELECT rust_code FROM snippet_pairs WHERE position = 1",
                "fn main() {\n    println!(\"hi\");\n}\n");
  assert_query (db, "SELECT rust_diagnostic IS NULL AND rust_error_code IS NULL FROM "
                    "snippet_pairs WHERE position = 1", "1");
  assert_query (db, "SELECT js_output IS NULL AND rust_output IS NULL FROM snippet_pairs "
                    "WHERE position = 2", "1");
  assert_query (db, "SELECT js_file || '|' || rust_error_code || '|' || rust_error_message "
                    "FROM snippet_pairs WHERE position = 2",
                "2-move.mjs|E0382|borrow of moved value: `a`");
  assert_query (db, "SELECT rust_diagnostic FROM snippet_pairs WHERE position = 2", cc_test_move_stderr);
  assert_query (db, "SELECT text || '|' || rust_crate_type || '|' || rust_edition FROM "
                    "snippet_pairs WHERE position = 3", "|lib|2018");

  assert_query (db, "SELECT group_concat(position || ':' || kind || ':' || prompt || ':' || "
                    "answer || ':' || explanation, ',') FROM quiz_items",
                "1:choice:Which one is <b>Rust</b>?:1:Only one of them.,"
                "2:compiles:Which program compiles?:0:The second uses <tt>s</tt> twice.");
  assert_query (db, "SELECT group_concat(text, ';') FROM (SELECT text FROM quiz_choices "
                    "WHERE question = 1 ORDER BY position)", "JavaScript;<tt>Rust</tt>;Both");
  assert_query (db, "SELECT count(*) FROM quiz_choices WHERE question = 1 AND file IS NULL AND "
                    "code IS NULL", "3");
  assert_query (db, "SELECT text || '|' || file || '|' || code FROM quiz_choices "
                    "WHERE question = 2 AND position = 0", "q2-a.rs|q2-a.rs|fn main() {}\n");

  assert_query (db, "SELECT position || '|' || area || '|' || examples || '|' || why "
                    "FROM use_cases", "1|Command-line tools|ripgrep, fd|One <i>native</i> binary.");

  assert_query (db, "SELECT count(*) FROM search", "7");
  assert_query (db, "SELECT group_concat(kind || position, ',') FROM search "
                    "WHERE lesson_id = 'basics'", "lesson0,concept0,code1,code2,code3,use-case1");
  assert_query (db, "SELECT title || '|' || body || '|' || code FROM search WHERE kind = 'lesson' "
                    "AND lesson_id = 'basics'",
                "Basics|A first look at values.\n\nWelcome to Crabwise. See more.\n\n"
                "A second paragraph\nover two lines, with a link.\n\nThird one & last.|");
  assert_query (db, "SELECT title || '|' || body FROM search WHERE kind = 'concept'",
                "Values|Values have dynamic types.\nValues have static types.\n"
                "Rust checks types before it runs.");
  assert_query (db, "SELECT title || '|' || body || '|' || code FROM search WHERE kind = 'code' "
                    "AND position = 1",
                "Printing|Rust prints with println!.|console.log(\"hi\");\n\n"
                "fn main() {\n    println!(\"hi\");\n}\n");
  assert_query (db, "SELECT lesson_id || ':' || kind || ':' || title FROM search "
                    "WHERE search MATCH 'ripgrep'", "basics:use-case:Command-line tools");
  assert_query (db, "SELECT body FROM search WHERE search MATCH 'native'",
                "ripgrep, fd\nOne native binary.");
  assert_query (db, "SELECT lesson_id || ':' || kind || ':' || position FROM search "
                    "WHERE search MATCH 'code:hi'", "basics:code:1");

  sqlite3_close (db);

  /* The depfile names the output and every input, so editing any of them rebuilds. */
  depfile = read_file (fixture->depfile);
  code = g_strconcat (fixture->output, ": \\\n", NULL);
  g_assert_true (g_str_has_prefix (depfile, code));
  move_path = g_build_filename (fixture->content, "basics", "2-move.rs.stderr", NULL);
  g_assert_nonnull (strstr (depfile, move_path));
  g_assert_nonnull (strstr (depfile, "/more/intro.markup"));
  g_assert_null (strstr (depfile, "meson.build"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/content-compile/valid", Fixture, NULL,
              fixture_set_up, test_valid, fixture_tear_down);

  return g_test_run ();
}
