/* cw-concept-map-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-concept-map-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-concept-map-page.h"

/*
 * The concept map: JavaScript ideas next to their Rust counterparts. A sortable table
 * on a wide window, a card per concept on a narrow one (AdwSqueezer picks the first
 * that fits). Activating a row or a card opens the concept's lesson.
 */
struct _CwConceptMapPage
{
  GtkWidget       parent_instance;

  CwContentStore *store;

  GtkWidget      *squeezer;
  GtkColumnView  *column_view;
  GtkListView    *card_list;
};

G_DEFINE_FINAL_TYPE (CwConceptMapPage, cw_concept_map_page, GTK_TYPE_WIDGET)

static void
open_concept (GtkWidget  *widget,
              GListModel *model,
              guint       position)
{
  g_autoptr(CwConcept) concept = g_list_model_get_item (model, position);

  if (concept != NULL)
    gtk_widget_activate_action (widget, "win.open-lesson", "s",
                                cw_concept_get_lesson_id (concept));
}

static void
on_table_activate (CwConceptMapPage *self,
                   guint             position)
{
  open_concept (GTK_WIDGET (self),
                G_LIST_MODEL (gtk_column_view_get_model (self->column_view)),
                position);
}

static void
on_cards_activate (CwConceptMapPage *self,
                   guint             position)
{
  open_concept (GTK_WIDGET (self),
                G_LIST_MODEL (gtk_list_view_get_model (self->card_list)),
                position);
}

static void
cw_concept_map_page_dispose (GObject *object)
{
  CwConceptMapPage *self = CW_CONCEPT_MAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_CONCEPT_MAP_PAGE);
  g_clear_object (&self->store);

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
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, squeezer);
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CwConceptMapPage, card_list);
  gtk_widget_class_bind_template_callback (widget_class, on_table_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_cards_activate);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "conceptmap");
}

static void
cw_concept_map_page_init (CwConceptMapPage *self)
{
  g_type_ensure (CW_TYPE_CONCEPT);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cw_concept_map_page_new (CwContentStore *store)
{
  CwConceptMapPage   *self;
  GListModel         *concepts;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (CW_TYPE_CONCEPT_MAP_PAGE, NULL);
  self->store = g_object_ref (store);

  /* In authored order until a column header asks for another. */
  concepts = cw_content_store_get_concepts (store);
  sorted = gtk_sort_list_model_new (g_object_ref (concepts),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  selection = gtk_single_selection_new (g_object_ref (concepts));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->card_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  return GTK_WIDGET (self);
}
