/* cw-concept-map-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-concept-map-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-concept-map-page.h"
#include "cw-concept-row.h"
#include "cw-concept-row-layout.h"

/*
 * The concept map: JavaScript ideas next to their Rust counterparts, one row per concept —
 * a table row on a wide page, a card on a narrow one (CwConceptRowLayout decides from the
 * width, without changing the widget tree). The header's buttons sort the rows, and the
 * cards follow the same order. Activating a row opens the concept's lesson.
 *
 * A short list (a row per lesson that maps a JavaScript idea), so a GtkListBox: each row is a
 * real accessible row named after its concept, which GtkColumnView in GTK 4.8 could not give
 * ("GtkListItemWidget"), and nothing in it changes the tree during allocation.
 */
typedef enum
{
  SORT_AUTHORED = -1,   /* the course's order */
  SORT_NAME,
  SORT_JAVASCRIPT,
  SORT_RUST,
  SORT_DIFFERENCE,
  SORT_PROGRESS,
} SortColumn;

struct _CwConceptMapPage
{
  GtkWidget         parent_instance;

  CwContentStore   *store;
  CwProgressStore  *progress;
  GtkCustomSorter  *sorter;
  SortColumn        sort_column;
  gboolean          sort_descending;
  GtkWidget        *sort_buttons[CW_CONCEPT_N_COLUMNS];
  GtkWidget        *sort_arrows[CW_CONCEPT_N_COLUMNS];

  /* Template widgets */
  GtkWidget        *scroller;
  GtkWidget        *box;
  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (CwConceptMapPage, cw_concept_map_page, GTK_TYPE_WIDGET)

static const char * const column_titles[CW_CONCEPT_N_COLUMNS] = {
  N_("Concept"), N_("JavaScript"), N_("Rust"), N_("Key difference"), N_("Your progress"),
};

static CwLessonState
state_of (CwConceptMapPage *self,
          CwConcept        *concept)
{
  if (self->progress == NULL)
    return CW_LESSON_NOT_STARTED;

  return cw_progress_store_get_lesson_state (self->progress, cw_concept_get_lesson_id (concept),
                                             NULL);
}

static const char *
sort_text (CwConcept  *concept,
           SortColumn  column)
{
  switch ((int) column)
    {
    case SORT_NAME:
      return cw_concept_get_name (concept);
    case SORT_JAVASCRIPT:
      return cw_concept_get_javascript (concept);
    case SORT_RUST:
      return cw_concept_get_rust (concept);
    case SORT_DIFFERENCE:
      return cw_concept_get_key_difference (concept);
    default:
      return "";
    }
}

static int
compare_concepts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  CwConceptMapPage *self = user_data;
  CwConcept        *first = CW_CONCEPT ((gpointer) a);
  CwConcept        *second = CW_CONCEPT ((gpointer) b);
  int               result = 0;

  if (self->sort_column == SORT_PROGRESS)
    result = (int) state_of (self, first) - (int) state_of (self, second);
  else if (self->sort_column != SORT_AUTHORED)
    result = g_utf8_collate (sort_text (first, self->sort_column),
                             sort_text (second, self->sort_column));

  /* Ties keep the course's order, whichever way the column is sorted. */
  if (result == 0)
    return (int) cw_concept_get_position (first) - (int) cw_concept_get_position (second);

  return self->sort_descending ? -result : result;
}

static void
update_sort_buttons (CwConceptMapPage *self)
{
  guint i;

  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    {
      gboolean active = (int) i == (int) self->sort_column;

      gtk_widget_set_visible (self->sort_arrows[i], active);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->sort_arrows[i]),
                                    self->sort_descending ? "pan-up-symbolic"
                                                          : "pan-down-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->sort_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_SORT,
                                      !active ? GTK_ACCESSIBLE_SORT_NONE :
                                      self->sort_descending ? GTK_ACCESSIBLE_SORT_DESCENDING :
                                                              GTK_ACCESSIBLE_SORT_ASCENDING,
                                      -1);
    }
}

static void
on_sort_clicked (GtkButton        *button,
                 CwConceptMapPage *self)
{
  SortColumn column = 0;

  while (column < CW_CONCEPT_N_COLUMNS && self->sort_buttons[column] != GTK_WIDGET (button))
    column++;
  g_assert (column < CW_CONCEPT_N_COLUMNS);

  /* A first click sorts ascending, a second descending, a third back to the course's order. */
  if (column != self->sort_column)
    {
      self->sort_column = column;
      self->sort_descending = FALSE;
    }
  else if (!self->sort_descending)
    self->sort_descending = TRUE;
  else
    {
      self->sort_column = SORT_AUTHORED;
      self->sort_descending = FALSE;
    }

  update_sort_buttons (self);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_list_box_invalidate_headers (self->list);
}

static GtkWidget *
create_sort_button (CwConceptMapPage *self,
                    guint             column)
{
  GtkWidget       *button = gtk_button_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget       *label = gtk_label_new (_(column_titles[column]));
  g_autofree char *tooltip = NULL;

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  self->sort_arrows[column] = gtk_image_new ();
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->sort_arrows[column]),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->sort_arrows[column]);
  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Named by its visible label, once (a custom child gives a button no name in GTK 4.8). */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "dim-label");
  /* Translators: a tooltip on a column header of the concept map, e.g. "Sort by Rust" */
  tooltip = g_strdup_printf (_("Sort by %s"), _(column_titles[column]));
  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect (button, "clicked", G_CALLBACK (on_sort_clicked), self);

  return button;
}

