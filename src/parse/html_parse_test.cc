#include "parse/html_parse.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace pith {
namespace {

std::vector<std::string> Texts(const Document& d) {
  std::vector<std::string> out;
  for (const Block& b : d.blocks) out.push_back(b.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST(ParseHtml, OneBlockPerParagraphWithCollapsedSpace) {
  const Document d = ParseHtml("<body><p>  One\n  <b>bold</b>  two </p><p>Three</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"One bold two", "Three"}));
  EXPECT_EQ(d.format, SourceFormat::kHtml);
}

TEST(ParseHtml, InlineElementsDoNotAddSpaces) {
  EXPECT_EQ(Texts(ParseHtml("<p>un<span>believ</span>able</p>")), Strings{"unbelievable"});
}

TEST(ParseHtml, DoubleBreakEndsParagraphSingleBreakIsNewline) {
  EXPECT_EQ(Texts(ParseHtml("<div>First line<br>second line<br><br>Next para</div>")),
            (Strings{"First line\nsecond line", "Next para"}));
}

TEST(ParseHtml, ScriptsStylesHiddenAndFormsAreNotText) {
  const Document d = ParseHtml(
      "<body><script>var x = 1;</script><style>p{}</style><p hidden>secret</p>"
      "<div style=\"display: none\">gone</div><p>Seen<button>Click</button></p>"
      "<noscript>Enable JS</noscript><select><option>A</option></select></body>");
  EXPECT_EQ(Texts(d), Strings{"Seen"});
}

TEST(ParseHtml, HiddenAnswerUnderAQuestionIsShown) {
  // An FAQ's answer hidden until its question is clicked: after a toggle
  // button that asks, or after a subheading that asks.
  const Document d = ParseHtml(
      "<body><div><button aria-expanded=\"false\">Can I get my money back?</button><div hidden><p>Within 30 "
      "days.</p></div></div><h3>Is it taxed?</h3><div style=\"display:none\"><p>Only the interest.</p></div>"
      "</body>");
  EXPECT_EQ(Texts(d), (Strings{"Can I get my money back?", "Within 30 days.", "Is it taxed?", "Only the interest."}));
}

TEST(ParseHtml, HiddenBoxAfterAToggleThatAsksNothingStaysHidden) {
  // A menu's toggle and a heading that states: their hidden boxes stay out.
  const Document d = ParseHtml(
      "<body><button aria-expanded=\"false\">Menu</button><ul hidden><li>Account</li></ul>"
      "<h3>Prices</h3><div style=\"display:none\"><p>From 5 euros.</p></div><p>Seen</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"Prices", "Seen"}));
}

TEST(ParseHtml, TextHiddenForGoodAfterAQuestionStaysHidden) {
  // Screen-reader text and a closed dialog are hidden for good, whatever
  // heading asks before them.
  const Document d = ParseHtml(
      "<body><h3>What happens next?</h3><div class=\"visually-hidden\"><p>Skip to the form.</p></div>"
      "<h3>Want more?</h3><dialog><p>Sign up now.</p></dialog><p>Seen</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"What happens next?", "Want more?", "Seen"}));
}

TEST(ParseHtml, SubheadingsAccordionToggleIsTheHeadingsText) {
  // The ARIA accordion: the question lives only in the heading's button.
  const Document d = ParseHtml(
      "<body><div class=\"accordion\"><h2 class=\"accordion-header\"><button aria-expanded=\"false\" "
      "aria-controls=\"c1\">Can I cancel?</button></h2><div id=\"c1\" class=\"collapse\"><p>Yes, at any "
      "time.</p></div><h3><button aria-controls=\"c2\">Prices</button></h3><p>From 5 euros.</p></div></body>");
  EXPECT_EQ(Texts(d), (Strings{"Can I cancel?", "Yes, at any time.", "Prices", "From 5 euros."}));
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kHeading);
}

TEST(ParseHtml, OtherButtonsStayOutOfTheText) {
  // A menu toggle in the h1, a plain button in a subheading, a toggle
  // outside any heading: none of them is text.
  const Document d = ParseHtml(
      "<body><h1 id=\"nav\"><button aria-expanded=\"false\">Menu Close</button></h1>"
      "<h2>Story<button>Share</button></h2><div><button aria-expanded=\"false\">More</button></div>"
      "<p>Text.</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"Story", "Text."}));
}

TEST(ParseHtml, ScreenReaderAndHiddenClassesAreNotText) {
  const Document d = ParseHtml(
      "<body><p><span class=\"off-screen\">Image copyright</span> Getty</p>"
      "<p>Shown<span class=\"sr-only\"> to screen readers</span></p><div class=\"modal hidden\">Popup</div>"
      "<p class=\"hidden-xs\">Narrow screens hide this, wide ones show it</p>"
      "<p><span class=\"image__visually-hidden\">Alt</span>Visible</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"Getty", "Shown", "Narrow screens hide this, wide ones show it", "Visible"}));
}

TEST(ParseHtml, HeadingKeepsAHiddenKickerSeparatorOnly) {
  const Document d = ParseHtml(
      "<body><h1><span class=\"kicker\">Ferry line<span class=\"visually-hidden\">:</span></span> "
      "<span>Boats every hour</span></h1>"
      "<h2><span>Harbour</span><span class=\"sr-only\"> - </span><span>New pier</span></h2>"
      "<h2>Quay<span class=\"sr-only\">Opens in a new window</span></h2>"
      "<p>Pier<span class=\"sr-only\">:</span> open</p></body>");
  EXPECT_EQ(Texts(d), (Strings{"Ferry line: Boats every hour", "Harbour - New pier", "Quay", "Pier open"}));
}

// A subhead's permalink mark is no text of the subhead; a link of words,
// a mark linking elsewhere, a mark outside a heading and the h1's stay.
TEST(ParseHtml, HeadingPermalinkMarkIsNotText) {
  EXPECT_EQ(Texts(ParseHtml("<h2>Setup<a class=\"headerlink\" href=\"#setup\">\u00b6</a></h2>"
                            "<h3>Usage <a href=\"#usage\"> # </a></h3><h3>Limits<a href=\"#l\">\U0001f517</a></h3>")),
            (Strings{"Setup", "Usage", "Limits"}));
  EXPECT_EQ(Texts(ParseHtml("<h2>Setup <a href=\"#setup\">link</a></h2><h2>Tags <a href=\"/tags/#\">#</a></h2>"
                            "<p>Section <a href=\"#s2\">\u00a7</a> 2</p><h1>Guide<a href=\"#guide\">\u00b6</a></h1>")),
            (Strings{"Setup link", "Tags #", "Section \u00a7 2", "Guide\u00b6"}));
}

TEST(ParseHtml, ClosedDialogIsNotTextAnOpenOneIs) {
  const Document d = ParseHtml(
      "<body><dialog class=\"panel\"><h1>Select an option</h1></dialog><p>Shown</p>"
      "<DIALOG open><p>Open dialog</p></DIALOG><dialogue><p>Not a dialog</p></dialogue></body>");
  EXPECT_EQ(Texts(d), (Strings{"Shown", "Open dialog", "Not a dialog"}));
}

TEST(ParseHtml, StreamedSegmentTakesItsTemplatesPlace) {
  const Document d = ParseHtml(
      "<body><h1>Title</h1><template id=\"B:0\"></template><p>After</p>"
      "<div hidden id=\"S:0\"><p>Streamed</p><template id=\"B:0\"></template></div>"
      "<div hidden id=\"S:7\"><p>No template</p></div><div hidden id=\"S:x\"><p>Not React</p></div></body>");
  EXPECT_EQ(Texts(d), (Strings{"Title", "Streamed", "After"}));
}

TEST(ParseHtml, StreamedPartInsideAnotherTakesItsPlaceholder) {
  const Document d = ParseHtml(
      "<body><h1>Title</h1><template id=\"B:a\"></template>"
      "<div hidden id=\"S:a\"><p>Outer</p><template id=\"P:1f\"></template></div>"
      "<div hidden id=\"S:1f\"><p>Inner</p></div></body>");
  EXPECT_EQ(Texts(d), (Strings{"Title", "Outer", "Inner"}));
}

TEST(ParseHtml, InlineCaptionSpanIsABlockOfItsOwn) {
  EXPECT_EQ(Texts(ParseHtml("<p><span class=\"image-container\"><img src=x><span class=\"caption\">The logo."
                            "</span></span></p><p>Text <span class=\"big\">here</span>.</p>")),
            (Strings{"The logo.", "Text here."}));
}

TEST(ParseHtml, CaptionInACustomElementIsABlockOfItsOwn) {
  EXPECT_EQ(Texts(ParseHtml("<div><img src=x>Lead <x-html class=\"image-copyright\">Jane Roe/dpa</x-html></div>"
                            "<div>Text <x-html class=\"big\">here</x-html>.</div>")),
            (Strings{"Lead", "Jane Roe/dpa", "Text here."}));
}

TEST(ParseHtml, ZeroWidthSpacesSeparateAndMakeNoBlock) {
  EXPECT_EQ(Texts(ParseHtml("<p>\xE2\x80\x8B</p><p>one\xE2\x80\x8Btwo</p><p>\xEF\xBB\xBF</p>")), Strings{"one two"});
}

TEST(ParseHtml, BlockKindsFollowMarkup) {
  const Document d = ParseHtml(
      "<h2>Sub</h2><ul><li>Item</li></ul><blockquote><p>Quote</p></blockquote><pre>a  b\n c</pre>"
      "<figure><figcaption>Cap</figcaption></figure>");
  ASSERT_EQ(d.blocks.size(), 5u);
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(d.blocks[0].level, 2);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(d.blocks[2].kind, BlockKind::kQuote);
  EXPECT_EQ(d.blocks[3].kind, BlockKind::kPre);
  EXPECT_EQ(d.blocks[3].text, "a  b\n c");
  EXPECT_EQ(d.blocks[4].kind, BlockKind::kCaption);
}

TEST(ParseHtml, LinkTextIsCounted) {
  const Document d = ParseHtml("<p>Read <a href=\"/x\">this story</a> now</p><p><a>no href</a></p>");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].link_bytes, 10);
  EXPECT_EQ(d.blocks[1].link_bytes, 0);
}

// An accordion's question is a control that opens its answer, not a link;
// an in-page link of another kind (a "modal" share toggle, a contents
// entry) and a collapse toggle to another page stay links.
TEST(ParseHtml, CollapseTogglesAreNoLinks) {
  const Document d = ParseHtml(
      "<h4><a data-toggle=\"collapse\" href=\"#c1\">Wie lange dauert es?</a></h4>"
      "<h4><a data-bs-toggle=\"Collapse\" href=\"\">Was kostet es?</a></h4>"
      "<p><a data-toggle=\"modal\" href=\"#share\">Teilen</a></p>"
      "<p><a href=\"#kapitel-2\">Kapitel 2</a></p>"
      "<p><a data-toggle=\"collapse\" href=\"/faq\">Alle Fragen</a></p>");
  ASSERT_EQ(d.blocks.size(), 5u);
  EXPECT_EQ(d.blocks[0].link_bytes, 0);
  EXPECT_EQ(d.blocks[1].link_bytes, 0);
  EXPECT_EQ(d.blocks[2].link_bytes, 6);
  EXPECT_EQ(d.blocks[3].link_bytes, 9);
  EXPECT_EQ(d.blocks[4].link_bytes, 11);
}

TEST(ParseHtml, DataTableRowsBecomeOneBlockEach) {
  const Document d = ParseHtml("<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>");
  EXPECT_EQ(Texts(d), (Strings{"Name | Age", "Ann | 31"}));
  EXPECT_EQ(d.blocks[1].kind, BlockKind::kTableRow);
  EXPECT_EQ(d.blocks[1].cells, (Strings{"Ann", "31"}));
}

TEST(ParseHtml, LayoutTableCellsStaySeparate) {
  const Document d = ParseHtml("<table><tr><td><p>Article one.</p><p>Two.</p></td><td>Side</td></tr></table>");
  EXPECT_EQ(Texts(d), (Strings{"Article one.", "Two.", "Side"}));
}

// An old table-layout page: the story cell's text, split by <br><br>, is
// no data cell, neither after the menu cell nor before the side cell.
TEST(ParseHtml, BrSplitStoryCellIsNoRowCell) {
  const Document d = ParseHtml(
      "<table><tr><td>News<br>Sports</td><td><b>Title</b><br><br>First paragraph.<br><br>Last paragraph.</td>"
      "<td>Weather</td></tr></table>");
  EXPECT_EQ(Texts(d), (Strings{"News\nSports", "Title", "First paragraph.", "Last paragraph.", "Weather"}));
  for (const Block& b : d.blocks) EXPECT_NE(b.kind, BlockKind::kTableRow);
}

TEST(ParseHtml, ElementsKeepTreeAndAttributes) {
  const Document d = ParseHtml("<div id=\"main\" class=\"story body\"><p>Text</p></div>");
  ASSERT_EQ(d.blocks.size(), 1u);
  const Element& p = d.elements[static_cast<std::size_t>(d.blocks[0].element)];
  EXPECT_EQ(p.tag, Tag::kP);
  const Element& div = d.elements[static_cast<std::size_t>(p.parent)];
  EXPECT_EQ(div.tag, Tag::kDiv);
  EXPECT_EQ(div.id, "main");
  EXPECT_EQ(div.cls, "story body");
  EXPECT_TRUE(d.Contains(p.parent, d.blocks[0].element));
  EXPECT_FALSE(d.Contains(d.blocks[0].element, p.parent));
}

TEST(ParseHtml, SubtreeEndIsOnePastTheLastElementInside) {
  const Document d = ParseHtml("<div><section><p>One.</p><p>Two.</p></section><p>After.</p></div><p>Out.</p>");
  ASSERT_EQ(d.blocks.size(), 4u);
  const std::int32_t section = d.elements[static_cast<std::size_t>(d.blocks[0].element)].parent;
  const std::int32_t end = d.SubtreeEnd(section);
  for (std::int32_t e = 0; e < static_cast<std::int32_t>(d.elements.size()); ++e) {
    EXPECT_EQ(e >= section && e < end, d.Contains(section, e)) << e;
  }
  EXPECT_EQ(end, d.blocks[2].element);
  EXPECT_EQ(d.SubtreeEnd(0), static_cast<std::int32_t>(d.elements.size()));
}

TEST(ParseHtml, EnclosingFindsTheNearestElementOfATag) {
  const Document d = ParseHtml("<article><div><article><p>Inner.</p></article></div><p>Outer.</p></article><p>Out.</p>");
  ASSERT_EQ(d.blocks.size(), 3u);
  const std::int32_t inner = d.Enclosing(d.blocks[0].element, Tag::kArticle);
  const std::int32_t outer = d.Enclosing(d.blocks[1].element, Tag::kArticle);
  ASSERT_GE(inner, 0);
  ASSERT_GE(outer, 0);
  EXPECT_NE(inner, outer);
  EXPECT_TRUE(d.Contains(outer, inner));
  EXPECT_EQ(d.Enclosing(inner, Tag::kArticle), inner);
  EXPECT_EQ(d.Enclosing(d.blocks[2].element, Tag::kArticle), -1);
}

TEST(ParseHtml, ADateNamedDataAttributeWithAClockIsATime) {
  const Document d = ParseHtml(
      "<body><p>x <span class=\"stamp\" data-published=\"2023-09-21T07:45:00+02:00\">21 September 2023</span>"
      "<span data-published=\"2023-09-21\">21 September</span><span data-id=\"2023-09-21T07:45\">a</span>"
      "<span data-item_date=\"2023-09-21 07:45:00\">b</span></p></body>");
  ASSERT_EQ(d.facts.times.size(), 2u);
  EXPECT_EQ(d.facts.times[0].datetime, "2023-09-21T07:45:00+02:00");
  EXPECT_EQ(d.facts.times[0].text, "21 September 2023");
  EXPECT_EQ(d.facts.times[1].datetime, "2023-09-21 07:45:00");
}

TEST(ParseHtml, JsonLdHeldInAnAttribute) {
  const Document d = ParseHtml(
      "<html><head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;}\">"
      "<script type=\"application/ld+json\" children=\"{&quot;@type&quot;:&quot;WebPage&quot;}\"></script>"
      "</head><body><p>Text</p></body></html>");
  ASSERT_EQ(d.facts.json_ld.size(), 2u);
  EXPECT_EQ(d.facts.json_ld[0], "{\"@type\":\"Article\"}");
  EXPECT_EQ(d.facts.json_ld[1], "{\"@type\":\"WebPage\"}");
  EXPECT_TRUE(d.facts.meta.empty());
}

TEST(ParseHtml, CollectsPageFacts) {
  const Document d = ParseHtml(
      "<html lang=\"en-GB\"><head><title>Story | Site</title>"
      "<meta property=\"og:title\" content=\"Story\"><meta name=\"Author\" content=\"Jane Doe\">"
      "<link rel=\"canonical\" href=\"https://example.com/story\">"
      "<link rel=\"amphtml\" href=\"https://example.com/amp/story\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
      "<body><time datetime=\"2016-02-22T08:27:00Z\">22 Feb</time>"
      "<span itemprop=\"author\">Jane Doe</span><a rel=\"author\" href=\"/jd\">J. Doe</a></body></html>");
  EXPECT_EQ(d.facts.title, "Story | Site");
  EXPECT_EQ(d.facts.language, "en-GB");
  EXPECT_EQ(d.facts.canonical, "https://example.com/story");
  EXPECT_EQ(d.facts.amp, "https://example.com/amp/story");
  ASSERT_EQ(d.facts.meta.size(), 2u);
  EXPECT_EQ(d.facts.meta[1].key, "author");
  ASSERT_EQ(d.facts.json_ld.size(), 1u);
  EXPECT_EQ(d.facts.json_ld[0], "{\"@type\":\"NewsArticle\"}");
  ASSERT_EQ(d.facts.times.size(), 1u);
  EXPECT_EQ(d.facts.times[0].datetime, "2016-02-22T08:27:00Z");
  ASSERT_EQ(d.facts.itemprops.size(), 1u);
  EXPECT_EQ(d.facts.itemprops[0].value, "Jane Doe");
  EXPECT_EQ(d.facts.rel_author, std::vector<std::string>{"J. Doe"});
}

TEST(ParseHtml, MetaValueAttributeStandsInForContent) {
  const Document d = ParseHtml("<head><meta name=\"article:published_time\" value=\"2017-01-09T10:05:00-05:00\">"
                               "<meta name=\"author\" content=\"\" value=\"Keith Noonan\"></head><body></body>");
  ASSERT_EQ(d.facts.meta.size(), 2u);
  EXPECT_EQ(d.facts.meta[0].content, "2017-01-09T10:05:00-05:00");
  EXPECT_EQ(d.facts.meta[1].content, "Keith Noonan");
}

TEST(ParseHtml, TimeStampsKeepTheirHintsAndDataAttributes) {
  const Document d = ParseHtml(
      "<body><p>Intro text</p><p><time class=\"updated\" itemprop=\"dateModified\" datetime=\"2019-01-16\">16 Jan</time>"
      "</p><time data-published=\"2016-12-09 09:13:00Z\">Dec 9</time><time pubdate>Dec 8, 2016</time>"
      "<relative-time datetime=\"2020-07-07T12:10:51Z\">Jul 7</relative-time></body>");
  ASSERT_EQ(d.facts.times.size(), 4u);
  EXPECT_EQ(d.facts.times[0].block, 1);
  EXPECT_EQ(d.facts.times[0].hints, "updated datemodified");
  EXPECT_EQ(d.facts.times[1].datetime, "2016-12-09 09:13:00Z");
  EXPECT_EQ(d.facts.times[2].datetime, "");
  EXPECT_EQ(d.facts.times[2].text, "Dec 8, 2016");
  EXPECT_NE(d.facts.times[2].hints.find("pubdate"), std::string::npos);
  EXPECT_EQ(d.facts.times[3].datetime, "2020-07-07T12:10:51Z");
}

TEST(ParseHtml, RdfaAndHatomTimesInAttributesAreStamps) {
  const Document d = ParseHtml(
      "<body><p>Intro text</p><div class=\"submitted\"><span property=\"dc:date dc:created\" "
      "content=\"2016-03-04T10:12:00+01:00\" datatype=\"xsd:dateTime\">Submitted by Hans on Fr, 04.03.2016 - 10:12"
      "</span></div><span property=\"dcterms:modified\" content=\"2016-05-01T08:00:00+02:00\"></span>"
      "<abbr class=\"published\" title=\"2009-05-03T14:07:00-05:00\">May 3, 2009</abbr>"
      "<time class=\"updated\" title=\"2010-01-02T10:00:00+00:00\">January 2, 2010</time></body>");
  ASSERT_EQ(d.facts.times.size(), 4u);
  EXPECT_EQ(d.facts.times[0].block, 1);
  EXPECT_EQ(d.facts.times[0].datetime, "2016-03-04T10:12:00+01:00");
  EXPECT_EQ(d.facts.times[0].hints, "dc:date dc:created");
  EXPECT_EQ(d.facts.times[1].hints, "dcterms:modified");
  EXPECT_EQ(d.facts.times[2].datetime, "2009-05-03T14:07:00-05:00");
  EXPECT_EQ(d.facts.times[2].hints, "published");
  EXPECT_EQ(d.facts.times[3].datetime, "2010-01-02T10:00:00+00:00");
}

TEST(ParseHtml, OtherAttributesAreNoStamps) {
  // A title that is no date, a date property with a non-date content, an
  // unlisted property, and a plain abbr's title.
  const Document d = ParseHtml(
      "<body><p>Intro text</p><abbr class=\"published\" title=\"Published in print\">Print</abbr>"
      "<span property=\"dc:date\" content=\"yesterday\">Yesterday</span>"
      "<span property=\"dc:title\" content=\"2016-03-04 notes\">Notes</span>"
      "<abbr title=\"2009-05-03\">May 3</abbr></body>");
  EXPECT_TRUE(d.facts.times.empty());
}

TEST(ParseHtml, InlineAuthorElementsAreNoted) {
  const Document d = ParseHtml("<body><p>Intro text</p><div class=\"attribution\"><span class=\"author\">Jane Doe</span>"
                               " <span class=\"publication\">USA TODAY</span></div></body>");
  ASSERT_EQ(d.facts.author_spans.size(), 1u);
  EXPECT_EQ(d.facts.author_spans[0].block, 1);
  EXPECT_EQ(d.facts.author_spans[0].value, "Jane Doe");
}

TEST(ParseHtml, AnAuthorsJobTitleElementNamesNoOne) {
  const Document d = ParseHtml("<body><p>Intro text</p><div class=\"byline\">By <span>Jane Doe</span>"
                               "<span class=\"author-title\">, chief engineer, Acme</span>"
                               "<span class=\"card-author__role\">Head of Sales</span></div></body>");
  EXPECT_TRUE(d.facts.author_spans.empty());
}

TEST(ParseHtml, CaptionPartsInSpansAreSpaced) {
  const Document d = ParseHtml(
      "<figure><figcaption><span>A doorway of a bar.</span><span><span>Credit...</span>"
      "<span>Ed Murray</span></span></figcaption></figure><p>Tw<b>o</b> words<i>, glued</i></p>");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].text, "A doorway of a bar. Credit... Ed Murray");
  // Outside captions inline elements are left as they are.
  EXPECT_EQ(d.blocks[1].text, "Two words, glued");
}

TEST(ParseHtml, DeepNestingDoesNotRecurse) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "<p>Deep</p>";
  const Document d = ParseHtml(html);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].text, "Deep");
}

