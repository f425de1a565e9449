// Every heuristic pith uses to recognise things on a page, as named data in
// one place: class-name patterns, chrome phrases, byline prefixes, credit
// shapes. Patterns are RE2, compiled once on first use and shared by all
// threads. heuristics.cc notes where each came from.
#ifndef PITH_PATTERNS_HEURISTICS_H_
#define PITH_PATTERNS_HEURISTICS_H_

#include <re2/re2.h>
#include <pthread.h>
#include <re2/set.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith {

// RE2's view of a string_view, for the pattern calls.
inline re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// A named pattern: `name` is what --explain and tests report.
struct NamedPattern {
  const char* name;
  const char* pattern;
  // Set when `pattern` is a looser, cheaper form of the pattern meant
  // (".*cookie.*" for "accept cookies", "we use cookies", ...): the pattern
  // meant, compiled and tried only on text `pattern` matches. Patterns that
  // look for words anywhere in a text cost a set most of its compile time
  // and of its first searches.
  const char* exact = nullptr;
};

// A pattern compiled on its first use, used as a `const RE2&`. RE2 takes
// about half a microsecond a pattern character to compile, so compiling
// every pattern up front was most of the time pith took on a small page.
class LazyPattern {
 public:
  explicit LazyPattern(std::string pattern, const RE2::Options& options = RE2::Options())
      : pattern_(std::move(pattern)), options_(options) {}
  operator const RE2&() const;

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// Named patterns tried in one pass over the text: Set() holds all of
// `patterns`, in the same order, and the first that matches names the
// match. The set is compiled on its first use: the lists for text copies
// cost most of the start-up to compile, and HTML pages never need them.
struct PatternList {
  std::vector<NamedPattern> patterns;
  RE2::Options options;
  RE2::Anchor anchor = RE2::UNANCHORED;
  // A case-insensitive list: written in lower case, compiled case-sensitive
  // and matched against the text lowercased (LowerSameLength). RE2 folds
  // case letter by letter as it parses, which doubled the compile time.
  bool match_lowered = false;

  const RE2::Set& Set() const;
  // The name of the first pattern matching `text` (already lowercased for a
  // match_lowered list), or nullptr.
  const char* MatchFirst(std::string_view text) const;

 private:
  std::unique_ptr<std::once_flag> once_ = std::make_unique<std::once_flag>();
  mutable std::unique_ptr<RE2::Set> set_;
  mutable std::vector<std::unique_ptr<LazyPattern>> exact_;  // by index; null where there is none
};

// A pattern asked only yes or no, with Unicode letter classes or bounded
// repeats, which RE2 writes out at length (\p{Lu} in some 800 instructions,
// [^.:]{2,60} sixty times). PartialMatch and FullMatch try its loose form
// first (Loosened) and the pattern as written, compiled then, only on text
// the loose form matches.
class CheckedPattern {
 public:
  explicit CheckedPattern(const char* pattern);
  bool PartialMatch(std::string_view text) const;
  bool FullMatch(std::string_view text) const;
  const LazyPattern& Loose() const { return loose_; }
  const LazyPattern& Exact() const { return exact_; }

 private:
  LazyPattern loose_;
  LazyPattern exact_;
};

// What CheckedPattern tries first: `pattern` with ASCII letters or any
// non-ASCII character where it has \p{Lu} or \p{L} (alone or opening a
// class), and bounded repeats {m,n} without their bound. It matches
// whatever `pattern` matches.
std::string Loosened(std::string pattern);

// A pattern matched in any case: written in lower case and compiled
// case-sensitive, it sees the text lowercased (LowerSameLength). RE2 folds
// case letter by letter as it parses, which doubled the compile time.
class AnyCasePattern {
 public:
  explicit AnyCasePattern(const char* pattern);
  bool PartialMatch(std::string_view text) const;
  bool FullMatch(std::string_view text) const;
  // PartialMatch on text already lowercased with LowerSameLength.
  bool PartialMatchLower(std::string_view lower) const;
  const LazyPattern& Compiled() const { return re_; }

 private:
  LazyPattern re_;
};

// A pattern for class, id and role values, matched in any case: written in
// lower case and compiled case-sensitive (half the cost, as for
// PatternList::match_lowered), it sees the value ASCII-lowercased.
class ClassPattern {
 public:
  explicit ClassPattern(const char* pattern);
  // Whether the pattern occurs in `value`, in any case.
  bool Matches(std::string_view value) const;
  // The same for a value already in lower case (clean.cc's class keys).
  bool MatchesLower(std::string_view lower) const;
  const RE2& Compiled() const { return re_; }

