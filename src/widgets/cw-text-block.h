/* cw-text-block.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *cw_text_block_new (const char *caption,
                              const char *text,
                              const char *css_class);

G_END_DECLS
