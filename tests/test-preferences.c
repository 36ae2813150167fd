/* test-preferences.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "cw-code-view.h"
#include "cw-preferences-window.h"
#include "cw-test-utils.h"
#include "cw-window.h"

/*
 * A preference changed in the Preferences window applies at once and is still there
 * after a restart. The settings live in a keyfile under a temporary XDG_CONFIG_HOME
 * (set up in main), never in the user's real settings; the "restart" is a fresh
 * process of this test that reads the same keyfile.
 */

static int
code_font_size (GtkWidget *view)
{
  PangoContext               *context = gtk_widget_get_pango_context (view);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  double                      size = (double) pango_font_description_get_size (desc) / PANGO_SCALE;

  /* GTK hands Pango an absolute size in pixels at 96 dpi; the setting is in points. */
  if (pango_font_description_get_size_is_absolute (desc))
    size = size * 72.0 / 96.0;

  return (int) (size + 0.5);
}

static gboolean
font_size_is_18 (gpointer data)
{
  return code_font_size (GTK_WIDGET (data)) == 18;
}

static void
check_restored_state (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window;
  GtkWidget     *view;
  int            width;
  int            height;

  g_application_activate (G_APPLICATION (app));
  window = CW_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  view = cw_code_view_new ("js", "console.log(1);\n", cw_application_get_settings (app));
  gtk_window_set_child (GTK_WINDOW (gtk_window_new ()), view);
  gtk_window_present (GTK_WINDOW (gtk_widget_get_root (view)));
  g_assert_true (cw_test_wait_mapped (view));
  g_assert_false (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (view)));
  g_assert_cmpint (code_font_size (view), ==, 18);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));

  cw_test_application_free (app);
}

static void
test_preferences_apply_and_persist (void)
{
  CwApplication   *app;
  CwWindow        *window;
  GtkWidget       *prefs;
  GtkWidget       *combo;
  GtkWidget       *spin;
  GtkWidget       *toggle;
  GtkWidget       *preview;
  g_autofree char *keyfile_path = NULL;
  g_autofree char *keyfile = NULL;

  if (g_test_subprocess ())
    {
      check_restored_state ();
      return;
    }

  app = cw_test_application_new ();
  g_application_activate (G_APPLICATION (app));
  window = CW_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));
  g_assert_false (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()) ==
                  ADW_COLOR_SCHEME_FORCE_DARK);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = GTK_WIDGET (cw_test_find_window (app, CW_TYPE_PREFERENCES_WINDOW));
  g_assert_true (CW_IS_PREFERENCES_WINDOW (prefs));
  g_assert_true (cw_test_wait_mapped (prefs));

  combo = cw_test_find_by_type (prefs, ADW_TYPE_COMBO_ROW);
  spin = cw_test_find_by_label (prefs, "Code font size");
  toggle = cw_test_find_control (prefs, GTK_TYPE_SWITCH, "Show line numbers");
  preview = cw_test_find_by_type (prefs, CW_TYPE_CODE_VIEW);
  g_assert_nonnull (combo);
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_true (GTK_IS_SWITCH (toggle));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Show line numbers"));
  g_assert_nonnull (preview);
  g_assert_cmpint (code_font_size (preview), ==, 11);
  g_assert_true (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (preview)));

  /* Change each one through its control; each applies at once. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 18);
  g_assert_true (cw_test_wait_until (font_size_is_18, preview, CW_TEST_FINISHES_MS));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_false (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (preview)));

  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);
  g_assert_false (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);

  /* The main window's size is stored when it closes. */
  gtk_window_close (GTK_WINDOW (prefs));
  gtk_window_set_default_size (GTK_WINDOW (window), 777, 555);
  cw_test_iterate (100);
  gtk_window_close (GTK_WINDOW (window));
  cw_test_iterate (50);
  cw_test_application_free (app);
  g_settings_sync ();

  keyfile_path = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  g_assert_true (g_file_get_contents (keyfile_path, &keyfile, NULL, NULL));
  g_assert_nonnull (strstr (keyfile, "color-scheme='dark'"));
  g_assert_nonnull (strstr (keyfile, "code-font-size=18"));
  g_assert_nonnull (strstr (keyfile, "show-line-numbers=false"));

  /* A restart: a new process with the same settings folder sees all of it. */
  g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_home = NULL;
  gboolean         is_subprocess = FALSE;
  int              status;
  int              i;

  for (i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--GTestSubprocess"))
      is_subprocess = TRUE;

  /* Before anything touches GSettings: a private keyfile backend in a temporary folder.
   * The subprocess inherits the parent's folder, which is the point. */
  if (!is_subprocess)
    {
      config_home = g_dir_make_tmp ("crabwise-prefs-XXXXXX", NULL);
      g_assert_nonnull (config_home);
      g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  cw_test_init (&argc, &argv);

  g_test_add_func ("/preferences/apply-and-persist", test_preferences_apply_and_persist);

  status = g_test_run ();

  if (config_home != NULL)
    {
      g_autofree char *settings_dir = g_build_filename (config_home, "glib-2.0", "settings", NULL);
      g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
      g_autofree char *glib_dir = g_build_filename (config_home, "glib-2.0", NULL);

      g_unlink (keyfile);
      g_rmdir (settings_dir);
      g_rmdir (glib_dir);
      g_rmdir (config_home);
    }

  return status;
}
