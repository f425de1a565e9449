#include "clean/pull_quotes.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>

#include "clean/article_edges.h"
#include "clean/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool MaySayAgain(BlockKind kind) { return kind == BlockKind::kText || kind == BlockKind::kQuote; }

// Whether the short body block at `quote` repeats a longer paragraph among
// the body blocks within kPullQuoteMaxDistance of it, outside the box the
// quote sits in: a paragraph beside its source in one box is the writer's
// own restatement.
bool RepeatsNearbyParagraph(const Document& doc, const Selection& sel, const std::vector<std::size_t>& body,
                            const std::vector<std::vector<std::uint64_t>>& grams, std::size_t k) {
  const std::size_t from = k > kPullQuoteMaxDistance ? k - kPullQuoteMaxDistance : 0;
  const std::size_t to = std::min(body.size(), k + kPullQuoteMaxDistance + 1);
  const std::int32_t words = sel.stats[body[k]].words;
  const std::int32_t box = doc.elements[static_cast<std::size_t>(doc.blocks[body[k]].element)].parent;
  for (std::size_t j = from; j < to; ++j) {
    if (j == k || sel.stats[body[j]].words * 100 < words * kPullQuoteSourceMinPercent) continue;
    if (box >= 0 && doc.Contains(box, doc.blocks[body[j]].element)) continue;
    if (TrigramCoverage(grams[k], grams[j]) * 100 >= kPullQuoteMinCoverPercent) return true;
  }
  return false;
}

// Whether body block `i` is a short line that is no sentence: the name or
// role under a quote.
bool IsCreditLine(const Selection& sel, std::size_t i) {
  const BlockStats& s = sel.stats[i];
  return s.words <= kPullQuoteCreditMaxWords && !s.sentence_end;
}

// The largest box around the quote at body[k] that holds, besides it, only
// a few credit lines; its body blocks are body[first..last].
void QuoteBox(const Document& doc, const Selection& sel, const std::vector<std::size_t>& body, std::size_t k,
              std::size_t& first, std::size_t& last) {
  first = last = k;
  auto element = [&](std::size_t j) { return doc.blocks[body[j]].element; };
  for (std::int32_t p = doc.elements[static_cast<std::size_t>(element(k))].parent; p >= 0 && p != sel.root;
       p = doc.elements[static_cast<std::size_t>(p)].parent) {
    std::size_t lo = k;
    std::size_t hi = k;
    // Count no further than a box of credit lines may reach.
    while (lo > 0 && hi - lo <= kPullQuoteMaxCreditLines && doc.Contains(p, element(lo - 1))) --lo;
    while (hi + 1 < body.size() && hi - lo <= kPullQuoteMaxCreditLines && doc.Contains(p, element(hi + 1))) ++hi;
    if (hi - lo > kPullQuoteMaxCreditLines) return;
    for (std::size_t j = lo; j <= hi; ++j) {
      if (j != k && !IsCreditLine(sel, body[j])) return;
    }
    first = lo;
    last = hi;
  }
}

// Whether a paragraph ends with a colon: it introduces what follows.
bool IntroducesQuote(std::string_view text) {
  const std::string_view t = Trim(text);
  return !t.empty() && t.back() == ':';
}

// The nearest <blockquote> holding the element, below the article's root,
// or -1.
std::int32_t EnclosingBlockquote(const Document& doc, std::int32_t e, std::int32_t root) {
  for (; e >= 0 && e != root; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    if (doc.elements[static_cast<std::size_t>(e)].tag == Tag::kBlockquote) return e;
  }
  return -1;
}

// Whether the blockquote holds, besides body[k], only a few credit lines:
// a quote set apart, not a passage quoted at length.
bool QuoteAlone(const Document& doc, const Selection& sel, const std::vector<std::size_t>& body, std::size_t k,
                std::int32_t quote) {
  std::size_t others = 0;
  auto inside = [&](std::size_t j) { return doc.Contains(quote, doc.blocks[body[j]].element); };
  for (std::size_t j = k; j > 0 && others <= kPullQuoteMaxCreditLines && inside(j - 1); --j) {
    if (!IsCreditLine(sel, body[j - 1])) return false;
    ++others;
  }
  for (std::size_t j = k + 1; j < body.size() && others <= kPullQuoteMaxCreditLines && inside(j); ++j) {
    if (!IsCreditLine(sel, body[j])) return false;
    ++others;
  }
  return others <= kPullQuoteMaxCreditLines;
}

