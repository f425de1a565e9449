#include "metadata/byline.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "metadata/test_pages.h"

namespace pith {
namespace {

using Names = std::vector<std::string>;

// A text copy: the lines above the story under test, its two paragraphs,
// then the lines below it.
Article BudgetCopy(const std::string& above, const std::string& below = "") {
  Options options;
  options.input = InputFormat::kText;
  return Extract(above +
                     "\nThe council voted on Tuesday to approve the new budget, which includes funding for schools, "
                     "roads and the library, after a debate that lasted four hours.\n\nSupporters said the plan was "
                     "overdue, while critics argued that it would raise taxes, cut services and leave the city with "
                     "less money.\n" + (below.empty() ? "" : "\n" + below),
                 options)
      .article;
}

// A blog theme's comment count glued to the copy's date line ("March 28,
// 2020No Comments"), in several languages: no byline, the date stays.
TEST(Byline, ACommentCountGluedToTheDateLineIsNoByline) {
  for (const char* count : {"No Comments", "3 Comments", "Keine Kommentare", "0 commentaires", "Sin comentarios"}) {
    const Article a = BudgetCopy(std::string("Home\nNews\nCouncil Approves the New Budget\nMarch 28, 2020") + count);
    EXPECT_EQ(a.byline, std::nullopt) << count;
    EXPECT_TRUE(a.authors.empty()) << count;
    EXPECT_EQ(a.date, "2020-03-28") << count;
  }
}

// A blog's date line that credits the author's login after "by", in the
// copy's own spacing or glued to the date ("By jdoeMarch 28, 2020No
// Comments"): the login is the author. A word in small letters that is no
// login ("by email") and a sentence's "by" credit no one.
TEST(Byline, ALoginOnTheDateLineIsTheAuthor) {
  for (const char* line : {"Posted on March 28, 2020 by jdoe", "By jdoeMarch 28, 2020No Comments",
                           "March 28, 2020 by jdoe"}) {
    const Article a = BudgetCopy(std::string("Home\nNews\nCouncil Approves the New Budget\n") + line);
    EXPECT_EQ(a.authors, Names{"jdoe"}) << line;
    EXPECT_EQ(a.date, "2020-03-28") << line;
  }
  const Article sentence = BudgetCopy("Home\nNews\nCouncil Approves the New Budget\nMarch 28, 2020 by e-mail.");
  EXPECT_TRUE(sentence.authors.empty());
  // A theme that prints the prefix with no name: the date's own word is none.
  const Article empty = BudgetCopy("Startseite\nNews\nCouncil Approves the New Budget\nvon am 28.03.2020");
  EXPECT_TRUE(empty.authors.empty());
  EXPECT_EQ(empty.date, "2020-03-28");
}

// A byline prefix other than "by" on the date line, with one word after
// it: the outlet or the desk a local paper signs with ("von Talbote 12.
// März 2025"); the same word beside the date with no prefix is the site's
// name over its date ("Talbote 12. März 2025") and no byline.
TEST(Byline, OneWordAfterAPrefixOnTheDateLine) {
  const Article a = BudgetCopy("Startseite\nRegion\nCouncil Approves the New Budget\nvon Talbote 12. März 2025");
  EXPECT_EQ(a.authors, Names{"Talbote"});
  EXPECT_EQ(a.date, "2025-03-12");
  const Article bare = BudgetCopy("Startseite\nRegion\nCouncil Approves the New Budget\nTalbote 12. März 2025");
  EXPECT_TRUE(bare.authors.empty());
}

TEST(Byline, BylineElementAndMetaDate) {
  const Article a = Read("<head><meta property=\"article:published_time\" content=\"2019-11-19T05:00:00-05:00\">"
                         "</head><body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Doe and John Roe</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Jane Doe and John Roe");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.date, "2019-11-19T05:00:00-05:00");
}

// An author tag that names the outlet, which no tag names but the
// <title>'s last part does: the person the byline element names wrote
// the text, and an author tag naming someone is still believed.
TEST(Byline, AuthorTagNamingTheTitlesSitePartGivesWayToTheBylineElement) {
  const std::string card = "<h1>Council budget passes after long debate</h1><div class=\"author-card\"><span class=\"author-card__name\">"
                           "Jane Doe</span></div>" + std::string(kBody);
  const Article outlet = Read("<head><title>Council budget passes after long debate | Valley Courier</title><meta name=\"author\" "
                              "content=\"Valley Courier\"></head><body><article>" + card + "</article></body>");
  EXPECT_EQ(outlet.authors, (Names{"Jane Doe"}));
  const Article person = Read("<head><title>Council budget passes after long debate | Valley Courier</title><meta name=\"author\" "
                              "content=\"John Roe\"></head><body><article>" + card + "</article></body>");
  EXPECT_EQ(person.authors, (Names{"John Roe"}));
}

// A byline span whose links to the authors' pages name fewer words than
// the span ("Ein Artikel von <a>Jane Doe</a>"): the links' names, once
// each, in the line's order.
TEST(Byline, SpanLabelBeforeLinkedNames) {
  const Article a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\"><span class=\"metadata__byline\">"
                         "Ein Artikel von <a href=\"/autor/jane-doe\">Jane Doe</a> und <a href=\"/autor/john-roe\">"
                         "John Roe</a></span> <time>07.05.2024</time></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
}

// An author class on one name of a "By" line of several (the last
// one's "last-byline"): every co-author the line prints, in its order.
// A class on a name among words that are no person's keeps to the name.
TEST(Byline, ClassOnOneNameOfAPrefixedLine) {
  Article a = Read("<body><article><h1>Budget passes</h1><p><span>By </span><span>Jane Roe</span>, "
                   "<span>John T. Doe</span> and <span class=\"last-byline\">Mary Major</span></p>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe", "John T. Doe", "Mary Major"}));
  a = Read("<body><article><h1>Budget passes</h1><p>By <span class=\"author\">Jane Roe</span>, Senior Editor</p>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
}

// A line under the headline that prints the outlet, the date (read from
// markup here, so the line is not the date line) and the byline after a
// bar: the prefixed field is the byline, and the outlet before it no name.
TEST(Byline, PrefixedFieldOfAMetaLineUnderTheHeadline) {
  const std::string head = "<head><meta property=\"article:published_time\" content=\"2015-05-04T13:36:00+02:00\">"
                           "</head>";
  Article a = Read(head + "<body><article><h1>Budget passes</h1><p>Le Jour | 04.05.2015 \xC3\xA0 13h36 \xE2\x80\xA2 "
                   "Mis \xC3\xA0 jour le 05.05.2015 | Par Jane Roe (avec John Doe)</p>" + std::string(kBody) +
                   "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe", "John Doe"}));
  // The date line itself: its prefixed field beats the words leading it.
  a = Read("<body><article><h1>Budget passes</h1><p>Le Jour | 04.05.2015 | Par Jane Roe</p>" + std::string(kBody) +
           "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
}

