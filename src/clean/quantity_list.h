// A list of quantities: the ingredients of a recipe, the materials of a
// how-to ("500 g Mehl", "2 Zwiebeln", "1/2 cup broth"), as a list or a
// two-column table. It is the article's own content, set in a box of its
// own before the steps, where the shape of a summary box or of a sibling
// box outside the text column would lose it.
#ifndef PITH_CLEAN_QUANTITY_LIST_H_
#define PITH_CLEAN_QUANTITY_LIST_H_

#include <cstdint>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// Whether the list (ul, ol) or table `list` holds at least
// kQuantityListMinItems items (list items, table rows) that are short,
// unlinked and open with an amount (a digit or a fraction sign) and name
// what it measures, and such items are most of its items.
bool IsQuantityList(const Document& doc, const std::vector<BlockStats>& stats, std::int32_t list);

// Takes back into the body a list of quantities left outside the article
// just before it, within kQuantityListMaxLevels of its container (a recipe
// page whose ingredients box is a sibling of the steps' text), with the
// heading just above the list.
void TakeBackQuantityLists(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_QUANTITY_LIST_H_
