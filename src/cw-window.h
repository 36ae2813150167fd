/* cw-window.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cw-application.h"

G_BEGIN_DECLS

#define CW_TYPE_WINDOW (cw_window_get_type ())
G_DECLARE_FINAL_TYPE (CwWindow, cw_window, CW, WINDOW, AdwApplicationWindow)

CwWindow   *cw_window_new               (CwApplication *application);
gboolean    cw_window_show_section      (CwWindow      *self,
                                         const char    *name);
const char *cw_window_get_section       (CwWindow      *self);
gboolean    cw_window_open_lesson       (CwWindow      *self,
                                         const char    *lesson_id,
                                         guint          pair);

G_END_DECLS
