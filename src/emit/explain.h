// What extraction decided about each block, for --explain, and the stage
// trace for -v. Both only read what the stages recorded.
#ifndef PITH_EMIT_EXPLAIN_H_
#define PITH_EMIT_EXPLAIN_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

std::vector<BlockDecision> Explain(const Document& doc, const Selection& sel);

// The Article members that are metadata, in the JSON's order.
inline constexpr const char* kMetadataFields[] = {"headline", "description", "byline",   "authors",
                                                  "date",     "modified",    "captions", "site_name",
                                                  "language", "url",         "image",    "section",
                                                  "tags",     "paywalled"};
// The last source recorded for `field`, or null.
const FieldSource* SourceOf(const Result& result, std::string_view field);

// "div#story.article-body": an element's tag, id and classes.
std::string ElementSelector(const Element& e);

// Milliseconds between laps; reads no clock when off.
class StageClock {
 public:
  explicit StageClock(bool on) : on_(on) {
    if (on_) last_ = std::chrono::steady_clock::now();
  }
  double Lap() {
    if (!on_) return 0;
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

// What the stages of one extraction saw, for Result::trace.
struct TraceFacts {
  std::size_t bytes = 0;
  std::string encoding;
  const char* encoding_how = "";
  const char* format_how = "";  // "sniffed" or "as asked"
  double parse_ms = 0, clean_ms = 0, metadata_ms = 0;
};

std::vector<std::string> TraceStages(const TraceFacts& facts, const Document& doc, const Selection& sel,
                                     const Article& article, const std::vector<FieldSource>& sources);

}  // namespace pith

#endif  // PITH_EMIT_EXPLAIN_H_
