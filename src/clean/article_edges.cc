#include "clean/article_edges.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "clean/thresholds.h"
#include "metadata/dates.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

// Whether an element between the block and the article's root is classed
// as the article's header (standfirst, byline, date, tools).
bool InHeaderBox(const Document& doc, std::int32_t e, std::int32_t root) {
  const ClassPattern& header = GetHeuristics().header_class;
  for (; e >= 0 && e != root; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.tag == Tag::kHeader) return true;
    if (!el.cls.empty() && header.Matches(el.cls)) return true;
  }
  return false;
}

// The nearest element between the block and the article's root classed
// as the article's lead ("article-intro", "post-excerpt", "field-teaser"),
// or -1.
std::int32_t LeadBoxOf(const Document& doc, std::int32_t e, std::int32_t root) {
  const ClassPattern& lead = GetHeuristics().lead_class;
  for (; e >= 0 && e != root; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (!el.cls.empty() && lead.Matches(el.cls)) return e;
  }
  return -1;
}

bool InLeadBox(const Document& doc, std::int32_t e, std::int32_t root) { return LeadBoxOf(doc, e, root) >= 0; }

// Whether block `i`, dropped as chrome, is the lead in the article's own
// header: prose alone in a lead box inside a header box of the article's
// root (<article><header><h1>, <p class="lead">), which the header's tag
// made chrome. A lead-classed box of the whole header (an "image-lede"
// layout of picture, headline and dek) holds no lead of its own.
bool LeadInChromeHeader(const Document& doc, const Selection& sel, std::size_t i) {
  const char* reason = sel.verdicts[i].reason;
  const std::int32_t e = doc.blocks[i].element;
  if ((reason != kChromeContainerReason && reason != kChromeTagReason) || doc.blocks[i].kind != BlockKind::kText ||
      !IsProse(sel.stats[i]) || !doc.Contains(sel.root, e) || !InHeaderBox(doc, e, sel.root)) {
    return false;
  }
  const std::int32_t box = LeadBoxOf(doc, e, sel.root);
  // A subtree's blocks are consecutive: the box holds block i alone when
  // neither neighbour is in it.
  const auto alone = [&](std::size_t k) { return k >= doc.blocks.size() || !doc.Contains(box, doc.blocks[k].element); };
  return box >= 0 && (i == 0 || alone(i - 1)) && alone(i + 1);
}

// Blocks in the subtree of `e`.
std::size_t BlocksUnder(const Document& doc, std::int32_t e) {
  std::size_t n = 0;
  for (const Block& b : doc.blocks) n += doc.Contains(e, b.element) ? 1U : 0U;
  return n;
}

bool BylineLike(const Document& doc, std::int32_t e) {
  return (doc.elements[static_cast<std::size_t>(e)].flags & kBylineLike) != 0;
}

// Whether two blocks' elements have one parent.
bool SameParent(const Document& doc, std::int32_t a, std::int32_t b) {
  const auto parent = [&](std::int32_t i) {
    return doc.elements[static_cast<std::size_t>(doc.blocks[static_cast<std::size_t>(i)].element)].parent;
  };
  return parent(a) == parent(b);
}

// The last prose block of the body in the text column, or -1.
std::int32_t LastColumnProse(const Document& doc, const Selection& sel, std::int32_t column) {
  std::int32_t last = -1;
  for (std::size_t i : sel.BodyBlocks()) {
    if (IsProse(sel.stats[i]) && InTextColumn(doc, column, doc.blocks[i].element)) last = static_cast<std::int32_t>(i);
  }
  return last;
}

}  // namespace

std::int32_t TextColumn(const Document& doc, const Selection& sel) {
  const std::vector<BlockStats>& stats = sel.stats;
  std::unordered_map<std::int32_t, std::int64_t> chars;
  std::int32_t best = -1;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i) || !IsProse(stats[i])) continue;
    const std::int32_t e = doc.blocks[i].element;
    const std::int32_t column = doc.elements[static_cast<std::size_t>(e)].tag == Tag::kP
                                    ? doc.elements[static_cast<std::size_t>(e)].parent
                                    : e;
    const std::int64_t n = chars[column] += stats[i].chars;
    if (best < 0 || n > chars[best]) best = column;
  }
  return best;
}

