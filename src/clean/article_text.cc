#include "clean/article_text.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "clean/clean.h"
#include "clean/comment_blocks.h"
#include "clean/dated_cards.h"
#include "clean/text_captions.h"
#include "clean/text_lines.h"
#include "clean/text_pull_quotes.h"
#include "clean/text_teaser_runs.h"
#include "clean/thresholds.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

constexpr char kSummaryBoxReason[] = "dropped: summary box over the article, or its picture";

// How much a line adds to the article run it is in: prose counts for its
// length, chrome and short lines against it.
double LineWeight(const TextLine& l, bool between_prose_relief) {
  // The heading of a comment thread, an author box or a tag list ends the
  // article unless much more prose follows. Related links are also set
  // inside articles: their heading costs what an ad label does, little,
  // while a run of chrome or a long appeal ends the article.
  if (l.section_head && !l.link_head) return kSectionHeadWeight;
  if (l.chrome || l.section_head || l.testimonial) return -std::max(kMinChromeCost, static_cast<double>(l.length));
  // A code sample costs what a list item does: tutorials set one between
  // most paragraphs (text copies of guides on unseen sites: body F1
  // 0.880 -> 0.883, eight pages of seven sites better).
  if (l.list_item || (l.code && !l.prose)) return kListItemWeight;
  if (IsRepeat(l) || !l.prose) {
    // A guide's subheads and short lines between its paragraphs cost
    // less than the same lines in a menu.
    const double cost = l.length / kShortLineCostDivider + kShortLineExtraCost;
    const bool relief = l.beside_code || (between_prose_relief && l.between_prose);
    return relief ? -cost * kBetweenProseCostShare : -cost;
  }
  // Article paragraphs stand alone between blank lines; prose grouped with
  // short lines is a comment under its author and time, or a teaser under
  // its title.
  if (l.group_lines == 1) return l.length;
  // Except a guide's long paragraph set under its subhead (text_lines.h).
  if (l.section_paragraph) return l.length * kAllProseGroupWeight;
  const double ratio = static_cast<double>(l.group_prose) / l.group_lines;
  return l.length * (ratio >= kAllProseGroupShare    ? kAllProseGroupWeight
                     : ratio >= kHalfProseGroupShare ? kHalfProseGroupWeight
                                                     : kFewProseGroupWeight);
}

struct Run {
  std::int64_t start = -1, end = -1;  // inclusive; start < 0 when there is none
};

// The maximum-sum segment of the line weights. Captions interrupt an
// article without ending it.
Run ProseRun(const std::vector<TextLine>& lines, const std::vector<bool>& decided) {
  Run best;
  double best_sum = 0, sum = 0;
  std::int64_t start = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (sum <= 0) {
      sum = 0;
      start = static_cast<std::int64_t>(i);
    }
    sum += decided[i] ? kCaptionLineWeight : LineWeight(lines[i], false);
    if (sum > best_sum) {
      best_sum = sum;
      best = {start, static_cast<std::int64_t>(i)};
    }
  }
  return best;
}

// A guide goes on past the run through subheads and short lines between
// its paragraphs: with those costing less, the run ends where the sum from
// its start is largest. Its start stays here, as the header lines above
// it are short lines between prose too (see ExtendUpThroughShortLines).
void ExtendThroughShortLines(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  double sum = 0, best = 0;
  std::int64_t best_end = run.end;
  for (auto i = static_cast<std::size_t>(run.start); i < lines.size(); ++i) {
    sum += decided[i] ? kCaptionLineWeight : LineWeight(lines[i], true);
    const auto at = static_cast<std::int64_t>(i);
    if (at == run.end) best = sum;
    if (at > run.end && sum > best) {
      best = sum;
      best_end = at;
    }
  }
  run.end = best_end;
}

// The length of the prose lines from `first` to `last`.
std::int64_t ProseLength(const std::vector<TextLine>& lines, std::int64_t first, std::int64_t last) {
  std::int64_t n = 0;
  for (std::int64_t i = first; i <= last; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.prose) n += l.length;
  }
  return n;
}

// A line of a widget set in the article: a caption, chrome, or a line
// adding little (a teaser's headline, an ad's notice, a card's summary).
bool WidgetLine(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return decided[at] || LineWeight(lines[at], false) < kWidgetLineMaxWeight;
}

// The top of the widget right above the run's first line `first`: the
// widget lines over it, kWidgetMinLines to kWidgetMaxLines of them, up to
// a line of more weight. -1 when there are fewer or more, when they reach
// the copy's top, or when no chrome line labels them and `need_label`.
std::int64_t WidgetTop(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t first,
                       bool need_label) {
  bool label = !need_label;
  for (std::int64_t i = first - 1; i >= 0 && first - i <= kWidgetMaxLines + 1; --i) {
    if (!WidgetLine(lines, decided, i)) return label && first - 1 - i >= kWidgetMinLines ? i + 1 : -1;
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    label = label || (!decided[static_cast<std::size_t>(i)] && (l.chrome || l.section_head));
  }
  return -1;
}

// The weights and paragraphs of a part of the copy.
struct PartShape {
  double sum = 0;
  double prose_length = 0;
  int paragraphs = 0;
  int short_lines = 0;  // lines no prose: headings, names, labels
};

void AddLine(const TextLine& l, bool caption, PartShape& shape) {
  const double w = caption ? kCaptionLineWeight : LineWeight(l, false);
  shape.sum += w;
  if (!caption && l.prose && w > 0) {
    shape.prose_length += l.length;
    ++shape.paragraphs;
  } else if (!caption && !l.prose) {
    ++shape.short_lines;
  }
}

PartShape ShapeOf(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run) {
  PartShape shape;
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    AddLine(lines[static_cast<std::size_t>(i)], decided[static_cast<std::size_t>(i)], shape);
  }
  return shape;
}

// The part above the widget, ending at `last`: the lines whose sum
// counted up from `last` is largest, scanning up until more cost than
// prose has come (at most kJoinPartMaxLines). Its first line, -1 for
// none, and its shape in `best`.
std::int64_t PartTop(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t last,
                     PartShape& best) {
  PartShape shape;
  std::int64_t top = -1;
  for (std::int64_t i = last; i >= 0 && last - i < kJoinPartMaxLines; --i) {
    AddLine(lines[static_cast<std::size_t>(i)], decided[static_cast<std::size_t>(i)], shape);
    if (shape.sum < 0) break;
    if (shape.sum > best.sum) {
      best = shape;
      top = i;
    }
  }
  return top;
}

// Whether the part's paragraphs read like the run's: a few of similar
// mean length, not a teaser's summary or a list of short ones.
bool ParagraphsLikeTheRun(const PartShape& part, const PartShape& run) {
  if (part.paragraphs < kJoinPartMinParagraphs || run.paragraphs == 0) return false;
  const double part_mean = part.prose_length / part.paragraphs;
  const double run_mean = run.prose_length / run.paragraphs;
  return part_mean * kJoinShorterParagraphRatio >= run_mean && run_mean * kJoinLongerParagraphRatio >= part_mean;
}

// Whether the part reads like the run and holds more prose than cost.
bool LikeTheRun(const PartShape& part, const PartShape& run) {
  return part.sum >= kJoinPartMinSum && ParagraphsLikeTheRun(part, run);
}

// The header's date or byline line standing right above line `top`,
// past captions and short lines (a reading time, an update time); -1
// when there is none.
std::int64_t HeaderLineAbove(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top) {
  for (std::int64_t i = top - 1; i >= 0 && top - i <= kLeadHeaderReach; --i) {
    const auto at = static_cast<std::size_t>(i);
    if (decided[at]) continue;
    if (lines[at].date_line || lines[at].byline_line) return i;
    if (lines[at].prose) return -1;
  }
  return -1;
}

// Whether the header's date or byline line stands right above line `top`.
bool UnderHeader(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top) {
  return HeaderLineAbove(lines, decided, top) >= 0;
}

// Whether the widget from `top` to before `end` is related links under
// their heading or a gallery, most of its lines pictures' captions.
bool LinksOrGallery(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top,
                    std::int64_t end) {
  std::int64_t captions = 0;
  for (std::int64_t i = top; i < end; ++i) {
    if (lines[static_cast<std::size_t>(i)].link_head) return true;
    if (decided[static_cast<std::size_t>(i)]) ++captions;
  }
  return 2 * captions > end - top;
}

// Whether the part is the story's lead paragraph alone under its header,
// as long as the run's paragraphs or longer, above related links or a
// gallery. Above an unlabelled widget (`unlabelled`: a job ads box, a
// contents box, a podcast player), only a lead set apart from the header
// line by a picture or a line between them: a paragraph right under the
// date or byline line is as often a standfirst or a highlights box.
bool LeadUnderHeader(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top,
                     const PartShape& part, const PartShape& run, std::int64_t widget_top, std::int64_t end,
                     bool unlabelled) {
  if (part.paragraphs != 1 || run.paragraphs == 0) return false;
  const double run_mean = run.prose_length / run.paragraphs;
  if (part.prose_length * kJoinShorterParagraphRatio < run_mean) return false;
  const std::int64_t header = HeaderLineAbove(lines, decided, top);
  if (header < 0) return false;
  return unlabelled ? top - header > 1 : LinksOrGallery(lines, decided, widget_top, end);
}

// A guide's opening paragraphs can be cut off from the rest by lines
// that cost more than they hold: points without an intro, one-line
// sentences, price lines. The run goes up through them as it goes down
// (ExtendThroughShortLines), to where the sum counted up from its start
// is largest, when the paragraphs gained read like the run's: a menu's
// promo lines are shorter, a carousel's captions longer.
void ExtendUpThroughShortLines(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  double sum = 0, best = 0;
  std::int64_t top = run.start;
  for (std::int64_t i = run.start - 1; i >= 0 && run.start - i <= kJoinPartMaxLines; --i) {
    const auto at = static_cast<std::size_t>(i);
    sum += decided[at] ? kCaptionLineWeight : LineWeight(lines[at], true);
    if (sum > best) {
      best = sum;
      top = i;
    }
  }
  if (top == run.start) return;
  const PartShape gained = ShapeOf(lines, decided, {top, run.start - 1});
  if (ParagraphsLikeTheRun(gained, ShapeOf(lines, decided, run))) run.start = top;
}

// Whether line `i` may stand between two parts of one article: no chrome,
// heading of a box, teaser, date or byline line, only the article's own
// lists, tables, code and product boxes.
bool InArticleGapLine(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  if (decided[at]) return true;
  const TextLine& l = lines[at];
  return !l.chrome && !l.section_head && !l.teaser && !l.date_line && !l.byline_line && !l.testimonial &&
         !l.card_label && !l.contents_entry;
}

