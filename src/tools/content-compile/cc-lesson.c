/* cc-lesson.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * The lesson-source reader. GKeyFile reports no line numbers, so each lesson.ini is also
 * scanned line by line to find the line of a group or key.
 *
 * Markup fields (rendered by GtkLabel): intro.markup paragraphs, [Concept] JavaScript, Rust and
 * KeyDifference, [Pair N] Text, [Question N] Prompt, Explanation and (for Kind=choice) Choices,
 * [UseCase N] Why. Everything else is plain text.
 */

/* A numbered group kind: [Pair N], [Question N], [UseCase N]. */
typedef enum
{
  CC_GROUP_PAIR,
  CC_GROUP_QUESTION,
  CC_GROUP_USE_CASE,
  CC_N_GROUP_KINDS
} CcGroupKind;

static const char * const group_prefixes[CC_N_GROUP_KINDS] = { "Pair", "Question", "UseCase" };

static const char * const lesson_keys[] = { "Id", "Order", "Title", "Summary", NULL };
static const char * const concept_keys[] = { "Name", "JavaScript", "Rust", "KeyDifference", NULL };
static const char * const pair_keys[] = {
  "Caption", "Text", "JavaScript", "Rust", "JavaScriptOutput", "RustCrateType", "RustEdition",
  "RustOutput", "RustExpectError", "RustErrorMessage", NULL
};
static const char * const question_keys[] = {
  "Kind", "Prompt", "Choices", "Answer", "Explanation", NULL
};
static const char * const use_case_keys[] = { "Area", "Examples", "Why", NULL };

static const char * const js_extensions[] = { ".js", ".mjs", ".cjs", NULL };
static const char * const rust_extensions[] = { ".rs", NULL };
static const char * const rust_editions[] = { "2015", "2018", "2021", "2024", NULL };

/*
 * GKeyFile keeps no line numbers, so scan the text once: note the line of each group and key,
 * and report what GKeyFile would only describe vaguely (or silently accept, like a duplicate
 * key, where the last one wins). Returns FALSE if the file cannot be parsed at all.
 */
static gboolean
cc_compiler_index_lines (CcCompiler *self,
                         CcLesson   *lesson,
                         const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *group = NULL;
  gboolean duplicate_group = FALSE;
  gboolean ok = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint line = i + 1;
      g_autofree char *stripped = g_strstrip (g_strdup (lines[i]));
      const char *equals;

      if (*stripped == '\0' || *stripped == '#')
        continue;

      if (*stripped == '[')
        {
          const char *end = strrchr (stripped, ']');

          if (end == NULL || end[1] != '\0')
            {
              cc_compiler_report (self, lesson->ini_path, line,
                                  "a group header must be written [Name]");
              ok = FALSE;
              continue;
            }

          g_free (group);
          group = g_strndup (stripped + 1, end - stripped - 1);
          /* One report for a repeated group, not one more for each of its keys. */
          duplicate_group = g_hash_table_contains (lesson->lines, group);
          if (duplicate_group)
            cc_compiler_report (self, lesson->ini_path, line,
                                "duplicate group [%s] (first on line %u)", group,
                                GPOINTER_TO_UINT (g_hash_table_lookup (lesson->lines, group)));
          else
            g_hash_table_insert (lesson->lines, g_strdup (group), GUINT_TO_POINTER (line));
          continue;
        }

      equals = strchr (stripped, '=');
      if (equals == NULL)
        {
          cc_compiler_report (self, lesson->ini_path, line,
                              "expected Key=value, a [Group] or a # comment");
          ok = FALSE;
        }
      else if (group == NULL)
        {
          cc_compiler_report (self, lesson->ini_path, line,
                              "a key before the first group; start with [Lesson]");
          ok = FALSE;
        }
      else if (!duplicate_group)
        {
          g_autofree char *key = g_strstrip (g_strndup (stripped, equals - stripped));
          g_autofree char *lookup = g_strconcat (group, "\n", key, NULL);

          if (g_hash_table_contains (lesson->lines, lookup))
            cc_compiler_report (self, lesson->ini_path, line,
                                "duplicate key “%s” in group [%s] (first on line %u)", key, group,
                                GPOINTER_TO_UINT (g_hash_table_lookup (lesson->lines, lookup)));
          else
            g_hash_table_insert (lesson->lines, g_steal_pointer (&lookup),
                                 GUINT_TO_POINTER (line));
        }
    }

  return ok;
}

