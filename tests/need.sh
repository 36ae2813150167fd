#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# need.sh TOOL ARGS...: runs a test tool, or fails saying how to get it.
tool=${1:?usage: need.sh TOOL ARGS...}
shift
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "$tool is not installed: make check installs the test tools (build-aux/install-deps.sh check)."
  exit 1
fi
exec "$tool" "$@"
