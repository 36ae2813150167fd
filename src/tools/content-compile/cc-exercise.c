/* cc-exercise.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * exercises/<id>/ of a lesson: exercise.ini ([Exercise] Title, Kind, Hint1…), statement.md,
 * starter.rs, solution.rs, tests.rs and, for Kind=translate only, example.js. The id is
 * global: it starts with the lesson's id and is used once in the whole course.
 */

#define MAX_HINTS 9

static const char * const exercise_keys[] = {
  "Title", "Kind", "Hint1", "Hint2", "Hint3", "Hint4", "Hint5", "Hint6", "Hint7", "Hint8",
  "Hint9", NULL
};
static const char * const exercise_kinds[] = { "compile", "implement", "translate", NULL };

static void
cc_compiler_read_hints (CcCompiler *self,
                        CcIni      *ini,
                        CcExercise *exercise)
{
  for (guint i = 1; i <= MAX_HINTS; i++)
    {
      g_autofree char *key = g_strdup_printf ("Hint%u", i);
      CcChoice *hint;

      if (!cc_ini_has_key (ini, "Exercise", key))
        {
          for (guint j = i + 1; j <= MAX_HINTS; j++)
            {
              g_autofree char *later = g_strdup_printf ("Hint%u", j);

              if (cc_ini_has_key (ini, "Exercise", later))
                cc_compiler_report (self, ini->path, cc_ini_line (ini, "Exercise", later),
                                    "%s follows a gap: %s is missing", later, key);
            }
          break;
        }

      hint = g_new0 (CcChoice, 1);
      g_ptr_array_add (exercise->hints, hint);
      cc_ini_get_inline (self, ini, "Exercise", key, TRUE, &hint->markup, &hint->plain);
    }

  if (exercise->hints->len == 0)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, "Exercise", NULL), "an exercise "
                        "needs at least Hint1 (hints go from a nudge to nearly the answer)");
}

static char *
cc_exercise_read (CcCompiler *self,
                  CcExercise *exercise,
                  const char *name)
{
  g_autofree char *path = g_build_filename (exercise->dir, name, NULL);

  return cc_compiler_read_required (self, path, exercise->dir, 1, "every exercise has "
                                    "exercise.ini, statement.md, starter.rs, solution.rs and "
                                    "tests.rs");
}

static void
cc_compiler_read_exercise (CcCompiler *self,
                           CcExercise *exercise)
{
  g_autofree char *ini_path = g_build_filename (exercise->dir, "exercise.ini", NULL);
  g_autofree char *example_path = g_build_filename (exercise->dir, "example.js", NULL);
  g_autofree char *statement = NULL;
  g_autoptr(CcIni) ini = cc_ini_load (self, ini_path, TRUE);

  if (ini != NULL)
    {
      if (ini->key_file != NULL && !cc_ini_has_group (ini, "Exercise"))
        cc_compiler_report (self, ini_path, 1, "missing group [Exercise]");
      cc_ini_check_keys (self, ini, "Exercise", exercise_keys);
      exercise->title = cc_ini_get (self, ini, "Exercise", "Title", TRUE);
      exercise->kind = cc_ini_get (self, ini, "Exercise", "Kind", TRUE);
      if (exercise->kind != NULL && !g_strv_contains (exercise_kinds, exercise->kind))
        {
          cc_compiler_report (self, ini_path, cc_ini_line (ini, "Exercise", "Kind"), "Kind must "
                              "be compile, implement or translate, not “%s”", exercise->kind);
          g_clear_pointer (&exercise->kind, g_free);
        }
      if (ini->key_file != NULL)
        cc_compiler_read_hints (self, ini, exercise);
    }

  statement = cc_exercise_read (self, exercise, "statement.md");
  if (statement != NULL)
    {
      g_autofree char *path = g_build_filename (exercise->dir, "statement.md", NULL);

      exercise->statement = cc_compiler_convert_markdown (self, path, statement, FALSE, NULL);
    }

  exercise->starter = cc_exercise_read (self, exercise, "starter.rs");
  exercise->solution = cc_exercise_read (self, exercise, "solution.rs");
  exercise->tests = cc_exercise_read (self, exercise, "tests.rs");

  if (g_strcmp0 (exercise->kind, "translate") == 0)
    exercise->example_js = cc_compiler_read_required (self, example_path, exercise->dir, 1,
                                                      "a translate exercise shows the "
                                                      "JavaScript it translates");
  else if (exercise->kind != NULL && g_file_test (example_path, G_FILE_TEST_EXISTS))
    cc_compiler_report (self, example_path, 1, "only Kind=translate has an example.js");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

void
cc_compiler_read_exercises (CcCompiler *self,
                            CcLesson   *lesson)
{
  g_autofree char *folder = g_build_filename (lesson->dir, "exercises", NULL);
  g_autofree char *prefix = g_strconcat (lesson->id, "-", NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      cc_compiler_report (self, lesson->dir, 1, "no exercises/ folder: every lesson has at least "
                          "one exercise");
      return;
    }

  cc_compiler_add_input (self, folder);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] != '.')
        g_ptr_array_add (ids, g_strdup (name));
    }
  g_ptr_array_sort (ids, compare_strings);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      CcExercise *exercise = g_new0 (CcExercise, 1);
      const char *other;

      exercise->id = g_strdup (id);
      exercise->dir = g_build_filename (folder, id, NULL);
      exercise->position = i + 1;
      exercise->hints = g_ptr_array_new_with_free_func (cc_choice_free);
      g_ptr_array_add (lesson->exercises, exercise);
      cc_compiler_add_input (self, exercise->dir);

      if (!cc_is_valid_id (id) || !g_str_has_prefix (id, prefix))
        cc_compiler_report (self, exercise->dir, 1, "an exercise id uses a-z, 0-9 and “-” and "
                            "starts with the lesson's id, “%s”", prefix);
      else if ((other = g_hash_table_lookup (self->exercise_ids, id)) != NULL)
        cc_compiler_report (self, exercise->dir, 1, "exercise id “%s” is already used by %s",
                            id, other);
      else
        g_hash_table_insert (self->exercise_ids, g_strdup (id), g_strdup (exercise->dir));

      cc_compiler_read_exercise (self, exercise);
    }

  if (lesson->exercises->len == 0)
    cc_compiler_report (self, folder, 1, "every lesson has at least one exercise");
}
