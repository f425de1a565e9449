#include "clean/comment_blocks.h"

#include <string>
#include <unordered_map>

#include "clean/thresholds.h"
#include "metadata/dates.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

// What an element's class says it is in a comment, as bits.
enum ClassBits : std::uint8_t {
  kItemClass = 1,
  kTextClass = 2,
  kAuthorClass = 4,
  kDateClass = 8,
  kToolsClass = 16,
  kLayerClass = 32,
};

class ClassReader {
 public:
  std::uint8_t Bits(std::string_view cls) {
    if (cls.empty()) return 0;
    auto it = cache_.find(cls);
    if (it != cache_.end()) return it->second;
    const Heuristics& h = GetHeuristics();
    std::uint8_t bits = 0;
    if (h.comment_item_class.Matches(cls)) bits |= kItemClass;
    if (h.comment_text_class.Matches(cls)) bits |= kTextClass;
    if (h.comment_author_class.Matches(cls)) bits |= kAuthorClass;
    if (h.date_class.Matches(cls)) bits |= kDateClass;
    if (h.comment_tools_class.Matches(cls)) bits |= kToolsClass;
    if (h.comment_layer_class.Matches(cls)) bits |= kLayerClass;
    cache_.emplace(cls, bits);
    return bits;
  }

 private:
  std::unordered_map<std::string_view, std::uint8_t> cache_;
};

// One comment: by its id or microdata anywhere, by its class only inside a
// comment section (a Japanese shop's "dd.comment" is a product's blurb).
bool IsItem(const Element& e, bool in_section, ClassReader& classes) {
  if (e.id.find("comm") != std::string_view::npos && GetHeuristics().comment_item_id.Matches(e.id)) return true;
  if (AsciiLower(Trim(e.itemprop)) == "comment" || AsciiLower(e.itemtype).find("comment") != std::string::npos) {
    return true;
  }
  if (!in_section) return false;
  // "ast-comment-content comment" is the text of a comment, not one.
  const std::uint8_t bits = classes.Bits(e.cls);
  return (bits & kItemClass) && !(bits & (kTextClass | kLayerClass));
}

// Which elements are in a comment section (a comment-classed element or a
// comment holds them), and the innermost comment of each.
struct Sections {
  std::vector<bool> in_section;
  std::vector<std::int32_t> item;
};

Sections FindSections(const Document& doc, ClassReader& classes) {
  const std::size_t n = doc.elements.size();
  Sections s{std::vector<bool>(n, false), std::vector<std::int32_t>(n, -1)};
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = doc.elements[e];
    const bool parent_in = el.parent >= 0 && s.in_section[static_cast<std::size_t>(el.parent)];
    s.item[e] = el.parent >= 0 ? s.item[static_cast<std::size_t>(el.parent)] : -1;
    const bool maybe_item = parent_in || (el.flags & kCommentLike) || el.id.find("comm") != std::string_view::npos;
    const bool item = maybe_item && IsItem(el, parent_in, classes);
    if (item) s.item[e] = static_cast<std::int32_t>(e);
    s.in_section[e] = parent_in || item || (el.flags & kCommentLike);
  }
  return s;
}

enum class Part { kOther, kText, kAuthor, kDate, kTools };

// What the comments' elements are: the text elements that hold another
// (Substack's "comment-content" around the name, the date and the
// "comment-body": only the inner one is the text), and which comments set
// their text or their author's name apart.
struct Parts {
  std::vector<bool> outer_text;     // per element
  std::vector<bool> has_text_part;  // per comment element
  std::vector<bool> has_author_part;
};

bool IsTextPart(const Element& e, ClassReader& classes) {
  return (classes.Bits(e.cls) & kTextClass) || AsciiLower(Trim(e.itemprop)) == "text";
}

Parts FindParts(const Document& doc, const Sections& s, ClassReader& classes) {
  const std::size_t n = doc.elements.size();
  Parts p{std::vector<bool>(n, false), std::vector<bool>(n, false), std::vector<bool>(n, false)};
  for (std::size_t e = 0; e < n; ++e) {
    const std::int32_t item = s.item[e];
    if (item < 0 || item == static_cast<std::int32_t>(e)) continue;
    const Element& el = doc.elements[e];
    if (classes.Bits(el.cls) & kAuthorClass) p.has_author_part[static_cast<std::size_t>(item)] = true;
    if (!IsTextPart(el, classes)) continue;
    p.has_text_part[static_cast<std::size_t>(item)] = true;
    for (std::int32_t a = el.parent; a > item; a = doc.elements[static_cast<std::size_t>(a)].parent) {
      p.outer_text[static_cast<std::size_t>(a)] = true;
    }
  }
  return p;
}

