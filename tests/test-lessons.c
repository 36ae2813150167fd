/* test-lessons.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "cw-code-view.h"
#include "cw-concept-map-page.h"
#include "cw-concept-row-private.h"
#include "cw-lessons-page.h"
#include "cw-prose-view.h"
#include "cw-search-page-private.h"
#include "cw-snippet-pair-view-private.h"
#include "cw-test-utils.h"
#include "cw-window-private.h"

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

/* The concept map's rows, in the order shown. */
static GPtrArray *
concept_rows (GtkWidget *page)
{
  GtkWidget *list = cw_test_find_by_label (page, "Concept map");
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *child;

  g_assert_true (GTK_IS_LIST_BOX (list));
  for (child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

static CwConcept *
concept_of (GtkWidget *row)
{
  return cw_concept_row_get_concept (CW_CONCEPT_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))));
}

static gboolean
rows_are_laid_out (gpointer data)
{
  GtkWidget *page = data;
  g_autoptr(GPtrArray) rows = concept_rows (page);

  return rows->len > 0 && gtk_widget_get_mapped (g_ptr_array_index (rows, 0)) &&
         gtk_widget_get_width (g_ptr_array_index (rows, 0)) > 0;
}

static void
test_concept_map_shows_every_concept (void)
{
  CwApplication       *app = cw_test_application_new ();
  CwWindow            *window = open_window (app, 1200, 800);
  GListModel          *concepts = cw_content_store_get_concepts (store_of (app));
  GtkWidget           *page = cw_window_get_page (window, "concepts");
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget           *sort_by_concept;
  guint                i;

  g_assert_true (CW_IS_CONCEPT_MAP_PAGE (page));
  g_assert_cmpstr (cw_window_get_section (window), ==, "concepts");
  g_assert_cmpuint (g_list_model_get_n_items (concepts), >=, 8);
  g_assert_true (cw_test_wait_until (rows_are_laid_out, page, CW_TEST_FINISHES_MS));

  /* Wide: a table row per concept, in authored order, each visible and named after it. */
  rows = concept_rows (page);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (concepts));
  for (i = 0; i < g_list_model_get_n_items (concepts); i++)
    {
      g_autoptr(CwConcept) concept = g_list_model_get_item (concepts, i);
      GtkWidget           *row = g_ptr_array_index (rows, i);
      g_autofree char     *mismatch = NULL;

      g_assert_true (concept == concept_of (row));
      g_assert_nonnull (cw_test_find_label_with_text (row, cw_concept_get_name (concept)));
      g_assert_false (cw_concept_row_is_card (CW_CONCEPT_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))));
      /* One accessible name, the concept's (issue 9, 3.5: rows were "GtkListItemWidget"). */
      mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     cw_concept_get_name (concept));
      g_assert_null (mismatch);
    }
  g_assert_nonnull (cw_test_find_label_with_text (page, "Memory management"));

  /* In the course's order, each part's title heads its first row, and only that one. */
  for (i = 0; i < rows->len; i++)
    {
      GtkListBoxRow *row = g_ptr_array_index (rows, i);
      const char    *part = cw_concept_get_part_id (concept_of (GTK_WIDGET (row)));
      gboolean       first = i == 0 ||
        g_strcmp0 (part, cw_concept_get_part_id (concept_of (g_ptr_array_index (rows, i - 1)))) != 0;
      GtkWidget     *header = gtk_list_box_row_get_header (row);

      g_assert_true ((header != NULL) == first);
      if (header != NULL)
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==,
                         cw_part_get_title (cw_content_store_get_part (store_of (app), part)));
    }
  g_assert_nonnull (cw_test_find_label_with_text (page, "Ownership"));

  /* Sorting by the Concept column orders the rows by name. */
  sort_by_concept = gtk_widget_get_ancestor (cw_test_find_label_with_text (page, "Concept"),
                                             GTK_TYPE_BUTTON);
  g_assert_nonnull (sort_by_concept);
  g_signal_emit_by_name (sort_by_concept, "clicked");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = concept_rows (page);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (concepts));
  for (i = 1; i < rows->len; i++)
    g_assert_cmpint (g_utf8_collate (cw_concept_get_name (concept_of (g_ptr_array_index (rows, i - 1))),
                                     cw_concept_get_name (concept_of (g_ptr_array_index (rows, i)))), <=, 0);
  /* Sorted by a column, parts would repeat: no part titles. */
  for (i = 0; i < rows->len; i++)
    g_assert_null (gtk_list_box_row_get_header (g_ptr_array_index (rows, i)));

  cw_test_application_free (app);
}

