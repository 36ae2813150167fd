/* cw-application.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-application.h"
#include "cw-cli.h"
#include "cw-paths.h"
#include "cw-preferences-window.h"
#include "cw-window.h"

struct _CwApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GtkCssProvider *code_css;

  CwContentStore *content_store;
  GError         *content_error;

  char           *start_lesson;

  CwProgressStore *progress_store;
  GError          *progress_error;
  guint            backup_idle;
  GCancellable    *backup_cancellable;
};

G_DEFINE_FINAL_TYPE (CwApplication, cw_application, ADW_TYPE_APPLICATION)

static const GOptionEntry cw_application_options[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "lesson", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open the lesson with this id"), N_("ID") },
  { "fib", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Compute the Nth Fibonacci number without a window, print it with its timing and exit"), N_("N") },
  { "algorithm", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --fib: naive, iterative, doubling or exact (default: doubling, or exact above 93)"), N_("ALGORITHM") },
  { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --fib or --check: print JSON"), NULL },
  { "list-lessons", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("List the lessons and exit"), NULL },
  { "search", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Search the lessons for TEXT, print the hits and exit"), N_("TEXT") },
  { "list-exercises", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("List the practice exercises and exit"), NULL },
  { "check", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Check FILE against the exercise ID with rustc and its tests, print the result and "
       "exit (0: passed, 1: failed, 2: bad arguments, 3: cannot check)"), N_("ID") },
  /* --check's FILE; anything else left over is refused. */
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE]") },
  { NULL }
};

