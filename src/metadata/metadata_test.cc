#include "metadata/metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/test_pages.h"
#include "parse/html_parse.h"

namespace pith {
namespace {

TEST(Metadata, JsonLdGivesAuthorsAndDate) {
  const Article a = Read(
      "<head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
      "\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\",\"datePublished\":"
      "\"2016-02-22T08:27:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\","
      "\"name\":\"John Roe\"}]}]}</script></head><body><article><h1>Budget passes</h1>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Budget passes");
  EXPECT_EQ(a.date, "2016-02-22T08:27:00+01:00");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.byline, "Jane Doe, John Roe");
}

TEST(Metadata, BrokenJsonLdIsIgnored) {
  const Article a = Read("<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                         "<meta property=\"og:title\" content=\"Budget passes\"></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.headline, "Budget passes");
}

TEST(Metadata, DeepJsonLdIsRefusedWithoutCrashing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const Article a = Read("<head><script type=\"application/ld+json\">" + deep + "</script></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_TRUE(a.authors.empty());
  EXPECT_FALSE(a.date);
}

// ---- Marking the blocks that print the fields ----

// A header with every kind of claim: the headline, a repeat of it, a "By"
// line, a date line, and a caption box that holds no caption.
const std::string kClaimedPage =
    "<body><article><h1>Budget passes</h1><h2>Budget passes</h2><p class=\"byline\">By Jane Doe</p>"
    "<p class=\"date\">Published 3 March 2016</p>" + std::string(kBody) +
    "<figure><figcaption><a href=\"/x\">Read more about the budget</a></figcaption></figure>" + kBody +
    "</article></body>";

struct Claimed {
  Document doc;
  Selection before, after;
  std::vector<BlockClaim> claims;
};

Claimed ReadClaims(const std::string& html) {
  Claimed c{ParseHtml(html), {}, {}, {}};
  MarkElements(c.doc);
  c.before = FindArticle(c.doc);
  c.after = c.before;
  Article a;
  c.claims = ReadMetadata(c.doc, Options{}, c.after, a);
  return c;
}

std::size_t BlockWith(const Document& d, const std::string& text, std::size_t from = 0) {
  for (std::size_t i = from; i < d.blocks.size(); ++i) {
    if (d.blocks[i].text == text) return i;
  }
  ADD_FAILURE() << "no block " << text;
  return 0;
}

TEST(MetadataClaims, ReadingLeavesTheSelectionAsTheCleanStageLeftIt) {
  const Claimed c = ReadClaims(kClaimedPage);
  ASSERT_FALSE(c.claims.empty());
  ASSERT_EQ(c.after.verdicts.size(), c.before.verdicts.size());
  for (std::size_t i = 0; i < c.before.verdicts.size(); ++i) {
    EXPECT_EQ(c.after.verdicts[i].role, c.before.verdicts[i].role) << i;
    EXPECT_STREQ(c.after.verdicts[i].reason, c.before.verdicts[i].reason) << i;
  }
}

TEST(MetadataClaims, EachFieldsBlocksInTheOrderFound) {
  const Claimed c = ReadClaims(kClaimedPage);
  const std::size_t headline = BlockWith(c.doc, "Budget passes");
  const std::size_t link = BlockWith(c.doc, "Read more about the budget");
  ASSERT_EQ(c.claims.size(), 5u);
  // HTML: the headline and its repeat, then the date line, the byline and
  // the caption box.
  EXPECT_EQ(c.claims[0].block, headline);
  EXPECT_EQ(c.claims[0].role, Role::kHeadline);
  EXPECT_EQ(c.claims[1].block, BlockWith(c.doc, "Budget passes", headline + 1));
  EXPECT_EQ(c.claims[1].role, Role::kDropped);
  EXPECT_EQ(c.claims[2].block, BlockWith(c.doc, "Published 3 March 2016"));
  EXPECT_EQ(c.claims[2].role, Role::kDate);
  EXPECT_EQ(c.claims[3].block, BlockWith(c.doc, "By Jane Doe"));
  EXPECT_EQ(c.claims[3].role, Role::kByline);
  EXPECT_EQ(c.claims[4].block, link);
  EXPECT_EQ(c.claims[4].role, Role::kDropped);
}

TEST(MetadataClaims, MarkingGivesTheRolesAndReasons) {
  Claimed c = ReadClaims(kClaimedPage);
  MarkMetadataBlocks(c.claims, c.after);
  auto verdict = [&](const std::string& text, std::size_t from = 0) {
    return c.after.verdicts[BlockWith(c.doc, text, from)];
  };
  const std::size_t headline = BlockWith(c.doc, "Budget passes");
  EXPECT_EQ(c.after.verdicts[headline].role, Role::kHeadline);
  EXPECT_STREQ(c.after.verdicts[headline].reason, "headline");
  EXPECT_EQ(verdict("Budget passes", headline + 1).role, Role::kDropped);
  EXPECT_STREQ(verdict("Budget passes", headline + 1).reason, "dropped: repeats the headline");
  EXPECT_EQ(verdict("By Jane Doe").role, Role::kByline);
  EXPECT_STREQ(verdict("By Jane Doe").reason, "byline: starts with a byline prefix");
  EXPECT_EQ(verdict("Published 3 March 2016").role, Role::kDate);
  EXPECT_STREQ(verdict("Published 3 March 2016").reason, "date: a date line in the article header");
  EXPECT_EQ(verdict("Read more about the budget").role, Role::kDropped);
  EXPECT_STREQ(verdict("Read more about the budget").reason, "dropped: in a caption box, but no caption");
  // The body keeps its verdicts.
  const std::size_t body = BlockWith(c.doc, "Supporters said the plan was overdue, while critics argued that it would "
                                            "raise taxes, cut services and leave the city with less money.");
  EXPECT_EQ(c.after.verdicts[body].role, Role::kBody);
  EXPECT_STREQ(c.after.verdicts[body].reason, c.before.verdicts[body].reason);
}

TEST(MetadataClaims, ALaterClaimOnABlockWins) {
  Selection sel;
  sel.verdicts.assign(3, Verdict{Role::kBody, "body"});
  MarkMetadataBlocks({{1, Role::kCaption, "caption: of the lead image"},
                      {1, Role::kDropped, "dropped: in a caption box, but no caption"}},
                     sel);
  EXPECT_EQ(sel.verdicts[0].role, Role::kBody);
  EXPECT_EQ(sel.verdicts[1].role, Role::kDropped);
  EXPECT_STREQ(sel.verdicts[1].reason, "dropped: in a caption box, but no caption");
  EXPECT_EQ(sel.verdicts[2].role, Role::kBody);
}

}  // namespace
}  // namespace pith
