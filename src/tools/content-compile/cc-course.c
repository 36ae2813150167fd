/* cc-course.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise-content-compile"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cc-compiler.h"

/*
 * The course as a whole: rustc-version (the rustc that wrote the stored diagnostics),
 * course.ini (the parts, and the lessons of each part in learning order) and the lesson
 * folders, which must be exactly the lessons course.ini lists.
 */

static const char * const part_keys[] = { "Id", "Title", "Summary", "Lessons", NULL };

static void
cc_compiler_read_rustc_version (CcCompiler *self)
{
  g_autofree char *path = g_build_filename (self->content_dir, "rustc-version", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) numbers = NULL;

  text = cc_compiler_read_required (self, path, path, 1, "it names the rustc that wrote the "
                                    "stored diagnostics, such as 1.95.0");
  if (text == NULL)
    return;

  g_strstrip (text);
  numbers = g_strsplit (text, ".", -1);
  if (g_strv_length (numbers) != 3 ||
      !g_ascii_string_to_unsigned (numbers[0], 10, 1, 99, NULL, NULL) ||
      !g_ascii_string_to_unsigned (numbers[1], 10, 0, 999, NULL, NULL) ||
      !g_ascii_string_to_unsigned (numbers[2], 10, 0, 999, NULL, NULL))
    {
      cc_compiler_report (self, path, 1, "write the rustc version as MAJOR.MINOR.PATCH, such "
                          "as 1.95.0");
      return;
    }

  self->rustc_version = g_steal_pointer (&text);
}

static void
cc_compiler_add_part_lessons (CcCompiler *self,
                              CcIni      *ini,
                              const char *group,
                              CcPart     *part,
                              const char *list)
{
  g_auto(GStrv) ids = g_strsplit (list, ";", -1);
  guint line = cc_ini_line (ini, group, "Lessons");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *ini_path = NULL;
      CcLesson *lesson;

      g_strstrip (ids[i]);
      if (*ids[i] == '\0')
        continue;

      if (!cc_is_valid_id (ids[i]))
        {
          cc_compiler_report (self, ini->path, line, "“%s” is not a valid lesson id: use only "
                              "a-z, 0-9 and “-”", ids[i]);
          continue;
        }
      if (g_hash_table_contains (self->lessons_by_id, ids[i]))
        {
          cc_compiler_report (self, ini->path, line, "lesson “%s” is listed twice", ids[i]);
          continue;
        }

      lesson = cc_lesson_new (self->content_dir, ids[i]);
      ini_path = g_build_filename (lesson->dir, "lesson.ini", NULL);
      if (!g_file_test (ini_path, G_FILE_TEST_IS_REGULAR))
        {
          cc_compiler_report (self, ini->path, line, "lesson “%s” has no folder with a "
                              "lesson.ini", ids[i]);
          cc_lesson_free (lesson);
          continue;
        }

      lesson->part = part;
      lesson->position = self->lessons->len + 1;
      lesson->part_position = part->lessons->len + 1;
      g_ptr_array_add (self->lessons, lesson);
      g_ptr_array_add (part->lessons, lesson);
      g_hash_table_insert (self->lessons_by_id, lesson->id, lesson);
    }

  if (part->lessons->len == 0)
    cc_compiler_report (self, ini->path, line, "a part needs at least one lesson");
}

static void
cc_compiler_read_part (CcCompiler *self,
                       CcIni      *ini,
                       guint       number,
                       GHashTable *part_ids)
{
  g_autofree char *group = g_strdup_printf ("Part %u", number);
  g_autofree char *lessons = NULL;
  CcPart *part = g_new0 (CcPart, 1);

  part->position = number;
  part->lessons = g_ptr_array_new ();
  g_ptr_array_add (self->parts, part);

  cc_ini_check_keys (self, ini, group, part_keys);
  part->id = cc_ini_get (self, ini, group, "Id", TRUE);
  part->title = cc_ini_get (self, ini, group, "Title", TRUE);
  part->summary = cc_ini_get (self, ini, group, "Summary", TRUE);
  lessons = cc_ini_get (self, ini, group, "Lessons", TRUE);

  if (part->id != NULL && !cc_is_valid_id (part->id))
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Id"), "“%s” is not a valid "
                        "part id: use only a-z, 0-9 and “-”", part->id);
  else if (part->id != NULL && !g_hash_table_add (part_ids, g_strdup (part->id)))
    cc_compiler_report (self, ini->path, cc_ini_line (ini, group, "Id"), "part id “%s” is "
                        "used twice", part->id);

  if (lessons != NULL)
    cc_compiler_add_part_lessons (self, ini, group, part, lessons);
}

static void
cc_compiler_read_course (CcCompiler *self)
{
  g_autofree char *path = g_build_filename (self->content_dir, "course.ini", NULL);
  g_autoptr(CcIni) ini = cc_ini_load (self, path, TRUE);
  g_autoptr(GHashTable) part_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) groups = NULL;

  if (ini == NULL || ini->key_file == NULL)
    return;

  groups = cc_ini_groups (ini);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      guint number;

      if (!cc_parse_numbered_group (groups[i], "Part", &number))
        cc_compiler_report (self, path, cc_ini_line (ini, groups[i], NULL),
                            "unknown group [%s]; parts are [Part 1], [Part 2], …", groups[i]);
      else if (number != self->parts->len + 1)
        cc_compiler_report (self, path, cc_ini_line (ini, groups[i], NULL),
                            "[%s] is out of order: expected [Part %u]", groups[i],
                            self->parts->len + 1);
      else
        cc_compiler_read_part (self, ini, number, part_ids);
    }

  if (self->parts->len == 0)
    cc_compiler_report (self, path, 1, "no [Part 1] group");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* A folder that course.ini does not list would silently vanish from the app. */
static void
cc_compiler_check_folders (CcCompiler *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (self->content_dir, 0, &error);
  g_autoptr(GPtrArray) unlisted = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      cc_compiler_report (self, self->content_dir, 1, "%s", error->message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->content_dir, name, NULL);

      if (name[0] != '.' && g_file_test (path, G_FILE_TEST_IS_DIR) &&
          !g_hash_table_contains (self->lessons_by_id, name))
        g_ptr_array_add (unlisted, g_steal_pointer (&path));
    }

  g_ptr_array_sort (unlisted, compare_strings);
  for (guint i = 0; i < unlisted->len; i++)
    cc_compiler_report (self, g_ptr_array_index (unlisted, i), 1, "this folder is not listed "
                        "in course.ini");
}

void
cc_compiler_read_all (CcCompiler *self)
{
  cc_compiler_add_input (self, self->content_dir);
  cc_compiler_read_rustc_version (self);
  cc_compiler_read_course (self);
  if (self->parts->len > 0)
    cc_compiler_check_folders (self);

  /* Links can point at any lesson, so every lesson is known before any is read. */
  for (guint i = 0; i < self->lessons->len; i++)
    cc_compiler_read_lesson (self, g_ptr_array_index (self->lessons, i));
}
