#include "cli/gzip_file.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "test_files.h"

namespace pith {
namespace {

using testing::TempDir;
using testing::WriteFile;
using testing::WriteGzipMembers;

std::string Deflated(std::string_view data, int window) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(ReadWholeFile, PlainFileAsIs) {
  TempDir dir;
  WriteFile(dir / "a.html", "<p>hello</p>");
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 1000, out, error), ReadOutcome::kOk);
  EXPECT_EQ(out, "<p>hello</p>");
}

TEST(ReadWholeFile, GzipEveryMember) {
  TempDir dir;
  WriteGzipMembers(dir / "a.html.gz", {"<p>first</p>", "<p>second</p>"});
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "a.html.gz", 1000, out, error), ReadOutcome::kOk) << error;
  EXPECT_EQ(out, "<p>first</p><p>second</p>");
}

TEST(ReadWholeFile, StopsAtTheLimit) {
  TempDir dir;
  WriteGzipMembers(dir / "big.gz", {std::string(100000, 'x')});
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "big.gz", 10, out, error), ReadOutcome::kTruncated);
  EXPECT_EQ(out, std::string(10, 'x'));
}

TEST(ReadWholeFile, MissingFileNamesTheReason) {
  TempDir dir;
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "none.html", 10, out, error), ReadOutcome::kFailed);
  EXPECT_EQ(error, (dir / "none.html") + ": No such file or directory");
}

TEST(ReadWholeFile, TruncatedGzipIsAnError) {
  TempDir dir;
  WriteGzipMembers(dir / "a.gz", {std::string(5000, 'y') + "some more text to compress"});
  std::string whole = testing::ReadFile(dir / "a.gz");
  WriteFile(dir / "cut.gz", whole.substr(0, whole.size() / 2));
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "cut.gz", 100000, out, error), ReadOutcome::kFailed);
  EXPECT_NE(error.find("truncated gzip data"), std::string::npos) << error;
}

TEST(Inflate, GzipZlibAndRawDeflate) {
  const std::string text = "<html><body>" + std::string(3000, 'a') + "</body></html>";
  for (int window : {15 + 16, 15, -15}) {
    std::string out, error;
    EXPECT_TRUE(Inflate(Deflated(text, window), 1 << 20, out, error)) << window << ": " << error;
    EXPECT_EQ(out, text) << window;
  }
}

TEST(Inflate, RefusesMoreThanTheLimitAndDamagedData) {
  std::string out, error;
  EXPECT_FALSE(Inflate(Deflated(std::string(100000, 'z'), 15 + 16), 1000, out, error));
  EXPECT_NE(error.find("larger than 1000 bytes"), std::string::npos) << error;
  std::string damaged = Deflated(std::string(1000, 'q') + "tail", 15 + 16);
  damaged.resize(damaged.size() / 2);
  EXPECT_FALSE(Inflate(damaged, 1 << 20, out, error));
}

TEST(BufferedReader, LinesWithAndWithoutEndings) {
  TempDir dir;
  WriteFile(dir / "lines", "one\r\ntwo\n\nlast");
  BufferedReader in;
  std::string error, line;
  ASSERT_TRUE(in.Open(dir / "lines", error));
  std::vector<std::string> lines;
  while (in.ReadLine(line, 100) == BufferedReader::Line::kOk) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "", "last"}));
}

TEST(BufferedReader, OverlongLineIsSkippedToItsEnd) {
  TempDir dir;
  WriteFile(dir / "lines", "short\n" + std::string(300000, 'x') + "\nafter\n");
  BufferedReader in;
  std::string error, line;
  ASSERT_TRUE(in.Open(dir / "lines", error));
  EXPECT_EQ(in.ReadLine(line, 1000), BufferedReader::Line::kOk);
  EXPECT_EQ(in.ReadLine(line, 1000), BufferedReader::Line::kTooLong);
  EXPECT_EQ(in.ReadLine(line, 1000), BufferedReader::Line::kOk);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(in.ReadLine(line, 1000), BufferedReader::Line::kEnd);
}

}  // namespace
}  // namespace pith
