// Dated teaser cards in a text copy: other stories' titles, each with its
// date, maybe a summary and a picture's caption, set under the article
// ("More on this topic"). The copy keeps them in the article's run, since
// their summaries read as prose; their repeated title-and-date shape
// tells them apart.
#ifndef PITH_CLEAN_DATED_CARDS_H_
#define PITH_CLEAN_DATED_CARDS_H_

#include <cstdint>
#include <vector>

#include "clean/text_lines.h"
#include "parse/document.h"

namespace pith {

// The first line of a run of dated cards closing the lines from `start`
// to `end`, with at least kCardInTextMinTextProse of prose above it; `end`
// + 1 when there is none. Lines `decided` (captions) are passed over.
std::int64_t DatedCardsTop(const Document& doc, const std::vector<TextLine>& lines,
                           const std::vector<bool>& decided, std::int64_t start, std::int64_t end);

}  // namespace pith

#endif  // PITH_CLEAN_DATED_CARDS_H_
