/* cw-exercise-view.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-exercise-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-accessible.h"
#include "cw-code-view.h"
#include "cw-exercise-runner.h"
#include "cw-exercise-view.h"
#include "cw-explain-dialog.h"
#include "cw-rust-toolchain-private.h"
#include "cw-scroll-through.h"
#include "cw-toast.h"

/* The draft is saved this long after the last keystroke: a crash loses at most this much. */
#define DRAFT_SAVE_DELAY_MS 500

#define MARK_ERROR   "cw-error"
#define MARK_WARNING "cw-warning"

/*
 * One exercise: its statement, an editor holding the learner's draft (saved as they type),
 * Check (rustc on a worker through CwExerciseRunner, cancelled on Cancel, when the view is
 * left and when it goes away), the compiler's diagnostics drawn where they belong
 * (underline, gutter mark, tooltip, a list that jumps to the line, Explain), the test
 * results, hints one at a time, and the solution once the learner has tried.
 */
struct _CwExerciseView
{
  GtkWidget        parent_instance;

  CwExercise      *exercise;
  CwProgressStore *progress;
  CwRustToolchain *toolchain;
  CwCheckResult   *result;
  GCancellable    *discover_cancellable;
  GCancellable    *check_cancellable;
  GArray          *spans;            /* DiagnosticSpan: what the tooltips say */
  GArray          *row_lines;        /* guint, per diagnostics row: its line (from 1; 0: none) */

  guint            draft_timeout;
  gboolean         draft_dirty;
  gboolean         loading;
  gboolean         toolchain_ready;
  guint            attempts;
  guint            hints_shown;
  gboolean         solution_revealed;

  GtkWidget       *body;
  GtkLabel        *title_label;
  GtkLabel        *kind_label;
  GtkLabel        *statement_label;
  GtkWidget       *no_toolchain_box;
  GtkLabel        *no_toolchain_label;
  GtkLabel        *install_label;
  GtkWidget       *js_box;
  CwCodeView      *js_view;
  GtkLabel        *editor_caption;
  CwCodeView      *editor;
  GtkWidget       *check_button;
  GtkWidget       *cancel_button;
  GtkWidget       *reset_button;
  GtkSpinner      *spinner;
  GtkLabel        *toolchain_label;
  GtkWidget       *status_box;
  GtkImage        *status_icon;
  GtkLabel        *status_label;
  GtkListBox      *diagnostics_list;
  GtkListBox      *tests_list;
  GtkBox          *hints_box;
  GtkWidget       *solution_box;
  CwCodeView      *solution_view;
  GtkWidget       *hint_button;
  GtkWidget       *solution_button;
  GtkWidget       *solution_anyway_button;
  GtkWidget       *use_solution_button;
};

G_DEFINE_FINAL_TYPE (CwExerciseView, cw_exercise_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TOOLCHAIN_READY,
  PROP_CHECKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  guint  line;        /* 0-based, as GtkTextIter counts */
  guint  column;
  guint  end_line;
  guint  end_column;
  char  *message;
} DiagnosticSpan;

static void
diagnostic_span_clear (gpointer data)
{
  DiagnosticSpan *span = data;

  g_free (span->message);
}

static void
report_error (CwExerciseView *self,
              const GError   *error)
{
  if (!cw_widget_add_toast_text (GTK_WIDGET (self), error->message))
    g_warning ("%s", error->message);
}

static GtkTextBuffer *
editor_buffer (CwExerciseView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
}

static const char *
kind_title (const char *kind)
{
  if (g_strcmp0 (kind, "compile") == 0)
    return _("Make it compile");
  if (g_strcmp0 (kind, "translate") == 0)
    return _("Translate");
  return _("Implement");
}

static void
sync_actions (CwExerciseView *self)
{
  gboolean checking = self->check_cancellable != NULL;
  guint    n_hints = g_strv_length ((char **) cw_exercise_get_hints (self->exercise));
  gboolean can_reveal;

  n_hints = MIN (n_hints, CW_EXERCISE_MAX_HINTS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.check",
                                 self->toolchain != NULL && !checking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.cancel", checking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.show-hint",
                                 self->hints_shown < n_hints);
  gtk_widget_set_visible (self->hint_button, n_hints > 0);

  /* The solution is earned by an honest attempt; without a compiler no attempt can happen,
   * so the learner may ask for it anyway, and that is recorded. */
  can_reveal = self->attempts > 0 && !self->solution_revealed;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.show-solution", can_reveal);
  gtk_widget_set_visible (self->solution_button, !self->solution_revealed);
  gtk_widget_set_tooltip_text (self->solution_button,
                               self->attempts > 0 ? NULL : _("Available after your first check"));
  gtk_widget_set_visible (self->solution_anyway_button,
                          self->toolchain_ready && self->toolchain == NULL &&
                          self->attempts == 0 && !self->solution_revealed);
  gtk_widget_set_visible (self->use_solution_button, self->solution_revealed);
}

