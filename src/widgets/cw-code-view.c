/* cw-code-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-code-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-code-view.h"

/*
 * A read-only source view for snippets: real GtkSourceView highlighting, a monospace
 * font whose size comes from the `.cw-code` style class (the application keeps that
 * CSS in step with the code-font-size setting), line numbers bound to the setting (the
 * application's one settings object, passed down), and
 * a style scheme that follows light and dark. The text cursor stays visible so a
 * screen reader (and a keyboard user) can walk the code.
 */
struct _CwCodeView
{
  GtkSourceView  parent_instance;

  GSettings     *settings;
  char          *language_id;
  gboolean       trailing_newline;   /* the code ended with one, not shown as a line */
};

G_DEFINE_FINAL_TYPE (CwCodeView, cw_code_view, GTK_SOURCE_TYPE_VIEW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_CODE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_code_view_update_scheme (CwCodeView *self)
{
  AdwStyleManager            *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme       *scheme;
  GtkTextBuffer              *buffer;

  scheme = gtk_source_style_scheme_manager_get_scheme (schemes,
                                                       adw_style_manager_get_dark (manager)
                                                       ? "Adwaita-dark" : "Adwaita");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer), scheme);
}

static void
cw_code_view_set_language (CwCodeView *self,
                           const char *language_id)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage        *language = NULL;
  GtkTextBuffer            *buffer;

  g_free (self->language_id);
  self->language_id = g_strdup (language_id);

  if (language_id != NULL)
    {
      language = gtk_source_language_manager_get_language (languages, language_id);
      if (language == NULL)
        g_warning ("No GtkSourceView language “%s”", language_id);
    }

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), language);
}

static void
cw_code_view_dispose (GObject *object)
{
  CwCodeView *self = CW_CODE_VIEW (object);

  if (self->settings != NULL)
    g_settings_unbind (self, "show-line-numbers");
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_code_view_parent_class)->dispose (object);
}

static void
cw_code_view_finalize (GObject *object)
{
  CwCodeView *self = CW_CODE_VIEW (object);

  g_free (self->language_id);

  G_OBJECT_CLASS (cw_code_view_parent_class)->finalize (object);
}

static void
cw_code_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwCodeView *self = CW_CODE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language_id);
      break;

    case PROP_CODE:
      g_value_take_string (value, cw_code_view_dup_code (self));
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_code_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CwCodeView *self = CW_CODE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      cw_code_view_set_language (self, g_value_get_string (value));
      break;

    case PROP_CODE:
      cw_code_view_set_code (self, g_value_get_string (value));
      break;

    case PROP_SETTINGS:
      cw_code_view_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_code_view_class_init (CwCodeViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* GtkSourceView is set up when the first code view is made, not at start: the first
   * page (the concept map) has none. It may be called again; the rest is a no-op. */
  gtk_source_init ();

  object_class->dispose = cw_code_view_dispose;
  object_class->finalize = cw_code_view_finalize;
  object_class->get_property = cw_code_view_get_property;
  object_class->set_property = cw_code_view_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
cw_code_view_init (CwCodeView *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);

  gtk_text_view_set_editable (text_view, FALSE);
  gtk_text_view_set_cursor_visible (text_view, TRUE);
  gtk_text_view_set_monospace (text_view, TRUE);
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_NONE);
  gtk_text_view_set_top_margin (text_view, 8);
  gtk_text_view_set_bottom_margin (text_view, 8);
  gtk_text_view_set_left_margin (text_view, 8);
  gtk_text_view_set_right_margin (text_view, 8);
  gtk_source_view_set_highlight_current_line (GTK_SOURCE_VIEW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "cw-code");

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (cw_code_view_update_scheme), self,
                           G_CONNECT_SWAPPED);
  cw_code_view_update_scheme (self);
}

/**
 * cw_code_view_new:
 * @settings: (nullable): the application's settings, for the line numbers
 */
GtkWidget *
cw_code_view_new (const char *language_id,
                  const char *code,
                  GSettings  *settings)
{
  return g_object_new (CW_TYPE_CODE_VIEW,
                       "language", language_id,
                       "code", code,
                       "settings", settings,
                       NULL);
}

void
cw_code_view_set_settings (CwCodeView *self,
                           GSettings  *settings)
{
  g_return_if_fail (CW_IS_CODE_VIEW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_settings_unbind (self, "show-line-numbers");
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_settings_bind (settings, "show-line-numbers", self, "show-line-numbers", G_SETTINGS_BIND_GET);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

void
cw_code_view_set_code (CwCodeView *self,
                       const char *code)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start;
  gsize          length;

  g_return_if_fail (CW_IS_CODE_VIEW (self));

  /* A file's final newline ends its last line; shown, it would be one more numbered,
   * empty line. It is kept for copying. */
  length = code != NULL ? strlen (code) : 0;
  self->trailing_newline = length > 0 && code[length - 1] == '\n';
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_set_text (buffer, code != NULL ? code : "",
                            self->trailing_newline ? (int) length - 1 : (int) length);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

char *
cw_code_view_dup_code (CwCodeView *self)
{
  g_autofree char *code = NULL;
  GtkTextBuffer   *buffer;
  GtkTextIter      start;
  GtkTextIter      end;

  g_return_val_if_fail (CW_IS_CODE_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  code = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!self->trailing_newline)
    return g_steal_pointer (&code);

  return g_strconcat (code, "\n", NULL);
}

const char *
cw_code_view_get_language (CwCodeView *self)
{
  g_return_val_if_fail (CW_IS_CODE_VIEW (self), NULL);

  return self->language_id;
}
