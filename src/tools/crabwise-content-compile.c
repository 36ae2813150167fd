/* crabwise-content-compile.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pango.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "cw-content-schema.h"

/*
 * crabwise-content-compile: data/content/ (authored files) -> content.sqlite3.
 *
 * Every problem in the sources is reported as `file:line: message` on stderr, all of them in
 * one run, so that an author fixes a whole lesson at once. Any problem means exit status 1 and
 * no database at all: a half-checked store must never reach the app. GKeyFile reports no line
 * numbers, so each lesson.ini is also scanned line by line to find the line of a group or key.
 *
 * Markup fields (rendered by GtkLabel): intro.markup paragraphs, [Concept] JavaScript, Rust and
 * KeyDifference, [Pair N] Text, [Question N] Prompt, Explanation and (for Kind=choice) Choices,
 * [UseCase N] Why. Everything else is plain text.
 */

#define USAGE_ERROR_STATUS 2

typedef struct
{
  char *text;
  char *file;
  char *code;
} CwChoice;

typedef struct
{
  guint      number;
  char      *kind;
  char      *prompt;
  gint64     answer;
  char      *explanation;
  GPtrArray *choices;
} CwQuestion;

typedef struct
{
  guint  number;
  char  *caption;
  char  *text;
  char  *text_plain;
  char  *js_file;
  char  *js_code;
  char  *js_output;
  char  *rust_file;
  char  *rust_code;
  char  *rust_output;
  char  *rust_crate_type;
  char  *rust_edition;
  char  *rust_error_code;
  char  *rust_error_message;
  char  *rust_diagnostic;
} CwPair;

typedef struct
{
  guint  number;
  char  *area;
  char  *examples;
  char  *why;
  char  *why_plain;
} CwUseCase;

typedef struct
{
  char       *folder;       /* the folder name, which is the lesson id */
  char       *dir;          /* CONTENT_DIR/folder, as shown in messages */
  char       *ini_path;
  GHashTable *lines;        /* "Group" and "Group\nKey" -> line number */
  GKeyFile   *key_file;

  char       *id;
  gint64      order;
  gboolean    has_order;
  char       *title;
  char       *summary;
  char       *intro;
  char       *intro_plain;

  gboolean    has_concept;
  char       *concept_name;
  char       *concept_js;
  char       *concept_rust;
  char       *concept_key_difference;
  char       *concept_plain;

  GPtrArray  *pairs;
  GPtrArray  *questions;
  GPtrArray  *use_cases;
} CwLesson;

typedef struct
{
  char  *path;
  guint  line;
  char  *message;
} CwProblem;

typedef struct
{
  char       *content_dir;
  GHashTable *lesson_ids;   /* folder names that hold a lesson.ini */
  GPtrArray  *inputs;       /* every file and folder read, in order, for the depfile */
  GPtrArray  *lessons;      /* CwLesson, sorted by folder name */
  GRegex     *pango_position;
  GPtrArray  *problems;     /* CwProblem, printed sorted by file and line at the end */
} CwCompiler;

/* A numbered group kind: [Pair N], [Question N], [UseCase N]. */
typedef enum
{
  CW_GROUP_PAIR,
  CW_GROUP_QUESTION,
  CW_GROUP_USE_CASE,
  CW_N_GROUP_KINDS
} CwGroupKind;

static const char * const group_prefixes[CW_N_GROUP_KINDS] = { "Pair", "Question", "UseCase" };

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

G_DEFINE_QUARK (cw-content-compile-error-quark, cw_content_compile_error)
#define CW_CONTENT_COMPILE_ERROR (cw_content_compile_error_quark ())

