/* cw-leitner.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-leitner"

#include "config.h"

#include "cw-calendar.h"
#include "cw-leitner.h"

int
cw_leitner_interval (int box)
{
  return 1 << (CLAMP (box, 1, CW_LEITNER_N_BOXES) - 1);
}

int
cw_leitner_next_box (int      box,
                     gboolean correct)
{
  return correct ? MIN (box + 1, CW_LEITNER_N_BOXES) : 1;
}

gint64
cw_leitner_due_at (gint64     usec,
                   int        box,
                   GTimeZone *tz)
{
  return cw_calendar_add_days (usec, cw_leitner_interval (box), tz);
}

gint64
cw_leitner_due_before (gint64     now,
                       GTimeZone *tz)
{
  return cw_calendar_start_of_next_day (now, tz);
}