TEST(ParseHtml, EmptyInputGivesEmptyDocument) {
  const Document d = ParseHtml("");
  EXPECT_TRUE(d.blocks.empty());
  EXPECT_FALSE(d.elements.empty());
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

// "kind text [href]" of each span of a block, by its text.
std::vector<std::string> Spans(const Block& b) {
  std::vector<std::string> out;
  for (const TextSpan& s : b.spans) {
    const char* kind = s.kind == TextSpan::Kind::kLink ? "link" : s.kind == TextSpan::Kind::kStrong ? "strong" : "em";
    out.push_back(std::string(kind) + " " + b.text.substr(s.begin, s.end - s.begin) + (s.url.empty() ? "" : " " + s.url));
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ParseHtml, InlineSpansPointIntoTheUnchangedText) {
  const Document d = ParseHtml("<p>See <a href='/a'> the  <b>report</b></a>, <em>now</em>.<i> </i></p>");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].text, "See the report, now.");
  EXPECT_EQ(Spans(d.blocks[0]), (Strings{"em now", "link the report /a", "strong report"}));
}

TEST(ParseHtml, ALinkAroundBlocksGoesOnInEach) {
  const Document d = ParseHtml("<a href='/x'><h2>Title</h2><p>Teaser</p></a><p>After</p>");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(Spans(d.blocks[0]), Strings{"link Title /x"});
  EXPECT_EQ(Spans(d.blocks[1]), Strings{"link Teaser /x"});
  EXPECT_TRUE(d.blocks[2].spans.empty());
}

