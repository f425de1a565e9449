#include "metadata/linked_data.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <optional>
#include <system_error>
#include <string_view>
#include <unordered_map>

#include "metadata/authors.h"
#include "metadata/thresholds.h"
#include "metadata/topics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::linked_data;

using nlohmann::json;

std::string TypeName(const json& t) {
  if (!t.is_string()) return {};
  std::string s = AsciiLower(t.get<std::string>());
  if (const auto slash = s.rfind('/'); slash != std::string::npos) s = s.substr(slash + 1);
  if (const auto colon = s.rfind(':'); colon != std::string::npos) s = s.substr(colon + 1);
  return s;
}

// True if the object's @type (a string or a list) is one of `names`.
template <std::size_t N>
bool HasType(const json& o, const std::string_view (&names)[N]) {
  if (!o.is_object() || !o.contains("@type")) return false;
  const json& type = o["@type"];
  auto matches = [&](const json& t) {
    const std::string s = TypeName(t);
    return std::any_of(std::begin(names), std::end(names), [&](std::string_view n) { return s == n; });
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

constexpr std::string_view kArticleTypes[] = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting",
    "discussionforumposting", "posting", "blog", "review", "creativework"};
constexpr std::string_view kPageTypes[] = {"webpage", "itempage", "collectionpage", "aboutpage",
                                           "profilepage", "qapage", "faqpage"};
constexpr std::string_view kOrganizationTypes[] = {"organization", "newsmediaorganization", "corporation",
                                                   "educationalorganization", "governmentorganization",
                                                   "localbusiness", "ngo", "website", "brand"};
constexpr std::string_view kWebSiteType[] = {"website"};

// Every object of the page's JSON-LD, in document order, and the ones that
// carry an @id, so that {"@id": "#author"} references can be followed.
class Graph {
 public:
  void Add(const json& v, int depth, bool in_list) {
    if (depth > limits::kMaxGraphDepth || objects_.size() > limits::kMaxGraphObjects) return;
    if (v.is_array()) {
      for (const json& item : v) Add(item, depth + 1, in_list);
      return;
    }
    if (!v.is_object()) return;
    objects_.push_back({&v, in_list});
    if (auto it = v.find("@id"); it != v.end() && it->is_string() && v.size() > 1) {
      ids_.emplace(it->get<std::string>(), &v);
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      // Lists of other pages ("related", breadcrumbs) hold articles that
      // are not this one.
      const bool list = in_list || it.key() == "itemListElement" || it.key() == "relatedLink" ||
                        it.key() == "isPartOf" || it.key() == "hasPart";
      if (it->is_structured()) Add(*it, depth + 1, list);
    }
  }

  // The object itself, or the one its {"@id": ...} names.
  const json& Resolve(const json& v) const {
    if (v.is_object() && v.size() == 1) {
      if (auto it = v.find("@id"); it != v.end() && it->is_string()) {
        if (auto found = ids_.find(it->get<std::string>()); found != ids_.end()) return *found->second;
      }
    }
    return v;
  }

  struct Entry {
    const json* object;
    bool in_list;
  };
  const std::vector<Entry>& objects() const { return objects_; }

 private:
  std::vector<Entry> objects_;
  std::unordered_map<std::string, const json*> ids_;
};

std::string StringOf(const Graph& g, const json& raw, int depth = 0) {
  if (depth > limits::kMaxValueDepth) return {};
  const json& v = g.Resolve(raw);
  if (v.is_string()) return CollapseSpace(v.get<std::string>());
  if (v.is_number()) return v.dump();
  if (v.is_array()) {
    for (const json& item : v) {
      if (std::string s = StringOf(g, item, depth + 1); !s.empty()) return s;
    }
    return {};
  }
  if (v.is_object()) {
    for (const char* key : {"name", "url", "contentUrl", "@value", "@id"}) {
      if (auto it = v.find(key); it != v.end()) {
        if (std::string s = StringOf(g, *it, depth + 1); !s.empty()) return s;
      }
    }
  }
  return {};
}

std::string Field(const Graph& g, const json& o, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (auto it = o.find(key); it != o.end()) {
      if (std::string s = StringOf(g, *it); !s.empty()) return s;
    }
  }
  return {};
}

