/* cw-lab-page.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-lab-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-fib.h"
#include "cw-format.h"
#include "cw-js-runner.h"
#include "cw-accessible.h"
#include "cw-lab-page-private.h"
#include "cw-timing-chart.h"
#include "cw-toast.h"

/*
 * The Fibonacci lab: run the C core on a worker thread (the window never waits), show
 * the result, the time and the calls, the same naive recursion in a real JavaScript
 * engine beside it, where u32, Number and u64 stop being exact, and a growth curve.
 */

/* The JavaScript engine gets a generous multiple of the C time, and never less than
 * this, before the lab gives up on it. */
#define JS_MIN_TIMEOUT_MS   30000
#define SWEEP_NAIVE_MAX_N   32
#define SWEEP_REPEATS       3
#define BIG_NUMBER_KEEP     20

struct _CwLabPage
{
  GtkWidget       parent_instance;

  GCancellable   *cancellable;
  char           *decimal;        /* the last result, whole, for Copy */
  guint64         c_elapsed_ns;
  gboolean        running;
  gboolean        sweeping;

  GtkEntry       *n_entry;
  AdwComboRow    *algorithm_row;
  GtkSwitch      *compare_switch;
  GtkSpinner     *spinner;
  GtkLabel       *status_label;
  GtkWidget      *result_group;
  GtkLabel       *value_label;
  GtkWidget      *digits_row;
  GtkLabel       *digits_label;
  GtkLabel       *time_label;
  GtkWidget      *calls_row;
  GtkLabel       *calls_label;
  GtkWidget      *js_group;
  AdwActionRow   *js_row;
  GtkLabel       *js_time_label;
  GtkWidget      *ratio_row;
  GtkWidget      *run_button;
  GtkWidget      *cancel_button;
  GtkWidget      *sweep_button;
  GtkLabel       *ratio_label;
  GtkWidget      *exact_group;
  AdwActionRow   *u32_row;
  GtkLabel       *u32_label;
  AdwActionRow   *number_row;
  GtkLabel       *number_label;
  AdwActionRow   *u64_row;
  GtkLabel       *u64_label;
  GtkLabel       *exact_label;
  CwTimingChart  *chart;
};

G_DEFINE_FINAL_TYPE (CwLabPage, cw_lab_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_RUN_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cw_lab_page_update_actions (CwLabPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lab.run", !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lab.cancel", self->running || self->sweeping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lab.sweep", !self->sweeping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lab.copy-result", self->decimal != NULL);
  gtk_spinner_set_spinning (self->spinner, self->running || self->sweeping);
}

static void
set_status (CwLabPage  *self,
            const char *text,
            gboolean    is_error)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static CwFibAlgorithm
selected_algorithm (CwLabPage *self)
{
  guint selected = adw_combo_row_get_selected (self->algorithm_row);

  return selected < CW_FIB_N_ALGORITHMS ? (CwFibAlgorithm) selected : CW_FIB_NAIVE;
}

static void
set_row_state (AdwActionRow *row,
               gboolean      exact,
               const char   *why)
{
  adw_action_row_set_subtitle (row, exact ? _("Exact") : why);
  if (exact)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "cw-inexact");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "cw-inexact");
}

static void
show_exactness (CwLabPage         *self,
                const CwFibResult *result)
{
  g_autofree char *u32 = g_strdup_printf ("%" G_GUINT32_FORMAT, cw_fib_u32_wrapped (result->n));
  g_autofree char *u64 = g_strdup_printf ("%" G_GUINT64_FORMAT, cw_fib_u64_wrapped (result->n));
  g_autofree char *number = cw_fib_number_to_string (cw_fib_as_number (result->n));
  g_autofree char *exact = cw_format_big_number (result->decimal, BIG_NUMBER_KEEP);

  gtk_label_set_text (self->u32_label, u32);
  set_row_state (self->u32_row, result->exact_u32,
                 _("Wrong: F(n) does not fit in 32 bits, and the sum wrapped around (a debug build of Rust panics instead)"));
  gtk_label_set_text (self->number_label, number);
  set_row_state (self->number_row, result->exact_number,
                 _("Wrong: beyond 2^53 a double cannot hold every integer, so the sum was rounded"));
  gtk_label_set_text (self->u64_label, u64);
  set_row_state (self->u64_row, result->exact_u64,
                 _("Wrong: F(n) does not fit in 64 bits, and the sum wrapped around"));
  gtk_label_set_text (self->exact_label, exact);
  gtk_widget_set_visible (self->exact_group, TRUE);
}

