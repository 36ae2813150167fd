/* test-window.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-code-view.h"
#include "cw-test-utils.h"
#include "cw-window.h"

static const char *section_titles[] = { "Concept Map", "Lessons", "Fibonacci Lab", "Progress" };
static const char *section_names[] = { "concepts", "lessons", "lab", "progress" };

static CwWindow *
open_main_window (CwApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CW_IS_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  return CW_WINDOW (window);
}

static void
test_window_opens (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_main_window (app);
  GtkWidget     *list;
  GtkWidget     *row;
  guint          i = 0;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Crabwise");

  /* The sidebar lists the four sections, in order, each with its accessible name. */
  list = cw_test_find_by_label (GTK_WIDGET (window), "Sections");
  g_assert_true (GTK_IS_LIST_BOX (list));
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *mismatch = NULL;

      g_assert_cmpuint (i, <, G_N_ELEMENTS (section_titles));
      mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     section_titles[i]);
      g_assert_null (mismatch);
      i++;
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (section_titles));

  /* The first section is shown, its row selected, its title in the header. */
  g_assert_cmpstr (cw_window_get_section (window), ==, "concepts");
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) ==
                 gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "Concept Map"));

  cw_test_application_free (app);
}

static void
test_window_sidebar_switches (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_main_window (app);
  GtkWidget     *list = cw_test_find_by_label (GTK_WIDGET (window), "Sections");
  guint          i;

  /* Activating each row, as a click or Enter would, shows that section. */
  for (i = G_N_ELEMENTS (section_titles); i-- > 0; )
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      gtk_widget_activate (GTK_WIDGET (row));
      cw_test_iterate (20);
      g_assert_cmpstr (cw_window_get_section (window), ==, section_names[i]);
      g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) == row);
    }

  /* And the keyboard actions (Alt+1…4) select the row with the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "lab"));
  cw_test_iterate (20);
  g_assert_cmpstr (cw_window_get_section (window), ==, "lab");
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) ==
                 gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));

  /* An unknown section changes nothing. */
  g_assert_false (cw_window_show_section (window, "no-such-section"));
  g_assert_cmpstr (cw_window_get_section (window), ==, "lab");

  /* Moving the selection with the arrow keys shows each section it lands on (issue 9, 3.3:
   * the sidebar highlighted Progress while the old page stayed). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "concepts"));
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)));
  for (i = 1; i < G_N_ELEMENTS (section_names); i++)
    {
      g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
      g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) ==
                     gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i));
      g_assert_cmpstr (cw_window_get_section (window), ==, section_names[i]);
    }

  cw_test_application_free (app);
}

static void
test_window_single_instance (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_main_window (app);

  /* A second launch is an activate in the primary instance: it presents the same window. */
  g_application_activate (G_APPLICATION (app));
  cw_test_iterate (20);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window));

  /* New Window (Ctrl+N) is the way to a second one. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  cw_test_iterate (50);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  cw_test_application_free (app);
}

static void
test_window_narrow (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window;
  AdwLeaflet    *leaflet;
  GtkWidget     *back;
  GtkWidget     *list;

  window = cw_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  /* One pane at a time, starting on the content, with a back button to the sidebar. */
  leaflet = ADW_LEAFLET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  back = cw_test_find_by_label (GTK_WIDGET (window), "Back");
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_get_visible (back));

  list = cw_test_find_by_label (GTK_WIDGET (window), "Sections");
  g_assert_false (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));

  /* The visible child changes at once; only the animation takes time, and nothing here
   * waits for it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_true (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));

  /* Choosing a section goes forward to it again. */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 3)));
  g_assert_false (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));
  g_assert_cmpstr (cw_window_get_section (window), ==, "progress");

  cw_test_application_free (app);
}

/* Whether the Shortcuts window lists @accelerator (as GTK parses it), by accelerator or by
 * the accelerators of its action. */
static gboolean
overlay_lists (CwApplication *app,
               GtkWidget     *widget,
               const char    *accelerator)
{
  guint           key;
  GdkModifierType mods;
  GtkWidget      *child;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *listed = NULL;
      g_autofree char *action = NULL;
      guint            listed_key;
      GdkModifierType  listed_mods;

      g_object_get (widget, "accelerator", &listed, "action-name", &action, NULL);
      if (listed != NULL && gtk_accelerator_parse (listed, &listed_key, &listed_mods) &&
          listed_key == key && listed_mods == mods)
        return TRUE;
      if (action != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

          for (guint i = 0; accels[i] != NULL; i++)
            if (gtk_accelerator_parse (accels[i], &listed_key, &listed_mods) &&
                listed_key == key && listed_mods == mods)
              return TRUE;
        }
    }

  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (overlay_lists (app, child, accelerator))
      return TRUE;

  return FALSE;
}


static void
test_window_shortcuts (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_main_window (app);
  g_auto(GStrv)    quit = NULL;
  g_auto(GStrv)    close = NULL;
  g_auto(GStrv)    prefs = NULL;
  AdwAboutWindow  *about;

  quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  close = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_true (g_strv_contains ((const char * const *) quit, "<Control>q"));
  g_assert_true (g_strv_contains ((const char * const *) close, "<Control>w"));
  g_assert_true (g_strv_contains ((const char * const *) prefs, "<Control>comma"));

  /* The Keyboard Shortcuts window comes from gtk/help-overlay.ui (Ctrl+?). */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  cw_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)))));

  /* It lists every shortcut the app has: the application's accelerators, Ctrl+F for search
   * and Ctrl+Return for checking an exercise. */
  {
    GtkWidget *overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));

    for (guint i = 0; actions[i] != NULL; i++)
      {
        g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

        for (guint j = 0; accels[j] != NULL; j++)
          if (!overlay_lists (app, overlay, accels[j]))
            g_error ("The Shortcuts window does not list %s (%s)", accels[j], actions[i]);
      }
    g_assert_true (overlay_lists (app, overlay, "<Control>f"));
    g_assert_true (overlay_lists (app, overlay, "<Control>Return"));
  }

  /* About and Preferences open as windows of their own. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  cw_test_iterate (100);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >=, 3);

  /* About names this version, its release notes, where to get help and the content's licence. */
  about = ADW_ABOUT_WINDOW (cw_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_nonnull (strstr (adw_about_window_get_release_notes (about), "<li>"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_support_url (about), "https://"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_issue_url (about), "https://"));

  cw_test_application_free (app);
}

