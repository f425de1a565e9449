// Finding the article in an HTML page: the container whose paragraphs
// score best (Readability's scoring, on blocks), less the chrome inside it.
#ifndef PITH_CLEAN_ARTICLE_HTML_H_
#define PITH_CLEAN_ARTICLE_HTML_H_

#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// `use_class_chrome`: whether chrome-like class names may exclude
// candidates. Off, the container is chosen on text alone; chrome-classed
// boxes inside it are still dropped. `stats`: MeasureBlock of every block.
Selection SelectHtmlArticle(const Document& doc, const std::vector<BlockStats>& stats, bool use_class_chrome);

}  // namespace pith

#endif  // PITH_CLEAN_ARTICLE_HTML_H_
