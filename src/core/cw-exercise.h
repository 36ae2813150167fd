/* cw-exercise.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A practice exercise. kind is "compile" (fix the starter's compile error), "implement"
 * (replace the todo!()s) or "translate" (example-js shows the JavaScript). The checker
 * appends tests inside `#[cfg(test)] mod tests { use super::*; … }` to the learner's code
 * and runs `rustc --edition 2024 --test`. Hints go from a nudge to nearly the answer.
 */
#define CW_TYPE_EXERCISE (cw_exercise_get_type ())
G_DECLARE_FINAL_TYPE (CwExercise, cw_exercise, CW, EXERCISE, GObject)

guint               cw_exercise_get_position        (CwExercise *self);   /* in its lesson */
const char         *cw_exercise_get_id              (CwExercise *self);
const char         *cw_exercise_get_lesson_id       (CwExercise *self);
const char         *cw_exercise_get_title           (CwExercise *self);
const char         *cw_exercise_get_kind            (CwExercise *self);
const char         *cw_exercise_get_statement       (CwExercise *self);   /* markup */
const char         *cw_exercise_get_statement_plain (CwExercise *self);
const char         *cw_exercise_get_starter         (CwExercise *self);
const char         *cw_exercise_get_solution        (CwExercise *self);
const char         *cw_exercise_get_tests           (CwExercise *self);
const char         *cw_exercise_get_example_js      (CwExercise *self);   /* translate only */
const char * const *cw_exercise_get_hints           (CwExercise *self);   /* markup */
const char * const *cw_exercise_get_hints_plain     (CwExercise *self);

G_END_DECLS
