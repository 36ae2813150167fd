/* cw-search-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-search-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-search-page-private.h"

#define MAX_RESULTS 50

/* Search (Ctrl+F): live results across concepts, lessons and code as you type. */
struct _CwSearchPage
{
  GtkWidget       parent_instance;

  CwContentStore *store;
  GListModel     *hits;

  GtkSearchEntry *entry;
  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkListBox     *results;
};

G_DEFINE_FINAL_TYPE (CwSearchPage, cw_search_page, GTK_TYPE_WIDGET)

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "concept") == 0)
    return _("Concept");
  if (g_strcmp0 (kind, "code") == 0)
    return _("Code");
  if (g_strcmp0 (kind, "use-case") == 0)
    return _("Use case");
  return _("Lesson");
}

static GtkWidget *
create_hit_row (gpointer item,
                gpointer user_data)
{
  CwSearchHit     *hit = item;
  GtkWidget       *row;
  GtkWidget       *kind;
  g_autofree char *title = NULL;
  const char      *lesson_title = cw_search_hit_get_lesson_title (hit);

  /* The snippet is markup with the match in bold; everything else is escaped. */
  if (g_strcmp0 (cw_search_hit_get_title (hit), lesson_title) == 0)
    title = g_markup_escape_text (lesson_title, -1);
  else
    title = g_markup_printf_escaped ("%s — %s", cw_search_hit_get_title (hit), lesson_title);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cw_search_hit_get_snippet (hit));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  kind = gtk_label_new (kind_label (cw_search_hit_get_kind (hit)));
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), kind);

  /* The row's name is its title, as shown ("Title — Lesson"): setting another one here
   * made screen readers read both. */

  return row;
}

static void
open_hit (CwSearchPage *self,
          CwSearchHit  *hit)
{
  if (g_strcmp0 (cw_search_hit_get_kind (hit), "code") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-lesson-pair", "(su)",
                                cw_search_hit_get_lesson_id (hit),
                                cw_search_hit_get_position (hit));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-lesson", "s",
                                cw_search_hit_get_lesson_id (hit));
}

static void
on_search_changed (CwSearchPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  g_clear_object (&self->hits);

  if (*g_strstrip (text) == '\0')
    {
      gtk_list_box_bind_model (self->results, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "start");
      return;
    }

  self->hits = cw_content_store_search (self->store, text, MAX_RESULTS, &error);
  if (self->hits == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Search Failed"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_list_box_bind_model (self->results, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_list_box_bind_model (self->results, self->hits, create_hit_row, NULL, NULL);

  if (g_list_model_get_n_items (self->hits) == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Results"));
      adw_status_page_set_description (self->empty_page, _("Try another word, or fewer words."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
on_entry_activate (CwSearchPage *self)
{
  g_autoptr(CwSearchHit) first = NULL;

  /* The results follow the text as typed; make sure they are current before Enter acts. */
  on_search_changed (self);

  if (self->hits != NULL && (first = g_list_model_get_item (self->hits, 0)) != NULL)
    open_hit (self, first);
}

static void
on_stop_search (CwSearchPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.close-search", NULL);
}

static void
on_result_activated (CwSearchPage  *self,
                     GtkListBoxRow *row)
{
  /* The rows are bound to the hits: a row's index is its hit's. */
  g_autoptr(CwSearchHit) hit = NULL;

  if (self->hits != NULL &&
      (hit = g_list_model_get_item (self->hits, gtk_list_box_row_get_index (row))) != NULL)
    open_hit (self, hit);
}

static void
cw_search_page_dispose (GObject *object)
{
  CwSearchPage *self = CW_SEARCH_PAGE (object);
  GtkWidget    *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SEARCH_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->hits);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cw_search_page_parent_class)->dispose (object);
}

static void
cw_search_page_class_init (CwSearchPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_search_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwSearchPage, entry);
  gtk_widget_class_bind_template_child (widget_class, CwSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CwSearchPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CwSearchPage, results);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchpage");
}

static void
cw_search_page_init (CwSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cw_search_page_new (CwContentStore *store)
{
  CwSearchPage *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (CW_TYPE_SEARCH_PAGE, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
cw_search_page_focus_entry (CwSearchPage *self)
{
  g_return_if_fail (CW_IS_SEARCH_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

GListModel *
cw_search_page_get_results (CwSearchPage *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_PAGE (self), NULL);

  return self->hits;
}

void
cw_search_page_set_text (CwSearchPage *self,
                         const char   *text)
{
  g_return_if_fail (CW_IS_SEARCH_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  on_search_changed (self);
}
