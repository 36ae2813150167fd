/* test-exercise-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-exercise-view.h"
#include "cw-lessons-page.h"
#include "cw-test-utils.h"

/* The exercise view on the real lesson database with the real rustc: a check underlines
 * the compiler's error where it is, a typed fix makes it go away and passes; the draft is
 * saved as the learner types; without rustc the view says how to get one. */

#define EXERCISE_ID "ownership-fix-move"
/* The starter's line that uses `name` after it moved (0-based), and the call that moves it. */
#define ERROR_LINE_TEXT "    format!(\"{description} Hello, {name}\")"
#define MOVE_TEXT       "describe(name)"

typedef struct
{
  char            *data_dir;
  CwProgressStore *progress;
  CwExercise      *exercise;
  GtkWindow       *window;
  CwExerciseView  *view;
} Fixture;

static CwExercise *
get_exercise (const char *id)
{
  CwApplication    *app = cw_test_application_new ();
  g_autoptr(GError) error = NULL;
  CwContentStore   *store = cw_application_get_content_store (app, &error);
  CwExercise       *exercise;

  g_assert_no_error (error);
  exercise = cw_content_store_get_exercise (store, id);
  g_assert_nonnull (exercise);
  g_object_ref (exercise);
  g_object_unref (app);

  return exercise;
}

static CwProgressStore *
open_store (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  CwProgressStore  *progress = cw_progress_store_new (data_dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (progress);

  return progress;
}

static gboolean
toolchain_ready (gpointer data)
{
  return cw_exercise_view_get_toolchain_ready (data);
}

static void
show_view (Fixture *fixture)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 900);
  fixture->view = CW_EXERCISE_VIEW (cw_exercise_view_new (fixture->exercise, fixture->progress, NULL));
  gtk_window_set_child (fixture->window, gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (gtk_window_get_child (fixture->window)),
                                 GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (fixture->view)));
  g_assert_true (cw_test_wait_until (toolchain_ready, fixture->view, CW_TEST_FINISHES_MS));
}

static void
fixture_setup (Fixture *fixture,
               const char *exercise_id)
{
  fixture->data_dir = g_dir_make_tmp ("crabwise-exercise-XXXXXX", NULL);
  g_assert_nonnull (fixture->data_dir);
  fixture->progress = open_store (fixture->data_dir);
  fixture->exercise = get_exercise (exercise_id);
  show_view (fixture);
}

static void
fixture_close_view (Fixture *fixture)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  fixture->view = NULL;
  cw_test_iterate (50);
}

static void
fixture_teardown (Fixture *fixture)
{
  g_autofree char *command = NULL;

  fixture_close_view (fixture);
  cw_progress_store_close (fixture->progress);
  g_assert_finalize_object (fixture->progress);
  g_clear_object (&fixture->exercise);
  command = g_strdup_printf ("rm -rf '%s'", fixture->data_dir);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->data_dir);
}

static GtkTextBuffer *
buffer_of (Fixture *fixture)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (cw_exercise_view_get_editor (fixture->view)));
}

static gboolean
check_done (gpointer data)
{
  return !cw_exercise_view_get_checking (data) && cw_exercise_view_get_result (data) != NULL;
}

static CwCheckResult *
run_check (Fixture *fixture)
{
  CwCheckResult *before = cw_exercise_view_get_result (fixture->view);

  if (before != NULL)
    g_object_ref (before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "exercise.check", NULL));
  g_assert_true (cw_exercise_view_get_checking (fixture->view));
  g_assert_true (cw_test_wait_until (check_done, fixture->view, CW_TEST_FINISHES_MS * 4));
  g_assert_true (cw_exercise_view_get_result (fixture->view) != before);
  g_clear_object (&before);

  return cw_exercise_view_get_result (fixture->view);
}