static void
set_checking (CwExerciseView *self,
              gboolean        checking)
{
  if (!checking)
    g_clear_object (&self->check_cancellable);

  gtk_widget_set_visible (self->cancel_button, checking);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), checking);
  gtk_spinner_set_spinning (self->spinner, checking);
  sync_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

static void
show_status (CwExerciseView *self,
             const char     *icon_name,
             const char     *css_class,
             const char     *text)
{
  gtk_widget_remove_css_class (self->status_box, "success");
  gtk_widget_remove_css_class (self->status_box, "error");
  if (css_class != NULL)
    gtk_widget_add_css_class (self->status_box, css_class);
  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), icon_name != NULL);
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (self->status_box, text != NULL);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  gtk_widget_set_visible (GTK_WIDGET (list), FALSE);
}

static void
clear_diagnostics (CwExerciseView *self)
{
  GtkTextBuffer *buffer = editor_buffer (self);
  GtkTextIter    start;
  GtkTextIter    end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CW_EXERCISE_VIEW_ERROR_TAG, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CW_EXERCISE_VIEW_WARNING_TAG, &start, &end);
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, MARK_ERROR);
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, MARK_WARNING);
  g_array_set_size (self->spans, 0);
  g_array_set_size (self->row_lines, 0);
  clear_list (self->diagnostics_list);
  clear_list (self->tests_list);
}

/* ---- the draft ---------------------------------------------------------------------- */

static char *
dup_code (CwExerciseView *self)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (editor_buffer (self), &start, &end);

  return gtk_text_buffer_get_text (editor_buffer (self), &start, &end, FALSE);
}

void
cw_exercise_view_save_draft (CwExerciseView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char  *code = NULL;

  g_return_if_fail (CW_IS_EXERCISE_VIEW (self));

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (!self->draft_dirty || self->progress == NULL || self->exercise == NULL)
    return;

  code = dup_code (self);
  if (!cw_progress_store_save_draft (self->progress, cw_exercise_get_id (self->exercise), code,
                                     &error))
    {
      /* Still dirty: the next keystroke, check or leaving tries again. */
      report_error (self, error);
      return;
    }

  self->draft_dirty = FALSE;
}

static gboolean
on_draft_timeout (gpointer data)
{
  CwExerciseView *self = data;

  self->draft_timeout = 0;
  cw_exercise_view_save_draft (self);

  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (CwExerciseView *self)
{
  if (self->loading)
    return;

  /* The code changed, so what the compiler said about it may no longer hold. */
  self->draft_dirty = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_SAVE_DELAY_MS, on_draft_timeout, self);
}

