#include "clean/text_lines.h"

#include <gtest/gtest.h>

#include <string>

#include "parse/text_parse.h"

namespace pith {
namespace {

TEST(MeasureTextLines, GroupsAndRepeats) {
  const Document d = ParseText("Home\nNews\n\nA paragraph that stands alone between blank lines, as articles do.\n\n"
                               "jdoe says:\nI agree with every word of this, and I have said so for years now.\n\n"
                               "Home\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 6u);
  EXPECT_EQ(l[0].group_lines, 2);
  EXPECT_EQ(l[0].repeats, 2);
  EXPECT_EQ(l[2].group_lines, 1);
  EXPECT_TRUE(l[2].prose);
  EXPECT_EQ(l[4].group_lines, 2);
  EXPECT_EQ(l[4].group_prose, 1);
  EXPECT_NE(l[3].chrome, nullptr);  // "jdoe says:"
}

TEST(BlankLinesOpenParagraphs, TellsTheCopyShapesApart) {
  const std::string para = "The council met again today and voted on the plan for the harbour and the old quay.";
  // Firefox: a blank line above each paragraph, a subhead glued under one.
  EXPECT_TRUE(BlankLinesOpenParagraphs(ParseText("Title\n\n" + para + "\nSubhead\n\n" + para + "\n")));
  // Chromium: blank lines around paragraphs, a subhead glued over one.
  EXPECT_FALSE(BlankLinesOpenParagraphs(ParseText("Title\n" + para + "\n\nSubhead\n" + para + "\n\nEnd\n")));
  // Short lines say nothing: a tie is no Firefox shape.
  EXPECT_FALSE(BlankLinesOpenParagraphs(ParseText("Title\n\nShort line\nSubhead\n")));
}

TEST(MeasureTextLines, LabelUnderEveryParagraphIsFurniture) {
  std::string copy = "Home\nMore\n\n";
  for (int i = 0; i < 8; ++i) copy += "The council met again today and voted on the plan for the harbour.\nArticle content\n\n";
  const Document d = ParseText(copy + "More\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 19u);
  EXPECT_TRUE(l[3].furniture);
  EXPECT_EQ(l[2].group_lines, 1);  // the paragraph stands alone
  EXPECT_FALSE(l[1].furniture);    // printed twice only
  EXPECT_FALSE(l[2].furniture);    // prose is never furniture
}

TEST(MeasureTextLines, LabelOverEveryParagraphIsNoFurniture) {
  std::string copy = "Home\n\n";
  for (int i = 0; i < 8; ++i) copy += "Article content\nThe council met again today and voted on the plan for the harbour.\n\n";
  const std::vector<TextLine> l = MeasureTextLines(ParseText(copy));
  ASSERT_EQ(l.size(), 17u);
  EXPECT_FALSE(l[1].furniture);  // it opens the group, as a kicker does
  EXPECT_EQ(l[2].group_lines, 2);
}

TEST(MeasureTextLines, CodeLinesAreMarked) {
  const Document d = ParseText("Home\n\nThe planner read every row of the table to find one week of orders.\n"
                               "CREATE INDEX idx_sales ON sales(ordered_at);\nFROM sales\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 4u);
  EXPECT_FALSE(l[0].code);
  EXPECT_FALSE(l[1].code);
  EXPECT_TRUE(l[2].code);
  EXPECT_FALSE(l[3].code);  // a clause of code without a mark of its own
}

TEST(MeasureTextLines, IndentedLinesOfACodeSampleAreCode) {
  const Document d = ParseText("The schema comes first, with every field the shop needs:\n\ntype Loaf {\n  name: String!\n"
                               "  baked: Date\n}\nKeeping the shelves\n\nMenu\n  Bread\n  Cakes\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 9u);
  EXPECT_TRUE(l[2].code && l[3].code);  // "  name: String!" has no mark of code
  EXPECT_TRUE(l[5].beside_code);        // the next step's subhead
  EXPECT_FALSE(l[0].code || l[0].beside_code);  // prose
  EXPECT_FALSE(l[7].code);              // an indented menu without code
}

TEST(MeasureTextLines, CutShortLinesAreTeasers) {
  const Document d = ParseText("Teen chased by police breaks both legs with airport termin...\n\n"
                               "Here is what I want you to remember \xE2\x80\xA6\n\n"
                               "Another story\nThe department wants half of all school meals to be local by next year, "
                               "a promise that will be hard to keep according to the\xE2\x80\xA6\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_TRUE(l[0].teaser);
  EXPECT_FALSE(l[1].teaser);
  EXPECT_TRUE(l[3].teaser);  // long, but an excerpt under its title
  EXPECT_FALSE(l[3].prose);
}

TEST(MeasureTextLines, ShortLinesBetweenProse) {
  const Document d = ParseText("Home\nGuides\n\nSowing early gives the seedlings a long season, and it costs almost nothing.\n\n"
                               "Onions and leeks\nSow them thickly.\n\nTrim the tops whenever the seedlings start to flop.\n\n"
                               "Photo of a tray\nThe windowsill tray catches the morning sun for most of the day.\n"
                               "Spring\nPlanting out\n\nAbout\nContact\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 12u);
  EXPECT_FALSE(l[1].between_prose);  // a menu: no prose above
  EXPECT_TRUE(l[3].between_prose);   // a subhead opening its group
  EXPECT_TRUE(l[4].between_prose);   // a short sentence under it
  EXPECT_TRUE(l[6].between_prose);
  EXPECT_FALSE(l[8].between_prose);  // under prose in its group: a card's
  EXPECT_FALSE(l[11].between_prose);  // no prose below
}

TEST(MeasureTextLines, HeaderShapes) {
  const Document d = ParseText("By\nJane Doe\nNov. 18, 2019 7:04 pm ET\nBy Jane Doe and John Smith\n"
                               "By the end of the year, the council expects to have spent it all on roads.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_TRUE(l[0].byline_line);
  EXPECT_TRUE(l[2].date_line);
  EXPECT_TRUE(l[3].byline_line);
  EXPECT_FALSE(l[4].byline_line);
}

TEST(MeasureTextLines, HeadlineOpeningWithALabelWordIsNoByline) {
  const Document d = ParseText("Von M\u00FCnchen bis Aachen: Im Netz der Agenten\nVon Anna Muster\n"
                               "Por qu\u00E9 sube el aceite\nPor Mar\u00EDa L\u00F3pez | EFE\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_FALSE(l[0].byline_line);
  EXPECT_TRUE(l[1].byline_line);
  EXPECT_FALSE(l[2].byline_line);
  EXPECT_TRUE(l[3].byline_line);
}

TEST(MeasureTextLines, WideCharactersCountTriple) {
  const Document d = ParseText("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\n");  // 日本語
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_EQ(l[0].stats.wide, 3);
  EXPECT_EQ(l[0].length, 9);
}

TEST(MeasureTextLines, WithoutBlankLinesEveryLineIsAGroup) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Line " + std::to_string(i) + " of a dump without blank lines.\n";
  const std::vector<TextLine> l = MeasureTextLines(ParseText(text));
  EXPECT_EQ(l[5].group_lines, 1);
  EXPECT_NE(l[5].group, l[6].group);
}

TEST(MeasureTextLines, ListItemsFollowAColonLineUntilProse) {
  const Document d = ParseText(
      "The kit we carry on every trip is short:\nA light tent\nTwo stoves\n"
      "Everything else stays at home, because weight is what wears a walker down on a long day.\nThree days of food\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_FALSE(l[0].list_item);
  EXPECT_TRUE(l[1].list_item);
  EXPECT_TRUE(l[2].list_item);
  EXPECT_FALSE(l[3].list_item);
  EXPECT_FALSE(l[4].list_item);
}

TEST(MeasureTextLines, ListRunsGoOnTheGroupAboveThem) {
  const Document d = ParseText(
      "The tent stayed dry through both storms of the month, and the vestibule held our packs with room to spare.\n"
      "What we liked\nkept us dry through two storms\na vestibule big enough for both packs\n"
      "the floor shrugged off sharp stones\n\n"
      "Why fast food chains will do anything\nwhat you need to know about it\nthe worst case for the trade war\n\n"
      "A paragraph that stands alone between blank lines, as articles do.\n"
      "Eleven Fascinating Facts About Our Galaxy\nThe Biggest Unanswered Questions About Dark Matter\n"
      "Fifteen Amazing Images of Stars\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_FALSE(l[1].list_item);  // three words: a heading
  EXPECT_TRUE(l[2].list_item);
  EXPECT_TRUE(l[4].list_item);
  EXPECT_FALSE(l[5].list_item);  // a group that opens with them: teasers
  EXPECT_FALSE(l[9].list_item);  // every line title-cased: headlines
  EXPECT_FALSE(l[11].list_item);
}

// Three cards, each "Pros" and "Cons" over short points, between the
// paragraphs; a menu prints "Shop" over links at the top and the bottom.
const char* const kCardGuide =
    "Shop\nTents\nStoves\n\n"
    "The first stove is light and quick to set up on any ground we tried.\n"
    "Pros\nLight\nQuick to light\nCons\nLoud\n\n"
    "The second stove is heavier but keeps a steady flame in the wind.\n"
    "Pros\nSteady flame\nWindproof\nCons\nHeavy\nPricey\n\n"
    "The third stove costs little and works well enough for a beginner.\n"
    "Pros\nCheap\nSimple\nCons\nNo igniter\n\n"
    "A closing paragraph that sums up the whole test for the reader.\n"
    "Shop\nTents\nStoves\nMaps\n\nFooter text\n\nShop\nBoots\nPacks\n";

TEST(MeasureTextLines, SpecListsWithoutIntroAreListItems) {
  const Document d = ParseText(
      "A kitchen tends to be the most expensive room to remodel, mostly because of its cabinets.\n\n"
      "Basic kitchen: $35,000 \xE2\x80\x93 $60,000\nCustom kitchen: $110,000 \xE2\x80\x93 $190,000+\n\n"
      "Lone spec: $9,000 \xE2\x80\x93 $22,000\n\n"
      "Tokyo Guide: How to plan your trip\nOsaka Itinerary: Easy day trips within one hour\n\n"
      "Call us\nMon-Fri: Open\nSat-Sun: Closed\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(d.blocks[1].text.substr(0, 14), "Basic kitchen:");
  EXPECT_TRUE(l[1].list_item);
  EXPECT_TRUE(l[2].list_item);
  EXPECT_FALSE(l[3].list_item);  // one spec line alone
  EXPECT_FALSE(l[4].list_item);  // longer values: headlines
  EXPECT_FALSE(l[5].list_item);
  EXPECT_FALSE(l[7].list_item);  // title-cased values: opening hours
  EXPECT_FALSE(l[8].list_item);
}

TEST(MeasureTextLines, CardTemplateLabelsAndPointsAreListItems) {
  const Document d = ParseText(kCardGuide);
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(d.blocks[4].text, "Pros");
  EXPECT_TRUE(l[4].card_label);
  EXPECT_TRUE(l[5].list_item);  // "Light": a one-word point
  EXPECT_TRUE(l[7].card_label);  // "Cons"
  EXPECT_TRUE(l[8].list_item);
  ASSERT_EQ(d.blocks[0].text, "Shop");
  EXPECT_FALSE(l[0].card_label);  // a menu's label, printed far from another
  EXPECT_FALSE(l[1].list_item);
}

TEST(MeasureTextLines, OneLabelOverSingleHeadlinesIsNoCardTemplate) {
  const Document d = ParseText(
      "Sport\nThe home side won the derby late\nA goal in the last minute settled a tense match at home.\n\n"
      "Sport\nThe captain signs a new contract\nHe stays for three more seasons after long talks.\n\n"
      "Sport\nThe coach names his squad today\nTwo young players are called up for the first time.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_FALSE(l[0].card_label);
  EXPECT_FALSE(l[1].list_item);
}

TEST(ReviewerNameShaped, NamesAndHandlesNotSentencesOrLabels) {
  const auto shaped = [](const std::string& text) {
    Block block;
    block.text = text;
    return ReviewerNameShaped(MeasureTextLine(block), text);
  };
  EXPECT_TRUE(shaped("Heather D."));
  EXPECT_TRUE(shaped("reader_4412"));
  EXPECT_TRUE(shaped("Jonas Ekberg"));
  EXPECT_FALSE(shaped("It works."));
  EXPECT_FALSE(shaped("Related stories:"));
  EXPECT_FALSE(shaped("A name of far too many words here"));
  EXPECT_FALSE(shaped("By Jane Doe"));
}

TEST(MeasureTextLines, TestimonialCarouselClonedTwice) {
  std::string cards;
  for (int i = 0; i < 6; ++i) {
    cards += "The staff were friendly and patient with us, visit number " + std::to_string(i) + ".\n\nPat " +
             static_cast<char>('A' + i) + ".\n";
  }
  const std::string last = "The last paragraph of the article ends here with a full sentence.\n\n";
  const Document d = ParseText(last + "What Parents Say\n" + cards + cards);
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 26u);
  EXPECT_FALSE(l[0].testimonial);  // comes once: the article's, over the heading
  EXPECT_FALSE(l[1].testimonial);
  EXPECT_TRUE(l[2].testimonial);
  EXPECT_TRUE(l[3].testimonial);
  EXPECT_TRUE(l[25].testimonial);
  EXPECT_FALSE(l[2].first_copy);  // the clones are no article printed twice
}

TEST(MeasureTextLines, SubheadsBetweenParagraphsAreNoCarousel) {
  std::string article;
  for (int i = 0; i < 7; ++i) {
    article += "A paragraph of the guide explains step " + std::to_string(i) + " in a full sentence.\n\nAdvantages\n";
  }
  const std::vector<TextLine> l = MeasureTextLines(ParseText(article));
  for (const TextLine& line : l) EXPECT_FALSE(line.testimonial);
}

TEST(MeasureTextLines, FirstCopiesOfAnArticlePrintedTwice) {
  const std::string article =
      "The ferry will leave from the north quay from Monday while the old pier is rebuilt.\n"
      "Crossings will run every forty minutes, because the quay has room for one boat.\nWhat changes\n"
      "Foot passengers should allow ten more minutes to walk to the new departure point.\n";
  const Document d = ParseText(article + "Privacy\n" + article);
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 9u);
  EXPECT_TRUE(l[0].first_copy);
  EXPECT_TRUE(l[2].first_copy);  // a heading between two first copies
  EXPECT_FALSE(IsRepeat(l[3]));
  EXPECT_TRUE(IsRepeat(l[5]));
  EXPECT_TRUE(IsRepeat(l[7]));
}

TEST(MeasureTextLines, ContentsListNamesTheSubheadsBelow) {
  const Document d = ParseText(
      "Home\nGuides\nAbout\nTable of Contents\nPicking a spot\nGreens and browns\nTurning the heap\n"
      "Picking a spot\nChoose a level patch of bare soil that gets sun in the morning and shade later on.\n"
      "Greens and browns\nGreens are wet kitchen scraps, while browns are dry things such as cardboard.\n"
      "Turning the heap\nTurn the heap with a fork every two or three weeks to let air into the middle.\n"
      "Home\nGuides\nAbout\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 16u);
  for (std::size_t i : {3u, 4u, 5u, 6u}) EXPECT_TRUE(l[i].contents_entry) << i;
  for (std::size_t i : {7u, 9u, 11u}) {
    EXPECT_TRUE(l[i].listed_subhead) << i;
    EXPECT_FALSE(IsRepeat(l[i])) << i;
  }
  // The menu printed again in the footer is no contents list.
  for (std::size_t i : {0u, 1u, 2u, 13u, 14u, 15u}) {
    EXPECT_FALSE(l[i].contents_entry) << i;
    EXPECT_TRUE(IsRepeat(l[i])) << i;
  }
}

TEST(MeasureTextLines, ContentsListOfQuestionsPrintedTwice) {
  // Entries asked as questions read as prose; the list and its title come
  // back in a sticky copy at the bottom, which is no entry of the list.
  const std::string list =
      "Table of Contents\nHow often should a new compost heap be turned over?\n"
      "What can go into a compost heap in the winter months?\nFinal thoughts\n";
  const Document d = ParseText(
      list + "How often should a new compost heap be turned over?\n"
      "Turn the heap with a fork every two or three weeks to let air into the middle.\n"
      "What can go into a compost heap in the winter months?\n"
      "Kitchen scraps still rot in the cold, only slower, so keep adding them under a lid.\n"
      "Final thoughts\nA heap asks for little more than patience and a fork once a fortnight.\n" +
      list);
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 14u);
  for (std::size_t i : {0u, 1u, 2u, 3u}) EXPECT_TRUE(l[i].contents_entry) << i;
  for (std::size_t i : {4u, 6u, 8u}) {
    EXPECT_TRUE(l[i].listed_subhead) << i;
    EXPECT_FALSE(IsRepeat(l[i])) << i;
  }
}

TEST(MeasureTextLines, LabelsRepeatedBetweenParagraphsAreNoContentsList) {
  // Each label comes back with prose under it, but all in one place: no
  // prose separates them, as it does a guide's sections.
  const Document d = ParseText(
      "Check price\nMore info\nAdd to list\nIntro paragraph that says what the list of products is about.\n"
      "Check price\nMore info\nAdd to list\nA paragraph about the first product, which is light and cheap.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 8u);
  for (const TextLine& line : l) EXPECT_FALSE(line.contents_entry || line.listed_subhead);
}

TEST(MeasureTextLines, OneParagraphShownTwiceIsARepeat) {
  const Document d = ParseText(
      "Breaking: the council votes to close the old pier for a summer of repairs this year.\nNews\n"
      "Breaking: the council votes to close the old pier for a summer of repairs this year.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  EXPECT_TRUE(l[0].prose);
  EXPECT_TRUE(IsRepeat(l[0]));
  EXPECT_TRUE(IsRepeat(l[2]));
}

// A guide's long paragraph under its subhead and spec lines counts as a
// section of the article; in a group with a date line it is a card.
TEST(MeasureTextLines, LongParagraphsUnderSpecLinesAreSections) {
  const std::string first = "The shell kept us dry through a six-hour downpour on the ridge, and its hood stayed put when the wind turned hard in the afternoon. The fabric softens after a week, and the pit zips let out enough heat on the long climbs that we rarely had to stop and take it off, even on the steepest day.";
  const std::string second = "The anorak is the cheapest jacket we would still recommend, and on short walks it does everything the dearer shells do. After two hours of steady rain the shoulders wet through under the straps of a pack, so it is no jacket for a long day in the hills above the lake.";
  const Document d = ParseText("Reviews\n\n1. Alder Shell\nWeight: 340 grams\n" + first + "\n2. Marsh Anorak\n" +
                               "Price: $95\n" + second + "\n\nMarch 3, 2025\nA reader wrote\n" + first + " Again.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 10u);
  EXPECT_TRUE(l[3].section_paragraph);
  EXPECT_TRUE(l[6].section_paragraph);
  EXPECT_FALSE(l[1].section_paragraph);  // the subhead
  EXPECT_FALSE(l[9].section_paragraph);  // under a date line: a comment
}

// On a page whose paragraphs stand alone, long ones grouped with short
// lines are related stories' summaries.
TEST(MeasureTextLines, GroupedParagraphsOnAPageOfLoneOnesAreCards) {
  const std::string first = "The shell kept us dry through a six-hour downpour on the ridge, and its hood stayed put when the wind turned hard in the afternoon. The fabric softens after a week, and the pit zips let out enough heat on the long climbs that we rarely had to stop and take it off, even on the steepest day.";
  const std::string second = "The anorak is the cheapest jacket we would still recommend, and on short walks it does everything the dearer shells do. After two hours of steady rain the shoulders wet through under the straps of a pack, so it is no jacket for a long day in the hills above the lake.";
  const Document d = ParseText(first + "\n\n" + second + "\n\n" + first + " One.\n\n" + second + " Two.\n\n" +
                               "Related\nA headline of another story\n" + first + " Three.\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 7u);
  EXPECT_FALSE(l[6].section_paragraph);
}

TEST(MeasureTextLines, TurnsOfAnInterviewAreOneList) {
  const Document d = ParseText("We asked the new captain a few questions between two rounds of the spring open.\n\n"
                               "Q: Favorite opening?\nA: The Caro-Kann\nQ: Coffee or tea?\nA: Tea, always\n"
                               "Q: Hardest lesson?\nA: Never resign early\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 7u);
  for (std::size_t i = 1; i < 7; ++i) EXPECT_TRUE(l[i].list_item) << i;
}

TEST(MeasureTextLines, TurnsOfTwoNamedSpeakersAreOneList) {
  const Document d = ParseText("Mara Lind: Ready?\nJon Oduya: Almost\nMara Lind: Now?\nJon Oduya: Yes\n"
                               "Mara Lind: Go on\nJon Oduya: Fine\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(l[i].list_item) << i;
}

TEST(MeasureTextLines, AlternatingSpecLabelsAreNoDialogue) {
  const Document d = ParseText("Pros: Light\nCons: Loud\nPros: Cheap\nCons: Slow\nPros: Small\nCons: Hot\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_FALSE(l[i].list_item) << i;
}

TEST(LabelledStoryLink, LabelInCapitalsOrMoreWord) {
  EXPECT_TRUE(LabelledStoryLink("READ ANOTHER STORY HERE | Ferry timetable cut for winter"));
  EXPECT_TRUE(LabelledStoryLink("POLL | Should the harbour wall be raised?"));
  EXPECT_TRUE(LabelledStoryLink("Harbour wall plan returns to the agenda | more"));
  EXPECT_TRUE(LabelledStoryLink("\xC3\x9C" "BER UNS | Wie die Zeitung entsteht"));  // "ÜBER": capitals beyond ASCII
  // A source after a title, a command's pipe, two words, a menu, a row.
  EXPECT_FALSE(LabelledStoryLink("Federal judge rules in the case | NPR"));
  EXPECT_FALSE(LabelledStoryLink("curl -fsSL https://example.com/install.sh | sh"));
  EXPECT_FALSE(LabelledStoryLink("POLL | Vote now"));
  EXPECT_FALSE(LabelledStoryLink("Home | News | Sport"));
  EXPECT_FALSE(LabelledStoryLink("Price Range | $$"));
  EXPECT_FALSE(LabelledStoryLink("WINTER FERRIES | ALL BOATS LATE TODAY"));
}

TEST(MeasureTextLines, LabelledStoryLinkAloneIsChrome) {
  const std::string para = "The council met again today and voted on the plan for the harbour and the old quay.";
  const Document d = ParseText(para + "\n\nMORE FROM THE COAST | Ferry timetable cut for winter\n\n" + para +
                               "\n\nWINTER FERRIES | First boat leaves at seven\n"
                               "WEEKEND FERRIES | First boat leaves at nine\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 5u);
  EXPECT_NE(l[1].chrome, nullptr);
  // Two such lines together are a table's rows.
  EXPECT_EQ(l[3].chrome, nullptr);
  EXPECT_EQ(l[4].chrome, nullptr);
}

TEST(MeasureTextLines, DateAmongOtherWordsIsDated) {
  const Document d = ParseText("March 12, 2024 by Jane Roe\n\nMarch 12, 2024\n\nThe council met on Tuesday.\n\n"
                               "Released: June 17, 2025 by Harbour Books\n");
  const std::vector<TextLine> l = MeasureTextLines(d);
  ASSERT_EQ(l.size(), 4u);
  EXPECT_TRUE(l[0].dated);
  EXPECT_TRUE(l[0].opens_with_date);
  EXPECT_FALSE(l[0].date_line);  // the name takes most of the line
  EXPECT_TRUE(l[1].dated);
  EXPECT_TRUE(l[1].date_line);
  EXPECT_FALSE(l[2].dated);
  EXPECT_TRUE(l[3].dated);
  EXPECT_FALSE(l[3].opens_with_date);  // a label comes first
}

}  // namespace
}  // namespace pith
