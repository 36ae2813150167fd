/* cw-content-types.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-types"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cw-content-props.h"
#include "cw-content-types.h"

/*
 * Six small value objects. Their string properties are kept in an array indexed by the
 * property id (the string ids come last in each enum), so get/set/finalize stay one loop
 * each instead of one case per column; slots below the first string id are unused (see
 * cw-content-props.h).
 */

/* CwLesson */

typedef enum
{
  LESSON_PROP_0,
  LESSON_PROP_POSITION,
  LESSON_PROP_ID,
  LESSON_PROP_TITLE,
  LESSON_PROP_SUMMARY,
  LESSON_PROP_INTRO,
  LESSON_PROP_CONCEPT_NAME,
  LESSON_PROP_PART_ID,
  LESSON_PROP_INTRO_PLAIN,
  LESSON_PROP_SUMMARY_MARKUP,
  LESSON_N_PROPS
} CwLessonProp;

#define LESSON_FIRST_STRING LESSON_PROP_ID

struct _CwLesson
{
  GObject  parent_instance;

  guint    position;
  char    *strings[LESSON_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwLesson, cw_lesson, G_TYPE_OBJECT)

static GParamSpec *lesson_props[LESSON_N_PROPS];

static const char * const lesson_names[LESSON_N_PROPS] = {
  [LESSON_PROP_ID] = "id",
  [LESSON_PROP_TITLE] = "title",
  [LESSON_PROP_SUMMARY] = "summary",
  [LESSON_PROP_INTRO] = "intro",
  [LESSON_PROP_CONCEPT_NAME] = "concept-name",
  [LESSON_PROP_PART_ID] = "part-id",
  [LESSON_PROP_INTRO_PLAIN] = "intro-plain",
  [LESSON_PROP_SUMMARY_MARKUP] = "summary-markup",
};

static void
cw_lesson_finalize (GObject *object)
{
  CwLesson *self = CW_LESSON (object);

  cw_content_strings_clear (self->strings, LESSON_N_PROPS);

  G_OBJECT_CLASS (cw_lesson_parent_class)->finalize (object);
}

static void
cw_lesson_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CwLesson *self = CW_LESSON (object);

  if (prop_id == LESSON_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (!cw_content_strings_get (self->strings, LESSON_FIRST_STRING, LESSON_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_lesson_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CwLesson *self = CW_LESSON (object);

  if (prop_id == LESSON_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (!cw_content_strings_set (self->strings, LESSON_FIRST_STRING, LESSON_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_lesson_class_init (CwLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_lesson_finalize;
  object_class->get_property = cw_lesson_get_property;
  object_class->set_property = cw_lesson_set_property;

  lesson_props[LESSON_PROP_POSITION] = cw_content_position_pspec ();
  cw_content_strings_install (lesson_props, lesson_names, LESSON_FIRST_STRING, LESSON_N_PROPS);

  g_object_class_install_properties (object_class, LESSON_N_PROPS, lesson_props);
}

static void
cw_lesson_init (CwLesson *self)
{
}

const char *
cw_lesson_get_id (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_ID];
}

guint
cw_lesson_get_position (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), 0);

  return self->position;
}

const char *
cw_lesson_get_title (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_TITLE];
}

const char *
cw_lesson_get_summary (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_SUMMARY];
}

const char *
cw_lesson_get_intro (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_INTRO];
}

const char *
cw_lesson_get_concept_name (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_CONCEPT_NAME];
}


const char *
cw_lesson_get_part_id (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_PART_ID];
}

const char *
cw_lesson_get_intro_plain (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_INTRO_PLAIN];
}

const char *
cw_lesson_get_summary_markup (CwLesson *self)
{
  g_return_val_if_fail (CW_IS_LESSON (self), NULL);

  return self->strings[LESSON_PROP_SUMMARY_MARKUP];
}

/* CwConcept */

typedef enum
{
  CONCEPT_PROP_0,
  CONCEPT_PROP_POSITION,
  CONCEPT_PROP_LESSON_ID,
  CONCEPT_PROP_NAME,
  CONCEPT_PROP_JAVASCRIPT,
  CONCEPT_PROP_RUST,
  CONCEPT_PROP_KEY_DIFFERENCE,
  CONCEPT_PROP_PART_ID,
  CONCEPT_PROP_PLAIN,
  CONCEPT_N_PROPS
} CwConceptProp;