// Whether line `i` may carry an article on below its run: its own lists,
// tables, code and short lines; no chrome, box heading, teaser, header
// line or line the page prints elsewhere (a menu). A code sample repeats
// its own lines ("}", "id: ID!").
bool ArticleBodyLine(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  if ((l.code || l.beside_code) && !l.chrome) return true;
  return InArticleGapLine(lines, decided, i) && !l.link_head && !l.cut_short && !IsRepeat(l);
}

// The first prose line under the header line `head`, past the header's
// short lines only (a save button, a sharing bar, a caption): -1 when
// another header line or more than kHeaderAnchorReach lines come first.
std::int64_t ProseUnderHeader(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t head,
                              std::int64_t end) {
  for (std::int64_t i = head + 1; i < end && i - head <= kHeaderAnchorReach; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (decided[at]) continue;
    const TextLine& l = lines[at];
    if (l.date_line || l.byline_line) return -1;
    if (l.prose && LineWeight(l, false) > 0) return i;
  }
  return -1;
}

// The part opening at line `top`, PartTop's mirror: the lines whose sum
// counted down from `top` is largest, before `end` and until more cost
// than prose has come. Its last line (`top` when none pays), and its
// shape in `best`.
std::int64_t PartBottom(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top,
                        std::int64_t end, PartShape& best) {
  PartShape shape;
  std::int64_t last = top;
  for (std::int64_t i = top; i < end; ++i) {
    AddLine(lines[static_cast<std::size_t>(i)], decided[static_cast<std::size_t>(i)], shape);
    if (shape.sum < 0) break;
    if (shape.sum > best.sum) {
      best = shape;
      last = i;
    }
  }
  return last;
}

// A directory of the publisher's sites or a teaser list, each entry a
// name and a one-sentence summary, outweighs a short story under its
// header: more short paragraphs than the story's few long ones. The part
// right under one of the first date or byline lines above the run wins
// when its paragraphs are several and far longer than the run's (text
// copies of a news page and of a shop's brand guide).
void PreferArticleUnderHeader(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  const PartShape shape = ShapeOf(lines, decided, run);
  if (shape.paragraphs < kDirectoryMinEntries || shape.short_lines < kDirectoryNameShare * shape.paragraphs) return;
  const double run_mean = shape.prose_length / shape.paragraphs;
  int tries = 0;
  for (std::int64_t h = 0; h < run.start && tries < kHeaderAnchorMaxTries; ++h) {
    const TextLine& l = lines[static_cast<std::size_t>(h)];
    if (decided[static_cast<std::size_t>(h)] || !(l.date_line || l.byline_line)) continue;
    const std::int64_t top = ProseUnderHeader(lines, decided, h, run.start);
    if (top < 0) continue;
    ++tries;
    PartShape gained;
    const std::int64_t last = PartBottom(lines, decided, top, run.start, gained);
    if (gained.paragraphs < kJoinPartMinParagraphs || gained.sum < kJoinPartMinSum) continue;
    if (gained.prose_length / gained.paragraphs >= kStoryOverDirectoryRatio * run_mean) {
      run = Run{top, last};
      return;
    }
  }
}

// Whether the run opens the page's prose: above it stand the menus and
// the header, with at most a standfirst's weight of prose.
bool OpensPageProse(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run) {
  double above = 0;
  for (std::int64_t i = 0; i < run.start && above <= kOpeningRunMaxProseAbove; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (!decided[at]) above += std::max(0.0, LineWeight(lines[at], false));
  }
  return above <= kOpeningRunMaxProseAbove;
}

// How often each line's text occurs from `from` to `last`.
std::unordered_map<std::string_view, std::int32_t> CopiesIn(const Document& doc, std::int64_t from,
                                                            std::int64_t last) {
  std::unordered_map<std::string_view, std::int32_t> copies;
  for (std::int64_t i = from; i <= last; ++i) ++copies[doc.blocks[static_cast<std::size_t>(i)].text];
  return copies;
}

// Whether line `i` is a field a listing under the run repeats in its own
// entries ("Fees based on income", "Start course"): every copy of it stands
// below the run's end (`tail` counts them), where a menu's or a footer's
// line is printed above the article too.
bool ListingOwnRepeat(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                      const std::unordered_map<std::string_view, std::int32_t>& tail, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  if (!IsRepeat(l) || decided[static_cast<std::size_t>(i)] || l.link_head || l.cut_short || l.chrome ||
      l.section_head || l.teaser || l.date_line || l.byline_line || l.testimonial || l.contents_entry)
    return false;
  const auto it = tail.find(doc.blocks[static_cast<std::size_t>(i)].text);
  return it != tail.end() && it->second == l.repeats;
}

// How many of the short repeated lines `fields` recur in at least
// kListingMinEntries entries from `first` to `last`: a product's name
// printed once in a listing and again in the footer's menu is no entry's
// field.
std::int64_t ListingFields(const Document& doc, const std::unordered_set<std::string_view>& fields,
                           std::int64_t first, std::int64_t last) {
  if (fields.size() < static_cast<std::size_t>(kListingMinFields)) return 0;
  const std::unordered_map<std::string_view, std::int32_t> passage = CopiesIn(doc, first, last);
  std::int64_t n = 0;
  for (const std::string_view text : fields) {
    const auto it = passage.find(text);
    n += it != passage.end() && it->second >= kListingMinEntries ? 1 : 0;
  }
  return n;
}

// An article made of lists, checklists and code under a short intro (a
// planning checklist, a tutorial): the intro wins the run, the lists cost
// more than their few sentences hold. When the run opens the page's
// prose, it goes on over the article's own lines to the last paragraph
// before a clear end (chrome, a box heading, a teaser, a menu line), when
// the lines passed are mostly list items, code or lines between prose and
// the paragraphs gained weigh enough: a teaser box's or a promo's lines are
// none of these. A listing closing the page (a directory, a course list,
// a brand guide) holds little prose: its entries repeat their own short
// fields ("Psychotherapy", "Start course") in several entries, no clear
// end; with at least two such fields the run goes on to the last entry
// holding one (text copies of three sites; a teaser list repeats one "more"
// link or a long headline, a page's menu prints its lines above the run).
void ExtendToClearEnd(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                      Run& run) {
  if (!OpensPageProse(lines, decided, run)) return;
  const auto n = static_cast<std::int64_t>(lines.size());
  const std::unordered_map<std::string_view, std::int32_t> tail = CopiesIn(doc, run.end + 1, n - 1);
  std::int64_t end = run.end, structured = 0, other = 0, structured_at_end = 0, other_at_end = 0;
  std::unordered_set<std::string_view> fields;
  const std::int64_t first = run.end + 1;
  std::int64_t last_own = -1, structured_at_own = 0, other_at_own = 0, i = first;
  double gained = 0;
  for (; i < n; ++i) {
    const bool own_repeat = ListingOwnRepeat(doc, lines, decided, tail, i);
    if (!own_repeat && !ArticleBodyLine(lines, decided, i)) break;
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    const double w = decided[static_cast<std::size_t>(i)] ? 0 : LineWeight(l, false);
    if (l.prose && w > 0) {
      gained += w;
      end = i;
      structured_at_end = structured;
      other_at_end = other;
    } else if (own_repeat || l.list_item || l.code || l.beside_code || l.between_prose) {
      ++structured;
    } else {
      ++other;
    }
    if (own_repeat) {
      if (l.stats.words <= kListingFieldMaxWords) fields.insert(doc.blocks[static_cast<std::size_t>(i)].text);
      last_own = i;
      structured_at_own = structured;
      other_at_own = other;
    }
  }
  if (gained >= kClearEndMinProseGained && structured_at_end >= other_at_end) run.end = end;
  if (structured_at_own >= other_at_own && ListingFields(doc, fields, first, i - 1) >= kListingMinFields) {
    // The listing ends with the entry holding its last repeated field.
    std::int64_t listing_end = last_own;
    const std::int32_t entry = lines[static_cast<std::size_t>(last_own)].group;
    while (listing_end + 1 < i && lines[static_cast<std::size_t>(listing_end + 1)].group == entry) ++listing_end;
    run.end = std::max(run.end, listing_end);
  }
}

// Whether prose line `i` is a paragraph a copy set with no blank line
// under the short lines above it, a blank line under it: Chromium copies
// no gap between a header's or a box's inline lines and the paragraph that
// follows them, where lynx and Firefox set the paragraph apart.
bool ClosesGlueGroup(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  if (l.group_lines < 2 || at == 0 || lines[at - 1].group != l.group || lines[at - 1].prose) return false;
  if (at + 1 < lines.size() && lines[at + 1].group == l.group) return false;
  std::int64_t glued = 0;
  for (std::size_t k = at; k-- > 0 && lines[k].group == l.group;) {
    if (decided[k] || lines[k].chrome) break;
    if (lines[k].prose || ++glued > kGluedLinesMax) return false;
  }
  return true;
}

// A guide's opening part can stand far above the run, past a table, a
// list or a product box that costs more than the part holds. The run
// goes up to the topmost paragraph standing alone between blank lines
// reached through such lines alone, when the paragraphs gained read like
// the run's. Not when a date or byline line stops the climb: the part
// opens a dated item of its own (a table's dated rows, the next story).
void JoinLeadAcrossCleanGap(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  std::int64_t top = run.start, i = run.start - 1;
  for (; i >= 0 && InArticleGapLine(lines, decided, i); --i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (!decided[static_cast<std::size_t>(i)] && l.prose && (l.group_lines == 1 || ClosesGlueGroup(lines, decided, i)) &&
        LineWeight(l, false) > 0)
      top = i;
  }
  if (top == run.start) return;
  const TextLine* stop = i >= 0 ? &lines[static_cast<std::size_t>(i)] : nullptr;
  if (stop && (stop->date_line || stop->byline_line)) return;
  const PartShape gained = ShapeOf(lines, decided, {top, run.start - 1});
  if (ParagraphsLikeTheRun(gained, ShapeOf(lines, decided, run))) run.start = top;
}

// Adds to `names` the capitalised words of `text` of at least
// kTellingWordMinBytes bytes (names, acronyms, German nouns) that do not
// open a sentence: the words that tell one story from another.
void AddTellingWords(std::string_view text, std::unordered_set<std::string_view>& names) {
  bool opens = true;  // the next word opens a sentence
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !std::isalnum(c)) {
      opens = opens || c == '.' || c == '!' || c == '?' || c == ':';
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() &&
           (static_cast<unsigned char>(text[end]) >= 0x80 || std::isalnum(static_cast<unsigned char>(text[end]))))
      ++end;
    if (!opens && std::isupper(c) && end - i >= kTellingWordMinBytes) names.insert(text.substr(i, end - i));
    opens = false;
    i = end;
  }
}

struct SharedWords {
  std::int64_t shared = 0;  // the part's telling words standing in the run too
  std::int64_t all = 0;     // the part's telling words
};

