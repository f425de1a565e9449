#include "cli/fixture_check.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/body_diff.h"
#include "cli/diagnostic.h"
#include "cli/gzip_file.h"
#include "cli/output_files.h"
#include "util/text_util.h"

namespace pith {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Long values are cut in reports, so that one fixture's failure stays readable.
constexpr std::size_t kShownValue = 300;

struct Fixture {
  fs::path dir;
  fs::path input;
  Options options;
  std::optional<double> body_min_f1;
};

bool ReadSmallFile(const fs::path& path, std::string& out, std::string& error) {
  return ReadWholeFile(path.string(), std::size_t{1} << 30, out, error) == ReadOutcome::kOk;
}

fs::path InputOf(const fs::path& dir) {
  for (const char* name : {"input.html", "input.txt", "input.mhtml"}) {
    if (fs::is_regular_file(dir / name)) return dir / name;
  }
  return {};
}

// `options`: whitespace-separated command-line options, '#' to the end of a
// line is a comment.
bool ParseOptions(const std::string& text, Fixture& fixture, std::string& error) {
  std::istringstream lines(text);
  std::vector<std::string> words;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line.substr(0, line.find('#')));
    for (std::string word; in >> word;) {
      const std::size_t eq = word.find('=');
      if (word.rfind("--", 0) == 0 && eq != std::string::npos) {
        words.push_back(word.substr(0, eq));
        words.push_back(word.substr(eq + 1));
      } else {
        words.push_back(word);
      }
    }
  }
  // The one flag, which takes no value.
  const auto flags = std::remove(words.begin(), words.end(), "--comments");
  fixture.options.comments = flags != words.end();
  words.erase(flags, words.end());
  for (std::size_t i = 0; i < words.size(); i += 2) {
    const std::string& name = words[i];
    if (i + 1 >= words.size()) {
      error = "options: " + name + " needs a value";
      return false;
    }
    const std::string& value = words[i + 1];
    char* end = nullptr;
    if (name == "--input" && (value == "auto" || value == "html" || value == "text")) {
      fixture.options.input = value == "html"   ? InputFormat::kHtml
                              : value == "text" ? InputFormat::kText
                                                : InputFormat::kAuto;
    } else if (name == "--encoding") {
      fixture.options.encoding = value;
    } else if (name == "--url") {
      fixture.options.url = value;
    } else if (name == "--max-bytes" && !value.empty() && value[0] != '-') {
      fixture.options.max_bytes = std::strtoull(value.c_str(), &end, 10);
      if (*end != '\0') {
        error = "options: --max-bytes needs a number, not \"" + value + "\"";
        return false;
      }
    } else if (name == "--body-min-f1") {
      const double f1 = std::strtod(value.c_str(), &end);
      if (*end != '\0' || !(f1 >= 0.0 && f1 <= 1.0)) {
        error = "options: --body-min-f1 needs a number from 0 to 1, not \"" + value + "\"";
        return false;
      }
      fixture.body_min_f1 = f1;
    } else {
      error = "options: unknown option or value \"" + name + " " + value + "\"";
      return false;
    }
  }
  return true;
}

bool LoadFixture(const std::string& dir, Fixture& fixture, std::string& error) {
  fixture.dir = dir;
  fixture.input = InputOf(fixture.dir);
  if (fixture.input.empty()) {
    error = "no input.html or input.txt";
    return false;
  }
  std::string text;
  if (fs::exists(fixture.dir / "url")) {
    if (!ReadSmallFile(fixture.dir / "url", text, error)) return false;
    std::istringstream(text) >> fixture.options.url;
  }
  if (fs::exists(fixture.dir / "options")) {
    if (!ReadSmallFile(fixture.dir / "options", text, error)) return false;
    if (!ParseOptions(text, fixture, error)) return false;
  }
  return true;
}

Result ExtractFixture(const Fixture& fixture, std::string& error) {
  std::string bytes;
  const std::size_t limit = fixture.options.max_bytes == SIZE_MAX ? SIZE_MAX : fixture.options.max_bytes + 1;
  if (ReadWholeFile(fixture.input.string(), limit, bytes, error) == ReadOutcome::kFailed) {
    Result failed;
    failed.status = Status::kEmptyInput;
    failed.error = error;
    return failed;
  }
  return Extract(bytes, fixture.options);
}

std::string Shown(const json& value) {
  std::string s = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > kShownValue) s = std::string(Utf8Prefix(s, kShownValue)) + "…";
  return s;
}

std::string FormatF1(double f1) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", f1);
  return buf;
}

void Problem(FixtureReport& report, const std::string& message, const std::string& details) {
  if (report.message.empty()) report.message = message;
  report.details += message + "\n" + details;
}