// What the element's nearest classed ancestor below the comment says the
// block is.
Part PartOf(const Document& doc, std::int32_t e, std::int32_t item, const Parts& parts, ClassReader& classes) {
  for (; e >= 0 && e != item; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    const std::string itemprop = AsciiLower(Trim(el.itemprop));
    const std::uint8_t bits = classes.Bits(el.cls);
    if (IsTextPart(el, classes) && !parts.outer_text[static_cast<std::size_t>(e)]) return Part::kText;
    if ((bits & kAuthorClass) || itemprop.find("author") != std::string::npos || itemprop == "creator") {
      return Part::kAuthor;
    }
    if ((bits & kDateClass) || itemprop.find("date") != std::string::npos) return Part::kDate;
    if ((bits & (kToolsClass | kLayerClass)) || el.tag == Tag::kForm || el.tag == Tag::kDialog) return Part::kTools;
  }
  return Part::kOther;
}

// A button or label by its words: "Reply", "Like", "Expand full comment".
bool IsTools(const Block& b, const BlockStats& s) {
  return s.chrome || MatchChromeLine(b.text) ||
         (s.words <= kCommentNameMaxWords && RE2::FullMatch(b.text, GetHeuristics().comment_tools_line));
}

bool IsDateLine(const Block& b, const BlockStats& s) {
  if (s.words > kDateLineMaxWords || b.text.find_first_of("0123456789") == std::string::npos) return false;
  const auto date = FindDate(b.text);
  return date && date->coverage >= kDateLineMinCoverage;
}

// The reason for a comment's block whose elements say nothing of it: its
// words may ("joetoronto says:", "Reply", a date line); otherwise it is the
// text when the comment sets no text element apart.
const char* UnclassedReason(const Block& b, const BlockStats& s, bool has_text_part) {
  if (IsNamed(MatchChromeLine(b.text), "comment: author says")) return kCommentAuthorReason;
  if (IsTools(b, s)) return kCommentToolsReason;
  if (IsDateLine(b, s)) return kCommentDateReason;
  return has_text_part ? kCommentSectionReason : kCommentTextReason;
}

class HtmlMarker {
 public:
  HtmlMarker(const Document& doc, Selection& sel)
      : doc_(doc), sel_(sel), sections_(FindSections(doc, classes_)), parts_(FindParts(doc, sections_, classes_)),
        named_(doc.elements.size(), false) {}

  void Mark() {
    for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
      const auto e = static_cast<std::size_t>(doc_.blocks[i].element);
      if (sel_.verdicts[i].role != Role::kDropped || !sections_.in_section[e]) continue;
      sel_.Set(i, Role::kComment, Reason(i));
    }
  }

 private:
  const char* Reason(std::size_t i) {
    const Block& b = doc_.blocks[i];
    const std::int32_t item = sections_.item[static_cast<std::size_t>(b.element)];
    if (item < 0) return b.kind == BlockKind::kHeading ? kCommentHeadReason : kCommentSectionReason;
    const auto it = static_cast<std::size_t>(item);
    const BlockStats& st = sel_.stats[i];
    const char* reason = nullptr;
    switch (PartOf(doc_, b.element, item, parts_, classes_)) {
      case Part::kText: reason = IsTools(b, st) ? kCommentToolsReason : kCommentTextReason; break;
      case Part::kAuthor: reason = kCommentAuthorReason; break;
      case Part::kDate: reason = kCommentDateReason; break;
      case Part::kTools: reason = IsDateLine(b, st) ? kCommentDateReason : kCommentToolsReason; break;
      case Part::kOther: reason = UnclassedReason(b, st, parts_.has_text_part[it]); break;
    }
    // A comment whose markup names no author opens with the name: the
    // first short line of its header, above its text.
    if (reason == kCommentSectionReason && !parts_.has_author_part[it] && !named_[it] &&
        st.words <= kCommentNameMaxWords) {
      reason = kCommentAuthorReason;
    }
    if (reason == kCommentAuthorReason || reason == kCommentTextReason) named_[it] = true;
    return reason;
  }

  const Document& doc_;
  Selection& sel_;
  ClassReader classes_;
  const Sections sections_;
  const Parts parts_;
  std::vector<bool> named_;  // per comment element: its name or text came already
};

// A comment's header: the writer's name and when, on a short line that
// is no sentence ("Gareth W 2 hours ago", "Katrin M. 14.06.2024, 15:12").
bool IsCommentHeader(const Block& b, const BlockStats& s) {
  if (s.words > kCommentHeaderMaxWords || s.sentence_end || IsProse(s)) return false;
  if (s.words <= kRelativeTimeLineMaxWords && IsRelativeTimeLine(b.text)) return true;
  return b.text.find_first_of("0123456789") != std::string::npos && FindDate(b.text).has_value();
}

