/* test-check-cli.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-check-cli"

/* dup2() is POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cw-check-cli.h"
#include "cw-proc-utils.h"
#include "cw-rust-test-utils.h"

/* What `crabwise --check ID FILE [--json]` prints, for the fixtures of tests/fixtures/rustc:
 * CASE.learner.rs is the learner's file, CASE.tests.rs the exercise's tests. */

static GString *printed;
static GString *printed_err;

static void
capture_print (const char *text)
{
  g_string_append (printed, text);
}

static void
capture_printerr (const char *text)
{
  g_string_append (printed_err, text);
}

static char *
fixture_path (const char *case_name,
              const char *suffix)
{
  g_autofree char *name = g_strconcat (case_name, suffix, NULL);

  return g_test_build_filename (G_TEST_DIST, "fixtures", "rustc", name, NULL);
}

/* Runs the check of CASE (the learner's file: FILE, or CASE's own) and captures its output. */
static int
run_cli (const char *case_name,
         const char *file,
         gboolean    json,
         gboolean    with_starter)
{
  g_autofree char  *tests_path = fixture_path (case_name, ".tests.rs");
  g_autofree char  *learner_path = fixture_path (case_name, ".learner.rs");
  g_autofree char  *tests = NULL;
  g_autofree char  *starter = NULL;
  g_autoptr(GError) error = NULL;
  GPrintFunc        old_print;
  GPrintFunc        old_printerr;
  CwCheckExercise   exercise = { .id = case_name };
  int               status;

  g_file_get_contents (tests_path, &tests, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (learner_path, &starter, NULL, &error);
  g_assert_no_error (error);
  exercise.tests = tests;
  exercise.starter = with_starter ? starter : NULL;

  g_string_truncate (printed, 0);
  g_string_truncate (printed_err, 0);
  old_print = g_set_print_handler (capture_print);
  old_printerr = g_set_printerr_handler (capture_printerr);
  status = cw_check_cli_run (&exercise, file != NULL ? file : learner_path, json, NULL);
  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);

  g_test_message ("exit %d\n%s%s", status, printed->str, printed_err->str);
  g_assert_cmpuint (cw_proc_count_children (), ==, 0);

  return status;
}

static JsonObject *
parse_printed (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode         *root;

  /* Whatever the program printed, it is valid JSON. */
  json_parser_load_from_data (parser, printed->str, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static JsonObject *
array_object (JsonObject *object,
              const char *member,
              guint       index)
{
  JsonArray *array = json_object_get_array_member (object, member);

  g_assert_cmpuint (json_array_get_length (array), >, index);

  return json_array_get_object_element (array, index);
}

static void
test_pass_text (void)
{
  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  g_assert_cmpint (run_cli ("pass", NULL, FALSE, FALSE), ==, CW_CHECK_CLI_PASSED);
  g_assert_true (g_str_has_prefix (printed->str, "pass: passed\nAll 4 tests passed.\n"));
  g_assert_nonnull (strstr (printed->str, "Tests: 4 passed, 0 failed, 0 ignored\n"));
  g_assert_nonnull (strstr (printed->str, "  ok       tests::empty_list_stays_empty\n"));
  g_assert_cmpstr (printed_err->str, ==, "");
}

static void
test_compile_error_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject           *result;
  JsonObject           *diagnostic;

  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  g_assert_cmpint (run_cli ("borrow-error", NULL, TRUE, FALSE), ==, CW_CHECK_CLI_FAILED);
  result = parse_printed (parser);
  g_assert_cmpstr (json_object_get_string_member (result, "exercise"), ==, "borrow-error");
  g_assert_cmpstr (json_object_get_string_member (result, "verdict"), ==, "compile-failed");
  g_assert_cmpstr (json_object_get_string_member (result, "stage"), ==, "compile");
  g_assert_false (json_object_get_boolean_member (result, "passed"));
  g_assert_cmpint (json_object_get_int_member (result, "errors"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "tests")), ==, 0);
  g_assert_cmpint (json_object_get_int_member (result, "exit_status"), ==, -1);

  diagnostic = array_object (result, "diagnostics", 0);
  g_assert_cmpstr (json_object_get_string_member (diagnostic, "level"), ==, "error");
  g_assert_cmpstr (json_object_get_string_member (diagnostic, "code"), ==, "E0502");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (diagnostic, "message"),
                                   "cannot borrow `*numbers` as mutable"));
  g_assert_cmpstr (json_object_get_string_member (diagnostic, "origin"), ==, "learner");
  g_assert_cmpint (json_object_get_int_member (diagnostic, "line"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (diagnostic, "column"), ==, 13);
  g_assert_cmpint (json_object_get_int_member (diagnostic, "end_column"), ==, 32);
  g_assert_cmpstr (json_object_get_string_member (diagnostic, "label"), ==,
                   "mutable borrow occurs here");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (diagnostic, "rendered"),
                                   "error[E0502]"));
}

static void
test_tests_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject           *result;
  JsonObject           *test;

  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  g_assert_cmpint (run_cli ("mixed", NULL, TRUE, FALSE), ==, CW_CHECK_CLI_FAILED);
  result = parse_printed (parser);
  g_assert_cmpstr (json_object_get_string_member (result, "verdict"), ==, "tests-failed");
  g_assert_cmpint (json_object_get_int_member (result, "tests_passed"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (result, "tests_failed"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (result, "tests_ignored"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (result, "exit_status"), ==, 101);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "tests")), ==,
                    12);

  test = array_object (result, "tests", 0);
  g_assert_cmpstr (json_object_get_string_member (test, "name"), ==, "tests::adds");
  g_assert_cmpstr (json_object_get_string_member (test, "status"), ==, "failed");
  g_assert_cmpstr (json_object_get_string_member (test, "message"), ==,
                   "assertion `left == right` failed\n  left: 0\n right: 4");
  g_assert_cmpstr (json_object_get_string_member (test, "origin"), ==, "tests");
  g_assert_cmpint (json_object_get_int_member (test, "line"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (test, "output"), ==, "checking 2 + 2");

  /* Ignored: no location, so null. */
  test = array_object (result, "tests", 3);
  g_assert_cmpstr (json_object_get_string_member (test, "status"), ==, "ignored");
  g_assert_true (json_object_get_null_member (test, "line"));
}

