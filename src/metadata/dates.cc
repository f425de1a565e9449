#include "metadata/dates.h"

#include <date/date.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

struct Token {
  enum Kind { kNum, kWord, kSym } kind;
  std::string text;  // words lower-cased
  int value = 0;     // numbers
  bool space_before = false;
  std::size_t begin = 0, end = 0;  // byte offsets in the text
};

// Five or six digits that are a year of this century or the last and a
// day or hour of one or two digits after it.
bool GluedYear(std::string_view digits) {
  if (digits.size() != 5 && digits.size() != 6) return false;
  if (digits.substr(0, 2) != "19" && digits.substr(0, 2) != "20") return false;
  int rest = 0;
  for (const char c : digits.substr(4)) rest = rest * 10 + (c - '0');
  return rest <= 31;
}

// The value of a decimal digit of a script other than ASCII, else -1:
// Arabic-Indic ("٢٠٢٠", Arabic pages), Extended Arabic-Indic ("۱۳۹۹",
// Persian and Urdu pages), Devanagari ("४ मार्च २०१९", Hindi pages), Thai,
// full-width ("２０２４年４月２４日", Japanese typesetting) and the others
// Unicode counts as decimal digits.
int OtherScriptDigit(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  if (cp < 0x80 || u_charType(c) != U_DECIMAL_DIGIT_NUMBER) return -1;
  return u_charDigitValue(c);
}

// The full-width forms of ASCII's signs (U+FF01-FF5E: "：", "／", "（"),
// as the ASCII sign they stand for, so "１４：０３" is a clock; other
// code points unchanged.
char32_t AsciiSign(char32_t cp) {
  constexpr char32_t kFullWidthFirst = 0xFF01, kFullWidthLast = 0xFF5E, kFullWidthOffset = 0xFEE0;
  return cp >= kFullWidthFirst && cp <= kFullWidthLast ? cp - kFullWidthOffset : cp;
}

// A run of digits of another script from `start`, as a number token in
// ASCII digits that spans the original bytes; `i` moves past it.
Token OtherScriptNumber(std::string_view s, std::size_t start, std::size_t& i, bool space) {
  Token t{Token::kNum, {}, 0, space, start, start};
  std::size_t j = start;
  for (int digit = 0; j < s.size() && (digit = OtherScriptDigit(NextCodePoint(s, j))) >= 0;) {
    if (t.text.size() < 9) t.value = t.value * 10 + digit;
    t.text += static_cast<char>('0' + digit);
    t.end = j;
  }
  i = t.end;
  return t;
}

// The year a number token writes, two digits read as of the 2000s or the
// 1900s (kShortYearCenturyTurn).
int FullYear(const Token& t) {
  if (t.text.size() != 2) return t.value;
  return t.value + (t.value < thresholds::published_date::kShortYearCenturyTurn ? 2000 : 1900);
}

// The Hebrew and Arabic blocks, whose combining marks are vowel points
// (Unicode: Hebrew accents begin at U+0591, the Arabic block ends at U+06FF).
constexpr char32_t kFirstHebrewPoint = 0x0591;
constexpr char32_t kLastArabicLetterOrMark = 0x06FF;

