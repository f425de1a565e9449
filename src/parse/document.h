// The document model every stage after parsing works on.
//
// A page, HTML or text copy, becomes a tree of block-level Elements and a
// flat, reading-order list of Blocks (one per paragraph, heading, list item,
// table row, line of a text copy...). Each Block points at the innermost
// Element that holds it, so the cleaning stage can reason both about
// containers (which element is the article?) and about the sequence of
// blocks (where does the prose run start and stop?).
#ifndef PITH_PARSE_DOCUMENT_H_
#define PITH_PARSE_DOCUMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pith/pith.h"

namespace pith {

// The block-level tags the stages tell apart; everything else is kOther.
enum class Tag : std::uint8_t {
  kOther,
  kHtml,
  kBody,
  kArticle,
  kMain,
  kSection,
  kDiv,
  kP,
  kHeading,  // h1-h6, see Element::level
  kHgroup,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kTable,
  kTr,
  kTd,  // td and th
  kCaption,
  kFigure,
  kFigcaption,
  kNav,
  kAside,
  kHeader,
  kFooter,
  kForm,
  kAddress,
  kDetails,
  kDialog,
  kMenu,
  kCenter,
  kFieldset,
};

enum ElementFlag : std::uint32_t {
  kInLink = 1u << 0,       // inside <a href>
  kChrome = 1u << 1,       // this element or an ancestor is page chrome
  kPositive = 1u << 2,     // class/id says "article content"
  kNegative = 1u << 3,     // class/id says "probably not content"
  kCaptionLike = 1u << 4,  // figcaption or a caption/credit class
  kBylineLike = 1u << 5,   // class/id/rel/itemprop says author
  kDateLike = 1u << 6,     // class/id/itemprop says date or time
  kHeadlineLike = 1u << 7, // itemprop/class says headline
  kStrongChrome = 1u << 8, // chrome that never holds the article: comments, ads
  kEmbed = 1u << 9,        // an embedded post the article quotes; links are its nature
  kTableFoot = 1u << 10,   // a table's <tfoot> (this element only)
  kCommentLike = 1u << 11, // class/id/itemtype says comment section, or a part of one (not propagated)
  kPrintLike = 1u << 12,   // chrome by a print class alone: a print button, or a print layout's text
};

struct Element {
  Tag tag = Tag::kOther;
  std::uint8_t level = 0;  // heading level
  std::uint16_t depth = 0;
  std::int32_t parent = -1;
  std::uint32_t flags = 0;
  // Attribute values; they point into memory the Document keeps alive.
  std::string_view id;
  std::string_view cls;
  std::string_view role;
  std::string_view itemprop;
  std::string_view itemtype;
  // A test hook or component name (data-testid, data-component...): apps
  // built with React and the like name their parts there, not in classes.
  std::string_view testid;
};

enum class BlockKind : std::uint8_t {
  kText,      // a paragraph or a line
  kHeading,
  kListItem,
  kQuote,
  kPre,
  kTableRow,  // cells separated by " | "
  kCaption,   // figcaption text
};

struct Block {
  std::string text;  // whitespace collapsed, never empty
  BlockKind kind = BlockKind::kText;
  std::uint8_t level = 0;     // heading level for kHeading
  std::int32_t element = -1;  // innermost block-level element holding it
  std::int32_t link_bytes = 0;  // bytes of text inside links
  // Text copies: the index of the blank-line separated group the line
  // belongs to; lines of one group are adjacent in the original.
  std::int32_t group = -1;
  // Text copies: the spaces the line opened with. A browser keeps a code
  // sample's indentation (and Firefox indents list items).
  std::uint16_t indent = 0;
  // kHeading: the end in `text` of the inline element the heading opens
  // with when text follows it (a kicker span before the title span), else
  // 0; `lead_kicker` when its class says kicker.
  std::uint32_t lead_end = 0;
  bool lead_kicker = false;
  // kTableRow: the cells' texts; `text` joins them with " | ".
  std::vector<std::string> cells;
  // Links (href as written in the page) and emphasis inside `text`. Only
  // the Markdown rendering reads them; every other stage reads `text`.
  std::vector<TextSpan> spans;
};

// An <img> in the page's body, where it stands among the blocks.
struct ImageRef {
  std::int32_t block = 0;     // blocks before it, or the block it sits in
  bool in_text = false;       // inside the text of that block rather than before it
  std::int32_t element = -1;  // innermost block-level element holding it
  std::string src;            // as written: src, else a lazy loader's data-src...
  std::string alt;
};

// Facts about the page that are not blocks: what <head>, structured data
// and a few attributes say. Collected during the parse walk.
// The name PageFacts::author_spans gives a link to an author's page.
inline constexpr std::string_view kAuthorLinkName = "author-page-link";

struct PageFacts {
  struct Meta {
    std::string key;  // lower-cased name, property, itemprop or http-equiv
    std::string content;
  };
  struct Stamp {
    std::int32_t block = 0;  // blocks that came before it
    std::string datetime;    // <time datetime> or a content attribute
    std::string text;
    std::string hints;       // its class and itemprop, and "pubdate", lower-cased
    // In an element hidden until a script shows it: `text` is that
    // element's ("<li class=hidden><time></time><span>08:44, 3 NOV
    // 2023</span></li>").
    bool hidden = false;
  };
  struct ItemProp {
    std::int32_t block = 0;
    std::string name;        // itemprop value, lower-cased
    std::string value;       // content attribute, else the element's text
  };
  std::string title;
  std::string language;
  std::string canonical;
  std::string amp;   // <link rel="amphtml">: the address of the page's AMP version
  std::string base;  // <base href>, as written
  std::vector<Meta> meta;
  std::vector<std::string> json_ld;
  std::vector<Stamp> times;
  std::vector<ItemProp> itemprops;
  // Unix times (seconds) that date- or time-named data attributes give as
  // digits (data-time="1466522845", data-utime, milliseconds too), page order.
  std::vector<long long> epoch_clocks;
  // Inline elements whose class says author or byline (<span class="author">
  // inside a byline line): name is the class, value the text. A link to an
  // author's page is one too, named kAuthorLinkName.
  std::vector<ItemProp> author_spans;
  // The text of each <button>, which the blocks leave out, and the block
  // it comes before or in: a tooltip button may hold the byline's name
  // ("By" <button>Jane Roe</button>). Page order. `after_text`: the block
  // had text before it.
  struct Button {
    std::int32_t block = 0;
    std::string text;
    bool after_text = false;
  };
  std::vector<Button> buttons;
  std::vector<std::string> rel_author;
  // The block each rel=author link is in, in the same order.
  std::vector<std::int32_t> rel_author_blocks;
  // Links to a page that hold no text and no image: a card's overlay,
  // laid over the whole card by CSS. `element` is the innermost
  // block-level element holding the link; `href` as written.
  struct OverlayLink {
    std::int32_t element = -1;
    std::string href;
  };
  std::vector<OverlayLink> overlay_links;
};

enum class SourceFormat { kHtml, kText };

struct Document {
  SourceFormat format = SourceFormat::kHtml;
  std::vector<Element> elements;  // elements[0] is the root
  std::vector<Block> blocks;      // reading order
  std::vector<ImageRef> images;   // page order (HTML)
  PageFacts facts;
  // Owns what Element's string_views point into (the parsed HTML tree).
  std::shared_ptr<const void> storage;

