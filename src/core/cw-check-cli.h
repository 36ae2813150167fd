/* cw-check-cli.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "cw-exercise-runner.h"

G_BEGIN_DECLS

/*
 * `crabwise --check ID FILE [--json]` and `crabwise --list-exercises` without a window.
 * The caller looks the exercise up (the content store) and fills a CwCheckExercise; these
 * print to stdout (g_print) and errors to stderr (g_printerr), and return the exit status.
 * The JSON keys are stable: scripts read them.
 */

/* Exit statuses of cw_check_cli_run(). */
#define CW_CHECK_CLI_PASSED       0  /* every test passed */
#define CW_CHECK_CLI_FAILED       1  /* any other verdict: it does not compile, a test fails, … */
#define CW_CHECK_CLI_USAGE        2  /* bad arguments: no such file, not UTF-8 text, … */
#define CW_CHECK_CLI_CANNOT_CHECK 3  /* no rustc new enough, or the check could not run */
#define CW_CHECK_CLI_INTERRUPTED  130  /* Ctrl+C: stopped, and cleaned up */

typedef struct
{
  const char *id;         /* "ownership-fix-move" */
  const char *lesson_id;  /* (nullable) for --list-exercises */
  const char *title;      /* (nullable) for --list-exercises */
  const char *starter;    /* (nullable) the code the learner starts from */
  const char *tests;      /* the hidden tests, tests.rs */
} CwCheckExercise;

int  cw_check_cli_run            (const CwCheckExercise *exercise,
                                  const char            *file,
                                  gboolean               json,
                                  const CwCheckLimits   *limits);

void cw_check_cli_list_exercises (const CwCheckExercise *exercises,
                                  gsize                  n_exercises);

G_END_DECLS