/* Replaces the code as one step the learner can undo (Reset, Use this solution). */
static void
replace_code_undoably (CwExerciseView *self,
                       const char     *code)
{
  GtkTextBuffer *buffer = editor_buffer (self);
  GtkTextIter    start;
  GtkTextIter    end;

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, code, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

/* ---- diagnostics ------------------------------------------------------------------- */

static gboolean
iter_at (GtkTextBuffer *buffer,
         GtkTextIter   *iter,
         guint          line,
         guint          column)
{
  if (!gtk_text_buffer_get_iter_at_line_offset (buffer, iter, (int) line, (int) column))
    {
      /* Past the end of a line (rustc counts the newline's column): the line's end. */
      if (!gtk_text_buffer_get_iter_at_line (buffer, iter, (int) line))
        return FALSE;
      if (!gtk_text_iter_ends_line (iter))
        gtk_text_iter_forward_to_line_end (iter);
    }

  return TRUE;
}

static void
mark_span (CwExerciseView   *self,
           CwRustDiagnostic *diagnostic,
           gboolean          is_error)
{
  GtkTextBuffer  *buffer = editor_buffer (self);
  DiagnosticSpan  span = { 0, };
  GtkTextIter     start;
  GtkTextIter     end;
  GtkTextIter     line_start;

  span.line = cw_rust_diagnostic_get_line (diagnostic) - 1;
  span.column = cw_rust_diagnostic_get_column (diagnostic) - 1;
  span.end_line = MAX (cw_rust_diagnostic_get_end_line (diagnostic), 1) - 1;
  span.end_column = MAX (cw_rust_diagnostic_get_end_column (diagnostic), 1) - 1;
  if (!iter_at (buffer, &start, span.line, span.column))
    return;
  if (span.end_line < span.line || !iter_at (buffer, &end, span.end_line, span.end_column))
    end = start;

  /* An empty span (a missing `;`) still needs something to underline. */
  if (gtk_text_iter_equal (&start, &end) && !gtk_text_iter_forward_char (&end))
    gtk_text_iter_backward_char (&start);

  gtk_text_buffer_apply_tag_by_name (buffer,
                                     is_error ? CW_EXERCISE_VIEW_ERROR_TAG : CW_EXERCISE_VIEW_WARNING_TAG,
                                     &start, &end);

  /* At the line's start: the gutter draws the marks that sit there. */
  line_start = start;
  gtk_text_iter_set_line_offset (&line_start, 0);
  gtk_source_buffer_create_source_mark (GTK_SOURCE_BUFFER (buffer), NULL,
                                               is_error ? MARK_ERROR : MARK_WARNING, &line_start);

  span.line = gtk_text_iter_get_line (&start);
  span.column = gtk_text_iter_get_line_offset (&start);
  span.end_line = gtk_text_iter_get_line (&end);
  span.end_column = gtk_text_iter_get_line_offset (&end);
  span.message = g_strdup (cw_rust_diagnostic_get_message (diagnostic));
  g_array_append_val (self->spans, span);
}

static char *
describe_diagnostic (CwRustDiagnostic *diagnostic)
{
  const char      *level = cw_rust_diagnostic_get_level (diagnostic) == CW_RUST_DIAGNOSTIC_LEVEL_ERROR
                           ? "error" : cw_rust_diagnostic_level_to_string (cw_rust_diagnostic_get_level (diagnostic));
  const char      *code = cw_rust_diagnostic_get_code (diagnostic);
  g_autofree char *prefix = NULL;

  /* rustc's own words for the level ("error[E0382]"), as the learner will meet them. */
  prefix = code != NULL && *code != '\0' ? g_strdup_printf ("%s[%s]", level, code) : g_strdup (level);

  switch (cw_rust_diagnostic_get_origin (diagnostic))
    {
    case CW_CODE_ORIGIN_LEARNER:
      /* Translators: "error[E0382]: borrow of moved value — line 7" */
      return g_strdup_printf (_("%s: %s — line %u"), prefix, cw_rust_diagnostic_get_message (diagnostic),
                              cw_rust_diagnostic_get_line (diagnostic));

    case CW_CODE_ORIGIN_TESTS:
    case CW_CODE_ORIGIN_HARNESS:
      /* Translators: "error[E0425]: cannot find function `add` — in the tests" */
      return g_strdup_printf (_("%s: %s — in the tests"), prefix,
                              cw_rust_diagnostic_get_message (diagnostic));

    case CW_CODE_ORIGIN_NONE:
    case CW_CODE_ORIGIN_OTHER:
    default:
      return g_strdup_printf ("%s: %s", prefix, cw_rust_diagnostic_get_message (diagnostic));
    }
}

static GtkWidget *
create_diagnostic_row (CwRustDiagnostic *diagnostic)
{
  g_autofree char *title = describe_diagnostic (diagnostic);
  const char      *code = cw_rust_diagnostic_get_code (diagnostic);
  const char      *label = cw_rust_diagnostic_get_label (diagnostic);
  gboolean         in_code = cw_rust_diagnostic_get_origin (diagnostic) == CW_CODE_ORIGIN_LEARNER &&
                             cw_rust_diagnostic_get_line (diagnostic) > 0;
  GtkWidget       *row;
  GtkWidget       *icon;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (label != NULL && *label != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), label);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), in_code);
  gtk_widget_set_tooltip_text (row, in_code ? _("Go to the line") : NULL);

  icon = gtk_image_new_from_icon_name (cw_rust_diagnostic_get_level (diagnostic) == CW_RUST_DIAGNOSTIC_LEVEL_ERROR
                                       ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (code != NULL && *code != '\0')
    {
      GtkWidget       *button = gtk_button_new_with_mnemonic (_("_Explain"));
      /* Translators: %s is a rustc error code such as E0382 */
      g_autofree char *tip = g_strdup_printf (_("What rustc says about %s"), code);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      cw_accessible_name_by_mnemonic (button);
      gtk_widget_set_tooltip_text (button, tip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "exercise.explain");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", code);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
show_diagnostics (CwExerciseView *self,
                  CwCheckResult  *result)
{
  GListModel *diagnostics = cw_check_result_get_diagnostics (result);
  guint       i;

  for (i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(CwRustDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      CwRustDiagnosticLevel       level = cw_rust_diagnostic_get_level (diagnostic);
      guint                       line;

      if (cw_rust_diagnostic_is_summary (diagnostic) ||
          (level != CW_RUST_DIAGNOSTIC_LEVEL_ERROR && level != CW_RUST_DIAGNOSTIC_LEVEL_WARNING &&
           level != CW_RUST_DIAGNOSTIC_LEVEL_INTERNAL_ERROR))
        continue;

      if (cw_rust_diagnostic_get_origin (diagnostic) == CW_CODE_ORIGIN_LEARNER &&
          cw_rust_diagnostic_get_line (diagnostic) > 0)
        mark_span (self, diagnostic, level != CW_RUST_DIAGNOSTIC_LEVEL_WARNING);

      line = cw_rust_diagnostic_get_origin (diagnostic) == CW_CODE_ORIGIN_LEARNER
             ? cw_rust_diagnostic_get_line (diagnostic) : 0;
      g_array_append_val (self->row_lines, line);
      gtk_list_box_append (self->diagnostics_list, create_diagnostic_row (diagnostic));
      gtk_widget_set_visible (GTK_WIDGET (self->diagnostics_list), TRUE);
    }
}

static void
on_diagnostic_activated (CwExerciseView *self,
                         GtkListBoxRow  *row)
{
  int            index = gtk_list_box_row_get_index (row);
  guint          line = index >= 0 && (guint) index < self->row_lines->len
                        ? g_array_index (self->row_lines, guint, index) : 0;
  GtkTextBuffer *buffer = editor_buffer (self);
  GtkTextIter    iter;

  if (line == 0 || !gtk_text_buffer_get_iter_at_line (buffer, &iter, (int) line - 1))
    return;

  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->editor), &iter, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static gboolean
on_editor_query_tooltip (CwExerciseView *self,
                         int             x,
                         int             y,
                         gboolean        keyboard_mode,
                         GtkTooltip     *tooltip)
{
  GtkTextView     *view = GTK_TEXT_VIEW (self->editor);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextIter      iter;
  int              buffer_x;
  int              buffer_y;
  guint            line;
  guint            column;
  guint            i;

  if (self->spans->len == 0)
    return FALSE;

  if (keyboard_mode)
    gtk_text_buffer_get_iter_at_mark (editor_buffer (self), &iter,
                                      gtk_text_buffer_get_insert (editor_buffer (self)));
  else
    {
      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y,
                                             &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
        return FALSE;
    }

  line = gtk_text_iter_get_line (&iter);
  column = gtk_text_iter_get_line_offset (&iter);
  for (i = 0; i < self->spans->len; i++)
    {
      DiagnosticSpan *span = &g_array_index (self->spans, DiagnosticSpan, i);
      gboolean        after_start = line > span->line || (line == span->line && column >= span->column);
      gboolean        before_end = line < span->end_line || (line == span->end_line && column <= span->end_column);

      if (after_start && before_end)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, span->message);
        }
    }

  if (text->len == 0)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

/* The gutter mark's tooltip: what rustc says about its line. */
static char *
on_mark_tooltip (GtkSourceMarkAttributes *attributes,
                 GtkSourceMark           *mark,
                 CwExerciseView          *self)
{
  GtkTextIter iter;
  GString    *text = g_string_new (NULL);
  guint       line;
  guint       i;

  gtk_text_buffer_get_iter_at_mark (gtk_text_mark_get_buffer (GTK_TEXT_MARK (mark)), &iter,
                                    GTK_TEXT_MARK (mark));
  line = (guint) gtk_text_iter_get_line (&iter);
  for (i = 0; i < self->spans->len; i++)
    {
      DiagnosticSpan *span = &g_array_index (self->spans, DiagnosticSpan, i);

      if (span->line != line)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, span->message);
    }

  return g_string_free (text, FALSE);
}

/* ---- test results ------------------------------------------------------------------ */

static GtkWidget *
create_test_row (CwTestCase *test)
{
  CwTestStatus     status = cw_test_case_get_status (test);
  const char      *message = cw_test_case_get_message (test);
  g_autofree char *subtitle = NULL;
  const char      *word;
  const char      *icon_name;
  GtkWidget       *row;
  GtkWidget       *icon;

  switch (status)
    {
    case CW_TEST_STATUS_PASSED:
      word = _("Passed");
      icon_name = "emblem-ok-symbolic";
      break;

    case CW_TEST_STATUS_IGNORED:
      word = _("Ignored");
      icon_name = "action-unavailable-symbolic";
      break;

    case CW_TEST_STATUS_NOT_FINISHED:
      word = _("Did not finish");
      icon_name = "dialog-warning-symbolic";
      break;

    case CW_TEST_STATUS_FAILED:
    default:
      word = _("Failed");
      icon_name = "dialog-error-symbolic";
      break;
    }

  subtitle = message != NULL && *message != '\0' && status != CW_TEST_STATUS_PASSED
             /* Translators: "Failed: assertion `left == right` failed" */
             ? g_strdup_printf (_("%s: %s"), word, message) : g_strdup (word);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_test_case_get_name (test));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, status == CW_TEST_STATUS_PASSED ? "cw-test-passed" : "cw-test-failed");

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
show_tests (CwExerciseView *self,
            CwCheckResult  *result)
{
  GListModel *tests = cw_check_result_get_tests (result);
  guint       i;

  for (i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(CwTestCase) test = g_list_model_get_item (tests, i);

      gtk_list_box_append (self->tests_list, create_test_row (test));
      gtk_widget_set_visible (GTK_WIDGET (self->tests_list), TRUE);
    }
}

