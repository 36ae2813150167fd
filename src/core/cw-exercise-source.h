/* cw-exercise-source.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The one file rustc compiles for a check: the learner's code, then the hidden tests in
 *
 *   <learner's code>
 *   #[cfg(test)]
 *   mod tests {
 *       use super::*;
 *
 *   <tests.rs>}
 *
 * (the content format's contract), and where each line of it came from, so a diagnostic or a
 * panic is shown against the learner's own line numbers, or said to be in the tests.
 */

/* Where a location lies. */
typedef enum
{
  CW_CODE_ORIGIN_NONE,     /* no location at all */
  CW_CODE_ORIGIN_LEARNER,  /* the learner's code; lines as in their editor */
  CW_CODE_ORIGIN_TESTS,    /* the hidden tests; lines of tests.rs */
  CW_CODE_ORIGIN_HARNESS,  /* the lines Crabwise adds around the tests */
  CW_CODE_ORIGIN_OTHER,    /* another file, such as the standard library's */
} CwCodeOrigin;

#define CW_TYPE_CODE_ORIGIN (cw_code_origin_get_type ())
GType cw_code_origin_get_type (void);

/* The name rustc is given, and so the one in its diagnostics and in panic locations. */
#define CW_EXERCISE_SOURCE_FILE_NAME "main.rs"

typedef struct _CwExerciseSource CwExerciseSource;

CwExerciseSource *cw_exercise_source_new              (const char             *learner_code,
                                                       const char             *hidden_tests);
void              cw_exercise_source_free             (CwExerciseSource       *self);

const char       *cw_exercise_source_get_text         (const CwExerciseSource *self);
gsize             cw_exercise_source_get_length       (const CwExerciseSource *self);
guint             cw_exercise_source_get_learner_lines (const CwExerciseSource *self);
guint             cw_exercise_source_get_tests_line   (const CwExerciseSource *self);

CwCodeOrigin      cw_exercise_source_locate           (const CwExerciseSource *self,
                                                       const char             *file_name,
                                                       guint                   line,
                                                       guint                  *origin_line);

const char       *cw_code_origin_to_string            (CwCodeOrigin            origin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwExerciseSource, cw_exercise_source_free)

G_END_DECLS
