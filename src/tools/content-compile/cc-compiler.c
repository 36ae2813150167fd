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
cc_prose_free (CcProse *prose)
{
  if (prose == NULL)
    return;

  g_ptr_array_unref (prose->blocks);
  g_free (prose->markup);
  g_free (prose->plain);
  g_free (prose);
}

void
cc_mark_free (gpointer data)
{
  CcMark *mark = data;

  g_free (mark->name);
  g_free (mark);
}

void
cc_pair_free (gpointer data)
{
  CcPair *pair = data;

  g_free (pair->stem);
  g_free (pair->caption);
  cc_prose_free (pair->text);
  g_free (pair->js_file);
  g_free (pair->js_code);
  g_free (pair->js_output);
  g_ptr_array_unref (pair->js_marks);
  g_free (pair->js_check);
  g_free (pair->js_not_run);
  g_free (pair->rust_file);
  g_free (pair->rust_code);
  g_ptr_array_unref (pair->rust_marks);
  g_free (pair->rust_mode);
  g_free (pair->crate_name);
  g_free (pair->crates);
  g_free (pair->not_compiled);
  g_free (pair->rust_expect);
  g_free (pair->rust_output);
  g_free (pair->rust_error_code);
  g_free (pair->rust_error_message);
  g_free (pair->rust_diagnostic);
  g_free (pair->rust_panic);
  g_free (pair);
}

void
cc_choice_free (gpointer data)
{
  CcChoice *choice = data;

  g_free (choice->markup);
  g_free (choice->plain);
  g_free (choice->file);
  g_free (choice->code);
  g_free (choice->diagnostic);
  g_free (choice);
}

void
cc_question_free (gpointer data)
{
  CcQuestion *question = data;

  g_free (question->kind);
  g_free (question->prompt);
  g_free (question->prompt_plain);
  g_free (question->explanation);
  g_free (question->explanation_plain);
  g_free (question->code_file);
  g_free (question->code);
  g_free (question->code_language);
  g_free (question->code_output);
  g_free (question->code_diagnostic);
  g_free (question->code_panic);
  g_ptr_array_unref (question->choices);
  g_free (question);
}

void
cc_exercise_free (gpointer data)
{
  CcExercise *exercise = data;

  g_free (exercise->id);
  g_free (exercise->dir);
  g_free (exercise->title);
  g_free (exercise->kind);
  cc_prose_free (exercise->statement);
  g_ptr_array_unref (exercise->hints);
  g_free (exercise->starter);
  g_free (exercise->solution);
  g_free (exercise->tests);
  g_free (exercise->example_js);
  g_free (exercise);
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

void
cc_part_free (gpointer data)
{
  CcPart *part = data;

  g_free (part->id);
  g_free (part->title);
  g_free (part->summary);
  g_ptr_array_unref (part->lessons);
  g_free (part);
}

CcLesson *
cc_lesson_new (const char *content_dir,
               const char *id)
{
  CcLesson *lesson = g_new0 (CcLesson, 1);

  lesson->id = g_strdup (id);
  lesson->dir = g_build_filename (content_dir, id, NULL);
  lesson->pairs = g_ptr_array_new_with_free_func (cc_pair_free);
  lesson->questions = g_ptr_array_new_with_free_func (cc_question_free);
  lesson->exercises = g_ptr_array_new_with_free_func (cc_exercise_free);
  lesson->use_cases = g_ptr_array_new_with_free_func (cc_use_case_free);

  return lesson;
}

void
cc_lesson_free (gpointer data)
{
  CcLesson *lesson = data;

  g_free (lesson->id);
  g_free (lesson->dir);
  g_free (lesson->title);
  g_free (lesson->summary);
  g_free (lesson->summary_markup);
  cc_prose_free (lesson->intro);
  g_free (lesson->concept_name);
  g_free (lesson->concept_js);
  g_free (lesson->concept_rust);
  g_free (lesson->concept_key_difference);
  g_free (lesson->concept_plain);
  g_ptr_array_unref (lesson->pairs);
  g_ptr_array_unref (lesson->questions);
  g_ptr_array_unref (lesson->exercises);
  g_ptr_array_unref (lesson->use_cases);
  g_free (lesson);
}

CcCompiler *
cc_compiler_new (const char *content_dir)
{
  CcCompiler *self = g_new0 (CcCompiler, 1);

  self->content_dir = g_strdup (content_dir);
  self->lessons_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->exercise_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->inputs = g_ptr_array_new_with_free_func (g_free);
  self->parts = g_ptr_array_new_with_free_func (cc_part_free);
  self->lessons = g_ptr_array_new_with_free_func (cc_lesson_free);
  self->problems = g_ptr_array_new_with_free_func (cc_problem_free);

  return self;
}

void
cc_compiler_free (CcCompiler *self)
{
  g_free (self->content_dir);
  g_free (self->rustc_version);
  g_hash_table_unref (self->lessons_by_id);
  g_hash_table_unref (self->exercise_ids);
  g_ptr_array_unref (self->inputs);
  g_ptr_array_unref (self->parts);
  g_ptr_array_unref (self->lessons);
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

/* The contents of @path, or NULL when there is no such file; other failures are reported. */
char *
cc_compiler_read_optional (CcCompiler *self,
                           const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  text = cc_compiler_read_file (self, path, &error);
  if (text == NULL)
    cc_compiler_report (self, path, 1, "%s", error->message);

  return text;
}

/* The contents of @path; a missing file is reported at @report_path:@report_line as a
 * missing @what, other failures at the file itself. */
char *
cc_compiler_read_required (CcCompiler *self,
                           const char *path,
                           const char *report_path,
                           guint       report_line,
                           const char *what)
{
  g_autoptr(GError) error = NULL;
  char *text = cc_compiler_read_file (self, path, &error);

  if (text != NULL)
    return text;

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_autofree char *base = g_path_get_basename (path);

      cc_compiler_report (self, report_path, report_line, "missing file “%s”: %s", base, what);
    }
  else
    {
      cc_compiler_report (self, path, 1, "%s", error->message);
    }

  return NULL;
}