/* Line @line (0-based) of the buffer, without its newline. */
static char *
dup_line (GtkTextBuffer *buffer,
          int            line)
{
  GtkTextIter start;
  GtkTextIter end;

  g_assert_true (gtk_text_buffer_get_iter_at_line (buffer, &start, line));
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static int
find_line (GtkTextBuffer *buffer,
           const char    *text)
{
  int i;

  for (i = 0; i < gtk_text_buffer_get_line_count (buffer); i++)
    {
      g_autofree char *line = dup_line (buffer, i);

      if (g_strcmp0 (line, text) == 0)
        return i;
    }

  return -1;
}

/* The lines that carry @tag_name somewhere, as a bit set of line numbers. */
static guint64
tagged_lines (GtkTextBuffer *buffer,
              const char    *tag_name)
{
  GtkTextTag  *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter  iter;
  guint64      lines = 0;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      if (gtk_text_iter_has_tag (&iter, tag))
        lines |= G_GUINT64_CONSTANT (1) << MIN (gtk_text_iter_get_line (&iter), 63);
    }
  while (gtk_text_iter_forward_char (&iter));

  return lines;
}

static void
type_at (GtkTextBuffer *buffer,
         GtkTextIter   *iter,
         const char    *text)
{
  /* As the keyboard does it: one interactive insertion per character. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_assert_true (gtk_text_buffer_insert_interactive (buffer, iter, p, g_utf8_next_char (p) - p, TRUE));
      cw_test_iterate (1);
    }
}

static gboolean
text_contains (gpointer data)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (data);
  g_autofree char *text = NULL;
  GtkTextIter      start;
  GtkTextIter      end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* rustc --explain E0382: "A variable was used after its contents have been moved elsewhere." */
  return strstr (text, "moved") != NULL;
}

/* Explain shows what `rustc --explain CODE` says, in a dialog. */
static void
check_explain (GtkWidget *explain)
{
  GtkWindow *dialog;
  GtkWidget *text;

  g_signal_emit_by_name (explain, "clicked");
  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Error E0382");
  text = cw_test_find_by_label (GTK_WIDGET (dialog), "Explanation");
  g_assert_true (GTK_IS_TEXT_VIEW (text));
  g_assert_true (cw_test_wait_until (text_contains, text, CW_TEST_FINISHES_MS));
  gtk_window_destroy (dialog);
  cw_test_iterate (20);
}

