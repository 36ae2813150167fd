/* cc-quiz.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * questions.ini: [Question 1], [Question 2], … (at least MIN_QUESTIONS), each with Kind,
 * Prompt, Choice1…Choice4 (2 to 4), a 1-based Answer and an Explanation; predict and bug
 * questions also name the program they show with Code=.
 *   choice    choices are inline Markdown
 *   compiles  choices are Rust files; exactly the answer compiles, every other one has its
 *             .rs.stderr, stored so the learner sees rustc's words on a wrong pick
 *   predict   choices are outputs (\n for a line break); the answer is what Code prints
 *   bug       choices say what is wrong; Code fails to compile (.stderr), panics (.panic) or
 *             prints a wrong result (.out)
 */

#define MIN_QUESTIONS 4
#define MAX_CHOICES 4

static const char * const question_keys[] = {
  "Kind", "Prompt", "Choice1", "Choice2", "Choice3", "Choice4", "Answer", "Explanation", "Code",
  NULL
};
static const char * const kinds[] = { "choice", "compiles", "predict", "bug", NULL };

static char *
literal_markup (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return g_strconcat ("<tt>", escaped, "</tt>", NULL);
}

/* A file of the lesson folder named by @key: a plain name, with one of @extensions. */
static char *
cc_compiler_read_named_file (CcCompiler         *self,
                             CcLesson           *lesson,
                             CcIni              *ini,
                             const char         *group,
                             const char         *key,
                             const char         *file,
                             const char * const *extensions)
{
  guint line = cc_ini_line (ini, group, key);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  g_autofree char *text = NULL;
  gboolean known = FALSE;

  for (guint i = 0; extensions[i] != NULL; i++)
    known |= g_str_has_suffix (file, extensions[i]);

  if (strchr (file, '/') != NULL || file[0] == '.' || !known)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) extensions);

      cc_compiler_report (self, ini->path, line, "%s: “%s” must be the name of a %s file in "
                          "the lesson folder", key, file, list);
      return NULL;
    }

  path = g_build_filename (lesson->dir, file, NULL);
  text = cc_compiler_read_required (self, path, ini->path, line, key);
  if (text == NULL)
    return NULL;

  marks = g_ptr_array_new_with_free_func (cc_mark_free);
  return cc_strip_marks (self, path, text, marks);
}

static void
cc_compiler_read_compiles_choice (CcCompiler *self,
                                  CcLesson   *lesson,
                                  CcIni      *ini,
                                  const char *group,
                                  const char *key,
                                  CcChoice   *choice,
                                  gboolean    is_answer)
{
  static const char * const rust[] = { ".rs", NULL };
  g_autofree char *path = g_build_filename (lesson->dir, choice->file, NULL);
  g_autofree char *output = NULL;
  g_autofree char *panic = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;

  choice->code = cc_compiler_read_named_file (self, lesson, ini, group, key, choice->file, rust);
  if (choice->code == NULL)
    return;

  if (!cc_compiler_read_rust_result (self, path, &output, &choice->diagnostic, &code, &message,
                                     &panic))
    return;

  if (is_answer && choice->diagnostic != NULL)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, key), "%s is the answer, so "
                        "it must compile; delete %s.stderr or change Answer", choice->file,
                        choice->file);
  else if (!is_answer && choice->diagnostic == NULL)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, key), "%s is a wrong choice: "
                        "it must fail to compile, with its diagnostic in %s.stderr (run "
                        "tests/update-rustc-diagnostics.sh)", choice->file, choice->file);
}

static void
cc_compiler_read_choices (CcCompiler *self,
                          CcLesson   *lesson,
                          CcIni      *ini,
                          const char *group,
                          CcQuestion *question)
{
  for (guint i = 1; i <= MAX_CHOICES; i++)
    {
      g_autofree char *key = g_strdup_printf ("Choice%u", i);
      g_autofree char *value = NULL;
      CcChoice *choice;

      if (!cc_ini_has_key (ini, group, key))
        break;

      choice = g_new0 (CcChoice, 1);
      g_ptr_array_add (question->choices, choice);
      value = cc_ini_get (self, ini, group, key, TRUE);
      if (value == NULL || question->kind == NULL)
        continue;

      if (strcmp (question->kind, "compiles") == 0)
        {
          choice->file = g_strdup (value);
          choice->markup = literal_markup (value);
          choice->plain = g_strdup (value);
          cc_compiler_read_compiles_choice (self, lesson, ini, group, key, choice,
                                            question->answer == i - 1);
        }
      else if (strcmp (question->kind, "predict") == 0)
        {
          choice->markup = literal_markup (value);
          choice->plain = g_strdup (value);
        }
      else
        {
          cc_ini_get_inline (self, ini, group, key, TRUE, &choice->markup, &choice->plain);
        }
    }

  for (guint i = question->choices->len + 1; i <= 9; i++)
    {
      g_autofree char *key = g_strdup_printf ("Choice%u", i);

      if (cc_ini_has_key (ini, group, key))
        cc_compiler_report (self, ini->path, cc_ini_line (ini, group, key), "%s follows a gap "
                            "or is one too many: write Choice1 to Choice%u", key, MAX_CHOICES);
    }

  if (question->choices->len < 2)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, NULL), "a question needs "
                        "two to four choices, Choice1=, Choice2=, …");
}

