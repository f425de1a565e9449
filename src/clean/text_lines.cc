#include "clean/text_lines.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>

#include "clean/text_captions.h"
#include "clean/thresholds.h"
#include "metadata/authors.h"
#include "metadata/dates.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

// A headline or excerpt cut short in a list of links: "Teen chased by
// police breaks both legs with airport termin...". The ellipsis touches the
// last word; an article's own "... which is …" has a space before it.
bool EndsCutShort(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ']' || s.back() == ')')) s.remove_suffix(1);
  static constexpr std::string_view kEllipses[] = {"\xE2\x80\xA6", "..."};
  for (std::string_view e : kEllipses) {
    if (s.size() > e.size() && s.substr(s.size() - e.size()) == e) {
      // After a space or the end of a sentence or quote, the text was
      // not cut.
      const char before = s[s.size() - e.size() - 1];
      return std::string_view(" .!?\"'").find(before) == std::string_view::npos &&
             !EndsLikeSentence(s.substr(0, s.size() - e.size()));
    }
  }
  return false;
}

// The short lines after a line ending in a colon are the items of the list
// it announces, until prose resumes; chrome, a byline or a line printed
// elsewhere on the page ends the list.
void MarkListItems(const Document& doc, std::vector<TextLine>& lines) {
  std::int64_t items_left = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine& l = lines[i];
    const std::string& text = doc.blocks[i].text;
    if (l.chrome || l.section_head || l.prose || IsRepeat(l) || l.teaser || l.byline_line) items_left = 0;
    if (items_left > 0) {
      l.list_item = true;
      --items_left;
    }
    if (!text.empty() && text.back() == ':' && !l.chrome && !l.section_head) items_left = kMaxListItems;
  }
}

// A line that may be an item of a list set in the article: a few words,
// not prose, printed once, and none of the header, caption or teaser
// shapes; a date on it makes it a byline or a teaser's date.
bool ItemShaped(const TextLine& l, std::string_view text) {
  return !l.prose && !l.chrome && !l.section_head && !IsRepeat(l) && !l.teaser && !l.date_line && !l.byline_line &&
         !l.credit && !l.caption && l.stats.words >= kListRunMinWords &&
         (text.find_first_of("0123456789") == std::string_view::npos || !FindDate(text));
}

// A list without an intro ending in a colon ("Pros" over its points, or
// a list right under a paragraph): several item-shaped lines in a row that
// go on the group of the line above them, as a list under its paragraph or
// heading does. A group that opens with such lines is a grid of teasers,
// and a run of title-cased lines a list of headlines.
void MarkListRuns(const Document& doc, std::vector<TextLine>& lines) {
  for (std::size_t i = 1; i < lines.size();) {
    std::size_t end = i;
    bool titles = true;
    while (end < lines.size() && lines[end].group == lines[i - 1].group &&
           ItemShaped(lines[end], doc.blocks[end].text)) {
      titles = titles && TitleCased(doc.blocks[end].text, kTitleWordMinLetters);
      ++end;
    }
    if (end - i >= kListRunMinLines && !titles) {
      for (std::size_t k = i; k < end; ++k) lines[k].list_item = true;
    }
    i = std::max(end, i + 1);
  }
}

// A spec or price line: a short label, a colon, then its value ("Full
// Bathroom: $30,000 - $60,000", "Battery: about ten hours"), and no line
// of the header, caption or teaser shapes.
bool SpecShaped(const TextLine& l, std::string_view text) {
  if (l.prose || l.chrome || l.section_head || IsRepeat(l) || l.teaser || l.date_line || l.byline_line || l.credit ||
      l.caption) {
    return false;
  }
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::size_t label_words = CountWords(text.substr(0, colon));
  const std::string_view value = text.substr(colon + 2);
  // Counted by spaces: "$30,000 - $60,000" is one value.
  const auto value_words = static_cast<std::size_t>(std::count(value.begin(), value.end(), ' ')) + 1;
  // A longer value is a headline's second half ("Tokyo: How to plan
  // your trip"), a title-cased one a footer's opening hours ("Sat-Sun:
  // Closed").
  return label_words >= 1 && label_words <= kSpecLabelMaxWords && CountWords(value) >= 1 &&
         value_words <= kSpecValueMaxWords && !TitleCased(value, kTitleWordMinLetters);
}