static void
test_check_underlines_then_passes (void)
{
  Fixture                       fixture = { 0, };
  g_autoptr(CwExerciseProgress) state = NULL;
  GtkTextBuffer                *buffer;
  CwCheckResult                *result;
  GtkTextIter                   start;
  GtkTextIter                   end;
  GSList                       *marks;
  GtkWidget                    *explain;
  g_autofree char              *row_title = NULL;
  int                           error_line;

  fixture_setup (&fixture, EXERCISE_ID);
  buffer = buffer_of (&fixture);

  /* The starter, in an editable Rust editor, and Check is possible. */
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (cw_exercise_view_get_editor (fixture.view))));
  {
    /* The editor scrolls sideways only: the wheel over it scrolls the lesson. */
    GtkWidget            *scroller = gtk_widget_get_parent (GTK_WIDGET (cw_exercise_view_get_editor (fixture.view)));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (scroller);
    gboolean              passes_wheel = FALSE;

    for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

        passes_wheel |= g_strcmp0 (gtk_event_controller_get_name (controller), "cw-scroll-through") == 0;
      }
    g_assert_true (passes_wheel);
  }
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (buffer))),
                   ==, "rust");
  error_line = find_line (buffer, ERROR_LINE_TEXT);
  g_assert_cmpint (error_line, >, 0);
  g_assert_cmpuint (tagged_lines (buffer, CW_EXERCISE_VIEW_ERROR_TAG), ==, 0);

  /* The starter does not compile: E0382 is underlined on the line that uses the moved name,
   * marked in the gutter and listed with its line. */
  result = run_check (&fixture);
  g_assert_cmpint (cw_check_result_get_verdict (result), ==, CW_CHECK_VERDICT_COMPILE_FAILED);
  g_assert_cmpuint (tagged_lines (buffer, CW_EXERCISE_VIEW_ERROR_TAG) & (G_GUINT64_CONSTANT (1) << error_line),
                    !=, 0);
  marks = gtk_source_buffer_get_source_marks_at_line (GTK_SOURCE_BUFFER (buffer), error_line, "cw-error");
  g_assert_nonnull (marks);
  {
    /* The gutter mark's tooltip is rustc's message for its line. */
    GtkSourceMarkAttributes *attributes;
    g_autofree char         *tip = NULL;

    attributes = gtk_source_view_get_mark_attributes (cw_exercise_view_get_editor (fixture.view),
                                                      "cw-error", NULL);
    tip = gtk_source_mark_attributes_get_tooltip_text (attributes, marks->data);
    g_assert_nonnull (strstr (tip, "borrow of moved value"));
  }
  g_slist_free (marks);
  row_title = g_strdup_printf ("error[E0382]: borrow of moved value: `name` — line %d", error_line + 1);
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (fixture.view), row_title));
  {
    /* Activating the row puts the cursor on that line. */
    GtkWidget  *row = gtk_widget_get_ancestor (cw_test_find_label_with_text (GTK_WIDGET (fixture.view),
                                                                             row_title),
                                               GTK_TYPE_LIST_BOX_ROW);
    GtkTextIter cursor;

    g_assert_nonnull (row);
    gtk_text_buffer_get_start_iter (buffer, &cursor);
    gtk_text_buffer_place_cursor (buffer, &cursor);
    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
    gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
    g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, error_line);
  }
  explain = gtk_widget_get_ancestor (cw_test_find_label_with_text (GTK_WIDGET (fixture.view), "Explain"),
                                     GTK_TYPE_BUTTON);
  g_assert_nonnull (explain);
  /* Named once, by what it shows. */
  g_assert_true (cw_test_find_control (GTK_WIDGET (fixture.view), GTK_TYPE_BUTTON, "Explain") == explain);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (explain)), ==, "exercise.explain");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (explain)), NULL),
                   ==, "E0382");
  check_explain (explain);

  /* Typing the fix: `describe(name)` becomes `describe(name.clone())`. */
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, MOVE_TEXT, 0, NULL, &end, NULL));
  gtk_text_iter_backward_char (&end);
  type_at (buffer, &end, ".clone()");

  result = run_check (&fixture);
  g_assert_cmpint (cw_check_result_get_verdict (result), ==, CW_CHECK_VERDICT_PASSED);
  g_assert_cmpuint (tagged_lines (buffer, CW_EXERCISE_VIEW_ERROR_TAG), ==, 0);
  g_assert_cmpuint (tagged_lines (buffer, CW_EXERCISE_VIEW_WARNING_TAG), ==, 0);
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (fixture.view), "All tests passed"));

  /* Both checks are attempts; the second passed. */
  state = cw_progress_store_get_exercise (fixture.progress, EXERCISE_ID, NULL);
  g_assert_nonnull (state);
  g_assert_cmpint (state->state, ==, CW_EXERCISE_PASSED);
  g_assert_cmpuint (state->attempts, ==, 2);
  g_assert_nonnull (state->draft);
  g_assert_nonnull (strstr (state->draft, "describe(name.clone())"));

  fixture_teardown (&fixture);
}

static gboolean
draft_saved (gpointer data)
{
  Fixture                       *fixture = data;
  g_autoptr(CwExerciseProgress)  state = NULL;

  state = cw_progress_store_get_exercise (fixture->progress, EXERCISE_ID, NULL);

  return state != NULL && state->draft != NULL && strstr (state->draft, "// mine") != NULL;
}

