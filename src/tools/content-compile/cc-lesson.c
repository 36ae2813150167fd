/* cc-lesson.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * One lesson folder: lesson.ini ([Lesson], the optional [Concept], one optional group per
 * pair named after the pair's file stem), intro.md, the pairs (<N>-<slug>.md, .js or .mjs,
 * .rs and the files of expected results beside them), use-cases.ini, then questions.ini and
 * exercises/ through cc-quiz.c and cc-exercise.c.
 */

static const char * const lesson_keys[] = { "Title", "Summary", NULL };
static const char * const concept_keys[] = { "Name", "JavaScript", "Rust", "KeyDifference", NULL };
static const char * const pair_keys[] = {
  "Crates", "RustMode", "CrateName", "NotCompiled", "JsNotRun", "JsCheck", NULL
};
static const char * const rust_modes[] = { "bin", "lib", "test", "doctest", NULL };
static const char * const use_case_keys[] = { "Area", "Examples", "Why", NULL };

/* The files of one pair, found by name: <N>-<slug>.md|.js|.mjs|.rs. */
typedef struct
{
  guint  number;
  char  *stem;
  char  *md;
  char  *js;
  char  *rs;
} CcPairFiles;

static void
cc_pair_files_free (gpointer data)
{
  CcPairFiles *files = data;

  g_free (files->stem);
  g_free (files->md);
  g_free (files->js);
  g_free (files->rs);
  g_free (files);
}

static void
cc_compiler_read_concept (CcCompiler *self,
                          CcLesson   *lesson,
                          CcIni      *ini)
{
  g_autofree char *js_plain = NULL;
  g_autofree char *rust_plain = NULL;
  g_autofree char *difference_plain = NULL;

  if (!cc_ini_has_group (ini, "Concept"))
    return;

  lesson->has_concept = TRUE;
  cc_ini_check_keys (self, ini, "Concept", concept_keys);
  lesson->concept_name = cc_ini_get (self, ini, "Concept", "Name", TRUE);
  cc_ini_get_inline (self, ini, "Concept", "JavaScript", TRUE, &lesson->concept_js, &js_plain);
  cc_ini_get_inline (self, ini, "Concept", "Rust", TRUE, &lesson->concept_rust, &rust_plain);
  cc_ini_get_inline (self, ini, "Concept", "KeyDifference", TRUE,
                     &lesson->concept_key_difference, &difference_plain);

  if (js_plain != NULL && rust_plain != NULL && difference_plain != NULL)
    lesson->concept_plain = g_strjoin ("\n", js_plain, rust_plain, difference_plain, NULL);
}

/* "12-move.rs" -> 12, "move", "rs"; FALSE for any other name. */
static gboolean
parse_pair_file_name (const char  *name,
                      guint       *number,
                      char       **stem,
                      const char **extension)
{
  const char *dash = strchr (name, '-');
  const char *dot = strrchr (name, '.');
  g_autofree char *digits = NULL;
  guint64 value;

  if (dash == NULL || dot == NULL || dot < dash || name[0] == '0')
    return FALSE;

  digits = g_strndup (name, dash - name);
  if (!g_ascii_string_to_unsigned (digits, 10, 1, 999, &value, NULL))
    return FALSE;

  for (const char *p = dash + 1; p < dot; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }
  if (dot == dash + 1)
    return FALSE;

  *number = (guint) value;
  *stem = g_strndup (name, dot - name);
  *extension = dot + 1;
  return TRUE;
}

static void
cc_compiler_add_pair_file (CcCompiler *self,
                           CcLesson   *lesson,
                           GHashTable *pairs,
                           const char *name)
{
  g_autofree char *stem = NULL;
  g_autofree char *path = NULL;
  const char *extension;
  CcPairFiles *files;
  char **slot;
  guint number;

  if (!parse_pair_file_name (name, &number, &stem, &extension))
    return;

  if (strcmp (extension, "md") != 0 && strcmp (extension, "js") != 0 &&
      strcmp (extension, "mjs") != 0 && strcmp (extension, "rs") != 0)
    return;

  path = g_build_filename (lesson->dir, name, NULL);
  files = g_hash_table_lookup (pairs, GUINT_TO_POINTER (number));
  if (files == NULL)
    {
      files = g_new0 (CcPairFiles, 1);
      files->number = number;
      files->stem = g_strdup (stem);
      g_hash_table_insert (pairs, GUINT_TO_POINTER (number), files);
    }
  else if (strcmp (files->stem, stem) != 0)
    {
      cc_compiler_report (self, path, 1, "pair %u is already “%s”: two pairs cannot share a "
                          "number", number, files->stem);
      return;
    }

  if (strcmp (extension, "md") == 0)
    slot = &files->md;
  else if (strcmp (extension, "rs") == 0)
    slot = &files->rs;
  else
    slot = &files->js;

  if (*slot != NULL)
    {
      cc_compiler_report (self, path, 1, "pair %u has both %s and %s: keep one", number, *slot,
                          name);
      return;
    }

  *slot = g_strdup (name);
}

