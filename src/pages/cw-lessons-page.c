/* cw-lessons-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-lessons-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-lessons-page.h"
#include "cw-toast.h"

/* The Lessons section: the list of every lesson, and the lesson being read. */
struct _CwLessonsPage
{
  GtkWidget       parent_instance;

  CwContentStore  *store;
  CwProgressStore *progress;
  GtkWidget       *lesson_view;
  gboolean         syncing;

  GtkStack        *stack;
  GtkListBox      *lesson_list;
  GtkBox          *lesson_box;
  GtkToggleButton *learned_button;

  GArray          *exercise_rows;   /* ExerciseRow, by lesson row index */
};

/* What a lesson row shows of its exercises: kept here, not on the row. */
typedef struct
{
  GtkWidget *label;   /* NULL: the lesson has no exercise */
  GStrv      ids;
} ExerciseRow;

G_DEFINE_FINAL_TYPE (CwLessonsPage, cw_lessons_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LESSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "2 of 3 exercises passed" on a lesson's row, kept current as the learner passes them. */
static void
exercise_row_clear (gpointer data)
{
  ExerciseRow *row = data;

  g_clear_pointer (&row->ids, g_strfreev);
}

/* "2 of 3 exercises passed" on a lesson's row, kept current as the learner passes them. */
static void
sync_exercise_label (CwLessonsPage *self,
                     guint          index)
{
  ExerciseRow     *row;
  g_autofree char *text = NULL;
  guint            total;
  guint            passed;

  if (index >= self->exercise_rows->len)
    return;
  row = &g_array_index (self->exercise_rows, ExerciseRow, index);
  if (row->label == NULL)
    return;

  total = g_strv_length (row->ids);
  passed = self->progress != NULL
           ? cw_progress_store_count_passed (self->progress, (const char * const *) row->ids) : 0;
  /* Translators: "2 of 3 exercises passed"; the plural follows the second number */
  text = g_strdup_printf (ngettext ("%u of %u exercise passed", "%u of %u exercises passed", total),
                          passed, total);
  gtk_label_set_text (GTK_LABEL (row->label), text);
  if (passed == total)
    gtk_widget_add_css_class (row->label, "success");
  else
    gtk_widget_remove_css_class (row->label, "success");
}

static void
add_exercise_label (CwLessonsPage *self,
                    CwLesson      *lesson,
                    GtkWidget     *row)
{
  g_autoptr(GListModel) exercises = cw_content_store_list_exercises (self->store, cw_lesson_get_id (lesson));
  guint                 n = g_list_model_get_n_items (exercises);
  ExerciseRow           entry = { NULL, NULL };
  GStrvBuilder         *builder;
  guint                 i;

  if (n > 0)
    {
      builder = g_strv_builder_new ();
      for (i = 0; i < n; i++)
        {
          g_autoptr(CwExercise) exercise = g_list_model_get_item (exercises, i);

          g_strv_builder_add (builder, cw_exercise_get_id (exercise));
        }
      entry.ids = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);

      entry.label = gtk_label_new (NULL);
      gtk_widget_add_css_class (entry.label, "dim-label");
      gtk_widget_add_css_class (entry.label, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry.label);
    }

  /* The rows are bound to the store's lessons, created in their order. */
  g_array_append_val (self->exercise_rows, entry);
  sync_exercise_label (self, self->exercise_rows->len - 1);
}

static GtkWidget *
create_lesson_row (gpointer item,
                   gpointer user_data)
{
  CwLesson  *lesson = item;
  GtkWidget *row;
  GtkWidget *arrow;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_lesson_get_title (lesson));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cw_lesson_get_summary (lesson));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  add_exercise_label (user_data, lesson, row);
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
sync_learned_button (CwLessonsPage *self)
{
  const char *id = cw_lessons_page_get_lesson_id (self);
  gboolean    learned = FALSE;

  if (self->progress != NULL && id != NULL)
    learned = cw_progress_store_get_lesson_state (self->progress, id, NULL) == CW_LESSON_LEARNED;

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->learned_button, learned);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->learned_button), self->progress != NULL && id != NULL);
}

static gboolean
set_learned (CwLessonsPage *self,
             const char    *id,
             gboolean       learned)
{
  g_autoptr(GError) error = NULL;

  if (cw_progress_store_set_learned (self->progress, id, learned, &error))
    return TRUE;

  cw_widget_add_toast_text (GTK_WIDGET (self), error->message);
  sync_learned_button (self);

  return FALSE;
}

static void
on_learned_toggled (CwLessonsPage *self)
{
  const char *id = cw_lessons_page_get_lesson_id (self);
  gboolean    learned = gtk_toggle_button_get_active (self->learned_button);
  AdwToast   *toast;

  if (self->syncing || self->progress == NULL || id == NULL)
    return;

  if (!set_learned (self, id, learned))
    return;

  /* Undoable: a slip of the finger costs nothing. */
  toast = adw_toast_new (learned ? _("Lesson marked as learned") : _("Lesson no longer marked as learned"));
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Named on the window, so it resolves from the window's toast overlay, where it lands. */
  adw_toast_set_action_name (toast, "win.set-lesson-learned");
  adw_toast_set_action_target_value (toast, g_variant_new ("(sb)", id, !learned));
  cw_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
on_progress_changed (CwLessonsPage *self)
{
  guint i;

  sync_learned_button (self);
  for (i = 0; i < self->exercise_rows->len; i++)
    sync_exercise_label (self, i);
}

static void
on_lesson_row_activated (CwLessonsPage *self,
                         GtkListBoxRow *row)
{
  /* The rows are bound to the store's lessons: a row's index is its lesson's. */
  g_autoptr(CwLesson) lesson = g_list_model_get_item (cw_content_store_get_lessons (self->store),
                                                      gtk_list_box_row_get_index (row));

  if (lesson != NULL)
    cw_lessons_page_show_lesson (self, cw_lesson_get_id (lesson));
}

static void
cw_lessons_page_show_list_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  cw_lessons_page_show_list (CW_LESSONS_PAGE (widget));
}

