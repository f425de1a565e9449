// Pages and readers the metadata stage's tests share.
#ifndef PITH_METADATA_TEST_PAGES_H_
#define PITH_METADATA_TEST_PAGES_H_

#include <string>

#include "clean/clean.h"
#include "metadata/metadata.h"
#include "parse/html_parse.h"
#include "pith/pith.h"

namespace pith {

// Two paragraphs of an article's body.
inline constexpr char kBody[] =
    "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and the "
    "library, after a debate that lasted four hours.</p><p>Supporters said the plan was overdue, while critics "
    "argued that it would raise taxes, cut services and leave the city with less money.</p>";

// The metadata of an HTML page, read without the body.
inline Article Read(const std::string& html, const Options& options = {}) {
  Document d = ParseHtml(html);
  MarkElements(d);
  Selection sel = FindArticle(d);
  Article a;
  ReadMetadata(d, options, sel, a);
  return a;
}

// The whole extraction, when a test needs the body too.
inline Article Full(const std::string& html) {
  Options options;
  options.input = InputFormat::kHtml;
  return Extract(html, options).article;
}

}  // namespace pith

#endif  // PITH_METADATA_TEST_PAGES_H_
