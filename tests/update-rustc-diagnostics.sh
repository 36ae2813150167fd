#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the stored rustc texts of the lessons (content format 2): FILE.rs.stderr, the
# diagnostic of each Rust file that must not compile (pairs, the wrong choices of "compiles"
# questions, "bug" questions), and FILE.rs.panic, the message of each program that must
# panic, then data/content/rustc-version. It builds the content database and runs the content
# suite with --update, so the texts are exactly what the suite compares: rustc --edition 2024
# on the marker-stripped file under its own name, crate snippets through cargo with cargo's
# own lines removed, the closing "error: aborting…" lines dropped and toolchain paths
# (/rustc/<hash>/library/) written library/. Only files whose text changed are written.
#
# Usage: tests/update-rustc-diagnostics.sh [BUILD_DIR]   (default: _build, set up if missing)
# Run it after editing a snippet that must fail or panic, or after upgrading rustc to a
# release newer than data/content/rustc-version; then rebuild and review the diff.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$srcdir/_build}

[ -d "$build" ] || meson setup "$build" "$srcdir"
meson compile -C "$build" content-db

exec python3 "$srcdir/tests/check-content.py" --update "$srcdir/data/content" \
  "$build/data/content/content.sqlite3" "$(cat "$srcdir/build-aux/min-rustc-version")" \
  "$build/tests/content-cargo-target"
