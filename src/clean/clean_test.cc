#include "clean/clean.h"

#include <algorithm>
#include <utility>

#include <gtest/gtest.h>

#include "clean/thresholds.h"
#include "clean/clean_test_support.h"
#include "parse/html_parse.h"
#include "parse/text_parse.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kPara3[] = "The mayor, who proposed the budget in March, said she expected the first projects to "
                      "begin in the autumn, once contracts had been signed.";

Strings Body(Document d) { return test::BodyTexts(std::move(d)); }

std::string Article(const std::string& inside) {
  return std::string("<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li></ul></nav>"
                     "<div class=\"layout\"><div class=\"story-body\"><p>") +
         kPara1 + "</p>" + inside + "<p>" + kPara2 + "</p><p>" + kPara3 +
         "</p></div><div class=\"sidebar\"><p>Most read: something else entirely, with commas, and more, "
         "and more.</p></div></div><footer><p>Copyright 2016, Example News, all rights reserved.</p></footer>"
         "</body></html>";
}

TEST(DefinesTerm, DefinitionAfterItsTerm) {
  const Document doc = ParseHtml("<body><dl><dt>Datum</dt><dd>Samstag, 19. Oktober 2024</dd></dl>"
                                 "<p>Samstag, 19. Oktober 2024</p></body>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_FALSE(DefinesTerm(doc, 0));
  EXPECT_TRUE(DefinesTerm(doc, 1));
  EXPECT_FALSE(DefinesTerm(doc, 2));
}

TEST(FindArticle, WidgetClassedTextIsChosenAgainWithoutClassNames) {
  std::string html = "<html><body><div class=\"builder\">";
  for (const char* p : {kPara1, kPara2, kPara3, kPara1}) {
    html += std::string("<div class=\"builder-widget\"><div class=\"widget-body\"><p>") + p + "</p></div></div>";
  }
  html += "</div></body></html>";
  EXPECT_EQ(Body(ParseHtml(html)), (Strings{kPara1, kPara2, kPara3, kPara1}));
}

// A short notice under the page's h1, whole in the strict pass; beside it
// a sidebar-classed box of prose. Without class names the sidebar's text
// would make the notice's row the article: it brings no text outside
// chrome, so the strict pass stands.
TEST(FindArticle, LoosePassAddingOnlyASidebarLeavesTheShortText) {
  const std::string html = std::string("<html><body><table><tr><td><div id=\"sidebar\"><p>") + kPara3 + "</p><p>" +
                           kPara3 + "</p></div></td><td><h1>Closed on Friday</h1><font>" + kPara1 + "<br><br>" +
                           kPara2 + "</font></td></tr></table></body></html>";
  EXPECT_EQ(Body(ParseHtml(html)), (Strings{"Closed on Friday", kPara1, kPara2}));
}

// A short post in an old blog theme: the blog's name in the h1, the post
// in "div.post", and a "div#sidebar" whose "about" text holds more prose
// than the post. The sidebar stays chrome (an article-classed post apart
// from it), no pass trusting classes less moves to it, and it is no run of
// the article's prose.
TEST(FindArticle, ShortPostBesideALongerSidebarById) {
  const std::string html = std::string("<html><body><div id=\"page\"><div id=\"header\"><h1>Hill Farm</h1></div>"
                                       "<div id=\"content\"><div class=\"post\"><h2>Lambing has started</h2>"
                                       "<div class=\"entry\"><p>") +
                           kPara1 + "</p></div></div></div><div id=\"sidebar\" class=\"sidebar\"><h2>About</h2><p>" +
                           kPara2 + "</p><p>" + kPara3 + "</p><p>" + kPara2 + "</p></div></div></body></html>";
  const Strings body = Body(ParseHtml(html));
  EXPECT_NE(std::find(body.begin(), body.end(), std::string(kPara1)), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), std::string(kPara2)), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), std::string(kPara3)), body.end());
}

// A short welcome and its opening hours under the page's h1 in a plain
// column; beside it two cards whose "card-body" class gave the second the
// best score. Under the page's own heading the plain column is chosen
// again, though it holds less than an article's worth of text.
TEST(FindArticle, ShortTextUnderThePageHeadingBeatsACardBeside) {
  const std::string cards =
      "<div class=\"right\"><div class=\"card\"><div class=\"card-body\"><h3>Prescriptions</h3><p>Order repeat "
      "prescriptions online.</p><a href=\"/form\">To the form</a></div></div><div class=\"card\"><div "
      "class=\"card-body\"><h3>Holidays</h3><p>Closed from 23 December to 3 January. Cover: Dr Lane.</p></div>"
      "</div></div>";
  const std::string html = std::string("<html><body><div class=\"row\"><div class=\"left\"><h1>Our practice</h1><p>") +
                           kPara1 + "</p><p>" + kPara2 +
                           "</p><h2>Opening hours</h2><table><tr><td>Monday</td><td>8 to 12</td></tr></table></div>" +
                           cards + "</div></body></html>";
  EXPECT_EQ(Body(ParseHtml(html)), (Strings{"Our practice", kPara1, kPara2, "Opening hours", "Monday | 8 to 12"}));
}

