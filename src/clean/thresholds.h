// The clean stage's thresholds: what reads as prose, which container is
// the article, which of its blocks stay, how sure the result is. Each says
// what it decides and where it came from: Readability.js (whose scoring
// the HTML selection runs on blocks), or the pages that needed it.
#ifndef PITH_CLEAN_THRESHOLDS_H_
#define PITH_CLEAN_THRESHOLDS_H_

#include <cstddef>
#include <cstdint>

namespace pith {

// --- Every block (clean.cc) --------------------------------------------------

// Prose (IsProse): not mostly links, and a sentence of some length or a
// long block. Since the first version; text copies measure lines by the
// same rule (text_lines.cc).
inline constexpr float kProseMaxLinkDensity = 0.5f;
inline constexpr int kProseSentenceMinWords = 8;
inline constexpr int kProseSentenceMinChars = 40;
inline constexpr int kProseMinChars = 200;
// Scripts written without spaces between words (Thai, Lao, Burmese, Khmer,
// Tibetan) count a word per this many letters, vowel and tone marks aside:
// Thai words average about three (the hand-written Thai article: 615
// letters, 202 words by ICU's dictionary word breaks), so that their
// paragraphs measure as long as they read. Came with articles in every
// script.
inline constexpr std::size_t kUnspacedLettersPerWord = 3;
// For the confidence, such a letter counts as this many Latin characters:
// a word of three letters as a Latin word of five and its space (a Thai
// post of one short paragraph fell below the gate, as long as an English
// brief that passes).
inline constexpr int kUnspacedCharLetters = 2;
// Thai and Lao mark no sentence end: running text that ends with a letter
// ends a sentence from this many words (by the count above), longer than a
// headline (the Thai article's: 17 words; its shortest paragraph: 33).
inline constexpr int kUnmarkedSentenceMinWords = 25;

// A link title (IsLinkTitle): a block that is mostly one link and reads
// like a headline, another story's title. Came with the teaser cards
// ("Popular Stories" under an article, a grid of "most popular" diets).
inline constexpr float kLinkTitleMinLinkDensity = 0.8f;
inline constexpr int kLinkTitleMinWords = 2;
inline constexpr int kLinkTitleMaxWords = 25;

// A web address written out is a reference the article keeps. First a
// 12-word bound; raised to bytes for long addresses in the text.
inline constexpr std::size_t kWrittenAddressMaxBytes = 300;

// Label phrases (share bars, ad labels, sign-in prompts) are looked for
// only in blocks this short: a longer one is text that mentions them.
// Since the first version.
inline constexpr int kLabelMaxWords = 40;

// Different appeal terms ("your support", "journalism", "donate") that
// make a block a fundraising or subscription pitch; one alone is ordinary
// news vocabulary. Since the first version, for the seed page's "Your
// support helps us..." run (the terms are in heuristics.cc).
inline constexpr int kAppealMinTerms = 2;

// A notice asking consent to show an embed is this short at most (the
// longest seen, a chart's: 70 words); a longer block is text about
// consent. Its box holds this many blocks at most: the notice, its label,
// a button, the embed's title (three German news sites' YouTube, chart
// and "external content" boxes: 3 to 5).
inline constexpr int kEmbedConsentMaxWords = 100;
inline constexpr std::size_t kEmbedBoxMaxBlocks = 6;

// A summary box above the text (DropSummaryBox): a title of a few words
// ("Darum gehts", "In Kürze:", "Kort fortalt") over a list of at least
// two points, and at most this many other lines in the box (a note that
// a machine wrote the summary, its buttons). Three news sites in Swiss
// and Norwegian German and Norwegian: 3 to 5 points, one or two other
// lines.
inline constexpr std::size_t kSummaryMinItems = 2;
inline constexpr int kSummaryTitleMaxWords = 5;
inline constexpr std::size_t kSummaryBoxMaxOtherBlocks = 4;
// A list of quantities (IsQuantityList): at least three items, and at least
// 60% of the list's items, of two to ten words opening with an amount ("500 g
// frische Spätzle", "1/2 cup grated parmesan"). Recipe cards and recipe pages of
// German, French and English food blogs and magazines: 5 to 15 items, all
// but a "Salz und Pfeffer" or a "zum Servieren:" line opening with one. A
// summary's points are sentences; a table of contents is linked. Such a
// list outside the container is looked for within two levels above it (an
// ingredients box beside the steps' box, in the recipe's <article> or its
// section).
inline constexpr std::size_t kQuantityListMinItems = 3;
inline constexpr std::size_t kQuantityListMinPercent = 60;
inline constexpr int kQuantityItemMaxWords = 10;
inline constexpr int kQuantityListMaxLevels = 2;
// A heading closing the body with nothing kept under it is a box's label
// ("Our partners", "Reviews") up to this many words; a longer one is a line
// of the text set in a heading tag (measured on blog and shop pages).
inline constexpr int kClosingHeadingMaxWords = 4;
// A "read also" label over links left out (DropLeadInsOverDroppedLinks):
// up to this many words ("Olvassa el ezt is:"), over a block whose text is
// at least this share of link text. Made-up news pages of two templates in
// twenty languages, where the label stayed alone among the paragraphs.
inline constexpr int kLinkLeadInMaxWords = 4;
inline constexpr float kLinkLeadInMinLinkDensity = 0.8f;
inline constexpr int kLinkLeadInMinHeadlineWords = 3;
// A second copy of the text (DropRepeatedCopy): a run of at least this
// many body blocks that says again, block for block, a run earlier in the
// body, with this many characters of prose (code aside, each paragraph
// counted once), is the same text printed once more, as page builders do
// for each screen width (a contractor's guide printed three times, a
// software blog's post twice: 34 to 146 blocks; a news site's stories
// twice, one a four-paragraph story once its "follow us" line is chrome).
// Tables, legends, addresses and code samples repeated on purpose run
// shorter (3 to 9 blocks, under 1000 characters of prose). The search
// compares at most so many blocks: a page repeating one line thousands of
// times stays linear.
inline constexpr std::size_t kRepeatedCopyMinBlocks = 4;
inline constexpr std::int64_t kRepeatedCopyMinProseChars = 1000;
inline constexpr std::size_t kRepeatedCopyMaxEarlier = 4;
inline constexpr std::size_t kRepeatedCopyMaxCompares = 200000;
// A pull quote (DropPullQuotes): a sentence or two (5 to 60 words) whose
// runs of three words are nearly all (90%) in a paragraph at least a
// quarter longer, within a few body blocks of it; under it at most two
// short lines that are no sentence (the speaker's name, their role).
// News pages of six sites in English, German and Lithuanian print them
// one to four blocks from the paragraph; a heading, a list item or an
// exact copy is left alone (subheads and lists that repeat the text).
inline constexpr std::int32_t kPullQuoteMinWords = 5;
inline constexpr std::int32_t kPullQuoteMaxWords = 60;
// A quote that ends no sentence needs this many words: shorter, it is a
// title that the text names (a show's name in angle brackets).
inline constexpr std::int32_t kPullQuoteUnendedMinWords = 10;
inline constexpr std::int32_t kPullQuoteSourceMinPercent = 125;
inline constexpr double kPullQuoteMinCoverPercent = 90.0;
inline constexpr std::size_t kPullQuoteMaxDistance = 6;
// A quote alone in a <blockquote> goes when this share (65%) of its runs
// of three words are in one paragraph of the text column, or two in a
// row, anywhere in the body. News pages of five sites in English and
// German and two blogs: the paragraph 10 to 20 blocks away, split over
// two paragraphs, or with a word or clause the quote leaves out (67% to
// 83% of runs found).
inline constexpr double kBlockquoteRepeatMinCoverPercent = 65.0;
// Quotes set apart looked for in the whole text, at most, per page: a news
// page sets a handful; a forum thread of thousands of quoted posts would
// make the search quadratic.
inline constexpr std::size_t kPullQuoteMaxFarChecks = 32;
inline constexpr std::int32_t kPullQuoteCreditMaxWords = 8;
inline constexpr std::size_t kPullQuoteMaxCreditLines = 2;
// Under a quote that the article's prose repeats, a credit line may be
// longer: a name with a full job title ("Jane Roe, deputy director of the
// regional climate programme") or a role of a dozen words (copies of
// news pages of four sites in German, French and English: 2 to 10 words).
inline constexpr std::int32_t kRepeatedQuoteCreditMaxWords = 12;
// A text copy's pull quote is credited to a name of two to four words
// ("Jane Roe", "Advocate Jane Roe", "Jean-Luc de la Roe"), before the
// role: longer, the line before a comma is a subhead or a sentence.
inline constexpr std::size_t kCreditNameMaxWords = 4;
// A text copy's summary box over the article (SkipSummaryBox): three to
// six points of one sentence, at most 35 words each (news pages of four
// sites: 3 or 4 points of 9 to 27 words), above at least twice their
// prose. More lines glued so are a list of the article's own.
inline constexpr std::int64_t kTextSummaryMinPoints = 3;
inline constexpr std::int64_t kTextSummaryMaxPoints = 6;
inline constexpr std::int32_t kTextSummaryPointMaxWords = 35;
inline constexpr std::int64_t kTextSummaryArticleMinRatio = 2;
// A sentence more than this many times as long as the longest point
// before it is the lead glued under the list: the points of one box came
// within 1.4 times of each other's length on the four sites' pages.
inline constexpr std::int32_t kTextSummaryLeadMinRatio = 2;
// A caption set as a plain paragraph (MarkPictureCaptions): a line of 3
// to 25 words, alone with an <img> in a box at most this many levels above
// it (picture boxes of four news sites, in German and Austrian German). A
// card's description beside its logo runs longer; a play button's label
// ("watch now") is shorter.
inline constexpr std::int32_t kPictureCaptionMinWords = 3;
inline constexpr std::int32_t kPictureCaptionMaxWords = 25;
inline constexpr std::size_t kPictureBoxMaxDepth = 3;
// A photo essay tells its story in its captions (KeepEssayCaptions): at
// least this many captions of a sentence of this many words or more, in
// the article's box, holding at least this share of the text the body and
// they hold together. Essays of a ferry, a harvest and a flock (English,
// Spanish, Italian; figcaptions and plain caption boxes) put 70 to 100 per
// cent of their words in the captions; an article's photo captions beside
// its paragraphs hold a fifth or less.
inline constexpr std::size_t kEssayMinCaptions = 3;
inline constexpr std::int32_t kEssayCaptionMinWords = 12;
inline constexpr std::int64_t kEssayCaptionsMinPercent = 60;

// Site-wide notices (an affiliate note, a newsletter box, a disclaimer)
// among an HTML article's first or last this many body blocks leave it
// (DropBoilerplateLines): German news sites and English blogs put their
// affiliate notes there; further in, the same words are the article's (a
// post about affiliate marketing).
inline constexpr std::size_t kNoticeEdgeBlocks = 4;
// An e-mailed newsletter's line with the link to its web version ("Is
// this email not displaying correctly? View it in your browser.", the
// issue's title before ":: View in Browser"): at most this many words, as
// newsletter posts of two platforms print it (IsEmailViewLine then tells
// it from a short sentence of the article offering a web version).
inline constexpr std::int32_t kEmailViewLineMaxWords = 30;
// Running text below a paywall prompt inside an HTML article that still
// reads as the wall's pitch (DropAfterPaywallPrompt): a newsletter's
// "what a subscription brings" points and a business daily's one-line
// offer ("4 weeks for 1 €, cancel monthly.") stay under it; two paragraphs
// of the article printed in full under an overlay's prompt do not.
inline constexpr std::size_t kWallPitchMaxProseBytes = 200;

// --- Strict and loose selection (FindArticle) --------------------------------

// When a caption-classed box or a header inside the article took every
// paragraph (a photo post's text, a theme's short entry in its <header>),
// they are spared if they are a post's paragraphs, at least this many,
// and the article holds at most this many link titles (its own permalink
// or date): a home page's hero line over cards of links stays out.
inline constexpr std::size_t kSparedBoxMinParagraphs = 2;
inline constexpr std::int32_t kSparedBoxMaxLinkTitles = 1;

// Readability.js's DEFAULT_CHAR_THRESHOLD: an article shorter than this
// after class names excluded candidates is chosen again without them.
inline constexpr int kArticleMinChars = 500;
// The loose article replaces the strict one only when it is half as long
// again (a percentage of the strict one's length): a little more text is
// no reason to let a chrome-classed box back in. Since the first version.
inline constexpr int kLooseArticleMinPercent = 150;
// Under the page's own h1, away from the strict pass's box, the loose
// article needs this much prose only: a practice's two-paragraph welcome
// (about 400 characters); copyright lines under a headline whose text
// did not load fall short.
inline constexpr int kHeadedLooseMinProse = 250;

// --- The prose run beside the container (prose_baseline.cc) -----------------

// A run of prose blocks goes on across at most this many other blocks (a
// heading, a picture's credit, a short line between paragraphs), as
// jusText lets short blocks between good ones belong to the text.
inline constexpr std::int32_t kProseRunMaxGap = 3;
// The run joins (or replaces) the container's body only when it holds
// twice Readability's minimum article of prose and half as much again as
// the container kept, as a percentage (the same margin as the loose
// article's). Tuned on a consulting guide whose builder widgets were
// dropped, a legal-aid page and a news story whose consent panel won: a
// margin of 120 gained nothing more, and the longest run on a page is
// sometimes a list of other stories, so not less.
inline constexpr std::int64_t kProseRunMinChars = 1000;
inline constexpr std::int64_t kProseRunMinGainPercent = 150;

// --- Candidate scoring (article_html.cc), after Readability.js ---------------

// Readability's class weight: an article-like class or id adds it, a
// chrome-like one takes it away (_getClassWeight).
inline constexpr int kClassWeight = 25;

// Readability's initial score of a candidate by its tag (_initializeNode).
inline constexpr int kContainerTagScore = 5;   // div, article, main, section
inline constexpr int kBlockTagScore = 3;       // pre, td, blockquote
inline constexpr int kListTagScore = -3;       // address, lists, li, form
inline constexpr int kHeadingTagScore = -5;    // h1-h6

// Readability's paragraph score: shorter paragraphs add nothing; a
// paragraph adds one point, one per comma, and one per hundred characters
// up to three. A shorter block that reads as a sentence by ProseLength
// (IsProse) scores too: a Chinese sentence of fifteen characters says as
// much as an English one of forty-five (a short Chinese post had no
// scored paragraph, so no container).
inline constexpr int kScoredParagraphMinChars = 25;
inline constexpr double kParagraphScore = 1.0;
inline constexpr double kCharsPerScorePoint = 100.0;
inline constexpr double kMaxLengthScore = 3.0;

// Readability gives a paragraph's score to this many ancestors: the
// container in full, its parent half, each further one a third of the
// level (level 2 a sixth, level 3 a ninth...).
inline constexpr int kScoredAncestors = 5;
inline constexpr int kParentScoreDivider = 2;
inline constexpr int kAncestorScoreDividerPerLevel = 3;

// Readability's alternative candidates: those scoring this share of the
// top one; when MINIMUM_TOPCANDIDATES of them share an ancestor, the
// article is that ancestor (pages that split the body into columns).
inline constexpr double kAlternativeCandidateShare = 0.75;
inline constexpr int kMinTopCandidates = 3;

// Readability's fixed threshold when climbing from the top candidate: an
// ancestor scoring under a third of it stops the climb (a decaying one let
// a distant wrapper win).
inline constexpr int kClimbScoreDivider = 3;

// An element holding the headline or an article-classed container, with
// this share of the page's prose, or any element not strongly chrome with
// more than half of it, holds the article whatever its class says ("page
// has-sidebar", "widget Blog"). Since the first version.
inline constexpr int kHeadedArticleMinProsePercent = 30;

// A box chrome by its id ("sidebar") holding more than half of the
// prose still is chrome when an article-classed box apart from it holds
// this share: a short blog post beside a sidebar's longer "about" text
// (made-up probes of 2005-2017 blog themes, two theme shapes).
inline constexpr int kApartPostMinProsePercent = 20;
inline constexpr int kArticleMinProsePercent = 50;

// --- The article's other parts (ArticleParts), after Readability.js ----------

// Readability's sibling threshold: a sibling of the top candidate scoring
// this share of it, and at least the minimum, joins the article; a sibling
// with the top candidate's class gets the same share as a bonus.
inline constexpr double kSiblingMinScore = 10.0;
inline constexpr double kSiblingScoreShare = 0.2;
inline constexpr double kSameClassBonusShare = 0.2;
// Readability's sibling paragraphs: a long one with few links, or a short
// one without links that ends a sentence, joins the article.
inline constexpr int kSiblingParagraphChars = 80;
// A lead box before the text column (LeadBoxBefore): a sentence or two
// of prose in one paragraph (the probe pages' Drupal, TYPO3, WordPress
// and news-CMS leads; a box of two is a "Takeaway" box or a teaser card),
// found at most this many boxes down the last sibling (a
// header box around the headline and the lead).
inline constexpr int kLeadBoxMinProseChars = 60;
inline constexpr int kLeadBoxMaxBlocks = 1;
inline constexpr int kLeadBoxMaxDepth = 3;
inline constexpr double kSiblingParagraphMaxLinkDensity = 0.25;

// A fully linked paragraph between kept ones is the text's own sentence up
// to this many words; longer, it is a hover card's or a link list's text
// glued into one block.
inline constexpr int kLinkedSentenceMaxWords = 40;

// A piece of a text container that the page split around a wide figure
// (same tag and class) joins when it holds this much prose.
inline constexpr int kSplitPieceMinProse = 200;
// A class name names one box when its last run of letters and digits is
// a key this long of letters and digits: page builders' widget keys
// ("elementor-element-a77952e", seven) and portal ids run longer; layout
// names ("col-lg-8", "mb-4", "h-100") stop short.
inline constexpr int kPerBoxKeyMinChars = 5;

// A caption-classed box is text, not a caption, once it holds this many
// blocks and this much prose: a caption is a line or two under a picture.
inline constexpr std::int32_t kCaptionBoxMaxBlocks = 3;
inline constexpr std::int64_t kCaptionBoxMaxProse = 400;

// --- Widening to sibling boxes (WidenToSiblingBoxes) --------------------------

// Climbing from the chosen root, a step that adds text to the body must add
// mostly running text (this share of its bytes); the widest such ancestor
// becomes the root when it brings this much more prose, and this share of
// what the root had (a page builder's boxes each holding part of the text:
// seen on two Elementor blogs, a cloud provider's module sections and a
// fund company's grid of text boxes). A quarter instead of half took in a
// services site's contact and office boxes.
inline constexpr int kWidenStepMinProsePercent = 50;
inline constexpr int kWidenMinProseGain = 500;
inline constexpr int kWidenMinGainPercent = 50;
// The climb stops after this many ancestors: each step judges the whole
// page again. Page builders nest a part's boxes a dozen deep; over the
// 1,050 pages of the development sets a climb took at most 29 steps and
// widened at most 13 up, while 400 nested boxes each holding a paragraph
// over 20,000 paragraphs took 400 steps (bench/hostile "widening-boxes").
inline constexpr int kWidenMaxSteps = 32;

// --- Teaser cards (TeaserCards) ----------------------------------------------

// Runs of this many siblings alike, each a few blocks opening with another
// story's linked title and at most a short summary ("Popular Stories"
// under an article, a grid of "most popular" diets).
inline constexpr int kTeaserRunMinCards = 3;
// A deals roundup's offer line ("Robot vacuum for $179 at Shopmart") is at
// most this long: a product's name, its price and a shop; longer linked
// text is a sentence, not an offer. Made-up deals probes ran to 60 bytes.
inline constexpr std::size_t kOfferLineMaxBytes = 160;
// Another story's <article> element is left out only after this many
// characters of the text's prose above it: an endless news page appends
// the next article under a text of a few paragraphs, a blog lists other
// posts under it; the page's own header box sits above the text.
inline constexpr std::int64_t kOtherStoryMinProseBefore = 1000;
// The next post of a blog column (an <article> beside the text's own, its
// title linked and dated) is left out after this much of the text's prose:
// a short post of a paragraph or two. Measured as kept on unseen blogs.
inline constexpr std::int64_t kOtherPostMinProseBefore = 200;
// Another post's card under a linked title holds at most this much prose
// (a blog's "more from" cards ran to some 750 characters of excerpt); a
// guide's product items under linked names say more.
inline constexpr std::int64_t kOtherStoryTeaserMaxProse = 1000;
inline constexpr int kTeaserCardMaxBlocks = 6;
inline constexpr int kTeaserCardMaxProse = 600;
// A card of another story inside the text (IsCardInText) says at most a
// summary's worth of prose under its title (German news cards: two or
// three sentences, some 200 characters), and its kicker over the title
// is a few words ("Marathon star").
inline constexpr std::int64_t kCardInTextMaxProse = 400;
inline constexpr int kCardKickerMaxWords = 6;
// ...and the text around it holds at least this much prose: a social
// feed's short posts, each headed by its poster's linked name, are no
// text with a card in it.
inline constexpr std::int64_t kCardInTextMinTextProse = 1000;

// An author's bio under the text is followed by at most this many blocks
// (a lender's disclaimer, "Watch Next" on blog and magazine pages); one
// with more text after it is a section of the article.
inline constexpr std::size_t kBioMaxBlocksAfter = 1;
// A text copy's author box: the bio's name is printed on one of the few
// lines above it (the name, then a role line or "Written by"), and the
// name is a few words. After the bio come at most a few lines (another
// author's box, "View all posts by", a pitch) before the run ends; more
// is the article going on. Blog and news copies of a dozen sites.
inline constexpr std::size_t kBoxNameMaxLinesAbove = 3;
inline constexpr std::size_t kBioNameMaxWords = 4;
inline constexpr std::size_t kBioNameMaxChars = 40;
inline constexpr std::int64_t kTextBioMaxLinesAfter = 6;
// A bio about the byline's writer closing a text copy's run is followed
// by at most this much prose (Latin letters): a newsletter's one-line
// pitch (113 on a news site's copy) or the network's name; a guest post's
// host thanking the writer in two paragraphs (600) is the article's.
inline constexpr std::int64_t kBylineBioMaxProseAfter = 200;
// The box's label over the name ("Written by", "About the author") is a
// line of at most this many words.
inline constexpr std::int32_t kBoxLabelMaxWords = 3;
// A text copy's related-stories box closes the article when the lines
// under it to the run's end hold less than 1/this of the run's text
// above it: tails of a bio, an appeal or teasers ran 0.4-3.5% of the
// article on pages of a dozen sites; an article's last paragraph under
// a box inside it ran 5.6% and more.
inline constexpr std::int64_t kClosingRelatedBoxTailShare = 25;
// A list's items each closing with a box ("More on ..."): the last box
// stands this many lines under the run at most (past the item's author).
inline constexpr std::size_t kBoxBelowRunReach = 2;

// --- Junk containers inside the article (IsJunkContainer) --------------------

// After Readability's _cleanConditionally: a container with this many
// commas is text; else many links (more than the first share when its
// class weight is under kClassWeight, where Readability has 0.2; the
// second whatever its class) make it a box of links, tools or teasers.
inline constexpr int kJunkMaxCommas = 10;
inline constexpr double kJunkLinkDensity = 0.25;
inline constexpr double kJunkMaxLinkDensity = 0.5;
// A box whose links lead to this many other sites is a list of sources:
// its links to them do not make it a box of links (wcxb: source lists and
// reading lists under posts; one or two sites are a shop's promotion, an
// embedded post or a "follow us" line, which fundus truth leaves out).
inline constexpr std::size_t kSourceListMinSites = 3;
// A box whose text is this share prose (and that has no other story's
// linked title) is a section of the article, whatever its links: blog
// posts whose sections end with a list of linked patches, books or
// results (wcxb: 31 pages better, 5 worse; the share is flat from 35 to 65).
inline constexpr int kJunkMinProsePercent = 50;
// Readability's isList: a list, or a box whose text is this share list items,
// is spared the first link density.
inline constexpr int kListMinTextPercent = 90;
// A box of lists or tables after the text box (AddListBoxesAfter) holds
// at most this share of prose: more is a grid of teaser cards whose
// summaries are sentences (a catalogue page's list of entries), not a
// job ad's lines or a price table with its note.
inline constexpr int kListBoxMaxProsePercent = 50;
// ... and at least this share of list items or table rows (the rest its
// headings and short lines).
inline constexpr int kListBoxMinListPercent = 50;

// A box classed for print alone (HoldsPrintedText) with this many blocks,
// of list items or prose and few links, holds text: a recipe's steps in
// "recipe-steps-print" or "etapes print" (made-up probes of three
// languages). A print button or a print layout's header or footer line
// has one or two.
inline constexpr std::int32_t kPrintBoxMinBlocks = 3;

// An event's facts box (IsFactsBox): at least this many term/value pairs
// ("Datum", "Ort", "Eintritt"; "When", "Where", "Tickets"), terms of a few
// words and values of a line, at most kFactsBoxMaxBytes in all (which
// bounds the walk over its blocks), and this share of its column's text:
// beside a description of a sentence or a few (made-up event pages in
// German, English and French). An article's meta box (author, date,
// reading time) is a tenth of a story's column or less.
inline constexpr int kFactsMinPairs = 3;
inline constexpr int kFactTermMaxWords = 3;
inline constexpr int kFactValueMaxWords = 10;
inline constexpr std::int64_t kFactsBoxMaxBytes = 600;
inline constexpr std::int64_t kFactsBoxMinSharePercent = 30;
// The facts list may sit in this many boxes of its own inside the box the
// share is measured against (a "meta-group" around a <dl>).
inline constexpr int kFactsBoxMaxWrappers = 3;

// --- Blocks inside the article (SelectHtmlArticle) ---------------------------

// A paragraph this long, this share of its cased words in small letters,
// is running text though it ends without a mark (on a smiley, a link):
// came with the junk-box retry, for short blog posts and news briefs whose
// only text sat in a link-heavy box. Prose has most words small even in
// German (about 60%); a contact address line has 10-20%.
inline constexpr int kPostParagraphMinWords = 20;
inline constexpr int kPostParagraphMinLowercasePercent = 40;

// A paragraph ending with a photo credit is a caption when this short: a
// longer one is text that cites a photo.
inline constexpr int kCreditCaptionMaxWords = 60;
// Short text in a figure is an image credit or a label ("Getty Images",
// "Enlarge").
inline constexpr int kFigureLabelMaxWords = 12;
// A heading's id of this many hyphenated words is an anchor slug of its
// text, not a box's name (ids of TOC plugins on guides of three sites; a
// box's id such as "related-posts" has two).
inline constexpr int kHeadingAnchorMinWords = 4;
// A linked subhead heads the kept text that follows past this many short
// blocks left out: a product's picture credit and its row of shop buttons
// (product and craft roundups of several sites).
inline constexpr std::size_t kSubheadSkippedMaxBlocks = 2;
// A block mostly links leaves the body (its --explain reason prints it).
// Since the first version.
inline constexpr float kBodyMaxLinkDensity = 0.5f;
// Links whose text is a web address written out do not count toward it
// when the block says this many words of its own for each address
// (MostlyLinks): "The code is at https://..." and a shop's "USA $24.99 at
// https://..." on blogs of three sites; a podcast's "Listen: https://..."
// stays a link line.
inline constexpr std::size_t kAddressLineMinOwnWords = 3;
// Nor does a sentence that lists, between commas, this many linked names of
// at most so many words each ("Companies using it are Acme, Globex,
// Initech, etc."): tool roundups and reviews of two sites.
inline constexpr std::size_t kNamedLinksMin = 3;
inline constexpr std::size_t kNamedLinkMaxWords = 4;
// Nor does a paragraph of running text: from 15 to 60 words, at least 8
// of them outside its links, ending like a sentence (news paragraphs that
// link most of their words, and blogs' paragraphs that link a book's or a
// guide's long title: pages of thirteen sites). One link of a teaser's
// summary has no words of its own; a hover card's preview glued into a
// paragraph makes it longer.
inline constexpr int kLinkedParagraphMinWords = 15;
inline constexpr int kLinkedParagraphMaxWords = 60;
inline constexpr std::size_t kLinkedParagraphMinOwnWords = 8;
// A list item that links its first sentence keeps its place in a news
// digest when it goes on with this many bytes of its own.
inline constexpr std::int64_t kLinkedLeadMinOwnBytes = 60;

// --- The article's edges (article_edges.cc) ----------------------------------

// A short line in a byline box before the text column is the byline
// ("Associated Press", "By admin - 2018-09-16").
inline constexpr int kBylineBoxLineMaxWords = 20;
// A section head closing an HTML body ("Recommended Reading", "About the
// author"): a short line, then a tail of teasers or a bio of at most this
// many words and at most 1/kClosingTailMaxShare of the body (blog and guide
// pages ending with related-post lists).
inline constexpr int kClosingHeadMaxWords = 8;
inline constexpr std::int32_t kClosingTailMaxWords = 150;
inline constexpr std::int32_t kClosingTailMaxShare = 5;
// Under a related-stories head whose first line is a linked title (a
// page builder's post grid under a short news item), the tail may be up to
// 1/kClosingTeaserTailMaxShare of the body: no section of the story opens
// on a line that is all link.
inline constexpr std::int32_t kClosingTeaserTailMaxShare = 2;
inline constexpr float kLinkedTitleMinDensity = 0.9F;
inline constexpr std::int32_t kLinkedTitleMaxWords = 16;
// A press release's company box ("About Brightwater Analytics" over a
// paragraph opening with the name) may hold up to 1/kCompanyBoxMaxShare of
// a short release's words: the name repeated is evidence enough.
inline constexpr std::int32_t kCompanyBoxMaxShare = 3;
// ... or up to as many words as the release above its head, when that
// tells a story in this many paragraphs ending like sentences: a short release of a
// few sentences over a company box of one long paragraph and a contact
// line (made-up releases in German, English and French).
inline constexpr int kCompanyStoryMinParagraphs = 3;
// What shows a reader poll under its head (PollFollows): within the next
// kPollScanMaxBlocks blocks, a run of kPollMinOptionLines lines of at most
// kPollOptionMaxWords words, not ending like sentences and mostly not
// links ("Ja" / "Nein" / "Weiß nicht"; made-up poll boxes of English and
// German papers). A poll box holds its question, a handful of options and
// a button.
inline constexpr std::size_t kPollScanMaxBlocks = 12;
inline constexpr int kPollMinOptionLines = 2;
inline constexpr std::int32_t kPollOptionMaxWords = 4;
inline constexpr float kPollOptionMaxLinkDensity = 0.5F;
// A box after the text column (DropBoxesAfterText): at most this many words
// and 1/kTailBoxMaxShare of the body, with at least kTailBoxMinGap dropped
// blocks between it and the text's last paragraph (blogs' bios and pitches,
// news pages' app, newsletter and feedback prompts; with no gap, guides'
// closing sections in another container were lost).
inline constexpr std::int32_t kTailBoxMaxWords = 150;
inline constexpr std::int32_t kTailBoxMaxShare = 5;
inline constexpr int kTailBoxMinGap = 2;
// A call-to-action box in the text (DropCallToActionBoxes): a button,
// a link of at most kCtaButtonMaxWords words that is nearly all link, in a
// box of at most kCtaBoxMaxBlocks blocks whose other lines are a heading
// and a pitch of at most kCtaPitchMaxWords words each, and which holds at
// most 1/kCtaBoxMaxShare of the body. A page with more than kCtaMaxBoxes
// such boxes is a page of them (a services page's sections, each with its
// "Learn more" button): they are its text. Made-up nonprofit and travel
// pages of two page builders, where a donation and a sign-up pitch sat
// among and after the paragraphs.
inline constexpr std::int32_t kCtaButtonMaxWords = 4;
inline constexpr float kCtaButtonMinLinkDensity = 0.9f;
inline constexpr std::int32_t kCtaBoxMaxBlocks = 5;
inline constexpr std::int32_t kCtaPitchMaxWords = 40;
inline constexpr std::int32_t kCtaBoxMaxShare = 4;
inline constexpr std::size_t kCtaMaxBoxes = 2;
// The box is looked for this many levels above its button at most: a page
// builder's box holds its button ten levels down (a lender's blog, its loan
// pitch: section, column, widget wrappers), and a button at the foot of a
// deeper nest costs a constant, not the nest's depth squared.
inline constexpr int kCtaBoxMaxLevels = 12;
// Ancestors of a button's link, itself first, whose class may say it is
// one ("elementor-button-wrapper > a.elementor-button", "wixui-button > a").
inline constexpr int kCtaButtonClassDepth = 3;
// A date line: a short line mostly taken by a date ("December 7, 2016 at
// 4:00 AM CST", "2019年04月21日 12時00分更新"). Came with the leading date
// lines in HTML; text copies tell their date line by the same measure.
inline constexpr int kDateLineMaxWords = 14;
// A commenter's name of up to four words and "2 hours ago" / "il y a 3
// jours": the relative-time pattern allows no more.
inline constexpr int kRelativeTimeLineMaxWords = 8;
inline constexpr double kDateLineMinCoverage = 0.6;
// The article's header box is left alone when it holds more paragraphs
// than a standfirst: then it is text, not a header.
inline constexpr int kHeaderBoxMaxProse = 2;

// --- Comment sections (comment_blocks.cc) ------------------------------------

// The line above a date line under a comments heading is the commenter's
// name when it is this short ("riverside_mom", "C. M."); longer, it is
// text. From the text copies' comment threads.
inline constexpr int kCommentNameMaxWords = 5;
// A thread under a heading not known as one is found by its "Jane says:"
// lines over a date: one may be a dated quote, two or more are a thread
// (came with a German blog's "12 Ergänzungen" and a design magazine's
// "124 Reader Comments").
inline constexpr std::int64_t kHeadlessThreadMinNames = 2;
// An HTML thread told by its shape alone (HtmlCommentThreads): under a
// comments heading, this many comments each a name-and-date header over
// text. Three: an interview's answers under a dated question are one or
// two; the made-up threads of four templates (news, WordPress, Disqus, a
// German blog) hold three to six.
inline constexpr int kHtmlThreadMinItems = 3;
// A comment's header line: a name of up to four words, a date and time
// ("Giulia F. 8 novembre 2024 alle 10:21").
inline constexpr int kCommentHeaderMaxWords = 10;

// --- Text copies: lines (text_lines.cc) --------------------------------------

// A Chinese, Japanese or Korean character says about as much as three
// Latin letters: so the confidence counts running text, text-copy lines
// since Japanese and Korean copies (short Japanese sentences read as
// prose), and HTML blocks (IsProse) since a short Chinese post whose
// sentences were all under kProseSentenceMinChars found no container.
inline constexpr int kWideCharLetters = 3;
// Text-copy prose also needs a few words or wide characters: a rule of
// underscores or a list of numbers is no prose however long (the first
// weighed text copies; the wide characters since Japanese and Korean ones).
inline constexpr int kLineProseMinWords = 3;
inline constexpr int kLineProseMinWide = 5;
// A line cut short with an ellipsis is a link when this short, an excerpt
// under its title when grouped, else a paragraph trailing off. Came with
// the text fixtures for each kind of chrome.
inline constexpr int kTeaserLinkMaxChars = 80;
// "By Jane Doe": a byline line is this short. Since the text copies'
// header lines stopped opening the body.
inline constexpr int kBylineLineMaxWords = 12;
// A copy has blank-line groups worth weighing when it has this many, and
// one per so many lines; a scraper's dump without blank lines is one group
// whose prose share says nothing, and its lines are weighed alone
// (benchmark text pages without their blank lines: F1 0.918 -> 0.941).
inline constexpr std::size_t kMinLineGroups = 3;
inline constexpr std::size_t kMaxLinesPerGroup = 20;
// A label of at most this many words printed this many times on a page
// is furniture under its paragraphs ("Article content"), not a line of
// their blank-line groups (lynx copies of a news site and a course site:
// two pages better, 0.52 -> 0.92 and 0.33 -> 0.98; at 4 repeats teasers'
// "more" links and kickers counted as furniture too).
inline constexpr std::int32_t kFurnitureMinRepeats = 8;
inline constexpr int kFurnitureMaxWords = 3;

// --- Text copies: the prose run (article_text.cc) ----------------------------

// What a line adds to the run (LineWeight). Headings of comment threads,
// author boxes and tag lists end the article unless much more prose
// follows (the first weighed text copies). Chrome costs its length, and at
// least an ad label's worth (since the first version); so do related-story
// headings, which sites also set inside articles (since the text
// fixtures). Short and repeated lines cost half their length and a bit
// (since the first version; length in Latin letters since Japanese and
// Korean copies).
inline constexpr int kSectionHeadWeight = -300;
// A comments heading ends the run when the thread shows within this many
// lines under it (a "View all comments" link may come first), and two
// commenters' relative times open a thread (text copies of news and blog
// pages with comment threads in German and English).
inline constexpr std::int64_t kThreadSignMaxLinesBelow = 4;
inline constexpr int kThreadMinRelativeTimes = 2;
// Signed comments under the text with no heading over them: at least two
// (a single dated line under the text is a sign-off or an update note),
// each signature a name and a day of at most this many words ("Franca B.
// 19 aprile 2024 alle 9:12", "jdoe schrieb am 22.06.2010 um 19:02 Uhr:";
// made-up blog and city-paper comment boxes).
inline constexpr int kThreadMinSignedComments = 2;
inline constexpr int kCommentSignatureMaxWords = 8;
inline constexpr double kMinChromeCost = 60.0;
inline constexpr double kShortLineCostDivider = 2.0;
inline constexpr int kShortLineExtraCost = 20;
// Prose grouped with short lines is a comment under its author and time,
// or a teaser under its title: it counts for less the fewer of its group's
// lines are prose (the first weighed text copies: F1 0.868 -> 0.937).
inline constexpr double kAllProseGroupShare = 0.99;
inline constexpr double kAllProseGroupWeight = 0.8;
inline constexpr double kHalfProseGroupShare = 0.5;
inline constexpr double kHalfProseGroupWeight = 0.5;
inline constexpr double kFewProseGroupWeight = 0.2;
// A paragraph this long (in Latin letters) that ends like a sentence
// counts as one of an all-prose group wherever it is set (MarkSectionParagraphs):
// guides and reviews set sections of subhead, spec lines and paragraphs
// with no blank line between them (text copies of wcxb guides and reviews:
// body F1 0.886 -> 0.892, thirty pages of thirty sites better; 200 gained
// more there but lost on copies of news pages, where teasers' summaries
// run long). Unless such paragraphs hold at least this share of the
// text of the paragraphs standing alone, they are cards' summaries (copies
// of news pages whose related stories carry long summaries).
inline constexpr std::int32_t kLongParagraphMinLength = 250;
inline constexpr double kSectionProseMinShareOfAlone = 0.5;
// The items of a list a line announces ("Key features:") cost nothing:
// an article made of lists goes on past them (text copies of blogs and
// guides: the body's recall 0.816 -> 0.835).
inline constexpr double kListItemWeight = 0;
// When the run's tail was cut (a box label, an author box, a comment
// thread), the short lines it had taken on to reach the cut prose end the
// article where their cost since the best end is at least this, the cost
// of two 20-letter short lines: a smaller cost is no sign of chrome (text
// copies of unseen pages: a preprint's tool list, teasers and author bios
// on eleven sites better; a table and a transcript's cue at 55 and 12).
inline constexpr double kCutTailMinCost = 60.0;
// A stretch of lines holding this many code-shaped ones is a code sample:
// its other indented lines are code too (text copies of developer
// tutorials on nine sites: body F1 0.899 -> 0.903; asking for two lost
// the YAML samples, whose one code-shaped line is "---").
inline constexpr int kCodeBlockMinShapedLines = 1;
// A short line opening its blank-line group with prose at most this many
// lines above and below it (a subhead, a short sentence, a spec line)
// costs this share of a short line when the run is extended past its end:
// guides and checklists alternate them with short paragraphs (text copies
// of unseen guides and blogs: body F1 0.883 -> 0.885, some twenty sites
// better).
inline constexpr std::size_t kBetweenProseMaxGap = 3;
inline constexpr double kBetweenProseCostShare = 0.25;
// A list without an intro ending in a colon is this many lines in a row
// of this many words or more, in the group of the line above them; a run
// whose every word of this many letters is capitalised is headlines
// (text copies of guides and reviews on unseen sites: body F1 0.871 -> 0.879).
inline constexpr std::size_t kListRunMinLines = 3;
// A card template: at least this many labels of at most this many
// words, each printed over points on this many cards or more, one of
// them over lists of this many points (text copies of product guides
// and spec reviews; teaser grids and video carousels print one headline
// under each kicker).
inline constexpr std::int32_t kCardLabelMinCards = 3;
inline constexpr int kCardLabelMaxWords = 4;
inline constexpr std::size_t kCardTemplateMinLabels = 2;
inline constexpr std::size_t kCardListMinPoints = 2;
// Two labels of one card are at most this many lines apart.
inline constexpr std::size_t kCardMaxLines = 30;
inline constexpr int kListRunMinWords = 4;
// A spec or price list: this many lines in a row in one group, each a
// label of at most this many words, a colon and a value of at most this
// many (text copies of price guides and school listings on two unseen
// sites: body F1 of those pages 0.44 -> 0.97 and 0.62 -> 0.72).
inline constexpr std::size_t kSpecListMinLines = 2;
inline constexpr std::size_t kSpecLabelMaxWords = 5;
// Interviews and FAQs set as "Q:"/"A:" lines or speakers' names (a short
// Q&A profile in a copy of a community page lost its short answers):
// labels of at most three words (a full name), alternating over at least
// three exchanges, which spec lists and bylines do not; initials of at
// most two letters ("JD"), so that "PRO"/"CON" are no speakers.
inline constexpr std::size_t kDialogueLabelMaxWords = 3;
inline constexpr std::size_t kDialogueMinLines = 6;
inline constexpr long kSpeakerInitialsMaxLetters = 2;
inline constexpr std::size_t kSpecValueMaxWords = 3;
inline constexpr std::size_t kTitleWordMinLetters = 4;
// A page that repeats this many paragraphs prints its article twice (a
// hidden print or mobile copy; four sites of the text copies of unseen
// pages, 0 -> 0.9 each): the first copy counts. A ticker or a teaser is
// one paragraph shown twice.
inline constexpr std::int32_t kMinRepeatedParagraphs = 3;
// A caption or credit interrupts the article without ending it.
inline constexpr int kCaptionLineWeight = -10;
// A testimonial carousel: this many cards in a row or more, each a quote
// of this many words or more over its reviewer's name or handle of at most
// this many words and characters; the carousel clones its slides, so its
// quotes come twice on the page (text copies of a clinic's and a
// podcast's pages on unseen sites, whose clones read as an article
// printed twice: body F1 0.63 -> 1.00 and 0.82 -> 0.92).
inline constexpr int kTestimonialMinCards = 6;
inline constexpr int kTestimonialQuoteMinWords = 4;
inline constexpr int kReviewerNameMaxWords = 3;
inline constexpr std::int32_t kReviewerNameMaxChars = 30;
// The standfirst, byline and date line can open the run: the article
// starts after those among its first lines. Since the text copies' header
// lines stopped opening the body.
inline constexpr std::int64_t kHeaderMaxLines = 8;
// The header holds at most two paragraphs standing alone between blank
// lines: the standfirst and a photo's caption (a teaser's summary above
// the headline shares its group with the teaser's lines). Text copies
// whose article ran into a recommendation widget's "by" line, or into a
// screenshot's name holding a date, lost their paragraphs to the skip
// (two sites: one from no article to its article, one regaining its
// first paragraphs).
inline constexpr int kHeaderMaxParagraphs = 2;
// The next article a page appends under this one (endless scroll)
// opens with a header like the page's own: a date line of the same shape
// as one above the run, under a byline, a headline or picture text. It
// ends the run once this much prose came before it; the header is the
// date line and at most this many lines above it, pictures' captions not
// counted (Norwegian news copies and a cloud provider's blog appending
// whole articles: "Publisert 06.01.2026 - 16:25", "Oct 16, 2025" over
// "8 MIN READ"; a blog's next post under "March 3, 2024 by Jane Doe",
// whose own short post may hold three paragraphs of 500 letters: 1000
// missed it, 400 moves no page of the copy sets).
inline constexpr double kNextArticleMinProseBefore = 400;
inline constexpr std::int64_t kNextArticleHeaderMaxLines = 3;
// A page appends a few articles (the blog: three); more dates of the
// header's shape in the run are a list of dated events (thirty-odd) or a
// live blog's entries.
inline constexpr std::int64_t kNextArticlesMax = 4;
// Shapes of the page's header date lines looked for, at most.
inline constexpr std::size_t kHeaderDateShapesMax = 8;
// A list the article announces in its last lines ("The tour dates:"), with
// an intro of a few words, belongs to it up to this many items (came with
// Japanese and Korean copies; the bound with copies without blank lines).
inline constexpr std::int64_t kListIntroMaxLinesFromEnd = 2;
inline constexpr int kListIntroMinWords = 3;
inline constexpr std::int64_t kMaxListItems = 80;
// Lists announced one after another that carry the run on (a book
// roundup's two lists; the bound keeps the extension linear).
inline constexpr int kListChainMax = 4;
// A table or a list of figures set between two parts of the article, with
// no intro announcing it (ExtendOverDataRows): this many rows at least, and
// at least this share of them holding a figure (standings, tour dates, vote
// counts and race results on made-up pages in Chromium, Firefox and lynx
// copy shapes).
inline constexpr std::int64_t kDataRowsMin = 3;
inline constexpr std::int64_t kDataRowsFigureShareNum = 2;
inline constexpr std::int64_t kDataRowsFigureShareDen = 3;
// Such tables one after another that carry the run on (a results page's
// tables by round; the bound keeps the extension linear).
inline constexpr int kDataTableChainMax = 4;
// A run that opens the page's prose (at most this much prose weight above
// it: a standfirst under the headline) goes on over its own lists, code and
// short lines to the first clear end, when that gains at least this much
// prose weight (ExtendToClearEnd; a checklist guide and a code tutorial of
// two sites, Chromium copies, gain over 300; a subscription promo under
// an author line gains 140).
inline constexpr double kOpeningRunMaxProseAbove = 100;
inline constexpr double kClearEndMinProseGained = 200;
// A listing under the run (a directory's entries, a course list, a brand
// guide's product lines) holds little prose but repeats short fields in its
// entries ("Fees based on income", "Start course"): at least two fields of
// at most four words, each in at least three entries, carry the run over it
// (ExtendToClearEnd; text copies of a directory, a course list and a brand
// guide, three sites. One field alone is a teaser list's "more" link; a
// repeated long line is a teaser's headline: fundus copies lost with them).
inline constexpr std::int32_t kListingMinEntries = 3;
inline constexpr std::int64_t kListingMinFields = 2;
inline constexpr std::int32_t kListingFieldMaxWords = 4;
// A repeated line set between two kept lines of a text copy's article
// stays when printed just this often: review labels and spec rows a page
// prints twice (its table and a summary box), on copies of unseen review
// and listing pages of many sites; menus and footers print theirs more or
// in runs.
inline constexpr std::int32_t kArticleLabelMaxCopies = 2;
// Such a label runs to at most this many words ("Verdict at a glance", "Was
// gefällt"); a related story's title printed between two paragraphs and
// again in a "Most read" list below runs longer.
inline constexpr std::int32_t kArticleLabelMaxWords = 5;
// A roundup under a counting title ("7 Healthy Air Fryer Recipes", "10
// DIY Projects for Your Home"): entries each closed by a short action line
// ("Get the Recipe", "Continue Reading"), as many as the title counts, at
// most this many lines apart past the run's end; a title counting from 3
// to 50 (ExtendOverCountedListing; text copies of a recipe roundup and a
// craft roundup, two sites).
inline constexpr std::int64_t kCountedListingMinEntries = 3;
inline constexpr std::int64_t kCountedListingMaxEntries = 50;
inline constexpr std::int64_t kCountedEntryMaxLines = 8;
// The counting title stands at most this many lines above or below the
// run's start (the intro's heading, or the page's headline over it).
inline constexpr std::int64_t kCountingTitleReach = 12;
// A block closing the article under its last paragraph (a table, a list, a
// code sample, a directory: ExtendOverClosingBlock): at least this many
// lines, at most this many.
inline constexpr std::int64_t kClosingBlockMinLines = 2;
inline constexpr std::int64_t kClosingBlockMaxLines = 400;
// A contents list near the top of a guide: at least this many short
// lines (up to this many words, printed at most this often on the page)
// whose texts come back later, in order, as subheads with prose within
// a few lines under them; most of the list's lines must come back so
// (text copies of guides and long articles on unseen sites: thirty-odd
// lists on twenty-odd sites; a page may print its list up to three times:
// for the phone, for the desktop, in a side bar).
inline constexpr std::size_t kContentsMinEntries = 3;
inline constexpr int kContentsEntryMaxWords = 16;
inline constexpr std::int32_t kContentsEntryMaxRepeats = 4;
inline constexpr std::size_t kContentsSubheadMaxGap = 3;
inline constexpr double kContentsMinShareFound = 0.5;
// A line of one word in the run is no body (a button, a lone label),
// unless it is Chinese, Japanese or Korean, or prose. Since the first
// weighed text copies.
inline constexpr int kBodyLineMinWords = 2;
// A card under a related-stories heading set inside the article: picture
// text, then a headline of a few words in its group (came with Australian
// and German copies whose "Read more" cards interrupt the article).
inline constexpr int kCardHeadlineMinWords = 3;
// A teaser list under a related-stories heading: headlines, each with a
// summary of a sentence or two, at least this many (came with German
// copies whose recommended-stories lists give three or more; an article
// resuming after a "Read more" link has longer paragraphs, or fewer short
// ones between its subheads).
// A sign-up box around its e-mail field in a text copy: its title and
// pitch above the field, none longer than a notice, and its button and
// options under it, this many lines each way (copies of newsletter and
// demo boxes on a dozen sites: longer reaches or lines took the article's
// subheads and last paragraphs too).
inline constexpr int kSignUpBoxReach = 2;
inline constexpr std::int32_t kSignUpBoxLineMaxLength = 200;
// A video box in a text copy prints its title, maybe with its age, above
// its length and its title again under it ("Title", "14 hours ago",
// "Duration 1:30", "Title"), seen on news sites' video boxes. A second
// line above is a list's item unless the first is the age.
inline constexpr int kMediaBoxReachAbove = 2;
inline constexpr int kMediaBoxReachBelow = 1;
// Longer lines beside the length are the article's own text.
inline constexpr std::int32_t kMediaBoxLineMaxLength = 160;
inline constexpr int kTeaserListMinCards = 3;
inline constexpr std::int32_t kTeaserSummaryMaxLength = 300;

// --- Text copies: captions (text_captions.cc) --------------------------------

// An image's alt text repeated by its caption is found from this length.
// Since the first version.
inline constexpr std::size_t kAltTextMinBytes = 10;
// The same measured on its letters and digits, for alt text the caption
// repeats with other punctuation or a credit not written as one ("... for
// an hour. AP", "...Foto: Jane Roe"), and for alt text doubled on its
// line. Came with text copies of news pages of many sites (Australian,
// Swiss, Luxembourg, Spanish, German).
inline constexpr std::size_t kAltTextMinKeyBytes = 12;
// What the caption adds after the alt text's words: a credit, a source,
// a photographer's and stylist's names.
inline constexpr int kCaptionSuffixMaxWords = 20;
// An image control between the alt text and the caption ("Enlarge the
// image") is a few words.
inline constexpr int kImageControlMaxWords = 4;
// A label between the two copies of doubled alt text: "1 min", "with video",
// short beside the copies ("Jane Roe, The Poems of Jane Roe" is a title).
inline constexpr std::size_t kDoubledLineMaxGapBytes = 12;
inline constexpr std::size_t kDoubledHalfPerGapByte = 4;
// Doubled alt text is a sentence or a label of a few words ("Cheese
// counter Cheese counter").
inline constexpr int kDoubledLabelMaxWords = 3;
// Alt text repeated by its caption says what the picture shows in a few
// words; a subhead of one or three words the paragraph under it opens with
// is no alt text (listicles of brands and tools in blog copies).
inline constexpr int kAltTextMinWords = 4;
// A line ending with a photo credit is a caption within these bounds: a
// bare credit is no caption, and long wire captions count (the upper
// bound raised for them).
inline constexpr int kCreditCaptionLineMinWords = 3;
inline constexpr int kCreditCaptionLineMaxWords = 120;
// A short line above such a caption in its group is the image's alt text.
// Since the first weighed text copies.
inline constexpr int kAltTextMaxWords = 15;
// A picture's file name made its alt text is a few words by its size
// ("Art Deco Furniture 8e40b6da 3769 4587 A4dd 0152a17419be 2048x2048 1"
// is the longest in the copies of four sites); its hash is a hex word of
// eight digits or more (an uploader's hashes of 8 and 32 digits).
inline constexpr int kFileNameAltMaxWords = 16;
inline constexpr std::size_t kHashTokenMinBytes = 8;
// A picture's size in pixels has two to four digits a side ("728x90",
// "2880x1120"); a copy's counter after it one or two ("... 2048x2048 1").
inline constexpr std::size_t kPictureSizeMinDigits = 2;
inline constexpr std::size_t kPictureSizeMaxDigits = 4;
inline constexpr std::size_t kCopyCounterMaxDigits = 2;
// Alt text in lower case between paragraphs names what the picture shows
// in two words or more ("battle ropes"); a lone word in lower case is a
// label or a term. Since the extra text copies of guides and shops' blogs.
inline constexpr int kLowerCaseAltMinWords = 2;
// A gallery's pictures print their alt text in lower case as a run of
// lines (a clothing guide's "a woman models a linen dress ..." three at a
// time, a recipe's steps pictured): two to five of them, describing each
// picture at some length. A list's items in lower case name things in a
// few words ("low noise level", "factory direct shipping"): in the extra
// text copies runs of lower-case lines under six words a line were list
// items, above it alt text only (204 lines of eight sites).
inline constexpr int kLowerCaseAltRunMinLines = 2;
inline constexpr int kLowerCaseAltRunMaxLines = 5;
inline constexpr int kLowerCaseAltRunMinMeanWords = 6;
// Signs a picture's alt text does not carry: code's brackets and
// operators, a label's colon, a question, a list's separator, a path's or
// a file's or a command's signs ("node app.js", "n/a").
inline constexpr char kNoAltTextSigns[] = "{}()[]=<>#|:;?./\\@$`";
// A credit without brackets ends a caption inside the article within
// this many bytes of the line's end: the longest in the weighed copies
// ("Photo by Handout/School Board/High School/AFP via Getty Images") is
// under 100, and a pair of terms such as "AR/AP" in a paragraph sits
// far before its end.
inline constexpr std::size_t kBareCreditTailBytes = 100;
// A term spelled out before its capitals in parentheses ("Amazon Web
// Services (AWS)") is no credit: two letters at least, each opening one
// of the last words, with at most this many words between or after them
// ("Accreditation Council for Business Schools and Programs (ACBSP)"; a
// guide's subheads and list items of 21 pages of Chromium copies of guides
// were taken for captions ending with an agency's credit).
inline constexpr std::size_t kAcronymMinLetters = 2;
inline constexpr std::size_t kAcronymSkippedWords = 2;
// A picture set beside a paragraph in its blank-line group (alt text and
// caption, maybe a credit line): the paragraph has this many words, the
// picture takes this many lines, none of them longer than a caption. A
// short line without a full stop next to the paragraph is its subhead.
// From Chromium and Firefox copies of news pages of eight sites.
inline constexpr int kFigureParagraphMinWords = 15;
inline constexpr std::int64_t kFigureMinLines = 2;
inline constexpr std::int64_t kFigureMaxLines = 3;
inline constexpr int kFigureLineMaxWords = 60;
// A word a caption names again from its picture's alt text is a name or
// a noun of some length ("Bachmut", "apartment"), not "with" or "the":
// from Chromium and Firefox copies of news pages of two sites.
inline constexpr std::size_t kSharedCaptionWordMinBytes = 6;
// A caption restating its picture's alt text repeats most of its longer
// words (two of three in "toothbrush - the brush being weighed for
// assessment." over "The brush being weighed for assessment. Credit:
// ..."); three such words at least, so that a short subhead is not read
// as alt text: from Chromium and lynx copies of product review pages of
// two sites and a news page.
inline constexpr std::size_t kRestatedAltMinWords = 3;
inline constexpr double kRestatedAltMinShare = 0.6;
// The alt text over such a caption is a sentence or two (17 words on a
// Spanish news page); a longer line with no full stop is a paragraph
// ending with an emoji.
inline constexpr int kAltOverCaptionMaxWords = 30;
inline constexpr int kFigureSubheadMaxWords = 12;
// Chromium sets a picture's alt text and caption over a credit line of
// their own, in the group of the paragraph below: two lines. From Chromium
// copies of three sites (two news sites, a travel blog).
inline constexpr std::size_t kCreditedPictureLines = 2;
// Captions far from the article are the pictures of teasers; those this
// close before it are its lead image. Came with the text fixtures.
inline constexpr std::int64_t kLeadImageLines = 12;

// --- Confidence (confidence.cc) ----------------------------------------------
// All came with the confidence itself, for section fronts, link lists and
// error pages, which give no article.

// Below this, Extract() reports "no article found".
inline constexpr double kMinConfidence = 0.5;
// Enough running text: a 500-character brief is an article, a sentence is
// not (the confidence rises as the square root of the share of it).
inline constexpr double kConfidentProseChars = 500.0;
// An unlinked list entry in the body of at least this many words is
// running text for the confidence: a festival programme's, a job ad's or
// a lunch menu's lines (a time or a day, then what happens), not an
// ingredient ("400 g Mehl"). From event and job pages of general sites.
inline constexpr std::int32_t kUnlinkedEntryMinWords = 4;
// Running text of any length under the page's own <h1>, in the article's
// container with no link titles, is an article at least this sure: short
// notices, shop and event pages of general sites (two sentences).
inline constexpr double kTitledTextMinConfidence = kMinConfidence;
// ... with at most this many link titles beside it, none over a summary:
// a shop's "goes well with" links, a brief's two links to more. A list of
// stories has more (tag pages, section fronts), or summaries under them.
inline constexpr std::int32_t kTitledMaxLinkTitles = 3;
// A link entry beside a titled text: a block at least this much link (an
// archive's story link with its date, 0.7), counted as link titles are.
// From an archive page's list under its title and one line.
inline constexpr float kLinkEntryMinLinkDensity = 0.5f;
// Teaser summaries are a sentence or two; one is alone with its title in a
// box this small, or a title follows it within a few blocks.
inline constexpr std::int32_t kSummaryChars = 400;
inline constexpr std::int32_t kTeaserBoxMaxBlocks = 5;
inline constexpr std::size_t kNextTitleMaxBlocks = 3;
// Most of the text in summaries under other stories' titles: a section
// front, a tag page or a list of search results. The confidence falls from
// the first share to nothing over the second.
inline constexpr double kTeaserShareStart = 0.4;
inline constexpr double kTeaserShareRange = 0.4;
// A list of teasers has at least this many; a lone linked title over
// prose is a blog post's own, linked to its permalink (short posts on
// blog archive pages and on blogs that link every post title).
inline constexpr std::int32_t kTeaserListMinTeasers = 2;
// A link in wide characters or a script without spaces (one "word") is a
// headline from this weight (TextWeight): eight Japanese characters, a
// short headline; a menu entry ("会社概要", "お問い合わせ") is two to six.
// From Japanese and Thai teaser lists that passed as articles.
inline constexpr std::int64_t kUnspacedLinkTitleMinWeight = 24;
// A paragraph in a script without spaces (Thai marks no sentence's end) is
// running text from this weight: two prose sentences' worth
// (kProseSentenceMinChars), a Thai sentence of forty letters.
inline constexpr std::int64_t kUnspacedSentenceMinWeight = 2 * kProseSentenceMinChars;
// A page without an <h1> is titled by its highest heading up to this
// level: small sites' notices and club pages under an <h2>.
inline constexpr int kPageTitleMaxLevel = 2;
// A root in a footer or aside landmark gives way to the box of the page's
// title: on a page without an <h1> outside the landmarks, one of its first
// this many headings that the <title> names (a photo blog's <h2> post
// titles; more would be a list's cards).
inline constexpr int kLandmarkTitleMaxNamedHeadings = 3;
// The post's own title: a heading the page's <title> or og:title names,
// at most this many blocks over the body's first (a date, a place line
// between), and at least this long (TextWeight; "Über uns"). From short
// blog posts and event pages whose title links to their permalink.
inline constexpr std::int32_t kOwnTitleMaxGap = 4;
inline constexpr std::int64_t kOwnTitleMinWeight = 8;
// An error page ("404", "Page not found" in the title or first heading of
// these levels) is no article unless it holds this much prose.
inline constexpr int kErrorTitleMaxLevel = 2;
inline constexpr std::int64_t kErrorPageMaxProse = 1500;
inline constexpr double kErrorPageFactor = 0.2;
// The page's own word (og:type article, an Article in JSON-LD) makes up
// this share of the doubt: it counts for something, never for everything.
inline constexpr double kDeclaredArticleShare = 0.25;

// A widget set inside the article's text ("Trending", an ad, a video
// box, an infographic's consent notice) can split its prose run in two,
// and only the larger part was kept. The part above the run is joined
// when the lines between are a few, low-weighted and labelled by at least
// one chrome line, and the part reads like the run: some paragraphs of
// similar mean length (text copies of news pages of two sites: a
// "Trending" box with ads of some 25 lines, an infographic of 5). Scans
// stay bounded: a few joins, each over a bounded widget and part. The
// part gained by going up through short lines (a guide's opening above
// its points or price lines) is bounded by the same kJoinPartMaxLines.
inline constexpr std::int64_t kWidgetMinLines = 3;
inline constexpr std::int64_t kWidgetMaxLines = 30;
inline constexpr double kWidgetLineMaxWeight = 30;
inline constexpr std::int64_t kJoinPartMaxLines = 1000;
inline constexpr int kWidgetJoinsMax = 4;
inline constexpr int kJoinPartMinParagraphs = 2;
// A paragraph Chromium glues under a header's inline lines (a subhead and
// a kicker, a share bar) has this many short lines over it at most, up to
// the group's start, a chrome line or a caption; a mega-menu's promo
// blurb closes a list of a dozen links (text copies of a guide and a shop's
// price guide).
inline constexpr std::int64_t kGluedLinesMax = 2;
// A story's lead paragraph alone right under its header (the date or the
// byline line, maybe a picture's caption between), cut off from the rest
// by related links under their heading or by a gallery's captions, is
// joined too: the header marks it as the article's start (Chromium copies
// of news pages of two sites, whose link lists carry no indent; a promo
// or a claim under the header, above other widgets, is not joined). Above
// an unlabelled widget (a job ads box, a contents box, a podcast player)
// only a lead with a picture or a line between it and the header line
// joins: right under that line stand standfirsts and highlights boxes too
// (text copies of a tech news site and of guides and blogs of six more;
// one standfirst under a repeated headline joins). The header is looked
// for this many lines up.
inline constexpr std::int64_t kLeadHeaderReach = 4;
inline constexpr double kJoinPartMinSum = 100;
// Above an unlabelled box set in the text (a picture with its caption, a
// subhead over a short paragraph, a repeated "Article content" label), a
// part that reads like the run joins when the box has at most this many
// lines, no card's date, byline or time line, and the part names the
// run's people and things: at least this many of its capitalised words
// not opening a sentence (this long at least), and this share of them,
// stand in the run too (the Chromium copy of a city paper's story, split
// by a picture, a subhead and a short paragraph: body F1 0.805 -> 0.960;
// no other page of the copy sets moves, and made-up teaser lists, bios
// and "more from" boxes of the same shapes stay out).
inline constexpr std::int64_t kInTextBoxMaxLines = 12;
inline constexpr std::size_t kTellingWordMinBytes = 3;
inline constexpr std::int64_t kPartSharedWordsMin = 3;
inline constexpr double kPartSharedWordsShare = 0.4;
// The part's paragraphs may run longer than the run's (a story's opening
// paragraphs often do) more than shorter (a paywall's or a box's lines).
inline constexpr double kJoinShorterParagraphRatio = 1.5;
inline constexpr double kJoinLongerParagraphRatio = 2.0;
// The story's lead under its header (the date or byline line), cut off
// from the run by one box that costs more than it holds (an ad slot with
// its video player, a paywall's offer printed twice, an infographic's
// consent notice), joins when the box has at most this many lines, with
// no date, byline, teaser card or box heading among them, and the lead
// names the run's people and things (Chromium, Firefox and lynx copies of
// news pages of two papers of one group and of a broadcaster: body F1
// 0.865 -> 0.944, 0.953 -> 0.984, 0.722 -> 0.783; no DEV page moves).
// The header is looked for this many lines up from the run.
inline constexpr std::int64_t kLeadBoxMaxLines = 60;
inline constexpr std::int64_t kLeadBoxHeaderReach = 90;
// A lead is a paragraph or two with their pictures, on this many lines at
// most: a longer part under the header is an article of its own (a
// guide's method section over its author box and product cards).
inline constexpr std::int64_t kLeadMaxLines = 12;
// The lead names the run's people and things: at least this many of its
// telling words, and this share of them, stand in the run too (a lead
// with its pictures' captions names more than the run does).
inline constexpr std::int64_t kLeadSharedWordsMin = 3;
inline constexpr double kLeadSharedWordsShare = 0.25;

// A short story under its header (date line, a save button and a sharing
// bar, then a few long paragraphs) loses the run to a directory of the
// publisher's sites or a teaser list below, each entry a name over a
// one-sentence summary: the story is taken when its paragraphs are on
// average this many times as long as the run's, the run holding at least
// kDirectoryMinEntries of them with a short line (the entry's name) for
// at least every other one (kDirectoryNameShare: an article's subheads
// come every few paragraphs), and the header's date or byline line at
// most kHeaderAnchorReach lines above it with no prose between (the first
// kHeaderAnchorMaxTries such lines of the copy are tried). Measured on a
// news page's copies (a story of three paragraphs 2.2 times as long as
// the directory's 22 summaries, 15 lines under its date line) and a brand
// guide's; no DEV copy changes.
inline constexpr double kStoryOverDirectoryRatio = 2.0;
inline constexpr double kDirectoryNameShare = 0.5;
inline constexpr int kDirectoryMinEntries = 6;
inline constexpr std::int64_t kHeaderAnchorReach = 16;
inline constexpr int kHeaderAnchorMaxTries = 3;

// A line this long (code points) is a paragraph when the copy's blank-line
// shape is measured (BlankLinesOpenParagraphs): shorter lines are headings,
// labels and links. Chromium and Firefox copies of news and blog pages
// (fundus, WCXB, meta sets): the shape tells the browser apart on 85-90%
// of the copies, the rest tie.
inline constexpr std::size_t kShapeParagraphMinChars = 80;

// --- Dated teaser cards in text copies (dated_cards.cc) ----------------------

// Other stories' cards kept at the tail of a copy's article run, each a
// title with its date on the line ("Some story title 26.04.2023") or a
// title over a date line, with at most this many other lines (a summary,
// a picture's caption, a reading time) per card (text copies of news pages
// and a finance blog: two lines of summary and caption per card).
inline constexpr std::int64_t kDatedCardMaxLines = 3;
// A card's title holds at most this many words, its date included; a
// sentence of the article ending in a date runs longer.
inline constexpr int kDatedCardTitleMaxWords = 20;
// A run of at least this many such cards ends the article.
inline constexpr int kDatedCardsMin = 2;
// One card set between two of the article's paragraphs (a "read also"
// box: another story's title over its date, maybe under a kicker of this
// many words): text copies of a German and a Czech news page.
inline constexpr int kInTextCardKickerMaxWords = 3;
// A card's time stamp without a date ("yesterday 14:40"): a clock time and
// at most this many words.
inline constexpr int kCardTimeStampMaxWords = 3;

// --- Labelled story links in text copies (text_lines.cc) ---------------------

// A line linking another story with a label on one side of a bar: a label
// in capitals before it ("READ ANOTHER STORY HERE | Some headline", "POLL |
// Some question?") or one lower-case word after it ("Some headline |
// more"), set alone between the article's paragraphs (Chromium, Firefox and
// lynx copies of three news sites' pages). The label has at most this many
// words and at least this many capitals (one capital may be an initial).
inline constexpr std::size_t kStoryLinkLabelMaxWords = 4;
inline constexpr int kStoryLinkLabelMinCapitals = 2;
// The linked title has at least this many words: two words either side of
// a bar are a menu's or a table's cells.
inline constexpr std::size_t kStoryLinkTitleMinWords = 3;

// Unlabelled related headlines in a copy's text (text_teaser_runs.cc): a
// headline runs to a long title of a few words, a kicker or a time line
// beside it ("Politik", "2 hours ago") is at most a few words. A news
// page's related box between two paragraphs holds three to six titles,
// most of a few words more than a list item's (text copies of news pages
// of six sites in English, German and French; two titles are as often a
// heading over a subheading).
inline constexpr std::int32_t kTeaserHeadlineMinWords = 4;
inline constexpr std::int32_t kTeaserHeadlineMaxWords = 20;
inline constexpr std::int32_t kTeaserMetaMaxWords = 3;
inline constexpr std::size_t kTeaserRunMinHeadlines = 3;
inline constexpr std::size_t kTeaserRunMaxHeadlines = 6;
inline constexpr double kTeaserRunMinMeanWords = 6.0;
// A table row or a price list holds two figures or more; a headline at
// most one ("£1 trillion", "3 key tips").
inline constexpr int kTeaserHeadlineMaxFigures = 1;
// Words of this many bytes or more tell a list's parallel items ("Pros of
// X", "Cons of X") from other stories' titles, which share few.
inline constexpr std::size_t kTeaserSharedWordMinBytes = 4;
// Two titles sharing this share of the shorter one's words are a list's
// parallel items; titles more than this share of which open with a label
// ("Entry-Level: ...") are a labelled list's.
inline constexpr double kTeaserSharedWordShare = 0.5;
inline constexpr double kTeaserRunMaxLabelShare = 0.5;
// A related box prints a kicker or time line under most of its titles (the
// copies behind kTeaserHeadlineMinWords); an article's own unmarked list,
// indented or set apart by blank lines, under none. At least this share of
// the titles carries one.
inline constexpr double kTeaserRunMinMetaShare = 0.5;

}  // namespace pith

#endif  // PITH_CLEAN_THRESHOLDS_H_
