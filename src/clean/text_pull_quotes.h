// Pull quotes in a text copy. A page sets a speaker's words apart, larger,
// with the speaker's name and role under them; the copy prints them as a
// paragraph followed by a short credit line or two ("Jane Roe, professor
// of law", "— Jane Roe", or the name over the role). The markup that says
// so in HTML is gone, but the speaker is someone the article names.
#ifndef PITH_CLEAN_TEXT_PULL_QUOTES_H_
#define PITH_CLEAN_TEXT_PULL_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/text_lines.h"
#include "parse/document.h"

namespace pith {

// The person a credit line names: the words before a comma ("Jane Roe,
// professor of law"), after a dash ("— Jane Roe"), or the whole line when
// `alone` allows it (the role on the line under it). Empty when these are
// not two to a few capitalised words of a name.
std::string_view CreditedName(std::string_view text, bool alone);

// The lines from `start` to `end` that are pull quotes and their credits:
// a paragraph, then one credit line naming, or a name line and a role
// line, a person whose full name the article's prose from `start` to
// `end` prints elsewhere. Lines `decided` (captions) are none.
std::vector<bool> MarkTextPullQuotes(const Document& doc, const std::vector<TextLine>& lines,
                                     const std::vector<bool>& decided, std::int64_t start, std::int64_t end);

}  // namespace pith

#endif  // PITH_CLEAN_TEXT_PULL_QUOTES_H_