void CompareBody(const std::string& want, const std::string& got, std::optional<double> min_f1,
                 FixtureReport& report) {
  if (want == got) return;
  const double f1 = BodyF1(want, got);
  if (min_f1 && f1 >= *min_f1) return;
  std::string diff = ParagraphDiff(want, got);
  if (diff.empty()) diff = "  (the same paragraphs, but spaced differently)\n";
  Problem(report,
          min_f1 ? "body differs: F1 " + FormatF1(f1) + " < " + FormatF1(*min_f1) : "body differs (F1 " + FormatF1(f1) + ")",
          diff);
}

// The Markdown an expected.md pins: ToMarkdown and a closing line end.
std::string MarkdownFile(const Article& article) { return ToMarkdown(article) + "\n"; }

void CompareMarkdown(const Fixture& fixture, const Article& article, FixtureReport& report) {
  const fs::path path = fixture.dir / "expected.md";
  if (!fs::exists(path)) return;
  std::string want, error;
  if (!ReadSmallFile(path, want, error)) return Problem(report, error, "");
  const std::string got = MarkdownFile(article);
  if (want == got) return;
  std::string diff = ParagraphDiff(want, got);
  if (diff.empty()) diff = "  (the same paragraphs, but spaced differently)\n";
  Problem(report, "expected.md differs", diff);
}

// The fields of today's output that `old` names, or all of them when it
// names none (a new fixture).
json KeptFields(const json& now, const json& old) {
  if (!old.is_object() || old.empty()) return now;
  json kept = json::object();
  for (const auto& [key, value] : now.items()) {
    if (old.contains(key)) kept[key] = value;
  }
  return kept;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : ValidUtf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows no control characters but tab and line ends.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += '?';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", s);
  return buf;
}

class Stopwatch {
 public:
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

std::vector<std::string> FindFixtures(const std::string& dir, bool with_or_without_expected) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec) || InputOf(it->path()).empty()) continue;
    if (!with_or_without_expected && !fs::exists(it->path() / "expected.json")) continue;
    names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

FixtureReport CheckFixture(const std::string& fixture_dir, std::optional<double> default_min_f1) {
  const Stopwatch watch;
  FixtureReport report;
  report.name = fs::path(fixture_dir).filename().string();
  Fixture fixture;
  std::string error, text;
  json expected;
  if (!LoadFixture(fixture_dir, fixture, error) || !ReadSmallFile(fixture.dir / "expected.json", text, error)) {
    Problem(report, error, "");
  } else if (expected = json::parse(text, nullptr, false); !expected.is_object()) {
    Problem(report, "expected.json is not a JSON object", "");
  }
  if (!report.message.empty()) {
    report.seconds = watch.Seconds();
    return report;
  }
  const Result result = ExtractFixture(fixture, error);
  if (expected.contains("error")) {
    if (result.ok()) {
      Problem(report, "expected the error " + Shown(expected["error"]) + ", got an article", "");
    } else if (json(result.error) != expected["error"]) {
      Problem(report, "error differs", "  expected: " + Shown(expected["error"]) + "\n  actual:   " + Shown(result.error) + "\n");
    }
  } else if (!result.ok()) {
    Problem(report, "no article: " + result.error, "");
  } else {
    const json actual = json::parse(ToJson(result.article));
    for (const auto& [key, want] : expected.items()) {
      if (!actual.contains(key)) {
        Problem(report, "expected.json names an unknown field \"" + key + "\"", "");
      } else if (key == "body" && want.is_string()) {
        CompareBody(want.get<std::string>(), result.article.body,
                    fixture.body_min_f1 ? fixture.body_min_f1 : default_min_f1, report);
      } else if (actual[key] != want) {
        Problem(report, key + " differs", "  expected: " + Shown(want) + "\n  actual:   " + Shown(actual[key]) + "\n");
      }
    }
    CompareMarkdown(fixture, result.article, report);
  }
  report.passed = report.message.empty();
  report.seconds = watch.Seconds();
  return report;
}

