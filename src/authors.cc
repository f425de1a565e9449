#include "authors.h"

#include <unicode/uchar.h>

#include "heuristics.h"
#include "text_util.h"

namespace pith {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

bool IsParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "di", "del", "della", "der", "den", "van",
                                                    "von", "la", "le", "du", "des", "dos", "das", "bin",
                                                    "ibn", "al", "el", "ter", "ten", "y", "e", "zu"};
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

std::string StripPrefix(std::string s) {
  const Heuristics& h = GetHeuristics();
  // "By By-line" twice happens when a label and the name both say it.
  for (int i = 0; i < 2; ++i) {
    re2::StringPiece in = Piece(s);
    if (!RE2::Consume(&in, h.byline_prefix)) break;
    s = std::string(in.data(), in.size());
  }
  return s;
}

}  // namespace

std::string CleanByline(std::string_view raw) {
  std::string s = CollapseSpace(raw);
  s = StripPrefix(std::move(s));
  RE2::GlobalReplace(&s, GetHeuristics().byline_noise, "");
  // "Mroue,Deb" as copied from a page that puts names in separate elements.
  std::string out;
  out.reserve(s.size() + 4);
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if ((s[i] == ',' || s[i] == ';') && i + 1 < s.size() && s[i + 1] != ' ') out += ' ';
  }
  out = CollapseSpace(out);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == '|' || out.back() == '-' ||
                          out.back() == ':' || out.back() == ' ')) {
    out.pop_back();
  }
  std::size_t start = 0;
  while (start < out.size() && (out[start] == ',' || out[start] == '|' || out[start] == '-' || out[start] == ' ')) {
    ++start;
  }
  return out.substr(start);
}

bool LooksLikePersonName(std::string_view name) {
  name = Trim(name);
  if (name.empty() || name.size() > 80) return false;
  int words = 0;
  bool cased_script = false;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    if (i >= name.size()) break;
    const std::size_t start = i;
    while (i < name.size() && name[i] != ' ') ++i;
    const std::string_view word = name.substr(start, i - start);
    ++words;
    std::size_t k = 0;
    const char32_t first = NextCodePoint(word, k);
    for (std::size_t j = 0; j < word.size();) {
      const char32_t c = NextCodePoint(word, j);
      if (u_isdigit(static_cast<UChar32>(c))) return false;
    }
    if (u_hasBinaryProperty(static_cast<UChar32>(first), UCHAR_CASED)) {
      cased_script = true;
      if (!u_isupper(static_cast<UChar32>(first)) && !IsParticle(AsciiLower(word))) return false;
    } else if (!u_isalpha(static_cast<UChar32>(first))) {
      return false;
    }
  }
  if (words == 0 || words > 5) return false;
  // A single cased word is a surname at most ("Reuters" is caught as a role);
  // uncased scripts write names without spaces.
  return cased_script ? words >= 1 : CountChars(name) <= 20;
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  const Heuristics& h = GetHeuristics();
  std::string s = CleanByline(byline);
  std::vector<std::string> names;
  re2::StringPiece rest = Piece(s);
  re2::StringPiece sep;
  auto add = [&](std::string_view part) {
    std::string name = CollapseSpace(StripPrefix(std::string(Trim(part))));
    while (!name.empty() && (name.back() == '.' || name.back() == ':')) name.pop_back();
    if (name.empty() || RE2::PartialMatch(Piece(name), h.author_role) ||
        RE2::FullMatch(Piece(name), h.agency_line) || !LooksLikePersonName(name)) {
      return;
    }
    const std::string folded = FoldForCompare(name);
    for (const std::string& n : names) {
      if (FoldForCompare(n) == folded) return;
    }
    names.push_back(std::move(name));
  };
  std::string_view remaining(rest.data(), rest.size());
  while (!remaining.empty()) {
    re2::StringPiece input = Piece(remaining);
    if (!RE2::PartialMatch(input, h.author_separator, &sep) || sep.empty()) {
      add(remaining);
      break;
    }
    const std::size_t at = static_cast<std::size_t>(sep.data() - remaining.data());
    add(remaining.substr(0, at));
    remaining = remaining.substr(at + sep.size());
  }
  return names;
}

}  // namespace pith
