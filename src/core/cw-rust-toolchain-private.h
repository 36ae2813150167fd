/* cw-rust-toolchain-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-rust-toolchain.h"

G_BEGIN_DECLS

/* What decides how to get a rustc; detected at run time, passed explicitly by tests. */
typedef enum
{
  CW_RUST_PLATFORM_OTHER,      /* rustup */
  CW_RUST_PLATFORM_DEBIAN_12,  /* apt install rustc-web */
  CW_RUST_PLATFORM_FLATPAK,    /* the rust-stable SDK extension */
} CwRustPlatform;

CwRustPlatform  cw_rust_platform_detect         (void);

/* One or two sentences: how to install (or, @from_rustup, update) a rustc new enough. */
char           *cw_rust_toolchain_install_hint  (CwRustPlatform  platform,
                                                 gboolean        from_rustup);

/* "rustc 1.95.0 (59807616e 2026-04-14)" → 1, 95, 0. A pre-release ("1.85.0-nightly") counts
 * as older than its release: *pre_release is set. */
gboolean        cw_rust_toolchain_parse_version (const char     *line,
                                                 guint          *major,
                                                 guint          *minor,
                                                 guint          *patch,
                                                 gboolean       *pre_release);

/* cw_rust_toolchain_discover() with @override (nullable) in place of CRABWISE_RUSTC. */
CwRustToolchain *cw_rust_toolchain_discover_with (const char    *override,
                                                  GCancellable  *cancellable,
                                                  GError       **error);

/* Whether a --version line is at least RUST_MIN_VERSION. */
gboolean        cw_rust_toolchain_version_is_enough (const char *line);

G_END_DECLS
