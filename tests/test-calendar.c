/* test-calendar.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-calendar.h"

/* Pure functions of a time and a time zone: no database, no clock. */

/* 2024-03-01T12:00:00Z */
#define T0        G_GINT64_CONSTANT (1709294400000000)
#define SECOND    G_GINT64_CONSTANT (1000000)
#define MINUTE    (60 * SECOND)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)
/* 10000-01-01T00:00:00Z: beyond what GDateTime holds. */
#define YEAR_10000 G_GINT64_CONSTANT (253402300800000000)

static GTimeZone *
zone (const char *identifier)
{
  GTimeZone *tz = g_time_zone_new_identifier (identifier);

  if (tz == NULL)
    g_test_skip_printf ("No time zone data for %s", identifier);
  return tz;
}

static void
test_floor_div (void)
{
  g_assert_cmpint (cw_calendar_floor_div (7, 2), ==, 3);
  g_assert_cmpint (cw_calendar_floor_div (-7, 2), ==, -4);
  g_assert_cmpint (cw_calendar_floor_div (-6, 2), ==, -3);
  g_assert_cmpint (cw_calendar_floor_div (0, 5), ==, 0);
  g_assert_cmpint (cw_calendar_floor_div (-1, CW_CALENDAR_USEC_PER_DAY), ==, -1);
  g_assert_cmpint (cw_calendar_floor_div (G_MAXINT64, 1), ==, G_MAXINT64);
}

static void
test_date_time (void)
{
  g_autoptr(GTimeZone) tokyo = zone ("Asia/Tokyo");
  g_autoptr(GDateTime) dt = NULL;
  static const gint64 times[] = { -1, 0, 1, T0 + 123456, -DAY - 1 };
  gsize i;

  /* To the microsecond, before the epoch too. */
  dt = cw_calendar_date_time (-1, NULL);
  g_assert_cmpint (g_date_time_get_year (dt), ==, 1969);
  g_assert_cmpint (g_date_time_get_second (dt), ==, 59);
  g_assert_cmpint (g_date_time_get_microsecond (dt), ==, 999999);
  g_assert_cmpint (g_date_time_get_utc_offset (dt), ==, 0);
  g_clear_pointer (&dt, g_date_time_unref);

  for (i = 0; i < G_N_ELEMENTS (times); i++)
    {
      dt = cw_calendar_date_time (times[i], NULL);
      g_assert_cmpint (cw_calendar_usec (dt), ==, times[i]);
      g_clear_pointer (&dt, g_date_time_unref);
    }

  /* In a zone: the same moment, the zone's wall clock. */
  if (tokyo != NULL)
    {
      dt = cw_calendar_date_time (T0 + 1, tokyo);
      g_assert_cmpint (g_date_time_get_hour (dt), ==, 21);
      g_assert_cmpint (g_date_time_get_utc_offset (dt), ==, 9 * HOUR);
      g_assert_cmpint (cw_calendar_usec (dt), ==, T0 + 1);
      g_clear_pointer (&dt, g_date_time_unref);
    }

  /* Beyond the year 9999: nothing. */
  g_assert_null (cw_calendar_date_time (YEAR_10000, NULL));
  g_assert_null (cw_calendar_date_time (G_MAXINT64, NULL));
}

static void
test_day (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) tokyo = zone ("Asia/Tokyo");
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GTimeZone) kathmandu = zone ("Asia/Kathmandu");

  g_assert_cmpint (cw_calendar_day (0, NULL), ==, 0);
  g_assert_cmpint (cw_calendar_day (-1, NULL), ==, -1);
  g_assert_cmpint (cw_calendar_day (T0, NULL), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0, utc), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0 + 12 * HOUR - 1, utc), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0 + 12 * HOUR, utc), ==, 19784);

  if (tokyo == NULL || new_york == NULL || kathmandu == NULL)
    return;

  /* Tokyo (+09:00): 21:00 on 1 March; 00:00 on the 2nd three hours later. */
  g_assert_cmpint (cw_calendar_day (T0, tokyo), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0 + 3 * HOUR, tokyo), ==, 19784);
  /* New York (-05:00): 07:00 on 1 March; the last microsecond of 29 February before that. */
  g_assert_cmpint (cw_calendar_day (T0, new_york), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0 - 7 * HOUR - 1, new_york), ==, 19782);
  /* Kathmandu (+05:45): a day that starts at a quarter past the hour (UTC). */
  g_assert_cmpint (cw_calendar_day (T0 + 6 * HOUR + 15 * MINUTE - 1, kathmandu), ==, 19783);
  g_assert_cmpint (cw_calendar_day (T0 + 6 * HOUR + 15 * MINUTE, kathmandu), ==, 19784);

  /* Beyond what GDateTime holds: 24-hour days in UTC. */
  g_assert_cmpint (cw_calendar_day (YEAR_10000, tokyo), ==, YEAR_10000 / DAY);
}

