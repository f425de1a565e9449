#include "metadata/metadata.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "metadata/authors.h"
#include "metadata/captions.h"
#include "metadata/context.h"
#include "metadata/dates.h"
#include "patterns/heuristics.h"
#include "metadata/linked_data.h"
#include "metadata/page_fields.h"
#include "metadata/published_date.h"
#include "metadata/text_header.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool IsUrl(std::string_view s) {
  return StartsWithNoCase(s, "http://") || StartsWithNoCase(s, "https://") || StartsWithNoCase(s, "//") ||
         StartsWithNoCase(s, "www.") || StartsWithNoCase(s, "/");
}

// Scripts written without spaces between words: each character counts as a
// word when titles are compared.
bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x0E00 && cp <= 0x0E7F);
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  const std::string folded = FoldForCompare(s);
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if (IsUnspacedScript(cp)) {
      flush();
      out.push_back(folded.substr(start, i - start));
      continue;
    }
    const bool word = cp > 0x7F ? u_isalnum(static_cast<UChar32>(cp)) != 0
                                : ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'));
    if (word) {
      cur.append(folded, start, i - start);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

using WordList = std::vector<std::string>;

// Token F1 of two word lists: 1 for the same words.
double Similarity(const WordList& wa, const WordList& wb) {
  if (wa.empty() || wb.empty()) return 0;
  std::unordered_map<std::string_view, int> counts;
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

// Token F1 of two titles: 1 for the same words, in any case or quoting.
double TitleSimilarity(std::string_view a, std::string_view b) { return Similarity(Words(a), Words(b)); }

// Share of `ref`'s words that `text` has: 1 when a heading holds the whole
// social title and adds a subtitle.
double Containment(const WordList& wr, const WordList& wt) {
  if (wr.size() < 4 || wt.size() > wr.size() * 5 / 2) return 0;
  std::unordered_map<std::string_view, int> counts;
  for (const auto& w : wt) ++counts[w];
  std::size_t common = 0;
  for (const auto& w : wr) {
    if (auto it = counts.find(w); it != counts.end() && it->second > 0) --it->second, ++common;
  }
  return static_cast<double>(common) / static_cast<double>(wr.size());
}

// Enough words to be a headline rather than a name or a label: two, or
// four characters of a script written without spaces.
bool HeadlineSized(std::string_view text) {
  if (CountWords(text) >= 2) return true;
  std::size_t i = 0, unspaced = 0;
  while (i < text.size()) unspaced += IsUnspacedScript(NextCodePoint(text, i)) ? 1U : 0U;
  return unspaced >= 4;
}

// The parts of a title between its separators: "Song – Artist | Site".
std::vector<std::string> TitleParts(std::string_view title) {
  std::vector<std::string> parts;
  const std::string t = CollapseSpace(title);
  const RE2& separator = GetHeuristics().title_separator;
  std::size_t pos = 0;
  re2::StringPiece match;
  while (pos <= t.size()) {
    const re2::StringPiece rest(t.data() + pos, t.size() - pos);
    if (!separator.Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
      parts.push_back(t.substr(pos));
      break;
    }
    const auto at = static_cast<std::size_t>(match.data() - t.data());
    parts.push_back(t.substr(pos, at - pos));
    pos = at + match.size();
  }
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const std::string& p) { return Trim(p).empty(); }),
              parts.end());
  return parts;
}

// Meta tags that name the author, most trusted first. Each key is one
// source: its values are taken together, never mixed with another key's.
constexpr std::string_view kAuthorMeta[] = {"article:author", "author", "parsely-author", "sailthru.author",
                                            "dc.creator", "dcterms.creator", "byl", "cxenseparse:author",
                                            "citation_author", "dc.contributor"};

bool InvertsNames(std::string_view key) {
  return key == "dc.creator" || key == "dcterms.creator" || key == "citation_author" || key == "dc.contributor";
}

// Library catalogues write "Kooman, F." and "Jong, Michiel de".
std::string UninvertName(const std::string& value) {
  const std::size_t comma = value.find(',');
  if (comma == std::string::npos || value.find(',', comma + 1) != std::string::npos) return value;
  const std::string last(Trim(std::string_view(value).substr(0, comma)));
  const std::string first(Trim(std::string_view(value).substr(comma + 1)));
  if (last.empty() || first.empty() || CountWords(last) > 2 || CountWords(first) > 3) return value;
  return first + " " + last;
}


