#include "emit.h"

#include <nlohmann/json.hpp>

#include "pith/pith.h"
#include "text_util.h"

namespace pith {

std::string BuildBody(const Document& doc, const Selection& sel) {
  std::string body;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i)) continue;
    if (!body.empty()) body += "\n\n";
    body += doc.blocks[i].text;
  }
  return body;
}

std::string ToJson(const Article& a, bool pretty) {
  using nlohmann::ordered_json;
  auto opt = [](const std::optional<std::string>& v) -> ordered_json {
    return v ? ordered_json(*v) : ordered_json(nullptr);
  };
  ordered_json j;
  j["headline"] = opt(a.headline);
  j["description"] = opt(a.description);
  j["byline"] = opt(a.byline);
  j["authors"] = a.authors;
  j["date"] = opt(a.date);
  j["captions"] = a.captions;
  j["body"] = a.body;
  j["site_name"] = opt(a.site_name);
  j["language"] = opt(a.language);
  j["url"] = opt(a.url);
  j["image"] = opt(a.image);
  j["format"] = a.format;
  // Every string was made valid UTF-8 upstream; `replace` keeps dump()
  // from throwing should one ever slip through.
  return j.dump(pretty ? 1 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace pith
