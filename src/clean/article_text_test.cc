#include "clean/article_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parse/text_parse.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

// Paragraphs of a story about a new tram line.
const char kPara1[] = "The regional assembly approved the tram extension on Thursday, clearing the way for work on "
                      "the eastern line to start next spring, after two years of studies and public hearings.";
const char kPara2[] = "Residents along the route welcomed the decision, though shop owners asked for help during "
                      "the works, which will close parts of the main avenue for several months.";
const char kPara3[] = "The transport office expects the first trams to run in 2026 and says that the line will "
                      "carry about forty thousand passengers a day once it is complete.";
const char kPara4[] = "Opposition members said they would keep pressing for an independent review of the cost, "
                      "and called for the contracts to be published in full before the summer.";

struct Picked {
  Strings body;
  Strings captions;
};

Picked Pick(const std::string& text) {
  const Document d = ParseText(text);
  const Selection sel = SelectTextArticle(d);
  Picked out;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (sel.verdicts[i].role == Role::kBody) out.body.push_back(d.blocks[i].text);
    if (sel.verdicts[i].role == Role::kCaption) out.captions.push_back(d.blocks[i].text);
  }
  return out;
}

std::string Article() { return std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3 + "\n\n"; }

TEST(SelectTextArticle, CommentThreadUnderTheArticleStaysOut) {
  // Each comment is prose, but grouped with its author and time and headed
  // by the thread's title.
  std::string text = "Budget passes\n\n" + Article() + "3 responses to \xE2\x80\x9C" "Budget passes\xE2\x80\x9D\n\n";
  for (const char* name : {"jdoe", "citizen42", "mapleleaf"}) {
    text += std::string(name) + " says:\nNovember 19, 2019 at 6:34 am\n"
            "I think the council got this one right, and I am glad they finally agreed on something for once.\n"
            "Reply\n";
  }
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

// A page that appends the next story under this one (endless scroll):
// its headline, "By" line and a date line shaped like the page's own,
// once the article has run for a while.
const char kPara5[] = "The first section of track will be laid between the station and the hospital, where the "
                      "street is wide enough to keep two lanes open for cars and buses during the works. The "
                      "bus stops on that stretch will move to the side streets until the autumn.";
const char kPara6[] = "A public meeting on the timetable of the works is planned for April in the town hall, and "
                      "the plans will be shown in the library for anyone who cannot attend it. Written questions "
                      "may be sent to the transport office until the end of March.";

std::string WithNextStory(const std::string& next_date) {
  return "Tram line approved\n\nBy Ana Ruiz\n\nPublished 12.03.2025 - 10:15\n\n" + Article() + kPara4 + "\n\n" +
         kPara5 + "\n\n" + kPara6 + "\n\nCouncil opens a second swimming pool for the summer season\n\nBy Lea Holm\n\n" + next_date +
         "\n\nThe new pool on the river meadow will open on the first of June, the council said, with lanes for "
         "swimmers in the mornings and a shallow basin for children.\n\nEntry will cost the same as at the old "
         "pool, and season tickets bought last year will be valid at both of them until September.\n\n";
}

TEST(SelectTextArticle, SignUpBoxAroundItsEmailFieldStaysOut) {
  // Its title and pitch above the field, its button and privacy line
  // under it; the subhead over the next paragraph is the article's.
  const std::string text = std::string(kPara1) + "\n" + kPara2 +
                           "\nThe Tram Letter\nThe week's transport news, every Friday.\nEnter your email address\n"
                           "Sign up\nWe never share your address.\nWhat comes next\n" + kPara3 + "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, "What comes next", kPara3, kPara4}));
}

TEST(SelectTextArticle, SentenceOverAFieldsPitchStays) {
  // A field printed under its pitch alone: the sentence over the pitch
  // (announcing a video the copy left out) is the article's last.
  const std::string text = std::string(kPara1) + "\n" + kPara2 +
                           "\nThe route is shown in the video below:\nThanks for reading The Tram Letter! "
                           "Subscribe for free to receive new posts.\nType your email...\nSubscribe\n" + kPara3 +
                           "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, "The route is shown in the video below:", kPara3, kPara4}));
}

TEST(SelectTextArticle, SentencesSetWithTheFieldGoWithItsBox) {
  // A copy with blank lines between paragraphs: the box's title and
  // pitch are sentences set with the field, no blank line between.
  const std::string text = std::string(kPara1) + "\n\n" + kPara2 +
                           "\n\nCities are changing fast. Keep up with the Tram Daily newsletter.\n"
                           "The best way to follow issues you care about.\nEmail Address\nSubscribe\n\n" +
                           kPara3 + "\n\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, PitchABlankLineSetsApartFromItsFieldGoes) {
  // The box's title and pitch, a blank line, the field with its button.
  const std::string text = std::string(kPara1) + "\n\n" + kPara2 +
                           "\n\nTram Time\nPlan your next trip with Tram Time, featuring deals, routes and maps.\n\n"
                           "Type your email...\nSubscribe\n\n" + kPara3 + "\n\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, TwoSentencePitchUnderItsTitleGoesWithTheBox) {
  // No blank lines: the box's title, a pitch of two sentences, the field.
  const std::string text = std::string(kPara1) + "\n" + kPara2 +
                           "\nGet the Morning Letter\nEvery weekday morning we send the day's top stories to your "
                           "inbox.\nIt is free, and you can unsubscribe at any time with one click.\n"
                           "Enter your email address\nSign up\n" + kPara3 + "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, ParagraphRightUnderAnEmailFieldStays) {
  const std::string text = std::string(kPara1) + "\n" + kPara2 + "\nSIGN UP FOR OUR NEWSLETTER\nemail address\n" +
                           kPara3 + "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, VideoBoxAroundItsLengthStaysOut) {
  // The title and age above the length, the title again under it; the
  // sentence above the box is the article's.
  const std::string text = std::string(kPara1) + "\n" + kPara2 +
                           "\nCouncil votes on the new tram line\n3 hours ago\nDuration 1:45\n"
                           "Council votes on the new tram line again\n" + kPara3 + "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, SentencesBesideAVideoLengthStay) {
  const std::string text = std::string(kPara1) + "\n" + kPara2 + "\n00:00:49\n" + kPara3 + "\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, NextStoryUnderADateLikeThePagesEndsTheArticle) {
  EXPECT_EQ(Pick(WithNextStory("Published 11.03.2025 - 18:02")).body,
            (Strings{kPara1, kPara2, kPara3, kPara4, kPara5, kPara6}));
}

TEST(SelectTextArticle, DateLineOfAnotherShapeDoesNotEndTheArticle) {
  // A date written otherwise is the article's own (a dated section), not
  // the page's header printed again.
  const Strings body = Pick(WithNextStory("March 11, 2025")).body;
  EXPECT_GT(body.size(), 6U);
}

// Comments as paragraphs of their own under "name N hours ago" lines: the
// run would read them as more article.
std::string RelativeTimeThread(const std::string& heading) {
  std::string text = heading;
  for (const char* name : {"riverwatcher vor 2 Stunden", "GlassHalfFull vor 3 Stunden", "nordlicht vor 5 Stunden"}) {
    text += std::string(name) + "\n\nI read the whole piece twice and I still think the assembly should have waited "
            "for the review of the cost before approving anything of this size.\n\n";
  }
  return text;
}

TEST(SelectTextArticle, CommentsHeadingWithThreadUnderItEndsTheRun) {
  const std::string text = "Budget passes\n\n" + Article() + kPara4 + "\n\n" + RelativeTimeThread("12 Kommentare\n");
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, RelativeTimesAfterTheArticleOpenAThread) {
  const std::string text = "Budget passes\n\n" + Article() + kPara4 + "\n\n" + RelativeTimeThread("");
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, LiveBlogEntriesWithRelativeTimesStay) {
  // Each entry under its time, from the top: no article before them.
  std::string text = "Tram vote live\n\n";
  for (const char* para : {kPara1, kPara2, kPara3, kPara4}) text += std::string("2 hours ago\n\n") + para + "\n\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, TeaserListWithExcerptsStaysOut) {
  std::string text = Article() + "Recommended\n\n";
  for (int i = 0; i < 4; ++i) {
    text += "Another story about the city\nBy Some Writer\n"
            "The city also announced on Monday that it would review the parking rules in the centre, which "
            "critics have long called unfair to residents and shop owners alike.\n\n";
  }
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

// Paragraph `n` of a long report, each its own text.
std::string ReportParagraph(int n) {
  const char* const places[] = {"the harbour", "the old town", "the station", "the university", "the market",
                                "the hospital", "the stadium", "the airport", "the river bank", "the north gate"};
  return "Work near " + std::string(places[n % 10]) + " will start in week " + std::to_string(n + 3) +
         ", the transport office said, and crews expect to finish that stretch of track before the autumn "
         "rains close the site for the winter months.";
}

// A report of `n` paragraphs, each line of the returned list a paragraph.
Strings Report(int n) {
  Strings out;
  for (int i = 0; i < n; ++i) out.push_back(ReportParagraph(i));
  return out;
}

std::string Join(const Strings& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) text += p + "\n\n";
  return text;
}

TEST(SelectTextArticle, ShortTailUnderARelatedBoxClosingTheArticleStaysOut) {
  const Strings report = Report(20);
  const std::string text = Join(report) + "Related content\nNew bus lanes on the ring road\n"
                           "A second bridge for the river\n\nMira Olsen has covered city hall for the paper "
                           "since 2015 and writes about transport and housing.\n\n";
  EXPECT_EQ(Pick(text).body, report);
}

TEST(SelectTextArticle, LastParagraphsUnderARelatedBoxInsideTheArticleStay) {
  // Under the box come the article's last paragraphs, a good share of it.
  const Strings report = Report(6);
  const std::string text = Join(Strings(report.begin(), report.end() - 2)) +
                           "Related content\nNew bus lanes on the ring road\n\n" +
                           Join(Strings(report.end() - 2, report.end()));
  EXPECT_EQ(Pick(text).body, report);
}

TEST(SelectTextArticle, ItemsEachClosingWithABoxKeepTheirLastParagraph) {
  // A round-up whose items each end with "More on ...": the last item's
  // box stands under the run, so the boxes above close items, not the page.
  const Strings report = Report(40);
  std::string text;
  for (std::size_t i = 0; i < report.size(); ++i) {
    text += report[i] + "\n\n";
    if (i >= 37) text += "More on item " + std::to_string(i) + "\nItem news " + std::to_string(i) + "\n\n";
  }
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), report.back());
}

