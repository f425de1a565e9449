#include "cli/batch.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#include "test_files.h"

namespace pith {
namespace {

using nlohmann::json;
using testing::ListFiles;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

std::string Article(const std::string& topic) {
  return "<html><head><title>" + topic + " report</title></head><body><h1>" + topic +
         " report</h1><p>The council voted on Tuesday to approve the new " + topic +
         " plan, which includes funding for schools, roads and the library, after a debate that lasted four "
         "hours.</p><p>Supporters said the plan was overdue, while critics argued that it would raise taxes, cut "
         "services and leave the city with less money.</p></body></html>";
}

const char kNoArticle[] = "<html><body><ul><li><a href=\"/\">Home</a></li></ul></body></html>";

struct Captured {
  int code = -1;
  std::string out;
  std::string err;
};

Captured RunWith(const BatchSettings& settings) {
  char* out_buf = nullptr;
  char* err_buf = nullptr;
  std::size_t out_len = 0, err_len = 0;
  FILE* out = open_memstream(&out_buf, &out_len);
  FILE* err = open_memstream(&err_buf, &err_len);
  Captured run;
  run.code = RunBatch(settings, out, err);
  std::fclose(out);
  std::fclose(err);
  run.out.assign(out_buf, out_len);
  run.err.assign(err_buf, err_len);
  std::free(out_buf);
  std::free(err_buf);
  return run;
}

std::vector<json> Lines(const std::string& text) {
  std::vector<json> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    lines.push_back(json::parse(text.substr(start, nl - start)));
  }
  EXPECT_EQ(start, text.size()) << "output does not end with a newline";
  return lines;
}

TEST(RunBatch, DirectoryToOutputDirectoryWithABadFile) {
  TempDir dir;
  WriteFile(dir / "in/a.html", Article("budget"));
  WriteFile(dir / "in/sub/b.htm", Article("housing"));
  WriteFile(dir / "in/sub/empty.txt", "");
  WriteFile(dir / "in/nav.html", kNoArticle);
  WriteFile(dir / "in/skip.md", Article("ignored"));
  BatchSettings s;
  s.inputs = {dir / "in"};
  s.output = dir / "out";
  s.jobs = 2;
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitFailures);
  EXPECT_EQ(ListFiles(dir / "out"), (std::vector<std::string>{"a.json", "sub/b.json"}));
  EXPECT_EQ(json::parse(ReadFile(dir / "out/sub/b.json"))["headline"], "housing report");
  EXPECT_NE(run.err.find("pith: error: " + (dir / "in/nav.html") + ": no article found\n"), std::string::npos);
  EXPECT_NE(run.err.find("pith: error: " + (dir / "in/sub/empty.txt") + ": empty input\n"), std::string::npos);
  EXPECT_NE(run.err.find("pith: 4 documents: 2 ok, 1 no article, 1 failed in "), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST(RunBatch, ThreadCountDoesNotChangeTheOutput) {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    WriteFile(dir / ("in/p" + std::to_string(i) + ".html"), i % 9 == 4 ? kNoArticle : Article("topic " + std::to_string(i)));
  }
  BatchSettings s;
  s.inputs = {dir / "in"};
  s.jsonl = true;
  s.quiet = true;
  s.jobs = 1;
  const Captured one = RunWith(s);
  s.jobs = 4;
  const Captured four = RunWith(s);
  EXPECT_EQ(one.code, kExitFailures);
  EXPECT_EQ(one.out, four.out);
  const std::vector<json> lines = Lines(one.out);
  ASSERT_EQ(lines.size(), 40u);
  // Input path order: p0, p1, p10, p11, ...
  EXPECT_EQ(lines[0]["source"], dir / "in/p0.html");
  EXPECT_EQ(lines[2]["source"], dir / "in/p10.html");
  EXPECT_EQ(lines[2]["headline"], "topic 10 report");
  EXPECT_EQ(lines[1]["source"], dir / "in/p1.html");
  EXPECT_FALSE(lines[1].contains("error"));
  // Sorted: p0 p1 p10..p19 p2 p20..p29 p3 p30..p39 p4, so p4 comes 35th.
  const json& p4 = lines[34];
  EXPECT_EQ(p4["source"], dir / "in/p4.html");
  EXPECT_EQ(p4["error"], "no article found");
  // What was found is kept: the metadata and the confidence, no body.
  EXPECT_TRUE(p4.contains("headline"));
  EXPECT_LT(p4["confidence"].get<double>(), 0.5);
  EXPECT_EQ(p4["body"], "");
  EXPECT_EQ(one.err, "");
}

TEST(RunBatch, FromJsonlKeepsOrderAndIds) {
  TempDir dir;
  const std::string records = json{{"id", "a"}, {"url", "https://example.com/2016/02/22/a"}, {"html", Article("budget")}}.dump() +
                              "\n\n{not json\n" + json{{"id", 7}, {"text", "   "}}.dump() + "\n" +
                              json{{"id", nullptr}, {"html", Article("parks")}}.dump();
  WriteFile(dir / "records.jsonl", records);
  BatchSettings s;
  s.inputs = {dir / "records.jsonl"};
  s.from_jsonl = true;
  s.jobs = 3;
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitFailures);
  const std::vector<json> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[0]["source"], dir / "records.jsonl:1");
  EXPECT_EQ(lines[0]["url"], "https://example.com/2016/02/22/a");
  EXPECT_EQ(lines[0]["headline"], "budget report");
  EXPECT_EQ(lines[1]["id"], nullptr);
  EXPECT_EQ(lines[1]["source"], dir / "records.jsonl:3");
  EXPECT_EQ(lines[1]["error"].get<std::string>().rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(lines[2]["id"], 7);
  EXPECT_FALSE(lines[2].contains("format"));
  EXPECT_EQ(lines[2]["error"], "empty input");
  EXPECT_EQ(lines[3]["headline"], "parks report");

  s.failures_ok = true;
  s.quiet = true;
  EXPECT_EQ(RunWith(s).code, kExitOk);
}

