#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every exercise of a content tree through `crabwise --check ID FILE`, the built app against
# its built content database (CRABWISE_CONTENT_DB), as a learner's script would check it: the
# starter must not pass (exit 1), the solution must pass (exit 0). Exit 77 (skipped) when the
# tree has no exercise yet; without a rustc (exit 3) it fails, saying what to install.
#
# Usage: tests/check-exercises.sh CRABWISE CONTENT_DIR
set -u
crabwise=${1:?usage: check-exercises.sh CRABWISE CONTENT_DIR}
content=${2:?usage: check-exercises.sh CRABWISE CONTENT_DIR}

count=0
failed=0
for dir in "$content"/*/exercises/*/; do
  [ -f "$dir/tests.rs" ] || continue
  dir=${dir%/}
  id=$(basename "$dir")
  count=$((count + 1))

  out=$("$crabwise" --check "$id" "$dir/starter.rs" 2>&1)
  status=$?
  if [ $status -eq 3 ]; then
    echo "$out" >&2
    exit 1
  fi
  if [ $status -ne 1 ]; then
    echo "not ok - $id: the starter must not pass (exit $status, 1 expected)"
    echo "$out" | sed 's/^/# /'
    failed=$((failed + 1))
    continue
  fi

  out=$("$crabwise" --check "$id" "$dir/solution.rs" 2>&1)
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
# The course promises at least 40 exercises that pass this check.
if [ $((count - failed)) -lt 40 ]; then
  echo "not ok - only $((count - failed)) exercises pass the check; the course needs at least 40"
  exit 1
fi
[ $failed -eq 0 ]
