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
// text between tags is kept). It also counts the nodes the parser will
// build, which is what its memory grows with (some 500 bytes each with
// pith's own structures): past a budget, the rest of the page is read as
// text. Normal pages stay far below every limit and come out byte for byte
// unchanged.
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
  // Nodes the parser builds (elements, text runs, comments, attributes), in
  // all: this many plus one per `bytes_per_node` bytes of input. Past it,
  // every further start tag, comment and lone '<' is removed, the contents
  // of <script>, <style> and the like with their tags, and end tags only
  // close elements already open: the rest of the page is text in the
  // element open at that point. The benchmark's largest page has 25,600
  // nodes, its densest one per 15 bytes; prose runs one per 50 bytes or
  // more. A flood of `<li>a` (one node per 2.5 bytes) took 200 times its
  // size in memory before.
  std::size_t max_nodes = 100000;
  std::size_t bytes_per_node = 32;
};

// What LimitHtml removed; all zero for a normal page.
struct HtmlLimitReport {
  std::size_t deep_tags = 0;        // start tags past max_depth, and their end tags
  std::size_t cut_attributes = 0;   // tags whose attributes were cut
  std::size_t formatting_tags = 0;  // formatting start tags past max_formatting or the re-creation budget
  std::size_t max_depth = 0;        // the most elements open at once, after the cuts
  std::size_t reconstructed = 0;    // formatting elements re-created
  std::size_t nodes = 0;            // nodes counted until the node budget ran out (an upper bound)
  std::size_t over_budget = 0;      // tags, comments and lone '<' removed past the node budget
};

// Returns `html` with the tags removed or cut that would take the parser
// past `limits`; `html` itself when nothing needs to go.
std::string LimitHtml(std::string html, const HtmlLimits& limits = {}, HtmlLimitReport* report = nullptr);

}  // namespace pith

#endif  // PITH_PARSE_HTML_LIMITS_H_