// A holiday home's short description under its h1, and a consent
// notice of more prose at the page's top: without class names the notice
// scored best, its text was then dropped as a notice at the edge and the
// body taken from the boxes beside it. The root is the box that holds the
// body, where the confidence reads the article; a root that holds its
// body stays.
TEST(FindArticle, RootHoldsTheBodyWhenItsOwnTextWasDropped) {
  const std::string page =
      "<div id=\"cookie-notice\" class=\"cookie-banner\"><p>Wir verwenden Cookies, um Ihnen ein "
      "optimales Webseiten-Erlebnis zu bieten. Dazu z\xC3\xA4hlen Cookies, die f\xC3\xBCr den "
      "Betrieb der Seite notwendig sind, sowie solche, die lediglich zu anonymen Statistikzwecken, "
      "f\xC3\xBCr Komforteinstellungen oder zur Anzeige personalisierter Inhalte genutzt werden. "
      "Sie k\xC3\xB6nnen selbst entscheiden, welche Kategorien Sie zulassen m\xC3\xB6" "chten.</p>"
      "<button>Alle akzeptieren</button> <button>Nur notwendige</button> <a href=\"/datenschutz\">"
      "Datenschutzerkl\xC3\xA4rung</a></div><div class=\"property-detail\"><div class=\"pd-title\">"
      "<h1>Ferienhaus Heideblick</h1><p class=\"pd-loc\">Schneverdingen, L\xC3\xBCneburger Heide</p>"
      "</div><div class=\"pd-desc\"><p>Freistehendes Ferienhaus mit gro\xC3\x9F" "em, eingez\xC3\xA4untem "
      "Garten am Rand der L\xC3\xBCneburger Heide. Das Haus bietet Platz f\xC3\xBCr bis zu sechs "
      "Personen, hat einen Kaminofen und eine Sauna. Hunde sind herzlich willkommen.</p></div>"
      "<div class=\"pd-features\"><span>6 Personen</span><span>3 Schlafzimmer</span><span>110 "
      "m\xC2\xB2</span><span>Hund erlaubt</span></div></div>";
  Document doc = ParseHtml("<html><body>" + page + "</body></html>");
  MarkElements(doc);
  const Selection sel = FindArticle(doc);
  const std::vector<std::size_t> body = sel.BodyBlocks();
  ASSERT_FALSE(body.empty());
  for (std::size_t i : body) EXPECT_TRUE(doc.Contains(sel.root, doc.blocks[i].element));
  EXPECT_NE(doc.elements[static_cast<std::size_t>(sel.root)].id, "cookie-notice");
  // A root around its body (an only child's wrapper) is left as it is.
  Document plain = ParseHtml("<html><body><div class=\"post\"><div class=\"text\"><p>" + std::string(kPara1) +
                             "</p><p>" + kPara2 + "</p></div></div></body></html>");
  MarkElements(plain);
  const Selection kept = FindArticle(plain);
  ASSERT_GE(kept.root, 0);
  EXPECT_EQ(plain.elements[static_cast<std::size_t>(kept.root)].cls, "post");
}

// A product's short description in a tab under its h1, and a cookie
// banner of more prose that no phrase names: without class names the
// banner's box wins, then loses its only paragraph as a notice at the
// article's edge. A looser pass that keeps nothing is no article: the
// strict pass's description is the body.
TEST(FindArticle, LoosePassThatKeepsNothingGivesWayToTheStrictOne) {
  const std::string page =
      "<div class=\"product-top\"><h1>Gartenschlauch Flex 20 m</h1></div><div id=\"content\">"
      "<div class=\"tabs\"><ul class=\"tab-nav\"><li><a href=\"#beschreibung\">Beschreibung</a>"
      "</li><li><a href=\"#daten\">Technische Daten</a></li></ul><div class=\"tab-content\"><div "
      "class=\"tab-pane active\" id=\"beschreibung\"><p>Der Gartenschlauch Flex 20 m dehnt sich "
      "bei Wasserdruck auf die dreifache L\xC3\xA4nge aus und zieht sich danach wieder zusammen. "
      "So l\xC3\xA4sst er sich platzsparend verstauen und knickt nicht.</p></div></div></div>"
      "</div><div id=\"cookie-notice\" class=\"cookie-banner\"><p>Wir verwenden Cookies, um Ihnen "
      "ein optimales Webseiten-Erlebnis zu bieten. Dazu z\xC3\xA4hlen Cookies, die f\xC3\xBCr "
      "den Betrieb der Seite notwendig sind, sowie solche, die lediglich zu anonymen Statistikzwecken, "
      "f\xC3\xBCr Komforteinstellungen oder zur Anzeige personalisierter Inhalte genutzt werden. "
      "Sie k\xC3\xB6nnen selbst entscheiden, welche Kategorien Sie zulassen m\xC3\xB6" "chten.</p>"
      "<button>Alle akzeptieren</button> <button>Nur notwendige</button> <a href=\"/datenschutz\">"
      "Datenschutzerkl\xC3\xA4rung</a></div>";
  const Strings body = Body(ParseHtml("<html><body>" + page + "</body></html>"));
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].rfind("Der Gartenschlauch Flex 20 m dehnt sich", 0), 0u);
}

// A shop prints the product's name beside the box of its description; an
// accordion's "content" class scored its shipping note up. The
// description, right under the page's h1, is the text.
TEST(FindArticle, DescriptionBesideThePageHeadingBeatsAContentClassedNote) {
  const std::string html = std::string("<html><body><div class=\"info\"><h1>Harbour Mug</h1><div class=\"desc\"><p>") +
                           kPara1 + "</p><p>" + kPara2 +
                           "</p></div><details><summary>Shipping</summary><div class=\"accordion__content\"><p>We "
                           "ship within three working days.</p></div></details></div></body></html>";
  EXPECT_EQ(Body(ParseHtml(html)), (Strings{kPara1, kPara2}));
}

