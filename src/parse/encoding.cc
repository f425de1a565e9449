#include "parse/encoding.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "parse/thresholds.h"
#include "parse/prescan.h"
#include "util/text_util.h"

namespace pith {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// The encoding a caller's or the detector's label names: the Encoding
// Standard's, else the label itself for ICU to try (UTF-32, ISO-2022-KR:
// the caller asked for it).
std::string CanonicalLabel(std::string_view label) {
  std::string encoding = EncodingForLabel(label);
  return encoding.empty() || encoding == "replacement" ? AsciiLower(Trim(label)) : encoding;
}

bool IsUtf8Label(std::string_view l) { return l == "utf-8"; }

bool IsUtf16Label(std::string_view l) { return l.substr(0, 6) == "utf-16"; }

// A label of a Unicode form (UTF-8, -16, -32) rather than an 8-bit code
// page: what ICU's detector names when it guesses at bytes that are not
// valid UTF-8.
bool IsUnicodeLabel(std::string_view l) { return IsUtf8Label(l) || IsUtf16Label(l) || l.substr(0, 6) == "utf-32"; }

bool Convert(std::string_view bytes, const std::string& label, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(label.c_str(), &status));
  if (U_FAILURE(status) || !conv) return false;
  // Illegal input becomes U+FFFD rather than stopping or vanishing.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  std::vector<UChar> u16(bytes.size() * 2 + 16);
  status = U_ZERO_ERROR;
  const int32_t n = ucnv_toUChars(conv.get(), u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out.clear();
  const auto units = static_cast<std::size_t>(n);
  out.reserve(units + units / 2);
  for (std::size_t i = 0; i < units; ++i) {
    char32_t cp = u16[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units && u16[i + 1] >= 0xDC00 && u16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (u16[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    } else if (cp == 0x1A) {
      cp = 0xFFFD;  // ICU's substitute for unmappable single-byte codes
    }
    AppendUtf8(out, cp);
  }
  return true;
}

std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  const std::string_view sample = bytes.substr(0, kDetectorSampleBytes);
  ucsdet_enableInputFilter(det.get(), true);  // ignore markup when judging
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || !match) return {};
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || !name || confidence < kMinDetectorConfidence) return {};
  return CanonicalLabel(name);
}

// The share of the letters outside tags that are bytes 0xC0-0xFF: read as
// latin-1, Western text's accented letters are a few in a hundred, while
// nearly every letter of an 8-bit Cyrillic, Greek, Arabic or Hebrew page is
// such a byte.
double HighLetterShare(std::string_view bytes) {
  std::size_t high = 0, ascii = 0;
  bool in_tag = false;
  for (const char ch : bytes.substr(0, kDetectorSampleBytes)) {
    const auto b = static_cast<unsigned char>(ch);
    if (b == '<' || b == '>') {
      in_tag = b == '<';
    } else if (!in_tag && b >= 0xC0) {
      ++high;
    } else if (!in_tag && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) {
      ++ascii;
    }
  }
  return high + ascii == 0 ? 0.0 : static_cast<double>(high) / static_cast<double>(high + ascii);
}

// The 8-bit code page of another script that bytes declared Western
// (windows-1252, which latin-1 and ASCII labels name) are written in: an
// old template's <meta> kept over a Cyrillic or Greek page. Only when
// most letters are high bytes, and as ICU's detector names it; else empty.
std::string OtherScriptUnderWesternLabel(std::string_view bytes, std::string_view label) {
  if (label != "windows-1252" || HighLetterShare(bytes) < kMinHighLetterShareOfOtherScript) return {};
  std::string detected = Detect(bytes);
  const bool eight_bit = !detected.empty() && detected != "windows-1252" && !IsUnicodeLabel(detected);
  return eight_bit ? detected : std::string();
}

// The valid multi-byte UTF-8 sequences of `bytes` and the broken ones.
struct Utf8Sequences {
  std::size_t valid = 0, invalid = 0;
};

Utf8Sequences CountUtf8Sequences(std::string_view bytes) {
  Utf8Sequences n;
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(bytes, i);
    if (cp == 0xFFFD && i == start + 1) {
      ++n.invalid;  // one error for a cut sequence, not one per byte
      while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80) ++i;
    } else {
      ++n.valid;
    }
  }
  return n;
}

