#include "metadata/titles.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::titles;

// The code point after byte `i`, past spaces; 0 at the end.
char32_t NextNonSpace(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i < s.size() ? NextCodePoint(s, i) : 0;
}

// The separator of kUnspacedTitleSeparators that starts at byte `i`, or "".
std::string_view UnspacedSeparatorAt(std::string_view s, std::size_t i) {
  for (std::string_view sep : lexicon::kUnspacedTitleSeparators) {
    if (s.substr(i, sep.size()) == sep) return sep;
  }
  return {};
}

// Punctuation of Chinese and Japanese text: the ideographic marks and
// quotes ("、", "」"), and the full-width forms ("！", "？", "）").
bool IsCjkMark(char32_t cp) { return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60); }

// The full-width brackets a site's name closes a title in, in a script
// without spaces: angle brackets (Japanese news portals, "見出し＜新聞＞")
// and lenticular ones (made-up probes of Japanese and Chinese papers,
// "見出し【新聞】").
struct BracketPair {
  std::string_view open, close;
};
constexpr BracketPair kSiteBrackets[] = {{"\uFF1C", "\uFF1E"} /* ＜＞ */, {"\u3010", "\u3011"} /* 【】 */};

// A site name in full-width brackets closing a title in a script without
// spaces ("見出し＜新聞＞", "開催！【新聞】"): its brackets become a
// separator, " | 新聞".
std::string BracketedSiteAsPart(std::string_view t) {
  const std::string_view trimmed = Trim(t);
  const auto pair = std::find_if(std::begin(kSiteBrackets), std::end(kSiteBrackets),
                                 [&](const BracketPair& b) { return trimmed.ends_with(b.close); });
  if (pair == std::end(kSiteBrackets)) return std::string(t);
  const std::string_view open_mark = pair->open, close_mark = pair->close;
  const std::size_t open = trimmed.rfind(open_mark);
  if (open == std::string_view::npos || open == 0) return std::string(t);
  // A space may stand before the brackets ("見出し ＜新聞＞").
  const std::string_view head = Trim(trimmed.substr(0, open));
  std::size_t before = 0;
  char32_t last = 0;
  while (before < head.size()) last = NextCodePoint(head, before);
  if (!IsUnspacedScript(last) && !IsCjkMark(last)) return std::string(t);
  const std::string_view site = trimmed.substr(open + open_mark.size(), trimmed.size() - open - open_mark.size() - close_mark.size());
  if (Trim(site).empty() || site.find(open_mark) != std::string_view::npos) return std::string(t);
  return std::string(head) + " | " + std::string(site);
}

// `t` with the separators that touch a script written without spaces
// ("見出し｜サイト") spaced like " | ", so the title separator splits them.
std::string SpaceUnspacedSeparators(std::string_view title) {
  const std::string t = BracketedSiteAsPart(title);
  std::string out;
  char32_t before = 0;
  for (std::size_t i = 0; i < t.size();) {
    const std::string_view sep = UnspacedSeparatorAt(t, i);
    if (!sep.empty() && (IsUnspacedScript(before) || IsUnspacedScript(NextNonSpace(t, i + sep.size())))) {
      out += " | ";
      i += sep.size();
      before = 0;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(t, i);
    out.append(t, start, i - start);
    if (cp != ' ') before = cp;
  }
  return out;
}

// The characters of `text` in a script written without spaces.
std::size_t UnspacedChars(std::string_view text) {
  std::size_t i = 0, unspaced = 0;
  while (i < text.size()) unspaced += IsUnspacedScript(NextCodePoint(text, i)) ? 1U : 0U;
  return unspaced;
}

// How much of a headline a title part holds: its words, and each
// character of a script written without spaces as one more.
std::size_t PartSize(std::string_view part) { return CountWords(part) + UnspacedChars(part); }

// Long enough not to be a section name: some words, or a few characters
// of a script written without spaces.
bool HeadlinePart(std::string_view part) {
  return CountWords(part) >= limits::kMinTitlePartWords || UnspacedChars(part) >= limits::kMinHeadlineUnspacedChars;
}

// A character that may stand between a title and the site's name after
// it: "Headline：Site", "Headline － Site", "Headline_Site".
bool IsSuffixSeparator(char32_t cp) {
  for (char32_t sep : lexicon::kSiteSuffixSeparators) {
    if (cp == sep) return true;
  }
  return false;
}

}  // namespace

// Each character of these scripts counts as a word when titles are compared.
bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x0E00 && cp <= 0x0E7F);
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  ForEachWord(s, [&](std::string&& w) { out.push_back(std::move(w)); });
  return out;
}

