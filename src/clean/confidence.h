// The article/no-article signal: how sure we are that the page is an
// article and that the body found is it.
#ifndef PITH_CLEAN_CONFIDENCE_H_
#define PITH_CLEAN_CONFIDENCE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "clean/clean.h"
#include "clean/thresholds.h"
#include "parse/document.h"

namespace pith {

struct ConfidenceFacts {
  // Running text in the body, in characters where a CJK character counts
  // as three.
  std::int64_t prose_chars = 0;
  std::int32_t prose_blocks = 0;  // its paragraphs
  // Blocks in the article's container that are only a link, headline-
  // shaped: other stories' titles, as on section fronts and result lists.
  std::int32_t link_titles = 0;
  std::int64_t teaser_chars = 0;  // prose right after such a title
  std::int32_t teasers = 0;       // the titles with such prose
  bool declares_article = false;  // og:type article, or an Article in JSON-LD
  bool error_page = false;        // "404", "Page not found" in the title or first heading
  // The page's first <h1> heads the article's container, above its text:
  // the page is that text's own, however short (a notice, a programme).
  bool titled = false;
  // When titled: blocks of links beside the body in the box of its title
  // and container (counted up to one more than the floor allows).
  std::int32_t link_entries = 0;
};

// The level of the page's title heading: <h1>, or on a page without one
// the highest level it has, if no lower than kPageTitleMaxLevel. 0 if none.
int PageTitleLevel(const Document& doc);

// Whether the heading at block `h` is the page's only title heading
// (PageTitleLevel), linked to a page below the site's root and not again
// by a "read more" under the body's first block `first`: a blog post's
// title linked to its permalink, its own title as an unlinked <h1> is.
bool SoleLinkedTitle(const Document& doc, std::size_t h, std::size_t first);

// The page's <title> or og:title names the heading `text`: the page is
// that heading's, even when the heading links to it (a blog post's
// permalinked title) or is an <h2>.
bool NamedByPageTitle(const Document& doc, std::string_view text);

ConfidenceFacts MeasureConfidence(const Document& doc, const Selection& sel);

// 0 (not an article) to 1 (clearly one).
double Confidence(const ConfidenceFacts& facts);

}  // namespace pith

#endif  // PITH_CLEAN_CONFIDENCE_H_