static void
on_js_finished (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(CwLabPage) self = user_data;
  g_autoptr(GError)    error = NULL;
  g_auto(CwJsResult)   js = { 0 };

  self->running = FALSE;
  cw_lab_page_update_actions (self);

  if (!cw_js_runner_run_finish (res, &js, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->js_time_label, _("Cancelled"));
          set_status (self, _("Cancelled"), FALSE);
        }
      else
        {
          gtk_label_set_text (self->js_time_label, error->message);
          set_status (self, NULL, FALSE);
        }
      gtk_widget_set_visible (self->ratio_row, FALSE);
      return;
    }

  {
    g_autofree char *elapsed = cw_format_duration (js.elapsed_ns);
    g_autofree char *title = NULL;
    g_autofree char *ratio = NULL;
    double           factor;

    title = js.engine_version != NULL
            ? g_strdup_printf ("%s %s", cw_js_engine_get_name (js.engine), js.engine_version)
            : g_strdup (cw_js_engine_get_name (js.engine));
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->js_row), title);
    gtk_label_set_text (self->js_time_label, elapsed);

    factor = self->c_elapsed_ns > 0 ? (double) js.elapsed_ns / (double) self->c_elapsed_ns : 0.0;
    if (factor >= 1.0)
      ratio = g_strdup_printf (_("C took %.2g× less time"), factor);
    else if (factor > 0.0)
      ratio = g_strdup_printf (_("JavaScript took %.2g× less time"), 1.0 / factor);
    else
      ratio = g_strdup ("—");
    gtk_label_set_text (self->ratio_label, ratio);
    gtk_widget_set_visible (self->ratio_row, TRUE);
    set_status (self, _("Done"), FALSE);
  }
}

static void
start_js (CwLabPage *self,
          guint      n)
{
  g_autofree char *path = NULL;
  CwJsEngine       engine = cw_js_runner_find_engine (&path);
  guint            timeout_ms;

  gtk_widget_set_visible (self->js_group, TRUE);
  gtk_widget_set_visible (self->ratio_row, FALSE);

  if (engine == CW_JS_ENGINE_NONE)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->js_row), _("JavaScript"));
      gtk_label_set_text (self->js_time_label,
                          _("No JavaScript engine was found, so only the C time is shown. Install Node.js or GJS to compare."));
      set_status (self, _("Done"), FALSE);
      return;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->js_row), cw_js_engine_get_name (engine));
  gtk_label_set_text (self->js_time_label, _("Running…"));
  set_status (self, _("Running the same recursion in JavaScript…"), FALSE);

  timeout_ms = (guint) MIN ((guint64) G_MAXUINT, MAX ((guint64) JS_MIN_TIMEOUT_MS,
                                                      self->c_elapsed_ns / 1000000 * 100));
  self->running = TRUE;
  cw_lab_page_update_actions (self);
  cw_js_runner_run_async (n, timeout_ms, self->cancellable, on_js_finished, g_object_ref (self));
}

