/* test-paths.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-paths.h"

static void
test_content_db_override (void)
{
  g_autofree char *path = NULL;

  g_setenv ("CRABWISE_CONTENT_DB", "/some/where/content.sqlite3", TRUE);
  path = cw_paths_get_content_db ();
  g_assert_cmpstr (path, ==, "/some/where/content.sqlite3");
}

static void
test_content_db_default (void)
{
  g_autofree char *path = NULL;

  g_setenv ("CRABWISE_CONTENT_DB", "", TRUE);
  path = cw_paths_get_content_db ();
  g_assert_true (g_str_has_prefix (path, PKGDATADIR));
  g_assert_true (g_str_has_suffix (path, "/content.sqlite3"));

  g_unsetenv ("CRABWISE_CONTENT_DB");
  g_clear_pointer (&path, g_free);
  path = cw_paths_get_content_db ();
  g_assert_true (g_str_has_prefix (path, PKGDATADIR));
}

static void
test_user_data_dir (void)
{
  g_autofree char *path = cw_paths_get_user_data_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), APP_ID, NULL);

  /* With isolated directories this is a temporary folder, never the user's own. */
  g_assert_cmpstr (path, ==, expected);
  g_assert_false (g_str_has_prefix (path, g_get_home_dir ()) &&
                  !g_str_has_prefix (g_get_user_data_dir (), g_get_tmp_dir ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/paths/content-db/override", test_content_db_override);
  g_test_add_func ("/paths/content-db/default", test_content_db_default);
  g_test_add_func ("/paths/user-data-dir", test_user_data_dir);

  return g_test_run ();
}
