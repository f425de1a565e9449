// The images of the article, for the Markdown rendering: the <img>s inside
// the article's container, among or just before its body blocks, with the
// caption of their figure.
#ifndef PITH_EMIT_BODY_IMAGES_H_
#define PITH_EMIT_BODY_IMAGES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

struct PlacedImage {
  std::int32_t block = 0;  // as ImageRef: before this block, or in its text
  bool in_text = false;
  BodyBlock image;         // kind kImage
};

// In page order. An image is the article's when it sits inside the
// article's container, not in chrome (a lead image in the article's
// <header> is not chrome), between the headline (or the first body block)
// and the last body block, and its address resolves against `base` to an
// http(s) one; each address once. Its caption is the caption blocks of its
// figure (once per figure).
std::vector<PlacedImage> ArticleImages(const Document& doc, const Selection& sel, std::string_view base);

}  // namespace pith

#endif  // PITH_EMIT_BODY_IMAGES_H_