// UTF-8 with a few broken sequences (a truncated copy, one stray byte) is
// still UTF-8: the broken bytes become U+FFFD rather than every character of
// the page turning into windows-1252 mojibake. Legacy 8-bit text almost never
// forms valid multi-byte sequences (an accented letter is followed by ASCII),
// so more valid sequences than broken ones means UTF-8.
bool MostlyUtf8(std::string_view bytes) {
  const Utf8Sequences n = CountUtf8Sequences(bytes);
  return n.valid > n.invalid;
}

// UTF-8 but for a stray byte or two: legacy double-byte text (Shift_JIS,
// GB2312) forms a valid UTF-8 sequence now and then by chance, never
// nearly always.
bool NearlyAllUtf8(std::string_view bytes) {
  const Utf8Sequences n = CountUtf8Sequences(bytes);
  return n.valid > 0 && n.valid >= n.invalid * kMinValidUtf8PerBroken;
}

// Valid UTF-8 holding at least one multi-byte sequence.
bool MultiByteUtf8(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
         IsValidUtf8(bytes);
}

// UTF-16 text in an alphabet below U+2000 (Greek, Cyrillic, Hebrew,
// Arabic, the Indic scripts, Thai...): most code units in one 256-block or
// ASCII, so one byte of each pair a control byte that no 8-bit text
// carries so often, every unit a letter, mark, digit, space or
// punctuation, and many different letters (not one unit repeated).
bool ScriptUtf16(std::string_view b, bool little_endian) {
  std::array<std::size_t, 256> highs{};
  const std::size_t units = b.size() / 2;
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) ++highs[static_cast<unsigned char>(b[little_endian ? i + 1 : i])];
  const auto block = static_cast<std::size_t>(std::max_element(highs.begin() + 1, highs.end()) - highs.begin());
  if (block >= kUtf16ScriptBlockLimit || highs[block] * 100 < units * kUtf16MinScriptPercent ||
      (highs[0] + highs[block]) * 100 < units * kUtf16MinBlockPercent) {
    return false;
  }
  std::size_t letters = 0;
  std::array<bool, 256> lows{};  // the block's letters used: text uses many
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    const auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    const auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    if (hi == block) lows[lo] = true;
    const UChar32 u = (hi << 8) | lo;
    const std::int8_t type = u_charType(u);
    if (u_isalpha(u) || u_isspace(u) || (U_MASK(type) & U_GC_M_MASK) != 0) {
      ++letters;
    } else if (type == U_CONTROL_CHAR || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE) {
      return false;
    }
  }
  return letters * 100 >= units * kUtf16MinLetterPercent &&
         static_cast<std::size_t>(std::count(lows.begin(), lows.end(), true)) >= kUtf16MinScriptLetters;
}

