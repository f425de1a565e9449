#include "metadata/topics.h"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <unordered_set>

#include "metadata/authors.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::topics;

// What sections and tags share: decoded, one line, quotes around it gone;
// empty when it is an address or a path.
std::string Tidy(std::string_view raw) {
  std::string s = CollapseSpace(DecodeCharacterReferences(raw));
  std::string_view v = s;
  // Quotes around it, or a stray one left where a list was split inside
  // a quoted value ("&quot; water").
  while (!v.empty() && (v.front() == '"' || v.back() == '"')) v = Trim(v.front() == '"' ? v.substr(1) : v.substr(0, v.size() - 1));
  while (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') v = Trim(v.substr(1, v.size() - 2));
  if (v.empty() || v.front() == '/' || v.find("://") != std::string_view::npos ||
      IsWebAddress(v, AddressForms::kWithoutFragments)) {
    return {};
  }
  return std::string(v);
}

bool TooLong(std::string_view s, std::size_t max_chars) { return CountChars(s) > max_chars; }

// "cce15240-c52a-4887-a61a-cd64701d6596", "1913719": hex digits and
// dashes with a digit among them.
bool LooksLikeId(std::string_view s) {
  const bool digit = std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool id_chars = std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-';
  });
  return digit && id_chars;
}

// "content-type: How-to", "Category: Phones", "NLP Category: General":
// a short label before a colon.
bool IsMarker(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  return CountWords(s.substr(0, colon)) <= limits::kMaxMarkerLabelWords;
}

// "example.com", "theprovince.com": a host name standing alone.
bool IsHostName(std::string_view s) {
  const std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot + 2 > s.size() || s.find(' ') != std::string_view::npos) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(dot) + 1, s.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsPlaceholderSection(std::string_view s) {
  const std::string folded = FoldForCompare(s);
  return lexicon::IsOneOf(folded, lexicon::kPlaceholderSections);
}

bool IsTagBoxLabel(std::string_view text) {
  return lexicon::IsOneOf(FoldForCompare(Trim(text)), lexicon::kTagBoxLabels);
}

// The article's tags as a tag line or a tag box under the text prints
// them: its links' texts, or the words after "Tags:" split at commas.
std::vector<std::string> TagsOfBlock(const Block& b, bool labelled) {
  std::vector<std::string> out;
  for (const TextSpan& span : b.spans) {
    if (span.kind != TextSpan::Kind::kLink || span.end > b.text.size() || span.begin >= span.end) continue;
    std::string text = b.text.substr(span.begin, span.end - span.begin);
    if (!IsTagBoxLabel(text)) out.push_back(std::move(text));
  }
  if (!out.empty() || !labelled) return out;
  const std::size_t colon = b.text.find(':');
  if (colon == std::string::npos) return out;
  return SplitTagList(std::string_view(b.text).substr(colon + 1));
}

// The element within kTagBoxAncestors levels of `e` classed as a tag box,
// or -1; none when a share bar or another box that is never content sits
// on the way ("tags-share-box > div.post-share").
std::int32_t TagBox(const Document& doc, std::int32_t e) {
  const ClassPattern& box = GetHeuristics().tag_box_class;
  for (int level = 0; e >= 0 && level <= limits::kTagBoxAncestors; ++level) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.flags & kStrongChrome) return -1;
    if ((!el.cls.empty() && box.Matches(el.cls)) || (!el.id.empty() && box.Matches(el.id))) return e;
    e = el.parent;
  }
  return -1;
}

// Whether `box` lies within kTagBoxTextLevels ancestors of the element
// of the text's last block.
bool BesideText(const Document& doc, std::int32_t box, std::int32_t text) {
  for (int level = 0; text >= 0 && level <= limits::kTagBoxTextLevels; ++level) {
    if (doc.Contains(text, box)) return true;
    text = doc.elements[static_cast<std::size_t>(text)].parent;
  }
  return false;
}