// The part's (`top` to `last`) telling words, and how many of them stand
// in the run too.
SharedWords SharedTellingWords(const Document& doc, std::int64_t top, std::int64_t last, const Run& run) {
  std::unordered_set<std::string_view> run_words, part_words;
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    AddTellingWords(doc.blocks[static_cast<std::size_t>(i)].text, run_words);
  }
  for (std::int64_t i = top; i <= last; ++i) AddTellingWords(doc.blocks[static_cast<std::size_t>(i)].text, part_words);
  SharedWords words;
  words.all = static_cast<std::int64_t>(part_words.size());
  for (const std::string_view w : part_words) words.shared += run_words.count(w) > 0 ? 1 : 0;
  return words;
}

// Whether at least `min` of the words, and `share` of them, are shared.
bool SharesWords(const SharedWords& words, std::int64_t min, double share) {
  return words.shared >= min && static_cast<double>(words.shared) >= share * static_cast<double>(words.all);
}

// Whether the part from `top` to `last` tells the run's story: of its
// telling words, at least kPartSharedWordsMin and kPartSharedWordsShare
// stand in the run too. Another story's teaser or an author's bio names
// other people and things.
bool TellsTheRunsStory(const Document& doc, std::int64_t top, std::int64_t last, const Run& run) {
  return SharesWords(SharedTellingWords(doc, top, last, run), kPartSharedWordsMin, kPartSharedWordsShare);
}

// Whether the unlabelled widget from `top` to before `end` is a box set
// in the article's text (a picture and its caption, a subhead over a
// short paragraph, a repeated label): at most kInTextBoxMaxLines lines,
// none a card's date, byline or time line nor a box heading.
bool InTextBox(const std::vector<TextLine>& lines, std::int64_t top, std::int64_t end) {
  if (end - top > kInTextBoxMaxLines) return false;
  for (std::int64_t i = top; i < end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.date_line || l.dated || l.byline_line || l.relative_time || l.link_head || l.teaser) return false;
  }
  return true;
}

// The article's first part, cut off above a widget set in its text
// ("Trending", an ad, a video box), or its lead paragraph alone under the
// header above related links or any widget (see LeadUnderHeader): joined
// to the run, up to a few times, the
// widgets' lines marked. Past an unlabelled box the part joins only
// when the box is the article's own (InTextBox) and the part names the
// run's people and things (TellsTheRunsStory); that box's lines stay. Only upwards: below the article, a
// newsletter box or a caption sets off an "about us" note or a
// sponsor's text of the same shape (text copies of blogs and press
// pages).
std::vector<bool> JoinAcrossWidgets(const Document& doc, const std::vector<TextLine>& lines,
                                    const std::vector<bool>& decided, Run& run) {
  std::vector<bool> widget(lines.size(), false);
  // The run's shape less the widgets' lines.
  PartShape shape = ShapeOf(lines, decided, run);
  for (int joins = 0; joins < kWidgetJoinsMax; ++joins) {
    std::int64_t top = WidgetTop(lines, decided, run.start, true);
    const bool unlabelled = top < 0;
    if (unlabelled) top = WidgetTop(lines, decided, run.start, false);
    if (top < 0) break;
    PartShape part;
    const std::int64_t part_top = PartTop(lines, decided, top - 1, part);
    if (part_top < 0) break;
    // An unlabelled box of the article's own lines (a picture, a subhead)
    // stays in it: its lines are judged as the run's are.
    const bool own_box = unlabelled && LikeTheRun(part, shape) && InTextBox(lines, top, run.start) &&
                         TellsTheRunsStory(doc, part_top, top - 1, run);
    const bool like = own_box || (!unlabelled && LikeTheRun(part, shape));
    const bool lead = !like && LeadUnderHeader(lines, decided, part_top, part, shape, top, run.start, unlabelled);
    if (!like && !lead) break;
    for (std::int64_t i = top; i < run.start && !own_box; ++i) widget[static_cast<std::size_t>(i)] = true;
    run.start = part_top;
    shape.sum += part.sum;
    shape.prose_length += part.prose_length;
    shape.paragraphs += part.paragraphs;
    // Above the lead stands the header: the article starts here.
    if (lead) break;
  }
  return widget;
}

// Whether the lines from `first` to before `end` may make up a box
// between the lead and the run: no header line of a card, teaser, box
// heading or link list's heading.
bool LeadBox(const std::vector<TextLine>& lines, std::int64_t first, std::int64_t end) {
  for (std::int64_t i = first; i < end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.date_line || l.dated || l.byline_line || l.relative_time || l.link_head || l.section_head || l.testimonial)
      return false;
  }
  return true;
}

// The last line of the lead opening at `top`: where the sum counted down
// from `top` is largest before `end`, dips through a caption allowed.
std::int64_t LeadBottom(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top,
                        std::int64_t end, PartShape& lead) {
  PartShape shape;
  std::int64_t last = -1;
  for (std::int64_t i = top; i < end; ++i) {
    AddLine(lines[static_cast<std::size_t>(i)], decided[static_cast<std::size_t>(i)], shape);
    if (last < 0 || shape.sum > lead.sum) {
      lead = shape;
      last = i;
    }
  }
  return last;
}

// The story's lead under its header, cut off from the run by one box (an
// ad slot, a paywall's offer, an infographic's consent notice; see
// kLeadBoxMaxLines): the run starts at the first paragraph under the
// header line when the lines from there to the run hold a lead worth
// kJoinPartMinSum in a few paragraphs (one is a picture's caption over
// its credit), then a box that costs more than it holds, and the lead
// names the run's people and things. The box's short and repeated lines
// are returned marked; a paragraph a copy set inside it stays.
std::vector<bool> JoinLeadAcrossBox(const Document& doc, const std::vector<TextLine>& lines,
                                    const std::vector<bool>& decided, Run& run) {
  std::vector<bool> box(lines.size(), false);
  std::int64_t head = run.start - 1;
  for (; head >= 0 && run.start - head <= kLeadBoxHeaderReach; --head) {
    const TextLine& l = lines[static_cast<std::size_t>(head)];
    if (l.date_line || l.byline_line) break;
  }
  if (head < 0 || run.start - head > kLeadBoxHeaderReach) return box;
  // A paragraph right under the header line is as often a standfirst
  // (see LeadUnderHeader): the lead stands past a picture or a line.
  const std::int64_t top = ProseUnderHeader(lines, decided, head, run.start);
  if (top - head < 2) return box;
  PartShape lead;
  const std::int64_t last = LeadBottom(lines, decided, top, run.start, lead);
  const std::int64_t box_lines = run.start - 1 - last;
  if (last < 0 || last - top >= kLeadMaxLines || box_lines < kWidgetMinLines || box_lines > kLeadBoxMaxLines ||
      lead.sum < kJoinPartMinSum || lead.paragraphs < kJoinPartMinParagraphs || !LeadBox(lines, last + 1, run.start) ||
      !SharesWords(SharedTellingWords(doc, top, last, run), kLeadSharedWordsMin, kLeadSharedWordsShare))
    return box;
  for (std::int64_t i = last + 1; i < run.start; ++i) {
    box[static_cast<std::size_t>(i)] = WidgetLine(lines, decided, i) || lines[static_cast<std::size_t>(i)].repeats > 1;
  }
  run.start = top;
  return box;
}

// Whether line `l` reads as a card's headline: a few words, no prose,
// no chrome, no byline or date.
bool CardTitle(const TextLine& l) {
  return !l.prose && !l.chrome && !l.section_head && !l.byline_line && !l.date_line &&
         l.stats.words >= kCardHeadlineMinWords;
}

// The standfirst, byline and date line can open the run when the
// standfirst reads as prose: the article starts after them. Past a third
// paragraph the article has begun, and a "by" or date line further down
// belongs to a widget or a picture, not to the header.
// A skip that would leave less prose than it drops was past a short
// post's footer ("Posted by ... at ..."), not its header. Under the page's
// own date or byline line, a "by" or date line set under a title in its
// blank-line group after the run's first prose is a card's (a related
// story, a book's facts): the article started at the run's top (text
// copies of news pages of two sites and of a book blog). The card's
// blank-line group, or -1.
std::int32_t SkipHeader(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  const std::int64_t header_end = std::min(run.end, run.start + kHeaderMaxLines);
  const bool under_header = UnderHeader(lines, decided, run.start);
  std::int64_t start = run.start;
  int paragraphs = 0;
  std::int32_t card = -1;  // the group of a card's title after prose
  for (std::int64_t i = run.start; i < header_end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.date_line || l.byline_line) {
      if (under_header && card == l.group) return card;
      start = i + 1;
    }
    if (l.prose) card = -1;
    if (paragraphs > 0 && card < 0 && CardTitle(l)) card = l.group;
    if (l.prose && l.group_lines == 1 && ++paragraphs > kHeaderMaxParagraphs) break;
  }
  if (ProseLength(lines, start, run.end) >= ProseLength(lines, run.start, start - 1)) run.start = start;
  return -1;
}

// Whether line `i` can be a point of a summary box: one statement, not
// long, not a caption. A numbered line is a step or an entry of the
// article's own list, a question an entry of its questions.
bool SummaryPoint(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                  std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  const std::string_view text = Trim(doc.blocks[at].text);
  return !decided[at] && !l.chrome && !l.section_head && l.stats.words <= kTextSummaryPointMaxWords &&
         EndsLikeSentence(text) && text.back() != '?' && (text.front() < '0' || text.front() > '9');
}

// Whether line `i` can title a summary box ("Key Points", "In Kürze:"):
// a few words, no sentence (a label's colon ends none), no header line.
bool SummaryTitle(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                  std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  const std::string_view text = Trim(doc.blocks[at].text);
  return !decided[at] && !l.prose && !l.date_line && !l.byline_line && l.stats.words >= 1 &&
         l.stats.words <= kSummaryTitleMaxWords && (text.back() == ':' || !EndsLikeSentence(text));
}

// Whether a short line holding a clock stands right above line `top`,
// past captions: the header's time stamp on a page that prints no year
// for today's stories ("Publiziert heute um 12:19 Uhr", "mandag 5.
// august kl. 14:47", "Publicerad 22:31": copies of Swiss, Norwegian and
// Swedish news pages), which is no date line.
bool UnderTimeStamp(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                    std::int64_t top) {
  for (std::int64_t i = top - 1; i >= 0 && top - i <= kLeadHeaderReach; --i) {
    const auto at = static_cast<std::size_t>(i);
    if (decided[at]) continue;
    if (lines[at].prose) return false;
    if (lines[at].stats.words <= kDateLineMaxWords && HoldsClock(doc.blocks[at].text)) return true;
  }
  return false;
}

// Whether the header's date, byline or time stamp stands right above
// line `top`.
bool UnderStamp(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                std::int64_t top) {
  return UnderHeader(lines, decided, top) || UnderTimeStamp(doc, lines, decided, top);
}

