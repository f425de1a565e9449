#include "clean/boilerplate_lines.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "clean/thresholds.h"
#include "patterns/heuristics.h"

namespace pith {
namespace {

bool ArticlesOwn(std::string_view notice) { return notice == kCopyrightNotice || notice == kContactAddress; }

}  // namespace

void DropBoilerplateLines(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml) return;
  const std::vector<std::size_t> body = sel.BodyBlocks();
  for (std::size_t k = 0; k < body.size(); ++k) {
    const std::size_t i = body[k];
    // Only at the article's edges, and only plain paragraphs: code,
    // lists and text about affiliate marketing say the same words as
    // part of the article.
    const bool edge = k < kNoticeEdgeBlocks || body.size() - k <= kNoticeEdgeBlocks;
    if (!edge || doc.blocks[i].kind != BlockKind::kText) continue;
    const char* notice = MatchBoilerplate(doc.blocks[i].text);
    if (notice != nullptr && !ArticlesOwn(notice)) {
      sel.Set(i, Role::kDropped, "dropped: a site-wide notice at the article's edge");
    }
  }
}

}  // namespace pith
