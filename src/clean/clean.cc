#include "clean/clean.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "clean/article_edges.h"
#include "clean/article_html.h"
#include "clean/article_text.h"
#include "clean/boilerplate_lines.h"
#include "clean/comment_blocks.h"
#include "clean/confidence.h"
#include "clean/picture_captions.h"
#include "clean/prose_baseline.h"
#include "clean/pull_quotes.h"
#include "clean/repeated_copy.h"
#include "clean/quantity_list.h"
#include "clean/summary_box.h"
#include "clean/thresholds.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

// A heading's id that is the slug of its own words, an anchor for a table
// of contents ("h-what-is-social-shopping", "most-popular-apps-compared"):
// it names the section's subject, not the box, so "social" or "popular"
// in it makes no chrome. A box's own id is a word or two ("comments",
// "related-posts"). Seen on guides of three sites.
bool HeadingAnchorId(const Element& e) {
  if (e.tag != Tag::kHeading) return false;
  int parts = 1;
  for (char c : e.id) parts += (c == '-' || c == '_') ? 1 : 0;
  return parts >= kHeadingAnchorMinWords;
}

// Tokens such as "has-sidebar", "no-comments" or "with-share" describe the
// layout of a wrapper, not what it is; drop them before matching.
std::string ClassKey(const Element& e) {
  std::string key;
  key.reserve(e.cls.size() + e.id.size() + e.role.size() + 3);
  auto add = [&](std::string_view list) {
    std::size_t i = 0;
    while (i < list.size()) {
      while (i < list.size() && (list[i] == ' ' || list[i] == '\t' || list[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < list.size() && list[j] != ' ' && list[j] != '\t' && list[j] != '\n') ++j;
      const std::string_view token = list.substr(i, j - i);
      if (!token.empty() && !IsLayoutToken(token)) {
        // Lowered in place: a copy of each token allocated for the long ones.
        const std::size_t from = key.size();
        key += token;
        for (std::size_t k = from; k < key.size(); ++k) {
          if (key[k] >= 'A' && key[k] <= 'Z') key[k] = static_cast<char>(key[k] + ('a' - 'A'));
        }
        key += ' ';
      }
      i = j;
    }
  };
  add(e.cls);
  if (!HeadingAnchorId(e)) add(e.id);
  add(e.role);
  if (!key.empty()) key.pop_back();
  return key;
}

// Whether a lower-cased class or test hook says byline or author: not an
// entry's post classes ("author-jroe" on a post) nor a quote's speaker.
bool SaysByline(const std::string& key) {
  const Heuristics& h = GetHeuristics();
  return h.byline_class.MatchesLower(key) && !h.post_class_list.MatchesLower(key) &&
         !h.quote_author_class.MatchesLower(key);
}

std::uint32_t ClassFlags(const std::string& key) {
  const Heuristics& h = GetHeuristics();
  std::uint32_t flags = 0;
  if (key.empty()) return flags;
  const bool keep = h.keep_class.MatchesLower(key);
  const bool chrome = h.chrome_class.MatchesLower(key);
  // A print class alone is told by the box's shape (article_html.cc): a
  // print button, or the steps a recipe theme classes for its print layout.
  const bool print = !chrome && SaysPrintLayout(key);
  if (chrome || print) {
    // "content" or "entry" beside a chrome word keeps a wrapper ("content
    // has-sidebar"), but not a box that is never the article
    // ("entry-author-bio", "post-comments"): only holding most of the
    // article's text (article_html.cc) overrides that.
    const bool strong = chrome && h.strong_chrome_class.MatchesLower(key);
    if (!keep || strong) flags |= kChrome;
    if (strong) flags |= kStrongChrome;
    if (print && !keep) flags |= kPrintLike;
  }
  // "content" or "body" in a comment's text box ("comment_content",
  // "reply-body") is the comment's, not the article's.
  if (keep && !h.comment_text_class.MatchesLower(key)) flags |= kPositive;
  if (h.caption_class.MatchesLower(key)) flags |= kCaptionLike;
  if (SaysByline(key)) flags |= kBylineLike;
  if (h.date_class.MatchesLower(key)) flags |= kDateLike;
  if (h.headline_class.MatchesLower(key)) flags |= kHeadlineLike;
  if (h.embed_class.MatchesLower(key)) flags = (flags & ~(kChrome | kStrongChrome | kPrintLike)) | kEmbed;
  if (h.comment_class.MatchesLower(key)) flags |= kCommentLike;
  return flags;
}

// The element's test hook or component name says byline or author; it
// says nothing else the classes would (chrome, captions): only the byline
// is read from it.
bool TestHookSaysByline(const Element& e) {
  return !e.testid.empty() && SaysByline(AsciiLower(e.testid));
}

bool IsWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

}  // namespace

bool EndsLikeSentence(std::string_view s) {
  s = Trim(s);
  // Strip closing quotes and brackets after the final punctuation. German
  // closes a quote with “ („…“), Danish and Swedish with « (»…«).
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99",
                                                  "\xC2\xBB", "\xE3\x80\x8D", "\xE2\x80\x9C", "\xC2\xAB"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        again = true;
      }
    }
  }
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '!' || last == '?' || last == ':' || last == ';' || EndsWithFullStop(s)) return true;
  // … ！ ？, the Arabic question mark ؟, Khmer ៕ and Ethiopic ፧.
  static constexpr std::string_view kEnds[] = {"\xE2\x80\xA6", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                               "\xD8\x9F",     "\xE1\x9F\x95", "\xE1\x8D\xA7"};
  for (std::string_view e : kEnds) {
    if (s.ends_with(e)) return true;
  }
  return false;
}

