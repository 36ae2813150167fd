/* cc-test-fixture.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cc-test-fixture.h"

/* Line numbers matter: the failure cases refer to them. */
static const char course_ini[] =
  "[Part 1]\n"                                          /*  1 */
  "Id=start\n"                                          /*  2 */
  "Title=Start\n"                                       /*  3 */
  "Summary=The basics.\n"                               /*  4 */
  "Lessons=basics\n"                                    /*  5 */
  "\n"                                                  /*  6 */
  "[Part 2]\n"                                          /*  7 */
  "Id=more\n"                                           /*  8 */
  "Title=More\n"                                        /*  9 */
  "Summary=Everything else.\n"                          /* 10 */
  "Lessons=more\n";                                     /* 11 */

static const char basics_ini[] =
  "[Lesson]\n"                                          /*  1 */
  "Title=Basics\n"                                      /*  2 */
  "Summary=A first look at values.\n"                   /*  3 */
  "\n"                                                  /*  4 */
  "[Concept]\n"                                         /*  5 */
  "Name=Values\n"                                       /*  6 */
  "JavaScript=Values have *dynamic* types.\n"           /*  7 */
  "Rust=Values have **static** types.\n"                /*  8 */
  "KeyDifference=Rust checks `Vec<T>` first.\n"         /*  9 */
  "\n"                                                  /* 10 */
  "# A comment, and a group for pair 2.\n"              /* 11 */
  "[2-move]\n"                                          /* 12 */
  "JsCheck=run\n"                                       /* 13 */
  "\n"                                                  /* 14 */
  "[3-lib]\n"                                           /* 15 */
  "RustMode=doctest\n"                                  /* 16 */
  "CrateName=basics\n"                                  /* 17 */
  "\n"                                                  /* 18 */
  "[4-serde]\n"                                         /* 19 */
  "Crates=serde+derive;serde_json\n";                   /* 20 */

static const char basics_intro[] =
  "Welcome to **Crabwise**. See [more](crabwise:lesson/more).\n"  /*  1 */
  "\n"                                                              /*  2 */
  "## Two kinds\n"                                                  /*  3 */
  "\n"                                                              /*  4 */
  "- A `Box<dyn Error>` & a *binding*\n"                            /*  5 */
  "- A [link](https://www.rust-lang.org)\n"                         /*  6 */
  "\n"                                                              /*  7 */
  "```rust\n"                                                       /*  8 */
  "let x = 1;\n"                                                    /*  9 */
  "```\n";                                                          /* 10 */

static const char basics_questions[] =
  "[Question 1]\n"                                      /*  1 */
  "Kind=choice\n"                                       /*  2 */
  "Prompt=Which one is **Rust**?\n"                     /*  3 */
  "Choice1=JavaScript\n"                                /*  4 */
  "Choice2=`Rust`\n"                                    /*  5 */
  "Choice3=Both\n"                                      /*  6 */
  "Answer=2\n"                                          /*  7 */
  "Explanation=Only one of them.\n"                     /*  8 */
  "\n"                                                  /*  9 */
  "[Question 2]\n"                                      /* 10 */
  "Kind=compiles\n"                                     /* 11 */
  "Prompt=Which program compiles?\n"                    /* 12 */
  "Choice1=q2-a.rs\n"                                   /* 13 */
  "Choice2=q2-b.rs\n"                                   /* 14 */
  "Answer=1\n"                                          /* 15 */
  "Explanation=The second uses `s` twice.\n"            /* 16 */
  "\n"                                                  /* 17 */
  "[Question 3]\n"                                      /* 18 */
  "Kind=predict\n"                                      /* 19 */
  "Prompt=What does it print?\n"                        /* 20 */
  "Code=q3.rs\n"                                        /* 21 */
  "Choice1=1\\n2\n"                                     /* 22 */
  "Choice2=*2*\n"                                       /* 23 */
  "Answer=1\n"                                          /* 24 */
  "Explanation=Two lines.\n"                            /* 25 */
  "\n"                                                  /* 26 */
  "[Question 4]\n"                                      /* 27 */
  "Kind=bug\n"                                          /* 28 */
  "Prompt=What is wrong?\n"                             /* 29 */
  "Code=q4.rs\n"                                        /* 30 */
  "Choice1=It panics\n"                                 /* 31 */
  "Choice2=Nothing\n"                                   /* 32 */
  "Answer=1\n"                                          /* 33 */
  "Explanation=Index 9 is out of bounds.\n";            /* 34 */

