/* cw-timing-chart.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-timing-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "cw-format.h"
#include "cw-timing-chart-private.h"

/*
 * Time versus n, time on a log scale: the straight rising line of naive recursion (its
 * cost grows by about 1.6 times per step of n) next to the flat line of fast doubling.
 * Drawn with cairo through GtkSnapshot, in the widget's own foreground colour so it
 * follows light and dark.
 */
typedef struct
{
  guint   n;
  guint64 ns;
} Point;

struct _CwTimingChart
{
  GtkWidget  parent_instance;

  GArray    *points[CW_TIMING_CHART_N_SERIES];
  char      *labels[CW_TIMING_CHART_N_SERIES];
};

G_DEFINE_FINAL_TYPE (CwTimingChart, cw_timing_chart, GTK_TYPE_WIDGET)

#define MARGIN_LEFT   92.0
#define MARGIN_RIGHT  16.0
#define MARGIN_TOP    28.0
#define MARGIN_BOTTOM 44.0

static void
series_color (CwTimingChart *self,
              guint          series,
              GdkRGBA       *color)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  /* GNOME palette: orange for naive, blue for fast doubling; lighter shades on dark. */
  if (series == 0)
    gdk_rgba_parse (color, dark ? "#ffa348" : "#e66100");
  else
    gdk_rgba_parse (color, dark ? "#99c1f1" : "#1c71d8");
}

static void
draw_text (cairo_t     *cr,
           GtkWidget   *widget,
           const char  *text,
           double       x,
           double       y,
           double       xalign,
           double       yalign,
           gboolean     vertical)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int                    width;
  int                    height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  if (vertical)
    cairo_rotate (cr, -G_PI / 2);
  cairo_move_to (cr, -xalign * width, -yalign * height);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
cw_timing_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  CwTimingChart   *self = CW_TIMING_CHART (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  double           width = gtk_widget_get_width (widget);
  double           height = gtk_widget_get_height (widget);
  double           plot_w = width - MARGIN_LEFT - MARGIN_RIGHT;
  double           plot_h = height - MARGIN_TOP - MARGIN_BOTTOM;
  GdkRGBA          fg;
  cairo_t         *cr;
  guint            max_n = 10;
  double           min_exp = 1.0;   /* 10 ns */
  double           max_exp = 3.0;   /* 1 µs */
  gboolean         empty = TRUE;
  guint            s;
  guint            i;
  double           e;

  if (plot_w < 40 || plot_h < 40)
    return;

  gtk_style_context_get_color (style, &fg);

  for (s = 0; s < CW_TIMING_CHART_N_SERIES; s++)
    for (i = 0; i < self->points[s]->len; i++)
      {
        Point *p = &g_array_index (self->points[s], Point, i);
        double x = log10 (MAX (p->ns, 1));

        empty = FALSE;
        max_n = MAX (max_n, p->n);
        max_exp = MAX (max_exp, ceil (x));
        min_exp = MIN (min_exp, floor (x));
      }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Grid and axis labels: a line per power of ten. */
  cairo_set_line_width (cr, 1.0);
  for (e = min_exp; e <= max_exp; e += 1.0)
    {
      double           y = MARGIN_TOP + plot_h - (e - min_exp) / (max_exp - min_exp) * plot_h;
      g_autofree char *label = cw_format_duration ((guint64) pow (10.0, e));

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
      cairo_move_to (cr, MARGIN_LEFT, floor (y) + 0.5);
      cairo_line_to (cr, MARGIN_LEFT + plot_w, floor (y) + 0.5);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      draw_text (cr, widget, label, MARGIN_LEFT - 6, y, 1.0, 0.5, FALSE);
    }

  for (i = 0; i <= 5; i++)
    {
      guint            n = (guint) ((double) max_n * i / 5.0 + 0.5);
      double           x = MARGIN_LEFT + (double) n / max_n * plot_w;
      g_autofree char *label = g_strdup_printf ("%u", n);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      draw_text (cr, widget, label, x, MARGIN_TOP + plot_h + 4, 0.5, 0.0, FALSE);
    }

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.5);
  cairo_rectangle (cr, MARGIN_LEFT + 0.5, MARGIN_TOP + 0.5, plot_w - 1, plot_h - 1);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
  draw_text (cr, widget, _("n"), MARGIN_LEFT + plot_w / 2, height - 4, 0.5, 1.0, FALSE);
  draw_text (cr, widget, _("Time (log scale)"), 4, MARGIN_TOP + plot_h / 2, 0.5, 0.0, TRUE);

  if (empty)
    {
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      draw_text (cr, widget, _("Draw the curve to see how the time grows with n"),
                 MARGIN_LEFT + plot_w / 2, MARGIN_TOP + plot_h / 2, 0.5, 0.5, FALSE);
    }

  /* The series, and a legend above the plot. */
  for (s = 0; s < CW_TIMING_CHART_N_SERIES; s++)
    {
      GdkRGBA color;

      series_color (self, s, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      for (i = 0; i < self->points[s]->len; i++)
        {
          Point *p = &g_array_index (self->points[s], Point, i);
          double x = MARGIN_LEFT + (double) p->n / max_n * plot_w;
          double y = MARGIN_TOP + plot_h -
                     (log10 (MAX (p->ns, 1)) - min_exp) / (max_exp - min_exp) * plot_h;

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);

      if (self->labels[s] != NULL)
        {
          double lx = MARGIN_LEFT + 8 + s * 200;

          cairo_rectangle (cr, lx, 8, 16, 4);
          cairo_fill (cr);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
          draw_text (cr, widget, self->labels[s], lx + 22, 10, 0.0, 0.5, FALSE);
        }
    }

  cairo_destroy (cr);
}

