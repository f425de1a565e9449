// Finding the article in a text copy: the longest run of prose lines, less
// chrome lines and captions.
#ifndef PITH_ARTICLE_TEXT_H_
#define PITH_ARTICLE_TEXT_H_

#include "clean.h"
#include "document.h"

namespace pith {

Selection SelectTextArticle(const Document& doc);

}  // namespace pith

#endif  // PITH_ARTICLE_TEXT_H_