static void
test_start_of_next_day (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");

  g_assert_cmpint (cw_calendar_start_of_next_day (T0, NULL), ==, T0 + 12 * HOUR);
  g_assert_cmpint (cw_calendar_start_of_next_day (T0, utc), ==, T0 + 12 * HOUR);
  g_assert_cmpint (cw_calendar_start_of_next_day (T0 + 12 * HOUR - 1, utc), ==, T0 + 12 * HOUR);
  g_assert_cmpint (cw_calendar_start_of_next_day (T0 + 12 * HOUR, utc), ==, T0 + 36 * HOUR);
  g_assert_cmpint (cw_calendar_start_of_next_day (YEAR_10000, utc), ==, YEAR_10000 + DAY);

  if (new_york == NULL)
    return;

  /* 22:00 and 23:59 EST on Saturday 9 March 2024: the 10th starts at 00:00 EST (05:00 UTC). */
  g_assert_cmpint (cw_calendar_start_of_next_day (G_GINT64_CONSTANT (1710039600) * SECOND,
                                                  new_york), ==,
                   G_GINT64_CONSTANT (1710046800) * SECOND);
  g_assert_cmpint (cw_calendar_start_of_next_day (G_GINT64_CONSTANT (1710046740) * SECOND,
                                                  new_york), ==,
                   G_GINT64_CONSTANT (1710046800) * SECOND);
  /* The 10th has 23 hours: the 11th starts at 00:00 EDT (04:00 UTC). */
  g_assert_cmpint (cw_calendar_start_of_next_day (G_GINT64_CONSTANT (1710086400) * SECOND,
                                                  new_york), ==,
                   G_GINT64_CONSTANT (1710129600) * SECOND);
}

static void
test_add_days (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  gint64 saturday = G_GINT64_CONSTANT (1710039600) * SECOND;   /* 22:00 EST, 9 March 2024 */

  g_assert_cmpint (cw_calendar_add_days (T0, 1, NULL), ==, T0 + DAY);
  g_assert_cmpint (cw_calendar_add_days (T0, 16, NULL), ==, T0 + 16 * DAY);
  g_assert_cmpint (cw_calendar_add_days (T0, -1, NULL), ==, T0 - DAY);
  g_assert_cmpint (cw_calendar_add_days (T0 + 7, 0, NULL), ==, T0 + 7);
  g_assert_cmpint (cw_calendar_add_days (YEAR_10000, 2, NULL), ==, YEAR_10000 + 2 * DAY);

  if (new_york == NULL)
    return;

  /* The same wall-clock time: 22:00 EDT on the 10th is 23 hours later, and back again. */
  g_assert_cmpint (cw_calendar_add_days (saturday, 1, new_york), ==, saturday + 23 * HOUR);
  g_assert_cmpint (cw_calendar_add_days (saturday + 23 * HOUR, -1, new_york), ==, saturday);
  g_assert_cmpint (cw_calendar_add_days (saturday, 2, new_york), ==, saturday + 47 * HOUR);
}

static void
test_streak (void)
{
  CwStreak streak;

  /* Nothing: no streak. */
  cw_calendar_streak_init (&streak, 100);
  g_assert_cmpuint (streak.days, ==, 0);

  /* Today, again today, yesterday; then a gap ends it. */
  g_assert_true (cw_calendar_streak_add (&streak, 100));
  g_assert_true (cw_calendar_streak_add (&streak, 100));
  g_assert_cmpuint (streak.days, ==, 1);
  g_assert_true (cw_calendar_streak_add (&streak, 99));
  g_assert_true (cw_calendar_streak_add (&streak, 98));
  g_assert_false (cw_calendar_streak_add (&streak, 96));
  g_assert_cmpuint (streak.days, ==, 3);

  /* Nothing yet today: the streak still counts up to yesterday. */
  cw_calendar_streak_init (&streak, 100);
  g_assert_true (cw_calendar_streak_add (&streak, 99));
  g_assert_true (cw_calendar_streak_add (&streak, 98));
  g_assert_cmpuint (streak.days, ==, 2);

  /* A day missed before yesterday: none. */
  cw_calendar_streak_init (&streak, 100);
  g_assert_false (cw_calendar_streak_add (&streak, 98));
  g_assert_cmpuint (streak.days, ==, 0);

  /* Days before 1970 count like any other. */
  cw_calendar_streak_init (&streak, -1);
  g_assert_true (cw_calendar_streak_add (&streak, -1));
  g_assert_true (cw_calendar_streak_add (&streak, -2));
  g_assert_cmpuint (streak.days, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/floor-div", test_floor_div);
  g_test_add_func ("/calendar/date-time", test_date_time);
  g_test_add_func ("/calendar/day", test_day);
  g_test_add_func ("/calendar/start-of-next-day", test_start_of_next_day);
  g_test_add_func ("/calendar/add-days", test_add_days);
  g_test_add_func ("/calendar/streak", test_streak);

  return g_test_run ();
}
