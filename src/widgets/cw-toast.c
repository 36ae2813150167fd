/* cw-toast.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-toast"

#include "config.h"

#include "cw-toast.h"

/*
 * Toasts from pages and widgets: each shows in the nearest AdwToastOverlay above it, the one
 * of the window or dialog it sits in, so no page needs to know which window holds it. A toast
 * with an action names it from there too (win.… resolves from the overlay up).
 */

/**
 * cw_widget_add_toast:
 * @widget: the widget the toast is about
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the nearest toast overlay above @widget. Returns %FALSE, with a warning,
 * when there is none (the widget is not in a window with an overlay): a lost toast is a bug,
 * not something to drop in silence.
 */
gboolean
cw_widget_add_toast (GtkWidget *widget,
                     AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkWidget          *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_warning ("No toast overlay above %s for “%s”",
                 G_OBJECT_TYPE_NAME (widget), adw_toast_get_title (toast));
      return FALSE;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_steal_pointer (&owned));

  return TRUE;
}

gboolean
cw_widget_add_toast_text (GtkWidget  *widget,
                          const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return cw_widget_add_toast (widget, adw_toast_new (text));
}
