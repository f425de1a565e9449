// A second copy of the article's text in the body: page builders print
// the whole text again for each screen width and hide all but one with
// styles, so the body read it two or three times.
#ifndef PITH_CLEAN_REPEATED_COPY_H_
#define PITH_CLEAN_REPEATED_COPY_H_

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// Drops, from the body, each long run of blocks that repeats, block for
// block, a run of body blocks above it; the first copy stays.
void DropRepeatedCopy(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_REPEATED_COPY_H_
