#include "clean/confidence.h"

#include <gtest/gtest.h>

#include <string>

#include "parse/html_parse.h"
#include "parse/text_parse.h"

namespace pith {
namespace {

const char kPara[] = "The council voted on Tuesday to approve the new budget, which includes funding for schools, "
                     "roads and the library, after a debate that lasted four hours.";

ConfidenceFacts Measure(const std::string& html) {
  Document d = ParseHtml(html);
  MarkElements(d);
  return MeasureConfidence(d, FindArticle(d));
}

std::string Paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += std::string("<p>") + kPara + "</p>";
  return out;
}

TEST(Confidence, AnArticleIsConfident) {
  const ConfidenceFacts f = Measure("<body><article><h1>Budget</h1>" + Paragraphs(5) + "</article></body>");
  EXPECT_EQ(f.prose_blocks, 5);
  EXPECT_EQ(f.teaser_chars, 0);
  EXPECT_DOUBLE_EQ(Confidence(f), 1.0);
}

TEST(Confidence, OneSentenceIsNotAnArticle) {
  const ConfidenceFacts f = Measure("<body><div><p>Short note, with a comma, and nothing else here.</p></div></body>");
  EXPECT_LT(Confidence(f), kMinConfidence);
}

TEST(Confidence, UnlinkedListEntriesAreRunningText) {
  // A festival programme: a line of introduction, then times and acts.
  std::string items;
  for (int i = 0; i < 8; ++i) items += "<li>19:00 Uhr \xE2\x80\x93 Konzert der Stadtkapelle im Schlosshof</li>";
  const ConfidenceFacts f = Measure("<body><div class=\"content\"><h1>Programm</h1><p>Drei Tage Musik in der Stadt.</p><ul>" +
                                    items + "</ul></div></body>");
  EXPECT_EQ(f.prose_blocks, 8);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // The same entries as links are a list of stories, no running text.
  std::string links;
  for (int i = 0; i < 8; ++i) links += "<li><a href=\"/s\">19:00 Uhr \xE2\x80\x93 Konzert der Stadtkapelle im Schlosshof</a></li>";
  const ConfidenceFacts g = Measure("<body><div class=\"content\"><h1>Programm</h1><ul>" + links + "</ul></div></body>");
  EXPECT_EQ(g.prose_blocks, 0);
}

TEST(Confidence, AShortNoticeUnderItsOwnTitleIsAnArticle) {
  const std::string notice = "<p>Am Feiertag bleibt die Praxis geschlossen. Ab Freitag sind wir wieder da.</p>";
  ConfidenceFacts f = Measure("<body><nav><a href=\"/\">Start</a></nav><article><h1>Praxis geschlossen</h1>" + notice +
                              "</article></body>");
  EXPECT_TRUE(f.titled);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // Without its title it is a sentence or two, no article.
  f.titled = false;
  EXPECT_LT(Confidence(f), kMinConfidence);
  // Under a title, beside other stories' titles: a list page's introduction.
  std::string links;
  for (int i = 0; i < 6; ++i) {
    links += "<li><a href=\"/news/" + std::to_string(i) + "\">Port workers vote to end strike number " + std::to_string(i) +
             "</a></li>";
  }
  f = Measure("<body><main class=\"archive\"><h1>Archive</h1>" + notice + "<ul class=\"archive-list\">" + links +
              "</ul></main></body>");
  EXPECT_GT(f.link_titles, 0);
  EXPECT_LT(Confidence(f), kMinConfidence);
}

TEST(Confidence, AShortInterviewUnderItsArticlesTitleIsAnArticle) {
  // The headline and byline head the <article>; the text's own box holds
  // a line of introduction and short answers, beside a rail of summaries.
  std::string qa = "<p>Lea Marten läuft am Sonntag. Wir haben ihr fünf kurze Fragen gestellt.</p>";
  for (int i = 0; i < 5; ++i) qa += "<p><strong>Wie oft trainieren Sie?</strong></p><p>Sechsmal pro Woche.</p>";
  const std::string page = "<body><main><article><h1>Fünf Fragen an Lea Marten</h1><div class=\"byline\">Von Tom Berg</div>"
                           "<div class=\"article-body\">" + qa + "</div></article></main></body>";
  const ConfidenceFacts f = Measure(page);
  EXPECT_TRUE(f.titled);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // Without the <article> that holds both, the title heads no box, but
  // it stands right over the text, only the byline between: still its own.
  std::string loose = page;
  loose.replace(loose.find("<article>"), 9, "<div>");
  loose.replace(loose.find("</article>"), 10, "</div>");
  const ConfidenceFacts g = Measure(loose);
  EXPECT_TRUE(g.titled);
}

TEST(Confidence, AThaiParagraphCountsAsItReads) {
  // About as long as an English brief of 170 characters: letters count
  // two, vowel and tone marks nothing.
  const ConfidenceFacts f = Measure(
      "<body><article><h1>ฝนตก</h1><p>เมื่อคืนฝนตกหนักทั้งคืน ถนนหน้าบ้านน้ำท่วมสูงถึงเข่า เด็ก ๆ "
      "ออกมาเล่นน้ำกันอย่างสนุกสนาน ส่วนผู้ใหญ่ช่วยกันขนของขึ้นที่สูง</p></article></body>");
  EXPECT_EQ(f.prose_blocks, 1);
  EXPECT_GT(f.prose_chars, 170);
  EXPECT_LT(f.prose_chars, 200);
  EXPECT_GE(Confidence(f), kMinConfidence);
}

TEST(Confidence, APageCutShortEndsInRunningText) {
  const std::string cut = "<body><article><h1>Ferry</h1><p>The island ferry will run an extra crossing on weekday "
                          "mornings, the operator said.</p><p>Commuters had complained about crowded boats all "
                          "winter, and the first boat will now leave";
  EXPECT_EQ(Measure(cut).prose_blocks, 2);
  // Closed, the same words without a full stop are no running text (a
  // paragraph of more words would be, UnmarkedParagraph).
  EXPECT_EQ(Measure(cut + "</p><p>Share</p></article></body>").prose_blocks, 1);
  // Cut short with no running text above, the tail alone is no article.
  const ConfidenceFacts grid = Measure(
      "<body><div class=\"grid\"><div><a href=\"/p/1\">Blue canvas shoe</a> 49.00</div><div>Free delivery on "
      "orders over fifty and returns within thirty days for all the items in the");
  EXPECT_EQ(grid.prose_blocks, 0);
}

TEST(Confidence, TeaserCardsLeaveNoProse) {
  std::string cards;
  for (int i = 0; i < 8; ++i) {
    cards += "<li><h3><a href=\"/s\">Another story about the harbour</a></h3><p>" + std::string(kPara) + "</p></li>";
  }
  const ConfidenceFacts f = Measure("<body><ul>" + cards + "</ul></body>");
  EXPECT_EQ(f.prose_blocks, 0);
  EXPECT_LT(Confidence(f), kMinConfidence);
}

TEST(Confidence, SummariesUnderOtherStoriesTitlesAreASectionFront) {
  // Titles and summaries side by side in one box, not in cards.
  std::string list;
  for (int i = 0; i < 8; ++i) list += "<h3><a href=\"/s\">Another story about the harbour</a></h3><p>" + std::string(kPara) + "</p>";
  const ConfidenceFacts f = Measure("<body><div class=\"stories\">" + list + "</div></body>");
  EXPECT_GT(f.teaser_chars * 10, f.prose_chars * 8);
  EXPECT_LT(Confidence(f), kMinConfidence);
}

TEST(Confidence, TitlesLinkedToOtherSitesAreThePagesOwnList) {
  // An events page: each event's title links to its organiser's site, a
  // summary under it. The same list linked within the site is a section
  // front.
  const std::string head =
      "<html><head><link rel=\"canonical\" href=\"https://www.gazette.example/events\"></head><body><div class=\"events\">";
  std::string offsite, onsite;
  for (int i = 0; i < 8; ++i) {
    const std::string n = std::to_string(i);
    offsite += "<h3><a href=\"https://fair" + n + ".example/\">Spring craft fair</a></h3><p>" + kPara + "</p>";
    onsite += "<h3><a href=\"https://www.gazette.example/s" + n + "\">Spring craft fair</a></h3><p>" + kPara + "</p>";
  }
  const ConfidenceFacts f = Measure(head + offsite + "</div></body></html>");
  EXPECT_EQ(f.link_titles, 0);
  EXPECT_EQ(f.teaser_chars, 0);
  EXPECT_GE(Confidence(f), kMinConfidence);
  EXPECT_LT(Confidence(Measure(head + onsite + "</div></body></html>")), kMinConfidence);
}

TEST(Confidence, ShopLinksAndAnchorsAreNoOtherStoriesTitles) {
  // A deals roundup: a product's short line between its shop links. A live
  // blog: each update's title links to its own anchor. Neither is a list of
  // teasers; the same titles linked to other pages of the site are.
  std::string deals, live, teasers;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    deals += "<h3>Pan model " + n + "</h3><p>A sturdy pan that heats evenly and cleans up fast.</p>"
             "<p><a href=\"https://shop.example/p" + n + "\">Get it on Shopzone for $2" + n + "</a></p>";
    live += "<h2><a href=\"#update-" + n + "\">Ferry cancelled again</a></h2><p>Short update on the ferry.</p>";
    teasers += "<h2><a href=\"/news/" + n + "\">Ferry cancelled again</a></h2><p>Short update on the ferry.</p>";
  }
  EXPECT_EQ(Measure("<body><article>" + Paragraphs(1) + deals + "</article></body>").link_titles, 0);
  EXPECT_EQ(Measure("<body><article>" + Paragraphs(1) + live + "</article></body>").link_titles, 0);
  EXPECT_EQ(Measure("<body><article>" + Paragraphs(1) + teasers + "</article></body>").link_titles, 6);
}

