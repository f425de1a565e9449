#include "emit/emit.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pith/pith.h"
#include "parse/html_parse.h"
#include "parse/text_parse.h"

namespace pith {
namespace {

using nlohmann::json;

TEST(ToJson, EveryKeyIsPresentWithNullsAndEmptyLists) {
  Article a;
  a.body = "Text.";
  a.format = "html";
  const std::string out = ToJson(a);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  const json j = json::parse(out);
  for (const char* key :
       {"headline", "description", "byline", "date", "modified", "site_name", "language", "url", "image"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_null()) << key;
  }
  EXPECT_EQ(j["authors"], json::array());
  EXPECT_EQ(j["captions"], json::array());
  EXPECT_EQ(j["body"], "Text.");
  EXPECT_EQ(j["format"], "html");
}

TEST(ToJson, KeysComeInTheDocumentedOrder) {
  Article a;
  const auto j = nlohmann::ordered_json::parse(ToJson(a));
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"headline", "description", "byline", "authors", "date", "modified",
                                            "captions", "body", "site_name", "language", "url", "image", "section",
                                            "tags", "paywalled", "comments", "format", "confidence"}));
}

TEST(ToJson, PrettyIndentsAndInvalidUtf8IsReplaced) {
  Article a;
  a.headline = std::string("bad \xFF byte");
  const std::string pretty = ToJson(a, true);
  EXPECT_NE(pretty.find("\n \"headline\""), std::string::npos);
  EXPECT_EQ(json::parse(pretty)["headline"], "bad \xEF\xBF\xBD byte");
}

TEST(BuildBodyBlocks, BlankLineBetweenBodyBlocksOnly) {
  const Document d = ParseText("one\n\ntwo\n\nthree");
  Selection sel;
  sel.verdicts.assign(3, Verdict{});
  sel.Set(0, Role::kBody, "test");
  sel.Set(2, Role::kBody, "test");
  EXPECT_EQ(JoinBody(BuildBodyBlocks(d, sel, "")), "one\n\nthree");
}

Selection AllBody(const Document& d) {
  Selection sel;
  sel.verdicts.assign(d.blocks.size(), Verdict{Role::kBody, "test"});
  return sel;
}

TEST(BuildBodyBlocks, KindsLevelsListsAndTablesFromTheMarkup) {
  const Document d = ParseHtml(
      "<body><h3>Sub</h3><p>Para</p><ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol>"
      "<blockquote><p>Q1</p><p>Q2</p></blockquote><pre>a  b</pre>"
      "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table></body>");
  const std::vector<BodyBlock> b = BuildBodyBlocks(d, AllBody(d), "");
  ASSERT_EQ(b.size(), 10u);
  using K = BodyBlock::Kind;
  EXPECT_EQ(b[0].kind, K::kHeading);
  EXPECT_EQ(b[0].level, 3);
  EXPECT_EQ(b[1].kind, K::kParagraph);
  EXPECT_EQ(b[2].kind, K::kListItem);
  EXPECT_TRUE(b[2].ordered);
  EXPECT_EQ(b[2].depth, 0);
  EXPECT_EQ(b[3].text, "Inner");
  EXPECT_FALSE(b[3].ordered);
  EXPECT_EQ(b[3].depth, 1);
  EXPECT_NE(b[3].group, b[2].group);
  EXPECT_EQ(b[4].group, b[2].group);
  EXPECT_EQ(b[5].kind, K::kQuote);
  EXPECT_EQ(b[5].group, b[6].group);
  EXPECT_NE(b[5].group, 0);
  EXPECT_EQ(b[7].kind, K::kPre);
  EXPECT_EQ(b[8].kind, K::kTableRow);
  EXPECT_EQ(b[9].cells, (std::vector<std::string>{"Ann", "31"}));
  EXPECT_EQ(b[8].group, b[9].group);
  EXPECT_EQ(JoinBody(b).find("Sub\n\nPara\n\nOne\n\nInner"), 0u);
}

