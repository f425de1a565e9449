#include "clean/summary_box.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/html_parse.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

const char kPara1[] = "The council voted on Tuesday to approve the new budget, which includes funding for "
                      "schools, roads and the library, after a debate that lasted four hours.";
const char kPara2[] = "Supporters said the plan was overdue, while critics argued that it would raise taxes, "
                      "cut services and leave the city with less money for emergencies.";
const char kList[] = "<ul><li>The council approved the budget after four hours.</li>"
                     "<li>Schools, roads and the library get more money this year.</li>"
                     "<li>Critics say taxes will rise and services will be cut.</li></ul>";

Strings Body(const std::string& html) {
  Document d = ParseHtml(html);
  MarkElements(d);
  const Selection sel = FindArticle(d);  // ends with DropSummaryBox
  Strings out;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (sel.IsBody(i)) out.push_back(d.blocks[i].text);
  }
  return out;
}

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

}  // namespace
}  // namespace pith
