/* cc-checks.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/* What Debian 12 packages as librust-*-dev, so the content suite can build it offline. */
static const char * const available_crates[] = {
  "serde", "serde_json", "tokio", "anyhow", "thiserror", "clap", "rayon", NULL
};

/* Lesson and exercise ids: [a-z0-9][a-z0-9-]*. */
gboolean
cc_is_valid_id (const char *id)
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

static gboolean
is_mark_name (const char *name)
{
  if (*name == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p))
        return FALSE;
    }

  return TRUE;
}

/* Checks a link target the way the app resolves it (crabwise:lesson/ID, crabwise:lab,
 * https://…). Returns a description of the problem, or NULL when the target is fine. */
char *
cc_check_link_target (CcCompiler *self,
                      const char *href)
{
  if (g_str_has_prefix (href, "crabwise:lesson/"))
    {
      const char *id = href + strlen ("crabwise:lesson/");

      if (!g_hash_table_contains (self->lessons_by_id, id))
        return g_strdup_printf ("link to unknown lesson “%s”", id);

      return NULL;
    }

  if (strcmp (href, "crabwise:lab") == 0)
    return NULL;

  if (g_str_has_prefix (href, "https://") && href[strlen ("https://")] != '\0')
    return NULL;

  return g_strdup_printf ("link target “%s” must be crabwise:lesson/ID, crabwise:lab "
                          "or an https:// address", href);
}

/* Parses the names of a `//@ a, b` mark into @marks; FALSE when @text is not a list of names. */
static gboolean
parse_mark_names (const char *text,
                  guint       line,
                  GPtrArray  *marks)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      CcMark *mark;

      g_strstrip (names[i]);
      if (!is_mark_name (names[i]))
        return FALSE;

      mark = g_new0 (CcMark, 1);
      mark->line = line;
      mark->name = g_strdup (names[i]);
      g_ptr_array_add (marks, mark);
    }

  return TRUE;
}

/*
 * Line marks: `//@ name` or `//@ a, b` at the end of a line ties it to the lines with the
 * same names in the other file of the pair. The mark and the spaces before it are removed;
 * the names go to @marks by line. Returns the code without marks.
 */
char *
cc_strip_marks (CcCompiler *self,
                const char *path,
                const char *code,
                GPtrArray  *marks)
{
  g_auto(GStrv) lines = g_strsplit (code, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *at = g_strrstr (lines[i], "//@");

      if (at == NULL)
        continue;

      if (!parse_mark_names (at + 3, i + 1, marks))
        {
          cc_compiler_report (self, path, i + 1, "a line mark is written “//@ name” or "
                              "“//@ a, b” at the end of a line, names in a-z and 0-9");
          continue;
        }

      *at = '\0';
      g_strchomp (lines[i]);
    }

  return g_strjoinv ("\n", lines);
}

static GHashTable *
mark_names (GPtrArray *marks)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < marks->len; i++)
    g_hash_table_add (names, ((CcMark *) g_ptr_array_index (marks, i))->name);

  return names;
}

static void
report_unmatched (CcCompiler *self,
                  const char *path,
                  GPtrArray  *marks,
                  GHashTable *other,
                  const char *other_language)
{
  for (guint i = 0; i < marks->len; i++)
    {
      CcMark *mark = g_ptr_array_index (marks, i);

      if (!g_hash_table_contains (other, mark->name))
        cc_compiler_report (self, path, mark->line, "line mark “%s” is not used in the %s file",
                            mark->name, other_language);
    }
}

/* Every name used on one side of a pair must be used on the other. */
void
cc_check_marks_match (CcCompiler *self,
                      const char *js_path,
                      GPtrArray  *js_marks,
                      const char *rust_path,
                      GPtrArray  *rust_marks)
{
  g_autoptr(GHashTable) js_names = mark_names (js_marks);
  g_autoptr(GHashTable) rust_names = mark_names (rust_marks);

  report_unmatched (self, js_path, js_marks, rust_names, "Rust");
  report_unmatched (self, rust_path, rust_marks, js_names, "JavaScript");
}

/* `Crates=serde+derive;serde_json`: names Debian packages, each with optional features.
 * Returns the normalized list, or NULL after reporting. */