enum
{
  CW_CONTENT_COMPILE_ERROR_SQLITE,
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static void
cw_problem_free (gpointer data)
{
  CwProblem *problem = data;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

static void
cw_choice_free (gpointer data)
{
  CwChoice *choice = data;

  g_free (choice->text);
  g_free (choice->file);
  g_free (choice->code);
  g_free (choice);
}

static void
cw_question_free (gpointer data)
{
  CwQuestion *question = data;

  g_free (question->kind);
  g_free (question->prompt);
  g_free (question->explanation);
  g_ptr_array_unref (question->choices);
  g_free (question);
}

static void
cw_pair_free (gpointer data)
{
  CwPair *pair = data;

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

static void
cw_use_case_free (gpointer data)
{
  CwUseCase *use_case = data;

  g_free (use_case->area);
  g_free (use_case->examples);
  g_free (use_case->why);
  g_free (use_case->why_plain);
  g_free (use_case);
}

static CwLesson *
cw_lesson_new (const char *content_dir,
               const char *folder)
{
  CwLesson *lesson = g_new0 (CwLesson, 1);

  lesson->folder = g_strdup (folder);
  lesson->dir = g_build_filename (content_dir, folder, NULL);
  lesson->ini_path = g_build_filename (lesson->dir, "lesson.ini", NULL);
  lesson->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lesson->pairs = g_ptr_array_new_with_free_func (cw_pair_free);
  lesson->questions = g_ptr_array_new_with_free_func (cw_question_free);
  lesson->use_cases = g_ptr_array_new_with_free_func (cw_use_case_free);

  return lesson;
}

static void
cw_lesson_free (gpointer data)
{
  CwLesson *lesson = data;

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

static CwCompiler *
cw_compiler_new (const char *content_dir)
{
  CwCompiler *self = g_new0 (CwCompiler, 1);

  self->content_dir = g_strdup (content_dir);
  self->lesson_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->inputs = g_ptr_array_new_with_free_func (g_free);
  self->lessons = g_ptr_array_new_with_free_func (cw_lesson_free);
  self->problems = g_ptr_array_new_with_free_func (cw_problem_free);
  /* GMarkup positions count pango's own <markup> wrapper, so they only confuse an author. */
  self->pango_position = g_regex_new ("^Error on line [0-9]+( char [0-9]+)?: "
                                      "| on line [0-9]+( char [0-9]+)?",
                                      G_REGEX_OPTIMIZE, 0, NULL);
  g_assert (self->pango_position != NULL);

  return self;
}

static void
cw_compiler_free (CwCompiler *self)
{
  g_free (self->content_dir);
  g_hash_table_unref (self->lesson_ids);
  g_ptr_array_unref (self->inputs);
  g_ptr_array_unref (self->lessons);
  g_regex_unref (self->pango_position);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwCompiler, cw_compiler_free)

G_GNUC_PRINTF (4, 5)
static void
cw_compiler_report (CwCompiler *self,
                    const char *path,
                    guint       line,
                    const char *format,
                    ...)
{
  CwProblem *problem = g_new0 (CwProblem, 1);
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
  const CwProblem *pa = *(CwProblem * const *) a;
  const CwProblem *pb = *(CwProblem * const *) b;
  int by_path = strcmp (pa->path, pb->path);

  if (by_path != 0)
    return by_path;

  return pa->line < pb->line ? -1 : pa->line > pb->line;
}

/* In file and line order, as an author reads them; the sort is stable, so problems on one
 * line keep the order they were found in. Written with stdio rather than g_printerr(), which
 * would turn the UTF-8 of a message into question marks under the C locale. */
static void
cw_compiler_print_problems (CwCompiler *self)
{
  g_ptr_array_sort (self->problems, compare_problems);

  for (guint i = 0; i < self->problems->len; i++)
    {
      const CwProblem *problem = g_ptr_array_index (self->problems, i);

      fprintf (stderr, "%s:%u: %s\n", problem->path, problem->line, problem->message);
    }
}

static void
cw_compiler_add_input (CwCompiler *self,
                       const char *path)
{
  g_ptr_array_add (self->inputs, g_strdup (path));
}

static guint
cw_lesson_line (CwLesson   *lesson,
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

static gboolean
str_has_suffix_in_list (const char         *str,
                        const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (str, suffixes[i]) && strlen (str) > strlen (suffixes[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_valid_lesson_id (const char *id)
{
  if (*id == '\0' || *id == '-')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/* Checks a link target the way the app resolves it (crabwise:lesson/ID, crabwise:lab,
 * https://…). Returns a description of the problem, or NULL when the target is fine. */
static char *
cw_compiler_check_link_target (CwCompiler *self,
                               const char *href)
{
  if (g_str_has_prefix (href, "crabwise:lesson/"))
    {
      const char *id = href + strlen ("crabwise:lesson/");

      if (!g_hash_table_contains (self->lesson_ids, id))
        return g_strdup_printf ("link to unknown lesson “%s”", id);

      return NULL;
    }

  if (strcmp (href, "crabwise:lab") == 0)
    return NULL;

  if (g_str_has_prefix (href, "https://") && href[strlen ("https://")] != '\0')
    {
      for (const char *p = href; *p != '\0'; p++)
        {
          if (g_ascii_isspace (*p) || *p == '<' || *p == '>')
            return g_strdup_printf ("link target “%s” contains a space or angle bracket", href);
        }

      return NULL;
    }

  return g_strdup_printf ("link target “%s” must be crabwise:lesson/ID, crabwise:lab "
                          "or an https:// address", href);
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;

  return p;
}

/* GtkLabel handles <a href="…">…</a> itself and hands the rest to Pango, which knows no
 * links, so the same is done here: check each link, then remove its tags. On success returns
 * the markup without links; otherwise NULL and a description of the problem in @problem. */
static char *
cw_compiler_strip_links (CwCompiler  *self,
                         const char  *markup,
                         char       **problem)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = markup;
  const char *lt;
  gboolean in_link = FALSE;

  while ((lt = strchr (p, '<')) != NULL)
    {
      g_string_append_len (out, p, lt - p);

      if (lt[1] == 'a' && (lt[2] == '>' || lt[2] == '/' || g_ascii_isspace (lt[2])))
        {
          const char *gt = strchr (lt, '>');
          const char *q;
          const char *value;
          g_autofree char *href = NULL;
          char quote;

          if (in_link)
            {
              *problem = g_strdup ("a link cannot contain another link");
              return NULL;
            }
          if (gt == NULL)
            {
              *problem = g_strdup ("unterminated <a> tag");
              return NULL;
            }

          q = skip_spaces (lt + 2);
          if (!g_str_has_prefix (q, "href"))
            goto malformed;
          q = skip_spaces (q + strlen ("href"));
          if (*q != '=')
            goto malformed;
          q = skip_spaces (q + 1);
          if (*q != '"' && *q != '\'')
            goto malformed;
          quote = *q;
          value = q + 1;
          q = strchr (value, quote);
          if (q == NULL || q > gt)
            goto malformed;
          href = g_strndup (value, q - value);
          if (skip_spaces (q + 1) != gt)
            goto malformed;

          *problem = cw_compiler_check_link_target (self, href);
          if (*problem != NULL)
            return NULL;

          in_link = TRUE;
          p = gt + 1;
        }
      else if (g_str_has_prefix (lt, "</a") && *skip_spaces (lt + 3) == '>')
        {
          if (!in_link)
            {
              *problem = g_strdup ("</a> without a matching <a href=\"…\">");
              return NULL;
            }

          in_link = FALSE;
          p = strchr (lt, '>') + 1;
        }
      else
        {
          g_string_append_c (out, '<');
          p = lt + 1;
        }
    }

  if (in_link)
    {
      *problem = g_strdup ("<a href=\"…\"> without a matching </a>");
      return NULL;
    }

  g_string_append (out, p);

  return g_string_free (g_steal_pointer (&out), FALSE);

malformed:
  *problem = g_strdup ("a link must be written <a href=\"…\">text</a>, with href as its only "
                       "attribute");
  return NULL;
}

/* Validates @markup as GtkLabel would render it; reports a problem at @path:@line. Returns the
 * plain text (for the search index), or NULL after reporting. @key names the field, or NULL
 * for a paragraph of intro.markup. */
static char *
cw_compiler_check_markup (CwCompiler *self,
                          const char *path,
                          guint       line,
                          const char *key,
                          const char *markup)
{
  g_autofree char *problem = NULL;
  g_autofree char *without_links = NULL;
  g_autofree char *pango_message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  char *text = NULL;

  where = key != NULL ? g_strdup_printf (" in %s", key) : g_strdup ("");

  without_links = cw_compiler_strip_links (self, markup, &problem);
  if (without_links == NULL)
    {
      cw_compiler_report (self, path, line, "bad link%s: %s", where, problem);
      return NULL;
    }

  if (!pango_parse_markup (without_links, -1, 0, NULL, &text, NULL, &error))
    {
      pango_message = g_regex_replace_literal (self->pango_position, error->message, -1, 0,
                                               "", 0, NULL);
      cw_compiler_report (self, path, line, "invalid markup%s: %s", where,
                          pango_message != NULL ? pango_message : error->message);
      return NULL;
    }

  return text;
}

/* Reads a whole input file as UTF-8 and records it for the depfile. */
static char *
cw_compiler_read_file (CwCompiler  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  cw_compiler_add_input (self, path);

  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   "not valid UTF-8 text");
      return NULL;
    }

  return g_steal_pointer (&contents);
}

/*
 * GKeyFile keeps no line numbers, so scan the text once: note the line of each group and key,
 * and report what GKeyFile would only describe vaguely (or silently accept, like a duplicate
 * key, where the last one wins). Returns FALSE if the file cannot be parsed at all.
 */
static gboolean
cw_compiler_index_lines (CwCompiler *self,
                         CwLesson   *lesson,
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
              cw_compiler_report (self, lesson->ini_path, line,
                                  "a group header must be written [Name]");
              ok = FALSE;
              continue;
            }

          g_free (group);
          group = g_strndup (stripped + 1, end - stripped - 1);
          /* One report for a repeated group, not one more for each of its keys. */
          duplicate_group = g_hash_table_contains (lesson->lines, group);
          if (duplicate_group)
            cw_compiler_report (self, lesson->ini_path, line,
                                "duplicate group [%s] (first on line %u)", group,
                                GPOINTER_TO_UINT (g_hash_table_lookup (lesson->lines, group)));
          else
            g_hash_table_insert (lesson->lines, g_strdup (group), GUINT_TO_POINTER (line));
          continue;
        }

      equals = strchr (stripped, '=');
      if (equals == NULL)
        {
          cw_compiler_report (self, lesson->ini_path, line,
                              "expected Key=value, a [Group] or a # comment");
          ok = FALSE;
        }
      else if (group == NULL)
        {
          cw_compiler_report (self, lesson->ini_path, line,
                              "a key before the first group; start with [Lesson]");
          ok = FALSE;
        }
      else if (!duplicate_group)
        {
          g_autofree char *key = g_strstrip (g_strndup (stripped, equals - stripped));
          g_autofree char *lookup = g_strconcat (group, "\n", key, NULL);

          if (g_hash_table_contains (lesson->lines, lookup))
            cw_compiler_report (self, lesson->ini_path, line,
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
cw_compiler_check_keys (CwCompiler         *self,
                        CwLesson           *lesson,
                        const char         *group,
                        const char * const *allowed)
{
  g_auto(GStrv) keys = g_key_file_get_keys (lesson->key_file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!g_strv_contains (allowed, keys[i]))
        cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, keys[i]),
                            "unknown key “%s” in group [%s]", keys[i], group);
    }
}

/* Returns the value of @key, or NULL when it is absent (reported if @required) or invalid
 * (always reported). A required key must not be empty either. */
static char *
cw_compiler_get (CwCompiler *self,
                 CwLesson   *lesson,
                 const char *group,
                 const char *key,
                 gboolean    required)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (!g_key_file_has_key (lesson->key_file, group, key, NULL))
    {
      if (required)
        cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, NULL),
                            "missing key “%s” in group [%s]", key, group);
      return NULL;
    }

  value = g_key_file_get_string (lesson->key_file, group, key, &error);
  if (value == NULL)
    {
      cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, key),
                          "%s: %s", key, error->message);
      return NULL;
    }

  if (required && *value == '\0')
    {
      cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, key),
                          "%s must not be empty", key);
      return NULL;
    }

  return g_steal_pointer (&value);
}

