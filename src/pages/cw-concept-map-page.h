/* cw-concept-map-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-store.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_CONCEPT_MAP_PAGE (cw_concept_map_page_get_type ())
G_DECLARE_FINAL_TYPE (CwConceptMapPage, cw_concept_map_page, CW, CONCEPT_MAP_PAGE, GtkWidget)

GtkWidget *cw_concept_map_page_new (CwContentStore  *store,
                                    CwProgressStore *progress);

G_END_DECLS
