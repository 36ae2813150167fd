/* cw-lesson-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-lesson-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-exercise-view.h"
#include "cw-lesson-view.h"
#include "cw-prose-view.h"
#include "cw-quiz-view.h"
#include "cw-snippet-pair-view.h"
#include "cw-toast.h"

/* Notes are saved this long after the last keystroke, and always when the lesson
 * changes or the view goes away. */
#define NOTE_SAVE_DELAY_MS 600

/*
 * A lesson: its title and summary, the explanation, each JavaScript/Rust pair side by
 * side, and (for the lessons that have them) the use-case table. Built from the store
 * when a lesson is set; the page is reused for the next lesson.
 */
struct _CwLessonView
{
  GtkWidget       parent_instance;

  CwContentStore  *store;
  CwProgressStore *progress;
  GSettings       *settings;   /* for the code views; may be NULL */
  CwLesson        *lesson;

  GtkTextBuffer   *notes;
  guint            note_timeout;
  gboolean         note_dirty;

  GtkWidget      *scroller;
  GtkWidget      *body;
  GtkWidget      *scroll_target;   /* the pair to keep at the top while laid out, or NULL */
  guint           scroll_idle;
  gboolean        scrolling;       /* the value is being set by scroll_now */
  gboolean        restoring;       /* restore_value waits for the lesson to be tall enough */
  double          restore_value;
};

G_DEFINE_FINAL_TYPE (CwLessonView, cw_lesson_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LESSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

      gtk_box_append (GTK_BOX (box), cw_prose_label_new (cw_use_case_get_area (use_case), "heading"));
      examples = g_markup_escape_text (cw_use_case_get_examples (use_case), -1);
      gtk_box_append (GTK_BOX (box), cw_prose_label_new (examples, "dim-label"));
      gtk_box_append (GTK_BOX (box), cw_prose_label_new (cw_use_case_get_why (use_case), NULL));

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
report_error (CwLessonView *self,
              const GError *error)
{
  cw_widget_add_toast_text (GTK_WIDGET (self), error->message);
}

void
cw_lesson_view_save_note (CwLessonView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *text = NULL;
  GtkTextIter       start;
  GtkTextIter       end;

  g_return_if_fail (CW_IS_LESSON_VIEW (self));

  g_clear_handle_id (&self->note_timeout, g_source_remove);

  if (!self->note_dirty || self->progress == NULL || self->lesson == NULL || self->notes == NULL)
    return;

  gtk_text_buffer_get_bounds (self->notes, &start, &end);
  text = gtk_text_buffer_get_text (self->notes, &start, &end, FALSE);
  if (!cw_progress_store_set_note (self->progress, cw_lesson_get_id (self->lesson), text, &error))
    {
      /* Keep it dirty: the next keystroke or the next change of lesson tries again. */
      report_error (self, error);
      return;
    }

  self->note_dirty = FALSE;
}

static gboolean
on_note_timeout (gpointer data)
{
  CwLessonView *self = data;

  self->note_timeout = 0;
  cw_lesson_view_save_note (self);

  return G_SOURCE_REMOVE;
}

static void
on_note_changed (CwLessonView *self)
{
  self->note_dirty = TRUE;
  g_clear_handle_id (&self->note_timeout, g_source_remove);
  self->note_timeout = g_timeout_add (NOTE_SAVE_DELAY_MS, on_note_timeout, self);
}

static void
on_quiz_answered (CwQuizView   *quiz,
                  guint         question,
                  guint         choice,
                  gboolean      correct,
                  CwLessonView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->progress != NULL && self->lesson != NULL &&
      !cw_progress_store_record_answer (self->progress, cw_lesson_get_id (self->lesson),
                                        question, choice, correct, &error))
    report_error (self, error);
}

static GtkWidget *
create_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "title-3");
  gtk_widget_set_margin_top (label, 12);

  return label;
}

static void
add_self_check (CwLessonView *self)
{
  g_autoptr(GListModel) questions = NULL;
  GtkWidget            *quiz;
  guint                 i;

  questions = cw_content_store_list_quiz (self->store, cw_lesson_get_id (self->lesson));
  if (g_list_model_get_n_items (questions) == 0)
    return;

  gtk_box_append (GTK_BOX (self->body), create_heading (_("Self-check")));
  quiz = cw_quiz_view_new (questions,
                           self->progress != NULL
                           ? cw_progress_store_get_choice_seed (self->progress) : 0,
                           self->settings);
  gtk_box_append (GTK_BOX (self->body), quiz);

  /* Answers given before are shown again, not asked again. */
  for (i = 0; self->progress != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(CwQuizItem) item = g_list_model_get_item (questions, i);
      guint                 choice;
      gboolean              correct;

      if (cw_progress_store_get_answer (self->progress, cw_lesson_get_id (self->lesson),
                                        cw_quiz_item_get_position (item), &choice, &correct))
        cw_quiz_view_show_answer (CW_QUIZ_VIEW (quiz), cw_quiz_item_get_position (item), choice);
    }

  g_signal_connect_object (quiz, "answered", G_CALLBACK (on_quiz_answered), self, 0);
}

