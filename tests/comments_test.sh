#!/usr/bin/env bash
# End-to-end tests of --comments: the comments come out in every way the
# command writes pages, and nothing else changes with them.
#   tests/comments_test.sh PITH_BINARY SOURCE_DIR
set -uo pipefail
pith=$1
src=$2
thread=$src/fixtures/comments-wordpress-thread/input.html
copy=$src/fixtures/comments-text-thread/input.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"

# Off by default: the key is there, empty.
run "$thread"; cp "$tmp/out" "$tmp/off.json"
check "without --comments: \"comments\":[]" grep -qF '"comments":[]' "$tmp/off.json"
run --comments "$thread"; cp "$tmp/out" "$tmp/on.json"
check "--comments exits 0" test "$code" -eq 0
check "--comments: the first comment with its author and date" \
  grep -qF '"comments":[{"author":"Rosa Lind","date":"2021-03-04T10:12:00Z","text":"Finally.' "$tmp/on.json"
check "--comments: the reply is a comment of its own" grep -qF '{"author":"Ines Haller","date":"2021-03-04T11:30:00Z"' "$tmp/on.json"
check "--comments: no Reply button in a comment" test "$(grep -c 'Reply' "$tmp/on.json")" -eq 0
# Everything but "comments" is byte for byte the same.
sed 's/,"comments":\[.*\],"format"/,"format"/' "$tmp/on.json" >"$tmp/on-stripped.json"
sed 's/,"comments":\[\],"format"/,"format"/' "$tmp/off.json" >"$tmp/off-stripped.json"
check "--comments changes no other field" cmp -s "$tmp/on-stripped.json" "$tmp/off-stripped.json"

# A text copy: the lines under "4 Comments".
run --comments "$copy"
check "text copy: three comments" test "$(grep -o '"text":"' "$tmp/out" | wc -l)" -eq 3
check "text copy: a name line and a date line" grep -qF '{"author":"harbourgull","date":"2023-05-20T09:14:00"' "$tmp/out"
check "text copy: a comment without a name" grep -qF '{"author":null,"date":"2023-05-21T08:40:00"' "$tmp/out"

# Markdown: a Comments section at the end, only with --comments.
run --format markdown --comments "$thread"
check "Markdown: a Comments section" grep -qx '## Comments' "$tmp/out"
check "Markdown: each comment under its author and date" grep -qx '### Rosa Lind · 2021-03-04T10:12:00Z' "$tmp/out"
run --format markdown "$thread"
check "Markdown without --comments: no Comments section" test "$(grep -c '^## Comments' "$tmp/out")" -eq 0
run --format markdown --front-matter --comments "$thread"
check "--front-matter --comments: the comments as a list" \
  contains "$tmp/out" $'comments:\n  - author: "Rosa Lind"\n    date: "2021-03-04T10:12:00Z"\n    text: "Finally.'

# Many pages, -o folders and pipelines carry the option.
run --jsonl --comments "$thread" "$copy"
check "--jsonl: comments on every line" test "$(grep -c '"comments":\[{"author"' "$tmp/out")" -eq 2
run --comments -o "$tmp/out-dir/" "$src/fixtures/comments-wordpress-thread"
check "-o DIR: comments in the page's file" grep -qF '"author":"Tom from Millbrook"' "$tmp/out-dir/input.json"
python3 -c '
import json, sys
print(json.dumps({"id": 7, "html": open(sys.argv[1], encoding="utf-8").read()}))' "$thread" >"$tmp/records.jsonl"
run --from-jsonl --comments "$tmp/records.jsonl"
check "--from-jsonl: comments in the record's line" grep -qF '"author":"Rosa Lind"' "$tmp/out"

# --explain: the comment blocks carry their own verdict.
run --explain=json "$thread"
check "--explain: comment blocks have role comment" grep -qF '"role":"comment"' "$tmp/out"
check "--explain: the name line's reason" grep -qF "\"reason\":\"comment: the commenter's name\"" "$tmp/out"

finish
