// The emit stage's bounds: how precise the confidence is, how much of a
// page's names an explanation quotes, and which Markdown a body may hold.
// Each says what it decides and where it came from.
#ifndef PITH_EMIT_THRESHOLDS_H_
#define PITH_EMIT_THRESHOLDS_H_

#include <cstddef>

namespace pith {

// The confidence is written to two decimals (times this, rounded, divided
// back): a score, not a measurement. Since the confidence itself.
inline constexpr int kConfidenceScale = 100;

// --- Explanations (explain.cc) -----------------------------------------------

// An element is named by its tag, id and classes, and a block's path by
// its nearest ancestors, cut short so that a page's generated class lists
// and deep nesting keep each line readable. Since the first version.
inline constexpr std::size_t kSelectorIdMaxBytes = 40;
inline constexpr std::size_t kSelectorClassMaxBytes = 60;
inline constexpr std::size_t kPathMaxElements = 12;
// The chrome element a reason quotes shows this much of each attribute.
// Came with reasons completed with their measures.
inline constexpr std::size_t kCauseAttributeMaxBytes = 60;

// --- Markdown (markdown.cc) --------------------------------------------------

// CommonMark reads one to nine digits and a dot as a list marker: a
// paragraph opening so has its dot escaped.
inline constexpr std::size_t kListMarkerMaxDigits = 9;
// The headline is the only "#" heading: the body's headings start at "##",
// and Markdown has six levels.
inline constexpr int kMinBodyHeadingLevel = 2;
inline constexpr int kMaxHeadingLevel = 6;
// The standfirst is written under the headline unless the body holds its
// opening bytes (a description made of the first paragraph), or it runs
// longer than a dek's sentence or two (a description that is the whole
// story). From the benchmark pages' Markdown, read by eye. Came with the
// standfirst in the Markdown.
inline constexpr std::size_t kStandfirstProbeBytes = 80;
inline constexpr std::size_t kMaxStandfirstChars = 400;

}  // namespace pith

#endif  // PITH_EMIT_THRESHOLDS_H_
