/* test-fib.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fib"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cw-fib.h"

/* A generous bound for "finishes": tests never pass or fail by how fast the machine is. */
#define FINISHES_US (30 * G_TIME_SPAN_SECOND)

/* F(0) … F(93), generated once with Python's big integers. */
static const guint64 fib_table[CW_FIB_U64_MAX_EXACT + 1] = {
  /*  0 */ G_GUINT64_CONSTANT (0), G_GUINT64_CONSTANT (1),
  /*  2 */ G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (2),
  /*  4 */ G_GUINT64_CONSTANT (3), G_GUINT64_CONSTANT (5),
  /*  6 */ G_GUINT64_CONSTANT (8), G_GUINT64_CONSTANT (13),
  /*  8 */ G_GUINT64_CONSTANT (21), G_GUINT64_CONSTANT (34),
  /* 10 */ G_GUINT64_CONSTANT (55), G_GUINT64_CONSTANT (89),
  /* 12 */ G_GUINT64_CONSTANT (144), G_GUINT64_CONSTANT (233),
  /* 14 */ G_GUINT64_CONSTANT (377), G_GUINT64_CONSTANT (610),
  /* 16 */ G_GUINT64_CONSTANT (987), G_GUINT64_CONSTANT (1597),
  /* 18 */ G_GUINT64_CONSTANT (2584), G_GUINT64_CONSTANT (4181),
  /* 20 */ G_GUINT64_CONSTANT (6765), G_GUINT64_CONSTANT (10946),
  /* 22 */ G_GUINT64_CONSTANT (17711), G_GUINT64_CONSTANT (28657),
  /* 24 */ G_GUINT64_CONSTANT (46368), G_GUINT64_CONSTANT (75025),
  /* 26 */ G_GUINT64_CONSTANT (121393), G_GUINT64_CONSTANT (196418),
  /* 28 */ G_GUINT64_CONSTANT (317811), G_GUINT64_CONSTANT (514229),
  /* 30 */ G_GUINT64_CONSTANT (832040), G_GUINT64_CONSTANT (1346269),
  /* 32 */ G_GUINT64_CONSTANT (2178309), G_GUINT64_CONSTANT (3524578),
  /* 34 */ G_GUINT64_CONSTANT (5702887), G_GUINT64_CONSTANT (9227465),
  /* 36 */ G_GUINT64_CONSTANT (14930352), G_GUINT64_CONSTANT (24157817),
  /* 38 */ G_GUINT64_CONSTANT (39088169), G_GUINT64_CONSTANT (63245986),
  /* 40 */ G_GUINT64_CONSTANT (102334155), G_GUINT64_CONSTANT (165580141),
  /* 42 */ G_GUINT64_CONSTANT (267914296), G_GUINT64_CONSTANT (433494437),
  /* 44 */ G_GUINT64_CONSTANT (701408733), G_GUINT64_CONSTANT (1134903170),
  /* 46 */ G_GUINT64_CONSTANT (1836311903), G_GUINT64_CONSTANT (2971215073),
  /* 48 */ G_GUINT64_CONSTANT (4807526976), G_GUINT64_CONSTANT (7778742049),
  /* 50 */ G_GUINT64_CONSTANT (12586269025), G_GUINT64_CONSTANT (20365011074),
  /* 52 */ G_GUINT64_CONSTANT (32951280099), G_GUINT64_CONSTANT (53316291173),
  /* 54 */ G_GUINT64_CONSTANT (86267571272), G_GUINT64_CONSTANT (139583862445),
  /* 56 */ G_GUINT64_CONSTANT (225851433717), G_GUINT64_CONSTANT (365435296162),
  /* 58 */ G_GUINT64_CONSTANT (591286729879), G_GUINT64_CONSTANT (956722026041),
  /* 60 */ G_GUINT64_CONSTANT (1548008755920), G_GUINT64_CONSTANT (2504730781961),
  /* 62 */ G_GUINT64_CONSTANT (4052739537881), G_GUINT64_CONSTANT (6557470319842),
  /* 64 */ G_GUINT64_CONSTANT (10610209857723), G_GUINT64_CONSTANT (17167680177565),
  /* 66 */ G_GUINT64_CONSTANT (27777890035288), G_GUINT64_CONSTANT (44945570212853),
  /* 68 */ G_GUINT64_CONSTANT (72723460248141), G_GUINT64_CONSTANT (117669030460994),
  /* 70 */ G_GUINT64_CONSTANT (190392490709135), G_GUINT64_CONSTANT (308061521170129),
  /* 72 */ G_GUINT64_CONSTANT (498454011879264), G_GUINT64_CONSTANT (806515533049393),
  /* 74 */ G_GUINT64_CONSTANT (1304969544928657), G_GUINT64_CONSTANT (2111485077978050),
  /* 76 */ G_GUINT64_CONSTANT (3416454622906707), G_GUINT64_CONSTANT (5527939700884757),
  /* 78 */ G_GUINT64_CONSTANT (8944394323791464), G_GUINT64_CONSTANT (14472334024676221),
  /* 80 */ G_GUINT64_CONSTANT (23416728348467685), G_GUINT64_CONSTANT (37889062373143906),
  /* 82 */ G_GUINT64_CONSTANT (61305790721611591), G_GUINT64_CONSTANT (99194853094755497),
  /* 84 */ G_GUINT64_CONSTANT (160500643816367088), G_GUINT64_CONSTANT (259695496911122585),
  /* 86 */ G_GUINT64_CONSTANT (420196140727489673), G_GUINT64_CONSTANT (679891637638612258),
  /* 88 */ G_GUINT64_CONSTANT (1100087778366101931), G_GUINT64_CONSTANT (1779979416004714189),
  /* 90 */ G_GUINT64_CONSTANT (2880067194370816120), G_GUINT64_CONSTANT (4660046610375530309),
  /* 92 */ G_GUINT64_CONSTANT (7540113804746346429), G_GUINT64_CONSTANT (12200160415121876738)
};

