#include "metadata/dates.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

std::string Rfc(std::string_view s) {
  const auto d = ParseDate(s);
  return d ? d->ToRfc3339() : "none";
}

TEST(Dates, Iso8601Forms) {
  EXPECT_EQ(Rfc("2016-02-22"), "2016-02-22");
  EXPECT_EQ(Rfc("2016-02-22T08:27:00Z"), "2016-02-22T08:27:00Z");
  EXPECT_EQ(Rfc("2015-07-24T05:36:09+01:00"), "2015-07-24T05:36:09+01:00");
  EXPECT_EQ(Rfc("2015-07-24T05:36:09.123-0400"), "2015-07-24T05:36:09-04:00");
  EXPECT_EQ(Rfc("2016-02-22 08:27"), "2016-02-22T08:27:00");
  EXPECT_EQ(Rfc("2016-02-22T08:27:00+00:00"), "2016-02-22T08:27:00Z");
}

// ISO 8601's basic format, as a tag's whole value; any other run of
// digits (an id, a build number) is no date.
TEST(Dates, BasicIsoForms) {
  EXPECT_EQ(Rfc("20200402"), "2020-04-02");
  EXPECT_EQ(Rfc("20180802T103000Z"), "2018-08-02T10:30:00Z");
  EXPECT_EQ(Rfc("20200516T09:51:53Z"), "2020-05-16T09:51:53Z");
  EXPECT_EQ(Rfc("20180802T1030+0200"), "2018-08-02T10:30:00+02:00");
  EXPECT_EQ(Rfc("20160729164234"), "2016-07-29T16:42:34");
  EXPECT_EQ(Rfc(" 20200402 "), "2020-04-02");
  EXPECT_EQ(Rfc("20200402123"), "none");
  EXPECT_EQ(Rfc("2020040212"), "none");
  EXPECT_EQ(Rfc("20240101-1"), "none");
  EXPECT_EQ(Rfc("20201345"), "none");
  EXPECT_EQ(Rfc("12345678"), "none");
  EXPECT_EQ(Rfc("20180802T103000 +0200"), "none");
  EXPECT_EQ(Rfc("20180802T2530"), "none");
  EXPECT_EQ(Rfc("20180802T103000+1500"), "none");
}

TEST(Dates, Rfc2822) {
  EXPECT_EQ(Rfc("Mon, 22 Feb 2016 08:27:00 +0000"), "2016-02-22T08:27:00Z");
  EXPECT_EQ(Rfc("Tue, 1 Mar 2016 18:05:01 -0500"), "2016-03-01T18:05:01-05:00");
  EXPECT_EQ(Rfc("Mon, 22 Feb 2016 08:27:00 GMT"), "2016-02-22T08:27:00Z");
}

TEST(Dates, HalfDayWordBeforeTheClock) {
  EXPECT_EQ(Rfc("2023.11.02. 오후 8:06"), "2023-11-02T20:06:00");
  EXPECT_EQ(Rfc("2023.11.02. 오전 8:06"), "2023-11-02T08:06:00");
  EXPECT_EQ(Rfc("2023年11月2日 午後3時05分"), "2023-11-02T15:05:00");
  EXPECT_EQ(Rfc("2023年11月2日 下午 3:05"), "2023-11-02T15:05:00");
  EXPECT_EQ(Rfc("2023年11月2日 上午 12:05"), "2023-11-02T00:05:00");
}

TEST(Dates, OffsetWithoutTheHoursLeadingZero) {
  EXPECT_EQ(Rfc("2021-03-04T10:15:00-500"), "2021-03-04T10:15:00-05:00");
  EXPECT_EQ(Rfc("2021-03-04 10:15:00 -500"), "2021-03-04T10:15:00-05:00");
  EXPECT_EQ(Rfc("2021-03-04 10:15:00 +530"), "2021-03-04T10:15:00+05:30");
  // A spaced number after a spaced sign is no offset.
  EXPECT_EQ(Rfc("March 4, 2021 10:15 - 500 people"), "2021-03-04T10:15:00");
}

