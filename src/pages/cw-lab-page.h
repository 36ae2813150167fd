/* cw-lab-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-fib.h"

G_BEGIN_DECLS

#define CW_TYPE_LAB_PAGE (cw_lab_page_get_type ())
G_DECLARE_FINAL_TYPE (CwLabPage, cw_lab_page, CW, LAB_PAGE, GtkWidget)

GtkWidget  *cw_lab_page_new           (void);

G_END_DECLS
