#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a software centre will show: install the build into a scratch tree, run appstreamcli
# compose on it as Flathub and distributions do, and check that the catalog keeps the
# desktop file's categories and (translated) keywords — the metainfo must not override
# them — and finds the icon.
#
# Usage: tests/check-appstream-compose.sh BUILD_DIR DESKTOP_FILE
set -eu
build=${1:?usage: check-appstream-compose.sh BUILD_DIR DESKTOP_FILE}
desktop=${2:?usage: check-appstream-compose.sh BUILD_DIR DESKTOP_FILE}

if [ ! -x /usr/libexec/appstreamcli-compose ]; then
  echo "appstreamcli compose is not installed: make check installs it (package appstream-compose)."
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$(meson introspect --buildoptions "$build" |
         python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')

meson install -C "$build" --no-rebuild --destdir "$work/root" > "$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
appstreamcli compose --no-net --prefix="$prefix" --origin=crabwise \
  --result-root="$work/out" "$work/root" > "$work/compose.log" 2>&1 ||
  { cat "$work/compose.log"; exit 1; }

catalog=$(find "$work/out" -name 'crabwise.xml.gz' | head -n 1)
[ -n "$catalog" ] || { echo "FAIL: compose wrote no catalog"; cat "$work/compose.log"; exit 1; }
icons=$(find "$work/out" -path '*icons*' -name '*.png' | wc -l)
[ "$icons" -gt 0 ] || { echo "FAIL: compose found no icon"; exit 1; }

zcat "$catalog" | python3 -c '
import sys, xml.etree.ElementTree as ET
desktop = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if "=" in line and not line.startswith("#"):
        key, value = line.rstrip("\n").split("=", 1)
        desktop.setdefault(key, value)
component = ET.parse(sys.stdin).getroot().find("component")
assert component is not None, "no component in the catalog"
assert component.findtext("id") == "io.github.crabwise.Crabwise", component.findtext("id")
want = [c for c in desktop["Categories"].split(";") if c]
got = [c.text for c in component.findall("categories/category")]
assert got == want, f"categories {got} are not the desktop file'"'"'s {want}"
lang = "{http://www.w3.org/XML/1998/namespace}lang"
keywords = {k.get(lang): [w.text for w in k.findall("keyword")] for k in component.findall("keywords")}
want = [k for k in desktop["Keywords"].split(";") if k]
assert keywords.get(None) == want, f"keywords {keywords.get(None)} are not the desktop file'"'"'s {want}"
assert keywords.get("de"), "the German keywords were lost"
print(f"ok: categories {got}, {len(want)} keywords, German keywords kept")
' "$desktop"
