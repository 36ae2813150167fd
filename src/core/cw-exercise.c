/* cw-exercise.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-exercise"

#include "config.h"

#include "cw-exercise.h"
#include "cw-content-props.h"

/* A read-only value object of CwContentStore; see cw-content-props.h. */

typedef enum
{
  EXERCISE_PROP_0,
  EXERCISE_PROP_POSITION,
  EXERCISE_PROP_HINTS,
  EXERCISE_PROP_HINTS_PLAIN,
  EXERCISE_PROP_ID,
  EXERCISE_PROP_LESSON_ID,
  EXERCISE_PROP_TITLE,
  EXERCISE_PROP_KIND,
  EXERCISE_PROP_STATEMENT,
  EXERCISE_PROP_STATEMENT_PLAIN,
  EXERCISE_PROP_STARTER,
  EXERCISE_PROP_SOLUTION,
  EXERCISE_PROP_TESTS,
  EXERCISE_PROP_EXAMPLE_JS,
  EXERCISE_N_PROPS
} CwExerciseProp;

#define EXERCISE_FIRST_STRING EXERCISE_PROP_ID

struct _CwExercise
{
  GObject  parent_instance;

  guint    position;
  char   **hints;
  char   **hints_plain;
  char    *strings[EXERCISE_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwExercise, cw_exercise, G_TYPE_OBJECT)

static GParamSpec *props[EXERCISE_N_PROPS];

static const char * const names[EXERCISE_N_PROPS] = {
  [EXERCISE_PROP_ID] = "id",
  [EXERCISE_PROP_LESSON_ID] = "lesson-id",
  [EXERCISE_PROP_TITLE] = "title",
  [EXERCISE_PROP_KIND] = "kind",
  [EXERCISE_PROP_STATEMENT] = "statement",
  [EXERCISE_PROP_STATEMENT_PLAIN] = "statement-plain",
  [EXERCISE_PROP_STARTER] = "starter",
  [EXERCISE_PROP_SOLUTION] = "solution",
  [EXERCISE_PROP_TESTS] = "tests",
  [EXERCISE_PROP_EXAMPLE_JS] = "example-js",
};

static void
cw_exercise_finalize (GObject *object)
{
  CwExercise *self = CW_EXERCISE (object);

  g_clear_pointer (&self->hints, g_strfreev);
  g_clear_pointer (&self->hints_plain, g_strfreev);
  cw_content_strings_clear (self->strings, EXERCISE_N_PROPS);

  G_OBJECT_CLASS (cw_exercise_parent_class)->finalize (object);
}

static void
cw_exercise_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CwExercise *self = CW_EXERCISE (object);

  if (cw_content_strings_get (self->strings, EXERCISE_FIRST_STRING, EXERCISE_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case EXERCISE_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case EXERCISE_PROP_HINTS:
      g_value_set_boxed (value, self->hints);
      break;

    case EXERCISE_PROP_HINTS_PLAIN:
      g_value_set_boxed (value, self->hints_plain);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_exercise_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CwExercise *self = CW_EXERCISE (object);

  if (cw_content_strings_set (self->strings, EXERCISE_FIRST_STRING, EXERCISE_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case EXERCISE_PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    case EXERCISE_PROP_HINTS:
      cw_content_strv_set (&self->hints, value);
      break;

    case EXERCISE_PROP_HINTS_PLAIN:
      cw_content_strv_set (&self->hints_plain, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_exercise_class_init (CwExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_exercise_finalize;
  object_class->get_property = cw_exercise_get_property;
  object_class->set_property = cw_exercise_set_property;

  props[EXERCISE_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  props[EXERCISE_PROP_HINTS] = cw_content_strv_pspec ("hints");
  props[EXERCISE_PROP_HINTS_PLAIN] = cw_content_strv_pspec ("hints-plain");
  cw_content_strings_install (props, names, EXERCISE_FIRST_STRING, EXERCISE_N_PROPS);

  g_object_class_install_properties (object_class, EXERCISE_N_PROPS, props);
}

static void
cw_exercise_init (CwExercise *self)
{
}

guint
cw_exercise_get_position (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), 0);

  return self->position;
}

const char *
cw_exercise_get_id (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_ID];
}

const char *
cw_exercise_get_lesson_id (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_LESSON_ID];
}

const char *
cw_exercise_get_title (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_TITLE];
}

const char *
cw_exercise_get_kind (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_KIND];
}

const char *
cw_exercise_get_statement (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_STATEMENT];
}

const char *
cw_exercise_get_statement_plain (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_STATEMENT_PLAIN];
}

const char *
cw_exercise_get_starter (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_STARTER];
}

const char *
cw_exercise_get_solution (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_SOLUTION];
}

const char *
cw_exercise_get_tests (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_TESTS];
}

const char *
cw_exercise_get_example_js (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return self->strings[EXERCISE_PROP_EXAMPLE_JS];
}

const char * const *
cw_exercise_get_hints (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return (const char * const *) self->hints;
}

const char * const *
cw_exercise_get_hints_plain (CwExercise *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE (self), NULL);

  return (const char * const *) self->hints_plain;
}