// The byte that windows-1252 reads as `cp` where it is no latin-1 code
// point: the quotes, dashes and signs of 0x80-0x9F. 0 for any other.
unsigned char Windows1252Byte(char32_t cp) {
  static constexpr std::pair<char32_t, unsigned char> kTable[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
      {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
      {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
      {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
  for (const auto& [from, byte] : kTable) {
    if (from == cp) return byte;
  }
  return 0;
}

// The UTF-8 continuation byte that a code point of mojibake stands for, or 0.
unsigned char ContinuationByte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return static_cast<unsigned char>(cp);
  const unsigned char b = Windows1252Byte(cp);
  return b >= 0x80 && b <= 0xBF ? b : 0;
}

// How many continuation bytes the lead byte `lead` (a latin-1 code point
// read from it) opens, or 0 for no lead byte.
std::size_t ContinuationsAfter(char32_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// A character that text written twice plausibly held: in two bytes a
// Latin letter or sign, or a Greek to Arabic letter (a German "ß“" would
// read as an N'Ko letter); in more, any assigned character but controls.
bool LikelyRepaired(char32_t cp, std::size_t bytes) {
  if (bytes == 2) {
    return cp <= kMojibakeLatinLast ||
           (cp >= kMojibakeScriptsFirst && cp <= kMojibakeScriptsLast && u_isalpha(static_cast<UChar32>(cp)));
  }
  const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(cp)));
  return type != U_UNASSIGNED && type != U_CONTROL_CHAR && type != U_PRIVATE_USE_CHAR && type != U_SURROGATE;
}

// At byte `i` of `text`, a character of mojibake read back: its bytes
// into `out` and `i` past what it replaced; false, with nothing changed,
// when none starts there.
bool ReadBackMojibake(std::string_view text, std::size_t& i, std::string& out) {
  std::size_t at = i;
  const char32_t lead = NextCodePoint(text, at);
  const std::size_t continuations = ContinuationsAfter(lead);
  if (continuations == 0) return false;
  std::string bytes(1, static_cast<char>(lead));
  for (std::size_t k = 0; k < continuations && at < text.size(); ++k) {
    const unsigned char b = ContinuationByte(NextCodePoint(text, at));
    if (b == 0) return false;
    bytes += static_cast<char>(b);
  }
  if (bytes.size() != continuations + 1) return false;
  std::size_t j = 0;
  const char32_t cp = NextCodePoint(bytes, j);
  if (cp == 0xFFFD || j != bytes.size() || !LikelyRepaired(cp, bytes.size())) return false;
  out += bytes;
  i = at;
  return true;
}

// `text` written in GBK (`conv` converts to GB18030, its superset, as
// browsers' GBK decoder is GB18030's), or nothing should the converter fail.
// GB18030 codes every character: one outside GBK gives four bytes, two
// broken UTF-8 that count against the read-back and two ASCII digits that
// stay in it (a copy the browser decoded holds none). U+FFFD, a byte the
// browser could not read, is left out; the euro sign is byte 0x80, as
// browsers' GBK decoder reads that byte.
std::optional<std::string> WriteBack(std::string_view text, UConverter* conv) {
  std::string out;
  out.reserve(text.size());
  std::array<char, 8> buf{};
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    if (cp == 0xFFFD && i - start == 3) continue;
    if (cp == 0x20AC) {
      out += '\x80';
      continue;
    }
    std::array<UChar, 2> u{};
    int32_t units = 0;
    U16_APPEND_UNSAFE(u.data(), units, static_cast<UChar32>(cp));
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = ucnv_fromUChars(conv, buf.data(), static_cast<int32_t>(buf.size()), u.data(), units, &status);
    if (U_FAILURE(status) || n <= 0) return std::nullopt;
    out.append(buf.data(), static_cast<std::size_t>(n));
  }
  return out;
}

// The valid UTF-8 of `bytes`, without its broken sequences.
std::string DropBrokenUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(bytes, i);
    if (cp == 0xFFFD && i == start + 1) continue;
    out.append(bytes, start, i - start);
  }
  return out;
}

}  // namespace

std::string RepairMojibake(std::string text) {
  // Every lead byte read as latin-1 is U+00C2..U+00F4, written C3 xx: the
  // text between two C3 bytes is copied as it stands.
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = text.find('\xC3'); at != std::string::npos; at = text.find('\xC3', at + 1)) {
    std::size_t end = at;
    std::string piece;
    if (!ReadBackMojibake(text, end, piece)) continue;
    out.append(text, copied, at - copied);
    out += piece;
    copied = end;
    at = end - 1;
  }
  if (copied == 0) return text;
  out.append(text, copied);
  return out;
}

std::string RepairDoubleByteMojibake(std::string text) {
  const auto wide = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0xC0; }));
  if (wide < kMinMojibakeChars) return text;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open("gb18030", &status));
  if (U_FAILURE(status) || !conv) return text;
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return text;
  const auto reads_back = [&](std::string_view part) {
    const std::optional<std::string> bytes = WriteBack(part, conv.get());
    if (!bytes) return std::optional<std::string>();
    const Utf8Sequences n = CountUtf8Sequences(*bytes);
    return n.valid > 0 && n.valid >= n.invalid * kMinRepairedPerBroken ? bytes : std::nullopt;
  };
  // Text written once (any Chinese, Japanese or Korean copy) fails on its
  // start: the whole is written back only when the start reads back.
  std::size_t sample = std::min(text.size(), kMojibakeSampleBytes);
  while (sample < text.size() && (static_cast<unsigned char>(text[sample]) & 0xC0) == 0x80) ++sample;
  if (sample < text.size() && !reads_back(std::string_view(text).substr(0, sample))) return text;
  const std::optional<std::string> bytes = reads_back(text);
  return bytes ? DropBrokenUtf8(*bytes) : text;
}

