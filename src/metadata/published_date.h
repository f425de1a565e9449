// The article's date and last update, chosen from every source that gives
// one: structured data, meta tags, microdata, <time> elements, the printed
// date line and the address, most trusted first. (dates.h reads the date
// strings themselves.)
#ifndef PITH_METADATA_PUBLISHED_DATE_H_
#define PITH_METADATA_PUBLISHED_DATE_H_

#include "metadata/context.h"

namespace pith {

// Sets the article's date and modified; claims the date lines that print
// them.
void ReadDate(MetadataContext& ctx);

// A text copy without a date line: the date of a short line right under
// the headline, above the body, that gives one date among a few words.
void ReadTextDateBesideHeadline(MetadataContext& ctx);

// An HTML page without a date: the date line right after the byline, when
// the byline stands outside the header zone the date lines are looked for in.
void ReadHtmlDateBesideByline(MetadataContext& ctx);

// An HTML page without a date that prints its headline twice: the date
// line beside the page's first h1, when it stands above the headline.
void ReadHtmlDateBesideOtherH1(MetadataContext& ctx);

// An HTML page without a date: the date of a <time> in a hidden element
// (a byline's date items that a script shows), read with its element's text.
void ReadHiddenDate(MetadataContext& ctx);

// An HTML page without a date: the date a button in the header prints,
// which buttons' text is no block of (the page's day in a button that
// opens the update's popover: "입력 2024.03.12 14:30", on Korean news
// pages of two sites). A button that gives only the update gives none.
void ReadButtonDate(MetadataContext& ctx);

// An HTML page that dates itself nowhere else: the day in its lead
// picture's folders ("/media/2020/10/26/1361729/873x400.jpg"), as sites
// file a story's pictures under the day it went up; not a file name's day
// nor a picture the site shows on every page (a logo, an avatar).
void ReadLeadImageDate(MetadataContext& ctx);

// Once the language is settled: a date or update with a clock but no zone,
// on a page whose language is written in one zone all year
// (lexicon::kOneZoneLanguages), gets that zone's offset.
void SettleDateZone(Article& article);

// `rfc3339` with `offset_minutes` east of UTC when it has a time and no
// zone ("2024-12-04T00:05:00" -> "2024-12-04T00:05:00+09:00"); else as it is.
std::string WithZone(const std::string& rfc3339, int offset_minutes);

}  // namespace pith

#endif  // PITH_METADATA_PUBLISHED_DATE_H_
