// `pith check DIR`: golden fixtures extracted and compared field by field.
// The project's own fixture tests (tests/fixtures_test.cc) use these same
// functions.
//
// A fixture is a folder holding input.html, input.txt or input.mhtml,
// optionally `url` (the page's address) and `options` (command-line
// options: --input, --encoding, --url, --max-bytes, --body-min-f1), and
// expected.json: the fields to check, or {"error": "..."} for an input that
// must fail so; optionally expected.md, the Markdown rendering.
#ifndef PITH_CLI_FIXTURE_CHECK_H_
#define PITH_CLI_FIXTURE_CHECK_H_

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith {

struct FixtureReport {
  std::string name;     // the fixture's folder name
  bool passed = false;
  std::string message;  // one line: the first thing that went wrong, or what --update did
  std::string details;  // every difference, one or more lines each
  double seconds = 0;
};

// The names of the fixture folders right below `dir`, sorted: folders with
// an input and, unless `with_or_without_expected`, an expected.json.
std::vector<std::string> FindFixtures(const std::string& dir, bool with_or_without_expected = false);

// Extracts the fixture's input and compares every field expected.json
// names: exactly, except the body when a minimum F1 (BodyF1) is set by the
// fixture's options or, failing that, by `default_min_f1`. Fields that
// expected.json leaves out are not checked. expected.md, when there is one,
// must equal the Markdown rendering.
FixtureReport CheckFixture(const std::string& fixture_dir, std::optional<double> default_min_f1 = std::nullopt);

// Writes what pith gives now to expected.json (the fields it names, every
// field for a new one, or the error of a fixture that expects one) and to
// expected.md when there is one. Refuses an empty body.
FixtureReport UpdateFixture(const std::string& fixture_dir);

// The reports as JUnit XML, one testcase each.
std::string JUnitXml(const std::vector<FixtureReport>& reports, const std::string& suite);

struct CheckSettings {
  std::string dir;
  bool update = false;
  std::string junit;                  // write JUnit XML here when set
  std::optional<double> body_min_f1;  // for fixtures that set none
  bool quiet = false;                 // list failures only
};

// Checks (or updates) every fixture below settings.dir, or settings.dir
// alone when it is a fixture itself (holds an input): one line per
// fixture and a closing "N passed, N failed" on `out`. Returns 0 when all
// pass, 1 otherwise.
int RunCheck(const CheckSettings& settings, std::FILE* out, std::FILE* err);

}  // namespace pith

#endif  // PITH_CLI_FIXTURE_CHECK_H_
