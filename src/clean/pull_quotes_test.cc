#include "clean/pull_quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kSaid[] =
    "The mayor spoke for an hour. \xE2\x80\x9CWe cannot keep patching roads that were built for horses,\xE2\x80\x9D "
    "she told the council, before the vote went her way by a wide margin.";
const char kQuote[] = "We cannot keep patching roads that were built for horses.";

// FindArticle ends with DropPullQuotes.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

TEST(WordTrigrams, LowercasedWordRuns) {
  EXPECT_EQ(WordTrigrams("One, two; THREE four").size(), 2u);
  EXPECT_EQ(WordTrigrams("one two three"), WordTrigrams("\xE2\x80\x9EOne two three!\xE2\x80\x9C"));
  EXPECT_TRUE(WordTrigrams("one two").empty());
}

TEST(TrigramCoverage, ShareOfTheQuoteFound) {
  EXPECT_DOUBLE_EQ(TrigramCoverage(WordTrigrams(kQuote), WordTrigrams(kSaid)), 1.0);
  EXPECT_DOUBLE_EQ(TrigramCoverage(WordTrigrams("a b c d"), WordTrigrams("a b c x")), 0.5);
  EXPECT_DOUBLE_EQ(TrigramCoverage({}, WordTrigrams(kSaid)), 0.0);
}

TEST(DropPullQuotes, QuoteBoxWithItsCreditGoes) {
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p><p>" + kSaid +
                           "</p><aside><blockquote><p>" + kQuote + "</p></blockquote><div>Jane Roe</div>"
                           "<div>Mayor of Eastford</div></aside><p>" + kPara2 + "</p></article></body>";
  EXPECT_EQ(Body(page), (Strings{kPara1, kSaid, kPara2}));
}

TEST(DropPullQuotes, QuoteBeforeItsParagraphGoes) {
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p><figure><blockquote>" + kQuote +
                           "</blockquote></figure><p>" + kPara2 + "</p><p>" + kSaid + "</p></article></body>";
  EXPECT_EQ(Body(page), (Strings{kPara1, kPara2, kSaid}));
}

TEST(DropPullQuotes, ExactCopyStays) {
  const std::string copy = std::string("<body><article><p>") + kSaid + "</p><p>" + kPara1 + "</p><p>" + kSaid +
                           "</p></article></body>";
  EXPECT_EQ(Body(copy).size(), 3u);
}

// Eight paragraphs between the text and the quote, or more.
std::string FarFromTheText(const std::string& quote_box) {
  std::string page = std::string("<body><article><p>") + kSaid + "</p>";
  for (int i = 0; i < 4; ++i) page += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  return page + quote_box + "</article></body>";
}

TEST(DropPullQuotes, BlockquoteFarFromItsParagraphGoes) {
  EXPECT_EQ(Body(FarFromTheText(std::string("<blockquote>") + kQuote + "</blockquote>")).size(), 9u);
  // A word the quote leaves out ("keep") leaves most of its runs in the text.
  EXPECT_EQ(Body(FarFromTheText("<blockquote>We cannot patching roads that were built for horses.</blockquote>")).size(),
            9u);
}

TEST(DropPullQuotes, BlockquoteOfASentenceSpreadOverTwoParagraphsGoes) {
  const std::string page = std::string("<body><article><p>") + kPara1 +
                           "</p><p>\xE2\x80\x9CWe cannot keep patching roads,\xE2\x80\x9D the mayor said.</p>"
                           "<p>\xE2\x80\x9CThey were built for horses.\xE2\x80\x9D</p><p>" + kPara2 + "</p><p>" + kPara1 +
                           "</p><p>" + kPara2 + "</p><blockquote><p>We cannot keep patching roads. They were built for "
                           "horses.</p><p>Jane Roe</p></blockquote></article></body>";
  EXPECT_EQ(Body(page).size(), 6u);
}

TEST(DropPullQuotes, BlockquoteTheTextIntroducesStays) {
  const std::string page =
      FarFromTheText(std::string("<p>Read that sentence again:</p><blockquote>") + kQuote + "</blockquote>");
  EXPECT_EQ(Body(page).size(), 11u);
}

TEST(DropPullQuotes, EmbeddedPostTheTextQuotesStays) {
  const std::string page = FarFromTheText(std::string("<blockquote class=\"twitter-tweet\"><p>") + kQuote +
                                          "</p></blockquote>");
  EXPECT_EQ(Body(page).size(), 10u);
}

TEST(DropPullQuotes, SummaryOfTheWholeTextStays) {
  // Its words come from two paragraphs apart, not from one place.
  const std::string page = FarFromTheText(std::string("<blockquote><p>"
                                                      "The mayor spoke for an hour. Critics argued that it would raise taxes.</p>"
                                                      "</blockquote>"));
  EXPECT_EQ(Body(page).size(), 10u);
}

TEST(DropPullQuotes, SubheadRepeatingTheTextStays) {
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p><h2>" + kQuote + "</h2><p>" + kSaid +
                           "</p></article></body>";
  EXPECT_EQ(Body(page).size(), 3u);
}

}  // namespace
}  // namespace pith
