#include "parse/mhtml.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "pith/pith.h"

namespace pith {
namespace {

// As Chrome writes it: the page first, quoted-printable, then its images.
const std::string kChrome =
    "From: <Saved by Blink>\r\n"
    "Snapshot-Content-Location: https://example.com/news/story\r\n"
    "Subject: =?utf-8?Q?A_story?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related;\r\n"
    "\ttype=\"text/html\";\r\n"
    "\tboundary=\"----MultipartBoundary--abc----\"\r\n"
    "\r\n"
    "\r\n"
    "------MultipartBoundary--abc----\r\n"
    "Content-Type: text/html\r\n"
    "Content-ID: <frame-1@mhtml.blink>\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://example.com/news/story?utm=x\r\n"
    "\r\n"
    "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-8\">=\r\n"
    "</head><body><p class=3D\"lead\">Caf=C3=A9 owners =3D happy</p></body></html>\r\n"
    "------MultipartBoundary--abc----\r\n"
    "Content-Type: image/png\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "Content-Location: https://example.com/logo.png\r\n"
    "\r\n"
    "iVBORw0KGgo=\r\n"
    "------MultipartBoundary--abc------\r\n";

TEST(LooksLikeMhtml, ByItsHeaderBlock) {
  EXPECT_TRUE(LooksLikeMhtml(kChrome));
  EXPECT_TRUE(LooksLikeMhtml("\xEF\xBB\xBFMIME-Version: 1.0\nContent-Type: Multipart/Related; boundary=x\n\n"));
  EXPECT_FALSE(LooksLikeMhtml("<html><body>MIME-Version: 1.0</body></html>"));
  EXPECT_FALSE(LooksLikeMhtml("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n"));
  EXPECT_FALSE(LooksLikeMhtml("Content-Type: multipart/related; boundary=x\n\n"));
  // Only the header block counts: the words later in a text copy do not.
  EXPECT_FALSE(LooksLikeMhtml("A headline\n\nMIME-Version: 1.0\nContent-Type: multipart/related\n"));
  EXPECT_FALSE(LooksLikeMhtml(""));
}

TEST(ReadMhtml, ChromesPageWithItsAddress) {
  const std::optional<MhtmlPage> page = ReadMhtml(kChrome);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html,
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "</head><body><p class=\"lead\">Caf\xC3\xA9 owners = happy</p></body></html>");
  EXPECT_EQ(page->location, "https://example.com/news/story");
  EXPECT_EQ(page->charset, "");
}

TEST(ReadMhtml, Base64PartWithCharsetAndPartLocation) {
  const std::string mht =
      "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b1\n\n"
      "--b1\nContent-Type: text/html; charset=\"windows-1252\"\nContent-Transfer-Encoding: BASE64\n"
      "Content-Location: https://example.org/a\n\n"
      "PHA+Q2Fm6TwvcD4=\n--b1--\n";
  const std::optional<MhtmlPage> page = ReadMhtml(mht);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html, "<p>Caf\xE9</p>");
  EXPECT_EQ(page->charset, "windows-1252");
  EXPECT_EQ(page->location, "https://example.org/a");
}

TEST(ReadMhtml, StartParameterAndNestedParts) {
  const std::string mht =
      "MIME-Version: 1.0\nContent-Type: multipart/related; start=\"<main>\"; boundary=outer\n\n"
      "--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
      "--inner\nContent-Type: text/plain\n\nplain\n--inner\nContent-Type: text/html\n\n<p>frame</p>\n--inner--\n"
      "--outer\nContent-Type: text/html\nContent-ID: <main>\nContent-Location: cid:main\n\n<p>main</p>\n--outer--\n";
  const std::optional<MhtmlPage> page = ReadMhtml(mht);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html, "<p>main</p>");
  EXPECT_EQ(page->location, "");  // a cid: address is no page address
}

TEST(ReadMhtml, MalformedMessages) {
  const std::string head = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n";
  EXPECT_FALSE(ReadMhtml("MIME-Version: 1.0\nContent-Type: multipart/related\n\n--b\n\n<p>x</p>"));  // no boundary
  EXPECT_FALSE(ReadMhtml(head + "--b\nContent-Type: image/png\n\nPNG\n--b--\n"));              // no page
  EXPECT_FALSE(ReadMhtml(head));                                                               // no parts
  EXPECT_FALSE(ReadMhtml(""));
  // Cut short: the page runs to the end of the bytes.
  std::optional<MhtmlPage> page = ReadMhtml(head + "--b\nContent-Type: text/html\n\n<p>cut");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html, "<p>cut");
  // Headers cut short: a part with no body.
  page = ReadMhtml(head + "--b\nContent-Type: text/html");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html, "");
  // A parameter without a value, and a boundary line with transport padding.
  page = ReadMhtml("MIME-Version: 1.0\nContent-Type: multipart/related; odd; boundary=b\n\n--b  \n"
                   "Content-Type: text/html\n\n<p>x</p>\n--b--\n");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->html, "<p>x</p>");
}

