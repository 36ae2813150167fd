/* crabwise-check-exercise.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-check-exercise"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cw-check-cli.h"

/*
 * crabwise-check-exercise EXERCISE_DIR [FILE|-] [--json]
 *
 * `crabwise --check` for an exercise folder in the content format (starter.rs and tests.rs),
 * before it is in a content database: for authors, and a model of the few lines the app's
 * --check needs once the content store has exercises. Without FILE it checks the starter.
 */

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError)         error = NULL;
  g_autofree char          *id = NULL;
  g_autofree char          *starter = NULL;
  g_autofree char          *tests = NULL;
  g_autofree char          *starter_path = NULL;
  g_autofree char          *tests_path = NULL;
  gboolean                  json = FALSE;
  CwCheckExercise           exercise = { 0 };
  const GOptionEntry        entries[] = {
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json, "Print JSON", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("EXERCISE_DIR [FILE|-]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || argc > 3)
    {
      g_printerr ("crabwise-check-exercise: %s\n",
                  error != NULL ? error->message : "usage: EXERCISE_DIR [FILE|-] [--json]");
      return CW_CHECK_CLI_USAGE;
    }

  starter_path = g_build_filename (argv[1], "starter.rs", NULL);
  tests_path = g_build_filename (argv[1], "tests.rs", NULL);
  if (!g_file_get_contents (tests_path, &tests, NULL, &error) ||
      !g_file_get_contents (starter_path, &starter, NULL, &error))
    {
      g_printerr ("crabwise-check-exercise: %s\n", error->message);
      return CW_CHECK_CLI_USAGE;
    }

  /* What the app fills from cw_content_store_get_exercise(). */
  id = g_path_get_basename (argv[1]);
  exercise.id = id;
  exercise.starter = starter;
  exercise.tests = tests;

  return cw_check_cli_run (&exercise, argc == 3 ? argv[2] : NULL, json, NULL);
}