static const char fib_1000[] =
  "43466557686937456435688527675040625802564660517371780402481729089536555417949051890403879840"
  "07925516929592259308032263477520968962323987332247116164299644090653318793829896964992851600"
  "3704476137795166849228875";

/* Checked with Python: F(100000) has 20899 digits. */
static const char fib_100000_prefix[] =
  "2597406934722172416615503402127591541488048538651769658472477070395253454351127368626555677283"
  "671674";
static const char fib_100000_suffix[] = "15699780289236362349895374653428746875";

typedef struct
{
  GCancellable *cancellable;
  CwFibResult   result;
  GError       *error;
  gboolean      ok;
  gint64        returned_at;
} NaiveThread;

typedef struct
{
  CwFibResult result;
  GError     *error;
  gboolean    ok;
  gboolean    done;
} AsyncData;

static guint64
counting_naive (guint    n,
                guint64 *calls)
{
  (*calls)++;

  if (n < 2)
    return n;

  return counting_naive (n - 1, calls) + counting_naive (n - 2, calls);
}

static void
assert_run_ok (CwFibAlgorithm  algorithm,
               guint           n,
               CwFibResult    *result)
{
  g_autoptr(GError) error = NULL;
  gboolean          ok;

  ok = cw_fib_run (algorithm, n, NULL, result, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (result->algorithm, ==, algorithm);
  g_assert_cmpuint (result->n, ==, n);
  g_assert_nonnull (result->decimal);
  g_assert_cmpuint (result->digits, ==, strlen (result->decimal));
}

static void
assert_run_fails (CwFibAlgorithm  algorithm,
                  guint           n,
                  GQuark          domain,
                  int             code)
{
  g_auto(CwFibResult) result = { 0 };
  g_autoptr(GError)   error = NULL;

  g_assert_false (cw_fib_run (algorithm, n, NULL, &result, &error));
  g_assert_error (error, domain, code);
  g_assert_nonnull (error->message);
  g_assert_null (result.decimal);
  g_test_message ("%d(%u): %s", (int) algorithm, n, error->message);
}

static void
test_table_u64 (void)
{
  char  *expected;
  guint  n;
  guint  i;
  static const CwFibAlgorithm algorithms[] = { CW_FIB_ITERATIVE, CW_FIB_DOUBLING, CW_FIB_EXACT };

  for (i = 0; i < G_N_ELEMENTS (algorithms); i++)
    {
      for (n = 0; n <= CW_FIB_U64_MAX_EXACT; n++)
        {
          g_auto(CwFibResult) result = { 0 };

          assert_run_ok (algorithms[i], n, &result);
          expected = g_strdup_printf ("%" G_GUINT64_FORMAT, fib_table[n]);
          g_assert_false (result.overflowed);
          g_assert_cmpuint (result.value, ==, fib_table[n]);
          g_assert_cmpstr (result.decimal, ==, expected);
          g_assert_cmpuint (result.calls, ==, 0);
          g_free (expected);
        }
    }
}

static void
test_table_naive (void)
{
  guint n;

  /* The whole table would take hours; these cover the plain and the polled recursion. */
  for (n = 0; n <= CW_FIB_NAIVE_POLL_N + 7; n++)
    {
      g_auto(CwFibResult) result = { 0 };

      assert_run_ok (CW_FIB_NAIVE, n, &result);
      g_assert_cmpuint (result.value, ==, fib_table[n]);
    }
}

static void
test_naive_calls (void)
{
  guint64 calls;
  guint   n;

  for (n = 0; n <= CW_FIB_NAIVE_POLL_N + 7; n++)
    {
      g_auto(CwFibResult) result = { 0 };

      calls = 0;
      g_assert_cmpuint (counting_naive (n, &calls), ==, fib_table[n]);
      g_assert_cmpuint (calls, ==, 2 * fib_table[n + 1] - 1);

      assert_run_ok (CW_FIB_NAIVE, n, &result);
      g_assert_cmpuint (result.calls, ==, calls);
    }
}

static void
test_naive_40 (void)
{
  g_auto(CwFibResult) result = { 0 };

  assert_run_ok (CW_FIB_NAIVE, 40, &result);
  g_assert_cmpuint (result.value, ==, 102334155);
  g_assert_cmpuint (result.calls, ==, 331160281);  /* 2·F(41) − 1 */
  g_assert_cmpuint (result.elapsed_ns, >, 0);
  g_test_message ("naive fib(40): %.1f ms", result.elapsed_ns / 1e6);
}

static void
test_exact_1000 (void)
{
  g_auto(CwFibResult) result = { 0 };

  assert_run_ok (CW_FIB_EXACT, 1000, &result);
  g_assert_cmpuint (result.digits, ==, 209);
  g_assert_cmpstr (result.decimal, ==, fib_1000);
  g_assert_true (result.overflowed);
  g_assert_cmpuint (result.value, ==, 0);
  g_assert_false (result.exact_u64);
}

static void
test_exact_100000 (void)
{
  g_auto(CwFibResult) result = { 0 };

  assert_run_ok (CW_FIB_EXACT, 100000, &result);
  g_assert_cmpuint (result.digits, ==, 20899);
  g_assert_true (g_str_has_prefix (result.decimal, fib_100000_prefix));
  g_assert_true (g_str_has_suffix (result.decimal, fib_100000_suffix));
}

static void
test_exact_max (void)
{
  g_auto(CwFibResult) result = { 0 };

  /* About 0.25 s natively, but 10 s under valgrind. */
  if (!g_test_slow ())
    {
      g_test_skip ("F(10^7) takes 10 s under valgrind; run with -m slow");
      return;
    }

  assert_run_ok (CW_FIB_EXACT, CW_FIB_EXACT_MAX_N, &result);
  g_test_message ("F(%u): mpz_fib_ui %.3f s, mpz_get_str %.3f s, %" G_GSIZE_FORMAT " digits",
                  CW_FIB_EXACT_MAX_N, result.elapsed_ns / 1e9, result.convert_ns / 1e9,
                  result.digits);
  /* Prefix and suffix from Python (log10 and modular fast doubling). */
  g_assert_cmpuint (result.digits, ==, 2089877);
  g_assert_true (g_str_has_prefix (result.decimal, "11298343782253997603170636377"));
  g_assert_true (g_str_has_suffix (result.decimal, "254118559786998673686380546875"));
}

static void
test_exactness_flags (void)
{
  g_auto(CwFibResult) r47 = { 0 };
  g_auto(CwFibResult) r48 = { 0 };
  g_auto(CwFibResult) r78 = { 0 };
  g_auto(CwFibResult) r79 = { 0 };
  g_auto(CwFibResult) r93 = { 0 };
  g_auto(CwFibResult) r94 = { 0 };
  g_autoptr(GError)   error = NULL;

  assert_run_ok (CW_FIB_ITERATIVE, 47, &r47);
  assert_run_ok (CW_FIB_ITERATIVE, 48, &r48);
  g_assert_true (r47.exact_u32);
  g_assert_false (r48.exact_u32);
  g_assert_cmpuint (r47.value, ==, 2971215073u);
  g_assert_cmpuint (r47.value, <=, G_MAXUINT32);
  g_assert_cmpuint (r48.value, >, G_MAXUINT32);

  assert_run_ok (CW_FIB_DOUBLING, 78, &r78);
  assert_run_ok (CW_FIB_DOUBLING, 79, &r79);
  g_assert_true (r78.exact_number);
  g_assert_false (r79.exact_number);
  g_assert_true (r78.exact_u64);

  assert_run_ok (CW_FIB_DOUBLING, 93, &r93);
  g_assert_true (r93.exact_u64);
  g_assert_false (r93.overflowed);
  g_assert_cmpuint (r93.value, ==, G_GUINT64_CONSTANT (12200160415121876738));

  g_assert_false (cw_fib_run (CW_FIB_DOUBLING, 94, NULL, &r94, &error));
  g_assert_error (error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  g_clear_error (&error);

  assert_run_ok (CW_FIB_EXACT, 94, &r94);
  g_assert_false (r94.exact_u64);
  g_assert_true (r94.overflowed);
  g_assert_cmpuint (r94.value, ==, 0);
  g_assert_cmpstr (r94.decimal, ==, "19740274219868223167");
}

static void
test_overflow_detected (void)
{
  guint64 out = 42;
  guint   n;

  g_assert_true (cw_fib_u64_iterative (93, &out));
  g_assert_cmpuint (out, ==, fib_table[93]);
  g_assert_true (cw_fib_u64_doubling (93, &out));
  g_assert_cmpuint (out, ==, fib_table[93]);

  /* Without the range check in cw_fib_run(), the arithmetic itself refuses. */
  for (n = CW_FIB_U64_MAX_EXACT + 1; n < 300; n++)
    {
      out = 42;
      g_assert_false (cw_fib_u64_iterative (n, &out));
      g_assert_false (cw_fib_u64_doubling (n, &out));
      g_assert_cmpuint (out, ==, 42);
    }

  g_assert_false (cw_fib_u64_doubling (G_MAXUINT, &out));
  g_assert_false (cw_fib_u64_iterative (G_MAXUINT, &out));
  g_assert_cmpuint (out, ==, 42);
}

static void
test_wrapped (void)
{
  guint64 a = 0;
  guint64 b = 1;
  guint64 next;
  guint32 a32 = 0;
  guint32 b32 = 1;
  guint32 next32;
  guint   n;

  g_assert_cmpuint (cw_fib_u32_wrapped (48), ==,
                    (guint32) (G_GUINT64_CONSTANT (4807526976) % (G_GUINT64_CONSTANT (1) << 32)));
  g_assert_cmpuint (cw_fib_u32_wrapped (48), ==, 512559680);
  /* F(94) − 2^64 */
  g_assert_cmpuint (cw_fib_u64_wrapped (94), ==, G_GUINT64_CONSTANT (1293530146158671551));

  /* Against plain wrapping loops, like Rust release builds. */
  for (n = 0; n < 5000; n++)
    {
      if (n <= CW_FIB_U64_MAX_EXACT)
        g_assert_cmpuint (cw_fib_u64_wrapped (n), ==, fib_table[n]);
      g_assert_cmpuint (cw_fib_u64_wrapped (n), ==, a);
      g_assert_cmpuint (cw_fib_u32_wrapped (n), ==, a32);

      next = a + b;
      a = b;
      b = next;
      next32 = a32 + b32;
      a32 = b32;
      b32 = next32;
    }

  /* O(log n), so any n is fine. */
  (void) cw_fib_u64_wrapped (G_MAXUINT);
}

static void
test_number (void)
{
  char  *text;
  guint  i;
  guint  n;
  static const struct { guint n; const char *js; } fib_js[] = {
    /* Printed by node 20: String (fib (n)) with the loop from cw_fib_as_number(). */
    { 0, "0" },
    { 1, "1" },
    { 47, "2971215073" },
    { 48, "4807526976" },
    { 78, "8944394323791464" },
    { 79, "14472334024676220" },
    { 80, "23416728348467684" },
    { 90, "2880067194370816000" },
    { 93, "12200160415121877000" },
    { 100, "354224848179262000000" },
    { 102, "927372692193079200000" },
    { 103, "1.5005205362068963e+21" },
    { 1000, "4.346655768693743e+208" },
    { 1476, "1.3069892237633987e+308" },
    { 1477, "Infinity" },
    { G_MAXUINT, "Infinity" },
  };
  static const struct { double value; const char *js; } numbers_js[] = {
    /* Printed by node 20: String (value). */
    { 0.1, "0.1" },
    { 1e21, "1e+21" },
    { 1e-7, "1e-7" },
    { 123e-20, "1.23e-18" },
    { 9007199254740992.0, "9007199254740992" },
    { 1152921504606846976.0, "1152921504606847000" },
    { 1180591620717411303424.0, "1.1805916207174113e+21" },
    { 5e-324, "5e-324" },
    { 1.7976931348623157e308, "1.7976931348623157e+308" },
    { -0.0, "0" },
    { -1.5, "-1.5" },
    { 1e-6, "0.000001" },
    { 0.000001234, "0.000001234" },
    { 100.0, "100" },
    { 1e20, "100000000000000000000" },
    { 123456789012345680000.0, "123456789012345680000" },
    /* Powers of two where the nearest 16-digit decimal does not read back, but the one
     * above does: 2^-705 and 2^-695. */
    { 0x1p-705, "5.940911144672375e-213" },
    { 0x1p-695, "6.083493012144512e-210" },
  };

  /* Exact up to 78, then a double cannot hold F(n). */
  for (n = 0; n <= CW_FIB_NUMBER_MAX_EXACT; n++)
    g_assert_true ((guint64) cw_fib_as_number (n) == fib_table[n]);
  g_assert_true ((guint64) cw_fib_as_number (79) != fib_table[79]);
  g_assert_true ((guint64) cw_fib_as_number (80) != fib_table[80]);

  for (i = 0; i < G_N_ELEMENTS (fib_js); i++)
    {
      text = cw_fib_number_to_string (cw_fib_as_number (fib_js[i].n));
      g_assert_cmpstr (text, ==, fib_js[i].js);
      g_free (text);
    }

  for (i = 0; i < G_N_ELEMENTS (numbers_js); i++)
    {
      text = cw_fib_number_to_string (numbers_js[i].value);
      g_assert_cmpstr (text, ==, numbers_js[i].js);
      g_free (text);
    }

  text = cw_fib_number_to_string (-cw_fib_as_number (2000));
  g_assert_cmpstr (text, ==, "-Infinity");
  g_free (text);
}

static gpointer
naive_thread (gpointer user_data)
{
  NaiveThread *data = user_data;

  data->ok = cw_fib_run (CW_FIB_NAIVE, CW_FIB_NAIVE_MAX_N, data->cancellable, &data->result,
                         &data->error);
  data->returned_at = g_get_monotonic_time ();

  return NULL;
}

static void
test_naive_cancel (void)
{
  NaiveThread data = { 0 };
  GThread    *thread;
  gint64      cancelled_at;

  data.cancellable = g_cancellable_new ();
  thread = g_thread_new ("naive-fib", naive_thread, &data);

  g_usleep (200 * G_TIME_SPAN_MILLISECOND);
  cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (data.cancellable);
  g_thread_join (thread);

  g_test_message ("naive fib(%u) returned %" G_GINT64_FORMAT " µs after the cancel",
                  CW_FIB_NAIVE_MAX_N, data.returned_at - cancelled_at);
  g_assert_false (data.ok);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Uncancelled, naive fib(60) runs for about half an hour: returning within FINISHES_US
   * proves the cancel stopped it, on any machine, however busy (the latency is a figure for
   * the log and for make bench, never a verdict). */
  g_assert_cmpint (data.returned_at - cancelled_at, <, FINISHES_US);
  g_assert_null (data.result.decimal);
  g_assert_cmpuint (data.result.calls, ==, 0);

  g_clear_error (&data.error);
  g_clear_object (&data.cancellable);
}

static void
test_cancel_before (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64                  start;
  guint                   i;
  static const struct { CwFibAlgorithm algorithm; guint n; } runs[] = {
    { CW_FIB_NAIVE, CW_FIB_NAIVE_MAX_N },
    { CW_FIB_ITERATIVE, 93 },
    { CW_FIB_DOUBLING, 93 },
    { CW_FIB_EXACT, CW_FIB_EXACT_MAX_N },
  };

  g_cancellable_cancel (cancellable);

  for (i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(CwFibResult) result = { 0 };
      g_autoptr(GError)   error = NULL;

      /* Uncancelled, these take 0.2 s (exact) to half an hour (naive): the error and the
       * missing result say they did not run; the bound only says naive did not run to the
       * end. */
      start = g_get_monotonic_time ();
      g_assert_false (cw_fib_run (runs[i].algorithm, runs[i].n, cancellable, &result, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpint (g_get_monotonic_time () - start, <, FINISHES_US);
      g_assert_null (result.decimal);
    }
}

static void
async_done (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = cw_fib_run_finish (res, &data->result, &data->error);
  data->done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncData               data = { 0 };

  cw_fib_run_async (CW_FIB_EXACT, 1000, NULL, async_done, &data);
  while (!data.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (data.error);
  g_assert_true (data.ok);
  g_assert_cmpstr (data.result.decimal, ==, fib_1000);
  cw_fib_result_clear (&data.result);

  memset (&data, 0, sizeof data);
  cw_fib_run_async (CW_FIB_NAIVE, CW_FIB_NAIVE_MAX_N, cancellable, async_done, &data);
  g_usleep (50 * G_TIME_SPAN_MILLISECOND);
  g_cancellable_cancel (cancellable);
  while (!data.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (data.ok);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.result.decimal);
  g_clear_error (&data.error);

  memset (&data, 0, sizeof data);
  cw_fib_run_async (CW_FIB_ITERATIVE, 94, NULL, async_done, &data);
  while (!data.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (data.ok);
  g_assert_error (data.error, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  g_clear_error (&data.error);
}

static void
test_parse_n (void)
{
  guint n;
  guint i;
  static const struct { const char *text; guint n; } good[] = {
    { "0", 0 },
    { "42", 42 },
    { "007", 7 },
    { " 5", 5 },
    { "\t93\n", 93 },
    { "4294967295", G_MAXUINT },
  };
  static const char *const bad[] = {
    "", "   ", "-1", "-0", "abc", "12abc", "+5", "1 2", "1e3", "0x10", "3.0", "٣",
    "4294967296", "99999999999999999999", "\xff",
  };

  for (i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      n = 12345;
      g_assert_true (cw_fib_parse_n (good[i].text, &n, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, good[i].n);
    }

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      n = 12345;
      g_assert_false (cw_fib_parse_n (bad[i], &n, &error));
      g_assert_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (n, ==, 12345);
      g_test_message ("bad[%u]: %s", i, error->message);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (cw_fib_parse_n (NULL, &n, &error));
    g_assert_error (error, CW_FIB_ERROR, CW_FIB_ERROR_INVALID);
  }
}

static void
test_range (void)
{
  assert_run_fails (CW_FIB_NAIVE, CW_FIB_NAIVE_MAX_N + 1, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_NAIVE, G_MAXUINT, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_ITERATIVE, 94, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_DOUBLING, 94, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_ITERATIVE, G_MAXUINT, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_EXACT, CW_FIB_EXACT_MAX_N + 1, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails (CW_FIB_EXACT, G_MAXUINT, CW_FIB_ERROR, CW_FIB_ERROR_RANGE);
  assert_run_fails ((CwFibAlgorithm) 42, 1, CW_FIB_ERROR, CW_FIB_ERROR_INVALID);
  assert_run_fails ((CwFibAlgorithm) -1, 1, CW_FIB_ERROR, CW_FIB_ERROR_INVALID);

  g_assert_cmpuint (cw_fib_max_n (CW_FIB_NAIVE), ==, CW_FIB_NAIVE_MAX_N);
  g_assert_cmpuint (cw_fib_max_n (CW_FIB_ITERATIVE), ==, 93);
  g_assert_cmpuint (cw_fib_max_n (CW_FIB_DOUBLING), ==, 93);
  g_assert_cmpuint (cw_fib_max_n (CW_FIB_EXACT), ==, CW_FIB_EXACT_MAX_N);
}

static void
test_algorithm_strings (void)
{
  CwFibAlgorithm algorithm;
  guint          i;
  static const char *const names[] = { "naive", "iterative", "doubling", "exact" };
  static const char *const unknown[] = { "", "Naive", "fast", "gmp", "exact ", "naive\n" };

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (cw_fib_algorithm_to_string ((CwFibAlgorithm) i), ==, names[i]);
      g_assert_true (cw_fib_algorithm_from_string (names[i], &algorithm));
      g_assert_cmpint (algorithm, ==, i);
      g_assert_nonnull (cw_fib_algorithm_get_title ((CwFibAlgorithm) i));
    }
  g_assert_cmpstr (cw_fib_algorithm_get_title (CW_FIB_EXACT), ==, "Exact (GMP)");

  algorithm = CW_FIB_DOUBLING;
  for (i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (cw_fib_algorithm_from_string (unknown[i], &algorithm));
  g_assert_false (cw_fib_algorithm_from_string (NULL, &algorithm));
  g_assert_cmpint (algorithm, ==, CW_FIB_DOUBLING);

  g_assert_null (cw_fib_algorithm_to_string ((CwFibAlgorithm) 42));
  g_assert_null (cw_fib_algorithm_get_title ((CwFibAlgorithm) 42));
  g_assert_cmpuint (cw_fib_max_n ((CwFibAlgorithm) 42), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fib/table/u64", test_table_u64);
  g_test_add_func ("/fib/table/naive", test_table_naive);
  g_test_add_func ("/fib/naive/calls", test_naive_calls);
  g_test_add_func ("/fib/naive/40", test_naive_40);
  g_test_add_func ("/fib/naive/cancel", test_naive_cancel);
  g_test_add_func ("/fib/cancel-before", test_cancel_before);
  g_test_add_func ("/fib/async", test_async);
  g_test_add_func ("/fib/exact/1000", test_exact_1000);
  g_test_add_func ("/fib/exact/100000", test_exact_100000);
  g_test_add_func ("/fib/exact/max", test_exact_max);
  g_test_add_func ("/fib/limits/flags", test_exactness_flags);
  g_test_add_func ("/fib/limits/overflow", test_overflow_detected);
  g_test_add_func ("/fib/limits/wrapped", test_wrapped);
  g_test_add_func ("/fib/number", test_number);
  g_test_add_func ("/fib/input/parse-n", test_parse_n);
  g_test_add_func ("/fib/input/range", test_range);
  g_test_add_func ("/fib/input/algorithm", test_algorithm_strings);

  return g_test_run ();
}