// Whether `s` holds a digit of any script (what Tokenize makes a number
// of). Every date form holds a number, so a text without one holds no
// date: most lines of a page, which need not be tokenized.
bool HasDigit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      if (byte >= '0' && byte <= '9') return true;
      ++i;
      continue;
    }
    if (OtherScriptDigit(NextCodePoint(s, i)) >= 0) return true;
  }
  return false;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  bool space = false;
  for (std::size_t i = 0; i < s.size() && out.size() < 400;) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    if (OtherScriptDigit(cp) >= 0) {
      out.push_back(OtherScriptNumber(s, start, i, space));
    } else if (cp >= '0' && cp <= '9') {
      std::size_t j = start;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      // A year glued by markup without spaces to the hour ("20163:33 PM")
      // or to what follows in a text copy: a second date ("30.01.202430.
      // Januar 2024"), an age ("April 10, 20233 years").
      if (GluedYear(s.substr(start, j - start))) j = start + 4;
      Token t{Token::kNum, std::string(s.substr(start, j - start)), 0, space, start, j};
      for (std::size_t k = 0; k < t.text.size() && k < 9; ++k) t.value = t.value * 10 + (t.text[k] - '0');
      out.push_back(std::move(t));
      i = j;
    } else if (cp >= 0x2E80 && cp <= 0x9FFF) {
      // CJK: each ideograph is a word (年, 月, 日, 時, 分 are the markers that matter).
      out.push_back({Token::kWord, std::string(s.substr(start, i - start)), 0, space, start, i});
    } else if (u_isalpha(static_cast<UChar32>(cp)) || cp == '\'') {
      Token t{Token::kWord, {}, 0, space, start, i};
      AppendUtf8(t.text, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
      bool lower = u_islower(static_cast<UChar32>(cp)) != 0;
      // Whether the word's script has cases: 1 or 0, or -1 while only an
      // apostrophe has been read.
      int cased = cp == '\'' ? -1 : (lower || u_isupper(static_cast<UChar32>(cp)) != 0);
      while (i < s.size()) {
        std::size_t j = i;
        const char32_t c = NextCodePoint(s, j);
        // Vowel signs and other combining marks are part of the word
        // (Devanagari: "फ़रवरी"); the optional vowel points of Hebrew and
        // Arabic are left out of it, as the month names are unpointed.
        const bool mark = (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
        const bool pointing = mark && c >= kFirstHebrewPoint && c <= kLastArabicLetterOrMark;
        if ((c >= 0x2E80 && c <= 0x9FFF) || !(u_isalpha(static_cast<UChar32>(c)) || c == '\'' || mark)) break;
        // A capital after a small letter starts a word that a text copy
        // glued on: "2 minute readApril 25, 2023", "by Jane RoeNovember 20".
        if (lower && u_isupper(static_cast<UChar32>(c))) break;
        // So does a word of a cased script (Latin) right after one of a
        // caseless one, or the other way: a site's name in Gujarati or
        // Arabic glued to the date line ("<name>Mar 28, 2020").
        const int c_cased = u_islower(static_cast<UChar32>(c)) != 0 || u_isupper(static_cast<UChar32>(c)) != 0;
        if (!mark && c != '\'') {
          if (cased >= 0 && c_cased != cased) break;
          cased = c_cased;
        }
        if (!mark) lower = u_islower(static_cast<UChar32>(c)) != 0;
        if (!pointing) AppendUtf8(t.text, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        i = j;
      }
      t.end = i;
      out.push_back(std::move(t));
    } else if (IsUnicodeSpace(cp)) {
      space = true;
      continue;
    } else if (const char32_t sign = AsciiSign(cp); sign != cp) {
      out.push_back({Token::kSym, std::string(1, static_cast<char>(sign)), 0, space, start, i});
    } else {
      out.push_back({Token::kSym, std::string(s.substr(start, i - start)), 0, space, start, i});
    }
    space = false;
  }
  return out;
}

bool ValidDay(int y, int m, int d) {
  return y >= 1 && y <= 9999 && date::year_month_day(date::year(y), date::month(static_cast<unsigned>(m)),
                                                     date::day(static_cast<unsigned>(d))).ok();
}

// Years that, written in numbers, are the Solar Hijri calendar's (Iran's
// news sites date their pages in it: "۱۳۹۹/۰۲/۲۱"): no Gregorian date of a
// news page falls here. 1369 began in March 1990, the first year of news
// sites (thresholds.h kFirstNewsYear); 1420 begins in 2041.
constexpr int kFirstSolarHijriYear = 1369;
constexpr int kLastSolarHijriYear = 1420;

// Years past Gregorian news dates that are the Thai Buddhist Era's
// (2533 BE is 1990 CE, the first year of news sites; 2643 BE is 2100
// CE), and what to take away to make them Gregorian.
constexpr int kFirstBuddhistEraYear = 2533;
constexpr int kLastBuddhistEraYear = 2643;
constexpr int kBuddhistEraOffset = 543;

// Days of a Solar Hijri date from a fixed epoch, by the calendar's
// 33-year arithmetic rule (exact for the years above).
long long SolarHijriDays(int y, int m, int d) {
  const long long jy = y + 1595;
  long long days = -355668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + d;
  days += m < 7 ? (m - 1) * 31 : (m - 7) * 30 + 186;
  return days;
}

// Reads dt's year, month and day as a Solar Hijri date and gives the
// Gregorian one; false when it is no valid day. The first six months have
// 31 days, the next five 30, the last 29 or 30.
bool FromSolarHijri(DateTime& dt) {
  if (dt.month < 1 || dt.month > 12 || dt.day < 1) return false;
  const long long length = dt.month <= 6 ? 31
                           : dt.month < 12
                               ? 30
                               : SolarHijriDays(dt.year + 1, 1, 1) - SolarHijriDays(dt.year, 12, 1);
  if (dt.day > length) return false;
  // 1 Farvardin 1358 fell on 21 March 1979.
  constexpr int kEpochYear = 1358;
  const date::sys_days epoch = date::sys_days(date::year(1979) / date::March / 21);
  const date::year_month_day g{epoch + date::days(SolarHijriDays(dt.year, dt.month, dt.day) -
                                                  SolarHijriDays(kEpochYear, 1, 1))};
  dt.year = static_cast<int>(g.year());
  dt.month = static_cast<int>(static_cast<unsigned>(g.month()));
  dt.day = static_cast<int>(static_cast<unsigned>(g.day()));
  return true;
}

// Whether a date written in numbers is a valid day: in the Solar Hijri
// calendar (then converted) when its year is one of that calendar's, and
// in the Buddhist Era when its year is one of that era's (Thai pages
// print "14/09/2564" as they print "14 ก.ย. 2564").
bool ValidNumericDay(DateTime& dt) {
  if (dt.year >= kFirstSolarHijriYear && dt.year <= kLastSolarHijriYear) return FromSolarHijri(dt);
  if (dt.year >= kFirstBuddhistEraYear && dt.year <= kLastBuddhistEraYear) dt.year -= kBuddhistEraOffset;
  return ValidDay(dt.year, dt.month, dt.day);
}

int SolarHijriMonthOf(const Token& t) {
  if (t.kind != Token::kWord) return 0;
  const auto& months = lexicon::SolarHijriMonthNames();
  const auto it = months.find(t.text);
  return it == months.end() ? 0 : it->second;
}

int MonthOf(const Token& t) {
  if (t.kind != Token::kWord) return 0;
  const auto& months = lexicon::MonthNames();
  if (const auto it = months.find(t.text); it != months.end()) return it->second;
  for (const std::string_view prefix : lexicon::kMonthNamePrefixes) {
    if (t.text.size() <= prefix.size() || std::string_view(t.text).substr(0, prefix.size()) != prefix) continue;
    if (const auto it = months.find(t.text.substr(prefix.size())); it != months.end()) return it->second;
  }
  return 0;
}

// The month a Roman numeral names (lexicon::kRomanMonths), else 0. A spaced
// "i" is the Slavic languages' "and" ("15 i 2023"), so January needs the
// dotted form ("15.I.2023").
int RomanMonthOf(const Token& t) {
  if (t.kind != Token::kWord || (t.text == "i" && t.space_before)) return 0;
  const auto* it = std::find(std::begin(lexicon::kRomanMonths), std::end(lexicon::kRomanMonths), t.text);
  return it == std::end(lexicon::kRomanMonths) ? 0 : static_cast<int>(it - std::begin(lexicon::kRomanMonths)) + 1;
}

// US daylight saving time, 2007 rules: second Sunday of March to first
// Sunday of November (day resolution is enough for publication times).
bool UsDaylightTime(int y, int m, int d) {
  using namespace date;
  const auto ymd = year_month_day(year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d)));
  const sys_days start = sys_days(year(y) / March / Sunday[2]);
  const sys_days end = sys_days(year(y) / November / Sunday[1]);
  const sys_days today = sys_days(ymd);
  return today >= start && today < end;
}

class Matcher {
 public:
  Matcher(std::vector<Token> tokens, NumericOrder order)
      : t_(std::move(tokens)), used_(t_.size(), false), order_(order) {}

  // Every complete date in the text, in order.
  std::vector<DateMatch> Run(std::size_t max_dates);

