/* cw-fib.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-fib"

/* clock_gettime() and CLOCK_MONOTONIC are POSIX, hidden by a strict -std=c17. */
#ifndef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 200809L
#endif

#include "config.h"

#include <glib/gi18n.h>
#include <gmp.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "cw-fib.h"

typedef struct
{
  GCancellable *cancellable;
  guint64       calls;
  gboolean      cancelled;
} CwFibNaive;

typedef struct
{
  CwFibAlgorithm algorithm;
  guint          n;
} CwFibTaskData;

G_DEFINE_QUARK (cw-fib-error-quark, cw_fib_error)

static guint64
cw_fib_now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return (guint64) ts.tv_sec * G_GUINT64_CONSTANT (1000000000) + (guint64) ts.tv_nsec;
}

static gboolean
cw_fib_algorithm_is_valid (CwFibAlgorithm algorithm)
{
  return (guint) algorithm < CW_FIB_N_ALGORITHMS;
}

/* Exactly the reference program's function (tests/bench/fib-reference.c).  It must stay free
 * of side effects: GCC turns part of this recursion into loops, and any counter or check in
 * here makes it about four times slower than the code it stands for.  The parameter is a plain
 * `unsigned int`, not `guint`, on purpose: with the typedef GCC 12 picks other induction
 * variables, and the machine code is no longer the reference's. */
static guint64
cw_fib_naive_plain (unsigned int n)
{
  if (n < 2)
    return n;

  return cw_fib_naive_plain (n - 1) + cw_fib_naive_plain (n - 2);
}

/* One plain subtree.  Its call tree is a full binary tree with F(n+1) leaves, so it makes
 * exactly 2·F(n+1) − 1 calls; counting them one by one is what we cannot afford. */
static guint64
cw_fib_naive_subtree (CwFibNaive *self,
                      guint       n)
{
  guint64 leaves;

  if (!cw_fib_u64_iterative (n + 1, &leaves))
    g_assert_not_reached ();
  self->calls += 2 * leaves - 1;

  return cw_fib_naive_plain (n);
}

/* Below the poll level.  The plain function is entered at even n only: GCC compiles it into
 * loops that step n by 2, and entered at small odd n they run about 7 % slower per call than
 * at even n (GCC 12, x86-64).  An odd node is therefore walked here, node by node, down its
 * chain of odd second children (n, n − 2, …, 1), each first child (even) going to the plain
 * function.  The call tree, the result and the call count are unchanged. */
static guint64
cw_fib_naive_unpolled (CwFibNaive *self,
                       guint       n)
{
  guint64 sum = 0;

  while (n & 1)
    {
      self->calls++;
      if (n == 1)
        return sum + 1;

      sum += cw_fib_naive_subtree (self, n - 1);
      n -= 2;
    }

  return sum + cw_fib_naive_subtree (self, n);
}

/* The same recursion, but every node with n >= CW_FIB_NAIVE_POLL_N counts itself and polls the
 * cancellable.  Those are about one node in 10^5, so polling costs nothing measurable, and the
 * longest stretch without a poll is below the poll level (under a millisecond).  Once
 * cancelled, every polled node returns at once, so unwinding is a few dozen calls. */
static guint64
cw_fib_naive_polled (CwFibNaive *self,
                     guint       n)
{
  guint64 a;
  guint64 b;

  if (n < CW_FIB_NAIVE_POLL_N)
    return cw_fib_naive_unpolled (self, n);

  self->calls++;

  if (self->cancelled || g_cancellable_is_cancelled (self->cancellable))
    {
      self->cancelled = TRUE;
      return 0;
    }

  a = cw_fib_naive_polled (self, n - 1);
  if (self->cancelled)
    return 0;
  b = cw_fib_naive_polled (self, n - 2);

  return a + b;
}

static gboolean
cw_fib_run_naive (guint          n,
                  GCancellable  *cancellable,
                  CwFibResult   *result,
                  GError       **error)
{
  CwFibNaive self = { cancellable, 0, FALSE };
  guint64    start;
  guint64    value;

  start = cw_fib_now_ns ();
  value = cw_fib_naive_polled (&self, n);
  result->elapsed_ns = cw_fib_now_ns () - start;

  if (self.cancelled)
    {
      /* Only a g_cancellable_reset() during the run, which GIO forbids, could make the first
       * call fail; we still must not return a half-computed value then. */
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The computation was cancelled"));
      return FALSE;
    }

  result->value = value;
  result->calls = self.calls;

  return TRUE;
}

