/* test-quiz-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "cw-choice-order.h"
#include "cw-content-store.h"
#include "cw-quiz-view-private.h"
#include "cw-test-utils.h"

/*
 * The self-check as a learner meets it, on the real lesson database: choices in the
 * learner's order, the program shown, what it really does revealed only after an answer.
 */

typedef struct
{
  CwQuizItem *item;
  GListModel *questions;
} Found;

static CwContentStore *
open_content (void)
{
  g_autoptr(GError) error = NULL;
  CwContentStore *store = cw_content_store_new_for_path (g_getenv ("CRABWISE_CONTENT_DB"), &error);

  g_assert_no_error (error);
  return store;
}

/* The first question of @kind in the course, and its lesson's questions. */
static gboolean
find_question (CwContentStore *store,
               const char     *kind,
               Found          *found)
{
  GListModel *lessons = cw_content_store_get_lessons (store);
  guint       i;
  guint       j;

  for (i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(CwLesson) lesson = g_list_model_get_item (lessons, i);
      g_autoptr(GListModel) questions = cw_content_store_list_quiz (store, cw_lesson_get_id (lesson));

      for (j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(CwQuizItem) item = g_list_model_get_item (questions, j);

          if (g_strcmp0 (cw_quiz_item_get_kind (item), kind) == 0)
            {
              found->item = g_steal_pointer (&item);
              found->questions = g_steal_pointer (&questions);
              return TRUE;
            }
        }
    }

  return FALSE;
}

static void
found_clear (Found *found)
{
  g_clear_object (&found->item);
  g_clear_object (&found->questions);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Found, found_clear)

static CwQuizView *
quiz_in_window (GListModel *questions,
                guint32     seed,
                GtkWindow **window)
{
  GtkWidget *quiz = cw_quiz_view_new (questions, seed, NULL);

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (*window, quiz);
  gtk_window_present (*window);
  g_assert_true (cw_test_wait_mapped (quiz));

  return CW_QUIZ_VIEW (quiz);
}

/* The buttons sit in the card in the shown order, which is the learner's order. */
static void
test_choices_in_learner_order (void)
{
  g_autoptr(CwContentStore) store = open_content ();
  g_auto(Found) found = { 0, };
  CwQuizView *quiz;
  GtkWindow  *window;
  guint       position;
  guint       n;
  guint       order[8];
  GtkWidget  *previous = NULL;
  guint       i;
  guint       seed;
  gboolean    moved = FALSE;

  g_assert_true (find_question (store, "choice", &found));
  position = cw_quiz_item_get_position (found.item);
  n = g_strv_length ((char **) cw_quiz_item_get_choices (found.item));
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (order));

  for (seed = 1; seed < 6; seed++)
    {
      quiz = quiz_in_window (found.questions, seed, &window);
      cw_choice_order (seed, cw_quiz_item_get_lesson_id (found.item), position, n, order);
      previous = NULL;
      for (i = 0; i < n; i++)
        {
          GtkWidget *button = cw_quiz_view_get_choice_button (quiz, position, order[i]);

          g_assert_cmpuint (cw_quiz_view_get_shown_choice (quiz, position, i), ==, order[i]);
          if (previous != NULL)
            g_assert_true (gtk_widget_get_prev_sibling (button) == previous);
          previous = button;
          moved |= order[i] != i;
        }

      /* The authored index is what is reported: the right answer is right wherever shown. */
      g_assert_true (cw_quiz_view_answer (quiz, position, cw_quiz_item_get_answer (found.item)));
      gtk_window_destroy (window);
    }

  g_assert_true (moved);
}

