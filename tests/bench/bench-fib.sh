#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fibonacci, side by side: `crabwise --fib` against the C reference (fib-reference.c, built
# with the project's flags), and the same naive recursion in node and gjs (the script of
# src/core/cw-js-runner.c, wrapped in a function as there).  Prints a Markdown table of
# medians and of ratios to the reference.  Fails only when a program fails or computes a wrong
# value, never on time.
#
#   bench-fib.sh CRABWISE FIB-REFERENCE
#
# Two figures per program, from two sets of runs:
#   wall clock   the whole process, startup and output included: hyperfine (-N, one warm-up
#                run) when installed, else `date +%s%N` around each run
#   in-process   the program's own monotonic clock around the computation only (for the exact
#                algorithm mpz_fib_ui() plus the conversion to decimal); crabwise runs with
#                --json there, as its plain output rounds the times
# Environment: BENCH_RUNS (default 7), BENCH_NAIVE_N (default 40), BENCH_NO_HYPERFINE=1.
set -u

usage='usage: bench-fib.sh CRABWISE FIB-REFERENCE'
crabwise=${1:?$usage}
reference=${2:?$usage}
runs=${BENCH_RUNS:-7}
naive_n=${BENCH_NAIVE_N:-40}
exact_ns="1000000 10000000"

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

fail () {
  echo "bench-fib: $*" >&2
  exit 1
}

for program in "$crabwise" "$reference"; do
  [ -x "$program" ] || fail "$program is not an executable"
done
case $runs in ''|*[!0-9]*|0) fail "BENCH_RUNS must be a positive number" ;; esac
case $naive_n in ''|*[!0-9]*) fail "BENCH_NAIVE_N must be a number" ;; esac
case $(date +%s%N) in *N) fail "date +%s%N does not give nanoseconds here" ;; esac

hyperfine=
if [ -z "${BENCH_NO_HYPERFINE:-}" ] && command -v hyperfine > /dev/null 2>&1; then
  hyperfine=$(command -v hyperfine)
fi
node=$(command -v node 2> /dev/null || command -v nodejs 2> /dev/null || true)
gjs=$(command -v gjs 2> /dev/null || true)

# Single quotes only around the scripts: hyperfine -N splits its command lines like a shell.
fib_js='function fib(n){ return n < 2 ? n : fib(n-1) + fib(n-2); }'
node_script="(function () { \"use strict\"; $fib_js \
const n = Number(process.argv[1]); const start = process.hrtime.bigint(); const value = fib(n); \
const ns = process.hrtime.bigint() - start; \
console.log(JSON.stringify({ value: String(value), ns: Number(ns) })); })();"
gjs_script="(function () { \"use strict\"; const GLib = imports.gi.GLib; $fib_js \
const n = Number(ARGV[0]); const start = GLib.get_monotonic_time(); const value = fib(n); \
const us = GLib.get_monotonic_time() - start; \
print(JSON.stringify({ value: String(value), ns: us * 1000 })); })();"

median () {
  sort -n "$1" | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) exit 1
      if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# Milliseconds with three significant figures or more.
format_ms () {
  awk -v ms="$1" 'BEGIN {
    if (ms >= 100) printf "%.0f ms", ms; else if (ms >= 10) printf "%.1f ms", ms;
    else if (ms >= 1) printf "%.2f ms", ms; else printf "%.3f ms", ms }'
}

ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else printf "–" }'
}

# A command line for hyperfine -N: every word in single quotes (none contains one).
quote_words () {
  line=
  for word in "$@"; do
    case $word in *\'*) fail "cannot quote $word for hyperfine" ;; esac
    line="$line '$word'"
  done
  echo "$line"
}