// Spec and price lists set in a guide without an intro: several spec
// lines in a row in one blank-line group. They cost what list items do;
// a menu or a teaser grid rarely labels every line so.
void MarkSpecLists(const Document& doc, std::vector<TextLine>& lines) {
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    while (end < lines.size() && lines[end].group == lines[i].group && SpecShaped(lines[end], doc.blocks[end].text)) {
      ++end;
    }
    if (end - i >= kSpecListMinLines) {
      for (std::size_t k = i; k < end; ++k) lines[k].list_item = true;
    }
    i = std::max(end, i + 1);
  }
}

// Whether a label may open a turn of a dialogue: a question or answer
// mark, a speaker's initials ("JD") or full name. Not a spec's label that
// alternates too ("Pros"/"Cons", "Date"/"Location").
bool TurnLabel(std::string_view label) {
  if (IsDialogueMark(label)) return true;
  const auto letters = std::count_if(label.begin(), label.end(), [](char c) { return c != '.'; });
  const bool initials = letters > 0 && letters <= kSpeakerInitialsMaxLetters &&
                        std::all_of(label.begin(), label.end(), [](char c) { return c == '.' || std::isupper(static_cast<unsigned char>(c)); });
  return initials || (CountWords(label) >= 2 && LooksLikePersonName(label));
}

// The label that opens a turn of a dialogue ("Q", "A", a speaker's name):
// a few words before a colon; empty when there is none.
std::string_view TurnLabelOf(std::string_view text) {
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0) return {};
  const std::string_view label = text.substr(0, colon);
  return CountWords(label) <= kDialogueLabelMaxWords && TurnLabel(label) ? label : std::string_view{};
}

// An interview or FAQ set as alternating labelled lines ("Q:" then "A:",
// two speakers' names): the run is one structure, as a list is, and its
// short lines cost nothing.
void MarkDialogueRuns(const Document& doc, std::vector<TextLine>& lines) {
  std::vector<std::string_view> label(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) label[i] = TurnLabelOf(doc.blocks[i].text);
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i + 1;
    while (!label[i].empty() && end < lines.size() && !label[end].empty() && label[end] != label[end - 1] &&
           (end < i + 2 || label[end] == label[end - 2])) {
      ++end;
    }
    if (end - i >= kDialogueMinLines) {
      for (std::size_t k = i; k < end; ++k) {
        if (!lines[k].prose && !lines[k].chrome && !lines[k].section_head) lines[k].list_item = true;
      }
    }
    i = std::max(end - 1, i + 1);
  }
}

// A line that may be a point under a card's label ("Loud" under "What
// We Don't Like"): not prose, printed once, none of the header, caption or
// teaser shapes. Points may be a single word.
bool CardPointShaped(const TextLine& l) {
  return !l.prose && !l.code && !l.chrome && !l.section_head && !IsRepeat(l) && !l.teaser && !l.date_line &&
         !l.byline_line && !l.credit && !l.caption && l.stats.words >= 1;
}

// A label a card template prints over its points ("Pros", "Cons"): a few
// words, no prose, printed on several cards.
bool CardLabelShaped(const TextLine& l) {
  return l.repeats >= kCardLabelMinCards && !l.prose && !l.code && !l.chrome && !l.section_head && !l.teaser &&
         !l.date_line && l.stats.words >= 1 && l.stats.words <= kCardLabelMaxWords;
}

// The points right under the card label at `label`, up to kMaxListItems.
std::size_t CardPoints(const std::vector<TextLine>& lines, std::size_t label) {
  std::size_t j = label + 1;
  while (j < lines.size() && j - label <= kMaxListItems && CardPointShaped(lines[j])) ++j;
  return j - label - 1;
}

// How often a label is printed over points: over one at least, and over
// a list of them.
struct LabelCards {
  std::int32_t cards = 0;
  std::int32_t lists = 0;
};

// A label printed over points, and how many.
struct CardLabel {
  std::size_t line = 0;
  std::size_t points = 0;
};

// Whether the labels at `a` and `b` belong to one card: different labels
// a few lines apart ("Pros" over "Cons"). A menu printed in the header and
// the footer repeats its labels far apart.
bool OneCard(const Document& doc, const CardLabel& a, const CardLabel& b) {
  return b.line - a.line <= kCardMaxLines && doc.blocks[a.line].text != doc.blocks[b.line].text;
}

