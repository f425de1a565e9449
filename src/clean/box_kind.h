// Whether two boxes of a page are of one kind: the pieces a page splits
// its text into repeat the tag and class of the box that holds it, but
// page builders and content systems tag each box with a name of its own
// ("elementor-element-a77952e", "id-Z7_J8HC18..."), and a box whose class
// says nothing may repeat its id instead.
#ifndef PITH_CLEAN_BOX_KIND_H_
#define PITH_CLEAN_BOX_KIND_H_

#include <string_view>
#include <vector>

#include "parse/document.h"

namespace pith {

// A class name that names one box rather than a kind of box: its last
// run of letters and digits is a generated key, long and mixing letters and digits
// ("elementor-element-2e79e8f", "id-Z7_J8HC1841OGM450QST9UK4B0O86").
bool IsPerBoxClass(std::string_view name);

// Same tag, and the same class names, or the same but for those that
// name one box when both are so named (at least one name left to
// compare); for boxes without a class, the same id.
bool SameBoxKind(const Element& a, const Element& b);

// Same tag, and the class names of one are those of the other and one
// more: a state the page sets on one box of the kind ("is-first",
// "w-dyn-bind-empty" on the piece that opens the text).
bool OneStateApart(const Element& a, const Element& b);

// Class values split by KindNamesOf, two or more names each, all alike
// but one: boxes of one builder family ("elementor-widget
// elementor-widget-text-editor" and "elementor-widget
// elementor-widget-icon-list"). A box's class compared with many is split
// once.
bool OneKindApart(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y);
// A class value's names but those that name one box, sorted.
std::vector<std::string_view> KindNamesOf(std::string_view cls);

}  // namespace pith

#endif  // PITH_CLEAN_BOX_KIND_H_
