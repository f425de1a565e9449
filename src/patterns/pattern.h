// The pattern machinery under the heuristics: RE2 patterns compiled on
// first use and shared by all threads, named pattern lists matched in one
// pass, and the cheaper forms tried before patterns that are costly to
// compile. What the patterns are is in heuristics.h.
#ifndef PITH_PATTERNS_PATTERN_H_
#define PITH_PATTERNS_PATTERN_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pith {

// Runs `compile`, which builds RE2 programs, with a reserve of memory set
// aside to finish on. RE2 is not written for an allocation that fails: one
// unwinding through its compiler writes "Stack not empty." on stderr (seen
// under `ulimit -v` when a page had taken the memory). A compile that runs
// short takes the reserve, finishes, and then throws std::bad_alloc, which
// fails the page as any out of memory does. Patterns below use it already.
void CompileWithReserve(const std::function<void()>& compile);

// RE2's view of a string_view, for the pattern calls.
inline re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Whether `c` is white space as RE2's \s reads it: a cheap test before a
// pattern must agree with the pattern.
inline bool IsPatternSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

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

// RE2 options that leave errors unlogged, matching in one case or in any.
RE2::Options CaseSensitive();
RE2::Options CaseInsensitive();

// A pattern compiled on its first use, used as a `const RE2&`. RE2 takes
// about half a microsecond a pattern character to compile, so compiling
// every pattern up front was most of the time pith took on a small page.
class LazyPattern {
 public:
  // Unlogged by default: RE2 otherwise writes "DFA out of memory" to stderr
  // whenever a search falls back to its slower matcher on a long batch.
  explicit LazyPattern(std::string pattern, const RE2::Options& options = CaseSensitive())
      : pattern_(std::move(pattern)), options_(options) {}
  operator const RE2&() const;

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// Named patterns tried in one pass over the text: the first that matches,
// in the order of `patterns`, names the match. The sets are compiled on
// their first use: the lists for text copies cost most of the start-up to
// compile, and HTML pages never need them.
//
// Patterns led by "^.*" (a word anywhere in the text) are kept in a set of
// their own: with them in it, a set's search runs over every byte of every
// text and meets new states all along; without them, it stops within a few
// bytes on text no pattern starts. The block labels are matched on every
// short block of a page, and were one of pith's own largest costs.
struct PatternList {
  std::vector<NamedPattern> patterns;
  RE2::Options options;
  RE2::Anchor anchor = RE2::UNANCHORED;
  // A case-insensitive list: written in lower case, compiled case-sensitive
  // and matched against the text lowercased (LowerSameLength). RE2 folds
  // case letter by letter as it parses, which doubled the compile time.
  bool match_lowered = false;

  void Compile() const;
  // The name of the first pattern matching `text` (already lowercased for a
  // match_lowered list), or nullptr.
  const char* MatchFirst(std::string_view text) const;

 private:
  // One of the two sets, with the index in `patterns` of each of its patterns.
  struct Part {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> index;
    void Match(const re2::StringPiece& input, std::vector<int>& hits) const;
  };
  std::unique_ptr<std::once_flag> once_ = std::make_unique<std::once_flag>();
  mutable Part led_;       // patterns that must match from the text's first bytes
  mutable Part anywhere_;  // patterns led by "^.*"
  mutable std::vector<std::unique_ptr<LazyPattern>> exact_;  // by index; null where there is none
};

// A pattern with Unicode letter classes or bounded repeats, which RE2
// writes out at length (\p{Lu} in some 800 instructions, [^.:]{2,60} sixty
// times). PartialMatch, FullMatch and the replacements try its loose form
// first (Loosened) and the pattern as written, compiled then, only on text
// the loose form matches.
class CheckedPattern {
 public:
  explicit CheckedPattern(const char* pattern);
  // With `loose` written by hand, for a pattern Loosened leaves costly (a
  // negated letter class): it must match every text `pattern` matches.
  CheckedPattern(const char* pattern, const char* loose);
  bool PartialMatch(std::string_view text) const;
  bool FullMatch(std::string_view text) const;
  // RE2::Consume: moves `in` past the pattern as written at its start.
  bool Consume(re2::StringPiece* in) const;
  // RE2::GlobalReplace and RE2::Replace with the pattern as written.
  int GlobalReplace(std::string* text, std::string_view rewrite) const;
  bool Replace(std::string* text, std::string_view rewrite) const;
  const LazyPattern& Loose() const { return loose_; }
  const LazyPattern& Exact() const { return exact_; }