// The title of a summary box set under a picture that opens the run
// under the header (its caption lines, then its credit line: "Foto: Jane
// Roe (Agency)"): the line right under the credit, or -1.
std::int64_t TitleUnderPicture(const Document& doc, const std::vector<TextLine>& lines,
                               const std::vector<bool>& decided, const Run& run) {
  const std::int64_t reach = std::min(run.end, run.start + kLeadHeaderReach);
  for (std::int64_t i = run.start; i < reach; ++i) {
    if (!lines[static_cast<std::size_t>(i)].credit) continue;
    const bool titled = SummaryTitle(doc, lines, decided, i + 1) && UnderStamp(doc, lines, decided, run.start);
    return titled ? i + 1 : -1;
  }
  return -1;
}

// Where the article starts past a summary box titled by line `title`
// (its points end there), or -1 when no such box is there.
std::int64_t PastSummaryBox(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                            const Run& run, std::int64_t title) {
  if (title < 0) return -1;
  const std::int64_t first = title + 1;
  std::int64_t end = first;  // past the last point
  std::int32_t longest = 0;
  while (end <= run.end && end - first <= kTextSummaryMaxPoints && SummaryPoint(doc, lines, decided, end) &&
         lines[static_cast<std::size_t>(end)].group == lines[static_cast<std::size_t>(first)].group) {
    // A lead glued under the list is a sentence too, but longer.
    const std::int32_t words = lines[static_cast<std::size_t>(end)].stats.words;
    if (longest > 0 && words > longest * kTextSummaryLeadMinRatio) break;
    longest = std::max(longest, words);
    ++end;
  }
  const std::int64_t points = end - first;
  if (points < kTextSummaryMinPoints || points > kTextSummaryMaxPoints) return -1;
  if (ProseLength(lines, end, run.end) < kTextSummaryArticleMinRatio * ProseLength(lines, first, end - 1)) return -1;
  return end;
}

// A summary box opening the article: a short title right above the
// run's first line (or that line), then a few points of one sentence
// each in one blank-line group, as a list is copied; the paragraphs of an
// article each open a group of their own. The article starts after the
// points when more prose than theirs follows (news pages of four sites in
// German, Norwegian and English: "Key Points", "Kort fortalt", "In
// Kürze:"). A copy may glue the list to the lead under it, so the points
// end at the first line that is no such sentence or is far longer than
// the points before it. The box's first line (its title, or the picture
// over it), or -1 when there is none.
std::int64_t SkipSummaryBox(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                            Run& run) {
  std::int64_t title = SummaryTitle(doc, lines, decided, run.start) ? run.start : run.start - 1;
  if (title < 0 || !SummaryTitle(doc, lines, decided, title) || !UnderStamp(doc, lines, decided, title)) title = -1;
  std::int64_t end = PastSummaryBox(doc, lines, decided, run, title);
  if (end < 0) {
    end = PastSummaryBox(doc, lines, decided, run, TitleUnderPicture(doc, lines, decided, run));
    title = run.start;  // the box with the picture over it
  }
  if (end < 0) return -1;
  run.start = end;
  return title;
}

// A line ending in a colon, or a sentence that says a list follows.
bool AnnouncesList(const std::string& text, const TextLine& l) {
  if (text.back() == ':') return true;
  if (text.back() != '.' || !l.prose) return false;
  const std::string lower = " " + AsciiLower(text);
  return ContainsAny(lower, ListAnnouncers());
}

// A list the article announces just before it ends ("The tour dates:")
// belongs to it, although its items are short lines: the run goes on to
// the end of the list's group. An item a menu also names ("Brakes" in a
// list of car parts to check and in the services menu) does not end it
// (text copies of a car service's guide and a travel blog's guide); it
// ends where such items outnumber the others, at once when the first is
// one: a menu printed twice. The intro is looked for in the `reach`
// lines from the run's end. Whether it went on.
bool ExtendIntoList(const Document& doc, const std::vector<TextLine>& lines, std::int64_t reach, Run& run) {
  const auto n = static_cast<std::int64_t>(lines.size());
  for (std::int64_t i = run.end; i < std::min(n, run.end + reach); ++i) {
    const TextLine& intro = lines[static_cast<std::size_t>(i)];
    const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
    if (!AnnouncesList(text, intro) || intro.chrome || intro.section_head || intro.stats.words < kListIntroMinWords) continue;
    // The items follow in the intro's group, or make up the next group.
    std::int64_t j = i + 1;
    // A heading set above a sentence-like intro shares its group in
    // copies without blank lines around headings.
    if (j >= n || (lines[static_cast<std::size_t>(j)].group != intro.group && intro.group_lines > 1 && !intro.prose))
      return false;
    const std::int32_t group = lines[static_cast<std::size_t>(j)].group;
    std::int64_t last = -1, items = 0, repeated = 0;
    for (; j < n && j <= i + kMaxListItems && lines[static_cast<std::size_t>(j)].group == group; ++j) {
      const TextLine& item = lines[static_cast<std::size_t>(j)];
      if (item.chrome || item.section_head || item.credit) break;
      ++items;
      repeated += IsRepeat(item) ? 1 : 0;
      if (2 * repeated > items) break;
      last = j;
    }
    if (last <= i + 1) return false;
    run.end = last;
    return true;
  }
  return false;
}

// A guide's article goes on after a list it announces: its prose, or
// the next section announcing the next list under its subhead ("Older
// favourites:"). The run is carried on past each list as over short
// lines, a few times.
void ExtendThroughLists(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                        Run& run) {
  std::int64_t reach = kListIntroMaxLinesFromEnd;
  for (int lists = 0; lists < kListChainMax && ExtendIntoList(doc, lines, reach, run); ++lists) {
    ExtendThroughShortLines(lines, decided, run);
    reach = kListIntroMaxLinesFromEnd + 1;
  }
}

// Whether a line holds a figure past the marker it may open with ("3.",
// "12)", a bullet) and before a count it may close with ("Guides (82)", a
// category link): a table row's scores, a tour date, a time, a result.
bool HoldsFigure(std::string_view text) {
  if (!text.empty() && text.back() == ')') {
    const std::size_t open = text.rfind('(');
    if (open != std::string_view::npos &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(open) + 1, text.end() - 1,
                    [](char c) { return c >= '0' && c <= '9'; })) {
      text = text.substr(0, open);
    }
  }
  std::size_t i = 0;
  while (i < text.size() && (text[i] == '*' || text[i] == '-' || text[i] == ' ')) ++i;
  std::size_t j = i;
  while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
  if (j > i && j + 1 < text.size() && (text[j] == '.' || text[j] == ')') && text[j + 1] == ' ') i = j + 2;
  return std::any_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// Whether line i may be a row of a table or a list of figures set in the
// article: a short line of no box, link list or header, citing no web
// address (a list of sources).
bool DataRowLine(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                 std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  const std::string& text = doc.blocks[at].text;
  return !decided[at] && !l.prose && !l.chrome && !l.section_head && !l.date_line && !l.byline_line &&
         !l.teaser && !IsRepeat(l) && !l.testimonial && text.find("://") == std::string::npos &&
         text.find("www.") == std::string::npos;
}

// A row holding a figure beside other words: one token with digits is a
// picture's file name or a code ("x3rpxxz-O.jpg" between a news page's
// teasers).
bool FigureRow(const Document& doc, std::int64_t i) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  return text.find(' ') != std::string::npos && HoldsFigure(text);
}

// A standings table, tour dates, results or a timetable set between two
// parts of the article (no intro announcing it): rows of short lines, most
// holding a figure and the last one too, under at most a subhead, with the
// article's prose going on right below them. A copy keeps no table markup
// (Chromium and Firefox set cells apart by tabs, lynx by spaces), so the
// rows cost more than the closing paragraph holds. The run goes on to that
// paragraph; a related list's titles hold few figures, a box under a list
// opens with its label, and a footer menu has no prose after it. Whether
// it went on.
bool ExtendOverDataRows(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                        Run& run) {
  const auto n = static_cast<std::int64_t>(lines.size());
  std::int64_t i = run.end + 1, rows = 0, figures = 0;
  if (i < n && DataRowLine(doc, lines, decided, i) && !FigureRow(doc, i)) ++i;
  for (; i < n && i - run.end <= kMaxListItems && DataRowLine(doc, lines, decided, i); ++i) {
    ++rows;
    figures += FigureRow(doc, i) ? 1 : 0;
  }
  if (i >= n || rows < kDataRowsMin || figures * kDataRowsFigureShareDen < rows * kDataRowsFigureShareNum ||
      !FigureRow(doc, i - 1))
    return false;
  const TextLine& after = lines[static_cast<std::size_t>(i)];
  if (decided[static_cast<std::size_t>(i)] || !after.prose || after.chrome || after.section_head || after.teaser ||
      IsRepeat(after))
    return false;
  run.end = i;
  return true;
}

// Whether line `i` may belong to a block closing the article: the
// article's own table, list, code or directory, no chrome, box heading,
// teaser, header line or related links' heading.
bool ClosingBlockLine(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  return InArticleGapLine(lines, decided, i) && !l.link_head && !l.cut_short;
}

// How many lines of [first, last] the page also prints outside `from` to
// `last`: a menu's or a footer's, where a code sample's or a table's lines
// repeat within the article ("state: present" in each task, a playbook
// built up step by step and printed whole at the end).
std::int64_t RepeatsFromOutside(const Document& doc, const std::vector<TextLine>& lines, std::int64_t from,
                                std::int64_t first, std::int64_t last) {
  const std::unordered_map<std::string_view, std::int32_t> copies = CopiesIn(doc, from, last);
  std::int64_t outside = 0;
  for (std::int64_t i = first; i <= last; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (IsRepeat(l) && copies.at(doc.blocks[static_cast<std::size_t>(i)].text) < l.repeats) ++outside;
  }
  return outside;
}

// Whether a repeated line is a code line whose every copy stands in the
// run (`run_copies`): a tutorial's snippets printed again whole at its
// end, no menu's or footer's line (text copies of tutorials on six sites
// better; two pages whose truth leaves code samples out fell).
bool OwnCodeRepeat(const TextLine& l, const std::unordered_map<std::string_view, std::int32_t>& run_copies,
                   std::string_view text) {
  if (!l.code) return false;
  const auto it = run_copies.find(text);
  return it != run_copies.end() && it->second == l.repeats;
}

