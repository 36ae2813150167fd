/* cw-toast.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean cw_widget_add_toast      (GtkWidget  *widget,
                                   AdwToast   *toast);
gboolean cw_widget_add_toast_text (GtkWidget  *widget,
                                   const char *text);

G_END_DECLS
