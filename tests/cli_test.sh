#!/usr/bin/env bash
# End-to-end tests of the pith command: inputs, outputs, exit codes and
# diagnostics, as a user meets them.
#   tests/cli_test.sh PITH_BINARY SOURCE_DIR
set -uo pipefail
pith=$1
src=$2
seed=$src/fixtures/seed-independent-syria-text/input.txt
page=$src/fixtures/aljazeera-afghanistan/input.html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"

# One file, stdin and '-' give the same JSON.
run "$seed"; cp "$tmp/out" "$tmp/file.json"
check "file argument exits 0" test "$code" -eq 0
check "output is one line of JSON" test "$(wc -l <"$tmp/file.json")" -eq 1
check "output names the headline" grep -q '"headline":"Isis claims responsibility' "$tmp/file.json"
"$pith" <"$seed" >"$tmp/stdin.json"
check "stdin gives the same result" cmp -s "$tmp/file.json" "$tmp/stdin.json"
"$pith" - <"$seed" >"$tmp/dash.json"
check "'-' gives the same result" cmp -s "$tmp/file.json" "$tmp/dash.json"

# -o writes the same bytes to a file, nothing to stdout.
run "$seed" -o "$tmp/o.json"
check "-o exits 0" test "$code" -eq 0
check "-o writes the same result" cmp -s "$tmp/file.json" "$tmp/o.json"
check "-o leaves stdout empty" test ! -s "$tmp/out"

run --pretty "$page"
check "--pretty indents" grep -q '^ "body": ' "$tmp/out"
check "HTML is detected" grep -q '"format": "html"' "$tmp/out"
run --input text "$page"
check "--input text forces a text reading" grep -q '"format":"text"' "$tmp/out"

# Errors: one line on stderr, nothing on stdout, exit 1.
run "$tmp/no-such-file.html"
check "missing file exits 1" test "$code" -eq 1
check "missing file: one-line error" grep -qx 'pith: error: .*no-such-file.html: No such file or directory' "$tmp/err"
check "missing file: nothing on stdout" test ! -s "$tmp/out"
printf '' >"$tmp/empty.html"
run "$tmp/empty.html"
check "empty input exits 1" test "$code" -eq 1
check "empty input says so" grep -qx "pith: error: $tmp/empty.html: empty input" "$tmp/err"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$tmp/image.png"
run "$tmp/image.png"
check "binary input exits 1" test "$code" -eq 1
check "binary input says so" grep -q 'not an HTML or text document' "$tmp/err"
printf '<html><body><ul><li><a href="/">Home</a></li></ul></body></html>' >"$tmp/nav.html"
run "$tmp/nav.html"
check "page without an article exits 1" test "$code" -eq 1
check "page without an article says so" grep -q 'no article found' "$tmp/err"
run -q "$tmp/nav.html"
check "-q silences diagnostics" test ! -s "$tmp/err"