// A page builder's boxes, one stretch of the text each: `strong` in the
// box that scores best, `other` in a sibling box after a subhead and a
// list; `wrap` around the boxes.
std::string BuilderPage(const std::string& wrap_open, const std::string& other) {
  const std::string box = "<div class=\"pb-box\"><div class=\"pb-inner\"><div class=\"pb-item\"><div class=\"pb-body\">";
  const std::string end = "</div></div></div></div>";
  return "<html><body><nav><a href=/>Home</a> <a href=/g>Guides</a></nav>" + wrap_open + box +
         "<p>Watering</p><ul><li>Mornings: water early, when the top of the soil is dry to the touch.</li>"
         "<li>Leaves: keep them dry, since evening water invites mildew on basil.</li></ul><p>" + other + "</p>" + end +
         box + "<p>" + kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara3 + "</p>" + end +
         "</div><footer><p>Copyright 2025, Example Guides.</p></footer></body></html>";
}

const char kOtherPara[] = "A pot that dries out within a day of watering is too small, and the plant wants a bigger "
                          "one; herbs grown in heavy soil lose much of their flavour, so resist the urge to feed "
                          "them, and give them grit, sun and wind instead, which is what they had on the hillside "
                          "where they grew wild, far from any watering can, fertiliser or gardener.";

TEST(FindArticle, SiblingBuilderBoxesWidenTheArticle) {
  const Strings body = Body(ParseHtml(BuilderPage("<div class=\"pb-page\">", kOtherPara)));
  EXPECT_NE(std::find(body.begin(), body.end(), kOtherPara), body.end());
  EXPECT_NE(std::find(body.begin(), body.end(), kPara1), body.end());
}

// A subhead whose id is the anchor slug of its words is no chrome for a
// chrome word in it; a box's own short id still is.
TEST(FindArticle, SubheadAnchorIdNamesNoChrome) {
  const Strings body = Body(ParseHtml(
      Article("<h2 id=\"h-why-use-social-shopping\">Why use social shopping?</h2><p>" + std::string(kPara3) +
              "</p><h2 id=\"social\">Follow us</h2>")));
  EXPECT_NE(std::find(body.begin(), body.end(), "Why use social shopping?"), body.end());
  EXPECT_EQ(std::find(body.begin(), body.end(), "Follow us"), body.end());
}

TEST(EndsLikeSentence, FullStopsOfEveryScript) {
  for (const char* s : {"A sentence.", "一句话。", "جملة؟", "یہ ایک جملہ ہے۔", "यह वाक्य है।", "ဝါကျ။",
                        "ប្រយោគ។", "ዓረፍተ ነገር።", "Նախադասություն։", "文．", "「引用。」",
                        "Sie sagte: „Wir bleiben.“", "Han sagde: »Vi bliver.«"}) {
    EXPECT_TRUE(EndsLikeSentence(s)) << s;
  }
  EXPECT_FALSE(EndsLikeSentence("A headline"));
  EXPECT_FALSE(EndsLikeSentence("یہ ایک جملہ ہے"));
}

TEST(EndsWithFullStop, FullStopsNotQuestionsOrExclamations) {
  for (const char* s : {"A sentence.", "市は18日、発表した。", "城东区新建的公园将于周六开放。", "文．", "文｡",
                        "यह वाक्य है।", "یہ ایک جملہ ہے۔", "A sentence. "}) {
    EXPECT_TRUE(EndsWithFullStop(s)) << s;
  }
  for (const char* s : {"A headline", "小さいのに高性能！", "宇航员在太空中喝酒会怎么样？", "Why now?", "Wow!",
                        "人気のソフトに脆弱性、", "…", ""}) {
    EXPECT_FALSE(EndsWithFullStop(s)) << s;
  }
  // Every full stop still ends a sentence.
  EXPECT_TRUE(EndsLikeSentence("市は18日、発表した。"));
  EXPECT_TRUE(EndsLikeSentence("小さいのに高性能！"));
}

TEST(EndsLikeSentence, ThaiAndLaoEndUnmarked) {
  EXPECT_TRUE(EndsUnmarked("สะพานแห่งใหม่เปิดแล้ว"));
  EXPECT_TRUE(EndsUnmarked("ສະພານໃໝ່ "));
  EXPECT_FALSE(EndsUnmarked("สะพาน 2564"));
  EXPECT_FALSE(EndsUnmarked("A headline"));
  EXPECT_FALSE(EndsUnmarked(""));
}

TEST(MeasureBlock, ThaiParagraphIsProseAndThaiHeadlineOrLinkIsNot) {
  Block paragraph;
  paragraph.text = "เทศบาลนครเชียงใหม่เปิดใช้สะพานข้ามแม่น้ำปิงแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ที่ผ่านมา "
                   "หลังจากใช้เวลาก่อสร้างนานกว่าสามปี และใช้งบประมาณทั้งสิ้นประมาณสี่ร้อยล้านบาท";
  const BlockStats p = MeasureBlock(paragraph);
  EXPECT_TRUE(p.sentence_end);
  EXPECT_GT(p.words, kUnmarkedSentenceMinWords);
  EXPECT_TRUE(IsProse(p));
  Block headline;
  headline.text = "เชียงใหม่เปิดสะพานข้ามแม่น้ำปิงแห่งใหม่ หลังก่อสร้างนานสามปี";
  EXPECT_FALSE(MeasureBlock(headline).sentence_end);
  Block link = paragraph;
  link.link_bytes = static_cast<std::int32_t>(link.text.size());
  EXPECT_FALSE(MeasureBlock(link).sentence_end);
  EXPECT_FALSE(IsProse(MeasureBlock(link)));
}

