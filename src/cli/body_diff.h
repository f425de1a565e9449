// Comparing an extracted body with the expected one: a similarity score and
// a readable diff of the paragraphs.
#ifndef PITH_CLI_BODY_DIFF_H_
#define PITH_CLI_BODY_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

// The \w+ tokens of `text` (letters, digits and '_' in any script).
std::vector<std::string_view> WordTokens(std::string_view text);

// The benchmark scorer's measure: F1 of the multisets of 4-token shingles
// (one shorter shingle for a text of 1-3 tokens). 1 for equal token lists,
// including two texts without tokens.
double BodyF1(std::string_view expected, std::string_view actual);

// The paragraphs (separated by blank lines) that differ, in order: "- " for
// an expected paragraph that is missing, "+ " for one that should not be
// there, and "  (N paragraphs the same)" for runs in common. A paragraph is
// cut at `width` code points. Empty when the paragraphs are equal.
std::string ParagraphDiff(std::string_view expected, std::string_view actual, std::size_t width = 160);

}  // namespace pith

#endif  // PITH_CLI_BODY_DIFF_H_
