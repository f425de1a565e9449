// The patterns pith recognises things on a page by, as named data:
// class-name patterns, chrome phrases, byline prefixes, credit shapes, the
// lines of text copies. Patterns are RE2, compiled once on first use and
// shared by all threads (the machinery is in pattern.h, the warm-up in
// warm_up.h); heuristics.cc notes where each came from. Word lists matched
// without a pattern (ARIA roles, itemprop names, binary signatures) are in
// lexicons.h. The metadata stage keeps lexicons and a few patterns of its
// own (month names, time zones, meta keys, schema.org types, dates in URL
// paths) in src/metadata/.
#ifndef PITH_PATTERNS_HEURISTICS_H_
#define PITH_PATTERNS_HEURISTICS_H_

#include <string>
#include <string_view>
#include <vector>

#include "patterns/pattern.h"

namespace pith {

// Every pattern, by what it is for. Filled in heuristics.cc with
// designated initializers, in this order, each from a named pattern there
// that says where it came from.
struct Heuristics {
  // Class names, matched against an element's "class id role" (lower-cased).
  ClassPattern chrome_class;         // page chrome: share bars, comments, related, ads...
  ClassPattern strong_chrome_class;  // chrome that never holds an article (comments, ads...)
  ClassPattern keep_class;           // overrides chrome_class: "article", "content", "body"...
  ClassPattern positive_class;       // article container
  ClassPattern negative_class;       // probably not article content
  ClassPattern caption_class;
  ClassPattern byline_class;
  ClassPattern post_class_list;      // an entry's post classes: its "author-<slug>" is no byline
  ClassPattern author_title_class;
  ClassPattern quote_author_class;   // who said a quote or a testimonial: no byline
  ClassPattern date_class;
  ClassPattern headline_class;
  ClassPattern kicker_class;         // a kicker inside the headline element, before the title
  ClassPattern embed_class;          // an embedded post (tweet, Instagram): quoted content
  ClassPattern header_class;         // the article's header box: standfirst, byline, tools
  ClassPattern lead_class;           // the article's lead box set just before its text column
  ClassPattern hidden_class;         // matched against the class attribute: not shown on screen
  ClassPattern credit_class;         // the credit part of a caption: "credit", "copyright"...
  ClassPattern tag_box_class;        // a box of the article's tags under the text
  ClassPattern button_class;         // a link styled as a button (a call-to-action box's)
  // Comment sections (matched against the class attribute, or the id for
  // comment_item_id): the section or a part of it ("class id role" like
  // chrome_class), one comment, its text, its author's name, and its
  // tools (reply and like buttons, the header with name and time).
  ClassPattern comment_class;
  ClassPattern comment_item_class;
  ClassPattern comment_item_id;
  ClassPattern comment_text_class;
  ClassPattern comment_layer_class;  // a dialog or pop-up: never a comment, nor in one
  ClassPattern comment_author_class;
  ClassPattern comment_tools_class;

  // Blocks: chrome phrases, matched against a whole block's text.
  // `label_phrases` only on short blocks (a few words that are all label:
  // "Advertisement", "Share this article"); `appeal_terms` on blocks of any
  // length, where two different terms in one block mark an appeal
  // (donation, subscription). The labels are one set: a short block is
  // matched once instead of once per label (a twentieth of the run on
  // prose pages).
  PatternList label_phrases;
  AnyCasePattern appeal_terms;
  // A short block over text the page holds back ("Subscribe to continue
  // reading"): the page is paywalled. Not a newsletter or donation appeal.
  AnyCasePattern paywall_prompt;
  AnyCasePattern cookie_notice;      // any length: cookies in a consent dialog's words
  AnyCasePattern page_copyright_line;  // the footer's "© 2025 Acme Media", not a picture's credit
  AnyCasePattern embed_consent;      // an embed's placeholder: load or show it on consent
  LazyPattern written_address;       // a block that is one web address, written out
  LazyPattern shop_link;             // a deals roundup's "Get it on Shopzone for $29"

  // The page as a whole.
  LazyPattern markup_tag;            // for sniffing HTML in a document of unknown kind
  LazyPattern title_separator;       // " | Site", " - Site" at the end of <title>
  LazyPattern headline_page_mark;    // the page of a split article after its headline: "（1/2 ページ）"
  LazyPattern article_type;          // an Article @type in a JSON-LD script
  AnyCasePattern error_page;         // "404", "Page not found" in a title or heading

