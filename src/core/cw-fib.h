/* cw-fib.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CW_FIB_NAIVE,      /* naive recursion on guint64, the shape of the napi-rs example */
  CW_FIB_ITERATIVE,  /* a loop on guint64, overflow detected */
  CW_FIB_DOUBLING,   /* fast doubling on guint64, checked arithmetic, never silent */
  CW_FIB_EXACT,      /* GMP mpz_fib_ui, exact decimal string */
} CwFibAlgorithm;

#define CW_FIB_N_ALGORITHMS (CW_FIB_EXACT + 1)

/* Cancellation is reported as G_IO_ERROR_CANCELLED (what GTask users match on), so
 * CW_FIB_ERROR_CANCELLED is never set by this module; it is kept for API stability. */
typedef enum
{
  CW_FIB_ERROR_INVALID,
  CW_FIB_ERROR_RANGE,
  CW_FIB_ERROR_CANCELLED,
} CwFibError;

#define CW_FIB_ERROR (cw_fib_error_quark ())

/* F(47) = 2971215073 is the last Fibonacci number that fits a u32. */
#define CW_FIB_U32_MAX_EXACT    47
/* F(78) < 2^53; F(79) = 14472334024676221 is odd and above 2^53, so no double holds it. */
#define CW_FIB_NUMBER_MAX_EXACT 78
/* F(93) = 12200160415121876738 < 2^64 <= F(94). */
#define CW_FIB_U64_MAX_EXACT    93

/* Naive recursion makes 2·F(n+1) − 1 calls.  Built with -O2, GCC 12 makes this machine (a
 * 2-core Xeon VM) do fib(40), 3.3·10^8 calls, in 0.14 s, so fib(60), 3.1·10^12 calls, takes
 * about 35 minutes, and hours on a slower machine or in a debug build; every further step
 * multiplies that by 1.6.  60 is enough to show a computation that seems to hang and has to be
 * cancelled, and bounds what a forgotten run can cost. */
#define CW_FIB_NAIVE_MAX_N      60

/* F(n) has about 0.209·n decimal digits and 0.694·n bits.  At n = 10^7 that is 2 089 877
 * digits: the mpz takes 0.87 MB, the string 2.1 MB, and the whole computation peaks at about
 * 9 MB of resident memory.  Neither mpz_fib_ui() nor mpz_get_str() can be interrupted; at this
 * bound they take 0.03 s and 0.19 s on a 2-core Xeon VM, so a cancel waits at most about a
 * quarter of a second.  (At 5·10^7 it would be 0.2 s + 1.4 s and 36 MB, for a string nobody
 * can read.) */
#define CW_FIB_EXACT_MAX_N      10000000

/* Nodes of the naive recursion with n >= CW_FIB_NAIVE_POLL_N check the cancellable (about one
 * node in 10^5).  Below it the plain recursion runs unchanged, as the very machine code of
 * tests/bench/fib-reference.c: at most 2·F(25) − 1 = 150 049 calls, a tenth of a millisecond,
 * between two polls. */
#define CW_FIB_NAIVE_POLL_N     25

typedef struct
{
  CwFibAlgorithm algorithm;
  guint          n;
  gboolean       overflowed;    /* F(n) does not fit a guint64 (only the exact algorithm
                                 * succeeds then; the others fail with CW_FIB_ERROR_RANGE) */
  guint64        value;         /* F(n) when !overflowed, else 0 */
  char          *decimal;       /* F(n) in decimal, always set on success (g_free) */
  gsize          digits;        /* strlen (decimal) */
  gboolean       exact_u32;     /* n <= CW_FIB_U32_MAX_EXACT */
  gboolean       exact_number;  /* n <= CW_FIB_NUMBER_MAX_EXACT */
  gboolean       exact_u64;     /* n <= CW_FIB_U64_MAX_EXACT */
  guint64        elapsed_ns;    /* CLOCK_MONOTONIC around the computation only; for the exact
                                 * algorithm only mpz_fib_ui(), see convert_ns */
  guint64        convert_ns;    /* exact: the decimal conversion (mpz_get_str); others 0 */
  guint64        calls;         /* naive: calls of the recursive function; others 0 */
} CwFibResult;

GQuark          cw_fib_error_quark           (void);

const char     *cw_fib_algorithm_to_string   (CwFibAlgorithm  algorithm);
gboolean        cw_fib_algorithm_from_string (const char     *text,
                                              CwFibAlgorithm *out);
const char     *cw_fib_algorithm_get_title   (CwFibAlgorithm  algorithm);
guint           cw_fib_max_n                 (CwFibAlgorithm  algorithm);

gboolean        cw_fib_parse_n               (const char  *text,
                                              guint       *n,
                                              GError     **error);

gboolean        cw_fib_run                   (CwFibAlgorithm   algorithm,
                                              guint            n,
                                              GCancellable    *cancellable,
                                              CwFibResult     *result,
                                              GError         **error);
void            cw_fib_run_async             (CwFibAlgorithm      algorithm,
                                              guint               n,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
gboolean        cw_fib_run_finish            (GAsyncResult  *res,
                                              CwFibResult   *result,
                                              GError       **error);
void            cw_fib_result_clear          (CwFibResult *result);

gboolean        cw_fib_u64_iterative         (guint    n,
                                              guint64 *out);
gboolean        cw_fib_u64_doubling          (guint    n,
                                              guint64 *out);

guint32         cw_fib_u32_wrapped           (guint n);
guint64         cw_fib_u64_wrapped           (guint n);
double          cw_fib_as_number             (guint n);
char           *cw_fib_number_to_string      (double value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwFibResult, cw_fib_result_clear)

G_END_DECLS
