#include "cli/jsonl.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

TEST(ParseJsonlRecord, HtmlOrTextWithIdAndUrl) {
  JsonlRecord r = ParseJsonlRecord(R"({"id": 17, "url": "https://example.com/a", "html": "<p>x</p>"})");
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.id_json, "17");
  EXPECT_EQ(r.url, "https://example.com/a");
  EXPECT_EQ(r.content, "<p>x</p>");
  EXPECT_EQ(r.input, InputFormat::kHtml);
  r = ParseJsonlRecord(R"({"id": {"shard": "b", "n": [1, 2]}, "text": "Words"})");
  EXPECT_EQ(r.id_json, R"({"n":[1,2],"shard":"b"})");
  EXPECT_EQ(r.input, InputFormat::kText);
  EXPECT_EQ(ParseJsonlRecord(R"({"html": "x"})").id_json, "null");
}

TEST(ParseJsonlRecord, MalformedLinesGiveErrors) {
  EXPECT_EQ(ParseJsonlRecord("[1, 2]").error, "not a JSON object");
  EXPECT_EQ(ParseJsonlRecord(R"({"id": 1})").error, "record has no \"html\" or \"text\"");
  EXPECT_EQ(ParseJsonlRecord(R"({"id": 1, "html": "a", "text": "b"})").error, "record has both \"html\" and \"text\"");
  EXPECT_EQ(ParseJsonlRecord(R"({"html": 5})").error, "\"html\" is not a string");
  EXPECT_EQ(ParseJsonlRecord(R"({"html": "x", "url": 5})").error, "\"url\" is not a string");
  const JsonlRecord broken = ParseJsonlRecord(R"({"id": 3, "html": "unterminated)");
  EXPECT_EQ(broken.error.rfind("malformed JSON: parse error", 0), 0u) << broken.error;
  EXPECT_EQ(broken.error.find("unterminated"), std::string::npos) << "the record is not echoed: " << broken.error;
  EXPECT_EQ(ParseJsonlRecord("{\"html\": \"\xff\"}").error.rfind("malformed JSON", 0), 0u);
  // The id survives when the rest of the record is wrong.
  EXPECT_EQ(ParseJsonlRecord(R"({"id": "k", "html": null})").id_json, "\"k\"");
}

// Writing a deeply nested id back overflowed the stack: such a record is
// refused; an id nested as deep as a real one is echoed.
TEST(ParseJsonlRecord, AnIdNestedTooDeepIsRefused) {
  auto nested = [](std::size_t depth) { return std::string(depth, '[') + "1" + std::string(depth, ']'); };
  const JsonlRecord deep = ParseJsonlRecord(R"({"id": )" + nested(200000) + R"(, "html": "<p>x</p>"})");
  EXPECT_EQ(deep.error, "\"id\" is nested deeper than 64 levels");
  EXPECT_EQ(deep.id_json, "null");
  EXPECT_EQ(ParseJsonlRecord(R"({"id": )" + nested(65) + R"(, "html": "x"})").id_json, "null");
  const JsonlRecord ok = ParseJsonlRecord(R"({"id": )" + nested(64) + R"(, "html": "x"})");
  EXPECT_EQ(ok.error, "");
  EXPECT_EQ(ok.id_json, nested(64));
  // Deep nesting elsewhere in the record is not written back: it is read.
  EXPECT_EQ(ParseJsonlRecord(R"({"id": 2, "x": )" + nested(100000) + R"(, "html": "x"})").error, "");
}

TEST(JsonString, AlwaysValidUtf8) {
  EXPECT_EQ(JsonString("a\"b\n"), "\"a\\\"b\\n\"");
  EXPECT_EQ(JsonString("bad\xff"), "\"bad\xef\xbf\xbd\"");
  EXPECT_EQ(JsonString("plain/file name.html:12"), "\"plain/file name.html:12\"");
  EXPECT_EQ(JsonString(""), "\"\"");
  EXPECT_EQ(JsonString("tab\there\x7f"), "\"tab\\there\x7f\"");
  EXPECT_EQ(JsonString("back\\slash"), "\"back\\\\slash\"");
}