/* ---- checking ---------------------------------------------------------------------- */

static void
record_attempt (CwExerciseView *self,
                gboolean        passed)
{
  g_autoptr(GError) error = NULL;

  self->attempts++;
  if (self->progress != NULL &&
      !cw_progress_store_record_attempt (self->progress, cw_exercise_get_id (self->exercise),
                                         passed, &error))
    report_error (self, error);
}

static void
show_result (CwExerciseView *self,
             CwCheckResult  *result)
{
  gboolean passed = cw_check_result_get_passed (result);

  g_set_object (&self->result, result);
  clear_diagnostics (self);
  show_diagnostics (self, result);
  show_tests (self, result);

  /* A pass is said quietly; anything else is the runner's sentence of what happened. */
  if (passed)
    show_status (self, "emblem-ok-symbolic", "success", _("All tests passed"));
  else
    show_status (self, "dialog-error-symbolic", "error", cw_check_result_get_summary (result));

  record_attempt (self, passed);
  sync_actions (self);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *async_result,
               gpointer      user_data)
{
  g_autoptr(CwExerciseView) self = user_data;
  g_autoptr(CwCheckResult)  result = NULL;
  g_autoptr(GError)         error = NULL;
  GCancellable             *cancellable = g_task_get_cancellable (G_TASK (async_result));

  result = cw_exercise_runner_check_finish (async_result, &error);

  /* Gone, or a newer check replaced this one: nothing of it is shown. */
  if (self->exercise == NULL || cancellable != self->check_cancellable)
    return;

  set_checking (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_status (self, NULL, NULL, _("Check cancelled"));
  else if (result == NULL)
    show_status (self, "dialog-error-symbolic", "error", error->message);
  else
    show_result (self, result);
}

static void
cw_exercise_view_check_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CwExerciseView  *self = CW_EXERCISE_VIEW (widget);
  g_autofree char *code = NULL;
  CwCheckLimits    limits;

  if (self->toolchain == NULL || self->check_cancellable != NULL)
    return;

  cw_exercise_view_save_draft (self);
  code = dup_code (self);
  cw_check_limits_init (&limits);
  self->check_cancellable = g_cancellable_new ();
  set_checking (self, TRUE);
  show_status (self, NULL, NULL, _("Checking…"));

  cw_exercise_runner_check_async (self->toolchain, code, cw_exercise_get_tests (self->exercise),
                                  &limits, self->check_cancellable, on_check_done,
                                  g_object_ref (self));
}

