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
[ $status -eq 0 ] && echo "$out" | grep -q '^ownership	' && [ "$(echo "$out" | wc -l)" -ge 30 ] \
  && [ "$(echo "$out" | head -n 1 | cut -f1)" = getting-started ] \
  && check ok "--list-lessons lists every lesson, getting-started first" \
  || check fail "--list-lessons ($status): $out $(cat "$tmp/err")"

out=$("$crabwise" --search borrowing 2>&1); status=$?
[ $status -eq 0 ] && echo "$out" | grep -q '^borrowing	' && check ok "--search borrowing finds the borrowing lesson" \
  || check fail "--search borrowing ($status): $out"

# What JavaScript developers type: punctuation the word index cannot see.
for query in '??' '?.' '&mut' '::' '=>' "'a"; do
  out=$("$crabwise" --search "$query" 2>&1); status=$?
  [ $status -eq 0 ] && echo "$out" | grep -qF -- "$query" && check ok "--search $query finds it as typed" \
    || check fail "--search $query ($status): $out"
done

out=$(CRABWISE_CONTENT_DB="$tmp/missing.sqlite3" "$crabwise" --list-lessons 2>&1); status=$?
[ $status -eq 1 ] && echo "$out" | grep -q 'missing' && check ok "a missing database: exit 1 and a message" \
  || check fail "missing database ($status): $out"

head -c 4096 /dev/urandom > "$tmp/garbage.sqlite3"
out=$(CRABWISE_CONTENT_DB="$tmp/garbage.sqlite3" "$crabwise" --search borrow 2>&1); status=$?
[ $status -eq 1 ] && [ -n "$out" ] && check ok "a file that is not a database: exit 1 and a message" \
  || check fail "garbage database ($status): $out"

# --fib: JSON with stable keys, exact as a string.
out=$("$crabwise" --fib 90 --json 2>&1); status=$?
if [ $status -eq 0 ] && printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["n"] == 90 and d["algorithm"] == "doubling", d
assert d["value"] == "2880067194370816120" and d["digits"] == 19, d
assert d["exact_u32"] is False and d["exact_number"] is False and d["exact_u64"] is True, d
assert d["u64"] == d["value"] and d["u32"] == str(2880067194370816120 % 2**32), d
assert d["number"] == "2880067194370816000", d
assert isinstance(d["elapsed_ns"], int) and d["calls"] is None, d
'; then check ok "--fib 90 --json parses and matches"; else check fail "--fib 90 --json ($status): $out"; fi

out=$("$crabwise" --fib 25 --algorithm naive --json 2>&1)
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["value"] == "75025" and d["calls"] == 242785, d
' && check ok "--fib 25 --algorithm naive counts its calls" || check fail "--fib 25 naive: $out"

out=$("$crabwise" --fib 1000 --json 2>&1)
printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["algorithm"] == "exact" and d["digits"] == 209 and d["value"].startswith("434665576869374564356885276750406258025646605173717804024817290895365554179490518904038798400792551692959225930803226347752096896232398733224711616429964409065331879382989696499285160037044761377951668492288"), d
' && check ok "--fib 1000 is exact by default" || check fail "--fib 1000: $out"

for args in "--fib abc" "--fib=-1" "--fib 12abc" "--fib=" "--fib 61 --algorithm naive" \
            "--fib 94 --algorithm doubling" "--fib 10000001 --algorithm exact" \
            "--fib 10 --algorithm quick" "--json" "--algorithm naive"; do
  # shellcheck disable=SC2086
  out=$("$crabwise" $args 2>&1); status=$?
  [ $status -eq 2 ] && [ -n "$out" ] && check ok "crabwise $args: exit 2 with a message" \
    || check fail "crabwise $args ($status): $out"
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