TEST(MeasureBlock, ShortWideSentenceIsProseByItsReadingLength) {
  // Sixteen characters and a full stop: as long as an English sentence
  // of forty-odd letters.
  Block sentence;
  sentence.text = "上週六我們在鎮上的秋季市集擺攤。";
  const BlockStats s = MeasureBlock(sentence);
  EXPECT_EQ(s.wide, 16);
  EXPECT_EQ(ProseLength(s), s.chars + (kWideCharLetters - 1) * 16);
  EXPECT_TRUE(IsProse(s));
  // Without its end mark it is a headline's length, not a sentence.
  Block title;
  title.text = "上週六我們在鎮上的秋季市集擺攤";
  EXPECT_FALSE(IsProse(MeasureBlock(title)));
  // Latin text of the same characters is no sentence: it reads as sixteen letters.
  Block latin;
  latin.text = "We had a stall.";
  EXPECT_EQ(MeasureBlock(latin).wide, 0);
  EXPECT_FALSE(IsProse(MeasureBlock(latin)));
}

TEST(FindArticle, ShortWideSentencesFindTheirContainer) {
  const Document d = ParseHtml(
      "<html><body><nav><a href=/>首頁</a> <a href=/b>部落格</a></nav><main><article><h1>秋季市集</h1>"
      "<div class=content><p>上週六我們在鎮上的秋季市集擺攤。</p><p>蘋果果醬和南瓜湯很受歡迎。</p>"
      "<p>謝謝大家的光臨，明年春天見。</p></div></article></main><footer><p>© 2024</p></footer></body></html>");
  const Strings body = Body(d);
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(body[0], "上週六我們在鎮上的秋季市集擺攤。");
}

TEST(FindArticle, CaptionOrHeaderBoxThatTookAllTheTextIsSpared) {
  const std::string text = std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  const std::string nav = "<html><body><nav><a href=/>Home</a> <a href=/a>Archive</a></nav>";
  // A photo post: the text is the picture's "caption".
  const Strings photo = Body(ParseHtml(nav + "<div id=posts><div class=post><img src=/p.jpg>"
                                             "<div class=caption><h2>Council vote</h2>" + text +
                                             "</div></div></div></body></html>"));
  EXPECT_EQ(photo, (Strings{"Council vote", kPara1, kPara2}));
  // A theme that puts a short entry inside its <header>.
  const Strings header = Body(ParseHtml(nav + "<main><article><header><h1>Council vote</h1>" + text +
                                              "</header></article></main></body></html>"));
  EXPECT_EQ(header, (Strings{"Council vote", kPara1, kPara2}));
}

TEST(UnmarkedParagraph, LongSmallLetteredTextWithoutEndMark) {
  Block post;
  post.kind = BlockKind::kText;
  post.text = "The diary has moved to a new address and this page only stays up so that old links still find "
              "their way somewhere, which seemed kinder than a blank page :-)";
  EXPECT_FALSE(IsProse(MeasureBlock(post)));
  EXPECT_TRUE(UnmarkedParagraph(post, MeasureBlock(post)));
  Block address = post;
  address.text = "Example Society e.V. Service Desk Communication and Marketing \xE2\x80\xA2 Harbour Road 12 "
                 "\xE2\x80\xA2 20459 Hamburg Tel.: +49(0)40/12 345-678 Fax: +49(0)40/12 345-679 Mon Fri";
  EXPECT_FALSE(UnmarkedParagraph(address, MeasureBlock(address)));
  Block few = post;
  few.text = "the diary has moved to a new address :-)";
  EXPECT_FALSE(UnmarkedParagraph(few, MeasureBlock(few)));
  Block linked = post;
  linked.link_bytes = static_cast<std::int32_t>(post.text.size());
  EXPECT_FALSE(UnmarkedParagraph(linked, MeasureBlock(linked)));
}

TEST(CountCommas, CountsAsciiFullWidthAndIdeographicCommas) {
  EXPECT_EQ(CountCommas("a, b, c"), 2);
  EXPECT_EQ(CountCommas("\xE4\xB8\x80\xEF\xBC\x8C\xE4\xBA\x8C\xE3\x80\x81\xE4\xB8\x89"), 2);  // 一，二、三
  // Other characters with the same lead bytes, and a sequence cut short.
  EXPECT_EQ(CountCommas("\xEF\xBC\x8D\xE3\x80\x82 \xEF\xBC"), 0);  // －。
  EXPECT_EQ(CountCommas(""), 0);
}

