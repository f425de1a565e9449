#include "clean/boilerplate_lines.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool ArticlesOwn(std::string_view notice) { return notice == kCopyrightNotice || notice == kContactAddress; }

// Bytes of the body blocks from `from` on that read as running text.
std::size_t ProseBytesBelow(const Document& doc, const Selection& sel, std::size_t from) {
  std::size_t n = 0;
  for (std::size_t i = from; i < sel.verdicts.size(); ++i) {
    if (sel.IsBody(i) && IsProse(sel.stats[i])) n += doc.blocks[i].text.size();
  }
  return n;
}

// Whether block `b` holds a link to an e-mailed newsletter's web version
// ("View it in your browser") on the newsletter's own line.
bool HoldsEmailViewLink(const Block& b) {
  for (const TextSpan& span : b.spans) {
    if (span.kind == TextSpan::Kind::kLink && IsEmailViewLine(b.text, span.begin, span.end)) {
      return true;
    }
  }
  return false;
}

// Drops the heading right over body block `i`, a newsletter box's notice,
// when the two share their box ("Discover more from <blog>" over
// "Subscribe to get the latest posts sent to your email"): the box's
// title, which a section of the text under it would not stand beside.
void DropNewsletterBoxHead(const Document& doc, Selection& sel, std::size_t i) {
  if (i == 0 || !sel.IsBody(i - 1)) return;
  const Block& head = doc.blocks[i - 1];
  if (head.kind != BlockKind::kHeading || sel.stats[i - 1].words > kClosingHeadMaxWords) return;
  const auto parent = [&](const Block& b) { return doc.elements[static_cast<std::size_t>(b.element)].parent; };
  if (head.element < 0 || doc.blocks[i].element < 0 || parent(head) != parent(doc.blocks[i]) ||
      parent(head) == sel.root) {
    return;
  }
  sel.Set(i - 1, Role::kDropped, "dropped: the head of a newsletter box");
}

}  // namespace

void DropAfterPaywallPrompt(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.stats.size() != doc.blocks.size()) return;
  const std::int32_t first = sel.FirstBody();
  const std::int32_t last = sel.LastBody();
  if (first < 0) return;
  for (std::size_t i = static_cast<std::size_t>(first) + 1; i < static_cast<std::size_t>(last); ++i) {
    if (!IsNamed(sel.stats[i].chrome, kPaywallPromptLabel)) continue;
    // A wall cuts the text short: below it stand the pitch's points and
    // buttons, hardly any running text. Paragraphs below are the article,
    // which the page printed in full despite the notice.
    if (ProseBytesBelow(doc, sel, i + 1) >= kWallPitchMaxProseBytes) return;
    for (std::size_t j = i + 1; j < doc.blocks.size(); ++j) {
      if (sel.IsBody(j)) sel.Set(j, Role::kDropped, "dropped: the pitch below a paywall prompt");
    }
    return;
  }
}

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
    // The newsletter's line over or under its text, as it was mailed.
    if (i < sel.stats.size() && sel.stats[i].words <= kEmailViewLineMaxWords && HoldsEmailViewLink(doc.blocks[i])) {
      sel.Set(i, Role::kDropped, "dropped: an e-mailed newsletter's link to its web version");
      continue;
    }
    const char* notice = MatchBoilerplate(doc.blocks[i].text);
    if (notice != nullptr && !ArticlesOwn(notice)) {
      sel.Set(i, Role::kDropped, "dropped: a site-wide notice at the article's edge");
      if (std::string_view(notice) == kNewsletterBoxNotice) DropNewsletterBoxHead(doc, sel, i);
    }
  }
}

}  // namespace pith
