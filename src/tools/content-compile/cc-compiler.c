/* cc-compiler.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cc-compiler.h"

static void
cc_problem_free (gpointer data)
{
  CcProblem *problem = data;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

void
cc_choice_free (gpointer data)
{
  CcChoice *choice = data;

  g_free (choice->text);
  g_free (choice->file);
  g_free (choice->code);
  g_free (choice);
}

void
cc_question_free (gpointer data)
{
  CcQuestion *question = data;

  g_free (question->kind);
  g_free (question->prompt);
  g_free (question->explanation);
  g_ptr_array_unref (question->choices);
  g_free (question);
}

void
cc_pair_free (gpointer data)
{
  CcPair *pair = data;

  g_free (pair->caption);
  g_free (pair->text);
  g_free (pair->text_plain);
  g_free (pair->js_file);
  g_free (pair->js_code);
  g_free (pair->js_output);
  g_free (pair->rust_file);
  g_free (pair->rust_code);
  g_free (pair->rust_output);
  g_free (pair->rust_crate_type);
  g_free (pair->rust_edition);
  g_free (pair->rust_error_code);
  g_free (pair->rust_error_message);
  g_free (pair->rust_diagnostic);
  g_free (pair);
}

void
cc_use_case_free (gpointer data)
{
  CcUseCase *use_case = data;

  g_free (use_case->area);
  g_free (use_case->examples);
  g_free (use_case->why);
  g_free (use_case->why_plain);
  g_free (use_case);
}

CcLesson *
cc_lesson_new (const char *content_dir,
               const char *folder)
{
  CcLesson *lesson = g_new0 (CcLesson, 1);

  lesson->folder = g_strdup (folder);
  lesson->dir = g_build_filename (content_dir, folder, NULL);
  lesson->ini_path = g_build_filename (lesson->dir, "lesson.ini", NULL);
  lesson->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lesson->pairs = g_ptr_array_new_with_free_func (cc_pair_free);
  lesson->questions = g_ptr_array_new_with_free_func (cc_question_free);
  lesson->use_cases = g_ptr_array_new_with_free_func (cc_use_case_free);

  return lesson;
}

void
cc_lesson_free (gpointer data)
{
  CcLesson *lesson = data;

  g_free (lesson->folder);
  g_free (lesson->dir);
  g_free (lesson->ini_path);
  g_hash_table_unref (lesson->lines);
  g_clear_pointer (&lesson->key_file, g_key_file_unref);
  g_free (lesson->id);
  g_free (lesson->title);
  g_free (lesson->summary);
  g_free (lesson->intro);
  g_free (lesson->intro_plain);
  g_free (lesson->concept_name);
  g_free (lesson->concept_js);
  g_free (lesson->concept_rust);
  g_free (lesson->concept_key_difference);
  g_free (lesson->concept_plain);
  g_ptr_array_unref (lesson->pairs);
  g_ptr_array_unref (lesson->questions);
  g_ptr_array_unref (lesson->use_cases);
  g_free (lesson);
}

CcCompiler *
cc_compiler_new (const char *content_dir)
{
  CcCompiler *self = g_new0 (CcCompiler, 1);

  self->content_dir = g_strdup (content_dir);
  self->lesson_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->inputs = g_ptr_array_new_with_free_func (g_free);
  self->lessons = g_ptr_array_new_with_free_func (cc_lesson_free);
  self->problems = g_ptr_array_new_with_free_func (cc_problem_free);
  /* GMarkup positions count pango's own <markup> wrapper, so they only confuse an author. */
  self->pango_position = g_regex_new ("^Error on line [0-9]+( char [0-9]+)?: "
                                      "| on line [0-9]+( char [0-9]+)?",
                                      G_REGEX_OPTIMIZE, 0, NULL);
  g_assert (self->pango_position != NULL);

  return self;
}

void
cc_compiler_free (CcCompiler *self)
{
  g_free (self->content_dir);
  g_hash_table_unref (self->lesson_ids);
  g_ptr_array_unref (self->inputs);
  g_ptr_array_unref (self->lessons);
  g_regex_unref (self->pango_position);
  g_ptr_array_unref (self->problems);
  g_free (self);
}


void
cc_compiler_report (CcCompiler *self,
                    const char *path,
                    guint       line,
                    const char *format,
                    ...)
{
  CcProblem *problem = g_new0 (CcProblem, 1);
  va_list args;

  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  problem->path = g_strdup (path);
  problem->line = line;

  g_ptr_array_add (self->problems, problem);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const CcProblem *pa = *(CcProblem * const *) a;
  const CcProblem *pb = *(CcProblem * const *) b;
  int by_path = strcmp (pa->path, pb->path);

  if (by_path != 0)
    return by_path;

  return pa->line < pb->line ? -1 : pa->line > pb->line;
}

/* In file and line order, as an author reads them; the sort is stable, so problems on one
 * line keep the order they were found in. Written with stdio rather than g_printerr(), which
 * would turn the UTF-8 of a message into question marks under the C locale. */
void
cc_compiler_print_problems (CcCompiler *self)
{
  g_ptr_array_sort (self->problems, compare_problems);

  for (guint i = 0; i < self->problems->len; i++)
    {
      const CcProblem *problem = g_ptr_array_index (self->problems, i);

      fprintf (stderr, "%s:%u: %s\n", problem->path, problem->line, problem->message);
    }
}

void
cc_compiler_add_input (CcCompiler *self,
                       const char *path)
{
  g_ptr_array_add (self->inputs, g_strdup (path));
}

guint
cc_lesson_line (CcLesson   *lesson,
                const char *group,
                const char *key)
{
  g_autofree char *lookup = NULL;

  if (key != NULL)
    lookup = g_strconcat (group, "\n", key, NULL);
  else
    lookup = g_strdup (group);

  return MAX (1, GPOINTER_TO_UINT (g_hash_table_lookup (lesson->lines, lookup)));
}


/* Reads a whole input file as UTF-8 and records it for the depfile. */
char *
cc_compiler_read_file (CcCompiler  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  cc_compiler_add_input (self, path);

  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   "not valid UTF-8 text");
      return NULL;
    }

  return g_steal_pointer (&contents);
}
