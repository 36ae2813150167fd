/* cw-calendar.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Calendar days in a time zone, for the review schedule and the streak: pure functions of
 * a time (Unix time in microseconds, as the progress store keeps it) and a GTimeZone (NULL
 * for UTC). Days follow the zone's calendar, so a day with a daylight saving change is 23
 * or 25 hours long. Times GDateTime cannot hold (outside the years 1 to 9999) fall back to
 * plain 24-hour days in UTC.
 */

#define CW_CALENDAR_USEC_PER_DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

/* Division rounding toward minus infinity (C's rounds toward zero); @b > 0. */
gint64     cw_calendar_floor_div          (gint64      a,
                                           gint64      b);
/* @usec as a date in @tz (transfer full), or NULL when GDateTime cannot hold it. */
GDateTime *cw_calendar_date_time          (gint64      usec,
                                           GTimeZone  *tz);
gint64     cw_calendar_usec               (GDateTime  *dt);
/* The calendar day @usec falls on in @tz, counted from 1970-01-01 (0). */
gint64     cw_calendar_day                (gint64      usec,
                                           GTimeZone  *tz);
/* The first microsecond of the day after the one @usec falls on, in @tz. */
gint64     cw_calendar_start_of_next_day  (gint64      usec,
                                           GTimeZone  *tz);
/* The same wall-clock time @days calendar days after @usec, in @tz. */
gint64     cw_calendar_add_days           (gint64      usec,
                                           int         days,
                                           GTimeZone  *tz);

/*
 * A streak: the number of consecutive days with activity that ends today, or yesterday
 * when there is none yet today. Feed it the days with activity, newest first (repeats are
 * fine), until cw_calendar_streak_add() returns FALSE: nothing older can count then.
 */
typedef struct
{
  gint64 today;
  gint64 last;   /* the oldest day counted so far */
  guint  days;
} CwStreak;

void       cw_calendar_streak_init        (CwStreak   *streak,
                                           gint64      today);
gboolean   cw_calendar_streak_add         (CwStreak   *streak,
                                           gint64      day);

G_END_DECLS
