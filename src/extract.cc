// The entry point: the list of stage calls.
#include <new>
#include <optional>
#include <utility>
#include <vector>

#include "clean/clean.h"
#include "clean/confidence.h"
#include "emit/emit.h"
#include "emit/explain.h"
#include "metadata/language.h"
#include "metadata/comments.h"
#include "metadata/metadata.h"
#include "metadata/published_date.h"
#include "parse/document.h"
#include "parse/encoding.h"
#include "parse/html_limits.h"
#include "parse/html_parse.h"
#include "parse/input.h"
#include "parse/mhtml.h"
#include "parse/text_parse.h"
#include "pith/pith.h"
#include "util/url.h"

namespace pith {
namespace {

Result ExtractOrThrow(std::string_view bytes, const Options& asked) {
  Result result;
  auto fail = [&](Status status, std::string message) {
    result.status = status;
    result.error = std::move(message);
    return result;
  };
  if (bytes.size() > asked.max_bytes) {
    return fail(Status::kTooLarge, "input larger than " + std::to_string(asked.max_bytes) + " bytes");
  }
  // 1. Parse: bytes -> UTF-8 -> Document. An MHTML file gives its page,
  // with the address and charset the file names unless the caller did.
  Options options = asked;
  std::optional<MhtmlPage> mhtml;
  if (asked.input != InputFormat::kText && LooksLikeMhtml(bytes)) {
    mhtml = ReadMhtml(bytes);
    if (!mhtml) return fail(Status::kNotADocument, "MHTML file without an HTML part");
    bytes = mhtml->html;
    options.input = InputFormat::kHtml;
    if (options.url.empty()) options.url = mhtml->location;
    if (options.encoding.empty()) options.encoding = mhtml->charset;
  }
  const Sniffed raw = SniffBytes(bytes, options.encoding);
  if (raw == Sniffed::kEmpty) return fail(Status::kEmptyInput, "empty input");
  if (raw == Sniffed::kBinary) return fail(Status::kNotADocument, "not an HTML or text document");
  StageClock clock(options.explain);
  Decoded decoded = DecodeToUtf8(bytes, options.encoding);
  decoded.text = RepairMojibake(std::move(decoded.text));
  bool html = options.input == InputFormat::kHtml;
  if (options.input == InputFormat::kAuto) html = SniffMarkup(decoded.text) == Sniffed::kHtml;
  // A browser's copy keeps no bytes to decode again: its text is read back.
  if (!html) decoded.text = RepairDoubleByteMojibake(std::move(decoded.text));
  TraceFacts trace;
  if (options.explain) {
    trace.bytes = bytes.size();
    trace.encoding = decoded.encoding;
    trace.encoding_how = decoded.how;
    trace.format_how = mhtml                                 ? "an MHTML file's page"
                       : options.input == InputFormat::kAuto ? "sniffed"
                                                             : "as asked";
  }
  Document doc = html ? ParseHtml(LimitHtml(std::move(decoded.text))) : ParseText(decoded.text);
  // A text copy's blocks hold their own text: the decoded copy can go.
  std::string().swap(decoded.text);
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
  // The comment section, as the clean stage marked it; never part of the body.
  if (options.comments) result.article.comments = ReadComments(doc, selection);
  trace.metadata_ms = clock.Lap();
  const std::string base = PageBase(doc.facts.base, options.url, result.article.url.value_or(""));
  result.article.blocks = BuildBodyBlocks(doc, selection, base);
  result.article.body = JoinBody(result.article.blocks);
  // The language needs the text: detected, or the declared one checked.
  SettleLanguage(result.article, options.explain ? &result.sources : nullptr);
  // A clock printed without a zone, in the one zone the language is written in.
  SettleDateZone(result.article);
  result.article.confidence = Confidence(MeasureConfidence(doc, selection));
  if (options.explain) {
    result.explanation = Explain(doc, selection);
    result.trace = TraceStages(trace, doc, selection, result.article, result.sources);
  }
  if (result.article.body.empty() || result.article.confidence < options.min_confidence) {
    return fail(Status::kNoArticle, "no article found");
  }
  return result;
}

}  // namespace

Result Extract(std::string_view bytes, const Options& options) {
  // Memory is bounded by the input's size (see HtmlLimits::max_nodes), but
  // the process may have less than that: the page fails, not the process.
  try {
    return ExtractOrThrow(bytes, options);
  } catch (const std::bad_alloc&) {
    Result result;
    result.status = Status::kOutOfMemory;
    result.error = "out of memory";
    return result;
  }
}

}  // namespace pith
