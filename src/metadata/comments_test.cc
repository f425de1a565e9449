#include "metadata/comments.h"

#include <gtest/gtest.h>

#include "pith/pith.h"

namespace pith {
namespace {

TEST(CommenterName, WithoutSaysNumberDateOrBy) {
  EXPECT_EQ(CommenterName("joetoronto says:"), "joetoronto");
  EXPECT_EQ(CommenterName("10. 6ringsandarapist says:"), "6ringsandarapist");
  EXPECT_EQ(CommenterName("Modern Wife sagt:"), "Modern Wife");
  EXPECT_EQ(CommenterName("Paul Harper | August 27, 2015"), "Paul Harper");
  EXPECT_EQ(CommenterName("Submitted by Jane Roe on 3 May 2019 at 9:00"), "Jane Roe");
  EXPECT_EQ(CommenterName("John Scalzi\nDecember 18, 2025, 9:46 pm"), "John Scalzi");
  EXPECT_EQ(CommenterName("  "), std::nullopt);
  EXPECT_EQ(CommenterName("This is a whole sentence and not anybody's name at all"), std::nullopt);
}

TEST(LinkedDataComments, CommentsAndRepliesInOrder) {
  PageFacts facts;
  facts.json_ld.push_back(R"({"@type": "NewsArticle", "headline": "H", "comment": [
    {"@type": "Comment", "author": {"@type": "Person", "name": "Ann Lee"}, "dateCreated": "2020-05-01T10:00:00Z",
     "text": "First.", "comment": {"@type": "Comment", "author": "Bo", "text": "A reply."}},
    {"@type": "Comment", "text": ""},
    {"@type": "Comment", "author": "Cy", "datePublished": "2020-05-02", "text": "Second."}]})");
  facts.json_ld.push_back("{\"comment\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");
  const std::vector<Comment> c = LinkedDataComments(facts);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].author, "Ann Lee");
  EXPECT_EQ(c[0].date, "2020-05-01T10:00:00Z");
  EXPECT_EQ(c[0].text, "First.");
  EXPECT_EQ(c[1].author, "Bo");
  EXPECT_EQ(c[1].date, std::nullopt);
  EXPECT_EQ(c[1].text, "A reply.");
  EXPECT_EQ(c[2].author, "Cy");
  EXPECT_EQ(c[2].date, "2020-05-02");
}

const char kArticle[] =
    "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>"
    "<div class=\"entry-content\"><p>The council voted on Tuesday to approve the new budget, which includes funding "
    "for schools, roads and the library, after a debate that lasted four hours.</p><p>Supporters said the plan was "
    "overdue, while critics argued that it would raise taxes, cut services and leave the city with less money.</p>"
    "<p>The mayor, who proposed the budget in March, said she expected the first projects to begin in the autumn, "
    "once contracts had been signed.</p></div></article>";

TEST(ReadComments, JsonLdWhenTheMarkupHasNone) {
  const std::string page = std::string(kArticle) +
                           "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"comment\": "
                           "{\"@type\": \"Comment\", \"author\": \"Ann\", \"text\": \"Well said.\"}}</script>"
                           "</body></html>";
  Options options;
  options.comments = true;
  const Result r = Extract(page, options);
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.article.comments.size(), 1u);
  EXPECT_EQ(r.article.comments[0].author, "Ann");
  EXPECT_EQ(r.article.comments[0].text, "Well said.");
  EXPECT_TRUE(Extract(page).article.comments.empty());
}

TEST(ReadComments, NestedTextElementIsTheText) {
  // Substack: "comment-content" holds the name, the date and the
  // "comment-body"; only the inner one is the text.
  const std::string page =
      std::string(kArticle) +
      "<div class=\"comments-page\"><div class=\"comment\"><div class=\"comment-content\">"
      "<div class=\"pc-row\"><a href=\"/u\">May Puckey</a></div><div class=\"pc-row\">Jun 2, 2025</div>"
      "<div class=\"comment-body\"><p>A really interesting article, thank you!</p></div>"
      "<div class=\"comment-actions\"><a href=\"#\">Reply</a></div><p>Expand full comment</p></div></div></div>"
      "</body></html>";
  Options options;
  options.comments = true;
  const Result r = Extract(page, options);
  ASSERT_EQ(r.article.comments.size(), 1u);
  EXPECT_EQ(r.article.comments[0].author, "May Puckey");
  EXPECT_EQ(r.article.comments[0].date, "2025-06-02");
  EXPECT_EQ(r.article.comments[0].text, "A really interesting article, thank you!");
}

}  // namespace
}  // namespace pith
