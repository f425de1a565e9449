#include "cli/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "test_files.h"

namespace pith {
namespace {

using testing::TempDir;

std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type +
                  "\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-05-06T08:27:00Z\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string Http(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

std::string Gzipped(const std::string& data) {
  TempDir dir;
  testing::WriteGzipMembers(dir / "x.gz", {data});
  return testing::ReadFile(dir / "x.gz");
}

const std::string kPage = "<html><body><p>caf\xe9</p></body></html>";

std::vector<std::string> SampleRecords() {
  return {
      Record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
      Record("request", "http://example.com/a", "application/http; msgtype=request",
             "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"),
      Record("response", "http://example.com/a", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n", kPage)),
      Record("response", "http://example.com/logo.png", "application/http; msgtype=response",
             Http("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
      Record("response", "http://example.com/gone", "application/http; msgtype=response",
             Http("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>")),
      Record("metadata", "http://example.com/a", "application/warc-fields", "fetchTimeMs: 12\r\n"),
      Record("response", "<http://example.com/b>", "application/http; msgtype=response",
             Http("200 OK",
                  "Content-Type: application/xhtml+xml\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                  [] {
                    const std::string gz = Gzipped("<p>second page</p>");
                    const std::string half = gz.substr(0, 10), rest = gz.substr(10);
                    char size[16];
                    std::snprintf(size, sizeof size, "%zx", rest.size());
                    return "a\r\n" + half + "\r\n" + size + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n";
                  }())),
  };
}

void ExpectSampleDocuments(const std::string& path) {
  WarcReader reader(1 << 20);
  std::string error;
  ASSERT_TRUE(reader.Open(path, error)) << error;
  WarcDocument doc;
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "");
  EXPECT_EQ(doc.record, 3u);
  EXPECT_EQ(doc.target_uri, "http://example.com/a");
  EXPECT_EQ(doc.record_id, "<urn:uuid:1>");
  EXPECT_EQ(doc.date, "2024-05-06T08:27:00Z");
  EXPECT_EQ(doc.charset, "ISO-8859-1");
  EXPECT_EQ(doc.payload, kPage);
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "");
  EXPECT_EQ(doc.record, 7u);
  EXPECT_EQ(doc.target_uri, "http://example.com/b");
  EXPECT_EQ(doc.payload, "<p>second page</p>");
  EXPECT_FALSE(reader.Next(doc));
  EXPECT_EQ(reader.skipped(), 5u);
}

TEST(WarcReader, HtmlResponsesOnly) {
  TempDir dir;
  std::string all;
  for (const std::string& r : SampleRecords()) all += r;
  testing::WriteFile(dir / "crawl.warc", all);
  ExpectSampleDocuments(dir / "crawl.warc");
}

TEST(WarcReader, OneGzipMemberPerRecord) {
  TempDir dir;
  testing::WriteGzipMembers(dir / "crawl.warc.gz", SampleRecords());
  ExpectSampleDocuments(dir / "crawl.warc.gz");
}

TEST(WarcReader, NotAWarcFile) {
  TempDir dir;
  testing::WriteFile(dir / "page.warc", "<html><body>hello</body></html>\n");
  WarcReader reader(1 << 20);
  std::string error;
  ASSERT_TRUE(reader.Open(dir / "page.warc", error));
  WarcDocument doc;
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "not a WARC file");
  EXPECT_FALSE(reader.Next(doc));
}

TEST(WarcReader, TruncatedRecordIsReportedOnce) {
  TempDir dir;
  const std::string records = SampleRecords()[2] + SampleRecords()[2];
  testing::WriteFile(dir / "cut.warc", records.substr(0, records.size() - 30));
  WarcReader reader(1 << 20);
  std::string error;
  ASSERT_TRUE(reader.Open(dir / "cut.warc", error));
  WarcDocument doc;
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "");
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "record 2: truncated");
  EXPECT_FALSE(reader.Next(doc));
}

TEST(WarcReader, OversizedHtmlPayloadIsAnError) {
  TempDir dir;
  const std::string big(3 << 20, 'p');
  testing::WriteFile(dir / "big.warc",
                     Record("response", "http://example.com/big", "application/http; msgtype=response",
                            Http("200 OK", "Content-Type: text/html\r\n", "<p>" + big + "</p>")) +
                         SampleRecords()[2]);
  WarcReader reader(1000);
  std::string error;
  ASSERT_TRUE(reader.Open(dir / "big.warc", error));
  WarcDocument doc;
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "payload larger than 1000 bytes");
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "");
  EXPECT_EQ(doc.payload, kPage);
}

TEST(ParseHttpResponse, StatusTypeAndEncodings) {
  HttpResponse r;
  std::string error;
  ASSERT_TRUE(ParseHttpResponse(
      "HTTP/1.0 203 Non-Authoritative\nCONTENT-TYPE: Text/HTML;Charset=utf-8\ncontent-encoding: GZIP\n\nbody", r,
      error));
  EXPECT_EQ(r.status, 203);
  EXPECT_EQ(r.media_type, "text/html");
  EXPECT_EQ(r.charset, "utf-8");
  EXPECT_EQ(r.content_encoding, "gzip");
  EXPECT_EQ(r.body, "body");
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", r, error));
}

TEST(DecodeHttpBody, UnsupportedEncodingAndBadChunks) {
  HttpResponse r;
  r.content_encoding = "br";
  std::string error;
  EXPECT_FALSE(DecodeHttpBody(r, 1000, error));
  EXPECT_EQ(error, "unsupported content encoding \"br\"");
  r = HttpResponse{};
  r.transfer_encoding = "chunked";
  r.body = "zz\r\nabc\r\n0\r\n\r\n";
  EXPECT_FALSE(DecodeHttpBody(r, 1000, error));
  EXPECT_EQ(error, "damaged chunked body");
}

TEST(IsHtmlResponse, ByTypeOrByMarkupWithoutType) {
  HttpResponse r;
  r.media_type = "text/plain";
  r.body = "<html>";
  EXPECT_FALSE(IsHtmlResponse(r));
  r.media_type = "";
  EXPECT_TRUE(IsHtmlResponse(r));
  r.body = "plain words";
  EXPECT_FALSE(IsHtmlResponse(r));
}

}  // namespace
}  // namespace pith
