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

Result Refused(Status status, std::string message) {
  Result result;
  result.status = status;
  result.error = std::move(message);
  return result;
}

// An MHTML file gives its page, with the address and charset the file names
// unless the caller did.
std::string_view OpenMhtml(const MhtmlPage& mhtml, Options& options) {
  options.input = InputFormat::kHtml;
  if (options.url.empty()) options.url = mhtml.location;
  if (options.encoding.empty()) options.encoding = mhtml.charset;
  return mhtml.html;
}

// Parse: bytes -> UTF-8 -> Document, from markup or from a text copy.
Document Parse(std::string_view bytes, const Options& options, bool from_mhtml, TraceFacts& trace,
               std::string& format) {
  Decoded decoded = DecodeToUtf8(bytes, options.encoding);
  decoded.text = RepairMojibake(std::move(decoded.text));
  bool html = options.input == InputFormat::kHtml;
  if (options.input == InputFormat::kAuto) html = SniffMarkup(decoded.text) == Sniffed::kHtml;
  // A browser's copy keeps no bytes to decode again: its text is read back.
  if (!html) decoded.text = RepairDoubleByteMojibake(std::move(decoded.text));
  if (options.explain) {
    trace.bytes = bytes.size();
    trace.encoding = decoded.encoding;
    trace.encoding_how = decoded.how;
    trace.format_how = from_mhtml                              ? "an MHTML file's page"
                       : options.input == InputFormat::kAuto ? "sniffed"
                                                             : "as asked";
  }
  format = html ? "html" : "text";
  return html ? ParseHtml(LimitHtml(std::move(decoded.text))) : ParseText(decoded.text);
}

// Metadata: the fields, and the blocks that print them leave the body.
void ReadFields(const Document& doc, const Options& options, Selection& selection, Result& result) {
  const std::vector<BlockClaim> claims =
      ReadMetadata(doc, options, selection, result.article, options.explain ? &result.sources : nullptr);
  MarkMetadataBlocks(claims, selection);
  // The comment section, as the clean stage marked it; never part of the body.
  if (options.comments) result.article.comments = ReadComments(doc, selection);
}

// Emit: the body's blocks and text, and what is read from the text.
void EmitBody(const Document& doc, const Options& options, const Selection& selection, Result& result) {
  Article& article = result.article;
  const std::string base = PageBase(doc.facts.base, options.url, article.url.value_or(""));
  article.blocks = BuildBodyBlocks(doc, selection, base);
  article.body = JoinBody(article.blocks);
  // The language needs the text: detected, or the declared one checked.
  SettleLanguage(article, options.explain ? &result.sources : nullptr);
  // A clock printed without a zone, in the one zone the language is written in.
  SettleDateZone(article);
  article.confidence = Confidence(MeasureConfidence(doc, selection));
}

Result ExtractOrThrow(std::string_view bytes, const Options& asked) {
  if (bytes.size() > asked.max_bytes) {
    return Refused(Status::kTooLarge, "input larger than " + std::to_string(asked.max_bytes) + " bytes");
  }
  Options options = asked;
  std::optional<MhtmlPage> mhtml;
  if (asked.input != InputFormat::kText && LooksLikeMhtml(bytes)) {
    mhtml = ReadMhtml(bytes);
    if (!mhtml) return Refused(Status::kNotADocument, "MHTML file without an HTML part");
    bytes = OpenMhtml(*mhtml, options);
  }
  const Sniffed raw = SniffBytes(bytes, options.encoding);
  if (raw == Sniffed::kEmpty) return Refused(Status::kEmptyInput, "empty input");
  if (raw == Sniffed::kBinary) return Refused(Status::kNotADocument, "not an HTML or text document");

  Result result;
  TraceFacts trace;
  StageClock clock(options.explain);
  // 1. Parse.
  Document doc = Parse(bytes, options, mhtml.has_value(), trace, result.article.format);
  trace.parse_ms = clock.Lap();
  // 2. Clean: mark chrome, find the article.
  MarkElements(doc);
  Selection selection = FindArticle(doc);
  trace.clean_ms = clock.Lap();
  // 3. Metadata and emit.
  ReadFields(doc, options, selection, result);
  trace.metadata_ms = clock.Lap();
  EmitBody(doc, options, selection, result);
  if (options.explain) {
    result.explanation = Explain(doc, selection);
    result.trace = TraceStages(trace, doc, selection, result.article, result.sources);
  }
  if (result.article.body.empty() || result.article.confidence < options.min_confidence) {
    result.status = Status::kNoArticle;
    result.error = "no article found";
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
    return Refused(Status::kOutOfMemory, "out of memory");
  }
}

}  // namespace pith
