#include "metadata/metadata.h"

#include <gtest/gtest.h>

#include "metadata/titles.h"
#include "parse/html_parse.h"

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

// The whole extraction, when a test needs the body too.
Article Full(const std::string& html) {
  Options options;
  options.input = InputFormat::kHtml;
  return Extract(html, options).article;
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

const std::string kMore =
    "<p>Officials said the vote came after months of negotiation between the council and the mayor, who had "
    "threatened to veto any plan that raised property taxes by more than two percent.</p>";

// ---- Dates ----

TEST(Metadata, JsonLdDateOutranksOpenGraph) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2015-12-11T14:28:34Z\">"
                         "<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\",\"datePublished\":"
                         "\"2015-10-15T02:19:15Z\",\"dateModified\":\"2018-04-22T22:24:24Z\"}]]></script></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2015-10-15T02:19:15Z");
  EXPECT_EQ(a.modified, "2018-04-22T22:24:24Z");
}

TEST(Metadata, ModifiedIsNeverTheDate) {
  const Article a = Read("<head><meta property=\"article:modified_time\" content=\"2019-01-16T06:16:23Z\">"
                         "<meta property=\"article:published_time\" content=\"2019-01-03T07:00:02Z\"></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2019-01-03T07:00:02Z");
  EXPECT_EQ(a.modified, "2019-01-16T06:16:23Z");
}

TEST(Metadata, PublishedAndUpdatedOnOneLine) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p class=\"date\">Published 3 March 2016 09:00 GMT, "
                         "updated 4 March 2016 10:30 GMT</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-03-03T09:00:00Z");
  EXPECT_EQ(a.modified, "2016-03-04T10:30:00Z");
}

TEST(Metadata, AnUpdateGivenAsPublishedIsCaught) {
  // Tags that give the last update as "published", when the page prints the
  // first publication and the update apart.
  const Article a = Read(
      "<head><meta name=\"article:published\" content=\"Tue Dec 20 2016 13:00:00 GMT+0000 (UTC)\">"
      "<meta name=\"dateModified\" content=\"2016-12-20T13:00:00.000Z\"></head><body><article><h1>Budget passes</h1>"
      "<div class=\"article-date\">Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC</div>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-12-20T12:44:00Z");
  EXPECT_EQ(a.modified, "2016-12-20T13:00:00Z");
}

TEST(Metadata, ADayIsGivenItsTimeByAnAgreeingSource) {
  const Article a = Read("<head><meta name=\"date\" content=\"2016-12-15\"></head><body><article>"
                         "<h1>Budget passes</h1><p><time datetime=\"2016-12-15T15:33:00-05:00\">December 15, 2016</time>"
                         "</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-12-15T15:33:00-05:00");
}

TEST(Metadata, TheOffsetThePageGivesIsKept) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2016-09-19T11:46:01.000Z\">"
                         "</head><body><article><h1>Budget passes</h1><p><time datetime=\"2016-09-19T07:46:01-04:00\">"
                         "Sept. 19, 2016</time></p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-09-19T07:46:01-04:00");
}

TEST(Metadata, LocalTimeLabelledUtcIsCorrectedOnlyByMachineValues) {
  // The tag says 20:00 UTC; the page's <time> says 20:00 in Japan.
  Article a = Read("<head><meta property=\"article:published_time\" content=\"2019-04-19T20:00:00.000Z\"></head>"
                   "<body><article><h1>Budget passes</h1><p><time datetime=\"2019-04-19T20:00:00+09:00\">"
                   "2019.04.19 20:00</time></p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2019-04-19T20:00:00+09:00");
  // A printed "2:50PM ET" beside a 14:50 UTC tag is not enough: sites print
  // UTC times with a local zone name too.
  a = Read("<head><meta property=\"article:published_time\" content=\"2016-12-09T14:50:00+00:00\"></head>"
           "<body><article><h1>Budget passes</h1><p class=\"date\">December 9, 2016 2:50PM ET</p>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-12-09T14:50:00Z");
}

TEST(Metadata, OldAndFutureDatesOnlyWhenNothingElse) {
  Article a = Read("<head><meta name=\"date\" content=\"2150-01-01\"><meta name=\"dc.date\" content=\"1984-06-25\">"
                   "<meta name=\"parsely-pub-date\" content=\"2016-02-22\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2016-02-22");
  a = Read("<head><meta name=\"date\" content=\"1984-06-25\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "1984-06-25");
}

TEST(Metadata, AnUpdateAloneStandsInForTheDate) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p class=\"date\">Last updated: January 7, 2020</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2020-01-07");
  EXPECT_EQ(a.modified, "2020-01-07");
}

