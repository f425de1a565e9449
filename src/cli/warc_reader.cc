#include "cli/warc_reader.h"

#include <algorithm>
#include <charconv>

#include "util/text_util.h"

namespace pith {

namespace {

// WARC and HTTP header lines are short; a longer one means binary garbage.
constexpr std::size_t kMaxLine = 64 * 1024;
// Room for the HTTP headers on top of the payload limit.
constexpr std::size_t kHeaderRoom = 1 << 20;

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

bool ParseSize(std::string_view s, int base, std::size_t& value) {
  s = TrimLine(s);
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
  return ec == std::errc() && end == s.data() + s.size();
}

// "Name: value" into lower-case name and trimmed value.
bool SplitHeader(std::string_view line, std::string& name, std::string_view& value) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  name = AsciiLower(TrimLine(line.substr(0, colon)));
  value = TrimLine(line.substr(colon + 1));
  return true;
}

// `text/html; charset="UTF-8"` into media type and charset.
void ParseContentType(std::string_view value, std::string& media_type, std::string& charset) {
  const std::size_t semi = value.find(';');
  media_type = AsciiLower(TrimLine(value.substr(0, semi)));
  charset.clear();
  std::size_t at = semi;
  while (at != std::string_view::npos) {
    const std::size_t next = value.find(';', at + 1);
    std::string_view param = TrimLine(value.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
    if (StartsWithNoCase(param, "charset=")) {
      param.remove_prefix(8);
      if (param.size() >= 2 && (param.front() == '"' || param.front() == '\'')) {
        param = param.substr(1, param.size() - 2);
      }
      charset = std::string(TrimLine(param));
    }
    at = next;
  }
}

std::string PayloadTooLarge(std::size_t limit) { return "payload larger than " + std::to_string(limit) + " bytes"; }

bool Dechunk(std::string_view data, std::size_t limit, std::string& out, std::string& error) {
  out.clear();
  std::size_t at = 0;
  for (;;) {
    const std::size_t eol = data.find('\n', at);
    if (eol == std::string_view::npos) {
      error = "truncated chunked body";
      return false;
    }
    std::string_view size_line = data.substr(at, eol - at);
    size_line = size_line.substr(0, size_line.find(';'));
    std::size_t size = 0;
    if (!ParseSize(size_line, 16, size)) {
      error = "damaged chunked body";
      return false;
    }
    at = eol + 1;
    if (size == 0) return true;
    if (size > data.size() - at) {
      error = "truncated chunked body";
      return false;
    }
    if (out.size() + size > limit) {
      error = PayloadTooLarge(limit);
      return false;
    }
    out.append(data.substr(at, size));
    at += size;
    if (at < data.size() && data[at] == '\r') ++at;
    if (at < data.size() && data[at] == '\n') ++at;
  }
}

}  // namespace

bool ParseHttpResponse(std::string_view block, HttpResponse& response, std::string& error) {
  response = HttpResponse{};
  std::size_t at = block.find('\n');
  const std::string_view status_line = TrimLine(block.substr(0, at));
  if (!StartsWithNoCase(status_line, "HTTP/")) {
    error = "not an HTTP response";
    return false;
  }
  const std::size_t space = status_line.find(' ');
  std::size_t status = 0;
  if (space == std::string_view::npos || !ParseSize(status_line.substr(space + 1, 3), 10, status)) {
    error = "no HTTP status";
    return false;
  }
  response.status = static_cast<int>(status);
  while (at != std::string_view::npos) {
    const std::size_t start = at + 1;
    at = block.find('\n', start);
    const std::string_view line = TrimLine(block.substr(start, at == std::string_view::npos ? at : at - start));
    if (line.empty()) {
      if (at != std::string_view::npos) response.body = std::string(block.substr(at + 1));
      return true;
    }
    std::string name;
    std::string_view value;
    if (!SplitHeader(line, name, value)) continue;
    if (name == "content-type" && response.media_type.empty()) {
      ParseContentType(value, response.media_type, response.charset);
    } else if (name == "transfer-encoding") {
      response.transfer_encoding = AsciiLower(value);
    } else if (name == "content-encoding") {
      response.content_encoding = AsciiLower(value);
    }
  }
  // Headers without a body.
  return true;
}

bool DecodeHttpBody(HttpResponse& response, std::size_t limit, std::string& error) {
  if (response.transfer_encoding.find("chunked") != std::string::npos) {
    std::string plain;
    if (!Dechunk(response.body, limit, plain, error)) return false;
    response.body = std::move(plain);
  }
  const std::string& coding = response.content_encoding;
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    std::string plain;
    if (!Inflate(response.body, limit, plain, error)) return false;
    response.body = std::move(plain);
  } else if (!coding.empty() && coding != "identity") {
    error = "unsupported content encoding \"" + coding + "\"";
    return false;
  }
  // A body sent as it is was bounded only with room for the headers.
  if (response.body.size() > limit) {
    error = PayloadTooLarge(limit);
    return false;
  }
  return true;
}

