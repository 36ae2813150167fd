/* test-progress.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cw-concept-map-page.h"
#include "cw-lab-page-private.h"
#include "cw-lessons-page.h"
#include "cw-paths.h"
#include "cw-progress-page-private.h"
#include "cw-quiz-view-private.h"
#include "cw-test-utils.h"
#include "cw-window-private.h"

/* The learner's progress in real windows, on a real progress file in a temporary
 * XDG_DATA_HOME (cw_test_init), shared by the tests of this program in order. */

static CwWindow *
open_window (CwApplication *app)
{
  CwWindow *window = cw_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  return window;
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

static GtkWidget *
lessons_page (CwWindow *window)
{
  return cw_window_get_page (window, "lessons");
}

static void
test_mark_learned_and_undo (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_window (app);
  CwProgressStore *progress = progress_of (app);
  GtkWidget       *toggle;
  GtkWidget       *table;

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  cw_test_iterate (50);
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress, "ownership", NULL), ==, CW_LESSON_IN_PROGRESS);

  toggle = cw_test_find_control (lessons_page (window), GTK_TYPE_TOGGLE_BUTTON, "Mark as Learned");
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  cw_test_iterate (50);
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress, "ownership", NULL), ==, CW_LESSON_LEARNED);

  /* The sidebar counts it, and the concept map shows it. */
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "1 of 33 lessons learned"));
  table = cw_test_find_by_label (cw_window_get_page (window, "concepts"), "Concept map");
  g_assert_nonnull (cw_test_find_label_with_text (table, "Learned"));

  /* Undo, as the toast's button does. */
  g_assert_true (gtk_widget_activate_action (lessons_page (window), "win.set-lesson-learned", "(sb)",
                                             "ownership", FALSE));
  cw_test_iterate (50);
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress, "ownership", NULL), ==, CW_LESSON_IN_PROGRESS);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "0 of 33 lessons learned"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  cw_test_iterate (20);

  cw_test_application_free (app);
}

static void
test_self_check_recorded (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_window (app);
  CwProgressStore *progress = progress_of (app);
  GtkWidget       *quiz;
  guint            choice = 99;
  gboolean         correct = FALSE;

  g_assert_true (cw_window_open_lesson (window, "option", 0));
  cw_test_iterate (50);
  quiz = cw_test_find_by_type (lessons_page (window), CW_TYPE_QUIZ_VIEW);
  g_assert_nonnull (quiz);
  g_assert_cmpuint (cw_quiz_view_get_n_questions (CW_QUIZ_VIEW (quiz)), >=, 2);

  /* Choose every choice of question 1 in turn; the last answer is what is recorded. */
  cw_quiz_view_answer (CW_QUIZ_VIEW (quiz), 1, 0);
  cw_quiz_view_answer (CW_QUIZ_VIEW (quiz), 1, 1);
  g_assert_true (cw_progress_store_get_answer (progress, "option", 1, &choice, &correct));
  g_assert_cmpuint (choice, ==, 1);

  /* Opened again, the answer is shown, with its feedback. */
  g_assert_true (cw_window_open_lesson (window, "errors", 0));
  g_assert_true (cw_window_open_lesson (window, "option", 0));
  cw_test_iterate (50);
  quiz = cw_test_find_by_type (lessons_page (window), CW_TYPE_QUIZ_VIEW);
  g_assert_cmpuint (cw_quiz_view_get_n_answered (CW_QUIZ_VIEW (quiz)), ==, 1);

  cw_test_application_free (app);
}