TEST(SelectTextArticle, LinesRepeatedOnThePageAreNotTheArticle) {
  // The same teaser, a sentence of its own, in a rail above and below.
  const std::string rail = "Read how the mayor won the vote on the library, and what it will cost you.\n\n";
  const Picked p = Pick(rail + Article() + rail);
  EXPECT_EQ(p.body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, HeaderLinesOpeningTheRunStayOut) {
  // A standfirst that reads as prose, then "By" and the name, then the date.
  const std::string text = std::string("Is the budget too big?\n\n") +
                           "The council spent four hours on it. Critics say it was not enough time to read it.\n\n"
                           "By\nJane Doe\nNov. 18, 2019 7:04 pm ET\n\n" + Article();
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, CardByLineUnderTheLeadIsNoHeader) {
  // Under the page's date line, the lead, then a related story's card
  // (title, "By" line, date): the lead stays, the card leaves.
  const std::string text = std::string("Home\nNews\nTram line wins approval\nMarch 3, 2025\n4 minute read\n\n") +
                           kPara1 + "\n\nBus lanes planned for the north side, the council says\nBy Jane Roe\n"
                           "February 21, 2025\n\n" + kPara2 + "\n\n" + kPara3 + "\n\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, WidgetByLineAfterParagraphsIsNoHeader) {
  // The article's paragraphs, then a recommendation widget's "by" line
  // within the first lines of the run: the paragraphs stay the article.
  const std::string text = std::string("Home\nNews\n\nTram line wins approval\n") + kPara1 + "\n\n" + kPara2 +
                           "\n\n" + kPara3 + "\n\n" + kPara4 +
                           "\n\nWatch the opening of the line below, with the first test run:\n\n\n\n"
                           "by Adnet Sponsored LinksMORE FOR YOU\n"
                           "What Were the Big Announcements at the Regional Rail Fair in 2024?\nRailDigest\n"
                           "Why Everyone Is Switching to This Cheap Phone Plan\nPhonePlanWatch\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
}

TEST(SelectTextArticle, FooterNoticesAfterTheArticleStayOut) {
  const std::string text = Article() +
                           "Your email address will not be published. Required fields are marked *\n\n"
                           "Save my name, email, and website in this browser for the next time I comment.\n\n"
                           "Write to the newsroom at news@example.com with any corrections or tips you have.\n\n"
                           "Copyright 2019 Example News. All rights reserved.\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

// The bio's prose carries the run over the short lines between the
// article and its author box; once the run ends above the box, they end
// the article only where they still pay, so they leave it.
TEST(SelectTextArticle, ShortLinesAboveACutAuthorBoxLeaveWithIt) {
  const std::string text = std::string("Tram line approved\n") + kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n" +
                           "Filed:\tTransport, three districts\n"
                           "Cite as:\tCity Notes 12 (2019)\n"
                           "Data sheet (PDF)\n"
                           "Map of the route\n"
                           "Current series:\n"
                           "City works\n"
                           "< prev   |   next >\n"
                           "Anna Keller\n"
                           "Anna Keller is a former engineer who has covered the city's transport for ten years, "
                           "first for the local radio and later as the editor of the works bulletin.\n"
                           "She writes about trams, buses and the slow business of building them, and keeps a "
                           "record of every council vote on the network since the first line opened.\n"
                           "Copyright 2019 City Notes\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, CaptionsAndCreditLinesLeaveTheBody) {
  const std::string text = std::string(kPara1) + "\n\n" +
                           "Protesters outside the hall\n"
                           "The council met under heavy guard on Tuesday (Image: GETTY )\n\n" +
                           kPara2 + "\n\n" +
                           "FILE - In this Oct. 28, 2019, file photo, the mayor walks to the hall.\n" +
                           "Patrick Smith, ASSOCIATED PRESS\n\n" + kPara3 + "\n";
  const Picked p = Pick(text);
  EXPECT_EQ(p.body, (Strings{kPara1, kPara2, kPara3}));
  EXPECT_EQ(p.captions, (Strings{"The council met under heavy guard on Tuesday (Image: GETTY )",
                                 "FILE - In this Oct. 28, 2019, file photo, the mayor walks to the hall."}));
}

TEST(SelectTextArticle, ShopAndShareLinesInParenthesesAreNoCaptions) {
  const std::string text = Article() + "Click to share on Twitter (Opens in new window)\n"
                                       "Apple AirPods with Charging Case (Latest Model)\n";
  EXPECT_TRUE(Pick(text).captions.empty());
}

TEST(SelectTextArticle, CutShortHeadlinesAreNoProse) {
  // A rail of cut headlines longer than the article's lead does not win.
  std::string rail;
  for (int i = 0; i < 12; ++i) rail += "Teen chased by police breaks both legs with airport termin...\n\n";
  const std::string lead = "The council approved the budget on Tuesday after a long debate.\n\n";
  EXPECT_EQ(Pick(rail + lead).body, (Strings{"The council approved the budget on Tuesday after a long debate."}));
}

TEST(SelectTextArticle, RuleOfSymbolsIsNoProse) {
  const std::string text =
      std::string(300, '_') + "\n\n" + "Summary: the council approved the budget.\n\n" + kPara1 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{"Summary: the council approved the budget.", kPara1}));
}