bool EndsWithFullStop(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  if (s.back() == '.') return true;
  // The full stops of Chinese and Japanese 。 ． ｡ (full-width and
  // half-width), Urdu ۔, Devanagari । ॥, Armenian ։, Tibetan །, Burmese ။,
  // Khmer ។ and Ethiopic ።.
  static constexpr std::string_view kFullStops[] = {
      "\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1", "\xDB\x94",     "\xE0\xA5\xA4", "\xE0\xA5\xA5",
      "\xD6\x89",     "\xE0\xBC\x8D", "\xE1\x81\x8B", "\xE1\x9F\x94", "\xE1\x8D\xA2"};
  return std::any_of(std::begin(kFullStops), std::end(kFullStops), [&](std::string_view e) { return s.ends_with(e); });
}

bool EndsUnmarked(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  // The last code point: step back over continuation bytes.
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t i = start;
  const char32_t cp = NextCodePoint(s, i);
  return (cp >= 0x0E01 && cp <= 0x0E4E) || (cp >= 0x0E81 && cp <= 0x0EDF);
}

int CountCommas(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',') {
      ++n;
    } else if (c == '\xEF' || c == '\xE3') {
      // Full-width and ideographic commas: ，、 (their lead bytes first:
      // comparing at every byte cost a tenth of the run on prose pages)
      if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
    }
  }
  return n;
}

std::int32_t CountWide(std::string_view s) {
  std::int32_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (IsWide(NextCodePoint(s, i))) ++n;
  }
  return n;
}

std::int32_t ProseLength(const BlockStats& s) { return s.chars + (kWideCharLetters - 1) * s.wide; }

// A Chinese or Japanese sentence is short in characters: a short article
// of such sentences had no prose block, so no container, until they were
// measured as they read (as text-copy lines are).
bool IsProse(const BlockStats& s) {
  const std::int32_t length = ProseLength(s);
  return s.chrome == nullptr && s.link_density < kProseMaxLinkDensity &&
         ((s.sentence_end && (s.words >= kProseSentenceMinWords || length >= kProseSentenceMinChars)) ||
          length >= kProseMinChars);
}

bool UnmarkedParagraph(const Block& b, const BlockStats& s) {
  return b.kind == BlockKind::kText && s.chrome == nullptr && s.link_density < kProseMaxLinkDensity &&
         s.words >= kPostParagraphMinWords && LowercaseWordPercent(b.text) >= kPostParagraphMinLowercasePercent;
}

