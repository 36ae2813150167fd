/* cw-quiz-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-quiz-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-accessible.h"
#include "cw-code-view.h"
#include "cw-quiz-view.h"

/*
 * A lesson's self-check: each question with its choices (a sentence, or for "which
 * snippet compiles?" a piece of Rust), a Check button, and immediate feedback with a
 * short explanation. The view only reports answers ("answered"); the caller records them.
 */
typedef struct
{
  CwQuizItem *item;
  GPtrArray  *buttons;     /* GtkCheckButton, one per choice */
  GtkWidget  *check;
  GtkWidget  *feedback;
  gboolean    answered;
  gboolean    correct;
} Question;

struct _CwQuizView
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GArray    *questions;    /* Question */
  GSettings *settings;     /* for the code views; may be NULL */
};

G_DEFINE_FINAL_TYPE (CwQuizView, cw_quiz_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
question_clear (gpointer data)
{
  Question *question = data;

  g_clear_object (&question->item);
  g_clear_pointer (&question->buttons, g_ptr_array_unref);
}

static Question *
get_question (CwQuizView *self,
              guint       position)
{
  guint i;

  for (i = 0; i < self->questions->len; i++)
    {
      Question *question = &g_array_index (self->questions, Question, i);

      if (cw_quiz_item_get_position (question->item) == position)
        return question;
    }

  return NULL;
}

static void
show_feedback (Question *question,
               guint     choice)
{
  g_autofree char *markup = NULL;
  gboolean         correct = choice == cw_quiz_item_get_answer (question->item);

  question->answered = TRUE;
  question->correct = correct;

  if (choice < question->buttons->len)
    gtk_check_button_set_active (g_ptr_array_index (question->buttons, choice), TRUE);

  markup = g_strdup_printf ("<b>%s</b> %s",
                            correct ? _("Correct.") : _("Not quite."),
                            cw_quiz_item_get_explanation (question->item));
  gtk_label_set_markup (GTK_LABEL (question->feedback), markup);
  gtk_widget_remove_css_class (question->feedback, correct ? "error" : "success");
  gtk_widget_add_css_class (question->feedback, correct ? "success" : "error");
  gtk_widget_set_visible (question->feedback, TRUE);
}

static void
on_check_clicked (GtkButton  *button,
                  CwQuizView *self)
{
  Question *question = NULL;
  guint     i;

  for (i = 0; i < self->questions->len && question == NULL; i++)
    if (g_array_index (self->questions, Question, i).check == GTK_WIDGET (button))
      question = &g_array_index (self->questions, Question, i);

  for (i = 0; question != NULL && i < question->buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (question->buttons, i)))
      {
        cw_quiz_view_answer (self, cw_quiz_item_get_position (question->item), i);
        return;
      }
}

static void
on_choice_toggled (GtkCheckButton *button,
                   GtkWidget      *check)
{
  gtk_widget_set_sensitive (check, TRUE);
}

