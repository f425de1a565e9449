#include "metadata/headline.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <unicode/uchar.h>

#include "clean/confidence.h"
#include "metadata/dates.h"
#include "metadata/lexicons.h"
#include "metadata/text_header.h"
#include "metadata/thresholds.h"
#include "metadata/titles.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"
#include "util/url.h"

namespace pith {
namespace {

namespace limits = thresholds::headline;

// The site's name, folded (given, or the masthead's part of the <title>),
// and the <title>'s site and headline parts.
struct SiteNames {
  std::string folded;
  TitleSitePart title_part;
};

// What the structured data and <title> call the article, and their words.
struct TitleRefs {
  std::vector<std::string> titles;
  std::vector<Origin> origins;
  std::vector<WordList> words;
  // The parts of titles with separators ("Song – Artist | Site") that are
  // not the site's name or host and are long enough for a headline.
  std::vector<WordList> part_words;
  // The first parts of titles with separators, folded: a heading that
  // prints one alone names the article however short ("Velmora" of
  // "Velmora - Encyclopedia").
  std::vector<std::string> first_parts;
};

// A blog's <title> as its platform writes it, "Blog Name: Post Title",
// when a block above the article prints the part before the colon alone
// (the blog's masthead): the part after the colon, else "".
std::string AfterMastheadColon(const MetadataContext& ctx) {
  const std::string title = CollapseSpace(ctx.doc.facts.title);
  const std::size_t colon = title.find(": ");
  if (colon == std::string::npos) return "";
  const std::string head = FoldForCompare(title.substr(0, colon));
  for (std::int32_t i = 0; i < ctx.Anchor() && !head.empty(); ++i) {
    if (FoldForCompare(ctx.doc.blocks[static_cast<std::size_t>(i)].text) == head) return title.substr(colon + 2);
  }
  return "";
}

TitleRefs ReadTitleRefs(const MetadataContext& ctx, const std::string& site) {
  const PageFacts& f = ctx.doc.facts;
  TitleRefs refs;
  std::vector<std::pair<std::string, Origin>> sources = {{ctx.ld.headline, {"JSON-LD headline"}}};
  for (std::string_view key : lexicon::kTitleMeta) sources.push_back({MetaValue(f, key), {kMetaTag, key}});
  sources.push_back({f.title, {"<title>"}});
  for (const auto& [r, origin] : sources) {
    if (Trim(r).empty()) continue;
    refs.titles.push_back(CollapseSpace(r));
    refs.origins.push_back(origin);
  }
  for (const std::string& r : refs.titles) {
    refs.words.push_back(Words(r));
    const std::vector<std::string> parts = TitleParts(r);
    if (parts.size() < 2) continue;
    refs.first_parts.push_back(FoldForCompare(parts.front()));
    for (const std::string& p : parts) {
      if (FoldForCompare(p) != site && !NamesHost(p) && HeadlineSized(p)) refs.part_words.push_back(Words(p));
    }
  }
  if (const std::string post = AfterMastheadColon(ctx); HeadlineSized(post)) refs.part_words.push_back(Words(post));
  return refs;
}

// The site's name or a chrome phrase: a label, not a headline. So is a
// heading that names the <title>'s site part, not its headline: the
// masthead of a page that names no site ("Quiet Harbour Notes Blog" over
// "Story | Quiet Harbour Notes").
bool IsLabel(const MetadataContext& ctx, std::size_t i, const SiteNames& site) {
  const std::string folded = FoldForCompare(ctx.doc.blocks[i].text);
  return folded == site.folded || ctx.stats[i].chrome != nullptr ||
         (!site.title_part.site.empty() && NamesSitePart(site.title_part, Words(ctx.doc.blocks[i].text)));
}

// In the article's container, or just above or at the body's start.
bool NearArticle(const MetadataContext& ctx, std::int32_t i) {
  const std::int32_t e = ctx.doc.blocks[static_cast<std::size_t>(i)].element;
  return (ctx.article_root >= 0 && ctx.doc.Contains(ctx.article_root, e)) ||
         (i >= ctx.Anchor() - limits::kNearBlocksAbove && i <= ctx.Anchor() + limits::kNearBlocksInto);
}

// How closely a heading says what one of the titles says: the whole of a
// title, or all of it and a subtitle, counts more than one of its parts.
double TitleMatch(const TitleRefs& refs, const WordList& words) {
  double sim = 0;
  for (const WordList& r : refs.words) {
    sim = std::max(sim, Similarity(r, words));
    if (Containment(r, words) >= limits::kWholeTitleContained) sim = std::max(sim, limits::kContainsTitle);
  }
  for (const WordList& p : refs.part_words) sim = std::max(sim, limits::kTitlePartWeight * Similarity(p, words));
  return sim;
}

// A heading's text as a headline: on one line, without a permalink anchor
// ("Shared Mutable History¶").
std::string HeadingText(std::string headline) {
  std::replace(headline.begin(), headline.end(), '\n', ' ');
  static const RE2 kAnchorMark("\\s*(?:¶|§|#)\\s*$");
  RE2::Replace(&headline, kAnchorMark, "");
  return CollapseSpace(headline);
}

// The page's own heading, when it says what one of the titles says: an h1
// more than a lower heading, a heading in or just above the article more
// than one elsewhere (a site logo, a sticky bar). -1 when none does.
std::int32_t HeadingTheTitlesName(const MetadataContext& ctx, const TitleRefs& refs, const SiteNames& site) {
  std::int32_t best = -1;
  double best_score = 0;
  for (std::size_t i = 0; i < ctx.doc.blocks.size(); ++i) {
    const Block& b = ctx.doc.blocks[i];
    const bool headline_like = ctx.ElementHas(b.element, kHeadlineLike, 0);
    if (!(b.kind == BlockKind::kHeading && b.level <= limits::kLowestHeadingLevel) && !headline_like) continue;
    if (ctx.stats[i].words > limits::kMaxHeadingWords) continue;
    const double sim = TitleMatch(refs, Words(b.text));
    if (sim < limits::kMinTitleSimilarity || IsLabel(ctx, i, site)) continue;
    const double score = sim + (b.kind == BlockKind::kHeading && b.level == 1 ? limits::kH1Bonus : 0) +
                         (NearArticle(ctx, static_cast<std::int32_t>(i)) ? limits::kNearArticleBonus : 0);
    if (score > best_score + limits::kScoreTie) best_score = score, best = static_cast<std::int32_t>(i);
  }
  return best;
}

// An h1 shaped as the article's headline: not a label, not a link, not a
// paragraph.
bool OwnH1Shaped(const MetadataContext& ctx, std::int32_t i, const SiteNames& site) {
  const auto u = static_cast<std::size_t>(i);
  const Block& b = ctx.doc.blocks[u];
  return b.kind == BlockKind::kHeading && b.level == 1 && !IsLabel(ctx, u, site) &&
         ctx.stats[u].link_density <= limits::kMaxOwnH1LinkDensity && ctx.stats[u].words <= limits::kMaxOwnH1Words &&
         HeadlineSized(b.text);
}

// The article's own h1, just above or at the body's start, or -1. Only
// blocks that are not all link count toward the reach: a table of contents
// between the article's header and its text (a guide's list of its
// sections) does not take the h1 out of it; a longer list of links (a
// portfolio's, a hub's) does. Else one just into the body: a notice line
// printed above the h1 may start it ("We independently evaluate all of our
// recommendations ..."). Seen on three sites' review and archive pages
// whose social title is another wording.
std::int32_t OwnH1(const MetadataContext& ctx, const SiteNames& site) {
  if (ctx.first_body < 0) return -1;
  std::int32_t reach = limits::kOwnH1Reach;
  const std::int32_t highest = std::max(0, ctx.Anchor() - limits::kOwnH1LinkListReach);
  for (std::int32_t i = std::min(ctx.Anchor(), ctx.Blocks() - 1); i >= highest && reach >= 0; --i) {
    if (OwnH1Shaped(ctx, i, site)) return i;
    if (ctx.stats[static_cast<std::size_t>(i)].link_density < limits::kMinLinkListDensity) --reach;
  }
  for (std::int32_t i = ctx.Anchor() + 1; i <= ctx.Anchor() + limits::kNearBlocksInto && i < ctx.Blocks(); ++i) {
    if (OwnH1Shaped(ctx, i, site)) return i;
  }
  return -1;
}

// The heading the titles name is a section heading of the text, below the
// article's own h1 over the text: a social or SEO title that says what one
// section of a guide says ("What is social commerce?" under "An
// introduction to social commerce: ..."). Seen on two sites' guides.
bool SectionHeadingUnderOwnH1(const MetadataContext& ctx, std::int32_t best, std::int32_t own) {
  if (best < 0 || own < 0 || own >= ctx.Anchor() || best <= ctx.Anchor()) return false;
  const Block& b = ctx.doc.blocks[static_cast<std::size_t>(best)];
  return b.kind == BlockKind::kHeading && b.level > 1;
}

// The heading the titles name lies below the body's start, away from the
// article, under the article's own h1: a footer's heading printing the
// <title>'s last part, the company's name ("Brindle B.V." of "recap 2025 -
// news at Brindle – Brindle B.V"), when that part is as long as the others
// and so not split off as the site's. Made-up company-blog probes in five
// languages.
bool BelowArticleUnderOwnH1(const MetadataContext& ctx, std::int32_t best, std::int32_t own) {
  return best >= 0 && own >= 0 && own < best && best > ctx.Anchor() && !NearArticle(ctx, best);
}

// How closely a heading says what a whole title says, the site's part
// with it: a heading that prints only the site's part of a title ("Loam
// garden tools handbook" of "Pruning: Shared Shears — Loam garden tools
// handbook") does not count.
double WholeTitleMatch(const TitleRefs& refs, const WordList& words) {
  double sim = 0;
  for (const WordList& r : refs.words) sim = std::max(sim, Similarity(r, words));
  return sim;
}

// The nearest <header> or <article> holding element `e`, or -1.
std::int32_t SectioningAncestor(const Document& doc, std::int32_t e) {
  while (e >= 0) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.tag == Tag::kHeader || el.tag == Tag::kArticle) return e;
    e = el.parent;
  }
  return -1;
}

