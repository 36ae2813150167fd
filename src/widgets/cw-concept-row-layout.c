/* cw-concept-row-layout.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-concept-row-layout"

#include "config.h"

#include "cw-concept-row-layout.h"

/*
 * One row of the concept map, laid out as a table row on a wide page and as a card on a
 * narrow one — decided here, in measure and allocate, from the width alone. Nothing is added,
 * removed, shown or hidden in the widget tree when the width changes: doing that from inside
 * a size_allocate (as AdwSqueezer did, and GtkColumnView in GTK 4.8 does with wrapping cells)
 * leaves widgets needing an allocation nobody gives them, which blanked the whole page after
 * a fold and unfold (issue 9, 3.1).
 *
 * A row's children, in order: the concept's name; then caption and text for JavaScript, Rust
 * and the key difference; then the learner's progress. Captions only show on a card (the
 * table has column headers). A header row has one child per column (the sort buttons): in
 * columns on a wide page, flowing across lines on a narrow one.
 */
struct _CwConceptRowLayout
{
  GtkLayoutManager parent_instance;

  gboolean         header;
  gboolean         table;   /* as last allocated */
};

G_DEFINE_FINAL_TYPE (CwConceptRowLayout, cw_concept_row_layout, GTK_TYPE_LAYOUT_MANAGER)

#define COLUMN_SPACING 18
#define CARD_SPACING   6
#define N_ROW_CHILDREN 8

/* Relative column widths: name, JavaScript, Rust, key difference, progress. */
static const double column_weights[CW_CONCEPT_N_COLUMNS] = { 2.0, 3.0, 3.0, 3.0, 1.9 };

typedef struct
{
  GtkWidget *name;
  GtkWidget *captions[3];
  GtkWidget *texts[3];
  GtkWidget *progress;
} RowChildren;

static gboolean
get_row_children (GtkWidget   *widget,
                  RowChildren *out)
{
  GtkWidget *children[N_ROW_CHILDREN] = { NULL };
  GtkWidget *child;
  guint      n = 0;
  guint      i;

  for (child = gtk_widget_get_first_child (widget);
       child != NULL && n < N_ROW_CHILDREN;
       child = gtk_widget_get_next_sibling (child))
    children[n++] = child;

  if (n != N_ROW_CHILDREN)
    return FALSE;

  out->name = children[0];
  for (i = 0; i < 3; i++)
    {
      out->captions[i] = children[1 + 2 * i];
      out->texts[i] = children[2 + 2 * i];
    }
  out->progress = children[7];

  return TRUE;
}

/* The widget of each table column of a row (captions are not columns). */
static void
row_columns (const RowChildren *row,
             GtkWidget         *columns[CW_CONCEPT_N_COLUMNS])
{
  columns[0] = row->name;
  columns[1] = row->texts[0];
  columns[2] = row->texts[1];
  columns[3] = row->texts[2];
  columns[4] = row->progress;
}

static void
header_columns (GtkWidget *widget,
                GtkWidget *columns[CW_CONCEPT_N_COLUMNS])
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  guint      i;

  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    {
      columns[i] = child;
      if (child != NULL)
        child = gtk_widget_get_next_sibling (child);
    }
}

static void
column_widths (int width,
               int widths[CW_CONCEPT_N_COLUMNS])
{
  double total = 0.0;
  int    available = MAX (0, width - COLUMN_SPACING * (CW_CONCEPT_N_COLUMNS - 1));
  int    used = 0;
  guint  i;

  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    total += column_weights[i];
  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    {
      widths[i] = (int) (available * column_weights[i] / total);
      used += widths[i];
    }
  /* Rounding leftovers go to the last column, so the row is filled exactly. */
  widths[CW_CONCEPT_N_COLUMNS - 1] += available - used;
}

static int
height_for (GtkWidget *child,
            int        width)
{
  int minimum = 0;

  if (child == NULL || !gtk_widget_get_visible (child))
    return 0;
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, MAX (width, 0), &minimum, NULL, NULL, NULL);

  return minimum;
}