bool IsCommentsHeading(const Block& b, const BlockStats& s) {
  return s.words <= kCommentHeaderMaxWords && !IsProse(s) && MatchesCommentsHead(b.text);
}

// Reads the thread under the comments heading at `head`: headers (a name
// line may stand above its own), the text under each, a reply button or
// another comments heading ("Leave a Reply") between. Marks it in
// `reasons` when it holds kHtmlThreadMinItems comments; returns the last
// block read, thread or not: a comments heading within the blocks read
// reads a part of them and finds no more comments (each heading read
// again, a page of headings and dates took quadratic time).
std::size_t ReadHtmlThread(const Document& doc, const std::vector<BlockStats>& stats, std::size_t head,
                           std::vector<const char*>& reasons) {
  std::vector<const char*> taken(1, kCommentHeadReason);
  int items = 0;
  bool in_item = false, has_text = false;
  // The thread's box: the heading's parent holds it, not the page's footer.
  const std::int32_t box = doc.elements[static_cast<std::size_t>(doc.blocks[head].element)].parent;
  std::size_t j = head + 1;
  for (; j < doc.blocks.size(); ++j) {
    const Block& b = doc.blocks[j];
    const BlockStats& s = stats[j];
    if (box < 0 || !doc.Contains(box, b.element)) break;
    const bool name_over_header = s.words <= kCommentNameMaxWords && !s.sentence_end && j + 1 < doc.blocks.size() &&
                                  IsCommentHeader(doc.blocks[j + 1], stats[j + 1]);
    if (IsCommentHeader(b, s) || name_over_header) {
      if (!name_over_header) {
        in_item = true;
        has_text = false;
      }
      taken.push_back(kCommentAuthorReason);
    } else if (IsCommentsHeading(b, s)) {
      in_item = false;
      taken.push_back(kCommentHeadReason);
    } else if (in_item && (!has_text || IsProse(s))) {
      items += has_text ? 0 : 1;
      has_text = true;
      taken.push_back(kCommentTextReason);
    } else if (in_item && s.words <= kCommentNameMaxWords) {
      taken.push_back(kCommentToolsReason);
    } else {
      break;
    }
  }
  if (items >= kHtmlThreadMinItems) {
    for (std::size_t k = 0; k < taken.size(); ++k) reasons[head + k] = taken[k];
  }
  return j - 1;
}

// Whether one of the two blocks after `i` is a comment's header with a
// digit in it, as the first comment's is ("2 hours ago", a date; its name
// may stand above it): tested after the heading's words, whose pattern is
// small, since the header's date patterns cost a small page's start-up a
// third to compile; the digit before them. A first comment of "an hour
// ago" is missed.
bool HeaderFollows(const Document& doc, const std::vector<BlockStats>& stats, std::size_t i) {
  for (std::size_t j = i + 1; j < doc.blocks.size() && j <= i + 2; ++j) {
    if (stats[j].words > kCommentHeaderMaxWords) continue;
    const bool digit = doc.blocks[j].text.find_first_of("0123456789") != std::string::npos;
    if (digit && IsCommentHeader(doc.blocks[j], stats[j])) return true;
  }
  return false;
}

}  // namespace

std::vector<const char*> HtmlCommentThreads(const Document& doc, const std::vector<BlockStats>& stats) {
  std::vector<const char*> reasons(doc.blocks.size(), nullptr);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (IsCommentsHeading(doc.blocks[i], stats[i]) && HeaderFollows(doc, stats, i)) {
      i = ReadHtmlThread(doc, stats, i, reasons);
    }
  }
  return reasons;
}

void MarkCommentThreads(const std::vector<const char*>& threads, Selection& sel) {
  for (std::size_t i = 0; i < threads.size() && i < sel.verdicts.size(); ++i) {
    const Role role = sel.verdicts[i].role;
    if (threads[i] && (role == Role::kBody || role == Role::kDropped)) sel.Set(i, Role::kComment, threads[i]);
  }
}

std::vector<std::int32_t> CommentItems(const Document& doc) {
  ClassReader classes;
  return FindSections(doc, classes).item;
}

void MarkHtmlComments(const Document& doc, Selection& sel) { HtmlMarker(doc, sel).Mark(); }