// An h1 that says what a whole title says just above the h1 picked, in the
// same header: no body block between, and no <header> or <article> of its own
// around the lower one (a sticky bar repeating the title above the
// article's header). The lower h1 is then a dek or a count the theme also
// sets as an h1 ("… groups concerned" under the headline, a vote count
// "Ω 48" beside the byline). Seen on a news site and a forum.
std::int32_t TitledH1Above(const MetadataContext& ctx, const TitleRefs& refs, std::int32_t best) {
  if (best < 0) return best;
  const Block& picked = ctx.doc.blocks[static_cast<std::size_t>(best)];
  if (picked.kind != BlockKind::kHeading || picked.level != 1) return best;
  const std::int32_t section = SectioningAncestor(ctx.doc, picked.element);
  for (std::int32_t i = best - 1; i >= 0 && i >= best - limits::kTitledH1Reach; --i) {
    const auto u = static_cast<std::size_t>(i);
    const Block& b = ctx.doc.blocks[u];
    if (ctx.RoleOf(u) == Role::kBody || (section >= 0 && !ctx.doc.Contains(section, b.element))) return best;
    if (b.kind != BlockKind::kHeading || b.level != 1 || ctx.stats[u].words > limits::kMaxHeadingWords) continue;
    if (WholeTitleMatch(refs, Words(b.text)) >= limits::kMinTitleSimilarity) return i;
  }
  return best;
}

// An h1 that is an item of a list: the last step of a breadcrumb trail,
// which prints the page's SEO title (<li><h1>...</h1></li>).
bool BreadcrumbH1(const Document& doc, const Block& b) {
  if (b.kind != BlockKind::kHeading || b.level != 1 || b.element < 0) return false;
  const std::int32_t parent = doc.elements[static_cast<std::size_t>(b.element)].parent;
  return parent >= 0 && doc.elements[static_cast<std::size_t>(parent)].tag == Tag::kLi;
}

// The picked h1 is a breadcrumb's last item: the heading the article
// displays under it (an h2 in its header, worded for the reader where the
// trail prints the SEO title) is the headline. Seen on German news pages
// of six sites; where both print the same words nothing changes.
std::int32_t DisplayedUnderBreadcrumb(const MetadataContext& ctx, std::int32_t best) {
  if (best < 0 || !BreadcrumbH1(ctx.doc, ctx.doc.blocks[static_cast<std::size_t>(best)])) return best;
  const std::int32_t end = std::min(ctx.Blocks(), best + 1 + limits::kBreadcrumbHeadingReach);
  for (std::int32_t i = best + 1; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    const Block& b = ctx.doc.blocks[u];
    if (b.kind != BlockKind::kHeading || b.level > 2 || BreadcrumbH1(ctx.doc, b)) continue;
    const bool shaped = ctx.stats[u].link_density <= limits::kMaxOwnH1LinkDensity &&
                        ctx.stats[u].words <= limits::kMaxOwnH1Words && HeadlineSized(b.text);
    return shaped ? i : best;
  }
  return best;
}

// The addresses the page gives as its own, as path and query: canonical,
// og:url, the address given with it.
std::vector<std::string> OwnPaths(const MetadataContext& ctx) {
  std::vector<std::string> paths;
  const std::string base = PageBase(ctx.doc.facts.base, ctx.options.url, ctx.article.url.value_or(""));
  const std::string og_url = MetaValue(ctx.doc.facts, lexicon::kUrlMeta);
  for (const std::string& url : {ctx.doc.facts.canonical, og_url, ctx.options.url}) {
    const std::string path = PathAndQuery(ResolveUrl(url, base));
    if (!path.empty()) paths.push_back(path);
  }
  return paths;
}