// The labels printed over points that share a card with the label before
// or after them.
std::vector<CardLabel> PairedCardLabels(const Document& doc, const std::vector<TextLine>& lines) {
  std::vector<CardLabel> found;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!CardLabelShaped(lines[i])) continue;
    const std::size_t points = CardPoints(lines, i);
    if (points > 0) found.push_back({i, points});
  }
  std::vector<CardLabel> paired;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const bool after = k > 0 && OneCard(doc, found[k - 1], found[k]);
    if (after || (k + 1 < found.size() && OneCard(doc, found[k], found[k + 1]))) paired.push_back(found[k]);
  }
  return paired;
}

// Product picks and spec cards set between a guide's paragraphs: each
// card prints the same labels over its points ("Pros", "Cons", "Best
// for"). Labels that several cards print, each over points of its own
// and next to another label, at least two such labels and one of them
// over lists, mark a template: the labels and their points are list
// items. A teaser grid or a video carousel prints its kicker or "Now
// playing" over one headline each.
void MarkCardLists(const Document& doc, std::vector<TextLine>& lines) {
  const std::vector<CardLabel> paired = PairedCardLabels(doc, lines);
  std::unordered_map<std::string_view, LabelCards> labels;
  for (const CardLabel& c : paired) {
    LabelCards& n = labels[doc.blocks[c.line].text];
    ++n.cards;
    n.lists += c.points >= kCardListMinPoints ? 1 : 0;
  }
  std::erase_if(labels, [](const auto& c) { return c.second.cards < kCardLabelMinCards; });
  const bool lists = std::any_of(labels.begin(), labels.end(),
                                 [](const auto& c) { return c.second.lists >= kCardLabelMinCards; });
  if (labels.size() < kCardTemplateMinLabels || !lists) return;
  for (const CardLabel& c : paired) {
    if (!labels.contains(doc.blocks[c.line].text)) continue;
    lines[c.line].card_label = lines[c.line].list_item = true;
    for (std::size_t j = c.line + 1; j <= c.line + c.points; ++j) lines[j].list_item = true;
  }
}

// Whether line `i` can be a testimonial's quote: a sentence of a few
// words or more, not a teaser's headline.
bool QuoteShaped(const Document& doc, const std::vector<TextLine>& lines, std::size_t i) {
  const TextLine& l = lines[i];
  // A quote may read as an appeal ("a newsletter that only emails me..."):
  // chrome is no bar.
  return !l.section_head && (l.prose || l.stats.sentence_end) &&
         l.stats.words >= kTestimonialQuoteMinWords && !ReviewerNameShaped(l, doc.blocks[i].text);
}

// A testimonial carousel: cards of a quote over its reviewer's name, one
// after another, each quote printed twice as the carousel clones its
// slides (the article's last paragraph over the carousel's heading comes
// once). Its quotes read as prose and their clones as an article printed
// twice, so a run took it in; an article's subheads between paragraphs
// have the same shape but their paragraphs come once.
void MarkTestimonials(const Document& doc, std::vector<TextLine>& lines) {
  std::size_t i = 0;
  while (i + 1 < lines.size()) {
    std::size_t j = i;
    int cards = 0;
    while (j + 1 < lines.size() && lines[j].repeats > 1 && QuoteShaped(doc, lines, j) &&
           ReviewerNameShaped(lines[j + 1], doc.blocks[j + 1].text)) {
      ++cards;
      j += 2;
    }
    if (cards >= kTestimonialMinCards) {
      for (std::size_t k = i; k < j; ++k) lines[k].testimonial = true;
    }
    i = cards > 0 ? j : i + 1;
  }
}

// A page that prints its article twice repeats several paragraphs: their
// first copies are the article's. One repeated paragraph is a ticker or a
// teaser shown twice.
void MarkFirstCopies(const Document& doc, std::vector<TextLine>& lines) {
  std::unordered_map<std::string_view, std::size_t> first;
  std::int32_t repeated = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].prose && lines[i].repeats > 1 && !lines[i].testimonial && first.emplace(doc.blocks[i].text, i).second) {
      ++repeated;
    }
  }
  if (repeated < kMinRepeatedParagraphs) return;
  for (const auto& [text, i] : first) lines[i].first_copy = true;
  // A heading between two of them is the first copy's too.
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    TextLine& l = lines[i];
    if (l.repeats > 1 && !l.chrome && !l.section_head && lines[i - 1].first_copy && lines[i + 1].first_copy &&
        first.emplace(doc.blocks[i].text, i).second) {
      l.first_copy = true;
    }
  }
}