static void
on_fib_finished (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(CwLabPage) self = user_data;
  g_autoptr(GError)    error = NULL;
  g_auto(CwFibResult)  result = { 0 };
  g_autofree char     *shown = NULL;
  g_autofree char     *elapsed = NULL;
  g_autofree char     *digits = NULL;

  self->running = FALSE;

  if (!cw_fib_run_finish (res, &result, &error))
    {
      cw_lab_page_update_actions (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, _("Cancelled"), FALSE);
      else
        set_status (self, error->message, TRUE);
      return;
    }

  g_free (self->decimal);
  self->decimal = g_strdup (result.decimal);
  self->c_elapsed_ns = result.elapsed_ns;

  /* Never millions of digits in a label: the first and last ones, and Copy for all. */
  shown = cw_format_big_number (result.decimal, BIG_NUMBER_KEEP);
  gtk_label_set_text (self->value_label, shown);
  digits = g_strdup_printf ("%" G_GSIZE_FORMAT, result.digits);
  gtk_label_set_text (self->digits_label, digits);
  elapsed = cw_format_duration (result.elapsed_ns);
  if (result.convert_ns > 0)
    {
      g_autofree char *convert = cw_format_duration (result.convert_ns);
      g_autofree char *text = g_strdup_printf (_("%s (and %s to write it in decimal)"), elapsed, convert);

      gtk_label_set_text (self->time_label, text);
    }
  else
    gtk_label_set_text (self->time_label, elapsed);

  gtk_widget_set_visible (self->calls_row, result.algorithm == CW_FIB_NAIVE);
  if (result.algorithm == CW_FIB_NAIVE)
    {
      g_autofree char *rate = cw_format_rate (result.calls, result.elapsed_ns);
      g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT " (%s)", result.calls, rate);

      gtk_label_set_text (self->calls_label, text);
    }

  gtk_widget_set_visible (self->result_group, TRUE);
  show_exactness (self, &result);
  g_signal_emit (self, signals[SIGNAL_RUN_FINISHED], 0, &result);

  if (result.algorithm == CW_FIB_NAIVE && gtk_switch_get_active (self->compare_switch))
    start_js (self, result.n);
  else
    {
      gtk_widget_set_visible (self->js_group, FALSE);
      set_status (self, _("Done"), FALSE);
    }

  cw_lab_page_update_actions (self);
}

/* What was shown belongs to the last run's n and algorithm: it goes as soon as a new run
 * starts or is refused, so an old F(n) never stands under a new n. */
static void
clear_result (CwLabPage *self)
{
  GtkLabel *labels[] = {
    self->value_label, self->digits_label, self->time_label, self->calls_label,
    self->u32_label, self->number_label, self->u64_label, self->exact_label,
    self->js_time_label, self->ratio_label,
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_label_set_text (labels[i], "");
  g_clear_pointer (&self->decimal, g_free);
  self->c_elapsed_ns = 0;
  gtk_widget_set_visible (self->result_group, FALSE);
  gtk_widget_set_visible (self->exact_group, FALSE);
  gtk_widget_set_visible (self->js_group, FALSE);
  gtk_widget_set_visible (self->ratio_row, FALSE);
  cw_lab_page_update_actions (self);
}

static void
cw_lab_page_run_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwLabPage        *self = CW_LAB_PAGE (widget);
  g_autoptr(GError) error = NULL;
  CwFibAlgorithm    algorithm = selected_algorithm (self);
  guint             n;

  if (self->running)
    return;

  clear_result (self);
  if (!cw_fib_parse_n (gtk_editable_get_text (GTK_EDITABLE (self->n_entry)), &n, &error) ||
      n > cw_fib_max_n (algorithm))
    {
      if (error == NULL)
        g_set_error (&error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE,
                     _("n = %u is too large for %s (at most %u)."),
                     n, cw_fib_algorithm_get_title (algorithm), cw_fib_max_n (algorithm));
      gtk_widget_add_css_class (GTK_WIDGET (self->n_entry), "error");
      set_status (self, error->message, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->n_entry));
      return;
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->running = TRUE;
  cw_lab_page_update_actions (self);
  set_status (self, _("Running in C on a worker thread…"), FALSE);

  cw_fib_run_async (algorithm, n, self->cancellable, on_fib_finished, g_object_ref (self));
}

static void
cw_lab_page_cancel_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CwLabPage *self = CW_LAB_PAGE (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
cw_lab_page_copy_result_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CwLabPage *self = CW_LAB_PAGE (widget);

  if (self->decimal == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->decimal);
  cw_widget_add_toast_text (widget, _("Number copied"));
}