static void
test_invalid_utf8_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject           *result;

  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  g_assert_cmpint (run_cli ("invalid-utf8", NULL, TRUE, FALSE), ==, CW_CHECK_CLI_PASSED);
  result = parse_printed (parser);
  g_assert_nonnull (strstr (json_object_get_string_member (result, "output"),
                            "raw \xef\xbf\xbd\xef\xbf\xbd bytes"));
}

static void
test_starter (void)
{
  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  /* No file: the starter is checked; and it must fail. */
  g_assert_cmpint (run_cli ("borrow-error", NULL, FALSE, TRUE), ==, CW_CHECK_CLI_FAILED);
  g_assert_true (g_str_has_prefix (printed->str, "borrow-error: compile-failed\n"));
}

static void
test_bad_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *dir = g_dir_make_tmp ("test-check-cli-XXXXXX", &error);
  g_autofree char  *latin1 = g_build_filename (dir, "latin1.rs", NULL);
  g_autofree char  *nul = g_build_filename (dir, "nul.rs", NULL);
  g_autofree char  *missing = g_build_filename (dir, "missing.rs", NULL);
  CwCheckExercise   exercise = { .id = "x", .tests = "" };
  GPrintFunc        old;

  g_assert_no_error (error);
  g_file_set_contents (latin1, "fn caf\xe9() {}\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (nul, "fn a() {}\n\0fn b() {}\n", 20, &error);
  g_assert_no_error (error);

  /* Told before any rustc is looked for: exit 2, with a message. */
  g_assert_cmpint (run_cli ("pass", missing, FALSE, FALSE), ==, CW_CHECK_CLI_USAGE);
  g_assert_nonnull (strstr (printed_err->str, "missing.rs"));
  g_assert_cmpint (run_cli ("pass", latin1, TRUE, FALSE), ==, CW_CHECK_CLI_USAGE);
  g_assert_nonnull (strstr (printed_err->str, "is not UTF-8 text"));
  g_assert_cmpstr (printed->str, ==, "");
  g_assert_cmpint (run_cli ("pass", nul, FALSE, FALSE), ==, CW_CHECK_CLI_USAGE);

  /* No file and no starter to fall back on. */
  g_string_truncate (printed_err, 0);
  old = g_set_printerr_handler (capture_printerr);
  g_assert_cmpint (cw_check_cli_run (&exercise, NULL, FALSE, NULL), ==, CW_CHECK_CLI_USAGE);
  g_set_printerr_handler (old);
  g_assert_nonnull (strstr (printed_err->str, "Name the file"));

  g_assert_cmpint (g_remove (latin1), ==, 0);
  g_assert_cmpint (g_remove (nul), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_stdin (void)
{
  g_autofree char *solution = fixture_path ("pass", ".learner.rs");
  int              saved;
  int              fd;

  if (cw_test_rust_toolchain_or_skip () == NULL)
    return;

  saved = dup (0);
  fd = open (solution, O_RDONLY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (dup2 (fd, 0), ==, 0);
  g_assert_cmpint (run_cli ("pass", "-", FALSE, FALSE), ==, CW_CHECK_CLI_PASSED);
  g_assert_cmpint (dup2 (saved, 0), ==, 0);
  close (fd);
  close (saved);
}

static void
test_no_rustc (void)
{
  if (g_test_subprocess ())
    {
      /* A fresh process with no thread yet: setenv() is safe. */
      g_setenv ("CRABWISE_RUSTC", "none", TRUE);
      g_assert_cmpint (run_cli ("pass", NULL, FALSE, FALSE), ==, CW_CHECK_CLI_CANNOT_CHECK);
      g_printerr ("%s", printed_err->str);
      return;
    }

  g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Rust was not found. Checking exercises needs rustc 1.85 or newer.*");
}

static void
test_list (void)
{
  const CwCheckExercise exercises[] = {
    { .id = "ownership-fix-move", .lesson_id = "ownership", .title = "Fix the move" },
    { .id = "bare", .tests = "" },
  };
  GPrintFunc            old;

  g_string_truncate (printed, 0);
  old = g_set_print_handler (capture_print);
  cw_check_cli_list_exercises (exercises, G_N_ELEMENTS (exercises));
  g_set_print_handler (old);
  g_assert_cmpstr (printed->str, ==, "ownership-fix-move\townership\tFix the move\nbare\t\t\n");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  printed = g_string_new (NULL);
  printed_err = g_string_new (NULL);

  g_test_add_func ("/check-cli/pass-text", test_pass_text);
  g_test_add_func ("/check-cli/compile-error-json", test_compile_error_json);
  g_test_add_func ("/check-cli/tests-json", test_tests_json);
  g_test_add_func ("/check-cli/invalid-utf8-json", test_invalid_utf8_json);
  g_test_add_func ("/check-cli/starter", test_starter);
  g_test_add_func ("/check-cli/bad-files", test_bad_files);
  g_test_add_func ("/check-cli/stdin", test_stdin);
  g_test_add_func ("/check-cli/no-rustc", test_no_rustc);
  g_test_add_func ("/check-cli/list", test_list);

  status = g_test_run ();

  g_string_free (printed, TRUE);
  g_string_free (printed_err, TRUE);

  return status;
}
