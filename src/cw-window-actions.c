/* cw-window-actions.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-search-page.h"
#include "cw-window-private.h"

/*
 * The window's actions (win.*) and their keys. Buttons, menus, toasts and pages name
 * these; none of them calls into the window.
 */

static void
cw_window_back_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
cw_window_go_back_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  cw_window_history_go (CW_WINDOW (widget), -1);
}

static void
cw_window_go_forward_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  cw_window_history_go (CW_WINDOW (widget), 1);
}

static void
cw_window_show_section_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  if (cw_window_show_section (self, g_variant_get_string (parameter, NULL)))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
cw_window_open_lesson_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  cw_window_open_lesson (CW_WINDOW (widget), g_variant_get_string (parameter, NULL), 0);
}

static void
cw_window_open_lesson_pair_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  const char *id;
  guint       position;

  g_variant_get (parameter, "(&su)", &id, &position);
  cw_window_open_lesson (CW_WINDOW (widget), id, position);
}

/* The Undo of "Lesson marked as learned": a window action, so that it resolves from the
 * window's toast overlay, where the toast is shown. */
static void
cw_window_set_lesson_learned_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  CwWindow         *self = CW_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char       *id;
  gboolean          learned;

  if (self->progress == NULL)
    return;

  g_variant_get (parameter, "(&sb)", &id, &learned);
  if (!cw_progress_store_set_learned (self->progress, id, learned, &error))
    cw_window_add_toast (self, adw_toast_new (error->message));
}

static void
cw_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CwWindow   *self = CW_WINDOW (widget);
  const char *current = cw_window_get_section (self);
  GtkWidget  *search = cw_window_ensure_section (self, CW_SECTION_SEARCH);

  if (search == NULL)
    return;

  if (g_strcmp0 (current, cw_sections[CW_SECTION_SEARCH].name) != 0)
    {
      g_free (self->section_before_search);
      self->section_before_search = g_strdup (current);
    }

  gtk_stack_set_visible_child (self->stack, search);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  cw_search_page_focus_entry (CW_SEARCH_PAGE (search));
}

static void
cw_window_close_search_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  if (g_strcmp0 (cw_window_get_section (self), cw_sections[CW_SECTION_SEARCH].name) != 0)
    return;

  if (self->section_before_search == NULL ||
      !cw_window_show_section (self, self->section_before_search))
    cw_window_show_section (self, cw_sections[0].name);
}

static void
cw_window_show_save_problem_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  cw_window_show_save_problem (CW_WINDOW (widget));
}

void
cw_window_class_actions_init (CwWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  guint           i;

  gtk_widget_class_install_action (widget_class, "win.back", NULL, cw_window_back_action);
  /* Through the places seen (cw-window-history.c); Alt+Left/Right are set in cw-application.c. */
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, cw_window_go_back_action);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, cw_window_go_forward_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s",
                                   cw_window_show_section_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", "s",
                                   cw_window_open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson-pair", "(su)",
                                   cw_window_open_lesson_pair_action);
  gtk_widget_class_install_action (widget_class, "win.set-lesson-learned", "(sb)",
                                   cw_window_set_lesson_learned_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, cw_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-save-problem", NULL,
                                   cw_window_show_save_problem_action);
  gtk_widget_class_install_action (widget_class, "win.close-search", NULL,
                                   cw_window_close_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  for (i = 0; i < CW_N_SIDEBAR_SECTIONS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s", cw_sections[i].name);
}