static void
cc_compiler_check_keys (CcCompiler         *self,
                        CcLesson           *lesson,
                        const char         *group,
                        const char * const *allowed)
{
  g_auto(GStrv) keys = g_key_file_get_keys (lesson->key_file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!g_strv_contains (allowed, keys[i]))
        cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, keys[i]),
                            "unknown key “%s” in group [%s]", keys[i], group);
    }
}

/* Returns the value of @key, or NULL when it is absent (reported if @required) or invalid
 * (always reported). A required key must not be empty either. */
static char *
cc_compiler_get (CcCompiler *self,
                 CcLesson   *lesson,
                 const char *group,
                 const char *key,
                 gboolean    required)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (!g_key_file_has_key (lesson->key_file, group, key, NULL))
    {
      if (required)
        cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, NULL),
                            "missing key “%s” in group [%s]", key, group);
      return NULL;
    }

  value = g_key_file_get_string (lesson->key_file, group, key, &error);
  if (value == NULL)
    {
      cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, key),
                          "%s: %s", key, error->message);
      return NULL;
    }

  if (required && *value == '\0')
    {
      cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, key),
                          "%s must not be empty", key);
      return NULL;
    }

  return g_steal_pointer (&value);
}

/* As cc_compiler_get(), for a markup field: also sets @plain to the text without markup. */
static char *
cc_compiler_get_markup (CcCompiler  *self,
                        CcLesson    *lesson,
                        const char  *group,
                        const char  *key,
                        gboolean     required,
                        char       **plain)
{
  g_autofree char *value = cc_compiler_get (self, lesson, group, key, required);
  char *text;

  if (value == NULL)
    return NULL;

  text = cc_compiler_check_markup (self, lesson->ini_path, cc_lesson_line (lesson, group, key),
                                   key, value);
  if (text == NULL)
    return NULL;

  if (plain != NULL)
    *plain = text;
  else
    g_free (text);

  return g_steal_pointer (&value);
}

/* Reads the snippet file that @key of @group names. Reports a bad name or a missing file at
 * the key's line; returns NULL then. */
static char *
cc_compiler_get_snippet (CcCompiler         *self,
                         CcLesson           *lesson,
                         const char         *group,
                         const char         *key,
                         const char         *file,
                         const char * const *extensions,
                         const char         *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint line = cc_lesson_line (lesson, group, key);
  char *code;

  if (strchr (file, '/') != NULL || strchr (file, '\\') != NULL || file[0] == '.')
    {
      cc_compiler_report (self, lesson->ini_path, line,
                          "“%s” must be the name of a file in the lesson folder", file);
      return NULL;
    }

  if (!cc_str_has_suffix_in_list (file, extensions))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) extensions);

      cc_compiler_report (self, lesson->ini_path, line, "%s file “%s” must end in %s",
                          language, file, list);
      return NULL;
    }

  path = g_build_filename (lesson->dir, file, NULL);
  code = cc_compiler_read_file (self, path, &error);
  if (code == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cc_compiler_report (self, lesson->ini_path, line, "missing file “%s”", file);
      else
        cc_compiler_report (self, lesson->ini_path, line, "cannot read “%s”: %s", file,
                            error->message);
      return NULL;
    }

  return code;
}

