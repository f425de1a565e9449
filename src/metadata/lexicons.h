// The names the metadata stage reads a page by: the meta tags and
// microdata properties that give each field, the address pattern that
// carries a date, and the words dates are written with. Meta keys are
// lower case, as the parser gives them; each list says where it came from
// ("first version" is pith's first end-to-end commit, "trust rework" the
// commit that reconciled the metadata by trust).
#ifndef PITH_METADATA_LEXICONS_H_
#define PITH_METADATA_LEXICONS_H_

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace pith::lexicon {

// ---- Meta tags by field, most trusted first -----------------------------
// Open Graph (og:), Twitter cards, Dublin Core (dc., dcterms.), Parse.ly,
// Sailthru, cXense, Google Scholar (citation_) and plain HTML names.

// First version.
inline constexpr std::string_view kSiteNameMeta[] = {"og:site_name", "application-name", "twitter:app:name:iphone"};
inline constexpr std::string_view kLanguageMeta[] = {"content-language", "og:locale", "language", "dc.language"};
// English-speaking regions that write numeric dates month first (en-US,
// en-PH); other regions of English pages (en-GB, en-AU, en-IN) write them
// day first. Upper-case region subtags.
inline constexpr std::string_view kMonthFirstRegions[] = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"};
// Words English spells one way in Britain (and the Commonwealth) and
// another in the US: a page declaring plain "en", or none, tells its
// region, and so its order of numeric dates, by them. Names that cross
// the ocean ("Labour", "Pearl Harbor", "Department of Defense") and words
// both use ("program", "license", "meter") are left out. A British
// restaurant list and a European news page dated "12/03/2026" and
// "06/01/2026", a US business page dated "01-09-17" (text copies).
inline constexpr std::string_view kBritishSpellings[] = {
    "colour", "colours", "coloured", "colourful", "favour", "favours", "favoured", "favourite", "favourites",
    "honour", "honours", "honoured", "neighbour", "neighbours", "neighbouring", "neighbourhood", "neighbourhoods",
    "behaviour", "behaviours", "flavour", "flavours", "flavourful", "humour", "rumour", "rumours", "centre",
    "centres", "centred", "theatre", "theatres", "litre", "litres", "fibre", "travelled", "travelling",
    "traveller", "travellers", "cancelled", "cancelling", "modelling", "labelled", "organisation",
    "organisations", "organised", "organise", "realise", "realised", "realises", "recognise", "recognised",
    "recognises", "analyse", "analysed", "apologise", "apologised", "criticise", "criticised", "criticises",
    "prioritise", "prioritises", "prioritised", "emphasise", "emphasised", "offence", "licence", "grey",
    "programme", "programmes", "jewellery", "catalogue", "whilst", "amongst", "aluminium", "tyre", "tyres"};
inline constexpr std::string_view kAmericanSpellings[] = {
    "color", "colors", "colored", "colorful", "favor", "favors", "favored", "favorite", "favorites",
    "honor", "honors", "honored", "neighbor", "neighbors", "neighboring", "neighborhood", "neighborhoods",
    "behavior", "behaviors", "flavor", "flavors", "flavorful", "humor", "rumor", "rumors", "center",
    "centers", "centered", "theater", "theaters", "liter", "liters", "fiber", "traveled", "traveling",
    "traveler", "travelers", "canceled", "canceling", "modeling", "labeled", "organization",
    "organizations", "organized", "organize", "realize", "realized", "realizes", "recognize", "recognized",
    "recognizes", "analyze", "analyzed", "apologize", "apologized", "criticize", "criticized", "criticizes",
    "prioritize", "prioritizes", "prioritized", "emphasize", "emphasized", "offense", "gray", "jewelry",
    "aluminum"};
// The publisher's name, which some pages repeat as the author tag.
inline constexpr std::string_view kPublisherMeta[] = {"publisher", "dc.publisher"};
inline constexpr std::string_view kUrlMeta[] = {"og:url", "twitter:url"};
inline constexpr std::string_view kImageMeta[] = {"og:image",      "og:image:url",      "og:image:secure_url",
                                                  "twitter:image", "twitter:image:src", "thumbnailurl"};
inline constexpr std::string_view kDescriptionMeta[] = {"og:description", "twitter:description", "description",
                                                        "dc.description"};

// Titles of the article, each read on its own: the headline is the
// heading that says what any of them says. First version; cXense's in the
// trust rework.
inline constexpr std::string_view kTitleMeta[] = {"og:title", "twitter:title", "parsely-title", "sailthru.title",
                                                  "dc.title", "headline",      "cxenseparse:title"};

// Articles a printed headline may open with where its social title does
// not ("The Best Home Cameras of 2026" over "Best Home Cameras of 2026"):
// such a lead reads on into the title, no kicker glued before it. Seen on
// two review sites' pages; the common articles of Western languages.
inline constexpr std::string_view kHeadlineArticles[] = {
    "the", "a",   "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "un",  "une", "el",
    "los", "las", "una", "il", "lo",  "gli", "de",  "het",  "een", "o",  "os", "as", "um", "uma"};

// What stands between a title and the site's name after it, besides
// spaces, when the name is known: the ASCII and full-width colon, bar,
// hyphen and underscore, dashes, the middle dot and guillemet. Japanese
// and Chinese pages write them unspaced ("見出し：新聞デジタル").
inline constexpr char32_t kSiteSuffixSeparators[] = {
    ':', '|', '-', '_', '/', 0x00B7, 0x00BB, 0x2013, 0x2014, 0x2015, 0x2022, 0xFF0D, 0xFF1A, 0xFF5C, 0xFF3F};

// The eras of news pages' time that East Asian dates count years in, with
// the Gregorian year before the era's first: the Japanese ones, as dates on
// Japanese government, company and news pages write them ("令和6年4月24日";
// 令和 began in 2019, 平成 in 1989, its 31st year is 2019), and the Republic
// of China's, as Taiwanese government and news pages write it
// ("中華民國113年3月18日", "民國113年"; its first year is 1912).
struct CalendarEra {
  std::string_view name;
  int year_before;
};
inline constexpr CalendarEra kCalendarEras[] = {{"\u4EE4\u548C" /* 令和 */, 2018},
                                                {"\u5E73\u6210" /* 平成 */, 1988},
                                                {"\u6C11\u570B" /* 民國 */, 1911},
                                                {"\u6C11\u56FD" /* 民国 */, 1911},
                                                {"\u4E2D\u83EF\u6C11\u570B" /* 中華民國 */, 1911},
                                                {"\u4E2D\u534E\u6C11\u56FD" /* 中华民国 */, 1911}};

// Separators that titles in scripts written without spaces put between
// the headline and the section or site with no space around them
// ("見出し｜サイト", "标题_频道_网站"): split only beside such a script.
// Seen on Chinese and Japanese portals and press-release sites.
inline constexpr std::string_view kUnspacedTitleSeparators[] = {"|", "\xEF\xBD\x9C" /* ｜ */, "_"};

// Meta tags that name the publication time, most trusted first. First
// version; extended in the trust rework.
inline constexpr std::string_view kPublishedMeta[] = {
    "article:published_time", "og:published_time", "article:published", "og:article:published_time",
    "datepublished", "published_time", "publish_date", "publishdate", "publish-date", "pubdate",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date",
    "citation_date", "article.published", "published_at", "pub_date", "release_date"};
// Less trusted: they rank below the article's own tags. Trust rework.
inline constexpr std::string_view kOtherPublishedMeta[] = {
    "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.date", "date", "gsa_publish_date", "displaydate",
    "uploaddate"};
// Names of a site's own publication tag, spelt in any way: a tag whose
// name without its separators ("published-date", "published_on") is one
// of these, when no listed tag above names it. Seen on blogs and news sites
// that name their tags themselves ("published", "publisheddate"); and
// Open Graph's tag with other separators ("article:published:time",
// "article_published_time": two news sites).
inline constexpr std::string_view kLoosePublishedMeta[] = {
    "published",   "publisheddate", "publishedtime", "publishedon",
    "publishedat", "publishdate",   "publishtime",   "articlepublishedtime"};
// After a site's own namespace, the loose names above and these: a short
// one and a photo's or a video's upload (the day such a page was put up)
// ("dtk:publishdate", "bt:pubdate", "five_hundred_pixels:uploaded",
// "ya:ovs:upload_date"): news, photo and video pages of four sites.
inline constexpr std::string_view kNamespacedPublishedMeta[] = {"pubdate", "uploaded", "uploaddate"};
// cXense's tag is seen holding local time labelled as UTC. Trust rework.
inline constexpr std::string_view kWeakPublishedMeta[] = {"cxenseparse:recs:publishtime"};
inline constexpr std::string_view kModifiedMeta[] = {"article:modified_time", "og:updated_time", "article:modified",
                                                     "datemodified", "dcterms.modified", "dc.date.modified",
                                                     "modified_time", "last-modified", "sailthru.modified"};

// Meta tags that name the author, most trusted first. Each key is one
// source: its values are taken together, never mixed with another key's.
// First version; Dublin Core contributors and cXense in the trust rework.
inline constexpr std::string_view kAuthorMeta[] = {"article:author", "author", "parsely-author", "sailthru.author",
                                                   "dc.creator", "dcterms.creator", "byl", "cxenseparse:author",
                                                   "citation_author", "dc.contributor"};
// Those that write names inverted, as library catalogues do ("Kooman,
// F."). Trust rework.
inline constexpr std::string_view kInvertedAuthorMeta[] = {"dc.creator", "dcterms.creator", "citation_author",
                                                           "dc.contributor"};
// Numbered label/data meta pairs that SEO plugins fill for link previews:
// the data beside a "Written by" label is the author (seen on blogs of
// several sites that have no author tag).
inline constexpr std::string_view kAuthorLabelMeta = "twitter:label";
inline constexpr std::string_view kAuthorDataMeta = "twitter:data";
inline constexpr std::string_view kAuthorMetaLabels[] = {"written by"};
// Small words inside an outlet's name printed after a byline's separator
// ("Journal of Commerce", "Courrier de l'Ouest"): the rest are capitalised.
inline constexpr std::string_view kOutletNameJoinWords[] = {"of", "the", "and", "for", "de", "du", "la", "le", "der", "die"};
// What a person's own site is called after the owner's name in the
// possessive ("Jane Roe's blog"): personal blogs that print no byline.
inline constexpr std::string_view kOwnedSiteNouns[] = {"blog", "weblog", "site", "website", "homepage", "notes"};
// Words of a button's label: the verb asking the reader to act and the
// pronouns it addresses the reader or the site by ("Contact Us", "Follow
// Me", "Contact Brightest"), no word of a person's name. Contact buttons
// under blog posts' last paragraphs were read as the names signing them
// (two sites); "About Us", "Email Me" close many sites' pages the same way.
inline constexpr std::string_view kButtonLabelWords[] = {"contact", "follow", "subscribe", "share", "email", "join",
                                                         "us",      "me",     "we",        "our",   "you",   "your"};
// The verbs of the labels before a given name alone that signs a blog
// post after its body ("Written by Melissa", "Posted By: Kiersten"; blogs
// of two sites); "Published by" before one word names a book's publisher
// as often ("Published by Hachette").
inline constexpr std::string_view kOneNameLabelVerbs[] = {"written", "posted"};

// A desk's word that signs a post alone on the line between the headline
// and the date line ("Staff" over "April 18, 2025"), matched lower-case
// against the whole line: a heating firm's blog and a political news site
// print it so; a section's label there is no such word.
inline constexpr std::string_view kLoneDeskWords[] = {"staff", "editor", "editors", "team", "redaktion", "redacción",
                                                      "rédaction"};

// How an author box's bio opens when its writer speaks ("I'm the founder
// of ...", "Hi, I'm Jane!"), matched lower-case at the bio's start (the
// author boxes of a guide site and of a blog).
inline constexpr std::string_view kSelfIntroOpeners[] = {"i'm ",      "i\u2019m ",      "i am ",     "hi, i'm ",
                                                         "hi, i\u2019m ", "hi i'm ",   "hello, i'm ", "hello, i\u2019m "};

// The marks a writer signs the end of a post with before the name ("-Jane
// Roe", ". . . Jane Roe", "<3 Jane Roe"): blog and review copies of three
// sites, the signature among the text's last lines.
inline constexpr std::string_view kSignatureMarks[] = {"<3", ". . .", "...", "\u2026", "\u2014", "\u2013", "-", "~"};

// The story-kind tags a news or blog CMS sets in square brackets before or
// after a headline in its h1 and <title> ("[News] ...", "... [Update]"), in
// English, German, Spanish, French and Italian, matched lower-case. Only
// these: other brackets ("[I Tested 11 Services]") are the headline's own.
inline constexpr std::string_view kHeadlineTags[] = {
    "news", "update", "updated", "breaking", "breaking news", "exclusive", "aktualisiert", "eilmeldung",
    "actualizaci\u00f3n", "actualizado", "noticia", "\u00faltima hora", "mise \u00e0 jour", "aggiornamento",
    // The medium a story is told in, tagged the same way ("[Video] ...",
    // "... [Photos]"): made-up news and tabloid probes.
    "video", "videos", "photos", "gallery", "podcast", "live",
    // The same tags of Japanese, Chinese and Korean news, which bracket
    // them in 【】 or []: breaking, exclusive, follow-up and full report,
    // video and photos ("【速報】...", "【独家】...", "[속보] ..."): made-up
    // probes of Japanese, Chinese and Korean papers.
    "\u901F\u5831" /* 速報 */, "\u72EC\u81EA" /* 独自 */, "\u8A73\u5831" /* 詳報 */, "\u7D9A\u5831" /* 続報 */,
    "\u52D5\u753B" /* 動画 */, "\u5199\u771F" /* 写真 */, "\u72EC\u5BB6" /* 独家 */, "\u5FEB\u8BAF" /* 快讯 */,
    "\u7A81\u53D1" /* 突发 */, "\u89C6\u9891" /* 视频 */, "\u8996\u983B" /* 視頻 */, "\u56FE\u96C6" /* 图集 */,
    "\uC18D\uBCF4" /* 속보 */, "\uB2E8\uB3C5" /* 단독 */, "\uC601\uC0C1" /* 영상 */, "\uD3EC\uD1A0" /* 포토 */};

// The marks a social title ends with when a card cut it short
// ("Researchers map the deepest cave system ever found\u2026", "... in
// fiery exchange after..."): twitter:title on DEV pages of three sites.
inline constexpr std::string_view kCutTitleMarks[] = {"\u2026", "..."};

// The words that open a copyright line before its holder ("\u00A9 2025
// Jane Roe", "Copyright \u00A9 2012-2025 Jane Roe"), matched lower-case.
inline constexpr std::string_view kCopyrightWords[] = {"\u00A9", "(c)", "copyright"};

// The accounts a blog engine signs a post with when no one set a name
// ("Posted by Admin"): no person, whatever their case.
inline constexpr std::string_view kAccountNames[] = {"admin", "administrator", "anonymous", "guest", "webmaster",
                                                     "user", "author", "moderator"};
// Languages whose writers often go by one name, so that a one-word
// co-author after a full name is a person ("Budi Santoso dan Sutrisno":
// Indonesian, Malay and Javanese bylines; review of the one-word rule).
inline constexpr std::string_view kOneNameLanguages[] = {"id", "ms", "jv"};

// A story's tool buttons, each alone on a line of a text copy right over
// the names ("Share" / "Save" / "Listen" / "Print" / "Jane Roe"): no menu's
// entries around a name (news pages' copies). Beside the date line, a
// line of them looks like a name and is none ("Share Comments",
// "Partager Discussion", "Anhören In Kürze", "SUSCRÍBETE PARA ESCUCHAR":
// news copies of four sites in four languages).
inline constexpr std::string_view kToolButtonWords[] = {
    "share",    "save",   "listen",  "print",   "email",     "comment",  "comments", "partager", "écouter",
    "imprimer", "teilen", "anhören", "drucken", "compartir", "escuchar", "imprimir"};
// Words of a page control's label, never of a person's name: copies open
// with such a line where a personal site prints its owner's name ("Open
// Navigation Menu", "Main Menu", "Menu Toggle" on three sites' copies).
inline constexpr std::string_view kNavigationWords[] = {"menu", "navigation", "toggle", "search"};

// ---- Section, tags and access ---------------------------------------------
// Only meta names that at least two sites of the benchmark pages use.

// The site's section, most trusted first: Open Graph's article:section
// (123 sites), then (after JSON-LD articleSection) Parse.ly's (16), a
// microdata <meta itemprop="articleSection"> (8) and og:section (2).
inline constexpr std::string_view kSectionMeta = "article:section";
inline constexpr std::string_view kOtherSectionMeta[] = {"parsely-section", "articlesection", "og:section"};
// Sections that say the article has none: WordPress's default category in
// its usual languages, and the kind of page where a section belongs
// ("posts", "Articles", "tags" on benchmark pages).
inline constexpr std::string_view kPlaceholderSections[] = {
    "uncategorized", "uncategorised", "non classé", "allgemein", "sin categoría", "senza categoria",
    "sem categoria", "geen categorie", "posts", "post", "articles", "article", "tags"};

// Tags: Open Graph's article:tag, one meta a tag (74 sites); Google
// News' news_keywords (60); the analytics tags of Parse.ly (13) and
// Sailthru (29), which mix in slugs and markers (read only when none
// is there); the generic keywords
// (166), often one SEO list for the whole site.
inline constexpr std::string_view kTagMeta = "article:tag";
inline constexpr std::string_view kNewsKeywordsMeta = "news_keywords";
inline constexpr std::string_view kAnalyticsTagMeta[] = {"parsely-tags", "sailthru.tags"};
inline constexpr std::string_view kKeywordsMeta = "keywords";

// The labels a tag box prints as links beside its tags ("Tags" on a
// tech site, "Alle Themen" on a German daily): not tags.
inline constexpr std::string_view kTagBoxLabels[] = {"tags", "tag", "topics", "all topics", "more topics",
                                                     "themen", "alle themen", "schlagwörter", "mots-clés",
                                                     "etiquetas", "temas"};

// Access: Open Graph's article:content_tier (32 sites: "free",
// "metered", "locked") and a microdata isAccessibleForFree (3).
inline constexpr std::string_view kContentTierMeta = "article:content_tier";
inline constexpr std::string_view kFreeMeta = "isaccessibleforfree";

// ---- Microdata itemprop names and <time> hints ----------------------------

// First version.
inline constexpr std::string_view kPublishedItemProps[] = {"datepublished", "datecreated"};
inline constexpr std::string_view kModifiedItemProps[] = {"datemodified"};
inline constexpr std::string_view kAuthorItemProps[] = {"author", "creator"};
// What a <time>'s class, itemprop or attributes say when it gives the
// update ("modified", "updated"). Trust rework.
inline constexpr std::string_view kModifiedTimeHints[] = {"modif", "updat"};

// ---- The lines of a text copy ---------------------------------------------

// The marks between the steps of a breadcrumb trail ("Home › Tech › Story",
// "ホーム > セキュリティ事件", "HOME ＞ イベント"): a line with two of them
// is a trail, not a headline. Text-copy headlines from browsers (trails on
// pages of five sites in the Chromium and Firefox copies).
inline constexpr std::string_view kTrailMarks[] = {"\u203A", "\u00BB", " > ", "\uFF1E", " / "};

// The marks between the steps of a breadcrumb trail printed on one line
// beside the headline, whose last step it is ("Newsroom/Tips/Story",
// "Home » Archive » Story", "Blog Home ❯ Living ❯ Story"): wider
// than kTrailMarks, since the trail must end in a line of the page to count.
// Text-copy headlines (Chromium and lynx copies of blogs and a university's
// newsroom: three sites).
inline constexpr std::string_view kTrailStepMarks[] = {"/", ">", "\u203A", "\u00BB", "\u276F", "\uFF1E"};

// The first step of a breadcrumb trail that a text copy prints one step a
// line ("Home" / "Our Blog" / the headline): the line under it is a
// section's name, never the byline. Matched lower-case; blog and shop
// copies of two sites took the step for the author.
inline constexpr std::string_view kTrailRoots[] = {"home", "startseite", "accueil", "inicio"};

// The marks between the parts of a post's meta line ("by Jane Roe | Feb 6,
// 2025 | Tips | 0 comments", "Dec. 19, 2025 \u00B7 Jane Roe for the team"):
// a part that is a date alone makes the line a date line. Text-copy dates
// (blog themes of three sites). A spaced hyphen or en dash parts it as
// well ("Dec 11, 2023 - Words by The Team - 7 min read", "Jun 24, 2024 -
// 17 min read": blog headers of three sites).
inline constexpr std::string_view kMetaLineMarks[] = {" | ", " \u00B7 ", " \u2022 ", " - ", " \u2013 "};

// The simplified Chinese reporter's titles, longest first, before names
// set apart by spaces alone ("本报记者 陈静 赵强": this paper's reporters).
inline constexpr std::string_view kSimplifiedReporterTitles[] = {"\u672C\u62A5\u8BB0\u8005", "\u8BB0\u8005"};
// The traditional ones ("本報記者", "記者"), which Japanese shares: names
// after them count only before a Taiwanese paper's "／台北報導" (reporting
// from Taipei), which Japanese never writes.
inline constexpr std::string_view kTraditionalReporterTitles[] = {"\u672C\u5831\u8A18\u8005", "\u8A18\u8005"};
inline constexpr std::string_view kTraditionalReportMark = "\u5831\u5C0E";

// What a Chinese portal's author field prints when no one set a name:
// "佚名" (anonymous), "本站" (this site), "小编" (the editor), "admin", or
// "未知" (unknown) — CMS defaults on news portals and reposting sites
// ("来源：未知 作者：佚名"), no person.
inline constexpr std::string_view kChinesePlaceholderAuthors[] = {"\u4F5A\u540D", "\u672C\u7AD9", "\u5C0F\u7F16",
                                                                  "\u5C0F\u7DE8", "\u672A\u77E5", "admin"};
// The labels of a Chinese info line's source field ("来源：例报"), whose
// value printed again as the author is the outlet, no person.
inline constexpr std::string_view kChineseSourceLabels[] = {"\u6765\u6E90", "\u4F86\u6E90", "\u51FA\u5904",
                                                            "\u51FA\u8655"};

// ---- Where links lead -----------------------------------------------------

// Social networks, messaging apps and news readers: a box linking to three
// of them is a "follow us" or share box, no list of sources (a White House
// blog's and two guides' follow boxes, a newspaper's share tools).
inline constexpr std::string_view kSocialHosts[] = {
    "facebook.com", "instagram.com", "twitter.com", "x.com",        "t.co",       "snapchat.com",
    "youtube.com",  "youtu.be",      "tiktok.com",  "linkedin.com", "pinterest.com", "reddit.com",
    "threads.net",  "bsky.app",      "whatsapp.com", "wa.me",       "t.me",       "telegram.me",
    "line.me",      "xing.com",      "vk.com",      "flipboard.com", "news.google.com", "apple.news"};

// ---- The date in an address -----------------------------------------------

// The path of many news addresses carries the day: /2016/02/22/,
// /2016-2-22-. Read from the address given with the page, the canonical
// link and kPathDateMeta. First version.
inline constexpr char kPathDatePattern[] = "/((?:19|20)\\d\\d)[/-](\\d\\d?)[/-](\\d\\d?)(?:/|[-_.]|$)";
// The day written without separators, set off in the path: /20241203-,
// _20231102_, -20260701-p6; the path of pages of several news sites
// (Japanese, Australian, Spanish, US) and of blogs. Months and days are held
// to their ranges: a bare run of eight digits is as often an id. Address
// dates commit.
inline constexpr char kCompactPathDatePattern[] =
    "[/_-]((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)";
inline constexpr std::string_view kPathDateMeta = "og:url";
// A picture filed under the day it was put up: the day as three folders
// of its address ("/media/2020/10/26/1361729/873x400.jpg",
// "/uploads/images/2020/12/01/w600/937359.jpg": news pages of four sites
// whose lead picture dates the story). Folders only: a file name's day
// ("/2024-03-12-phishing.png") is a reused illustration's as often, a
// compact one ("/20260409-151157-web/") a build's, and "/2020/05/7-tips"
// a post's slug.
inline constexpr char kImagePathDatePattern[] = "/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/";
// Words of a picture's file name that mark it the site's, shown on every
// page whatever its day: a logo over the headline, a writer's avatar under
// it, a default share picture (review probes of undated pages, 2026-12).
inline constexpr std::string_view kSiteWidePictureWords[] = {"logo", "avatar", "default", "placeholder",
                                                             "fallback", "icon", "favicon"};

// ---- The words dates are written with (dates.cc) --------------------------

// Month names and their usual abbreviations, lower case, in the languages
// the metadata issue asks for: en, fr, de, es, it, pt, nl (first version);
// full names only in ru, uk, ar, fa, id, pl, cs, tr, sv, da, no, bs, el,
// ro, whose dates pages of news sites print (Arabic on four sites, Russian
// on four, Polish and Indonesian on two each); and CLDR's wide names in ca,
// bg, sr, fi, hu, he, hr, lt, lv, et, sk, sl, the languages of news sites
// the probe of dates in many languages found unread. The month's number for
// each.
const std::unordered_map<std::string, int>& MonthNames();

// Polish and Turkish month abbreviations that are words or names too
// (Portuguese "tem", German "Sie", Catalan "ara", the surname "Lis"): a
// date only with a year of four digits ("4 lis 2019", not "3 tem 25
// anos"), and no date word to cut from a byline ("Tomasz Lis 14:30").
inline constexpr std::string_view kWordLikeMonths[] = {"sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "lis",
                                                       "gru", "oca", "nis", "haz", "tem", "eyl", "eki", "kas",
                                                       "ara"};

// Prefixes glued to a month name in a date: the Catalan "d'" ("3 d'octubre
// de 2016") and the Hebrew "in" ("22 בפברואר 2016").
inline constexpr std::string_view kMonthNamePrefixes[] = {"d'", "ב"};

// Months in Roman numerals, lower-cased as date tokens are, read only
// between a day and a four-digit year ("17.V.2023", "17 V 2023 r."):
// Polish, Czech and Hungarian pages' dates (date probes of two made-up
// sites). Month i+1 at index i.
inline constexpr std::string_view kRomanMonths[] = {"i",   "ii", "iii", "iv", "v",  "vi",
                                                   "vii", "viii", "ix", "x",  "xi", "xii"};

// The Levant's months of two words ("4 كانون الثاني 2019": January), with
// and without the hamza of "first"; the month's number. Arabic pages of
// Syria, Lebanon, Jordan and Iraq print them beside the one-word ones.
struct TwoWordMonth {
  std::string_view first, second;
  int month;
};
inline constexpr TwoWordMonth kTwoWordMonthNames[] = {
    {"كانون", "الثاني", 1}, {"كانون", "الأول", 12}, {"كانون", "الاول", 12},
    {"تشرين", "الأول", 10}, {"تشرين", "الاول", 10}, {"تشرين", "الثاني", 11}};

// The months of the Solar Hijri calendar that Iranian news sites date
// their articles in ("۲۱ اردیبهشت ۱۳۹۹"), as Persian spells them and with
// the Arabic letters yeh and kaf that some sites type instead; the month's
// number in that calendar. Persian news pages (dates set).
const std::unordered_map<std::string, int>& SolarHijriMonthNames();

// The Thai months, in full and abbreviated with their dots ("เม.ย."),
// as Thai pages date their articles ("24 เม.ย. 2567", in the Buddhist
// Era); the month's number.
const std::unordered_map<std::string, int>& ThaiMonthNames();

// Words that may stand around a date without making it part of a sentence:
// weekdays, "at", "Uhr", "Published"... They count towards coverage. First
// version.
const std::unordered_map<std::string, int>& DateFillerWords();

// Words that lead a date on a byline's line in more languages: CLDR's
// weekdays and the "published"/"updated" labels, lower case. Text copies
// glue the author's name to the date line ("Jan Roe Publisert 04.03.2019",
// "Jan Roe poniedziałek, 4 marca 2019"); only the byline's trim reads them.
const std::unordered_set<std::string>& DateLeadWords();

// Weekdays cut short as date lines print them before the day: German in
// two letters ("von Jane Roe » Mo 19. Aug 2024, 19:05", forum boards and
// blogs), French, Spanish, Italian and Portuguese in three with a dot
// ("Par Jeanne Roe » lun. 2 sept. 2024"). Too short or too like other
// words to trust alone (IsDateWord wants three letters; DateFillerWords
// has the German ones but not the Romance ones, "mar", "sab", "dom"): a
// byline's trim drops one only right before the date's day. Lower case,
// no dot.
inline constexpr std::string_view kShortWeekdays[] = {
    "mo",  "di",  "mi",  "do",  "fr",  "sa",  "so",                              // German
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim",                             // French
    "mié", "mie", "jue", "vie", "sáb", "dom",                                    // Spanish
    "gio", "sab",                                                                // Italian
    "seg", "ter", "qua", "qui", "sex"};                                          // Portuguese

// The particles that lead into a date or a clock ("am", "on", "le", "el",
// "em", "il", "op", "à", "um"), lower case: left at the end of a byline
// whose date sits in an element of its own that the byline's text leaves
// out (Drupal's "Eingereicht von X am <span>date</span>", "Submitted by X
// on <span>date</span>").
inline constexpr std::string_view kDateParticles[] = {"am", "on", "at", "le", "el", "em", "il", "op", "om", "um", "à"};

// Labels that open a date stamp of their own ("Published", "Updated",
// "Mis à jour", "Aktualisiert", lower case): a clock printed after one
// is the next stamp's, never the time of the date before the label.
// News pages print the clock first on a line of two stamps ("17:55, 8 Nov
// 2023 Updated: 18:06, 8 Nov 2023"): copies of two British news groups.
inline constexpr std::string_view kStampLabelWords[] = {
    "updated",     "modified",   "published",  "posted",    "aktualisiert", "geändert", "veröffentlicht",
    "publié",      "publiée",    "mis",        "actualisé", "actualizado",  "publicado", "aggiornato",
    "pubblicato",  "atualizado", "bijgewerkt", "gepubliceerd"};

// Half-day words that stand before the clock in Korean, Japanese and
// Chinese datelines ("2023.11.02. 오후 8:06", "午後3時", "下午3:05"), true
// for the afternoon; news portals print them where a 12-hour clock
// follows. Dates of unseen pages.
inline constexpr std::pair<std::string_view, bool> kHalfDayBeforeClock[] = {
    {"오전", false}, {"오후", true}, {"午前", false}, {"午後", true}, {"上午", false}, {"下午", true}};

// Half-day words after the clock in Arabic datelines ("03:04 م", "10:12
// ص", or spelled out), true for the afternoon. Dates of unseen pages.
inline constexpr std::pair<std::string_view, bool> kHalfDayAfterClock[] = {
    {"م", true}, {"ص", false}, {"مساء", true}, {"صباحا", false}, {"صباح", false}};

// Named zones news pages print, minutes east of UTC. The generic US zones
// (ET, PT...) are resolved with US daylight-saving rules where dates.cc
// matches a zone. First version.
const std::unordered_map<std::string, int>& ZoneOffsets();

// Languages whose pages are written where one offset holds all year (one
// zone, no daylight saving), minutes east of UTC: Japanese (JST) and Korean
// (KST). A text copy prints their clock without a zone ("2019.3.4 Mon
// 8:15", "2024/12/04 00:05") that the HTML's markup gives as +09:00 (news
// pages of two Japanese sites in the text copies). Chinese is left out:
// its press also writes from zones other than UTC+8.
inline constexpr std::pair<std::string_view, int> kOneZoneLanguages[] = {{"ja", 540}, {"ko", 540}};

// ---- Names (authors.cc) ----------------------------------------------------

// Generational suffixes printed after a name, as a part of their own
// ("John Doe, Jr."): they belong to the name before, not a co-author.
// Authors commit (a reader writes "John Doe Jr.").
inline constexpr std::string_view kNameSuffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};