#define CONCEPT_FIRST_STRING CONCEPT_PROP_LESSON_ID

struct _CwConcept
{
  GObject  parent_instance;

  guint    position;
  char    *strings[CONCEPT_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwConcept, cw_concept, G_TYPE_OBJECT)

static GParamSpec *concept_props[CONCEPT_N_PROPS];

static const char * const concept_names[CONCEPT_N_PROPS] = {
  [CONCEPT_PROP_LESSON_ID] = "lesson-id",
  [CONCEPT_PROP_NAME] = "name",
  [CONCEPT_PROP_JAVASCRIPT] = "javascript",
  [CONCEPT_PROP_RUST] = "rust",
  [CONCEPT_PROP_KEY_DIFFERENCE] = "key-difference",
  [CONCEPT_PROP_PART_ID] = "part-id",
  [CONCEPT_PROP_PLAIN] = "plain",
};

static void
cw_concept_finalize (GObject *object)
{
  CwConcept *self = CW_CONCEPT (object);

  cw_content_strings_clear (self->strings, CONCEPT_N_PROPS);

  G_OBJECT_CLASS (cw_concept_parent_class)->finalize (object);
}

static void
cw_concept_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CwConcept *self = CW_CONCEPT (object);

  if (prop_id == CONCEPT_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (!cw_content_strings_get (self->strings, CONCEPT_FIRST_STRING, CONCEPT_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_concept_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CwConcept *self = CW_CONCEPT (object);

  if (prop_id == CONCEPT_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (!cw_content_strings_set (self->strings, CONCEPT_FIRST_STRING, CONCEPT_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_concept_class_init (CwConceptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_concept_finalize;
  object_class->get_property = cw_concept_get_property;
  object_class->set_property = cw_concept_set_property;

  concept_props[CONCEPT_PROP_POSITION] = cw_content_position_pspec ();
  cw_content_strings_install (concept_props, concept_names,
                              CONCEPT_FIRST_STRING, CONCEPT_N_PROPS);

  g_object_class_install_properties (object_class, CONCEPT_N_PROPS, concept_props);
}

static void
cw_concept_init (CwConcept *self)
{
}

const char *
cw_concept_get_lesson_id (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_LESSON_ID];
}

guint
cw_concept_get_position (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), 0);

  return self->position;
}

const char *
cw_concept_get_name (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_NAME];
}

const char *
cw_concept_get_javascript (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_JAVASCRIPT];
}

const char *
cw_concept_get_rust (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_RUST];
}

const char *
cw_concept_get_key_difference (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_KEY_DIFFERENCE];
}


const char *
cw_concept_get_part_id (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_PART_ID];
}

const char *
cw_concept_get_plain (CwConcept *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT (self), NULL);

  return self->strings[CONCEPT_PROP_PLAIN];
}

/* CwSnippetPair */

typedef enum
{
  PAIR_PROP_0,
  PAIR_PROP_POSITION,
  PAIR_PROP_MUST_FAIL,
  PAIR_PROP_JS_MARKS,
  PAIR_PROP_RUST_MARKS,
  PAIR_PROP_LESSON_ID,
  PAIR_PROP_CAPTION,
  PAIR_PROP_TEXT,
  PAIR_PROP_JS_FILE,
  PAIR_PROP_JS_CODE,
  PAIR_PROP_JS_OUTPUT,
  PAIR_PROP_RUST_FILE,
  PAIR_PROP_RUST_CODE,
  PAIR_PROP_RUST_OUTPUT,
  PAIR_PROP_RUST_CRATE_TYPE,
  PAIR_PROP_RUST_EDITION,
  PAIR_PROP_RUST_ERROR_CODE,
  PAIR_PROP_RUST_ERROR_MESSAGE,
  PAIR_PROP_RUST_DIAGNOSTIC,
  PAIR_PROP_STEM,
  PAIR_PROP_TEXT_PLAIN,
  PAIR_PROP_JS_CHECK,
  PAIR_PROP_JS_NOT_RUN,
  PAIR_PROP_RUST_MODE,
  PAIR_PROP_RUST_CRATE_NAME,
  PAIR_PROP_CRATES,
  PAIR_PROP_NOT_COMPILED,
  PAIR_PROP_RUST_EXPECT,
  PAIR_PROP_RUST_PANIC,
  PAIR_N_PROPS
} CwSnippetPairProp;

