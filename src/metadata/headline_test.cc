#include "metadata/headline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/test_pages.h"

namespace pith {
namespace {

TEST(Headline, AHeadingLinkingToThePagesOwnAddressOverTheBlogsName) {
  const Article a = Read("<head><title>Quiet Notes</title>"
                         "<link rel=\"canonical\" href=\"https://notes.example/2023/05/leggy-seedlings/\"></head><body>"
                         "<header><h1><a href=\"https://notes.example/\">Quiet Notes</a></h1></header><article>"
                         "<h2><a href=\"/2023/05/leggy-seedlings\">Why the seedlings went leggy</a></h2>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Why the seedlings went leggy");
}

TEST(Headline, ThePagesOnlyLinkedTitleWhenItNamesNoAddressOrSocialTitle) {
  const std::string post = "<header><a href=\"/\">Quiet Notes</a></header><article>"
                           "<h2><a href=\"/2023/05/leggy-seedlings/\">Why the seedlings went leggy</a></h2>" +
                           std::string(kBody) + "</article>";
  EXPECT_EQ(Read("<head><title>Quiet Notes</title></head><body>" + post + "</body>").headline,
            "Why the seedlings went leggy");
  // A social title names the article; the linked heading may be a path.
  EXPECT_EQ(Read("<head><title>Quiet Notes</title><meta property=\"og:title\" content=\"Leggy seedlings\">"
                 "</head><body>" + post + "</body>").headline,
            "Leggy seedlings");
  // A read-more under the text links there too: a teaser, not the post.
  EXPECT_EQ(Read("<head><title>Quiet Notes</title></head><body>" + post.substr(0, post.size() - 10) +
                 "<p><a href=\"/2023/05/leggy-seedlings/\">Read more</a></p></article></body>").headline,
            "Quiet Notes");
}

TEST(Headline, ABlogTitleAfterTheMastheadsNameAndAColon) {
  const Article a = Read("<head><title>Quiet Notes: Why the seedlings went leggy</title></head><body>"
                         "<header><h1>Quiet Notes</h1></header><div class=\"post\">"
                         "<h3 class=\"post-title\">Why the seedlings went leggy</h3>" +
                         std::string(kBody) + "</div></body>");
  EXPECT_EQ(a.headline, "Why the seedlings went leggy");
  // Before a colon a word the page does not print alone is the headline's own.
  const Article b = Read("<head><title>Brexit: What happens next</title></head><body>"
                         "<article><h1>Brexit: What happens next</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(b.headline, "Brexit: What happens next");
}

TEST(Headline, ALinkToAPartOfThePageIsNoPermalink) {
  const Article a = Read("<head><title>Quiet Notes</title>"
                         "<link rel=\"canonical\" href=\"https://notes.example/2023/05/leggy-seedlings/\"></head><body>"
                         "<article><h1>Why the seedlings went leggy</h1>"
                         "<h2><a href=\"/2023/05/leggy-seedlings/#comments\">Three comments so far</a></h2>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Why the seedlings went leggy");
}

TEST(Headline, AShortH1PrintingATitlesFirstPart) {
  const Article a = Read("<head><title>Velmora - Gazetteer</title></head><body><article><h1>Velmora</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Velmora");
}

TEST(Headline, AVoteCountSetAsAnH1UnderTheTitledH1IsNoHeadline) {
  const Article a = Read(
      "<head><meta property=\"og:title\" content=\"Notes on Slow Gardening \u2014 Loam Forum\"></head><body>"
      "<div class=\"post-head\"><h1 class=\"title\">Notes on Slow Gardening</h1><div class=\"author\">by "
      "hollyoak</div><div class=\"date\">4th Mar 2025</div><div>Gardening Circle</div><div>6 min read</div>"
      "<div class=\"comments\">12</div><div class=\"tags\">Frontpage</div><div class=\"votes\"><h1>57</h1><h1>\u03a9 9</h1></div></div>"
      "<div class=\"post-body\">" +
      std::string(kBody) + "</div></body>");
  EXPECT_EQ(a.headline, "Notes on Slow Gardening");
}

TEST(Headline, AStickyBarH1OutsideTheArticlesHeaderStaysAboveIt) {
  const Article a = Read(
      "<head><meta property=\"og:title\" content=\"Ferry Fares Will Rise in Spring\"></head><body>"
      "<header class=\"sticky\"><h1>Ferry Fares Will Rise in Spring</h1></header><div>Sign In</div>"
      "<article><header><h1>Dearer Crossings</h1><p class=\"byline\">By Tove Lindahl</p><p>3 February 2025</p>"
      "<p><a href=\"/s/1\">Facebook</a></p><p><a href=\"/s/2\">Bluesky</a></p><p><a href=\"/s/3\">WhatsApp</a></p>"
      "<p><a href=\"/s/4\">Email</a></p><p><a href=\"/s/5\">Print</a></p></header>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Dearer Crossings");
}

TEST(Headline, SiteNameAfterTheHeadingsHeadline) {
  const Article a = Read("<head><meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
                         "<h1>Budget passes after long debate \xE2\x80\x93 Example News</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.headline, "Budget passes after long debate");
}

TEST(Headline, SocialTitleWithPartsThatTheTitleLeavesOut) {
  const Article a = Read("<head><title>Budget passes after long debate</title>"
                         "<meta property=\"og:title\" content=\"Budget passes after long debate | Politics | Example\">"
                         "</head><body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Budget passes after long debate");
}

TEST(Headline, PageHeadingPreferredOverSocialTitle) {
  const Article a = Read("<head><title>Budget passes after long debate | Example News</title>"
                         "<meta property=\"og:title\" content=\"Budget passes after long debate\">"
                         "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
                         "<h1>Budget passes after long debate</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Budget passes after long debate");
  EXPECT_EQ(a.site_name, "Example News");
}

TEST(Headline, HeadingThatMatchesAnyTitleSource) {
  // og:title is a social title; twitter:title is what the page shows.
  const Article a = Read("<head><meta property=\"og:title\" content=\"The Modern Ambitions Behind Neon\">"
                         "<meta name=\"twitter:title\" content=\"Why Neon Is the Ultimate Symbol of the 20th Century\">"
                         "</head><body><article><h2>Neon</h2><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Why Neon Is the Ultimate Symbol of the 20th Century");
}

TEST(Headline, AShortTagAfterAPipeLeavesTheHeadline) {
  const Article a = Read("<head><title>Best Bikes of 2025 | Top 9 Picks | Example</title></head><body><article>"
                         "<h1>Best Bikes of 2025 | Top 9 Picks</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Best Bikes of 2025");
  // A long part after the pipe is the headline's own.
  const Article b = Read("<body><article><h1>BUDGET 3.0 | Council finds money to hire an army of inspectors</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(b.headline, "BUDGET 3.0 | Council finds money to hire an army of inspectors");
}

TEST(Headline, AStoryKindTagInBracketsLeavesTheHeadline) {
  const Article a = Read("<head><title>[Update] Ferry strike ends after talks | Example</title></head><body><article>"
                         "<h1>[Update] Ferry strike ends after talks</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Ferry strike ends after talks");
  const Article b = Read("<body><article><h1>Tarifa del metro sube en enero [Actualizaci\xC3\xB3n]</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(b.headline, "Tarifa del metro sube en enero");
  // Other brackets are the headline's own.
  const Article c = Read("<body><article><h1>Best Tents of 2025 [We Tested 12]</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(c.headline, "Best Tents of 2025 [We Tested 12]");
}

TEST(Headline, AMediumTagInBracketsLeavesTheHeadline) {
  const Article a = Read("<body><article><h1>[Video] Ferry strike ends after talks</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.headline, "Ferry strike ends after talks");
  const Article b = Read("<body><article><h1>Harbour festival draws record crowds [Photos]</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(b.headline, "Harbour festival draws record crowds");
}

TEST(Headline, ATagInLenticularBracketsLeavesTheHeadline) {
  const Article a = Read("<body><article><h1>【速報】川沿いの道路が通行止め</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.headline, "川沿いの道路が通行止め");
  const Article b = Read("<body><article><h1>［動画］川沿いの道路が通行止め</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(b.headline, "川沿いの道路が通行止め");
  const Article c = Read("<body><article><h1>[속보] 강변 도로 통행 금지</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(c.headline, "강변 도로 통행 금지");
  // Other words in those brackets are the headline's own: a series name.
  const Article d = Read("<body><article><h1>【川の話】道路が通行止め</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(d.headline, "【川の話】道路が通行止め");
}

TEST(Headline, NoHeadingASocialTitleCutShortGivesWayToTheWholeOne) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"Researchers map the deepest cave system\u2026\">"
                         "<meta name=\"twitter:title\" content=\"Researchers map the deepest cave system ever found\">"
                         "</head><body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Researchers map the deepest cave system ever found");
}

TEST(Headline, NoHeadingASocialTitleThatIsTheSitesSloganGivesWay) {
  const Article a = Read("<head><title>Bridge repairs start in May | Valley Times</title>"
                         "<meta property=\"og:title\" content=\"Valley Times - Your valley, your news\">"
                         "</head><body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Bridge repairs start in May");
}

TEST(Headline, AHostNameInTheTitleIsNotAHeadline) {
  const Article a = Read("<head><title>Spring sale | Example.com</title></head><body><article>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Spring sale");
}

TEST(Headline, ThePagesOwnH1OverASocialTitle) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"13 Ways To Compliment Women\"></head><body>"
                         "<article><header><h1>The Transformative Power Of Feminist Compliments</h1></header>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "The Transformative Power Of Feminist Compliments");
}

TEST(Headline, TheH1JustIntoTheBodyOverASocialTitle) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"These Jackets Kept Us Dry\"></head><body>"
                         "<main><p>Every jacket on this list was bought at full price and worn for a month before we "
                         "wrote a word about it.</p><h1>Our 4 Favorite Rain Jackets</h1>" +
                         std::string(kBody) + "</main></body>");
  EXPECT_EQ(a.headline, "Our 4 Favorite Rain Jackets");
}

TEST(Headline, AStickyBarRepeatingTheSocialTitleLosesToTheArticleH1) {
  const Article a = Read(
      "<head><meta property=\"og:title\" content=\"Trump Promises Were a Con\"></head><body>"
      "<div class=\"title-bar\"><h1>Trump Promises Were a Con</h1></div><nav><ul><li><a href=\"/\">Home</a></li>"
      "<li><a href=\"/p\">Politics</a></li><li><a href=\"/b\">Business</a></li><li><a href=\"/t\">Tech</a></li>"
      "<li><a href=\"/s\">Sports</a></li><li><a href=\"/c\">Culture</a></li><li><a href=\"/f\">Food</a></li>"
      "<li><a href=\"/l\">Life</a></li><li><a href=\"/x\">More</a></li></ul></nav>"
      "<article><header><h1>Broken Pledge</h1><p class=\"byline\">By Jamelle Bouie</p></header>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Broken Pledge");
  EXPECT_EQ(a.byline, "Jamelle Bouie");
}

TEST(Headline, SiteLogoH1AndTitlePartsNamingTheSite) {
  const Article a = Read("<head><title>Outside the web: standalone binaries \xC2\xB7 V8</title></head><body>"
                         "<header><h1>V8</h1></header><main><article><h1>Outside the web: standalone binaries</h1>" +
                         std::string(kBody) + "</article></main></body>");
  EXPECT_EQ(a.headline, "Outside the web: standalone binaries");
}

TEST(Headline, AnH1ThatIsOnePartOfTheTitle) {
  const Article a = Read("<head><meta property=\"og:title\" content=\"Prince and the Revolution \xE2\x80\x93 Purple Rain\">"
                         "</head><body><article><h1>Purple Rain</h1><h2>Prince and the Revolution</h2>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Purple Rain");
}

TEST(Headline, HeadingsInScriptsWithoutSpaces) {
  // 指紋認証マウスを発売 | サンワサプライ
  const Article a = Read("<head><meta property=\"og:title\" content=\"\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC"
                         "\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82\x92\xE7\x99\xBA\xE5\xA3\xB2 | \xE3\x82\xB5\xE3\x83"
                         "\xB3\xE3\x83\xAF\"></head><body><h1>\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9</h1><article>"
                         "<h1>\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82"
                         "\x92\xE7\x99\xBA\xE5\xA3\xB2</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "\xE6\x8C\x87\xE7\xB4\x8B\xE8\xAA\x8D\xE8\xA8\xBC\xE3\x83\x9E\xE3\x82\xA6\xE3\x82\xB9\xE3\x82"
                        "\x92\xE7\x99\xBA\xE5\xA3\xB2");
}

TEST(Headline, AKickerGluedInTheH1TakesTheTitlesSeparator) {
  const Article a = Read("<head><title>Streit um das Ufer: Zwei Rücktritte im Stadtrat | Flussbote</title></head>"
                         "<body><article><h1><span>Streit um das Ufer</span><span>Zwei Rücktritte im Stadtrat</span>"
                         "</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Streit um das Ufer: Zwei Rücktritte im Stadtrat");
}

TEST(Headline, ALogoH1LinkingHomeIsTheSitesNameHoweverLong) {
  const Article a = Read("<head><title>Rebuilding the boathouse by hand \xE2\x80\x93 Quiet Harbour Notes</title></head>"
                         "<body><header><h1><a href=\"/\">Quiet Harbour Notes</a></h1></header><article>"
                         "<h2>Rebuilding the boathouse by hand</h2>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Rebuilding the boathouse by hand");
}

TEST(Headline, ThePageMarkOfASplitArticleIsDropped) {
  const Article a = Read("<head><title>駅前に新しい図書館（2/3 ページ）</title></head><body><article>"
                         "<h1>駅前に新しい図書館（2/3 ページ）</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "駅前に新しい図書館");
  // In full-width digits and slash.
  const Article wide = Read("<head><title>駅前に新しい図書館</title></head><body><article>"
                            "<h1>駅前に新しい図書館（１／２ページ）</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(wide.headline, "駅前に新しい図書館");
}

// Paged articles name the page after a spaced dash in their h1; a number
// that is the headline's own stays.
TEST(Headline, ThePageAfterADashIsDropped) {
  const Article a = Read("<head><title>x</title></head><body><article>"
                         "<h1>Der Haushalt im Detail \u2013 Seite 2</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Der Haushalt im Detail");
  const Article own = Read("<head><title>x</title></head><body><article>"
                           "<h1>Apollo 13 - 50 years on</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(own.headline, "Apollo 13 - 50 years on");
}

// The same symbol on both sides frames the headline; one alone is its own.
TEST(Headline, FramingSymbolsAreDropped) {
  const Article a = Read("<head><title>x</title></head><body><article>"
                         "<h1>\u2605 Flood plan goes to vote \u2605</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Flood plan goes to vote");
  const Article one = Read("<head><title>x</title></head><body><article>"
                           "<h1>\u2605 Flood plan goes to vote</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(one.headline, "\u2605 Flood plan goes to vote");
  const Article quoted = Read("<head><title>x</title></head><body><article>"
                              "<h1>\"Flood plan goes to vote\"</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(quoted.headline, "\"Flood plan goes to vote\"");
}

// A medium's tag in round brackets after the headline goes; a headline's
// own bracket stays.
TEST(Headline, AMediumTagInRoundBracketsGoes) {
  const Article a = Read("<head><title>x</title></head><body><article>"
                         "<h1>Flood plan goes to vote (VIDEO)</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Flood plan goes to vote");
  const Article own = Read("<head><title>x</title></head><body><article>"
                           "<h1>The 1-2-3 of flood insurance (part one)</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(own.headline, "The 1-2-3 of flood insurance (part one)");
}

// French sets a spaced left guillemet to open a quote: a <title> ending in
// one quotes, it names no blog after a separator.
TEST(Headline, AFrenchQuoteInTheTitleStays) {
  const Article a = Read("<head><title>Le ministre a dit \u00AB oui \u00BB</title></head><body><article>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Le ministre a dit \u00AB oui \u00BB");
}

// Indonesian portals' titles name the page shown before the site's name.
TEST(Headline, TheIndonesianPageWordAndItsPageAreDropped) {
  const Article a = Read("<head><title>Warga Tanam Seribu Pohon di Bantaran Sungai Halaman all - Kabar Kota</title></head>"
                         "<body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Warga Tanam Seribu Pohon di Bantaran Sungai");
  const Article two = Read("<head><title>Warga Tanam Seribu Pohon di Bantaran Sungai Halaman 2 - Kabar Kota</title></head>"
                           "<body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(two.headline, "Warga Tanam Seribu Pohon di Bantaran Sungai");
  // The word inside a headline stays.
  const Article inside = Read("<head><title>Halaman 2 Koran Dicetak Ulang - Kabar Kota</title></head>"
                              "<body><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(inside.headline, "Halaman 2 Koran Dicetak Ulang");
}

TEST(Headline, HeadingPermalinkMarkIsDropped) {
  const Article a = Read("<head><title>Shared Mutable History \xE2\x80\x94 evolve extension</title></head><body>"
                         "<article><h1>Shared Mutable History<a href=\"#h\">\xC2\xB6</a></h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.headline, "Shared Mutable History");
}

TEST(Headline, ASiteNameThatIsTheWholeTitleIsNoLabel) {
  const Article a = Full("<head><title>Brain On Sad Movies</title><meta name=\"application-name\" "
                         "content=\"Brain On Sad Movies\"></head><body><article><h1>Brain On Sad Movies</h1>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Brain On Sad Movies");
  EXPECT_EQ(a.body.find("Sad Movies"), std::string::npos);
}

// ---- Description ----

TEST(Description, ALeadParagraphTheDescriptionRepeatsStaysInTheBody) {
  const Article a = Full("<head><meta name=\"description\" content=\"The council voted on Tuesday to approve the new "
                         "budget, which includes funding for schools, roads and the library, after a debate that lasted "
                         "four hours.\"></head><body><article><h1>Budget passes</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.body.find("The council voted on Tuesday"), 0u);
  EXPECT_TRUE(a.description);
}

TEST(Headline, AKickerInTheHeadingThatNoTitlePrintsGoes) {
  auto page = [](const std::string& og, const std::string& h1) {
    return Read("<head><meta property=\"og:title\" content=\"" + og + "\"></head><body><article><h1>" + h1 +
                "</h1>" + std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page("Council approves the new budget", "Finances - Council approves the new budget").headline,
            "Council approves the new budget");
  // A long lead is the headline's own; a title that prints the kicker keeps it.
  EXPECT_EQ(page("The Best Budget Apps", "The 2024 Money Awards Ceremony: The Best Budget Apps").headline,
            "The 2024 Money Awards Ceremony: The Best Budget Apps");
  EXPECT_EQ(page("Finances - Council approves the new budget", "Finances - Council approves the new budget").headline,
            "Finances - Council approves the new budget");
}

TEST(Headline, TheTitlePartTheMastheadPrintsIsTheSite) {
  Article a = Read("<head><title>Council approves the new budget for the city | Town Notes</title></head><body>"
                   "<header><h1><a href=\"/\">Town Notes</a></h1></header><article><h2>Council approves the new "
                   "budget for the city</h2>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Council approves the new budget for the city");
  // A part not half as long as the other is no site's name.
  a = Read("<head><title>Keep your teeth healthy | The Dental Care Society of Townsville</title></head><body>"
           "<article><h1>Keep your teeth healthy</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Keep your teeth healthy");
}

// A glossary entry: "Term – Site name", the site's name in the logo's link
// home and the term alone in the entry's h1. The logo says which part is
// the site's, however short the term.
TEST(Headline, AOneWordTermUnderALogoPrintingTheLongerPart) {
  Article a = Read("<head><title>Osmosis \u2013 Plant Science for Young Readers</title></head><body>"
                   "<header><a class=\"brand\" href=\"/\">Plant Science for Young Readers</a></header>"
                   "<article><h1>Osmosis</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Osmosis");
  // A linked last part with no heading printing the other part is the
  // post's permalink, not a logo.
  a = Read("<head><title>Quiet Bench Notes - Restoring a hand plane from the flea market</title></head><body>"
           "<p>Quiet Bench Notes</p><div><a href=\"/posts/plane\">Restoring a hand plane from the flea market</a>"
           "</div><article>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Restoring a hand plane from the flea market");
}

// Classic blog themes: "Blog name » Post title", the blog's name in the h1
// and the post's title in an h2 under it. The masthead, however long, is
// the site; the post's title, however short, the headline.
TEST(Headline, ALongMastheadPartOverThePostsHeadingIsTheSite) {
  Article a = Read("<head><title>Notes from the allotment &raquo; Potato blight, again</title></head><body>"
                   "<div id=\"header\"><h1><a href=\"/\">Notes from the allotment</a></h1></div><div class=\"post\">"
                   "<h2><a href=\"/2010/07/blight/\">Potato blight, again</a></h2>" + std::string(kBody) +
                   "</div></body>");
  EXPECT_EQ(a.headline, "Potato blight, again");
  // Without a heading printing the other part, the longer part stays the headline.
  a = Read("<head><title>Notes from the allotment &raquo; Potato blight</title></head><body><div id=\"header\">"
           "<h1>Notes from the allotment</h1></div><div class=\"post\">" + std::string(kBody) + "</div></body>");
  EXPECT_EQ(a.headline, "Notes from the allotment");
  // A heading after the text's first paragraph is an item of the text (a
  // list of blogs naming the site's own), not the post's title.
  a = Read("<head><title>The best blogs on simple living - Quiet Notes</title></head><body><article>"
           "<h1>The best blogs on simple living</h1>" + std::string(kBody) + "<h2>Quiet Notes</h2>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "The best blogs on simple living");
}

TEST(Headline, ASectionHeadingTheTitleNamesYieldsToTheH1OverTheText) {
  const Article a = Full("<head><meta property=\"og:title\" content=\"Why did the budget pass? - A guide\"></head>"
                         "<body><section class=\"hero\"><h1>A guide to this year's council budget and what it funds"
                         "</h1></section><section><div class=\"post-body\">" + std::string(kBody) +
                         "<h2>Why did the budget pass?</h2>" + std::string(kBody) + "</div></section></body>");
  EXPECT_EQ(a.headline, "A guide to this year's council budget and what it funds");
}

TEST(Headline, AFooterHeadingPrintingTheTitlesCompanyPartYieldsToTheH1) {
  auto page = [](const std::string& footer) {
    return Full("<head><title>recap 2025 - news at Brindle \u2013 Brindle B.V</title></head><body>"
                "<main><article><h1>Brindle 2025: the year in review</h1>" + std::string(kBody) +
                "</article></main><footer><h3>" + footer + "</h3><p>Copyright 2025 Brindle B.V.</p></footer></body>");
  };
  EXPECT_EQ(page("Brindle B.V.").headline, "Brindle 2025: the year in review");
  // A footer heading the title does not name leaves the h1 as it was.
  EXPECT_EQ(page("Contact").headline, "Brindle 2025: the year in review");
}

TEST(Headline, TheTitleHeadingWithItsKickerOverTheBylineLeavesTheBody) {
  const Article a = Full(
      "<head><title>Harbour Town: The Ferry Timetable</title>"
      "<meta property=\"og:title\" content=\"Why the ferry timetable keeps slipping\"></head><body>"
      "<nav><h1>Harbour Town: The Ferry Timetable</h1></nav><article><h2><span>Commentary</span> "
      "<span>Why the ferry timetable keeps slipping</span></h2><p class=\"byline\">By Maren Oakhurst</p>" +
      std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Harbour Town: The Ferry Timetable");
  EXPECT_EQ(a.body.find("Commentary"), std::string::npos);
}

TEST(Headline, ASectionHeadingEndingWithTheTitleOverTextStays) {
  const Article a = Full(
      "<head><meta property=\"og:title\" content=\"Cheap Bikes for Hilly Towns\"></head><body>"
      "<nav><h1>Cheap Bikes for Hilly Towns</h1></nav><article><h2>Choosing Cheap Bikes for Hilly Towns</h2>" +
      std::string(kBody) + "</article></body>");
  EXPECT_NE(a.body.find("Choosing Cheap Bikes"), std::string::npos);
}

TEST(Headline, TheDisplayedHeadingUnderABreadcrumbH1) {
  auto page = [](const std::string& h2) {
    return Read("<head><meta property=\"og:title\" content=\"Council splits over the bus plan\"></head><body>"
                "<ul><li><a href=\"/\">Home</a></li><li><h1>Council splits over the bus plan</h1></li></ul>"
                "<article><h2>" + h2 + "</h2>" + std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page("Bus plan: the north end fears longer walks").headline, "Bus plan: the north end fears longer walks");
  // Not an h1 in a list: the h1 the titles name stays the headline.
  const Article a = Read("<head><meta property=\"og:title\" content=\"Council splits over the bus plan\"></head><body>"
                         "<div><h1>Council splits over the bus plan</h1></div><article><h2>Bus plan: the north end "
                         "fears longer walks</h2>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Council splits over the bus plan");
}

TEST(Headline, AKickerOrDateGluedOnWithoutASeparatorGoes) {
  auto page = [](const std::string& h1) {
    return Read("<head><meta property=\"og:title\" content=\"Best Budget Apps of the Year\"></head><body><article>"
                "<h1>" + h1 + "</h1>" + std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page("<span>Opinion</span> <span>Best Budget Apps of the Year</span>").headline, "Best Budget Apps of the Year");
  EXPECT_EQ(page("<time>Mar 3 2025</time> Best Budget Apps of the Year").headline, "Best Budget Apps of the Year");
  // An article the social title drops reads on into the headline.
  EXPECT_EQ(page("The Best Budget Apps of the Year").headline, "The Best Budget Apps of the Year");
  // A longer lead is the headline's own.
  EXPECT_EQ(page("Four Money Writers Pick the Best Budget Apps of the Year").headline,
            "Four Money Writers Pick the Best Budget Apps of the Year");
}

TEST(Headline, AKickerGluedOnBeforeACapitalGoesByTheTitlesPart) {
  auto page = [](const std::string& h1) {
    return Read("<head><title>Council approves the river bridge | Harbour Ledger</title></head><body><article>"
                "<h1>" + h1 + "</h1>" + std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page("<span class=\"kicker\">Transport</span>Council approves the river bridge").headline,
            "Council approves the river bridge");
  // After a space the lead may be the headline's own first word.
  EXPECT_EQ(page("Town Council approves the river bridge").headline, "Town Council approves the river bridge");
  // One word that the title's part ends: no capital where they meet.
  EXPECT_EQ(page("Subcouncil approves the river bridge").headline, "Subcouncil approves the river bridge");
}

TEST(Headline, AKickerElementOpeningTheHeadingGoesUnlessATitlePrintsIt) {
  auto page = [](const std::string& title, const std::string& h1) {
    return Read("<head><title>" + title + " | Harbour Ledger</title></head><body><article><h1>" + h1 + "</h1>" +
                std::string(kBody) + "</article></body>");
  };
  const std::string kicked = "<span class=\"title__kicker\">Flood inquiry</span> <span>Two resignations</span>";
  EXPECT_EQ(page("Two council members step down", kicked).headline, "Two resignations");
  // Run into the title with no space, or a hidden separator between.
  EXPECT_EQ(page("Two council members step down",
                 "<span class=\"c-topline\">Flood inquiry</span><span>Two resignations</span>").headline,
            "Two resignations");
  // A title that prints the kicker makes it the headline's.
  EXPECT_EQ(page("Flood inquiry: Two resignations", kicked).headline, "Flood inquiry: Two resignations");
  // No kicker class: a few words the titles lack before what one prints.
  EXPECT_EQ(page("Two resignations after the flood", "<span>Inquiry</span> Two resignations after the flood").headline,
            "Two resignations after the flood");
  EXPECT_EQ(page("Council news", "<span>Inquiry</span> Two resignations after the flood").headline,
            "Inquiry Two resignations after the flood");
}

TEST(Headline, ALogoH1NamingTheSiteWhoseTitleIsItsNameAlone) {
  const Article a = Read("<head><title>Harbour Ledger</title><meta property=\"og:site_name\" content=\"Harbour "
                         "Ledger\"><meta property=\"og:title\" content=\"Council approves the river bridge\"></head>"
                         "<body><h1>Harbour Ledger</h1><article><h2>Council approves the river bridge</h2>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Council approves the river bridge");
}

TEST(Headline, AHeadingSetInCapitalsTakesTheTitlesSpelling) {
  auto page = [](const std::string& title, const std::string& h1) {
    return Read("<head><title>" + title + "</title></head><body><article><h1>" + h1 + "</h1>" + std::string(kBody) +
                "</article></body>");
  };
  EXPECT_EQ(page("Quiet Harbour Tide Tables | Loam Notes", "QUIET HARBOUR TIDE TABLES").headline,
            "Quiet Harbour Tide Tables");
  // A title in capitals too, or other words: the heading as printed.
  EXPECT_EQ(page("QUIET HARBOUR TIDE TABLES | Loam Notes", "QUIET HARBOUR TIDE TABLES").headline,
            "QUIET HARBOUR TIDE TABLES");
  EXPECT_EQ(page("Reading the Tides of Quiet Harbour | Loam Notes", "QUIET HARBOUR TIDE TABLES").headline,
            "QUIET HARBOUR TIDE TABLES");
  // All but one small word of a dozen: the title retypes it.
  EXPECT_EQ(page("Best Tide Tables 2026: Reading Quiet Harbour Tides Without an App",
                 "BEST TIDE TABLES IN 2026: READING QUIET HARBOUR TIDES WITHOUT AN APP")
                .headline,
            "Best Tide Tables 2026: Reading Quiet Harbour Tides Without an App");
  // An acronym is no type style.
  EXPECT_EQ(page("Nasa Plans Moon Base | Loam Notes", "NASA Plans Moon Base").headline, "NASA Plans Moon Base");
}

TEST(Headline, AKickerGluedOnInAScriptWithoutSpacesGoes) {
  // <title> "見出しです、住民が行列 | 架空新報" and no social title.
  const std::string head = "\xE8\xA6\x8B\xE5\x87\xBA\xE3\x81\x97\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x81"
                           "\xE4\xBD\x8F\xE6\xB0\x91\xE3\x81\x8C\xE8\xA1\x8C\xE5\x88\x97";
  auto page = [&](const std::string& h1) {
    return Read("<head><title>" + head + " | \xE6\x9E\xB6\xE7\xA9\xBA\xE6\x96\xB0\xE5\xA0\xB1</title></head>"
                "<body><article><h1>" + h1 + "</h1>" + std::string(kBody) + "</article></body>");
  };
  const std::string kicker = "\xE7\x8B\xAC\xE8\x87\xAA";  // 独自
  EXPECT_EQ(page("<span>" + kicker + "</span>" + head).headline, head);
  // Four characters are more than a kicker: the headline's own start.
  EXPECT_EQ(page("<span>" + kicker + kicker + "</span>" + head).headline, kicker + kicker + head);
  // A Latin lead glued to the title is no kicker.
  EXPECT_EQ(page("<span>Tokyo</span>" + head).headline, "Tokyo" + head);
}

TEST(Headline, ASocialTitleKeepingTheSectionPartLosesIt) {
  auto page = [](const std::string& og, const std::string& title) {
    return Read("<head><title>" + title + "</title><meta property=\"og:title\" content=\"" + og +
                "\"></head><body><div>" + std::string(kBody) + "</div></body>");
  };
  // The <title> without its site's part is the social title's first part.
  EXPECT_EQ(page("Ferry timetable changes for the winter - Local News",
                 "Ferry timetable changes for the winter - Local News | Harbour Daily")
                .headline,
            "Ferry timetable changes for the winter");
  // The <title>'s longest part is another: the social title stands.
  EXPECT_EQ(page("Ferries - Timetable changes for the winter season", "Ferries - Timetable changes for the winter season | Harbour Daily")
                .headline,
            "Ferries - Timetable changes for the winter season");
}

// A guide's header, a list of `entries` links to its sections, then its text.
std::string GuideWithContents(int entries) {
  std::string page =
      "<head><meta property=\"og:title\" content=\"Seed Saving Basics for Every Gardener\"></head><body>"
      "<div class=\"page-head\"><h1>How to Save Your Own Seeds: A Season-by-Season Primer</h1>"
      "<p class=\"author\">By Mira Oakes</p></div><div class=\"toc\"><ul>";
  for (int i = 1; i <= entries; ++i) {
    page += "<li><a href=\"#step-" + std::to_string(i) + "\">Step " + std::to_string(i) + " of the season</a></li>";
  }
  page += "</ul></div><article class=\"post-content\">";
  for (int i = 0; i < 4; ++i) page += kBody;
  return page + "</article></body>";
}

TEST(Headline, TheOwnH1AboveATableOfContents) {
  EXPECT_EQ(Read(GuideWithContents(30)).headline, "How to Save Your Own Seeds: A Season-by-Season Primer");
}

TEST(Headline, AHubsLongLinkListTakesTheH1OutOfReach) {
  EXPECT_EQ(Read(GuideWithContents(60)).headline, "Seed Saving Basics for Every Gardener");
}

TEST(Headline, ThePostTitleUnderTheSiteNameLinkedHome) {
  const std::string masthead = "<head><title>Quiet Harbour Notes</title></head><body><header><h1 class=\"site-title\">"
                               "<a href=\"https://quiet.example/\" rel=\"home\">Quiet Harbour Notes</a></h1></header>"
                               "<article>";
  EXPECT_EQ(Read(masthead + "<h2 class=\"entry-title\">The ferry landing may move north</h2>" + std::string(kBody) +
                 "</article></body>").headline,
            "The ferry landing may move north");
  // A date header over the post's h3 title is skipped (Blogger).
  EXPECT_EQ(Read(masthead + "<h2 class=\"date-header\">Tuesday, 4 March 2024</h2><h3 class=\"post-title\">Why the "
                            "plan keeps coming back</h3>" + std::string(kBody) + "</article></body>").headline,
            "Why the plan keeps coming back");
  // The only heading, or a post titled as the blog, keeps the h1.
  EXPECT_EQ(Read(masthead + std::string(kBody) + "</article></body>").headline, "Quiet Harbour Notes");
  EXPECT_EQ(Read(masthead + "<h2>Quiet Harbour Notes</h2>" + std::string(kBody) + "</article></body>").headline,
            "Quiet Harbour Notes");
}

TEST(Headline, ThePostTitleUnderALoneMastheadPastASidebar) {
  // The site's name is a label, so the masthead is not the headline and no
  // heading says what the titles say; a sidebar's headed widgets stand
  // between the masthead and the post.
  const std::string page =
      "<head><title>Notes from a small workshop - Fennick Blog</title>"
      "<meta property=\"og:site_name\" content=\"Fennick Blog\">"
      "<meta property=\"og:title\" content=\"Welcome to my workshop notes\"></head><body>"
      "<div id=\"sidebar\"><header><h1 id=\"site-title\" itemprop=\"headline\">"
      "<a href=\"https://fennick.example/\" rel=\"home\">Fennick Blog</a></h1></header>"
      "<aside><h3 class=\"widget-title\">Categories</h3><ul><li><a href=\"/c/tools\">Tools</a></li></ul></aside></div>"
      "<article><header class=\"entry-header\"><h2 class=\"entry-title\" itemprop=\"headline\">";
  EXPECT_EQ(Read(page + "About this beginner's workshop journal</h2></header>" + std::string(kBody) +
                 "</article></body>").headline,
            "About this beginner's workshop journal");
  // A post whose text opens with its first section's heading has no title
  // above it: the titles speak, not the section.
  EXPECT_EQ(Read(page.substr(0, page.rfind("<header class")) + "<h2>Why clay</h2>" + std::string(kBody) +
                 "</article></body>").headline,
            "Welcome to my workshop notes");
  // A masthead not linked home is no masthead: the titles speak.
  std::string unlinked = page;
  unlinked.replace(unlinked.find("<a href=\"https://fennick.example/\" rel=\"home\">Fennick Blog</a>"),
                   std::string("<a href=\"https://fennick.example/\" rel=\"home\">Fennick Blog</a>").size(),
                   "Fennick Blog");
  EXPECT_EQ(Read(unlinked + "About this beginner's workshop journal</h2></header>" + std::string(kBody) +
                 "</article></body>").headline,
            "Welcome to my workshop notes");
}

TEST(Headline, AnH1NotLinkedHomeKeepsItsPlaceOverASection) {
  const Article a = Read("<head><title>Ferry plan</title></head><body><article><h1>Ferry plan moves north</h1>"
                         "<h2>What the council said</h2>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.headline, "Ferry plan moves north");
}

}  // namespace
}  // namespace pith
