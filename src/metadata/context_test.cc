#include "metadata/context.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/authors.h"

namespace pith {
namespace {

TEST(MetadataContext, BylinePrefixedAnswersAsStartsWithBylinePrefixForEachBlock) {
  Document doc;
  doc.format = SourceFormat::kHtml;
  for (const char* text : {"By Jane Roe", "Jane Roe", "March 3, 2024 By Jane Roe", "Standing by the river"}) {
    Block b;
    b.text = text;
    doc.blocks.push_back(b);
  }
  Selection sel;
  sel.verdicts.resize(doc.blocks.size());
  const Options options;
  Article article;
  const MetadataContext ctx(doc, options, sel, article, nullptr);
  // Asked twice, in an order other than the blocks': each block keeps its own answer.
  for (int round = 0; round < 2; ++round) {
    for (const std::int32_t i : {3, 1, 0, 2}) {
      const auto u = static_cast<std::size_t>(i);
      EXPECT_EQ(ctx.BylinePrefixed(i), StartsWithBylinePrefix(doc.blocks[u].text)) << doc.blocks[u].text;
    }
  }
  EXPECT_TRUE(ctx.BylinePrefixed(0));
  EXPECT_FALSE(ctx.BylinePrefixed(1));
  EXPECT_TRUE(ctx.BylinePrefixed(2));
  EXPECT_FALSE(ctx.BylinePrefixed(3));
}

// A text copy of twelve lines whose body run holds lines 1 to `body_end`;
// line 9, right under the date line the tests set at 8, prints `names`.
struct TextCopy {
  Document doc;
  Selection sel;
  Options options;
  Article article;
  TextCopy(std::int32_t body_end, const std::string& names) {
    doc.format = SourceFormat::kText;
    for (int i = 0; i < 12; ++i) {
      Block b;
      b.text = i == 9 ? names : "Line " + std::to_string(i);
      doc.blocks.push_back(b);
    }
    sel.verdicts.resize(doc.blocks.size());
    for (std::int32_t i = 1; i <= body_end; ++i) sel.verdicts[static_cast<std::size_t>(i)].role = Role::kBody;
  }
};

TEST(MetadataContext, DateLineInsideTheRunBringsItsNeighboursIntoTheHeaderZone) {
  TextCopy copy(10, "Jane Roe");
  MetadataContext ctx(copy.doc, copy.options, copy.sel, copy.article, nullptr);
  EXPECT_EQ(ctx.Zone().second, 4);  // three lines into the run
  ctx.date_block = 8;
  EXPECT_TRUE(ctx.DateLineMarksHeader(ctx.Zone().first));
  EXPECT_EQ(ctx.Zone().second, 10);  // the line after the date line
}

TEST(MetadataContext, DateLineAfterTheRunCountsOnlyBesideALabelledByline) {
  TextCopy unlabelled(6, "On Sale Now");
  MetadataContext ctx(unlabelled.doc, unlabelled.options, unlabelled.sel, unlabelled.article, nullptr);
  ctx.date_block = 8;
  EXPECT_FALSE(ctx.DateLineMarksHeader(ctx.Zone().first));
  EXPECT_EQ(ctx.Zone().second, 4);
  TextCopy labelled(6, "By Jane Roe");
  MetadataContext facts(labelled.doc, labelled.options, labelled.sel, labelled.article, nullptr);
  facts.date_block = 8;
  EXPECT_TRUE(facts.DateLineMarksHeader(facts.Zone().first));
  EXPECT_EQ(facts.Zone().second, 10);
  // The next card of a list of other posts, dated and signed, is no label.
  TextCopy cards(6, "March 2, 2025 By John Doe");
  MetadataContext list(cards.doc, cards.options, cards.sel, cards.article, nullptr);
  list.date_block = 8;
  EXPECT_FALSE(list.DateLineMarksHeader(list.Zone().first));
}

TEST(MetadataContext, HtmlHeaderZoneIgnoresTheDateLine) {
  TextCopy copy(10, "Jane Roe");
  copy.doc.format = SourceFormat::kHtml;
  MetadataContext ctx(copy.doc, copy.options, copy.sel, copy.article, nullptr);
  ctx.date_block = 8;
  EXPECT_FALSE(ctx.DateLineMarksHeader(0));
}

}  // namespace
}  // namespace pith
