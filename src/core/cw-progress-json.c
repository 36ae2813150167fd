/* cw-progress-json.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-progress-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cw-progress-store-private.h"

/*
 * Export of the progress as a JSON document, and reading and checking a document to import
 * (see the header for the format and the rules; cw-progress-import.c applies it,
 * cw-progress-export.c runs the export for the public functions).
 *
 * The document's sections are described once, in cw_sections (under "The document" below),
 * and both directions follow that table: the export writes each row of a section's query
 * as one element of its list, field by field; the import reads each element back into a
 * record, field by field, and checks it — every field's type and range, then each text's
 * rule, then the section's rules across fields and rows — before anything is written.
 */

/* What an import accepts at most, checked before the document is parsed (see
 * cw_import_prescan()). An export of years of daily study is a few megabytes, and three
 * levels deep: the document, a list, a record. */
#define CW_IMPORT_MAX_BYTES     (64 * 1024 * 1024)
#define CW_IMPORT_MAX_DEPTH     16

/* What a member of an element is, in the document, in the record and in the export's row. */
typedef enum
{
  CW_FIELD_LESSON_ID,   /* a lesson id (const char *) */
  CW_FIELD_EXERCISE_ID, /* an exercise id (const char *); not checked against the content */
  CW_FIELD_TEXT,        /* UTF-8 text (const char *); exported repaired if it is damaged */
  CW_FIELD_INT,         /* a whole number in [min, max] (gint64) */
  CW_FIELD_BOOL,        /* true or false (gboolean) */
  CW_FIELD_TIME,        /* ISO 8601 with a time zone (gint64 µs; null is CW_NO_TIME) */
} CwFieldKind;

typedef struct _CwSection CwSection;

/* A rule a text must meet once the whole element is read; it may derive a member of the
 * record from the text (the state's "learned"). */
typedef gboolean (*CwTextRule)    (const char       *text,
                                   gpointer          record,
                                   const char       *where,
                                   const char       *member,
                                   GError          **error);
/* Reads one element of a section's list into @record: its types and ranges, then its texts'
 * rules. */
typedef gboolean (*CwReadElement) (const CwSection  *section,
                                   JsonNode         *node,
                                   gpointer          record,
                                   const char       *where,
                                   GError          **error);
/* The rules across a record's fields and across a section's rows, once an element is read;
 * @seen is the section's own set, for duplicates. */
typedef gboolean (*CwRowRule)     (CwImport         *import,
                                   gpointer          record,
                                   GHashTable       *seen,
                                   const char       *where,
                                   GError          **error);
/* Writes one row of a section's query as one element of its list. */
typedef void     (*CwWriteRow)    (JsonBuilder      *builder,
                                   const CwSection  *section,
                                   sqlite3_stmt     *stmt,
                                   GPtrArray        *damaged);
/* Names a row whose text is damaged, in words for the learner. */
typedef char *   (*CwDamagedItem) (sqlite3_stmt     *stmt);

typedef struct
{
  const char  *member;
  CwFieldKind  kind;
  gsize        offset;     /* of the value in the record */
  gboolean     nullable;   /* texts and times */
  gint64       min;        /* whole numbers */
  gint64       max;
  CwTextRule   rule;       /* texts; NULL: none */
} CwField;

/* A section is a list in the document. An element of a section of objects has the fields
 * as members, in order; the export's query gives them as columns, in the same order. A
 * section whose first field is a lesson id is about lessons: the import skips rows for
 * lessons it is not told of, and the export leaves out rows whose stored id is damaged. */
struct _CwSection
{
  const char     *name;
  const char     *sql;            /* the export's query, rows in a stable order */
  const CwField  *fields;
  guint           n_fields;
  gsize           size;           /* of a record */
  CwReadElement   read;
  CwRowRule       rule;           /* NULL: none */
  CwWriteRow      write;
  CwDamagedItem   damaged_item;   /* for sections with texts */
};

/* Room for one record of any section. */
typedef union
{
  CwImportLesson lesson;
  CwImportAnswer answer;
  CwImportNote   note;
  CwImportReview review;
  CwImportFibRun fib_run;
  CwImportExercise exercise;
  gint64         slot;     /* activity: the start of a 15-minute slot, in seconds */
} CwImportRecord;


/* Export: an element from a row */

static void
cw_builder_add_time (JsonBuilder *builder,
                     const char  *member,
                     gint64       usec)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, member);
  /* A stored time out of range is written as the nearest end of the range, never as null:
   * the export must import again. */
  if (usec != CW_NO_TIME)
    dt = cw_calendar_date_time (CLAMP (usec, CW_TIME_MIN, CW_TIME_MAX), NULL);
  if (dt != NULL)
    text = g_date_time_format_iso8601 (dt);

  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
