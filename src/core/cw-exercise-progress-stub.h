/* TEMPORARY stub of the progress API another helper adds; deleted before merging. */
#pragma once

#include "cw-progress-store.h"

G_BEGIN_DECLS

typedef enum { CW_EXERCISE_NOT_STARTED, CW_EXERCISE_ATTEMPTED, CW_EXERCISE_PASSED } CwExerciseState;
typedef struct { char *exercise_id; CwExerciseState state; guint attempts; gint64 first_passed_at;
                 guint hints_shown; gboolean solution_revealed; char *draft; gint64 draft_saved_at; } CwExerciseProgress;
void cw_exercise_progress_free (CwExerciseProgress *);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwExerciseProgress, cw_exercise_progress_free)
CwExerciseProgress *cw_progress_store_get_exercise (CwProgressStore *, const char *id, GError **);
GHashTable *cw_progress_store_list_exercises (CwProgressStore *, GError **);
gboolean cw_progress_store_save_draft (CwProgressStore *, const char *id, const char *draft, GError **);
gboolean cw_progress_store_record_attempt (CwProgressStore *, const char *id, gboolean passed, GError **);
gboolean cw_progress_store_record_hints_shown (CwProgressStore *, const char *id, guint hints_shown, GError **);
gboolean cw_progress_store_reveal_solution (CwProgressStore *, const char *id, GError **);
guint cw_progress_store_count_passed (CwProgressStore *, const char * const *exercise_ids);

G_END_DECLS
