#include "parse/input.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>

#include "parse/encoding.h"
#include "parse/thresholds.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool HasUtf16Bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

}  // namespace

Sniffed SniffBytes(std::string_view bytes, std::string_view declared) {
  if (Trim(bytes).empty()) return Sniffed::kEmpty;
  for (std::string_view magic : BinarySignatures()) {
    if (bytes.substr(0, magic.size()) == magic) return Sniffed::kBinary;
  }
  if (declared.empty() && (HasUtf16Bom(bytes) || !GuessUtf16(bytes).empty())) return Sniffed::kText;
  std::string decoded;
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (!declared.empty()) {
    decoded = DecodeToUtf8(head, declared).text;
    head = decoded;
  }
  std::size_t control = 0;
  for (const char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++control;
  }
  // Text copies and pages may carry a stray control byte; binary formats
  // carry many.
  if (control * kBinaryControlOneIn > head.size()) return Sniffed::kBinary;
  return Sniffed::kText;
}

bool LooksLikeTextCopy(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::array<char, kTextCopyGuessBytes> head;
  const std::size_t n = std::fread(head.data(), 1, head.size(), f);
  std::fclose(f);
  const std::string_view bytes(head.data(), n);
  return SniffBytes(bytes) == Sniffed::kText && SniffMarkup(bytes) == Sniffed::kText;
}

Sniffed SniffMarkup(std::string_view utf8) {
  std::string_view head = Trim(utf8.substr(0, kMarkupSniffBytes));
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head = Trim(head.substr(3));
  if (head.size() >= 2 && head[0] == '<') {
    const char c = head[1];
    if (c == '!' || c == '?' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return Sniffed::kHtml;
  }
  return CountMarkupTags(head) >= kMinMarkupTags ? Sniffed::kHtml : Sniffed::kText;
}

}  // namespace pith
