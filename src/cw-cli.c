/* cw-cli.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <pango/pango.h>

#include "cw-check-cli.h"
#include "cw-cli.h"
#include "cw-content-store.h"
#include "cw-fib.h"
#include "cw-format.h"
#include "cw-paths.h"

/*
 * `crabwise --fib N [--algorithm A] [--json]`: the Fibonacci core without a window.
 * `crabwise --list-lessons` and `crabwise --search TEXT`: the lesson store, plain text.
 * `crabwise --list-exercises` and `crabwise --check ID FILE [--json]`: the practice
 * exercises of the shipped content, checked as the Practice page checks them.
 * The JSON keys are stable; scripts and the benchmarks read them.
 */

static void
print_json (const CwFibResult *result)
{
  g_autoptr(JsonBuilder)   builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode)      root = NULL;
  g_autofree char         *number = cw_fib_number_to_string (cw_fib_as_number (result->n));
  g_autofree char         *u32 = g_strdup_printf ("%" G_GUINT32_FORMAT, cw_fib_u32_wrapped (result->n));
  g_autofree char         *u64 = g_strdup_printf ("%" G_GUINT64_FORMAT, cw_fib_u64_wrapped (result->n));
  g_autofree char         *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, result->n);
  json_builder_set_member_name (builder, "algorithm");
  json_builder_add_string_value (builder, cw_fib_algorithm_to_string (result->algorithm));
  /* A string: F(n) passes 2^53 at n = 79 and JSON readers would round it. */
  json_builder_set_member_name (builder, "value");
  json_builder_add_string_value (builder, result->decimal);
  json_builder_set_member_name (builder, "digits");
  json_builder_add_int_value (builder, (gint64) result->digits);
  json_builder_set_member_name (builder, "elapsed_ns");
  json_builder_add_int_value (builder, (gint64) result->elapsed_ns);
  json_builder_set_member_name (builder, "convert_ns");
  json_builder_add_int_value (builder, (gint64) result->convert_ns);
  json_builder_set_member_name (builder, "calls");
  if (result->algorithm == CW_FIB_NAIVE)
    json_builder_add_int_value (builder, (gint64) result->calls);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "exact_u32");
  json_builder_add_boolean_value (builder, result->exact_u32);
  json_builder_set_member_name (builder, "exact_number");
  json_builder_add_boolean_value (builder, result->exact_number);
  json_builder_set_member_name (builder, "exact_u64");
  json_builder_add_boolean_value (builder, result->exact_u64);
  json_builder_set_member_name (builder, "u32");
  json_builder_add_string_value (builder, u32);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, number);
  json_builder_set_member_name (builder, "u64");
  json_builder_add_string_value (builder, u64);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_text (const CwFibResult *result)
{
  g_autofree char *elapsed = cw_format_duration (result->elapsed_ns);
  g_autofree char *shown = cw_format_big_number (result->decimal, 40);
  g_autofree char *number = cw_fib_number_to_string (cw_fib_as_number (result->n));
  g_autofree char *u32 = g_strdup_printf ("%" G_GUINT32_FORMAT, cw_fib_u32_wrapped (result->n));
  g_autofree char *u64 = g_strdup_printf ("%" G_GUINT64_FORMAT, cw_fib_u64_wrapped (result->n));

  g_print ("F(%u) = %s\n", result->n, shown);
  if (result->digits > 83)
    {
      g_autofree char *digits = g_strdup_printf ("%" G_GSIZE_FORMAT, result->digits);

      g_print (_("Digits: %s\n"), digits);
    }
  g_print (_("Algorithm: %s\n"), cw_fib_algorithm_get_title (result->algorithm));
  g_print (_("Time: %s\n"), elapsed);
  if (result->algorithm == CW_FIB_NAIVE)
    {
      g_autofree char *rate = cw_format_rate (result->calls, result->elapsed_ns);
      g_autofree char *calls = g_strdup_printf ("%" G_GUINT64_FORMAT, result->calls);

      g_print (_("Calls: %s (%s)\n"), calls, rate);
    }
  if (result->convert_ns > 0)
    {
      g_autofree char *convert = cw_format_duration (result->convert_ns);

      g_print (_("Conversion to decimal: %s\n"), convert);
    }

  g_print (_("As a u32: %s (%s)\n"), u32,
           result->exact_u32 ? _("exact") : _("wrong: wrapped around"));
  g_print (_("As a JavaScript Number: %s (%s)\n"), number,
           result->exact_number ? _("exact") : _("wrong: rounded beyond 2^53"));
  g_print (_("As a u64: %s (%s)\n"), u64,
           result->exact_u64 ? _("exact") : _("wrong: wrapped around"));
}

