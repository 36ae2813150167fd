/* cw-rust-toolchain.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The rustc that checks exercises: found, its version checked (edition 2024 needs 1.85),
 * and asked to explain an error code. Everything here works offline.
 *
 * Messages say what happened and exactly how to get a rustc that works: `sudo apt install
 * rustc-web` on Debian 12, the rust-stable SDK extension inside the Flatpak, rustup elsewhere.
 * Cancellation is reported as G_IO_ERROR_CANCELLED.
 */
typedef enum
{
  CW_RUST_TOOLCHAIN_ERROR_NOT_FOUND,     /* no rustc, or none that runs */
  CW_RUST_TOOLCHAIN_ERROR_TOO_OLD,       /* only rustc older than RUST_MIN_VERSION */
  CW_RUST_TOOLCHAIN_ERROR_UNKNOWN_CODE,  /* explain: not an error code rustc knows */
  CW_RUST_TOOLCHAIN_ERROR_FAILED,        /* explain: rustc did not run or answer */
} CwRustToolchainError;

#define CW_RUST_TOOLCHAIN_ERROR (cw_rust_toolchain_error_quark ())

/* Where it was found, in the order they are tried. */
typedef enum
{
  CW_RUST_TOOLCHAIN_SOURCE_ENVIRONMENT,  /* CRABWISE_RUSTC: a path or a program name */
  CW_RUST_TOOLCHAIN_SOURCE_FLATPAK_SDK,  /* /usr/lib/sdk/rust-stable/bin/rustc */
  CW_RUST_TOOLCHAIN_SOURCE_PATH,         /* rustc on PATH */
  CW_RUST_TOOLCHAIN_SOURCE_CARGO_HOME,   /* $CARGO_HOME/bin/rustc, by default ~/.cargo/bin */
} CwRustToolchainSource;

#define CW_TYPE_RUST_TOOLCHAIN_SOURCE (cw_rust_toolchain_source_get_type ())
GType cw_rust_toolchain_source_get_type (void);

#define CW_TYPE_RUST_TOOLCHAIN (cw_rust_toolchain_get_type ())
G_DECLARE_FINAL_TYPE (CwRustToolchain, cw_rust_toolchain, CW, RUST_TOOLCHAIN, GObject)

GQuark                 cw_rust_toolchain_error_quark       (void);

void                   cw_rust_toolchain_discover_async    (GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
CwRustToolchain       *cw_rust_toolchain_discover_finish   (GAsyncResult        *result,
                                                            GError             **error);
/* Blocking (it runs `rustc --version`): for worker threads and the command line. */
CwRustToolchain       *cw_rust_toolchain_discover          (GCancellable        *cancellable,
                                                            GError             **error);

const char            *cw_rust_toolchain_get_path          (CwRustToolchain     *self);
const char            *cw_rust_toolchain_get_version       (CwRustToolchain     *self);
const char            *cw_rust_toolchain_get_version_line  (CwRustToolchain     *self);
CwRustToolchainSource  cw_rust_toolchain_get_source        (CwRustToolchain     *self);

/* `rustc --explain CODE` (CODE like "E0382"): the explanation, in Markdown. */
void                   cw_rust_toolchain_explain_async     (CwRustToolchain     *self,
                                                            const char          *code,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
char                  *cw_rust_toolchain_explain_finish    (CwRustToolchain     *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS
