/* test-format.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cw-format.h"

static void
check (char       *got,
       const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_duration (void)
{
  check (cw_format_duration (0), "0 ns");
  check (cw_format_duration (999), "999 ns");
  check (cw_format_duration (1000), "1 µs");
  check (cw_format_duration (12345), "12.3 µs");
  check (cw_format_duration (1500000), "1.5 ms");
  check (cw_format_duration (140000000), "140 ms");
  check (cw_format_duration (G_GUINT64_CONSTANT (2340000000)), "2.34 s");
  check (cw_format_duration (G_GUINT64_CONSTANT (125000000000)), "2 min 05 s");
}

static void
test_rate (void)
{
  check (cw_format_rate (331160281, 140000000), "2.37 billion per second");
  check (cw_format_rate (5, 1000000000), "5 per second");
  check (cw_format_rate (2500, 1000000000), "2.5 thousand per second");
  check (cw_format_rate (1, 0), "—");
}

static void
test_big_number (void)
{
  check (cw_format_big_number ("12345", 10), "12345");
  check (cw_format_big_number ("1234567890", 2), "12…90");
  check (cw_format_big_number ("1234567", 2), "1234567");
  check (cw_format_big_number ("123", 0), "123");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/duration", test_duration);
  g_test_add_func ("/format/rate", test_rate);
  g_test_add_func ("/format/big-number", test_big_number);

  return g_test_run ();
}