bool IsHtmlResponse(const HttpResponse& response) {
  if (response.media_type == "text/html" || response.media_type == "application/xhtml+xml") return true;
  if (!response.media_type.empty()) return false;
  const std::string_view body = Trim(response.body);
  return !body.empty() && body.front() == '<';
}

namespace {

// "WARC/1.0", "WARC/1.1" (and drafts' "WARC/0.18"): a line that opens a record.
bool IsVersionLine(std::string_view line) {
  line = TrimLine(line);
  if (line.rfind("WARC/", 0) != 0) return false;
  const std::string_view version = line.substr(5);
  const std::size_t dot = version.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < version.size() &&
         version.find_first_not_of("0123456789.") == std::string_view::npos && version.find('.', dot + 1) == version.npos;
}

}  // namespace

std::size_t FindRecordStart(std::string_view data) {
  for (std::size_t at = data.find("WARC/"); at != std::string_view::npos; at = data.find("WARC/", at + 1)) {
    if (at > 0 && data[at - 1] != '\n') continue;
    const std::size_t eol = data.find('\n', at);
    if (eol != std::string_view::npos && IsVersionLine(data.substr(at, eol - at))) return at;
  }
  return std::string_view::npos;
}

bool WarcReader::Damaged(WarcDocument& doc, const Headers* headers, const std::string& problem) {
  doc = WarcDocument{};
  doc.record = record_;
  std::string name = "record " + std::to_string(record_);
  std::string known;
  if (headers && !headers->id.empty()) known = headers->id;
  if (headers && !headers->target.empty()) known += (known.empty() ? "" : ", ") + headers->target;
  if (!known.empty()) {
    name += " (" + known + ")";
  } else if (!last_id_.empty()) {
    name += " (the one after " + last_id_ + ")";
  }
  doc.error = name + ": " + problem;
  resync_ = true;
  return true;
}

// After a damaged record: past damaged gzip data to the next member, then
// to the next line that opens a record. False when there is none.
bool WarcReader::Recover() {
  if (!in_.error().empty() && !in_.Resync()) return false;
  std::string line;
  for (;;) {
    switch (in_.ReadLine(line, kMaxLine)) {
      case BufferedReader::Line::kOk:
        if (!IsVersionLine(line)) continue;
        in_.Unread(line + "\r\n");
        resync_ = false;
        return true;
      case BufferedReader::Line::kTooLong:
        continue;
      case BufferedReader::Line::kError:
        // More damage in what is skipped anyway.
        if (!in_.Resync()) return false;
        continue;
      case BufferedReader::Line::kEnd:
        return false;
    }
  }
}

bool WarcReader::ReadHeaders(Headers& headers, std::string& problem) {
  std::string line;
  for (;;) {
    switch (in_.ReadLine(line, kMaxLine)) {
      case BufferedReader::Line::kOk:
        break;
      case BufferedReader::Line::kTooLong:
        problem = "header line longer than " + std::to_string(kMaxLine) + " bytes";
        return false;
      case BufferedReader::Line::kError:
        problem = in_.error();
        return false;
      case BufferedReader::Line::kEnd:
        problem = "truncated headers";
        return false;
    }
    if (line.empty()) return true;
    std::string name;
    std::string_view value;
    if (!SplitHeader(line, name, value)) continue;
    if (name == "warc-type") {
      headers.type = AsciiLower(value);
    } else if (name == "warc-target-uri") {
      // WARC 1.0 drafts wrote the address in angle brackets.
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
      headers.target = std::string(value);
    } else if (name == "warc-record-id") {
      headers.id = std::string(value);
    } else if (name == "warc-date") {
      headers.date = std::string(value);
    } else if (name == "content-type") {
      headers.block_type = AsciiLower(value);
    } else if (name == "content-length") {
      headers.has_length = ParseSize(value, 10, headers.length);
    }
  }
}

