#include "clean/article_edges.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;

// FindArticle ends with TrimArticleEdges.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

std::string Page(const std::string& before, const std::string& after = "") {
  return "<body><article>" + before + "<div class=\"story-text\"><p>" + kPara1 + "</p><p>" + kPara2 + "</p><p>" +
         kPara1 + "</p></div>" + after + "</article></body>";
}

TEST(TrimArticleEdges, HeaderBoxBeforeTheTextColumn) {
  EXPECT_EQ(Body(Page("<div class=\"article-header\"><p class=\"byline-date\">November 18, 2019 | 4:10pm</p>"
                      "<h2>The Portuguese boss had been out of work since being sacked in December.</h2></div>"
                      "<div class=\"textresizer\">Text size</div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// A lead in a lead-classed box of the header is the article's first
// paragraph; the header's date line beside it still goes.
TEST(TrimArticleEdges, LeadBoxInTheHeaderStays) {
  const std::string lead = "The council will open a new library branch in the old post office next spring, it said.";
  EXPECT_EQ(Body(Page("<div class=\"article-header\"><p class=\"byline-date\">November 18, 2019 | 4:10pm</p>"
                      "<div class=\"article-intro\"><p>" + lead + "</p></div></div>")),
            (Strings{lead, kPara1, kPara2, kPara1}));
}

// A lead-classed paragraph in the article's own <header>, which the
// header's tag made chrome, is the article's first paragraph; a
// lead-classed box of the whole header (headline, dek and byline in an
// "image-lede" layout) keeps none of its lines.
TEST(TrimArticleEdges, LeadInTheArticlesHeaderTagStays) {
  const std::string lead = "The council will open a new library branch in the old post office next spring, it said.";
  const auto page = [&](const std::string& header) {
    return "<body><main><article><header>" + header + "</header><p>" + kPara1 + "</p><p>" + kPara2 + "</p><p>" +
           kPara1 + "</p></article></main></body>";
  };
  EXPECT_EQ(Body(page("<h1>New library</h1><p class=\"intro\">" + lead + "</p><p class=\"autor\">By Ann Lee</p>")),
            (Strings{lead, kPara1, kPara2, kPara1}));
  EXPECT_EQ(Body(page("<div class=\"image-lede\"><h1>New library</h1><p>" + lead + "</p><p>By Ann Lee</p></div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(TrimArticleEdges, ShortBylineLinesBeforeTheText) {
  EXPECT_EQ(Body(Page("<div class=\"ap-story-byline\">Associated Press</div>")), (Strings{kPara1, kPara2, kPara1}));
}

TEST(TrimArticleEdges, DateLineBeforeTheText) {
  EXPECT_EQ(Body(Page("<p>December 7, 2016 at 4:00 AM CST</p>")), (Strings{kPara1, kPara2, kPara1}));
}

// A notice's sentence runs on over a line of dates: "... in der Zeit" /
// "vom 21. Juli 2025 bis 29. August 2025" / "voll gesperrt." The dates are
// its text, not a date line heading it.
TEST(TrimArticleEdges, DateLineInsideARunningSentenceStays) {
  const std::string open = "Wegen Sanierungsarbeiten an der Brücke wird die Kreisstraße zwischen den beiden Orten "
                           "in der Zeit";
  const Strings body = Body(std::string("<body><article><div class=\"story-text\"><p>") + open +
                            "</p><p><b>vom 21. Juli 2025 bis 29. August 2025</b></p><p>voll gesperrt.</p><p>" +
                            kPara1 + "</p><p>" + kPara2 + "</p></div></article></body>");
  EXPECT_EQ(body, (Strings{open, "vom 21. Juli 2025 bis 29. August 2025", "voll gesperrt.", kPara1, kPara2}));
}

TEST(TrimArticleEdges, TextSplitIntoPiecesOfOneClassIsAllColumn) {
  // The first piece sits in a layout box whose class says "summary": still text.
  const std::string page = std::string("<body><article><div class=\"summary-middle\"><div class=\"story-text\"><p>") +
                           kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara1 + "</p></div></div><figure><img src=x>"
                           "</figure><div class=\"story-text\"><p>" + kPara2 + "</p><p>" + kPara1 + "</p><p>" + kPara2 +
                           "</p><p>" + kPara1 + "</p></div></article></body>";
  EXPECT_EQ(Body(page).size(), 7u);
}

TEST(TrimArticleEdges, AuthorBioAfterTheText) {
  EXPECT_EQ(Body(Page("", "<div class=\"post-author\"><p>Regan is a Connecticut native now living in Central "
                          "Massachusetts with her husband, two sons, and a dog.</p></div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(TrimArticleEdges, KeepsWhatIsInTheTextColumn) {
  const std::string in_column = std::string("<body><article><div class=\"story-text\"><p>BAAR, SWITZERLAND</p><p>") + kPara1 +
                                "</p><p>" + kPara2 + "</p></div></article></body>";
  EXPECT_EQ(Body(in_column), (Strings{"BAAR, SWITZERLAND", kPara1, kPara2}));
}

// The section sits in the text column, after the article's last paragraph.
std::string ColumnPage(const std::string& after) {
  return std::string("<body><article><div class=\"story-text\"><p>") + kPara1 + "</p><p>" + kPara2 + "</p><p>" +
         kPara1 + "</p>" + after + "</div></article></body>";
}

TEST(DropClosingSection, RelatedListClosingTheBody) {
  EXPECT_EQ(Body(ColumnPage("<h2>Recommended Reading</h2><p><a href=\"/a\">How to Plan a Budget</a></p>"
                            "<p>Budgets need not be hard. Learn the basics in this short guide.</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// A short item's related-posts grid: the tail is more than a fifth of the
// body, but its first line is another story's linked title.
TEST(DropClosingSection, LinkedTitlesUnderRelatedHeadClosingAShortItem) {
  const std::string cards =
      "<h2>See also</h2><h3><a href=\"/a\">New grants for doctoral students</a></h3><p>June 10, 2024</p>"
      "<p>The rector has opened a call for research grants for doctoral students of every faculty, with "
      "applications due by the end of July.</p><h3><a href=\"/b\">Library open longer during exams</a></h3>"
      "<p>During the exam session the main reading room will stay open until midnight every day.</p>";
  EXPECT_EQ(Body(ColumnPage(cards)), (Strings{kPara1, kPara2, kPara1}));
  // The same tail under a head that opens with a sentence of its own stays:
  // it may be the story's last section.
  const std::string section =
      "<h2>See also</h2><p>Our earlier reports on the council tell how the plan began.</p><p>The rector has opened "
      "a call for research grants for doctoral students of every faculty, with applications due by July.</p>"
      "<p>During the exam session the main reading room will stay open until midnight every day.</p>";
  EXPECT_EQ(Body(ColumnPage(section)).size(), 7u);
}

TEST(DropClosingSection, AuthorHeadAndBioClosingTheBody) {
  EXPECT_EQ(Body(ColumnPage("<h3>About the Contributor</h3><p>Mira Tolle writes about local government.</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropClosingSection, PressReleaseCompanyBox) {
  EXPECT_EQ(Body(ColumnPage("<p><strong>About Brightwater Analytics</strong></p><p>Brightwater Analytics is a "
                            "provider of data tools for planners, founded in 2009.</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// A short release of three sentences over a company box as long as the
// release goes; an about page's "About <company>" section under a line of
// welcome is its text.
TEST(DropClosingSection, ShortReleaseCompanyBoxAsLongAsTheStory) {
  const std::string release = "<body><article><div class=\"release\"><p>Brightwater Analytics has opened a new "
                              "office in Leeds today.</p><p>The office will employ forty people by the end of the "
                              "year.</p><p>Hiring starts next month.</p><h3>About Brightwater Analytics</h3><p>"
                              "Brightwater Analytics is a data company based in Bristol that builds forecasting tools "
                              "for public services.</p></div></article></body>";
  EXPECT_EQ(Body(release).size(), 3u);
  const std::string about = "<body><article><div class=\"page\"><p>Welcome to our website.</p><h2>About Brightwater "
                            "Analytics</h2><p>Brightwater Analytics is a data company based in Bristol that builds "
                            "forecasting tools for public services.</p><p>We work with councils, hospitals and "
                            "schools across the country.</p></div></article></body>";
  EXPECT_EQ(Body(about).size(), 4u);
}

// A company box whose bold head shares its paragraph, over a line break,
// and a press contact box after it, headed the same way: both go.
TEST(DropClosingSection, CompanyAndContactHeadsInTheirParagraphs) {
  EXPECT_EQ(Body(ColumnPage("<p><b>\xC3\x9C" "ber den Verband</b><br>Der Verband vertritt 2.300 Fachgesch\xC3\xA4"
                            "fte in Deutschland.</p><p><b>Kontakt f\xC3\xBCr die Presse:</b><br>Lisa Brandt<br>"
                            "Tel. 030 1234567</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// A contact box alone, with no company box above it, closes a release;
// the same head over most of the text is no closing box.
TEST(DropClosingSection, PressContactBoxAlone) {
  EXPECT_EQ(Body(ColumnPage("<p><strong>Media contact:</strong></p><p>Jane Doe, +1 617 555 0142</p>")),
            (Strings{kPara1, kPara2, kPara1}));
  const std::string long_tail = std::string("<p>Media contact:</p><p>") + kPara2 + "</p><p>" + kPara1 + "</p><p>" +
                                kPara2 + "</p><p>" + kPara1 + "</p>";
  EXPECT_EQ(Body(ColumnPage(long_tail)).size(), 8u);
}

// A reader poll under the text, headed "Umfrage" over its question and
// results, goes; so does one headed "What do you think?" over its options.
TEST(DropClosingSection, ReaderPollClosingTheText) {
  EXPECT_EQ(Body(ColumnPage("<h3>Umfrage</h3><p>Sollte die Innenstadt autofrei werden?</p><p>Ja: 58 Prozent</p>"
                            "<p>Nein: 34 Prozent</p><p>Abgegebene Stimmen: 1.247</p>")),
            (Strings{kPara1, kPara2, kPara1}));
  EXPECT_EQ(Body(ColumnPage("<h3>What do you think?</h3><p>Should the pool be handed to a trust?</p>"
                            "<p>Yes<br>No<br>Don't know</p><p><button>Vote</button> <a href=\"/r\">View results</a></p>")),
            (Strings{kPara1, kPara2, kPara1}));
  // Its options as radio buttons in a form, whose labels run together.
  EXPECT_EQ(Body(ColumnPage("<h3>Reader poll</h3><p>Should the pool be handed to a trust?</p><form><label><input "
                            "type=\"radio\" name=\"a\">Yes</label><label><input type=\"radio\" name=\"a\">No</label>"
                            "</form>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// A head that reads like a poll's over a section of prose is the story's
// own: a German report's "Abstimmung" over the vote's date, an opinion
// piece's "What do you think?" over the writer's answer. A poll of bare
// options, no shares, still goes.
TEST(DropClosingSection, PollLikeHeadOverProseStays) {
  EXPECT_EQ(Body(ColumnPage("<h2>Abstimmung</h2><p>Die Abstimmung im Plenum ist f\xC3\xBCr Anfang Juli geplant. "
                            "Zuvor sollen die Aussch\xC3\xBCsse Sachverst\xC3\xA4ndige anh\xC3\xB6ren.</p>"))
                .size(),
            5u);
  const std::string opinion = std::string("<p>") + kPara2 + "</p><p>" + kPara1 +
                              "</p><h2>What do you think?</h2><p>I think the council should go ahead, but slowly: "
                              "close one street at a time and give residents a say before each step.</p>";
  EXPECT_EQ(Body(ColumnPage(opinion)).size(), 7u);
  EXPECT_EQ(Body(ColumnPage("<h3>Umfrage</h3><p>Sollte die Innenstadt autofrei werden?</p><p>Ja</p><p>Nein</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

// "Über die Umfrage" over a survey's note closing a story: the article
// stands before a common noun, no company's name, and no press contact
// box follows; the note stays, its head in its paragraph or above it.
TEST(DropClosingSection, AboutTheSurveyNoteStays) {
  EXPECT_EQ(Body(ColumnPage("<p><b>\xC3\x9C" "ber die Umfrage</b><br>Die Umfrage wurde vom Institut Forsa unter "
                            "1.002 Erwachsenen im Mai 2024 durchgef\xC3\xBChrt.</p>"))
                .size(),
            4u);
  EXPECT_EQ(Body(ColumnPage("<h3>\xC3\x9C" "ber die Umfrage</h3><p>Die Umfrage wurde vom Institut Forsa unter "
                            "1.002 Erwachsenen im Mai 2024 durchgef\xC3\xBChrt.</p>"))
                .size(),
            5u);
}

TEST(DropClosingSection, TwoCompanyBoxes) {
  EXPECT_EQ(Body(ColumnPage("<h3>About Brightwater</h3><p>Brightwater makes data tools.</p>"
                            "<h3>About Kestrel Labs</h3><p>Kestrel Labs builds sensors for bridges.</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropClosingSection, AboutHeadOverTextNotNamingItStays) {
  // The paragraph does not open with the head's name: a section of the
  // story ("About Town" over what happened in town).
  EXPECT_EQ(Body(ColumnPage("<h3>About Town</h3><p>The fair opens on Saturday with twenty stalls.</p>")).size(), 5u);
}

TEST(DropClosingSection, DroppedHeadRightBeforeTheTail) {
  // The head went as a link label; the blurb right after it, beside it, is
  // the closing section's.
  EXPECT_EQ(Body(ColumnPage("<p><a href=\"/about\">More from Riverbank</a></p>"
                            "<p>Riverbank Council is a nonprofit serving three counties.</p>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropClosingSection, TextAfterADroppedBoxStays) {
  const std::string after = std::string("<div class=\"related-box\"><p>Read more</p><p><a href=\"/x\">Another "
                                        "story</a></p></div><p>The mayor said the vote was final.</p>");
  EXPECT_EQ(Body(ColumnPage(after)), (Strings{kPara1, kPara2, kPara1, "The mayor said the vote was final."}));
}

TEST(DropClosingSection, TextAfterABoxEndingInItsOwnHeadStays) {
  // The strip's "Read more stories" is its own loose text after its cards,
  // not a heading beside the text that follows.
  const std::string after = std::string("<aside class=\"trending-strip\"><p><a href=\"/x\">Another story</a></p>"
                                        "<p><a href=\"/y\">One more story</a></p>Read more stories</aside>"
                                        "<p>The mayor said the vote was final.</p>");
  EXPECT_EQ(Body(ColumnPage(after)), (Strings{kPara1, kPara2, kPara1, "The mayor said the vote was final."}));
}

TEST(DropClosingSection, HeadBeforeMuchTextStays) {
  // Text after the head makes up a large part of the body: a section of
  // the article that happens to carry such a title.
  const std::string after = std::string("<h2>Related reading</h2><p>") + kPara2 + "</p><p>" + kPara1 + "</p>";
  EXPECT_EQ(Body(ColumnPage(after)).size(), 6u);
}

// Paragraphs as classed divs straight in the <article>: the article is the
// container, the text column its "para" divs; `after` follows them.
std::string ParaPage(const std::string& after) {
  return std::string("<body><article><div class=\"para\">") + kPara1 + "</div><div class=\"para\">" + kPara2 +
         "</div><div class=\"para\">" + kPara1 + "</div><div class=\"para\">" + kPara2 + "</div>" + after +
         "</article></body>";
}

// Two link rows (share buttons) the article drops.
constexpr const char* kShareBar = "<div class=\"share\"><p><a href=\"/f\">Facebook</a></p><p><a href=\"/x\">Post it</a></p></div>";
constexpr const char* kPitch = "<h3>Our morning briefing</h3><div class=\"note\">Sign up and get the day's top stories in "
                               "your inbox every weekday, before your first coffee.</div>";

TEST(DropBoxesAfterText, PitchSetApartFromTheText) {
  EXPECT_EQ(Body(ParaPage(std::string(kShareBar) + kPitch)), (Strings{kPara1, kPara2, kPara1, kPara2}));
}

TEST(DropBoxesAfterText, BoxRightAfterTheTextStays) {
  // Nothing between: may be the text's last section in another container.
  EXPECT_EQ(Body(ParaPage(kPitch)).size(), 6u);
}

TEST(DropBoxesAfterText, LongBoxStays) {
  const std::string box = std::string("<div class=\"note\">") + kPara2 + "</div><div class=\"note\">" + kPara1 + "</div>";
  EXPECT_EQ(Body(ParaPage(kShareBar + box)).size(), 6u);
}

TEST(DropEmbedPlaceholders, ConsentBoxWithItsLabelAndTitle) {
  const std::string box =
      "<div class=\"embed\"><p>Chart: trade partners 2023</p><div class=\"notice\"><p>Externen Inhalt anzeigen</p>"
      "<p>Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird.</p></div></div>";
  EXPECT_EQ(Body(Page("", box)), (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropEmbedPlaceholders, TextAboutConsentStays) {
  const std::string para = "<p>The minister said the law would need the consent of both chambers before it is "
                           "loaded onto the statute book next year.</p>";
  EXPECT_EQ(Body(Page("", para)).size(), 4u);
}

// The text with `between` set between its first and second paragraphs.
std::string PageWithin(const std::string& between) {
  return std::string("<body><article><div class=\"story-text\"><p>") + kPara1 + "</p>" + between + "<p>" + kPara2 +
         "</p><p>" + kPara1 + "</p></div></article></body>";
}

// A pitch box of a heading, a line and a button link between the paragraphs.
std::string CtaBox(const char* button_class) {
  return std::string("<div class=\"box\"><h2>Werden Sie Pate!</h2><p>Mit 10 Euro im Monat helfen Sie mit.</p>"
                     "<div class=\"") + button_class + "\"><a href=\"/spenden\">Pate werden</a></div></div>";
}

TEST(DropCallToActionBoxes, PitchBoxWithButtonGoes) {
  EXPECT_EQ(Body(PageWithin(CtaBox("wp-block-button"))), (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropCallToActionBoxes, BoxWithPlainLinkStays) {
  // A section that ends on a plain link is the text's own.
  EXPECT_EQ(Body(PageWithin(CtaBox("more"))).size(), 5u);
}

TEST(DropCallToActionBoxes, PageOfButtonBoxesKeepsThem) {
  // Three or more are a page's sections, each with its button.
  const std::string boxes = CtaBox("btn") + CtaBox("btn") + CtaBox("btn");
  EXPECT_EQ(Body(PageWithin(boxes)).size(), 9u);
}

TEST(DropContentsTitle, TitleWithoutItsList) {
  EXPECT_EQ(Body(PageWithin("<div class=\"index\"><p>Table of Contents</p><div class=\"list\"></div></div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropContentsTitle, TitleOverItsKeptListStays) {
  EXPECT_EQ(Body(PageWithin("<p>In this article</p><ul><li>The vote and what it changes for the city</li>"
                            "<li>What the critics of the budget say</li></ul>"))[1],
            "In this article");
}

TEST(DropContentsTitle, HeadingOverTheTextStays) {
  EXPECT_EQ(Body(PageWithin("<h2>In this guide</h2>"))[1], "In this guide");
}

TEST(DropLeadInsOverDroppedLinks, LabelOverALinkedHeadlineLeftOut) {
  const Strings body = Body(PageWithin("<p><b>Czytaj tak\xC5\xBC" "e:</b></p><p><a href=\"/a/1\">Ceny bilet\xC3\xB3w "
                                       "wzrosn\xC4\x85 od stycznia</a></p>"));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropLeadInsOverDroppedLinks, NamesAndButtonsStay) {
  // A name without a colon over a dropped shop link, and a label over a
  // one-word link, are the text's list.
  EXPECT_EQ(Body(PageWithin("<h3>Everlane</h3><p><a href=\"/e\">everlane</a></p>"))[1], "Everlane");
  EXPECT_EQ(Body(PageWithin("<p>Download:</p><p><a href=\"/f.pdf\">Checklist</a></p>"))[1], "Download:");
}

TEST(DropHeadingsOverNothing, HeadingOverLogosAtTheEnd) {
  EXPECT_EQ(Body(Page("", "<div class=\"partners\"><h2>Our partners</h2><img src=\"a.png\" alt=\"\">"
                          "<img src=\"b.png\" alt=\"\"></div>")),
            (Strings{kPara1, kPara2, kPara1}));
}

TEST(DropHeadingsOverNothing, HeadingOverTextStays) {
  EXPECT_EQ(Body(Page("", "<h2>What comes next</h2><p>" + std::string(kPara2) + "</p>"))[3], "What comes next");
}

}  // namespace
}  // namespace pith
