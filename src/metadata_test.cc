#include "metadata.h"

#include <gtest/gtest.h>

#include "html_parse.h"

namespace pith {
namespace {

const char kBody[] = "<p>The council voted on Tuesday to approve the new budget, which includes funding for "
                     "schools, roads and the library, after a debate that lasted four hours.</p><p>Supporters "
                     "said the plan was overdue, while critics argued that it would raise taxes, cut services "
                     "and leave the city with less money.</p>";

Article Read(const std::string& html, const Options& options = {}) {
  Document d = ParseHtml(html);
  MarkElements(d);
  Selection sel = FindArticle(d);
  Article a;
  ReadMetadata(d, options, sel, a);
  return a;
}

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

TEST(Metadata, PageHeadingPreferredOverSocialTitle) {
  const Article a = Read("<head><title>Budget passes after long debate | Example News</title>"
                         "<meta property=\"og:title\" content=\"Budget passes after long debate\">"
                         "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
                         "<h1>Budget passes after long debate</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Budget passes after long debate");
  EXPECT_EQ(a.site_name, "Example News");
}

TEST(Metadata, TitleSiteSuffixIsStripped) {
  EXPECT_EQ(StripTitleSite("Budget passes after long debate | Example News", "Example News"),
            "Budget passes after long debate");
  EXPECT_EQ(StripTitleSite("Budget passes after long debate - Example", ""), "Budget passes after long debate");
  EXPECT_EQ(StripTitleSite("Example News", "Example News"), "Example News");
}

TEST(Metadata, BylineElementAndMetaDate) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2019-11-19T05:00:00-05:00\">"
                         "</head><body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Doe and John Roe</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Jane Doe and John Roe");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.date, "2019-11-19T05:00:00-05:00");
}

TEST(Metadata, UrlPathDateIsTheLastResort) {
  Options options;
  options.url = "https://example.com/news/2016/02/22/budget-passes";
  const Article a = Read(std::string("<body>") + kBody + "</body>", options);
  EXPECT_EQ(a.date, "2016-02-22");
  EXPECT_EQ(a.url, options.url);
}

TEST(Metadata, AuthorMetaThatIsAUrlIsNotAByline) {
  const Article a = Read("<head><meta property=\"article:author\" content=\"https://facebook.com/someone\"></head>"
                         "<body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(a.byline);
  EXPECT_TRUE(a.authors.empty());
}

}  // namespace
}  // namespace pith
