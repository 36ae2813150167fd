/* cw-paths.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-paths"

#include "config.h"

#include "cw-paths.h"

/*
 * Where the compiled content database lives. The build tree and the tests point
 * CRABWISE_CONTENT_DB at the database they built; an installed app uses the one
 * installed beside its other data.
 */
char *
cw_paths_get_content_db (void)
{
  const char *override = g_getenv ("CRABWISE_CONTENT_DB");

  if (override != NULL && *override != '\0')
    return g_strdup (override);

  return g_build_filename (PKGDATADIR, "content.sqlite3", NULL);
}

/*
 * The folder that holds the learner's own data. Inside the Flatpak sandbox
 * XDG_DATA_HOME is the app's private data folder, so the same code serves both.
 */
char *
cw_paths_get_user_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, NULL);
}
