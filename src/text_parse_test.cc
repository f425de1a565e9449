#include "text_parse.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

TEST(ParseText, LinesBecomeBlocksAndBlankLinesSeparateGroups) {
  const Document d = ParseText("Headline\r\n\r\nBy Jane Doe\r\n22 Feb 2016\n\n\n  First   paragraph.  \n");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.format, SourceFormat::kText);
  EXPECT_EQ(d.blocks[0].text, "Headline");
  EXPECT_EQ(d.blocks[3].text, "First paragraph.");
  EXPECT_EQ(d.blocks[0].group, 0);
  EXPECT_EQ(d.blocks[1].group, 1);
  EXPECT_EQ(d.blocks[2].group, 1);
  EXPECT_EQ(d.blocks[3].group, 2);
  // Lines of one group share their <div>.
  EXPECT_EQ(d.elements[static_cast<std::size_t>(d.blocks[1].element)].parent,
            d.elements[static_cast<std::size_t>(d.blocks[2].element)].parent);
  EXPECT_NE(d.elements[static_cast<std::size_t>(d.blocks[0].element)].parent,
            d.elements[static_cast<std::size_t>(d.blocks[1].element)].parent);
}

TEST(ParseText, OldMacLineEndsAndNoFinalNewline) {
  const Document d = ParseText("one\rtwo");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[1].text, "two");
}

TEST(ParseText, EmptyTextHasNoBlocks) { EXPECT_TRUE(ParseText("\n \n").blocks.empty()); }

}  // namespace
}  // namespace pith
