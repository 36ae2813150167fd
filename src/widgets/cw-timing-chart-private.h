/* cw-timing-chart-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-timing-chart.h"

G_BEGIN_DECLS

/* For the tests, not for other parts of the application. */
guint      cw_timing_chart_get_n_points     (CwTimingChart *self,
                                             guint          series);

G_END_DECLS