bool IsLinkTitle(const BlockStats& s) {
  return s.link_density > kLinkTitleMinLinkDensity && !s.sentence_end && !s.written_address &&
         s.words >= kLinkTitleMinWords && s.words <= kLinkTitleMaxWords;
}

bool IsOthersPostBox(const Element& e) { return IsOthersPostClass(e.cls) || IsOthersPostClass(e.id); }

bool IsChromeTag(const Element& e) {
  switch (e.tag) {
    case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kHeader: case Tag::kDialog:
    case Tag::kMenu:
      return true;
    default:
      return IsChromeRole(e.role);
  }
}

bool DefinesTerm(const Document& doc, std::size_t i) {
  if (doc.format != SourceFormat::kHtml || i < 1 || i >= doc.blocks.size()) return false;
  const auto tag = [&](std::size_t k) { return doc.elements[static_cast<std::size_t>(doc.blocks[k].element)].tag; };
  return tag(i) == Tag::kDd && tag(i - 1) == Tag::kDt;
}

// Bytes of the body's blocks; with `prose_only`, of those that read as
// running text (IsProse) only.
static std::int64_t BodyChars(const Document& doc, const Selection& sel,
                              const std::vector<BlockStats>* prose_only = nullptr) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i) || (prose_only && !IsProse((*prose_only)[i]))) continue;
    n += static_cast<std::int64_t>(doc.blocks[i].text.size());
  }
  return n;
}

// Characters of the selection's prose outside chrome boxes (by class,
// tag or role, the box or one around it).
static std::int64_t ProseOutsideChrome(const Document& doc, const Selection& sel, const std::vector<BlockStats>& stats) {
  // Parents come before their children: one pass hands chrome down.
  std::vector<bool> in_chrome(doc.elements.size(), false);
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    const std::int32_t parent = doc.elements[e].parent;
    in_chrome[e] = (doc.elements[e].flags & kChrome) != 0 || (parent >= 0 && in_chrome[static_cast<std::size_t>(parent)]);
  }
  std::int64_t n = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (sel.IsBody(i) && IsProse(stats[i]) && !in_chrome[static_cast<std::size_t>(doc.blocks[i].element)]) {
      n += static_cast<std::int64_t>(doc.blocks[i].text.size());
    }
  }
  return n;
}

// Whether the selection's root lies in a box whose id names a sidebar as
// pre-HTML5 themes do (IsSidebarId).
static bool InSidebarBox(const Document& doc, const Selection& sel) {
  for (std::int32_t e = sel.root; e >= 0; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    if (IsSidebarId(doc.elements[static_cast<std::size_t>(e)].id)) return true;
  }
  return false;
}

// Whether the selection's root, or the box right around it, holds the
// page's first heading of `level` (a shop prints the product's name
// beside the box of its description).
static bool UnderFirstHeading(const Document& doc, const Selection& sel, int level) {
  if (sel.root < 0 || level == 0) return false;
  const std::int32_t parent = doc.elements[static_cast<std::size_t>(sel.root)].parent;
  const std::int32_t box = parent >= 0 ? parent : sel.root;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && b.level == level) return doc.Contains(box, b.element);
  }
  return false;
}

std::int32_t Selection::FirstBody() const {
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    if (verdicts[i].role == Role::kBody) return static_cast<std::int32_t>(i);
  }
  return -1;
}

std::int32_t Selection::LastBody() const {
  for (std::size_t i = verdicts.size(); i-- > 0;) {
    if (verdicts[i].role == Role::kBody) return static_cast<std::int32_t>(i);
  }
  return -1;
}

std::vector<std::size_t> Selection::BodyBlocks() const {
  std::vector<std::size_t> body;
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    if (verdicts[i].role == Role::kBody) body.push_back(i);
  }
  return body;
}

