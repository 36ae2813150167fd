#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the two commands on a fresh, minimal Debian 12, as a new user meets them: a minbase
# root made with debootstrap from the same package source apt uses here, a git clone of this
# repository's HEAD, then `make check` (or the command given) as root inside it.
#
#   sudo tests/check-debian12-root.sh [COMMAND]        default COMMAND: make check
#
# Not part of make check (it needs root, debootstrap and the network to the Debian mirror, and
# takes about 25 minutes). Set DEBIAN12_ROOT_CACHE to a tarball path to reuse a fresh root
# between runs (made on the first run); set KEEP=1 to keep the root afterwards.
set -eu

command=${1:-make check}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)

if [ "$(id -u)" -ne 0 ]; then
  echo "check-debian12-root.sh must run as root (debootstrap, mount, chroot)." >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  echo "debootstrap is not installed: apt-get install debootstrap" >&2
  exit 2
fi

# The mirror apt uses here: the first URIs: line of the deb822 sources, or sources.list.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

work=$(mktemp -d /var/tmp/crabwise-deb12-XXXXXX)
root=$work/root

cleanup () {
  for m in dev/shm dev/pts dev proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  if [ "${KEEP:-0}" = 1 ]; then
    echo "kept: $root"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT INT TERM

started=$(date +%s)
if [ -n "${DEBIAN12_ROOT_CACHE:-}" ] && [ -f "$DEBIAN12_ROOT_CACHE" ]; then
  echo "== fresh root from $DEBIAN12_ROOT_CACHE"
  mkdir -p "$root"
  tar -xzf "$DEBIAN12_ROOT_CACHE" -C "$root"
else
  echo "== debootstrap --variant=minbase bookworm from $mirror"
  debootstrap --variant=minbase --include=make,git,ca-certificates,sudo bookworm "$root" "$mirror" \
    > "$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; exit 1; }
  if [ -n "${DEBIAN12_ROOT_CACHE:-}" ]; then
    tar -czf "$DEBIAN12_ROOT_CACHE" -C "$root" .
  fi
fi

# The same package sources as this machine (security updates included).
rm -f "$root/etc/apt/sources.list"
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
fi
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/dev/shm"
mount -t devpts devpts "$root/dev/pts" 2>/dev/null || true

git clone -q "$repo" "$root/root/crabwise"
echo "== $(git -C "$root/root/crabwise" log -1 --format='%h %s')"
echo "== $command (as root, in the fresh root)"
status=0
chroot "$root" env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
  sh -c "cd /root/crabwise && $command" || status=$?
echo "== exit status $status after $(( $(date +%s) - started )) s"
exit "$status"
