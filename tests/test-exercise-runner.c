/* test-exercise-runner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exercise-runner"

/* geteuid() is POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cw-exercise-runner.h"
#include "cw-proc-utils.h"
#include "cw-rust-test-utils.h"
#include "cw-rust-toolchain-private.h"

/*
 * The real compiler on real programs, hostile ones included. Each ends with a clear verdict;
 * a limit under test is short (2 s for a run that would never end by itself), and only
 * "it finishes" has a bound, CW_TEST_FINISHES_MS, far above what any check needs. After every
 * check: no child process left, nothing left in the temporary folder.
 */

#define RUN_LIMIT_MS 2000

/* Another exercise's tests around code from the content's style: a function and its tests. */
static const char good_code[] =
  "/// Appends the double of every even number to the end of the list.\n"
  "fn append_doubles(numbers: &mut Vec<i32>) {\n"
  "    let mut doubles = Vec::new();\n"
  "    for n in numbers.iter() {\n"
  "        if n % 2 == 0 {\n"
  "            doubles.push(n * 2);\n"
  "        }\n"
  "    }\n"
  "    numbers.extend(doubles);\n"
  "}\n"
  "\n"
  "fn main() {\n"
  "    let mut numbers = vec![1, 2, 3, 4];\n"
  "    append_doubles(&mut numbers);\n"
  "    println!(\"{numbers:?}\");\n"
  "}\n";

static const char bad_code[] =
  "/// Appends the double of every even number to the end of the list.\n"
  "fn append_doubles(numbers: &mut Vec<i32>) {\n"
  "    for n in numbers.iter() {\n"
  "        if n % 2 == 0 {\n"
  "            numbers.push(n * 2);\n"
  "        }\n"
  "    }\n"
  "}\n";

static const char good_tests[] =
  "    #[test]\n"
  "    fn appends_doubles_of_even_numbers() {\n"
  "        let mut numbers = vec![1, 2, 3, 4];\n"
  "        append_doubles(&mut numbers);\n"
  "        assert_eq!(numbers, [1, 2, 3, 4, 4, 8]);\n"
  "    }\n"
  "\n"
  "    #[test]\n"
  "    fn empty_list_stays_empty() {\n"
  "        let mut numbers: Vec<i32> = Vec::new();\n"
  "        append_doubles(&mut numbers);\n"
  "        assert!(numbers.is_empty());\n"
  "    }\n";

/* For the hostile programs: one test that calls the learner's run(). */
static const char run_tests[] =
  "    #[test]\n"
  "    fn runs() {\n"
  "        run();\n"
  "    }\n";

static char *test_tmp;

typedef struct
{
  CwCheckResult *result;
  GError        *error;
  gboolean       done;
} CheckData;

static void
check_done (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  CheckData *data = user_data;

  g_assert_null (source);
  data->result = cw_exercise_runner_check_finish (res, &data->error);
  data->done = TRUE;
}

static void
assert_nothing_left (void)
{
  g_autoptr(GDir)   dir = NULL;
  g_autoptr(GError) error = NULL;
  const char       *name;

  g_assert_cmpuint (cw_proc_count_children (), ==, 0);

  /* The private folders of checks; a fake rustc of a test may be there too. */
  dir = g_dir_open (test_tmp, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "crabwise-check"));
}

static CwCheckResult *
check_full (CwRustToolchain     *toolchain,
            const char          *code,
            const char          *tests,
            const CwCheckLimits *limits,
            GCancellable        *cancellable,
            GError             **error)
{
  CheckData data = { 0 };

  cw_exercise_runner_check_async (toolchain, code, tests, limits, cancellable, check_done,
                                  &data);
  cw_test_wait_for (&data.done);
  assert_nothing_left ();

  if (data.error != NULL)
    g_propagate_error (error, data.error);
  else
    g_test_message ("%s: %s (compile %" G_GUINT64_FORMAT " ms, run %" G_GUINT64_FORMAT " ms)",
                    cw_check_verdict_to_string (cw_check_result_get_verdict (data.result)),
                    cw_check_result_get_summary (data.result),
                    cw_check_result_get_compile_us (data.result) / 1000,
                    cw_check_result_get_run_us (data.result) / 1000);

  return data.result;
}

