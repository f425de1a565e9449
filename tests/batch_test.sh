#!/usr/bin/env bash
# End-to-end tests of pith's batch workflows with the real binary: folders
# with bad files, -o DIR, kill and resume, -j N against -j1, JSON-lines
# streams, WARC input, and `pith check`.
#   tests/batch_test.sh PITH_BINARY SOURCE_DIR
set -uo pipefail
pith=$1
src=$2
tmp=$(mktemp -d)
trap '[ -n "${bg:-}" ] && kill -9 "$bg" 2>/dev/null; rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"

pages=()
for f in "$src"/fixtures/*/input.html; do
  # Articles only, in UTF-8: the JSON-lines records carry them as strings.
  grep -q '"error"' "$(dirname "$f")/expected.json" || ! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || pages+=("$f")
done
nav='<html><body><ul><li><a href="/">Home</a></li></ul></body></html>'

# --- A folder with good pages, bad files and other files.
mkdir -p "$tmp/in/sub/deeper"
cp "${pages[0]}" "$tmp/in/a.html"
cp "${pages[1]}" "$tmp/in/sub/b.htm"
gzip -c "${pages[2]}" >"$tmp/in/sub/deeper/c.html.gz"
cp "$src/fixtures/seed-independent-syria-text/input.txt" "$tmp/in/d.txt"
printf '%s' "$nav" >"$tmp/in/nav.html"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$tmp/in/image.html"
echo "not a page" >"$tmp/in/notes.md"
run "$tmp/in" -o "$tmp/out-dir" -j 2
check "folder with bad files exits 1" test "$code" -eq 1
check "folder: one output per good page, paths kept" \
  test "$(cd "$tmp/out-dir" && find . -type f | sort | tr '\n' ' ')" = "./a.json ./d.json ./sub/b.json ./sub/deeper/c.json "
check "folder: gzip input is read" grep -q '"headline":' "$tmp/out-dir/sub/deeper/c.json"
check "folder: page without an article is named" grep -qx "pith: error: $tmp/in/nav.html: no article found" "$tmp/err"
check "folder: binary file is named" grep -qx "pith: error: $tmp/in/image.html: not an HTML or text document" "$tmp/err"
check "folder: summary line, with the file left out" \
  grep -qE '^pith: 6 documents: 4 ok, 1 no article, 1 failed in .* pages/s\); 1 file of other types skipped \(--ext\)$' "$tmp/err"
check "folder: nothing on stdout" test ! -s "$tmp/out"
"$pith" -q "${pages[1]}" >"$tmp/b-alone.json"
check "folder output equals a single run" cmp -s "$tmp/b-alone.json" "$tmp/out-dir/sub/b.json"
run -q "$tmp/in" -o "$tmp/out-q"
check "-q: nothing on stderr" test ! -s "$tmp/err"
run "$tmp/in" -o "$tmp/out-p" --progress
check "--progress draws a bar" grep -q 'pages/s  ETA\|\] 6/6' "$tmp/err"

# --- Many pages: -j2 gives what -j1 gives; kill -9 leaves only whole files; --skip-existing resumes.
# 400 pages, whatever the number of fixtures: the folder is run five times,
# under the sanitizers too.
mkdir -p "$tmp/many"
for i in $(seq 1 10); do
  for p in "${pages[@]:0:40}"; do cp "$p" "$tmp/many/$(basename "$(dirname "$p")")-$i.html"; done
done
total=$(find "$tmp/many" -type f | wc -l)
"$pith" -q -j 1 --jsonl "$tmp/many" >"$tmp/j1.jsonl"
"$pith" -q -j 2 --jsonl "$tmp/many" >"$tmp/j2.jsonl"
check "-j2 and -j1 give the same JSON lines" cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl"
check "--jsonl: one line per page" test "$(wc -l <"$tmp/j1.jsonl")" -eq "$total"
check "--jsonl: lines in input path order" \
  test "$(grep -o '"source":"[^"]*"' "$tmp/j1.jsonl" | sort -c 2>&1; echo $?)" = "0"
"$pith" -q -j 1 "$tmp/many" -o "$tmp/reference"
# On a loaded machine the run can finish between the poll and the kill:
# then it is started again, up to three times.
for _ in 1 2 3; do
  rm -rf "$tmp/killed"
  "$pith" -q -j 2 "$tmp/many" -o "$tmp/killed" &
  bg=$!
  for _ in $(seq 1 2000); do
    [ "$(find "$tmp/killed" -name '*.json' 2>/dev/null | wc -l)" -ge 5 ] && break
    sleep 0.01
  done
  kill -9 "$bg"
  wait "$bg" 2>/dev/null
  bg=
  done_before=$(find "$tmp/killed" -type f -name '*.json' | wc -l)
  [ "$done_before" -lt "$total" ] && break
done
check "kill -9 stopped the run midway" test "$done_before" -lt "$total"
whole=1
for f in "$tmp/killed"/*; do cmp -s "$f" "$tmp/reference/$(basename "$f")" || whole=0; done
check "after kill -9 every file is a whole output" test "$whole" -eq 1
check "after kill -9 no temporary file is left" test -z "$(find "$tmp/killed" -name '*pith-tmp*')"
# What a kill between linking and renaming left behind in an earlier run.
first_page=$(basename "$(find "$tmp/many" -name '*.html' | sort | head -n 1)" .html)
printf '{"half' >"$tmp/killed/.$first_page.json.2000000001-7.pith-tmp"
run -j 2 "$tmp/many" -o "$tmp/killed" --skip-existing
check "resume exits 0" test "$code" -eq 0
check "resume removes temporary files of killed runs" test -z "$(find "$tmp/killed" -name '*pith-tmp*')"
check "resume skips what was done" grep -q " $done_before skipped" "$tmp/err"
check "resumed run equals an uninterrupted one" diff -r "$tmp/reference" "$tmp/killed"

# --- -o never writes outside its directory.
mkdir -p "$tmp/escape/in/sub" "$tmp/escape/out" "$tmp/escape/elsewhere"
cp "${pages[0]}" "$tmp/escape/in/sub/page.html"
cp "${pages[0]}" "$tmp/escape/in/top.html"
ln -s "$tmp/escape/elsewhere" "$tmp/escape/out/sub"
run "$tmp/escape/in" -o "$tmp/escape/out"
check "symlink in -o DIR: that page fails" grep -q "out/sub: not a directory (symlinks are not followed)" "$tmp/err"
check "symlink in -o DIR: nothing written through it" test -z "$(ls -A "$tmp/escape/elsewhere")"
check "symlink in -o DIR: the other page is written" test -s "$tmp/escape/out/top.json"
mkdir -p "$tmp/links/in"
cp "${pages[0]}" "$tmp/links/outside.html"
ln -s "$tmp/links/outside.html" "$tmp/links/in/link.html"
run "$tmp/links/in" --jsonl
check "input symlink out of the root is not followed" test ! -s "$tmp/out"
check "input symlink out of the root is noted" grep -q 'link.html: skipped, symlink leads out of' "$tmp/err"
run "$tmp/links/in" --jsonl --follow
check "--follow follows it" grep -q '"source":".*link.html"' "$tmp/out"

# --- JSON lines in: ids and order kept, a malformed line gives an error line.
json_string() { python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))' <"$1"; }
if command -v python3 >/dev/null; then
  {
    for i in 1 2 3; do printf '{"id": "r%s", "url": "https://example.com/r%s", "html": %s}\n' "$i" "$i" "$(json_string "${pages[$i]}")"; done
    echo '{"id": "bad", "html": '
    printf '{"id": 5, "text": %s}\n' "$(json_string "$src/fixtures/seed-independent-syria-text/input.txt")"
    printf '%s' "$nav" >"$tmp/nav.html"
    printf '{"id": 6, "html": %s}\n' "$(json_string "$tmp/nav.html")"
  } >"$tmp/records.jsonl"
  run --from-jsonl -j 2 <"$tmp/records.jsonl"
  check "--from-jsonl: exit 1 when a record fails" test "$code" -eq 1
  check "--from-jsonl: one line per record" test "$(wc -l <"$tmp/out")" -eq 6
  check "--from-jsonl: ids in order" \
    test "$(grep -o '^{"id":[^,]*' "$tmp/out" | tr '\n' ' ')" = '{"id":"r1" {"id":"r2" {"id":"r3" {"id":null {"id":5 {"id":6 '
  check "--from-jsonl: malformed line gives an error line" grep -q '^{"id":null,"source":"stdin:4","error":"malformed JSON' "$tmp/out"
  check "--from-jsonl: no article gives an error line" grep -q '^{"id":6,"source":"stdin:6","error":"no article found",' "$tmp/out"
  check "--from-jsonl: the error line keeps what was found" grep -q '^{"id":6,.*"headline":null,.*"body":"",.*"confidence":0' "$tmp/out"
  check "--from-jsonl: text records work" grep -q '^{"id":5,.*"format":"text"[,}]' "$tmp/out"
  "$pith" -q --from-jsonl -j 1 <"$tmp/records.jsonl" >"$tmp/records-j1.jsonl"
  check "--from-jsonl: -j1 gives the same lines" cmp -s "$tmp/out" "$tmp/records-j1.jsonl"
  run --from-jsonl --failures-ok -j 1 -q "$tmp/records.jsonl"
  check "--failures-ok: exit 0 for a pipeline stage" test "$code" -eq 0
  check "--from-jsonl FILE: source names the file and line" grep -q "\"source\":\"$tmp/records.jsonl:2\"" "$tmp/out"
fi

# --- WARC input: one gzip member per record, as Common Crawl ships them.
warc_record() {  # type, uri, file holding the block
  printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T08:27:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %s\r\n\r\n' \
    "$1" "$2" "$(wc -l <"$3")" "$([ "$1" = warcinfo ] && echo application/warc-fields || echo "application/http; msgtype=$1")" \
    "$(wc -c <"$3")"
  cat "$3"
  printf '\r\n\r\n'
}
printf 'software: batch_test\r\n' >"$tmp/info"
printf 'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n' >"$tmp/request"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "${pages[0]}"; } >"$tmp/response1"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG'; } >"$tmp/response2"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'; gzip -c "${pages[2]}"; } >"$tmp/response3"
mkdir -p "$tmp/warc"
for r in "warcinfo - info" "request https://example.com/one request" "response https://example.com/one response1" \
         "response https://example.com/logo.png response2" "response https://example.com/three response3"; do
  set -- $r
  warc_record "$1" "$2" "$tmp/$3" | gzip -c >>"$tmp/warc/crawl.warc.gz"
done
run "$tmp/warc/crawl.warc.gz" --jsonl
check "WARC: exit 0" test "$code" -eq 0
check "WARC: one line per HTML response" test "$(wc -l <"$tmp/out")" -eq 2
check "WARC: records named by position" \
  test "$(grep -o '"source":"[^"]*"' "$tmp/out" | tr '\n' ' ')" = "\"source\":\"$tmp/warc/crawl.warc.gz#3\" \"source\":\"$tmp/warc/crawl.warc.gz#5\" "
headline3=$(sed -n 's/^ "headline": \(.*\),$/\1/p' "$(dirname "${pages[2]}")/expected.json")
check "WARC: Content-Encoding gzip is undone" grep -qF "Z\"},\"headline\":$headline3" "$tmp/out"
check "WARC: lines name their record" \
  grep -qF "#3\",\"warc\":{\"target_uri\":\"https://example.com/one\",\"record_id\":\"<urn:uuid:$(wc -l <"$tmp/response1")>\",\"date\":\"2024-05-06T08:27:00Z\"}," "$tmp/out"
check "WARC: skipped records are counted" grep -q '3 archive records were not HTML pages' "$tmp/err"
run "$tmp/warc" -o "$tmp/warc-out"
check "WARC in a folder: one file per record" test -s "$tmp/warc-out/crawl/3.json" -a -s "$tmp/warc-out/crawl/5.json"
# Cut inside the last record, whatever the fixtures' sizes.
head -c $(($(wc -c <"$tmp/warc/crawl.warc.gz") - 100)) "$tmp/warc/crawl.warc.gz" >"$tmp/warc/cut.warc.gz"
run "$tmp/warc/cut.warc.gz" --jsonl
check "truncated WARC: error line, exit 1" test "$code" -eq 1 -a -n "$(grep '"error":' "$tmp/out")"

# --- Lost output is a failure whatever --failures-ok says.
mkdir -p "$tmp/lost/in/sub" "$tmp/lost/out"
cp "${pages[0]}" "$tmp/lost/in/a.html"
cp "${pages[1]}" "$tmp/lost/in/sub/b.html"
printf '%s' "$nav" >"$tmp/lost/in/nav.html"
: >"$tmp/lost/out/sub"  # a regular file where the output folder sub/ must go
run "$tmp/lost/in" -o "$tmp/lost/out" --failures-ok
check "--failures-ok: an output that cannot be written exits 1" test "$code" -eq 1
check "--failures-ok: the lost output is named" grep -q "^pith: error: $tmp/lost/out/sub: not a directory" "$tmp/err"
check "--failures-ok: the other page is written" test -s "$tmp/lost/out/a.json"
run "$tmp/lost/in" -o "$tmp/lost/out" --failures-ok -q
check "--failures-ok -q: silent, and the exit code says so" test "$code" -eq 1 -a ! -s "$tmp/err"
rm "$tmp/lost/out/sub"
run "$tmp/lost/in" -o "$tmp/lost/out" --failures-ok
check "--failures-ok: a page without an article alone exits 0" test "$code" -eq 0
if [ "$(id -u)" -ne 0 ]; then  # root writes anywhere
  mkdir -p "$tmp/lost/ro"
  chmod a-w "$tmp/lost/ro"
  run "$tmp/lost/in" -o "$tmp/lost/ro" --failures-ok -q
  check "--failures-ok: a read-only -o DIR exits 1" test "$code" -eq 1
  chmod u+w "$tmp/lost/ro"
fi

# --- The output folder inside the input folder is never read as input.
mkdir -p "$tmp/nest/in"
cp "${pages[0]}" "$tmp/nest/in/a.html"
cp "$src/fixtures/seed-independent-syria-text/input.txt" "$tmp/nest/in/d.txt"
run "$tmp/nest/in" -o "$tmp/nest/in/out" --format text
check "-o inside the input: first run exits 0" test "$code" -eq 0
first=$(cd "$tmp/nest/in/out" && find . -type f | sort | tr '\n' ' ')
run "$tmp/nest/in" -o "$tmp/nest/in/out/" --format text
check "-o inside the input: a rerun reads no output" test "$(cd "$tmp/nest/in/out" && find . -type f | sort | tr '\n' ' ')" = "$first"
check "-o inside the input: a rerun writes the same files" test "$first" = "./a.txt ./d.txt "
check "-o inside the input: noted" grep -qx "pith: note: $tmp/nest/in/out: skipped, the output directory" "$tmp/err"
check "-o inside the input: 2 documents" grep -q '^pith: 2 documents: 2 ok' "$tmp/err"

# --- Error lines are one bounded line with control characters escaped.
mkdir -p "$tmp/names"
printf '%s' "$nav" >"$tmp/names/two"$'\n'"lines.html"
printf '%s' "$nav" >"$tmp/names/esc"$'\e'"]0;title"$'\a'".html"
run "$tmp/names" --jsonl
check "file name with a newline: one error line per page" test "$(wc -l <"$tmp/err")" -eq 3
check "file name with a newline: escaped as \\n" grep -qxF "pith: error: $tmp/names/two\nlines.html: no article found" "$tmp/err"
check "escape sequence in a name: escaped as \\x1b" grep -qxF "pith: error: $tmp/names/esc\x1b]0;title\x07.html: no article found" "$tmp/err"
check "escape sequence in a name: no raw ESC on stderr" test -z "$(tr -d -c '\033\007' <"$tmp/err")"
check "--jsonl: one error line per page" test "$(wc -l <"$tmp/out")" -eq 2
if command -v python3 >/dev/null; then
  check "--jsonl: source keeps the real name, JSON-escaped" python3 -c '
import json, sys
names = sorted(json.loads(line)["source"] for line in open(sys.argv[1]))
assert names == sorted([sys.argv[2] + "/two\nlines.html", sys.argv[2] + "/esc\x1b]0;title\x07.html"]), names' "$tmp/out" "$tmp/names"
  python3 -c 'import sys; sys.stdout.write("{\"id\": 1, \"html\": " + "\"" + "x" * 20000000 + "\n")' >"$tmp/huge.jsonl"
  run --from-jsonl "$tmp/huge.jsonl"
  check "malformed 20 MB record: exit 1" test "$code" -eq 1
  check "malformed 20 MB record: a short error line" test "$(grep -c '^pith: error: ' "$tmp/err")" -eq 1 -a "$(wc -c <"$tmp/err")" -lt 600
  check "malformed 20 MB record: a short JSON line" test "$(wc -c <"$tmp/out")" -lt 600 -a "$(wc -l <"$tmp/out")" -eq 1
  check "malformed 20 MB record: still says what is wrong" grep -qx "pith: error: $tmp/huge.jsonl:1: malformed JSON: parse error at line 1, column 20000020: syntax error while parsing value - invalid string: missing closing quote" "$tmp/err"
  check "malformed 20 MB record: no page text echoed" test -z "$(grep -o xxxx "$tmp/err" "$tmp/out")"
  check "malformed 20 MB record: valid JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out"
fi

# --- Damaged archives: the records before and after the damage are read.
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'; cat "${pages[1]}"; } >"$tmp/response4"
warc_record response https://example.com/one "$tmp/response1" | gzip -c >"$tmp/warc/damaged.warc.gz"
warc_record response https://example.com/lost "$tmp/response4" | gzip -c >"$tmp/lost.gz"
printf '\xff' | dd of="$tmp/lost.gz" bs=1 seek=10 conv=notrunc 2>/dev/null  # deflate block type 3
cat "$tmp/lost.gz" >>"$tmp/warc/damaged.warc.gz"
warc_record response https://example.com/four "$tmp/response4" | gzip -c >>"$tmp/warc/damaged.warc.gz"
run "$tmp/warc/damaged.warc.gz" --jsonl
check "damaged gzip member: exit 1" test "$code" -eq 1
check "damaged gzip member: the records around it are read" \
  test "$(grep -c '"headline":' "$tmp/out")" -eq 2 -a -n "$(grep 'damaged.warc.gz#3",.*"headline":"' "$tmp/out")"
check "damaged gzip member: the error names the record" \
  grep -q "^pith: error: $tmp/warc/damaged.warc.gz#2: record 2 (the one after <urn:uuid:[0-9]*>): damaged gzip data (invalid block type)$" "$tmp/err"
{
  warc_record response https://example.com/one "$tmp/response1"
  warc_record response https://example.com/bad "$tmp/response4" | sed '1,/^Content-Length/ s/^Content-Length: \([0-9]*\)/Content-Length: 1\1/'
  warc_record response https://example.com/four "$tmp/response4"
} >"$tmp/warc/length.warc"
run "$tmp/warc/length.warc" --jsonl
check "wrong Content-Length: the records around it are read" \
  test "$(grep -c '"headline":' "$tmp/out")" -eq 2 -a -n "$(grep 'length.warc#3",.*"headline":"' "$tmp/out")"
check "wrong Content-Length: the error names the record" \
  grep -q "^pith: error: $tmp/warc/length.warc#2: record 2 (<urn:uuid:[0-9]*>, https://example.com/bad): Content-Length [0-9]* runs past the end of the file$" "$tmp/err"

# --- MHTML: a saved page gives what the page gives, in a folder too; --ext chooses what a folder gives.
mkdir -p "$tmp/mhtml"
python3 "$src/tests/make_mhtml.py" "${pages[0]}" https://example.com/news/saved >"$tmp/mhtml/a-saved.mhtml"
python3 "$src/tests/make_mhtml.py" "${pages[1]}" https://example.com/news/other >"$tmp/mhtml/b-other.mht"
cp "${pages[2]}" "$tmp/mhtml/page.php"
field() { python3 -c 'import json,sys; print(json.dumps([json.loads(l).get(sys.argv[1]) for l in open(sys.argv[2])]))' "$@"; }
"$pith" -q --jsonl "${pages[0]}" "${pages[1]}" >"$tmp/pages.jsonl"
run --jsonl "$tmp/mhtml"
check "MHTML folder: exit 0" test "$code" -eq 0
check "MHTML folder: both saved pages are read" test "$(wc -l <"$tmp/out")" -eq 2
check "MHTML folder: the headlines of the pages" test "$(field headline "$tmp/out")" = "$(field headline "$tmp/pages.jsonl")"
check "MHTML folder: the bodies of the pages" test "$(field body "$tmp/out")" = "$(field body "$tmp/pages.jsonl")"
check "MHTML folder: the .php file is counted as skipped" grep -q '; 1 file of other types skipped (--ext)$' "$tmp/err"
run --jsonl --ext php "$tmp/mhtml"
check "--ext php: only the .php file" test "$(wc -l <"$tmp/out")" -eq 1 -a -n "$(grep -F '/page.php"' "$tmp/out")"
run --jsonl --ext '*' "$tmp/mhtml"
check "--ext '*': every file" test "$(wc -l <"$tmp/out")" -eq 3
run --ext ' , ' "$tmp/mhtml"
check "--ext without an extension exits 2" test "$code" -eq 2
mkdir -p "$tmp/nothing/sub"
echo "notes" >"$tmp/nothing/sub/notes.md"
run "$tmp/nothing"
check "a folder without input exits 1" test "$code" -eq 1
check "a folder without input says so" grep -qx 'pith: error: no input found (1 file of other types skipped; --ext chooses which are read)' "$tmp/err"

# --- pith check: pass, fail with a readable diff, --junit, --update.
mkdir -p "$tmp/fx"
cp -r "$src/fixtures/ap-hosted" "$src/fixtures/seed-independent-syria-text" "$tmp/fx/"
run check "$tmp/fx"
check "check: passing fixtures exit 0" test "$code" -eq 0
check "check: closing line" grep -qx '2 passed, 0 failed' "$tmp/out"
sed -i 's/^ "headline": .*/ "headline": "Something else",/' "$tmp/fx/ap-hosted/expected.json"
python3 - "$tmp/fx/seed-independent-syria-text/expected.json" <<'PY' 2>/dev/null || sed -i 's/Bombings claimed by Isis/Bombs claimed by Isis/' "$tmp/fx/seed-independent-syria-text/expected.json"
import json, sys
p = sys.argv[1]
e = json.load(open(p))
paras = e["body"].split("\n\n")
paras[3] = "A paragraph that is not on the page."
e["body"] = "\n\n".join(paras)
json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
PY
run check "$tmp/fx" --junit "$tmp/junit.xml"
check "check: a failing fixture exits 1" test "$code" -eq 1
check "check: names the field" grep -q '^     headline differs$' "$tmp/out"
check "check: shows the body's paragraphs" grep -q '^     - A paragraph that is not on the page.$' "$tmp/out"
check "check: closing line with failures" grep -qx '0 passed, 2 failed' "$tmp/out"
check "--junit: counts" grep -q 'tests="2" failures="2"' "$tmp/junit.xml"
if command -v python3 >/dev/null; then
  check "--junit: well-formed XML" python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/junit.xml"