/* The sweep: a worker thread times each n, best of a few runs, for both series. */
typedef struct
{
  GArray *naive;
  GArray *doubling;
} SweepData;

static void
sweep_data_free (SweepData *data)
{
  g_clear_pointer (&data->naive, g_array_unref);
  g_clear_pointer (&data->doubling, g_array_unref);
  g_free (data);
}

static guint64
best_time (CwFibAlgorithm algorithm,
           guint          n,
           GCancellable  *cancellable)
{
  guint64 best = G_MAXUINT64;
  guint   i;

  for (i = 0; i < SWEEP_REPEATS; i++)
    {
      g_auto(CwFibResult) result = { 0 };

      if (!cw_fib_run (algorithm, n, cancellable, &result, NULL))
        return 0;
      best = MIN (best, MAX (result.elapsed_ns, 1));
    }

  return best;
}

static void
sweep_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SweepData *data = g_new0 (SweepData, 1);
  guint      n;

  data->naive = g_array_new (FALSE, FALSE, sizeof (guint64));
  data->doubling = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (n = 0; n <= SWEEP_NAIVE_MAX_N; n++)
    {
      guint64 naive = best_time (CW_FIB_NAIVE, n, cancellable);
      guint64 doubling = best_time (CW_FIB_DOUBLING, n, cancellable);

      if (g_cancellable_is_cancelled (cancellable))
        {
          sweep_data_free (data);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Cancelled"));
          return;
        }

      g_array_append_val (data->naive, naive);
      g_array_append_val (data->doubling, doubling);
    }

  g_task_return_pointer (task, data, (GDestroyNotify) sweep_data_free);
}

static void
on_sweep_finished (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  CwLabPage        *self = CW_LAB_PAGE (source);
  g_autoptr(GError) error = NULL;
  SweepData        *data;
  guint             n;

  self->sweeping = FALSE;
  cw_lab_page_update_actions (self);

  data = g_task_propagate_pointer (G_TASK (res), &error);
  if (data == NULL)
    {
      set_status (self, error->message, !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
      return;
    }

  cw_timing_chart_clear (self->chart);
  for (n = 0; n < data->naive->len; n++)
    {
      cw_timing_chart_add_point (self->chart, 0, n, g_array_index (data->naive, guint64, n));
      cw_timing_chart_add_point (self->chart, 1, n, g_array_index (data->doubling, guint64, n));
    }
  sweep_data_free (data);
  set_status (self, _("Curve drawn"), FALSE);
}

static void
cw_lab_page_sweep_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CwLabPage       *self = CW_LAB_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  if (self->sweeping)
    return;

  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }

  self->sweeping = TRUE;
  cw_lab_page_update_actions (self);
  set_status (self, _("Timing n = 0 to 32…"), FALSE);

  task = g_task_new (self, self->cancellable, on_sweep_finished, NULL);
  g_task_set_source_tag (task, cw_lab_page_sweep_action);
  g_task_run_in_thread (task, sweep_thread);
}

static void
on_n_changed (CwLabPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->n_entry), "error");
}

static void
on_n_activate (CwLabPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "lab.run", NULL);
}

static void
on_algorithm_changed (CwLabPage *self)
{
  on_n_changed (self);
}

static void
cw_lab_page_dispose (GObject *object)
{
  CwLabPage *self = CW_LAB_PAGE (object);
  GtkWidget *child;

  /* A run in flight holds its own reference; tell it to stop. */
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_LAB_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->decimal, g_free);

  G_OBJECT_CLASS (cw_lab_page_parent_class)->dispose (object);
}