static void
add_notes (CwLessonView *self)
{
  g_autofree char *note = NULL;
  GtkWidget       *view;
  GtkWidget       *frame;

  if (self->progress == NULL)
    return;

  gtk_box_append (GTK_BOX (self->body), create_heading (_("Your Notes")));

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"),
                                  -1);

  self->notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  note = cw_progress_store_dup_note (self->progress, cw_lesson_get_id (self->lesson));
  gtk_text_buffer_set_text (self->notes, note != NULL ? note : "", -1);
  self->note_dirty = FALSE;
  g_signal_connect_object (self->notes, "changed", G_CALLBACK (on_note_changed), self,
                           G_CONNECT_SWAPPED);

  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (self->body), frame);
}

/* After the prose and the pairs: write the Rust yourself, one editor per exercise. */
static void
add_exercises (CwLessonView *self)
{
  g_autoptr(GListModel) exercises = NULL;
  guint                 i;

  exercises = cw_content_store_list_exercises (self->store, cw_lesson_get_id (self->lesson));
  if (g_list_model_get_n_items (exercises) == 0)
    return;

  gtk_box_append (GTK_BOX (self->body), create_heading (_("Practice")));
  for (i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(CwExercise) exercise = g_list_model_get_item (exercises, i);
      GtkWidget            *view = cw_exercise_view_new (exercise, self->progress, self->settings);

      gtk_box_append (GTK_BOX (self->body), view);
    }
}

static void
cw_lesson_view_rebuild (CwLessonView *self)
{
  g_autoptr(GListModel) pairs = NULL;
  g_autoptr(GListModel) use_cases = NULL;
  g_autoptr(GListModel) intro = NULL;
  g_autofree char      *summary = NULL;
  GtkWidget            *child;
  GtkWidget            *title;
  GtkWidget            *summary_label;
  guint                 i;

  self->notes = NULL;
  while ((child = gtk_widget_get_first_child (self->body)) != NULL)
    gtk_box_remove (GTK_BOX (self->body), child);

  if (self->lesson == NULL)
    return;

  title = cw_prose_label_new (NULL, "title-1");
  gtk_label_set_text (GTK_LABEL (title), cw_lesson_get_title (self->lesson));
  gtk_box_append (GTK_BOX (self->body), title);

  summary = g_markup_escape_text (cw_lesson_get_summary (self->lesson), -1);
  summary_label = cw_prose_label_new (summary, "cw-lesson-summary");
  /* Read like the prose below it: no wider than a comfortable measure. */
  gtk_label_set_max_width_chars (GTK_LABEL (summary_label), 75);
  gtk_widget_set_halign (summary_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->body), summary_label);

  intro = cw_content_store_list_intro_blocks (self->store, cw_lesson_get_id (self->lesson));
  gtk_box_append (GTK_BOX (self->body), cw_prose_view_new (intro, self->settings));

  use_cases = cw_content_store_list_use_cases (self->store, cw_lesson_get_id (self->lesson));
  if (g_list_model_get_n_items (use_cases) > 0)
    gtk_box_append (GTK_BOX (self->body), create_use_cases (use_cases));

  pairs = cw_content_store_list_pairs (self->store, cw_lesson_get_id (self->lesson));
  for (i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(CwSnippetPair) pair = g_list_model_get_item (pairs, i);

      gtk_box_append (GTK_BOX (self->body), cw_snippet_pair_view_new (pair, self->settings));
    }

  add_exercises (self);
  add_self_check (self);
  add_notes (self);
}

/* Brings the target pair to the top. It stays the target while the lesson settles (code
 * views finish their layout a little later, moving what is below them) until the learner
 * scrolls or another lesson is shown. */
static void
cw_lesson_view_scroll_now (CwLessonView *self)
{
  GtkAdjustment   *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_point_t point;

  if (self->scroll_target == NULL)
    return;

  if (gtk_widget_get_ancestor (self->scroll_target, CW_TYPE_LESSON_VIEW) != GTK_WIDGET (self))
    {
      g_clear_object (&self->scroll_target);
      return;
    }

  /* Where the pair is in the visible part, plus how far that part is scrolled already. */
  if (gtk_widget_compute_point (self->scroll_target, self->scroller, &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      self->scrolling = TRUE;
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + point.y - 12);
      self->scrolling = FALSE;
    }
}