TEST(Confidence, ALoneLinkedTitleIsThePostsOwn) {
  // A short blog post whose title links to its permalink, and a pager.
  const ConfidenceFacts f = Measure(
      "<body><div class=\"main\"><div class=\"post\"><h2><a href=\"/2025/10/post.html\">First frost on the shed</a></h2>"
      "<div>" + std::string(kPara) + "<br><br>Short second line of the post.</div></div>"
      "<div class=\"pager\"><a href=\"/newer\">Newer Post</a> <a href=\"/\">Home</a></div></div></body>");
  EXPECT_TRUE(f.titled);  // the page's only title heading, linked to the post
  EXPECT_EQ(f.teasers, 0);
  EXPECT_GE(Confidence(f), kMinConfidence);
  ConfidenceFacts two = f;
  two.titled = false;
  two.teasers = 2;  // the same text under two titles is a list
  two.teaser_chars = f.prose_chars;
  EXPECT_LT(Confidence(two), Confidence(f));
}

TEST(Confidence, LinkedListItemsBeforeParagraphsAreARoundup) {
  // Each thing linked as a list item of its own, then told of in a
  // paragraph after the list: one article's entries, not teasers.
  std::string items;
  for (int i = 0; i < 6; ++i) {
    items += "<ul><li><a href=\"/p\">Folding step stool</a></li></ul><p>" + std::string(kPara) + "</p>";
  }
  const ConfidenceFacts f = Measure("<body><article><h1>Weekend builds</h1><div>" + items + "</div></article></body>");
  EXPECT_EQ(f.teaser_chars, 0);
  EXPECT_DOUBLE_EQ(Confidence(f), 1.0);
  // The same titles as list items holding their summaries are cards.
  std::string cards;
  for (int i = 0; i < 6; ++i) cards += "<li><a href=\"/p\">Folding step stool</a><p>" + std::string(kPara) + "</p></li>";
  EXPECT_LT(Confidence(Measure("<body><ul>" + cards + "</ul></body>")), kMinConfidence);
}

