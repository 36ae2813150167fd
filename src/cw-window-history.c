/* cw-window-history.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include "cw-lessons-page.h"
#include "cw-window-private.h"

/*
 * Where the learner has been in this window, for Back and Forward: a place is a section,
 * the lesson read there (if any) and how far it was scrolled. Every way of getting somewhere
 * (the sidebar, a link, a search hit, the lesson list) ends in the stack or the lessons page
 * changing, so the places are noted there, not in each of those ways.
 */

/* Enough to go back through an evening's reading; the oldest places go first. */
#define CW_HISTORY_MAX 100

static void
cw_place_clear (gpointer data)
{
  CwPlace *place = data;

  g_clear_pointer (&place->lesson_id, g_free);
}

static gboolean
cw_window_current_place (CwWindow *self,
                         CwPlace  *place)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);
  guint      i;

  if (child == NULL)
    return FALSE;

  for (i = 0; i < CW_N_SECTIONS; i++)
    if (self->pages[i] == child)
      {
        place->section = i;
        place->lesson_id = NULL;
        place->scroll = 0.0;
        if (i == CW_SECTION_LESSONS)
          place->lesson_id = g_strdup (cw_lessons_page_get_lesson_id (CW_LESSONS_PAGE (child)));
        return TRUE;
      }

  return FALSE;
}

static CwPlace *
cw_window_history_here (CwWindow *self)
{
  if (self->history->len == 0)
    return NULL;

  return &g_array_index (self->history, CwPlace, self->history_pos);
}

static void
cw_window_history_sync_actions (CwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", self->history_pos > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward",
                                 self->history_pos + 1 < self->history->len);
}

/* Called whenever the section or the lesson shown changes. A new place drops the places
 * ahead (as a browser does); going back and forth only moves along them. */
void
cw_window_history_note_place (CwWindow *self)
{
  CwPlace  place;
  CwPlace *here;

  if (self->navigating || !cw_window_current_place (self, &place))
    return;

  here = cw_window_history_here (self);
  if (here != NULL && here->section == place.section &&
      g_strcmp0 (here->lesson_id, place.lesson_id) == 0)
    {
      cw_place_clear (&place);
      return;
    }

  if (self->history->len > 0)
    g_array_set_size (self->history, self->history_pos + 1);
  if (self->history->len >= CW_HISTORY_MAX)
    g_array_remove_index (self->history, 0);
  g_array_append_val (self->history, place);
  self->history_pos = self->history->len - 1;
  cw_window_history_sync_actions (self);
}

/* The learner scrolled the lesson of this place: remember how far, for coming back. Not
 * while a lesson is being shown or restored: then the position is not theirs. */
static void
on_lesson_scrolled (CwWindow      *self,
                    GtkAdjustment *vadjustment)
{
  CwPlace      *here = cw_window_history_here (self);
  GtkWidget    *lessons = self->pages[CW_SECTION_LESSONS];
  CwLessonView *view;

  if (self->navigating || here == NULL || here->section != CW_SECTION_LESSONS || lessons == NULL)
    return;

  view = cw_lessons_page_get_lesson_view (CW_LESSONS_PAGE (lessons));
  if (cw_lesson_view_is_restoring (view) ||
      g_strcmp0 (cw_lessons_page_get_lesson_id (CW_LESSONS_PAGE (lessons)), here->lesson_id) != 0)
    return;

  here->scroll = gtk_adjustment_get_value (vadjustment);
}

static void
on_lessons_place_changed (CwWindow *self)
{
  cw_window_history_note_place (self);
  cw_window_update_title (self);
}

void
cw_window_history_watch_lessons (CwWindow  *self,
                                 GtkWidget *lessons)
{
  CwLessonView *view = cw_lessons_page_get_lesson_view (CW_LESSONS_PAGE (lessons));

  g_signal_connect_object (lessons, "notify::lesson-id", G_CALLBACK (on_lessons_place_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cw_lesson_view_get_vadjustment (view), "value-changed",
                           G_CALLBACK (on_lesson_scrolled), self, G_CONNECT_SWAPPED);
}

static void
cw_window_history_show (CwWindow      *self,
                        const CwPlace *place)
{
  GtkWidget *lessons;

  if (place->section != CW_SECTION_LESSONS)
    {
      cw_window_show_section (self, cw_sections[place->section].name);
      return;
    }

  lessons = cw_window_ensure_section (self, CW_SECTION_LESSONS);
  if (lessons == NULL)
    return;

  if (place->lesson_id != NULL && cw_window_open_lesson (self, place->lesson_id, 0))
    {
      cw_lesson_view_restore_scroll (cw_lessons_page_get_lesson_view (CW_LESSONS_PAGE (lessons)),
                                     place->scroll);
      return;
    }

  cw_lessons_page_show_list (CW_LESSONS_PAGE (lessons));
  cw_window_show_section (self, cw_sections[CW_SECTION_LESSONS].name);
}

/**
 * cw_window_history_go:
 * @delta: -1 for Back, 1 for Forward
 *
 * Returns: whether there was a place to go to
 */
gboolean
cw_window_history_go (CwWindow *self,
                      int       delta)
{
  gint64 target = (gint64) self->history_pos + delta;

  if (target < 0 || target >= self->history->len)
    return FALSE;

  self->history_pos = target;
  self->navigating = TRUE;
  cw_window_history_show (self, &g_array_index (self->history, CwPlace, self->history_pos));
  self->navigating = FALSE;
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  cw_window_update_title (self);
  cw_window_history_sync_actions (self);

  return TRUE;
}

/* The mouse's own back and forward buttons (8 and 9 on X11 and Wayland). */
static void
on_side_button_pressed (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        CwWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button != 8 && button != 9)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  cw_window_history_go (self, button == 8 ? -1 : 1);
}

void
cw_window_history_init (CwWindow *self)
{
  GtkGesture *click;

  self->history = g_array_new (FALSE, TRUE, sizeof (CwPlace));
  g_array_set_clear_func (self->history, cw_place_clear);
  cw_window_history_sync_actions (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_side_button_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
