/* test-lessons.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-code-view.h"
#include "cw-concept-map-page.h"
#include "cw-lessons-page.h"
#include "cw-search-page.h"
#include "cw-snippet-pair-view.h"
#include "cw-test-utils.h"
#include "cw-window.h"

/* The content pages on the real lesson database (CRABWISE_CONTENT_DB, set by meson). */

static CwWindow *
open_window (CwApplication *app,
             int            width,
             int            height)
{
  CwWindow *window = cw_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));

  return window;
}

static CwContentStore *
store_of (CwApplication *app)
{
  g_autoptr(GError) error = NULL;
  CwContentStore   *store = cw_application_get_content_store (app, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static CwLessonView *
lesson_view_of (CwWindow *window)
{
  return cw_lessons_page_get_lesson_view (CW_LESSONS_PAGE (cw_window_get_page (window, "lessons")));
}

static void
test_concept_map_shows_every_concept (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1200, 800);
  GListModel    *concepts = cw_content_store_get_concepts (store_of (app));
  GtkWidget     *page = cw_window_get_page (window, "concepts");
  GtkWidget     *column_view = cw_test_find_by_type (page, GTK_TYPE_COLUMN_VIEW);
  GListModel    *shown;
  guint          i;

  g_assert_true (CW_IS_CONCEPT_MAP_PAGE (page));
  g_assert_cmpstr (cw_window_get_section (window), ==, "concepts");
  g_assert_cmpuint (g_list_model_get_n_items (concepts), >=, 8);

  /* Wide: the table, with every concept, in authored order, each visible by name. */
  g_assert_true (gtk_widget_get_mapped (column_view));
  shown = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (concepts));
  for (i = 0; i < g_list_model_get_n_items (concepts); i++)
    {
      g_autoptr(CwConcept) concept = g_list_model_get_item (concepts, i);
      g_autoptr(CwConcept) row = g_list_model_get_item (shown, i);

      g_assert_true (concept == row);
      g_assert_nonnull (cw_test_find_label_with_text (column_view, cw_concept_get_name (concept)));
    }
  g_assert_nonnull (cw_test_find_label_with_text (column_view, "Memory management"));

  /* Sorting by the Concept column orders the rows by name. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (column_view),
                                  g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view)), 0),
                                  GTK_SORT_ASCENDING);
  for (i = 1; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwConcept) a = g_list_model_get_item (shown, i - 1);
      g_autoptr(CwConcept) b = g_list_model_get_item (shown, i);

      g_assert_cmpint (g_utf8_collate (cw_concept_get_name (a), cw_concept_get_name (b)), <=, 0);
    }
  g_object_unref (g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view)), 0));

  cw_test_application_free (app);
}

static void
test_concept_map_narrow_cards (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 400, 800);
  GtkWidget     *page = cw_window_get_page (window, "concepts");
  GtkWidget     *squeezer = cw_test_find_by_type (page, ADW_TYPE_SQUEEZER);
  GtkWidget     *table = cw_test_find_by_type (page, GTK_TYPE_COLUMN_VIEW);
  GtkWidget     *shown;
  GtkWidget     *cards;

  /* Narrow: a card per concept instead of a squeezed table. */
  shown = adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer));
  g_assert_false (gtk_widget_is_ancestor (table, shown));
  cards = cw_test_find_by_type (shown, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (cards);
  g_assert_true (gtk_widget_has_css_class (cards, "cw-concept-cards"));
  g_assert_true (gtk_widget_get_mapped (cards));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (cards)))), >=, 8);

  cw_test_application_free (app);
}

static void
test_activating_a_concept_opens_its_lesson (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1200, 800);
  GtkWidget     *page = cw_window_get_page (window, "concepts");
  GtkWidget     *column_view = cw_test_find_by_type (page, GTK_TYPE_COLUMN_VIEW);
  GListModel    *shown = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  guint          i;

  for (i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwConcept) concept = g_list_model_get_item (shown, i);
      CwLesson            *lesson;

      cw_window_show_section (window, "concepts");
      g_signal_emit_by_name (column_view, "activate", i);
      cw_test_iterate (20);

      g_assert_cmpstr (cw_window_get_section (window), ==, "lessons");
      lesson = cw_lesson_view_get_lesson (lesson_view_of (window));
      g_assert_nonnull (lesson);
      g_assert_cmpstr (cw_lesson_get_id (lesson), ==, cw_concept_get_lesson_id (concept));
    }

  cw_test_application_free (app);
}