#define PAIR_FIRST_STRING PAIR_PROP_LESSON_ID

struct _CwSnippetPair
{
  GObject  parent_instance;

  guint    position;
  char   **marks[2];   /* CW_SIDE_JAVASCRIPT, CW_SIDE_RUST: "LINE:NAME" each */
  char    *strings[PAIR_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwSnippetPair, cw_snippet_pair, G_TYPE_OBJECT)

static GParamSpec *pair_props[PAIR_N_PROPS];

static const char * const pair_names[PAIR_N_PROPS] = {
  [PAIR_PROP_LESSON_ID] = "lesson-id",
  [PAIR_PROP_CAPTION] = "caption",
  [PAIR_PROP_TEXT] = "text",
  [PAIR_PROP_JS_FILE] = "js-file",
  [PAIR_PROP_JS_CODE] = "js-code",
  [PAIR_PROP_JS_OUTPUT] = "js-output",
  [PAIR_PROP_RUST_FILE] = "rust-file",
  [PAIR_PROP_RUST_CODE] = "rust-code",
  [PAIR_PROP_RUST_OUTPUT] = "rust-output",
  [PAIR_PROP_RUST_CRATE_TYPE] = "rust-crate-type",
  [PAIR_PROP_RUST_EDITION] = "rust-edition",
  [PAIR_PROP_RUST_ERROR_CODE] = "rust-error-code",
  [PAIR_PROP_RUST_ERROR_MESSAGE] = "rust-error-message",
  [PAIR_PROP_RUST_DIAGNOSTIC] = "rust-diagnostic",
  [PAIR_PROP_STEM] = "stem",
  [PAIR_PROP_TEXT_PLAIN] = "text-plain",
  [PAIR_PROP_JS_CHECK] = "js-check",
  [PAIR_PROP_JS_NOT_RUN] = "js-not-run",
  [PAIR_PROP_RUST_MODE] = "rust-mode",
  [PAIR_PROP_RUST_CRATE_NAME] = "rust-crate-name",
  [PAIR_PROP_CRATES] = "crates",
  [PAIR_PROP_NOT_COMPILED] = "not-compiled",
  [PAIR_PROP_RUST_EXPECT] = "rust-expect",
  [PAIR_PROP_RUST_PANIC] = "rust-panic",
};

static void
cw_snippet_pair_finalize (GObject *object)
{
  CwSnippetPair *self = CW_SNIPPET_PAIR (object);

  g_clear_pointer (&self->marks[CW_SIDE_JAVASCRIPT], g_strfreev);
  g_clear_pointer (&self->marks[CW_SIDE_RUST], g_strfreev);
  cw_content_strings_clear (self->strings, PAIR_N_PROPS);

  G_OBJECT_CLASS (cw_snippet_pair_parent_class)->finalize (object);
}

static void
cw_snippet_pair_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwSnippetPair *self = CW_SNIPPET_PAIR (object);