# wall ID COMMAND…: the median wall-clock time in ms into $tmp/ID.wall.
wall () {
  id=$1
  shift
  echo "bench-fib: timing $id: $*" | cut -c1-110 >&2

  if [ -n "$hyperfine" ]; then
    "$hyperfine" -N --style none --warmup 1 --runs "$runs" --export-json "$tmp/$id.json" \
      "$(quote_words "$@")" > "$tmp/$id.hyperfine" 2>&1 \
      || fail "$id failed under hyperfine: $(tail -c 2000 "$tmp/$id.hyperfine")"
    # The summary's "median", in seconds (the per-run "times" come later in the file).
    tr ',' '\n' < "$tmp/$id.json" | sed -n 's/^ *"median": *\([0-9.eE+-]*\).*/\1/p' | head -n 1 \
      | awk '{ printf "%.6f\n", $1 * 1000 }' > "$tmp/$id.wall"
  else
    : > "$tmp/$id.times"
    i=0
    while [ "$i" -lt "$runs" ]; do
      t0=$(date +%s%N)
      "$@" > /dev/null 2> "$tmp/err" || fail "$id failed: $* $(tail -c 2000 "$tmp/err")"
      t1=$(date +%s%N)
      echo $((t1 - t0)) >> "$tmp/$id.times"
      i=$((i + 1))
    done
    median "$tmp/$id.times" | awk '{ printf "%.6f\n", $1 / 1e6 }' > "$tmp/$id.wall"
  fi

  [ -s "$tmp/$id.wall" ] || fail "$id: no wall-clock time"
}

# Each parser reads a run's stdout ($1) and stderr ($2) and prints "VALUE MS", where VALUE is
# the decimal result or, for crabwise --json, the digits of it that the check needs.
parse_reference_naive () {
  value=$(sed -n 's/^F([0-9]*) = \([0-9]*\)$/\1/p' "$1")
  ms=$(sed -n 's/^naive: \([0-9.]*\) ms$/\1/p' "$2")
  echo "$value $ms"
}

parse_reference_gmp () {
  # The value has millions of digits: write it aside and print its length.
  sed -n 's/^F([0-9]*) = \([0-9]*\)$/\1/p' "$1" > "$tmp/reference.value"
  ms=$(sed -n 's/^gmp: mpz_fib_ui \([0-9.]*\) ms, mpz_get_str \([0-9.]*\) ms.*/\1 \2/p' "$2" \
       | awk '{ print $1 + $2 }')
  echo "$(tr -d '\n' < "$tmp/reference.value" | wc -c | tr -d ' ') $ms"
}

parse_crabwise_json () {
  value=$(sed -n 's/^ *"value" *: *"\([0-9]*\)",*$/\1/p' "$1")
  elapsed=$(sed -n 's/^ *"elapsed_ns" *: *\([0-9]*\),*$/\1/p' "$1")
  convert=$(sed -n 's/^ *"convert_ns" *: *\([0-9]*\),*$/\1/p' "$1")
  ms=$(awk -v a="$elapsed" -v b="${convert:-0}" \
         'BEGIN { if (a != "") printf "%.6f", (a + b) / 1e6 }')
  if [ "${#value}" -gt 100 ]; then
    printf '%s' "$value" > "$tmp/crabwise.value"
    echo "${#value} $ms"
  else
    echo "$value $ms"
  fi
}

parse_js () {
  value=$(sed -n 's/.*"value":"\([0-9]*\)".*/\1/p' "$1")
  ms=$(sed -n 's/.*"ns":\([0-9]*\).*/\1/p' "$1" | awk '{ printf "%.6f", $1 / 1e6 }')
  echo "$value $ms"
}

