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
      error = "payload larger than " + std::to_string(limit) + " bytes";
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
  return true;
}

bool IsHtmlResponse(const HttpResponse& response) {
  if (response.media_type == "text/html" || response.media_type == "application/xhtml+xml") return true;
  if (!response.media_type.empty()) return false;
  const std::string_view body = Trim(response.body);
  return !body.empty() && body.front() == '<';
}

bool WarcReader::ReadLine(std::string& line) {
  switch (in_.ReadLine(line, kMaxLine)) {
    case BufferedReader::Line::kOk:
      return true;
    case BufferedReader::Line::kTooLong:
      line_error_ = "header line longer than " + std::to_string(kMaxLine) + " bytes";
      return false;
    case BufferedReader::Line::kEnd:
    case BufferedReader::Line::kError:
      line_error_ = in_.error();
      return false;
  }
  return false;
}

bool WarcReader::Fail(WarcDocument& doc, const std::string& message) {
  done_ = true;
  doc = WarcDocument{};
  doc.record = record_;
  const std::string& cause = line_error_.empty() ? in_.error() : line_error_;
  doc.error = cause.empty() ? message : message + ": " + cause;
  return true;
}

bool WarcReader::Next(WarcDocument& doc) {
  while (!done_) {
    std::string line;
    do {
      if (!ReadLine(line)) {
        done_ = true;
        if (!line_error_.empty()) return Fail(doc, "after record " + std::to_string(record_));
        return false;
      }
    } while (TrimLine(line).empty());
    ++record_;
    const std::string where = "record " + std::to_string(record_);
    if (line.rfind("WARC/", 0) != 0) {
      return Fail(doc, record_ == 1 ? "not a WARC file" : where + ": no WARC/ version line");
    }
    std::string type, target, block_type, record_id, date;
    std::size_t length = 0;
    bool has_length = false;
    for (;;) {
      if (!ReadLine(line)) return Fail(doc, where + ": truncated headers");
      if (line.empty()) break;
      std::string name;
      std::string_view value;
      if (!SplitHeader(line, name, value)) continue;
      if (name == "warc-type") {
        type = AsciiLower(value);
      } else if (name == "warc-target-uri") {
        // WARC 1.0 drafts wrote the address in angle brackets.
        if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
        target = std::string(value);
      } else if (name == "warc-record-id") {
        record_id = std::string(value);
      } else if (name == "warc-date") {
        date = std::string(value);
      } else if (name == "content-type") {
        block_type = AsciiLower(value);
      } else if (name == "content-length") {
        has_length = ParseSize(value, 10, length);
      }
    }
    if (!has_length) return Fail(doc, where + ": no valid Content-Length");
    if (type != "response" || block_type.rfind("application/http", 0) != 0) {
      if (!in_.SkipBytes(length)) return Fail(doc, where + ": truncated");
      ++skipped_;
      continue;
    }
    // An oversized record is looked at through its first bytes only: if it
    // is an HTML page it is reported, anything else is skipped.
    const bool oversized = length > max_payload_ + kHeaderRoom;
    std::string block;
    if (!in_.ReadBytes(oversized ? kHeaderRoom : length, block)) return Fail(doc, where + ": truncated");
    if (oversized && !in_.SkipBytes(length - kHeaderRoom)) return Fail(doc, where + ": truncated");
    HttpResponse response;
    std::string error;
    const bool parsed = ParseHttpResponse(block, response, error);
    if (!parsed || response.status < 200 || response.status > 299 || !IsHtmlResponse(response)) {
      ++skipped_;
      continue;
    }
    doc = WarcDocument{};
    doc.record = record_;
    doc.target_uri = std::move(target);
    doc.record_id = std::move(record_id);
    doc.date = std::move(date);
    doc.charset = response.charset;
    if (oversized) {
      doc.error = "payload larger than " + std::to_string(max_payload_) + " bytes";
    } else if (!DecodeHttpBody(response, max_payload_, error)) {
      doc.error = error;
    } else {
      doc.payload = std::move(response.body);
    }
    return true;
  }
  return false;
}

}  // namespace pith