TEST(Confidence, ARelatedLinkBetweenParagraphsIsNotATeaser) {
  const ConfidenceFacts f = Measure("<body><article>" + Paragraphs(3) +
                                    "<div class=\"inline\"><a href=\"/x\">Read about the last budget</a></div>" +
                                    Paragraphs(3) + "</article></body>");
  EXPECT_EQ(f.teaser_chars, 0);
  EXPECT_DOUBLE_EQ(Confidence(f), 1.0);
}

TEST(Confidence, ErrorPagesAndDeclaredArticles) {
  ConfidenceFacts f = Measure("<html><head><title>Page not found</title></head><body><div>" + Paragraphs(2) +
                              "</div></body></html>");
  EXPECT_TRUE(f.error_page);
  EXPECT_LT(Confidence(f), kMinConfidence);
  f = Measure("<html><head><meta property=\"og:type\" content=\"article\"></head><body><div><p>" + std::string(kPara) +
              "</p></div></body></html>");
  EXPECT_TRUE(f.declares_article);
  const double declared = Confidence(f);
  f.declares_article = false;
  EXPECT_GT(declared, Confidence(f));
  f = Measure("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script></head>"
              "<body><p>x</p></body></html>");
  EXPECT_TRUE(f.declares_article);
}

TEST(Confidence, CjkTextWeighsMorePerCharacter) {
  // About 60 characters of Japanese: a full sentence or two.
  const std::string ja = "阪南大学は3月4日、同学の専任教員が学生情報等を保存したUSBメモリを紛失したことが判明したと発表した。"
                         "大学は関係者に謝罪した。";
  const ConfidenceFacts f = Measure("<body><div><p>" + ja + "</p><p>" + ja + "</p></div></body>");
  EXPECT_GT(f.prose_chars, 300);
  EXPECT_GE(Confidence(f), kMinConfidence);
}