typedef struct
{
  CwWindow *window;
  int       width;
} Resize;

static gboolean
window_has_width (gpointer data)
{
  Resize *resize = data;

  int width = gtk_widget_get_width (GTK_WIDGET (resize->window));

  /* Within the client-side shadow's margins of what was asked. */
  return ABS (width - resize->width) < 100;
}

static gboolean
visible_page_is_drawn (gpointer data)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (data));

  return page != NULL && gtk_widget_get_mapped (page) &&
         gtk_widget_get_width (page) > 0 && gtk_widget_get_height (page) > 0;
}

/* Issue 9, 3.1: narrow, Ctrl+F, wide again, Escape: the page returned to was blank (its
 * toast overlay had no allocation) until another section was picked. */
static void
test_window_search_across_fold (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_main_window (app);
  GtkWidget     *stack = cw_test_find_by_type (GTK_WIDGET (window), GTK_TYPE_STACK);
  AdwLeaflet    *leaflet = ADW_LEAFLET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
  Resize         resize = { window, 400 };
  guint          i;

  /* Seen from every section, the last one the most often. */
  for (i = 0; i < G_N_ELEMENTS (section_names); i++)
    {
      const char *name = section_names[(i + 1) % G_N_ELEMENTS (section_names)];

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", name));
      cw_test_iterate (300);

      resize.width = 400;
      gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
      g_assert_true (cw_test_wait_until (window_has_width, &resize, CW_TEST_FINISHES_MS));
      g_assert_true (adw_leaflet_get_folded (leaflet));
      cw_test_iterate (300);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
      g_assert_cmpstr (cw_window_get_section (window), ==, "search");
      g_assert_true (cw_test_wait_until (visible_page_is_drawn, stack, CW_TEST_FINISHES_MS));
      cw_test_iterate (300);

      resize.width = 1200;
      gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
      g_assert_true (cw_test_wait_until (window_has_width, &resize, CW_TEST_FINISHES_MS));
      g_assert_false (adw_leaflet_get_folded (leaflet));
      cw_test_iterate (300);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-search", NULL));
      g_assert_cmpstr (cw_window_get_section (window), ==, name);
      g_assert_true (cw_test_wait_until (visible_page_is_drawn, stack, CW_TEST_FINISHES_MS));
      /* More frames: a page without an allocation warns when drawn (fatal here). */
      cw_test_iterate (500);
      g_assert_true (visible_page_is_drawn (stack));
    }

  cw_test_application_free (app);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_code_view (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget           *window;
  GtkWidget           *view;
  GtkWidget           *other;
  g_autofree char     *code = NULL;

  /* GtkSourceView 5.6 keeps a view alive once its line-number renderer has existed (a
   * reference cycle inside the library), so the finalization check at the end runs
   * with line numbers off from the start; the live toggling is checked on a second view. */
  g_settings_set_boolean (settings, "show-line-numbers", FALSE);
  view = cw_code_view_new ("rust", "fn main() {}\n", settings);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (view));
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  g_assert_cmpstr (cw_code_view_get_language (CW_CODE_VIEW (view)), ==, "rust");
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))))), ==, "rust");
  code = cw_code_view_dup_code (CW_CODE_VIEW (view));
  g_assert_cmpstr (code, ==, "fn main() {}\n");

  /* Read-only, but the cursor stays so a screen reader can walk the code. */
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  g_assert_true (gtk_text_view_get_cursor_visible (GTK_TEXT_VIEW (view)));
  g_assert_true (gtk_text_view_get_monospace (GTK_TEXT_VIEW (view)));
  g_assert_true (gtk_widget_has_css_class (view, "cw-code"));

  /* Line numbers follow the setting, live. */
  g_assert_false (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (view)));

  /* The style scheme follows light and dark. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))))), ==, "Adwaita-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))))), ==, "Adwaita");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Nothing of ours keeps the view alive once its window is gone. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_until (pointer_is_null, &view, CW_TEST_FINISHES_MS));

  other = g_object_ref_sink (cw_code_view_new ("js", "let a = 1;\n", settings));
  g_settings_set_boolean (settings, "show-line-numbers", TRUE);
  g_assert_true (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (other)));
  g_settings_set_boolean (settings, "show-line-numbers", FALSE);
  g_assert_false (gtk_source_view_get_show_line_numbers (GTK_SOURCE_VIEW (other)));
  g_assert_cmpstr (cw_code_view_get_language (CW_CODE_VIEW (other)), ==, "js");
  g_object_unref (other);
  g_settings_reset (settings, "show-line-numbers");
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/sidebar-switches", test_window_sidebar_switches);
  g_test_add_func ("/window/single-instance", test_window_single_instance);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/search-across-fold", test_window_search_across_fold);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/code-view", test_code_view);

  return g_test_run ();
}
