#include "metadata/language.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cld2/public/compact_lang_det.h"
#include "cld2/public/encodings.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::language;

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool AllOf(std::string_view s, bool (*pred)(char)) { return !s.empty() && std::all_of(s.begin(), s.end(), pred); }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }

// The primary subtag: 2 or 3 letters, current, naming a language.
std::string Primary(std::string_view subtag) {
  if (subtag.size() < 2 || subtag.size() > 3 || !AllOf(subtag, IsAlpha)) return {};
  std::string primary;
  for (char c : subtag) primary += Lower(c);
  for (const auto& [old, current] : lexicon::kDeprecatedLanguageCodes) {
    if (primary == old) return std::string(current);
  }
  return lexicon::IsOneOf(primary, lexicon::kNotALanguage) ? std::string() : primary;
}

// Reads the subtags after the primary one by BCP 47's grammar (RFC 5646,
// section 2.1), each in its case: extended language, script (title case:
// Hant), region (upper case: US), variants, then extensions and private
// use (lower case).
class SubtagReader {
 public:
  // The subtag in its case, or empty when the grammar has no place for it.
  std::string Next(std::string_view subtag) {
    std::string out;
    for (char c : subtag) out += Lower(c);
    if (!AllOf(subtag, IsAlnum) || subtag.size() > 8) return {};
    if (singleton_ != 0) return Extension(subtag) ? out : std::string();
    if (subtag.size() == 1) {
      singleton_ = out[0];
      awaiting_ = true;
      return out;
    }
    const bool alpha = AllOf(subtag, IsAlpha);
    if (stage_ <= kExtlang && subtag.size() == 3 && alpha && ++extlangs_ <= 3) return out;
    if (stage_ <= kScript && subtag.size() == 4 && alpha) {
      stage_ = kRegion;
      out[0] = Upper(out[0]);
      return out;
    }
    if (stage_ <= kRegion && ((subtag.size() == 2 && alpha) || (subtag.size() == 3 && AllOf(subtag, IsDigit)))) {
      stage_ = kVariant;
      for (char& c : out) c = Upper(c);
      return out;
    }
    if (subtag.size() >= 5 || (subtag.size() == 4 && IsDigit(subtag[0]))) {
      stage_ = kVariant;
      return out;
    }
    return {};
  }
  // A singleton must be followed by a subtag of its own.
  bool Complete() const { return !awaiting_; }

 private:
  enum Stage { kExtlang, kScript, kRegion, kVariant };
  bool Extension(std::string_view subtag) {
    if (singleton_ == 'x') {
      awaiting_ = false;
      return true;
    }
    if (subtag.size() == 1) {
      if (awaiting_) return false;
      singleton_ = Lower(subtag[0]);
      awaiting_ = true;
      return true;
    }
    awaiting_ = false;
    return true;
  }

  Stage stage_ = kExtlang;
  int extlangs_ = 0;
  char singleton_ = 0;
  bool awaiting_ = false;
};

std::string_view PrimaryOf(std::string_view tag) { return tag.substr(0, tag.find('-')); }

// CLD2's code as BCP 47, or empty when it names no language.
std::string DetectorTag(std::string_view code) {
  if (code.starts_with("xx-") || lexicon::IsOneOf(code, lexicon::kDetectorNonLanguages)) return {};
  return NormalizeLanguageTag(code);
}

std::string TextToDetect(const Article& article) {
  std::string text = article.headline.value_or("");
  text += "\n\n";
  text += Utf8Prefix(article.body, limits::kMaxDetectBytes);
  return text;
}

// Records the language's source in place of the declared one.
void NoteLanguage(std::vector<FieldSource>* sources, std::string source) {
  if (!sources) return;
  for (FieldSource& f : *sources) {
    if (f.field == "language") {
      f = {"language", std::move(source), -1};
      return;
    }
  }
  // Beside the page's other own fields, as the metadata stage notes them.
  const auto next = std::find_if(sources->begin(), sources->end(),
                                 [](const FieldSource& f) { return f.field == "url" || f.field == "image"; });
  sources->insert(next, {"language", std::move(source), -1});
}

// Where the declared tag was read: "<html lang>", "meta og:locale".
std::string DeclaredSource(const std::vector<FieldSource>& sources) {
  constexpr std::string_view kDeclared = "declared: ";
  for (const FieldSource& f : sources) {
    if (f.field == "language") {
      return f.source.starts_with(kDeclared) ? f.source.substr(kDeclared.size()) : f.source;
    }
  }
  return "the page";
}