/* A snippet file, without its line marks; it must end with exactly one newline. */
static char *
cc_compiler_read_snippet (CcCompiler *self,
                          CcLesson   *lesson,
                          const char *file,
                          GPtrArray  *marks)
{
  g_autofree char *path = g_build_filename (lesson->dir, file, NULL);
  g_autofree char *text = cc_compiler_read_required (self, path, path, 1, "");
  char *code;

  if (text == NULL)
    return NULL;

  code = cc_strip_marks (self, path, text, marks);
  if (!g_str_has_suffix (code, "\n") || g_str_has_suffix (code, "\n\n"))
    cc_compiler_report (self, path, 1, "a snippet ends with exactly one newline");

  return code;
}

static void
cc_compiler_read_pair_js (CcCompiler *self,
                          CcLesson   *lesson,
                          CcIni      *ini,
                          CcPair     *pair)
{
  g_autofree char *out_path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, pair->js_file, ".out",
                                           NULL);
  guint line = cc_ini_line (ini, pair->stem, "JsCheck");

  pair->js_code = cc_compiler_read_snippet (self, lesson, pair->js_file, pair->js_marks);
  pair->js_output = cc_compiler_read_optional (self, out_path);
  pair->js_not_run = cc_ini_get (self, ini, pair->stem, "JsNotRun", FALSE);
  pair->js_check = cc_ini_get (self, ini, pair->stem, "JsCheck", FALSE);

  if (pair->js_check == NULL)
    pair->js_check = g_strdup ("run");
  else if (strcmp (pair->js_check, "run") != 0 && strcmp (pair->js_check, "assert") != 0)
    cc_compiler_report (self, ini->path, line, "JsCheck must be “run” (stdout compared with "
                        "the .out file) or “assert” (exit status 0, stdout not compared), not "
                        "“%s”", pair->js_check);
  else if (strcmp (pair->js_check, "assert") == 0 && pair->js_output != NULL)
    cc_compiler_report (self, out_path, 1, "JsCheck=assert does not compare stdout: delete "
                        "this file");

  if (pair->js_not_run != NULL && *pair->js_not_run == '\0')
    cc_compiler_report (self, ini->path, cc_ini_line (ini, pair->stem, "JsNotRun"),
                        "JsNotRun needs the reason, which the content suite prints");
}

static void
cc_compiler_read_pair_settings (CcCompiler *self,
                                CcIni      *ini,
                                CcPair     *pair)
{
  g_autofree char *crates = NULL;
  const char *group = pair->stem;

  cc_ini_check_keys (self, ini, group, pair_keys);

  pair->rust_mode = cc_ini_get (self, ini, group, "RustMode", FALSE);
  if (pair->rust_mode == NULL)
    pair->rust_mode = g_strdup ("bin");
  else if (!g_strv_contains (rust_modes, pair->rust_mode))
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "RustMode"),
                        "RustMode must be bin, lib, test or doctest, not “%s”", pair->rust_mode);

  pair->crate_name = cc_ini_get (self, ini, group, "CrateName", FALSE);
  if (pair->crate_name != NULL && strcmp (pair->rust_mode, "lib") != 0 &&
      strcmp (pair->rust_mode, "doctest") != 0)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "CrateName"),
                        "CrateName is only for RustMode=lib or doctest");
  else if (pair->crate_name == NULL && strcmp (pair->rust_mode, "doctest") == 0)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "RustMode"),
                        "RustMode=doctest needs CrateName=, the name its examples `use`");

  crates = cc_ini_get (self, ini, group, "Crates", FALSE);
  if (crates != NULL)
    pair->crates = cc_check_crates (self, ini->path, cc_ini_line (ini, group, "Crates"), crates);
  if (pair->crates != NULL && strcmp (pair->rust_mode, "doctest") == 0)
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Crates"),
                        "RustMode=doctest runs rustdoc without crates");

  pair->not_compiled = cc_ini_get (self, ini, group, "NotCompiled", FALSE);
  if (pair->not_compiled != NULL && *pair->not_compiled == '\0')
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "NotCompiled"),
                        "NotCompiled needs the reason, which the content suite prints");
}

