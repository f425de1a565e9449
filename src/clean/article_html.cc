#include "clean/article_html.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "clean/box_kind.h"
#include "clean/confidence.h"
#include "clean/text_frame.h"
#include "clean/thresholds.h"
#include "metadata/dates.h"
#include "metadata/lexicons.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"
#include "util/url.h"

namespace pith {
namespace {

// The site a link leads to when it is another than the page's own; ""
// for the page's own, a relative address or a page of no known address.
std::string OffSiteHost(std::string_view url, std::string_view page_host) {
  if (page_host.empty() || !HasScheme(url)) return "";
  std::string host = UrlHost(url);
  return host.empty() || SameSite(host, page_host) ? "" : host;
}

bool IsOffSite(std::string_view url, std::string_view page_host) { return !OffSiteHost(url, page_host).empty(); }

}  // namespace

std::string PageHost(const Document& doc) {
  std::string host = UrlHost(doc.facts.canonical);
  for (const PageFacts::Meta& m : doc.facts.meta) {
    if (!host.empty()) break;
    if (std::ranges::find(lexicon::kUrlMeta, m.key) != std::end(lexicon::kUrlMeta)) host = UrlHost(m.content);
  }
  return host;
}

// Whether a block's first link leads to another site than the page's: a
// guide's picks on other blogs or a report's list of patches on a mailing
// list, not this site's other stories.
bool LinksOffSite(const Block& b, std::string_view page_host) {
  for (const TextSpan& span : b.spans) {
    if (span.kind == TextSpan::Kind::kLink) return IsOffSite(span.url, page_host);
  }
  return false;
}

bool OfferLine(const Block& b) {
  re2::StringPiece offer;
  return b.link_bytes > 0 && b.text.size() <= kOfferLineMaxBytes &&
         RE2::FullMatch(b.text, GetHeuristics().shop_link, &offer) && !offer.empty();
}

bool LinksToAnchor(const Block& b) {
  for (const TextSpan& span : b.spans) {
    // A bare "#" is a script's link, which may open any story.
    if (span.kind == TextSpan::Kind::kLink) return span.url.size() > 1 && span.url.starts_with('#');
  }
  return false;
}

namespace {

// Readability's initial score by tag.
double TagScore(Tag t) {
  switch (t) {
    case Tag::kDiv: case Tag::kArticle: case Tag::kMain: case Tag::kSection: return kContainerTagScore;
    case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: return kBlockTagScore;
    case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd: case Tag::kDt:
    case Tag::kLi: case Tag::kForm: return kListTagScore;
    case Tag::kHeading: return kHeadingTagScore;
    default: return 0;
  }
}

// Adds `host` to `sites` unless one of them is the same site or they
// already number kSourceListMinSites (all CitesSeveralSites asks).
void AddSite(std::vector<std::string>& sites, std::string host) {
  if (sites.size() >= kSourceListMinSites) return;
  if (std::ranges::none_of(sites, [&](const std::string& s) { return SameSite(s, host); })) {
    sites.push_back(std::move(host));
  }
}

// A social network's host or one of its subdomains ("m.facebook.com").
bool IsSocialHost(std::string_view host) {
  return std::ranges::any_of(lexicon::kSocialHosts, [&](std::string_view s) { return OnDomain(host, s); });
}

// Adds a block's links to other sites than the page's: the bytes of their
// text, and their sites but social networks'.
void AddOffSiteLinks(const Block& b, std::string_view page_host, std::int64_t& bytes,
                     std::vector<std::string>& sites) {
  for (const TextSpan& span : b.spans) {
    if (span.kind != TextSpan::Kind::kLink) continue;
    std::string host = OffSiteHost(span.url, page_host);
    if (host.empty()) continue;
    if (span.end > span.begin) bytes += static_cast<std::int64_t>(span.end - span.begin);
    if (!IsSocialHost(host)) AddSite(sites, std::move(host));
  }
}

// What a block's links are: the count and bytes of those whose text is a
// web address written out, the words of all of them, and whether an
// address leads to a social network ("Join us - https://facebook.com/...").
struct LinkText {
  std::size_t links = 0;
  std::size_t longest_words = 0;  // words of the longest link
  std::size_t addresses = 0;
  std::size_t address_bytes = 0;
  std::size_t words = 0;
  bool social = false;
};

LinkText MeasureLinkText(const Block& b) {
  LinkText lt;
  for (const TextSpan& span : b.spans) {
    if (span.kind != TextSpan::Kind::kLink || span.end <= span.begin || span.end > b.text.size()) continue;
    const std::string_view t = Trim(std::string_view(b.text).substr(span.begin, span.end - span.begin));
    const std::size_t words = CountWords(t, kUnspacedLettersPerWord);
    lt.words += words;
    ++lt.links;
    lt.longest_words = std::max(lt.longest_words, words);
    if (!t.starts_with("http://") && !t.starts_with("https://") && !t.starts_with("www.")) continue;
    ++lt.addresses;
    lt.address_bytes += span.end - span.begin;
    lt.social = lt.social || IsSocialHost(UrlHost(span.url));
  }
  return lt;
}

struct Analysis {
  Analysis(const std::vector<BlockStats>& block_stats, ClassTrust class_trust)
      : stats(block_stats), trust(class_trust) {}
  const std::vector<BlockStats>& stats;
  ClassTrust trust;
  std::vector<bool> chrome;             // effective chrome per element
  std::vector<std::int64_t> text_bytes; // per element subtree
  std::vector<std::int64_t> link_bytes;
  std::vector<std::int64_t> off_site_link_bytes;  // link text leading to another site than the page's
  std::vector<std::vector<std::string>> off_sites;  // those sites, up to kSourceListMinSites
  std::string page_host;                           // PageHost
  std::vector<std::int64_t> list_bytes;  // text bytes of list items and table rows in the subtree
  std::vector<std::int64_t> row_bytes;   // text bytes of table rows in the subtree
  std::vector<std::int32_t> linked_titles;  // headings that are one link (another story's title)
  std::vector<std::int32_t> commas;
  std::vector<std::int32_t> next_sibling;
  std::vector<std::int32_t> first_child;
  std::vector<bool> sentence_end;       // the element's own text ends like a sentence
  // The element holds the headline or an article-classed container and a
  // good share of the page's prose: whatever its class says, not chrome.
  std::vector<bool> holds_article;
  std::vector<bool> beside_text;  // in a strongly chrome box beside the text (IsBoxBesideText)
  std::vector<std::int64_t> prose;         // chars of prose blocks in the subtree
  std::vector<std::int32_t> blocks_under;  // blocks in the subtree
  std::vector<std::int32_t> first_block;   // the subtree's first block, or -1
  // The class weight's answers, each distinct class or id value matched
  // once: scoring and the junk test ask again, and a list's items share one.
  mutable PageClassMatches negative_class{GetHeuristics().negative_class};
  mutable PageClassMatches positive_class{GetHeuristics().positive_class};
};

// Whether a class list says article-like in a token that is no layout or
// style utility: "text-white" or "has-text-color" say how a box looks
// ("bg-dark text-white" on a site's footer of address and hours), not that
// it holds text. Each token a view into the page, matched once.
bool SaysArticleLike(std::string_view attr, const Analysis& a) {
  return a.positive_class.Matches(attr) && AnyToken(attr, [&](std::string_view token) {
           return !IsTextStyleUtility(token) && a.positive_class.Matches(token);
         });
}

// Readability's class weight: kClassWeight up for an article-like class or
// id, down for a chrome-like one, each of class and id counted once; none
// when class names are not trusted.
int ClassWeight(const Element& e, const Analysis& a) {
  if (a.trust == ClassTrust::kNone) return 0;
  int w = 0;
  for (std::string_view attr : {e.cls, e.id}) {
    if (attr.empty()) continue;
    if (a.negative_class.Matches(attr)) w -= kClassWeight;
    if (SaysArticleLike(attr, a)) w += kClassWeight;
  }
  return w;
}

// What the article's holders have in their subtree: an h1, an
// article-classed element.
struct Holders {
  std::vector<bool> has_h1;
  std::vector<bool> has_positive;
};

// Sums each subtree's blocks bottom-up: text and link bytes, commas, prose,
// blocks and the first of them, and whether it holds an h1 or an
// article-classed element.
Holders SumSubtrees(const Document& doc, Analysis& a) {
  const std::size_t n = doc.elements.size();
  a.text_bytes.assign(n, 0);
  a.link_bytes.assign(n, 0);
  a.off_site_link_bytes.assign(n, 0);
  a.off_sites.assign(n, {});
  a.list_bytes.assign(n, 0);
  a.row_bytes.assign(n, 0);
  a.linked_titles.assign(n, 0);
  a.commas.assign(n, 0);
  a.sentence_end.assign(n, false);
  std::vector<std::int64_t>& prose = a.prose;
  prose.assign(n, 0);
  a.blocks_under.assign(n, 0);
  a.first_block.assign(n, -1);
  Holders h{std::vector<bool>(n, false), std::vector<bool>(n, false)};
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const auto e = static_cast<std::size_t>(b.element);
    a.text_bytes[e] += static_cast<std::int64_t>(b.text.size());
    a.link_bytes[e] += b.link_bytes;
    AddOffSiteLinks(b, a.page_host, a.off_site_link_bytes[e], a.off_sites[e]);
    if (b.kind == BlockKind::kListItem || b.kind == BlockKind::kTableRow) {
      a.list_bytes[e] += static_cast<std::int64_t>(b.text.size());
    }
    if (b.kind == BlockKind::kTableRow) a.row_bytes[e] += static_cast<std::int64_t>(b.text.size());
    if (b.kind == BlockKind::kHeading && IsLinkTitle(a.stats[i])) ++a.linked_titles[e];
    a.commas[e] += a.stats[i].commas;
    a.sentence_end[e] = a.stats[i].sentence_end;
    ++a.blocks_under[e];
    if (a.first_block[e] < 0) a.first_block[e] = static_cast<std::int32_t>(i);
    if (IsProse(a.stats[i])) prose[e] += a.stats[i].chars;
    if (b.kind == BlockKind::kHeading && b.level == 1) h.has_h1[e] = true;
  }
  for (std::size_t e = n; e-- > 1;) {
    if (doc.elements[e].flags & kPositive) h.has_positive[e] = true;
    const auto p = static_cast<std::size_t>(doc.elements[e].parent);
    if (doc.elements[e].parent < 0) continue;
    a.text_bytes[p] += a.text_bytes[e];
    a.link_bytes[p] += a.link_bytes[e];
    a.off_site_link_bytes[p] += a.off_site_link_bytes[e];
    for (std::string& site : a.off_sites[e]) AddSite(a.off_sites[p], site);
    a.list_bytes[p] += a.list_bytes[e];
    a.row_bytes[p] += a.row_bytes[e];
    a.linked_titles[p] += a.linked_titles[e];
    a.commas[p] += a.commas[e];
    prose[p] += prose[e];
    a.blocks_under[p] += a.blocks_under[e];
    // Children come after their parent: the last one to report is the first.
    if (a.first_block[e] >= 0 && (a.first_block[p] < 0 || a.first_block[e] < a.first_block[p])) {
      a.first_block[p] = a.first_block[e];
    }
    h.has_h1[p] = h.has_h1[p] || h.has_h1[e];
    h.has_positive[p] = h.has_positive[p] || h.has_positive[e];
  }
  return h;
}

// A strongly chrome box (a fact box holding a speech's transcript) set
// among the article's own paragraphs: its parent has a headed article's
// share of prose outside it. However long, it is beside the text, not it.
// Not one holding the headline: that is the article, printed in a
// newsletter-classed section beside a copy of its text.
bool IsBoxBesideText(const Document& doc, const Holders& h, const Analysis& a, std::size_t e,
                     std::int64_t total_prose) {
  const Element& el = doc.elements[e];
  if (!(el.flags & kStrongChrome) || el.parent < 0 || h.has_h1[e]) return false;
  const std::int64_t outside = a.prose[static_cast<std::size_t>(el.parent)] - a.prose[e];
  return outside * 100 > total_prose * kHeadedArticleMinProsePercent;
}

// A box chrome by a print class alone (kPrintLike) that holds text: a few
// blocks, few of their bytes links, mostly list items or prose (a recipe's
// steps, which a theme classes for its print layout). A print button, or
// a print layout's header or footer, is a line or two.
bool HoldsPrintedText(const Document& doc, const Analysis& a, std::size_t e) {
  const std::int64_t text = a.text_bytes[e];
  return (doc.elements[e].flags & kPrintLike) && a.blocks_under[e] >= kPrintBoxMinBlocks &&
         static_cast<double>(a.link_bytes[e]) <= static_cast<double>(text) * kJunkLinkDensity &&
         (a.list_bytes[e] * 100 >= text * kListBoxMinListPercent || a.prose[e] * 100 >= text * kJunkMinProsePercent);
}

// The span of the elements holding the article by heading or class: the
// first end and the last start among them, so that whether one lies
// apart from an element's subtree costs O(1).
struct HeadedSpan {
  std::vector<std::int32_t> subtree_end;
  std::int32_t min_end = std::numeric_limits<std::int32_t>::max();
  std::int32_t max_start = -1;
  bool Apart(std::size_t e) const {
    return min_end <= static_cast<std::int32_t>(e) || max_start >= subtree_end[e];
  }
};

// Top-down: each element's children, whether it holds the article, and
// whether it is chrome (its own class, or an ancestor's).
void MarkChrome(const Document& doc, const Holders& h, Analysis& a) {
  const std::size_t n = doc.elements.size();
  const std::int64_t total_prose = std::max<std::int64_t>(a.prose.empty() ? 0 : a.prose[0], 1);
  a.chrome.assign(n, false);
  a.holds_article.assign(n, false);
  a.beside_text.assign(n, false);
  a.first_child.assign(n, -1);
  a.next_sibling.assign(n, -1);
  std::vector<std::int32_t> last_child(n, -1);
  std::vector<bool> headed(n, false), own_beside(n, false);
  HeadedSpan span{std::vector<std::int32_t>(n, 0)};
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = doc.elements[e];
    span.subtree_end[e] = static_cast<std::int32_t>(e + 1);
    if (el.parent >= 0) {
      const auto p = static_cast<std::size_t>(el.parent);
      if (last_child[p] < 0) {
        a.first_child[p] = static_cast<std::int32_t>(e);
      } else {
        a.next_sibling[static_cast<std::size_t>(last_child[p])] = static_cast<std::int32_t>(e);
      }
      last_child[p] = static_cast<std::int32_t>(e);
    }
    const bool beside = IsBoxBesideText(doc, h, a, e, total_prose);
    own_beside[e] = beside;
    a.beside_text[e] = beside || (el.parent >= 0 && a.beside_text[static_cast<std::size_t>(el.parent)]);
    // A box of other people's posts (customer reviews, comments) holds
    // the article by its own headline, not by the "review-content" boxes
    // of the posts inside: a shop's review tab beside a short description
    // (made-up product pages of two shop systems). Other strong chrome
    // may wrap the article ("newsletter-wrapper", "post-and-ads-container").
    const bool positive = h.has_positive[e] && !((el.flags & kStrongChrome) && IsOthersPostBox(el));
    headed[e] = !beside && (h.has_h1[e] || positive) && a.prose[e] * 100 > total_prose * kHeadedArticleMinProsePercent;
  }
  for (std::size_t e = n; e-- > 1;) {
    const auto p = static_cast<std::size_t>(doc.elements[e].parent);
    if (doc.elements[e].parent >= 0) span.subtree_end[p] = std::max(span.subtree_end[p], span.subtree_end[e]);
  }
  for (std::size_t e = 0; e < n; ++e) {
    // An article-classed box ("post", "entry") with a short post's share
    // of the prose, itself no chrome.
    const std::uint32_t flags = doc.elements[e].flags;
    const bool post = (flags & kPositive) && !(flags & kChrome) &&
                      a.prose[e] * 100 > total_prose * kApartPostMinProsePercent;
    if (!headed[e] && !post) continue;
    span.min_end = std::min(span.min_end, span.subtree_end[e]);
    span.max_start = static_cast<std::int32_t>(e);
  }
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = doc.elements[e];
    bool chrome = el.parent >= 0 && a.chrome[static_cast<std::size_t>(el.parent)];
    // More than half the prose in a box not strongly chrome holds the
    // article, unless it is a sidebar by its id and a headed or
    // article-classed box apart from it holds the post: a blog theme's
    // "div#sidebar" with an "about" text longer than a short post (made-up
    // probes of classic blog themes, 2005-2017).
    const bool most = !(el.flags & kStrongChrome) && a.prose[e] * 100 > total_prose * kArticleMinProsePercent &&
                      !((el.flags & kChrome) && IsSidebarId(el.id) && span.Apart(e));
    a.holds_article[e] = headed[e] || (!own_beside[e] && most);
    // A wrapper whose class merely mentions chrome ("page has-sidebar",
    // "widget Blog") but that holds the article is not chrome.
    if (!chrome && a.trust == ClassTrust::kAll && (el.flags & kChrome)) {
      chrome = !a.holds_article[e] && !HoldsPrintedText(doc, a, e);
    }
    a.chrome[e] = chrome;
  }
}