 private:
  bool Is(std::size_t i, Token::Kind k) const { return i < t_.size() && t_[i].kind == k; }
  bool IsSym(std::size_t i, std::string_view s) const { return Is(i, Token::kSym) && t_[i].text == s; }
  bool IsWord(std::size_t i, std::string_view w) const { return Is(i, Token::kWord) && t_[i].text == w; }
  bool OpensDatedStamp(std::size_t i);
  bool IsNum(std::size_t i, std::size_t min_len, std::size_t max_len) const {
    return Is(i, Token::kNum) && t_[i].text.size() >= min_len && t_[i].text.size() <= max_len;
  }
  std::size_t SkipSyms(std::size_t i, std::string_view allowed) const {
    while (Is(i, Token::kSym) && allowed.find(t_[i].text) != std::string_view::npos) ++i;
    return i;
  }
  // Optional filler word between day and month ("de", "of", "the").
  // The Catalan "d’" with a typographic apostrophe is a word and a symbol.
  std::size_t SkipLinkWords(std::size_t i) const {
    while (true) {
      if (IsWord(i, "de") || IsWord(i, "of") || IsWord(i, "the") || IsWord(i, "del")) {
        ++i;
      } else if (IsWord(i, "d") && IsSym(i + 1, "’")) {
        i += 2;
      } else {
        return i;
      }
    }
  }
  std::size_t SkipOrdinal(std::size_t i) const {
    if (IsWord(i, "st") || IsWord(i, "nd") || IsWord(i, "rd") || IsWord(i, "th") || IsWord(i, "er") ||
        IsSym(i, "º") || IsSym(i, "°")) {
      return i + 1;
    }
    return i;
  }
  void Mark(std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < used_.size(); ++k) used_[k] = true;
  }

  // The date at token i, in any form: false when there is none or it is no
  // valid day.
  bool MatchDate(std::size_t i, DateTime& dt, std::size_t& end);
  // Each form of date at token i: nothing when the tokens are not in that
  // form, else whether they make a valid day.
  using Form = std::optional<bool> (Matcher::*)(std::size_t i, DateTime& dt, std::size_t& end);
  std::optional<bool> MatchYearFirst(std::size_t i, DateTime& dt, std::size_t& end);
  std::optional<bool> MatchCjkDate(std::size_t i, DateTime& dt, std::size_t& end);
  // The calendar era whose name the word tokens from `i` spell ("令和",
  // "中華民國"), `next` the token after it; null if none.
  const lexicon::CalendarEra* EraAt(std::size_t i, std::size_t& next) const;
  std::optional<bool> MatchEraDate(std::size_t i, DateTime& dt, std::size_t& end);
  // The Gregorian year in brackets after an era's ("（2024年）"): the
  // token after it, else i.
  std::size_t SkipBracketedYear(std::size_t i) const;
  std::optional<bool> MatchVietnameseDate(std::size_t i, DateTime& dt, std::size_t& end);
  std::optional<bool> MatchThaiDate(std::size_t i, DateTime& dt, std::size_t& end);
  // The Thai month named at token i, in full or abbreviated with dots
  // ("เม.ย."), and `next` past it; 0 when there is none.
  int ThaiMonthAt(std::size_t i, std::size_t& next) const;
  std::optional<bool> MatchNumericDayFirst(std::size_t i, DateTime& dt, std::size_t& end);
  // Whether the page's order reads a date in numbers that either order
  // could read month first; `by_separator` is the separator's reading.
  bool PageReadsMonthFirst(bool short_year, bool by_separator) const;
  std::optional<bool> MatchDayMonthName(std::size_t i, DateTime& dt, std::size_t& end);
  // The month named in two words at token i ("كانون الثاني"), else 0.
  int TwoWordMonthAt(std::size_t i) const;
  // Past a slash and the same month's other name, from `i` after a month's
  // name: Arabic pages of the Levant and Iraq print both ("14 آذار/مارس
  // 2019", "14 كانون الثاني/يناير 2019"); else `i`.
  std::size_t SkipSecondMonthName(std::size_t i, int month) const;
  // A year in two digits right after a month name ("27 Mar 20 à 9:21", "4
  // April 17", "04 NOV 25": news and blog themes of four sites), as day-first
  // dates in numbers write it ("22-02-16").
  bool ShortYearAt(std::size_t i) const;
  std::optional<bool> MatchHyphenedDayMonthName(std::size_t i, DateTime& dt, std::size_t& end);
  // Whether token i is glued to the token before it or after it, with no
  // space between, and that token is a word, a number or a hyphen.
  bool GluedToCode(std::size_t i, bool after) const;
  std::optional<bool> MatchMonthNameDay(std::size_t i, DateTime& dt, std::size_t& end);
  std::optional<bool> MatchYearMonthName(std::size_t i, DateTime& dt, std::size_t& end);
  bool MatchTime(std::size_t i, DateTime& dt, std::size_t& end);
  // Whether a half-day word before the clock at i says afternoon (true)
  // or morning; moves i past it.
  std::optional<bool> HalfDayBefore(std::size_t& i) const;
  void MatchZone(std::size_t i, DateTime& dt, std::size_t& end);

  std::vector<Token> t_;
  std::vector<bool> used_;
  NumericOrder order_;
  DateMatch::Form form_ = DateMatch::Form::kOther;  // of the last date matched
};

// A label that opens the next stamp with a date of its own ("Updated:
// 18:06, 8 Nov 2023"), past which no clock is the date's. A label with a
// clock alone ("Aggiornato alle 16:01") lends the date its clock, as the
// page's own tags give it (an Italian news site). The next stamp's clock,
// zone and weekday fill as many tokens as they do before a date.
bool Matcher::OpensDatedStamp(std::size_t i) {
  if (!Is(i, Token::kWord) || !lexicon::IsOneOf(t_[i].text, lexicon::kStampLabelWords)) return false;
  const DateMatch::Form form = form_;
  bool dated = false;
  for (std::size_t k = i + 1; k < t_.size() && k <= i + thresholds::published_date::kTokensBackToTime && !dated; ++k) {
    DateTime next;
    std::size_t next_end = 0;
    dated = !used_[k] && MatchDate(k, next, next_end);
  }
  form_ = form;
  return dated;
}

bool Matcher::MatchDate(std::size_t i, DateTime& dt, std::size_t& end) {
  form_ = DateMatch::Form::kOther;
  // Each form opens on a number, but for an era's name and a month's name,
  // which open on a word; so a token tries only the forms it can open (a
  // line of ideographs, each a word, would otherwise try them all).
  static constexpr Form kOnNumber[] = {&Matcher::MatchYearFirst,      &Matcher::MatchCjkDate,
                                       &Matcher::MatchVietnameseDate, &Matcher::MatchThaiDate,
                                       &Matcher::MatchNumericDayFirst, &Matcher::MatchDayMonthName,
                                       &Matcher::MatchHyphenedDayMonthName, &Matcher::MatchYearMonthName};
  static constexpr Form kOnWord[] = {&Matcher::MatchEraDate, &Matcher::MatchMonthNameDay};
  if (Is(i, Token::kSym)) return false;
  for (const Form form : Is(i, Token::kNum) ? std::span<const Form>(kOnNumber) : std::span<const Form>(kOnWord)) {
    if (const std::optional<bool> valid = (this->*form)(i, dt, end)) return *valid;
  }
  return false;
}