TEST(Dates, HumanEnglishForms) {
  EXPECT_EQ(Rfc("Monday 22 February 2016 08:27 GMT"), "2016-02-22T08:27:00Z");
  EXPECT_EQ(Rfc("Feb. 22, 2016, 3:45 p.m. ET"), "2016-02-22T15:45:00-05:00");
  EXPECT_EQ(Rfc("July 4, 2019 at 12:05 am EDT"), "2019-07-04T00:05:00-04:00");
  EXPECT_EQ(Rfc("Updated 10:15 AM PT, June 3rd 2020"), "2020-06-03T10:15:00-07:00");
  EXPECT_EQ(Rfc("22nd of February, 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("Published: 03/04/2018"), "2018-03-04");
  EXPECT_EQ(Rfc("13/04/2018"), "2018-04-13");
}

// A two-digit year after the month's name, as themes print it; not a
// clock or a second number after the month.
TEST(Dates, TwoDigitYearAfterTheMonthName) {
  EXPECT_EQ(Rfc("Publi\u00e9 le 27 Mar 20 \u00e0 9:21"), "2020-03-27T09:21:00");
  EXPECT_EQ(Rfc("last updated 4 April 17"), "2017-04-04");
  EXPECT_EQ(Rfc("04 NOV 25"), "2025-11-04");
  EXPECT_EQ(Rfc("27 Mar 20:15"), "none");
  EXPECT_EQ(Rfc("4 April 17.5"), "none");
  EXPECT_EQ(Rfc("4 April 17 18"), "none");
  EXPECT_EQ(Rfc("4 April 2017"), "2017-04-04");
}

// The time first, then a zone and a weekday: the whole clock, not its
// minutes read as an hour ("04 PM").
TEST(Dates, TimeBeforeTheDateKeepsItsHour) {
  EXPECT_EQ(Rfc("Published 3:04 PM EST, Mon March 4, 2019"), "2019-03-04T15:04:00-05:00");
  EXPECT_EQ(Rfc("Published 10:02 AM EST Nov 19, 2019"), "2019-11-19T10:02:00-05:00");
  EXPECT_EQ(Rfc("Updated 10:01 pm PST, Tuesday, November 19, 2019"), "2019-11-19T22:01:00-08:00");
  EXPECT_EQ(Rfc("11.30 a.m. 4 March 2019"), "2019-03-04T11:30:00");
}

TEST(Dates, OtherLanguages) {
  EXPECT_EQ(Rfc("22.02.2016"), "2016-02-22");
  EXPECT_EQ(Rfc("le 22 f\xC3\xA9vrier 2016 \xC3\xA0 08h27"), "2016-02-22T08:27:00");
  EXPECT_EQ(Rfc("22. Februar 2016, 08:27 Uhr"), "2016-02-22T08:27:00");
  EXPECT_EQ(Rfc("22 de febrero de 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22 febbraio 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22 de mar\xC3\xA7o de 2016"), "2016-03-22");
  EXPECT_EQ(Rfc("22 maart 2016"), "2016-03-22");
  EXPECT_EQ(Rfc("2016\xE5\xB9\xB4" "2\xE6\x9C\x88" "22\xE6\x97\xA5"), "2016-02-22");
}

TEST(Dates, MoreLanguagesByFullMonthName) {
  EXPECT_EQ(Rfc("7 октября 2020, 12:09"), "2020-10-07T12:09:00");  // Russian
  EXPECT_EQ(Rfc("الأربعاء، 07 أكتوبر 2020"),
            "2020-10-07");  // Arabic
  EXPECT_EQ(Rfc("19 sierpnia 2020"), "2020-08-19");                    // Polish
  EXPECT_EQ(Rfc("4 Mei 2020"), "2020-05-04");                          // Indonesian
  EXPECT_EQ(Rfc("20 Nisan 2026"), "2026-04-20");                       // Turkish
  EXPECT_EQ(Rfc("3 Δεκεμβρίου 2020"), "2020-12-03");  // Greek
}

TEST(Dates, NamedZonesAndDaylightSaving) {
  EXPECT_EQ(Rfc("January 5, 2020 9:00 ET"), "2020-01-05T09:00:00-05:00");
  EXPECT_EQ(Rfc("August 5, 2020 9:00 ET"), "2020-08-05T09:00:00-04:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 BST"), "2020-08-05T09:00:00+01:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 CEST"), "2020-08-05T09:00:00+02:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 JST"), "2020-08-05T09:00:00+09:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 UTC+05:30"), "2020-08-05T09:00:00+05:30");
}

TEST(Dates, AsctimeAndJavaScriptForms) {
  // Java's Date.toString(): the year after the time and zone.
  EXPECT_EQ(Rfc("Mon Aug 03 12:45:00 EDT 2015"), "2015-08-03T12:45:00-04:00");
  EXPECT_EQ(Rfc("Wed Aug 05 14:51:16 EST 2015"), "2015-08-05T14:51:16-05:00");
  EXPECT_EQ(Rfc("Mon Jan 05 09:00:00 ET 2015"), "2015-01-05T09:00:00-05:00");
  // JavaScript's Date.toString().
  EXPECT_EQ(Rfc("Tue Dec 20 2016 13:00:00 GMT+0000 (UTC)"), "2016-12-20T13:00:00Z");
  EXPECT_EQ(Rfc("Aug 03 12:45"), "none");  // no year: never invent one
}

TEST(Dates, CjkTimes) {
  EXPECT_EQ(Rfc("2019\xE5\xB9\xB4" "04\xE6\x9C\x88" "21\xE6\x97\xA5 12\xE6\x99\x82" "00\xE5\x88\x86"),
            "2019-04-21T12:00:00");
  EXPECT_EQ(Rfc("2019\xE5\xB9\xB4" "3\xE6\x9C\x88" "15\xE6\x97\xA5 09:43"), "2019-03-15T09:43:00");
}