static void
cc_compiler_read_pair (CcCompiler *self,
                       CcLesson   *lesson,
                       guint       number)
{
  g_autofree char *group = g_strdup_printf ("Pair %u", number);
  CcPair *pair = g_new0 (CcPair, 1);
  gboolean has_error_code;

  pair->number = number;
  g_ptr_array_add (lesson->pairs, pair);

  cc_compiler_check_keys (self, lesson, group, pair_keys);

  pair->caption = cc_compiler_get (self, lesson, group, "Caption", TRUE);
  pair->text = cc_compiler_get_markup (self, lesson, group, "Text", FALSE, &pair->text_plain);
  if (pair->text == NULL && !g_key_file_has_key (lesson->key_file, group, "Text", NULL))
    {
      pair->text = g_strdup ("");
      pair->text_plain = g_strdup ("");
    }

  pair->js_file = cc_compiler_get (self, lesson, group, "JavaScript", TRUE);
  if (pair->js_file != NULL)
    pair->js_code = cc_compiler_get_snippet (self, lesson, group, "JavaScript", pair->js_file,
                                             js_extensions, "JavaScript");
  pair->js_output = cc_compiler_get (self, lesson, group, "JavaScriptOutput", FALSE);

  pair->rust_file = cc_compiler_get (self, lesson, group, "Rust", TRUE);
  if (pair->rust_file != NULL)
    pair->rust_code = cc_compiler_get_snippet (self, lesson, group, "Rust", pair->rust_file,
                                               rust_extensions, "Rust");
  pair->rust_output = cc_compiler_get (self, lesson, group, "RustOutput", FALSE);

  pair->rust_crate_type = cc_compiler_get (self, lesson, group, "RustCrateType", FALSE);
  if (pair->rust_crate_type == NULL)
    pair->rust_crate_type = g_strdup ("bin");
  else if (strcmp (pair->rust_crate_type, "bin") != 0 && strcmp (pair->rust_crate_type, "lib") != 0)
    cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "RustCrateType"),
                        "RustCrateType must be “bin” or “lib”, not “%s”", pair->rust_crate_type);
  else if (strcmp (pair->rust_crate_type, "lib") == 0 && pair->rust_output != NULL)
    cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "RustOutput"),
                        "RustOutput needs RustCrateType=bin: a library cannot be run");

  pair->rust_edition = cc_compiler_get (self, lesson, group, "RustEdition", FALSE);
  if (pair->rust_edition == NULL)
    pair->rust_edition = g_strdup ("2021");
  else if (!g_strv_contains (rust_editions, pair->rust_edition))
    cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "RustEdition"),
                        "RustEdition must be 2015, 2018, 2021 or 2024, not “%s”",
                        pair->rust_edition);

  has_error_code = g_key_file_has_key (lesson->key_file, group, "RustExpectError", NULL);
  pair->rust_error_code = cc_compiler_get (self, lesson, group, "RustExpectError", has_error_code);
  pair->rust_error_message = cc_compiler_get (self, lesson, group, "RustErrorMessage", FALSE);

  if (pair->rust_error_code != NULL && !cc_is_rustc_error_code (pair->rust_error_code))
    {
      cc_compiler_report (self, lesson->ini_path,
                          cc_lesson_line (lesson, group, "RustExpectError"),
                          "RustExpectError must be a rustc error code such as E0382, not “%s”",
                          pair->rust_error_code);
      g_clear_pointer (&pair->rust_error_code, g_free);
    }

  if (has_error_code && pair->rust_error_message == NULL)
    {
      cc_compiler_report (self, lesson->ini_path,
                          cc_lesson_line (lesson, group, "RustExpectError"),
                          "RustExpectError needs RustErrorMessage, rustc's message without the "
                          "“error[…]: ” prefix");
    }
  else if (!has_error_code && pair->rust_error_message != NULL)
    {
      cc_compiler_report (self, lesson->ini_path,
                          cc_lesson_line (lesson, group, "RustErrorMessage"),
                          "RustErrorMessage is only allowed with RustExpectError");
    }
  else if (pair->rust_error_message != NULL &&
           g_str_has_prefix (pair->rust_error_message, "error["))
    {
      cc_compiler_report (self, lesson->ini_path,
                          cc_lesson_line (lesson, group, "RustErrorMessage"),
                          "RustErrorMessage must leave out the “error[…]: ” prefix");
    }

  if (has_error_code && pair->rust_output != NULL)
    cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "RustOutput"),
                        "RustOutput cannot be set for a snippet that must fail to compile");

  if (pair->rust_file == NULL || pair->rust_code == NULL)
    return;

  if (pair->rust_error_code != NULL && pair->rust_error_message != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("error[%s]: %s", pair->rust_error_code,
                                                   pair->rust_error_message);

      pair->rust_diagnostic =
        cc_compiler_read_diagnostic (self, lesson, pair->rust_file, expected,
                                     cc_lesson_line (lesson, group, "RustExpectError"));
    }
  else if (!has_error_code)
    {
      cc_compiler_check_no_diagnostic (self, lesson, pair->rust_file);
    }
}

