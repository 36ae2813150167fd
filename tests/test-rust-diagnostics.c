/* test-rust-diagnostics.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-rust-diagnostics"

#include "config.h"

#include <string.h>

#include "cw-exercise-source.h"
#include "cw-rust-diagnostic.h"

/* The fixtures are real rustc output (tests/update-rustc-fixtures.sh), for the file composed
 * from CASE.learner.rs and CASE.tests.rs exactly as the runner composes it. */
static char *
read_fixture (const char *name)
{
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", "rustc", name, NULL);
  g_autoptr(GError) error = NULL;
  char             *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static CwExerciseSource *
fixture_source (const char *name)
{
  g_autofree char *learner_name = g_strconcat (name, ".learner.rs", NULL);
  g_autofree char *tests_name = g_strconcat (name, ".tests.rs", NULL);
  g_autofree char *learner = read_fixture (learner_name);
  g_autofree char *tests = read_fixture (tests_name);

  return cw_exercise_source_new (learner, tests);
}

/* Every diagnostic of a fixture, summaries left out. */
static GPtrArray *
parse_fixture (const char        *name,
               CwExerciseSource **source_out,
               guint             *n_summaries)
{
  g_autofree char  *file = g_strconcat (name, ".stderr.jsonl", NULL);
  g_autofree char  *text = read_fixture (file);
  g_autoptr(GString) other = g_string_new (NULL);
  g_autoptr(CwExerciseSource) source = fixture_source (name);
  g_autoptr(GPtrArray) all = cw_rust_diagnostics_parse (text, source, other);
  GPtrArray         *diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  guint              i;

  /* rustc said everything as JSON. */
  g_assert_cmpstr (other->str, ==, "");

  *n_summaries = 0;
  for (i = 0; i < all->len; i++)
    {
      CwRustDiagnostic *diagnostic = g_ptr_array_index (all, i);

      if (cw_rust_diagnostic_is_summary (diagnostic))
        (*n_summaries)++;
      else
        g_ptr_array_add (diagnostics, g_object_ref (diagnostic));
    }

  if (source_out != NULL)
    *source_out = g_steal_pointer (&source);

  return diagnostics;
}

static void
test_source_layout (void)
{
  g_autoptr(CwExerciseSource) source = cw_exercise_source_new ("fn a() {}\nfn b() {}\n",
                                                               "    #[test]\n    fn t() {}\n");
  g_autoptr(CwExerciseSource) empty = cw_exercise_source_new ("", "");
  guint                       line = 99;

  g_assert_cmpstr (cw_exercise_source_get_text (source), ==,
                   "fn a() {}\nfn b() {}\n"
                   "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n"
                   "    #[test]\n    fn t() {}\n"
                   "}\n");
  g_assert_cmpuint (cw_exercise_source_get_length (source), ==,
                    strlen (cw_exercise_source_get_text (source)));

  /* Lines 1-3 are the learner's (3 is the empty one after their last newline), 4-7 the
   * opening, 8-9 tests.rs, 10 the closing brace. */
  g_assert_cmpuint (cw_exercise_source_get_learner_lines (source), ==, 3);
  g_assert_cmpuint (cw_exercise_source_get_tests_line (source), ==, 8);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 2, &line), ==,
                   CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 3, &line), ==,
                   CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 4, &line), ==,
                   CW_CODE_ORIGIN_HARNESS);
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 8, &line), ==,
                   CW_CODE_ORIGIN_TESTS);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 9, &line), ==,
                   CW_CODE_ORIGIN_TESTS);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 10, &line), ==,
                   CW_CODE_ORIGIN_HARNESS);
  g_assert_cmpint (cw_exercise_source_locate (source, "/rustc/x/library/core/src/lib.rs", 10,
                                              &line), ==, CW_CODE_ORIGIN_OTHER);
  g_assert_cmpint (cw_exercise_source_locate (source, NULL, 10, &line), ==,
                   CW_CODE_ORIGIN_NONE);
  g_assert_cmpuint (line, ==, 0);
  g_assert_cmpint (cw_exercise_source_locate (source, "main.rs", 0, NULL), ==,
                   CW_CODE_ORIGIN_NONE);

  /* Nothing written yet: one empty line of the learner's. */
  g_assert_cmpuint (cw_exercise_source_get_learner_lines (empty), ==, 1);
  g_assert_cmpuint (cw_exercise_source_get_tests_line (empty), ==, 6);
  g_assert_cmpstr (cw_code_origin_to_string (CW_CODE_ORIGIN_TESTS), ==, "tests");
}

