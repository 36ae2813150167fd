#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line without a window: lessons and search from the real database, and a
# clear message with a non-zero status when the database is missing or not a database;
# the practice exercises listed and checked (rustc needed for the checks themselves).
set -u
crabwise=${1:?usage: check-cli.sh CRABWISE CONTENT_DIR}
content=${2:?usage: check-cli.sh CRABWISE CONTENT_DIR}
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

# --list-exercises: ID<TAB>TITLE, every exercise, each id once and with its folder in the
# content tree.
out=$("$crabwise" --list-exercises 2>"$tmp/err"); status=$?
n=$(printf '%s\n' "$out" | grep -c '^[a-z0-9-]*	[^	]*[^	 ]$')
[ $status -eq 0 ] && [ "$n" -ge 40 ] && [ "$n" -eq "$(printf '%s\n' "$out" | wc -l)" ] \
  && [ "$(printf '%s\n' "$out" | cut -f1 | sort -u | wc -l)" -eq "$n" ] \
  && printf '%s\n' "$out" | grep -q '^ownership-fix-move	' \
  && check ok "--list-exercises lists $n exercises as ID<TAB>TITLE" \
  || check fail "--list-exercises ($status, $n lines): $out $(cat "$tmp/err")"
missing=""
for id in $(printf '%s\n' "$out" | cut -f1); do
  ls -d "$content"/*/exercises/"$id" > /dev/null 2>&1 || missing="$missing $id"
done
[ -z "$missing" ] && check ok "every listed exercise has its folder in the content tree" \
  || check fail "listed exercises without a folder:$missing"

out=$(CRABWISE_CONTENT_DB="$tmp/missing.sqlite3" "$crabwise" --list-exercises 2>&1); status=$?
[ $status -eq 1 ] && echo "$out" | grep -q 'missing' && check ok "--list-exercises without a database: exit 1 and a message" \
  || check fail "--list-exercises, missing database ($status): $out"

# --check: bad arguments are exit 2 with a message that says what is wrong, before any rustc.
exdir="$content/ownership/exercises/ownership-fix-move"
out=$("$crabwise" --check no-such-exercise "$exdir/solution.rs" 2>&1); status=$?
[ $status -eq 2 ] && echo "$out" | grep -q 'no-such-exercise' && echo "$out" | grep -q -- '--list-exercises' \
  && check ok "--check with an unknown id: exit 2 naming it" || check fail "--check unknown id ($status): $out"
out=$("$crabwise" --check ownership-fix-move "$tmp/nothing-here.rs" 2>&1); status=$?
[ $status -eq 2 ] && echo "$out" | grep -q 'nothing-here.rs' && check ok "--check with a missing file: exit 2 naming it" \
  || check fail "--check missing file ($status): $out"
out=$("$crabwise" --check ownership-fix-move 2>&1); status=$?
[ $status -eq 2 ] && echo "$out" | grep -q 'FILE' && check ok "--check without a file: exit 2" \
  || check fail "--check without a file ($status): $out"
out=$("$crabwise" --check ownership-fix-move "$exdir/solution.rs" "$exdir/starter.rs" 2>&1); status=$?
[ $status -eq 2 ] && [ -n "$out" ] && check ok "--check with an extra argument: exit 2" \
  || check fail "--check extra argument ($status): $out"
out=$("$crabwise" "$exdir/solution.rs" 2>&1); status=$?
[ $status -eq 2 ] && echo "$out" | grep -q -- '--check' && check ok "a file without --check: exit 2" \
  || check fail "a file without --check ($status): $out"
out=$("$crabwise" --check ownership-fix-move "$exdir/solution.rs" --algorithm naive 2>&1); status=$?
[ $status -eq 2 ] && [ -n "$out" ] && check ok "--check with --algorithm: exit 2" \
  || check fail "--check --algorithm ($status): $out"

# No rustc anywhere: exit 3 and what to install.
out=$(env -i HOME="$tmp/home" PATH="$tmp/no-bin" CRABWISE_CONTENT_DB="${CRABWISE_CONTENT_DB:-}" \
      LC_ALL=C.UTF-8 "$crabwise" --check ownership-fix-move "$exdir/solution.rs" 2>&1); status=$?
if [ -e /usr/lib/sdk/rust-stable/bin/rustc ]; then
  echo "ok - # SKIP no-toolchain: the Flatpak SDK extension's rustc is installed here"
else
  [ $status -eq 3 ] && echo "$out" | grep -q 'rustc' && check ok "--check without rustc: exit 3 saying what to install" \
    || check fail "--check without rustc ($status): $out"
fi

# The checks themselves need rustc.
"$crabwise" --check ownership-fix-move "$exdir/solution.rs" > "$tmp/pass.txt" 2>&1; status=$?
if [ $status -eq 3 ]; then
  echo "ok - # SKIP --check: $(cat "$tmp/pass.txt")"
else
  [ $status -eq 0 ] && grep -q 'passed' "$tmp/pass.txt" && check ok "--check a solution: exit 0" \
    || check fail "--check solution ($status): $(cat "$tmp/pass.txt")"

  out=$("$crabwise" --check ownership-fix-move "$exdir/starter.rs" 2>&1); status=$?
  [ $status -eq 1 ] && check ok "--check a starter: exit 1" || check fail "--check starter ($status): $out"

  out=$("$crabwise" --check ownership-fix-move "$exdir/starter.rs" --json 2>"$tmp/err"); status=$?
  if [ $status -eq 1 ] && printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["exercise"] == "ownership-fix-move" and d["verdict"] == "compile-failed", d
assert d["passed"] is False and isinstance(d["tests"], list), d
assert len(d["diagnostics"]) >= 1, d
for diag in d["diagnostics"]:
    for key in ("code", "level", "message", "line", "column"):
        assert key in diag, (key, diag)
first = d["diagnostics"][0]
assert first["level"] == "error" and first["code"] == "E0382", first
assert isinstance(first["line"], int) and first["line"] >= 1 and isinstance(first["column"], int), first
assert first["message"], first
'; then check ok "--check --json on a starter: compile-failed with E0382 at a line"; else check fail "--check --json starter ($status): $out $(cat "$tmp/err")"; fi

  out=$("$crabwise" --check ownership-fix-move "$exdir/solution.rs" --json 2>"$tmp/err"); status=$?
  if [ $status -eq 0 ] && printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["verdict"] == "passed" and d["passed"] is True, d
assert all(x["level"] != "error" for x in d["diagnostics"]), d
assert len(d["tests"]) >= 1, d
for t in d["tests"]:
    assert t["name"] and t["status"] == "passed", t
'; then check ok "--check --json on a solution: passed, every test named and passed"; else check fail "--check --json solution ($status): $out $(cat "$tmp/err")"; fi

  out=$("$crabwise" --check ownership-fix-move - --json < "$exdir/solution.rs" 2>&1); status=$?
  [ $status -eq 0 ] && check ok "--check ID - reads standard input" || check fail "--check - ($status): $out"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
