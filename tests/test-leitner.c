/* test-leitner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-leitner.h"

/* The review schedule as pure functions: no database, no clock. */

/* 2024-03-01T12:00:00Z */
#define T0        G_GINT64_CONSTANT (1709294400000000)
#define SECOND    G_GINT64_CONSTANT (1000000)
#define MINUTE    (60 * SECOND)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)

static void
test_intervals (void)
{
  static const int days[] = { 1, 2, 4, 8, 16 };
  int box;

  g_assert_cmpint (CW_LEITNER_N_BOXES, ==, G_N_ELEMENTS (days));
  for (box = 1; box <= CW_LEITNER_N_BOXES; box++)
    g_assert_cmpint (cw_leitner_interval (box), ==, days[box - 1]);

  /* Out of range: the nearest box. */
  g_assert_cmpint (cw_leitner_interval (0), ==, 1);
  g_assert_cmpint (cw_leitner_interval (-3), ==, 1);
  g_assert_cmpint (cw_leitner_interval (6), ==, 16);
  g_assert_cmpint (cw_leitner_interval (G_MAXINT), ==, 16);
}

static void
test_next_box (void)
{
  int box;

  /* Up one box for a correct review, at most the last; back to box 1 for a wrong one. */
  for (box = 1; box <= CW_LEITNER_N_BOXES; box++)
    {
      g_assert_cmpint (cw_leitner_next_box (box, TRUE), ==, MIN (box + 1, CW_LEITNER_N_BOXES));
      g_assert_cmpint (cw_leitner_next_box (box, FALSE), ==, 1);
    }
}

static void
test_due (void)
{
  static const int intervals[] = { 1, 2, 4, 8, 16, 16 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 now = T0;
  int box = 1;
  gsize i;

  /* Learned: box 1, due tomorrow at the same time — not today, but from midnight on. */
  g_assert_cmpint (cw_leitner_due_at (T0, 1, utc), ==, T0 + DAY);
  g_assert_cmpint (cw_leitner_due_at (T0, 1, NULL), ==, T0 + DAY);
  g_assert_cmpint (cw_leitner_due_at (T0, 1, utc), >=,
                   cw_leitner_due_before (T0 + 11 * HOUR + 59 * MINUTE, utc));
  g_assert_cmpint (cw_leitner_due_at (T0, 1, utc), <, cw_leitner_due_before (T0 + 12 * HOUR, utc));

  /* Correct every time: 1, 2, 4, 8, 16 days, and 16 stays 16; each due on its day. */
  for (i = 0; i < G_N_ELEMENTS (intervals) - 1; i++)
    {
      gint64 due;

      box = cw_leitner_next_box (box, TRUE);
      due = cw_leitner_due_at (now, box, utc);
      g_assert_cmpint (due, ==, now + intervals[i + 1] * DAY);
      g_assert_cmpint (due, >=, cw_leitner_due_before (now + (intervals[i + 1] - 1) * DAY, utc));
      g_assert_cmpint (due, <, cw_leitner_due_before (now + intervals[i + 1] * DAY, utc));
      now = due;
    }
  g_assert_cmpint (box, ==, CW_LEITNER_N_BOXES);

  /* Wrong: back to box 1, due tomorrow. */
  box = cw_leitner_next_box (box, FALSE);
  g_assert_cmpint (cw_leitner_due_at (now, box, utc), ==, now + DAY);
}

static void
test_due_time_zone (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  gint64 learned = G_GINT64_CONSTANT (1710039600) * SECOND;   /* 2024-03-10T03:00:00Z */

  if (new_york == NULL)
    {
      g_test_skip ("No time zone data for America/New_York");
      return;
    }

  /* Learned at 22:00 on Saturday 9 March 2024 in New York; the clocks go forward that
   * night, so the 10th has 23 hours. Due on the 10th there — from 00:00 EST, which is 05:00
   * UTC — at 22:00 EDT, 23 hours later. */
  g_assert_cmpint (cw_leitner_due_at (learned, 1, new_york), ==, learned + 23 * HOUR);
  g_assert_cmpint (cw_leitner_due_before (G_GINT64_CONSTANT (1710046740) * SECOND, new_york),
                   <=, learned + 23 * HOUR);
  g_assert_cmpint (cw_leitner_due_before (G_GINT64_CONSTANT (1710046800) * SECOND, new_york),
                   >, learned + 23 * HOUR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/leitner/intervals", test_intervals);
  g_test_add_func ("/leitner/next-box", test_next_box);
  g_test_add_func ("/leitner/due", test_due);
  g_test_add_func ("/leitner/due-time-zone", test_due_time_zone);

  return g_test_run ();
}
