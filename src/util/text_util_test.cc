#include "util/text_util.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

namespace pith {
namespace {

TEST(TextUtil, WithoutLeadingDashTakesOneOpeningDash) {
  EXPECT_EQ(WithoutLeadingDash("\u2014 Jane Roe"), "Jane Roe");
  EXPECT_EQ(WithoutLeadingDash("\u2013Jane comes from"), "Jane comes from");
  EXPECT_EQ(WithoutLeadingDash("- Jane"), "Jane");
  EXPECT_EQ(WithoutLeadingDash("Jane Roe-Smith"), "Jane Roe-Smith");
  EXPECT_EQ(WithoutLeadingDash("-"), "");
}

TEST(TextUtil, ItemNumberReadsANumberedTitle) {
  EXPECT_EQ(ItemNumber("8. Swiss cheese vine"), 8);
  EXPECT_EQ(ItemNumber("12) Bird's nest fern"), 12);
  EXPECT_EQ(ItemNumber("Chapter 3: Keyword research"), 3);
  EXPECT_EQ(ItemNumber("Step 1. Sand the board"), 1);
  // A count or a year in a title is no item number.
  EXPECT_EQ(ItemNumber("10 ways to sleep better"), std::nullopt);
  EXPECT_EQ(ItemNumber("Top 10 picks for spring"), std::nullopt);
  EXPECT_EQ(ItemNumber("2025: the year in books"), std::nullopt);
  EXPECT_EQ(ItemNumber("Our two favourite words. Then more"), std::nullopt);
  EXPECT_EQ(ItemNumber("3."), std::nullopt);
  EXPECT_EQ(ItemNumber(""), std::nullopt);
}

TEST(TextUtil, CollapseSpaceTrimsAndJoinsAllSpaces) {
  EXPECT_EQ(CollapseSpace("  a \t\n b\xC2\xA0\xC2\xA0" "c\xE2\x80\x89" "d  "), "a b c d");
  EXPECT_EQ(CollapseSpace(""), "");
  EXPECT_EQ(CollapseSpace(" \n\t "), "");
  // Runs of ASCII beside wider characters and broken bytes keep every byte.
  EXPECT_EQ(CollapseSpace("ab\xC3\xA9" "cd \r\n ef\x01\x7F"), "ab\xC3\xA9" "cd ef\x01\x7F");
  EXPECT_EQ(CollapseSpace("a\xFF" "b \xE2\x80\x83 c"), "a\xEF\xBF\xBD" "b c");
}

TEST(TextUtil, ValidUtf8ReplacesEachBadSequence) {
  EXPECT_EQ(ValidUtf8("ok"), "ok");
  EXPECT_EQ(ValidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ValidUtf8("\xC3"), "\xEF\xBF\xBD");                  // truncated
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));
}

TEST(TextUtil, Utf8PrefixNeverEndsInsideACharacter) {
  const std::string s = "ab\xC3\xA9\xE2\x80\x9C";  // ab, é, left quote
  EXPECT_EQ(Utf8Prefix(s, 2), "ab");
  EXPECT_EQ(Utf8Prefix(s, 3), "ab");  // would split the é
  EXPECT_EQ(Utf8Prefix(s, 4), "ab\xC3\xA9");
  EXPECT_EQ(Utf8Prefix(s, 6), "ab\xC3\xA9");
  EXPECT_EQ(Utf8Prefix(s, 7), s);
  EXPECT_EQ(Utf8Prefix(s, 100), s);
  EXPECT_EQ(Utf8Prefix("\xE2\x80\x9C", 2), "");
}

