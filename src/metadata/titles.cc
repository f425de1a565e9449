#include "metadata/titles.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::titles;

// Scripts written without spaces between words: each character counts as a
// word when titles are compared.
bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x0E00 && cp <= 0x0E7F);
}

}  // namespace

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  const std::string folded = FoldForCompare(s);
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if (IsUnspacedScript(cp)) {
      flush();
      out.push_back(folded.substr(start, i - start));
      continue;
    }
    const bool word = cp > 0x7F ? u_isalnum(static_cast<UChar32>(cp)) != 0
                                : ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'));
    if (word) {
      cur.append(folded, start, i - start);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

double Similarity(const WordList& wa, const WordList& wb) {
  if (wa.empty() || wb.empty()) return 0;
  std::unordered_map<std::string_view, int> counts;
  for (const auto& w : wa) ++counts[w];
  int common = 0;
  for (const auto& w : wb) {
    if (auto it = counts.find(w); it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  const double p = static_cast<double>(common) / static_cast<double>(wb.size());
  const double r = static_cast<double>(common) / static_cast<double>(wa.size());
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double TitleSimilarity(std::string_view a, std::string_view b) { return Similarity(Words(a), Words(b)); }

double Containment(const WordList& wr, const WordList& wt) {
  if (wr.size() < limits::kMinContainedTitleWords || wt.size() > limits::MostWordsHoldingTitle(wr.size())) return 0;
  std::unordered_map<std::string_view, int> counts;
  for (const auto& w : wt) ++counts[w];
  std::size_t common = 0;
  for (const auto& w : wr) {
    if (auto it = counts.find(w); it != counts.end() && it->second > 0) --it->second, ++common;
  }
  return static_cast<double>(common) / static_cast<double>(wr.size());
}

bool HeadlineSized(std::string_view text) {
  if (CountWords(text) >= limits::kMinHeadlineWords) return true;
  std::size_t i = 0, unspaced = 0;
  while (i < text.size()) unspaced += IsUnspacedScript(NextCodePoint(text, i)) ? 1U : 0U;
  return unspaced >= limits::kMinHeadlineUnspacedChars;
}

std::vector<std::string> TitleParts(std::string_view title) {
  std::vector<std::string> parts;
  const std::string t = CollapseSpace(title);
  const RE2& separator = GetHeuristics().title_separator;
  std::size_t pos = 0;
  re2::StringPiece match;
  while (pos <= t.size()) {
    const re2::StringPiece rest(t.data() + pos, t.size() - pos);
    if (!separator.Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
      parts.push_back(t.substr(pos));
      break;
    }
    const auto at = static_cast<std::size_t>(match.data() - t.data());
    parts.push_back(t.substr(pos, at - pos));
    pos = at + match.size();
  }
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const std::string& p) { return Trim(p).empty(); }),
              parts.end());
  return parts;
}

bool NamesHost(std::string_view part) {
  part = Trim(part);
  const std::size_t dot = part.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = part.substr(dot + 1);
  if (tld.size() < limits::kMinTldLetters || tld.size() > limits::kMaxTldLetters) return false;
  auto ascii_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto host_char = [&](char c) { return ascii_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; };
  return std::all_of(tld.begin(), tld.end(), ascii_letter) && std::all_of(part.begin(), part.end(), host_char);
}

std::string StripTitleSite(std::string_view title, std::string_view site_name) {
  const std::string t = CollapseSpace(title);
  std::vector<std::string> parts = TitleParts(t);
  const std::string site = FoldForCompare(site_name);
  parts.erase(std::remove_if(parts.begin(), parts.end(),
                             [&](const std::string& p) { return (!site.empty() && FoldForCompare(p) == site) || NamesHost(p); }),
              parts.end());
  if (parts.empty()) return t;
  if (parts.size() == 1) return parts.front();
  // Several parts left: the headline is the longest, when it is long
  // enough not to be a section name itself.
  const auto longest = std::max_element(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) {
    return CountWords(a) < CountWords(b);
  });
  return CountWords(*longest) >= limits::kMinTitlePartWords ? *longest : t;
}

}  // namespace pith