  // Bylines and authors (the metadata stage).
  LeadSplitPattern byline_prefix;    // "By", "Par", "Von", "Por", "Di", "Door" ...
  LazyPattern byline_noise;          // e-mails, URLs, "Follow", "@handle", "Updated ..."
  LazyPattern author_separator;      // between names: ",", "and", "&", "und", "et", "y"...
  AnyCasePattern author_role;        // a part that is a role or an outlet, not a person
  AnyCasePattern job_title;          // the words of a job title glued after a name: "Writer", "Review Editor"
  LazyPattern spelled_byline_label;  // a label that is one: "... by", "Author:", not "Text Generation API"
  LazyPattern by_word;               // "by" opening a line: "By", "Written by", "Posted by"
  LazyPattern menu_facet;            // a site menu's "By" heading: "By Company Size", "By Role"
  LazyPattern time_after_names;      // a relative date or reading time after names: "Jane Roe 2 min read"
  LazyPattern date_line_field;       // a mark between a date line's fields: " · ", " | ", ", "
  LazyPattern desk_name;             // a desk signing a piece: "Acme Staff", "Acme Connect Team"
  LazyPattern editor_credit;         // a Chinese page's closing editor credit: "(责编：王小明、李华)"; the names
  LazyPattern date_line_by_clause;   // a byline clause inside a date line: "... 2025 Posted by Jane Roe"
  LazyPattern by_clause_lead;        // "... states. By Jane Roe" before " on <date>" ending a line
  LazyPattern contents_head;         // over a contents list: "Table of Contents", "In this article"
  LazyPattern signup_field;          // a sign-up box's e-mail field: "Enter your email"
  LazyPattern signup_fine_print;     // line start: "By signing up you agree to ..."
  CheckedPattern company_box_head;   // whole line: "About Brightwater Analytics"; the name
  LazyPattern press_contact_head;    // whole lower-cased line: "media contact:", "pressekontakt"
  LazyPattern poll_head;             // whole lower-cased line: "reader poll", "umfrage"
  LazyPattern media_length;          // whole line: a player box's length, "Duration 1:30"
  LazyPattern shortcode_line;        // whole line: shortcodes left as text, "[/vc_column][/vc_row]"
  CheckedPattern glued_byline_label; // a date label glued to a name: "Korin MillerPublished"
  LazyPattern outlet_address;        // a byline part that is a site's address: "TIMESOFINDIA.COM"
  LazyPattern photo_credit_name;     // a photographer glued to the agency: "Chuck Burton/AP"
  CheckedPattern person_bio;         // a bio's opening: "Jane Doe is a finance writer"
  AnyCasePattern author_page_link;   // a link's address that is an author's page: "/authors/jane-doe"
  AnyCasePattern non_author_credit;  // "Edited by ...", "Photos by ...": named, but not authors
  LazyPattern non_author_note;       // "Adrian Malloch (photography)"
  CheckedPattern byline_section;     // the section a blog files the post in: "by Jane Roe in Growth"
  CheckedPattern byline_outlet_for;  // the outlet after "By" and the names: "By Jane Roe for Reuters"
  CheckedPattern place_before_byline; // a dateline before a byline's label: "PARIS — " of "PARIS — By Jane Roe"
  LazyPattern name_role_suffix;      // a Japanese role after a name: "山田太郎 著", "鈴木一郎 訳"
  LazyPattern reporter_suffix;       // a reporter's title ending a byline: "김민수 기자", "佐藤花子記者"
  LazyPattern cjk_byline_field;      // a CJK info line's byline field: "作者：" in "来源：例报　作者：王小明"
  CheckedPattern bracketed_nickname; // a nickname inside a name: "Robert (Bob) Miller"
  AnyCasePattern author_credential;  // a whole byline part that is a degree: "MS", "PhD"
  AnyCasePattern agency_name;        // a whole byline part that is a news agency, any case
  LazyPattern agency_line;           // a line that is only an agency credit: "AP", "Reuters"

