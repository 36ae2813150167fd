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

  CwContentStore  *store;
  CwProgressStore *progress;

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

static const char *
state_text (CwLessonState state)
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

static void
update_state_label (GtkLabel        *label,
                    CwProgressStore *progress)
{
  const char   *lesson_id = g_object_get_data (G_OBJECT (label), "cw-lesson-id");
  CwLessonState state = CW_LESSON_NOT_STARTED;

  if (lesson_id != NULL)
    state = cw_progress_store_get_lesson_state (progress, lesson_id, NULL);

  gtk_label_set_text (label, state_text (state));
  if (state == CW_LESSON_LEARNED)
    gtk_widget_add_css_class (GTK_WIDGET (label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "success");
  if (state == CW_LESSON_NOT_STARTED)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
on_progress_changed (CwProgressStore *progress,
                     const char      *lesson_id,
                     GtkLabel        *label)
{
  update_state_label (label, progress);
}

static void
on_state_setup (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CwConceptMapPage         *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_top (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_state_bind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CwConceptMapPage         *self)
{
  CwConcept *concept = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  g_object_set_data_full (G_OBJECT (label), "cw-lesson-id",
                          g_strdup (cw_concept_get_lesson_id (concept)), g_free);
  update_state_label (GTK_LABEL (label), self->progress);
  /* Stays current while bound: the store says when anything changes. */
  g_signal_connect_object (self->progress, "changed", G_CALLBACK (on_progress_changed), label, 0);
}

static void
on_state_unbind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CwConceptMapPage         *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  g_signal_handlers_disconnect_by_func (self->progress, on_progress_changed, label);
  g_object_set_data (G_OBJECT (label), "cw-lesson-id", NULL);
}

static void
cw_concept_map_page_dispose (GObject *object)
{
  CwConceptMapPage *self = CW_CONCEPT_MAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_CONCEPT_MAP_PAGE);
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
cw_concept_map_page_new (CwContentStore  *store,
                         CwProgressStore *progress)
{
  CwConceptMapPage   *self;
  GListModel         *concepts;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (CW_TYPE_CONCEPT_MAP_PAGE, NULL);
  self->store = g_object_ref (store);

  if (progress != NULL)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      self->progress = g_object_ref (progress);
      g_signal_connect (factory, "setup", G_CALLBACK (on_state_setup), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_state_bind), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_state_unbind), self);
      column = gtk_column_view_column_new (_("Your progress"), g_object_ref (factory));
      gtk_column_view_append_column (self->column_view, column);
    }

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
