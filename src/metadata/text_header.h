// The header of a text copy: which lines are the headline and the
// standfirst. A copy has no markup, so position and shape decide: the
// header sits in the few lines above the body, the headline above the
// byline and date line, the standfirst between them.
#ifndef PITH_METADATA_TEXT_HEADER_H_
#define PITH_METADATA_TEXT_HEADER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// The headline line, or -1. `verdicts` are the lines' roles so far;
// `anchor` is the first body block; `byline` and `date` the lines already
// found for them (or -1).
// `title_end`, when given, gets the title below the headline that rewords
// it, or -1.
std::int32_t FindTextHeadline(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t anchor,
                              std::int32_t byline, std::int32_t date, std::int32_t* title_end = nullptr);

// The line beside `line` (above or below) that is a breadcrumb trail
// printed on one line ending in it ("Home » Tips » Story"), or -1.
std::int32_t TrailBeside(const Document& doc, std::int32_t line);

// Whether a line is written in title case ("16 Tips for Writing Clean
// Code"), with enough cased words to tell.
bool InTitleCase(std::string_view text);

// Whether line `i` opens with the site's name that one of the copy's last
// lines prints again (a copyright line, the footer's tagline) and goes on
// for a few words: the logo and the menu copied as one line ("Harbour
// Times Local Sport Weather" over "Harbour Times, news since 1921"), which
// is no headline.
bool OpensWithFooterName(const Document& doc, std::int32_t i);

// The standfirst line between the headline and `limit` (the byline or
// date line), or -1.
std::int32_t FindTextStandfirst(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t headline,
                                std::int32_t limit);

// The headline line's text, or its end when another line of the page
// prints that alone: a copy glues a kicker or a breadcrumb trail before
// the headline on one line ("Premier League Defeat for ...", "Home /Story").
// Printed only so, the line loses a trail glued without spaces
// ("HomeSportStory title") or a kicker of a few words set off by a dash
// ("Minderheit in Syrien - Drusen fordern ...", Chromium's "-«Story»").
std::string TextHeadlineWithin(const Document& doc, std::int32_t headline);

}  // namespace pith

#endif  // PITH_METADATA_TEXT_HEADER_H_
