#include "parse/mhtml.h"

#include <array>
#include <cstddef>
#include <vector>

#include "parse/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

struct Header {
  std::string name;  // lower case
  std::string value;
};
using Headers = std::vector<Header>;

// The line at `pos` without its CRLF or LF; moves `pos` past it.
std::string_view NextLine(std::string_view text, std::size_t& pos) {
  const std::size_t end = text.find('\n', pos);
  std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  pos = end == std::string_view::npos ? text.size() : end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool IsHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool token = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!token) return false;
  }
  return true;
}

// The header block at `pos`, folded lines unfolded; moves `pos` to the body
// after the blank line. Lines that are not headers are passed over.
Headers ReadHeaders(std::string_view text, std::size_t& pos) {
  Headers headers;
  while (pos < text.size()) {
    const std::string_view line = NextLine(text, pos);
    if (line.empty()) break;
    if (line.front() == ' ' || line.front() == '\t') {
      if (!headers.empty()) headers.back().value += " " + std::string(Trim(line));
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !IsHeaderName(line.substr(0, colon))) continue;
    headers.push_back({AsciiLower(line.substr(0, colon)), std::string(Trim(line.substr(colon + 1)))});
  }
  return headers;
}

std::string_view Get(const Headers& headers, std::string_view name) {
  for (const Header& h : headers) {
    if (h.name == name) return h.value;
  }
  return {};
}

std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

// A Content-Type parameter's value, quotes and escapes undone.
std::string Param(std::string_view content_type, std::string_view name) {
  std::size_t i = content_type.find(';');
  while (i != std::string_view::npos && i < content_type.size()) {
    ++i;
    const std::size_t eq = content_type.find('=', i);
    if (eq == std::string_view::npos) return {};
    if (const std::size_t semicolon = content_type.find(';', i); semicolon < eq) {
      i = semicolon;  // a parameter without a value
      continue;
    }
    const bool wanted = AsciiLower(Trim(content_type.substr(i, eq - i))) == name;
    std::string value;
    std::size_t j = eq + 1;
    while (j < content_type.size() && (content_type[j] == ' ' || content_type[j] == '\t')) ++j;
    if (j < content_type.size() && content_type[j] == '"') {
      for (++j; j < content_type.size() && content_type[j] != '"'; ++j) {
        if (content_type[j] == '\\' && j + 1 < content_type.size()) ++j;
        value += content_type[j];
      }
      i = content_type.find(';', j);
    } else {
      i = content_type.find(';', j);
      value = std::string(Trim(content_type.substr(j, i == std::string_view::npos ? i : i - j)));
    }
    if (wanted) return value;
  }
  return {};
}

// The bodies between "--boundary" lines, up to "--boundary--"; the last one
// runs to the end of the bytes when the closing line is missing.
std::vector<std::string_view> SplitParts(std::string_view body, std::string_view boundary) {
  std::vector<std::string_view> parts;
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t pos = 0, part_start = std::string_view::npos;
  while (pos < body.size()) {
    const std::size_t line_start = pos;
    const std::string_view line = NextLine(body, pos);
    if (line.substr(0, delimiter.size()) != delimiter) continue;
    const std::string_view tail = Trim(line.substr(delimiter.size()));
    if (!tail.empty() && tail != "--") continue;
    if (part_start != std::string_view::npos) {
      // The line end before a delimiter belongs to the delimiter.
      std::string_view part = body.substr(part_start, line_start - part_start);
      if (!part.empty() && part.back() == '\n') part.remove_suffix(1);
      if (!part.empty() && part.back() == '\r') part.remove_suffix(1);
      parts.push_back(part);
    }
    if (tail == "--") return parts;
    part_start = pos;
  }
  if (part_start != std::string_view::npos && part_start < body.size()) parts.push_back(body.substr(part_start));
  return parts;
}

struct Found {
  Headers headers;
  std::string_view body;
};

