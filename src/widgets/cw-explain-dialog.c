/* cw-explain-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-explain-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-explain-dialog.h"

/* What the explanation lands in; the buffer outlives the dialog if rustc answers late. */
typedef struct
{
  GtkTextBuffer *buffer;
  GCancellable  *cancellable;
} ExplainRequest;

static void
explain_request_free (ExplainRequest *request)
{
  g_clear_object (&request->buffer);
  g_clear_object (&request->cancellable);
  g_free (request);
}

static void
on_explained (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ExplainRequest   *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char  *text = NULL;

  text = cw_rust_toolchain_explain_finish (CW_RUST_TOOLCHAIN (source), result, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_text_buffer_set_text (request->buffer, text != NULL ? text : error->message, -1);

  explain_request_free (request);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             GCancellable     *cancellable)
{
  /* Closed before rustc answered: it need not keep working. */
  g_cancellable_cancel (cancellable);
}

static void
drop_cancellable (gpointer  data,
                  GClosure *closure)
{
  g_object_unref (data);
}

GtkWidget *
cw_explain_dialog_present (GtkWidget       *parent,
                           CwRustToolchain *toolchain,
                           const char      *code)
{
  g_autofree char *heading = NULL;
  ExplainRequest  *request;
  GtkWidget       *dialog;
  GtkWidget       *scroller;
  GtkWidget       *view;
  GtkRoot         *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (CW_IS_RUST_TOOLCHAIN (toolchain), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  root = gtk_widget_get_root (parent);
  /* Translators: %s is a rustc error code such as E0382 */
  heading = g_strdup_printf (_("Error %s"), code);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 720, 560);

  view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  /* Kept visible so a screen reader and the keyboard can walk the text. */
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Explanation"),
                                  -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            _("Asking rustc…"), -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 560);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  request = g_new0 (ExplainRequest, 1);
  request->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  request->cancellable = g_cancellable_new ();
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response),
                         g_object_ref (request->cancellable), drop_cancellable, 0);
  cw_rust_toolchain_explain_async (toolchain, code, request->cancellable, on_explained, request);

  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
