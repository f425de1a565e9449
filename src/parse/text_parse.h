// Parse stage for text copies: a browser's "save as text" or select-all
// copy becomes the same Document the HTML path builds.
#ifndef PITH_PARSE_TEXT_PARSE_H_
#define PITH_PARSE_TEXT_PARSE_H_

#include <string_view>

#include "parse/document.h"

namespace pith {

// Every non-blank line becomes a block in its own <p>; blank lines separate
// groups, each a <div> under <body>. A copy keeps one line per rendered
// block, so lines are the finest structure there is.
Document ParseText(std::string_view utf8);

}  // namespace pith

#endif  // PITH_PARSE_TEXT_PARSE_H_
