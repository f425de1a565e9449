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
// responses and non-HTML payloads are skipped. A damaged record gives one
// document with `error` set, naming it (number, WARC-Record-ID, target URI),
// and reading goes on at the next record: the next gzip member after
// damaged gzip data, the next "WARC/1.x" line after a Content-Length that
// does not end where the next record starts.
class WarcReader {
 public:
  // Payloads larger than `max_payload` bytes give a document with an error.
  explicit WarcReader(std::size_t max_payload) : max_payload_(max_payload) {}

  bool Open(const std::string& path, std::string& error) { return in_.Open(path, error); }
  // The next HTML response, or a damaged record. False at the end of the
  // file (or of what could be read of it).
  bool Next(WarcDocument& doc);
  std::uint64_t skipped() const { return skipped_; }

 private:
  struct Headers {
    std::string type, target, block_type, id, date;
    std::size_t length = 0;
    bool has_length = false;
  };

  bool ReadHeaders(Headers& headers, std::string& problem);
  bool ReadBlock(const Headers& headers, std::string& block, WarcDocument& doc);
  enum class Boundary { kYes, kNo, kDamaged };
  Boundary AtRecordBoundary();
  bool Recover();
  bool Damaged(WarcDocument& doc, const Headers* headers, const std::string& problem);
  bool Document(const Headers& headers, std::string& block, WarcDocument& doc);

  BufferedReader in_;
  bool done_ = false;
  bool resync_ = false;      // a damaged record was reported: find the next one
  std::string last_id_;      // the WARC-Record-ID of the last whole record
  std::size_t max_payload_;
  std::uint64_t record_ = 0;
  std::uint64_t skipped_ = 0;
};

// The position of the first "WARC/1.x" line in `data`, npos if none.
std::size_t FindRecordStart(std::string_view data);

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
// Undoes chunked transfer encoding and gzip/deflate content encoding; a
// body, decoded or as sent, larger than `limit` bytes is an error.
bool DecodeHttpBody(HttpResponse& response, std::size_t limit, std::string& error);
// text/html, application/xhtml+xml, or no type and a body that opens with '<'.
bool IsHtmlResponse(const HttpResponse& response);

}  // namespace pith

#endif  // PITH_CLI_WARC_READER_H_