TEST(TextUtil, IsValidUtf8FindsABadByteAfterLongAsciiRuns) {
  // Runs longer than the eight bytes read at once, the bad byte at each
  // place in and after a word, and valid sequences between runs.
  const std::string run = "0123456789abcdefghij";
  for (std::size_t at = 0; at <= run.size(); ++at) {
    std::string bad = run;
    bad.insert(at, "\xE9");
    EXPECT_FALSE(IsValidUtf8(bad)) << at;
    std::string good = run;
    good.insert(at, "\xC3\xA9");
    EXPECT_TRUE(IsValidUtf8(good + run + "\xE2\x80\x9C" + run)) << at;
    EXPECT_FALSE(IsValidUtf8(good + run + "\xE2\x80")) << at;  // truncated at the end
  }
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(TextUtil, LowercaseWordPercentOfCasedWords) {
  EXPECT_EQ(LowercaseWordPercent("the Old mill 42"), 66);  // the number is no cased word
  EXPECT_EQ(LowercaseWordPercent("Mill Lane 4 \xE2\x80\xA2 Townsville"), 0);
  EXPECT_EQ(LowercaseWordPercent("\xD0\xB4\xD0\xB0 \xD0\x94\xD0\xB0"), 50);  // Cyrillic
  EXPECT_EQ(LowercaseWordPercent("\xE6\x97\xA5\xE6\x9C\xAC 2024"), 0);  // no case at all
}

TEST(TextUtil, TitleCasedWhenEveryLongWordIsCapitalised) {
  EXPECT_TRUE(TitleCased("11 Fascinating Facts About Our Milky Way", 4));
  EXPECT_TRUE(TitleCased("The Biggest Questions of the Year", 4));  // short words aside
  EXPECT_TRUE(TitleCased("\xC3\x9C" "ber Die Stadt", 4));
  EXPECT_FALSE(TitleCased("Rapid deployment times for new servers", 4));
  EXPECT_FALSE(TitleCased("Pros: light, \xC3\xBC" "ber quiet", 4));
  EXPECT_FALSE(TitleCased("42 - 7", 4));  // no word long enough
}

TEST(TextUtil, LineShapeMasksLettersAndDigits) {
  EXPECT_EQ(LineShape("Oct 16, 2025"), "a 9, 9");
  EXPECT_EQ(LineShape("Jun 3, 2024"), LineShape("Oct 16, 2025"));
  EXPECT_EQ(LineShape("Publisert 06.01.2026 - 17:29"), "a 9.9.9 - 9:9");
  EXPECT_EQ(LineShape("Sist  oppdatert 6.1.2026"), "a a 9.9.9");
  EXPECT_EQ(LineShape("\xC3\x9C" "ber 2024 \xE2\x80\x93 heute"), "a 9 \xE2\x80\x93 a");
  EXPECT_EQ(LineShape(""), "");
}

TEST(TextUtil, ValidUtf8KeepsNulBytes) {
  const std::string s("a\0b", 3);
  EXPECT_EQ(ValidUtf8(s).size(), 3u);
}

TEST(TextUtil, CountsCharsAndWordsInAnyScript) {
  EXPECT_EQ(CountChars("caf\xC3\xA9"), 4u);
  EXPECT_EQ(CountWords("Hello, world! It's 2016."), 5u);
  EXPECT_EQ(CountWords("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80"), 2u);
  EXPECT_EQ(CountWords("  "), 0u);
}

TEST(TextUtil, UnspacedScriptsCountAWordPerFewLetters) {
  // Thai: 11 letters (the vowel and tone marks above and below aside) in
  // one run, then 6 after the space.
  const std::string thai = "สะพานแห่งใหม่ เปิดแล้ว";
  EXPECT_EQ(CountWords(thai), 2u);
  EXPECT_EQ(CountWords(thai, 3), 4u + 2u);
  EXPECT_EQ(CountWords(thai, 100), 2u);
  // Khmer and Burmese likewise; Latin, Cyrillic and Chinese are not counted by letters.
  EXPECT_EQ(CountWords("ក្រុងភ្នំពេញ", 3), 3u);  // 7 letters
  EXPECT_EQ(CountWords("မြို့တော်သစ်", 3), 2u);   // 4 letters
  EXPECT_EQ(CountWords("Hello, world! Привет мир 你好世界", 3), 5u);
  EXPECT_TRUE(WrittenWithoutSpaces(U'ก'));
  EXPECT_TRUE(WrittenWithoutSpaces(U'ក'));
  EXPECT_TRUE(WrittenWithoutSpaces(U'မ'));
  EXPECT_FALSE(WrittenWithoutSpaces(U'a'));
  EXPECT_FALSE(WrittenWithoutSpaces(U'ا'));
  EXPECT_FALSE(WrittenWithoutSpaces(U'你'));
}

TEST(TextUtil, LowerSameLengthKeepsEveryByteOffset) {
  // ASCII, Latin, Greek and Cyrillic capitals; CJK has no case.
  EXPECT_EQ(LowerSameLength("R\xC3\x89SERV\xC3\x89 \xCE\xA3 \xD0\x90 \xE6\x97\xA5 Ok"),
            "r\xC3\xA9serv\xC3\xA9 \xCF\x83 \xD0\xB0 \xE6\x97\xA5 ok");
  // The Kelvin sign lowercases to a one-byte "k": kept, so offsets hold.
  EXPECT_EQ(LowerSameLength("\xE2\x84\xAA"), "\xE2\x84\xAA");
  // Invalid bytes are copied as they are.
  const std::string bad = "A\xFF\xC3" "B";
  EXPECT_EQ(LowerSameLength(bad), "a\xFF\xC3" "b");
  EXPECT_EQ(LowerSameLength(""), "");
}

TEST(TextUtil, FoldForCompareIgnoresCaseAndCompatibilityForms) {
  EXPECT_EQ(FoldForCompare("Stra\xC3\x9F" "e  \xEF\xBC\xA1"), FoldForCompare("STRASSE a"));
}

// FoldForCompare reads ASCII without ICU: each ASCII character, alone and
// between letters, folds as ICU's NFKC case folding has it.
TEST(TextUtil, FoldForCompareOfAsciiIsIcusFolding) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (int c = 0; c < 0x80; ++c) {
    for (const std::string& s : {std::string(1, static_cast<char>(c)), "Ab" + std::string(1, static_cast<char>(c)) + "Cd"}) {
      std::string icu_folded;
      nfkc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), status)
          .toUTF8String(icu_folded);
      ASSERT_TRUE(U_SUCCESS(status));
      EXPECT_EQ(FoldForCompare(s), CollapseSpace(icu_folded)) << "character " << c;
    }
  }
}