// The page's social and structured titles (a JSON-LD headline, og:title
// and the other title metas), given or empty.
std::vector<std::string> SocialTitles(const MetadataContext& ctx) {
  std::vector<std::string> titles = {ctx.ld.headline};
  for (std::string_view key : lexicon::kTitleMeta) titles.push_back(MetaValue(ctx.doc.facts, key));
  return titles;
}

// Whether the page gives a social or structured title besides its <title>.
bool GivesSocialTitle(const MetadataContext& ctx) {
  const std::vector<std::string> titles = SocialTitles(ctx);
  return std::any_of(titles.begin(), titles.end(), [](const std::string& t) { return !Trim(t).empty(); });
}

// Whether the block is a link, all of it, to one of `paths` (not to a
// part of the page: "#comments").
bool LinksTo(const MetadataContext& ctx, std::size_t i, const std::vector<std::string>& paths) {
  if (ctx.stats[i].link_density < limits::kMinPermalinkLinkDensity) return false;
  const std::string base = PageBase(ctx.doc.facts.base, ctx.options.url, ctx.article.url.value_or(""));
  for (const TextSpan& span : ctx.doc.blocks[i].spans) {
    if (span.kind != TextSpan::Kind::kLink || span.url.find('#') != std::string::npos) continue;
    const std::string path = PathAndQuery(ResolveUrl(span.url, base));
    if (!path.empty() && std::find(paths.begin(), paths.end(), path) != paths.end()) return true;
  }
  return false;
}

// A heading in or near the article that links, all of it, to the page's
// own address: the post's title on blog themes that print it as its
// permalink (a linked h2 under the blog's name in an h1, which the <title>
// may print alone); -1 when none does. Elsewhere such a heading is a
// teaser of this page in a menu or a list. A page that names neither an
// address of its own (canonical, og:url, one given) nor a social title
// takes the page's only title heading linked below the site's root, above
// the body and not linked again under it (SoleLinkedTitle): short blog
// posts took the <title>'s site name instead. Headline kinds of issue 15.
std::int32_t PermalinkHeading(const MetadataContext& ctx, const SiteNames& site) {
  const std::vector<std::string> paths = OwnPaths(ctx);
  if (paths.empty() && GivesSocialTitle(ctx)) return -1;
  // Without an address only the page's title heading can be its own: one
  // lookup, not one a heading.
  const int title_level = paths.empty() ? PageTitleLevel(ctx.doc) : 0;
  for (std::size_t i = 0; i < ctx.doc.blocks.size(); ++i) {
    const Block& b = ctx.doc.blocks[i];
    if (b.kind != BlockKind::kHeading || b.level > limits::kLowestHeadingLevel) continue;
    if (ctx.stats[i].words > limits::kMaxHeadingWords || !HeadlineSized(b.text) || IsLabel(ctx, i, site)) continue;
    const auto at = static_cast<std::int32_t>(i);
    if (!NearArticle(ctx, at)) continue;
    if (!paths.empty()) {
      if (LinksTo(ctx, i, paths)) return at;
    } else if (b.level == title_level) {
      // The first heading at that level decides: SoleLinkedTitle wants it alone.
      const bool own = at < ctx.first_body && SoleLinkedTitle(ctx.doc, i, static_cast<std::size_t>(ctx.first_body));
      return own ? at : -1;
    }
  }
  return -1;
}

// Whether the block is a link, all of it, to the site's home page (its
// root, "/" or the host alone): the blog's or site's name its theme sets as
// the masthead h1 ("<h1 class=site-title><a href=/ rel=home>").
bool LinksHome(const MetadataContext& ctx, std::size_t i) {
  if (ctx.stats[i].link_density < limits::kMinPermalinkLinkDensity) return false;
  const std::string base = PageBase(ctx.doc.facts.base, ctx.options.url, ctx.article.url.value_or(""));
  for (const TextSpan& span : ctx.doc.blocks[i].spans) {
    if (span.kind != TextSpan::Kind::kLink) continue;
    const std::string_view url = Trim(span.url);
    if (url == "/" || url == "./") return true;
    const std::string resolved = ResolveUrl(url, base);
    if (!UrlHost(resolved).empty() && PathAndQuery(resolved).empty()) return true;
  }
  return false;
}

// A heading that is, whole, a date: a blog platform's day header over the
// post ("Tuesday, 4 March 2024").
bool DateHeading(std::string_view text) {
  const std::optional<DateMatch> date = FindDate(text);
  return date && date->coverage >= limits::kMinDateHeadingCoverage;
}

// The picked h1 is the site's masthead, its name linked home, and the post's
// title stands under it as an h2 or h3 before the body or at its start (WordPress
// themes' "h2.entry-title", Blogger's "h3.post-title"): that heading, else
// `best`. A page with no such heading keeps its h1. Headline kinds of issue 15.
std::int32_t PostTitleUnderMasthead(const MetadataContext& ctx, const SiteNames& site, std::int32_t best,
                                    std::int32_t from = -1) {
  if (best < 0) return best;
  const auto top = static_cast<std::size_t>(best);
  const Block& h1 = ctx.doc.blocks[top];
  if (h1.kind != BlockKind::kHeading || h1.level != 1 || !LinksHome(ctx, top)) return best;
  const std::string masthead = FoldForCompare(h1.text);
  const std::int32_t end = std::min(ctx.Blocks(), ctx.Anchor() + limits::kNearBlocksInto + 1);
  for (std::int32_t i = std::max(best + 1, from); i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    const Block& b = ctx.doc.blocks[u];
    if (b.kind != BlockKind::kHeading || b.level < 2 || b.level > limits::kLowestHeadingLevel) continue;
    if (DateHeading(b.text) || ctx.stats[u].words > limits::kMaxOwnH1Words) continue;
    if (!HeadlineSized(b.text) || IsLabel(ctx, u, site) || FoldForCompare(b.text) == masthead) return best;
    return NearArticle(ctx, i) ? i : best;
  }
  return best;
}

// No heading says what a title says and the page has no h1 of its own: the
// first h1 above the body is the site's masthead, its name linked home (the
// theme marks it as the headline too, "<h1 itemprop=headline
// id=site-title>"). The post's title, the last heading just above the
// body's start, else -1: the titles then speak for the article. Only from
// there, for a sidebar's headed widgets may stand between the masthead and
// the article. Seen on a woodworking blog whose social title and <title>
// each word the post otherwise; headline kinds of issue 15.
std::int32_t PostTitleUnderLoneMasthead(const MetadataContext& ctx, const SiteNames& site) {
  std::int32_t masthead = 0;
  while (masthead < ctx.Anchor() && (ctx.doc.blocks[static_cast<std::size_t>(masthead)].kind != BlockKind::kHeading ||
                                     ctx.doc.blocks[static_cast<std::size_t>(masthead)].level != 1)) {
    ++masthead;
  }
  if (masthead >= ctx.Anchor() || !LinksHome(ctx, static_cast<std::size_t>(masthead))) return -1;
  std::int32_t from = ctx.Anchor() - 1;
  while (from > std::max(masthead, ctx.Anchor() - limits::kNearBlocksAbove - 1) &&
         ctx.doc.blocks[static_cast<std::size_t>(from)].kind != BlockKind::kHeading) {
    --from;
  }
  if (from <= masthead || ctx.doc.blocks[static_cast<std::size_t>(from)].kind != BlockKind::kHeading) return -1;
  const std::int32_t post = PostTitleUnderMasthead(ctx, site, masthead, from);
  return post == masthead ? -1 : post;
}

