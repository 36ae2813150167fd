/* cw-prose-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-prose-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-code-view.h"
#include "cw-content-block.h"
#include "cw-prose-view.h"
#include "cw-scroll-through.h"

/*
 * Prose as the course's authors wrote it in Markdown, block by block (see
 * cw-content-block.h): paragraphs and list items as wrapped labels, headings as headings,
 * and code blocks — a Cargo.toml, a shell command, a lib.rs — highlighted and copyable,
 * never run into the text around them.
 */
struct _CwProseView
{
  GtkWidget  parent_instance;

  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (CwProseView, cw_prose_view, GTK_TYPE_WIDGET)

/* A comfortable measure for reading: about this many characters of the body font. */
#define MEASURE_CHARS 75

/* The width of MEASURE_CHARS average characters of the widget's font, in pixels. */
static int
reading_width (GtkWidget *widget)
{
  PangoContext     *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int               width;

  width = pango_font_metrics_get_approximate_char_width (metrics) * MEASURE_CHARS / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  return width;
}

/* As wide as its paragraphs want, up to the reading measure: placed at the start of a wider
 * page, lines stay short enough to read, whatever the window's width. */
static void
cw_prose_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  CwProseView *self = CW_PROSE_VIEW (widget);

  int min_width;
  int nat_width;

  /* Height for width: a width never depends on the height GTK asks for, and measuring
   * wrapped paragraphs for a given height would ask for one long line each. */
  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width,
                      NULL, NULL);
  nat_width = MAX (min_width, MIN (nat_width, reading_width (widget)));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
      return;
    }

  /* Placed at the start, the view gets no more than its natural width, whatever width its
   * parent measures it for: its height is that of the paragraphs wrapped at that width. */
  if (for_size > nat_width)
    for_size = nat_width;
  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
cw_prose_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  gtk_widget_allocate (CW_PROSE_VIEW (widget)->box, width, height, baseline, NULL);
}

static GtkSizeRequestMode
cw_prose_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Links in the course: crabwise:lesson/ID opens a lesson, crabwise:lab the lab; web links
 * are GTK's to open (through the portal inside the sandbox). */
gboolean
cw_prose_view_activate_link (GtkLabel   *label,
                             const char *uri,
                             gpointer    user_data)
{
  if (g_str_has_prefix (uri, "crabwise:lesson/"))
    {
      gtk_widget_activate_action (GTK_WIDGET (label), "win.open-lesson", "s",
                                  uri + strlen ("crabwise:lesson/"));
      return TRUE;
    }

  if (g_strcmp0 (uri, "crabwise:lab") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (label), "win.show-section", "s", "lab");
      return TRUE;
    }

  return FALSE;
}

/**
 * cw_prose_label_new:
 * @markup: (nullable): Pango markup, links included
 * @css_class: (nullable): a style class
 *
 * A paragraph of the course: wrapped, aligned to the start, its crabwise: links working.
 */
GtkWidget *
cw_prose_label_new (const char *markup,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "activate-link", G_CALLBACK (cw_prose_view_activate_link), NULL);

  return label;
}

static void
on_copy_clicked (GtkButton *button,
                 GtkWidget *code_view)
{
  g_autofree char *code = cw_code_view_dup_code (CW_CODE_VIEW (code_view));
  GtkWidget       *overlay;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (code_view), code);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Code copied")));
}

/* GtkSourceView's name for the languages the course's code blocks use; NULL: plain. */
static const char *
source_language (const char *language)
{
  static const char * const known[] = { "rust", "js", "toml", "sh", "json" };
  gsize i;

  for (i = 0; language != NULL && i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (language, known[i]))
      return known[i];

  return NULL;
}

static GtkWidget *
create_code (CwContentBlock *block,
             GSettings      *settings)
{
  g_autofree char *trimmed = g_strchomp (g_strdup (cw_content_block_get_text (block)));
  GtkWidget       *overlay = gtk_overlay_new ();
  GtkWidget       *scroller = gtk_scrolled_window_new ();
  GtkWidget       *frame = gtk_frame_new (NULL);
  GtkWidget       *view = cw_code_view_new (source_language (cw_content_block_get_language (block)),
                                            trimmed, settings);
  GtkWidget       *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  /* Room for the Copy button at the end of the first line. */
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 48);

  /* Long lines scroll sideways: a command or a manifest must not wrap into another. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  cw_scroll_through (GTK_SCROLLED_WINDOW (scroller));
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Code"),
                                  -1);

  gtk_widget_set_tooltip_text (copy, _("Copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy code"),
                                  -1);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_halign (copy, GTK_ALIGN_END);
  gtk_widget_set_valign (copy, GTK_ALIGN_START);
  gtk_widget_set_margin_top (copy, 4);
  gtk_widget_set_margin_end (copy, 4);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (on_copy_clicked), view, 0);

  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_widget_add_css_class (frame, "cw-code-frame");
  gtk_overlay_set_child (GTK_OVERLAY (overlay), frame);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), copy);

  return overlay;
}

static GtkWidget *
create_block (CwContentBlock *block,
              GSettings      *settings)
{
  const char *kind = cw_content_block_get_kind (block);
  const char *text = cw_content_block_get_text (block);

  if (g_str_equal (kind, "code"))
    return create_code (block, settings);

  if (g_str_equal (kind, "heading"))
    {
      GtkWidget *label = cw_prose_label_new (text, "heading");

      gtk_widget_add_css_class (label, "cw-prose-heading");
      return label;
    }

  if (g_str_equal (kind, "item"))
    {
      g_autofree char *marker = NULL;
      g_autofree char *markup = NULL;
      GtkWidget       *label;

      if (cw_content_block_get_number (block) > 0)
        marker = g_strdup_printf ("%u.", cw_content_block_get_number (block));
      else
        marker = g_strdup ("•");
      markup = g_strdup_printf ("%s %s", marker, text);
      label = cw_prose_label_new (markup, "cw-prose");
      gtk_widget_set_margin_start (label, 12 * (int) MAX (cw_content_block_get_level (block), 1));
      return label;
    }

  return cw_prose_label_new (text, "cw-prose");
}

static void
cw_prose_view_dispose (GObject *object)
{
  CwProseView *self = CW_PROSE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cw_prose_view_parent_class)->dispose (object);
}

static void
cw_prose_view_class_init (CwProseViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_prose_view_dispose;

  widget_class->measure = cw_prose_view_measure;
  widget_class->size_allocate = cw_prose_view_size_allocate;
  widget_class->get_request_mode = cw_prose_view_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "prose");
}

static void
cw_prose_view_init (CwProseView *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
}

/**
 * cw_prose_view_new:
 * @blocks: #CwContentBlock items, in order
 */
GtkWidget *
cw_prose_view_new (GListModel *blocks,
                   GSettings  *settings)
{
  CwProseView *self;
  guint        i;

  g_return_val_if_fail (G_IS_LIST_MODEL (blocks), NULL);

  self = g_object_new (CW_TYPE_PROSE_VIEW, NULL);
  for (i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(CwContentBlock) block = g_list_model_get_item (blocks, i);

      gtk_box_append (GTK_BOX (self->box), create_block (block, settings));
    }

  return GTK_WIDGET (self);
}
