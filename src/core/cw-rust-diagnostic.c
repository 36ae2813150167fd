/* cw-rust-diagnostic.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-rust-diagnostic"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cw-rust-diagnostic.h"

/* A span inside a macro names the macro's file; its expansion chain leads back to the call
 * that the learner wrote. Chains are short; this only bounds a malformed one. */
#define CW_RUST_MAX_EXPANSION_DEPTH 32

struct _CwRustDiagnostic
{
  GObject                parent_instance;

  CwRustDiagnosticLevel  level;
  char                  *code;
  char                  *message;
  char                  *rendered;
  GArray                *spans;    /* CwRustSpan; the primary one first */
  GStrv                  notes;
  gboolean               is_summary;
};

G_DEFINE_FINAL_TYPE (CwRustDiagnostic, cw_rust_diagnostic, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CwRustDiagnosticLevel, cw_rust_diagnostic_level,
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_ERROR, "error"),
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_NOTE, "note"),
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_HELP, "help"),
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE, "failure-note"),
  G_DEFINE_ENUM_VALUE (CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR, "internal-error"))

enum
{
  PROP_0,
  PROP_LEVEL,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_RENDERED,
  PROP_ORIGIN,
  PROP_LINE,
  PROP_COLUMN,
  PROP_END_LINE,
  PROP_END_COLUMN,
  PROP_LABEL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parsing a line can give a diagnostic, something else rustc says as JSON (skipped), or text
 * that is not rustc's JSON at all. */
typedef enum
{
  CW_RUST_LINE_DIAGNOSTIC,
  CW_RUST_LINE_OTHER_JSON,
  CW_RUST_LINE_NOT_JSON,
} CwRustLineKind;

static void
cw_rust_span_clear (gpointer data)
{
  CwRustSpan *span = data;

  g_clear_pointer (&span->label, g_free);
  g_clear_pointer (&span->file_name, g_free);
}

static const char *
cw_json_string (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static guint
cw_json_uint (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64    value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  value = json_node_get_int (node);

  return value > 0 && value <= G_MAXUINT ? (guint) value : 0;
}

static JsonObject *
cw_json_object (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
cw_json_array (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static CwRustDiagnosticLevel
cw_rust_level_from_string (const char *level)
{
  if (level == NULL)
    return CW_RUST_DIAGNOSTIC_LEVEL_NOTE;
  if (g_str_equal (level, "error"))
    return CW_RUST_DIAGNOSTIC_LEVEL_ERROR;
  if (g_str_equal (level, "warning"))
    return CW_RUST_DIAGNOSTIC_LEVEL_WARNING;
  if (g_str_equal (level, "help"))
    return CW_RUST_DIAGNOSTIC_LEVEL_HELP;
  if (g_str_equal (level, "failure-note"))
    return CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE;
  /* "error: internal compiler error" */
  if (g_str_has_prefix (level, "error"))
    return CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR;

  return CW_RUST_DIAGNOSTIC_LEVEL_NOTE;
}

/* The span itself when it is in the compiled file; otherwise the first call site in the file
 * up its macro expansion chain; otherwise the span itself. */
static JsonObject *
cw_rust_span_in_file (JsonObject *span)
{
  JsonObject *at = span;
  guint       depth;

  for (depth = 0; at != NULL && depth < CW_RUST_MAX_EXPANSION_DEPTH; depth++)
    {
      JsonObject *expansion;

      if (g_strcmp0 (cw_json_string (at, "file_name"), CW_EXERCISE_SOURCE_FILE_NAME) == 0)
        return at;

      expansion = cw_json_object (at, "expansion");
      at = expansion != NULL ? cw_json_object (expansion, "span") : NULL;
    }

  return span;
}

static void
cw_rust_span_init (CwRustSpan             *span,
                   JsonObject             *object,
                   const CwExerciseSource *source)
{
  JsonObject *at = cw_rust_span_in_file (object);
  JsonNode   *primary = json_object_get_member (object, "is_primary");
  const char *label = cw_json_string (object, "label");
  guint       line = cw_json_uint (at, "line_start");
  guint       end_line = cw_json_uint (at, "line_end");
  guint       relative_end = 0;

  span->file_name = g_strdup (cw_json_string (at, "file_name"));
  span->origin = cw_exercise_source_locate (source, span->file_name, line, &span->line);
  /* The end is placed like the start; a span that runs from the learner's code into the
   * tests (it happens with a missing brace) ends at the start's line. */
  if (cw_exercise_source_locate (source, span->file_name, end_line, &relative_end) ==
      span->origin && relative_end >= span->line)
    span->end_line = relative_end;
  else
    span->end_line = span->line;
  span->column = cw_json_uint (at, "column_start");
  span->end_column = cw_json_uint (at, "column_end");
  span->is_primary = primary != NULL && JSON_NODE_HOLDS_VALUE (primary) &&
                     json_node_get_value_type (primary) == G_TYPE_BOOLEAN &&
                     json_node_get_boolean (primary);
  span->label = g_strdup (label);
}

static void
cw_rust_diagnostic_add_spans (CwRustDiagnostic       *self,
                              JsonArray              *spans,
                              const CwExerciseSource *source)
{
  guint i;

  if (spans == NULL)
    return;

  for (i = 0; i < json_array_get_length (spans); i++)
    {
      JsonNode   *node = json_array_get_element (spans, i);
      CwRustSpan  span = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      cw_rust_span_init (&span, json_node_get_object (node), source);
      /* The primary span first: it is the diagnostic's location. */
      if (span.is_primary && (self->spans->len == 0 ||
                              !g_array_index (self->spans, CwRustSpan, 0).is_primary))
        g_array_prepend_val (self->spans, span);
      else
        g_array_append_val (self->spans, span);
    }
}

/* An error at the end of the file ("this file contains an unclosed delimiter") lies in the
 * lines added around the tests, where the learner can do nothing; its other spans say where
 * in their code it began. The first of those becomes its location. */
static void
cw_rust_diagnostic_place_in_code (CwRustDiagnostic *self)
{
  guint i;

  if (self->spans->len < 2 ||
      g_array_index (self->spans, CwRustSpan, 0).origin != CW_CODE_ORIGIN_HARNESS)
    return;

  for (i = 1; i < self->spans->len; i++)
    {
      CwRustSpan span = g_array_index (self->spans, CwRustSpan, i);

      if (span.origin != CW_CODE_ORIGIN_LEARNER)
        continue;

      /* Rotated into place by hand: removing would free the strings it still owns. */
      memmove (&g_array_index (self->spans, CwRustSpan, 1),
               &g_array_index (self->spans, CwRustSpan, 0), i * sizeof (CwRustSpan));
      g_array_index (self->spans, CwRustSpan, 0) = span;
      return;
    }
}

static void
cw_rust_diagnostic_add_notes (CwRustDiagnostic *self,
                              JsonArray        *children)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint                   i;

  for (i = 0; children != NULL && i < json_array_get_length (children); i++)
    {
      JsonNode        *node = json_array_get_element (children, i);
      g_autofree char *note = NULL;
      JsonObject      *child;
      const char      *level;
      const char      *message;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      child = json_node_get_object (node);
      level = cw_json_string (child, "level");
      message = cw_json_string (child, "message");
      if (message == NULL || message[0] == '\0')
        continue;

      /* "help: consider cloning the value", as rustc prints it. */
      note = g_strdup_printf ("%s: %s", level != NULL ? level : "note", message);
      g_strv_builder_add (builder, note);
    }

  self->notes = g_strv_builder_end (builder);
}

static CwRustLineKind
cw_rust_diagnostic_parse_line (const char              *line,
                               const CwExerciseSource  *source,
                               CwRustDiagnostic       **out)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  CwRustDiagnostic     *self;
  JsonObject           *object;
  JsonObject           *code;
  JsonNode             *root;
  const char           *type;
  const char           *message;

  *out = NULL;

  if (!json_parser_load_from_data (parser, line, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return CW_RUST_LINE_NOT_JSON;

  object = json_node_get_object (root);
  /* Older rustc has no "$message_type"; newer ones also report artifacts and future
   * incompatibilities, which are not diagnostics. */
  type = cw_json_string (object, "$message_type");
  message = cw_json_string (object, "message");
  if ((type != NULL && !g_str_equal (type, "diagnostic")) || message == NULL)
    return CW_RUST_LINE_OTHER_JSON;

  self = g_object_new (CW_TYPE_RUST_DIAGNOSTIC, NULL);
  self->level = cw_rust_level_from_string (cw_json_string (object, "level"));
  self->message = g_strdup (message);
  self->rendered = g_strdup (cw_json_string (object, "rendered"));
  code = cw_json_object (object, "code");
  if (code != NULL)
    self->code = g_strdup (cw_json_string (code, "code"));

  cw_rust_diagnostic_add_spans (self, cw_json_array (object, "spans"), source);
  cw_rust_diagnostic_place_in_code (self);
  cw_rust_diagnostic_add_notes (self, cw_json_array (object, "children"));

  /* "aborting due to 2 previous errors", "1 warning emitted", "For more information …":
   * about the other diagnostics, not one of them. */
  self->is_summary = self->spans->len == 0 && self->code == NULL &&
                     (self->level == CW_RUST_DIAGNOSTIC_LEVEL_FAILURE_NOTE ||
                      g_str_has_prefix (self->message, "aborting due to") ||
                      g_str_has_suffix (self->message, " emitted"));

  *out = self;

  return CW_RUST_LINE_DIAGNOSTIC;
}

static const CwRustSpan *
cw_rust_diagnostic_primary (CwRustDiagnostic *self)
{
  return self->spans->len > 0 ? &g_array_index (self->spans, CwRustSpan, 0) : NULL;
}

static void
cw_rust_diagnostic_finalize (GObject *object)
{
  CwRustDiagnostic *self = CW_RUST_DIAGNOSTIC (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->rendered, g_free);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->notes, g_strfreev);

  G_OBJECT_CLASS (cw_rust_diagnostic_parent_class)->finalize (object);
}

static void
cw_rust_diagnostic_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwRustDiagnostic *self = CW_RUST_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_RENDERED:
      g_value_set_string (value, self->rendered);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, cw_rust_diagnostic_get_origin (self));
      break;
    case PROP_LINE:
      g_value_set_uint (value, cw_rust_diagnostic_get_line (self));
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, cw_rust_diagnostic_get_column (self));
      break;
    case PROP_END_LINE:
      g_value_set_uint (value, cw_rust_diagnostic_get_end_line (self));
      break;
    case PROP_END_COLUMN:
      g_value_set_uint (value, cw_rust_diagnostic_get_end_column (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, cw_rust_diagnostic_get_label (self));
      break;
    case PROP_NOTES:
      g_value_set_boxed (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_rust_diagnostic_class_init (CwRustDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_rust_diagnostic_finalize;
  object_class->get_property = cw_rust_diagnostic_get_property;

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, CW_TYPE_RUST_DIAGNOSTIC_LEVEL,
                       CW_RUST_DIAGNOSTIC_LEVEL_ERROR, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_RENDERED] = g_param_spec_string ("rendered", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, CW_TYPE_CODE_ORIGIN, CW_CODE_ORIGIN_NONE, flags);
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_COLUMN] = g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END_LINE] =
    g_param_spec_uint ("end-line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END_COLUMN] =
    g_param_spec_uint ("end-column", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_boxed ("notes", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_rust_diagnostic_init (CwRustDiagnostic *self)
{
  self->spans = g_array_new (FALSE, TRUE, sizeof (CwRustSpan));
  g_array_set_clear_func (self->spans, cw_rust_span_clear);
}

/**
 * cw_rust_diagnostic_new:
 * @message: what happened, in a sentence
 *
 * Returns: (transfer full): a diagnostic with no code and no location
 */
CwRustDiagnostic *
cw_rust_diagnostic_new (CwRustDiagnosticLevel  level,
                        const char            *message)
{
  CwRustDiagnostic *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (CW_TYPE_RUST_DIAGNOSTIC, NULL);
  self->level = level;
  self->message = g_strdup (message);
  /* As rustc prints a diagnostic without a location. */
  self->rendered = g_strdup_printf ("%s: %s\n",
                                    level == CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR ?
                                    "error" : cw_rust_diagnostic_level_to_string (level),
                                    message);
  self->notes = g_new0 (char *, 1);

  return self;
}

/**
 * cw_rust_diagnostic_new_from_json:
 * @line: one line of rustc's `--error-format=json` output, valid UTF-8
 * @source: (nullable): the file compiled, to place spans
 *
 * Returns: (transfer full) (nullable): the diagnostic, or %NULL when the line is not one
 */
CwRustDiagnostic *
cw_rust_diagnostic_new_from_json (const char             *line,
                                  const CwExerciseSource *source)
{
  CwRustDiagnostic *self;

  g_return_val_if_fail (line != NULL, NULL);

  cw_rust_diagnostic_parse_line (line, source, &self);

  return self;
}

/**
 * cw_rust_diagnostics_parse:
 * @text: all rustc wrote (stderr), valid UTF-8
 * @source: (nullable): the file compiled, to place spans
 * @other: (nullable): receives the lines that are not rustc's JSON (a rustup message, the
 *   text of a compiler crash, a line cut short), each ending in a newline
 *
 * Returns: (transfer container) (element-type CwRustDiagnostic): every diagnostic, in order,
 *   summaries included (see cw_rust_diagnostic_is_summary())
 */
GPtrArray *
cw_rust_diagnostics_parse (const char             *text,
                           const CwExerciseSource *source,
                           GString                *other)
{
  GPtrArray  *diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  const char *line = text;

  g_return_val_if_fail (text != NULL, diagnostics);

  while (*line != '\0')
    {
      const char       *end = strchr (line, '\n');
      g_autofree char  *copy = g_strndup (line, end != NULL ? (gsize) (end - line) : strlen (line));
      CwRustDiagnostic *diagnostic = NULL;
      CwRustLineKind    kind = CW_RUST_LINE_NOT_JSON;

      if (copy[0] == '{')
        kind = cw_rust_diagnostic_parse_line (copy, source, &diagnostic);

      if (kind == CW_RUST_LINE_DIAGNOSTIC)
        g_ptr_array_add (diagnostics, diagnostic);
      else if (kind == CW_RUST_LINE_NOT_JSON && other != NULL && copy[0] != '\0')
        g_string_append_printf (other, "%s\n", copy);

      if (end == NULL)
        break;
      line = end + 1;
    }

  return diagnostics;
}

CwRustDiagnosticLevel
cw_rust_diagnostic_get_level (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), CW_RUST_DIAGNOSTIC_LEVEL_ERROR);

  return self->level;
}

/* "E0382" for an error, the lint's name for a lint ("unused_variables"), or NULL: many
 * diagnostics (syntax errors) have none. */
const char *
cw_rust_diagnostic_get_code (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);

  return self->code;
}

const char *
cw_rust_diagnostic_get_message (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);