static gboolean
first_row_is_card (gpointer data)
{
  g_autoptr(GPtrArray) rows = concept_rows (data);

  return rows_are_laid_out (data) &&
         cw_concept_row_is_card (CW_CONCEPT_ROW (gtk_list_box_row_get_child (g_ptr_array_index (rows, 0))));
}

static void
test_concept_map_narrow_cards (void)
{
  CwApplication       *app = cw_test_application_new ();
  CwWindow            *window = open_window (app, 400, 800);
  GtkWidget           *page = cw_window_get_page (window, "concepts");
  g_autoptr(GPtrArray) rows = NULL;
  guint                i;

  /* Narrow: a card per concept instead of a squeezed table, each named after its concept
   * (issue 9, 3.5: the cards had empty names). */
  g_assert_true (cw_test_wait_until (first_row_is_card, page, CW_TEST_FINISHES_MS));
  rows = concept_rows (page);
  g_assert_cmpuint (rows->len, >=, 8);
  for (i = 0; i < rows->len; i++)
    {
      GtkWidget       *row = g_ptr_array_index (rows, i);
      g_autofree char *mismatch = NULL;

      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_true (cw_concept_row_is_card (CW_CONCEPT_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))));
      mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     cw_concept_get_name (concept_of (row)));
      g_assert_null (mismatch);
    }

  cw_test_application_free (app);
}

static void
test_activating_a_concept_opens_its_lesson (void)
{
  CwApplication       *app = cw_test_application_new ();
  CwWindow            *window = open_window (app, 1200, 800);
  GtkWidget           *page = cw_window_get_page (window, "concepts");
  g_autoptr(GPtrArray) rows = concept_rows (page);
  guint                i;

  for (i = 0; i < rows->len; i++)
    {
      CwConcept *concept = concept_of (g_ptr_array_index (rows, i));
      CwLesson  *lesson;

      cw_window_show_section (window, "concepts");
      g_signal_emit_by_name (g_ptr_array_index (rows, i), "activate");

      g_assert_cmpstr (cw_window_get_section (window), ==, "lessons");
      lesson = cw_lesson_view_get_lesson (lesson_view_of (window));
      g_assert_nonnull (lesson);
      g_assert_cmpstr (cw_lesson_get_id (lesson), ==, cw_concept_get_lesson_id (concept));
    }

  cw_test_application_free (app);
}

static gboolean
has_undo (gpointer data)
{
  return cw_test_find_label_with_text (GTK_WIDGET (data), "_Undo") != NULL ||
         cw_test_find_label_with_text (GTK_WIDGET (data), "Undo") != NULL;
}

static GtkWidget *
undo_button (CwWindow *window)
{
  GtkWidget *label = cw_test_find_label_with_text (GTK_WIDGET (window), "_Undo");

  if (label == NULL)
    label = cw_test_find_label_with_text (GTK_WIDGET (window), "Undo");

  return label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;
}

/* Issue 9, 3.2: the toast's Undo named an action only the lessons page had, and the toast
 * lives in the window's overlay, where it could not be found: Undo was always disabled. */
static void
test_learned_toast_undo (void)
{
  CwApplication   *app = cw_test_application_new ();
  CwWindow        *window = open_window (app, 1200, 900);
  g_autoptr(GError) error = NULL;
  CwProgressStore *progress = cw_application_get_progress_store (app, &error);
  GtkWidget       *toggle;
  GtkWidget       *undo;

  g_assert_no_error (error);
  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  toggle = cw_test_find_control (cw_window_get_page (window, "lessons"), GTK_TYPE_TOGGLE_BUTTON,
                                 "Mark as Learned");
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress, "ownership", NULL), ==, CW_LESSON_LEARNED);

  g_assert_true (cw_test_wait_until (has_undo, window, CW_TEST_FINISHES_MS));
  undo = undo_button (window);
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_is_sensitive (undo));
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpint (cw_progress_store_get_lesson_state (progress, "ownership", NULL), ==, CW_LESSON_IN_PROGRESS);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

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

