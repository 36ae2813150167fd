/* cw-review-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-quiz-view.h"
#include "cw-review-dialog.h"

/*
 * Review: each due lesson's questions in turn; a lesson counts as remembered when every
 * answer is right. The dialog has its own toast overlay, so a write that fails during the
 * review is reported where the learner is looking.
 */
struct _CwReviewDialog
{
  AdwWindow        parent_instance;

  CwContentStore  *content;
  CwProgressStore *progress;
  GSettings       *settings;  /* for the code views; may be NULL */
  char           **due;
  guint            index;
  CwQuizView      *quiz;      /* the current lesson's questions; NULL when done */
  gboolean         done;

  /* Template widgets */
  GtkButton       *next_button;
  AdwToastOverlay *toast_overlay;
  GtkLabel        *title_label;
  GtkBox          *body;
};

G_DEFINE_FINAL_TYPE (CwReviewDialog, cw_review_dialog, ADW_TYPE_WINDOW)

static void
cw_review_dialog_clear_body (CwReviewDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);
  self->quiz = NULL;
}

static void
cw_review_dialog_show_done (CwReviewDialog *self)
{
  GtkWidget *done = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (done), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (done), _("Review Done"));
  adw_status_page_set_description (ADW_STATUS_PAGE (done),
                                   _("Each lesson will come back when it is due again."));
  gtk_box_append (self->body, done);
  gtk_button_set_label (self->next_button, _("_Close"));
  self->done = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.next", TRUE);
}

static void
on_answered (CwReviewDialog *self,
             guint           question,
             guint           choice,
             gboolean        correct,
             CwQuizView     *quiz)
{
  g_autoptr(GError) error = NULL;

  if (!cw_progress_store_record_answer (self->progress, self->due[self->index],
                                        question, choice, correct, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.next",
                                 cw_quiz_view_get_n_answered (quiz) == cw_quiz_view_get_n_questions (quiz));
}

static void
cw_review_dialog_show_lesson (CwReviewDialog *self)
{
  g_autoptr(GListModel) questions = NULL;
  CwLesson             *lesson;
  const char           *id = self->due[self->index];

  cw_review_dialog_clear_body (self);
  if (id == NULL)
    {
      cw_review_dialog_show_done (self);
      return;
    }

  lesson = cw_content_store_get_lesson (self->content, id);
  gtk_label_set_text (self->title_label, lesson != NULL ? cw_lesson_get_title (lesson) : "");
  questions = cw_content_store_list_quiz (self->content, id);
  self->quiz = CW_QUIZ_VIEW (cw_quiz_view_new (questions, cw_progress_store_get_choice_seed (self->progress),
                                                 self->settings));
  g_signal_connect_object (self->quiz, "answered", G_CALLBACK (on_answered), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->body, GTK_WIDGET (self->quiz));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.next",
                                 g_list_model_get_n_items (questions) == 0);
}

static void
cw_review_dialog_next_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CwReviewDialog   *self = CW_REVIEW_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean          remembered;

  if (self->done)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (self->quiz != NULL)
    {
      remembered = cw_quiz_view_get_n_correct (self->quiz) == cw_quiz_view_get_n_questions (self->quiz);
      if (!cw_progress_store_record_review (self->progress, self->due[self->index],
                                            remembered, &error))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }

  self->index++;
  cw_review_dialog_show_lesson (self);
}

static void
cw_review_dialog_dispose (GObject *object)
{
  CwReviewDialog *self = CW_REVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_REVIEW_DIALOG);
  self->quiz = NULL;
  g_clear_object (&self->content);
  g_clear_object (&self->progress);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->due, g_strfreev);

  G_OBJECT_CLASS (cw_review_dialog_parent_class)->dispose (object);
}

static void
cw_review_dialog_class_init (CwReviewDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_review_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwReviewDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, CwReviewDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwReviewDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, CwReviewDialog, body);

  gtk_widget_class_install_action (widget_class, "review.next", NULL, cw_review_dialog_next_action);
}

static void
cw_review_dialog_init (CwReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cw_review_dialog_new:
 * @due: the ids of the lessons to review, in order; at least one
 *
 * Returns: (transfer none): a review over @due, showing the first lesson; like every
 *   toplevel, GTK holds it until it is closed
 */
GtkWidget *
cw_review_dialog_new (CwContentStore     *content,
                      CwProgressStore    *progress,
                      GSettings          *settings,
                      const char * const *due)
{
  CwReviewDialog *self;

  g_return_val_if_fail (CW_IS_CONTENT_STORE (content), NULL);
  g_return_val_if_fail (CW_IS_PROGRESS_STORE (progress), NULL);
  g_return_val_if_fail (due != NULL && due[0] != NULL, NULL);

  self = g_object_new (CW_TYPE_REVIEW_DIALOG, NULL);
  self->content = g_object_ref (content);
  self->progress = g_object_ref (progress);
  g_set_object (&self->settings, settings);
  self->due = g_strdupv ((char **) due);
  cw_review_dialog_show_lesson (self);

  return GTK_WIDGET (self);
}
