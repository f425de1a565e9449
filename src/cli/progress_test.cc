#include "cli/progress.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

TEST(FormatDuration, Units) {
  EXPECT_EQ(FormatDuration(1.54), "1.5s");
  EXPECT_EQ(FormatDuration(42.4), "42s");
  EXPECT_EQ(FormatDuration(187), "3m07s");
  EXPECT_EQ(FormatDuration(7500), "2h05m");
}

TEST(FormatProgress, BarCountRateEtaAndFailures) {
  BatchCounts c;
  c.ok = 40;
  c.failed = 5;
  c.no_article = 5;
  // 50 of 200 in 10 s: 5 pages/s, 150 left: 30 s.
  EXPECT_EQ(FormatProgress(c, 200, 10.0, 100), "[##########..............................] 50/200  5.0 pages/s  ETA 30s  10 failed");
}

TEST(FormatProgress, UnknownTotalHasNoBarNorEta) {
  BatchCounts c;
  c.ok = 12;
  EXPECT_EQ(FormatProgress(c, 0, 4.0, 80), "12 done  3.0 pages/s");
}

TEST(FormatProgress, NarrowTerminalDropsTheBar) {
  BatchCounts c;
  c.ok = 1;
  EXPECT_EQ(FormatProgress(c, 3, 1.0, 30), "1/3  1.0 pages/s  ETA 2.0s");
}

TEST(FormatSummary, CountsAndRate) {
  BatchCounts c;
  c.ok = 80;
  c.no_article = 2;
  c.failed = 1;
  EXPECT_EQ(FormatSummary(c, 2.0), "pith: 83 documents: 80 ok, 2 no article, 1 failed in 2.0s (41.5 pages/s)");
  c.skipped = 17;
  EXPECT_EQ(FormatSummary(c, 2.0),
            "pith: 100 documents: 80 ok, 2 no article, 1 failed, 17 skipped in 2.0s (41.5 pages/s)");
}

}  // namespace
}  // namespace pith
