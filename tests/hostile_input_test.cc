// Hostile and broken input through Extract(): every shape gives a result or
// a clean error, with valid JSON, and the article around the hostile part
// still comes out. Inputs are generated here; their sizes are large enough
// that quadratic work would hang the test, small enough to stay quick under
// the sanitizers. bench/hostile times the full-size shapes.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <string>

#include "pith/pith.h"

namespace pith {
namespace {

std::string Repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kParagraph =
    "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
    "the library, after a debate that lasted four hours.</p>";
const std::string kClosing =
    "<p>Supporters said the plan was overdue, while critics argued that it would raise taxes, cut services and "
    "leave the city with less money than before.</p>";

std::string Page(const std::string& hostile, const std::string& head = "") {
  return "<!DOCTYPE html><html><head><title>Budget passes</title>" + head + "</head><body><article><h1>Budget "
         "passes</h1>" + kParagraph + hostile + kClosing + "</article></body></html>";
}

// The result is well-formed whatever happened: valid JSON (nlohmann throws
// on invalid UTF-8), an error exactly when not ok.
void ExpectWellFormed(const Result& r) {
  EXPECT_EQ(r.ok(), r.error.empty()) << r.error;
  EXPECT_EQ(r.error.find('\n'), std::string::npos);
  EXPECT_NO_THROW(EXPECT_TRUE(nlohmann::json::parse(ToJson(r.article)).is_object()));
}

void ExpectArticleSurvives(const std::string& bytes) {
  const Result r = Extract(bytes);
  ExpectWellFormed(r);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_NE(r.article.body.find("The council voted on Tuesday"), std::string::npos) << r.article.body.substr(0, 200);
  EXPECT_NE(r.article.body.find("Supporters said the plan was overdue"), std::string::npos)
      << r.article.body.substr(0, 200);
}

TEST(HostileInput, DeeplyNestedElements) {
  ExpectArticleSurvives(Page(Repeat("<div>", 200000) + "deep" + Repeat("</div>", 200000)));
  ExpectArticleSurvives(Page(Repeat("<div>x", 100000)));
  ExpectArticleSurvives(Page(Repeat("<span>", 100000) + Repeat("</span>", 100000)));
  ExpectArticleSurvives(Page(Repeat("<ul><li>", 50000) + Repeat("</li></ul>", 50000)));
  // This one crashed pith: gumbo freed the 600,000-deep tree recursively.
  ExpectArticleSurvives(Page("<svg>" + Repeat("<g>", 600000) + "</svg>"));
}

TEST(HostileInput, NestedTables) {
  ExpectArticleSurvives(Page(Repeat("<table><tr><td>", 5000) + "cell" + Repeat("</td></tr></table>", 5000)));
  ExpectArticleSurvives(Page(Repeat("<table><tr><td>x", 20000)));
}

TEST(HostileInput, ManyAttributes) {
  std::string tag = "<div";
  for (int i = 0; i < 50000; ++i) tag += " a" + std::to_string(i) + "=v";
  ExpectArticleSurvives(Page(tag + ">text</div>"));
  ExpectArticleSurvives(Page(Repeat("<div class=x", 1) + Repeat(" class=y", 50000) + ">text</div>"));
  std::string bodies;
  for (int i = 0; i < 20000; ++i) bodies += "<body a" + std::to_string(i) + "=v>";
  ExpectArticleSurvives(Page(bodies));
}

TEST(HostileInput, FormattingElementsReOpenedInEveryBlock) {
  std::string opened = "<div>";
  for (int i = 0; i < 3000; ++i) opened += "<b id=" + std::to_string(i) + ">";
  ExpectArticleSurvives(Page(opened + "</div>" + Repeat("<p>para</p>", 3000)));
  // Pages that are mostly links or misnested markup may lose their article
  // to the link-density and scoring rules; they must still parse.
  ExpectWellFormed(Extract(Page(Repeat("<b>bold<p>para</b>after", 20000))));
  ExpectWellFormed(Extract(Page(Repeat("<a href=/x>link ", 50000))));
}

TEST(HostileInput, UnclosedCommentsAndScripts) {
  // Everything after an unclosed comment or script is not text: the article
  // before it must still come out.
  for (const std::string& tail : {"<!-- " + Repeat("<p>x</p>", 100000), "<script>var s = '" + Repeat("x", 1 << 20),
                                  "<style>" + Repeat("p{}", 100000), "<textarea>" + Repeat("<p>", 100000)}) {
    const Result r = Extract("<html><body><article>" + kParagraph + kClosing + tail);
    ExpectWellFormed(r);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_NE(r.article.body.find("Supporters said"), std::string::npos);
  }
}

TEST(HostileInput, MalformedAndEnormousJsonLd) {
  auto ld = [](const std::string& json) { return "<script type=\"application/ld+json\">" + json + "</script>"; };
  const std::vector<std::string> blocks = {
      Repeat("[", 100000) + Repeat("]", 100000),
      Repeat("{\"a\":", 100000) + "1" + Repeat("}", 100000),
      "{\"@type\":\"NewsArticle\",\"headline\":\"Unterminated",
      "{\"@type\":\"NewsArticle\",\"headline\":[[[{\"@value\":{}}]]],\"author\":{\"name\":{\"name\":[]}}}",
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-13-45T99:99:99Z\",\"author\":" + Repeat("[", 60) +
          Repeat("]", 60) + "}",
      "{\"@type\":\"NewsArticle\",\"x\":[" + Repeat("\"" + std::string(90, 'y') + "\",", 50000) + "0]}",
      Repeat(ld("{\"a\":[{\"b\":\""), 10000),
      "\xFF\xFE{\"@type\":\"\xC3\x28\"}",
  };
  for (const std::string& json : blocks) {
    const Result r = Extract(Page("", ld(json)));
    ExpectWellFormed(r);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.article.headline, "Budget passes");
  }
}

TEST(HostileInput, ImpossibleDates) {
  const std::string head =
      "<meta property=\"article:published_time\" content=\"2020-13-45\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"February 30, 2020\"}"
      "</script>";
  const Result r = Extract(Page("<time datetime=\"2021-02-29\">February 30, 2021</time><p>Updated 31/31/2020 "
                                "99:99</p>", head));
  ExpectWellFormed(r);
  ASSERT_TRUE(r.ok()) << r.error;
  if (r.article.date) {
    EXPECT_EQ(r.article.date->find("2020-13"), std::string::npos) << *r.article.date;
    EXPECT_EQ(r.article.date->find("-02-30"), std::string::npos) << *r.article.date;
    EXPECT_EQ(r.article.date->find("2021-02-29"), std::string::npos) << *r.article.date;
  }
}

TEST(HostileInput, HugeLinesAndManyLines) {
  const std::string words = Repeat("word ", 200000);  // a 1 MB line
  for (const std::string& page : {"Headline\n\n" + words, "<p>" + words + "</p>", Repeat("A short line.\n", 200000),
                                  "Headline\n" + Repeat("\n", 1000000) + "Text.\n", Repeat("\r", 1000000)}) {
    ExpectWellFormed(Extract(page));
  }
}

TEST(HostileInput, NulBytesDoNotCutTheText) {
  const std::string nul(1, '\0');
  const Result html = Extract("<html><body><article><p>The council voted on Tuesday " + nul +
                              " to approve the new budget, which includes funding for schools, roads and the "
                              "library, after a debate that lasted four hours.</p>" + kClosing);
  ExpectWellFormed(html);
  ASSERT_TRUE(html.ok()) << html.error;
  EXPECT_NE(html.article.body.find("to approve the new budget"), std::string::npos);
  const Result text = Extract("Budget passes\n\nThe council voted on Tuesday " + nul +
                              " to approve the new budget, which includes funding for schools, roads and the "
                              "library, after a debate that lasted four hours.\n");
  ExpectWellFormed(text);
  ASSERT_TRUE(text.ok()) << text.error;
  EXPECT_NE(text.article.body.find("to approve the new budget"), std::string::npos);
}

TEST(HostileInput, BinaryFilesAreNotDocuments) {
  using namespace std::string_literals;
  const std::string tail(5000, '\x01');
  for (const std::string& bytes :
       {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s + tail, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"s + tail,
        "PK\x03\x04\x14\0\0\0\x08\0"s + tail, "\x7F" "ELF\x02\x01\x01\0"s + tail, "\x1F\x8B\x08\0"s + tail,
        "GIF89a\x01\0\x01\0"s + tail, "\xFF\xD8\xFF\xE0\0\x10JFIF"s + tail, "MZ\x90\0\x03\0"s + tail, tail}) {
    const Result r = Extract(bytes);
    EXPECT_EQ(r.status, Status::kNotADocument) << bytes.substr(0, 8);
    EXPECT_EQ(r.error, "not an HTML or text document");
  }
  for (const std::string& bytes : {""s, " \n\t\r\n  "s}) EXPECT_EQ(Extract(bytes).error, "empty input");
}

TEST(HostileInput, InvalidBytesBecomeReplacementCharacters) {
  // UTF-8 (café, crème, naïve) with a stray byte and a cut sequence.
  const std::string text = "Budget passes\n\nThe caf\xC3\xA9 council voted \xFF on Tuesday to approve the cr\xC3\xA8me "
                           "budget, which includes funding for na\xC3\xAFve schools, roads \xE2\x82 and the library.\n";
  for (const std::string& page : {text, "<html><body><article><p>" + text + "</p>" + kClosing}) {
    const Result r = Extract(page);
    ExpectWellFormed(r);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_NE(r.article.body.find("caf\xC3\xA9 council voted \xEF\xBF\xBD on"), std::string::npos) << r.article.body;
    EXPECT_NE(r.article.body.find("roads \xEF\xBF\xBD"), std::string::npos) << r.article.body;
    EXPECT_NE(r.article.body.find("and the library."), std::string::npos) << r.article.body;
  }
}

// Markdown is written in time and size proportional to the page: a code
// block of a million backticks (its fence was grown one backtick at a time,
// searching the block each time), a table whose header is thousands of
// cells wide over thousands of short rows (each row was padded to the
// header: an output of their product) and rows of 20,000 emphasised cells
// (each cell read all the row's spans).
TEST(HostileInput, MarkdownStaysProportionalToThePage) {
  std::string header;
  for (int i = 0; i < 3000; ++i) header += "<th>c" + std::to_string(i) + "</th>";
  std::string rows;
  for (int i = 0; i < 3000; ++i) rows += "<tr><td>Ward " + std::to_string(i) + "</td><td>yes</td></tr>";
  std::string wide;
  for (int i = 0; i < 20000; ++i) wide += "<td><b>Ward</b> " + std::to_string(i) + "</td>";
  for (const std::string& page :
       {Page("<pre>" + Repeat("`", 1 << 20) + "</pre>"), Page("<table><tr>" + header + "</tr>" + rows + "</table>"),
        Page("<table><tr>" + wide + "</tr><tr>" + wide + "</tr></table>")}) {
    const Result r = Extract(page);
    ExpectWellFormed(r);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_LT(ToMarkdown(r.article).size(), 4 * page.size());
  }
}

TEST(HostileInput, RandomBytes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::string bytes(static_cast<std::size_t>(1 + rng() % 200000), '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    if (round % 2) bytes.insert(0, "<html><body>");  // past the binary sniffing
    for (InputFormat format : {InputFormat::kAuto, InputFormat::kHtml, InputFormat::kText}) {
      Options options;
      options.input = format;
      ExpectWellFormed(Extract(bytes, options));
    }
  }
}

}  // namespace
}  // namespace pith
