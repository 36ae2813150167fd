/* test-progress-read.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-store.h"
#include "progress-test-utils.h"

/*
 * Reads that compute: the streak, in several time zones.
 */

static void
add_activity (CwProgressStore *store,
              TestClock       *clock,
              gint64           when)
{
  g_autoptr(GError) error = NULL;
  gint64 saved = clock->now;

  clock->now = when;
  g_assert_true (cw_progress_store_add_fib_run (store, 10, "iterative", 100, "55", &error));
  g_assert_no_error (error);
  clock->now = saved;
}

static void
test_streak_days (void)
{
  g_autofree char *dir = data_dir_new ();
  TestClock clock = { T0 };
  CwProgressStore *store = store_open (dir, &clock);

  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);

  /* Today only. */
  add_activity (store, &clock, T0);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* Yesterday, the day before and (after a gap) five days ago. */
  add_activity (store, &clock, T0 - DAY);
  add_activity (store, &clock, T0 - 2 * DAY + 11 * HOUR);     /* 23:00 */
  add_activity (store, &clock, T0 - 2 * DAY - 12 * HOUR);     /* 00:00 */
  add_activity (store, &clock, T0 - 5 * DAY);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 3);

  /* Tomorrow, before anything is done: the streak still counts up to yesterday. */
  clock.now = T0 + DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 3);
  add_activity (store, &clock, clock.now);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 4);

  /* A day missed ends it. */
  clock.now = T0 + 3 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);

  /* A clock set back does not count activity "from the future". */
  clock.now = T0 - 3 * DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 0);
  clock.now = T0 - DAY;
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  store_close (store);
}

static void
test_streak_time_zones (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) kathmandu = g_time_zone_new_identifier ("Asia/Kathmandu");
  TestClock clock = { 0 };
  CwProgressStore *store;

  if (tokyo == NULL || new_york == NULL || kathmandu == NULL)
    {
      g_test_skip ("No time zone data");
      return;
    }

  store = store_open (dir, &clock);

  /* Activity at 23:30 UTC on 1 March and 10:00 UTC on 2 March; now 12:00 UTC on 2 March. */
  add_activity (store, &clock, T0 + 11 * HOUR + 30 * MINUTE);
  add_activity (store, &clock, T0 + DAY - 2 * HOUR);
  clock.now = T0 + DAY;

  /* UTC: 1 and 2 March — two days. */
  cw_progress_store_set_timezone (store, utc);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* Tokyo (+09:00): 08:30 and 19:00 on 2 March, now 21:00 — one day. */
  cw_progress_store_set_timezone (store, tokyo);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* New York (-05:00): 18:30 on 1 March and 05:00 on 2 March — two days. */
  cw_progress_store_set_timezone (store, new_york);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* Kathmandu (+05:45): 05:15 and 15:45 on 2 March — one day. */
  cw_progress_store_set_timezone (store, kathmandu);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);

  /* Just after midnight in Tokyo on 3 March (15:05 UTC on 2 March): yesterday counts. */
  clock.now = T0 + DAY + 3 * HOUR + 5 * MINUTE;
  cw_progress_store_set_timezone (store, tokyo);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 1);
  cw_progress_store_set_timezone (store, utc);
  g_assert_cmpuint (cw_progress_store_get_streak (store), ==, 2);

  /* NULL goes back to local time; whatever that is here, it must not crash. */
  cw_progress_store_set_timezone (store, NULL);
  g_assert_cmpuint (cw_progress_store_get_streak (store), <=, 2);

  store_close (store);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress-read/streak/days", test_streak_days);
  g_test_add_func ("/progress-read/streak/time-zones", test_streak_time_zones);

  return g_test_run ();
}
