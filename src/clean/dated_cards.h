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

// The lines of the one dated card set between two of the article's
// paragraphs from `start` to `end`: another story's title over its date
// or time stamp, maybe under a kicker, with paragraphs right above and
// right below ("read also" boxes in copies of news pages). All false when
// there is none, or more than one: titles over dates all through the
// text are a list of events or a live blog's entries, the article's own.
std::vector<bool> LoneCardInText(const Document& doc, const std::vector<TextLine>& lines,
                                 const std::vector<bool>& decided, std::int64_t start, std::int64_t end);

}  // namespace pith

#endif  // PITH_CLEAN_DATED_CARDS_H_
