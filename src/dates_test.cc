#include "dates.h"

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

TEST(Dates, Rfc2822) {
  EXPECT_EQ(Rfc("Mon, 22 Feb 2016 08:27:00 +0000"), "2016-02-22T08:27:00Z");
  EXPECT_EQ(Rfc("Tue, 1 Mar 2016 18:05:01 -0500"), "2016-03-01T18:05:01-05:00");
  EXPECT_EQ(Rfc("Mon, 22 Feb 2016 08:27:00 GMT"), "2016-02-22T08:27:00Z");
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

TEST(Dates, NamedZonesAndDaylightSaving) {
  EXPECT_EQ(Rfc("January 5, 2020 9:00 ET"), "2020-01-05T09:00:00-05:00");
  EXPECT_EQ(Rfc("August 5, 2020 9:00 ET"), "2020-08-05T09:00:00-04:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 BST"), "2020-08-05T09:00:00+01:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 CEST"), "2020-08-05T09:00:00+02:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 JST"), "2020-08-05T09:00:00+09:00");
  EXPECT_EQ(Rfc("5 August 2020 09:00 UTC+05:30"), "2020-08-05T09:00:00+05:30");
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

}  // namespace
}  // namespace pith
