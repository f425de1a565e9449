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

// One character of `s` (or one stray byte) and how it is shown: at most six
// bytes ("\\u009b"), held in place so that a message costs no allocation
// per character.
struct Unit {
  std::size_t raw = 0;
  std::size_t size = 0;
  char shown[6] = {};

  std::string_view Shown() const { return {shown, size}; }
};

Unit Hex(std::size_t raw, unsigned value, std::string_view prefix) {
  static constexpr char kDigits[] = "0123456789abcdef";
  Unit u;
  u.raw = raw;
  for (const char c : prefix) u.shown[u.size++] = c;
  u.shown[u.size++] = kDigits[(value >> 4) & 0xfu];
  u.shown[u.size++] = kDigits[value & 0xfu];
  return u;
}

Unit Verbatim(std::string_view s) {
  Unit u;
  u.raw = u.size = s.size();
  for (std::size_t i = 0; i < s.size(); ++i) u.shown[i] = s[i];
  return u;
}

Unit NextUnit(std::string_view s) {
  const auto b = static_cast<unsigned char>(s[0]);
  const std::size_t n = Utf8Length(s);
  if (n == 0) return Hex(1, b, "\\x");
  if (n == 1) {
    if (b == '\n') return {1, 2, {'\\', 'n'}};
    if (b == '\r') return {1, 2, {'\\', 'r'}};
    if (b == '\t') return {1, 2, {'\\', 't'}};
    if (b < 0x20 || b == 0x7f) return Hex(1, b, "\\x");
    return Verbatim(s.substr(0, 1));
  }
  const auto second = static_cast<unsigned char>(s[1]);
  if (b == 0xc2 && second < 0xa0) return Hex(2, second, "\\u00");  // C1 controls: CSI is U+009B
  return Verbatim(s.substr(0, n));
}

std::vector<Unit> Units(std::string_view s) {
  std::vector<Unit> units;
  units.reserve(s.size());
  while (!s.empty()) {
    units.push_back(NextUnit(s));
    s.remove_prefix(units.back().raw);
  }
  return units;
}

// Printable ASCII is shown as it is.
bool AllPrintableAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

}  // namespace

std::string OneLine(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes && AllPrintableAscii(text)) return std::string(text);
  // Only a window at each end is ever looked at, whatever the text's size.
  const std::vector<Unit> head = Units(text.substr(0, max_bytes + 1));
  std::string whole;
  for (const Unit& u : head) whole += u.Shown();
  if (text.size() <= max_bytes && whole.size() <= max_bytes) return whole;

  const std::string marker_room = "[... " + std::to_string(text.size()) + " bytes ...]";
  const std::size_t budget = max_bytes > marker_room.size() ? max_bytes - marker_room.size() : 0;
  std::string start;
  std::size_t start_raw = 0;
  for (const Unit& u : head) {
    if (start.size() + u.size > budget * 2 / 3) break;
    start += u.Shown();
    start_raw += u.raw;
  }
  std::size_t from = text.size() > max_bytes ? text.size() - max_bytes : 0;
  // Begin the tail window on a character, not inside one.
  for (int i = 0; i < 3 && from < text.size() && (static_cast<unsigned char>(text[from]) & 0xc0) == 0x80; ++i) ++from;
  const std::vector<Unit> tail = Units(text.substr(std::max(from, start_raw)));
  // The last units that fit, taken from the end, then written in order.
  std::size_t first = tail.size(), end_size = 0, end_raw = 0;
  while (first > 0 && start.size() + end_size + tail[first - 1].size <= budget) {
    --first;
    end_size += tail[first].size;
    end_raw += tail[first].raw;
  }
  std::string end;
  for (std::size_t i = first; i < tail.size(); ++i) end += tail[i].Shown();
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
