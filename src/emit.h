// Emit stage: the chosen blocks as article text, the article as JSON.
#ifndef PITH_EMIT_H_
#define PITH_EMIT_H_

#include <string>

#include "clean.h"
#include "document.h"

namespace pith {

// Body blocks in reading order, one paragraph each, separated by a blank
// line. A block's own line breaks (<br>, <pre>) are kept.
std::string BuildBody(const Document& doc, const Selection& sel);

}  // namespace pith

#endif  // PITH_EMIT_H_
