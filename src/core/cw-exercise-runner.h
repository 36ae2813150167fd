/* cw-exercise-runner.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cw-check-result.h"
#include "cw-rust-toolchain.h"

G_BEGIN_DECLS

/*
 * Checks the learner's code against an exercise's hidden tests with the real compiler:
 *
 *   rustc --edition 2024 --test --error-format=json main.rs -o main
 *   ./main --test-threads=1 --show-output --color never
 *
 * in a private temporary folder (removed afterwards, whatever happened), each in its own
 * process group with stdin from /dev/null, under CwCheckLimits. A limit that is hit, a crash,
 * a failed compile are verdicts of the CwCheckResult, not errors.
 */

typedef enum
{
  CW_EXERCISE_RUNNER_ERROR_FAILED,  /* the check itself could not be done: no private folder,
                                     * rustc or the test program could not be started */
} CwExerciseRunnerError;

#define CW_EXERCISE_RUNNER_ERROR (cw_exercise_runner_error_quark ())

/* Each 0 means "no limit", for tests and tools only: never for a learner's code. */
typedef struct
{
  guint   compile_timeout_ms;  /* rustc, wall clock */
  guint   run_timeout_ms;      /* the test program, wall clock */
  guint64 memory_bytes;        /* the test program's address space (RLIMIT_AS); not rustc's */
  gsize   output_bytes;        /* the test program's output kept; beyond it, it is stopped */
  guint64 file_size_bytes;     /* the largest file the test program may write (RLIMIT_FSIZE);
                                * rustc gets at least CW_CHECK_COMPILER_FILE_SIZE */
  guint   extra_processes;     /* processes and threads it may start (RLIMIT_NPROC over what
                                * the user runs); not enforced for root nor in a Flatpak */
  gsize   source_bytes;        /* the largest learner's code a check accepts */
} CwCheckLimits;

/* What the app uses; a test sets one limit short to prove it. */
#define CW_CHECK_DEFAULT_COMPILE_TIMEOUT_MS (60 * 1000)
#define CW_CHECK_DEFAULT_RUN_TIMEOUT_MS     (10 * 1000)
#define CW_CHECK_DEFAULT_MEMORY_BYTES       (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define CW_CHECK_DEFAULT_OUTPUT_BYTES       (1024 * 1024)
#define CW_CHECK_DEFAULT_FILE_SIZE_BYTES    (G_GUINT64_CONSTANT (16) * 1024 * 1024)
#define CW_CHECK_DEFAULT_EXTRA_PROCESSES    256
#define CW_CHECK_DEFAULT_SOURCE_BYTES       (1024 * 1024)

/* rustc writes the test program and its own temporary files. */
#define CW_CHECK_COMPILER_FILE_SIZE         (G_GUINT64_CONSTANT (256) * 1024 * 1024)
/* rustc's diagnostics kept; beyond it, it is stopped. */
#define CW_CHECK_COMPILER_OUTPUT_BYTES      (16 * 1024 * 1024)

GQuark         cw_exercise_runner_error_quark  (void);

void           cw_check_limits_init            (CwCheckLimits        *limits);

void           cw_exercise_runner_check_async  (CwRustToolchain      *toolchain,
                                                const char           *learner_code,
                                                const char           *hidden_tests,
                                                const CwCheckLimits  *limits,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
CwCheckResult *cw_exercise_runner_check_finish (GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
