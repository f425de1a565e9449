#include "metadata.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <unordered_map>
#include <vector>

#include "authors.h"
#include "dates.h"
#include "heuristics.h"
#include "linked_data.h"
#include "text_header.h"
#include "text_util.h"

namespace pith {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

std::string MetaValue(const PageFacts& facts, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const PageFacts::Meta& m : facts.meta) {
      if (m.key == key && !m.content.empty()) return m.content;
    }
  }
  return {};
}

bool IsUrl(std::string_view s) {
  return StartsWithNoCase(s, "http://") || StartsWithNoCase(s, "https://") || StartsWithNoCase(s, "//") ||
         StartsWithNoCase(s, "www.");
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  const std::string folded = FoldForCompare(s);
  std::string cur;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    const bool word = cp > 0x7F ? !IsUnicodeSpace(cp) && cp != 0x2019 && cp != 0x2018 && cp != 0x201C &&
                                      cp != 0x201D && cp != 0x2013 && cp != 0x2014
                                : ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'));
    if (word) {
      cur.append(folded, start, i - start);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Token F1 of two titles: 1 for the same words, in any case or quoting.
double TitleSimilarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = Words(a), wb = Words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::unordered_map<std::string, int> counts;
  for (const auto& w : wa) ++counts[w];
  int common = 0;
  for (const auto& w : wb) {
    if (auto it = counts.find(w); it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  const double p = static_cast<double>(common) / static_cast<double>(wb.size());
  const double r = static_cast<double>(common) / static_cast<double>(wa.size());
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

std::optional<DateTime> Plausible(const std::optional<DateTime>& d) {
  if (!d || d->year < 1990 || d->year > 2100) return std::nullopt;
  return d;
}

class Reader {
 public:
  Reader(const Document& doc, const Options& options, Selection& sel, Article& article)
      : doc_(doc), options_(options), sel_(sel), article_(article) {
    stats_.reserve(doc.blocks.size());
    for (const Block& b : doc.blocks) stats_.push_back(MeasureBlock(b));
    first_body_ = sel.FirstBody();
  }

  void Run();

 private:
  void Headline();
  void Description();
  void Byline();
  void Date();
  void Captions();
  void PageFields();
  // Blocks before the body that belong to the article's header.
  std::int32_t HeaderStart() const { return std::max<std::int32_t>(0, Anchor() - 40); }
  std::int32_t Anchor() const {
    return first_body_ >= 0 ? first_body_ : static_cast<std::int32_t>(doc_.blocks.size());
  }
  bool Free(std::size_t i) const {
    const Role r = sel_.verdicts[i].role;
    return r == Role::kBody || r == Role::kDropped;
  }

  const Document& doc_;
  const Options& options_;
  Selection& sel_;
  Article& article_;
  std::vector<BlockStats> stats_;
  LinkedData ld_;
  std::int32_t first_body_ = -1;
  std::int32_t headline_block_ = -1;
  std::int32_t byline_block_ = -1;
  std::int32_t date_block_ = -1;
};

void Reader::Run() {
  if (doc_.format == SourceFormat::kHtml) ld_ = ReadLinkedData(doc_.facts);
  PageFields();
  Date();
  Byline();
  Headline();
  Description();
  Captions();
}

void Reader::PageFields() {
  const PageFacts& f = doc_.facts;
  auto opt = [](std::string s) -> std::optional<std::string> {
    if (s.empty()) return std::nullopt;
    return s;
  };
  article_.site_name = opt(MetaValue(f, {"og:site_name", "application-name", "twitter:app:name:iphone"}));
  if (!article_.site_name && !ld_.site_name.empty()) article_.site_name = ld_.site_name;
  std::string lang = f.language;
  if (lang.empty()) lang = ld_.language;
  if (lang.empty()) lang = MetaValue(f, {"content-language", "og:locale", "language", "dc.language"});
  std::replace(lang.begin(), lang.end(), '_', '-');
  article_.language = opt(lang);
  std::string url = f.canonical;
  if (url.empty()) url = MetaValue(f, {"og:url", "twitter:url"});
  if (url.empty()) url = ld_.url;
  if (url.empty()) url = options_.url;
  article_.url = opt(url);
  std::string image = MetaValue(f, {"og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                                    "twitter:image:src", "thumbnailurl"});
  if (image.empty()) image = ld_.image;
  article_.image = opt(image);
}

void Reader::Date() {
  std::optional<DateTime> best;
  // Structured sources, most trusted first.
  const PageFacts& f = doc_.facts;
  for (const std::string& value :
       {ld_.published,
        MetaValue(f, {"article:published_time", "og:published_time", "article:published", "datepublished",
                      "published_time", "publishdate", "publish-date", "pubdate", "parsely-pub-date",
                      "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                      "dcterms.created", "citation_publication_date", "date", "article.published",
                      "og:article:published_time", "cxenseparse:recs:publishtime"})}) {
    if (value.empty()) continue;
    if (auto d = Plausible(ParseDate(value))) {
      best = d;
      break;
    }
  }
  if (!best) {
    for (const PageFacts::ItemProp& p : f.itemprops) {
      if (p.name != "datepublished" && p.name != "datecreated") continue;
      if (auto d = Plausible(ParseDate(p.value))) {
        best = d;
        break;
      }
    }
  }
  if (!best) {
    for (const PageFacts::Stamp& t : f.times) {
      if (auto d = Plausible(ParseDate(t.datetime.empty() ? t.text : t.datetime))) {
        best = d;
        break;
      }
    }
  }
  // A date line in the article's header: the only source in a text copy.
  for (std::int32_t i = HeaderStart(); i < std::min<std::int32_t>(Anchor() + 3, static_cast<std::int32_t>(doc_.blocks.size())); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!Free(u) || stats_[u].words > 14) continue;
    const auto m = FindDate(doc_.blocks[u].text);
    if (!m || m->coverage < 0.6 || !Plausible(m->value)) continue;
    if (!best) best = m->value;
    // The line is the article's date line if it agrees with the date chosen.
    if (best->year == m->value.year && best->month == m->value.month && best->day == m->value.day) {
      if (!best->has_time && m->value.has_time) best = m->value;
      sel_.Set(u, Role::kDate, "date: a date line in the article header");
      date_block_ = i;
      break;
    }
  }
  if (!best && !options_.url.empty()) {
    // The path of many news addresses carries the day: /2016/02/22/.
    static const RE2 kPathDate("/((?:19|20)\\d\\d)[/-](\\d\\d?)[/-](\\d\\d?)(?:/|[-_.]|$)");
    int y = 0, m = 0, d = 0;
    if (RE2::PartialMatch(options_.url, kPathDate, &y, &m, &d)) {
      best = Plausible(ParseDate(std::to_string(y) + "-" + (m < 10 ? "0" : "") + std::to_string(m) + "-" +
                                 (d < 10 ? "0" : "") + std::to_string(d)));
    }
  }
  if (best) article_.date = best->ToRfc3339();
}

void Reader::Byline() {
  const PageFacts& f = doc_.facts;
  std::string byline;
  // A byline block in the article header: beside the date line, in a
  // byline-classed element, or starting with "By".
  const Heuristics& h = GetHeuristics();
  auto claim = [&](std::int32_t i, const char* reason) {
    byline = CleanByline(doc_.blocks[static_cast<std::size_t>(i)].text);
    sel_.Set(static_cast<std::size_t>(i), Role::kByline, reason);
    byline_block_ = i;
  };
  const std::int32_t end = std::min<std::int32_t>(Anchor() + 3, static_cast<std::int32_t>(doc_.blocks.size()));
  for (std::int32_t i = HeaderStart(); i < end && byline.empty(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!Free(u) || stats_[u].words > 12 || stats_[u].chrome) continue;
    const Block& b = doc_.blocks[u];
    const bool prefixed = RE2::PartialMatch(Piece(b.text), h.byline_prefix);
    const bool classed = doc_.format == SourceFormat::kHtml &&
                         (doc_.elements[static_cast<std::size_t>(b.element)].flags & kBylineLike);
    const bool by_date = doc_.format == SourceFormat::kText && date_block_ >= 0 &&
                         (i == date_block_ - 1 || i == date_block_ + 1);
    if (!(prefixed || classed || by_date)) continue;
    if (SplitAuthors(b.text).empty()) continue;
    claim(i, prefixed ? "byline: starts with a byline prefix"
                      : classed ? "byline: in a byline-classed element" : "byline: names beside the date line");
  }
  std::vector<std::string> names = ld_.authors;
  if (byline.empty()) {
    for (const std::string& value :
         {MetaValue(f, {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                        "dcterms.creator", "byl", "citation_author", "twitter:creator"})}) {
      if (!value.empty() && !IsUrl(value)) byline = CleanByline(value);
    }
  }
  if (byline.empty()) {
    for (const PageFacts::ItemProp& p : f.itemprops) {
      if ((p.name == "author" || p.name == "creator") && !p.value.empty()) {
        byline = CleanByline(p.value);
        break;
      }
    }
  }
  if (byline.empty() && !f.rel_author.empty()) byline = CleanByline(f.rel_author.front());
  std::vector<std::string> from_ld;
  for (const std::string& n : names) {
    for (std::string& split : SplitAuthors(n)) from_ld.push_back(std::move(split));
  }
  if (byline.empty() && !from_ld.empty()) {
    for (const std::string& n : from_ld) byline += (byline.empty() ? "" : ", ") + n;
  }
  if (byline.empty()) return;
  article_.byline = byline;
  article_.authors = from_ld.empty() ? SplitAuthors(byline) : from_ld;
}

void Reader::Headline() {
  const PageFacts& f = doc_.facts;
  const std::string site = article_.site_name.value_or("");
  std::string ref = ld_.headline;
  if (ref.empty()) ref = MetaValue(f, {"og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline"});
  if (ref.empty()) ref = StripTitleSite(f.title, site);
  std::string headline;
  if (doc_.format == SourceFormat::kHtml) {
    // The page's own heading, when it says what the structured data says.
    std::int32_t best = -1;
    double best_sim = 0;
    std::int32_t first_h1 = -1;
    for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
      const Block& b = doc_.blocks[i];
      const bool headline_like = (doc_.elements[static_cast<std::size_t>(b.element)].flags & kHeadlineLike) != 0;
      if (!(b.kind == BlockKind::kHeading && b.level <= 3) && !headline_like) continue;
      if (stats_[i].words > 60) continue;
      if (b.kind == BlockKind::kHeading && b.level == 1 && first_h1 < 0) first_h1 = static_cast<std::int32_t>(i);
      if (ref.empty()) continue;
      const double sim = TitleSimilarity(ref, b.text);
      if (sim > best_sim + 1e-9) best_sim = sim, best = static_cast<std::int32_t>(i);
    }
    if (best >= 0 && best_sim >= 0.8) {
      headline_block_ = best;
    } else if (first_h1 >= 0 && (ref.empty() || TitleSimilarity(f.title, doc_.blocks[static_cast<std::size_t>(first_h1)].text) > 0.5)) {
      headline_block_ = first_h1;
    }
    if (headline_block_ >= 0) {
      headline = doc_.blocks[static_cast<std::size_t>(headline_block_)].text;
      std::replace(headline.begin(), headline.end(), '\n', ' ');
      headline = CollapseSpace(headline);
    } else {
      headline = ref;
    }
  } else {
    headline_block_ = FindTextHeadline(doc_, sel_, stats_, Anchor(), byline_block_, date_block_);
    if (headline_block_ >= 0) headline = doc_.blocks[static_cast<std::size_t>(headline_block_)].text;
  }
  if (headline_block_ >= 0) sel_.Set(static_cast<std::size_t>(headline_block_), Role::kHeadline, "headline");
  if (!headline.empty()) article_.headline = headline;
  // Repeats of the headline (a second h1, a sticky header) leave the body.
  if (!headline.empty()) {
    for (std::int32_t i = HeaderStart(); i < std::min<std::int32_t>(Anchor() + 2, static_cast<std::int32_t>(doc_.blocks.size())); ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (sel_.verdicts[u].role == Role::kBody && TitleSimilarity(headline, doc_.blocks[u].text) >= 0.95) {
        sel_.Set(u, Role::kDropped, "dropped: repeats the headline");
      }
    }
  }
}

void Reader::Description() {
  const PageFacts& f = doc_.facts;
  std::string desc = MetaValue(f, {"og:description", "twitter:description", "description", "dc.description"});
  if (desc.empty()) desc = ld_.description;
  if (doc_.format == SourceFormat::kText) {
    const std::int32_t line =
        FindTextStandfirst(doc_, sel_, stats_, headline_block_, byline_block_ >= 0 ? byline_block_ : date_block_);
    if (line >= 0) {
      desc = doc_.blocks[static_cast<std::size_t>(line)].text;
      sel_.Set(static_cast<std::size_t>(line), Role::kDescription, "description: between the headline and the byline");
    }
  } else if (!desc.empty()) {
    // Only before the body: a first paragraph that the description merely
    // repeats is still the article's (5 of 5 such benchmark pages).
    for (std::int32_t i = HeaderStart(); i < Anchor(); ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (Free(u) && TitleSimilarity(desc, doc_.blocks[u].text) >= 0.9) {
        sel_.Set(u, Role::kDescription, "description: the standfirst the page's description repeats");
        desc = doc_.blocks[u].text;
        break;
      }
    }
  }
  if (!desc.empty()) article_.description = desc;
}

void Reader::Captions() {
  // Captions the clean stage found in the article, and those of the lead
  // image between the headline and the body.
  if (doc_.format == SourceFormat::kHtml && headline_block_ >= 0) {
    for (std::int32_t i = headline_block_ + 1; i < Anchor(); ++i) {
      const auto u = static_cast<std::size_t>(i);
      const Block& b = doc_.blocks[u];
      if (Free(u) && (b.kind == BlockKind::kCaption ||
                      (doc_.elements[static_cast<std::size_t>(b.element)].flags & kCaptionLike))) {
        sel_.Set(u, Role::kCaption, "caption: of the lead image");
      }
    }
  }
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
    if (sel_.verdicts[i].role != Role::kCaption) continue;
    std::string text = CollapseSpace(doc_.blocks[i].text);
    if (text.empty()) continue;
    std::string folded = FoldForCompare(text);
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) continue;
    seen.push_back(std::move(folded));
    article_.captions.push_back(std::move(text));
  }
}

}  // namespace

std::string StripTitleSite(std::string_view title, std::string_view site_name) {
  std::string t = CollapseSpace(title);
  const RE2& separator = GetHeuristics().title_separator;
  std::vector<std::string> parts;
  std::size_t pos = 0;
  re2::StringPiece match;
  while (true) {
    const re2::StringPiece rest(t.data() + pos, t.size() - pos);
    if (!separator.Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
      parts.push_back(t.substr(pos));
      break;
    }
    const auto at = static_cast<std::size_t>(match.data() - t.data());
    parts.push_back(t.substr(pos, at - pos));
    pos = at + match.size();
  }
  const std::string site = FoldForCompare(site_name);
  if (!site.empty()) {
    parts.erase(std::remove_if(parts.begin(), parts.end(),
                               [&](const std::string& p) { return FoldForCompare(p) == site; }),
                parts.end());
  }
  if (parts.empty()) return t;
  if (parts.size() == 1) return parts.front();
  // Several parts left: the headline is the longest, when it is long
  // enough not to be a section name itself.
  const auto longest = std::max_element(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) {
    return CountWords(a) < CountWords(b);
  });
  return CountWords(*longest) >= 3 ? *longest : t;
}

void ReadMetadata(const Document& doc, const Options& options, Selection& sel, Article& article) {
  Reader(doc, options, sel, article).Run();
}

}  // namespace pith
