// The edges of an HTML article: what the chosen container holds before
// and around its text column that is not the article's text.
#ifndef PITH_CLEAN_ARTICLE_EDGES_H_
#define PITH_CLEAN_ARTICLE_EDGES_H_

#include <cstdint>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// The element that directly holds most of the body's running text (the
// article's text column), or -1.
std::int32_t TextColumn(const Document& doc, const Selection& sel);

// Whether element `e` is in the text column, or in a piece of it: a page
// that splits its text (around figures, ads) repeats the column's tag and
// class for every piece.
bool InTextColumn(const Document& doc, std::int32_t column, std::int32_t e);

// Drops, from the body: header boxes before the text (standfirst, byline
// and date lines, tools), short lines in byline boxes before the text, and
// an author's bio in an author box.
void TrimArticleEdges(const Document& doc, Selection& sel);

// Drops the box of an embed that loads only on consent (a video, a post,
// a chart): every body block of the smallest-to-largest small box around a
// consent notice, its label and title included.
void DropEmbedPlaceholders(const Document& doc, Selection& sel);

// Drops a "Related articles" / "About the author" section that closes
// the body: its head line and the short tail after it.
void DropClosingSection(const Document& doc, Selection& sel);

// Drops the title of a contents list ("Table of Contents", "In this
// article") whose entries are not in the body after it: a menu dropped as
// links, or one the page's script fills in; alone, it titles nothing.
void DropContentsTitle(const Document& doc, Selection& sel);

// Drops a small box after the text's last paragraph, outside the text
// column and set apart from it by dropped page furniture: a closing pitch
// (newsletter, app, podcast, feedback prompt), a bio or a disclaimer.
void DropBoxesAfterText(const Document& doc, Selection& sel);

// Drops a call-to-action box set in the text: a few short lines (a
// heading, a pitch) around a button, a link styled as one ("Jetzt
// spenden", "Subscribe"), in a small share of the body. Not when the page
// has more such boxes than a pitch or two: they are its sections.
void DropCallToActionBoxes(const Document& doc, Selection& sel);

// Drops a short label line ending in a colon kept inside the text
// ("Czytaj także:", "Lue myös:", "İlgili haberler:") whose next block, the
// linked headline it announces, was left out as links: alone, it leads
// into nothing.
void DropLeadInsOverDroppedLinks(const Document& doc, Selection& sel);

// Drops a short heading that closes the body after its text: a heading
// titles what follows it, and with nothing kept after it it titles what
// was left out (a row of partner logos, a shop's empty review tab).
void DropHeadingsOverNothing(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_ARTICLE_EDGES_H_