static gboolean
pair_is_stacked (gpointer data)
{
  GtkWidget *pair_view = data;

  return gtk_widget_get_mapped (pair_view) &&
         cw_snippet_pair_view_is_stacked (CW_SNIPPET_PAIR_VIEW (pair_view));
}

static void
test_lesson_narrow_stacks (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 420, 900);
  GtkWidget     *pair_view;

  g_assert_true (cw_window_open_lesson (window, "option", 0));
  pair_view = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_SNIPPET_PAIR_VIEW);
  g_assert_nonnull (pair_view);
  /* Layout happens on the frame clock: wait for it, however long a busy machine takes. */
  g_assert_true (cw_test_wait_until (pair_is_stacked, pair_view, CW_TEST_FINISHES_MS));

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
  g_assert_true (cw_test_wait_until (is_set, &text, CW_TEST_FINISHES_MS));
  g_assert_cmpstr (text, ==, cw_snippet_pair_get_rust_code (first));
  g_clear_pointer (&text, g_free);

  g_signal_emit_by_name (copy_js, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (copy_js), NULL, on_clipboard_text, &text);
  g_assert_true (cw_test_wait_until (is_set, &text, CW_TEST_FINISHES_MS));
  g_assert_cmpstr (text, ==, cw_snippet_pair_get_js_code (first));
  g_clear_pointer (&text, g_free);

  cw_test_application_free (app);
}

/* Code in the prose (a Cargo.toml, a shell command) is a highlighted, copyable block of its
 * own, not text run into the paragraphs around it. */
static void
test_prose_code_blocks (void)
{
  CwApplication        *app = cw_test_application_new ();
  CwWindow             *window = open_window (app, 1200, 900);
  g_autoptr(GListModel) blocks = cw_content_store_list_intro_blocks (store_of (app), "napi");
  CwContentBlock       *manifest = NULL;
  GtkWidget            *prose;
  GtkWidget            *code;
  GtkWidget            *copy;
  g_autofree char      *shown = NULL;
  g_autofree char      *expected = NULL;
  char                 *text = NULL;
  guint                 i;

  for (i = 0; i < g_list_model_get_n_items (blocks) && manifest == NULL; i++)
    {
      CwContentBlock *block = g_list_model_get_item (blocks, i);

      if (g_str_equal (cw_content_block_get_kind (block), "code"))
        manifest = block;
      else
        g_object_unref (block);
    }
  g_assert_nonnull (manifest);
  g_assert_cmpstr (cw_content_block_get_language (manifest), ==, "toml");

  g_assert_true (cw_window_open_lesson (window, "napi", 0));
  cw_test_iterate (100);
  prose = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_PROSE_VIEW);
  g_assert_nonnull (prose);
  code = cw_test_find_by_label (prose, "Code");
  g_assert_true (CW_IS_CODE_VIEW (code));
  g_assert_cmpstr (cw_code_view_get_language (CW_CODE_VIEW (code)), ==, "toml");
  shown = cw_code_view_dup_code (CW_CODE_VIEW (code));
  expected = g_strchomp (g_strdup (cw_content_block_get_text (manifest)));
  g_assert_cmpstr (shown, ==, expected);
  g_assert_null (cw_test_find_label_with_prefix (prose, "[package]"));

  /* Prose keeps a reading measure on a wide window; the pairs below use the width. */
  g_assert_true (cw_test_wait_mapped (prose));
  cw_test_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (prose), >, 0);
  g_assert_cmpint (gtk_widget_get_width (prose), <,
                   gtk_widget_get_width (gtk_widget_get_parent (prose)) * 4 / 5);
  /* …and it is as tall as its paragraphs wrapped at that width: nothing runs into the pair
   * below it. */
  {
    int needed;
    GtkWidget *next = gtk_widget_get_next_sibling (prose);
    graphene_rect_t prose_bounds, next_bounds;

    gtk_widget_measure (prose, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (prose),
                        &needed, NULL, NULL, NULL);
    g_assert_cmpint (gtk_widget_get_height (prose), >=, needed);
    g_assert_nonnull (next);
    g_assert_true (gtk_widget_compute_bounds (prose, gtk_widget_get_parent (prose), &prose_bounds));
    g_assert_true (gtk_widget_compute_bounds (next, gtk_widget_get_parent (prose), &next_bounds));
    g_assert_cmpfloat (next_bounds.origin.y, >=, prose_bounds.origin.y + prose_bounds.size.height);
  }

  copy = cw_test_find_by_label (prose, "Copy code");
  g_assert_true (GTK_IS_BUTTON (copy));
  g_signal_emit_by_name (copy, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (copy), NULL, on_clipboard_text, &text);
  g_assert_true (cw_test_wait_until (is_set, &text, CW_TEST_FINISHES_MS));
  g_assert_cmpstr (text, ==, expected);
  g_free (text);

  g_object_unref (manifest);
  cw_test_application_free (app);
}