TEST(ParseHtml, TableRowSpansAreShiftedToTheirCell) {
  const Document d = ParseHtml("<table><tr><td>One</td><td><a href='/b'>Two</a></td></tr></table>");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].text, "One | Two");
  EXPECT_EQ(Spans(d.blocks[0]), Strings{"link Two /b"});
}

TEST(ParseHtml, ImagesWithTheirPlaceLazySourceAndNoPixels) {
  const Document d = ParseHtml(
      "<head><base href='https://x.example/s/'></head><p>Before</p><figure><img src='data:image/gif;base64,R0l' "
      "data-src='/big.jpg' alt=' A  cat '></figure><p>Text <img src='in.png'> more</p>"
      "<img src='/pixel.gif' width='1' height='1'><img srcset='/a.jpg 1x, /b.jpg 2x'><img hidden src='/h.jpg'>");
  EXPECT_EQ(d.facts.base, "https://x.example/s/");
  ASSERT_EQ(d.images.size(), 3u);
  EXPECT_EQ(d.images[0].src, "/big.jpg");
  EXPECT_EQ(d.images[0].alt, "A cat");
  EXPECT_EQ(d.images[0].block, 1);
  EXPECT_FALSE(d.images[0].in_text);
  EXPECT_EQ(d.images[1].src, "in.png");
  EXPECT_EQ(d.images[1].block, 1);
  EXPECT_TRUE(d.images[1].in_text);
  EXPECT_EQ(d.images[2].src, "/a.jpg");
  EXPECT_EQ(d.images[2].block, 2);
}