static void
cc_compiler_read_question (CcCompiler *self,
                           CcLesson   *lesson,
                           guint       number)
{
  g_autofree char *group = g_strdup_printf ("Question %u", number);
  g_autofree char *answer = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) choices = NULL;
  CcQuestion *question = g_new0 (CcQuestion, 1);
  gboolean is_compiles = FALSE;
  gboolean choices_ok = FALSE;
  guint n_choices = 0;

  question->number = number;
  question->answer = -1;
  question->choices = g_ptr_array_new_with_free_func (cc_choice_free);
  g_ptr_array_add (lesson->questions, question);

  cc_compiler_check_keys (self, lesson, group, question_keys);

  question->kind = cc_compiler_get (self, lesson, group, "Kind", TRUE);
  if (question->kind != NULL)
    {
      is_compiles = strcmp (question->kind, "compiles") == 0;
      if (!is_compiles && strcmp (question->kind, "choice") != 0)
        {
          cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "Kind"),
                              "Kind must be “choice” or “compiles”, not “%s”", question->kind);
          g_clear_pointer (&question->kind, g_free);
        }
    }

  question->prompt = cc_compiler_get_markup (self, lesson, group, "Prompt", TRUE, NULL);

  if (!g_key_file_has_key (lesson->key_file, group, "Choices", NULL))
    {
      cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, NULL),
                          "missing key “Choices” in group [Question %u]", number);
    }
  else if ((choices = g_key_file_get_string_list (lesson->key_file, group, "Choices", NULL,
                                                  &error)) == NULL)
    {
      cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, "Choices"),
                          "Choices: %s", error->message);
    }
  else
    {
      guint line = cc_lesson_line (lesson, group, "Choices");

      n_choices = g_strv_length (choices);
      choices_ok = TRUE;

      if (n_choices < 2)
        {
          cc_compiler_report (self, lesson->ini_path, line,
                              "a question needs at least two Choices, separated by “;”");
          choices_ok = FALSE;
        }

      for (guint i = 0; i < n_choices; i++)
        {
          CcChoice *choice = g_new0 (CcChoice, 1);

          g_ptr_array_add (question->choices, choice);
          choice->text = g_strdup (choices[i]);

          if (*choices[i] == '\0')
            {
              cc_compiler_report (self, lesson->ini_path, line, "choice %u is empty", i);
              choices_ok = FALSE;
            }
          else if (is_compiles)
            {
              choice->file = g_strdup (choices[i]);
              choice->code = cc_compiler_get_snippet (self, lesson, group, "Choices",
                                                      choice->file, rust_extensions, "Rust");
            }
          else
            {
              g_autofree char *plain = cc_compiler_check_markup (self, lesson->ini_path, line,
                                                                 "Choices", choices[i]);
              if (plain == NULL)
                choices_ok = FALSE;
            }
        }
    }

  answer = cc_compiler_get (self, lesson, group, "Answer", TRUE);
  if (answer != NULL)
    {
      guint line = cc_lesson_line (lesson, group, "Answer");
      guint64 value;

      if (!g_ascii_string_to_unsigned (answer, 10, 0, G_MAXINT32, &value, NULL))
        cc_compiler_report (self, lesson->ini_path, line,
                            "Answer must be the number of a choice, counted from 0, not “%s”",
                            answer);
      else if (choices_ok && value >= n_choices)
        cc_compiler_report (self, lesson->ini_path, line,
                            "Answer %" G_GUINT64_FORMAT " is out of range: there are %u "
                            "choices, counted from 0", value, n_choices);
      else
        question->answer = (gint64) value;
    }

  question->explanation = cc_compiler_get_markup (self, lesson, group, "Explanation", TRUE,
                                                  NULL);

  /* The wrong choices of a compiles question may carry their rustc diagnostic (the script
   * writes one for each); the right one must not. The schema has no column for them yet. */
  if (is_compiles && choices_ok && question->answer >= 0)
    {
      for (guint i = 0; i < question->choices->len; i++)
        {
          CcChoice *choice = g_ptr_array_index (question->choices, i);
          g_autofree char *path = NULL;

          if (choice->code == NULL)
            continue;

          if ((gint64) i == question->answer)
            {
              cc_compiler_check_no_diagnostic (self, lesson, choice->file);
              continue;
            }

          path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, choice->file, ".stderr", NULL);
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            g_free (cc_compiler_read_diagnostic (self, lesson, choice->file, NULL, 1));
        }
    }
}

