#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run from the build tree as make run does (meson devenv), in German: the app must find the
# build's own translations, not the install prefix's.
set -u
builddir=${1:?usage: check-translated-run.sh BUILDDIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A German locale of our own (LOCPATH), so no system locale needs to be generated.
if [ ! -f /usr/share/i18n/locales/de_DE ]; then
  echo "not ok - the locale sources are missing: make check installs the locales package"
  exit 1
fi
mkdir -p "$tmp/locale"
if ! localedef -i de_DE -f UTF-8 "$tmp/locale/de_DE.UTF-8" >"$tmp/localedef.log" 2>&1; then
  echo "not ok - localedef failed: $(cat "$tmp/localedef.log")"
  exit 1
fi

out=$(meson devenv -C "$builddir" env LOCPATH="$tmp/locale" LC_ALL=de_DE.UTF-8 LANGUAGE=de \
      src/crabwise --help 2>&1)
echo "$out" | head -n 5
case $out in
  *"Rust lernen mit dem, was Sie aus JavaScript kennen."*)
    echo "ok - make run shows German from the build tree's translations" ;;
  *)
    echo "not ok - no German in crabwise --help run through meson devenv"
    exit 1 ;;
esac