std::optional<bool> Matcher::MatchYearFirst(std::size_t i, DateTime& dt, std::size_t& end) {
  // 2016. 02. 22. and 2016. 2. 22. (Hungarian and Korean news sites): a
  // dot after each number and a space before the month and the day.
  if (IsNum(i, 4, 4) && IsSym(i + 1, ".") && IsNum(i + 2, 1, 2) && IsSym(i + 3, ".") && IsNum(i + 4, 1, 2) &&
      IsSym(i + 5, ".") && !t_[i + 1].space_before && t_[i + 2].space_before && !t_[i + 3].space_before &&
      t_[i + 4].space_before && !t_[i + 5].space_before) {
    dt.year = t_[i].value, dt.month = t_[i + 2].value, dt.day = t_[i + 4].value;
    end = i + 6;
    return ValidNumericDay(dt);
  }
  // 2016-02-22, 2016/02/22, 2016.02.22 (no spaces inside).
  if (IsNum(i, 4, 4) && Is(i + 1, Token::kSym) && !t_[i + 1].space_before && IsNum(i + 2, 1, 2) &&
      IsSym(i + 3, t_[i + 1].text) && IsNum(i + 4, 1, 2) && !t_[i + 4].space_before &&
      std::string_view("-/.").find(t_[i + 1].text) != std::string_view::npos) {
    dt.year = t_[i].value, dt.month = t_[i + 2].value, dt.day = t_[i + 4].value;
    end = i + 5;
    return ValidNumericDay(dt);
  }
  return std::nullopt;
}

std::optional<bool> Matcher::MatchCjkDate(std::size_t i, DateTime& dt, std::size_t& end) {
  // 2016年2月22日, and the Korean 2016년 2월 22일.
  if (IsNum(i, 4, 4) && (IsWord(i + 1, "年") || IsWord(i + 1, "년")) && IsNum(i + 2, 1, 2) &&
      (IsWord(i + 3, "月") || IsWord(i + 3, "월")) && IsNum(i + 4, 1, 2)) {
    dt.year = t_[i].value, dt.month = t_[i + 2].value, dt.day = t_[i + 4].value;
    end = (IsWord(i + 5, "日") || IsWord(i + 5, "일")) ? i + 6 : i + 5;
    return ValidDay(dt.year, dt.month, dt.day);
  }
  return std::nullopt;
}

std::size_t Matcher::SkipBracketedYear(std::size_t i) const {
  return IsSym(i, "(") && IsNum(i + 1, 4, 4) && IsWord(i + 2, "年") && IsSym(i + 3, ")") ? i + 4 : i;
}

const lexicon::CalendarEra* Matcher::EraAt(std::size_t i, std::size_t& next) const {
  for (const lexicon::CalendarEra& era : lexicon::kCalendarEras) {
    std::size_t k = i, spelled = 0;
    while (spelled < era.name.size() && Is(k, Token::kWord) && era.name.substr(spelled).starts_with(t_[k].text)) {
      spelled += t_[k++].text.size();
    }
    if (k > i && spelled == era.name.size()) {
      next = k;
      return &era;
    }
  }
  return nullptr;
}

std::optional<bool> Matcher::MatchEraDate(std::size_t i, DateTime& dt, std::size_t& end) {
  // 令和6年4月24日, 令和元年5月1日 (the era's first year), 令和6年（2024年）4月24日,
  // 中華民國113年3月18日 (three digits: the Republic of China's era is past its
  // 100th year). The first token's word test fails on most ideographs of a
  // Chinese or Japanese line before any era's name is spelled out.
  std::size_t y = 0;
  const lexicon::CalendarEra* era = EraAt(i, y);
  if (era == nullptr || !(IsNum(y, 1, 3) || IsWord(y, "元")) || !IsWord(y + 1, "年")) return std::nullopt;
  const std::size_t k = SkipBracketedYear(y + 2);
  if (!IsNum(k, 1, 2) || !IsWord(k + 1, "月") || !IsNum(k + 2, 1, 2)) return std::nullopt;
  dt.year = era->year_before + (Is(y, Token::kNum) ? t_[y].value : 1);
  dt.month = t_[k].value, dt.day = t_[k + 2].value;
  end = IsWord(k + 3, "日") ? k + 4 : k + 3;
  return ValidDay(dt.year, dt.month, dt.day);
}

int Matcher::ThaiMonthAt(std::size_t i, std::size_t& next) const {
  if (!Is(i, Token::kWord)) return 0;
  const auto& months = lexicon::ThaiMonthNames();
  std::string name = t_[i].text;
  next = i + 1;
  if (IsSym(i + 1, ".") && Is(i + 2, Token::kWord) && IsSym(i + 3, ".")) {
    name += "." + t_[i + 2].text + ".";
    next = i + 4;
  }
  const auto it = months.find(name);
  return it == months.end() ? 0 : it->second;
}

std::optional<bool> Matcher::MatchThaiDate(std::size_t i, DateTime& dt, std::size_t& end) {
  // 24 เมษายน 2567, 24 เม.ย. 2567, 24 เม.ย. พ.ศ. 2567: the year in the
  // Buddhist Era, or now and then in the Gregorian one.
  std::size_t k = 0;
  const int month = IsNum(i, 1, 2) ? ThaiMonthAt(i + 1, k) : 0;
  if (month == 0) return std::nullopt;
  if (IsWord(k, "พ") && IsSym(k + 1, ".") && IsWord(k + 2, "ศ") && IsSym(k + 3, ".")) k += 4;
  if (!IsNum(k, 4, 4)) return std::nullopt;
  const int year = t_[k].value;
  const bool buddhist = year >= kFirstBuddhistEraYear && year <= kLastBuddhistEraYear;
  dt.year = buddhist ? year - kBuddhistEraOffset : year, dt.month = month, dt.day = t_[i].value;
  end = k + 1;
  form_ = DateMatch::Form::kDayThenMonthName;
  return ValidDay(dt.year, dt.month, dt.day);
}

std::optional<bool> Matcher::MatchVietnameseDate(std::size_t i, DateTime& dt, std::size_t& end) {
  // Vietnamese names the month by its number: "22 tháng 10, 2016", "22
  // tháng 10 năm 2016" (CLDR's long form and the written one).
  if (IsNum(i, 1, 2) && IsWord(i + 1, "tháng") && IsNum(i + 2, 1, 2)) {
    std::size_t k = SkipSyms(i + 3, ",");
    if (IsWord(k, "năm")) ++k;
    if (IsNum(k, 4, 4)) {
      dt.year = t_[k].value, dt.month = t_[i + 2].value, dt.day = t_[i].value;
      end = k + 1;
      form_ = DateMatch::Form::kDayThenMonthName;
      return ValidDay(dt.year, dt.month, dt.day);
    }
  }
  return std::nullopt;
}