TEST(ParseJsonlRecord, ErrorMessagesNameTheColumnWithoutEchoingTheLine) {
  EXPECT_EQ(ParseJsonlRecord("x").error,
            "malformed JSON: parse error at line 1, column 1: syntax error while parsing value - invalid literal");
  EXPECT_EQ(ParseJsonlRecord("{} trailing").error.rfind("malformed JSON: parse error at line 1, column 6:", 0), 0u);
  // Many bad lines in a row each give their own error and leave no state
  // behind for the next good one.
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(ParseJsonlRecord("not json").error.empty());
  EXPECT_EQ(ParseJsonlRecord(R"({"text": "fine"})").content, "fine");
}

TEST(WithLoneSurrogatesReplaced, OnlyUnpairedEscapesChange) {
  std::string buffer;
  EXPECT_EQ(WithLoneSurrogatesReplaced(R"({"text": "a\ud800b"})", buffer), R"({"text": "a\ufffdb"})");
  buffer.clear();
  EXPECT_EQ(WithLoneSurrogatesReplaced(R"(["\uDC00", "\ud83d\ude00", "\udbff"])", buffer),
            R"(["\ufffd", "\ud83d\ude00", "\ufffd"])");
  buffer.clear();
  // An escaped backslash before "ud800" is no escape of a surrogate.
  EXPECT_EQ(WithLoneSurrogatesReplaced(R"(["\\ud800", "\u00e9", "\ud8"])", buffer), R"(["\\ud800", "\u00e9", "\ud8"])");
  EXPECT_TRUE(buffer.empty()) << "a line without a lone surrogate is not copied";
}

TEST(ParseJsonlRecord, LoneSurrogateCostsOneCharacterNotTheRecord) {
  // JSON.stringify writes a broken string's lone surrogate as an escape.
  const JsonlRecord r = ParseJsonlRecord(R"({"id": 4, "text": "Caf\ud800 open\udc00"})");
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.content, "Caf\xef\xbf\xbd open\xef\xbf\xbd");
  EXPECT_EQ(ParseJsonlRecord(R"({"text": "\ud83d\ude00"})").content, "\xf0\x9f\x98\x80");
}

TEST(ParseJsonlRecord, ContentIsTheWholeString) {
  const std::string big(1 << 20, 'a');
  EXPECT_EQ(ParseJsonlRecord("{\"html\": \"" + big + "\"}").content, big);
}

TEST(WithLeadingMembers, PrependsToTheObject) {
  EXPECT_EQ(WithLeadingMembers("\"source\":\"a\"", "{\"x\":1}"), "{\"source\":\"a\",\"x\":1}");
  EXPECT_EQ(WithLeadingMembers("\"source\":\"a\"", "{}"), "{\"source\":\"a\"}");
  EXPECT_EQ(WithLeadingMembers("", "{\"x\":1}"), "{\"x\":1}");
  EXPECT_EQ(WithLeadingMembers("\"source\": \"a\"", "{\n \"x\": 1\n}", true), "{\n \"source\": \"a\",\n \"x\": 1\n}");
  EXPECT_EQ(WithLeadingMembers("\"source\": \"a\"", "{}", true), "{\n \"source\": \"a\"\n}");
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

TEST(WithTrailingMember, AppendsAStringMemberLast) {
  EXPECT_EQ(WithTrailingMember("{\"x\":1}", "markdown", "# A \"b\"\n"), "{\"x\":1,\"markdown\":\"# A \\\"b\\\"\\n\"}");
  EXPECT_EQ(WithTrailingMember("{}", "markdown", "m"), "{\"markdown\":\"m\"}");
  EXPECT_EQ(WithTrailingMember("", "markdown", "m"), "{\"markdown\":\"m\"}");
}

}  // namespace
}  // namespace pith