static gboolean
cw_fib_run_u64 (CwFibAlgorithm   algorithm,
                guint            n,
                CwFibResult     *result,
                GError         **error)
{
  guint64  start;
  gboolean ok;

  start = cw_fib_now_ns ();
  if (algorithm == CW_FIB_ITERATIVE)
    ok = cw_fib_u64_iterative (n, &result->value);
  else
    ok = cw_fib_u64_doubling (n, &result->value);
  result->elapsed_ns = cw_fib_now_ns () - start;

  /* The range check in cw_fib_run() makes this unreachable; it is the "never silent" guarantee
   * should the bounds and the arithmetic ever disagree. */
  if (!ok)
    {
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE,
                   _("F(%u) does not fit in 64 bits. Use the exact algorithm."), n);
      return FALSE;
    }

  return TRUE;
}

static gboolean
cw_fib_run_exact (guint          n,
                  GCancellable  *cancellable,
                  CwFibResult   *result,
                  GError       **error)
{
  mpz_t   f;
  guint64 start;
  gsize   count = 0;

  mpz_init (f);

  start = cw_fib_now_ns ();
  mpz_fib_ui (f, n);
  result->elapsed_ns = cw_fib_now_ns () - start;

  /* Neither GMP call can be interrupted, so look between and after them. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      mpz_clear (f);
      return FALSE;
    }

  start = cw_fib_now_ns ();
  result->decimal = g_malloc (mpz_sizeinbase (f, 10) + 2);
  mpz_get_str (result->decimal, 10, f);
  result->convert_ns = cw_fib_now_ns () - start;

  if (n <= CW_FIB_U64_MAX_EXACT)
    {
      /* Not mpz_get_ui(): unsigned long is 32 bits on some platforms. */
      mpz_export (&result->value, &count, -1, sizeof result->value, 0, 0, f);
      g_assert (count <= 1);
    }

  mpz_clear (f);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return TRUE;
}

static gboolean
cw_fib_check_range (CwFibAlgorithm   algorithm,
                    guint            n,
                    GError         **error)
{
  guint max = cw_fib_max_n (algorithm);

  if (n <= max)
    return TRUE;

  switch (algorithm)
    {
    case CW_FIB_NAIVE:
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE,
                   _("n = %u is too large for %s (at most %u). Naive recursion would run for "
                     "an hour or more; use another algorithm."),
                   n, cw_fib_algorithm_to_string (algorithm), max);
      break;

    case CW_FIB_ITERATIVE:
    case CW_FIB_DOUBLING:
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE,
                   _("n = %u is too large for %s (at most %u). F(94) overflows 64 bits; use "
                     "the exact algorithm."),
                   n, cw_fib_algorithm_to_string (algorithm), max);
      break;

    case CW_FIB_EXACT:
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE,
                   _("n = %u is too large for %s (at most %u). A larger result would take too "
                     "much time and memory."),
                   n, cw_fib_algorithm_to_string (algorithm), max);
      break;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

static void
cw_fib_result_free (gpointer data)
{
  CwFibResult *result = data;

  cw_fib_result_clear (result);
  g_free (result);
}

static void
cw_fib_run_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  CwFibTaskData *data = task_data;
  CwFibResult   *result;
  GError        *error = NULL;

  result = g_new0 (CwFibResult, 1);

  if (cw_fib_run (data->algorithm, data->n, cancellable, result, &error))
    {
      g_task_return_pointer (task, result, cw_fib_result_free);
    }
  else
    {
      g_free (result);
      g_task_return_error (task, error);
    }
}

const char *
cw_fib_algorithm_to_string (CwFibAlgorithm algorithm)
{
  switch (algorithm)
    {
    case CW_FIB_NAIVE:
      return "naive";
    case CW_FIB_ITERATIVE:
      return "iterative";
    case CW_FIB_DOUBLING:
      return "doubling";
    case CW_FIB_EXACT:
      return "exact";
    default:
      return NULL;
    }
}