// Whether the record's block ends where the next record starts (or the
// file ends). Damaged data right after it is the next record's, unless it
// is the check sum at the end of the gzip member that held this one.
WarcReader::Boundary WarcReader::AtRecordBoundary() {
  const std::string_view next = in_.SkipLineEndsAndPeek(5);
  if (next.size() < 5 && !in_.error().empty()) {
    return next.empty() && in_.damaged_at_member_end() ? Boundary::kDamaged : Boundary::kYes;
  }
  return next.empty() || next == "WARC/" ? Boundary::kYes : Boundary::kNo;
}

// The block, or its first bytes when it is larger than a payload can be.
// False with `doc` set to the error when the record is damaged.
bool WarcReader::ReadBlock(const Headers& headers, std::string& block, WarcDocument& doc) {
  const bool oversized = headers.length > max_payload_ + kHeaderRoom;
  const std::string length = "Content-Length " + std::to_string(headers.length);
  bool read = in_.ReadBytes(oversized ? kHeaderRoom : headers.length, block);
  if (read && oversized) read = in_.SkipBytes(headers.length - kHeaderRoom);
  if (!read) {
    if (!in_.error().empty()) return !Damaged(doc, &headers, in_.error());
    // Past the end: a wrong length may have swallowed whole records.
    const std::size_t next = oversized ? std::string::npos : FindRecordStart(block);
    if (next == std::string::npos) return !Damaged(doc, &headers, "truncated");
    in_.Unread(std::string_view(block).substr(next));
    return !Damaged(doc, &headers, length + " runs past the end of the file");
  }
  const Boundary boundary = AtRecordBoundary();
  if (boundary == Boundary::kYes) return true;
  if (boundary == Boundary::kDamaged) return !Damaged(doc, &headers, in_.error());
  const std::size_t next = oversized ? std::string::npos : FindRecordStart(block);
  if (next != std::string::npos) in_.Unread(std::string_view(block).substr(next));
  return !Damaged(doc, &headers, length + " does not end where a record starts");
}

bool WarcReader::Next(WarcDocument& doc) {
  while (!done_) {
    if (resync_ && !Recover()) break;
    std::string line;
    BufferedReader::Line got;
    do {
      got = in_.ReadLine(line, kMaxLine);
    } while (got == BufferedReader::Line::kOk && TrimLine(line).empty());
    if (got == BufferedReader::Line::kEnd) break;
    ++record_;
    if (got == BufferedReader::Line::kError) return Damaged(doc, nullptr, in_.error());
    if (got == BufferedReader::Line::kTooLong || line.rfind("WARC/", 0) != 0) {
      if (record_ > 1) return Damaged(doc, nullptr, "no WARC/ version line where a record should start");
      done_ = true;
      doc = WarcDocument{};
      doc.record = record_;
      doc.error = "not a WARC file";
      return true;
    }
    Headers headers;
    std::string problem;
    if (!ReadHeaders(headers, problem)) return Damaged(doc, &headers, problem);
    if (!headers.has_length) return Damaged(doc, &headers, "no valid Content-Length");
    std::string block;
    if (!ReadBlock(headers, block, doc)) return true;
    last_id_ = headers.id;
    if (Document(headers, block, doc)) return true;
    ++skipped_;
  }
  done_ = true;
  return false;
}

// An HTML response's document; false for any other record.
bool WarcReader::Document(const Headers& headers, std::string& block, WarcDocument& doc) {
  if (headers.type != "response" || headers.block_type.rfind("application/http", 0) != 0) return false;
  HttpResponse response;
  std::string error;
  const bool parsed = ParseHttpResponse(block, response, error);
  if (!parsed || response.status < 200 || response.status > 299 || !IsHtmlResponse(response)) return false;
  doc = WarcDocument{};
  doc.record = record_;
  doc.target_uri = headers.target;
  doc.record_id = headers.id;
  doc.date = headers.date;
  doc.charset = response.charset;
  if (headers.length > max_payload_ + kHeaderRoom) {
    doc.error = PayloadTooLarge(max_payload_);
  } else if (!DecodeHttpBody(response, max_payload_, error)) {
    doc.error = error;
  } else {
    doc.payload = std::move(response.body);
  }
  return true;
}

}  // namespace pith
