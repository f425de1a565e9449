// Finding the article in a text copy: the longest run of prose lines, less
// chrome lines and captions.
#ifndef PITH_CLEAN_ARTICLE_TEXT_H_
#define PITH_CLEAN_ARTICLE_TEXT_H_

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

Selection SelectTextArticle(const Document& doc);

// Whether the verdict leaves out a title or point of a summary box over
// the article: not the body, but it says what the article is about.
bool SummaryBoxLine(const Verdict& v);

}  // namespace pith

#endif  // PITH_CLEAN_ARTICLE_TEXT_H_
