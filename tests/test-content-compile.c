/* test-content-compile.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cw-content-schema.h"

/*
 * Runs the built crabwise-content-compile (CRABWISE_CONTENT_COMPILE) on a small valid lesson
 * tree, and on copies broken in one way each, checking the exact `file:line: message` output,
 * the exit status and that a failure leaves no database behind.
 */

typedef struct
{
  char *root;
  char *content;
  char *output;
  char *depfile;
} Fixture;

typedef struct
{
  const char *name;
  const char *file;
  const char *old_text;   /* NULL: delete the file */
  const char *new_text;
  const char *expected;   /* $CONTENT stands for the content folder */
} BrokenCase;

/* Line numbers matter: the failure cases below refer to them. */
static const char basics_ini[] =
  "[Lesson]\n"                                         /*  1 */
  "Id=basics\n"                                        /*  2 */
  "Order=1\n"                                          /*  3 */
  "Title=Basics\n"                                     /*  4 */
  "Summary=A first look at values.\n"                  /*  5 */
  "\n"                                                 /*  6 */
  "[Concept]\n"                                        /*  7 */
  "Name=Values\n"                                      /*  8 */
  "JavaScript=Values have <i>dynamic</i> types.\n"     /*  9 */
  "Rust=Values have <b>static</b> types.\n"            /* 10 */
  "KeyDifference=Rust checks types before it runs.\n"  /* 11 */
  "\n"                                                 /* 12 */
  "[Pair 1]\n"                                         /* 13 */
  "Caption=Printing\n"                                 /* 14 */
  "Text=Rust prints with <tt>println!</tt>.\n"         /* 15 */
  "JavaScript=1-print.js\n"                            /* 16 */
  "Rust=1-print.rs\n"                                  /* 17 */
  "JavaScriptOutput=hi\\n\n"                           /* 18 */
  "RustOutput=hi\\n\n"                                 /* 19 */
  "\n"                                                 /* 20 */
  "[Pair 2]\n"                                         /* 21 */
  "Caption=Moving\n"                                   /* 22 */
  "JavaScript=2-move.mjs\n"                            /* 23 */
  "Rust=2-move.rs\n"                                   /* 24 */
  "RustExpectError=E0382\n"                            /* 25 */
  "RustErrorMessage=borrow of moved value: `a`\n"      /* 26 */
  "\n"                                                 /* 27 */
  "[Pair 3]\n"                                         /* 28 */
  "Caption=A library\n"                                /* 29 */
  "JavaScript=3-lib.cjs\n"                             /* 30 */
  "Rust=3-lib.rs\n"                                    /* 31 */
  "RustCrateType=lib\n"                                /* 32 */
  "RustEdition=2018\n"                                 /* 33 */
  "\n"                                                 /* 34 */
  "[Question 1]\n"                                     /* 35 */
  "Kind=choice\n"                                      /* 36 */
  "Prompt=Which one is <b>Rust</b>?\n"                 /* 37 */
  "Choices=JavaScript;<tt>Rust</tt>;Both\n"            /* 38 */
  "Answer=1\n"                                         /* 39 */
  "Explanation=Only one of them.\n"                    /* 40 */
  "\n"                                                 /* 41 */
  "[Question 2]\n"                                     /* 42 */
  "Kind=compiles\n"                                    /* 43 */
  "Prompt=Which program compiles?\n"                   /* 44 */
  "Choices=q2-a.rs;q2-b.rs\n"                          /* 45 */
  "Answer=0\n"                                         /* 46 */
  "Explanation=The second uses <tt>s</tt> twice.\n"    /* 47 */
  "\n"                                                 /* 48 */
  "# Where it pays off.\n"                             /* 49 */
  "[UseCase 1]\n"                                      /* 50 */
  "Area=Command-line tools\n"                          /* 51 */
  "Examples=ripgrep, fd\n"                             /* 52 */
  "Why=One <i>native</i> binary.\n";                   /* 53 */

