#include "clean/confidence.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <unicode/uchar.h>

#include "clean/article_html.h"
#include "clean/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

double Clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

// A Chinese, Japanese or Korean character, about a word.
bool Cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

// The weight of one character in running text, where a Chinese, Japanese
// or Korean character, about a word, counts as three, and a letter of a
// script written without spaces (Thai, Lao, Burmese, Khmer) as two, its
// vowel and tone marks as nothing: a word of three such letters reads as
// long as a Latin word with its space. `unspaced`: a letter of a script
// written without spaces, wide characters included.
struct CharWeight {
  std::int64_t weight;
  bool unspaced;
};

CharWeight WeighChar(char32_t cp) {
  if (Cjk(cp)) return {kWideCharLetters, true};
  if (!WrittenWithoutSpaces(cp)) return {1, false};
  const auto c = static_cast<UChar32>(cp);
  if (u_isalpha(c)) return {kUnspacedCharLetters, true};
  return {(U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 ? 0 : 1, false};
}

// Characters of running text, weighed by WeighChar.
std::int64_t TextWeight(std::string_view text) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < text.size();) n += WeighChar(NextCodePoint(text, i)).weight;
  return n;
}

// Weight (as TextWeight) of the letters of scripts written without spaces:
// Thai and the like, Chinese and Japanese.
std::int64_t UnspacedWeight(std::string_view text) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const CharWeight w = WeighChar(NextCodePoint(text, i));
    if (w.unspaced) n += w.weight;
  }
  return n;
}

// A headline-shaped link in a script without spaces or in wide characters
// (Japanese, Chinese, Thai): one "word" by the spaces, so IsLinkTitle's
// word count misses it; its length in letters tells a title from a menu
// entry.
bool LinkTitle(const Block& b, const BlockStats& s) {
  if (IsLinkTitle(s)) return true;
  return s.words < kLinkTitleMinWords && s.link_density > kLinkTitleMinLinkDensity && !s.sentence_end &&
         !s.written_address && TextWeight(b.text) >= kUnspacedLinkTitleMinWeight;
}

// Running text for the confidence: prose, or a sentence as long as a
// prose sentence once wide characters count as the words they are (a
// Chinese or Japanese paragraph of two short sentences). The last block
// of a page cut short after running text, or under the page's own
// title, ends in the middle of a sentence: its words tell (alone and
// untitled, it may be a cut product grid). So
// does a paragraph that only misses its end mark. So does an entry of a
// list kept in the body with no link in it: a programme's or a job ad's
// lines ("19:00 Uhr – Stadtkapelle"), which a menu or a list of stories,
// made of links, never is. So does a Thai or Lao paragraph of a sentence's
// words: those scripts mark no sentence end, and the block-level rule
// waits for a headline's length and more before it reads one (a short
// post's paragraphs are shorter); a <p> is no headline. So does a
// paragraph in a script without spaces (a Japanese notice may miss its
// mark) once it is as long as two sentences.
bool RunningText(const Block& b, const BlockStats& s, bool cut_tail) {
  if (IsProse(s)) return true;
  // A deals roundup's offers are its text, each a linked line.
  if (s.chrome == nullptr && OfferLine(b)) return true;
  if (s.chrome != nullptr || s.link_density >= kProseMaxLinkDensity) return false;
  const bool unmarked_paragraph =
      b.kind == BlockKind::kText && s.words >= kProseSentenceMinWords && EndsUnmarked(b.text);
  return ((s.sentence_end || unmarked_paragraph) && TextWeight(b.text) >= kProseSentenceMinChars) ||
         (cut_tail && s.words >= kProseSentenceMinWords) ||
         (b.kind == BlockKind::kText && UnspacedWeight(b.text) >= kUnspacedSentenceMinWeight) ||
         (b.kind == BlockKind::kListItem && s.link_density == 0 && s.words >= kUnlinkedEntryMinWords) ||
         UnmarkedParagraph(b, s);
}

// The page says of itself that it is an article: og:type "article", or an
// article type in its JSON-LD.
bool DeclaresArticle(const PageFacts& facts) {
  for (const PageFacts::Meta& m : facts.meta) {
    if (m.key == "og:type" && StartsWithNoCase(m.content, "article")) return true;
  }
  for (const std::string& script : facts.json_ld) {
    if (RE2::PartialMatch(Piece(script), GetHeuristics().article_type)) return true;
  }
  return false;
}

