/* cw-test-case.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-case"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-test-case-private.h"

struct _CwTestCase
{
  GObject       parent_instance;

  char         *name;
  CwTestStatus  status;
  GString      *output;
  char         *message;
  CwCodeOrigin  origin;
  guint         line;
  guint         column;
};

G_DEFINE_FINAL_TYPE (CwTestCase, cw_test_case, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CwTestStatus, cw_test_status,
  G_DEFINE_ENUM_VALUE (CW_TEST_STATUS_PASSED, "passed"),
  G_DEFINE_ENUM_VALUE (CW_TEST_STATUS_FAILED, "failed"),
  G_DEFINE_ENUM_VALUE (CW_TEST_STATUS_IGNORED, "ignored"),
  G_DEFINE_ENUM_VALUE (CW_TEST_STATUS_NOT_FINISHED, "not-finished"))

enum
{
  PROP_0,
  PROP_NAME,
  PROP_STATUS,
  PROP_OUTPUT,
  PROP_MESSAGE,
  PROP_ORIGIN,
  PROP_LINE,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_test_case_finalize (GObject *object)
{
  CwTestCase *self = CW_TEST_CASE (object);

  g_clear_pointer (&self->name, g_free);
  g_string_free (self->output, TRUE);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (cw_test_case_parent_class)->finalize (object);
}

static void
cw_test_case_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwTestCase *self = CW_TEST_CASE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_OUTPUT:
      g_value_set_string (value, self->output->str);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_test_case_class_init (CwTestCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_test_case_finalize;
  object_class->get_property = cw_test_case_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CW_TYPE_TEST_STATUS, CW_TEST_STATUS_PASSED, flags);
  properties[PROP_OUTPUT] = g_param_spec_string ("output", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, CW_TYPE_CODE_ORIGIN, CW_CODE_ORIGIN_NONE, flags);
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_COLUMN] = g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_test_case_init (CwTestCase *self)
{
  self->output = g_string_new (NULL);
}

CwTestCase *
cw_test_case_new (const char   *name,
                  CwTestStatus  status)
{
  CwTestCase *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (CW_TYPE_TEST_CASE, NULL);
  self->name = g_strdup (name);
  self->status = status;

  return self;
}

void
cw_test_case_set_status (CwTestCase   *self,
                         CwTestStatus  status)
{
  g_return_if_fail (CW_IS_TEST_CASE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
cw_test_case_append_output (CwTestCase *self,
                            const char *text)
{
  g_return_if_fail (CW_IS_TEST_CASE (self));
  g_return_if_fail (text != NULL);

  if (text[0] == '\0')
    return;

  g_string_append (self->output, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTPUT]);
}

void
cw_test_case_set_message (CwTestCase *self,
                          const char *message)
{
  g_return_if_fail (CW_IS_TEST_CASE (self));

  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

void
cw_test_case_set_location (CwTestCase   *self,
                           CwCodeOrigin  origin,
                           guint         line,
                           guint         column)
{
  g_return_if_fail (CW_IS_TEST_CASE (self));

  self->origin = origin;
  self->line = line;
  self->column = column;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}

/* Its full name, "tests::adds_two_numbers". */
const char *
cw_test_case_get_name (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), NULL);

  return self->name;
}

CwTestStatus
cw_test_case_get_status (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), CW_TEST_STATUS_FAILED);

  return self->status;
}

/* What it printed (libtest captures it), valid UTF-8; "" for nothing. */
const char *
cw_test_case_get_output (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), NULL);

  return self->output->str;
}

/* Why it did not pass: the panic message ("assertion `left == right` failed\n  left: 0\n
 * right: 4"), "test did not panic as expected", an Err it returned, the reason it is
 * ignored, or what stopped the program while it ran. NULL for none. */
const char *
cw_test_case_get_message (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), NULL);

  return self->message;
}

/* Where it panicked: often the learner's code (a todo!(), an unwrap), else the assertion in
 * the tests. CW_CODE_ORIGIN_NONE when it did not. */
CwCodeOrigin
cw_test_case_get_origin (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), CW_CODE_ORIGIN_NONE);

  return self->origin;
}

guint
cw_test_case_get_line (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), 0);

  return self->line;
}

guint
cw_test_case_get_column (CwTestCase *self)
{
  g_return_val_if_fail (CW_IS_TEST_CASE (self), 0);

  return self->column;
}

/* The stable name, as in JSON: "passed", "failed", "ignored", "not-finished". */
const char *
cw_test_status_to_string (CwTestStatus status)
{
  GEnumClass *klass = g_type_class_ref (CW_TYPE_TEST_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  g_type_class_unref (klass);

  return value != NULL ? value->value_nick : "failed";
}