static CwCheckResult *
check_with_run_limit (CwRustToolchain *toolchain,
                      const char      *code,
                      const char      *tests,
                      guint            run_timeout_ms)
{
  CwCheckLimits     limits;
  g_autoptr(GError) error = NULL;
  CwCheckResult    *result;

  cw_check_limits_init (&limits);
  limits.run_timeout_ms = run_timeout_ms;
  result = check_full (toolchain, code, tests, &limits, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

/* A program that ends by itself, however slowly a busy machine runs it. */
static CwCheckResult *
check (CwRustToolchain *toolchain,
       const char      *code,
       const char      *tests)
{
  return check_with_run_limit (toolchain, code, tests, CW_TEST_FINISHES_MS);
}

/* A program that would never end: the time limit under test, a short one. */
static CwCheckResult *
check_endless (CwRustToolchain *toolchain,
               const char      *code,
               const char      *tests)
{
  return check_with_run_limit (toolchain, code, tests, RUN_LIMIT_MS);
}

static CwTestCase *
nth_test (CwCheckResult *result,
          guint          n)
{
  GListModel *tests = cw_check_result_get_tests (result);
  CwTestCase *test;

  g_assert_cmpuint (g_list_model_get_n_items (tests), >, n);
  test = g_list_model_get_item (tests, n);
  g_object_unref (test);

  return test;
}

static void
assert_verdict (CwCheckResult  *result,
                CwCheckVerdict  verdict,
                CwCheckStage    stage)
{
  g_assert_cmpstr (cw_check_verdict_to_string (cw_check_result_get_verdict (result)), ==,
                   cw_check_verdict_to_string (verdict));
  g_assert_cmpstr (cw_check_stage_to_string (cw_check_result_get_stage (result)), ==,
                   cw_check_stage_to_string (stage));
  g_assert_nonnull (cw_check_result_get_summary (result));
  g_assert_true (g_utf8_validate (cw_check_result_get_output (result), -1, NULL));
}

static void
test_pass (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  CwTestCase              *test;

  if (toolchain == NULL)
    return;

  result = check (toolchain, good_code, good_tests);
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
  g_assert_true (cw_check_result_get_passed (result));
  g_assert_cmpuint (cw_check_result_get_n_errors (result), ==, 0);
  g_assert_cmpuint (cw_check_result_get_n_passed (result), ==, 2);
  g_assert_cmpuint (cw_check_result_get_n_failed (result), ==, 0);
  g_assert_cmpint (cw_check_result_get_exit_status (result), ==, 0);
  g_assert_cmpint (cw_check_result_get_term_signal (result), ==, 0);
  g_assert_nonnull (strstr (cw_check_result_get_output (result), "test result: ok."));
  g_assert_false (cw_check_result_get_output_cut (result));
  g_assert_cmpstr (cw_check_result_get_rustc_version (result), ==,
                   cw_rust_toolchain_get_version (toolchain));
  g_assert_cmpuint (cw_check_result_get_compile_us (result), >, 0);

  test = nth_test (result, 0);
  g_assert_cmpstr (cw_test_case_get_name (test), ==, "tests::appends_doubles_of_even_numbers");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_PASSED);

  g_assert_finalize_object (g_steal_pointer (&result));
}

/* A correct program that runs many threads at once passes under the default limits, however
 * busy the machine. glibc gives each new thread its own malloc arena and reserves 64 MiB of
 * address space for each, which RLIMIT_AS counts: a learner's correct Arc<Mutex> solution
 * failed with "failed to spawn thread" (EAGAIN) when its threads happened to overlap. */
static const char many_threads_code[] =
  "use std::sync::{Arc, Barrier};\n"
  "pub fn run_all(n: usize) -> usize {\n"
  "    let barrier = Arc::new(Barrier::new(n));\n"
  "    let handles: Vec<_> = (0..n)\n"
  "        .map(|i| {\n"
  "            let barrier = Arc::clone(&barrier);\n"
  "            std::thread::spawn(move || {\n"
  "                let words: Vec<String> = (0..64).map(|w| format!(\"{i}-{w}\")).collect();\n"
  "                barrier.wait();\n"
  "                words.len()\n"
  "            })\n"
  "        })\n"
  "        .collect();\n"
  "    handles.into_iter().map(|h| h.join().unwrap()).sum()\n"
  "}\n";

static const char many_threads_tests[] =
  "#[test]\n"
  "fn sixty_four_threads_at_once() {\n"
  "    assert_eq!(run_all(64), 64 * 64);\n"
  "}\n";

static void
test_many_threads (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  result = check (toolchain, many_threads_code, many_threads_tests);
  if (!cw_check_result_get_passed (result))
    g_test_message ("%s", cw_check_result_get_output (result));
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
  g_assert_cmpuint (cw_check_result_get_n_passed (result), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_compile_error (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(CwRustDiagnostic) error = NULL;

  if (toolchain == NULL)
    return;

  result = check (toolchain, bad_code, good_tests);
  assert_verdict (result, CW_CHECK_VERDICT_COMPILE_FAILED, CW_CHECK_STAGE_COMPILE);
  g_assert_cmpuint (cw_check_result_get_n_errors (result), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cw_check_result_get_diagnostics (result)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cw_check_result_get_tests (result)), ==, 0);
  g_assert_cmpstr (cw_check_result_get_output (result), ==, "");
  g_assert_cmpint (cw_check_result_get_exit_status (result), ==, -1);

  error = g_list_model_get_item (cw_check_result_get_diagnostics (result), 0);
  g_assert_cmpstr (cw_rust_diagnostic_get_code (error), ==, "E0502");
  g_assert_cmpint (cw_rust_diagnostic_get_origin (error), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_rust_diagnostic_get_line (error), ==, 5);
  g_assert_cmpuint (cw_rust_diagnostic_get_column (error), ==, 13);
}

static void
test_empty_file (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  GListModel              *diagnostics;
  guint                    i;

  if (toolchain == NULL)
    return;

  /* Nothing written: the tests call what does not exist, and that is where the errors are.
   * The warning about the unused `use super::*;` around the tests is not the learner's. */
  result = check (toolchain, "", good_tests);
  assert_verdict (result, CW_CHECK_VERDICT_COMPILE_FAILED, CW_CHECK_STAGE_COMPILE);
  diagnostics = cw_check_result_get_diagnostics (result);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), ==, 2);
  g_assert_cmpuint (cw_check_result_get_n_warnings (result), ==, 0);
  for (i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(CwRustDiagnostic) error = g_list_model_get_item (diagnostics, i);

      g_assert_cmpstr (cw_rust_diagnostic_get_code (error), ==, "E0425");
      g_assert_cmpint (cw_rust_diagnostic_get_origin (error), ==, CW_CODE_ORIGIN_TESTS);
    }
}

