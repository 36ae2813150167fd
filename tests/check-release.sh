#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One version everywhere a user or a store reads it: meson's project version, what
# `crabwise --version` prints, the metainfo's newest release (which the About window's
# release notes follow), the tag its screenshot URLs are pinned to, and the first entry of NEWS.
#
# Usage: tests/check-release.sh CRABWISE SOURCE_DIR VERSION METAINFO
set -eu
crabwise=${1:?usage: check-release.sh CRABWISE SOURCE_DIR VERSION METAINFO}
srcdir=${2:?}
version=${3:?}
metainfo=${4:?}
status=0

printed=$("$crabwise" --version)
case $printed in
  *" $version") ;;
  *) echo "FAIL: crabwise --version prints '$printed', not version $version"; status=1 ;;
esac

newest=$(python3 -c '
import sys, xml.etree.ElementTree as ET
print(ET.parse(sys.argv[1]).getroot().find("releases/release").get("version"))' "$metainfo")
[ "$newest" = "$version" ] ||
  { echo "FAIL: the metainfo's newest release is $newest, not $version"; status=1; }

unpinned=$(python3 -c '
import sys, xml.etree.ElementTree as ET
for image in ET.parse(sys.argv[1]).getroot().iter("image"):
    if "/v" + sys.argv[2] + "/" not in image.text:
        print(image.text)' "$metainfo" "$version")
[ -z "$unpinned" ] ||
  { echo "FAIL: screenshots not pinned to the tag v$version:"; echo "$unpinned"; status=1; }

news=$(sed -n '1s/^Crabwise \([^ ]*\) .*/\1/p' "$srcdir/NEWS")
[ "$news" = "$version" ] ||
  { echo "FAIL: NEWS begins with version '$news', not $version"; status=1; }

[ $status -eq 0 ] && echo "ok: version $version everywhere"
exit $status
