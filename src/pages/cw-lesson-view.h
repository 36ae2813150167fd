/* cw-lesson-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-store.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_LESSON_VIEW (cw_lesson_view_get_type ())
G_DECLARE_FINAL_TYPE (CwLessonView, cw_lesson_view, CW, LESSON_VIEW, GtkWidget)

GtkWidget *cw_lesson_view_new        (CwContentStore  *store,
                                      CwProgressStore *progress,
                                      GSettings       *settings);
void       cw_lesson_view_save_note  (CwLessonView   *self);
void       cw_lesson_view_set_lesson (CwLessonView   *self,
                                      CwLesson       *lesson);
CwLesson  *cw_lesson_view_get_lesson (CwLessonView   *self);
void       cw_lesson_view_scroll_to_pair (CwLessonView *self,
                                          guint         position);
void       cw_lesson_view_restore_scroll  (CwLessonView *self,
                                           double        value);
gboolean   cw_lesson_view_is_restoring    (CwLessonView *self);
GtkAdjustment *cw_lesson_view_get_vadjustment (CwLessonView *self);

G_END_DECLS