TEST(Metadata, TimesFarFromTheArticleAreALastResort) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2016-02-22T08:27:00Z\"></head>"
                         "<body><article><h1>Budget passes</h1>" + std::string(kBody) + kMore + kMore + kMore +
                         "</article><aside><ul><li><time datetime=\"2022-08-09T22:00:00+09:00\">Other</time></li>"
                         "</ul></aside></body>");
  EXPECT_EQ(a.date, "2016-02-22T08:27:00Z");
  EXPECT_FALSE(a.modified);
}

// ---- Bylines ----

TEST(Metadata, ALoneByAndTheNameInTheNextElement) {
  const Article a = Full("<body><article><h1>Budget passes</h1><div><span>By</span><div><a href=\"/a/jd\">Jane Doe"
                         "</a></div></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane Doe"), std::string::npos);
}

TEST(Metadata, BylineInsideTheDateLine) {
  const Article a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">January 17, 2017 at 6:08 PM ET "
                         "by Kori Schulman</div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Kori Schulman");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Kori Schulman"});
  EXPECT_EQ(a.date, "2017-01-17T18:08:00-05:00");
}

TEST(Metadata, ColumnNameInABylineClassIsNotTheAuthor) {
  const Article a = Read("<head><meta name=\"author\" content=\"Steven Davidoff Solomon\"></head><body><article>"
                         "<h1>Budget passes</h1><p class=\"byline-column\">Deal Professor</p>"
                         "<p class=\"byline\">By STEVEN DAVIDOFF SOLOMON JULY 29, 2016</p>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.byline, "STEVEN DAVIDOFF SOLOMON");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Steven Davidoff Solomon"});
}

