#include "patterns/lexicons.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "util/text_util.h"

namespace pith {
namespace {

TEST(IsSidebarId, OldThemesSidebarsWhole) {
  EXPECT_TRUE(IsSidebarId("sidebar"));
  EXPECT_TRUE(IsSidebarId(" Sidebar-Wrapper "));
  EXPECT_FALSE(IsSidebarId("footer"));
  EXPECT_FALSE(IsSidebarId("content"));
  EXPECT_FALSE(IsSidebarId("has-sidebar"));
  EXPECT_FALSE(IsSidebarId(""));
}

TEST(IsChromeRole, LandmarksAndWidgetsInAnyCase) {
  EXPECT_TRUE(IsChromeRole("navigation"));
  EXPECT_TRUE(IsChromeRole(" Banner "));
  EXPECT_TRUE(IsChromeRole("ALERTDIALOG"));
  EXPECT_FALSE(IsChromeRole("main"));
  EXPECT_FALSE(IsChromeRole("article"));
  EXPECT_FALSE(IsChromeRole("navigation banner"));
  EXPECT_FALSE(IsChromeRole(""));
}

TEST(IsLayoutToken, PrefixesThatDescribeTheWrapper) {
  EXPECT_TRUE(IsLayoutToken("has-sidebar"));
  EXPECT_TRUE(IsLayoutToken("No-Comments"));
  EXPECT_TRUE(IsLayoutToken("js-share"));
  EXPECT_FALSE(IsLayoutToken("sidebar"));
  EXPECT_FALSE(IsLayoutToken("nocomments"));
  EXPECT_FALSE(IsLayoutToken("issue-list"));
  EXPECT_TRUE(IsLayoutToken("[&_figcaption]:mt-xs"));
  EXPECT_TRUE(IsLayoutToken("lg:[&>*]:col-start-3"));
  EXPECT_FALSE(IsLayoutToken("caption"));
}

TEST(NamesFooter, FooterWordsAsPartsOfATokenInAnyLanguage) {
  EXPECT_TRUE(NamesFooter("site-footer"));
  EXPECT_TRUE(NamesFooter("wrap Footer_Area"));
  EXPECT_TRUE(NamesFooter("rodape-site"));
  EXPECT_TRUE(NamesFooter("rodap\xc3\xa9-site"));
  EXPECT_TRUE(NamesFooter("fusszeile-inhalt"));
  EXPECT_TRUE(NamesFooter("fotter-area"));
  // A layout token says the wrapper has a footer, not that it is one.
  EXPECT_FALSE(NamesFooter("page has-footer"));
  // Only whole parts: "footnotes" and "barefoot" name no footer.
  EXPECT_FALSE(NamesFooter("footnotes barefooter-x"));
  EXPECT_FALSE(NamesFooter(""));
}

TEST(IsTextStyleUtility, ColourSizeAndCaseUtilitiesNotAlignment) {
  for (std::string_view token : {"text-white", "text-muted", "text-gray-500", "md:text-lg", "hover:text-white",
                                 "has-text-color", "Text-Dark"}) {
    EXPECT_TRUE(IsTextStyleUtility(token)) << token;
    EXPECT_TRUE(IsLayoutToken(token)) << token;
  }
  for (std::string_view token : {"text", "text-content", "text-block", "textwidget", "article-text",
                                 "entry-content", "text-", "context-white", "text-whiteboard", "text-center"}) {
    EXPECT_FALSE(IsTextStyleUtility(token)) << token;
  }
}

TEST(Lexicons, HeadingAnchorMarksAreSingleMarks) {
  const auto marks = HeadingAnchorMarks();
  EXPECT_NE(std::find(marks.begin(), marks.end(), "\u00b6"), marks.end());
  for (std::string_view mark : marks) EXPECT_LE(mark.size(), 8u) << mark;
}

TEST(Lexicons, CoauthorJoins) {
  for (std::string_view join : {"and", " AND ", "&", " und ", ", and ", "et", "y"}) EXPECT_TRUE(IsCoauthorJoin(join)) << join;
  for (std::string_view other : {",", " | ", "with", "mit", ";", "", " - "}) EXPECT_FALSE(IsCoauthorJoin(other)) << other;
}

TEST(Lexicons, MarkupTimeNamesAreLowerCase) {
  // Matched by HasToken against lower-cased attribute tokens.
  for (std::string_view p : RdfaDateProperties()) EXPECT_EQ(AsciiLower(p), p);
  for (std::string_view c : HatomTimeClasses()) EXPECT_EQ(AsciiLower(c), c);
  const auto props = RdfaDateProperties();
  EXPECT_NE(std::find(props.begin(), props.end(), "dc:created"), props.end());
}

TEST(Lexicons, ListsInTheOrderTried) {
  ASSERT_FALSE(WantedItemprops().empty());
  EXPECT_EQ(WantedItemprops().front(), "author");
  EXPECT_EQ(GluedBylinePrefixes().front(), "By");
  // Spaced on both sides, so "This is a" matches but "Thisis an" does not.
  for (std::string_view copula : BioCopulas()) EXPECT_TRUE(copula.front() == ' ' && copula.back() == ' ');
  // Matched against a lower-cased line, so written lower-case.
  for (std::string_view w : ListAnnouncers()) EXPECT_EQ(AsciiLower(w), w);
  const auto signatures = BinarySignatures();
  EXPECT_NE(std::find(signatures.begin(), signatures.end(), "\x89PNG"), signatures.end());
  // The literals keep their NUL bytes: ICO's "\0\0\1\0" is four bytes.
  EXPECT_NE(std::find(signatures.begin(), signatures.end(), std::string_view("\0\0\1\0", 4)), signatures.end());
}

// Looked up by gumbo as C strings: whole attribute names, lower case.
TEST(Lexicons, CollapseToggleAttributesAreLowerCaseNames) {
  const auto names = CollapseToggleAttributes();
  EXPECT_NE(std::find(names.begin(), names.end(), "data-toggle"), names.end());
  for (std::string_view n : names) EXPECT_EQ(AsciiLower(Trim(n)), n);
}

TEST(Lexicons, HeadingPartSeparatorsAreMarksWithoutSpaces) {
  const auto seps = HeadingPartSeparators();
  EXPECT_NE(std::find(seps.begin(), seps.end(), ":"), seps.end());
  EXPECT_NE(std::find(seps.begin(), seps.end(), "\u2013"), seps.end());
  // Compared with trimmed text: a spaced entry would never match.
  for (std::string_view x : seps) EXPECT_EQ(Trim(x), x);
}

TEST(CodeShaped, MarksOfCode) {
  EXPECT_TRUE(CodeShaped("-- Index the column the report filters on"));
  EXPECT_TRUE(CodeShaped("A[Report page] --> B[API server]"));
  EXPECT_TRUE(CodeShaped("GROUP BY region;"));
  EXPECT_TRUE(CodeShaped("function weeklyTotals(region) {"));
  EXPECT_TRUE(CodeShaped("let result = identity<string>('Hello')"));
  EXPECT_FALSE(CodeShaped("Before changing anything, we drew the path a request takes."));
  EXPECT_FALSE(CodeShaped("Home | News | Sport"));
  EXPECT_FALSE(CodeShaped("Read more (3)"));
}

TEST(IsDialogueMark, QuestionAndAnswerMarksInAnyCase) {
  EXPECT_TRUE(IsDialogueMark("Q"));
  EXPECT_TRUE(IsDialogueMark("A."));
  EXPECT_TRUE(IsDialogueMark("Frage"));
  EXPECT_TRUE(IsDialogueMark("RESPUESTA"));
  EXPECT_TRUE(IsDialogueMark("Вопрос"));
  EXPECT_FALSE(IsDialogueMark("Pros"));
  EXPECT_FALSE(IsDialogueMark("Date"));
}

}  // namespace
}  // namespace pith