static void
test_draft_is_saved (void)
{
  Fixture                       fixture = { 0, };
  g_autoptr(CwExerciseProgress) state = NULL;
  g_autofree char              *typed = NULL;
  GtkTextBuffer                *buffer;
  GtkTextIter                   iter;

  fixture_setup (&fixture, EXERCISE_ID);
  buffer = buffer_of (&fixture);

  /* Saved while the learner types, without leaving: the debounce fires on its own. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  type_at (buffer, &iter, "// mine\n");
  g_assert_true (cw_test_wait_until (draft_saved, &fixture, CW_TEST_FINISHES_MS));

  /* Typed just before the view goes: saved when it goes. */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  type_at (buffer, &iter, "// last words\n");
  {
    GtkTextIter start;
    GtkTextIter end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    typed = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  }
  fixture_close_view (&fixture);

  /* Reopened from disk, the store has it all; a new view shows it. */
  cw_progress_store_close (fixture.progress);
  g_assert_finalize_object (fixture.progress);
  fixture.progress = open_store (fixture.data_dir);
  state = cw_progress_store_get_exercise (fixture.progress, EXERCISE_ID, NULL);
  g_assert_nonnull (state);
  g_assert_cmpstr (state->draft, ==, typed);

  show_view (&fixture);
  buffer = buffer_of (&fixture);
  {
    GtkTextIter start;
    GtkTextIter end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, typed);
  }

  /* Reset puts the starter back, and it can be undone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.reset", NULL));
  {
    GtkTextIter start;
    GtkTextIter end;
    g_autofree char *reset = NULL;
    g_autofree char *undone = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    reset = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (reset, ==, cw_exercise_get_starter (fixture.exercise));
    g_assert_true (gtk_text_buffer_get_can_undo (buffer));
    gtk_text_buffer_undo (buffer);
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    undone = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (undone, ==, typed);
  }

  fixture_teardown (&fixture);
}

static void
test_hints_and_solution (void)
{
  Fixture                       fixture = { 0, };
  g_autoptr(CwExerciseProgress) state = NULL;
  GtkWidget                    *solution;
  guint                         i;

  fixture_setup (&fixture, EXERCISE_ID);

  /* Hints one at a time, each recorded, no more than there are. */
  for (i = 1; i <= 3; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("Hint %u:", i);

      g_assert_null (cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view), prefix));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.show-hint", NULL));
      g_assert_nonnull (cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view), prefix));
    }
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.show-hint", NULL) &&
                  cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view), "Hint 4:") != NULL);
  state = cw_progress_store_get_exercise (fixture.progress, EXERCISE_ID, NULL);
  g_assert_cmpuint (state->hints_shown, ==, 3);
  g_clear_pointer (&state, cw_exercise_progress_free);

  /* No solution before an attempt. */
  solution = cw_test_find_by_label (GTK_WIDGET (fixture.view), "Solution code");
  g_assert_nonnull (solution);
  gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.show-solution", NULL);
  g_assert_false (gtk_widget_is_visible (solution));

  /* After one, it is shown, recorded, and stays. */
  run_check (&fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.show-solution", NULL));
  g_assert_true (gtk_widget_is_visible (solution));
  state = cw_progress_store_get_exercise (fixture.progress, EXERCISE_ID, NULL);
  g_assert_true (state->solution_revealed);

  fixture_close_view (&fixture);
  show_view (&fixture);
  solution = cw_test_find_by_label (GTK_WIDGET (fixture.view), "Solution code");
  g_assert_true (gtk_widget_is_visible (solution));
  g_assert_nonnull (cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view), "Hint 3:"));

  fixture_teardown (&fixture);
}