cw_builder_add_string (JsonBuilder *builder,
                       const char  *member,
                       const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
cw_builder_add_int (JsonBuilder *builder,
                    const char  *member,
                    gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* What the export found damaged, in words for the learner; each once. */
static void
cw_export_damaged (GPtrArray  *damaged,
                   const char *item)
{
  if (!g_ptr_array_find_with_equal_func (damaged, item, g_str_equal, NULL))
    g_ptr_array_add (damaged, g_strdup (item));
}

/* A text of the export, checked (see cw_sqlite_repair_text()): damaged text is written
 * repaired, and the row is reported. */
static void
cw_export_add_text (JsonBuilder     *builder,
                    const CwSection *section,
                    const char      *member,
                    sqlite3_stmt    *stmt,
                    int              column,
                    GPtrArray       *damaged)
{
  const char *text = cw_sqlite_column_text (stmt, column);
  g_autofree char *repaired = cw_sqlite_repair_text (text);

  if (repaired != NULL && section->damaged_item != NULL)
    {
      g_autofree char *item = section->damaged_item (stmt);

      cw_export_damaged (damaged, item);
    }
  cw_builder_add_string (builder, member, repaired != NULL ? repaired : text);
}

static char *
cw_export_note_item (sqlite3_stmt *stmt)
{
  /* Translators: %s is a lesson's id */
  return g_strdup_printf (_("the note on the lesson “%s”"), cw_sqlite_column_text (stmt, 0));
}

static char *
cw_export_fib_run_item (sqlite3_stmt *stmt)
{
  /* Translators: %u is the n of a Fibonacci run, as in "fib(40)" */
  return g_strdup_printf (_("a Fibonacci lab run, fib(%u)"),
                          (guint) sqlite3_column_int64 (stmt, 0));
}

static char *
cw_export_exercise_item (sqlite3_stmt *stmt)
{
  /* Translators: %s is a practice exercise's id */
  return g_strdup_printf (_("the draft of the exercise “%s”"), cw_sqlite_column_text (stmt, 0));
}

/* Rule for a row whose lesson (or exercise) id is damaged: it is left out, and reported,
 * since an id that is not the one stored names no lesson. Returns FALSE for such a row. */
static gboolean
cw_export_check_lesson_id (sqlite3_stmt *stmt,
                           CwFieldKind   kind,
                           GPtrArray    *damaged)
{
  const char *id = cw_sqlite_column_text (stmt, 0);
  g_autofree char *repaired = cw_sqlite_repair_text (id);
  g_autofree char *item = NULL;

  if (repaired == NULL)
    return TRUE;

  if (kind == CW_FIELD_EXERCISE_ID)
    /* Translators: %s is an exercise's id with its damaged bytes replaced */
    item = g_strdup_printf (_("the progress of an exercise whose name is damaged (“%s”)"),
                            repaired);
  else
    /* Translators: %s is a lesson's id with its damaged bytes replaced */
    item = g_strdup_printf (_("the progress of a lesson whose name is damaged (“%s”)"),
                            repaired);
  cw_export_damaged (damaged, item);
  return FALSE;
}

/* A row as an object: column i is the member of field i. */
static void
cw_export_write_object (JsonBuilder     *builder,
                        const CwSection *section,
                        sqlite3_stmt    *stmt,
                        GPtrArray       *damaged)
{
  guint i;

  json_builder_begin_object (builder);

  for (i = 0; i < section->n_fields; i++)
    {
      const CwField *field = &section->fields[i];

      switch (field->kind)
        {
        case CW_FIELD_LESSON_ID:
        case CW_FIELD_EXERCISE_ID:
          cw_builder_add_string (builder, field->member, cw_sqlite_column_text (stmt, i));
          break;

        case CW_FIELD_TEXT:
          cw_export_add_text (builder, section, field->member, stmt, i, damaged);
          break;

        case CW_FIELD_INT:
          cw_builder_add_int (builder, field->member, sqlite3_column_int64 (stmt, i));
          break;

        case CW_FIELD_BOOL:
          json_builder_set_member_name (builder, field->member);
          json_builder_add_boolean_value (builder, sqlite3_column_int64 (stmt, i) != 0);
          break;

        case CW_FIELD_TIME:
          cw_builder_add_time (builder, field->member, cw_sqlite_column_nullable_int (stmt, i));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  json_builder_end_object (builder);
}

/* A slot of activity (seconds) as a time. */
static void
cw_export_write_slot (JsonBuilder     *builder,
                      const CwSection *section,
                      sqlite3_stmt    *stmt,
                      GPtrArray       *damaged)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  dt = cw_calendar_date_time (sqlite3_column_int64 (stmt, 0) * G_USEC_PER_SEC, NULL);
  text = dt != NULL ? g_date_time_format_iso8601 (dt) : NULL;
  if (text != NULL)
    json_builder_add_string_value (builder, text);
}


/* Import: a record from an element */

static gboolean
cw_import_fail (GError     **error,
                const char  *where,
                const char  *member,
                const char  *problem)
{
  g_autofree char *detail = NULL;

  if (member != NULL)
    detail = g_strdup_printf ("%s.%s: %s", where, member, problem);
  else
    detail = g_strdup_printf ("%s: %s", where, problem);

  cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                         _("This file cannot be imported: it is not a progress export from "
                           "Crabwise, or it was changed or damaged. Choose a file exported by "
                           "Crabwise; your progress was not changed."),
                         detail);
  return FALSE;
}

static JsonNode *
cw_import_member (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    cw_import_fail (error, where, member, _("missing"));

  return node;
}

static gboolean
cw_import_string (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  gboolean     nullable,
                  const char **out,
                  GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *out = NULL;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return cw_import_fail (error, where, member,
                           nullable ? _("expected a string or null") : _("expected a string"));

  /* json-glib turns an escaped lone surrogate ("\ud800") into bytes that are not UTF-8. */
  *out = json_node_get_string (node);
  if (!g_utf8_validate (*out, -1, NULL))
    return cw_import_fail (error, where, member, _("expected UTF-8 text"));

  return TRUE;
}

/* A note of at most CW_MAX_NOTE_BYTES, or another text of at most CW_MAX_SHORT_TEXT. */
static gboolean
cw_import_check_length (const char  *text,
                        gboolean     note,
                        const char  *where,
                        const char  *member,
                        GError     **error)
{
  gsize max = note ? CW_MAX_NOTE_BYTES : CW_MAX_SHORT_TEXT;
  g_autofree char *limit = NULL;
  g_autofree char *message = NULL;

  if (strlen (text) <= max)
    return TRUE;

  limit = g_format_size_full (max, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: %s is a size, e.g. "256.0 KiB" */
  message = note ? g_strdup_printf (_("a note is at most %s"), limit)
                 : g_strdup_printf (_("at most %s"), limit);

  return cw_import_fail (error, where, member, message);
}

static gboolean
cw_import_lesson_id (JsonObject  *object,
                     const char  *where,
                     const char  *member,
                     gboolean     nullable,
                     const char **out,
                     GError     **error)
{
  if (!cw_import_string (object, where, member, nullable, out, error))
    return FALSE;

  if (*out != NULL && (**out == '\0' || strlen (*out) > CW_MAX_LESSON_ID))
    return cw_import_fail (error, where, member, _("expected a lesson id"));

  return TRUE;
}

static gboolean
cw_import_exercise_id (JsonObject  *object,
                       const char  *where,
                       const char  *member,
                       const char **out,
                       GError     **error)
{
  if (!cw_import_string (object, where, member, FALSE, out, error))
    return FALSE;

  if (**out == '\0' || strlen (*out) > CW_MAX_LESSON_ID)
    return cw_import_fail (error, where, member, _("expected an exercise id"));

  return TRUE;
}

static gboolean
cw_import_int (JsonObject  *object,
               const char  *where,
               const char  *member,
               gint64       min,
               gint64       max,
               gint64      *out,
               GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return cw_import_fail (error, where, member, _("expected a whole number"));

  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    return cw_import_fail (error, where, member, _("the number is out of range"));

  return TRUE;
}

static gboolean
cw_import_bool (JsonObject  *object,
                const char  *where,
                const char  *member,
                gboolean    *out,
                GError     **error)
{
  JsonNode *node = cw_import_member (object, where, member, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return cw_import_fail (error, where, member, _("expected true or false"));

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* An ISO 8601 time with a time zone, in [CW_TIME_MIN, CW_TIME_MAX]; NULL is CW_NO_TIME. */
static gboolean
cw_import_parse_time (const char  *text,
                      const char  *where,
                      const char  *member,
                      gint64      *out,
                      GError     **error)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL)
    {
      *out = CW_NO_TIME;
      return TRUE;
    }

  /* With no default time zone, a time without one is refused. */
  dt = g_date_time_new_from_iso8601 (text, NULL);
  if (dt == NULL)
    return cw_import_fail (error, where, member,
                           _("expected a date and time in ISO 8601 with a time zone"));

  *out = cw_calendar_usec (dt);
  if (*out < CW_TIME_MIN || *out > CW_TIME_MAX)
    return cw_import_fail (error, where, member, _("expected a time from 1970 to 9998"));

  return TRUE;
}

static gboolean
cw_import_time (JsonObject  *object,
                const char  *where,
                const char  *member,
                gboolean     nullable,
                gint64      *out,
                GError     **error)
{
  const char *text = NULL;

  if (!cw_import_string (object, where, member, nullable, &text, error))
    return FALSE;

  return cw_import_parse_time (text, where, member, out, error);
}

static gboolean
cw_import_read_field (JsonObject     *object,
                      const CwField  *field,
                      gpointer        record,
                      const char     *where,
                      GError        **error)
{
  gpointer value = G_STRUCT_MEMBER_P (record, field->offset);

  switch (field->kind)
    {
    case CW_FIELD_LESSON_ID:
      return cw_import_lesson_id (object, where, field->member, field->nullable, value, error);

    case CW_FIELD_EXERCISE_ID:
      return cw_import_exercise_id (object, where, field->member, value, error);

    case CW_FIELD_TEXT:
      return cw_import_string (object, where, field->member, field->nullable, value, error);

    case CW_FIELD_INT:
      return cw_import_int (object, where, field->member, field->min, field->max, value, error);

    case CW_FIELD_BOOL:
      return cw_import_bool (object, where, field->member, value, error);

    case CW_FIELD_TIME:
      return cw_import_time (object, where, field->member, field->nullable, value, error);

    default:
      g_assert_not_reached ();
    }
}

/* An object: every field's type and range first, then the texts' rules, in field order. */
static gboolean
cw_import_read_object (const CwSection  *section,
                       JsonNode         *node,
                       gpointer          record,
                       const char       *where,
                       GError          **error)
{
  JsonObject *object;
  guint i;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return cw_import_fail (error, where, NULL, _("expected an object"));
  object = json_node_get_object (node);

  for (i = 0; i < section->n_fields; i++)
    if (!cw_import_read_field (object, &section->fields[i], record, where, error))
      return FALSE;

  for (i = 0; i < section->n_fields; i++)
    {
      const CwField *field = &section->fields[i];
      const char *text;

      if (field->rule == NULL)
        continue;
      text = G_STRUCT_MEMBER (const char *, record, field->offset);
      if (!field->rule (text, record, where, field->member, error))
        return FALSE;
    }

  return TRUE;
}

/* A time, kept as the start of its 15-minute slot of activity. */
static gboolean
cw_import_read_slot (const CwSection  *section,
                     JsonNode         *node,
                     gpointer          record,
                     const char       *where,
                     GError          **error)
{
  gint64 usec = 0;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return cw_import_fail (error, where, NULL,
                           _("expected a date and time in ISO 8601 with a time zone"));
  if (!cw_import_parse_time (json_node_get_string (node), where, NULL, &usec, error))
    return FALSE;

  *(gint64 *) record = cw_progress_activity_slot (usec);
  return TRUE;
}

static gboolean
cw_import_rule_state (const char  *text,
                      gpointer     record,
                      const char  *where,
                      const char  *member,
                      GError     **error)
{
  CwImportLesson *lesson = record;

  if (g_str_equal (text, "learned"))
    lesson->learned = TRUE;
  else if (!g_str_equal (text, "in-progress"))
    return cw_import_fail (error, where, member, _("expected “in-progress” or “learned”"));

  return TRUE;
}

static gboolean
cw_import_rule_note_text (const char  *text,
                          gpointer     record,
                          const char  *where,
                          const char  *member,
                          GError     **error)
{
  if (*text == '\0')
    return cw_import_fail (error, where, member, _("a note is never empty"));

  return cw_import_check_length (text, TRUE, where, member, error);
}

static gboolean
cw_import_rule_short_text (const char  *text,
                           gpointer     record,
                           const char  *where,
                           const char  *member,
                           GError     **error)
{
  return cw_import_check_length (text, FALSE, where, member, error);
}

static gboolean
cw_import_rule_exercise_state (const char  *text,
                               gpointer     record,
                               const char  *where,
                               const char  *member,
                               GError     **error)
{
  CwImportExercise *exercise = record;

  if (g_str_equal (text, "not-started"))
    exercise->state_value = CW_EXERCISE_NOT_STARTED;
  else if (g_str_equal (text, "attempted"))
    exercise->state_value = CW_EXERCISE_ATTEMPTED;
  else if (g_str_equal (text, "passed"))
    exercise->state_value = CW_EXERCISE_PASSED;
  else
    return cw_import_fail (error, where, member,
                           _("expected “not-started”, “attempted” or “passed”"));

  return TRUE;
}

/* A draft of at most CW_EXERCISE_MAX_DRAFT bytes, as cw_progress_store_save_draft() keeps. */
static gboolean
cw_import_rule_draft (const char  *text,
                      gpointer     record,
                      const char  *where,
                      const char  *member,
                      GError     **error)
{
  g_autofree char *limit = NULL;
  g_autofree char *message = NULL;

  if (text == NULL || strlen (text) <= CW_EXERCISE_MAX_DRAFT)
    return TRUE;

  limit = g_format_size_full (CW_EXERCISE_MAX_DRAFT, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: %s is a size, e.g. "2.0 MiB" */
  message = g_strdup_printf (_("a draft is at most %s"), limit);
  return cw_import_fail (error, where, member, message);
}

/* Rules: the state agrees with the counts, as the store derives it (passed exactly when
 * there is a first pass; attempted or passed exactly when there was an attempt); a draft
 * has a time saved, and only a draft; no exercise twice. */
static gboolean
cw_import_rule_exercise (CwImport    *import,
                         gpointer     record,
                         GHashTable  *seen,
                         const char  *where,
                         GError     **error)
{
  CwImportExercise *exercise = record;
  gboolean passed = exercise->state_value == CW_EXERCISE_PASSED;

  if (passed != (exercise->first_passed_at != CW_NO_TIME))
    return cw_import_fail (error, where, "first_passed_at",
                           _("a passed exercise has a first pass, and only a passed one"));

  if ((exercise->state_value == CW_EXERCISE_NOT_STARTED) != (exercise->attempts == 0))
    return cw_import_fail (error, where, "attempts",
                           _("an exercise not started has no attempts, and only such a one"));

  if ((exercise->draft == NULL) != (exercise->draft_saved_at == CW_NO_TIME))
    return cw_import_fail (error, where, "draft_saved_at",
                           _("a draft has a time it was saved, and only a draft"));

  if (!g_hash_table_add (seen, (gpointer) exercise->id))
    return cw_import_fail (error, where, "id", _("this exercise appears twice"));

  return TRUE;
}

/* Rules: a lesson is opened before (or when) it gets its current state, and learned between
 * the two. The store's own writes keep this order (see cw_write_set_learned()). */
static gboolean
cw_import_check_lesson_times (const CwImportLesson  *lesson,
                              const char            *where,
                              GError               **error)
{
  if (lesson->changed_at < lesson->opened_at)
    return cw_import_fail (error, where, "changed_at", _("earlier than opened_at"));

  if (lesson->learned && lesson->learned_at < lesson->opened_at)
    return cw_import_fail (error, where, "learned_at", _("earlier than opened_at"));

  if (lesson->learned && lesson->changed_at < lesson->learned_at)
    return cw_import_fail (error, where, "changed_at", _("earlier than learned_at"));

  return TRUE;
}

/* Rules: a learned lesson has a date learned, and only a learned one; its times are in
 * order; no lesson twice. */
static gboolean
cw_import_rule_lesson (CwImport    *import,
                       gpointer     record,
                       GHashTable  *seen,
                       const char  *where,
                       GError     **error)
{
  CwImportLesson *lesson = record;

  if (lesson->learned != (lesson->learned_at != CW_NO_TIME))
    return cw_import_fail (error, where, "learned_at",
                           _("a learned lesson has a date learned, and only a learned one"));

  if (!cw_import_check_lesson_times (lesson, where, error))
    return FALSE;

  if (!g_hash_table_add (seen, (gpointer) lesson->id))
    return cw_import_fail (error, where, "id", _("this lesson appears twice"));

  if (lesson->learned)
    g_hash_table_add (import->learned, (gpointer) lesson->id);

  return TRUE;
}

/* Rule: one note per lesson. */
static gboolean
cw_import_rule_note (CwImport    *import,
                     gpointer     record,
                     GHashTable  *seen,
                     const char  *where,
                     GError     **error)
{
  CwImportNote *note = record;

  if (!g_hash_table_add (seen, (gpointer) note->lesson_id))
    return cw_import_fail (error, where, "lesson", _("this lesson has two notes"));

  return TRUE;
}

/* Rules: one schedule per lesson, for a lesson learned in the same document. */
static gboolean
cw_import_rule_review (CwImport    *import,
                       gpointer     record,
                       GHashTable  *seen,
                       const char  *where,
                       GError     **error)
{
  CwImportReview *review = record;

  if (!g_hash_table_add (seen, (gpointer) review->lesson_id))
    return cw_import_fail (error, where, "lesson", _("this lesson has two schedules"));

  /* Rule: a review happens before (or when) the lesson is next due: the store schedules
   * the next one at least a day after it. */
  if (review->reviewed_at != CW_NO_TIME && review->reviewed_at > review->due_at)
    return cw_import_fail (error, where, "reviewed_at", _("later than due_at"));

  if (!g_hash_table_contains (import->learned, review->lesson_id))
    return cw_import_fail (error, where, "lesson",
                           _("only a lesson learned in the same file can be reviewed"));

  return TRUE;
}


/* The document */

/* Rows in a stable order: the order an import inserts them in is the order they come back. */
/* Written so that every row meets the import's rules, whatever an older version left: times
 * in order (opened ≤ learned ≤ changed), a date learned exactly for a learned lesson, a
 * schedule for every learned lesson (box 1, due a day after learned, as
 * cw_import_add_missing_schedules() gives one) and for no other, no review after its due
 * date. */
#define SQL_EXPORT_LESSONS \
  "SELECT lesson_id, CASE WHEN state = 'learned' THEN 'learned' ELSE 'in-progress' END," \
  "       min(opened_at, changed_at, coalesce(learned_at, opened_at))," \
  "       CASE WHEN state = 'learned' THEN coalesce(learned_at, changed_at) END," \
  "       max(changed_at, coalesce(learned_at, changed_at))" \
  "  FROM lessons ORDER BY lesson_id"
#define SQL_EXPORT_ANSWERS \
  "SELECT lesson_id, question, choice, correct, answered_at FROM answers" \
  " ORDER BY answered_at, id"
#define SQL_EXPORT_NOTES \
  "SELECT lesson_id, text, changed_at FROM notes ORDER BY lesson_id"
#define SQL_EXPORT_REVIEWS \
  "SELECT lesson_id, box, due, min(reviewed_at, due) FROM (" \
  "  SELECT l.lesson_id AS lesson_id, coalesce(r.box, 1) AS box, r.reviewed_at AS reviewed_at," \
  "         coalesce(r.due_at, coalesce(l.learned_at, l.changed_at) + 86400000000) AS due" \
  "    FROM lessons AS l LEFT JOIN reviews AS r USING (lesson_id)" \
  "   WHERE l.state = 'learned')" \
  " ORDER BY lesson_id"
#define SQL_EXPORT_FIB_RUNS \
  "SELECT n, algorithm, elapsed_ns, value_preview, ran_at FROM fib_runs ORDER BY ran_at, id"

/* The state as the store derives it (see cw_progress_migration_4). */
#define SQL_EXPORT_EXERCISES \
  "SELECT exercise_id," \
  "       CASE WHEN first_passed_at IS NOT NULL THEN 'passed'" \
  "            WHEN attempts > 0 THEN 'attempted' ELSE 'not-started' END," \
  "       attempts, first_passed_at, hints_shown, solution_revealed, draft, draft_saved_at" \
  "  FROM exercises ORDER BY exercise_id"

/* Slots out of range are written as the nearest end of it, once (see CW_TIME_MIN). */
#define SQL_EXPORT_ACTIVITY \
  "SELECT DISTINCT max(min(slot_start, 253370764800), 0) AS slot FROM activity ORDER BY slot"

#define FIELD_AT(type, field) G_STRUCT_OFFSET (type, field)

static const CwField cw_lesson_fields[] = {
  { .member = "id", .kind = CW_FIELD_LESSON_ID, .offset = FIELD_AT (CwImportLesson, id) },
  { .member = "state", .kind = CW_FIELD_TEXT, .offset = FIELD_AT (CwImportLesson, state),
    .rule = cw_import_rule_state },
  { .member = "opened_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportLesson, opened_at) },
  { .member = "learned_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportLesson, learned_at), .nullable = TRUE },
  { .member = "changed_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportLesson, changed_at) },
};

static const CwField cw_answer_fields[] = {
  { .member = "lesson", .kind = CW_FIELD_LESSON_ID,
    .offset = FIELD_AT (CwImportAnswer, lesson_id) },
  { .member = "question", .kind = CW_FIELD_INT, .offset = FIELD_AT (CwImportAnswer, question),
    .min = 0, .max = G_MAXUINT },
  { .member = "choice", .kind = CW_FIELD_INT, .offset = FIELD_AT (CwImportAnswer, choice),
    .min = 0, .max = G_MAXUINT },
  { .member = "correct", .kind = CW_FIELD_BOOL, .offset = FIELD_AT (CwImportAnswer, correct) },
  { .member = "answered_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportAnswer, answered_at) },
};

static const CwField cw_note_fields[] = {
  { .member = "lesson", .kind = CW_FIELD_LESSON_ID,
    .offset = FIELD_AT (CwImportNote, lesson_id) },
  { .member = "text", .kind = CW_FIELD_TEXT, .offset = FIELD_AT (CwImportNote, text),
    .rule = cw_import_rule_note_text },
  { .member = "changed_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportNote, changed_at) },
};

static const CwField cw_review_fields[] = {
  { .member = "lesson", .kind = CW_FIELD_LESSON_ID,
    .offset = FIELD_AT (CwImportReview, lesson_id) },
  { .member = "box", .kind = CW_FIELD_INT, .offset = FIELD_AT (CwImportReview, box),
    .min = 1, .max = CW_PROGRESS_N_BOXES },
  { .member = "due_at", .kind = CW_FIELD_TIME, .offset = FIELD_AT (CwImportReview, due_at) },
  { .member = "reviewed_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportReview, reviewed_at), .nullable = TRUE },
};

static const CwField cw_fib_run_fields[] = {
  { .member = "n", .kind = CW_FIELD_INT, .offset = FIELD_AT (CwImportFibRun, n),
    .min = 0, .max = G_MAXUINT },
  { .member = "algorithm", .kind = CW_FIELD_TEXT, .offset = FIELD_AT (CwImportFibRun, algorithm),
    .rule = cw_import_rule_short_text },
  { .member = "elapsed_ns", .kind = CW_FIELD_INT,
    .offset = FIELD_AT (CwImportFibRun, elapsed_ns), .min = 0, .max = G_MAXINT64 },
  { .member = "value_preview", .kind = CW_FIELD_TEXT,
    .offset = FIELD_AT (CwImportFibRun, value_preview), .rule = cw_import_rule_short_text },
  { .member = "ran_at", .kind = CW_FIELD_TIME, .offset = FIELD_AT (CwImportFibRun, ran_at) },
};

static const CwField cw_exercise_fields[] = {
  { .member = "id", .kind = CW_FIELD_EXERCISE_ID, .offset = FIELD_AT (CwImportExercise, id) },
  { .member = "state", .kind = CW_FIELD_TEXT, .offset = FIELD_AT (CwImportExercise, state),
    .rule = cw_import_rule_exercise_state },
  { .member = "attempts", .kind = CW_FIELD_INT, .offset = FIELD_AT (CwImportExercise, attempts),
    .min = 0, .max = G_MAXUINT },
  { .member = "first_passed_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportExercise, first_passed_at), .nullable = TRUE },
  { .member = "hints_shown", .kind = CW_FIELD_INT,
    .offset = FIELD_AT (CwImportExercise, hints_shown), .min = 0, .max = CW_EXERCISE_MAX_HINTS },
  { .member = "solution_revealed", .kind = CW_FIELD_BOOL,
    .offset = FIELD_AT (CwImportExercise, solution_revealed) },
  { .member = "draft", .kind = CW_FIELD_TEXT, .offset = FIELD_AT (CwImportExercise, draft),
    .nullable = TRUE, .rule = cw_import_rule_draft },
  { .member = "draft_saved_at", .kind = CW_FIELD_TIME,
    .offset = FIELD_AT (CwImportExercise, draft_saved_at), .nullable = TRUE },
};

/* In the document's order: a review refers to a lesson read before it. */
static const CwSection cw_sections[CW_N_SECTIONS] = {
  [CW_SECTION_LESSONS] = {
    "lessons", SQL_EXPORT_LESSONS, cw_lesson_fields, G_N_ELEMENTS (cw_lesson_fields),
    sizeof (CwImportLesson), cw_import_read_object, cw_import_rule_lesson,
    cw_export_write_object, NULL,
  },
  [CW_SECTION_ANSWERS] = {
    "answers", SQL_EXPORT_ANSWERS, cw_answer_fields, G_N_ELEMENTS (cw_answer_fields),
    sizeof (CwImportAnswer), cw_import_read_object, NULL,
    cw_export_write_object, NULL,
  },
  [CW_SECTION_NOTES] = {
    "notes", SQL_EXPORT_NOTES, cw_note_fields, G_N_ELEMENTS (cw_note_fields),
    sizeof (CwImportNote), cw_import_read_object, cw_import_rule_note,
    cw_export_write_object, cw_export_note_item,
  },
  [CW_SECTION_REVIEWS] = {
    "reviews", SQL_EXPORT_REVIEWS, cw_review_fields, G_N_ELEMENTS (cw_review_fields),
    sizeof (CwImportReview), cw_import_read_object, cw_import_rule_review,
    cw_export_write_object, NULL,
  },
  [CW_SECTION_FIB_RUNS] = {
    "fib_runs", SQL_EXPORT_FIB_RUNS, cw_fib_run_fields, G_N_ELEMENTS (cw_fib_run_fields),
    sizeof (CwImportFibRun), cw_import_read_object, NULL,
    cw_export_write_object, cw_export_fib_run_item,
  },
  /* Each element a time: the activity's 15-minute slots. */
  [CW_SECTION_ACTIVITY] = {
    "activity", SQL_EXPORT_ACTIVITY, NULL, 0,
    sizeof (gint64), cw_import_read_slot, NULL,
    cw_export_write_slot, NULL,
  },
  /* Exercise ids are the content's, like lesson ids, but not checked against it: an import
   * keeps them all. Older exports have no such section: then there are none. */
  [CW_SECTION_EXERCISES] = {
    "exercises", SQL_EXPORT_EXERCISES, cw_exercise_fields, G_N_ELEMENTS (cw_exercise_fields),
    sizeof (CwImportExercise), cw_import_read_object, cw_import_rule_exercise,
    cw_export_write_object, cw_export_exercise_item,
  },
};

static gboolean
cw_section_by_lesson (const CwSection *section)
{
  return section->n_fields > 0 && section->fields[0].kind == CW_FIELD_LESSON_ID;
}

/* Sections about lessons or exercises: a row whose id is damaged names nothing. */
static gboolean
cw_section_by_id (const CwSection *section)
{
  return cw_section_by_lesson (section) ||
         (section->n_fields > 0 && section->fields[0].kind == CW_FIELD_EXERCISE_ID);
}


/* Export */

static int
cw_export_section (sqlite3         *db,
                   JsonBuilder     *builder,
                   const CwSection *section,
                   GPtrArray       *damaged)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  gboolean by_id = cw_section_by_id (section);
  int rc;

  json_builder_set_member_name (builder, section->name);
  json_builder_begin_array (builder);

  rc = sqlite3_prepare_v2 (db, section->sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      rc = SQLITE_OK;
      if (!by_id || cw_export_check_lesson_id (stmt, section->fields[0].kind, damaged))
        section->write (builder, section, stmt, damaged);
    }

  json_builder_end_array (builder);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
cw_export_all (sqlite3     *db,
               JsonBuilder *builder,
               gint64       exported_at,
               GPtrArray   *damaged)
{
  g_autoptr(CwSqliteStmt) stmt = NULL;
  const char *last_lesson = NULL;
  int rc;
  guint i;

  json_builder_begin_object (builder);
  cw_builder_add_string (builder, "format", CW_PROGRESS_EXPORT_FORMAT);
  cw_builder_add_int (builder, "version", CW_PROGRESS_EXPORT_VERSION);
  cw_builder_add_time (builder, "exported_at", exported_at);

  rc = cw_sqlite_prepare (db, &stmt, "SELECT value FROM meta WHERE key = 'last_lesson'", "");
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        last_lesson = cw_sqlite_column_text (stmt, 0);
      /* A damaged id names no lesson: there is then no last lesson. */
      if (last_lesson != NULL && !g_utf8_validate (last_lesson, -1, NULL))
        {
          cw_export_damaged (damaged, _("the last lesson opened"));
          last_lesson = NULL;
        }
      rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
  cw_builder_add_string (builder, "last_lesson", last_lesson);

  for (i = 0; i < CW_N_SECTIONS && rc == SQLITE_OK; i++)
    rc = cw_export_section (db, builder, &cw_sections[i], damaged);

  json_builder_end_object (builder);

  return rc;
}

/* The export read from @db in one read transaction, every section from the same moment: the
 * JSON text, or NULL with *rc; what was found damaged is added to @damaged. Runs on
 * whichever thread uses @db. */
char *
cw_progress_export_on (sqlite3   *db,
                       gint64     exported_at,
                       GPtrArray *damaged,
                       int       *rc)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;

  *rc = cw_sqlite_exec (db, "BEGIN", "");
  if (*rc == SQLITE_OK)
    *rc = cw_export_all (db, builder, exported_at, damaged);
  cw_sqlite_rollback (db);
  if (*rc != SQLITE_OK)
    return NULL;

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}


/* Import: reading and checking */

void
cw_progress_import_clear (CwImport *import)
{
  guint i;

  for (i = 0; i < CW_N_SECTIONS; i++)
    g_clear_pointer (&import->rows[i], g_array_unref);
  g_clear_pointer (&import->learned, g_hash_table_unref);
  g_clear_pointer (&import->known, g_hash_table_unref);
  g_clear_pointer (&import->skipped, g_hash_table_unref);
}

/* The rules a document must meet before json-glib sees it, checked in one pass over the
 * bytes:
 *   - at most CW_IMPORT_MAX_BYTES, so a huge file is refused without being parsed;
 *   - nested at most CW_IMPORT_MAX_DEPTH levels: json-glib's parser recurses once per level,
 *     and a document nested 100,000 levels deep overflows the stack;
 *   - no string holds U+0000: json-glib ends a string there, so "memory\u0000evil" would
 *     silently become "memory".
 * Brackets and escapes inside strings are text, not structure; anything else that is not
 * JSON is left for the parser to refuse. */
static gboolean
cw_import_prescan (const char  *json,
                   gsize        length,
                   GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;
  gsize i;

  if (length > CW_IMPORT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (CW_IMPORT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *detail = g_strdup_printf (_("%s, at most %s"), size, limit);

      cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             _("This file cannot be imported: it is larger than any progress "
                               "export from Crabwise. Choose a file exported by Crabwise; your "
                               "progress was not changed."),
                             detail);
      return FALSE;
    }

  for (i = 0; i < length; i++)
    {
      if (in_string)
        {
          if (json[i] == '\\')
            {
              if (length - i > 5 && json[i + 1] == 'u' && memcmp (json + i + 2, "0000", 4) == 0)
                {
                  g_autofree char *where = g_strdup_printf (_("line %u"), line);

                  return cw_import_fail (error, where, NULL,
                                         _("a text holds the character U+0000"));
                }
              i++;
            }
          else if (json[i] == '"')
            in_string = FALSE;
          continue;
        }

      switch (json[i])
        {
        case '"':
          in_string = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > CW_IMPORT_MAX_DEPTH)
            {
              g_autofree char *where = g_strdup_printf (_("line %u"), line);
              g_autofree char *problem = g_strdup_printf (_("nested more than %d levels deep"),
                                                          CW_IMPORT_MAX_DEPTH);

              return cw_import_fail (error, where, NULL, problem);
            }
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        case '\n':
          line++;
          break;

        default:
          break;
        }
    }

  return TRUE;
}

/* Unknown ids are validated like the rest, then skipped and reported. */
static gboolean
cw_import_is_known (CwImport   *import,
                    const char *lesson_id)
{
  if (import->known == NULL || g_hash_table_contains (import->known, lesson_id))
    return TRUE;

  g_hash_table_add (import->skipped, (gpointer) lesson_id);
  return FALSE;
}

/* A section absent from the document is empty. Every element is read and checked; the
 * records of lessons not known are skipped (and their ids noted). */
static gboolean
cw_import_read_section (CwImport     *import,
                        JsonObject   *root,
                        CwSectionId   id,
                        GError      **error)
{
  const CwSection *section = &cw_sections[id];
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = json_object_get_member (root, section->name);
  JsonArray *array;
  guint i;

  import->rows[id] = g_array_new (FALSE, FALSE, section->size);
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return cw_import_fail (error, section->name, NULL, _("expected a list"));
  array = json_node_get_array (node);

  for (i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", section->name, i);
      CwImportRecord record;

      memset (&record, 0, sizeof record);
      if (!section->read (section, json_array_get_element (array, i), &record, where, error) ||
          (section->rule != NULL && !section->rule (import, &record, seen, where, error)))
        return FALSE;

      if (!cw_section_by_lesson (section) ||
          cw_import_is_known (import, G_STRUCT_MEMBER (const char *, &record,
                                                       section->fields[0].offset)))
        g_array_append_vals (import->rows[id], &record, 1);
    }

  return TRUE;
}

/* Rule: a learned lesson the document gives no schedule gets the one a lesson learned
 * before there were schedules gets (see cw_progress_migration_2): box 1, due a day after it
 * was learned. Without one it would never come up for review. */
static void
cw_import_add_missing_schedules (CwImport *import)
{
  g_autoptr(GHashTable) scheduled = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *reviews = import->rows[CW_SECTION_REVIEWS];
  GArray *lessons = import->rows[CW_SECTION_LESSONS];
  guint i;

  for (i = 0; i < reviews->len; i++)
    g_hash_table_add (scheduled, (gpointer) g_array_index (reviews, CwImportReview, i).lesson_id);

  for (i = 0; i < lessons->len; i++)
    {
      CwImportLesson *lesson = &g_array_index (lessons, CwImportLesson, i);
      CwImportReview review = { lesson->id, 1, 0, CW_NO_TIME };

      if (!lesson->learned || g_hash_table_contains (scheduled, lesson->id))
        continue;

      review.due_at = MIN (lesson->learned_at + CW_USEC_PER_DAY, CW_TIME_MAX);
      g_array_append_val (reviews, review);
    }
}

static gboolean
cw_import_read (CwImport            *import,
                JsonParser          *parser,
                const char * const  *known_lesson_ids,
                GError             **error)
{
  JsonNode *root_node = json_parser_get_root (parser);
  JsonObject *root;
  const char *format = NULL;
  gint64 version = 0;
  gsize i;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return cw_import_fail (error, "$", NULL, _("expected an object"));
  root = json_node_get_object (root_node);

  if (!cw_import_string (root, "$", "format", FALSE, &format, error))
    return FALSE;
  if (!g_str_equal (format, CW_PROGRESS_EXPORT_FORMAT))
    return cw_import_fail (error, "$", "format", _("this is not a Crabwise progress export"));
  if (!cw_import_int (root, "$", "version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version > CW_PROGRESS_EXPORT_VERSION)
    {
      g_set_error (error, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NEWER_VERSION,
                   _("This file was exported by a newer version of Crabwise (export format %d; "
                     "this version reads up to %d). Update Crabwise to import it; your "
                     "progress was not changed."),
                   (int) version, CW_PROGRESS_EXPORT_VERSION);
      return FALSE;
    }

  if (known_lesson_ids != NULL)
    {
      import->known = g_hash_table_new (g_str_hash, g_str_equal);
      for (i = 0; known_lesson_ids[i] != NULL; i++)
        g_hash_table_add (import->known, (gpointer) known_lesson_ids[i]);
    }
  import->skipped = g_hash_table_new (g_str_hash, g_str_equal);
  import->learned = g_hash_table_new (g_str_hash, g_str_equal);

  if (json_object_has_member (root, "last_lesson") &&
      !cw_import_lesson_id (root, "$", "last_lesson", TRUE, &import->last_lesson, error))
    return FALSE;
  if (import->last_lesson != NULL && !cw_import_is_known (import, import->last_lesson))
    import->last_lesson = NULL;

  if (json_object_has_member (root, "exported_at"))
    {
      gint64 exported_at = 0;

      if (!cw_import_time (root, "$", "exported_at", FALSE, &exported_at, error))
        return FALSE;
    }

  for (i = 0; i < CW_N_SECTIONS; i++)
    if (!cw_import_read_section (import, root, i, error))
      return FALSE;

  cw_import_add_missing_schedules (import);

  return TRUE;
}

/* Checked, parsed and validated whole (see the header): nothing here needs the store, so
 * it runs on a worker for an asynchronous import. @import's strings point into @parser. */
gboolean
cw_progress_import_prepare (const char          *json,
                            gsize                length,
                            const char * const  *known_lesson_ids,
                            CwImportMode         mode,
                            JsonParser          *parser,
                            CwImport            *import,
                            GError             **error)
{
  g_autoptr(GError) parse_error = NULL;

  if (!cw_import_prescan (json, length, error))
    return FALSE;

  if (!json_parser_load_from_data (parser, json, length, &parse_error))
    {
      cw_progress_set_error (error, CW_PROGRESS_ERROR_INVALID_IMPORT,
                             _("This file cannot be imported: it is not valid JSON. Choose a "
                               "file exported by Crabwise; your progress was not changed."),
                             parse_error->message);
      return FALSE;
    }

  import->mode = mode;
  return cw_import_read (import, parser, known_lesson_ids, error);
}