void ForEachWord(std::string_view s, const std::function<void(std::string&&)>& visit) {
  const std::string folded = FoldForCompare(s);
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) visit(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if (IsUnspacedScript(cp)) {
      flush();
      visit(folded.substr(start, i - start));
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
}

namespace {

// Token F1 of `common` shared words out of `a_words` and `b_words`.
double TokenF1(std::size_t common, std::size_t a_words, std::size_t b_words) {
  if (a_words == 0 || b_words == 0) return 0;
  const double p = static_cast<double>(common) / static_cast<double>(b_words);
  const double r = static_cast<double>(common) / static_cast<double>(a_words);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

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
  return TokenF1(static_cast<std::size_t>(common), wa.size(), wb.size());
}

double TitleSimilarity(std::string_view a, std::string_view b) {
  // Similarity, symmetric, with only the shorter text's words held: the
  // other may be a paragraph of millions of words, read one at a time.
  if (a.size() > b.size()) std::swap(a, b);
  const WordList wa = Words(a);
  std::unordered_map<std::string_view, int> counts;
  for (const auto& w : wa) ++counts[w];
  std::size_t common = 0, b_words = 0;
  ForEachWord(b, [&](std::string&& w) {
    ++b_words;
    if (auto it = counts.find(w); it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  });
  return TokenF1(common, wa.size(), b_words);
}

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
  return UnspacedChars(text) >= limits::kMinHeadlineUnspacedChars;
}

namespace {

std::size_t Occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A spaced right guillemet closing one the part opened is the end of a
// French quote ("Le ministre a dit « oui » au projet"), no separator.
bool ClosesQuote(std::string_view part, std::string_view separator) {
  constexpr std::string_view kOpen = "\xC2\xAB", kClose = "\xC2\xBB";
  return Trim(separator) == kClose && Occurrences(part, kOpen) > Occurrences(part, kClose);
}

}  // namespace

std::vector<std::string> TitleParts(std::string_view title) {
  std::vector<std::string> parts;
  const std::string t = CollapseSpace(SpaceUnspacedSeparators(title));
  const RE2& separator = GetHeuristics().title_separator;
  std::size_t start = 0, pos = 0;
  re2::StringPiece match;
  while (pos <= t.size()) {
    const re2::StringPiece rest(t.data() + pos, t.size() - pos);
    if (!separator.Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
      parts.push_back(t.substr(start));
      break;
    }
    const auto at = static_cast<std::size_t>(match.data() - t.data());
    const std::string_view sep(match.data(), match.size());
    if (ClosesQuote(std::string_view(t).substr(start, at - start), sep)) {
      // Past the guillemet only: the space after it may open a separator.
      pos = at + sep.find_last_not_of(' ') + 1;
      continue;
    }
    parts.push_back(t.substr(start, at - start));
    pos = start = at + match.size();
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

TitleSitePart SplitSitePart(std::string_view title) {
  const std::vector<std::string> parts = TitleParts(title);
  if (parts.size() < 2) return {};
  const auto longest = std::max_element(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) {
    return PartSize(a) < PartSize(b);
  });
  if (PartSize(parts.back()) >= PartSize(*longest)) return {};
  return {Words(parts.back()), Words(*longest)};
}

bool NamesSitePart(const TitleSitePart& title, const WordList& heading) {
  if (title.site.empty()) return false;
  const double site = Similarity(title.site, heading);
  return site >= limits::kMinSitePartSimilarity && site > Similarity(title.headline, heading);
}

std::string WithoutSiteSuffix(std::string_view title, std::string_view site_name) {
  const std::string_view t = Trim(title);
  const std::string_view site = Trim(site_name);
  if (site.empty() || t.size() <= site.size() || !StartsWithNoCase(t.substr(t.size() - site.size()), site)) {
    return std::string(t);
  }
  std::string_view rest = t.substr(0, t.size() - site.size());
  // Only after a separator ("Headline：Site"), or a space after a script
  // written without spaces ("見出し Site"): "MegaSite" does not end with
  // the name "Site", nor "A day with Site" name it apart.
  std::size_t cut = rest.size();
  bool separated = false;
  char32_t before = 0;
  while (cut > 0) {
    std::size_t at = cut - 1;
    while (at > 0 && (static_cast<unsigned char>(rest[at]) & 0xC0) == 0x80) --at;
    std::size_t next = at;
    before = NextCodePoint(rest, next);
    if (!IsUnicodeSpace(before) && !IsSuffixSeparator(before)) break;
    separated = separated || IsSuffixSeparator(before);
    cut = at;
  }
  const bool apart = separated || (cut < rest.size() && IsUnspacedScript(before));
  if (!apart || !HeadlineSized(rest.substr(0, cut))) return std::string(t);
  return std::string(Trim(rest.substr(0, cut)));
}

std::string StripTitleSite(std::string_view title, std::string_view site_name) {
  const std::string t = CollapseSpace(WithoutSiteSuffix(title, site_name));
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
    return PartSize(a) < PartSize(b);
  });
  return HeadlinePart(*longest) ? *longest : t;
}

}  // namespace pith