TEST(SelectTextArticle, ShortJapaneseSentencesAreProse) {
  // Fourteen characters of Japanese say as much as a line of English.
  const std::string jp = "\xE4\xBB\xA5\xE4\xB8\x8B\xE3\x80\x81\xE3\x81\x9D\xE3\x81\xAE\xE6\x89\x8B"
                         "\xE9\xA0\x86\xE3\x82\x92\xE8\xAA\xAC\xE6\x98\x8E\xE3\x81\x97\xE3\x81\xBE"
                         "\xE3\x81\x99\xE3\x80\x82";  // 以下、その手順を説明します。
  std::string text = "Home\nNews\n\n";
  for (int i = 0; i < 5; ++i) text += std::to_string(i + 1) + jp + "\n\n";
  text += "Home\nNews\n";
  const Strings body = Pick(text).body;
  ASSERT_EQ(body.size(), 5u);
  EXPECT_EQ(body[0], "1" + jp);
}

TEST(SelectTextArticle, ListTheArticleAnnouncesBelongsToIt) {
  const std::string text = Article() + "The tour dates:\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n"
                                       "June 10 -- Credit Union Amphitheatre, Tampa, FL\nJune 14 -- Bank Amphitheatre, "
                                       "Alpharetta, GA\n\nFacebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_EQ(body.size(), 7u);
  EXPECT_EQ(body[3], "The tour dates:");
  EXPECT_EQ(body[6], "June 14 -- Bank Amphitheatre, Alpharetta, GA");
}

TEST(SelectTextArticle, SentenceSayingAListFollowsBringsItsList) {
  const std::string text = Article() + "Below is a list of the stops that the new line will serve once the works "
                                       "are finished next year.\n\nCentral Station\nMarket Square\nOld Harbour\n"
                                       "University Hill\n\nFacebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_EQ(body.size(), 8u);
  EXPECT_EQ(body[7], "University Hill");
}

TEST(SelectTextArticle, ListItemAMenuAlsoNamesDoesNotEndTheList) {
  // "Old Harbour" is also a link of the site's menu at the top.
  const std::string text = "Home\nOld Harbour\nContact\n\n" + Article() +
                           "Below is a list of the stops that the new line will serve once the works are finished "
                           "next year.\n\nCentral Station\nMarket Square\nOld Harbour\nUniversity Hill\n"
                           "North Park\n\nFacebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "North Park");
}

TEST(SelectTextArticle, MenuRepeatedUnderAnAnnouncementIsNoList) {
  // Under the sentence come the site's menu links, each printed at the
  // top too: they end the list at once.
  const std::string text = "Home\nNews\nSport\nContact\n\n" + Article() +
                           "Below is a list of the stops that the new line will serve once the works are finished "
                           "next year.\n\nHome\nNews\nSport\nContact\n\nFacebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_TRUE(std::find(body.begin(), body.end(), "Sport") == body.end());
}

TEST(SelectTextArticle, SentenceWithoutAnnouncementLeavesTheLinesBelow) {
  const std::string text = Article() + "The works on the eastern line will start next spring, the office said on "
                                       "Thursday.\n\nCentral Station\nMarket Square\nOld Harbour\nUniversity Hill\n\n"
                                       "Facebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_NE(body.back(), "University Hill");
}

TEST(SelectTextArticle, ListsAnnouncedUnderSubheadsOneAfterAnotherStay) {
  const std::string text = Article() + "First phase\nThe first phase of the tram extension will serve these stops:"
                                       "\n\nCentral Station\nMarket Square\nOld Harbour\n\nSecond phase\nThe "
                                       "second phase, planned for the following years, adds these stops:\n\n"
                                       "University Hill\nNorth Park\nAirport Road\n\nFacebook\nTwitter\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "Airport Road");
}

TEST(SelectTextArticle, LinksUnderARelatedHeadingInsideTheArticleLeave) {
  const std::string text = std::string(kPara1) + "\n\n" + kPara2 + "\n\nMore from UK\n\n"
                           "Prince Andrew abandons ties with the duke\n\nTicket holder wins the jackpot prize\n\n"
                           "Related: Council to vote again in March\n\n" + kPara3 + "\n\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, CardsUnderARelatedHeadingLeaveWithTheirPictureText) {
  // Picture text and headline go on the heading's group, in both copy
  // shapes: Chromium's (the paragraph after them too) and Firefox's.
  const std::string cards = "Read more\nA crowd waits at the tram stop on the main avenue in the rain.\n"
                            "Tram fares to rise in the new year\n"
                            "A worker checks the rails at the depot before the first service.\n"
                            "Depot staff vote on a new rota\n";
  const std::string chromium = Article() + cards + kPara4 + "\n";
  EXPECT_EQ(Pick(chromium).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
  const std::string firefox = std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3 + "\n" + cards + "\n" + kPara4;
  EXPECT_EQ(Pick(firefox).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, ParagraphAfterRelatedLinksResumesTheArticle) {
  // Firefox copies a heading in the group of the paragraph above it: a
  // paragraph after the links, in a group of its own, is no picture text.
  const std::string text = std::string(kPara1) + "\n\n" + kPara2 + "\nRelated\nCouncil to vote again in March\n\n" +
                           kPara3 + "\nWhat comes next\n\n" + kPara4 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, "What comes next", kPara4}));
}

TEST(SelectTextArticle, TeaserListWithSummariesUnderARelatedHeadingLeaves) {
  const std::string cards = "Read more\nTram fares to rise in the new year\n"
                            "The operator says the rise covers the cost of the new depot.\n\n"
                            "Depot staff vote on a new rota\nThe union asked its members to accept the offer.\n\n"
                            "Night buses return to the old town\nFour lines will run again from May.\n";
  EXPECT_EQ(Pick(Article() + kPara4 + "\n\n" + cards).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, ShortParagraphsUnderSubheadsAfterARelatedHeadingStay) {
  // Running prose after the cards: the article resumed after its links.
  const std::string text = std::string(kPara1) + "\n\nRelated\nCouncil to vote again in March\n\n"
                           "First steps\nThe works begin in spring with the new bridge over the river.\n\n"
                           "The cost\nIt is four million euros, half of it paid by the region.\n\n"
                           "The timetable\nThe first trams will run along the new line in the spring of 2026.\n\n" + kPara2 + "\n\n" + kPara3 + "\n";
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), "It is four million euros, half of it paid by the region."), body.end());
}

// An author box: the name, a role line, then the bio opening with the name.
const char kBio[] = "Nora Vell is a transport reporter who has covered the city's trams and buses since 2015 "
                    "and lives near the planned eastern line.";

TEST(SelectTextArticle, AuthorBoxClosingTheRunLeavesWithItsLabel) {
  const std::string text = Article() + kPara4 + "\n\nWritten by\nNora Vell\nSenior Reporter\n" + kBio +
                           "\nView all posts by Nora Vell\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, HiddenLayersAfterThePageCopyrightLineStayOut) {
  // A copy prints the page's hidden panels after the footer's copyright
  // line; they read as prose but are no article.
  const std::string panel1 = "Every guide we publish is checked by two editors, who compare each claim with the "
                             "maker's own figures and with our own tests before it goes live.";
  const std::string panel2 = "We are a small team of riders and engineers, and we have written about the city's "
                             "trams, buses and bicycles for more than ten years now.";
  const std::string text = Article() + kPara4 + "\n\n\u00a9 2025 Tramway Weekly. All rights reserved.\n\n" + panel1 +
                           "\n\n" + panel2 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, CreditWithAYearInsideTheArticleStays) {
  // A picture's credit opening with the sign and a year, with most of the
  // article under it, is no footer.
  const std::string text = std::string("Trams of the east line\n\n") + kPara1 + "\n\n\u00a9 2024 Nora Vell\n\n" +
                           kPara2 + "\n\n" + kPara3 + "\n\n" + kPara4 + "\n";
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), kPara4), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), kPara1), body.end());
}

