#include "clean/dated_cards.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/text_parse.h"

namespace pith {
namespace {

std::int64_t Top(const std::string& text) {
  const Document doc = ParseText(text);
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  const std::vector<bool> decided(doc.blocks.size(), false);
  return DatedCardsTop(doc, lines, decided, 0, static_cast<std::int64_t>(doc.blocks.size()) - 1);
}

const std::string kArticle =
    "The river authority of Nordhavn will raise the dikes along the old harbour before next winter, the board decided "
    "on Monday after two years of studies and a long public hearing in the town hall.\n\n"
    "The work will cost some forty million and take three summers, said the authority's chair, who added that the town "
    "had been lucky that the last two storms had come at low tide.\n\n"
    "Residents of the harbour quarter asked for the old stone wall to be kept, and the board agreed to build the new "
    "dike behind it, so that the quay keeps its look and the cafés keep their terraces.\n\n"
    "The first contracts will be signed in the spring, and the authority will hold a meeting for residents in March "
    "to show the plans and answer questions about the closures of the harbour road.\n\n"
    "The harbour road will be closed for six weeks in the first summer, and the buses will take the upper road "
    "instead, which the shop owners of the quarter fear will keep their customers away.\n\n"
    "The authority said it would pay for signs pointing to the shops and for a free shuttle from the station, and "
    "that the second and third summers would see shorter closures at night only.\n\n";

TEST(DatedCardsTop, TitlesWithTheirDatesCloseTheArticle) {
  const std::string cards =
      "Harbour ferry returns after a long winter break 24.04.2023\n"
      "The old ferry across the harbour sails again from Friday, with a new timetable.\n\n"
      "Storm damage in the north costs the town dearly 26.04.2023\n"
      "The repairs of the beach promenade will take until the summer.\n";
  EXPECT_EQ(Top(kArticle + cards), 6);
}

TEST(DatedCardsTop, LongPictureTextOverATitleInAGroupOfItsOwn) {
  const std::string picture(450, 'x');
  const std::string cards =
      "Harbour ferry returns after a long winter break 24.04.2023\n\n"
      "The old ferry across the harbour sails again from Friday, with a new timetable.\n\n"
      "A crane at work on the quay. " + picture + "\n\n"
      "Storm damage in the north costs the town dearly 26.04.2023\n\n"
      "The repairs of the beach promenade will take until the summer.\n";
  EXPECT_EQ(Top(kArticle + cards), 6);
}

TEST(DatedCardsTop, TitlesOverSummaryAndDateLine) {
  const std::string cards =
      "Should you insure your boat for the storm season?\n"
      "Owners of small boats often forget what their policy leaves out when a storm comes.\n"
      "Mar 6, 2026 4 Min Read\n"
      "What the new harbour fees mean for your budget\n"
      "The harbour raises its fees for the first time in ten years, and owners ask why.\n"
      "Feb 20, 2026 6 Min Read\n";
  EXPECT_EQ(Top(kArticle + cards), 6);
}

TEST(DatedCardsTop, OneDatedCardOrAnArticleOfCardsStays) {
  const std::string one = "Harbour ferry returns after a long winter break 24.04.2023\n"
                          "The old ferry across the harbour sails again from Friday.\n";
  EXPECT_EQ(Top(kArticle + one), 8);
  const std::string cards =
      "Harbour ferry returns after a long winter break 24.04.2023\n"
      "The old ferry sails again.\n\n"
      "Storm damage in the north costs the town dearly 26.04.2023\n"
      "The repairs will take until the summer.\n";
  EXPECT_EQ(Top(cards), 4);
}

TEST(DatedCardsTop, DatedLinesWithNothingUnderThemAreTheArticlesList) {
  const std::string tour =
      "Vestport Harbour Hall and its new stage 12.05.2025\n"
      "Nordby Church of Saint Anne 14.05.2025\n"
      "Sandvik Old Town Square 16.05.2025\n"
      "Share this article\n";
  EXPECT_EQ(Top(kArticle + tour), 10);
}

TEST(DatedCardsTop, ParagraphsBetweenDatesAreTheArticle) {
  const std::string timeline =
      "24.04.2023\n"
      "The board met for the first time and asked the engineers for a study of the dikes along the harbour, which "
      "had not been raised since the great flood of the fifties and were judged too low by the national office.\n\n"
      "26.04.2023\n"
      "The engineers presented their study and proposed to raise the dikes by a metre along the whole harbour, "
      "behind the old stone wall that the residents wanted to keep, at a cost of some forty million.\n";
  EXPECT_EQ(Top(kArticle + timeline), 10);
}

TEST(DatedCardsTop, ArticleGoingOnUnderTheCardsInAnyScript) {
  const std::string cards =
      "Harbour ferry returns after a long winter break 24.04.2023\n"
      "The old ferry across the harbour sails again from Friday, with a new timetable.\n\n"
      "Storm damage in the north costs the town dearly 26.04.2023\n"
      "The repairs of the beach promenade will take until the summer.\n\n";
  // The second sentence opens with a capital outside ASCII.
  const std::string resumed =
      "Der Rat tagt im Mai wieder, sagte die Vorsitzende am Montag. \xC3\x9C" "ber hundert Anwohner kamen zur Sitzung "
      "im Rathaus und stellten viele Fragen zu den Pl\xC3\xA4nen f\xC3\xBCr den Hafen und die Stra\xC3\x9F" "e.\n";
  const std::string text = kArticle + cards + resumed;
  EXPECT_EQ(Top(text), static_cast<std::int64_t>(ParseText(text).blocks.size()));
}

// The lines LoneCardInText marks over the whole text, by index.
std::vector<std::int64_t> CardLines(const std::string& text) {
  const Document doc = ParseText(text);
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  const std::vector<bool> decided(doc.blocks.size(), false);
  const std::vector<bool> card =
      LoneCardInText(doc, lines, decided, 0, static_cast<std::int64_t>(doc.blocks.size()) - 1);
  std::vector<std::int64_t> marked;
  for (std::size_t i = 0; i < card.size(); ++i) {
    if (card[i]) marked.push_back(static_cast<std::int64_t>(i));
  }
  return marked;
}

const std::string kFirstHalf =
    "The river authority of Nordhavn will raise the dikes along the old harbour before next winter, the board "
    "decided on Monday after two years of studies and a long public hearing in the town hall.\n\n"
    "The work will cost some forty million and take three summers, said the authority's chair, who added that the "
    "town had been lucky that the last two storms had come at low tide.\n\n";
const std::string kSecondHalf =
    "Residents of the harbour quarter asked for the old stone wall to be kept, and the board agreed to build the "
    "new dike behind it, so that the quay keeps its look and the cafés keep their terraces.\n";

TEST(LoneCardInText, KickerTitleAndDateBetweenParagraphs) {
  const std::string card =
      "Harbour\n"
      "Ferry company orders two electric boats for the crossing to Sandvik\n"
      "25.10.2022\n";
  EXPECT_EQ(CardLines(kFirstHalf + card + kSecondHalf), (std::vector<std::int64_t>{2, 3, 4}));
}

TEST(LoneCardInText, TitleOverAClockTimeWithAWord) {
  const std::string card =
      "Storm damage in the north costs the town dearly this spring\n"
      "yesterday 14:40\n";
  EXPECT_EQ(CardLines(kFirstHalf + card + kSecondHalf), (std::vector<std::int64_t>{2, 3}));
}

TEST(LoneCardInText, TwoCardsAreTheArticlesOwnList) {
  const std::string first =
      "Harbour hall opens its new stage for the summer season\n"
      "12.05.2025\n";
  const std::string second =
      "The hall will host the town's orchestra every Friday, and the tickets will cost less than last year, the "
      "manager said at the opening.\n\n"
      "Old town square hosts the market again after the works\n"
      "16.05.2025\n";
  EXPECT_TRUE(CardLines(kFirstHalf + first + second + kSecondHalf).empty());
}

TEST(LoneCardInText, NeedsParagraphsOnBothSides) {
  const std::string card =
      "Ferry company orders two electric boats for the crossing to Sandvik\n"
      "25.10.2022\n";
  // The article's own header: a title over its date, then the text.
  EXPECT_TRUE(CardLines(card + kSecondHalf).empty());
  // A title and date closing the text, with nothing under them.
  EXPECT_TRUE(CardLines(kFirstHalf + card).empty());
  // A sentence over the date is the text's.
  const std::string sentence = "The ferry company ordered two electric boats.\n25.10.2022\n";
  EXPECT_TRUE(CardLines(kFirstHalf + sentence + kSecondHalf).empty());
}

}  // namespace
}  // namespace pith