// Whether the heading found stands against the post's permalink title: it
// is in the article's container and says what a title says, or it says
// what the permalink heading says (which may add a source or a count).
bool HeadingStands(const MetadataContext& ctx, const TitleRefs& refs, std::int32_t best, std::int32_t permalink) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(best)].text;
  const bool in_article = ctx.article_root >= 0 &&
                          ctx.doc.Contains(ctx.article_root, ctx.doc.blocks[static_cast<std::size_t>(best)].element);
  return (in_article && TitleMatch(refs, Words(text)) >= limits::kMinTitleSimilarity) ||
         TitleSimilarity(text, ctx.doc.blocks[static_cast<std::size_t>(permalink)].text) >= limits::kMinTitleSimilarity;
}

// An h1 in or near the article that prints the first part of a title
// alone, too short to be compared by its words ("Velmora" of "Velmora -
// Encyclopedia"), or -1.
std::int32_t H1PrintingTitlePart(const MetadataContext& ctx, const TitleRefs& refs, const SiteNames& site) {
  for (std::size_t i = 0; i < ctx.doc.blocks.size() && !refs.first_parts.empty(); ++i) {
    const Block& b = ctx.doc.blocks[i];
    if (b.kind != BlockKind::kHeading || b.level != 1 || IsLabel(ctx, i, site)) continue;
    const auto at = static_cast<std::int32_t>(i);
    const std::string folded = FoldForCompare(HeadingText(b.text));
    if (NearArticle(ctx, at) && std::find(refs.first_parts.begin(), refs.first_parts.end(), folded) != refs.first_parts.end()) {
      return at;
    }
  }
  return -1;
}

// The end of `title` when what follows byte `at` is a title separator
// and one part after it (" | Site"), else `at`.
std::size_t SiteSuffixEnd(std::string_view title, std::size_t at) {
  const std::string rest(title.substr(at));
  re2::StringPiece in = Piece(rest);
  if (!RE2::Consume(&in, GetHeuristics().title_separator)) return at;
  return RE2::PartialMatch(in, GetHeuristics().title_separator) ? at : title.size();
}

// The title writes what the heading prints, with separators between its
// parts that the heading lacks: every character of the heading but spaces,
// in order, and besides them only separators between two of them. Gives
// the length of the title that does, or 0; a <title> may go on with the
// site's part after a title separator ("Kicker: Headline | Site").
std::size_t AddsSeparators(std::string_view heading, std::string_view title) {
  std::size_t h = 0, t = 0, added = 0;
  auto skip_space = [](std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
  };
  skip_space(heading, h);
  skip_space(title, t);
  while (h < heading.size() && t < title.size()) {
    std::size_t hn = h, tn = t;
    const char32_t hc = NextCodePoint(heading, hn);
    const char32_t tc = NextCodePoint(title, tn);
    if (hc == tc) {
      h = hn, t = tn;
    } else {
      const std::string_view piece = title.substr(t, tn - t);
      const auto seps = HeadingPartSeparators();
      if (h == 0 || std::find(std::begin(seps), std::end(seps), piece) == std::end(seps)) {
        return 0;
      }
      t = tn, ++added;
    }
    const std::size_t end = t;
    skip_space(heading, h);
    skip_space(title, t);
    if (h == heading.size() && t < title.size()) t = SiteSuffixEnd(title, end);
    if (h == heading.size()) return added > 0 && t == title.size() ? end : 0;
  }
  return 0;
}

// A heading whose inner elements the page sets apart by layout alone (a
// kicker span, then the title span) reads run together: "Schnellere
// Integration \"Job-Turbo\" hilft ...", "Nationale DemoDer 9. Juli naht".
// The social or structured title that prints the same words writes the
// separator ("Schnellere Integration: ...", "Nationale Demo / Der ...").
// Seen on German, Luxembourg and US pages.
std::string SpelledAsTitle(const std::string& heading, const TitleRefs& refs) {
  for (const std::string& r : refs.titles) {
    if (const std::size_t end = AddsSeparators(heading, r)) return std::string(Trim(std::string_view(r).substr(0, end)));
  }
  return heading;
}

// A word's last letter run into a capital with no space between: two
// elements a page sets apart by layout alone ("VerkehrStadtrat ..."),
// not one word, which does not restart with the title's capital.
bool CapitalGluedOn(char32_t last, std::string_view first) {
  return IsWordChar(last) && !IsUnspacedScript(last) && LowerSameLength(first) != first;
}

// Cased letters, none of them small: a line set in capitals.
bool InCapitals(std::string_view s) {
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(s, i));
    if (u_islower(c)) return false;
    if (u_isupper(c) || u_istitle(c)) ++capitals;
  }
  return capitals >= limits::kMinCapitalsSetLetters;
}

// A heading set in capitals ("TIPS FOR ONLINE SUCCESS") that a title, or
// a part of one, writes in mixed case with the same words, or all but a
// word ("... MAKER IN 2026: ..." of "... Maker 2026: ..."): the capitals
// are the page's type style, the title how it writes the headline. Seen on
// three sites' pages whose <title> or og:title it is.
std::string CapitalsAsTitleSpells(const std::string& heading, const TitleRefs& refs) {
  if (!InCapitals(heading)) return heading;
  std::string best = heading;
  double best_sim = limits::kMinCapitalsRetyped;
  for (const std::string& r : refs.titles) {
    std::vector<std::string> parts = TitleParts(r);
    parts.push_back(r);
    for (const std::string& p : parts) {
      const std::string_view part = Trim(p);
      const double sim = InCapitals(part) ? 0 : TitleSimilarity(heading, part);
      if (sim >= best_sim + limits::kScoreTie) best_sim = sim, best = std::string(part);
    }
  }
  return best;
}

// `lead`, the start of a heading before what a title says alone, is a
// kicker or a date element the page sets apart by layout alone, glued on
// without a separator ("Meinung Warum ...", "Dec 18 2025 Preparing ..."):
// a few words ending where a word does, not opening with an article. Seen
// on a German magazine's and a blog's pages. In a script written without
// spaces the kicker ends at the title's first character ("速報" before
// "新型...": each character a word, so a kicker of three at most).
bool GluedKicker(std::string_view lead, std::string_view title) {
  std::size_t at = 0;
  const char32_t first = title.empty() ? 0 : NextCodePoint(title, at);
  char32_t last = 0;
  for (std::size_t i = 0; i < lead.size();) last = NextCodePoint(lead, i);
  if (!lead.ends_with(' ') && !(IsUnspacedScript(last) && IsUnspacedScript(first)) &&
      !CapitalGluedOn(last, title.substr(0, at))) {
    return false;
  }
  const WordList words = Words(lead);
  return !words.empty() && words.size() <= limits::kMaxKickerWords &&
         std::find(std::begin(lexicon::kHeadlineArticles), std::end(lexicon::kHeadlineArticles), words.front()) ==
             std::end(lexicon::kHeadlineArticles);
}

