#include "article_text.h"

#include <algorithm>
#include <string>

#include "heuristics.h"
#include "text_util.h"

namespace pith {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Captions in a text copy: an image's alt text followed by the caption that
// repeats it with a credit, two identical lines, or a line ending in a
// credit such as "(AP)" or "(AFP/Getty Images)".
void MarkTextCaptions(const Document& doc, const std::vector<BlockStats>& stats, Selection& sel,
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
    if (stats[i].words <= 60 && stats[i].words >= 3 && RE2::PartialMatch(Piece(text), h.caption_credit) &&
        !RE2::FullMatch(Piece(text), h.agency_line)) {
      sel.Set(i, Role::kCaption, "caption: ends with a photo credit");
      decided[i] = true;
    }
  }
}

// Text copies: the article is the run of lines with the most prose, where
// chrome lines and short non-prose lines count against the run (the
// maximum-sum segment of per-line weights).
}  // namespace

Selection SelectTextArticle(const Document& doc) {
  Selection sel;
  sel.verdicts.assign(doc.blocks.size(), Verdict{});
  std::vector<BlockStats> stats;
  stats.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) stats.push_back(MeasureBlock(b));
  std::vector<bool> decided(doc.blocks.size(), false);
  MarkTextCaptions(doc, stats, sel, decided);

  double best = 0, run = 0;
  std::int64_t best_start = -1, best_end = -1, start = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const BlockStats& s = stats[i];
    double w;
    if (decided[i]) {
      w = -10;  // captions interrupt an article without ending it
    } else if (s.chrome) {
      // An ad label inside the article costs little; a run of chrome or a
      // long appeal ends the article.
      w = -std::max(60.0, static_cast<double>(s.chars));
    } else if (IsProse(s)) {
      w = s.chars;
    } else {
      w = -(s.chars / 2.0 + 20);
    }
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
  for (auto i = static_cast<std::size_t>(best_start); i <= static_cast<std::size_t>(best_end); ++i) {
    if (decided[i]) continue;
    const BlockStats& s = stats[i];
    if (s.chrome) {
      sel.Set(i, Role::kDropped, s.chrome);
    } else if (s.words < 2 && !IsProse(s)) {
      sel.Set(i, Role::kDropped, "dropped: one-word line");
    } else {
      sel.Set(i, Role::kBody, "body: in the longest prose run");
    }
  }
  sel.root = 1;
  return sel;
}

}  // namespace pith