TEST(FindArticle, KeepsTheArticleContainerOnly) {
  EXPECT_EQ(Body(ParseHtml(Article(""))), (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, DropsNewsletterBoxByClass) {
  const Strings body = Body(ParseHtml(Article(
      "<div class=\"newsletter-signup\"><p>Get the best stories every morning, straight to you, free.</p></div>")));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
}

// A thread whose boxes are named only for the reply's text ("reply_content")
// and whose items carry no class: the text and the name line around it go.
TEST(FindArticle, DropsRepliesByTheirTextBoxAndItsItem) {
  std::string thread;
  for (const char* name : {"Jo Bell", "Sam Ortiz"}) {
    thread += std::string("<div class=\"item\"><b>") + name +
              "</b> said on May 4, 2024:<div class=\"reply_content\"><p>I have lived here for thirty years "
              "and I think the council is wrong about the quay, the fishermen deserve better.</p></div></div>";
  }
  std::string text;
  for (int i = 0; i < 2; ++i) text += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara3 + "</p>";
  const std::string page = "<html><body><div class=\"post\"><h1>Budget passes</h1>" + text +
                           "<div class=\"list\">" + thread + "</div></div></body></html>";
  const Strings body = Body(ParseHtml(page));
  EXPECT_EQ(body, (Strings{"Budget passes", kPara1, kPara2, kPara3, kPara1, kPara2, kPara3}));
}

TEST(FindArticle, DropsShareBarAndAdLabelByText) {
  const Strings body = Body(ParseHtml(Article("<p>Advertisement</p><div><p>Share this article</p></div>")));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, DropsDonationAppeal) {
  const Strings body = Body(ParseHtml(Article(
      "<p>Your support helps us to tell the story. Unlike others, we have no paywall, but quality "
      "journalism must still be paid for.</p>")));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, DropsLinkListsInsideTheArticle) {
  const Strings body = Body(ParseHtml(Article(
      "<ul><li><a href=/a>Another story about something</a></li><li><a href=/b>And one more story</a></li></ul>")));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, SectionOfTextWithALinkedListIsKept) {
  // The section's links are in its list; its paragraphs are text.
  const Strings body = Body(ParseHtml(Article(
      "<div class=\"sect\"><h2>Patches</h2><p>" + std::string(kPara3) + "</p>"
      "<ul><li><a href=/a>Fix the parser for long lines</a></li><li><a href=/b>Add the weak attribute</a></li>"
      "<li><a href=/c>Support the x87 feature</a></li></ul></div>")));
  EXPECT_EQ(body, (Strings{kPara1, "Patches", kPara3, kPara2, kPara3}));
}

TEST(FindArticle, ListWithSomeLinksIsNotJunk) {
  const Strings body = Body(ParseHtml(Article(
      "<ul><li>Boosted the <a href=/a>blog's conversion</a> rate by half</li>"
      "<li>Helped <a href=/b>the shop</a> grow its revenue</li></ul>")));
  EXPECT_EQ(body, (Strings{kPara1, "Boosted the blog's conversion rate by half", "Helped the shop grow its revenue",
                           kPara2, kPara3}));
}

TEST(FindArticle, KeepsInArticleHeadingsListsAndQuotes) {
  const Strings body = Body(ParseHtml(Article(
      "<h2>What happens next</h2><ul><li>Contracts are signed</li><li>Work starts</li></ul>"
      "<blockquote><p>We are ready, and we have waited long enough.</p></blockquote>")));
  EXPECT_EQ(body, (Strings{kPara1, "What happens next", "Contracts are signed", "Work starts",
                           "We are ready, and we have waited long enough.", kPara2, kPara3}));
}

TEST(FindArticle, CaptionsLeaveTheBody) {
  Document d = ParseHtml(Article("<figure><img src=x.jpg><figcaption>The council chamber (AP)</figcaption></figure>"));
  MarkElements(d);
  const Selection sel = FindArticle(d);
  bool found = false;
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    if (d.blocks[i].text == "The council chamber (AP)") {
      found = true;
      EXPECT_EQ(sel.verdicts[i].role, Role::kCaption);
    }
  }
  EXPECT_TRUE(found);
}

TEST(FindArticle, SidebarClassOnAWrapperDoesNotHideTheArticle) {
  const std::string page = std::string("<body><div class=\"page has-sidebar sidebar-right\"><h1>Budget passes</h1>") +
                           "<p>" + kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara3 + "</p></div></body>";
  // The headline stays a block of the article; the metadata stage claims it.
  EXPECT_EQ(Body(ParseHtml(page)), (Strings{"Budget passes", kPara1, kPara2, kPara3}));
}

TEST(FindArticle, ArticleTextInAPaywallBoxIsKept) {
  // Pages put the gated part of the article, most of it, in a box classed
  // for the wall.
  const std::string gated = std::string("<div class=\"paywall\"><p>") + kPara3 + "</p><p>" + kPara1 + "</p><p>" +
                            kPara2 + "</p><p>" + kPara3 + "</p></div>";
  EXPECT_EQ(Body(ParseHtml(Article(gated))), (Strings{kPara1, kPara3, kPara1, kPara2, kPara3, kPara2, kPara3}));
}

TEST(FindArticle, EmbeddedTweetIsKeptDespiteItsLinks) {
  const Strings body = Body(ParseHtml(Article(
      "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes, this is real: "
      "<a href=\"https://t.co/x\">https://t.co/x</a></p>&mdash; Jane (@jane) <a href=\"https://twitter.com/jane/1\">"
      "November 18, 2019</a></blockquote></div>")));
  EXPECT_EQ(body, (Strings{kPara1, "Yes, this is real: https://t.co/x", "\xE2\x80\x94 Jane (@jane) November 18, 2019",
                           kPara2, kPara3}));
}

TEST(FindArticle, WrittenOutAddressIsKeptOtherLinksDropped) {
  const Strings body = Body(ParseHtml(Article(
      "<p>Tickets: <a href=\"http://theatre.example\">www.theatre.example</a></p>"
      "<p><a href=/other>Another story entirely</a></p>")));
  EXPECT_EQ(body, (Strings{kPara1, "Tickets: www.theatre.example", kPara2, kPara3}));
}

TEST(FindArticle, TeaserCardsLeaveTheBody) {
  std::string cards = "<div class=\"more\"><h2>Popular Stories</h2>";
  for (int i = 0; i < 4; ++i) {
    cards += "<div class=\"card\"><h3><a href=\"/s" + std::to_string(i) + "\">Another story about the harbour " +
             std::to_string(i) + "</a></h3><p>Monday 8 August</p><p>A summary of another story, which the page "
             "shows to lure readers away from this one.</p></div>";
  }
  cards += "</div>";
  // The run's heading goes with it.
  EXPECT_EQ(Body(ParseHtml(Article(cards))), (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, CardsNumberedInTurnAreTheListsItems) {
  auto cards = [](int first, int step) {
    std::string out;
    for (int i = 0; i < 4; ++i) {
      const std::string n = std::to_string(first + i * step);
      out += "<div class=\"card\"><h3><a href=\"/plant" + n + "\">" + n + ". A shade plant for the hall</a></h3>"
             "<p>It grows in a dim hall, wants water once a week, and keeps its deep green leaves through the "
             "winter, which the guide tells at length on its own page.</p></div>";
    }
    return out;
  };
  const Strings kept = Body(ParseHtml(Article(cards(1, 1))));
  ASSERT_EQ(kept.size(), 11u);
  EXPECT_EQ(kept[1], "1. A shade plant for the hall");
  // Numbers out of turn are other stories' counts ("5 ways", "9 tips").
  EXPECT_EQ(Body(ParseHtml(Article(cards(5, 2)))), (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, LinkedLeadInOverKeptTextStays) {
  const std::string list = "<ul><li>Reads forms aloud in twelve languages, with a voice that sounds natural.</li>"
                           "<li>Saves every session for later, so nothing is lost when the page closes.</li></ul>";
  const Strings body =
      Body(ParseHtml(Article("<p>Key features of <a href=\"/tools/reader\">Harbour Reader Studio</a>:</p>" + list)));
  ASSERT_EQ(body.size(), 6u);
  EXPECT_EQ(body[1], "Key features of Harbour Reader Studio:");
  // A linked label over links alone has no kept text under it.
  const Strings links = Body(ParseHtml(Article(
      "<p><a href=\"/related\">Related stories</a>:</p><ul><li><a href=\"/a\">One story</a></li>"
      "<li><a href=\"/b\">Another story</a></li></ul>")));
  EXPECT_EQ(links, (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, LinkedSentenceInABoxOfItsOwnBetweenTextStays) {
  const std::string linked = "<div class=\"text-block\"><p>It also <a href=\"/explainers/harbour-board\">runs the joint "
                             "harbour board and its yearly safety drills</a>.</p></div>";
  const Strings body = Body(ParseHtml(Article(linked)));
  ASSERT_EQ(body.size(), 4u);
  EXPECT_EQ(body[1], "It also runs the joint harbour board and its yearly safety drills.");
}

TEST(FindArticle, TwoLinkedTitlesAreNotACardRun) {
  std::string cards;
  for (int i = 0; i < 2; ++i) {
    cards += "<div class=\"card\"><h3><a href=\"/s\">Another story about the harbour</a></h3><p>A summary of "
             "another story, which the page shows.</p></div>";
  }
  Document d = ParseHtml(Article(cards));
  MarkElements(d);
  const Selection sel = FindArticle(d);
  for (const Verdict& v : sel.verdicts) EXPECT_STRNE(v.reason, "dropped: teaser cards (other stories' titles)");
}

TEST(FindArticle, CreditedCaptionsAndFigureCreditsLeaveTheBody) {
  const Strings body = Body(ParseHtml(Article(
      "<p>The core stage at the assembly facility after the installation of its engines. (credit: NASA/Jane Doe)</p>"
      "<figure><img src=x.jpg><span>Getty Images</span></figure>")));
  EXPECT_EQ(body, (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, DigestItemsThatLinkTheirLeadAreKept) {
  const std::string item = "<li><a href=\"/s\">Ousted chief executive can still name directors to the board, even "
                           "though he left the company.</a> He can still influence the company through its board, "
                           "according to a new report.</li>";
  const std::string plain = "<li>Teens, parents and teachers love the new phones, and they are putting them on "
                            "their lists, a survey says.</li>";
  const Strings body = Body(ParseHtml(Article("<ol>" + plain + item + plain + plain + "</ol>")));
  ASSERT_EQ(body.size(), 7u);
  EXPECT_EQ(body[2].find("Ousted chief executive"), 0u);
}

TEST(FindArticle, LongWrittenOutAddressIsKept) {
  const std::string url = "http://blog.example.com/2011/09/07/fatwa-para-ulama-larangan-mencaci-para-sahabat/";
  const Strings body = Body(ParseHtml(Article("<p><a href=\"" + url + "\">" + url + "</a></p>")));
  EXPECT_EQ(body, (Strings{kPara1, url, kPara2, kPara3}));
}

TEST(FindArticle, TextSplitAroundAWideFigureIsJoined) {
  const std::string page = std::string("<body><div class=\"wrap\"><div class=\"col\"><div class=\"post-text\"><p>") +
                           kPara1 + "</p><p>" + kPara3 + "</p></div></div></div><div class=\"wide\"><figure><img src=x></figure></div>"
                           "<div class=\"wrap\"><section><div class=\"post-text\"><p>" + kPara2 + "</p><p>" +
                           kPara3 + "</p><p>" + kPara2 + "</p></div></section></div></body>";
  EXPECT_EQ(Body(ParseHtml(page)), (Strings{kPara1, kPara3, kPara2, kPara3, kPara2}));
}

TEST(FindArticle, PageWithoutProseHasNoBody) {
  EXPECT_TRUE(Body(ParseHtml("<ul><li><a href=/a>Home</a></li><li><a href=/b>News</a></li></ul>")).empty());
  EXPECT_TRUE(Body(ParseHtml("")).empty());
}

TEST(FindArticle, TextCopyKeepsTheProseRun) {
  const std::string text = std::string("Home\nWorld\nSport\n\nBudget passes\n\n") + kPara1 + "\n\n" +
                           "Advertisement\n\n" + kPara2 + "\n\n" + kPara3 + "\n\nShare this article\n\n" +
                           "Sign in\n\nMost read\n";
  EXPECT_EQ(Body(ParseText(text)), (Strings{kPara1, kPara2, kPara3}));
}

TEST(FindArticle, TextCopyCaptionsWithCredits) {
  const std::string text = std::string(kPara1) + "\n\nThe chamber was full\nThe chamber was full (Reuters)\n\n" +
                           kPara2 + "\n\n" + kPara3 + "\n";
  Document d = ParseText(text);
  MarkElements(d);
  const Selection sel = FindArticle(d);
  ASSERT_EQ(d.blocks.size(), 5u);
  EXPECT_EQ(sel.verdicts[1].role, Role::kDropped);
  EXPECT_EQ(sel.verdicts[2].role, Role::kCaption);
  EXPECT_EQ(sel.verdicts[3].role, Role::kBody);
}

TEST(MeasureBlock, SentenceEndsAndChromeLabels) {
  Block b;
  b.text = "He said \xE2\x80\x9Cyes.\xE2\x80\x9D";
  EXPECT_TRUE(MeasureBlock(b).sentence_end);
  b.text = "A headline without a stop";
  EXPECT_FALSE(MeasureBlock(b).sentence_end);
  b.text = "Advertisement";
  EXPECT_NE(MeasureBlock(b).chrome, nullptr);
  b.text = "Kommentare";
  EXPECT_NE(MeasureBlock(b).chrome, nullptr);
  // The Scandinavian heading and the German prompt over a comment form.
  b.text = "Kommentarer";
  EXPECT_NE(MeasureBlock(b).chrome, nullptr);
  b.text = "Kommentar hinzuf\xC3\xBCgen";
  EXPECT_NE(MeasureBlock(b).chrome, nullptr);
  b.text = "Kommentar zur Wahl: ein knappes Ergebnis";
  EXPECT_EQ(MeasureBlock(b).chrome, nullptr);
  // A pitch that opens by asking whether the reader liked the article.
  b.text = "Hat Ihnen dieser Artikel gefallen? Dann unterst\xC3\xBCtzen Sie uns mit einem Beitrag.";
  EXPECT_STREQ(MeasureBlock(b).chrome, "dropped: appeal (donation or subscription)");
  b.text = "Hat Ihnen dieser Artikel gefallen? Dann empfehlen Sie ihn weiter.";
  EXPECT_EQ(MeasureBlock(b).chrome, nullptr);
  b.text = "The comments he made were widely criticised, and he apologised.";
  EXPECT_EQ(MeasureBlock(b).chrome, nullptr);
  // Appeals and cookie notices in any case.
  b.text = "YOUR SUPPORT keeps our JOURNALISM free. Donate today.";
  EXPECT_STREQ(MeasureBlock(b).chrome, "dropped: appeal (donation or subscription)");
  b.text = "COOKIES help this site count its readers, with your CONSENT.";
  EXPECT_STREQ(MeasureBlock(b).chrome, "cookie notice");
}

TEST(MarkElements, AnAuthorBoxMarksTheNameInside) {
  Document d = ParseHtml("<div class=\"main-author-card\"><h3 class=\"card__title\">Ellyn Shook</h3></div>"
                         "<div class=\"story\"><h3 class=\"card__title\">Not an author</h3></div>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(d.elements[static_cast<std::size_t>(d.blocks[0].element)].flags & kBylineLike);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[1].element)].flags & kBylineLike);
}

// An <article> is not chrome for a chrome word in its class
// ("sidebar-layout"), but a box that is never the article stays chrome
// as an <article> too.
TEST(MarkElements, AnArticleTagKeepsOnlyStrongChrome) {
  Document d = ParseHtml("<article class=\"sidebar-layout\"><p>Text of the post.</p></article>"
                         "<article class=\"article-body-infobox\"><p>Please note: shares carry risks.</p></article>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 2u);
  const auto parent = [&](std::size_t b) {
    return d.elements[static_cast<std::size_t>(d.elements[static_cast<std::size_t>(d.blocks[b].element)].parent)];
  };
  EXPECT_FALSE(parent(0).flags & kChrome);
  EXPECT_TRUE(parent(1).flags & kChrome);
}

// A blog engine's post classes name the author for style sheets: the
// entry's "author-<slug>" marks none of its blocks as a byline.
TEST(MarkElements, APostClassListMarksNoByline) {
  Document d = ParseHtml("<article class=\"hentry category-news author-jane-roe\"><h2>Aventura</h2></article>"
                         "<div class=\"post-81 type-post status-publish author-sam\"><p>Plain text</p></div>"
                         "<div class=\"entry author-box\"><p>Jane Roe</p></div>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[0].element)].flags & kBylineLike);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[1].element)].flags & kBylineLike);
  EXPECT_TRUE(d.elements[static_cast<std::size_t>(d.blocks[2].element)].flags & kBylineLike);
}

// A pull quote's or a testimonial's speaker is classed "author" too: no
// byline.
TEST(MarkElements, AQuotesAuthorIsNoByline) {
  Document d = ParseHtml("<blockquote><p>Great service.</p><p class=\"testimonial-author-name\">Sam P.</p></blockquote>"
                         "<div class=\"pull-quote__author\"><p>Jane Roe</p></div>"
                         "<div class=\"article-author\"><p>John Doe</p></div>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[1].element)].flags & kBylineLike);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[2].element)].flags & kBylineLike);
  EXPECT_TRUE(d.elements[static_cast<std::size_t>(d.blocks[3].element)].flags & kBylineLike);
}

// Apps name their parts in test hooks where the classes are hashes: a
// byline hook marks the byline; a chrome word there marks nothing else.
TEST(MarkElements, ATestHookMarksTheByline) {
  Document d = ParseHtml("<div data-testid=\"byline-contributors\" class=\"sc-1a2b\"><p>Jane Roe</p></div>"
                         "<div data-component=\"BylineWrapper\"><p>John Doe</p></div>"
                         "<div data-testid=\"sidebar-nav\" class=\"sc-3c4d\"><p>Plain text</p></div>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_TRUE(d.elements[static_cast<std::size_t>(d.blocks[0].element)].flags & kBylineLike);
  EXPECT_TRUE(d.elements[static_cast<std::size_t>(d.blocks[1].element)].flags & kBylineLike);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[2].element)].flags & (kBylineLike | kChrome));
}

// A quote's speaker in a test hook is no byline, as in a class.
TEST(MarkElements, AQuoteAuthorTestHookIsNoByline) {
  Document d = ParseHtml("<blockquote data-testid=\"pull-quote-author\"><p>Jane Roe</p></blockquote>");
  MarkElements(d);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_FALSE(d.elements[static_cast<std::size_t>(d.blocks[0].element)].flags & kBylineLike);
}

TEST(MeasureBlock, LinkTitles) {
  Block b;
  b.text = "Another story about the harbour";
  b.link_bytes = static_cast<std::int32_t>(b.text.size());
  EXPECT_TRUE(IsLinkTitle(MeasureBlock(b)));
  b.text = "A whole sentence that happens to be a link.";
  b.link_bytes = static_cast<std::int32_t>(b.text.size());
  EXPECT_FALSE(IsLinkTitle(MeasureBlock(b)));
  b.text = "www.example.com";
  b.link_bytes = static_cast<std::int32_t>(b.text.size());
  EXPECT_FALSE(IsLinkTitle(MeasureBlock(b)));
  b.text = "Another story about the harbour";
  b.link_bytes = 4;
  EXPECT_FALSE(IsLinkTitle(MeasureBlock(b)));
}

TEST(MeasureBlock, ChromeLabelGroups) {
  const struct {
    const char* text;
    const char* group;  // nullptr: not chrome
  } kCases[] = {
      {"Advert", "advertisement label"},
      {"Iklan", "advertisement label"},
      {"sponsored links", "advertisement label"},
      {"Sharing is caring!", "share bar"},
      {"Like Loading...", "share bar"},
      {"Post Comment (+)", "comments"},
      {"Note: we are temporarily moderating all comments submitted to deal with a surge in spam.", "comments"},
      {"ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.", "comments"},
      {"You may also like...", "read more link"},
      {"More Great WIRED Stories", "read more link"},
      {"More:", "read more link"},
      {"Filed under: Politics |", "tag list"},
      {"Tags calendario, stock car", "tag list"},
      {"Topics: Brexit, Elections", "tag list"},
      {"Technorati Tags: diy, shed", "tag list"},
      {"Current mood: exhausted\nCurrent music: the radio in the van", "journal mood line"},
      {"Last Updated ( Monday, 18 May 2009 09:12 )", "timestamp"},
      {"Image copyright Getty Images", "image credit"},
      {"Photo: AP", "image credit"},
      {"Photograph: Jane Doe/Reuters", "image credit"},
      {"Tempo de leitura: 1 minuto", "reading time"},
      {"5 min read", "reading time"},
      {"Updated at 1:23 p.m.", "timestamp"},
      {"First Published: Tuesday, November 19, 2019 08:38 AM", "timestamp"},
      {"Updated 10:01 pm PST, Tuesday, November 19, 2019", "timestamp"},
      {"SOURCE: News agencies", "credit line"},
      {"Keith Bradsher contributed reporting from Hong Kong.", "credit line"},
      {"Associated Press writers Alan Fram and Zeke Miller contributed to this report.", "credit line"},
      {"Have a tip? Amy Doe may be reached at amy@example.com. Follow her on Twitter @amy.", "contact line"},
      {"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "contact line"},
      {"Follow AP's full coverage of Brexit at https://apnews.com/Brexit", "contact line"},
      {"This website uses cookies to improve your experience while you navigate through the website. Out of "
       "these cookies, the cookies that are categorized as necessary are stored on your browser as they are "
       "essential for the working of basic functionalities of the website, and we also use third-party cookies.",
       "cookie notice"},
      // Sentences that only share words with the labels.
      {"Published in 2015, the report found that costs rose.", nullptr},
      {"The photos were taken by a neighbour, who called the police.", nullptr},
      {"More than 2,500 civilians have been killed this year.", nullptr},
      {"Tagged as a rising star, she left the club in May.", nullptr},
      {"Tags are sold at the gate.", nullptr},
      {"The current mood: in the town is calm, the mayor said after the vote.", nullptr},
      {"She followed the coverage on television.", nullptr},
      {"Bake the cookies for twelve minutes, until golden.", nullptr},
      {"The comments were approved by the board on Monday.", nullptr},
  };
  for (const auto& c : kCases) {
    Block b;
    b.text = c.text;
    const char* got = MeasureBlock(b).chrome;
    EXPECT_STREQ(got, c.group) << c.text;
  }
}

TEST(IsOthersPostBox, ByClassOrById) {
  Element reviews;
  reviews.cls = "woocommerce-Tabs customer-reviews";
  EXPECT_TRUE(IsOthersPostBox(reviews));
  Element thread;
  thread.id = "comments";
  EXPECT_TRUE(IsOthersPostBox(thread));
  Element text;
  text.cls = "entry-content";
  text.id = "post-12";
  EXPECT_FALSE(IsOthersPostBox(text));
}

}  // namespace
}  // namespace pith