  return self->message;
}

/* The whole text rustc prints for it in a terminal, with the code quoted and marked; its
 * "--> main.rs:LINE:COL" counts lines of the whole file, which are the learner's own lines
 * for their code. NULL for none. */
const char *
cw_rust_diagnostic_get_rendered (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);

  return self->rendered;
}

/* Where its primary span lies; CW_CODE_ORIGIN_NONE without one. */
CwCodeOrigin
cw_rust_diagnostic_get_origin (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), CW_CODE_ORIGIN_NONE);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->origin : CW_CODE_ORIGIN_NONE;
}

guint
cw_rust_diagnostic_get_line (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), 0);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->line : 0;
}

guint
cw_rust_diagnostic_get_column (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), 0);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->column : 0;
}

guint
cw_rust_diagnostic_get_end_line (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), 0);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->end_line : 0;
}

guint
cw_rust_diagnostic_get_end_column (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), 0);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->end_column : 0;
}

/* The primary span's label, "mutable borrow occurs here", or NULL. */
const char *
cw_rust_diagnostic_get_label (CwRustDiagnostic *self)
{
  const CwRustSpan *span;

  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);

  span = cw_rust_diagnostic_primary (self);

  return span != NULL ? span->label : NULL;
}

/**
 * cw_rust_diagnostic_get_spans:
 * @n_spans: (out): how many
 *
 * Returns: (array length=n_spans) (transfer none): every span, the primary one first
 */
const CwRustSpan *
cw_rust_diagnostic_get_spans (CwRustDiagnostic *self,
                              guint            *n_spans)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);
  g_return_val_if_fail (n_spans != NULL, NULL);

  *n_spans = self->spans->len;

  return (const CwRustSpan *) (gpointer) self->spans->data;
}

/* Its children as rustc prints them: "note: …", "help: …"; never NULL. */
const char * const *
cw_rust_diagnostic_get_notes (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), NULL);

  return (const char * const *) self->notes;
}

/* Whether it sums the others up ("aborting due to 2 previous errors") rather than being one. */
gboolean
cw_rust_diagnostic_is_summary (CwRustDiagnostic *self)
{
  g_return_val_if_fail (CW_IS_RUST_DIAGNOSTIC (self), FALSE);

  return self->is_summary;
}

/* The stable name, as rustc spells it and as in JSON: "error", "warning", … */
const char *
cw_rust_diagnostic_level_to_string (CwRustDiagnosticLevel level)
{
  GEnumClass *klass = g_type_class_ref (CW_TYPE_RUST_DIAGNOSTIC_LEVEL);
  GEnumValue *value = g_enum_get_value (klass, level);

  g_type_class_unref (klass);

  return value != NULL ? value->value_nick : "note";
}
