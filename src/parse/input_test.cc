#include "parse/input.h"

#include <gtest/gtest.h>

#include <string>

#include "test_files.h"

namespace pith {
namespace {

using namespace std::string_literals;

TEST(LooksLikeTextCopy, ByTheFilesFirstBytes) {
  testing::TempDir dir;
  testing::WriteFile(dir / "page.html", "<!doctype html><html><body><p>Hello</p></body></html>");
  testing::WriteFile(dir / "copy.txt", "A headline\n\nBy Jane Roe\n\nThe first paragraph of the story.\n");
  testing::WriteFile(dir / "image.png", "\x89PNG\r\n\x1A\n" + std::string(100, 'x'));
  EXPECT_FALSE(LooksLikeTextCopy(dir / "page.html"));
  EXPECT_TRUE(LooksLikeTextCopy(dir / "copy.txt"));
  EXPECT_FALSE(LooksLikeTextCopy(dir / "image.png"));
  EXPECT_FALSE(LooksLikeTextCopy(dir / "missing.txt"));
  EXPECT_FALSE(LooksLikeTextCopy(dir.path()));
}

TEST(SniffBytes, EmptyAndWhitespaceAreEmpty) {
  EXPECT_EQ(SniffBytes(""), Sniffed::kEmpty);
  EXPECT_EQ(SniffBytes(" \n\t\r\n"), Sniffed::kEmpty);
}

TEST(SniffBytes, KnownBinaryFormatsAreBinary) {
  EXPECT_EQ(SniffBytes("\x89PNG\r\n\x1A\n"s + std::string(100, 'x')), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3"), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes("\x7F" "ELF\x02\x01\x01"s), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes("PK\x03\x04\x14\x00"s), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes("\xFF\xD8\xFF\xE0"s), Sniffed::kBinary);
}

TEST(SniffBytes, ControlHeavyDataIsBinary) {
  std::string noise;
  for (int i = 0; i < 4000; ++i) noise += static_cast<char>(i * 7 % 32);
  EXPECT_EQ(SniffBytes(noise), Sniffed::kBinary);
}

TEST(SniffBytes, TextAndUtf16AreNotBinary) {
  EXPECT_EQ(SniffBytes("Headline\n\nBody text."), Sniffed::kText);
  EXPECT_EQ(SniffBytes("\xFF\xFE<\0h\0t\0m\0l\0>\0"s), Sniffed::kText);
  std::string utf16le;
  for (char c : std::string("<html><body><p>Hello world</p></body></html>")) utf16le += std::string{c, '\0'};
  EXPECT_EQ(SniffBytes(utf16le), Sniffed::kText);
}

TEST(SniffBytes, Utf16OfAnyAlphabetIsText) {
  // "Привет, мир. Как дела?" in UTF-16LE without a byte order mark: every
  // other byte is 0x04, a control byte.
  std::string cyrillic;
  for (char16_t u : std::u16string(u"Привет, мир. Как дела? Всё хорошо, спасибо.")) {
    cyrillic += std::string{static_cast<char>(u & 0xFF), static_cast<char>(u >> 8)};
  }
  EXPECT_EQ(SniffBytes(cyrillic), Sniffed::kText);
  EXPECT_EQ(SniffBytes(cyrillic, "utf-16le"), Sniffed::kText);
}

TEST(SniffBytes, DeclaredEncodingComesBeforeTheControlCount) {
  // UTF-16 too short to be guessed, but declared.
  std::string hebrew;
  for (char16_t u : std::u16string(u"שלום")) hebrew += std::string{static_cast<char>(u & 0xFF), static_cast<char>(u >> 8)};
  EXPECT_EQ(SniffBytes(hebrew.substr(0, 6)), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes(hebrew.substr(0, 6), "utf-16le"), Sniffed::kText);
  // What the declared encoding makes of binary data is still binary.
  EXPECT_EQ(SniffBytes(std::string(4000, '\0'), "utf-16le"), Sniffed::kBinary);
  EXPECT_EQ(SniffBytes("\x89PNG\r\n\x1A\n"s + std::string(100, 'x'), "utf-16le"), Sniffed::kBinary);
}

TEST(SniffMarkup, DoctypeTagsAndCommentsAreHtml) {
  EXPECT_EQ(SniffMarkup("<!DOCTYPE html><html>"), Sniffed::kHtml);
  EXPECT_EQ(SniffMarkup("  \n<html lang=en>"), Sniffed::kHtml);
  EXPECT_EQ(SniffMarkup("<!-- saved from url -->\n<html>"), Sniffed::kHtml);
  EXPECT_EQ(SniffMarkup("\xEF\xBB\xBF<div>x</div>"), Sniffed::kHtml);
}

TEST(SniffMarkup, TextCopyOpeningWithAnEscapedTagIsText) {
  const std::string copy =
      "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://example.com/px?id=1\" />\n\n"
      "Markets\nTech\nA headline for the story\nby Ana Ruiz  March 2, 2016\n\n"
      "The first paragraph of the story, long enough to read as prose.\n\n"
      "The second paragraph goes on with the story.\n";
  EXPECT_EQ(SniffMarkup(copy), Sniffed::kText);
}

TEST(SniffMarkup, ProseQuotingMarkupIsText) {
  std::string copy = "How to test your page\n\n";
  for (int i = 0; i < 3; ++i) {
    copy += "Paragraph of explanation before the example, in plain words.\n";
    copy += "Another line of the tutorial that says what the code does.\n";
    copy += "<script src=\"app.js\"></script>\n";
  }
  EXPECT_EQ(SniffMarkup(copy), Sniffed::kText);
  EXPECT_EQ(SniffMarkup("<!DOCTYPE html>\n" + copy), Sniffed::kHtml);
}

TEST(SniffMarkup, PageWithPlainLinesInsideDocumentMarkupIsHtml) {
  std::string page = "<html><body>\n";
  for (int i = 0; i < 10; ++i) page += "A line of wrapped paragraph text\n";
  EXPECT_EQ(SniffMarkup(page), Sniffed::kHtml);
  EXPECT_EQ(SniffMarkup("<p>One</p>\n<p>Two</p>\nplain"), Sniffed::kHtml);
}

TEST(SniffMarkup, FragmentWithSeveralTagsIsHtml) {
  EXPECT_EQ(SniffMarkup("Intro line\n<p>One</p>\n<p>Two<br>three</p>"), Sniffed::kHtml);
}

TEST(SniffMarkup, TextMentioningAngleBracketsIsText) {
  EXPECT_EQ(SniffMarkup("Headline\n\nProfits rose <5% while costs fell.\n\nx < y > z"), Sniffed::kText);
  EXPECT_EQ(SniffMarkup("Isis claims responsibility\n\nBombings came as"), Sniffed::kText);
}

}  // namespace
}  // namespace pith
