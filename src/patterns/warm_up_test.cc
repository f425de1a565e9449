#include "patterns/warm_up.h"

#include <gtest/gtest.h>

#include "patterns/heuristics.h"

namespace pith {
namespace {

TEST(PatternWarmUp, PatternsMatchTheSameWhileItCompilesAndAfterItStops) {
  {
    const PatternWarmUp warm_up;
    EXPECT_TRUE(GetHeuristics().chrome_class.Matches("share-bar"));
    EXPECT_STREQ(MatchLabelPhraseLower("advertisement"), "advertisement label");
  }
  {
    const PatternWarmUp for_text(WarmUpFor::kText);
    EXPECT_STREQ(MatchSectionHead("Leave a Reply"), "section: comments");
    EXPECT_TRUE(IsEmbedSignature("- Dele (@dele_official) 19 novembre 2019"));
  }
  const PatternWarmUp stopped_at_once;
  EXPECT_EQ(GluedBylinePrefix("ByJane Doe"), 2u);
  EXPECT_TRUE(GetHeuristics().non_author_credit.PartialMatch("Photo by Jane Roe"));
}

}  // namespace
}  // namespace pith
