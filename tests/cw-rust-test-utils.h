/* cw-rust-test-utils.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-rust-toolchain.h"
#include "cw-test-limits.h"

G_BEGIN_DECLS

/* The rustc the app would use, found once per test program; NULL after g_test_skip() with
 * the reason when there is none new enough. Transfer none. */
CwRustToolchain *cw_test_rust_toolchain_or_skip (void);

/* Iterates the thread-default main context until *done, or fails the test after
 * CW_TEST_FINISHES_MS. */
void             cw_test_wait_for               (const gboolean *done);

/* A new folder holding an executable shell script NAME with BODY; free with
 * cw_test_remove_dir(). Returns the script's path in *script. */
char            *cw_test_make_script            (const char     *name,
                                                 const char     *body,
                                                 char          **script);
void             cw_test_remove_dir             (const char     *dir);

G_END_DECLS
