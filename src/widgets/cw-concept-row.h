/* cw-concept-row.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-types.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_CONCEPT_ROW (cw_concept_row_get_type ())
G_DECLARE_FINAL_TYPE (CwConceptRow, cw_concept_row, CW, CONCEPT_ROW, GtkWidget)

GtkWidget     *cw_concept_row_new         (CwConcept     *concept);
GtkWidget     *cw_concept_row_new_header  (GtkWidget     *columns[]);
CwConcept     *cw_concept_row_get_concept (CwConceptRow  *self);
void           cw_concept_row_set_state   (CwConceptRow  *self,
                                           CwLessonState  state);
CwLessonState  cw_concept_row_get_state   (CwConceptRow  *self);
const char    *cw_concept_state_to_text   (CwLessonState  state);

G_END_DECLS
