#include "clean/article_html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

const char kLong[] = "<p>Kitchen scraps, garden clippings and cardboard make up almost a third of what most "
                     "households throw away, and nearly all of it, with a little care, can become compost.</p>"
                     "<p>A heap needs no special kit, only a corner of the garden, a little patience, a fork, "
                     "and the right mix of wet and dry things, turned now and then.</p>";
const char kShort2[] = "<p>Turn the heap every few weeks to let air in. A sour heap needs more browns.</p>";

// Short paragraphs with few commas, more than a widening's worth of them.
std::string ShortParagraphs(const std::string& before, const std::string& after) {
  std::string html;
  for (const char* p : {"Greens are wet and rich in nitrogen. Browns are dry. Aim for equal amounts of each.",
                        "Peelings, coffee grounds and grass count as greens. Leaves and straw count as browns.",
                        "A heap that is too wet smells sour. Add torn cardboard and turn it with a fork.",
                        "A heap that is too dry does nothing. Water it lightly and cover it with an old rug.",
                        "Keep meat, fish and dairy out of the heap. They draw rats and smell as they rot.",
                        "Compost is ready when it is dark and crumbly. That usually takes six months."}) {
    html += before + "<p>" + p + "</p>" + after;
  }
  return html;
}

Strings Body(const std::string& html) {
  return test::HtmlBodyTexts("<body><header><a href=\"/\">Home</a></header>" + html + "</body>");
}

bool Has(const Strings& body, const std::string& text) {
  for (const std::string& s : body) {
    if (s == text) return true;
  }
  return false;
}

// The text's own paragraphs, long enough for another story to follow them.
std::string StoryText() { return std::string(kLong) + kLong + kLong + kLong; }

// Another story's paragraphs, as long.
std::string OtherText() {
  std::string html;
  for (int i = 0; i < 4; ++i) {
    html += "<p>Cut back to an outward-facing bud, a little above it, with a clean slanting cut, and burn the "
            "old wood rather than composting it, since it may carry disease into next year's beds.</p>"
            "<p>Roses pruned hard in late winter flower later but on stronger stems, and a mulch of well-rotted "
            "manure afterwards, kept clear of the stems, feeds them through the spring.</p>";
  }
  return html;
}

const char kOtherLine[] =
    "Roses pruned hard in late winter flower later but on stronger stems, and a mulch of well-rotted manure "
    "afterwards, kept clear of the stems, feeds them through the spring.";

// A shop's review tab in a panel of the description's own kind: the
// reviews' "review-content" boxes do not make their list the article, and
// the reviews stay out of the body beside a short description.
TEST(SelectHtmlArticle, ReviewTabBesideShortDescriptionGoes) {
  const std::string review =
      "<li class=\"review-item\"><div class=\"review-content\">Bought two of these for the allotment last spring "
      "and both still cut cleanly, though the spring on one came loose after a few months of use.</div></li>";
  const Strings body = Body(
      "<main><h1>Pruning shears</h1><div class=\"tabs\"><div class=\"data item content\">" + std::string(kLong) +
      "</div><div class=\"data item content\"><div class=\"block review-list\"><ol>" + review + review + review +
      "</ol></div></div></div></main>");
  EXPECT_TRUE(Has(body, "A heap needs no special kit, only a corner of the garden, a little patience, a fork, "
                        "and the right mix of wet and dry things, turned now and then."));
  for (const std::string& s : body) EXPECT_EQ(s.find("allotment"), std::string::npos) << s;
}

// The next article an endless page appends, in an <article> of its own that
// opens with its headline: out of the body.
TEST(SelectHtmlArticle, NextArticleElementGoes) {
  const Strings body = Body("<main><article class=\"story\"><h1>Composting at home</h1><div class=\"text\">" +
                            StoryText() + "</div></article><article class=\"story\"><h1>Pruning roses</h1>"
                            "<div class=\"text\">" + OtherText() + "</div></article></main>");
  EXPECT_FALSE(Has(body, kOtherLine));
  EXPECT_FALSE(body.empty());
}

// A blog column's next post beside a short one: its title linked to its own
// page, a date under it. Out of the body however long, and the short post
// stays the article; a live blog's updates, titles linked to anchors of the
// page, stay.
TEST(SelectHtmlArticle, FollowingPostBesideAShortPostGoes) {
  auto post = [](const std::string& href, const std::string& title, const std::string& text) {
    return "<article class=\"post\"><h2><a href=\"" + href + "\">" + title +
           "</a></h2><p class=\"meta\">March 12, 2024 by Jo Bell</p><div class=\"entry\">" + text +
           "</div></article>";
  };
  const std::string column = "<main><div class=\"column\">" + post("/2024/03/compost/", "Composting at home", kLong) +
                             post("/2024/02/roses/", "Pruning roses", OtherText()) + "</div></main>";
  const Strings body = Body(column);
  EXPECT_FALSE(Has(body, kOtherLine));
  EXPECT_FALSE(body.empty());
  std::string live = "<main><h1>Garden show live</h1><div class=\"live\">";
  for (int i = 0; i < 3; ++i) live += post("#update-" + std::to_string(i), "Update", kLong);
  EXPECT_TRUE(Has(Body(live + post("#update-9", "Roses", OtherText()) + "</div></main>"), kOtherLine));
}

// The same column set in <div> boxes: the next post's box, of the kind of
// the text's own and beside it, goes; a box of another kind (a promo under
// the post, its title linked and dated) is not taken for a post.
TEST(SelectHtmlArticle, FollowingPostInADivColumnGoes) {
  auto box = [](const std::string& cls, const std::string& title, const std::string& text) {
    return "<div class=\"" + cls + "\"><h2><a href=\"/2024/02/roses/\">" + title +
           "</a></h2><p class=\"meta\">March 12, 2024 by Jo Bell</p><div class=\"entry\">" + text + "</div></div>";
  };
  const std::string own = "<div class=\"post\"><h1>Composting at home</h1><div class=\"entry\">" + StoryText() + "</div></div>";
  const Strings body = Body("<main><div class=\"column\">" + own + box("post", "Pruning roses", OtherText()) + "</div></main>");
  EXPECT_FALSE(Has(body, kOtherLine));
  EXPECT_FALSE(body.empty());
  EXPECT_TRUE(Has(Body("<main><div class=\"column\">" + own + box("feature", "Pruning roses", OtherText()) +
                       "</div></main>"),
                  kOtherLine));
}

// A live blog's first update: its title, linked to its own anchor over
// the first kept text, is a subhead like the later updates' titles, not
// the post's permalinked title.
TEST(SelectHtmlArticle, LiveBlogsFirstUpdateTitleStays) {
  std::string live = "<main><h1>Garden show live</h1><div class=\"live\">";
  for (int i = 0; i < 3; ++i) {
    const std::string id = std::to_string(i);
    live += "<article class=\"update\"><h2><a href=\"#update-" + id + "\">Stand " + id +
            " opens</a></h2><p class=\"time\">10:0" + id + "</p>" + kLong + "</article>";
  }
  const Strings body = Body(live + "</div></main>");
  EXPECT_TRUE(Has(body, "Stand 0 opens"));
  EXPECT_TRUE(Has(body, "Stand 1 opens"));
}