# Usage errors exit 2.
run --no-such-flag
check "unknown flag exits 2" test "$code" -eq 2
check "unknown flag: error line" grep -q '^pith: error: ' "$tmp/err"
run --input xml "$seed"
check "bad --input value exits 2" test "$code" -eq 2
run --help
check "--help exits 0" test "$code" -eq 0
run -j 0 "$seed"
check "-j 0 exits 2" test "$code" -eq 2
run --skip-existing "$seed"
check "--skip-existing without -o DIR exits 2" test "$code" -eq 2
check "--skip-existing without -o DIR says why" grep -qx 'pith: error: --skip-existing needs -o DIR' "$tmp/err"
run --jsonl --pretty "$seed"
check "--jsonl with --pretty exits 2" test "$code" -eq 2
run check
check "check without a folder exits 2" test "$code" -eq 2
run --encoding bogus-enc "$seed"
check "unknown --encoding exits 2" test "$code" -eq 2
check "unknown --encoding says so" grep -qx 'pith: error: --encoding: unknown character encoding "bogus-enc"' "$tmp/err"
run --encoding windows-1251 "$seed"
check "a known --encoding is taken" test "$code" -eq 0
run --progress --no-progress "$seed"
check "--progress with --no-progress exits 2" test "$code" -eq 2
run --pretty --format text "$seed"
check "--pretty with --format text exits 2" test "$code" -eq 2
run --explain "$seed" "$page"
check "--explain html with two inputs on stdout exits 2" test "$code" -eq 2 -a ! -s "$tmp/out"
run --explain json "$seed" "$page"
check "--explain json with two inputs: one line each, with its source" test "$(grep -c '^{"source":"' "$tmp/out")" -eq 2
cp "$seed" "$tmp/copy.txt"
run "$tmp/copy.txt" -o "$tmp/copy.txt"
check "-o onto an input exits 2" test "$code" -eq 2
check "-o onto an input leaves it" cmp -s "$seed" "$tmp/copy.txt"
ln "$tmp/copy.txt" "$tmp/hard-link.txt"
run "$tmp/copy.txt" -o "$tmp/hard-link.txt"
check "-o onto a link to an input exits 2" test "$code" -eq 2
run -o "$tmp/copy.txt" <"$tmp/copy.txt"
check "-o onto the file on stdin exits 2" test "$code" -eq 2

# Several inputs: a bad one is reported, the others still come out.
run "$seed" "$tmp/no-such-file.html" "$page"
check "batch with a bad file exits 1" test "$code" -eq 1
check "batch keeps the good results" test "$(grep -c '"headline"' "$tmp/out")" -eq 2
check "batch names the bad file" grep -q 'no-such-file.html' "$tmp/err"
check "batch: every line names its source" test "$(grep -c '^{"source":"' "$tmp/out")" -eq 3
check "batch: the bad file has its error line" \
  grep -qx "{\"source\":\"$tmp/no-such-file.html\",\"error\":\"No such file or directory\"}" "$tmp/out"
