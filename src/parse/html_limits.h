// Bounds the work an HTML parser does on hostile markup, before gumbo sees
// the page.
//
// gumbo (0.10.1) spends time proportional to the number of open elements
// on most tags, to the number of active formatting elements (<b>, <a>,
// <font>...) on many, and to the number of attributes on each attribute; and
// formatting elements left open are re-created inside every later block, so
// a few kilobytes can become millions of nodes. LimitHtml runs a linear pass
// that follows the HTML tree-building rules closely enough to know these
// numbers, and removes the tags that would push them past the limits (the
// text between tags is kept). Normal pages stay far below every limit and
// come out byte for byte unchanged.
#ifndef PITH_PARSE_HTML_LIMITS_H_
#define PITH_PARSE_HTML_LIMITS_H_

#include <cstddef>
#include <string>

namespace pith {

struct HtmlLimits {
  // Open elements. Chrome's parser stops nesting at the same depth.
  std::size_t max_depth = 512;
  // Attributes on one tag; later ones are cut.
  std::size_t max_attributes = 128;
  // Active formatting elements (open or waiting to be re-created).
  std::size_t max_formatting = 64;
  // Formatting elements re-created in later blocks, in all: this many plus
  // one per `reconstruct_bytes_per_element` bytes of input. Past it, the
  // start tags of the elements being re-created are removed.
  std::size_t max_reconstructed = 4096;
  std::size_t reconstruct_bytes_per_element = 4;
};

// What LimitHtml removed; all zero for a normal page.
struct HtmlLimitReport {
  std::size_t deep_tags = 0;        // start tags past max_depth, and their end tags
  std::size_t cut_attributes = 0;   // tags whose attributes were cut
  std::size_t formatting_tags = 0;  // formatting start tags past max_formatting or the re-creation budget
  std::size_t max_depth = 0;        // the most elements open at once, after the cuts
  std::size_t reconstructed = 0;    // formatting elements re-created
};

// Returns `html` with the tags removed or cut that would take the parser
// past `limits`; `html` itself when nothing needs to go.
std::string LimitHtml(std::string html, const HtmlLimits& limits = {}, HtmlLimitReport* report = nullptr);

}  // namespace pith

#endif  // PITH_PARSE_HTML_LIMITS_H_
