#include "linked_data.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

#include "text_util.h"

namespace pith {
namespace {

using nlohmann::json;

bool IsArticleType(const json& type) {
  static constexpr std::string_view kTypes[] = {
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "report",
      "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "blog", "webpage"};
  auto matches = [&](const json& t) {
    if (!t.is_string()) return false;
    std::string s = AsciiLower(t.get<std::string>());
    if (const auto slash = s.rfind('/'); slash != std::string::npos) s = s.substr(slash + 1);
    for (std::string_view k : kTypes) {
      if (s == k) return true;
    }
    return false;
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

std::string StringOf(const json& v) {
  if (v.is_string()) return CollapseSpace(v.get<std::string>());
  if (v.is_array() && !v.empty()) return StringOf(v.front());
  if (v.is_object()) {
    for (const char* key : {"name", "url", "@id", "@value"}) {
      if (v.contains(key)) return StringOf(v[key]);
    }
  }
  return {};
}

void AuthorsOf(const json& v, std::vector<std::string>& out, int depth = 0) {
  if (depth > 4) return;
  if (v.is_string()) {
    out.push_back(CollapseSpace(v.get<std::string>()));
  } else if (v.is_array()) {
    for (const json& item : v) AuthorsOf(item, out, depth + 1);
  } else if (v.is_object()) {
    if (v.contains("@type") && v["@type"].is_string()) {
      const std::string t = AsciiLower(v["@type"].get<std::string>());
      if (t == "organization" || t == "newsmediaorganization") return;
    }
    if (v.contains("name")) AuthorsOf(v["name"], out, depth + 1);
  }
}

// Deepest nesting of brackets outside strings; nlohmann's parser recurses,
// so very deep input is refused before parsing.
int JsonDepth(std::string_view s) {
  int depth = 0, max = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      max = std::max(max, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max;
}

void ReadArticleObject(const json& o, LinkedData& ld) {
  if (ld.found) return;
  ld.found = true;
  if (o.contains("headline")) ld.headline = StringOf(o["headline"]);
  if (ld.headline.empty() && o.contains("name")) ld.headline = StringOf(o["name"]);
  if (o.contains("description")) ld.description = StringOf(o["description"]);
  if (o.contains("datePublished")) ld.published = StringOf(o["datePublished"]);
  if (ld.published.empty() && o.contains("dateCreated")) ld.published = StringOf(o["dateCreated"]);
  if (o.contains("dateModified")) ld.modified = StringOf(o["dateModified"]);
  if (o.contains("author")) AuthorsOf(o["author"], ld.authors);
  if (ld.authors.empty() && o.contains("creator")) AuthorsOf(o["creator"], ld.authors);
  if (o.contains("publisher")) ld.site_name = StringOf(o["publisher"]);
  if (o.contains("image")) ld.image = StringOf(o["image"]);
  if (o.contains("url")) ld.url = StringOf(o["url"]);
  if (o.contains("inLanguage")) ld.language = StringOf(o["inLanguage"]);
}

void WalkLinkedData(const json& v, LinkedData& ld, int depth) {
  if (depth > 8 || ld.found) return;
  if (v.is_array()) {
    for (const json& item : v) WalkLinkedData(item, ld, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  // Prefer a real article type over a WebPage that merely wraps it.
  if (v.contains("@type") && IsArticleType(v["@type"])) {
    const bool webpage = v["@type"].is_string() && AsciiLower(v["@type"].get<std::string>()) == "webpage";
    if (!webpage || v.contains("headline") || v.contains("datePublished")) {
      if (!webpage || !v.contains("mainEntity")) ReadArticleObject(v, ld);
    }
  }
  for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"}) {
    if (v.contains(key)) WalkLinkedData(v[key], ld, depth + 1);
  }
}

}  // namespace

LinkedData ReadLinkedData(const PageFacts& facts) {
  LinkedData ld;
  for (const std::string& script : facts.json_ld) {
    if (ld.found) break;
    if (JsonDepth(script) > 64) continue;
    try {
      const json v = json::parse(script, nullptr, /*allow_exceptions=*/false);
      if (!v.is_discarded()) WalkLinkedData(v, ld, 0);
    } catch (const json::exception&) {
      // A value of an unexpected type: this script tells us nothing.
    }
  }
  if (ld.site_name.empty()) {
    for (const std::string& script : facts.json_ld) {
      if (JsonDepth(script) > 64) continue;
      try {
        const json v = json::parse(script, nullptr, false);
        if (v.is_object() && v.contains("@type") && v["@type"].is_string() &&
            AsciiLower(v["@type"].get<std::string>()) == "website" && v.contains("name")) {
          ld.site_name = StringOf(v["name"]);
        }
      } catch (const json::exception&) {
      }
    }
  }
  return ld;
}

}  // namespace pith
