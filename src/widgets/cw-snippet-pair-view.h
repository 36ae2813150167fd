/* cw-snippet-pair-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-types.h"

G_BEGIN_DECLS

#define CW_TYPE_SNIPPET_PAIR_VIEW (cw_snippet_pair_view_get_type ())
G_DECLARE_FINAL_TYPE (CwSnippetPairView, cw_snippet_pair_view, CW, SNIPPET_PAIR_VIEW, GtkWidget)

GtkWidget     *cw_snippet_pair_view_new      (CwSnippetPair     *pair,
                                               GSettings         *settings);
CwSnippetPair *cw_snippet_pair_view_get_pair (CwSnippetPairView *self);

G_END_DECLS
