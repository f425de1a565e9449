// The metadata stage's thresholds, by field, each with where it came from:
// "first version" is pith's first end-to-end commit; "trust rework" the
// commit that reconciled the metadata by trust (dates with 'modified',
// bylines, the page's own headline, captions with credits); "text-copy
// headlines" the commit that scored a text copy's headline candidates by
// shape, blank lines, repeats and distance to the byline (headlines of
// the 83 text copies that equal the HTML page's own: 30 -> 65).
#ifndef PITH_METADATA_THRESHOLDS_H_
#define PITH_METADATA_THRESHOLDS_H_

#include <cstddef>
#include <cstdint>

namespace pith::thresholds {

// Where the article's header is looked for, in blocks (HTML) or lines
// (text copies).
namespace header {
// The byline and date line sit within this many blocks above the body
// (headline, standfirst, share links and a lead image with its caption
// come between them in the pages seen). First version; the text-copy
// headlines commit gave text copies the same reach.
inline constexpr std::int32_t kBlocksAbove = 40;
// The header zone runs this many blocks into what the clean stage took
// for the body. First version.
inline constexpr std::int32_t kBlocksIntoBody = 3;
// An HTML page may put its headline after the body's start: the byline
// and date line are also looked for this far around it. Trust rework.
inline constexpr std::int32_t kBlocksAboveHeadline = 6;
inline constexpr std::int32_t kBlocksBelowHeadline = 12;
// An HTML page's date line may stand further down, right over the text's
// first paragraph, past rows of share buttons (sixteen blocks on a farm
// paper, a dozen on a news portal): the dates are looked for down to that
// paragraph when it lies within this many blocks of the headline.
inline constexpr std::int32_t kBlocksHeadlineToText = 30;
// A byline or date class counts on the block's element or this many of
// its ancestors (<div class="byline"><p><span>). Trust rework.
inline constexpr int kClassAncestors = 2;
// A text copy's line printed again elsewhere is compared with this many of
// its copies: a menu printed twice shows in the first few, and a line
// printed thousands of times (a hostile copy) made the comparison
// quadratic (bench/hostile picture-lines).
inline constexpr std::size_t kMaxCopiesCompared = 32;
}  // namespace header

namespace published_date {
// Dates a page cannot mean as its own: before the web's news sites, or
// more than a day ahead of now (a cookie expiry, an event listing); the
// bound is two days. Trust rework.
inline constexpr int kFirstNewsYear = 1990;
inline constexpr long long kMostSecondsAhead = 2 * 86400;
// When nothing plausible is given, a published date from before
// kFirstNewsYear stands, back to this year. Trust rework.
inline constexpr int kOldestFallbackYear = 1900;
// How far up from a date line its reviews', author panel's or comment
// thread's box may be: a shop's review date sits three elements under its
// "spr-container", a forum's join date three under "message-user"; a
// little room beyond for other systems' wrappers.
inline constexpr int kOthersPostLevels = 5;
// A year written in two digits ("22-02-16", "4 April 17") below this is
// of the 2000s, from it of the 1900s: pages date from the 1990s on
// (kFirstNewsYear), and archives' older pieces from the 1970s on.
inline constexpr int kShortYearCenturyTurn = 70;
// A "published" time that another source gives as the update is one
// when an earlier published time lies at least two minutes and less than
// a day before it. Trust rework.
inline constexpr long long kMinUpdateSeconds = 120;
inline constexpr long long kMaxUpdateSeconds = 86400;
// A date line: the dates are most of its text (coverage, as dates.h
// measures it) and the line is short; in a text copy, shorter still.
// Trust rework.
inline constexpr double kMinLineCoverage = 0.6;
// A page's dates with month names tell the order of its dates in numbers
// when one order outweighs the other this many times over (a British page
// quoting a wire's "Jan. 5, 2026" in a caption still writes "6 January").
// Numeric date order commit.
inline constexpr double kMinDateOrderRatio = 2;
inline constexpr std::int32_t kMaxLineWords = 24;
// Words of a label other than a date label before a date line's date
// ("Event date:", "Termin:", "Date de l'événement :"): event and club
// pages' probes.
inline constexpr std::size_t kMaxForeignDateLabelWords = 4;
inline constexpr std::int32_t kMaxTextLineWords = 14;
// A text copy's line that is nearly all dates may be as long as an HTML
// one ("Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC"
// is 15 words); a byline that leads its date ("By Dario Durando | November
// 02, 2018", coverage 0.5; "Pete Evans · CBC News · Posted: Oct 14, 2022
// 9:27 AM ET | Last Updated: 24 minutes ago", 17 words) needs less of the
// line and may be longer. Text-copy bylines and dates (Chromium and
// Firefox copies of the metadata pages).
inline constexpr double kMinLongLineCoverage = 0.85;
inline constexpr double kMinBylineDateCoverage = 0.3;
inline constexpr std::int32_t kMaxTextBylineDateWords = 20;
// A line that opens with its date and has at most this many words is a
// date line too ("Oct 18, 2019 · 8 min read", "March 15, 2022 · 3 min
// read · By Jane Roe": 10 since the text copies of two blogs that add a
// byline or a word count); longer ones are teasers.
inline constexpr std::int32_t kMaxDateLedLineWords = 10;
// A post's meta line of parts (lexicon::kMetaLineMarks) is a date line
// when one part is a date alone and no part has more words than this
// ("Dec. 19, 2025 \u00B7 Jane Roe on behalf of the survey team": 8); a
// longer part is a teaser's sentence. Text-copy dates (blog themes of
// three sites).
inline constexpr std::size_t kMaxMetaPartWords = 8;
// Also a date line in HTML: a date-classed element of at most this many
// words, or a line this close to the headline and this short ("Medical
// Daily 9/21/2016 Lizette Borreli"). Trust rework. A text copy without a
// date line takes such a line under its headline too (copies of a news
// page, a syndicated story and a blog post).
inline constexpr std::int32_t kMaxClassedLineWords = 20;
inline constexpr std::int32_t kBlocksFromHeadline = 3;
// An HTML date line right after the byline is looked for this many blocks
// on (a share bar may stand between them). Date-beside-byline commit.
inline constexpr std::int32_t kBlocksFromByline = 3;
inline constexpr std::int32_t kMaxBesideHeadlineWords = 10;
// A forum post's head line in the shape of the thread's date line ("von
// Kettenblatt » Mo 4. März 2024, 19:40"): a name, a date, a post number.
// Made-up phpBB and XenForo threads print 5 to 9 words.
inline constexpr std::int32_t kMaxRepeatedDateLineWords = 12;
// ... and holds more than the date (a name, a post number): a line the
// date fills (DateMatch::coverage) is a live blog's update stamp, kept.
inline constexpr double kMaxRepeatedDateLineCoverage = 0.9;
// "Published 3 May · Updated 4 May": the dates a line may give, at most.
// Trust rework.
inline constexpr std::size_t kMaxDatesPerLine = 4;
// An expiry label ("verfügbar bis ", "will expire on ") stands within
// this many bytes before its date's start. Text copies of a news video
// page and a draft standard.
inline constexpr std::size_t kExpiryLabelBytes = 24;
// A <time> is labelled the update by its own line only when the line is
// at most this long: a header's meta line ("By X | Published ... | Last
// updated <time>") is under 200 bytes, and reading a long block once per
// <time> in it made a page of 100,000 <time>s quadratic (bench/hostile
// "bad-dates").
inline constexpr std::size_t kMaxUpdateLabelLineBytes = 400;
// A time printed before its date is looked for this many tokens back from
// the date: the clock ("10 : 01 p . m ."), a zone and a weekday between
// commas ("Published 3:04 PM EST, Mon March 4, 2019", "Updated 10:01 pm
// PST, Tuesday, November 19, 2019": pages of two sites in the text copies).
inline constexpr std::size_t kTokensBackToTime = 12;
// The widest UTC offset in use (Kiribati, +14:00; -12:00 the other way):
// two values of one instant are at most this far apart on the wall clock.
inline constexpr long long kMaxOffsetMinutes = 14 * 60;
// UTC offsets in use are whole quarter hours (+05:45 the finest): a wall
// clock and a Unix time that are not apart by a multiple of this are not
// one instant. Came with site-local clocks printed without a zone.
inline constexpr long long kOffsetStepMinutes = 15;
// West of Greenwich, the farthest newsrooms are Hawaii's (-10:00): a UTC
// time later in the day than this is not yet the previous day anywhere a
// site is likely to be, and an address a day earlier is the draft's day.
inline constexpr long long kMaxWestOffsetMinutes = 10 * 60;
// A text copy with no date line in its header may print it just below the
// body, among the tags and share links: at most this many blocks down
// (blogs and guides of four sites in the text copies put it 3 to 5 lines
// below).
inline constexpr std::int32_t kBlocksBelowBody = 6;
// Topic links passed over on the way there, and the words of one: a
// news site's tag list under the text (five topics over the date line of
// the article's footer on a church news site).
inline constexpr std::int32_t kMaxTagsBelowBody = 12;
inline constexpr std::int32_t kMaxTagWords = 4;
// A blog theme's post footer sentence ("This entry was posted on Friday,
// March 5th, 2010 at 10:00 am and is filed under News. You can follow any
// responses to this entry through the RSS 2.0 feed.", and its German
// forms on a blog and a news site: 40 and 27 words) is at most this long,
// and its date comes after at most this many words (its subject and verb,
// or a byline: "Dieser Beitrag wurde am Samstag,", "Von Jane Roe am");
// further in, a date is one the text mentions.
inline constexpr std::int32_t kMaxPostFooterWords = 60;
inline constexpr std::size_t kMaxWordsBeforeFooterDate = 8;
// In a text copy, which keeps no links, the footer sentence goes on
// past its date with where the post is filed and how to follow it (the
// two themes' copies: 12 and 20 words after it); a bare date line or a
// "Posted on May 4, 2020 by Jane" line does not.
inline constexpr std::size_t kMinWordsAfterCopyFooterDate = 8;
// A text copy's body may run on past the footer sentence with the notes
// under it (a "comments are closed" line, a four-line membership appeal
// in the two themes' copies): the sentence is one of the body's last
// blocks, at most this many above its end.
inline constexpr std::int32_t kCopyBlocksAfterFooter = 4;
// A page's first h1 above its headline repeats it when the headline holds
// this share of the h1's words (the same words, or the h1 shortened: all of
// them on the guides of two sites seen).
inline constexpr double kMinRepeatedHeadlineShare = 0.8;
// The body may take in the post's footer, its date line and the copyright
// notice under it, as its last blocks: at most this many (a date line and
// a notice on a news site and on a running guide, with its update line).
inline constexpr std::int32_t kBodyFooterBlocks = 4;
// A text copy's date line that the body's lead took in (under a standfirst
// or a photo's caption: "Dec 18, 2025 2 min read" on a blog, "30. Juni
// 2025," on a news site, the body's ninth block there): one of the body's
// first blocks, at most this many.
inline constexpr std::int32_t kBodyLeadBlocks = 10;
// A text copy's lone date line stands at most this many blocks below the
// body: a news page's topic links and a feedback note sit between (10
// lines on one site); a bare date further down is a related story's card.
inline constexpr std::int32_t kLoneDateBelowBody = 12;
// Date lines above a text copy's body, the first among them, that make a
// list of story cards over the article (related stories, a video list,
// "most read" with their days): at least this many. Two are as often the
// article's line and its update (news pages of four sites).
inline constexpr std::int32_t kMinCardRunLines = 3;
// A line of links to the previous and next post is mostly link text; its
// arrows and labels may sit outside the links. Made-up diary pages.
inline constexpr float kMinNavDateLinkDensity = 0.5F;
// A story's lead picture stands this many blocks above its headline at
// most (a picture over it), or below the body's first paragraph (a
// caption, a credit): news pages of four sites, undated but by the
// folders their pictures are filed under.
inline constexpr std::int32_t kLeadPictureBlocks = 3;
}  // namespace published_date

namespace byline {
// A block above a by-line after the text this much link is a teaser's
// title: the by-line is that card's (related and "More from" cards on
// blog and news themes). Issue 15.
inline constexpr float kMinTeaserTitleLinkDensity = 0.9f;
// A Chinese name has two to four Han characters (a surname of one or two,
// a given name of one or two): a longer run of Han is a phrase.
inline constexpr std::size_t kMinHanNameChars = 2;
inline constexpr std::size_t kMaxHanNameChars = 4;
// A byline block is short: a "By" line with a few names, a role, an
// outlet. Trust rework; a text copy's line is shorter still, since the
// first version.
inline constexpr std::int32_t kMaxWords = 20;
inline constexpr std::int32_t kMaxTextWords = 12;
// The words after a byline label that must be name-cased for the line to be
// a byline, not a headline opening with the label's word ("Von München bis
// Aachen: ...", "Por qué ..."): a given name and a surname, particles aside
// (issue 16: text copies of a German and made-up Spanish news pages).
inline constexpr int kLabelNameWordsChecked = 2;
// An outlet or desk named instead of people ("JERUSALEM POST STAFF",
// "PTI, Washington"). Trust rework.
inline constexpr std::size_t kMaxOutletWords = 6;
// What a byline candidate scores for, in HTML: what the structured data
// says counts most (its names in the block), then a "By" prefix, a byline
// class, and a block that is the date line too ("January 17, 2017 by Kori
// Schulman"). Trust rework.
inline constexpr int kNamesStructuredAuthorScore = 4;
inline constexpr int kBylinePrefixScore = 3;
inline constexpr int kBylineClassScore = 2;
inline constexpr int kInDateLineScore = 1;
// In a text copy, a date line that names people ranks between a "By" line
// and a line of names beside the date line, whose names have two words
// or more (one capitalised word is a section: "Alerts"). Text-copy
// bylines and dates.
inline constexpr int kNamesOnDateLineScore = 2;
// An author card's name under its photo's alt text (the name again, or
// "Photo of" and the name: at most this many words more) ranks below a
// date line that names people, above a line of names beside the date line
// (author cards on the text copies of news pages and blogs of a dozen
// sites).
inline constexpr int kAuthorCardNameScore = 1;
inline constexpr std::int32_t kMaxPhotoLabelWords = 4;
// A text copy's candidate more than this many lines above the date line
// (a teaser's "by" line in a mega-menu, a video player's "Text Edge Style"
// menu) ranks below every line of the header; such lines stood 11 to 28
// lines above it, a page's own "By" line a few at most (pages of two sites,
// Chromium and Firefox copies; no page of a DEV or extra copy set lower).
inline constexpr int kTeaserBylineScore = -1;
inline constexpr std::int32_t kTeaserAboveDateLine = 10;
// The longest author photo's alt text glued before a "By" line ("Photo of
// the author", 20 bytes), with room to spare.
inline constexpr std::size_t kMaxPhotoLabelBytes = 24;
// The card sits within this many lines below the date line or above the
// body, or two lines above the date line; sites' logos and menus printed
// twice came 6 lines and more away, a section's name 3 lines above the
// date line.
inline constexpr std::int32_t kAuthorCardReach = 4;
inline constexpr std::int32_t kAuthorCardAboveDate = 2;
inline constexpr std::size_t kMinLineNameWords = 2;
// More words on a line of capitalised words make a title ("Five Easy
// Beginner Patterns").
inline constexpr std::size_t kMaxLineNameWords = 3;
// A job title after a name and a comma on an unlabelled byline line:
// "Paris correspondent", "Korrespondentin in Paris", "Senior Political
// Reporter"; a longer run is a clause ("Jane Roe, who has covered ...").
inline constexpr std::size_t kMaxTitleAfterNameWords = 4;
// A text copy without a byline line may print the names alone within this
// many lines below its headline (after a standfirst), or just above it.
// Text-copy bylines and dates.
inline constexpr std::int32_t kNamesBelowHeadline = 3;
inline constexpr std::int32_t kNamesAboveHeadline = 1;
// A wire byline printed like a credit ("Jane Roe | Reuters") has the date
// line within this many lines below it (a dated line under a relative
// "Updated 2 hours ago"). Made-up copies of agency-bylined pages.
inline constexpr std::int32_t kWireBylineOverDate = 2;
// A line of names beside the headline with this many menu entries in a
// row right above and below it (short title-case lines: "Contact Us" /
// "Webcams" / "Webcam", "Living Spaces" under "Bedrooms" / "Papers" /
// "Toys") is an entry of that menu; an author's line has the date, a
// reading time or the text beside it. Text copies of eleven sites' pages.
inline constexpr std::int32_t kMinMenuRunLines = 3;
// A menu's entry: at most this many words, and no word in lower case
// longer than a joining word ("Offices & Departments", "Terms of Use").
inline constexpr std::int32_t kMaxMenuEntryWords = 4;
inline constexpr std::size_t kMaxMenuJoinWordBytes = 3;
// A name alone right above a text copy's date line, with at most this
// many lines between the headline and it (a standfirst), of at most this
// many words (a company's name: "West Bell Dental Care"). Blogs and
// company pages of five sites.
inline constexpr std::int32_t kNameOverDateBelowHeadline = 2;
inline constexpr std::size_t kMaxNameOverDateWords = 4;
// A text copy's unlabelled names alone on a line sit at most this many
// lines below the headline, before the body (after share buttons, a lead
// picture's lines, a reading time); the farthest seen was 9 lines, on
// news pages and blogs of eleven sites.
inline constexpr std::int32_t kNamesOverBodyReach = 10;
// A "By" line of a text copy whose body starts far below its header (a
// product review's picks and notes first) stands within this many lines
// below the headline, after a standfirst and a picture's lines. Review
// and buying-guide pages of two sites.
inline constexpr std::int32_t kPrefixedBylineBelowHeadline = 8;
// A text copy prints co-authors one to a line after a lone label ("Von" /
// "Jane Roe" / "John Doe"), each name at most twice (the photo's alt
// text, then the name): at most this many lines more than the first.
// News pages of two sites, Chromium and Firefox copies.
inline constexpr std::int32_t kMaxMoreNameLines = 6;
// An HTML page without a byline in its header may label the author
// anywhere, in an author box under the article or beside it ("Author" /
// "Jane Roe", "Written by Jane Roe"): a label of this many words at most,
// with the names in it or in the next block. Blogs of several sites.
inline constexpr std::int32_t kMaxAuthorLabelWords = 3;
inline constexpr std::int32_t kMaxLabelledNamesWords = 6;
// A labelled line whose first part, before a comma, is that short may go on
// with more names or the names' job title ("By Jane Roe, John Doe, Ann Lee
// and Tom Hale", "Authors: Jane Roe and John Doe, Extension horticulture
// educators"), on news and university extension pages of three sites.
inline constexpr std::int32_t kMaxLabelledLineWords = 16;
// ... or print it unlabelled in a card over a bio that opens with the
// name ("Jane Roe" / "Author" / "Jane is a ..."): the bio within this many
// blocks below the name, and the card as near the text's last block.
// Blog author boxes of two sites.
inline constexpr std::int32_t kCardBioReach = 2;
// A text copy prints share buttons, tags and a newsletter form between
// the text and the author card: its bio within this many lines below the
// text's last line. Blog and guide copies of four sites (the farthest 40
// lines below).
inline constexpr std::int32_t kTextCardBelowBody = 45;
// A text copy's author box whose bio speaks of its writer by given name
// or as "I" may close the text with a second paragraph of the bio: the
// bio's first paragraph at most this many blocks above the text's last
// (a writer's box of two paragraphs, on a blog; three other sites' boxes
// end the text with the bio).
inline constexpr std::int32_t kOwnBioAboveTextEnd = 2;
// The photo's alt text over such a box labels it in a word or two
// ("author-image", "Author photo").
inline constexpr std::size_t kMaxBoxPhotoLabelWords = 2;
// A bio's self-introduction is looked for in its first this many bytes
// ("Hello, I\u2019m " is the longest opener).
inline constexpr std::size_t kMaxSelfIntroBytes = 24;
// A post signed with a mark and the name ("-Jane Roe") may end with a
// call to action or the post's tags under the signature: the signature at
// most this many blocks above the text's last, or right under it (blog
// and review copies of three sites).
inline constexpr std::int32_t kSignatureAboveTextEnd = 2;
// A bio that names the byline's author by first name alone ("Sarah is a
// writer ...") ends a text as one of its last this many blocks.
// Blog and company-blog author boxes of three sites: the bio last; the
// same in text copies of blog pages of three more sites.
inline constexpr std::int32_t kFirstNameBioReach = 2;
// An author box under the text: the name line alone, then a role ("SEO
// Writer", "WCI Columnist") and at most a short bio below it; a signature
// has nothing below. Under posts, news and press releases of nine sites
// the box held up to 220 bytes below its first name line.
inline constexpr std::int32_t kAuthorBoxReach = 8;
inline constexpr std::size_t kAuthorBoxMaxBytesBelow = 400;
// A text copy's closing bio opening with the byline author's name in the
// third person ("Jane Doe covered ...", "Jane (JD) is ...") is one of the
// text's last this many blocks, with at most kAuthorBoxMaxBytesBelow
// bytes under it (a second bio line, a "Related" box's links): copies of
// blogs, a trade paper, a consumer magazine and a finance site.
inline constexpr std::int32_t kClosingBioReach = 8;
// The box's label or leftover lines right above such a bio ("Share it!",
// the box's tags): at most this many, of at most this many words.
inline constexpr std::int32_t kClosingBioLabelLines = 2;
inline constexpr std::int32_t kClosingBioLabelMaxWords = 4;
// A title set between commas after the name ("Matt Frankel, CFP, is"):
// the finance site's letters ("CFP", "CFA") and a degree with a field
// ("PhD in economics") fit; a clause between commas ("Jane Doe, who
// grew up on the island, is") runs longer.
inline constexpr std::size_t kBioTitleMaxBytes = 24;
// A short form of the byline's first name in the bio shares its first
// this many letters (code points), is at least that long and no longer
// than the first name ("Matt Frankel" for "Matthew Frankel", "Nate" for
// "Nathaniel"; a finance site's copies).
inline constexpr std::size_t kShortFirstNameSharedLetters = 3;
// A byline printed as the name alone over the text, where the page's
// byline box was not read: the first or third body block on news pages of
// two sites (under a kicker and a standfirst).
inline constexpr std::int32_t kAuthorNameHeadReach = 3;
// A line whose every word is in a link, "By" too, is a menu's entry when
// it sits in the page's chrome ("By Price" in a shop's menu). Blogs and
// shops of two sites.
inline constexpr float kMinMenuEntryLinkDensity = 0.99F;
// Library catalogues invert names: "Kooman, F.", "Jong, Michiel de". The
// surname before the comma has at most two words, the given names after
// it three; more is a list. Trust rework.
inline constexpr std::size_t kMaxInvertedSurnameWords = 2;
inline constexpr std::size_t kMaxInvertedGivenWords = 3;
// A site named like its address ("Jane Roe" at janeroe.example) is a
// person's when the article speaks as "I" this often: personal blogs of
// two sites say it dozens of times, company sites of that shape (a
// "Solutions", a "Health") once at most.
inline constexpr std::size_t kMinFirstPersonWords = 3;
// A wire story's sign-off is among the body's last blocks: after it only
// the agency's copyright line and its standards note (wire copy on news
// and agency sites).
inline constexpr std::int32_t kWireSignOffTailBlocks = 3;
// A station's call letters or a paper's short name in capitals after a
// copy's names ("KVLR", "TIDE": made-up radio and paper pages); one
// letter is an initial, more than six a word set in capitals.
inline constexpr std::size_t kMinCallLetters = 2;
inline constexpr std::size_t kMaxCallLetters = 6;
// Call letters follow the names of two or more reporters; after one name
// capitals are as often a credential no list holds ("Jane Roe, CFP": a
// finance site's copy in wcxb).
inline constexpr std::size_t kMinNamesBeforeCallLetters = 2;
// A wire dateline's reporter credit opens the first paragraph; an info
// line or a desk's name may stand as a body block before it (Korean local
// papers' info lists).
inline constexpr std::int32_t kWireLeadCreditBlocks = 2;
// A post's footer line (its day and its author) sits under the text after
// the share buttons and the tag list: 1, 6 and 11 blocks after the last
// paragraph on three blogs.
inline constexpr std::int32_t kPostFooterBlocks = 12;
// A column's label before its writer's name at a headline's start, ended
// by a colon or a pipe ("Opinion: Jane Roe on ...", "Guest column | ..."):
// a word or two. A song's title before its singer's name on a lyrics page
// ran to three ("Only One Lyrics : ...").
inline constexpr std::size_t kMaxColumnLabelWords = 2;
// A copy's section label or menu line holding a word glued to a name's
// end ("Business Live" over "Ana BlakeyLive ..."): three words at most.
inline constexpr std::size_t kMaxGluedLabelLineWords = 3;
}  // namespace byline

namespace headline {
// A kicker before the headline in the same h1 ("Minderheit in Syrien -
// ..."): a few words. Swiss and German news pages; a six-word lead on a US
// magazine's page is the headline's own.
inline constexpr std::size_t kMaxKickerWords = 3;
// A tag after a pipe in a headline ("... | Top 19 Companies", "... |
// Part 1"): a few words. A longer part after the pipe is the headline's
// own ("Top 10 Cameras of 2025 | The Best Mirrorless Cameras for ...").
inline constexpr std::size_t kMaxTaglineWords = 4;
// A <title> part is the site's name printed as the masthead when another
// part, the headline, has at least twice its words ("Keep Your Teeth
// Healthy | BlueCross BlueShield of South Carolina" is the other way).
inline constexpr std::size_t kMastheadPartShorter = 2;
// ... or any shorter part printed alone by a block that is all link (the
// logo's link home on blog themes). Headline kinds of issue 15.
inline constexpr float kMinLogoLinkDensity = 0.9f;
// A heading that is a link to the page's own address, all of it bar a
// mark: the post's permalink title. Headline kinds of issue 15.
inline constexpr float kMinPermalinkLinkDensity = 0.9f;
// Headings h1 to h3 may be the headline (lower ones are sections), unless
// longer than this: a paragraph set as a heading. First version.
inline constexpr int kLowestHeadingLevel = 3;
inline constexpr std::int32_t kMaxHeadingWords = 60;
// A heading says what a title says when their words agree this much
// (token F1); holding the whole title with a subtitle counts as
// kContainsTitle; a part of a title ("Song – Artist | Site") counts for
// kTitlePartWeight of its agreement. Trust rework.
inline constexpr double kMinTitleSimilarity = 0.8;
inline constexpr double kWholeTitleContained = 0.999;  // all of the title's words, less rounding
inline constexpr double kContainsTitle = 0.85;
inline constexpr double kTitlePartWeight = 0.9;
// Between headings that agree with a title: an h1, then one in or near
// the article, wins; scores within kScoreTie are equal (the first wins).
// Trust rework.
inline constexpr double kH1Bonus = 0.06;
inline constexpr double kNearArticleBonus = 0.03;
inline constexpr double kScoreTie = 1e-9;
// Near the article: in its container, or from this many blocks above the
// body to this many into it. Trust rework.
inline constexpr std::int32_t kNearBlocksAbove = 8;
inline constexpr std::int32_t kNearBlocksInto = 1;
// The article's own h1 is looked for this many blocks above the body; a
// linked or long h1 is a teaser or a paragraph. Trust rework.
inline constexpr std::int32_t kOwnH1Reach = 25;
// A block this much link is an entry of a table of contents or a menu,
// which the own h1's reach skips. Guides of two sites put their contents
// list (20-odd entries) between the header and the text; a hub's or a
// portfolio's longer list of links (56 and 160 blocks above the text on
// two sites' pages, whose h1 is a section label) takes the h1 out.
inline constexpr float kMinLinkListDensity = 0.9f;
inline constexpr std::int32_t kOwnH1LinkListReach = 2 * kOwnH1Reach;
inline constexpr float kMaxOwnH1LinkDensity = 0.5f;
inline constexpr std::int32_t kMaxOwnH1Words = 40;
// An h1 set as a breadcrumb trail's last item has the article's displayed
// heading this many blocks below it at most (the trail's share links, a
// kicker between). German news pages of six sites: 1 or 2 blocks. A heading
// further down stands under the lead picture (its captions belong above).
inline constexpr std::int32_t kBreadcrumbHeadingReach = 3;
// A dek or a score set as an h1 sits this many blocks under the headline's
// h1 at most (a byline, a date and a reading time between). Issue 15.
inline constexpr std::int32_t kTitledH1Reach = 8;
// A heading that is a date this much, weekday and all, is a blog
// platform's day header, not a post title. Headline kinds of issue 15.
inline constexpr double kMinDateHeadingCoverage = 0.9;
// Repeats of the headline (a second h1, a sticky header) up to this many
// blocks past the headline or the body's start, and this alike, leave the
// body. First version.
inline constexpr std::int32_t kRepeatBlocksAfter = 2;
inline constexpr double kRepeatSimilarity = 0.95;
// A title heading's kicker ("Opinion", "Premier League") is a few words;
// a title of fewer words than kMinKickedTitleWords ends many headings.
inline constexpr std::size_t kMostKickerWords = 4;
inline constexpr std::size_t kMinKickedTitleWords = 4;
// The byline or date line under a title heading, this many blocks below it
// at most (a kicker line, a standfirst between). Issue 14.
inline constexpr std::int32_t kHeaderBlocksBelowTitle = 3;
// A heading set in capitals has this many capital letters at least: an
// acronym or two ("NASA", "EU") is a word's spelling, not a type style.
inline constexpr std::size_t kMinCapitalsSetLetters = 8;
// The title retypes such a heading when it has its words, one or two of a
// dozen aside (token F1). Issue 15.
inline constexpr double kMinCapitalsRetyped = 0.9;
}  // namespace headline

namespace titles {
// Containment needs a title of this many words (fewer match by chance),
// and a heading at most 2.5 times as long (a title with a subtitle, not a
// paragraph). Trust rework.
inline constexpr std::size_t kMinContainedTitleWords = 4;
constexpr std::size_t MostWordsHoldingTitle(std::size_t title_words) { return title_words * 5 / 2; }
// A headline rather than a name or a label: two words, or four characters
// of a script written without spaces. Trust rework.
inline constexpr std::size_t kMinHeadlineWords = 2;
inline constexpr std::size_t kMinHeadlineUnspacedChars = 4;
// A <title> part left after the site's name is the headline when it has
// this many words; fewer is a section name. First version.
inline constexpr std::size_t kMinTitlePartWords = 3;
// A heading names a title's site part when half their words agree (token
// F1): "The Riverside Daily News" of "... - Riverside Daily". Issue 15.
inline constexpr double kMinSitePartSimilarity = 0.5;
// A host name's last label, its top-level domain: "de", "com", "online".
// The lengths of the common ones.
inline constexpr std::size_t kMinTldLetters = 2;
inline constexpr std::size_t kMaxTldLetters = 6;
}  // namespace titles

namespace description {
// An HTML block before the body that the page's description repeats this
// closely is the standfirst (5 of 5 such benchmark pages). The commit
// that kept a lead paragraph the description repeats in the body.
inline constexpr double kStandfirstSimilarity = 0.9;
}  // namespace description

namespace text_header {
// A text copy's headline sits within this many lines above its byline and
// date line. Text-copy headlines.
inline constexpr std::int32_t kHeadlineReach = 25;
// Shaped like a headline: three words to a long sentence, at most 250
// characters. Text-copy headlines.
inline constexpr std::int32_t kMinHeadlineWords = 3;
inline constexpr std::int32_t kMaxHeadlineWords = 30;
inline constexpr std::int32_t kMaxHeadlineChars = 250;
// A headline has a word of at least this many letters: a line of figures
// and marks ("53.9 F", "$289 - $1,000+") is a weather box's reading or a
// price range. Copy-headline issue (such lines taken for the headline on
// pages of two sites).
inline constexpr std::int32_t kMinWordLetters = 2;
// Wide (CJK) characters count as half a word each.
inline constexpr std::int32_t kWideCharsPerWord = 2;
// A headline stands alone between blank lines: a line alone in its group
// scores kAloneScore, one of two kPairScore, in a longer group kGroupScore;
// a repeated line (in the breadcrumbs, a share box) kRepeatScore more, and
// one that another line names at its start or end (the page's title with
// the site's name, a breadcrumb trail) kNamedElsewhereScore. Text-copy
// headlines; the text-copy headline issue lowered the group weights and
// raised the repeat's (Firefox copies set every paragraph off by blank
// lines, standfirsts included, and Chromium copies none).
inline constexpr double kAloneScore = 1;
inline constexpr double kPairScore = 0.5;
inline constexpr double kGroupScore = 0;
inline constexpr double kRepeatScore = 2;
// A repeated line of fewer than kMinFullTitleWords words that stands as a
// menu item, between two lines of at most kMaxMenuLabelWords words (in a
// menu elsewhere, or itself over a copy lower in the header), is a
// section's or the site's name and scores kMenuRepeatScore instead.
// Text-copy headline issue (a section's name or a search label over the
// headline, also in a menu, taken for it on pages of four sites in
// Chromium and lynx copies; menus of one- and two-word items alone
// changed none).
inline constexpr std::int32_t kMaxMenuLabelWords = 3;
inline constexpr double kMenuRepeatScore = 1;
// A line that opens with the site's name printed again at the copy's end
// (a copyright line, the footer's tagline), within kFooterLinesRead of the
// last lines and kMaxSiteNameOffset words into one ("Copyright 2025"),
// named by at least kMinSiteNameWords words and followed by 1 to
// kMaxMenuWordsAfterName more, is the logo and the menu copied as one line
// ("Harbour Times Local Sport Weather"). Copy headline issue: Chromium and
// Firefox copies of made-up pages of five sites (site name glued to its
// menu, chosen as the headline).
inline constexpr std::int32_t kFooterLinesRead = 3;
inline constexpr std::size_t kMaxSiteNameOffset = 2;
inline constexpr std::size_t kMinSiteNameWords = 2;
inline constexpr std::size_t kMaxMenuWordsAfterName = 3;
// A footer line is read only as far as such a line could match into it:
// this many bytes for the words before the name ("Copyright 2025 ") and
// the line's length twice over (the footer may space or punctuate the
// name's words more). A copy's last line may be its whole text.
inline constexpr std::size_t kFooterNameSlackBytes = 64;
inline constexpr double kNamedElsewhereScore = 1.5;
// Each line away from the byline costs kPerLine; each word, up to
// kMaxScoredWords, earns as much. Text-copy headlines.
inline constexpr double kPerLine = 0.15;
inline constexpr double kPerWord = 0.15;
inline constexpr std::int32_t kMaxScoredWords = 12;
// A headline sits within kNearHeaderLines of the byline or date line
// (above it, or between the two), scoring kNearHeaderScore, and says what
// the body's first kBodyLinesRead lines are about: the share of its
// telling words (of kMinTellingBytes or more, or in a script without
// spaces or with accents) that they use, times kBodyOverlapScore. A label
// the copy prints again outside the body takes none of those lines, kept
// or not (a newsletter's item titles listed again in its contents: kept,
// they cut the reading short and the headline lost its words).
// Text-copy headlines from browsers (Chromium and Firefox copies of the
// metadata pages, which put no blank lines around a heading or take a
// menu's blank lines for one).
inline constexpr std::int32_t kNearHeaderLines = 3;
inline constexpr double kNearHeaderScore = 1.5;
// A sentence with its full stop is a headline only within this many lines
// of the header and with no title as near over it: a headline there, a
// kicker or credit between, makes it the standfirst or the caption; farther
// up it was a site's tagline (probe copies, in both browser shapes).
inline constexpr std::int32_t kSentenceTitleClearLines = 2;
// Up to this many short lines (fewer than kSentenceTitleShortWords words:
// share buttons, a picture's credit) between a title and a sentence under
// it still make the sentence its standfirst or caption (review probes of
// copies in four languages, 2026-12).
inline constexpr std::int32_t kSentenceTitleShortLinesOver = 3;
inline constexpr std::int32_t kSentenceTitleShortWords = 3;
// The header's lines, past its top, where a sentence headline's bare form
// printed again names that one the headline (a magazine's kicker line).
inline constexpr std::int32_t kSentenceTitleRepeatReach = 12;
// A line with this many breadcrumb marks (lexicon::kTrailMarks) is a trail.
inline constexpr std::size_t kMinTrailMarks = 2;
// How far above the headline a breadcrumb trail ending in it may stand:
// pages print the previous/next links and the date line between them
// (three to seven lines apart on the text copies of nine sites).
inline constexpr std::int32_t kTrailLinesAbove = 8;
// Below both the byline and the date line, a line is a caption, a note or
// a standfirst more often than the headline.
inline constexpr double kBelowHeaderScore = -3;
// Above a picture's credit alone on its line ("© Jane Doe", "(Photos by
// ...)") stands the picture's caption, or the headline above a lead
// picture without one: the line scores kCreditBelowScore. Text-copy
// headline issue (captions taken for the headline on two news sites'
// copies; headlines above a credited lead picture on two other sites).
inline constexpr double kCreditBelowScore = -3.5;
// A copy's first line that reads as the page's title line (the site's
// name and a tagline) scores kFirstLineScore. Copy-headline issue (such
// lines taken for the headline on pages of two sites, in a Chromium and a
// Firefox copy).
inline constexpr double kFirstLineScore = -2;
inline constexpr std::int32_t kBodyLinesRead = 30;
inline constexpr std::size_t kMinTellingBytes = 4;
// Characters from here up are of scripts written without spaces (CJK
// radicals, kana, ideographs), compared in pairs. Text-copy headline issue.
inline constexpr char32_t kFirstUnspacedCodePoint = 0x2E80;
inline constexpr double kBodyOverlapScore = 6;
// A line above the headline candidate is the headline (and the candidate a
// standfirst without a full stop) when it has this many words: fewer are a
// kicker, share links or an author link. Text-copy headlines.
inline constexpr std::int32_t kMinFullTitleWords = 6;
// A date line and a byline at most this many lines apart enclose the
// header's headline and standfirst. Text-copy headlines.
inline constexpr std::int32_t kMaxMarksApart = 6;
// Share links or a menu line between a headline and its standfirst, or a
// standfirst and a second deck, are skipped up to this many lines.
inline constexpr std::int32_t kFurnitureLinesSkipped = 2;
// A standfirst line has at least this many words. Text-copy headlines.
inline constexpr std::int32_t kMinStandfirstWords = 4;
// A caption printed twice, as a line of the body too: a line of this
// many words whose token F1 with a body line is this much. Text-copy
// headline issue.
inline constexpr std::int32_t kMinRepeatedCaptionWords = 6;
inline constexpr double kRepeatedCaptionShare = 0.8;
// A picture's alt text repeats the line printed under the picture with at
// most this many words added ("Jane Doe photo", "Jane Doe's avatar": an
// author's portrait taken for the headline on pages of two sites).
inline constexpr std::size_t kMaxAltWordsAdded = 2;
// Such alt text of a logo or a cover picture may stand up to
// kAltNameReach lines from the name it labels, one of at least
// kMinAltNameWords words (a word or two are too often a headline's start).
// Text-copy headlines (a logo's and a cover's alt text taken for the
// headline on pages of two sites).
inline constexpr std::int32_t kAltNameReach = 12;
inline constexpr std::size_t kMinAltNameWords = 3;
// A kicker or a breadcrumb trail glued to the headline on one line has at
// most this many words (and fewer than the headline). Text-copy headlines
// (a kicker, a section or a trail before the headline on pages of four
// sites).
inline constexpr std::int32_t kMaxGluedKickerWords = 4;
// A breadcrumb trail glued to the headline with no mark nor space at all
// ("HomeSportLeichtathletikBerlin-Marathon: ..."), printed nowhere else
// without it: the line's first word has at least kMinGluedTrailSeams
// seams of a small letter before a capital (one is a name written with an
// inner capital: "WordPress", "McKinsey"). Chromium and Firefox copies
// glue trails so on news and blog pages of seven sites; on one of them
// the headline is printed only so.
inline constexpr std::int32_t kMinGluedTrailSeams = 2;
// A kicker that a spaced dash sets off before the headline on one line
// ("Minderheit in Syrien - Drusen fordern ...": the page hides the dash or
// sets the kicker apart; a paper's "Title:Name - Full title") has at most
// kMaxGluedKickerWords words, the headline after the line's only dash at
// least kMinDashTitleWords and kDashTitleToKicker times the kicker's. A
// title and its subtitle ("Issue #18 - The World Without Work?", "Ultralight
// Backpacking - A Complete Guide") or a line of several dashes are other
// shapes. Copy headlines of a news site and a paper archive, in Chromium,
// Firefox and lynx copies.
inline constexpr std::size_t kMinDashTitleWords = 5;
inline constexpr std::size_t kDashTitleToKicker = 2;
// A kicker glued to the headline's line on its own (no space at the seam:
// "Market closeStocks slip") has two or three words. Copy-headline issue
// (such lines over the headline on pages of two news sites, in Chromium
// and Firefox copies; one word is a name written with an inner capital).
inline constexpr std::int32_t kMinGluedKickerLineWords = 2;
inline constexpr std::int32_t kMaxGluedKickerLineWords = 3;
// A full title at most kReworkedTitleLines above the chosen line whose
// words match it this much (token F1) is the headline, the chosen line
// its reworded teaser. Text-copy headlines.
inline constexpr std::int32_t kReworkedTitleLines = 2;
// A line at most this many lines from the chosen one that holds it with
// more words is the full headline, the chosen line its short form.
// Text-copy headline issue (a short form printed near the headline on
// pages of two sites); raised from 3 by the text-copy headline audit (a
// section's short form seven lines below the headline, a list of links
// between them).
inline constexpr std::int32_t kFullerTitleLines = 8;
inline constexpr double kReworkedTitleShare = 0.5;
// A search title printed over the headline opens with its topic set off
// by a colon ("Topic: reworded title"), a name or a term of a word to
// three. Text copies of two German news sites, whose trail or teaser line
// above the header prints that title.
inline constexpr std::size_t kMaxSearchTopicWords = 3;
// A label of at most kMaxHeaderLabelWords words beside the byline or date
// line gives way to a full title over its standfirst at most
// kLabelTitleReach lines above it. Copy-headline issue (a topic label
// under share links and a place label under a teaser taken for the
// headline on pages of two news sites, seven lines below the title).
inline constexpr std::int32_t kMaxHeaderLabelWords = 3;
inline constexpr std::int32_t kLabelTitleReach = 10;
// A line that stands in a run of this many lines printed again elsewhere
// in the same order is an item of a menu or a contents list printed twice
// (in the header and the footer, or in a sticky bar), never the headline;
// a headline printed again with its kicker or standfirst makes a run of
// two or three. Text-copy headline audit (a contents list, a menu and a
// list of recipe links printed twice taken for the headline on pages of
// three sites).
inline constexpr std::int32_t kMinCopiedRunLines = 4;
// A run of this many lines that each stand again lower down, in the same
// order and with prose between the copies, is a guide's contents list and
// the subheadings over the sections it names: neither is the headline,
// which stands above the list. Copy-headline issue (a contents entry or
// the first subheading taken for the headline on guide pages of two
// sites, with and without a byline).
inline constexpr std::int32_t kMinContentsEntries = 4;
// A heading in title case over a line written as a sentence is the
// headline over its standfirst, even when the standfirst is the shorter:
// of the words of kMinCasedWordLetters letters or more past the first (at
// least kMinCasedWords in each line), a share of kTitleCaseShare or more
// open with a capital in the heading and of kSentenceCaseShare or less in
// the standfirst. Text-copy headline audit (standfirsts taken for the
// headline on pages of two sites).
inline constexpr std::int32_t kMinCasedWordLetters = 4;
inline constexpr std::int32_t kMinCasedWords = 2;
inline constexpr double kTitleCaseShare = 0.8;
inline constexpr double kSentenceCaseShare = 0.25;
inline constexpr std::int32_t kMinTitleCaseWords = 5;
// On a page whose prose is written in sentence case (of the body's first
// kBodyLinesRead lines' cased words, kSentenceCaseShare or fewer open with
// a capital: English prose has 3-13%, German, which capitalises its nouns,
// about half), a line in title case (kTitleCaseShare of at least
// kTitleCaseMinCasedWords cased words) above the byline and date line is set
// as a title: it scores kTitleCaseScore more than the menu labels,
// captions, tag rows and standfirsts written as sentences around the
// headline (below both, a title-case line is a subhead or a label: a
// fixture's). Copy-headline issue: a deck, a picture's caption, a tag row
// or a trail's short name taken over a title-case headline in copies of
// four sites' pages (two title-case labels now win instead; 0.75 and 1
// lost more such labels than they won).
inline constexpr std::int32_t kTitleCaseMinCasedWords = 3;
inline constexpr double kTitleCaseScore = 0.5;
}  // namespace text_header

namespace captions {
// A caption box's block mostly links is a teaser, not a caption. Trust
// rework.
inline constexpr float kMaxLinkDensity = 0.5f;
// How far up from a caption block its credit element, its chrome container
// and its figure are looked for. Trust rework.
inline constexpr int kCreditLevels = 3;
inline constexpr int kChromeLevels = 12;
inline constexpr int kFigureLevels = 6;
// A credit glued to the caption's last sentence ("...more common.Zhejiang
// Daily / AP") is short. Trust rework.
inline constexpr std::size_t kMaxGluedCreditWords = 8;
// An alt text and its caption with credit come one after the other, so a
// caption is checked for being part of only this many captions before it
// (exact repeats are found among all). Keeps a page of thousands of picture
// boxes linear (bench/hostile picture-boxes).
inline constexpr std::size_t kMaxCaptionsCompared = 16;
}  // namespace captions

namespace person_names {
// A person's name: at most 80 bytes and five words; in a script without
// case, two to twenty characters. First version.
inline constexpr std::size_t kMaxBytes = 80;
inline constexpr int kMaxWords = 5;
inline constexpr std::size_t kMinUncasedChars = 2;
// A section's or a role's word glued to a name's end in a text copy
// ("Ana BlakeyLive", "Mia RossBusiness") has three letters at least; a
// shorter capitalised run is an initialism's ("BeauHD").
inline constexpr std::size_t kMinGluedTailLetters = 3;
// The surname it is glued to has four letters at least: a shorter head is
// a name's own prefix ("McCall", "MacLean", "DeSiato", "VanDyke"), whose
// tail may be printed in a menu ("Call").
inline constexpr std::size_t kMinGluedHeadLetters = 4;
// A date word glued to a name's end is cut off from five letters on
// ("FidlerThursday"); shorter ones ("On", "Sun", "Date") end surnames.
inline constexpr std::size_t kMinGluedDateWordBytes = 5;
// A job title's first word glued to the surname before it
// ("Nora EllinghamTransport Correspondent") is cut where a capital follows
// four lower-case letters or more; fewer are a surname's own ("McDonald",
// "DeLuca", "MacArthur").
inline constexpr std::size_t kMinLowerBeforeGluedTitle = 4;
inline constexpr std::size_t kMaxUncasedChars = 20;
// The figures of an affiliation note glued to a surname ("Roe1,2",
// "Doe12") are one or two digits each; three or more are a year or a count.
// Journal and science news copies of two sites.
inline constexpr std::size_t kMaxAffiliationDigits = 2;
// A name printed twice before a text copy's byline ("Jane Doe By Jane
// Doe") is one of four bytes or more: shorter repeats are initials or
// words. Text-copy bylines (repeated names on pages of three sites).
inline constexpr std::size_t kMinRepeatedNameBytes = 4;
// ... and of at most this many: a longer head is a sentence, and
// trying every head of a long line (a byline of 100,000 names) was
// quadratic. The longest by-words ("This blog post was written by") are
// shorter too. Hostile inputs (a one-line byline of 1.2 MB took minutes).
inline constexpr std::size_t kMaxRepeatedNameBytes = 80;
// An outlet printed in capitals after a name in mixed case has at most
// this many words ("MDR THÜRINGEN", "USA TODAY"); more is a sentence in
// capitals. Headline and authors issue.
inline constexpr std::size_t kMaxOutletCapitalWords = 3;
// ... and at least this many capitals: "CEPF", "CFP", "PSP" after a name
// are credentials (health, finance and security blogs), not outlets.
inline constexpr std::size_t kMinOutletCapitals = 6;
// A date line's field that names its author alone has two to four words
// ("· 30 min · Jane Roe"); a date line holds at most this many fields
// read. Text-copy date lines of blogs and news pages (three sites).
inline constexpr std::size_t kMinFieldNameWords = 2;
inline constexpr std::size_t kMaxFieldNameWords = 4;
inline constexpr std::size_t kMaxDateLineFields = 8;
// A list item after the article's text that prints at least this many
// words before its byline's first name holds another story's title ("Storm
// damage counted By Pia Tellen", a numbered list of other stories with no
// heading); a byline's own lead-in is one or two ("By", "Reporting by").
inline constexpr std::size_t kMinStoryTitleWords = 4;
}  // namespace person_names

namespace linked_data {
// Malformed or hostile JSON-LD is skipped past these: script nesting
// (first version), the graph's depth and size, and the depth of a value
// followed for a string or an author (trust rework).
inline constexpr int kMaxScriptDepth = 64;
inline constexpr int kMaxGraphDepth = 12;
inline constexpr std::size_t kMaxGraphObjects = 4000;
inline constexpr int kMaxValueDepth = 4;
// An article object inside a list (related stories, breadcrumbs) loses
// this much of its score: a teaser there never beats the page's article.
// Trust rework.
inline constexpr int kInListPenalty = 4;
}  // namespace linked_data

namespace language {
// CLD2 names a language only from this many bytes of letters (its
// `text_bytes`): its README sets the design target at "at least 200
// characters (about two sentences)" and warns it "is not designed to do
// well on very short text". Language detection commit.
inline constexpr int kMinDetectTextBytes = 200;
// A declared tag gives way to the detected language only when the text is
// long (five times the above), CLD2 calls its answer reliable and finds
// that language in most of the text: a quoted passage, a bilingual page or
// a short text do not overrule what the page says. On the DEV sets every
// page these correct is right (English pages declaring "de", Spanish,
// Gujarati, Georgian and Swahili pages declaring "en"); at 200 bytes and
// 50% an isiZulu page declaring "en", a language CLD2 does not know, would
// become Chichewa (54% of its text). Language detection commit.
inline constexpr int kMinContradictTextBytes = 1000;
inline constexpr int kMinContradictPercent = 90;
// Detection reads the headline and at most this much of the body (about
// 700 words): CLD2 takes about 70 us a kilobyte, and a longer text names
// no other language. On the DEV sets the languages found are the same as
// with 32 KiB, and detection on every wcxb page takes 0.26 ms a page
// instead of 0.73 (3% of a run instead of 8%). Language detection commit.
inline constexpr std::size_t kMaxDetectBytes = 4 * 1024;
// The spelling of an English text names its region when one side has
// at least this many words and that many times the other side's: the
// British and European pages misread had 24 and 4 British words against 0
// and 2 American ones, the US page 8 American words against none. Spelling
// region commit.
inline constexpr int kMinSpellingVotes = 3;
inline constexpr int kMinSpellingRatio = 2;
}  // namespace language

namespace topics {
// A section or a tag longer than this is a sentence, a headline or a
// keyword list written without separators, not a name ("Giorgia Meloni da
// Donald Trump a Mar-a-Lago: ..." as article:section; "Boxen Russland
// Frank Warren Wladimir Klitschko ..." as keywords). The longest section
// of the benchmark pages is 39 characters, the longest tag 45.
inline constexpr std::size_t kMaxSectionChars = 60;
inline constexpr std::size_t kMaxTagChars = 60;
inline constexpr std::size_t kMaxTagWords = 8;
// A tag's label before a colon ("content-type: How-to", "Category:
// Phones", "NLP Category: General") of at most this many words marks an
// analytics marker, not a tag.
inline constexpr std::size_t kMaxMarkerLabelWords = 3;
// At most this many tags are kept: past it, a list is an SEO word list.
inline constexpr std::size_t kMaxTags = 30;
// A tag line or tag box counts this far after the text's last block (a
// share bar, a byline box and a related list come between them).
inline constexpr std::int32_t kTagBoxMaxBlocksAfter = 25;
// A block is in a tag box when its element or one of this many ancestors
// is classed so (<div class="tags"><ul><li><a>).
inline constexpr int kTagBoxAncestors = 3;
// And the box shares an ancestor with the text's last block at most this
// many levels above that block: the article's own box, not a footer menu
// or a rail of teasers classed with tags.
inline constexpr int kTagBoxTextLevels = 4;
}  // namespace topics

namespace paywall {
// A "subscribe to continue reading" prompt counts within the text or this
// many blocks after its end (the wall's box follows the teaser).
inline constexpr std::int32_t kPromptMaxBlocksAfter = 12;
}  // namespace paywall

namespace comments {

// A commenter's name is short: longer, the line was not a name after all
// ("Great article, thanks for writing it" above a date).
inline constexpr int kAuthorMaxWords = 6;
inline constexpr std::size_t kAuthorMaxBytes = 80;
// JSON-LD comments nest replies in replies: no deeper than this.
inline constexpr int kMaxReplyDepth = 16;

}  // namespace comments

}  // namespace pith::thresholds

#endif  // PITH_METADATA_THRESHOLDS_H_
