#include "output_format.h"

namespace pith {

std::string_view OutputExtension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return ".json";
  }
  return ".json";
}

std::string RenderArticle(const Article& article, OutputFormat format, bool pretty) {
  switch (format) {
    case OutputFormat::kJson:
      return ToJson(article, pretty);
  }
  return ToJson(article, pretty);
}

}  // namespace pith
