/* cw-quiz-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cw-content-types.h"

G_BEGIN_DECLS

#define CW_TYPE_QUIZ_VIEW (cw_quiz_view_get_type ())
G_DECLARE_FINAL_TYPE (CwQuizView, cw_quiz_view, CW, QUIZ_VIEW, GtkWidget)

GtkWidget *cw_quiz_view_new            (GListModel *questions,
                                        guint32     seed,
                                        GSettings  *settings);
void       cw_quiz_view_show_answer    (CwQuizView *self,
                                        guint       question,
                                        guint       choice);
guint      cw_quiz_view_get_n_questions (CwQuizView *self);
guint      cw_quiz_view_get_n_answered  (CwQuizView *self);
guint      cw_quiz_view_get_n_correct   (CwQuizView *self);

G_END_DECLS