// The page part below a multipart body: the one whose Content-ID is
// `start`, else the first text/html one, looking into nested multiparts up
// to kMhtmlMaxDepth.
std::optional<Found> FindPage(std::string_view body, std::string_view content_type, int depth) {
  const std::string boundary = Param(content_type, "boundary");
  if (boundary.empty()) return std::nullopt;
  const std::string start = Param(content_type, "start");
  std::optional<Found> first;
  for (std::string_view part : SplitParts(body, boundary)) {
    std::size_t pos = 0;
    Found found{ReadHeaders(part, pos), part.substr(pos)};
    const std::string_view type = Get(found.headers, "content-type");
    const std::string media = MediaType(type);
    if (media.rfind("multipart/", 0) == 0 && depth < kMhtmlMaxDepth) {
      std::optional<Found> inner = FindPage(found.body, type, depth + 1);
      if (inner && !first) first = std::move(inner);
      continue;
    }
    if (media != "text/html" && media != "application/xhtml+xml") continue;
    if (!start.empty() && Get(found.headers, "content-id") == start) return found;
    if (!first) first = std::move(found);
  }
  return first;
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

int HexValue(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

std::string_view SkipLeadingSpace(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  while (!bytes.empty() && (bytes.front() == '\r' || bytes.front() == '\n' || bytes.front() == ' ')) {
    bytes.remove_prefix(1);
  }
  return bytes;
}

bool UsableLocation(std::string_view location) { return !location.empty() && !StartsWithNoCase(location, "cid:"); }

}  // namespace

std::string DecodeQuotedPrintable(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '=') {
      out += in[i];
      continue;
    }
    // "=" at a line's end (maybe after padding) is a soft line break.
    std::size_t j = i + 1;
    while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j == in.size() || in[j] == '\n' || (in[j] == '\r' && j + 1 < in.size() && in[j + 1] == '\n')) {
      i = j < in.size() && in[j] == '\r' ? j + 1 : j;
      continue;
    }
    if (i + 2 < in.size() && IsHex(in[i + 1]) && IsHex(in[i + 2])) {
      out += static_cast<char>(HexValue(in[i + 1]) * 16 + HexValue(in[i + 2]));
      i += 2;
      continue;
    }
    out += '=';  // a bad escape stays as it is
  }
  return out;
}

std::string DecodeBase64(std::string_view in) {
  static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(in.size() / 4 * 3);
  unsigned bits = 0;
  int count = 0;
  for (char c : in) {
    if (c == '=') break;
    const std::size_t v = kAlphabet.find(c);
    if (v == std::string_view::npos) continue;  // line breaks and stray bytes
    bits = (bits << 6) | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

bool LooksLikeMhtml(std::string_view bytes) {
  const std::string_view head = SkipLeadingSpace(bytes.substr(0, kMhtmlSniffBytes));
  const std::size_t colon = head.find(':');
  if (colon == std::string_view::npos || !IsHeaderName(head.substr(0, colon))) return false;
  std::size_t pos = 0;
  const Headers headers = ReadHeaders(head, pos);
  return !Get(headers, "mime-version").empty() && MediaType(Get(headers, "content-type")) == "multipart/related";
}

std::optional<MhtmlPage> ReadMhtml(std::string_view bytes) {
  const std::string_view message = SkipLeadingSpace(bytes);
  std::size_t pos = 0;
  const Headers headers = ReadHeaders(message, pos);
  const std::optional<Found> found = FindPage(message.substr(pos), Get(headers, "content-type"), 1);
  if (!found) return std::nullopt;
  MhtmlPage page;
  const std::string encoding = AsciiLower(Trim(Get(found->headers, "content-transfer-encoding")));
  if (encoding == "quoted-printable") {
    page.html = DecodeQuotedPrintable(found->body);
  } else if (encoding == "base64") {
    page.html = DecodeBase64(found->body);
  } else {
    page.html = std::string(found->body);
  }
  page.charset = Param(Get(found->headers, "content-type"), "charset");
  for (std::string_view location : {Get(headers, "snapshot-content-location"), Get(found->headers, "content-location"),
                                    Get(headers, "content-location")}) {
    if (UsableLocation(location)) {
      page.location = std::string(location);
      break;
    }
  }
  return page;
}

}  // namespace pith