// The titles, and the first part of each that has several and opens in a
// script written without spaces: the headline of "見出し | サイト" alone,
// which Japanese and Chinese pages give with no social title. A spaced
// title's parts only where glued on with no space (CapitalGluedOn): after a
// space one would cut a headline's own first word, "Most Common IT Issues
// ..." of "Common IT Issues ... - Site".
std::vector<std::string> TitlesAndFirstParts(const TitleRefs& refs, std::vector<std::string>& glued_only) {
  std::vector<std::string> out = refs.titles;
  for (const std::string& r : refs.titles) {
    const std::vector<std::string> parts = TitleParts(r);
    std::size_t at = 0;
    if (parts.size() >= 2 && IsUnspacedScript(NextCodePoint(Trim(parts.front()), at))) {
      out.emplace_back(Trim(parts.front()));
    } else if (parts.size() >= 2) {
      for (const std::string& p : parts) glued_only.emplace_back(Trim(p));
    }
  }
  return out;
}

// A heading that leads with a kicker, a separator and then what a social
// or structured title says alone ("Minderheit in Syrien - Drusen fordern
// ...", "Kultur : Ehrengast der ..."): the title without the kicker. A
// kicker of a few words only: a longer lead is the headline's own first
// half ("The 2024 Healthy Beauty Awards: The Best ..."); and only when no
// title prints the kicker as well. Seen on Swiss and German news pages.
std::string WithoutKicker(const std::string& heading, const TitleRefs& refs) {
  // A title that prints the kicker too makes it the headline's.
  if (std::any_of(refs.titles.begin(), refs.titles.end(),
                  [&](const std::string& r) { return r.find(heading) != std::string::npos; })) {
    return heading;
  }
  std::vector<std::string> glued_only;
  const std::vector<std::string> titles = TitlesAndFirstParts(refs, glued_only);
  for (const std::string& r : glued_only) {
    if (r.size() >= heading.size() || !heading.ends_with(r) || !HeadlineSized(r)) continue;
    const std::string_view lead = std::string_view(heading).substr(0, heading.size() - r.size());
    if (!lead.ends_with(' ') && GluedKicker(lead, r)) return r;
  }
  for (const std::string& r : titles) {
    if (r.size() >= heading.size() || !heading.ends_with(r) || !HeadlineSized(r)) continue;
    const std::string_view lead = std::string_view(heading).substr(0, heading.size() - r.size());
    std::string_view kicker = Trim(lead);
    const auto seps = HeadingPartSeparators();
    const auto sep = std::find_if(std::begin(seps), std::end(seps), [&](std::string_view x) { return kicker.ends_with(x); });
    if (sep == std::end(seps)) {
      if (GluedKicker(lead, r)) return r;
      continue;
    }
    kicker = Trim(kicker.substr(0, kicker.size() - sep->size()));
    if (!kicker.empty() && CountWords(kicker) <= limits::kMaxKickerWords) return r;
  }
  return heading;
}

// `s` without the spaces and title separators at its ends: a kicker's
// colon, a hidden " - " between the kicker and the title.
std::string_view TrimSeparators(std::string_view s) {
  for (bool cut = true; cut;) {
    s = Trim(s);
    cut = false;
    for (std::string_view x : HeadingPartSeparators()) {
      if (s.starts_with(x)) s.remove_prefix(x.size()), cut = true;
      if (s.ends_with(x)) s.remove_suffix(x.size()), cut = true;
    }
  }
  return s;
}

// Some title prints `words` in a row.
bool TitlePrintsRun(const TitleRefs& refs, const WordList& words) {
  return !words.empty() && std::any_of(refs.words.begin(), refs.words.end(), [&](const WordList& t) {
    return std::search(t.begin(), t.end(), words.begin(), words.end()) != t.end();
  });
}

// The heading without the inline element it opens with (Block::lead_end),
// a kicker the page sets apart by layout alone, its words run into the
// title's ("<span class=kicker>Ausschuss zur Ahrtal-Flut</span> <span>Zwei
// Rücktritte</span>"). It goes when no title prints it (one that does makes
// it the headline's, "Kicker: Title", as German news pages of three sites
// title theirs) and either its class says kicker or it is a few words set
// apart before what a title prints. Seen on Swiss and German news pages of five sites.
std::string WithoutLeadKicker(const Block& b, const TitleRefs& refs) {
  std::string heading = HeadingText(b.text);
  if (b.lead_end == 0) return heading;
  const std::string_view text = b.text;
  const WordList kicker = Words(text.substr(0, b.lead_end));
  const std::string_view after = TrimSeparators(text.substr(b.lead_end));
  std::string rest = HeadingText(std::string(after));
  if (kicker.empty() || !HeadlineSized(rest) || TitlePrintsRun(refs, kicker)) return heading;
  // Unclassed, it is set apart by a space or a separator ("Tokyo" run into
  // a Japanese title is the headline's own).
  const bool apart = after.size() < text.size() - b.lead_end;
  const bool few_before_title = apart && kicker.size() <= limits::kMaxKickerWords && TitlePrintsRun(refs, Words(rest));
  return b.lead_kicker || few_before_title ? rest : heading;
}

// A headline with one pipe and a tag of a few words after it ("Best
// Movers in 2025 | Top 19 Companies", "My Debt-Free Journey | Part 1"):
// the part before the pipe. A pipe in a printed headline is a <title>'s
// habit; a longer second part is the headline's own. Seen on four sites'
// pages.
std::string WithoutTagline(const std::string& headline) {
  static constexpr std::string_view kPipe = " | ";
  const std::size_t at = headline.find(kPipe);
  if (at == std::string::npos || headline.find(kPipe, at + 1) != std::string::npos) return headline;
  const std::string head = headline.substr(0, at);
  if (CountWords(headline.substr(at + kPipe.size())) > limits::kMaxTaglineWords || !HeadlineSized(head)) return headline;
  return head;
}

// The brackets a story-kind tag stands in: square ones, and the
// lenticular and full-width square ones of Japanese and Chinese news
// ("【速報】...", "［動画］..."), and round ones before or after an English or Spanish
// headline ("... (VIDEO)", "... (Photos)": made-up news and tabloid probes).
struct TagBrackets {
  std::string_view open, close;
};
constexpr TagBrackets kTagBrackets[] = {
    {"[", "]"}, {"\u3010", "\u3011"} /* 【】 */, {"\uFF3B", "\uFF3D"} /* ［］ */, {"(", ")"}};

