#include "metadata/linked_data.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

using Names = std::vector<std::string>;

LinkedData Read(std::vector<std::string> scripts) {
  PageFacts facts;
  facts.json_ld = std::move(scripts);
  return ReadLinkedData(facts);
}

TEST(LinkedData, TidyStripsWrappersAndRepairsCommonFaults) {
  EXPECT_EQ(TidyJsonLd("  <![CDATA[ {\"a\": 1} ]]>  "), "{\"a\": 1}");
  EXPECT_EQ(TidyJsonLd("//<![CDATA[\n{\"a\": 1}\n//]]>"), "{\"a\": 1}");
  EXPECT_EQ(TidyJsonLd("<!-- {\"a\": 1}; -->"), "{\"a\": 1}");
  EXPECT_EQ(TidyJsonLd("{\"a\": [1, 2,], }"), "{\"a\": [1, 2] }");
  EXPECT_EQ(TidyJsonLd("{\"a\": \"two\nlines\"}"), "{\"a\": \"two lines\"}");
  // Commas and brackets inside strings are left alone.
  EXPECT_EQ(TidyJsonLd("{\"a\": \"x, ]\"}"), "{\"a\": \"x, ]\"}");
}

TEST(LinkedData, ScriptsOfSeveralValuesAreRecovered) {
  // Objects one after another with a comma between; one closed twice.
  const nlohmann::json list = ParseJsonLd(R"({"@type": "WebSite"}, {"@type": "NewsArticle"})");
  ASSERT_TRUE(list.is_array());
  EXPECT_EQ(list[1]["@type"], "NewsArticle");
  const nlohmann::json closed = ParseJsonLd("{\"@type\": \"NewsArticle\", \"a\": {\"b\": \"}\"}}\n}");
  ASSERT_TRUE(closed.is_object());
  EXPECT_EQ(closed["a"]["b"], "}");
  EXPECT_TRUE(ParseJsonLd("{\"a\": 1} x").is_discarded());
}

TEST(LinkedData, TidyReadsFaultyEscapesAndNumbersLeniently) {
  EXPECT_EQ(TidyJsonLd(R"({"a": "x\ud800y"})"), R"({"a": "x\uFFFDy"})");
  EXPECT_EQ(TidyJsonLd(R"({"a": "x\uDC00y\uD83D"})"), R"({"a": "x\uFFFDy\uFFFD"})");
  EXPECT_EQ(TidyJsonLd(R"({"a": "\ud83d\ude00 \u00e9 \u0041"})"), R"({"a": "\ud83d\ude00 \u00e9 \u0041"})");
  EXPECT_EQ(TidyJsonLd(R"({"a": "x\u0000\u001F\u0085\b\fy\n\u000A\t"})"), R"({"a": "xy\n\u000A\t"})");
  EXPECT_EQ(TidyJsonLd(R"({"a": 1e999, "b": -2.5e-3, "c": [12, -1E+400]})"),
            R"({"a": "1e999", "b": -2.5e-3, "c": [12, "-1E+400"]})");
  // Cut or malformed escapes are left for the parser to judge.
  EXPECT_EQ(TidyJsonLd(R"({"a": "\u12"})"), R"({"a": "\u12"})");
}

TEST(LinkedData, OneFaultyValueDoesNotLoseTheBlock) {
  for (const char* fault : {R"("x\ud800")", "1e999", R"("a\u0000b")"}) {
    const LinkedData ld = Read({std::string(R"({"@type":"NewsArticle","headline":"Budget passes","odd":)") + fault +
                                R"(,"author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2020-01-02"})"});
    EXPECT_EQ(ld.headline, "Budget passes") << fault;
    EXPECT_EQ(ld.authors, Names{"Jane Doe"}) << fault;
    EXPECT_EQ(ld.published, "2020-01-02") << fault;
  }
  const LinkedData ld = Read({R"({"@type":"NewsArticle","headline":"Budget\u0000 passes \ud800today"})"});
  EXPECT_EQ(ld.headline, "Budget passes \xEF\xBF\xBDtoday");
}

TEST(LinkedData, CdataWrappedArticleIsRead) {
  const LinkedData ld = Read({"<![CDATA[{\"@type\":\"NewsArticle\",\"headline\":\"Samantha\","
                              "\"datePublished\":\"2015-10-15T02:19:15.607Z\",\"dateModified\":\"2018-04-22\"}]]>"});
  EXPECT_TRUE(ld.found);
  EXPECT_EQ(ld.headline, "Samantha");
  EXPECT_EQ(ld.published, "2015-10-15T02:19:15.607Z");
  EXPECT_EQ(ld.modified, "2018-04-22");
}