// A headline's own box, classed as a page part ("page-header"), outscores
// text wrappers whose classes read as chrome (a page builder's editor
// widgets): the article is the box around both, not the headline's alone.
TEST(SelectHtmlArticle, HeadlineBoxBesideChromeClassedTextGrowsToTheText) {
  const std::string rows =
      "<div class=\"panel-grid\"><div class=\"panel-grid-cell\"><div class=\"so-panel widget widget_sow-editor\">"
      "<div class=\"so-widget-sow-editor\"><div class=\"textwidget\">" + std::string(kLong) + "</div></div></div></div></div>";
  const Strings body = Body("<main class=\"main\"><div class=\"page-header\"><h1>Composting at home: what "
                            "goes on the heap and what stays out</h1></div><div class=\"panel-layout\">" + rows +
                            "</div></main><aside class=\"sidebar\"><ul><li><a href=\"/a\">Pruning roses</a></li>"
                            "</ul></aside>");
  EXPECT_FALSE(body.empty());
  EXPECT_TRUE(Has(body, "A heap needs no special kit, only a corner of the garden, a little patience, a fork, and "
                        "the right mix of wet and dry things, turned now and then."));
}

// A link to an anchor of this page ("#update-3") is no other story's.
TEST(LinksToAnchor, FirstLinkOfTheBlock) {
  Block anchor;
  anchor.spans.push_back({TextSpan::Kind::kLink, 0, 6, "#update-3"});
  EXPECT_TRUE(LinksToAnchor(anchor));
  Block page;
  page.spans.push_back({TextSpan::Kind::kLink, 0, 6, "/2024/02/roses/"});
  EXPECT_FALSE(LinksToAnchor(page));
  Block scripted;
  scripted.spans.push_back({TextSpan::Kind::kLink, 0, 6, "#"});
  EXPECT_FALSE(LinksToAnchor(scripted));
  EXPECT_FALSE(LinksToAnchor(Block{}));
}

// <article> items inside the text's own box that open with a linked title
// (a buying guide's products) are the text.
TEST(SelectHtmlArticle, LinkedItemsInTheTextBoxStay) {
  const Strings body = Body("<article><h1>Best compost bins</h1><div class=\"text\">" + StoryText() +
                            "<article><h3><a href=\"/bins/oak\">Oak slat bin</a></h3>" + OtherText() +
                            "</article></div></article>");
  EXPECT_TRUE(Has(body, kOtherLine));
}

// <article> items under linked names that say more than a teaser does
// (a guide's products), even in a box of their own, are the text.
TEST(SelectHtmlArticle, LongItemsUnderLinkedNamesStay) {
  const Strings body = Body("<main><h1>Best rose pruners</h1><div class=\"intro\">" + StoryText() +
                            "</div><div class=\"items\"><article><h3><a href=\"/pruners/a\">Bypass pruner</a></h3>" +
                            OtherText() + "</article><article><h3><a href=\"/pruners/b\">Anvil pruner</a></h3>" +
                            kLong + "</article></div></main>");
  EXPECT_TRUE(Has(body, kOtherLine));
}

const char kCardSummary[] = "Gardeners in the valley swapped seeds for a season. Here is what grew.";

// A card of another story set among the text's paragraphs: a kicker over
// a linked title, a summary under it. Out of the body; the text goes on.
TEST(SelectHtmlArticle, LinkedCardInTheTextGoes) {
  const Strings body = Body("<article><h1>Composting at home</h1><div class=\"text\">" + StoryText() +
                            "<div class=\"module\"><article class=\"teaser\"><h3><div>Seed swap</div><span>:</span>"
                            "<a href=\"/garden/seed-swap\">What grew from the swap</a></h3><p>" + kCardSummary +
                            "</p></article></div>" + kShort2 + "</div></article>");
  EXPECT_FALSE(Has(body, kCardSummary));
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks to let air in. A sour heap needs more browns."));
}

// The same card whose title is no link, an empty link laid over it
// instead: out of the body. Without the overlay it is the text's box.
TEST(SelectHtmlArticle, OverlayLinkedCardInTheTextGoes) {
  auto page = [](const std::string& link) {
    return Body("<article><h1>Composting at home</h1><div class=\"text\">" + StoryText() +
                "<div><article class=\"teaser\">" + link + "<h3>What grew from the seed swap</h3><p>" +
                kCardSummary + "</p></article></div>" + kShort2 + "</div></article>");
  };
  EXPECT_FALSE(Has(page("<a class=\"cover\" href=\"/garden/seed-swap\"></a>"), kCardSummary));
  EXPECT_TRUE(Has(page(""), kCardSummary));
  EXPECT_TRUE(Has(page("<a class=\"top\" href=\"#top\"></a>"), kCardSummary));
}

// Cards side by side in the text are its own list (a guide's picks, each
// a linked name over a line): they stay.
TEST(SelectHtmlArticle, LinkedCardsSideBySideStay) {
  std::string cards;
  for (const char* name : {"oak", "pine"}) {
    cards += std::string("<li><div class=\"pick\"><h3><a href=\"/bins/") + name + "\">The " + name +
             " slat bin</a></h3><p>" + kCardSummary + "</p></div></li>";
  }
  const Strings body = Body("<article><h1>Best compost bins</h1><div class=\"text\">" + StoryText() + "<ul>" +
                            cards + "</ul>" + kShort2 + "</div></article>");
  EXPECT_TRUE(Has(body, kCardSummary));
}

// A text split into boxes of one kind between promotions, each box in
// an unnamed wrapper, the first marked with a state of its own
// ("widget is-first"): every piece is the text, not only the longest.
TEST(SelectHtmlArticle, PiecesOfTheTextBoxInUnnamedWrappersStay) {
  const char opening[] = "A compost heap is the cheapest way to feed a garden, and the oldest: whatever grew last "
                         "year, with a little air, water and time, feeds what grows next year, and the bins cost "
                         "nothing but some pallets.";
  const std::string promo = "<div class=\"tour-card\"><h3><a href=\"/tours/1\">Join our compost walk</a></h3></div>";
  const std::string roses = OtherText().substr(0, OtherText().size() / 4);  // two paragraphs
  const Strings body = Body("<div class=\"layout\"><h1>Composting at home</h1><div><div class=\"widget is-first\"><p>" +
                            std::string(opening) + "</p></div></div>" + promo + "<div><div class=\"widget\">" +
                            StoryText() + StoryText() + StoryText() + "</div></div>" + promo +
                            "<div><div class=\"widget\">" + roses + "</div></div></div>");
  EXPECT_TRUE(Has(body, kOtherLine));
  EXPECT_TRUE(Has(body, opening));
}

// A page builder's closing one-line paragraph in a text widget of its own,
// the same kind as the text's widget, joins the text as the <p> it wraps;
// one in a widget of another kind (an icon box's line) stays out. The text
// is short: a long one's score lifts any widget of its kind in anyway.
std::string TextWidget(const std::string& key, const std::string& inner, const std::string& kind = "text-editor") {
  return "<div class=\"builder-element builder-element-" + key + " builder-widget-" + kind + "\"><div>" + inner +
         "</div></div>";
}

TEST(SelectHtmlArticle, ClosingLineInATextWidgetOfItsOwnStays) {
  const std::string closing = "The compost club meets every Friday at six.";
  const Strings body = Body("<main><h1>Composting at home</h1>" + TextWidget("5b1c8d1", kLong) +
                            TextWidget("5b2c8d1", "<p>" + closing + "</p>") + "</main>");
  EXPECT_TRUE(Has(body, closing));
}

