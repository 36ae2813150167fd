/* cw-paths.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cw_paths_get_content_db   (void);
char *cw_paths_get_user_data_dir (void);

G_END_DECLS