gboolean
cw_fib_algorithm_from_string (const char     *text,
                              CwFibAlgorithm *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (i = 0; i < CW_FIB_N_ALGORITHMS; i++)
    {
      if (g_strcmp0 (text, cw_fib_algorithm_to_string ((CwFibAlgorithm) i)) == 0)
        {
          *out = (CwFibAlgorithm) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cw_fib_algorithm_get_title (CwFibAlgorithm algorithm)
{
  switch (algorithm)
    {
    case CW_FIB_NAIVE:
      return _("Naive recursion");
    case CW_FIB_ITERATIVE:
      return _("Iterative");
    case CW_FIB_DOUBLING:
      return _("Fast doubling");
    case CW_FIB_EXACT:
      return _("Exact (GMP)");
    default:
      return NULL;
    }
}

guint
cw_fib_max_n (CwFibAlgorithm algorithm)
{
  switch (algorithm)
    {
    case CW_FIB_NAIVE:
      return CW_FIB_NAIVE_MAX_N;
    case CW_FIB_ITERATIVE:
    case CW_FIB_DOUBLING:
      return CW_FIB_U64_MAX_EXACT;
    case CW_FIB_EXACT:
      return CW_FIB_EXACT_MAX_N;
    default:
      return 0;
    }
}

/* Surrounding ASCII whitespace is ignored, because a value pasted into an entry often carries
 * a space or a newline; anything else that is not a digit is rejected, including a sign.
 * Leading zeros are fine ("007" is 7). */
gboolean
cw_fib_parse_n (const char  *text,
                guint       *n,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  const char      *p;
  guint64          value = 0;

  g_return_val_if_fail (n != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_strstrip (trimmed);

  if (trimmed[0] == '\0')
    {
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID,
                   _("Enter a whole number for n, from 0 to %u"), G_MAXUINT);
      return FALSE;
    }

  if (trimmed[0] == '-')
    {
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID,
                   _("n cannot be negative (“%s”). Enter a whole number from 0 to %u."),
                   trimmed, G_MAXUINT);
      return FALSE;
    }

  for (p = trimmed; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        {
          g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID,
                       _("“%s” is not a whole number. Use only the digits 0 to 9."),
                       trimmed);
          return FALSE;
        }

      /* Stays far below G_MAXUINT64: we stop as soon as it passes G_MAXUINT. */
      if (value <= G_MAXUINT)
        value = value * 10 + (guint64) (*p - '0');
    }

  if (value > G_MAXUINT)
    {
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID,
                   _("n = %s is too large. Enter a whole number from 0 to %u."),
                   trimmed, G_MAXUINT);
      return FALSE;
    }

  *n = (guint) value;

  return TRUE;
}

/**
 * cw_fib_run:
 * @algorithm: how to compute
 * @n: the index, at most cw_fib_max_n (@algorithm)
 * @cancellable: (nullable): cancels the naive recursion within a millisecond; the exact
 *   algorithm is checked before, between and after its two GMP calls
 * @result: (out caller-allocates): overwritten without being freed first, so clear a previous
 *   result with cw_fib_result_clear(); zeroed on failure
 * @error: CW_FIB_ERROR_INVALID for an unknown algorithm, CW_FIB_ERROR_RANGE for n above the
 *   bound, G_IO_ERROR_CANCELLED when cancelled
 *
 * Computes F(n) in the calling thread; see cw_fib_run_async() for a worker thread.
 * Thread-safe: it uses no global state.
 */
gboolean
cw_fib_run (CwFibAlgorithm   algorithm,
            guint            n,
            GCancellable    *cancellable,
            CwFibResult     *result,
            GError         **error)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);

  if (!cw_fib_algorithm_is_valid (algorithm))
    {
      g_set_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID,
                   _("Unknown algorithm (%d). Choose naive, iterative, doubling or exact."),
                   (int) algorithm);
      return FALSE;
    }

  if (!cw_fib_check_range (algorithm, n, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (algorithm)
    {
    case CW_FIB_NAIVE:
      ok = cw_fib_run_naive (n, cancellable, result, error);
      break;

    case CW_FIB_ITERATIVE:
    case CW_FIB_DOUBLING:
      ok = cw_fib_run_u64 (algorithm, n, result, error);
      break;

    case CW_FIB_EXACT:
      ok = cw_fib_run_exact (n, cancellable, result, error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      cw_fib_result_clear (result);
      return FALSE;
    }

  result->algorithm = algorithm;
  result->n = n;
  result->overflowed = n > CW_FIB_U64_MAX_EXACT;
  result->exact_u32 = n <= CW_FIB_U32_MAX_EXACT;
  result->exact_number = n <= CW_FIB_NUMBER_MAX_EXACT;
  result->exact_u64 = n <= CW_FIB_U64_MAX_EXACT;

  if (result->decimal == NULL)
    result->decimal = g_strdup_printf ("%" G_GUINT64_FORMAT, result->value);
  result->digits = strlen (result->decimal);

  return TRUE;
}

/**
 * cw_fib_run_async:
 *
 * Runs cw_fib_run() in a GTask worker thread.  A cancelled run finishes with
 * G_IO_ERROR_CANCELLED.
 */
void
cw_fib_run_async (CwFibAlgorithm      algorithm,
                  guint               n,
                  GCancellable       *cancellable,
                  GAsyncReadyCallback callback,
                  gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  CwFibTaskData   *data;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (CwFibTaskData, 1);
  data->algorithm = algorithm;
  data->n = n;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cw_fib_run_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, cw_fib_run_thread);
}

gboolean
cw_fib_run_finish (GAsyncResult  *res,
                   CwFibResult   *result,
                   GError       **error)
{
  CwFibResult *computed;

  g_return_val_if_fail (g_task_is_valid (res, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (res)) == cw_fib_run_async, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);

  computed = g_task_propagate_pointer (G_TASK (res), error);
  if (computed == NULL)
    return FALSE;

  *result = *computed;
  g_free (computed);

  return TRUE;
}

void
cw_fib_result_clear (CwFibResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->decimal, g_free);
  memset (result, 0, sizeof *result);
}