bool Matcher::PageReadsMonthFirst(bool short_year, bool by_separator) const {
  switch (order_) {
    case NumericOrder::kBySeparator: return by_separator;
    case NumericOrder::kDayFirst: return false;
    case NumericOrder::kMonthFirst: return true;
    case NumericOrder::kEnglishDayFirst: return short_year;
    case NumericOrder::kEnglishBySeparator: return short_year || by_separator;
  }
  return by_separator;
}

std::optional<bool> Matcher::MatchNumericDayFirst(std::size_t i, DateTime& dt, std::size_t& end) {
  // 22.02.2016, 22/02/2016, 02/22/2016, 22-02-16; and, with a space
  // after each dot, 22. 02. 2016 (German and Czech news sites).
  const bool spaced = IsSym(i + 1, ".") && IsNum(i + 2, 1, 2) && t_[i + 2].space_before && IsNum(i + 4, 4, 4);
  if (IsNum(i, 1, 2) && Is(i + 1, Token::kSym) && !t_[i + 1].space_before && IsNum(i + 2, 1, 2) &&
      IsSym(i + 3, t_[i + 1].text) && (IsNum(i + 4, 4, 4) || IsNum(i + 4, 2, 2)) &&
      (!t_[i + 4].space_before || spaced) && std::string_view("-/.").find(t_[i + 1].text) != std::string_view::npos) {
    const int a = t_[i].value, b = t_[i + 2].value, y = FullYear(t_[i + 4]);
    // Slashes are the US order unless the first number cannot be a month
    // or the page orders them day first; dots and dashes are the European
    // order unless the second cannot be.
    const bool ambiguous = a <= 12 && b <= 12;
    const bool slash = t_[i + 1].text == "/";
    const bool short_year = t_[i + 4].text.size() == 2;
    bool us = slash ? a <= 12 : b > 12;
    if (ambiguous && (slash || short_year)) us = PageReadsMonthFirst(short_year, us);
    if (ambiguous && (slash || short_year) && a != b) form_ = DateMatch::Form::kAmbiguousNumeric;
    if (slash && !ambiguous) form_ = us ? DateMatch::Form::kSlashMonthFirst : DateMatch::Form::kSlashDayFirst;
    dt.year = y, dt.month = us ? a : b, dt.day = us ? b : a;
    end = i + 5;
    return ValidNumericDay(dt);
  }
  return std::nullopt;
}

std::optional<bool> Matcher::MatchDayMonthName(std::size_t i, DateTime& dt, std::size_t& end) {
  // 22 February 2016, 22. Februar 2016, 22 de febrero de 2016, 22nd Feb 2016;
  // ۲۱ اردیبهشت ۱۳۹۹ in the Solar Hijri calendar.
  if (IsNum(i, 1, 2)) {
    std::size_t j = SkipSyms(SkipOrdinal(i + 1), ".");
    j = SkipLinkWords(j);
    const Token& month = j < t_.size() ? t_[j] : Token{};
    const int solar = SolarHijriMonthOf(month);
    const int two_words = TwoWordMonthAt(j);
    const int roman = RomanMonthOf(month);
    if (const int m = solar > 0 ? solar : two_words > 0 ? two_words : roman > 0 ? roman : MonthOf(month); m > 0) {
      const std::size_t after_month = two_words > 0 ? j + 2 : j + 1;
      std::size_t k = SkipLinkWords(SkipSyms(SkipSecondMonthName(after_month, m), ".,"));
      const bool short_year = solar == 0 && roman == 0 && !lexicon::IsOneOf(month.text, lexicon::kWordLikeMonths);
      if (IsNum(k, 4, 4) || (short_year && ShortYearAt(after_month))) {
        dt.year = FullYear(t_[k]), dt.month = m, dt.day = t_[i].value;
        end = k + 1;
        form_ = DateMatch::Form::kDayThenMonthName;
        return solar > 0 ? FromSolarHijri(dt) : ValidDay(dt.year, dt.month, dt.day);
      }
    }
  }
  return std::nullopt;
}

bool Matcher::ShortYearAt(std::size_t i) const {
  if (!IsNum(i, 2, 2) || !t_[i].space_before) return false;
  // Not a clock ("27 Mar 20:15"), a decimal or a second number.
  return !(IsSym(i + 1, ":") || (IsSym(i + 1, ".") && Is(i + 2, Token::kNum)) || Is(i + 1, Token::kNum));
}

std::size_t Matcher::SkipSecondMonthName(std::size_t i, int month) const {
  if (!IsSym(i, "/")) return i;
  const std::size_t j = i + 1;
  if (TwoWordMonthAt(j) == month) return j + 2;
  return Is(j, Token::kWord) && MonthOf(t_[j]) == month ? j + 1 : i;
}

int Matcher::TwoWordMonthAt(std::size_t i) const {
  if (!Is(i, Token::kWord) || !Is(i + 1, Token::kWord)) return 0;
  for (const lexicon::TwoWordMonth& name : lexicon::kTwoWordMonthNames) {
    if (t_[i].text == name.first && t_[i + 1].text == name.second) return name.month;
  }
  return 0;
}

bool Matcher::GluedToCode(std::size_t i, bool after) const {
  const std::size_t k = after ? i + 1 : i - 1;
  if ((after && k >= t_.size()) || (!after && i == 0)) return false;
  if (after ? t_[k].space_before : t_[i].space_before) return false;
  return t_[k].kind != Token::kSym || t_[k].text == "-";
}

std::optional<bool> Matcher::MatchHyphenedDayMonthName(std::size_t i, DateTime& dt, std::size_t& end) {
  // 19-Dec-2025, 19-DEC-2025 (news and government pages, log-style
  // stamps): hyphens with no space on either side of the month's name.
  // Glued to a word, a number or another hyphen it is part of a code
  // ("AB-19-Dec-2025X") or a range ("18-19-Dec-2025"), not a date.
  if (!IsNum(i, 1, 2) || !IsSym(i + 1, "-") || !IsSym(i + 3, "-") || !IsNum(i + 4, 4, 4)) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (t_[k].space_before) return std::nullopt;
  }
  const int m = MonthOf(t_[i + 2]);
  if (m == 0 || GluedToCode(i, false) || GluedToCode(i + 4, true)) return std::nullopt;
  dt.year = t_[i + 4].value, dt.month = m, dt.day = t_[i].value;
  end = i + 5;
  form_ = DateMatch::Form::kDayThenMonthName;
  return ValidDay(dt.year, dt.month, dt.day);
}