namespace {

// Reads a comment thread under a heading, line by line: name lines, date
// lines, the text under them, until the thread ends (another section, the
// article, lines that are neither).
class TextThread {
 public:
  TextThread(const std::vector<TextLine>& lines, Selection& sel) : lines_(lines), sel_(sel) {}

  // Marks the thread under the heading at `head`; returns the last line it
  // took.
  std::size_t Read(std::size_t head) {
    sel_.Set(head, Role::kComment, kCommentHeadReason);
    return ReadFrom(head + 1, head);
  }

  // Marks the thread that starts at `first` with a name line, the article
  // run's lines too: a thread without a known heading the run reads as
  // prose. A short line just above is its heading ("12 Ergänzungen").
  std::size_t ReadHeadless(std::size_t first) {
    take_body_ = true;
    const std::size_t above = first - 1;
    if (first > 0 && Open(above) && !lines_[above].prose && !lines_[above].chrome &&
        lines_[above].stats.words <= kCommentNameMaxWords) {
      sel_.Set(above, Role::kComment, kCommentHeadReason);
    }
    return ReadFrom(first, first);
  }

 private:
  static constexpr char kStop[] = "stop";

  // Marks the lines from `first` on; returns the last one it took, or
  // `last` when none.
  std::size_t ReadFrom(std::size_t first, std::size_t last) {
    for (std::size_t j = first; j < lines_.size() && Open(j); ++j) {
      const char* reason = Take(j);
      if (reason == kStop) break;
      if (reason) {
        sel_.Set(j, Role::kComment, reason);
        last = j;
      }
    }
    return last;
  }

  bool Open(std::size_t j) const {
    const Role role = sel_.verdicts[j].role;
    return role == Role::kDropped || (take_body_ && role == Role::kBody);
  }

  // The reason for line j, nullptr to leave it as it is, or kStop.
  const char* Take(std::size_t j) {
    const TextLine& l = lines_[j];
    if (l.section_head) {
      if (!IsNamed(l.section_head, "section: comments")) return kStop;
      in_comment_ = false;
      return kCommentHeadReason;
    }
    if (IsNamed(l.chrome, "comment: author says")) return Start(kCommentAuthorReason);
    if (IsNamed(l.chrome, "comment: action")) return in_comment_ ? kCommentToolsReason : nullptr;
    if (l.chrome) return nullptr;  // the comment form, a copyright line
    if (l.date_line) {
      // Under its name line, or a comment of its own without one.
      if (!in_comment_ || has_date_ || has_text_) Start(kCommentDateReason);
      has_date_ = true;
      return kCommentDateReason;
    }
    const bool name_above_date = !l.prose && l.stats.words <= kCommentNameMaxWords && j + 1 < lines_.size() &&
                                 lines_[j + 1].date_line && sel_.verdicts[j + 1].role == Role::kDropped;
    if (name_above_date) return Start(kCommentAuthorReason);
    // A comment's text goes on in its group, or in prose after a blank line.
    if (in_comment_ && (!has_text_ || l.group == text_group_ || l.prose)) return Text(l, kCommentTextReason);
    if (l.prose) {
      Start(kCommentLoneTextReason);
      return Text(l, kCommentLoneTextReason);
    }
    return kStop;
  }

  const char* Start(const char* reason) {
    in_comment_ = true;
    has_text_ = has_date_ = false;
    return reason;
  }

  const char* Text(const TextLine& l, const char* reason) {
    has_text_ = true;
    text_group_ = l.group;
    return reason;
  }

  const std::vector<TextLine>& lines_;
  Selection& sel_;
  bool in_comment_ = false, has_text_ = false, has_date_ = false, take_body_ = false;
  std::int32_t text_group_ = -1;
};

// "Jane says:" over the comment's date: a quote in the article ("Jane
// wrote:") has no date line under its name.
bool IsNameOverDate(const std::vector<TextLine>& lines, std::size_t i) {
  return IsNamed(lines[i].chrome, "comment: author says") && i + 1 < lines.size() && lines[i + 1].date_line;
}

}  // namespace

void MarkTextComments(const std::vector<TextLine>& lines, Selection& sel) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (sel.verdicts[i].role != Role::kDropped || !IsNamed(lines[i].section_head, "section: comments")) continue;
    i = TextThread(lines, sel).Read(i);
  }
  // A thread under a heading not known as one ("124 Reader Comments"):
  // several names over dates, the first of which opens it.
  std::int64_t names = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) names += IsNameOverDate(lines, i) ? 1 : 0;
  if (names < kHeadlessThreadMinNames) return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (sel.verdicts[i].role == Role::kDropped && IsNameOverDate(lines, i)) i = TextThread(lines, sel).ReadHeadless(i);
  }
}

}  // namespace pith
