#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates FILE.rs.stderr, the rustc diagnostic that the app shows next to each Rust snippet
# that must not compile, for every lesson in data/content/ (or in CONTENT_DIR):
#   - [Pair N] groups with RustExpectError, compiled with their RustEdition and RustCrateType;
#   - the wrong choices of Kind=compiles questions (edition 2021, bin), which the content
#     compiler checks when present but does not store yet.
# Stale FILE.rs.stderr files (for Rust files no longer expected to fail) are deleted.
#
# rustc runs in the lesson folder with the file's bare name, so the locations read like
# "--> 1-move.rs:9:16". The closing summary lines ("error: aborting due to …", "Some errors
# have detailed explanations: …", "For more information about this error, try …") are
# dropped: their wording changes between rustc releases and the app has its own hint. Output
# goes to a temporary folder rather than /dev/null, which rustc running as root can clobber
# if a snippet unexpectedly compiles.
#
# Usage: tests/update-rustc-diagnostics.sh [CONTENT_DIR]
# Run it after editing a failing snippet or upgrading rustc, then rebuild (the content
# compiler checks that each file's first error matches RustExpectError/RustErrorMessage).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
content=${1:-$srcdir/data/content}

rustc=$(command -v rustc || true)
if [ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ]; then
  rustc=$HOME/.cargo/bin/rustc
fi
if [ -z "$rustc" ]; then
  echo "update-rustc-diagnostics: rustc not found (PATH or ~/.cargo/bin)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# Prints "FILE EDITION CRATE_TYPE" for each Rust file in a lesson.ini that must fail.
list_failing () {
  awk '
    function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
    function flush(   n, i, choices) {
      if (group ~ /^Pair [0-9]+$/ && expect != "" && rust != "")
        print rust, (edition != "" ? edition : "2021"), (crate != "" ? crate : "bin")
      if (group ~ /^Question [0-9]+$/ && kind == "compiles") {
        n = split(choices_list, choices, ";")
        for (i = 1; i <= n; i++)
          if (choices[i] != "" && i - 1 != answer + 0)
            print choices[i], "2021", "bin"
      }
      rust = edition = crate = expect = kind = choices_list = answer = ""
    }
    /^[ \t]*(#|$)/ { next }
    /^[ \t]*\[/ { flush(); group = trim($0); sub(/^\[/, "", group); sub(/\]$/, "", group); next }
    {
      eq = index($0, "=")
      if (eq == 0) next
      key = trim(substr($0, 1, eq - 1)); value = trim(substr($0, eq + 1))
      if (key == "Rust") rust = value
      else if (key == "RustEdition") edition = value
      else if (key == "RustCrateType") crate = value
      else if (key == "RustExpectError") expect = value
      else if (key == "Kind") kind = value
      else if (key == "Choices") choices_list = value
      else if (key == "Answer") answer = value
    }
    END { flush() }
  ' "$1"
}

status=0
written=0
for ini in "$content"/*/lesson.ini; do
  dir=$(dirname "$ini")
  lesson=$(basename "$dir")
  list_failing "$ini" > "$tmp/failing"

  while read -r file edition crate; do
    if [ ! -f "$dir/$file" ]; then
      echo "$lesson/$file: missing (named in lesson.ini)" >&2
      status=1
      continue
    fi
    if (cd "$dir" && "$rustc" --edition "$edition" --crate-type "$crate" \
          --error-format=human --color=never "$file" -o "$tmp/out") 2> "$tmp/stderr"; then
      echo "$lesson/$file: compiled, but lesson.ini says it must fail" >&2
      status=1
      continue
    fi
    # Drop the closing summary, then the blank lines it leaves at the end.
    grep -v -e '^error: aborting due to' -e '^Some errors have detailed explanations' \
         -e '^For more information about' "$tmp/stderr" |
      sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}' > "$tmp/filtered"
    if ! grep -q '^error' "$tmp/filtered"; then
      echo "$lesson/$file: rustc failed without an error line:" >&2
      cat "$tmp/stderr" >&2
      status=1
      continue
    fi
    if ! cmp -s "$tmp/filtered" "$dir/$file.stderr"; then
      cp "$tmp/filtered" "$dir/$file.stderr"
      echo "wrote $lesson/$file.stderr: $(grep -m1 '^error' "$tmp/filtered")"
    fi
    written=$((written + 1))
  done < "$tmp/failing"

  for stderr in "$dir"/*.rs.stderr; do
    [ -e "$stderr" ] || continue
    name=$(basename "$stderr" .stderr)
    if ! awk -v name="$name" '$1 == name { found = 1 } END { exit !found }' "$tmp/failing"; then
      rm -f "$stderr"
      echo "deleted stale $lesson/$name.stderr"
    fi
  done
done

echo "$written diagnostics up to date ($("$rustc" --version))"
exit $status
