/* cw-rust-test-utils.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-rust-test-utils"

#include "config.h"

#include <glib/gstdio.h>

#include "cw-rust-test-utils.h"
#include "cw-temp-dir.h"

static CwRustToolchain *toolchain;
static char            *toolchain_problem;

CwRustToolchain *
cw_test_rust_toolchain_or_skip (void)
{
  if (toolchain == NULL && toolchain_problem == NULL)
    {
      g_autoptr(GError) error = NULL;

      toolchain = cw_rust_toolchain_discover (NULL, &error);
      if (toolchain == NULL)
        toolchain_problem = g_strdup_printf ("no usable rustc, so this test cannot run: %s",
                                             error->message);
      else
        g_test_message ("using %s (%s)", cw_rust_toolchain_get_version_line (toolchain),
                        cw_rust_toolchain_get_path (toolchain));
    }

  if (toolchain == NULL)
    g_test_skip (toolchain_problem);

  return toolchain;
}

static gboolean
cw_test_on_timeout (gpointer data)
{
  gboolean *expired = data;

  *expired = TRUE;

  return G_SOURCE_REMOVE;
}

void
cw_test_wait_for (const gboolean *done)
{
  gboolean expired = FALSE;
  guint    id = g_timeout_add (CW_TEST_FINISHES_MS, cw_test_on_timeout, &expired);

  while (!*done && !expired)
    g_main_context_iteration (NULL, TRUE);

  if (!expired)
    g_source_remove (id);
  g_assert_false (expired);
}

char *
cw_test_make_script (const char  *name,
                     const char  *body,
                     char       **script)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *text = g_strdup_printf ("#!/bin/sh\n%s\n", body);
  char             *dir = cw_temp_dir_create ("crabwise-test", &error);

  g_assert_no_error (error);
  *script = g_build_filename (dir, name, NULL);
  g_file_set_contents (*script, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (*script, 0755), ==, 0);

  return dir;
}

void
cw_test_remove_dir (const char *dir)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_temp_dir_remove (dir, &error));
  g_assert_no_error (error);
}
