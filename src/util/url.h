// Web addresses: resolving a reference found in a page (a link, an image, a
// canonical address) against the page's base, as RFC 3986 section 5 says.
#ifndef PITH_UTIL_URL_H_
#define PITH_UTIL_URL_H_

#include <string>
#include <string_view>

namespace pith {

// `reference` made absolute against `base` (RFC 3986, 5.2: scheme-relative
// "//cdn/x", absolute-path "/a", relative-path "../a", query-only "?q",
// fragment-only "#f", dot segments removed). Spaces around the reference
// and tabs or line breaks inside it are dropped, as browsers do. A
// reference with its own scheme is returned as given (scheme lower-cased);
// one that needs a base when `base` has no scheme is returned unresolved.
std::string ResolveUrl(std::string_view reference, std::string_view base);

// Whether `url` is an absolute http: or https: address with a host.
bool IsHttpUrl(std::string_view url);

// Whether `url` names its own scheme ("mailto:", "javascript:", "https:").
bool HasScheme(std::string_view url);

// The path and query of an absolute http(s) address without the path's
// trailing slash, for telling two addresses of one page from others on any
// host ("https://a.example/2023/05/post/" -> "/2023/05/post", ".../watch?v=1"
// -> "/watch?v=1"); "" for another address or the site's root.
std::string PathAndQuery(std::string_view url);

// The first label of an http(s) address's host, lower-cased, after a
// "www." ("https://www.Jane-Roe.example/x" -> "jane-roe"); "" for another
// address.
std::string FirstHostLabel(std::string_view url);

// The host of an http(s) address, lower-cased, without a "www.", a port or
// user info ("https://www.News.example:8080/a" -> "news.example"); "" for
// another address (a relative one, "mailto:").
std::string UrlHost(std::string_view url);

// Whether `host` is `domain` or one of its subdomains ("blog.a.example"
// on "a.example"; not "ba.example").
bool OnDomain(std::string_view host, std::string_view domain);

// Whether hosts `a` and `b` (as UrlHost gives them) are one site: the same
// host, one a subdomain of the other ("blog.news.example" and
// "news.example"), or two subdomains of one domain ("sport.news.example"
// and "shop.news.example"). Empty hosts are no site.
bool SameSite(std::string_view a, std::string_view b);

// The base that a page's relative references are resolved against: its
// <base href> (itself resolved against the page's address), else the
// page's address; `page` is the first absolute http(s) one of the
// addresses given, in order of trust (the caller's, then the page's own
// claim). Empty when none is known.
std::string PageBase(std::string_view base_href, std::string_view given_url, std::string_view claimed_url);

}  // namespace pith

#endif  // PITH_UTIL_URL_H_
