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

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// A doctype, a comment, an XML declaration, <html> or <head>: how saved
// pages open, and never how a text copy does.
bool OpensAsDocument(std::string_view head) {
  if (head.size() < 2 || head[0] != '<') return false;
  if (head[1] == '!' || head[1] == '?') return true;
  const std::string lowered = LowerSameLength(head.substr(0, 6));
  return lowered.rfind("<html", 0) == 0 || lowered.rfind("<head", 0) == 0;
}

// Most non-blank lines hold no '<' or '>': prose with a few stray tags, as
// in a text copy that keeps a tracking pixel's escaped <img> or a tutorial's
// code. A page, even one opening with a fragment, has markup on most lines.
bool MostlyPlainLines(std::string_view head) {
  std::size_t lines = 0, plain = 0;
  for (std::size_t start = 0; start < head.size();) {
    std::size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view line = head.substr(start, end - start);
    start = end + 1;
    if (Trim(line).empty()) continue;
    ++lines;
    if (line.find_first_of("<>") == std::string_view::npos) ++plain;
  }
  return plain * kPlainLineShareOutOf >= lines * kMinPlainLineShare;
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
  if (OpensAsDocument(head)) return Sniffed::kHtml;
  if (MostlyPlainLines(head)) return Sniffed::kText;
  if (head.size() >= 2 && head[0] == '<' && IsAsciiLetter(head[1])) return Sniffed::kHtml;
  return CountMarkupTags(head) >= kMinMarkupTags ? Sniffed::kHtml : Sniffed::kText;
}

}  // namespace pith
