// Input stage: what kind of document the bytes are.
#ifndef PITH_PARSE_INPUT_H_
#define PITH_PARSE_INPUT_H_

#include <string>
#include <string_view>

namespace pith {

enum class Sniffed { kEmpty, kBinary, kHtml, kText };

// Looks at the raw bytes: empty or whitespace only, binary (known file
// signatures, NUL-heavy or control-heavy data), else leaves the text/markup
// decision to SniffMarkup on the decoded text. With an encoding `declared`
// by the caller, control characters are counted in the text it decodes
// (UTF-16's bytes are mostly control bytes).
Sniffed SniffBytes(std::string_view bytes, std::string_view declared = {});

// On UTF-8 text: HTML if it opens with a tag, doctype or comment, or if
// known tags occur repeatedly near the start; plain text otherwise.
Sniffed SniffMarkup(std::string_view utf8);

// Whether the file at `path` opens like a text copy rather than a page, by
// its first bytes; false when it cannot be read. A guess ahead of reading
// it, for what to prepare.
bool LooksLikeTextCopy(const std::string& path);

}  // namespace pith

#endif  // PITH_PARSE_INPUT_H_
