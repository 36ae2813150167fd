/* cw-prose-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CW_TYPE_PROSE_VIEW (cw_prose_view_get_type ())
G_DECLARE_FINAL_TYPE (CwProseView, cw_prose_view, CW, PROSE_VIEW, GtkWidget)

GtkWidget *cw_prose_view_new           (GListModel *blocks,
                                        GSettings  *settings);
GtkWidget *cw_prose_label_new          (const char *markup,
                                        const char *css_class);
gboolean   cw_prose_view_activate_link (GtkLabel   *label,
                                        const char *uri,
                                        gpointer    user_data);

G_END_DECLS
