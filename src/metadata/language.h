// The article's language as a BCP 47 tag: the one the page declares,
// normalised; detected from the text by CLD2 when the page declares none;
// the detected one when the text plainly contradicts the declared tag.
#ifndef PITH_METADATA_LANGUAGE_H_
#define PITH_METADATA_LANGUAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/pith.h"

namespace pith {

// A declared language tag in BCP 47's form and case ("en_us" -> "en-US",
// "EN" -> "en", "zh-hant-tw" -> "zh-Hant-TW", "iw" -> "he"); empty when it
// is no tag ("english", "x-default", "und"). Of a list ("de, en"), the first.
std::string NormalizeLanguageTag(std::string_view tag);

struct DetectedLanguage {
  std::string tag;     // BCP 47: "de", "zh-Hant", "he"
  int percent = 0;     // of the text's letters in that language
  int text_bytes = 0;  // the letters CLD2 scored
};

// The language of a plain text by CLD2; none when it finds no language it
// can name reliably, or the text is too short to tell.
std::optional<DetectedLanguage> DetectLanguage(std::string_view text);

// The two tags name the same language, or languages too close to tell
// apart by their text (Danish and Norwegian, Croatian and Serbian...).
bool SameLanguage(std::string_view a, std::string_view b);

// The region an English text's spelling points to: "GB" when British
// spellings ("colour", "organised") outnumber American ones ("color",
// "organized") clearly, "US" the other way, else empty.
std::string_view EnglishRegionBySpelling(std::string_view text);

// Settles `article.language` once the headline and body are known: the
// declared tag the metadata stage read stays unless the text plainly says
// otherwise; with none, the detected language. Records its source.
void SettleLanguage(Article& article, std::vector<FieldSource>* sources);

}  // namespace pith

#endif  // PITH_METADATA_LANGUAGE_H_
