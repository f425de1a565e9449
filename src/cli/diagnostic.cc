#include "cli/diagnostic.h"

#include <algorithm>
#include <vector>

namespace pith {

namespace {

// The length of the well-formed UTF-8 sequence at the start of `s`, 0 if
// there is none.
std::size_t Utf8Length(std::string_view s) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b = byte(0);
  std::size_t n = 0;
  char32_t cp = 0;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) n = 2, cp = b & 0x1fu;
  else if (b >= 0xe0 && b <= 0xef) n = 3, cp = b & 0x0fu;
  else if (b >= 0xf0 && b <= 0xf4) n = 4, cp = b & 0x07u;
  else return 0;
  if (s.size() < n) return 0;
  for (std::size_t i = 1; i < n; ++i) {
    if ((byte(i) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i) & 0x3fu);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

std::string Hex(unsigned value, const char* prefix, int digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kDigits[(value >> shift) & 0xfu];
  return out;
}

// One character of `s` (or one stray byte) and how it is shown.
struct Unit {
  std::size_t raw = 0;
  std::string shown;
};

Unit NextUnit(std::string_view s) {
  const auto b = static_cast<unsigned char>(s[0]);
  const std::size_t n = Utf8Length(s);
  if (n == 0) return {1, Hex(b, "\\x", 2)};
  if (n == 1) {
    if (b == '\n') return {1, "\\n"};
    if (b == '\r') return {1, "\\r"};
    if (b == '\t') return {1, "\\t"};
    if (b < 0x20 || b == 0x7f) return {1, Hex(b, "\\x", 2)};
    return {1, std::string(1, s[0])};
  }
  const auto second = static_cast<unsigned char>(s[1]);
  if (b == 0xc2 && second < 0xa0) return {2, Hex(second, "\\u00", 2)};  // C1 controls: CSI is U+009B
  return {n, std::string(s.substr(0, n))};
}

std::vector<Unit> Units(std::string_view s) {
  std::vector<Unit> units;
  while (!s.empty()) {
    units.push_back(NextUnit(s));
    s.remove_prefix(units.back().raw);
  }
  return units;
}

}  // namespace

std::string OneLine(std::string_view text, std::size_t max_bytes) {
  // Only a window at each end is ever looked at, whatever the text's size.
  const std::vector<Unit> head = Units(text.substr(0, max_bytes + 1));
  std::string whole;
  for (const Unit& u : head) whole += u.shown;
  if (text.size() <= max_bytes && whole.size() <= max_bytes) return whole;

  const std::string marker_room = "[... " + std::to_string(text.size()) + " bytes ...]";
  const std::size_t budget = max_bytes > marker_room.size() ? max_bytes - marker_room.size() : 0;
  std::string start;
  std::size_t start_raw = 0;
  for (const Unit& u : head) {
    if (start.size() + u.shown.size() > budget * 2 / 3) break;
    start += u.shown;
    start_raw += u.raw;
  }
  std::size_t from = text.size() > max_bytes ? text.size() - max_bytes : 0;
  // Begin the tail window on a character, not inside one.
  for (int i = 0; i < 3 && from < text.size() && (static_cast<unsigned char>(text[from]) & 0xc0) == 0x80; ++i) ++from;
  const std::vector<Unit> tail = Units(text.substr(std::max(from, start_raw)));
  std::string end;
  std::size_t end_raw = 0;
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
    if (start.size() + end.size() + it->shown.size() > budget) break;
    end.insert(0, it->shown);
    end_raw += it->raw;
  }
  return start + "[... " + std::to_string(text.size() - start_raw - end_raw) + " bytes ...]" + end;
}

void PrintError(std::FILE* err, std::string_view message) {
  std::fprintf(err, "pith: error: %s\n", OneLine(message).c_str());
}

void PrintUsageError(std::FILE* err, std::string_view message) {
  PrintError(err, message);
  std::fputs("Run with --help for usage.\n", err);
}

void PrintNote(std::FILE* err, std::string_view message) {
  std::fprintf(err, "pith: note: %s\n", OneLine(message).c_str());
}

}  // namespace pith
