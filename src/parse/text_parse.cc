#include "parse/text_parse.h"

#include <algorithm>
#include <string>
#include <vector>

#include "parse/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

struct Line {
  std::string text;  // whitespace collapsed; empty for a blank line
  std::size_t chars = 0;
  std::uint16_t indent = 0;  // spaces before the text
};

// The spaces a line opens with (a tab as kTabIndentSpaces), capped.
std::uint16_t LeadingSpaces(std::string_view line) {
  std::size_t n = 0;
  for (const char c : line) {
    if (c == ' ') {
      ++n;
    } else if (c == '\t') {
      n += kTabIndentSpaces;
    } else {
      break;
    }
  }
  return static_cast<std::uint16_t>(std::min(n, kMaxIndentSpaces));
}

std::vector<Line> SplitLines(std::string_view utf8) {
  std::vector<Line> lines;
  const std::size_t max_lines = kMaxTextLines + utf8.size() / kTextBytesPerLine;
  // Room for every line at once: growing by doubling held up to three
  // lines' worth of room per line while it moved them.
  lines.reserve(std::min<std::size_t>(max_lines, static_cast<std::size_t>(std::count(utf8.begin(), utf8.end(), '\n')) + 1));
  std::size_t pos = 0;
  while (pos <= utf8.size()) {
    std::size_t end = utf8.find_first_of("\r\n", pos);
    // Past the budget the rest is one line (CollapseSpace joins its lines).
    if (end == std::string_view::npos || lines.size() + 1 >= max_lines) end = utf8.size();
    Line line;
    line.text = CollapseSpace(utf8.substr(pos, end - pos));
    line.chars = CountChars(line.text);
    line.indent = LeadingSpaces(utf8.substr(pos, end - pos));
    lines.push_back(std::move(line));
    pos = end + 1;
    if (end < utf8.size() && utf8[end] == '\r' && pos < utf8.size() && utf8[pos] == '\n') ++pos;
  }
  return lines;
}

// The width of the lines that go on in the next one, up to `width`: a
// block's last line, or a heading of one line, may be set wider than the
// paragraphs were wrapped ("lynx -dump" sets headings at the full width
// and wraps paragraphs within a margin).
// Most such lines end near that width, as wrapped lines do; a copy's
// lines that merely sit in one group (a standfirst over names and a date)
// do not.
std::size_t ContinuedWidth(const std::vector<Line>& lines, std::size_t width) {
  std::vector<std::size_t> lengths;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::size_t n = lines[i].chars;
    if (!lines[i + 1].text.empty() && n >= kWrapMinLineChars && n <= width) lengths.push_back(n);
  }
  if (lengths.empty()) return width;
  const std::size_t continued = *std::max_element(lengths.begin(), lengths.end());
  const auto near = std::count_if(lengths.begin(), lengths.end(),
                                  [&](std::size_t n) { return n + kWrapNearChars >= continued; });
  const bool wrapped = static_cast<std::size_t>(near) * kContinuedNearOneIn >= lengths.size();
  return continued >= kWrapMinWidth && wrapped ? continued : width;
}

// The width a copy was hard-wrapped at ("save as text" in some browsers,
// mail clients, `fold`), or 0 when lines run to the end of their block.
// Wrapped text has no line much longer than the width, and many lines just
// short of it.
std::size_t WrapWidth(const std::vector<Line>& lines) {
  std::vector<std::size_t> lengths;
  for (const Line& l : lines) {
    if (l.chars >= kWrapMinLineChars) lengths.push_back(l.chars);
  }
  if (lengths.size() < kWrapMinLines) return 0;
  std::sort(lengths.begin(), lengths.end());
  const std::size_t p95 = lengths[lengths.size() * kWrapPercentile / 100];
  if (p95 < kWrapMinWidth || p95 > kWrapMaxWidth) return 0;
  std::size_t width = 0, near = 0, over = 0;
  for (const std::size_t n : lengths) {
    if (n > p95 + kWrapOverrun) {
      ++over;
    } else {
      width = std::max(width, n);
    }
  }
  for (const std::size_t n : lengths) near += (n + kWrapNearChars >= width && n <= width) ? 1 : 0;
  if (over * kWrapMaxOverlongOneIn > lengths.size() || near * kWrapMinNearOneIn < lengths.size()) return 0;
  return ContinuedWidth(lines, width);
}

std::size_t FirstWordChars(const std::string& s) {
  const std::size_t space = s.find(' ');
  return CountChars(std::string_view(s).substr(0, space));
}

bool StartsListItem(const std::string& s) {
  if (s.size() >= 2 && (s[0] == '*' || s[0] == '-' || s[0] == '+') && s[1] == ' ') return true;
  if (s.compare(0, 3, "\xE2\x80\xA2") == 0) return true;  // •
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < s.size() && (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ';
}

// Joins the lines of a hard-wrapped copy back into the blocks they were
// wrapped from: a line ends its block when the next line's first word would
// have fitted on it.
void Unwrap(std::vector<Line>& lines, std::size_t width) {
  std::vector<Line> out;
  out.reserve(lines.size());
  for (Line& l : lines) {
    if (!out.empty() && !l.text.empty() && !out.back().text.empty() && !StartsListItem(l.text) &&
        out.back().chars + 1 + FirstWordChars(l.text) + kUnwrapSpareChars > width) {
      out.back().text += ' ';
      out.back().text += l.text;
      out.back().chars += 1 + l.chars;
      continue;
    }
    out.push_back(std::move(l));
  }
  lines = std::move(out);
}

// Room for the elements and blocks `lines` make, taken once: a copy of
// short lines is mostly these records, and doubling a vector of them held
// up to half as much again while it moved them.
void ReserveBlocks(const std::vector<Line>& lines, Document& doc) {
  std::size_t blocks = 0, groups = 0;
  bool in_group = false;
  for (const Line& line : lines) {
    if (!line.text.empty()) {
      ++blocks;
      if (!in_group) ++groups;
    }
    in_group = !line.text.empty();
  }
  doc.elements.reserve(doc.elements.size() + groups + blocks);
  doc.blocks.reserve(blocks);
}

}  // namespace

Document ParseText(std::string_view utf8) {
  Document doc;
  doc.format = SourceFormat::kText;
  doc.elements.push_back(Element{Tag::kHtml, 0, 0, -1, 0, {}, {}, {}, {}, {}, {}});
  doc.elements.push_back(Element{Tag::kBody, 0, 1, 0, 0, {}, {}, {}, {}, {}, {}});
  std::vector<Line> lines = SplitLines(utf8);
  if (const std::size_t width = WrapWidth(lines)) Unwrap(lines, width);
  ReserveBlocks(lines, doc);
  std::int32_t group_element = -1;
  std::int32_t group = -1;
  for (Line& line : lines) {
    if (line.text.empty()) {
      group_element = -1;
      continue;
    }
    if (group_element < 0) {
      group_element = static_cast<std::int32_t>(doc.elements.size());
      doc.elements.push_back(Element{Tag::kDiv, 0, 2, 1, 0, {}, {}, {}, {}, {}, {}});
      ++group;
    }
    Block b;
    b.element = static_cast<std::int32_t>(doc.elements.size());
    doc.elements.push_back(Element{Tag::kP, 0, 3, group_element, 0, {}, {}, {}, {}, {}, {}});
    b.text = std::move(line.text);
    b.group = group;
    b.indent = line.indent;
    doc.blocks.push_back(std::move(b));
  }
  return doc;
}

}  // namespace pith