Analysis Analyze(const Document& doc, const std::vector<BlockStats>& stats, ClassTrust trust) {
  Analysis a{stats, trust};
  a.page_host = PageHost(doc);
  const Holders holders = SumSubtrees(doc, a);
  MarkChrome(doc, holders, a);
  return a;
}

double LinkDensity(const Analysis& a, std::size_t e) {
  return a.text_bytes[e] > 0 ? static_cast<double>(a.link_bytes[e]) / static_cast<double>(a.text_bytes[e]) : 0;
}

std::int32_t Parent(const Document& doc, std::int32_t e) { return doc.elements[static_cast<std::size_t>(e)].parent; }

bool IsBodyTag(const Document& doc, std::int32_t e) {
  return doc.elements[static_cast<std::size_t>(e)].tag == Tag::kBody;
}

// Readability's candidate scoring over the block model: each paragraph adds
// its score to its container (full), the container's parent (half) and
// three more ancestors (a third of the level each); each score is then
// scaled by the share of text outside links. Returns which elements got a
// score.
std::vector<bool> ScoreCandidates(const Document& doc, const Analysis& a, std::vector<double>& score) {
  const std::size_t n = doc.elements.size();
  score.assign(n, 0);
  std::vector<bool> scored(n, false);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const BlockStats& s = a.stats[i];
    const bool too_short = s.chars < kScoredParagraphMinChars && !IsProse(s);
    if (too_short || s.chrome || a.chrome[static_cast<std::size_t>(b.element)]) continue;
    if (b.kind == BlockKind::kCaption || b.kind == BlockKind::kListItem) continue;
    const double content = kParagraphScore + s.commas + std::min(s.chars / kCharsPerScorePoint, kMaxLengthScore);
    // Text straight in <body> scores <body> itself.
    const Element& owner = doc.elements[static_cast<std::size_t>(b.element)];
    std::int32_t anc = owner.tag == Tag::kBody ? b.element : owner.parent;
    for (int level = 0; anc >= 0 && level < kScoredAncestors; ++level) {
      const auto e = static_cast<std::size_t>(anc);
      if (!scored[e]) {
        scored[e] = true;
        score[e] = TagScore(doc.elements[e].tag) + ClassWeight(doc.elements[e], a);
      }
      const double divider = level == 0 ? 1 : level == 1 ? kParentScoreDivider : level * kAncestorScoreDividerPerLevel;
      score[e] += content / divider;
      anc = doc.elements[e].parent;
    }
  }
  for (std::size_t e = 0; e < n; ++e) {
    if (scored[e]) score[e] *= 1.0 - LinkDensity(a, e);
  }
  return scored;
}

// The best-scoring candidate that is neither chrome nor <html>, or -1.
std::int32_t TopCandidate(const Document& doc, const Analysis& a, const std::vector<double>& score,
                          const std::vector<bool>& scored) {
  std::int32_t top = -1;
  for (std::size_t e = 0; e < scored.size(); ++e) {
    if (!scored[e] || a.chrome[e] || doc.elements[e].tag == Tag::kHtml) continue;
    if (top < 0 || score[e] > score[static_cast<std::size_t>(top)]) top = static_cast<std::int32_t>(e);
  }
  return top;
}

// When several strong candidates share an ancestor, the article is that
// ancestor (pages that split the body into sibling columns).
std::int32_t SharedAncestor(const Document& doc, const Analysis& a, const std::vector<double>& score,
                            const std::vector<bool>& scored, std::int32_t top) {
  std::vector<std::int32_t> alternatives;
  const double top_score = score[static_cast<std::size_t>(top)];
  for (std::size_t e = 0; e < scored.size(); ++e) {
    if (static_cast<std::int32_t>(e) != top && scored[e] && !a.chrome[e] &&
        score[e] >= kAlternativeCandidateShare * top_score && doc.elements[e].tag != Tag::kHtml) {
      alternatives.push_back(static_cast<std::int32_t>(e));
    }
  }
  if (alternatives.size() < kMinTopCandidates) return top;
  for (std::int32_t p = Parent(doc, top); p >= 0 && !IsBodyTag(doc, p); p = Parent(doc, p)) {
    int contained = 0;
    for (std::int32_t alt : alternatives) contained += doc.Contains(p, alt) ? 1 : 0;
    if (contained >= kMinTopCandidates) return p;
  }
  return top;
}

// Climb while the parent scores better than what it contains; stop at an
// ancestor scoring under a third of the candidate (Readability's fixed
// threshold: a decaying one let a distant wrapper win).
std::int32_t ClimbToBetterAncestor(const Document& doc, const Analysis& a, const std::vector<double>& score,
                                   const std::vector<bool>& scored, std::int32_t top) {
  double last = score[static_cast<std::size_t>(top)];
  const double floor = last / kClimbScoreDivider;
  for (std::int32_t p = Parent(doc, top); p >= 0 && !IsBodyTag(doc, p); p = Parent(doc, p)) {
    const auto pe = static_cast<std::size_t>(p);
    if (!scored[pe]) continue;
    if (score[pe] < floor) break;
    if (score[pe] > last && !a.chrome[pe]) return p;
    last = score[pe];
  }
  return top;
}

// An only child says nothing its parent does not.
std::int32_t OutermostOnlyChild(const Document& doc, const Analysis& a, std::int32_t top) {
  while (true) {
    const auto t = static_cast<std::size_t>(top);
    const std::int32_t p = doc.elements[t].parent;
    if (p < 0 || IsBodyTag(doc, p)) break;
    const auto pe = static_cast<std::size_t>(p);
    if (a.first_child[pe] != top || a.next_sibling[t] >= 0 || a.chrome[pe]) break;
    if (a.text_bytes[pe] != a.text_bytes[t]) break;
    top = p;
  }
  return top;
}

// The candidate holds headings alone and no prose: a headline's own box
// ("page-header"), scored up by its class and the headline's length while
// the text's wrappers read as chrome (Joomla's "com-content-article", a
// page builder's "widget" rows). The article is the nearest ancestor that
// holds prose too; `top` itself when none below <body> does.
std::int32_t OutOfHeadlineBox(const Document& doc, const Analysis& a, std::int32_t top) {
  const auto t = static_cast<std::size_t>(top);
  if (a.prose[t] > 0 || a.first_block[t] < 0) return top;
  const auto first = static_cast<std::size_t>(a.first_block[t]);
  for (std::size_t i = first; i < first + static_cast<std::size_t>(a.blocks_under[t]); ++i) {
    if (doc.blocks[i].kind != BlockKind::kHeading) return top;
  }
  for (std::int32_t p = Parent(doc, top); p >= 0 && !IsBodyTag(doc, p); p = Parent(doc, p)) {
    const auto pe = static_cast<std::size_t>(p);
    if (a.chrome[pe]) break;
    if (a.prose[pe] > 0) return p;
  }
  return top;
}