TEST(ParseHtml, UnixTimesInTimeNamedDataAttributes) {
  // Seconds and milliseconds; not a number of another length, nor a
  // data attribute named for something else.
  const Document d = ParseHtml(
      "<body><p><span data-time=\"1552579542\">Mar 14</span> <a data-utime-ms=\"1552579600000\">x</a>"
      " <span data-time=\"155257954\">y</span> <span data-id=\"1552579542\">z</span></p></body>");
  EXPECT_EQ(d.facts.epoch_clocks, (std::vector<long long>{1552579542, 1552579600}));
}

// An empty link to a page, laid over a card, is recorded with the box it
// sits in; links with text or a picture, and in-page or script links, not.
TEST(ParseHtml, OverlayLinksAreRecorded) {
  const Document d = ParseHtml(
      "<body><div class=card><a href=\"/story\"> </a><h3>Title</h3></div>"
      "<p><a href=\"/a\">text</a><a href=\"#top\"></a><a href=\"javascript:void(0)\"></a>"
      "<a href=\"/b\"><img src=\"/pic.jpg\" width=300 height=200></a></p></body>");
  ASSERT_EQ(d.facts.overlay_links.size(), 1u);
  EXPECT_EQ(d.facts.overlay_links[0].href, "/story");
  const Element& box = d.elements[static_cast<std::size_t>(d.facts.overlay_links[0].element)];
  EXPECT_EQ(box.cls, "card");
}

}  // namespace
}  // namespace pith
