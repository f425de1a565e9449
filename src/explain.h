// What extraction decided about each block, for --explain.
#ifndef PITH_EXPLAIN_H_
#define PITH_EXPLAIN_H_

#include <vector>

#include "clean.h"
#include "document.h"
#include "pith/pith.h"

namespace pith {

std::vector<BlockDecision> Explain(const Document& doc, const Selection& sel);

}  // namespace pith

#endif  // PITH_EXPLAIN_H_