static void
test_lesson_source_views (void)
{
  CwApplication        *app = cw_test_application_new ();
  CwWindow             *window = open_window (app, 1200, 900);
  g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store_of (app), "ownership");
  g_autoptr(CwSnippetPair) first = g_list_model_get_item (pairs, 0);
  GtkWidget            *pair_view;
  GtkWidget            *js;
  GtkWidget            *rust;
  g_autofree char      *js_code = NULL;
  g_autofree char      *rust_code = NULL;

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  cw_test_iterate (100);
  g_assert_false (cw_window_open_lesson (window, "no-such-lesson", 0));

  pair_view = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_SNIPPET_PAIR_VIEW);
  g_assert_nonnull (pair_view);
  js = cw_test_find_by_label (pair_view, "JavaScript code");
  rust = cw_test_find_by_label (pair_view, "Rust code");
  g_assert_true (CW_IS_CODE_VIEW (js));
  g_assert_true (CW_IS_CODE_VIEW (rust));

  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (js))))), ==, "js");
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (rust))))), ==, "rust");
  js_code = cw_code_view_dup_code (CW_CODE_VIEW (js));
  rust_code = cw_code_view_dup_code (CW_CODE_VIEW (rust));
  g_assert_cmpstr (js_code, ==, cw_snippet_pair_get_js_code (first));
  g_assert_cmpstr (rust_code, ==, cw_snippet_pair_get_rust_code (first));

  /* Side by side on a wide window: the Rust view sits to the right of the JavaScript one. */
  g_assert_false (cw_snippet_pair_view_is_stacked (CW_SNIPPET_PAIR_VIEW (pair_view)));

  /* The first ownership pair must not compile: it is marked, with rustc's message. */
  g_assert_true (cw_snippet_pair_get_must_fail (first));
  g_assert_cmpstr (cw_snippet_pair_get_rust_error_code (first), ==, "E0382");
  g_assert_nonnull (cw_test_find_label_with_text (pair_view, "Does not compile: E0382"));

  cw_test_application_free (app);
}

static void
test_lesson_narrow_stacks (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 420, 900);
  GtkWidget     *pair_view;

  g_assert_true (cw_window_open_lesson (window, "option", 0));
  cw_test_iterate (200);
  pair_view = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_SNIPPET_PAIR_VIEW);
  g_assert_true (gtk_widget_get_mapped (pair_view));
  g_assert_true (cw_snippet_pair_view_is_stacked (CW_SNIPPET_PAIR_VIEW (pair_view)));

  cw_test_application_free (app);
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_copy_puts_snippet_on_clipboard (void)
{
  CwApplication        *app = cw_test_application_new ();
  CwWindow             *window = open_window (app, 1200, 900);
  g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store_of (app), "ownership");
  g_autoptr(CwSnippetPair) first = g_list_model_get_item (pairs, 0);
  GtkWidget            *pair_view;
  GtkWidget            *copy_rust;
  GtkWidget            *copy_js;
  char                 *text = NULL;

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  cw_test_iterate (100);
  pair_view = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_SNIPPET_PAIR_VIEW);
  copy_rust = cw_test_find_by_label (pair_view, "Copy Rust");
  copy_js = cw_test_find_by_label (pair_view, "Copy JavaScript");
  g_assert_true (GTK_IS_BUTTON (copy_rust));
  g_assert_true (GTK_IS_BUTTON (copy_js));

  g_signal_emit_by_name (copy_rust, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (copy_rust), NULL, on_clipboard_text, &text);
  g_assert_true (cw_test_wait_until (is_set, &text, 5000));
  g_assert_cmpstr (text, ==, cw_snippet_pair_get_rust_code (first));
  g_clear_pointer (&text, g_free);

  g_signal_emit_by_name (copy_js, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (copy_js), NULL, on_clipboard_text, &text);
  g_assert_true (cw_test_wait_until (is_set, &text, 5000));
  g_assert_cmpstr (text, ==, cw_snippet_pair_get_js_code (first));
  g_clear_pointer (&text, g_free);

  cw_test_application_free (app);
}