// An article closing with a code sample or a table and no prose after it
// (a tutorial's finished file, a training plan's last weeks): the run ends
// at its last paragraph, as the block's lines cost more than nothing after
// them pays for. The run goes on over the lines right under it up to a
// clear end (chrome, a box heading, a related links' heading, the copy's
// end) when the block opens with code or a line set beside code, is
// announced (the last line ends in ":") or mostly list items, code or
// rows holding figures, and repeats no line printed outside the article.
// A related list, a footer's contact lines or footnotes open with a label,
// a title or a note, not code (text copies of tutorials and a training
// plan on three sites; a list or figure row as opener lost pages).
void ExtendOverClosingBlock(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                            Run& run) {
  const auto n = static_cast<std::int64_t>(lines.size());
  const std::int64_t first = run.end + 1;
  std::int64_t stop = first;
  while (stop < n && stop - first < kClosingBlockMaxLines && ClosingBlockLine(lines, decided, stop)) ++stop;
  if (stop < n && ClosingBlockLine(lines, decided, stop)) return;
  if (stop - first < kClosingBlockMinLines) return;
  const TextLine& opening = lines[static_cast<std::size_t>(first)];
  if (!opening.code && !opening.beside_code) return;
  std::int64_t structured = 0, short_lines = 0;
  for (std::int64_t i = first; i < stop; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.list_item || l.code || l.beside_code || FigureRow(doc, i)) ++structured;
    if (!l.prose) ++short_lines;
  }
  const std::string& last = doc.blocks[static_cast<std::size_t>(run.end)].text;
  const bool announced = !last.empty() && last.back() == ':';
  if (!announced && 2 * structured < short_lines) return;
  if (RepeatsFromOutside(doc, lines, run.start, first, stop - 1) > 0) return;
  run.end = stop - 1;
}

// Whether byte `c` can open a word: a letter, or a byte of a letter
// outside ASCII.
bool OpensWord(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalpha(u) != 0;
}

// The count a roundup's title opens with ("7 Healthy Air Fryer Recipes"):
// a short line, no sentence, opening with a number of entries and a word.
// 0 when the line is no such title.
std::int64_t TitleCount(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  if (l.prose || l.chrome || l.section_head || l.date_line || l.byline_line || l.stats.words < kCardHeadlineMinWords) {
    return 0;
  }
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  // Two digits reach kCountedListingMaxEntries; a third makes no count.
  constexpr std::size_t kCountDigits = 2;
  std::size_t j = 0;
  std::int64_t n = 0;
  for (; j < text.size() && j < kCountDigits && text[j] >= '0' && text[j] <= '9'; ++j) n = n * 10 + (text[j] - '0');
  if (j == 0 || j + 1 >= text.size() || text[j] != ' ' || !OpensWord(text[j + 1])) return 0;
  return n >= kCountedListingMinEntries && n <= kCountedListingMaxEntries ? n : 0;
}

// Whether line `i` closes a roundup's entry as `first`, the first
// closer, does: a read-more label like it, or the same short action line
// ("Get the Recipe"); any of these when `first` is -1.
bool EntryCloser(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i, std::int64_t first) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  const bool label = l.link_head && IsNamed(l.chrome, kReadMoreLabel);
  if (first >= 0) {
    return lines[static_cast<std::size_t>(first)].link_head
               ? label
               : doc.blocks[static_cast<std::size_t>(i)].text == doc.blocks[static_cast<std::size_t>(first)].text;
  }
  return label || (IsRepeat(l) && !l.prose && !l.chrome && !l.section_head && l.stats.words <= kListingFieldMaxWords);
}

// The last entry closer of the roundup from line `from` on: entries are
// closed one after another in one way, each right under its sentence, at
// most kCountedEntryMaxLines apart past the run's end `end`, up to a box's
// heading, a closer under no sentence or a header line (a teaser's date or
// byline). How many in `entries`; -1 when none.
std::int64_t LastEntryCloser(const Document& doc, const std::vector<TextLine>& lines, std::int64_t from,
                             std::int64_t end, std::int64_t& entries) {
  const auto n = static_cast<std::int64_t>(lines.size());
  std::int64_t first = -1, last = -1, since = end;
  entries = 0;
  for (std::int64_t i = from; i < n && (i <= end || i - since <= kCountedEntryMaxLines); ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    const bool closer = EntryCloser(doc, lines, i, first);
    if (!closer && (l.date_line || l.byline_line || l.section_head)) break;
    if (!closer) continue;
    // An entry's closer follows its sentence; one under a title closes a
    // teaser, one under another closer heads a box.
    if (i == 0 || !lines[static_cast<std::size_t>(i - 1)].prose) break;
    if (first < 0) first = i;
    ++entries;
    last = i;
    since = std::max(since, i);
  }
  return last;
}

// A roundup (a recipe or project list) under a title counting its
// entries: each entry a title, a picture's text, a sentence and a short
// action line closing it ("Get the Recipe", "Continue Reading"). The
// entries hold little prose and their closers cost, so the run ends in
// the intro. When the entries closed from the counting title on are as
// many as it counts, the run goes on to the last closer; a teaser list's
// "more" links match no count the page's title gives (text copies of a
// recipe roundup and a craft roundup). The counting title's line, or -1
// when the run did not go on.
std::int64_t ExtendOverCountedListing(const Document& doc, const std::vector<TextLine>& lines,
                                      const std::vector<bool>& decided, Run& run) {
  // Titles near the run's start only: each is followed to the run's end.
  const std::int64_t last_title = std::min(run.end, run.start + kCountingTitleReach);
  for (std::int64_t i = std::max<std::int64_t>(0, run.start - kCountingTitleReach); i <= last_title; ++i) {
    const std::int64_t count = TitleCount(doc, lines, i);
    if (count == 0) continue;
    std::int64_t entries = 0;
    const std::int64_t last = LastEntryCloser(doc, lines, i + 1, run.end, entries);
    if (entries == count && last > run.end) {
      run.end = last;
      // A closing paragraph may follow the last entry; a read-more
      // label's link ends the run (EndBeforeClosingRelatedBox).
      if (!lines[static_cast<std::size_t>(last)].link_head) ExtendThroughShortLines(lines, decided, run);
      return i;
    }
  }
  return -1;
}

// A sign of a comment thread on line i: a commenter's relative time
// ("jdoe 2 hours ago"), a date line, "jdoe says:" or a reply button.
bool ThreadSign(const TextLine& l) {
  return l.relative_time || l.date_line || IsNamed(l.chrome, "comment: author says") ||
         IsNamed(l.chrome, "comment: action");
}

// Whether a comment thread opens at `head`, a comments heading ("36
// Comments", "12 Kommentare"): a thread sign within a few lines under it.
bool ThreadUnder(const std::vector<TextLine>& lines, std::int64_t head, std::int64_t last) {
  for (std::int64_t j = head + 1; j <= std::min(last, head + kThreadSignMaxLinesBelow); ++j) {
    if (ThreadSign(lines[static_cast<std::size_t>(j)])) return true;
  }
  return false;
}

// Relative times and prose from each line of the run to its end, counted
// once so that a copy of thousands of such lines stays linear.
// `signed_entries[k]`: the signed comments from line k of the run to its
// end when those lines hold nothing else (see CommentSignature), else 0.
struct RunTail {
  std::vector<int> times;
  std::vector<double> prose;
  std::vector<int> signed_entries;
};

// A commenter's signature line over a comment: the name, then the day it
// was written, a few words that are no sentence ("Marta Roe 12 April
// 2022", "Franca B. 19 aprile 2024 alle 9:12", "jdoe schrieb am
// 22.06.2010 um 19:02 Uhr:").
bool CommentSignature(const TextLine& l) {
  return l.dated && !l.opens_with_date && !l.prose && !l.byline_line && l.stats.words <= kCommentSignatureMaxWords;
}

RunTail CountTail(const std::vector<TextLine>& lines, const Run& run) {
  const auto n = static_cast<std::size_t>(run.end - run.start + 2);
  RunTail tail{.times = std::vector<int>(n, 0), .prose = std::vector<double>(n, 0),
               .signed_entries = std::vector<int>(n, 0)};
  bool entries_only = true;
  for (std::int64_t j = run.end; j >= run.start; --j) {
    const TextLine& l = lines[static_cast<std::size_t>(j)];
    const auto k = static_cast<std::size_t>(j - run.start);
    tail.times[k] = tail.times[k + 1] + (l.relative_time ? 1 : 0);
    tail.prose[k] = tail.prose[k + 1] + (l.prose ? l.length : 0);
    entries_only = entries_only && (l.prose || CommentSignature(l));
    if (entries_only) tail.signed_entries[k] = tail.signed_entries[k + 1] + (CommentSignature(l) ? 1 : 0);
  }
  return tail;
}

// Whether signed comments open a thread without a heading at line `i`,
// right under the article's last sentence: a signature line, and only
// signed comments from it to the run's end. A run that opens under a
// signature is the thread itself (the article above it was too short to
// win): cutting it would keep one comment.
bool SignedCommentsOpen(const std::vector<TextLine>& lines, const Run& run, const RunTail& tail, std::int64_t i,
                        std::size_t k) {
  const TextLine& above = lines[static_cast<std::size_t>(i - 1)];
  return CommentSignature(lines[static_cast<std::size_t>(i)]) && above.prose && above.stats.sentence_end &&
         tail.signed_entries[k] >= kThreadMinSignedComments &&
         (run.start == 0 || !CommentSignature(lines[static_cast<std::size_t>(run.start - 1)]));
}

// Whether commenters' relative times open a thread at line `k` of the
// run: more of them follow to the run's end, and the article's prose came
// before them (a live blog's entries carry such times from its top).
bool RelativeTimesOpen(const RunTail& tail, std::size_t k, double prose_before) {
  return tail.times[k] >= kThreadMinRelativeTimes && prose_before >= tail.prose[k];
}

// The thread's first heading: a comments heading a few short lines above
// `first` ("Discussion about this post" over "Write a comment..."), or
// `first`.
std::int64_t ThreadTop(const std::vector<TextLine>& lines, std::int64_t first, std::int64_t start) {
  std::int64_t top = first;
  for (std::int64_t j = first - 1; j > start && first - j <= kThreadSignMaxLinesBelow; --j) {
    const TextLine& l = lines[static_cast<std::size_t>(j)];
    if (l.prose) break;
    if (IsNamed(l.section_head, "section: comments")) top = j;
  }
  return top;
}

// A comment thread the run reads as more article, its comments being
// prose: under a comments heading with a thread sign below it, opened
// by commenters' relative times, or by signed comments right under the
// text (a comment box without a heading). The run ends above it.
void EndBeforeCommentThread(const std::vector<TextLine>& lines, Run& run) {
  if (run.start < 0 || run.end < run.start) return;
  const RunTail tail = CountTail(lines, run);
  double prose_before = 0;
  for (std::int64_t i = run.start + 1; i <= run.end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    const bool head = IsNamed(l.section_head, "section: comments") && ThreadUnder(lines, i, run.end);
    const auto k = static_cast<std::size_t>(i - run.start);
    if (prose_before > 0 && (head || (l.relative_time && RelativeTimesOpen(tail, k, prose_before)) ||
                             SignedCommentsOpen(lines, run, tail, i, k))) {
      run.end = ThreadTop(lines, i, run.start) - 1;
      return;
    }
    prose_before += l.prose ? l.length : 0;
  }
}