bool InTextColumn(const Document& doc, std::int32_t column, std::int32_t e) {
  // A page that splits its text (around figures, ads) repeats the
  // column's tag and class for every piece.
  const Element& col = doc.elements[static_cast<std::size_t>(column)];
  for (; e >= 0; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (e == column || (!col.cls.empty() && el.tag == col.tag && el.cls == col.cls)) return true;
  }
  return false;
}

namespace {

// A text block longer than a date line can be, mostly in small letters.
bool RunningTextLine(const Block& b, const BlockStats& s) {
  return b.kind == BlockKind::kText && s.chrome == nullptr && s.words > kDateLineMaxWords &&
         LowercaseWordPercent(b.text) >= kPostParagraphMinLowercasePercent;
}

}  // namespace

void TrimArticleEdges(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  const std::vector<BlockStats>& stats = sel.stats;
  const std::int32_t column = TextColumn(doc, sel);
  if (column < 0) return;
  auto in_column = [&](std::int32_t e) { return InTextColumn(doc, column, e); };

  // Before the text column's first paragraph: what sits in the article's
  // header box outside the column (a standfirst, "By X | date", a
  // text-size tool), and short lines in a byline box ("Associated Press",
  // "By admin - 2018-09-16"). Several paragraphs there are text, not a
  // header: then the header box is left alone.
  std::vector<std::size_t> header;
  int header_prose = 0;
  // A paragraph in the column longer than any date line, in small letters,
  // whose end mark is missing has begun the text: a date line after it
  // finishes its sentence ("... in der Zeit" / "vom 21. Juli bis 29.
  // August" / "voll gesperrt."; a notice's closure dates, a club's meeting
  // day), it heads nothing.
  bool text_begun = false;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const std::int32_t e = doc.blocks[i].element;
    if (LeadInChromeHeader(doc, sel, i)) sel.Set(i, Role::kBody, kLeadBoxReason);
    if (!sel.IsBody(i)) continue;
    if (in_column(e) && IsProse(stats[i])) break;
    text_begun = text_begun || (in_column(e) && RunningTextLine(doc.blocks[i], stats[i]));
    if (!in_column(e) && InHeaderBox(doc, e, sel.root)) {
      if (IsProse(stats[i])) ++header_prose;
      // The lead in a lead box of its own is the article's first paragraph.
      if (IsProse(stats[i]) && InLeadBox(doc, e, sel.root)) {
        sel.Set(i, Role::kBody, kLeadBoxReason);
        continue;
      }
      header.push_back(i);
    } else if (BylineLike(doc, e) && stats[i].words <= kBylineBoxLineMaxWords) {
      sel.Set(i, Role::kDropped, "dropped: byline before the text");
    } else if (!text_begun && stats[i].words <= kDateLineMaxWords && !IsProse(stats[i]) &&
               !(DefinesTerm(doc, i) && sel.IsBody(i - 1))) {
      // "December 7, 2016 at 4:00 AM CST", "2019年04月21日 12時00分更新".
      const auto date = FindDate(doc.blocks[i].text);
      if (date && date->coverage >= kDateLineMinCoverage) {
        sel.Set(i, Role::kDropped, "dropped: date line before the text");
      }
    }
  }
  if (header_prose <= kHeaderBoxMaxProse) {
    for (std::size_t i : header) sel.Set(i, Role::kDropped, "dropped: article header before the text (standfirst, byline, tools)");
  }
  // Running text in an author box, outside the column: the author's bio.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const std::int32_t e = doc.blocks[i].element;
    if (sel.IsBody(i) && !in_column(e) && BylineLike(doc, e) && IsProse(stats[i])) {
      sel.Set(i, Role::kDropped, "dropped: author bio");
    }
  }
}

void DropEmbedPlaceholders(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (sel.stats[i].chrome != kEmbedConsentLabel) continue;
    // The largest box around the notice, inside the article, that is
    // still small: the embed's frame, with its label and the chart's or
    // video's title.
    std::int32_t box = doc.blocks[i].element;
    for (std::int32_t p = doc.elements[static_cast<std::size_t>(box)].parent;
         p >= 0 && p != sel.root && doc.Contains(sel.root, p) && BlocksUnder(doc, p) <= kEmbedBoxMaxBlocks;
         p = doc.elements[static_cast<std::size_t>(p)].parent) {
      box = p;
    }
    for (std::size_t j = 0; j < doc.blocks.size(); ++j) {
      if (sel.IsBody(j) && doc.Contains(box, doc.blocks[j].element)) {
        sel.Set(j, Role::kDropped, "dropped: box of an embed shown on consent");
      }
    }
  }
}

