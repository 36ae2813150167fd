/* cw-scroll-through.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-scroll-through"

#include "config.h"

#include <math.h>

#include "cw-scroll-through.h"

/*
 * A snippet scrolls sideways only; the page it sits in scrolls down. GTK 4.8's
 * GtkScrolledWindow takes every wheel event over it even when it cannot scroll that way,
 * so a reader's wheel stopped dead over each snippet. This sends the vertical part of a
 * scroll over @inner to the nearest scrolled window around it, and leaves sideways
 * scrolling (shift+wheel, a touchpad's horizontal swipe) to the snippet.
 */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           gpointer                  user_data)
{
  GtkWidget     *inner = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget     *outer = gtk_widget_get_parent (inner);
  GtkAdjustment *adjustment;
  double         step;

  if (fabs (dy) <= fabs (dx))
    return GDK_EVENT_PROPAGATE;

  if (outer != NULL)
    outer = gtk_widget_get_ancestor (outer, GTK_TYPE_SCROLLED_WINDOW);
  if (outer == NULL)
    return GDK_EVENT_PROPAGATE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (outer));
  /* A wheel's notch moves as far as GTK's own scrolled windows move it; a touchpad
   * reports pixels. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  else
    step = 1.0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);

  return GDK_EVENT_STOP;
}

/**
 * cw_scroll_through:
 * @inner: a scrolled window that scrolls only horizontally
 */
void
cw_scroll_through (GtkScrolledWindow *inner)
{
  GtkEventController *scroll;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (inner));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (scroll, "cw-scroll-through");
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), NULL);
  gtk_widget_add_controller (GTK_WIDGET (inner), scroll);
}