static void
test_search_finds_borrow (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1200, 800);
  GtkWidget     *search;
  GListModel    *hits;
  gboolean       found = FALSE;
  guint          i;

  /* Ctrl+F's action shows the search page with the entry focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  cw_test_iterate (50);
  g_assert_cmpstr (cw_window_get_section (window), ==, "search");
  search = cw_window_get_page (window, "search");

  cw_search_page_set_text (CW_SEARCH_PAGE (search), "borrow");
  hits = cw_search_page_get_results (CW_SEARCH_PAGE (search));
  g_assert_nonnull (hits);
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  for (i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(CwSearchHit) hit = g_list_model_get_item (hits, i);

      if (g_strcmp0 (cw_search_hit_get_lesson_id (hit), "ownership") == 0)
        {
          found = TRUE;
          g_assert_nonnull (strstr (cw_search_hit_get_snippet (hit), "<b>"));
        }
    }
  g_assert_true (found);

  /* Enter opens the first result. */
  g_signal_emit_by_name (cw_test_find_by_type (search, GTK_TYPE_SEARCH_ENTRY), "activate");
  cw_test_iterate (50);
  g_assert_cmpstr (cw_window_get_section (window), ==, "lessons");
  g_assert_nonnull (cw_lesson_view_get_lesson (lesson_view_of (window)));

  /* Nothing found is said plainly. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  cw_search_page_set_text (CW_SEARCH_PAGE (search), "zzqxv");
  g_assert_cmpuint (g_list_model_get_n_items (cw_search_page_get_results (CW_SEARCH_PAGE (search))), ==, 0);
  g_assert_nonnull (cw_test_find_label_with_text (search, "No Results"));

  cw_test_application_free (app);
}

static void
test_open_in_new_window (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1000, 800);
  GList         *windows;
  CwWindow      *other = NULL;

  g_assert_true (cw_window_open_lesson (window, "errors", 0));
  g_assert_true (gtk_widget_activate_action (cw_window_get_page (window, "lessons"),
                                             "lessons.open-in-new-window", NULL));
  cw_test_iterate (200);

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (; windows != NULL; windows = windows->next)
    if (windows->data != window)
      other = windows->data;
  g_assert_true (CW_IS_WINDOW (other));
  g_assert_cmpstr (cw_window_get_section (other), ==, "lessons");
  g_assert_cmpstr (cw_lesson_get_id (cw_lesson_view_get_lesson (lesson_view_of (other))), ==, "errors");

  cw_test_application_free (app);
}

static void
test_missing_database_error_page (void)
{
  CwApplication *app;
  CwWindow      *window;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*lesson database*missing*");
      return;
    }

  g_setenv ("CRABWISE_CONTENT_DB", "/nonexistent/content.sqlite3", TRUE);
  app = cw_test_application_new ();
  window = open_window (app, 1000, 700);

  /* The window explains, instead of crashing or showing nothing. */
  g_assert_nonnull (cw_test_find_label_with_text (cw_window_get_page (window, "concepts"),
                                                  "Lessons Could Not Be Loaded"));
  g_assert_true (cw_application_had_content_error (app));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL) &&
                  g_strcmp0 (cw_window_get_section (window), "search") == 0);

  cw_test_application_free (app);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/lessons/concept-map/every-concept", test_concept_map_shows_every_concept);
  g_test_add_func ("/lessons/concept-map/narrow-cards", test_concept_map_narrow_cards);
  g_test_add_func ("/lessons/concept-map/activate-opens-lesson", test_activating_a_concept_opens_its_lesson);
  g_test_add_func ("/lessons/lesson/source-views", test_lesson_source_views);
  g_test_add_func ("/lessons/lesson/narrow-stacks", test_lesson_narrow_stacks);
  g_test_add_func ("/lessons/lesson/copy", test_copy_puts_snippet_on_clipboard);
  g_test_add_func ("/lessons/lesson/open-in-new-window", test_open_in_new_window);
  g_test_add_func ("/lessons/search/borrow", test_search_finds_borrow);
  g_test_add_func ("/lessons/missing-database", test_missing_database_error_page);

  return g_test_run ();
}
