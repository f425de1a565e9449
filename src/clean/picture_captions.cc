#include "clean/picture_captions.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "clean/thresholds.h"

namespace pith {
namespace {

// Whether block `j` sits in `box`.
bool InBox(const Document& doc, std::int32_t box, std::size_t j) { return doc.Contains(box, doc.blocks[j].element); }

// Whether an image of the page sits in `box`, outside `element`, before
// block `block` ends. A box that holds no other block holds only images
// placed between the block before and this one's end: those are looked at
// (images are in page order), not every image of a page of thousands.
bool HoldsPicture(const Document& doc, std::int32_t box, std::int32_t element, std::size_t block) {
  const auto at = static_cast<std::int32_t>(block);
  auto it = std::lower_bound(doc.images.begin(), doc.images.end(), at,
                             [](const ImageRef& image, std::int32_t b) { return image.block < b; });
  for (; it != doc.images.end() && it->block == at; ++it) {
    if (it->element >= 0 && doc.Contains(box, it->element) && !doc.Contains(element, it->element)) return true;
  }
  return false;
}

}  // namespace

std::int32_t PictureBox(const Document& doc, std::size_t block, std::int32_t element) {
  std::int32_t box = element;
  for (std::size_t depth = 0; depth < kPictureBoxMaxDepth; ++depth) {
    box = doc.elements[static_cast<std::size_t>(box)].parent;
    if (box < 0 || doc.elements[static_cast<std::size_t>(box)].tag == Tag::kBody) return -1;
    if ((block > 0 && InBox(doc, box, block - 1)) || (block + 1 < doc.blocks.size() && InBox(doc, box, block + 1))) {
      return -1;
    }
    if (HoldsPicture(doc, box, element, block)) return box;
  }
  return -1;
}

void MarkPictureCaptions(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || doc.images.empty() || sel.stats.size() != doc.blocks.size()) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const std::int32_t words = sel.stats[i].words;
    if (!sel.IsBody(i) || b.kind != BlockKind::kText || words < kPictureCaptionMinWords ||
        words > kPictureCaptionMaxWords) {
      continue;
    }
    if (PictureBox(doc, i, b.element) >= 0) sel.Set(i, Role::kCaption, "caption: the only text in a box with a picture");
  }
}

void KeepEssayCaptions(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  std::vector<std::size_t> captions;
  std::int64_t caption_chars = 0;
  std::int64_t body_chars = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const BlockStats& s = sel.stats[i];
    if (sel.IsBody(i)) body_chars += ProseLength(s);
    if (sel.verdicts[i].role != Role::kCaption || !doc.Contains(sel.root, doc.blocks[i].element)) continue;
    if (s.words < kEssayCaptionMinWords || !EndsLikeSentence(doc.blocks[i].text)) continue;
    captions.push_back(i);
    caption_chars += ProseLength(s);
  }
  if (captions.size() < kEssayMinCaptions ||
      caption_chars * 100 < (caption_chars + body_chars) * kEssayCaptionsMinPercent) {
    return;
  }
  for (const std::size_t i : captions) sel.Set(i, Role::kBody, kEssayCaptionsReason);
}

}  // namespace pith