static void
test_borrow_error (void)
{
  g_autoptr(CwExerciseSource) source = NULL;
  guint                       summaries;
  g_autoptr(GPtrArray)        diagnostics = parse_fixture ("borrow-error", &source, &summaries);
  CwRustDiagnostic           *diagnostic;
  const CwRustSpan           *spans;
  guint                       n_spans;

  g_assert_cmpuint (diagnostics->len, ==, 1);
  g_assert_cmpuint (summaries, ==, 2);

  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (cw_rust_diagnostic_get_level (diagnostic), ==, CW_RUST_DIAGNOSTIC_LEVEL_ERROR);
  g_assert_cmpstr (cw_rust_diagnostic_get_code (diagnostic), ==, "E0502");
  g_assert_cmpstr (cw_rust_diagnostic_get_message (diagnostic), ==,
                   "cannot borrow `*numbers` as mutable because it is also borrowed as "
                   "immutable");
  g_assert_true (g_str_has_prefix (cw_rust_diagnostic_get_rendered (diagnostic),
                                   "error[E0502]: cannot borrow"));
  g_assert_nonnull (strstr (cw_rust_diagnostic_get_rendered (diagnostic), "--> main.rs:5:13"));

  /* numbers.push(n * 2) on line 5 of starter.rs, columns 13 to 32. */
  g_assert_cmpint (cw_rust_diagnostic_get_origin (diagnostic), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (diagnostic), ==, 5);
  g_assert_cmpuint (cw_rust_diagnostic_get_column (diagnostic), ==, 13);
  g_assert_cmpuint (cw_rust_diagnostic_get_end_line (diagnostic), ==, 5);
  g_assert_cmpuint (cw_rust_diagnostic_get_end_column (diagnostic), ==, 32);
  g_assert_cmpstr (cw_rust_diagnostic_get_label (diagnostic), ==, "mutable borrow occurs here");

  spans = cw_rust_diagnostic_get_spans (diagnostic, &n_spans);
  g_assert_cmpuint (n_spans, ==, 3);
  g_assert_true (spans[0].is_primary);
  g_assert_false (spans[1].is_primary);
  g_assert_cmpint (spans[1].origin, ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (spans[1].line, ==, 3);
  g_assert_cmpstr (spans[1].label, ==, "immutable borrow occurs here");
  g_assert_cmpstr (spans[1].file_name, ==, "main.rs");
  g_assert_cmpstrv (cw_rust_diagnostic_get_notes (diagnostic), ((const char *[]) { NULL }));

  g_assert_finalize_object (g_ptr_array_steal_index (diagnostics, 0));
}

static void
test_errors_in_tests (void)
{
  g_autoptr(CwExerciseSource) source = NULL;
  guint                       summaries;
  g_autoptr(GPtrArray)        diagnostics = parse_fixture ("empty", &source, &summaries);
  CwRustDiagnostic           *warning;
  CwRustDiagnostic           *last;
  guint                       i;

  /* An empty file: the tests call functions that do not exist. */
  g_assert_cmpuint (diagnostics->len, ==, 6);
  g_assert_cmpuint (summaries, ==, 2);

  /* `use super::*;` is unused: a line of the harness, not the learner's. */
  warning = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (cw_rust_diagnostic_get_level (warning), ==, CW_RUST_DIAGNOSTIC_LEVEL_WARNING);
  /* A lint's "code" is its name. */
  g_assert_cmpstr (cw_rust_diagnostic_get_code (warning), ==, "unused_imports");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (warning), ==, CW_CODE_ORIGIN_HARNESS);
  g_assert_cmpstr (cw_rust_diagnostic_get_notes (warning)[1], ==,
                   "help: remove the whole `use` item");

  for (i = 1; i < diagnostics->len; i++)
    {
      CwRustDiagnostic *error = g_ptr_array_index (diagnostics, i);

      g_assert_cmpstr (cw_rust_diagnostic_get_code (error), ==, "E0425");
      g_assert_cmpint (cw_rust_diagnostic_get_origin (error), ==, CW_CODE_ORIGIN_TESTS);
    }

  /* Line 3 of tests.rs: `assert_eq!(apply_n_times(|v| v * 2, 3, 1), 8);` */
  g_assert_cmpuint (cw_rust_diagnostic_get_line (g_ptr_array_index (diagnostics, 1)), ==, 3);
  g_assert_cmpuint (cw_rust_diagnostic_get_column (g_ptr_array_index (diagnostics, 1)), ==, 20);
  last = g_ptr_array_index (diagnostics, 5);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (last), ==, 33);
  g_assert_cmpstr (cw_rust_diagnostic_get_notes (last)[0], ==,
                   "help: a constant with a similar name exists");
}

