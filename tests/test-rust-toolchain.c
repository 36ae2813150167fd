/* test-rust-toolchain.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-rust-toolchain"

#include "config.h"

#include <string.h>

#include "cw-rust-test-utils.h"
#include "cw-rust-toolchain-private.h"

typedef struct
{
  CwRustToolchain *toolchain;
  char            *text;
  GError          *error;
  gboolean         done;
} AsyncData;

static void
async_data_clear (AsyncData *data)
{
  g_clear_object (&data->toolchain);
  g_clear_pointer (&data->text, g_free);
  g_clear_error (&data->error);
  data->done = FALSE;
}

static void
discover_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncData *data = user_data;

  g_assert_null (source);
  data->toolchain = cw_rust_toolchain_discover_finish (result, &data->error);
  data->done = TRUE;
}

static void
explain_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->text = cw_rust_toolchain_explain_finish (CW_RUST_TOOLCHAIN (source), result,
                                                 &data->error);
  data->done = TRUE;
}

/* As with CRABWISE_RUSTC=@override (setenv() is not safe once threads run). */
static void
discover_with (const char *override,
               AsyncData  *data)
{
  data->toolchain = cw_rust_toolchain_discover_with (override, NULL, &data->error);
  data->done = TRUE;
}

static void
test_parse_version (void)
{
  guint    major = 0;
  guint    minor = 0;
  guint    patch = 0;
  gboolean pre = TRUE;

  g_assert_true (cw_rust_toolchain_parse_version ("rustc 1.95.0 (59807616e 2026-04-14)",
                                                  &major, &minor, &patch, &pre));
  g_assert_cmpuint (major, ==, 1);
  g_assert_cmpuint (minor, ==, 95);
  g_assert_cmpuint (patch, ==, 0);
  g_assert_false (pre);

  g_assert_true (cw_rust_toolchain_parse_version ("rustc 1.85.0-nightly (abc 2024-11-01)",
                                                  &major, &minor, &patch, &pre));
  g_assert_cmpuint (minor, ==, 85);
  g_assert_true (pre);

  /* Debian 12's own, as it prints it. */
  g_assert_true (cw_rust_toolchain_parse_version ("rustc 1.63.0", NULL, NULL, NULL, NULL));

  g_assert_false (cw_rust_toolchain_parse_version (NULL, NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("", NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("cargo 1.95.0", NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("rustc 1.95", NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("rustc x.y.z", NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("rustc 1.95.0x", NULL, NULL, NULL, NULL));
  g_assert_false (cw_rust_toolchain_parse_version ("rustc 1.99999999999.0", NULL, NULL, NULL,
                                                   NULL));
}

static void
test_version_is_enough (void)
{
  /* RUST_MIN_VERSION is 1.85: edition 2024. */
  g_assert_cmpstr (RUST_MIN_VERSION, ==, "1.85");
  g_assert_true (cw_rust_toolchain_version_is_enough ("rustc 1.85.0 (4d91de4e4 2025-02-17)"));
  g_assert_true (cw_rust_toolchain_version_is_enough ("rustc 1.95.0 (59807616e 2026-04-14)"));
  g_assert_true (cw_rust_toolchain_version_is_enough ("rustc 1.100.0"));
  g_assert_true (cw_rust_toolchain_version_is_enough ("rustc 2.0.0"));
  g_assert_true (cw_rust_toolchain_version_is_enough ("rustc 1.86.0-beta.3 (x 2025-03-01)"));
  g_assert_false (cw_rust_toolchain_version_is_enough ("rustc 1.85.0-nightly (x 2024-12-01)"));
  g_assert_false (cw_rust_toolchain_version_is_enough ("rustc 1.84.1 (e71f9a9a9 2025-01-27)"));
  g_assert_false (cw_rust_toolchain_version_is_enough ("rustc 1.63.0"));
  g_assert_false (cw_rust_toolchain_version_is_enough ("rustc 0.99.0"));
  g_assert_false (cw_rust_toolchain_version_is_enough ("nonsense"));
}

static void
test_install_hints (void)
{
  g_autofree char *debian = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_DEBIAN_12, FALSE);
  g_autofree char *debian_rustup = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_DEBIAN_12,
                                                                   TRUE);
  g_autofree char *flatpak = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_FLATPAK, FALSE);
  g_autofree char *other = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_OTHER, FALSE);
  g_autofree char *other_rustup = cw_rust_toolchain_install_hint (CW_RUST_PLATFORM_OTHER, TRUE);

  g_assert_nonnull (strstr (debian, "sudo apt install rustc-web"));
  g_assert_nonnull (strstr (debian_rustup, "rustup update stable"));
  g_assert_nonnull (strstr (debian_rustup, "sudo apt install rustc-web"));
  g_assert_nonnull (strstr (flatpak, "flatpak install flathub "
                                     "org.freedesktop.Sdk.Extension.rust-stable//"
                                     FLATPAK_SDK_BRANCH));
  g_assert_nonnull (strstr (other, "rustup"));
  g_assert_nonnull (strstr (other, "https://rustup.rs"));
  g_assert_nonnull (strstr (other_rustup, "rustup update stable"));
}

static void
test_none (void)
{
  AsyncData        data = { 0 };
  g_autofree char *hint = cw_rust_toolchain_install_hint (cw_rust_platform_detect (), FALSE);

  discover_with ("none", &data);
  g_assert_null (data.toolchain);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (data.error->message, "1.85"));
  g_assert_nonnull (strstr (data.error->message, hint));
  async_data_clear (&data);
}

