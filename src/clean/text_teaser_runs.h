// Related headlines a text copy keeps with no label over them. A news page
// sets a box of other stories' links between two paragraphs of its article
// ("Warnung der USA: ..." over two more titles); the copy prints their
// titles as short lines right between the paragraphs, with no "Read more"
// heading and no markup left to say they are links.
#ifndef PITH_CLEAN_TEXT_TEASER_RUNS_H_
#define PITH_CLEAN_TEXT_TEASER_RUNS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/text_lines.h"
#include "parse/document.h"

namespace pith {

// Whether a line reads as a story's headline: a few words up to a long
// title, no sentence end but a question mark, opening with a capital, a
// digit or a quote, no list marker, and not a quotation set whole in
// quotes (a pull quote) nor a note in brackets.
bool HeadlineShaped(const TextLine& l, std::string_view text);

// The lines from `start` to `end` that are runs of other stories'
// headlines between two paragraphs (or under the last one): three to six
// headline lines, maybe with kicker or time lines between them, right
// under a paragraph that announces no list, with a paragraph or the run's
// end under them. A subheading stays: a last title set right over the
// next paragraph (no blank line between, at its indent) or asking a
// question opens the next section. A list's items are not such titles:
// they share words or first words ("Pros of ...", "Choose ..."), hold
// figures (table rows), open with labels ("Entry-Level: ..."), or are
// short.
std::vector<bool> MarkUnlabelledTeaserRuns(const Document& doc, const std::vector<TextLine>& lines,
                                           const std::vector<bool>& decided, std::int64_t start,
                                           std::int64_t end);

}  // namespace pith

#endif  // PITH_CLEAN_TEXT_TEASER_RUNS_H_