// ---- Byline --------------------------------------------------------------

// Names in the author-classed or itemprop=author elements of a block.
std::vector<std::string> SpanNames(const MetadataContext& ctx, std::int32_t block) {
  std::vector<std::string> names;
  if (block < 0) return names;
  auto take = [&](const std::vector<PageFacts::ItemProp>& marks, bool author_only) {
    for (const PageFacts::ItemProp& m : marks) {
      if (m.block != block || (author_only && m.name != "author" && m.name != "creator")) continue;
      for (std::string& n : SplitAuthors(m.value)) {
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
      }
    }
  };
  take(ctx.doc.facts.author_spans, false);
  if (names.empty()) take(ctx.doc.facts.itemprops, true);
  return names;
}

// Names from structured data: JSON-LD people, else the first author meta
// tag that holds names, else microdata, else rel=author links. `byline`
// gets the same names as one string.
std::vector<std::string> StructuredAuthors(const MetadataContext& ctx, std::string* byline, Origin* names_from,
                                           Origin* byline_from) {
  const PageFacts& f = ctx.doc.facts;
  auto join = [](const std::vector<std::string>& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
    return s;
  };
  auto names_of = [](const std::vector<std::string>& values, bool invert) {
    std::vector<std::string> names;
    for (const std::string& v : values) {
      if (v.empty() || IsUrl(v) || v.front() == '@') continue;
      for (std::string& n : SplitAuthors(invert ? UninvertName(v) : v)) {
        if (std::none_of(names.begin(), names.end(),
                         [&](const std::string& m) { return FoldForCompare(m) == FoldForCompare(n); })) {
          names.push_back(std::move(n));
        }
      }
    }
    return names;
  };
  std::vector<std::string> names = names_of(ctx.ld.authors, false);
  Origin from{"JSON-LD author"};
  if (names.empty()) {
    for (std::string_view key : kAuthorMeta) {
      names = names_of(MetaValues(f, key), InvertsNames(key));
      from = {kMetaTag, key};
      if (!names.empty()) break;
    }
  }
  if (names.empty()) {
    std::vector<std::string> values;
    for (const PageFacts::ItemProp& p : f.itemprops) {
      if (p.name == "author" || p.name == "creator") values.push_back(p.value);
    }
    names = names_of(values, false);
    from = {"microdata itemprop author"};
  }
  // rel=author: the first link only; later ones are other articles' (a
  // sidebar of recent posts).
  if (names.empty() && !f.rel_author.empty()) {
    names = names_of({f.rel_author.front()}, false);
    from = {"rel=author link"};
  }
  *names_from = from;
  if (byline) {
    *byline = join(names);
    // An organisation as author ("Reuters", "HNN Staff"): a byline, but no
    // person. A CMS login ("admin", "jdadmin") is neither.
    if (byline->empty() && !ctx.ld.organization_authors.empty()) {
      *byline = ctx.ld.organization_authors.front();
      from = {"JSON-LD author (an organisation)"};
    }
    for (std::string_view key : kAuthorMeta) {
      if (!byline->empty()) break;
      for (const std::string& v : MetaValues(f, key)) {
        const bool login = CountWords(v) == 1 && AsciiLower(v) == v;
        if (!IsUrl(v) && v.front() != '@' && !login) {
          *byline = CleanByline(v);
          from = {kMetaTag, key};
          break;
        }
      }
    }
    *byline_from = from;
  }
  return names;
}

