/* cw-accessible.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-accessible"

#include "config.h"

#include "cw-accessible.h"

/*
 * Accessibility that GTK 4.8 and libadwaita 1.2 do not give by themselves.
 *
 * A GtkButton with a mnemonic label ("_Run") is named twice in GTK 4.8: by the accessible
 * label GtkButton sets from its raw label text, and by the label that the mnemonic ties to
 * it (labelled-by), so screen readers hear "_Run Run". cw_accessible_name_by_mnemonic() drops
 * the first, leaving the name the learner sees.
 */

void
cw_accessible_name_by_mnemonic (GtkWidget *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (gtk_button_get_use_underline (GTK_BUTTON (button)));

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}