fi
run check "$tmp/fx" --body-min-f1 0.9
check "--body-min-f1 lets a near body pass" test "$(grep -c '^FAIL' "$tmp/out")" -eq 1
run check "$tmp/fx" --update
check "--update exits 0" test "$code" -eq 0
check "--update restores the fixtures" diff -r "$src/fixtures/ap-hosted" "$tmp/fx/ap-hosted"
mkdir -p "$tmp/fx/nav"
printf '%s' "$nav" >"$tmp/fx/nav/input.html"
echo '{"body": "old"}' >"$tmp/fx/nav/expected.json"
run check "$tmp/fx" --update
check "--update refuses an empty body" test "$code" -eq 1 -a "$(cat "$tmp/fx/nav/expected.json")" = '{"body": "old"}'
run check "$tmp/no-such-dir"
check "check: missing folder exits 1" test "$code" -eq 1

# --- Out of memory: the page fails, the batch goes on. 150 MB of address
# space is short for an 8 MB flood of paragraphs (some 200 MB); under
# AddressSanitizer, which reserves terabytes, pith cannot start at all.
if (ulimit -v 150000 && "$pith" --version) >/dev/null 2>&1; then
  mkdir -p "$tmp/oom"
  { printf '<html><body>'; yes '<p>a' | head -n 1600000; } >"$tmp/oom/flood.html"
  cp "${pages[0]}" "$tmp/oom/a.html"
  cp "${pages[1]}" "$tmp/oom/b.html"
  cp "${pages[2]}" "$tmp/oom/c.html"
  (ulimit -v 150000 && "$pith" "$tmp/oom/flood.html" >"$tmp/out" 2>"$tmp/err")
  code=$?
  check "out of memory: exit 1" test "$code" -eq 1
  check "out of memory: one error line" test "$(cat "$tmp/err")" = "pith: error: $tmp/oom/flood.html: out of memory"
  test "$(cat "$tmp/err")" = "pith: error: $tmp/oom/flood.html: out of memory" || head -c 2000 "$tmp/err" | sed 's/^/    stderr: /'
  check "out of memory: nothing on stdout" test ! -s "$tmp/out"
  (ulimit -v 150000 && "$pith" -o "$tmp/oom-out" "$tmp/oom" >"$tmp/out" 2>"$tmp/err")
  code=$?
  check "out of memory in a batch: exit 1" test "$code" -eq 1
  check "out of memory in a batch: every other page written" \
    test "$(cd "$tmp/oom-out" && find . -type f | sort | tr '\n' ' ')" = "./a.json ./b.json ./c.json "
  check "out of memory in a batch: the page is named" grep -qx "pith: error: $tmp/oom/flood.html: out of memory" "$tmp/err"
  # A page that ran short beside the flood ran again alone.
  check "out of memory in a batch: no other page fails" test "$(grep -c '^pith: error:' "$tmp/err")" -eq 1
else
  echo "skip out of memory: no address-space limit here (AddressSanitizer?)"
fi

finish