// The candidate is the page's <main>, whose prose all sits in one column
// beside the headline, the rest of it boxes without prose: an office's
// address and hours, a booking card, a list of downloads in the next grid
// column (municipal service, law firm and job pages, whose short
// paragraphs let the landmark outscore the column). The article is the
// smallest box holding the h1 and all that prose. Only under <main>: on
// the DEV pages, narrowing a theme's own wrapper (a knowledge base's, a
// daily's rack) changed which title and date were read (a page each).
std::int32_t IntoHeadlineColumn(const Document& doc, const Analysis& a, std::int32_t top) {
  const auto t = static_cast<std::size_t>(top);
  if (doc.elements[t].tag != Tag::kMain || a.prose[t] <= 0 || a.first_block[t] < 0) return top;
  const auto first = static_cast<std::size_t>(a.first_block[t]);
  for (std::size_t i = first; i < first + static_cast<std::size_t>(a.blocks_under[t]); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kHeading || b.level != 1) continue;
    for (std::int32_t p = b.element; p >= 0 && p != top; p = Parent(doc, p)) {
      const auto pe = static_cast<std::size_t>(p);
      if (a.prose[pe] != a.prose[t]) continue;
      // Linked titles beside it are cards of other pages: a home page's
      // hero over its teasers, which the confidence gate must still see.
      return a.linked_titles[pe] == a.linked_titles[t] ? p : top;
    }
    return top;
  }
  return top;
}

// Per element: whether it is or sits in one of the page's chrome
// landmarks (`landmark`): <nav>, <aside>, a chrome role (contentinfo,
// navigation), or a <header> or <footer> of the page, by tag or by class.
// As ARIA reads them, a <header> or <footer> inside an <article>, <main>
// or <section> is that box's own (a post's header holding its h1 and
// byline), no landmark of the page. `off_title`: in a landmark or in a box chrome by its class (a
// "site-header" div's logo), where no post's title sits.
struct PageLandmarks {
  std::vector<bool> landmark;
  std::vector<bool> off_title;
};

PageLandmarks FindPageLandmarks(const Document& doc, const Analysis& a) {
  const std::size_t n = doc.elements.size();
  PageLandmarks out{std::vector<bool>(n, false), std::vector<bool>(n, false)};
  std::vector<bool> scoped(n, false);  // inside an <article>, <main> or <section>
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = doc.elements[e];
    const auto p = static_cast<std::size_t>(std::max<std::int32_t>(el.parent, 0));
    const bool has_parent = el.parent >= 0;
    const bool parent_scoped = has_parent && scoped[p];
    scoped[e] = parent_scoped || el.tag == Tag::kArticle || el.tag == Tag::kMain || el.tag == Tag::kSection;
    const bool own_box = parent_scoped && (el.tag == Tag::kHeader || el.tag == Tag::kFooter) && el.role.empty();
    // A footer of plain <div>s named by its class ("site-footer",
    // "rodape-site") is one too, unless it is a box's own ("entry-footer").
    const bool named_footer = !parent_scoped && (NamesFooter(el.cls) || NamesFooter(el.id));
    const bool landmark = el.tag != Tag::kBody && ((IsChromeTag(el) && !own_box) || named_footer);
    out.landmark[e] = (has_parent && out.landmark[p]) || landmark;
    const bool chrome_box = a.chrome[e] && !(has_parent && a.chrome[p]) && !own_box;
    out.off_title[e] = out.landmark[e] || (has_parent && out.off_title[p]) || chrome_box;
  }
  return out;
}

// The box that holds heading element `h` and no part of `away`: its
// nearest article element (<article>, <main>, an article-classed box),
// else its ancestor right below the box they share.
std::int32_t TitleBox(const Document& doc, std::int32_t h, std::int32_t away) {
  // The ancestors of `away` marked first: a deep nest costs its depth once.
  std::vector<bool> holds_away(doc.elements.size(), false);
  for (std::int32_t p = away; p >= 0; p = Parent(doc, p)) holds_away[static_cast<std::size_t>(p)] = true;
  std::int32_t box = h;
  for (std::int32_t p = Parent(doc, h); p >= 0 && !holds_away[static_cast<std::size_t>(p)]; p = Parent(doc, p)) {
    box = p;
    if (doc.elements[static_cast<std::size_t>(p)].flags & kPositive) return p;
  }
  return box;
}

// The element of the page's own title outside its landmarks and chrome
// (`off_title`): its first such <h1>, else one of its first such headings
// up to kPageTitleMaxLevel that the page's <title> names (a post titled
// by an <h2>). A logo's <h1> in the page's <header> is no title. -1 if
// none.
std::int32_t TitleOutsideLandmarks(const Document& doc, const std::vector<bool>& off_title) {
  std::int32_t named = -1;
  int asked = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeading || b.level > kPageTitleMaxLevel) continue;
    if (off_title[static_cast<std::size_t>(b.element)]) continue;
    if (b.level == 1) return b.element;
    if (named < 0 && asked < kLandmarkTitleMaxNamedHeadings) {
      ++asked;
      if (NamedByPageTitle(doc, b.text)) named = b.element;
    }
  }
  return named;
}

// A root in a page's footer, aside or navigation landmark that won on its
// prose (an about-me bio, a copyright line) while the page's own title
// sits outside every landmark: a photo or video post whose article holds
// a heading, a date and a figure or a line. Returns the box holding that
// title (TitleBox), or `top` when there is none.
std::int32_t OutOfChromeLandmark(const Document& doc, const Analysis& a, std::int32_t top) {
  // Most roots have no landmark above them: the page-wide pass only when one may.
  bool may = false;
  for (std::int32_t p = top; p >= 0 && !may; p = Parent(doc, p)) {
    const Element& el = doc.elements[static_cast<std::size_t>(p)];
    may = IsChromeTag(el) || NamesFooter(el.cls) || NamesFooter(el.id);
  }
  if (!may) return top;
  const PageLandmarks marks = FindPageLandmarks(doc, a);
  if (!marks.landmark[static_cast<std::size_t>(top)]) return top;
  const std::int32_t title = TitleOutsideLandmarks(doc, marks.off_title);
  if (title < 0) return top;
  const std::int32_t box = TitleBox(doc, title, top);
  return box != title ? box : top;
}

// The element holding the article, or -1; `score` gets every element's
// content score.
std::int32_t ChooseRoot(const Document& doc, const Analysis& a, std::vector<double>& score) {
  const std::vector<bool> scored = ScoreCandidates(doc, a, score);
  std::int32_t top = TopCandidate(doc, a, score, scored);
  if (top < 0) return -1;
  top = SharedAncestor(doc, a, score, scored, top);
  top = ClimbToBetterAncestor(doc, a, score, scored, top);
  top = OutOfHeadlineBox(doc, a, top);
  top = IntoHeadlineColumn(doc, a, top);
  return OutermostOnlyChild(doc, a, top);
}

// Whether box `e` holds a single paragraph and nothing else: a page
// builder's text widget (Elementor, Wix), which sets a closing one-line
// paragraph ("The hall opens daily from 10 to 10.") in a widget of its own,
// the same kind as the text's; Readability's sibling paragraph rule reads
// it as the <p> it wraps.
bool HoldsOneParagraph(const Document& doc, const Analysis& a, std::size_t e) {
  return a.blocks_under[e] == 1 && a.first_block[e] >= 0 &&
         doc.blocks[static_cast<std::size_t>(a.first_block[e])].kind == BlockKind::kText;
}

// Readability appends siblings of the top candidate that score close to it
// or read as prose on their own; a sibling text widget of the top
// candidate's kind counts as the paragraph it holds.
std::vector<std::int32_t> ArticleParts(const Document& doc, const Analysis& a, const std::vector<double>& score,
                                       std::int32_t top) {
  std::vector<std::int32_t> parts;
  const auto t = static_cast<std::size_t>(top);
  const std::int32_t parent = doc.elements[t].parent;
  if (parent < 0) return {top};
  const double threshold = std::max(kSiblingMinScore, score[t] * kSiblingScoreShare);
  for (std::int32_t s = a.first_child[static_cast<std::size_t>(parent)]; s >= 0;
       s = a.next_sibling[static_cast<std::size_t>(s)]) {
    const auto se = static_cast<std::size_t>(s);
    if (s == top) {
      parts.push_back(s);
      continue;
    }
    if (a.chrome[se]) continue;
    const bool same_kind = SameBoxKind(doc.elements[se], doc.elements[t]);
    const double bonus = same_kind ? score[t] * kSameClassBonusShare : 0;
    if (score[se] > 0 && score[se] + bonus >= threshold) {
      parts.push_back(s);
      continue;
    }
    const bool widget = !(doc.elements[se].tag == Tag::kP) && same_kind && HoldsOneParagraph(doc, a, se);
    if (doc.elements[se].tag == Tag::kP || widget) {
      const double ld = LinkDensity(a, se);
      const std::int64_t len = a.text_bytes[se];
      const bool ends = widget ? a.stats[static_cast<std::size_t>(a.first_block[se])].sentence_end : a.sentence_end[se];
      if ((len > kSiblingParagraphChars && ld < kSiblingParagraphMaxLinkDensity) ||
          (len > 0 && len <= kSiblingParagraphChars && ld == 0 && ends)) {
        parts.push_back(s);
      }
    }
  }
  // Pages that break the text around a wide figure or a box repeat the
  // text container's kind for each piece, wherever the pieces sit. An
  // unnamed wrapper says its kind by the box it only holds.
  std::size_t kind = t;
  while (doc.elements[kind].cls.empty() && doc.elements[kind].id.empty() && a.first_child[kind] >= 0 &&
         a.next_sibling[static_cast<std::size_t>(a.first_child[kind])] < 0) {
    kind = static_cast<std::size_t>(a.first_child[kind]);
  }
  const Element& top_el = doc.elements[kind];
  if (top_el.cls.empty() && top_el.id.empty()) return parts;
  // The root's line (it, its ancestors and its subtree) and the parts so
  // far, marked once so that the walk over the elements stays linear.
  const std::size_t n = doc.elements.size();
  std::vector<bool> skip(n, false);
  for (std::int32_t p = top; p >= 0; p = doc.elements[static_cast<std::size_t>(p)].parent) {
    skip[static_cast<std::size_t>(p)] = true;
  }
  std::fill(skip.begin() + top, skip.begin() + doc.SubtreeEnd(top), true);
  for (std::int32_t part : parts) skip[static_cast<std::size_t>(part)] = true;
  for (std::size_t e = 0; e < n; ++e) {
    if (skip[e] || a.chrome[e] || a.prose[e] < kSplitPieceMinProse) continue;
    if (!SameBoxKind(doc.elements[e], top_el) && !OneStateApart(doc.elements[e], top_el)) continue;
    parts.push_back(static_cast<std::int32_t>(e));
  }
  return parts;
}

// Whether the titles of a run of cards count up one by one ("1. ...",
// "2. ...", or "Chapter 1: ...", "Chapter 2: ..."): a listicle's items or a
// guide's chapters, each titled with a link to its own page, not other
// stories, whose titles carry no running number (plant guides, course
// outlines).
bool NumberedInTurn(const Document& doc, const Analysis& a, const std::vector<std::int32_t>& run) {
  std::optional<int> last;
  for (std::int32_t c : run) {
    const auto title = static_cast<std::size_t>(a.first_block[static_cast<std::size_t>(c)]);
    const std::optional<int> n = ItemNumber(doc.blocks[title].text);
    if (!n || (last && *n != *last + 1)) return false;
    last = n;
  }
  return true;
}

// Teaser cards: runs of three or more siblings alike in tag and class,
// each a few blocks that open with another story's linked title, with at
// most a short summary ("Popular Stories" under an article, a grid of
// "most popular" diets). Marks every card of such a run. A title that
// links to another site is no story of this one: the text's own list of
// picks or sources, each linked to where it lives; nor one linked to an
// anchor of this page over prose, a live blog's update (a table of
// contents, its anchor links alone, stays a run).
std::vector<bool> TeaserCards(const Document& doc, const Analysis& a) {
  const std::size_t n = doc.elements.size();
  std::vector<bool> cards(n, false);
  const std::string& page_host = a.page_host;
  auto is_card = [&](std::size_t c) {
    const std::int32_t first = a.first_block[c];
    if (first < 0 || a.blocks_under[c] > kTeaserCardMaxBlocks || a.prose[c] > kTeaserCardMaxProse) return false;
    const auto f = static_cast<std::size_t>(first);
    const bool update = LinksToAnchor(doc.blocks[f]) && a.prose[c] > 0;
    return IsLinkTitle(a.stats[f]) && !LinksOffSite(doc.blocks[f], page_host) && !update;
  };
  std::vector<std::int32_t> run;
  auto close_run = [&] {
    if (run.size() >= kTeaserRunMinCards && !NumberedInTurn(doc, a, run)) {
      for (std::int32_t c : run) cards[static_cast<std::size_t>(c)] = true;
    }
    run.clear();
  };
  for (std::size_t p = 0; p < n; ++p) {
    for (std::int32_t c = a.first_child[p]; c >= 0; c = a.next_sibling[static_cast<std::size_t>(c)]) {
      const auto ce = static_cast<std::size_t>(c);
      if (a.blocks_under[ce] == 0) continue;  // empty boxes (image slots) do not break a run
      if (!is_card(ce)) {
        close_run();
        continue;
      }
      if (!run.empty()) {
        const Element& prev = doc.elements[static_cast<std::size_t>(run.back())];
        if (prev.tag != doc.elements[ce].tag || prev.cls != doc.elements[ce].cls) close_run();
      }
      run.push_back(c);
    }
    close_run();
  }
  return cards;
}

