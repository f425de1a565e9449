#include "encoding.h"

#include <gtest/gtest.h>

#include <string>

namespace pith {
namespace {

using namespace std::string_literals;

const std::string kPrivetMir = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80";

TEST(Encoding, Utf8PassesThroughAndLosesItsBom) {
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBF" "caf\xC3\xA9", "").text, "caf\xC3\xA9");
  EXPECT_EQ(DecodeToUtf8("plain ascii", "").text, "plain ascii");
}

TEST(Encoding, MetaCharsetIsHonoured) {
  const std::string page = "<html><head><meta charset=\"windows-1251\"></head><body>"
                           "\xCF\xF0\xE8\xE2\xE5\xF2\x2C\x20\xEC\xE8\xF0</body></html>";
  const Decoded d = DecodeToUtf8(page, "");
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_NE(d.text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, HttpEquivContentTypeIsHonoured) {
  const std::string page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                           "\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2";
  EXPECT_NE(DecodeToUtf8(page, "").text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, TransportDeclarationOutranksMeta) {
  const std::string page = "<meta charset=\"utf-8\">\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2";
  EXPECT_NE(DecodeToUtf8(page, "KOI8-R").text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, ByteOrderMarkOutranksEverything) {
  std::string utf16le = "\xFF\xFE"s;
  for (char c : std::string("<meta charset=windows-1251>Hi")) utf16le += std::string{c, '\0'};
  EXPECT_EQ(DecodeToUtf8(utf16le, "koi8-r").text, "<meta charset=windows-1251>Hi");
}

TEST(Encoding, Utf16WithoutBomIsRecognised) {
  std::string utf16be;
  for (char c : std::string("<p>Hello, world</p>")) utf16be += std::string{'\0', c};
  EXPECT_EQ(DecodeToUtf8(utf16be, "").text, "<p>Hello, world</p>");
}

TEST(Encoding, LatinOneLabelsReadAsWindows1252) {
  const std::string page = "<meta charset=iso-8859-1>\x63\x61\x66\xE9\x20\x96\x20\x93\x71\x75\x6F\x74\x65\x64\x94";
  EXPECT_NE(DecodeToUtf8(page, "").text.find("caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D"),
            std::string::npos);
}

TEST(Encoding, UndeclaredShiftJisIsDetected) {
  std::string sjis;
  for (int i = 0; i < 8; ++i) {
    sjis += "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x65\x83\x4C\x83\x58\x83\x67\x81\x41\x93\x8C\x8B\x9E\x82\xC5"
            "\x8B\x4C\x8E\xD2\x89\xEF\x8C\xA9\x82\xAA\x8D\x73\x82\xED\x82\xEA\x82\xBD\x81\x42";
  }
  const Decoded d = DecodeToUtf8(sjis, "");
  EXPECT_NE(d.text.find("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), std::string::npos) << d.encoding;
}

TEST(Encoding, InvalidUtf8BecomesReplacementCharacter) {
  const Decoded d = DecodeToUtf8("<meta charset=utf-8>ok \xFF\xFE\xFD end", "");
  EXPECT_NE(d.text.find("ok \xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(d.text.find("end"), std::string::npos);
}

TEST(Encoding, UnknownLabelFallsBackToDetection) {
  const Decoded d = DecodeToUtf8("<meta charset=no-such-thing>caf\xC3\xA9", "");
  EXPECT_EQ(d.text, "<meta charset=no-such-thing>caf\xC3\xA9");
}

TEST(Encoding, NulBytesDoNotCutText) {
  const std::string s("before\0after", 12);
  EXPECT_EQ(DecodeToUtf8(s, "").text.size(), 12u);
}

TEST(Encoding, FindsMetaCharsetForms) {
  EXPECT_EQ(FindMetaCharset("<meta charset='UTF-8'>"), "utf-8");
  EXPECT_EQ(FindMetaCharset("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=Shift_JIS\">"),
            "windows-31j");
  EXPECT_EQ(FindMetaCharset("<p>no declaration</p>"), "");
}

}  // namespace
}  // namespace pith
