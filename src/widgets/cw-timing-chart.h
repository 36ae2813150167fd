/* cw-timing-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CW_TYPE_TIMING_CHART (cw_timing_chart_get_type ())
G_DECLARE_FINAL_TYPE (CwTimingChart, cw_timing_chart, CW, TIMING_CHART, GtkWidget)

#define CW_TIMING_CHART_N_SERIES 2

GtkWidget *cw_timing_chart_new              (void);
void       cw_timing_chart_clear            (CwTimingChart *self);
void       cw_timing_chart_set_series_label (CwTimingChart *self,
                                             guint          series,
                                             const char    *label);
void       cw_timing_chart_add_point        (CwTimingChart *self,
                                             guint          series,
                                             guint          n,
                                             guint64        ns);

G_END_DECLS
