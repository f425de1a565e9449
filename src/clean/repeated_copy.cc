#include "clean/repeated_copy.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/thresholds.h"

namespace pith {
namespace {

// Where each text first appears among the body blocks (a few places).
using Places = std::unordered_map<std::string_view, std::vector<std::size_t>>;

// How many blocks from `at` repeat, in order, those from `earlier`,
// without reaching `at`. Spends `budget` on each comparison.
std::size_t RunLength(const Document& doc, const std::vector<std::size_t>& body, std::size_t earlier,
                      std::size_t at, std::size_t& budget) {
  std::size_t n = 0;
  while (budget > 0 && at + n < body.size() && earlier + n < at &&
         doc.blocks[body[earlier + n]].text == doc.blocks[body[at + n]].text) {
    --budget;
    ++n;
  }
  return n;
}

// Characters of prose in the run, each paragraph counted once: what makes
// it the article's text rather than a table, a legend, a code sample or
// one paragraph printed again and again.
std::int64_t ProseChars(const Document& doc, const Selection& sel, const std::vector<std::size_t>& body,
                        std::size_t from, std::size_t n) {
  std::unordered_set<std::string_view> counted;
  std::int64_t chars = 0;
  for (std::size_t k = from; k < from + n; ++k) {
    const std::size_t b = body[k];
    if (doc.blocks[b].kind == BlockKind::kPre || !IsProse(sel.stats[b])) continue;
    if (counted.insert(doc.blocks[b].text).second) chars += sel.stats[b].chars;
  }
  return chars;
}

}  // namespace

void DropRepeatedCopy(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.stats.size() != doc.blocks.size()) return;
  const std::vector<std::size_t> body = sel.BodyBlocks();
  if (body.size() < 2 * kRepeatedCopyMinBlocks) return;
  Places places;
  std::size_t budget = kRepeatedCopyMaxCompares;
  for (std::size_t at = 0; at < body.size();) {
    std::vector<std::size_t>& seen = places[doc.blocks[body[at]].text];
    std::size_t longest = 0;
    for (std::size_t earlier : seen) {
      const std::size_t n = RunLength(doc, body, earlier, at, budget);
      if (n > longest) longest = n;
    }
    if (longest >= kRepeatedCopyMinBlocks &&
        ProseChars(doc, sel, body, at, longest) >= kRepeatedCopyMinProseChars) {
      for (std::size_t k = at; k < at + longest; ++k) {
        sel.Set(body[k], Role::kDropped, "dropped: the text printed again");
      }
      at += longest;
      continue;
    }
    if (seen.size() < kRepeatedCopyMaxEarlier) seen.push_back(at);
    ++at;
  }
}

}  // namespace pith
