/* bench-practice.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cw-exercise-view.h"
#include "bench-frames.h"
#include "cw-test-utils.h"
#include "cw-window-private.h"

/*
 * How smooth the window stays while rustc checks a learner's code: the longest gap between
 * two frames from Check to the verdict, against the same window doing nothing for as long
 * (the reference, in the same run on the same machine). A figure, never a verdict; the suite
 * asserts that the check runs on a worker (tests/test-exercise-view.c).
 */

#define LESSON "ownership"
#define RUNS   5

static gboolean
is_ready (gpointer data)
{
  return cw_exercise_view_get_toolchain_ready (CW_EXERCISE_VIEW (data));
}

static gboolean
is_done (gpointer data)
{
  return !cw_exercise_view_get_checking (CW_EXERCISE_VIEW (data)) &&
         cw_exercise_view_get_result (CW_EXERCISE_VIEW (data)) != NULL;
}

int
main (int   argc,
      char *argv[])
{
  CwApplication *app;
  CwWindow      *window;
  GtkWidget     *view;
  gint64         busy[RUNS];
  gint64         idle[RUNS];
  gint64         took_us[RUNS];
  guint          i;

  cw_test_init (&argc, &argv);
  app = cw_test_application_new ();
  window = cw_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 900);
  gtk_window_present (GTK_WINDOW (window));
  if (!cw_test_wait_mapped (GTK_WIDGET (window)) || !cw_window_open_lesson (window, LESSON, 0))
    g_error ("the lesson did not open");
  cw_test_iterate (500);
  view = cw_test_find_by_type (GTK_WIDGET (window), CW_TYPE_EXERCISE_VIEW);
  if (view == NULL || !cw_test_wait_until (is_ready, view, 10 * CW_TEST_FINISHES_MS))
    g_error ("no exercise, or no rustc to check it with");

  for (i = 0; i < RUNS; i++)
    {
      BenchGaps gaps = { 0 };
      guint     id = gtk_widget_add_tick_callback (GTK_WIDGET (window), bench_gaps_on_tick, &gaps,
                                                  NULL);
      gint64    start = g_get_monotonic_time ();

      if (!gtk_widget_activate_action (view, "exercise.check", NULL) ||
          !cw_test_wait_until (is_done, view, 10 * CW_TEST_FINISHES_MS))
        g_error ("the check did not finish");
      took_us[i] = g_get_monotonic_time () - start;
      gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
      busy[i] = gaps.max_gap;

      /* The reference: the same window, idle, for as long, with the same frame counting. */
      memset (&gaps, 0, sizeof gaps);
      id = gtk_widget_add_tick_callback (GTK_WIDGET (window), bench_gaps_on_tick, &gaps, NULL);
      cw_test_iterate ((guint) (took_us[i] / 1000));
      gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
      idle[i] = gaps.max_gap;
    }

  qsort (busy, RUNS, sizeof busy[0], bench_compare_gint64);
  qsort (idle, RUNS, sizeof idle[0], bench_compare_gint64);
  qsort (took_us, RUNS, sizeof took_us[0], bench_compare_gint64);
  g_print ("practice: longest gap between frames, median of %u checks of the first %s "
           "exercise (Check to verdict, median %.0f ms)\n", RUNS, LESSON, took_us[RUNS / 2] / 1000.0);
  g_print ("  while rustc checks       %6.1f ms (min %.1f, max %.1f)\n",
           busy[RUNS / 2] / 1000.0, busy[0] / 1000.0, busy[RUNS - 1] / 1000.0);
  g_print ("  idle window (reference)  %6.1f ms (min %.1f, max %.1f)\n",
           idle[RUNS / 2] / 1000.0, idle[0] / 1000.0, idle[RUNS - 1] / 1000.0);
  g_print ("  ratio checking / idle    %6.2f\n",
           idle[RUNS / 2] > 0 ? (double) busy[RUNS / 2] / (double) idle[RUNS / 2] : 0.0);

  cw_test_application_free (app);

  return 0;
}
