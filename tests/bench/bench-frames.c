/* bench-frames.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-frames.h"

/* What the window-smoothness benchmarks (lab, practice) share: frame gaps and sorting. */

gboolean
bench_gaps_on_tick (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       data)
{
  BenchGaps *gaps = data;
  gint64     now = g_get_monotonic_time ();

  if (gaps->last != 0)
    gaps->max_gap = MAX (gaps->max_gap, now - gaps->last);
  gaps->last = now;
  gaps->frames++;

  return G_SOURCE_CONTINUE;
}

int
bench_compare_gint64 (gconstpointer a,
                      gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}