BlockStats MeasureBlock(const Block& block) {
  BlockStats s;
  s.chars = static_cast<std::int32_t>(CountChars(block.text));
  s.words = static_cast<std::int32_t>(CountWords(block.text, kUnspacedLettersPerWord));
  s.wide = CountWide(block.text);
  s.commas = CountCommas(block.text);
  s.link_density = block.text.empty() ? 0.f
                                      : static_cast<float>(block.link_bytes) / static_cast<float>(block.text.size());
  // Thai and Lao end a sentence with a space, a paragraph with nothing: a
  // paragraph of running text ends with its last letter (a headline or a
  // link title does too, and stays one).
  s.sentence_end = EndsLikeSentence(block.text) ||
                   (s.link_density < kProseMaxLinkDensity && s.words >= kUnmarkedSentenceMinWords &&
                    EndsUnmarked(block.text));
  s.written_address = block.text.size() <= kWrittenAddressMaxBytes &&
                      RE2::FullMatch(Piece(block.text), GetHeuristics().written_address);
  // Labels, appeals and cookie notices are matched in any case: lowercase the text once for all.
  const std::string lower = LowerSameLength(block.text);
  if (s.words <= kLabelMaxWords) s.chrome = MatchLabelPhraseLower(lower);
  if (!s.chrome) {
    // A wall over the text first: it also counts as an appeal, but the
    // metadata stage reports it (Article::paywalled).
    if (s.words <= kLabelMaxWords && GetHeuristics().paywall_prompt.PartialMatchLower(lower)) {
      s.chrome = kPaywallPromptLabel;
    }
    if (!s.chrome && CountAppealTerms(lower) >= kAppealMinTerms) s.chrome = "dropped: appeal (donation or subscription)";
    if (!s.chrome && GetHeuristics().cookie_notice.PartialMatchLower(lower)) s.chrome = "cookie notice";
    if (!s.chrome && s.words <= kEmbedConsentMaxWords && GetHeuristics().embed_consent.PartialMatchLower(lower)) {
      s.chrome = kEmbedConsentLabel;
    }
  }
  // Code may hold a line of bracketed words; only running text is markup left unrendered.
  if (!s.chrome && block.kind != BlockKind::kPre && IsShortcodeLine(block.text)) {
    s.chrome = "dropped: shortcodes left as text";
  }
  return s;
}

namespace {

// The box around a comment's or reply's text box ("div.item > b + div.reply_content")
// is the comment: its other lines (the name, "said on May 4:") are the
// thread's too, however the box is classed. Plain chrome, not strong: a box
// that holds the article keeps it (article_html.cc).
void MarkCommentItem(Element& parent, const std::string& key) {
  if (parent.tag == Tag::kHtml || parent.tag == Tag::kBody || parent.tag == Tag::kMain ||
      parent.tag == Tag::kArticle || (parent.flags & kPositive) || parent.parent < 0) {
    return;
  }
  if (!GetHeuristics().comment_text_class.MatchesLower(key)) return;
  parent.flags |= kChrome | kCommentLike;
}

}  // namespace

