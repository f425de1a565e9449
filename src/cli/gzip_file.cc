#include "cli/gzip_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace pith {

namespace {

// zlib's default is 8 KiB; larger reads cost fewer system calls.
constexpr unsigned kBufferSize = 128 * 1024;

}  // namespace

GzipReader::~GzipReader() {
  if (file_) gzclose(file_);
}

bool GzipReader::Open(const std::string& path, std::string& error) {
  int fd = path == "-" ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const std::string name = path == "-" ? "stdin" : path;
  if (fd < 0) {
    error = name + ": " + std::strerror(errno);
    return false;
  }
  file_ = gzdopen(fd, "rb");
  if (!file_) {
    close(fd);
    error = name + ": out of memory";
    return false;
  }
  gzbuffer(file_, kBufferSize);
  return true;
}

long GzipReader::Read(char* buf, std::size_t n) {
  if (!file_) {
    error_ = "not open";
    return -1;
  }
  const unsigned want = static_cast<unsigned>(std::min<std::size_t>(n, INT_MAX));
  errno = 0;
  const int got = gzread(file_, buf, want);
  int code = Z_OK;
  const char* message = gzerror(file_, &code);
  if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) {
    if (code == Z_ERRNO) {
      error_ = std::strerror(errno ? errno : EIO);
    } else if (code == Z_BUF_ERROR) {
      error_ = "truncated gzip data";
    } else {
      error_ = std::string("damaged gzip data (") + (message ? message : "unknown") + ")";
    }
    return -1;
  }
  return got;
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
  std::string chunk(kBufferSize, '\0');
  for (;;) {
    const long got = reader.Read(chunk.data(), chunk.size());
    if (got < 0) {
      error = name + ": " + reader.error();
      return ReadOutcome::kFailed;
    }
    if (got == 0) return ReadOutcome::kOk;
    const std::size_t room = limit - out.size();
    if (static_cast<std::size_t>(got) > room) {
      out.append(chunk.data(), room);
      return ReadOutcome::kTruncated;
    }
    out.append(chunk.data(), static_cast<std::size_t>(got));
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
