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

}  // namespace
}  // namespace pith
