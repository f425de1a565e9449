// Emit stage: the chosen blocks as the article's body, the article as JSON,
// Markdown or text.
#ifndef PITH_EMIT_EMIT_H_
#define PITH_EMIT_EMIT_H_

#include <string>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

// Body blocks in reading order with their kind, heading level, list
// nesting and the list, table or quote they belong to. A block's own line
// breaks (<br>, <pre>) are kept.
std::vector<BodyBlock> BuildBodyBlocks(const Document& doc, const Selection& sel);

// The blocks' texts, separated by a blank line.
std::string JoinBody(const std::vector<BodyBlock>& blocks);

}  // namespace pith

#endif  // PITH_EMIT_EMIT_H_
