// What the clean stage's tests share: sample paragraphs of running text and
// the body FindArticle leaves of a page.
#ifndef PITH_CLEAN_CLEAN_TEST_SUPPORT_H_
#define PITH_CLEAN_CLEAN_TEST_SUPPORT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "parse/html_parse.h"

namespace pith::test {

// Two paragraphs of a news story: long enough, with commas, to score as prose.
inline constexpr char kCouncilParagraph1[] =
    "The council voted on Tuesday to approve the new budget, which includes funding for "
    "schools, roads and the library, after a debate that lasted four hours.";
inline constexpr char kCouncilParagraph2[] =
    "Supporters said the plan was overdue, while critics argued that it would raise taxes, "
    "cut services and leave the city with less money for emergencies.";

// The text of every block FindArticle keeps in the body, in page order.
inline std::vector<std::string> BodyTexts(Document d) {
  MarkElements(d);
  const Selection sel = FindArticle(d);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (sel.IsBody(i)) out.push_back(d.blocks[i].text);
  }
  return out;
}

inline std::vector<std::string> HtmlBodyTexts(const std::string& html) { return BodyTexts(ParseHtml(html)); }

}  // namespace pith::test

#endif  // PITH_CLEAN_CLEAN_TEST_SUPPORT_H_