std::optional<bool> Matcher::MatchMonthNameDay(std::size_t i, DateTime& dt, std::size_t& end) {
  // February 22, 2016; Feb. 22nd 2016.
  if (const int m = MonthOf(i < t_.size() ? t_[i] : Token{}); m > 0) {
    std::size_t j = SkipSyms(i + 1, ".");
    if (IsNum(j, 1, 2)) {
      std::size_t k = SkipSyms(SkipOrdinal(j + 1), ".,");
      if (IsNum(k, 4, 4)) {
        dt.year = t_[k].value, dt.month = m, dt.day = t_[j].value;
        end = k + 1;
        form_ = DateMatch::Form::kMonthNameThenDay;
        return ValidDay(dt.year, dt.month, dt.day);
      }
      // The year after the time, as C's asctime() and Java's
      // Date.toString() write it: "Aug 03 12:45:00 EDT 2015".
      std::size_t time_end = 0;
      if (MatchTime(k, dt, time_end)) {
        std::size_t zone_end = time_end;
        MatchZone(time_end, dt, zone_end);
        if (IsNum(zone_end, 4, 4)) {
          dt.year = t_[zone_end].value, dt.month = m, dt.day = t_[j].value;
          dt.has_offset = false;
          MatchZone(time_end, dt, zone_end);  // again, now that the day is known (US summer time)
          end = zone_end + 1;
          return ValidDay(dt.year, dt.month, dt.day);
        }
      }
      dt.has_time = false;
      dt.has_offset = false;
    }
  }
  return std::nullopt;
}

std::optional<bool> Matcher::MatchYearMonthName(std::size_t i, DateTime& dt, std::size_t& end) {
  // The year first, marked as such: "2016. február 22." (Hungarian),
  // "2016 m. vasario 22 d." (Lithuanian), "2016. gada 22. februāris"
  // (Latvian). A bare year before a month name ("in 2016 May 3 people")
  // is no date.
  if (!IsNum(i, 4, 4)) return std::nullopt;
  std::size_t j = i + 1;
  if (IsWord(j, "m") && IsSym(j + 1, ".")) {
    j += 2;
  } else if (IsSym(j, ".") && !t_[j].space_before) {
    ++j;
  } else {
    return std::nullopt;
  }
  int m = 0, d = 0;
  if (IsWord(j, "gada") && IsNum(j + 1, 1, 2) && IsSym(j + 2, ".") && Is(j + 3, Token::kWord) &&
      (m = MonthOf(t_[j + 3])) > 0) {
    d = t_[j + 1].value;
    end = j + 4;
  } else if (const std::size_t n = IsSym(j + 1, ".") ? j + 2 : j + 1;
             (m = MonthOf(j < t_.size() ? t_[j] : Token{})) > 0 && IsNum(n, 1, 2)) {
    // After "2016." the day closes with a dot too ("február 22.", "márc.
    // 4."): a sentence that ends on a year and opens on a month ("in 2016.
    // March 3 people") is no date.
    if (!IsWord(i + 1, "m") && !IsSym(n + 1, ".")) return std::nullopt;
    d = t_[n].value;
    end = IsWord(n + 1, "d") ? n + 2 : n + 1;
  } else {
    return std::nullopt;
  }
  dt.year = t_[i].value, dt.month = m, dt.day = d;
  return ValidDay(dt.year, dt.month, dt.day);
}

std::optional<bool> Matcher::HalfDayBefore(std::size_t& i) const {
  for (const auto& [word, afternoon] : lexicon::kHalfDayBeforeClock) {
    if (IsWord(i, word)) {
      ++i;
      return afternoon;
    }
    // Ideographs are a token each.
    if (Is(i, Token::kWord) && Is(i + 1, Token::kWord) && t_[i].text.size() + t_[i + 1].text.size() == word.size() &&
        word.substr(0, t_[i].text.size()) == t_[i].text && word.substr(t_[i].text.size()) == t_[i + 1].text) {
      i += 2;
      return afternoon;
    }
  }
  return std::nullopt;
}

bool Matcher::MatchTime(std::size_t i, DateTime& dt, std::size_t& end) {
  if (IsWord(i, "t")) ++i;  // ISO 8601 "T"
  const std::optional<bool> half_day = HalfDayBefore(i);
  if (!IsNum(i, 1, 2)) return false;
  int h = t_[i].value, m = 0, s = 0;
  std::size_t j = i + 1;
  if (IsWord(j, "時") || IsWord(j, "시")) {
    // 12時00分, 12時, and the Korean 3시 4분
    ++j;
    if (IsNum(j, 1, 2) && (IsWord(j + 1, "分") || IsWord(j + 1, "분"))) {
      m = t_[j].value;
      j += 2;
    }
  } else if ((IsSym(j, ":") || IsWord(j, "h") || IsSym(j, ".")) && IsNum(j + 1, 2, 2)) {
    m = t_[j + 1].value;
    j += 2;
    if (IsSym(j, ":") && IsNum(j + 1, 2, 2)) {
      s = t_[j + 1].value;
      j += 2;
      if ((IsSym(j, ".") || IsSym(j, ",")) && Is(j + 1, Token::kNum) && !t_[j + 1].space_before) j += 2;
    }
  } else if (!(IsWord(j, "am") || IsWord(j, "pm") || IsWord(j, "a") || IsWord(j, "p"))) {
    return false;  // a lone number is not a time
  }
  // 12-hour clock: "3:45 pm", "3:45 p.m.", "3pm", "오후 3:45".
  bool pm = half_day.value_or(false), am = half_day.has_value() && !*half_day;
  if (IsWord(j, "pm") || IsWord(j, "am")) {
    pm = t_[j].text == "pm", am = !pm;
    j = SkipSyms(j + 1, ".");
  } else if ((IsWord(j, "p") || IsWord(j, "a")) && IsSym(j + 1, ".") && IsWord(j + 2, "m")) {
    pm = t_[j].text == "p", am = !pm;
    j = SkipSyms(j + 3, ".");
  } else {
    for (const auto& [word, afternoon] : lexicon::kHalfDayAfterClock) {
      // A 24-hour clock with the word ("15:04 م") keeps its hour.
      if (IsWord(j, word) && h >= 1 && h <= 12) pm = afternoon, am = !pm, ++j;
    }
  }
  if (am || pm) {
    if (h < 1 || h > 12) return false;
    if (pm && h != 12) h += 12;
    if (am && h == 12) h = 0;
  }
  if (h > 23 || m > 59 || s > 60) return false;
  // The clock's word after it is the time's too ("15:46 Uhr"): what
  // follows it on the line (a byline) starts after it.
  if (IsWord(j, "uhr")) ++j;
  dt.has_time = true;
  dt.hour = h, dt.minute = m, dt.second = s;
  end = j;
  return true;
}

