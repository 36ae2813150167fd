/* cw-snippet-pair-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-snippet-pair-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-code-view.h"
#include "cw-scroll-through.h"
#include "cw-snippet-pair-view-private.h"
#include "cw-text-block.h"
#include "cw-toast.h"

/*
 * One JavaScript/Rust pair: a caption, an optional explanation, then the two snippets
 * side by side — or stacked, when the width cannot hold two readable columns. The
 * decision is made in measure/size_allocate, so the pair adapts to any width without
 * breakpoints (which libadwaita 1.2 does not have).
 */
struct _CwSnippetPairView
{
  GtkWidget      parent_instance;

  CwSnippetPair *pair;

  GtkWidget     *header;   /* caption + text */
  GtkWidget     *js_column;
  GtkWidget     *rust_column;
  GtkWidget     *views[2];        /* CwCodeView, by CwSide */
  GArray        *lit[2];          /* the lines highlighted on each side, from 1 */
  gboolean       stacked;
};

G_DEFINE_FINAL_TYPE (CwSnippetPairView, cw_snippet_pair_view, GTK_TYPE_WIDGET)

#define COLUMN_MIN_WIDTH 340
#define SPACING          12

static void
on_copy_clicked (GtkButton *button,
                 GtkWidget *code_view)
{
  g_autofree char *code = cw_code_view_dup_code (CW_CODE_VIEW (code_view));
  const char      *language = cw_code_view_get_language (CW_CODE_VIEW (code_view));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (code_view), code);
  cw_widget_add_toast_text (GTK_WIDGET (button),
                            g_strcmp0 (language, "rust") == 0
                            ? _("Rust code copied")
                            : _("JavaScript code copied"));
}

static GtkWidget *
create_column (GSettings  *settings,
               const char *language_id,
               const char *title,
               const char *code,
               const char *output,
               const char *error_code,
               const char *diagnostic,
               GtkWidget **view_out)
{
  GtkWidget *column;
  GtkWidget *bar;
  GtkWidget *label;
  GtkWidget *copy;
  GtkWidget *frame;
  GtkWidget *scroller;
  GtkWidget *view;
  gboolean   is_rust = g_strcmp0 (language_id, "rust") == 0;

  column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (bar), label);

  if (error_code != NULL)
    {
      g_autofree char *badge_text = g_strdup_printf (_("Does not compile: %s"), error_code);
      GtkWidget       *badge = gtk_label_new (badge_text);

      gtk_widget_add_css_class (badge, "cw-badge-error");
      gtk_widget_set_tooltip_text (badge, _("This snippet is meant to fail: it shows an error the compiler catches"));
      gtk_box_append (GTK_BOX (bar), badge);
    }

  copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, is_rust ? _("Copy Rust") : _("Copy JavaScript"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_rust ? _("Copy Rust") : _("Copy JavaScript"),
                                  -1);
  gtk_box_append (GTK_BOX (bar), copy);
  gtk_box_append (GTK_BOX (column), bar);

  view = cw_code_view_new (language_id, code, settings);
  *view_out = view;
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_rust ? _("Rust code") : _("JavaScript code"),
                                  -1);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (on_copy_clicked), view, 0);

  /* Long lines scroll sideways; the height always fits the whole snippet. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  cw_scroll_through (GTK_SCROLLED_WINDOW (scroller));

  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "cw-code-frame");
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (column), frame);

  if (diagnostic != NULL)
    gtk_box_append (GTK_BOX (column),
                    cw_text_block_new (_("What the compiler says"), diagnostic, "cw-diagnostic"));
  else if (output != NULL && *output != '\0')
    gtk_box_append (GTK_BOX (column), cw_text_block_new (_("Output"), output, "cw-output"));

  return column;
}

/*
 * Line-mapped pairs: a line of one snippet — under the pointer, or holding the cursor
 * while the snippet has the keyboard focus — lights up the lines the course's authors tied
 * to it in the other snippet (cw_snippet_pair_get_corresponding_lines()), and the line
 * itself. The focused snippet's accessible description says which lines correspond and
 * what they read, so a screen reader announces the counterpart too.
 */

static const char *
side_name (CwSide side)
{
  return side == CW_SIDE_RUST ? _("Rust") : _("JavaScript");
}

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name,
            const char    *color)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GdkRGBA     rgba;

  if (tag == NULL)
    {
      gdk_rgba_parse (&rgba, color);
      tag = gtk_text_buffer_create_tag (buffer, name, "paragraph-background-rgba", &rgba, NULL);
    }

  return tag;
}