/**
 * cw_fib_u64_iterative:
 *
 * Returns: %FALSE, leaving @out untouched, when F(n) does not fit a guint64 (n > 93).  Never
 *   computes a Fibonacci number beyond F(n), so F(93) succeeds.
 */
gboolean
cw_fib_u64_iterative (guint    n,
                      guint64 *out)
{
  guint64 a = 0;
  guint64 b = 1;
  guint64 next;
  guint   i;

  g_return_val_if_fail (out != NULL, FALSE);

  if (n == 0)
    {
      *out = 0;
      return TRUE;
    }

  /* Invariant: a = F(i − 1), b = F(i). */
  for (i = 1; i < n; i++)
    {
      if (__builtin_add_overflow (a, b, &next))
        return FALSE;
      a = b;
      b = next;
    }

  *out = b;

  return TRUE;
}

/**
 * cw_fib_u64_doubling:
 *
 * Fast doubling, F(2k) = F(k)·(2·F(k+1) − F(k)) and F(2k+1) = F(k)² + F(k+1)², with every
 * operation checked.  The last step computes only F(n), never F(n+1), so F(93) succeeds.
 *
 * Returns: %FALSE, leaving @out untouched, when F(n) does not fit a guint64 (n > 93).
 */
gboolean
cw_fib_u64_doubling (guint    n,
                     guint64 *out)
{
  guint64 a = 0;  /* F(k) */
  guint64 b = 1;  /* F(k+1) */
  guint64 even;
  guint64 odd;
  guint64 t;
  guint64 u;
  int     bit;

  g_return_val_if_fail (out != NULL, FALSE);

  if (n == 0)
    {
      *out = 0;
      return TRUE;
    }

  /* k takes the value of the leading bits of n, down to k = n >> 1. */
  for (bit = g_bit_nth_msf (n, -1); bit > 0; bit--)
    {
      /* b >= a, so 2b − a = b + (b − a) cannot go below zero. */
      if (__builtin_add_overflow (b, b - a, &t) ||
          __builtin_mul_overflow (a, t, &even) ||
          __builtin_mul_overflow (a, a, &t) ||
          __builtin_mul_overflow (b, b, &u) ||
          __builtin_add_overflow (t, u, &odd))
        return FALSE;

      if ((n >> bit) & 1)
        {
          if (__builtin_add_overflow (even, odd, &b))
            return FALSE;
          a = odd;
        }
      else
        {
          a = even;
          b = odd;
        }
    }

  if (n & 1)
    {
      if (__builtin_mul_overflow (a, a, &t) ||
          __builtin_mul_overflow (b, b, &u) ||
          __builtin_add_overflow (t, u, out))
        return FALSE;
    }
  else
    {
      if (__builtin_add_overflow (b, b - a, &t) ||
          __builtin_mul_overflow (a, t, &u))
        return FALSE;
      *out = u;
    }

  return TRUE;
}

/* F(n) mod 2^64: the doubling identities hold in any commutative ring, and unsigned arithmetic
 * in C is arithmetic modulo 2^64, so this is O(log n) for any n. */
guint64
cw_fib_u64_wrapped (guint n)
{
  guint64 a = 0;
  guint64 b = 1;
  guint64 even;
  guint64 odd;
  int     bit;

  if (n == 0)
    return 0;

  for (bit = g_bit_nth_msf (n, -1); bit >= 0; bit--)
    {
      even = a * (2 * b - a);
      odd = a * a + b * b;

      if ((n >> bit) & 1)
        {
          a = odd;
          b = even + odd;
        }
      else
        {
          a = even;
          b = odd;
        }
    }

  return a;
}