// A list, or a box whose text is nearly all list items: Readability spares
// it the link density a box of text may have. Items are list-item blocks:
// a list of teaser cards (li > article > h2, p) is no list of lines. A
// table's rows are items too: a comparison table links each product's
// name or shop in its rows.
bool IsList(const Analysis& a, std::size_t e) {
  return a.list_bytes[e] * 100 > a.text_bytes[e] * kListMinTextPercent;
}

// A table of data, or the box that scrolls it: nearly all its text is
// table rows, and few of them are links. Its box's class names say how it
// scrolls ("overflow-x-scroll", "table-scroll-container"), not that it is
// page furniture: training plans, rankings and spec tables were lost.
bool IsDataTable(const Analysis& a, std::size_t e) {
  return a.row_bytes[e] * 100 > a.text_bytes[e] * kListMinTextPercent && LinkDensity(a, e) <= kJunkLinkDensity;
}

// The heading blocks in `e`'s subtree: how many, whether one is an h1 and
// whether the first block is one (a subtree's blocks follow one another).
struct Headings {
  int count = 0;
  bool h1 = false;
  bool first = false;
};

Headings CountHeadings(const Document& doc, const Analysis& a, std::size_t e) {
  Headings h;
  if (a.first_block[e] < 0) return h;
  const auto first = static_cast<std::size_t>(a.first_block[e]);
  for (std::size_t i = first; i < first + static_cast<std::size_t>(a.blocks_under[e]); ++i) {
    if (doc.blocks[i].kind != BlockKind::kHeading) continue;
    ++h.count;
    h.h1 = h.h1 || doc.blocks[i].level == 1;
    h.first = h.first || i == first;
  }
  return h;
}

// Whether sibling `s` is a box of short list items or table rows, with a
// line or two besides: a job ad's "Your tasks" list, a holiday flat's
// amenities or prices. Readability scores paragraphs only, so these never
// join the text box beside them.
bool IsListBox(const Analysis& a, std::size_t s) {
  const std::int64_t text = a.text_bytes[s];
  return a.list_bytes[s] * 100 >= text * kListBoxMinListPercent && a.prose[s] * 100 <= text * kListBoxMaxProsePercent;
}

// A list box under its own heading: the heading `after_heading` just
// before it, or one heading opening it and no other (several are a set
// of cards or a promotion's sections); a table of data needs none (a
// product's properties). A list without a heading is a box of tags,
// tools or names.
bool IsHeadedListBox(const Document& doc, const Analysis& a, std::size_t s, bool after_heading) {
  if (IsDataTable(a, s)) return true;
  if (!IsListBox(a, s)) return false;
  const Headings h = CountHeadings(doc, a, s);
  return after_heading ? h.count == 0 : h.count == 1 && h.first;
}

// One flag per element, set on the parts: the walks over siblings and
// elements ask of each whether it is one (a search of the list each time
// was quadratic on a page of thousands of sibling paragraphs).
std::vector<bool> PartFlags(const Document& doc, const std::vector<std::int32_t>& parts) {
  std::vector<bool> flags(doc.elements.size(), false);
  for (const std::int32_t p : parts) flags[static_cast<std::size_t>(p)] = true;
  return flags;
}

// The next sibling after `s` that holds text, or -1.
std::int32_t NextWithText(const Analysis& a, std::int32_t s) {
  do {
    s = a.next_sibling[static_cast<std::size_t>(s)];
  } while (s >= 0 && a.text_bytes[static_cast<std::size_t>(s)] == 0);
  return s;
}

// A box shaped like a piece of the text: a heading alone, a list box, or
// mostly prose; not a stray short line ("Follow us", "Share:", a name).
bool IsTextShaped(const Document& doc, const Analysis& a, std::size_t e) {
  const Headings h = CountHeadings(doc, a, e);
  return (h.first && a.blocks_under[e] == 1) || IsListBox(a, e) || a.prose[e] * 100 >= a.text_bytes[e] * kJunkMinProsePercent;
}

// Boxes between two parts of the text that are siblings join it when they
// are no chrome and no box of links: a page builder sets each paragraph,
// heading and list in a widget of its own, and only the paragraphs' widgets
// score (a dog school's course list and its heading between two text
// widgets were lost).
void FillGapsBetweenParts(const Document& doc, const Analysis& a, std::int32_t top, std::vector<std::int32_t>& parts) {
  const std::int32_t parent = Parent(doc, top);
  if (parent < 0) return;
  const std::vector<bool> is_part = PartFlags(doc, parts);
  std::vector<std::int32_t> gap;
  bool open = false;
  for (std::int32_t s = a.first_child[static_cast<std::size_t>(parent)]; s >= 0;
       s = a.next_sibling[static_cast<std::size_t>(s)]) {
    const auto se = static_cast<std::size_t>(s);
    if (is_part[se]) {
      if (open) parts.insert(parts.end(), gap.begin(), gap.end());
      gap.clear();
      open = true;
      continue;
    }
    if (a.text_bytes[se] == 0) continue;
    if (a.chrome[se] || LinkDensity(a, se) > kJunkLinkDensity || a.linked_titles[se] > 0 ||
        !IsTextShaped(doc, a, se)) {
      gap.clear();
      open = false;
      continue;
    }
    gap.push_back(s);
  }
}

// Whether block `i` is a <dt> or <dd> (`tag`) of at most `max_words` words.
bool ShortTermPart(const Document& doc, const Analysis& a, std::size_t i, Tag tag, int max_words) {
  return doc.elements[static_cast<std::size_t>(doc.blocks[i].element)].tag == tag && a.stats[i].words <= max_words;
}

// A box of an event's facts beside its description: a term/value list
// (each <dt> followed by its <dd>, at least kFactsMinPairs pairs of a few
// words each) under at most one heading, without links, a good share of
// its column, which holds prose besides (the description, a sentence or
// a few) and no linked title (a listing's card of another event). Event
// themes class it "event-meta" or "events-meta-group",
// which the negative class weight reads as an article's meta box; that
// box names an author and a date, one term over bare values ("Details")
// or a linked name, and is a small share of a story's column.
bool IsFactsBox(const Document& doc, const Analysis& a, std::size_t e) {
  if (a.first_block[e] < 0 || a.link_bytes[e] > 0 || a.text_bytes[e] > kFactsBoxMaxBytes) return false;
  // The column: the first box around it that holds more (a list sits in
  // a box or two of its own; a few only, so that nested boxes cost no
  // climb each).
  std::int32_t parent = doc.elements[e].parent;
  for (int up = 0; parent >= 0 && a.text_bytes[static_cast<std::size_t>(parent)] == a.text_bytes[e]; ++up) {
    if (up == kFactsBoxMaxWrappers) return false;
    parent = Parent(doc, parent);
  }
  if (parent < 0) return false;
  const auto p = static_cast<std::size_t>(parent);
  if (a.prose[p] <= a.prose[e] || a.text_bytes[e] * 100 < a.text_bytes[p] * kFactsBoxMinSharePercent) return false;
  // The column is small (the share above): its headings are few to read.
  const auto column = static_cast<std::size_t>(a.first_block[p]);
  for (std::size_t k = column; k < column + static_cast<std::size_t>(a.blocks_under[p]); ++k) {
    if (doc.blocks[k].kind == BlockKind::kHeading && a.stats[k].link_density > kLinkTitleMinLinkDensity) return false;
  }
  auto i = static_cast<std::size_t>(a.first_block[e]);
  const std::size_t end = i + static_cast<std::size_t>(a.blocks_under[e]);
  if (doc.blocks[i].kind == BlockKind::kHeading) ++i;
  int pairs = 0;
  for (; i + 1 < end; i += 2, ++pairs) {
    if (!ShortTermPart(doc, a, i, Tag::kDt, kFactTermMaxWords) ||
        !ShortTermPart(doc, a, i + 1, Tag::kDd, kFactValueMaxWords)) {
      return false;
    }
  }
  return i == end && pairs >= kFactsMinPairs;
}

// Headed lists and tables (or an event's facts box, each term heading its
// value) that run on right after the text box join the
// article until the first box of links, chrome or other kind (the text's
// own sibling paragraphs, Readability's rule, are already parts). Only
// beside a text box within the page's column: a box holding the page's h1
// is the whole column, its siblings other columns (a club site's fixtures
// and sponsors).
void AddListBoxesAfter(const Document& doc, const Analysis& a, std::int32_t top, std::vector<std::int32_t>& parts) {
  if (CountHeadings(doc, a, static_cast<std::size_t>(top)).h1) return;
  const std::vector<bool> is_part = PartFlags(doc, parts);
  bool after_heading = false;
  for (std::int32_t s = NextWithText(a, top); s >= 0; s = NextWithText(a, s)) {
    const auto se = static_cast<std::size_t>(s);
    if (is_part[se]) {
      after_heading = false;
      continue;
    }
    if (a.chrome[se] || LinkDensity(a, se) > kJunkLinkDensity || a.linked_titles[se] > 0) break;
    const std::int32_t next = NextWithText(a, s);
    const bool heading = doc.elements[se].tag == Tag::kHeading && next >= 0 &&
                         IsHeadedListBox(doc, a, static_cast<std::size_t>(next), true);
    if (!heading && !IsHeadedListBox(doc, a, se, after_heading) && !IsFactsBox(doc, a, se)) break;
    parts.push_back(s);
    after_heading = heading;
  }
}

// A list of facts between the page's h1 and the text box under it, in the
// same column: an event's date, place and entry price as a <dl> or a short
// list over its description. Readability scores paragraphs only, so the
// facts were lost and the page, its text a sentence or two, was no
// article. Only lists of the page's own (no links, no heading, no chrome
// or negative class: an article's "meta" box of author and reading time)
// with no prose between them and the text.
void AddFactListsBefore(const Document& doc, const Analysis& a, std::int32_t top, std::vector<std::int32_t>& parts) {
  const std::int32_t parent = Parent(doc, top);
  if (parent < 0 || CountHeadings(doc, a, static_cast<std::size_t>(top)).h1) return;
  std::vector<std::int32_t> facts;
  bool titled = false;
  for (std::int32_t s = a.first_child[static_cast<std::size_t>(parent)]; s >= 0 && s != top;
       s = a.next_sibling[static_cast<std::size_t>(s)]) {
    const auto se = static_cast<std::size_t>(s);
    if (a.text_bytes[se] == 0) continue;
    const Headings h = CountHeadings(doc, a, se);
    if (h.h1) {
      titled = true;
      facts.clear();
    } else if (!a.chrome[se] && a.link_bytes[se] == 0 && h.count == 0 &&
               (ClassWeight(doc.elements[se], a) >= 0 || IsFactsBox(doc, a, se)) && IsListBox(a, se)) {
      facts.push_back(s);
    } else if (a.prose[se] > 0) {
      facts.clear();
    }
  }
  if (titled) parts.insert(parts.end(), facts.begin(), facts.end());
}

// Whether box `e` reads as the article's lead: lead-classed, one or two
// paragraphs of prose of the page's own (no links, no heading).
bool IsLeadBox(const Document& doc, const Analysis& a, std::size_t e) {
  const Element& el = doc.elements[e];
  return !el.cls.empty() && a.blocks_under[e] <= kLeadBoxMaxBlocks && a.link_bytes[e] == 0 &&
         a.prose[e] >= kLeadBoxMinProseChars &&
         CountHeadings(doc, a, e).count == 0 && GetHeuristics().lead_class.Matches(el.cls);
}

