// Golden fixtures: fixtures/<slug>/ holds input.html, input.txt or
// input.mhtml, an optional `url` file, and expected.json. They are checked
// by the same code as `pith check fixtures` (src/fixture_check.cc), field by
// field. An optional expected.md pins the Markdown rendering (headings,
// lists, quotes, tables), which expected.json cannot show.
//
// Regenerate the expected files (after checking the new output is right):
//   PITH_UPDATE_FIXTURES=1 build/pith_tests --gtest_filter='Fixtures/*'
// or `build/pith check --update fixtures`. The update refuses to write a
// fixture whose body comes out empty, unless the fixture expects an error
// (its expected.json holds {"error": ...}).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/fixture_check.h"
#include "pith/pith.h"
#include "test_files.h"

namespace pith {
namespace {

using nlohmann::json;

class Fixtures : public ::testing::TestWithParam<std::string> {};

TEST_P(Fixtures, MatchesExpectedFieldByField) {
  const std::string dir = std::string(PITH_FIXTURES_DIR) + "/" + GetParam();
  const FixtureReport report = std::getenv("PITH_UPDATE_FIXTURES") ? UpdateFixture(dir) : CheckFixture(dir);
  EXPECT_TRUE(report.passed) << report.message << "\n" << report.details;
}

// `pith check` compares only the fields an expected.json names; the
// project's own fixtures name every field, so none goes unchecked.
TEST_P(Fixtures, ExpectedNamesEveryField) {
  const json expected =
      json::parse(testing::ReadFile(std::string(PITH_FIXTURES_DIR) + "/" + GetParam() + "/expected.json"));
  if (expected.contains("error")) return;
  const json every_field = json::parse(ToJson(Article{}));
  for (const auto& [key, value] : every_field.items()) {
    EXPECT_TRUE(expected.contains(key)) << "field \"" << key << "\" not in " << GetParam() << "/expected.json";
  }
}

// --comments adds the comments and changes nothing else: the body, every
// other field and the Markdown before its Comments section are the same
// byte for byte (the comment fixtures hold comments inside the article's
// container, in classes the clean stage once kept).
TEST_P(Fixtures, CommentsChangeNothingElse) {
  const std::string dir = std::string(PITH_FIXTURES_DIR) + "/" + GetParam();
  std::string input;
  for (const char* name : {"input.html", "input.txt", "input.mhtml"}) {
    if (std::filesystem::exists(dir + "/" + name)) input = testing::ReadFile(dir + "/" + name);
  }
  ASSERT_FALSE(input.empty());
  Options with;
  with.comments = true;
  Result on = Extract(input, with);
  const Result off = Extract(input);
  EXPECT_TRUE(off.article.comments.empty());
  ASSERT_EQ(on.status, off.status);
  on.article.comments.clear();
  EXPECT_EQ(ToJson(on.article), ToJson(off.article));
  EXPECT_EQ(ToMarkdown(on.article), ToMarkdown(off.article));
}

// fixtures/ holds fixture folders and its README only: a loose file (a fuzz
// corpus written there by mistake once held 459) hides the layout users copy
// and is checked by nothing.
TEST(FixturesFolder, HoldsOnlyFixtureFoldersAndReadme) {
  for (const auto& entry : std::filesystem::directory_iterator(PITH_FIXTURES_DIR)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory()) {
      EXPECT_TRUE(std::filesystem::exists(entry.path() / "expected.json")) << name << "/ has no expected.json";
    } else {
      EXPECT_EQ(name, "README.md") << "loose file in fixtures/: " << name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(, Fixtures, ::testing::ValuesIn(FindFixtures(PITH_FIXTURES_DIR)),
                         [](const ::testing::TestParamInfo<std::string>& fixture) {
                           std::string name = fixture.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace pith