static void
test_panic (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  CwTestCase              *test;

  if (toolchain == NULL)
    return;

  result = check (toolchain,
                  "fn run() {\n"
                  "    let values: Vec<u32> = Vec::new();\n"
                  "    println!(\"about to look\");\n"
                  "    let first = values[0];\n"
                  "    println!(\"{first}\");\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_TESTS_FAILED, CW_CHECK_STAGE_RUN);
  g_assert_cmpuint (cw_check_result_get_n_failed (result), ==, 1);
  g_assert_cmpint (cw_check_result_get_exit_status (result), ==, 101);

  test = nth_test (result, 0);
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_FAILED);
  g_assert_cmpstr (cw_test_case_get_output (test), ==, "about to look");
  g_assert_cmpstr (cw_test_case_get_message (test), ==,
                   "index out of bounds: the len is 0 but the index is 0");
  /* values[0], in the learner's line 4. */
  g_assert_cmpint (cw_test_case_get_origin (test), ==, CW_CODE_ORIGIN_LEARNER);
  g_assert_cmpuint (cw_test_case_get_line (test), ==, 4);
}

static void
test_loop (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  CwTestCase              *test;

  if (toolchain == NULL)
    return;

  result = check_endless (toolchain, "fn run() {\n    loop {}\n}\n", run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_RUN);
  g_assert_cmpint (cw_check_result_get_term_signal (result), ==, SIGKILL);

  test = nth_test (result, 0);
  g_assert_cmpstr (cw_test_case_get_name (test), ==, "tests::runs");
  g_assert_cmpint (cw_test_case_get_status (test), ==, CW_TEST_STATUS_NOT_FINISHED);
  g_assert_nonnull (cw_test_case_get_message (test));
}