  // Dates (the metadata stage).
  AnyCasePattern modified_label_before;  // "Updated", "Mis à jour"... just before a date
  AnyCasePattern expiry_label;       // "Verfügbar bis", "expires on": the date after it is an end
  LazyPattern modified_label_after;      // "更新" just after it
  AnyCasePattern date_label_lead;        // the whole text before a date: "Published", "Posted on"
  AnyCasePattern date_nav_lead;          // the whole text before a linked neighbour's date: "« ", "Previous entry:"
  LazyPattern date_nav_tail;             // the whole text after it: " »"
  LazyPattern lead_dateline_mark;        // ") ", " -- " after a date that opens the first paragraph

  // Captions and their credits.
  // A trailing "(AP)", "(AFP/Getty Images)". Text copies only; compiling
  // it took longer than all the other patterns together.
  CheckedPattern caption_credit;
  CheckedPattern caption_credit_trailing;  // "...Getty Images", "EFE/ J.J. Roe", "Roe/dpa" ending a caption
  CheckedPattern slash_credit;             // "Jane Roe/Agency", "(Jane Roe/Paper)" ending a caption
  LazyPattern figure_label;               // "Figure 2. Latency by load", "Above: The pond in May"; $1 "left"
  LazyPattern picture_description;        // alt text: "Screenshot of the terminal", "Chart comparing ..."
  LazyPattern image_file_name;            // a picture's file name alone: "DSC00273-3.jpg"
  LazyPattern credit_opening;             // what a caption adds to its alt text: "© Jane Roe", "/ J. Roe / Paper"
  LazyPattern person_pictured;            // alt text: "A person pouring water into ...", "A woman wearing ..."
  LazyPattern person_pictured_verb;       // what tells a sentence from such alt text: " was ", " said "
  LazyPattern video_caption_length;       // a video box's caption: "... 18.04.2024 | 0:21 min", "Video02:53"
  LazyPattern credit_suffix;              // "(credit: NASA/Jude Guidry)" ending a caption
  LazyPattern caption_credit_label;       // "...a bar. Credit... Ed Murray", "Photo: AP"
  UpperLedPattern caption_credit_by;      // "... Photo by Jane Roe"
  UpperLedPattern caption_credit_glued;   // "CreditKevin Frayer/Getty Images"
  UpperLedPattern caption_credit_spaced;  // "... in 2023. Credit Credit Jeon Heon-Kyun/EPA"
  UpperLedPattern caption_credit_tail;    // "...more common.Zhejiang Daily / AP"
  AnyCasePattern caption_control;         // a caption box's button: "toggle caption", "Enlarge this image"
  AnyCasePattern image_label;             // a figure's bare label: "Image", "Photo"
  AnyCasePattern portrait_alt;            // a portrait's alt text: "Headshot of Jane Roe"
  AnyCasePattern author_photo_label;      // an author photo's bare alt text: "Author image"
  LazyPattern caption_control_suffix;     // the same printed after the caption

