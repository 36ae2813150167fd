/* cw-application.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-application"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "cw-application.h"
#include "cw-preferences-window.h"
#include "cw-window.h"

struct _CwApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GtkCssProvider *code_css;
};

G_DEFINE_FINAL_TYPE (CwApplication, cw_application, ADW_TYPE_APPLICATION)

static const GOptionEntry cw_application_options[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static void
cw_application_apply_color_scheme (CwApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  AdwColorScheme   scheme;

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (manager, scheme);
}

static void
cw_application_apply_code_font (CwApplication *self)
{
  g_autofree char *css = NULL;
  int              size;

  size = g_settings_get_int (self->settings, "code-font-size");
  css = g_strdup_printf (".cw-code { font-size: %dpt; }", size);
  gtk_css_provider_load_from_data (self->code_css, css, -1);
}

static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     CwApplication *self)
{
  if (g_strcmp0 (key, "color-scheme") == 0)
    cw_application_apply_color_scheme (self);
  else if (g_strcmp0 (key, "code-font-size") == 0)
    cw_application_apply_code_font (self);
}

static void
cw_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  CwApplication *self = user_data;
  GList         *windows;

  /* Close windows one by one so each saves its state, then quit. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
cw_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  CwApplication *self = user_data;
  GtkWindow     *parent;
  GtkWidget     *about;
  static const char *developers[] = { "The Crabwise authors", NULL };

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application", self,
                        "transient-for", parent,
                        "application-name", _("Crabwise"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Crabwise authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Learn Rust from what you know in JavaScript, side by side and offline."),
                        "website", "https://github.com/crabwise/crabwise",
                        "issue-url", "https://github.com/crabwise/crabwise/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Crabwise authors",
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your name/year */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
cw_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  CwApplication *self = user_data;
  GtkWindow     *parent;
  GtkWidget     *preferences;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  preferences = cw_preferences_window_new (self->settings);
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
cw_application_new_window_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  CwApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (cw_window_new (self)));
}

static const GActionEntry cw_application_actions[] = {
  { "quit", cw_application_quit_action },
  { "about", cw_application_about_action },
  { "preferences", cw_application_preferences_action },
  { "new-window", cw_application_new_window_action },
};

static int
cw_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return G_APPLICATION_CLASS (cw_application_parent_class)->handle_local_options (app, options);
}

static void
cw_application_startup (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };

  G_APPLICATION_CLASS (cw_application_parent_class)->startup (app);

  gtk_source_init ();

  /* Created here, not in init, so that `crabwise --version` works without the schema. */
  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   cw_application_actions,
                                   G_N_ELEMENTS (cw_application_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window", new_window_accels);

  self->code_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->code_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed), self, 0);
  cw_application_apply_color_scheme (self);
  cw_application_apply_code_font (self);
}

static void
cw_application_activate (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);
  GtkWindow     *window;

  /* A second launch lands here in the primary instance: present what is there. */
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (cw_window_new (self));

  gtk_window_present (window);
}

static void
cw_application_shutdown (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);

  if (self->code_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->code_css));
  g_clear_object (&self->code_css);

  G_APPLICATION_CLASS (cw_application_parent_class)->shutdown (app);
}

static void
cw_application_dispose (GObject *object)
{
  CwApplication *self = CW_APPLICATION (object);

  g_clear_object (&self->code_css);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_application_parent_class)->dispose (object);
}

static void
cw_application_class_init (CwApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cw_application_dispose;

  app_class->handle_local_options = cw_application_handle_local_options;
  app_class->startup = cw_application_startup;
  app_class->activate = cw_application_activate;
  app_class->shutdown = cw_application_shutdown;
}

static void
cw_application_init (CwApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), cw_application_options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn Rust from what you know in JavaScript."));
}

CwApplication *
cw_application_new (void)
{
  return g_object_new (CW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
cw_application_get_settings (CwApplication *self)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);

  return self->settings;
}
