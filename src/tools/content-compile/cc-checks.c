/* cc-checks.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pango.h>
#include <string.h>

#include "cc-compiler.h"

gboolean
cc_str_has_suffix_in_list (const char         *str,
                           const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (str, suffixes[i]) && strlen (str) > strlen (suffixes[i]))
        return TRUE;
    }

  return FALSE;
}

gboolean
cc_is_valid_lesson_id (const char *id)
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
cc_compiler_check_link_target (CcCompiler *self,
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

const char *
cc_skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;

  return p;
}

/* GtkLabel handles <a href="…">…</a> itself and hands the rest to Pango, which knows no
 * links, so the same is done here: check each link, then remove its tags. On success returns
 * the markup without links; otherwise NULL and a description of the problem in @problem. */
static char *
cc_compiler_strip_links (CcCompiler  *self,
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

          q = cc_skip_spaces (lt + 2);
          if (!g_str_has_prefix (q, "href"))
            goto malformed;
          q = cc_skip_spaces (q + strlen ("href"));
          if (*q != '=')
            goto malformed;
          q = cc_skip_spaces (q + 1);
          if (*q != '"' && *q != '\'')
            goto malformed;
          quote = *q;
          value = q + 1;
          q = strchr (value, quote);
          if (q == NULL || q > gt)
            goto malformed;
          href = g_strndup (value, q - value);
          if (cc_skip_spaces (q + 1) != gt)
            goto malformed;

          *problem = cc_compiler_check_link_target (self, href);
          if (*problem != NULL)
            return NULL;

          in_link = TRUE;
          p = gt + 1;
        }
      else if (g_str_has_prefix (lt, "</a") && *cc_skip_spaces (lt + 3) == '>')
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
char *
cc_compiler_check_markup (CcCompiler *self,
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

  without_links = cc_compiler_strip_links (self, markup, &problem);
  if (without_links == NULL)
    {
      cc_compiler_report (self, path, line, "bad link%s: %s", where, problem);
      return NULL;
    }

  if (!pango_parse_markup (without_links, -1, 0, NULL, &text, NULL, &error))
    {
      pango_message = g_regex_replace_literal (self->pango_position, error->message, -1, 0,
                                               "", 0, NULL);
      cc_compiler_report (self, path, line, "invalid markup%s: %s", where,
                          pango_message != NULL ? pango_message : error->message);
      return NULL;
    }

  return text;
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
char *
cc_compiler_read_diagnostic (CcCompiler *self,
                             CcLesson   *lesson,
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

  diagnostic = cc_compiler_read_file (self, path, &error);
  if (diagnostic == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cc_compiler_report (self, lesson->ini_path, missing_line,
                            "“%s” must fail to compile, but %s.stderr is missing; run "
                            "tests/update-rustc-diagnostics.sh", rust_file, rust_file);
      else
        cc_compiler_report (self, path, 1, "%s", error->message);
      return NULL;
    }

  first = find_first_error (diagnostic, &line);
  if (first == NULL)
    {
      cc_compiler_report (self, path, 1, "no “error…” line from rustc in this file; run "
                          "tests/update-rustc-diagnostics.sh");
      return NULL;
    }

  if (expected != NULL && strcmp (first, expected) != 0)
    {
      cc_compiler_report (self, path, line, "rustc reported “%s”, but lesson.ini expects “%s”; "
                          "fix RustExpectError/RustErrorMessage or run "
                          "tests/update-rustc-diagnostics.sh", first, expected);
      return NULL;
    }

  return g_steal_pointer (&diagnostic);
}

/* A diagnostic left next to a Rust file that is supposed to compile is stale. */
void
cc_compiler_check_no_diagnostic (CcCompiler *self,
                                 CcLesson   *lesson,
                                 const char *rust_file)
{
  g_autofree char *path = g_strconcat (lesson->dir, G_DIR_SEPARATOR_S, rust_file, ".stderr",
                                       NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    cc_compiler_report (self, path, 1, "“%s” is expected to compile, so this diagnostic is "
                        "stale; delete it or run tests/update-rustc-diagnostics.sh", rust_file);
}

gboolean
cc_is_rustc_error_code (const char *code)
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