static const char more_ini[] =
  "[Lesson]\n"
  "Title=More\n"
  "Summary=Everything else.\n";

static const char more_intro[] =
  "Back to [the basics](crabwise:lesson/basics) or the [lab](crabwise:lab).\n";

static const char more_questions[] =
  "[Question 1]\nKind=choice\nPrompt=One?\nChoice1=a\nChoice2=b\nAnswer=1\nExplanation=A.\n"
  "[Question 2]\nKind=choice\nPrompt=Two?\nChoice1=a\nChoice2=b\nAnswer=2\nExplanation=B.\n"
  "[Question 3]\nKind=choice\nPrompt=Three?\nChoice1=a\nChoice2=b\nAnswer=1\nExplanation=A.\n"
  "[Question 4]\nKind=choice\nPrompt=Four?\nChoice1=a\nChoice2=b\nAnswer=2\nExplanation=B.\n";

const char cc_test_move_stderr[] =
  "error[E0382]: borrow of moved value: `a`\n"
  " --> 2-move.rs:4:16\n";

static const struct
{
  const char *path;
  const char *contents;
} valid_tree[] = {
  { "meson.build", "# Not a lesson: files beside the lesson folders are ignored.\n" },
  { "rustc-version", "1.95.0\n" },
  { "course.ini", course_ini },
  { "basics/lesson.ini", basics_ini },
  { "basics/intro.md", basics_intro },
  { "basics/1-print.md", "# Printing\n\nRust prints with `println!`.\n" },
  { "basics/1-print.js", "console.log(\"hi\"); //@ print, main\n" },
  { "basics/1-print.js.out", "hi\n" },
  { "basics/1-print.rs", "fn main() { //@ main\n    println!(\"hi\"); //@ print\n}\n" },
  { "basics/1-print.rs.out", "hi\n" },
  { "basics/2-move.md", "# Moving\n\nA move.\n" },
  { "basics/2-move.mjs", "const a = \"x\"; //@ a\nconsole.log(a);\n" },
  { "basics/2-move.mjs.out", "x\n" },
  { "basics/2-move.rs", "fn main() {\n    let a = String::new(); //@ a\n    let b = a;\n"
                        "    println!(\"{a} {b}\");\n}\n" },
  { "basics/2-move.rs.stderr", cc_test_move_stderr },
  { "basics/3-lib.md", "# A library\n\nDocumented.\n" },
  { "basics/3-lib.js", "module.exports = {};\n" },
  { "basics/3-lib.rs", "/// One.\npub fn one() -> i32 {\n    1\n}\n" },
  { "basics/4-serde.md", "# Serde\n\nIt panics.\n" },
  { "basics/4-serde.js", "throw new Error(\"boom\");\n" },
  { "basics/4-serde.rs", "fn main() {\n    panic!(\"boom\");\n}\n" },
  { "basics/4-serde.rs.panic", "boom\n" },
  { "basics/questions.ini", basics_questions },
  { "basics/q2-a.rs", "fn main() {}\n" },
  { "basics/q2-b.rs", "fn main() {\n    let s = String::new();\n    drop(s);\n    drop(s);\n}\n" },
  { "basics/q2-b.rs.stderr", "error[E0382]: use of moved value: `s`\n" },
  { "basics/q3.rs", "fn main() {\n    println!(\"1\\n2\");\n}\n" },
  { "basics/q4.rs", "fn main() {\n    let v = [1];\n    println!(\"{}\", v[9]);\n}\n" },
  { "basics/q4.rs.panic", "index out of bounds: the len is 1 but the index is 9\n" },
  { "basics/use-cases.ini", "[UseCase 1]\nArea=Command-line tools\nExamples=ripgrep, fd\n"
                            "Why=One *native* binary.\n" },
  { "basics/exercises/basics-add/exercise.ini",
    "[Exercise]\nTitle=Add two numbers\nKind=implement\nHint1=Use `+`.\nHint2=`a + b`\n" },
  { "basics/exercises/basics-add/statement.md", "Write `add`.\n" },
  { "basics/exercises/basics-add/starter.rs", "pub fn add(a: i32, b: i32) -> i32 {\n"
                                              "    todo!()\n}\n" },
  { "basics/exercises/basics-add/solution.rs", "pub fn add(a: i32, b: i32) -> i32 {\n"
                                               "    a + b\n}\n" },
  { "basics/exercises/basics-add/tests.rs", "    #[test]\n    fn adds() {\n"
                                            "        assert_eq!(add(1, 2), 3);\n    }\n" },
  { "more/lesson.ini", more_ini },
  { "more/intro.md", more_intro },
  { "more/1-x.md", "# X\n\nX.\n" },
  { "more/1-x.js", "console.log(1);\n" },
  { "more/1-x.js.out", "1\n" },
  { "more/1-x.rs", "fn main() {\n    println!(\"1\");\n}\n" },
  { "more/1-x.rs.out", "1\n" },
  { "more/questions.ini", more_questions },
  { "more/exercises/more-double/exercise.ini",
    "[Exercise]\nTitle=Double\nKind=translate\nHint1=Multiply.\n" },
  { "more/exercises/more-double/statement.md", "Translate `double`.\n" },
  { "more/exercises/more-double/starter.rs", "pub fn double(n: i32) -> i32 {\n    todo!()\n}\n" },
  { "more/exercises/more-double/solution.rs", "pub fn double(n: i32) -> i32 {\n    n * 2\n}\n" },
  { "more/exercises/more-double/tests.rs", "    #[test]\n    fn doubles() {\n"
                                           "        assert_eq!(double(2), 4);\n    }\n" },
  { "more/exercises/more-double/example.js", "const assert = require(\"node:assert\");\n"
                                             "const double = (n) => n * 2;\n"
                                             "assert.strictEqual(double(2), 4);\n" },
};

