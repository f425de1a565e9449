// Emit stage: the chosen blocks as the article's body, the article as JSON,
// Markdown or text.
#ifndef PITH_EMIT_EMIT_H_
#define PITH_EMIT_EMIT_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

// Body blocks in reading order with their kind, heading level, list
// nesting and the list, table or quote they belong to, their links (made
// absolute against `base`, the page's base address, see PageBase) and
// emphasis, and the article's images where they stand. A block's own line
// breaks (<br>, <pre>) are kept.
std::vector<BodyBlock> BuildBodyBlocks(const Document& doc, const Selection& sel, std::string_view base);

// The blocks' texts, images left out, separated by a blank line.
std::string JoinBody(const std::vector<BodyBlock>& blocks);

}  // namespace pith

#endif  // PITH_EMIT_EMIT_H_