 private:
  LazyPattern re_;
};

// A whole-text pattern with two captures, the second opening with an
// upper-case letter: "(\\p{Lu}". RE2 compiles \p{Lu} into some 800
// instructions, a third of a millisecond a pattern. FullMatch tries first
// the pattern with [A-Z] or any non-ASCII character in its place
// (Loosened; the pattern has no other letter class and no {m,n}): when the
// character it matched is upper case, that is the match the pattern as
// written picks (it prefers the same parse among fewer); otherwise the
// pattern as written decides, compiled then. Both forms are a
// CheckedPattern's.
class UpperLedPattern {
 public:
  explicit UpperLedPattern(const char* pattern) : forms_(pattern) {}
  bool FullMatch(std::string_view text, std::string* first, std::string* second) const;
  const LazyPattern& Loose() const { return forms_.Loose(); }
  const LazyPattern& Exact() const { return forms_.Exact(); }

 private:
  CheckedPattern forms_;
};

struct Heuristics {
  // Matched against an element's "class id role" (lower-cased).
  ClassPattern chrome_class;     // page chrome: share bars, comments, related, ads...
  ClassPattern strong_chrome_class;  // chrome that never holds an article (comments, ads...)
  ClassPattern keep_class;       // overrides chrome_class: "article", "content", "body"...
  ClassPattern positive_class;   // article container
  ClassPattern negative_class;   // probably not article content
  ClassPattern caption_class;
  ClassPattern byline_class;
  ClassPattern date_class;
  ClassPattern headline_class;
  ClassPattern embed_class;      // an embedded post (tweet, Instagram): quoted content
  ClassPattern header_class;     // the article's header box: standfirst, byline, tools
  ClassPattern hidden_class;     // matched against the class attribute: not shown on screen

  // Chrome phrases, matched against a whole block's text. `label_phrases`
  // only on short blocks (a few words that are all label: "Advertisement",
  // "Share this article"); `appeal_terms` on blocks of any length, where two
  // different terms in one block mark an appeal (donation, subscription).
  PatternList label_phrases;
  AnyCasePattern appeal_terms;
  AnyCasePattern cookie_notice; // any length: cookies in a consent dialog's words

  LazyPattern byline_prefix;    // "By", "Par", "Von", "Por", "Di", "Door" ...
  LazyPattern byline_noise;     // e-mails, URLs, "Follow", "@handle", "Updated ..."
  LazyPattern author_separator; // between names: ",", "and", "&", "und", "et", "y"...
  AnyCasePattern author_role;   // a part that is a role or an outlet, not a person
  // A trailing "(AP)", "(AFP/Getty Images)". Text copies only; compiling
  // it took longer than all the other patterns together.
  CheckedPattern caption_credit;
  LazyPattern agency_line;      // a line that is only an agency credit: "AP", "Reuters"
  LazyPattern markup_tag;       // for sniffing HTML in a document of unknown kind
  LazyPattern meta_charset;     // <meta charset=...> and http-equiv forms
  LazyPattern title_separator;  // " | Site", " - Site" at the end of <title>
  LazyPattern article_type;     // an Article @type in a JSON-LD script
  AnyCasePattern error_page;    // "404", "Page not found" in a title or heading
  LazyPattern credit_suffix;    // "(credit: NASA/Jude Guidry)" ending a caption
  LazyPattern written_address;  // a block that is one web address, written out

