// Finding the article in a text copy: the longest run of prose lines, less
// chrome lines and captions.
#ifndef PITH_CLEAN_ARTICLE_TEXT_H_
#define PITH_CLEAN_ARTICLE_TEXT_H_

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

Selection SelectTextArticle(const Document& doc);

}  // namespace pith

#endif  // PITH_CLEAN_ARTICLE_TEXT_H_
