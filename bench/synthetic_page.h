// Synthetic news pages of any size, for the benchmarks that show how
// extraction time grows with the page (bench/speed, pith_benchmarks).
#ifndef PITH_BENCH_SYNTHETIC_PAGE_H_
#define PITH_BENCH_SYNTHETIC_PAGE_H_

#include <cstddef>
#include <string>

namespace pith::bench {

// An article page of about `bytes` bytes (never less than one screenful):
// a head with meta tags and JSON-LD, a navigation bar, the article (headline,
// byline, date, then sections of paragraphs with links and commas, figures
// with captions, lists, quotes, tables, share bars and ad labels), a
// sidebar of teaser cards and a footer. The text is drawn from a fixed
// vocabulary with a fixed seed: the same size gives the same page. Larger
// pages have more sections; the markup around a section, its depth and
// the share of each kind of block stay the same, so that the work per byte
// should too.
std::string SyntheticPage(std::size_t bytes);

}  // namespace pith::bench

#endif  // PITH_BENCH_SYNTHETIC_PAGE_H_
