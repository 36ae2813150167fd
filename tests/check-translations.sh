#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every language in po/LINGUAS must translate every string of today's sources: extract the
# strings afresh (as `ninja crabwise-pot` would, but into a temporary folder), merge each
# translation against them, and fail on anything untranslated or fuzzy.
set -eu
srcdir=${1:?usage: check-translations.sh SRCDIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$srcdir"

grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$tmp/files"
xgettext --package-name=crabwise --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from="$tmp/files" --output="$tmp/crabwise.pot"

total=$(msgattrib --no-obsolete "$tmp/crabwise.pot" | grep -c '^msgid ' || true)
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" "po/$lang.po" "$tmp/crabwise.pot"
  msgfmt --check --output-file=/dev/null "$tmp/$lang.po"
  stats=$(LC_ALL=C msgfmt --statistics --output-file=/dev/null "$tmp/$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "FAIL: $lang: $stats"
      msgattrib --untranslated --only-fuzzy --no-obsolete "$tmp/$lang.po" 2>/dev/null | head -40 || true
      msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | head -40
      status=1 ;;
    *) echo "ok: $lang: $stats (of $((total - 1)) strings)" ;;
  esac
done
exit $status