static const char basics_intro[] =
  "Welcome to <b>Crabwise</b>. See <a href=\"crabwise:lesson/more\">more</a>.\n"   /* 1 */
  "\n"                                                                            /* 2 */
  "A second paragraph\n"                                                          /* 3 */
  "over two lines, with <a href=\"https://www.rust-lang.org\">a link</a>.\n"      /* 4 */
  "\n"                                                                            /* 5 */
  "\n"                                                                            /* 6 */
  "Third <i>one</i> &amp; last.\n";                                               /* 7 */

static const char more_ini[] =
  "[Lesson]\n"
  "Id=more\n"
  "Order=2\n"
  "Title=More\n"
  "Summary=Everything else.\n";

static const char more_intro[] =
  "Back to <a href=\"crabwise:lesson/basics\">the basics</a> or the "
  "<a href='crabwise:lab'>lab</a>.\n";

static const char move_stderr[] =
  "error[E0382]: borrow of moved value: `a`\n"
  " --> 2-move.rs:4:16\n";

static const struct
{
  const char *path;
  const char *contents;
} valid_tree[] = {
  { "meson.build", "# Not a lesson: files beside the lesson folders are ignored.\n" },
  { "basics/lesson.ini", basics_ini },
  { "basics/intro.markup", basics_intro },
  { "basics/1-print.js", "console.log(\"hi\");\n" },
  { "basics/1-print.rs", "fn main() {\n    println!(\"hi\");\n}\n" },
  { "basics/2-move.mjs", "const a = \"x\";\nconst b = a;\nconsole.log(a, b);\n" },
  { "basics/2-move.rs", "fn main() {\n    let a = String::new();\n    let b = a;\n"
                        "    println!(\"{a} {b}\");\n}\n" },
  { "basics/2-move.rs.stderr", move_stderr },
  { "basics/3-lib.cjs", "module.exports = {};\n" },
  { "basics/3-lib.rs", "pub fn one() -> i32 {\n    1\n}\n" },
  { "basics/q2-a.rs", "fn main() {}\n" },
  { "basics/q2-b.rs", "fn main() {\n    let s = String::new();\n    drop(s);\n    drop(s);\n}\n" },
  { "basics/q2-b.rs.stderr", "error[E0382]: use of moved value: `s`\n" },
  { "more/lesson.ini", more_ini },
  { "more/intro.markup", more_intro },
};

