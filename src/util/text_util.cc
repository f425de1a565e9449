#include "util/text_util.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace pith {

char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned char cc = byte(i + k);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// The end of the run of ASCII bytes from i, read eight bytes at a time:
// most of a page is ASCII markup, and whole pages are checked.
std::size_t AsciiRunEnd(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  for (std::uint64_t word = 0; i + sizeof word <= s.size(); i += sizeof word) {
    std::memcpy(&word, s.data() + i, sizeof word);
    if (word & kHighBits) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

bool IsAscii(std::string_view s) { return AsciiRunEnd(s, 0) == s.size(); }

bool IsValidUtf8(std::string_view s) {
  for (std::size_t i = AsciiRunEnd(s, 0); i < s.size(); i = AsciiRunEnd(s, i)) {
    const std::size_t start = i;
    if (NextCodePoint(s, i) == 0xFFFD &&
        !(i - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) {
      return false;
    }
  }
  return true;
}

std::string_view Utf8Prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

std::string ValidUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) AppendUtf8(out, NextCodePoint(s, i));
  return out;
}

bool IsUnicodeSpace(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      const auto space = [](char b) { return b == ' ' || (b >= '\t' && b <= '\r'); };
      if (space(s[i])) {
        pending = !out.empty();
        ++i;
        continue;
      }
      if (pending) out += ' ';
      pending = false;
      // The run of ASCII up to the next space or wider character, in one
      // append: a byte at a time was most of the time of this function.
      std::size_t end = i + 1;
      while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80 && !space(s[end])) ++end;
      out.append(s.substr(i, end - i));
      i = end;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    if (IsUnicodeSpace(cp)) {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      if (cp == 0xFFFD && i - start != 3) {
        AppendUtf8(out, cp);
      } else {
        out.append(s.substr(start, i - start));
      }
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && (s[b] == ' ' || (s[b] >= '\t' && s[b] <= '\r'))) ++b;
  while (e > b && (s[e - 1] == ' ' || (s[e - 1] >= '\t' && s[e - 1] <= '\r'))) --e;
  return s.substr(b, e - b);
}

std::string_view WithoutLeadingDash(std::string_view text) {
  for (std::string_view dash : {"\u2014", "\u2013", "\u2015", "-"}) {
    if (text.starts_with(dash)) return Trim(text.substr(dash.size()));
  }
  return text;
}

std::size_t CountChars(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool HasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (u_isalpha(static_cast<UChar32>(NextCodePoint(s, i)))) return true;
  }
  return false;
}

bool TitleCased(std::string_view s, std::size_t min_letters) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = NextCodePoint(s, i);
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    const bool capital = u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
    std::size_t letters = 1;
    for (std::size_t next = i; next < s.size() && u_isalpha(static_cast<UChar32>(cp = NextCodePoint(s, next)));
         i = next) {
      ++letters;
    }
    if (letters < min_letters) continue;
    if (!capital) return false;
    any = true;
  }
  return any;
}

int LowercaseWordPercent(std::string_view s) {
  int cased = 0;
  int lower = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(s, i));
    const bool word_char = IsWordChar(static_cast<char32_t>(c));
    if (word_char && !in_word) {
      if (u_islower(c)) ++lower;
      if (u_islower(c) || u_isupper(c) || u_istitle(c)) ++cased;
    }
    in_word = word_char;
  }
  return cased == 0 ? 0 : lower * 100 / cased;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
  return u_isalnum(static_cast<UChar32>(cp)) || u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC);
}

std::size_t CountWords(std::string_view s) { return CountWords(s, 0); }

std::string LineShape(std::string_view s) {
  std::string shape;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t cp = NextCodePoint(s, i);
    const bool digit = cp >= '0' && cp <= '9';
    const char mark = digit ? '9' : IsWordChar(cp) ? 'a' : IsUnicodeSpace(cp) ? ' ' : '\0';
    if (mark == '\0') {
      shape.append(s.substr(at, i - at));
    } else if (shape.empty() || shape.back() != mark) {
      shape.push_back(mark);
    }
  }
  return shape;
}

bool WrittenWithoutSpaces(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x0FFF) ||  // Thai, Lao, Tibetan
         (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar (Burmese)
         (cp >= 0x1780 && cp <= 0x17FF);    // Khmer
}

