#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The content suite with only an old rustc (Debian 12's own 1.63) on the machine: it must fail
# with one sentence naming the version it needs and how to get it, before compiling anything.
set -u
check=${1:?usage: check-content-old-rustc.sh CHECK_CONTENT_PY CONTENT_DB MIN_VERSION}
db=${2:?}
min=${3:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/home"
cat > "$tmp/bin/rustc" <<'RUSTC'
#!/bin/sh
if [ "$1" = --version ]; then echo "rustc 1.63.0"; exit 0; fi
echo "error: this fake rustc must never be asked to compile" >&2
exit 1
RUSTC
chmod +x "$tmp/bin/rustc"
node=$(command -v node || echo /nonexistent)
ln -s "$node" "$tmp/bin/node"

out=$(HOME="$tmp/home" PATH="$tmp/bin:/usr/bin:/bin" python3 "$check" "$db" "$min" 2>&1)
status=$?
echo "$out"
case $out in
  *"need rustc $min or newer"*"1.63.0"*"rustc-web"*) ;;
  *) echo "not ok - the message does not name the needed version, the old one and rustc-web"; exit 1 ;;
esac
case $out in
  *"must never be asked"*) echo "not ok - the old rustc was used to compile"; exit 1 ;;
esac
[ "$status" -eq 1 ] || { echo "not ok - exit status $status, expected 1"; exit 1; }
echo "ok - an old rustc is refused with one sentence"