// A text value with its character references decoded: some sites escape
// the script's strings as HTML ("Roads &amp; bridges", an author "Jos&#xE9;
// Roe", which the byline then cut at the "&"). Markup the decoding brings
// out goes with it ("&lt;b&gt;Breaking&lt;/b&gt;", an address "Jane Roe
// &lt;jane@example.com&gt;").
std::string DecodedText(std::string_view raw) {
  const std::string text = DecodeCharacterReferences(raw);
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;
  for (std::size_t open = text.find('<'); open != std::string::npos; open = text.find('<', from)) {
    const std::size_t close = text.find('>', open);
    if (close == std::string::npos) break;
    out.append(text, from, open - from);
    out += ' ';
    from = close + 1;
  }
  out.append(text, from, std::string::npos);
  return CollapseSpace(out);
}

// A text field's value, decoded; not addresses, whose "&copy=" a decoder
// reading references without semicolons would misread.
std::string TextField(const Graph& g, const json& o, std::initializer_list<const char*> keys) {
  return DecodedText(Field(g, o, keys));
}

// Authors as people and as organisations: strings, lists, Person objects
// (name, or givenName and familyName), references to them.
void AuthorsOf(const Graph& g, const json& raw, LinkedData& ld, int depth = 0) {
  if (depth > limits::kMaxValueDepth) return;
  const json& v = g.Resolve(raw);
  if (v.is_string()) {
    std::string name = DecodedText(v.get<std::string>());
    if (!name.empty() && !IsWebAddress(name, AddressForms::kWithFragments)) ld.authors.push_back(std::move(name));
  } else if (v.is_array()) {
    for (const json& item : v) AuthorsOf(g, item, ld, depth + 1);
  } else if (v.is_object()) {
    std::string name = TextField(g, v, {"name"});
    if (name.empty()) {
      name = CollapseSpace(TextField(g, v, {"givenName"}) + " " + TextField(g, v, {"familyName"}));
    }
    if (name.empty() || IsWebAddress(name, AddressForms::kWithFragments)) return;
    if (HasType(v, kOrganizationTypes)) {
      ld.organization_authors.push_back(std::move(name));
    } else {
      ld.authors.push_back(std::move(name));
    }
  }
}

// Every string of a keywords value: a string, or a list of strings (or
// of {"name": ...} terms).
void KeywordsOf(const Graph& g, const json& raw, std::vector<std::string>& out, int depth = 0) {
  if (depth > limits::kMaxValueDepth) return;
  const json& v = g.Resolve(raw);
  if (v.is_array()) {
    for (const json& item : v) KeywordsOf(g, item, out, depth + 1);
  } else if (std::string s = StringOf(g, v); !s.empty()) {
    out.push_back(std::move(s));
  }
}

// isAccessibleForFree as a boolean: JSON true/false, or the strings
// "true"/"false" in any case (Google's own examples quote "False").
std::optional<bool> FreeFlag(const json& o) {
  auto it = o.find("isAccessibleForFree");
  if (it == o.end()) return std::nullopt;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_string()) {
    const std::string s = AsciiLower(Trim(it->get<std::string>()));
    if (s == "true") return true;
    if (s == "false") return false;
  }
  return std::nullopt;
}

// What the object and its parts (hasPart: the gated stretch of the text)
// say about access: false when any says false.
void ReadAccess(const Graph& g, const json& o, LinkedData& ld) {
  auto merge = [&](std::optional<bool> flag) {
    if (flag && (!ld.free || !*flag)) ld.free = flag;
  };
  merge(FreeFlag(o));
  auto parts = o.find("hasPart");
  if (parts == o.end()) return;
  if (parts->is_array()) {
    for (const json& part : *parts) {
      if (const json& p = g.Resolve(part); p.is_object()) merge(FreeFlag(p));
    }
  } else if (const json& p = g.Resolve(*parts); p.is_object()) {
    merge(FreeFlag(p));
  }
}

// How much an object says about an article: the main article has a
// headline, a date and an author; a teaser in a list has less.
int ArticleScore(const json& o, bool in_list) {
  int score = 0;
  for (const char* key : {"headline", "datePublished", "author", "articleBody", "dateModified"}) {
    if (o.contains(key)) ++score;
  }
  if (o.contains("datePublished")) ++score;
  if (in_list) score -= limits::kInListPenalty;
  return score;
}

