// What one document's output looks like: its rendering and, for -o DIR, its
// file extension.
#ifndef PITH_CLI_OUTPUT_FORMAT_H_
#define PITH_CLI_OUTPUT_FORMAT_H_

#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith {

// OutputFormat (json, markdown, text) is the library's, in pith/pith.h.

// The extension an output file gets: ".json", ".md" or ".txt".
std::string_view OutputExtension(OutputFormat format);

// The article as written to stdout, to -o FILE or to its file under -o DIR.
std::string RenderArticle(const Article& article, OutputFormat format, bool pretty,
                          const MarkdownOptions& markdown = {});

}  // namespace pith

#endif  // PITH_CLI_OUTPUT_FORMAT_H_
