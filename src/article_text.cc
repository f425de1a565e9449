#include "article_text.h"

#include <algorithm>
#include <string>

#include "heuristics.h"
#include "text_lines.h"

namespace pith {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Captions in a text copy: an image's alt text followed by the caption that
// repeats it with a credit, two identical lines, a line ending in a credit
// such as "(AP)" or "(AFP/Getty Images)" (the short line just above it in
// the same group is the image's alt text), and credit lines.
void MarkTextCaptions(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                      std::vector<bool>& decided) {
  const Heuristics& h = GetHeuristics();
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string& text = blocks[i].text;
    if (i + 1 < blocks.size() && blocks[i + 1].group == blocks[i].group && text.size() >= 10) {
      const std::string& next = blocks[i + 1].text;
      if (next == text || (next.size() > text.size() && next.compare(0, text.size(), text) == 0 &&
                           RE2::PartialMatch(Piece(next), h.caption_credit))) {
        sel.Set(i, Role::kDropped, "dropped: image alt text repeated by the caption");
        sel.Set(i + 1, Role::kCaption, "caption: repeats the image's alt text");
        decided[i] = decided[i + 1] = true;
        ++i;
        continue;
      }
    }
    const TextLine& l = lines[i];
    if (l.credit || l.caption) {
      sel.Set(i, l.caption ? Role::kCaption : Role::kDropped, l.caption ? l.caption : l.credit);
      decided[i] = true;
      continue;
    }
    const BlockStats& s = l.stats;
    if (s.words <= 60 && s.words >= 3 && RE2::PartialMatch(Piece(text), h.caption_credit) &&
        !RE2::FullMatch(Piece(text), h.agency_line)) {
      sel.Set(i, Role::kCaption, "caption: ends with a photo credit");
      decided[i] = true;
      if (i > 0 && !decided[i - 1] && blocks[i - 1].group == blocks[i].group && !lines[i - 1].prose &&
          lines[i - 1].stats.words <= 15) {
        sel.Set(i - 1, Role::kDropped, "dropped: image alt text above its caption");
        decided[i - 1] = true;
      }
    }
  }
}

// How much a line adds to the article run it is in: prose counts for its
// length, chrome and short lines against it.
double LineWeight(const TextLine& l) {
  const BlockStats& s = l.stats;
  if (l.chrome) {
    // An ad label inside the article costs little; a run of chrome or a
    // long appeal ends the article.
    return -std::max(60.0, static_cast<double>(s.chars));
  }
  if (l.section_head) return -300;
  if (l.repeats > 1) return -(s.chars / 2.0 + 20);
  if (!l.prose) return -(s.chars / 2.0 + 20);
  // Article paragraphs stand alone between blank lines; prose grouped with
  // short lines is a comment under its author and time, or a teaser under
  // its title.
  if (l.group_lines == 1) return s.chars;
  const double ratio = static_cast<double>(l.group_prose) / l.group_lines;
  return s.chars * (ratio >= 0.99 ? 0.8 : ratio >= 0.5 ? 0.5 : 0.2);
}

}  // namespace

// Text copies: the article is the run of lines with the most prose, where
// chrome lines and short non-prose lines count against the run (the
// maximum-sum segment of per-line weights).
Selection SelectTextArticle(const Document& doc) {
  Selection sel;
  sel.verdicts.assign(doc.blocks.size(), Verdict{});
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  std::vector<bool> decided(doc.blocks.size(), false);
  MarkTextCaptions(doc, lines, sel, decided);

  double best = 0, run = 0;
  std::int64_t best_start = -1, best_end = -1, start = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    // Captions interrupt an article without ending it.
    const double w = decided[i] ? -10 : LineWeight(lines[i]);
    if (run <= 0) {
      run = 0;
      start = static_cast<std::int64_t>(i);
    }
    run += w;
    if (run > best) {
      best = run;
      best_start = start;
      best_end = static_cast<std::int64_t>(i);
    }
  }
  if (best_start < 0) return sel;
  // The standfirst, byline and date line can open the run when the
  // standfirst reads as prose: the article starts after them.
  const std::int64_t header_end = std::min(best_end, best_start + 8);
  for (std::int64_t i = best_start; i < header_end; ++i) {
    const TextLine& l = lines[static_cast<std::size_t>(i)];
    if (l.date_line || l.byline_line) best_start = i + 1;
  }
  for (auto i = static_cast<std::size_t>(best_start); i <= static_cast<std::size_t>(best_end); ++i) {
    if (decided[i]) continue;
    const TextLine& l = lines[i];
    if (l.chrome || l.section_head) {
      sel.Set(i, Role::kDropped, l.chrome ? l.chrome : l.section_head);
    } else if (l.stats.words < 2 && !l.prose) {
      sel.Set(i, Role::kDropped, "dropped: one-word line");
    } else {
      sel.Set(i, Role::kBody, "body: in the longest prose run");
    }
  }
  sel.root = 1;
  return sel;
}

}  // namespace pith
