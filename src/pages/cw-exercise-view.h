/* cw-exercise-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtksourceview/gtksource.h>

#include "cw-check-result.h"
#include "cw-exercise.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

/* The tags that underline a diagnostic's span in the editor's buffer. */
#define CW_EXERCISE_VIEW_ERROR_TAG   "cw-diagnostic-error"
#define CW_EXERCISE_VIEW_WARNING_TAG "cw-diagnostic-warning"

#define CW_TYPE_EXERCISE_VIEW (cw_exercise_view_get_type ())
G_DECLARE_FINAL_TYPE (CwExerciseView, cw_exercise_view, CW, EXERCISE_VIEW, GtkWidget)

GtkWidget     *cw_exercise_view_new            (CwExercise      *exercise,
                                                CwProgressStore *progress,
                                                GSettings       *settings);
CwExercise    *cw_exercise_view_get_exercise   (CwExerciseView  *self);
GtkSourceView *cw_exercise_view_get_editor     (CwExerciseView  *self);
void           cw_exercise_view_save_draft     (CwExerciseView  *self);
void           cw_exercise_view_cancel_check   (CwExerciseView  *self);
/* Discovery of rustc is done (found or not); properties "toolchain-ready" and "checking". */
gboolean       cw_exercise_view_get_toolchain_ready (CwExerciseView *self);
gboolean       cw_exercise_view_get_checking   (CwExerciseView  *self);
/* The last check's result, or NULL. */
CwCheckResult *cw_exercise_view_get_result     (CwExerciseView  *self);

G_END_DECLS