static GtkWidget *
create_label (const char *markup,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
add_question (CwQuizView *self,
              CwQuizItem *item,
              guint       number,
              guint       total)
{
  const char * const *choices = cw_quiz_item_get_choices (item);
  const char * const *codes = cw_quiz_item_get_choice_codes (item);
  Question            question = { 0 };
  GtkWidget          *card;
  GtkWidget          *heading;
  GtkCheckButton     *group = NULL;
  g_autofree char    *counter = NULL;
  guint               i;

  question.item = g_object_ref (item);
  question.buttons = g_ptr_array_new ();

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "cw-question");

  /* Translators: "Question 1 of 3" */
  counter = g_strdup_printf (_("Question %u of %u"), number, total);
  heading = create_label (NULL, "caption-heading");
  gtk_label_set_text (GTK_LABEL (heading), counter);
  gtk_box_append (GTK_BOX (card), heading);
  gtk_box_append (GTK_BOX (card), create_label (cw_quiz_item_get_prompt (item), "heading"));

  question.check = gtk_button_new_with_mnemonic (_("C_heck"));
  cw_accessible_name_by_mnemonic (question.check);
  for (i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      GtkWidget *button = gtk_check_button_new ();
      GtkWidget *content;

      if (codes != NULL && codes[i] != NULL)
        {
          g_autofree char *name = g_strdup_printf (_("Snippet %u"), i + 1);
          GtkWidget       *frame = gtk_frame_new (NULL);
          GtkWidget       *view = cw_code_view_new ("rust", codes[i], self->settings);

          gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rust code"),
                                          -1);
          content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          gtk_box_append (GTK_BOX (content), create_label (name, NULL));
          gtk_frame_set_child (GTK_FRAME (frame), view);
          gtk_widget_add_css_class (frame, "cw-code-frame");
          gtk_box_append (GTK_BOX (content), frame);
          gtk_widget_set_hexpand (content, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
        }
      else
        {
          g_autofree char *plain = NULL;

          content = create_label (choices[i], NULL);
          if (pango_parse_markup (choices[i], -1, 0, NULL, &plain, NULL, NULL))
            gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                            -1);
        }

      gtk_check_button_set_child (GTK_CHECK_BUTTON (button), content);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_choice_toggled), question.check, 0);
      g_ptr_array_add (question.buttons, button);
      gtk_box_append (GTK_BOX (card), button);
    }

  gtk_widget_set_halign (question.check, GTK_ALIGN_START);
  gtk_widget_set_sensitive (question.check, FALSE);
  g_signal_connect_object (question.check, "clicked", G_CALLBACK (on_check_clicked), self, 0);
  gtk_box_append (GTK_BOX (card), question.check);

  question.feedback = create_label ("", "cw-feedback");
  gtk_widget_set_visible (question.feedback, FALSE);
  gtk_box_append (GTK_BOX (card), question.feedback);

  gtk_box_append (GTK_BOX (self->box), card);
  g_array_append_val (self->questions, question);
}

static void
cw_quiz_view_dispose (GObject *object)
{
  CwQuizView *self = CW_QUIZ_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->questions, g_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_quiz_view_parent_class)->dispose (object);
}

static void
cw_quiz_view_class_init (CwQuizViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_quiz_view_dispose;

  /**
   * CwQuizView::answered:
   * @question: the question's position
   * @choice: the chosen answer's index
   * @correct: whether it is right
   */
  signals[SIGNAL_ANSWERED] =
    g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quiz");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cw_quiz_view_init (CwQuizView *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->questions = g_array_new (FALSE, TRUE, sizeof (Question));
  g_array_set_clear_func (self->questions, question_clear);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Self-check"),
                                  -1);
}

GtkWidget *
cw_quiz_view_new (GListModel *questions,
                  GSettings  *settings)
{
  CwQuizView *self;
  guint       n;
  guint       i;

  g_return_val_if_fail (G_IS_LIST_MODEL (questions), NULL);

  self = g_object_new (CW_TYPE_QUIZ_VIEW, NULL);
  g_set_object (&self->settings, settings);
  n = g_list_model_get_n_items (questions);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CwQuizItem) item = g_list_model_get_item (questions, i);

      add_question (self, item, i + 1, n);
    }

  return GTK_WIDGET (self);
}

/* Shows a recorded answer (when the lesson is opened again) without reporting it. */
void
cw_quiz_view_show_answer (CwQuizView *self,
                          guint       question,
                          guint       choice)
{
  Question *q;

  g_return_if_fail (CW_IS_QUIZ_VIEW (self));

  q = get_question (self, question);
  if (q != NULL && choice < q->buttons->len)
    show_feedback (q, choice);
}

/* Answers a question as the learner would: feedback, then "answered". Returns whether
 * the answer is right. */
gboolean
cw_quiz_view_answer (CwQuizView *self,
                     guint       question,
                     guint       choice)
{
  Question *q;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), FALSE);

  q = get_question (self, question);
  if (q == NULL || choice >= q->buttons->len)
    return FALSE;

  show_feedback (q, choice);
  g_signal_emit (self, signals[SIGNAL_ANSWERED], 0, question, choice, q->correct);

  return q->correct;
}

guint
cw_quiz_view_get_n_questions (CwQuizView *self)
{
  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), 0);

  return self->questions->len;
}

guint
cw_quiz_view_get_n_answered (CwQuizView *self)
{
  guint n = 0;
  guint i;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), 0);

  for (i = 0; i < self->questions->len; i++)
    n += g_array_index (self->questions, Question, i).answered;

  return n;
}

guint
cw_quiz_view_get_n_correct (CwQuizView *self)
{
  guint n = 0;
  guint i;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), 0);

  for (i = 0; i < self->questions->len; i++)
    n += g_array_index (self->questions, Question, i).correct;

  return n;
}
