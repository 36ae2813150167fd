/* test-lab.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-lab-page-private.h"
#include "cw-test-utils.h"
#include "cw-timing-chart-private.h"
#include "cw-window-private.h"

/* The Fibonacci lab in a real window: runs on a worker thread, results as shown. */

static CwWindow *
open_lab (CwApplication *app)
{
  CwWindow *window = cw_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (cw_test_wait_mapped (GTK_WIDGET (window)));
  g_assert_true (cw_window_show_section (window, "lab"));
  cw_test_iterate (50);

  return window;
}

static CwLabPage *
lab_of (CwWindow *window)
{
  return CW_LAB_PAGE (cw_window_get_page (window, "lab"));
}

static gboolean
not_running (gpointer data)
{
  return !cw_lab_page_get_running (CW_LAB_PAGE (data));
}

static void
set_compare (CwLabPage *lab,
             gboolean   compare)
{
  GtkWidget *toggle = cw_test_find_by_type (GTK_WIDGET (lab), GTK_TYPE_SWITCH);

  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), compare);
}

static void
run_and_wait (CwLabPage *lab)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_true (cw_test_wait_until (not_running, lab, CW_TEST_FINISHES_MS));
  cw_test_iterate (20);
}

static void
test_lab_run_fib25 (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));
  const char    *time;

  /* The controls carry the names the design promises. */
  g_assert_true (GTK_IS_ENTRY (cw_test_find_control (GTK_WIDGET (lab), GTK_TYPE_ENTRY, "n")));
  g_assert_true (GTK_IS_BUTTON (cw_test_find_control (GTK_WIDGET (lab), GTK_TYPE_BUTTON, "Run")));
  g_assert_true (GTK_IS_BUTTON (cw_test_find_control (GTK_WIDGET (lab), GTK_TYPE_BUTTON, "Cancel")));

  set_compare (lab, FALSE);
  cw_lab_page_set_n (lab, 25);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  run_and_wait (lab);

  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "75025");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "digits"), ==, "5");
  g_assert_true (g_str_has_prefix (cw_lab_page_get_text (lab, "calls"), "242785 ("));
  time = cw_lab_page_get_text (lab, "time");
  g_assert_true (g_str_has_suffix (time, " ns") || g_str_has_suffix (time, " µs") ||
                 g_str_has_suffix (time, " ms"));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "status"), ==, "Done");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "u32"), ==, "75025");

  cw_test_application_free (app);
}

static void
test_lab_exactness (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));

  cw_lab_page_set_n (lab, 79);
  cw_lab_page_set_algorithm (lab, CW_FIB_DOUBLING);
  run_and_wait (lab);

  /* F(79) = 14472334024676221: a u32 wraps, a Number rounds, a u64 holds it. */
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "14472334024676221");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "number"), ==, "14472334024676220");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "u32"), ==, "3634140029");

  /* Beyond u64 the exact algorithm shows the first and last digits. */
  cw_lab_page_set_n (lab, 100000);
  cw_lab_page_set_algorithm (lab, CW_FIB_EXACT);
  run_and_wait (lab);
  g_assert_cmpstr (cw_lab_page_get_text (lab, "digits"), ==, "20899");
  g_assert_true (g_str_has_prefix (cw_lab_page_get_text (lab, "value"), "25974069347221724166…"));

  cw_test_application_free (app);
}

/* Issue 9, 3.4: after a run, a new run (or a refused one) left the old F(n) on screen under
 * the new n, during the run and after a cancel or an error. */
static void
test_lab_no_stale_result (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));

  set_compare (lab, FALSE);
  cw_lab_page_set_n (lab, 25);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  run_and_wait (lab);
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "75025");

  /* A new run: the old number goes at once, and stays gone after a cancel. */
  cw_lab_page_set_n (lab, 55);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_true (cw_lab_page_get_running (lab));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "u32"), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.cancel", NULL));
  g_assert_true (cw_test_wait_until (not_running, lab, CW_TEST_FINISHES_MS));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "");

  /* A run refused for its range: nothing of the last result under the new n either. */
  cw_lab_page_set_n (lab, 30);
  run_and_wait (lab);
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "832040");
  cw_lab_page_set_n (lab, 94);
  cw_lab_page_set_algorithm (lab, CW_FIB_DOUBLING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_false (cw_lab_page_get_running (lab));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "digits"), ==, "");

  cw_test_application_free (app);
}

