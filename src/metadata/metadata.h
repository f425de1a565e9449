// Metadata stage: headline, standfirst, byline, date, captions and the page
// fields, from structured data first and the page's own blocks after.
#ifndef PITH_METADATA_METADATA_H_
#define PITH_METADATA_METADATA_H_

#include <cstddef>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

// A block found to print a field (the headline, a date line, a caption):
// it takes `role`, which takes it out of the body; `reason` is what
// --explain says.
struct BlockClaim {
  std::size_t block = 0;
  Role role = Role::kDropped;
  const char* reason = "";
};

// Fills every Article field except body, and gives the blocks found to be
// the headline, standfirst, byline, date line or a caption (or a repeat of
// the headline, or no caption after all), in the order found. `sel` is the
// clean stage's, left as it is. `sources`, when given, gets where each
// value came from.
std::vector<BlockClaim> ReadMetadata(const Document& doc, const Options& options, const Selection& sel,
                                     Article& article, std::vector<FieldSource>* sources = nullptr);

// Gives each claimed block its role and reason, in order (a later claim on
// a block wins): the blocks that print the article's fields leave the body.
void MarkMetadataBlocks(const std::vector<BlockClaim>& claims, Selection& sel);

}  // namespace pith

#endif  // PITH_METADATA_METADATA_H_
