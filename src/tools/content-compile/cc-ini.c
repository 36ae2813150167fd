/* cc-ini.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * The key files of the content (course.ini, lesson.ini, questions.ini, exercise.ini,
 * use-cases.ini). GKeyFile keeps no line numbers, so the text is also scanned once: the line
 * of each group and key is noted, and what GKeyFile would only describe vaguely (or silently
 * accept, like a duplicate key, where the last one wins) is reported. As in GKeyFile, a `#`
 * starts a comment only at the start of a line: `Key=value # note` keeps the note in the value.
 */

void
cc_ini_free (CcIni *ini)
{
  g_free (ini->path);
  g_hash_table_unref (ini->lines);
  g_clear_pointer (&ini->key_file, g_key_file_unref);
  g_free (ini);
}

static gboolean
cc_ini_index_line (CcCompiler  *compiler,
                   CcIni       *ini,
                   const char  *stripped,
                   guint        line,
                   char       **group,
                   gboolean    *duplicate_group)
{
  const char *equals;

  if (*stripped == '[')
    {
      const char *end = strrchr (stripped, ']');

      if (end == NULL || end[1] != '\0')
        {
          cc_compiler_report (compiler, ini->path, line, "a group header must be written [Name]");
          return FALSE;
        }

      g_free (*group);
      *group = g_strndup (stripped + 1, end - stripped - 1);
      /* One report for a repeated group, not one more for each of its keys. */
      *duplicate_group = g_hash_table_contains (ini->lines, *group);
      if (*duplicate_group)
        cc_compiler_report (compiler, ini->path, line, "duplicate group [%s] (first on line %u)",
                            *group, GPOINTER_TO_UINT (g_hash_table_lookup (ini->lines, *group)));
      else
        g_hash_table_insert (ini->lines, g_strdup (*group), GUINT_TO_POINTER (line));
      return TRUE;
    }

  equals = strchr (stripped, '=');
  if (equals == NULL)
    {
      cc_compiler_report (compiler, ini->path, line,
                          "expected Key=value, a [Group] or a # comment");
      return FALSE;
    }

  if (*group == NULL)
    {
      cc_compiler_report (compiler, ini->path, line, "a key before the first [Group]");
      return FALSE;
    }

  if (!*duplicate_group)
    {
      g_autofree char *key = g_strstrip (g_strndup (stripped, equals - stripped));
      g_autofree char *lookup = g_strconcat (*group, "\n", key, NULL);

      if (g_hash_table_contains (ini->lines, lookup))
        cc_compiler_report (compiler, ini->path, line,
                            "duplicate key “%s” in group [%s] (first on line %u)", key, *group,
                            GPOINTER_TO_UINT (g_hash_table_lookup (ini->lines, lookup)));
      else
        g_hash_table_insert (ini->lines, g_steal_pointer (&lookup), GUINT_TO_POINTER (line));
    }

  return TRUE;
}

static gboolean
cc_ini_index_lines (CcCompiler *compiler,
                    CcIni      *ini,
                    const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *group = NULL;
  gboolean duplicate_group = FALSE;
  gboolean ok = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (lines[i]));

      if (*stripped == '\0' || *stripped == '#')
        continue;

      if (!cc_ini_index_line (compiler, ini, stripped, i + 1, &group, &duplicate_group))
        ok = FALSE;
    }

  return ok;
}

/*
 * Reads @path. A missing file is reported when @required (at line 1 of the file); the
 * result is NULL then. Otherwise the result is never NULL, but its key_file is NULL when the
 * text could not be parsed (and that was reported).
 */
CcIni *
cc_ini_load (CcCompiler *compiler,
             const char *path,
             gboolean    required)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  CcIni *ini;

  if (!required && !g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  text = cc_compiler_read_file (compiler, path, &error);
  if (text == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        cc_compiler_report (compiler, path, 1, "missing file");
      else
        cc_compiler_report (compiler, path, 1, "%s", error->message);
      return NULL;
    }

  ini = g_new0 (CcIni, 1);
  ini->path = g_strdup (path);
  ini->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!cc_ini_index_lines (compiler, ini, text))
    return ini;

  key_file = g_key_file_new ();
  if (!g_key_file_load_from_data (key_file, text, -1, G_KEY_FILE_NONE, &error))
    {
      cc_compiler_report (compiler, path, 1, "%s", error->message);
      return ini;
    }

  ini->key_file = g_steal_pointer (&key_file);

  return ini;
}

