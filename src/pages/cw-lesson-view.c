/* cw-lesson-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-lesson-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-lesson-view.h"
#include "cw-snippet-pair-view.h"

/*
 * A lesson: its title and summary, the explanation, each JavaScript/Rust pair side by
 * side, and (for the lessons that have them) the use-case table. Built from the store
 * when a lesson is set; the page is reused for the next lesson.
 */
struct _CwLessonView
{
  GtkWidget       parent_instance;

  CwContentStore *store;
  CwLesson       *lesson;

  GtkWidget      *scroller;
  GtkWidget      *body;
};

G_DEFINE_FINAL_TYPE (CwLessonView, cw_lesson_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LESSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
on_activate_link (GtkLabel   *label,
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

  /* Web links: GTK opens them (through the portal inside the sandbox). */
  return FALSE;
}

static GtkWidget *
create_paragraph (const char *markup,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link), NULL);

  return label;
}

static GtkWidget *
create_use_cases (GListModel *use_cases)
{
  GtkWidget *list;
  guint      i;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Where Rust wins"),
                                  -1);

  for (i = 0; i < g_list_model_get_n_items (use_cases); i++)
    {
      g_autoptr(CwUseCase) use_case = g_list_model_get_item (use_cases, i);
      GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget           *row;
      g_autofree char     *examples = NULL;

      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);

      gtk_box_append (GTK_BOX (box), create_paragraph (cw_use_case_get_area (use_case), "heading"));
      examples = g_markup_escape_text (cw_use_case_get_examples (use_case), -1);
      gtk_box_append (GTK_BOX (box), create_paragraph (examples, "dim-label"));
      gtk_box_append (GTK_BOX (box), create_paragraph (cw_use_case_get_why (use_case), NULL));

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cw_use_case_get_area (use_case),
                                      -1);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

static void
cw_lesson_view_rebuild (CwLessonView *self)
{
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GListModel) use_cases = NULL;
  g_auto(GStrv)         paragraphs = NULL;
  g_autofree char      *summary = NULL;
  GtkWidget            *child;
  GtkWidget            *title;
  guint                 i;

  while ((child = gtk_widget_get_first_child (self->body)) != NULL)
    gtk_box_remove (GTK_BOX (self->body), child);

  if (self->lesson == NULL)
    return;

  title = create_paragraph (NULL, "title-1");
  gtk_label_set_text (GTK_LABEL (title), cw_lesson_get_title (self->lesson));
  gtk_box_append (GTK_BOX (self->body), title);

  summary = g_markup_escape_text (cw_lesson_get_summary (self->lesson), -1);
  gtk_box_append (GTK_BOX (self->body), create_paragraph (summary, "cw-lesson-summary"));

  paragraphs = g_strsplit (cw_lesson_get_intro (self->lesson), "\n\n", -1);
  for (i = 0; paragraphs[i] != NULL; i++)
    if (*g_strstrip (paragraphs[i]) != '\0')
      gtk_box_append (GTK_BOX (self->body), create_paragraph (paragraphs[i], "cw-prose"));

  use_cases = cw_content_store_list_use_cases (self->store, cw_lesson_get_id (self->lesson));
  if (g_list_model_get_n_items (use_cases) > 0)
    gtk_box_append (GTK_BOX (self->body), create_use_cases (use_cases));

  pairs = cw_content_store_list_pairs (self->store, cw_lesson_get_id (self->lesson));
  for (i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(CwSnippetPair) pair = g_list_model_get_item (pairs, i);

      gtk_box_append (GTK_BOX (self->body), cw_snippet_pair_view_new (pair));
    }
}

static void
cw_lesson_view_dispose (GObject *object)
{
  CwLessonView *self = CW_LESSON_VIEW (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->lesson);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cw_lesson_view_parent_class)->dispose (object);
}

static void
cw_lesson_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CwLessonView *self = CW_LESSON_VIEW (object);

  switch (prop_id)
    {
    case PROP_LESSON:
      g_value_set_object (value, self->lesson);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_lesson_view_class_init (CwLessonViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lesson_view_dispose;
  object_class->get_property = cw_lesson_view_get_property;

  properties[PROP_LESSON] =
    g_param_spec_object ("lesson", NULL, NULL, CW_TYPE_LESSON,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lessonview");
}

static void
cw_lesson_view_init (CwLessonView *self)
{
  GtkWidget *clamp;

  self->body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->body, 24);
  gtk_widget_set_margin_bottom (self->body, 36);
  gtk_widget_set_margin_start (self->body, 18);
  gtk_widget_set_margin_end (self->body, 18);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->body);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
cw_lesson_view_new (CwContentStore *store)
{
  CwLessonView *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (CW_TYPE_LESSON_VIEW, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
cw_lesson_view_set_lesson (CwLessonView *self,
                           CwLesson     *lesson)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (CW_IS_LESSON_VIEW (self));
  g_return_if_fail (lesson == NULL || CW_IS_LESSON (lesson));

  if (!g_set_object (&self->lesson, lesson))
    return;

  cw_lesson_view_rebuild (self);

  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (vadjustment, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON]);
}

CwLesson *
cw_lesson_view_get_lesson (CwLessonView *self)
{
  g_return_val_if_fail (CW_IS_LESSON_VIEW (self), NULL);

  return self->lesson;
}

static gboolean
scroll_to_widget (gpointer data)
{
  GtkWidget     *widget = data;
  GtkWidget     *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vadjustment;
  graphene_point_t point;

  if (scroller != NULL &&
      gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      gtk_adjustment_set_value (vadjustment, point.y - 12);
    }

  return G_SOURCE_REMOVE;
}

void
cw_lesson_view_scroll_to_pair (CwLessonView *self,
                               guint         position)
{
  GtkWidget *child;

  g_return_if_fail (CW_IS_LESSON_VIEW (self));

  for (child = gtk_widget_get_first_child (self->body);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (CW_IS_SNIPPET_PAIR_VIEW (child) &&
          cw_snippet_pair_get_position (cw_snippet_pair_view_get_pair (CW_SNIPPET_PAIR_VIEW (child))) == position)
        {
          /* After the next layout, when the pair has its place. */
          g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 50, scroll_to_widget,
                              g_object_ref (child), g_object_unref);
          gtk_widget_grab_focus (child);
          return;
        }
    }
}
