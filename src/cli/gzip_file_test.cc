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

TEST(GzipReader, PlainFileInSmallReadsComesBackWholeAndInOrder) {
  TempDir dir;
  std::string data;
  for (int i = 0; i < 3000; ++i) data += std::to_string(i) + ",";
  WriteFile(dir / "a.txt", data);
  GzipReader in;
  std::string error;
  ASSERT_TRUE(in.Open(dir / "a.txt", error)) << error;
  std::string out;
  char buf[7];
  for (long got; (got = in.Read(buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(got));
  EXPECT_EQ(out, data);
  EXPECT_EQ(in.Read(buf, sizeof buf), 0);
}

TEST(ReadWholeFile, PlainFileStopsAtTheLimit) {
  TempDir dir;
  WriteFile(dir / "a.html", std::string(300000, 'y'));
  std::string out, error;
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 200000, out, error), ReadOutcome::kTruncated);
  EXPECT_EQ(out, std::string(200000, 'y'));
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 300000, out, error), ReadOutcome::kOk);
  EXPECT_EQ(out.size(), 300000u);
}

TEST(ReadWholeFile, EmptyOneByteAndLimitAtTheSize) {
  TempDir dir;
  std::string out, error;
  WriteFile(dir / "empty.html", "");
  EXPECT_EQ(ReadWholeFile(dir / "empty.html", 10, out, error), ReadOutcome::kOk);
  EXPECT_EQ(out, "");
  // One byte, the first of gzip's magic: too short to be gzip.
  WriteFile(dir / "one.html", "\x1f");
  EXPECT_EQ(ReadWholeFile(dir / "one.html", 10, out, error), ReadOutcome::kOk);
  EXPECT_EQ(out, "\x1f");
  WriteFile(dir / "a.html", "<p>hi</p>");
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 9, out, error), ReadOutcome::kOk);
  EXPECT_EQ(out, "<p>hi</p>");
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 8, out, error), ReadOutcome::kTruncated);
  EXPECT_EQ(out, "<p>hi</p");
  EXPECT_EQ(ReadWholeFile(dir / "a.html", 0, out, error), ReadOutcome::kTruncated);
  EXPECT_EQ(out, "");
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

std::string Member(const std::string& data) { return Deflated(data, 15 + 16); }

// A gzip member whose first deflate block has the reserved type 3.
std::string DamagedMember(const std::string& data) {
  std::string member = Member(data);
  member[10] = static_cast<char>(member[10] | 0x06);
  return member;
}

// Everything a GzipReader gives, resynchronising after each failure; the
// failures in `errors`.
std::string ReadAll(const std::string& path, std::vector<std::string>& errors) {
  GzipReader in;
  std::string error, out;
  EXPECT_TRUE(in.Open(path, error)) << error;
  std::string chunk(100000, '\0');
  for (;;) {
    const long got = in.Read(chunk.data(), chunk.size());
    if (got > 0) {
      out.append(chunk.data(), static_cast<std::size_t>(got));
    } else if (got == 0) {
      return out;
    } else {
      errors.push_back(in.error());
      if (!in.Resync()) return out;
    }
  }
}

TEST(GzipReader, DamagedMemberCostsOnlyItself) {
  TempDir dir;
  // The good data before the damage is larger than any buffer.
  std::string before;
  for (int i = 0; before.size() < 300000; ++i) before += "good record " + std::to_string(i) + "\n";
  WriteFile(dir / "a.gz", Member(before) + DamagedMember("lost record\n") + Member("after 1\n") + Member("after 2\n"));
  std::vector<std::string> errors;
  EXPECT_EQ(ReadAll(dir / "a.gz", errors), before + "after 1\nafter 2\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "damaged gzip data (invalid block type)");
}

TEST(GzipReader, GarbageBetweenMembersIsDamageTrailingGarbageIsNot) {
  TempDir dir;
  WriteFile(dir / "a.gz", Member("one\n") + "garbage" + Member("two\n") + "trailing");
  std::vector<std::string> errors;
  EXPECT_EQ(ReadAll(dir / "a.gz", errors), "one\ntwo\n");
  EXPECT_EQ(errors, (std::vector<std::string>{"damaged gzip data (not a gzip member at byte " +
                                              std::to_string(Member("one\n").size()) + ")"}));
}

TEST(GzipReader, ResyncFindsAMemberTheDamageSwallowed) {
  TempDir dir;
  // A member cut short: inflate reads on into the next member before it
  // fails, so the search starts back at the damaged member.
  const std::string cut = Member(std::string(5000, 'x') + "tail").substr(0, 40);
  WriteFile(dir / "a.gz", Member("one\n") + cut + Member("two\n") + Member("three\n"));
  std::vector<std::string> errors;
  const std::string got = ReadAll(dir / "a.gz", errors);
  EXPECT_EQ(got.substr(0, 4), "one\n");
  EXPECT_EQ(got.substr(got.size() - 10), "two\nthree\n");
  EXPECT_EQ(errors.size(), 1u);
}

TEST(GzipReader, PlainDataAndTruncationAreNotResynchronised) {
  TempDir dir;
  WriteFile(dir / "plain", std::string(300000, 'p'));
  std::vector<std::string> errors;
  EXPECT_EQ(ReadAll(dir / "plain", errors), std::string(300000, 'p'));
  EXPECT_TRUE(errors.empty());
  const std::string member = Member("complete\n");
  WriteFile(dir / "cut.gz", member + member.substr(0, member.size() - 4));
  EXPECT_EQ(ReadAll(dir / "cut.gz", errors).substr(0, 9), "complete\n");
  EXPECT_EQ(errors, std::vector<std::string>{"truncated gzip data"});
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
