#include "clean/quantity_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;

// FindArticle ends with DropSummaryBox and TakeBackQuantityLists.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

bool Has(const Strings& body, const std::string& line) { return std::find(body.begin(), body.end(), line) != body.end(); }

const char kIngredients[] = "<h2>Zutaten</h2><ul><li>500 g frische Spätzle</li><li>2 Zwiebeln</li>"
                            "<li>200 g Bergkäse, gerieben</li><li>½ Bund Schnittlauch</li></ul>";

std::string Steps() {
  return std::string("<div class=\"steps\"><p>") + kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara1 + "</p></div>";
}

TEST(TakeBackQuantityLists, IngredientsBoxBesideTheSteps) {
  const Strings body = Body(std::string("<body><div class=\"nav\"><a href=\"/\">Home</a></div><article>"
                                        "<div class=\"ingredients\">") +
                            kIngredients + "</div>" + Steps() + "</article></body>");
  EXPECT_TRUE(Has(body, "Zutaten"));
  EXPECT_TRUE(Has(body, "500 g frische Spätzle"));
  EXPECT_TRUE(Has(body, "½ Bund Schnittlauch"));
  EXPECT_TRUE(Has(body, kPara2));
}

TEST(TakeBackQuantityLists, AListOfWordsStaysOut) {
  const Strings body = Body(std::string("<body><article><div class=\"box\"><h2>Tags</h2><ul><li>Käse</li>"
                                        "<li>Vegetarisch</li><li>Schnell</li></ul></div>") +
                            Steps() + "</article></body>");
  EXPECT_FALSE(Has(body, "Vegetarisch"));
}

TEST(TakeBackQuantityLists, ChromeListStaysOut) {
  const Strings body = Body(std::string("<body><article><nav><ul><li>1 Startseite</li><li>2 Rezepte</li>"
                                        "<li>3 Kontakt</li></ul></nav>") +
                            Steps() + "</article></body>");
  EXPECT_FALSE(Has(body, "2 Rezepte"));
}

TEST(DropSummaryBox, IngredientsBeforeTheStepsStay) {
  const Strings body = Body(std::string("<body><article><div class=\"box\">") + kIngredients + "</div><p>" + kPara1 +
                            "</p><p>" + kPara2 + "</p></article></body>");
  EXPECT_TRUE(Has(body, "200 g Bergkäse, gerieben"));
}

TEST(IsQuantityList, AmountsTheMostItemsOpenWith) {
  const Document doc = ParseHtml("<body><ul><li>3 Eier</li><li>100 g Mehl</li><li>1 Prise Salz</li><li>Pfeffer</li></ul>"
                                       "<ul><li>Eier</li><li>Mehl</li><li>3 Prisen Salz</li></ul>"
                                       "<ul><li>12 May 2016</li><li>941</li><li>17</li><li>Share</li></ul></body>");
  std::vector<BlockStats> stats;
  for (const Block& b : doc.blocks) stats.push_back(MeasureBlock(b));
  std::vector<std::int32_t> lists;
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    if (doc.elements[e].tag == Tag::kUl) lists.push_back(static_cast<std::int32_t>(e));
  }
  ASSERT_EQ(lists.size(), 3u);
  EXPECT_TRUE(IsQuantityList(doc, stats, lists[0]));
  EXPECT_FALSE(IsQuantityList(doc, stats, lists[1]));
  EXPECT_FALSE(IsQuantityList(doc, stats, lists[2]));  // bare figures name nothing
}

}  // namespace
}  // namespace pith
