/* cw-progress-page-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-progress-page.h"

G_BEGIN_DECLS

/* For the tests, not for other parts of the application. */
const char *cw_progress_page_get_text       (CwProgressPage  *self,
                                             const char      *what);
void        cw_progress_page_import_file    (CwProgressPage  *self,
                                             GFile           *file,
                                             CwImportMode     mode);
void        cw_progress_page_export_file    (CwProgressPage  *self,
                                             GFile           *file);

G_END_DECLS
