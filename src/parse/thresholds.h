// The parse stage's thresholds: how much of the input each guess reads,
// when bytes are binary, markup or UTF-16, how much text a page fact may
// hold, and when a text copy was hard-wrapped. Each says what it decides
// and where it came from. The HTML parser's own limits (nesting,
// attributes, re-opened formatting) are HtmlLimits in html_limits.h.
#ifndef PITH_PARSE_THRESHOLDS_H_
#define PITH_PARSE_THRESHOLDS_H_

#include <cstddef>
#include <cstdint>

namespace pith {

// --- What the bytes are (input.cc) -------------------------------------------

// Bytes read to tell binary from text: more control bytes than one in so
// many is a binary format; a page or a text copy may carry a stray one.
// Since the first version.
inline constexpr std::size_t kSniffBytes = 8192;
inline constexpr std::size_t kBinaryControlOneIn = 20;
// Bytes of a file read to guess, before parsing, that it is a text copy
// (to compile the text-copy patterns ahead).
inline constexpr std::size_t kTextCopyGuessBytes = 4096;
// Text that does not open with a tag is still HTML when its first bytes
// hold this many markup tags (a page after a stray line of text). Since
// the first version.
inline constexpr std::size_t kMarkupSniffBytes = 65536;
inline constexpr int kMinMarkupTags = 3;
// Unless it opens as a document (doctype, <html>), a start whose non-blank
// lines are at least two thirds free of '<' and '>' is a text copy, whatever
// tags it quotes. Text copies of the meta pages that open with an escaped
// tracking pixel or quote markup in code samples run from 74% plain lines
// up; pages that do not open as a document, 17% at most.
inline constexpr std::size_t kMinPlainLineShare = 2;
inline constexpr std::size_t kPlainLineShareOutOf = 3;

// --- Character encoding (encoding.cc) ----------------------------------------

// UTF-16 without a byte order mark: in the first bytes (at least a few),
// NUL in most of one half of each pair and in few of the other. Since the
// first version.
inline constexpr std::size_t kUtf16SniffBytes = 4096;
inline constexpr std::size_t kUtf16MinBytes = 8;
inline constexpr std::size_t kUtf16MinNulPercent = 70;
inline constexpr std::size_t kUtf16MaxOtherNulPercent = 10;
// UTF-16 without a byte order mark in an alphabet below U+2000 (Greek to
// Thai): code units with one high byte (the script's 256-block) at least
// this share, with ASCII (high byte 0) most of them, and letters, marks and
// spaces most of the text, with many different letters of the block; no
// control, unassigned or private character.
// Came with BOM-less Cyrillic, Greek, Hebrew, Arabic, Devanagari and Thai
// (a page of prose in them: 70 to 90 per cent of the units in the block).
inline constexpr std::size_t kUtf16ScriptBlockLimit = 0x20;
inline constexpr std::size_t kUtf16MinScriptPercent = 30;
inline constexpr std::size_t kUtf16MinBlockPercent = 90;
inline constexpr std::size_t kUtf16MinLetterPercent = 70;
inline constexpr std::size_t kUtf16MinScriptLetters = 10;
// Bytes that are UTF-8 but for a few broken sequences (a stray byte in a
// page that keeps a legacy <meta charset>): at least this many valid
// multi-byte sequences per broken one. Legacy double-byte text forms a
// valid sequence by chance for a minority of its characters.
inline constexpr std::size_t kMinValidUtf8PerBroken = 20;
// A text copy of a UTF-8 page that a browser read as GBK, the encoding
// its <meta> named (GB2312 on a UTF-8 page): written back in GBK, at
// least this many valid UTF-8 sequences per broken one (the copy loses a
// byte where a line ends inside a pair: one in 16 on a Chinese news
// page's copy; Chinese, Japanese or Korean text written once gives fewer
// valid than broken ones), and at least this many characters besides
// ASCII to judge by.
inline constexpr std::size_t kMinRepairedPerBroken = 5;
inline constexpr std::size_t kMinMojibakeChars = 100;
// The start of a text copy judged first, so that text written once is not
// written back whole (a third of the time of reading a Chinese copy); a
// copy's first 16 KB hold thousands of its characters.
inline constexpr std::size_t kMojibakeSampleBytes = 16 * 1024;
// UTF-8 written again as if it were windows-1252 ("fÃ¼r"): a two-byte
// sequence read back is kept when it gives a Latin letter or sign, or a
// letter of the Greek to Arabic blocks; anything else (IPA, N'Ko, marks)
// is more likely a German "ß“" or a capital before a quote ("CAFÉ»").
// Came with double-encoded English and German pages.
inline constexpr char32_t kMojibakeLatinLast = 0x024F;
inline constexpr char32_t kMojibakeScriptsFirst = 0x0370;
inline constexpr char32_t kMojibakeScriptsLast = 0x06FF;
// <meta charset> is looked for in the first 1024 bytes, as the HTML
// standard's prescan and browsers read it (4 KiB by a pattern until
// comments and other metas' content matched; README's limits table says
// so).
inline constexpr std::size_t kPrescanBytes = 1024;
// ICU's detector judges a sample of this many bytes, and its guess counts
// from this confidence (of 100): below, the bytes are not its to judge.
// Since the first version.
inline constexpr std::size_t kDetectorSampleBytes = 65536;
inline constexpr std::int32_t kMinDetectorConfidence = 10;
// The share of a page's letters that must be bytes 0xC0-0xFF before a
// Western <meta charset> is doubted (HighLetterShare): Western text has a
// few in a hundred, 8-bit Cyrillic, Greek, Arabic and Hebrew pages nearly
// all (made-up Russian pages in windows-1251 declared latin-1: over 0.8
// with their ASCII navigation).
inline constexpr double kMinHighLetterShareOfOtherScript = 0.5;

// --- Page facts (html_parse.cc) ----------------------------------------------

// Bounds on the text kept of each fact, so that a huge element costs a
// constant: the title, a meta value, a JSON-LD script, an itemprop's text,
// and a name or a time (rel=author, a byline element, a <time>). Since the
// first version.
inline constexpr std::size_t kTitleMaxBytes = 2048;
inline constexpr std::size_t kMetaContentMaxBytes = 4096;
inline constexpr std::size_t kJsonLdMaxBytes = std::size_t{4} << 20;
inline constexpr std::size_t kItempropTextMaxBytes = 512;
inline constexpr std::size_t kNameTextMaxBytes = 256;
// Inline elements classed as a byline are noted up to this many, when
// their class is this short. Came with the metadata reconciled by trust.
inline constexpr std::size_t kBylineClassMaxBytes = 256;
inline constexpr std::size_t kMaxAuthorSpans = 64;
// Buttons' texts are noted up to this many (a tooltip button holds the
// byline's name on guide pages of two sites; a page has a few dozen
// buttons at most).
inline constexpr std::size_t kMaxButtons = 128;
// A hidden element is searched for a <time> through this many of its
// nodes: a date's box holds a few (the publication and update items of
// a news CMS's byline, shown by a script); a hidden menu is passed over.
inline constexpr std::size_t kHiddenStampNodes = 24;
// and at most this many hidden stamps are noted: a byline's date items
// are a few, a page of hidden teaser cards costs no more.
inline constexpr std::size_t kMaxHiddenStamps = 16;
// A data- attribute holds a time when it is shaped like one: "2016-12-09"
// at least, and shorter than this. Came with the metadata reconciled by
// trust.
inline constexpr std::size_t kDataTimeMinBytes = 10;
inline constexpr std::size_t kDataTimeMaxBytes = 64;
// "2021-03-04T10:15": the day and a clock, the least a data attribute must
// give to stand for the time an element prints.
inline constexpr std::size_t kDataClockMinBytes = 16;
// A Unix time in a data attribute: 10 digits in seconds (2001 to 2286),
// 13 in milliseconds. Noted up to this many per page: a feed of posts
// carries one per post. Came with site-local clocks printed without a zone.
inline constexpr std::size_t kEpochSecondsDigits = 10;
inline constexpr std::size_t kEpochMillisDigits = 13;
inline constexpr std::size_t kMaxEpochClocks = 64;
// In a figcaption, a span is set apart from the text before it when its
// first characters start with a capital; this many bytes are enough to see
// them. Came with captions and their credits.
inline constexpr std::size_t kCaptionPartPeekBytes = 8;
// How much of a link in a heading is read to tell a permalink mark ("¶",
// "#", "🔗": four bytes at most, spaces around it): more is a word.
inline constexpr std::size_t kAnchorMarkPeekBytes = 16;
// How much of an FAQ's question is read to see its question mark
// (QuestionToggle): a question longer than this is no accordion's title.
// Came with explainers whose answers open on a click (an FAQ under a
// money guide and one under a health guide).
inline constexpr std::size_t kQuestionPeekBytes = 400;
// How many boxes may wrap the question toggle alone (WrapsQuestionToggle):
// a guide's FAQ put its button in one title container.
inline constexpr std::size_t kToggleWrapMaxDepth = 2;
// Cells of a table row become one row block from this many (a data table,
// read row by row); a row of one cell is a paragraph. Since the first
// version.
inline constexpr std::size_t kMinTableRowCells = 2;
// An <img> whose width or height attribute is below this many pixels is a
// tracking pixel, a spacer or an icon, not a picture of the article; an
// address longer than this is inline data, not a link. Came with images
// in the Markdown.
inline constexpr long kMinImageSidePixels = 48;
inline constexpr std::size_t kImageSrcMaxBytes = 4096;

// --- Lines of a text copy (text_parse.cc) ------------------------------------

// A text copy keeps this many lines plus one per kTextBytesPerLine bytes;
// the rest of its text becomes one last line. Each line kept costs some
// 250 bytes through the stages: a copy of one-letter lines took 150 times
// its size before. The benchmark's longest copy has 2,719 lines; prose
// runs one line per 60 bytes or more.
inline constexpr std::size_t kMaxTextLines = 100000;
inline constexpr std::size_t kTextBytesPerLine = 32;

// --- Hard-wrapped text copies (text_parse.cc) --------------------------------

// Some "save as text" exports, mail clients and fold(1) wrap lines at 60
// to 100 columns, which left no line reading as prose (benchmark text
// pages folded at 72 columns: F1 0.046, then 0.883). A copy is wrapped
// when, among enough lines of some length, the 95th percentile of their
// lengths is a plausible width, few lines run well past it and many end
// just short of the widest line within it.
inline constexpr std::size_t kWrapMinLineChars = 20;
inline constexpr std::size_t kWrapMinLines = 10;
inline constexpr std::size_t kWrapPercentile = 95;
inline constexpr std::size_t kWrapMinWidth = 40;
inline constexpr std::size_t kWrapMaxWidth = 120;
inline constexpr std::size_t kWrapOverrun = 10;           // past the percentile: overlong
inline constexpr std::size_t kWrapMaxOverlongOneIn = 20;  // at most one line in 20 overlong
inline constexpr std::size_t kWrapNearChars = 15;         // this close under the width: near
inline constexpr std::size_t kWrapMinNearOneIn = 4;       // at least one line in 4 near
// Of the lines that go on in the next one, at least one in 2 ends near the
// widest of them when that is the width the paragraphs were wrapped at
// (lynx dumps of made-up pages; a Chromium copy's standfirst over its
// byline is no wrapped line).
inline constexpr std::size_t kContinuedNearOneIn = 2;
// A line ends its block when the next line's first word, after a space,
// would have fitted on it with this much to spare.
inline constexpr std::size_t kUnwrapSpareChars = 2;

// A text copy keeps the indentation of a code sample's lines: a tab counts
// as this many spaces, and indentation past the cap says nothing more
// (text copies of developer tutorials).
inline constexpr std::size_t kTabIndentSpaces = 4;
inline constexpr std::size_t kMaxIndentSpaces = 64;

// --- MHTML (mhtml.cc) ---------------------------------------------------------

// The header block of an MHTML file is read for sniffing within this many
// bytes: Chrome's, Firefox's and Word's fit in under 1 KiB (a long Subject
// included), so 16 KiB leaves room without reading a page's worth.
inline constexpr std::size_t kMhtmlSniffBytes = std::size_t{16} << 10;
// Nested multiparts looked into for the page: browsers write one level,
// mail clients two; the bound keeps a hostile file from recursing deeply.
inline constexpr int kMhtmlMaxDepth = 4;

}  // namespace pith

#endif  // PITH_PARSE_THRESHOLDS_H_