static void
cw_timing_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
    }
  else
    {
      *minimum = 220;
      *natural = 300;
    }
}

static void
cw_timing_chart_finalize (GObject *object)
{
  CwTimingChart *self = CW_TIMING_CHART (object);
  guint          s;

  for (s = 0; s < CW_TIMING_CHART_N_SERIES; s++)
    {
      g_clear_pointer (&self->points[s], g_array_unref);
      g_clear_pointer (&self->labels[s], g_free);
    }

  G_OBJECT_CLASS (cw_timing_chart_parent_class)->finalize (object);
}

static void
cw_timing_chart_class_init (CwTimingChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cw_timing_chart_finalize;

  widget_class->snapshot = cw_timing_chart_snapshot;
  widget_class->measure = cw_timing_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "timingchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cw_timing_chart_init (CwTimingChart *self)
{
  guint s;

  for (s = 0; s < CW_TIMING_CHART_N_SERIES; s++)
    self->points[s] = g_array_new (FALSE, FALSE, sizeof (Point));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time versus n"),
                                  -1);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cw_timing_chart_new (void)
{
  return g_object_new (CW_TYPE_TIMING_CHART, NULL);
}

void
cw_timing_chart_clear (CwTimingChart *self)
{
  guint s;

  g_return_if_fail (CW_IS_TIMING_CHART (self));

  for (s = 0; s < CW_TIMING_CHART_N_SERIES; s++)
    g_array_set_size (self->points[s], 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_timing_chart_set_series_label (CwTimingChart *self,
                                  guint          series,
                                  const char    *label)
{
  g_return_if_fail (CW_IS_TIMING_CHART (self));
  g_return_if_fail (series < CW_TIMING_CHART_N_SERIES);

  g_free (self->labels[series]);
  self->labels[series] = g_strdup (label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_timing_chart_add_point (CwTimingChart *self,
                           guint          series,
                           guint          n,
                           guint64        ns)
{
  Point point = { n, ns };

  g_return_if_fail (CW_IS_TIMING_CHART (self));
  g_return_if_fail (series < CW_TIMING_CHART_N_SERIES);

  g_array_append_val (self->points[series], point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
cw_timing_chart_get_n_points (CwTimingChart *self,
                              guint          series)
{
  g_return_val_if_fail (CW_IS_TIMING_CHART (self), 0);
  g_return_val_if_fail (series < CW_TIMING_CHART_N_SERIES, 0);

  return self->points[series]->len;
}
