/* fib-reference.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The baseline for benchmarking cw-fib.c, deliberately without GLib:
 *
 *   fib-reference N          naive recursion, the shape of CW_FIB_NAIVE
 *   fib-reference --gmp N    mpz_fib_ui() + mpz_get_str(), the shape of CW_FIB_EXACT
 *
 * prints "F(N) = value" on stdout and the elapsed time on stderr.  Build it with the same
 * flags as cw-fib.c, e.g. hyperfine -N 'fib-reference 40' '<cw_fib_run driver> 40'.
 */

/* clock_gettime() and CLOCK_MONOTONIC are POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <gmp.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Must stay identical to cw_fib_naive_plain() in src/core/cw-fib.c. */
static uint64_t
fib (unsigned n)
{
  if (n < 2)
    return n;

  return fib (n - 1) + fib (n - 2);
}

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

static int
parse_n (const char *text,
         unsigned   *n)
{
  unsigned long value;
  char         *end;

  if (text[0] < '0' || text[0] > '9')
    return 0;

  errno = 0;
  value = strtoul (text, &end, 10);
  if (errno != 0 || *end != '\0' || value > 0xffffffffUL)
    return 0;

  *n = (unsigned) value;

  return 1;
}

static int
usage (void)
{
  fprintf (stderr, "usage: fib-reference N\n"
                   "       fib-reference --gmp N\n");

  return 2;
}

int
main (int    argc,
      char **argv)
{
  unsigned n;
  double   start;
  double   middle;
  double   end;
  uint64_t value;
  mpz_t    f;
  char    *text;
  void   (*free_func) (void *, size_t);

  if (argc == 2 && parse_n (argv[1], &n))
    {
      if (n > 93)
        {
          fprintf (stderr, "fib-reference: F(%u) overflows 64 bits\n", n);
          return 1;
        }

      start = now_ms ();
      value = fib (n);
      end = now_ms ();

      printf ("F(%u) = %" PRIu64 "\n", n, value);
      fprintf (stderr, "naive: %.3f ms\n", end - start);

      return 0;
    }

  if (argc == 3 && strcmp (argv[1], "--gmp") == 0 && parse_n (argv[2], &n))
    {
      mpz_init (f);

      start = now_ms ();
      mpz_fib_ui (f, n);
      middle = now_ms ();
      text = mpz_get_str (NULL, 10, f);
      end = now_ms ();

      printf ("F(%u) = %s\n", n, text);
      fprintf (stderr, "gmp: mpz_fib_ui %.3f ms, mpz_get_str %.3f ms, %zu digits\n",
               middle - start, end - middle, strlen (text));

      /* mpz_get_str() allocates with GMP's allocator, so free with it. */
      mp_get_memory_functions (NULL, NULL, &free_func);
      free_func (text, strlen (text) + 1);
      mpz_clear (f);

      return 0;
    }

  return usage ();
}