TEST(SelectTextArticle, BioWithoutItsNameAboveStays) {
  // An op-ed's closing line about its writer, right under the last paragraph.
  const std::string text = Article() + kPara4 + "\n\n" + kBio + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4, kBio}));
}

TEST(SelectTextArticle, BioOfTheBylinesWriterClosingTheRunLeaves) {
  // No name line over the bio, but the header's byline names its writer:
  // the page's author box, set right under the last paragraph.
  for (const char* byline : {"By Nora Vell", "By Nora Vell | Tramway Weekly"}) {
    const std::string text = std::string(byline) + "\n\n" + Article() + kPara4 + "\n\n" + kBio + "\n";
    EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4})) << byline;
  }
}

TEST(SelectTextArticle, BioOfTheBylinesWriterUnderAHostsThanksStays) {
  // A guest post: the host thanks the writer in a paragraph of sentences
  // under the bio, which is the post's own closing.
  const std::string thanks = "Many thanks to Nora for this look at the new line. If you ride the trams yourself, "
                             "tell us in the comments what you would change about the plans, and we will pass "
                             "the best ideas on to the transport office before the hearings close in May.";
  const std::string text = "By Nora Vell\n\n" + Article() + kPara4 + "\n\n" + kBio + "\n\n" + thanks + "\n";
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), kBio), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), thanks), body.end());
}

TEST(SelectTextArticle, BioOfTheBylinesWriterOverANetworkLineLeaves) {
  // One short sentence and a footer's links glued into one line under the
  // bio: the box still closes the page.
  const std::string footer = "Cookie SettingsAbout UsMeet the StaffEthics StatementReview GuidelinesWrite For "
                             "UsCareersAdvertiseContactTerms of UsePrivacy NoticeAccessibilitySitemapRSS FeedsPress";
  const std::string text = "By Nora Vell\n\n" + Article() + kPara4 + "\n\n" + kBio + "\n\n" + footer +
                           "\nThis site is part of a media network.\n";
  const Strings body = Pick(text).body;
  EXPECT_EQ(std::find(body.begin(), body.end(), kBio), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), kPara4), body.end());
}

TEST(SelectTextArticle, BioOfAWriterTheBylineDoesNotNameStays) {
  // A guest writer's closing line under a story the byline gives to another.
  const std::string text = "By Ada Brill\n\n" + Article() + kPara4 + "\n\n" + kBio + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4, kBio}));
}

TEST(SelectTextArticle, BioOfTheBylinesWriterFarAboveTheEndStays) {
  // A profile opening with its subject's bio, the article going on below.
  std::string text = "By Nora Vell\n\n" + Article() + kBio + "\n\n";
  for (const char* stop : {"Harbour", "Market", "College", "Stadium", "Museum", "Station", "Bridge", "Library"}) {
    text += std::string("The ") + stop + " stop will open with the line, the transport office says, and will "
            "be served by a tram every six minutes at peak times and every ten in the evening.\n\n";
  }
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), kBio), body.end());
}

TEST(SelectTextArticle, NameOnlyInsideAWordIsNoNameLine) {
  const std::string bio = "Nor is the point that the line will be late; the council says the works are on time.";
  const std::string text = Article() + kPara4 + "\n\nNorway trams\n" + bio + "\n";
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), kPara4), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), bio), body.end());
}

TEST(SelectTextArticle, PeopleListedUnderTheirNamesStay) {
  // A list of people, each under a name line: the first item is far from
  // the run's end, so the last one is no author box either.
  std::string text = Article();
  std::string last;
  for (const char* name : {"Ada Brill", "Jon Okafor", "Eve Marsh", "Lu Pereira", "Tam Hollis"}) {
    last = std::string(name) + " is a painter who works with found wood and paint left over from building sites.";
    text += std::string(name) + "\n" + last + "\n\n";
  }
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), last), body.end());
}

TEST(SelectTextArticle, AltTextRepeatedInsideTheArticleLeaves) {
  const std::string alt = "Give the gift of homemade pear jam for the holidays #ad #canning #jam #pearjam "
                          "#homemade #gifts #recipes #fall #holidays #foodie #yum #delicious #sweet #fruit #preserves";
  const std::string text = std::string(kPara1) + "\n\n" + alt + "\n\n" + kPara2 + "\n\n" + alt + "\n\n" + kPara3 + "\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, PostEmbeddedAtTheEndBelongsToTheArticle) {
  const std::string post = "Who are we as a nation if we respond to threats with threats? pic.twitter.com/s96jjh8AlD";
  const std::string sig = "\xE2\x80\x94 Rep. Jane Doe (@janedoe) November 19, 2019";
  const std::string text = Article() + post + "\n" + sig + "\n\nUpdated at 1:23 p.m.\nMost Popular\nVideo\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, post, sig}));
}

TEST(SelectTextArticle, CopyWithoutBlankLinesWeighsEveryLineAlone) {
  // A scraper's dump: one line per block and no blank lines, so the whole
  // page is one group, which must not count against its paragraphs.
  const std::string text = std::string("Home\nNews\nSport\nWeather\nCouncil approves the budget\n") + kPara1 + "\n" +
                           kPara2 + "\nAdvertisement\n" + kPara3 + "\n" + kPara4 +
                           "\nMost read\nMayor wins the vote on the library\nSchools get new roofs\n"
                           "Your email address will not be published. Required fields are marked *\n"
                           "Copyright 2019 Example News. All rights reserved.\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, GoesOnThroughSubheadsAndShortSentences) {
  // A checklist: short tips under subheads, each month opened by a short
  // sentence; the run reaches the closing paragraph.
  std::string text = std::string("Home\nTips\n\n") + kPara1 + "\n\n" + kPara3 + "\n\n";
  for (const std::string month : {"January", "February", "March", "April", "May", "June", "July", "August"}) {
    text += month + ", the plan\n\nCheck the " + month + " list.\n\nFirst step in " + month +
            "\n\nBook the hall in " + month + " before the dates are gone.\n\nSecond step in " + month +
            "\n\nWrite the cards for " + month + " a week ahead.\n\n";
  }
  text += std::string(kPara2) + "\n\nShare\nAbout us\n";
  const Picked p = Pick(text);
  ASSERT_FALSE(p.body.empty());
  EXPECT_EQ(p.body.front(), kPara1);
  EXPECT_EQ(p.body.back(), kPara2);
}

// A "Trending" box and ads set inside the article: short headlines and
// section labels under chrome labels, costing more than the paragraphs
// above them weigh.
const char kTrendingBox[] = "Advertisement\nStory continues below\nTrending\n"
                            "Ferry timetable changes for the summer season\nTransport\n"
                            "Council votes to repaint the old lighthouse\nLocal\n"
                            "Three bakeries share the prize at the bread fair\nFood\n"
                            "Fishing quotas cut again for the northern grounds\nBusiness\nAdvertisement\n";

TEST(SelectTextArticle, WidgetSplittingTheArticleLeavesAndItsPartsJoin) {
  const std::string text = std::string("Home\nNews\nTram line approved\n") + kPara1 + "\n" + kPara2 + "\n" +
                           kTrendingBox + kPara3 + "\n" + kPara4 + "\n" + kPara5 + "\n" + kPara6 +
                           "\nShare this article\nContact us\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4, kPara5, kPara6}));
}

TEST(SelectTextArticle, ShortSummariesBeyondAWidgetDoNotJoin) {
  // Above the box: a list of teasers whose one-line summaries read as
  // prose, but much shorter than the article's paragraphs.
  std::string text = "Home\nNews\n";
  for (int i = 0; i < 5; ++i) text += "Schools get new roofs before the winter.\nCity pool opens early this year.\n";
  text += std::string(kTrendingBox) + kPara3 + "\n" + kPara4 + "\n" + kPara5 + "\n" + kPara6 + "\nContact us\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara3, kPara4, kPara5, kPara6}));
}

