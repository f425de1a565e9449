// Golden fixtures: fixtures/<slug>/ holds input.html or input.txt, an
// optional `url` file, and expected.json. Each field is compared on its own
// so that a failure names the field.
//
// Regenerate the expected files (after checking the new output is right):
//   PITH_UPDATE_FIXTURES=1 build/pith_tests --gtest_filter='Fixtures/*'
// The update refuses to write a fixture whose body comes out empty, unless
// the fixture expects an error (its expected.json holds {"error": ...}).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(PITH_FIXTURES_DIR)) {
    if (entry.is_directory() && fs::exists(entry.path() / "expected.json")) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class Fixtures : public ::testing::TestWithParam<std::string> {};

TEST_P(Fixtures, MatchesExpectedFieldByField) {
  const fs::path dir = fs::path(PITH_FIXTURES_DIR) / GetParam();
  fs::path input = dir / "input.html";
  if (!fs::exists(input)) input = dir / "input.txt";
  ASSERT_TRUE(fs::exists(input)) << "no input.html or input.txt in " << dir;
  Options options;
  if (fs::exists(dir / "url")) {
    std::istringstream(ReadFile(dir / "url")) >> options.url;
  }
  const Result result = Extract(ReadFile(input), options);
  const json expected = json::parse(ReadFile(dir / "expected.json"));

  if (std::getenv("PITH_UPDATE_FIXTURES")) {
    json out = expected.contains("error") ? json{{"error", result.error}} : json::parse(ToJson(result.article, true));
    ASSERT_TRUE(expected.contains("error") || !result.article.body.empty())
        << "refusing to write an empty body to " << dir / "expected.json";
    std::ofstream(dir / "expected.json") << out.dump(1) << "\n";
    return;
  }
  if (expected.contains("error")) {
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, expected["error"].get<std::string>());
    return;
  }
  ASSERT_TRUE(result.ok()) << result.error;
  const json actual = json::parse(ToJson(result.article));
  for (const auto& [key, value] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << "missing field " << key;
    EXPECT_EQ(actual[key], value) << "field \"" << key << "\" differs in fixture " << GetParam();
  }
  for (const auto& [key, value] : actual.items()) {
    EXPECT_TRUE(expected.contains(key)) << "field \"" << key << "\" not in " << dir / "expected.json";
  }
}

INSTANTIATE_TEST_SUITE_P(, Fixtures, ::testing::ValuesIn(FixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace pith
