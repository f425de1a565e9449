#include "clean/prose_baseline.h"

#include "clean/thresholds.h"
#include "patterns/lexicons.h"

namespace pith {
namespace {

// Per element: inside navigation, a header, a footer, an aside or a
// comment section, by tag or role (class names are what misled the
// container choice, so they count only for comments), or by the id older
// themes give a sidebar in place of the tag: a blog's sidebar "about" text
// longer than a short post is no run of the article.
std::vector<bool> OutsideText(const Document& doc) {
  std::vector<bool> out(doc.elements.size(), false);
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    const Element& el = doc.elements[e];
    const bool parent_out = el.parent >= 0 && out[static_cast<std::size_t>(el.parent)];
    out[e] = parent_out || IsChromeTag(el) || IsSidebarId(el.id) || (el.flags & kCommentLike) != 0;
  }
  return out;
}

bool IsBad(const BlockStats& s) { return s.chrome != nullptr || s.link_density > kBodyMaxLinkDensity; }

}  // namespace

ProseRun LongestProseRun(const Document& doc, const std::vector<BlockStats>& stats) {
  const std::vector<bool> outside = OutsideText(doc);
  ProseRun best;
  ProseRun run;
  std::int32_t gap = 0;  // blocks since the run's last prose block
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    // Paragraphs only: a news ticker's items and headlines read as
    // sentences too (as the container's body is measured, article_html.cc).
    const bool chrome = outside[static_cast<std::size_t>(b.element)];
    const bool prose = !chrome && IsProse(stats[i]) && (b.kind == BlockKind::kText || b.kind == BlockKind::kQuote);
    if (!prose) {
      // A block mostly links (a menu, a pager), a chrome phrase or one in a
      // footer, navigation or aside ends the run at once, as jusText's bad
      // blocks do; other blocks may stand between paragraphs.
      if (run.first >= 0 && (chrome || IsBad(stats[i]) || ++gap > kProseRunMaxGap)) {
        run = ProseRun{};
        gap = 0;
      }
      continue;
    }
    if (run.first < 0) run.first = static_cast<std::int32_t>(i);
    run.last = static_cast<std::int32_t>(i);
    run.prose += static_cast<std::int64_t>(b.text.size());
    gap = 0;
    if (run.prose > best.prose) best = run;
  }
  return best;
}

bool RunBeatsContainer(const ProseRun& run, std::int64_t chosen_prose) {
  return run.prose >= kProseRunMinChars && run.prose * 100 >= chosen_prose * kProseRunMinGainPercent;
}

void AddProseRun(const Document& doc, const std::vector<BlockStats>& stats, const ProseRun& run, Selection& sel) {
  if (run.first < 0) return;
  const std::int32_t run_root = doc.CommonAncestor(doc.blocks[static_cast<std::size_t>(run.first)].element,
                                                   doc.blocks[static_cast<std::size_t>(run.last)].element);
  // A container apart from the run is another box that won on score (a
  // consent panel's policy text): the run replaces it.
  if (sel.root >= 0 && !doc.Contains(sel.root, run_root) && !doc.Contains(run_root, sel.root)) {
    sel.verdicts.assign(doc.blocks.size(), Verdict{});
    sel.root = run_root;
  }
  const std::vector<bool> outside = OutsideText(doc);
  for (auto i = static_cast<std::size_t>(run.first); i <= static_cast<std::size_t>(run.last); ++i) {
    const Block& b = doc.blocks[i];
    const BlockStats& s = stats[i];
    if (sel.verdicts[i].role != Role::kDropped || sel.verdicts[i].reason == kOtherStoryReason ||
        sel.verdicts[i].reason == kCardInTextReason ||
        sel.verdicts[i].reason == kBoxBesideTextReason ||
        outside[static_cast<std::size_t>(b.element)] || s.chrome) {
      continue;
    }
    if (b.kind == BlockKind::kCaption) {
      sel.Set(i, Role::kCaption, "caption: figcaption");
    } else if (s.link_density <= kBodyMaxLinkDensity || s.written_address) {
      sel.Set(i, Role::kBody, kProseRunReason);
    }
  }
  sel.root = sel.root < 0 ? run_root : doc.CommonAncestor(sel.root, run_root);
}

}  // namespace pith