static void
cw_lessons_page_open_in_new_window_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  CwLessonsPage *self = CW_LESSONS_PAGE (widget);
  const char    *id = cw_lessons_page_get_lesson_id (self);

  if (id != NULL)
    gtk_widget_activate_action (widget, "app.open-lesson-window", "s", id);
}

/* The list or a lesson, whichever way it came: the window follows it (title, history). */
static void
on_shown_lesson_changed (CwLessonsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
}

static void
cw_lessons_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwLessonsPage *self = CW_LESSONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_LESSON_ID:
      g_value_set_string (value, cw_lessons_page_get_lesson_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_lessons_page_dispose (GObject *object)
{
  CwLessonsPage *self = CW_LESSONS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_LESSONS_PAGE);
  /* The labels went with the rows; only the ids are ours. */
  g_array_set_size (self->exercise_rows, 0);
  g_clear_object (&self->store);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (cw_lessons_page_parent_class)->dispose (object);
}

static void
cw_lessons_page_finalize (GObject *object)
{
  CwLessonsPage *self = CW_LESSONS_PAGE (object);

  g_array_unref (self->exercise_rows);

  G_OBJECT_CLASS (cw_lessons_page_parent_class)->finalize (object);
}

static void
cw_lessons_page_class_init (CwLessonsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lessons_page_dispose;
  object_class->finalize = cw_lessons_page_finalize;
  object_class->get_property = cw_lessons_page_get_property;

  /* The lesson being read, %NULL while the list shows. */
  properties[PROP_LESSON_ID] =
    g_param_spec_string ("lesson-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-lessons-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwLessonsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CwLessonsPage, lesson_list);
  gtk_widget_class_bind_template_child (widget_class, CwLessonsPage, lesson_box);
  gtk_widget_class_bind_template_child (widget_class, CwLessonsPage, learned_button);
  gtk_widget_class_bind_template_callback (widget_class, on_lesson_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_learned_toggled);

  gtk_widget_class_install_action (widget_class, "lessons.show-list", NULL,
                                   cw_lessons_page_show_list_action);
  gtk_widget_class_install_action (widget_class, "lessons.open-in-new-window", NULL,
                                   cw_lessons_page_open_in_new_window_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lessonspage");
}

static void
cw_lessons_page_init (CwLessonsPage *self)
{
  self->exercise_rows = g_array_new (FALSE, TRUE, sizeof (ExerciseRow));
  g_array_set_clear_func (self->exercise_rows, exercise_row_clear);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_shown_lesson_changed),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
cw_lessons_page_new (CwContentStore  *store,
                     CwProgressStore *progress,
                     GSettings       *settings)
{
  CwLessonsPage *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (CW_TYPE_LESSONS_PAGE, NULL);
  self->store = g_object_ref (store);
  if (progress != NULL)
    {
      self->progress = g_object_ref (progress);
      g_signal_connect_object (progress, "changed", G_CALLBACK (on_progress_changed), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_list_box_bind_model (self->lesson_list, cw_content_store_get_lessons (store),
                           create_lesson_row, self, NULL);

  self->lesson_view = cw_lesson_view_new (store, progress, settings);
  gtk_widget_set_vexpand (self->lesson_view, TRUE);
  gtk_box_append (self->lesson_box, self->lesson_view);
  g_signal_connect_object (self->lesson_view, "notify::lesson", G_CALLBACK (on_shown_lesson_changed),
                           self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

gboolean
cw_lessons_page_show_lesson (CwLessonsPage *self,
                             const char    *lesson_id)
{
  CwLesson *lesson;

  g_return_val_if_fail (CW_IS_LESSONS_PAGE (self), FALSE);

  lesson = lesson_id != NULL ? cw_content_store_get_lesson (self->store, lesson_id) : NULL;
  if (lesson == NULL)
    return FALSE;

  cw_lesson_view_set_lesson (CW_LESSON_VIEW (self->lesson_view), lesson);
  gtk_stack_set_visible_child_name (self->stack, "lesson");
  sync_learned_button (self);

  return TRUE;
}

void
cw_lessons_page_show_list (CwLessonsPage *self)
{
  g_return_if_fail (CW_IS_LESSONS_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "list");
}

CwLessonView *
cw_lessons_page_get_lesson_view (CwLessonsPage *self)
{
  g_return_val_if_fail (CW_IS_LESSONS_PAGE (self), NULL);

  return CW_LESSON_VIEW (self->lesson_view);
}

const char *
cw_lessons_page_get_lesson_id (CwLessonsPage *self)
{
  CwLesson *lesson;

  g_return_val_if_fail (CW_IS_LESSONS_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "lesson") != 0)
    return NULL;

  lesson = cw_lesson_view_get_lesson (CW_LESSON_VIEW (self->lesson_view));

  return lesson != NULL ? cw_lesson_get_id (lesson) : NULL;
}