static void
set_lit_lines (CwSnippetPairView *self,
               CwSide             side,
               GArray            *lines)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->views[side]));
  /* Translucent accent blue: readable over light and dark schemes alike. */
  GtkTextTag    *tag = ensure_tag (buffer, "cw-line-link", "rgba(53,132,228,0.22)");
  GtkTextIter    start;
  GtkTextIter    end;
  guint          i;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  g_array_set_size (self->lit[side], 0);

  for (i = 0; lines != NULL && i < lines->len; i++)
    {
      guint line = g_array_index (lines, guint, i);

      if (line == 0 || (int) line > gtk_text_buffer_get_line_count (buffer))
        continue;
      gtk_text_buffer_get_iter_at_line (buffer, &start, (int) line - 1);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      gtk_text_iter_forward_char (&end);
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
      g_array_append_val (self->lit[side], line);
    }
}

/* "3–4" or "3, 7" */
static char *
format_lines (GArray *lines)
{
  GString *text = g_string_new (NULL);
  guint    i = 0;

  while (i < lines->len)
    {
      guint first = g_array_index (lines, guint, i);
      guint last = first;

      while (i + 1 < lines->len && g_array_index (lines, guint, i + 1) == last + 1)
        last = g_array_index (lines, guint, ++i);
      if (text->len > 0)
        g_string_append (text, ", ");
      if (last > first)
        g_string_append_printf (text, "%u–%u", first, last);
      else
        g_string_append_printf (text, "%u", first);
      i++;
    }

  return g_string_free (text, FALSE);
}

static char *
lines_text (GtkWidget *view,
            GArray    *lines)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GString       *text = g_string_new (NULL);
  guint          i;

  for (i = 0; i < lines->len; i++)
    {
      GtkTextIter      start;
      GtkTextIter      end;
      g_autofree char *line = NULL;

      gtk_text_buffer_get_iter_at_line (buffer, &start, (int) g_array_index (lines, guint, i) - 1);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      line = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, g_strstrip (line));
    }

  return g_string_free (text, FALSE);
}

static void
describe_link (CwSnippetPairView *self,
               CwSide             side,
               GArray            *lines)
{
  CwSide           other = side == CW_SIDE_RUST ? CW_SIDE_JAVASCRIPT : CW_SIDE_RUST;
  g_autofree char *numbers = NULL;
  g_autofree char *code = NULL;
  g_autofree char *description = NULL;

  if (lines == NULL || lines->len == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->views[side]),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  numbers = format_lines (lines);
  code = lines_text (self->views[other], lines);
  /* Translators: read to screen readers when a line of one snippet is selected; e.g.
   * "Matches Rust lines 3–4: let total = prices.iter().sum();" */
  description = g_strdup_printf (ngettext ("Matches %s line %s: %s", "Matches %s lines %s: %s",
                                           lines->len),
                                 side_name (other), numbers, code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->views[side]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Lights @line of @side (from 1; 0: nothing) and its counterparts. */
static void
link_line (CwSnippetPairView *self,
           CwSide             side,
           guint              line)
{
  CwSide             other = side == CW_SIDE_RUST ? CW_SIDE_JAVASCRIPT : CW_SIDE_RUST;
  g_autoptr(GArray)  counterparts = NULL;
  g_autoptr(GArray)  own = g_array_new (FALSE, FALSE, sizeof (guint));

  if (line > 0)
    counterparts = cw_snippet_pair_get_corresponding_lines (self->pair, side, line);
  if (counterparts != NULL && counterparts->len > 0)
    g_array_append_val (own, line);

  set_lit_lines (self, side, own);
  set_lit_lines (self, other, counterparts);
  describe_link (self, side, counterparts);
}

static CwSide
side_of (CwSnippetPairView *self,
         GtkWidget         *view)
{
  return view == self->views[CW_SIDE_RUST] ? CW_SIDE_RUST : CW_SIDE_JAVASCRIPT;
}

static guint
cursor_line (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter    iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));

  return (guint) gtk_text_iter_get_line (&iter) + 1;
}

static void
on_cursor_moved (CwSnippetPairView *self,
                 GParamSpec        *pspec,
                 GtkTextBuffer     *buffer)
{
  CwSide side = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->views[CW_SIDE_RUST])) == buffer
                ? CW_SIDE_RUST : CW_SIDE_JAVASCRIPT;

  if (gtk_widget_is_focus (self->views[side]))
    link_line (self, side, cursor_line (self->views[side]));
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                CwSnippetPairView       *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  link_line (self, side_of (self, view), cursor_line (view));
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                CwSnippetPairView       *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  link_line (self, side_of (self, view), 0);
}

