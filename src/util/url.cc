#include "util/url.h"

#include <algorithm>
#include <optional>

#include "util/text_util.h"

namespace pith {
namespace {

// The five parts of RFC 3986, appendix B; a part that is absent is nullopt
// (an empty query "?" is not the same as none).
struct UrlParts {
  std::optional<std::string> scheme;
  std::optional<std::string> authority;
  std::string path;
  std::optional<std::string> query;
  std::optional<std::string> fragment;
};

bool IsSchemeChar(char c, bool first) {
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// Length of the scheme before ':' at the start of `s`, or 0.
std::size_t SchemeLength(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && IsSchemeChar(s[i], i == 0)) ++i;
  return i > 0 && i < s.size() && s[i] == ':' ? i : 0;
}

UrlParts Split(std::string_view s) {
  UrlParts p;
  if (const std::size_t n = SchemeLength(s); n > 0) {
    p.scheme = AsciiLower(s.substr(0, n));
    s.remove_prefix(n + 1);
  }
  if (const std::size_t hash = s.find('#'); hash != std::string_view::npos) {
    p.fragment = std::string(s.substr(hash + 1));
    s = s.substr(0, hash);
  }
  if (const std::size_t q = s.find('?'); q != std::string_view::npos) {
    p.query = std::string(s.substr(q + 1));
    s = s.substr(0, q);
  }
  if (s.substr(0, 2) == "//") {
    const std::size_t slash = s.find('/', 2);
    p.authority = std::string(s.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2));
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  p.path = std::string(s);
  return p;
}

// RFC 3986, 5.2.4.
std::string RemoveDotSegments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.substr(0, 3) == "../") {
      in.remove_prefix(3);
    } else if (in.substr(0, 2) == "./") {
      in.remove_prefix(2);
    } else if (in.substr(0, 3) == "/./") {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.substr(0, 4) == "/../" || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      const std::size_t last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      const std::size_t next = in.find('/', 1);
      out += in.substr(0, next);
      in = next == std::string_view::npos ? std::string_view() : in.substr(next);
    }
  }
  return out;
}

// RFC 3986, 5.2.3.
std::string Merge(const UrlParts& base, std::string_view path) {
  if (base.authority && base.path.empty()) return "/" + std::string(path);
  const std::size_t last = base.path.rfind('/');
  if (last == std::string::npos) return std::string(path);
  return base.path.substr(0, last + 1) + std::string(path);
}

std::string Join(const UrlParts& p) {
  std::string out;
  if (p.scheme) out += *p.scheme + ":";
  if (p.authority) out += "//" + *p.authority;
  out += p.path;
  if (p.query) out += "?" + *p.query;
  if (p.fragment) out += "#" + *p.fragment;
  return out;
}

// What browsers do before parsing: spaces around go, tabs and line breaks
// inside go.
std::string Clean(std::string_view s) {
  std::string out(Trim(s));
  std::erase_if(out, [](char c) { return c == '\t' || c == '\n' || c == '\r'; });
  return out;
}

bool IsHttp(const UrlParts& p) {
  return p.scheme && (*p.scheme == "http" || *p.scheme == "https") && p.authority && !p.authority->empty();
}

// Second-level labels under which a country's registry hands out names
// ("co.uk", "com.au", "gob.mx", "ne.jp"): such a pair is no site.
constexpr std::string_view kRegistryLabels[] = {"com", "org", "net", "gov", "edu", "gob", "mil", "nic"};

// Whether a two-label domain is a registry's, not a site: a country code
// under a two-letter label or one of kRegistryLabels.
bool IsRegistryDomain(std::string_view domain) {
  const std::size_t dot = domain.find('.');
  const std::string_view label = domain.substr(0, dot);
  if (domain.size() - dot - 1 != 2) return false;
  return label.size() <= 2 || std::ranges::find(kRegistryLabels, label) != std::end(kRegistryLabels);
}

// A host less its first label, when two or more are left and they are no
// registry's ("news.a.example" -> "a.example", "a.co.uk" -> ""); ""
// otherwise.
std::string_view ParentDomain(std::string_view host) {
  const std::size_t dot = host.find('.');
  if (dot == std::string_view::npos) return {};
  const std::string_view parent = host.substr(dot + 1);
  const std::size_t last = parent.find('.');
  if (last == std::string_view::npos) return {};
  return parent.find('.', last + 1) == std::string_view::npos && IsRegistryDomain(parent) ? std::string_view() : parent;
}

}  // namespace

bool HasScheme(std::string_view url) { return SchemeLength(Trim(url)) > 0; }

std::string ResolveUrl(std::string_view reference, std::string_view base) {
  const std::string ref_text = Clean(reference);
  const UrlParts r = Split(ref_text);
  if (r.scheme) {
    UrlParts t = r;
    t.path = RemoveDotSegments(r.path);
    return Join(t);
  }
  const UrlParts b = Split(Clean(base));
  if (!b.scheme) return ref_text;
  UrlParts t;
  t.scheme = b.scheme;
  t.fragment = r.fragment;
  if (r.authority) {
    t.authority = r.authority;
    t.path = RemoveDotSegments(r.path);
    t.query = r.query;
    return Join(t);
  }
  t.authority = b.authority;
  if (r.path.empty()) {
    t.path = b.path;
    t.query = r.query ? r.query : b.query;
  } else {
    t.path = RemoveDotSegments(r.path.front() == '/' ? r.path : Merge(b, r.path));
    t.query = r.query;
  }
  return Join(t);
}

bool IsHttpUrl(std::string_view url) { return IsHttp(Split(url)); }

std::string PathAndQuery(std::string_view url) {
  const UrlParts p = Split(Clean(url));
  if (!IsHttp(p)) return "";
  std::string path = p.path;
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.empty() && !p.query) return "";
  return p.query ? path + "?" + *p.query : path;
}

std::string UrlHost(std::string_view url) {
  const UrlParts p = Split(Clean(url));
  if (!IsHttp(p)) return "";
  std::string host = AsciiLower(*p.authority);
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host.substr(0, host.find(':'));
}

std::string FirstHostLabel(std::string_view url) {
  const std::string host = UrlHost(url);
  return host.substr(0, host.find('.'));
}

bool OnDomain(std::string_view host, std::string_view domain) {
  if (host.size() == domain.size()) return host == domain;
  return host.size() > domain.size() && host.ends_with(domain) && host[host.size() - domain.size() - 1] == '.';
}

bool SameSite(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (OnDomain(a, b) || OnDomain(b, a)) return true;
  const std::string_view pa = ParentDomain(a);
  return !pa.empty() && pa == ParentDomain(b);
}

std::string PageBase(std::string_view base_href, std::string_view given_url, std::string_view claimed_url) {
  std::string page;
  for (std::string_view candidate : {given_url, claimed_url}) {
    if (page.empty() && IsHttpUrl(Clean(candidate))) page = Clean(candidate);
  }
  if (Trim(base_href).empty()) return page;
  const std::string base = ResolveUrl(base_href, page);
  return IsHttpUrl(base) ? base : page;
}

}  // namespace pith