void Matcher::MatchZone(std::size_t i, DateTime& dt, std::size_t& end) {
  end = i;
  // In brackets: "15:04 (GMT+7)", "3:04 PM (ET)".
  if (IsSym(i, "(") && Is(i + 1, Token::kWord)) {
    DateTime zoned = dt;
    std::size_t zone_end = i + 1;
    MatchZone(i + 1, zoned, zone_end);
    if (zone_end > i + 1 && IsSym(zone_end, ")")) dt = zoned, end = zone_end + 1;
    return;
  }
  int offset = 0;
  bool found = false;
  if (Is(i, Token::kWord)) {
    const std::string& w = t_[i].text;
    const auto& zones = lexicon::ZoneOffsets();
    if (const auto it = zones.find(w); it != zones.end()) {
      offset = it->second, found = true, end = i + 1;
    } else if (w == "et" || w == "ct" || w == "mt" || w == "pt") {
      static constexpr std::array<std::pair<char, int>, 4> kUs = {{{'e', -300}, {'c', -360}, {'m', -420}, {'p', -480}}};
      for (const auto& [c, off] : kUs) {
        if (w[0] == c) offset = off + (UsDaylightTime(dt.year, dt.month, dt.day) ? 60 : 0);
      }
      found = true, end = i + 1;
    }
  }
  // "+01:00", "-0500", "GMT+1", "UTC+05:30".
  std::size_t j = found ? end : i;
  if ((IsSym(j, "+") || IsSym(j, "-") || IsSym(j, "−")) && IsNum(j + 1, 1, 4)) {
    const int sign = IsSym(j, "+") ? 1 : -1;
    const Token& n = t_[j + 1];
    int hours = n.value, minutes = 0;
    std::size_t k = j + 2;
    // "-0500", or "-500" with the hour's leading zero dropped.
    const bool packed = n.text.size() == 4 || (n.text.size() == 3 && !n.space_before);
    if (packed) {
      hours = n.value / 100, minutes = n.value % 100;
    } else if (IsSym(k, ":") && IsNum(k + 1, 2, 2)) {
      minutes = t_[k + 1].value;
      k += 2;
    }
    // "10:30 - 11:30" is a range, not an offset: a spaced sign needs a zone
    // name before it or the packed RFC 2822 form.
    const bool plausible = found || !t_[j].space_before || packed;
    if (plausible && hours <= 14 && minutes < 60) {
      offset += sign * (hours * 60 + minutes);
      found = true;
      end = k;
    }
  }
  if (found) {
    dt.has_offset = true;
    dt.offset_minutes = offset;
  }
}

std::vector<DateMatch> Matcher::Run(std::size_t max_dates) {
  std::vector<DateMatch> found;
  for (std::size_t i = 0; i < t_.size() && found.size() < max_dates; ++i) {
    if (used_[i]) continue;
    DateTime dt;
    std::size_t end = 0;
    if (!MatchDate(i, dt, end)) continue;
    Mark(i, end);
    std::size_t first = i, last = end;
    // The time usually follows the date; some pages print it first.
    if (!dt.has_time) {
      std::size_t time_end = 0;
      std::size_t time_start = end;
      bool has_time = false;
      for (std::size_t k = end; k < t_.size() && k < end + 6 && !has_time; ++k) {
        if (used_[k] || OpensDatedStamp(k)) break;
        if (MatchTime(k, dt, time_end)) has_time = true, time_start = k;
      }
      // Before it, the time may be followed by a zone and a weekday ("3:04
      // PM EST, Mon March 4, 2019"); a number after a number and a colon is
      // the clock's minutes ("04 PM" is no time of its own), after a label's
      // colon the hour ("Updated: 18:06, 8 Nov 2023").
      for (std::size_t k = i; k-- > 0 && k + thresholds::published_date::kTokensBackToTime > i && !has_time;) {
        if (used_[k]) break;
        if (k > 1 && (IsSym(k - 1, ":") || IsSym(k - 1, ".")) && Is(k - 2, Token::kNum)) continue;
        if (MatchTime(k, dt, time_end) && time_end <= i + 1) has_time = true, time_start = k;
      }
      if (!has_time) dt.has_time = false;
      if (has_time) {
        Mark(time_start, time_end);
        std::size_t zone_end = time_end;
        MatchZone(time_end, dt, zone_end);
        Mark(time_end, zone_end);
        first = std::min(first, time_start);
        last = std::max(last, zone_end);
      }
    }
    DateMatch match;
    match.value = dt;
    match.form = form_;
    match.begin = t_[first].begin;
    match.end = t_[last - 1].end;
    found.push_back(match);
    i = last - 1;
  }
  // Coverage is the line's: every date in it, and the words around them.
  std::size_t counted = 0, covered = 0;
  const auto& filler = lexicon::DateFillerWords();
  for (std::size_t k = 0; k < t_.size(); ++k) {
    if (t_[k].kind == Token::kSym) continue;
    ++counted;
    if (used_[k] || (t_[k].kind == Token::kWord && filler.count(t_[k].text))) ++covered;
  }
  const double coverage = counted ? static_cast<double>(covered) / static_cast<double>(counted) : 0;
  for (DateMatch& m : found) m.coverage = coverage;
  return found;
}

// ---- ISO 8601's basic format ("20200402", "20180802T103000Z") ----------

// The number the next `n` characters of `s` from `at` write, all digits;
// else -1. `at` moves past them.
int Digits(std::string_view s, std::size_t& at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int value = 0;
  for (std::size_t k = at; k < at + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    value = value * 10 + (s[k] - '0');
  }
  at += n;
  return value;
}

std::size_t DigitRun(std::string_view s, std::size_t at) {
  std::size_t end = at;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  return end - at;
}

// hhmm[ss] or hh:mm[:ss], and a fraction of a second, which is dropped.
bool BasicIsoTime(std::string_view s, std::size_t& at, DateTime& dt) {
  const bool colons = at + 2 < s.size() && s[at + 2] == ':';
  dt.hour = Digits(s, at, 2);
  if (colons && at < s.size()) ++at;
  dt.minute = Digits(s, at, 2);
  if (colons && at < s.size() && s[at] == ':') ++at;
  if (at < s.size() && s[at] >= '0' && s[at] <= '9') dt.second = Digits(s, at, 2);
  if (at < s.size() && s[at] == '.' && DigitRun(s, at + 1) > 0) at += 1 + DigitRun(s, at + 1);
  dt.has_time = true;
  return dt.hour >= 0 && dt.hour < 24 && dt.minute >= 0 && dt.minute < 60 && dt.second >= 0 && dt.second <= 60;
}

