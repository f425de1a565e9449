#include "metadata/context.h"

#include <algorithm>

#include "clean/article_text.h"
#include "clean/text_captions.h"
#include "metadata/authors.h"
#include "metadata/dates.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "util/text_util.h"

namespace pith {

std::string MetaValue(const PageFacts& facts, std::span<const std::string_view> keys, std::string_view* found) {
  for (std::string_view key : keys) {
    for (const PageFacts::Meta& m : facts.meta) {
      if (m.key != key || m.content.empty()) continue;
      if (found) *found = key;
      return m.content;
    }
  }
  return {};
}

std::string MetaValue(const PageFacts& facts, std::string_view key) { return MetaValue(facts, {&key, 1}); }

std::vector<std::string> MetaValues(const PageFacts& facts, std::string_view key) {
  std::vector<std::string> out;
  for (const PageFacts::Meta& m : facts.meta) {
    if (m.key == key && !m.content.empty()) out.push_back(m.content);
  }
  return out;
}

std::vector<std::string> LabelledMetaValues(const PageFacts& facts, std::string_view label_key,
                                            std::string_view data_key, std::span<const std::string_view> labels) {
  std::vector<std::string> out;
  for (const PageFacts::Meta& m : facts.meta) {
    if (!m.key.starts_with(label_key) || !lexicon::IsOneOf(AsciiLower(Trim(m.content)), labels)) continue;
    const std::string data = MetaValue(facts, std::string(data_key) + m.key.substr(label_key.size()));
    if (!data.empty()) out.push_back(data);
  }
  return out;
}

MetadataContext::MetadataContext(const Document& d, const Options& o, const Selection& sel, Article& a,
                                 std::vector<FieldSource>* s)
    : doc(d), options(o), article(a), sources(s), verdicts(sel.verdicts) {
  // The clean stage has measured every block already.
  if (sel.stats.size() == doc.blocks.size()) {
    stats = sel.stats;
  } else {
    stats.reserve(doc.blocks.size());
    for (const Block& b : doc.blocks) stats.push_back(MeasureBlock(b));
  }
  first_body = sel.FirstBody();
  // The header sits over the picture, as it sits over the paragraph in a
  // copy without one, and over a summary box set above the article: their
  // lines count for no distance.
  anchor = first_body;
  if (!Html()) {
    while (anchor > 0 && (PictureBesideParagraph(verdicts[static_cast<std::size_t>(anchor - 1)]) ||
                          SummaryBoxLine(verdicts[static_cast<std::size_t>(anchor - 1)]))) {
      --anchor;
    }
  }
  article_root = sel.root;
  for (text_start = first_body; text_start >= 0 && text_start < Blocks(); ++text_start) {
    const auto u = static_cast<std::size_t>(text_start);
    if (RoleOf(u) == Role::kBody && !LeadBox(u)) break;
  }
  if (text_start >= Blocks()) text_start = first_body;
}

std::int32_t MetadataContext::LastBody() const {
  for (std::int32_t i = Blocks(); i-- > 0;) {
    if (RoleOf(static_cast<std::size_t>(i)) == Role::kBody) return i;
  }
  return -1;
}

std::int32_t MetadataContext::HeaderStart() const {
  return std::max<std::int32_t>(0, Anchor() - thresholds::header::kBlocksAbove);
}

bool MetadataContext::DateLineMarksHeader(std::int32_t lo) const {
  if (Html() || date_block < lo || date_block < 0) return false;
  if (date_block < LastBody()) return true;
  // A labelled name of its own, not the next card's date and byline
  // ("March 2, 2025 By John Doe" under a list of other posts).
  const auto labelled = [&](std::int32_t i) {
    return i >= 0 && i < Blocks() && BylinePrefixed(i) && !FindDate(doc.blocks[static_cast<std::size_t>(i)].text);
  };
  return labelled(date_block - 1) || labelled(date_block + 1);
}

std::pair<std::int32_t, std::int32_t> MetadataContext::Zone() const {
  namespace header = thresholds::header;
  std::int32_t lo = HeaderStart(), hi = std::min(Anchor() + header::kBlocksIntoBody, Blocks());
  // The date line and the line after it (`hi` is past the zone's end).
  if (DateLineMarksHeader(lo)) hi = std::max(hi, std::min(date_block + 2, Blocks()));
  if (Html() && headline_block >= 0) {
    lo = std::min(lo, std::max(0, headline_block - header::kBlocksAboveHeadline));
    hi = std::max(hi, std::min(headline_block + header::kBlocksBelowHeadline, Blocks()));
  }
  return {lo, hi};
}

bool MetadataContext::BylinePrefixed(std::int32_t i) const {
  const auto u = static_cast<std::size_t>(i);
  if (byline_prefixed_.empty()) byline_prefixed_.assign(doc.blocks.size(), -1);
  if (byline_prefixed_[u] < 0) byline_prefixed_[u] = StartsWithBylinePrefix(doc.blocks[u].text) ? 1 : 0;
  return byline_prefixed_[u] == 1;
}

bool MetadataContext::ElementHas(std::int32_t e, std::uint32_t flag, int levels) const {
  for (int level = 0; e >= 0 && level <= levels; ++level) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.flags & flag) return true;
    e = el.parent;
  }
  return false;
}

void MetadataContext::Note(const char* field, const Origin& o) const {
  if (!sources) return;
  std::string source = o.kind;
  if (o.block >= 0) source += " " + std::to_string(o.block);
  if (!o.name.empty()) source += o.block >= 0 ? " (" + std::string(o.name) + ")" : " " + std::string(o.name);
  sources->push_back({field, std::move(source), o.block});
}

void MetadataContext::Claim(std::size_t block, Role role, const char* reason) {
  verdicts[block] = {role, reason};
  claims.push_back({block, role, reason});
}

}  // namespace pith
