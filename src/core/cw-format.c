/* cw-format.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-format"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-format.h"

/*
 * Times and rates in the units a person reads at a glance: three significant digits,
 * from nanoseconds to minutes.
 */
char *
cw_format_duration (guint64 ns)
{
  double value = (double) ns;

  if (ns < 1000)
    /* Translators: a duration in nanoseconds */
    return g_strdup_printf (_("%u ns"), (guint) ns);
  if (ns < G_GUINT64_CONSTANT (1000000))
    /* Translators: a duration in microseconds */
    return g_strdup_printf (_("%.3g µs"), value / 1e3);
  if (ns < G_GUINT64_CONSTANT (1000000000))
    /* Translators: a duration in milliseconds */
    return g_strdup_printf (_("%.3g ms"), value / 1e6);
  if (ns < G_GUINT64_CONSTANT (60000000000))
    /* Translators: a duration in seconds */
    return g_strdup_printf (_("%.3g s"), value / 1e9);

  /* Translators: a duration in minutes and seconds */
  return g_strdup_printf (_("%u min %02u s"),
                          (guint) (ns / G_GUINT64_CONSTANT (60000000000)),
                          (guint) ((ns / G_GUINT64_CONSTANT (1000000000)) % 60));
}

/* Calls per second, e.g. "2.47 billion per second". */
char *
cw_format_rate (guint64 count,
                guint64 ns)
{
  double per_second;

  if (ns == 0)
    return g_strdup ("—");

  per_second = (double) count * 1e9 / (double) ns;

  if (per_second >= 1e9)
    return g_strdup_printf (_("%.3g billion per second"), per_second / 1e9);
  if (per_second >= 1e6)
    return g_strdup_printf (_("%.3g million per second"), per_second / 1e6);
  if (per_second >= 1e3)
    return g_strdup_printf (_("%.3g thousand per second"), per_second / 1e3);

  return g_strdup_printf (_("%.3g per second"), per_second);
}

/*
 * A number too long to show whole: the first and last @keep digits around an ellipsis.
 * Millions of digits in a label would stall the window.
 */
char *
cw_format_big_number (const char *digits,
                      guint       keep)
{
  gsize length;

  g_return_val_if_fail (digits != NULL, NULL);

  length = strlen (digits);
  if (keep == 0 || length <= 2 * (gsize) keep + 3)
    return g_strdup (digits);

  return g_strdup_printf ("%.*s…%s", (int) keep, digits, digits + length - keep);
}