// The text's last block but a photo essay's captions, else `last`: the
// essay's text ends in captions, levels deeper in their slides than the
// text's column a tag box is beside.
std::int32_t LastColumnBlock(const MetadataContext& ctx, std::int32_t last) {
  for (std::int32_t i = last; i >= ctx.first_body; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kBody && !ctx.EssayCaption(u)) return i;
  }
  return last;
}

// The tags the page prints under its text, from a block the clean stage
// dropped between the text's start and shortly after its end: a "Tags: a,
// b" line (HTML or a text copy) or the links of a tag box.
std::vector<std::string> PageTagLine(const MetadataContext& ctx, Origin& from) {
  std::int32_t last = -1;
  for (std::int32_t i = ctx.Blocks(); i-- > 0;) {
    if (ctx.RoleOf(static_cast<std::size_t>(i)) == Role::kBody) {
      last = i;
      break;
    }
  }
  if (ctx.first_body < 0 || last < 0) return {};
  const std::int32_t column_end = LastColumnBlock(ctx, last);
  const std::int32_t end = std::min(ctx.Blocks(), last + limits::kTagBoxMaxBlocksAfter + 1);
  std::vector<std::string> tags;
  std::int32_t box = -1;
  for (std::int32_t i = ctx.first_body; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kDropped) continue;
    const Block& b = ctx.doc.blocks[u];
    if (!ctx.Html()) {
      if (!IsNamed(MatchSectionHead(b.text), kTagsHead)) continue;
      from = ctx.BlockOrigin(i, "tag line");
      return TagsOfBlock(b, true);
    }
    if (box >= 0) {
      // The box's later blocks: its other links ("<li><a>" each).
      if (!ctx.doc.Contains(box, b.element)) break;
      for (std::string& t : TagsOfBlock(b, false)) tags.push_back(std::move(t));
      continue;
    }
    if (IsNamed(ctx.stats[u].chrome, kTagListLabel)) {
      from = ctx.BlockOrigin(i, "tag line");
      return TagsOfBlock(b, true);
    }
    if (const std::int32_t found = TagBox(ctx.doc, b.element);
        found >= 0 && BesideText(ctx.doc, found, ctx.doc.blocks[static_cast<std::size_t>(column_end)].element)) {
      box = found;
      from = ctx.BlockOrigin(i, "tag box");
      tags = TagsOfBlock(b, false);
    }
  }
  return tags;
}

// The values of an article:tag meta: one tag each, or one list when the
// page gives a single meta with commas ("Oceans,New Zealand,Environment").
std::vector<std::string> ArticleTagMetas(const PageFacts& facts) {
  std::vector<std::string> values = MetaValues(facts, lexicon::kTagMeta);
  if (values.size() == 1) return SplitTagList(values.front());
  return values;
}

// JSON-LD keywords: each string of a list, or one string split as a list.
std::vector<std::string> LinkedDataKeywords(const LinkedData& ld) {
  if (ld.keywords.size() != 1) return ld.keywords;
  return SplitTagList(ld.keywords.front());
}

