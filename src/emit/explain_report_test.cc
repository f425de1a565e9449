#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith {
namespace {

// A page that tries every way out of the report: markup in its text (as
// entities, so that it survives parsing as text), quotes that would end an
// attribute in class names and ids, script and style, event handlers,
// javascript: and remote links, a closing </textarea>.
const std::string kHostile =
    "<html><head><title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"
    "<meta property=\"og:title\" content=\"&lt;img src=x onerror=alert(2)&gt;\">"
    "<meta property=\"og:image\" content=\"javascript:alert(3)\">"
    "<meta name=\"description\" content=\"&lt;/textarea&gt;&lt;svg onload=alert(4)&gt;\">"
    "<style>body{background:url(https://evil.example/x.png)}</style>"
    "<script>document.write('<img src=https://evil.example/track.gif>')</script>"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
    "\"name\":\"</script><script>alert(5)</script>\"}}</script></head><body>"
    "<h1 class='x\"><script>alert(6)</script>'>&lt;img src=x onerror=alert(2)&gt;</h1>"
    "<div id='\"onmouseover=\"alert(7)' class=\"story' style='x\">"
    "<p>The council said &lt;script&gt;alert(8)&lt;/script&gt; was pasted into its site, and that "
    "&lt;/textarea&gt;&lt;iframe src=\"https://evil.example\"&gt; and &lt;style&gt;*{display:none}&lt;/style&gt; "
    "followed, in a long paragraph that reads like an article's first one.</p>"
    "<p>Officials added that <a href=\"javascript:alert(9)\">this link</a> and an image "
    "<img src=\"https://evil.example/a.png\" onerror=\"alert(10)\" alt=\"&lt;b onclick=alert(11)&gt;\"> "
    "were also found, along with a form that posted to another address entirely.</p>"
    "<figure><img src=x><figcaption>&lt;a href=\"javascript:alert(12)\"&gt;caption&lt;/a&gt; "
    "(Photo: &lt;u&gt;Agency&lt;/u&gt;)</figcaption></figure>"
    "<ul class=\"related\"><li><a href=\"https://evil.example/1\">&lt;base href=\"https://evil.example/\"&gt;</a></li>"
    "</ul></div>\x01\x02\x1b</body></html>";

// Every tag name in `html`, lower-cased, with '/' for end tags.
std::set<std::string> TagNames(std::string_view html) {
  std::set<std::string> names;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    std::size_t j = i + 1;
    while (j < html.size() && html[j] != ' ' && html[j] != '>' && html[j] != '\n') ++j;
    std::string name(html.substr(i + 1, j - i - 1));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    names.insert(name);
  }
  return names;
}

TEST(ExplanationToHtml, EscapesEverythingFromThePage) {
  Options options;
  options.explain = true;
  const Result r = Extract(kHostile, options);
  ASSERT_FALSE(r.explanation.empty());
  const std::string html = ExplanationToHtml(r);

  // Only the report's own elements: no script, style beyond its own, image,
  // frame, form field, base or SVG from the page.
  const std::set<std::string> allowed = {
      "!doctype", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body",
      "h1", "/h1", "h2", "/h2", "p", "/p", "section", "/section", "ul", "/ul", "ol", "/ol", "li", "/li", "pre",
      "/pre", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th", "td", "/td", "a",
      "/a", "br", "div", "/div", "span", "/span"};
  for (const std::string& name : TagNames(html)) EXPECT_TRUE(allowed.count(name)) << "tag <" << name << ">";
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("</textarea"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<style", html.find("</style>")), std::string::npos);  // one style element, the report's
  // Inside the report's tags: no event handler, nothing loaded, links
  // only to the report's own blocks. (The page's text may say "onerror=":
  // escaped, it is text.)
  for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    const std::string tag = html.substr(i, html.find('>', i) - i + 1);
    EXPECT_EQ(tag.find(" on"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("src="), std::string::npos) << tag;
    EXPECT_EQ(tag.find("javascript:"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("style="), std::string::npos) << tag;
    const std::size_t href = tag.find("href=");
    if (href != std::string::npos) {
      EXPECT_EQ(tag.compare(href, 8, "href=\"#b"), 0) << tag;
    }
  }
  // No control characters HTML forbids.
  for (char c : html) {
    if (c != '\n' && c != '\t') {
      EXPECT_GE(static_cast<unsigned char>(c), 0x20);
    }
  }
  // The page's text is there, escaped.
  EXPECT_NE(html.find("&lt;script&gt;alert(8)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;/textarea&gt;&lt;iframe src=&quot;https://evil.example&quot;&gt;"), std::string::npos);
  EXPECT_NE(html.find("x&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;"), std::string::npos);
  // The policy that stops anything the escaping missed.
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'\">"),
            std::string::npos);
}

TEST(ExplanationToHtml, HasEverySection) {
  Options options;
  options.explain = true;
  const Result r = Extract(
      "<html><head><meta property=\"og:site_name\" content=\"Gazette\"></head><body><h1>Budget passes</h1>"
      "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
      "the library, after a debate that lasted four hours.</p><nav><a href=\"/\">Home</a></nav></body></html>",
      options);
  ASSERT_TRUE(r.ok()) << r.error;
  const std::string html = ExplanationToHtml(r);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* section : {"<section id=\"legend\">", "<section id=\"article\">", "<section id=\"metadata\">",
                              "<section id=\"blocks\">", "<section id=\"trace\">"}) {
    EXPECT_NE(html.find(section), std::string::npos) << section;
  }
  // The JSON first, then the metadata, then the blocks.
  EXPECT_LT(html.find("id=\"article\""), html.find("id=\"metadata\""));
  EXPECT_LT(html.find("id=\"metadata\""), html.find("id=\"blocks\""));
  EXPECT_NE(html.find("&quot;headline&quot;: &quot;Budget passes&quot;"), std::string::npos);
  EXPECT_NE(html.find("<tr><th>site_name</th><td class=\"value\">Gazette</td><td class=\"source\">meta "
                      "og:site_name</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<li class=\"block role-headline\" id=\"b0\">"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"block role-body\" id=\"b1\">"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"block role-dropped\" id=\"b2\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#b0\">DOM block 0 (the article&#39;s h1)</a>"), std::string::npos);
}

TEST(ExplanationToHtml, FailedExtractionStillReports) {
  Options options;
  options.explain = true;
  const Result r = Extract("<html><body><ul><li><a href=\"/a\">One</a></li><li><a href=\"/b\">Two</a></li></ul>"
                           "</body></html>",
                           options);
  ASSERT_FALSE(r.ok());
  const std::string html = ExplanationToHtml(r);
  EXPECT_NE(html.find("no article: no article found"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"block role-dropped\" id=\"b1\">"), std::string::npos);
}

}  // namespace
}  // namespace pith
