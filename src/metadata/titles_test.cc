#include "metadata/titles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pith {
namespace {

TEST(Titles, TitleSiteSuffixIsStripped) {
  EXPECT_EQ(StripTitleSite("Budget passes after long debate | Example News", "Example News"),
            "Budget passes after long debate");
  EXPECT_EQ(StripTitleSite("Budget passes after long debate - Example", ""), "Budget passes after long debate");
  EXPECT_EQ(StripTitleSite("Example News", "Example News"), "Example News");
}

TEST(Titles, KnownSiteNameAfterAnySeparatorIsStripped) {
  // "見出しです、住民が行列：架空新報" and "... － 架空新報" with the site "架空新報".
  const std::string head = "\xE8\xA6\x8B\xE5\x87\xBA\xE3\x81\x97\xE3\x81\xA7\xE3\x81\x99";
  const std::string site = "\xE6\x9E\xB6\xE7\xA9\xBA\xE6\x96\xB0\xE5\xA0\xB1";
  EXPECT_EQ(WithoutSiteSuffix(head + "\xEF\xBC\x9A" + site, site), head);
  EXPECT_EQ(WithoutSiteSuffix(head + " \xEF\xBC\x8D " + site, site), head);
  EXPECT_EQ(WithoutSiteSuffix(head + " " + site, site), head);
  EXPECT_EQ(StripTitleSite(head + "\xEF\xBC\x9A" + site, site), head);
  EXPECT_EQ(WithoutSiteSuffix("Budget passes after debate:Example News", "Example News"), "Budget passes after debate");
  // Not a name apart: glued to a word, after a space in a spaced script,
  // or leaving too little.
  EXPECT_EQ(WithoutSiteSuffix("Meet the MegaNews", "News"), "Meet the MegaNews");
  EXPECT_EQ(WithoutSiteSuffix("A day at Example News", "Example News"), "A day at Example News");
  EXPECT_EQ(WithoutSiteSuffix("Home | Example News", "Example News"), "Home | Example News");
  EXPECT_EQ(WithoutSiteSuffix("Budget passes | Example News", ""), "Budget passes | Example News");
}

TEST(Titles, FullWidthMinusSeparatesParts) {
  EXPECT_EQ(TitleParts("Storage grows again \xEF\xBC\x8D Example"),
            (std::vector<std::string>{"Storage grows again", "Example"}));
}

TEST(Titles, HostNamePartIsTheSite) {
  EXPECT_TRUE(NamesHost("Example.com"));
  EXPECT_TRUE(NamesHost(" NEWS.EXAMPLE.DE "));
  EXPECT_FALSE(NamesHost("Example News"));
  EXPECT_FALSE(NamesHost("U.S."));
  EXPECT_FALSE(NamesHost("Version 2.0"));
  // The short part left is the headline once the host name goes.
  EXPECT_EQ(StripTitleSite("BIG SALE | Example.com", ""), "BIG SALE");
  EXPECT_EQ(StripTitleSite("Example.com", ""), "Example.com");
}

TEST(Titles, PartsBetweenSeparators) {
  EXPECT_EQ(TitleParts("Purple Rain \xE2\x80\x93 Prince | Example"),
            (std::vector<std::string>{"Purple Rain", "Prince", "Example"}));
  EXPECT_EQ(TitleParts("Budget passes"), std::vector<std::string>{"Budget passes"});
}

// A French quote's closing guillemet is no separator; one after the quote
// is closed still is.
TEST(Titles, AQuotesClosingGuillemetIsNoSeparator) {
  EXPECT_EQ(TitleParts("Le ministre a dit \xC2\xAB oui \xC2\xBB au projet de loi - Le Journal"),
            (std::vector<std::string>{"Le ministre a dit \xC2\xAB oui \xC2\xBB au projet de loi", "Le Journal"}));
  EXPECT_EQ(TitleParts("Le ministre a dit \xC2\xAB oui \xC2\xBB au projet \xC2\xBB Le Journal"),
            (std::vector<std::string>{"Le ministre a dit \xC2\xAB oui \xC2\xBB au projet", "Le Journal"}));
  EXPECT_EQ(TitleParts("Le maire dit \xC2\xAB non \xC2\xBB - Le Journal"),
            (std::vector<std::string>{"Le maire dit \xC2\xAB non \xC2\xBB", "Le Journal"}));
  EXPECT_EQ(TitleParts("Flood plan goes to vote \xC2\xBB Acme Weekly"),
            (std::vector<std::string>{"Flood plan goes to vote", "Acme Weekly"}));
}

TEST(Titles, UnspacedSeparatorsBesideChineseOrJapanese) {
  EXPECT_EQ(TitleParts("山区小学迎来新图书馆_教育频道_东方晨报网"),
            (std::vector<std::string>{"山区小学迎来新图书馆", "教育频道", "东方晨报网"}));
  EXPECT_EQ(TitleParts("駅前に新しい図書館が開館｜朝霧新聞"), (std::vector<std::string>{"駅前に新しい図書館が開館", "朝霧新聞"}));
  EXPECT_EQ(TitleParts("市長が会見で表明|Example News"), (std::vector<std::string>{"市長が会見で表明", "Example News"}));
  // Between Latin words they stay: a file name, a code.
  EXPECT_EQ(TitleParts("Reading my_config files"), std::vector<std::string>{"Reading my_config files"});
  EXPECT_EQ(StripTitleSite("山区小学迎来新图书馆_教育频道_东方晨报网", ""), "山区小学迎来新图书馆");
}

TEST(Titles, ASiteInAngleBracketsClosingTheTitle) {
  EXPECT_EQ(TitleParts("市議会が川岸計画を審議＜例新聞＞"), (std::vector<std::string>{"市議会が川岸計画を審議", "例新聞"}));
  EXPECT_EQ(StripTitleSite("市議会が川岸計画を審議＜例新聞＞", ""), "市議会が川岸計画を審議");
  // After the headline's closing mark or quote.
  EXPECT_EQ(StripTitleSite("市議会が川岸計画を可決！＜例新聞＞", ""), "市議会が川岸計画を可決！");
  EXPECT_EQ(StripTitleSite("市長「川岸計画を進める」＜例新聞＞", ""), "市長「川岸計画を進める」");
  // Not after Latin words.
  EXPECT_EQ(TitleParts("Compare a＜b＞"), std::vector<std::string>{"Compare a＜b＞"});
  // A space before the brackets, the site part all the same.
  EXPECT_EQ(StripTitleSite("市議会が川岸計画を審議 ＜例新聞＞", ""), "市議会が川岸計画を審議");
  EXPECT_EQ(TitleParts("Compare a ＜b＞"), std::vector<std::string>{"Compare a ＜b＞"});
  // Lenticular brackets the same way.
  EXPECT_EQ(StripTitleSite("市議会が川岸計画を審議【例新聞】", ""), "市議会が川岸計画を審議");
  EXPECT_EQ(TitleParts("Compare a【b】"), std::vector<std::string>{"Compare a【b】"});
}

TEST(Titles, SimilarityIgnoresCaseAndQuoting) {
  EXPECT_DOUBLE_EQ(TitleSimilarity("Budget Passes", "\"budget passes\""), 1.0);
  EXPECT_DOUBLE_EQ(TitleSimilarity("Budget passes", "Weather today"), 0.0);
  // A heading that holds the whole social title and adds a subtitle.
  EXPECT_DOUBLE_EQ(Containment(Words("Council approves the budget"),
                               Words("Council approves the budget: what it means for schools")),
                   1.0);
}

TEST(Titles, HeadlineSizedInScriptsWithAndWithoutSpaces) {
  EXPECT_TRUE(HeadlineSized("Budget passes"));
  EXPECT_FALSE(HeadlineSized("Politics"));
  EXPECT_TRUE(HeadlineSized("\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC"));  // 指紋認証
}

TEST(Titles, HeadingNamingTheSitePartIsAMasthead) {
  const TitleSitePart title = SplitSitePart("Ferry timetable changes for the winter | Harbour Diary");
  EXPECT_TRUE(NamesSitePart(title, Words("Harbour Diary Blog")));
  EXPECT_TRUE(NamesSitePart(title, Words("The Harbour Diary")));
  EXPECT_FALSE(NamesSitePart(title, Words("Ferry timetable changes for the winter")));
  EXPECT_FALSE(NamesSitePart(title, Words("Winter ferries")));
  // The last part is the longest: a section before the headline, no site.
  EXPECT_FALSE(NamesSitePart(SplitSitePart("News | Ferry timetable changes for the winter"), Words("News")));
  EXPECT_FALSE(NamesSitePart(SplitSitePart("Ferry timetable changes"), Words("Ferry timetable changes")));
  // "見出しです、住民が行列 | 架空新報" with the heading "架空新報ブログ".
  const std::string head = "\xE8\xA6\x8B\xE5\x87\xBA\xE3\x81\x97\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x81"
                           "\xE4\xBD\x8F\xE6\xB0\x91\xE3\x81\x8C\xE8\xA1\x8C\xE5\x88\x97";
  const std::string site = "\xE6\x9E\xB6\xE7\xA9\xBA\xE6\x96\xB0\xE5\xA0\xB1";
  const TitleSitePart cjk = SplitSitePart(head + " | " + site);
  EXPECT_TRUE(NamesSitePart(cjk, Words(site + "\xE3\x83\x96\xE3\x83\xAD\xE3\x82\xB0")));
  EXPECT_FALSE(NamesSitePart(cjk, Words(head)));
}

TEST(Titles, UnspacedScripts) {
  EXPECT_TRUE(IsUnspacedScript(U'\u898B'));   // 見
  EXPECT_TRUE(IsUnspacedScript(U'\u30C6'));   // テ
  EXPECT_TRUE(IsUnspacedScript(U'\uD55C'));   // 한
  EXPECT_FALSE(IsUnspacedScript(U'a'));
  EXPECT_FALSE(IsUnspacedScript(U'\u3010'));  // 【, a bracket
}

TEST(Titles, ForEachWordGivesWordsInOrder) {
  const std::string text = "Ministers MEET, the 2 unions\xE2\x80\x94\xE6\x9D\xB1\xE4\xBA\xAC talks";  // —東京
  std::vector<std::string> seen;
  ForEachWord(text, [&](std::string&& w) { seen.push_back(std::move(w)); });
  EXPECT_EQ(seen, Words(text));
  EXPECT_EQ(seen, (std::vector<std::string>{"ministers", "meet", "the", "2", "unions", "\xE6\x9D\xB1", "\xE4\xBA\xAC",
                                            "talks"}));
  int calls = 0;
  ForEachWord(" -- ", [&](std::string&&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(Titles, TitleSimilarityIsSymmetricWhateverTheLengths) {
  const std::string title = "Council approves the budget";
  std::string paragraph = "the council met and the budget passed";
  for (int i = 0; i < 200; ++i) paragraph += " and more words";
  EXPECT_DOUBLE_EQ(TitleSimilarity(title, paragraph), Similarity(Words(title), Words(paragraph)));
  EXPECT_DOUBLE_EQ(TitleSimilarity(paragraph, title), Similarity(Words(paragraph), Words(title)));
  EXPECT_DOUBLE_EQ(TitleSimilarity(title, "council approves budget"), 2.0 * 0.75 * 1.0 / 1.75);
  EXPECT_EQ(TitleSimilarity(title, " -- "), 0);
  EXPECT_EQ(TitleSimilarity("", title), 0);
}

}  // namespace
}  // namespace pith
