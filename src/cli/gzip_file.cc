#include "cli/gzip_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string_view>

namespace pith {

namespace {

// zlib's default is 8 KiB; larger reads cost fewer system calls.
constexpr unsigned kBufferSize = 128 * 1024;

}  // namespace

GzipReader::~GzipReader() {
  if (zs_ready_) inflateEnd(&zs_);
  if (fd_ >= 0) close(fd_);
}

bool GzipReader::Open(const std::string& path, std::string& error) {
  fd_ = path == "-" ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const std::string name = path == "-" ? "stdin" : path;
  if (fd_ < 0) {
    error = name + ": " + std::strerror(errno);
    return false;
  }
  // 15 + 16: gzip only; the first bytes decide whether the data is gzip.
  if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
    error = name + ": out of memory";
    return false;
  }
  zs_ready_ = true;
  // Offsets in messages and resynchronisation are the file's own (stdin may
  // start anywhere in a file).
  const off_t at = lseek(fd_, 0, SEEK_CUR);
  raw_offset_ = at > 0 ? static_cast<std::uint64_t>(at) : 0;
  return true;
}

void GzipReader::Damaged(const std::string& reason) {
  failed_ = true;
  damaged_ = true;
  error_ = reason;
  damaged_at_end_ = false;
}

// Up to `want` more compressed bytes after those not yet used.
bool GzipReader::FillRaw(std::size_t want) {
  if (raw_eof_) return false;
  raw_.erase(0, raw_pos_);
  raw_offset_ += raw_pos_;
  raw_pos_ = 0;
  const std::size_t old = raw_.size();
  raw_.resize(old + want);
  ssize_t got;
  do {
    got = read(fd_, raw_.data() + old, want);
  } while (got < 0 && errno == EINTR);
  raw_.resize(old + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
  if (got < 0) {
    error_ = std::strerror(errno);
    failed_ = true;
  }
  if (got <= 0) raw_eof_ = true;
  return got > 0;
}

// Moves to the first gzip member starting at or after file offset `from`
// (seeking back when `from` is no longer buffered and the file allows it).
// False, at the end of the data, when there is none.
bool GzipReader::SkipToMember(std::uint64_t from) {
  if (from < raw_offset_) {
    if (lseek(fd_, static_cast<off_t>(from), SEEK_SET) == static_cast<off_t>(from)) {
      raw_.clear();
      raw_offset_ = from;
      raw_eof_ = false;
    } else {
      from = raw_offset_;
    }
  }
  raw_pos_ = static_cast<std::size_t>(std::min<std::uint64_t>(from - raw_offset_, raw_.size()));
  static constexpr std::string_view kMagic("\x1f\x8b\x08", 3);
  for (;;) {
    const std::size_t found = std::string_view(raw_).find(kMagic, raw_pos_);
    if (found != std::string_view::npos) {
      raw_pos_ = found;
      return true;
    }
    // The magic may straddle the end of what is buffered.
    raw_pos_ = std::max(raw_pos_, raw_.size() >= 2 ? raw_.size() - 2 : 0);
    if (!FillRaw(kBufferSize)) {
      raw_pos_ = raw_.size();
      return false;
    }
  }
}

// At a member boundary: true when a gzip member starts here, false at the
// end of the data or on a failure. Bytes that are not a member end the data
// (gzip ignores trailing garbage) unless a member follows them: then they
// are damage.
bool GzipReader::StartMember() {
  while (raw_.size() - raw_pos_ < 3 && FillRaw(kBufferSize)) {
  }
  if (failed_ || raw_pos_ == raw_.size()) return false;
  if (raw_.compare(raw_pos_, 3, "\x1f\x8b\x08") != 0) {
    const std::uint64_t at = RawOffset();
    if (!SkipToMember(at)) return false;
    member_start_ = at;
    Damaged("damaged gzip data (not a gzip member at byte " + std::to_string(at) + ")");
    return false;
  }
  member_start_ = RawOffset();
  inflateReset(&zs_);
  in_member_ = true;
  return true;
}

long GzipReader::Read(char* buf, std::size_t n) {
  if (fd_ < 0) {
    error_ = "not open";
    return -1;
  }
  if (failed_) return -1;
  if (mode_ == Mode::kUnknown) {
    // Only the magic's two bytes: a plain file's others go straight to `buf`.
    while (raw_.size() - raw_pos_ < 2 && FillRaw(2)) {
    }
    if (failed_) return -1;
    mode_ = raw_.compare(raw_pos_, 2, "\x1f\x8b") == 0 ? Mode::kGzip : Mode::kPlain;
  }
  n = std::min<std::size_t>(n, INT_MAX);
  if (mode_ == Mode::kPlain) return ReadPlain(buf, n);
  // What was inflated before a failure is handed out first; the failure
  // comes with the next call.
  std::size_t produced = 0;
  while (produced < n && !failed_) {
    if (!in_member_ && !StartMember()) break;
    if (raw_pos_ == raw_.size() && !FillRaw(kBufferSize)) {
      if (!failed_) {
        error_ = "truncated gzip data";
        failed_ = true;
      }
      break;
    }
    zs_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    zs_.avail_in = static_cast<uInt>(std::min<std::size_t>(raw_.size() - raw_pos_, UINT_MAX));
    zs_.next_out = reinterpret_cast<Bytef*>(buf + produced);
    zs_.avail_out = static_cast<uInt>(n - produced);
    const int rc = inflate(&zs_, Z_NO_FLUSH);
    produced = n - zs_.avail_out;
    raw_pos_ = static_cast<std::size_t>(reinterpret_cast<char*>(zs_.next_in) - raw_.data());
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc == Z_MEM_ERROR) {
      error_ = "out of memory";
      failed_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      const std::string_view message = zs_.msg ? zs_.msg : "unknown";
      Damaged("damaged gzip data (" + std::string(message) + ")");
      damaged_at_end_ = message == "incorrect data check" || message == "incorrect length check";
    }
  }
  if (produced > 0) return static_cast<long>(produced);
  return failed_ ? -1 : 0;
}