// "Z", or an offset of hours and minutes ("+0200", "+02:00", "-05").
bool BasicIsoZone(std::string_view s, std::size_t& at, DateTime& dt) {
  if (at == s.size()) return true;
  if (s[at] == 'Z' || s[at] == 'z') {
    dt.has_offset = true;
    return ++at == s.size();
  }
  if (s[at] != '+' && s[at] != '-') return false;
  const int sign = s[at++] == '-' ? -1 : 1;
  const int hours = Digits(s, at, 2);
  if (at < s.size() && s[at] == ':') ++at;
  const int minutes = at == s.size() ? 0 : Digits(s, at, 2);
  if (hours < 0 || hours > 14 || minutes < 0 || minutes >= 60 || at != s.size()) return false;
  dt.has_offset = true;
  dt.offset_minutes = sign * (hours * 60 + minutes);
  return true;
}

}  // namespace

std::optional<DateTime> ParseBasicIsoDate(std::string_view text) {
  const std::string_view s = Trim(text);
  // The day alone, with its time after a "T", or with hhmm[ss] glued on:
  // any other run of digits is a number, not a date.
  const std::size_t run = DigitRun(s, 0);
  if (run != 8 && run != 12 && run != 14) return std::nullopt;
  if (s.substr(0, 2) != "19" && s.substr(0, 2) != "20") return std::nullopt;
  std::size_t at = 0;
  DateTime dt;
  dt.year = Digits(s, at, 4);
  dt.month = Digits(s, at, 2);
  dt.day = Digits(s, at, 2);
  if (!ValidDay(dt.year, dt.month, dt.day)) return std::nullopt;
  if (run > 8 && !BasicIsoTime(s, at, dt)) return std::nullopt;
  if (run == 8 && at < s.size() && (s[at] == 'T' || s[at] == 't')) {
    ++at;
    if (!BasicIsoTime(s, at, dt)) return std::nullopt;
  }
  if (!dt.has_time) return at == s.size() ? std::optional<DateTime>(dt) : std::nullopt;
  if (!BasicIsoZone(s, at, dt)) return std::nullopt;
  return dt;
}

std::string DateTime::ToRfc3339() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  std::string out(buf);
  if (!has_time) return out;
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  out += buf;
  if (!has_offset) return out;
  if (offset_minutes == 0) return out + "Z";
  const int a = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', a / 60, a % 60);
  return out + buf;
}

long long DateTime::Instant() const {
  const date::sys_days d = date::sys_days(date::year_month_day(
      date::year(year), date::month(static_cast<unsigned>(month)), date::day(static_cast<unsigned>(day))));
  long long seconds = static_cast<long long>(d.time_since_epoch().count()) * 86400;
  seconds += hour * 3600 + minute * 60 + second;
  if (has_offset) seconds -= offset_minutes * 60;
  return seconds;
}

DateTime DateTime::FromUnix(long long seconds) {
  constexpr long long kDay = 86400;
  const long long days = seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
  const long long rest = seconds - days * kDay;
  const date::year_month_day ymd{date::sys_days(date::days(days))};
  DateTime t;
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  t.has_time = true;
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest % 3600 / 60);
  t.second = static_cast<int>(rest % 60);
  t.has_offset = true;
  return t;
}

std::vector<DateMatch> FindDates(std::string_view text, std::size_t max_dates, NumericOrder order) {
  if (text.size() > 4096) text = text.substr(0, 4096);
  if (!HasDigit(text)) return {};
  return Matcher(Tokenize(text), order).Run(max_dates);
}

std::optional<DateMatch> FindDate(std::string_view text) {
  std::vector<DateMatch> all = FindDates(text, 4);
  if (all.empty()) return std::nullopt;
  return all.front();
}

bool IsDateWord(std::string_view lower_word) {
  // Weekdays and the words that lead into a date; not the ordinal endings
  // and particles ("rd", "de", "the") that would eat initials and names.
  if (lower_word != "on" && lower_word != "at" && lower_word.size() < 3) return false;
  if (lower_word == "the" || lower_word == "del" || lower_word == "hrs" || lower_word == "uhr") return false;
  return lexicon::DateFillerWords().count(std::string(lower_word)) > 0;
}

NumericOrder PageNumericOrder(const std::vector<DateMatch>& page_dates, std::string_view language) {
  using Form = DateMatch::Form;
  int slash_day = 0, slash_month = 0;
  double named_day = 0, named_month = 0;
  for (const DateMatch& m : page_dates) {
    slash_day += m.form == Form::kSlashDayFirst;
    slash_month += m.form == Form::kSlashMonthFirst;
    if (m.form == Form::kDayThenMonthName) named_day += m.coverage;
    if (m.form == Form::kMonthNameThenDay) named_month += m.coverage;
  }
  if (slash_day != slash_month) return slash_day > slash_month ? NumericOrder::kDayFirst : NumericOrder::kMonthFirst;
  constexpr double kRatio = thresholds::published_date::kMinDateOrderRatio;
  if (named_day > kRatio * named_month) return NumericOrder::kDayFirst;
  if (named_month > kRatio * named_day) return NumericOrder::kMonthFirst;
  const std::size_t dash = language.find('-');
  const std::string_view primary = language.substr(0, dash);
  if (!primary.empty() && primary != "en") return NumericOrder::kDayFirst;
  const std::string_view region = dash == std::string_view::npos ? std::string_view() : language.substr(dash + 1);
  if (region.size() != 2) return NumericOrder::kBySeparator;
  return lexicon::IsOneOf(region, lexicon::kMonthFirstRegions) ? NumericOrder::kMonthFirst : NumericOrder::kDayFirst;
}

bool IsMonthName(std::string_view lower_word) { return lexicon::MonthNames().count(std::string(lower_word)) > 0; }

bool IsDayAndMonthOnly(std::string_view text) {
  std::string words[3];
  std::size_t n = 0;
  for (std::size_t at = 0; at < text.size() && n < 3;) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) words[n++] = LowerSameLength(text.substr(at, end - at));
    at = end + 1;
  }
  if (n != 2) return false;
  const auto day = [](std::string w) {
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.empty() || w.size() > 2 || w.find_first_not_of("0123456789") != std::string::npos) return false;
    const int d = std::stoi(w);
    return d >= 1 && d <= 31;
  };
  const auto month = [](std::string w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    return IsMonthName(w);
  };
  return (month(words[0]) && day(words[1])) || (day(words[0]) && month(words[1]));
}

std::optional<DateTime> ParseDate(std::string_view text) {
  const auto m = FindDate(text);
  if (!m) return ParseBasicIsoDate(text);
  return m->value;
}

}  // namespace pith