TEST(SelectTextArticle, PartsBetweenUnlabelledLinesDoNotJoin) {
  // Without a chrome line the short lines are the page's own, not a widget.
  std::string box = kTrendingBox;
  for (const std::string label : {"Advertisement\n", "Story continues below\n", "Trending\n"}) {
    for (std::size_t at = box.find(label); at != std::string::npos; at = box.find(label)) box.erase(at, label.size());
  }
  const std::string text = std::string("Home\nNews\n") + kPara1 + "\n" + box + kPara3 + "\n" + kPara4 + "\n" +
                           kPara5 + "\n" + kPara6 + "\nContact us\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara3, kPara4, kPara5, kPara6}));
}

// A story about a ferry line set as a page does that prints a label over
// each paragraph (Chromium: the label glued over it), split by a box of
// a picture's alt text and caption, a subhead and a short paragraph,
// with no chrome line: `above` is what stands over the box.
std::string OverInTextBox(const Strings& above, const std::string& box_extra) {
  const std::string label = "Article content\n";
  std::string text = "Home\nNews\nFerry line to go electric\nBy Jane Roe\nMarch 3, 2025\n4 minute read\n\n";
  for (const std::string& p : above) text += label + p + "\n\n";
  text += label + "Pieter Vandam on the deck of the old ferry.\n" +
          "Pieter Vandam, director of the Lakeside Ferry Company, on the deck of the old diesel ferry at the Harlow "
          "pier in Morden. Photo by Ines Carr\n" +
          box_extra + label + "Charging at both piers\n" + label +
          "Morden wants the chargers ready before the first boat arrives.\n\n";
  for (const char* p : {"The council must still approve a charging station at the Harlow pier, which would draw power "
                        "from the grid at night when it is cheap and store it in a battery bank.",
                        "Vandam said the Lakeside Ferry Company would pay for the chargers at both piers itself, "
                        "while the Morden council would lay the cable along the harbour road.",
                        "The Lakeside Ferry Company said the new boats would carry as many passengers and cars as "
                        "the old ones, and that tests on a sister route had shown no delays.",
                        "The Morden council will vote on the charging station in April, after a public hearing "
                        "where residents of the harbour streets can put their questions to Vandam."}) {
    text += label + p + "\n\n";
  }
  return text + "Share this article\nContact us\n";
}

const Strings kFerryLead = {
    "The Lakeside Ferry Company told the Morden council on Tuesday that it would replace its two diesel boats "
    "with electric ones by the summer of 2027.",
    "Director Pieter Vandam said the Harlow crossing burns more fuel than any other route the Lakeside Ferry "
    "Company runs.",
    "The first hull is being built at a yard in Kessel, which built the two diesel boats of the Lakeside Ferry "
    "Company in the 1990s as well."};

TEST(SelectTextArticle, PartNamingTheRunsPeopleJoinsAcrossAnUnlabelledBox) {
  const Picked p = Pick(OverInTextBox(kFerryLead, ""));
  ASSERT_FALSE(p.body.empty());
  EXPECT_EQ(p.body.front(), kFerryLead[0]);
  // The box's subhead and short paragraph are the article's; the
  // picture's credited caption is not.
  EXPECT_EQ(std::count(p.body.begin(), p.body.end(), "Charging at both piers"), 1);
  EXPECT_EQ(p.body.back(), "The Morden council will vote on the charging station in April, after a public hearing "
                           "where residents of the harbour streets can put their questions to Vandam.");
  for (const std::string& line : p.body) EXPECT_EQ(line.find("Photo by"), std::string::npos) << line;
}

TEST(SelectTextArticle, PartNamingOtherThingsStaysOutAboveAnUnlabelledBox) {
  // The same shapes, but the paragraphs over the box tell another story.
  const Strings other = {
      "The Northfield school board told parents on Monday that the Grange Street primary would close for the "
      "autumn term.",
      "Headteacher Amira Costa said the pupils would move to the Westbrook Academy building while the work went on.",
      "The Northfield board expects the Grange Street school to open again once the inspectors from Dunmore have "
      "signed off."};
  const Picked p = Pick(OverInTextBox(other, ""));
  ASSERT_FALSE(p.body.empty());
  EXPECT_EQ(std::count(p.body.begin(), p.body.end(), other[2]), 0);
  EXPECT_EQ(p.body.size(), 4u);
}

TEST(SelectTextArticle, PartStaysOutAboveAnUnlabelledBoxWithATimeLine) {
  // A card's time line in the box: another story's teaser, not a picture.
  const Picked p = Pick(OverInTextBox(kFerryLead, "2 hours ago\n"));
  ASSERT_FALSE(p.body.empty());
  EXPECT_NE(p.body.front(), kFerryLead[0]);
}

// Short points without an intro ending in a colon, too many for the
// opening paragraphs above them to outweigh.
const char kShortPoints[] = "What changes\nNew stops planned\nWider pavements\nMore bike racks\nLonger platforms\n"
                            "Quieter rails\nNight service\nStep-free doors\nShaded benches\nLive timetables\n"
                            "Ticket machines\nCycle lanes\nExtra crossings\nLower kerbs\nBrighter lamps\n"
                            "Safer junctions\nFewer cars\n\n";

TEST(SelectTextArticle, OpeningParagraphsAboveShortPointsJoin) {
  const std::string text = std::string("Home\nNews\nTram line approved\n\n") + kPara1 + "\n\nIt took two years.\n\n" +
                           kPara2 + "\n\nNot all agree.\n\n" + kPara3 + "\n\n" + kShortPoints + kPara4 + "\n\n" +
                           kPara5 + "\n\n" + kPara6 + "\n\nShare\nAbout us\n";
  const Picked p = Pick(text);
  ASSERT_FALSE(p.body.empty());
  EXPECT_EQ(p.body.front(), kPara1);
  EXPECT_EQ(p.body.back(), kPara6);
}

// A header whose date line stands over `between` and the lead paragraph,
// then an unlabelled box of job ads, with no blank lines (Chromium).
std::string LeadOverJobBox(const std::string& between) {
  return std::string("Home\nNews\nTram line wins approval\nBy Jane Roe\nMarch 3, 2025\n") + between + kPara1 +
         "\nJob board\nTram driver (m/f/d)\nCity Transit, Harbourtown\nSignal engineer (m/f/d)\n"
         "Rail Works, Millbrook\nAll offers\n\n" + kPara2 + "\n\n" + kPara3 + "\n\n" + kPara4 + "\n";
}

TEST(SelectTextArticle, LeadAboveUnlabelledBoxJoins) {
  // A line between the date line and the lead (a picture's, a subhead).
  EXPECT_EQ(Pick(LeadOverJobBox("Listen to this story\n")).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, ParagraphRightUnderDateLineAboveUnlabelledBoxStaysOut) {
  // Right under the date line it may be a standfirst or a highlights box.
  EXPECT_EQ(Pick(LeadOverJobBox("")).body, (Strings{kPara2, kPara3, kPara4}));
}

TEST(SelectTextArticle, MenuPromoLinesAboveDoNotJoin) {
  // A menu's promo sentences between its labels: with the labels costing
  // little they outweigh the header, but they are much shorter than the
  // article's paragraphs.
  std::string text = "Home\n\n";
  const Strings labels = {"Tickets\nPasses\nFares", "Timetables\nRoutes\nMaps", "Alerts\nDelays\nWorks",
                          "Parking\nCycles\nTaxis", "Help\nContact\nJobs"};
  const Strings promos = {"Save on every single ride with a monthly travel pass.",
                          "Plan each trip before you leave home with our planner.",
                          "Get word of any delay on your phone as it happens.",
                          "Leave the car at one of our park and ride sites today.",
                          "Ask our team about lost property or a refund on tickets."};
  for (std::size_t i = 0; i < labels.size(); ++i) text += labels[i] + "\n\n" + promos[i] + "\n\n";
  text += std::string("News\nTransport\nBy Jane Roe\nMarch 3, 2025\nTram line approved\n\n") + kPara1 + "\n\n" +
          kPara2 + "\n\n" + kPara3 + "\n\n" + kPara4 + "\n\nShare\nAbout us\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3, kPara4}));
}

}  // namespace

}  // namespace pith