// Plain bytes: those read to tell the format first, then straight from the
// file into `buf` (staged in raw_, each byte was zeroed and copied twice).
// A failure after some bytes comes with the next call.
long GzipReader::ReadPlain(char* buf, std::size_t n) {
  const std::size_t staged = std::min(n, raw_.size() - raw_pos_);
  std::memcpy(buf, raw_.data() + raw_pos_, staged);
  raw_pos_ += staged;
  if (staged == n || raw_eof_) return static_cast<long>(staged);
  ssize_t got;
  do {
    got = read(fd_, buf + staged, n - staged);
  } while (got < 0 && errno == EINTR);
  if (got < 0) {
    error_ = std::strerror(errno);
    failed_ = true;
    return staged > 0 ? static_cast<long>(staged) : -1;
  }
  if (got == 0) raw_eof_ = true;
  return static_cast<long>(staged + static_cast<std::size_t>(got));
}

bool GzipReader::Resync() {
  if (!failed_ || !damaged_) return false;
  failed_ = damaged_ = false;
  error_.clear();
  in_member_ = false;
  return SkipToMember(member_start_ + 1);
}

bool BufferedReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kBufferSize);
  const long got = in_.Read(buffer_.data() + old, kBufferSize);
  buffer_.resize(old + static_cast<std::size_t>(std::max(got, 0L)));
  if (got < 0) error_ = in_.error();
  if (got <= 0) eof_ = true;
  return got > 0;
}

BufferedReader::Line BufferedReader::ReadLine(std::string& line, std::size_t max) {
  bool too_long = false;
  std::size_t scanned = pos_;
  for (;;) {
    const std::size_t eol = buffer_.find('\n', scanned);
    if (eol != std::string::npos) {
      if (too_long || eol - pos_ > max) {
        pos_ = eol + 1;
        return Line::kTooLong;
      }
      line.assign(buffer_, pos_, eol - pos_);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      pos_ = eol + 1;
      return Line::kOk;
    }
    if (buffer_.size() - pos_ > max) {
      // Drop what was read of the overlong line and look for its end.
      too_long = true;
      pos_ = buffer_.size();
    }
    scanned = buffer_.size() - pos_;
    if (!Fill()) {
      if (!error_.empty()) return Line::kError;
      if (too_long) return Line::kTooLong;
      if (pos_ == buffer_.size()) return Line::kEnd;
      line.assign(buffer_, pos_, std::string::npos);
      pos_ = buffer_.size();
      return Line::kOk;
    }
    // Fill() moved the unread bytes to the front of the buffer.
  }
}

bool BufferedReader::ReadBytes(std::size_t n, std::string& out) {
  out.clear();
  out.reserve(n);
  while (out.size() < n) {
    if (pos_ == buffer_.size() && !Fill()) return false;
    const std::size_t take = std::min(n - out.size(), buffer_.size() - pos_);
    out.append(buffer_, pos_, take);
    pos_ += take;
  }
  return true;
}

