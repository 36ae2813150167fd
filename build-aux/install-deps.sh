#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Crabwise needs to build, run and test, on Debian 12 (or Ubuntu) with apt.
# As root it installs what is missing; otherwise it prints the exact command and stops.
# Elsewhere it names what is needed and stops.
set -eu

packages="build-essential meson ninja-build pkg-config gettext
libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
libgtksourceview-5-dev libsqlite3-dev sqlite3 libgmp-dev libjson-glib-dev
desktop-file-utils appstream librsvg2-common
xvfb xauth dbus-daemon dbus-x11 at-spi2-core xdotool imagemagick
python3 python3-gi gir1.2-atspi-2.0 python3-dogtail
gjs valgrind hyperfine"

missing=""

if command -v dpkg-query >/dev/null 2>&1; then
  for p in $packages; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $p"
  done
  # The content tests compile every snippet: any node and rustc will do (a per-user
  # rustup toolchain in ~/.cargo/bin counts); Debian's come only when none is found.
  command -v node >/dev/null 2>&1 || missing="$missing nodejs"
  if ! command -v rustc >/dev/null 2>&1 && [ ! -x "${HOME:-/root}/.cargo/bin/rustc" ]; then
    missing="$missing rustc"
  fi
else
  echo "This is not a Debian or Ubuntu system. Install the equivalents of:"
  echo "  $packages nodejs rustc" | tr '\n' ' '
  echo
  echo "(meson needs: gtk4 >= 4.8, libadwaita-1 >= 1.2, gtksourceview-5 >= 5.6, sqlite3 >= 3.40,"
  echo " json-glib-1.0, gmp, glib-2.0 >= 2.74), then run make again."
  exit 1
fi

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Crabwise needs these packages:$missing"
  echo "Install them with:"
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing"
  exit 1
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