// The page's copyright line inside the run ("© 2025 Acme Media. All
// rights reserved."): the footer's last line. A copy prints the page's
// hidden layers after it (a fact-check note, an "about us" panel, a
// partner's notice, the article's licence), which read as prose. The run
// ends above it when less prose follows it than came before; a credit
// with a year set under a picture in the article has the article's text
// after it (text copies of blogs, shops' guides and news pages of six
// sites).
void EndBeforePageCopyright(const Document& doc, const std::vector<TextLine>& lines, Run& run) {
  if (run.start < 0 || run.end < run.start) return;
  const Heuristics& h = GetHeuristics();
  for (std::int64_t i = run.start + 1; i <= run.end; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (!IsNamed(lines[at].chrome, kCopyrightNotice) || !h.page_copyright_line.PartialMatch(Trim(doc.blocks[at].text))) {
      continue;
    }
    if (ProseLength(lines, i + 1, run.end) < ProseLength(lines, run.start, i - 1)) run.end = i - 1;
    return;
  }
}

// A line of a post's header giving its day: a date line, or a short line
// opening with the date, the author's name after it ("March 3, 2024 by
// Jane Doe", "4 marzo 2025 di Anna Rossi"), as blogs print it over each
// post. A label before the date is a listing's field ("Released: June 17,
// 2025 by Tor Books" in a book roundup), no header.
bool HeaderDateLine(const TextLine& l) { return l.date_line || (l.opens_with_date && !l.prose); }

// The shapes of the date lines above the run: the page's own header.
std::unordered_set<std::string> HeaderDateShapes(const Document& doc, const std::vector<TextLine>& lines,
                                                 const Run& run) {
  std::unordered_set<std::string> shapes;
  for (std::int64_t i = run.start - 1; i >= 0 && shapes.size() < kHeaderDateShapesMax; --i) {
    const auto at = static_cast<std::size_t>(i);
    if (HeaderDateLine(lines[at])) shapes.insert(LineShape(doc.blocks[at].text));
  }
  return shapes;
}

// The first line of the header over the date line `date`: the lines
// above it that are no prose, pictures' captions passed over, and a
// headline reading as prose but ending no sentence. `date` itself when
// the header holds no headline of a few words: a dated card of an events
// list, or a link card set in the article (name, date, "Read full story").
std::int64_t NextHeaderTop(const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                           std::int64_t date, std::int64_t start) {
  std::int64_t top = date, taken = 0;
  bool headline = false;
  for (std::int64_t j = date - 1; j > start; --j) {
    const auto at = static_cast<std::size_t>(j);
    if (decided[at]) continue;
    const TextLine& l = lines[at];
    if (l.prose) {
      if (!l.stats.sentence_end) return j;
      break;
    }
    if (++taken > kNextArticleHeaderMaxLines) break;
    headline = headline || (!l.chrome && !l.byline_line && !l.teaser && !l.cut_short && !IsRepeat(l) &&
                            l.stats.words >= kCardHeadlineMinWords);
    top = j;
  }
  return headline ? top : date;
}

// Whether the date line `i` has the shape of the page's header date.
bool HeaderShaped(const Document& doc, const std::vector<TextLine>& lines,
                  const std::unordered_set<std::string>& shapes, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return HeaderDateLine(lines[at]) && shapes.contains(LineShape(doc.blocks[at].text));
}

// The next article a page appends under this one (endless scroll): its
// header repeats the shape of the page's date line, under the next
// headline. The run ends above that header. A page appends a few such
// articles; more dates of that shape in the run are a list of dated
// events or a live blog's entries.
void EndBeforeNextArticle(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                          Run& run) {
  const std::unordered_set<std::string> shapes = HeaderDateShapes(doc, lines, run);
  if (shapes.empty()) return;
  std::int64_t dates = 0;
  for (std::int64_t i = run.start; i <= run.end && dates <= kNextArticlesMax; ++i) {
    dates += HeaderShaped(doc, lines, shapes, i) ? 1 : 0;
  }
  if (dates == 0 || dates > kNextArticlesMax) return;
  double prose_before = 0;
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (prose_before >= kNextArticleMinProseBefore && HeaderShaped(doc, lines, shapes, i)) {
      const std::int64_t top = NextHeaderTop(lines, decided, i, run.start);
      if (top < i) {
        run.end = top - 1;
        return;
      }
    }
    prose_before += lines[at].prose && !decided[at] ? lines[at].length : 0;
  }
}

// The name an author's bio opens with ("Jane Doe" in "Jane Doe is a
// writer who ..."): a few words before the copula; empty when the line
// does not open so.
std::string_view BioName(std::string_view text) {
  for (std::string_view copula : BioCopulas()) {
    const std::size_t at = text.find(copula);
    if (at == 0 || at == std::string_view::npos || at > kBioNameMaxChars) continue;
    const std::string_view name = text.substr(0, at);
    if (static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) < kBioNameMaxWords) return name;
  }
  return {};
}

// Whether `line` prints `name` as words of its own ("Written by Jane
// Doe", "Jane Doe, Founder"; not "Samsung" for "Sam").
bool PrintsName(std::string_view line, std::string_view name) {
  for (std::size_t at = line.find(name); at != std::string_view::npos; at = line.find(name, at + 1)) {
    const std::size_t after = at + name.size();
    const bool starts = at == 0 || line[at - 1] == ' ';
    const bool ends = after == line.size() || std::string_view(" ,'\xE2").find(line[after]) != std::string_view::npos;
    if (starts && ends) return true;
  }
  return false;
}

// The line above `bio`, at most kBoxNameMaxLinesAbove up and not above
// `top`, that prints the name the bio opens with, with no prose between:
// an author box's name line. -1 when there is none.
std::int64_t BoxNameLine(const Document& doc, const std::vector<TextLine>& lines, std::int64_t bio,
                         std::int64_t top) {
  const auto at = static_cast<std::size_t>(bio);
  if (!lines[at].prose) return -1;
  const std::string_view name = BioName(doc.blocks[at].text);
  if (name.empty()) return -1;
  top = std::max(top, bio - static_cast<std::int64_t>(kBoxNameMaxLinesAbove));
  for (std::int64_t j = bio - 1; j >= top && !lines[static_cast<std::size_t>(j)].prose; --j) {
    if (PrintsName(doc.blocks[static_cast<std::size_t>(j)].text, name)) return j;
  }
  return -1;
}

// An author box closing the run: the author's name on a short line, maybe
// a role line, then the bio opening with that name ("Jane Doe is a
// finance writer ..."), with at most a few lines after it. The run ends
// above the name, or above the box's label over it ("Written by"). A bio
// without the name above it may be an op-ed's own closing line, and a
// list of people or tools sets each item so ("Jane Doe" over "Jane Doe is
// a painter who ..."): only the run's first such pair can be a box.
void EndBeforeAuthorBox(const Document& doc, const std::vector<TextLine>& lines, Run& run) {
  for (std::int64_t i = run.start + 1; i <= run.end; ++i) {
    const std::int64_t name = BoxNameLine(doc, lines, i, run.start + 1);
    if (name < 0) continue;
    if (run.end - i > kTextBioMaxLinesAfter) return;
    const TextLine& above = lines[static_cast<std::size_t>(name - 1)];
    const bool label = name - 1 > run.start && !above.prose && above.stats.words <= kBoxLabelMaxWords;
    run.end = label ? name - 2 : name - 1;
    return;
  }
}

// Whether a byline line above line `bio` ("By Jane Doe | Agency") prints
// `name`: the page's header names the writer the bio is about.
bool BylineAbovePrints(const Document& doc, const std::vector<TextLine>& lines, std::int64_t bio,
                       std::string_view name) {
  for (std::int64_t j = 0; j < bio; ++j) {
    const auto at = static_cast<std::size_t>(j);
    if (lines[at].byline_line && PrintsName(doc.blocks[at].text, name)) return true;
  }
  return false;
}

// An author's bio closing the run with no name line above it ("Jane Doe
// is a politics reporter for ..."), about the writer the header's byline
// line names: the page's author box, not the article. An op-ed's own
// closing line about a guest writer stays when no byline line names the
// writer (text copies of a news site's and of three magazines' and blogs'
// pages). At most a few lines follow the bio, and few sentences (a
// newsletter's pitch, the network's name; a footer's links glued into one
// long line end none): a guest post's host thanking the writer under the
// bio is the article's own closing (a blog's copy).
void EndBeforeBylineBio(const Document& doc, const std::vector<TextLine>& lines, Run& run) {
  const std::int64_t from = std::max(run.start + 1, run.end - kTextBioMaxLinesAfter);
  for (std::int64_t i = from; i <= run.end; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (!lines[at].prose) continue;
    const std::string_view name = BioName(doc.blocks[at].text);
    if (name.empty() || !BylineAbovePrints(doc, lines, i, name)) continue;
    std::int64_t after = 0;
    for (std::int64_t j = i + 1; j <= run.end; ++j) {
      const TextLine& l = lines[static_cast<std::size_t>(j)];
      if (l.prose && l.stats.sentence_end) after += l.length;
    }
    if (after <= kBylineBioMaxProseAfter) run.end = i - 1;
    return;
  }
}

// Whether line `i` heads the name line under it with one word before the
// name ("Sobre Carlos Nadalim" over "Carlos Nadalim", "About Jane Doe").
bool HeadsNameLine(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i, std::int64_t end) {
  if (i + 1 > end) return false;
  const std::string_view head = doc.blocks[static_cast<std::size_t>(i)].text;
  const std::string_view name = doc.blocks[static_cast<std::size_t>(i + 1)].text;
  const TextLine& n = lines[static_cast<std::size_t>(i + 1)];
  return !n.prose && n.stats.words >= 2 && static_cast<std::size_t>(n.stats.words) <= kBioNameMaxWords &&
         lines[static_cast<std::size_t>(i)].stats.words == n.stats.words + 1 && head.size() > name.size() &&
         head.substr(head.size() - name.size()) == name && head[head.size() - name.size() - 1] == ' ';
}

// Whether line `i` labels an author box: an "About the author" heading,
// or one over the author's name line, with the bio's prose right under
// it or under the name line.
bool BoxLabel(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i, std::int64_t end) {
  if (!IsNamed(lines[static_cast<std::size_t>(i)].section_head, kAuthorBoxHead) && !HeadsNameLine(doc, lines, i, end)) {
    return false;
  }
  for (std::int64_t j = i + 1; j <= end && j <= i + 2; ++j) {
    if (lines[static_cast<std::size_t>(j)].prose) return true;
  }
  return false;
}

// An author box closing the run under its label, whose bio does not
// open with the author's full name ("About the author" over a name and
// "Carla writes ...", "Sobre Carlos Nadalim" over the name and "Father
// of two, Carlos ..."; text copies of a news site's and a blog's pages):
// the run ends above the label when at most a few lines follow it.
void EndBeforeBoxLabel(const Document& doc, const std::vector<TextLine>& lines, Run& run) {
  const std::int64_t from = std::max(run.start + 1, run.end - kTextBioMaxLinesAfter);
  for (std::int64_t i = from; i < run.end; ++i) {
    if (!BoxLabel(doc, lines, i, run.end)) continue;
    run.end = i - 1;
    return;
  }
}