TEST(Dates, YearGluedToTheHour) {
  // "<span>December 15, 2016</span><span>3:33 PM ET</span>" without a space.
  EXPECT_EQ(Rfc("December 15, 20163:33 PM ET"), "2016-12-15T15:33:00-05:00");
  EXPECT_EQ(Rfc("Order 201634"), "none");
  // A year glued to a second date or an age in a text copy.
  EXPECT_EQ(Rfc("30.01.202430. Januar 2024"), "2024-01-30");
  EXPECT_EQ(Rfc("April 10, 20233 years"), "2023-04-10");
}

TEST(Dates, FindDatesGivesEachDateAndItsSpan) {
  const std::string line = "Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC";
  const auto all = FindDates(line);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].value.ToRfc3339(), "2016-12-20T12:44:00Z");
  EXPECT_EQ(all[1].value.ToRfc3339(), "2016-12-20T13:00:00Z");
  EXPECT_EQ(line.substr(all[0].begin, all[0].end - all[0].begin), "Dec. 20, 2016, 12:44 PM UTC");
  EXPECT_EQ(line.substr(all[1].begin, all[1].end - all[1].begin), "Dec. 20, 2016, 1:00 PM UTC");
  EXPECT_GE(all[0].coverage, 0.9);
  EXPECT_EQ(all[0].coverage, all[1].coverage);
  EXPECT_EQ(FindDates(line, 1).size(), 1u);
}

