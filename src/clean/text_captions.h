// Captions in a text copy. A copy shows an image as its alt text, so a
// caption is the line that repeats the alt text with a credit, a line
// ending in a credit such as "(AP)" or "(AFP/Getty Images)" (the short line
// just above it is the image's alt text), or a line opening the way wire
// captions do; credit lines ("Image copyright Getty Images") are dropped.
#ifndef PITH_CLEAN_TEXT_CAPTIONS_H_
#define PITH_CLEAN_TEXT_CAPTIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "clean/text_lines.h"

namespace pith {

// Whether the line ends by spelling out the capitals in parentheses after
// it: "Amazon Web Services (AWS)", "High-Intensity Interval Training
// (HIIT)". Their letters open the last words in order, the last one in
// the last two words: a term defined, not an agency's credit such as
// "(AP)" after a caption's sentence.
bool SpellsOutAcronym(std::string_view text);

// Sets the verdict of captions, alt text and credit lines, and marks them
// `decided` for the stages after.
void MarkTextCaptions(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                      std::vector<bool>& decided);

// Pictures set beside a paragraph in its blank-line group, their alt
// text and caption ending with a credit: the lines carrying a credit are
// captions, the others dropped, and all are marked `decided`. Called once
// the article's lines are known, so that a picture above the first
// paragraph still parts it from the standfirst.
void MarkFiguresBesideParagraphs(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                                 std::vector<bool>& decided);

// Whether the verdict marks the alt text or caption of a picture set
// beside a paragraph (MarkFiguresBesideParagraphs); PictureBesideParagraph
// also takes the picture's credit line of its own.
bool FigureBesideParagraph(const Verdict& v);
bool PictureBesideParagraph(const Verdict& v);

// Lines from `start` to `end` (the article's) that are captions ending
// with a credit that has no brackets or opening with a figure label,
// or alt text describing a picture; a short line above such a
// caption in its group is its picture's alt text, dropped. All are marked
// `decided`.
void MarkPictureLinesInRun(const Document& doc, const std::vector<TextLine>& lines, std::int64_t start,
                           std::int64_t end, Selection& sel, std::vector<bool>& decided);

// Captions belong to the article when they are inside it (lines `start` to
// `end`) or just above it, under the headline; elsewhere they are the
// pictures of teasers and galleries, and are dropped.
// Whether the line prints one text twice or three times, maybe with a
// short label between: "A man at the market. A man at the market.".
bool SaysItTwice(std::string_view text);

void KeepCaptionsNear(std::int64_t start, std::int64_t end, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_TEXT_CAPTIONS_H_