  if (prop_id == PAIR_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (prop_id == PAIR_PROP_MUST_FAIL)
    g_value_set_boolean (value, cw_snippet_pair_get_must_fail (self));
  else if (prop_id == PAIR_PROP_JS_MARKS || prop_id == PAIR_PROP_RUST_MARKS)
    g_value_set_boxed (value, self->marks[prop_id == PAIR_PROP_RUST_MARKS]);
  else if (!cw_content_strings_get (self->strings, PAIR_FIRST_STRING, PAIR_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_snippet_pair_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwSnippetPair *self = CW_SNIPPET_PAIR (object);

  if (prop_id == PAIR_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (prop_id == PAIR_PROP_JS_MARKS || prop_id == PAIR_PROP_RUST_MARKS)
    cw_content_strv_set (&self->marks[prop_id == PAIR_PROP_RUST_MARKS], value);
  else if (!cw_content_strings_set (self->strings, PAIR_FIRST_STRING, PAIR_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_snippet_pair_class_init (CwSnippetPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_snippet_pair_finalize;
  object_class->get_property = cw_snippet_pair_get_property;
  object_class->set_property = cw_snippet_pair_set_property;

  pair_props[PAIR_PROP_POSITION] = cw_content_position_pspec ();
  /* Derived from rust-expect, so a view can bind a "must fail" badge directly. */
  pair_props[PAIR_PROP_MUST_FAIL] =
    g_param_spec_boolean ("must-fail", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "LINE:NAME" for each line mark of each side, as the store reads them. */
  pair_props[PAIR_PROP_JS_MARKS] = cw_content_strv_pspec ("js-marks");
  pair_props[PAIR_PROP_RUST_MARKS] = cw_content_strv_pspec ("rust-marks");
  cw_content_strings_install (pair_props, pair_names, PAIR_FIRST_STRING, PAIR_N_PROPS);

  g_object_class_install_properties (object_class, PAIR_N_PROPS, pair_props);
}

static void
cw_snippet_pair_init (CwSnippetPair *self)
{
}

const char *
cw_snippet_pair_get_lesson_id (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_LESSON_ID];
}

guint
cw_snippet_pair_get_position (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), 0);

  return self->position;
}

const char *
cw_snippet_pair_get_caption (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_CAPTION];
}

const char *
cw_snippet_pair_get_text (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_TEXT];
}

const char *
cw_snippet_pair_get_js_file (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_JS_FILE];
}

const char *
cw_snippet_pair_get_js_code (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_JS_CODE];
}

const char *
cw_snippet_pair_get_js_output (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_JS_OUTPUT];
}

const char *
cw_snippet_pair_get_rust_file (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_FILE];
}

const char *
cw_snippet_pair_get_rust_code (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_CODE];
}

const char *
cw_snippet_pair_get_rust_output (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_OUTPUT];
}

const char *
cw_snippet_pair_get_rust_crate_type (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_CRATE_TYPE];
}

const char *
cw_snippet_pair_get_rust_edition (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_EDITION];
}

const char *
cw_snippet_pair_get_rust_error_code (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_ERROR_CODE];
}

const char *
cw_snippet_pair_get_rust_error_message (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_ERROR_MESSAGE];
}

const char *
cw_snippet_pair_get_rust_diagnostic (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_DIAGNOSTIC];
}

gboolean
cw_snippet_pair_get_must_fail (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), FALSE);

  return g_strcmp0 (self->strings[PAIR_PROP_RUST_EXPECT], "error") == 0;
}

/* The names marked on @line of @side ("LINE:NAME" entries), added to @names. */
static void
cw_snippet_pair_names_at (CwSnippetPair *self,
                          CwSide         side,
                          guint          line,
                          GHashTable    *names)
{
  for (char **mark = self->marks[side]; mark != NULL && *mark != NULL; mark++)
    {
      char *colon = strchr (*mark, ':');

      if (colon != NULL && g_ascii_strtoull (*mark, NULL, 10) == line)
        g_hash_table_add (names, colon + 1);
    }
}

/**
 * cw_snippet_pair_get_corresponding_lines:
 * @side: the side @line is on
 * @line: a line of that side's code, from 1
 *
 * The lines of the other side that the authors tied to @line with line marks, in order,
 * without repeats; empty when @line has no mark.
 *
 * Returns: (transfer full) (element-type guint): line numbers, from 1
 */
GArray *
cw_snippet_pair_get_corresponding_lines (CwSnippetPair *self,
                                         CwSide         side,
                                         guint          line)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  CwSide other = side == CW_SIDE_RUST ? CW_SIDE_JAVASCRIPT : CW_SIDE_RUST;
  guint last = 0;

  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), lines);

  cw_snippet_pair_names_at (self, side, line, names);

  /* The store gives the marks sorted by line. */
  for (char **mark = self->marks[other]; mark != NULL && *mark != NULL; mark++)
    {
      char *colon = strchr (*mark, ':');
      guint other_line = (guint) g_ascii_strtoull (*mark, NULL, 10);

      if (colon != NULL && other_line != last && g_hash_table_contains (names, colon + 1))
        {
          g_array_append_val (lines, other_line);
          last = other_line;
        }
    }

  return lines;
}