// `headline` without a tag of kHeadlineTags in `b` before or after it;
// unchanged when none.
std::string WithoutTagIn(const std::string& headline, const TagBrackets& b) {
  const std::size_t open = headline.starts_with(b.open) ? 0 : headline.rfind(b.open);
  const std::size_t close = headline.find(b.close, open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos ||
      (open > 0 && close + b.close.size() != headline.size())) {
    return headline;
  }
  const std::string_view whole = headline;
  const std::string tag = LowerSameLength(Trim(whole.substr(open + b.open.size(), close - open - b.open.size())));
  if (!lexicon::IsOneOf(tag, lexicon::kHeadlineTags)) return headline;
  const std::string bare(Trim(open == 0 ? whole.substr(close + b.close.size()) : whole.substr(0, open)));
  return bare.empty() ? headline : bare;
}

// A headline without the story-kind tag a CMS brackets before or after it
// ("[News] Council ...", "... [Update]", "【速報】台風...").
std::string WithoutTagBracket(const std::string& headline) {
  for (const TagBrackets& b : kTagBrackets) {
    std::string bare = WithoutTagIn(headline, b);
    if (bare != headline) return bare;
  }
  return headline;
}

// A symbol that frames a headline on both sides, the same before and after
// ("★ Sale opens ★", "◆ Council votes ◆"): a decoration blogs and Japanese
// portals set in their <title> and heading, no part of the headline. Only
// a symbol of Unicode's "other symbol" class (stars, shapes, arrows), so
// a bracket, a quote or a letter stays.
std::string WithoutFramingSymbols(const std::string& headline) {
  std::size_t k = 0;
  const char32_t first = NextCodePoint(headline, k);
  if (k == 0 || u_charType(static_cast<UChar32>(first)) != U_OTHER_SYMBOL) return headline;
  const std::string_view mark = std::string_view(headline).substr(0, k);
  if (headline.size() < 2 * k || !std::string_view(headline).ends_with(mark)) return headline;
  const std::string bare(Trim(std::string_view(headline).substr(k, headline.size() - 2 * k)));
  return bare.empty() ? headline : bare;
}

// `title` with parts after a separator ("标题_新闻频道_网站") when another
// title is its first part alone, or the <title> is once its site's part
// goes ("标题_新闻频道" beside "标题_新闻频道_网站"): the parts are the site's
// and section's.
std::string FirstPartAnotherTitleIs(const std::string& title, const TitleRefs& refs, const std::string& page_title) {
  const std::vector<std::string> parts = TitleParts(title);
  if (parts.size() < 2) return title;
  const std::string first(Trim(parts.front()));
  const bool named = std::any_of(refs.titles.begin(), refs.titles.end(),
                                 [&](const std::string& r) { return Trim(r) == first; }) ||
                     (page_title != title && page_title == first);
  return named && HeadlineSized(first) ? first : title;
}

// A title a card cut short ("... ever found…"), whose start another title
// prints whole: that one says the headline. Seen on DEV pages of three
// sites whose twitter:title is cut.
bool CutShortOfAnother(const std::string& title, const TitleRefs& refs) {
  const std::string_view t = Trim(title);
  for (std::string_view mark : lexicon::kCutTitleMarks) {
    if (!t.ends_with(mark)) continue;
    const std::string stem = FoldForCompare(Trim(t.substr(0, t.size() - mark.size())));
    return !stem.empty() && std::any_of(refs.titles.begin(), refs.titles.end(), [&](const std::string& r) {
      const std::string folded = FoldForCompare(r);
      return r != title && folded.size() > stem.size() && folded.starts_with(stem);
    });
  }
  return false;
}

// A social title that is the site's slogan, not the article's: it opens
// with the <title>'s site part and shares no word with its headline part
// ("Valley Times - Your valley, your news" beside "Story | Valley Times").
// Made-up probes of local news sites whose og:title is set site-wide.
bool SiteSlogan(const std::string& title, const SiteNames& site) {
  const std::vector<std::string> parts = TitleParts(title);
  return parts.size() >= 2 && !site.title_part.site.empty() && Words(parts.front()) == site.title_part.site &&
         Similarity(Words(title), site.title_part.headline) == 0;
}

// The site's name a social title may end with: the one given, else the
// <title>'s last part, when the <title> has several ("Story - Site" beside
// "Story < Section - Site"): a part two titles close with is the site's.
std::string SiteOfSocialTitle(const MetadataContext& ctx, const std::string& page_title) {
  if (ctx.article.site_name) return *ctx.article.site_name;
  const std::vector<std::string> parts = TitleParts(page_title);
  return parts.size() >= 2 ? std::string(Trim(parts.back())) : "";
}

// No heading at all: the social or structured title (not one cut short,
// not the site's slogan), else <title> without what it adds.
std::string TitleAsHeadline(const MetadataContext& ctx, const TitleRefs& refs, const SiteNames& names, Origin& from) {
  std::string headline;
  const std::string site = ctx.article.site_name.value_or("");
  const std::string page_title = CollapseSpace(ctx.doc.facts.title);
  const std::string social_site = SiteOfSocialTitle(ctx, page_title);
  for (std::size_t k = 0; k < refs.titles.size(); ++k) {
    const std::string& r = refs.titles[k];
    const bool last = k + 1 == refs.titles.size();
    if (!last && r != page_title && (CutShortOfAnother(r, refs) || SiteSlogan(r, names))) continue;
    headline = r == page_title ? StripTitleSite(r, site) : WithoutSiteSuffix(r, social_site);
    from = refs.origins[k];
    if (!headline.empty()) break;
  }
  return FirstPartAnotherTitleIs(headline, refs, page_title.empty() ? "" : StripTitleSite(page_title, site));
}

// Per block k up to `end`: whether from block k on a heading prints a
// <title> part other than `part` alone before any paragraph does (the
// post's title under the blog's masthead); false from `end` on. One
// backward pass, however often the part is printed.
std::vector<bool> OtherPartHeadingFrom(const MetadataContext& ctx, const std::vector<std::string>& parts,
                                       const std::string& part, std::int32_t end) {
  std::vector<std::string> others;
  for (const std::string& p : parts) {
    if (&p != &part) others.push_back(FoldForCompare(p));
  }
  std::vector<bool> from(static_cast<std::size_t>(std::max(end, 0)) + 1, false);
  for (std::int32_t i = end - 1; i >= 0; --i) {
    const auto u = static_cast<std::size_t>(i);
    const Block& b = ctx.doc.blocks[u];
    // A paragraph first: the part is the headline over its text, the
    // heading an item of it (a list of blogs naming the site's own).
    if (IsProse(ctx.stats[u])) continue;
    from[u] = (b.kind == BlockKind::kHeading && NearArticle(ctx, i) &&
               std::find(others.begin(), others.end(), FoldForCompare(b.text)) != others.end()) ||
              from[u + 1];
  }
  return from;
}