static void
cw_lab_page_class_init (CwLabPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lab_page_dispose;

  /**
   * CwLabPage::run-finished:
   * @result: (type gpointer): the CwFibResult of a finished run
   *
   * Emitted after each successful run of the C core, so it can be saved in the history.
   */
  signals[SIGNAL_RUN_FINISHED] =
    g_signal_new ("run-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cw-lab-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, n_entry);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, algorithm_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, compare_switch);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, result_group);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, value_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, digits_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, digits_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, calls_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, calls_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, js_group);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, js_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, js_time_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, ratio_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, run_button);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, sweep_button);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, ratio_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, exact_group);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, u32_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, u32_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, number_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, u64_row);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, u64_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, exact_label);
  gtk_widget_class_bind_template_child (widget_class, CwLabPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_n_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_n_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_algorithm_changed);

  gtk_widget_class_install_action (widget_class, "lab.run", NULL, cw_lab_page_run_action);
  gtk_widget_class_install_action (widget_class, "lab.cancel", NULL, cw_lab_page_cancel_action);
  gtk_widget_class_install_action (widget_class, "lab.sweep", NULL, cw_lab_page_sweep_action);
  gtk_widget_class_install_action (widget_class, "lab.copy-result", NULL,
                                   cw_lab_page_copy_result_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "lab.cancel", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "labpage");
}

static void
cw_lab_page_init (CwLabPage *self)
{
  g_autoptr(GtkStringList) algorithms = gtk_string_list_new (NULL);
  guint                    i;

  g_type_ensure (CW_TYPE_TIMING_CHART);

  gtk_widget_init_template (GTK_WIDGET (self));
  cw_accessible_name_by_mnemonic (self->run_button);
  cw_accessible_name_by_mnemonic (self->cancel_button);
  cw_accessible_name_by_mnemonic (self->sweep_button);

  for (i = 0; i < CW_FIB_N_ALGORITHMS; i++)
    gtk_string_list_append (algorithms, cw_fib_algorithm_get_title ((CwFibAlgorithm) i));
  adw_combo_row_set_model (self->algorithm_row, G_LIST_MODEL (algorithms));
  adw_combo_row_set_selected (self->algorithm_row, CW_FIB_NAIVE);

  cw_timing_chart_set_series_label (self->chart, 0, _("Naive recursion"));
  cw_timing_chart_set_series_label (self->chart, 1, _("Fast doubling"));

  cw_lab_page_update_actions (self);
}

GtkWidget *
cw_lab_page_new (void)
{
  return g_object_new (CW_TYPE_LAB_PAGE, NULL);
}

void
cw_lab_page_set_n (CwLabPage *self,
                   guint      n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  g_return_if_fail (CW_IS_LAB_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->n_entry), text);
}

void
cw_lab_page_set_algorithm (CwLabPage      *self,
                           CwFibAlgorithm  algorithm)
{
  g_return_if_fail (CW_IS_LAB_PAGE (self));

  adw_combo_row_set_selected (self->algorithm_row, algorithm);
}

gboolean
cw_lab_page_get_running (CwLabPage *self)
{
  g_return_val_if_fail (CW_IS_LAB_PAGE (self), FALSE);

  return self->running || self->sweeping;
}

/**
 * cw_lab_page_get_text:
 * @what: "value", "digits", "time", "calls", "status", "js-time", "ratio"
 *
 * What the page shows for @what, as a person reads it (for tests and tools).
 */
const char *
cw_lab_page_get_text (CwLabPage  *self,
                      const char *what)
{
  g_return_val_if_fail (CW_IS_LAB_PAGE (self), NULL);

  if (g_strcmp0 (what, "value") == 0)
    return gtk_label_get_text (self->value_label);
  if (g_strcmp0 (what, "digits") == 0)
    return gtk_label_get_text (self->digits_label);
  if (g_strcmp0 (what, "time") == 0)
    return gtk_label_get_text (self->time_label);
  if (g_strcmp0 (what, "calls") == 0)
    return gtk_label_get_text (self->calls_label);
  if (g_strcmp0 (what, "status") == 0)
    return gtk_label_get_text (self->status_label);
  if (g_strcmp0 (what, "js-time") == 0)
    return gtk_label_get_text (self->js_time_label);
  if (g_strcmp0 (what, "ratio") == 0)
    return gtk_label_get_text (self->ratio_label);
  if (g_strcmp0 (what, "u32") == 0)
    return gtk_label_get_text (self->u32_label);
  if (g_strcmp0 (what, "number") == 0)
    return gtk_label_get_text (self->number_label);

  g_return_val_if_reached (NULL);
}
