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

}  // namespace
}  // namespace pith
