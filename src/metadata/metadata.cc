#include "metadata/metadata.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "metadata/byline.h"
#include "metadata/captions.h"
#include "metadata/context.h"
#include "patterns/heuristics.h"
#include "metadata/linked_data.h"
#include "metadata/page_fields.h"
#include "metadata/published_date.h"
#include "metadata/text_header.h"
#include "util/text_util.h"

namespace pith {
namespace {

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
    ReadByline(ctx);
  } else {
    // A text copy's headline is found from its byline and date line.
    ReadDate(ctx);
    ReadByline(ctx);
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