  // Bylines and dates (the metadata stage).
  AnyCasePattern non_author_credit; // "Edited by ...", "Photos by ...": named, but not authors
  AnyCasePattern modified_label_before; // "Updated", "Mis à jour"... just before a date
  LazyPattern modified_label_after;   // "更新" just after it
  LazyPattern caption_credit_label;   // "...a bar. Credit... Ed Murray", "Photo: AP"
  ClassPattern credit_class;           // the credit part of a caption: "credit", "copyright"...
  LazyPattern non_author_note;        // "Adrian Malloch (photography)"
  AnyCasePattern author_credential;   // a whole byline part that is a degree: "MS", "PhD"
  AnyCasePattern agency_name;         // a whole byline part that is a news agency, any case
  UpperLedPattern caption_credit_by;     // "... Photo by Jane Roe"
  UpperLedPattern caption_credit_glued;  // "CreditKevin Frayer/Getty Images"
  AnyCasePattern caption_control;     // a caption box's button: "toggle caption", "Enlarge this image"
  LazyPattern caption_control_suffix; // the same printed after the caption
  UpperLedPattern caption_credit_spaced;  // "... in 2023. Credit Credit Jeon Heon-Kyun/EPA"
  UpperLedPattern caption_credit_tail;    // "...more common.Zhejiang Daily / AP"
  // Text copies, where no markup tells the chrome apart. Each list is
  // matched against one line; see heuristics.cc for where each came from.
  PatternList section_heads;                // whole line: heads a section after the article
  PatternList boilerplate;                  // anywhere in a line: site-wide notices
  PatternList credit_lines;                 // whole line: a photo credit or caption label
  PatternList caption_leads;                // whole line: a caption by the way it opens
  CheckedPattern embed_signature;         // whole line: "— Jane Doe (@jdoe) May 1, 2019"
  PatternList chrome_lines;                 // whole line: comment headers, player and gallery controls
};

const Heuristics& GetHeuristics();

// Every pattern of GetHeuristics(), for the tests that check them all and
// the benchmark of their compile time. Singles come compiled.
std::vector<const RE2*> AllSinglePatterns();
std::vector<const ClassPattern*> AllClassPatterns();
std::vector<const AnyCasePattern*> AllAnyCasePatterns();
std::vector<const PatternList*> AllPatternLists();

// Compiles, on a thread of its own, the patterns every HTML page needs, in
// groups by when a page needs them and within each group in the reverse
// order of first use (heuristics.cc). A command that extracts one small
// page spent most of its time compiling patterns: with the warm-up, the
// page's own thread and this one compile from both ends and meet in the
// middle (std::call_once keeps each pattern compiled once). The destructor
// stops after the pattern in hand and joins.
enum class WarmUpFor { kHtml, kText };

class PatternWarmUp {
 public:
  explicit PatternWarmUp(WarmUpFor pages = WarmUpFor::kHtml);
  ~PatternWarmUp();
  PatternWarmUp(const PatternWarmUp&) = delete;
  PatternWarmUp& operator=(const PatternWarmUp&) = delete;

 private:
  static void* Start(void* self);
  void Run();

  const WarmUpFor pages_;
  std::atomic<bool> stop_{false};
  pthread_t thread_{};
  bool started_ = false;
};

// Names of the patterns that head a list of links to other stories ("More
// from UK", "Related articles"), for the stages that drop such lists.
inline constexpr char kReadMoreLabel[] = "read more link";
inline constexpr char kRelatedHead[] = "section: related";

// Leading bytes of binary formats that are not documents.
const std::vector<std::string_view>& BinarySignatures();

// The length of a byline prefix that markup glued to the name ("ByTravis
// Haney": "By" and an upper-case letter), or 0.
std::size_t GluedBylinePrefix(std::string_view text);

// Number of known HTML tags in `text` (bounded scan).
int CountMarkupTags(std::string_view text);

// Whether a paragraph ends with a photo credit in parentheses: "(credit:
// NASA/Jude Guidry)", "(Photo: AP)".
bool EndsWithPhotoCredit(std::string_view text);

// The charset a <meta> element declares in `head`, or empty.
std::string MatchMetaCharset(std::string_view head);

// The name of the first label phrase matching the whole short block, or
// nullptr.
const char* MatchLabelPhrase(std::string_view text);

// Text copies: the name of the first pattern of the list matching `line`
// (the whole line, or anywhere in it for MatchBoilerplate), or nullptr.
const char* MatchSectionHead(std::string_view line);
const char* MatchBoilerplate(std::string_view line);
const char* MatchCreditLine(std::string_view line);
const char* MatchCaptionLead(std::string_view line);
const char* MatchChromeLine(std::string_view line);
// The signature line under a post embedded in the article (a tweet).
bool IsEmbedSignature(std::string_view line);

// Number of different appeal terms in a block's text, lowercased with
// LowerSameLength.
int CountAppealTerms(std::string_view lower);

}  // namespace pith

#endif  // PITH_PATTERNS_HEURISTICS_H_
