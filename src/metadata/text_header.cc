#include "metadata/text_header.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/text_lines.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "metadata/titles.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::text_header;

bool IsFree(const std::vector<Verdict>& verdicts, std::int32_t i) {
  return IsLeftOut(verdicts[static_cast<std::size_t>(i)].role);
}

// Not page furniture, a credit, a date or a byline.
bool IsPlainLine(const TextLine& l) {
  return !l.chrome && !l.section_head && !l.credit && !l.caption && !l.date_line && !l.byline_line && !l.teaser;
}

// A line in a cased script with no capital letter is a tag list, a slug
// or alt text ("hillary faithless electors"), not a headline; a script
// without case passes.
bool HasCapital(std::string_view text) {
  bool cased = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    if (u_isupper(c) || u_istitle(c)) return true;
    cased = cased || u_islower(c);
  }
  return !cased;
}

// The breadcrumb marks in a line. Guillemets in a line that has both kinds
// are quotation marks («Vape Wave», »Jeg synes«: headlines of four sites
// in French, German, Italian and Danish), not steps of a trail.
std::size_t CountTrailMarks(std::string_view text) {
  const bool quotes = text.find("\u00AB") != std::string_view::npos && text.find("\u00BB") != std::string_view::npos;
  std::size_t marks = 0;
  for (const std::string_view mark : lexicon::kTrailMarks) {
    if (quotes && mark == "\u00BB") continue;
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + mark.size())) ++marks;
  }
  return marks;
}

// Shaped like a headline: three words to a long sentence, without a full
// stop (which marks the standfirst or a paragraph) or an address.
bool IsHeadlineShaped(const std::string& text, const TextLine& l) {
  const std::int32_t words = std::max(l.stats.words, l.wide / limits::kWideCharsPerWord);
  // A line of several words without a space is a file name or an
  // address slug ("Video-shows-false-killer-whale.jpg").
  if (l.wide == 0 && text.find(' ') == std::string::npos) return false;
  if (!HasCapital(text)) return false;
  if (CountTrailMarks(text) >= limits::kMinTrailMarks) return false;
  return IsPlainLine(l) && words >= limits::kMinHeadlineWords && words <= limits::kMaxHeadlineWords &&
         l.stats.chars <= limits::kMaxHeadlineChars && text.back() != '.' && text.find("://") == std::string::npos;
}

}  // namespace

namespace {

// A word that says what a text is about: one of four letters or more, or
// one of a script without spaces or with accents (short Latin words are
// mostly "the", "and", "for").
bool Telling(const std::string& w) {
  return w.size() >= limits::kMinTellingBytes || static_cast<unsigned char>(w.front()) >= 0x80;
}

// The telling words of the body's first lines: what the article is about.
std::unordered_set<std::string> BodyWords(const Document& doc, const std::vector<Verdict>& verdicts,
                                          std::int32_t anchor) {
  std::unordered_set<std::string> words;
  std::int32_t lines = 0;
  for (std::size_t i = static_cast<std::size_t>(std::max(anchor, 0));
       i < doc.blocks.size() && lines < limits::kBodyLinesRead; ++i) {
    if (verdicts[i].role != Role::kBody) continue;
    ++lines;
    for (std::string& w : Words(doc.blocks[i].text)) {
      if (Telling(w)) words.insert(std::move(w));
    }
  }
  return words;
}

// Share of the line's telling words that the body uses: a headline says
// what the article is about; a menu, a notice or a sign-in box does not.
double BodyOverlap(const std::string& text, const std::unordered_set<std::string>& body) {
  std::int32_t telling = 0, used = 0;
  for (const std::string& w : Words(text)) {
    if (!Telling(w)) continue;
    ++telling;
    if (body.count(w) != 0) ++used;
  }
  // One more word in the count: a line of one or two words that the body
  // happens to use ("Wer wir sind") is not sure to be its headline.
  return static_cast<double>(used) / (telling + 1);
}

// Lines from `i` to the nearest of the byline and date lines (`marks`),
// or to the body's start when there is none.
std::int32_t DistanceToHeader(std::int32_t i, std::int32_t anchor, const std::vector<std::int32_t>& marks) {
  if (marks.empty()) return anchor - i;
  std::int32_t d = std::abs(marks.front() - i);
  for (const std::int32_t m : marks) d = std::min(d, std::abs(m - i));
  return d;
}

}  // namespace