void MarkElements(Document& doc) {
  std::unordered_map<std::string, std::uint32_t> cache;
  for (Element& e : doc.elements) {
    if (e.tag == Tag::kFigcaption) e.flags |= kCaptionLike;
    if (e.tag == Tag::kArticle || e.tag == Tag::kMain) e.flags |= kPositive;
    const std::string role = AsciiLower(Trim(e.role));
    const std::string itemprop = AsciiLower(Trim(e.itemprop));
    if (role == "main" || role == "article" || itemprop == "articlebody" || itemprop == "text") e.flags |= kPositive;
    if (itemprop.find("author") != std::string::npos || itemprop == "creator") e.flags |= kBylineLike;
    if (itemprop.find("date") != std::string::npos) e.flags |= kDateLike;
    if (itemprop == "headline") e.flags |= kHeadlineLike;
    // schema.org microdata: a Comment (or the older UserComments) item.
    if (itemprop == "comment" || AsciiLower(e.itemtype).find("comment") != std::string::npos) e.flags |= kCommentLike;
    if (e.tag == Tag::kHtml || e.tag == Tag::kBody) continue;
    // An author box marks its name however the name's own element is
    // classed ("div.main-author-card > h3.card__title").
    if (e.parent >= 0 && (doc.elements[static_cast<std::size_t>(e.parent)].flags & kBylineLike)) e.flags |= kBylineLike;
    if (IsChromeTag(e)) e.flags |= kChrome;
    if (TestHookSaysByline(e)) e.flags |= kBylineLike;
    const std::string key = ClassKey(e);
    if (key.empty()) continue;
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, ClassFlags(key)).first;
    e.flags |= it->second;
    // An <article> or <main> is the text whatever its class mentions
    // ("post has-sidebar"), but not a box never the article: news pages
    // set a fact or risk-notice box among the paragraphs as an <article>
    // ("article.article-body-infobox"). Holding most of the page's prose
    // still makes any box the article (article_html.cc).
    if ((e.tag == Tag::kArticle || e.tag == Tag::kMain) && !(e.flags & kStrongChrome)) e.flags &= ~kChrome;
    if ((e.flags & kCommentLike) && e.parent >= 0) MarkCommentItem(doc.elements[static_cast<std::size_t>(e.parent)], key);
  }
}

// A root left holding none of the body's blocks (its own text dropped as
// a notice at the edge, the body taken from sibling boxes) becomes the
// box that holds the body: the confidence and the metadata read the
// article there.
static void RootOverBody(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0) return;
  std::int32_t box = -1;
  for (std::size_t i = 0; i < sel.verdicts.size(); ++i) {
    if (!sel.IsBody(i)) continue;
    const std::int32_t e = doc.blocks[i].element;
    if (doc.Contains(sel.root, e)) return;
    box = box < 0 ? e : doc.CommonAncestor(box, e);
  }
  if (box >= 0) sel.root = box;
}

// After the container's choice: the prose run beside it, then the edges,
// boxes and lines each rule drops.
static void FinishArticle(const Document& doc, const std::vector<const char*>& threads, std::vector<BlockStats> stats,
                          Selection& chosen) {
  // A second opinion that depends on no container: the page's longest run
  // of prose. A container far poorer than it lost its text to class names
  // or beat a plain article on score; the run joins it.
  // Not a run the container left out as another story (a blog column's
  // next post, longer than the text's own).
  const ProseRun run = LongestProseRun(doc, stats);
  const auto first = static_cast<std::size_t>(run.first);
  const bool other_story = run.first >= 0 && first < chosen.verdicts.size() &&
                           chosen.verdicts[first].reason == kOtherStoryReason;
  if (!other_story && RunBeatsContainer(run, BodyChars(doc, chosen, &stats))) AddProseRun(doc, stats, run, chosen);
  MarkCommentThreads(threads, chosen);
  chosen.stats = std::move(stats);
  // Before the edges are trimmed: a copy below the text hides its true end.
  DropRepeatedCopy(doc, chosen);
  TrimArticleEdges(doc, chosen);
  DropEmbedPlaceholders(doc, chosen);
  DropClosingSection(doc, chosen);
  DropContentsTitle(doc, chosen);
  DropLeadInsOverDroppedLinks(doc, chosen);
  DropBoxesAfterText(doc, chosen);
  DropCallToActionBoxes(doc, chosen);
  DropSummaryBox(doc, chosen);
  TakeBackQuantityLists(doc, chosen);
  DropPullQuotes(doc, chosen);
  MarkPictureCaptions(doc, chosen);
  KeepEssayCaptions(doc, chosen);
  DropBoilerplateLines(doc, chosen);
  DropAfterPaywallPrompt(doc, chosen);
  DropHeadingsOverNothing(doc, chosen);
  MarkHtmlComments(doc, chosen);
  RootOverBody(doc, chosen);
}