void
cw_exercise_view_cancel_check (CwExerciseView *self)
{
  g_return_if_fail (CW_IS_EXERCISE_VIEW (self));

  if (self->check_cancellable == NULL)
    return;

  /* The runner kills rustc or the test program; its answer (cancelled) clears the state. */
  g_cancellable_cancel (self->check_cancellable);
}

static void
cw_exercise_view_cancel_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  cw_exercise_view_cancel_check (CW_EXERCISE_VIEW (widget));
}

static void
cw_exercise_view_explain_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (widget);

  if (self->toolchain != NULL)
    cw_explain_dialog_present (widget, self->toolchain, g_variant_get_string (parameter, NULL));
}

/* ---- reset, hints, solution -------------------------------------------------------- */

static void
cw_exercise_view_reset_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (widget);

  replace_code_undoably (self, cw_exercise_get_starter (self->exercise));
  clear_diagnostics (self);
  show_status (self, NULL, NULL, _("Back to the starter code; Ctrl+Z brings yours back"));
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static void
show_hints (CwExerciseView *self)
{
  const char * const *hints = cw_exercise_get_hints (self->exercise);
  GtkWidget          *child;
  guint               i;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->hints_box))) != NULL)
    gtk_box_remove (self->hints_box, child);

  for (i = 0; i < self->hints_shown && i < CW_EXERCISE_MAX_HINTS && hints[i] != NULL; i++)
    {
      /* Translators: "Hint 1: …"; the hint is markup */
      g_autofree char *markup = g_strdup_printf (_("<b>Hint %u:</b> %s"), i + 1, hints[i]);
      GtkWidget       *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "cw-hint");
      gtk_box_append (self->hints_box, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->hints_box), self->hints_shown > 0);
}