// The <title>'s last part, folded, when a block above the article prints it
// alone as a link (the logo's link home) and a heading below it prints
// another part alone before any paragraph (the entry's h1), however long
// the site's name against the entry's; else "". A glossary's one-word h1
// ("Osmosis – Biology Basics for Kids") is shorter than the site's name in
// the logo, but the logo says which part is the site's (made-up glossary
// and lexicon probes of three sites). The heading is needed: a linked last
// part with no such heading is as often the post's permalink ("Blog Name -
// Post Title" over a linked card title).
std::string LogoLinkedLastPart(const MetadataContext& ctx, const std::vector<std::string>& parts,
                               std::int32_t end) {
  const std::string folded = FoldForCompare(parts.back());
  std::vector<bool> heading_below;  // OtherPartHeadingFrom, once the logo is found
  for (std::int32_t i = 0; i < ctx.Anchor() && i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.stats[u].link_density < limits::kMinLogoLinkDensity || FoldForCompare(ctx.doc.blocks[u].text) != folded) {
      continue;
    }
    if (heading_below.empty()) heading_below = OtherPartHeadingFrom(ctx, parts, parts.back(), end);
    if (heading_below[static_cast<std::size_t>(i + 1)]) return folded;
  }
  return "";
}

// A page that does not name its site: a part of its <title> at most half
// as long as another that a block above the article prints alone, the
// masthead ("Playful Tones" of "Reflections on ... | Playful Tones"), or
// one of any length printed over a heading of another part; folded, or "".
// Seen on two personal blogs and a university's site.
std::string MastheadTitlePart(const MetadataContext& ctx) {
  const std::vector<std::string> parts = TitleParts(ctx.doc.facts.title);
  if (parts.size() < 2) return "";
  const std::int32_t end = std::min(ctx.Blocks(), ctx.Anchor() + limits::kNearBlocksAbove);
  if (std::string logo = LogoLinkedLastPart(ctx, parts, end); !logo.empty()) return logo;
  std::size_t most = 0;
  for (const std::string& p : parts) most = std::max(most, CountWords(p));
  for (const std::string& p : parts) {
    const std::size_t words = CountWords(p);
    const bool longest = words >= most;
    const std::string folded = FoldForCompare(p);
    std::vector<bool> heading_below;  // OtherPartHeadingFrom, once the part is found printed
    // The masthead may open the body, when the clean stage kept it.
    for (std::int32_t i = 0; i <= ctx.Anchor() && i < ctx.Blocks(); ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (FoldForCompare(ctx.doc.blocks[u].text) != folded) continue;
      // A shorter last part that a link prints alone is the logo's link
      // home, however long the site's name ("Quiet Harbour Notes"); a
      // first part so printed is the headline's permalink.
      const bool logo = &p == &parts.back() && ctx.stats[u].link_density >= limits::kMinLogoLinkDensity;
      // Or, however long, when a heading between it and the text prints
      // another part alone ("Notes from the allotment » Potato blight":
      // the blog's h1, then the post's h2; classic blog themes of
      // 2005-2012, made-up probes of three).
      if (!longest && i < ctx.Anchor() && (words * limits::kMastheadPartShorter <= most || logo)) return folded;
      if (heading_below.empty()) heading_below = OtherPartHeadingFrom(ctx, parts, p, end);
      if (i + 1 <= end && heading_below[static_cast<std::size_t>(i + 1)]) return folded;
    }
  }
  return "";
}

// The masthead's heading above the headline (a blog's name in its h1, kept
// with the post when the whole page was the container) leaves the body.
void DropMastheadHeading(MetadataContext& ctx, const std::string& masthead) {
  if (masthead.empty()) return;
  for (std::int32_t i = 0; i < ctx.headline_block; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kBody && ctx.doc.blocks[u].kind == BlockKind::kHeading &&
        FoldForCompare(ctx.doc.blocks[u].text) == masthead) {
      ctx.Claim(u, Role::kDropped, "dropped: the site's masthead");
    }
  }
}

// Repeats of the headline (a second h1, a sticky header) leave the body.
void DropHeadlineRepeats(MetadataContext& ctx, const std::string& headline) {
  const std::int32_t end =
      std::min<std::int32_t>(std::max(ctx.Anchor(), ctx.headline_block) + limits::kRepeatBlocksAfter, ctx.Blocks());
  for (std::int32_t i = std::min(ctx.HeaderStart(), std::max(0, ctx.headline_block)); i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kBody &&
        TitleSimilarity(headline, ctx.doc.blocks[u].text) >= limits::kRepeatSimilarity) {
      ctx.Claim(u, Role::kDropped, "dropped: repeats the headline");
    }
  }
}

// The subject line above each reply of a forum thread, "Re: " and the
// thread's title (vBulletin's post title, phpBB's and Simple Machines'
// subject): the posts' chrome, anywhere in the thread.
void DropReplySubjects(MetadataContext& ctx, const std::string& headline) {
  const std::string folded = FoldForCompare(headline);
  if (folded.empty()) return;
  for (std::int32_t i = std::max(0, ctx.headline_block); i < ctx.Blocks(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    const std::string_view text = ctx.doc.blocks[u].text;
    for (std::string_view prefix : ReplySubjectPrefixes()) {
      if (StartsWithNoCase(text, prefix) && FoldForCompare(text.substr(prefix.size())) == folded) {
        ctx.Claim(u, Role::kDropped, "dropped: a reply's subject repeating the headline");
        break;
      }
    }
  }
}

// `words` are a title's words, after a kicker of a few words at most.
bool EndsWithTitle(const WordList& words, const WordList& title) {
  if (title.size() < limits::kMinKickedTitleWords || words.size() < title.size() ||
      words.size() > title.size() + limits::kMostKickerWords) {
    return false;
  }
  return std::equal(title.begin(), title.end(), words.end() - static_cast<std::ptrdiff_t>(title.size()));
}

// The byline or the date line comes below block `i` before any body text:
// `i` sits in the article's header, not in its text.
bool OverBylineOrDate(const MetadataContext& ctx, std::int32_t i) {
  const std::int32_t end = std::min(ctx.Blocks(), i + 1 + limits::kHeaderBlocksBelowTitle);
  for (std::int32_t j = i + 1; j < end; ++j) {
    const Role r = ctx.RoleOf(static_cast<std::size_t>(j));
    if (r == Role::kByline || r == Role::kDate) return true;
    if (r == Role::kBody) return false;
  }
  return false;
}

// A social or structured title that says something else than `folded`:
// a page whose <title> is its site's name alone names its article there.
bool SocialTitleDiffers(const MetadataContext& ctx, const std::string& folded) {
  const std::vector<std::string> titles = SocialTitles(ctx);
  return std::any_of(titles.begin(), titles.end(),
                     [&](const std::string& t) { return !Trim(t).empty() && FoldForCompare(t) != folded; });
}

}  // namespace

