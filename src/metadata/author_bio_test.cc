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

}  // namespace
}  // namespace pith
