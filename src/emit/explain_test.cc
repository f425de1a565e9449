#include "emit/explain.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "pith/pith.h"
#include "test_files.h"
#include "util/text_util.h"

namespace pith {
namespace {

using nlohmann::json;

Result Explained(const std::string& bytes, InputFormat input = InputFormat::kAuto) {
  Options options;
  options.explain = true;
  options.input = input;
  return Extract(bytes, options);
}

std::string Fixture(const std::string& name) {
  return testing::ReadFile(std::string(PITH_FIXTURES_DIR) + "/" + name);
}

// The block whose text starts with `start`, or an empty object.
json BlockStarting(const json& explanation, const std::string& start) {
  for (const json& b : explanation["blocks"]) {
    if (b["text"].get<std::string>().rfind(start, 0) == 0) return b;
  }
  return json::object();
}

TEST(Explain, NewsletterBoxNamesItsRule) {
  const Result r = Explained(Fixture("strip-newsletter-box/input.html"));
  ASSERT_TRUE(r.ok()) << r.error;
  const json j = json::parse(ExplanationToJson(r));
  const json box = BlockStarting(j, "Morning Briefing");
  EXPECT_EQ(box["role"], "dropped");
  EXPECT_EQ(box["reason"], "dropped: chrome container beside the text (<aside class=\"inline-newsletter-signup\">)");
  EXPECT_EQ(box["path"], "html > body > main > article > div.article-body > aside.inline-newsletter-signup > h4");
  // A sign-up line in the body itself goes by its phrase.
  EXPECT_EQ(BlockStarting(j, "Sign up for our daily newsletter")["reason"], "dropped: newsletter box");
  EXPECT_EQ(BlockStarting(j, "The harbour authority approved")["reason"],
            "body: in the article container div.article-body, score 50.9");
  EXPECT_EQ(BlockStarting(j, "News")["reason"], "dropped: outside the article");
}

// An element's class is cut to a length in bytes when it names a rule's
// cause or a block's path; a cut inside a character made the report page
// invalid UTF-8 (found by the fuzz target).
TEST(Explain, ClassCutShortStaysValidUtf8) {
  std::string page = Fixture("strip-newsletter-box/input.html");
  const std::string cls = "class=\"inline-newsletter-signup\"";
  std::string cjk;
  for (int i = 0; i < 20; ++i) cjk += "\xE8\xAE\xA2\xE9\x98\x85";  // 订阅
  page.replace(page.find(cls), cls.size(), "class=\"inline-newsletter-signup " + cjk + "\"");
  const Result r = Explained(page);
  ASSERT_TRUE(r.ok()) << r.error;
  const std::string report = ExplanationToHtml(r);
  EXPECT_TRUE(IsValidUtf8(report));
  const json j = json::parse(ExplanationToJson(r));
  const std::string reason = BlockStarting(j, "Morning Briefing")["reason"];
  EXPECT_NE(reason.find("inline-newsletter-signup \xE8\xAE\xA2"), std::string::npos) << reason;
  EXPECT_EQ(reason.find("\xEF\xBF\xBD"), std::string::npos) << reason;  // no U+FFFD from a cut
}

TEST(Explain, MetadataNamesEachValuesSource) {
  const Result r = Explained(Fixture("strip-newsletter-box/input.html"));
  ASSERT_TRUE(r.ok()) << r.error;
  const json m = json::parse(ExplanationToJson(r))["metadata"];
  EXPECT_EQ(m["date"], (json{{"value", "2019-11-19T08:30:00Z"}, {"source", "meta article:published_time"},
                              {"block", nullptr}}));
  EXPECT_EQ(m["site_name"]["source"], "meta og:site_name");
  EXPECT_EQ(m["language"]["source"], "declared: <html lang>");
  EXPECT_EQ(m["headline"]["source"], "DOM block 4 (the article's h1)");
  EXPECT_EQ(m["headline"]["block"], 4);
  EXPECT_EQ(m["byline"]["source"], "DOM block 5 (starts with a byline prefix)");
  EXPECT_EQ(m["authors"]["value"], json::array({"Tom Reed"}));
  // Fields the page does not give are left out, not listed as null.
  EXPECT_FALSE(m.contains("description"));
  EXPECT_FALSE(m.contains("image"));
}

TEST(Explain, StructuredDataSources) {
  const std::string page =
      "<html><head><title>Tide tables | Coast News</title>"
      "<meta property=\"og:image\" content=\"https://example.org/tide.jpg\">"
      "<link rel=\"canonical\" href=\"https://example.org/2021/05/04/tides\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tide tables change\","
      "\"datePublished\":\"2021-05-04T10:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
      "\"description\":\"New tables for the coast.\"}</script></head><body><div class=\"story\">"
      "<p>The harbour office published new tide tables on Tuesday, correcting errors that had confused sailors "
      "for most of the spring season, officials said.</p><p>The corrected tables move high tide by up to twenty "
      "minutes at some berths, and the office asked skippers to replace their printed copies.</p>"
      "<p><a href=\"/a\">More</a> <a href=\"/b\">stories</a> <a href=\"/c\">from</a> the coast.</p></div>"
      "</body></html>";
  const Result r = Explained(page);
  ASSERT_TRUE(r.ok()) << r.error;
  const json j = json::parse(ExplanationToJson(r));
  const json& m = j["metadata"];
  EXPECT_EQ(m["headline"]["source"], "JSON-LD headline");
  EXPECT_EQ(m["date"]["source"], "JSON-LD datePublished");
  EXPECT_EQ(m["authors"]["source"], "JSON-LD author");
  EXPECT_EQ(m["description"]["source"], "JSON-LD description");
  EXPECT_EQ(m["url"]["source"], "<link rel=canonical>");
  EXPECT_EQ(m["image"]["source"], "meta og:image");
  EXPECT_EQ(BlockStarting(j, "More stories")["reason"], "dropped: link density 0.54 > 0.5");
}

TEST(Explain, TextCopyNamesItsLines) {
  const Result r = Explained(Fixture("aljazeera-afghanistan-text/input.txt"));
  ASSERT_TRUE(r.ok()) << r.error;
  const json j = json::parse(ExplanationToJson(r));
  const json& headline = j["metadata"]["headline"];
  ASSERT_TRUE(headline["block"].is_number());
  EXPECT_EQ(headline["source"], "text line " + std::to_string(headline["block"].get<int>()));
  EXPECT_EQ(j["blocks"][headline["block"].get<std::size_t>()]["role"], "headline");
  EXPECT_EQ(j["metadata"]["date"]["source"].get<std::string>().rfind("text line ", 0), 0u);
  EXPECT_EQ(BlockStarting(j, "Home")["reason"], "dropped: outside the article");
}

TEST(Explain, TraceNamesEachStage) {
  const Result r = Explained(Fixture("strip-newsletter-box/input.html"));
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_GE(r.trace.size(), 8u);
  EXPECT_EQ(r.trace[0], "input: 2120 bytes");
  EXPECT_EQ(r.trace[1], "encoding: utf-8 (<meta charset>)");
  EXPECT_EQ(r.trace[2], "format: html (sniffed)");
  EXPECT_EQ(r.trace[3].rfind("parse: 28 elements, 18 blocks in ", 0), 0u) << r.trace[3];
  EXPECT_EQ(r.trace[4].rfind("clean: 9 blocks in chrome elements; article: div.article-body, score 50.9 in ", 0), 0u)
      << r.trace[4];
  EXPECT_EQ(r.trace[5], "blocks: 5 body, 1 headline, 0 description, 1 byline, 1 date, 0 caption, 0 comment, 10 dropped");
  EXPECT_NE(std::find(r.trace.begin(), r.trace.end(), "metadata: date from meta article:published_time"),
            r.trace.end());
}

TEST(Explain, NothingIsRecordedWhenOff) {
  const Result r = Extract(Fixture("strip-newsletter-box/input.html"));
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_TRUE(r.explanation.empty());
  EXPECT_TRUE(r.sources.empty());
  EXPECT_TRUE(r.trace.empty());
}

}  // namespace
}  // namespace pith
