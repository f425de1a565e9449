#include "metadata/author_bio.h"

#include <gtest/gtest.h>

#include <string>

#include "metadata/test_pages.h"

namespace pith {
namespace {

TEST(OpensFirstNameBio, FirstNameThenCopula) {
  EXPECT_TRUE(OpensFirstNameBio("Sarah is a writer, teacher and mother.", "Sarah Beach"));
  EXPECT_TRUE(OpensFirstNameBio("Elliot is the sales lead at Acme.", "Elliot Raba"));
}

TEST(OpensFirstNameBio, FullNameIsNoFirstNameBio) {
  EXPECT_FALSE(OpensFirstNameBio("Sarah Beach is a writer.", "Sarah Beach"));
}

TEST(OpensFirstNameBio, OneWordNameOrOtherWords) {
  EXPECT_FALSE(OpensFirstNameBio("Acme is a company that sells tools.", "Acme"));
  EXPECT_FALSE(OpensFirstNameBio("Sarah tested twelve pans.", "Sarah Beach"));
  EXPECT_FALSE(OpensFirstNameBio("Sarahs is a word.", "Sarah Beach"));
}

TEST(OpensThirdPersonBio, NameFormsThenAWord) {
  EXPECT_TRUE(OpensThirdPersonBio("Jane Doe covered the city council for ten years.", "Jane Doe"));
  EXPECT_TRUE(OpensThirdPersonBio("Jane graduated from Ohio State with a degree in history.", "Jane Doe"));
  EXPECT_TRUE(OpensThirdPersonBio("Matt Frankel, CFP, is a contributing analyst.", "Matthew Frankel"));
  EXPECT_TRUE(OpensThirdPersonBio("Rebecca (Bec) is a seasoned copywriter.", "Rebecca Moore"));
}

TEST(OpensThirdPersonBio, QuotesAnswersAndOtherNamesAreNoBio) {
  EXPECT_FALSE(OpensThirdPersonBio("Jane Doe said the vote would come in May.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Jane Doe: I think we were lucky.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Jane thinks \"we were lucky\", she wrote.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Jane's team won the vote.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Joan Doe is a teacher.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Mark Doe is her brother.", "Jane Doe"));
  EXPECT_FALSE(OpensThirdPersonBio("Acme is a company that sells tools.", "Acme"));
}

TEST(OpensThirdPersonBio, ShortFormIsNoLongerThanTheFirstName) {
  EXPECT_TRUE(OpensThirdPersonBio("Nate Osei covered energy markets.", "Nathaniel Osei"));
  // A relative of the same surname, or a common word over a surname.
  EXPECT_FALSE(OpensThirdPersonBio("Martin Ellison ran the shop until 1990.", "Mark Ellison"));
  EXPECT_FALSE(OpensThirdPersonBio("In May the board will meet again.", "Ingrid May"));
  // Three letters compared as code points, not bytes ("\u00c9l" is three bytes).
  EXPECT_FALSE(OpensThirdPersonBio("\u00c9li Roux was her sister.", "\u00c9lodie Roux"));
  EXPECT_FALSE(OpensThirdPersonBio("\u00c9l Roux was her sister.", "\u00c9lodie Roux"));
  EXPECT_TRUE(OpensThirdPersonBio("\u00c9lo Roux covers the courts.", "\u00c9lodie Roux"));
}

std::string Page(const std::string& closing) {
  return "<html><body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Doe</p>" + std::string(kBody) +
         closing + "</article></body></html>";
}

TEST(DropFirstNameBio, BioClosingTheTextLeaves) {
  const Article a = Full(Page("<p>Jane is a reporter who covers the city council and its budget.</p>"));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane is a reporter"), std::string::npos);
  EXPECT_NE(a.body.find("less money."), std::string::npos);
}

TEST(DropFirstNameBio, FullNameLineStays) {
  const Article a = Full(Page("<p>Jane Doe is a reporter who covers the city council and its budget.</p>"));
  EXPECT_NE(a.body.find("Jane Doe is a reporter"), std::string::npos);
}

// A text copy's bio under the text, no name line above it: the same.
TEST(DropFirstNameBio, TextCopyBioLeaves) {
  Options options;
  options.input = InputFormat::kText;
  const Article a = Extract(
                        "Budget passes\nBy Jane Doe\nThe council voted on Tuesday to approve the new budget, which "
                        "includes funding for schools, roads and the library, after a debate that lasted four hours.\n"
                        "Supporters said the plan was overdue, while critics argued that it would raise taxes, cut "
                        "services and leave the city with less money.\nJane is a reporter who covers the city council "
                        "and its budget.\n",
                        options)
                        .article;
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane is a reporter"), std::string::npos);
  EXPECT_NE(a.body.find("less money."), std::string::npos);
}

TEST(OnlyAuthorNames, NamesAloneOrJoined) {
  const std::vector<std::string> one{"Jane Doe"};
  const std::vector<std::string> two{"Jane Doe", "Tom Roe"};
  EXPECT_TRUE(OnlyAuthorNames("Jane Doe", one));
  EXPECT_TRUE(OnlyAuthorNames(" Jane Doe ", one));
  EXPECT_TRUE(OnlyAuthorNames("Jane Doe and Tom Roe", two));
  EXPECT_TRUE(OnlyAuthorNames("Tom Roe, Jane Doe", two));
  // Every copy of a name goes, glued ones too.
  EXPECT_TRUE(OnlyAuthorNames("Jane DoeJane Doe, Tom Roe and Jane Doe", two));
  EXPECT_FALSE(OnlyAuthorNames("Jane DoeJane Doe, Tom Roe and Jane Doe said", two));
}

TEST(OnlyAuthorNames, OtherWordsOrNoName) {
  const std::vector<std::string> one{"Jane Doe"};
  EXPECT_FALSE(OnlyAuthorNames("Jane Doe is a reporter.", one));
  EXPECT_FALSE(OnlyAuthorNames("-Jane Doe", one));
  EXPECT_FALSE(OnlyAuthorNames("and", one));
  EXPECT_FALSE(OnlyAuthorNames("Jane Doe", {}));
  EXPECT_FALSE(OnlyAuthorNames("Jane Doe", std::vector<std::string>{" "}));
}

TEST(DropAuthorNameBox, NameAndRoleUnderTheTextLeave) {
  const Article a = Full(Page("<div class=\"box\"><p>Jane Doe</p><p>City Hall Reporter</p></div>"));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("City Hall Reporter"), std::string::npos);
  EXPECT_NE(a.body.find("less money."), std::string::npos);
}

TEST(DropAuthorNameBox, NameFarAboveTheEndStays) {
  std::string long_text;
  for (int i = 0; i < 4; ++i) {
    long_text += "<p>The mayor said the vote showed that the city could still agree on what matters, and that the "
                 "schools would see the first of the money before the winter term began.</p>";
  }
  // Past the text's first blocks too: a subhead naming the author inside the text.
  const Article a = Full(Page(long_text + "<h2>Jane Doe</h2>" + long_text));
  EXPECT_NE(a.body.find("Jane Doe"), std::string::npos);
}

TEST(DropAuthorNameHead, BareNameOverTheTextLeaves) {
  const Article a = Full(
      "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article><h1>Budget passes</h1>"
      "<div class=\"story\"><p>Jane Doe</p>" +
      std::string(kBody) + "</div></article></body></html>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane Doe"), std::string::npos);
  EXPECT_NE(a.body.find("The council voted"), std::string::npos);
}