/* The line marks of @side as "LINE:NAME" strings, sorted by line; NULL when there are none. */
const char * const *
cw_snippet_pair_get_marks (CwSnippetPair *self,
                           CwSide         side)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return (const char * const *) self->marks[side];
}


const char *
cw_snippet_pair_get_stem (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_STEM];
}

const char *
cw_snippet_pair_get_text_plain (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_TEXT_PLAIN];
}

const char *
cw_snippet_pair_get_js_check (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_JS_CHECK];
}

const char *
cw_snippet_pair_get_js_not_run (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_JS_NOT_RUN];
}

const char *
cw_snippet_pair_get_rust_mode (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_MODE];
}

const char *
cw_snippet_pair_get_rust_crate_name (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_CRATE_NAME];
}

const char *
cw_snippet_pair_get_crates (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_CRATES];
}

const char *
cw_snippet_pair_get_not_compiled (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_NOT_COMPILED];
}

const char *
cw_snippet_pair_get_rust_expect (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_EXPECT];
}

const char *
cw_snippet_pair_get_rust_panic (CwSnippetPair *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (self), NULL);

  return self->strings[PAIR_PROP_RUST_PANIC];
}

/* CwUseCase */

typedef enum
{
  USE_CASE_PROP_0,
  USE_CASE_PROP_POSITION,
  USE_CASE_PROP_LESSON_ID,
  USE_CASE_PROP_AREA,
  USE_CASE_PROP_EXAMPLES,
  USE_CASE_PROP_WHY,
  USE_CASE_PROP_WHY_PLAIN,
  USE_CASE_N_PROPS
} CwUseCaseProp;

#define USE_CASE_FIRST_STRING USE_CASE_PROP_LESSON_ID

struct _CwUseCase
{
  GObject  parent_instance;

  guint    position;
  char    *strings[USE_CASE_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwUseCase, cw_use_case, G_TYPE_OBJECT)

static GParamSpec *use_case_props[USE_CASE_N_PROPS];

static const char * const use_case_names[USE_CASE_N_PROPS] = {
  [USE_CASE_PROP_LESSON_ID] = "lesson-id",
  [USE_CASE_PROP_AREA] = "area",
  [USE_CASE_PROP_EXAMPLES] = "examples",
  [USE_CASE_PROP_WHY] = "why",
  [USE_CASE_PROP_WHY_PLAIN] = "why-plain",
};

static void
cw_use_case_finalize (GObject *object)
{
  CwUseCase *self = CW_USE_CASE (object);

  cw_content_strings_clear (self->strings, USE_CASE_N_PROPS);

  G_OBJECT_CLASS (cw_use_case_parent_class)->finalize (object);
}

static void
cw_use_case_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CwUseCase *self = CW_USE_CASE (object);

  if (prop_id == USE_CASE_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (!cw_content_strings_get (self->strings, USE_CASE_FIRST_STRING, USE_CASE_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_use_case_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CwUseCase *self = CW_USE_CASE (object);

  if (prop_id == USE_CASE_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (!cw_content_strings_set (self->strings, USE_CASE_FIRST_STRING, USE_CASE_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_use_case_class_init (CwUseCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_use_case_finalize;
  object_class->get_property = cw_use_case_get_property;
  object_class->set_property = cw_use_case_set_property;

  use_case_props[USE_CASE_PROP_POSITION] = cw_content_position_pspec ();
  cw_content_strings_install (use_case_props, use_case_names,
                              USE_CASE_FIRST_STRING, USE_CASE_N_PROPS);

  g_object_class_install_properties (object_class, USE_CASE_N_PROPS, use_case_props);
}

static void
cw_use_case_init (CwUseCase *self)
{
}

const char *
cw_use_case_get_lesson_id (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), NULL);

  return self->strings[USE_CASE_PROP_LESSON_ID];
}

guint
cw_use_case_get_position (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), 0);

  return self->position;
}

const char *
cw_use_case_get_area (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), NULL);

  return self->strings[USE_CASE_PROP_AREA];
}

const char *
cw_use_case_get_examples (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), NULL);

  return self->strings[USE_CASE_PROP_EXAMPLES];
}