std::size_t CountWords(std::string_view s, std::size_t letters_per_word) {
  std::size_t words = 0;
  std::size_t unspaced = 0;  // letters of unspaced scripts in the current run
  bool in_word = false;
  auto end_run = [&] {
    if (unspaced > 0) words += (unspaced - 1) / letters_per_word;  // the run's first word is counted
    unspaced = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const char32_t cp = c < 0x80 ? static_cast<char32_t>(s[i++]) : NextCodePoint(s, i);
    // A mark continues its word: Thai tone marks, the Devanagari virama.
    const bool word_char = IsWordChar(cp) || (in_word && (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0);
    if (word_char && !in_word) ++words;
    if (!word_char && in_word) end_run();
    if (word_char && letters_per_word > 0 && WrittenWithoutSpaces(cp) && u_isalpha(static_cast<UChar32>(cp))) {
      ++unspaced;
    }
    in_word = word_char;
  }
  end_run();
  return words;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

static char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

std::string LowerSameLength(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out[i] = LowerAscii(s[i]);
      ++i;
      continue;
    }
    const char32_t cp = NextCodePoint(s, i);
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (lower == cp) continue;
    std::string encoded;
    AppendUtf8(encoded, lower);
    if (encoded.size() == i - start) out.replace(start, encoded.size(), encoded);
  }
  return out;
}

bool HoldsClock(std::string_view s) {
  const auto digit = [&](std::size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; };
  for (std::size_t colon = s.find(':'); colon != std::string_view::npos; colon = s.find(':', colon + 1)) {
    if (colon == 0 || !digit(colon - 1) || !digit(colon + 1) || !digit(colon + 2) || digit(colon + 3)) continue;
    if (colon + 3 < s.size() && s[colon + 3] == ':') continue;
    const bool two = colon >= 2 && digit(colon - 2);
    if (two && colon >= 3 && (digit(colon - 3) || s[colon - 3] == ':')) continue;
    if (!two && colon >= 2 && s[colon - 2] == ':') continue;
    const int hour = two ? (s[colon - 2] - '0') * 10 + (s[colon - 1] - '0') : s[colon - 1] - '0';
    const int minute = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
    if (hour <= 23 && minute <= 59) return true;
  }
  return false;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (LowerAscii(s[i]) != LowerAscii(prefix[i])) return false;
  }
  return true;
}

bool ContainsAny(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [text](std::string_view w) { return text.find(w) != text.npos; });
}

std::string FoldForCompare(std::string_view s) {
  // ASCII folds to its lower case and nothing else (text_util_test checks
  // every character against ICU's folding): most texts compared are ASCII,
  // and ICU's round trip through UTF-16 cost them ten times as much.
  if (IsAscii(s)) {
    return CollapseSpace(AsciiLower(s));
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::string out;
  if (U_SUCCESS(status)) {
    icu::UnicodeString folded = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) {
      folded.toUTF8String(out);
      return CollapseSpace(out);
    }
  }
  u.foldCase().toUTF8String(out);
  return CollapseSpace(out);
}

std::optional<UnicodeEscape> ReadUnicodeEscape(std::string_view s, std::size_t at) {
  const auto hex = [&](std::size_t from, unsigned& v) {
    return from + 6 <= s.size() && s[from] == '\\' && s[from + 1] == 'u' &&
           std::from_chars(s.data() + from + 2, s.data() + from + 6, v, 16).ptr == s.data() + from + 6;
  };
  UnicodeEscape e;
  if (!hex(at, e.value)) return std::nullopt;
  unsigned low = 0;
  if (U16_IS_LEAD(e.value) && hex(at + 6, low) && U16_IS_TRAIL(low)) {
    e.length = 12;
  } else {
    e.lone_surrogate = U16_IS_SURROGATE(e.value);
  }
  return e;
}

std::optional<int> ItemNumber(std::string_view title) {
  auto IsDigit = [](char c) { return c >= '0' && c <= '9'; };
  constexpr std::size_t kMaxDigits = 3;   // items run to the hundreds at most
  constexpr std::size_t kMaxWordBytes = 12;  // "Chapter", "Kapitel", "Étape"
  std::size_t i = 0;
  while (i < title.size() && i <= kMaxWordBytes && !IsDigit(title[i]) && title[i] != ' ') ++i;
  if (i > 0) {
    if (i > kMaxWordBytes || i >= title.size() || title[i] != ' ') return std::nullopt;
    ++i;
  }
  const std::size_t digits = i;
  int number = 0;
  while (i < title.size() && IsDigit(title[i]) && i - digits < kMaxDigits) number = number * 10 + (title[i++] - '0');
  if (i == digits || i + 1 >= title.size()) return std::nullopt;
  const char mark = title[i];
  if ((mark != '.' && mark != ':' && mark != ')') || title[i + 1] != ' ') return std::nullopt;
  return number;
}

}  // namespace pith