TEST(Confidence, ShortWideSentencesAreRunningText) {
  // Chinese paragraphs of one short sentence each, under 40 characters but
  // as long as a prose sentence in words; a short label is not.
  const std::string p = "<p>馆舍由旧仓库改建而成，藏书约八万册，设有儿童阅览区。</p>";
  const ConfidenceFacts f = Measure("<body><article><h1>港城新图书馆开馆</h1>" + p + p + p + p + "</article></body>");
  EXPECT_EQ(f.prose_blocks, 4);
  EXPECT_GE(Confidence(f), kMinConfidence);
  EXPECT_EQ(Measure("<body><article><p>新闻。</p></article></body>").prose_blocks, 0);
}

TEST(Confidence, APostsPermalinkedTitleIsThePagesOwn) {
  const std::string post =
      "<article><h2><a href=\"/2023/05/closed-on-monday/\">Closed on Monday</a></h2>"
      "<div><a href=\"/2023/05/closed-on-monday/\">22 May 2023</a></div>"
      "<div class=\"entry-content\"><p>The library is closed on Monday. We open again on Tuesday.</p></div></article>";
  const ConfidenceFacts f = Measure("<head><title>Closed on Monday \xE2\x80\x93 Town Library</title></head><body>" + post +
                                    "</body>");
  EXPECT_TRUE(f.titled);
  EXPECT_EQ(f.link_titles, 0);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // Under a page title of its own, the page's only title heading is
  // still the post's; a second post's title makes it an archive's.
  EXPECT_TRUE(Measure("<head><title>Town Library news</title></head><body>" + post + "</body>").titled);
  const ConfidenceFacts g = Measure("<head><title>Town Library news</title></head><body>" + post + post + "</body>");
  EXPECT_FALSE(g.titled);
  EXPECT_LT(Confidence(g), kMinConfidence);
  // Nor does a title that only begins like the page's ("Closed" of "Closed on Monday").
  const ConfidenceFacts h = Measure("<head><title>Closedown notes</title></head><body>" + post + post + "</body>");
  EXPECT_FALSE(h.titled);
}

TEST(Confidence, ThaiParagraphsWithoutEndMarksAreRunningText) {
  // Two short Thai paragraphs (no spaces, no sentence mark), each shorter
  // than the block rule's unmarked sentence.
  const ConfidenceFacts f = Measure(
      "<body><div><h1>\xE0\xB8\x87\xE0\xB8\x94\xE0\xB8\x88\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB8\x99\xE0\xB9\x89\xE0\xB8\xB3</h1>"
      "<p>\u0E40\u0E17\u0E28\u0E1A\u0E32\u0E25\u0E40\u0E21\u0E37\u0E2D\u0E07\u0E41\u0E08\u0E49\u0E07\u0E07\u0E14\u0E08\u0E48\u0E32\u0E22"
      "\u0E19\u0E49\u0E33\u0E1B\u0E23\u0E30\u0E1B\u0E32\u0E43\u0E19\u0E40\u0E02\u0E15\u0E15\u0E25\u0E32\u0E14\u0E40\u0E01\u0E48\u0E32</p>"
      "</div></body>");
  EXPECT_EQ(f.prose_blocks, 1);
  EXPECT_GE(Confidence(f), kMinConfidence);
}