static void
cc_compiler_read_pair_rust (CcCompiler *self,
                            CcLesson   *lesson,
                            CcPair     *pair)
{
  g_autofree char *path = g_build_filename (lesson->dir, pair->rust_file, NULL);
  gboolean runs = strcmp (pair->rust_mode, "bin") == 0;

  pair->rust_code = cc_compiler_read_snippet (self, lesson, pair->rust_file, pair->rust_marks);
  if (!cc_compiler_read_rust_result (self, path, &pair->rust_output, &pair->rust_diagnostic,
                                     &pair->rust_error_code, &pair->rust_error_message,
                                     &pair->rust_panic))
    return;

  if (pair->rust_diagnostic != NULL)
    pair->rust_expect = g_strdup ("error");
  else if (pair->rust_panic != NULL)
    pair->rust_expect = g_strdup ("panic");
  else
    pair->rust_expect = g_strdup ("output");

  if (!runs && (pair->rust_output != NULL || pair->rust_panic != NULL))
    cc_compiler_report (self, path, 1, "RustMode=%s is not run for its output: delete %s.%s",
                        pair->rust_mode, pair->rust_file,
                        pair->rust_output != NULL ? "out" : "panic");
  else if (runs && pair->rust_expect[0] == 'o' && pair->rust_output == NULL &&
           pair->not_compiled == NULL)
    cc_compiler_report (self, path, 1, "no %s.out: write what the program prints (a program "
                        "that prints nothing is not much of an example)", pair->rust_file);
}

