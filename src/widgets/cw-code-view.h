/* cw-code-view.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define CW_TYPE_CODE_VIEW (cw_code_view_get_type ())
G_DECLARE_FINAL_TYPE (CwCodeView, cw_code_view, CW, CODE_VIEW, GtkSourceView)

GtkWidget  *cw_code_view_new          (const char *language_id,
                                       const char *code,
                                       GSettings  *settings);
void        cw_code_view_set_settings (CwCodeView *self,
                                       GSettings  *settings);
void        cw_code_view_set_code     (CwCodeView *self,
                                       const char *code);
char       *cw_code_view_dup_code     (CwCodeView *self);
const char *cw_code_view_get_language (CwCodeView *self);

G_END_DECLS