check "batch: lines in argument order" \
  test "$(grep -o '^{"source":"[^"]*"' "$tmp/out" | tr '\n' ' ')" = "{\"source\":\"$seed\" {\"source\":\"$tmp/no-such-file.html\" {\"source\":\"$page\" "
run --pretty "$seed" "$page"
check "batch --pretty: each document names its source" test "$(grep -c '^ "source": ' "$tmp/out")" -eq 2
run --format text "$seed" "$page"
check "batch --format text: documents separated by a form feed line" test "$(grep -c $'^\f$' "$tmp/out")" -eq 1
run --format markdown "$seed" "$tmp/no-such-file.html" "$page"
check "batch --format markdown: one form feed between the two documents" test "$(grep -c $'^\f$' "$tmp/out")" -eq 1
check "batch --format markdown: the second document starts after it" \
  test "$(grep -A1 $'^\f$' "$tmp/out" | tail -n 1)" = "# US service members killed in Afghanistan helicopter crash"

# MHTML: a saved page gives what the page gives, with its address.
python3 "$src/tests/make_mhtml.py" "$page" https://example.com/saved >"$tmp/saved.mhtml"
cp "$tmp/saved.mhtml" "$tmp/saved-mhtml-without-extension"
run "$page"; cp "$tmp/out" "$tmp/page.json"
run "$tmp/saved.mhtml"
check "MHTML exits 0" test "$code" -eq 0
check "MHTML: the page's JSON" cmp -s "$tmp/out" "$tmp/page.json"
run "$tmp/saved-mhtml-without-extension"
check "MHTML is sniffed whatever its name" cmp -s "$tmp/out" "$tmp/page.json"
run -v "$tmp/saved.mhtml"
check "-v says the page came out of MHTML" grep -q ": format: html (an MHTML file's page)$" "$tmp/err"
run "$src/fixtures/mhtml-saved-page/input.mhtml"
check "MHTML: its location is the url" grep -q '"url":"https://www.example-gazette.com/2024/05/06/harbour-ferry-returns"' "$tmp/out"
run --url https://example.com/given "$src/fixtures/mhtml-saved-page/input.mhtml"
check "MHTML: --url outranks its location" grep -q '"url":"https://example.com/given"' "$tmp/out"

# --min-confidence, and what a page without an article keeps.
links=$src/fixtures/no-article-link-list/input.html
run --min-confidence 0 "$links"
check "--min-confidence 0: a link list gives its JSON" test "$code" -eq 0 -a -n "$(grep '"body":"[^"]' "$tmp/out")"
run --min-confidence 1 "$seed"
check "--min-confidence 1: a clear article still passes" test "$code" -eq 0
run --min-confidence 1.5 "$seed"
check "--min-confidence out of range exits 2" test "$code" -eq 2
run --jsonl "$src/fixtures/no-article-section-front/input.html"
check "no article: the JSON line keeps the headline" grep -q '"error":"no article found","headline":"[^"]' "$tmp/out"
check "no article: the JSON line keeps the confidence, without a body" grep -q '"body":"",.*"confidence":0\.' "$tmp/out"

# --format: Markdown and the plain body; JSON stays the default.
run --format markdown "$page"
check "--format markdown exits 0" test "$code" -eq 0
check "--format markdown starts with the headline" test "$(head -n 1 "$tmp/out")" = "# US service members killed in Afghanistan helicopter crash"
check "--format markdown has the byline/date line" grep -Eq '^(By .* · )?2019-11-20' "$tmp/out"
run --format text "$page"
check "--format text starts with the body" grep -q '^Two United States service members have been killed' "$tmp/out"
check "--format text has no JSON" test "$(grep -c '"body"' "$tmp/out")" -eq 0
run "$page"
check "JSON carries a confidence" grep -q '"confidence":1.0' "$tmp/out"

# Markdown keeps links, images and emphasis, made absolute with --url;
# options leave them out or add the metadata as YAML front matter.
links=$src/fixtures/markdown-links-images/input.html
links_url=$(cat "$src/fixtures/markdown-links-images/url")
run --format markdown --url "$links_url" "$links"
check "markdown: a relative link made absolute" \
  grep -qF '[report on the damage](https://www.harbourgazette.example/news/2019/11/storm-damage)' "$tmp/out"
check "markdown: a figure's image and caption" \
  contains "$tmp/out" $'![Workers on the rebuilt pier](https://www.harbourgazette.example/images/2019/pier-repairs.jpg)\n*Workers finish'
check "markdown: strong and emphasised words" grep -qF 'after **four weeks** of' "$tmp/out"
check "markdown: mailto and javascript links are their text" grep -qx 'Questions can be sent by email to the desk or through the chat, the paper said.' "$tmp/out"
check "markdown: no tracking pixel" test "$(grep -c 'pixel' "$tmp/out")" -eq 0
check "markdown: the tfoot row comes last" test "$(grep -A1 '^| Evening' "$tmp/out" | tail -1)" = "| Total | 10 |"
run --format markdown --no-links --url "$links_url" "$links"
check "--no-links: the text without brackets" grep -qF "The operator's report on the damage put" "$tmp/out"
check "--no-links: images stay" grep -qF '![Workers' "$tmp/out"
run --format markdown --no-images --url "$links_url" "$links"
check "--no-images: no image and no caption" test "$(grep -c -e '^!\[' -e '^\*Workers' "$tmp/out")" -eq 0
check "--no-images: links stay" grep -qF '[notice to passengers](' "$tmp/out"
run --format markdown --front-matter --url "$links_url" "$links"
check "--front-matter: opens the document" test "$(head -n 1 "$tmp/out")" = "---"
check "--front-matter: quoted title" grep -qx 'title: "Ferry service to resume after storm repairs"' "$tmp/out"
check "--front-matter: authors as a list" contains "$tmp/out" $'authors:\n  - "Ana Lima"\n'
check "--front-matter: absolute image" grep -qx 'image: "https://www.harbourgazette.example/images/2019/ferry-lead.jpg"' "$tmp/out"
if command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; then
  check "--front-matter: valid YAML" python3 -c 'import sys, yaml; t = open(sys.argv[1]).read().split("---\n")[1]; d = yaml.safe_load(t); sys.exit(d["url"] != sys.argv[2])' "$tmp/out" "$links_url"
fi
run --format markdown --front-matter "$seed"
check "--front-matter: unknown keys are null or []" contains "$tmp/out" $'authors:\n  - "Bassem Mroue"\n  - "Deb Reichmann"\ndate: "2016-02-22T08:27:00Z"\nmodified: null\nurl: null\nsite_name: null\nlanguage: "en"\nimage: null\nsection: null\ntags: []\npaywalled: null\ncomments: []\n---'
# Section, tags and paywalled: in the JSON, the front matter and --explain.
walled=$src/fixtures/meta-paywall-jsonld/input.html
run "$walled"
check "paywalled page: section, tags and paywalled in the JSON" grep -qF '"section":"Business","tags":["tariffs","trade","port finances"],"paywalled":true,' "$tmp/out"
run "$seed"
check "nothing said: null, [] and null" grep -qF '"section":null,"tags":[],"paywalled":null,' "$tmp/out"
run --format markdown --front-matter "$walled"
check "--front-matter: section, tags and paywalled" contains "$tmp/out" $'section: "Business"\ntags:\n  - "tariffs"\n  - "trade"\n  - "port finances"\npaywalled: true\ncomments: []\n---'
run --explain json "$walled"
check "--explain json: paywalled's source" grep -qF '"paywalled":{"value":true,"source":"JSON-LD isAccessibleForFree","block":null}' "$tmp/out"
run --jsonl --format markdown --url "$links_url" "$links" "$seed"
check "--jsonl --format markdown exits 0" test "$code" -eq 0
check "--jsonl --format markdown: every line has markdown" test "$(grep -c '"markdown":"' "$tmp/out")" -eq 2
check "--jsonl --format markdown: the markdown is the document's" grep -qF '"markdown":"# Ferry service to resume after storm repairs\n\n' "$tmp/out"
check "--jsonl --format markdown: absolute url and image" grep -qF '"url":"https://www.harbourgazette.example/news/2019/12/ferry-resumes","image":"https://www.harbourgazette.example/images/2019/ferry-lead.jpg"' "$tmp/out"
run --jsonl --format text "$page"
check "--format text with --jsonl is a usage error" test "$code" -eq 2
run --jsonl "$links"
check "--jsonl without --format markdown has no markdown" test "$(grep -c '"markdown"' "$tmp/out")" -eq 0
mkdir -p "$tmp/md"
cp "$page" "$tmp/a.html"
cp "$seed" "$tmp/b.txt"
run --format markdown "$tmp/a.html" "$tmp/b.txt" -o "$tmp/md/"
check "--format markdown -o DIR writes .md files" test "$(find "$tmp/md" -name '*.md' | wc -l)" -eq 2
run --format xml "$page"
check "bad --format value exits 2" test "$code" -eq 2
run "$src/fixtures/no-article-section-front/input.html"
check "section front exits 1" test "$code" -eq 1
check "section front: no article found" grep -q 'no article found' "$tmp/err"

run --explain json "$seed"
check "--explain json lists blocks with reasons" grep -q '"reason":"body: in the longest prose run"' "$tmp/out"
run --explain=json "$page"
check "--explain=json exits 0" test "$code" -eq 0
check "--explain=json names each field's source" grep -q '"headline":{"value":"[^"]*","source":"DOM block' "$tmp/out"
check "--explain=json: valid JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out"
# The language's source: detected when the page declares none, or when
# the text plainly contradicts the declared tag.
run --explain=json "$src/fixtures/language-detected-german/input.html"
check "--explain=json: a detected language says so" \
  grep -q '"language":{"value":"de","source":"detected: CLD2, [0-9]*% of the text"' "$tmp/out"
run --explain=json "$src/fixtures/language-contradicted-spanish/input.html"
check "--explain=json: a contradicted tag says which" \
  grep -q '"language":{"value":"es","source":"detected: CLD2, [0-9]*% of the text; declared '"'en'"' (<html lang>) contradicted"' "$tmp/out"
run --explain=json "$src/fixtures/strip-share-bar/input.html"
check "--explain=json: a declared language says where" grep -q '"language":{"value":"en","source":"declared: <html lang>"' "$tmp/out"

# --explain alone is the HTML report, and leaves the file name alone.
run --explain "$page"
check "--explain PAGE exits 0" test "$code" -eq 0
check "--explain PAGE writes an HTML report" grep -q '^<!DOCTYPE html>' "$tmp/out"
check "the report shows the blocks" grep -q '<li class="block role-body"' "$tmp/out"
# The same report but for the stage timings.
untimed() { grep -v ' ms$' "$1"; }
untimed "$tmp/out" >"$tmp/report.html"
check "the report's stage times are its only varying lines" test "$(grep -c ' ms$' "$tmp/out")" -eq 3
run "$page" --explain
check "PAGE --explain: the same report" cmp -s <(untimed "$tmp/out") "$tmp/report.html"
run --explain=html "$page"
check "--explain=html: the same report" cmp -s <(untimed "$tmp/out") "$tmp/report.html"
run --explain html "$page"
check "--explain html PAGE: the same report" cmp -s <(untimed "$tmp/out") "$tmp/report.html"
run --explain "$seed"
check "--explain on a text copy" grep -q '<li class="block role-body"' "$tmp/out"
run --explain=xml "$page"
check "bad --explain value exits 2" test "$code" -eq 2
mkdir -p "$tmp/reports"
run --explain "$tmp/a.html" "$tmp/b.txt" -o "$tmp/reports/"
check "--explain -o DIR writes .html files" test "$(find "$tmp/reports" -name '*.html' | wc -l)" -eq 2

# -v: stdout as without it; the stage trace on stderr.
run "$page"
cp "$tmp/out" "$tmp/plain.json"
run -v "$page"
check "-v leaves stdout unchanged" cmp -s "$tmp/out" "$tmp/plain.json"
for stage in "input: [0-9]* bytes" "encoding: utf-8 (" "format: html (sniffed)" "parse: [0-9]* elements, [0-9]* blocks" \
  "clean: [0-9]* blocks in chrome elements; article: " "blocks: [0-9]* body" "metadata: headline from " \
  "body: [0-9]* blocks" "output: $(wc -c <"$tmp/plain.json") bytes"; do
  check "-v traces '$stage'" grep -q "^pith: .*input.html: $stage" "$tmp/err"
done
run -v --input text "$page"
check "-v traces a forced text reading" grep -q "^pith: .*: format: text (as asked)" "$tmp/err"
run -q -v "$page"
check "-q silences -v" test ! -s "$tmp/err"

# --- Scripts: BOM-less UTF-16 in Cyrillic is text, with or without --encoding;
# a Thai article is found.
python3 -c '
import sys
t = "Городской совет утвердил новый бюджет во вторник. Мэр заявил, что деньги пойдут на школы. " * 3
open(sys.argv[1], "wb").write(("Новости\n\n" + t + "\n\n" + t + " 2\n").encode("utf-16le"))' "$tmp/ru16.txt"
run "$tmp/ru16.txt"
check "BOM-less UTF-16 Cyrillic: an article" grep -q '"body":"Городской совет' "$tmp/out"
run --encoding utf-16le "$tmp/ru16.txt"
check "BOM-less UTF-16 Cyrillic with --encoding: an article" grep -q '"body":"Городской совет' "$tmp/out"
run "$src/fixtures/thai-article/input.html"
check "Thai article: found" test "$code" -eq 0

finish