TEST(Confidence, ThaiParagraphWithoutSentenceMarksIsRunningText) {
  // Thai marks no sentence's end and has no spaces between words.
  const std::string th = "<p>มะนาวเป็นพืชที่ปลูกในกระถางได้ง่ายถ้าได้รับแดดอย่างน้อยหกชั่วโมงต่อวันและรดน้ำสม่ำเสมอ</p>";
  const ConfidenceFacts f = Measure("<body><article><div class=\"entry\">" + th + "</div></article></body>");
  EXPECT_EQ(f.prose_blocks, 1);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // A short Thai line is not.
  EXPECT_EQ(Measure("<body><article><p>ติดต่อเรา</p></article></body>").prose_blocks, 0);
}

TEST(Confidence, JapaneseTeaserTitlesAreLinkTitles) {
  // One "word" each by the spaces, but headline-long: a list of teasers.
  std::string items;
  for (int i = 0; i < 6; ++i) {
    items += "<div class=\"item\"><h3><a href=\"/n\">市内で新しい公園の工事が始まりました</a></h3>"
             "<p>市は本日、公園の工事を始めたと発表しました。</p></div>";
  }
  const ConfidenceFacts f = Measure("<body><main>" + items + "</main></body>");
  EXPECT_GE(f.link_titles, 6);
  EXPECT_LT(Confidence(f), kMinConfidence);
  // A menu entry in wide characters is no title.
  const ConfidenceFacts g = Measure("<body><main><p><a href=\"/c\">会社概要</a></p></main></body>");
  EXPECT_EQ(g.link_titles, 0);
}

TEST(Confidence, PermalinkedTitleNamedByThePageTitleIsItsOwn) {
  const std::string post =
      "<article><h2><a href=\"/fermeture-estivale\">Fermeture estivale</a></h2><div class=\"entry\"><p>La librairie "
      "sera fermée du 5 au 19 août. Nous vous retrouverons à la rentrée.</p></div></article>";
  const ConfidenceFacts f = Measure("<html><head><title>Fermeture estivale – Librairie</title></head><body>" + post +
                                    "</body></html>");
  EXPECT_EQ(f.link_titles, 0);
  EXPECT_TRUE(f.titled);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // The same post on a page the title does not name, with a "read more"
  // to where the title links (an archive's card), is under another
  // story's title, as a teaser is: no floor.
  const std::string card = post.substr(0, post.size() - 10) +
                           "<a href=\"/fermeture-estivale\">Lire la suite</a></article>";
  const ConfidenceFacts g = Measure("<html><head><title>Blog – Librairie</title></head><body>" + card +
                                    "</body></html>");
  EXPECT_FALSE(g.titled);
  EXPECT_LT(Confidence(g), kMinConfidence);
}

TEST(Confidence, APagesOnlyH1LinkedToItsPostTitlesIt) {
  const std::string text = "<p>Zwanzig Helfer sammelten am Samstag drei Anhänger voll Müll am Seeufer.</p>";
  const ConfidenceFacts f = Measure("<head><title>Blog | Naturfreunde</title></head><body><article><h1>"
                                    "<a href=\"/blog/fruehjahrsputz\">Frühjahrsputz am See</a></h1>" + text +
                                    "</article></body>");
  EXPECT_TRUE(f.titled);
  EXPECT_EQ(f.teasers, 0);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // A logo's <h1> links to the site's root: another title over a teaser.
  const ConfidenceFacts logo = Measure("<head><title>Naturfreunde</title></head><body><article><h1><a href="
                                       "\"https://a.example/\">Naturfreunde Seetal</a></h1>" + text +
                                       "</article></body>");
  EXPECT_EQ(logo.teasers, 1);
  EXPECT_LT(Confidence(logo), kMinConfidence);
  // So does one written scheme-relative.
  const ConfidenceFacts relative = Measure("<head><title>Naturfreunde</title></head><body><article><h1><a href="
                                           "\"//a.example/\">Naturfreunde Seetal</a></h1>" + text +
                                           "</article></body>");
  EXPECT_EQ(relative.teasers, 1);
  EXPECT_LT(Confidence(relative), kMinConfidence);
}

TEST(Confidence, AnH2TitlesAPageWithoutH1) {
  const std::string note = "<p>Wegen einer Fortbildung bleibt die Praxis am Mittwoch geschlossen.</p>";
  EXPECT_TRUE(Measure("<body><main><h2>Hinweis</h2>" + note + "</main></body>").titled);
  // A third-level heading titles nothing: a widget's or a card's.
  EXPECT_FALSE(Measure("<body><main><h3>Hinweis</h3>" + note + "</main></body>").titled);
}

