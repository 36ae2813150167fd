#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line without a window: lessons and search from the real database, and a
# clear message with a non-zero status when the database is missing or not a database.
set -u
crabwise=${1:?usage: check-cli.sh CRABWISE}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check () {
  if [ "$1" = ok ]; then passed=$((passed + 1)); echo "ok - $2"; else failed=$((failed + 1)); echo "not ok - $2"; fi
}

out=$("$crabwise" --version) && [ "$out" = "crabwise $(echo "$out" | cut -d' ' -f2)" ] && check ok "--version" || check fail "--version"

out=$("$crabwise" --list-lessons 2>"$tmp/err"); status=$?
[ $status -eq 0 ] && echo "$out" | grep -q '^ownership	' && [ "$(echo "$out" | wc -l)" -ge 11 ] \
  && check ok "--list-lessons lists every lesson" || check fail "--list-lessons ($status): $out $(cat "$tmp/err")"

out=$("$crabwise" --search borrow 2>&1); status=$?
[ $status -eq 0 ] && echo "$out" | grep -q '^ownership	' && check ok "--search borrow finds the ownership lesson" \
  || check fail "--search borrow ($status): $out"

out=$(CRABWISE_CONTENT_DB="$tmp/missing.sqlite3" "$crabwise" --list-lessons 2>&1); status=$?
[ $status -eq 1 ] && echo "$out" | grep -q 'missing' && check ok "a missing database: exit 1 and a message" \
  || check fail "missing database ($status): $out"

head -c 4096 /dev/urandom > "$tmp/garbage.sqlite3"
out=$(CRABWISE_CONTENT_DB="$tmp/garbage.sqlite3" "$crabwise" --search borrow 2>&1); status=$?
[ $status -eq 1 ] && [ -n "$out" ] && check ok "a file that is not a database: exit 1 and a message" \
  || check fail "garbage database ($status): $out"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
