/* cw-window.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-application.h"
#include "cw-concept-map-page.h"
#include "cw-format.h"
#include "cw-lab-page.h"
#include "cw-lessons-page.h"
#include "cw-progress-page.h"
#include "cw-search-page.h"
#include "cw-window-private.h"

G_DEFINE_FINAL_TYPE (CwWindow, cw_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *create_concepts_page (CwWindow *self);
static GtkWidget *create_lessons_page  (CwWindow *self);
static GtkWidget *create_lab_page      (CwWindow *self);
static GtkWidget *create_progress_page (CwWindow *self);
static GtkWidget *create_search_page   (CwWindow *self);

/* Every section, once: its row, its page (built when first shown), its key (Alt+1…). */
const CwSection cw_sections[CW_N_SECTIONS] = {
  [CW_SECTION_CONCEPTS] = { "concepts", N_("Concept Map"), "view-grid-symbolic", create_concepts_page },
  [CW_SECTION_LESSONS] = { "lessons", N_("Lessons"), "accessories-dictionary-symbolic", create_lessons_page },
  [CW_SECTION_LAB] = { "lab", N_("Fibonacci Lab"), "applications-science-symbolic", create_lab_page },
  [CW_SECTION_PROGRESS] = { "progress", N_("Progress"), "emblem-ok-symbolic", create_progress_page },
  [CW_SECTION_SEARCH] = { "search", N_("Search"), "edit-find-symbolic", create_search_page },
};

static gboolean
cw_section_lookup (const char  *name,
                   CwSectionId *id)
{
  guint i;

  for (i = 0; i < CW_N_SECTIONS; i++)
    if (g_strcmp0 (cw_sections[i].name, name) == 0)
      {
        *id = i;
        return TRUE;
      }

  return FALSE;
}

static GtkWidget *
cw_window_create_row (const CwSection *section)
{
  GtkWidget  *row;
  GtkWidget  *box;
  GtkWidget  *image;
  GtkWidget  *label;
  const char *title = _(section->title);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new_from_icon_name (section->icon_name);
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  return row;
}

static GtkWidget *
cw_window_create_error_page (const GError *error)
{
  GtkWidget *page;

  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Lessons Could Not Be Loaded"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), error->message);

  return page;
}

static void
on_lab_run_finished (CwWindow          *self,
                     const CwFibResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *preview = NULL;

  if (self->progress == NULL)
    return;

  /* Every finished run goes into the history, with enough of the number to recognise it. */
  preview = cw_format_big_number (result->decimal, 12);
  if (!cw_progress_store_add_fib_run (self->progress, result->n,
                                      cw_fib_algorithm_to_string (result->algorithm),
                                      result->elapsed_ns, preview, &error))
    cw_window_add_toast (self, adw_toast_new (error->message));
}

/* Only the lessons this content has count: the store may also hold progress for others (an
 * older version's lessons, an import that did not check ids). */
static guint
cw_window_count_learned (CwWindow *self)
{
  GListModel *lessons = cw_content_store_get_lessons (self->store);
  guint       learned = 0;
  guint       i;

  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);

      if (cw_progress_store_get_lesson_state (self->progress, cw_lesson_get_id (lesson), NULL) ==
          CW_LESSON_LEARNED)
        learned++;
    }

  return learned;
}

static void
cw_window_update_progress (CwWindow *self)
{
  g_autofree char *text = NULL;
  guint            total;
  guint            learned;

  if (self->progress == NULL || self->store == NULL)
    return;

  total = g_list_model_get_n_items (cw_content_store_get_lessons (self->store));
  learned = cw_window_count_learned (self);
  /* Translators: in the sidebar, e.g. "3 of 11 lessons learned"; the plural follows the
   * second number */
  text = g_strdup_printf (ngettext ("%u of %u lesson learned", "%u of %u lessons learned", total),
                          learned, total);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) learned / total : 0.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  gtk_widget_set_visible (self->progress_box, TRUE);
}