// Some sites escape the script's strings as HTML: the text fields are read
// decoded, the addresses as written.
TEST(LinkedData, TextEscapedAsHtmlIsDecoded) {
  const LinkedData ld = Read({R"({"@type":"NewsArticle","headline":"Roads &amp; bridges get more","author":)"
                              R"({"@type":"Person","name":"Jos&#xE9; Rodr&iacute;guez"},)"
                              R"("url":"https://news.example/a?id=1&copy=2"})"});
  EXPECT_EQ(ld.headline, "Roads & bridges get more");
  EXPECT_EQ(ld.authors, (Names{"Jos\u00E9 Rodr\u00EDguez"}));
  EXPECT_EQ(ld.url, "https://news.example/a?id=1&copy=2");
  const LinkedData tagged = Read({R"({"@type":"NewsArticle","headline":"&lt;b&gt;Breaking:&lt;/b&gt; Roads get more",)"
                                  R"("author":["Jane Doe &lt;jane@example.com&gt;"]})"});
  EXPECT_EQ(tagged.headline, "Breaking: Roads get more");
  EXPECT_EQ(tagged.authors, (Names{"Jane Doe"}));
}

TEST(LinkedData, GraphReferencesAreResolved) {
  // The Yoast shape: the article names its author and publisher by @id,
  // and the page object carries the dates.
  const LinkedData ld = Read({R"({"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"#org","name":"Example News"},
      {"@type":"WebPage","@id":"#page","datePublished":"2020-01-02T03:04:05+00:00","inLanguage":"en-US"},
      {"@type":"Article","@id":"#article","headline":"Budget passes","isPartOf":{"@id":"#page"},
       "author":{"@id":"#person"},"publisher":{"@id":"#org"}},
      {"@type":"Person","@id":"#person","name":"Jane Doe"}]})"});
  EXPECT_EQ(ld.headline, "Budget passes");
  EXPECT_EQ(ld.authors, Names{"Jane Doe"});
  EXPECT_EQ(ld.site_name, "Example News");
  EXPECT_EQ(ld.published, "2020-01-02T03:04:05+00:00");
  EXPECT_EQ(ld.language, "en-US");
}

TEST(LinkedData, ThePageObjectGivesTheTimeOfTheArticlesDay) {
  const LinkedData ld = Read({R"({"@graph":[{"@type":"WebPage","datePublished":"2018-09-15T10:15:48+02:00",
      "dateModified":"2018-09-16T10:22:22+02:00"}]})",
                              R"({"@type":"Article","headline":"H","datePublished":"2018-09-15","dateModified":"2018-09-17"})"});
  EXPECT_EQ(ld.published, "2018-09-15T10:15:48+02:00");
  EXPECT_EQ(ld.modified, "2018-09-17");
}

TEST(LinkedData, AuthorShapes) {
  const LinkedData ld = Read({R"({"@type":"BlogPosting","headline":"H","author":[
      {"@type":"Person","name":"Jane Doe"},"John Roe",{"@type":"Person","givenName":"Ann","familyName":"Lee"},
      {"@type":"Organization","name":"Reuters"},{"@type":"Person","name":"https://example.com/who"}]})"});
  EXPECT_EQ(ld.authors, (Names{"Jane Doe", "John Roe", "Ann Lee"}));
  EXPECT_EQ(ld.organization_authors, Names{"Reuters"});
}

TEST(LinkedData, TheArticleOutranksTeasersInLists) {
  // A list of related articles first, then the page's own article.
  const LinkedData ld = Read({R"({"@type":"ItemList","itemListElement":[
      {"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Other story",
       "datePublished":"2019-01-01","author":"Someone Else"}}]})",
                              R"([{"@type":"BreadcrumbList","itemListElement":[]},
      {"@type":"NewsArticle","headline":"This story","datePublished":"2020-07-10T14:15:42+00:00",
       "author":{"@type":"Person","name":"Jane Doe"}}])"});
  EXPECT_EQ(ld.headline, "This story");
  EXPECT_EQ(ld.published, "2020-07-10T14:15:42+00:00");
  EXPECT_EQ(ld.authors, Names{"Jane Doe"});
}

TEST(LinkedData, TypeListsAndPrefixedTypes) {
  const LinkedData ld = Read({R"({"@type":["CreativeWork","schema:ReportageNewsArticle"],"headline":"H",
      "datePublished":"2020-01-02"})"});
  EXPECT_TRUE(ld.found);
  EXPECT_EQ(ld.published, "2020-01-02");
}

TEST(LinkedData, MalformedScriptsAreSkipped) {
  const LinkedData ld = Read({"{\"@type\": \"NewsArticle\", ", "not json at all",
                              "{\"@type\":\"NewsArticle\",\"headline\":42,\"author\":{\"name\":[\"A B\"]}}"});
  EXPECT_EQ(ld.headline, "42");
  EXPECT_EQ(ld.authors, Names{"A B"});
}

}  // namespace
}  // namespace pith
