#include "util/url.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

// RFC 3986, 5.4.1 and 5.4.2: every example of the standard.
TEST(ResolveUrl, NormalAndAbnormalExamplesOfRfc3986) {
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> cases[] = {
      {"g:h", "g:h"},          {"g", "http://a/b/c/g"},       {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},        {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"}, {"g?y#s", "http://a/b/c/g?y#s"}, {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"}, {"g;x?y#s", "http://a/b/c/g;x?y#s"}, {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},   {"./", "http://a/b/c/"},      {"..", "http://a/b/"},
      {"../", "http://a/b/"},   {"../g", "http://a/b/g"},     {"../..", "http://a/"},
      {"../../", "http://a/"},  {"../../g", "http://a/g"},
      // Abnormal: more ".." than segments, dots inside names, queries.
      {"../../../g", "http://a/g"}, {"../../../../g", "http://a/g"}, {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},  {"g.", "http://a/b/c/g."},    {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."}, {"..g", "http://a/b/c/..g"}, {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"}, {"g/./h", "http://a/b/c/g/h"}, {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"}, {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"}, {"g#s/../x", "http://a/b/c/g#s/../x"},
  };
  for (const auto& [ref, want] : cases) EXPECT_EQ(ResolveUrl(ref, base), want) << "reference " << ref;
}

TEST(ResolveUrl, PagesAsTheyAre) {
  EXPECT_EQ(ResolveUrl("//cdn.example.com/i/a.jpg", "https://news.example.com/x"), "https://cdn.example.com/i/a.jpg");
  EXPECT_EQ(ResolveUrl("/news/x", "https://example.com"), "https://example.com/news/x");
  EXPECT_EQ(ResolveUrl("x", "https://example.com"), "https://example.com/x");
  EXPECT_EQ(ResolveUrl("  /a\n/b\t ", "https://example.com/"), "https://example.com/a/b");
  EXPECT_EQ(ResolveUrl("HTTPS://Example.com/A", "http://b/"), "https://Example.com/A");
  EXPECT_EQ(ResolveUrl("javascript:void(0)", "https://example.com/"), "javascript:void(0)");
}

TEST(ResolveUrl, WithoutAnAbsoluteBaseTheReferenceStaysAsGiven) {
  EXPECT_EQ(ResolveUrl("/news/x", ""), "/news/x");
  EXPECT_EQ(ResolveUrl("../a", "/relative/base"), "../a");
  EXPECT_EQ(ResolveUrl("https://a/./b/../c", ""), "https://a/c");
}

TEST(IsHttpUrl, OnlyAbsoluteHttpAddressesWithAHost) {
  EXPECT_TRUE(IsHttpUrl("https://example.com/a"));
  EXPECT_TRUE(IsHttpUrl("HTTP://example.com"));
  EXPECT_FALSE(IsHttpUrl("http:///a"));
  EXPECT_FALSE(IsHttpUrl("//cdn.example.com/a"));
  EXPECT_FALSE(IsHttpUrl("/news/x"));
  EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsHttpUrl("data:image/png;base64,AAAA"));
  EXPECT_FALSE(IsHttpUrl("mailto:a@example.com"));
  EXPECT_FALSE(IsHttpUrl(""));
}

TEST(HasScheme, ASchemeIsLettersThenAColon) {
  EXPECT_TRUE(HasScheme("mailto:a@b"));
  EXPECT_TRUE(HasScheme(" JavaScript:x"));
  EXPECT_FALSE(HasScheme("/a:b"));
  EXPECT_FALSE(HasScheme("1x:y"));
  EXPECT_FALSE(HasScheme("a/b:c"));
}

TEST(PageBase, BaseHrefThenTheGivenAddressThenThePagesClaim) {
  EXPECT_EQ(PageBase("", "https://given.example/a/b", "https://claimed.example/c"), "https://given.example/a/b");
  EXPECT_EQ(PageBase("", "", "https://claimed.example/c"), "https://claimed.example/c");
  EXPECT_EQ(PageBase("", "not a url", "/relative"), "");
  EXPECT_EQ(PageBase("/static/", "https://given.example/a/b", ""), "https://given.example/static/");
  EXPECT_EQ(PageBase("https://base.example/x/", "https://given.example/", ""), "https://base.example/x/");
  // A base that cannot be made absolute, or is no web address, is ignored.
  EXPECT_EQ(PageBase("/static/", "", ""), "");
  EXPECT_EQ(PageBase("javascript:x", "https://given.example/", ""), "https://given.example/");
}

TEST(FirstHostLabel, LowerCaseWithoutWww) {
  EXPECT_EQ(FirstHostLabel("https://www.Jane-Roe.example/x"), "jane-roe");
  EXPECT_EQ(FirstHostLabel("http://jane.blog.example:8080/"), "jane");
  EXPECT_EQ(FirstHostLabel("/relative/path"), "");
  EXPECT_EQ(FirstHostLabel("mailto:jane@example.org"), "");
}

TEST(UrlHost, LowerCaseWithoutWwwPortOrUser) {
  EXPECT_EQ(UrlHost("https://www.News.example:8080/a"), "news.example");
  EXPECT_EQ(UrlHost("http://jane@blog.example/"), "blog.example");
  EXPECT_EQ(UrlHost("/relative/path"), "");
  EXPECT_EQ(UrlHost("mailto:jane@example.org"), "");
  // Spaces around and breaks inside go first, as browsers drop them.
  EXPECT_EQ(UrlHost(" https://news.\n\texample/a "), "news.example");
  EXPECT_EQ(UrlHost("https://\n/a"), "");
}

TEST(SameSite, SameHostOrSubdomain) {
  EXPECT_TRUE(SameSite("news.example", "news.example"));
  EXPECT_TRUE(SameSite("blog.news.example", "news.example"));
  EXPECT_TRUE(SameSite("news.example", "shop.news.example"));
  EXPECT_TRUE(SameSite("sport.news.example", "shop.news.example"));
  EXPECT_FALSE(SameSite("othernews.example", "news.example"));
  EXPECT_FALSE(SameSite("mailing.list.example", "news.example"));
  EXPECT_FALSE(SameSite("", "news.example"));
}

TEST(OnDomain, TheDomainOrItsSubdomains) {
  EXPECT_TRUE(OnDomain("facebook.com", "facebook.com"));
  EXPECT_TRUE(OnDomain("m.facebook.com", "facebook.com"));
  EXPECT_FALSE(OnDomain("notfacebook.com", "facebook.com"));
  EXPECT_FALSE(OnDomain("facebook.com", "m.facebook.com"));
  EXPECT_FALSE(OnDomain("x.co", "x.com"));
}

TEST(SameSite, TwoNamesUnderOneCountryRegistryAreTwoSites) {
  EXPECT_FALSE(SameSite("paper.co.uk", "broadcaster.co.uk"));
  EXPECT_FALSE(SameSite("shop.com.au", "news.com.au"));
  EXPECT_FALSE(SameSite("a.gob.mx", "b.gob.mx"));
  EXPECT_TRUE(SameSite("sport.paper.co.uk", "news.paper.co.uk"));
  EXPECT_TRUE(SameSite("sport.orf.at", "news.orf.at"));
}

TEST(PathAndQuery, WithoutFragmentOrTrailingSlash) {
  EXPECT_EQ(PathAndQuery("https://a.example/2023/05/post/#top"), "/2023/05/post");
  EXPECT_EQ(PathAndQuery("https://b.example/watch?v=12"), "/watch?v=12");
  EXPECT_EQ(PathAndQuery("http://a.example/p.html"), "/p.html");
  EXPECT_EQ(PathAndQuery("https://a.example/"), "");
  EXPECT_EQ(PathAndQuery("https://a.example"), "");
  EXPECT_EQ(PathAndQuery("/relative/post"), "");
}

}  // namespace
}  // namespace pith