/* Line-mapped pairs: a line of one snippet lights the lines the authors tied to it in the
 * other, by pointer and by keyboard, and says so to a screen reader. No snippet shows an
 * extra, empty last line. */
static void
test_pair_line_links (void)
{
  CwApplication        *app = cw_test_application_new ();
  CwWindow             *window = open_window (app, 1200, 900);
  g_autoptr(GListModel) pairs = cw_content_store_list_pairs (store_of (app), "ownership");
  g_autoptr(CwSnippetPair) first = g_list_model_get_item (pairs, 0);
  const char * const   *marks = cw_snippet_pair_get_marks (first, CW_SIDE_JAVASCRIPT);
  g_autoptr(GArray)     expected = NULL;
  CwSnippetPairView    *pair_view;
  GtkWidget            *js;
  GtkWidget            *rust;
  GArray               *lit;
  GtkTextBuffer        *buffer;
  GtkTextIter           iter;
  guint                 line;
  guint                 i;

  g_assert_nonnull (marks);
  line = (guint) g_ascii_strtoull (marks[0], NULL, 10);
  expected = cw_snippet_pair_get_corresponding_lines (first, CW_SIDE_JAVASCRIPT, line);
  g_assert_cmpuint (expected->len, >, 0);

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  cw_test_iterate (100);
  pair_view = CW_SNIPPET_PAIR_VIEW (cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)),
                                                          CW_TYPE_SNIPPET_PAIR_VIEW));
  js = cw_snippet_pair_view_get_code_view (pair_view, CW_SIDE_JAVASCRIPT);
  rust = cw_snippet_pair_view_get_code_view (pair_view, CW_SIDE_RUST);

  /* The code ends with a newline; the view shows no empty line for it, copying keeps it. */
  g_assert_true (g_str_has_suffix (cw_snippet_pair_get_rust_code (first), "\n"));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rust));
  gtk_text_buffer_get_end_iter (buffer, &iter);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&iter), >, 0);

  /* Nothing lit until a line is pointed at. */
  g_assert_cmpuint (cw_snippet_pair_view_get_lit_lines (pair_view, CW_SIDE_RUST)->len, ==, 0);

  /* By pointer */
  cw_snippet_pair_view_point_at_line (pair_view, CW_SIDE_JAVASCRIPT, line);
  lit = cw_snippet_pair_view_get_lit_lines (pair_view, CW_SIDE_RUST);
  g_assert_cmpuint (lit->len, ==, expected->len);
  for (i = 0; i < lit->len; i++)
    g_assert_cmpuint (g_array_index (lit, guint, i), ==, g_array_index (expected, guint, i));
  lit = cw_snippet_pair_view_get_lit_lines (pair_view, CW_SIDE_JAVASCRIPT);
  g_assert_cmpuint (lit->len, ==, 1);
  g_assert_cmpuint (g_array_index (lit, guint, 0), ==, line);
  cw_snippet_pair_view_point_at_line (pair_view, CW_SIDE_JAVASCRIPT, 0);
  g_assert_cmpuint (cw_snippet_pair_view_get_lit_lines (pair_view, CW_SIDE_RUST)->len, ==, 0);

  /* By keyboard: the cursor's line in the focused snippet, announced in its description. */
  g_assert_true (gtk_widget_grab_focus (js));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (js));
  gtk_text_buffer_get_iter_at_line (buffer, &iter, (int) line - 1);
  gtk_text_buffer_place_cursor (buffer, &iter);
  lit = cw_snippet_pair_view_get_lit_lines (pair_view, CW_SIDE_RUST);
  g_assert_cmpuint (lit->len, ==, expected->len);
  g_assert_cmpuint (g_array_index (lit, guint, 0), ==, g_array_index (expected, guint, 0));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (js),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  cw_test_application_free (app);
}