TEST(SelectHtmlArticle, ClosingLineInAnotherKindOfWidgetGoes) {
  const std::string closing = "The compost club meets every Friday at six.";
  const Strings other = Body("<main><h1>Composting at home</h1>" + TextWidget("5b1c8d1", kLong) +
                             TextWidget("5b2c8d1", "<p>" + closing + "</p>", "icon-box") + "</main>");
  EXPECT_FALSE(Has(other, closing));
}

// A short post beside a site's footer columns of address and hours, the
// footer classed with style utilities that say "text" ("bg-dark
// text-white"): the post is the article, not the footer.
TEST(SelectHtmlArticle, TextStyleUtilityClassesWeighNothing) {
  const std::string post = "Our staff outing took us to the lake this year. After a boat trip we ended the day "
                           "with dinner together.";
  const Strings body =
      Body("<div class=\"container\"><div class=\"row\"><div class=\"col-lg-8\"><h2>Staff outing</h2><p>" + post +
           "</p><p>Thanks to everyone who came!</p></div></div></div><section class=\"bg-dark text-white\">"
           "<div class=\"row\"><div class=\"col\"><h5>Hansen Electric</h5><p>12 Mill Road<br>Flensburg</p></div>"
           "<div class=\"col\"><h5>Emergencies</h5><p>Day and night: 0461 99887</p></div><div class=\"col\">"
           "<h5>Opening hours</h5><p>Mon to Fri, 7 am to 5 pm</p></div></div></section>");
  EXPECT_TRUE(Has(body, post));
  EXPECT_FALSE(Has(body, "Day and night: 0461 99887"));
}

// <article> sections of the text that open with a plain subhead stay.
TEST(SelectHtmlArticle, ArticleSectionsUnderSubheadsStay) {
  const Strings body = Body("<main><article class=\"part\"><h1>Composting at home</h1>" + StoryText() +
                            "</article><article class=\"part\"><h2>Roses and compost</h2>" + OtherText() +
                            "</article></main>");
  EXPECT_TRUE(Has(body, kOtherLine));
}

// Every section in a box of the text column's own chrome-reading class.
TEST(SelectHtmlArticle, BoxesOfTheTextColumnsClassStay) {
  const std::string box = "<div class=\"block\"><div class=\"widget-container\">";
  const Strings body = Body("<div class=\"column\">" + box + kLong + "</div></div>" + box +
                            "<h3>Pro: more air</h3></div></div>" + ShortParagraphs(box, "</div></div>") + box +
                            kShort2 + "</div></div></div>");
  EXPECT_TRUE(Has(body, "Pro: more air"));
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks to let air in. A sour heap needs more browns."));
}

// A box of another chrome-reading class is still junk, whatever sits in it.
TEST(SelectHtmlArticle, BoxesOfAnotherChromeClassGo) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "</div><div class=\"share-tools\"><p>Share this on the usual sites.</p></div></div>");
  EXPECT_FALSE(Has(body, "Share this on the usual sites."));
}

// A fact box holding more prose than the story it sits in (a speech in
// full) stays out: the story's own paragraphs stand beside it.
TEST(SelectHtmlArticle, LongFactBoxBesideTheTextGoes) {
  const Strings body = Body(std::string("<div class=\"article-body\">") + kLong + kLong +
                            "<div class=\"site-factbox\"><div class=\"site-factbox-content\">" + OtherText() +
                            "</div></div>" + kShort2 + "</div>");
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks to let air in. A sour heap needs more browns."));
  EXPECT_FALSE(Has(body, kOtherLine));
}

// A strongly chrome-classed wrapper with no text beside it that holds the
// whole story is still the story.
TEST(SelectHtmlArticle, ChromeClassedWrapperOfTheWholeTextStays) {
  const Strings body =
      Body(std::string("<div class=\"post-content share-wrap\"><div class=\"entry-content\">") + StoryText() +
           "</div></div>");
  EXPECT_TRUE(Has(body,
                  "Kitchen scraps, garden clippings and cardboard make up almost a third of what most households "
                  "throw away, and nearly all of it, with a little care, can become compost."));
}

// The text's boxes unclassed: the article is widened to their column.
TEST(SelectHtmlArticle, SubheadBoxBetweenTextStays) {
  const Strings body = Body(std::string("<div class=\"column\"><div>") + kLong +
                            "</div><div class=\"heading-widget\"><h2>Turning the heap</h2></div><div>" + kShort2 +
                            "</div>" + ShortParagraphs("<div>", "</div>") + "</div>");
  EXPECT_TRUE(Has(body, "Turning the heap"));
}

TEST(SelectHtmlArticle, SubheadBoxAfterTheTextGoes) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "</div><div class=\"heading-widget\"><h4>Share this guide</h4></div></div>");
  EXPECT_FALSE(Has(body, "Share this guide"));
}

// An author's bio in a box of its own under the text, with its heading
// and a disclaimer after it, is no part of the article.
TEST(SelectHtmlArticle, BioBoxAfterTheTextGoes) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong + kShort2 +
                            "</div><div class=\"box\"><h3>Written by Ann Marsh</h3>"
                            "<p>Ann Marsh is a garden writer who has kept a compost heap for twenty years.</p></div>"
                            "<div class=\"note\"><p>Offers are made by our partner bank.</p></div></div>");
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks to let air in. A sour heap needs more browns."));
  EXPECT_FALSE(Has(body, "Written by Ann Marsh"));
  EXPECT_FALSE(Has(body, "Ann Marsh is a garden writer who has kept a compost heap for twenty years."));
  EXPECT_FALSE(Has(body, "Offers are made by our partner bank."));
}

// Among the text's own paragraphs, a closing line about the author stays.
TEST(SelectHtmlArticle, BioAmongTheParagraphsStays) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong + kShort2 +
                            "<p>Ann Marsh is the head gardener of a community allotment.</p></div></div>");
  EXPECT_TRUE(Has(body, "Ann Marsh is the head gardener of a community allotment."));
}

// A bio with more text after it is a section of the article.
TEST(SelectHtmlArticle, BioBoxFollowedByTextStays) {
  const std::string bio = "Ann Marsh is a garden writer who has kept a compost heap, two worm bins and a leaf cage "
                          "for twenty years, and she still learns something from each of them, every season.";
  const std::string text = "<div class=\"text\">";
  const Strings body = Body("<div class=\"column\">" + text + kLong + "</div>" + text + "<p>" + bio + "</p></div>" +
                            text + kLong + kShort2 + "</div></div>");
  EXPECT_TRUE(Has(body, bio));
}

// A caption-classed box holding paragraphs of prose is the text, not a
// caption; a one-line caption box in it stays a caption.
TEST(SelectHtmlArticle, CaptionClassedTextColumnIsBody) {
  const Strings body = Body(std::string("<div class=\"main\"><h1>Compost</h1><div class=\"story-caption\">") + kLong +
                            "<p>Most councils sell bins at cost, and a bin keeps the heap warm, tidy and out of "
                            "reach of the neighbours' dogs, which is why gardeners with little room prefer one.</p>" +
                            kShort2 + "</div></div>");
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks to let air in. A sour heap needs more browns."));
}