int
cw_cli_run_fib (const char *n_text,
                const char *algorithm_text,
                gboolean    json)
{
  g_auto(CwFibResult) result = { 0 };
  g_autoptr(GError)   error = NULL;
  CwFibAlgorithm      algorithm = CW_FIB_DOUBLING;
  guint               n;

  if (!cw_fib_parse_n (n_text, &n, &error))
    {
      g_printerr ("crabwise: --fib: %s\n", error->message);
      return CW_CLI_USAGE_ERROR;
    }

  if (algorithm_text != NULL)
    {
      if (!cw_fib_algorithm_from_string (algorithm_text, &algorithm))
        {
          g_printerr ("crabwise: %s\n", _("--algorithm must be one of naive, iterative, doubling, exact"));
          return CW_CLI_USAGE_ERROR;
        }
    }
  else if (n > CW_FIB_U64_MAX_EXACT)
    {
      /* Without an explicit choice, the result is always exact. */
      algorithm = CW_FIB_EXACT;
    }

  if (!cw_fib_run (algorithm, n, NULL, &result, &error))
    {
      g_printerr ("crabwise: %s\n", error->message);
      return CW_CLI_USAGE_ERROR;
    }

  if (json)
    print_json (&result);
  else
    print_text (&result);

  return 0;
}


/* The shipped content, found as --list-lessons finds it; NULL after saying why. */
static CwContentStore *
cw_cli_open_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *path = cw_paths_get_content_db ();
  CwContentStore   *store;

  store = cw_content_store_new_for_path (path, &error);
  if (store == NULL)
    g_printerr ("crabwise: %s\n", error->message);

  return store;
}

int
cw_cli_list_lessons (void)
{
  g_autoptr(CwContentStore) store = cw_cli_open_content ();
  GListModel               *lessons;
  guint                     i;

  if (store == NULL)
    return 1;

  lessons = cw_content_store_get_lessons (store);
  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);

      g_print ("%s\t%s\n", cw_lesson_get_id (lesson), cw_lesson_get_title (lesson));
    }

  return 0;
}

int
cw_cli_search (const char *query)
{
  g_autoptr(CwContentStore) store = cw_cli_open_content ();
  g_autoptr(GListModel)     hits = NULL;
  g_autoptr(GError)         error = NULL;
  guint                     i;

  g_return_val_if_fail (query != NULL, CW_CLI_USAGE_ERROR);

  if (store == NULL)
    return 1;

  hits = cw_content_store_search (store, query, 20, &error);
  if (hits == NULL)
    {
      g_printerr ("crabwise: %s\n", error->message);
      return 1;
    }

  for (i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);
      g_autofree char       *plain = NULL;

      /* The one-line snippet the search page shows, without its highlighting. */
      pango_parse_markup (cw_search_hit_get_snippet (hit), -1, 0, NULL, &plain, NULL, NULL);
      g_print ("%s\t%s\t%s\t%s\n",
               cw_search_hit_get_lesson_id (hit),
               cw_search_hit_get_kind (hit),
               cw_search_hit_get_title (hit),
               plain != NULL ? plain : "");
    }

  return 0;
}

int
cw_cli_list_exercises (void)
{
  g_autoptr(CwContentStore) store = cw_cli_open_content ();
  GListModel               *exercises;
  guint                     i;

  if (store == NULL)
    return 1;

  exercises = cw_content_store_get_exercises (store);
  for (i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(CwExercise) exercise = g_list_model_get_item (exercises, i);

      g_print ("%s\t%s\n", cw_exercise_get_id (exercise), cw_exercise_get_title (exercise));
    }

  return 0;
}

int
cw_cli_check (const char         *exercise_id,
              const char * const *files,
              gboolean            json)
{
  g_autoptr(CwContentStore) store = NULL;
  CwExercise               *exercise = NULL;   /* owned by the store */
  CwCheckExercise           check = { 0 };
  guint                     n_files = files != NULL ? g_strv_length ((char **) files) : 0;

  if (n_files != 1)
    {
      g_printerr ("crabwise: %s\n",
                  n_files == 0 ? _("--check ID needs the FILE to check (or “-” for standard input)")
                               : _("--check takes one ID and one FILE, nothing more"));
      return CW_CHECK_CLI_USAGE;
    }

  store = cw_cli_open_content ();
  if (store == NULL)
    return CW_CHECK_CLI_CANNOT_CHECK;

  exercise = cw_content_store_get_exercise (store, exercise_id);
  if (exercise == NULL)
    {
      g_printerr ("crabwise: ");
      /* Translators: %s is what was given as the exercise's id */
      g_printerr (_("There is no exercise “%s”; try --list-exercises."), exercise_id);
      g_printerr ("\n");
      return CW_CHECK_CLI_USAGE;
    }

  check.id = cw_exercise_get_id (exercise);
  check.lesson_id = cw_exercise_get_lesson_id (exercise);
  check.title = cw_exercise_get_title (exercise);
  check.starter = cw_exercise_get_starter (exercise);
  check.tests = cw_exercise_get_tests (exercise);

  return cw_check_cli_run (&check, files[0], json, NULL);
}
