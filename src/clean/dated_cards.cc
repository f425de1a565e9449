#include "clean/dated_cards.h"

#include <optional>
#include <string_view>

#include <unicode/uchar.h>

#include "clean/thresholds.h"
#include "metadata/dates.h"
#include "util/text_util.h"

namespace pith {
namespace {

// Whether line `i` is a card's title with its date at its end ("Der
// schwierige Rückzug 26.04.2023"): a few words before the date, no prose.
bool DatedTitle(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  if (l.prose || l.chrome || l.section_head || l.byline_line || l.date_line) return false;
  if (l.stats.words <= kCardHeadlineMinWords || l.stats.words > kDatedCardTitleMaxWords) return false;
  const std::string_view text = Trim(doc.blocks[at].text);
  const std::optional<DateMatch> date = FindDate(text);
  return date && date->begin > 0 && date->end >= text.size();
}

// Whether line `i` is a card's date line: a date line, or a short line
// opening with a date ("Mar 6, 2026 4 Min Read").
bool CardDate(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  if (l.date_line) return true;
  if (l.prose || l.chrome || l.stats.words > kDateLineMaxWords) return false;
  const std::optional<DateMatch> date = FindDate(Trim(doc.blocks[at].text));
  return date && date->begin == 0;
}

// Whether line `i` can title a card over its date line: a few words, no
// date, no chrome, no byline.
bool TitleOverDate(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  return !l.chrome && !l.section_head && !l.byline_line && l.stats.words >= kCardHeadlineMinWords &&
         l.stats.words <= kDatedCardTitleMaxWords && !CardDate(doc, lines, i);
}

// The first line of the dated card whose date is on line `i`, or -1 when
// `i` dates no card: the line itself when it is a dated title, else the
// title right over the date line, or over its summary when the line
// right over the date is a sentence longer than the title.
std::int64_t CardTop(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i, std::int64_t start) {
  if (DatedTitle(doc, lines, i)) return i;
  if (i - 1 < start || !CardDate(doc, lines, i)) return -1;
  const TextLine& over = lines[static_cast<std::size_t>(i - 1)];
  if (i - 2 >= start && over.prose && TitleOverDate(doc, lines, i - 2) &&
      lines[static_cast<std::size_t>(i - 2)].length < over.length) {
    return i - 2;
  }
  return TitleOverDate(doc, lines, i - 1) ? i - 1 : -1;
}

// The card's first line `top`, or the line right over it in its
// blank-line group when that is no date: the card's picture text, of any
// length, printed over its title.
std::int64_t WithPictureOver(const Document& doc, const std::vector<TextLine>& lines, std::int64_t top,
                             std::int64_t start) {
  if (top - 1 < start) return top;
  const auto over = static_cast<std::size_t>(top - 1);
  const bool picture = lines[over].group == lines[static_cast<std::size_t>(top)].group &&
                       !CardDate(doc, lines, top - 1) && !DatedTitle(doc, lines, top - 1);
  return picture ? top - 1 : top;
}

// Whether `text` holds more than one sentence: a stop, a space, then a
// capital in any script ("… Übrigens", "… Élise").
bool SeveralSentences(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const bool stop = text[i] == '.' || text[i] == '!' || text[i] == '?';
    if (!stop || text[i + 1] != ' ') continue;
    std::size_t at = i + 2;
    if (u_isupper(static_cast<UChar32>(NextCodePoint(text, at)))) return true;
  }
  return false;
}

// The top of the card whose lines end at `last`: its dated line within
// kDatedCardMaxLines up, the lines passed no longer than a summary nor a
// heading; the line right over the card below may be its picture's text,
// of any length, in a group of its own. Under the lowest card
// (`lowest`), a paragraph of several sentences is the article resuming
// under a box of cards set in it, not a form's or a button's note,
// unless it is the summary under a dated title: -1 then, and when there
// is no card.
std::int64_t CardEndingAt(const Document& doc, const std::vector<TextLine>& lines,
                          const std::vector<bool>& decided, std::int64_t last, std::int64_t start, bool lowest) {
  for (std::int64_t j = last, passed = 0; j >= start && passed <= kDatedCardMaxLines; --j) {
    const auto at = static_cast<std::size_t>(j);
    if (decided[at]) continue;
    const std::int64_t top = CardTop(doc, lines, j, start);
    if (top >= 0) return WithPictureOver(doc, lines, top, start);
    const TextLine& l = lines[at];
    const bool picture = !lowest && j == last;  // over the card below, in a group of its own
    if ((l.length > kCardInTextMaxProse && !picture) || l.section_head) return -1;
    const bool summary = j > start && DatedTitle(doc, lines, j - 1);
    if (lowest && l.prose && !summary && SeveralSentences(doc.blocks[at].text)) return -1;
    ++passed;
  }
  return -1;
}

// Whether a card from `top` to before `lowest` says something under its
// title: a summary or an excerpt cut short. A list of dated lines alone
// (a tour's dates, a list of events) is the article's own.
bool SummaryBetween(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t top,
                    std::int64_t lowest) {
  for (std::int64_t i = top; i < lowest; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (!decided[at] && (lines[at].prose || lines[at].cut_short)) return true;
  }
  return false;
}

// Whether `text` holds a clock time: one or two digits, a colon, two
// digits ("14:40").
bool HoldsClockTime(std::string_view text) {
  const auto digit = [&text](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2) && !digit(i + 3)) return true;
  }
  return false;
}