bool Contradicts(std::string_view declared, const DetectedLanguage& detected) {
  return detected.text_bytes >= limits::kMinContradictTextBytes && detected.percent >= limits::kMinContradictPercent &&
         !SameLanguage(declared, detected.tag);
}

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  tag = Trim(tag.substr(0, tag.find(',')));
  std::size_t cut = tag.find_first_of("-_");
  std::string out = Primary(tag.substr(0, cut));
  if (out.empty()) return {};
  SubtagReader reader;
  while (cut != std::string_view::npos) {
    tag.remove_prefix(cut + 1);
    cut = tag.find_first_of("-_");
    const std::string subtag = reader.Next(tag.substr(0, cut));
    if (subtag.empty()) return {};
    out += '-' + subtag;
  }
  return reader.Complete() ? out : std::string();
}

std::optional<DetectedLanguage> DetectLanguage(std::string_view text) {
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix_bytes = 0;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  // The headline comes on top of the body's limit.
  text = Utf8Prefix(text, 2 * limits::kMaxDetectBytes);
  const CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), true, &hints, 0, language3, percent3, normalized_score3, nullptr,
      &text_bytes, &reliable, &valid_prefix_bytes);
  if (!reliable || text_bytes < limits::kMinDetectTextBytes) return std::nullopt;
  std::string tag = DetectorTag(CLD2::LanguageCode(top));
  if (tag.empty()) return std::nullopt;
  return DetectedLanguage{std::move(tag), percent3[0], text_bytes};
}

bool SameLanguage(std::string_view a, std::string_view b) {
  const std::string_view pa = PrimaryOf(a), pb = PrimaryOf(b);
  if (pa == pb) return true;
  return std::any_of(std::begin(lexicon::kCloseLanguages), std::end(lexicon::kCloseLanguages),
                     [&](std::span<const std::string_view> group) {
                       return lexicon::IsOneOf(pa, group) && lexicon::IsOneOf(pb, group);
                     });
}

std::string_view EnglishRegionBySpelling(std::string_view text) {
  static const std::unordered_map<std::string_view, bool> kBritish = [] {
    std::unordered_map<std::string_view, bool> words;
    for (std::string_view w : lexicon::kBritishSpellings) words.emplace(w, true);
    for (std::string_view w : lexicon::kAmericanSpellings) words.emplace(w, false);
    return words;
  }();
  // The longest word of either list ("neighbourhoods").
  constexpr std::size_t kMaxWordBytes = 14;
  int british = 0, american = 0;
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && IsAlpha(text[i])) {
      if (word.size() <= kMaxWordBytes) word += Lower(text[i]);
      continue;
    }
    // A letter beyond ASCII glued to the word makes it another word.
    const bool whole = i == text.size() || static_cast<unsigned char>(text[i]) < 0x80;
    if (whole && !word.empty() && word.size() <= kMaxWordBytes) {
      if (const auto it = kBritish.find(word); it != kBritish.end()) (it->second ? british : american) += 1;
    }
    word.clear();
  }
  if (british >= limits::kMinSpellingVotes && british >= limits::kMinSpellingRatio * american) return "GB";
  if (american >= limits::kMinSpellingVotes && american >= limits::kMinSpellingRatio * british) return "US";
  return {};
}

void SettleLanguage(Article& article, std::vector<FieldSource>* sources) {
  const bool declared = article.language.has_value();
  // Too little text to detect anything, or to overrule the page: CLD2 is
  // not run (it scores letters only, so the text's bytes bound them).
  const auto needed =
      static_cast<std::size_t>(declared ? limits::kMinContradictTextBytes : limits::kMinDetectTextBytes);
  if (article.body.size() + article.headline.value_or("").size() < needed) return;
  const std::optional<DetectedLanguage> detected = DetectLanguage(TextToDetect(article));
  if (!detected) return;
  const std::string how = "detected: CLD2, " + std::to_string(detected->percent) + "% of the text";
  if (!declared) {
    article.language = detected->tag;
    NoteLanguage(sources, how);
  } else if (Contradicts(*article.language, *detected)) {
    if (sources)
      NoteLanguage(sources,
                   how + "; declared '" + *article.language + "' (" + DeclaredSource(*sources) + ") contradicted");
    article.language = detected->tag;
  }
}

}  // namespace pith