std::string_view BufferedReader::SkipLineEndsAndPeek(std::size_t n) {
  for (;;) {
    while (pos_ < buffer_.size() && (buffer_[pos_] == '\r' || buffer_[pos_] == '\n')) ++pos_;
    if (pos_ < buffer_.size() || !Fill()) break;
  }
  while (buffer_.size() - pos_ < n && Fill()) {
  }
  return std::string_view(buffer_).substr(pos_, n);
}

void BufferedReader::Unread(std::string_view data) {
  buffer_.replace(0, pos_, data);
  pos_ = 0;
}

bool BufferedReader::Resync() {
  if (!in_.Resync()) return false;
  buffer_.clear();
  pos_ = 0;
  eof_ = false;
  error_.clear();
  return true;
}

bool BufferedReader::SkipBytes(std::size_t n) {
  while (n > 0) {
    if (pos_ == buffer_.size() && !Fill()) return false;
    const std::size_t take = std::min(n, buffer_.size() - pos_);
    pos_ += take;
    n -= take;
  }
  return true;
}

ReadOutcome ReadWholeFile(const std::string& path, std::size_t limit, std::string& out, std::string& error) {
  out.clear();
  GzipReader reader;
  if (!reader.Open(path, error)) return ReadOutcome::kFailed;
  const std::string name = path == "-" ? "stdin" : path;
  // A plain file's size up front, and a byte to find its end: the bytes
  // are read straight into `out`, not copied at every doubling of the
  // string (up to 1.6 times the file held at once) nor through a buffer.
  struct stat st;
  if (path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    out.reserve(std::min(static_cast<std::size_t>(st.st_size), limit) + 1);
  }
  for (;;) {
    const std::size_t old = out.size(), room = limit - old;
    // What `out` holds without growing, or a buffer's worth; past the limit
    // one byte, which tells a longer input from one of exactly `limit`.
    const std::size_t want = std::min(old < out.capacity() ? out.capacity() - old : kBufferSize, room > 0 ? room : 1);
    out.resize(old + want);
    const long got = reader.Read(out.data() + old, want);
    out.resize(old + static_cast<std::size_t>(std::max(got, 0L)));
    if (got < 0) {
      error = name + ": " + reader.error();
      return ReadOutcome::kFailed;
    }
    if (got == 0) return ReadOutcome::kOk;
    if (out.size() > limit) {
      out.resize(limit);
      return ReadOutcome::kTruncated;
    }
  }
}

bool Inflate(std::string_view data, std::size_t limit, std::string& out, std::string& error) {
  out.clear();
  z_stream zs{};
  // 15 + 32: zlib or gzip, detected from the header.
  int window = 15 + 32;
  const unsigned b0 = data.size() >= 2 ? static_cast<unsigned char>(data[0]) : 0;
  const unsigned b1 = data.size() >= 2 ? static_cast<unsigned char>(data[1]) : 0;
  const bool gzip_header = b0 == 0x1f && b1 == 0x8b;
  const bool zlib_header = (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
  const bool looks_wrapped = gzip_header || zlib_header;
  // Servers that say "deflate" often send raw deflate without the zlib header.
  if (!looks_wrapped) window = -15;
  if (inflateInit2(&zs, window) != Z_OK) {
    error = "out of memory";
    return false;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(data.size(), UINT_MAX));
  std::string chunk(kBufferSize, '\0');
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
    zs.avail_out = static_cast<uInt>(chunk.size());
    rc = inflate(&zs, Z_NO_FLUSH);
    const std::size_t produced = chunk.size() - zs.avail_out;
    if (rc != Z_OK && rc != Z_STREAM_END) {
      error = rc == Z_BUF_ERROR ? "truncated compressed data" : "damaged compressed data";
      inflateEnd(&zs);
      return false;
    }
    if (out.size() + produced > limit) {
      error = "inflated data larger than " + std::to_string(limit) + " bytes";
      inflateEnd(&zs);
      return false;
    }
    out.append(chunk.data(), produced);
    // A gzip body may hold several members.
    if (rc == Z_STREAM_END && zs.avail_in > 0 && window > 0) {
      if (inflateReset(&zs) != Z_OK) break;
      rc = Z_OK;
    }
  }
  inflateEnd(&zs);
  return true;
}

}  // namespace pith
