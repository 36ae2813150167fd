/* cw-quiz-view-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-quiz-view.h"

G_BEGIN_DECLS

/* For the tests: what the learner sees, by position. */
guint      cw_quiz_view_get_shown_choice  (CwQuizView *self,
                                           guint       question,
                                           guint       shown);
GtkWidget *cw_quiz_view_get_choice_button (CwQuizView *self,
                                           guint       question,
                                           guint       choice);
char      *cw_quiz_view_dup_revealed_text (CwQuizView *self,
                                           guint       question);

gboolean   cw_quiz_view_answer         (CwQuizView *self,
                                        guint       question,
                                        guint       choice);

G_END_DECLS
