#include "text_parse.h"

#include "text_util.h"

namespace pith {

Document ParseText(std::string_view utf8) {
  Document doc;
  doc.format = SourceFormat::kText;
  doc.elements.push_back(Element{Tag::kHtml, 0, 0, -1, 0, {}, {}, {}, {}});
  doc.elements.push_back(Element{Tag::kBody, 0, 1, 0, 0, {}, {}, {}, {}});
  std::int32_t group_element = -1;
  std::int32_t group = -1;
  std::size_t pos = 0;
  while (pos <= utf8.size()) {
    std::size_t end = utf8.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string line = CollapseSpace(utf8.substr(pos, end - pos));
    pos = end + 1;
    if (end < utf8.size() && utf8[end] == '\r' && pos < utf8.size() && utf8[pos] == '\n') ++pos;
    if (line.empty()) {
      group_element = -1;
      continue;
    }
    if (group_element < 0) {
      group_element = static_cast<std::int32_t>(doc.elements.size());
      doc.elements.push_back(Element{Tag::kDiv, 0, 2, 1, 0, {}, {}, {}, {}});
      ++group;
    }
    Block b;
    b.element = static_cast<std::int32_t>(doc.elements.size());
    doc.elements.push_back(Element{Tag::kP, 0, 3, group_element, 0, {}, {}, {}, {}});
    b.text = std::move(line);
    b.group = group;
    doc.blocks.push_back(std::move(b));
  }
  return doc;
}

}  // namespace pith