/* As cw_compiler_get(), for a markup field: also sets @plain to the text without markup. */
static char *
cw_compiler_get_markup (CwCompiler  *self,
                        CwLesson    *lesson,
                        const char  *group,
                        const char  *key,
                        gboolean     required,
                        char       **plain)
{
  g_autofree char *value = cw_compiler_get (self, lesson, group, key, required);
  char *text;

  if (value == NULL)
    return NULL;

  text = cw_compiler_check_markup (self, lesson->ini_path, cw_lesson_line (lesson, group, key),
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
cw_compiler_get_snippet (CwCompiler         *self,
                         CwLesson           *lesson,
                         const char         *group,
                         const char         *key,
                         const char         *file,
                         const char * const *extensions,
                         const char         *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint line = cw_lesson_line (lesson, group, key);
  char *code;

  if (strchr (file, '/') != NULL || strchr (file, '\\') != NULL || file[0] == '.')
    {
      cw_compiler_report (self, lesson->ini_path, line,
                          "“%s” must be the name of a file in the lesson folder", file);
      return NULL;
    }

  if (!str_has_suffix_in_list (file, extensions))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) extensions);

      cw_compiler_report (self, lesson->ini_path, line, "%s file “%s” must end in %s",
                          language, file, list);
      return NULL;
    }

  path = g_build_filename (lesson->dir, file, NULL);
  code = cw_compiler_read_file (self, path, &error);
  if (code == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cw_compiler_report (self, lesson->ini_path, line, "missing file “%s”", file);
      else
        cw_compiler_report (self, lesson->ini_path, line, "cannot read “%s”: %s", file,
                            error->message);
      return NULL;
    }

  return code;
}

/* Finds the first error line of a rustc diagnostic ("error[E0382]: …" or "error: …"). */
static char *
find_first_error (const char *diagnostic,
                  guint      *line_out)
{
  g_auto(GStrv) lines = g_strsplit (diagnostic, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "error[") || g_str_has_prefix (lines[i], "error:"))
        {
          *line_out = i + 1;
          return g_strdup (lines[i]);
        }
    }

  *line_out = 1;
  return NULL;
}

/* The rustc diagnostic stored next to a Rust file that must not compile:
 * FILE.stderr, written by tests/update-rustc-diagnostics.sh. @expected is the first error line
 * it must contain, or NULL when any error will do. Returns NULL after reporting. */
static char *
cw_compiler_read_diagnostic (CwCompiler *self,
                             CwLesson   *lesson,
                             const char *rust_file,
                             const char *expected,
                             guint       missing_line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, rust_file, ".stderr",
                                       NULL);
  g_autofree char *diagnostic = NULL;
  g_autofree char *first = NULL;
  guint line;

  diagnostic = cw_compiler_read_file (self, path, &error);
  if (diagnostic == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cw_compiler_report (self, lesson->ini_path, missing_line,
                            "“%s” must fail to compile, but %s.stderr is missing; run "
                            "tests/update-rustc-diagnostics.sh", rust_file, rust_file);
      else
        cw_compiler_report (self, path, 1, "%s", error->message);
      return NULL;
    }

  first = find_first_error (diagnostic, &line);
  if (first == NULL)
    {
      cw_compiler_report (self, path, 1, "no “error…” line from rustc in this file; run "
                          "tests/update-rustc-diagnostics.sh");
      return NULL;
    }

  if (expected != NULL && strcmp (first, expected) != 0)
    {
      cw_compiler_report (self, path, line, "rustc reported “%s”, but lesson.ini expects “%s”; "
                          "fix RustExpectError/RustErrorMessage or run "
                          "tests/update-rustc-diagnostics.sh", first, expected);
      return NULL;
    }

  return g_steal_pointer (&diagnostic);
}