TEST(RunBatch, SkipExistingLeavesFinishedOutputs) {
  TempDir dir;
  WriteFile(dir / "in/a.html", Article("budget"));
  WriteFile(dir / "in/b.html", Article("parks"));
  WriteFile(dir / "out/a.json", "kept\n");
  BatchSettings s;
  s.inputs = {dir / "in"};
  s.output = dir / "out";
  s.skip_existing = true;
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitOk) << run.err;
  EXPECT_EQ(ReadFile(dir / "out/a.json"), "kept\n");
  EXPECT_EQ(json::parse(ReadFile(dir / "out/b.json"))["headline"], "parks report");
  EXPECT_NE(run.err.find("1 ok, 0 no article, 0 failed, 1 skipped"), std::string::npos) << run.err;
}

TEST(RunBatch, TwoInputsForOneOutputFile) {
  TempDir dir;
  WriteFile(dir / "in/a.html", Article("budget"));
  WriteFile(dir / "in/a.htm", Article("parks"));
  BatchSettings s;
  s.inputs = {dir / "in"};
  s.output = dir / "out";
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitFailures);
  EXPECT_EQ(json::parse(ReadFile(dir / "out/a.json"))["headline"], "parks report");
  EXPECT_NE(run.err.find((dir / "in/a.html") + ": output a.json would overwrite that of " + (dir / "in/a.htm")),
            std::string::npos)
      << run.err;
}