static void
test_type_mismatch (void)
{
  guint                summaries;
  g_autoptr(GPtrArray) diagnostics = parse_fixture ("type-mismatch", NULL, &summaries);
  CwRustDiagnostic    *error;

  g_assert_cmpuint (diagnostics->len, ==, 1);
  error = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpstr (cw_rust_diagnostic_get_code (error), ==, "E0308");
  g_assert_cmpstr (cw_rust_diagnostic_get_message (error), ==, "mismatched types");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (error), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (error), ==, 4);
  g_assert_cmpuint (cw_rust_diagnostic_get_column (error), ==, 28);
}

static void
test_unclosed_delimiter (void)
{
  guint                summaries;
  g_autoptr(GPtrArray) diagnostics = parse_fixture ("syntax-error", NULL, &summaries);
  CwRustDiagnostic    *error;
  const CwRustSpan    *spans;
  guint                n_spans;

  g_assert_cmpuint (diagnostics->len, ==, 1);
  error = g_ptr_array_index (diagnostics, 0);
  g_assert_null (cw_rust_diagnostic_get_code (error));
  g_assert_cmpstr (cw_rust_diagnostic_get_message (error), ==,
                   "this file contains an unclosed delimiter");

  /* rustc points at the end of the whole file; the brace left open is on the learner's
   * line 1, and that is where it is shown. */
  g_assert_cmpint (cw_rust_diagnostic_get_origin (error), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (error), ==, 1);
  g_assert_cmpuint (cw_rust_diagnostic_get_column (error), ==, 26);
  g_assert_cmpstr (cw_rust_diagnostic_get_label (error), ==, "unclosed delimiter");
  spans = cw_rust_diagnostic_get_spans (error, &n_spans);
  g_assert_cmpuint (n_spans, ==, 2);
  g_assert_cmpint (spans[1].origin, ==, CW_CODE_ORIGIN_HARNESS);
  g_assert_true (spans[1].is_primary);
}

static void
test_macro (void)
{
  guint                summaries;
  g_autoptr(GPtrArray) diagnostics = parse_fixture ("macro-error", NULL, &summaries);
  CwRustDiagnostic    *display;
  CwRustDiagnostic    *missing;

  g_assert_cmpuint (diagnostics->len, ==, 2);
  g_assert_cmpuint (summaries, ==, 3);

  /* Inside format!(): the `p` the learner wrote, line 7. */
  display = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpstr (cw_rust_diagnostic_get_code (display), ==, "E0277");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (display), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (display), ==, 7);
  g_assert_cmpuint (g_strv_length ((GStrv) cw_rust_diagnostic_get_notes (display)), ==, 3);
  g_assert_true (g_str_has_prefix (cw_rust_diagnostic_get_notes (display)[0], "help: the trait"));

  missing = g_ptr_array_index (diagnostics, 1);
  g_assert_cmpstr (cw_rust_diagnostic_get_code (missing), ==, "E0425");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (missing), ==, CW_CODE_ORIGIN_TESTS);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (missing), ==, 5);
}

