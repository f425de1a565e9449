#include "cli/diagnostic.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "util/text_util.h"

namespace pith {
namespace {

TEST(OneLine, PlainTextIsKept) {
  EXPECT_EQ(OneLine("dir/page.html: no article found"), "dir/page.html: no article found");
  EXPECT_EQ(OneLine("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\xb0"), "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\xb0");
  EXPECT_EQ(OneLine(""), "");
}

TEST(OneLine, ControlCharactersAreEscaped) {
  EXPECT_EQ(OneLine("a\nb\rc\td"), "a\\nb\\rc\\td");
  EXPECT_EQ(OneLine("x\x1b]0;owned\x07y"), "x\\x1b]0;owned\\x07y");
  EXPECT_EQ(OneLine(std::string("nul\0end", 7)), "nul\\x00end");
  EXPECT_EQ(OneLine("del\x7f"), "del\\x7f");
  // C1 CSI (U+009B) starts an escape sequence on some terminals.
  EXPECT_EQ(OneLine("\xc2\x9b" "31m"), "\\u009b31m");
  EXPECT_EQ(OneLine("\xc2\xa0"), "\xc2\xa0");  // U+00A0 is printable
}

TEST(OneLine, BytesThatAreNotUtf8AreEscaped) {
  EXPECT_EQ(OneLine("latin1 \xe9t\xe9"), "latin1 \\xe9t\\xe9");
  EXPECT_EQ(OneLine("\xc0\xaf"), "\\xc0\\xaf");          // overlong
  EXPECT_EQ(OneLine("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
  EXPECT_EQ(OneLine("cut \xe2\x80"), "cut \\xe2\\x80");
  EXPECT_TRUE(IsValidUtf8(OneLine("\xff\xfe\x80 mixed \xf0\x9f")));
}

TEST(OneLine, LongTextKeepsItsStartAndEnd) {
  const std::string huge = "stdin:4: malformed JSON: last read: '" + std::string(100'000'000, 'x') + "<END>'";
  const std::string line = OneLine(huge);
  EXPECT_LE(line.size(), kMaxMessageBytes);
  EXPECT_EQ(line.rfind("stdin:4: malformed JSON", 0), 0u) << line;
  EXPECT_EQ(line.substr(line.size() - 6), "<END>'");
  EXPECT_NE(line.find(" bytes ...]"), std::string::npos);
  // The elided count is what is missing.
  const std::size_t open = line.find("[... "), close = line.find(" bytes ...]");
  const std::size_t elided = std::stoul(line.substr(open + 5, close - open - 5));
  EXPECT_EQ(elided + open + (line.size() - close - 11), huge.size());
}

TEST(OneLine, EscapesCountTowardsTheBound) {
  const std::string line = OneLine(std::string(300, '\x1b'), 100);
  EXPECT_LE(line.size(), 100u);
  EXPECT_EQ(line.find('\x1b'), std::string::npos);
  // An escape is never cut in half.
  EXPECT_EQ(line.rfind("\\x1b", 0), 0u);
  EXPECT_EQ(line.substr(line.size() - 4), "\\x1b");
  // Multi-byte characters are never cut either.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xc3\xa9";
  EXPECT_TRUE(IsValidUtf8(OneLine(accents, 51)));
  EXPECT_LE(OneLine(accents, 51).size(), 51u);
}

TEST(PrintUsageError, OneEscapedLineThenTheHelpPointer) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  PrintUsageError(f, "--ext: bad\nvalue");
  std::rewind(f);
  char buf[256] = {};
  const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  EXPECT_EQ(std::string(buf, n), "pith: error: --ext: bad\\nvalue\nRun with --help for usage.\n");
}

}  // namespace
}  // namespace pith
