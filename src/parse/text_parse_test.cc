#include "parse/text_parse.h"

#include <gtest/gtest.h>

#include <string>

#include "parse/thresholds.h"

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

TEST(ParseText, IndentationIsKept) {
  const Document d = ParseText("type Loaf {\n  name: String!\n\tbaked: Date\n}");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].indent, 0);
  EXPECT_EQ(d.blocks[1].indent, 2);
  EXPECT_EQ(d.blocks[1].text, "name: String!");
  EXPECT_EQ(d.blocks[2].indent, 4);  // a tab
}

TEST(ParseText, OldMacLineEndsAndNoFinalNewline) {
  const Document d = ParseText("one\rtwo");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[1].text, "two");
}

TEST(ParseText, EmptyTextHasNoBlocks) { EXPECT_TRUE(ParseText("\n \n").blocks.empty()); }

// A paragraph wrapped at 60 columns, as a "save as text" may write it.
const char kWrapped[] =
    "Home\nNews\nSport\n\n"
    "The council voted on Tuesday to approve the new budget, which\n"
    "includes funding for schools, roads and the library, after a\n"
    "debate that lasted four hours and ended late in the evening.\n\n"
    "Supporters said the plan was overdue, while critics argued\n"
    "that it would raise taxes, cut services and leave the city\n"
    "with less money for emergencies in the coming winter months.\n\n"
    "The mayor proposed the budget in March. She expects the first\n"
    "projects to begin in the autumn.\n"
    "* Schools get new roofs and heating before the winter starts\n"
    "* Roads in the north of the city are resurfaced next summer\n\n"
    "Opposition members said they would keep pressing for a full\n"
    "review of the spending, and for the accounts to be published.\n";

TEST(ParseText, HardWrappedParagraphsAreJoined) {
  const Document d = ParseText(kWrapped);
  ASSERT_EQ(d.blocks.size(), 9u);
  EXPECT_EQ(d.blocks[3].text,
            "The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
            "the library, after a debate that lasted four hours and ended late in the evening.");
  // A short line ends its paragraph; list items start their own block.
  EXPECT_EQ(d.blocks[5].text, "The mayor proposed the budget in March. She expects the first projects to begin in "
                              "the autumn.");
  EXPECT_EQ(d.blocks[6].text, "* Schools get new roofs and heating before the winter starts");
  EXPECT_EQ(d.blocks[0].text, "Home");
}

TEST(ParseText, AWideHeadingSetsNoWrapWidth) {
  // A heading of one line set wider than the paragraphs were wrapped, as
  // "lynx -dump" prints it: the paragraphs' width joins them.
  const Document d = ParseText(
      "Budget passes after a long debate: what the city will spend its money on\n\n" + std::string(kWrapped));
  EXPECT_EQ(d.blocks[4].text,
            "The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
            "the library, after a debate that lasted four hours and ended late in the evening.");
}

TEST(ParseText, LinesOfUnwrappedCopiesStayApart) {
  // Long paragraphs on one line each: no width the lines were cut at.
  std::string text;
  for (int i = 0; i < 12; ++i) {
    text += "Line " + std::to_string(i) + " of a copy whose paragraphs run to the end of their block, " +
            std::string(static_cast<std::size_t>(i * 17), 'x') + "\n";
  }
  EXPECT_EQ(ParseText(text).blocks.size(), 12u);
}

TEST(ParseText, LinesPastTheBudgetBecomeOneLastLine) {
  std::string text;
  const std::size_t lines = 2 * kMaxTextLines;
  for (std::size_t i = 0; i < lines; ++i) text += "a\n";
  const std::size_t kept = kMaxTextLines + text.size() / kTextBytesPerLine;
  ASSERT_LT(kept, lines);
  const Document d = ParseText(text);
  ASSERT_EQ(d.blocks.size(), kept);
  EXPECT_EQ(d.blocks[kept - 2].text, "a");
  std::string rest;
  for (std::size_t i = kept - 1; i < lines; ++i) rest += rest.empty() ? "a" : " a";
  EXPECT_EQ(d.blocks.back().text, rest);
}

TEST(ParseText, BlocksAndElementsTakeTheirRoomOnce) {
  // A copy of many short lines is mostly these records: no room to spare.
  std::string text = "Headline\n\n";
  for (int i = 0; i < 3000; ++i) text += (i % 3 == 2) ? "Line " + std::to_string(i) + "\n\n" : "Line\r\n";
  const Document d = ParseText(text);
  EXPECT_EQ(d.blocks.size(), 3001u);
  EXPECT_EQ(d.blocks.capacity(), d.blocks.size());
  EXPECT_EQ(d.elements.size(), 2u + 1001u + 3001u);  // root, body, a box per group, one per line
  EXPECT_EQ(d.elements.capacity(), d.elements.size());
}

}  // namespace
}  // namespace pith