namespace {

// Whether `name` reads as a proper name: two words or more, each opening
// with a capital or a digit ("Nordhessische Kältetechnik AG", not the
// common noun of "Über die Umfrage").
bool ReadsAsProperName(std::string_view name) {
  int words = 0;
  for (std::size_t at = 0; at < name.size();) {
    std::size_t i = at;
    const auto cp = static_cast<UChar32>(NextCodePoint(name, i));
    if (!u_isupper(cp) && !u_isdigit(cp)) return false;
    ++words;
    const std::size_t space = name.find(' ', at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return words >= 2;
}

// A press release's company box: its head names a company ("About
// Brightwater Analytics") and the paragraph after it opens with that name
// ("Brightwater Analytics is a ..."), as no section of the story does.
// An article before the name ("Über den Verband") stands as well before a
// common noun ("Über die Umfrage" over a survey's note closing a story,
// whose paragraph opens "Die Umfrage wurde ..."): the head then needs a
// proper name or another release box under it (`release_below`, a press
// contact).
bool CompanyBoxHead(std::string_view head, std::string_view next, bool release_below) {
  const CompanyBoxHeadName head_name = CompanyBoxName(head);
  const std::string_view name = head_name.name;
  if (name.empty() || (head_name.after_article && !release_below && !ReadsAsProperName(name))) return false;
  // The name opens the paragraph, or follows its first word (an article:
  // "Die Nordhessische Kältetechnik AG entwickelt ...").
  const std::size_t at = next.find(name);
  return at == 0 || (at != std::string_view::npos && next.find(' ') == at - 1);
}

// A head line set in its box's first paragraph, a line break after it
// ("<b>About X</b><br>X is ...", "<b>Pressekontakt</b><br>Name<br>..."):
// the line, and the rest of the paragraph; an empty head when the
// paragraph holds no break.
struct InlineHead {
  std::string_view head, rest;
};
InlineHead SplitInlineHead(const Block& b) {
  if (b.kind != BlockKind::kText) return {};
  const std::string_view text = b.text;
  const std::size_t nl = text.find('\n');
  if (nl == std::string_view::npos) return {};
  return {Trim(text.substr(0, nl)), Trim(text.substr(nl + 1))};
}

// What closes a press release under its text, headed by block `u`: a
// company box (its head and paragraph in two blocks or in one) or a
// press contact box. The box's own words, when its head shares their
// block, go in `own_words`; `release_below`: such a box was dropped under it.
bool ReleaseBoxHead(const Document& doc, const Selection& sel, std::size_t u, std::int32_t next_body,
                    bool release_below, std::int32_t& own_words) {
  const std::string_view text = doc.blocks[u].text;
  own_words = 0;
  if (sel.stats[u].words <= kClosingHeadMaxWords && next_body >= 0) {
    const std::string_view next = doc.blocks[static_cast<std::size_t>(next_body)].text;
    if (CompanyBoxHead(text, next, release_below) || IsPressContactHead(Trim(text))) return true;
  }
  const InlineHead inline_head = SplitInlineHead(doc.blocks[u]);
  if (inline_head.head.empty() || (!CompanyBoxHead(inline_head.head, inline_head.rest, release_below) &&
                                   !IsPressContactHead(inline_head.head))) {
    return false;
  }
  own_words = sel.stats[u].words;
  return true;
}

// Whether the body above block `head` tells a story of its own, at least
// as long as the `tail` of words under it: kCompanyStoryMinParagraphs
// paragraphs that end like sentences, or more (a release's short
// sentences each set as a paragraph). A short release's company box may
// then take up to half of the body; the "About <company>" section of an
// about page, under a line of welcome, is most of its text.
bool StoryAbove(const Document& doc, const Selection& sel, std::int32_t head, std::int32_t tail) {
  std::int32_t words = 0;
  int paragraphs = 0;
  for (std::int32_t i = sel.FirstBody(); i >= 0 && i < head; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!sel.IsBody(u)) continue;
    words += sel.stats[u].words;
    if (doc.blocks[u].kind == BlockKind::kText && sel.stats[u].sentence_end) ++paragraphs;
    // Enough read: a release of many boxes costs no walk over all the text each.
    if (paragraphs >= kCompanyStoryMinParagraphs && words >= tail) return true;
  }
  return false;
}

// Whether body block `first` (the first under a section head) is another
// story's title: a short line nearly all link that does not end like a
// sentence.
bool OpensOnLinkedTitle(const Document& doc, const Selection& sel, std::int32_t first) {
  if (first < 0) return false;
  const BlockStats& s = sel.stats[static_cast<std::size_t>(first)];
  return doc.blocks[static_cast<std::size_t>(first)].kind != BlockKind::kListItem && !s.sentence_end &&
         s.words <= kLinkedTitleMaxWords && s.link_density >= kLinkedTitleMinDensity;
}

// Whether element `e` lies in a form inside element `top`.
bool InFormUnder(const Document& doc, std::int32_t top, std::int32_t e) {
  for (; e > top; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    if (doc.elements[static_cast<std::size_t>(e)].tag == Tag::kForm) return true;
  }
  return false;
}

// Whether a reader poll follows its head, block `head`, in the article:
// an option with its share, a vote or results button, a run of
// kPollMinOptionLines short lines (its options) or one in a form (the
// labels of its radio buttons, run together), among the next
// kPollScanMaxBlocks blocks, dropped or not. A section of prose under a
// head that reads like a poll's ("Abstimmung", "What do you think?") shows
// none of these.
bool PollFollows(const Document& doc, const Selection& sel, std::size_t head) {
  const std::size_t end = std::min(doc.blocks.size(), head + 1 + kPollScanMaxBlocks);
  int options = 0;
  for (std::size_t j = head + 1; j < end && doc.Contains(sel.root, doc.blocks[j].element); ++j) {
    const BlockStats& s = sel.stats[j];
    if (IsPollShareLine(doc.blocks[j].text) || IsPollVoteLabel(doc.blocks[j].text)) return true;
    const bool option = s.words <= kPollOptionMaxWords && !s.sentence_end && s.link_density < kPollOptionMaxLinkDensity;
    if (option && InFormUnder(doc, sel.root, doc.blocks[j].element)) return true;
    options = option ? options + 1 : 0;
    if (options >= kPollMinOptionLines) return true;
  }
  return false;
}

// The last closing section (DropClosingSection); true when it was a
// company box or a press contact box, which another may stand above
// (`release_below`: one was dropped under it).
bool DropLastClosingSection(const Document& doc, Selection& sel, bool release_below) {
  const std::int32_t first = sel.FirstBody();
  const std::int32_t last = sel.LastBody();
  if (first < 0) return false;
  std::int32_t total = 0;
  for (std::size_t i : sel.BodyBlocks()) total += sel.stats[i].words;
  // From the end back: the last head line of a related-links or author
  // section still in the body, with little body text after it.
  std::int32_t tail = 0;
  std::int32_t next_body = -1;  // the body block after block i
  for (std::int32_t i = last; i > first; --i) {
    const auto u = static_cast<std::size_t>(i);
    const BlockStats& s = sel.stats[u];
    // A head already dropped counts when the body goes on right after it,
    // beside it (a heading in the text column); one dropped with its own
    // box leaves the text after the box to the article (a "Read more" box
    // in a story). So does one left as the box's own loose text, after its
    // cards ("Read More Stories" at the end of a trending strip).
    const bool in_play = sel.IsBody(u) || (next_body == i + 1 && SameParent(doc, i, next_body) &&
                                           !doc.Contains(doc.blocks[u].element, doc.blocks[u - 1].element));
    const char* head = in_play && s.words <= kClosingHeadMaxWords ? MatchSectionHead(doc.blocks[u].text) : nullptr;
    std::int32_t own_words = 0;
    const bool company = in_play && ReleaseBoxHead(doc, sel, u, next_body, release_below, own_words);
    // A reader poll's box closes the text as an author box does.
    const bool poll = in_play && s.words <= kClosingHeadMaxWords && IsPollHead(Trim(doc.blocks[u].text)) &&
                      PollFollows(doc, sel, u);
    if (IsNamed(head, kRelatedHead) || IsNamed(head, kAuthorBoxHead) || company || poll) {
      const bool teasers = IsNamed(head, kRelatedHead) && OpensOnLinkedTitle(doc, sel, next_body);
      const std::int32_t share = company ? kCompanyBoxMaxShare : teasers ? kClosingTeaserTailMaxShare : kClosingTailMaxShare;
      const std::int32_t box = tail + own_words;
      const bool small = box * share <= total;
      if (!small && !(company && StoryAbove(doc, sel, i, box))) return false;
      for (std::int32_t j = i; j <= last; ++j) {
        if (sel.IsBody(static_cast<std::size_t>(j))) {
          sel.Set(static_cast<std::size_t>(j), Role::kDropped, "dropped: section closing the article");
        }
      }
      return company;
    }
    if (sel.IsBody(u)) {
      tail += s.words;
      next_body = i;
    }
    if (tail > kClosingTailMaxWords) return false;
  }
  return false;
}

}  // namespace

void DropClosingSection(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  // A release may close on one company box per partner; each call drops
  // body blocks, so the loop ends.
  for (bool release_below = false; DropLastClosingSection(doc, sel, release_below); release_below = true) {
  }
}

void DropBoxesAfterText(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  const std::int32_t column = TextColumn(doc, sel);
  if (column < 0) return;
  const std::int32_t last_text = LastColumnProse(doc, sel, column);
  if (last_text < 0) return;
  std::int32_t total = 0;
  for (std::size_t i : sel.BodyBlocks()) total += sel.stats[i].words;
  // The body blocks after the text's last paragraph, outside the column.
  std::vector<std::size_t> tail;
  std::int32_t tail_words = 0;
  for (std::size_t i = static_cast<std::size_t>(last_text) + 1; i < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i) || InTextColumn(doc, column, doc.blocks[i].element)) continue;
    tail.push_back(i);
    tail_words += sel.stats[i].words;
  }
  if (tail.empty() || tail_words > kTailBoxMaxWords || tail_words * kTailBoxMaxShare > total) return;
  // Page furniture already dropped between the text and the box (share
  // buttons, an ad, a tag list) sets the box apart; a box right after the
  // text may be its last section set in another container.
  int gap = 0;
  for (std::size_t i = static_cast<std::size_t>(last_text) + 1; i < tail.front(); ++i) gap += sel.IsBody(i) ? 0 : 1;
  if (gap < kTailBoxMinGap) return;
  for (std::size_t i : tail) sel.Set(i, Role::kDropped, "dropped: box after the text, set apart from it");
}