static void
cw_exercise_view_show_hint_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CwExerciseView   *self = CW_EXERCISE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  self->hints_shown++;
  if (self->progress != NULL &&
      !cw_progress_store_record_hints_shown (self->progress, cw_exercise_get_id (self->exercise),
                                             self->hints_shown, &error))
    report_error (self, error);

  show_hints (self);
  sync_actions (self);
}

static void
show_solution (CwExerciseView *self)
{
  cw_code_view_set_code (self->solution_view, cw_exercise_get_solution (self->exercise));
  gtk_widget_set_visible (self->solution_box, self->solution_revealed);
  sync_actions (self);
}

static void
reveal_solution (CwExerciseView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->solution_revealed)
    return;

  /* Recorded before it is shown, and never hidden again. */
  self->solution_revealed = TRUE;
  if (self->progress != NULL &&
      !cw_progress_store_reveal_solution (self->progress, cw_exercise_get_id (self->exercise), &error))
    report_error (self, error);

  show_solution (self);
}

static void
cw_exercise_view_show_solution_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (widget);

  if (self->attempts > 0)
    reveal_solution (self);
}

static void
cw_exercise_view_show_solution_anyway_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  reveal_solution (CW_EXERCISE_VIEW (widget));
}

static void
cw_exercise_view_use_solution_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (widget);

  if (!self->solution_revealed)
    return;

  replace_code_undoably (self, cw_exercise_get_solution (self->exercise));
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

/* ---- the toolchain ----------------------------------------------------------------- */

static void
show_no_toolchain (CwExerciseView *self,
                   const GError   *error)
{
  g_autofree char *debian = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_DEBIAN_12, FALSE);
  g_autofree char *flatpak = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_FLATPAK, FALSE);
  g_autofree char *other = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_OTHER, FALSE);
  g_autofree char *debian_markup = g_markup_escape_text (debian, -1);
  g_autofree char *flatpak_markup = g_markup_escape_text (flatpak, -1);
  g_autofree char *other_markup = g_markup_escape_text (other, -1);
  g_autofree char *markup = NULL;

  gtk_label_set_text (self->no_toolchain_label, error->message);
  /* Translators: three ways to get rustc; each %s is a sentence with the command */
  markup = g_strdup_printf (_("<b>Debian 12:</b> %s\n<b>Flatpak:</b> %s\n<b>Elsewhere:</b> %s"),
                            debian_markup, flatpak_markup, other_markup);
  gtk_label_set_markup (self->install_label, markup);
  gtk_widget_set_visible (self->no_toolchain_box, TRUE);
  gtk_label_set_text (self->toolchain_label, _("No Rust compiler"));
}

static void
on_toolchain_discovered (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CwExerciseView)  self = user_data;
  g_autoptr(CwRustToolchain) toolchain = NULL;
  g_autoptr(GError)          error = NULL;

  toolchain = cw_rust_toolchain_discover_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->exercise == NULL)
    return;

  g_clear_object (&self->discover_cancellable);
  self->toolchain_ready = TRUE;

  if (toolchain != NULL)
    {
      /* Translators: %s is a version such as 1.95.0 */
      g_autofree char *text = g_strdup_printf (_("rustc %s"), cw_rust_toolchain_get_version (toolchain));

      self->toolchain = g_steal_pointer (&toolchain);
      gtk_label_set_text (self->toolchain_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->toolchain_label),
                                   cw_rust_toolchain_get_path (self->toolchain));
    }
  else
    show_no_toolchain (self, error);

  sync_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLCHAIN_READY]);
}

/* ---- the object -------------------------------------------------------------------- */

static void
load_exercise (CwExerciseView *self)
{
  g_autoptr(CwExerciseProgress) state = NULL;
  g_autoptr(GError)             error = NULL;
  GtkTextBuffer                *buffer = editor_buffer (self);
  const char                   *kind = cw_exercise_get_kind (self->exercise);
  const char                   *code = cw_exercise_get_starter (self->exercise);
  GtkTextIter                   start;

  gtk_label_set_text (self->title_label, cw_exercise_get_title (self->exercise));
  /* A screen reader (and a test) finds each exercise of a lesson by its title. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cw_exercise_get_title (self->exercise), -1);
  gtk_label_set_text (self->kind_label, kind_title (kind));
  gtk_label_set_markup (self->statement_label, cw_exercise_get_statement (self->exercise));

  if (g_strcmp0 (kind, "translate") == 0 && cw_exercise_get_example_js (self->exercise) != NULL)
    {
      cw_code_view_set_code (self->js_view, cw_exercise_get_example_js (self->exercise));
      gtk_widget_set_visible (self->js_box, TRUE);
    }

  if (self->progress != NULL)
    {
      state = cw_progress_store_get_exercise (self->progress, cw_exercise_get_id (self->exercise), &error);
      if (state == NULL)
        report_error (self, error);
    }
  if (state != NULL)
    {
      if (state->draft != NULL)
        code = state->draft;
      self->attempts = state->attempts;
      self->hints_shown = MIN (state->hints_shown, CW_EXERCISE_MAX_HINTS);
      self->solution_revealed = state->solution_revealed;
      if (state->state == CW_EXERCISE_PASSED)
        show_status (self, "emblem-ok-symbolic", "success", _("Passed before"));
    }

  /* Loading is not an edit: it cannot be undone and need not be saved. */
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, code, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  self->loading = FALSE;

  show_hints (self);
  show_solution (self);
}

