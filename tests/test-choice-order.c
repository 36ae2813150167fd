/* test-choice-order.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-choice-order.h"

/* The shown order of a question's choices, as a pure function: no database, no widgets. */

static gboolean
is_permutation (const guint *order,
                guint        n)
{
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (n, 1));
  guint i;

  for (i = 0; i < n; i++)
    {
      if (order[i] >= n || seen[order[i]])
        return FALSE;
      seen[order[i]] = TRUE;
    }

  return TRUE;
}

static void
test_permutation (void)
{
  guint n;

  for (n = 0; n <= 8; n++)
    {
      guint order[8] = { 0, };
      guint question;

      for (question = 0; question < 50; question++)
        {
          cw_choice_order (12345, "ownership", question, n, order);
          g_assert_true (is_permutation (order, n));
        }
    }
}

/* The same learner finds the same question as they left it. */
static void
test_stable (void)
{
  guint first[5];
  guint again[5];
  guint question;

  for (question = 0; question < 20; question++)
    {
      cw_choice_order (7, "strings", question, G_N_ELEMENTS (first), first);
      cw_choice_order (7, "strings", question, G_N_ELEMENTS (again), again);
      g_assert_cmpmem (first, sizeof first, again, sizeof again);
    }
}

/* Another learner, another lesson or another question: another order, most of the time. */
static void
test_varies (void)
{
  guint base[4];
  guint other[4];
  guint by_seed = 0;
  guint by_lesson = 0;
  guint by_question = 0;
  guint i;

  cw_choice_order (1, "traits", 3, 4, base);
  for (i = 0; i < 40; i++)
    {
      cw_choice_order (2 + i, "traits", 3, 4, other);
      by_seed += memcmp (base, other, sizeof base) != 0;
      cw_choice_order (1, i % 2 ? "closures" : "lifetimes", 4 + i, 4, other);
      by_lesson += memcmp (base, other, sizeof base) != 0;
      cw_choice_order (1, "traits", 4 + i, 4, other);
      by_question += memcmp (base, other, sizeof base) != 0;
    }

  /* 1 in 24 orders equals any given one: 40 draws differ at least 25 times but for a
   * broken shuffle. */
  g_assert_cmpuint (by_seed, >=, 25);
  g_assert_cmpuint (by_lesson, >=, 25);
  g_assert_cmpuint (by_question, >=, 25);
}

/* Where the authored first choice ends up, over many questions: every place, about evenly,
 * so the right answer's place says nothing. */
static void
test_spread (void)
{
  guint counts[4] = { 0, };
  guint question;
  guint i;

  for (question = 0; question < 800; question++)
    {
      guint order[4];

      cw_choice_order (99, "collections", question, 4, order);
      for (i = 0; i < 4; i++)
        if (order[i] == 0)
          counts[i]++;
    }

  /* 200 expected in each place; 140 is more than four standard deviations below. */
  for (i = 0; i < 4; i++)
    g_assert_cmpuint (counts[i], >=, 140);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/choice-order/permutation", test_permutation);
  g_test_add_func ("/choice-order/stable", test_stable);
  g_test_add_func ("/choice-order/varies", test_varies);
  g_test_add_func ("/choice-order/spread", test_spread);

  return g_test_run ();
}
