/* cw-part.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A part of the course: a few lessons in learning order (CwContentStore). */
#define CW_TYPE_PART (cw_part_get_type ())
G_DECLARE_FINAL_TYPE (CwPart, cw_part, CW, PART, GObject)

guint              cw_part_get_position (CwPart *self);   /* from 1 */
const char        *cw_part_get_id       (CwPart *self);
const char        *cw_part_get_title    (CwPart *self);
const char        *cw_part_get_summary  (CwPart *self);

G_END_DECLS
