/* cw-quiz-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-quiz-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-accessible.h"
#include "cw-choice-order.h"
#include "cw-code-view.h"
#include "cw-quiz-view-private.h"
#include "cw-text-block.h"

/*
 * A lesson's self-check: each question with its choices (a sentence, or for "which
 * snippet compiles?" a piece of Rust), a Check button, and immediate feedback with a
 * short explanation. Questions that show a program ("predict the output", "spot the bug")
 * show it above the choices and reveal what it really does only once the learner has
 * committed to an answer; a wrong pick among snippets shows that snippet's real rustc
 * message. Choices are shown in the learner's own stable order (cw-choice-order.c); every
 * index in this API is the authored choice index. The view only reports answers
 * ("answered"); the caller records them.
 */
typedef struct
{
  CwQuizView *self;
  CwQuizItem *item;
  guint      *order;       /* shown position → choice */
  GPtrArray  *buttons;     /* GtkCheckButton, indexed by choice */
  GtkWidget  *check;
  GtkWidget  *feedback;
  GtkWidget  *reveal;      /* what the program really does, after an answer */
  gboolean    answered;
  gboolean    correct;
} Question;

struct _CwQuizView
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GPtrArray *questions;    /* Question */
  guint32    seed;
  GSettings *settings;     /* for the code views; may be NULL */
};

G_DEFINE_FINAL_TYPE (CwQuizView, cw_quiz_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
question_free (gpointer data)
{
  Question *question = data;

  g_clear_object (&question->item);
  g_clear_pointer (&question->order, g_free);
  g_clear_pointer (&question->buttons, g_ptr_array_unref);
  g_free (question);
}

static Question *
get_question (CwQuizView *self,
              guint       position)
{
  guint i;

  for (i = 0; i < self->questions->len; i++)
    {
      Question *question = g_ptr_array_index (self->questions, i);

      if (cw_quiz_item_get_position (question->item) == position)
        return question;
    }

  return NULL;
}

static guint
shown_number (Question *question,
              guint     choice)
{
  guint i;

  for (i = 0; i < question->buttons->len; i++)
    if (question->order[i] == choice)
      return i + 1;

  return choice + 1;
}

/* What the question's program, or the picked snippet, really does: shown only after an
 * answer, so that the learner predicts first. */
static void
show_reveal (Question *question,
             guint     choice)
{
  CwQuizItem         *item = question->item;
  const char         *kind = cw_quiz_item_get_kind (item);
  const char * const *diagnostics = cw_quiz_item_get_choice_diagnostics (item);
  GtkWidget          *child;

  while ((child = gtk_widget_get_first_child (question->reveal)) != NULL)
    gtk_box_remove (GTK_BOX (question->reveal), child);

  if (g_strcmp0 (kind, "compiles") == 0)
    {
      if (diagnostics != NULL && choice < g_strv_length ((char **) diagnostics) &&
          diagnostics[choice] != NULL && *diagnostics[choice] != '\0')
        {
          g_autofree char *caption = NULL;

          /* Translators: %u is the snippet's number as shown, "Snippet 2" */
          caption = g_strdup_printf (_("What rustc says about snippet %u"),
                                     shown_number (question, choice));
          gtk_box_append (GTK_BOX (question->reveal),
                          cw_text_block_new (caption, diagnostics[choice], "cw-diagnostic"));
        }
    }
  else if (cw_quiz_item_get_code (item) != NULL)
    {
      const char *diagnostic = cw_quiz_item_get_code_diagnostic (item);
      const char *panic = cw_quiz_item_get_code_panic (item);
      const char *output = cw_quiz_item_get_code_output (item);

      if (diagnostic != NULL && *diagnostic != '\0')
        gtk_box_append (GTK_BOX (question->reveal),
                        cw_text_block_new (_("What rustc says"), diagnostic, "cw-diagnostic"));
      if (output != NULL && *output != '\0')
        gtk_box_append (GTK_BOX (question->reveal),
                        cw_text_block_new (_("What it prints"), output, "cw-output"));
      if (panic != NULL && *panic != '\0')
        gtk_box_append (GTK_BOX (question->reveal),
                        cw_text_block_new (_("How it stops"), panic, "cw-diagnostic"));
    }

  gtk_widget_set_visible (question->reveal, gtk_widget_get_first_child (question->reveal) != NULL);
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
  show_reveal (question, choice);
}

static void
on_check_clicked (GtkButton *button,
                  Question  *question)
{
  guint i;

  for (i = 0; i < question->buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (question->buttons, i)))
      {
        cw_quiz_view_answer (question->self, cw_quiz_item_get_position (question->item), i);
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

static GtkWidget *
create_code (GSettings  *settings,
             const char *language,
             const char *code)
{
  gboolean   rust = g_strcmp0 (language, "rust") == 0;
  GtkWidget *frame = gtk_frame_new (NULL);
  /* The content names languages "rust" and "javascript"; GtkSourceView calls the latter "js". */
  GtkWidget *view = cw_code_view_new (rust ? "rust" : "js", code, settings);

  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rust ? _("Rust code") : _("JavaScript code"),
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "cw-code-frame");

  return frame;
}

static GtkWidget *
create_choice (Question *question,
               guint     choice,
               guint     shown)
{
  const char * const *choices = cw_quiz_item_get_choices (question->item);
  const char * const *codes = cw_quiz_item_get_choice_codes (question->item);
  GtkWidget          *button = gtk_check_button_new ();
  GtkWidget          *content;

  if (codes != NULL && codes[choice] != NULL)
    {
      g_autofree char *name = g_strdup_printf (_("Snippet %u"), shown + 1);

      content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_box_append (GTK_BOX (content), create_label (name, NULL));
      gtk_box_append (GTK_BOX (content), create_code (question->self->settings, "rust", codes[choice]));
      gtk_widget_set_hexpand (content, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
  else
    {
      g_autofree char *plain = NULL;

      content = create_label (choices[choice], NULL);
      if (pango_parse_markup (choices[choice], -1, 0, NULL, &plain, NULL, NULL))
        gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                        -1);
    }

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), content);

  return button;
}