static void
cc_compiler_read_use_case (CcCompiler *self,
                           CcLesson   *lesson,
                           guint       number)
{
  g_autofree char *group = g_strdup_printf ("UseCase %u", number);
  CcUseCase *use_case = g_new0 (CcUseCase, 1);

  use_case->number = number;
  g_ptr_array_add (lesson->use_cases, use_case);

  cc_compiler_check_keys (self, lesson, group, use_case_keys);

  use_case->area = cc_compiler_get (self, lesson, group, "Area", TRUE);
  use_case->examples = cc_compiler_get (self, lesson, group, "Examples", TRUE);
  use_case->why = cc_compiler_get_markup (self, lesson, group, "Why", TRUE, &use_case->why_plain);
}

static void
cc_compiler_read_lesson_group (CcCompiler *self,
                               CcLesson   *lesson)
{
  g_autofree char *order = NULL;

  if (!g_key_file_has_group (lesson->key_file, "Lesson"))
    {
      cc_compiler_report (self, lesson->ini_path, 1, "missing group [Lesson]");
      return;
    }

  cc_compiler_check_keys (self, lesson, "Lesson", lesson_keys);

  lesson->id = cc_compiler_get (self, lesson, "Lesson", "Id", TRUE);
  if (lesson->id != NULL && strcmp (lesson->id, lesson->folder) != 0)
    cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, "Lesson", "Id"),
                        "Id “%s” does not match the folder name “%s”", lesson->id,
                        lesson->folder);

  order = cc_compiler_get (self, lesson, "Lesson", "Order", TRUE);
  if (order != NULL)
    {
      gint64 value;

      if (g_ascii_string_to_signed (order, 10, 0, G_MAXINT32, &value, NULL))
        {
          lesson->order = value;
          lesson->has_order = TRUE;
        }
      else
        {
          cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, "Lesson", "Order"),
                              "Order must be a whole number from 0 to %d, not “%s”", G_MAXINT32,
                              order);
        }
    }

  lesson->title = cc_compiler_get (self, lesson, "Lesson", "Title", TRUE);
  lesson->summary = cc_compiler_get (self, lesson, "Lesson", "Summary", TRUE);
}

static void
cc_compiler_read_concept (CcCompiler *self,
                          CcLesson   *lesson)
{
  g_autofree char *js_plain = NULL;
  g_autofree char *rust_plain = NULL;
  g_autofree char *key_difference_plain = NULL;

  if (!g_key_file_has_group (lesson->key_file, "Concept"))
    return;

  lesson->has_concept = TRUE;
  cc_compiler_check_keys (self, lesson, "Concept", concept_keys);

  lesson->concept_name = cc_compiler_get (self, lesson, "Concept", "Name", TRUE);
  lesson->concept_js = cc_compiler_get_markup (self, lesson, "Concept", "JavaScript", TRUE,
                                               &js_plain);
  lesson->concept_rust = cc_compiler_get_markup (self, lesson, "Concept", "Rust", TRUE,
                                                 &rust_plain);
  lesson->concept_key_difference = cc_compiler_get_markup (self, lesson, "Concept",
                                                           "KeyDifference", TRUE,
                                                           &key_difference_plain);

  if (js_plain != NULL && rust_plain != NULL && key_difference_plain != NULL)
    lesson->concept_plain = g_strjoin ("\n", js_plain, rust_plain, key_difference_plain, NULL);
}

