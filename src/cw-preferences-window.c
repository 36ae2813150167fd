/* cw-preferences-window.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-code-view.h"
#include "cw-preferences-window.h"

struct _CwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *color_scheme_row;
  GtkAdjustment        *font_size_adjustment;
  GtkSwitch            *line_numbers_switch;
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

static void
cw_preferences_window_dispose (GObject *object)
{
  CwPreferencesWindow *self = CW_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

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
  gtk_widget_class_bind_template_child (widget_class, CwPreferencesWindow, preview);

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
cw_preferences_window_new (GSettings *settings)
{
  CwPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CW_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

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

  return GTK_WIDGET (self);
}
