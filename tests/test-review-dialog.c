/* test-review-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-progress-page.h"
#include "cw-quiz-view-private.h"
#include "cw-review-dialog.h"
#include "cw-test-utils.h"
#include "cw-window-private.h"

/* The review dialog opened from the Progress page of a real window, on a real progress file
 * (cw_test_init's temporary XDG_DATA_HOME), with the store's clock moved by the test so that
 * a learned lesson falls due. */

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

static gint64
test_clock (gpointer data)
{
  return *(gint64 *) data;
}

static CwProgressStore *
progress_of (CwApplication *app)
{
  g_autoptr(GError) error = NULL;
  CwProgressStore  *progress = cw_application_get_progress_store (app, &error);

  g_assert_no_error (error);
  g_assert_nonnull (progress);

  return progress;
}

static gboolean
is_due (CwProgressStore *progress,
        const char      *id)
{
  g_auto(GStrv) due = cw_progress_store_dup_due_lessons (progress);

  return due != NULL && g_strv_contains ((const char * const *) due, id);
}

static gboolean
review_shown (gpointer data)
{
  return cw_test_find_toplevel (CW_TYPE_REVIEW_DIALOG) != NULL;
}

static CwReviewDialog *
open_review (CwWindow *window)
{
  GtkWidget      *page = cw_window_get_page (window, "progress");
  CwReviewDialog *dialog;

  g_assert_true (cw_window_show_section (window, "progress"));
  cw_test_iterate (20);
  g_assert_true (gtk_widget_activate_action (page, "progress.review", NULL));
  g_assert_true (cw_test_wait_until (review_shown, NULL, CW_TEST_FINISHES_MS));
  dialog = CW_REVIEW_DIALOG (cw_test_find_toplevel (CW_TYPE_REVIEW_DIALOG));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (dialog)));

  return dialog;
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  GtkWidget *child;

  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
next_button (CwReviewDialog *dialog)
{
  GtkWidget *button = find_actionable (GTK_WIDGET (dialog), "review.next");

  g_assert_nonnull (button);

  return button;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelIn;

static gboolean
label_shown (gpointer data)
{
  LabelIn *in = data;

  return cw_test_find_label_with_text (in->root, in->text) != NULL;
}

static CwQuizView *
answer_all (CwReviewDialog *dialog)
{
  CwQuizView *quiz = CW_QUIZ_VIEW (cw_test_find_by_type (GTK_WIDGET (dialog), CW_TYPE_QUIZ_VIEW));
  guint       i;

  g_assert_nonnull (quiz);
  g_assert_cmpuint (cw_quiz_view_get_n_questions (quiz), >, 0);
  /* Next waits until every question has an answer (positions count from 1). */
  for (i = 0; i < cw_quiz_view_get_n_questions (quiz); i++)
    {
      g_assert_false (gtk_widget_is_sensitive (next_button (dialog)));
      cw_quiz_view_answer (quiz, i + 1, 0);
    }
  g_assert_true (gtk_widget_is_sensitive (next_button (dialog)));
  g_assert_cmpuint (cw_quiz_view_get_n_answered (quiz), ==, cw_quiz_view_get_n_questions (quiz));

  return quiz;
}

/* A whole review: the due lesson's questions, Next records the review (the lesson is no
 * longer due), then "Review Done" and Close. */
static void
test_review_records_and_closes (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwProgressStore *progress = progress_of (app);
  CwWindow        *window;
  CwReviewDialog  *dialog;
  gint64           now = g_get_real_time ();
  g_autoptr(GError) error = NULL;

  cw_progress_store_set_clock (progress, test_clock, &now);
  g_assert_true (cw_progress_store_set_learned (progress, "ownership", TRUE, &error));
  g_assert_no_error (error);
  now += 2 * DAY;
  g_assert_true (is_due (progress, "ownership"));

  window = cw_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  dialog = open_review (window);
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (dialog), "Ownership and moves"));
  answer_all (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review.next", NULL));
  cw_test_iterate (20);
  g_assert_false (is_due (progress, "ownership"));
  g_assert_null (cw_test_find_by_type (GTK_WIDGET (dialog), CW_TYPE_QUIZ_VIEW));
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (dialog), "Review Done"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next_button (dialog))), ==, "_Close");
  g_assert_true (gtk_widget_is_sensitive (next_button (dialog)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review.next", NULL));
  cw_test_iterate (20);
  g_assert_null (cw_test_find_toplevel (CW_TYPE_REVIEW_DIALOG));

  cw_progress_store_set_clock (progress, NULL, NULL);
  cw_test_application_free (app);
}

/* An error during the review shows in the dialog's own overlay, where the learner looks,
 * not in the window behind it. */
static void
test_review_error_in_dialog (void)
{
  CwApplication    *app = cw_test_application_new ();
  CwProgressStore  *progress = progress_of (app);
  CwWindow         *window;
  CwReviewDialog   *dialog;
  gint64            now = g_get_real_time () + 10 * DAY;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  g_auto(GStrv)     due = NULL;
  LabelIn           in_dialog;

  cw_progress_store_set_clock (progress, test_clock, &now);
  g_assert_true (cw_progress_store_set_learned (progress, "borrowing", TRUE, &error));
  g_assert_no_error (error);
  now += 2 * DAY;
  g_assert_true (is_due (progress, "borrowing"));

  window = cw_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));
  /* The first due lesson is the one shown (an earlier test's may be due again too). */
  due = cw_progress_store_dup_due_lessons (progress);
  g_assert_nonnull (due);
  g_assert_nonnull (due[0]);
  dialog = open_review (window);
  answer_all (dialog);

  /* No longer learned (another window, an import): recording the review must fail. */
  g_assert_true (cw_progress_store_set_learned (progress, due[0], FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (cw_progress_store_record_review (progress, due[0], TRUE, &expected));
  g_assert_error (expected, CW_PROGRESS_ERROR, CW_PROGRESS_ERROR_NOT_IN_REVIEW);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review.next", NULL));
  in_dialog.root = GTK_WIDGET (dialog);
  in_dialog.text = expected->message;
  g_assert_true (cw_test_wait_until (label_shown, &in_dialog, CW_TEST_FINISHES_MS));
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (dialog), expected->message));
  g_assert_null (cw_test_find_label_with_text (GTK_WIDGET (window), expected->message));

  gtk_window_close (GTK_WINDOW (dialog));
  cw_test_iterate (20);
  cw_progress_store_set_clock (progress, NULL, NULL);
  cw_test_application_free (app);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/review-dialog/records-and-closes", test_review_records_and_closes);
  g_test_add_func ("/review-dialog/error-in-dialog", test_review_error_in_dialog);

  return g_test_run ();
}