void ReadHeadline(MetadataContext& ctx) {
  SiteNames site{FoldForCompare(ctx.article.site_name.value_or("")), SplitSitePart(ctx.doc.facts.title)};
  // A "site name" that is the whole <title> names the article, not the
  // site, unless a social or structured title names another.
  if (site.folded == FoldForCompare(ctx.doc.facts.title) && !SocialTitleDiffers(ctx, site.folded)) site.folded.clear();
  std::string masthead;
  if (site.folded.empty()) {
    site.folded = masthead = MastheadTitlePart(ctx);
    // A masthead longer than the post's title is the <title>'s first part,
    // not the headline the split guessed from lengths: the last part is
    // no site.
    if (!site.folded.empty() && Words(site.folded) == site.title_part.headline) site.title_part = {};
  }
  const TitleRefs refs = ReadTitleRefs(ctx, site.folded);
  std::int32_t best = HeadingTheTitlesName(ctx, refs, site);
  // The article's own h1: the headline when no heading says what the
  // metadata says (a social or SEO title), when the one that does is far
  // from the article (a sticky bar, a footer), or when it is a section of
  // the text.
  const std::int32_t own = OwnH1(ctx, site);
  if (best < 0 ||
      (own > best && own >= ctx.Anchor() - limits::kNearBlocksAbove && own < ctx.Anchor() && !NearArticle(ctx, best)) ||
      SectionHeadingUnderOwnH1(ctx, best, own) || BelowArticleUnderOwnH1(ctx, best, own)) {
    best = own;
  }
  if (best < 0) best = H1PrintingTitlePart(ctx, refs, site);
  best = DisplayedUnderBreadcrumb(ctx, TitledH1Above(ctx, refs, best));
  best = best >= 0 ? PostTitleUnderMasthead(ctx, site, best) : PostTitleUnderLoneMasthead(ctx, site);
  // The blog's name above the article, or a label, yields to the post's
  // permalink title.
  const std::int32_t permalink = PermalinkHeading(ctx, site);
  if (permalink >= 0 && (best < 0 || !HeadingStands(ctx, refs, best, permalink))) best = permalink;
  std::string headline;
  Origin from;
  if (best >= 0) {
    from = ctx.BlockOrigin(best, best == own ? "the article's h1" : "a heading the metadata's title names or its permalink");
    ctx.headline_block = best;
    headline = WithoutKicker(SpelledAsTitle(WithoutLeadKicker(ctx.doc.blocks[static_cast<std::size_t>(best)], refs), refs), refs);
    headline = CapitalsAsTitleSpells(headline, refs);
    // A heading may print the site's name after the headline as its title
    // does ("... 2025 – Site").
    headline = WithoutSiteSuffix(headline, ctx.article.site_name.value_or(""));
    ctx.Claim(static_cast<std::size_t>(best), Role::kHeadline, "headline");
  } else {
    headline = TitleAsHeadline(ctx, refs, site, from);
  }
  headline = WithoutFramingSymbols(WithoutTagBracket(WithoutTagline(headline)));
  // A page mark closes with a bracket or a page's number, or follows the
  // Indonesian word for page; most headlines do none of these.
  if (headline.ends_with(")") || headline.ends_with("\uFF09") || headline.find("alaman ") != std::string::npos ||
      (!headline.empty() && headline.back() >= '0' && headline.back() <= '9')) {
    RE2::Replace(&headline, GetHeuristics().headline_page_mark, "");
  }
  if (headline.empty()) return;
  ctx.article.headline = headline;
  ctx.Note("headline", from);
  DropHeadlineRepeats(ctx, headline);
  DropMastheadHeading(ctx, masthead);
  DropReplySubjects(ctx, headline);
}

void DropTitleHeadingOverByline(MetadataContext& ctx) {
  if (!ctx.article.headline || ctx.anchor < 0) return;
  std::vector<WordList> titles;  // read once a heading is over the byline
  const std::int32_t end = std::min(ctx.Blocks(), ctx.anchor + limits::kRepeatBlocksAfter);
  for (std::int32_t i = ctx.anchor; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody || ctx.doc.blocks[u].kind != BlockKind::kHeading || !OverBylineOrDate(ctx, i)) {
      continue;
    }
    if (titles.empty()) {
      titles = ReadTitleRefs(ctx, "").words;
      titles.push_back(Words(*ctx.article.headline));
    }
    const WordList words = Words(ctx.doc.blocks[u].text);
    if (std::any_of(titles.begin(), titles.end(), [&](const WordList& t) { return EndsWithTitle(words, t); })) {
      ctx.Claim(u, Role::kDropped, "dropped: the page's title heading");
    }
  }
}

void ReadTextHeadline(MetadataContext& ctx) {
  ctx.headline_block =
      FindTextHeadline(ctx.doc, ctx.verdicts, ctx.Anchor(), ctx.byline_block, ctx.date_block, &ctx.title_end);
  if (ctx.headline_block < 0) return;
  ctx.Claim(static_cast<std::size_t>(ctx.headline_block), Role::kHeadline, "headline");
  // A trail ending in the headline is no part of the body either.
  const std::int32_t trail = TrailBeside(ctx.doc, ctx.headline_block);
  if (trail >= 0 && ctx.RoleOf(static_cast<std::size_t>(trail)) == Role::kBody) {
    ctx.Claim(static_cast<std::size_t>(trail), Role::kDropped, "dropped: a breadcrumb trail ending in the headline");
  }
  // A copy prints the page's title line as it stands, tagline and all
  // ("... | Top 19 Companies", "... | Part 1": three sites' copies).
  ctx.article.headline = WithoutTagBracket(WithoutTagline(TextHeadlineWithin(ctx.doc, ctx.headline_block)));
  ctx.Note("headline", ctx.BlockOrigin(ctx.headline_block));
}

void ReadDescription(MetadataContext& ctx) {
  Origin from{kMetaTag};
  std::string desc = MetaValue(ctx.doc.facts, lexicon::kDescriptionMeta, &from.name);
  if (desc.empty()) {
    desc = ctx.ld.description;
    from = {"JSON-LD description"};
  }
  if (!ctx.Html()) {
    const std::int32_t limit = ctx.byline_block >= 0 ? ctx.byline_block : ctx.date_block;
    const std::int32_t line = FindTextStandfirst(ctx.doc, ctx.verdicts, ctx.headline_block, limit);
    if (line >= 0) {
      desc = ctx.doc.blocks[static_cast<std::size_t>(line)].text;
      from = ctx.BlockOrigin(line, "between the headline and the byline");
      ctx.Claim(static_cast<std::size_t>(line), Role::kDescription, "description: between the headline and the byline");
    }
  } else if (!desc.empty()) {
    // Only before the body: a first paragraph that the description merely
    // repeats is still the article's (5 of 5 such benchmark pages). A lead
    // in a box of its own that it repeats is the standfirst.
    const WordList desc_words = Words(desc);
    const std::int32_t anchor = ctx.Anchor();
    const std::int32_t end = anchor + (anchor < ctx.Blocks() && ctx.LeadBox(static_cast<std::size_t>(anchor)) ? 1 : 0);
    for (std::int32_t i = ctx.HeaderStart(); i < end; ++i) {
      const auto u = static_cast<std::size_t>(i);
      const Block& b = ctx.doc.blocks[u];
      if (ctx.Free(u) && Similarity(desc_words, Words(b.text)) >= thresholds::description::kStandfirstSimilarity) {
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

}  // namespace pith