/* The "color-scheme" setting (system, light, dark) as AdwStyleManager:color-scheme. */
static gboolean
color_scheme_from_setting (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (nick, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (nick, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
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

/* What this release brought, as the metainfo's newest <release> says it (the data suite
 * checks that the two name the same version). */
static char *
cw_application_dup_release_notes (void)
{
  const char *items[] = {
    _("33 lessons in seven parts, from getting started to napi-rs, WebAssembly and a "
      "command-line tool, with 191 JavaScript and Rust pairs, each built and run by the real "
      "compilers"),
    _("Exercises checked by rustc on your computer, with hints and the compiler's messages "
      "where they belong"),
    _("Self-checks that ask you to predict the output, spot the bug or pick the snippet that "
      "compiles"),
    _("A line of one language lights up its counterpart in the other"),
    _("Search that finds operators such as ?? and &amp;mut"),
    _("Progress that survives crashes, full disks and damaged files"),
  };
  GString *notes = g_string_new (NULL);
  gsize    i;

  g_string_append_printf (notes, "<p>%s</p><ul>",
                          _("A whole course, and Rust you write yourself."));
  for (i = 0; i < G_N_ELEMENTS (items); i++)
    g_string_append_printf (notes, "<li>%s</li>", items[i]);
  g_string_append (notes, "</ul>");

  return g_string_free (notes, FALSE);
}

static void
cw_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  CwApplication    *self = user_data;
  GtkWindow        *parent;
  AdwAboutWindow   *about;
  g_autofree char  *notes = cw_application_dup_release_notes ();
  static const char *developers[] = { "The Crabwise authors", NULL };
  static const char *course[] = { "The Crabwise authors", NULL };

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application", self,
                        "transient-for", parent,
                        "application-name", _("Crabwise"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Crabwise authors"),
                        "version", PACKAGE_VERSION,
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", notes,
                        "comments", _("Learn Rust from what you know in JavaScript, side by side and offline."),
                        "website", "https://github.com/crabwise/crabwise",
                        "support-url", "https://github.com/crabwise/crabwise/discussions",
                        "issue-url", "https://github.com/crabwise/crabwise/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Crabwise authors",
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your name/year */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (about, _("Course"), course);
  adw_about_window_add_legal_section (about, _("Lessons and Icons"),
                                      "© 2026 The Crabwise authors",
                                      GTK_LICENSE_CUSTOM,
                                      _("The lessons, exercises and icons may be shared and "
                                        "adapted under the <a href=\"https://creativecommons.org/"
                                        "licenses/by-sa/4.0/\">Creative Commons "
                                        "Attribution-ShareAlike 4.0</a> license."));
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
  preferences = cw_preferences_window_new (self->settings,
                                           cw_application_get_progress_store (self, NULL));
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

static void
cw_application_open_lesson_window_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  CwApplication *self = user_data;
  CwWindow      *window = cw_window_new (self);

  cw_window_open_lesson (window, g_variant_get_string (parameter, NULL), 0);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry cw_application_actions[] = {
  { "quit", cw_application_quit_action },
  { "about", cw_application_about_action },
  { "preferences", cw_application_preferences_action },
  { "new-window", cw_application_new_window_action },
  { "open-lesson-window", cw_application_open_lesson_window_action, "s" },
};

static int
cw_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  const char *query = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "fib"))
    {
      const char *n_text = NULL;
      const char *algorithm = NULL;

      g_variant_dict_lookup (options, "fib", "&s", &n_text);
      g_variant_dict_lookup (options, "algorithm", "&s", &algorithm);

      return cw_cli_run_fib (n_text, algorithm, g_variant_dict_contains (options, "json"));
    }

  if (g_variant_dict_contains (options, "check"))
    {
      const char           *id = NULL;
      g_autofree const char **files = NULL;

      g_variant_dict_lookup (options, "check", "&s", &id);
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      if (g_variant_dict_contains (options, "algorithm"))
        {
          g_printerr ("crabwise: %s\n", _("--algorithm goes with --fib N"));
          return CW_CLI_USAGE_ERROR;
        }

      return cw_cli_check (id, files, g_variant_dict_contains (options, "json"));
    }

  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    {
      g_printerr ("crabwise: %s\n", _("A FILE goes with --check ID; nothing else takes one"));
      return CW_CLI_USAGE_ERROR;
    }

  if (g_variant_dict_contains (options, "algorithm") || g_variant_dict_contains (options, "json"))
    {
      g_printerr ("crabwise: %s\n",
                  _("--algorithm goes with --fib N, --json with --fib N or --check ID"));
      return CW_CLI_USAGE_ERROR;
    }

  if (g_variant_dict_contains (options, "list-exercises"))
    return cw_cli_list_exercises ();

  if (g_variant_dict_lookup (options, "search", "&s", &query))
    return cw_cli_search (query);

  if (g_variant_dict_contains (options, "list-lessons"))
    return cw_cli_list_lessons ();

  g_clear_pointer (&CW_APPLICATION (app)->start_lesson, g_free);
  g_variant_dict_lookup (options, "lesson", "s", &CW_APPLICATION (app)->start_lesson);

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
  static const char *go_back_accels[] = { "<Alt>Left", "Back", NULL };
  static const char *go_forward_accels[] = { "<Alt>Right", "Forward", NULL };

  G_APPLICATION_CLASS (cw_application_parent_class)->startup (app);


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
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.go-back", go_back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.go-forward", go_forward_accels);

  self->code_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->code_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* Bound once, as GNOME Text Editor binds its style variant. */
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_from_setting, NULL, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::code-font-size",
                           G_CALLBACK (cw_application_apply_code_font), self, G_CONNECT_SWAPPED);
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

  if (self->start_lesson != NULL && CW_IS_WINDOW (window) &&
      !cw_window_open_lesson (CW_WINDOW (window), self->start_lesson, 0))
    g_printerr ("crabwise: %s\n", _("There is no lesson with this id; try --list-lessons."));
  g_clear_pointer (&self->start_lesson, g_free);

  gtk_window_present (window);
}