// ---- Language tags (language.cc) -------------------------------------------

// Two-letter codes the IANA Language Subtag Registry deprecates, with its
// Preferred-Value; CLD2 still emits "iw" and "jw". Language detection
// commit.
inline constexpr std::pair<std::string_view, std::string_view> kDeprecatedLanguageCodes[] = {
    {"in", "id"}, {"iw", "he"}, {"ji", "yi"}, {"jw", "jv"}, {"mo", "ro"}};

// Languages named in their own tongue, folded: a line of them is a
// language menu ("Deutsch Español Français" above an English guide's
// headline), not a byline of capitalised names.
inline constexpr std::string_view kLanguageEndonyms[] = {
    "deutsch", "english", "español", "français", "italiano", "português", "nederlands", "polski", "svenska",
    "dansk", "norsk", "suomi", "türkçe", "čeština", "magyar", "română", "русский", "українська", "ελληνικά"};

// Primary subtags that name no language: undetermined, several, no
// linguistic content, uncoded (BCP 47 section 4.1). A page declaring one
// has declared nothing. Language detection commit.
inline constexpr std::string_view kNotALanguage[] = {"und", "mul", "zxx", "mis"};

// What CLD2 emits that is no language (generated_language.cc): unknown,
// "ignore", and the joke languages of its extended calls. Its script-only
// codes start with "xx-". Language detection commit.
inline constexpr std::string_view kDetectorNonLanguages[] = {"un", "xxx", "zzb", "zzp", "zzh", "zze", "tlh"};

// Languages so close that CLD2 takes one for another (its README: Norwegian
// and Nynorsk "not robustly", Bosnian "likely scores as Croatian or
// Serbian", Malay and Indonesian scored by distinctive words only): a page
// declaring one of a group is not contradicted by text detected as another.
// Language detection commit.
inline constexpr std::string_view kNorthGermanic[] = {"da", "nb", "nn", "no"};
inline constexpr std::string_view kSerboCroatian[] = {"bs", "cnr", "hr", "sh", "sr"};
inline constexpr std::string_view kMalay[] = {"id", "ms"};
inline constexpr std::span<const std::string_view> kCloseLanguages[] = {kNorthGermanic, kSerboCroatian, kMalay};

// `name` is one of `names`.
inline bool IsOneOf(std::string_view name, std::span<const std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace pith::lexicon

#endif  // PITH_METADATA_LEXICONS_H_
