// Dates as pages write them, to RFC 3339.
#ifndef PITH_METADATA_DATES_H_
#define PITH_METADATA_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC

  // "2016-02-22", "2016-02-22T08:27:00", "2016-02-22T08:27:00Z" or with
  // "+01:00": only what the page gave, never an invented time or zone
  // (SettleDateZone may add a zone later, from the page's language).
  std::string ToRfc3339() const;
  // Seconds since 1970 as if the wall clock were UTC, minus the offset when
  // there is one; for ordering candidates.
  long long Instant() const;
  // The UTC time `seconds` after 1970 began, with its zone ("Z").
  static DateTime FromUnix(long long seconds);
};

struct DateMatch {
  DateTime value;
  // How much of the text the date (with its weekday, time, zone and filler
  // words such as "at", "Uhr", "Published") accounts for, from 0 to 1. A
  // date line in a text copy is close to 1; a sentence mentioning a date
  // is low.
  double coverage = 0;
  // Bytes of the text the date, with its time and zone, spans.
  std::size_t begin = 0, end = 0;
  // How the date is written: with slashes, day or month first as only one
  // of them can be a month ("25/12/2025", "12/25/2025"); in numbers with
  // both first numbers 12 or less ("06/01/2026", which the page's order
  // decides); or with a month name after the day ("6 January 2026") or
  // before it ("January 6, 2026").
  enum class Form {
    kOther,
    kSlashDayFirst,
    kSlashMonthFirst,
    kAmbiguousNumeric,
    kDayThenMonthName,
    kMonthNameThenDay
  } form = Form::kOther;
};

// How a page orders the day and month of a date in numbers where either
// could be the month: by the separator (slashes month first as in the US,
// dots and dashes day first), or as the page shows, for slashes and for
// two-digit years whatever their separator. An English page that declares
// no region reads its two-digit years month first, the US short form
// English pages print them in ("9/11/13", "01-09-17"), and its four-digit
// years day first when it spells the British way, else by the separator.
enum class NumericOrder { kBySeparator, kDayFirst, kMonthFirst, kEnglishDayFirst, kEnglishBySeparator };

// Finds the first complete date (year, month and day) in `text`: ISO 8601,
// RFC 2822, and the human forms news pages print ("Monday 22 February 2016
// 08:27 GMT", "Feb. 22, 2016, 3:45 p.m. ET", "22.02.2016", "2016年2月22日")
// with month names in English, French, German, Spanish, Italian, Portuguese
// and Dutch; digits may be Arabic-Indic or Persian, and a Solar Hijri date
// ("۲۱ اردیبهشت ۱۳۹۹") gives its Gregorian day. Impossible dates
// ("2020-13-45", "February 30") give nothing.
std::optional<DateMatch> FindDate(std::string_view text);

// Every complete date in `text`, in order, at most `max_dates`: "Published
// 3 March 2016, updated 4 March 2016" gives two. Each carries the line's
// coverage (all dates together).
std::vector<DateMatch> FindDates(std::string_view text, std::size_t max_dates = 8,
                                 NumericOrder order = NumericOrder::kBySeparator);

// The order a page writes its dates in numbers, from the other dates it
// prints: those with slashes that only one order can read ("25/12/2025");
// else those with a month name, each as much as its line is a date line
// (a wire caption's "Jan. 5, 2026" in a British page weighs little); else
// its language (`language`, a BCP 47 tag or empty), as only English
// writes the month first, and English by its region when given (en-US
// month first, en-GB day first; no region keeps the separator's order).
NumericOrder PageNumericOrder(const std::vector<DateMatch>& page_dates, std::string_view language);

// A weekday or a word that stands around dates ("at", "on", "updated"),
// lower case, in any language FindDate knows.
bool IsDateWord(std::string_view lower_word);
// A month name or abbreviation, lower case.
bool IsMonthName(std::string_view lower_word);
// A day and a month's name and nothing else ("Jan 23", "9. Juni"), as blog
// platforms print a post's date of this year without the year.
bool IsDayAndMonthOnly(std::string_view text);

// A value that is nothing but a date in ISO 8601's basic format, which
// FindDate does not read as a date in text: "20200402", "20180802T103000Z",
// "20200516T09:51:53Z" and the day with hhmm[ss] glued on
// ("20160729164234"). Any other run of digits ("20200402123", an id)
// gives nothing.
std::optional<DateTime> ParseBasicIsoDate(std::string_view text);

// FindDate on a value that should be nothing but a date (a meta tag, a
// JSON-LD property, a datetime attribute); else ParseBasicIsoDate.
std::optional<DateTime> ParseDate(std::string_view text);

}  // namespace pith

#endif  // PITH_METADATA_DATES_H_
