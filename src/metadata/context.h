// What the metadata stage's field readers share: the page, what the clean
// stage found, the blocks claimed so far, and where each value came from
// (for --explain).
#ifndef PITH_METADATA_CONTEXT_H_
#define PITH_METADATA_CONTEXT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/clean.h"
#include "metadata/linked_data.h"
#include "metadata/metadata.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

// Where a value was read, for the explanation: "meta" and "og:title", or a
// block. Kept as pointers into static strings and the Document, so that
// carrying it costs nothing when nobody asks.
struct Origin {
  Origin() = default;
  Origin(const char* k, std::string_view n = {}, std::int32_t b = -1) : kind(k), name(n), block(b) {}
  const char* kind = "";
  std::string_view name;
  std::int32_t block = -1;
};
inline constexpr const char* kMetaTag = "meta";

// The first key's value; `found` gets the key that gave it.
std::string MetaValue(const PageFacts& facts, std::span<const std::string_view> keys,
                      std::string_view* found = nullptr);
// The first value of `key`.
std::string MetaValue(const PageFacts& facts, std::string_view key);
// Every value of `key`, in page order.
std::vector<std::string> MetaValues(const PageFacts& facts, std::string_view key);
// The values of numbered label/data pairs ("twitter:label1" "Written by",
// "twitter:data1" "Jane Roe") whose label is one of `labels`, lowercase.
std::vector<std::string> LabelledMetaValues(const PageFacts& facts, std::string_view label_key,
                                            std::string_view data_key, std::span<const std::string_view> labels);

struct MetadataContext {
  MetadataContext(const Document& doc, const Options& options, const Selection& sel, Article& article,
                  std::vector<FieldSource>* sources);

  bool Html() const { return doc.format == SourceFormat::kHtml; }
  std::int32_t Blocks() const { return static_cast<std::int32_t>(doc.blocks.size()); }
  // The first body block, or the end when there is no body; in a text
  // copy, the top of the picture set over the first paragraph.
  std::int32_t Anchor() const { return anchor >= 0 ? anchor : Blocks(); }
  // The last body block as the clean stage left it or as claimed since,
  // or -1 when there is no body.
  std::int32_t LastBody() const;
  // Blocks before the body that belong to the article's header.
  std::int32_t HeaderStart() const;
  // Whether a text copy's date line, at or below `lo`, marks the header
  // wherever the body's run starts, so that the lines beside it are in the
  // header zone: a Firefox copy's run may open with a lead picture's
  // caption or a summary box over the byline and the date line (news
  // copies, issue 16). After the run, only beside a labelled byline with
  // no date of its own (a facts box: "Datum ..." / "Autorin/Autor ..."): a
  // masthead's "Today" box sets a date beside its promotions ("On Sale
  // Now"), a list of other posts a date line beside the next card's.
  bool DateLineMarksHeader(std::int32_t lo) const;
  // Where the byline and date line may be: the header before the body, and
  // around the headline when the page puts it after the body's start.
  std::pair<std::int32_t, std::int32_t> Zone() const;
  // The block's role as the clean stage left it, or as claimed since.
  Role RoleOf(std::size_t i) const { return verdicts[i].role; }
  // Another story's block (a blog column's next post, the next article
  // of an endless page): its title, byline and date are that story's.
  bool OtherStory(std::size_t i) const { return verdicts[i].reason == kOtherStoryReason; }
  // A photo essay's caption the clean stage made part of the body.
  bool EssayCaption(std::size_t i) const { return verdicts[i].reason == kEssayCaptionsReason; }
  bool LeadBox(std::size_t i) const { return verdicts[i].reason == kLeadBoxReason; }
  bool Free(std::size_t i) const {
    const Role r = RoleOf(i);
    return (r == Role::kBody || IsLeftOut(r)) && !OtherStory(i);
  }
  // A block the header readers may take: free, or a caption before the
  // body (bylines often sit in a lead image's credit box).
  bool Claimable(std::int32_t i) const {
    const auto u = static_cast<std::size_t>(i);
    return Free(u) || (RoleOf(u) == Role::kCaption && i < Anchor());
  }
  // The element or one of its `levels` nearest ancestors has `flag`.
  bool ElementHas(std::int32_t e, std::uint32_t flag, int levels) const;
  // A block's origin: a DOM block or a line of a text copy.
  Origin BlockOrigin(std::int32_t block, std::string_view why = {}) const {
    return {Html() ? "DOM block" : "text line", why, block};
  }
  // StartsWithBylinePrefix of block `i`'s text, worked out once: the byline
  // readers ask it of the same blocks several times, and it reads dates.
  bool BylinePrefixed(std::int32_t i) const;
  // Records where `field` was read, when explaining.
  void Note(const char* field, const Origin& o) const;
  // The block prints a field: it takes `role` (and leaves the body).
  void Claim(std::size_t block, Role role, const char* reason);

  const Document& doc;
  const Options& options;
  Article& article;
  std::vector<FieldSource>* sources;  // null unless explaining
  std::vector<BlockStats> stats;
  LinkedData ld;
  std::int32_t first_body = -1;
  std::int32_t anchor = -1;
  // The first body block past a lead set in a box of its own, or -1: a
  // lead image may sit between the two (a header of headline, lead,
  // byline and picture).
  std::int32_t text_start = -1;
  std::int32_t article_root = -1;  // the element holding the article, if any
  // The blocks found to print each field so far, or -1.
  std::int32_t headline_block = -1;
  // Text copies: the last line of the header that titles the article (the
  // headline, or a reworded title below it), from which names are sought.
  std::int32_t title_end = -1;
  std::int32_t byline_block = -1;
  std::int32_t date_block = -1;
  // The clean stage's verdicts with the claims so far applied, and the
  // claims in the order made.
  std::vector<Verdict> verdicts;
  std::vector<BlockClaim> claims;

 private:
  mutable std::vector<std::int8_t> byline_prefixed_;  // by block: -1 not yet known, else 0 or 1
};

}  // namespace pith

#endif  // PITH_METADATA_CONTEXT_H_
