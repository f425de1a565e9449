// Encoding stage: any bytes to valid UTF-8.
#ifndef PITH_PARSE_ENCODING_H_
#define PITH_PARSE_ENCODING_H_

#include <string>
#include <string_view>

namespace pith {

struct Decoded {
  std::string text;      // valid UTF-8, BOM removed
  std::string encoding;  // the encoding that was used, as ICU names it
  const char* how = "";  // what decided it: "byte order mark", "<meta charset>"...
};

// Decides the encoding in the order browsers use: a byte order mark; the
// transport's declaration (`declared`, may be empty); a <meta charset> or
// http-equiv Content-Type found by the HTML standard's prescan of the first
// 1024 bytes; valid UTF-8; ICU's statistical detector; windows-1252.
// Invalid sequences become U+FFFD.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view declared);

// `text` (valid UTF-8) with UTF-8 read once more as windows-1252 or
// latin-1 and written again as UTF-8 ("fÃ¼r", "Investorâ€™s") read back
// as it was written ("für", "Investor’s"). Sequences that would decode to
// an unlikely character are left alone ("Gruß“" stays).
std::string RepairMojibake(std::string text);

// `text` (valid UTF-8, a text copy) read back as the UTF-8 it was when a
// browser decoded a UTF-8 page as GBK, the encoding its <meta> named
// (GB2312): "浜烘皯缃" -> "人民网". Only when, written back in GB18030
// (GBK's superset, whose decoder browsers use for GBK), the bytes are
// nearly all UTF-8; characters whose bytes the browser lost are dropped.
// Unchanged otherwise. (Shift_JIS and EUC-KR decoders lose too many of UTF-8's
// bytes for a copy to be read back.)
std::string RepairDoubleByteMojibake(std::string text);

// "utf-16le" or "utf-16be" for UTF-16 without a byte order mark (every
// other byte NUL in mostly-ASCII text), else empty.
std::string GuessUtf16(std::string_view bytes);

}  // namespace pith

#endif  // PITH_PARSE_ENCODING_H_