FixtureReport UpdateFixture(const std::string& fixture_dir) {
  const Stopwatch watch;
  FixtureReport report;
  report.name = fs::path(fixture_dir).filename().string();
  Fixture fixture;
  std::string error, old_text;
  if (!LoadFixture(fixture_dir, fixture, error)) {
    Problem(report, error, "");
    return report;
  }
  const fs::path path = fixture.dir / "expected.json";
  const bool had_expected = fs::exists(path);
  if (had_expected && !ReadSmallFile(path, old_text, error)) {
    Problem(report, error, "");
    return report;
  }
  const json old = json::parse(old_text, nullptr, false);
  const bool expects_error = old.is_object() && old.contains("error");
  const Result result = ExtractFixture(fixture, error);
  json now;
  if (expects_error) {
    if (result.ok()) {
      Problem(report, "refusing to update: the fixture expects an error but pith now finds an article", "");
      return report;
    }
    now = json{{"error", result.error}};
  } else {
    if (!result.ok() || result.article.body.empty()) {
      Problem(report, "refusing to write an empty body (" + (result.error.empty() ? "no body" : result.error) + ")", "");
      return report;
    }
    now = KeptFields(json::parse(ToJson(result.article, true)), old);
  }
  const std::string text = now.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
  const fs::path md_path = fixture.dir / "expected.md";
  std::string old_md;
  const bool md_changed = !expects_error && fs::exists(md_path) && ReadSmallFile(md_path, old_md, error) &&
                          old_md != MarkdownFile(result.article);
  if (text == old_text && !md_changed) {
    report.message = "unchanged";
  } else if ((text != old_text && !WriteFileAtomically(path.string(), text, error)) ||
             (md_changed && !WriteFileAtomically(md_path.string(), MarkdownFile(result.article), error))) {
    Problem(report, error, "");
    return report;
  } else {
    report.message = had_expected ? "updated" : "created";
  }
  report.passed = true;
  report.seconds = watch.Seconds();
  return report;
}

std::string JUnitXml(const std::vector<FixtureReport>& reports, const std::string& suite) {
  std::size_t failures = 0;
  double total = 0;
  for (const FixtureReport& r : reports) {
    failures += r.passed ? 0 : 1;
    total += r.seconds;
  }
  const std::string counts = " tests=\"" + std::to_string(reports.size()) + "\" failures=\"" +
                             std::to_string(failures) + "\" errors=\"0\" time=\"" + Seconds(total) + "\"";
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pith check\"" + counts +
                    ">\n  <testsuite name=\"" + XmlEscape(suite) + "\"" + counts + " skipped=\"0\">\n";
  for (const FixtureReport& r : reports) {
    xml += "    <testcase classname=\"pith.check\" name=\"" + XmlEscape(r.name) + "\" time=\"" + Seconds(r.seconds) + "\"";
    if (r.passed) {
      xml += "/>\n";
      continue;
    }
    xml += ">\n      <failure message=\"" + XmlEscape(r.message) + "\" type=\"mismatch\">" + XmlEscape(r.details) +
           "</failure>\n    </testcase>\n";
  }
  return xml + "  </testsuite>\n</testsuites>\n";
}

namespace {

// A folder that holds an input is one fixture, so one page's expected.json
// can be checked or regenerated alone; any other folder holds fixtures.
std::vector<fs::path> FixtureDirs(const CheckSettings& settings) {
  fs::path dir = fs::path(settings.dir).lexically_normal();
  if (dir.has_parent_path() && !dir.has_filename()) dir = dir.parent_path();
  if (!InputOf(dir).empty()) return {dir};
  std::vector<fs::path> dirs;
  for (const std::string& name : FindFixtures(settings.dir, settings.update)) dirs.push_back(dir / name);
  return dirs;
}

}  // namespace

int RunCheck(const CheckSettings& settings, std::FILE* out, std::FILE* err) {
  std::error_code ec;
  if (!fs::is_directory(settings.dir, ec)) {
    PrintError(err, settings.dir + ": not a directory");
    return 1;
  }
  const std::vector<fs::path> dirs = FixtureDirs(settings);
  if (dirs.empty()) {
    PrintError(err, settings.dir + ": no fixtures (folders with input.html or input.txt and expected.json)");
    return 1;
  }
  std::vector<FixtureReport> reports;
  std::size_t failed = 0;
  for (const fs::path& dir : dirs) {
    const std::string name = dir.filename().string();
    FixtureReport report = settings.update ? UpdateFixture(dir) : CheckFixture(dir, settings.body_min_f1);
    if (!report.passed) {
      ++failed;
      std::fprintf(out, "FAIL %s\n", name.c_str());
      std::istringstream details(report.details);
      for (std::string line; std::getline(details, line);) std::fprintf(out, "     %s\n", line.c_str());
    } else if (!settings.quiet) {
      std::fprintf(out, "ok   %s%s\n", name.c_str(), settings.update ? (": " + report.message).c_str() : "");
    }
    reports.push_back(std::move(report));
  }
  std::fprintf(out, "%zu passed, %zu failed\n", dirs.size() - failed, failed);
  std::fflush(out);
  if (!settings.junit.empty()) {
    std::string error;
    if (!WriteFileAtomically(settings.junit, JUnitXml(reports, settings.dir), error)) {
      PrintError(err, error);
      return 1;
    }
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace pith