std::int32_t FindTextHeadline(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t anchor,
                              std::int32_t byline, std::int32_t date) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  const std::int32_t limit = std::min(anchor, n);
  std::vector<std::int32_t> marks;
  for (const std::int32_t line : {byline, date}) {
    if (line >= 0 && line < limit + thresholds::header::kBlocksIntoBody) marks.push_back(line);
  }
  std::int32_t top = limit;
  for (const std::int32_t m : marks) top = std::min(top, m);
  const std::int32_t first = std::max<std::int32_t>(0, top - limits::kHeadlineReach);
  // A headline says what the body is about, sits near the byline and date
  // line, stands between blank lines (in copies that keep them) and is
  // often repeated (in the breadcrumbs, a share box).
  std::unordered_map<std::int32_t, std::int32_t> group_lines;
  std::unordered_map<std::string_view, std::int32_t> repeats;
  for (const Block& b : doc.blocks) {
    ++group_lines[b.group];
    ++repeats[b.text];
  }
  const std::unordered_set<std::string> body = BodyWords(doc, verdicts, anchor);
  std::int32_t best = -1;
  double best_score = 0;
  for (std::int32_t i = first; i < limit; ++i) {
    if (!IsFree(verdicts, i) || std::find(marks.begin(), marks.end(), i) != marks.end()) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    const TextLine l = MeasureTextLine(b);
    if (!IsHeadlineShaped(b.text, l)) continue;
    const std::int32_t group = group_lines[b.group];
    double score = group == 1 ? limits::kAloneScore : group == 2 ? limits::kPairScore : limits::kGroupScore;
    if (repeats[b.text] > 1) score += limits::kRepeatScore;
    const std::int32_t distance = DistanceToHeader(i, anchor, marks);
    score -= limits::kPerLine * distance;
    // Next to the byline or date line, or a line or two away (a
    // standfirst between them).
    if (!marks.empty() && distance <= limits::kNearHeaderLines) {
      score += limits::kNearHeaderScore * (limits::kNearHeaderLines + 1 - distance) / limits::kNearHeaderLines;
    }
    // Below both the byline and the date line come captions and notes.
    if (!marks.empty() && i > *std::max_element(marks.begin(), marks.end())) score += limits::kBelowHeaderScore;
    score += limits::kBodyOverlapScore * BodyOverlap(b.text, body);
    score += limits::kPerWord * std::min<std::int32_t>(std::max(l.stats.words, l.wide / limits::kWideCharsPerWord),
                                                       limits::kMaxScoredWords);
    if (best < 0 || score > best_score) best = i, best_score = score;
  }
  // Two such lines one above the other are the headline and a standfirst
  // without a full stop, when the upper one is a full title (a few words
  // are a kicker, share links or an author link) and not a breadcrumb
  // trail ending in the headline; and it stands alone between blank lines
  // or is the shorter (a standfirst says more than its headline), and
  // speaks of what the body does as much as half as often.
  if (best > first && IsFree(verdicts, best - 1)) {
    const Block& above = doc.blocks[static_cast<std::size_t>(best - 1)];
    const Block& chosen = doc.blocks[static_cast<std::size_t>(best)];
    const TextLine l = MeasureTextLine(above);
    if (IsHeadlineShaped(above.text, l) &&
        (group_lines[above.group] == 1 || above.text.size() < chosen.text.size()) &&
        l.stats.words >= limits::kMinFullTitleWords && above.text.find(chosen.text) == std::string::npos &&
        BodyOverlap(above.text, body) * 2 >= BodyOverlap(chosen.text, body)) {
      return best - 1;
    }
  }
  return best;
}

std::int32_t FindTextStandfirst(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t headline,
                                std::int32_t limit) {
  if (headline < 0 || limit <= headline + 1) return -1;
  for (std::int32_t i = headline + 1; i < limit; ++i) {
    if (!IsFree(verdicts, i)) continue;
    const TextLine l = MeasureTextLine(doc.blocks[static_cast<std::size_t>(i)]);
    if (IsPlainLine(l) && l.stats.words >= limits::kMinStandfirstWords) return i;
  }
  return -1;
}

}  // namespace pith
