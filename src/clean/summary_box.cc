#include "clean/summary_box.h"

#include <cstddef>
#include <cstdint>

#include "clean/quantity_list.h"
#include "clean/thresholds.h"

namespace pith {
namespace {

// The list (ul, ol) a list item's block sits in, or -1.
std::int32_t ListOf(const Document& doc, std::int32_t e) {
  for (; e >= 0; e = doc.El(e).parent) {
    if (doc.El(e).tag == Tag::kUl || doc.El(e).tag == Tag::kOl) return e;
  }
  return -1;
}

// The first body block of running text that is not a list item: where the
// article's text starts. -1 when there is none. A lead set in a box of its
// own before the text is no start of it: a summary list may follow it.
std::int32_t FirstParagraph(const Document& doc, const Selection& sel) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (sel.IsBody(i) && doc.blocks[i].kind == BlockKind::kText && IsProse(sel.stats[i]) &&
        sel.verdicts[i].reason != kLeadBoxReason) {
      return static_cast<std::int32_t>(i);
    }
  }
  return -1;
}

// Body blocks in the subtree of `e`.
std::size_t BodyBlocksUnder(const Document& doc, const Selection& sel, std::int32_t e) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) n += sel.IsBody(i) && doc.Contains(e, doc.blocks[i].element);
  return n;
}

// The largest box around `list`, inside the article, that holds no block
// from `first` on and only a few blocks besides the list's items.
std::int32_t SummaryBox(const Document& doc, const Selection& sel, std::int32_t list, std::size_t items,
                        std::int32_t first) {
  const std::int32_t text = doc.blocks[static_cast<std::size_t>(first)].element;
  std::int32_t box = list;
  for (std::int32_t p = doc.El(list).parent; p >= 0 && p != sel.root && doc.Contains(sel.root, p) &&
                                              !doc.Contains(p, text) &&
                                              BodyBlocksUnder(doc, sel, p) <= items + kSummaryBoxMaxOtherBlocks;
       p = doc.El(p).parent) {
    box = p;
  }
  return box;
}

// Whether a body block before the list's first item, inside `box`, is a
// short title ("Darum geht's", "In Kürze:").
bool HasTitle(const Document& doc, const Selection& sel, std::int32_t box, std::size_t first_item) {
  for (std::size_t i = 0; i < first_item; ++i) {
    if (!sel.IsBody(i) || !doc.Contains(box, doc.blocks[i].element)) continue;
    const BlockStats& s = sel.stats[i];
    if (s.words > 0 && s.words <= kSummaryTitleMaxWords && !IsProse(s)) return true;
  }
  return false;
}

}  // namespace

void DropSummaryBox(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  const std::int32_t first = FirstParagraph(doc, sel);
  if (first <= 0) return;
  // The first list before the text, and how many of its items are body.
  std::int32_t list = -1;
  std::size_t first_item = 0;
  std::size_t items = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(first); ++i) {
    if (!sel.IsBody(i) || doc.blocks[i].kind != BlockKind::kListItem) continue;
    const std::int32_t l = ListOf(doc, doc.blocks[i].element);
    if (list < 0) {
      list = l;
      first_item = i;
    }
    if (l != list) return;
    ++items;
  }
  // Ingredients before the steps are the recipe's own, not its summary.
  if (list < 0 || items < kSummaryMinItems || IsQuantityList(doc, sel.stats, list)) return;
  const std::int32_t box = SummaryBox(doc, sel, list, items, first);
  if (box == list || !HasTitle(doc, sel, box, first_item)) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (sel.IsBody(i) && doc.Contains(box, doc.blocks[i].element)) {
      sel.Set(i, Role::kDropped, "dropped: summary box before the text");
    }
  }
}

}  // namespace pith