// "print" in a class name drops a print button, not recipe steps a theme
// classes for its print layout.
TEST(SelectHtmlArticle, PrintClassedStepsStay) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "<ol class=\"print-steps\"><li class=\"print-step\">Turn the heap every few weeks.</li>"
                            "</ol><div class=\"print-button\"><p>Print this page</p></div></div></div>");
  EXPECT_TRUE(Has(body, "Turn the heap every few weeks."));
  EXPECT_FALSE(Has(body, "Print this page"));
}

// A fully linked sentence between two paragraphs of the text stays; a
// linked title without a full stop there does not.
TEST(SelectHtmlArticle, LinkedSentenceBetweenParagraphsStays) {
  const std::string para = "<p>A heap needs no special kit, only a corner of the garden, a little patience, a fork, "
                           "and the right mix of wet and dry things, turned now and then.</p>";
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "<p><a href=\"/guide\">The council's full composting guide is free to download from its "
                            "website.</a></p>" + para +
                            "<p><a href=\"/other\">Ten plants that love coffee grounds</a></p>" +
                            "<p>Most councils sell bins at cost, and a bin keeps the heap warm and tidy all year.</p>"
                            "</div></div>");
  EXPECT_TRUE(Has(body, "The council's full composting guide is free to download from its website."));
  EXPECT_FALSE(Has(body, "Ten plants that love coffee grounds"));
}

// A sentence whose link is the web address it writes out, and a shop's
// price line over one, read as text; a social network's address stays a
// link line.
TEST(SelectHtmlArticle, SentenceWithAWrittenAddressStays) {
  const std::string sentence = "The plans are at https://example.org/heaps/plans-and-drawings-v2.pdf";
  const std::string price = "Garden Shop UK $41.99 : https://shop.example.com/bins/green-bin-220l";
  const std::string social = "Join the growers group: https://www.facebook.com/groups/compost-growers-club-2025";
  auto linked = [](const std::string& own, const std::string& url) {
    return "<p>" + own + "<a href=\"" + url + "\">" + url + "</a></p>";
  };
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            linked("The plans are at ", "https://example.org/heaps/plans-and-drawings-v2.pdf") +
                            linked("Garden Shop UK $41.99 : ", "https://shop.example.com/bins/green-bin-220l") +
                            linked("Join the growers group: ",
                                   "https://www.facebook.com/groups/compost-growers-club-2025") +
                            kLong + "</div></div>");
  EXPECT_TRUE(Has(body, sentence));
  EXPECT_TRUE(Has(body, price));
  EXPECT_FALSE(Has(body, social));
}

// A sentence that names several things, each linked, is text, even away
// from paragraphs of text; a line of linked names that is no sentence (a
// tag line) is not.
TEST(SelectHtmlArticle, SentenceOfLinkedNamesStays) {
  const std::string names = "Its users are Acme Garden Supplies, Globex Tools, Initech Compost, Hooli Seeds and Umbrella Soils.";
  const std::string tags = "Filed under Garden Compost Heaps, Soil Care Basics, Green Waste Bins, Garden Hand Tools";
  auto a = [](const std::string& text) { return "<a href=\"https://example.com/" + text.substr(0, 3) + "\">" + text + "</a>"; };
  // Under a subhead, over a list: no paragraphs of text on both sides.
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "<h2>Who uses it</h2><p>Its users are " +
                            a("Acme Garden Supplies") + ", " + a("Globex Tools") + ", " + a("Initech Compost") + ", " +
                            a("Hooli Seeds") + " and " + a("Umbrella Soils") + ".</p><ul><li>Shops</li><li>Parks</li></ul>" + kLong +
                            "<p>Filed under " +
                            a("Garden Compost Heaps") + ", " + a("Soil Care Basics") + ", " + a("Green Waste Bins") +
                            ", " + a("Garden Hand Tools") + "</p>" + kLong + "</div></div>");
  EXPECT_TRUE(Has(body, names));
  EXPECT_FALSE(Has(body, tags));
}

// A paragraph of running text that links most of its words stays, even
// away from other paragraphs of text; a teaser's summary that is one link
// does not.
TEST(SelectHtmlArticle, LinkHeavyParagraphOfTextStays) {
  auto a = [](const std::string& text) { return "<a href=\"https://example.com/" + text.substr(0, 4) + "\">" + text + "</a>"; };
  const std::string para =
      "Last spring the town's council agreed to collect garden waste every fortnight for free, after residents "
      "complained that the paid bins were too dear, and it has since doubled its composting site.";
  const std::string teaser =
      "Why your compost heap smells sour in the summer months and what you can do about it this weekend "
      "with nothing more than torn cardboard.";
  const Strings body = Body(
      std::string("<div class=\"column\"><div class=\"text\">") + kLong + "<h2>The council</h2><p>Last spring the town's " +
      a("council agreed to collect garden waste every fortnight for free") + ", after " +
      a("residents complained that the paid bins were too dear") + ", and it has since " +
      a("doubled its composting site") + ".</p><ul><li>Bins</li><li>Sacks</li></ul>" + kLong + "<h2>More</h2><p>" +
      a(teaser) + "</p><ul><li>Heaps</li><li>Bins</li></ul>" + kLong + "</div></div>");
  EXPECT_TRUE(Has(body, para));
  EXPECT_FALSE(Has(body, teaser));
}

// A section's own <header> holding its subhead, inside the article, over
// the section's paragraph: the subhead stays; a share box's heading does not.
TEST(SelectHtmlArticle, SubheadInSectionHeaderStays) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<section><div class=\"title\"><header><h2>Keep the heap damp</h2></header></div>" +
                            kLong + "</section><div class=\"share\"><h2>Share this</h2></div>" + kLong + "</div>");
  EXPECT_TRUE(Has(body, "Keep the heap damp"));
  EXPECT_FALSE(Has(body, "Share this"));
}

TEST(SelectHtmlArticle, LinkedSubheadOverTextStays) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<h2><a href=\"/bins/oak\">The Oak Box Bin</a></h2>" + kShort2 + kLong +
                            "<h2><a href=\"/other\">Ten plants that love coffee grounds</a></h2></div>"
                            "<footer><p>Copyright the compost society.</p></footer>");
  EXPECT_TRUE(Has(body, "The Oak Box Bin"));
  EXPECT_FALSE(Has(body, "Ten plants that love coffee grounds"));
}

// A linked subhead over a picture's credit and a row of shop links heads
// the paragraph after them; a related story's linked title over its
// linked summary heads nothing.
TEST(SelectHtmlArticle, LinkedSubheadOverCreditAndButtonsStays) {
  const Strings body =
      Body(std::string("<div class=\"text\">") + kLong + "<h2><a href=\"/bins/oak\">The Oak Box Bin</a></h2>"
           "<p><a href=\"/credit\">Photo: Dell Marsh</a></p><p><a href=\"/buy\">$40 at Shopper</a></p>" +
           kShort2 + kLong + "<h2><a href=\"/other\">Ten plants that love coffee grounds</a></h2>"
           "<p><a href=\"/other\">The grounds feed the soil and keep the slugs away from the young leaves, "
           "as growers all over the county have found this year and last.</a></p>" + kLong + "</div>");
  EXPECT_TRUE(Has(body, "The Oak Box Bin"));
  EXPECT_FALSE(Has(body, "Ten plants that love coffee grounds"));
}