// The page says it is an error page: in its title or its first heading.
bool ErrorPage(const Document& doc) {
  const AnyCasePattern& error = GetHeuristics().error_page;
  if (error.PartialMatch(doc.facts.title)) return true;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && b.level <= kErrorTitleMaxLevel) return error.PartialMatch(b.text);
  }
  return false;
}

// The <h1> at block `h` heads the <article> element that holds the
// container too, or the box right around the container, with no running
// text between it and the body's first block `first`: a headline and
// byline over the text's own box, an event's title and facts over its
// description.
bool HeadsItsArticle(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats, std::size_t h,
                     std::size_t first) {
  const std::int32_t box = doc.CommonAncestor(doc.blocks[h].element, sel.root);
  if (box < 0) return false;
  if (doc.elements[static_cast<std::size_t>(box)].tag != Tag::kArticle &&
      box != doc.elements[static_cast<std::size_t>(sel.root)].parent) {
    return false;
  }
  for (std::size_t k = h + 1; k < first; ++k) {
    if (IsProse(stats[k])) return false;
  }
  return true;
}

// The page's first title heading (PageTitleLevel) lies in the article's
// container `root`, before the body's first block or as it (before the
// headline leaves the body), or heads the <article> that holds the
// container (HeadsItsArticle).
bool TitledByItsHeading(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats) {
  const std::int32_t first = sel.FirstBody();
  const int level = PageTitleLevel(doc);
  if (sel.root < 0 || first < 0 || level == 0) return false;
  for (std::size_t i = 0; i <= static_cast<std::size_t>(first); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kHeading || b.level != level) continue;
    // A linked <h2> on a page without <h1> may be a teaser's: only the
    // page's title (OwnTitle) tells it is the post's own.
    if (level != 1 && LinkTitle(b, stats[i])) return false;
    return doc.Contains(sel.root, b.element) || HeadsItsArticle(doc, sel, stats, i, static_cast<std::size_t>(first));
  }
  return false;
}

}  // namespace

bool NamedByPageTitle(const Document& doc, std::string_view text) {
  if (TextWeight(text) < kOwnTitleMinWeight) return false;
  const std::string heading = FoldForCompare(CollapseSpace(text));
  if (FoldForCompare(CollapseSpace(doc.facts.title)).find(heading) != std::string::npos) return true;
  for (const PageFacts::Meta& m : doc.facts.meta) {
    if (m.key == "og:title" && FoldForCompare(CollapseSpace(m.content)).find(heading) != std::string::npos) return true;
  }
  return false;
}

namespace {

// `url` leads to a page below a site's root: a path other than "/" (an
// address of this page's, "#top", or of the home page is no post's). The
// host of an absolute or a scheme-relative address ("//a.example/") is no
// part of the path.
bool LinksBelowRoot(std::string_view url) {
  if (url.empty() || url.front() == '#') return false;
  std::size_t start = 0;
  const std::size_t scheme = url.find("://");
  const std::size_t host = scheme != std::string_view::npos ? scheme + 3 : url.starts_with("//") ? 2 : 0;
  if (host > 0) {
    start = url.find('/', host);
    if (start == std::string_view::npos) return false;
  }
  const std::string_view path = url.substr(start, url.find_first_of("?#", start) - start);
  return !path.empty() && path != "/";
}

// The address of a block's first link, empty when it has none.
std::string_view FirstLinkUrl(const Block& b) {
  for (const TextSpan& span : b.spans) {
    if (span.kind == TextSpan::Kind::kLink) return span.url;
  }
  return {};
}

// A block after the body's first block `first`, in the box that holds it
// and the heading `h`, links where the heading does: a "read more" under
// a teaser, whose story lives at that address.
bool LinkedAgainBelow(const Document& doc, std::size_t h, std::size_t first) {
  const std::string_view url = FirstLinkUrl(doc.blocks[h]);
  const std::int32_t box = doc.CommonAncestor(doc.blocks[h].element, doc.blocks[first].element);
  if (box < 0) return false;
  for (std::size_t i = first + 1; i < doc.blocks.size() && doc.Contains(box, doc.blocks[i].element); ++i) {
    for (const TextSpan& span : doc.blocks[i].spans) {
      if (span.kind == TextSpan::Kind::kLink && span.url == url) return true;
    }
  }
  return false;
}

}  // namespace