/* What a Rust u32 holds in a release build (overflow checks off): F(n) mod 2^32. */
guint32
cw_fib_u32_wrapped (guint n)
{
  return (guint32) cw_fib_u64_wrapped (n);
}

/* Mirrors `let a = 0, b = 1; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a;`.
 * The naive JavaScript recursion gives the same doubles: each F(k) is the rounded sum of the
 * same two rounded values.  F(1477) is the first to round to Infinity. */
double
cw_fib_as_number (guint n)
{
  double a = 0.0;
  double b = 1.0;
  double next;
  guint  i;

  for (i = 0; i < n && !isinf (a); i++)
    {
      next = a + b;
      a = b;
      b = next;
    }

  return a;
}

static gboolean
cw_fib_reads_back (guint64 mantissa,
                   int     e10,
                   double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT "e%d", mantissa, e10);

  return g_ascii_strtod (buf, NULL) == value;
}

/* The shortest decimal digits that read back as @value, as ECMAScript's Number::toString
 * requires: *digits gets them without trailing zeros, *exponent is the power of ten of the
 * first digit.  @value is finite and positive. */
static void
cw_fib_shortest_digits (double  value,
                        char   *digits,
                        int    *exponent)
{
  char    buf[G_ASCII_DTOSTR_BUF_SIZE];
  char    format[16];
  guint64 mantissa = 0;
  guint64 limit = 1;
  char   *p;
  int     precision;
  int     e10 = 0;
  int     len;

  /* 17 significant digits always read back, so the loop ends there at the latest. */
  for (precision = 0; precision <= 16; precision++, limit *= 10)
    {
      /* The correctly rounded decimal with precision + 1 digits, d.ddde±x. */
      g_snprintf (format, sizeof format, "%%.%de", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);

      mantissa = 0;
      for (p = buf; *p != 'e'; p++)
        {
          if (g_ascii_isdigit (*p))
            mantissa = mantissa * 10 + (guint64) (*p - '0');
        }
      e10 = (int) g_ascii_strtoll (p + 1, NULL, 10);

      if (cw_fib_reads_back (mantissa, e10 - precision, value))
        break;

      /* At a power of two the interval that reads back is twice as wide above the value as
       * below it, so when the nearest candidate (below) fails the next one up may
       * still read back; ECMAScript wants the shortest digits first, the nearest second. */
      mantissa++;
      if (mantissa == limit * 10)
        {
          mantissa = limit;
          e10++;
        }
      if (cw_fib_reads_back (mantissa, e10 - precision, value))
        break;
    }

  g_assert (precision <= 16);

  len = g_snprintf (digits, 18, "%" G_GUINT64_FORMAT, mantissa);
  while (len > 1 && digits[len - 1] == '0')
    digits[--len] = '\0';
  *exponent = e10;
}

/* ECMAScript Number::toString (radix 10), which is what console.log and String() print:
 * shortest round-trip digits, integers written out in full below 1e21 (padded with zeros, so
 * 2^60 prints as 1152921504606847000, not its exact value), exponent notation beyond. */
char *
cw_fib_number_to_string (double value)
{
  g_autoptr(GString) out = NULL;
  char               digits[18];
  int                exponent;
  int                k;
  int                point;
  int                i;

  if (isnan (value))
    return g_strdup ("NaN");
  if (value == 0.0)
    return g_strdup ("0");
  if (isinf (value))
    return g_strdup (value > 0 ? "Infinity" : "-Infinity");

  out = g_string_new (NULL);
  if (value < 0)
    {
      g_string_append_c (out, '-');
      value = -value;
    }

  cw_fib_shortest_digits (value, digits, &exponent);
  k = (int) strlen (digits);
  point = exponent + 1;  /* the spec's n: value = 0.digits × 10^point */

  if (k <= point && point <= 21)
    {
      g_string_append (out, digits);
      for (i = k; i < point; i++)
        g_string_append_c (out, '0');
    }
  else if (0 < point && point <= 21)
    {
      g_string_append_len (out, digits, point);
      g_string_append_c (out, '.');
      g_string_append (out, digits + point);
    }
  else if (-6 < point && point <= 0)
    {
      g_string_append (out, "0.");
      for (i = point; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
  else
    {
      g_string_append_c (out, digits[0]);
      if (k > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%d", point - 1 >= 0 ? '+' : '-', ABS (point - 1));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