static const BrokenCase broken_cases[] = {
  { "missing-key", "basics/lesson.ini", "Title=Basics\n", "",
    "$CONTENT/basics/lesson.ini:1: missing key “Title” in group [Lesson]\n" },
  { "empty-key", "basics/lesson.ini", "Title=Basics\n", "Title=\n",
    "$CONTENT/basics/lesson.ini:4: Title must not be empty\n" },
  { "bad-order", "basics/lesson.ini", "Order=1\n", "Order=first\n",
    "$CONTENT/basics/lesson.ini:3: Order must be a whole number from 0 to 2147483647, "
    "not “first”\n" },
  { "duplicate-order", "more/lesson.ini", "Order=2\n", "Order=1\n",
    "$CONTENT/more/lesson.ini:3: Order 1 is already used by $CONTENT/basics/lesson.ini\n" },
  { "id-not-folder", "basics/lesson.ini", "Id=basics\n", "Id=basic\n",
    "$CONTENT/basics/lesson.ini:2: Id “basic” does not match the folder name “basics”\n" },
  { "unknown-key", "basics/lesson.ini", "Caption=Printing\n", "Caption=Printing\nColour=red\n",
    "$CONTENT/basics/lesson.ini:15: unknown key “Colour” in group [Pair 1]\n" },
  { "unknown-group", "basics/lesson.ini", "[UseCase 1]\n", "[Exercise 1]\n",
    "$CONTENT/basics/lesson.ini:50: unknown group [Exercise 1]\n" },
  { "duplicate-key", "basics/lesson.ini", "Area=Command-line tools\n",
    "Area=Tools\nArea=Command-line tools\n",
    "$CONTENT/basics/lesson.ini:52: duplicate key “Area” in group [UseCase 1] "
    "(first on line 51)\n" },
  { "duplicate-group", "basics/lesson.ini", "[Question 2]\n", "[Question 1]\n",
    "$CONTENT/basics/lesson.ini:42: duplicate group [Question 1] (first on line 35)\n" },
  { "not-key-value", "basics/lesson.ini", "Title=Basics\n", "Title Basics\n",
    "$CONTENT/basics/lesson.ini:4: expected Key=value, a [Group] or a # comment\n" },
  { "key-before-group", "more/lesson.ini", "[Lesson]\n", "Id=more\n[Lesson]\n",
    "$CONTENT/more/lesson.ini:1: a key before the first group; start with [Lesson]\n" },
  { "missing-snippet", "basics/1-print.js", NULL, NULL,
    "$CONTENT/basics/lesson.ini:16: missing file “1-print.js”\n" },
  { "missing-choice-file", "basics/q2-b.rs", NULL, NULL,
    "$CONTENT/basics/lesson.ini:45: missing file “q2-b.rs”\n" },
  { "snippet-outside-folder", "basics/lesson.ini", "Rust=1-print.rs\n", "Rust=../1-print.rs\n",
    "$CONTENT/basics/lesson.ini:17: “../1-print.rs” must be the name of a file in the lesson "
    "folder\n" },
  { "snippet-extension", "basics/lesson.ini", "JavaScript=1-print.js\n",
    "JavaScript=1-print.ts\n",
    "$CONTENT/basics/lesson.ini:16: JavaScript file “1-print.ts” must end in .js, .mjs, .cjs\n" },
  { "intro-unclosed-tag", "basics/intro.markup", "over two lines", "over <b>two lines",
    "$CONTENT/basics/intro.markup:3: invalid markup: Element “markup” was closed, but the "
    "currently open element is “b”\n" },
  { "intro-unknown-tag", "basics/intro.markup", "Third <i>one</i>", "Third <blink>one</blink>",
    "$CONTENT/basics/intro.markup:7: invalid markup: Unknown tag 'blink'\n" },
  { "intro-missing", "basics/intro.markup", NULL, NULL,
    "$CONTENT/basics/intro.markup:1: missing file: every lesson needs an introduction\n" },
  { "ini-unclosed-tag", "basics/lesson.ini", "Text=Rust prints with <tt>println!</tt>.\n",
    "Text=Rust prints with <tt>println!\n",
    "$CONTENT/basics/lesson.ini:15: invalid markup in Text: Element “markup” was closed, but "
    "the currently open element is “tt”\n" },
  { "ini-ampersand", "basics/lesson.ini", "Why=One <i>native</i> binary.\n", "Why=R & D\n",
    "$CONTENT/basics/lesson.ini:53: invalid markup in Why: Entity did not end with a "
    "semicolon; most likely you used an ampersand character without intending to start an "
    "entity — escape ampersand as &amp;\n" },
  { "link-bad-target", "more/intro.markup", "crabwise:lab", "crabwise:labs",
    "$CONTENT/more/intro.markup:1: bad link: link target “crabwise:labs” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "link-unknown-lesson", "more/intro.markup", "crabwise:lesson/basics",
    "crabwise:lesson/advanced",
    "$CONTENT/more/intro.markup:1: bad link: link to unknown lesson “advanced”\n" },
  { "link-http", "basics/intro.markup", "https://www.rust-lang.org", "http://www.rust-lang.org",
    "$CONTENT/basics/intro.markup:3: bad link: link target “http://www.rust-lang.org” must be "
    "crabwise:lesson/ID, crabwise:lab or an https:// address\n" },
  { "link-unclosed", "more/intro.markup", "the basics</a>", "the basics",
    "$CONTENT/more/intro.markup:1: bad link: a link cannot contain another link\n" },
  { "link-no-href", "more/intro.markup", "<a href='crabwise:lab'>", "<a title='lab'>",
    "$CONTENT/more/intro.markup:1: bad link: a link must be written <a href=\"…\">text</a>, "
    "with href as its only attribute\n" },
  { "link-in-ini", "basics/lesson.ini", "Why=One <i>native</i> binary.\n",
    "Why=One <a href=\"crabwise:lesson/none\">native</a> binary.\n",
    "$CONTENT/basics/lesson.ini:53: bad link in Why: link to unknown lesson “none”\n" },
  { "error-without-message", "basics/lesson.ini",
    "RustErrorMessage=borrow of moved value: `a`\n", "",
    "$CONTENT/basics/lesson.ini:25: RustExpectError needs RustErrorMessage, rustc's message "
    "without the “error[…]: ” prefix\n" },
  { "bad-error-code", "basics/lesson.ini", "RustExpectError=E0382\n", "RustExpectError=E382\n",
    "$CONTENT/basics/lesson.ini:25: RustExpectError must be a rustc error code such as E0382, "
    "not “E382”\n" },
  { "missing-diagnostic", "basics/2-move.rs.stderr", NULL, NULL,
    "$CONTENT/basics/lesson.ini:25: “2-move.rs” must fail to compile, but 2-move.rs.stderr is "
    "missing; run tests/update-rustc-diagnostics.sh\n" },
  { "diagnostic-mismatch", "basics/lesson.ini", "RustErrorMessage=borrow of moved value: `a`\n",
    "RustErrorMessage=use of moved value: `a`\n",
    "$CONTENT/basics/2-move.rs.stderr:1: rustc reported “error[E0382]: borrow of moved value: "
    "`a`”, but lesson.ini expects “error[E0382]: use of moved value: `a`”; fix "
    "RustExpectError/RustErrorMessage or run tests/update-rustc-diagnostics.sh\n" },
  { "stale-diagnostic", "basics/q2-a.rs.stderr", "", "error[E0000]: stale\n",
    "$CONTENT/basics/q2-a.rs.stderr:1: “q2-a.rs” is expected to compile, so this diagnostic is "
    "stale; delete it or run tests/update-rustc-diagnostics.sh\n" },
  { "diagnostic-without-error", "basics/q2-b.rs.stderr", "error[E0382]", "warning: unused",
    "$CONTENT/basics/q2-b.rs.stderr:1: no “error…” line from rustc in this file; run "
    "tests/update-rustc-diagnostics.sh\n" },
  { "output-of-library", "basics/lesson.ini", "RustOutput=hi\\n\n",
    "RustOutput=hi\\n\nRustCrateType=lib\n",
    "$CONTENT/basics/lesson.ini:19: RustOutput needs RustCrateType=bin: a library cannot be "
    "run\n" },
  { "output-of-failing", "basics/lesson.ini", "Caption=Moving\n", "Caption=Moving\nRustOutput=x\n",
    "$CONTENT/basics/lesson.ini:23: RustOutput cannot be set for a snippet that must fail to "
    "compile\n" },
  { "bad-edition", "basics/lesson.ini", "RustEdition=2018\n", "RustEdition=2019\n",
    "$CONTENT/basics/lesson.ini:33: RustEdition must be 2015, 2018, 2021 or 2024, not “2019”\n" },
  { "answer-out-of-range", "basics/lesson.ini", "Answer=1\n", "Answer=3\n",
    "$CONTENT/basics/lesson.ini:39: Answer 3 is out of range: there are 3 choices, counted "
    "from 0\n" },
  { "answer-not-a-number", "basics/lesson.ini", "Answer=0\n", "Answer=-1\n",
    "$CONTENT/basics/lesson.ini:46: Answer must be the number of a choice, counted from 0, "
    "not “-1”\n" },
  { "bad-kind", "basics/lesson.ini", "Kind=choice\n", "Kind=quiz\n",
    "$CONTENT/basics/lesson.ini:36: Kind must be “choice” or “compiles”, not “quiz”\n" },
  { "one-choice", "basics/lesson.ini", "Choices=JavaScript;<tt>Rust</tt>;Both\n",
    "Choices=Rust\n",
    "$CONTENT/basics/lesson.ini:38: a question needs at least two Choices, separated by “;”\n" },
  { "pair-gap", "basics/lesson.ini", "[Pair 3]\n", "[Pair 4]\n",
    "$CONTENT/basics/lesson.ini:28: [Pair 4] follows a gap: [Pair 3] is missing (number them "
    "1, 2, 3… without gaps)\n" },
  { "question-zero", "basics/lesson.ini", "[Question 1]\n", "[Question 0]\n",
    "$CONTENT/basics/lesson.ini:35: unknown group [Question 0]\n"
    "$CONTENT/basics/lesson.ini:42: [Question 2] follows a gap: [Question 1] is missing "
    "(number them 1, 2, 3… without gaps)\n" },
};