static void
on_can_save_changed (CwWindow *self)
{
  if (cw_progress_store_get_can_save (self->progress))
    {
      if (self->cannot_save_toast != NULL)
        adw_toast_dismiss (self->cannot_save_toast);
      return;
    }

  if (self->cannot_save_toast != NULL)
    return;

  /* Stays until saving works again: the learner should not think it is saved. What is wrong
   * and what to do (the store's words) is one click away: a toast is one short line. */
  self->cannot_save_toast = adw_toast_new (_("Progress cannot be saved"));
  adw_toast_set_button_label (self->cannot_save_toast, _("_Details"));
  adw_toast_set_action_name (self->cannot_save_toast, "win.show-save-problem");
  adw_toast_set_timeout (self->cannot_save_toast, 0);
  g_object_add_weak_pointer (G_OBJECT (self->cannot_save_toast), (gpointer *) &self->cannot_save_toast);
  cw_window_add_toast (self, self->cannot_save_toast);
}

void
cw_window_show_save_problem (CwWindow *self)
{
  const char *problem;
  GtkWidget  *dialog;

  if (self->progress == NULL || (problem = cw_progress_store_get_save_problem (self->progress)) == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Progress Cannot Be Saved"), problem);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cw_window_explain_progress (CwWindow *self)
{
  GtkWidget       *dialog = NULL;
  g_autofree char *body = NULL;
  g_autofree char *log_text = NULL;
  const char      *moved;
  const char      *log = NULL;

  if (self->progress != NULL && (log = cw_progress_store_get_log_set_aside (self->progress)) != NULL)
    log_text = g_strdup_printf (_("Beside your progress file was a change log that does not belong to it, left perhaps by copying files. Crabwise did not apply it and kept it, unchanged, as %s."), log);

  if (self->progress != NULL && (moved = cw_progress_store_get_recovered_from (self->progress)) != NULL)
    {
      body = g_strdup_printf (_("The file with your progress could not be read, so Crabwise started a fresh one. The old file was kept, unchanged, as %s."), moved);
      if (log_text != NULL)
        {
          g_autofree char *both = g_strconcat (log_text, "\n\n", body, NULL);

          g_free (body);
          body = g_steal_pointer (&both);
        }
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Progress File Was Damaged"), body);
    }
  else if (log_text != NULL)
    {
      body = g_strconcat (log_text, "\n\n", _("Your progress is as you left it."), NULL);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("A Leftover Change Log Was Set Aside"), body);
    }
  else if (self->progress != NULL && !cw_progress_store_get_can_save (self->progress))
    {
      /* Opened without being able to save (something in the way, a read-only folder): say
       * what and how to fix it before the learner does any work. */
      cw_window_show_save_problem (self);
      return;
    }
  else if (self->progress == NULL && self->progress_error != NULL)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Progress Is Not Available"),
                                       self->progress_error->message);
    }

  if (dialog == NULL)
    return;

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_first_map (CwWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map, NULL);
  cw_window_explain_progress (self);
}

static GtkWidget *
create_concepts_page (CwWindow *self)
{
  if (self->store == NULL)
    return cw_window_create_error_page (self->content_error);

  return cw_concept_map_page_new (self->store, self->progress);
}

static GtkWidget *
create_lessons_page (CwWindow *self)
{
  GtkWidget *lessons;

  if (self->store == NULL)
    return cw_window_create_error_page (self->content_error);

  lessons = cw_lessons_page_new (self->store, self->progress, self->settings);
  cw_window_history_watch_lessons (self, lessons);

  return lessons;
}

/* The lab needs no lessons: it works even when the lesson database does not. */
static GtkWidget *
create_lab_page (CwWindow *self)
{
  GtkWidget *lab = cw_lab_page_new ();

  g_signal_connect_object (lab, "run-finished", G_CALLBACK (on_lab_run_finished), self,
                           G_CONNECT_SWAPPED);

  return lab;
}

static GtkWidget *
create_progress_page (CwWindow *self)
{
  if (self->store == NULL)
    return cw_window_create_error_page (self->content_error);

  return cw_progress_page_new (self->store, self->progress, self->settings, self->progress_error);
}

static GtkWidget *
create_search_page (CwWindow *self)
{
  if (self->store == NULL)
    return NULL;

  return cw_search_page_new (self->store);
}

static void
on_sidebar_row_selected (CwWindow      *self,
                         GtkListBoxRow *row)
{
  /* The selection moves with the arrow keys too: the page follows it, always (on a folded
   * window the sidebar stays in view until a row is activated). */
  if (row != NULL)
    cw_window_show_section (self, cw_sections[gtk_list_box_row_get_index (row)].name);
}

