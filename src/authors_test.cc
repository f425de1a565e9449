#include "authors.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

using Names = std::vector<std::string>;

TEST(Authors, CleanBylineStripsPrefixAndNoise) {
  EXPECT_EQ(CleanByline("Bassem Mroue,Deb Reichmann"), "Bassem Mroue, Deb Reichmann");
  EXPECT_EQ(CleanByline("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(CleanByline("BY JANE DOE"), "JANE DOE");
  EXPECT_EQ(CleanByline("Par Jean Dupont"), "Jean Dupont");
  EXPECT_EQ(CleanByline("Von Hans M\xC3\xBCller"), "Hans M\xC3\xBCller");
  EXPECT_EQ(CleanByline("Written by Jane Doe jane@example.com"), "Jane Doe");
  EXPECT_EQ(CleanByline("Jane Doe Follow @janedoe"), "Jane Doe");
}

TEST(Authors, SplitsListsOfNames) {
  EXPECT_EQ(SplitAuthors("Bassem Mroue, Deb Reichmann"), (Names{"Bassem Mroue", "Deb Reichmann"}));
  EXPECT_EQ(SplitAuthors("By A Smith, B Jones and C Brown"), (Names{"A Smith", "B Jones", "C Brown"}));
  EXPECT_EQ(SplitAuthors("Jean Dupont et Marie Curie"), (Names{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(SplitAuthors("Ana Garc\xC3\xAD" "a y Luis P\xC3\xA9rez"), (Names{"Ana Garc\xC3\xAD" "a", "Luis P\xC3\xA9rez"}));
  EXPECT_EQ(SplitAuthors("Jane Doe & John Roe"), (Names{"Jane Doe", "John Roe"}));
}

TEST(Authors, LeavesOutRolesAgenciesAndDuplicates) {
  EXPECT_EQ(SplitAuthors("Jane Doe, Reuters"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Doe, Staff Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Associated Press"), Names{});
  EXPECT_EQ(SplitAuthors("Jane Doe and JANE DOE"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Updated 3 hours ago"), Names{});
}

TEST(Authors, PersonNameShape) {
  EXPECT_TRUE(LooksLikePersonName("Ludwig van Beethoven"));
  EXPECT_TRUE(LooksLikePersonName("J. R. Hartley"));
  EXPECT_FALSE(LooksLikePersonName("the latest news"));
  EXPECT_FALSE(LooksLikePersonName("Room 101"));
  EXPECT_FALSE(LooksLikePersonName("One Two Three Four Five Six"));
}

}  // namespace
}  // namespace pith
