// A second opinion on an HTML page's article that depends on no container
// choice: the page's longest run of prose blocks, read paragraph by
// paragraph as jusText and trafilatura's baseline do. When the chosen
// container holds far less prose than that run (its blocks were dropped as
// a widget's, or a footer box beat an article of bare text), the run
// joins the article.
#ifndef PITH_CLEAN_PROSE_BASELINE_H_
#define PITH_CLEAN_PROSE_BASELINE_H_

#include <cstdint>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// Blocks [first, last] of the page, and the prose they hold in bytes.
struct ProseRun {
  std::int32_t first = -1;
  std::int32_t last = -1;
  std::int64_t prose = 0;
};

// The run of blocks with the most prose: prose blocks (IsProse) outside
// navigation, header, footer, aside and comment boxes, joined across at
// most a few other blocks between them; a block mostly links, a chrome
// phrase or a block in those boxes ends a run. `stats`: MeasureBlock of every block.
ProseRun LongestProseRun(const Document& doc, const std::vector<BlockStats>& stats);

// Whether the run, not the container's body holding `chosen_prose` bytes of
// prose, is the article.
bool RunBeatsContainer(const ProseRun& run, std::int64_t chosen_prose);

// Adds the run to the container's article `sel`: the run's blocks the
// container left out become body unless chrome phrases, mostly links or
// captions, and the root widens to hold both. A container apart from the
// run (neither holds the other) is dropped for it.
void AddProseRun(const Document& doc, const std::vector<BlockStats>& stats, const ProseRun& run, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_PROSE_BASELINE_H_