void Byline(MetadataContext& ctx) {
  const Heuristics& h = GetHeuristics();
  std::string structured_byline;
  Origin names_from, byline_from;
  const std::vector<std::string> structured = StructuredAuthors(ctx, &structured_byline, &names_from, &byline_from);
  auto folded_set = [](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& n : names) out.push_back(FoldForCompare(n));
    return out;
  };
  const std::vector<std::string> known = folded_set(structured);
  auto agrees = [&](const std::vector<std::string>& names) {
    const std::vector<std::string> mine = folded_set(names);
    return std::any_of(mine.begin(), mine.end(), [&](const std::string& n) {
      return std::find(known.begin(), known.end(), n) != known.end();
    });
  };

  // A byline block in the article header: starting with "By", in a
  // byline-classed element, beside the date line; a lone "By" with the
  // names in the next block.
  struct Candidate {
    std::int32_t block = -1, extra = -1;
    std::string text;
    std::vector<std::string> names;
    int score = 0;
    bool prefixed = false;
  };
  std::optional<Candidate> best;
  // A byline that names only an outlet or a desk ("JERUSALEM POST STAFF",
  // "By Reuters"): the byline when nothing names a person.
  std::optional<Candidate> outlet;
  std::int32_t lo = ctx.HeaderStart(), hi = std::min(ctx.Anchor() + 3, ctx.Blocks());
  if (ctx.Html()) std::tie(lo, hi) = ctx.Zone();
  for (std::int32_t i = lo; i < hi; ++i) {
    const auto u = static_cast<std::size_t>(i);
    const bool date_line = ctx.RoleOf(u) == Role::kDate;
    if (!(ctx.Claimable(i) || date_line) || ctx.stats[u].words > 20 || ctx.stats[u].chrome) continue;
    Candidate c;
    c.block = i;
    c.text = ctx.doc.blocks[u].text;
    // "By" alone, the names in the next element.
    if (IsBylinePrefixOnly(c.text) && i + 1 < hi && ctx.Claimable(i + 1)) {
      c.extra = i + 1;
      c.text += " " + ctx.doc.blocks[u + 1].text;
    }
    c.prefixed = StartsWithBylinePrefix(c.text);
    const bool classed = ctx.Html() && (ctx.ElementHas(ctx.doc.blocks[u].element, kBylineLike, 2) || !SpanNames(ctx, i).empty());
    // In a text copy, a line of names beside the date line; a line with
    // numbers in it is a heading or a caption ("Calendário Stock Car 2018"),
    // and a photo credit ("Getty Images") may sit there too.
    const bool by_date = !ctx.Html() && ctx.date_block >= 0 && (i == ctx.date_block - 1 || i == ctx.date_block + 1) &&
                         c.text.find_first_of("0123456789") == std::string::npos && !MatchCreditLine(c.text);
    if (!(c.prefixed || classed || by_date)) continue;
    if (!ctx.Html() && ctx.stats[u].words > 12) continue;
    c.names = SplitAuthors(c.text);
    if (c.names.empty()) c.names = SpanNames(ctx, i);
    if (c.names.empty()) {
      // Judged by its first part: "PTI, Washington" (an agency and a dateline).
      // A line of a text copy that is only beside the date line must name
      // the agency itself: a role word in it ("Council approves the
      // budget") makes a headline as often as a desk.
      const std::string cleaned = CleanByline(c.text);
      const std::string first = std::string(Trim(cleaned.substr(0, cleaned.find_first_of(",|;"))));
      if (!outlet && !first.empty() && CountWords(cleaned) <= 6 &&
          (((c.prefixed || classed) && h.author_role.PartialMatch(first)) ||
           h.agency_name.FullMatch(first))) {
        outlet = c;
      }
      continue;
    }
    if (!ctx.Html()) {
      // A text copy: the first such line, as before.
      best = c;
      break;
    }
    c.score = (c.prefixed ? 3 : 0) + (classed ? 2 : 0) + (agrees(c.names) ? 4 : 0) + (date_line ? 1 : 0);
    if (!best || c.score > best->score) best = c;
  }
  // A classed block that names none of the structured authors is a column
  // name or a label ("Deal Professor"); a "By" line is believed.
  if (best && ctx.Html() && !structured.empty() && !best->prefixed && !agrees(best->names)) best.reset();
  if (!best && structured.empty() && outlet) best = outlet;
  if (!best) {
    if (!structured_byline.empty()) {
      ctx.article.byline = structured_byline;
      ctx.Note("byline", byline_from);
    }
    ctx.article.authors = structured;
    if (!structured.empty()) ctx.Note("authors", names_from);
    return;
  }
  for (std::int32_t b : {best->block, best->extra}) {
    if (b < 0) continue;
    const auto u = static_cast<std::size_t>(b);
    if (ctx.RoleOf(u) != Role::kDate) {
      ctx.Claim(u, Role::kByline, best->prefixed ? "byline: starts with a byline prefix" : "byline: in a byline element");
    }
  }
  ctx.byline_block = best->block;
  ctx.article.byline = CleanByline(best->text);
  ctx.Note("byline", ctx.BlockOrigin(best->block, best->prefixed ? "starts with a byline prefix" : "a byline element"));
  // The names in the line's author elements, apart from the outlet beside
  // them (<span class="author">Kevin McCoy</span> <span>USA TODAY</span>).
  std::vector<std::string> names = best->names;
  std::vector<std::string> spans;
  if (!names.empty()) {  // an outlet's line names no one
    spans = SpanNames(ctx, best->block);
    for (std::string& n : SpanNames(ctx, best->extra)) spans.push_back(std::move(n));
  }
  if (!spans.empty()) {
    names = spans;
    // "Medical Daily 9/21/2016 Lizette Borreli": the line's text before the
    // date is the outlet; the byline is the names.
    const std::string byline = FoldForCompare(*ctx.article.byline);
    if (std::none_of(spans.begin(), spans.end(),
                     [&](const std::string& n) { return byline.find(FoldForCompare(n)) != std::string::npos; })) {
      std::string joined;
      for (const std::string& n : spans) joined += (joined.empty() ? "" : ", ") + n;
      ctx.article.byline = joined;
    }
  }
  // The page's names, as the structured data writes them when the two
  // agree ("STEVEN DAVIDOFF SOLOMON"), and without what the page glues to
  // them ("Kevin McCoy USA TODAY").
  for (std::string& n : names) {
    const std::string folded = FoldForCompare(n);
    for (const std::string& s : structured) {
      const std::string fs = FoldForCompare(s);
      if (folded == fs || (folded.size() > fs.size() && folded.compare(0, fs.size() + 1, fs + " ") == 0)) n = s;
    }
  }
  // Structured names the byline prints but did not split out ("Trevor J.
  // Mitchell Sioux Falls Argus Leader"): all of them, in the page's order.
  const std::string printed = FoldForCompare(best->text);
  if (structured.size() > names.size() &&
      std::all_of(known.begin(), known.end(), [&](const std::string& k) { return printed.find(k) != std::string::npos; })) {
    names = structured;
    std::stable_sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
      return printed.find(FoldForCompare(a)) < printed.find(FoldForCompare(b));
    });
  }
  std::vector<std::string> unique;
  for (std::string& n : names) {
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(std::move(n));
  }
  ctx.article.authors = std::move(unique);
  if (!ctx.article.authors.empty()) {
    ctx.Note("authors", spans.empty() ? ctx.BlockOrigin(best->block, "the byline") : ctx.BlockOrigin(best->block, "author elements"));
  }
}

