/* cw-content-block.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-block"

#include "config.h"

#include "cw-content-block.h"
#include "cw-content-props.h"

/* A read-only value object of CwContentStore; see cw-content-props.h. */

typedef enum
{
  BLOCK_PROP_0,
  BLOCK_PROP_POSITION,
  BLOCK_PROP_LEVEL,
  BLOCK_PROP_NUMBER,
  BLOCK_PROP_KIND,
  BLOCK_PROP_LANGUAGE,
  BLOCK_PROP_TEXT,
  BLOCK_PROP_PLAIN,
  BLOCK_N_PROPS
} CwContentBlockProp;

#define BLOCK_FIRST_STRING BLOCK_PROP_KIND

struct _CwContentBlock
{
  GObject  parent_instance;

  guint    position;
  guint    level;
  guint    number;
  char    *strings[BLOCK_N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwContentBlock, cw_content_block, G_TYPE_OBJECT)

static GParamSpec *props[BLOCK_N_PROPS];

static const char * const names[BLOCK_N_PROPS] = {
  [BLOCK_PROP_KIND] = "kind",
  [BLOCK_PROP_LANGUAGE] = "language",
  [BLOCK_PROP_TEXT] = "text",
  [BLOCK_PROP_PLAIN] = "plain",
};

static void
cw_content_block_finalize (GObject *object)
{
  CwContentBlock *self = CW_CONTENT_BLOCK (object);

  cw_content_strings_clear (self->strings, BLOCK_N_PROPS);

  G_OBJECT_CLASS (cw_content_block_parent_class)->finalize (object);
}

static void
cw_content_block_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwContentBlock *self = CW_CONTENT_BLOCK (object);

  if (cw_content_strings_get (self->strings, BLOCK_FIRST_STRING, BLOCK_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case BLOCK_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case BLOCK_PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case BLOCK_PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_content_block_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwContentBlock *self = CW_CONTENT_BLOCK (object);

  if (cw_content_strings_set (self->strings, BLOCK_FIRST_STRING, BLOCK_N_PROPS,
                              prop_id, value))
    return;

  switch (prop_id)
    {
    case BLOCK_PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    case BLOCK_PROP_LEVEL:
      self->level = g_value_get_uint (value);
      break;

    case BLOCK_PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_content_block_class_init (CwContentBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_content_block_finalize;
  object_class->get_property = cw_content_block_get_property;
  object_class->set_property = cw_content_block_set_property;

  props[BLOCK_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  props[BLOCK_PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  props[BLOCK_PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
  cw_content_strings_install (props, names, BLOCK_FIRST_STRING, BLOCK_N_PROPS);

  g_object_class_install_properties (object_class, BLOCK_N_PROPS, props);
}

static void
cw_content_block_init (CwContentBlock *self)
{
}

guint
cw_content_block_get_position (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), 0);

  return self->position;
}

guint
cw_content_block_get_level (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), 0);

  return self->level;
}

guint
cw_content_block_get_number (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), 0);

  return self->number;
}

const char *
cw_content_block_get_kind (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), NULL);

  return self->strings[BLOCK_PROP_KIND];
}

const char *
cw_content_block_get_language (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), NULL);

  return self->strings[BLOCK_PROP_LANGUAGE];
}

const char *
cw_content_block_get_text (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), NULL);

  return self->strings[BLOCK_PROP_TEXT];
}

const char *
cw_content_block_get_plain (CwContentBlock *self)
{
  g_return_val_if_fail (CW_IS_CONTENT_BLOCK (self), NULL);

  return self->strings[BLOCK_PROP_PLAIN];
}