// Bylines printed as text alone, no class: a name and the writer's job
// title; names over a photo's credit over the date.
TEST(Byline, AnArabicWroteLabelWithADash) {
  const Article a = Read("<body><article><h1>\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD "
                         "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xB3\xD8\xB1</h1>"
                         "<div>\xD9\x83\xD8\xAA\xD8\xA8 - \xD8\xB3\xD8\xA7\xD9\x85\xD8\xB1 "
                         "\xD9\x86\xD8\xB5\xD8\xA7\xD8\xB1</div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"\xD8\xB3\xD8\xA7\xD9\x85\xD8\xB1 \xD9\x86\xD8\xB5\xD8\xA7\xD8\xB1"});
}

TEST(Byline, UnlabelledLinesBesideTheDate) {
  const std::string date = "<p><time datetime=\"2025-03-13T10:00\">13.03.2025</time></p>";
  Article a = Read("<body><article><h1>Budget passes</h1><p>Jane Roe, Paris correspondent</p>" + date +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  a = Read("<body><article><h1>Budget passes</h1><p>Jane Roe and John Doe</p><p>Photo: Mary Major</p>" + date +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe", "John Doe"}));
  a = Read("<body><article><h1>Budget passes</h1><p>Jane Roe</p><p>Photo: Mary Major</p>" + date +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  // A name and a clause after the comma is a sentence's start, no byline.
  a = Read("<body><article><h1>Budget passes</h1><p>Jane Roe, who was the paper's Paris correspondent for years</p>" +
           date + std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
}

// A text copy's "By" line far above the date line is a teaser's in a menu:
// the names leading the date line are the article's; close by, the "By"
// line is still the byline.
TEST(Byline, TextCopyTeaserBylineFarAboveTheDateLine) {
  std::string menu;
  for (const char* item : {"Parks", "Roads", "Schools", "Libraries", "Housing", "Transit", "Water", "Waste",
                           "Budget", "Elections", "Police"}) {
    menu += std::string(item) + "\n";
  }
  const std::string teaser = "Libraries\nNew hours for the reading rooms this winter\nby Ines Halvorsen\n";
  Article a = BudgetCopy(teaser + "Potting sheds ranked\nby Tomasz Wieczorek\n" + menu +
                         "Council approves the budget after a long debate\nJane Roe March 4, 2025\n");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  a = BudgetCopy("Council approves the budget after a long debate\nby John Doe\nJane Roe March 4, 2025\n");
  EXPECT_EQ(a.authors, (Names{"John Doe"}));
}

// A caption's credit names who made the picture or the clip: neither its
// byline class nor its microdata creator makes it the article's byline;
// an author photo's "By" line in its caption still is one.
TEST(Byline, ACaptionsCreditIsNoByline) {
  const Article a = Read("<body><article><h1>Budget passes</h1><figure><img src=\"a.jpg\"><figcaption>"
                         "<span itemprop=\"creator\">Tomas Brandt/Nordbild</span></figcaption></figure>"
                         "<figure><figcaption><p class=\"byline\">Audio 02:41 Min. | Jonas Feld</p></figcaption>"
                         "</figure>" + std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
  const Article b = Read("<body><article><h1>Budget passes</h1><figure><img src=\"a.jpg\"><figcaption>"
                         "<p class=\"byline\">By Jane Doe</p></figcaption></figure>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(b.authors, (std::vector<std::string>{"Jane Doe"}));
}

// A page that names no author anywhere else: the name that signs its
// text, alone in the last paragraph or after a signing mark; a list's last
// item is no signature.
TEST(Byline, TheNameThatSignsAnUnmarkedText) {
  const std::string head = "<body><article><h1>Budget passes</h1>" + std::string(kBody);
  EXPECT_EQ(Read(head + "<p>Jane Roe</p></article></body>").authors, (Names{"Jane Roe"}));
  EXPECT_EQ(Read(head + "<p>&lt;3 Jane Roe</p></article></body>").authors, (Names{"Jane Roe"}));
  EXPECT_TRUE(Read(head + "<ul><li>Tom Ash</li><li>Jane Roe</li></ul></article></body>").authors.empty());
}

TEST(Byline, TheSiteNameAfterTheNamesIsNoAuthor) {
  const Article a = Read("<head><meta property=\"og:site_name\" content=\"Tide\"></head><body><article>"
                         "<h1>Budget passes</h1><p class=\"byline\">By Jane Doe and John Roe, TIDE</p>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
}

// With no tag naming the site, the <title>'s short last part names it.
TEST(Byline, TheTitlesSitePartAfterTheNamesIsNoAuthor) {
  const std::string byline = "<p class=\"byline\">By Jane Doe, The Harbour Ledger</p>";
  const Article a = Read("<head><title>Budget passes after a long night - The Harbour Ledger</title></head><body><article>"
                         "<h1>Budget passes</h1>" + byline + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
  // A title with no site part leaves a second name alone.
  const Article b = Read("<head><title>Budget passes after a long night</title></head><body><article>"
                         "<h1>Budget passes</h1>" + byline + std::string(kBody) + "</article></body>");
  EXPECT_EQ(b.authors, (Names{"Jane Doe", "The Harbour Ledger"}));
  // A tag naming the site leaves the title's last part alone: a column's
  // title may end with its writer's name.
  const Article c = Read("<head><meta property=\"og:site_name\" content=\"Town Notes\"><title>Budget passes after a long night - Jane Doe"
                         "</title></head><body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Doe and John Roe"
                         "</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(c.authors, (Names{"Jane Doe", "John Roe"}));
}

TEST(Byline, RelatedCardsUnderTheTextNameOtherArticlesAuthors) {
  const Article a = Read("<body><article><h1>Budget passes</h1>" + std::string(kBody) +
                         "<aside><h3>More stories</h3><div class=\"card\"><a href=\"/b\">Bridge repairs delayed</a>"
                         "<span class=\"byline\">By Tom Hale</span></div></aside></article></body>");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, AuthorMetaThatIsAUrlIsNotAByline) {
  const Article a = Read("<head><meta property=\"article:author\" content=\"https://facebook.com/someone\"></head>"
                         "<body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(a.byline);
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, ALoneByAndTheNameInTheNextElement) {
  const Article a = Full("<body><article><h1>Budget passes</h1><div><span>By</span><div><a href=\"/a/jd\">Jane Doe"
                         "</a></div></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane Doe"), std::string::npos);
}

TEST(Byline, BylineInsideTheDateLine) {
  const Article a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">January 17, 2017 at 6:08 PM ET "
                         "by Kori Schulman</div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Kori Schulman");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Kori Schulman"});
  EXPECT_EQ(a.date, "2017-01-17T18:08:00-05:00");
}

TEST(Byline, ColumnNameInABylineClassIsNotTheAuthor) {
  const Article a = Read("<head><meta name=\"author\" content=\"Steven Davidoff Solomon\"></head><body><article>"
                         "<h1>Budget passes</h1><p class=\"byline-column\">Deal Professor</p>"
                         "<p class=\"byline\">By STEVEN DAVIDOFF SOLOMON JULY 29, 2016</p>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.byline, "STEVEN DAVIDOFF SOLOMON");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Steven Davidoff Solomon"});
}

TEST(Byline, AuthorMetaTagsInOrderOfTrust) {
  // article:author outranks author; a URL or a @handle is no name.
  Article a = Read("<head><meta name=\"author\" content=\"Cond\xC3\xA9 Nast\"><meta property=\"article:author\" "
                   "content=\"Alex Hutchinson\"><meta name=\"twitter:creator\" content=\"@NewYorker\"></head><body>" +
                   std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Alex Hutchinson"});
  // Every value of the tag; companies are no authors.
  a = Read("<head><meta name=\"author\" content=\"mediagene Inc.\"><meta name=\"author\" content=\"Jane Doe\">"
           "<meta name=\"author\" content=\"John Roe\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  // Dublin Core writes names inverted.
  a = Read("<head><meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\" content=\"Jong, Michiel de\">"
           "</head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"F. Kooman", "Michiel de Jong"}));
}

TEST(Byline, ALinkToTheAuthorsPageWithoutAClass) {
  Article a = Full("<body><article><h1>Budget passes</h1><div><span><a href=\"/authors/jane-doe\">Jane Doe</a>"
                   "</span><span>9 min read</span></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A link around a card gives its first line; a fact-checker's link is no author's.
  a = Full("<body><article><h1>Budget passes</h1><div class=\"byline\">By <a href=\"/author/jane-doe/\"><div>"
           "<img src=\"/j.jpg\"></div><div>Jane Doe</div><div>Senior Writer</div></a> | Fact-checked by "
           "<a href=\"/author/12/\">John Roe</a></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
}

TEST(Byline, ALabelledAuthorBoxUnderTheArticle) {
  // Far below the header, out of the byline readers' reach.
  std::string body;
  for (int i = 0; i < 8; ++i) body += kBody;
  Article a = Full("<body><h1>Budget passes</h1><div>" + body + "</div><div><h4>Author</h4><p>Jane Doe</p></div></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = Full("<body><h1>Budget passes</h1><div>" + body + "</div><p>Written by Jane Doe</p></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // Two different ones are other articles' cards.
  a = Full("<body><h1>Budget passes</h1><div>" + body + "</div><ul><li>By Jane Doe</li><li>By John Roe</li></ul></body>");
  EXPECT_TRUE(a.authors.empty());
}

// A list of other stories' cards under the text: the card whose title is
// too short to tell it for one ("Schools reopen") still follows a card.
TEST(Byline, ALabelledLineAfterATeaserCardIsAnotherCards) {
  std::string body;
  for (int i = 0; i < 8; ++i) body += kBody;
  const Article a = Full("<body><h1>Budget passes</h1><div>" + body +
                         "</div><aside><h3><a href=\"/a\">Mayor backs the new tram line</a></h3><p>By Carl Weiss</p>"
                         "<h3><a href=\"/b\">Schools reopen</a></h3><p>By Dora Fink</p></aside></body>");
  EXPECT_TRUE(a.authors.empty());
  // An author box after the box of cards is the page's.
  const Article boxed = Full("<body><h1>Budget passes</h1><div>" + body +
                             "</div><section><h3><a href=\"/a\">Mayor backs the new tram line</a></h3><p>By Carl Weiss"
                             "</p><h3><a href=\"/b\">Schools reopen</a></h3><p>By Dora Fink</p></section>"
                             "<div class=\"author\"><p>Written by Jane Roe</p></div></body>");
  EXPECT_EQ(boxed.authors, Names{"Jane Roe"});
}

// A Chinese info line that opens with the source's field, taken for a
// source credit line, names the writer in its byline field.
TEST(Byline, AChineseInfoLineOpeningWithTheSource) {
  for (const char* line : {"来源：例报 作者：王小明", "来源：例报\u3000作者：王小明\u3000编辑：李华"}) {
    const Article a = Full(std::string("<body><h1>预算获批</h1><div class=\"info\">") + line + "</div><div>" + kBody +
                           kBody + "</div></body>");
    EXPECT_EQ(a.authors, Names{"王小明"}) << line;
  }
}

TEST(Byline, AnOrganisationsBylineGivesWayToALabelledAuthor) {
  std::string body;
  for (int i = 0; i < 8; ++i) body += kBody;
  const std::string label = "</div><p>Written by Jane Doe</p></body>";
  Article a = Full("<body><h1>Budget passes</h1><p>By Team Acme Data</p><div>" + body + label);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = Full("<head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":"
           "\"Organization\",\"name\":\"Acme Health Association\"}}</script></head><body><h1>Budget passes</h1><div>" +
           body + label);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
}

TEST(Byline, AnAuthorTagsNamesGiveWayToALabelledAuthor) {
  // A first name, or a job title, in the author tag; the page prints the
  // person under a label at the end of the text.
  std::string body;
  for (int i = 0; i < 8; ++i) body += kBody;
  const std::string label = "</div><p>Written by Jane Doe</p></body>";
  Article a = Full("<head><meta name=\"author\" content=\"Jane\"></head><body><h1>Budget passes</h1><div>" + body +
                   label);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = Full("<head><meta name=\"author\" content=\"Marketing, Event Coordinator\"></head><body><h1>Budget passes</h1>"
           "<div>" + body + label);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // Near the headline too: the tag's first name does not cut the printed surname.
  a = Full("<head><meta name=\"author\" content=\"Jane\"></head><body><h1>Budget passes</h1><p>Written by Jane Doe</p>" +
           std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // With no label in the page the tag stands.
  a = Full("<head><meta name=\"author\" content=\"Jane\"></head><body><h1>Budget passes</h1><div>" + body +
           "</div></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane"});
  // A full name in the tag stands: a lone "By" line far below may be a
  // related story's card.
  a = Full("<head><meta name=\"author\" content=\"John Roe\"></head><body><h1>Budget passes</h1><div>" + body + label);
  EXPECT_EQ(a.authors, std::vector<std::string>{"John Roe"});
}

TEST(Byline, TheDataBesideAWrittenByLabel) {
  // Only the pair whose label says "Written by"; an author tag outranks it.
  Article a = Read("<head><meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" "
                   "content=\"3 minutes\"><meta name=\"twitter:label2\" content=\"Written by\">"
                   "<meta name=\"twitter:data2\" content=\"Jane Doe\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = Read("<head><meta name=\"author\" content=\"John Roe\"><meta name=\"twitter:label1\" content=\"Written by\">"
           "<meta name=\"twitter:data1\" content=\"Jane Doe\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"John Roe"});
}

// A desk or a CMS login beside the label names no person, but is the
// byline, as the same value in an author tag would be.
TEST(Byline, ADeskOrLoginBesideAWrittenByLabel) {
  auto page = [](const std::string& data) {
    return "<head><meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"" +
           data + "\"></head><body>" + std::string(kBody) + "</body>";
  };
  Article a = Read(page("The Acme Team"));
  EXPECT_EQ(a.byline, "The Acme Team");
  EXPECT_TRUE(a.authors.empty());
  a = Read(page("jd_admin"));
  EXPECT_EQ(a.byline, "jd_admin");
  // A reading time's pair is no author's.
  a = Read("<head><meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" "
           "content=\"minutes\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, std::nullopt);
}

TEST(Byline, OnlyTheFirstRelAuthorLink) {
  const Article a = Read(std::string("<body><article>") + kBody + "</article><aside><a rel=\"author\" href=\"/a\">"
                         "Juli Clover</a><a rel=\"author\" href=\"/b\">Sami Fathi</a></aside></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Juli Clover"});
}

TEST(Byline, RelAuthorLinksSideBySideInTheHeader) {
  const Article a = Read("<body><article><h1>Budget passes</h1><p><a rel=\"author\" href=\"/a\">Juli Clover</a> "
                         "<a rel=\"author\" href=\"/b\">Sami Fathi</a></p>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Juli Clover", "Sami Fathi"}));
}

TEST(Byline, TheNameOverABioAtTheEndOfTheText) {
  const Article a = Read("<body><article><h1>Budget passes</h1>" + std::string(kBody) +
                         "<div><div>Mara Quill</div><p>Mara covers city hall and the county budget.</p></div>"
                         "</article></body>");
  EXPECT_EQ(a.authors, Names{"Mara Quill"});
  // Two different people's cards are a team list.
  const Article team = Read("<body><article><h1>Budget passes</h1>" + std::string(kBody) +
                            "<div><div>Mara Quill</div><p>Mara covers city hall.</p><div>Tom Reed</div>"
                            "<p>Tom covers schools.</p></div></article></body>");
  EXPECT_TRUE(team.authors.empty());
}

TEST(Byline, AFactCheckersLineNamesNoAuthor) {
  const Article a = Read("<body><article><h1>Budget passes</h1><div><span class=\"label\">Fact checked by</span>"
                         "<div><a class=\"byline-name\" href=\"/p/leo\">Leo Brandt</a></div></div>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
  const Article badge = Read("<body><article><h1>Budget passes</h1><div class=\"byline\">By</div>"
                             "<div class=\"byline\">Fact Checked</div>" + std::string(kBody) + "</article></body>");
  EXPECT_TRUE(badge.authors.empty());
}

TEST(Byline, OrganisationAuthorIsABylineWithoutPeople) {
  const Article a = Read("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                         "{\"@type\":\"Organization\",\"name\":\"Al Jazeera\"}}</script></head><body>" +
                         std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "Al Jazeera");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, AuthorElementsInsideTheBylineLine) {
  // The outlet in its own span, the date line beside it.
  Article a = Read("<body><article><h1>Budget passes</h1><div class=\"attribution\"><span class=\"author\">Kevin "
                   "Johnson and Kevin McCoy</span> <span class=\"publication\">USA TODAY</span></div>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Kevin Johnson", "Kevin McCoy"}));
  // An outlet before the date, the name after it.
  a = Read("<body><article><h1>Budget passes</h1><div><span>Medical Daily</span> <span>9/21/2016</span> "
           "<span class=\"authorname-txt\">Lizette Borreli</span></div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Lizette Borreli");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lizette Borreli"});
  EXPECT_EQ(a.date, "2016-09-21");
}

TEST(Byline, AWireSignOffNamesTheReporters) {
  const std::string head = "<body><article><h1>Budget passes</h1>" + std::string(kBody);
  Article a = Full(head + "<p>(Reporting by Tom Baxter and Lena Kraus; Editing by Alan Crosby)</p></article></body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Tom Baxter", "Lena Kraus"}));
  // In brackets it is the reprinted copy's last line and stays.
  EXPECT_NE(a.body.find("Reporting by"), std::string::npos);
  // A byline naming someone stays; the sign-off still leaves the body.
  a = Full("<body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Roe</p>" + std::string(kBody) +
           "<p>Reporting by Tom Baxter; Editing by Alan Crosby</p></article></body>");
  EXPECT_NE(a.body.find("less money."), std::string::npos);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Roe"});
  EXPECT_EQ(a.body.find("Reporting by"), std::string::npos);
}

TEST(Byline, AnOutletBylineNamesNoOne) {
  Article a = Read("<body><article><h1>Budget passes</h1><p class=\"byline\">PTI, Washington</p>" + std::string(kBody) +
                   "</article></body>");
  EXPECT_EQ(a.byline, "PTI, Washington");
  EXPECT_TRUE(a.authors.empty());
  // A wire alone is credited as the author, as news sites' author fields
  // credit it when no person wrote the piece.
  a = Read("<head><meta name=\"author\" content=\"Associated Press\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "Associated Press");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Associated Press"});
  // A CMS login is a byline when no other author tag names anyone, but no name.
  a = Read("<head><meta name=\"author\" content=\"jd_admin\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "jd_admin");
  EXPECT_TRUE(a.authors.empty());
  a = Read("<head><meta name=\"author\" content=\"jdadmin\"><meta name=\"byl\" content=\"Jane Roe\"></head><body>" +
           std::string(kBody) + "</body>");
  EXPECT_EQ(a.byline, "Jane Roe");
  // An author id or a host is none.
  a = Read("<head><meta name=\"author\" content=\"105092\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyBylineBesideTheDateLine) {
  auto copy = [](const std::string& header) {
    return BudgetCopy("Menu\nBudget passes after a long debate\n" + header + "\n");
  };
  // Names beside the date line are the byline; a line with numbers is not.
  Article a = copy("Jane Doe\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.date, "2016-02-22T08:27:00Z");
  a = copy("Monday 22 February 2016 08:27 GMT\nStock Car Calendar 2018");
  EXPECT_FALSE(a.byline);
  // A reading time after the names is no number of a heading's.
  a = copy("Monday 22 February 2016 08:27 GMT\nJane Doe 2 minutes read");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // An agency beside the date line is the byline, without a person.
  a = copy("Reuters, Washington\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.byline, "Reuters, Washington");
  EXPECT_TRUE(a.authors.empty());
  // A photographer glued to the agency is a credit, not a byline.
  a = copy("Monday 22 February 2016 08:27 GMT\nNora P. Whitfield/HOOFPRINT");
  EXPECT_FALSE(a.byline);
  a = copy("Chuck Burton/AP\nMonday 22 February 2016 08:27 GMT");
  EXPECT_FALSE(a.byline);
  // A date line that goes on with the byline, the category and many tags.
  a = copy("March 2, 2019 at 9:18 am by Jane Doe | Posted in City Hall | Tagged parks, council, river, cycling, "
           "planning, boathouse");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.date, "2019-03-02T09:18:00");
  // After a dated label, "by" and one name: the byline over a category
  // beside the date line.
  a = copy("Last updated on March 2, 2019 by Shannon\nMarket Day");
  EXPECT_EQ(a.byline, "Shannon");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Shannon"});
  // A labelled desk is the byline over a line of names beside the date line.
  a = copy("Author:\nCity Desk Staff\nMonday 22 February 2016 08:27 GMT\nJane Doe");
  EXPECT_EQ(a.byline, "City Desk Staff");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyByLineBelowTheHeadline) {
  auto copy = [](const std::string& header) {
    return BudgetCopy("Menu\nBudget passes after a long debate\n" + header + "\nMonday 22 February 2016\n");
  };
  // A "By" line too long for a byline line near the body: a job title and
  // an affiliation after the name.
  Article a = copy("By Jane Doe, Senior Staff Technologist, Civic Budget Project Privacy and Technology Program");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // Parts after the name, set off by dots.
  a = copy("// By Jane Doe \u2022 Senior Review Analyst \u2022 Updated March 5, 2025 at the City Budget Office");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A menu's facet is no byline.
  a = copy("By Company Size and Industry Sector for Every Team in the Public Budget Office");
  EXPECT_TRUE(a.authors.empty());
  // Names and a relative date under the headline, with no date line.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nJane Doe|Published 15 hours ago\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyWireBylinePrintedAsACredit) {
  auto copy = [](const std::string& lines) { return BudgetCopy("Menu\nBudget passes after a long debate\n" + lines); };
  // Names and a wire, right under the headline, the date line below.
  EXPECT_EQ(copy("Jane Doe | Reuters\nUpdated 2 hours ago\nMonday 22 February 2016\n").authors, Names{"Jane Doe"});
  EXPECT_EQ(copy("Jane Doe, AFP\nMonday 22 February 2016\n").authors, Names{"Jane Doe"});
  // A picture's credit after its alt text or a photo agency stay credits.
  EXPECT_TRUE(copy("Councillors at the vote.\nJane Doe | Reuters\nMonday 22 February 2016\n").authors.empty());
  EXPECT_TRUE(copy("Jane Doe | Getty Images\nMonday 22 February 2016\n").authors.empty());
  // Without the date line below, it is a credit too.
  EXPECT_TRUE(copy("Jane Doe | Reuters\n").authors.empty());
}

// A wire's name alone over the date line credits the story, printed once
// as it is, even where the cleaner took it for a picture's credit.
TEST(Byline, TextCopyWireNameAloneOverTheDateLine) {
  auto copy = [](const std::string& lines) { return BudgetCopy("Menu\nBudget passes after a long debate\n" + lines); };
  EXPECT_EQ(copy("AFP\n28.04.2023 | 17:52 Uhr\n").authors, Names{"AFP"});
  EXPECT_EQ(copy("Reuters\nMonday 22 February 2016\n").authors, Names{"Reuters"});
  // After a standfirst too.
  EXPECT_EQ(copy("The vote ends a long fight over the city's money.\nPTI\nUpdated: March 16, 2020, 5:01 PM IST\n").authors,
            Names{"PTI"});
  // Under the headline's second print (a sharing image's alt text) too.
  EXPECT_EQ(copy("Budget passes after a long debate\nAFP\n28.04.2023 | 17:52 Uhr\n").authors, Names{"AFP"});
  // Under a picture's caption or label, it is that picture's credit.
  EXPECT_TRUE(copy("Councillors at the vote\nCouncillors at the vote.\nReuters\nMonday 22 February 2016\n").authors.empty());
  EXPECT_TRUE(copy("Image\nCouncillors at the vote.\nReuters\nMonday 22 February 2016\n").authors.empty());
  // Not a line away from the date line, nor farther down than names are.
  EXPECT_TRUE(copy("AFP\nShare\nMonday 22 February 2016\n").authors.empty());
  EXPECT_TRUE(copy("The vote ends a long fight.\nIt took four hours.\nA third line.\nAFP\nMonday 22 February 2016\n")
                  .authors.empty());
  // A name that is no wire's, printed once, stays a section's label.
  EXPECT_TRUE(copy("Budget\nMonday 22 February 2016\n").authors.empty());
}

// A wire's name over the date line gives way to the reporters its
// closing sign-off names.
TEST(Byline, TextCopyWireNameGivesWayToTheSignOffsReporters) {
  const Article a = BudgetCopy("Menu\nBudget passes after a long debate\nREUTERS\n19 NOV 2019\n",
                               "(Reporting by Jane Doe; Editing by John Roe)\n\n\u00a9 Reuters\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyNamesAndOwnPaperOverTheFirstParagraph) {
  auto copy = [](const std::string& lines) { return BudgetCopy("Menu\nBudget passes after a long debate\n" + lines); };
  // Names and the paper's name, right under the headline and right over
  // the first paragraph, with no date line: the names are the byline.
  Article a = copy("Jane Doe   | The Valley Courier\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.byline.value_or(""), "Jane Doe | The Valley Courier");
  EXPECT_EQ(copy("Jane Doe - Journal of Commerce\n").authors, Names{"Jane Doe"});
  // A line between the headline and the names, an outlet part that reads
  // as a sentence or has a number, or words the copy prints in lower
  // case, is no such byline.
  EXPECT_TRUE(copy("Councillors at the vote.\nJane Doe | The Valley Courier\n").authors.empty());
  EXPECT_TRUE(copy("Jane Doe | Read the full report here.\n").authors.empty());
  EXPECT_TRUE(copy("Jane Doe | Valley Courier 2024\n").authors.empty());
  // Past a joining word, the outlet's words still open with capitals.
  EXPECT_TRUE(copy("Jane Doe | Friends of the council meeting\n").authors.empty());
  EXPECT_TRUE(copy("Council Budget | The Valley Courier\n").authors.empty());
}

TEST(Byline, TextCopyCoAuthorLines) {
  auto copy = [](const std::string& header) {
    return BudgetCopy("Menu\nBudget passes after a long debate\nA caption of the photo: the council at work.\n" +
                      header);
  };
  // After a lone label, each name twice (the photo's alt text).
  Article a = copy("Monday 22 February 2016 08:27 GMT\nBy\nJane Doe\nJane Doe\nJohn Roe\nJohn Roe");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  // A line with a number ends the run.
  a = copy("Monday 22 February 2016 08:27 GMT\nBy\nJane Doe\nStock Car Calendar 2018\nJohn Roe");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A heading after a blank line is no co-author.
  a = copy("Monday 22 February 2016 08:27 GMT\nBy\nJane Doe\n\nRiver Crossing Plans");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // Unlabelled lines of names over the date line: only the one beside it.
  a = copy("Broken Pledge\nJane Doe\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = copy("Kevin Lamarque\nJane Doe\nMonday 22 February 2016 08:27 GMT");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
}

TEST(Byline, TextCopyAuthorCardUnderItsPhoto) {
  auto copy = [](const std::string& top, const std::string& header) {
    return BudgetCopy(top + "Menu\nBudget passes after a long debate\n" + header);
  };
  // The card's photo prints the name as its alt text, then the name;
  // beside the date line or just above the body.
  Article a = copy("", "Monday 22 February 2016\nPhoto of Jane Doe\nJane Doe");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = copy("", "Jane Doe\nJane Doe\nShare");
  EXPECT_EQ(a.byline, "Jane Doe");
  // A card outranks a line that is only beside the date line.
  a = copy("", "Monday 22 February 2016\nCity Hall\nJane Doe\nJane Doe");
  EXPECT_EQ(a.byline, "Jane Doe");
  // A site's logo and name far above the date line name no author.
  a = copy("Town Ledger\nTown Ledger\nNews\nSport\nWeather\nOpinion\n", "Monday 22 February 2016\nShare");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyNamesUnderAnAuthorLabel) {
  auto copy = [](const std::string& above, const std::string& footer) {
    return BudgetCopy(above + "Budget passes after a long debate\nShare\n", footer);
  };
  // After the body, under "Written by" or "About the author"; one word
  // is a name there, and the label outranks a blog's name above the
  // headline.
  Article a = copy("Field Notes\n", "Written by\n\nJane Doe\nFollow\n");
  EXPECT_EQ(a.byline, "Jane Doe");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = copy("", "About the Author\nPaul\nRelated Posts\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Paul"});
  a = copy("", "Written on Mar 27 by\nJane Doe\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // The portrait's alt text may stand between the label and the name.
  a = copy("", "Article written by:\nHeadshot of Jane Doe, MD, in her office\nJane Doe, MD\n");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "MD"}));
  // A label over a sentence, or over nothing, names no one.
  a = copy("", "About the author\nJane Doe writes about cities.\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("", "Written by\n");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyLabelledAuthorAnywhere) {
  auto copy = [](const std::string& above, const std::string& footer) {
    return BudgetCopy(above + "Budget passes after a long debate\nShare\n",
                      "Share\nFacebook\nEmail\nPrint\nSave\nComments\n" + footer);
  };
  // One line, far below the body, with a "by" or a colon.
  Article a = copy("", "Written by Jane Doe\nJane Doe writes about cities.\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  a = copy("", "Author: Jane Doe\nEdited by: John Roe\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A label word without either starts a menu's entry; a menu's "By"
  // heading is a facet, not a name; two different names are other
  // articles' cards.
  a = copy("", "Text Generation API\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("", "By Company Size\nBy Role\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("", "Written by Jane Doe\nWritten by John Roe\n");
  EXPECT_TRUE(a.authors.empty());
}

// A "By" line heading a column of the site's menu ("By Specialty" over
// its entries) names no one; the story's own "By" line still does, and so
// does a one-word pen name over a row of one button repeated.
TEST(Byline, TextCopyMenuColumnUnderAByHeading) {
  const std::string menu = "By Specialty\nDental & Orthodontics\nPhysical Therapy\nChiropractic\nSolutions\n";
  Article a = BudgetCopy(menu + "Council approves the budget after a long debate\nMarch 4, 2025\n");
  EXPECT_TRUE(a.authors.empty());
  a = BudgetCopy(menu + "Council approves the budget after a long debate\nBy Jane Roe\nMarch 4, 2025\n");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  a = BudgetCopy("Council approves the budget after a long debate\nBy Marisol\nFollow\nFollow\nFollow\n");
  EXPECT_EQ(a.authors, (Names{"Marisol"}));
}

// A blog's closing meta line, after the body, dates the post and names who
// posted it; a desk's name counts. Two such lines are other posts' cards.
TEST(Byline, TextCopyClosingLineWithDateAndByClause) {
  const std::string head = "Council approves the budget after a long debate\n";
  Article a = BudgetCopy(head, "Share\nPosted by Jane Roe on 2025-03-04 in City Hall. Tags: budget\n");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  a = BudgetCopy(head, "Share\nCity Hall\nMarch 4, 2025 By The Ledger Team\nShop\n");
  EXPECT_EQ(a.authors, (Names{"The Ledger Team"}));
  a = BudgetCopy(head, "More posts\nMarch 4, 2025 By Jane Roe\nMarch 2, 2025 By John Doe\n");
  EXPECT_TRUE(a.authors.empty());
}

// A Chinese page's text closes with the editor's credit, which a copy
// prints as a line of its own: with no writer named, the editor is the
// author, as on the HTML page.
TEST(Byline, TextCopyEditorCreditClosingAChineseText) {
  Options options;
  options.input = InputFormat::kText;
  const std::string copy =
      "首页\n科技\n城市公园今年新增三千棵树\n2024-04-12 08:30\n"
      "市园林局昨天表示，今年春季全市公园共新增树木三千余棵，主要分布在新建的滨河公园和老城区的街心花园，"
      "预计到年底城市绿化覆盖率将进一步提高。\n\n"
      "园林局负责人介绍，新种的树木以本地树种为主，既适应当地气候，也便于日后养护，市民可以在周末参加义务植树活动。\n\n"
      "[责任编辑:王小明]\n分享\n";
  const Article a = Extract(copy, options).article;
  EXPECT_EQ(a.authors, (Names{"王小明"}));
}

TEST(Byline, TextCopyOneNameAfterASpelledLabel) {
  auto copy = [](const std::string& footer) {
    return BudgetCopy("Budget passes after a long debate\nShare\n", "Share\nFacebook\nEmail\n" + footer);
  };
  // A given name alone after "Written by" or "Posted By:", before the
  // post's category; a reader's comment may write it in small letters.
  Article a = copy("Written by Melina\nComments\nhi melina, thanks\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Melina"});
  a = copy("Posted By: Melina \u00B7 In: City, Budget\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Melina"});
  // A bare "By" heads a menu's entry, "Published by" a book's publisher;
  // a word in capitals or in small letters, or a role, is no name.
  a = copy("By Design\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("Published by Hachette\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("Written by ADMIN\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("Posted by admin\n");
  EXPECT_TRUE(a.authors.empty());
  a = copy("Written by Staff\n");
  EXPECT_TRUE(a.authors.empty());
  // A blog engine's account, in any case, is no person.
  a = copy("Posted by Admin\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyTitleCaseWordsBesideTheDateLineAreNoName) {
  // Both words printed in lower case in the body: a category, not a name.
  Article a = BudgetCopy("Budget passes after a long debate\nMarch 3, 2025\nCouncil Budget\n");
  EXPECT_FALSE(a.byline);
  // A name's words are not; an address or a slug does not count.
  a = BudgetCopy("Budget passes after a long debate\nMarch 3, 2025\nJane Doe\njane-doe.example.com\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
}

// A personal blog's text copy that speaks as "I", under the lines above.
Article FirstPersonCopy(const std::string& above) {
  Options options;
  options.input = InputFormat::kText;
  return Extract(above +
                     "\nI moved my garden to raised beds this spring, and I have not looked back since the first "
                     "harvest came in two weeks early.\n\nI built the frames from old fence boards, filled them with "
                     "compost from my own heap, and I water them by hand every morning before work.\n",
                 options)
      .article;
}

TEST(Byline, TextCopyMastheadNamesTheOwner) {
  // The copy's first line, a skip link above it, a logo's marks after it.
  Article a = FirstPersonCopy("Skip to content\nMarit Halvorsen//\nWritingAbout\nWhy I moved to raised beds\n"
                              "March 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Marit Halvorsen"});
  // The possessive of a site's noun.
  a = FirstPersonCopy("Marit Halvorsen's blog\nWritingAbout\nWhy I moved to raised beds\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Marit Halvorsen"});
  // A page control's label there is no name.
  a = FirstPersonCopy("Open Navigation Menu\nWritingAbout\nWhy I moved to raised beds\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
  // Nor is a name lower in the menu, below its first entry.
  a = FirstPersonCopy("Podcast\nCourses\nPro Track\nWhy I moved to raised beds\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyMastheadNeedsAFirstPersonText) {
  // A company's site named like a person, its text not speaking as "I".
  const Article a = BudgetCopy("Marit Halvorsen\nWritingAbout\nBudget passes after a long debate\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyNamesBeforeARelativeTime) {
  // The names and how long ago the story went up, a number glued to the
  // name or not, over a label beside them.
  Article a = BudgetCopy("Budget passes after a long debate\nJane Doe5 hours ago\nCITY EDITION\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy("Budget passes after a long debate\nCity Pages City Pages\nCity Pages\nJane Doe 1 day ago\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A sentence that says how long ago is no byline.
  a = BudgetCopy("Budget passes after a long debate\nThe council met 2 days ago\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyNameUnderAnAuthorPhotoLabel) {
  // The author photo's alt text says only that it is one, two lines over
  // the date line: the name under it is the byline, not the category
  // under the date line.
  Article a =
      BudgetCopy("Budget passes after a long debate\nAuthor image\nJane Doe\n 6 min\nMarch 3, 2025\nCity Hall\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A figure's bare label there names no one.
  a = BudgetCopy("Budget passes after a long debate\nImage\nJane Doe\n 6 min\nMarch 3, 2025\nCity Hall\n");
  EXPECT_NE(a.authors, Names{"Jane Doe"});
}

TEST(Byline, ANameTheHeadlineIsAboutIsNoAuthor) {
  // The line under the headline names whom the story is about.
  Article a = BudgetCopy("Council thanks Jane Doe for ten years\nJane Doe\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
  EXPECT_FALSE(a.byline);
  // A headline that opens with the name is her column's.
  a = BudgetCopy("Jane Doe - City Notes\nJane Doe\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A possessive names the writer as often.
  a = BudgetCopy("Budget night: Jane Doe's notes\nJane Doe\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // So does the name right after a column's label.
  a = BudgetCopy("Opinion: Jane Doe on the budget\nJane Doe\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy("Council notes | Jane Doe on the budget\nJane Doe\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // Not after a longer lead before a colon, nor a song's title.
  a = BudgetCopy("The council thanked its longest-serving clerk: Jane Doe\nJane Doe\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
  a = BudgetCopy("Harbour Lights Lyrics : Jane Doe\nJane Doe\nMarch 3, 2025\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyToolButtonsBesideTheDateLineAreNoName) {
  // A bar of the story's buttons under the date line, in any language.
  Article a = BudgetCopy("Budget passes after a long debate\nMarch 3, 2025\nShare Comments\n");
  EXPECT_FALSE(a.byline);
  a = BudgetCopy("Budget passes after a long debate\nMarch 3, 2025\nPartager Discussion\n");
  EXPECT_FALSE(a.byline);
  // A name there still is one.
  a = BudgetCopy("Budget passes after a long debate\nMarch 3, 2025\nJane Doe\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyAvatarLabelGluedBeforeTheByLine) {
  // The avatar's alt text before the "By" line is no photo credit.
  Article a = BudgetCopy("Budget passes after a long debate\nAvatar photo by Jane Doe March 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.date, "2025-03-03");
  a = BudgetCopy("Budget passes after a long debate\nAvatar photoByJane Doe March 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A photographer's credit stays one.
  a = BudgetCopy("Budget passes after a long debate\nPhoto by Jane Doe\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyNameAloneOverTheDateLine) {
  // One word between the headline and the date line, printed again (the
  // menu's "About" entry): the blog's author.
  Article a = BudgetCopy("About Henrike\nBudget passes after a long debate\nHenrike\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Henrike"});
  // A section's label there is printed once.
  a = BudgetCopy("Budget passes after a long debate\nBackground\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
  // A word printed in lower case in the copy is no name.
  a = BudgetCopy("Council\nBudget passes after a long debate\nCouncil\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
  // A section's name, printed alone in the menu above the headline.
  a = BudgetCopy("Home\nGuides\nBudget passes after a long debate\nGuides\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
}

// With no name anywhere, the one line between the headline and the date
// line signs the post when it is a login or a desk's word alone.
TEST(Byline, TextCopyLoginOrDeskOverTheDateLine) {
  Article a = BudgetCopy("Budget passes after a long debate\ncityhallblog\nMarch 3, 2025\n");
  EXPECT_EQ(a.byline, "cityhallblog");
  a = BudgetCopy("Budget passes after a long debate\nStaff\nMarch 3, 2025\n");
  EXPECT_EQ(a.byline, "Staff");
  // Not a line away from the date line, nor a word the menu prints above.
  a = BudgetCopy("Budget passes after a long debate\nStaff\nShare\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
  a = BudgetCopy("Home\nstaff\nBudget passes after a long debate\nstaff\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
  // Two words in small letters are a phrase, no login.
  a = BudgetCopy("Budget passes after a long debate\ncity hall\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyMenuEntriesByTheHeadlineAreNoNames) {
  // A title-case line among short menu entries under the headline.
  Article a = BudgetCopy("Menu\nBudget passes after a long debate\nContact Us\nWebcams\nTrail Maps\nPark Alerts\n");
  EXPECT_FALSE(a.byline);
  // The run counts on both sides of it, and joining words are lower case.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nWebcams\nRanger Programs\nTerms of Use\nSite Map\n");
  EXPECT_FALSE(a.byline);
  // A name over a reading time and a role is no menu's entry.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nJane Doe\n4 min read\nCity Hall Reporter\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // Nor is one printed twice, its photo's alt text then the name.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nJane Doe\nJane Doe\nCity Hall\nCouncil Desk\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyNameLineAboveTheHeadline) {
  // A name over the headline printed again in an author card below.
  Article a = BudgetCopy("Menu\nJane Doe\nBudget passes after a long debate\nMarch 3, 2025\n",
                         "Jane Doe\nJane Doe covers city hall.\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // Printed twice in a row (the photo's alt text, then the name).
  a = BudgetCopy("Menu\nJane Doe\nJane Doe\nBudget passes after a long debate\nMarch 3, 2025\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A section's name there is printed once.
  a = BudgetCopy("Menu\nCivic Affairs\nBudget passes after a long debate\nMarch 3, 2025\n");
  EXPECT_FALSE(a.byline);
  // ... or as an entry of the menu above.
  a = BudgetCopy("Civic Affairs\nSport\nCivic Affairs\nBudget passes after a long debate\nMarch 3, 2025\n",
                 "Civic Affairs\n");
  EXPECT_FALSE(a.byline);
  // Its first word printed in lower case in the copy is no given name.
  a = BudgetCopy("Menu\nAll Posts\nBudget passes after a long debate\nMarch 3, 2025\n", "All Posts\nShow all\n");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyAuthorCardUnderTheText) {
  // A column's name over the headline, printed again below: the card
  // under the text, the name beside its photo's alt text, names the author.
  const std::string header = "Menu\nTuesday Notes\nBudget passes after a long debate\nMarch 3, 2025\n";
  const std::string more = "Share\nMore from Tuesday Notes\n";
  Article a = BudgetCopy(header, more + "Jane Doe\nJane Doe\nJane Doe covers city hall for the paper.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(header, more + "Jane Doe Headshot\nJane Doe\nCity hall reporter\nJane Doe covers city hall.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // The portrait's alt text as a phrase that ends with the name.
  a = BudgetCopy(header, more + "Photo of Jane Doe\nJane Doe\nJane Doe covers city hall for the paper.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(header, "Portrait of Jane Doe\nJane Doe\nJane Doe covers city hall for the paper.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.body.find("Portrait of"), std::string::npos);
  a = BudgetCopy(header, more + "Photo of Jane Doe at the vote\nJane Doe\nJane Doe covers city hall.\n");
  EXPECT_EQ(a.authors, Names{"Tuesday Notes"});
  // A product's name over a paragraph that opens with it stands alone.
  a = BudgetCopy(header, more + "Civic Ledger\nCivic Ledger helps towns publish their budgets.\n");
  EXPECT_EQ(a.authors, Names{"Tuesday Notes"});
  // A byline that a "by" names elsewhere stands.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nJane Doe\nWritten byby Jane Doe\nMarch 3, 2025\n",
                 "Civic Ledger\nCivic Ledger\nCivic Ledger helps towns publish their budgets.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyAuthorBoxWhoseBioSpeaksOfItsWriter) {
  const std::string header = "Menu\nBudget passes after a long debate\nMarch 3, 2025\n";
  // The bio names the writer by given name, after a role in brackets, or
  // speaks as "I": the name over it is the author, and the box leaves the
  // body.
  Article a = BudgetCopy(header, "Jane Doe\nJane covers city hall and the school board.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.body.find("Jane covers"), std::string::npos);
  a = BudgetCopy(header, "Jane Doe\n(Editor / Reporter) \u2013 Jane comes from a family of printers.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(header, "Jane Doe\nI\u2019m the founder of the Civic Ledger and I write about budgets.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A heading over a paragraph that repeats it, in any case, is no card;
  // nor is a full name's bio without the photo.
  a = BudgetCopy(header, "Advertiser Content\nAdvertiser content is paid for by our partners.\n");
  EXPECT_TRUE(a.authors.empty());
  a = BudgetCopy(header, "Jane van Doe\nJane van Doe, our city editor, covers the council.\n");
  EXPECT_TRUE(a.authors.empty());
  // A team's cards, one after the other, name no one.
  a = BudgetCopy(header, "John Roe\nJohn Roe is a reporter.\nJane Doe\nJane covers city hall.\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyNameAndImageLabelUnderTheHeadlineIsTheName) {
  // The author's photo printed as its alt text, the name and the label,
  // where the byline would be.
  Article a = BudgetCopy("Menu\nBudget passes after a long debate\nJane Doe Image\nByJane Doe Gazette logo\n"
                         "March 3, 2025\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyBreadcrumbStepIsNoName) {
  // A trail printed a step a line: the step under "Home" is a section.
  const std::string menu = "HOME\nNotices\nBlogs\nContact Us\n";
  Article a = BudgetCopy(menu + menu + "Sign in\nBudget passes after a long debate in the council\nHome\n Our Blogs\n"
                         "Budget passes after a long debate\n",
                         "Our Blogs\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyNameSignedAfterAMark) {
  const std::string header = "Menu\nBudget passes after a long debate\nMarch 3, 2025\n";
  // A dash, an ellipsis or a heart before the name signs the post, under
  // the text or over its last lines.
  Article a = BudgetCopy(header, "-Jane Doe\n\nMore news\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(header, ". . . Jane Doe\njane@example.com\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A mark before title-case words is a list's item, no signature.
  a = BudgetCopy(header, "- Civic Ledger\n\nThe civic ledger lists every budget.\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyAuthorBoxGluedToItsBio) {
  const std::string header = "Menu\nBudget passes after a long debate\nMarch 3, 2025\n";
  // The name glued to the bio that repeats it, or spaced from it.
  Article a = BudgetCopy(header, "Jane Doe, CFP\u00AEJane Doe is a reporter who covers city hall.\n");
  EXPECT_EQ(a.byline, "Jane Doe, CFP\u00AE");
  EXPECT_EQ(a.body.find("covers city hall"), std::string::npos);
  a = BudgetCopy(header, "Jane Doe Jane covers city hall for the paper.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A heading glued to its paragraph is no name.
  a = BudgetCopy(header, "Budget TipsBudget tips help every household save.\n");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, TextCopyCopyrightOwnerOfABlogThatSpeaksAsI) {
  const std::string header = "Menu\nWhy I moved my budget to a notebook\nMarch 3, 2025\n";
  const std::string first_person = "I kept my budget in an app for years. I now keep it in a notebook, and I like it.\n\n";
  Article a = BudgetCopy(header + first_person, "\u00A9 2012-2025 Jane Doe\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(header + first_person, "\u00A9 Jane Doe 2016-2020 \u2014 Contact me\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A company's notice goes on with its terms; a page that never says
  // "I" is no one's blog.
  a = BudgetCopy(header + first_person, "\u00A9 2025 Civic Ledger. All rights reserved.\n");
  EXPECT_TRUE(a.authors.empty());
  a = BudgetCopy(header, "\u00A9 2012-2025 Jane Doe\n");
  EXPECT_TRUE(a.authors.empty());
}

// The site's part after a copy's names: call letters, or the name its
// masthead or copyright line prints. Credentials in capitals stay.
TEST(Byline, TextCopySitePartAfterTheNamesLeavesTheAuthors) {
  const std::string head = "Civic Ledger\nBudget passes after a long debate\n";
  Article a = BudgetCopy(head + "By Jane Doe and John Roe, KVLR\n");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
  a = BudgetCopy(head + "By Jane Doe, Civic Ledger\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy("Menu\nBudget passes after a long debate\nBy Jane Doe, The Valley Post\n",
                 "\u00A9 2025 The Valley Post. All rights reserved.\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  a = BudgetCopy(head + "By Jane Doe, CFP\n");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "CFP"}));
  a = BudgetCopy(head + "By Jane Doe, MD, FACP\n");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "MD", "FACP"}));
  a = BudgetCopy(head + "By Jane Doe and John Roe\n");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
}

// A wire sign-off the copy's body ends above: its reporters are the
// authors, not its writer or editor.
TEST(Byline, TextCopyWireSignOffUnderTheBody) {
  const Article a = BudgetCopy("Menu\nBudget passes after a long debate\nMarch 3, 2025\n",
                               "(Reporting by Jane Doe in Paris; Writing by John Roe; Editing by Ann Lee)\n\n"
                               "\u00A9 2025 Civic Ledger. All rights reserved.\nAbout\nPrivacy\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Byline, TextCopyNamesAloneOverTheBody) {
  const std::string header = "Budget passes after a long debate\nShare\nSave\nListen\nPrint\n";
  Article a = BudgetCopy(header + "Jane Doe\nCity hall reporter\n");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  // A table of contents ends the header; its entries are no names.
  a = BudgetCopy(header + "Table of Contents\nJane Doe\n");
  EXPECT_FALSE(a.byline);
  // Words in capitals, or an image's label, are no person's name.
  a = BudgetCopy(header + "NVIDIA Summit\n");
  EXPECT_FALSE(a.byline);
  a = BudgetCopy(header + "Spotlight Image\n");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TextCopyNamesSigningTheText) {
  const std::string header = "Menu\nBudget passes after a long debate\nMarch 3, 2025\n";
  // Names on a paragraph of their own right under the text sign it.
  Article a = BudgetCopy(header, "Jane Doe, John Roe\n\nMore news\n");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
  // Capitals outside ASCII are read as capitals.
  a = BudgetCopy(header, "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\xA0\xD0\xBE\xD0\xB5\n\nMore news\n");
  EXPECT_EQ(a.authors, Names{"\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\xA0\xD0\xBE\xD0\xB5"});
  // A heading sits right over its list: no signature.
  a = BudgetCopy(header, "Recent Stories\nMore news\n");
  EXPECT_FALSE(a.byline);
  // A label's word the copy prints in lower case is no name's.
  a = BudgetCopy(header, "Promoted Stories\n\nNothing here is promoted\n");
  EXPECT_FALSE(a.byline);
  // A button addressing the reader or the site is no signature.
  a = BudgetCopy(header, "Contact Us\n\nMore news\n");
  EXPECT_FALSE(a.byline);
  a = BudgetCopy(header, "Contact Brightside\n\nMore news\n");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, NamesOnAnHtmlDateLine) {
  Article a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">Dec 17, 2025 \xC2\xB7 Jane Roe</div>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  // A label before the date, or a column's name beside the structured author, is no name.
  a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">Last Update : 30.04.2024 - 16:49</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
  a = Read("<head><meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>Budget passes</h1>"
           "<div class=\"meta\">12/19/2025 \xE2\x80\xA2 Friday Notes \xE2\x80\xA2 Jane Roe</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
}

// A meta bar's names and how long ago the story went up, with no date and
// no byline class; a comment's header of that shape after the text names
// no author. Where the text starts counts: the whole extraction.
TEST(Byline, NamesBeforeARelativeTimeUnderAnHtmlHeadline) {
  Article a = Full("<body><article><h1>Budget passes</h1><div class=\"article-info\">Jane Roe \xE2\x80\xA2 3 hours ago</div>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  a = Full("<body><article><h1>Budget passes</h1><div class=\"article-info\">Jana Roe \xC2\xB7 vor 3 Stunden</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jana Roe"});
  // Russian, Polish and Turkish meta bars; a spaced dash before the time.
  // The name alone: a relative time left on it would pass a count.
  const std::pair<const char*, const char*> kBars[] = {
      {"Ольга Ветрова 3 часа назад", "Ольга Ветрова"},
      {"Katarzyna Nowak | 3 godziny temu", "Katarzyna Nowak"},
      {"Burak Aydın \xE2\x80\xA2 4 saat önce", "Burak Aydın"},
      {"Dewi Lestari - 2 jam yang lalu", "Dewi Lestari"},
      {"Jane Roe \xE2\x80\x93 5 hours ago", "Jane Roe"}};
  for (const auto& [bar, name] : kBars) {
    a = Full("<body><article><h1>Budget passes</h1><div class=\"article-info\">" + std::string(bar) + "</div>" +
             std::string(kBody) + "</article></body>");
    EXPECT_EQ(a.authors, Names{name}) << bar;
  }
  a = Full("<body><article><h1>Budget passes</h1>" + std::string(kBody) +
           "</article><section class=\"comments\"><div>Mark Evans 2 hours ago</div><p>Good news at last.</p></section></body>");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, NamesInALaterFieldOfAnHtmlDateLine) {
  Article a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">March 15, 2022 \xC2\xB7 3 min read "
                   "\xC2\xB7 By Jane Roe</div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">Published on 28 April 2024, 14:26, Jane Roe</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  // A category after the date: its words are printed in small letters.
  a = Read("<body><article><h1>Budget passes</h1><div class=\"meta\">Apr 21, 2017 | Council Budget</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, UnlabelledNameOverTheHtmlDateLine) {
  Article a = Read("<body><article><h1>Budget passes</h1><p class=\"n\">Jane Roe</p><p class=\"d\">23.07.2025 "
                   "\xC2\xB7 6 min read</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  // A link (a category's), a job title, or a name the structured data
  // contradicts is no byline.
  a = Read("<body><article><h1>Budget passes</h1><p><a href=\"/c/ds\">Design Style</a></p><p class=\"d\">"
           "23.07.2025</p>" + std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
  a = Read("<body><article><h1>Budget passes</h1><p>Marketing Director</p><p class=\"d\">23.07.2025</p>" +
           std::string(kBody) + "</article></body>");
  EXPECT_TRUE(a.authors.empty());
  a = Read("<head><meta name=\"author\" content=\"John Doe\"></head><body><article><h1>Budget passes</h1>"
           "<p>Garden Design</p><p class=\"d\">23.07.2025</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"John Doe"});
  // A labelled desk outranks it.
  a = Read("<body><article><h1>Budget passes</h1><p>By: Daily Herald Staff</p><p>Home Design</p>"
           "<p class=\"d\">23.07.2025</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Daily Herald Staff");
}

TEST(Byline, OneWordBesideEveryStructuredAuthorIsNoName) {
  Article a = Read("<head><meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>Budget passes</h1>"
                   "<div class=\"info\">by Jane Roe | SEO | 8 min read</div>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, Names{"Jane Roe"});
  // Without structured authors the byline's full names stand; a word
  // after them is no co-author (AOneWordPartBesideAFullNameIsNoCoAuthor).
  a = Read("<body><article><h1>Budget passes</h1><div class=\"info\">by Jane Roe and Okafor</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  a = Read("<body><article><h1>Budget passes</h1><div class=\"info\">by Jane Roe and Tom Okafor</div>" +
           std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe", "Tom Okafor"}));
}

TEST(Byline, CoAuthorsInCardsLikeTheBylines) {
  // Each name in its own list item; a "…" item between them; an editor's
  // card of the same kind names no author.
  const Article a = Full("<body><article><h1>Budget passes</h1><div class=\"by\">By</div><ul class=\"people\">"
                         "<li class=\"people__item\">Jane Doe,</li><li class=\"people__item x\">John Roe</li>"
                         "<li class=\"people__more\">\xE2\x80\xA6</li><li class=\"people__item\">Ann Lee</li>"
                         "<li class=\"people__item\">Edited by Tom Ray</li></ul>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe", "Ann Lee"}));
  EXPECT_EQ(a.byline, "Jane Doe, John Roe, Ann Lee");
}

TEST(Byline, AMenuEntryIsNoByline) {
  Article a = Read("<body><nav><ul><li class=\"m\"><a href=\"/p\">By Price</a></li><li class=\"m\">"
                   "<a href=\"/c\">By Colour</a></li></ul></nav><article><h1>Budget passes</h1>" +
                   std::string(kBody) + "</article></body>");
  EXPECT_FALSE(a.byline);
  EXPECT_TRUE(a.authors.empty());
  // A menu column's heading, not a link, and a form's heading are no byline either.
  a = Read("<body><nav><ul><li><div class=\"h\">By Category</div></li><li><a href=\"/c\">Films</a></li></ul>"
           "</nav><article><h1>Budget passes</h1>" + std::string(kBody) + "</article><form><div class=\"mh\">"
           "Text Me Store Information</div></form></body>");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, ALinkedByLineInTheHeaderOfTheHeadlineIsTheByline) {
  // The shop's "By Price" in the site's header stays a menu's entry; the
  // author's link under the headline, in a <header> too, is the byline.
  const std::string site = "<body><header><ul><li><a href=\"/s?p\">By Price</a></li></ul></header><section>";
  Article a = Read(site + "<header><h1>Budget passes</h1><div><a href=\"/people/jane-doe\">By <span>Jane Doe"
                   "</span></a></div><div>Staff Writer</div></header>" + std::string(kBody) + "</section></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
  // A button's "Text Link" there names no one.
  a = Read(site + "<header><h1>Budget passes</h1><div><a href=\"#share\">Text Link</a></div></header>" +
           std::string(kBody) + "</section></body>");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, ALoginOrADeskLinkedToItsAuthorPageIsTheByline) {
  const auto page = [](const std::string& link) {
    return Read("<body><article><h1>Budget passes</h1><ul><li>" + link + "</li><li>May 4, 2021</li></ul>" +
                std::string(kBody) + "</article></body>");
  };
  Article a = page("<a href=\"/author/tidewebteam/\">tidewebteam</a>");
  EXPECT_EQ(a.byline, "tidewebteam");
  EXPECT_TRUE(a.authors.empty());
  a = page("<a href=\"/blog/author/staff/\">Staff</a>");
  EXPECT_EQ(a.byline, "Staff");
  // A category's link names no one.
  a = page("<a href=\"/category/council/\">council</a>");
  EXPECT_FALSE(a.byline);
}

TEST(Byline, TheOneLinkToAnAuthorsPageNamesTheAuthor) {
  // The name is linked in the post's footer only, far under the headline.
  std::string text;
  for (int i = 0; i < 8; ++i) text += kBody;
  const std::string footer = "<footer><p><a href=\"/author/jroe/\">Jane Roe</a></p><h2>Browse</h2></footer>";
  Article a = Read("<body><article><h1>Budget passes</h1>" + text + footer + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
  // Two names linked are other articles' cards: no one.
  a = Read("<body><article><h1>Budget passes</h1>" + text + footer +
           "</article><aside><a href=\"/author/thale/\">Tom Hale</a></aside></body>");
  EXPECT_FALSE(a.byline);
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, NamesInButtonsAfterByAreTheByline) {
  const auto page = [](const std::string& row) {
    return Read("<body><article><h1>Budget passes</h1>" + row + "<div>Updated May 4, 2021</div>" + std::string(kBody) +
                "</article></body>");
  };
  EXPECT_EQ(page("<div><button>Cite this page</button></div><div>By <button>Jane Roe</button></div>").authors,
            (Names{"Jane Roe"}));
  EXPECT_EQ(page("<div><span>By </span><div><button>Jane Roe</button><span>, </span></div>"
                 "<div><button>John Doe</button></div></div>").authors,
            (Names{"Jane Roe", "John Doe"}));
  // A button before the "By" is another tool's.
  EXPECT_TRUE(page("<div><button>Share Story</button> By</div>").authors.empty());
}

TEST(Byline, AMastheadThatReadsAsTheOwnersNameIsTheSitesName) {
  const std::string first_person =
      "<p>I moved my database off a managed service last year, and I have not looked back since then.</p>"
      "<p>I run backups every night, and I test a restore once a month so I know they work.</p>";
  const auto page = [&](const std::string& masthead, const std::string& host, const std::string& text) {
    return Full("<head><link rel=\"canonical\" href=\"https://" + host + "/self-hosting\"></head>"
                "<body><header><div><a href=\"/\">" + masthead + "</a></div><nav><a href=\"/about\">About</a></nav>"
                "</header><article><h1>Self-hosting a database</h1>" + text + "</article></body>");
  };
  EXPECT_EQ(page("Jane Roe", "janeroe.example", first_person).authors, (Names{"Jane Roe"}));
  EXPECT_EQ(page("Jane Roe", "www.roe.example", first_person).authors, (Names{"Jane Roe"}));
  // An address that spells no word of it, or a text that never speaks as
  // "I" (a company's or a magazine's), names no owner.
  EXPECT_TRUE(page("Jane Roe", "dbnotes.example", first_person).authors.empty());
  EXPECT_TRUE(page("Jane Roe", "roe.example", kBody).authors.empty());
  // A site's name: a kind of site, capitals in a row, a dot.
  EXPECT_TRUE(page("Rowan Blog", "blog.example", first_person).authors.empty());
  EXPECT_TRUE(page("APtly Said", "said.example", first_person).authors.empty());
  EXPECT_TRUE(page("Lumen.AI Notes", "notes.example", first_person).authors.empty());
}

TEST(Byline, ALinkedNameWithARoleInBracketsIsOneOfTheLinesNames) {
  const Article a = Read("<body><article><h1>Budget passes</h1><div class=\"firma\"><a href=\"/autores/ana-roe.html\">"
                         "Ana Roe</a>, <a href=\"/autores/luis-diaz.html\">Luis Diaz (Enviado especial)</a></div>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Ana Roe", "Luis Diaz"}));
}

TEST(Byline, AByClauseAfterAStandfirstInTheDateLineIsTheByline) {
  const auto page = [](const std::string& tail) {
    return Read("<body><article><header><h1>Budget passes</h1><span>The council approved the plan after a long debate "
                "over schools, roads and the library budget for the coming year.</span><span>" + tail +
                "</span></header>" + std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page(" By Marek Olsen on May 4, 2021").authors, (Names{"Marek Olsen"}));
  // A reviewer's "by" opens no byline clause.
  EXPECT_TRUE(page(" Reviewed by Marek Olsen on May 4, 2021").authors.empty());
}

TEST(Byline, ANameBetweenTheHeadlineAndTheDateIsTheByline) {
  const auto page = [](const std::string& name, const std::string& date) {
    return Read("<body><article><h1>Budget passes</h1><div>" + name + "</div><div>" + date + "</div>" +
                std::string(kBody) + "</article></body>");
  };
  EXPECT_EQ(page("Marek", "May 4, 2021").authors, (Names{"Marek"}));
  EXPECT_EQ(page("Marek", "2 days ago").authors, (Names{"Marek"}));
  // A full name too, and a date without its year under it.
  EXPECT_EQ(page("Marek Olsen", "Jan 23").authors, (Names{"Marek Olsen"}));
  EXPECT_TRUE(page("Marek Olsen", "Budget talks").authors.empty());
  // A word the text prints in small letters is a section's ("Budget"), a
  // link is a category's, and a month's name is a date badge's.
  EXPECT_TRUE(page("Budget", "May 4, 2021").authors.empty());
  EXPECT_TRUE(page("<a href=\"/c/council\">Council</a>", "May 4, 2021").authors.empty());
  EXPECT_TRUE(page("Mai", "04.05.2021").authors.empty());
}

TEST(Byline, ADeskFiledAsAPersonIsTheByline) {
  const Article a = Read("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                         "{\"@type\":\"Person\",\"name\":\"Tide Metro Desk\"}}</script>"
                         "<meta property=\"article:author\" content=\"Coastal Wire\"></head><body><article>"
                         "<h1>Budget passes</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.byline, "Tide Metro Desk");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, AMicrodataDeskIsTheBylineButACommenterIsNot) {
  const std::string commenter =
      "<div itemprop=\"comment\" itemscope><p itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe"
      "</span> says</p><p>Thanks for this.</p></div>";
  const Article desk = Full("<body><article><h1>Budget passes</h1><p>From <span itemprop=\"author\" itemscope>"
                            "<span itemprop=\"name\">Ask the Council</span></span></p>" + std::string(kBody) +
                            "</article><section class=\"comments\"><h2>Comments</h2>" + commenter + "</section></body>");
  EXPECT_EQ(desk.byline, "Ask the Council");
  const Article none = Full("<body><article><h1>Budget passes</h1>" + std::string(kBody) +
                            "</article><section class=\"comments\"><h2>Comments</h2>" + commenter + "</section></body>");
  EXPECT_FALSE(none.byline);
}

TEST(Byline, AStructuredHandleSlugOrCodeIsNoDesk) {
  for (const char* value : {"@tidenews", "jane-roe", "desk//7"}) {
    const Article a = Read(std::string("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                                       "\"author\":[{\"@type\":\"Person\",\"name\":\"") +
                           value + "\"}]}</script></head><body><article><h1>Budget passes</h1>" + std::string(kBody) +
                           "</article></body>");
    EXPECT_FALSE(a.byline) << value;
  }
}

TEST(Byline, ADoubledNameOverAPhotoCreditIsAPortraitNotTheByline) {
  // A picture's alt text and caption, both a name the story speaks of,
  // over its credit; the reporter's name comes after it.
  Article a = BudgetCopy("Menu\nBudget passes after a long debate\nMonday 22 February 2016\nJohn Roe\nJohn Roe\n"
                         "Photo: Newswire/Kim Lee\nJane Doe\n");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // Without the credit the doubled name is an author card's.
  a = BudgetCopy("Menu\nBudget passes after a long debate\nMonday 22 February 2016\nJohn Roe\nJohn Roe\n");
  EXPECT_EQ(a.authors, Names{"John Roe"});
}

TEST(Byline, TheOutletAsJsonLdAuthorGivesWayToTheAuthorTagsPerson) {
  const Article a = Read("<head><meta property=\"og:site_name\" content=\"Tide\"><meta name=\"author\" "
                         "content=\"Jane Doe\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                         "\"author\":{\"@type\":\"Person\",\"name\":\"Tide\"},\"publisher\":{\"@type\":"
                         "\"Organization\",\"name\":\"Tide eG\"}}</script></head><body><article><h1>Budget passes"
                         "</h1>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
}

TEST(Byline, TheOutletAloneStandsWhenNoOneElseIsNamed) {
  const Article a = Read("<head><meta property=\"og:site_name\" content=\"tide.example\"><meta name=\"author\" "
                         "content=\"Tide\"></head><body><article><h1>Budget passes</h1>" + std::string(kBody) +
                         "</article></body>");
  EXPECT_EQ(a.authors, (Names{"Tide"}));
}

TEST(Byline, TheNameSigningTheTextOverTheOutlet) {
  const std::string head = "<head><meta property=\"og:site_name\" content=\"tide.example\"><meta name=\"author\" "
                           "content=\"Tide\"></head><body><article><h1>Budget passes</h1>";
  const Article outlet = Full(head + std::string(kBody) + "<p><strong>Jane Doe</strong></p></article></body>");
  EXPECT_EQ(outlet.authors, (Names{"Jane Doe"}));
  // A person's author tag is believed: the last line is not read.
  const Article person = Full("<head><meta name=\"author\" content=\"John Roe\"></head><body><article><h1>Budget "
                              "passes</h1>" + std::string(kBody) + "<p><strong>Jane Doe</strong></p></article></body>");
  EXPECT_EQ(person.authors, (Names{"John Roe"}));
}

TEST(Byline, TheEditorCreditClosingAChineseTextWhenNoWriterIsNamed) {
  const std::string head = "<body><article><h1>Budget passes</h1>" + std::string(kBody);
  const Article credit = Full(head + "<div class=\"edit\">(\u8d23\u7f16\uff1a\u738b\u5c0f\u660e\u3001\u674e\u534e)</div></article></body>");
  EXPECT_EQ(credit.authors, (Names{"\u738b\u5c0f\u660e", "\u674e\u534e"}));
  // A writer's byline is believed over it.
  const Article writer = Full("<body><article><h1>Budget passes</h1><p class=\"byline\">By Jane Doe</p>" +
                              std::string(kBody) + "<div>[\u8d23\u4efb\u7f16\u8f91:\u738b\u5c0f\u660e]</div></article></body>");
  EXPECT_EQ(writer.authors, (Names{"Jane Doe"}));
  // Names in a spaced script are no such credit.
  const Article spaced = Full(head + "<div>(\u8d23\u7f16\uff1aJane Doe)</div></article></body>");
  EXPECT_TRUE(spaced.authors.empty());
}

// With no structured names, a one-word part after a full name is the
// newsletter's or the employer's name, and a full name's surname printed
// again is no co-author; a degree stays (the name's credit), and so does a
// given name before a site's name.
TEST(Byline, AOneWordPartBesideAFullNameIsNoCoAuthor) {
  const auto authors = [](const std::string& line) {
    return Read("<body><article><h1>Budget passes</h1><p class=\"byline\">" + line + "</p>" + std::string(kBody) +
                "</article></body>")
        .authors;
  };
  EXPECT_EQ(authors("By Jane Roe and Brightwater"), (Names{"Jane Roe"}));
  EXPECT_EQ(authors("By Jane Roe, data director and VP for research, Acmeware"), (Names{"Jane Roe"}));
  EXPECT_EQ(authors("By Jane Roe, MS, RD"), (Names{"Jane Roe", "MS", "RD"}));
  EXPECT_EQ(authors("By Jane Roe and John Doe"), (Names{"Jane Roe", "John Doe"}));
  const Article again = Read("<body><article><h1>Budget passes</h1><div class=\"byline\"><span class=\"author\">"
                             "Roe</span> <span class=\"author\">Jane Roe</span></div>" + std::string(kBody) +
                             "</article></body>");
  EXPECT_EQ(again.authors, (Names{"Jane Roe"}));
  // Indonesian writers often go by one name: the co-author stays.
  const Article one_name = Read("<html lang=\"id\"><body><article><h1>Anggaran disahkan</h1><p class=\"byline\">"
                                "Oleh Budi Santoso dan Sutrisno</p>" + std::string(kBody) + "</article></body></html>");
  EXPECT_EQ(one_name.authors, (Names{"Budi Santoso", "Sutrisno"}));
}

// A section's word glued to the name's end is cut when a menu line of the
// copy prints it; a name's own inner capital is not.
TEST(Byline, ASectionWordGluedToANameIsCut) {
  const std::string top = "Menu\nNews\nCity Live\nSport\nBudget passes after a long debate\n";
  EXPECT_EQ(BudgetCopy(top + "By Ana BlakeyLive and breaking news reporter\nMonday 22 February 2016\n").authors,
            (Names{"Ana Blakey"}));
  EXPECT_EQ(BudgetCopy(top + "By Ana BlakeyLive\nMonday 22 February 2016\n").authors, (Names{"Ana Blakey"}));
  EXPECT_EQ(BudgetCopy(top + "By Katy McInnes\nMonday 22 February 2016\n").authors, (Names{"Katy McInnes"}));
  // No line of the copy prints the word: it stays.
  EXPECT_EQ(BudgetCopy("Menu\nBudget passes after a long debate\nBy Ana BlakeyLive\nMonday 22 February 2016\n").authors,
            (Names{"Ana BlakeyLive"}));
}

TEST(Byline, ARelatedCardsByLineAfterTheTextIsNoByline) {
  const std::string page = "<body><article><h1>Ferry fares to rise in June</h1>" + std::string(kBody) +
                           "<div class=\"more\"><h2>More from the Bay</h2><div><a href=\"/x\">Pier repairs finish "
                           "early this year</a></div><div>By Maria Costa</div></div></article></body>";
  const Article a = Read(page);
  EXPECT_FALSE(a.byline.has_value());
  EXPECT_TRUE(a.authors.empty());
}

TEST(Byline, AReviewerBeforeTheWriterIsNoAuthor) {
  const Article a = Read("<body><article><h1>Sleep and your heart</h1><div class=\"article-byline\">Medically reviewed by Jo "
                         "Baker, MD \u2014 Written by Tim Oakes \u2014 Updated on June 1, 2024</div>" +
                         std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Tim Oakes"});
  EXPECT_EQ(a.date, "2024-06-01");
}

TEST(Byline, OnBehalfOfAGroupInADateLine) {
  const Article a = Read("<body><article><h1>Release 3.2 is out</h1><p class=\"post-meta\">March 4, 2024 \u00B7 By "
                         "Nina Park on behalf of the Release Team</p>" + std::string(kBody) + "</article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Nina Park"});
  EXPECT_EQ(a.date, "2024-03-04");
}

// A post whose header names no one: its footer under the text prints the
// author beside the post's day. A related post's card further down prints
// its own writer beside another day.
std::string FooterPost(const std::string& footer) {
  std::string html =
      "<html><head><meta property=\"article:published_time\" content=\"2024-03-11T09:00:00Z\"></head><body>"
      "<article><h1>Three slow days on the coast path</h1>";
  for (int k = 0; k < 14; ++k) {
    html += "<p>The path hugs the cliff edge for most of the way, so I walked slowly and stopped often, "
            "listening to the sea below without seeing it on the morning of day " + std::to_string(k) + ".</p>";
  }
  return html + "<ul class=\"tags\"><li><a href=\"/t/walks\">walks</a></li></ul>" + footer +
         "</article><section><h2>More walks</h2><p><span class=\"post-author\">Pell Ashby</span> - 2 March 2024</p>"
         "</section></body></html>";
}

TEST(Byline, APostFooterNamesTheAuthorBesideItsDay) {
  Article a = Full(FooterPost(
      "<footer><p><span class=\"post-author\">Wren Calloway</span> - 11 March 2024 - in Walks</p></footer>"));
  EXPECT_EQ(a.authors, (Names{"Wren Calloway"}));
  a = Full(FooterPost("<footer><p>March 11, 2024 By Wren Calloway</p></footer>"));
  EXPECT_EQ(a.authors, (Names{"Wren Calloway"}));
  // No footer line with the post's day: the related card's writer is not taken.
  a = Full(FooterPost(""));
  EXPECT_TRUE(a.authors.empty());
  EXPECT_EQ(a.byline, std::nullopt);
}

TEST(Byline, AnAuthorBoxHeadWithAParticleIsNoName) {
  // "den" passes for a name's particle; the name is on the line under the head.
  const Article a = Read("<body><article><h1>Ferry fares to rise in June</h1>" + std::string(kBody) +
                         "<section class=\"author-box\"><h3>\u00dcber den Autor</h3><p class=\"author-name\">Jakob "
                         "Riedl</p><p>Jakob Riedl schreibt \u00fcber Verkehr.</p></section></article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jakob Riedl"});
}

TEST(Byline, AnAuthorBoxHeadOverABioOpeningWithTheName) {
  const std::string box = "<aside class=\"bloc\"><h3>Sobre el autor</h3><p><strong>Irene de Vidal</strong> "
                          "es periodista de la secci\u00f3n Local.</p></aside>";
  const Article a = Read("<body><article><h1>Ferry fares to rise in June</h1>" + std::string(kBody) + box +
                         "</article></body>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Irene de Vidal"});
  // A bio that opens with a job, not a name, names no one.
  const Article b = Read("<body><article><h1>Ferry fares to rise in June</h1>" + std::string(kBody) +
                         "<aside class=\"bloc\"><h3>About the author</h3><p>Our transport reporter has covered the "
                         "harbour since 2015.</p></aside></article></body>");
  EXPECT_TRUE(b.authors.empty());
  // Nor does an outlet's box, whose first word the page prints in lower
  // case, nor a bio of two people that would give half of them.
  for (const char* bio : {"The Ferry Courier is an independent paper founded in 1921.",
                          "Jane Roe and John Doe are reporters on the city desk."}) {
    const Article c = Read("<body><article><h1>Ferry fares to rise in June</h1>" + std::string(kBody) +
                           "<aside class=\"bloc\"><h3>About the author</h3><p>" + bio + "</p></aside></article></body>");
    EXPECT_TRUE(c.authors.empty()) << bio;
  }
}

// A text copy's byline whose link elements each took a line of their own:
// "By" alone, a name, a line that only joins ("," / "and"), the next name.
// The joining lines are passed over; every name is an author.
TEST(Byline, TextCopyNamesSpreadOverLinesWithJoiners) {
  const Article a = BudgetCopy("Home\nNews\nCouncil Approves the New Budget\nBy\nMara Ellingsworth\n,\nTobias Renner\n"
                               ", and\nPriya Ashcombe\nMarch 28, 2020");
  EXPECT_EQ(a.authors, (Names{"Mara Ellingsworth", "Tobias Renner", "Priya Ashcombe"}));
  const Article de = BudgetCopy("Startseite\nCouncil Approves the New Budget\nVon\nKarin Vogel\nund\nStefan Albers\n"
                                "28. März 2020");
  EXPECT_EQ(de.authors, (Names{"Karin Vogel", "Stefan Albers"}));
  // A joiner with no name after it ends the byline: the section under it
  // is no co-author.
  const Article tail = BudgetCopy("Home\nCouncil Approves the New Budget\nBy\nMara Ellingsworth\nand\nBudget 2020\n"
                                  "March 28, 2020");
  EXPECT_EQ(tail.authors, (Names{"Mara Ellingsworth"}));
}

}  // namespace
}  // namespace pith