/* A diagnostic left next to a Rust file that is supposed to compile is stale. */
static void
cw_compiler_check_no_diagnostic (CwCompiler *self,
                                 CwLesson   *lesson,
                                 const char *rust_file)
{
  g_autofree char *path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, rust_file, ".stderr",
                                       NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    cw_compiler_report (self, path, 1, "“%s” is expected to compile, so this diagnostic is "
                        "stale; delete it or run tests/update-rustc-diagnostics.sh", rust_file);
}

static gboolean
is_rustc_error_code (const char *code)
{
  if (code[0] != 'E' || strlen (code) != 5)
    return FALSE;

  for (guint i = 1; i < 5; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        return FALSE;
    }

  return TRUE;
}

static void
cw_compiler_read_pair (CwCompiler *self,
                       CwLesson   *lesson,
                       guint       number)
{
  g_autofree char *group = g_strdup_printf ("Pair %u", number);
  CwPair *pair = g_new0 (CwPair, 1);
  gboolean has_error_code;

  pair->number = number;
  g_ptr_array_add (lesson->pairs, pair);

  cw_compiler_check_keys (self, lesson, group, pair_keys);

  pair->caption = cw_compiler_get (self, lesson, group, "Caption", TRUE);
  pair->text = cw_compiler_get_markup (self, lesson, group, "Text", FALSE, &pair->text_plain);
  if (pair->text == NULL && !g_key_file_has_key (lesson->key_file, group, "Text", NULL))
    {
      pair->text = g_strdup ("");
      pair->text_plain = g_strdup ("");
    }

  pair->js_file = cw_compiler_get (self, lesson, group, "JavaScript", TRUE);
  if (pair->js_file != NULL)
    pair->js_code = cw_compiler_get_snippet (self, lesson, group, "JavaScript", pair->js_file,
                                             js_extensions, "JavaScript");
  pair->js_output = cw_compiler_get (self, lesson, group, "JavaScriptOutput", FALSE);

  pair->rust_file = cw_compiler_get (self, lesson, group, "Rust", TRUE);
  if (pair->rust_file != NULL)
    pair->rust_code = cw_compiler_get_snippet (self, lesson, group, "Rust", pair->rust_file,
                                               rust_extensions, "Rust");
  pair->rust_output = cw_compiler_get (self, lesson, group, "RustOutput", FALSE);

  pair->rust_crate_type = cw_compiler_get (self, lesson, group, "RustCrateType", FALSE);
  if (pair->rust_crate_type == NULL)
    pair->rust_crate_type = g_strdup ("bin");
  else if (strcmp (pair->rust_crate_type, "bin") != 0 && strcmp (pair->rust_crate_type, "lib") != 0)
    cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "RustCrateType"),
                        "RustCrateType must be “bin” or “lib”, not “%s”", pair->rust_crate_type);
  else if (strcmp (pair->rust_crate_type, "lib") == 0 && pair->rust_output != NULL)
    cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "RustOutput"),
                        "RustOutput needs RustCrateType=bin: a library cannot be run");

  pair->rust_edition = cw_compiler_get (self, lesson, group, "RustEdition", FALSE);
  if (pair->rust_edition == NULL)
    pair->rust_edition = g_strdup ("2021");
  else if (!g_strv_contains (rust_editions, pair->rust_edition))
    cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "RustEdition"),
                        "RustEdition must be 2015, 2018, 2021 or 2024, not “%s”",
                        pair->rust_edition);

  has_error_code = g_key_file_has_key (lesson->key_file, group, "RustExpectError", NULL);
  pair->rust_error_code = cw_compiler_get (self, lesson, group, "RustExpectError", has_error_code);
  pair->rust_error_message = cw_compiler_get (self, lesson, group, "RustErrorMessage", FALSE);

  if (pair->rust_error_code != NULL && !is_rustc_error_code (pair->rust_error_code))
    {
      cw_compiler_report (self, lesson->ini_path,
                          cw_lesson_line (lesson, group, "RustExpectError"),
                          "RustExpectError must be a rustc error code such as E0382, not “%s”",
                          pair->rust_error_code);
      g_clear_pointer (&pair->rust_error_code, g_free);
    }

  if (has_error_code && pair->rust_error_message == NULL)
    {
      cw_compiler_report (self, lesson->ini_path,
                          cw_lesson_line (lesson, group, "RustExpectError"),
                          "RustExpectError needs RustErrorMessage, rustc's message without the "
                          "“error[…]: ” prefix");
    }
  else if (!has_error_code && pair->rust_error_message != NULL)
    {
      cw_compiler_report (self, lesson->ini_path,
                          cw_lesson_line (lesson, group, "RustErrorMessage"),
                          "RustErrorMessage is only allowed with RustExpectError");
    }
  else if (pair->rust_error_message != NULL &&
           g_str_has_prefix (pair->rust_error_message, "error["))
    {
      cw_compiler_report (self, lesson->ini_path,
                          cw_lesson_line (lesson, group, "RustErrorMessage"),
                          "RustErrorMessage must leave out the “error[…]: ” prefix");
    }

  if (has_error_code && pair->rust_output != NULL)
    cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "RustOutput"),
                        "RustOutput cannot be set for a snippet that must fail to compile");

  if (pair->rust_file == NULL || pair->rust_code == NULL)
    return;

  if (pair->rust_error_code != NULL && pair->rust_error_message != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("error[%s]: %s", pair->rust_error_code,
                                                   pair->rust_error_message);

      pair->rust_diagnostic =
        cw_compiler_read_diagnostic (self, lesson, pair->rust_file, expected,
                                     cw_lesson_line (lesson, group, "RustExpectError"));
    }
  else if (!has_error_code)
    {
      cw_compiler_check_no_diagnostic (self, lesson, pair->rust_file);
    }
}