static void
on_sidebar_row_activated (CwWindow      *self,
                          GtkListBoxRow *row)
{
  cw_window_show_section (self, cw_sections[gtk_list_box_row_get_index (row)].name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* The header names what is shown: the lesson being read, else the section. The window
 * title names the lesson too, so that two windows can be told apart. */
void
cw_window_update_title (CwWindow *self)
{
  GtkWidget       *child = gtk_stack_get_visible_child (self->stack);
  GtkWidget       *lessons = self->pages[CW_SECTION_LESSONS];
  const char      *lesson_id = NULL;
  CwLesson        *lesson = NULL;
  g_autofree char *window_title = NULL;

  if (child == NULL)
    return;

  if (child == lessons && CW_IS_LESSONS_PAGE (lessons) &&
      (lesson_id = cw_lessons_page_get_lesson_id (CW_LESSONS_PAGE (lessons))) != NULL)
    lesson = cw_content_store_get_lesson (self->store, lesson_id);

  if (lesson == NULL)
    {
      adw_window_title_set_title (self->content_title,
                                  gtk_stack_page_get_title (gtk_stack_get_page (self->stack, child)));
      gtk_window_set_title (GTK_WINDOW (self), _("Crabwise"));
      return;
    }

  adw_window_title_set_title (self->content_title, cw_lesson_get_title (lesson));
  /* Translators: the window title while a lesson is read, e.g. "Ownership — Crabwise" */
  window_title = g_strdup_printf (_("%s — Crabwise"), cw_lesson_get_title (lesson));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
on_stack_visible_child_changed (CwWindow *self)
{
  GtkWidget     *child = gtk_stack_get_visible_child (self->stack);
  GtkStackPage  *page;
  GtkListBoxRow *row = NULL;
  CwSectionId    id;

  if (child == NULL)
    return;

  page = gtk_stack_get_page (self->stack, child);
  cw_window_update_title (self);
  cw_window_history_note_place (self);

  if (cw_section_lookup (gtk_stack_page_get_name (page), &id) && id < CW_N_SIDEBAR_SECTIONS)
    row = gtk_list_box_get_row_at_index (self->sidebar_list, id);
  if (row == NULL)
    gtk_list_box_unselect_all (self->sidebar_list);
  else if (gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
on_leaflet_folded_changed (CwWindow *self)
{
  /* When unfolding, both panes show; when folding, keep the learner where they were
   * reading rather than throwing them back to the sidebar. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
cw_window_save_state (CwWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static gboolean
cw_window_close_request (GtkWindow *window)
{
  cw_window_save_state (CW_WINDOW (window));

  return GTK_WINDOW_CLASS (cw_window_parent_class)->close_request (window);
}

/* The application is a plain property of GtkWindow, set after construction, so the
 * parts that need it (settings, the lesson store) are set up here, from cw_window_new(). */
static void
cw_window_setup (CwWindow      *self,
                 CwApplication *app)
{
  self->settings = g_object_ref (cw_application_get_settings (app));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->progress = cw_application_get_progress_store (app, &self->progress_error);
  if (self->progress != NULL)
    {
      g_object_ref (self->progress);
      g_signal_connect_object (self->progress, "changed",
                               G_CALLBACK (cw_window_update_progress), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->progress, "notify::can-save",
                               G_CALLBACK (on_can_save_changed), self, G_CONNECT_SWAPPED);
      /* A store opened read-only starts unable to save, without a notification. */
      if (!cw_progress_store_get_can_save (self->progress))
        on_can_save_changed (self);
    }

  self->store = cw_application_get_content_store (app, &self->content_error);
  if (self->store != NULL)
    g_object_ref (self->store);
  else
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);

  /* Only the first page is built now; the others when first shown (cw_window_ensure_section):
   * nothing on the start path that can wait. */
  cw_window_show_section (self, cw_sections[0].name);
  cw_window_update_progress (self);

  /* Where the learner left off. */
  if (self->progress != NULL)
    {
      g_autofree char *last = cw_progress_store_dup_last_lesson (self->progress);

      if (last != NULL)
        cw_window_open_lesson (self, last, 0);
    }

  /* Only the first window explains what happened to the progress file, once it shows. */
  if (gtk_application_get_windows (GTK_APPLICATION (app))->next == NULL)
    g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
}

static void
cw_window_dispose (GObject *object)
{
  CwWindow *self = CW_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->content_error);
  g_clear_object (&self->progress);
  g_clear_error (&self->progress_error);
  g_clear_pointer (&self->section_before_search, g_free);
  g_clear_pointer (&self->history, g_array_unref);

  G_OBJECT_CLASS (cw_window_parent_class)->dispose (object);
}

static void
cw_window_class_init (CwWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_window_dispose;

  window_class->close_request = cw_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed);

  cw_window_class_actions_init (klass);
}

static void
cw_window_init (CwWindow *self)
{
  guint i;

  gtk_widget_init_template (GTK_WIDGET (self));
  cw_window_history_init (self);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* The rows now, the pages when first shown. */
  for (i = 0; i < CW_N_SIDEBAR_SECTIONS; i++)
    gtk_list_box_append (self->sidebar_list, cw_window_create_row (&cw_sections[i]));
}

CwWindow *
cw_window_new (CwApplication *application)
{
  CwWindow *self;

  g_return_val_if_fail (CW_IS_APPLICATION (application), NULL);

  self = g_object_new (CW_TYPE_WINDOW,
                       "application", application,
                       NULL);
  cw_window_setup (self, application);

  return self;
}

/**
 * cw_window_ensure_section:
 * @id: the section
 *
 * Builds the page of a section the first time it is needed: the one place pages are made.
 *
 * Returns: (transfer none) (nullable): the page, or %NULL when the section cannot have one
 *   (search without a lesson database)
 */
GtkWidget *
cw_window_ensure_section (CwWindow    *self,
                          CwSectionId  id)
{
  const CwSection *section;
  GtkStackPage    *stack_page;
  GtkWidget       *page;

  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);
  g_return_val_if_fail (id < CW_N_SECTIONS, NULL);

  if (self->pages[id] != NULL)
    return self->pages[id];

  section = &cw_sections[id];
  page = section->create (self);
  if (page == NULL)
    return NULL;

  /* Set before adding: adding the first page makes it visible, which selects its row,
   * which shows the section again. */
  self->pages[id] = page;
  stack_page = gtk_stack_add_titled (self->stack, page, section->name, _(section->title));
  gtk_stack_page_set_icon_name (stack_page, section->icon_name);

  return page;
}

gboolean
cw_window_show_section (CwWindow   *self,
                        const char *name)
{
  GtkWidget  *page;
  CwSectionId id;

  g_return_val_if_fail (CW_IS_WINDOW (self), FALSE);

  if (!cw_section_lookup (name, &id) || (page = cw_window_ensure_section (self, id)) == NULL)
    return FALSE;

  gtk_stack_set_visible_child (self->stack, page);

  return TRUE;
}

const char *
cw_window_get_section (CwWindow *self)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
cw_window_add_toast (CwWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CW_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * cw_window_open_lesson:
 * @lesson_id: the lesson to show
 * @pair: the snippet pair to scroll to, or 0 for the top
 *
 * Shows a lesson in the Lessons section. Returns %FALSE for an unknown lesson.
 */
gboolean
cw_window_open_lesson (CwWindow   *self,
                       const char *lesson_id,
                       guint       pair)
{
  GtkWidget *lessons;

  g_return_val_if_fail (CW_IS_WINDOW (self), FALSE);

  if (self->store == NULL ||
      (lessons = cw_window_ensure_section (self, CW_SECTION_LESSONS)) == NULL ||
      !cw_lessons_page_show_lesson (CW_LESSONS_PAGE (lessons), lesson_id))
    return FALSE;

  gtk_stack_set_visible_child (self->stack, lessons);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  if (pair > 0)
    cw_lesson_view_scroll_to_pair (cw_lessons_page_get_lesson_view (CW_LESSONS_PAGE (lessons)), pair);

  return TRUE;
}

GtkWidget *
cw_window_get_page (CwWindow   *self,
                    const char *name)
{
  CwSectionId id;

  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);

  if (!cw_section_lookup (name, &id))
    return NULL;

  return cw_window_ensure_section (self, id);
}