static void
test_no_toolchain (void)
{
  Fixture                       fixture = { 0, };
  g_autoptr(CwExerciseProgress) state = NULL;
  GtkWidget                    *label;
  GtkWidget                    *solution;
  const char                   *text;

  g_setenv ("CRABWISE_RUSTC", "/nonexistent", TRUE);
  fixture_setup (&fixture, EXERCISE_ID);
  g_unsetenv ("CRABWISE_RUSTC");

  /* It says exactly how to get rustc, everywhere it may run. */
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (fixture.view), "Checking needs the Rust compiler"));
  label = cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view), "Debian 12:");
  g_assert_nonnull (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_assert_nonnull (strstr (text, "sudo apt install rustc-web"));
  g_assert_nonnull (strstr (text, "https://rustup.rs"));
  g_assert_nonnull (strstr (text, "flatpak install flathub org.freedesktop.Sdk.Extension.rust-stable//" FLATPAK_SDK_BRANCH));
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (fixture.view), "No Rust compiler"));

  /* Check cannot run; the statement stays readable and the solution can be asked for. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.check", NULL) &&
                  cw_exercise_view_get_checking (fixture.view));
  g_assert_false (cw_exercise_view_get_checking (fixture.view));
  g_assert_nonnull (cw_test_find_label_with_prefix (GTK_WIDGET (fixture.view),
                                                    cw_exercise_get_title (fixture.exercise)));
  solution = cw_test_find_by_label (GTK_WIDGET (fixture.view), "Solution code");
  g_assert_false (gtk_widget_is_visible (solution));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "exercise.show-solution-anyway", NULL));
  g_assert_true (gtk_widget_is_visible (solution));
  state = cw_progress_store_get_exercise (fixture.progress, EXERCISE_ID, NULL);
  g_assert_true (state->solution_revealed);
  g_assert_cmpuint (state->attempts, ==, 0);

  fixture_teardown (&fixture);
}

/* The lesson list says how many of each lesson's exercises are passed, and keeps it current. */
static void
test_lesson_rows_count_passed (void)
{
  CwApplication    *app = cw_test_application_new ();
  g_autoptr(GError) error = NULL;
  CwContentStore   *store = cw_application_get_content_store (app, &error);
  g_autofree char  *data_dir = g_dir_make_tmp ("crabwise-exercise-XXXXXX", NULL);
  g_autofree char  *command = NULL;
  CwProgressStore  *progress = open_store (data_dir);
  g_autoptr(GListModel) exercises = NULL;
  GtkWidget        *page;

  g_assert_no_error (error);
  page = g_object_ref_sink (cw_lessons_page_new (store, progress, NULL));

  /* The ownership lesson has two exercises (content: ownership-fix-move, -take-longest). */
  exercises = cw_content_store_list_exercises (store, "ownership");
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, 2);
  g_assert_nonnull (cw_test_find_label_with_text (page, "0 of 2 exercises passed"));
  g_assert_null (cw_test_find_label_with_text (page, "1 of 2 exercises passed"));

  g_assert_true (cw_progress_store_record_attempt (progress, EXERCISE_ID, FALSE, &error));
  g_assert_no_error (error);
  g_assert_null (cw_test_find_label_with_text (page, "1 of 2 exercises passed"));
  g_assert_true (cw_progress_store_record_attempt (progress, EXERCISE_ID, TRUE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cw_test_find_label_with_text (page, "1 of 2 exercises passed"));

  g_object_unref (page);
  cw_progress_store_close (progress);
  g_object_unref (progress);
  command = g_strdup_printf ("rm -rf '%s'", data_dir);
  g_assert_cmpint (system (command), ==, 0);
  g_object_unref (app);
}

int
main (int    argc,
      char **argv)
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/exercise-view/check-underlines-then-passes", test_check_underlines_then_passes);
  g_test_add_func ("/exercise-view/draft-is-saved", test_draft_is_saved);
  g_test_add_func ("/exercise-view/hints-and-solution", test_hints_and_solution);
  g_test_add_func ("/exercise-view/no-toolchain", test_no_toolchain);
  g_test_add_func ("/exercise-view/lesson-rows-count-passed", test_lesson_rows_count_passed);

  return g_test_run ();
}
