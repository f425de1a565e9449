#!/usr/bin/env bash
# The source tree's rules that a compiler does not check:
# - the library (everything in src/ but src/cli/) never includes the
#   command's headers;
# - no function in src/ runs over 120 lines (ctags), but the HTML standard's
#   "in body" insertion mode switch, a data table.
#   tests/layout_test.sh SOURCE_DIR
set -uo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"

# Longest a function in src/ may be, in lines.
max_function_lines=120
# Functions allowed to be longer: file:function.
allowed_long="src/parse/html_limits.cc:StartInBody"

cd "$src" || exit 1
grep -rln '#include "cli/' src --include='*.cc' --include='*.h' | grep -v '^src/cli/' >"$tmp/cli_includes"
check "the library includes no header of src/cli/" test ! -s "$tmp/cli_includes"
cat "$tmp/cli_includes"

if ! command -v ctags >/dev/null || ! ctags --version 2>/dev/null | grep -q Universal; then
  echo "skip universal-ctags is not installed: function lengths not checked"
else
  find src -name '*.cc' -o -name '*.h' | sort | xargs ctags --kinds-c++=f --fields=+ne -o - 2>/dev/null |
    awk -F'\t' -v max="$max_function_lines" -v allowed="$allowed_long" '
      BEGIN { n = split(allowed, a, " "); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
      { line = ""; end = ""
        for (i = 4; i <= NF; i++) { if ($i ~ /^line:/) line = substr($i, 6); if ($i ~ /^end:/) end = substr($i, 5) }
        if (end != "" && end - line + 1 > max && !(($2 ":" $1) in ok)) print $2 ":" line ": " $1 " is " end - line + 1 " lines" }' \
      >"$tmp/long"
  check "no function in src/ over $max_function_lines lines" test ! -s "$tmp/long"
  cat "$tmp/long"
fi
finish