/* "Predict the output": the program is shown; its output only after an answer. */
static void
test_predict_reveals_after_answer (void)
{
  g_autoptr(CwContentStore) store = open_content ();
  g_auto(Found) found = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *output = NULL;
  CwQuizView *quiz;
  GtkWindow  *window;
  guint       position;
  guint       wrong;

  g_assert_true (find_question (store, "predict", &found));
  g_assert_nonnull (cw_quiz_item_get_code (found.item));
  g_assert_nonnull (cw_quiz_item_get_code_output (found.item));
  position = cw_quiz_item_get_position (found.item);
  quiz = quiz_in_window (found.questions, 42, &window);

  before = cw_quiz_view_dup_revealed_text (quiz, position);
  g_assert_cmpstr (before, ==, "");

  wrong = cw_quiz_item_get_answer (found.item) == 0 ? 1 : 0;
  g_assert_false (cw_quiz_view_answer (quiz, position, wrong));
  after = cw_quiz_view_dup_revealed_text (quiz, position);
  output = g_strchomp (g_strdup (cw_quiz_item_get_code_output (found.item)));
  g_assert_nonnull (strstr (after, output));

  gtk_window_destroy (window);
}

/* "Which compiles?": a wrong pick shows that snippet's real rustc message. */
static void
test_compiles_shows_rustc_message (void)
{
  g_autoptr(CwContentStore) store = open_content ();
  g_auto(Found) found = { 0, };
  g_autofree char *right = NULL;
  g_autofree char *wrong_text = NULL;
  g_autofree char *first_line = NULL;
  const char * const *diagnostics;
  CwQuizView *quiz;
  GtkWindow  *window;
  guint       position;
  guint       answer;
  guint       wrong = G_MAXUINT;
  guint       i;

  g_assert_true (find_question (store, "compiles", &found));
  position = cw_quiz_item_get_position (found.item);
  answer = cw_quiz_item_get_answer (found.item);
  diagnostics = cw_quiz_item_get_choice_diagnostics (found.item);
  g_assert_nonnull (diagnostics);
  for (i = 0; diagnostics[i] != NULL && wrong == G_MAXUINT; i++)
    if (i != answer && *diagnostics[i] != '\0')
      wrong = i;
  g_assert_cmpuint (wrong, !=, G_MAXUINT);

  quiz = quiz_in_window (found.questions, 3, &window);
  g_assert_true (cw_quiz_view_answer (quiz, position, answer));
  right = cw_quiz_view_dup_revealed_text (quiz, position);
  g_assert_cmpstr (right, ==, "");

  g_assert_false (cw_quiz_view_answer (quiz, position, wrong));
  wrong_text = cw_quiz_view_dup_revealed_text (quiz, position);
  first_line = g_strndup (diagnostics[wrong], strcspn (diagnostics[wrong], "\n"));
  g_assert_cmpstr (first_line, !=, "");
  g_assert_nonnull (strstr (wrong_text, first_line));

  gtk_window_destroy (window);
}

/* "Spot the bug": the buggy program is shown with the question. */
static void
test_bug_shows_program (void)
{
  g_autoptr(CwContentStore) store = open_content ();
  g_auto(Found) found = { 0, };
  g_autofree char *after = NULL;
  CwQuizView *quiz;
  GtkWindow  *window;
  guint       position;

  g_assert_true (find_question (store, "bug", &found));
  g_assert_nonnull (cw_quiz_item_get_code (found.item));
  position = cw_quiz_item_get_position (found.item);
  quiz = quiz_in_window (found.questions, 5, &window);
  cw_quiz_view_answer (quiz, position, cw_quiz_item_get_answer (found.item));
  after = cw_quiz_view_dup_revealed_text (quiz, position);
  if (cw_quiz_item_get_code_diagnostic (found.item) != NULL ||
      cw_quiz_item_get_code_output (found.item) != NULL ||
      cw_quiz_item_get_code_panic (found.item) != NULL)
    g_assert_cmpstr (after, !=, "");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/quiz-view/learner-order", test_choices_in_learner_order);
  g_test_add_func ("/quiz-view/predict", test_predict_reveals_after_answer);
  g_test_add_func ("/quiz-view/compiles", test_compiles_shows_rustc_message);
  g_test_add_func ("/quiz-view/bug", test_bug_shows_program);

  return g_test_run ();
}