static void
test_lab_bad_input (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));
  GtkWidget     *entry = cw_test_find_control (GTK_WIDGET (lab), GTK_TYPE_ENTRY, "n");
  const char    *bad[] = { "abc", "-3", "", "12x" };
  guint          i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), bad[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
      g_assert_false (cw_lab_page_get_running (lab));
      g_assert_true (gtk_widget_has_css_class (entry, "error"));
      g_assert_cmpstr (cw_lab_page_get_text (lab, "status"), !=, "");
    }

  /* Too large for the algorithm: a message naming the limit, no run. */
  cw_lab_page_set_n (lab, 94);
  cw_lab_page_set_algorithm (lab, CW_FIB_DOUBLING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_false (cw_lab_page_get_running (lab));
  g_assert_nonnull (strstr (cw_lab_page_get_text (lab, "status"), "93"));

  cw_test_application_free (app);
}

typedef struct
{
  CwLabPage *lab;
  guint      ticks_while_running;
  GThread   *main_thread;
  GThread   *finished_in;
  guint      finished;
} TickStats;

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  TickStats *stats = data;

  if (cw_lab_page_get_running (stats->lab))
    stats->ticks_while_running++;

  return G_SOURCE_CONTINUE;
}

static void
on_run_finished (CwLabPage         *lab,
                 const CwFibResult *result,
                 gpointer           data)
{
  TickStats *stats = data;

  stats->finished_in = g_thread_self ();
  stats->finished++;
}

static gboolean
ten_frames_while_running (gpointer data)
{
  return ((TickStats *) data)->ticks_while_running >= 10;
}

/* The structural fact, on any machine however busy: while the worker computes, frames keep
 * arriving, and the result is delivered on the main thread. How long the longest gap between
 * frames is, is a figure for make bench (bench-lab), never a verdict here. */
static void
test_lab_main_loop_keeps_ticking (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));
  TickStats      stats = { 0 };
  guint          tick_id;

  stats.lab = lab;
  stats.main_thread = g_thread_self ();
  g_signal_connect (lab, "run-finished", G_CALLBACK (on_run_finished), &stats);
  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (lab), on_tick, &stats, NULL);
  set_compare (lab, FALSE);

  /* Naive fib(55) takes minutes: ten frames arrive long before it could finish, whatever the
   * machine's speed, then it is cancelled. */
  cw_lab_page_set_n (lab, 55);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  g_assert_true (cw_lab_page_get_running (lab));
  g_assert_true (cw_test_wait_until (ten_frames_while_running, &stats, CW_TEST_FINISHES_MS));
  g_assert_true (cw_lab_page_get_running (lab));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.cancel", NULL));
  g_assert_true (cw_test_wait_until (not_running, lab, CW_TEST_FINISHES_MS));
  g_assert_cmpuint (stats.finished, ==, 0);

  /* A run that completes: its result arrives on the main thread. */
  cw_lab_page_set_n (lab, 30);
  run_and_wait (lab);
  gtk_widget_remove_tick_callback (GTK_WIDGET (lab), tick_id);
  g_assert_cmpuint (stats.finished, ==, 1);
  g_assert_true (stats.finished_in == stats.main_thread);
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "832040");

  cw_test_application_free (app);
}

