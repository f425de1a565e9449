#include "clean/comment_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/html_parse.h"
#include "parse/text_parse.h"

namespace pith {
namespace {

const char kProse[] = "The council voted on Tuesday to approve the new budget, which includes funding for schools, "
                      "roads and the library, after a debate that lasted four hours and ended late.";

// Each block's text and verdict: "text | role | reason".
std::vector<std::string> Verdicts(Document d) {
  MarkElements(d);
  const Selection sel = FindArticle(d);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    const char* role = sel.verdicts[i].role == Role::kComment ? "comment"
                       : sel.verdicts[i].role == Role::kBody  ? "body"
                                                              : "other";
    out.push_back(d.blocks[i].text + " | " + role + " | " + sel.verdicts[i].reason);
  }
  return out;
}

std::string Page(const std::string& after) {
  std::string article = "<article><h1>Budget approved</h1><div class=\"entry-content\">";
  for (int i = 0; i < 4; ++i) article += std::string("<p>") + kProse + "</p>";
  return "<html><body>" + article + "</div></article>" + after + "</body></html>";
}

TEST(MarkHtmlComments, WordPressThreadPartByPart) {
  const auto v = Verdicts(ParseHtml(Page(
      "<div id=\"comments\" class=\"comments-area\"><h2>2 thoughts</h2><ol class=\"comment-list\">"
      "<li id=\"comment-1\" class=\"comment\"><article id=\"div-comment-1\" class=\"comment-body\">"
      "<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">Ann</b> says:</div>"
      "<div class=\"comment-metadata\"><time datetime=\"2020-01-02T10:00:00Z\">January 2, 2020 at 10:00 am</time>"
      "</div></footer><div class=\"comment-content\"><p>Good news for the library.</p></div>"
      "<div class=\"reply\"><a href=\"#r\">Reply</a></div></article></li></ol></div>")));
  ASSERT_EQ(v.size(), 10u);
  EXPECT_EQ(v[5], "2 thoughts | comment | comment: heading of the comments");
  EXPECT_EQ(v[6], "Ann says: | comment | comment: the commenter's name");
  EXPECT_EQ(v[7], "January 2, 2020 at 10:00 am | comment | comment: its date");
  EXPECT_EQ(v[8], "Good news for the library. | comment | comment: its text");
  EXPECT_EQ(v[9], "Reply | comment | comment: reply or like button, header or form");
  EXPECT_NE(v[1].find("| body |"), std::string::npos) << v[1];
}

TEST(MarkHtmlComments, NotCommentary) {
  // An opinion column is no comment section, nor is a comment system's
  // dialog a comment.
  const auto v = Verdicts(ParseHtml(Page(
      "<div class=\"commentary-rail\"><p>More opinion from our columnists.</p></div>"
      "<div class=\"comments\"><div class=\"modal-content comment\"><div class=\"comment-body\">"
      "<p>Your comment was not saved.</p></div></div></div>")));
  EXPECT_NE(v[5].find("| other |"), std::string::npos) << v[5];
  EXPECT_EQ(v[6], "Your comment was not saved. | comment | comment: in the comment section");
}

// A comment of no comment markup: a name and a time over its text.
std::string Comment(const std::string& name, const std::string& when) {
  return "<div><div><b>" + name + "</b> <span>" + when + "</span></div><p>" + kProse + "</p><a href=\"#\">Reply</a></div>";
}

TEST(HtmlCommentThreads, NamesAndTimesOverTextUnderACommentsHeading) {
  const std::string thread = "<h3>Kommentare (3)</h3>" + Comment("Katrin M.", "14.06.2024, 15:12 Uhr") +
                             Comment("Holger Brandt", "vor 2 Stunden") + Comment("anwohnerin_lw", "15.06.2024, 08:03");
  const auto v = Verdicts(ParseHtml("<html><body><article><h1>Spielplatz</h1><div class=\"text\"><p>" +
                                    std::string(kProse) + "</p></div>" + thread + "</article></body></html>"));
  ASSERT_EQ(v.size(), 12u);
  EXPECT_NE(v[1].find("| body |"), std::string::npos) << v[1];
  EXPECT_EQ(v[2], "Kommentare (3) | comment | comment: heading of the comments");
  EXPECT_EQ(v[3], "Katrin M. 14.06.2024, 15:12 Uhr | comment | comment: the commenter's name");
  EXPECT_NE(v[4].find("| comment | comment: its text"), std::string::npos) << v[4];
  for (std::size_t i = 2; i < v.size(); ++i) EXPECT_NE(v[i].find("| comment |"), std::string::npos) << v[i];
}

TEST(HtmlCommentThreads, TwoDatedEntriesOrNoCommentsHeadingAreNoThread) {
  // Two: a dated exchange in the article. Under another heading: a live
  // blog's updates or a diary's days.
  const std::string two = "<h3>Kommentare (2)</h3>" + Comment("Katrin M.", "14.06.2024") + Comment("Holger", "15.06.2024");
  const std::string days = "<h3>Updates</h3>" + Comment("Katrin M.", "14.06.2024") + Comment("Holger", "15.06.2024") +
                           Comment("Ines", "16.06.2024");
  for (const std::string& after : {two, days}) {
    const Document d = ParseHtml("<html><body><article><h1>Spielplatz</h1>" + after + "</article></body></html>");
    std::vector<BlockStats> stats;
    for (const Block& b : d.blocks) stats.push_back(MeasureBlock(b));
    for (const char* reason : HtmlCommentThreads(d, stats)) EXPECT_EQ(reason, nullptr) << after;
  }
}

// Headings each over a header but no comment text make no thread; their
// speed in numbers is bench/hostile's "comment-headings" shape.
TEST(HtmlCommentThreads, HeadingsOverHeadersWithoutTextMakeNoThread) {
  std::string page = "<html><body><article><h1>Spielplatz</h1><div>";
  for (int i = 0; i < 50; ++i) page += "<h3>Kommentare</h3><p>Katrin M. vor 2 Stunden</p>";
  const Document d = ParseHtml(page + "</div></article></body></html>");
  std::vector<BlockStats> stats;
  for (const Block& b : d.blocks) stats.push_back(MeasureBlock(b));
  for (const char* reason : HtmlCommentThreads(d, stats)) EXPECT_EQ(reason, nullptr);
}

TEST(CommentItems, InnermostCommentOfEachElement) {
  Document d = ParseHtml(
      "<html><body><ol class=\"commentlist\"><li class=\"comment\" id=\"li-comment-1\"><p>a</p>"
      "<ul class=\"children\"><li class=\"comment\" id=\"li-comment-2\"><p>b</p></li></ul></li></ol></body></html>");
  MarkElements(d);
  const std::vector<std::int32_t> items = CommentItems(d);
  ASSERT_EQ(d.blocks.size(), 2u);
  const std::int32_t first = items[static_cast<std::size_t>(d.blocks[0].element)];
  const std::int32_t second = items[static_cast<std::size_t>(d.blocks[1].element)];
  EXPECT_GE(first, 0);
  EXPECT_GE(second, 0);
  EXPECT_NE(first, second);
  EXPECT_TRUE(d.Contains(first, second));
}

std::string TextPage(const std::string& after) {
  return "Budget approved\n\n" + std::string(kProse) +
         "\n\nSupporters said the plan was overdue, while critics argued that it would raise taxes, cut services "
         "and leave the city with less money for emergencies.\n\nThe mayor, who proposed the budget in March, said "
         "she expected the first projects to begin in the autumn, once contracts had been signed.\n\nThe library "
         "will get a new roof and longer opening hours on Saturdays, the finance committee said in its report.\n\n" +
         after;
}

TEST(MarkTextComments, NameDateTextUntilTheNextSection) {
  const auto v = Verdicts(ParseText(TextPage(
      "3 Comments\n\njoetoronto says:\nNovember 19, 2019 at 6:44 am\nIt is time to come to grips with reality.\n"
      "Reply\n\nRelated articles\nCouncil delays the pool again\n")));
  ASSERT_EQ(v.size(), 12u);
  EXPECT_EQ(v[5], "3 Comments | comment | comment: heading of the comments");
  EXPECT_EQ(v[6], "joetoronto says: | comment | comment: the commenter's name");
  EXPECT_EQ(v[7], "November 19, 2019 at 6:44 am | comment | comment: its date");
  EXPECT_EQ(v[8], "It is time to come to grips with reality. | comment | comment: its text");
  EXPECT_EQ(v[9], "Reply | comment | comment: reply or like button, header or form");
  EXPECT_NE(v[10].find("| other |"), std::string::npos) << v[10];
  EXPECT_NE(v[11].find("| other |"), std::string::npos) << v[11];
}

TEST(MarkTextComments, NoHeadingNoComments) {
  // "Reply" and a name line without a comments heading stay dropped.
  const auto v = Verdicts(ParseText(TextPage("joetoronto says:\nNice.\nReply\n")));
  for (const std::string& line : v) EXPECT_EQ(line.find("| comment |"), std::string::npos) << line;
}

TEST(MarkTextComments, NamesOverDatesMakeAThreadWithoutAKnownHeading) {
  // The run reads the thread as prose; its names over dates take it out,
  // with the short line above as its heading.
  const auto v = Verdicts(ParseText(TextPage(
      "12 Reader Notes\n\njoetoronto says:\nNovember 19, 2019 at 6:44 am\n"
      "It is time to come to grips with reality, and the council should have said so a long time ago.\nReply\n\n"
      "citizen42 says:\nNovember 19, 2019 at 7:02 am\n"
      "I agree with the mayor on the roof, but the longer opening hours will cost more than the report says.\n")));
  ASSERT_EQ(v.size(), 13u);
  EXPECT_EQ(v[5], "12 Reader Notes | comment | comment: heading of the comments");
  EXPECT_EQ(v[6], "joetoronto says: | comment | comment: the commenter's name");
  EXPECT_EQ(v[7], "November 19, 2019 at 6:44 am | comment | comment: its date");
  EXPECT_NE(v[8].find("| comment | comment: its text"), std::string::npos) << v[8];
  EXPECT_EQ(v[11], "November 19, 2019 at 7:02 am | comment | comment: its date");
  EXPECT_NE(v[12].find("| comment | comment: its text"), std::string::npos) << v[12];
  EXPECT_NE(v[4].find("| body |"), std::string::npos) << v[4];
}

TEST(MarkTextComments, QuotesWithoutDatesAreNoThread) {
  // "wrote:" lines an author quotes and answers in the article.
  const auto v = Verdicts(ParseText(TextPage(
      "Makali wrote:\nSkins are a bad idea and always were, whatever the designers say about them.\n\n"
      "Others wrote:\nYou should not even bother building the interface into the player.\n")));
  for (const std::string& line : v) EXPECT_EQ(line.find("| comment |"), std::string::npos) << line;
}

}  // namespace
}  // namespace pith
