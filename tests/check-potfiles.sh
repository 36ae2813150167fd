#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in lists a file that does not exist.
set -eu
srcdir=${1:?usage: check-potfiles.sh SRCDIR}
cd "$srcdir"

listed=$(mktemp)
found=$(mktemp)
trap 'rm -f "$listed" "$found"' EXIT

grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' | sort -u > "$listed"

{
  grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext|g_dpgettext2)[[:space:]]*\(' \
    --include='*.c' --include='*.h' src || true
  grep -rl 'translatable="yes"' --include='*.ui' ui src || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sed 's|^\./||' | sort -u > "$found"

status=0
missing=$(comm -13 "$listed" "$found")
if [ -n "$missing" ]; then
  echo "FAIL: files with translatable strings missing from po/POTFILES.in:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
while read -r f; do
  if [ ! -f "$f" ]; then
    echo "FAIL: po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done < "$listed"

[ $status -eq 0 ] && echo "ok: $(wc -l < "$listed") files in po/POTFILES.in cover every translatable string"
exit $status