namespace {

// Whether block `i` is a button: a short line nearly all link whose
// element, or an ancestor close above it, is classed as a button.
bool IsButtonLink(const Document& doc, const Selection& sel, std::size_t i) {
  const BlockStats& s = sel.stats[i];
  if (doc.blocks[i].kind == BlockKind::kHeading || s.words < 1 || s.words > kCtaButtonMaxWords ||
      s.link_density < kCtaButtonMinLinkDensity) {
    return false;
  }
  const ClassPattern& button = GetHeuristics().button_class;
  std::int32_t e = doc.blocks[i].element;
  for (int depth = 0; depth < kCtaButtonClassDepth && e >= 0; ++depth) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (!el.cls.empty() && button.Matches(el.cls)) return true;
    e = el.parent;
  }
  return false;
}

// The blocks of box `e` around block `i`: [first, end).
struct BlockRange {
  std::size_t first = 0, end = 0;
};

// The blocks under `e` around block `i`, counted no further than
// kCtaBoxMaxBlocks + 1 (a larger box is no call-to-action box).
BlockRange BlocksAround(const Document& doc, std::int32_t e, std::size_t i) {
  BlockRange r{i, i + 1};
  const auto max = static_cast<std::size_t>(kCtaBoxMaxBlocks) + 1;
  while (r.first > 0 && r.end - r.first < max && doc.Contains(e, doc.blocks[r.first - 1].element)) --r.first;
  while (r.end < doc.blocks.size() && r.end - r.first < max && doc.Contains(e, doc.blocks[r.end].element)) ++r.end;
  return r;
}