static const char *
get_compiler (void)
{
  return g_getenv ("CRABWISE_CONTENT_COMPILE");
}

static void
write_file (Fixture    *fixture,
            const char *relative,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->content, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Replaces the one occurrence of @old_text in a file of the tree; an empty @old_text creates
 * the file with @new_text. */
static void
edit_file (Fixture    *fixture,
           const char *relative,
           const char *old_text,
           const char *new_text)
{
  g_autofree char *path = g_build_filename (fixture->content, relative, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  const char *found;

  if (*old_text == '\0')
    {
      write_file (fixture, relative, new_text);
      return;
    }

  contents = read_file (path);
  found = strstr (contents, old_text);
  g_assert_nonnull (found);
  g_assert_null (strstr (found + 1, old_text));

  edited = g_string_new_len (contents, found - contents);
  g_string_append (edited, new_text);
  g_string_append (edited, found + strlen (old_text));
  write_file (fixture, relative, edited->str);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->root = g_dir_make_tmp ("crabwise-content-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->content = g_build_filename (fixture->root, "content", NULL);
  fixture->output = g_build_filename (fixture->root, "content.sqlite3", NULL);
  fixture->depfile = g_build_filename (fixture->root, "content.sqlite3.d", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (valid_tree); i++)
    write_file (fixture, valid_tree[i].path, valid_tree[i].contents);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->content);
  g_free (fixture->output);
  g_free (fixture->depfile);
}

/* Runs the compiler on the fixture's tree; returns its exit status and stderr. */
static int
run_compiler (Fixture     *fixture,
              const char  *output,
              char       **stderr_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error,
                              get_compiler (), "--output", output,
                              "--depfile", fixture->depfile,
                              fixture->content, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, stderr_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static gboolean
skip_without_compiler (void)
{
  if (get_compiler () != NULL)
    return FALSE;

  g_test_skip ("CRABWISE_CONTENT_COMPILE is not set");
  return TRUE;
}

static void
assert_no_database (Fixture *fixture)
{
  g_autofree char *tmp = g_strconcat (fixture->output, ".tmp", NULL);
  g_autofree char *journal = g_strconcat (fixture->output, ".tmp-journal", NULL);

  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
assert_fails_with (Fixture    *fixture,
                   const char *expected_template)
{
  g_autoptr(GString) expected = g_string_new (expected_template);
  g_autofree char *stderr_text = NULL;
  int status;

  g_string_replace (expected, "$CONTENT", fixture->content, 0);

  status = run_compiler (fixture, fixture->output, &stderr_text);
  g_assert_cmpstr (stderr_text, ==, expected->str);
  g_assert_cmpint (status, ==, 1);
  assert_no_database (fixture);
}

static sqlite3 *
open_database (const char *path)
{
  g_autofree char *uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);

  return db;
}

/* The first column of the only row of @sql, as text ("NULL" for SQL NULL). */
static char *
query (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  const unsigned char *text;
  char *result;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = sqlite3_column_text (stmt, 0);
  result = g_strdup (text != NULL ? (const char *) text : "NULL");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return result;
}

#define assert_query(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *assert_query_result = query ((db), (sql)); \
    g_assert_cmpstr (assert_query_result, ==, (expected)); \
  } G_STMT_END

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
  assert_query (db, "SELECT rust_diagnostic FROM snippet_pairs WHERE position = 2", move_stderr);
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

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *second = g_build_filename (fixture->root, "second.sqlite3", NULL);
  g_autofree char *stderr_text = NULL;
  g_autofree char *stderr_text2 = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GMappedFile) file_a = NULL;
  g_autoptr(GMappedFile) file_b = NULL;

  if (skip_without_compiler ())
    return;

  g_assert_cmpint (run_compiler (fixture, fixture->output, &stderr_text), ==, 0);
  g_assert_cmpint (run_compiler (fixture, second, &stderr_text2), ==, 0);

  file_a = g_mapped_file_new (fixture->output, FALSE, NULL);
  file_b = g_mapped_file_new (second, FALSE, NULL);
  g_assert_nonnull (file_a);
  g_assert_nonnull (file_b);
  a = g_mapped_file_get_bytes (file_a);
  b = g_mapped_file_get_bytes (file_b);
  g_assert_true (g_bytes_equal (a, b));
}

