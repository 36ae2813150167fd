/* bench-frames.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The longest gap between two frames of a widget's frame clock, while counting. */
typedef struct
{
  gint64 last;
  gint64 max_gap;
  guint  frames;
} BenchGaps;

gboolean bench_gaps_on_tick     (GtkWidget     *widget,
                                 GdkFrameClock *clock,
                                 gpointer       data);
int      bench_compare_gint64   (gconstpointer  a,
                                 gconstpointer  b);

G_END_DECLS