namespace pith {
namespace {

// A summary box under the date line: a title, then its points glued in
// one group as a copied list is; the article starts after it. A numbered
// list in that place is the article's own.
TEST(SelectTextArticle, SummaryBoxUnderTheHeaderStaysOut) {
  const std::string box = "Published March 3, 2025\nIn brief\n"
                          "The assembly approved the tram extension on Thursday.\n"
                          "Work on the eastern line starts next spring.\n"
                          "The first trams should run in 2026.\n\n";
  EXPECT_EQ(Pick(box + Article()).body, (Strings{kPara1, kPara2, kPara3}));
  const std::string numbered = "Published March 3, 2025\nIn brief\n"
                               "1. The assembly approved the tram extension on Thursday.\n"
                               "2. Work on the eastern line starts next spring.\n"
                               "3. The first trams should run in 2026.\n\n";
  EXPECT_EQ(Pick(numbered + Article()).body.size(), 6U);
}

// The box under a stamp that gives only the time of day, titled with a
// colon, or set under the lead picture (caption, then its credit line):
// it stays out too, its lines marked as the summary box's.
TEST(SelectTextArticle, SummaryBoxUnderTimeStampOrPictureStaysOut) {
  const std::string points = "The assembly approved the tram extension on Thursday.\n"
                             "Work on the eastern line starts next spring.\n"
                             "The first trams should run in 2026.\n\n";
  const std::string stamped = "By Jane Roe\nPublished today at 10:42\nIn brief:\n" + points;
  EXPECT_EQ(Pick(stamped + Article()).body, (Strings{kPara1, kPara2, kPara3}));
  // Chromium glues the points to the lead under them.
  const std::string pictured = "Published today at 10:42\nShare\n"
                               "The tram depot at dawn, where the first of the new trams stands ready for tests.\n"
                               "The first new tram at the depot: it will run on the eastern line.\n"
                               "Photo: Jane Roe (Tram Office)\nIn brief:\n" +
                               points.substr(0, points.size() - 1);
  const Document d = ParseText(pictured + Article());
  const Selection sel = SelectTextArticle(d);
  Strings body;
  std::size_t boxed = 0;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (sel.verdicts[i].role == Role::kBody) body.push_back(d.blocks[i].text);
    if (SummaryBoxLine(sel.verdicts[i])) ++boxed;
  }
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
  EXPECT_EQ(boxed, 6U);  // the picture's two lines, the title, three points
}

// A guide's fare table as a browser copies it, a cell a line: short
// lines costing more than the opening paragraphs above it hold.
std::string FareTable() {
  std::string table;
  for (int zone = 1; zone <= 16; ++zone) table += "Zone " + std::to_string(zone) + " monthly pass\n\n";
  return table;
}

TEST(SelectTextArticle, OpeningPartAboveAFareTableJoins) {
  const std::string text = std::string("Tram guide\n\nMenu\n\n") + kPara1 + "\n\n" + kPara2 + "\n\n" + FareTable() +
                           kPara3 + "\n\n" + kPara4 + "\n\n" + kPara5 + "\n\n" + kPara6 + "\n\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_EQ(body.back(), kPara6);
}

// Chromium sets the first paragraph with no blank line under the header's
// inline lines (a subhead, a share button): it still opens the part above
// the table.
TEST(SelectTextArticle, OpeningParagraphGluedUnderTheHeaderJoins) {
  const std::string text = std::string("Tram guide\n\nMenu\n\nHow the new line works\nShare\n") + kPara1 + "\n\n" +
                           kPara2 + "\n\n" + FareTable() + kPara3 + "\n\n" + kPara4 + "\n\n" + kPara5 + "\n\n" +
                           kPara6 + "\n\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_EQ(body.back(), kPara6);
}

TEST(SelectTextArticle, PromoSentenceClosingAMenuListDoesNotOpenThePart) {
  // A mega-menu's promo sentence closes a list of links: not a paragraph
  // glued under a header, so the climb stops at the paragraph below it.
  const std::string menu = "Tram guide\n\nMenu\nTickets\nPasses\nFares\nMaps\nAlerts\n" + std::string(kPara1) +
                           "\n\n";
  const std::string text = menu + kPara2 + "\n\n" + FareTable() + kPara3 + "\n\n" + kPara4 + "\n\n" + kPara5 +
                           "\n\n" + kPara6 + "\n\n";
  EXPECT_EQ(Pick(text).body.front(), kPara3);
}

TEST(SelectTextArticle, PartUnderADateLineAboveAFareTableStaysOut) {
  const std::string text = std::string("Tram guide\n\nMarch 3, 2024\n\n") + kPara1 + "\n\n" + kPara2 + "\n\n" +
                           FareTable() + kPara3 + "\n\n" + kPara4 + "\n\n" + kPara5 + "\n\n" + kPara6 + "\n\n";
  EXPECT_EQ(Pick(text).body.front(), kPara3);
}

// A results table set between paragraphs with no intro ending in a colon:
// rows of figures, then the article goes on in their group (Chromium's
// shape) with a short paragraph that could not pay for the rows alone.
std::string WithRows(const Strings& rows) {
  std::string text = "Tram line approved\n\n" + Article() + "Votes by district\n";
  for (const std::string& r : rows) text += r + "\n";
  return text + "Turnout was the highest seen in the city for ten years.\n\nAbout us\nContact\nPrivacy policy\n";
}

const Strings kVoteRows = {"North\t412\t97",    "Riverside\t388\t120", "Old Town\t251\t301",
                           "Harbour\t199\t66",  "Hillcrest\t305\t141", "Mill End\t122\t98",
                           "Station\t287\t203", "Westgate\t176\t155"};

TEST(SelectTextArticle, FigureRowsBetweenParagraphsJoin) {
  const Strings body = Pick(WithRows(kVoteRows)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "Turnout was the highest seen in the city for ten years.");
  EXPECT_NE(std::find(body.begin(), body.end(), "Old Town 251 301"), body.end());
}

TEST(SelectTextArticle, TitlesWithoutFiguresAboveProseStayOut) {
  const Strings titles = {"Council opens new depot",     "Trams return to the old bridge", "Readers pick their stop",
                          "Bus lanes to be painted red", "A walk along the canal",         "Cafe owners back the plan",
                          "Night buses start in June",   "Cycle hire comes to Westgate"};
  EXPECT_EQ(Pick(WithRows(titles)).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, FigureRowsUnderABoxLabelStayOut) {
  // The line right above the prose holds no figure: a box's label, and the
  // prose is the box's.
  Strings rows = kVoteRows;
  rows.push_back("Gift this article");
  EXPECT_EQ(Pick(WithRows(rows)).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, CategoryCountsStayOut) {
  // A blog's category links with their post counts hold no figures of a
  // table.
  Strings rows;
  for (const char* r : {"Decluttering (72)", "Guides (82)", "Company News (23)", "Moving Tips (20)", "Recycling (31)"})
    rows.push_back(r);
  EXPECT_EQ(Pick(WithRows(rows)).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, SourcesWithAddressesStayOut) {
  Strings rows;
  for (const Strings::value_type& r : kVoteRows) rows.push_back(r + " https://example.org/stats");
  EXPECT_EQ(Pick(WithRows(rows)).body, (Strings{kPara1, kPara2, kPara3}));
}

// A checklist guide (the fixture text-checklist-under-intro-chromium):
// a short intro under the header, lists under subheads, price lines and
// short paragraphs glued under them (Chromium's shape), then the share
// line and footer. Without `paragraphs`, only the first paragraph under
// the lists is left.
std::string Checklist(bool paragraphs) {
  std::string text = R"(Home
Gardens
Events
Shop
Contact
Allotment Planning Checklist: A Season Month by Month
Updated March 4, 2025
•
6 min read
Share
This checklist walks a new plot holder through the first season, from clearing the ground in late winter to storing the last harvest in autumn.

Print it, pin it inside the shed door and tick each task as the weeks go by. The months are only a guide, as a cold spring pushes everything back by a fortnight or more.

More guides:

Soil Testing Guide - What your soil needs
Compost Guide - Heaps, bins and timing
Season Checklist
Keep this checklist handy and tick off each task as you finish it.

Late Winter
 Walk the plot and note where water stands after rain
 Clear old stems and weeds, leaving roots of perennials in place
 Order seed potatoes, onion sets and the first packets of seed
 Mend the fence and the shed roof before the wind gets under them
 Spread a thick layer of compost on the beds you will dig later
Early Spring
 Chit seed potatoes on a cool windowsill
 Sow broad beans and peas under fleece
 Plant onion sets in firm soil, tips just showing
 Put up supports for peas and sweet peas
Late Spring
 Plant out potatoes when the soil feels warm to the hand
 Sow carrots, beetroot and lettuce in short rows every three weeks
 Harden off tomato and squash plants in a cold frame
 Watch for slugs after every warm rain and gather them at dusk
Summer
 Water deeply twice a week rather than a little every day
 Pick beans and courgettes young and often
 Tie in tomatoes and pinch out their side shoots
 Lift early potatoes once the flowers open
Autumn
 Lift maincrop potatoes and dry them before storing
 Sow green manure on empty beds
 Clean and oil tools before hanging them up
 Note what grew well and what did not for next year
)";
  std::string tail = R"(Budget Checklist
Use these lines to count what the first year costs. Prices are for second-hand tools where a club sale has them, and for new ones where it does not; a first plot rarely needs more than the lines below, whatever the catalogues say.

Digging Tools
 Spade – about £25
 Fork – about £20
 Hoe and rake – £15 the pair
Hand Tools
 Trowel – £6
 Hand fork – £6
 Secateurs – £12
Seed and Plants
 Seed potatoes – £6 a bag
 Onion sets – £3 a net
 Tomato plants – £1 each
Most plot holders spend more on seed in the second year, once they know what grows well in their soil, and less on tools, which last for years when they are cleaned and oiled before the winter.

Structures
 Bean poles – £10 for twenty
 Cold frame – £45
 Fleece – £8 a roll
Water
 Water butt and stand – £40
 Hose and reel – £25
Ask the committee before fitting a butt to a shared shed, as the gutters belong to the site and the committee keeps a list of who draws water from which butt during a dry summer.

Weekly Rounds
 Check the water butts
 Look under leaves for pests
 Note what you sowed and where
Latecomers
A plot taken on in June is not a lost year: sow fast crops such as radish, salad leaves and dwarf beans, cover the rest with card or green manure, and start the checklist again from late winter.

Drying Off
 Lift the last leeks
 Stack the bean poles
A notebook makes the second year far easier than the first, as it tells you which rows failed, which seed came up well and when the first frost came, so the next spring starts from what you learned.

Share this article
Related stories
Five herbs that grow in any corner
Raised beds on a budget
About us
Privacy policy
© 2025 Greenrow Allotments
)";
  if (!paragraphs) {
    for (const char* p : {"Most plot holders", "Ask the committee", "A plot taken on", "A notebook makes"}) {
      const std::size_t at = tail.find(p);
      tail.erase(at, tail.find('\n', at) - at + 1);
    }
  }
  return text + tail;
}

TEST(SelectTextArticle, ChecklistUnderIntroGoesOnToClearEnd) {
  const Strings body = Pick(Checklist(true)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back().rfind("A notebook makes", 0), 0U);
  EXPECT_NE(std::find(body.begin(), body.end(), "Cold frame – £45"), body.end());
}

TEST(SelectTextArticle, LittleProseUnderListsStaysOut) {
  // One paragraph under the lists gains too little: a promo's summary
  // under a box reads so too.
  const Strings body = Pick(Checklist(false)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back().rfind("Print it", 0), 0U);
}

// A story under its header (headline, date line, a save button), then
// the publisher's directory: a name over a one-sentence summary each,
// more prose in all than the story's three paragraphs.
std::string StoryOverDirectory(bool with_names) {
  std::string text = "Tram line approved\n2024/02/14 08:40\n";
  text += "Save\nMembers only\n\n" + Article() + "Related\nMore trams for the north\nBus fares rise\n\n";
  for (int i = 0; i < 14; ++i) {
    const std::string name = "Service " + std::string(1, static_cast<char>('A' + i));
    if (with_names) text += name + "\n\n";
    text += name + " is our guide to the region's markets, with their hours every week.\n\n";
  }
  return text;
}

TEST(SelectTextArticle, StoryUnderHeaderBeatsDirectoryOfSummaries) {
  EXPECT_EQ(Pick(StoryOverDirectory(true)).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, ShortParagraphsWithoutNamesStay) {
  // Without a name line over each, the short paragraphs may be an article
  // of short paragraphs: the run keeps them.
  const Strings body = Pick(StoryOverDirectory(false)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "Service N is our guide to the region's markets, with their hours every week.");
}

TEST(SelectTextArticle, CodeSampleClosingTheArticleStays) {
  // An article closing with a code sample under its last paragraph, then
  // the page's chrome: the sample is the article's, printed whole after
  // a part of it was shown.
  const std::string text = "Backups for a small server\n\n" + Article() +
                           "- name: Add the user\n  state: present\n\n" + kPara4 +
                           "\n\nThe finished task file looks like this:\n\n---\n- name: Add the user\n"
                           "  state: present\n  hour: \"2\"\n}\n\nShare this article\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "hour: \"2\"");
  // A line the snippet above printed too stays: both copies are the article's.
  EXPECT_NE(std::find(body.begin(), body.end(), "state: present"), body.end());
}

TEST(SelectTextArticle, BoxUnderTheLastParagraphOpeningWithALabelStaysOut) {
  const std::string text = "Backups for a small server\n\n" + Article() + kPara4 +
                           "\n\nRelated guides\nRestoring a backup in 2025\nChecking disks in 10 steps\n"
                           "Moving a site in 3 days\n\nShare this article\n\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), kPara4);
}

// A directory closing the page: entries with no prose that repeat their own
// short fields are kept; the main-line test above keeps a labelled box out.
TEST(SelectTextArticle, ListingRepeatingItsOwnFieldsStays) {
  std::string listing;
  const char* const names[] = {"North Clinic", "Harbour Centre", "River House", "Mill Lane Practice", "Quay Rooms"};
  for (int i = 0; i < 5; ++i) {
    listing += std::string(names[i]) + "\n" + std::to_string(10 + i) + " Mill Road\n";
    listing += i % 2 == 0 ? "Counselling\nFees based on income\n" : "Counselling\nSliding scale\n";
  }
  const std::string text = "Home\nServices\nContact\n\nClinics near you\n\n" + std::string(kPara1) + "\n\n" +
                           kPara2 + "\n\n" + listing + "\nPrivacy Policy\nContact\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_NE(std::find(body.begin(), body.end(), "Quay Rooms"), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), "Privacy Policy"), body.end());
}

// One repeated field alone is a teaser list's "more" link: the run stays.
TEST(SelectTextArticle, TeaserListRepeatingOneLinkStaysOut) {
  std::string teasers;
  for (int i = 0; i < 5; ++i) teasers += "Council story number " + std::to_string(i) + " today\nmore\n";
  const std::string text =
      "Home\nNews\n\nTram vote\n\n" + std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + teasers + "\nImprint\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), kPara2);
}

// A roundup under a title counting its entries: each entry a title, a
// sentence and a repeated action line. As many entries as the title
// counts carry the run over them.
std::string Roundup(int entries, const char* closer) {
  std::string text = "Home\nRecipes\nAbout\n\n" + std::to_string(4) + " Quick Tram-Stop Lunches\n" + kPara1 + "\n\n";
  const char* const titles[] = {"Lentil Salad Jar", "Cold Noodle Box", "Bean Wrap Roll", "Rice Ball Trio",
                                "Soup Flask Set"};
  for (int i = 0; i < entries; ++i) {
    text += std::string(titles[i]) + "\nLunch number " + std::to_string(i + 1) +
            " packs flat, keeps cool and needs no fork on the tram.\n" + closer + "\n";
  }
  return text + "\nPrivacy Policy\n";
}

TEST(SelectTextArticle, RoundupAsLongAsItsTitleCountsStays) {
  const Strings body = Pick(Roundup(4, "Get the Recipe")).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_NE(std::find(body.begin(), body.end(), "Rice Ball Trio"), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), "Get the Recipe"), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), "Privacy Policy"), body.end());
}

