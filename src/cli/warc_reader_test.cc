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
  EXPECT_EQ(doc.error, "record 2 (<urn:uuid:1>, http://example.com/a): truncated");
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

// A plain body a little over the limit fits in the room left for the HTTP
// headers, but is still no payload to hand out; one of exactly the limit is.
TEST(WarcReader, PlainPayloadJustOverTheLimitIsAnError) {
  TempDir dir;
  const auto response = [](std::size_t size) {
    return Record("response", "http://example.com/p", "application/http; msgtype=response",
                  Http("200 OK", "Content-Type: text/html\r\n", "<p>" + std::string(size - 7, 'p') + "</p>"));
  };
  testing::WriteFile(dir / "near.warc", response(1001) + response(1000));
  WarcReader reader(1000);
  std::string error;
  ASSERT_TRUE(reader.Open(dir / "near.warc", error));
  WarcDocument doc;
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "payload larger than 1000 bytes");
  EXPECT_EQ(doc.payload, "");
  ASSERT_TRUE(reader.Next(doc));
  EXPECT_EQ(doc.error, "");
  EXPECT_EQ(doc.payload.size(), 1000u);
  EXPECT_FALSE(reader.Next(doc));
}

// An HTML response with its own record id: <urn:uuid:NAME>, http://example.com/NAME.
std::string Page(const std::string& name, const std::string& body, long length_error = 0) {
  std::string r = Record("response", "http://example.com/" + name, "application/http; msgtype=response",
                         Http("200 OK", "Content-Type: text/html\r\n", body));
  r.replace(r.find("uuid:1"), 6, "uuid:" + name);
  if (length_error != 0) {
    const std::size_t at = r.find("Content-Length: ") + 16, eol = r.find('\r', at);
    r.replace(at, eol - at, std::to_string(std::stol(r.substr(at, eol - at)) + length_error));
  }
  return r;
}

// "uri: payload" per document, "! error" per damaged record.
std::vector<std::string> ReadAll(const std::string& path) {
  WarcReader reader(1 << 20);
  std::string error;
  EXPECT_TRUE(reader.Open(path, error)) << error;
  std::vector<std::string> out;
  WarcDocument doc;
  while (reader.Next(doc)) {
    out.push_back(doc.error.empty() ? "#" + std::to_string(doc.record) + " " + doc.target_uri + ": " + doc.payload
                                    : "#" + std::to_string(doc.record) + " ! " + doc.error);
  }
  return out;
}

std::string Member(const std::string& data) {
  TempDir dir;
  testing::WriteGzipMembers(dir / "m.gz", {data});
  return testing::ReadFile(dir / "m.gz");
}

TEST(WarcReader, DamagedGzipMemberCostsOnlyItsRecord) {
  TempDir dir;
  // More good data before the damage than any buffer holds.
  std::string big = "<p>";
  while (big.size() < 300000) big += "A long good page. ";
  std::string damaged = Member(Page("b", "<p>lost</p>"));
  damaged[10] = static_cast<char>(damaged[10] | 0x06);  // deflate block type 3
  testing::WriteFile(dir / "crawl.warc.gz", Member(Page("a", big)) + damaged + Member(Page("c", "<p>c</p>")) +
                                                Member(Page("d", "<p>d</p>")));
  EXPECT_EQ(ReadAll(dir / "crawl.warc.gz"),
            (std::vector<std::string>{"#1 http://example.com/a: " + big,
                                      "#2 ! record 2 (the one after <urn:uuid:a>): damaged gzip data (invalid block type)",
                                      "#3 http://example.com/c: <p>c</p>", "#4 http://example.com/d: <p>d</p>"}));
}