static void
cw_compiler_read_question (CwCompiler *self,
                           CwLesson   *lesson,
                           guint       number)
{
  g_autofree char *group = g_strdup_printf ("Question %u", number);
  g_autofree char *answer = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) choices = NULL;
  CwQuestion *question = g_new0 (CwQuestion, 1);
  gboolean is_compiles = FALSE;
  gboolean choices_ok = FALSE;
  guint n_choices = 0;

  question->number = number;
  question->answer = -1;
  question->choices = g_ptr_array_new_with_free_func (cw_choice_free);
  g_ptr_array_add (lesson->questions, question);

  cw_compiler_check_keys (self, lesson, group, question_keys);

  question->kind = cw_compiler_get (self, lesson, group, "Kind", TRUE);
  if (question->kind != NULL)
    {
      is_compiles = strcmp (question->kind, "compiles") == 0;
      if (!is_compiles && strcmp (question->kind, "choice") != 0)
        {
          cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "Kind"),
                              "Kind must be “choice” or “compiles”, not “%s”", question->kind);
          g_clear_pointer (&question->kind, g_free);
        }
    }

  question->prompt = cw_compiler_get_markup (self, lesson, group, "Prompt", TRUE, NULL);

  if (!g_key_file_has_key (lesson->key_file, group, "Choices", NULL))
    {
      cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, NULL),
                          "missing key “Choices” in group [Question %u]", number);
    }
  else if ((choices = g_key_file_get_string_list (lesson->key_file, group, "Choices", NULL,
                                                  &error)) == NULL)
    {
      cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, "Choices"),
                          "Choices: %s", error->message);
    }
  else
    {
      guint line = cw_lesson_line (lesson, group, "Choices");

      n_choices = g_strv_length (choices);
      choices_ok = TRUE;

      if (n_choices < 2)
        {
          cw_compiler_report (self, lesson->ini_path, line,
                              "a question needs at least two Choices, separated by “;”");
          choices_ok = FALSE;
        }

      for (guint i = 0; i < n_choices; i++)
        {
          CwChoice *choice = g_new0 (CwChoice, 1);

          g_ptr_array_add (question->choices, choice);
          choice->text = g_strdup (choices[i]);

          if (*choices[i] == '\0')
            {
              cw_compiler_report (self, lesson->ini_path, line, "choice %u is empty", i);
              choices_ok = FALSE;
            }
          else if (is_compiles)
            {
              choice->file = g_strdup (choices[i]);
              choice->code = cw_compiler_get_snippet (self, lesson, group, "Choices",
                                                      choice->file, rust_extensions, "Rust");
            }
          else
            {
              g_autofree char *plain = cw_compiler_check_markup (self, lesson->ini_path, line,
                                                                 "Choices", choices[i]);
              if (plain == NULL)
                choices_ok = FALSE;
            }
        }
    }

  answer = cw_compiler_get (self, lesson, group, "Answer", TRUE);
  if (answer != NULL)
    {
      guint line = cw_lesson_line (lesson, group, "Answer");
      guint64 value;

      if (!g_ascii_string_to_unsigned (answer, 10, 0, G_MAXINT32, &value, NULL))
        cw_compiler_report (self, lesson->ini_path, line,
                            "Answer must be the number of a choice, counted from 0, not “%s”",
                            answer);
      else if (choices_ok && value >= n_choices)
        cw_compiler_report (self, lesson->ini_path, line,
                            "Answer %" G_GUINT64_FORMAT " is out of range: there are %u "
                            "choices, counted from 0", value, n_choices);
      else
        question->answer = (gint64) value;
    }

  question->explanation = cw_compiler_get_markup (self, lesson, group, "Explanation", TRUE,
                                                  NULL);

  /* The wrong choices of a compiles question may carry their rustc diagnostic (the script
   * writes one for each); the right one must not. The schema has no column for them yet. */
  if (is_compiles && choices_ok && question->answer >= 0)
    {
      for (guint i = 0; i < question->choices->len; i++)
        {
          CwChoice *choice = g_ptr_array_index (question->choices, i);
          g_autofree char *path = NULL;

          if (choice->code == NULL)
            continue;

          if ((gint64) i == question->answer)
            {
              cw_compiler_check_no_diagnostic (self, lesson, choice->file);
              continue;
            }

          path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, choice->file, ".stderr", NULL);
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            g_free (cw_compiler_read_diagnostic (self, lesson, choice->file, NULL, 1));
        }
    }
}

static void
cw_compiler_read_use_case (CwCompiler *self,
                           CwLesson   *lesson,
                           guint       number)
{
  g_autofree char *group = g_strdup_printf ("UseCase %u", number);
  CwUseCase *use_case = g_new0 (CwUseCase, 1);

  use_case->number = number;
  g_ptr_array_add (lesson->use_cases, use_case);

  cw_compiler_check_keys (self, lesson, group, use_case_keys);

  use_case->area = cw_compiler_get (self, lesson, group, "Area", TRUE);
  use_case->examples = cw_compiler_get (self, lesson, group, "Examples", TRUE);
  use_case->why = cw_compiler_get_markup (self, lesson, group, "Why", TRUE, &use_case->why_plain);
}

static void
cw_compiler_read_lesson_group (CwCompiler *self,
                               CwLesson   *lesson)
{
  g_autofree char *order = NULL;

  if (!g_key_file_has_group (lesson->key_file, "Lesson"))
    {
      cw_compiler_report (self, lesson->ini_path, 1, "missing group [Lesson]");
      return;
    }

  cw_compiler_check_keys (self, lesson, "Lesson", lesson_keys);

  lesson->id = cw_compiler_get (self, lesson, "Lesson", "Id", TRUE);
  if (lesson->id != NULL && strcmp (lesson->id, lesson->folder) != 0)
    cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, "Lesson", "Id"),
                        "Id “%s” does not match the folder name “%s”", lesson->id,
                        lesson->folder);

  order = cw_compiler_get (self, lesson, "Lesson", "Order", TRUE);
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
          cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, "Lesson", "Order"),
                              "Order must be a whole number from 0 to %d, not “%s”", G_MAXINT32,
                              order);
        }
    }

  lesson->title = cw_compiler_get (self, lesson, "Lesson", "Title", TRUE);
  lesson->summary = cw_compiler_get (self, lesson, "Lesson", "Summary", TRUE);
}