// The child of box `e` to look for the lead in: its last child with text,
// or the last lead box among its children when only lines without prose
// follow it (a header box's byline or date line under the lead); -1 if
// none.
std::int32_t LeadChild(const Document& doc, const Analysis& a, std::size_t e) {
  std::int32_t last = -1;
  std::int32_t lead = -1;
  for (std::int32_t c = a.first_child[e]; c >= 0; c = a.next_sibling[static_cast<std::size_t>(c)]) {
    const auto ce = static_cast<std::size_t>(c);
    if (a.text_bytes[ce] == 0) continue;
    last = c;
    if (IsLeadBox(doc, a, ce)) {
      lead = c;
    } else if (a.prose[ce] > 0) {
      lead = -1;
    }
  }
  return lead >= 0 ? lead : last;
}

// The lead of an article set in a box of its own just before the text's
// box (a CMS's "field-teaser", "article-intro", "post-excerpt" field):
// outside the scored box it was lost, and as a teaser-classed box it was
// chrome. The last box with text before the first part, or the lead box
// inside it (a header box of kicker, headline, lead and byline); -1 if
// none.
std::int32_t LeadBoxBefore(const Document& doc, const Analysis& a, std::int32_t top,
                           const std::vector<std::int32_t>& parts) {
  const std::int32_t parent = Parent(doc, top);
  if (parent < 0) return -1;
  const std::vector<bool> is_part = PartFlags(doc, parts);
  std::int32_t prev = -1;
  for (std::int32_t s = a.first_child[static_cast<std::size_t>(parent)]; s >= 0 && !is_part[static_cast<std::size_t>(s)];
       s = a.next_sibling[static_cast<std::size_t>(s)]) {
    if (a.text_bytes[static_cast<std::size_t>(s)] > 0) prev = s;
  }
  for (int depth = 0; prev >= 0 && depth <= kLeadBoxMaxDepth; ++depth) {
    const auto pe = static_cast<std::size_t>(prev);
    if (IsLeadBox(doc, a, pe)) return prev;
    prev = LeadChild(doc, a, pe);
  }
  return -1;
}

// The lead box's blocks are the article's, whatever box they sit in (a
// header box, a teaser-classed field).
void KeepLeadBox(const Document& doc, std::int32_t lead, Selection& sel) {
  if (lead < 0) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.Contains(lead, doc.blocks[i].element) && doc.blocks[i].kind == BlockKind::kText) {
      sel.Set(i, Role::kBody, kLeadBoxReason);
    }
  }
}

// Whether a box of links leads to several other sites: a list of sources
// or further reading citing where each item lives, not a promotion, a
// shop's picks or an embedded post, which link to one site (or two: a
// post's host and its link shortener, a news app and a messaging app).
// Only a box of links: the article's own text may cite many sites while
// its boxes promote one.
bool CitesSeveralSites(const Analysis& a, std::size_t e) {
  return a.off_sites[e].size() >= kSourceListMinSites && LinkDensity(a, e) > kJunkLinkDensity;
}

// The share of a box's text in links that make it a box of links: in a
// list of sources (`cites`), only links to the page's own site.
double JunkLinkDensity(const Analysis& a, std::size_t e, bool cites) {
  if (!cites || a.text_bytes[e] == 0) return LinkDensity(a, e);
  const std::int64_t own = std::max<std::int64_t>(0, a.link_bytes[e] - a.off_site_link_bytes[e]);
  return static_cast<double>(own) / static_cast<double>(a.text_bytes[e]);
}

// The classes of the boxes the text sits in, each split into its kind
// names once: the junk test compares every box's class with all of them
// (split again for each pair, a deep frame over thousands of boxes cost
// seconds).
std::vector<std::vector<std::string_view>> FrameKindNames(const std::unordered_set<std::string_view>& frame) {
  std::vector<std::vector<std::string_view>> names;
  for (std::string_view f : frame) names.push_back(KindNamesOf(f));
  return names;
}

// Whether `cls` is one class name apart from a box the text sits in.
bool InFrameFamily(const std::vector<std::vector<std::string_view>>& frame_names, std::string_view cls) {
  const std::vector<std::string_view> names = KindNamesOf(cls);
  return std::any_of(frame_names.begin(), frame_names.end(),
                     [&names](const std::vector<std::string_view>& f) { return OneKindApart(f, names); });
}

// Readability's conditional cleaning, on containers inside the article:
// few commas and many links, or a chrome-like class, mean a box of links,
// tools or teasers rather than text. `frame` holds the classes of the
// boxes the article's text sits in (TextFrameClasses).
bool IsJunkContainer(const Document& doc, const Analysis& a, const std::unordered_set<std::string_view>& frame,
                     const std::vector<std::vector<std::string_view>>& frame_names, std::size_t e, bool cites) {
  const Element& el = doc.elements[e];
  switch (el.tag) {
    case Tag::kDiv: case Tag::kSection: case Tag::kUl: case Tag::kOl: case Tag::kTable: case Tag::kForm:
    case Tag::kAside: case Tag::kFieldset: case Tag::kDl:
      break;
    default:
      return false;
  }
  if (a.commas[e] >= kJunkMaxCommas) return false;
  if (IsDataTable(a, e)) return false;
  // The class of the boxes the article's own text sits in says nothing
  // against a box beside them ("widget-container" on every section).
  // Only where chrome classes bound the article: without them the root
  // may take in a comment thread whose replies are classed like the post.
  // So does one of the same builder family with no links (an icon list of
  // the services beside the text editor's paragraphs).
  const int class_weight = ClassWeight(el, a);
  const bool text_frame =
      a.trust == ClassTrust::kAll && class_weight < 0 &&
      (frame.count(el.cls) > 0 || (a.link_bytes[e] == 0 && InFrameFamily(frame_names, el.cls)));
  const int weight = text_frame ? 0 : class_weight;
  const double ld = JunkLinkDensity(a, e, cites);
  if (weight < 0) return !IsFactsBox(doc, a, e);
  // Mostly paragraphs of text, its links in a list or a line: a section
  // of the article. Summaries under other stories' linked titles are not.
  if (a.prose[e] * 100 >= a.text_bytes[e] * kJunkMinProsePercent && a.linked_titles[e] == 0) return false;
  return (weight < kClassWeight && ld > kJunkLinkDensity && !IsList(a, e)) || ld > kJunkMaxLinkDensity;
}

// A list item that links its first sentence to a story and tells it in
// its own words after: a news digest's item, not a link list's.
bool LinkedLead(const Block& b) {
  return b.kind == BlockKind::kListItem &&
         static_cast<std::int64_t>(b.text.size()) - b.link_bytes >= kLinkedLeadMinOwnBytes && EndsLikeSentence(b.text);
}

inline constexpr char kOfferLineReason[] = "body: a deals roundup's linked offer";

// Named so that KeepSubheadsBetweenText can tell a junk box's verdict.
inline constexpr char kJunkContainerReason[] = "dropped: link-heavy or chrome-classed container";
inline constexpr char kCaptionBoxReason[] = "caption: figcaption or caption class";

// What an element is to the article: in it, and inside it in a junk
// container, a chrome tag, a caption, a chrome-classed box, an embedded
// post, teaser cards or a figure.
enum ArticleMark : std::uint8_t {
  kIn = 1,
  kJunk = 2,
  kChromeTag = 4,
  kCaption = 8,
  kChromeClass = 16,
  kEmbedded = 32,
  kTeaser = 64,
  kFigure = 128,
};

// A box that holds paragraphs of prose is text, whatever its class says:
// a theme that classes the whole article column as a caption box.
bool HoldsText(const Analysis& a, std::size_t e) {
  return a.blocks_under[e] >= kCaptionBoxMaxBlocks && a.prose[e] >= kCaptionBoxMaxProse;
}

// One top-down pass: which elements are in the article, and which sit in
// junk containers, chrome tags or caption elements inside it. `frame`
// holds the classes of the boxes its text sits in (TextFrameClasses).
std::vector<std::uint8_t> MarkArticle(const Document& doc, const Analysis& a, const std::vector<bool>& teaser_cards,
                                      const std::vector<std::int32_t>& parts,
                                      const std::unordered_set<std::string_view>& frame,
                                      const std::vector<bool>& spared) {
  const std::size_t n = doc.elements.size();
  std::vector<std::uint8_t> mark(n, 0);
  std::vector<bool> cites(n, false);  // in a box citing several sites (CitesSeveralSites)
  const std::vector<bool> part_flags = PartFlags(doc, parts);
  const std::vector<std::vector<std::string_view>> frame_names = FrameKindNames(frame);
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = doc.elements[e];
    const bool is_part = part_flags[e];
    std::uint8_t m = el.parent >= 0 ? mark[static_cast<std::size_t>(el.parent)] : 0;
    if (is_part) {
      m = kIn;
    } else if (m & kIn) {
      if (el.flags & kEmbed) m |= kEmbedded;
      cites[e] = cites[static_cast<std::size_t>(el.parent)] || CitesSeveralSites(a, e);
      if (!spared[e] && !(m & kEmbedded) && IsJunkContainer(doc, a, frame, frame_names, e, cites[e])) m |= kJunk;
      if (teaser_cards[e]) m |= kTeaser;
      // A form inside the article is a sign-up, poll or comment box; a
      // form that wraps the whole page holds the article, not inside it.
      if ((IsChromeTag(el) || el.tag == Tag::kForm) && !spared[e]) m |= kChromeTag;
      // Without class chrome the root was chosen freely; inside it, a
      // chrome-classed box is still chrome.
      if ((el.flags & kChrome) && !a.holds_article[e] && !HoldsPrintedText(doc, a, e) && a.trust != ClassTrust::kNone) {
        m |= kChromeClass;
      }
    }
    if ((m & kIn) && (el.flags & kCaptionLike) && !HoldsText(a, e) && !spared[e]) m |= kCaption;
    if ((m & kIn) && el.tag == Tag::kFigure) m |= kFigure;
    mark[e] = m;
  }
  return mark;
}

// The verdict on each block in the article, by what encloses it and what
// it is.
void JudgeBlocks(const Document& doc, const Analysis& a, const std::vector<std::uint8_t>& mark, Selection& sel) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const auto e = static_cast<std::size_t>(b.element);
    const std::uint8_t m = mark[e];
    if (!(m & kIn)) continue;
    const BlockStats& s = a.stats[i];
    if (b.kind == BlockKind::kCaption || (m & kCaption)) {
      sel.Set(i, Role::kCaption, kCaptionBoxReason);
    } else if (b.kind == BlockKind::kText && s.words <= kCreditCaptionMaxWords && EndsWithPhotoCredit(b.text)) {
      sel.Set(i, Role::kCaption, "caption: ends with a photo credit");
    } else if (b.kind == BlockKind::kText && s.words <= kFigureLineMaxWords && EndsWithVideoStamp(b.text)) {
      sel.Set(i, Role::kDropped, "dropped: a video's caption with its length");
    } else if ((m & kFigure) && b.kind == BlockKind::kText && s.words <= kFigureLabelMaxWords) {
      sel.Set(i, Role::kDropped, "dropped: image credit or label in a figure");
    } else if (a.chrome[e] && a.beside_text[e]) {
      sel.Set(i, Role::kDropped, kBoxBesideTextReason);
    } else if (a.chrome[e] || (m & kChromeClass)) {
      sel.Set(i, Role::kDropped, kChromeContainerReason);
    } else if (m & kChromeTag) {
      sel.Set(i, Role::kDropped, kChromeTagReason);
    } else if (s.chrome) {
      sel.Set(i, Role::kDropped, s.chrome);
    } else if ((m & (kTeaser | kJunk) || MostlyLinks(b, s)) && OfferLine(b)) {
      sel.Set(i, Role::kBody, kOfferLineReason);
    } else if (m & kTeaser) {
      sel.Set(i, Role::kDropped, "dropped: teaser cards (other stories' titles)");
    } else if (m & kJunk) {
      sel.Set(i, Role::kDropped, kJunkContainerReason);
    } else if (MostlyLinks(b, s) && !s.written_address && !LinkedLead(b)) {
      sel.Set(i, Role::kDropped, kLinkDensityReason);
    } else {
      sel.Set(i, Role::kBody, kArticleContainerReason);
    }
  }
}

