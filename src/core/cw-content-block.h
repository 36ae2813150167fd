/* cw-content-block.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * One block of converted Markdown prose (a lesson's introduction, a pair's text, an
 * exercise's statement): kind "paragraph", "heading", "item" or "code". text is Pango
 * markup, except for "code", where it is the code itself and language says which
 * (rust, js, toml, sh, json, text): show it highlighted and copyable. plain is the text
 * without markup, for screen readers.
 */
#define CW_TYPE_CONTENT_BLOCK (cw_content_block_get_type ())
G_DECLARE_FINAL_TYPE (CwContentBlock, cw_content_block, CW, CONTENT_BLOCK, GObject)

guint              cw_content_block_get_position (CwContentBlock *self);   /* from 1 */
guint              cw_content_block_get_level    (CwContentBlock *self);   /* heading; item depth */
guint              cw_content_block_get_number   (CwContentBlock *self);   /* ordered item */
const char        *cw_content_block_get_kind     (CwContentBlock *self);
const char        *cw_content_block_get_language (CwContentBlock *self);   /* code only */
const char        *cw_content_block_get_text     (CwContentBlock *self);   /* markup, or code */
const char        *cw_content_block_get_plain    (CwContentBlock *self);

G_END_DECLS
