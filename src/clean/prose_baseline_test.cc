#include "clean/prose_baseline.h"

#include <string>

#include <gtest/gtest.h>

#include "clean/thresholds.h"
#include "parse/html_parse.h"

namespace pith {
namespace {

const char kSentence[] = "The river rose through the night and by morning the lower streets of the town were under "
                         "water, so the school stayed closed and the buses ran on the hill road instead.";

std::string Paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += std::string("<p>") + kSentence + "</p>";
  return out;
}

std::vector<BlockStats> Stats(const Document& doc) {
  std::vector<BlockStats> stats;
  for (const Block& b : doc.blocks) stats.push_back(MeasureBlock(b));
  return stats;
}

ProseRun RunOf(const std::string& html) {
  Document doc = ParseHtml(html);
  MarkElements(doc);
  return LongestProseRun(doc, Stats(doc));
}

TEST(LongestProseRun, JoinsParagraphsAcrossShortBlocks) {
  const ProseRun run = RunOf("<body><div>" + Paragraphs(2) + "<h2>Later</h2><p>On the hill road.</p>" + Paragraphs(2) +
                           "</div></body>");
  EXPECT_EQ(run.first, 0);
  EXPECT_EQ(run.last, 5);
  EXPECT_EQ(run.prose, 4 * static_cast<std::int64_t>(std::string(kSentence).size()));
}

TEST(LongestProseRun, ALinkLineEndsTheRun) {
  const ProseRun run = RunOf("<body><div>" + Paragraphs(1) + "<p><a href=/a>Previous post</a> <a href=/b>Next post</a></p>" +
                           Paragraphs(2) + "</div></body>");
  EXPECT_EQ(run.first, 2);
  EXPECT_EQ(run.last, 3);
}

TEST(LongestProseRun, LeavesOutFootersCommentsAndListItems) {
  const ProseRun run = RunOf("<body><ul><li>" + std::string(kSentence) + "</li><li>" + kSentence + "</li></ul><footer>" +
                           Paragraphs(3) + "</footer><div class=\"comments\">" + Paragraphs(3) + "</div><div>" +
                           Paragraphs(1) + "</div></body>");
  EXPECT_EQ(run.prose, static_cast<std::int64_t>(std::string(kSentence).size()));
}

// Older themes name their sidebar by id, not by tag: a sidebar's
// longer "about" text is no run of the article.
TEST(LongestProseRun, LeavesOutSidebarsNamedById) {
  const ProseRun run = RunOf("<body><div id=\"content\">" + Paragraphs(1) + "</div><div id=\"Sidebar\">" + Paragraphs(3) +
                           "</div></body>");
  EXPECT_EQ(run.first, 0);
  EXPECT_EQ(run.last, 0);
}

// Only the whole id: a text column named after the sidebar beside it is text.
TEST(LongestProseRun, KeepsBoxesWhoseIdOnlyMentionsASidebar) {
  const ProseRun run = RunOf("<body><div id=\"content-with-sidebar\">" + Paragraphs(3) + "</div></body>");
  EXPECT_EQ(run.last, 2);
}

TEST(RunBeatsContainer, NeedsAnArticlesWorthAndAMargin) {
  const ProseRun run{0, 9, kProseRunMinChars * 2};
  EXPECT_TRUE(RunBeatsContainer(run, 0));
  EXPECT_TRUE(RunBeatsContainer(run, kProseRunMinChars));
  EXPECT_FALSE(RunBeatsContainer(run, kProseRunMinChars * 2));
  EXPECT_FALSE(RunBeatsContainer(ProseRun{0, 1, kProseRunMinChars - 1}, 0));
}

TEST(AddProseRun, JoinsTheContainerOrReplacesABoxApart) {
  Document doc = ParseHtml("<body><div id=a><p>Kept by the container, a short line.</p>" + Paragraphs(2) +
                           "</div><div id=b>" + Paragraphs(2) + "</div></body>");
  MarkElements(doc);
  const std::vector<BlockStats> stats = Stats(doc);
  const ProseRun run = LongestProseRun(doc, stats);
  ASSERT_EQ(run.first, 1);
  ASSERT_EQ(run.last, 4);
  // The container is the first box: it widens to hold the run.
  Selection inside;
  inside.verdicts.assign(doc.blocks.size(), Verdict{});
  inside.Set(0, Role::kBody, kArticleContainerReason);
  inside.root = doc.blocks[0].element;
  AddProseRun(doc, stats, run, inside);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) EXPECT_TRUE(inside.IsBody(i)) << i;
  // A box apart from the run: replaced.
  Document doc2 = ParseHtml("<body><div id=a><p>Your privacy choices</p></div><div id=b>" +
                            Paragraphs(4) + "</div></body>");
  MarkElements(doc2);
  const std::vector<BlockStats> stats2 = Stats(doc2);
  Selection apart;
  apart.verdicts.assign(doc2.blocks.size(), Verdict{});
  apart.Set(0, Role::kBody, kArticleContainerReason);
  apart.root = doc2.blocks[0].element;
  AddProseRun(doc2, stats2, LongestProseRun(doc2, stats2), apart);
  EXPECT_FALSE(apart.IsBody(0));
  EXPECT_EQ(apart.FirstBody(), 1);
  EXPECT_EQ(apart.LastBody(), 4);
}

}  // namespace
}  // namespace pith
