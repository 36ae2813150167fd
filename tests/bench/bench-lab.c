/* bench-lab.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cw-lab-page-private.h"
#include "bench-frames.h"
#include "cw-test-utils.h"
#include "cw-window-private.h"

/*
 * How smooth the window stays while the lab computes: the longest gap between two frames
 * while naive fib(42) runs on the worker thread, against the same window doing nothing for
 * as long (the reference, measured in the same run on the same machine). A figure, never a
 * verdict: it fails only if the run itself fails. The suite asserts the structural fact
 * (frames keep arriving, the result comes back on the main thread) in tests/test-lab.c.
 */

#define N 42
#define RUNS 5

static gboolean
not_running (gpointer data)
{
  return !cw_lab_page_get_running (CW_LAB_PAGE (data));
}

int
main (int   argc,
      char *argv[])
{
  CwApplication *app;
  CwWindow      *window;
  CwLabPage     *lab;
  gint64         busy[RUNS];
  gint64         idle[RUNS];
  guint          i;

  cw_test_init (&argc, &argv);
  app = cw_test_application_new ();
  window = cw_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 900);
  gtk_window_present (GTK_WINDOW (window));
  if (!cw_test_wait_mapped (GTK_WIDGET (window)) || !cw_window_show_section (window, "lab"))
    g_error ("the lab did not open");
  lab = CW_LAB_PAGE (cw_window_get_page (window, "lab"));
  gtk_switch_set_active (GTK_SWITCH (cw_test_find_by_type (GTK_WIDGET (lab), GTK_TYPE_SWITCH)), FALSE);
  cw_lab_page_set_n (lab, N);
  cw_lab_page_set_algorithm (lab, CW_FIB_NAIVE);
  cw_test_iterate (500);

  for (i = 0; i < RUNS; i++)
    {
      BenchGaps gaps = { 0 };
      guint     id = gtk_widget_add_tick_callback (GTK_WIDGET (lab), bench_gaps_on_tick, &gaps,
                                                  NULL);
      gint64    start = g_get_monotonic_time ();
      gint64    took;

      if (!gtk_widget_activate_action (GTK_WIDGET (lab), "lab.run", NULL) ||
          !cw_test_wait_until (not_running, lab, 10 * CW_TEST_FINISHES_MS))
        g_error ("naive fib(%u) did not finish", N);
      took = g_get_monotonic_time () - start;
      gtk_widget_remove_tick_callback (GTK_WIDGET (lab), id);
      busy[i] = gaps.max_gap;

      /* The reference: the same window, idle, for as long, with the same frame counting. */
      memset (&gaps, 0, sizeof gaps);
      id = gtk_widget_add_tick_callback (GTK_WIDGET (lab), bench_gaps_on_tick, &gaps, NULL);
      cw_test_iterate ((guint) (took / 1000));
      gtk_widget_remove_tick_callback (GTK_WIDGET (lab), id);
      idle[i] = gaps.max_gap;
    }

  qsort (busy, RUNS, sizeof busy[0], bench_compare_gint64);
  qsort (idle, RUNS, sizeof idle[0], bench_compare_gint64);
  g_print ("lab: longest gap between frames, median of %u runs of naive fib(%u)\n", RUNS, N);
  g_print ("  while the worker computes  %6.1f ms (min %.1f, max %.1f)\n",
           busy[RUNS / 2] / 1000.0, busy[0] / 1000.0, busy[RUNS - 1] / 1000.0);
  g_print ("  idle window (reference)    %6.1f ms (min %.1f, max %.1f)\n",
           idle[RUNS / 2] / 1000.0, idle[0] / 1000.0, idle[RUNS - 1] / 1000.0);
  g_print ("  ratio computing / idle     %6.2f\n",
           idle[RUNS / 2] > 0 ? (double) busy[RUNS / 2] / (double) idle[RUNS / 2] : 0.0);

  cw_test_application_free (app);

  return 0;
}
