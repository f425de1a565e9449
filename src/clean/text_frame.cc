#include "clean/text_frame.h"

#include <unordered_map>

namespace pith {

std::unordered_set<std::string_view> TextFrameClasses(const Document& doc, const std::vector<BlockStats>& stats,
                                                      std::int32_t top, std::int32_t root) {
  std::unordered_map<std::int32_t, std::int64_t> chars;
  std::int32_t column = -1;
  const std::int32_t end = doc.SubtreeEnd(top);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const std::int32_t e = doc.blocks[i].element;
    if (!IsProse(stats[i]) || e < top || e >= end) continue;
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    const std::int32_t holder = el.tag == Tag::kP ? el.parent : e;
    const std::int64_t n = chars[holder] += stats[i].chars;
    if (column < 0 || n > chars[column]) column = holder;
  }
  std::unordered_set<std::string_view> classes;
  for (std::int32_t e = column; e >= 0; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (!el.cls.empty()) classes.insert(el.cls);
    if (e == root) break;
  }
  return classes;
}

}  // namespace pith
