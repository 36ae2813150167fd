/* cw-content-props.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Private to the content value objects (cw-content-types.c, cw-part.c, cw-exercise.c,
 * cw-content-block.c): every field is a construct-only property; string properties live in
 * an array indexed by property id, from @first to @n_props - 1.
 */

#define CW_CONTENT_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

gboolean    cw_content_strings_get     (char * const        *strings,
                                        guint                first,
                                        guint                n_props,
                                        guint                prop_id,
                                        GValue              *value);
gboolean    cw_content_strings_set     (char               **strings,
                                        guint                first,
                                        guint                n_props,
                                        guint                prop_id,
                                        const GValue        *value);
void        cw_content_strings_clear   (char               **strings,
                                        guint                n_props);
void        cw_content_strings_install (GParamSpec         **props,
                                        const char * const  *names,
                                        guint                first,
                                        guint                n_props);
GParamSpec *cw_content_position_pspec  (void);
void        cw_content_strv_set        (char              ***strv,
                                        const GValue        *value);
GParamSpec *cw_content_strv_pspec      (const char          *name);

G_END_DECLS
