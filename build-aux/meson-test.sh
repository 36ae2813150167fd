#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# meson test, failing also when a test's TAP output was not valid: meson only reports
# "Unknown TAP output lines" and lets such a test pass.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ meson test "$@" 2>&1; echo $? > "$tmp/status"; } | tee "$tmp/log"
status=$(cat "$tmp/status")
if [ "$status" -eq 0 ] && grep -q 'Unknown TAP output lines' "$tmp/log"; then
  echo "A test printed invalid TAP output: see 'Unknown TAP output lines' above." >&2
  status=1
fi
exit "$status"