static void
test_notes_saved (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_window (app);
  CwProgressStore *progress = progress_of (app);
  GtkWidget       *notes;
  g_autofree char *saved = NULL;

  g_assert_true (cw_window_open_lesson (window, "mutability", 0));
  cw_test_iterate (50);
  notes = cw_test_find_control (lessons_page (window), GTK_TYPE_TEXT_VIEW, "Notes");
  g_assert_nonnull (notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "let mut is opt-in", -1);

  /* Saved after a pause in typing… */
  cw_test_iterate (900);
  saved = cw_progress_store_dup_note (progress, "mutability");
  g_assert_cmpstr (saved, ==, "let mut is opt-in");
  g_clear_pointer (&saved, g_free);

  /* …and at once when the lesson changes, without waiting. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "changed just before leaving", -1);
  g_assert_true (cw_window_open_lesson (window, "errors", 0));
  saved = cw_progress_store_dup_note (progress, "mutability");
  g_assert_cmpstr (saved, ==, "changed just before leaving");
  g_clear_pointer (&saved, g_free);

  /* …and when the window closes. */
  g_assert_true (cw_window_open_lesson (window, "mutability", 0));
  notes = cw_test_find_control (lessons_page (window), GTK_TYPE_TEXT_VIEW, "Notes");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "typed, then quit", -1);
  gtk_window_destroy (GTK_WINDOW (window));
  saved = cw_progress_store_dup_note (progress, "mutability");
  g_assert_cmpstr (saved, ==, "typed, then quit");

  cw_test_application_free (app);
}

static gboolean
lab_idle (gpointer data)
{
  return !cw_lab_page_get_running (CW_LAB_PAGE (data));
}