TEST(SelectHtmlArticle, LinkedItemBesideKeptItemsStays) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<ul><li>The Rot Pot by Ann Lee</li>"
                            "<li><a href=\"/b\">Brown Gold</a> by Sam Kerr</li>"
                            "<li>Worm Hotel by Bo Tan</li></ul>" + kLong + "</div>");
  EXPECT_TRUE(Has(body, "Brown Gold by Sam Kerr"));
}

// A feature list's item that names push notifications or cookies is an
// item of the list beside its kept neighbours; the same prompt alone is
// chrome.
TEST(SelectHtmlArticle, PromptWordsInAListItemStay) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<ul><li>Online booking for every client</li>"
                            "<li>Reminders by e-mail, text and push notifications</li>"
                            "<li>Invoices sent the same day</li></ul>" + kLong +
                            "<p>Turn on notifications to get our news first</p></div>");
  EXPECT_TRUE(Has(body, "Reminders by e-mail, text and push notifications"));
  EXPECT_FALSE(Has(body, "Turn on notifications to get our news first"));
}

TEST(SelectHtmlArticle, LinkedLineInsideAnItemStaysOut) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<ul><li><p>The Rot Pot by Ann Lee, a slim guide to heaps, bins and worms.</p>"
                            "<p><a href=\"/shop\">Buy it now \xE2\x86\x92</a></p></li></ul>" + kLong + "</div>");
  EXPECT_FALSE(Has(body, "Buy it now \xE2\x86\x92"));
}

TEST(SelectHtmlArticle, DataTableInAScrollBoxStays) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<div class=\"overflow-x-scroll\"><table><tr><th>Week</th><th>Greens</th><th>Browns</th></tr>"
                            "<tr><td>1</td><td>Two buckets</td><td>One bag</td></tr>"
                            "<tr><td>2</td><td>Three buckets</td><td>Two bags</td></tr></table></div>" +
                            kLong + "</div>");
  EXPECT_TRUE(Has(body, "2 | Three buckets | Two bags"));
}

TEST(SelectHtmlArticle, TableWithLinkedNamesStays) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<div><table><tr><th>Bin</th><th>Size</th></tr>"
                            "<tr><td><a href=\"/oak\">Oak Box</a></td><td>300 litres</td></tr>"
                            "<tr><td><a href=\"/rot\">Rot Pot</a></td><td>220 litres</td></tr></table></div>" +
                            kLong + "</div>");
  EXPECT_TRUE(Has(body, "Rot Pot | 220 litres"));
}