static void
setup_editor (CwExerciseView *self)
{
  GtkTextBuffer           *buffer = editor_buffer (self);
  GtkSourceView           *view = GTK_SOURCE_VIEW (self->editor);
  GtkSourceMarkAttributes *attributes;
  GtkEventController      *shortcuts;
  GdkRGBA                  error_color = { 0.88, 0.11, 0.14, 1.0 };
  GdkRGBA                  warning_color = { 0.80, 0.50, 0.0, 1.0 };

  gtk_text_buffer_create_tag (buffer, CW_EXERCISE_VIEW_ERROR_TAG,
                              "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &error_color,
                              NULL);
  gtk_text_buffer_create_tag (buffer, CW_EXERCISE_VIEW_WARNING_TAG,
                              "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &warning_color,
                              NULL);

  attributes = gtk_source_mark_attributes_new ();
  gtk_source_mark_attributes_set_icon_name (attributes, "dialog-error-symbolic");
  g_signal_connect_object (attributes, "query-tooltip-text", G_CALLBACK (on_mark_tooltip), self, 0);
  gtk_source_view_set_mark_attributes (view, MARK_ERROR, attributes, 10);
  g_object_unref (attributes);

  attributes = gtk_source_mark_attributes_new ();
  gtk_source_mark_attributes_set_icon_name (attributes, "dialog-warning-symbolic");
  g_signal_connect_object (attributes, "query-tooltip-text", G_CALLBACK (on_mark_tooltip), self, 0);
  gtk_source_view_set_mark_attributes (view, MARK_WARNING, attributes, 5);
  g_object_unref (attributes);

  gtk_widget_set_size_request (GTK_WIDGET (self->editor), -1, 160);
  g_signal_connect_object (self->editor, "query-tooltip", G_CALLBACK (on_editor_query_tooltip),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self,
                           G_CONNECT_SWAPPED);

  /* Captured before the editor sees it: the editor would take Ctrl+Return as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                            gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                                          gtk_named_action_new ("exercise.check")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

static void
cw_exercise_view_dispose (GObject *object)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (object);

  /* Never lose what was typed; never leave rustc running for a view that is gone. */
  if (self->exercise != NULL)
    cw_exercise_view_save_draft (self);
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  g_cancellable_cancel (self->discover_cancellable);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->discover_cancellable);
  g_clear_object (&self->check_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_EXERCISE_VIEW);
  g_clear_object (&self->exercise);
  g_clear_object (&self->progress);
  g_clear_object (&self->toolchain);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (cw_exercise_view_parent_class)->dispose (object);
}

static void
cw_exercise_view_finalize (GObject *object)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (object);

  g_array_unref (self->spans);
  g_array_unref (self->row_lines);

  G_OBJECT_CLASS (cw_exercise_view_parent_class)->finalize (object);
}

static void
cw_exercise_view_unmap (GtkWidget *widget)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (widget);

  /* Leaving the lesson (or the section, or quitting) saves the draft and stops a check. */
  cw_exercise_view_save_draft (self);
  cw_exercise_view_cancel_check (self);

  GTK_WIDGET_CLASS (cw_exercise_view_parent_class)->unmap (widget);
}