TEST(SelectTextArticle, RoundupClosedByReadMoreLabelsStays) {
  const Strings body = Pick(Roundup(4, "Continue Reading")).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.back(), "Lunch number 4 packs flat, keeps cool and needs no fork on the tram.");
  // The labels head no related links: the entries' titles stay.
  EXPECT_NE(std::find(body.begin(), body.end(), "Rice Ball Trio"), body.end());
}

// Entries the title does not count are a teaser list: the run stays.
TEST(SelectTextArticle, ListingOtherThanTheTitleCountsStaysOut) {
  const Strings body = Pick(Roundup(5, "Get the Recipe")).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_EQ(std::find(body.begin(), body.end(), "Soup Flask Set"), body.end());
}

// A blog's next post under a header line like the post's own (the day
// and the author's name): the body ends above its title, however short
// the post before it.
TEST(SelectTextArticle, NextPostUnderDatedBylineEndsTheBody) {
  const std::string text = std::string("Tram Diary\n\nThe eastern tram line is approved\nMarch 12, 2024 by Jane Roe\n\n") +
                           kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 + "\n\nWorks on the avenue begin in May\n" +
                           "February 26, 2024 by Jane Roe\n\n" + kPara4 + "\n\n" + kPara2 + "\n\n" + kPara1 + "\n\n" +
                           kPara3 + "\n\n" + kPara4 + "\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_EQ(body.back(), kPara3);
  EXPECT_EQ(std::find(body.begin(), body.end(), "Works on the avenue begin in May"), body.end());
}

