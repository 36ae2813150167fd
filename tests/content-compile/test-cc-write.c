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
  assert_query (db, "SELECT group_concat(key || '=' || value, ',') FROM meta",
                "content_format=2,rustc_version=1.95.0");

  /* cc_write_parts, cc_write_lessons, cc_write_concepts */
  assert_query (db, "SELECT group_concat(id || ':' || position || ':' || title, ',') FROM "
                    "(SELECT * FROM parts ORDER BY position)", "start:1:Start,more:2:More");
  assert_query (db, "SELECT group_concat(id || ':' || position || ':' || part_id || ':' || "
                    "part_position || ':' || title, ',') FROM (SELECT * FROM lessons ORDER BY "
                    "position)", "basics:1:start:1:Basics,more:2:more:1:More");
  assert_query (db, "SELECT summary || '|' || summary_markup FROM lessons WHERE id = 'more'",
                "Everything else.|Everything else.");
  assert_query (db, "SELECT intro FROM lessons WHERE id = 'basics'",
                "Welcome to <b>Crabwise</b>. See <a href=\"crabwise:lesson/more\">more</a>.\n\n"
                "<b>Two kinds</b>\n\n"
                "• A <tt>Box&lt;dyn Error&gt;</tt> &amp; a <i>binding</i>\n\n"
                "• A <a href=\"https://www.rust-lang.org\">link</a>\n\n"
                "<tt>let x = 1;</tt>");
  assert_query (db, "SELECT intro_plain FROM lessons WHERE id = 'basics'",
                "Welcome to Crabwise. See more.\n\nTwo kinds\n\nA Box<dyn Error> & a binding\n\n"
                "A link\n\nlet x = 1;");
  assert_query (db, "SELECT lesson_id || '|' || part_id || '|' || name || '|' || javascript || "
                    "'|' || rust || '|' || key_difference || '|' || plain FROM concepts",
                "basics|start|Values|Values have <i>dynamic</i> types.|Values have "
                "<b>static</b> types.|Rust checks <tt>Vec&lt;T&gt;</tt> first.|Values have "
                "dynamic types.\nValues have static types.\nRust checks Vec<T> first.");

  /* cc_write_blocks */
  assert_query (db, "SELECT group_concat(position || ':' || kind || ':' || level || ':' || "
                    "number || ':' || coalesce(language, '-'), ',') FROM blocks "
                    "WHERE owner = 'lesson/basics'",
                "1:paragraph:0:0:-,2:heading:2:0:-,3:item:1:0:-,4:item:1:0:-,5:code:0:0:rust");
  assert_query (db, "SELECT text FROM blocks WHERE owner = 'lesson/basics' AND position = 5",
                "let x = 1;");
  assert_query (db, "SELECT group_concat(owner, ',') FROM (SELECT DISTINCT owner FROM blocks "
                    "ORDER BY owner)",
                "exercise/basics-add,exercise/more-double,lesson/basics,lesson/more,"
                "pair/basics/1,pair/basics/2,pair/basics/3,pair/basics/4,pair/more/1");

  /* cc_write_snippet_pairs, cc_write_line_marks */
  assert_query (db, "SELECT count(*) FROM snippet_pairs", "5");
  assert_query (db, "SELECT stem || '|' || caption || '|' || text || '|' || text_plain || '|' || "
                    "js_file || '|' || js_output || '|' || js_check || '|' || rust_mode || '|' "
                    "|| rust_edition || '|' || rust_expect || '|' || rust_output FROM "
                    "snippet_pairs WHERE lesson_id = 'basics' AND position = 1",
                "1-print|Printing|Rust prints with <tt>println!</tt>.|Rust prints with "
                "println!.|1-print.js|hi\n|run|bin|2024|output|hi\n");
  assert_query (db, "SELECT js_code || rust_code FROM snippet_pairs WHERE lesson_id = 'basics' "
                    "AND position = 1",
                "console.log(\"hi\");\nfn main() {\n    println!(\"hi\");\n}\n");
  assert_query (db, "SELECT group_concat(side || line || name, ',') FROM (SELECT * FROM "
                    "line_marks WHERE lesson_id = 'basics' ORDER BY pair, side, line, name)",
                "js1main,js1print,rust1main,rust2print,js1a,rust2a");
  assert_query (db, "SELECT js_file || '|' || js_output || '|' || rust_expect || '|' || "
                    "rust_error_code || '|' || rust_error_message || '|' || (rust_output IS "
                    "NULL) FROM snippet_pairs WHERE lesson_id = 'basics' AND position = 2",
                "2-move.mjs|x\n|error|E0382|borrow of moved value: `a`|1");
  assert_query (db, "SELECT rust_diagnostic FROM snippet_pairs WHERE lesson_id = 'basics' AND "
                    "position = 2", cc_test_move_stderr);
  assert_query (db, "SELECT rust_mode || '|' || rust_crate_name || '|' || rust_expect FROM "
                    "snippet_pairs WHERE lesson_id = 'basics' AND position = 3",
                "doctest|basics|output");
  assert_query (db, "SELECT crates || '|' || rust_expect || '|' || rust_panic FROM "
                    "snippet_pairs WHERE lesson_id = 'basics' AND position = 4",
                "serde+derive;serde_json|panic|boom");

  /* cc_write_quiz_items, cc_write_quiz_choices */
  assert_query (db, "SELECT group_concat(position || ':' || kind || ':' || answer, ',') FROM "
                    "quiz_items WHERE lesson_id = 'basics'",
                "1:choice:1,2:compiles:0,3:predict:0,4:bug:0");
  assert_query (db, "SELECT prompt || '|' || prompt_plain FROM quiz_items WHERE position = 1 "
                    "AND lesson_id = 'basics'", "Which one is <b>Rust</b>?|Which one is Rust?");
  assert_query (db, "SELECT group_concat(text || '=' || plain, ';') FROM (SELECT * FROM "
                    "quiz_choices WHERE lesson_id = 'basics' AND question = 1 ORDER BY "
                    "position)", "JavaScript=JavaScript;<tt>Rust</tt>=Rust;Both=Both");
  assert_query (db, "SELECT file || '|' || code || '|' || (diagnostic IS NULL) FROM "
                    "quiz_choices WHERE lesson_id = 'basics' AND question = 2 AND position = 0",
                "q2-a.rs|fn main() {}\n|1");
  assert_query (db, "SELECT diagnostic FROM quiz_choices WHERE lesson_id = 'basics' AND "
                    "question = 2 AND position = 1", "error[E0382]: use of moved value: `s`\n");
  assert_query (db, "SELECT code_file || '|' || code_language || '|' || code_output FROM "
                    "quiz_items WHERE lesson_id = 'basics' AND position = 3",
                "q3.rs|rust|1\n2\n");
  assert_query (db, "SELECT group_concat(text, ';') FROM quiz_choices WHERE lesson_id = "
                    "'basics' AND question = 3", "<tt>1\n2</tt>;<tt>*2*</tt>");
  assert_query (db, "SELECT code_panic || '|' || (code_diagnostic IS NULL) FROM quiz_items "
                    "WHERE lesson_id = 'basics' AND position = 4",
                "index out of bounds: the len is 1 but the index is 9|1");

  /* cc_write_exercises, cc_write_exercise_hints, cc_write_use_cases */
  assert_query (db, "SELECT group_concat(id || ':' || lesson_id || ':' || kind || ':' || "
                    "(example_js IS NOT NULL), ',') FROM exercises",
                "basics-add:basics:implement:0,more-double:more:translate:1");
  assert_query (db, "SELECT statement || '|' || statement_plain || '|' || tests FROM exercises "
                    "WHERE id = 'basics-add'",
                "Write <tt>add</tt>.|Write add.|    #[test]\n    fn adds() {\n"
                "        assert_eq!(add(1, 2), 3);\n    }\n");
  assert_query (db, "SELECT group_concat(position || ':' || text || ':' || plain, ',') FROM "
                    "exercise_hints WHERE exercise_id = 'basics-add'",
                "1:Use <tt>+</tt>.:Use +.,2:<tt>a + b</tt>:a + b");
  assert_query (db, "SELECT position || '|' || area || '|' || examples || '|' || why || '|' || "
                    "why_plain FROM use_cases",
                "1|Command-line tools|ripgrep, fd|One <i>native</i> binary.|One native binary.");

  /* cc_write_search: both indexes over search_docs */
  assert_query (db, "SELECT group_concat(kind || position, ',') FROM search_docs "
                    "WHERE lesson_id = 'basics'",
                "lesson0,concept0,code1,code2,code3,code4,use-case1,exercise1");
  assert_query (db, "SELECT title || '|' || code FROM search_docs WHERE kind = 'code' AND "
                    "lesson_id = 'more'", "X|console.log(1);\n\nfn main() {\n"
                    "    println!(\"1\");\n}\n");
  assert_query (db, "SELECT lesson_id || ':' || kind || ':' || title FROM search_docs WHERE id "
                    "IN (SELECT rowid FROM search WHERE search MATCH 'ripgrep')",
                "basics:use-case:Command-line tools");
  assert_query (db, "SELECT kind || ':' || target FROM search_docs WHERE id IN (SELECT rowid "
                    "FROM search_trigram WHERE search_trigram MATCH '\"add.\"')",
                "exercise:basics-add");

  sqlite3_close (db);

  /* The depfile names the output and every input, so editing any of them rebuilds. */
  depfile = read_file (fixture->depfile);
  code = g_strconcat (fixture->output, ": \\\n", NULL);
  g_assert_true (g_str_has_prefix (depfile, code));
  move_path = g_build_filename (fixture->content, "basics", "2-move.rs.stderr", NULL);
  g_assert_nonnull (strstr (depfile, move_path));
  g_assert_nonnull (strstr (depfile, "/more/intro.md"));
  g_assert_nonnull (strstr (depfile, "/more/exercises/more-double/example.js"));
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
