#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "emit/markdown_inline.h"
#include "pith/pith.h"

namespace pith {
namespace {

TextSpan Link(std::size_t begin, std::size_t end, std::string url) {
  return {TextSpan::Kind::kLink, begin, end, std::move(url)};
}
TextSpan Strong(std::size_t begin, std::size_t end) { return {TextSpan::Kind::kStrong, begin, end, {}}; }
TextSpan Em(std::size_t begin, std::size_t end) { return {TextSpan::Kind::kEmphasis, begin, end, {}}; }

std::string Render(std::string_view text, const std::vector<TextSpan>& spans, InlineStyle style = {}) {
  return RenderInline(text, 0, text.size(), spans, style);
}

TEST(RenderInline, LinksStrongAndEmphasis) {
  EXPECT_EQ(Render("Read the report today.", {Link(9, 21, "https://a.example/r")}),
            "Read the [report today](https://a.example/r).");
  EXPECT_EQ(Render("a bold word", {Strong(2, 6)}), "a **bold** word");
  EXPECT_EQ(Render("an odd one", {Em(3, 6)}), "an _odd_ one");
  // Nested: emphasis in a link, a link in strong words.
  EXPECT_EQ(Render("see this page", {Link(4, 13, "https://x.example/"), Em(4, 8)}),
            "see [_this_ page](https://x.example/)");
  EXPECT_EQ(Render("bold link here", {Strong(0, 14), Link(5, 9, "https://x.example/")}),
            "**bold [link](https://x.example/) here**");
}

TEST(RenderInline, StyleLeavesOutLinksOrEmphasis) {
  const std::vector<TextSpan> spans = {Link(0, 4, "https://x.example/"), Strong(5, 9)};
  EXPECT_EQ(Render("link bold", spans, {false, true, true}), "link **bold**");
  EXPECT_EQ(Render("link bold", spans, {true, false, true}), "[link](https://x.example/) bold");
  // A link without an address (not http(s)) is its text.
  EXPECT_EQ(Render("link", {Link(0, 4, "")}), "link");
}

TEST(RenderInline, EmphasisOnlyWhereMarkdownReadsIt) {
  // Inside a word "_" is not emphasis: "*" is.
  EXPECT_EQ(Render("unbelievable", {Em(2, 8)}), "un*believ*able");
  // Punctuation inside the delimiter against a letter outside: neither.
  EXPECT_EQ(Render("x(y)z", {Strong(1, 4)}), "x(y)z");
  EXPECT_EQ(Render("say \"hi\" now", {Em(4, 8)}), "say _\"hi\"_ now");
  // The same emphasis twice adds nothing; overlapping spans are left out.
  EXPECT_EQ(Render("very bold", {Strong(0, 9), Strong(5, 9)}), "**very bold**");
  EXPECT_EQ(Render("abcdef", {Strong(0, 4), Em(2, 6)}), "**abcd**ef");
}

TEST(RenderInline, BracketsInLinkTextAndAddressesAreEscaped) {
  EXPECT_EQ(Render("[1] note", {Link(0, 8, "https://x.example/a b(c)")}),
            "[\\[1\\] note](https://x.example/a%20b%28c%29)");
  EXPECT_EQ(Render("[1] outside", {}), "[1] outside");
}

TEST(RenderInline, LineStartsEscapedUnderTheMarkers) {
  EXPECT_EQ(Render("# not a heading\n- not an item", {}), "\\# not a heading\n\\- not an item");
  EXPECT_EQ(Render("1. first", {Strong(0, 8)}), "**1\\. first**");
  EXPECT_EQ(Render("# in a link", {Link(0, 11, "https://x.example/")}), "[\\# in a link](https://x.example/)");
  EXPECT_EQ(Render("# kept", {}, {true, true, false}), "# kept");
}

TEST(RenderInline, SpansOutsideTheRangeOrTextAreIgnored) {
  EXPECT_EQ(RenderInline("a | b", 4, 5, {Strong(0, 1), Strong(4, 5)}, {}), "**b**");
  EXPECT_EQ(Render("short", {Strong(2, 40), Link(3, 3, "https://x.example/")}), "short");
}

TEST(ItalicLine, EscapesItsDelimiter) {
  EXPECT_EQ(ItalicLine(" A *star* \n turn "), "*A \\*star\\* turn*");
  EXPECT_EQ(ItalicLine("ends in \\"), "*ends in \\\\*");
  EXPECT_EQ(ItalicLine("  "), "");
}

TEST(YamlString, QuotesAndEscapesAnyText) {
  EXPECT_EQ(YamlString("plain"), "\"plain\"");
  EXPECT_EQ(YamlString("say \"no\": \\ yes"), "\"say \\\"no\\\": \\\\ yes\"");
  EXPECT_EQ(YamlString("a\nb\tc\x01"), "\"a\\nb\\tc\\x01\"");
  EXPECT_EQ(YamlString("caf\xC3\xA9 \xE2\x80\xA8"), "\"caf\xC3\xA9 \\L\"");
  EXPECT_EQ(YamlString("- [x]: #y"), "\"- [x]: #y\"");
}

TEST(FrontMatter, EveryKeyInOrderNullWhenUnknown) {
  Article a;
  a.headline = "A \"quoted\" title";
  a.authors = {"Jane Roe", "John Doe"};
  a.date = "2016-02-22";
  a.url = "https://x.example/a";
  a.tags = {"Ferries"};
  a.paywalled = false;
  EXPECT_EQ(FrontMatter(a),
            "---\ntitle: \"A \\\"quoted\\\" title\"\ndescription: null\nauthors:\n  - \"Jane Roe\"\n  - \"John Doe\"\n"
            "date: \"2016-02-22\"\nmodified: null\nurl: \"https://x.example/a\"\nsite_name: null\nlanguage: null\n"
            "image: null\nsection: null\ntags:\n  - \"Ferries\"\npaywalled: false\ncomments: []\n---\n");
  EXPECT_EQ(FrontMatter(Article{}),
            "---\ntitle: null\ndescription: null\nauthors: []\ndate: null\nmodified: null\nurl: null\n"
            "site_name: null\nlanguage: null\nimage: null\nsection: null\ntags: []\npaywalled: null\n"
            "comments: []\n---\n");
}

TEST(FrontMatter, CommentsAsAList) {
  Article a;
  a.comments = {Comment{.author = "Ana", .date = "2021-03-12T10:00:00Z", .text = "Good \"news\"."},
                Comment{.author = std::nullopt, .date = std::nullopt, .text = "Agreed."}};
  const std::string fm = FrontMatter(a);
  EXPECT_NE(fm.find("comments:\n  - author: \"Ana\"\n    date: \"2021-03-12T10:00:00Z\"\n"
                    "    text: \"Good \\\"news\\\".\"\n  - author: null\n    date: null\n    text: \"Agreed.\"\n---\n"),
            std::string::npos)
      << fm;
}

Article WithBlocks(std::vector<BodyBlock> blocks) {
  Article a;
  a.blocks = std::move(blocks);
  return a;
}

BodyBlock Paragraph(std::string text, std::vector<TextSpan> spans = {}) {
  BodyBlock b;
  b.text = std::move(text);
  b.spans = std::move(spans);
  return b;
}

BodyBlock Picture(std::string url, std::string alt, std::string caption) {
  BodyBlock b;
  b.kind = BodyBlock::Kind::kImage;
  b.url = std::move(url);
  b.alt = std::move(alt);
  b.caption = std::move(caption);
  return b;
}

TEST(ToMarkdown, ImagesWithTheirCaptionAndOptions) {
  const Article a = WithBlocks({Paragraph("Before.", {Em(0, 6)}), Picture("https://x.example/i.jpg", "A [cat]", "A cat. (AP)"),
                                Paragraph("After a link.", {Link(8, 12, "https://x.example/l")})});
  EXPECT_EQ(ToMarkdown(a), "_Before_.\n\n![A \\[cat\\]](https://x.example/i.jpg)\n*A cat. (AP)*\n\n"
                           "After a [link](https://x.example/l).");
  MarkdownOptions plain;
  plain.links = false;
  plain.images = false;
  EXPECT_EQ(ToMarkdown(a, plain), "_Before_.\n\nAfter a link.");
}

TEST(ToMarkdown, StandfirstUnderTheHeadlineUnlessTheBodyOpensWithIt) {
  Article a = WithBlocks({Paragraph("The body starts here and goes on.")});
  a.body = "The body starts here and goes on.";
  a.headline = "Title";
  a.description = "A standfirst.";
  a.date = "2016-02-22";
  EXPECT_EQ(ToMarkdown(a), "# Title\n\n*A standfirst.*\n\n2016-02-22\n\nThe body starts here and goes on.");
  a.description = "The body starts here\xE2\x80\xA6";
  EXPECT_EQ(ToMarkdown(a), "# Title\n\n2016-02-22\n\nThe body starts here and goes on.");
  a.body = "First.\n\nThe body starts here and goes on.";
  a.description = "starts here and goes on";
  EXPECT_EQ(ToMarkdown(a).find("*starts"), std::string::npos);
  a.description = std::string(500, 'x');
  EXPECT_EQ(ToMarkdown(a).find("xxx"), std::string::npos);
}

TEST(ToMarkdown, FrontMatterFirst) {
  Article a = WithBlocks({Paragraph("Body.")});
  a.headline = "T";
  MarkdownOptions options;
  options.front_matter = true;
  EXPECT_EQ(ToMarkdown(a, options), FrontMatter(a) + "\n# T\n\nBody.");
  EXPECT_EQ(ToMarkdown(a, options).rfind("---\ntitle: \"T\"\n", 0), 0u);
}

// A row of the page's first table, its text the cells joined as the parse
// stage joins them.
BodyBlock TableRow(std::vector<std::string> cells) {
  BodyBlock b;
  b.kind = BodyBlock::Kind::kTableRow;
  b.group = 1;
  for (const std::string& c : cells) b.text += (b.text.empty() ? "" : " | ") + c;
  b.cells = std::move(cells);
  return b;
}

TEST(ToMarkdown, TableCellsKeepTheirLinksAndAFooterRowIsABodyRow) {
  const BodyBlock head = TableRow({"Name", "Votes"});
  BodyBlock row = TableRow({"Roe", "10"});
  row.spans = {Link(0, 3, "https://x.example/roe")};
  BodyBlock foot = TableRow({"Total", "10"});
  foot.footer = true;
  // A <tfoot> written before the rows is still written after them.
  EXPECT_EQ(ToMarkdown(WithBlocks({head, foot, row})),
            "| Name | Votes |\n| --- | --- |\n| [Roe](https://x.example/roe) | 10 |\n| Total | 10 |");
}

TEST(ToMarkdown, EachCellKeepsItsOwnEmphasisButNoneAcrossCells) {
  const BodyBlock head = TableRow({"Ward", "Result"});
  BodyBlock row = TableRow({"North", "won", "lost"});
  // Emphasis in the second and third cells, and one that runs across two.
  row.spans = {Strong(8, 11), Em(14, 18), Strong(0, 11)};
  EXPECT_EQ(ToMarkdown(WithBlocks({head, row})),
            "| Ward | Result |\n| --- | --- |\n| North | **won** | _lost_ |");
}

TEST(ToMarkdown, HeadingsKeepLinksButNotEmphasis) {
  BodyBlock h = Paragraph("A linked heading", {Strong(0, 16), Link(2, 8, "https://x.example/")});
  h.kind = BodyBlock::Kind::kHeading;
  h.level = 2;
  EXPECT_EQ(ToMarkdown(WithBlocks({h})), "## A [linked](https://x.example/) heading");
}

TEST(ToMarkdown, AnItemsTypedNumberIsItsMarkerNotASecondOne) {
  auto item = [](std::string text) {
    BodyBlock b = Paragraph(std::move(text));
    b.kind = BodyBlock::Kind::kListItem;
    b.ordered = true;
    b.group = 1;
    return b;
  };
  EXPECT_EQ(ToMarkdown(WithBlocks({item("1. Cut the stems."), item("2. Put them in water."), item("Wait a day.")})),
            "1. Cut the stems.\n2. Put them in water.\n3. Wait a day.");
  EXPECT_EQ(ToMarkdown(WithBlocks({item("4) Fourth step."), item("1.5 million seeds.")})),
            "4. Fourth step.\n5. 1.5 million seeds.");
  // A number alone is the item's text, not its marker.
  EXPECT_EQ(ToMarkdown(WithBlocks({item("1.")})), "1. 1\\.");
}

}  // namespace
}  // namespace pith
