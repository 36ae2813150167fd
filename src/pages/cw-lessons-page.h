/* cw-lessons-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-store.h"
#include "cw-lesson-view.h"

G_BEGIN_DECLS

#define CW_TYPE_LESSONS_PAGE (cw_lessons_page_get_type ())
G_DECLARE_FINAL_TYPE (CwLessonsPage, cw_lessons_page, CW, LESSONS_PAGE, GtkWidget)

GtkWidget    *cw_lessons_page_new             (CwContentStore  *store,
                                               CwProgressStore *progress,
                                               GSettings       *settings);
gboolean      cw_lessons_page_show_lesson     (CwLessonsPage  *self,
                                               const char     *lesson_id);
void          cw_lessons_page_show_list       (CwLessonsPage  *self);
CwLessonView *cw_lessons_page_get_lesson_view (CwLessonsPage  *self);
const char   *cw_lessons_page_get_lesson_id   (CwLessonsPage  *self);

G_END_DECLS
