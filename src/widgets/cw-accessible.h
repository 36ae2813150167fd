/* cw-accessible.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cw_accessible_name_by_mnemonic   (GtkWidget   *button);

G_END_DECLS