static void
cw_compiler_read_concept (CwCompiler *self,
                          CwLesson   *lesson)
{
  g_autofree char *js_plain = NULL;
  g_autofree char *rust_plain = NULL;
  g_autofree char *key_difference_plain = NULL;

  if (!g_key_file_has_group (lesson->key_file, "Concept"))
    return;

  lesson->has_concept = TRUE;
  cw_compiler_check_keys (self, lesson, "Concept", concept_keys);

  lesson->concept_name = cw_compiler_get (self, lesson, "Concept", "Name", TRUE);
  lesson->concept_js = cw_compiler_get_markup (self, lesson, "Concept", "JavaScript", TRUE,
                                               &js_plain);
  lesson->concept_rust = cw_compiler_get_markup (self, lesson, "Concept", "Rust", TRUE,
                                                 &rust_plain);
  lesson->concept_key_difference = cw_compiler_get_markup (self, lesson, "Concept",
                                                           "KeyDifference", TRUE,
                                                           &key_difference_plain);

  if (js_plain != NULL && rust_plain != NULL && key_difference_plain != NULL)
    lesson->concept_plain = g_strjoin ("\n", js_plain, rust_plain, key_difference_plain, NULL);
}

/* "Pair 3" -> CW_GROUP_PAIR, 3. Numbers start at 1 and have no leading zeros. */
static gboolean
parse_numbered_group (const char  *group,
                      CwGroupKind *kind_out,
                      guint       *number_out)
{
  for (guint kind = 0; kind < CW_N_GROUP_KINDS; kind++)
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
cw_compiler_read_intro (CwCompiler *self,
                        CwLesson   *lesson)
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

  text = cw_compiler_read_file (self, path, &error);
  if (text == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cw_compiler_report (self, path, 1, "missing file: every lesson needs an introduction");
      else
        cw_compiler_report (self, path, 1, "%s", error->message);
      return;
    }

  /* Paragraphs are separated by blank lines; the extra NULL entry flushes the last one. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0, n = g_strv_length (lines); i <= n; i++)
    {
      const char *line = i < n ? lines[i] : NULL;
      gboolean blank = line == NULL || *skip_spaces (line) == '\0';

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
          char *paragraph_plain = cw_compiler_check_markup (self, path, start, NULL,
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
      cw_compiler_report (self, path, 1, "the introduction is empty");
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
cw_compiler_read_lesson (CwCompiler *self,
                         CwLesson   *lesson)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) groups = NULL;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  text = cw_compiler_read_file (self, lesson->ini_path, &error);
  if (text == NULL)
    {
      cw_compiler_report (self, lesson->ini_path, 1, "%s", error->message);
      cw_compiler_read_intro (self, lesson);
      return;
    }

  lesson->key_file = g_key_file_new ();
  if (!cw_compiler_index_lines (self, lesson, text))
    {
      cw_compiler_read_intro (self, lesson);
      return;
    }

  if (!g_key_file_load_from_data (lesson->key_file, text, -1, G_KEY_FILE_NONE, &error))
    {
      cw_compiler_report (self, lesson->ini_path, 1, "%s", error->message);
      cw_compiler_read_intro (self, lesson);
      return;
    }

  for (guint kind = 0; kind < CW_N_GROUP_KINDS; kind++)
    g_ptr_array_add (numbers, g_array_new (FALSE, FALSE, sizeof (guint)));

  groups = g_key_file_get_groups (lesson->key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      CwGroupKind kind;
      guint number;

      if (strcmp (groups[i], "Lesson") == 0 || strcmp (groups[i], "Concept") == 0)
        continue;

      if (parse_numbered_group (groups[i], &kind, &number))
        g_array_append_val ((GArray *) g_ptr_array_index (numbers, kind), number);
      else
        cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, groups[i], NULL),
                            "unknown group [%s]", groups[i]);
    }

  cw_compiler_read_lesson_group (self, lesson);
  cw_compiler_read_concept (self, lesson);

  for (guint kind = 0; kind < CW_N_GROUP_KINDS; kind++)
    {
      GArray *array = g_ptr_array_index (numbers, kind);

      g_array_sort (array, compare_uint);

      for (guint i = 0; i < array->len; i++)
        {
          guint number = g_array_index (array, guint, i);
          g_autofree char *group = g_strdup_printf ("%s %u", group_prefixes[kind], number);

          if (number != i + 1)
            {
              cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, group, NULL),
                                  "[%s] follows a gap: [%s %u] is missing (number them 1, 2, 3… "
                                  "without gaps)", group, group_prefixes[kind], i + 1);
              break;
            }
        }

      for (guint i = 0; i < array->len; i++)
        {
          guint number = g_array_index (array, guint, i);

          switch ((CwGroupKind) kind)
            {
            case CW_GROUP_PAIR:
              cw_compiler_read_pair (self, lesson, number);
              break;
            case CW_GROUP_QUESTION:
              cw_compiler_read_question (self, lesson, number);
              break;
            case CW_GROUP_USE_CASE:
              cw_compiler_read_use_case (self, lesson, number);
              break;
            case CW_N_GROUP_KINDS:
            default:
              g_assert_not_reached ();
            }
        }
    }

  cw_compiler_read_intro (self, lesson);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Every folder in the content directory is a lesson; other files (meson.build) are not. */
static void
cw_compiler_read_all (CwCompiler *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) orders = g_hash_table_new (g_int64_hash, g_int64_equal);
  const char *name;

  dir = g_dir_open (self->content_dir, 0, &error);
  if (dir == NULL)
    {
      cw_compiler_report (self, self->content_dir, 1, "%s", error->message);
      return;
    }
  cw_compiler_add_input (self, self->content_dir);

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
      CwLesson *lesson = cw_lesson_new (self->content_dir, folder);

      cw_compiler_add_input (self, lesson->dir);
      g_ptr_array_add (self->lessons, lesson);
      if (!is_valid_lesson_id (folder))
        cw_compiler_report (self, lesson->ini_path, 1, "the folder name “%s” is not a valid "
                            "lesson id: use only a-z, 0-9 and “-”", folder);
      else if (g_file_test (lesson->ini_path, G_FILE_TEST_IS_REGULAR))
        g_hash_table_add (self->lesson_ids, g_strdup (folder));
    }

  if (self->lessons->len == 0)
    {
      cw_compiler_report (self, self->content_dir, 1, "no lesson folders found");
      return;
    }

  for (guint i = 0; i < self->lessons->len; i++)
    {
      CwLesson *lesson = g_ptr_array_index (self->lessons, i);
      CwLesson *other;

      cw_compiler_read_lesson (self, lesson);

      if (!lesson->has_order)
        continue;

      other = g_hash_table_lookup (orders, &lesson->order);
      if (other != NULL)
        cw_compiler_report (self, lesson->ini_path, cw_lesson_line (lesson, "Lesson", "Order"),
                            "Order %" G_GINT64_FORMAT " is already used by %s", lesson->order,
                            other->ini_path);
      else
        g_hash_table_insert (orders, &lesson->order, lesson);
    }
}

