/* cc-main.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "cc-compiler.h"

/* crabwise-content-compile's arguments, its depfile, and where the database goes: written
 * to OUT.tmp and renamed into place, so a failed build never leaves a half-written file. */

#define USAGE_ERROR_STATUS 2

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
cc_write_depfile (CcCompiler  *self,
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
  g_autoptr(CcCompiler) compiler = NULL;
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

  compiler = cc_compiler_new (content_dirs[0]);
  cc_compiler_read_all (compiler);

  if (compiler->problems->len > 0)
    {
      cc_compiler_print_problems (compiler);
      /* A database from an earlier run must not outlive sources that no longer compile. */
      remove_database (output);
      return EXIT_FAILURE;
    }

  if (!cc_compiler_write_database (compiler, tmp_output, &error) ||
      (depfile != NULL && !cc_write_depfile (compiler, depfile, output, &error)))
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