static void
test_progress_page_and_lab_history (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_window (app);
  CwProgressStore *progress = progress_of (app);
  CwLabPage       *lab = CW_LAB_PAGE (cw_window_get_page (window, "lab"));
  CwProgressPage  *page = CW_PROGRESS_PAGE (cw_window_get_page (window, "progress"));
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget       *streak_row;

  /* Where the learner left off: a new window opens on the last lesson. */
  g_assert_cmpstr (cw_window_get_section (window), ==, "lessons");

  g_assert_true (CW_IS_PROGRESS_PAGE (page));
  g_assert_cmpstr (cw_progress_page_get_text (page, "learned"), ==, "1 of 33 lessons");
  g_assert_nonnull (strstr (cw_progress_page_get_text (page, "accuracy"), "%"));

  /* Exercises passed, out of the course's, as the store counts them. */
  {
    GListModel           *exercises = cw_content_store_get_exercises (cw_application_get_content_store (app, NULL));
    g_autoptr(CwExercise) first = g_list_model_get_item (exercises, 0);
    g_autofree char      *none = g_strdup_printf ("0 of %u exercises", g_list_model_get_n_items (exercises));
    g_autofree char      *one = g_strdup_printf ("1 of %u exercises", g_list_model_get_n_items (exercises));
    g_autoptr(GError)     error = NULL;

    g_assert_cmpstr (cw_progress_page_get_text (page, "exercises"), ==, none);
    g_assert_true (cw_progress_store_record_attempt (progress, cw_exercise_get_id (first), FALSE, &error));
    g_assert_cmpstr (cw_progress_page_get_text (page, "exercises"), ==, none);
    g_assert_true (cw_progress_store_record_attempt (progress, cw_exercise_get_id (first), TRUE, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cw_progress_page_get_text (page, "exercises"), ==, one);
  }

  /* The streak shows only when the learner asks for it. */
  streak_row = gtk_widget_get_ancestor (cw_test_find_label_with_text (GTK_WIDGET (page),
                                                                    cw_progress_page_get_text (page, "streak")),
                                        ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (streak_row);
  g_settings_set_boolean (settings, "show-streak", FALSE);
  g_assert_false (gtk_widget_get_visible (streak_row));
  g_settings_set_boolean (settings, "show-streak", TRUE);
  g_assert_true (gtk_widget_get_visible (streak_row));
  g_assert_cmpstr (cw_progress_page_get_text (page, "streak"), ==, "1 day");
  g_settings_reset (settings, "show-streak");

  /* Every finished lab run lands in the history. */
  cw_window_show_section (window, "lab");
  cw_lab_page_set_n (lab, 21);
  cw_lab_page_set_algorithm (lab, CW_FIB_DOUBLING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_true (cw_test_wait_until (lab_idle, lab, CW_TEST_FINISHES_MS));
  cw_test_iterate (50);
  runs = cw_progress_store_list_fib_runs (progress, 10);
  g_assert_cmpuint (g_list_model_get_n_items (runs), >=, 1);
  g_assert_nonnull (cw_test_find_label_with_prefix (GTK_WIDGET (page), "fib(21), doubling — "));

  cw_test_application_free (app);
}

static void
count_calls (guint *count)
{
  (*count)++;
}

static gboolean
count_ticks (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
is_positive (gpointer data)
{
  return *(guint *) data > 0;
}

static GtkWidget *
page_spinner (CwProgressPage *page)
{
  GtkWidget *spinner = cw_test_find_by_type (GTK_WIDGET (page), GTK_TYPE_SPINNER);

  g_assert_nonnull (spinner);
  return spinner;
}

static gboolean
page_idle (gpointer data)
{
  return !gtk_widget_is_visible (page_spinner (data));
}

static void
test_export_reset_import (void)
{
  CwApplication    *app = cw_test_application_new ();
  CwWindow         *window = open_window (app);
  CwProgressStore  *progress = progress_of (app);
  CwProgressPage   *page = CW_PROGRESS_PAGE (cw_window_get_page (window, "progress"));
  g_autofree char  *path = g_build_filename (g_getenv ("CW_TEST_HOME"), "export.json", NULL);
  g_autofree char  *bad_path = g_build_filename (g_getenv ("CW_TEST_HOME"), "bad.json", NULL);
  g_autoptr(GFile)  file = g_file_new_for_path (path);
  g_autoptr(GFile)  bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char  *before = NULL;
  g_autofree char  *after = NULL;

  cw_progress_page_export_file (page, file);
  g_assert_true (cw_test_wait_until (page_idle, page, 30000));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  before = cw_progress_store_export_json (progress, &error);
  g_assert_no_error (error);

  g_assert_true (cw_progress_store_reset (progress, &error));
  g_assert_no_error (error);
  cw_test_iterate (20);
  g_assert_cmpuint (cw_progress_store_count_learned (progress), ==, 0);
  g_assert_cmpstr (cw_progress_page_get_text (page, "learned"), ==, "0 of 33 lessons");

  /* A malformed file: refused as a whole, with a message, and nothing changes. */
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"crabwise-progress\", \"version\": 1, \"lessons\": 7", -1, NULL));
  cw_progress_page_import_file (page, bad, CW_IMPORT_REPLACE);
  g_assert_true (cw_test_wait_until (page_idle, page, 30000));
  cw_test_iterate (50);
  g_assert_nonnull (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_test_message ("import error: %s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG))));
  gtk_window_destroy (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (cw_progress_store_count_learned (progress), ==, 0);

  cw_progress_page_import_file (page, file, CW_IMPORT_REPLACE);
  g_assert_true (cw_test_wait_until (page_idle, page, 30000));
  cw_test_iterate (20);
  g_assert_cmpuint (cw_progress_store_count_learned (progress), ==, 1);
  g_assert_cmpstr (cw_progress_page_get_text (page, "learned"), ==, "1 of 33 lessons");
  after = cw_progress_store_export_json (progress, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (after, "\"ownership\""));

  cw_test_application_free (app);
}

/* An import of 20,000 answers used to run on the main thread (200,000 froze the window for
 * ~6 s): the call must return with the work still to do, a spinner showing, and the main
 * loop must run while it is done. */
static void
test_import_in_background (void)
{
  CwApplication    *app = cw_test_application_new ();
  CwWindow         *window = open_window (app);
  CwProgressStore  *progress = progress_of (app);
  CwProgressPage   *page = CW_PROGRESS_PAGE (cw_window_get_page (window, "progress"));
  g_autofree char  *path = g_build_filename (g_getenv ("CW_TEST_HOME"), "big.json", NULL);
  g_autoptr(GFile)  file = g_file_new_for_path (path);
  GString          *json = g_string_new ("{\"format\": \"crabwise-progress\", \"version\": 1, \"answers\": [");
  guint             changed = 0;
  guint             ticks = 0;
  guint             before = 0;
  guint             after = 0;
  guint             tick_id;
  guint             i;

  for (i = 0; i < 20000; i++)
    g_string_append_printf (json, "%s{\"lesson\": \"ownership\", \"question\": %u, \"choice\": 1,"
                            " \"correct\": true, \"answered_at\": \"2024-03-01T12:00:%02u.%06uZ\"}",
                            i > 0 ? ", " : "", i % 3, i % 60, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  cw_window_show_section (window, "progress");
  cw_test_iterate (20);
  g_assert_true (cw_progress_store_get_accuracy (progress, NULL, &before));
  g_signal_connect_swapped (progress, "changed", G_CALLBACK (count_calls), &changed);
  tick_id = g_timeout_add (1, count_ticks, &ticks);

  cw_progress_page_import_file (page, file, CW_IMPORT_MERGE);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (gtk_widget_is_visible (page_spinner (page)));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (page_spinner (page))));

  g_assert_true (cw_test_wait_until (is_positive, &changed, 30000));
  g_assert_true (cw_test_wait_until (page_idle, page, 30000));
  g_source_remove (tick_id);
  g_test_message ("%u ticks of the main loop while the import ran", ticks);
  g_assert_cmpuint (ticks, >, 0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (cw_progress_store_get_accuracy (progress, NULL, &after));
  g_assert_cmpuint (after, ==, before + 20000);
  g_signal_handlers_disconnect_by_func (progress, count_calls, &changed);

  cw_test_application_free (app);
}

/* Progress for lessons this content does not have (an older version's lessons, or an
 * import that did not check ids): the sidebar counted them ("10 of 33 lessons learned")
 * while the map showed none. Rule: only the content's lessons are counted. */
static void
test_unknown_lessons_not_counted (void)
{
  CwApplication    *app = cw_test_application_new ();
  CwWindow         *window = open_window (app);
  CwProgressStore  *progress = progress_of (app);
  CwProgressPage   *page = CW_PROGRESS_PAGE (cw_window_get_page (window, "progress"));
  g_autoptr(GError) error = NULL;
  guint             i;

  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "1 of 33 lessons learned"));
  for (i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("removed-lesson-%u", i);

      g_assert_true (cw_progress_store_set_learned (progress, id, TRUE, &error));
      g_assert_no_error (error);
    }
  cw_test_iterate (20);

  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "1 of 33 lessons learned"));
  g_assert_cmpstr (cw_progress_page_get_text (page, "learned"), ==, "1 of 33 lessons");

  cw_test_application_free (app);
}

static void
test_damaged_file_explained (void)
{
  CwApplication *app;
  GtkWindow     *dialog;

  if (!g_test_subprocess ())
    {
      g_autofree char *data_home = g_build_filename (g_getenv ("CW_TEST_HOME"), "damaged", NULL);
      g_autofree char *dir = g_build_filename (data_home, APP_ID, NULL);
      g_autofree char *path = g_build_filename (dir, "progress.sqlite3", NULL);
      g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));

      /* A data folder whose progress file is not a database at all; the child process
       * (a fresh start) inherits it before anything reads XDG_DATA_HOME. */
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "this is not a database, just bytes", -1, NULL));
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("XDG_DATA_HOME", saved, TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  app = cw_test_application_new ();
  open_window (app);
  cw_test_iterate (200);

  /* The window says what happened and where the old file went; the app goes on. */
  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Your Progress File Was Damaged");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "progress.sqlite3.corrupt-"));
  g_assert_nonnull (cw_progress_store_get_recovered_from (progress_of (app)));
  g_assert_true (g_file_test (cw_progress_store_get_recovered_from (progress_of (app)), G_FILE_TEST_EXISTS));
  g_assert_true (cw_progress_store_mark_opened (progress_of (app), "types", NULL));

  cw_test_application_free (app);
}

