// A pull quote: a sentence of the text printed again, larger, in a box of
// its own near the paragraph it comes from, often with the speaker's name
// under it. The paragraph is the article's; the copy is not.
#ifndef PITH_CLEAN_PULL_QUOTES_H_
#define PITH_CLEAN_PULL_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// The text's runs of three words, lowercased and hashed, sorted.
std::vector<std::uint64_t> WordTrigrams(std::string_view text);

// The share of `quote`'s trigrams found in `source` (both sorted, as
// WordTrigrams gives them); 0 when `quote` has none.
double TrigramCoverage(const std::vector<std::uint64_t>& quote, const std::vector<std::uint64_t>& source);

// Drops, from an HTML body, the short paragraphs whose words a longer
// paragraph a few blocks away already says, with the short lines (the
// speaker's name and role) in the box they share.
void DropPullQuotes(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_PULL_QUOTES_H_