/* Pango markup from the content, as plain text for a screen reader. */
static char *
plain (const char *markup)
{
  char *text = NULL;

  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return g_strdup (markup);

  return text;
}

static void
describe_row (GtkWidget    *row,
              CwConceptRow *concept_row)
{
  CwConcept        *concept = cw_concept_row_get_concept (concept_row);
  g_autofree char  *javascript = plain (cw_concept_get_javascript (concept));
  g_autofree char  *rust = plain (cw_concept_get_rust (concept));
  g_autofree char  *difference = plain (cw_concept_get_key_difference (concept));
  g_autofree char  *description = NULL;

  /* Translators: what a screen reader says about a concept map row after its name */
  description = g_strdup_printf (_("JavaScript: %s Rust: %s Key difference: %s Your progress: %s."),
                                 javascript, rust, difference,
                                 cw_concept_state_to_text (cw_concept_row_get_state (concept_row)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cw_concept_get_name (concept),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CwConceptMapPage *self = user_data;
  GtkWidget        *row = gtk_list_box_row_new ();
  GtkWidget        *concept_row = cw_concept_row_new (CW_CONCEPT (item));

  cw_concept_row_set_state (CW_CONCEPT_ROW (concept_row), state_of (self, CW_CONCEPT (item)));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), concept_row);
  describe_row (row, CW_CONCEPT_ROW (concept_row));

  return row;
}

static CwConcept *
concept_of_row (GtkListBoxRow *row)
{
  return cw_concept_row_get_concept (CW_CONCEPT_ROW (gtk_list_box_row_get_child (row)));
}

/* In the course's order the rows fall into the course's parts, each under its title; sorted
 * by a column, parts would repeat, so the rows stand alone (each row's description still
 * names its part). */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  CwConceptMapPage *self = user_data;
  const char       *part_id = cw_concept_get_part_id (concept_of_row (row));
  CwPart           *part;
  GtkWidget        *header;

  if (self->sort_column != SORT_AUTHORED || part_id == NULL ||
      (before != NULL && g_strcmp0 (part_id, cw_concept_get_part_id (concept_of_row (before))) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  part = cw_content_store_get_part (self->store, part_id);
  if (part == NULL)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (cw_part_get_title (part));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "cw-part-header");
  gtk_list_box_row_set_header (row, header);
}

static void
on_row_activated (CwConceptMapPage *self,
                  GtkListBoxRow    *row)
{
  CwConceptRow *concept_row = CW_CONCEPT_ROW (gtk_list_box_row_get_child (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-lesson", "s",
                              cw_concept_get_lesson_id (cw_concept_row_get_concept (concept_row)));
}

static void
on_progress_changed (CwConceptMapPage *self)
{
  GtkWidget *row;

  /* A short list: every row is looked at again, and the order too when it depends on it. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      CwConceptRow *concept_row;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      concept_row = CW_CONCEPT_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      cw_concept_row_set_state (concept_row, state_of (self, cw_concept_row_get_concept (concept_row)));
      describe_row (row, concept_row);
    }

  if (self->sort_column == SORT_PROGRESS)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
cw_concept_map_page_dispose (GObject *object)
{
  CwConceptMapPage *self = CW_CONCEPT_MAP_PAGE (object);

  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_CONCEPT_MAP_PAGE);
  g_clear_object (&self->sorter);
  g_clear_object (&self->store);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (cw_concept_map_page_parent_class)->dispose (object);
}

static void
cw_concept_map_page_class_init (CwConceptMapPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_concept_map_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cw-concept-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, box);
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "conceptmap");
}

static void
cw_concept_map_page_init (CwConceptMapPage *self)
{
  GtkWidget *header;
  guint      i;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sort_column = SORT_AUTHORED;
  for (i = 0; i < CW_CONCEPT_N_COLUMNS; i++)
    self->sort_buttons[i] = create_sort_button (self, i);
  header = cw_concept_row_new_header (self->sort_buttons);
  gtk_box_prepend (GTK_BOX (self->box), header);
  update_sort_buttons (self);
}

GtkWidget *
cw_concept_map_page_new (CwContentStore  *store,
                         CwProgressStore *progress)
{
  CwConceptMapPage *self;
  GtkSortListModel *sorted;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (progress == NULL || CW_IS_PROGRESS_STORE (progress), NULL);

  self = g_object_new (CW_TYPE_CONCEPT_MAP_PAGE, NULL);
  self->store = g_object_ref (store);

  if (progress != NULL)
    {
      self->progress = g_object_ref (progress);
      g_signal_connect_object (progress, "changed", G_CALLBACK (on_progress_changed), self,
                               G_CONNECT_SWAPPED);
    }
  else
    gtk_widget_set_visible (self->sort_buttons[SORT_PROGRESS], FALSE);

  self->sorter = gtk_custom_sorter_new (compare_concepts, self, NULL);
  sorted = gtk_sort_list_model_new (g_object_ref (cw_content_store_get_concepts (store)),
                                    GTK_SORTER (g_object_ref (self->sorter)));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (sorted), create_row, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  g_object_unref (sorted);

  return GTK_WIDGET (self);
}
