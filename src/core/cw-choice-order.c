/* cw-choice-order.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-choice-order"

#include "config.h"

#include "cw-choice-order.h"

/*
 * The order in which a question's choices are shown. Authors write the right answer
 * wherever it reads best, so the shown order is shuffled; but a learner who comes back to a
 * question must find it as they left it, so the shuffle is a pure function of the learner's
 * seed (kept in their progress) and the question. GRand's Mersenne Twister gives the same
 * sequence for the same seed array on every platform and GLib version since 2.2, and
 * g_str_hash is a fixed djb2, so an order never changes under the learner.
 */

/**
 * cw_choice_order:
 * @seed: the learner's seed
 * @lesson_id: the question's lesson
 * @question: the question's position in its lesson
 * @n_choices: how many choices it has
 * @order: (out caller-allocates) (array length=n_choices): on return, the choice shown
 *   first, second, …: a permutation of 0 … @n_choices - 1
 */
void
cw_choice_order (guint32     seed,
                 const char *lesson_id,
                 guint       question,
                 guint       n_choices,
                 guint      *order)
{
  guint32 seeds[3];
  GRand  *rand;
  guint   i;

  g_return_if_fail (lesson_id != NULL);
  g_return_if_fail (order != NULL || n_choices == 0);

  for (i = 0; i < n_choices; i++)
    order[i] = i;
  if (n_choices < 2)
    return;

  seeds[0] = seed;
  seeds[1] = g_str_hash (lesson_id);
  seeds[2] = question;
  rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));

  /* Fisher–Yates, from the end */
  for (i = n_choices - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
    }

  g_rand_free (rand);
}