TEST(WarcReader, GzipCheckSumNamesTheRecordItHeld) {
  TempDir dir;
  std::string damaged = Member(Page("b", "<p>b</p>"));
  damaged[damaged.size() - 6] = static_cast<char>(damaged[damaged.size() - 6] ^ 0x55);  // the CRC-32
  testing::WriteFile(dir / "crawl.warc.gz", Member(Page("a", "<p>a</p>")) + damaged + Member(Page("c", "<p>c</p>")));
  EXPECT_EQ(ReadAll(dir / "crawl.warc.gz"),
            (std::vector<std::string>{
                "#1 http://example.com/a: <p>a</p>",
                "#2 ! record 2 (<urn:uuid:b>, http://example.com/b): damaged gzip data (incorrect data check)",
                "#3 http://example.com/c: <p>c</p>"}));
}

TEST(WarcReader, WrongContentLengthCostsOnlyItsRecord) {
  TempDir dir;
  const std::string a = Page("a", "<p>a</p>"), c = Page("c", "<p>c</p>"), d = Page("d", "<p>d</p>");
  const std::string after = "#3 http://example.com/c: <p>c</p>", last = "#4 http://example.com/d: <p>d</p>";
  const std::string good = "#1 http://example.com/a: <p>a</p>";
  const std::string named = "#2 ! record 2 (<urn:uuid:b>, http://example.com/b): Content-Length ";
  const std::size_t length = Page("b", "<p>a page about b</p>").find("\r\n\r\n") + 4;  // headers
  const std::size_t block = Page("b", "<p>a page about b</p>").size() - length - 4;
  // Too short: the rest of the block is skipped up to the next record.
  testing::WriteFile(dir / "short.warc", a + Page("b", "<p>a page about b</p>", -10) + c + d);
  EXPECT_EQ(ReadAll(dir / "short.warc"),
            (std::vector<std::string>{good, named + std::to_string(block - 10) + " does not end where a record starts",
                                      after, last}));
  // Too long: the records it swallowed are read again.
  testing::WriteFile(dir / "long.warc", a + Page("b", "<p>a page about b</p>", 60) + c + d);
  EXPECT_EQ(ReadAll(dir / "long.warc"),
            (std::vector<std::string>{good, named + std::to_string(block + 60) + " does not end where a record starts",
                                      after, last}));
  // Past the end of the file.
  testing::WriteFile(dir / "past.warc", a + Page("b", "<p>a page about b</p>", 100000) + c + d);
  EXPECT_EQ(ReadAll(dir / "past.warc"),
            (std::vector<std::string>{good, named + std::to_string(block + 100000) + " runs past the end of the file",
                                      after, last}));
  // Bytes that are no record between two records.
  testing::WriteFile(dir / "junk.warc", a + "junk\r\nmore junk\r\n" + c);
  EXPECT_EQ(ReadAll(dir / "junk.warc"),
            (std::vector<std::string>{"#1 ! record 1 (<urn:uuid:a>, http://example.com/a): Content-Length " +
                                          std::to_string(a.size() - a.find("\r\n\r\n") - 8) +
                                          " does not end where a record starts",
                                      "#2 http://example.com/c: <p>c</p>"}));
}

TEST(FindRecordStart, VersionLinesAtLineStartsOnly) {
  EXPECT_EQ(FindRecordStart("WARC/1.0\r\nx"), 0u);
  EXPECT_EQ(FindRecordStart("body\r\n\r\nWARC/1.1\r\nWARC-Type: x"), 8u);
  EXPECT_EQ(FindRecordStart("see WARC/1.0\r\n"), std::string::npos);
  EXPECT_EQ(FindRecordStart("\nWARC/1.0 and more\n"), std::string::npos);
  EXPECT_EQ(FindRecordStart("\nWARC/1.0"), std::string::npos);  // the line must end
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

TEST(DecodeHttpBody, PlainBodyOverTheLimitIsAnError) {
  HttpResponse r;
  r.body = std::string(1001, 'p');
  std::string error;
  EXPECT_FALSE(DecodeHttpBody(r, 1000, error));
  EXPECT_EQ(error, "payload larger than 1000 bytes");
  r.body.pop_back();
  EXPECT_TRUE(DecodeHttpBody(r, 1000, error));
  EXPECT_EQ(r.body.size(), 1000u);
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
