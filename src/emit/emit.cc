#include "emit/emit.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "emit/body_images.h"
#include "emit/thresholds.h"
#include "pith/pith.h"
#include "util/text_util.h"
#include "util/url.h"

namespace pith {
namespace {

BodyBlock::Kind KindOf(BlockKind k) {
  switch (k) {
    case BlockKind::kHeading: return BodyBlock::Kind::kHeading;
    case BlockKind::kListItem: return BodyBlock::Kind::kListItem;
    case BlockKind::kQuote: return BodyBlock::Kind::kQuote;
    case BlockKind::kPre: return BodyBlock::Kind::kPre;
    case BlockKind::kTableRow: return BodyBlock::Kind::kTableRow;
    case BlockKind::kText: case BlockKind::kCaption: break;
  }
  return BodyBlock::Kind::kParagraph;
}

// The nearest ancestor of `e` (itself included) with one of the tags, or -1.
std::int32_t Nearest(const Document& doc, std::int32_t e, std::initializer_list<Tag> tags) {
  for (; e >= 0; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    for (Tag t : tags) {
      if (doc.elements[static_cast<std::size_t>(e)].tag == t) return e;
    }
  }
  return -1;
}

// The block's links made absolute against `base`; a link to anything but
// an http(s) address is left out (its text stays).
std::vector<TextSpan> ResolvedSpans(const Block& b, std::string_view base) {
  std::vector<TextSpan> out;
  if (b.kind == BlockKind::kPre) return out;
  for (const TextSpan& span : b.spans) {
    if (span.begin >= span.end || span.end > b.text.size()) continue;
    TextSpan s = span;
    if (s.kind == TextSpan::Kind::kLink) {
      s.url = ResolveUrl(span.url, base);
      if (!IsHttpUrl(s.url)) continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

BodyBlock ToBodyBlock(const Document& doc, const Block& b, std::string_view base) {
  BodyBlock o;
  o.kind = KindOf(b.kind);
  o.text = b.text;
  o.spans = ResolvedSpans(b, base);
  if (o.kind == BodyBlock::Kind::kHeading) o.level = std::max<int>(1, b.level);
  if (o.kind == BodyBlock::Kind::kTableRow) o.cells = b.cells;
  if (doc.format == SourceFormat::kHtml && b.element >= 0) {
    // The group is the list, table or quote element (its index + 1).
    std::int32_t group = -1;
    if (o.kind == BodyBlock::Kind::kListItem) {
      group = Nearest(doc, b.element, {Tag::kUl, Tag::kOl, Tag::kDl, Tag::kMenu});
      if (group >= 0) {
        o.ordered = doc.elements[static_cast<std::size_t>(group)].tag == Tag::kOl;
        for (std::int32_t e = doc.elements[static_cast<std::size_t>(group)].parent; e >= 0;
             e = doc.elements[static_cast<std::size_t>(e)].parent) {
          const Tag t = doc.elements[static_cast<std::size_t>(e)].tag;
          if (t == Tag::kUl || t == Tag::kOl || t == Tag::kDl || t == Tag::kMenu) ++o.depth;
        }
      }
    } else if (o.kind == BodyBlock::Kind::kTableRow) {
      group = Nearest(doc, b.element, {Tag::kTable});
      for (std::int32_t e = b.element; e > group; e = doc.elements[static_cast<std::size_t>(e)].parent) {
        if (doc.elements[static_cast<std::size_t>(e)].flags & kTableFoot) o.footer = true;
      }
    } else if (o.kind == BodyBlock::Kind::kQuote) {
      group = Nearest(doc, b.element, {Tag::kBlockquote});
    }
    o.group = group + 1;
  }
  return o;
}

}  // namespace

std::vector<BodyBlock> BuildBodyBlocks(const Document& doc, const Selection& sel, std::string_view base) {
  std::vector<BodyBlock> out;
  const std::vector<PlacedImage> images = ArticleImages(doc, sel, base);
  std::size_t next_image = 0;
  auto images_until = [&](std::size_t block, bool in_text) {
    for (; next_image < images.size(); ++next_image) {
      const PlacedImage& p = images[next_image];
      const auto at = static_cast<std::size_t>(p.block);
      if (at > block || (at == block && p.in_text && !in_text)) break;
      out.push_back(p.image);
    }
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    images_until(i, false);
    if (sel.IsBody(i)) out.push_back(ToBodyBlock(doc, doc.blocks[i], base));
    images_until(i, true);
  }
  return out;
}

std::string JoinBody(const std::vector<BodyBlock>& blocks) {
  // The size up front: a string grown by doubling holds up to twice the body.
  std::size_t size = 0;
  for (const BodyBlock& b : blocks) size += b.kind == BodyBlock::Kind::kImage ? 0 : b.text.size() + 2;
  std::string body;
  body.reserve(size);
  for (const BodyBlock& b : blocks) {
    if (b.kind == BodyBlock::Kind::kImage) continue;
    if (!body.empty()) body += "\n\n";
    body += b.text;
  }
  return body;
}

std::string ToJson(const Article& a, bool pretty) {
  using nlohmann::ordered_json;
  auto opt = [](const std::optional<std::string>& v) -> ordered_json {
    return v ? ordered_json(*v) : ordered_json(nullptr);
  };
  ordered_json j;
  j["headline"] = opt(a.headline);
  j["description"] = opt(a.description);
  j["byline"] = opt(a.byline);
  j["authors"] = a.authors;
  j["date"] = opt(a.date);
  j["modified"] = opt(a.modified);
  j["captions"] = a.captions;
  j["body"] = a.body;
  j["site_name"] = opt(a.site_name);
  j["language"] = opt(a.language);
  j["url"] = opt(a.url);
  j["image"] = opt(a.image);
  j["section"] = opt(a.section);
  j["tags"] = a.tags;
  j["paywalled"] = a.paywalled ? ordered_json(*a.paywalled) : ordered_json(nullptr);
  ordered_json comments = ordered_json::array();
  for (const Comment& c : a.comments) {
    comments.push_back({{"author", opt(c.author)}, {"date", opt(c.date)}, {"text", c.text}});
  }
  j["comments"] = std::move(comments);
  j["format"] = a.format;
  // Two decimals: a score, not a measurement.
  j["confidence"] = std::round(std::clamp(a.confidence, 0.0, 1.0) * kConfidenceScale) / kConfidenceScale;
  // Every string was made valid UTF-8 upstream; `replace` keeps dump()
  // from throwing should one ever slip through.
  return j.dump(pretty ? 1 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "json") return OutputFormat::kJson;
  if (name == "markdown") return OutputFormat::kMarkdown;
  if (name == "text") return OutputFormat::kText;
  return std::nullopt;
}

std::string Render(const Article& article, OutputFormat format, bool pretty, const MarkdownOptions& markdown) {
  switch (format) {
    case OutputFormat::kMarkdown: return ToMarkdown(article, markdown);
    case OutputFormat::kText: return ToText(article);
    case OutputFormat::kJson: break;
  }
  return ToJson(article, pretty);
}

}  // namespace pith
