// What each line of a text copy looks like: the signals a copy keeps
// without markup, measured once for the article and header stages.
#ifndef PITH_CLEAN_TEXT_LINES_H_
#define PITH_CLEAN_TEXT_LINES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

struct TextLine {
  BlockStats stats;
  // Length in Latin-letter equivalents: a Chinese, Japanese or Korean
  // character says about as much as three Latin letters.
  std::int32_t length = 0;
  bool prose = false;             // running text: a sentence of some length
  // An item of a list a line announces ("Key features:"), up to the next
  // prose line.
  bool list_item = false;
  // A label a card template prints over its points ("Pros", "Cons").
  bool card_label = false;
  // A line of a code sample or diagram set in the article: "WHERE id = 1;",
  // "A[Start] --> B[End]", "}".
  bool code = false;
  // A short line right above or under a code sample: the sample's
  // subhead or the sentence leading into it.
  bool beside_code = false;
  // A short line with prose a few lines above and below it: a subhead,
  // a short sentence or a spec line set inside the article.
  bool between_prose = false;
  // Its blank-line group: the Block's, or its own when the copy has no
  // blank lines between paragraphs.
  std::int32_t group = 0;
  std::int32_t group_lines = 1;   // lines in that group
  std::int32_t group_prose = 0;   // prose lines in that group
  // A long paragraph set with short lines and no blank line between them,
  // on a page that sets its prose so: a guide's or a review's section
  // (subhead, spec lines, paragraph) rather than a card's summary.
  bool section_paragraph = false;
  std::int32_t repeats = 1;       // times the same line occurs on the page
  // A label of a few words printed all over the page ("Article content"
  // under every paragraph): no line of its blank-line group nor of a card.
  bool furniture = false;
  // The first copy of a paragraph on a page that prints its article
  // twice (a hidden print or mobile copy): it counts as prose.
  bool first_copy = false;
  // A line of a contents list near the top (a guide's "Table of
  // contents"): its texts come back below as the article's subheads.
  bool contents_entry = false;
  // A subhead the contents list names: printed twice because of the list,
  // not a label or a link repeated.
  bool listed_subhead = false;
  bool cut_short = false;         // ends in an ellipsis touching the last word
  bool teaser = false;            // a link or excerpt cut off with an ellipsis
  const char* chrome = nullptr;   // why the line is chrome, if it is
  const char* section_head = nullptr;  // heads comments, related links...
  const char* credit = nullptr;   // a photo credit or caption label
  const char* caption = nullptr;  // a caption, by the way it opens
  bool link_head = false;         // heads a list of links: "More from UK", "Related"
  bool date_line = false;         // mostly a date: "Nov. 18, 2019 7:04 pm ET"
  // A short line holding a date, alone (a date line) or among other words:
  // "Jane Roe 12 April 2022"; `opens_with_date` when the date comes first:
  // "March 3, 2024 by Jane Doe".
  bool dated = false;
  bool opens_with_date = false;
  // A comment's header with only a relative time: "jdoe 2 hours ago".
  bool relative_time = false;
  bool byline_line = false;       // "By Jane Doe", or a "By" of its own
  bool signup_field = false;      // a sign-up box's e-mail field: "Enter your email"
  bool fine_print = false;        // under a sign-up form's button: "By signing up you agree"
  bool media_length = false;      // a player box's length alone: "Duration 1:30"
  // A quote or reviewer's name of a testimonial carousel: page furniture
  // however much prose its quotes hold.
  bool testimonial = false;
};

// A line printed elsewhere on the page too: a link, a label or a ticker
// repeated, or a paragraph's later copy; a subhead a contents list names
// is not.
inline bool IsRepeat(const TextLine& l) { return l.repeats > 1 && !l.first_copy && !l.listed_subhead; }

// Whether the copy sets a blank line above each paragraph only, as
// Firefox does, rather than around it, as Chromium does: more paragraphs
// open a group and go on in it (a heading or a box glued under them) than
// close a group they did not open (a heading glued over them).
bool BlankLinesOpenParagraphs(const Document& doc);

// Whether a line reads as a reviewer's name or handle under a quote:
// a few words ending in no sentence nor label ("Jane D.", "reader42").
bool ReviewerNameShaped(const TextLine& l, std::string_view text);

// Whether the line links another story with a label on one side of a
// bar: "POLL | Is the city ready for winter?", "Some headline | more".
bool LabelledStoryLink(std::string_view text);

// One line on its own: everything but the group and repeat counts.
TextLine MeasureTextLine(const Block& block);
// Every line of the page, with the counts that need the whole page.
std::vector<TextLine> MeasureTextLines(const Document& doc);

}  // namespace pith

#endif  // PITH_CLEAN_TEXT_LINES_H_
