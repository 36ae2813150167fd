#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up time and weight, side by side with the same method: for each program, the time
# from exec to its first visible window (polled with xdotool), and its resident memory
# 2 s after start. Each run gets a fresh D-Bus session and fresh XDG folders; one warm-up
# run, then the median of RUNS. Needs a display (run under xvfb-run) and xdotool.
# usage: bench-startup.sh CRABWISE [RUNS]
set -u
crabwise=${1:?usage: bench-startup.sh CRABWISE [RUNS]}
runs=${2:-${BENCH_RUNS:-10}}
builddir=$(cd "$(dirname "$crabwise")/.." && pwd)

if ! command -v xdotool >/dev/null 2>&1 || [ -z "${DISPLAY:-}" ]; then
  echo "bench-startup: needs xdotool and a display (run it under xvfb-run)"
  exit 77
fi

# One measurement: prints "<ms to first visible window> <RSS kB after 2 s>".
measure_once () {
  local tmp pid start end rss
  tmp=$(mktemp -d)
  mkdir -p "$tmp/config" "$tmp/data" "$tmp/cache"
  start=$(date +%s%N)
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
    GSETTINGS_BACKEND=keyfile GDK_DEBUG=gl-disable "$@" >/dev/null 2>&1 &
  pid=$!
  end=""
  app=""
  for _ in $(seq 1 1000); do
    # The program is the child of dbus-run-session that is not the bus itself.
    [ -z "$app" ] && app=$(ps -o pid=,comm= --ppid "$pid" 2>/dev/null | awk '$2 != "dbus-daemon" { print $1; exit }')
    if [ -n "$app" ] && xdotool search --onlyvisible --pid "$app" >/dev/null 2>&1; then
      end=$(date +%s%N)
      break
    fi
    sleep 0.005
  done
  sleep_until=$(( start + 2000000000 ))
  now=$(date +%s%N)
  [ "$now" -lt "$sleep_until" ] && sleep "$(awk -v d=$(( sleep_until - now )) 'BEGIN { printf "%.3f", d / 1e9 }')"
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app/status" 2>/dev/null)
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -rf "$tmp"
  if [ -z "$end" ] || [ -z "$rss" ]; then
    echo "fail"
  else
    echo "$(( (end - start) / 1000000 )) $rss"
  fi
}

median () {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

bench () {
  local name=$1; shift
  local times="" rsses="" out i
  dbus-run-session -- true 2>/dev/null
  measure_once dbus-run-session -- "$@" >/dev/null   # warm-up: caches, fonts, shaders
  for i in $(seq 1 "$runs"); do
    out=$(measure_once dbus-run-session -- "$@")
    if [ "$out" = fail ]; then
      echo "bench-startup: $name did not show a window" >&2
      return 1
    fi
    times="$times ${out% *}"
    rsses="$rsses ${out#* }"
  done
  t=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | median)
  r=$(echo "$rsses" | tr ' ' '\n' | sed '/^$/d' | median)
  t_min=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | head -1)
  t_max=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | tail -1)
  echo "$name $t $r $t_min $t_max"
}

export GSETTINGS_SCHEMA_DIR="$builddir/data"
export CRABWISE_CONTENT_DB="$builddir/data/content/content.sqlite3"

echo "Start-up to first visible window and RSS 2 s after start; median of $runs runs each"
echo
results=$(bench crabwise "$crabwise")
if command -v gnome-text-editor >/dev/null 2>&1; then
  results="$results
$(bench gnome-text-editor gnome-text-editor --standalone)"
else
  echo "(gnome-text-editor is not installed: apt-get install gnome-text-editor to compare)"
fi

printf '| program | first window, median (min–max) | RSS after 2 s, median |\n|---|---|---|\n'
echo "$results" | while read -r name t r tmin tmax; do
  [ -n "$name" ] && printf '| %s | %s ms (%s–%s) | %s MiB |\n' "$name" "$t" "$tmin" "$tmax" "$(awk -v r="$r" 'BEGIN { printf "%.1f", r / 1024 }')"
done
cw=$(echo "$results" | awk '$1 == "crabwise"')
te=$(echo "$results" | awk '$1 == "gnome-text-editor"')
if [ -n "$te" ]; then
  echo
  echo "$cw $te" | awk '{ printf "ratios crabwise / gnome-text-editor: start-up %.2f, memory %.2f\n", $2 / $7, $3 / $8 }'
fi
