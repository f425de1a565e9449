// Parse stage for HTML: UTF-8 markup to a Document, through gumbo.
#ifndef PITH_PARSE_HTML_PARSE_H_
#define PITH_PARSE_HTML_PARSE_H_

#include <string>

#include "parse/document.h"

namespace pith {

// Parses `html` (valid UTF-8). The Document keeps the gumbo tree alive for
// the string_views in its elements; nothing else of gumbo escapes.
// Never fails: gumbo accepts any input.
Document ParseHtml(std::string html);

}  // namespace pith

#endif  // PITH_PARSE_HTML_PARSE_H_
