/* cw-application.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cw-content-store.h"
#include "cw-progress-store.h"

G_BEGIN_DECLS

#define CW_TYPE_APPLICATION (cw_application_get_type ())
G_DECLARE_FINAL_TYPE (CwApplication, cw_application, CW, APPLICATION, AdwApplication)

CwApplication *cw_application_new          (void);
GSettings      *cw_application_get_settings      (CwApplication  *self);
CwContentStore *cw_application_get_content_store (CwApplication  *self,
                                                  GError        **error);
gboolean        cw_application_had_content_error (CwApplication  *self);
CwProgressStore *cw_application_get_progress_store (CwApplication  *self,
                                                    GError        **error);

G_END_DECLS
