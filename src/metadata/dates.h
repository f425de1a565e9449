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
  // "+01:00": only what the page gave, never an invented time or zone.
  std::string ToRfc3339() const;
  // Seconds since 1970 as if the wall clock were UTC, minus the offset when
  // there is one; for ordering candidates.
  long long Instant() const;
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
};

// Finds the first complete date (year, month and day) in `text`: ISO 8601,
// RFC 2822, and the human forms news pages print ("Monday 22 February 2016
// 08:27 GMT", "Feb. 22, 2016, 3:45 p.m. ET", "22.02.2016", "2016年2月22日")
// with month names in English, French, German, Spanish, Italian, Portuguese
// and Dutch. Impossible dates ("2020-13-45", "February 30") give nothing.
std::optional<DateMatch> FindDate(std::string_view text);

// Every complete date in `text`, in order, at most `max_dates`: "Published
// 3 March 2016, updated 4 March 2016" gives two. Each carries the line's
// coverage (all dates together).
std::vector<DateMatch> FindDates(std::string_view text, std::size_t max_dates = 8);

// A weekday or a word that stands around dates ("at", "on", "updated"),
// lower case, in any language FindDate knows.
bool IsDateWord(std::string_view lower_word);
// A month name or abbreviation, lower case.
bool IsMonthName(std::string_view lower_word);

// FindDate on a value that should be nothing but a date (a meta tag, a
// JSON-LD property, a datetime attribute).
std::optional<DateTime> ParseDate(std::string_view text);

}  // namespace pith

#endif  // PITH_METADATA_DATES_H_
