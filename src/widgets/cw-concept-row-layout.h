/* cw-concept-row-layout.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CW_TYPE_CONCEPT_ROW_LAYOUT (cw_concept_row_layout_get_type ())
G_DECLARE_FINAL_TYPE (CwConceptRowLayout, cw_concept_row_layout, CW, CONCEPT_ROW_LAYOUT,
                      GtkLayoutManager)

/* The columns of the concept map, in order. */
#define CW_CONCEPT_N_COLUMNS 5

/* At least this wide, a row is a table row; narrower, it is a card. */
#define CW_CONCEPT_TABLE_MIN_WIDTH 720

GtkLayoutManager *cw_concept_row_layout_new              (gboolean          header);
gboolean          cw_concept_row_layout_is_table_width   (int               width);
gboolean          cw_concept_row_layout_get_table        (CwConceptRowLayout *self);

G_END_DECLS
