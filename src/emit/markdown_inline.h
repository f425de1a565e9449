// The pieces of the Markdown rendering inside one block: links and
// emphasis set into a block's text, Markdown's characters escaped where it
// would misread them, and the YAML front matter.
#ifndef PITH_EMIT_MARKDOWN_INLINE_H_
#define PITH_EMIT_MARKDOWN_INLINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/pith.h"

namespace pith {

// Where a backslash goes so that a line's first characters ("# ", "> ",
// "- ", "1. ", a rule or a fence) are not read as structure; nullopt when
// the line reads as a paragraph already.
std::optional<std::size_t> LineStartEscape(std::string_view line);
std::string EscapeLineStart(std::string_view line);

struct InlineStyle {
  bool links = true;     // [text](url); off: the text alone
  bool emphasis = true;  // **strong** and _emphasis_; off: the text alone
  bool escape_line_starts = true;  // off where the line starts after a marker ("## ", "| ")
};

// text[from, to) with the spans that lie inside it: links as [text](url)
// (brackets in the text escaped), strong words as **...**, emphasised ones
// as _..._ (or *...* inside a word; neither where Markdown would not read
// it as emphasis, next to punctuation). Each line's start is escaped as
// LineStartEscape says. Spans that overlap another are left out.
std::string RenderInline(std::string_view text, std::size_t from, std::size_t to, const std::vector<TextSpan>& spans,
                         const InlineStyle& style);

// A link destination: the characters that would end it or break it
// (space, parentheses, angle brackets) percent-encoded.
std::string Destination(std::string_view url);

// `text` as one italic line: *text*, its asterisks escaped.
std::string ItalicLine(std::string_view text);

// `s` as a YAML double-quoted scalar, valid for any UTF-8 text.
std::string YamlString(std::string_view s);

// "---\n" the article's metadata as YAML "---\n": title, description,
// authors, date, modified, url, site_name, language, image, section,
// tags, paywalled; absent fields left out.
std::string FrontMatter(const Article& article);

}  // namespace pith

#endif  // PITH_EMIT_MARKDOWN_INLINE_H_
