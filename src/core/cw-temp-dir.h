/* cw-temp-dir.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A private folder (mode 0700) for one check: the source, the compiled program and whatever
 * the program writes. It is made where programs may be run from (the temporary folder, or
 * the user's cache folder when the temporary folder is mounted noexec).
 */

char     *cw_temp_dir_create (const char  *prefix,
                              GError     **error);

gboolean  cw_temp_dir_remove (const char  *path,
                              GError     **error);

G_END_DECLS