// ---- Headline ------------------------------------------------------------

void Headline(MetadataContext& ctx) {
  const PageFacts& f = ctx.doc.facts;
  std::string site = FoldForCompare(ctx.article.site_name.value_or(""));
  // A "site name" that is the whole <title> names the article, not the site.
  if (site == FoldForCompare(f.title)) site.clear();
  // What the structured data and <title> call the article.
  std::vector<std::string> refs;
  std::vector<Origin> ref_origins;
  const std::pair<std::string, Origin> sources[] = {
      {ctx.ld.headline, {"JSON-LD headline"}},
      {MetaValue(f, {"og:title"}), {kMetaTag, "og:title"}},
      {MetaValue(f, {"twitter:title"}), {kMetaTag, "twitter:title"}},
      {MetaValue(f, {"parsely-title"}), {kMetaTag, "parsely-title"}},
      {MetaValue(f, {"sailthru.title"}), {kMetaTag, "sailthru.title"}},
      {MetaValue(f, {"dc.title"}), {kMetaTag, "dc.title"}},
      {MetaValue(f, {"headline"}), {kMetaTag, "headline"}},
      {MetaValue(f, {"cxenseparse:title"}), {kMetaTag, "cxenseparse:title"}},
      {f.title, {"<title>"}}};
  for (const auto& [r, origin] : sources) {
    if (Trim(r).empty()) continue;
    refs.push_back(CollapseSpace(r));
    ref_origins.push_back(origin);
  }
  std::vector<WordList> ref_words, part_words;
  for (const std::string& r : refs) {
    ref_words.push_back(Words(r));
    const std::vector<std::string> parts = TitleParts(r);
    if (parts.size() < 2) continue;
    for (const std::string& p : parts) {
      if (FoldForCompare(p) != site && HeadlineSized(p)) part_words.push_back(Words(p));
    }
  }
  auto is_label = [&](std::size_t i) {
    const std::string folded = FoldForCompare(ctx.doc.blocks[i].text);
    return folded == site || ctx.stats[i].chrome != nullptr;
  };
  // The page's own heading, when it says what one of them says: the whole
  // of a reference counts more than one of its parts, an h1 more than a
  // lower heading, a heading in or just above the article more than one
  // elsewhere (a site logo, a sticky bar).
  auto near_article = [&](std::int32_t i) {
    const std::int32_t e = ctx.doc.blocks[static_cast<std::size_t>(i)].element;
    return (ctx.article_root >= 0 && ctx.doc.Contains(ctx.article_root, e)) || (i >= ctx.Anchor() - 8 && i <= ctx.Anchor() + 1);
  };
  std::int32_t best = -1;
  double best_score = 0;
  for (std::size_t i = 0; i < ctx.doc.blocks.size(); ++i) {
    const Block& b = ctx.doc.blocks[i];
    const bool headline_like = ctx.ElementHas(b.element, kHeadlineLike, 0);
    if (!(b.kind == BlockKind::kHeading && b.level <= 3) && !headline_like) continue;
    if (ctx.stats[i].words > 60 || is_label(i)) continue;
    const WordList words = Words(b.text);
    double sim = 0;
    for (const WordList& r : ref_words) {
      sim = std::max(sim, Similarity(r, words));
      if (Containment(r, words) >= 0.999) sim = std::max(sim, 0.85);
    }
    for (const WordList& p : part_words) sim = std::max(sim, 0.9 * Similarity(p, words));
    if (sim < 0.8) continue;
    const double score = sim + (b.kind == BlockKind::kHeading && b.level == 1 ? 0.06 : 0) +
                         (near_article(static_cast<std::int32_t>(i)) ? 0.03 : 0);
    if (score > best_score + 1e-9) best_score = score, best = static_cast<std::int32_t>(i);
  }
  // The article's own h1, just above or at the body's start: the headline
  // when no heading says what the metadata says (a social or SEO title),
  // or when the one that does is far from the article (a sticky bar).
  std::int32_t own = -1;
  for (std::int32_t i = std::min(ctx.Anchor(), ctx.Blocks() - 1); ctx.first_body >= 0 && i >= std::max(0, ctx.Anchor() - 25); --i) {
    const auto u = static_cast<std::size_t>(i);
    const Block& b = ctx.doc.blocks[u];
    if (b.kind != BlockKind::kHeading || b.level != 1) continue;
    if (is_label(u) || ctx.stats[u].link_density > 0.5f || ctx.stats[u].words > 40 || !HeadlineSized(b.text)) continue;
    own = i;
    break;
  }
  if (best < 0 || (own > best && own >= ctx.Anchor() - 8 && own < ctx.Anchor() && !near_article(best))) best = own;
  std::string headline;
  Origin from;
  if (best >= 0) {
    from = ctx.BlockOrigin(best, best == own ? "the article's h1" : "a heading the metadata's title names");
    ctx.headline_block = best;
    headline = ctx.doc.blocks[static_cast<std::size_t>(best)].text;
    std::replace(headline.begin(), headline.end(), '\n', ' ');
    // A heading's permalink anchor: "Shared Mutable History¶".
    static const RE2 kAnchorMark("\\s*(?:¶|§|#)\\s*$");
    RE2::Replace(&headline, kAnchorMark, "");
    headline = CollapseSpace(headline);
  } else {
    // No heading at all: the social or structured title, else <title>
    // without what it adds.
    for (std::size_t k = 0; k < refs.size(); ++k) {
      const std::string& r = refs[k];
      headline = r == CollapseSpace(f.title) ? StripTitleSite(r, ctx.article.site_name.value_or("")) : r;
      from = ref_origins[k];
      if (!headline.empty()) break;
    }
  }
  if (ctx.headline_block >= 0) ctx.Claim(static_cast<std::size_t>(ctx.headline_block), Role::kHeadline, "headline");
  if (headline.empty()) return;
  ctx.article.headline = headline;
  ctx.Note("headline", from);
  // Repeats of the headline (a second h1, a sticky header) leave the body.
  const std::int32_t end = std::min<std::int32_t>(std::max(ctx.Anchor(), ctx.headline_block) + 2, ctx.Blocks());
  for (std::int32_t i = std::min(ctx.HeaderStart(), std::max(0, ctx.headline_block)); i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kBody && TitleSimilarity(headline, ctx.doc.blocks[u].text) >= 0.95) {
      ctx.Claim(u, Role::kDropped, "dropped: repeats the headline");
    }
  }
}