static gboolean
scroll_after_layout (gpointer data)
{
  CwLessonView *self = data;

  self->scroll_idle = 0;
  cw_lesson_view_scroll_now (self);

  return G_SOURCE_REMOVE;
}

/* Back where the learner was: as soon as the rebuilt lesson is tall enough to be scrolled
 * that far, which the adjustment says when it changes (not a timer: it may take several
 * layout passes). */
static void
cw_lesson_view_try_restore (CwLessonView *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

  if (!self->restoring ||
      gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment) < self->restore_value)
    return;

  self->restoring = FALSE;
  gtk_adjustment_set_value (vadjustment, self->restore_value);
}

/* The content's size changed: the lesson is being laid out. The adjustment learns the size
 * before the pairs get their places in the same pass, so the scroll waits for the pass to end. */
static void
on_vadjustment_changed (CwLessonView *self)
{
  cw_lesson_view_try_restore (self);
  if (self->scroll_target != NULL && self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_after_layout, self);
}

/* The learner scrolled (or a new lesson started at the top): the pair is no longer wanted. */
static void
on_vadjustment_value_changed (CwLessonView *self)
{
  if (!self->scrolling)
    g_clear_object (&self->scroll_target);
}

static void
cw_lesson_view_dispose (GObject *object)
{
  CwLessonView *self = CW_LESSON_VIEW (object);

  /* Never lose a note: what was typed is saved before the view goes. */
  cw_lesson_view_save_note (self);
  self->notes = NULL;
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  g_clear_object (&self->scroll_target);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->lesson);
  g_clear_object (&self->store);
  g_clear_object (&self->progress);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_lesson_view_parent_class)->dispose (object);
}

static void
cw_lesson_view_unmap (GtkWidget *widget)
{
  cw_lesson_view_save_note (CW_LESSON_VIEW (widget));

  GTK_WIDGET_CLASS (cw_lesson_view_parent_class)->unmap (widget);
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

  widget_class->unmap = cw_lesson_view_unmap;

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
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                           "changed", G_CALLBACK (on_vadjustment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                           "value-changed", G_CALLBACK (on_vadjustment_value_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
cw_lesson_view_new (CwContentStore  *store,
                    CwProgressStore *progress,
                    GSettings       *settings)
{
  CwLessonView *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (progress == NULL || CW_IS_PROGRESS_STORE (progress), NULL);

  self = g_object_new (CW_TYPE_LESSON_VIEW, NULL);
  self->store = g_object_ref (store);
  if (progress != NULL)
    self->progress = g_object_ref (progress);
  g_set_object (&self->settings, settings);

  return GTK_WIDGET (self);
}

void
cw_lesson_view_set_lesson (CwLessonView *self,
                           CwLesson     *lesson)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (CW_IS_LESSON_VIEW (self));
  g_return_if_fail (lesson == NULL || CW_IS_LESSON (lesson));

  if (self->lesson == lesson)
    return;

  cw_lesson_view_save_note (self);
  self->restoring = FALSE;
  g_set_object (&self->lesson, lesson);
  cw_lesson_view_rebuild (self);

  if (lesson != NULL && self->progress != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!cw_progress_store_mark_opened (self->progress, cw_lesson_get_id (lesson), &error))
        report_error (self, error);
    }

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
          /* Focus first: the viewport may scroll to it, which would end our scroll. */
          gtk_widget_grab_focus (child);
          g_set_object (&self->scroll_target, child);
          /* Laid out already (the same lesson): now; otherwise when the adjustment hears of
           * the new layout (on_vadjustment_changed). */
          if (gtk_widget_get_width (child) > 0)
            cw_lesson_view_scroll_now (self);
          return;
        }
    }
}

/**
 * cw_lesson_view_restore_scroll:
 * @value: the vertical scroll position, in pixels, as cw_lesson_view_get_vadjustment() had it
 *
 * Scrolls the lesson to @value now, or once the lesson is laid out tall enough. Showing
 * another lesson cancels it.
 */
void
cw_lesson_view_restore_scroll (CwLessonView *self,
                               double        value)
{
  g_return_if_fail (CW_IS_LESSON_VIEW (self));

  g_clear_object (&self->scroll_target);
  self->restore_value = MAX (value, 0.0);
  self->restoring = TRUE;
  cw_lesson_view_try_restore (self);
}

/* Whether a restore_scroll() still waits: until then the position is not the learner's. */
gboolean
cw_lesson_view_is_restoring (CwLessonView *self)
{
  g_return_val_if_fail (CW_IS_LESSON_VIEW (self), FALSE);

  return self->restoring;
}

GtkAdjustment *
cw_lesson_view_get_vadjustment (CwLessonView *self)
{
  g_return_val_if_fail (CW_IS_LESSON_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
}