// Whether line `i` stamps a card: a date line, a relative time ("3 hours
// ago"), or a clock time with a word or two ("yesterday 14:40").
bool CardStamp(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const TextLine& l = lines[static_cast<std::size_t>(i)];
  if (l.date_line || l.relative_time) return true;
  return !l.prose && l.stats.words <= kCardTimeStampMaxWords &&
         HoldsClockTime(doc.blocks[static_cast<std::size_t>(i)].text);
}

// Whether line `i` is one of the article's paragraphs: prose ending a
// sentence, no caption.
bool ArticleParagraph(const std::vector<TextLine>& lines, const std::vector<bool>& decided, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return !decided[at] && lines[at].prose && lines[at].stats.sentence_end && lines[at].chrome == nullptr;
}

// The first line of the card stamped on line `i` between two paragraphs
// (see LoneCardInText), or -1: its title right over the stamp, ending no
// sentence, and the kicker over the title when there is one.
std::int64_t InTextCardTop(const Document& doc, const std::vector<TextLine>& lines,
                           const std::vector<bool>& decided, std::int64_t i, std::int64_t start, std::int64_t end) {
  if (i + 1 > end || i - 2 < start || decided[static_cast<std::size_t>(i)] || !CardStamp(doc, lines, i) ||
      !ArticleParagraph(lines, decided, i + 1)) {
    return -1;
  }
  std::int64_t top = i - 1;
  const TextLine& title = lines[static_cast<std::size_t>(top)];
  if (decided[static_cast<std::size_t>(top)] || title.prose || title.stats.sentence_end ||
      !TitleOverDate(doc, lines, top)) {
    return -1;
  }
  const TextLine& above = lines[static_cast<std::size_t>(top - 1)];
  const bool kicker = !decided[static_cast<std::size_t>(top - 1)] && !above.prose && above.chrome == nullptr &&
                      above.stats.words <= kInTextCardKickerMaxWords && !CardStamp(doc, lines, top - 1);
  if (kicker && top - 2 >= start) --top;
  return ArticleParagraph(lines, decided, top - 1) ? top : -1;
}

}  // namespace

std::vector<bool> LoneCardInText(const Document& doc, const std::vector<TextLine>& lines,
                                 const std::vector<bool>& decided, std::int64_t start, std::int64_t end) {
  std::vector<bool> card(lines.size(), false);
  std::int64_t top = -1, stamp = -1;
  for (std::int64_t i = start; i <= end; ++i) {
    const std::int64_t t = InTextCardTop(doc, lines, decided, i, start, end);
    if (t < 0) continue;
    if (top >= 0) return card;  // a second one: the article's own list
    top = t;
    stamp = i;
  }
  for (std::int64_t i = top; top >= 0 && i <= stamp; ++i) card[static_cast<std::size_t>(i)] = true;
  return card;
}

std::int64_t DatedCardsTop(const Document& doc, const std::vector<TextLine>& lines,
                           const std::vector<bool>& decided, std::int64_t start, std::int64_t end) {
  const std::int64_t lowest = CardEndingAt(doc, lines, decided, end, start, true);
  std::int64_t top = end + 1;
  int cards = 0;
  for (std::int64_t t = lowest; t > start; t = CardEndingAt(doc, lines, decided, t - 1, start, false)) {
    top = t;
    ++cards;
  }
  if (cards < kDatedCardsMin || !SummaryBetween(lines, decided, top, lowest)) return end + 1;
  std::int64_t prose = 0;
  for (std::int64_t i = start; i < top; ++i) {
    const auto at = static_cast<std::size_t>(i);
    prose += lines[at].prose && !decided[at] ? lines[at].length : 0;
  }
  return prose >= kCardInTextMinTextProse ? top : end + 1;
}

}  // namespace pith
