#include "metadata/lexicons.h"

#include <gtest/gtest.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <set>
#include <string>
#include <vector>

namespace pith::lexicon {
namespace {

// The month names of a locale, wide, in the given context, lower case and
// without CLDR's "de "/"d’" before the Catalan format forms.
std::vector<std::string> CldrMonths(const char* locale, icu::DateFormatSymbols::DtContextType context,
                                    icu::DateFormatSymbols::DtWidthType width = icu::DateFormatSymbols::WIDE) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(icu::Locale(locale), status);
  EXPECT_TRUE(U_SUCCESS(status)) << locale;
  int32_t count = 0;
  const icu::UnicodeString* months = symbols.getMonths(count, context, width);
  std::vector<std::string> out;
  for (int32_t i = 0; i < count; ++i) {
    icu::UnicodeString name(months[i]);
    name.toLower(icu::Locale(locale));
    std::string utf8;
    name.toUTF8String(utf8);
    for (const std::string prefix : {"de ", "d’"}) {
      if (utf8.rfind(prefix, 0) == 0) utf8 = utf8.substr(prefix.size());
    }
    out.push_back(utf8);
  }
  return out;
}

// The committed table holds CLDR's wide names for the languages added from
// it, each with its month, but for the names left out on purpose.
constexpr std::string_view kZeroWidthNonJoiner = "\xE2\x80\x8C";

TEST(Lexicons, MonthNamesAgreeWithCldr) {
  using Ctx = icu::DateFormatSymbols;
  const struct {
    const char* locale;
    Ctx::DtContextType context;
  } kChecked[] = {{"ca", Ctx::STANDALONE}, {"bg", Ctx::FORMAT}, {"sr", Ctx::FORMAT},     {"sr_Latn", Ctx::FORMAT},
                  {"fi", Ctx::FORMAT},     {"hu", Ctx::FORMAT}, {"he", Ctx::FORMAT},     {"hr", Ctx::FORMAT},
                  {"lt", Ctx::FORMAT},     {"lv", Ctx::FORMAT}, {"et", Ctx::FORMAT},     {"sk", Ctx::FORMAT},
                  {"sk", Ctx::STANDALONE}, {"sl", Ctx::FORMAT},     {"hi", Ctx::FORMAT},
                  {"fil", Ctx::FORMAT},    {"sw", Ctx::FORMAT}, {"bn", Ctx::FORMAT},
                  {"az", Ctx::FORMAT},     {"uz", Ctx::FORMAT}, {"sq", Ctx::FORMAT},     {"ka", Ctx::FORMAT},
                  {"hy", Ctx::FORMAT},     {"hy", Ctx::STANDALONE}, {"kk", Ctx::FORMAT}, {"ur", Ctx::FORMAT},
                  {"ta", Ctx::FORMAT},     {"mk", Ctx::FORMAT}, {"be", Ctx::FORMAT},     {"is", Ctx::FORMAT},
                  {"mr", Ctx::FORMAT},     {"te", Ctx::FORMAT}, {"ml", Ctx::FORMAT},     {"gu", Ctx::FORMAT},
                  {"pa", Ctx::FORMAT},     {"kn", Ctx::FORMAT}};
  // Croatian "listopada" (October) is Polish November.
  const std::set<std::string> kLeftOut = {"listopada"};
  const auto& table = MonthNames();
  for (const auto& [locale, context] : kChecked) {
    const std::vector<std::string> names = CldrMonths(locale, context);
    ASSERT_EQ(names.size(), 12u) << locale;
    for (int m = 1; m <= 12; ++m) {
      std::string name = names[static_cast<std::size_t>(m - 1)];
      // A zero-width non-joiner in a Malayalam name ends the word when a
      // date is read: the table holds the name as pages also print it,
      // without one.
      for (std::size_t at; (at = name.find(kZeroWidthNonJoiner)) != std::string::npos;) name.erase(at, 3);
      if (kLeftOut.count(name)) continue;
      const auto it = table.find(name);
      ASSERT_NE(it, table.end()) << locale << " " << name;
      EXPECT_EQ(it->second, m) << locale << " " << name;
    }
  }
}

// And CLDR's abbreviations for the languages whose pages print them ("4 мар.
// 2019", "4 Μαρ 2019", "4 paź 2019", "4 Haz 2019"), without their dot.
TEST(Lexicons, AbbreviatedMonthNamesAgreeWithCldr) {
  using Ctx = icu::DateFormatSymbols;
  const auto& table = MonthNames();
  for (const char* locale : {"ru", "uk", "el", "pl", "tr"}) {
    const std::vector<std::string> names = CldrMonths(locale, Ctx::FORMAT, Ctx::ABBREVIATED);
    ASSERT_EQ(names.size(), 12u) << locale;
    for (int m = 1; m <= 12; ++m) {
      std::string name = names[static_cast<std::size_t>(m - 1)];
      if (!name.empty() && name.back() == '.') name.pop_back();
      const auto it = table.find(name);
      ASSERT_NE(it, table.end()) << locale << " " << name;
      EXPECT_EQ(it->second, m) << locale << " " << name;
    }
  }
}

// The weekdays of the byline's trim are CLDR's wide ones, lower case.
TEST(Lexicons, DateLeadWeekdaysAgreeWithCldr) {
  const auto& table = DateLeadWords();
  for (const char* locale : {"pl", "cs", "sk", "ru", "uk", "sv", "da", "nb", "ca", "el", "id", "ms", "ro", "tr", "ar",
                             "hu", "fi", "hr", "sr", "sl", "bg"}) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(locale), status);
    ASSERT_TRUE(U_SUCCESS(status)) << locale;
    int32_t count = 0;
    const icu::UnicodeString* days = symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    ASSERT_EQ(count, 8) << locale;
    for (int32_t d = 1; d < count; ++d) {
      icu::UnicodeString name(days[d]);
      name.toLower(icu::Locale(locale));
      std::string utf8;
      name.toUTF8String(utf8);
      EXPECT_TRUE(table.count(utf8) || DateFillerWords().count(utf8)) << locale << " " << utf8;
    }
  }
}

}  // namespace
}  // namespace pith::lexicon