// A line that may be an entry of a contents list: a few words, printed
// a few times on the page (a menu item or a label is printed on every
// card), and none of the chrome, date, byline or credit shapes. A
// question reads as prose but is a guide's subhead as often ("How Much
// Does It Cost to Run a Laptop?"): its contents list names it too. The
// list's own title ("Table of Contents") is no entry, although a copy
// printing the list twice repeats it.
bool EntryShaped(const TextLine& l, std::string_view text) {
  return !IsContentsHead(text) && l.repeats > 1 && l.repeats <= kContentsEntryMaxRepeats &&
         (!l.prose || text.back() == '?') && !l.chrome && !l.teaser && !l.date_line && !l.byline_line && !l.credit &&
         l.stats.words <= kContentsEntryMaxWords;
}

// The lines [begin, end), each text once, are a contents list when most
// of their texts come back below, in the same order, as subheads: each
// with prose a few lines under it, and prose between most of them (a menu
// repeated in a footer has none). `next_prose[i]` is the first prose line
// at or after i; `at` lists the lines of each entry-shaped text.
void MatchContentsList(const Document& doc, std::vector<TextLine>& lines, const std::vector<std::size_t>& next_prose,
                       const std::unordered_map<std::string_view, std::vector<std::size_t>>& at, std::size_t begin,
                       std::size_t end) {
  std::vector<std::size_t> found;
  std::size_t after = end - 1, sections = 0;
  for (std::size_t k = begin; k < end; ++k) {
    for (std::size_t p : at.at(doc.blocks[k].text)) {
      if (p <= after || next_prose[p + 1] - p > kContentsSubheadMaxGap) continue;
      if (found.empty() || next_prose[found.back() + 1] < p) ++sections;
      found.push_back(p);
      after = p;
      break;
    }
  }
  if (sections < kContentsMinEntries ||
      static_cast<double>(found.size()) < static_cast<double>(end - begin) * kContentsMinShareFound) {
    return;
  }
  if (begin > 0 && IsContentsHead(doc.blocks[begin - 1].text)) --begin;
  for (std::size_t k = begin; k < end; ++k) lines[k].contents_entry = true;
  for (std::size_t p : found) lines[p].listed_subhead = true;
}

// A guide's contents list near its top names the subheads below: the
// list goes, the subheads stay, although each text is printed twice.
void MarkContentsLists(const Document& doc, std::vector<TextLine>& lines) {
  const std::size_t n = lines.size();
  std::unordered_map<std::string_view, std::vector<std::size_t>> at;
  for (std::size_t i = 0; i < n; ++i) {
    if (EntryShaped(lines[i], doc.blocks[i].text)) at[doc.blocks[i].text].push_back(i);
  }
  if (at.size() < kContentsMinEntries) return;
  std::vector<std::size_t> next_prose(n + 1, n + kContentsSubheadMaxGap + 1);
  for (std::size_t i = n; i-- > 0;) next_prose[i] = lines[i].prose ? i : next_prose[i + 1];
  // The list ends where a text comes back: the first subhead may follow
  // the list right away.
  for (std::size_t i = 0; i < n;) {
    std::size_t end = i;
    std::unordered_set<std::string_view> texts;
    while (end < n && EntryShaped(lines[end], doc.blocks[end].text) && texts.insert(doc.blocks[end].text).second) ++end;
    if (end - i >= kContentsMinEntries) MatchContentsList(doc, lines, next_prose, at, i, end);
    i = std::max(end, i + 1);
  }
}

// A code sample's lines: a browser keeps their indentation, so an
// indented line in a stretch of lines (no blank line between) holding
// a code-shaped one is code too ("  id: ID!", "  hosts: localhost"),
// even when it reads like a heading ("  tags: [Tag!]!"). Firefox indents
// menus and list items too: chrome stays chrome. The short lines right
// above and under a sample are its subhead and lead-in.
void MarkCodeBlocks(const Document& doc, std::vector<TextLine>& lines) {
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t end = i;
    int shaped = 0;
    for (; end < n && doc.blocks[end].group == doc.blocks[i].group; ++end) shaped += lines[end].code ? 1 : 0;
    for (std::size_t k = i; shaped >= kCodeBlockMinShapedLines && k < end; ++k) {
      TextLine& l = lines[k];
      if (doc.blocks[k].indent == 0 || l.prose || l.chrome) continue;
      l.code = true;
      l.section_head = nullptr;
    }
    i = end;
  }
  for (std::size_t i = 0; i < n; ++i) {
    TextLine& l = lines[i];
    if (l.code || l.prose || l.chrome || l.section_head) continue;
    l.beside_code = (i > 0 && lines[i - 1].code) || (i + 1 < n && lines[i + 1].code);
  }
}