 private:
  LazyPattern loose_;
  LazyPattern exact_;
};

// A LeadSplitPattern's third part, compiled on its first use and tried
// only on a short text that holds one of `words` (written in lower case)
// in any case: a rarer form that would make the always compiled ASCII part
// dearer. It is tried first, so that it wins over a shorter ASCII label it
// opens with ("Von Redakteurin" over "Von").
struct GatedForm {
  const char* pattern = nullptr;
  std::span<const std::string_view> words;
};

// A pattern anchored at the text's start ("^(?:...)") kept as two: `ascii`,
// the alternatives that open with an ASCII letter, and `wide`, those that
// open with a letter outside ASCII. A text's first letter can open only
// alternatives of one of the two, so trying `ascii` and then `wide`
// matches what one pattern of both would, and `wide`, compiled on its first
// use, is tried only on text opening with a byte of 0x80 or more: pages in
// Latin script never compile it. A GatedForm may join them.
class LeadSplitPattern {
 public:
  // Longest text a gated form is tried on: a line of a label and names
  // ("By chief political correspondent Tom Hale and Jane Roe", 55 bytes),
  // not a sentence that opens with a role ("Political editor Jane Roe said
  // on Monday that ...", the sentence's subject). Review of the role form.
  static constexpr std::size_t kGatedTextMaxBytes = 96;

  LeadSplitPattern(const char* ascii, const char* wide, const RE2::Options& options, GatedForm gated = {});
  // RE2::Consume: moves `in` past the match at its start.
  bool Consume(re2::StringPiece* in) const;
  // Whether the text opens with a match.
  bool PartialMatch(std::string_view text) const;
  const LazyPattern& Ascii() const { return ascii_; }
  const LazyPattern& Wide() const { return wide_; }
  const LazyPattern* Gated() const { return gated_.get(); }

 private:
  // Whether `text` is short and holds one of the gate's words.
  bool Opens(re2::StringPiece text) const;

  LazyPattern ascii_;
  LazyPattern wide_;
  std::unique_ptr<LazyPattern> gated_;  // null without a gated part
  std::span<const std::string_view> gate_;
};

// What CheckedPattern tries first: `pattern` with ASCII letters or any
// non-ASCII character where it has \p{Lu}, \p{Ll} or \p{L} (alone or
// opening a class), and bounded repeats {m,n} without their bound. It
// matches whatever `pattern` matches.
std::string Loosened(std::string pattern);

// A pattern matched in any case: written in lower case and compiled
// case-sensitive, it sees the text lowercased (LowerSameLength). RE2 folds
// case letter by letter as it parses, which doubled the compile time.
// With `loose`, a cheaper pattern found in every text `pattern` matches
// (words one of which each of its forms holds), the matches try `loose`
// first and compile `pattern` only for text it matches. A loose form that
// is plain words and bars ("cookie", "inhalt|geladen") is looked for word
// by word with memmem: for a few words that is cheaper than a regex search's
// set-up on the thousands of short blocks of a page (a form of some twenty
// words, the paywall prompt's, was dearer so, and stays a regex).
class AnyCasePattern {
 public:
  explicit AnyCasePattern(const char* pattern, const char* loose = nullptr);
  bool PartialMatch(std::string_view text) const;
  bool FullMatch(std::string_view text) const;
  // PartialMatch on text already lowercased with LowerSameLength.
  bool PartialMatchLower(std::string_view lower) const;
  const LazyPattern& Compiled() const { return re_; }
  const LazyPattern* Loose() const { return loose_.get(); }

 private:
  bool MayMatch(std::string_view lower) const;

  LazyPattern re_;
  std::unique_ptr<LazyPattern> loose_;  // null without a loose form
  std::vector<std::string> loose_words_;  // the loose form's words when it is only words; else empty
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

// A ClassPattern's answers over one page, whose class values repeat (a
// list's items share one): each distinct value is matched once. The values
// must outlive it (they point into the parsed page).
class PageClassMatches {
 public:
  explicit PageClassMatches(const ClassPattern& pattern) : pattern_(pattern) {}
  bool Matches(std::string_view value);

 private:
  const ClassPattern& pattern_;
  std::unordered_map<std::string_view, bool> seen_;
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

}  // namespace pith

#endif  // PITH_PATTERNS_PATTERN_H_
