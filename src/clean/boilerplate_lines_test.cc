#include "clean/boilerplate_lines.h"

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
const char kAffiliate[] = "This post contains affiliate links: if you buy through them, we may earn a commission.";

Strings Body(const std::string& html) {
  Document d = ParseHtml(html);
  MarkElements(d);
  const Selection sel = FindArticle(d);  // ends with DropBoilerplateLines
  Strings out;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (sel.IsBody(i)) out.push_back(d.blocks[i].text);
  }
  return out;
}

// Paragraphs of the article around `middle`, with `first` and `last` at its edges.
std::string Page(const std::string& first, const std::string& middle, const std::string& last) {
  std::string html = "<body><article><p>" + first + "</p>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  html += "<p>" + middle + "</p>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara2 + "</p><p>" + kPara1 + "</p>";
  return html + "<p>" + last + "</p></article></body>";
}

bool Has(const Strings& body, const std::string& text) {
  for (const std::string& s : body) {
    if (s == text) return true;
  }
  return false;
}

TEST(DropBoilerplateLines, AffiliateNoteAtTheStart) {
  EXPECT_FALSE(Has(Body(Page(kAffiliate, kPara1, kPara2)), kAffiliate));
}

TEST(DropBoilerplateLines, AffiliateWordsInTheMiddleStay) {
  EXPECT_TRUE(Has(Body(Page(kPara1, kAffiliate, kPara2)), kAffiliate));
}

TEST(DropBoilerplateLines, CopyrightLineAtTheEndStays) {
  const std::string line = "Copyright 2019 Harbour News. All rights reserved.";
  EXPECT_TRUE(Has(Body(Page(kPara1, kPara2, line)), line));
}

}  // namespace
}  // namespace pith