// A subhead, a short sentence or a spec line set inside an article opens
// its blank-line group and has prose a few lines above and below it; a
// teaser card's kicker and headline sit inside the card's group, under
// its picture text.
void MarkBetweenProse(std::vector<TextLine>& lines) {
  const std::size_t n = lines.size();
  std::vector<std::size_t> next(n + 1, n);  // first prose line at or after i
  for (std::size_t i = n; i-- > 0;) next[i] = lines[i].prose ? i : next[i + 1];
  std::size_t last = n;  // last prose line before i, n when none
  bool prose_in_group = false;  // a prose line above i in its group
  for (std::size_t i = 0; i < n; ++i) {
    TextLine& l = lines[i];
    if (i > 0 && lines[i - 1].group != l.group) prose_in_group = false;
    if (l.prose) {
      last = i;
      prose_in_group = true;
      continue;
    }
    if (prose_in_group || l.chrome || l.section_head || IsRepeat(l) || l.teaser || l.date_line) continue;
    l.between_prose = last < n && i - last <= kBetweenProseMaxGap && next[i] < n && next[i] - i <= kBetweenProseMaxGap;
  }
}

// Long paragraphs set with short lines and no blank line between them:
// a guide's or a review's sections. A card's group prints a date (a
// comment under its author and time, a teaser under its date), a
// picture's text may be printed twice on its line, and on a page whose
// paragraphs mostly stand alone between blank lines, long ones grouped
// with short lines are cards too (related stories' summaries).
void MarkSectionParagraphs(const Document& doc, std::vector<TextLine>& lines) {
  std::vector<bool> dated(lines.size(), false);
  std::int64_t alone = 0, grouped = 0;
  for (const TextLine& l : lines) {
    if (l.date_line) dated[static_cast<std::size_t>(l.group)] = true;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine& l = lines[i];
    if (l.prose && l.group_lines == 1) alone += l.length;
    l.section_paragraph = l.prose && l.group_lines > 1 && l.length >= kLongParagraphMinLength &&
                          l.stats.sentence_end && !dated[static_cast<std::size_t>(l.group)] &&
                          !SaysItTwice(doc.blocks[i].text);
    if (l.section_paragraph) grouped += l.length;
  }
  if (static_cast<double>(grouped) < static_cast<double>(alone) * kSectionProseMinShareOfAlone) {
    for (TextLine& l : lines) l.section_paragraph = false;
  }
}

// A label of a few words printed many times on the page. An ad's label
// is chrome: the ad's own lines may follow it in the group. A bare list
// bullet is no label.
bool PageFurniture(const TextLine& l, std::int32_t repeats) {
  return repeats >= kFurnitureMinRepeats && l.stats.words >= 1 && l.stats.words <= kFurnitureMaxWords && !l.prose &&
         !l.chrome;
}

// Furniture closing a paragraph's group: such labels right under a prose
// line up to the blank line (copies that set "Article content" under
// every paragraph). Elsewhere in a group the same label may be a card's
// kicker or sit over the paragraph it belongs to.
void MarkFurniture(const Document& doc, const std::unordered_map<std::string_view, std::int32_t>& counts,
                   std::vector<TextLine>& lines) {
  const std::size_t n = lines.size();
  std::vector<bool> closing(n, false);
  for (std::size_t i = n; i-- > 0;) {
    const bool last = i + 1 == n || doc.blocks[i + 1].group != doc.blocks[i].group || closing[i + 1];
    closing[i] = last && PageFurniture(lines[i], counts.at(doc.blocks[i].text));
  }
  for (std::size_t i = 1; i < n; ++i) {
    lines[i].furniture = closing[i] && doc.blocks[i - 1].group == doc.blocks[i].group &&
                         (lines[i - 1].prose || lines[i - 1].furniture);
  }
}