// An analytics tag list (Parse.ly's, Sailthru's) mixes the editors' tags
// with the site's slugs and markers ("exclude-from-homepage", "type-story",
// "Category: Phones"): trusted only when every item is a clean name.
std::vector<std::string> TrustedAnalyticsTags(const std::vector<std::string>& raw) {
  auto slug = [](const std::string& t) {
    return t.find('-') != std::string::npos && std::all_of(t.begin(), t.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
  };
  for (const std::string& r : raw) {
    const std::optional<std::string> tag = CleanTag(r);
    if (!tag || slug(*tag)) return {};
  }
  return raw;
}

// The accents of HTML's named references for accented letters
// ("&iacute;", "&Uuml;", "&ccedil;"), as combining marks to compose with the
// letter: names in double-escaped structured data ("Rodr&iacute;guez").
constexpr std::pair<std::string_view, UChar32> kAccentReferences[] = {
    {"acute", 0x301}, {"grave", 0x300}, {"uml", 0x308}, {"circ", 0x302},
    {"tilde", 0x303}, {"cedil", 0x327}, {"ring", 0x30A}};
// And the other letters and the typographic marks such data escape.
constexpr std::pair<std::string_view, std::string_view> kLetterReferences[] = {
    {"szlig", "\xC3\x9F"}, {"oslash", "\xC3\xB8"},   {"Oslash", "\xC3\x98"},   {"aelig", "\xC3\xA6"},
    {"AElig", "\xC3\x86"}, {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"},
    {"ldquo", "\xE2\x80\x9C"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"}};

// The longest of those names ("hellip", "Aacute").
constexpr std::size_t kMaxLetterReferenceBytes = 6;

// The text of the named reference `name` of an accented letter or a
// typographic mark, or nothing.
std::optional<std::string> NamedLetter(std::string_view name) {
  for (const auto& [n, text] : kLetterReferences) {
    if (name == n) return std::string(text);
  }
  if (name.size() < 2 || !std::isalpha(static_cast<unsigned char>(name[0]))) return std::nullopt;
  for (const auto& [accent, mark] : kAccentReferences) {
    if (name.substr(1) != accent) continue;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const UChar32 composed = U_SUCCESS(status) ? nfc->composePair(static_cast<UChar32>(name[0]), mark) : U_SENTINEL;
    if (composed < 0) return std::nullopt;
    std::string out;
    AppendUtf8(out, static_cast<char32_t>(composed));
    return out;
  }
  return std::nullopt;
}

// Appends the letter or mark that `rest`, the text after an "&", opens on
// with its semicolon; the bytes read, or 0.
std::size_t AppendNamedLetter(std::string_view rest, std::string& out) {
  const std::size_t semi = rest.substr(0, kMaxLetterReferenceBytes + 1).find(';');
  if (semi == std::string_view::npos) return 0;
  const std::optional<std::string> letter = NamedLetter(rest.substr(0, semi));
  if (!letter) return 0;
  out += *letter;
  return semi + 1;
}

}  // namespace

std::string DecodeCharacterReferences(std::string_view s) {
  // HTML also reads these without their semicolon ("&quot," in a meta).
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::string_view rest = s.substr(i + 1);
    std::size_t length = 0;  // of the reference after '&', when one is read
    if (rest.size() > 2 && rest[0] == '#') {
      const bool hex = rest[1] == 'x' || rest[1] == 'X';
      const std::size_t first = hex ? 2 : 1;
      unsigned cp = 0;
      const auto r = std::from_chars(rest.data() + first, rest.data() + rest.size(), cp, hex ? 16 : 10);
      const std::size_t end = static_cast<std::size_t>(r.ptr - rest.data());
      if (r.ec == std::errc() && end < rest.size() && rest[end] == ';' && cp > 0 && cp <= 0x10FFFF &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(out, static_cast<char32_t>(cp));
        length = end + 1;
      }
    } else if ((length = AppendNamedLetter(rest, out)) == 0) {
      for (const auto& [name, text] : kNamed) {
        if (rest.substr(0, name.size()) != name) continue;
        const char next = rest.size() > name.size() ? rest[name.size()] : ' ';
        if (next == ';' || !std::isalnum(static_cast<unsigned char>(next))) {
          out += text;
          length = name.size() + (next == ';' ? 1 : 0);
          break;
        }
      }
    }
    if (length == 0) out += '&';
    i += length;
  }
  return out;
}

std::optional<std::string> CleanSection(std::string_view raw) {
  std::string s = Tidy(raw);
  if (s.empty() || s.find('_') != std::string::npos || TooLong(s, limits::kMaxSectionChars) || !HasLetter(s) ||
      IsPlaceholderSection(s)) {
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> CleanTag(std::string_view raw) {
  std::string s = Tidy(raw);
  if (!s.empty() && s.front() == '#') s = std::string(Trim(std::string_view(s).substr(1)));
  if (s.empty() || s.front() == '@' || s.front() == '_' || s.find_first_of("_|") != std::string::npos ||
      TooLong(s, limits::kMaxTagChars) || CountWords(s) > limits::kMaxTagWords || !HasLetter(s) ||
      LooksLikeId(s) || IsMarker(s) || IsHostName(s)) {
    return std::nullopt;
  }
  return s;
}

std::vector<std::string> SplitTagList(std::string_view raw_list) {
  // , ; and the full-width ，、；
  static constexpr std::string_view kSeparators[] = {",", ";", "\xEF\xBC\x8C", "\xE3\x80\x81", "\xEF\xBC\x9B"};
  // Decoded first: "&quot;" holds a semicolon.
  const std::string decoded = DecodeCharacterReferences(raw_list);
  const std::string_view list = decoded;
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size();) {
    std::size_t width = i == list.size() ? 1 : 0;
    for (std::string_view sep : kSeparators) {
      if (width == 0 && list.substr(i, sep.size()) == sep) width = sep.size();
    }
    if (width == 0) {
      ++i;
      continue;
    }
    if (std::string_view part = Trim(list.substr(start, i - start)); !part.empty()) out.emplace_back(part);
    i += width;
    start = i;
  }
  return out;
}

void AddTags(const std::vector<std::string>& raw, std::vector<std::string>& tags) {
  std::unordered_set<std::string> seen;
  for (const std::string& t : tags) seen.insert(FoldForCompare(t));
  for (const std::string& r : raw) {
    if (tags.size() >= limits::kMaxTags) return;
    std::optional<std::string> tag = CleanTag(r);
    if (tag && seen.insert(FoldForCompare(*tag)).second) tags.push_back(std::move(*tag));
  }
}

void ReadSection(MetadataContext& ctx) {
  const PageFacts& facts = ctx.doc.facts;
  auto take = [&](std::string_view raw, const Origin& from) {
    if (ctx.article.section) return;
    ctx.article.section = CleanSection(raw);
    if (ctx.article.section) ctx.Note("section", from);
  };
  for (const std::string& v : MetaValues(facts, lexicon::kSectionMeta)) take(v, {kMetaTag, lexicon::kSectionMeta});
  take(ctx.ld.section, {"JSON-LD articleSection"});
  for (std::string_view key : lexicon::kOtherSectionMeta) {
    for (const std::string& v : MetaValues(facts, key)) take(v, {kMetaTag, key});
  }
}

// One source gives the tags, the first that gives any, in this order:
// the page's own tags (article:tag, JSON-LD keywords, news_keywords) and
// the tag line it prints, before analytics tags and the generic keywords
// meta, which is often one word list for the whole site: that one only
// when one of its words is in the headline or the standfirst.
void ReadTags(MetadataContext& ctx) {
  const PageFacts& facts = ctx.doc.facts;
  std::vector<std::string>& tags = ctx.article.tags;
  auto take = [&](const std::vector<std::string>& raw, const Origin& from) {
    if (!tags.empty()) return;
    AddTags(raw, tags);
    if (!tags.empty()) ctx.Note("tags", from);
  };
  take(ArticleTagMetas(facts), {kMetaTag, lexicon::kTagMeta});
  take(LinkedDataKeywords(ctx.ld), {"JSON-LD keywords"});
  take(SplitTagList(MetaValue(facts, lexicon::kNewsKeywordsMeta)), {kMetaTag, lexicon::kNewsKeywordsMeta});
  if (tags.empty()) {
    Origin from;
    std::vector<std::string> line = PageTagLine(ctx, from);
    take(line, from);
  }
  for (std::string_view key : lexicon::kAnalyticsTagMeta) {
    take(TrustedAnalyticsTags(SplitTagList(MetaValue(facts, key))), {kMetaTag, key});
  }
  if (tags.empty()) {
    // The generic keywords: only a list about this article, one that names
    // something its headline or standfirst names.
    std::vector<std::string> keywords;
    AddTags(SplitTagList(MetaValue(facts, lexicon::kKeywordsMeta)), keywords);
    const std::string heading =
        FoldForCompare(ctx.article.headline.value_or("") + "\n" + ctx.article.description.value_or(""));
    if (std::any_of(keywords.begin(), keywords.end(),
                    [&](const std::string& k) { return heading.find(FoldForCompare(k)) != std::string::npos; })) {
      take(keywords, {kMetaTag, lexicon::kKeywordsMeta});
    }
  }
}

}  // namespace pith