void ReadArticle(const Graph& g, const json& o, LinkedData& ld) {
  ld.found = true;
  ld.headline = TextField(g, o, {"headline", "name", "alternativeHeadline"});
  ld.description = TextField(g, o, {"description"});
  ld.published = Field(g, o, {"datePublished", "dateCreated", "uploadDate"});
  ld.modified = Field(g, o, {"dateModified"});
  if (auto it = o.find("author"); it != o.end()) AuthorsOf(g, *it, ld);
  if (ld.authors.empty() && ld.organization_authors.empty()) {
    if (auto it = o.find("creator"); it != o.end()) AuthorsOf(g, *it, ld);
  }
  if (auto it = o.find("publisher"); it != o.end()) ld.site_name = TextField(g, g.Resolve(*it), {"name"});
  ld.image = Field(g, o, {"image", "thumbnailUrl"});
  ld.url = Field(g, o, {"url"});
  ld.language = Field(g, o, {"inLanguage"});
  ld.section = TextField(g, o, {"articleSection"});
  if (auto it = o.find("keywords"); it != o.end()) KeywordsOf(g, *it, ld.keywords);
  ReadAccess(g, o, ld);
}

// What a wrapping WebPage adds: some sites put the dates or the author on
// the page object rather than on the article.
void FillFromPage(const Graph& g, const json& o, LinkedData& ld) {
  // Missing, or the same day without the time the page object gives.
  auto fill = [](std::string& date, std::string page) {
    if (date.empty() || (date.find('T') == std::string::npos && page.size() > date.size() &&
                         page.compare(0, date.size(), date) == 0)) {
      date = std::move(page);
    }
  };
  fill(ld.published, Field(g, o, {"datePublished"}));
  fill(ld.modified, Field(g, o, {"dateModified"}));
  if (ld.authors.empty() && ld.organization_authors.empty()) {
    if (auto it = o.find("author"); it != o.end()) AuthorsOf(g, *it, ld);
  }
  if (ld.language.empty()) ld.language = Field(g, o, {"inLanguage"});
  ReadAccess(g, o, ld);
}

// Calls on_bracket(i, depth) for each bracket outside strings, with the
// depth after it, until it returns true; returns that bracket's offset, or
// npos when the text runs out.
template <typename OnBracket>
std::size_t WalkBrackets(std::string_view s, OnBracket on_bracket) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if ((c == '{' || c == '[') && on_bracket(i, ++depth)) {
      return i;
    } else if ((c == '}' || c == ']') && on_bracket(i, --depth)) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Deepest nesting of brackets outside strings; nlohmann's parser recurses,
// so very deep input is refused before parsing.
int JsonDepth(std::string_view s) {
  int max = 0;
  WalkBrackets(s, [&](std::size_t, int depth) {
    max = std::max(max, depth);
    return false;
  });
  return max;
}

bool ConsumePrefix(std::string_view& s, std::string_view prefix) {
  if (!StartsWithNoCase(s, prefix)) return false;
  s = Trim(s.substr(prefix.size()));
  return true;
}

bool ConsumeSuffix(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s = Trim(s.substr(0, s.size() - suffix.size()));
  return true;
}

}  // namespace

std::string TidyJsonLd(std::string_view script) {
  std::string_view s = Trim(script);
  // XHTML pages wrap scripts as "<![CDATA[ ... ]]>", sometimes behind "//";
  // old ones as "<!-- ... -->".
  for (bool again = true; again;) {
    again = false;
    for (std::string_view prefix : {"//", "<![CDATA[", "<!--"}) again = ConsumePrefix(s, prefix) || again;
    for (std::string_view suffix : {"]]>", "-->", "//", ";"}) again = ConsumeSuffix(s, suffix) || again;
  }
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      // \uXXXX: a lone surrogate becomes U+FFFD, a control character other
      // than a tab or a line break goes (nlohmann refuses the one, keeps
      // the other, NUL included); \b and \f go too.
      if (const std::optional<UnicodeEscape> e = c == '\\' ? ReadUnicodeEscape(s, i) : std::nullopt) {
        const unsigned u = e->value;
        if (e->length == 12 || (u >= 0x20 && u < 0x7F) || u > 0x9F || u == '\t' || u == '\n' || u == '\r') {
          out.append(e->lone_surrogate ? "\\uFFFD" : s.substr(i, e->length));
        }
        i += e->length - 1;
        continue;
      }
      if (c == '\\' && i + 1 < s.size()) {
        if (s[i + 1] != 'b' && s[i + 1] != 'f') {
          out += c;
          out += s[i + 1];
        }
        ++i;
        continue;
      }
      if (c == '"') in_string = false;
      if (static_cast<unsigned char>(c) < 0x20) {
        out += ' ';  // a raw line break or tab inside a string
        continue;
      }
      out += c;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '-' || (c >= '0' && c <= '9')) {
      // A number no double holds (1e999) would fail the whole block: it
      // stays text.
      std::size_t end = i + 1;
      while (end < s.size() && std::string_view("0123456789+-.eE").find(s[end]) != std::string_view::npos) ++end;
      double value = 0;
      const bool overflows =
          std::from_chars(s.data() + i, s.data() + end, value).ec == std::errc::result_out_of_range;
      if (overflows) out += '"';
      out.append(s.substr(i, end - i));
      if (overflows) out += '"';
      i = end - 1;
      continue;
    }
    if (c == ',') {
      std::size_t j = i + 1;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
      if (j < s.size() && (s[j] == '}' || s[j] == ']')) continue;  // a trailing comma
    }
    out += c;
  }
  return out;
}

