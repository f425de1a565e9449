// Small UTF-8 string helpers shared by every stage.
#ifndef PITH_UTIL_TEXT_UTIL_H_
#define PITH_UTIL_TEXT_UTIL_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pith {

// Replaces every invalid UTF-8 sequence with U+FFFD, so that everything
// downstream (patterns, JSON) may assume valid UTF-8.
std::string ValidUtf8(std::string_view s);
bool IsValidUtf8(std::string_view s);
// The longest start of `s` of at most `max_bytes` bytes that does not end
// inside a character: a cut of valid UTF-8 stays valid.
std::string_view Utf8Prefix(std::string_view s, std::size_t max_bytes);

// Collapses runs of whitespace (ASCII, NBSP and the Unicode spaces) into one
// ASCII space and trims both ends.
std::string CollapseSpace(std::string_view s);
std::string_view Trim(std::string_view s);

// `text` after a dash that opens it (em, en, horizontal bar or hyphen) and
// the spaces after that ("\u2014 Jane Roe" gives "Jane Roe"); `text` itself
// when no dash opens it.
std::string_view WithoutLeadingDash(std::string_view text);

// Number of code points (a cheap measure of text length for any script).
std::size_t CountChars(std::string_view s);
// Number of \w+ words: runs of letters and digits, in any script.
std::size_t CountWords(std::string_view s);
// Words where scripts written without spaces between words (Thai, Lao,
// Burmese, Khmer, Tibetan) count one word per `letters_per_word` of their
// letters (vowel and tone marks aside), as a reader would count them.
std::size_t CountWords(std::string_view s, std::size_t letters_per_word);
// A \w character: a letter, digit or '_', in any script.
bool IsWordChar(char32_t cp);
// Whether `s` holds a letter of any script.
bool HasLetter(std::string_view s);
// The number a numbered item's title opens with: "3. Title", "3) Title",
// "Step 3: Title" (one word of letters before it); nullopt for any other
// line ("3 Title", "Top 10 picks", "2025: a year").
std::optional<int> ItemNumber(std::string_view title);
// Whether every word of `min_letters` letters or more starts with a
// capital, and there is one: a title ("11 Facts About Our Galaxy").
bool TitleCased(std::string_view s, std::size_t min_letters);
// Of the words that start with a cased letter, the percentage that start
// lowercase (0 when none does): running text has its many small words,
// an address or a list of names capitals.
int LowercaseWordPercent(std::string_view s);
// The shape of a short line: each run of letters (any script) an 'a',
// each run of digits a '9', spaces collapsed, the rest as it is: dates
// printed alike share it ("Oct 16, 2025" and "Jun 3, 2024": "a 9, 9").
std::string LineShape(std::string_view s);
// A letter or mark of a script written without spaces between words:
// Thai, Lao, Tibetan, Burmese, Khmer (Chinese and Japanese are measured by
// their own wide characters).
bool WrittenWithoutSpaces(char32_t cp);

// Whether every byte of `s` is ASCII: such text holds no letter of the
// scripts and marks some rules look for (Han labels, Japanese roles).
bool IsAscii(std::string_view s);
std::string AsciiLower(std::string_view s);
// `s` with every letter lowercased whose lowercase form has the same UTF-8
// length (ASCII, Latin, Greek, Cyrillic...): an offset into the result is
// the same offset into `s`. Invalid bytes are copied.
std::string LowerSameLength(std::string_view s);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
// Whether `s` holds a time of day written with a colon ("12:19", "9:05"):
// one or two digits of an hour up to 23, two of minutes up to 59, no digit
// touching either side (a ratio "3:1" or a verse "16:18:20" is none).
bool HoldsClock(std::string_view s);
// Whether `text` holds any of `words` as written (the cheap word pre-test
// before a costly pattern, or a line's sign word).
bool ContainsAny(std::string_view text, std::span<const std::string_view> words);
// Whether `name`, a pattern's name or a verdict's reason (null for none),
// is `label`: compared by its text, not by where the string lives, so that
// a name written out again still matches.
inline bool IsNamed(const char* name, std::string_view label) { return name && label == name; }

// Unicode-aware lower case and compatibility normalisation (NFKC), for
// comparing strings as a reader would.
std::string FoldForCompare(std::string_view s);

// Decodes one code point at s[i], advancing i. Invalid bytes give U+FFFD and
// advance by one.
char32_t NextCodePoint(std::string_view s, std::size_t& i);
void AppendUtf8(std::string& out, char32_t cp);
bool IsUnicodeSpace(char32_t cp);

// A JSON string's escape "\uXXXX" at `s[at]` (the backslash): its value,
// its length (12 for a surrogate pair written as two escapes, else 6),
// and whether it is a lone surrogate, which no UTF-8 can hold and JSON
// parsers refuse (JavaScript's JSON.stringify writes them for broken
// strings); nothing when no such escape is there.
struct UnicodeEscape {
  unsigned value = 0;
  std::size_t length = 6;
  bool lone_surrogate = false;
};
std::optional<UnicodeEscape> ReadUnicodeEscape(std::string_view s, std::size_t at);

// Calls `f` on each token of a whitespace-separated list (a class
// attribute, "post  entry-content"), in order, until it returns true;
// whether one did. The tokens are views into `list`.
template <typename F>
bool AnyToken(std::string_view list, F f) {
  constexpr std::string_view kSpace = " \t\n\r\f";
  for (std::size_t at = list.find_first_not_of(kSpace); at != std::string_view::npos;
       at = list.find_first_not_of(kSpace, at)) {
    const std::size_t end = std::min(list.find_first_of(kSpace, at), list.size());
    if (f(list.substr(at, end - at))) return true;
    at = end;
  }
  return false;
}

}  // namespace pith

#endif  // PITH_UTIL_TEXT_UTIL_H_
