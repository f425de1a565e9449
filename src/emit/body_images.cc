#include "emit/body_images.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "metadata/captions.h"
#include "util/url.h"

namespace pith {
namespace {

// Chrome between `e` and the article's container: a comment box, an ad, a
// related-stories box. The <header> that holds a lead image is chrome by
// its tag only, and not for this.
bool InChrome(const Document& doc, std::int32_t e, std::int32_t root) {
  for (; e >= 0 && e != root; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.flags & kStrongChrome) return true;
    const bool starts_chrome =
        (el.flags & kChrome) && (el.parent < 0 || !(doc.elements[static_cast<std::size_t>(el.parent)].flags & kChrome));
    if (starts_chrome && el.tag != Tag::kHeader) return true;
  }
  return false;
}

std::int32_t FigureOf(const Document& doc, std::int32_t e, std::int32_t root) {
  for (; e >= 0 && e != root; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    if (doc.elements[static_cast<std::size_t>(e)].tag == Tag::kFigure) return e;
  }
  return -1;
}

// "caption (credit)" from the blocks of `figure` that the metadata stage
// took as captions; the blocks of one figure are adjacent, around `near`.
std::string FigureCaption(const Document& doc, const Selection& sel, std::int32_t figure, std::int32_t near) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  auto inside = [&](std::int32_t i) {
    return i >= 0 && i < n && doc.Contains(figure, doc.blocks[static_cast<std::size_t>(i)].element);
  };
  std::int32_t first = std::min(near, n);
  while (inside(first - 1)) --first;
  CaptionParts caption;
  for (std::int32_t i = first; inside(i); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (sel.verdicts[u].role != Role::kCaption) continue;
    const CaptionParts part = SplitCaptionCredit(doc.blocks[u].text);
    if (!part.text.empty()) caption.text += (caption.text.empty() ? "" : " ") + part.text;
    if (!part.credit.empty()) caption.credit += (caption.credit.empty() ? "" : "; ") + part.credit;
  }
  return JoinCaption(caption);
}

// The first block an image may stand before: the one after the headline,
// when the headline comes before the body, else the first body block.
std::int32_t LeadStart(const Selection& sel, std::int32_t first_body) {
  for (std::int32_t i = first_body; i-- > 0;) {
    if (sel.verdicts[static_cast<std::size_t>(i)].role == Role::kHeadline) return i + 1;
  }
  return first_body;
}

}  // namespace

std::vector<PlacedImage> ArticleImages(const Document& doc, const Selection& sel, std::string_view base) {
  std::vector<PlacedImage> out;
  const std::int32_t last = sel.LastBody();
  if (doc.format != SourceFormat::kHtml || last < 0) return out;
  const std::int32_t start = LeadStart(sel, sel.FirstBody());
  std::set<std::string> seen;
  std::set<std::int32_t> captioned;  // figures whose caption is written
  for (const ImageRef& ref : doc.images) {
    if (ref.block < start || ref.block > last || ref.element < 0) continue;
    if (sel.root >= 0 && !doc.Contains(sel.root, ref.element)) continue;
    if (InChrome(doc, ref.element, sel.root)) continue;
    std::string url = ResolveUrl(ref.src, base);
    if (!IsHttpUrl(url) || !seen.insert(url).second) continue;
    PlacedImage placed;
    placed.block = ref.block;
    placed.in_text = ref.in_text;
    placed.image.kind = BodyBlock::Kind::kImage;
    placed.image.url = std::move(url);
    placed.image.alt = ref.alt;
    const std::int32_t figure = FigureOf(doc, ref.element, sel.root);
    if (figure >= 0 && captioned.insert(figure).second) {
      placed.image.caption = FigureCaption(doc, sel, figure, ref.block);
    }
    out.push_back(std::move(placed));
  }
  return out;
}

}  // namespace pith
