/* cw-progress-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-store.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_PROGRESS_PAGE (cw_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (CwProgressPage, cw_progress_page, CW, PROGRESS_PAGE, GtkWidget)

GtkWidget  *cw_progress_page_new            (CwContentStore  *content,
                                             CwProgressStore *progress,
                                             GSettings       *settings,
                                             const GError    *unavailable);

G_END_DECLS
