// JSON-LD: what a page's structured data says about its article.
#ifndef PITH_METADATA_LINKED_DATA_H_
#define PITH_METADATA_LINKED_DATA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "parse/document.h"

namespace pith {

// The page's article object (NewsArticle, Article, BlogPosting...), found
// through arrays, @graph, mainEntity and nested values, with references
// ({"@id": ...}) to people and publishers resolved. When several objects
// are article-typed, the one that says most about an article wins; a
// WebPage that wraps it fills in what it leaves out (the date, the author).
// Malformed or deeply nested scripts are skipped.
struct LinkedData {
  std::string headline, description, published, modified, site_name, image, url, language;
  // Person authors, in order. Organisations named as author are kept apart:
  // they are a last resort ("ZDNet Japan Staff"), never mixed with people.
  std::vector<std::string> authors;
  std::vector<std::string> organization_authors;
  // articleSection (the first, when a list), and keywords as given: each
  // string of a list, or the whole string (split later, by commas).
  std::string section;
  std::vector<std::string> keywords;
  // isAccessibleForFree (true, false, "True", "False") of the article, of
  // a part of it (hasPart, an object or a list), or of the page wrapping
  // it: false when any of them says false. Unset when none says.
  std::optional<bool> free;
  bool found = false;
};

LinkedData ReadLinkedData(const PageFacts& facts);

// The script's text made parseable: without the <![CDATA[ ]]> or <!-- -->
// wrapper XHTML pages put around it, raw line breaks inside strings
// escaped, trailing commas before } or ] dropped, a lone surrogate escape
// made U+FFFD, control character escapes (\u0000...) dropped, and a number
// out of a double's range (1e999) quoted: one fault no longer loses the
// block.
std::string TidyJsonLd(std::string_view script);

// One script tidied and parsed: discarded (is_discarded()) when it is empty,
// not JSON, or nested deeper than nlohmann's recursive parser should be
// given. Objects one after another with commas between them are read as an
// array; a closing bracket too many after the value is dropped.
nlohmann::json ParseJsonLd(std::string_view script);

}  // namespace pith

#endif  // PITH_METADATA_LINKED_DATA_H_
