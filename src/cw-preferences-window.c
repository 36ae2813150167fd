/* cw-preferences-window.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-accessible.h"
#include "cw-code-view.h"
#include "cw-preferences-window.h"

struct _CwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CwProgressStore      *progress;
  GPtrArray            *backups;        /* CwBackup, as listed; the buttons name an index */
  char                 *restore_path;   /* the backup the open question is about */

  AdwComboRow          *color_scheme_row;
  GtkAdjustment        *font_size_adjustment;
  GtkSwitch            *line_numbers_switch;
  GtkSwitch            *streak_switch;
  GtkWidget            *backups_group;
  GtkListBox           *backups_list;
  CwCodeView           *preview;
};

G_DEFINE_FINAL_TYPE (CwPreferencesWindow, cw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char preview_code[] =
  "fn main() {\n"
  "    let greeting = String::from(\"hello\");\n"
  "    let borrowed = &greeting;\n"
  "    println!(\"{borrowed}, Rust\");\n"
  "}\n";

/* The combo row's positions follow the schema's enum values (system, light, dark). */
static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);
  guint       position = 0;

  if (g_strcmp0 (nick, "light") == 0)
    position = 1;
  else if (g_strcmp0 (nick, "dark") == 0)
    position = 2;

  g_value_set_uint (value, position);

  return TRUE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  static const char *nicks[] = { "system", "light", "dark" };
  guint              position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

static void refresh_backups (CwPreferencesWindow *self);

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CwPreferencesWindow) self = user_data;
  g_autoptr(GError)              error = NULL;
  gboolean                       restored;

  restored = cw_progress_store_restore_backup_finish (CW_PROGRESS_STORE (source), result,
                                                      &error);

  /* Closed meanwhile: the restore went on all the same; there is nothing left to show. */
  if (self->progress == NULL)
    return;

  gtk_widget_set_sensitive (self->backups_group, TRUE);
  if (!restored)
    {
      GtkWidget *failed = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("The Backup Could Not Be Restored"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Progress restored from the backup")));
  refresh_backups (self);
}

static void
on_restore_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     CwPreferencesWindow *self)
{
  if (g_strcmp0 (response, "restore") != 0 || self->restore_path == NULL)
    return;

  /* In the background (checking and copying a backup takes a while); the backups wait. */
  gtk_widget_set_sensitive (self->backups_group, FALSE);
  cw_progress_store_restore_backup_async (self->progress, self->restore_path, NULL, on_restored,
                                          g_object_ref (self));
}

static void
cw_preferences_window_restore_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CwPreferencesWindow *self = CW_PREFERENCES_WINDOW (widget);
  guint                index = g_variant_get_uint32 (parameter);
  CwBackup            *backup;
  GtkWidget           *dialog;
  g_autofree char     *when = NULL;
  g_autofree char     *body = NULL;

  if (self->backups == NULL || index >= self->backups->len)
    return;

  backup = g_ptr_array_index (self->backups, index);
  when = g_date_time_format (cw_backup_get_date (backup), "%x");
  body = g_strdup_printf (_("Your progress will be replaced by the backup from %s. The progress you have now is saved as a backup first."), when);
  g_free (self->restore_path);
  self->restore_path = g_strdup (cw_backup_get_path (backup));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refresh_backups (CwPreferencesWindow *self)
{
  GPtrArray           *backups;
  GtkWidget           *child;
  guint                i;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backups_list))) != NULL)
    gtk_list_box_remove (self->backups_list, child);

  if (self->progress == NULL)
    {
      gtk_widget_set_visible (self->backups_group, FALSE);
      return;
    }

  g_clear_pointer (&self->backups, g_ptr_array_unref);
  backups = self->backups = cw_progress_store_list_backups (self->progress);
  for (i = 0; backups != NULL && i < backups->len; i++)
    {
      CwBackup        *backup = g_ptr_array_index (backups, i);
      g_autofree char *when = g_date_time_format (cw_backup_get_date (backup), "%x");
      g_autofree char *description = g_strdup_printf (_("Restore the backup from %s"), when);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *button = gtk_button_new_with_mnemonic (_("_Restore"));

      cw_accessible_name_by_mnemonic (button);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Its name is its label; which backup it restores is said once, as its description. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "preferences.restore");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", i);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->backups_list, row);
    }

  if (backups == NULL || backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The first one is made a few seconds after Crabwise starts."));
      gtk_list_box_append (self->backups_list, row);
    }
}

static void
cw_preferences_window_dispose (GObject *object)
{
  CwPreferencesWindow *self = CW_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_clear_pointer (&self->restore_path, g_free);

  G_OBJECT_CLASS (cw_preferences_window_parent_class)->dispose (object);
}

static void
cw_preferences_window_class_init (CwPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, font_size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, line_numbers_switch);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, streak_switch);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, backups_list);
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, preview);

  gtk_widget_class_install_action (widget_class, "preferences.restore", "u",
                                   cw_preferences_window_restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_preferences_window_init (CwPreferencesWindow *self)
{
  g_type_ensure (CW_TYPE_CODE_VIEW);

  gtk_widget_init_template (GTK_WIDGET (self));

  cw_code_view_set_code (self->preview, preview_code);
}

GtkWidget *
cw_preferences_window_new (GSettings       *settings,
                           CwProgressStore *progress)
{
  CwPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CW_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  cw_code_view_set_settings (self->preview, settings);
  if (progress != NULL)
    self->progress = g_object_ref (progress);
  refresh_backups (self);

  /* Bound once: every change applies at once and is stored by GSettings. */
  g_settings_bind_with_mapping (settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_get_mapping,
                                color_scheme_set_mapping,
                                NULL, NULL);
  g_settings_bind (settings, "code-font-size",
                   self->font_size_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-line-numbers",
                   self->line_numbers_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-streak",
                   self->streak_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