// The largest small box around button block `i` below the article's root
// or beside it (a page builder's sections are the root's sibling parts),
// with its other lines a heading and short text kept in the body; an
// empty range when there is none.
BlockRange CallToActionBox(const Document& doc, const Selection& sel, std::size_t i) {
  BlockRange best;
  const std::int32_t root = sel.root;
  std::int32_t p = doc.elements[static_cast<std::size_t>(doc.blocks[i].element)].parent;
  for (int level = 0; level < kCtaBoxMaxLevels && p >= 0 && !doc.Contains(p, root);
       ++level, p = doc.elements[static_cast<std::size_t>(p)].parent) {
    const BlockRange r = BlocksAround(doc, p, i);
    if (r.end - r.first > static_cast<std::size_t>(kCtaBoxMaxBlocks)) break;
    best = r;
  }
  bool pitch = false;
  for (std::size_t k = best.first; k < best.end; ++k) {
    if (k == i) continue;
    const bool text = doc.blocks[k].kind == BlockKind::kText || doc.blocks[k].kind == BlockKind::kHeading;
    if (!text || sel.stats[k].words > kCtaPitchMaxWords) return {};
    pitch = pitch || (doc.blocks[k].kind == BlockKind::kText && sel.IsBody(k));
  }
  return pitch ? best : BlockRange{};
}

}  // namespace

