#include "text_lines.h"

#include <string>
#include <unordered_map>

#include "dates.h"
#include "heuristics.h"
#include "text_util.h"

namespace pith {
namespace {

// A headline or excerpt cut short in a list of links: "Teen chased by
// police breaks both legs with airport termin...". Short, and the ellipsis
// touches the last word; an article's own "... which is …" has a space or
// comes at the end of a long paragraph.
bool IsCutShort(std::string_view s, const BlockStats& stats) {
  if (stats.chars > 80) return false;
  while (!s.empty() && (s.back() == ' ' || s.back() == ']' || s.back() == ')')) s.remove_suffix(1);
  static constexpr std::string_view kEllipses[] = {"\xE2\x80\xA6", "..."};
  for (std::string_view e : kEllipses) {
    if (s.size() > e.size() && s.substr(s.size() - e.size()) == e) {
      const char before = s[s.size() - e.size() - 1];
      return before != ' ' && before != '.';
    }
  }
  return false;
}

bool IsWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

std::int32_t CountWide(std::string_view s) {
  std::int32_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (IsWide(NextCodePoint(s, i))) ++n;
  }
  return n;
}

}  // namespace

TextLine MeasureTextLine(const Block& b) {
  const Heuristics& h = GetHeuristics();
  TextLine l;
  l.stats = MeasureBlock(b);
  l.section_head = MatchSectionHead(b.text);
  l.credit = MatchCreditLine(b.text);
  l.caption = MatchCaptionLead(b.text);
  l.chrome = l.stats.chrome;
  if (!l.chrome) l.chrome = MatchBoilerplate(b.text);
  if (!l.chrome) l.chrome = MatchChromeLine(b.text);
  l.teaser = IsCutShort(b.text, l.stats);
  l.link_head = l.section_head == kRelatedHead || l.stats.chrome == kReadMoreLabel;
  if (l.stats.words <= 14) {
    const auto date = FindDate(b.text);
    l.date_line = date && date->coverage >= 0.6;
  }
  // "By Jane Doe", or "By" alone on its line with the name on the next.
  l.byline_line = l.stats.words <= 12 && (RE2::PartialMatch(b.text, h.byline_prefix) ||
                                          (l.stats.words == 1 && RE2::PartialMatch(b.text + " ", h.byline_prefix)));
  l.wide = CountWide(b.text);
  l.length = l.stats.chars + 2 * l.wide;
  // Running text: a sentence of some length, or a long line. A line of
  // symbols or a couple of words is not, however long (a rule of
  // underscores, a list of numbers).
  const BlockStats& st = l.stats;
  l.prose = !l.chrome && !l.section_head && !l.teaser && st.link_density < 0.5f &&
            ((st.sentence_end && (st.words >= 8 || l.length >= 40)) || l.length >= 200) &&
            (st.words >= 3 || l.wide >= 5);
  return l;
}

std::vector<TextLine> MeasureTextLines(const Document& doc) {
  std::vector<TextLine> lines;
  lines.reserve(doc.blocks.size());
  std::vector<std::int32_t> group_lines, group_prose;
  std::unordered_map<std::string_view, std::int32_t> counts;
  for (const Block& b : doc.blocks) {
    lines.push_back(MeasureTextLine(b));
    const auto g = static_cast<std::size_t>(b.group);
    if (g >= group_lines.size()) group_lines.resize(g + 1, 0), group_prose.resize(g + 1, 0);
    ++group_lines[g];
    if (lines.back().prose) ++group_prose[g];
    ++counts[b.text];
  }
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto g = static_cast<std::size_t>(doc.blocks[i].group);
    lines[i].group_lines = group_lines[g];
    lines[i].group_prose = group_prose[g];
    lines[i].repeats = counts[doc.blocks[i].text];
  }
  return lines;
}

}  // namespace pith