// Whether heading `b` sits in a <header> of its own section, as its child
// or grandchild ("header > h2", "header > div.section-heading > h2").
bool SectionHeader(const Document& doc, const Block& b) {
  std::int32_t e = Parent(doc, b.element);
  for (int up = 0; up < 2 && e >= 0; ++up, e = Parent(doc, e)) {
    if (doc.elements[static_cast<std::size_t>(e)].tag == Tag::kHeader) return true;
  }
  return false;
}

// A subhead whose box alone reads as chrome, or that sits outside the
// text boxes taken as the article's parts, between two kept blocks of the
// article: page builders put each heading in a box of its own, of another
// class than the text's ("widget-heading" beside "widget-text"). And a
// subhead in its section's own <header>, dropped as chrome inside the
// article, over a kept paragraph below kept text (guides and listicles
// of four sites that give each step or section a header).
void KeepSubheadsBetweenText(const Document& doc, const Analysis& a, Selection& sel) {
  bool text_above = false;
  for (std::size_t i = 1; i + 1 < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const char* reason = sel.verdicts[i].reason;
    text_above = text_above || (sel.IsBody(i - 1) && doc.blocks[i - 1].kind == BlockKind::kText);
    if (b.kind != BlockKind::kHeading || b.link_bytes != 0) continue;
    const bool left_out = reason == kJunkContainerReason || reason == kOutsideArticleReason;
    const bool in_header = (reason == kChromeContainerReason || reason == kChromeTagReason) && SectionHeader(doc, b);
    if ((left_out && sel.IsBody(i - 1) && sel.IsBody(i + 1)) ||
        (in_header && text_above && sel.IsBody(i + 1) && IsProse(a.stats[i + 1]))) {
      sel.Set(i, Role::kBody, kArticleContainerReason);
    }
  }
}

// A heading straight before teaser cards is their label ("Popular
// Stories"), not a section of the article.
void DropTeaserHeadings(const Document& doc, const std::vector<std::uint8_t>& mark, Selection& sel) {
  auto teaser = [&](std::size_t i) { return (mark[static_cast<std::size_t>(doc.blocks[i].element)] & kTeaser) != 0; };
  for (std::size_t i = 1; i < doc.blocks.size(); ++i) {
    if (teaser(i) && !teaser(i - 1) && sel.IsBody(i - 1) && doc.blocks[i - 1].kind == BlockKind::kHeading) {
      sel.Set(i - 1, Role::kDropped, "dropped: heading of teaser cards");
    }
  }
}

// A paragraph that is one linked sentence ("The full report is on the
// council's site.") between two kept paragraphs of the text: the text's
// own sentence, whatever its links; a link list's titles end no sentence.
// So is one that a page builder boxed on its own, each paragraph in a box
// of its own, where the box went as a box of links (news pages of three
// sites).
void KeepLinkedSentencesBetweenText(const Document& doc, const Analysis& a, Selection& sel) {
  for (std::size_t i = 1; i + 1 < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const char* reason = sel.verdicts[i].reason;
    if ((reason != kLinkDensityReason && reason != kJunkContainerReason) || b.kind != BlockKind::kText) continue;
    const int words = a.stats[i].words;
    if (words < kProseSentenceMinWords || words > kLinkedSentenceMaxWords || !EndsLikeSentence(b.text)) continue;
    if (IsProse(a.stats[i - 1]) && IsProse(a.stats[i + 1]) && sel.IsBody(i - 1) && sel.IsBody(i + 1)) {
      sel.Set(i, Role::kBody, kArticleContainerReason);
    }
  }
}

// A linked line that ends with a colon over kept text ("Key features of
// <a>the studio</a>:", "Your <a>response plan</a> should:"): it announces
// the list or the paragraph under it and reads as the text's own, however
// many of its words are links (guides and reviews of six sites). A label
// over a list of links ("Related:") has no kept text under it.
void KeepLinkedLeadIns(const Document& doc, const Analysis& a, Selection& sel) {
  for (std::size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (sel.verdicts[i].reason != kLinkDensityReason || b.kind != BlockKind::kText) continue;
    if (a.stats[i].words > kLinkedSentenceMaxWords || !sel.IsBody(i + 1)) continue;
    const std::string_view text = Trim(b.text);
    if (!text.empty() && text.back() == ':') sel.Set(i, Role::kBody, kArticleContainerReason);
  }
}

// Whether the subhead at `i` heads kept text: the next block is kept, or
// kept text (a paragraph or a subhead) follows past a few short blocks
// left out, a product's picture credit or its row of shop buttons
// (recipe and product roundups of several sites). A related story's
// linked title over its linked summary heads no text; nor does a linked
// label over a list of links.
bool HeadsKeptText(const Document& doc, const Analysis& a, const Selection& sel, std::size_t i) {
  const std::size_t end = std::min(doc.blocks.size(), i + 2 + kSubheadSkippedMaxBlocks);
  for (std::size_t j = i + 1; j < end; ++j) {
    if (sel.IsBody(j)) return j == i + 1 || IsProse(a.stats[j]) || doc.blocks[j].kind == BlockKind::kHeading;
    if (doc.blocks[j].kind == BlockKind::kHeading || a.stats[j].words > kFigureLabelMaxWords) return false;
  }
  return false;
}

// A subhead that is a link (a guide's product or place names, each linked
// to its page) between kept text of the article: the section's head, not a
// link list's line. Seen on list guides of many sites; a teaser's linked
// title heads no kept text (TeaserCards drops it with its summary), and a
// linked heading over the first kept text is the post's permalinked title,
// unless it links to an anchor of this page: a live blog's first update.
void KeepLinkedSubheads(const Document& doc, const Analysis& a, Selection& sel) {
  bool text_above = false;
  for (std::size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    const bool linked_heading =
        sel.verdicts[i].reason == kLinkDensityReason && doc.blocks[i].kind == BlockKind::kHeading;
    const bool subhead = text_above || LinksToAnchor(doc.blocks[i]);
    if (linked_heading && subhead && HeadsKeptText(doc, a, sel, i)) sel.Set(i, Role::kBody, kArticleContainerReason);
    text_above = text_above || (sel.IsBody(i) && doc.blocks[i].kind == BlockKind::kText);
  }
}

// Whether blocks `i` and `j` are items of one list, each an <li> of its
// own (a paragraph deep inside an item is a list item too, and a product
// card's "Buy" line one of them).
bool SameList(const Document& doc, std::size_t i, std::size_t j) {
  const std::int32_t a = doc.blocks[i].element;
  const std::int32_t b = doc.blocks[j].element;
  return doc.elements[static_cast<std::size_t>(a)].tag == Tag::kLi &&
         doc.elements[static_cast<std::size_t>(b)].tag == Tag::kLi && Parent(doc, a) == Parent(doc, b);
}

// Whether a verdict is a prompt's phrase (a push-notification, cookie or
// newsletter prompt), which a list item of a feature or how-to list says
// in its own words ("Email, SMS and push notifications", "Behavioral
// tracking: use cookies and session data ...").
bool IsPromptPhrase(const char* reason) {
  if (reason == nullptr) return false;
  const std::string_view r(reason);
  return r == kNotificationPromptLabel || r == kCookieNoticeLabel || r == kNewsletterBoxLabel;
}

// A linked item of a list whose neighbour item is kept, or one that reads
// as a prompt's phrase: the list is the article's (book titles,
// questions, resources, each item linked in part; an app's features, one
// of them push notifications), and its items go together.
void KeepLinkedListItems(const Document& doc, Selection& sel) {
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (sel.verdicts[i].reason != kLinkDensityReason && !IsPromptPhrase(sel.verdicts[i].reason)) continue;
    const bool before = i > 0 && sel.IsBody(i - 1) && SameList(doc, i - 1, i);
    const bool after = i + 1 < doc.blocks.size() && sel.IsBody(i + 1) && SameList(doc, i, i + 1);
    if (before || after) keep.push_back(i);
  }
  for (std::size_t i : keep) sel.Set(i, Role::kBody, kArticleContainerReason);
}

// The boxes inside the article took its text: junk containers left the
// body less than an article's worth of paragraphs and hold more; or a
// caption-classed box or a header, aside or footer inside the article
// took every paragraph it had. A short post's box, its linked title and
// share links beside a paragraph or two, reads as a box of links; a news
// page's text column holds more related-story cards than text; a photo
// post's text is its "caption", and some themes put a short entry's text
// in its <header>. Returns the boxes to spare: those that hold such a
// paragraph, and their ancestors (empty when none is).
std::vector<bool> JunkBoxesWithText(const Document& doc, const Analysis& a, const Selection& sel) {
  const bool nothing_kept = sel.FirstBody() < 0;
  std::int64_t kept = 0;
  std::int64_t junk = 0;
  std::vector<std::size_t> junk_text;
  std::vector<std::size_t> box_text;  // left out by a caption box or a chrome tag
  std::int32_t link_titles = 0;       // in the article: cards of a home page or a list
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const char* reason = sel.verdicts[i].reason;
    if (reason != kOutsideArticleReason && IsLinkTitle(a.stats[i])) ++link_titles;
    if (!IsProse(a.stats[i]) && !UnmarkedParagraph(doc.blocks[i], a.stats[i])) continue;
    const auto n = static_cast<std::int64_t>(doc.blocks[i].text.size());
    if (sel.IsBody(i)) kept += n;
    if (reason == kJunkContainerReason) {
      junk += n;
      junk_text.push_back(i);
    } else if (nothing_kept && doc.blocks[i].kind != BlockKind::kCaption &&
               (reason == kChromeTagReason || reason == kCaptionBoxReason)) {
      box_text.push_back(i);
    }
  }
  // A post's paragraphs, not a home page's hero line over its cards.
  if (box_text.size() >= kSparedBoxMinParagraphs && link_titles <= kSparedBoxMaxLinkTitles) {
    for (std::size_t i : box_text) junk += static_cast<std::int64_t>(doc.blocks[i].text.size());
    junk_text.insert(junk_text.end(), box_text.begin(), box_text.end());
  }
  std::vector<bool> spared;
  if (kept >= kArticleMinChars || junk <= kept) return spared;
  spared.assign(doc.elements.size(), false);
  for (std::size_t i : junk_text) {
    for (std::int32_t e = doc.blocks[i].element; e >= 0 && !spared[static_cast<std::size_t>(e)]; e = Parent(doc, e)) {
      spared[static_cast<std::size_t>(e)] = true;
    }
  }
  return spared;
}

// The items of a list in the article that cites several other sites, each
// item a link dropped for its density: the text's own sources or show
// notes under a subhead, each linked to where it lives. Another story's
// title links to this site, and a list of them stays out.
void KeepSourceListItems(const Document& doc, const Analysis& a, Selection& sel) {
  const std::int32_t last = sel.LastBody();
  for (std::size_t i = 0; i < doc.blocks.size() && static_cast<std::int32_t>(i) < last; ++i) {
    if (sel.verdicts[i].reason != kLinkDensityReason || doc.blocks[i].kind != BlockKind::kListItem) continue;
    const std::int32_t item = doc.blocks[i].element;
    if (doc.elements[static_cast<std::size_t>(item)].tag != Tag::kLi) continue;
    const std::int32_t list = Parent(doc, item);
    if (list >= 0 && CitesSeveralSites(a, static_cast<std::size_t>(list))) {
      sel.Set(i, Role::kBody, kArticleContainerReason);
    }
  }
}

// The verdicts on every block when `parts` are the article and `frame`
// the classes of the boxes its text sits in.
void Judge(const Document& doc, const Analysis& a, const std::vector<bool>& teaser_cards,
           const std::vector<std::int32_t>& parts, const std::unordered_set<std::string_view>& frame,
           Selection& sel) {
  sel.verdicts.assign(doc.blocks.size(), Verdict{});
  std::vector<std::uint8_t> mark =
      MarkArticle(doc, a, teaser_cards, parts, frame, std::vector<bool>(doc.elements.size(), false));
  JudgeBlocks(doc, a, mark, sel);
  // The junk test took the text: judged again, sparing the boxes it sits in.
  const std::vector<bool> spared = JunkBoxesWithText(doc, a, sel);
  if (!spared.empty()) {
    mark = MarkArticle(doc, a, teaser_cards, parts, frame, spared);
    JudgeBlocks(doc, a, mark, sel);
  }
  KeepSubheadsBetweenText(doc, a, sel);
  KeepLinkedSentencesBetweenText(doc, a, sel);
  KeepLinkedLeadIns(doc, a, sel);
  KeepLinkedListItems(doc, sel);
  KeepSourceListItems(doc, a, sel);
  KeepLinkedSubheads(doc, a, sel);
  DropTeaserHeadings(doc, mark, sel);
}