void TextHeadline(MetadataContext& ctx) {
  ctx.headline_block = FindTextHeadline(ctx.doc, ctx.verdicts, ctx.Anchor(), ctx.byline_block, ctx.date_block);
  if (ctx.headline_block < 0) return;
  ctx.Claim(static_cast<std::size_t>(ctx.headline_block), Role::kHeadline, "headline");
  ctx.article.headline = ctx.doc.blocks[static_cast<std::size_t>(ctx.headline_block)].text;
  ctx.Note("headline", ctx.BlockOrigin(ctx.headline_block));
}

// ---- Description and captions --------------------------------------------

void Description(MetadataContext& ctx) {
  const PageFacts& f = ctx.doc.facts;
  Origin from{kMetaTag};
  std::string desc =
      MetaValue(f, {"og:description", "twitter:description", "description", "dc.description"}, &from.name);
  if (desc.empty()) {
    desc = ctx.ld.description;
    from = {"JSON-LD description"};
  }
  if (!ctx.Html()) {
    const std::int32_t line =
        FindTextStandfirst(ctx.doc, ctx.verdicts, ctx.headline_block, ctx.byline_block >= 0 ? ctx.byline_block : ctx.date_block);
    if (line >= 0) {
      desc = ctx.doc.blocks[static_cast<std::size_t>(line)].text;
      from = ctx.BlockOrigin(line, "between the headline and the byline");
      ctx.Claim(static_cast<std::size_t>(line), Role::kDescription, "description: between the headline and the byline");
    }
  } else if (!desc.empty()) {
    // Only before the body: a first paragraph that the description merely
    // repeats is still the article's (5 of 5 such benchmark pages).
    for (std::int32_t i = ctx.HeaderStart(); i < ctx.Anchor(); ++i) {
      const auto u = static_cast<std::size_t>(i);
      const Block& b = ctx.doc.blocks[u];
      if (ctx.Free(u) && TitleSimilarity(desc, b.text) >= 0.9) {
        ctx.Claim(u, Role::kDescription, "description: the standfirst the page's description repeats");
        desc = b.text;
        from = ctx.BlockOrigin(i, "the standfirst the description repeats");
        break;
      }
    }
  }
  if (!desc.empty()) {
    ctx.article.description = desc;
    ctx.Note("description", from);
  }
}

}  // namespace

std::string StripTitleSite(std::string_view title, std::string_view site_name) {
  const std::string t = CollapseSpace(title);
  std::vector<std::string> parts = TitleParts(t);
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

void ReadMetadata(const Document& doc, const Options& options, Selection& sel, Article& article,
                  std::vector<FieldSource>* sources) {
  MetadataContext ctx(doc, options, sel, article, sources);
  if (ctx.Html()) ctx.ld = ReadLinkedData(doc.facts);
  ReadPageFields(ctx);
  if (ctx.Html()) {
    // The headline first: the byline and date line are looked for around it.
    Headline(ctx);
    ReadDate(ctx);
    Byline(ctx);
  } else {
    // A text copy's headline is found from its byline and date line.
    ReadDate(ctx);
    Byline(ctx);
    TextHeadline(ctx);
  }
  Description(ctx);
  ReadCaptions(ctx);
  MarkMetadataBlocks(ctx.claims, sel);
}

void MarkMetadataBlocks(const std::vector<BlockClaim>& claims, Selection& sel) {
  for (const BlockClaim& c : claims) sel.Set(c.block, c.role, c.reason);
}

}  // namespace pith