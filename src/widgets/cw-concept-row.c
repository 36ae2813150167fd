/* cw-concept-row.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-concept-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-concept-row-private.h"
#include "cw-concept-row-layout.h"

/*
 * One concept of the concept map: a table row on a wide page, a card on a narrow one (see
 * CwConceptRowLayout). Also the map's header row, whose children are the sort buttons.
 */
struct _CwConceptRow
{
  GtkWidget      parent_instance;

  CwConcept     *concept;
  GtkWidget     *state_label;
  CwLessonState  state;
};

G_DEFINE_FINAL_TYPE (CwConceptRow, cw_concept_row, GTK_TYPE_WIDGET)

static GtkWidget *
cell_label (const char *text,
            gboolean    markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);

  return label;
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption-heading");
  /* The row's accessible description already says which part is which. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return label;
}

static void
cw_concept_row_dispose (GObject *object)
{
  CwConceptRow *self = CW_CONCEPT_ROW (object);
  GtkWidget    *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->concept);

  G_OBJECT_CLASS (cw_concept_row_parent_class)->dispose (object);
}

static void
cw_concept_row_class_init (CwConceptRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_concept_row_dispose;
  gtk_widget_class_set_css_name (widget_class, "conceptrow");
}

static void
cw_concept_row_init (CwConceptRow *self)
{
}

GtkWidget *
cw_concept_row_new (CwConcept *concept)
{
  CwConceptRow *self;
  GtkWidget    *name;
  const char   *captions[] = { N_("JavaScript"), N_("Rust"), N_("Key difference") };
  const char   *texts[3];
  guint         i;

  g_return_val_if_fail (CW_IS_CONCEPT (concept), NULL);

  self = g_object_new (CW_TYPE_CONCEPT_ROW, NULL);
  self->concept = g_object_ref (concept);
  gtk_widget_set_layout_manager (GTK_WIDGET (self), cw_concept_row_layout_new (FALSE));

  texts[0] = cw_concept_get_javascript (concept);
  texts[1] = cw_concept_get_rust (concept);
  texts[2] = cw_concept_get_key_difference (concept);

  name = cell_label (cw_concept_get_name (concept), FALSE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_set_parent (name, GTK_WIDGET (self));
  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gtk_widget_set_parent (caption_label (_(captions[i])), GTK_WIDGET (self));
      gtk_widget_set_parent (cell_label (texts[i], TRUE), GTK_WIDGET (self));
    }

  self->state_label = cell_label ("", FALSE);
  gtk_widget_set_parent (self->state_label, GTK_WIDGET (self));
  cw_concept_row_set_state (self, CW_LESSON_NOT_STARTED);

  return GTK_WIDGET (self);
}

/* A header row: @columns holds CW_CONCEPT_N_COLUMNS widgets, one per column. */
GtkWidget *
cw_concept_row_new_header (GtkWidget *columns[])
{
  CwConceptRow *self = g_object_new (CW_TYPE_CONCEPT_ROW, NULL);
  guint         i;

  gtk_widget_set_layout_manager (GTK_WIDGET (self), cw_concept_row_layout_new (TRUE));
  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    gtk_widget_set_parent (columns[i], GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

CwConcept *
cw_concept_row_get_concept (CwConceptRow *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT_ROW (self), NULL);

  return self->concept;
}

const char *
cw_concept_state_to_text (CwLessonState state)
{
  switch (state)
    {
    case CW_LESSON_LEARNED:
      return _("Learned");
    case CW_LESSON_IN_PROGRESS:
      return _("In progress");
    case CW_LESSON_NOT_STARTED:
    default:
      return _("Not started");
    }
}

void
cw_concept_row_set_state (CwConceptRow  *self,
                          CwLessonState  state)
{
  g_return_if_fail (CW_IS_CONCEPT_ROW (self));
  g_return_if_fail (self->state_label != NULL);

  self->state = state;
  gtk_label_set_text (GTK_LABEL (self->state_label), cw_concept_state_to_text (state));
  if (state == CW_LESSON_LEARNED)
    gtk_widget_add_css_class (self->state_label, "success");
  else
    gtk_widget_remove_css_class (self->state_label, "success");
  if (state == CW_LESSON_NOT_STARTED)
    gtk_widget_add_css_class (self->state_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->state_label, "dim-label");
}

CwLessonState
cw_concept_row_get_state (CwConceptRow *self)
{
  g_return_val_if_fail (CW_IS_CONCEPT_ROW (self), CW_LESSON_NOT_STARTED);

  return self->state;
}

/* Whether it was last laid out as a card (a narrow page) rather than a table row. */
gboolean
cw_concept_row_is_card (CwConceptRow *self)
{
  GtkLayoutManager *layout;

  g_return_val_if_fail (CW_IS_CONCEPT_ROW (self), FALSE);

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  return !cw_concept_row_layout_get_table (CW_CONCEPT_ROW_LAYOUT (layout));
}
