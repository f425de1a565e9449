// Reading inputs that may be gzip-compressed, through zlib.
#ifndef PITH_CLI_GZIP_FILE_H_
#define PITH_CLI_GZIP_FILE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <zlib.h>

namespace pith {

// A file, or stdin for "-", read through zlib: gzip data is decompressed
// (every member, as `cat a.gz b.gz` and Common Crawl's WARC files chain
// them), any other bytes pass through unchanged. Damaged gzip data does not
// cost the data before it: Read() hands that out first, and Resync() goes
// on at the next gzip member.
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
  // After Read() gave -1 on damaged gzip data: skips to the next gzip member
  // (the next 1f 8b 08 after the start of the damaged one) and reads on from
  // there. False when there is none or the failure was not damage.
  bool Resync();
  // The reason for the last failure, without the path.
  std::string error() const { return error_; }
  // True when the last failure was a member's check sum or length, after
  // all of its data: the damage is in what came before, not after.
  bool damaged_at_member_end() const { return damaged_at_end_; }

 private:
  enum class Mode { kUnknown, kPlain, kGzip };

  bool FillRaw(std::size_t want);
  long ReadPlain(char* buf, std::size_t n);
  bool StartMember();
  bool SkipToMember(std::uint64_t from);
  std::uint64_t RawOffset() const { return raw_offset_ + raw_pos_; }
  void Damaged(const std::string& reason);

  int fd_ = -1;
  Mode mode_ = Mode::kUnknown;
  z_stream zs_{};
  bool zs_ready_ = false;
  bool in_member_ = false;
  std::uint64_t member_start_ = 0;  // file offset of the current member
  std::string raw_;                // compressed bytes read, not yet inflated
  std::size_t raw_pos_ = 0;
  std::uint64_t raw_offset_ = 0;   // file offset of raw_[0]
  bool raw_eof_ = false;
  bool failed_ = false;            // set until the failure is reported and resynced
  bool damaged_ = false;           // the failure was damaged data
  bool damaged_at_end_ = false;
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
  // Exactly `n` bytes; false when the data ends or fails first (`out` then
  // holds what there was).
  bool ReadBytes(std::size_t n, std::string& out);
  bool SkipBytes(std::size_t n);
  // Skips "\r" and "\n" bytes, then returns up to `n` bytes without reading
  // them: fewer at the end of the data or when reading fails.
  std::string_view SkipLineEndsAndPeek(std::size_t n);
  // Puts `data` back in front of what is left to read.
  void Unread(std::string_view data);
  // After a failure on damaged gzip data: drops what is buffered and goes on
  // at the next gzip member (GzipReader::Resync). False when it cannot.
  bool Resync();
  // Why the last read failed; empty when the data simply ended.
  const std::string& error() const { return error_; }
  bool damaged_at_member_end() const { return in_.damaged_at_member_end(); }

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
