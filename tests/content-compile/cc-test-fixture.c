/* cc-test-fixture.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-content-compile"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cc-test-fixture.h"

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

const char cc_test_move_stderr[] =
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
  { "basics/2-move.rs.stderr", cc_test_move_stderr },
  { "basics/3-lib.cjs", "module.exports = {};\n" },
  { "basics/3-lib.rs", "pub fn one() -> i32 {\n    1\n}\n" },
  { "basics/q2-a.rs", "fn main() {}\n" },
  { "basics/q2-b.rs", "fn main() {\n    let s = String::new();\n    drop(s);\n    drop(s);\n}\n" },
  { "basics/q2-b.rs.stderr", "error[E0382]: use of moved value: `s`\n" },
  { "more/lesson.ini", more_ini },
  { "more/intro.markup", more_intro },
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
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
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
