#include "metadata/topics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/test_pages.h"
#include "metadata/thresholds.h"

namespace pith {
namespace {

using Tags = std::vector<std::string>;

std::string Page(const std::string& head, const std::string& after_body = "") {
  return "<html><head>" + head + "</head><body><article><h1>Council passes the city budget</h1>" +
         std::string(kBody) + after_body + "</article></body></html>";
}

std::string JsonLd(const std::string& members) {
  return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council passes the city "
         "budget\"," + members + "}</script>";
}

TEST(Topics, DecodesTheReferencesAPageEscapedTwice) {
  EXPECT_EQ(DecodeCharacterReferences("Food &amp; Drink"), "Food & Drink");
  EXPECT_EQ(DecodeCharacterReferences("editor&#39;s picks &#x263A;"), "editor's picks \u263A");
  EXPECT_EQ(DecodeCharacterReferences("&quot, water"), "\", water");  // read without its semicolon
  // Accented letters and typographic marks, with their semicolon.
  EXPECT_EQ(DecodeCharacterReferences("Rodr&iacute;guez &Uuml;ber Fran&ccedil;ois Stra&szlig;e"),
            "Rodr\u00EDguez \u00DCber Fran\u00E7ois Stra\u00DFe");
  EXPECT_EQ(DecodeCharacterReferences("It&rsquo;s here &ndash; now"), "It\u2019s here \u2013 now");
  // Not references: left as written.
  EXPECT_EQ(DecodeCharacterReferences("R&D &ampere &unknown; &#xD800; &#; &"), "R&D &ampere &unknown; &#xD800; &#; &");
  EXPECT_EQ(DecodeCharacterReferences("&qacute; &iacute &1acute;"), "&qacute; &iacute &1acute;");
}

TEST(Topics, SplitsKeywordListsAtCommasAndSemicolons) {
  EXPECT_EQ(SplitTagList(" a, b ;c,, \xEF\xBC\x8C d\xE3\x80\x81" "e "), (Tags{"a", "b", "c", "d", "e"}));
  // Decoded before splitting: the reference's semicolon is no separator.
  EXPECT_EQ(SplitTagList("titan, &quot; water"), (Tags{"titan", "\" water"}));
  EXPECT_EQ(CleanTag("\" water"), "water");
  EXPECT_TRUE(SplitTagList(" , ; ").empty());
}

TEST(Topics, CleanTagDropsAnalyticsMarkersIdsAndAddresses) {
  EXPECT_EQ(CleanTag("  Climate   change "), "Climate change");
  EXPECT_EQ(CleanTag("\"Brexit\""), "Brexit");
  EXPECT_EQ(CleanTag("#MeToo"), "MeToo");
  EXPECT_EQ(CleanTag("Colleges &amp; Universities"), "Colleges & Universities");
  for (const char* marker :
       {"", "  ", "@river", "/article", "_syndication_noshow", "channel_other", "SU|tires", "Category: Phones",
        "content-type: How-to & Service", "NLP Category: General", "cce15240-c52a-4887-a61a-cd64701d6596", "1913719",
        "2016", "theprovince.com", "https://example.com/tag/x", "www.example.com",
        "Boxen Russland Frank Warren Wladimir Klitschko Tyson Fury Anthony Joshua Lennox Lewis"}) {
    EXPECT_FALSE(CleanTag(marker)) << marker;
  }
  // A colon after a longer phrase is part of a name.
  EXPECT_EQ(CleanTag("The Lord of the Rings: Gollum"), "The Lord of the Rings: Gollum");
}

TEST(Topics, CleanSectionKeepsNamesAndDropsPlaceholdersAndPaths) {
  EXPECT_EQ(CleanSection(" Food &amp; Drink "), "Food & Drink");
  EXPECT_EQ(CleanSection("정치"), "정치");
  for (const char* bad : {"", "Uncategorized", "non classé", "Articles", "posts", "/world/middle_east", "news_news",
                          "http://www.nytimes.com/pages/business/index.html", "2019",
                          "Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata, pronti a lavorare insieme»"}) {
    EXPECT_FALSE(CleanSection(bad)) << bad;
  }
}

TEST(Topics, AddTagsDeduplicatesIgnoringCaseAndKeepsTheFirstSpelling) {
  Tags tags = {"Brexit"};
  AddTags({"brexit", "Climate Change", "CLIMATE CHANGE", "@river", "Energy"}, tags);
  EXPECT_EQ(tags, (Tags{"Brexit", "Climate Change", "Energy"}));
  Tags many;
  std::vector<std::string> raw;
  for (int i = 0; i < 50; ++i) raw.push_back("tag " + std::to_string(i));
  AddTags(raw, many);
  EXPECT_EQ(many.size(), thresholds::topics::kMaxTags);
}

TEST(Topics, ArticleTagMetasAndArticleSection) {
  const Article a = Read(Page("<meta property=\"article:section\" content=\"Politics\">"
                              "<meta property=\"article:tag\" content=\"Budget\">"
                              "<meta property=\"article:tag\" content=\"Trump, Donald J\">"
                              "<meta property=\"article:tag\" content=\"budget\">"
                              "<meta name=\"keywords\" content=\"news, city, council\">" +
                              JsonLd("\"articleSection\":\"Local\",\"keywords\":[\"Schools\"]")));
  EXPECT_EQ(a.section, "Politics");
  // Each meta one tag (a name may hold a comma); the other sources unread.
  EXPECT_EQ(a.tags, (Tags{"Budget", "Trump, Donald J"}));
}

TEST(Topics, OneArticleTagMetaWithCommasIsAList) {
  const Article a = Read(Page("<meta property=\"article:tag\" content=\"Oceans,New Zealand,Whales\">"));
  EXPECT_EQ(a.tags, (Tags{"Oceans", "New Zealand", "Whales"}));
}

TEST(Topics, JsonLdKeywordsAsAListOrAStringAndArticleSectionAsAList) {
  Article a = Read(Page(JsonLd("\"articleSection\":[\"World\",\"Europe\"],\"keywords\":[\"EU\",\"Trade\"]") +
                        "<meta name=\"news_keywords\" content=\"other, words\">"));
  EXPECT_EQ(a.section, "World");
  EXPECT_EQ(a.tags, (Tags{"EU", "Trade"}));
  a = Read(Page(JsonLd("\"keywords\":\"EU; Trade, Tariffs\"")));
  EXPECT_EQ(a.tags, (Tags{"EU", "Trade", "Tariffs"}));
  // Only markers: the next source speaks.
  a = Read(Page(JsonLd("\"keywords\":[\"locale: US\",\"@river\"]") +
                "<meta name=\"news_keywords\" content=\"budget, schools\">"));
  EXPECT_EQ(a.tags, (Tags{"budget", "schools"}));
}

TEST(Topics, SectionFallsBackToParselyThenNothing) {
  EXPECT_EQ(Read(Page("<meta name=\"parsely-section\" content=\"Business\">")).section, "Business");
  EXPECT_EQ(Read(Page("<meta property=\"article:section\" content=\"Uncategorized\">"
                      "<meta property=\"og:section\" content=\"World\">")).section, "World");
  EXPECT_FALSE(Read(Page("")).section);
  EXPECT_TRUE(Read(Page("")).tags.empty());
}

TEST(Topics, AnalyticsTagsOnlyWhenEveryItemIsAName) {
  EXPECT_EQ(Read(Page("<meta name=\"parsely-tags\" content=\"Air Force,White House\">")).tags,
            (Tags{"Air Force", "White House"}));
  EXPECT_TRUE(Read(Page("<meta name=\"sailthru.tags\" content=\"policy,front-page,net-neutrality\">")).tags.empty());
  EXPECT_TRUE(Read(Page("<meta name=\"parsely-tags\" content=\"Category: Phones,Mwc 2017\">")).tags.empty());
}

TEST(Topics, GenericKeywordsOnlyWhenTheyNameWhatTheHeadlineNames) {
  // A site-wide word list: nothing of it in the headline.
  EXPECT_TRUE(Read(Page("<meta name=\"keywords\" content=\"news, sport, weather\">")).tags.empty());
  EXPECT_EQ(Read(Page("<meta name=\"keywords\" content=\"city budget, council, taxes\">")).tags,
            (Tags{"city budget", "council", "taxes"}));
}

TEST(Topics, ATagLineUnderTheTextGivesItsLinks) {
  const std::string line =
      "<p>Tags: <a href=\"/t/budget\">Budget</a>, <a href=\"/t/council\">City council</a></p>";
  EXPECT_EQ(Full(Page("", line)).tags, (Tags{"Budget", "City council"}));
  // Without links: the words after the colon.
  EXPECT_EQ(Full(Page("", "<p>Tags: budget, council</p>")).tags, (Tags{"budget", "council"}));
  // The page's metas come first.
  EXPECT_EQ(Full(Page("<meta property=\"article:tag\" content=\"Finance\">", line)).tags, (Tags{"Finance"}));
}

TEST(Topics, ATagBoxGivesItsLinksButNotItsLabelOrAShareBar) {
  const std::string box = "<div class=\"post-tags\"><h4><a href=\"/tags\">Tags</a></h4><ul>"
                          "<li><a href=\"/t/budget\">Budget</a></li><li><a href=\"/t/roads\">Roads</a></li></ul></div>";
  EXPECT_EQ(Full(Page("", box)).tags, (Tags{"Budget", "Roads"}));
  const std::string share = "<div class=\"tags-share-box\"><div class=\"post-share\"><a href=\"/s/f\">Facebook</a> "
                            "<a href=\"/s/t\">Twitter</a></div></div>";
  EXPECT_TRUE(Full(Page("", share)).tags.empty());
}

TEST(Topics, APhotoEssaysTagBoxBesideItsColumnCounts) {
  // The essay's text is its captions, levels deeper in their slides than
  // the column's intro: the box is beside the intro.
  std::string slides;
  for (const char* place : {"the old mill", "the harbour wall", "the chapel roof", "the station clock"}) {
    slides += "<figure class=\"slide\"><img src=\"a.jpg\"><figcaption class=\"slide-caption\"><p>The light falls on " +
              std::string(place) + " at dawn, and the photographer waited three mornings in the cold for the mist "
              "to lift before taking this picture.</p></figcaption></figure>";
  }
  const std::string page =
      "<html><body><div class=\"river\"><article><h1>A town at first light</h1>"
      "<p>Four mornings in a small town, seen before anyone else is awake.</p><div class=\"slides\">" + slides + "</div></article><div class=\"post-tags\"><a href=\"/t/towns\">Towns</a> "
      "<a href=\"/t/photography\">Photography</a></div></div></body></html>";
  EXPECT_EQ(Extract(page, Options{}).article.tags, (Tags{"Towns", "Photography"}));
}

TEST(Topics, ATextCopysTagsLine) {
  Options options;
  options.input = InputFormat::kText;
  const std::string text =
      "Council passes the city budget\n\nBy Jane Doe\n\n"
      "The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and the "
      "library, after a debate that lasted four hours.\n\n"
      "Supporters said the plan was overdue, while critics argued that it would raise taxes, cut services and leave "
      "the city with less money.\n\nTags: budget, city council\n";
  const Result r = Extract(text, options);
  EXPECT_EQ(r.article.tags, (Tags{"budget", "city council"}));
  EXPECT_EQ(r.article.body.find("Tags:"), std::string::npos);
}

}  // namespace
}  // namespace pith