char *
cc_check_crates (CcCompiler *self,
                 const char *path,
                 guint       line,
                 const char *crates)
{
  g_auto(GStrv) entries = g_strsplit (crates, ";", -1);
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();
  g_auto(GStrv) normalized = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_strstrip (entries[i]), "+", -1);

      if (*entries[i] == '\0')
        continue;

      if (!g_strv_contains (available_crates, parts[0]))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) available_crates);

          cc_compiler_report (self, path, line, "crate “%s” is not available offline (Debian "
                              "12 packages: %s); use NotCompiled= with the reason", parts[0],
                              list);
          ok = FALSE;
        }
      for (guint j = 1; parts[j] != NULL; j++)
        {
          if (*parts[j] == '\0' || strspn (parts[j], "abcdefghijklmnopqrstuvwxyz0123456789-_") !=
              strlen (parts[j]))
            {
              cc_compiler_report (self, path, line, "“%s” is not a feature name", parts[j]);
              ok = FALSE;
            }
        }
      g_strv_builder_add (out, entries[i]);
    }

  normalized = g_strv_builder_end (out);
  if (!ok)
    return NULL;
  if (normalized[0] == NULL)
    {
      cc_compiler_report (self, path, line, "Crates= names no crate");
      return NULL;
    }

  return g_strjoinv (";", normalized);
}

/* `error[E0382]: borrow of moved value` -> E0382 and the message; `error: …` -> no code. */
static gboolean
parse_first_error (const char  *line,
                   char       **code,
                   char       **message)
{
  if (g_str_has_prefix (line, "error: "))
    {
      *message = g_strdup (line + strlen ("error: "));
      return TRUE;
    }

  if (g_str_has_prefix (line, "error[E") && strlen (line) > 13 && line[11] == ']' &&
      line[12] == ':' && line[13] == ' ')
    {
      *code = g_strndup (line + strlen ("error["), 5);
      *message = g_strdup (line + 14);
      return TRUE;
    }

  return FALSE;
}

static gboolean
cc_compiler_check_diagnostic (CcCompiler *self,
                              const char *path,
                              const char *diagnostic,
                              char      **error_code,
                              char      **error_message)
{
  g_auto(GStrv) lines = g_strsplit (diagnostic, "\n", -1);
  gboolean ok = TRUE;

  if (!parse_first_error (lines[0], error_code, error_message))
    {
      cc_compiler_report (self, path, 1, "the first line must be rustc's “error[EXXXX]: …” or "
                          "“error: …”; run tests/update-rustc-diagnostics.sh");
      return FALSE;
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *stripped = lines[i] + strspn (lines[i], " ");

      if (strstr (lines[i], "/rustc/") != NULL)
        {
          cc_compiler_report (self, path, i + 1, "a toolchain path (/rustc/<hash>/…) must not "
                              "be stored; run tests/update-rustc-diagnostics.sh");
          ok = FALSE;
        }
      else if (g_str_has_prefix (stripped, "Compiling ") ||
               g_str_has_prefix (lines[i], "error: could not compile") ||
               g_str_has_prefix (lines[i], "error: aborting due to"))
        {
          cc_compiler_report (self, path, i + 1, "only rustc's diagnostic is stored, without "
                              "cargo's or rustc's summary lines; run "
                              "tests/update-rustc-diagnostics.sh");
          ok = FALSE;
        }
    }

  return ok;
}

/*
 * What a Rust file is expected to do, from the files beside it: FILE.stderr (it must not
 * compile; the error code and message come from its first line), FILE.panic (it must panic
 * with this message) or neither (it must run; FILE.out is its stdout, empty when absent).
 * Returns FALSE after reporting a problem.
 */
gboolean
cc_compiler_read_rust_result (CcCompiler *self,
                              const char *rust_path,
                              char      **output,
                              char      **diagnostic,
                              char      **error_code,
                              char      **error_message,
                              char      **panic)
{
  g_autofree char *out_path = g_strconcat (rust_path, ".out", NULL);
  g_autofree char *stderr_path = g_strconcat (rust_path, ".stderr", NULL);
  g_autofree char *panic_path = g_strconcat (rust_path, ".panic", NULL);

  *output = cc_compiler_read_optional (self, out_path);
  *diagnostic = cc_compiler_read_optional (self, stderr_path);
  *panic = cc_compiler_read_optional (self, panic_path);

  if (*diagnostic != NULL)
    {
      if (*output != NULL || *panic != NULL)
        {
          cc_compiler_report (self, stderr_path, 1, "a file that must not compile has no "
                              "%s beside it", *output != NULL ? ".out" : ".panic");
          return FALSE;
        }

      return cc_compiler_check_diagnostic (self, stderr_path, *diagnostic, error_code,
                                           error_message);
    }

  if (*panic != NULL)
    {
      g_strchomp (*panic);
      if (**panic == '\0' || strchr (*panic, '\n') != NULL)
        {
          cc_compiler_report (self, panic_path, 1, "write the panic message as one line, as "
                              "printed after “panicked at …”");
          return FALSE;
        }
    }

  return TRUE;
}
