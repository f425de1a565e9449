#include "cli/output_format.h"

namespace pith {

std::string_view OutputExtension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kMarkdown:
      return ".md";
    case OutputFormat::kText:
      return ".txt";
    case OutputFormat::kJson:
      break;
  }
  return ".json";
}

std::string RenderArticle(const Article& article, OutputFormat format, bool pretty,
                          const MarkdownOptions& markdown) {
  return Render(article, format, pretty, markdown);
}

}  // namespace pith
