/* cw-snippet-pair-view-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-snippet-pair-view.h"

G_BEGIN_DECLS

/* For the tests: the line links as a learner sees them. */
GArray    *cw_snippet_pair_view_get_lit_lines  (CwSnippetPairView *self,
                                                CwSide             side);
GtkWidget *cw_snippet_pair_view_get_code_view  (CwSnippetPairView *self,
                                                CwSide             side);
void       cw_snippet_pair_view_point_at_line  (CwSnippetPairView *self,
                                                CwSide             side,
                                                guint              line);

gboolean   cw_snippet_pair_view_is_stacked     (CwSnippetPairView *self);

G_END_DECLS
