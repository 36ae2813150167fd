/* main.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crabwise"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CwApplication) app = NULL;
  int                      status;

  setlocale (LC_ALL, "");
  /* From the build tree (make run, meson devenv) the translations are the build's, not the
   * install prefix's: meson devenv sets CRABWISE_LOCALEDIR. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CRABWISE_LOCALEDIR") != NULL
                                   ? g_getenv ("CRABWISE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Crabwise"));

  app = cw_application_new ();

  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* The window explained a missing or broken lesson database; a script that started
   * us learns of it from the exit status too. */
  if (status == 0 && cw_application_had_content_error (app))
    status = 1;

  return status;
}