static void
test_lab_cancel (void)
{
  CwApplication *app = cw_test_application_new ();
  CwWindow      *window = open_lab (app);
  CwLabPage     *lab = lab_of (window);

  set_compare (lab, FALSE);
  cw_lab_page_set_n (lab, 55);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL));
  cw_test_iterate (300);
  g_assert_true (cw_lab_page_get_running (lab));

  /* The window stays responsive while it runs: switching sections works at once. */
  g_assert_true (cw_window_show_section (window, "concepts"));
  cw_test_iterate (20);
  g_assert_true (cw_window_show_section (window, "lab"));

  /* Uncancelled, naive fib(55) runs for minutes: stopping within the bound is the cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.cancel", NULL));
  g_assert_true (cw_test_wait_until (not_running, lab, CW_TEST_FINISHES_MS));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "status"), ==, "Cancelled");

  cw_test_application_free (app);
}

static void
test_lab_beside_javascript (void)
{
  CwApplication   *app;
  CwLabPage       *lab;
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *gjs = g_find_program_in_path ("gjs");

  if (node == NULL && gjs == NULL)
    {
      g_test_skip ("Neither node nor gjs is installed");
      return;
    }

  app = cw_test_application_new ();
  lab = lab_of (open_lab (app));
  set_compare (lab, TRUE);
  cw_lab_page_set_n (lab, 24);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  run_and_wait (lab);

  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "46368");
  g_assert_cmpstr (cw_lab_page_get_text (lab, "js-time"), !=, "");
  /* Which side was faster is a measurement, not a verdict: the comparison is shown. */
  g_assert_true (strstr (cw_lab_page_get_text (lab, "ratio"), "less time") != NULL);

  cw_test_application_free (app);
}

static void
test_lab_no_javascript_engine (void)
{
  CwApplication *app;
  CwLabPage     *lab;

  g_setenv ("CRABWISE_JS_ENGINE", "none", TRUE);
  app = cw_test_application_new ();
  lab = lab_of (open_lab (app));
  set_compare (lab, TRUE);
  cw_lab_page_set_n (lab, 20);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  run_and_wait (lab);

  /* Said plainly, and the C timing is still there. */
  g_assert_cmpstr (cw_lab_page_get_text (lab, "value"), ==, "6765");
  g_assert_nonnull (strstr (cw_lab_page_get_text (lab, "js-time"), "No JavaScript engine"));
  g_assert_cmpstr (cw_lab_page_get_text (lab, "time"), !=, "");
  g_unsetenv ("CRABWISE_JS_ENGINE");

  cw_test_application_free (app);
}

static gboolean
has_points (gpointer data)
{
  return cw_timing_chart_get_n_points (CW_TIMING_CHART (data), 0) > 0;
}

static void
test_lab_growth_curve (void)
{
  CwApplication *app = cw_test_application_new ();
  CwLabPage     *lab = lab_of (open_lab (app));
  GtkWidget     *chart = cw_test_find_by_type (GTK_WIDGET (lab), CW_TYPE_TIMING_CHART);

  g_assert_nonnull (chart);
  g_assert_cmpuint (cw_timing_chart_get_n_points (CW_TIMING_CHART (chart), 0), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lab), "lab.sweep", NULL));
  g_assert_true (cw_test_wait_until (has_points, chart, CW_TEST_FINISHES_MS));
  g_assert_cmpuint (cw_timing_chart_get_n_points (CW_TIMING_CHART (chart), 0), ==, 33);
  g_assert_cmpuint (cw_timing_chart_get_n_points (CW_TIMING_CHART (chart), 1), ==, 33);

  cw_test_application_free (app);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  g_test_add_func ("/lab/run-fib25", test_lab_run_fib25);
  g_test_add_func ("/lab/exactness", test_lab_exactness);
  g_test_add_func ("/lab/bad-input", test_lab_bad_input);
  g_test_add_func ("/lab/no-stale-result", test_lab_no_stale_result);
  g_test_add_func ("/lab/main-loop-keeps-ticking", test_lab_main_loop_keeps_ticking);
  g_test_add_func ("/lab/cancel", test_lab_cancel);
  g_test_add_func ("/lab/beside-javascript", test_lab_beside_javascript);
  g_test_add_func ("/lab/no-javascript-engine", test_lab_no_javascript_engine);
  g_test_add_func ("/lab/growth-curve", test_lab_growth_curve);

  return g_test_run ();
}