void DropCallToActionBoxes(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  std::vector<BlockRange> boxes;
  const std::int32_t first = sel.FirstBody();
  const std::int32_t last = sel.LastBody();
  if (first < 0) return;
  // Between the body's first and last blocks: a pitch in the text.
  for (auto i = static_cast<std::size_t>(first); i <= static_cast<std::size_t>(last) && boxes.size() <= kCtaMaxBoxes; ++i) {
    if (!IsButtonLink(doc, sel, i)) continue;
    const BlockRange box = CallToActionBox(doc, sel, i);
    if (box.end > box.first) boxes.push_back(box);
    if (box.end > i + 1) i = box.end - 1;
  }
  if (boxes.empty() || boxes.size() > kCtaMaxBoxes) return;
  std::int32_t total = 0;
  for (std::size_t i : sel.BodyBlocks()) total += sel.stats[i].words;
  for (const BlockRange& box : boxes) {
    std::int32_t words = 0;
    for (std::size_t k = box.first; k < box.end; ++k) words += sel.IsBody(k) ? sel.stats[k].words : 0;
    if (words * kCtaBoxMaxShare > total) continue;
    for (std::size_t k = box.first; k < box.end; ++k) {
      if (sel.IsBody(k)) sel.Set(k, Role::kDropped, "dropped: call-to-action box");
    }
  }
}

void DropContentsTitle(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i) || !IsContentsHead(doc.blocks[i].text)) continue;
    // A heading with the text right below heads a section of it ("In this
    // guide" over the guide's steps); a title over its list left out, or
    // a line that is no heading (a toggle's label), titles nothing kept.
    const std::size_t next = i + 1;
    const bool text_below = next < doc.blocks.size() && sel.IsBody(next);
    if (text_below && (doc.blocks[i].kind == BlockKind::kHeading || doc.blocks[next].kind == BlockKind::kListItem)) {
      continue;
    }
    sel.Set(i, Role::kDropped, "dropped: title of a contents list left out");
  }
}

namespace {

bool EndsWithColon(std::string_view text) {
  text = Trim(text);
  return text.ends_with(':') || text.ends_with("\xEF\xBC\x9A");  // ASCII or full-width colon
}

}  // namespace

void DropLeadInsOverDroppedLinks(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml) return;
  for (std::size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    if (!sel.IsBody(i) || sel.stats[i].words > kLinkLeadInMaxWords || sel.stats[i].link_density > 0.f) continue;
    // A label that announces: a heading without a colon names a section
    // (a product's name over its dropped shop button).
    if (!EndsWithColon(doc.blocks[i].text)) continue;
    // What it announces is the next block: a linked headline that the
    // page's link test left out (a headline: a shop button or a
    // checklist's one-word link is part of a list the text keeps). The
    // label then leads into nothing.
    const std::size_t next = i + 1;
    if (sel.IsBody(next) || sel.stats[next].link_density < kLinkLeadInMinLinkDensity ||
        sel.stats[next].words < kLinkLeadInMinHeadlineWords) {
      continue;
    }
    sel.Set(i, Role::kDropped, "dropped: lead-in to links left out");
  }
}

void DropHeadingsOverNothing(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml) return;
  const std::vector<std::size_t> body = sel.BodyBlocks();
  if (body.size() < 2) return;
  const std::size_t last = body.back();
  // A run of headings is a page that sets its text in heading tags.
  if (doc.blocks[last].kind != BlockKind::kHeading || doc.blocks[body[body.size() - 2]].kind == BlockKind::kHeading) {
    return;
  }
  if (sel.stats[last].words > kClosingHeadingMaxWords) return;
  sel.Set(last, Role::kDropped, "dropped: heading over nothing kept");
}

}  // namespace pith