TEST(SelectHtmlArticle, TableOfLinksInAToolBoxGoes) {
  const Strings body = Body(std::string("<div class=\"text\">") + kLong +
                            "<div class=\"share-tools\"><table><tr><td><a href=\"/a\">Share by mail</a></td>"
                            "<td><a href=\"/b\">Print this page</a></td></tr></table></div>" + kLong + "</div>");
  EXPECT_FALSE(Has(body, "Share by mail | Print this page"));
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

// A short post alone in a box of links (its linked title, share links,
// a pager): the junk test took all its text, so the box it sits in is
// judged again and spared; the pager and feed link boxes stay out.
TEST(SelectHtmlArticle, ShortPostInALinkHeavyBoxIsKept) {
  const std::string post = "The council voted on Tuesday to approve the new budget for the schools and the roads.";
  const Strings body = Body(
      "<div class=\"main\"><div class=\"post\"><h3><a href=\"/2025/budget\">Budget passed</a></h3><div>" + post +
      "</div><div class=\"foot\"><a href=\"/s1\">Email This</a> <a href=\"/s2\">Share to Twitter</a> "
      "<a href=\"/s3\">Share to Facebook</a> <a href=\"/s4\">Share to Pinterest</a></div></div>"
      "<div class=\"feeds\"><a href=\"/newer\">Newer Posts</a> <a href=\"/\">Home</a> <a href=\"/feed\">Posts "
      "(Atom)</a></div></div>");
  EXPECT_TRUE(Has(body, post));
  EXPECT_FALSE(Has(body, "Newer Posts Home Posts (Atom)"));
}

// A run of cards under linked titles and a line each, inside the text.
std::string PickCards(const std::string& host) {
  std::string html = "<link rel=\"canonical\" href=\"https://www.compost.example/bins/\"><article><h1>Bins we "
                     "like</h1><div class=\"text\">" + StoryText() + "<div class=\"picks\">";
  for (const char* name : {"Oak slat bin", "Pallet bay", "Tumbler drum"}) {
    html += std::string("<div class=\"pick\"><h3><a href=\"https://") + host + "/" + name[0] + "\">" + name +
            "</a></h3><p>Built from scrap timber in a day, it holds a season of clippings and lets air in.</p></div>";
  }
  return html + "</div>" + kLong + "</div></article>";
}

// Cards whose titles link to other sites are the text's own picks, not
// this site's other stories: they stay; the same cards linked within the
// site (or a subdomain of it) are teasers and go.
TEST(SelectHtmlArticle, CardsLinkedToOtherSitesStay) {
  EXPECT_TRUE(Has(Body(PickCards("www.gardenmaker.example")), "Oak slat bin"));
  EXPECT_FALSE(Has(Body(PickCards("www.compost.example")), "Oak slat bin"));
  EXPECT_FALSE(Has(Body(PickCards("shop.compost.example")), "Oak slat bin"));
}

// A subhead over a list whose every item is a link, then `after`; the
// items link to `hosts` in turn.
std::string LinkedList(const std::vector<std::string>& hosts, const std::string& after) {
  std::string html = "<link rel=\"canonical\" href=\"https://www.compost.example/bins/\"><article><h1>Bins we "
                     "like</h1><div class=\"text\">" + StoryText() + "<h2>Show notes</h2><ul>";
  for (std::size_t i = 0; i < hosts.size(); ++i) {
    html += "<li><a href=\"https://" + hosts[i] + "/n" + std::to_string(i) + "\">The guest's book on heaps, part " +
            std::to_string(i) + "</a></li>";
  }
  return html + "</ul>" + after + "</div></article>";
}

// Show notes or sources linked to several other sites, with the text going
// on after them, are the article's; the same list linked within the site,
// or closing the body, stays out.
TEST(SelectHtmlArticle, LinkedListCitingSeveralSitesBetweenTextStays) {
  const std::vector<std::string> others = {"books.example", "radio.example", "museum.example"};
  const std::vector<std::string> own = {"www.compost.example", "www.compost.example", "www.compost.example"};
  EXPECT_TRUE(Has(Body(LinkedList(others, kShort2)), "The guest's book on heaps, part 1"));
  EXPECT_FALSE(Has(Body(LinkedList(own, kShort2)), "The guest's book on heaps, part 1"));
  EXPECT_FALSE(Has(Body(LinkedList(others, "")), "The guest's book on heaps, part 1"));
}

// A box of titles linked to other sites, each over the name of the group
// that wrote it, after the text; `hosts` give the links' sites in turn.
std::string SourceBox(const std::vector<std::string>& hosts) {
  std::string html = "<link rel=\"canonical\" href=\"https://www.compost.example/bins/\"><article><h1>Bins we "
                     "like</h1><div class=\"text\">" + StoryText() + "<div class=\"sources\">";
  for (std::size_t i = 0; i < hosts.size(); ++i) {
    html += "<div class=\"source\"><h4><a href=\"https://" + hosts[i] + "/r" + std::to_string(i) +
            "\">Report " + std::to_string(i) + " on the study of garden compost</a></h4><p>Soil Trust</p></div>";
  }
  return html + "</div></div></article>";
}

// A box of links to three or more other sites is a list of sources and
// stays; the same box linked to one other site is a promotion and goes.
TEST(SelectHtmlArticle, SourceListCitingSeveralSitesStays) {
  EXPECT_TRUE(Has(Body(SourceBox({"soil.example", "rot.example", "worm.example", "leaf.example"})),
                  "Report 1 on the study of garden compost"));
  EXPECT_FALSE(Has(Body(SourceBox({"shop.example", "shop.example", "www.shop.example", "shop.example"})),
                   "Report 1 on the study of garden compost"));
  EXPECT_FALSE(Has(Body(SourceBox({"www.compost.example", "compost.example", "www.compost.example", "compost.example"})),
                   "Report 1 on the study of garden compost"));
}

TEST(SelectHtmlArticle, FollowBoxOfSocialNetworksIsNoSourceList) {
  EXPECT_FALSE(Has(Body(SourceBox({"www.facebook.com", "instagram.com", "m.youtube.com", "x.com"})),
                   "Report 1 on the study of garden compost"));
}


// A block's links outweigh its own words unless a written-out address is
// said with enough words of its own, and not to a social network.
bool MostlyLinksOf(const std::string& own, const std::string& url) {
  Document d = ParseHtml("<p>" + own + "<a href=\"" + url + "\">" + url + "</a></p>");
  MarkElements(d);
  return !d.blocks.empty() && MostlyLinks(d.blocks[0], MeasureBlock(d.blocks[0]));
}

TEST(MostlyLinks, WrittenAddressesWithWordsOfTheirOwn) {
  const std::string shop = "https://shop.example.com/bins/green-bin-220l";
  EXPECT_FALSE(MostlyLinksOf("USA $24.99: ", shop));
  EXPECT_TRUE(MostlyLinksOf("Buy it: ", shop));
  EXPECT_TRUE(MostlyLinksOf("Listen: ", "https://example.org/podcast/episode-twelve-of-the-garden-show"));
  EXPECT_TRUE(MostlyLinksOf("Join the growers of the town here: ", "https://www.facebook.com/groups/garden-growers"));
}

// A text box followed by its headed lists and a price table, the way a
// job ad or a holiday flat's page sets them: they join the text; a box of
// links after them does not, nor what comes after it.
TEST(SelectHtmlArticle, ListBoxesAfterTheTextJoinIt) {
  const std::string lists =
      "<h2>Your tasks</h2><ul><li>Fitting heat pumps in new houses</li><li>Servicing boilers</li>"
      "<li>Finding faults</li></ul><div class=\"prices\"><h2>Prices</h2><table><tr><td>Small job</td>"
      "<td>80 EUR</td></tr><tr><td>Full day</td><td>480 EUR</td></tr></table>"
      "<p>Prices include travel.</p></div>"
      "<ul><li><a href=\"/a\">Other jobs</a></li><li><a href=\"/b\">Apprenticeships</a></li></ul>"
      "<ul><li>Stray line after the links</li><li>Another stray line</li></ul>";
  const Strings body = Body("<div class=\"col\"><h1>Heating fitter wanted</h1><div class=\"intro\">" +
                            std::string(kLong) + "</div>" + lists + "</div>");
  EXPECT_TRUE(Has(body, "Servicing boilers"));
  EXPECT_TRUE(Has(body, "Your tasks"));
  EXPECT_TRUE(Has(body, "Full day | 480 EUR"));
  EXPECT_FALSE(Has(body, "Other jobs"));
  EXPECT_FALSE(Has(body, "Stray line after the links"));
}

// A column holding the page's h1 is the whole article: a box of fixtures
// in the column beside it is no list of the text's.
TEST(SelectHtmlArticle, ListBoxBesideTheHeadedColumnStaysOut) {
  const Strings body = Body("<div id=\"inner\"><div class=\"post\"><h1>Annual meeting</h1>" + std::string(kLong) +
                            "</div></div><div id=\"right\"><h3>Next matches</h3><table><tr><td>Sun 24.3.</td>"
                            "<td>Eastbrook v Millford</td></tr><tr><td>Sun 31.3.</td><td>Halton v Eastbrook</td>"
                            "</tr></table></div>");
  EXPECT_FALSE(Has(body, "Next matches"));
  EXPECT_FALSE(Has(body, "Sun 24.3. | Eastbrook v Millford"));
}

// A page builder's widgets: paragraphs in text widgets, and between two
// of them a heading widget and an icon-list widget of courses. They lie
// between two parts of the text and join it; a widget of links after the
// text does not.
TEST(SelectHtmlArticle, WidgetsBetweenTextWidgetsJoinTheText) {
  const auto widget = [](const std::string& kind, const std::string& inner) {
    return "<div class=\"elementor-element elementor-widget elementor-widget-" + kind +
           "\"><div class=\"elementor-widget-container\">" + inner + "</div></div>";
  };
  const std::string html =
      "<section class=\"elementor-section\"><div class=\"elementor-container\"><div class=\"elementor-column\">"
      "<div class=\"elementor-widget-wrap\">" +
      widget("heading", "<h1>Welcome</h1>") + widget("text-editor", kLong) + widget("heading", "<h2>Our courses</h2>") +
      widget("icon-list", "<ul><li>Puppy play hour</li><li>Young dog course</li><li>Town training</li></ul>") +
      widget("text-editor", kLong) + widget("heading", "<h2>Prices</h2>") + widget("text-editor", kShort2) +
      widget("nav-menu", "<ul><li><a href=\"/a\">Our team</a></li><li><a href=\"/b\">Prices</a></li></ul>") +
      "</div></div></div></section>";
  const Strings body = Body(html);
  EXPECT_TRUE(Has(body, "Young dog course"));
  EXPECT_FALSE(Has(body, "Our team"));
}

// A grid of teaser cards after the text, each item a title over a
// sentence of summary, is no list box.
TEST(SelectHtmlArticle, CardListAfterTheTextStaysOut) {
  std::string cards = "<ul>";
  for (int i = 0; i < 3; ++i) {
    cards += "<li><h3>Compost bins compared</h3><p>We tried six bins over a whole summary season, and one of "
             "them, the cheapest, did best of all in the end.</p></li>";
  }
  cards += "</ul>";
  const Strings body =
      Body("<div class=\"col\"><h1>Making compost</h1><div class=\"intro\">" + std::string(kLong) + "</div>" +
           cards + "</div>");
  EXPECT_FALSE(Has(body, "Compost bins compared"));
}

// A deals roundup's linked offers, each a product, its price and a shop,
// are the text's own; a bare price button under a product is not.
TEST(ArticleHtml, DealsRoundupOffersStay) {
  const Strings body = Body("<article><h1>Deals</h1><div class=\"entry-content\">" + std::string(kLong) +
                            "<ul><li><a href=\"https://a.example/1\">Air fryer for $59 at Shopzone</a></li>"
                            "<li><a href=\"https://a.example/2\">Kettle for $35 at Shopzone</a></li>"
                            "<li><a href=\"https://b.example/3\">Blender for $24 at ValueHub</a></li></ul>"
                            "<p><a href=\"https://b.example/4\">$12 at ValueHub</a></p></div></article>");
  EXPECT_TRUE(Has(body, "Air fryer for $59 at Shopzone"));
  EXPECT_TRUE(Has(body, "Blender for $24 at ValueHub"));
  EXPECT_FALSE(Has(body, "$12 at ValueHub"));
}

// An event's facts as a <dl> between its h1 and a short description join
// it; an article's meta box (negative class) there does not.
TEST(ArticleHtml, FactListOverDescriptionJoins) {
  const std::string facts = "<dl><dt>Datum</dt><dd>Freitag</dd><dt>Ort</dt><dd>Kleiner Saal</dd></dl>";
  const std::string text = "<div class=\"beschreibung\"><p>Die Autorin liest aus ihrem neuen Roman, der Geschichte "
                           "einer Familie am Rhein.</p></div>";
  const Strings body = Body("<main><h1>Lesung</h1><div class=\"event-details\">" + facts + "</div>" + text + "</main>");
  EXPECT_TRUE(Has(body, "Kleiner Saal"));
  EXPECT_TRUE(Has(body, "Die Autorin liest aus ihrem neuen Roman, der Geschichte einer Familie am Rhein."));
  const Strings meta = Body("<main><h1>Lesung</h1><div class=\"entry-meta\">" + facts + "</div>" + text + "</main>");
  EXPECT_FALSE(Has(meta, "Kleiner Saal"));
}

// An event's facts as term/value pairs in a box its theme classes "meta",
// beside a short description, join it; the same box beside a story's
// column, or an article's meta box of one term over bare values, does not.
TEST(ArticleHtml, EventFactsInMetaClassedBoxJoin) {
  const std::string facts = "<dl class=\"event-meta\"><dt>Datum</dt><dd>Freitag, 7. M\xC3\xA4rz</dd><dt>Ort</dt>"
                            "<dd>Kleiner Saal</dd><dt>Eintritt</dt><dd>12 Euro</dd></dl>";
  const std::string text = "<div class=\"beschreibung\"><p>Die Autorin liest aus ihrem neuen Roman, der Geschichte "
                           "einer Familie am Rhein.</p></div>";
  const Strings event = Body("<main><div class=\"event\"><h1>Lesung</h1>" + facts + text + "</div></main>");
  EXPECT_TRUE(Has(event, "Kleiner Saal"));
  EXPECT_TRUE(Has(event, "Eintritt"));
  const Strings after = Body("<main><div class=\"event\"><h1>Lesung</h1>" + text + "<div class=\"event-meta-group\">" +
                             facts + "</div></div></main>");
  EXPECT_TRUE(Has(after, "Kleiner Saal"));
  const Strings story = Body("<main><article><h1>Lesung</h1>" + facts + StoryText() + "</article></main>");
  EXPECT_FALSE(Has(story, "Kleiner Saal"));
  const Strings info = Body("<main><div class=\"event\"><h1>Lesung</h1><dl class=\"article-meta\"><dt>Details</dt>"
                            "<dd>Von Jana Roth</dd><dd>Freitag, 7. M\xC3\xA4rz</dd><dd>Kleiner Saal</dd></dl>" + text +
                            "</div></main>");
  EXPECT_FALSE(Has(info, "Von Jana Roth"));
}

// A recipe's steps in a box classed for its print layout
// ("recipe-steps-print") stay; the print button beside them does not.
TEST(ArticleHtml, StepsInPrintClassedBoxStay) {
  const Strings body = Body(std::string("<div class=\"column\"><div class=\"text\">") + kLong +
                            "<div class=\"recipe-steps-print\"><ol><li>Mix the flour and salt.</li><li>Knead for ten "
                            "minutes.</li><li>Bake for twenty minutes.</li></ol></div><div class=\"recipe-print\"><p>"
                            "<a href=\"/print\">Print recipe</a></p></div></div></div>");
  EXPECT_TRUE(Has(body, "Knead for ten minutes."));
  EXPECT_FALSE(Has(body, "Print recipe"));
}

// A footer box named in Portuguese, holding more prose than a report of
// bare lines under the page's h2, is not the article.
TEST(ArticleHtml, ForeignNamedFooterIsNotTheArticle) {
  const Strings body =
      Body("<div id=\"inhalt\"><h2>K\xC3\xB6nigsschie\xC3\x9F" "en</h2><div class=\"meldung\">Beim Sch\xC3\xBCtzenfest traten am "
           "Samstag insgesamt 46 Sch\xC3\xBCtzen an, so viele wie nie.<br>Neue K\xC3\xB6nigin ist Martina Hess, die "
           "sich knapp vor ihrem Bruder durchsetzte.<br>Bei der Jugend holte Jonas Brenner den Titel, mit dem besten "
           "Schuss des Tages.<br>Die Proklamation findet wie immer beim Sommerfest am 19. Juli auf dem Festplatz "
           "statt.</div></div><div class=\"rodape\"><div class=\"rodape-caixa\">" + std::string(kLong) + kShort2 +
           "</div></div>");
  EXPECT_TRUE(Has(body, "K\xC3\xB6nigsschie\xC3\x9F" "en"));
  for (const std::string& b : body) EXPECT_EQ(b.find("Kitchen scraps"), std::string::npos);
}

// A single post (its <article> holds the h1), short, then more posts in
// <article> boxes under linked titles without a date line: the post alone.
TEST(ArticleHtml, UndatedMorePostsAfterASinglePostLeave) {
  const std::string more = "<article class=\"post\"><h2><a href=\"/other\">Roses in winter</a></h2>"
                           "<div class=\"entry-content\">" + std::string(kShort2) + kShort2 + "</div></article>";
  const Strings body = Body("<div id=\"blog\"><article class=\"post single\"><h1>Compost</h1>"
                            "<div class=\"entry-content\"><p>My first heap is ready after six months.</p>"
                            "<p>It smells of forest floor, as it should.</p></div></article>" + more + more + "</div>");
  EXPECT_TRUE(Has(body, "My first heap is ready after six months."));
  EXPECT_FALSE(Has(body, "Roses in winter"));
  for (const std::string& b : body) EXPECT_EQ(b.find("Turn the heap"), std::string::npos);
}

// A service page: the h1 and short paragraphs in the grid's wide column,
// a contact card without prose in the narrow one, both in <main>, which
// outscores the column by its "content" name. The card is beside the article, not in it.
TEST(ArticleHtml, ContactCardInTheNextGridColumnStaysOut) {
  const Strings body = Body(
      "<main id=\"content\"><div class=\"row\"><div class=\"col-8\"><h1>Employment law</h1>"
      "<p>We advise employees and works councils on every question of employment law.</p><h2>Dismissal</h2>"
      "<p>After a dismissal every day counts: the claim must reach the court within three weeks.</p>"
      "<h2>First meeting</h2><p>The first meeting takes about half an hour and costs at most fifty euros.</p>"
      "</div><div class=\"col-4\"><div class=\"person\"><h3>Your contact</h3><p>Dr. Jan Roe<br>"
      "Specialist lawyer</p><p>Phone 0251 123 456</p><a href=\"/book\">Book a meeting</a></div></div></div>"
      "</main><footer><p>Roe &amp; Partners</p></footer>");
  EXPECT_TRUE(Has(body, "After a dismissal every day counts: the claim must reach the court within three weeks."));
  EXPECT_TRUE(Has(body, "First meeting"));
  EXPECT_FALSE(Has(body, "Your contact"));
  EXPECT_FALSE(Has(body, "Phone 0251 123 456"));
}

// Prose on both sides of the headline's column: the wrapper stays the
// article (the headline's box holds only part of the text).
TEST(ArticleHtml, TextBesideTheHeadlinesBoxStays) {
  const std::string more =
      "Worms, woodlice and fungi do the real work in a heap, and they need air, water and time, "
      "so a heap left alone in the shade still turns to compost, only more slowly.";
  const Strings body = Body("<main><div class=\"intro\"><h1>Compost</h1>" + std::string(kLong) +
                            "</div><div class=\"more\"><p>" + more + "</p></div></main>");
  EXPECT_TRUE(Has(body, more));
}

// A page-level footer whose about-me paragraphs outscore a post holding
// only its title, a date and a line or a picture.
const char kFooterBio[] =
    "<footer><p>Lena is a hobby photographer from the lake who takes pictures in every season and every "
    "weather, mostly with an old film camera, and writes a line or two about each of them here.</p>"
    "<p>All pictures are her own. Please ask before you use them anywhere else, and say where they come "
    "from when you do.</p><p>© 2024 Lena's photo blog. All rights reserved.</p></footer>";

TEST(SelectHtmlArticle, FooterBioGivesWayToThePostsTitleBox) {
  const Strings body = test::HtmlBodyTexts(
      "<html><body><main><article><h1>Night ferry</h1><p>The last ferry of the night, filmed from the top deck.</p>"
      "</article></main>" + std::string(kFooterBio) + "</body></html>");
  EXPECT_EQ(body, (Strings{"Night ferry", "The last ferry of the night, filmed from the top deck."}));
}

TEST(SelectHtmlArticle, PicturePostsCaptionIsItsBody) {
  const Strings body = test::HtmlBodyTexts(
      "<html><body><main><article><h1>Sunset over the harbour</h1><figure><img src=\"/s.jpg\">"
      "<figcaption>The harbour at Lindau, shot from the pier.</figcaption></figure></article></main>" +
      std::string(kFooterBio) + "</body></html>");
  EXPECT_EQ(body, (Strings{"Sunset over the harbour", "The harbour at Lindau, shot from the pier."}));
}

// A title's box with no words of its own (a title and a date over a grid a
// script fills) is not taken: the scored root stays, so that the page's
// title and date are still read around a body.
TEST(SelectHtmlArticle, TitleBoxWithoutWordsKeepsTheScoredRoot) {
  const Strings body = test::HtmlBodyTexts("<html><body><main><article><h1>Our work</h1><p>May 4, 2024</p>"
                                           "<div class=\"grid\"></div></article></main>" +
                                           std::string(kFooterBio) + "</body></html>");
  EXPECT_TRUE(Has(body, "© 2024 Lena's photo blog. All rights reserved."));
}

// A footer of plain <div>s, named so by its class, is a landmark too.
TEST(SelectHtmlArticle, ClassNamedFooterBioGivesWayToThePost) {
  std::string footer = kFooterBio;
  footer.replace(0, 8, "<div class=\"rodape-site\">");
  footer.replace(footer.size() - 9, 9, "</div>");
  const Strings body = test::HtmlBodyTexts(
      "<html><body><div class=\"coluna\"><h1>Night ferry</h1><div>The last ferry of the night, filmed from the "
      "top deck.</div></div>" + footer + "</body></html>");
  EXPECT_EQ(body, (Strings{"Night ferry", "The last ferry of the night, filmed from the top deck."}));
}

// The post's own <header> is no landmark of the page: its h1 titles it.
TEST(SelectHtmlArticle, TitleInThePostsOwnHeaderCounts) {
  const Strings body = test::HtmlBodyTexts(
      "<html><body><div class=\"x\"><article><header><h1>Night ferry</h1></header><div>The last ferry of the "
      "night, filmed from the top deck.</div></article></div>" + std::string(kFooterBio) + "</body></html>");
  EXPECT_TRUE(Has(body, "The last ferry of the night, filmed from the top deck."));
  EXPECT_FALSE(Has(body, "© 2024 Lena's photo blog. All rights reserved."));
}

// A logo's h1 in the page's <header> titles no post: the footer stays.
TEST(SelectHtmlArticle, LogoTitleInThePageHeaderMovesNothing) {
  const Strings body = test::HtmlBodyTexts("<html><body><header><h1>Lena's photo blog</h1></header>" +
                                           std::string(kFooterBio) + "</body></html>");
  EXPECT_TRUE(Has(body, "© 2024 Lena's photo blog. All rights reserved."));
}

// Without an <h1>, the heading the page's <title> names is its title.
TEST(SelectHtmlArticle, HeadingNamedByThePageTitleCounts) {
  const std::string post = "<div class=\"entrada\"><h2>Owls at dusk</h2><p>Two barn owls hunting over the wet "
                           "meadow at dusk.</p></div>";
  const Strings named = test::HtmlBodyTexts("<html><head><title>Owls at dusk | Field clips</title></head><body>" +
                                            post + kFooterBio + "</body></html>");
  EXPECT_EQ(named, (Strings{"Owls at dusk", "Two barn owls hunting over the wet meadow at dusk."}));
  const Strings unnamed = test::HtmlBodyTexts("<html><head><title>Field clips</title></head><body>" + post +
                                              kFooterBio + "</body></html>");
  EXPECT_TRUE(Has(unnamed, "© 2024 Lena's photo blog. All rights reserved."));
}

// A CMS sets the lead in a field of its own, teaser-classed, just before
// the text's field: it joins the body; a teaser card of links there does not.
TEST(SelectHtmlArticle, LeadBoxBeforeTheTextBox) {
  const std::string lead = "Compost needs no special kit, only patience and the right mix of greens and browns.";
  const Strings body = Body("<div class=\"node\"><h1>Composting at home</h1><div class=\"field field-teaser\"><p>" +
                            lead + "</p></div><div class=\"field field-body\">" + StoryText() + "</div></div>");
  EXPECT_TRUE(Has(body, lead));
  const Strings linked = Body("<div class=\"node\"><h1>Composting at home</h1><div class=\"field field-teaser\"><p><a "
                              "href=\"/x\">" + lead + "</a></p></div><div class=\"field field-body\">" + StoryText() +
                              "</div></div>");
  EXPECT_FALSE(Has(linked, lead));
}

// The lead box in a header box before the text's box, over the header's
// byline: the byline after it does not hide it.
TEST(SelectHtmlArticle, LeadBoxOverTheHeadersByline) {
  const std::string lead = "Compost needs no special kit, only patience and the right mix of greens and browns.";
  const Strings body = Body("<article><header><h1>Composting at home</h1><p class=\"lead\">" + lead +
                            "</p><div class=\"byline\">By Ann Lee, 3 March 2025</div></header><div class=\"article-body\">" +
                            StoryText() + "</div></article>");
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), lead);
  // A paragraph of prose after the lead box is the header's own text: the
  // lead box is no longer the header's last word.
  const Strings later = Body("<article><header><h1>Composting at home</h1><p class=\"lead\">" + lead +
                             "</p><div><p>Ann Lee has kept an allotment in the north of the city for twenty years.</p>"
                             "</div></header><div class=\"article-body\">" + StoryText() + "</div></article>");
  EXPECT_FALSE(Has(later, lead));
}

}  // namespace
}  // namespace pith