// The share of the quote's trigrams found in one paragraph of the text
// column or two in a row: a pull quote's words come from one place of the
// text (a summary's come from all over it; an info box beside the text
// may say them again).
double BestRunCoverage(const Document& doc, const std::vector<std::size_t>& body,
                       const std::vector<std::vector<std::uint64_t>>& grams, std::size_t k, std::int32_t column) {
  const std::vector<std::uint64_t>& quote = grams[k];
  std::vector<bool> before(quote.size(), false);
  std::size_t best = 0;
  for (std::size_t j = 0; j < body.size(); ++j) {
    const Block& b = doc.blocks[body[j]];
    if (j == k || b.kind != BlockKind::kText || !InTextColumn(doc, column, b.element)) {
      before.assign(quote.size(), false);
      continue;
    }
    std::size_t found = 0;
    for (std::size_t g = 0; g < quote.size(); ++g) {
      const bool here = std::binary_search(grams[j].begin(), grams[j].end(), quote[g]);
      found += (here || before[g]) ? 1U : 0U;
      before[g] = here;
    }
    best = std::max(best, found);
  }
  return quote.empty() ? 0.0 : static_cast<double>(best) / static_cast<double>(quote.size());
}

// Whether body[k] is a quote set apart: alone in a blockquote, with at
// most a few credit lines. An embedded post the text quotes is none, and
// neither is a quote the text introduces with a colon (a passage it goes
// on to discuss).
bool SetApartQuote(const Document& doc, const Selection& sel, const std::vector<std::size_t>& body, std::size_t k) {
  const std::int32_t e = doc.blocks[body[k]].element;
  if (doc.blocks[body[k]].kind != BlockKind::kQuote) return false;
  const std::int32_t quote = EnclosingBlockquote(doc, e, sel.root);
  if (quote < 0 || (doc.elements[static_cast<std::size_t>(quote)].flags & kEmbed) != 0) return false;
  if ((doc.elements[static_cast<std::size_t>(e)].flags & kEmbed) != 0) return false;
  if (k > 0 && IntroducesQuote(doc.blocks[body[k - 1]].text)) return false;
  return QuoteAlone(doc, sel, body, k, quote);
}

}  // namespace

std::vector<std::uint64_t> WordTrigrams(std::string_view text) {
  const std::string lower = LowerSameLength(text);
  const std::string_view s = lower;
  std::vector<std::size_t> words;
  std::size_t i = 0;
  std::size_t start = 0;
  bool in_word = false;
  while (i <= s.size()) {
    const std::size_t at = i;
    const bool word_char = i < s.size() && IsWordChar(NextCodePoint(s, i));
    if (at == s.size()) ++i;
    if (word_char && !in_word) start = at;
    if (!word_char && in_word) words.push_back(std::hash<std::string_view>{}(s.substr(start, at - start)));
    in_word = word_char;
  }
  std::vector<std::uint64_t> grams;
  for (std::size_t w = 0; w + 2 < words.size(); ++w) {
    // Order matters: mix each word's hash in turn.
    std::uint64_t h = words[w];
    h = h * 0x9E3779B97F4A7C15ULL + words[w + 1];
    h = h * 0x9E3779B97F4A7C15ULL + words[w + 2];
    grams.push_back(h);
  }
  std::sort(grams.begin(), grams.end());
  return grams;
}

double TrigramCoverage(const std::vector<std::uint64_t>& quote, const std::vector<std::uint64_t>& source) {
  if (quote.empty()) return 0.0;
  std::size_t found = 0;
  for (std::uint64_t g : quote) found += std::binary_search(source.begin(), source.end(), g);
  return static_cast<double>(found) / static_cast<double>(quote.size());
}

void DropPullQuotes(const Document& doc, Selection& sel) {
  if (doc.format != SourceFormat::kHtml || sel.root < 0 || sel.stats.size() != doc.blocks.size()) return;
  const std::vector<std::size_t> body = sel.BodyBlocks();
  std::vector<std::vector<std::uint64_t>> grams(body.size());
  for (std::size_t k = 0; k < body.size(); ++k) {
    if (MaySayAgain(doc.blocks[body[k]].kind)) grams[k] = WordTrigrams(doc.blocks[body[k]].text);
  }
  const std::int32_t column = TextColumn(doc, sel);
  std::size_t far_checks = 0;
  for (std::size_t k = 0; k < body.size(); ++k) {
    const std::int32_t words = sel.stats[body[k]].words;
    if (!MaySayAgain(doc.blocks[body[k]].kind) || words < kPullQuoteMinWords || words > kPullQuoteMaxWords) continue;
    // A short line that ends no sentence is a title the text names again.
    if (!sel.stats[body[k]].sentence_end && words < kPullQuoteUnendedMinWords) continue;
    bool repeats = RepeatsNearbyParagraph(doc, sel, body, grams, k);
    // A quote set apart may come from anywhere in the text: pages set pull
    // quotes a screen or more from their paragraph, cut a word or a clause
    // from them, or quote a sentence the text spreads over two paragraphs.
    if (!repeats && column >= 0 && far_checks < kPullQuoteMaxFarChecks && SetApartQuote(doc, sel, body, k)) {
      ++far_checks;
      repeats = BestRunCoverage(doc, body, grams, k, column) * 100 >= kBlockquoteRepeatMinCoverPercent;
    }
    if (!repeats) continue;
    std::size_t first = k;
    std::size_t last = k;
    QuoteBox(doc, sel, body, k, first, last);
    for (std::size_t j = first; j <= last; ++j) sel.Set(body[j], Role::kDropped, "dropped: pull quote (repeats the text)");
  }
}

}  // namespace pith