guint
cc_ini_line (CcIni      *ini,
             const char *group,
             const char *key)
{
  g_autofree char *lookup = NULL;

  if (key != NULL)
    lookup = g_strconcat (group, "\n", key, NULL);
  else
    lookup = g_strdup (group);

  return MAX (1, GPOINTER_TO_UINT (g_hash_table_lookup (ini->lines, lookup)));
}

char **
cc_ini_groups (CcIni *ini)
{
  if (ini->key_file == NULL)
    return g_new0 (char *, 1);

  return g_key_file_get_groups (ini->key_file, NULL);
}

gboolean
cc_ini_has_group (CcIni      *ini,
                  const char *group)
{
  return ini->key_file != NULL && g_key_file_has_group (ini->key_file, group);
}

gboolean
cc_ini_has_key (CcIni      *ini,
                const char *group,
                const char *key)
{
  return ini->key_file != NULL && g_key_file_has_key (ini->key_file, group, key, NULL);
}

void
cc_ini_check_keys (CcCompiler         *compiler,
                   CcIni              *ini,
                   const char         *group,
                   const char * const *allowed)
{
  g_auto(GStrv) keys = NULL;

  if (ini->key_file == NULL)
    return;

  keys = g_key_file_get_keys (ini->key_file, group, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!g_strv_contains (allowed, keys[i]))
        cc_compiler_report (compiler, ini->path, cc_ini_line (ini, group, keys[i]),
                            "unknown key “%s” in group [%s]", keys[i], group);
    }
}

/* Returns the value of @key (escapes such as \n applied), or NULL when it is absent
 * (reported if @required) or invalid (always reported). A required key must not be empty. */
char *
cc_ini_get (CcCompiler *compiler,
            CcIni      *ini,
            const char *group,
            const char *key,
            gboolean    required)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (ini->key_file == NULL)
    return NULL;

  if (!g_key_file_has_key (ini->key_file, group, key, NULL))
    {
      if (required)
        cc_compiler_report (compiler, ini->path, cc_ini_line (ini, group, NULL),
                            "missing key “%s” in group [%s]", key, group);
      return NULL;
    }

  value = g_key_file_get_string (ini->key_file, group, key, &error);
  if (value == NULL)
    {
      cc_compiler_report (compiler, ini->path, cc_ini_line (ini, group, key), "%s: %s", key,
                          error->message);
      return NULL;
    }

  if (required && *value == '\0')
    {
      cc_compiler_report (compiler, ini->path, cc_ini_line (ini, group, key),
                          "%s must not be empty", key);
      return NULL;
    }

  return g_steal_pointer (&value);
}

/* As cc_ini_get(), for a value in inline Markdown: sets @markup and @plain. */
gboolean
cc_ini_get_inline (CcCompiler  *compiler,
                   CcIni       *ini,
                   const char  *group,
                   const char  *key,
                   gboolean     required,
                   char       **markup,
                   char       **plain)
{
  g_autofree char *value = cc_ini_get (compiler, ini, group, key, required);

  if (value == NULL)
    return FALSE;

  return cc_compiler_convert_inline (compiler, ini->path, cc_ini_line (ini, group, key), key,
                                     value, markup, plain);
}

/* "Question 3" with @prefix "Question" -> 3. Numbers start at 1, without leading zeros. */
gboolean
cc_parse_numbered_group (const char *group,
                         const char *prefix,
                         guint      *number)
{
  const char *digits;
  guint64 value;

  if (!g_str_has_prefix (group, prefix) || group[strlen (prefix)] != ' ')
    return FALSE;

  digits = group + strlen (prefix) + 1;
  if (digits[0] == '0' || !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT16, &value, NULL))
    return FALSE;

  *number = (guint) value;
  return TRUE;
}