static void
cc_compiler_read_question_code (CcCompiler *self,
                                CcLesson   *lesson,
                                CcIni      *ini,
                                const char *group,
                                CcQuestion *question)
{
  static const char * const code_extensions[] = { ".rs", ".js", ".mjs", NULL };
  g_autofree char *path = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  gboolean is_rust;

  question->code_file = cc_ini_get (self, ini, group, "Code", TRUE);
  if (question->code_file == NULL)
    return;

  question->code = cc_compiler_read_named_file (self, lesson, ini, group, "Code",
                                                question->code_file, code_extensions);
  if (question->code == NULL)
    return;

  is_rust = g_str_has_suffix (question->code_file, ".rs");
  question->code_language = g_strdup (is_rust ? "rust" : "javascript");
  path = g_build_filename (lesson->dir, question->code_file, NULL);

  if (strcmp (question->kind, "predict") == 0)
    {
      const CcChoice *answer = question->answer >= 0 && question->answer < question->choices->len
                               ? g_ptr_array_index (question->choices, question->answer) : NULL;

      if (answer != NULL && answer->plain != NULL)
        question->code_output = g_strconcat (answer->plain, "\n", NULL);
    }
  else if (!is_rust)
    {
      g_autofree char *out_path = g_strconcat (path, ".out", NULL);

      question->code_output = cc_compiler_read_optional (self, out_path);
    }
  else if (cc_compiler_read_rust_result (self, path, &question->code_output,
                                         &question->code_diagnostic, &code, &message,
                                         &question->code_panic) &&
           question->code_output == NULL && question->code_diagnostic == NULL &&
           question->code_panic == NULL)
    {
      cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Code"), "a bug question's "
                          "program fails to compile (%s.stderr), panics (%s.panic) or prints a "
                          "wrong result (%s.out); none of these files is there",
                          question->code_file, question->code_file, question->code_file);
    }
}

static void
cc_compiler_read_answer (CcCompiler *self,
                         CcIni      *ini,
                         const char *group,
                         CcQuestion *question)
{
  g_autofree char *answer = cc_ini_get (self, ini, group, "Answer", TRUE);
  guint64 value;

  if (answer == NULL)
    return;

  if (!g_ascii_string_to_unsigned (answer, 10, 1, 99, &value, NULL))
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Answer"), "Answer must be "
                        "the number of the right choice, from 1, not “%s”", answer);
  else
    question->answer = (gint64) value - 1;
}

static void
cc_compiler_read_question (CcCompiler *self,
                           CcLesson   *lesson,
                           CcIni      *ini,
                           const char *group,
                           guint       number)
{
  CcQuestion *question = g_new0 (CcQuestion, 1);

  question->number = number;
  question->line = cc_ini_line (ini, group, NULL);
  question->answer = -1;
  question->choices = g_ptr_array_new_with_free_func (cc_choice_free);
  g_ptr_array_add (lesson->questions, question);

  cc_ini_check_keys (self, ini, group, question_keys);
  question->kind = cc_ini_get (self, ini, group, "Kind", TRUE);
  if (question->kind != NULL && !g_strv_contains (kinds, question->kind))
    {
      cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Kind"), "Kind must be "
                          "choice, compiles, predict or bug, not “%s”", question->kind);
      g_clear_pointer (&question->kind, g_free);
    }

  cc_ini_get_inline (self, ini, group, "Prompt", TRUE, &question->prompt,
                     &question->prompt_plain);
  cc_ini_get_inline (self, ini, group, "Explanation", TRUE, &question->explanation,
                     &question->explanation_plain);
  cc_compiler_read_answer (self, ini, group, question);
  cc_compiler_read_choices (self, lesson, ini, group, question);

  if (question->answer >= question->choices->len && question->choices->len >= 2)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Answer"), "Answer %d is out "
                        "of range: there are %u choices", (int) question->answer + 1,
                        question->choices->len);

  if (question->kind == NULL)
    return;

  if (strcmp (question->kind, "predict") == 0 || strcmp (question->kind, "bug") == 0)
    cc_compiler_read_question_code (self, lesson, ini, group, question);
  else if (cc_ini_has_key (ini, group, "Code"))
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Code"), "Code is only for "
                        "predict and bug questions");
}

void
cc_compiler_read_questions (CcCompiler *self,
                            CcLesson   *lesson)
{
  g_autofree char *path = g_build_filename (lesson->dir, "questions.ini", NULL);
  g_autoptr(CcIni) ini = cc_ini_load (self, path, TRUE);
  g_auto(GStrv) groups = NULL;

  if (ini == NULL || ini->key_file == NULL)
    return;

  groups = cc_ini_groups (ini);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      guint number;

      if (!cc_parse_numbered_group (groups[i], "Question", &number) ||
          number != lesson->questions->len + 1)
        {
          cc_compiler_report (self, path, cc_ini_line (ini, groups[i], NULL), "expected "
                              "[Question %u], not [%s]", lesson->questions->len + 1, groups[i]);
          return;
        }
      cc_compiler_read_question (self, lesson, ini, groups[i], number);
    }

  if (lesson->questions->len < MIN_QUESTIONS)
    cc_compiler_report (self, path, 1, "a lesson needs at least %d questions, not %u",
                        MIN_QUESTIONS, lesson->questions->len);
}