static void
on_pointer_motion (GtkEventControllerMotion *controller,
                   double                    x,
                   double                    y,
                   CwSnippetPairView        *self)
{
  GtkWidget  *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkTextIter iter;
  int         buffer_x;
  int         buffer_y;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &buffer_x, &buffer_y);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (view), &iter, buffer_y, NULL);
  link_line (self, side_of (self, view), (guint) gtk_text_iter_get_line (&iter) + 1);
}

static void
on_pointer_leave (GtkEventControllerMotion *controller,
                  CwSnippetPairView        *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* Back to the keyboard's line when the snippet has the focus. */
  link_line (self, side_of (self, view),
             gtk_widget_is_focus (view) ? cursor_line (view) : 0);
}

static void
link_view (CwSnippetPairView *self,
           CwSide             side)
{
  GtkWidget          *view = self->views[side];
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->lit[side] = g_array_new (FALSE, FALSE, sizeof (guint));
  if (cw_snippet_pair_get_marks (self->pair, side) == NULL)
    return;

  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "notify::cursor-position",
                           G_CALLBACK (on_cursor_moved), self, G_CONNECT_SWAPPED);
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (view, focus);
  g_signal_connect (motion, "motion", G_CALLBACK (on_pointer_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_pointer_leave), self);
  gtk_widget_add_controller (view, motion);
}

static gboolean
should_stack (int width)
{
  return width >= 0 && width < 2 * COLUMN_MIN_WIDTH + SPACING;
}

static void
cw_snippet_pair_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  CwSnippetPairView *self = CW_SNIPPET_PAIR_VIEW (widget);
  int                header_min, header_nat;
  int                js_min, js_nat;
  int                rust_min, rust_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->header, orientation, -1, &header_min, &header_nat, NULL, NULL);
      gtk_widget_measure (self->js_column, orientation, -1, &js_min, &js_nat, NULL, NULL);
      gtk_widget_measure (self->rust_column, orientation, -1, &rust_min, &rust_nat, NULL, NULL);

      /* Stacked is always possible, so the minimum is one column; side by side is natural. */
      *minimum = MAX (header_min, MAX (js_min, rust_min));
      *natural = MAX (header_nat, MAX (2 * COLUMN_MIN_WIDTH + SPACING, js_nat + SPACING + rust_nat));
    }
  else
    {
      int column_width = for_size;

      gtk_widget_measure (self->header, orientation, for_size, &header_min, &header_nat, NULL, NULL);

      if (!should_stack (for_size))
        column_width = for_size < 0 ? -1 : (for_size - SPACING) / 2;

      gtk_widget_measure (self->js_column, orientation, column_width, &js_min, &js_nat, NULL, NULL);
      gtk_widget_measure (self->rust_column, orientation, column_width, &rust_min, &rust_nat, NULL, NULL);

      if (should_stack (for_size))
        {
          *minimum = header_min + SPACING + js_min + SPACING + rust_min;
          *natural = header_nat + SPACING + js_nat + SPACING + rust_nat;
        }
      else
        {
          *minimum = header_min + SPACING + MAX (js_min, rust_min);
          *natural = header_nat + SPACING + MAX (js_nat, rust_nat);
        }
    }
}

static void
cw_snippet_pair_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  CwSnippetPairView *self = CW_SNIPPET_PAIR_VIEW (widget);
  int                header_height;
  int                js_height;
  int                rust_height;
  int                y;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_height, NULL, NULL, NULL);
  gtk_widget_allocate (self->header, width, header_height, -1, NULL);
  y = header_height + SPACING;

  self->stacked = should_stack (width);

  if (self->stacked)
    {
      gtk_widget_measure (self->js_column, GTK_ORIENTATION_VERTICAL, width, &js_height, NULL, NULL, NULL);
      gtk_widget_measure (self->rust_column, GTK_ORIENTATION_VERTICAL, width, &rust_height, NULL, NULL, NULL);
      gtk_widget_allocate (self->js_column, width, js_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      gtk_widget_allocate (self->rust_column, width, rust_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y + js_height + SPACING)));
    }
  else
    {
      int column_width = (width - SPACING) / 2;
      int row_height;

      gtk_widget_measure (self->js_column, GTK_ORIENTATION_VERTICAL, column_width, &js_height, NULL, NULL, NULL);
      gtk_widget_measure (self->rust_column, GTK_ORIENTATION_VERTICAL, column_width, &rust_height, NULL, NULL, NULL);
      row_height = MAX (MAX (js_height, rust_height), height - y);
      gtk_widget_allocate (self->js_column, column_width, row_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      gtk_widget_allocate (self->rust_column, width - SPACING - column_width, row_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (column_width + SPACING, y)));
    }
}

