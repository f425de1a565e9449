// libFuzzer target over the command's input readers (src/cli): the WARC
// reader, gzip reading, whole-file reading, HTTP body decoding and the
// --from-jsonl record parser. The first byte picks the reader (its low three
// bits), whether the rest is first gzip-compressed by the target (so that the
// readers see valid gzip holding fuzzed data: 0x08, in two members with 0x10,
// one byte of it damaged with 0x20) and the size limit (its top two bits).
// Each reader must keep its contract: documents or one-line errors, within
// its size limits, ending, without crashing or tripping a sanitizer.
//
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DPITH_FUZZ=ON -DPITH_SANITIZE=ON
//   cmake --build build-fuzz --target inputs_fuzz
//   build-fuzz/inputs_fuzz -max_len=65536 NEW_CORPUS tests/fuzz/inputs_seeds/
#include <nlohmann/json.hpp>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/gzip_file.h"
#include "cli/jsonl.h"
#include "cli/warc_reader.h"

namespace {

void Fail(const char* what) {
  std::fprintf(stderr, "inputs_fuzz: %s\n", what);
  std::abort();
}

void CheckError(const std::string& error) {
  if (error.empty()) Fail("failure without a message");
  if (error.find('\n') != std::string::npos) Fail("error message is not one line");
}

// The readers open a path: the bytes go into a file in memory, reopened by
// its /proc name (each open reads from the start).
std::string AsFile(std::string_view bytes) {
  static const int fd = memfd_create("inputs_fuzz", 0);
  if (fd < 0) Fail("memfd_create failed");
  if (ftruncate(fd, 0) != 0 || pwrite(fd, bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
    Fail("cannot write the input file");
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

std::string GzipMember(std::string_view data) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) Fail("deflateInit2");
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  if (deflate(&zs, Z_FINISH) != Z_STREAM_END) Fail("deflate");
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// `data` gzip-compressed as the first byte's bits ask; `data[0]` places the
// split between members and the damaged byte.
std::string Wrapped(std::uint8_t choice, std::string_view data) {
  if (!(choice & 0x08) || data.empty()) return std::string(data);
  const std::uint8_t where = static_cast<std::uint8_t>(data[0]);
  data.remove_prefix(1);
  std::string out;
  if (choice & 0x10) {
    const std::size_t split = data.size() * (where & 0x0f) / 16;
    out = GzipMember(data.substr(0, split)) + GzipMember(data.substr(split));
  } else {
    out = GzipMember(data);
  }
  if (choice & 0x20) out[out.size() * (where >> 4) / 16] ^= static_cast<char>(where | 1);
  return out;
}

// Every call must consume input: more results than bytes is a loop.
void CountStep(std::size_t& steps, std::size_t size) {
  if (++steps > size + 16) Fail("reader keeps giving results without reading on");
}

void FuzzWarc(const std::string& path, std::size_t limit, std::size_t size) {
  pith::WarcReader reader(limit);
  std::string error;
  if (!reader.Open(path, error)) Fail("cannot open the input file");
  pith::WarcDocument doc;
  std::uint64_t last = 0;
  for (std::size_t steps = 0; reader.Next(doc);) {
    CountStep(steps, size);
    if (doc.record <= last) Fail("record numbers do not increase");
    last = doc.record;
    if (!doc.error.empty()) {
      CheckError(doc.error);
    } else if (doc.payload.size() > limit) {
      Fail("payload larger than the limit");
    }
  }
}

void CheckRecord(std::string_view line) {
  std::string buffer;
  if (pith::WithLoneSurrogatesReplaced(line, buffer).size() != line.size()) Fail("surrogate repair changed the length");
  const pith::JsonlRecord record = pith::ParseJsonlRecord(line);
  if (!nlohmann::json::accept(record.id_json)) Fail("id is not JSON");
  if (!record.error.empty()) {
    CheckError(record.error);
  } else if (record.input != pith::InputFormat::kHtml && record.input != pith::InputFormat::kText) {
    Fail("record without a format");
  }
}

void FuzzJsonlLines(const std::string& path, std::size_t limit, std::size_t size) {
  pith::BufferedReader lines;
  std::string error, line;
  if (!lines.Open(path, error)) Fail("cannot open the input file");
  for (std::size_t steps = 0;; CountStep(steps, size)) {
    switch (lines.ReadLine(line, limit)) {
      case pith::BufferedReader::Line::kOk:
        if (line.size() > limit) Fail("line longer than the limit");
        if (line.find('\n') != std::string::npos) Fail("line holds a line end");
        CheckRecord(line);
        break;
      case pith::BufferedReader::Line::kTooLong:
        break;
      case pith::BufferedReader::Line::kError:
        CheckError(lines.error());
        return;
      case pith::BufferedReader::Line::kEnd:
        return;
    }
  }
}

void FuzzWholeFile(const std::string& path, std::size_t limit) {
  std::string out, error;
  switch (pith::ReadWholeFile(path, limit, out, error)) {
    case pith::ReadOutcome::kOk:
      if (out.size() > limit) Fail("whole file larger than the limit");
      break;
    case pith::ReadOutcome::kTruncated:
      if (out.size() != limit) Fail("truncated file not cut at the limit");
      break;
    case pith::ReadOutcome::kFailed:
      CheckError(error);
      break;
  }
}

void FuzzInflate(std::string_view data, std::size_t limit) {
  std::string out, error;
  if (!pith::Inflate(data, limit, out, error)) {
    CheckError(error);
  } else if (out.size() > limit) {
    Fail("inflated data larger than the limit");
  }
}

void FuzzHttp(std::string_view block, std::size_t limit) {
  pith::HttpResponse response;
  std::string error;
  if (!pith::ParseHttpResponse(block, response, error)) {
    CheckError(error);
    return;
  }
  pith::IsHtmlResponse(response);
  if (!pith::DecodeHttpBody(response, limit, error)) {
    CheckError(error);
    return;
  }
  // A body sent as it is was bounded by its record; a decoded one by `limit`.
  const std::string& coding = response.content_encoding;
  const bool decoded = response.transfer_encoding.find("chunked") != std::string::npos ||
                       (!coding.empty() && coding != "identity");
  if (decoded && response.body.size() > limit) Fail("decoded body larger than the limit");
}

// Reads on after damage, as the WARC reader does.
void FuzzGzipReader(const std::string& path, std::size_t size) {
  pith::GzipReader reader;
  std::string error;
  if (!reader.Open(path, error)) Fail("cannot open the input file");
  char buf[4096];
  for (std::size_t steps = 0;; CountStep(steps, size)) {
    const long got = reader.Read(buf, sizeof buf);
    if (got > static_cast<long>(sizeof buf)) Fail("read more than asked");
    if (got == 0) return;
    if (got < 0) {
      CheckError(reader.error());
      if (!reader.Resync()) return;
    }
  }
}

void FuzzRecordStart(std::string_view data) {
  const std::size_t at = pith::FindRecordStart(data);
  if (at == std::string_view::npos) return;
  if (data.substr(at, 5) != "WARC/" || (at > 0 && data[at - 1] != '\n')) Fail("record start is no version line");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t choice = data[0];
  static constexpr std::size_t kLimits[] = {16, 1000, 4096, 1 << 20};
  const std::size_t limit = kLimits[choice >> 6];
  const std::string bytes = Wrapped(choice, std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  // Gzip's output may be up to 1032 times its input: steps are counted
  // against a bound that holds for the data once inflated.
  const std::size_t bound = (bytes.size() + 1) * 1100;
  switch (choice & 7) {
    case 0:
      FuzzWarc(AsFile(bytes), limit, bound);
      break;
    case 1:
      FuzzJsonlLines(AsFile(bytes), limit, bound);
      break;
    case 2:
      CheckRecord(bytes);
      break;
    case 3:
      FuzzWholeFile(AsFile(bytes), limit);
      break;
    case 4:
      FuzzInflate(bytes, limit);
      break;
    case 5:
      FuzzHttp(bytes, limit);
      break;
    case 6:
      FuzzGzipReader(AsFile(bytes), bound);
      break;
    default:
      FuzzRecordStart(bytes);
      break;
  }
  return 0;
}
