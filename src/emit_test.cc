#include "emit.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pith/pith.h"
#include "text_parse.h"

namespace pith {
namespace {

using nlohmann::json;

TEST(ToJson, EveryKeyIsPresentWithNullsAndEmptyLists) {
  Article a;
  a.body = "Text.";
  a.format = "html";
  const std::string out = ToJson(a);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  const json j = json::parse(out);
  for (const char* key : {"headline", "description", "byline", "date", "site_name", "language", "url", "image"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_null()) << key;
  }
  EXPECT_EQ(j["authors"], json::array());
  EXPECT_EQ(j["captions"], json::array());
  EXPECT_EQ(j["body"], "Text.");
  EXPECT_EQ(j["format"], "html");
}

TEST(ToJson, KeysComeInTheDocumentedOrder) {
  Article a;
  const auto j = nlohmann::ordered_json::parse(ToJson(a));
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"headline", "description", "byline", "authors", "date", "captions",
                                            "body", "site_name", "language", "url", "image", "format"}));
}

TEST(ToJson, PrettyIndentsAndInvalidUtf8IsReplaced) {
  Article a;
  a.headline = std::string("bad \xFF byte");
  const std::string pretty = ToJson(a, true);
  EXPECT_NE(pretty.find("\n \"headline\""), std::string::npos);
  EXPECT_EQ(json::parse(pretty)["headline"], "bad \xEF\xBF\xBD byte");
}

TEST(BuildBody, BlankLineBetweenBodyBlocksOnly) {
  const Document d = ParseText("one\n\ntwo\n\nthree");
  Selection sel;
  sel.verdicts.assign(3, Verdict{});
  sel.Set(0, Role::kBody, "test");
  sel.Set(2, Role::kBody, "test");
  EXPECT_EQ(BuildBody(d, sel), "one\n\nthree");
}

}  // namespace
}  // namespace pith