TEST(ToMarkdown, HeadlineCreditAndEveryBlockKind) {
  const Document d = ParseHtml(
      "<body><p>Intro, with a line<br>break.</p><h2>Section</h2><h4>Deeper</h4><h1>Top</h1>"
      "<ul><li>Apple</li><li>Pear<ol><li>Small</li><li>Large</li></ol></li></ul>"
      "<blockquote><p>First.</p><p>Second.</p></blockquote><pre>x = 1\n  y</pre>"
      "<table><tr><th>Name</th><th>Age</th></tr><tr><td>A|B</td><td>31</td></tr></table>"
      "<p>1. Not a list</p><p># Not a heading</p></body>");
  Article a;
  a.headline = "Budget passes";
  a.byline = "Jane Doe";
  a.date = "2016-02-22";
  a.blocks = BuildBodyBlocks(d, AllBody(d), "");
  a.body = JoinBody(a.blocks);
  EXPECT_EQ(ToMarkdown(a),
            "# Budget passes\n\n"
            "By Jane Doe · 2016-02-22\n\n"
            "Intro, with a line\\\nbreak.\n\n"
            "## Section\n\n"
            "#### Deeper\n\n"
            "## Top\n\n"
            "- Apple\n- Pear\n  1. Small\n  2. Large\n\n"
            "> First.\n>\n> Second.\n\n"
            "```\nx = 1\n  y\n```\n\n"
            "| Name | Age |\n| --- | --- |\n| A\\|B | 31 |\n\n"
            "1\\. Not a list\n\n"
            "\\# Not a heading");
}

TEST(ToMarkdown, WithoutMetadataOrBlocks) {
  Article a;
  a.body = "Only text.";
  EXPECT_EQ(ToMarkdown(a), "Only text.");
  a.date = "2016-02-22";
  EXPECT_EQ(ToMarkdown(a), "2016-02-22\n\nOnly text.");
}

TEST(ToMarkdown, FenceLongerThanAnyBacktickRunInside) {
  Article a;
  a.blocks.push_back({BodyBlock::Kind::kPre, "a ``` b", 0, false, 0, {}, false, 0, {}, {}, {}, {}});
  EXPECT_EQ(ToMarkdown(a), "````\na ``` b\n````");
  // The longest run decides, wherever it is; short runs keep three.
  a.blocks[0].text = "a `b` ````c ``d";
  EXPECT_EQ(ToMarkdown(a), "`````\na `b` ````c ``d\n`````");
  a.blocks[0].text = "x = `y`";
  EXPECT_EQ(ToMarkdown(a), "```\nx = `y`\n```");
}

// Markdown fills in a short row's missing cells; padding it made a header of
// thousands of cells over thousands of rows an output of their product.
TEST(ToMarkdown, ShortTableRowsAreLeftForMarkdownToFill) {
  Article a;
  a.blocks.push_back({BodyBlock::Kind::kTableRow, "A | B | C", 0, false, 0, {"A", "B", "C"}, false, 1, {}, {}, {}, {}});
  a.blocks.push_back({BodyBlock::Kind::kTableRow, "D", 0, false, 0, {"D"}, false, 1, {}, {}, {}, {}});
  a.blocks.push_back({BodyBlock::Kind::kTableRow, "E | F", 0, false, 0, {"E", "F"}, false, 2, {}, {}, {}, {}});
  EXPECT_EQ(ToMarkdown(a), "| A | B | C |\n| --- | --- | --- |\n| D |\n\n| E | F |\n| --- | --- |");
}

TEST(Render, FormatsByName) {
  Article a;
  a.headline = "H";
  a.body = "Body.";
  a.blocks.push_back({BodyBlock::Kind::kParagraph, "Body.", 0, false, 0, {}, false, 0, {}, {}, {}, {}});
  EXPECT_EQ(ParseOutputFormat("markdown"), OutputFormat::kMarkdown);
  EXPECT_EQ(ParseOutputFormat("text"), OutputFormat::kText);
  EXPECT_EQ(ParseOutputFormat("json"), OutputFormat::kJson);
  EXPECT_FALSE(ParseOutputFormat("xml").has_value());
  EXPECT_EQ(Render(a, OutputFormat::kText), "Body.");
  EXPECT_EQ(Render(a, OutputFormat::kMarkdown), "# H\n\nBody.");
  EXPECT_EQ(Render(a, OutputFormat::kJson), ToJson(a));
  EXPECT_EQ(Render(a, OutputFormat::kJson, true), ToJson(a, true));
}

TEST(ToJson, ConfidenceIsRoundedAndClamped) {
  Article a;
  a.confidence = 0.8765;
  EXPECT_EQ(json::parse(ToJson(a))["confidence"], 0.88);
  a.confidence = 3;
  EXPECT_EQ(json::parse(ToJson(a))["confidence"], 1.0);
}

}  // namespace
}  // namespace pith
