#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clean/thresholds.h"
#include "memory_limit.h"
#include "pith/pith.h"

namespace pith {
namespace {

const std::string kArticle =
    "<html><head><title>Budget passes</title></head><body><h1>Budget passes</h1>"
    "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
    "the library, after a debate that lasted four hours.</p><p>Supporters said the plan was overdue, while "
    "critics argued that it would raise taxes, cut services and leave the city with less money.</p></body></html>";

// The public default is the clean stage's threshold, documented in pith.h.
TEST(Extract, DefaultMinConfidenceIsTheCleanStages) { EXPECT_EQ(Options{}.min_confidence, kMinConfidence); }

TEST(Extract, HtmlArticle) {
  const Result r = Extract(kArticle);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.article.format, "html");
  EXPECT_EQ(r.article.headline, "Budget passes");
  EXPECT_EQ(r.article.body.find("The council voted"), 0u);
  EXPECT_NE(r.article.body.find("\n\nSupporters said"), std::string::npos);
}

TEST(Extract, FirstParagraphStaysInTheBodyWhenTheDescriptionRepeatsIt) {
  std::string page = kArticle;
  page.insert(page.find("</head>"),
              "<meta name=\"description\" content=\"The council voted on Tuesday to approve the new budget, which "
              "includes funding for schools, roads and the library, after a debate that lasted four hours.\">");
  const Result r = Extract(page);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.article.body.find("The council voted"), 0u);
  EXPECT_EQ(r.article.description.value_or("").find("The council voted"), 0u);
}

TEST(Extract, StatusesForInputsThatAreNotArticles) {
  EXPECT_EQ(Extract("").status, Status::kEmptyInput);
  EXPECT_EQ(Extract("   \n").error, "empty input");
  const Result png = Extract(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(png.status, Status::kNotADocument);
  EXPECT_EQ(png.error, "not an HTML or text document");
  EXPECT_EQ(Extract("<html><body><a href=/>Home</a></body></html>").status, Status::kNoArticle);
  Options small;
  small.max_bytes = 10;
  EXPECT_EQ(Extract(kArticle, small).status, Status::kTooLarge);
}

TEST(Extract, ForcedInputFormat) {
  Options text;
  text.input = InputFormat::kText;
  const Result r = Extract(kArticle, text);
  EXPECT_EQ(r.article.format, "text");
  Options html;
  html.input = InputFormat::kHtml;
  const Result h = Extract("Headline\n\nThe council voted on Tuesday to approve the new budget, which includes "
                           "funding for schools, roads and the library, after a debate that lasted four hours. "
                           "Supporters said the plan was overdue, while critics argued that it would raise taxes, "
                           "cut services and leave the city with less money for emergencies.", html);
  ASSERT_TRUE(h.ok()) << h.error;
  EXPECT_EQ(h.article.format, "html");
}

TEST(Extract, OutputIsValidUtf8WhateverTheBytes) {
  std::string bytes = kArticle;
  bytes.insert(bytes.find("The council"), "\xFF\xFE\x80 \xC3");
  const Result r = Extract(bytes);
  ASSERT_TRUE(r.ok()) << r.error;
  const auto j = nlohmann::json::parse(ToJson(r.article));  // throws on invalid UTF-8
  EXPECT_NE(j["body"].get<std::string>().find("The council voted"), std::string::npos);
}

TEST(Extract, OutOfMemoryFailsThePageNotTheProcess) {
  if (!testing::kAddressSpaceLimitWorks) GTEST_SKIP() << "no address-space limit under AddressSanitizer";
  std::string flood = "<html><body>";
  for (int i = 0; i < 2000000; ++i) flood += "<p>a";  // some 200 MB
  const int code = testing::RunWithHeadroom(std::size_t{64} << 20, [&] {
    const Result failed = Extract(flood);
    if (failed.status != Status::kOutOfMemory || failed.error != "out of memory") return 1;
    return Extract(kArticle).ok() ? 0 : 2;
  });
  EXPECT_EQ(code, 0);
}

}  // namespace
}  // namespace pith