TEST(Metadata, AuthorMetaTagsInOrderOfTrust) {
  // article:author outranks author; a URL or a @handle is no name.
  Article a = Read("<head><meta name=\"author\" content=\"Cond\xC3\xA9 Nast\"><meta property=\"article:author\" "
                   "content=\"Alex Hutchinson\"><meta name=\"twitter:creator\" content=\"@NewYorker\"></head><body>" +
                   std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Alex Hutchinson"});
  // Every value of the tag; companies are no authors.
  a = Read("<head><meta name=\"author\" content=\"mediagene Inc.\"><meta name=\"author\" content=\"Jane Doe\">"
           "<meta name=\"author\" content=\"John Roe\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  // Dublin Core writes names inverted.
  a = Read("<head><meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\" content=\"Jong, Michiel de\">"
           "</head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"F. Kooman", "Michiel de Jong"}));
}

TEST(Metadata, OnlyTheFirstRelAuthorLink) {
  const Article a = Read(std::string("<body><article>") + kBody + "</article><aside><a rel=\"author\" href=\"/a\">"
                         "Juli Clover</a><a rel=\"author\" href=\"/b\">Sami Fathi</a></aside></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Juli Clover"});
}

TEST(Metadata, OrganisationAuthorIsABylineWithoutPeople) {
  const Article a = Read("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                         "{\"@type\":\"Organization\",\"name\":\"Al Jazeera\"}}</script></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "Al Jazeera");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Metadata, AuthorElementsInsideTheBylineLine) {
  // The outlet in its own span, the date line beside it.
  Article a = Read("<body><article><h1>Budget passes</h1><div class=\"attribution\"><span class=\"author\">Kevin "
                   "Johnson and Kevin McCoy</span> <span class=\"publication\">USA TODAY</span></div>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Kevin Johnson", "Kevin McCoy"}));
  // An outlet before the date, the name after it.
  a = Read("<body><article><h1>Budget passes</h1><div><span>Medical Daily</span> <span>9/21/2016</span> "
           "<span class=\"authorname-txt\">Lizette Borreli</span></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Lizette Borreli");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lizette Borreli"});
  EXPECT_EQ(a.date, "2016-09-21");
}

TEST(Metadata, AnOutletBylineNamesNoOne) {
  Article a = Read("<body><article><h1>Budget passes</h1><p class=\"byline\">PTI, Washington</p>" + std::string(kBody) +
                   "</article></body>");
  EXPECT_EQ(a.byline, "PTI, Washington");
  EXPECT_TRUE(a.authors.empty());
  a = Read("<head><meta name=\"author\" content=\"Associated Press\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "Associated Press");
  EXPECT_TRUE(a.authors.empty());
  // A CMS login is neither a name nor a byline.
  a = Read("<head><meta name=\"author\" content=\"jdadmin\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(a.byline);
}

TEST(Metadata, TextCopyBylineBesideTheDateLine) {
  Options options;
  options.input = InputFormat::kText;
  auto copy = [&](const std::string& header) {
    return Extract("Menu\nBudget passes after a long debate\n" + header +
                       "\n\nThe council voted on Tuesday to approve the new budget, which includes funding for "
                       "schools, roads and the library, after a debate that lasted four hours.\n\nSupporters said "
                       "the plan was overdue, while critics argued that it would raise taxes, cut services and leave "
                       "the city with less money.\n",
                   options)
        .article;
  };
  // Names beside the date line are the byline; a line with numbers is not.
  Article a = copy("Jane Doe\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.date, "2016-02-22T08:27:00Z");
  a = copy("Monday 22 February 2016 08:27 GMT\nStock Car Calendar 2018");
  EXPECT_FALSE(a.byline);
  // An agency beside the date line is the byline, without a person.
  a = copy("Reuters, Washington\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.byline, "Reuters, Washington");
  EXPECT_TRUE(a.authors.empty());
}

// ---- Headlines ----

TEST(Metadata, HeadingThatMatchesAnyTitleSource) {
  // og:title is a social title; twitter:title is what the page shows.
  const Article a = Read("<head><meta property=\"og:title\" content=\"The Modern Ambitions Behind Neon\">"
                         "<meta name=\"twitter:title\" content=\"Why Neon Is the Ultimate Symbol of the 20th Century\">"
                         "</head><body><article><h2>Neon</h2><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Why Neon Is the Ultimate Symbol of the 20th Century");
}

TEST(Metadata, ThePagesOwnH1OverASocialTitle) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"13 Ways To Compliment Women\"></head><body>"
                         "<article><header><h1>The Transformative Power Of Feminist Compliments</h1></header>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "The Transformative Power Of Feminist Compliments");
}

TEST(Metadata, AStickyBarRepeatingTheSocialTitleLosesToTheArticleH1) {
  const Article a = Read(
      "<head><meta property=\"og:title\" content=\"Trump Promises Were a Con\"></head><body>"
      "<div class=\"title-bar\"><h1>Trump Promises Were a Con</h1></div><nav><ul><li><a href=\"/\">Home</a></li>"
      "<li><a href=\"/p\">Politics</a></li><li><a href=\"/b\">Business</a></li><li><a href=\"/t\">Tech</a></li>"
      "<li><a href=\"/s\">Sports</a></li><li><a href=\"/c\">Culture</a></li><li><a href=\"/f\">Food</a></li>"
      "<li><a href=\"/l\">Life</a></li><li><a href=\"/x\">More</a></li></ul></nav>"
      "<article><header><h1>Broken Pledge</h1><p class=\"byline\">By Jamelle Bouie</p></header>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Broken Pledge");
  EXPECT_EQ(a.byline, "Jamelle Bouie");
}

TEST(Metadata, SiteLogoH1AndTitlePartsNamingTheSite) {
  const Article a = Read("<head><title>Outside the web: standalone binaries \xC2\xB7 V8</title></head><body>"
                         "<header><h1>V8</h1></header><main><article><h1>Outside the web: standalone binaries</h1>" +
                         std::string(kBody) + "</article></main></body>");
  EXPECT_EQ(a.headline, "Outside the web: standalone binaries");
}

TEST(Metadata, AnH1ThatIsOnePartOfTheTitle) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"Prince and the Revolution \xE2\x80\x93 Purple Rain\">"
                         "</head><body><article><h1>Purple Rain</h1><h2>Prince and the Revolution</h2>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Purple Rain");
}

TEST(Metadata, HeadingsInScriptsWithoutSpaces) {
  // 指紋認証マウスを発売 | サンワサプライ
  const Article a = Read("<head><meta property=\"og:title\" content=\"\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC"
                         "\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82\x92\xE7\x99\xBA\xE5\xA3\xB2 | \xE3\x82\xB5\xE3\x83"
                         "\xB3\xE3\x83\xAF\"></head><body><h1>\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9</h1><article>"
                         "<h1>\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82"
                         "\x92\xE7\x99\xBA\xE5\xA3\xB2</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82"
                        "\x92\xE7\x99\xBA\xE5\xA3\xB2");
}

TEST(Metadata, HeadingPermalinkMarkIsDropped) {
  const Article a = Read("<head><title>Shared Mutable History \xE2\x80\x94 evolve extension</title></head><body>"
                         "<article><h1>Shared Mutable History<a href=\"#h\">\xC2\xB6</a></h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.headline, "Shared Mutable History");
}

TEST(Metadata, ASiteNameThatIsTheWholeTitleIsNoLabel) {
  const Article a = Full("<head><title>Brain On Sad Movies</title><meta name=\"application-name\" "
                         "content=\"Brain On Sad Movies\"></head><body><article><h1>Brain On Sad Movies</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Brain On Sad Movies");
  EXPECT_EQ(a.body.find("Sad Movies"), std::string::npos);
}

// ---- Description ----

TEST(Metadata, ALeadParagraphTheDescriptionRepeatsStaysInTheBody) {
  const Article a = Full("<head><meta name=\"description\" content=\"The council voted on Tuesday to approve the new "
                         "budget, which includes funding for schools, roads and the library, after a debate that lasted "
                         "four hours.\"></head><body><article><h1>Budget passes</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.body.find("The council voted on Tuesday"), 0u);
  EXPECT_TRUE(a.description);
}

}  // namespace
}  // namespace pith
