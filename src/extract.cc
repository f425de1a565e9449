// The entry point: the list of stage calls.
#include <utility>
#include <vector>

#include "clean/clean.h"
#include "clean/confidence.h"
#include "parse/document.h"
#include "emit/emit.h"
#include "parse/encoding.h"
#include "emit/explain.h"
#include "parse/html_limits.h"
#include "parse/html_parse.h"
#include "parse/input.h"
#include "metadata/metadata.h"
#include "pith/pith.h"
#include "parse/text_parse.h"
#include "util/url.h"

namespace pith {

Result Extract(std::string_view bytes, const Options& options) {
  Result result;
  auto fail = [&](Status status, std::string message) {
    result.status = status;
    result.error = std::move(message);
    return result;
  };
  if (bytes.size() > options.max_bytes) {
    return fail(Status::kTooLarge, "input larger than " + std::to_string(options.max_bytes) + " bytes");
  }
  // 1. Parse: bytes -> UTF-8 -> Document.
  const Sniffed raw = SniffBytes(bytes);
  if (raw == Sniffed::kEmpty) return fail(Status::kEmptyInput, "empty input");
  if (raw == Sniffed::kBinary) return fail(Status::kNotADocument, "not an HTML or text document");
  StageClock clock(options.explain);
  Decoded decoded = DecodeToUtf8(bytes, options.encoding);
  bool html = options.input == InputFormat::kHtml;
  if (options.input == InputFormat::kAuto) html = SniffMarkup(decoded.text) == Sniffed::kHtml;
  TraceFacts trace;
  if (options.explain) {
    trace.bytes = bytes.size();
    trace.encoding = decoded.encoding;
    trace.encoding_how = decoded.how;
    trace.format_how = options.input == InputFormat::kAuto ? "sniffed" : "as asked";
  }
  Document doc = html ? ParseHtml(LimitHtml(std::move(decoded.text))) : ParseText(decoded.text);
  result.article.format = html ? "html" : "text";
  trace.parse_ms = clock.Lap();

  // 2. Clean: mark chrome, find the article.
  MarkElements(doc);
  Selection selection = FindArticle(doc);
  trace.clean_ms = clock.Lap();

  // 3. Metadata and emit.
  const std::vector<BlockClaim> claims =
      ReadMetadata(doc, options, selection, result.article, options.explain ? &result.sources : nullptr);
  // The blocks that print the headline, byline, date and captions leave the body.
  MarkMetadataBlocks(claims, selection);
  trace.metadata_ms = clock.Lap();
  const std::string base = PageBase(doc.facts.base, options.url, result.article.url.value_or(""));
  result.article.blocks = BuildBodyBlocks(doc, selection, base);
  result.article.body = JoinBody(result.article.blocks);
  result.article.confidence = Confidence(MeasureConfidence(doc, selection));
  if (options.explain) {
    result.explanation = Explain(doc, selection);
    result.trace = TraceStages(trace, doc, selection, result.article, result.sources);
  }
  if (result.article.body.empty() || result.article.confidence < kMinConfidence) {
    return fail(Status::kNoArticle, "no article found");
  }
  return result;
}

}  // namespace pith