// An author's bio at the end of the text ("Jane Doe is a finance writer
// who ..."), in a box of its own rather than among the text's paragraphs,
// with at most a line after it (a disclaimer, "Watch Next"): the bio, its
// box's heading ("Written by Jane Doe") and what follows are not the
// article. Among the text's paragraphs a bio may be the article's own (an
// op-ed's closing "Jane Doe is the director of ...").
void DropTrailingBio(const Document& doc, Selection& sel) {
  const std::vector<std::size_t> body = sel.BodyBlocks();
  auto parent = [&](std::size_t k) {
    return doc.elements[static_cast<std::size_t>(doc.blocks[body[k]].element)].parent;
  };
  const std::size_t last = body.size() > kBioMaxBlocksAfter + 1 ? body.size() - kBioMaxBlocksAfter - 1 : 0;
  for (std::size_t k = last; k < body.size(); ++k) {
    const Block& b = doc.blocks[body[k]];
    if (b.kind != BlockKind::kText) continue;
    std::size_t from = k;
    while (from > 0 && doc.blocks[body[from - 1]].kind == BlockKind::kHeading && parent(from - 1) == parent(k)) --from;
    if (from == 0 || parent(from - 1) == parent(k)) continue;
    // The box's place first, then the words: the pattern's letter classes
    // take long to compile, which a page without such a box never pays.
    if (b.text.find(" is ") == std::string::npos || !GetHeuristics().person_bio.PartialMatch(b.text)) {
      continue;
    }
    for (std::size_t j = from; j < body.size(); ++j) {
      sel.Set(body[j], Role::kDropped, "dropped: author bio after the text");
    }
    return;
  }
}

// Whether the <article> element `e` opens as a story of its own: with an
// h1 (a full story's headline), or with a link heading (a teaser's title,
// a question as often as not) over no more than a teaser's text; a
// product item of a guide says more under its linked name. A section's
// subhead is neither.
bool OpensStory(const Document& doc, const Analysis& a, std::size_t e) {
  const std::int32_t i = a.first_block[e];
  if (i < 0) return false;
  const Block& b = doc.blocks[static_cast<std::size_t>(i)];
  if (b.kind != BlockKind::kHeading) return false;
  const bool teaser = a.stats[static_cast<std::size_t>(i)].link_density > kLinkTitleMinLinkDensity &&
                      a.prose[e] <= kOtherStoryTeaserMaxProse;
  return b.level == 1 || teaser;
}

// Whether box `e` opens with a title that links to another page of the
// site (a live blog's update links to an anchor of this one, or not at
// all): another post's.
bool OpensWithLinkedTitle(const Document& doc, const Analysis& a, std::size_t e) {
  const std::int32_t i = a.first_block[e];
  if (i < 0 || static_cast<std::size_t>(i) + 1 >= doc.blocks.size()) return false;
  const Block& title = doc.blocks[static_cast<std::size_t>(i)];
  return title.kind == BlockKind::kHeading && a.stats[static_cast<std::size_t>(i)].link_density > kLinkTitleMinLinkDensity &&
         !LinksOffSite(title, a.page_host) && !LinksToAnchor(title);
}

// Whether box `e` (an <article>, or a box like the text's own) opens as
// the next full post of a blog column: its linked title
// (OpensWithLinkedTitle), and a dated line (the post's date or its byline
// with the date) under it.
bool OpensFollowingPost(const Document& doc, const Analysis& a, std::size_t e) {
  if (!OpensWithLinkedTitle(doc, a, e)) return false;
  const auto t = static_cast<std::size_t>(a.first_block[e]);
  const Block& line = doc.blocks[t + 1];
  return doc.Contains(static_cast<std::int32_t>(e), line.element) && a.stats[t + 1].words <= kDateLineMaxWords &&
         FindDate(line.text).has_value();
}

// Per element on the path from the root down to `e`: its child on that
// path (-1 elsewhere), so that a box can find the text's box beside it.
std::vector<std::int32_t> ChildOnPath(const Document& doc, std::int32_t e) {
  std::vector<std::int32_t> child(doc.elements.size(), -1);
  for (std::int32_t p = Parent(doc, e); p >= 0; e = p, p = Parent(doc, p)) child[static_cast<std::size_t>(p)] = e;
  return child;
}

// Characters of the body's prose before each block (one pass, however
// many boxes ask), and the body's first prose block (-1 when none).
struct ProseBefore {
  std::vector<std::int64_t> chars;
  std::int32_t start = -1;
};

ProseBefore MeasureProseBefore(const Document& doc, const Analysis& a, const Selection& sel) {
  ProseBefore before;
  before.chars.assign(doc.blocks.size() + 1, 0);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const bool prose = sel.IsBody(i) && IsProse(a.stats[i]);
    if (prose && before.start < 0) before.start = static_cast<std::int32_t>(i);
    before.chars[i + 1] = before.chars[i] + (prose ? a.stats[i].chars : 0);
  }
  return before;
}

// Another story's <article> element under the text: it opens with its own
// headline or linked title below the text's start, outside the box the
// text's first paragraph sits in, after a good stretch of the text. An
// endless page appends the next article so, a blog lists its other posts
// so; a page that splits its own text into <article> sections heads them
// with subheads, and a buying guide's product items sit in its text box.
// A blog column set in <div> boxes lists its next post in a box of the
// kind of the text's own, beside it. Returns, per element, whether it is
// in such a story.
std::vector<bool> OtherStories(const Document& doc, const Analysis& a, const ProseBefore& before) {
  const std::size_t n = doc.elements.size();
  std::vector<bool> in_story(n, false);
  const std::int32_t start = before.start;
  if (start < 0) return in_story;
  const std::int32_t text_element = doc.blocks[static_cast<std::size_t>(start)].element;
  const std::int32_t text_box = std::max(Parent(doc, text_element), 0);
  const std::int64_t text_start = before.chars[static_cast<std::size_t>(start)];
  // The text's own post, when the page sets its posts side by side.
  const std::int32_t text_post = doc.Enclosing(text_element, Tag::kArticle);
  const std::vector<std::int32_t> beside = ChildOnPath(doc, text_element);
  const bool titled_post = text_post >= 0 && CountHeadings(doc, a, static_cast<std::size_t>(text_post)).h1;
  for (std::size_t e = 0; e < n; ++e) {
    const auto ei = static_cast<std::int32_t>(e);
    const std::int32_t parent = doc.elements[e].parent;
    if (parent >= 0 && in_story[static_cast<std::size_t>(parent)]) {
      in_story[e] = true;
      continue;
    }
    const std::int32_t first = a.first_block[e];
    // A blog column of <div> posts: a box of the kind of the one the text
    // sits in, beside it.
    const std::int32_t own = parent >= 0 ? beside[static_cast<std::size_t>(parent)] : -1;
    const bool post_box = own >= 0 && own != ei && doc.elements[static_cast<std::size_t>(own)].tag == doc.elements[e].tag &&
                          !doc.elements[e].cls.empty() && SameBoxKind(doc.elements[static_cast<std::size_t>(own)], doc.elements[e]);
    if ((doc.elements[e].tag != Tag::kArticle && !post_box) || first <= start) continue;
    if (doc.Contains(text_box, ei) || doc.Contains(ei, text_element)) continue;
    const std::int64_t prose_before = before.chars[static_cast<std::size_t>(first)] - text_start;
    // A following post beside the text's own: however long, after a
    // short post too. Beside a post that holds the page's h1, an
    // <article> under a linked title is the next post whether dated or
    // not, after however short a text (a blog's "more posts" under a
    // single post, undated on unseen blogs).
    const bool beside_post = text_post >= 0 && parent == Parent(doc, text_post);
    const bool post = ((beside_post || post_box) && prose_before >= kOtherPostMinProseBefore &&
                       OpensFollowingPost(doc, a, e)) ||
                      (beside_post && titled_post && prose_before > 0 && OpensWithLinkedTitle(doc, a, e));
    if (doc.elements[e].tag != Tag::kArticle) {
      in_story[e] = post;
      continue;
    }
    in_story[e] = post || (OpensStory(doc, a, e) && prose_before >= kOtherStoryMinProseBefore);
  }
  return in_story;
}

// Whether the box `e` opens as another story's card: with its title, or
// a short kicker over it ("Marathon star: He runs lighter"); the title a
// link to this site's page, or the card holding an overlay link (one laid
// over the whole card, the title left unlinked).
bool OpensAsCard(const Document& doc, const Analysis& a, std::size_t e, bool overlay) {
  const std::int32_t first = a.first_block[e];
  if (first < 0) return false;
  auto t = static_cast<std::size_t>(first);
  if (doc.blocks[t].kind != BlockKind::kHeading) {
    const BlockStats& kicker = a.stats[t];
    if (kicker.words > kCardKickerMaxWords || kicker.sentence_end || t + 1 >= doc.blocks.size()) return false;
    ++t;
    if (!doc.Contains(static_cast<std::int32_t>(e), doc.blocks[t].element)) return false;
  }
  const Block& b = doc.blocks[t];
  const BlockStats& title = a.stats[t];
  // A title, a question as often as not; no sentence of the text.
  const bool titled = b.kind == BlockKind::kHeading && !b.text.ends_with('.') && !title.written_address &&
                      title.words >= kLinkTitleMinWords && title.words <= kLinkTitleMaxWords;
  if (!titled) return false;
  return overlay || (title.link_density > kLinkTitleMinLinkDensity && !LinksOffSite(b, a.page_host) &&
                     !LinksToAnchor(b));
}

// A card of another story set among the text's paragraphs: a small box
// (an <article>, a div) below the text's start that opens with a linked
// title, or holds an overlay link over a title, and says no more than a
// summary under it, in a text that says a good deal more. News pages set
// such a card mid-text or under the last paragraph ("Liveblog"); the
// text's own sections are no box of their own or say more, and a feed's
// short posts are no text around a card.
bool IsCardInText(const Document& doc, const Analysis& a, const ProseBefore& text, std::size_t e, bool overlay) {
  const Element& el = doc.elements[e];
  if (el.tag != Tag::kArticle && el.tag != Tag::kDiv && el.tag != Tag::kSection) return false;
  if (a.blocks_under[e] > kTeaserCardMaxBlocks || a.prose[e] > kCardInTextMaxProse) return false;
  if (text.chars.back() - a.prose[e] < kCardInTextMinTextProse) return false;
  return a.first_block[e] > text.start && OpensAsCard(doc, a, e, overlay);
}

// Per element, whether it holds an overlay link (PageFacts::overlay_links)
// to a page of the page's own site: a shop's cover or product link is no
// other story's.
std::vector<bool> HoldsOverlayLink(const Document& doc, std::string_view page_host) {
  const std::size_t n = doc.elements.size();
  std::vector<bool> overlay(n, false);
  for (const PageFacts::OverlayLink& link : doc.facts.overlay_links) {
    const auto e = static_cast<std::size_t>(link.element);
    if (e < n && !IsOffSite(link.href, page_host)) overlay[e] = true;
  }
  for (std::size_t e = n; e-- > 0;) {
    const std::int32_t p = doc.elements[e].parent;
    if (overlay[e] && p >= 0) overlay[static_cast<std::size_t>(p)] = true;
  }
  return overlay;
}

// Per element, whether a sibling box beside it (the nearest before or
// after that holds text) holds one of `boxes`.
std::vector<bool> BesideBoxes(const Document& doc, const Analysis& a, const std::vector<bool>& boxes) {
  const std::size_t n = doc.elements.size();
  std::vector<bool> holds(boxes);
  for (std::size_t e = n; e-- > 1;) {
    const std::int32_t p = doc.elements[e].parent;
    if (holds[e] && p >= 0) holds[static_cast<std::size_t>(p)] = true;
  }
  std::vector<bool> beside(n, false);
  for (std::size_t p = 0; p < n; ++p) {
    std::int32_t prev = -1;
    for (std::int32_t c = a.first_child[p]; c >= 0; c = a.next_sibling[static_cast<std::size_t>(c)]) {
      const auto ce = static_cast<std::size_t>(c);
      if (a.blocks_under[ce] == 0) continue;
      if (prev >= 0) {
        const auto pe = static_cast<std::size_t>(prev);
        beside[ce] = beside[ce] || holds[pe];
        beside[pe] = beside[pe] || holds[ce];
      }
      prev = c;
    }
  }
  return beside;
}

