/* progress-writer.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cw-progress-store.h"

/*
 * The victim of test-progress-crash: opens the progress store in the folder it is given and
 * writes to it in a loop, as fast as it can, until it is killed. Write k (k counts from
 * @first) is one of four kinds, k % 4:
 *
 *   0  record_answer ("crash", question k, choice k % 7, correct k % 2)
 *   1  set_note ("note-<k % 10>", "<k>")
 *   2  mark_opened ("lesson-<k>")
 *   3  add_fib_run (n k, "iterative", elapsed k, preview "<k>")
 *
 * After each write the store reports committed, it prints "committed <k>" and flushes, so
 * every line the test reads names a write that must survive the kill.
 *
 * Usage: progress-writer DATA_DIR FIRST
 */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  CwProgressStore *store;
  guint64 k;

  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s DATA_DIR FIRST\n", argv[0]);
      return 2;
    }

  store = cw_progress_store_new (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "progress-writer: %s\n", error->message);
      return 1;
    }
  if (cw_progress_store_get_recovered_from (store) != NULL)
    {
      /* Never expected: a kill must not damage the file. */
      fprintf (stderr, "progress-writer: the file was damaged and moved to %s\n",
               cw_progress_store_get_recovered_from (store));
      return 1;
    }

  /* Open: the test may now wait for the first write before it picks the moment to kill. */
  printf ("ready\n");
  fflush (stdout);

  for (k = g_ascii_strtoull (argv[2], NULL, 10); ; k++)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, k);
      gboolean ok = FALSE;

      switch (k % 4)
        {
        case 0:
          ok = cw_progress_store_record_answer (store, "crash", (guint) k, k % 7, k % 2 == 1,
                                                &error);
          break;

        case 1:
          {
            g_autofree char *lesson = g_strdup_printf ("note-%u", (guint) (k % 10));

            ok = cw_progress_store_set_note (store, lesson, text, &error);
          }
          break;

        case 2:
          {
            g_autofree char *lesson = g_strdup_printf ("lesson-%" G_GUINT64_FORMAT, k);

            ok = cw_progress_store_mark_opened (store, lesson, &error);
          }
          break;

        case 3:
        default:
          ok = cw_progress_store_add_fib_run (store, (guint) k, "iterative", k, text, &error);
          break;
        }

      if (!ok)
        {
          fprintf (stderr, "progress-writer: write %s failed: %s\n", text, error->message);
          return 1;
        }

      printf ("committed %s\n", text);
      fflush (stdout);
    }
}