static gboolean
adjustment_can_scroll (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) > 100;
}

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint                 i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }

  return NULL;
}

/* The wheel over a snippet scrolls the lesson; the snippet scrolls only sideways. */
static void
test_wheel_over_snippet_scrolls_lesson (void)
{
  CwApplication      *app = cw_test_application_new ();
  CwWindow           *window = open_window (app, 1200, 700);
  GtkWidget          *pair_view;
  GtkWidget          *inner;
  GtkWidget          *outer;
  GtkEventController *scroll;
  GtkAdjustment      *adjustment;
  double              before;
  gboolean            handled = FALSE;

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  cw_test_iterate (200);
  pair_view = cw_test_find_by_type (GTK_WIDGET (lesson_view_of (window)), CW_TYPE_SNIPPET_PAIR_VIEW);
  inner = gtk_widget_get_ancestor (cw_snippet_pair_view_get_code_view (CW_SNIPPET_PAIR_VIEW (pair_view),
                                                                       CW_SIDE_RUST),
                                   GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (inner);
  outer = gtk_widget_get_ancestor (gtk_widget_get_parent (inner), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (outer);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (outer));
  g_assert_true (cw_test_wait_until (adjustment_can_scroll, adjustment, CW_TEST_FINISHES_MS));
  before = gtk_adjustment_get_value (adjustment);

  scroll = find_controller (inner, "cw-scroll-through");
  g_assert_nonnull (scroll);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 3.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, before);

  /* Sideways stays with the snippet. */
  handled = FALSE;
  g_signal_emit_by_name (scroll, "scroll", 3.0, 0.0, &handled);
  g_assert_false (handled);

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
      g_test_trap_subprocess (NULL, CW_TEST_SUBPROCESS_NO_LIMIT, G_TEST_SUBPROCESS_DEFAULT);
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

static GtkWidget *
find_pair_view (GtkWidget *root,
                guint      position)
{
  GtkWidget *child;

  if (CW_IS_SNIPPET_PAIR_VIEW (root) &&
      cw_snippet_pair_get_position (cw_snippet_pair_view_get_pair (CW_SNIPPET_PAIR_VIEW (root))) == position)
    return root;

  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_pair_view (child, position);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget *pair;
  GtkWidget *viewport;
} PairInView;

static gboolean
pair_at_top (gpointer data)
{
  PairInView      *in_view = data;
  GtkAdjustment   *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (in_view->viewport));
  graphene_point_t point;

  /* Near the top of the visible part (12 px of air above it), not merely somewhere below. */
  return gtk_widget_get_width (in_view->pair) > 0 && gtk_adjustment_get_value (vadjustment) > 0 &&
         gtk_widget_compute_point (in_view->pair, in_view->viewport, &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.y >= 0 && point.y <= 24;
}

/* Opening a lesson at a pair (from search or the concept map) brings that pair into view,
 * once the new lesson is laid out, whether the lesson was shown before or not. */
static void
test_open_lesson_scrolls_to_pair (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1000, 700);
  GtkWidget     *scroller;
  PairInView     in_view;

  g_assert_true (cw_window_open_lesson (window, "ownership", 4));
  scroller = gtk_widget_get_ancestor (find_pair_view (GTK_WIDGET (lesson_view_of (window)), 4),
                                      GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  in_view.pair = find_pair_view (GTK_WIDGET (lesson_view_of (window)), 4);
  in_view.viewport = scroller;
  g_assert_true (cw_test_wait_until (pair_at_top, &in_view, CW_TEST_FINISHES_MS));

  /* The same lesson, already laid out: another pair. */
  g_assert_true (cw_window_open_lesson (window, "ownership", 2));
  in_view.pair = find_pair_view (GTK_WIDGET (lesson_view_of (window)), 2);
  g_assert_nonnull (in_view.pair);
  g_assert_true (cw_test_wait_until (pair_at_top, &in_view, CW_TEST_FINISHES_MS));

  cw_test_application_free (app);
}

typedef struct
{
  GtkAdjustment *vadjustment;
  double         value;
} ScrolledTo;

static gboolean
scrolled_to (gpointer data)
{
  ScrolledTo *scrolled = data;

  return fabs (gtk_adjustment_get_value (scrolled->vadjustment) - scrolled->value) <= 4.0;
}

static gboolean
tall_enough (gpointer data)
{
  ScrolledTo *scrolled = data;

  return gtk_adjustment_get_upper (scrolled->vadjustment) -
         gtk_adjustment_get_page_size (scrolled->vadjustment) > scrolled->value;
}

/* The header and the window title name the lesson read; other sections their own. */
static void
test_title_follows_lesson (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1000, 700);
  CwLesson      *lesson = cw_content_store_get_lesson (store_of (app), "ownership");
  g_autofree char *expected = g_strdup_printf ("%s — Crabwise", cw_lesson_get_title (lesson));

  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), cw_lesson_get_title (lesson)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "lab"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Crabwise");
  g_assert_nonnull (cw_test_find_label_with_text (GTK_WIDGET (window), "Fibonacci Lab"));

  /* The lesson list is the section again. */
  g_assert_true (cw_window_open_lesson (window, "ownership", 0));
  gtk_widget_activate_action (cw_window_get_page (window, "lessons"), "lessons.show-list", NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Crabwise");

  cw_test_application_free (app);
}

