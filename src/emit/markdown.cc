// The article as Markdown (CommonMark with pipe tables), and as plain text.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "emit/markdown_inline.h"
#include "emit/thresholds.h"
#include "pith/pith.h"
#include "util/text_util.h"

namespace pith {
namespace {

using Kind = BodyBlock::Kind;

// The block's text with its links and emphasis, each line's start escaped,
// lines joined with `separator` (a hard break inside a paragraph, the quote
// marker inside a quote).
std::string Lines(const BodyBlock& b, std::string_view separator, const MarkdownOptions& options,
                  std::size_t from = 0) {
  const std::string rendered = RenderInline(b.text, from, b.text.size(), b.spans, {options.links, true, true});
  std::string out;
  for (const char c : rendered) {
    if (c == '\n') out += separator;
    else out += c;
  }
  return out;
}

// The length of the number an ordered item's text opens with, typed by its
// author ("2. Put them in water", "3) ..."), with its dot or bracket; 0 when
// it has none. Such a number is the item's marker, not a second one (with a
// dot: a change of delimiter would start another list).
std::size_t TypedItemNumber(std::string_view text) {
  const std::optional<std::size_t> at = LineStartEscape(text);
  if (!at || text.empty() || text[0] < '0' || text[0] > '9' || *at + 2 >= text.size()) return 0;
  return *at + 1;
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

// A table row's cells with their links and emphasis, when the row's text
// is its cells joined by " | " (as the parse stage makes it). Each cell is
// given its own spans: given the row's, a row of thousands of emphasised
// cells read every span once per cell.
std::vector<std::string> Cells(const BodyBlock& b, const MarkdownOptions& options) {
  std::vector<std::size_t> starts;
  std::size_t at = 0;
  for (const std::string& c : b.cells) {
    if (b.text.compare(at, c.size(), c) != 0) return b.cells;
    starts.push_back(at);
    at += c.size() + 3;
  }
  std::vector<std::vector<TextSpan>> spans(starts.size());
  for (const TextSpan& s : b.spans) {
    const auto after = std::upper_bound(starts.begin(), starts.end(), s.begin);
    if (after != starts.begin()) spans[static_cast<std::size_t>(after - starts.begin()) - 1].push_back(s);
  }
  std::vector<std::string> cells;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    cells.push_back(RenderInline(b.text, starts[k], starts[k] + b.cells[k].size(), spans[k],
                                 {options.links, true, false}));
  }
  return cells;
}

// Longer than the text's longest run of backticks, so no run in it closes
// the block. Counted in one pass: growing the fence until the text no
// longer holds it searched the text once per backtick of its longest run.
std::string Fence(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string Image(const BodyBlock& b) {
  std::string alt;
  for (const char c : OneLine(b.alt)) {
    if (c == '[' || c == ']' || c == '\\') alt += '\\';
    alt += c;
  }
  std::string out = "![" + alt + "](" + Destination(b.url) + ")";
  if (!b.caption.empty()) out += "\n" + ItalicLine(b.caption);
  return out;
}

// Whether `b` continues the list or table of `prev` on the next line
// rather than after a blank line.
bool Continues(const BodyBlock& prev, const BodyBlock& b) {
  if (prev.kind == Kind::kListItem && b.kind == Kind::kListItem) return prev.group == b.group || prev.depth != b.depth;
  if (prev.kind != b.kind || prev.group != b.group || b.group == 0) return false;
  return b.kind == Kind::kTableRow || b.kind == Kind::kQuote;
}

// Whether the description is no standfirst to write: the body holds its
// opening (it is a paragraph of the body, whole or cut short "..."), or it
// is too long for a dek.
bool NoStandfirst(const Article& a, std::string_view description) {
  std::string stem = CollapseSpace(description);
  for (std::string_view cut : {"\u2026", "..."}) {
    if (stem.size() >= cut.size() && stem.compare(stem.size() - cut.size(), cut.size(), cut) == 0) {
      stem = CollapseSpace(stem.substr(0, stem.size() - cut.size()));
    }
  }
  if (stem.empty() || CountChars(stem) > kMaxStandfirstChars) return true;
  std::size_t probe = std::min(stem.size(), kStandfirstProbeBytes);
  while (probe < stem.size() && (static_cast<unsigned char>(stem[probe]) & 0xC0) == 0x80) ++probe;
  return CollapseSpace(a.body).find(stem.substr(0, probe)) != std::string::npos;
}

std::string Head(const Article& a, const MarkdownOptions& options) {
  std::string out;
  if (options.front_matter) out += FrontMatter(a) + "\n";
  if (a.headline) out += "# " + OneLine(*a.headline) + "\n\n";
  if (a.description && !NoStandfirst(a, *a.description)) out += ItalicLine(*a.description) + "\n\n";
  std::string credit;
  if (a.byline) credit = "By " + OneLine(*a.byline);
  if (a.date) credit += (credit.empty() ? "" : " · ") + *a.date;
  if (!credit.empty()) out += EscapeLineStart(credit) + "\n\n";
  return out;
}

// Writes the blocks of a table or a list, which need what came before.
class BodyWriter {
 public:
  BodyWriter(std::string& out, const MarkdownOptions& options) : out_(out), options_(options) {}

  void Write(const BodyBlock& b, bool continues) {
    switch (b.kind) {
      case Kind::kHeading: {
        const int level = std::clamp(b.level, kMinBodyHeadingLevel, kMaxHeadingLevel);
        out_ += std::string(static_cast<std::size_t>(level), '#') + " " +
                OneLine(RenderInline(b.text, 0, b.text.size(), b.spans, {options_.links, false, false}));
        break;
      }
      case Kind::kListItem: ListItem(b); break;
      case Kind::kQuote:
        if (continues) out_ += ">\n";  // paragraphs of one quote
        out_ += "> " + Lines(b, "\\\n> ", options_);
        break;
      case Kind::kPre: {
        const std::string fence = Fence(b.text);
        out_ += fence + "\n" + b.text + "\n" + fence;
        break;
      }
      case Kind::kTableRow: TableRow(b, continues); break;
      case Kind::kImage: out_ += Image(b); break;
      case Kind::kParagraph: out_ += Lines(b, "\\\n", options_); break;
    }
  }

 private:
  void ListItem(const BodyBlock& b) {
    // A nested item starts under the text of the item that holds it.
    const auto depth = static_cast<std::size_t>(std::max(b.depth, 0));
    markers_.resize(depth + 1, 2);
    std::size_t width = 0;
    for (std::size_t k = 0; k < depth; ++k) width += markers_[k];
    const std::string indent(width, ' ');
    std::string marker = "- ";
    std::size_t typed = 0;
    if (b.ordered) {
      typed = TypedItemNumber(b.text);
      int& number = numbers_[b.group];
      number = typed > 0 ? std::atoi(b.text.c_str()) : number + 1;
      marker = std::to_string(number) + ". ";
    }
    markers_[depth] = marker.size();
    const std::size_t from = typed > 0 ? typed + 1 : 0;  // past the typed number and its space
    out_ += indent + marker + Lines(b, "\\\n" + indent + std::string(marker.size(), ' '), options_, from);
  }

  // The first row of a table is its header; rows after it (a <tfoot> row
  // too) are body rows. A row shorter than the header is written as it is:
  // Markdown fills in its missing cells, and padding each row to a header
  // of thousands of cells made the output the header's width times the
  // number of rows.
  void TableRow(const BodyBlock& b, bool continues) {
    std::vector<std::string> cells = Cells(b, options_);
    if (cells.empty()) cells.push_back(b.text);
    std::string row = "|";
    for (const std::string& c : cells) row += " " + Cell(c) + " |";
    out_ += row;
    if (!continues) {
      out_ += "\n|";
      for (std::size_t k = 0; k < cells.size(); ++k) out_ += " --- |";
    }
  }

  std::string& out_;
  const MarkdownOptions& options_;
  std::map<int, int> numbers_;        // last number per ordered list
  std::vector<std::size_t> markers_;  // marker width of the open item at each list depth
};

// The blocks in the order they are written: a table's footer rows after
// its other rows, where browsers show them (a <tfoot> may come first in the
// page).
std::vector<const BodyBlock*> WritingOrder(const std::vector<BodyBlock>& blocks) {
  std::vector<const BodyBlock*> order;
  for (const BodyBlock& b : blocks) order.push_back(&b);
  for (auto run = order.begin(); run != order.end();) {
    auto end = run;
    while (end != order.end() && (*end)->kind == Kind::kTableRow && (*end)->group == (*run)->group) ++end;
    if (end == run) {
      ++run;
      continue;
    }
    std::stable_partition(run, end, [](const BodyBlock* b) { return !b->footer; });
    run = end;
  }
  return order;
}

// "## Comments" and each comment under a "###" heading with its author
// and date ("Comment 3" when neither is known), then its paragraphs.
std::string CommentsSection(const Article& a) {
  if (a.comments.empty()) return {};
  std::string out = "\n\n## Comments";
  for (std::size_t n = 0; n < a.comments.size(); ++n) {
    const Comment& c = a.comments[n];
    std::string title = c.author ? OneLine(*c.author) : "";
    if (c.date) title += (title.empty() ? "" : " · ") + *c.date;
    if (title.empty()) title = "Comment " + std::to_string(n + 1);
    out += "\n\n### " + RenderInline(title, 0, title.size(), {}, {false, false, false});
    std::size_t at = 0;
    while (at <= c.text.size()) {
      std::size_t end = c.text.find("\n\n", at);
      if (end == std::string::npos) end = c.text.size();
      BodyBlock paragraph;
      paragraph.text = c.text.substr(at, end - at);
      out += "\n\n" + Lines(paragraph, "\\\n", MarkdownOptions{});
      at = end + 2;
    }
  }
  return out;
}

}  // namespace

std::string ToMarkdown(const Article& a, const MarkdownOptions& options) {
  std::string out = Head(a, options);
  BodyWriter writer(out, options);
  const BodyBlock* prev = nullptr;
  for (const BodyBlock* b : WritingOrder(a.blocks)) {
    if (b->kind == Kind::kImage && (!options.images || b->url.empty())) continue;
    const bool continues = prev && Continues(*prev, *b);
    if (prev) out += continues ? "\n" : "\n\n";
    writer.Write(*b, continues);
    prev = b;
  }
  if (a.blocks.empty()) out += RenderInline(a.body, 0, a.body.size(), {}, {});
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out + CommentsSection(a);
}

std::string ToText(const Article& a) { return a.body; }

}  // namespace pith
