/* cw-text-block.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-text-block"

#include "config.h"

#include "cw-scroll-through.h"
#include "cw-text-block.h"

/**
 * cw_text_block_new:
 * @caption: what the block is ("Output", "What the compiler says")
 * @text: a program's output or rustc's message, as it printed it
 * @css_class: "cw-output" or "cw-diagnostic"
 *
 * A caption over text a program printed. It keeps its columns — rustc's `^^^` stand
 * under the code they point at — so long lines scroll sideways instead of wrapping, and
 * it uses the code font at the code font's size (.cw-code), like the code beside it.
 */
GtkWidget *
cw_text_block_new (const char *caption,
                   const char *text,
                   const char *css_class)
{
  g_autofree char *trimmed = g_strchomp (g_strdup (text));
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *heading = gtk_label_new (caption);
  GtkWidget       *label = gtk_label_new (trimmed);
  GtkWidget       *scroller = gtk_scrolled_window_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "cw-code");

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  cw_scroll_through (GTK_SCROLLED_WINDOW (scroller));
  gtk_widget_add_css_class (scroller, css_class);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), scroller);

  return box;
}
