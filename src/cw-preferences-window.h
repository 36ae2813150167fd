/* cw-preferences-window.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_PREFERENCES_WINDOW (cw_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CwPreferencesWindow, cw_preferences_window, CW, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *cw_preferences_window_new (GSettings       *settings,
                                      CwProgressStore *progress);

G_END_DECLS