/* A -wal from another database beside the learner's file: set aside, and the window says so. */
static void
test_stale_log_explained (void)
{
  CwApplication *app;
  GtkWindow     *dialog;

  if (!g_test_subprocess ())
    {
      g_autofree char *data_home = g_build_filename (g_getenv ("CW_TEST_HOME"), "stale", NULL);
      g_autofree char *dir = g_build_filename (data_home, APP_ID, NULL);
      g_autofree char *path = g_build_filename (dir, "progress.sqlite3", NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *other = g_build_filename (data_home, "other.sqlite3", NULL);
      g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
      g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));
      g_autofree char *bytes = NULL;
      gsize            length = 0;
      CwProgressStore *store;
      sqlite3         *db = NULL;

      store = cw_progress_store_new (dir, NULL);
      g_assert_nonnull (store);
      g_assert_true (cw_progress_store_set_learned (store, "ownership", TRUE, NULL));
      cw_progress_store_close (store);
      g_object_unref (store);

      g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE t (x);"
                                         "INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      sqlite3_close (db);
      g_assert_true (g_file_get_contents (other_wal, &bytes, &length, NULL));
      g_assert_true (g_file_set_contents (wal, bytes, length, NULL));

      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("XDG_DATA_HOME", saved, TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  app = cw_test_application_new ();
  open_window (app);
  cw_test_iterate (200);

  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "A Leftover Change Log Was Set Aside");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "progress.sqlite3.stale-"));
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress_of (app), "ownership", NULL), ==, CW_LESSON_LEARNED);

  cw_test_application_free (app);
}

