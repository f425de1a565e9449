#include "clean/text_pull_quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/text_parse.h"

namespace pith {
namespace {

std::vector<bool> Mark(const std::string& text) {
  const Document doc = ParseText(text);
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  const std::vector<bool> decided(doc.blocks.size(), false);
  return MarkTextPullQuotes(doc, lines, decided, 0, static_cast<std::int64_t>(doc.blocks.size()) - 1);
}

TEST(CreditedName, NameBeforeTheRoleOrAfterADash) {
  EXPECT_EQ(CreditedName("Mara Lindqvist, harbour master of Vesterby", false), "Mara Lindqvist");
  EXPECT_EQ(CreditedName("\u2014  Advocate Tomas Berle", false), "Advocate Tomas Berle");
  EXPECT_EQ(CreditedName("Tomas Berle", false), "");
  EXPECT_EQ(CreditedName("Tomas Berle", true), "Tomas Berle");
  // A subhead or a lowercase phrase before a comma names no one.
  EXPECT_EQ(CreditedName("Prices, taxes and fees", false), "");
  EXPECT_EQ(CreditedName("Rising costs", true), "");
}

const char kArticle[] =
    "The harbour of Vesterby will close its old quay next spring, the council decided on Tuesday after a long debate.\n\n"
    "Harbour master Mara Lindqvist said the quay had served the town for more than a century and would be missed.\n\n"
    "We cannot keep patching a wall that the sea takes back every winter.\n\n"
    "Mara Lindqvist, harbour master of Vesterby\n\n"
    "The council will ask for bids on a new quay in the autumn, and the work should take two years to finish.\n";

TEST(MarkTextPullQuotes, QuoteOverTheNameOfSomeoneTheArticleNames) {
  const std::vector<bool> box = Mark(kArticle);
  EXPECT_FALSE(box[0] || box[1] || box[4]);
  EXPECT_TRUE(box[2] && box[3]);
}

TEST(MarkTextPullQuotes, NameLineThenRoleLine) {
  const std::vector<bool> box = Mark(
      "Savers often follow a friend's tip when they buy their first coins, a survey by Tomas Berle found this year.\n\n"
      "The upside sells. But nobody talks about the downside.\n"
      "Tomas Berle\n"
      "Planner and founder of Berle Advice\n"
      "Regulators have fined several stars for promoting coins without saying they were paid for it.\n");
  EXPECT_TRUE(box[1] && box[2] && box[3]);
  EXPECT_FALSE(box[0] || box[4]);
}

TEST(MarkTextPullQuotes, SubheadNamingNoOneInTheProseStays) {
  // The line under the paragraph names someone the article does not.
  const std::vector<bool> box = Mark(
      "The harbour of Vesterby will close its old quay next spring, the council decided on Tuesday after a long debate.\n\n"
      "We cannot keep patching a wall that the sea takes back every winter.\n\n"
      "Olga Henning, city engineer\n\n"
      "The council will ask for bids on a new quay in the autumn, and the work should take two years to finish.\n");
  for (bool b : box) EXPECT_FALSE(b);
}

// A quote the prose repeats a few lines on may lack its stop, and its
// role line may be title-cased (German capitalises nouns); the same lines
// under a quote the prose does not repeat stay.
TEST(MarkTextPullQuotes, QuoteTheProseRepeatsWithATitleCasedRole) {
  const std::string before =
      "The harbour of Vesterby will close its old quay next spring, the council decided on Tuesday after a long debate.\n\n"
      "We cannot keep patching a wall that the sea takes back every winter\n"
      "Mara Lindqvist\n"
      "Harbour Master\n";
  const std::string repeating =
      "\"We cannot keep patching a wall that the sea takes back every winter,\" harbour master Mara Lindqvist said, "
      "adding that the quay had served the town for more than a century.\n";
  const std::vector<bool> box = Mark(before + repeating);
  EXPECT_TRUE(box[1] && box[2] && box[3]);
  EXPECT_FALSE(box[0] || box[4]);
  const std::vector<bool> kept = Mark(
      before + "Harbour master Mara Lindqvist said the quay had served the town for more than a century and would be "
               "missed by the fishermen.\n");
  for (bool b : kept) EXPECT_FALSE(b);
}

}  // namespace
}  // namespace pith