const char *
cw_use_case_get_why (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), NULL);

  return self->strings[USE_CASE_PROP_WHY];
}


const char *
cw_use_case_get_why_plain (CwUseCase *self)
{
  g_return_val_if_fail (CW_IS_USE_CASE (self), NULL);

  return self->strings[USE_CASE_PROP_WHY_PLAIN];
}

/* CwQuizItem */

typedef enum
{
  QUIZ_PROP_0,
  QUIZ_PROP_POSITION,
  QUIZ_PROP_ANSWER,
  QUIZ_PROP_CHOICES,
  QUIZ_PROP_CHOICE_CODES,
  QUIZ_PROP_CHOICES_PLAIN,
  QUIZ_PROP_CHOICE_DIAGNOSTICS,
  QUIZ_PROP_LESSON_ID,
  QUIZ_PROP_KIND,
  QUIZ_PROP_PROMPT,
  QUIZ_PROP_EXPLANATION,
  QUIZ_PROP_PROMPT_PLAIN,
  QUIZ_PROP_EXPLANATION_PLAIN,
  QUIZ_PROP_CODE_FILE,
  QUIZ_PROP_CODE,
  QUIZ_PROP_CODE_LANGUAGE,
  QUIZ_PROP_CODE_OUTPUT,
  QUIZ_PROP_CODE_DIAGNOSTIC,
  QUIZ_PROP_CODE_PANIC,
  QUIZ_N_PROPS
} CwQuizItemProp;

#define QUIZ_FIRST_STRING QUIZ_PROP_LESSON_ID

struct _CwQuizItem
{
  GObject   parent_instance;

  guint     position;
  guint     answer;
  char    **choices;
  char    **choice_codes;
  char    **choices_plain;
  char    **choice_diagnostics;
  char     *strings[QUIZ_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwQuizItem, cw_quiz_item, G_TYPE_OBJECT)

static GParamSpec *quiz_props[QUIZ_N_PROPS];

static const char * const quiz_names[QUIZ_N_PROPS] = {
  [QUIZ_PROP_LESSON_ID] = "lesson-id",
  [QUIZ_PROP_KIND] = "kind",
  [QUIZ_PROP_PROMPT] = "prompt",
  [QUIZ_PROP_EXPLANATION] = "explanation",
  [QUIZ_PROP_PROMPT_PLAIN] = "prompt-plain",
  [QUIZ_PROP_EXPLANATION_PLAIN] = "explanation-plain",
  [QUIZ_PROP_CODE_FILE] = "code-file",
  [QUIZ_PROP_CODE] = "code",
  [QUIZ_PROP_CODE_LANGUAGE] = "code-language",
  [QUIZ_PROP_CODE_OUTPUT] = "code-output",
  [QUIZ_PROP_CODE_DIAGNOSTIC] = "code-diagnostic",
  [QUIZ_PROP_CODE_PANIC] = "code-panic",
};

static void
cw_quiz_item_finalize (GObject *object)
{
  CwQuizItem *self = CW_QUIZ_ITEM (object);

  g_clear_pointer (&self->choices, g_strfreev);
  g_clear_pointer (&self->choice_codes, g_strfreev);
  g_clear_pointer (&self->choices_plain, g_strfreev);
  g_clear_pointer (&self->choice_diagnostics, g_strfreev);
  cw_content_strings_clear (self->strings, QUIZ_N_PROPS);

  G_OBJECT_CLASS (cw_quiz_item_parent_class)->finalize (object);
}

static void
cw_quiz_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwQuizItem *self = CW_QUIZ_ITEM (object);