// On a site whose <title> names only the site, a post's title linked to
// its permalink is its title. A list of posts gives each such a heading,
// or none; a logo's heading links to the root.
bool SoleLinkedTitle(const Document& doc, std::size_t h, std::size_t first) {
  const Block& b = doc.blocks[h];
  if (b.kind != BlockKind::kHeading || !LinksBelowRoot(FirstLinkUrl(b)) || b.level != PageTitleLevel(doc)) {
    return false;
  }
  std::int32_t peers = 0;
  for (const Block& other : doc.blocks) peers += other.kind == BlockKind::kHeading && other.level == b.level ? 1 : 0;
  return peers == 1 && !LinkedAgainBelow(doc, h, first);
}

namespace {

// The heading right over the body's first block (only short lines, a
// date or a place, between) that is an unlinked <h1>, the page's only
// title heading linked to its post (SoleLinkedTitle), or that the page's
// title names: the post's own title, wherever its box is (a title bar
// above the text's column). -1 if none.
std::int32_t OwnTitle(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats) {
  const std::int32_t first = sel.FirstBody();
  if (first < 0) return -1;
  const std::size_t stop = static_cast<std::size_t>(std::max<std::int32_t>(0, first - kOwnTitleMaxGap));
  std::string_view line_url;  // a linked line passed on the way up
  for (std::size_t k = static_cast<std::size_t>(first); k-- > stop;) {
    const Block& b = doc.blocks[k];
    if (IsProse(stats[k])) return -1;
    if (b.kind == BlockKind::kHeading || LinkTitle(b, stats[k])) {
      const bool h1 = b.kind == BlockKind::kHeading && b.level == 1 && !LinkTitle(b, stats[k]);
      if (h1 || NamedByPageTitle(doc, b.text) ||
          SoleLinkedTitle(doc, k, static_cast<std::size_t>(first))) {
        return line_url.empty() || FirstLinkUrl(b) == line_url ? static_cast<std::int32_t>(k) : -1;
      }
      // A post's date line links to its permalink too: look on up for the
      // title that links there.
      if (b.kind == BlockKind::kHeading || !line_url.empty() || FirstLinkUrl(b).empty()) return -1;
      line_url = FirstLinkUrl(b);
    }
  }
  return -1;
}

// Blocks of links (half their text or more) beside the body, in the box
// that holds the body and its own title `own` (or the container): an
// archive's or tag page's list of stories, each with its date, under a
// title and a line of introduction. Counted beyond kTitledMaxLinkTitles.
std::int32_t LinkEntries(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats,
                         std::int32_t own) {
  std::int32_t scope = sel.root;
  if (own >= 0 && scope >= 0) scope = doc.CommonAncestor(doc.blocks[static_cast<std::size_t>(own)].element, scope);
  if (scope < 0) return 0;
  std::int32_t n = 0;
  for (std::size_t i = 0; i < doc.blocks.size() && n <= kTitledMaxLinkTitles; ++i) {
    const BlockStats& s = stats[i];
    if (!sel.IsBody(i) && s.link_density >= kLinkEntryMinLinkDensity && s.words >= kLinkTitleMinWords &&
        doc.Contains(scope, doc.blocks[i].element)) {
      ++n;
    }
  }
  return n;
}

}  // namespace

// The level of the page's title heading: <h1>, or on a page without one
// the highest level it has, if no lower than kPageTitleMaxLevel (a
// practice's notice under an <h2>, the site's name in a logo image).
// 0 if none.
int PageTitleLevel(const Document& doc) {
  int top = kPageTitleMaxLevel + 1;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading) top = std::min<int>(top, b.level);
  }
  return top <= kPageTitleMaxLevel ? top : 0;
}