# inprocess ID EXPECTED PARSER COMMAND…: runs it $runs times, checks every value against
# EXPECTED (unless empty) and writes the median in-process time in ms into $tmp/ID.in.
inprocess () {
  id=$1
  expected=$2
  parser=$3
  shift 3
  : > "$tmp/$id.times"
  i=0
  while [ "$i" -lt "$runs" ]; do
    "$@" > "$tmp/out" 2> "$tmp/err" || fail "$id failed: $(tail -c 2000 "$tmp/err")"
    result=$("$parser" "$tmp/out" "$tmp/err")
    value=${result% *}
    ms=${result##* }
    if [ -z "$value" ] || [ -z "$ms" ]; then
      fail "$id printed no result: $(head -c 300 "$tmp/out") $(tail -c 300 "$tmp/err")"
    fi
    if [ -n "$expected" ] && [ "$value" != "$expected" ]; then
      fail "$id computed $value, expected $expected"
    fi
    echo "$ms" >> "$tmp/$id.times"
    i=$((i + 1))
  done
  median "$tmp/$id.times" > "$tmp/$id.in"
  echo "$value" > "$tmp/$id.value"
}

rows=
row () {
  rows="$rows$1|$2|$3
"
}

echo "bench-fib: $runs runs each; this takes about a minute" >&2

# Naive recursion.
inprocess ref-naive "" parse_reference_naive "$reference" "$naive_n"
naive_value=$(cat "$tmp/ref-naive.value")
wall ref-naive "$reference" "$naive_n"
row ref-naive "naive fib($naive_n)" "C reference: \`fib-reference $naive_n\`"

inprocess crabwise-naive "$naive_value" parse_crabwise_json \
  "$crabwise" --fib "$naive_n" --algorithm naive --json
wall crabwise-naive "$crabwise" --fib "$naive_n" --algorithm naive
row crabwise-naive "naive fib($naive_n)" "\`crabwise --fib $naive_n --algorithm naive\`"

if [ -n "$node" ]; then
  node_version=$("$node" --version)
  inprocess node-naive "$naive_value" parse_js "$node" -e "$node_script" "$naive_n"
  wall node-naive "$node" -e "$node_script" "$naive_n"
  row node-naive "naive fib($naive_n)" "Node.js $node_version: \`node -e\`, in a function"
else
  row "" "naive fib($naive_n)" "Node.js: not installed"
fi

if [ -n "$gjs" ]; then
  gjs_version=$("$gjs" --version)
  inprocess gjs-naive "$naive_value" parse_js "$gjs" -c "$gjs_script" "$naive_n"
  wall gjs-naive "$gjs" -c "$gjs_script" "$naive_n"
  row gjs-naive "naive fib($naive_n)" "$gjs_version: \`gjs -c\`, in a function"
else
  row "" "naive fib($naive_n)" "GJS: not installed"
fi

# Exact, GMP.
for n in $exact_ns; do
  inprocess "ref-$n" "" parse_reference_gmp "$reference" --gmp "$n"
  digits=$(cat "$tmp/ref-$n.value")
  inprocess "crabwise-$n" "$digits" parse_crabwise_json \
    "$crabwise" --fib "$n" --algorithm exact --json
  # Same digit count above; now every digit.
  tr -d '\n' < "$tmp/reference.value" | cmp -s - "$tmp/crabwise.value" \
    || fail "crabwise and fib-reference disagree on the digits of F($n)"

  wall "ref-$n" "$reference" --gmp "$n"
  wall "crabwise-$n" "$crabwise" --fib "$n" --algorithm exact
  row "ref-$n" "exact fib($n)" "C reference: \`fib-reference --gmp $n\`"
  row "crabwise-$n" "exact fib($n)" "\`crabwise --fib $n --algorithm exact\`"
done

# The table: each ratio is to the reference of the same computation.
if [ -n "$hyperfine" ]; then
  how="$("$hyperfine" --version), -N, 1 warm-up run"
else
  how='date +%s%N around each run'
fi
echo
echo "### Fibonacci: medians of $runs runs"
echo
echo "$(uname -sm), $(getconf _NPROCESSORS_ONLN 2> /dev/null || echo '?') CPUs; wall clock: $how."
echo
echo "| computation | program | wall clock | ratio | in-process | ratio |"
echo "|---|---|--:|--:|--:|--:|"
base_wall=
base_in=
printf '%s' "$rows" | while IFS='|' read -r id what program; do
  if [ -z "$id" ]; then
    echo "| $what | $program | – | – | – | – |"
    continue
  fi
  w=$(cat "$tmp/$id.wall")
  p=$(cat "$tmp/$id.in")
  case $id in ref-*) base_wall=$w; base_in=$p ;; esac
  echo "| $what | $program | $(format_ms "$w") | $(ratio "$w" "$base_wall") \
| $(format_ms "$p") | $(ratio "$p" "$base_in") |"
done
echo
echo "Wall clock: the whole process, startup and output included. In-process: the program's own"
echo "monotonic clock around the computation (exact: mpz_fib_ui and the conversion to decimal)."
echo "JavaScript computes on Numbers (doubles), C on 64-bit integers; naive calls: 2·F(n+1) − 1."