std::string GuessUtf16(std::string_view b) {
  const std::size_t n = std::min<std::size_t>(b.size(), kUtf16SniffBytes) & ~std::size_t{1};
  if (n < kUtf16MinBytes) return {};
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += b[i] == 0;
    odd += b[i + 1] == 0;
  }
  const std::size_t pairs = n / 2;
  auto most = [&](std::size_t nuls) { return nuls * 100 >= pairs * kUtf16MinNulPercent; };
  auto few = [&](std::size_t nuls) { return nuls * 100 < pairs * kUtf16MaxOtherNulPercent; };
  if (most(odd) && few(even)) return "utf-16le";
  if (most(even) && few(odd)) return "utf-16be";
  if (ScriptUtf16(b.substr(0, n), true)) return "utf-16le";
  if (ScriptUtf16(b.substr(0, n), false)) return "utf-16be";
  return {};
}

Decoded DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  Decoded d;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.encoding = "utf-8";
    d.how = "byte order mark";
    d.text = ValidUtf8(bytes.substr(3));
    return d;
  }
  struct Candidate {
    std::string label;
    const char* how;
  };
  std::vector<Candidate> candidates;
  if (bytes.substr(0, 2) == "\xFF\xFE") candidates.push_back({"utf-16le", "byte order mark"});
  if (bytes.substr(0, 2) == "\xFE\xFF") candidates.push_back({"utf-16be", "byte order mark"});
  if (candidates.empty()) {
    if (std::string guess = GuessUtf16(bytes); !guess.empty()) candidates.push_back({guess, "NUL bytes of UTF-16"});
  }
  if (!declared.empty()) candidates.push_back({CanonicalLabel(declared), "declared by the caller"});
  // Valid UTF-8 with multi-byte sequences is no legacy encoding's text,
  // whatever the markup says (a template that kept "iso-8859-1" or
  // "euc-kr" after the site moved to UTF-8): the bytes win over the <meta>,
  // also with a stray broken byte among them.
  if (std::string meta = PrescanMetaCharset(bytes.substr(0, kPrescanBytes));
      !meta.empty() && (IsUtf8Label(meta) || !(MultiByteUtf8(bytes) || NearlyAllUtf8(bytes)))) {
    if (std::string other = OtherScriptUnderWesternLabel(bytes, meta); !other.empty()) {
      candidates.push_back({other, "ICU's detector over a Western <meta charset>"});
    }
    candidates.push_back({meta, "<meta charset>"});
  }
  for (const Candidate& c : candidates) {
    if (IsUtf8Label(c.label)) {
      d.encoding = c.label;
      d.how = c.how;
      d.text = ValidUtf8(bytes);
      return d;
    }
    if (Convert(bytes, c.label, d.text)) {
      if (d.text.substr(0, 3) == "\xEF\xBB\xBF") d.text.erase(0, 3);
      d.encoding = c.label;
      d.how = c.how;
      return d;
    }
  }
  if (IsValidUtf8(bytes)) {
    d.encoding = "utf-8";
    d.how = "valid UTF-8";
    d.text = std::string(bytes);
    return d;
  }
  if (MostlyUtf8(bytes)) {
    d.encoding = "utf-8";
    d.how = "mostly valid UTF-8";
    d.text = ValidUtf8(bytes);
    return d;
  }
  std::string detected = Detect(bytes);
  if (IsUnicodeLabel(detected)) {
    detected.clear();  // the bytes are not valid UTF-8; the detector is guessing
  }
  if (!detected.empty() && Convert(bytes, detected, d.text)) {
    d.encoding = detected;
    d.how = "ICU's detector";
    return d;
  }
  d.encoding = "windows-1252";
  d.how = "the fallback";
  if (!Convert(bytes, d.encoding, d.text)) d.text = ValidUtf8(bytes);
  return d;
}

}  // namespace pith