Selection FindArticle(const Document& doc) {
  std::vector<BlockStats> stats;
  stats.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) stats.push_back(MeasureBlock(b));
  if (doc.format == SourceFormat::kText) {
    Selection text = SelectTextArticle(doc);
    text.stats = std::move(stats);
    return text;
  }
  // Class names misled us when they leave almost nothing: try again
  // trusting them less, as Readability does, and keep the longer article
  // (a page builder that classes every text box "widget" loses all of a
  // right container's blocks: seen on two blogs, a language-app review and
  // a diet guide).
  // A thread told by its shape is no article's text in any pass: its
  // blocks score no container.
  const std::vector<const char*> threads = HtmlCommentThreads(doc, stats);
  for (std::size_t i = 0; i < threads.size(); ++i) {
    if (threads[i] && !stats[i].chrome) stats[i].chrome = threads[i];
  }
  Selection chosen = SelectHtmlArticle(doc, stats, ClassTrust::kAll);
  MarkCommentThreads(threads, chosen);
  std::int64_t chosen_chars = BodyChars(doc, chosen);
  const int title_level = PageTitleLevel(doc);
  Selection strict;  // the strict pass's choice, once a looser one replaced it
  bool replaced = false;
  for (ClassTrust trust : {ClassTrust::kNoChrome, ClassTrust::kNone}) {
    if (chosen_chars >= kArticleMinChars) break;
    Selection loose = SelectHtmlArticle(doc, stats, trust);
    MarkCommentThreads(threads, loose);
    const std::int64_t loose_chars = BodyChars(doc, loose);
    // Without any class names a hidden table, a menu or a copyright line
    // can win on length alone: that pass must bring more running text, and
    // an article's worth of it.
    // Less than an article's worth will do under the page's own h1 when the
    // strict pass chose a box away from it (a practice's short welcome beside
    // a sidebar card that a "card-body" class made win).
    const std::int64_t loose_prose = BodyChars(doc, loose, &stats);
    const bool headed = UnderFirstHeading(doc, loose, 1) && !UnderFirstHeading(doc, chosen, 1);
    const bool more_prose = trust != ClassTrust::kNone ||
                            ((loose_prose >= kArticleMinChars || (headed && loose_prose >= kHeadedLooseMinProse)) &&
                             loose_prose > BodyChars(doc, chosen, &stats) * kLooseArticleMinPercent / 100);
    // A strict pass that kept a short text under the page's own h1 lost
    // no text to class names: a loose pass that only adds a chrome-classed
    // box's text (a sidebar's dates beside a club's notice, a footer's
    // about-us beside a club's report under its <h2>) is no better.
    const std::int64_t chosen_prose = BodyChars(doc, chosen, &stats);
    // So is one that keeps the strict pass's own box and only takes back
    // what class names dropped inside it (a shop's review tab beside a
    // short product description).
    const bool same_box = chosen.root >= 0 && loose.root == chosen.root;
    const bool whole_short_text = (UnderFirstHeading(doc, chosen, title_level) || same_box) &&
                                  chosen_prose >= kHeadedLooseMinProse &&
                                  ProseOutsideChrome(doc, loose, stats) <= chosen_prose;
    // Nor is one that leaves a short post for an old theme's sidebar by
    // its id ("div#sidebar" with a longer "about" text).
    const bool to_sidebar = chosen.root >= 0 && InSidebarBox(doc, loose) && !InSidebarBox(doc, chosen);
    if (loose_chars > chosen_chars * kLooseArticleMinPercent / 100 && more_prose && !whole_short_text &&
        !to_sidebar) {
      if (!replaced) strict = std::move(chosen);
      replaced = true;
      chosen = std::move(loose);
      chosen_chars = loose_chars;
    }
  }
  // A looser pass's box that loses every block to the rules after the
  // choice (a consent notice no phrase named, dropped at the article's
  // edge) is no article: the strict pass's text, if it kept any, is.
  if (!replaced) {
    FinishArticle(doc, threads, std::move(stats), chosen);
    return chosen;
  }
  FinishArticle(doc, threads, stats, chosen);
  if (chosen.FirstBody() < 0 && BodyChars(doc, strict) > 0) {
    chosen = std::move(strict);
    FinishArticle(doc, threads, std::move(stats), chosen);
  }
  return chosen;
}

}  // namespace pith