// A label set in capitals: a few words, no lower-case letter ("POLL",
// "READ ANOTHER STORY HERE").
bool CapitalsLabel(std::string_view s) {
  if (CountWords(s) > kStoryLinkLabelMaxWords) return false;
  int capitals = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(s, i));
    if (u_islower(c)) return false;
    if (u_isupper(c)) ++capitals;
  }
  return capitals >= kStoryLinkLabelMinCapitals;
}

// A link's "more" after a bar: one word of lower-case letters ("mehr").
bool MoreWord(std::string_view s) {
  if (CountWords(s) != 1) return false;
  for (std::size_t i = 0; i < s.size();) {
    if (!u_islower(static_cast<UChar32>(NextCodePoint(s, i)))) return false;
  }
  return true;
}

// A linked story's title: a few words opening with a capital, not in
// capitals itself (then it is the label) and not a command ("curl ... |
// sh").
bool StoryTitleShaped(std::string_view s) {
  if (CountWords(s) < kStoryLinkTitleMinWords || CapitalsLabel(s)) return false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(s, i));
    if (u_isalpha(c)) return u_isupper(c);
  }
  return false;
}

// Labelled story links set alone are chrome: a line of that shape next to
// another is a table's row or one of a list of sources ("Some headline |
// NPR"), and a code line is a pipe.
void MarkLabelledStoryLinks(const Document& doc, std::vector<TextLine>& lines) {
  std::vector<bool> shaped(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    shaped[i] = !lines[i].chrome && !lines[i].code && LabelledStoryLink(doc.blocks[i].text);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!shaped[i] || (i > 0 && shaped[i - 1]) || (i + 1 < lines.size() && shaped[i + 1])) continue;
    lines[i].chrome = "dropped: a link to another story with its label";
    lines[i].prose = false;
  }
}

}  // namespace

bool LabelledStoryLink(std::string_view text) {
  static constexpr std::string_view kBar = " | ";
  const std::size_t bar = text.find(kBar);
  if (bar == std::string_view::npos || text.find(kBar, bar + 1) != std::string_view::npos) return false;
  const std::string_view before = Trim(text.substr(0, bar));
  const std::string_view after = Trim(text.substr(bar + kBar.size()));
  return (CapitalsLabel(before) && StoryTitleShaped(after)) || (MoreWord(after) && StoryTitleShaped(before));
}

bool ReviewerNameShaped(const TextLine& l, std::string_view text) {
  if (text.empty() || l.prose || l.chrome || l.section_head || l.date_line || l.credit || l.byline_line) return false;
  if (l.stats.words < 1 || l.stats.words > kReviewerNameMaxWords || l.length > kReviewerNameMaxChars) return false;
  const char last = text.back();
  if (last == ':' || last == '?' || last == '!') return false;
  // A full stop ends a sentence, unless it closes an initial ("Jane D.").
  const std::size_t n = text.size();
  return last != '.' || (n >= 3 && text[n - 3] == ' ' && std::isalpha(static_cast<unsigned char>(text[n - 2])));
}

bool BlankLinesOpenParagraphs(const Document& doc) {
  const std::vector<Block>& b = doc.blocks;
  std::int64_t opened = 0, closed = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (CountChars(b[i].text) < kShapeParagraphMinChars) continue;
    const bool opens = i == 0 || b[i - 1].group != b[i].group;
    const bool closes = i + 1 == b.size() || b[i + 1].group != b[i].group;
    if (opens && !closes) ++opened;
    if (closes && !opens) ++closed;
  }
  return opened > closed;
}

