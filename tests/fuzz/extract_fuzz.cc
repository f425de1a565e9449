// libFuzzer target over the library's entry point: any bytes, any options,
// must give a result whose JSON is valid UTF-8, or a one-line error, without
// crashing, hanging or tripping a sanitizer.
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first byte chooses the options, the rest is the page.
  if (size == 0) return 0;
  const std::uint8_t choice = data[0];
  const std::string_view page(reinterpret_cast<const char*>(data + 1), size - 1);
  pith::Options options;
  options.input = choice % 3 == 0 ? pith::InputFormat::kAuto
                  : choice % 3 == 1 ? pith::InputFormat::kHtml
                                    : pith::InputFormat::kText;
  options.explain = (choice & 0x08) != 0;
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
  if (options.explain) CheckJson(pith::ExplanationToJson(result));
  return 0;
}