  if (prop_id == QUIZ_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (prop_id == QUIZ_PROP_ANSWER)
    g_value_set_uint (value, self->answer);
  else if (prop_id == QUIZ_PROP_CHOICES)
    g_value_set_boxed (value, self->choices);
  else if (prop_id == QUIZ_PROP_CHOICE_CODES)
    g_value_set_boxed (value, self->choice_codes);
  else if (prop_id == QUIZ_PROP_CHOICES_PLAIN)
    g_value_set_boxed (value, self->choices_plain);
  else if (prop_id == QUIZ_PROP_CHOICE_DIAGNOSTICS)
    g_value_set_boxed (value, self->choice_diagnostics);
  else if (!cw_content_strings_get (self->strings, QUIZ_FIRST_STRING, QUIZ_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_quiz_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CwQuizItem *self = CW_QUIZ_ITEM (object);

  if (prop_id == QUIZ_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (prop_id == QUIZ_PROP_ANSWER)
    self->answer = g_value_get_uint (value);
  else if (prop_id == QUIZ_PROP_CHOICES)
    {
      g_strfreev (self->choices);
      self->choices = g_value_dup_boxed (value);
    }
  else if (prop_id == QUIZ_PROP_CHOICE_CODES)
    cw_content_strv_set (&self->choice_codes, value);
  else if (prop_id == QUIZ_PROP_CHOICES_PLAIN)
    cw_content_strv_set (&self->choices_plain, value);
  else if (prop_id == QUIZ_PROP_CHOICE_DIAGNOSTICS)
    cw_content_strv_set (&self->choice_diagnostics, value);
  else if (!cw_content_strings_set (self->strings, QUIZ_FIRST_STRING, QUIZ_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_quiz_item_class_init (CwQuizItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_quiz_item_finalize;
  object_class->get_property = cw_quiz_item_get_property;
  object_class->set_property = cw_quiz_item_set_property;

  quiz_props[QUIZ_PROP_POSITION] = cw_content_position_pspec ();
  quiz_props[QUIZ_PROP_ANSWER] =
    g_param_spec_uint ("answer", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  quiz_props[QUIZ_PROP_CHOICES] =
    g_param_spec_boxed ("choices", NULL, NULL, G_TYPE_STRV, CW_CONTENT_PARAM_FLAGS);
  quiz_props[QUIZ_PROP_CHOICE_CODES] = cw_content_strv_pspec ("choice-codes");
  quiz_props[QUIZ_PROP_CHOICES_PLAIN] = cw_content_strv_pspec ("choices-plain");
  /* "compiles": rustc's diagnostic for each wrong choice, "" for the answer. */
  quiz_props[QUIZ_PROP_CHOICE_DIAGNOSTICS] = cw_content_strv_pspec ("choice-diagnostics");
  cw_content_strings_install (quiz_props, quiz_names, QUIZ_FIRST_STRING, QUIZ_N_PROPS);

  g_object_class_install_properties (object_class, QUIZ_N_PROPS, quiz_props);
}

static void
cw_quiz_item_init (CwQuizItem *self)
{
}

const char *
cw_quiz_item_get_lesson_id (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_LESSON_ID];
}

guint
cw_quiz_item_get_position (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), 0);

  return self->position;
}

const char *
cw_quiz_item_get_kind (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_KIND];
}

const char *
cw_quiz_item_get_prompt (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_PROMPT];
}

guint
cw_quiz_item_get_answer (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), 0);

  return self->answer;
}

const char *
cw_quiz_item_get_explanation (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_EXPLANATION];
}

const char * const *
cw_quiz_item_get_choices (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return (const char * const *) self->choices;
}

const char * const *
cw_quiz_item_get_choice_codes (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return (const char * const *) self->choice_codes;
}

const char * const *
cw_quiz_item_get_choices_plain (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return (const char * const *) self->choices_plain;
}

const char * const *
cw_quiz_item_get_choice_diagnostics (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return (const char * const *) self->choice_diagnostics;
}


const char *
cw_quiz_item_get_prompt_plain (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_PROMPT_PLAIN];
}

const char *
cw_quiz_item_get_explanation_plain (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_EXPLANATION_PLAIN];
}

const char *
cw_quiz_item_get_code_file (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE_FILE];
}

const char *
cw_quiz_item_get_code (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE];
}

const char *
cw_quiz_item_get_code_language (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE_LANGUAGE];
}