static void
test_warnings (void)
{
  guint                summaries;
  g_autoptr(GPtrArray) diagnostics = parse_fixture ("warnings", NULL, &summaries);
  CwRustDiagnostic    *unused;
  CwCodeOrigin         origin;
  guint                line;

  /* "2 warnings emitted" is a summary. */
  g_assert_cmpuint (diagnostics->len, ==, 2);
  g_assert_cmpuint (summaries, ==, 1);
  unused = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (cw_rust_diagnostic_get_level (unused), ==, CW_RUST_DIAGNOSTIC_LEVEL_WARNING);
  g_assert_cmpstr (cw_rust_diagnostic_get_message (unused), ==, "unused variable: `extra`");
  g_assert_cmpstr (cw_rust_diagnostic_get_code (unused), ==, "unused_variables");

  /* As properties too, for the list in the window. */
  g_object_get (unused, "origin", &origin, "line", &line, NULL);
  g_assert_cmpint (origin, ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (line, ==, 2);
}

static void
test_not_json (void)
{
  g_autoptr(GString)   other = g_string_new (NULL);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(CwRustDiagnostic) made = NULL;

  /* A rustup notice, a JSON line that is not a diagnostic, one cut short, garbage. */
  diagnostics = cw_rust_diagnostics_parse (
    "info: syncing channel updates\n"
    "{\"$message_type\":\"artifact\",\"artifact\":\"main\",\"emit\":\"link\"}\n"
    "{\"$message_type\":\"diagnostic\",\"message\":\"cut\n"
    "{\"message\":\"old rustc\",\"level\":\"warning\",\"spans\":[],\"children\":[],"
    "\"code\":null,\"rendered\":\"warning: old rustc\\n\"}\n"
    "[1,2]\n"
    "{\"message\":42}\n"
    "\n"
    "thread 'rustc' panicked at compiler/x.rs:1:1:",
    NULL, other);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  g_assert_cmpstr (cw_rust_diagnostic_get_message (g_ptr_array_index (diagnostics, 0)), ==,
                   "old rustc");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (g_ptr_array_index (diagnostics, 0)), ==,
                   CW_CODE_ORIGIN_NONE);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (g_ptr_array_index (diagnostics, 0)), ==, 0);
  g_assert_cmpstr (other->str, ==,
                   "info: syncing channel updates\n"
                   "{\"$message_type\":\"diagnostic\",\"message\":\"cut\n"
                   "[1,2]\n"
                   "thread 'rustc' panicked at compiler/x.rs:1:1:\n");

  g_assert_null (cw_rust_diagnostic_new_from_json ("not json", NULL));

  made = cw_rust_diagnostic_new (CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR, "rustc crashed");
  g_assert_cmpstr (cw_rust_diagnostic_get_rendered (made), ==,
                   "error: rustc crashed\n");
  g_assert_nonnull (cw_rust_diagnostic_get_notes (made));
  g_assert_cmpstr (cw_rust_diagnostic_level_to_string (CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE),
                   ==, "failure-note");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rust-diagnostics/source-layout", test_source_layout);
  g_test_add_func ("/rust-diagnostics/borrow-error", test_borrow_error);
  g_test_add_func ("/rust-diagnostics/errors-in-tests", test_errors_in_tests);
  g_test_add_func ("/rust-diagnostics/type-mismatch", test_type_mismatch);
  g_test_add_func ("/rust-diagnostics/unclosed-delimiter", test_unclosed_delimiter);
  g_test_add_func ("/rust-diagnostics/macro", test_macro);
  g_test_add_func ("/rust-diagnostics/warnings", test_warnings);
  g_test_add_func ("/rust-diagnostics/not-json", test_not_json);

  return g_test_run ();
}
