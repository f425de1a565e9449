#include "cli/body_diff.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

TEST(WordTokens, LettersDigitsUnderscoreInAnyScript) {
  EXPECT_EQ(WordTokens("Don't stop—café_2 №5 東京"),
            (std::vector<std::string_view>{"Don", "t", "stop", "café_2", "5", "東京"}));
}

TEST(BodyF1, SameTokensScoreOne) {
  // Case is kept, as in the benchmark's scorer: four tokens are one shingle.
  EXPECT_DOUBLE_EQ(BodyF1("One two, three.\n\nFour", "one two three four"), 0.0);
  EXPECT_DOUBLE_EQ(BodyF1("One two, three.\n\nFour", "One two three Four!"), 1.0);
  EXPECT_DOUBLE_EQ(BodyF1("", ""), 1.0);
}

TEST(BodyF1, SharedShingles) {
  // 6 tokens: 3 shingles each; the first two are shared.
  EXPECT_DOUBLE_EQ(BodyF1("a b c d e f", "a b c d e x"), 2.0 * 2 / 6);
  EXPECT_DOUBLE_EQ(BodyF1("a b c d e f", ""), 0.0);
  // Short texts are one shingle.
  EXPECT_DOUBLE_EQ(BodyF1("a b", "a b c"), 0.0);
}

TEST(ParagraphDiff, MissingExtraAndSame) {
  EXPECT_EQ(ParagraphDiff("One.\n\nTwo.\n\nThree.", "One.\n\nTwo.\n\nThree."), "");
  EXPECT_EQ(ParagraphDiff("One.\n\nTwo.\n\nThree.\n\nFour.", "One.\n\nTwo.\n\nSign up!\n\nFour."),
            "  (2 paragraphs the same)\n- Three.\n+ Sign up!\n  (1 paragraph the same)\n");
  EXPECT_EQ(ParagraphDiff("A.", "A.\n\nShare this"), "  (1 paragraph the same)\n+ Share this\n");
}

TEST(ParagraphDiff, LongParagraphsAreCut) {
  EXPECT_EQ(ParagraphDiff("", "ééééé\nfff", 6), "+ ééééé …\n");
}

}  // namespace
}  // namespace pith