// Per element, whether it is in a card of another story inside the text:
// the outermost box that reads as one (IsCardInText), set alone among the
// text's boxes. A card beside another, itself or in the wrappers that
// add no prose to it (a list item with a picture), is an item of the
// text's own list (a guide's books, recipes or products, each a linked
// name over a line).
std::vector<bool> CardsInText(const Document& doc, const Analysis& a, const ProseBefore& text) {
  const std::size_t n = doc.elements.size();
  std::vector<bool> in_card(n, false);
  if (text.start < 0) return in_card;
  const std::vector<bool> overlay = HoldsOverlayLink(doc, a.page_host);
  std::vector<bool> card(n, false);
  std::vector<bool> inside(n, false);  // below a box that reads as a card
  for (std::size_t e = 0; e < n; ++e) {
    const std::int32_t p = doc.elements[e].parent;
    inside[e] = p >= 0 && (inside[static_cast<std::size_t>(p)] || card[static_cast<std::size_t>(p)]);
    card[e] = !inside[e] && IsCardInText(doc, a, text, e, overlay[e]);
  }
  const std::vector<bool> beside = BesideBoxes(doc, a, card);
  for (std::size_t e = 0; e < n; ++e) {
    if (!card[e]) continue;
    auto w = static_cast<std::int32_t>(e);
    for (std::int32_t p = Parent(doc, w); p >= 0 && a.prose[static_cast<std::size_t>(p)] == a.prose[e];
         p = Parent(doc, p)) {
      w = p;
    }
    in_card[e] = !beside[static_cast<std::size_t>(w)];
  }
  for (std::size_t e = 0; e < n; ++e) {
    const std::int32_t p = doc.elements[e].parent;
    if (p >= 0 && in_card[static_cast<std::size_t>(p)]) in_card[e] = true;
  }
  return in_card;
}

// Leaves out the body and captions of other stories' <article> elements
// (OtherStories), and the body of their cards inside the text
// (CardsInText): a gallery's captions there are the article's. Every
// block of another story says so, its title and date line too, so that
// the metadata readers leave them to it.
void DropOtherStories(const Document& doc, const Analysis& a, Selection& sel) {
  const ProseBefore before = MeasureProseBefore(doc, a, sel);
  const std::vector<bool> in_story = OtherStories(doc, a, before);
  const std::vector<bool> in_card = CardsInText(doc, a, before);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Role role = sel.verdicts[i].role;
    if (role != Role::kBody && role != Role::kCaption && role != Role::kDropped) continue;
    const auto e = static_cast<std::size_t>(doc.blocks[i].element);
    if (in_story[e]) sel.Set(i, Role::kDropped, kOtherStoryReason);
    if (role == Role::kDropped) continue;
    if (in_card[e] && role == Role::kBody) sel.Set(i, Role::kDropped, kCardInTextReason);
  }
  // A following post longer than the text's own won the container: the
  // text's own post is the article.
  if (sel.root >= 0 && in_story[static_cast<std::size_t>(sel.root)]) {
    const std::int32_t text_element = doc.blocks[static_cast<std::size_t>(before.start)].element;
    const std::int32_t post = doc.Enclosing(text_element, Tag::kArticle);
    sel.root = post >= 0 ? post : Parent(doc, text_element);
  }
}

// An element the page marks as its article: <article>, or the schema.org
// articleBody.
bool IsArticleElement(const Element& e) {
  return e.tag == Tag::kArticle || AsciiLower(Trim(e.itemprop)) == "articlebody";
}

// The body's size: its paragraphs' text, and the part of it that is
// running text (IsProse). Headings and list items count for neither: a
// section's heading or a list of tips is neither prose nor chrome, and a
// news ticker's headlines read as sentences.
struct BodySize {
  std::int64_t chars = 0;
  std::int64_t prose = 0;
};

BodySize MeasureBody(const Document& doc, const Analysis& a, const Selection& sel) {
  BodySize size;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const BlockKind kind = doc.blocks[i].kind;
    if (!sel.IsBody(i) || kind == BlockKind::kHeading || kind == BlockKind::kListItem) continue;
    const auto n = static_cast<std::int64_t>(doc.blocks[i].text.size());
    size.chars += n;
    if (IsProse(a.stats[i])) size.prose += n;
  }
  return size;
}

// Whether widening from `child` to its parent `p` leaves the article: the
// page's own article element bounds it (around it are author bios, a
// disclaimer, testimonials), a chrome box holds more than the article, and
// other stories' linked titles beside it are a list of teasers.
bool LeavesArticle(const Document& doc, const Analysis& a, std::int32_t child, std::int32_t p) {
  const auto c = static_cast<std::size_t>(child);
  const auto pe = static_cast<std::size_t>(p);
  return IsArticleElement(doc.elements[c]) || IsArticleElement(doc.elements[pe]) || a.chrome[pe] ||
         doc.elements[pe].tag == Tag::kHtml || a.linked_titles[pe] - a.linked_titles[c] >= kTeaserRunMinCards;
}

// Page builders (Elementor widgets, a site's module sections) put each
// stretch of the text in a box of its own: the box that scores best holds
// a part, its siblings the rest. Climb from the chosen root while each
// step adds mostly running text to the body (not a menu, a form or a grid
// of links), and widen to the highest such ancestor when it brings a good
// share more prose than the root had. Returns the root; `sel` gets the
// widened verdicts.
std::int32_t WidenToSiblingBoxes(const Document& doc, const Analysis& a, const std::vector<bool>& teaser_cards,
                                 const std::vector<std::int32_t>& parts, std::int32_t top, Selection& sel) {
  const BodySize base = MeasureBody(doc, a, sel);
  BodySize reached = base;
  std::int32_t widest = -1;
  Selection widest_sel;
  int steps = 0;
  for (std::int32_t child = top, p = Parent(doc, top); p >= 0 && !IsBodyTag(doc, p); child = p, p = Parent(doc, p)) {
    // Each step judges the whole page again: a bounded climb keeps a
    // deep nest of boxes linear.
    if (LeavesArticle(doc, a, child, p) || ++steps > kWidenMaxSteps) break;
    std::vector<std::int32_t> wider{p};
    const std::int32_t end = doc.SubtreeEnd(p);
    for (std::int32_t part : parts) {
      if (part < p || part >= end) wider.push_back(part);
    }
    Selection trial;
    Judge(doc, a, teaser_cards, wider, TextFrameClasses(doc, a.stats, top, p), trial);
    const BodySize size = MeasureBody(doc, a, trial);
    const std::int64_t added = size.chars - reached.chars;
    if (added <= 0) continue;
    if ((size.prose - reached.prose) * 100 < added * kWidenStepMinProsePercent) break;
    reached = size;
    widest = p;
    widest_sel = std::move(trial);
  }
  const std::int64_t gain = reached.prose - base.prose;
  if (widest < 0 || gain < kWidenMinProseGain || gain * 100 < base.prose * kWidenMinGainPercent) return top;
  sel.verdicts = std::move(widest_sel.verdicts);
  return widest;
}

// Whether the title's box, taken over a landmark (OutOfChromeLandmark),
// holds words of its own: running text (a video post's line, a post
// written as lines joined by <br>), or else the captions of its figures,
// a picture post's only text (a photo of the harbour and its line), which
// then become its body. A box of a title and a date alone (a portfolio
// grid's header, a page whose text a script loads) holds none.
bool KeepsOwnWords(const Document& doc, const Analysis& a, std::int32_t top, Selection& sel) {
  const std::int32_t end = doc.SubtreeEnd(top);
  std::vector<std::size_t> captions;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.element < top || b.element >= end) continue;
    const bool text = b.kind != BlockKind::kHeading && (IsProse(a.stats[i]) || UnmarkedParagraph(b, a.stats[i]));
    if (sel.IsBody(i) && text) return true;
    if (sel.verdicts[i].role == Role::kCaption) captions.push_back(i);
  }
  for (const std::size_t i : captions) sel.Set(i, Role::kBody, kPictureTextReason);
  return !captions.empty();
}

// The verdicts on the scored root `top`, its sibling parts and the boxes
// beside them, widened to sibling boxes of text; returns the root.
std::int32_t JudgeScoredRoot(const Document& doc, const Analysis& a, const std::vector<bool>& teaser_cards,
                             const std::vector<double>& score, std::int32_t top, Selection& sel) {
  std::vector<std::int32_t> parts = ArticleParts(doc, a, score, top);
  FillGapsBetweenParts(doc, a, top, parts);
  AddListBoxesAfter(doc, a, top, parts);
  AddFactListsBefore(doc, a, top, parts);
  const std::int32_t lead = LeadBoxBefore(doc, a, top, parts);
  if (lead >= 0) parts.push_back(lead);
  Judge(doc, a, teaser_cards, parts, TextFrameClasses(doc, a.stats, top, top), sel);
  KeepLeadBox(doc, lead, sel);
  return WidenToSiblingBoxes(doc, a, teaser_cards, parts, top, sel);
}

}  // namespace

bool MostlyLinks(const Block& b, const BlockStats& s) {
  if (s.link_density <= kBodyMaxLinkDensity) return false;
  const LinkText lt = MeasureLinkText(b);
  // A paragraph of running text that says words of its own between its
  // links ("Last week the council agreed to ..., after ..."); a teaser's
  // summary is one link, and hover cards glued into a paragraph make it
  // longer than that.
  const auto words = static_cast<std::size_t>(std::max<std::int32_t>(0, s.words));
  if (s.words >= kLinkedParagraphMinWords && s.words <= kLinkedParagraphMaxWords &&
      words >= lt.words + kLinkedParagraphMinOwnWords && EndsLikeSentence(b.text)) {
    return false;
  }
  // A sentence listing several things, each linked ("Clients include
  // Acme, Globex, Initech and Hooli.").
  if (lt.links >= kNamedLinksMin && lt.longest_words <= kNamedLinkMaxWords &&
      static_cast<std::size_t>(s.commas) + 1 >= kNamedLinksMin && EndsLikeSentence(b.text)) {
    return false;
  }
  // Labels before addresses ("Listen: https://...") make a link line still.
  if (lt.social || words < lt.words + kAddressLineMinOwnWords * lt.addresses) return true;
  const std::size_t links = static_cast<std::size_t>(std::max<std::int32_t>(0, b.link_bytes));
  const std::size_t other = links > lt.address_bytes ? links - lt.address_bytes : 0;
  return static_cast<float>(other) > kBodyMaxLinkDensity * static_cast<float>(b.text.size());
}

Selection SelectHtmlArticle(const Document& doc, const std::vector<BlockStats>& stats, ClassTrust trust) {
  Selection sel;
  sel.verdicts.assign(doc.blocks.size(), Verdict{});
  const Analysis a = Analyze(doc, stats, trust);
  std::vector<double> score;
  const std::int32_t top = ChooseRoot(doc, a, score);
  if (top < 0) return sel;
  const std::vector<bool> teaser_cards = TeaserCards(doc, a);
  // A title's box taken over a landmark is the article as it stands: its
  // siblings and a widening would reach the landmark's text again. With
  // no words of its own the landmark's text stays: a page whose text a
  // script loads still has its title and date read around it (answering
  // no article there lost them where only articles are read).
  const std::int32_t title_box = OutOfChromeLandmark(doc, a, top);
  bool taken = false;
  if (title_box != top) {
    Judge(doc, a, teaser_cards, {title_box}, TextFrameClasses(doc, a.stats, title_box, title_box), sel);
    taken = KeepsOwnWords(doc, a, title_box, sel);
  }
  sel.root = taken ? title_box : JudgeScoredRoot(doc, a, teaser_cards, score, top, sel);
  DropOtherStories(doc, a, sel);
  // After DropOtherStories, which may narrow the root to the text's own post.
  if (sel.root >= 0) sel.root_score = score[static_cast<std::size_t>(sel.root)];
  DropTrailingBio(doc, sel);
  return sel;
}

}  // namespace pith
