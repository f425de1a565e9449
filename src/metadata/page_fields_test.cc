#include "metadata/page_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "metadata/test_pages.h"

namespace pith {
namespace {

TEST(PageFields, FromTheMarkupAndMetaTags) {
  const Article a = Read("<html lang=\"en_GB\"><head><link rel=\"canonical\" href=\"https://example.com/a\">"
                         "<meta property=\"og:site_name\" content=\"Example News\">"
                         "<meta property=\"og:image\" content=\"https://example.com/a.jpg\"></head><body>" +
                         std::string(kBody) + "</body></html>");
  EXPECT_EQ(a.site_name, "Example News");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.url, "https://example.com/a");
  EXPECT_EQ(a.image, "https://example.com/a.jpg");
}

TEST(PageFields, JsonLdAndTheAddressGivenWhenTheTagsSayNothing) {
  Options options;
  options.url = "https://example.com/given";
  const Article a = Read("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"inLanguage\":"
                         "\"fr\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Exemple\"}}</script></head>"
                         "<body>" + std::string(kBody) + "</body>",
                         options);
  EXPECT_EQ(a.site_name, "Le Exemple");
  EXPECT_EQ(a.language, "fr");
  EXPECT_EQ(a.url, "https://example.com/given");
  EXPECT_FALSE(a.image);
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

TEST(PageFields, AddressesMadeAbsoluteAgainstBaseThenTheGivenAddress) {
  Options options;
  options.url = "https://example.com/news/2020/story";
  Article a = Read("<head><link rel=\"canonical\" href=\"/news/x\"><meta property=\"og:image\" "
                   "content=\"//cdn.example.com/i.jpg\"></head><body>" + std::string(kBody) + "</body>", options);
  EXPECT_EQ(a.url, "https://example.com/news/x");
  EXPECT_EQ(a.image, "https://cdn.example.com/i.jpg");
  a = Read("<head><base href=\"https://other.example/s/\"><link rel=\"canonical\" href=\"x\"><meta "
           "property=\"og:image\" content=\"img/a.png\"></head><body>" + std::string(kBody) + "</body>", options);
  EXPECT_EQ(a.url, "https://other.example/s/x");
  EXPECT_EQ(a.image, "https://other.example/s/img/a.png");
}

TEST(PageFields, OnlyWebAddressesAndRelativeOnesWithoutABaseStay) {
  Article a = Read("<head><link rel=\"canonical\" href=\"javascript:void(0)\"><meta property=\"og:image\" "
                   "content=\"data:image/png;base64,AAAA\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_FALSE(a.url);
  EXPECT_FALSE(a.image);
  a = Read("<head><link rel=\"canonical\" href=\"/news/x\"></head><body>" + std::string(kBody) + "</body>");
  EXPECT_EQ(a.url, "/news/x");
}

}  // namespace
}  // namespace pith
