#include "clean/repeated_copy.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kPara3[] =
    "The mayor said the library would open on Sundays from the spring, and that the road repairs "
    "would start in the north of the city, where the potholes are worst.";
const char kPara4[] =
    "A second vote, on the parking fees, was put off until next month, after residents asked for "
    "more time to read the proposal and to send in their comments.";
const char kPara5[] =
    "Officials expect the new fees to bring in about two million a year, most of it from the garages "
    "near the station, which are full on weekdays and half empty at weekends. Shop owners fear that "
    "fewer people will drive into the centre, and asked for an hour free on Saturdays.";
const char kPara6[] =
    "The budget now goes to the state, which has thirty days to check it against the rules on debt, "
    "before the first payments reach the schools in the autumn. Until then the city spends what it "
    "spent last year, month by month, and starts no new building work.";

// FindArticle runs DropRepeatedCopy.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

// The text as a page builder prints it in one box: a heading, paragraphs.
std::string Copy(const char* hidden_class) {
  return std::string("<div class=\"") + hidden_class + "\"><h2>What the budget pays for</h2><p>" + kPara1 +
         "</p><p>" + kPara2 + "</p><p>" + kPara3 + "</p><h3>What comes next</h3><p>" + kPara4 + "</p><p>" +
         kPara5 + "</p><p>" + kPara6 + "</p></div>";
}

const Strings kOneCopy = {"What the budget pays for", kPara1, kPara2, kPara3, "What comes next", kPara4,
                          kPara5, kPara6};

TEST(DropRepeatedCopy, SecondAndThirdCopiesLeave) {
  EXPECT_EQ(Body("<body><article>" + Copy("wide") + Copy("narrow") + "</article></body>"), kOneCopy);
  EXPECT_EQ(Body("<body><article>" + Copy("wide") + Copy("mid") + Copy("narrow") + "</article></body>"), kOneCopy);
}

TEST(DropRepeatedCopy, ShortRepeatsStay) {
  // A legend printed under two tables, as the page means it.
  const std::string legend = "<ul><li>s = slow pace</li><li>m = medium pace</li><li>f = fast pace</li></ul>";
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p>" + legend + "<p>" + kPara2 + "</p>" +
                           legend + "<p>" + kPara3 + "</p></article></body>";
  EXPECT_EQ(Body(page).size(), 9u);
}

TEST(DropRepeatedCopy, RepeatedCodeStays) {
  std::string code;
  for (int i = 0; i < 8; ++i) {
    code += "<pre>    state: present and correct, as the playbook asks of every task here</pre>";
  }
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p>" + code + "<p>" + kPara2 + "</p>" +
                           code + "<p>" + kPara3 + "</p></article></body>";
  EXPECT_EQ(Body(page).size(), 19u);
}

TEST(DropRepeatedCopy, ParagraphsPrintedAgainAndAgainStay) {
  std::string page = "<body><article>";
  for (int i = 0; i < 10; ++i) page += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  EXPECT_EQ(Body(page + "</article></body>").size(), 20u);
}

TEST(DropRepeatedCopy, OneLineRepeatedThousandsOfTimesStaysLinear) {
  std::string page = "<body><article>";
  for (int i = 0; i < 5000; ++i) page += "<p>Read more</p>";
  page += std::string("<p>") + kPara1 + "</p></article></body>";
  EXPECT_FALSE(Body(page).empty());
}

}  // namespace
}  // namespace pith