static void
add_question (CwQuizView *self,
              CwQuizItem *item,
              guint       number,
              guint       total)
{
  const char * const *choices = cw_quiz_item_get_choices (item);
  guint               n_choices = choices != NULL ? g_strv_length ((char **) choices) : 0;
  Question           *question = g_new0 (Question, 1);
  GtkWidget          *card;
  GtkWidget          *heading;
  GtkCheckButton     *group = NULL;
  g_autofree char    *counter = NULL;
  guint               i;

  question->self = self;
  question->item = g_object_ref (item);
  question->order = g_new0 (guint, MAX (n_choices, 1));
  question->buttons = g_ptr_array_new ();
  cw_choice_order (self->seed, cw_quiz_item_get_lesson_id (item),
                   cw_quiz_item_get_position (item), n_choices, question->order);

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "cw-question");

  /* Translators: "Question 1 of 3" */
  counter = g_strdup_printf (_("Question %u of %u"), number, total);
  heading = create_label (NULL, "caption-heading");
  gtk_label_set_text (GTK_LABEL (heading), counter);
  gtk_box_append (GTK_BOX (card), heading);
  gtk_box_append (GTK_BOX (card), create_label (cw_quiz_item_get_prompt (item), "heading"));
  if (cw_quiz_item_get_code (item) != NULL)
    gtk_box_append (GTK_BOX (card), create_code (self->settings, cw_quiz_item_get_code_language (item),
                                                 cw_quiz_item_get_code (item)));

  question->check = gtk_button_new_with_mnemonic (_("C_heck"));
  cw_accessible_name_by_mnemonic (question->check);

  g_ptr_array_set_size (question->buttons, n_choices);
  for (i = 0; i < n_choices; i++)
    {
      guint      choice = question->order[i];
      GtkWidget *button = create_choice (question, choice, i);

      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_choice_toggled),
                               question->check, 0);
      g_ptr_array_index (question->buttons, choice) = button;
      gtk_box_append (GTK_BOX (card), button);
    }

  gtk_widget_set_halign (question->check, GTK_ALIGN_START);
  gtk_widget_set_sensitive (question->check, FALSE);
  /* The question lives as long as the view, which owns the button. */
  g_signal_connect (question->check, "clicked", G_CALLBACK (on_check_clicked), question);
  gtk_box_append (GTK_BOX (card), question->check);

  question->feedback = create_label ("", "cw-feedback");
  gtk_widget_set_visible (question->feedback, FALSE);
  gtk_box_append (GTK_BOX (card), question->feedback);

  question->reveal = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_visible (question->reveal, FALSE);
  gtk_box_append (GTK_BOX (card), question->reveal);

  gtk_box_append (GTK_BOX (self->box), card);
  g_ptr_array_add (self->questions, question);
}

static void
cw_quiz_view_dispose (GObject *object)
{
  CwQuizView *self = CW_QUIZ_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

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
  self->questions = g_ptr_array_new_with_free_func (question_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Self-check"),
                                  -1);
}

/**
 * cw_quiz_view_new:
 * @questions: the lesson's #CwQuizItem
 * @seed: the learner's seed for the order of choices
 *   (cw_progress_store_get_choice_seed())
 */
GtkWidget *
cw_quiz_view_new (GListModel *questions,
                  guint32     seed,
                  GSettings  *settings)
{
  CwQuizView *self;
  guint       n;
  guint       i;

  g_return_val_if_fail (G_IS_LIST_MODEL (questions), NULL);

  self = g_object_new (CW_TYPE_QUIZ_VIEW, NULL);
  self->seed = seed;
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
    n += ((Question *) g_ptr_array_index (self->questions, i))->answered;

  return n;
}

guint
cw_quiz_view_get_n_correct (CwQuizView *self)
{
  guint n = 0;
  guint i;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), 0);

  for (i = 0; i < self->questions->len; i++)
    n += ((Question *) g_ptr_array_index (self->questions, i))->correct;

  return n;
}

/* The choice shown at @shown (from 0), or G_MAXUINT. */
guint
cw_quiz_view_get_shown_choice (CwQuizView *self,
                               guint       question,
                               guint       shown)
{
  Question *q;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), G_MAXUINT);

  q = get_question (self, question);
  if (q == NULL || shown >= q->buttons->len)
    return G_MAXUINT;

  return q->order[shown];
}

/* The check button of @choice, or NULL. */
GtkWidget *
cw_quiz_view_get_choice_button (CwQuizView *self,
                                guint       question,
                                guint       choice)
{
  Question *q;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), NULL);

  q = get_question (self, question);
  if (q == NULL || choice >= q->buttons->len)
    return NULL;

  return g_ptr_array_index (q->buttons, choice);
}

static void
append_labels (GString   *text,
               GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_labels (text, child);
}

/* What the question reveals after an answer, as text ("" before). */
char *
cw_quiz_view_dup_revealed_text (CwQuizView *self,
                                guint       question)
{
  GString   *text = g_string_new (NULL);
  Question  *q;
  GtkWidget *child;

  g_return_val_if_fail (CW_IS_QUIZ_VIEW (self), NULL);

  q = get_question (self, question);
  if (q == NULL || !gtk_widget_get_visible (q->reveal))
    return g_string_free (text, FALSE);

  for (child = gtk_widget_get_first_child (q->reveal); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_labels (text, child);

  return g_string_free (text, FALSE);
}