static void
cw_application_shutdown (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);

  /* A clean exit: the next start need not check the file first. */
  g_clear_handle_id (&self->backup_idle, g_source_remove);
  g_cancellable_cancel (self->backup_cancellable);
  if (self->progress_store != NULL)
    cw_progress_store_close (self->progress_store);

  if (self->code_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->code_css));
  g_clear_object (&self->code_css);
  /* The style manager outlives the application: it must not keep our settings. */
  if (self->settings != NULL)
    g_settings_unbind (adw_style_manager_get_default (), "color-scheme");

  G_APPLICATION_CLASS (cw_application_parent_class)->shutdown (app);
}

static void
cw_application_dispose (GObject *object)
{
  CwApplication *self = CW_APPLICATION (object);

  g_clear_object (&self->code_css);
  g_clear_object (&self->settings);
  g_clear_object (&self->content_store);
  g_clear_error (&self->content_error);
  g_clear_pointer (&self->start_lesson, g_free);
  g_clear_handle_id (&self->backup_idle, g_source_remove);
  g_clear_object (&self->backup_cancellable);
  g_clear_object (&self->progress_store);
  g_clear_error (&self->progress_error);

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

/**
 * cw_application_get_content_store:
 *
 * The lessons, opened read-only on first use and shared by every window. When the
 * database cannot be opened, returns %NULL and the reason (which says how to fix it);
 * the reason is also printed once on stderr, and the process will exit non-zero.
 *
 * Returns: (transfer none) (nullable): the store
 */
CwContentStore *
cw_application_get_content_store (CwApplication  *self,
                                  GError        **error)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);

  if (self->content_store == NULL && self->content_error == NULL)
    {
      g_autofree char *path = cw_paths_get_content_db ();

      self->content_store = cw_content_store_new_for_path (path, &self->content_error);
      if (self->content_store == NULL)
        g_printerr ("crabwise: %s\n", self->content_error->message);
    }

  if (self->content_store == NULL)
    {
      g_propagate_error (error, g_error_copy (self->content_error));
      return NULL;
    }

  return self->content_store;
}

gboolean
cw_application_had_content_error (CwApplication *self)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), FALSE);

  return self->content_error != NULL;
}

static void
cw_application_backup_done (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* At most once a day; a failed backup never replaces a good one, so a warning is all
   * it takes: the learner's live progress is untouched. */
  if (!cw_progress_store_maybe_backup_finish (CW_PROGRESS_STORE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Daily backup of the progress failed: %s", error->message);
}

static gboolean
cw_application_backup_idle (gpointer data)
{
  CwApplication *self = data;

  self->backup_idle = 0;

  /* Off the main thread: the copy and its check take as long as the file is large. */
  if (self->progress_store != NULL)
    {
      g_clear_object (&self->backup_cancellable);
      self->backup_cancellable = g_cancellable_new ();
      cw_progress_store_maybe_backup_async (self->progress_store, self->backup_cancellable,
                                            cw_application_backup_done, NULL);
    }

  return G_SOURCE_REMOVE;
}

/**
 * cw_application_get_progress_store:
 *
 * The learner's progress, opened on first use and shared by every window. %NULL when
 * it cannot be used at all (for example, written by a newer Crabwise), with the reason.
 *
 * Returns: (transfer none) (nullable): the store
 */
CwProgressStore *
cw_application_get_progress_store (CwApplication  *self,
                                   GError        **error)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);

  if (self->progress_store == NULL && self->progress_error == NULL)
    {
      g_autofree char *dir = cw_paths_get_user_data_dir ();

      self->progress_store = cw_progress_store_new (dir, &self->progress_error);
      if (self->progress_store != NULL)
        self->backup_idle = g_timeout_add_seconds (5, cw_application_backup_idle, self);
      else
        g_printerr ("crabwise: %s\n", self->progress_error->message);
    }

  if (self->progress_store == NULL)
    {
      g_propagate_error (error, g_error_copy (self->progress_error));
      return NULL;
    }

  return self->progress_store;
}