/* A folder where the progress file should be: the window says what is in the way, and the
 * toast no longer promises that the next change will be saved. */
static void
test_not_a_file_explained (void)
{
  CwApplication *app;
  GtkWindow     *dialog;
  const char    *body;

  if (!g_test_subprocess ())
    {
      g_autofree char *data_home = g_build_filename (g_getenv ("CW_TEST_HOME"), "in-the-way", NULL);
      g_autofree char *path = g_build_filename (data_home, APP_ID, "progress.sqlite3", NULL);
      g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));

      g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("XDG_DATA_HOME", saved, TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  app = cw_test_application_new ();
  open_window (app);
  cw_test_iterate (200);

  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Your Progress Cannot Be Saved");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "progress.sqlite3 is a folder, not a file: move it away and restart Crabwise"));
  g_assert_cmpstr (body, ==, cw_progress_store_get_save_problem (progress_of (app)));
  g_assert_false (cw_progress_store_get_can_save (progress_of (app)));

  cw_test_application_free (app);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/progress/mark-learned-and-undo", test_mark_learned_and_undo);
  g_test_add_func ("/progress/self-check-recorded", test_self_check_recorded);
  g_test_add_func ("/progress/notes-saved", test_notes_saved);
  g_test_add_func ("/progress/page-and-lab-history", test_progress_page_and_lab_history);
  g_test_add_func ("/progress/export-reset-import", test_export_reset_import);
  g_test_add_func ("/progress/unknown-lessons-not-counted", test_unknown_lessons_not_counted);
  g_test_add_func ("/progress/import-in-background", test_import_in_background);
  g_test_add_func ("/progress/damaged-file-explained", test_damaged_file_explained);
  g_test_add_func ("/progress/stale-log-explained", test_stale_log_explained);
  g_test_add_func ("/progress/not-a-file-explained", test_not_a_file_explained);

  return g_test_run ();
}
