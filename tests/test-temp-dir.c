/* test-temp-dir.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-temp-dir"

/* symlink() and mkfifo() are POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cw-temp-dir.h"

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char  *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_create (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *path = cw_temp_dir_create ("test-temp-dir", &error);
  g_autofree char  *base = NULL;
  GStatBuf          st;

  g_assert_no_error (error);
  base = g_path_get_basename (path);
  g_assert_true (g_str_has_prefix (base, "test-temp-dir-"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_true (cw_temp_dir_remove (path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Removing what is already gone is not an error. */
  g_assert_true (cw_temp_dir_remove (path, &error));
  g_assert_no_error (error);
}

/* What a hostile program could leave: links out of the folder (which must survive), locked
 * folders, a fifo, a deep tree. */
static void
test_remove_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *outside = cw_temp_dir_create ("test-temp-dir-outside", &error);
  g_autofree char  *path = cw_temp_dir_create ("test-temp-dir", &error);
  g_autofree char  *link = g_build_filename (path, "to-outside", NULL);
  g_autofree char  *file_link = g_build_filename (path, "to-file", NULL);
  g_autofree char  *outside_file = g_build_filename (outside, "keep", NULL);
  g_autofree char  *locked = g_build_filename (path, "locked", NULL);
  g_autofree char  *locked_inner = g_build_filename (locked, "inner", NULL);
  g_autofree char  *fifo = g_build_filename (path, "fifo", NULL);
  g_autoptr(GString) deep = g_string_new (path);
  guint             i;

  g_assert_no_error (error);
  write_file (outside, "keep", "must survive");
  write_file (path, "main.rs", "fn main() {}");

  g_assert_cmpint (symlink (outside, link), ==, 0);
  g_assert_cmpint (symlink (outside_file, file_link), ==, 0);
  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (locked_inner, 0700), ==, 0);
  write_file (locked_inner, "x", "x");
  g_assert_cmpint (g_chmod (locked_inner, 0), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (i = 0; i < 20; i++)
    {
      g_string_append (deep, "/d");
      g_assert_cmpint (g_mkdir (deep->str, 0700), ==, 0);
    }
  g_assert_cmpint (g_chmod (path, 0500), ==, 0);

  g_assert_true (cw_temp_dir_remove (path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_test (outside_file, G_FILE_TEST_IS_REGULAR));
  g_assert_true (cw_temp_dir_remove (outside, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/temp-dir/create", test_create);
  g_test_add_func ("/temp-dir/remove-hostile", test_remove_hostile);

  return g_test_run ();
}