/* Back and Forward: lesson A scrolled, B opened as a link opens it, back to A where it was
 * scrolled, forward to B; the actions are off at the ends. */
static void
test_back_forward_restores_scroll (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_window (app, 1000, 700);
  GtkAdjustment *vadjustment;
  ScrolledTo     scrolled;

  /* Just opened: nothing ahead (behind may be the section shown first, then the last lesson
   * read, which an earlier test left). */
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Forward")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "ownership"));
  vadjustment = cw_lesson_view_get_vadjustment (lesson_view_of (window));
  scrolled.vadjustment = vadjustment;
  scrolled.value = 900;
  g_assert_true (cw_test_wait_until (tall_enough, &scrolled, CW_TEST_FINISHES_MS));
  gtk_adjustment_set_value (vadjustment, 900);
  cw_test_iterate (20);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "errors"));
  g_assert_cmpstr (cw_lesson_get_id (cw_lesson_view_get_lesson (lesson_view_of (window))), ==, "errors");
  cw_test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), <, 900);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  g_assert_cmpstr (cw_lesson_get_id (cw_lesson_view_get_lesson (lesson_view_of (window))), ==, "ownership");
  g_assert_true (cw_test_wait_until (scrolled_to, &scrolled, CW_TEST_FINISHES_MS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-forward", NULL));
  g_assert_cmpstr (cw_lesson_get_id (cw_lesson_view_get_lesson (lesson_view_of (window))), ==, "errors");
  g_assert_cmpstr (cw_window_get_section (window), ==, "lessons");
  /* The newest place: nothing ahead. */
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Forward")));
  g_assert_true (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Back")));

  /* Back to the very first place (the section shown at start), where Back is off. */
  while (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Back")))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  g_assert_cmpstr (cw_window_get_section (window), ==, "concepts");
  g_assert_true (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Forward")));

  /* A new place drops the places ahead. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "lab"));
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_by_label (GTK_WIDGET (window), "Forward")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  g_assert_cmpstr (cw_window_get_section (window), ==, "concepts");

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
  g_test_add_func ("/lessons/lesson/learned-undo", test_learned_toast_undo);
  g_test_add_func ("/lessons/lesson/copy", test_copy_puts_snippet_on_clipboard);
  g_test_add_func ("/lessons/lesson/scroll-to-pair", test_open_lesson_scrolls_to_pair);
  g_test_add_func ("/lessons/lesson/title-follows-lesson", test_title_follows_lesson);
  g_test_add_func ("/lessons/lesson/back-forward", test_back_forward_restores_scroll);
  g_test_add_func ("/lessons/lesson/prose-code-blocks", test_prose_code_blocks);
  g_test_add_func ("/lessons/lesson/line-links", test_pair_line_links);
  g_test_add_func ("/lessons/lesson/wheel-scrolls-lesson", test_wheel_over_snippet_scrolls_lesson);
  g_test_add_func ("/lessons/lesson/open-in-new-window", test_open_in_new_window);
  g_test_add_func ("/lessons/search/borrow", test_search_finds_borrow);
  g_test_add_func ("/lessons/missing-database", test_missing_database_error_page);

  return g_test_run ();
}