// A text copy: a header with its "By" line, four paragraphs, then `closing`.
std::string TextCopy(const std::string& closing, const std::string& author = "Jane Doe") {
  return "Harbor Times\nFerry operator fined over winter timetable cuts\nBy " + author + "\nMarch 4, 2024\n"
         "The state's maritime board fined the island ferry operator on Monday for cutting winter crossings "
         "without the notice its contract requires.\n"
         "Board members said the operator had dropped the early boat on weekdays for six weeks in January, "
         "leaving nurses and teachers with no way to reach the mainland before nine.\n"
         "The operator told the board that two of its four boats had been laid up for repairs and that it "
         "would appeal the fine.\n"
         "Islanders asked the board to require a spare boat in the next contract, due to be put out to tender "
         "in the autumn.\n" +
         closing + "\u00a9 2024 Harbor Times\n";
}

Article FullText(const std::string& text) {
  Options options;
  options.input = InputFormat::kText;
  return Extract(text, options).article;
}

TEST(DropTextClosingBio, BioUnderLabelLeaves) {
  const Article a = FullText(TextCopy("Share it!\nJane covered ferries and the islands for the Harbor Times "
                                      "until 2023. She now teaches journalism.\n"));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane covered"), std::string::npos);
  EXPECT_EQ(a.body.find("Share it!"), std::string::npos);
  EXPECT_NE(a.body.find("in the autumn."), std::string::npos);
}

TEST(DropTextClosingBio, FullNameNeedsNoLabel) {
  const Article a = FullText(TextCopy("Jane Doe covered ferries and the islands for the Harbor Times until 2023.\n"));
  EXPECT_EQ(a.body.find("Jane Doe covered"), std::string::npos);
  EXPECT_NE(a.body.find("in the autumn."), std::string::npos);
}

TEST(DropTextClosingBio, FirstNameWithoutLabelStays) {
  // "Will" under "By Will Carter" opens a closing question, no bio.
  const Article a = FullText(
      TextCopy("Will the board reopen the tender before the summer timetable starts? Islanders hope so.\n",
               "Will Carter"));
  EXPECT_NE(a.body.find("Will the board"), std::string::npos);
}

TEST(DropTextClosingBio, ProfileSubjectOfTheSameFirstNameStays) {
  // The body named "Jane" above: the closing line is about its subject.
  const Article a = FullText(TextCopy(
      "Jane Marsh, who runs the island shop, has crossed on the early boat every weekday since 1990.\n"
      "Share it!\nJane laughed and went back to stacking the crates by the slipway.\n"));
  EXPECT_NE(a.body.find("Jane laughed"), std::string::npos);
}

TEST(DropTextClosingBio, ClosingQuoteOfTheWriterStays) {
  const Article a = FullText(TextCopy("Jane Doe said the board \"had no choice\" and would meet again in May, "
                                      "when the tender opens.\n"));
  EXPECT_NE(a.body.find("had no choice"), std::string::npos);
}

}  // namespace
}  // namespace pith