TEST(DecodeQuotedPrintable, EscapesSoftBreaksAndBadEscapes) {
  EXPECT_EQ(DecodeQuotedPrintable("a=3Db"), "a=b");
  EXPECT_EQ(DecodeQuotedPrintable("long=\r\nline"), "longline");
  EXPECT_EQ(DecodeQuotedPrintable("long= \t\nline"), "longline");
  EXPECT_EQ(DecodeQuotedPrintable("=e2=80=99"), "\xE2\x80\x99");
  EXPECT_EQ(DecodeQuotedPrintable("100=%"), "100=%");
  EXPECT_EQ(DecodeQuotedPrintable("=4"), "=4");
  EXPECT_EQ(DecodeQuotedPrintable("end="), "end");
  EXPECT_EQ(DecodeQuotedPrintable("hard\r\nbreak"), "hard\r\nbreak");
}

TEST(DecodeBase64, IgnoresLineBreaksAndStopsAtPadding) {
  EXPECT_EQ(DecodeBase64("aGVs\r\nbG8="), "hello");
  EXPECT_EQ(DecodeBase64("aGVsbG8"), "hello");
  EXPECT_EQ(DecodeBase64("!!aGk=trailing"), "hi");
  EXPECT_EQ(DecodeBase64(""), "");
}

TEST(Extract, MhtmlGivesItsPageWithTheFilesAddress) {
  const std::string page =
      "<html><head><title>Cafe owners are happy</title></head><body><article><h1>Cafe owners are happy</h1>" +
      std::string(6, ' ') +
      "<p>The owners of the cafes in the old town said on Monday that the summer had been the best they could "
      "remember, with queues out of the door from morning to night.</p><p>Tourists came back in numbers not seen "
      "since before the pandemic, and many of them stayed longer than they had planned to stay.</p><p>The town "
      "council said it would keep the streets closed to cars for another season after the trial.</p>"
      "</article></body></html>";
  std::string qp;
  for (char c : page) qp += c == '=' ? std::string("=3D") : std::string(1, c);
  const std::string mht =
      "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\nSnapshot-Content-Location: "
      "https://example.com/2024/05/06/cafes\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: "
      "quoted-printable\n\n" + qp + "\n--b--\n";
  const Result direct = Extract(page);
  const Result wrapped = Extract(mht);
  ASSERT_TRUE(direct.ok()) << direct.error;
  ASSERT_TRUE(wrapped.ok()) << wrapped.error;
  EXPECT_EQ(wrapped.article.headline, direct.article.headline);
  EXPECT_EQ(wrapped.article.body, direct.article.body);
  EXPECT_EQ(wrapped.article.format, "html");
  EXPECT_EQ(wrapped.article.url, "https://example.com/2024/05/06/cafes");
  Options url;
  url.url = "https://example.com/given";
  EXPECT_EQ(Extract(mht, url).article.url, "https://example.com/given");
  Options text;
  text.input = InputFormat::kText;
  EXPECT_EQ(Extract(mht, text).article.format, "text");
  const Result no_page = Extract("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n\n");
  EXPECT_EQ(no_page.status, Status::kNotADocument);
  EXPECT_EQ(no_page.error, "MHTML file without an HTML part");
}

// Damaged copies of a message never crash, hang or read out of bounds
// (the sanitizer build checks the last).
TEST(ReadMhtml, SurvivesRandomDamage) {
  std::mt19937 random(18);
  for (int round = 0; round < 2000; ++round) {
    std::string damaged = kChrome;
    const int edits = 1 + static_cast<int>(random() % 8);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % damaged.size();
      switch (random() % 3) {
        case 0: damaged[at] = "=-\r\n:;\"\\"[random() % 8]; break;
        case 1: damaged.erase(at, random() % 16); break;
        default: damaged.insert(at, damaged.substr(random() % damaged.size(), random() % 32)); break;
      }
      if (damaged.empty()) damaged = "x";
    }
    if (LooksLikeMhtml(damaged)) (void)ReadMhtml(damaged);
    (void)ReadMhtml(damaged);
    (void)Extract(damaged);
  }
}

}  // namespace
}  // namespace pith