/* "Pair 3" -> CC_GROUP_PAIR, 3. Numbers start at 1 and have no leading zeros. */
static gboolean
parse_numbered_group (const char  *group,
                      CcGroupKind *kind_out,
                      guint       *number_out)
{
  for (guint kind = 0; kind < CC_N_GROUP_KINDS; kind++)
    {
      const char *prefix = group_prefixes[kind];
      const char *digits;
      guint64 number;

      if (!g_str_has_prefix (group, prefix) || group[strlen (prefix)] != ' ')
        continue;

      digits = group + strlen (prefix) + 1;
      if (digits[0] == '0' ||
          !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT16, &number, NULL))
        return FALSE;

      *kind_out = kind;
      *number_out = (guint) number;
      return TRUE;
    }

  return FALSE;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

static void
cc_compiler_read_intro (CcCompiler *self,
                        CcLesson   *lesson)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (lesson->dir, "intro.markup", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  guint start = 0;
  gboolean ok = TRUE;

  text = cc_compiler_read_file (self, path, &error);
  if (text == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cc_compiler_report (self, path, 1, "missing file: every lesson needs an introduction");
      else
        cc_compiler_report (self, path, 1, "%s", error->message);
      return;
    }

  /* Paragraphs are separated by blank lines; the extra NULL entry flushes the last one. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0, n = g_strv_length (lines); i <= n; i++)
    {
      const char *line = i < n ? lines[i] : NULL;
      gboolean blank = line == NULL || *cc_skip_spaces (line) == '\0';

      if (!blank)
        {
          gsize len = strlen (line);

          if (paragraph->len == 0)
            start = i + 1;
          else
            g_string_append_c (paragraph, '\n');
          g_string_append_len (paragraph, line, len > 0 && line[len - 1] == '\r' ? len - 1 : len);
          continue;
        }

      if (paragraph->len > 0)
        {
          char *paragraph_plain = cc_compiler_check_markup (self, path, start, NULL,
                                                            paragraph->str);

          if (paragraph_plain == NULL)
            ok = FALSE;
          else
            g_ptr_array_add (plain, paragraph_plain);
          g_ptr_array_add (paragraphs, g_strdup (paragraph->str));
          g_string_truncate (paragraph, 0);
        }
    }

  if (paragraphs->len == 0)
    {
      cc_compiler_report (self, path, 1, "the introduction is empty");
      return;
    }

  if (!ok)
    return;

  g_ptr_array_add (paragraphs, NULL);
  g_ptr_array_add (plain, NULL);
  lesson->intro = g_strjoinv ("\n\n", (char **) paragraphs->pdata);
  lesson->intro_plain = g_strjoinv ("\n\n", (char **) plain->pdata);
}

static void
cc_compiler_read_lesson (CcCompiler *self,
                         CcLesson   *lesson)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) groups = NULL;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  text = cc_compiler_read_file (self, lesson->ini_path, &error);
  if (text == NULL)
    {
      cc_compiler_report (self, lesson->ini_path, 1, "%s", error->message);
      cc_compiler_read_intro (self, lesson);
      return;
    }

  lesson->key_file = g_key_file_new ();
  if (!cc_compiler_index_lines (self, lesson, text))
    {
      cc_compiler_read_intro (self, lesson);
      return;
    }

  if (!g_key_file_load_from_data (lesson->key_file, text, -1, G_KEY_FILE_NONE, &error))
    {
      cc_compiler_report (self, lesson->ini_path, 1, "%s", error->message);
      cc_compiler_read_intro (self, lesson);
      return;
    }

  for (guint kind = 0; kind < CC_N_GROUP_KINDS; kind++)
    g_ptr_array_add (numbers, g_array_new (FALSE, FALSE, sizeof (guint)));

  groups = g_key_file_get_groups (lesson->key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      CcGroupKind kind;
      guint number;

      if (strcmp (groups[i], "Lesson") == 0 || strcmp (groups[i], "Concept") == 0)
        continue;

      if (parse_numbered_group (groups[i], &kind, &number))
        g_array_append_val ((GArray *) g_ptr_array_index (numbers, kind), number);
      else
        cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, groups[i], NULL),
                            "unknown group [%s]", groups[i]);
    }

  cc_compiler_read_lesson_group (self, lesson);
  cc_compiler_read_concept (self, lesson);

  for (guint kind = 0; kind < CC_N_GROUP_KINDS; kind++)
    {
      GArray *array = g_ptr_array_index (numbers, kind);

      g_array_sort (array, compare_uint);

      for (guint i = 0; i < array->len; i++)
        {
          guint number = g_array_index (array, guint, i);
          g_autofree char *group = g_strdup_printf ("%s %u", group_prefixes[kind], number);

          if (number != i + 1)
            {
              cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, group, NULL),
                                  "[%s] follows a gap: [%s %u] is missing (number them 1, 2, 3… "
                                  "without gaps)", group, group_prefixes[kind], i + 1);
              break;
            }
        }

      for (guint i = 0; i < array->len; i++)
        {
          guint number = g_array_index (array, guint, i);

          switch ((CcGroupKind) kind)
            {
            case CC_GROUP_PAIR:
              cc_compiler_read_pair (self, lesson, number);
              break;
            case CC_GROUP_QUESTION:
              cc_compiler_read_question (self, lesson, number);
              break;
            case CC_GROUP_USE_CASE:
              cc_compiler_read_use_case (self, lesson, number);
              break;
            case CC_N_GROUP_KINDS:
            default:
              g_assert_not_reached ();
            }
        }
    }

  cc_compiler_read_intro (self, lesson);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Every folder in the content directory is a lesson; other files (meson.build) are not. */
void
cc_compiler_read_all (CcCompiler *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) orders = g_hash_table_new (g_int64_hash, g_int64_equal);
  const char *name;

  dir = g_dir_open (self->content_dir, 0, &error);
  if (dir == NULL)
    {
      cc_compiler_report (self, self->content_dir, 1, "%s", error->message);
      return;
    }
  cc_compiler_add_input (self, self->content_dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->content_dir, name, NULL);

      if (name[0] != '.' && g_file_test (path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (folders, g_strdup (name));
    }
  g_ptr_array_sort (folders, compare_strings);

  /* Links can point at any lesson, so know them all before reading any. */
  for (guint i = 0; i < folders->len; i++)
    {
      const char *folder = g_ptr_array_index (folders, i);
      CcLesson *lesson = cc_lesson_new (self->content_dir, folder);

      cc_compiler_add_input (self, lesson->dir);
      g_ptr_array_add (self->lessons, lesson);
      if (!cc_is_valid_lesson_id (folder))
        cc_compiler_report (self, lesson->ini_path, 1, "the folder name “%s” is not a valid "
                            "lesson id: use only a-z, 0-9 and “-”", folder);
      else if (g_file_test (lesson->ini_path, G_FILE_TEST_IS_REGULAR))
        g_hash_table_add (self->lesson_ids, g_strdup (folder));
    }

  if (self->lessons->len == 0)
    {
      cc_compiler_report (self, self->content_dir, 1, "no lesson folders found");
      return;
    }

  for (guint i = 0; i < self->lessons->len; i++)
    {
      CcLesson *lesson = g_ptr_array_index (self->lessons, i);
      CcLesson *other;

      cc_compiler_read_lesson (self, lesson);

      if (!lesson->has_order)
        continue;

      other = g_hash_table_lookup (orders, &lesson->order);
      if (other != NULL)
        cc_compiler_report (self, lesson->ini_path, cc_lesson_line (lesson, "Lesson", "Order"),
                            "Order %" G_GINT64_FORMAT " is already used by %s", lesson->order,
                            other->ini_path);
      else
        g_hash_table_insert (orders, &lesson->order, lesson);
    }
}
