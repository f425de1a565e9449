// The article as Markdown (CommonMark with pipe tables), and as plain text.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "emit/thresholds.h"
#include "pith/pith.h"

namespace pith {
namespace {

using Kind = BodyBlock::Kind;

// A paragraph whose first characters Markdown would read as structure
// ("# ", "> ", "- ", "1. ", a rule or a fence) gets them escaped; the rest of
// the text is left as written.
std::string EscapeLineStart(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::string_view rest = line.substr(i);
  bool escape = false;
  if (!rest.empty()) {
    const char c = rest[0];
    if (c == '#' || c == '>' || c == '=' || c == '|' || c == '`' || c == '~') escape = true;
    if ((c == '-' || c == '+' || c == '*' || c == '_') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == c)) {
      escape = true;
    }
    std::size_t d = 0;
    while (d < rest.size() && d < kListMarkerMaxDigits && rest[d] >= '0' && rest[d] <= '9') ++d;
    if (d > 0 && d < rest.size() && (rest[d] == '.' || rest[d] == ')') &&
        (d + 1 == rest.size() || rest[d + 1] == ' ')) {
      // "1. " starts a list: escape the dot, not the digits.
      return std::string(line.substr(0, i + d)) + "\\" + std::string(rest.substr(d));
    }
  }
  return escape ? std::string(line.substr(0, i)) + "\\" + std::string(rest) : std::string(line);
}

// Lines of a block, each escaped, joined with `separator` (a hard break
// inside a paragraph, the quote marker inside a quote).
std::string Lines(std::string_view text, std::string_view separator) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = text.find('\n', start);
    const std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (start > 0) out += separator;
    out += EscapeLineStart(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::string Cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string Fence(std::string_view text) {
  std::string fence = "```";
  while (text.find(fence) != std::string_view::npos) fence += '`';
  return fence;
}

// Whether `b` continues the list or table of `prev` on the next line
// rather than after a blank line.
bool Continues(const BodyBlock& prev, const BodyBlock& b) {
  if (prev.kind == Kind::kListItem && b.kind == Kind::kListItem) return prev.group == b.group || prev.depth != b.depth;
  if (prev.kind != b.kind || prev.group != b.group || b.group == 0) return false;
  return b.kind == Kind::kTableRow || b.kind == Kind::kQuote;
}

}  // namespace

std::string ToMarkdown(const Article& a) {
  std::string out;
  if (a.headline) out += "# " + OneLine(*a.headline) + "\n\n";
  std::string credit;
  if (a.byline) credit = "By " + OneLine(*a.byline);
  if (a.date) credit += (credit.empty() ? "" : " · ") + *a.date;
  if (!credit.empty()) out += EscapeLineStart(credit) + "\n\n";

  std::map<int, int> numbers;       // last number per ordered list
  std::vector<std::size_t> markers;  // marker width of the open item at each list depth
  std::size_t columns = 0;           // of the table being written
  const BodyBlock* prev = nullptr;
  for (const BodyBlock& b : a.blocks) {
    const bool continues = prev && Continues(*prev, b);
    if (prev) out += continues ? "\n" : "\n\n";
    switch (b.kind) {
      case Kind::kHeading: {
        const int level = std::clamp(b.level, kMinBodyHeadingLevel, kMaxHeadingLevel);
        out += std::string(static_cast<std::size_t>(level), '#') + " " + OneLine(b.text);
        break;
      }
      case Kind::kListItem: {
        // A nested item starts under the text of the item that holds it.
        const auto depth = static_cast<std::size_t>(std::max(b.depth, 0));
        markers.resize(depth + 1, 2);
        std::size_t width = 0;
        for (std::size_t k = 0; k < depth; ++k) width += markers[k];
        const std::string indent(width, ' ');
        std::string marker = "- ";
        if (b.ordered) marker = std::to_string(++numbers[b.group]) + ". ";
        markers[depth] = marker.size();
        out += indent + marker + Lines(b.text, "\\\n" + indent + std::string(marker.size(), ' '));
        break;
      }
      case Kind::kQuote:
        if (continues) out += ">\n";  // paragraphs of one quote
        out += "> " + Lines(b.text, "\\\n> ");
        break;
      case Kind::kPre: {
        const std::string fence = Fence(b.text);
        out += fence + "\n" + b.text + "\n" + fence;
        break;
      }
      case Kind::kTableRow: {
        std::vector<std::string> cells = b.cells;
        if (cells.empty()) cells.push_back(b.text);
        if (!continues) columns = cells.size();
        if (cells.size() < columns) cells.resize(columns);
        std::string row = "|";
        for (const std::string& c : cells) row += " " + Cell(c) + " |";
        out += row;
        if (!continues) {
          out += "\n|";
          for (std::size_t k = 0; k < cells.size(); ++k) out += " --- |";
        }
        break;
      }
      case Kind::kParagraph:
        out += Lines(b.text, "\\\n");
        break;
    }
    prev = &b;
  }
  if (a.blocks.empty() && !a.body.empty()) out += Lines(a.body, "\n");
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string ToText(const Article& a) { return a.body; }

}  // namespace pith
