/* cw-part.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-part"

#include "config.h"

#include "cw-part.h"
#include "cw-content-props.h"

/* A read-only value object of CwContentStore; see cw-content-props.h. */

typedef enum
{
  PART_PROP_0,
  PART_PROP_POSITION,
  PART_PROP_ID,
  PART_PROP_TITLE,
  PART_PROP_SUMMARY,
  PART_N_PROPS
} CwPartProp;

#define PART_FIRST_STRING PART_PROP_ID

struct _CwPart
{
  GObject  parent_instance;

  guint    position;
  char    *strings[PART_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwPart, cw_part, G_TYPE_OBJECT)

static GParamSpec *props[PART_N_PROPS];

static const char * const names[PART_N_PROPS] = {
  [PART_PROP_ID] = "id",
  [PART_PROP_TITLE] = "title",
  [PART_PROP_SUMMARY] = "summary",
};

static void
cw_part_finalize (GObject *object)
{
  CwPart *self = CW_PART (object);

  cw_content_strings_clear (self->strings, PART_N_PROPS);

  G_OBJECT_CLASS (cw_part_parent_class)->finalize (object);
}

static void
cw_part_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CwPart *self = CW_PART (object);

  if (cw_content_strings_get (self->strings, PART_FIRST_STRING, PART_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case PART_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_part_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CwPart *self = CW_PART (object);

  if (cw_content_strings_set (self->strings, PART_FIRST_STRING, PART_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case PART_PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_part_class_init (CwPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_part_finalize;
  object_class->get_property = cw_part_get_property;
  object_class->set_property = cw_part_set_property;

  props[PART_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  cw_content_strings_install (props, names, PART_FIRST_STRING, PART_N_PROPS);

  g_object_class_install_properties (object_class, PART_N_PROPS, props);
}

static void
cw_part_init (CwPart *self)
{
}

guint
cw_part_get_position (CwPart *self)
{
  g_return_val_if_fail (CW_IS_PART (self), 0);

  return self->position;
}

const char *
cw_part_get_id (CwPart *self)
{
  g_return_val_if_fail (CW_IS_PART (self), NULL);

  return self->strings[PART_PROP_ID];
}

const char *
cw_part_get_title (CwPart *self)
{
  g_return_val_if_fail (CW_IS_PART (self), NULL);

  return self->strings[PART_PROP_TITLE];
}

const char *
cw_part_get_summary (CwPart *self)
{
  g_return_val_if_fail (CW_IS_PART (self), NULL);

  return self->strings[PART_PROP_SUMMARY];
}