ConfidenceFacts MeasureConfidence(const Document& doc, const Selection& sel) {
  ConfidenceFacts f;
  const bool html = doc.format == SourceFormat::kHtml;
  // Blocks under each element, to tell a teaser card (a title and its
  // summary alone in a box) from an article that links to another story
  // between two paragraphs.
  std::vector<std::int32_t> blocks_under(doc.elements.size(), 0);
  if (html) {
    for (const Block& b : doc.blocks) ++blocks_under[static_cast<std::size_t>(b.element)];
    for (std::size_t e = doc.elements.size(); e-- > 1;) {
      const std::int32_t p = doc.elements[e].parent;
      if (p >= 0) blocks_under[static_cast<std::size_t>(p)] += blocks_under[e];
    }
  }
  std::vector<BlockStats> measured;
  if (sel.stats.size() != doc.blocks.size()) {
    for (const Block& b : doc.blocks) measured.push_back(MeasureBlock(b));
  }
  const std::vector<BlockStats>& stats = measured.empty() ? sel.stats : measured;

  // In reading order through the article's container: the prose kept, and
  // how much of it is a teaser's summary under another story's title.
  const std::int32_t root = sel.root;
  // A title linked to another site is no story of this one: the page's
  // own list of events, picks or sources, each linked to where it lives.
  // Nor one linked to an anchor of this page (a live blog's update), nor
  // a deals roundup's shop link ("Get it on Shopzone for $29").
  const std::string page_host = html ? PageHost(doc) : "";
  std::int32_t title = -1;  // the last title block seen
  const std::int32_t own_title = html ? OwnTitle(doc, sel, stats) : -1;
  const std::string_view own_url =
      own_title >= 0 ? FirstLinkUrl(doc.blocks[static_cast<std::size_t>(own_title)]) : std::string_view{};
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (root >= 0 && html && !doc.Contains(root, b.element)) continue;
    if (static_cast<std::int32_t>(i) == own_title) continue;
    // The post's date line, linked to its permalink as its title is, is no
    // other story's title.
    if (!own_url.empty() && FirstLinkUrl(b) == own_url) continue;
    const BlockStats& s = stats[i];
    if (LinkTitle(b, s) && !LinksOffSite(b, page_host) && !LinksToAnchor(b) &&
        !RE2::FullMatch(b.text, GetHeuristics().shop_link)) {
      ++f.link_titles;
      title = static_cast<std::int32_t>(i);
      continue;
    }
    const bool cut_tail = i + 1 == doc.blocks.size() && (f.prose_blocks > 0 || own_title >= 0);
    if (!sel.IsBody(i) || !RunningText(b, s, cut_tail)) continue;
    const std::int64_t weight = TextWeight(b.text);
    f.prose_chars += weight;
    ++f.prose_blocks;
    if (title < 0) continue;
    // A summary: short, and alone with its title in a small box or
    // followed straight away by the next title.
    bool teaser = false;
    if (html && s.chars <= kSummaryChars) {
      const std::int32_t box = doc.CommonAncestor(doc.blocks[static_cast<std::size_t>(title)].element, b.element);
      teaser = box >= 0 && blocks_under[static_cast<std::size_t>(box)] <= kTeaserBoxMaxBlocks;
    }
    // A linked item of a list, its text after the list, is a roundup's
    // entry (the article links each thing it then tells of), not a title.
    const bool bullet = doc.blocks[static_cast<std::size_t>(title)].kind == BlockKind::kListItem;
    if (!teaser && !bullet && s.chars <= kSummaryChars) {
      for (std::size_t j = i + 1; j < doc.blocks.size() && j <= i + kNextTitleMaxBlocks; ++j) {
        if (LinkTitle(doc.blocks[j], stats[j])) teaser = true;
        if (teaser || IsProse(stats[j])) break;
      }
    }
    if (teaser) {
      f.teaser_chars += weight;
      ++f.teasers;
    }
    title = -1;
  }
  f.declares_article = DeclaresArticle(doc.facts);
  f.error_page = ErrorPage(doc);
  f.titled = html && (own_title >= 0 || TitledByItsHeading(doc, sel, stats));
  if (f.titled) f.link_entries = LinkEntries(doc, sel, stats, own_title);
  return f;
}

double Confidence(const ConfidenceFacts& f) {
  // Enough running text: a brief is an article, a sentence is not.
  double c = std::sqrt(Clamp01(static_cast<double>(f.prose_chars) / kConfidentProseChars));
  // Most of the text in summaries under other stories' titles: a section
  // front, a tag page or a list of search results. A list has several
  // teasers: one title over prose alone is the post's own, linked to its
  // permalink.
  if (f.prose_chars > 0 && f.teasers >= kTeaserListMinTeasers) {
    const double teaser_share = static_cast<double>(f.teaser_chars) / static_cast<double>(f.prose_chars);
    c *= 1.0 - Clamp01((teaser_share - kTeaserShareStart) / kTeaserShareRange);
  }
  // A short text under the page's own title, with at most a few other
  // stories' titles beside it (a shop's "goes well with", links below a
  // brief) and none with a summary under it, is the page's article: a closing-day notice, a
  // product's two sentences.
  if (f.titled && f.teasers == 0 && f.link_titles <= kTitledMaxLinkTitles &&
      f.link_entries <= kTitledMaxLinkTitles && f.prose_chars > 0) {
    c = std::max(c, kTitledTextMinConfidence);
  }
  if (f.error_page && f.prose_chars < kErrorPageMaxProse) c *= kErrorPageFactor;
  // The page's own word counts for something, never for everything.
  if (f.declares_article) c += (1 - c) * kDeclaredArticleShare;
  return Clamp01(c);
}

}  // namespace pith
