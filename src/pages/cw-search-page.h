/* cw-search-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-store.h"

G_BEGIN_DECLS

#define CW_TYPE_SEARCH_PAGE (cw_search_page_get_type ())
G_DECLARE_FINAL_TYPE (CwSearchPage, cw_search_page, CW, SEARCH_PAGE, GtkWidget)

GtkWidget  *cw_search_page_new         (CwContentStore *store);
void        cw_search_page_focus_entry (CwSearchPage   *self);

G_END_DECLS
