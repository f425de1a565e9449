#include "metadata/published_date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/test_pages.h"

namespace pith {
namespace {

const std::string kMore =
    "<p>Officials said the vote came after months of negotiation between the council and the mayor, who had "
    "threatened to veto any plan that raised property taxes by more than two percent.</p>";

// A date inside a box of what others wrote (a shop's customer review, a
// forum post's author panel) does not date the page; a date line in a
// header's chrome box (a share bar) still does.
TEST(PublishedDate, AReviewsOrAuthorPanelsDateIsNotThePages) {
  Article a = Read(std::string("<body><main><h1>Budget passes</h1>") + kBody +
                   "<div class=\"customer-reviews\"><h3>Great</h3><div class=\"review\">Heike on 04.05.2024</div>"
                   "<p>Works well.</p></div></main></body>");
  EXPECT_EQ(a.date, std::nullopt);
  a = Read(std::string("<body><main><h1>Budget passes</h1><section class=\"message-user\"><h4>Krume</h4>"
                       "<dl><dt>Joined</dt><dd>January 2, 2024</dd></dl></section>") +
           kBody + "</main></body>");
  EXPECT_EQ(a.date, std::nullopt);
  a = Read(std::string("<body><article><h1>Budget passes</h1><div class=\"social-share\"><h5>23.01.2019</h5></div>") +
           kBody + "</article></body>");
  EXPECT_EQ(a.date, "2019-01-23");
}

// Each later post of a thread repeats the date line's box ("von Name »
// date" under a phpBB post's subject): those leave the body, and so does a
// reply's "Re: <title>" subject; a sentence with a date stays.
TEST(PublishedDate, PostHeadLinesInTheDateLinesShapeLeaveTheBody) {
  const std::string post =
      "<div class=\"post\"><h3>Re: Chain skips on the last cog</h3><p class=\"author\">von Ben &raquo; Mo 4. "
      "M\u00e4rz 2024, 19:40</p><div class=\"content\"><p>A new chain on a worn cassette skips on the smallest "
      "cog almost every time, so measure the teeth before you buy anything else for the bike.</p><p>On 5 March "
      "2024 I had the same trouble.</p></div></div>";
  const Article a = Full(std::string("<body><main><h1>Chain skips on the last cog</h1><div class=\"post\">"
                                     "<p class=\"author\">von Anna &raquo; Mo 4. M\u00e4rz 2024, 18:12</p>"
                                     "<div class=\"content\">") +
                         kBody + "</div></div>" + post + "</main></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 10), "2024-03-04");
  EXPECT_EQ(a.body.find("von Ben"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Re: Chain"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("A new chain"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("On 5 March 2024"), std::string::npos) << a.body;
}

// A page dated nowhere else is dated by the folders its lead picture is
// filed under; a file name's day, a post slug's number or a teaser's
// picture further down date nothing, and a date line wins.
TEST(PublishedDate, LeadPicturesFiledDayIsTheLastResort) {
  const auto with_picture = [](const std::string& src, const std::string& after = "") {
    return Read("<body><main><article><h1>Budget passes</h1><figure><img src=\"" + src +
                "\"><figcaption>The hall</figcaption></figure>" + after + kBody + kMore + "</article></main></body>");
  };
  EXPECT_EQ(with_picture("/media/2020/10/26/1361729/thumbs/873x400.jpg").date, "2020-10-26");
  EXPECT_EQ(with_picture("https://cdn.example.com/uploads/images/2020/12/01/w600/9.jpg?x=1").date, "2020-12-01");
  EXPECT_EQ(with_picture("/imgs/2024-03-12-illustration.png").date, std::nullopt);
  EXPECT_EQ(with_picture("/wp-content/uploads/2020/05/7-10-of-the-best.jpg").date, std::nullopt);
  // The site's own pictures carry the day they were put up, not the story's.
  EXPECT_EQ(with_picture("/uploads/2017/03/15/logo.png").date, std::nullopt);
  EXPECT_EQ(with_picture("/media/2016/01/01/avatar-jane.jpg").date, std::nullopt);
  EXPECT_EQ(with_picture("/uploads/2018/06/12/Default_Share.png").date, std::nullopt);
  EXPECT_EQ(with_picture("/media/2020/10/26/logos-of-the-bidders.jpg").date, "2020-10-26");
  EXPECT_EQ(with_picture("/media/2020/10/26/1/a.jpg", "<p class=\"date\">Published 28 October 2020</p>").date,
            "2020-10-28");
  const Article teaser = Read(std::string("<body><main><article><h1>Budget passes</h1>") + kBody + kMore +
                              "</article><aside><h3>More</h3><p>x</p><p>y</p><p>z</p><p>w</p>"
                              "<img src=\"/media/2019/01/02/9/teaser.jpg\"><p>Another story</p></aside></main></body>");
  EXPECT_EQ(teaser.date, std::nullopt);
}

TEST(PublishedDate, UrlPathDateIsTheLastResort) {
  Options options;
  options.url = "https://example.com/news/2016/02/22/budget-passes";
  const Article a = Read(std::string("<body>") + kBody + "</body>", options);
  EXPECT_EQ(a.date, "2016-02-22");
  EXPECT_EQ(a.url, options.url);
}

TEST(PublishedDate, AChineseInfoLineOfLabelledFields) {
  const std::string head = "<body><article><h1>\u6e56\u7554\u516c\u56ed\u65b0\u589e\u591c\u8dd1\u6b65\u9053</h1><div>";
  const std::string tail = std::string("</div>") + kBody + "</article></body>";
  // The date covers little of the line; the rest is "label：value" fields.
  EXPECT_EQ(Read(head + "2024-04-18 09:20\u3000\u6765\u6e90\uff1a\u4f8b\u57ce\u65e5\u62a5\u3000\u4f5c\u8005\uff1a"
                        "\u9648\u9759\u8fdc\u3000\u7f16\u8f91\uff1a\u6797\u5c0f\u534e" + tail)
                .date.value_or(""),
            "2024-04-18T09:20:00");
}

TEST(PublishedDate, AKoreanApprovedLabel) {
  // A Korean local paper's CMS labels the time it put the story online
  // "승인" (approved), glued to the reporter's address before it.
  const std::string page = std::string("<body><article><h1>\uC790\uC804\uAC70 \uB3C4\uB85C</h1><div><span>"
                                       "\uBC15\uC900\uD638 \uAE30\uC790 junho@example.co.kr</span><span>"
                                       "\uC2B9\uC778 2023.08.02 17:40</span></div>") +
                           kBody + "</article></body>";
  EXPECT_EQ(Read(page).date.value_or("").substr(0, 16), "2023-08-02T17:40");
}

TEST(PublishedDate, AnObituarysFirstSentenceIsNoDateLine) {
  // The day of death is the event's; the posted day under it dates the page.
  const Article a = Read(std::string("<body><article><h1>Walter Brandt</h1><p>Walter Brandt, 79, of Pine Ridge, died "
                                     "May 6, 2024.</p><p>Published May 10, 2024</p>") +
                         kBody + "</article></body>");
  EXPECT_EQ(a.date.value_or(""), "2024-05-10");
}

TEST(PublishedDate, AKoreanDateInAButtonThatOpensTheUpdate) {
  // The day is printed only in a button beside the headline, the update in
  // its popover: the label between the dates is the later one's.
  const std::string head = "<body><article><h1>\uC2DC\uC758\uD68C \uAD50\uD1B5 \uACC4\uD68D</h1>";
  const std::string dates = "\uC785\uB825 2024.03.12 14:30 <span>\uC218\uC815 2024.03.13 09:00</span>";
  Article a = Read(head + "<div><button type=\"button\">" + dates + "</button></div>" + kBody + "</article></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 16), "2024-03-12T14:30");
  EXPECT_EQ(a.modified.value_or("").substr(0, 16), "2024-03-13T09:00");
  a = Read(head + "<div>" + dates + "</div>" + kBody + "</article></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 16), "2024-03-12T14:30");
  EXPECT_EQ(a.modified.value_or("").substr(0, 16), "2024-03-13T09:00");
  // A button far below the headline, or one with the update alone, dates nothing.
  a = Read(head + kBody + kMore + kMore + kMore + "<button>2024.03.12 14:30</button></article></body>");
  EXPECT_EQ(a.date, std::nullopt);
  a = Read(head + "<button>\uC218\uC815 2024.03.13 09:00</button>" + kBody + "</article></body>");
  EXPECT_EQ(a.date, std::nullopt);  // A popover that prints the update first dates the page by the other.
  a = Read(head + "<button>\uC218\uC815 2024.03.13 09:00 \uC785\uB825 2024.03.12 14:30</button>" + kBody +
           "</article></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 16), "2024-03-12T14:30");
  EXPECT_EQ(a.modified.value_or("").substr(0, 16), "2024-03-13T09:00");
}

TEST(PublishedDate, TheAmpAddressCarriesTheDay) {
  const std::string body = "<body>" + std::string(kBody) + "</body>";
  EXPECT_EQ(Read("<head><link rel=\"amphtml\" href=\"https://example.com/amp/2016/02/22/budget\"></head>" + body)
                .date.value_or(""),
            "2016-02-22");
  // The canonical address's day comes first.
  EXPECT_EQ(Read("<head><link rel=\"canonical\" href=\"https://example.com/2016/02/21/budget\">"
                 "<link rel=\"amphtml\" href=\"https://example.com/amp/2016/02/22/budget\"></head>" + body)
                .date.value_or(""),
            "2016-02-21");
}

TEST(PublishedDate, CompactPathDateInTheAddress) {
  Options options;
  options.url = "https://example.com/world/20241203-OYT1T50218/";
  EXPECT_EQ(Read(std::string("<body>") + kBody + "</body>", options).date.value_or(""), "2024-12-03");
  options.url = "https://example.com/detail/307_3_r_20231102_1698920402044235";
  EXPECT_EQ(Read(std::string("<body>") + kBody + "</body>", options).date.value_or(""), "2023-11-02");
  // Eight digits in the query, or a run of more digits, or a month out of
  // range, date nothing.
  for (const char* url : {"https://example.com/story?ref=home_20241203", "https://example.com/a/A2026071220290000630",
                          "https://example.com/a/x-20241303-y"}) {
    options.url = url;
    EXPECT_FALSE(Read(std::string("<body>") + kBody + "</body>", options).date) << url;
  }
}

TEST(PublishedDate, ThePrintedDayTheAddressGivesOutranksAFarOffOne) {
  Options options;
  options.url = "https://example.com/news/2020/06/23/budget-passes/";
  // A related story's <time> beside the headline gives a week earlier; the
  // article's own line, further down, gives the address's day.
  const std::string page = "<body><article><h1>Budget passes</h1><aside><p><a href=\"/b\">Roads plan</a></p>"
                           "<time>June 16, 2020 12:57</time></aside>" + std::string(kBody) +
                           "<p class=\"posted\">Posted June 23, 2020 16:45</p></article></body>";
  EXPECT_EQ(Read(page, options).date.value_or(""), "2020-06-23T16:45:00");
  // A day-first date read month-first: the address's day itself.
  const std::string swapped = "<html lang=\"en\"><body><article><h1>Budget passes</h1><p class=\"date\">06/01/2026 "
                              "13:55</p>" + std::string(kBody) + "</article></body></html>";
  options.url = "https://example.com/2026/01/06/budget-passes";
  EXPECT_EQ(Read(swapped, options).date.value_or(""), "2026-01-06");
  // One day apart is a zone or a print edition's date: the page's own stands.
  options.url = "https://example.com/2016/09/20/budget-passes.html";
  EXPECT_EQ(Read("<body><article><h1>Budget passes</h1><p class=\"date\">Sept. 19, 2016</p>" + std::string(kBody) +
                 "</article></body>", options).date.value_or(""),
            "2016-09-19");
  // Tags are not second-guessed.
  options.url = "https://example.com/2020/06/23/budget-passes/";
  EXPECT_EQ(Read("<head><meta property=\"article:published_time\" content=\"2020-06-16\"></head><body>" +
                 std::string(kBody) + "</body>", options).date.value_or(""),
            "2020-06-16");
}

TEST(PublishedDate, HtmlDateLineRightAfterAFarByline) {
  // A box of key points between the headline and the byline puts both the
  // byline and its date line past the header zone.
  std::string points = "<ul class=\"key-points\">";
  for (int k = 0; k < 16; ++k) {
    points += "<li>Point " + std::to_string(k) + ": the council kept the library's hours and the pool's prices.</li>";
  }
  points += "</ul>";
  const std::string page = "<body><article><h1>Budget passes</h1>" + points +
                           "<div class=\"credit\"><p class=\"byline\">By Jane Roe</p><p>Dec 18, 2025</p></div>" +
                           std::string(kBody) + kMore + kMore + "</article></body>";
  const Article a = Read(page);
  EXPECT_EQ(a.byline.value_or(""), "Jane Roe");
  EXPECT_EQ(a.date.value_or(""), "2025-12-18");
  // A date further on is another story's or a comment's.
  const std::string far = "<body><article><h1>Budget passes</h1>" + points +
                          "<p class=\"byline\">By Jane Roe</p>" + std::string(kBody) + kMore + kMore +
                          "<p>Dec 18, 2025</p></article></body>";
  EXPECT_FALSE(Read(far).date);
}

// A header with a shorter h1 and its date line, a long table of contents,
// then the text under a heading the <title> names, taken as the headline.
std::string RepeatedHeadlinePage(const std::string& header_dates,
                                 const std::string& h1 = "Budget passes after long night") {
  std::string toc = "<ul class=\"toc\">";
  for (int k = 0; k < 45; ++k) toc += "<li><a href=\"#s" + std::to_string(k) + "\">Section " + std::to_string(k) + "</a></li>";
  toc += "</ul>";
  return "<html><head><title>Budget passes after a long night</title></head><body><section class=\"hero\"><h1>" + h1 +
         "</h1>" + header_dates + "</section>" + toc +
         "<div class=\"text\"><h2>Budget passes after a long night</h2>" + kBody + kMore + kMore + "</div></body></html>";
}

TEST(PublishedDate, DateLineBesideAnotherH1) {
  const std::string line = "<div class=\"date\">March 17, 2025</div>";
  const Article a = Read(RepeatedHeadlinePage(line));
  EXPECT_EQ(a.headline.value_or(""), "Budget passes after a long night");
  EXPECT_EQ(a.date.value_or(""), "2025-03-17");
  // An h1 of other words is the site's name, its date a masthead's today.
  EXPECT_FALSE(Read(RepeatedHeadlinePage(line, "The Riverside County Gazette")).date);
  // Story cards of one shape that give different days date nothing.
  const std::string cards = "<div class=\"card\"><p>Other story</p><div class=\"date\">March 17, 2025</div></div>"
                            "<div class=\"card\"><p>Older story</p><div class=\"date\">March 9, 2025</div></div>";
  EXPECT_FALSE(Read(RepeatedHeadlinePage(cards)).date);
  // A sentence that mentions a day is no date line.
  EXPECT_FALSE(Read(RepeatedHeadlinePage("<p>The council met on March 17, 2025 and talked for a long time about "
                                         "the pool.</p>")).date);
}

TEST(PublishedDate, LeadDatelineWhenNothingElseDates) {
  // The first paragraph opens with the date, set off by a dash or brackets.
  const Article dashed =
      Full("<body><article><h1>Budget passes</h1><p>March 3, 2016 -- The council approved the budget after a long "
           "night of talks in which the mayor, the treasurer and every ward member spoke at least twice.</p>" + kMore + kMore + "</article></body>");
  EXPECT_EQ(dashed.date, "2016-03-03");
  EXPECT_NE(dashed.body.find("March 3, 2016 --"), std::string::npos);
  const Article bracketed =
      Read("<body><article><h1>Budget passes</h1><p>(03.03.2016) Der Rat hat den Haushalt nach langer Nacht "
           "beschlossen, in der die Bürgermeisterin, der Kämmerer und alle Mitglieder mehrmals sprachen.</p>" + kMore + kMore + "</article></body>");
  EXPECT_EQ(bracketed.date, "2016-03-03");
  // A paragraph that only mentions a date in its sentence dates nothing.
  const Article sentence =
      Read("<body><article><h1>Budget passes</h1><p>March 3, 2016 was the day the council approved the budget after a long night in "
           "which the mayor, the treasurer and every ward member spoke at least twice.</p>" +
           kMore + kMore + "</article></body>");
  EXPECT_FALSE(sentence.date);
}

TEST(PublishedDate, WordedJsonLdDayYieldsToThePrintedDateLine) {
  const std::string head_worded =
      "<head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":\"Jun 24, "
      "2025\"}</script></head>";
  const std::string line = "<article><h1>Budget passes</h1><div class=\"post-info\">August 25, 2024</div>";
  // A day in words is a template's field: the line under the headline wins.
  EXPECT_EQ(Read(head_worded + "<body>" + line + kBody + "</article></body>").date, "2024-08-25");
  // Alone, it still dates the page.
  EXPECT_EQ(Read(head_worded + "<body><article><h1>Budget passes</h1>" + kBody + "</article></body>").date,
            "2025-06-24");
  // A machine's timestamp, even in words, keeps its rank.
  const std::string head_stamp =
      "<head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":\"Tue, 24 "
      "Jun 2025 10:00:00 GMT\"}</script></head>";
  EXPECT_EQ(Read(head_stamp + "<body>" + line + kBody + "</article></body>").date, "2025-06-24T10:00:00Z");
}

TEST(PublishedDate, OpenGraphTagWithOtherSeparators) {
  for (const char* key : {"article:published:time", "article_published_time"}) {
    const Article a = Read(std::string("<head><meta name=\"") + key +
                           "\" content=\"2024-05-14T16:20:05+00:00\"></head><body><article><h1>Budget passes</h1>"
                           "<div class=\"pubdate\">May 14, 2024</div>" + kBody + "</article></body>");
    EXPECT_EQ(a.date, "2024-05-14T16:20:05Z") << key;
  }
}

TEST(PublishedDate, JsonLdDateOutranksOpenGraph) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2015-12-11T14:28:34Z\">"
                         "<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\",\"datePublished\":"
                         "\"2015-10-15T02:19:15Z\",\"dateModified\":\"2018-04-22T22:24:24Z\"}]]></script></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2015-10-15T02:19:15Z");
  EXPECT_EQ(a.modified, "2018-04-22T22:24:24Z");
}

// A printed "Published <day>" line outranks markup that gives another day;
// an agreeing one, an update label or two lines that disagree leave the
// markup's day.
TEST(PublishedDate, APrintedPublicationLabelOutranksOtherMarkup) {
  const std::string head =
      "<head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":"
      "\"2021-06-02T10:00:00Z\"}</script></head><body><article><h1>Budget passes</h1>";
  const std::string tail = std::string(kBody) + kMore + "</article></body>";
  EXPECT_EQ(Read(head + "<div>Published March 14, 2024</div>" + tail).date.value_or(""), "2024-03-14");
  EXPECT_EQ(Read(head + "<div>(Re)Published: March 14, 2024</div>" + tail).date.value_or(""), "2024-03-14");
  EXPECT_EQ(Read(head + "<div>Published June 2, 2021</div>" + tail).date.value_or(""), "2021-06-02T10:00:00Z");
  EXPECT_EQ(Read(head + "<div>Updated March 14, 2024</div>" + tail).date.value_or(""), "2021-06-02T10:00:00Z");
  EXPECT_EQ(Read(head + "<div>Published on 03/04/2024</div>" + tail).date.value_or(""), "2021-06-02T10:00:00Z");
  EXPECT_EQ(Read(head + "<div>Published March 14, 2024</div>" + tail +
                 "<aside><div>Published April 2, 2024</div></aside>").date.value_or(""),
            "2021-06-02T10:00:00Z");
}

TEST(PublishedDate, ModifiedIsNeverTheDate) {
  const Article a = Read("<head><meta property=\"article:modified_time\" content=\"2019-01-16T06:16:23Z\">"
                         "<meta property=\"article:published_time\" content=\"2019-01-03T07:00:02Z\"></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2019-01-03T07:00:02Z");
  EXPECT_EQ(a.modified, "2019-01-16T06:16:23Z");
}

TEST(PublishedDate, PublishedAndUpdatedOnOneLine) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p class=\"date\">Published 3 March 2016 09:00 GMT, "
                         "updated 4 March 2016 10:30 GMT</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-03-03T09:00:00Z");
  EXPECT_EQ(a.modified, "2016-03-04T10:30:00Z");
}

// The clock before each date, and a weekday between the update's label
// and its date: the first stamp is the publication, the labelled one the
// update.
TEST(PublishedDate, ClockFirstAndWeekdayStampsOnOneLine) {
  const Article clock = Read("<body><article><h1>Budget passes</h1><p class=\"date\">17:55, 8 Nov 2023 Updated: "
                             "18:06, 8 Nov 2023</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(clock.date, "2023-11-08T17:55:00");
  EXPECT_EQ(clock.modified, "2023-11-08T18:06:00");
  const Article weekday = Read("<body><article><h1>Budget passes</h1><p class=\"date\">Mon 3 Jun 2024 14.05 BST "
                               "\xE2\x80\xA2 Last modified on Wed 5 Jun 2024 09.00 BST</p>" + std::string(kBody) +
                               "</article></body>");
  EXPECT_EQ(weekday.date, "2024-06-03T14:05:00+01:00");
  EXPECT_EQ(weekday.modified, "2024-06-05T09:00:00+01:00");
}

TEST(PublishedDate, ABareDayTakesTheClockOfThatDaysUpdate) {
  const std::string head = "<head><meta property=\"article:published_time\" content=\"2016-03-03\"></head>";
  const Article same = Read(head + "<body><article><h1>Budget passes</h1><p class=\"date\">Updated 3 March 2016 "
                                   "10:30 GMT</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(same.date, "2016-03-03T10:30:00Z");
  EXPECT_EQ(same.modified, "2016-03-03T10:30:00Z");
  // An update of another day says nothing of the publication's clock.
  const Article later = Read(head + "<body><article><h1>Budget passes</h1><p class=\"date\">Updated 5 March 2016 "
                                    "10:30 GMT</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(later.date, "2016-03-03");
  EXPECT_EQ(later.modified, "2016-03-05T10:30:00Z");
}

TEST(PublishedDate, ADashSeparatedMetaLine) {
  const Article a = Read("<body><article><h1>Budget passes</h1><h4>March 3, 2016 - Words by the City Desk Team - 6 "
                         "min read</h4>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-03-03");
}

TEST(PublishedDate, AnUpdateGivenAsPublishedIsCaught) {
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

TEST(PublishedDate, ADayIsGivenItsTimeByAnAgreeingSource) {
  const Article a = Read("<head><meta name=\"date\" content=\"2016-12-15\"></head><body><article>"
                         "<h1>Budget passes</h1><p><time datetime=\"2016-12-15T15:33:00-05:00\">December 15, 2016</time>"
                         "</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-12-15T15:33:00-05:00");
}

TEST(PublishedDate, TheOffsetThePageGivesIsKept) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2016-09-19T11:46:01.000Z\">"
                         "</head><body><article><h1>Budget passes</h1><p><time datetime=\"2016-09-19T07:46:01-04:00\">"
                         "Sept. 19, 2016</time></p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2016-09-19T07:46:01-04:00");
}

TEST(PublishedDate, LocalTimeLabelledUtcIsCorrectedOnlyByMachineValues) {
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

TEST(PublishedDate, AWallClockTakesItsOffsetFromAUnixTime) {
  // 9:05 printed without a zone; the data attribute gives 16:05:42 UTC.
  const std::string stamp = "<p><span data-time=\"1552579542\">Mar 14</span></p>";
  const std::string line = "<p class=\"date\">9:05 AM - 14 Mar 2019</p>";
  Article a = Read("<body><article>" + stamp + "<h1>Budget passes</h1>" + line + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2019-03-14T09:05:00-07:00");
  // A Unix time of another minute says nothing about the zone.
  a = Read("<body><article><p><span data-time=\"1552579782\">Mar 14</span></p><h1>Budget passes</h1>" + line +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2019-03-14T09:05:00");
}

TEST(PublishedDate, OldAndFutureDatesOnlyWhenNothingElse) {
  Article a = Read("<head><meta name=\"date\" content=\"2150-01-01\"><meta name=\"dc.date\" content=\"1984-06-25\">"
                   "<meta name=\"parsely-pub-date\" content=\"2016-02-22\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2016-02-22");
  a = Read("<head><meta name=\"date\" content=\"1984-06-25\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "1984-06-25");
}

TEST(PublishedDate, AnUpdateAloneStandsInForTheDate) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p class=\"date\">Last updated: January 7, 2020</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2020-01-07");
  EXPECT_EQ(a.modified, "2020-01-07");
}

TEST(PublishedDate, ASiteOwnPublicationTagIsReadInAnySpelling) {
  const Article a = Read("<head><meta name=\"published\" content=\"July 17, 2025\"></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2025-07-17");
}

TEST(PublishedDate, APublicationTagAfterASiteNamespace) {
  const Article a = Read("<head><meta property=\"photo_site:uploaded\" content=\"2013-02-16T04:36:36-05:00\">"
                         "</head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2013-02-16T04:36:36-05:00");
  // A tag whose name only ends like one is not read.
  const Article b = Read("<head><meta property=\"photo_site:reuploaded\" content=\"2013-02-16\">"
                         "</head><body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(b.date.has_value());
}

TEST(PublishedDate, ANamespacedTagYieldsToThePrintedDateLine) {
  const Article a = Read("<head><meta property=\"clips:uploaded\" content=\"2018-03-02T10:00:00Z\">"
                         "</head><body><article><h1>Budget passes</h1><p class=\"date\">December 26, 2020</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2020-12-26");
}

TEST(PublishedDate, TheWeakTagStaysWeakUnderItsNamespace) {
  const Article a = Read("<head><meta name=\"cxenseparse:recs:publishtime\" content=\"2020-12-27T09:04:00Z\">"
                         "</head><body><article><h1>Budget passes</h1><p class=\"date\">December 26, 2020</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 10), "2020-12-26");
}

TEST(PublishedDate, TheEarliestOfTheSiteOwnPublicationTags) {
  const Article a = Read("<head><meta name=\"published-time\" content=\"2026-03-09T08:45:32Z\">"
                         "<meta name=\"published_on\" content=\"2021-02-16\"></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.date, "2021-02-16");
}

TEST(PublishedDate, TimesFarFromTheArticleAreALastResort) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2016-02-22T08:27:00Z\"></head>"
                         "<body><article><h1>Budget passes</h1>" + std::string(kBody) + kMore + kMore + kMore +
                         "</article><aside><ul><li><time datetime=\"2022-08-09T22:00:00+09:00\">Other</time></li>"
                         "</ul></aside></body>");
  EXPECT_EQ(a.date, "2016-02-22T08:27:00Z");
  EXPECT_FALSE(a.modified);
}

TEST(PublishedDate, AUtcTimeTakesTheLocalClockAMachineValueGives) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2023-11-09T01:09:55Z\"></head>"
                         "<body><article><h1>Budget passes</h1><p><time datetime=\"2023-11-08 18:09:55\">"
                         "November 8, 2023 at 6:09 p.m.</time></p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date, "2023-11-08T18:09:55-07:00");
}

TEST(PublishedDate, TheAddressGivesTheLocalDayOfAUtcTime) {
  Options options;
  options.url = "https://example.com/2020/02/17/budget-passes/";
  Article a = Read("<head><meta property=\"article:published_time\" content=\"2020-02-18T02:18:11Z\"></head>"
                   "<body>" + std::string(kBody) + "</body>", options);
  EXPECT_EQ(a.date, "2020-02-17");
  // Noon UTC is the same day everywhere but at the date line's edges.
  a = Read("<head><meta property=\"article:published_time\" content=\"2020-02-18T16:18:11Z\"></head>"
           "<body>" + std::string(kBody) + "</body>", options);
  EXPECT_EQ(a.date, "2020-02-18T16:18:11Z");
}

TEST(PublishedDate, AnotherStorysTimeDoesNotMakeTheDateAnUpdate) {
  const Article a = Read("<head><meta name=\"date\" content=\"2023-11-07T11:55:00+02:00\">"
                         "<meta name=\"last-modified\" content=\"2023-11-07T11:55:00+02:00\"></head>"
                         "<body><article><h1>Budget passes</h1>" + std::string(kBody) + kMore + kMore + kMore +
                         kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore +
                         "</article><aside><ul><li><time datetime=\"2023-11-07T09:25:28Z\">2 hours ago</time></li>"
                         "<li><time>01.11.2023</time></li></ul></aside></body>");
  EXPECT_EQ(a.date, "2023-11-07T11:55:00+02:00");
}

TEST(PublishedDate, AnHtmlDateLineBelowTheBodyIsTheLastResort) {
  const std::string body = "<article><h1>Budget passes</h1>" + std::string(kBody) + kMore + kMore + kMore + kMore +
                           kMore + kMore + "<div>Posted on the 15/12/2025 at 19:00</div></article>";
  EXPECT_EQ(Read("<body>" + body + "</body>").date.value_or(""), "2025-12-15T19:00:00");
  // A <time> anywhere on the page is more often the article's.
  const Article a = Read("<body>" + body + "<aside><time datetime=\"2025-12-14\">Yesterday</time></aside></body>");
  EXPECT_EQ(a.date.value_or(""), "2025-12-14");
}

TEST(PublishedDate, AnHtmlDateLineOverTheBodysCopyrightNotice) {
  // The body ends with the post's footer: its date line, then the notice.
  const std::string body = "<article><h1>Budget passes</h1>" + std::string(kBody) + kMore + kMore + kMore + kMore +
                           kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore;
  const Article a = Read("<body>" + body + "<p>12 March 2024</p><p>\xC2\xA9 All rights reserved</p></article></body>");
  EXPECT_EQ(a.date.value_or(""), "2024-03-12");
  EXPECT_EQ(a.body.find("12 March 2024"), std::string::npos);
  // Without the notice, a date line at the body's end stays its text.
  EXPECT_FALSE(Read("<body>" + body + "<p>12 March 2024</p><p>Thanks for reading.</p></article></body>").date);
}

TEST(PublishedDate, AnHtmlLabelledDateLineAnywhere) {
  std::string related = "<ul>";
  for (int i = 1; i <= 10; ++i) related += "<li><a href=\"/v" + std::to_string(i) + "\">Video " + std::to_string(i) + "</a></li>";
  related += "</ul>";
  auto date = [&](const std::string& end) {
    return Read("<body><article><h1>Budget passes</h1>" + std::string(kBody) + "</article>" + related + end +
                "</body>")
        .date.value_or("");
  };
  EXPECT_EQ(date("<div>Published on Apr 9, 2024</div>"), "2024-04-09");
  // Lines that give different days are other posts' cards.
  EXPECT_EQ(date("<div>Published on Apr 9, 2024</div><div>Published on May 2, 2024</div>"), "");
  EXPECT_EQ(date("<div>Apr 9, 2024</div>"), "");
}

TEST(PublishedDate, TheTitlesDateSetOffFromTheHeadline) {
  auto date = [](const std::string& title, const std::string& more) {
    return Read("<head><title>" + title + "</title></head><body><article><h1>Budget passes</h1>" + more +
                std::string(kBody) + "</article></body>")
        .date.value_or("");
  };
  EXPECT_EQ(date("Budget passes | City | The Courier | 28.04.2023", ""), "2023-04-28");
  EXPECT_EQ(date("Budget passes (2025-09-21) | The Courier", ""), "2025-09-21");
  EXPECT_EQ(date("Budget passes\xEF\xBC\x88" "2020\xE5\xB9\xB4" "2\xE6\x9C\x88" "15\xE6\x97\xA5\xEF\xBC\x89"
                 "\xEF\xBD\x9C" "The Courier", ""),
            "2020-02-15");
  // A date the headline speaks of is no stamp of the page.
  EXPECT_EQ(date("Budget passes, to take effect on 1 April 2025 | The Courier", ""), "");
  // A date line the page prints outranks it.
  EXPECT_EQ(date("Budget passes | The Courier | 28.04.2023", "<p class=\"date\">April 27, 2023</p>"), "2023-04-27");
}

TEST(PublishedDate, AnHtmlDateLineRightOverTheTextPastShareButtons) {
  std::string buttons;
  for (int i = 1; i <= 16; ++i) buttons += "<li><a href=\"#s" + std::to_string(i) + "\">Share</a></li>";
  auto date = [&](const std::string& between) {
    return Read("<body><article><p>A story from our series on the city budget:</p><h1>Budget passes</h1><ul>" +
                buttons + "</ul>" + between + std::string(kBody) + kMore + "</article></body>")
        .date.value_or("");
  };
  EXPECT_EQ(date("<div>Tuesday, 12 March 2024 - 08:15</div>"), "2024-03-12T08:15:00");
  // Further than the text under the headline, a date line is not looked for.
  EXPECT_EQ(date(std::string(kMore) + "<div>Tuesday, 12 March 2024 - 08:15</div>"), "");
}

TEST(PublishedDate, AnHtmlLineThatOpensWithItsDate) {
  const Article a = Read("<body><article><h1>Budget passes</h1><ul><li>City</li><li>Budget</li><li>Council</li>"
                         "<li>Taxes</li></ul><div>Jane Doe</div><p>05 Nov 2025. 8 minutes read</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date.value_or(""), "2025-11-05");
}

// A text copy's article under `header`.
Article FromText(const std::string& header) {
  Options options;
  options.input = InputFormat::kText;
  return Extract(header +
                     "\nThe council voted on Tuesday to approve the new budget, which includes funding for schools, "
                     "roads and the library, after a debate that lasted four hours.\n\nSupporters said the plan was "
                     "overdue, while critics argued that it would raise taxes, cut services and leave the city with "
                     "less money.\n",
                 options)
      .article;
}

TEST(PublishedDate, TextCopyDateLineThatGoesOnWithTheByline) {
  const Article a = FromText(std::string("Menu\nBudget passes after a long debate\n") +
                             "2019\xE5\xB9\xB4" "3\xE6\x9C\x88" "2\xE6\x97\xA5" "09:18 by Jane Doe | Category City "
                             "Hall | Tags budget, council, roads, schools, library, taxes\n");
  EXPECT_EQ(a.date.value_or(""), "2019-03-02T09:18:00");
  EXPECT_EQ(a.byline.value_or(""), "Jane Doe | Category City Hall | Tags budget, council, roads, schools, library, taxes");
}

// A text copy keeps a link to the previous post without its link: the
// label before its day still says it is the neighbour's day.
TEST(PublishedDate, TextCopyPreviousPostLineIsNoDateLine) {
  const Article a = FromText("Menu\n\u00AB Previous entry: 12 February 2019\nBudget passes after a long debate\n");
  EXPECT_EQ(a.date.value_or(""), "");
  const Article own = FromText("Menu\nPosted on 12 February 2019\nBudget passes after a long debate\n");
  EXPECT_EQ(own.date.value_or(""), "2019-02-12");
}

TEST(PublishedDate, TextCopyPostMetaLineWithADatePart) {
  const auto date = [](const std::string& line) {
    return FromText("Menu\nBudget passes after a long debate\n" + line + "\n").date.value_or("");
  };
  // One part between the marks is the date alone.
  EXPECT_EQ(date("by Jane Doe | Feb 6, 2025 | City Hall, Budget | 0 comments"), "2025-02-06");
  EXPECT_EQ(date("Dec. 19, 2025 \u00B7 Jane Doe on behalf of the survey team"), "2025-12-19");
  // A part that only mentions the date, or a part as long as a sentence,
  // is no post meta.
  EXPECT_EQ(date("In brief | the council met on Feb 6, 2025 to vote on it"), "");
  EXPECT_EQ(date("Feb 6, 2025 | The council met on Tuesday evening to vote on the new budget for the schools"), "");
}

TEST(PublishedDate, TextCopyStoryCardsOverTheArticleDateLine) {
  const auto date = [](const std::string& line) {
    return FromText("Menu\nMore news\nTram line closes for repairs\n" + line +
                    "\nNew park opens by the river\n" + line.substr(0, line.find('|') + 1) +
                    " 14/03/2024\nBudget passes after a long debate\n18/03/2024 09:12\n")
        .date.value_or("");
  };
  // Cards of one shape over the article's line of another: its day.
  EXPECT_EQ(date("Jane Roe | 12/03/2024"), "2024-03-18T09:12:00");
  // The last line of the cards' shape is a card too: the first line stays.
  EXPECT_EQ(FromText("Menu\nTram line closes\nJane Roe | 12/03/2024\nNew park opens\nJohn Doe | 14/03/2024\n"
                     "Budget passes after a long debate\nMary Major | 18/03/2024\n")
                .date.value_or(""),
            "2024-03-12");
}

TEST(PublishedDate, TextCopyLeadDatelineDatesAnUndatedCopy) {
  const Article a = FromText("Menu\nBudget passes after a long debate\n(18.03.2024) The council met on Monday.");
  EXPECT_EQ(a.date.value_or(""), "2024-03-18");
}

TEST(PublishedDate, TextCopyMastheadDateOverTheArticleDate) {
  const auto date = [](const std::string& top, const std::string& line) {
    return FromText(top + "\nMenu\nNews\nBudget passes after a long debate\n" + line + "\n").date.value_or("");
  };
  // The site's today over the menu gives way to the article's earlier day.
  EXPECT_EQ(date("Thursday, March 19, 2026", "March 12, 2026"), "2026-03-12");
  // Alone, or over a later date line, it is the date.
  EXPECT_EQ(date("Thursday, March 19, 2026", "Jane Doe"), "2026-03-19");
  EXPECT_EQ(date("Thursday, March 19, 2026", "Updated March 20, 2026"), "2026-03-19");
  // Without its weekday it may be the article's date over a related story's.
  EXPECT_EQ(date("March 19, 2026", "March 12, 2026"), "2026-03-19");
  // Bare, it is the site's today when the earlier line sits beside the
  // byline, as the article's own does; not when a byline sits beside it.
  EXPECT_EQ(date("March 19, 2026", "By Jane Roe\nMarch 12, 2026"), "2026-03-12");
  EXPECT_EQ(date("March 19, 2026", "March 12, 2026\nBy Jane Roe"), "2026-03-12");
  EXPECT_EQ(date("By Jane Roe\nMarch 19, 2026", "By John Doe\nMarch 12, 2026"), "2026-03-19");
  EXPECT_EQ(date("March 19, 2026", "By Jane Roe\nMarch 22, 2026"), "2026-03-19");
  // A publication label proves it too, with the byline lines away from it
  // (as lynx prints them); an update label does not.
  EXPECT_EQ(date("March 19, 2026", "By\nJane Roe\nView Author Archive\nGet author RSS feed\nPublished March 12, 2026"),
            "2026-03-12");
  EXPECT_EQ(date("19. M\u00E4rz 2026", "Von\nJane Roe\nAlle Artikel\nVer\u00F6ffentlicht am 12. M\u00E4rz 2026"),
            "2026-03-12");
  EXPECT_EQ(date("March 19, 2026", "By\nJane Roe\nView Author Archive\nGet author RSS feed\nUpdated March 12, 2026"),
            "2026-03-19");
  EXPECT_EQ(date("March 19, 2026", "Published March 22, 2026"), "2026-03-19");
  // A date line with a time is the article's.
  EXPECT_EQ(date("Thursday, March 19, 2026 09:30", "March 12, 2026"), "2026-03-19T09:30:00");
}

TEST(PublishedDate, TextCopyDateLineFarAboveTheBody) {
  // A contents list longer than the header zone between the date line and
  // the body: the first date line of the page stands in.
  std::string contents;
  for (int i = 1; i <= 45; ++i) contents += "Chapter " + std::to_string(i) + " of the report\n";
  const Article a = FromText("Menu\nBudget passes after a long debate\nMarch 14, 2021\nContents\n" + contents);
  EXPECT_EQ(a.date.value_or(""), "2021-03-14");
  EXPECT_EQ(a.headline.value_or(""), "Budget passes after a long debate");
}

TEST(PublishedDate, TextCopyLabelledDateLineAnywhere) {
  std::string footer;
  for (int i = 1; i <= 12; ++i) footer += "Footer link " + std::to_string(i) + "\n";
  Options options;
  options.input = InputFormat::kText;
  auto date = [&](const std::string& end) {
    return Extract("Menu\nBudget passes after a long debate\n\nThe council voted on Tuesday to approve the new "
                   "budget, which includes funding for schools, roads and the library, after a debate that lasted "
                   "four hours.\n\nSupporters said the plan was overdue, while critics argued that it would raise "
                   "taxes, cut services and leave the city with less money.\n\n" + footer + end,
                   options)
        .article.date.value_or("");
  };
  // Past the lines below the body: a labelled date, or a date the byline
  // goes on from.
  EXPECT_EQ(date("Published August 13, 2025\n"), "2025-08-13");
  EXPECT_EQ(date("August 12, 2025 By The Garden Team\n"), "2025-08-12");
  // Different days are other posts' cards; a bare date there is no label.
  EXPECT_EQ(date("Published May 2, 2025\nPublished June 9, 2025\n"), "");
  EXPECT_EQ(date("Related\nMay 2, 2025\n"), "");
  // Update lines over the post's own give later days of the same post.
  EXPECT_EQ(date("Updated June 9, 2025\nUpdated May 30, 2025\nPublished May 2, 2025\n"), "2025-05-02");
  EXPECT_EQ(date("Updated June 9, 2025\n"), "2025-06-09");
  EXPECT_EQ(date("Updated June 9, 2025\nUpdated May 30, 2025\n"), "");
}

TEST(PublishedDate, TextCopyPostedLineUnderUpdateLinesBelowTheBody) {
  std::string body;
  for (int i = 1; i <= 4; ++i) {
    body += "Part " + std::to_string(i) + ": the council voted on Tuesday to approve the new budget, which includes "
            "funding for schools, roads and the library, after a debate that lasted four hours.\n";
  }
  Options options;
  options.input = InputFormat::kText;
  const Article a = Extract("Menu\nBudget passes after a long debate\nby Jane Roe\n" + body +
                                "Updated March 2, 2021\nUpdated June 5, 2019\nPosted May 14, 2017\n",
                            options)
                        .article;
  EXPECT_EQ(a.date.value_or(""), "2017-05-14");
  EXPECT_EQ(a.modified.value_or(""), "2021-03-02");
}

TEST(PublishedDate, TextCopyDateLineInTheBodyLead) {
  Options options;
  options.input = InputFormat::kText;
  const Article a =
      Extract("Home\nAbout\nSign in\nRebuilding an old garden shed\nThe roof leaks and the door sticks. This is the first "
              "part of a series about fixing it.\nPortrait of Wren Halvorsen\nWren Halvorsen\nMar 7, 2024 3 min read\n"
              "The shed at the end of the garden, seen from the kitchen window.\nThe roof leaks, the door sticks and the "
              "floor is soft in one corner. When we bought the house last autumn, the shed was the one thing nobody "
              "wanted to look at.\nThis is the first post in a series where I write down every step of bringing it "
              "back, including the mistakes and the days when nothing went right.\nThe felt on the roof has split "
              "along the ridge, and rain has been running down the inside of the back wall for a few winters.\n",
              options)
          .article;
  EXPECT_EQ(a.date.value_or(""), "2024-03-07");
  EXPECT_EQ(a.body.find("3 min read"), std::string::npos);
}

TEST(PublishedDate, TextCopyLoneDateLineBelowTheBody) {
  Options options;
  options.input = InputFormat::kText;
  auto date = [&](const std::string& end) {
    return Extract("Menu\nBudget passes after a long debate\n\nThe council voted on Tuesday to approve the new "
                   "budget, which includes funding for schools, roads and the library, after a debate that lasted "
                   "four hours.\n\nSupporters said the plan was overdue, while critics argued that it would raise "
                   "taxes, cut services and leave the city with less money.\n\nPay once\nSubscribe\nFound a mistake?\nWrite to "
                   "us\nTopics\nCity Hall\nSchools\nRoads\n" + end,
                   options)
        .article.date.value_or("");
  };
  // The copy's only date line, among the topic links under the story.
  EXPECT_EQ(date("14. 3. 2024, 19:05\nMore from the region\n"), "2024-03-14T19:05:00");
  // Two days are other stories' cards; a copyright line dates nothing.
  EXPECT_EQ(date("14. 3. 2024, 19:05\nMarch 2, 2024\n"), "");
  EXPECT_EQ(date("\u00A9 Fri Mar 15 10:00:00 2024 The City Paper\n"), "");
}

TEST(PublishedDate, TextCopyShortLineUnderTheHeadline) {
  const auto date = [](const std::string& line) {
    return FromText("Menu\nNews\nBudget passes after a long debate\n" + line + "\n").date.value_or("");
  };
  // The outlet, the date and the writer on one line, less than a date line.
  EXPECT_EQ(date("Health Daily Health Daily 9/21/2016 Jane Doe"), "2016-09-21");
  EXPECT_EQ(date("Avatar photoByJane Doe 13 July 2016 0"), "2016-07-13");
  // A sentence that mentions a day dates nothing.
  EXPECT_EQ(date("The council first met on March 3, 2016 to talk about the budget for the schools"), "");
}

TEST(PublishedDate, AnUnlabelledUpdateBeforeThePublication) {
  // A blog theme prints the update, then the publication, the two glued.
  const Article a = FromText("Menu\nBudget passes after a long debate\nJune 3, 2025March 14, 2024 by Jane Doe\n"
                             "Officials said the vote came after months of negotiation between the council and the "
                             "mayor, who had threatened to veto any plan that raised property taxes.\n");
  EXPECT_EQ(a.date.value_or(""), "2024-03-14");
  EXPECT_EQ(a.modified.value_or(""), "2025-06-03");
}

TEST(PublishedDate, SlashesFollowThePageOrder) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p class=\"date\">05/03/2026</p>" + std::string(kBody) +
                         "</article><aside><p>Roads plan</p><p>14 February 2026</p></aside></body>");
  EXPECT_EQ(a.date.value_or(""), "2026-03-05");
}

TEST(PublishedDate, TimeElementTextFollowsThePageOrder) {
  // A <time> with no datetime attribute, its text in numbers either order
  // could read: a French page writes the day first.
  const std::string time = "<time>02/11/2023 14:49</time>";
  const Article fr = Read("<html lang=\"fr\"><body><article><h1>Budget passes</h1>" + time + std::string(kBody) +
                          "</article></body></html>");
  EXPECT_EQ(fr.date.value_or(""), "2023-11-02T14:49:00");
  // An American page writes the month first.
  const Article us = Read("<html lang=\"en-US\"><body><article><h1>Budget passes</h1>" + time + std::string(kBody) +
                          "</article></body></html>");
  EXPECT_EQ(us.date.value_or(""), "2023-02-11T14:49:00");
}

TEST(PublishedDate, HtmlStandfirstByClauseDatesAnUndatedPage) {
  const std::string standfirst =
      "<p class=\"dek\">The bakery chain plans two hundred shops by next year. By Jane Roe on Dec. 19, 2025</p>";
  const Article a = Read("<body><article><h1>Budget passes</h1>" + standfirst + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.date.value_or(""), "2025-12-19");
  // A structured date wins over the clause.
  const Article dated = Read("<head><meta property=\"article:published_time\" content=\"2025-12-01T09:00:00Z\"></head>"
                             "<body><article><h1>Budget passes</h1>" + standfirst + std::string(kBody) +
                             "</article></body>");
  EXPECT_EQ(dated.date.value_or(""), "2025-12-01T09:00:00Z");
}

TEST(PublishedDate, HtmlMastheadTodayAboveTheHeadline) {
  const std::string masthead = "<header><p class=\"site-date\">Friday, December 19, 2025</p></header>";
  const std::string line = "<p class=\"posted\">December 12, 2025</p>";
  // Today's date over the headline yields to the article's earlier line.
  EXPECT_EQ(Read("<body>" + masthead + "<article><h1>Budget passes</h1>" + line + std::string(kBody) +
                 "</article></body>").date.value_or(""),
            "2025-12-12");
  // Under the headline, a weekday-led line is the article's own.
  EXPECT_EQ(Read("<body><article><h1>Budget passes</h1><p class=\"posted\">Friday, December 19, 2025</p>" + line +
                 std::string(kBody) + "</article></body>").date.value_or(""),
            "2025-12-19");
}

TEST(PublishedDate, HtmlBareMastheadTodayFarAboveTheHeadline) {
  const std::string top = "<header><p class=\"site-date\">March 20, 2026</p><nav><ul><li><a href=\"/\">Home</a></li>"
                          "<li><a href=\"/a\">Local</a></li><li><a href=\"/b\">Sport</a></li>"
                          "<li><a href=\"/c\">Opinion</a></li></ul></nav></header>";
  // The article's line has a time in a zone west of UTC: its instant falls
  // on the masthead's day, its printed day before it.
  const std::string line = "<p class=\"posted\">Published March 19, 2026, 10:05 p.m. ET</p>";
  EXPECT_EQ(Read("<body>" + top + "<article><h1>Budget passes</h1>" + line + std::string(kBody) + "</article></body>")
                .date.value_or("").substr(0, 10),
            "2026-03-19");
  // A bare date just over the headline is the article's kicker, not a masthead.
  EXPECT_EQ(Read("<body>" + top + "<article><p class=\"kicker\">March 20, 2026</p><h1>Budget passes</h1>" +
                 std::string(kBody) + "</article></body>")
                .date.value_or(""),
            "2026-03-20");
}

TEST(PublishedDate, StoryCardDatesInTheHeaderArePassedOver) {
  const auto card = [](const std::string& title, const std::string& day) {
    return "<li><div class=\"card\"><h3><a href=\"/a\">" + title + "</a></h3><div class=\"card-date\">" + day +
           "</div></div></li>";
  };
  const std::string rail = "<ul>" + card("Roads plan", "1 December 2020") + card("School roof", "30 November 2020") + "</ul>";
  const std::string line = "<p class=\"dateline\">3 December 2020</p>";
  EXPECT_EQ(Read("<body>" + rail + "<article><h1>Budget passes</h1>" + line + std::string(kBody) + "</article></body>")
                .date.value_or(""),
            "2020-12-03");
  // Cards that give one day are not told apart from the page's line.
  const std::string same = "<ul>" + card("Roads plan", "1 December 2020") + card("School roof", "1 December 2020") + "</ul>";
  EXPECT_EQ(Read("<body>" + same + "<article><h1>Budget passes</h1>" + std::string(kBody) + "</article></body>")
                .date.value_or(""),
            "2020-12-01");
}

// A blog column's next post, left out of the body as another story's: its
// date line (and its <time>) dates the other post, and the text's own
// post's line of the same shape is no story card beside it.
TEST(PublishedDate, NextPostOfABlogColumnDatesNothing) {
  const auto post = [](const std::string& href, const std::string& title, const std::string& line,
                       const std::string& text) {
    return "<article class=\"post\"><h2 class=\"entry-title\"><a href=\"" + href + "\">" + title +
           "</a></h2><p class=\"meta\">" + line + "</p><div class=\"entry\">" + text + "</div></article>";
  };
  std::string next;
  for (int i = 0; i < 4; ++i) next += kBody;
  const auto page = [&](const std::string& own_line, const std::string& next_line) {
    return "<head><title>Budget passes | Town Notes</title></head><body><div class=\"column\">" + post("/2024/03/budget/", "Budget passes", own_line, kBody) +
           post("/2024/02/roads/", "Roads plan", next_line, next) + "</div></body>";
  };
  const Article a = Read(page("March 12, 2024 by Jane Doe", "February 26, 2024 by John Roe"));
  EXPECT_EQ(a.headline, "Budget passes");
  EXPECT_EQ(a.date.value_or(""), "2024-03-12");
  EXPECT_EQ(a.byline.value_or(""), "Jane Doe");
  EXPECT_EQ(Read(page("March 12, 2024 by Jane Doe", "<time datetime=\"2024-02-26\">February 26, 2024</time>"))
                .date.value_or(""),
            "2024-03-12");
}

TEST(PublishedDate, APreviousEntryLinkWithItsWeekdayIsNoDateLine) {
  const std::string tail = "<h1>Budget passes after a long debate</h1>" + std::string(kBody) + "</body>";
  // The neighbour's day with its weekday after the arrow: the post's own
  // line under it dates the page.
  EXPECT_EQ(Read("<body><div><a href=\"/2019/03/10/\">\u00AB Sunday, 10 March 2019</a></div>"
                 "<p>Thursday, 14 March 2019</p>" + tail).date.value_or(""),
            "2019-03-14");
  // A weekday alone before the date is no link label.
  EXPECT_EQ(Read("<body><div><a href=\"/2019/03/10/\">Sunday, 10 March 2019</a></div>" + tail).date.value_or(""),
            "2019-03-10");
}

TEST(PublishedDate, ATeaserArticleInsideTheStoryGivesItsOwnDay) {
  const std::string head = "<body><article><h1>Budget passes after a long debate</h1>";
  const std::string teaser = "<aside><article><p>2 March 2023</p><h2><a href=\"/x\">Earlier vote fails</a></h2>"
                             "</article></aside>";
  const Article a = Read(head + teaser + kBody + "<p>Published 14 November 2024</p></article></body>");
  EXPECT_EQ(a.date.value_or(""), "2024-11-14");
  // The story's own <article> holding its date line is no teaser.
  EXPECT_EQ(Read(head + "<p>2 March 2023</p>" + kBody + "</article></body>").date.value_or(""), "2023-03-02");
}

TEST(PublishedDate, AChineseInfoLineWithTheUpdateBeforeThePublication) {
  const Article a = Read("<body><article><h1>\u6e56\u7554\u516c\u56ed\u65b0\u589e\u591c\u8dd1\u6b65\u9053</h1>"
                         "<div>\u66f4\u65b0\u65f6\u95f4\uff1a2024-04-19 10:00 "
                         "\u53d1\u5e03\u65f6\u95f4\uff1a2024-04-18 09:20</div>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.date.value_or(""), "2024-04-18T09:20:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-04-19T10:00:00");
}

// A Japanese date line labels each date after it: the update's label glued
// to the first date is not the second's, and the date labelled published
// (公開), distributed (配信) or carried (掲載) is the page's.
TEST(PublishedDate, AJapaneseLineWithTheUpdateFirstLabelledAfterEachDate) {
  const auto read = [](const std::string& line) {
    return Read("<html lang=\"ja\"><body><article><h1>\u5ddd\u6cbf\u3044\u306b\u65b0\u56f3\u66f8\u9928</h1><div>" +
                line + "</div>" + std::string(kBody) + "</article></body></html>");
  };
  const std::string updated = "2024\u5e743\u67085\u65e5 10:00\u66f4\u65b0";
  for (const char* label : {"\u516c\u958b", "\u914d\u4fe1", "\u63b2\u8f09"}) {
    const Article a = read(updated + " 2024\u5e743\u67084\u65e5 18:30" + label);
    EXPECT_EQ(a.date.value_or(""), "2024-03-04T18:30:00") << label;
    EXPECT_EQ(a.modified.value_or(""), "2024-03-05T10:00:00") << label;
  }
  // Labels spaced off their dates: the publication's label after the last.
  EXPECT_EQ(read("2024\u5e743\u67085\u65e5 10:00 \u66f4\u65b0 2024\u5e743\u67084\u65e5 18:30 \u516c\u958b")
                .date.value_or(""),
            "2024-03-04T18:30:00");
  // The publication first, or labels before their dates: as before.
  EXPECT_EQ(read("2024\u5e743\u67084\u65e5 18:30\u516c\u958b " + updated).date.value_or(""),
            "2024-03-04T18:30:00");
  EXPECT_EQ(read("\u66f4\u65b0\u65e5\uff1a2024/03/05 \u516c\u958b\u65e5\uff1a2024/03/04").date.value_or(""),
            "2024-03-04");
}

// A tag's or JSON-LD's date in numbers that either order could read is
// read in the page's order, as its printed dates are: day first outside
// the US, month first on a US page.
TEST(PublishedDate, AMarkupDateInNumbersFollowsThePagesLocale) {
  const auto read = [](const std::string& lang, const std::string& head) {
    return Read("<html lang=\"" + lang + "\"><head>" + head + "</head><body><article><h1>Budget passes</h1>" +
                std::string(kBody) + "</article></body></html>")
        .date.value_or("");
  };
  const std::string meta = "<meta name=\"date\" content=\"05/03/2024\">";
  EXPECT_EQ(read("en-GB", meta), "2024-03-05");
  EXPECT_EQ(read("fr", "<meta property=\"article:published_time\" content=\"05/03/2024 14:30\">"),
            "2024-03-05T14:30:00");
  EXPECT_EQ(read("en-AU", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                          "\"05/03/2024\"}</script>"),
            "2024-03-05");
  EXPECT_EQ(read("en-US", meta), "2024-05-03");
  // A date only one order can read, whatever the page's language.
  EXPECT_EQ(read("en-GB", "<meta name=\"date\" content=\"05/23/2024\">"), "2024-05-23");
}

TEST(PublishedDate, ABlogThemesFooterSentenceDatesAnUndatedPost) {
  const std::string head = "<body><div class=\"post\"><h2>Budget passes after a long debate</h2><div class=\"entry\">" +
                           std::string(kBody);
  const std::string footer =
      "<p><small>This entry was posted on Tuesday, March 4th, 2014 at 9:12 am and is filed under "
      "<a href=\"/c/news\">News</a>. You can follow any responses through the <a href=\"/feed\">RSS</a> "
      "feed.</small></p>";
  const Article a = Read(head + footer + "</div></div></body>");
  EXPECT_EQ(a.date.value_or(""), "2014-03-04T09:12:00");
  EXPECT_EQ(a.body.find("This entry"), std::string::npos);
  // Without links it is a sentence of the text; a date further into it is
  // one the text mentions.
  EXPECT_FALSE(Read(head + "<p>This entry was posted on Tuesday, March 4th, 2014 and filed under News.</p>"
                    "</div></div></body>").date);
  EXPECT_FALSE(Read(head + "<p>The council met again in the town hall after the summer and voted on "
                    "Tuesday, March 4th, 2014, <a href=\"/c/news\">as reported</a>.</p></div></div></body>").date);
}

TEST(PublishedDate, ACopysFooterSentenceDatesAnUndatedPost) {
  Options options;
  options.input = InputFormat::kText;
  const auto read = [&](const std::string& footer) {
    return Extract("Menu\nBudget passes after a long debate\nThe council voted on Tuesday to approve the new budget, "
                   "which includes funding for schools, roads and the library, after a debate that lasted four "
                   "hours.\nSupporters said the plan was overdue, while critics argued that it would raise taxes, "
                   "cut services and leave the city with less money.\n" +
                       footer + "\nComments are closed.\n",
                   options)
        .article;
  };
  // The links are gone; the sentence goes on past its date with where the
  // post is filed, and a comments note follows it.
  const Article a = read(
      "This entry was posted on Tuesday, March 4th, 2014 at 9:12 am and is filed under News, Council. You can "
      "follow any responses through the RSS 2.0 feed.");
  EXPECT_EQ(a.date.value_or(""), "2014-03-04T09:12:00");
  EXPECT_EQ(a.body.find("This entry"), std::string::npos);
  // A date that opens the text's own sentence, closed by a comma, or one
  // it mentions further in, dates nothing.
  EXPECT_FALSE(read("Update: As of April 7th, 2022, the state has amended the law to require the payout of any "
                    "unused vacation time.")
                   .date);
  EXPECT_FALSE(read("The mayor, who had threatened a veto for months, finally signed it on Tuesday, March 4th, 2014, "
                    "in front of the press and the council.")
                   .date);
}

// A CMS prints its date field under the headline and on every card of a
// side list above it, in elements of one shape: the line between the
// headline and the text is the article's own.
TEST(PublishedDate, DateFieldUnderTheHeadlineShapedLikeSideCards) {
  std::string cards;
  for (const char* day : {"05/12/2020 - 15:10", "04/12/2020 - 12:20", "03/12/2020 - 17:46"}) {
    cards += std::string("<section><div class=\"card\"><div class=\"title\"><h3><a href=\"/n\">Another story of the "
                         "day</a></h3></div><div class=\"field-date\"><div class=\"item\">") +
             day + "</div></div></div></section>";
  }
  const std::string page = "<body><aside>" + cards +
                           "</aside><main><div class=\"node\"><div class=\"title\"><h1>Budget passes after long "
                           "debate</h1></div><div class=\"field-date\"><div class=\"item\">Domingo, Diciembre 6, "
                           "2020 - 07:32</div></div>" + std::string(kBody) + kMore + "</div></main></body>";
  EXPECT_EQ(Full(page).date.value_or(""), "2020-12-06T07:32:00");
}

// Topic links between the text and the article's footer date line do
// not push the line out of reach.
TEST(PublishedDate, DateLineBelowTheBodyPastTopicLinks) {
  std::string tags = "<div><span>Topics</span><ul>";
  for (const char* t : {"Budget", "Council", "Taxes", "Schools", "Roads"}) tags += "<li><a href=\"/t\">" + std::string(t) + "</a></li>";
  tags += "</ul></div>";
  const std::string page = "<body><article><h1>Budget passes after long debate</h1><div class=\"text\">" +
                           std::string(kBody) + kMore + "</div><div>Support our reporting.</div>" + tags +
                           "<div>14 August 2022, 15:40</div></article></body>";
  EXPECT_EQ(Full(page).date.value_or(""), "2022-08-14T15:40:00");
}

// A byline's date items that a script shows: hidden, each with an empty
// <time> beside the printed date. Only when nothing else dates the page.
TEST(PublishedDate, HiddenDateItemsAreTheLastResort) {
  const std::string items =
      "<ul><li class=\"hidden\"><time class=\"date-published\"></time><span>09:15, 4 MAR 2024</span></li>"
      "<li class=\"hidden\"><span>Updated</span><time class=\"date-updated\"></time><span>11:02, 4 MAR "
      "2024</span></li></ul>";
  const Article a = Read("<body><article><h1>Budget passes</h1><div>By Jane Roe</div>" + items + kBody + "</article></body>");
  EXPECT_EQ(a.date.value_or(""), "2024-03-04T09:15:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-03-04T11:02:00");
  // A printed date line comes first.
  EXPECT_EQ(Read("<body><article><h1>Budget passes</h1><div>March 3, 2024</div>" + items + kBody + "</article></body>")
                .date.value_or(""),
            "2024-03-03");
  // A hidden element without a <time> gives nothing.
  EXPECT_FALSE(Read("<body><article><h1>Budget passes</h1><div class=\"hidden\">09:15, 4 MAR 2024</div>" +
                    std::string(kBody) + "</article></body>")
                   .date);
}

TEST(PublishedDate, WithZoneAddsAnOffsetToAClockWithoutOne) {
  EXPECT_EQ(WithZone("2024-12-04T00:05:00", 540), "2024-12-04T00:05:00+09:00");
  EXPECT_EQ(WithZone("2024-12-04T00:05:00", -330), "2024-12-04T00:05:00-05:30");
  // A bare day, or a clock that has its zone, stays as it is.
  EXPECT_EQ(WithZone("2024-12-04", 540), "2024-12-04");
  EXPECT_EQ(WithZone("2024-12-04T00:05:00Z", 540), "2024-12-04T00:05:00Z");
  EXPECT_EQ(WithZone("2024-12-04T00:05:00+01:00", 540), "2024-12-04T00:05:00+01:00");
}

// A text copy of a Japanese page prints its clock without the zone the
// HTML's markup gives; the language's one zone stands in. An English page's
// clock has no one zone.
TEST(PublishedDate, TextCopyClockInTheLanguagesOneZone) {
  Options options;
  options.input = InputFormat::kText;
  const std::string body =
      "港の桟橋の修理が終わり、定期船は月曜日から運航を再開すると運航会社が金曜日に発表した。\n\n"
      "嵐で壊れた桟橋では三週間にわたって工事が続き、作業員が乗降用の斜路と係留柱二本を取り替えた。\n\n"
      "町の検査官は今週、工事の完了を確認した。運航会社によると、時刻表は嵐の前と同じで、"
      "一日六便が両方向に運航される。\n\n"
      "島の住民の多くは本土の病院や学校に通っており、運休中は小型の臨時船で不便な生活を強いられていた。\n";
  Article a = Extract("定期船、月曜日に運航再開\n2024/12/04 00:05\n\n" + body, options).article;
  EXPECT_EQ(a.language.value_or(""), "ja");
  EXPECT_EQ(a.date.value_or(""), "2024-12-04T00:05:00+09:00");
  a = Extract("Menu\nBudget passes after a long debate\n2024/12/04 00:05\n\nThe council voted on Tuesday to approve "
              "the new budget, which includes funding for schools, roads and the library, after a debate that lasted "
              "four hours.\n\nSupporters said the plan was overdue, while critics argued that it would raise taxes, "
              "cut services and leave the city with less money.\n",
              options)
          .article;
  EXPECT_EQ(a.date.value_or(""), "2024-12-04T00:05:00");
}

// A sidebar's list of stories with dates set before the article in the
// source is not its header: the date line in the article's column is; and
// with none there, a side box's date still is not the page's.
TEST(PublishedDate, SidebarDateLinesBeforeTheArticleColumn) {
  const std::string side =
      "<aside class=\"rail\"><h3>Latest</h3><ul><li><a href=\"/a\">Pond cleaned</a> June 10, 2023</li>"
      "<li><a href=\"/b\">Fair moved</a> June 8, 2023</li></ul></aside>";
  Article a = Read("<body>" + side + "<main><article><h1>Budget passes</h1><p>By Ann Lee, May 17, 2023</p>" +
                   kBody + kMore + "</article></main></body>");
  EXPECT_EQ(a.date, "2023-05-17");
  a = Read("<body>" + side + "<main><article><h1>Budget passes</h1>" + kBody + kMore + "</article></main></body>");
  EXPECT_NE(a.date, "2023-06-08");
  EXPECT_NE(a.date, "2023-06-10");
}

// An event's day under its own label gives way to the line labelled as the
// publication; without such a line it is still read.
TEST(PublishedDate, OtherLabelledDateGivesWayToThePublicationLine) {
  Article a = Read(std::string("<body><article><h1>Budget passes</h1><p>Event date: Saturday, 24 June 2023</p>"
                               "<p>Posted on 17 May 2023</p>") +
                   kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-05-17");
  a = Read(std::string("<body><article><h1>Budget passes</h1><p>Event date: Saturday, 24 June 2023</p>") + kBody +
           kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-06-24");
}

// A teaser card's <time> above the headline, inside the story's own
// <article>, dates that story, not the page.
TEST(PublishedDate, TeaserCardTimeAboveTheHeadline) {
  const Article a = Read(std::string("<body><article><div class=\"also\"><article><a href=\"/x\">Ferry times</a> "
                                     "<time datetime=\"2023-06-12\">June 12, 2023</time></article></div>"
                                     "<h1>Budget passes</h1><p>May 17, 2023</p>") +
                         kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-05-17");
}

// A page that prints only "3 hours ago" is dated by the Unix time its
// stamp's data attribute holds; a printed date outranks it.
TEST(PublishedDate, UnixTimeInADataAttributeIsTheLastResort) {
  Article a = Read(std::string("<body><article><h1>Budget passes</h1><span class=\"ago\" "
                               "data-timestamp=\"1684312200\">3 hours ago</span>") +
                   kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-05-17T08:30:00Z");
  a = Read(std::string("<body><article><h1>Budget passes</h1><p>May 18, 2023</p><span class=\"ago\" "
                       "data-timestamp=\"1684312200\">3 hours ago</span>") +
           kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date.value_or("").substr(0, 10), "2023-05-18");
}

// A comment's <time> does not date the page, however near a short
// story's end it stands: the post's own line under the body does.
TEST(PublishedDate, CommentTimesAreNotThePages) {
  const Article a = Read(std::string("<body><article><h1>Budget passes</h1>") + kBody +
                         "<p>Posted May 17, 2023 in News</p><section class=\"comments\"><h2>Comments</h2>"
                         "<div class=\"comment\"><b>Bob</b> <time datetime=\"2023-06-01T09:14:00Z\">June 1, "
                         "2023</time><p>Great news.</p></div></section></article></body>");
  EXPECT_EQ(a.date, "2023-05-17");
}

// A caption that mentions the day its picture was taken is no date line.
TEST(PublishedDate, CaptionMentioningADayIsNoDateLine) {
  const Article a = Read(std::string("<body><article><figure><img src=\"a.jpg\"><figcaption>The bridge pictured on "
                                     "March 3, 2019, before the flood.</figcaption></figure><h1>Budget passes</h1>"
                                     "<p>Published May 17, 2023</p>") +
                         kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-05-17");
}

// A class-less <time> after "Last updated" is the update.
TEST(PublishedDate, TimeAfterAnUpdateLabelIsTheUpdate) {
  const Article a = Read(std::string("<body><article><h1>Budget passes</h1><p>Last updated <time datetime=\""
                                     "2023-06-01T10:00:00Z\">June 1, 2023</time></p><p>Published <time datetime=\""
                                     "2023-05-17T08:00:00Z\">May 17, 2023</time></p>") +
                         kBody + kMore + "</article></body>");
  EXPECT_EQ(a.date, "2023-05-17T08:00:00Z");
  EXPECT_EQ(a.modified, "2023-06-01T10:00:00Z");
}

// With no other publication date (an old post's only line is its update),
// the first comment's <time> dates the page.
TEST(PublishedDate, FirstCommentTimeIsTheLastResort) {
  const Article a = Read(std::string("<body><article><h1>Budget passes</h1><p>Last updated on August 2, 2025</p>") +
                         kBody + kMore +
                         "<section class=\"comments\"><h2>Comments</h2><div class=\"comment\"><b>Bob</b> <time "
                         "datetime=\"2009-01-13T11:16:00\">January 13, 2009</time><p>Great news.</p></div>"
                         "</section></article></body>");
  EXPECT_EQ(a.date, "2009-01-13T11:16:00");
}

// A site labelling its only header <time> "Aktualisiert am" dates the
// page by it.
TEST(PublishedDate, OnlyHeaderTimeAfterAnUpdateLabelIsTheDate) {
  const Article a = Read(std::string("<body><article><h1>Budget passes</h1><p>Aktualisiert am <time datetime=\""
                                     "2023-04-28T19:20:36+02:00\">28.04.2023</time></p>") +
                         kBody + kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore + kMore +
                         "</article><aside><time datetime=\"2023-03-07\">07.03.2023</time></aside></body>");
  EXPECT_EQ(a.date, "2023-04-28T19:20:36+02:00");
}

}  // namespace
}  // namespace pith