static void
test_broken (Fixture       *fixture,
             gconstpointer  data)
{
  const BrokenCase *broken = data;
  g_autofree char *path = NULL;

  if (skip_without_compiler ())
    return;

  if (broken->old_text == NULL)
    {
      path = g_build_filename (fixture->content, broken->file, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  else
    {
      edit_file (fixture, broken->file, broken->old_text, broken->new_text);
    }

  assert_fails_with (fixture, broken->expected);
}

/* Every problem is reported in one run, in a stable order, not just the first. */
static void
test_all_problems (Fixture       *fixture,
                   gconstpointer  data)
{
  if (skip_without_compiler ())
    return;

  edit_file (fixture, "basics/lesson.ini", "Order=1\n", "Order=x\n");
  edit_file (fixture, "basics/lesson.ini", "Answer=1\n", "Answer=7\n");
  edit_file (fixture, "more/intro.markup", "crabwise:lab", "crabwise:lesson/nope");

  assert_fails_with (fixture,
                     "$CONTENT/basics/lesson.ini:3: Order must be a whole number from 0 to "
                     "2147483647, not “x”\n"
                     "$CONTENT/basics/lesson.ini:39: Answer 7 is out of range: there are 3 "
                     "choices, counted from 0\n"
                     "$CONTENT/more/intro.markup:1: bad link: link to unknown lesson “nope”\n");
}

/* A database from an earlier, successful run must not survive a failing one. */
static void
test_failure_removes_output (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *stderr_text = NULL;

  if (skip_without_compiler ())
    return;

  g_assert_cmpint (run_compiler (fixture, fixture->output, &stderr_text), ==, 0);
  g_assert_true (g_file_test (fixture->output, G_FILE_TEST_IS_REGULAR));

  edit_file (fixture, "basics/lesson.ini", "Title=Basics\n", "");
  assert_fails_with (fixture, "$CONTENT/basics/lesson.ini:1: missing key “Title” in group "
                              "[Lesson]\n");
}

static void
test_usage (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;

  if (skip_without_compiler ())
    return;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              get_compiler (), "--output", "x.sqlite3", NULL);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/content-compile/valid", Fixture, NULL,
              fixture_set_up, test_valid, fixture_tear_down);
  g_test_add ("/content-compile/deterministic", Fixture, NULL,
              fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/content-compile/all-problems", Fixture, NULL,
              fixture_set_up, test_all_problems, fixture_tear_down);
  g_test_add ("/content-compile/failure-removes-output", Fixture, NULL,
              fixture_set_up, test_failure_removes_output, fixture_tear_down);
  g_test_add_func ("/content-compile/usage", test_usage);

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strconcat ("/content-compile/broken/", broken_cases[i].name,
                                           NULL);

      g_test_add (name, Fixture, &broken_cases[i],
                  fixture_set_up, test_broken, fixture_tear_down);
    }

  return g_test_run ();
}