// Readers' comments with no heading, each under a name and a day, right
// under the text: the body ends at the text's last sentence.
TEST(SelectTextArticle, SignedCommentsWithoutHeadingStayOut) {
  const std::string text = std::string("The eastern tram line is approved\nBy Jane Roe\n\n") + kPara1 + "\n\n" + kPara2 +
                           "\n\n" + kPara3 + "\n\nMarta Vidal 12 April 2022\n" +
                           "We have waited for this line for years, and the buses are full every morning already.\n\n" +
                           "J. Okafor 13 April 2022\n" +
                           "The works will close the avenue for months, and nobody has asked the shop owners what they need.\n";
  const Strings body = Pick(text).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_EQ(body.back(), kPara3);
}

// A contents box folded shut prints its title alone over a paragraph: the
// title goes; over its kept first heading it stays, heading that section.
TEST(SelectTextArticle, ContentsTitleOverAParagraphStaysOut) {
  const std::string text = std::string("Tram line approved\n\n") + kPara1 + "\n\nTable of Contents\n" + kPara2 +
                           "\n\n" + kPara3 + "\n\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(SelectTextArticle, ContentsTitleOverItsHeadingStays) {
  const std::string text = std::string("Tram line approved\n\n") + kPara1 + "\n\nIn this guide\nThe route\n" +
                           kPara2 + "\n\n" + kPara3 + "\n\n";
  EXPECT_EQ(Pick(text).body, (Strings{kPara1, "In this guide", "The route", kPara2, kPara3}));
}

// A label set between two paragraphs and printed once more in a box
// under the text (a review's verdict box) is the article's; a line
// printed a third time is a menu's or a footer's.
TEST(SelectTextArticle, LabelPrintedTwiceBetweenParagraphsStays) {
  const std::string text = std::string("Tram news\n\n") + kPara1 + "\n\nThe cost\n\n" + kPara2 +
                           "\n\nLine map\n\n" + kPara3 + "\n\n" + kPara4 +
                           "\n\nAt a glance\n\nThe cost\n\nLine map\n\nLine map\n";
  const Strings body = Pick(text).body;
  EXPECT_EQ(std::count(body.begin(), body.end(), "The cost"), 1);
  EXPECT_EQ(std::find(body.begin(), body.end(), "Line map"), body.end());
}

// A related story's title set alone between two paragraphs and printed
// again in a "Most read" list below is no label: it runs too long.
TEST(SelectTextArticle, StoryTitlePrintedTwiceBetweenParagraphsLeaves) {
  const std::string title = "Fishermen fear for their catch as the harbour fees rise again";
  const std::string text = std::string("Tram news\n\n") + kPara1 + "\n\n" + title + "\n\n" + kPara2 + "\n\n" +
                           kPara3 + "\n\nMost read\n" + title +
                           "\nMarathon organisers count a record number of runners this year\n"
                           "New ferry timetable starts on Monday with two extra crossings\n";
  const Strings body = Pick(text).body;
  EXPECT_EQ(std::find(body.begin(), body.end(), title), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), kPara2), body.end());
}

// A long subhead printed again beside a paragraph (a page repeating its
// text) is the article's own and stays.
TEST(SelectTextArticle, SubheadPrintedAgainBesideParagraphStays) {
  const std::string head = "How the assembly reached its decision on the tram line";
  const std::string text = std::string("Tram news\n\n") + kPara1 + "\n\n" + head + "\n\n" + kPara2 + "\n\n" +
                           kPara3 + "\n\nFrequently asked\n" + head + "\n" + kPara4 + "\n";
  const Strings body = Pick(text).body;
  EXPECT_NE(std::find(body.begin(), body.end(), head), body.end());
}

// The story's lead under its header, past the lead picture's caption, cut
// off from the run by a video's teaser, a subhead and an infographic's
// consent box: the run starts at the lead.
std::string LeadOverConsentBox(const std::string& lead) {
  return "Home\n\nNews\n\nTram line approved\n\nby Jane Roe\n\n07.05.2025 | 10:12\n\n"
         "The tram depot at the eastern terminus.\n\nSource: Agency\n\n" + lead +
         "A tram crosses the old bridge at night, with the river and the cathedral behind it.\n"
         "The assembly's vote follows two years of studies; critics say the cost will rise further. "
         "12.01.2025 | 1:45 min\n\nHow many riders?\n\nAbout forty thousand a day.\n\n"
         "Riders per day 2024\nGraphic\nOne click for privacy\n"
         "To show graphics we use a third party's software. Only when you click here are the graphics "
         "loaded, and your IP address is sent to external servers. You can withdraw your consent at any "
         "time in the privacy settings.\nShow graphicsAdjust privacy settings\n\n" +
         kPara3 + "\n\n" + kPara4 + "\n\n" + kPara5 + "\n\n" + kPara6 + "\n\nImprint\n\nPrivacy\n";
}

TEST(SelectTextArticle, LeadAboveAConsentBoxJoins) {
  const std::string lead = std::string(kPara1) + "\n\n" + kPara2 + "\n\n";
  const Strings body = Pick(LeadOverConsentBox(lead)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), kPara1);
  EXPECT_NE(std::find(body.begin(), body.end(), kPara2), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), kPara6), body.end());
}

// A lone paragraph under the header naming other things (another story's
// teaser) stays out.
TEST(SelectTextArticle, OtherStoryAboveAConsentBoxStaysOut) {
  const std::string other = "Harbour council backs a new ferry pier at Port Ellery, ending two years of debate over "
                            "the crumbling jetty used by commuters from the Finch Islands.\n\n";
  const Strings body = Pick(LeadOverConsentBox(other)).body;
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(std::find(body.begin(), body.end(), other.substr(0, other.size() - 2)), body.end());
}

}  // namespace
}  // namespace pith