  // Text copies, where no markup tells the chrome apart. Each list is
  // matched against one line.
  PatternList section_heads;        // whole line: heads a section after the article
  PatternList boilerplate;          // anywhere in a line: site-wide notices
  PatternList credit_lines;         // whole line: a photo credit or caption label
  PatternList caption_leads;        // whole line: a caption by the way it opens
  CheckedPattern embed_signature;   // whole line: "— Jane Doe (@jdoe) May 1, 2019"
  PatternList chrome_lines;         // whole line: comment headers, player and gallery controls
  PatternList title_chrome;         // a title-shaped line of furniture: menu rows, buttons, view counts
  LazyPattern comment_says;         // " says:" after a commenter's name
  LazyPattern comment_tools_line;   // whole block: a comment's button ("Expand full comment")
  LazyPattern comment_name_around;  // "By", "|", "on" around a commenter's name beside a date
  LazyPattern relative_time_line;   // whole line: a comment's "jdoe 2 hours ago", "vor 3 Stunden"
  LazyPattern names_then_relative_time;  // a copy's "Jane Roe 1 day ago": the names, group 1
};

const Heuristics& GetHeuristics();

// Every pattern of GetHeuristics(), for the tests that check them all and
// the benchmark of their compile time. Singles come compiled.
std::vector<const RE2*> AllSinglePatterns();
std::vector<const ClassPattern*> AllClassPatterns();
std::vector<const AnyCasePattern*> AllAnyCasePatterns();
std::vector<const PatternList*> AllPatternLists();

// Names of the patterns that head a list of links to other stories ("More
// from UK", "Related articles"), for the stages that drop such lists.
inline constexpr char kReadMoreLabel[] = "read more link";
// A comment count or prompt alone: "No Comments", "3 Kommentare".
inline constexpr char kCommentsLabel[] = "comments";
inline constexpr char kRelatedHead[] = "section: related";
// A source's or a wire's credit line ("Source: Reuters", "来源：例报").
inline constexpr char kCreditLineLabel[] = "credit line";
// BlockStats::chrome of a paywall prompt, for the metadata stage that
// reports the page as paywalled; and the name of the tag-line label and
// text-copy head, whose text is the article's tags; the head of an
// author box ("About the author"), under which the names stand.
inline constexpr char kPaywallPromptLabel[] = "paywall prompt";
inline constexpr char kTagListLabel[] = "tag list";
inline constexpr char kTagsHead[] = "section: tags";
// Boilerplate an HTML article may print as its own: its copyright line
// ("Copyright 2019 Hawaii News Now") and a contact address in its text,
// code or list of addresses.
inline constexpr char kCopyrightNotice[] = "boilerplate: copyright";
inline constexpr char kNewsletterBoxNotice[] = "boilerplate: newsletter box";
inline constexpr char kContactAddress[] = "boilerplate: contact address";
inline constexpr char kAuthorBoxHead[] = "section: author box";

// The length of a byline prefix that markup glued to the name ("ByTravis
// Haney": one of GluedBylinePrefixes() and an upper-case letter), or 0.
std::size_t GluedBylinePrefix(std::string_view text);

// The text opens with a "By" or "by" glued to the name ("BySarah July 30,
// 2019", "byJane Roe"): the English label by_word cannot see.
bool GluedByWord(std::string_view text);

// Number of known HTML tags in `text` (bounded scan).
int CountMarkupTags(std::string_view text);

// Whether a paragraph ends with a photo credit in parentheses: "(credit:
// NASA/Jude Guidry)", "(Photo: AP)".
bool EndsWithPhotoCredit(std::string_view text);

// Whether a link's address is an author's page (author_page_link), with a
// cheap test for its folder names first.
bool IsAuthorPageLink(std::string_view href);

// The name of the first label phrase matching the whole short block, or
// nullptr; the block lowercased with LowerSameLength (the block measure
// lowercases each block once for all its patterns).
const char* MatchLabelPhraseLower(std::string_view lower);
// The names of the prompts' label phrases, which an item of a feature or
// how-to list may say in its own words ("Email, SMS and push
// notifications"): the list keeps such an item beside its kept items.
inline constexpr char kNotificationPromptLabel[] = "notification prompt";
inline constexpr char kCookieNoticeLabel[] = "cookie notice";
inline constexpr char kNewsletterBoxLabel[] = "newsletter box";

// The text after a date opens with the publication's label that Japanese
// and Chinese pages print after it ("公開", "配信", "掲載", "发布").
bool StartsWithPublishedLabel(std::string_view text);

// Text copies: the name of the first pattern of the list matching `line`
// (the whole line, or anywhere in it for MatchBoilerplate), or nullptr.
const char* MatchSectionHead(std::string_view line);
// Whether `line` is a comment thread's heading, MatchSectionHead's
// "section: comments" alone: tried on short lines of every HTML page, where
// compiling the whole section-head set cost a small page's start-up a third.
bool MatchesCommentsHead(std::string_view line);
// Whether `line` heads an author box (MatchSectionHead names it
// kAuthorBoxHead): asked of every byline candidate, so the whole
// section-head set is compiled only for a line this entry alone matches.
bool IsAuthorBoxHead(std::string_view line);
const char* MatchBoilerplate(std::string_view line);
const char* MatchCreditLine(std::string_view line);
const char* MatchCaptionLead(std::string_view line);
const char* MatchChromeLine(std::string_view line);
// A line shaped like a title that is page furniture: a row of account
// links, a call-to-action button, a search prompt (kTitleChrome), or nullptr.
const char* MatchTitleChrome(std::string_view line);
// The signature line under a post embedded in the article (a tweet).
bool IsEmbedSignature(std::string_view line);
bool IsMediaLength(std::string_view line);
// Whether a block ends with a video box's stamp, the clip's date right
// before its length: "... beschlossen. 18.04.2024 | 0:21 min".
bool EndsWithVideoStamp(std::string_view text);
// A line made only of a blog engine's shortcodes left unrendered:
// "[/vc_column_text][/vc_column]", "[convertkit form=12]".
bool IsShortcodeLine(std::string_view line);
// The heading of a contents list: "Table of Contents", "Jump to chapter".
bool IsContentsHead(std::string_view line);
// The label of a sign-up box's e-mail field: "Enter your email address".
bool IsSignUpField(std::string_view line);
// Whether a class or id names a box of what others wrote about the page:
// customer reviews, a forum post's author panel, a comment thread.
bool IsOthersPostClass(std::string_view value);
// Another person's credit after the writer's full stop or semicolon, to
// the line's end ("Von Jane Roe. Mitarbeit: John Doe"): CleanByline's.
const RE2& CreditAfterStop();
// What a CJK byline prints around its names: a photographer's credit, a
// Korean wire story's bracketed place and agency and closing "=".
const RE2& CjkBylineNoise();
// A writer's place before a co-author's name ("Jane Roe in Washington and
// John Doe ..."): the place, and the joint to the next name in group 1.
// Checked: its letter classes compile only for a byline its loose form matches.
const CheckedPattern& PlaceBeforeCoauthor();
// Whether `text` holds a word every relative time ("3 hours ago", "vor 3
// Stunden", "il y a 2 heures", "hace 5 horas") holds: a cheap test before
// names_then_relative_time.
bool MayHoldRelativeTime(std::string_view text);
// Whether `text` is a relative_time_line, the cheap test first.
bool IsRelativeTimeLine(std::string_view text);
// The names of a Japanese paper's bracketed credit line
// ("（編集委員・山田太郎）", "【ワシントン＝山田太郎】"), or "".
std::string_view BracketedCjkCreditNames(std::string_view line);
// The reporters of a wire story's closing sign-off ("Reporting by Jane Roe
// and John Doe; Editing by Ann Lee" gives "Jane Roe and John Doe"), or "".
std::string_view WireSignOffReporters(std::string_view line);
// The reporters an Asian wire story credits at the opening of its first
// paragraph ("新华社北京3月8日电（记者王小红）..." gives "王小红",
// "(서울=연합뉴스) 김민수 기자 = ..." gives "김민수"), or "".
std::string_view WireLeadCreditNames(std::string_view paragraph);
// Whether a credit box's line opens with a photographer's label and its
// colon ("Photos: John Doe", "Zdjęcia: Anna Nowak", "Фото: Мария Ким").
bool IsPhotoCreditLine(std::string_view line);
// The fine print under a sign-up form's button: "By signing up you agree ...".
bool IsSignUpFinePrint(std::string_view line);
// Whether a lower-cased "class id role" key names a print tool or a print
// layout's box ("print-button", "recipe-steps-print"): chrome unless the
// box holds text (kPrintClass).
bool SaysPrintLayout(std::string_view lower);
// The name a press release's company box is headed with ("About
// Brightwater Analytics", "Acerca de Movilidad Clara:"), or "", and
// whether an article stood before it ("Über die Nordhessische
// Kältetechnik AG"), as it stands before a common noun too ("Über
// die Umfrage").
struct CompanyBoxHeadName {
  std::string_view name;
  bool after_article = false;
};
CompanyBoxHeadName CompanyBoxName(std::string_view line);
// Whether `line` heads a press release's contact box ("Media contact:",
// "Pressekontakt").
bool IsPressContactHead(std::string_view line);
// Whether `line` heads a reader poll ("Poll", "Umfrage", "What do you
// think?").
bool IsPollHead(std::string_view line);
// Whether `line` is a reader poll's vote or results button label ("Vote",
// "Abstimmen", "View results").
bool IsPollVoteLabel(std::string_view line);
// Whether a link's whole `text` opens an e-mailed newsletter as a web page
// ("View it in your browser", "Im Browser ansehen").
bool IsEmailViewLink(std::string_view text);
// Whether `line`, holding such a link at bytes [link_begin, link_end), is
// the newsletter's own line: the link is half its words or more, or the
// rest names the mail or is the title before a mark.
bool IsEmailViewLine(std::string_view line, std::size_t link_begin, std::size_t link_end);
// Whether `line` is a poll option with its share ("Ja: 58 Prozent", "No 34%").
bool IsPollShareLine(std::string_view line);

// Number of different appeal terms in a block's text, lowercased with
// LowerSameLength.
int CountAppealTerms(std::string_view lower);

}  // namespace pith

#endif  // PITH_PATTERNS_HEURISTICS_H_