const char *
get_compiler (void)
{
  return g_getenv ("CRABWISE_CONTENT_COMPILE");
}

void
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

char *
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
void
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

void
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

void
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
int
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

gboolean
skip_without_compiler (void)
{
  if (get_compiler () != NULL)
    return FALSE;

  g_test_skip ("CRABWISE_CONTENT_COMPILE is not set");
  return TRUE;
}

void
assert_no_database (Fixture *fixture)
{
  g_autofree char *tmp = g_strconcat (fixture->output, ".tmp", NULL);
  g_autofree char *journal = g_strconcat (fixture->output, ".tmp-journal", NULL);

  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

void
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

sqlite3 *
open_database (const char *path)
{
  g_autofree char *uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);

  return db;
}

/* The first column of the only row of @sql, as text ("NULL" for SQL NULL). */
char *
query (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  const unsigned char *text;
  char *result;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("no row from %s: %s", sql, sqlite3_errmsg (db));
  text = sqlite3_column_text (stmt, 0);
  result = g_strdup (text != NULL ? (const char *) text : "NULL");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return result;
}

static void
cc_test_broken (Fixture       *fixture,
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

/* Adds one test per case, named /content-compile/broken/NAME. */
void
cc_test_add_broken (const BrokenCase *cases,
                    gsize             n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *name = g_strconcat ("/content-compile/broken/", cases[i].name, NULL);

      g_test_add (name, Fixture, &cases[i], fixture_set_up, cc_test_broken, fixture_tear_down);
    }
}