TEST(Confidence, AnH1InATitleBarTitlesTheTextBelow) {
  const std::string text = "<p>Seit 1962 fertigen wir in Bad Tölz Möbel nach Maß.</p>";
  const ConfidenceFacts f = Measure("<body><div class=\"bar\"><h1>Unsere Werkstatt</h1></div><div class=\"col\">" + text +
                                    "</div></body>");
  EXPECT_TRUE(f.titled);
  EXPECT_GE(Confidence(f), kMinConfidence);
  // The same under a title and over a list of dated story links is an
  // archive: the links beside it keep the floor off.
  std::string list;
  for (int i = 0; i < 8; ++i) list += "<li><a href=\"/s\">Rückblick auf den Vereinsabend im März</a> <span>3. März</span></li>";
  const ConfidenceFacts g = Measure("<body><div class=\"bar\"><h1>Archiv</h1></div><div class=\"col\">" + text + "<ul>" +
                                    list + "</ul></div></body>");
  EXPECT_GT(g.link_entries, kTitledMaxLinkTitles);
  EXPECT_LT(Confidence(g), kMinConfidence);
}

TEST(Confidence, AFewLinkTitlesBesideATitledTextKeepTheFloor) {
  ConfidenceFacts f;
  f.titled = true;
  f.prose_chars = 60;
  f.link_titles = kTitledMaxLinkTitles;
  EXPECT_DOUBLE_EQ(Confidence(f), kTitledTextMinConfidence);
  f.link_titles = kTitledMaxLinkTitles + 1;
  EXPECT_LT(Confidence(f), kMinConfidence);
  f.link_titles = 1;
  f.teasers = 1;  // a summary under one of them: a list's teaser
  EXPECT_LT(Confidence(f), kMinConfidence);
}

TEST(Confidence, EmptyFactsAreZero) { EXPECT_DOUBLE_EQ(Confidence(ConfidenceFacts{}), 0.0); }

// A deals roundup's linked offers are its running text: the page is an
// article, not a list of other stories' titles.
TEST(Confidence, DealsRoundupOffersAreRunningText) {
  std::string items;
  for (const char* o : {"Robot vacuum for $179 at Shopmart", "Smart plugs, four pack, for $25 at Shopmart",
                        "Noise-cancelling earbuds for $49 at ValueHub", "A 55-inch 4K TV for $299 at ValueHub",
                        "Cordless drill with two batteries for $89 at ToolBarn"}) {
    items += std::string("<li><a href=\"https://shop.example/x\">") + o + "</a></li>";
  }
  const ConfidenceFacts f = Measure("<body><main><article><h1>Best deals today</h1><div class=\"entry-content\">"
                                    "<p>We found these discounts this morning.</p><ul>" + items +
                                    "</ul></div></article></main></body>");
  EXPECT_EQ(f.link_titles, 0);
  EXPECT_GE(Confidence(f), kMinConfidence);
}

// The page's title heading: its <h1>, else its highest heading up to <h2>.
TEST(Confidence, PageTitleLevel) {
  EXPECT_EQ(PageTitleLevel(ParseHtml("<body><h2>A</h2><h1>B</h1></body>")), 1);
  EXPECT_EQ(PageTitleLevel(ParseHtml("<body><h3>A</h3><h2>B</h2></body>")), 2);
  EXPECT_EQ(PageTitleLevel(ParseHtml("<body><h3>A</h3><p>Text.</p></body>")), 0);
}

TEST(NamedByPageTitle, TheTitleOrOgTitleNamesTheHeading) {
  const Document d = ParseHtml("<html><head><title>Owls at dusk | Field clips</title>"
                               "<meta property=\"og:title\" content=\"Night ferry to the island\"></head>"
                               "<body><p>x</p></body></html>");
  EXPECT_TRUE(NamedByPageTitle(d, "Owls at  DUSK"));
  EXPECT_TRUE(NamedByPageTitle(d, "Night ferry to the island"));
  EXPECT_FALSE(NamedByPageTitle(d, "Barn owls"));
  // Too short to tell a title from a word of it.
  EXPECT_FALSE(NamedByPageTitle(d, "Owls"));
}

}  // namespace
}  // namespace pith
