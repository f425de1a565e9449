// Reading inputs that may be gzip-compressed, through zlib.
#ifndef PITH_CLI_GZIP_FILE_H_
#define PITH_CLI_GZIP_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <zlib.h>

namespace pith {

// A file, or stdin for "-", read through zlib: gzip data is decompressed
// (every member, as `cat a.gz b.gz` and Common Crawl's WARC files chain
// them), any other bytes pass through unchanged.
class GzipReader {
 public:
  GzipReader() = default;
  ~GzipReader();
  GzipReader(const GzipReader&) = delete;
  GzipReader& operator=(const GzipReader&) = delete;

  // False with `error` set to "PATH: reason" when the file cannot be opened.
  bool Open(const std::string& path, std::string& error);
  // Up to `n` bytes into `buf`; 0 at the end of the data, -1 on a read
  // error or damaged gzip data (see error()).
  long Read(char* buf, std::size_t n);
  // The reason for the last failure, without the path.
  std::string error() const { return error_; }

 private:
  gzFile file_ = nullptr;
  std::string error_;
};

// A GzipReader with a buffer, for formats read a line or a block at a time.
class BufferedReader {
 public:
  enum class Line { kOk, kTooLong, kEnd, kError };

  bool Open(const std::string& path, std::string& error) { return in_.Open(path, error); }
  // The next line without its "\n" (nor a "\r" before it); the last line
  // may lack the "\n". A line longer than `max` bytes is skipped to its end
  // and gives kTooLong, so memory stays bounded.
  Line ReadLine(std::string& line, std::size_t max);
  // Exactly `n` bytes; false when the data ends or fails first.
  bool ReadBytes(std::size_t n, std::string& out);
  bool SkipBytes(std::size_t n);
  // Why the last read failed; empty when the data simply ended.
  const std::string& error() const { return error_; }

 private:
  bool Fill();

  GzipReader in_;
  std::string buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;
};

enum class ReadOutcome { kOk, kFailed, kTruncated };

// The whole (decompressed) content of `path` ("-" for stdin), at most
// `limit` bytes: past that it stops with kTruncated and `out` holds the
// first `limit` bytes. kFailed sets `error` to "PATH: reason".
ReadOutcome ReadWholeFile(const std::string& path, std::size_t limit, std::string& out, std::string& error);

// Inflates a gzip, zlib or raw deflate body (HTTP's Content-Encoding gzip or
// deflate) of at most `limit` bytes once inflated. False with `error` set
// when the data is damaged or larger than `limit`.
bool Inflate(std::string_view data, std::size_t limit, std::string& out, std::string& error);

}  // namespace pith

#endif  // PITH_CLI_GZIP_FILE_H_