static void
width_of (GtkWidget *child,
          int       *minimum,
          int       *natural)
{
  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

/* Heights of a table row (tallest column) at this width. */
static int
table_height (GtkWidget *columns[CW_CONCEPT_N_COLUMNS],
              int        width)
{
  int   widths[CW_CONCEPT_N_COLUMNS];
  int   height = 0;
  guint i;

  column_widths (width, widths);
  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    height = MAX (height, height_for (columns[i], widths[i]));

  return height;
}

/* A card: the name with the progress at its end, then caption and text, three times. */
static int
card_height (const RowChildren *row,
             int                width)
{
  int   progress_min = 0;
  int   progress_nat = 0;
  int   height;
  guint i;

  width_of (row->progress, &progress_min, &progress_nat);
  height = MAX (height_for (row->name, width - progress_nat - COLUMN_SPACING),
                height_for (row->progress, progress_nat));
  for (i = 0; i < 3; i++)
    height += 2 * CARD_SPACING + height_for (row->captions[i], width) +
              height_for (row->texts[i], width);

  return height;
}

/* Header buttons flowing across lines: the height, and the allocation when asked. */
static int
flow (GtkWidget *columns[CW_CONCEPT_N_COLUMNS],
      int        width,
      gboolean   allocate)
{
  int   x = 0;
  int   y = 0;
  int   line = 0;
  guint i;

  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    {
      int minimum;
      int natural;
      int height;

      if (columns[i] == NULL || !gtk_widget_get_visible (columns[i]))
        continue;
      width_of (columns[i], &minimum, &natural);
      natural = MIN (natural, width);
      if (x > 0 && x + natural > width)
        {
          y += line + CARD_SPACING;
          x = 0;
          line = 0;
        }
      height = height_for (columns[i], natural);
      if (allocate)
        gtk_widget_size_allocate (columns[i], &(GtkAllocation) { x, y, natural, height }, -1);
      x += natural + CARD_SPACING;
      line = MAX (line, height);
    }

  return y + line;
}

static void
cw_concept_row_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  CwConceptRowLayout *self = CW_CONCEPT_ROW_LAYOUT (manager);
  GtkWidget          *columns[CW_CONCEPT_N_COLUMNS];
  RowChildren         row;
  GtkWidget          *child;

  if (self->header)
    header_columns (widget, columns);
  else if (get_row_children (widget, &row))
    row_columns (&row, columns);
  else
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int   card_minimum = 0;
      int   table_natural = COLUMN_SPACING * (CW_CONCEPT_N_COLUMNS - 1);
      guint i;

      /* As narrow as the widest child allows (a card); as wide as a table would like. */
      for (child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min;
          int child_nat;

          width_of (child, &child_min, &child_nat);
          card_minimum = MAX (card_minimum, child_min);
        }
      for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
        {
          int child_min;
          int child_nat;

          width_of (columns[i], &child_min, &child_nat);
          table_natural += child_nat;
        }
      *minimum = card_minimum;
      *natural = MAX (MAX (table_natural, CW_CONCEPT_TABLE_MIN_WIDTH), card_minimum);
    }
  else
    {
      int width = for_size;

      if (width < 0)
        {
          int ignored;

          cw_concept_row_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1,
                                         &ignored, &width, NULL, NULL);
        }

      if (cw_concept_row_layout_is_table_width (width))
        *minimum = table_height (columns, width);
      else if (self->header)
        *minimum = flow (columns, width, FALSE);
      else
        *minimum = card_height (&row, width);
      *natural = *minimum;
    }

  if (minimum_baseline != NULL)
    *minimum_baseline = -1;
  if (natural_baseline != NULL)
    *natural_baseline = -1;
}

static void
allocate_table (GtkWidget *columns[CW_CONCEPT_N_COLUMNS],
                int        width,
                int        height)
{
  int   widths[CW_CONCEPT_N_COLUMNS];
  int   x = 0;
  guint i;

  column_widths (width, widths);
  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    {
      if (columns[i] != NULL && gtk_widget_get_visible (columns[i]))
        gtk_widget_size_allocate (columns[i], &(GtkAllocation) { x, 0, widths[i], height }, -1);
      x += widths[i] + COLUMN_SPACING;
    }
}

static void
allocate_card (const RowChildren *row,
               int                width)
{
  int   progress_min = 0;
  int   progress_nat = 0;
  int   name_width;
  int   y;
  guint i;

  width_of (row->progress, &progress_min, &progress_nat);
  progress_nat = MIN (progress_nat, width / 2);
  name_width = MAX (0, width - progress_nat - COLUMN_SPACING);
  y = MAX (height_for (row->name, name_width), height_for (row->progress, progress_nat));
  gtk_widget_size_allocate (row->name, &(GtkAllocation) { 0, 0, name_width, y }, -1);
  if (gtk_widget_get_visible (row->progress))
    gtk_widget_size_allocate (row->progress,
                              &(GtkAllocation) { width - progress_nat, 0, progress_nat, y }, -1);

  for (i = 0; i < 3; i++)
    {
      int caption = height_for (row->captions[i], width);
      int text = height_for (row->texts[i], width);

      y += CARD_SPACING;
      gtk_widget_size_allocate (row->captions[i], &(GtkAllocation) { 0, y, width, caption }, -1);
      y += caption + CARD_SPACING;
      gtk_widget_size_allocate (row->texts[i], &(GtkAllocation) { 0, y, width, text }, -1);
      y += text;
    }
}

static void
cw_concept_row_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  CwConceptRowLayout *self = CW_CONCEPT_ROW_LAYOUT (manager);
  GtkWidget          *columns[CW_CONCEPT_N_COLUMNS];
  RowChildren         row;
  guint               i;

  self->table = cw_concept_row_layout_is_table_width (width);

  if (self->header)
    {
      header_columns (widget, columns);
      if (self->table)
        allocate_table (columns, width, height);
      else
        flow (columns, width, TRUE);
      return;
    }

  if (!get_row_children (widget, &row))
    return;

  /* Captions are child-visible only on a card: this changes no size request, so it is
   * safe here (GtkStack hides its pages the same way). */
  for (i = 0; i < 3; i++)
    gtk_widget_set_child_visible (row.captions[i], !self->table);

  if (self->table)
    {
      row_columns (&row, columns);
      allocate_table (columns, width, height);
    }
  else
    allocate_card (&row, width);
}

static GtkSizeRequestMode
cw_concept_row_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cw_concept_row_layout_class_init (CwConceptRowLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = cw_concept_row_layout_get_request_mode;
  layout_class->measure = cw_concept_row_layout_measure;
  layout_class->allocate = cw_concept_row_layout_allocate;
}

static void
cw_concept_row_layout_init (CwConceptRowLayout *self)
{
  self->table = TRUE;
}

GtkLayoutManager *
cw_concept_row_layout_new (gboolean header)
{
  CwConceptRowLayout *self = g_object_new (CW_TYPE_CONCEPT_ROW_LAYOUT, NULL);

  self->header = header;

  return GTK_LAYOUT_MANAGER (self);
}

gboolean
cw_concept_row_layout_is_table_width (int width)
{
  return width >= CW_CONCEPT_TABLE_MIN_WIDTH;
}

/* Whether the row was last laid out as a table row (TRUE) or a card (FALSE). */
gboolean
cw_concept_row_layout_get_table (CwConceptRowLayout *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT_ROW_LAYOUT (self), TRUE);

  return self->table;
}