TEST(RunBatch, WarcRecordsAreDocuments) {
  TempDir dir;
  auto record = [](const std::string& uri, const std::string& http) {
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
           "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + std::to_string(http.size()) +
           "\r\n\r\n" + http + "\r\n\r\n";
  };
  // windows-1252 bytes, declared only by the HTTP header.
  std::string latin = Article("caf\xe9");
  testing::WriteGzipMembers(dir / "in/crawl.warc.gz",
                            {record("https://example.com/a", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n" + latin),
                             record("https://example.com/b", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG")});
  BatchSettings s;
  s.inputs = {dir / "in/crawl.warc.gz"};
  s.jsonl = true;
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitOk) << run.err;
  const std::vector<json> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["source"], (dir / "in/crawl.warc.gz") + "#1");
  EXPECT_EQ(lines[0]["url"], "https://example.com/a");
  EXPECT_EQ(lines[0]["headline"], "caf\xc3\xa9 report");
  // The record's own headers, whatever url the page names; null when absent.
  EXPECT_EQ(lines[0]["warc"], json::parse(R"({"target_uri": "https://example.com/a", "record_id": null, "date": null})"));
  EXPECT_NE(run.err.find("1 archive records were not HTML pages"), std::string::npos) << run.err;

  s.jsonl = false;
  s.inputs = {dir / "in"};
  s.output = dir / "out";
  EXPECT_EQ(RunWith(s).code, kExitOk);
  EXPECT_EQ(ListFiles(dir / "out"), std::vector<std::string>{"crawl/1.json"});
  EXPECT_EQ(json::parse(ReadFile(dir / "out/crawl/1.json"))["warc"]["target_uri"], "https://example.com/a");
}

TEST(RunBatch, SeveralPagesIntoOneStreamAreLabelled) {
  TempDir dir;
  WriteFile(dir / "a.html", Article("budget"));
  WriteFile(dir / "nav.html", kNoArticle);
  WriteFile(dir / "b.html", Article("parks"));
  BatchSettings s;
  s.inputs = {dir / "a.html", dir / "missing.html", dir / "nav.html", dir / "b.html"};
  s.quiet = true;
  Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitFailures);
  std::vector<json> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i]["source"], s.inputs[i]);
  EXPECT_EQ(lines[0]["headline"], "budget report");
  EXPECT_EQ(lines[1], json::parse(R"({"source": ")" + dir / "missing.html" + R"(", "error": "No such file or directory"})"));
  EXPECT_EQ(lines[2]["error"], "no article found");
  EXPECT_EQ(lines[2]["body"], "");
  EXPECT_TRUE(lines[2].contains("confidence"));

  // Text documents: separated by a form-feed line, failures only on stderr.
  s.format = OutputFormat::kText;
  run = RunWith(s);
  EXPECT_EQ(run.out, ToText(Extract(Article("budget")).article) + "\n\f\n" + ToText(Extract(Article("parks")).article) + "\n");

  // --min-confidence 0: a list of links with a line of text passes; a
  // page without a body still does not.
  WriteFile(dir / "links.html",
            "<html><body><ul><li><a href=\"/a\">First story of the day about the council</a></li><li><a "
            "href=\"/b\">Second story about the parks and the schools</a></li></ul><p>Read more stories from our "
            "site.</p></body></html>");
  s.format = OutputFormat::kJson;
  s.inputs = {dir / "links.html"};
  EXPECT_EQ(RunWith(s).code, kExitFailures);
  s.options.min_confidence = 0;
  run = RunWith(s);
  EXPECT_EQ(run.code, kExitOk);
  EXPECT_EQ(Lines(run.out)[0]["body"], "Read more stories from our site.");
  s.inputs = {dir / "nav.html"};
  EXPECT_EQ(RunWith(s).code, kExitFailures);
}

TEST(RunBatch, FoldersByExtensionAndNoInput) {
  TempDir dir;
  WriteFile(dir / "in/a.mhtml", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
                                "Content-Type: text/html\n\n" + Article("budget") + "\n--b--\n");
  WriteFile(dir / "in/b.php", Article("parks"));
  WriteFile(dir / "in/c.md", "notes");
  BatchSettings s;
  s.inputs = {dir / "in"};
  Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitOk);
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_EQ(Lines(run.out)[0]["headline"], "budget report");
  EXPECT_NE(run.err.find("; 2 files of other types skipped (--ext)\n"), std::string::npos) << run.err;
  s.extensions = {"php", "md"};
  run = RunWith(s);
  EXPECT_EQ(Lines(run.out).size(), 2u);
  s.extensions = {"xml"};
  run = RunWith(s);
  EXPECT_EQ(run.code, kExitFailures);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "pith: error: no input found (3 files of other types skipped; --ext chooses which are read)\n");
}

TEST(RunBatch, UsageErrors) {
  TempDir dir;
  WriteFile(dir / "a.html", Article("budget"));
  BatchSettings s;
  s.inputs = {dir / "a.html"};
  s.skip_existing = true;
  Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitUsage);
  EXPECT_EQ(run.err.rfind("pith: error: --skip-existing needs -o DIR\n", 0), 0u) << run.err;
  s.skip_existing = false;
  s.jsonl = true;
  s.pretty = true;
  EXPECT_EQ(RunWith(s).code, kExitUsage);
  s.pretty = false;
  s.output = dir.path();
  EXPECT_EQ(RunWith(s).code, kExitUsage);

  s = BatchSettings{};
  s.inputs = {dir / "a.html"};
  s.options.encoding = "bogus-enc";
  run = RunWith(s);
  EXPECT_EQ(run.code, kExitUsage);
  EXPECT_EQ(run.err.rfind("pith: error: --encoding: unknown character encoding \"bogus-enc\"\n", 0), 0u) << run.err;
  s.options.encoding = "Shift_JIS";
  EXPECT_EQ(RunWith(s).code, kExitOk);

  s.options.encoding.clear();
  s.output = dir / "a.html";
  run = RunWith(s);
  EXPECT_EQ(run.code, kExitUsage);
  EXPECT_NE(run.err.find("-o " + dir / "a.html" + " is an input"), std::string::npos) << run.err;
  EXPECT_EQ(ReadFile(dir / "a.html"), Article("budget"));

  s.output.clear();
  s.inputs = {dir / "a.html", dir / "a.html"};
  s.explain = s.explain_html = true;
  run = RunWith(s);
  EXPECT_EQ(run.code, kExitUsage);
  EXPECT_EQ(run.out, "");
}

TEST(RunBatch, OneFileToStdoutAsBefore) {
  TempDir dir;
  WriteFile(dir / "a.html", Article("budget"));
  BatchSettings s;
  s.inputs = {dir / "a.html"};
  const Captured run = RunWith(s);
  EXPECT_EQ(run.code, kExitOk);
  EXPECT_EQ(run.err, "");
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_EQ(Lines(run.out)[0]["headline"], "budget report");
  EXPECT_EQ(run.out.find("\"source\""), std::string::npos);
}

}  // namespace
}  // namespace pith
