#!/usr/bin/env bash
# The --explain report as a browser shows it: headless Chromium renders
# reports of an HTML page, a text copy and a hostile page, takes a
# screenshot and dumps the DOM, which must hold the report's sections and
# nothing the pages tried to run. Skipped (exit 77) without Chromium.
#   tests/explain_report_test.sh PITH_BINARY SOURCE_DIR
set -uo pipefail
pith=$1
src=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "skipped: chromium not installed (apt-get install chromium)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_helpers.sh"

chrome() {  # chromium's headless run of one report; its own noise to a log
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" "$@" 2>>"$tmp/chromium.log"
}

"$pith" --explain "$src/fixtures/strip-newsletter-box/input.html" >"$tmp/report.html"
check "pith writes the report" test -s "$tmp/report.html"
chrome --screenshot="$tmp/shot.png" --window-size=1200,1600 "file://$tmp/report.html" >/dev/null
check "the screenshot is a PNG" test "$(head -c 8 "$tmp/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a
check "the screenshot is not blank" test "$(wc -c <"$tmp/shot.png")" -gt 20000
chrome --dump-dom "file://$tmp/report.html" >"$tmp/dom.html"
for section in legend article metadata blocks trace; do
  check "the DOM has the $section section" grep -q "<section id=\"$section\">" "$tmp/dom.html"
done
check "the DOM has the extracted JSON" grep -q '<pre class="json">' "$tmp/dom.html"
check "the DOM has the metadata table" grep -q '<tr><th>date</th><td class="value">2019-11-19T08:30:00Z</td><td class="source">meta article:published_time</td></tr>' "$tmp/dom.html"
for role in body headline byline date dropped; do
  check "the DOM has $role blocks" grep -q "<li class=\"block role-$role\"" "$tmp/dom.html"
done
check "the DOM names the newsletter box's rule" grep -q 'dropped: chrome container beside the text (&lt;aside class="inline-newsletter-signup"&gt;)' "$tmp/dom.html"

"$pith" --explain "$src/fixtures/aljazeera-afghanistan-text/input.txt" >"$tmp/text.html"
chrome --dump-dom "file://$tmp/text.html" >"$tmp/text-dom.html"
check "a text copy's report has caption blocks" grep -q '<li class="block role-caption"' "$tmp/text-dom.html"
check "a text copy's headline names its line" grep -q '<td class="source"><a href="#b[0-9]*">text line [0-9]*</a>' "$tmp/text-dom.html"

# A page whose text and attributes carry markup: in the browser's DOM, the
# report has no element the page brought.
cat >"$tmp/hostile.html" <<'PAGE'
<html><head><title>&lt;/title&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;</title>
<script>document.write('<p id=ran>script ran</p>')</script></head><body>
<h1 class='x"><script>document.title="pwned"</script>'>&lt;img src=x onerror="document.title='pwned'"&gt;</h1>
<div class="story"><p>The council said &lt;script&gt;document.body.id='pwned'&lt;/script&gt; was pasted into its
site, and &lt;/textarea&gt;&lt;iframe src="https://example.invalid"&gt; followed, in a paragraph long enough
to read as the article's first one.</p><p>Officials added that <a href="javascript:document.title='pwned'">this
link</a> and <img src="https://example.invalid/a.png" onerror="document.title='pwned'"> were also found there.</p></div>
</body></html>
PAGE
"$pith" --explain "$tmp/hostile.html" >"$tmp/hostile-report.html"
chrome --dump-dom "file://$tmp/hostile-report.html" >"$tmp/hostile-dom.html"
check "the hostile report renders" grep -q '<section id="blocks">' "$tmp/hostile-dom.html"
check "no script element in its DOM" bash -c "! grep -qi '<script' '$tmp/hostile-dom.html'"
check "no image, frame or form field in its DOM" bash -c "! grep -Eqi '<(img|iframe|textarea|svg)' '$tmp/hostile-dom.html'"
check "no script ran" bash -c "! grep -Eq '<title>pwned|id=\"ran\"|<body id=\"pwned\"' '$tmp/hostile-dom.html'"
check "the page's markup is shown as text" grep -q '&lt;script&gt;document.body.id=' "$tmp/hostile-dom.html"

finish
