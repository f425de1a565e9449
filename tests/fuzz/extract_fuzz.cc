// libFuzzer target over the library's entry point: any bytes, any options,
// must give a result whose JSON, Markdown, text and explanation are valid
// UTF-8, or a one-line error, without crashing, hanging or tripping a
// sanitizer.
//
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DPITH_FUZZ=ON -DPITH_SANITIZE=ON
//   cmake --build build-fuzz --target extract_fuzz
//   build-fuzz/extract_fuzz -dict=tests/fuzz/html.dict NEW_CORPUS fixtures/*/
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "pith/pith.h"

namespace {

void Fail(const char* what) {
  std::fprintf(stderr, "extract_fuzz: %s\n", what);
  std::abort();
}

// Throws (and so fails the run) unless `text` is one valid JSON object.
void CheckJson(const std::string& text) {
  if (!nlohmann::json::parse(text).is_object()) Fail("output is not a JSON object");
}

// Throws (and so fails the run) unless `text` is valid UTF-8: the JSON
// library's strict dump refuses anything else.
void CheckUtf8(const std::string& text) { static_cast<void>(nlohmann::json(text).dump()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first byte chooses the extraction's options, the second the
  // renderers', the rest is the page.
  if (size < 2) return 0;
  const std::uint8_t choice = data[0];
  const std::uint8_t render = data[1];
  const std::string_view page(reinterpret_cast<const char*>(data + 2), size - 2);
  pith::Options options;
  options.input = choice % 3 == 0 ? pith::InputFormat::kAuto
                  : choice % 3 == 1 ? pith::InputFormat::kHtml
                                    : pith::InputFormat::kText;
  options.explain = (choice & 0x08) != 0;
  options.comments = (render & 0x01) != 0;
  static const char* const kEncodings[] = {"", "windows-1251", "shift_jis", "utf-16le", "no-such-encoding",
                                           "gb18030", "iso-2022-jp", "utf-8"};
  options.encoding = kEncodings[(choice >> 4) & 7];
  if (choice & 0x80) options.url = "https://example.com/2016/02/22/story";

  const pith::Result result = pith::Extract(page, options);
  if (result.ok()) {
    if (result.article.body.empty()) Fail("ok with an empty body");
    if (!result.error.empty()) Fail("ok with an error message");
  } else {
    if (result.error.empty()) Fail("failure without a message");
    if (result.error.find('\n') != std::string::npos) Fail("error message is not one line");
  }
  CheckJson(pith::ToJson(result.article));
  CheckJson(pith::ToJson(result.article, true));
  const pith::MarkdownOptions markdown = {
      .links = (render & 0x02) != 0, .images = (render & 0x04) != 0, .front_matter = (render & 0x08) != 0};
  CheckUtf8(pith::ToMarkdown(result.article, markdown));
  CheckUtf8(pith::ToText(result.article));
  if (options.explain) {
    CheckJson(pith::ExplanationToJson(result));
    CheckUtf8(pith::ExplanationToHtml(result));
  }
  return 0;
}
