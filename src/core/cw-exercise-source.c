/* cw-exercise-source.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-exercise-source"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cw-exercise-source.h"

/* Between the learner's last line and the first line of tests.rs. */
#define CW_EXERCISE_SOURCE_OPENING "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n"
#define CW_EXERCISE_SOURCE_CLOSING "}\n"

struct _CwExerciseSource
{
  GString *text;
  guint    learner_lines;  /* lines 1..learner_lines are the learner's */
  guint    tests_line;     /* tests.rs line 1 is this line of the file */
  guint    tests_lines;    /* and it has this many */
};

G_DEFINE_ENUM_TYPE (CwCodeOrigin, cw_code_origin,
  G_DEFINE_ENUM_VALUE (CW_CODE_ORIGIN_NONE, "none"),
  G_DEFINE_ENUM_VALUE (CW_CODE_ORIGIN_LEARNER, "learner"),
  G_DEFINE_ENUM_VALUE (CW_CODE_ORIGIN_TESTS, "tests"),
  G_DEFINE_ENUM_VALUE (CW_CODE_ORIGIN_HARNESS, "harness"),
  G_DEFINE_ENUM_VALUE (CW_CODE_ORIGIN_OTHER, "other"))

static guint
cw_exercise_source_count_newlines (const char *text)
{
  guint count = 0;

  for (; *text != '\0'; text++)
    if (*text == '\n')
      count++;

  return count;
}

/**
 * cw_exercise_source_new:
 * @learner_code: what the learner wrote (may be empty)
 * @hidden_tests: the test functions, tests.rs as it is stored
 *
 * Returns: (transfer full): the file to compile, with its line layout
 */
CwExerciseSource *
cw_exercise_source_new (const char *learner_code,
                        const char *hidden_tests)
{
  CwExerciseSource *self;

  g_return_val_if_fail (learner_code != NULL, NULL);
  g_return_val_if_fail (hidden_tests != NULL, NULL);

  self = g_new0 (CwExerciseSource, 1);
  self->text = g_string_sized_new (strlen (learner_code) + strlen (hidden_tests) + 64);
  g_string_append (self->text, learner_code);
  g_string_append (self->text, CW_EXERCISE_SOURCE_OPENING);
  g_string_append (self->text, hidden_tests);
  g_string_append (self->text, CW_EXERCISE_SOURCE_CLOSING);

  /* The opening's first newline ends the learner's last line, even an empty one. */
  self->learner_lines = cw_exercise_source_count_newlines (learner_code) + 1;
  self->tests_line = self->learner_lines +
                     cw_exercise_source_count_newlines (CW_EXERCISE_SOURCE_OPENING);
  self->tests_lines = cw_exercise_source_count_newlines (hidden_tests);
  if (hidden_tests[0] != '\0' && !g_str_has_suffix (hidden_tests, "\n"))
    self->tests_lines++;

  return self;
}

void
cw_exercise_source_free (CwExerciseSource *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

const char *
cw_exercise_source_get_text (const CwExerciseSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text->str;
}

gsize
cw_exercise_source_get_length (const CwExerciseSource *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->text->len;
}

guint
cw_exercise_source_get_learner_lines (const CwExerciseSource *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->learner_lines;
}

/* The line of the file that is line 1 of tests.rs. */
guint
cw_exercise_source_get_tests_line (const CwExerciseSource *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tests_line;
}

/**
 * cw_exercise_source_locate:
 * @self: (nullable): without it, every location in the file is CW_CODE_ORIGIN_LEARNER
 * @file_name: (nullable): as rustc or a panic names it
 * @line: 1-based; 0 for none
 * @origin_line: (out) (optional): the line within what it returns (the learner's line, the
 *   line of tests.rs), or @line itself for the harness and other files
 *
 * Returns: where the line came from
 */
CwCodeOrigin
cw_exercise_source_locate (const CwExerciseSource *self,
                           const char             *file_name,
                           guint                   line,
                           guint                  *origin_line)
{
  CwCodeOrigin origin;
  guint        relative = line;

  if (file_name == NULL || line == 0)
    origin = CW_CODE_ORIGIN_NONE;
  else if (!g_str_equal (file_name, CW_EXERCISE_SOURCE_FILE_NAME))
    origin = CW_CODE_ORIGIN_OTHER;
  else if (self == NULL || line <= self->learner_lines)
    origin = CW_CODE_ORIGIN_LEARNER;
  else if (line >= self->tests_line && line < self->tests_line + self->tests_lines)
    {
      origin = CW_CODE_ORIGIN_TESTS;
      relative = line - self->tests_line + 1;
    }
  else
    origin = CW_CODE_ORIGIN_HARNESS;

  if (origin == CW_CODE_ORIGIN_NONE)
    relative = 0;
  if (origin_line != NULL)
    *origin_line = relative;

  return origin;
}

/* The stable name, as in JSON: "learner", "tests", "harness", "other", "none". */
const char *
cw_code_origin_to_string (CwCodeOrigin origin)
{
  GEnumClass *klass = g_type_class_ref (CW_TYPE_CODE_ORIGIN);
  GEnumValue *value = g_enum_get_value (klass, origin);

  g_type_class_unref (klass);

  return value != NULL ? value->value_nick : "none";
}