  const Element& El(std::int32_t e) const { return elements[static_cast<std::size_t>(e)]; }
  // True if `ancestor` is `e` or one of its ancestors.
  bool Contains(std::int32_t ancestor, std::int32_t e) const {
    while (e >= 0 && e > ancestor) e = elements[static_cast<std::size_t>(e)].parent;
    return e == ancestor;
  }
  // One past the last element of `top`'s subtree: elements are in
  // document order, so the subtree is `top` and the run after it whose
  // parents lie in that run. Costs the subtree's size, where asking
  // Contains of each element costs its depth.
  std::int32_t SubtreeEnd(std::int32_t top) const {
    auto end = static_cast<std::size_t>(top) + 1;
    while (end < elements.size() && elements[end].parent >= top) ++end;
    return static_cast<std::int32_t>(end);
  }
  // The nearest element of tag `tag` holding `e` (or `e` itself), or -1.
  std::int32_t Enclosing(std::int32_t e, Tag tag) const {
    while (e >= 0 && elements[static_cast<std::size_t>(e)].tag != tag) e = elements[static_cast<std::size_t>(e)].parent;
    return e;
  }
  // The nearest element holding both `a` and `b` (either may be it), or -1.
  std::int32_t CommonAncestor(std::int32_t a, std::int32_t b) const {
    while (a >= 0 && !Contains(a, b)) a = elements[static_cast<std::size_t>(a)].parent;
    return a;
  }
};

}  // namespace pith

#endif  // PITH_PARSE_DOCUMENT_H_
