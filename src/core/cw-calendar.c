/* cw-calendar.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-calendar"

#include "config.h"

#include "cw-calendar.h"

gint64
cw_calendar_floor_div (gint64 a,
                       gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;

  return q;
}

/* GLib 2.74 has no g_date_time_new_from_unix_utc_usec(). */
GDateTime *
cw_calendar_date_time (gint64     usec,
                       GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  gint64 seconds = cw_calendar_floor_div (usec, G_USEC_PER_SEC);

  utc = g_date_time_new_from_unix_utc (seconds);
  if (utc == NULL)
    return NULL;

  exact = g_date_time_add (utc, usec - seconds * G_USEC_PER_SEC);
  if (exact == NULL)
    return NULL;

  return tz != NULL ? g_date_time_to_timezone (exact, tz) : g_date_time_ref (exact);
}

gint64
cw_calendar_usec (GDateTime *dt)
{
  g_return_val_if_fail (dt != NULL, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

gint64
cw_calendar_day (gint64     usec,
                 GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = cw_calendar_date_time (usec, tz);

  if (dt == NULL)
    return cw_calendar_floor_div (usec, CW_CALENDAR_USEC_PER_DAY);

  return cw_calendar_floor_div (g_date_time_to_unix (dt) +
                                g_date_time_get_utc_offset (dt) / G_USEC_PER_SEC, 86400);
}

gint64
cw_calendar_start_of_next_day (gint64     usec,
                               GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = cw_calendar_date_time (usec, tz);
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;
  int year, month, day;

  if (dt == NULL)
    return usec + CW_CALENDAR_USEC_PER_DAY;

  if (tz == NULL)
    tz = utc = g_time_zone_new_utc ();
  g_date_time_get_ymd (dt, &year, &month, &day);
  midnight = g_date_time_new (tz, year, month, day, 0, 0, 0);
  next = midnight != NULL ? g_date_time_add_days (midnight, 1) : NULL;
  if (next == NULL)
    return usec + CW_CALENDAR_USEC_PER_DAY;

  return cw_calendar_usec (next);
}

gint64
cw_calendar_add_days (gint64     usec,
                      int        days,
                      GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = cw_calendar_date_time (usec, tz);
  g_autoptr(GDateTime) later = dt != NULL ? g_date_time_add_days (dt, days) : NULL;

  if (later == NULL)
    return usec + days * CW_CALENDAR_USEC_PER_DAY;

  return cw_calendar_usec (later);
}

void
cw_calendar_streak_init (CwStreak *streak,
                         gint64    today)
{
  g_return_if_fail (streak != NULL);

  streak->today = today;
  streak->last = 0;
  streak->days = 0;
}

gboolean
cw_calendar_streak_add (CwStreak *streak,
                        gint64    day)
{
  g_return_val_if_fail (streak != NULL, FALSE);

  if (streak->days == 0)
    {
      if (day != streak->today && day != streak->today - 1)
        return FALSE;
    }
  else if (day == streak->last)
    return TRUE;
  else if (day != streak->last - 1)
    return FALSE;

  streak->days++;
  streak->last = day;

  return TRUE;
}