static GtkSizeRequestMode
cw_snippet_pair_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cw_snippet_pair_view_dispose (GObject *object)
{
  CwSnippetPairView *self = CW_SNIPPET_PAIR_VIEW (object);

  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_pointer (&self->js_column, gtk_widget_unparent);
  g_clear_pointer (&self->rust_column, gtk_widget_unparent);
  g_clear_object (&self->pair);
  g_clear_pointer (&self->lit[CW_SIDE_JAVASCRIPT], g_array_unref);
  g_clear_pointer (&self->lit[CW_SIDE_RUST], g_array_unref);

  G_OBJECT_CLASS (cw_snippet_pair_view_parent_class)->dispose (object);
}

static void
cw_snippet_pair_view_class_init (CwSnippetPairViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_snippet_pair_view_dispose;

  widget_class->measure = cw_snippet_pair_view_measure;
  widget_class->size_allocate = cw_snippet_pair_view_size_allocate;
  widget_class->get_request_mode = cw_snippet_pair_view_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "snippetpair");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cw_snippet_pair_view_init (CwSnippetPairView *self)
{
}

GtkWidget *
cw_snippet_pair_view_new (CwSnippetPair *pair,
                          GSettings     *settings)
{
  CwSnippetPairView *self;
  GtkWidget         *caption;
  const char        *text;

  g_return_val_if_fail (CW_IS_SNIPPET_PAIR (pair), NULL);

  self = g_object_new (CW_TYPE_SNIPPET_PAIR_VIEW, NULL);
  self->pair = g_object_ref (pair);

  self->header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  caption = gtk_label_new (cw_snippet_pair_get_caption (pair));
  gtk_label_set_xalign (GTK_LABEL (caption), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "title-4");
  gtk_box_append (GTK_BOX (self->header), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cw_snippet_pair_get_caption (pair),
                                  -1);

  text = cw_snippet_pair_get_text (pair);
  if (text != NULL && *text != '\0')
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), text);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (self->header), label);
    }
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->js_column = create_column (settings, "js", _("JavaScript"),
                                   cw_snippet_pair_get_js_code (pair),
                                   cw_snippet_pair_get_js_output (pair),
                                   NULL, NULL, &self->views[CW_SIDE_JAVASCRIPT]);
  gtk_widget_set_parent (self->js_column, GTK_WIDGET (self));

  self->rust_column = create_column (settings, "rust", _("Rust"),
                                     cw_snippet_pair_get_rust_code (pair),
                                     cw_snippet_pair_get_rust_output (pair),
                                     cw_snippet_pair_get_rust_error_code (pair),
                                     cw_snippet_pair_get_rust_diagnostic (pair),
                                     &self->views[CW_SIDE_RUST]);
  gtk_widget_set_parent (self->rust_column, GTK_WIDGET (self));

  link_view (self, CW_SIDE_JAVASCRIPT);
  link_view (self, CW_SIDE_RUST);

  return GTK_WIDGET (self);
}

CwSnippetPair *
cw_snippet_pair_view_get_pair (CwSnippetPairView *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR_VIEW (self), NULL);

  return self->pair;
}

gboolean
cw_snippet_pair_view_is_stacked (CwSnippetPairView *self)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR_VIEW (self), FALSE);

  return self->stacked;
}

/* The lines lit on @side, from 1, in order. */
GArray *
cw_snippet_pair_view_get_lit_lines (CwSnippetPairView *self,
                                    CwSide             side)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR_VIEW (self), NULL);

  return self->lit[side];
}

GtkWidget *
cw_snippet_pair_view_get_code_view (CwSnippetPairView *self,
                                    CwSide             side)
{
  g_return_val_if_fail (CW_IS_SNIPPET_PAIR_VIEW (self), NULL);

  return self->views[side];
}

/* Lights the counterparts of @line of @side (from 1; 0: nothing), as the pointer does. */
void
cw_snippet_pair_view_point_at_line (CwSnippetPairView *self,
                                    CwSide             side,
                                    guint              line)
{
  g_return_if_fail (CW_IS_SNIPPET_PAIR_VIEW (self));

  link_line (self, side, line);
}
