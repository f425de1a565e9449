#include "clean/summary_box.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kList[] = "<ul><li>The council approved the budget after four hours.</li>"
                     "<li>Schools, roads and the library get more money this year.</li>"
                     "<li>Critics say taxes will rise and services will be cut.</li></ul>";

// FindArticle ends with DropSummaryBox.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

std::string Page(const std::string& before) {
  return "<body><article>" + before + "<p>" + kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara1 +
         "</p></article></body>";
}

TEST(DropSummaryBox, TitledListBeforeTheText) {
  EXPECT_EQ(Body(Page(std::string("<div class=\"box\"><span>Written with AI, checked by the desk.</span>"
                                  "<h3>In brief</h3>") + kList + "</div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropSummaryBox, UntitledListStays) {
  EXPECT_EQ(Body(Page(std::string("<div class=\"box\">") + kList + "</div>")).size(), 6u);
}

TEST(DropSummaryBox, ListAfterTheFirstParagraphStays) {
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p><div class=\"box\"><h3>In brief</h3>" +
                           kList + "</div><p>" + kPara2 + "</p><p>" + kPara1 + "</p></article></body>";
  EXPECT_EQ(Body(page).size(), 7u);
}

// A lead set in a box of its own before the text is the body's first
// paragraph, but the text starts after it: a titled list between them is
// still the summary before the text.
TEST(DropSummaryBox, ListAfterALeadBoxGoes) {
  const std::string lead = "The council will open a new library branch in the old post office next spring, it said.";
  const std::string page = "<body><div class=\"page\"><div class=\"article-intro\"><p>" + lead +
                           "</p></div><article><div class=\"box\"><h3>In brief</h3>" + kList + "</div><p>" + kPara1 +
                           "</p><p>" + kPara2 + "</p><p>" + kPara1 + "</p></article></div></body>";
  EXPECT_EQ(Body(page), (Strings{lead, kPara1, kPara2, kPara1}));
}

}  // namespace
}  // namespace pith