/* ---- writing the database ---- */

static gboolean
set_sqlite_error (sqlite3     *db,
                  const char  *what,
                  GError     **error)
{
  g_set_error (error, CW_CONTENT_COMPILE_ERROR, CW_CONTENT_COMPILE_ERROR_SQLITE,
               "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (db, sql, error);

  return TRUE;
}

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (db, sql, error);
      return NULL;
    }

  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  /* A NULL pointer binds SQL NULL. */
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  gboolean ok = sqlite3_step (stmt) == SQLITE_DONE;

  if (!ok)
    set_sqlite_error (db, sqlite3_sql (stmt), error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return ok;
}

static gboolean
insert_search (sqlite3       *db,
               sqlite3_stmt  *stmt,
               const char    *lesson_id,
               const char    *kind,
               gint64         position,
               const char    *title,
               const char    *body,
               const char    *code,
               GError       **error)
{
  bind_text (stmt, 1, lesson_id);
  bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, position);
  bind_text (stmt, 4, title);
  bind_text (stmt, 5, body);
  bind_text (stmt, 6, code);

  return step_done (db, stmt, error);
}

static int
compare_lesson_order (gconstpointer a,
                      gconstpointer b)
{
  const CwLesson *la = *(CwLesson * const *) a;
  const CwLesson *lb = *(CwLesson * const *) b;

  return la->order < lb->order ? -1 : la->order > lb->order;
}

static gboolean
cw_compiler_write_database (CwCompiler  *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) insert_lesson = NULL;
  g_autoptr(sqlite3_stmt) insert_concept = NULL;
  g_autoptr(sqlite3_stmt) insert_pair = NULL;
  g_autoptr(sqlite3_stmt) insert_question = NULL;
  g_autoptr(sqlite3_stmt) insert_choice = NULL;
  g_autoptr(sqlite3_stmt) insert_use_case = NULL;
  g_autoptr(sqlite3_stmt) insert_search_row = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *header = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    return set_sqlite_error (db, path, error);

  /* The installed file is opened with immutable=1, which needs the rollback journal. */
  header = g_strdup_printf ("PRAGMA journal_mode = DELETE;"
                            "PRAGMA foreign_keys = ON;"
                            "BEGIN;"
                            CW_CONTENT_SCHEMA_SQL
                            "PRAGMA user_version = %d;", CW_CONTENT_SCHEMA_VERSION);
  if (!exec_sql (db, header, error))
    return FALSE;

  if ((insert_lesson = prepare (db, "INSERT INTO lessons (id, position, title, summary, intro) "
                                    "VALUES (?, ?, ?, ?, ?)", error)) == NULL ||
      (insert_concept = prepare (db, "INSERT INTO concepts (lesson_id, position, name, "
                                     "javascript, rust, key_difference) "
                                     "VALUES (?, ?, ?, ?, ?, ?)", error)) == NULL ||
      (insert_pair = prepare (db, "INSERT INTO snippet_pairs (lesson_id, position, caption, "
                                  "text, js_file, js_code, js_output, rust_file, rust_code, "
                                  "rust_output, rust_crate_type, rust_edition, rust_error_code, "
                                  "rust_error_message, rust_diagnostic) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              error)) == NULL ||
      (insert_question = prepare (db, "INSERT INTO quiz_items (lesson_id, position, kind, "
                                      "prompt, answer, explanation) VALUES (?, ?, ?, ?, ?, ?)",
                                  error)) == NULL ||
      (insert_choice = prepare (db, "INSERT INTO quiz_choices (lesson_id, question, position, "
                                    "text, file, code) VALUES (?, ?, ?, ?, ?, ?)",
                                error)) == NULL ||
      (insert_use_case = prepare (db, "INSERT INTO use_cases (lesson_id, position, area, "
                                      "examples, why) VALUES (?, ?, ?, ?, ?)", error)) == NULL ||
      (insert_search_row = prepare (db, "INSERT INTO search (lesson_id, kind, position, title, "
                                        "body, code) VALUES (?, ?, ?, ?, ?, ?)",
                                    error)) == NULL)
    return FALSE;

  /* A copy shares the lessons: it must not free them. */
  sorted = g_ptr_array_copy (self->lessons, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_lesson_order);

  for (guint i = 0; i < sorted->len; i++)
    {
      CwLesson *lesson = g_ptr_array_index (sorted, i);
      g_autofree char *lesson_body = g_strconcat (lesson->summary, "\n\n", lesson->intro_plain,
                                                  NULL);

      bind_text (insert_lesson, 1, lesson->id);
      sqlite3_bind_int64 (insert_lesson, 2, lesson->order);
      bind_text (insert_lesson, 3, lesson->title);
      bind_text (insert_lesson, 4, lesson->summary);
      bind_text (insert_lesson, 5, lesson->intro);
      if (!step_done (db, insert_lesson, error) ||
          !insert_search (db, insert_search_row, lesson->id, "lesson", 0, lesson->title,
                          lesson_body, "", error))
        return FALSE;

      if (lesson->has_concept)
        {
          bind_text (insert_concept, 1, lesson->id);
          sqlite3_bind_int64 (insert_concept, 2, lesson->order);
          bind_text (insert_concept, 3, lesson->concept_name);
          bind_text (insert_concept, 4, lesson->concept_js);
          bind_text (insert_concept, 5, lesson->concept_rust);
          bind_text (insert_concept, 6, lesson->concept_key_difference);
          if (!step_done (db, insert_concept, error) ||
              !insert_search (db, insert_search_row, lesson->id, "concept", 0,
                              lesson->concept_name, lesson->concept_plain, "", error))
            return FALSE;
        }

      for (guint j = 0; j < lesson->pairs->len; j++)
        {
          CwPair *pair = g_ptr_array_index (lesson->pairs, j);
          g_autofree char *code = g_strconcat (pair->js_code, "\n", pair->rust_code, NULL);

          bind_text (insert_pair, 1, lesson->id);
          sqlite3_bind_int64 (insert_pair, 2, pair->number);
          bind_text (insert_pair, 3, pair->caption);
          bind_text (insert_pair, 4, pair->text);
          bind_text (insert_pair, 5, pair->js_file);
          bind_text (insert_pair, 6, pair->js_code);
          bind_text (insert_pair, 7, pair->js_output);
          bind_text (insert_pair, 8, pair->rust_file);
          bind_text (insert_pair, 9, pair->rust_code);
          bind_text (insert_pair, 10, pair->rust_output);
          bind_text (insert_pair, 11, pair->rust_crate_type);
          bind_text (insert_pair, 12, pair->rust_edition);
          bind_text (insert_pair, 13, pair->rust_error_code);
          bind_text (insert_pair, 14, pair->rust_error_message);
          bind_text (insert_pair, 15, pair->rust_diagnostic);
          if (!step_done (db, insert_pair, error) ||
              !insert_search (db, insert_search_row, lesson->id, "code", pair->number,
                              pair->caption, pair->text_plain, code, error))
            return FALSE;
        }

      for (guint j = 0; j < lesson->questions->len; j++)
        {
          CwQuestion *question = g_ptr_array_index (lesson->questions, j);

          bind_text (insert_question, 1, lesson->id);
          sqlite3_bind_int64 (insert_question, 2, question->number);
          bind_text (insert_question, 3, question->kind);
          bind_text (insert_question, 4, question->prompt);
          sqlite3_bind_int64 (insert_question, 5, question->answer);
          bind_text (insert_question, 6, question->explanation);
          if (!step_done (db, insert_question, error))
            return FALSE;

          for (guint k = 0; k < question->choices->len; k++)
            {
              CwChoice *choice = g_ptr_array_index (question->choices, k);

              bind_text (insert_choice, 1, lesson->id);
              sqlite3_bind_int64 (insert_choice, 2, question->number);
              sqlite3_bind_int64 (insert_choice, 3, k);
              bind_text (insert_choice, 4, choice->text);
              bind_text (insert_choice, 5, choice->file);
              bind_text (insert_choice, 6, choice->code);
              if (!step_done (db, insert_choice, error))
                return FALSE;
            }
        }

      for (guint j = 0; j < lesson->use_cases->len; j++)
        {
          CwUseCase *use_case = g_ptr_array_index (lesson->use_cases, j);
          g_autofree char *body = g_strconcat (use_case->examples, "\n", use_case->why_plain,
                                               NULL);

          bind_text (insert_use_case, 1, lesson->id);
          sqlite3_bind_int64 (insert_use_case, 2, use_case->number);
          bind_text (insert_use_case, 3, use_case->area);
          bind_text (insert_use_case, 4, use_case->examples);
          bind_text (insert_use_case, 5, use_case->why);
          if (!step_done (db, insert_use_case, error) ||
              !insert_search (db, insert_search_row, lesson->id, "use-case", use_case->number,
                              use_case->area, body, "", error))
            return FALSE;
        }
    }

  /* Finalize before VACUUM, which refuses to run while statements are pending. */
  g_clear_pointer (&insert_lesson, sqlite3_finalize);
  g_clear_pointer (&insert_concept, sqlite3_finalize);
  g_clear_pointer (&insert_pair, sqlite3_finalize);
  g_clear_pointer (&insert_question, sqlite3_finalize);
  g_clear_pointer (&insert_choice, sqlite3_finalize);
  g_clear_pointer (&insert_use_case, sqlite3_finalize);
  g_clear_pointer (&insert_search_row, sqlite3_finalize);

  if (!exec_sql (db, "COMMIT; VACUUM;", error))
    return FALSE;

  if (sqlite3_close (g_steal_pointer (&db)) != SQLITE_OK)
    {
      g_set_error (error, CW_CONTENT_COMPILE_ERROR, CW_CONTENT_COMPILE_ERROR_SQLITE,
                   "%s: cannot close the database", path);
      return FALSE;
    }

  return TRUE;
}

/* Make syntax: spaces and '#' are escaped with a backslash, '$' doubled. */
static void
append_depfile_path (GString    *out,
                     const char *path)
{
  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '#' || *p == '\\')
        g_string_append_c (out, '\\');
      else if (*p == '$')
        g_string_append_c (out, '$');
      g_string_append_c (out, *p);
    }
}

