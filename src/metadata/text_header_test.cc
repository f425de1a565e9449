#include "metadata/text_header.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "parse/document.h"
#include "parse/text_parse.h"
#include "pith/pith.h"

namespace pith {
namespace {

const char kBody[] =
    "The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and the "
    "library, after a debate that lasted four hours.\n\n"
    "Supporters said the plan was overdue, while critics argued that it would raise taxes, cut services and leave "
    "the city with less money for emergencies.\n\n"
    "The mayor, who proposed the budget in March, said she expected the first projects to begin in the autumn, "
    "once contracts had been signed.\n";

Article FromText(const std::string& text) {
  Options options;
  options.input = InputFormat::kText;
  const Result r = Extract(text, options);
  EXPECT_TRUE(r.ok()) << r.error;
  return r.article;
}

TEST(TextHeader, TheSiteNameGluedToItsMenuIsNamedAgainInTheFooter) {
  const Document tagline = ParseText(std::string("Harbour Times Local Sport Weather\n\n") + kBody +
                                     "\nHarbour Times, the coast's news since 1921.\n");
  EXPECT_TRUE(OpensWithFooterName(tagline, 0));
  const Document copyright = ParseText(std::string("Shift Life Guides About\n\n") + kBody + "\n© 2025 Shift Life\n");
  EXPECT_TRUE(OpensWithFooterName(copyright, 0));
  // A headline that merely starts with words the footer prints, going on
  // past a menu's few words, and the site's name alone are left to the
  // other rules.
  const Document story = ParseText(std::string("Harbour Times wins the county press award for its ferry reports\n\n") +
                                   kBody + "\nHarbour Times, the coast's news since 1921.\n");
  EXPECT_FALSE(OpensWithFooterName(story, 0));
  const Document name = ParseText(std::string("Shift Life\n\n") + kBody + "\n© 2025 Shift Life\n");
  EXPECT_FALSE(OpensWithFooterName(name, 0));
  // Named deep inside a footer sentence, not at its start.
  const Document deep = ParseText(std::string("Low Tide Travel Guides About\n\n") + kBody +
                                  "\nPhotos for this guide were lent by the Low Tide Travel club.\n");
  EXPECT_FALSE(OpensWithFooterName(deep, 0));
  // A last line that runs on for pages is read at its opening only, where
  // the name stands.
  std::string long_tail;
  for (int k = 0; k < 2000; ++k) long_tail += "and the ferry ran late again ";
  const Document long_footer =
      ParseText(std::string("Harbour Times Local Sport Weather\n\n") + kBody + "\nHarbour Times " + long_tail + "\n");
  EXPECT_TRUE(OpensWithFooterName(long_footer, 0));
}

TEST(TextHeader, TheSiteNameGluedToItsMenuIsNotTheHeadline) {
  const Article a = FromText(std::string("Brightvale Home Guides About\nHow the Council Budget Was Agreed\n") + kBody +
                             "\nBrightvale Home guides are written by our own editors.\n");
  EXPECT_EQ(a.headline.value_or(""), "How the Council Budget Was Agreed");
}

TEST(TextHeader, QuestionHeadlineAboveAStandfirstAndBylineOnTwoLines) {
  const Article a = FromText(std::string("Home\nOpinion\nCommentary\n\nIs the Budget Too Big?\n\n") +
                             "The council spent four hours on it. Critics say that was not enough.\n\n"
                             "By\nJane Doe\nNov. 18, 2019 7:04 pm ET\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Is the Budget Too Big?");
  EXPECT_EQ(a.description.value_or(""), "The council spent four hours on it. Critics say that was not enough.");
  EXPECT_EQ(a.byline.value_or(""), "Jane Doe");
}

TEST(TextHeader, HeadlineAboveAStandfirstWithoutAFullStop) {
  const Article a = FromText(std::string("Stay up to date with notifications from the Courier\n\n") +
                             "Council approves the budget after four hours of debate as critics warn of cuts\n\n"
                             "The mayor said the first projects would begin in the autumn\n\n"
                             "Jane Doe,John Smith\nMonday 22 February 2016 08:27 GMT\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""),
            "Council approves the budget after four hours of debate as critics warn of cuts");
  EXPECT_EQ(a.description.value_or(""), "The mayor said the first projects would begin in the autumn");
}

TEST(TextHeader, BreadcrumbTrailEndingInTheHeadlineIsNotIt) {
  const Article a = FromText(std::string("Skip to main content\n\nHomeNewsCouncil approves the budget\n\n") +
                             "Council approves the budget\n\nCourier staff August 08, 2018\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

// The trail's last step names the headline printed under the previous and
// next links and the date line, which menu items of the body's words and
// printed again in the footer do not outscore.
TEST(TextHeader, ATrailAFewLinesAboveEndsInTheHeadline) {
  const std::string menu = "Courier money and budget\nCourier council and city\n";
  const Article a = FromText(std::string("Courier\n\n") + menu +
                             "Courier > News > 2018 > August > Council approves the budget after debate\n\n"
                             "\u00AB Previous | Next \u00BB\n\n08.08.2018 10:15\n\n"
                             "Council approves the budget after debate\n" +
                             kBody + "\nCourier money and budget\nImprint\nCourier council and city\n");
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after debate");
}

// A section's name ending the trail, printed again a few lines below as
// the kicker over the headline, is no headline: a few lines away, the
// trail names only a full title's length.
TEST(TextHeader, ASectionEndingATrailAFewLinesAboveIsNotTheHeadline) {
  const Article a = FromText(std::string("Courier\nSubscribe\nHome > News > Council and City\nSearch\nMenu\n") +
                             "Council and City\nCouncil approves the budget after four hours of debate\n"
                             "By Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours of debate");
}

TEST(TextHeader, AnItemOfAListPrintedTwiceIsNotTheHeadline) {
  const std::string list = "Where the money goes\nWhat the critics said\nWhen the work begins\nHow to comment\n";
  const Article a = FromText(std::string("Courier\n\nCouncil approves the budget after four hours of debate\n") + list +
                             list + "By Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours of debate");
}

TEST(TextHeader, ATrailPrintedTwiceStillEndsInTheHeadline) {
  const std::string trail = "Home\n/\nNews\n/\nCouncil\n/\nCouncil approves the budget\n";
  const Article a = FromText(std::string("Courier\nSubscribe\n") + trail + "Sign in\nNewsletters\n" + trail +
                             "By Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

TEST(TextHeader, AShortTitleCaseHeadlineOverASentenceIsTheHeadline) {
  const Article a = FromText(std::string("Courier\nArchives\nAre Council Budgets Too Big?\n") +
                             "What four hours of debate can tell us about the way the council spends its money\n"
                             "By Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Are Council Budgets Too Big?");
}

TEST(TextHeader, ATitleCaseKickerOverASentenceCaseHeadlineStaysAKicker) {
  const Article a = FromText(std::string("Courier\n\nCity Budget Debate\n") +
                             "Council approves the budget after four hours of debate\nBy Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours of debate");
}

// A column's or section's name of a full title's length, over the
// headline in title case, is shorter than the headline as a headline is
// shorter than its deck; in a body written in sentence case, a lower line
// in title case is the headline, not a deck.
TEST(TextHeader, ASectionNameOverATitleCaseHeadlineIsNotTheHeadline) {
  const std::string header = "Courier\nSign in\nCouncil Watch: Notes on the City Budget and Its Critics\n"
                             "How the Council Budget Was Agreed: Four Hours of Debate in the Chamber\n";
  const Article chromium = FromText(header + "By Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(chromium.headline.value_or(""), "How the Council Budget Was Agreed: Four Hours of Debate in the Chamber");
  // Firefox sets each line apart by blank lines.
  const Article firefox = FromText(std::string("Courier\n\nSign in\n\nCouncil Watch: Notes on the City Budget and "
                                               "Its Critics\n\nHow the Council Budget Was Agreed: Four Hours of "
                                               "Debate in the Chamber\n\nBy Jane Doe\n\nNov. 18, 2019\n\n") +
                                   kBody);
  EXPECT_EQ(firefox.headline.value_or(""), "How the Council Budget Was Agreed: Four Hours of Debate in the Chamber");
}

// A deck in sentence case under its headline still leaves the headline the
// upper line, however much longer it is.
TEST(TextHeader, AHeadlineOverASentenceCaseDeckStaysTheHeadline) {
  const Article a = FromText(std::string("Courier\nSign in\nCouncil approves the budget after a long debate\n") +
                             "Supporters said the plan was overdue while critics warned it would raise taxes for "
                             "families\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after a long debate");
}

// The title printed again right below with a trail glued before it
// ("HomeTitle") leaves the upper line the headline, title case or not.
TEST(TextHeader, TheTitleUnderItWithAGluedTrailLeavesTheHeadline) {
  const Article a = FromText(std::string("Courier\nSign in\n9 Budget Lessons Every Council Can Learn (2019)\n") +
                             "Home9 Budget Lessons Every Council Can Learn (2019)\nBy Jane Doe\nNov. 18, 2019\n" +
                             kBody);
  EXPECT_EQ(a.headline.value_or(""), "9 Budget Lessons Every Council Can Learn (2019)");
}

// The writers' names in title case right over the date line, where no
// byline was found, are no headline under the title over them.
TEST(TextHeader, NamesOverTheDateLineAreNoHeadlineUnderTheTitle) {
  const Article a = FromText(
      "Welcome to the Valley Courier's reader club\n\n" "Learn More\n\n"
      "Valley County says, 'Budget. We're On It,' and the web asks, Are you sure?\n\n"
      "Jane Doe and John J. Roe Valley Falls Courier\n" "Published 10:02 AM EST Nov 19, 2019\n\n"
      "VALLEY FALLS – People across the state are talking about it: Valley County is on a budget.\n\n"
      "The buzz on both local news and social media focused on a new thrift campaign led by Mayor Ann Lee.\n\n"
      "The tagline? \"Budget. We're on it.\"\n\n"
      "Lee launched the campaign to bring awareness to the spending gap in Valley County, and "
      "the ad going viral on its first day shows that it is already a success.\n\n"
      "\"The point of the campaign is to get people talking about how they can be part of the "
      "answer and not just the problem,\" Lee told the Courier on Monday afternoon. \"It is working.\"\n\n"
      "'Budget. We're On It.': Valley County spends $49K on new thrift ad campaign\n\n"
      "Valley County's spending gap is \"growing at an alarming rate\" and affects every school in "
      "the county, Lee said in the campaign's first notice.\n");
  EXPECT_EQ(a.headline.value_or(""), "Valley County says, 'Budget. We're On It,' and the web asks, Are you sure?");
}

TEST(TextHeader, AHeadlineEndingInAnInitialismKeepsItsStop) {
  const Article a = FromText(std::string("Home\nWorld\n\nCouncil sends its budget plan to the U.N.\n\n") +
                             "By Jane Doe\nNov. 18, 2019\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council sends its budget plan to the U.N.");
}

TEST(TextHeader, APortraitsAltTextAboveTheAuthorIsNotTheHeadline) {
  const Article a = FromText(std::string("Home\nCity\n\nCouncil Approves the New Budget\n") +
                             "Notes from the public gallery\nJane Doe's avatar\nJane Doe\nNov. 18, 2019\n\n" + kBody +
                             "\nShare\nJane Doe's avatar\nJane Doe\n");
  EXPECT_EQ(a.headline.value_or(""), "Council Approves the New Budget");
}

TEST(TextHeader, TheNamesTheBylineBelowPrintsAgainAreNotTheHeadline) {
  const std::string header =
      "Skip to main content\nHarbour Ledger\nOpinion\nCities\nBusiness\nSubscribe\nOpinion\n"
      "The city's street traders need permits, not raids: here is a plan that works\n"
      "Traders in the old market have been moved on three times this year. A licence system tested in two wards "
      "shows another way.\n\n"
      "A trader folds her stall at the old market on 2 March 2026 in Harbour City. (Photo: Kestrel Images / Ruth "
      "Mabena) Markets/ Street Traders/ Harbour City\n"
      " In Depth\n Quick Read\n Key Points\n Listen\n In Depth\n";
  const std::string names = "Amara Okafor, Pieter van Dijk and Lindiwe Sithole";
  const std::string body =
      "The old market is the busiest square in the city, with about two thousand traders selling food, clothes and "
      "phone parts from stalls that fold up every evening.\n\n"
      "In two wards, the council gave out permits for fixed spots, marked on the ground, and let traders choose a "
      "committee to keep the lanes clear.\n\n"
      "We think the rest of the city should follow, starting with the old market before the winter season.\n"
      "More from Opinion\nWhy the bus lanes need to stay\n(c) 2026 Harbour Ledger\n";
  const Article a = FromText(header + names + "\nBy " + names + "\n 14 Mar 2026\n" + body);
  EXPECT_EQ(a.headline.value_or(""), "The city's street traders need permits, not raids: here is a plan that works");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Amara Okafor", "Pieter van Dijk", "Lindiwe Sithole"}));
}

TEST(TextHeader, APortraitsAltTextUnderTheHeadlineIsNeitherItNorTheStandfirst) {
  const Article a = FromText(std::string("Home\nCity\n\nWe Can Carry the Load\n4 min read\n") +
                             "Headshot of Jane Doe, a reporter at the Courier who covers the city council and its "
                             "budget votes\nReviewed by Jane Doe on Nov. 18, 2019.\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "We Can Carry the Load");
  EXPECT_FALSE(a.description.has_value());
}

TEST(TextHeader, ACaptionAboveItsToggleIsNotTheHeadline) {
  const Article a = FromText(std::string("Home\nCity\nCouncil approves the new budget for the city\n") +
                             "Nov. 18, 2019\nThe council votes on the budget for schools, roads and the library "
                             "on Tuesday\ntoggle caption\nJane Roe/Courier\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, ACaptionAboveItsCreditLineIsNotTheHeadline) {
  const Article a = FromText(std::string("Home\nNews\n\nCouncil approves the budget after four hours\n") +
                             "The mayor said the first projects would begin in the autumn.\n"
                             "In brief\nThe council met on Tuesday.\nCritics warned of cuts.\n"
                             "Council members vote on the budget in the town hall on Tuesday evening\n"
                             "(Photos by Jane Roe)\nBy Jane Doe\nNov. 18, 2019\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours");
}

TEST(TextHeader, AHeadlineOpeningWithANumberNeedsNoCapital) {
  const Article a = FromText(std::string("Home\nNews\nSport\nCouncil\n\n") +
                             "9 things the new budget pays for this year\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "9 things the new budget pays for this year");
}

TEST(TextHeader, ABodySubheadThatRewordsTheHeadlineLeavesItTheHeadline) {
  const Article a = FromText(
      "Products\nGuides\nLogin\nBook a Call\nOpen menu iconClose icon\nBlog\n"
      "What to Look For in a Smart Garden Irrigation Timer\n"
      "Learn which features of a smart irrigation timer save water and how to choose one.\n\n\n"
      "Guides\nMarch 11, 2025\n\nWhat to Look For in a Smart Garden Irrigation Timer\n"
      "Your lawn is brown in one corner and soaked in another. The old timer waters at noon.\n\n"
      "Most gardeners pick a timer by its price, then find out in July that it cannot skip a rainy day.\n\n"
      "Key Things to Look For in a Smart Garden Irrigation Timer\n"
      "A good timer reads the local weather forecast and skips a watering when rain is expected.\n");
  EXPECT_EQ(a.headline.value_or(""), "What to Look For in a Smart Garden Irrigation Timer");
}

TEST(TextHeader, AHeadlinesPipeTaglineIsLeftOut) {
  const Article a = FromText(std::string("Home\nNews\n\nCouncil approves the budget | Part 2\n\n") +
                             "By Jane Doe\nNov. 18, 2019\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

TEST(TextHeader, AltTextItsCaptionRepeatsIsNotTheHeadline) {
  const Article a = FromText(std::string("Home\nCity\nCouncil approves the new budget for the city\n") +
                             "The vote came on Tuesday after four hours of debate about schools and roads\n"
                             "The mayor speaks in the council chamber on Tuesday\n"
                             "The mayor speaks in the council chamber on Tuesday / Lena Voss\n\n"
                             "By Jane Doe\nNov. 18, 2019\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, TheLineTheBreadcrumbsNameIsTheHeadline) {
  const Article a = FromText(std::string("Home > City > Council approves the new budget\n") +
                             "Council approves the new budget\nMore stories about the city and its library\n"
                             "Nov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget");
}

TEST(TextHeader, AnAgencyBylineIsNoStandfirst) {
  const Article a = FromText(std::string("BREAKING NEWS\n\nCouncil approves the new budget for the city\n\n") +
                             "By CITY COURIER STAFF\nNOVEMBER 20, 2019 10:43\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
  EXPECT_FALSE(a.description.has_value());
}

TEST(TextHeader, MenusLinkRailsAndTheLeadImageAreNotIt) {
  const Article a = FromText(std::string("Home\nNews\nSport\nCulture\n\nMost read\n") +
                             "Mayor wins the vote on the library\nSchools get new roofs\n\n"
                             "Council approves the new budget for the city\n\n"
                             "The council chamber on Tuesday\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, ChromiumCopyWithoutBlankLinesAroundTheHeading) {
  // A menu line alone between blank lines says nothing of the body; the
  // headline sits in one block with the kicker, standfirst and byline.
  const Article a = FromText(std::string("Courier\n\nSign In Join\n\nTurn JavaScript on to use this site\n\n") +
                             "Home\nNews\nCity hall\n"
                             "Council approves the new budget for schools, roads and the library\n"
                             "A four-hour debate ends with a vote of seven to two\n"
                             "By Jane Doe and John Roe\nNovember 19, 2019\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for schools, roads and the library");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.date.value_or(""), "2019-11-19");
}

TEST(TextHeader, NamesOnTheDateLineOrUnderTheHeadline) {
  Article a = FromText(std::string("Menu\nCouncil approves the new budget for the city\n") +
                       "Jane Doe | Reuters \xC2\xB7 November 19, 2019\n\n" + kBody);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.date.value_or(""), "2019-11-19");
  a = FromText(std::string("Menu\nCouncil approves the new budget for the city\nJane Doe\n\n") + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A menu's words after a prefix ("Text Alerts") name no one.
  a = FromText(std::string("Text Alerts\nCouncil approves the new budget for the city\nNovember 19, 2019\n\n") +
               kBody);
  EXPECT_TRUE(a.authors.empty());
}

TEST(TextHeader, TagLinesAreNoHeadlineAndADateMayLeadItsLine) {
  const Article a = FromText(std::string("Menu\nCouncil approves the new budget for the city\n") +
                             "Nov 19, 2019 \xC2\xB7 4 min read\ncouncil budget library roads\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
  EXPECT_EQ(a.date.value_or(""), "2019-11-19");
}

TEST(TextHeader, ATagListItemEndingInACommaIsNoHeadline) {
  const Article a = FromText(std::string("Menu\n\nNov 19, 2019\n\n    City council budget,\n    Library\n\n") + kBody +
                             "\n    City council budget,\n    Library\n");
  EXPECT_NE(a.headline.value_or(""), "City council budget,");
}

TEST(TextHeader, TheTitleAboveAStandfirstSentenceBeatsASecondDeck) {
  const Article a = FromText(std::string("Home\nNews\nLocal\n") +
                             "Council approves the new budget after a debate of four hours\n"
                             "The council voted on Tuesday to fund schools, roads and the library.\nSocial Sharing\n"
                             "Critics say the plan will raise taxes and cut services\n"
                             "Jane Doe \xC2\xB7 Courier \xC2\xB7 Posted: Nov 19, 2019 7:04 PM ET\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget after a debate of four hours");
  EXPECT_EQ(a.description.value_or(""), "The council voted on Tuesday to fund schools, roads and the library.");
}

TEST(TextHeader, TheFirstTitleBetweenTheDateLineAndTheBylineIsTheHeadline) {
  const Article a = FromText(std::string("Home\nNews\nLocal\nPosted on 19 Nov 2019\n") +
                             "Council approves the new budget after a debate of four hours\n"
                             "Critics argued: \"It would raise taxes, cut services\"\nby Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget after a debate of four hours");
  EXPECT_EQ(a.description.value_or(""), "Critics argued: \"It would raise taxes, cut services\"");
}

TEST(TextHeader, AMenuPrintedTwiceGivesNoRepeatedLine) {
  const std::string menu = "Most read\nLibrary opens a new reading room\nSchools get new buses\nParks close early\n";
  const Article a = FromText("Home\n" + menu + "City\nCouncil approves the budget\n" + kBody + menu + "Contact\n");
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

TEST(TextHeader, AMenuItemPrintedTwiceIsNoRepeatedLineInAnotherListEither) {
  const std::string menu = "Most read\nLibrary opens a new reading room\nSchools get new buses\nParks close early\n";
  const Article a = FromText("Home\n" + menu + "Search\n" + menu + "Recommended\nSchools get new buses\nCity\n" +
                             "Council approves the budget\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

TEST(TextHeader, AHeadlineRepeatedWithItsKickerStillCounts) {
  // A teaser of the article itself repeats the kicker above the headline,
  // but not the line below it.
  const Article a = FromText(std::string("Home\nCity\nLatest\nCouncil approves the new budget for the city\n") +
                             kBody + "Latest\nCouncil approves the new budget for the city\nParks close early\n");
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, AHeadlineAboveAnImageLabelIsNoCaption) {
  const Article a = FromText(std::string("Home\nNews & Insights\nRefer a Patient\n") +
                             "Council approves the new budget for the city\nImage\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, AKickerGluedToTheHeadlineIsCutOff) {
  const std::string title = "Council approves the new budget for the city after a long debate";
  const Article a = FromText("Home\n" + title + "\nCity\nSubscribe\nLocal politics " + title +
                             "\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), title);
}

TEST(TextHeader, ATrailGluedToTheHeadlineIsCutOff) {
  const Article a = FromText(std::string("Home\nCity\nSubscribe\nHome /Council approves the budget\n") +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody + "Share\nCouncil approves the budget\n");
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget");
}

TEST(TextHeader, AHeadlineThatOpensWithATopicAndColonKeepsIt) {
  // The colon ends the topic's word: it is part of the headline, which a
  // teaser prints without it.
  const std::string title = "Council approves the new budget for the city after a long debate";
  const Article a = FromText("Home\nCity\nSubscribe\nBudget: " + title + "\nBy Jane Doe\nNov. 18, 2019\n" +
                             kBody + "More from City\n" + title + "\n");
  EXPECT_EQ(a.headline.value_or(""), "Budget: " + title);
}

TEST(TextHeader, AShortHeadlineAfterAWordIsNoKicker) {
  // "The" before a short title printed elsewhere is part of the headline.
  const Article a = FromText(std::string("Home\nCity\nSubscribe\nThe Budget Guide for Families\n") +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody + "Share\nBudget Guide for Families\n");
  EXPECT_EQ(a.headline.value_or(""), "The Budget Guide for Families");
}

TEST(TextHeader, ATitleRewordedBelowTheHeadlineIsNotIt) {
  const Article a = FromText(std::string("Home\nCity\nCouncil approves the new budget for the city after a debate\n") +
                             "Share\nCity council approves its new budget after a long debate\n" +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city after a debate");
}

TEST(TextHeader, ASearchTitleSetOffByItsTopicAboveTheHeadlineIsNotIt) {
  const Article a = FromText(std::string("Home\nCity\nBudget: Council approves new plan for the city after debate\n") +
                             "Share\nCouncil approves the city's new budget-plan after a long debate\n" +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the city's new budget-plan after a long debate");
}

TEST(TextHeader, ATitleWhoseTopicTheHeadlinePrintsIsStillTheRewordedOne) {
  // The topic stands in the lower line's kicker: the upper line is the headline.
  const Article a = FromText(std::string("Home\nCity\nCity Budget: Council approves the new plan after a debate\n") +
                             "Share\nVote on the City Budget Council approves new plan after debate\n" +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "City Budget: Council approves the new plan after a debate");
}

TEST(TextHeader, ATitleWhoseTopicTheHeadlineOpensWithIsStillTheRewordedOne) {
  // Both lines open with the same topic: no search title over the headline.
  const Article a = FromText(std::string("Home\nCity\nBudget: Council approves new plan for the city after debate\n") +
                             "Share\nBudget: Council approves the city's new budget-plan after a long debate\n" +
                             "By Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Budget: Council approves new plan for the city after debate");
}

TEST(TextHeader, ATrailHoldingTheHeadlineAboveItIsNotIt) {
  // The line above holds the headline whole: a trail glued to it.
  const Article a = FromText(std::string("Home\nCity\nHomeCityCouncil approves the new budget for the city\n") +
                             "Council approves the new budget for the city\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, AHeadlineTheBodyRepeatsAsASubheadIsNoCaption) {
  // Right above the date line; the body's subhead rewords it.
  const std::string body(kBody);
  const std::size_t cut = body.rfind("The mayor");
  const Article a = FromText(std::string("Home\nCity\nType your search and press enter\n") +
                             "How the Council Approved the New Budget\nNov. 18, 2019\n" + body.substr(0, cut) +
                             "How the Council Approved the New Budget: The Full Story\n" + body.substr(cut));
  EXPECT_EQ(a.headline.value_or(""), "How the Council Approved the New Budget");
}

TEST(TextHeader, AShortLabelUnderTheHeadlineIsNotIt) {
  const Article a = FromText(std::string("Home\nCity\n") +
                             "What the Mayor Expects Once the Contracts Are Signed\nCouncil Budget Debate\n"
                             "Nov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "What the Mayor Expects Once the Contracts Are Signed");
}

TEST(TextHeader, TheFullHeadlineNearItsShortFormIsIt) {
  const Article a = FromText(std::string("Home\nCity\n") +
                             "Council Approves the Budget: What Changes for Schools and Roads\nBack to news\n"
                             "Council Approves the Budget\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council Approves the Budget: What Changes for Schools and Roads");
}

TEST(TextHeader, TheFullHeadlineSevenLinesFromItsShortFormIsIt) {
  const Article a = FromText(std::string("Home\nCity\n") +
                             "Council Approves the Budget: What Changes for Schools and Roads\nOn this page\n"
                             "Schools\nRoads\nLibrary\nTaxes\nNext steps\n"
                             "Council Approves the Budget\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council Approves the Budget: What Changes for Schools and Roads");
}

TEST(TextHeader, TheFullHeadlineAfterAKickerAboveItsShortFormIsIt) {
  const Article a = FromText(std::string("Home\nCity\n") + "The City Council Debate: Budget Approved After Four Hours\n" +
                             "Share\nBudget Approved After Four Hours\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "The City Council Debate: Budget Approved After Four Hours");
  // The short form below is no standfirst either.
  EXPECT_EQ(a.description.value_or(""), "");
}

TEST(TextHeader, ALabelBeforeAColonAboveTheHeadlineIsNoKicker) {
  const Article a = FromText(std::string("Home\nCity\n") + "Sharing options for: Budget Approved After Four Hours\n" +
                             "Share\nBudget Approved After Four Hours\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Budget Approved After Four Hours");
}

TEST(TextHeader, TheFullHeadlineHoldingItsShortFormInBracketsIsIt) {
  const Article a = FromText(std::string("Home\nCity\n") + "Why Did It Take So Long? (City Budget Debate)\n" +
                             "Share\nCity Budget Debate\nBy Jane Doe\nNov. 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Why Did It Take So Long? (City Budget Debate)");
}

TEST(TextHeader, ALogosAltTextAwayFromTheNameIsNotTheHeadline) {
  const Article a = FromText(std::string("Courier Health Clinic\nFind a doctor\nLocations\nCareers\nDonate\n") +
                             "Courier Health Clinic wordmark\nShow menu\nNews\nCouncil\nCourier Health Clinic wordmark\n"
                             "All Articles\nNOV. 18, 2019\n"
                             "Council approves the new budget for the city\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget for the city");
}

TEST(TextHeader, ATitleAboveASubtitleOverThePortraitIsTheHeadline) {
  const Article a = FromText(std::string("Courier Letters\n\nSubscribeSign in\n") +
                             "Why isn't the council's budget planned around what the schools need?\n"
                             "A first look at the budget, the library and the roads\n"
                             "Jane Doe's avatar\nJane Doe\nNov. 18, 2019\nShare\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Why isn't the council's budget planned around what the schools need?");
}

TEST(TextHeader, AMenusLastItemPrintedAgainIsNotRepeatedAlone) {
  const Article a = FromText(std::string("Home\nShop\nHolidays\nEaster\nHalloween\nBack to the Budget\n") +
                             "Nov. 18, 2019 \u00B7 12 Comments\nCouncil votes for the new budget after four hours\n" +
                             kBody + "Holidays\nEaster\nHalloween\nBack to the Budget\nSearch\n");
  EXPECT_EQ(a.headline.value_or(""), "Council votes for the new budget after four hours");
}

TEST(TextHeader, ATrailGluedToTheHeadlineAboveItNamesIt) {
  const Article a = FromText(std::string("Home\nNews\n\nCouncil elections set for the spring\n\n") +
                             "Council debate on taxes draws a crowd\nBreadcrumbs\n" +
                             "NewsCityCouncil approves the new budget\nCouncil approves the new budget\n\n" + kBody +
                             "\nMost read\nCouncil elections set for the spring\n");
  EXPECT_EQ(a.headline.value_or(""), "Council approves the new budget");
}

TEST(TextHeader, ATrailGluedToTheHeadlineIsNoByline) {
  const Article a = FromText(std::string("Home\nAbout\nCareers\nHomeCouncil Budget Guide\nCouncil Budget Guide\n\n") +
                             kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council Budget Guide");
  EXPECT_FALSE(a.byline.has_value());
  EXPECT_TRUE(a.authors.empty());
}

TEST(TextHeader, TheCopysFirstLineYieldsToAHeadlineLower) {
  const Article a = FromText(std::string("City Courier - News of the council, the budget and the library\n") +
                             "News\nCity\nSport\nWeather\nBusiness\nLong night at the town hall\nBy Jane Doe\n"
                             "Tuesday, 5 March 2024\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Long night at the town hall");
}

TEST(TextHeader, ALineThatSaysItTwiceIsNoHeadline) {
  const Article a = FromText(std::string("Courier\nNews\nCity\n") + "The council budget The council budget\n" +
                             "The Council Budget: Four Hours of Debate on Schools and Roads\nBy Jane Doe\n\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "The Council Budget: Four Hours of Debate on Schools and Roads");
}

TEST(TextHeader, ASectionsNameFromTheMenuOverTheHeadlineIsNotIt) {
  const Article a = FromText(std::string("Home\nNews\nCity Council Budget\nSport\nCulture\n\nCourier\n") +
                             "City Council Budget\n"
                             "Mayor wins four hour debate as council approves city budget with school funding\n"
                             "By Jane Doe\nNov. 18, 2019\n\n" + kBody + "\nAbout\nCity Council Budget\nContact\n");
  EXPECT_EQ(a.headline.value_or(""),
            "Mayor wins four hour debate as council approves city budget with school funding");
}

TEST(TextHeader, AShortHeadlineBetweenLabelsAndRepeatedAfterTheBodyIsStillIt) {
  const Article a = FromText(std::string("Services\nFAQs\nCouncil Budget Vote\nHome\nNews\n") +
                             "Pictures from the town hall as the library plan passed\nBy Jane Doe\nNov. 18, 2019\n\n" +
                             kBody + "\nShare this story with your neighbours and friends\nCouncil Budget Vote\n" +
                             "Find the council office nearest to your home\n");
  EXPECT_EQ(a.headline.value_or(""), "Council Budget Vote");
}

TEST(TextHeader, ALabelBesideTheBylineGivesWayToTheTitleOverItsStandfirst) {
  const Article a = FromText(std::string("News\nPolitics\n") +
                             "Mayor wins the vote as the council passes her plan\n"
                             "The mayor's plan funds schools, roads and the library but critics fear cuts.\n\n"
                             " Copy Link\n Share via email\n Share on X\n Share on LinkedIn\n"
                             "City budget debate\nThe council chamber on Tuesday. | Jane Roe/City Press\n"
                             "November 18, 2019 5:50 pm\nBy Jane Doe\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Mayor wins the vote as the council passes her plan");
}

TEST(TextHeader, AFullTitleKeepsItsPlaceOverALabelWithoutAStandfirstAbove) {
  const Article a = FromText(std::string("News\nCouncil approves the city budget after four hours of debate\n") +
                             "City budget vote\nNovember 18, 2019 5:50 pm\nBy Jane Doe\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the city budget after four hours of debate");
}

TEST(TextHeader, AKickerGluedToItsNextElementGivesWayToTheHeadlineBelow) {
  const std::string header = "Home\nMarkets\nBudget at nightCouncil debate runs four hours\nCouncil passes the budget\n"
                             "The mayor's plan funds schools, roads and the library.\n"
                             "Frankfurt, November 18, 2019, 3:48\nJane Doe\n";
  EXPECT_EQ(FromText(header + kBody).headline.value_or(""), "Council passes the budget");
  // Four words before the seam are more than a kicker.
  std::string longer = header;
  longer.replace(longer.find("Budget at"), 9, "City budget at");
  EXPECT_EQ(FromText(longer + kBody).headline.value_or(""), "City budget at nightCouncil debate runs four hours");
}

TEST(TextHeader, AGluedKickerPrintedAgainWithItsMarkGivesThatLine) {
  const Article a = FromText(std::string("Home\nPolitics\nJane Doe\nNovember 18, 2019\n") +
                             "Budget voteCouncil approves the city budget after four hours of debate\n"
                             "Budget vote / Council approves the city budget after four hours of debate\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Budget vote / Council approves the city budget after four hours of debate");
}

TEST(TextHeader, ATrailGluedWithoutSpacesLeavesTheHeadline) {
  // The headline is printed only after its trail; a name with one inner
  // capital ("WordPress") stays whole.
  const Article a = FromText(std::string("Search\nMenu\n") +
                             "HomeCityCouncilBudget vote: Council approves the city budget\n"
                             "By Jane Doe\nNovember 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Budget vote: Council approves the city budget");
  const Article b = FromText(std::string("Search\nMenu\n") +
                             "WordPress powers the council's new budget site\n"
                             "By Jane Doe\nNovember 18, 2019\n" + kBody);
  EXPECT_EQ(b.headline.value_or(""), "WordPress powers the council's new budget site");
}

TEST(TextHeader, AGluedMenuIsNotCutIntoAHeadline) {
  // Seams past the first word: menu items glued together, not a trail.
  const Article a = FromText(std::string("Search\nMenu\n") +
                             "HomeNewsSport Top StoriesVideos of the council budget\n"
                             "By Jane Doe\nNovember 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or("").rfind("HomeNewsSport", 0), 0U);
}

TEST(TextHeader, AKickerSetOffByADashLeavesTheHeadline) {
  const Article a = FromText(std::string("Search\nMenu\n") +
                             "City budget - Council approves the budget after four hours of debate\n"
                             "By Jane Doe\nNovember 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours of debate");
}

TEST(TextHeader, ChromiumsDashLeftOnTheHeadlineGoes) {
  const Article a = FromText(std::string("Search\nMenu\nCity budget\n") +
                             "-\u00ABWe approved the budget after four hours of debate\u00BB\n"
                             "By Jane Doe\nNovember 18, 2019\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "\u00ABWe approved the budget after four hours of debate\u00BB");
}

TEST(TextHeader, DashesThatSetOffNoKickerStay) {
  // A title and its subtitle, a quotation's dash, several dashes: kept.
  for (const char* line : {"Budget Watch #18 - The Year Without Money?",
                           "- Council approves the budget after four hours of debate",
                           "Council budget - Vote - Council approves the budget after four hours of debate",
                           "Council approves the budget after four hours of debate - Update"}) {
    const Article a =
        FromText(std::string("Search\nMenu\n") + line + "\nBy Jane Doe\nNovember 18, 2019\n" + kBody);
    EXPECT_EQ(a.headline.value_or(""), line);
  }
}

TEST(TextHeader, AWeatherReadingIsNoHeadline) {
  // The reading and the day's date top the page, over a long menu.
  const Article a = FromText(std::string("Search\n53.9 F\nRiverside\nFriday, April 28, 2023\nCourier\n") +
                             "Home\nArchives\n2022\nNovember\nDecember\n2023\nJanuary\nFebruary\nMarch\nApril\n"
                             "City\nSchools\nRoads\nAbout Us\nAdvertise\nContact\nPrivacy Policy\nSitemap\n"
                             "Council approves the budget after four hours of debate\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Council approves the budget after four hours of debate");
}

TEST(TextHeader, AQuestionHeadlineUnderItsOneLineTrailLeavesTheBody) {
  // A question ends as a sentence does, so the body's run takes it in
  // with the trail above it; the trail's last step is the headline.
  const Article a = FromText(std::string("Courier\nNews\nSport\nContact\n") +
                             "Guides/City budget/Is the Budget Too Big?\nIs the Budget Too Big?\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Is the Budget Too Big?");
  EXPECT_EQ(a.body.find("Guides/"), std::string::npos);
  EXPECT_EQ(a.body.rfind("The council voted", 0), 0U);
}

TEST(TextHeader, ATrailPrintedUnderTheHeadlineNamesItToo) {
  const Article a = FromText(std::string("Courier\nNews\nSport\nContact\n") +
                             "Is the Budget Too Big?\nBlog Home \u276F City \u276F Is the Budget Too Big?\n" + kBody);
  EXPECT_EQ(a.headline.value_or(""), "Is the Budget Too Big?");
  EXPECT_EQ(a.body.find("Blog Home"), std::string::npos);
}

TEST(TextHeader, TrailBesideNeedsTwoStepMarksAndNoAddress) {
  const Document d = ParseText(
      "Guides \u00BB City \u00BB Is the Budget Too Big?\nIs the Budget Too Big?\n\n"
      "Market close / Stocks slip on rate fears\nStocks slip on rate fears\n\n"
      "https://example.com/news/Council votes\nCouncil votes\n");
  ASSERT_EQ(d.blocks.size(), 6U);
  EXPECT_EQ(TrailBeside(d, 1), 0);
  EXPECT_EQ(TrailBeside(d, 0), -1);  // the trail ends in no line beside it
  EXPECT_EQ(TrailBeside(d, 3), -1);  // one mark sets off a kicker
  EXPECT_EQ(TrailBeside(d, 5), -1);  // an address
}

// The picture's caption, a sentence, outweighs the title-case headline
// under it on body words alone; on a page whose prose is in sentence case
// the title case marks the headline.
const char kGrinderHeader[] =
    "Brewing Notes\nHome\nReviews\nAbout\n"
    "Mara Lindqvist grinding a light roast at the counter of her studio\ngear\n";
const char kGrinderByline[] =
    "Four affordable grinders now come close to far pricier models in the cup. Here are the ones we would buy.\n"
    "Photo of author\nMara Lindqvist\nLicensed coffee grader, M.A. Journalism\n"
    "\u2192 Learn about my qualifications and review process.\nMarch 3, 2024\n";

TEST(TextHeader, ATitleCaseHeadlineOutweighsTheCaptionAboveItInEnglishProse) {
  const Article a = FromText(std::string(kGrinderHeader) +
                             "Best Hand Grinders Under $100: Our Top Picks for Home Brewing\n" + kGrinderByline +
                             "When it comes to grinding coffee with hand grinders, the gap between cheap and expensive "
                             "models has narrowed a lot. I ground more than forty kilos of light roast to find out "
                             "which affordable models are worth your money.\n"
                             "Each model was tested with the same light roast beans, set for espresso and for filter "
                             "coffee, and I measured how even the grounds were at my kitchen counter.\n"
                             "The cheapest model struggled with fine settings, but it made a very good cup of filter "
                             "coffee, which is what most people brew at home anyway.\n");
  EXPECT_EQ(a.headline.value_or(""), "Best Hand Grinders Under $100: Our Top Picks for Home Brewing");
}

TEST(TextHeader, TitleCaseNeedsThreeCasedWordsMostlyCapitalised) {
  EXPECT_TRUE(InTitleCase("16 Tips for Writing AI-Ready Code"));
  EXPECT_TRUE(InTitleCase("Best Hand Grinders Under $100: Our Top Picks"));
  EXPECT_FALSE(InTitleCase("How to make it easy for agents to work with your codebase"));
  EXPECT_FALSE(InTitleCase("Lego feiert den Star-Wars-Tag mit neuen Angeboten"));
  EXPECT_FALSE(InTitleCase("Cleaning Industry"));  // too few words to tell
}

// A newsletter's item titles, listed again in its contents after the
// text, are labels the body keeps: they take no paragraph's place in the
// header's reading of the body, whose last items name what the headline
// does, so the headline keeps its words and wins over the sign-up line.
TEST(TextHeader, TitlesListedAgainAfterTheTextLeaveTheHeadlineItsWords) {
  const std::string headline = "Harbour Notes issue 42: ferries, lighthouse, tides, bakery & more";
  std::string text = "Ann Lee\n\nBlog\nNewsletter\nContact\n" + headline +
                     "\nHarbour Notes is a weekly letter about our little town. Want it in your inbox every Sunday? "
                     "Subscribe below!\n\nPicture of Ann Lee\nAnn Lee, April 19, 2020\n\nWelcome to this week's "
                     "letter, which is a little longer than usual because a lot happened in town.\n\n";
  std::string contents = "Contents\n";
  for (int k = 1; k <= 18; ++k) {
    const std::string title = "Club " + std::to_string(k) + " news";
    text += title + "\nClub " + std::to_string(k) +
            " met on Tuesday to plan its summer fair, and everyone who came along said it was a fine way to spend "
            "an afternoon.\n\n";
    contents += title + "\n";
  }
  const std::vector<std::pair<std::string, std::string>> late = {
      {"Ferry timetable changes", "The ferries now leave the harbour at six in the morning, and the ferries' last "
                                  "sailing is at ten at night."},
      {"Lighthouse tours return", "Tours of the lighthouse start again in April; the lighthouse keeper's cottage "
                                  "opens as a tea room too."},
      {"Spring tides warning", "The tides this month are the highest of the year, and the tides may cover the low "
                               "road twice a day."},
      {"Bakery opens on Quay Street", "A bakery opened on Quay Street this week, and the bakery sold out of rye "
                                      "loaves by ten each morning."}};
  for (const auto& [title, paragraph] : late) {
    text += title + "\n" + paragraph + "\n\n";
    contents += title + "\n";
  }
  const Article a = FromText(text + contents + "\nWant to subscribe?\n");
  EXPECT_EQ(a.headline.value_or(""), headline);
  EXPECT_NE(a.body.find("Club 3 news"), std::string::npos);
}

// A guide's contents list names its subheadings, each printed again over
// its own section: neither the list's entries nor the first subheading
// right over the text is the headline, which stands above the list.
TEST(TextHeader, AContentsListAndItsSubheadingsAreNotTheHeadline) {
  const std::string sections =
      "Picking a Spot\nA sunny corner with good drainage suits most plants, and it keeps the soil from staying wet "
      "after rain.\n\n"
      "Preparing the Soil\nDig in a layer of compost in early spring, then rake the bed level before sowing any "
      "seeds.\n\n"
      "Sowing and Planting\nSow hardy crops outdoors once the frosts end, and plant tender ones out a few weeks "
      "later.\n\n"
      "Watering Through Summer\nWater deeply twice a week rather than a little every day, so that roots grow "
      "down into the cooler soil.\n\n";
  const std::string contents = "Contents\nPicking a Spot\nPreparing the Soil\nSowing and Planting\nWatering Through Summer\n";
  // The first subheading over the text, the list far above it.
  const Article over_text = FromText("Home\nGuides\nA Gardening Guide for Small Plots\n" + contents + sections);
  EXPECT_EQ(over_text.headline, "A Gardening Guide for Small Plots");
  // A contents entry beside the byline a two-word entry passes for.
  const Article entry = FromText("Home\nGuides\nA Gardening Guide for Small Plots\n" + contents + "\n" + sections);
  EXPECT_EQ(entry.headline, "A Gardening Guide for Small Plots");
  // A run of teaser titles printed again lower down, with names and
  // dates between the copies and no prose, is no contents list: the
  // headline printed among them keeps its place.
  const std::string teasers = "Rates Rise Again in Spring\nNew Ferry Route Opens\nLibrary Hours Are Extended\n";
  const Article teaser = FromText("Latest\nCouncil Approves the New Budget\n" + teasers +
                                  "Council Approves the New Budget\nBy Ann Lee\nMay 2, 2025\n" + kBody +
                                  "\nMore\nCouncil Approves the New Budget\nAnn Lee\nMay 2, 2025\n"
                                  "Rates Rise Again in Spring\nTom Hart\nMay 1, 2025\nNew Ferry Route Opens\n"
                                  "Ann Lee\nApril 30, 2025\nLibrary Hours Are Extended\nTom Hart\nApril 29, 2025\n");
  EXPECT_EQ(teaser.headline, "Council Approves the New Budget");
  // A ticker of titles over the headline, printed again under the text
  // with a one-sentence summary under each: the headline, printed three
  // times, is no contents entry.
  const std::string summaries =
      "Council Approves the New Budget\nThe council passed the plan on Tuesday after a long debate.\n"
      "Rates Rise Again in Spring\nThe bank raised its rate for the third time this year.\n"
      "New Ferry Route Opens\nBoats now run to the island every hour in summer.\n"
      "Library Hours Are Extended\nThe main branch now opens on Sunday afternoons.\n";
  const Article ticker = FromText("Trending\nCouncil Approves the New Budget\n" + teasers +
                                  "Council Approves the New Budget\nBy Ann Lee\nMay 2, 2025\n" + kBody +
                                  "\nMost read\n" + summaries);
  EXPECT_EQ(ticker.headline, "Council Approves the New Budget");
}

TEST(TextHeader, ASentenceHeadlineOverTheDateAndBylineIsTheHeadline) {
  // Printed with its full stop at the top of the header block, under a
  // menu: the headline, in both copy shapes.
  const std::string top = "Shop\nJournal\nAbout\nTwelve months of running the council's budget office.\n"
                          "March 3, 2025\nBy Anna Field\n";
  EXPECT_EQ(FromText(top + kBody).headline, "Twelve months of running the council's budget office.");
  EXPECT_EQ(FromText(top + "\n" + kBody).headline, "Twelve months of running the council's budget office.");
  // A standfirst with its full stop under the headline stays the
  // standfirst: the line over it is a title.
  const Article deck = FromText(std::string("News\nCouncil Agrees Budget After Long Debate\n"
                                            "The vote ends months of argument.\nBy Anna Field\nMarch 3, 2025\n") +
                                kBody);
  EXPECT_EQ(deck.headline, "Council Agrees Budget After Long Debate");
  // Nor with share buttons or a picture's credit between them.
  const Article shared = FromText(std::string("News\nHarbour council backs new ferry pier\nShare\nTweet\nEmail\n"
                                              "The vote ends two years of argument.\nBy Anna Field\n"
                                              "March 3, 2025\n") +
                                  kBody);
  EXPECT_EQ(shared.headline, "Harbour council backs new ferry pier");
  // A kicker's line whose end the header prints again below: the bare
  // line is the headline.
  const Article kicker = FromText(std::string("News\nSport\nHARBOUR Council backs new ferry pier.\nAnna Field\n"
                                              "March 3, 2025\n\nHARBOUR\nCouncil backs new ferry pier\n") +
                                  kBody);
  EXPECT_EQ(kicker.headline, "Council backs new ferry pier");
}

}  // namespace
}  // namespace pith
