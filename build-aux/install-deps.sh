#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Crabwise needs, on Debian 12 (or Ubuntu) with apt, for one purpose:
#   install-deps.sh run     building and running (make run)
#   install-deps.sh check   that, plus the test tools and toolchains (make check)
#   install-deps.sh bench   that, plus the benchmark tools and the peer app (make bench)
# As root it installs what is missing; otherwise it prints the exact command and stops.
# Elsewhere it names what is needed and stops.
set -eu

purpose=${1:-run}
here=$(cd "$(dirname "$0")" && pwd)

# Building and running: the compiler, meson, the libraries, gettext, the SVG loader the
# icons need at run time, and gtk4-update-icon-cache for meson install.
run_packages="build-essential meson ninja-build pkg-config gettext
libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev
libsqlite3-dev libgmp-dev libjson-glib-dev libcmark-dev librsvg2-common libgtk-4-bin"

# The suites: data validators (appstream-compose for the catalog a software centre builds), a
# headless display with an accessibility bus, the AT-SPI bindings the journeys use, xdotool for
# keys and clicks, the locale sources a German run is tested with, both JavaScript engines the
# lab compares with, valgrind, and the Debian-packaged crates the lessons' cargo snippets use
# offline. rustc, cargo and node are added below, by version.
check_packages="desktop-file-utils appstream appstream-compose
xvfb xauth dbus-daemon at-spi2-core xdotool
python3 python3-gi gir1.2-atspi-2.0 locales
gjs valgrind
librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-tokio-dev
librust-tokio-macros-dev librust-anyhow-dev librust-thiserror-dev librust-clap-dev
librust-clap-derive-dev librust-rayon-dev"

# Benchmarks: whole-command timing, the peer the start-up is compared with, and imagemagick
# for make screenshots.
bench_packages="hyperfine gnome-text-editor imagemagick"

# The oldest rustc the content builds with (edition 2024, let-else, Waker::noop).
rust_min=$(cat "$here/min-rustc-version")

case $purpose in
  run)   packages=$run_packages ;;
  check) packages="$run_packages $check_packages" ;;
  bench) packages="$run_packages $check_packages $bench_packages" ;;
  *)     echo "usage: install-deps.sh run|check|bench" >&2; exit 2 ;;
esac

# 0 when rustc or cargo $1 is at least $rust_min (major.minor).
rustc_new_enough () {
  version=$("$1" --version 2>/dev/null | cut -d' ' -f2) || return 1
  [ -n "$version" ] || return 1
  printf '%s\n%s\n' "$rust_min" "$version" | sort -V -C
}

# 0 when a $1 (rustc or cargo) at least $rust_min is on PATH or in ~/.cargo/bin.
have_rust_tool () {
  for candidate in "$(command -v "$1" 2>/dev/null || true)" "${HOME:-/root}/.cargo/bin/$1"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && rustc_new_enough "$candidate"; then
      return 0
    fi
  done
  return 1
}

missing=""

if command -v dpkg-query >/dev/null 2>&1; then
  for p in $packages; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $p"
  done
  if [ "$purpose" != run ]; then
    # The content suite runs every snippet: any node (Debian 12's 18 will do) and a rustc at
    # least $rust_min (a per-user rustup toolchain counts). Debian's own "rustc" package is
    # 1.63, too old: Debian 12 ships a current one as rustc-web, which installs /usr/bin/rustc.
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    have_rust_tool rustc || missing="$missing rustc-web"
    have_rust_tool cargo || missing="$missing cargo-web"
  fi
else
  echo "This is not a Debian or Ubuntu system. Install the equivalents of:"
  echo "  $packages" | tr '\n' ' '
  [ "$purpose" = run ] || printf ' nodejs rustc (%s or newer)' "$rust_min"
  echo
  echo "(meson needs: gtk4 >= 4.8, libadwaita-1 >= 1.2, gtksourceview-5 >= 5.6, sqlite3 >= 3.40,"
  echo " json-glib-1.0, gmp, glib-2.0 >= 2.74), then run make again."
  exit 1
fi

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Crabwise needs these packages to $purpose:$missing"
  echo "Install them with:"
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing"
  exit 1
fi

echo "Installing (to $purpose):$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