// The length of line `i` if it is prose not yet decided, else 0: a box's
// link titles are no prose, so a long list of them weighs nothing.
std::int64_t UndecidedProseLength(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  return l.prose && !decided[static_cast<std::size_t>(i)] ? l.length : 0;
}

// Whether a related-stories box comes right under the run, past no
// prose (the item's author), or closes the run with no prose under it:
// it closes an item of a list (a review's "More on ..."), each item
// ending so, the boxes above too.
bool BoxRightBelow(const std::vector<TextLine>& lines, const Run& run) {
  const auto first = static_cast<std::size_t>(run.end) + 1;
  for (std::size_t i = first; i < lines.size() && i < first + kBoxBelowRunReach; ++i) {
    if (lines[i].link_head) return true;
    if (lines[i].prose) return false;
  }
  return false;
}

// A related-stories box near the run's end ("Related content", "More from
// this author") with little under it, an author's bio, a donation appeal
// or a teaser's summary: the article ended at the box. A box inside the
// article has the article's last paragraphs under it, a larger share.
// From the end up, so that boxes stacked at the end all go.
void EndBeforeClosingRelatedBox(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  if (BoxRightBelow(lines, run)) return;
  std::int64_t before = 0;
  for (std::int64_t i = run.start; i <= run.end; ++i) before += UndecidedProseLength(lines, decided, i);
  std::int64_t after = 0;
  bool cut = false;
  for (std::int64_t i = run.end; i > run.start; --i) {
    const std::int64_t length = UndecidedProseLength(lines, decided, i);
    before -= length;
    if (lines[static_cast<std::size_t>(i)].link_head) {
      if (after == 0 && !cut) return;  // closing the run: see BoxRightBelow
      if (after * kClosingRelatedBoxTailShare < before) {
        run.end = i - 1;
        after = 0;
        cut = true;
        continue;
      }
    }
    after += length;
  }
}

// A card's picture text reads as a sentence ("A man walks past the
// court.") but goes on the group above it with its headline after it.
// A paragraph after the links opens a group of its own, though a heading
// may follow it there.
bool CardPicture(const std::vector<TextLine>& lines, std::size_t i) {
  if (i == 0 || i + 1 >= lines.size()) return false;
  const TextLine& next = lines[i + 1];
  return lines[i - 1].group == lines[i].group && next.group == lines[i].group && !next.prose && !next.chrome &&
         !next.section_head && !next.list_item && next.stats.words >= kCardHeadlineMinWords;
}

// The lines under a related-stories heading ("More from UK", "Read
// more"), up to where the article resumes: links, and cards of picture
// text and headline right under the heading, one after another.
std::vector<bool> MarkRelatedLinks(const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                                   const Run& run) {
  std::vector<bool> links(lines.size(), false);
  bool in_links = false, card_may_open = false, after_picture = false;
  for (auto i = static_cast<std::size_t>(run.start); i <= static_cast<std::size_t>(run.end); ++i) {
    if (decided[i]) continue;
    const TextLine& l = lines[i];
    if (l.link_head) {
      in_links = card_may_open = true;
      after_picture = false;
      continue;
    }
    const bool picture = l.prose && card_may_open && CardPicture(lines, i);
    in_links = in_links && (!l.prose || picture);
    links[i] = in_links;
    card_may_open = !l.prose && after_picture;
    after_picture = picture;
  }
  return links;
}

// The end of a teaser list that opens at the heading `head`: cards of
// non-prose lines (headline, label, credit) each with at most one short
// prose summary, up to chrome, another heading or the run's end. -1 when
// fewer than kTeaserListMinCards cards have a summary, or when running
// prose follows: the short paragraphs were the article's, resuming under
// its subheads.
std::int64_t TeaserListEnd(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::size_t head,
                           std::size_t last) {
  int summaries = 0;
  // Picture text may come first, but each summary follows its headline.
  bool after_headline = false;
  std::int64_t end = -1;
  for (std::size_t i = head + 1; i <= last; ++i) {
    if (decided[i] || lines[i].furniture) continue;
    const TextLine& l = lines[i];
    if (l.chrome || l.section_head) break;
    if (!l.prose) {
      after_headline = true;
      continue;
    }
    if (l.length > kTeaserSummaryMaxLength || (!after_headline && summaries > 0)) return -1;
    if (!after_headline) continue;
    after_headline = false;
    ++summaries;
    end = static_cast<std::int64_t>(i);
  }
  return summaries >= kTeaserListMinCards ? end : -1;
}

// Marks the teaser lists with summaries under related-stories headings.
void MarkTeaserLists(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run,
                     std::vector<bool>& links) {
  // The list may go on past the run's end, where its summaries still count.
  const auto last = static_cast<std::size_t>(run.end);
  for (auto i = static_cast<std::size_t>(run.start); i <= last; ++i) {
    if (decided[i] || !lines[i].link_head) continue;
    const std::int64_t end = std::min(TeaserListEnd(lines, decided, i, lines.size() - 1), run.end);
    for (std::size_t j = i + 1; end >= 0 && j <= static_cast<std::size_t>(end); ++j) links[j] = !decided[j];
  }
}

// Whether line `i`, the `n`-th under a sign-up field, is past its box: a
// sentence (the article resuming; a box's button and options are no
// sentences), decided (a caption), or past the button and right above a
// paragraph, so the article's subhead.
bool PastSignUpBox(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i,
                   std::int64_t n) {
  const auto at = static_cast<std::size_t>(i);
  if (decided[at] || lines[at].prose) return true;
  return n > 0 && at + 1 < lines.size() && lines[at + 1].prose;
}

// Whether the prose line `at`, the `n`-th over a sign-up field, is apart
// from its box: the pitch sits right over the field, even past a blank
// line ("Plan your next getaway with ...", news sites' newsletter boxes
// of four sites), farther up only the box's title or a sentence set with
// the field, no blank line between (a sentence apart is the article's
// last one, "... in the video below:").
bool ApartFromSignUpBox(const std::vector<TextLine>& lines, std::size_t at, std::size_t field, std::int64_t n) {
  return n > 0 && lines[at].prose && lines[at].group != lines[field].group;
}

// Whether line `i` over the pitch at i + 1 is the box's title: a short
// line ending no sentence, undecided, under the run's start. A pitch of
// two sentences, in a copy with no blank lines, sets them apart from
// the field only by its own lines.
bool SignUpBoxTitle(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run,
                    std::int64_t i) {
  if (i < run.start) return false;
  const auto at = static_cast<std::size_t>(i);
  return !decided[at] && !lines[at].prose && lines[at].length <= kSignUpBoxLineMaxLength &&
         lines[at].group != lines[at + 1].group;
}

// Marks the box around the sign-up field at `field`: up to kSignUpBoxReach
// lines each way within the run, up to a line too long for a notice or
// the box's title above it and a line past the box under it.
void MarkSignUpBox(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run,
                   std::int64_t field, std::vector<bool>& box) {
  const auto at_field = static_cast<std::size_t>(field);
  box[at_field] = true;
  for (std::int64_t i = field - 1, n = 0; i >= run.start && n < kSignUpBoxReach; --i, ++n) {
    const auto at = static_cast<std::size_t>(i);
    if (decided[at] || lines[at].length > kSignUpBoxLineMaxLength) break;
    if (ApartFromSignUpBox(lines, at, at_field, n)) {
      // The upper sentence of a two-sentence pitch under its title.
      if (lines[at_field].group_lines > 1 || !SignUpBoxTitle(lines, decided, run, i - 1)) break;
      box[at] = box[at - 1] = true;
      break;
    }
    box[at] = true;
    // A box's title read as chrome ("Sign up for our newsletter") is its top.
    if (lines[at].chrome) break;
  }
  for (std::int64_t i = field + 1, n = 0; i <= run.end && n < kSignUpBoxReach; ++i, ++n) {
    if (PastSignUpBox(lines, decided, i, n)) break;
    box[static_cast<std::size_t>(i)] = true;
  }
}

// Marks the fine print at `line` and the form's button and field right
// above it, up to kSignUpBoxReach lines that are no prose: it reads as a
// sentence, so the field's box may stop short of it, and a form's field
// may print no label at all.
void MarkFinePrint(const std::vector<TextLine>& lines, const std::vector<bool>& decided, const Run& run,
                   std::int64_t line, std::vector<bool>& box) {
  box[static_cast<std::size_t>(line)] = true;
  for (std::int64_t i = line - 1, n = 0; i >= run.start && n < kSignUpBoxReach; --i, ++n) {
    const auto at = static_cast<std::size_t>(i);
    if (decided[at] || lines[at].prose) break;
    box[at] = true;
  }
}

// The newsletter and demo-request boxes set in the run, found by their
// e-mail field, whose label is no line an article prints on its own, or
// by the fine print under their button.
std::vector<bool> MarkSignUpBoxes(const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                                  const Run& run) {
  std::vector<bool> box(lines.size(), false);
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.signup_field) MarkSignUpBox(lines, decided, run, i, box);
    if (l.fine_print) MarkFinePrint(lines, decided, run, i, box);
  }
  return box;
}

// Whether line `i` beside a player's length belongs to its box: a short
// line ending no sentence (the video's title, its age) not yet decided.
bool InMediaBox(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return !decided[at] && lines[at].length <= kMediaBoxLineMaxLength && !EndsLikeSentence(doc.blocks[at].text);
}

// The video boxes set in the run, found by a length printed alone on its
// line ("Duration 1:30"): the length and the title lines next to it, up
// to a sentence, which is the article going on.
std::vector<bool> MarkMediaBoxes(const Document& doc, const std::vector<TextLine>& lines,
                                 const std::vector<bool>& decided, const Run& run) {
  std::vector<bool> box(lines.size(), false);
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    if (!lines[static_cast<std::size_t>(i)].media_length) continue;
    box[static_cast<std::size_t>(i)] = true;
    // The title above, and above the video's age the title over it.
    for (std::int64_t j = i - 1; j >= run.start && InMediaBox(doc, lines, decided, j); --j) {
      box[static_cast<std::size_t>(j)] = true;
      const TextLine& l = lines[static_cast<std::size_t>(j)];
      if (i - j >= kMediaBoxReachAbove || !(l.relative_time || l.date_line)) break;
    }
    const std::int64_t bottom = std::min(run.end, i + kMediaBoxReachBelow);
    for (std::int64_t j = i + 1; j <= bottom && InMediaBox(doc, lines, decided, j); ++j) {
      box[static_cast<std::size_t>(j)] = true;
    }
  }
  return box;
}

// Other stories' dated cards closing the run (see DatedCardsTop): the
// article ended above them.
void EndBeforeDatedCards(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                         Run& run) {
  run.end = DatedCardsTop(doc, lines, decided, run.start, run.end) - 1;
}

