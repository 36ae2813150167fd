#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the rustc and libtest output fixtures in tests/fixtures/rustc/ from the Rust in
# the same folder, exactly as the exercise runner produces them:
#   CASE.learner.rs + CASE.tests.rs  are composed into main.rs as the runner does (the tests
#                                    inside `#[cfg(test)] mod tests { use super::*; … }`)
#   CASE.stderr.jsonl                rustc's stderr with --error-format=json (every case)
#   CASE.out                         the test program's stdout and stderr, when it compiles
# The unit tests parse these files: real output of a real rustc, not hand-written guesses.
# "timeout" runs for 2 s and is then killed; "overflow" crashes; both are kept as cut off.
#
# Usage: tests/update-rustc-fixtures.sh [RUSTC]    (default: rustc on PATH, ~/.cargo/bin)
set -eu

here=$(cd "$(dirname "$0")" && pwd)/fixtures/rustc
rustc=${1:-$(command -v rustc || echo "$HOME/.cargo/bin/rustc")}
[ -x "$rustc" ] || { echo "update-rustc-fixtures: no rustc" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for learner in "$here"/*.learner.rs; do
  case=$(basename "$learner" .learner.rs)
  {
    cat "$learner"
    printf '\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n'
    cat "$here/$case.tests.rs"
    printf '}\n'
  } > "$tmp/main.rs"
  rm -f "$tmp/main"
  (cd "$tmp" && "$rustc" --edition 2024 --test --error-format=json main.rs -o main) \
    2> "$here/$case.stderr.jsonl" || true
  rm -f "$here/$case.out"
  if [ -x "$tmp/main" ]; then
    (cd "$tmp" && ulimit -c 0 && env -i PATH=/usr/bin:/bin RUST_BACKTRACE=0 \
       timeout -s KILL 2 ./main --test-threads=1 --show-output --color never \
       > "$here/$case.out" 2>&1) || true
  fi
  echo "$case: $(grep -c '"level":"error"' "$here/$case.stderr.jsonl" || true) error lines," \
       "$( [ -f "$here/$case.out" ] && wc -c < "$here/$case.out" || echo no) output bytes"
done

"$rustc" --version > "$here/RUSTC-VERSION"
echo "fixtures from $(cat "$here/RUSTC-VERSION")"