TEST(TextUtil, HoldsClockFindsATimeOfDayOnly) {
  EXPECT_TRUE(HoldsClock("Publiziert heute um 12:19 Uhr"));
  EXPECT_TRUE(HoldsClock("mandag 5. august kl. 14:47"));
  EXPECT_TRUE(HoldsClock("9:05"));
  EXPECT_TRUE(HoldsClock("Updated 23:59, and 3:1 later"));
  EXPECT_FALSE(HoldsClock("Won 3:1 at home"));
  EXPECT_FALSE(HoldsClock("John 16:18:20"));
  EXPECT_FALSE(HoldsClock("At 24:10 or 12:60"));
  EXPECT_FALSE(HoldsClock("Code 123:45"));
  EXPECT_FALSE(HoldsClock("Note: 12 items"));
  EXPECT_FALSE(HoldsClock(""));
}

TEST(TextUtil, CaseInsensitiveAsciiHelpers) {
  EXPECT_TRUE(StartsWithNoCase("By Jane", "by "));
  EXPECT_FALSE(StartsWithNoCase("B", "by"));
  EXPECT_EQ(AsciiLower("AbC-\xC3\x89"), "abc-\xC3\x89");
}

TEST(TextUtil, ContainsAnyOfTheWordsAsWritten) {
  constexpr std::string_view kWords[] = {"ago", "vor"};
  EXPECT_TRUE(ContainsAny("3 hours ago", kWords));
  EXPECT_TRUE(ContainsAny("vor 2 Tagen", kWords));
  EXPECT_FALSE(ContainsAny("3 hours AGO", kWords));  // as written, case and all
  EXPECT_FALSE(ContainsAny("", kWords));
}

TEST(ReadUnicodeEscape, PairsLoneSurrogatesAndOtherText) {
  auto e = ReadUnicodeEscape("a\\u00e9b", 1);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->value, 0xE9u);
  EXPECT_EQ(e->length, 6u);
  EXPECT_FALSE(e->lone_surrogate);
  e = ReadUnicodeEscape("\\ud83d\\ude00", 0);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->length, 12u);
  EXPECT_FALSE(e->lone_surrogate);
  e = ReadUnicodeEscape("\\ud83dx", 0);
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->lone_surrogate);
  e = ReadUnicodeEscape("\\ude00\\ud83d", 0);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->length, 6u);
  EXPECT_TRUE(e->lone_surrogate);
  EXPECT_FALSE(ReadUnicodeEscape("\\u12", 0));
  EXPECT_FALSE(ReadUnicodeEscape("\\uzzzz", 0));
  EXPECT_FALSE(ReadUnicodeEscape("\\n0041", 0));
}

TEST(IsAscii, EveryByteBelowEighty) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii("By Jane Roe, 3 March 2024"));
  EXPECT_TRUE(IsAscii(std::string(40, 'a')));
  EXPECT_FALSE(IsAscii("\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A"));
  EXPECT_FALSE(IsAscii(std::string(20, 'a') + "\xC3\xA9" + std::string(20, 'b')));
}

TEST(TextUtil, AnyTokenVisitsEachTokenOfAListUntilOneAnswers) {
  std::vector<std::string> seen;
  EXPECT_FALSE(AnyToken("  post\tentry-content \n has-text ", [&](std::string_view t) {
    seen.emplace_back(t);
    return false;
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"post", "entry-content", "has-text"}));
  seen.clear();
  EXPECT_TRUE(AnyToken("a b c", [&](std::string_view t) {
    seen.emplace_back(t);
    return t == "b";
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
  EXPECT_FALSE(AnyToken(" \t ", [](std::string_view) { return true; }));
}

}  // namespace
}  // namespace pith