namespace {

// Where the first top-level value of tidied JSON ends (npos if it does not).
std::size_t FirstValueEnd(std::string_view s) {
  const std::size_t close =
      WalkBrackets(s, [&](std::size_t i, int depth) { return depth == 0 && (s[i] == '}' || s[i] == ']'); });
  return close == std::string_view::npos ? close : close + 1;
}

// What a script that is more than one value was meant as: objects one
// after another, separated by commas, as an array; one object closed
// once too often, as that object.
std::string RecoverJsonLd(const std::string& tidy) {
  const std::size_t end = FirstValueEnd(tidy);
  if (end == std::string_view::npos || end == tidy.size()) return {};
  const std::string_view rest = Trim(std::string_view(tidy).substr(end));
  if (rest.starts_with(",")) return "[" + tidy + "]";
  if (rest.find_first_not_of("}] \t\r\n") == std::string_view::npos) return tidy.substr(0, end);
  return {};
}

}  // namespace

json ParseJsonLd(std::string_view script) {
  const std::string tidy = TidyJsonLd(script);
  if (tidy.empty() || JsonDepth(tidy) > limits::kMaxScriptDepth) return json(json::value_t::discarded);
  json v = json::parse(tidy, nullptr, /*allow_exceptions=*/false);
  if (!v.is_discarded()) return v;
  const std::string recovered = RecoverJsonLd(tidy);
  return recovered.empty() ? v : json::parse(recovered, nullptr, /*allow_exceptions=*/false);
}

LinkedData ReadLinkedData(const PageFacts& facts) {
  LinkedData ld;
  std::vector<json> scripts;
  scripts.reserve(facts.json_ld.size());
  for (const std::string& raw : facts.json_ld) {
    json v = ParseJsonLd(raw);
    if (!v.is_discarded()) scripts.push_back(std::move(v));
  }
  // The vector is complete, so the pointers the graph keeps stay valid.
  Graph g;
  for (const json& v : scripts) g.Add(v, 0, false);

  const json* best = nullptr;
  int best_score = -100;
  const json* page = nullptr;
  for (const Graph::Entry& e : g.objects()) {
    const json& o = *e.object;
    if (HasType(o, kArticleTypes)) {
      const int score = ArticleScore(o, e.in_list);
      if (score > best_score) best = &o, best_score = score;
    } else if (HasType(o, kPageTypes) && !e.in_list && !page) {
      page = &o;
    }
  }
  try {
    if (best) {
      ReadArticle(g, *best, ld);
      if (page) FillFromPage(g, *page, ld);
    } else if (page && (page->contains("headline") || page->contains("datePublished"))) {
      ReadArticle(g, *page, ld);
    }
    if (ld.site_name.empty()) {
      for (const Graph::Entry& e : g.objects()) {
        if (!e.in_list && HasType(*e.object, kWebSiteType)) {
          ld.site_name = TextField(g, *e.object, {"name"});
          if (!ld.site_name.empty()) break;
        }
      }
    }
  } catch (const json::exception&) {
    // A value of an unexpected type: what was read so far stands.
  }
  return ld;
}

}  // namespace pith
