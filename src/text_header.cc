#include "text_header.h"

#include <algorithm>

namespace pith {

std::int32_t FindTextHeadline(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats,
                              std::int32_t anchor, std::int32_t byline, std::int32_t date) {
  const std::int32_t limit = byline >= 0 ? std::min(byline, date >= 0 ? date : byline) : date;
  const std::int32_t end = std::min<std::int32_t>(anchor, static_cast<std::int32_t>(doc.blocks.size()));
  std::vector<std::int32_t> above;
  for (std::int32_t i = 0; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if ((limit >= 0 && i >= limit) || sel.verdicts[u].role != Role::kDropped || stats[u].chrome) continue;
    if (stats[u].words < 3 || stats[u].chars > 300 || stats[u].sentence_end) continue;
    above.push_back(i);
  }
  if (above.empty()) return -1;
  // The line just above the byline, unless the two lines above it are a
  // headline and its standfirst.
  if (above.size() >= 2 && limit >= 0 && above.back() == limit - 1 && above[above.size() - 2] == limit - 2) {
    return above[above.size() - 2];
  }
  return above.back();
}

std::int32_t FindTextStandfirst(const Document&, const Selection& sel, const std::vector<BlockStats>& stats,
                                std::int32_t headline, std::int32_t limit) {
  if (headline < 0 || limit <= headline + 1) return -1;
  for (std::int32_t i = headline + 1; i < limit; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (sel.verdicts[u].role == Role::kDropped && !stats[u].chrome && stats[u].words >= 4) return i;
  }
  return -1;
}

}  // namespace pith
