/* cw-scroll-through.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cw_scroll_through (GtkScrolledWindow *inner);

G_END_DECLS