static void
test_sleep (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  result = check_endless (toolchain,
                          "fn run() {\n"
                          "    loop {\n"
                          "        std::thread::sleep(std::time::Duration::from_secs(3600));\n"
                          "    }\n"
                          "}\n",
                          run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_RUN);
}

static void
test_stdin (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  /* Waiting for input that never comes would be a timeout: stdin is at its end at once. */
  result = check (toolchain,
                  "fn run() {\n"
                  "    let mut line = String::new();\n"
                  "    let read = std::io::stdin().read_line(&mut line).unwrap();\n"
                  "    assert_eq!(read, 0);\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
}

static void
test_output_flood (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  /* 100 MB, straight to stdout. */
  result = check (toolchain,
                  "use std::io::Write;\n"
                  "\n"
                  "fn run() {\n"
                  "    let line = [b'x'; 1000];\n"
                  "    let mut out = std::io::stdout();\n"
                  "    for _ in 0..100_000 {\n"
                  "        out.write_all(&line).unwrap();\n"
                  "    }\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_OUTPUT_TOO_LARGE, CW_CHECK_STAGE_RUN);
  g_assert_true (cw_check_result_get_output_cut (result));
  g_assert_cmpuint (strlen (cw_check_result_get_output (result)), ==,
                    CW_CHECK_DEFAULT_OUTPUT_BYTES);
  g_assert_cmpint (cw_test_case_get_status (nth_test (result, 0)), ==,
                   CW_TEST_STATUS_NOT_FINISHED);
}

static void
test_allocate (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(GError)        error = NULL;
  CwCheckLimits            limits;

  if (toolchain == NULL)
    return;

  /* 16 GiB in one go; the default limit is 512 MiB. */
  result = check (toolchain,
                  "fn run() {\n"
                  "    let block: Vec<u8> = Vec::with_capacity(16 << 30);\n"
                  "    assert_eq!(block.len(), 0);\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_OUT_OF_MEMORY, CW_CHECK_STAGE_RUN);
  g_assert_cmpint (cw_check_result_get_term_signal (result), ==, SIGABRT);
  g_assert_nonnull (strstr (cw_check_result_get_output (result),
                            "memory allocation of 17179869184 bytes failed"));
  g_assert_cmpint (cw_test_case_get_status (nth_test (result, 0)), ==,
                   CW_TEST_STATUS_NOT_FINISHED);

  /* 16 GiB 64 MiB at a time, every page written, under 256 MiB. Writing pages is slow on
   * some machines, so the time limit is out of the way: only the memory limit can stop it. */
  g_clear_object (&result);
  cw_check_limits_init (&limits);
  limits.memory_bytes = 256 * 1024 * 1024;
  limits.run_timeout_ms = CW_TEST_FINISHES_MS;
  result = check_full (toolchain,
                       "fn run() {\n"
                       "    let mut blocks: Vec<Vec<u8>> = Vec::new();\n"
                       "    for _ in 0..256 {\n"
                       "        blocks.push(vec![1u8; 64 << 20]);\n"
                       "    }\n"
                       "    assert_eq!(blocks.len(), 256);\n"
                       "}\n",
                       run_tests, &limits, NULL, &error);
  g_assert_no_error (error);
  assert_verdict (result, CW_CHECK_VERDICT_OUT_OF_MEMORY, CW_CHECK_STAGE_RUN);
  g_assert_nonnull (strstr (cw_check_result_get_output (result),
                            "memory allocation of 67108864 bytes failed"));
}

static void
test_stack_overflow (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  result = check (toolchain,
                  "fn depth(n: u64) -> u64 {\n"
                  "    if n == u64::MAX { 0 } else { depth(n + 1) + 1 }\n"
                  "}\n"
                  "\n"
                  "fn run() {\n"
                  "    assert_eq!(depth(0), 1);\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_STACK_OVERFLOW, CW_CHECK_STAGE_RUN);
  g_assert_cmpint (cw_check_result_get_term_signal (result), ==, SIGABRT);
  g_assert_cmpstr (cw_test_case_get_message (nth_test (result, 0)), ==,
                   "It overflowed its stack.");
}

/* The pids the program printed, one a line (the first right after "test tests::runs ... "). */
static GArray *
read_pids (const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  GArray       *pids = g_array_new (FALSE, FALSE, sizeof (int));
  guint         i;

  for (i = 0; lines[i] != NULL; i++)
    {
      const char *at = strstr (lines[i], "pid ");

      if (at != NULL)
        {
          int pid = atoi (at + strlen ("pid "));

          g_array_append_val (pids, pid);
        }
    }

  return pids;
}

/* It starts three `sleep`s, says who they and it are, then never ends (or ends at once). */
static const char spawner_code[] =
  "use std::io::Write;\n"
  "\n"
  "fn run(forever: bool) {\n"
  "    let mut out = std::io::stdout();\n"
  "    writeln!(out, \"pid {}\", std::process::id()).unwrap();\n"
  "    for _ in 0..3 {\n"
  "        let child = std::process::Command::new(\"sleep\").arg(\"1000\").spawn().unwrap();\n"
  "        writeln!(out, \"pid {}\", child.id()).unwrap();\n"
  "    }\n"
  "    out.flush().unwrap();\n"
  "    while forever {\n"
  "        std::thread::sleep(std::time::Duration::from_millis(10));\n"
  "    }\n"
  "}\n";

static void
assert_all_gone (CwCheckResult *result)
{
  g_autoptr(GArray) pids = read_pids (cw_check_result_get_output (result));
  guint             i;

  /* The program and its three children. */
  g_assert_cmpuint (pids->len, ==, 4);
  /* It was the leader of its group; everything in the group was sent SIGKILL. */
  g_assert_true (cw_proc_wait_group_gone (g_array_index (pids, int, 0), CW_TEST_FINISHES_MS));
  for (i = 0; i < pids->len; i++)
    g_assert_false (cw_proc_is_alive (g_array_index (pids, int, i)));
}

static void
test_children (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  result = check_endless (toolchain, spawner_code,
                          "    #[test]\n    fn runs() {\n        run(true);\n    }\n");
  assert_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_RUN);
  assert_all_gone (result);

  /* A program that passes but leaves its children running: they go with it. */
  g_clear_object (&result);
  result = check (toolchain, spawner_code,
                  "    #[test]\n    fn runs() {\n        run(false);\n    }\n");
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
  assert_all_gone (result);
}

static void
test_compile_timeout (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(GError)        error = NULL;
  CwCheckLimits            limits;

  if (toolchain == NULL)
    return;

  /* A normal program under a limit no compile can meet. */
  cw_check_limits_init (&limits);
  limits.compile_timeout_ms = 1;
  result = check_full (toolchain, good_code, good_tests, &limits, NULL, &error);
  g_assert_no_error (error);
  assert_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_COMPILE);
  g_assert_cmpuint (g_list_model_get_n_items (cw_check_result_get_tests (result)), ==, 0);

  /* A compile that would never end: a const evaluated forever. */
  g_clear_object (&result);
  limits.compile_timeout_ms = RUN_LIMIT_MS;
  result = check_full (toolchain,
                       "#![allow(long_running_const_eval)]\n"
                       "const fn spin() -> u64 {\n"
                       "    let mut i: u64 = 1;\n"
                       "    while i != 0 {\n"
                       "        i = i.wrapping_add(1);\n"
                       "    }\n"
                       "    i\n"
                       "}\n"
                       "const X: u64 = spin();\n"
                       "fn run() {\n"
                       "    assert_eq!(X, 0);\n"
                       "}\n",
                       run_tests, &limits, NULL, &error);
  g_assert_no_error (error);
  assert_verdict (result, CW_CHECK_VERDICT_TIMED_OUT, CW_CHECK_STAGE_COMPILE);
}

static void
test_invalid_utf8 (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  const char              *output;

  if (toolchain == NULL)
    return;

  result = check (toolchain,
                  "use std::io::Write;\n"
                  "\n"
                  "fn run() {\n"
                  "    std::io::stdout().write_all(b\"bad \\xff\\xfe\\x00 bytes\\n\").unwrap();\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
  output = cw_check_result_get_output (result);
  g_assert_nonnull (strstr (output, "bad \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd bytes"));
  g_assert_true (g_str_has_prefix (cw_test_case_get_output (nth_test (result, 0)),
                                   "bad \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd bytes"));
}

static void
test_large_source (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(GError)        error = NULL;
  g_autoptr(GString)       code = g_string_new (good_code);
  CwCheckLimits            limits;

  if (toolchain == NULL)
    return;

  /* 5 MB: the code and a long comment. */
  while (code->len < 5 * 1000 * 1000)
    g_string_append (code, "// Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");

  result = check (toolchain, code->str, good_tests);
  assert_verdict (result, CW_CHECK_VERDICT_SOURCE_TOO_LARGE, CW_CHECK_STAGE_SOURCE);
  g_assert_cmpuint (cw_check_result_get_compile_us (result), ==, 0);

  /* With room for it, all 5 MB go through rustc and pass. */
  g_clear_object (&result);
  cw_check_limits_init (&limits);
  limits.source_bytes = 8 * 1024 * 1024;
  result = check_full (toolchain, code->str, good_tests, &limits, NULL, &error);
  g_assert_no_error (error);
  assert_verdict (result, CW_CHECK_VERDICT_PASSED, CW_CHECK_STAGE_RUN);
}

static void
test_file_size (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  /* 100 MB into one file; the default limit is 16 MiB. */
  result = check (toolchain,
                  "use std::io::Write;\n"
                  "\n"
                  "fn run() {\n"
                  "    let mut file = std::fs::File::create(\"big\").unwrap();\n"
                  "    let block = vec![7u8; 1 << 20];\n"
                  "    for _ in 0..100 {\n"
                  "        file.write_all(&block).unwrap();\n"
                  "    }\n"
                  "}\n",
                  run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_FILE_TOO_LARGE, CW_CHECK_STAGE_RUN);
  g_assert_cmpint (cw_check_result_get_term_signal (result), ==, SIGXFSZ);
}

static void
test_exit_early (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  /* Exiting with 0 before the tests report is no pass. */
  result = check (toolchain, "fn run() {\n    std::process::exit(0);\n}\n", run_tests);
  assert_verdict (result, CW_CHECK_VERDICT_CRASHED, CW_CHECK_STAGE_RUN);
  g_assert_cmpint (cw_check_result_get_exit_status (result), ==, 0);
  g_assert_false (cw_check_result_get_passed (result));
}

static void
test_no_tests (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;

  if (toolchain == NULL)
    return;

  result = check (toolchain, good_code, "");
  assert_verdict (result, CW_CHECK_VERDICT_NO_TESTS, CW_CHECK_STAGE_RUN);
  g_assert_false (cw_check_result_get_passed (result));
}

static gboolean
cancel_later (gpointer data)
{
  g_cancellable_cancel (data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(GCancellable)  cancellable = g_cancellable_new ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(GError)        error = NULL;
  CwCheckLimits            limits;

  if (toolchain == NULL)
    return;

  /* Only the cancellable can end this one (its run limit is far away): whether the cancel
   * lands in the compile or in the run, the check ends cancelled and leaves nothing. */
  cw_check_limits_init (&limits);
  limits.run_timeout_ms = 10 * CW_TEST_FINISHES_MS;
  g_timeout_add (500, cancel_later, cancellable);
  result = check_full (toolchain, "fn run() {\n    loop {}\n}\n", run_tests, &limits, cancellable,
                       &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Cancelled before it starts. */
  g_clear_error (&error);
  result = check_full (toolchain, good_code, good_tests, NULL, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_process_limit (void)
{
  CwRustToolchain         *toolchain = cw_test_rust_toolchain_or_skip ();
  g_autoptr(CwCheckResult) result = NULL;
  g_autoptr(GError)        error = NULL;
  CwCheckLimits            limits;

  if (toolchain == NULL)
    return;
  if (geteuid () == 0)
    {
      g_test_skip ("root ignores RLIMIT_NPROC: run this test as another user to check it");
      return;
    }
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no process limit in a Flatpak sandbox");
      return;
    }

  /* 64 threads at once, with room for 8: spawning fails, the test panics. */
  cw_check_limits_init (&limits);
  limits.run_timeout_ms = CW_TEST_FINISHES_MS;
  limits.extra_processes = 8;
  result = check_full (toolchain,
                       "fn run() {\n"
                       "    let handles: Vec<_> = (0..64)\n"
                       "        .map(|_| std::thread::spawn(|| std::thread::sleep(\n"
                       "            std::time::Duration::from_millis(500))))\n"
                       "        .collect();\n"
                       "    for handle in handles {\n"
                       "        handle.join().unwrap();\n"
                       "    }\n"
                       "}\n",
                       run_tests, &limits, NULL, &error);
  g_assert_no_error (error);
  assert_verdict (result, CW_CHECK_VERDICT_TESTS_FAILED, CW_CHECK_STAGE_RUN);
  g_assert_nonnull (strstr (cw_test_case_get_message (nth_test (result, 0)),
                            "failed to spawn thread"));
}

/* A "rustc" that answers --version and then fails without a word: the check says so. */
static void
test_silent_compiler (void)
{
  g_autoptr(CwRustToolchain) fake = NULL;
  g_autoptr(CwCheckResult)   result = NULL;
  g_autoptr(CwRustDiagnostic) made = NULL;
  g_autoptr(GError)          error = NULL;
  g_autofree char           *script = NULL;
  g_autofree char           *dir = NULL;

  dir = cw_test_make_script ("rustc",
                             "case \"$1\" in\n"
                             "  --version) echo 'rustc 1.90.0 (0123abcde 2025-09-14)' ;;\n"
                             "  *) kill -SEGV $$ ;;\n"
                             "esac",
                             &script);
  fake = cw_rust_toolchain_discover_with (script, NULL, &error);
  g_assert_no_error (error);

  result = check (fake, good_code, good_tests);
  assert_verdict (result, CW_CHECK_VERDICT_COMPILE_FAILED, CW_CHECK_STAGE_COMPILE);
  g_assert_cmpuint (cw_check_result_get_n_errors (result), ==, 1);
  made = g_list_model_get_item (cw_check_result_get_diagnostics (result), 0);
  g_assert_cmpint (cw_rust_diagnostic_get_level (made), ==,
                   CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR);
  g_assert_nonnull (strstr (cw_rust_diagnostic_get_message (made), "signal 11"));
  g_assert_cmpstr (cw_check_result_get_rustc_version (result), ==, "1.90.0");

  /* A rustc that is gone by the time of the check: the check cannot be done. */
  g_clear_object (&result);
  cw_test_remove_dir (dir);
  result = check_full (fake, good_code, good_tests, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, CW_EXERCISE_RUNNER_ERROR, CW_EXERCISE_RUNNER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Could not start rustc"));
}

int
main (int    argc,
      char **argv)
{
  const char      *tmp = g_getenv ("TMPDIR");
  g_autofree char *template = g_build_filename (tmp != NULL ? tmp : "/tmp",
                                                "test-exercise-runner-XXXXXX", NULL);
  int              status;

  /* Before anything reads it: every private folder of a check goes in here, and must be
   * gone after each check. */
  test_tmp = g_mkdtemp (template);
  g_assert_nonnull (test_tmp);
  g_setenv ("TMPDIR", test_tmp, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercise-runner/pass", test_pass);
  g_test_add_func ("/exercise-runner/many-threads", test_many_threads);
  g_test_add_func ("/exercise-runner/compile-error", test_compile_error);
  g_test_add_func ("/exercise-runner/empty-file", test_empty_file);
  g_test_add_func ("/exercise-runner/panic", test_panic);
  g_test_add_func ("/exercise-runner/loop", test_loop);
  g_test_add_func ("/exercise-runner/sleep", test_sleep);
  g_test_add_func ("/exercise-runner/stdin", test_stdin);
  g_test_add_func ("/exercise-runner/output-flood", test_output_flood);
  g_test_add_func ("/exercise-runner/allocate", test_allocate);
  g_test_add_func ("/exercise-runner/stack-overflow", test_stack_overflow);
  g_test_add_func ("/exercise-runner/children", test_children);
  g_test_add_func ("/exercise-runner/compile-timeout", test_compile_timeout);
  g_test_add_func ("/exercise-runner/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/exercise-runner/large-source", test_large_source);
  g_test_add_func ("/exercise-runner/file-size", test_file_size);
  g_test_add_func ("/exercise-runner/exit-early", test_exit_early);
  g_test_add_func ("/exercise-runner/no-tests", test_no_tests);
  g_test_add_func ("/exercise-runner/cancel", test_cancel);
  g_test_add_func ("/exercise-runner/process-limit", test_process_limit);
  g_test_add_func ("/exercise-runner/silent-compiler", test_silent_compiler);

  status = g_test_run ();

  g_assert_cmpint (g_rmdir (test_tmp), ==, 0);

  return status;
}
