#include "metadata/text_header.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "clean/text_lines.h"
#include "metadata/thresholds.h"

namespace pith {
namespace {

namespace limits = thresholds::text_header;

bool IsFree(const std::vector<Verdict>& verdicts, std::int32_t i) {
  return verdicts[static_cast<std::size_t>(i)].role == Role::kDropped;
}

// Not page furniture, a credit, a date or a byline.
bool IsPlainLine(const TextLine& l) {
  return !l.chrome && !l.section_head && !l.credit && !l.caption && !l.date_line && !l.byline_line && !l.teaser;
}

// Shaped like a headline: three words to a long sentence, without a full
// stop (which marks the standfirst or a paragraph) or an address.
bool IsHeadlineShaped(const std::string& text, const TextLine& l) {
  const std::int32_t words = std::max(l.stats.words, l.wide / limits::kWideCharsPerWord);
  return IsPlainLine(l) && words >= limits::kMinHeadlineWords && words <= limits::kMaxHeadlineWords &&
         l.stats.chars <= limits::kMaxHeadlineChars && text.back() != '.' && text.find("://") == std::string::npos;
}

}  // namespace

std::int32_t TextHeaderStart(std::int32_t anchor) {
  return std::max<std::int32_t>(0, anchor - thresholds::header::kBlocksAbove);
}

std::int32_t FindTextHeadline(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t anchor,
                              std::int32_t byline, std::int32_t date) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  std::int32_t limit = std::min(anchor, n);
  for (const std::int32_t line : {byline, date}) {
    if (line >= TextHeaderStart(anchor) && line < limit) limit = line;
  }
  const std::int32_t first = std::max<std::int32_t>(0, limit - limits::kHeadlineReach);
  // A headline stands between blank lines and is often repeated (in the
  // breadcrumbs, a share box); the nearer the byline, the likelier.
  std::unordered_map<std::int32_t, std::int32_t> group_lines;
  std::unordered_map<std::string_view, std::int32_t> repeats;
  for (const Block& b : doc.blocks) {
    ++group_lines[b.group];
    ++repeats[b.text];
  }
  std::int32_t best = -1;
  double best_score = 0;
  for (std::int32_t i = first; i < limit; ++i) {
    if (!IsFree(verdicts, i)) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    const TextLine l = MeasureTextLine(b);
    if (!IsHeadlineShaped(b.text, l)) continue;
    const std::int32_t group = group_lines[b.group];
    double score = group == 1 ? limits::kAloneScore : group == 2 ? limits::kPairScore : limits::kGroupScore;
    if (repeats[b.text] > 1) score += limits::kRepeatScore;
    score -= limits::kPerLine * (limit - i);
    score += limits::kPerWord * std::min<std::int32_t>(std::max(l.stats.words, l.wide / limits::kWideCharsPerWord),
                                                       limits::kMaxScoredWords);
    if (best < 0 || score > best_score) best = i, best_score = score;
  }
  // Two such lines one above the other are the headline and a standfirst
  // without a full stop, when the upper one is a full title (a few words
  // are a kicker, share links or an author link) and not a breadcrumb
  // trail ending in the headline.
  if (best > first && IsFree(verdicts, best - 1)) {
    const Block& above = doc.blocks[static_cast<std::size_t>(best - 1)];
    const TextLine l = MeasureTextLine(above);
    if (IsHeadlineShaped(above.text, l) && group_lines[above.group] == 1 &&
        l.stats.words >= limits::kMinFullTitleWords &&
        above.text.find(doc.blocks[static_cast<std::size_t>(best)].text) == std::string::npos) {
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
