#include "clean/text_frame.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/html_parse.h"

namespace pith {
namespace {

const char kPara[] = "The council voted on Tuesday to approve the new budget, which includes funding for "
                     "schools, roads and the library, after a debate that lasted four hours.";

struct Parsed {
  Document doc;
  std::vector<BlockStats> stats;
};

Parsed Parse(const std::string& html) {
  Parsed p{ParseHtml(html), {}};
  for (const Block& b : p.doc.blocks) p.stats.push_back(MeasureBlock(b));
  return p;
}

std::int32_t ElementWithClass(const Document& doc, std::string_view cls) {
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    if (doc.elements[e].cls == cls) return static_cast<std::int32_t>(e);
  }
  return -1;
}

TEST(TextFrameClasses, FromTheRootDownToTheTextColumn) {
  const std::string p = std::string("<p>") + kPara + "</p>";
  const Parsed parsed = Parse("<body><div class=\"wrap\"><div class=\"box widget\"><div class=\"inner\">" + p + p +
                              "</div></div><div class=\"box widget\"><h3>Short</h3></div>"
                              "<div class=\"aside\"><span>Read more</span></div></div></body>");
  const auto classes = TextFrameClasses(parsed.doc, parsed.stats, ElementWithClass(parsed.doc, "wrap"), ElementWithClass(parsed.doc, "wrap"));
  EXPECT_EQ(classes.size(), 3U);
  EXPECT_TRUE(classes.count("wrap"));
  EXPECT_TRUE(classes.count("box widget"));
  EXPECT_TRUE(classes.count("inner"));
  EXPECT_FALSE(classes.count("aside"));
}

TEST(TextFrameClasses, TheColumnHoldsTheMostText) {
  const std::string p = std::string("<p>") + kPara + "</p>";
  const Parsed parsed = Parse("<body><div class=\"root\"><div class=\"note\">" + p + "</div><div class=\"text\">" + p +
                              p + "</div></div></body>");
  const auto classes = TextFrameClasses(parsed.doc, parsed.stats, ElementWithClass(parsed.doc, "root"), ElementWithClass(parsed.doc, "root"));
  EXPECT_TRUE(classes.count("text"));
  EXPECT_FALSE(classes.count("note"));
}

TEST(TextFrameClasses, NoRunningTextNoClasses) {
  const Parsed parsed = Parse("<body><div class=\"root\"><ul class=\"menu\"><li>Home</li><li>News</li></ul></div></body>");
  EXPECT_TRUE(TextFrameClasses(parsed.doc, parsed.stats, ElementWithClass(parsed.doc, "root"), ElementWithClass(parsed.doc, "root")).empty());
}

}  // namespace
}  // namespace pith