TextLine MeasureTextLine(const Block& b) {
  const Heuristics& h = GetHeuristics();
  TextLine l;
  l.stats = MeasureBlock(b);
  l.section_head = MatchSectionHead(b.text);
  l.credit = MatchCreditLine(b.text);
  l.caption = MatchCaptionLead(b.text);
  l.chrome = l.stats.chrome;
  if (!l.chrome) l.chrome = MatchBoilerplate(b.text);
  if (!l.chrome) l.chrome = MatchChromeLine(b.text);
  l.cut_short = EndsCutShort(b.text);
  l.code = !l.chrome && !l.section_head && CodeShaped(b.text);
  // A short cut line is a link; a long one is an excerpt when grouped
  // under its title (see MeasureTextLines), else a paragraph trailing off.
  l.teaser = l.cut_short && l.stats.chars <= kTeaserLinkMaxChars;
  l.link_head = IsNamed(l.section_head, kRelatedHead) || IsNamed(l.stats.chrome, kReadMoreLabel);
  // A date line has a year in digits; most lines have no digit at all.
  if (l.stats.words <= kDateLineMaxWords && b.text.find_first_of("0123456789") != std::string::npos) {
    const auto date = FindDate(b.text);
    l.date_line = date && date->coverage >= kDateLineMinCoverage;
    l.dated = date.has_value();
    l.opens_with_date = date && date->begin == 0;
  }
  l.relative_time = !l.date_line && l.stats.words <= kRelativeTimeLineMaxWords &&
                    IsRelativeTimeLine(b.text);
  // "By Jane Doe", or "By" alone on its line with the name on the next.
  l.byline_line = l.stats.words <= kBylineLineMaxWords &&
                  (h.byline_prefix.PartialMatch(b.text) ||
                   (l.stats.words == 1 && h.byline_prefix.PartialMatch(b.text + " "))) &&
                  !HeadlineAfterBylineLabel(b.text);
  l.signup_field = IsSignUpField(b.text);
  l.fine_print = IsSignUpFinePrint(b.text);
  l.media_length = IsMediaLength(b.text);
  l.length = ProseLength(l.stats);
  // Running text: a sentence of some length, or a long line. A line of
  // symbols or a couple of words is not, however long (a rule of
  // underscores, a list of numbers).
  const BlockStats& st = l.stats;
  l.prose = !l.chrome && !l.section_head && !l.teaser && st.link_density < kProseMaxLinkDensity &&
            ((st.sentence_end && (st.words >= kProseSentenceMinWords || l.length >= kProseSentenceMinChars)) ||
             l.length >= kProseMinChars) &&
            (st.words >= kLineProseMinWords || l.stats.wide >= kLineProseMinWide);
  return l;
}

std::vector<TextLine> MeasureTextLines(const Document& doc) {
  std::vector<TextLine> lines;
  lines.reserve(doc.blocks.size());
  std::vector<std::int32_t> group_lines, group_prose;
  std::unordered_map<std::string_view, std::int32_t> counts;
  for (const Block& b : doc.blocks) {
    lines.push_back(MeasureTextLine(b));
    const auto g = static_cast<std::size_t>(b.group);
    if (g >= group_lines.size()) group_lines.resize(g + 1, 0);
    ++counts[b.text];
  }
  MarkFurniture(doc, counts, lines);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!lines[i].furniture) ++group_lines[static_cast<std::size_t>(doc.blocks[i].group)];
  }
  // A copy without blank lines between paragraphs (a scraper's dump) says
  // nothing with its groups: every line stands alone.
  const bool grouped = group_lines.size() >= kMinLineGroups && group_lines.size() * kMaxLinesPerGroup >= lines.size();
  group_prose.assign(grouped ? group_lines.size() : lines.size(), 0);
  if (!grouped) group_lines.assign(lines.size(), 1);
  // An embedded post and its signature read as a paragraph of the article.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!IsEmbedSignature(doc.blocks[i].text)) continue;
    lines[i].prose = true;
    if (i > 0 && !lines[i - 1].chrome && !lines[i - 1].section_head) lines[i - 1].prose = true;
  }
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    TextLine& l = lines[i];
    const auto g = grouped ? static_cast<std::size_t>(doc.blocks[i].group) : i;
    l.group = static_cast<std::int32_t>(g);
    l.group_lines = std::max<std::int32_t>(1, group_lines[g]);
    l.repeats = counts[doc.blocks[i].text];
    if (l.cut_short && l.group_lines > 1) l.teaser = true, l.prose = false;
    if (l.prose) ++group_prose[g];
  }
  MarkLabelledStoryLinks(doc, lines);
  MarkTestimonials(doc, lines);
  MarkFirstCopies(doc, lines);
  MarkContentsLists(doc, lines);
  MarkCodeBlocks(doc, lines);
  MarkListItems(doc, lines);
  MarkListRuns(doc, lines);
  MarkSpecLists(doc, lines);
  MarkDialogueRuns(doc, lines);
  MarkCardLists(doc, lines);
  MarkBetweenProse(lines);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    lines[i].group_prose = group_prose[static_cast<std::size_t>(lines[i].group)];
  }
  MarkSectionParagraphs(doc, lines);
  return lines;
}

}  // namespace pith
