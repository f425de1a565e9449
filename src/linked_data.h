// JSON-LD: what a page's structured data says about its article.
#ifndef PITH_LINKED_DATA_H_
#define PITH_LINKED_DATA_H_

#include <string>
#include <vector>

#include "document.h"

namespace pith {

// The first article-typed object (NewsArticle, Article, BlogPosting...)
// found in the page's JSON-LD scripts, through arrays, @graph and
// mainEntity. Malformed or deeply nested scripts are skipped.
struct LinkedData {
  std::string headline, description, published, modified, site_name, image, url, language;
  std::vector<std::string> authors;
  bool found = false;
};

LinkedData ReadLinkedData(const PageFacts& facts);

}  // namespace pith

#endif  // PITH_LINKED_DATA_H_
