#include "cli/fixture_check.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "test_files.h"

namespace pith {
namespace {

using nlohmann::json;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

const std::string kPage =
    "<html><head><title>Budget passes</title></head><body><h1>Budget passes</h1>"
    "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
    "the library, after a debate that lasted four hours.</p><p>Supporters said the plan was overdue, while "
    "critics argued that it would raise taxes, cut services and leave the city with less money.</p></body></html>";

std::string ActualJson(const std::string& input) { return ToJson(Extract(input).article); }

// A fixture whose expected.json is today's output with `changes` applied.
void MakeFixture(const std::string& dir, const json& changes) {
  WriteFile(dir + "/input.html", kPage);
  json expected = json::parse(ActualJson(kPage));
  expected.update(changes);
  WriteFile(dir + "/expected.json", expected.dump(1));
}

TEST(CheckFixture, PassesWhenEveryFieldMatches) {
  TempDir dir;
  MakeFixture(dir / "good", json::object());
  const FixtureReport r = CheckFixture(dir / "good");
  EXPECT_TRUE(r.passed) << r.details;
  EXPECT_EQ(r.name, "good");
}

TEST(CheckFixture, NamesEachDifferingField) {
  TempDir dir;
  MakeFixture(dir / "bad", {{"headline", "Budget fails"}, {"authors", {"Ann Lee"}}});
  const FixtureReport r = CheckFixture(dir / "bad");
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.message, "authors differs");  // fields in name order
  EXPECT_NE(r.details.find("headline differs\n  expected: \"Budget fails\"\n  actual:   \"Budget passes\"\n"),
            std::string::npos)
      << r.details;
  EXPECT_NE(r.details.find("authors differs\n  expected: [\"Ann Lee\"]\n  actual:   []\n"), std::string::npos);
}

TEST(CheckFixture, OnlyTheFieldsExpectedNames) {
  TempDir dir;
  WriteFile(dir / "partial/input.html", kPage);
  WriteFile(dir / "partial/expected.json", R"({"headline": "Budget passes"})");
  EXPECT_TRUE(CheckFixture(dir / "partial").passed);
  WriteFile(dir / "partial/expected.json", R"({"headline": "Budget passes", "title": "x"})");
  EXPECT_EQ(CheckFixture(dir / "partial").message, "expected.json names an unknown field \"title\"");
}

TEST(CheckFixture, BodyToleranceFromOptionsOrDefault) {
  TempDir dir;
  const std::string body = Extract(kPage).article.body;
  // One extra paragraph of 6 words after about 50: F1 near 0.9.
  MakeFixture(dir / "near", {{"body", body + "\n\nSign up for our daily newsletter today"}});
  FixtureReport r = CheckFixture(dir / "near");
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.message.rfind("body differs (F1 0.", 0), 0u) << r.message;
  EXPECT_NE(r.details.find("  (2 paragraphs the same)\n- Sign up for our daily newsletter today\n"), std::string::npos)
      << r.details;
  EXPECT_TRUE(CheckFixture(dir / "near", 0.8).passed);
  EXPECT_FALSE(CheckFixture(dir / "near", 0.99).passed);
  WriteFile(dir / "near/options", "# tolerate chrome\n--body-min-f1=0.8\n");
  EXPECT_TRUE(CheckFixture(dir / "near", 0.99).passed);
  WriteFile(dir / "near/options", "--body-min-f1 0.99\n");
  r = CheckFixture(dir / "near", 0.5);
  EXPECT_EQ(r.message.rfind("body differs: F1 0.", 0), 0u) << r.message;
  EXPECT_NE(r.message.find(" < 0.990"), std::string::npos) << r.message;
}

TEST(CheckFixture, OptionsAndUrlReachExtract) {
  TempDir dir;
  MakeFixture(dir / "f", json::object());
  WriteFile(dir / "f/url", "https://example.com/budget\n");
  EXPECT_EQ(CheckFixture(dir / "f").message, "url differs");
  std::filesystem::remove(dir / "f/url");
  WriteFile(dir / "f/options", "--input text");
  const FixtureReport text = CheckFixture(dir / "f");
  EXPECT_FALSE(text.passed);
  EXPECT_NE(text.details.find("format differs\n  expected: \"html\"\n  actual:   \"text\"\n"), std::string::npos)
      << text.details;
  WriteFile(dir / "f/options", "--colour red");
  EXPECT_EQ(CheckFixture(dir / "f").message, "options: unknown option or value \"--colour red\"");
}

TEST(CheckFixture, ErrorFixtures) {
  TempDir dir;
  WriteFile(dir / "empty/input.txt", "  \n");
  WriteFile(dir / "empty/expected.json", R"({"error": "empty input"})");
  EXPECT_TRUE(CheckFixture(dir / "empty").passed);
  WriteFile(dir / "empty/expected.json", R"({"error": "no article found"})");
  EXPECT_EQ(CheckFixture(dir / "empty").message, "error differs");
  MakeFixture(dir / "article", json::object());
  WriteFile(dir / "article/expected.json", R"({"error": "empty input"})");
  EXPECT_EQ(CheckFixture(dir / "article").message, "expected the error \"empty input\", got an article");
}