const char *
cw_quiz_item_get_code_output (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE_OUTPUT];
}

const char *
cw_quiz_item_get_code_diagnostic (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE_DIAGNOSTIC];
}

const char *
cw_quiz_item_get_code_panic (CwQuizItem *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_ITEM (self), NULL);

  return self->strings[QUIZ_PROP_CODE_PANIC];
}

/* CwSearchHit */

typedef enum
{
  HIT_PROP_0,
  HIT_PROP_POSITION,
  HIT_PROP_RANK,
  HIT_PROP_LESSON_ID,
  HIT_PROP_KIND,
  HIT_PROP_TITLE,
  HIT_PROP_LESSON_TITLE,
  HIT_PROP_SNIPPET,
  HIT_PROP_TARGET,
  HIT_PROP_SNIPPET_PLAIN,
  HIT_N_PROPS
} CwSearchHitProp;

#define HIT_FIRST_STRING HIT_PROP_LESSON_ID

struct _CwSearchHit
{
  GObject  parent_instance;

  guint    position;
  double   rank;
  char    *strings[HIT_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwSearchHit, cw_search_hit, G_TYPE_OBJECT)

static GParamSpec *hit_props[HIT_N_PROPS];

static const char * const hit_names[HIT_N_PROPS] = {
  [HIT_PROP_LESSON_ID] = "lesson-id",
  [HIT_PROP_KIND] = "kind",
  [HIT_PROP_TITLE] = "title",
  [HIT_PROP_LESSON_TITLE] = "lesson-title",
  [HIT_PROP_SNIPPET] = "snippet",
  [HIT_PROP_TARGET] = "target",
  [HIT_PROP_SNIPPET_PLAIN] = "snippet-plain",
};

static void
cw_search_hit_finalize (GObject *object)
{
  CwSearchHit *self = CW_SEARCH_HIT (object);

  cw_content_strings_clear (self->strings, HIT_N_PROPS);

  G_OBJECT_CLASS (cw_search_hit_parent_class)->finalize (object);
}

static void
cw_search_hit_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CwSearchHit *self = CW_SEARCH_HIT (object);

  if (prop_id == HIT_PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (prop_id == HIT_PROP_RANK)
    g_value_set_double (value, self->rank);
  else if (!cw_content_strings_get (self->strings, HIT_FIRST_STRING, HIT_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_search_hit_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CwSearchHit *self = CW_SEARCH_HIT (object);

  if (prop_id == HIT_PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (prop_id == HIT_PROP_RANK)
    self->rank = g_value_get_double (value);
  else if (!cw_content_strings_set (self->strings, HIT_FIRST_STRING, HIT_N_PROPS,
                                    prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_search_hit_class_init (CwSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_search_hit_finalize;
  object_class->get_property = cw_search_hit_get_property;
  object_class->set_property = cw_search_hit_set_property;

  hit_props[HIT_PROP_POSITION] = cw_content_position_pspec ();
  hit_props[HIT_PROP_RANK] =
    g_param_spec_double ("rank", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         CW_CONTENT_PARAM_FLAGS);
  cw_content_strings_install (hit_props, hit_names, HIT_FIRST_STRING, HIT_N_PROPS);

  g_object_class_install_properties (object_class, HIT_N_PROPS, hit_props);
}

static void
cw_search_hit_init (CwSearchHit *self)
{
}

const char *
cw_search_hit_get_lesson_id (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_LESSON_ID];
}

const char *
cw_search_hit_get_kind (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_KIND];
}

guint
cw_search_hit_get_position (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), 0);

  return self->position;
}

const char *
cw_search_hit_get_title (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_TITLE];
}

const char *
cw_search_hit_get_lesson_title (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_LESSON_TITLE];
}

const char *
cw_search_hit_get_snippet (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_SNIPPET];
}

double
cw_search_hit_get_rank (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), 0.0);

  return self->rank;
}

const char *
cw_search_hit_get_target (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_TARGET];
}

const char *
cw_search_hit_get_snippet_plain (CwSearchHit *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_HIT (self), NULL);

  return self->strings[HIT_PROP_SNIPPET_PLAIN];
}
