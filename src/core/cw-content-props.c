/* cw-content-props.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-content-props"

#include "config.h"

#include "cw-content-props.h"

gboolean
cw_content_strings_get (char * const *strings,
                        guint         first,
                        guint         n_props,
                        guint         prop_id,
                        GValue       *value)
{
  if (prop_id < first || prop_id >= n_props)
    return FALSE;

  g_value_set_string (value, strings[prop_id]);

  return TRUE;
}

gboolean
cw_content_strings_set (char         **strings,
                        guint          first,
                        guint          n_props,
                        guint          prop_id,
                        const GValue  *value)
{
  if (prop_id < first || prop_id >= n_props)
    return FALSE;

  g_free (strings[prop_id]);
  strings[prop_id] = g_value_dup_string (value);

  return TRUE;
}

void
cw_content_strings_clear (char  **strings,
                          guint   n_props)
{
  guint i;

  for (i = 0; i < n_props; i++)
    g_clear_pointer (&strings[i], g_free);
}

void
cw_content_strings_install (GParamSpec        **props,
                            const char * const *names,
                            guint               first,
                            guint               n_props)
{
  guint i;

  for (i = first; i < n_props; i++)
    props[i] = g_param_spec_string (names[i], NULL, NULL, NULL, CW_CONTENT_PARAM_FLAGS);
}

GParamSpec *
cw_content_position_pspec (void)
{
  return g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, CW_CONTENT_PARAM_FLAGS);
}

void
cw_content_strv_set (char         ***strv,
                     const GValue   *value)
{
  g_strfreev (*strv);
  *strv = g_value_dup_boxed (value);
}

GParamSpec *
cw_content_strv_pspec (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, CW_CONTENT_PARAM_FLAGS);
}