static void
test_missing (void)
{
  AsyncData data = { 0 };

  discover_with ("/nonexistent/rustc", &data);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (data.error->message, "/nonexistent/rustc did not work"));
  async_data_clear (&data);
}

static void
test_too_old (void)
{
  AsyncData        data = { 0 };
  g_autofree char *script = NULL;
  g_autofree char *dir = cw_test_make_script ("rustc",
                                              "echo 'rustc 1.63.0 (4b91a6ea7 2022-08-08)'",
                                              &script);

  discover_with (script, &data);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_TOO_OLD);
  g_assert_nonnull (strstr (data.error->message, "rustc 1.63.0 (4b91a6ea7 2022-08-08)"));
  g_assert_nonnull (strstr (data.error->message, script));
  g_assert_nonnull (strstr (data.error->message, "1.85"));
  g_test_message ("%s", data.error->message);
  async_data_clear (&data);
  cw_test_remove_dir (dir);
}

static void
test_broken (void)
{
  AsyncData        data = { 0 };
  g_autofree char *script = NULL;
  g_autofree char *dir = NULL;

  /* What a rustup proxy says with no toolchain installed. */
  dir = cw_test_make_script ("rustc",
                             "echo 'error: rustup could not choose a version of rustc to run' "
                             ">&2; exit 1",
                             &script);
  discover_with (script, &data);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (data.error->message, "rustup could not choose"));
  async_data_clear (&data);
  cw_test_remove_dir (dir);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable)    cancellable = g_cancellable_new ();
  g_autoptr(CwRustToolchain) toolchain = NULL;
  g_autoptr(GError)          error = NULL;

  g_cancellable_cancel (cancellable);
  toolchain = cw_rust_toolchain_discover_with ("/bin/true", cancellable, &error);
  g_assert_null (toolchain);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_discover (void)
{
  AsyncData        data = { 0 };
  CwRustToolchain *expected = cw_test_rust_toolchain_or_skip ();
  g_autofree char *line = NULL;

  if (expected == NULL)
    return;

  cw_rust_toolchain_discover_async (NULL, discover_done, &data);
  cw_test_wait_for (&data.done);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.toolchain);
  g_assert_true (g_file_test (cw_rust_toolchain_get_path (data.toolchain),
                              G_FILE_TEST_IS_EXECUTABLE));
  g_assert_true (cw_rust_toolchain_version_is_enough (
                   cw_rust_toolchain_get_version_line (data.toolchain)));
  line = g_strdup_printf ("rustc %s", cw_rust_toolchain_get_version (data.toolchain));
  g_assert_true (g_str_has_prefix (cw_rust_toolchain_get_version_line (data.toolchain), line));

  /* The override names the program alone when it is set. */
  g_clear_object (&data.toolchain);
  data.done = FALSE;
  discover_with (cw_rust_toolchain_get_path (expected), &data);
  g_assert_no_error (data.error);
  g_assert_cmpint (cw_rust_toolchain_get_source (data.toolchain), ==,
                   CW_RUST_TOOLCHAIN_SOURCE_ENVIRONMENT);
  g_assert_cmpstr (cw_rust_toolchain_get_path (data.toolchain), ==,
                   cw_rust_toolchain_get_path (expected));
  g_assert_finalize_object (g_steal_pointer (&data.toolchain));
  async_data_clear (&data);
}

static void
test_explain (void)
{
  CwRustToolchain *toolchain = cw_test_rust_toolchain_or_skip ();
  AsyncData        data = { 0 };

  if (toolchain == NULL)
    return;

  cw_rust_toolchain_explain_async (toolchain, "E0502", NULL, explain_done, &data);
  cw_test_wait_for (&data.done);
  g_assert_no_error (data.error);
  g_assert_nonnull (strstr (data.text, "borrowed"));
  g_assert_true (g_utf8_validate (data.text, -1, NULL));
  async_data_clear (&data);

  /* Well formed, but no such error. */
  cw_rust_toolchain_explain_async (toolchain, "E9999", NULL, explain_done, &data);
  cw_test_wait_for (&data.done);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE);
  async_data_clear (&data);

  /* Never passed to rustc as an option or anything else. */
  cw_rust_toolchain_explain_async (toolchain, "--version", NULL, explain_done, &data);
  cw_test_wait_for (&data.done);
  g_assert_error (data.error, CW_RUST_TOOLCHAIN_ERROR, CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE);
  async_data_clear (&data);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rust-toolchain/parse-version", test_parse_version);
  g_test_add_func ("/rust-toolchain/version-is-enough", test_version_is_enough);
  g_test_add_func ("/rust-toolchain/install-hints", test_install_hints);
  g_test_add_func ("/rust-toolchain/none", test_none);
  g_test_add_func ("/rust-toolchain/missing", test_missing);
  g_test_add_func ("/rust-toolchain/too-old", test_too_old);
  g_test_add_func ("/rust-toolchain/broken", test_broken);
  g_test_add_func ("/rust-toolchain/cancelled", test_cancelled);
  g_test_add_func ("/rust-toolchain/discover", test_discover);
  g_test_add_func ("/rust-toolchain/explain", test_explain);

  return g_test_run ();
}
