// WARC input: the HTML pages a web archive (.warc, .warc.gz) holds.
#ifndef PITH_CLI_WARC_READER_H_
#define PITH_CLI_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cli/gzip_file.h"

namespace pith {

// One `response` record whose HTTP payload is an HTML page.
struct WarcDocument {
  std::uint64_t record = 0;  // the record's position in the file, from 1
  std::string target_uri;    // WARC-Target-URI
  std::string record_id;     // WARC-Record-ID, as written: "<urn:uuid:...>"
  std::string date;          // WARC-Date: "2024-05-06T08:27:00Z"
  std::string charset;       // the HTTP Content-Type's charset, if any
  std::string payload;       // the HTTP body, de-chunked and decompressed
  // Set when this record (or, with record 0, the file) could not be read.
  std::string error;
};

// Reads records one at a time, so memory stays at one record whatever the
// file's size. Other record types (request, metadata, warcinfo...), non-2xx
// responses and non-HTML payloads are skipped.
class WarcReader {
 public:
  // Payloads larger than `max_payload` bytes give a document with an error.
  explicit WarcReader(std::size_t max_payload) : max_payload_(max_payload) {}

  bool Open(const std::string& path, std::string& error) { return in_.Open(path, error); }
  // The next HTML response. False at the end of the file. Damaged data gives
  // one document with `error` set, and then false.
  bool Next(WarcDocument& doc);
  std::uint64_t skipped() const { return skipped_; }

 private:
  bool ReadLine(std::string& line);
  bool Fail(WarcDocument& doc, const std::string& message);

  BufferedReader in_;
  bool done_ = false;
  std::string line_error_;
  std::size_t max_payload_;
  std::uint64_t record_ = 0;
  std::uint64_t skipped_ = 0;
};

// The parts of an HTTP response that decide whether and how it is read.
struct HttpResponse {
  int status = 0;
  std::string media_type;  // lower case, without parameters: "text/html"
  std::string charset;
  std::string transfer_encoding;  // lower case
  std::string content_encoding;   // lower case
  std::string body;               // as sent (maybe chunked or compressed)
};

// Splits a WARC response block into status, headers and body.
bool ParseHttpResponse(std::string_view block, HttpResponse& response, std::string& error);
// Undoes chunked transfer encoding and gzip/deflate content encoding.
bool DecodeHttpBody(HttpResponse& response, std::size_t limit, std::string& error);
// text/html, application/xhtml+xml, or no type and a body that opens with '<'.
bool IsHtmlResponse(const HttpResponse& response);

}  // namespace pith

#endif  // PITH_CLI_WARC_READER_H_
