#include "clean/box_kind.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "clean/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool IsKeyChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The class names of `cls` but those that name one box, sorted; `named`
// tells whether there was one.
std::vector<std::string_view> KindNames(std::string_view cls, bool& named) {
  std::vector<std::string_view> names;
  named = false;
  AnyToken(cls, [&](std::string_view name) {
    if (IsPerBoxClass(name)) {
      named = true;
    } else {
      names.push_back(name);
    }
    return false;
  });
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

bool IsPerBoxClass(std::string_view name) {
  std::size_t start = name.size();
  while (start > 0 && IsKeyChar(name[start - 1])) --start;
  const std::string_view key = name.substr(start);
  if (key.size() < static_cast<std::size_t>(kPerBoxKeyMinChars)) return false;
  // Digits alone are a record's number ("post-12345"), which the next
  // post's box carries too: a generated key mixes letters in.
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  return std::any_of(key.begin(), key.end(), is_digit) && !std::all_of(key.begin(), key.end(), is_digit);
}

bool SameBoxKind(const Element& a, const Element& b) {
  if (a.tag != b.tag) return false;
  if (a.cls.empty() && b.cls.empty()) return !a.id.empty() && a.id == b.id;
  if (a.cls == b.cls) return true;
  // Both boxes named: a box of the same kind names without a key is
  // another thing (a copy of the text for another screen size, hidden).
  bool a_named = false, b_named = false;
  const std::vector<std::string_view> names = KindNames(a.cls, a_named);
  return a_named && !names.empty() && names == KindNames(b.cls, b_named) && b_named;
}

bool OneStateApart(const Element& a, const Element& b) {
  if (a.tag != b.tag) return false;
  bool named = false;
  std::vector<std::string_view> x = KindNames(a.cls, named);
  std::vector<std::string_view> y = KindNames(b.cls, named);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.empty() || y.size() != x.size() + 1) return false;
  return std::includes(y.begin(), y.end(), x.begin(), x.end());
}

std::vector<std::string_view> KindNamesOf(std::string_view cls) {
  bool named = false;
  return KindNames(cls, named);
}

bool OneKindApart(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  if (x.size() < 2 || x.size() != y.size()) return false;
  std::vector<std::string_view> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return common.size() + 1 == x.size();
}

}  // namespace pith