static void
cw_exercise_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwExerciseView *self = CW_EXERCISE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TOOLCHAIN_READY:
      g_value_set_boolean (value, self->toolchain_ready);
      break;

    case PROP_CHECKING:
      g_value_set_boolean (value, self->check_cancellable != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_exercise_view_class_init (CwExerciseViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_exercise_view_dispose;
  object_class->finalize = cw_exercise_view_finalize;
  object_class->get_property = cw_exercise_view_get_property;
  widget_class->unmap = cw_exercise_view_unmap;

  properties[PROP_TOOLCHAIN_READY] =
    g_param_spec_boolean ("toolchain-ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKING] =
    g_param_spec_boolean ("checking", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CW_TYPE_CODE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-exercise-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, body);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, statement_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, no_toolchain_box);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, no_toolchain_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, install_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, js_box);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, js_view);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, editor_caption);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, editor);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, check_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, reset_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, spinner);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, toolchain_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, status_box);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, diagnostics_list);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, tests_list);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, hints_box);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, solution_box);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, solution_view);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, hint_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, solution_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, solution_anyway_button);
  gtk_widget_class_bind_template_child (widget_class, CwExerciseView, use_solution_button);
  gtk_widget_class_bind_template_callback (widget_class, on_diagnostic_activated);

  gtk_widget_class_install_action (widget_class, "exercise.check", NULL,
                                   cw_exercise_view_check_action);
  gtk_widget_class_install_action (widget_class, "exercise.cancel", NULL,
                                   cw_exercise_view_cancel_action);
  gtk_widget_class_install_action (widget_class, "exercise.reset", NULL,
                                   cw_exercise_view_reset_action);
  gtk_widget_class_install_action (widget_class, "exercise.explain", "s",
                                   cw_exercise_view_explain_action);
  gtk_widget_class_install_action (widget_class, "exercise.show-hint", NULL,
                                   cw_exercise_view_show_hint_action);
  gtk_widget_class_install_action (widget_class, "exercise.show-solution", NULL,
                                   cw_exercise_view_show_solution_action);
  gtk_widget_class_install_action (widget_class, "exercise.show-solution-anyway", NULL,
                                   cw_exercise_view_show_solution_anyway_action);
  gtk_widget_class_install_action (widget_class, "exercise.use-solution", NULL,
                                   cw_exercise_view_use_solution_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exerciseview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cw_exercise_view_init (CwExerciseView *self)
{
  GtkWidget *buttons[] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL };
  guint      i;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The code boxes scroll sideways; the wheel over them scrolls the lesson. */
  cw_scroll_through (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->js_view))));
  cw_scroll_through (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->editor))));
  cw_scroll_through (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->solution_view))));

  /* Each button is read once, by the label it shows (see cw-accessible.c). */
  buttons[0] = self->check_button;
  buttons[1] = self->cancel_button;
  buttons[2] = self->reset_button;
  buttons[3] = self->hint_button;
  buttons[4] = self->solution_button;
  buttons[5] = self->solution_anyway_button;
  buttons[6] = self->use_solution_button;
  for (i = 0; i < G_N_ELEMENTS (buttons); i++)
    cw_accessible_name_by_mnemonic (buttons[i]);

  self->spans = g_array_new (FALSE, TRUE, sizeof (DiagnosticSpan));
  self->row_lines = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_clear_func (self->spans, diagnostic_span_clear);
  setup_editor (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.check", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.cancel", FALSE);
  gtk_label_set_text (self->toolchain_label, _("Looking for rustc…"));
}

/**
 * cw_exercise_view_new:
 * @progress: (nullable): where the draft and the attempts go
 * @settings: (nullable): the application's settings, for the code views' line numbers
 */
GtkWidget *
cw_exercise_view_new (CwExercise      *exercise,
                      CwProgressStore *progress,
                      GSettings       *settings)
{
  CwExerciseView *self;

  g_return_val_if_fail (CW_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (progress == NULL || CW_IS_PROGRESS_STORE (progress), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CW_TYPE_EXERCISE_VIEW, NULL);
  cw_code_view_set_settings (self->editor, settings);
  cw_code_view_set_settings (self->js_view, settings);
  cw_code_view_set_settings (self->solution_view, settings);
  self->exercise = g_object_ref (exercise);
  if (progress != NULL)
    self->progress = g_object_ref (progress);

  load_exercise (self);
  sync_actions (self);

  self->discover_cancellable = g_cancellable_new ();
  cw_rust_toolchain_discover_async (self->discover_cancellable, on_toolchain_discovered,
                                    g_object_ref (self));

  return GTK_WIDGET (self);
}

CwExercise *
cw_exercise_view_get_exercise (CwExerciseView *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE_VIEW (self), NULL);

  return self->exercise;
}

GtkSourceView *
cw_exercise_view_get_editor (CwExerciseView *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE_VIEW (self), NULL);

  return GTK_SOURCE_VIEW (self->editor);
}

gboolean
cw_exercise_view_get_toolchain_ready (CwExerciseView *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE_VIEW (self), FALSE);

  return self->toolchain_ready;
}

gboolean
cw_exercise_view_get_checking (CwExerciseView *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE_VIEW (self), FALSE);

  return self->check_cancellable != NULL;
}

CwCheckResult *
cw_exercise_view_get_result (CwExerciseView *self)
{
  g_return_val_if_fail (CW_IS_EXERCISE_VIEW (self), NULL);

  return self->result;
}