TEST(Dates, MonthNamesOfMoreLanguages) {
  EXPECT_EQ(Rfc("3 d'octubre de 2016"), "2016-10-03");
  EXPECT_EQ(Rfc("3 d’octubre de 2016, 10:15"), "2016-10-03T10:15:00");
  EXPECT_EQ(Rfc("22 de febrer de 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22. helmikuuta 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22 בפברואר 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22. veljače 2016."), "2016-02-22");
  EXPECT_EQ(Rfc("22 февруари 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("22 tháng 10, 2016"), "2016-10-22");
  EXPECT_EQ(Rfc("22 फ़रवरी 2016"), "2016-02-22");
  EXPECT_EQ(Rfc("3 अक्टूबर 2016"), "2016-10-03");
  EXPECT_EQ(Rfc("7 أكتوبرَ 2020"), "2020-10-07");  // a vowel point on the name
  EXPECT_EQ(Rfc("ngày 22 tháng 10 năm 2016 10:15"), "2016-10-22T10:15:00");
}

TEST(Dates, YearMarkedBeforeTheMonthName) {
  EXPECT_EQ(Rfc("2016. február 22. 14:30"), "2016-02-22T14:30:00");
  EXPECT_EQ(Rfc("2016 m. vasario 22 d. 14:30"), "2016-02-22T14:30:00");
  EXPECT_EQ(Rfc("2016. gada 22. februāris"), "2016-02-22");
  // Latvian dates name the month in the locative.
  EXPECT_EQ(Rfc("2016. gada 22. februārī 14:30"), "2016-02-22T14:30:00");
  // An unmarked year before a month name is part of a sentence.
  EXPECT_EQ(Rfc("in 2016 May 3 people left"), "none");
  EXPECT_EQ(Rfc("It closed in 2016. March 3 people came back"), "none");
}

TEST(Dates, DayAndMonthOnly) {
  EXPECT_TRUE(IsDayAndMonthOnly("Jan 23"));
  EXPECT_TRUE(IsDayAndMonthOnly("Jun 9"));
  EXPECT_TRUE(IsDayAndMonthOnly("9. Juni"));
  EXPECT_TRUE(IsDayAndMonthOnly("Sept. 30"));
  EXPECT_FALSE(IsDayAndMonthOnly("Jan 23, 2025"));
  EXPECT_FALSE(IsDayAndMonthOnly("Jan 32"));
  EXPECT_FALSE(IsDayAndMonthOnly("May Day"));
  EXPECT_FALSE(IsDayAndMonthOnly("Jane 23"));
  EXPECT_FALSE(IsDayAndMonthOnly("23"));
}

TEST(Dates, DateWords) {
  EXPECT_TRUE(IsMonthName("march"));
  EXPECT_TRUE(IsMonthName("juillet"));
  EXPECT_FALSE(IsMonthName("monday"));
  EXPECT_FALSE(IsDateWord("march"));
  EXPECT_TRUE(IsDateWord("lundi"));
  EXPECT_TRUE(IsDateWord("monday"));
  EXPECT_TRUE(IsDateWord("at"));
  EXPECT_FALSE(IsDateWord("jane"));
  EXPECT_FALSE(IsDateWord("rd"));  // "Rachael Link, MS, RD on November 14"
  EXPECT_FALSE(IsDateWord("de"));
}

TEST(Dates, MonthGluedToTheWordBefore) {
  // A text copy glues a label or a name to the month that follows it.
  EXPECT_EQ(Rfc("2 minute readApril 25, 2023"), "2023-04-25");
  EXPECT_EQ(Rfc("by Jane RoeNovember 20, 2007"), "2007-11-20");
  EXPECT_EQ(Rfc("EditorialNovember 22, 2018"), "2018-11-22");
  // So does a name in a script without case glued to the month (a site's
  // name in Gujarati, Devanagari or Arabic before its date line).
  EXPECT_EQ(Rfc("\u0AA6\u0ABF\u0AB5\u0ACD\u0AAF Mar 28, 2020"), "2020-03-28");
  EXPECT_EQ(Rfc("\u0AA6\u0ABF\u0AB5\u0ACD\u0AAFMar 28, 2020, 06:15 PM IST").substr(0, 10), "2020-03-28");
  EXPECT_EQ(Rfc("\u0926\u0948\u0928\u093F\u0915Apr 2, 2024"), "2024-04-02");
  EXPECT_EQ(Rfc("\u0627\u0644\u064A\u0648\u0645Jan 5, 2026"), "2026-01-05");
  // A capital after a capital splits nothing: "MAY" stays a month.
  EXPECT_EQ(Rfc("MAY 3, 2021"), "2021-05-03");
}

TEST(Dates, SpacedNumericDayFirst) {
  EXPECT_EQ(Rfc("06. 01. 2026, 14:59 Uhr"), "2026-01-06T14:59:00");
  EXPECT_EQ(Rfc("6. 1. 2026"), "2026-01-06");
  // A two-digit year after spaced dots could be anything ("Kapitel 3. 12. 16").
  EXPECT_EQ(Rfc("3. 12. 16"), "none");
}

TEST(Dates, ArabicScriptDigits) {
  EXPECT_EQ(Rfc("٢٠٢٠/١٢/٠١"), "2020-12-01");
  EXPECT_EQ(Rfc("٠١-١٢-٢٠٢٠ ١٤:٣٠"), "2020-12-01T14:30:00");
  EXPECT_EQ(Rfc("17 أغسطس ٢٠٢٠"), "2020-08-17");
  // The date's span is the original bytes.
  const std::string line = "نشر ٢٠٢٠/١٢/٠١";
  const auto m = FindDate(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(line.substr(m->begin, m->end - m->begin), "٢٠٢٠/١٢/٠١");
}

TEST(Dates, FullWidthDigitsAndSigns) {
  // Japanese typesetting writes dates and clocks in full-width forms.
  EXPECT_EQ(Rfc("２０２４年４月２４日"), "2024-04-24");
  EXPECT_EQ(Rfc("２０２４年４月２４日　１４：０３"), "2024-04-24T14:03:00");
  EXPECT_EQ(Rfc("２０２４／０４／２４"), "2024-04-24");
  // The span is the original bytes.
  const std::string line = "公開 ２０２４年４月２４日";
  const auto m = FindDate(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(line.substr(m->begin, m->end - m->begin), "２０２４年４月２４日");
}

TEST(Dates, JapaneseEras) {
  EXPECT_EQ(Rfc("令和6年4月24日"), "2024-04-24");
  EXPECT_EQ(Rfc("令和元年5月1日"), "2019-05-01");
  EXPECT_EQ(Rfc("平成31年4月24日"), "2019-04-24");
  EXPECT_EQ(Rfc("令和6年（2024年）4月24日 14時03分"), "2024-04-24T14:03:00");
  EXPECT_EQ(Rfc("令和６年４月２４日"), "2024-04-24");
  // No era, no year: never invent one.
  EXPECT_EQ(Rfc("昭和6年4月24日"), "none");
  EXPECT_EQ(Rfc("令和6年4月"), "none");
}

// The Republic of China's era on Taiwanese pages: 1912 is its first year.
TEST(Dates, RepublicOfChinaEra) {
  EXPECT_EQ(Rfc("中華民國113年3月18日"), "2024-03-18");
  EXPECT_EQ(Rfc("民國112年11月2日 09:30"), "2023-11-02T09:30:00");
  EXPECT_EQ(Rfc("民国元年1月1日"), "1912-01-01");
  // The era's name is no year without its number and month.
  EXPECT_EQ(Rfc("中華民國113年"), "none");
  // The date's span holds the era's whole name, so a byline beside it loses it all.
  const std::string line = "記者林美玲 中華民國113年3月18日";
  const auto m = FindDate(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(line.substr(m->begin, m->end - m->begin), "中華民國113年3月18日");
}

TEST(Dates, ThaiMonthsAndBuddhistEra) {
  EXPECT_EQ(Rfc("24 เมษายน 2567"), "2024-04-24");
  EXPECT_EQ(Rfc("24 เม.ย. 2567 14:03 น."), "2024-04-24T14:03:00");
  EXPECT_EQ(Rfc("1 ม.ค. พ.ศ. 2568"), "2025-01-01");
  EXPECT_EQ(Rfc("29 กุมภาพันธ์ 2567"), "2024-02-29");
  EXPECT_EQ(Rfc("29 กุมภาพันธ์ 2568"), "none");
  // A Gregorian year with a Thai month stays as it is.
  EXPECT_EQ(Rfc("24 เมษายน 2024"), "2024-04-24");
}

TEST(Dates, SolarHijriCalendar) {
  EXPECT_EQ(Rfc("۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹"), "2020-05-10T18:59:00");
  EXPECT_EQ(Rfc("۲۱ ارديبهشت ۱۳۹۹"), "2020-05-10");
  EXPECT_EQ(Rfc("۲۱ اردیبهشت ۱۳۹۹"), "2020-05-10");
  EXPECT_EQ(Rfc("1 فروردین 1404"), "2025-03-21");
  EXPECT_EQ(Rfc("1 دی 1402"), "2023-12-22");
  // The last month has 30 days in a leap year only.
  EXPECT_EQ(Rfc("1403/12/30"), "2025-03-20");
  EXPECT_EQ(Rfc("1402/12/30"), "none");
  EXPECT_EQ(Rfc("1399/07/31"), "none");
  // A Gregorian month name keeps its calendar, and so do years in numbers
  // from before news sites.
  EXPECT_EQ(Rfc("21 March 1400"), "1400-03-21");
  EXPECT_EQ(Rfc("1350-10-05"), "1350-10-05");
}

// Day, month's short name and year joined by hyphens, as news and
// government pages print them.
TEST(Dates, HyphenedDayMonthNameYear) {
  EXPECT_EQ(Rfc("19-Dec-2025"), "2025-12-19");
  EXPECT_EQ(Rfc("19-DEC-2025"), "2025-12-19");
  EXPECT_EQ(Rfc("05-Mar-2024 10:30"), "2024-03-05T10:30:00");
  EXPECT_EQ(Rfc("Published: 19-Dec-2025"), "2025-12-19");
  EXPECT_EQ(Rfc("(3-September-2021)"), "2021-09-03");
  EXPECT_EQ(Rfc("19-Dez-2025"), "2025-12-19");                  // German
  EXPECT_EQ(Rfc("19-dic-2025"), "2025-12-19");                  // Spanish, Italian
  EXPECT_EQ(Rfc("19-d\xC3\xA9""c-2025"), "2025-12-19");         // French
  const auto all = FindDates("Posted 05-Mar-2024 10:30, updated 06-Mar-2024");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value.ToRfc3339(), "2024-03-06");
  EXPECT_EQ(all[0].form, DateMatch::Form::kDayThenMonthName);
}

// A line of two stamps with the clock first: each date keeps its own
// clock, the one after a label's colon too, never the next stamp's.
TEST(FindDates, ClockFirstStampsKeepTheirOwnClocks) {
  const auto glued = FindDates("Published: 17:55, 8 Nov 2023Updated: 18:06, 8 Nov 2023");
  ASSERT_EQ(glued.size(), 2u);
  EXPECT_EQ(glued[0].value.ToRfc3339(), "2023-11-08T17:55:00");
  EXPECT_EQ(glued[1].value.ToRfc3339(), "2023-11-08T18:06:00");
  const auto bare = FindDates("08:44, 3 NOV 2023 Updated 08:47, 3 NOV 2023");
  ASSERT_EQ(bare.size(), 2u);
  EXPECT_EQ(bare[0].value.ToRfc3339(), "2023-11-03T08:44:00");
  EXPECT_EQ(bare[1].value.ToRfc3339(), "2023-11-03T08:47:00");
  // An update with a clock alone lends the date its clock.
  const auto clock_only = FindDates("05 Gennaio 2025 Aggiornato alle 16:01");
  ASSERT_EQ(clock_only.size(), 1u);
  EXPECT_EQ(clock_only[0].value.ToRfc3339(), "2025-01-05T16:01:00");
  // The minutes of a clock are still no hour of their own.
  EXPECT_EQ(FindDates("3:04 PM EST, Mon March 4, 2019").front().value.ToRfc3339(), "2019-03-04T15:04:00-05:00");
}

// Hyphens also join codes and ranges: those are no dates.
TEST(Dates, HyphenedCodesAndRangesAreNoDates) {
  EXPECT_EQ(Rfc("19-12-ab"), "none");
  EXPECT_EQ(Rfc("AB-Dec-2025X"), "none");
  EXPECT_EQ(Rfc("AB19-Dec-2025"), "none");
  EXPECT_EQ(Rfc("AB-19-Dec-2025"), "none");
  EXPECT_EQ(Rfc("19-Dec-2025X"), "none");
  EXPECT_EQ(Rfc("19-Dec-20257"), "none");
  EXPECT_EQ(Rfc("19-Dec-2025-04"), "none");
  EXPECT_EQ(Rfc("18-19-Dec-2025"), "none");
  EXPECT_EQ(Rfc("19 -Dec- 2025"), "none");
  EXPECT_EQ(Rfc("19-Foo-2025"), "none");
  EXPECT_EQ(Rfc("31-Feb-2025"), "none");
}

TEST(Dates, ImpossibleDatesGiveNothing) {
  EXPECT_EQ(Rfc("2020-13-45"), "none");
  EXPECT_EQ(Rfc("February 30, 2016"), "none");
  EXPECT_EQ(Rfc("2019-02-29"), "none");
  EXPECT_EQ(Rfc("2020-02-29"), "2020-02-29");
  EXPECT_EQ(Rfc("no date here"), "none");
  EXPECT_EQ(Rfc("March 2016"), "none");  // never invent a day
}

TEST(Dates, TimeRangeIsNotAnOffset) {
  EXPECT_EQ(Rfc("June 3, 2020 10:30 - 11:30"), "2020-06-03T10:30:00");
}

TEST(Dates, CoverageTellsDateLinesFromSentences) {
  const auto line = FindDate("Monday 22 February 2016 08:27 GMT");
  ASSERT_TRUE(line);
  EXPECT_DOUBLE_EQ(line->coverage, 1.0);
  const auto sentence = FindDate("The United States and Russia agreed on 12 February 2016 to a deal.");
  ASSERT_TRUE(sentence);
  EXPECT_LT(sentence->coverage, 0.5);
}

TEST(Dates, InstantOrdersAcrossOffsets) {
  const auto a = ParseDate("2016-02-22T08:00:00+01:00");
  const auto b = ParseDate("2016-02-22T07:30:00Z");
  ASSERT_TRUE(a && b);
  EXPECT_LT(a->Instant(), b->Instant());
}

// Slashes that either order could read follow the page's order; those
// only one order can read, and dots, keep theirs.
TEST(Dates, TheNumericOrderDecidesSlashesOnly) {
  const auto first = [](std::string_view s, NumericOrder o) { return FindDates(s, 1, o).front().value.ToRfc3339(); };
  EXPECT_EQ(first("06/01/2026", NumericOrder::kBySeparator), "2026-06-01");
  EXPECT_EQ(first("06/01/2026", NumericOrder::kDayFirst), "2026-01-06");
  EXPECT_EQ(first("25/12/2025", NumericOrder::kMonthFirst), "2025-12-25");
  EXPECT_EQ(first("06.01.2026", NumericOrder::kMonthFirst), "2026-01-06");
}

// An English page reads two-digit years month first whatever their
// separator; four-digit years day first by its British spelling, else by
// the separator.
TEST(Dates, EnglishPagesReadShortYearsMonthFirst) {
  const auto first = [](std::string_view s, NumericOrder o) { return FindDates(s, 1, o).front().value.ToRfc3339(); };
  EXPECT_EQ(first("06/01/2026", NumericOrder::kEnglishDayFirst), "2026-01-06");
  EXPECT_EQ(first("9/11/13 10:00AM", NumericOrder::kEnglishDayFirst), "2013-09-11T10:00:00");
  EXPECT_EQ(first("25/12/25", NumericOrder::kEnglishDayFirst), "2025-12-25");
  EXPECT_EQ(first("06/01/2026", NumericOrder::kEnglishBySeparator), "2026-06-01");
  EXPECT_EQ(first("06-01-2026", NumericOrder::kEnglishBySeparator), "2026-01-06");
  EXPECT_EQ(first("01-09-17", NumericOrder::kEnglishBySeparator), "2017-01-09");
  EXPECT_EQ(first("11.03.17", NumericOrder::kEnglishDayFirst), "2017-11-03");
  // Elsewhere a short year's dashes keep the European order.
  EXPECT_EQ(first("01-09-17", NumericOrder::kDayFirst), "2017-09-01");
  EXPECT_EQ(first("01-09-17", NumericOrder::kBySeparator), "2017-09-01");
}

TEST(Dates, EachDateSaysHowItIsWritten) {
  using Form = DateMatch::Form;
  std::vector<DateMatch> d;
  for (std::string_view s : {"06/01/2026", "25/12/2025", "12/25/2025", "6 January 2026", "Jan. 6, 2026", "06.01.2026"}) {
    d.push_back(FindDates(s).front());
  }
  EXPECT_EQ(d[0].form, Form::kAmbiguousNumeric);
  EXPECT_EQ(d[1].form, Form::kSlashDayFirst);
  EXPECT_EQ(d[2].form, Form::kSlashMonthFirst);
  EXPECT_EQ(d[3].form, Form::kDayThenMonthName);
  EXPECT_EQ(d[4].form, Form::kMonthNameThenDay);
  EXPECT_EQ(d[5].form, Form::kOther);
}

TEST(Dates, PageNumericOrder) {
  const auto dates = [](std::string_view s) { return FindDates(s); };
  // Slashes only one order can read decide first.
  EXPECT_EQ(PageNumericOrder(dates("25/12/2025"), "en"), NumericOrder::kDayFirst);
  EXPECT_EQ(PageNumericOrder(dates("12/25/2025"), "fr"), NumericOrder::kMonthFirst);
  // Then month names, each by its line's coverage: a date line outweighs a
  // caption's date.
  std::vector<DateMatch> named = dates("14 February 2026");
  const std::vector<DateMatch> caption = dates("Mayor Jane Doe speaks to reporters outside City Hall, Monday, Jan. 5, 2026. (Photo/John Roe)");
  named.insert(named.end(), caption.begin(), caption.end());
  EXPECT_EQ(PageNumericOrder(named, "en"), NumericOrder::kDayFirst);
  EXPECT_EQ(PageNumericOrder(dates("February 14, 2026"), ""), NumericOrder::kMonthFirst);
  // Then the language: only English writes the month first, and English
  // by its region when one is given.
  EXPECT_EQ(PageNumericOrder({}, "fr-FR"), NumericOrder::kDayFirst);
  EXPECT_EQ(PageNumericOrder({}, "en-GB"), NumericOrder::kDayFirst);
  EXPECT_EQ(PageNumericOrder({}, "en-AU"), NumericOrder::kDayFirst);
  EXPECT_EQ(PageNumericOrder({}, "en-US"), NumericOrder::kMonthFirst);
  EXPECT_EQ(PageNumericOrder({}, "en-PH"), NumericOrder::kMonthFirst);
  EXPECT_EQ(PageNumericOrder({}, "en"), NumericOrder::kBySeparator);
  EXPECT_EQ(PageNumericOrder({}, "en-Latn"), NumericOrder::kBySeparator);
  EXPECT_EQ(PageNumericOrder({}, ""), NumericOrder::kBySeparator);
}

// "Uhr" after the time is the date's: a byline after it starts after it.
TEST(Dates, TheClockWordEndsTheDate) {
  const std::string line = "9. September 2025 um 15:46 Uhr / Frank Roe";
  const std::vector<DateMatch> d = FindDates(line);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(line.substr(d[0].end), " / Frank Roe");
}

TEST(Dates, AbbreviatedAndCapitalMonthForms) {
  EXPECT_EQ(Rfc("4 мар. 2019, 15:04"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("4 бер 2019"), "2019-03-04");
  EXPECT_EQ(Rfc("04 ΜΑΡΤΙΟΥ 2019"), "2019-03-04");
  EXPECT_EQ(Rfc("4 Μαρ 2019"), "2019-03-04");
  EXPECT_EQ(Rfc("4. marta 2019."), "2019-03-04");
  EXPECT_EQ(Rfc("4. фебруара 2019."), "2019-02-04");
  EXPECT_EQ(Rfc("04 MAYIS 2019"), "2019-05-04");
  EXPECT_EQ(Rfc("4. des. 2019 15:04"), "2019-12-04T15:04:00");
  EXPECT_EQ(Rfc("4 paź 2019, 15:04"), "2019-10-04T15:04:00");
  EXPECT_EQ(Rfc("4 Haz 2019 15:04"), "2019-06-04T15:04:00");
  EXPECT_EQ(Rfc("4 Şub 2019"), "2019-02-04");
  // Those that are words too take no year of two digits.
  EXPECT_EQ(Rfc("Cada um dos 3 tem 25 anos"), "none");
  EXPECT_EQ(Rfc("4 lis 19 osób"), "none");
}

TEST(Dates, YearFirstWithAbbreviatedMonth) {
  EXPECT_EQ(Rfc("2019. márc. 4. 15:04"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("2019. jan. 14."), "2019-01-14");
  // The day still closes with a dot.
  EXPECT_EQ(Rfc("in 2019. Jan. 14 people"), "none");
}

TEST(Dates, YearFirstSpacedNumbers) {
  EXPECT_EQ(Rfc("2019. 03. 04. 15:04"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("2019. 3. 4. 오후 3:04"), "2019-03-04T15:04:00");
  // Without the closing dot it is no date.
  EXPECT_EQ(Rfc("2019. 3. 4 people"), "none");
}

TEST(Dates, LevantTwoWordMonths) {
  EXPECT_EQ(Rfc("4 كانون الثاني 2019"), "2019-01-04");
  EXPECT_EQ(Rfc("4 تشرين الأول 2019"), "2019-10-04");
  EXPECT_EQ(Rfc("4 كانون الاول 2019"), "2019-12-04");
}

TEST(Dates, ArabicMonthNamedTwiceWithASlash) {
  EXPECT_EQ(Rfc("14 آذار/مارس 2019"), "2019-03-14");
  EXPECT_EQ(Rfc("14 مارس/ آذار 2019"), "2019-03-14");
  EXPECT_EQ(Rfc("14 كانون الثاني/يناير 2019"), "2019-01-14");
  // Two different months are a range, no day.
  EXPECT_EQ(Rfc("14 مارس/أبريل 2019"), "none");
}

TEST(Dates, ArabicHalfDayAfterTheClock) {
  EXPECT_EQ(Rfc("4 مارس 2019 - 03:04 م"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("4 مارس 2019 - 03:04 ص"), "2019-03-04T03:04:00");
  EXPECT_EQ(Rfc("4 مارس 2019 - 15:04 م"), "2019-03-04T15:04:00");
}

TEST(Dates, KoreanHourAndMinuteWords) {
  EXPECT_EQ(Rfc("2019년 3월 4일 오후 3시 4분"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("2019년 3월 4일 15시"), "2019-03-04T15:00:00");
}

TEST(Dates, ZoneInBrackets) {
  EXPECT_EQ(Rfc("4/3/2019, 15:04 (GMT+7)"), "2019-04-03T15:04:00+07:00");
  EXPECT_EQ(Rfc("March 4, 2019 3:04 PM (EST)"), "2019-03-04T15:04:00-05:00");
  // A bracket that is no zone leaves the time alone.
  EXPECT_EQ(Rfc("March 4, 2019 3:04 PM (Reuters)"), "2019-03-04T15:04:00");
}

TEST(Dates, DigitsOfOtherScripts) {
  EXPECT_EQ(Rfc("४ मार्च २०१९, १५:०४"), "2019-03-04T15:04:00");
  EXPECT_EQ(Rfc("๔ มี.ค. ๒๕๖๒"), "2019-03-04");
}

// Month names of Filipino, Swahili and Bengali date lines (Bengali with its
// own digits and both spellings of January).
TEST(Dates, FilipinoSwahiliAndBengaliMonths) {
  EXPECT_EQ(Rfc("Pebrero 26, 2024"), "2024-02-26");
  EXPECT_EQ(Rfc("Nobyembre 20, 2023"), "2023-11-20");
  EXPECT_EQ(Rfc("Agosti 14, 2024 14:00"), "2024-08-14T14:00:00");
  EXPECT_EQ(Rfc("Machi 3, 2023"), "2023-03-03");
  EXPECT_EQ(Rfc("১৫ জানুয়ারি ২০২৪, ১২:০০"), "2024-01-15T12:00:00");
  EXPECT_EQ(Rfc("১৫ জানুয়ারী ২০২৪"), "2024-01-15");
  EXPECT_EQ(Rfc("৮ মার্চ ২০২৩"), "2023-03-08");
}

// CLDR's month names of Azerbaijani, Uzbek, Albanian, Georgian, Armenian,
// Kazakh, Urdu, Tamil, Macedonian, Belarusian and Icelandic, as their date
// lines print them.
TEST(Dates, MonthsOfCaucasianCentralAsianAndSouthAsianLanguages) {
  EXPECT_EQ(Rfc("14 sentyabr 2021, 10:15"), "2021-09-14T10:15:00");
  EXPECT_EQ(Rfc("3 oktabr 2021"), "2021-10-03");
  EXPECT_EQ(Rfc("14 shtator 2021, 10:15"), "2021-09-14T10:15:00");
  EXPECT_EQ(Rfc("14 სექტემბერი 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14 սեպտեմբերի 2021, 10:15"), "2021-09-14T10:15:00");
  EXPECT_EQ(Rfc("14 қыркүйек 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14 ستمبر 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14 செப்டம்பர் 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14 јуни 2021"), "2021-06-14");
  EXPECT_EQ(Rfc("14 верасня 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14. ágúst 2021"), "2021-08-14");
  EXPECT_EQ(Rfc("14 సెప్టెంబర్ 2021"), "2021-09-14");
  EXPECT_EQ(Rfc("14 ਸਤੰਬਰ 2021, 10:15"), "2021-09-14T10:15:00");
  EXPECT_EQ(Rfc("१४ सप्टेंबर २०२१"), "2021-09-14");
}

// A numeric date whose year is one of the Buddhist Era's is read in it, as
// a Thai date with the month's name is; a Gregorian year stays.
TEST(Dates, NumericDateInTheBuddhistEra) {
  EXPECT_EQ(Rfc("14/09/2564 10:15"), "2021-09-14T10:15:00");
  EXPECT_EQ(Rfc("14/09/2021 10:15"), "2021-09-14T10:15:00");
}

TEST(Dates, LabelsAndClockWordsOfMoreLanguagesAreCovered) {
  for (const char* line : {"Pubblicato il 4 marzo 2019 · Aggiornato il 5 marzo 2019",
                           "atualizado em 04/03/2019 às 15h04", "4. mars 2019 kl. 15.04",
                           "04.03.2019, godz. 15:04", "4 марта 2019 г. в 15:04"}) {
    const auto m = FindDate(line);
    ASSERT_TRUE(m) << line;
    EXPECT_DOUBLE_EQ(m->coverage, 1.0) << line;
  }
}

// A text without a digit of any script holds no date (no form opens or
// closes without a number); a digit of another script still counts.
TEST(FindDates, NeedsADigitOfSomeScript) {
  EXPECT_TRUE(FindDates("Published on Monday, the second of February by Jane Roe", 4).empty());
  EXPECT_TRUE(FindDates("令和元年五月一日", 4).empty());
  ASSERT_EQ(FindDates("公開 ２０２４年４月２４日", 1).size(), 1u);
}

// A Roman numeral is a month only between a day and a four-digit year.
TEST(Dates, RomanNumeralMonths) {
  EXPECT_EQ(Rfc("17.V.2023"), "2023-05-17");
  EXPECT_EQ(Rfc("Dodano: 3 XII 2022 r."), "2022-12-03");
  EXPECT_EQ(Rfc("Henry V 2023"), "none");
  EXPECT_EQ(Rfc("17 V 23"), "none");
  EXPECT_EQ(Rfc("15.I.2023"), "2023-01-15");
  EXPECT_EQ(Rfc("Numery 15 i 2023"), "none");
}

TEST(Dates, FromUnixGivesTheUtcTime) {
  EXPECT_EQ(DateTime::FromUnix(1684312200).ToRfc3339(), "2023-05-17T08:30:00Z");
  EXPECT_EQ(DateTime::FromUnix(0).ToRfc3339(), "1970-01-01T00:00:00Z");
  EXPECT_EQ(DateTime::FromUnix(1684312200).Instant(), 1684312200);
}

}  // namespace
}  // namespace pith
