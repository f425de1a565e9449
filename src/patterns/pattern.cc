#include "patterns/pattern.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "util/text_util.h"

namespace pith {

namespace {

// Several times what the largest pattern list takes to compile (a whole
// run on a small page peaks at 8 MB resident, binary included).
constexpr std::size_t kCompileReserveBytes = std::size_t{8} << 20;

std::atomic<void*> compile_reserve{nullptr};
std::new_handler handler_before = nullptr;
thread_local int compiling = 0;
thread_local bool took_reserve = false;

// operator new calls this when an allocation fails, and tries again if it
// returns. Outside a compile it does what was done before.
void OnAllocationFailure() {
  if (compiling > 0) {
    if (void* reserve = compile_reserve.exchange(nullptr)) {
      std::free(reserve);
      took_reserve = true;
      return;
    }
  }
  if (handler_before) {
    handler_before();
    return;
  }
  throw std::bad_alloc();
}

// Untouched, the reserve costs address space only; after a page that took
// it, the next compile sets it aside again.
void SetReserveAside() {
  static std::once_flag installed;
  std::call_once(installed, [] { handler_before = std::set_new_handler(OnAllocationFailure); });
  if (compile_reserve.load() != nullptr) return;
  void* reserve = std::malloc(kCompileReserveBytes);
  void* none = nullptr;
  if (reserve && !compile_reserve.compare_exchange_strong(none, reserve)) std::free(reserve);
}

}  // namespace

void CompileWithReserve(const std::function<void()>& compile) {
  SetReserveAside();
  if (compiling == 0) took_reserve = false;
  ++compiling;
  try {
    compile();
  } catch (...) {
    --compiling;
    throw;
  }
  --compiling;
  if (took_reserve) throw std::bad_alloc();
}

RE2::Options CaseInsensitive() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

RE2::Options CaseSensitive() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

namespace {

bool LedByAnyText(std::string_view pattern) { return pattern.substr(0, 3) == "^.*"; }

}  // namespace

void PatternList::Compile() const {
  std::call_once(*once_, [this] {
    CompileWithReserve([this] {
      // Anew after a try that ran out of memory, so that indices stay right.
      exact_.clear();
      led_ = {std::make_unique<RE2::Set>(options, anchor), {}};
      anywhere_ = {std::make_unique<RE2::Set>(options, anchor), {}};
      for (std::size_t i = 0; i < patterns.size(); ++i) {
        const NamedPattern& p = patterns[i];
        Part& part = LedByAnyText(p.pattern) ? anywhere_ : led_;
        // A pattern the set refuses is replaced by one that never matches, so
        // that the indices still name the right patterns.
        if (part.set->Add(p.pattern, nullptr) < 0) part.set->Add("[^\\x00-\\x{10FFFF}]", nullptr);
        part.index.push_back(static_cast<int>(i));
        exact_.push_back(p.exact ? std::make_unique<LazyPattern>(p.exact, options) : nullptr);
      }
      for (Part* part : {&led_, &anywhere_}) {
        if (part->index.empty()) {
          part->set.reset();
        } else {
          part->set->Compile();
        }
      }
    });
  });
}

void PatternList::Part::Match(const re2::StringPiece& input, std::vector<int>& hits) const {
  // Reused: a vector each would allocate on every text a pattern matches.
  thread_local std::vector<int> found;
  if (!set || !set->Match(input, &found)) return;
  for (const int i : found) hits.push_back(index[static_cast<std::size_t>(i)]);
}

const char* PatternList::MatchFirst(std::string_view text) const {
  Compile();
  const re2::StringPiece input(text.data(), text.size());
  std::vector<int> hits;
  led_.Match(input, hits);
  anywhere_.Match(input, hits);
  std::sort(hits.begin(), hits.end());
  for (const int i : hits) {
    const auto at = static_cast<std::size_t>(i);
    const LazyPattern* exact = exact_[at].get();
    if (!exact || static_cast<const RE2&>(*exact).Match(input, 0, text.size(), anchor, nullptr, 0)) {
      return patterns[at].name;
    }
  }
  return nullptr;
}

LazyPattern::operator const RE2&() const {
  std::call_once(once_, [this] { CompileWithReserve([this] { re_ = std::make_unique<RE2>(pattern_, options_); }); });
  return *re_;
}

bool UpperLedPattern::FullMatch(std::string_view text, std::string* first, std::string* second) const {
  const re2::StringPiece input(text.data(), text.size());
  if (!RE2::FullMatch(input, Loose(), first, second)) return false;
  std::size_t at = 0;
  if (!second->empty() && u_isupper(static_cast<UChar32>(NextCodePoint(*second, at)))) return true;
  return RE2::FullMatch(input, Exact(), first, second);
}

namespace {

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

std::string Loosened(std::string pattern) {
  ReplaceAll(pattern, "[\\p{Lu}", "[A-Z\\x{80}-\\x{10FFFF}");
  ReplaceAll(pattern, "[\\p{L}", "[A-Za-z\\x{80}-\\x{10FFFF}");
  ReplaceAll(pattern, "[\\p{Ll}", "[a-z\\x{80}-\\x{10FFFF}");
  ReplaceAll(pattern, "\\p{Lu}", "[A-Z\\x{80}-\\x{10FFFF}]");
  ReplaceAll(pattern, "\\p{L}", "[A-Za-z\\x{80}-\\x{10FFFF}]");
  ReplaceAll(pattern, "\\p{Ll}", "[a-z\\x{80}-\\x{10FFFF}]");
  // "{m,n}" to "{m,}".
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    out += pattern[i];
    if (pattern[i] != '{' || (i > 0 && pattern[i - 1] == '\\')) continue;
    std::size_t j = i + 1;
    while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') ++j;
    if (j == i + 1 || j >= pattern.size() || pattern[j] != ',') continue;
    std::size_t k = j + 1;
    while (k < pattern.size() && pattern[k] >= '0' && pattern[k] <= '9') ++k;
    if (k == j + 1 || k >= pattern.size() || pattern[k] != '}') continue;
    out.append(pattern, i + 1, j - i);  // the digits and the comma
    i = k - 1;                          // the closing brace comes next
  }
  return out;
}

CheckedPattern::CheckedPattern(const char* pattern) : loose_(Loosened(pattern)), exact_(pattern) {}

CheckedPattern::CheckedPattern(const char* pattern, const char* loose) : loose_(loose), exact_(pattern) {}

bool CheckedPattern::PartialMatch(std::string_view text) const {
  const re2::StringPiece input(text.data(), text.size());
  return RE2::PartialMatch(input, loose_) && RE2::PartialMatch(input, exact_);
}

bool CheckedPattern::FullMatch(std::string_view text) const {
  const re2::StringPiece input(text.data(), text.size());
  return RE2::FullMatch(input, loose_) && RE2::FullMatch(input, exact_);
}

bool CheckedPattern::Consume(re2::StringPiece* in) const {
  re2::StringPiece probe = *in;
  return RE2::Consume(&probe, loose_) && RE2::Consume(in, exact_);
}

namespace {
bool OpensWide(re2::StringPiece text) { return !text.empty() && static_cast<unsigned char>(text[0]) >= 0x80; }
}  // namespace

LeadSplitPattern::LeadSplitPattern(const char* ascii, const char* wide, const RE2::Options& options, GatedForm gated)
    : ascii_(ascii, options),
      wide_(wide, options),
      gated_(gated.pattern != nullptr ? std::make_unique<LazyPattern>(gated.pattern, options) : nullptr),
      gate_(gated.words) {}

bool LeadSplitPattern::Opens(re2::StringPiece text) const {
  if (gated_ == nullptr || text.size() > kGatedTextMaxBytes) return false;
  // The line lowered once, then each word found with a byte search: a
  // case-blind search per word cost every byline test some 300 instructions.
  std::array<char, kGatedTextMaxBytes> buffer;
  std::transform(text.begin(), text.end(), buffer.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  const std::string_view lower(buffer.data(), text.size());
  return std::any_of(gate_.begin(), gate_.end(), [&](std::string_view w) { return lower.find(w) != lower.npos; });
}

bool LeadSplitPattern::Consume(re2::StringPiece* in) const {
  return (Opens(*in) && RE2::Consume(in, *gated_)) || RE2::Consume(in, ascii_) ||
         (OpensWide(*in) && RE2::Consume(in, wide_));
}

bool LeadSplitPattern::PartialMatch(std::string_view text) const {
  const re2::StringPiece input(text.data(), text.size());
  return (Opens(input) && RE2::PartialMatch(input, *gated_)) || RE2::PartialMatch(input, ascii_) ||
         (OpensWide(input) && RE2::PartialMatch(input, wide_));
}

int CheckedPattern::GlobalReplace(std::string* text, std::string_view rewrite) const {
  return RE2::PartialMatch(*text, loose_) ? RE2::GlobalReplace(text, exact_, Piece(rewrite)) : 0;
}

bool CheckedPattern::Replace(std::string* text, std::string_view rewrite) const {
  return RE2::PartialMatch(*text, loose_) && RE2::Replace(text, exact_, Piece(rewrite));
}

namespace {

// The words of a loose form that is words between bars and nothing else
// (no regex syntax, no empty word); empty for any other form.
std::vector<std::string> PlainWords(std::string_view loose) {
  std::vector<std::string> words;
  if (loose.find_first_of("\\.^$*+?()[]{}") != std::string_view::npos) return {};
  for (std::size_t at = 0; at <= loose.size();) {
    const std::size_t bar = std::min(loose.find('|', at), loose.size());
    if (bar == at) return {};
    words.emplace_back(loose.substr(at, bar - at));
    at = bar + 1;
  }
  return words;
}

}  // namespace

AnyCasePattern::AnyCasePattern(const char* pattern, const char* loose)
    : re_(pattern, CaseSensitive()),
      loose_(loose ? std::make_unique<LazyPattern>(loose) : nullptr),
      loose_words_(loose ? PlainWords(loose) : std::vector<std::string>{}) {}

bool AnyCasePattern::MayMatch(std::string_view lower) const {
  if (!loose_) return true;
  if (loose_words_.empty()) return RE2::PartialMatch(Piece(lower), *loose_);
  return std::any_of(loose_words_.begin(), loose_words_.end(), [lower](const std::string& word) {
    return memmem(lower.data(), lower.size(), word.data(), word.size()) != nullptr;
  });
}

bool AnyCasePattern::PartialMatch(std::string_view text) const { return PartialMatchLower(LowerSameLength(text)); }

bool AnyCasePattern::PartialMatchLower(std::string_view lower) const {
  return MayMatch(lower) && RE2::PartialMatch(Piece(lower), re_);
}

bool AnyCasePattern::FullMatch(std::string_view text) const {
  const std::string lower = LowerSameLength(text);
  return MayMatch(lower) && RE2::FullMatch(Piece(lower), re_);
}

ClassPattern::ClassPattern(const char* pattern) : re_(pattern, CaseSensitive()) {}

bool ClassPattern::Matches(std::string_view value) const {
  // Most class names are already lower case: copy only those that are not.
  if (std::none_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return MatchesLower(value);
  }
  return MatchesLower(AsciiLower(value));
}

bool ClassPattern::MatchesLower(std::string_view lower) const {
  return RE2::PartialMatch(re2::StringPiece(lower.data(), lower.size()), re_);
}

bool PageClassMatches::Matches(std::string_view value) {
  const auto [it, added] = seen_.try_emplace(value, false);
  if (added) it->second = pattern_.Matches(value);
  return it->second;
}

}  // namespace pith
