// The boxes an HTML article's running text sits in. Page builders wrap
// every section of an article in the same box (a "widget-container", a
// "product-widget", a "ranking-card"), whose class may read as chrome:
// boxes of that class beside the text are the article's too.
#ifndef PITH_CLEAN_TEXT_FRAME_H_
#define PITH_CLEAN_TEXT_FRAME_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// The classes of the elements from the text column of `top` (the element
// that holds the most running text of `top` directly, a paragraph's
// parent for a paragraph) up to `root`, its ancestor or itself: the boxes
// the chosen candidate's text sits in, up to the article's widened root.
// Empty when `top` holds no running text.
std::unordered_set<std::string_view> TextFrameClasses(const Document& doc, const std::vector<BlockStats>& stats,
                                                      std::int32_t top, std::int32_t root);

}  // namespace pith

#endif  // PITH_CLEAN_TEXT_FRAME_H_
