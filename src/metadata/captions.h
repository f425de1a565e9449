// Captions: what the stages marked as figure captions, made into the
// article's caption list: "caption (credit)", in page order, once each.
#ifndef PITH_METADATA_CAPTIONS_H_
#define PITH_METADATA_CAPTIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "metadata/context.h"
#include "parse/document.h"

namespace pith {

// A caption and the credit printed with it.
struct CaptionParts {
  std::string text;
  std::string credit;
};

// Splits a credit written after the caption text with a label: "A bar.
// Credit... Ed Murray" gives {"A bar.", "Ed Murray"}; "Photo: AP" gives
// {"", "AP"}. Without a label the whole text is the caption.
CaptionParts SplitCaptionCredit(std::string_view text);

// "caption (credit)"; the caption alone when the credit is empty or already
// in it; the credit alone never makes a caption.
std::string JoinCaption(const CaptionParts& parts);

// The caption list from the blocks whose role is kCaption. The parts of one
// figure (its text and a separate credit element) become one caption; what
// is no caption (a related-story title, a share label, a link) goes in
// `no_captions`, to lose the role. An earlier caption that a later one
// repeats and extends (an alt text, then the caption with its credit) is
// dropped.
std::vector<std::string> BuildCaptions(const Document& doc, const std::vector<Verdict>& verdicts,
                                       const std::vector<BlockStats>& stats, std::vector<std::size_t>* no_captions);

// Sets the article's captions: those the clean stage found in the article
// and those of the lead image between the headline and the body.
void ReadCaptions(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_CAPTIONS_H_