static void
cc_compiler_read_pair (CcCompiler  *self,
                       CcLesson    *lesson,
                       CcIni       *ini,
                       CcPairFiles *files)
{
  g_autofree char *stem_path = g_build_filename (lesson->dir, files->stem, NULL);
  CcPair *pair = g_new0 (CcPair, 1);

  pair->number = files->number;
  pair->stem = g_strdup (files->stem);
  pair->js_marks = g_ptr_array_new_with_free_func (cc_mark_free);
  pair->rust_marks = g_ptr_array_new_with_free_func (cc_mark_free);
  g_ptr_array_add (lesson->pairs, pair);

  if (files->md == NULL)
    cc_compiler_report (self, stem_path, 1, "pair %u has no %s.md (its caption and text)",
                        files->number, files->stem);
  else
    {
      g_autofree char *path = g_build_filename (lesson->dir, files->md, NULL);
      g_autofree char *text = cc_compiler_read_required (self, path, path, 1, "");

      if (text != NULL)
        pair->text = cc_compiler_convert_markdown (self, path, text, TRUE, &pair->caption);
    }

  if (files->js == NULL || files->rs == NULL)
    {
      cc_compiler_report (self, stem_path, 1, "pair %u needs a %s file", files->number,
                          files->js == NULL ? ".js or .mjs" : ".rs");
      return;
    }

  pair->js_file = g_strdup (files->js);
  pair->rust_file = g_strdup (files->rs);
  cc_compiler_read_pair_settings (self, ini, pair);
  cc_compiler_read_pair_js (self, lesson, ini, pair);
  cc_compiler_read_pair_rust (self, lesson, pair);

  if (pair->js_code != NULL && pair->rust_code != NULL)
    {
      g_autofree char *js_path = g_build_filename (lesson->dir, pair->js_file, NULL);
      g_autofree char *rust_path = g_build_filename (lesson->dir, pair->rust_file, NULL);

      cc_check_marks_match (self, js_path, pair->js_marks, rust_path, pair->rust_marks);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static int
compare_pair_files (gconstpointer a,
                    gconstpointer b)
{
  const CcPairFiles *fa = *(CcPairFiles * const *) a;
  const CcPairFiles *fb = *(CcPairFiles * const *) b;

  return fa->number < fb->number ? -1 : fa->number > fb->number;
}

static void
cc_compiler_read_pairs (CcCompiler *self,
                        CcLesson   *lesson,
                        CcIni      *ini)
{
  g_autoptr(GHashTable) by_number = g_hash_table_new_full (NULL, NULL, NULL, cc_pair_files_free);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (lesson->dir, 0, NULL);
  g_auto(GStrv) groups = cc_ini_groups (ini);
  GHashTableIter iter;
  gpointer value;
  const char *name;

  /* In name order, so that a report about two files names them the same way every time. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    cc_compiler_add_pair_file (self, lesson, by_number, g_ptr_array_index (names, i));

  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, by_number);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_pair_files);

  for (guint i = 0; i < sorted->len; i++)
    {
      CcPairFiles *files = g_ptr_array_index (sorted, i);

      if (files->number != i + 1)
        {
          g_autofree char *path = g_build_filename (lesson->dir, files->stem, NULL);

          cc_compiler_report (self, path, 1, "pair %u follows a gap: pair %u is missing "
                              "(number them 1, 2, 3… without gaps)", files->number, i + 1);
          return;
        }
      cc_compiler_read_pair (self, lesson, ini, files);
    }

  if (sorted->len == 0)
    cc_compiler_report (self, lesson->dir, 1, "a lesson needs pairs: <N>-<slug>.md, .js and .rs");

  for (guint i = 0; groups[i] != NULL; i++)
    {
      gboolean known = strcmp (groups[i], "Lesson") == 0 || strcmp (groups[i], "Concept") == 0;

      for (guint j = 0; !known && j < sorted->len; j++)
        known = strcmp (groups[i], ((CcPairFiles *) g_ptr_array_index (sorted, j))->stem) == 0;

      if (!known)
        cc_compiler_report (self, ini->path, cc_ini_line (ini, groups[i], NULL),
                            "group [%s] names no pair (pair groups are named after the files' "
                            "stem, such as [3-serde])", groups[i]);
    }
}

static void
cc_compiler_read_use_cases (CcCompiler *self,
                            CcLesson   *lesson)
{
  g_autofree char *path = g_build_filename (lesson->dir, "use-cases.ini", NULL);
  g_autoptr(CcIni) ini = cc_ini_load (self, path, FALSE);
  g_auto(GStrv) groups = NULL;

  if (ini == NULL)
    return;

  groups = cc_ini_groups (ini);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      CcUseCase *use_case;
      guint number;

      if (!cc_parse_numbered_group (groups[i], "UseCase", &number) ||
          number != lesson->use_cases->len + 1)
        {
          cc_compiler_report (self, path, cc_ini_line (ini, groups[i], NULL), "expected "
                              "[UseCase %u], not [%s]", lesson->use_cases->len + 1, groups[i]);
          continue;
        }

      use_case = g_new0 (CcUseCase, 1);
      use_case->number = number;
      g_ptr_array_add (lesson->use_cases, use_case);
      cc_ini_check_keys (self, ini, groups[i], use_case_keys);
      use_case->area = cc_ini_get (self, ini, groups[i], "Area", TRUE);
      use_case->examples = cc_ini_get (self, ini, groups[i], "Examples", TRUE);
      cc_ini_get_inline (self, ini, groups[i], "Why", TRUE, &use_case->why, &use_case->why_plain);
    }
}

void
cc_compiler_read_lesson (CcCompiler *self,
                         CcLesson   *lesson)
{
  g_autofree char *ini_path = g_build_filename (lesson->dir, "lesson.ini", NULL);
  g_autofree char *intro_path = g_build_filename (lesson->dir, "intro.md", NULL);
  g_autofree char *intro = NULL;
  g_autoptr(CcIni) ini = cc_ini_load (self, ini_path, TRUE);

  cc_compiler_add_input (self, lesson->dir);
  if (ini == NULL)
    return;

  if (ini->key_file != NULL && !cc_ini_has_group (ini, "Lesson"))
    cc_compiler_report (self, ini_path, 1, "missing group [Lesson]");
  cc_ini_check_keys (self, ini, "Lesson", lesson_keys);
  lesson->title = cc_ini_get (self, ini, "Lesson", "Title", TRUE);
  cc_ini_get_inline (self, ini, "Lesson", "Summary", TRUE, &lesson->summary_markup,
                     &lesson->summary);
  cc_compiler_read_concept (self, lesson, ini);

  intro = cc_compiler_read_required (self, intro_path, intro_path, 1,
                                     "every lesson needs an introduction");
  if (intro != NULL)
    lesson->intro = cc_compiler_convert_markdown (self, intro_path, intro, FALSE, NULL);

  if (ini->key_file != NULL)
    cc_compiler_read_pairs (self, lesson, ini);
  cc_compiler_read_use_cases (self, lesson);
  cc_compiler_read_questions (self, lesson);
  cc_compiler_read_exercises (self, lesson);
}