TEST(UpdateFixture, WritesTodaysOutputAndRefusesEmptyBodies) {
  TempDir dir;
  MakeFixture(dir / "f", {{"headline", "Old"}});
  FixtureReport r = UpdateFixture(dir / "f");
  EXPECT_TRUE(r.passed);
  EXPECT_EQ(r.message, "updated");
  EXPECT_TRUE(CheckFixture(dir / "f").passed);
  EXPECT_EQ(json::parse(ReadFile(dir / "f/expected.json")), json::parse(ActualJson(kPage)));
  EXPECT_EQ(UpdateFixture(dir / "f").message, "unchanged");

  WriteFile(dir / "new/input.html", kPage);
  EXPECT_EQ(UpdateFixture(dir / "new").message, "created");

  WriteFile(dir / "nav/input.html", "<html><body><a href=/>Home</a></body></html>");
  WriteFile(dir / "nav/expected.json", "{\"body\": \"old\"}");
  r = UpdateFixture(dir / "nav");
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.message, "refusing to write an empty body (no article found)");
  EXPECT_EQ(ReadFile(dir / "nav/expected.json"), "{\"body\": \"old\"}");
}

TEST(UpdateFixture, KeepsTheFieldsAFixtureNames) {
  TempDir dir;
  WriteFile(dir / "two/input.html", kPage);
  WriteFile(dir / "two/expected.json", R"({"headline": "Old", "authors": ["x"]})");
  ASSERT_EQ(UpdateFixture(dir / "two").message, "updated");
  EXPECT_EQ(json::parse(ReadFile(dir / "two/expected.json")), json::parse(R"({"headline": "Budget passes", "authors": []})"));
  // A new fixture, or one naming nothing, gets every field.
  WriteFile(dir / "none/input.html", kPage);
  WriteFile(dir / "none/expected.json", "{}");
  ASSERT_TRUE(UpdateFixture(dir / "none").passed);
  EXPECT_EQ(json::parse(ReadFile(dir / "none/expected.json")), json::parse(ActualJson(kPage)));
}

TEST(CheckFixture, ComparesExpectedMdWhenPresent) {
  TempDir dir;
  MakeFixture(dir / "md", json::object());
  EXPECT_TRUE(CheckFixture(dir / "md").passed);
  const std::string markdown = ToMarkdown(Extract(kPage).article) + "\n";
  WriteFile(dir / "md/expected.md", markdown);
  EXPECT_TRUE(CheckFixture(dir / "md").passed);
  WriteFile(dir / "md/expected.md", "# Budget passes\n\nA paragraph that is not on the page.\n");
  const FixtureReport r = CheckFixture(dir / "md");
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.message, "expected.md differs");
  EXPECT_NE(r.details.find("- A paragraph that is not on the page."), std::string::npos) << r.details;
  // --update rewrites it, and leaves a fixture without one without one.
  EXPECT_EQ(UpdateFixture(dir / "md").message, "updated");
  EXPECT_EQ(ReadFile(dir / "md/expected.md"), markdown);
  MakeFixture(dir / "plain", json::object());
  ASSERT_TRUE(UpdateFixture(dir / "plain").passed);
  EXPECT_FALSE(std::filesystem::exists(dir / "plain/expected.md"));
}

TEST(FindFixtures, FoldersWithInputAndExpected) {
  TempDir dir;
  MakeFixture(dir / "b", json::object());
  MakeFixture(dir / "a", json::object());
  WriteFile(dir / "c/input.txt", "words");
  WriteFile(dir / "d/notes", "x");
  EXPECT_EQ(FindFixtures(dir.path()), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(FindFixtures(dir.path(), true), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(JUnitXml, EscapesAndCounts) {
  FixtureReport ok;
  ok.name = "good";
  ok.passed = true;
  FixtureReport bad;
  bad.name = "a&b";
  bad.message = "headline differs";
  bad.details = "headline differs\n  expected: \"<x>\"\x01\n";
  const std::string xml = JUnitXml({ok, bad}, "fixtures");
  EXPECT_NE(xml.find("<testsuites name=\"pith check\" tests=\"2\" failures=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase classname=\"pith.check\" name=\"good\" time=\"0.000\"/>"), std::string::npos);
  EXPECT_NE(xml.find("name=\"a&amp;b\""), std::string::npos);
  EXPECT_NE(xml.find("<failure message=\"headline differs\" type=\"mismatch\">headline differs\n  expected: "
                     "&quot;&lt;x&gt;&quot;?\n</failure>"),
            std::string::npos)
      << xml;
}

struct CheckRun {
  int code;
  std::string out;  // what RunCheck printed on its output stream
};

CheckRun RunCheckCaptured(const CheckSettings& settings) {
  char* buf = nullptr;
  std::size_t len = 0;
  FILE* out = open_memstream(&buf, &len);
  FILE* err = std::fopen("/dev/null", "w");
  const int code = RunCheck(settings, out, err);
  std::fclose(out);
  std::fclose(err);
  CheckRun run{code, std::string(buf, len)};
  std::free(buf);
  return run;
}

TEST(RunCheck, SummaryLineAndExitCode) {
  TempDir dir;
  MakeFixture(dir / "fx/a", json::object());
  MakeFixture(dir / "fx/b", {{"date", "1999-01-01"}});
  CheckSettings s;
  s.dir = dir / "fx";
  s.junit = dir / "junit.xml";
  const CheckRun run = RunCheckCaptured(s);
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.out, "ok   a\nFAIL b\n     date differs\n       expected: \"1999-01-01\"\n       actual:   null\n"
                     "1 passed, 1 failed\n");
  EXPECT_NE(ReadFile(dir / "junit.xml").find("failures=\"1\""), std::string::npos);
}

TEST(RunCheck, OneFixtureFolderIsCheckedAlone) {
  TempDir dir;
  MakeFixture(dir / "fx/a", json::object());
  MakeFixture(dir / "fx/b", {{"date", "1999-01-01"}});
  CheckSettings s;
  s.dir = dir / "fx/a/";
  const CheckRun run = RunCheckCaptured(s);
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "ok   a\n1 passed, 0 failed\n");
}

}  // namespace
}  // namespace pith
