#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every exercise of a content tree through the exercise runner, as the app checks it: the
# starter must not pass (exit 1), the solution must pass (exit 0). Exit 77 (skipped) when the
# tree has no exercise yet; the check says what to install when there is no rustc.
#
# Usage: tests/check-exercises.sh CRABWISE_CHECK_EXERCISE CONTENT_DIR
set -u
tool=${1:?usage: check-exercises.sh CRABWISE_CHECK_EXERCISE CONTENT_DIR}
content=${2:?usage: check-exercises.sh CRABWISE_CHECK_EXERCISE CONTENT_DIR}

count=0
failed=0
for dir in "$content"/*/exercises/*/; do
  [ -f "$dir/tests.rs" ] || continue
  dir=${dir%/}
  id=$(basename "$dir")
  count=$((count + 1))

  "$tool" "$dir" > /dev/null 2>&1
  status=$?
  if [ $status -eq 3 ]; then
    "$tool" "$dir" >&2
    exit 1
  fi
  if [ $status -ne 1 ]; then
    echo "not ok - $id: the starter must not pass (exit $status)"
    failed=$((failed + 1))
  fi

  out=$("$tool" "$dir" "$dir/solution.rs" 2>&1)
  status=$?
  if [ $status -ne 0 ]; then
    echo "not ok - $id: the solution must pass (exit $status)"
    echo "$out" | sed 's/^/# /'
    failed=$((failed + 1))
  else
    echo "ok - $id"
  fi
done

if [ $count -eq 0 ]; then
  echo "no exercises in $content yet"
  exit 77
fi
echo "$count exercises, $failed problems"
[ $failed -eq 0 ]