// The run took on the short lines after its prose because of what came
// after them; once its tail is cut, they end it only if they still pay:
// the end moves back to where the sum from its start is largest, when
// the lines past there cost at least kCutTailMinCost.
void EndAtBestSumAfterCut(const std::vector<TextLine>& lines, const std::vector<bool>& decided, Run& run) {
  double sum = 0, best = 0;
  std::int64_t best_end = run.end;
  for (std::int64_t i = run.start; i <= run.end; ++i) {
    const auto at = static_cast<std::size_t>(i);
    sum += decided[at] ? kCaptionLineWeight : LineWeight(lines[at], true);
    if (sum > best) {
      best = sum;
      best_end = i;
    }
  }
  if (best - sum >= kCutTailMinCost) run.end = best_end;
}

// A contents list's title kept in a copy's text titles nothing when the
// line below is left out or is prose: the list is folded shut in the copy
// (the title sits over the first paragraph) or was dropped as a list.
void DropCopyContentsTitles(const Document& doc, const std::vector<TextLine>& lines, const Run& run, Selection& sel) {
  for (auto i = static_cast<std::size_t>(run.start); i <= static_cast<std::size_t>(run.end); ++i) {
    if (!sel.IsBody(i) || !IsContentsHead(doc.blocks[i].text)) continue;
    const std::size_t next = i + 1;
    if (next < lines.size() && sel.IsBody(next) && !lines[next].prose) continue;
    sel.Set(i, Role::kDropped, "dropped: title of a contents list left out");
  }
}

// Where each line printed just twice is printed: first and second.
using TwiceCopies = std::unordered_map<std::string_view, std::pair<std::int64_t, std::int64_t>>;
TwiceCopies WhereTwice(const Document& doc, const std::vector<TextLine>& lines) {
  TwiceCopies at;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].repeats != kArticleLabelMaxCopies) continue;
    const auto [it, first] = at.try_emplace(doc.blocks[i].text, static_cast<std::int64_t>(i), -1);
    if (!first) it->second.second = static_cast<std::int64_t>(i);
  }
  return at;
}

// Whether the second copy of line `i` sits beside a paragraph or another
// line the run printed first: the article's text printed again (a page
// repeating its FAQ) or a contents or summary list naming its own subheads,
// however long they run. A related title's second copy sits in a list of
// other stories' titles.
bool SecondCopyBesideOwnText(const Document& doc, const std::vector<TextLine>& lines, const Run& run,
                             const TwiceCopies& twice, std::int64_t i) {
  const std::int64_t second = twice.at(doc.blocks[static_cast<std::size_t>(i)].text).second;
  for (const std::int64_t k : {second - 1, second + 1}) {
    if (k < 0 || k >= static_cast<std::int64_t>(doc.blocks.size())) continue;
    if (lines[static_cast<std::size_t>(k)].prose) return true;
    const auto other = twice.find(doc.blocks[static_cast<std::size_t>(k)].text);
    if (other != twice.end() && other->second.first >= run.start && other->second.first <= run.end &&
        other->second.second == k) {
      return true;
    }
  }
  return false;
}

// Whether repeated line `i` is a label of the article's own (a review's
// "Pros", a spec name, a price row, a subhead): label-sized or listed again
// beside other lines of the article (a related story's title between two
// paragraphs, printed again in a "Most read" list, is neither), printed
// just twice, first here (a table or a summary box below prints it
// again), and set between two lines the run keeps, none of them printed
// elsewhere. A menu's, a related
// list's or a footer's entry comes in a run of other repeated lines or
// more often; a list alternating titles and pictures repeats within two
// lines; a title a list above names is that list's second copy.
bool ArticleLabelRepeat(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                        const Run& run, const TwiceCopies& twice, std::int64_t i) {
  const TextLine& line = lines[static_cast<std::size_t>(i)];
  if (line.repeats != kArticleLabelMaxCopies || i - 1 < run.start || i + 1 > run.end ||
      twice.at(doc.blocks[static_cast<std::size_t>(i)].text).first != i) {
    return false;
  }
  if (line.stats.words > kArticleLabelMaxWords && !SecondCopyBesideOwnText(doc, lines, run, twice, i)) return false;
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  for (const std::int64_t k : {i - 1, i + 1}) {
    const TextLine& n = lines[static_cast<std::size_t>(k)];
    if (decided[static_cast<std::size_t>(k)] || IsRepeat(n) || n.chrome || n.section_head || n.link_head ||
        n.teaser || n.cut_short) {
      return false;
    }
  }
  const auto near = [&](std::int64_t k) {
    return k >= 0 && k < static_cast<std::int64_t>(lines.size()) && doc.blocks[static_cast<std::size_t>(k)].text == text;
  };
  return !near(i - 2) && !near(i + 2);
}

}  // namespace

bool SummaryBoxLine(const Verdict& v) { return IsNamed(v.reason, kSummaryBoxReason); }

// Text copies: the article is the run of lines with the most prose, where
// chrome lines and short non-prose lines count against the run (the
// maximum-sum segment of per-line weights).
Selection SelectTextArticle(const Document& doc) {
  Selection sel;
  sel.verdicts.assign(doc.blocks.size(), Verdict{});
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  std::vector<bool> decided(doc.blocks.size(), false);
  MarkTextCaptions(doc, lines, sel, decided);
  Run run = ProseRun(lines, decided);
  if (run.start < 0) return sel;
  PreferArticleUnderHeader(lines, decided, run);
  ExtendThroughShortLines(lines, decided, run);
  ExtendUpThroughShortLines(lines, decided, run);
  JoinLeadAcrossCleanGap(lines, decided, run);
  std::vector<bool> widget = JoinAcrossWidgets(doc, lines, decided, run);
  const std::vector<bool> lead_box = JoinLeadAcrossBox(doc, lines, decided, run);
  for (std::size_t i = 0; i < lead_box.size(); ++i) widget[i] = widget[i] || lead_box[i];
  const std::int32_t card = SkipHeader(lines, decided, run);
  for (std::int64_t i = SkipSummaryBox(doc, lines, decided, run); i >= 0 && i < run.start; ++i) {
    if (!decided[static_cast<std::size_t>(i)]) sel.Set(static_cast<std::size_t>(i), Role::kDropped, kSummaryBoxReason);
  }
  ExtendThroughLists(doc, lines, decided, run);
  for (int tables = 0; tables < kDataTableChainMax && ExtendOverDataRows(doc, lines, decided, run); ++tables) {
    ExtendThroughShortLines(lines, decided, run);
  }
  ExtendToClearEnd(doc, lines, decided, run);
  ExtendOverClosingBlock(doc, lines, decided, run);
  const std::int64_t roundup = ExtendOverCountedListing(doc, lines, decided, run);
  const std::int64_t extended_end = run.end;
  EndBeforePageCopyright(doc, lines, run);
  EndBeforeCommentThread(lines, run);
  EndBeforeNextArticle(doc, lines, decided, run);
  EndBeforeAuthorBox(doc, lines, run);
  EndBeforeBoxLabel(doc, lines, run);
  EndBeforeBylineBio(doc, lines, run);
  EndBeforeClosingRelatedBox(lines, decided, run);
  EndBeforeDatedCards(doc, lines, decided, run);
  if (run.end < extended_end) EndAtBestSumAfterCut(lines, decided, run);
  MarkFiguresBesideParagraphs(doc, lines, sel, decided);
  MarkPictureLinesInRun(doc, lines, run.start, run.end, sel, decided);

  KeepCaptionsNear(run.start, run.end, sel);

  std::vector<bool> links = MarkRelatedLinks(lines, decided, run);
  MarkTeaserLists(lines, decided, run, links);
  // A roundup's read-more closers head no related links: its titles stay.
  for (std::int64_t i = std::max<std::int64_t>(roundup, 0); roundup >= 0 && i <= run.end; ++i) {
    links[static_cast<std::size_t>(i)] = false;
  }
  const std::vector<bool> signup = MarkSignUpBoxes(lines, decided, run);
  const std::vector<bool> media = MarkMediaBoxes(doc, lines, decided, run);
  const std::vector<bool> quotes = MarkTextPullQuotes(doc, lines, decided, run.start, run.end);
  const std::vector<bool> lone_card = LoneCardInText(doc, lines, decided, run.start, run.end);
  const std::vector<bool> teasers = MarkUnlabelledTeaserRuns(doc, lines, decided, run.start, run.end);
  const std::unordered_map<std::string_view, std::int32_t> run_copies = CopiesIn(doc, run.start, run.end);
  const TwiceCopies twice = WhereTwice(doc, lines);
  for (auto i = static_cast<std::size_t>(run.start); i <= static_cast<std::size_t>(run.end); ++i) {
    if (decided[i]) continue;
    const TextLine& l = lines[i];
    if (links[i]) {
      sel.Set(i, Role::kDropped, "dropped: link under a related-stories heading");
    } else if (signup[i]) {
      sel.Set(i, Role::kDropped, "dropped: sign-up box around an e-mail field or its fine print");
    } else if (media[i]) {
      sel.Set(i, Role::kDropped, "dropped: video box around a player's length");
    } else if (quotes[i]) {
      sel.Set(i, Role::kDropped, "dropped: pull quote over its speaker's name");
    } else if (lone_card[i]) {
      sel.Set(i, Role::kDropped, "dropped: another story's dated card between two paragraphs");
    } else if (teasers[i]) {
      sel.Set(i, Role::kDropped, "dropped: other stories' headlines between two paragraphs");
    } else if (l.group == card && !l.prose) {
      sel.Set(i, Role::kDropped, "dropped: a card's title, byline and date under the lead");
    } else if (widget[i]) {
      sel.Set(i, Role::kDropped, "dropped: widget between two parts of the article");
    } else if (l.testimonial) {
      sel.Set(i, Role::kDropped, "dropped: testimonial carousel");
    } else if (l.chrome || l.section_head) {
      sel.Set(i, Role::kDropped, l.chrome ? l.chrome : l.section_head);
    } else if (l.contents_entry) {
      sel.Set(i, Role::kDropped, "dropped: contents list naming the subheads below");
    } else if (IsRepeat(l) && !l.card_label && !OwnCodeRepeat(l, run_copies, doc.blocks[i].text) &&
               !ArticleLabelRepeat(doc, lines, decided, run, twice, static_cast<std::int64_t>(i))) {
      sel.Set(i, Role::kDropped, "dropped: repeated elsewhere on the page");
    } else if (l.stats.words < kBodyLineMinWords && l.stats.wide == 0 && !l.prose && !l.card_label) {
      sel.Set(i, Role::kDropped, "dropped: one-word line");
    } else {
      sel.Set(i, Role::kBody, "body: in the longest prose run");
    }
  }
  DropCopyContentsTitles(doc, lines, run, sel);
  MarkTextComments(lines, sel);
  sel.root = 1;
  return sel;
}

}  // namespace pith
