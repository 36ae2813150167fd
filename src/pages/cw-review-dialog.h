/* cw-review-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cw-content-store.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_REVIEW_DIALOG (cw_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwReviewDialog, cw_review_dialog, CW, REVIEW_DIALOG, AdwWindow)

GtkWidget *cw_review_dialog_new (CwContentStore     *content,
                                 CwProgressStore    *progress,
                                 GSettings          *settings,
                                 const char * const *due);

G_END_DECLS
