// A picture's caption set as a plain paragraph: the one short line in a
// box that holds the picture, with no figure or caption markup around it.
#ifndef PITH_CLEAN_PICTURE_CAPTIONS_H_
#define PITH_CLEAN_PICTURE_CAPTIONS_H_

#include <cstdint>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// The box around `element`, within kPictureBoxMaxDepth levels above it,
// that holds an <img> outside `element` and no block but `block` (the
// block `element` holds); -1 when there is none.
std::int32_t PictureBox(const Document& doc, std::size_t block, std::int32_t element);

// Makes captions of the short body lines of an HTML article that are the
// only text in a box with a picture.
void MarkPictureCaptions(const Document& doc, Selection& sel);

// Brings a photo essay's captions into the body: sentences under the
// article's pictures that hold most of its words are its text, not
// notes on its pictures.
void KeepEssayCaptions(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_PICTURE_CAPTIONS_H_
