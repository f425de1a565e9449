#include "clean/quantity_list.h"

#include <cstddef>
#include <vector>

#include "clean/thresholds.h"

namespace pith {
namespace {

bool IsListTag(Tag t) { return t == Tag::kUl || t == Tag::kOl || t == Tag::kTable; }

// Opens with an amount: an ASCII digit, or a fraction sign (U+00BC-U+00BE
// "¼½¾" as C2 BC-BE, U+2150-U+215E "⅓⅛" as E2 85 90-9E).
bool OpensWithAmount(std::string_view s) {
  if (s.empty()) return false;
  const auto b = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  if (b(0) >= '0' && b(0) <= '9') return true;
  if (b(0) == 0xC2 && b(1) >= 0xBC && b(1) <= 0xBE) return true;
  return b(0) == 0xE2 && b(1) == 0x85 && b(2) >= 0x90 && b(2) <= 0x9E;
}

// An amount and what it measures ("2 Zwiebeln", "1 kg | Hokkaido-Kürbis"):
// a bare figure (a share count, a score) names nothing.
bool IsQuantityItem(const Block& b, const BlockStats& s) {
  return (b.kind == BlockKind::kListItem || b.kind == BlockKind::kTableRow) && s.words >= 2 &&
         s.words <= kQuantityItemMaxWords && s.link_density < kProseMaxLinkDensity && OpensWithAmount(b.text);
}

bool QuantityShare(std::size_t items, std::size_t amounts) {
  return amounts >= kQuantityListMinItems && amounts * 100 >= items * kQuantityListMinPercent;
}

// For each element between `scope` and the container `root` (in document
// order, so inside `scope`): the nearest list or table holding it (or it),
// and whether a box on the way down from `scope` is chrome by tag or class
// (a menu's numbered items); a print class alone does not count (a recipe
// page's printable sections). One pass down, parents before children.
struct ScopeBoxes {
  std::int32_t scope = -1;
  std::vector<std::int32_t> list;
  std::vector<bool> chrome;

  ScopeBoxes(const Document& doc, std::int32_t top, std::int32_t root) : scope(top) {
    const auto n = static_cast<std::size_t>(root - top);
    list.assign(n, -1);
    chrome.assign(n, false);
    for (std::int32_t e = top + 1; e < root; ++e) {
      const Element& el = doc.El(e);
      const std::size_t at = Index(e);
      const bool inside = el.parent > top;
      list[at] = IsListTag(el.tag) ? e : inside ? list[Index(el.parent)] : -1;
      chrome[at] = ((el.flags & kChrome) && !(el.flags & kPrintLike)) || (inside && chrome[Index(el.parent)]);
    }
  }
  std::size_t Index(std::int32_t e) const { return static_cast<std::size_t>(e - scope); }
};

// A run of consecutive blocks of one list (or of none: list -1).
struct ListRun {
  std::int32_t list = -1;
  std::size_t first = 0;
  std::size_t items = 0;
  std::size_t amounts = 0;
  bool outside = true;
};

void TakeBack(const Document& doc, const ScopeBoxes& boxes, const ListRun& run, Selection& sel) {
  // A layout table around the container is no list beside it.
  if (run.list < 0 || !run.outside || !QuantityShare(run.items, run.amounts) || doc.Contains(run.list, sel.root) ||
      boxes.chrome[boxes.Index(run.list)]) {
    return;
  }
  for (std::size_t i = run.first; i < run.first + run.items; ++i) {
    sel.Set(i, Role::kBody, "body: a list of quantities beside the text (ingredients)");
  }
  if (run.first == 0) return;
  const std::size_t above = run.first - 1;
  if (doc.blocks[above].kind == BlockKind::kHeading && doc.blocks[above].element > boxes.scope &&
      sel.verdicts[above].reason == kOutsideArticleReason && sel.stats[above].chrome == nullptr) {
    sel.Set(above, Role::kBody, "body: the heading of a list of quantities");
  }
}

}  // namespace

bool IsQuantityList(const Document& doc, const std::vector<BlockStats>& stats, std::int32_t list) {
  if (list < 0 || !IsListTag(doc.El(list).tag)) return false;
  std::size_t items = 0;
  std::size_t amounts = 0;
  const std::int32_t end = doc.SubtreeEnd(list);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.element < list || b.element >= end) continue;
    ++items;
    amounts += IsQuantityItem(b, stats[i]);
  }
  return QuantityShare(items, amounts);
}

void TakeBackQuantityLists(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root <= 0 || sel.stats.size() != doc.blocks.size()) return;
  std::int32_t scope = sel.root;
  for (int level = 0; level < kQuantityListMaxLevels; ++level) {
    const std::int32_t up = doc.El(scope).parent;
    if (up <= 0 || doc.El(up).tag == Tag::kBody) break;
    scope = up;
  }
  if (scope == sel.root) return;
  // The scope's blocks before the container, in runs of one list each;
  // a run is taken back when its list holds quantities and every block of
  // it was left out only for lying outside the container (not chrome, not
  // comments).
  const ScopeBoxes boxes(doc, scope, sel.root);
  ListRun run;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.element <= scope || b.element >= sel.root) continue;
    // Every block of a list counts as an item: a row of one filled cell
    // ("Salz, Pfeffer") is a line of text in its cell.
    const std::int32_t list = boxes.list[boxes.Index(b.element)];
    if (list != run.list) {
      TakeBack(doc, boxes, run, sel);
      run = ListRun{list, i, 0, 0, true};
    }
    if (list < 0) continue;
    ++run.items;
    run.amounts += IsQuantityItem(b, sel.stats[i]);
    run.outside = run.outside && sel.verdicts[i].role == Role::kDropped &&
                  sel.verdicts[i].reason == kOutsideArticleReason && sel.stats[i].chrome == nullptr;
  }
  TakeBack(doc, boxes, run, sel);
}

}  // namespace pith
