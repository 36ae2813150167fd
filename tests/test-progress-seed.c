/* test-progress-seed.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * The learner's seed for the order of a question's choices: chosen once, kept in the
 * progress file, the same after a restart, new after a reset.
 */

static void
test_seed_kept (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  sqlite3 *db;
  guint32 seed;

  seed = cw_progress_store_get_choice_seed (store);
  g_assert_cmpuint (cw_progress_store_get_choice_seed (store), ==, seed);
  store_close (store);

  db = db_open (path);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM meta WHERE key = 'choice_seed'"
                                     " AND typeof (value) = 'integer'"), ==, 1);
  g_assert_cmpint ((guint32) db_query_int (db, "SELECT value FROM meta WHERE key = 'choice_seed'"),
                   ==, seed);
  sqlite3_close (db);

  store = store_open (dir, &clock);
  g_assert_cmpuint (cw_progress_store_get_choice_seed (store), ==, seed);
  store_close (store);
}

/* A value that is not a number is replaced once, then kept. */
static void
test_seed_damaged (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  sqlite3 *db;
  guint32 seed;

  cw_progress_store_get_choice_seed (store);
  store_close (store);
  db = db_open (path);
  db_exec (db, "UPDATE meta SET value = 'not a number' WHERE key = 'choice_seed'");
  sqlite3_close (db);

  store = store_open (dir, &clock);
  seed = cw_progress_store_get_choice_seed (store);
  g_assert_cmpuint (cw_progress_store_get_choice_seed (store), ==, seed);
  store_close (store);

  db = db_open (path);
  g_assert_cmpint ((guint32) db_query_int (db, "SELECT value FROM meta WHERE key = 'choice_seed'"),
                   ==, seed);
  sqlite3_close (db);
}

/* A reset forgets the learner: the seed is chosen again and kept again. */
static void
test_seed_after_reset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = data_dir_new ();
  g_autofree char *path = progress_path (dir);
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);
  sqlite3 *db;
  guint32 seed;

  cw_progress_store_get_choice_seed (store);
  g_assert_true (cw_progress_store_reset (store, &error));
  g_assert_no_error (error);

  db = db_open (path);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM meta WHERE key = 'choice_seed'"), ==, 0);
  sqlite3_close (db);

  seed = cw_progress_store_get_choice_seed (store);
  g_assert_cmpuint (cw_progress_store_get_choice_seed (store), ==, seed);
  store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress/seed/kept", test_seed_kept);
  g_test_add_func ("/progress/seed/damaged", test_seed_damaged);
  g_test_add_func ("/progress/seed/after-reset", test_seed_after_reset);

  return g_test_run ();
}