static gboolean
cw_compiler_write_depfile (CwCompiler  *self,
                           const char  *depfile,
                           const char  *target,
                           GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_depfile_path (out, target);
  g_string_append_c (out, ':');
  for (guint i = 0; i < self->inputs->len; i++)
    {
      g_string_append (out, " \\\n  ");
      append_depfile_path (out, g_ptr_array_index (self->inputs, i));
    }
  g_string_append_c (out, '\n');

  return g_file_set_contents (depfile, out->str, out->len, error);
}

static void
remove_database (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CwCompiler) compiler = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *depfile = NULL;
  g_autofree char *tmp_output = NULL;
  g_auto(GStrv) content_dirs = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the database to FILE (required)", "FILE" },
    { "depfile", 0, 0, G_OPTION_ARG_FILENAME, &depfile,
      "Also write a Makefile-style list of every file read", "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &content_dirs, NULL,
      "CONTENT_DIR" },
    G_OPTION_ENTRY_NULL
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("CONTENT_DIR");
  g_option_context_set_summary (context,
                                "Check the lesson sources in CONTENT_DIR and compile them into "
                                "the content database.\nProblems are printed as “file:line: "
                                "message”; any problem means exit status 1 and no output.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return USAGE_ERROR_STATUS;
    }

  if (output == NULL || content_dirs == NULL || g_strv_length (content_dirs) != 1)
    {
      fprintf (stderr, "Usage: %s --output OUT.sqlite3 [--depfile DEP] CONTENT_DIR\n",
               g_get_prgname ());
      return USAGE_ERROR_STATUS;
    }

  tmp_output = g_strconcat (output, ".tmp", NULL);
  remove_database (tmp_output);

  compiler = cw_compiler_new (content_dirs[0]);
  cw_compiler_read_all (compiler);

  if (compiler->problems->len > 0)
    {
      cw_compiler_print_problems (compiler);
      /* A database from an earlier run must not outlive sources that no longer compile. */
      remove_database (output);
      return EXIT_FAILURE;
    }

  if (!cw_compiler_write_database (compiler, tmp_output, &error) ||
      (depfile != NULL && !cw_compiler_write_depfile (compiler, depfile, output, &error)))
    {
      fprintf (stderr, "%s: %s\n", output, error->message);
      remove_database (tmp_output);
      remove_database (output);
      return EXIT_FAILURE;
    }

  if (g_rename (tmp_output, output) != 0)
    {
      int saved_errno = errno;

      fprintf (stderr, "%s: cannot rename %s: %s\n", output, tmp_output,
               g_strerror (saved_errno));
      remove_database (tmp_output);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
