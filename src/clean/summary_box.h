// A summary box above an HTML article's text: a short title ("In brief",
// "Key points") over a list of the story's main points, which restates
// the text that follows.
#ifndef PITH_CLEAN_SUMMARY_BOX_H_
#define PITH_CLEAN_SUMMARY_BOX_H_

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// Drops, from the body, the box of a titled list that comes before the
// article's first paragraph of running text: the title, the list and the
// box's few other lines (a note that a machine wrote it).
void DropSummaryBox(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_SUMMARY_BOX_H_
