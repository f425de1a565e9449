#include "parse/html_parse.h"

#include <gumbo.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <span>
#include <unordered_map>
#include <utility>

#include "parse/gumbo_memory.h"
#include "parse/thresholds.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

// The end of a meta tag's name that holds JSON-LD ("script:ld+json"): a
// head manager's way of writing the page's structured data.
constexpr std::string_view kJsonLdMetaSuffix = "ld+json";

// RAII owner of one gumbo parse. Only this file sees gumbo.
class GumboTree {
 public:
  explicit GumboTree(const std::string& html) : options_(kGumboDefaultOptions) {
    // Recording parse errors costs time and memory and nothing here reads them.
    options_.max_errors = 0;
    // The tree goes with memory_, not with gumbo_destroy_output (see gumbo_memory.h).
    memory_.Use(options_);
    output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  }
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;

  const GumboNode* root() const { return output_ ? output_->root : nullptr; }

 private:
  GumboOptions options_;
  GumboMemory memory_;
  GumboOutput* output_ = nullptr;
};

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// The name a page's code gives an element for its tests or its component
// ("byline-contributors", "BylineWrapper", "author-byline"): news sites
// built as apps mark the byline so where their classes are hashes
// ("sc-e56a85d5-8").
std::string_view TestHook(const GumboElement& e) {
  for (const char* name : {"data-testid", "data-test-id", "data-qa", "data-component"}) {
    if (const std::string_view v = Attr(e, name); !v.empty()) return v;
  }
  return {};
}

// A data- attribute whose name has a date or time word in it.
bool IsTimeNamedData(std::string_view name) {
  if (name.substr(0, 5) != "data-") return false;
  return ContainsAny(name, DataTimeAttributeWords());
}

// The Unix time (seconds) a date- or time-named data attribute gives as
// digits, or -1.
long long EpochClock(const GumboElement& e) {
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view v(a->value);
    if ((v.size() != kEpochSecondsDigits && v.size() != kEpochMillisDigits) || !IsTimeNamedData(a->name) ||
        !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    long long n = 0;
    std::from_chars(v.data(), v.data() + v.size(), n);
    return v.size() == kEpochMillisDigits ? n / 1000 : n;
  }
  return -1;
}

// A data- attribute named for a date or time whose value is an ISO date
// with a clock: "data-published=\"2021-03-04T10:15:00-05:00\"".
bool HasDataClock(const GumboElement& e) {
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view name(a->name), v(a->value);
    if (v.size() < kDataClockMinBytes || v.size() >= kDataTimeMaxBytes || v[4] != '-' || v[7] != '-' ||
        (v[10] != 'T' && v[10] != ' ') || v[13] != ':') {
      continue;
    }
    if (IsTimeNamedData(name)) return true;
  }
  return false;
}

bool HasToken(std::string_view list, std::string_view token);

// Whether `v` opens with an ISO day ("2016-03-04", "2016-03-04T10:12:00+01:00").
bool IsIsoDayShaped(std::string_view v) {
  if (v.size() < kDataTimeMinBytes || v.size() >= kDataTimeMaxBytes || v[4] != '-' || v[7] != '-') return false;
  const auto digit = [&](std::size_t i) { return v[i] >= '0' && v[i] <= '9'; };
  return digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9);
}

bool HasAnyToken(std::string_view list, std::span<const std::string_view> tokens) {
  return !list.empty() &&
         std::any_of(tokens.begin(), tokens.end(), [&](std::string_view t) { return HasToken(list, t); });
}

// The time that an element's RDFa (property="dc:date dc:created"
// content="...") or hAtom markup (class="published" title="...") keeps in
// an attribute while its text prints the day without the offset, or "".
std::string_view MarkupClock(const GumboElement& e) {
  const std::string_view content = Attr(e, "content");
  if (IsIsoDayShaped(content) && HasAnyToken(Attr(e, "property"), RdfaDateProperties())) return content;
  const std::string_view title = Attr(e, "title");
  if (IsIsoDayShaped(title) && HasAnyToken(Attr(e, "class"), HatomTimeClasses())) return title;
  return {};
}

bool HasToken(std::string_view list, std::string_view token) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t j = i;
    while (j < list.size() && list[j] != ' ') ++j;
    if (j > i && AsciiLower(list.substr(i, j - i)) == token) return true;
    i = j;
  }
  return false;
}

// Elements whose content a reader never sees as article text.
bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME: case GUMBO_TAG_MAP: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
    case GUMBO_TAG_IMG: case GUMBO_TAG_AREA:
      return true;
    default:
      return false;
  }
}

// A button that toggles a section under a subheading: the ARIA accordion
// pattern (<h3><button aria-expanded=...>Question</button></h3>) of FAQ
// and service pages, whose subheading text lives only in the button. Not
// in an h1, where a theme puts its menu toggle ("Menu Close"), and not a
// button without the toggle's state. Other buttons stay out.
bool IsSectionToggle(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  if (e.tag != GUMBO_TAG_BUTTON) return false;
  if (gumbo_get_attribute(&e.attributes, "aria-expanded") == nullptr &&
      gumbo_get_attribute(&e.attributes, "aria-controls") == nullptr) {
    return false;
  }
  const GumboNode* up = node->parent;
  if (up == nullptr || up->type != GUMBO_NODE_ELEMENT) return false;
  switch (up->v.element.tag) {
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// Block-level tags, mapped to the model's Tag; kOther with block=false for
// inline elements.
struct TagInfo {
  Tag tag;
  bool block;
  std::uint8_t level;
};

TagInfo Classify(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: return {Tag::kHtml, true, 0};
    case GUMBO_TAG_BODY: return {Tag::kBody, true, 0};
    case GUMBO_TAG_ARTICLE: return {Tag::kArticle, true, 0};
    case GUMBO_TAG_MAIN: return {Tag::kMain, true, 0};
    case GUMBO_TAG_SECTION: return {Tag::kSection, true, 0};
    case GUMBO_TAG_DIV: return {Tag::kDiv, true, 0};
    case GUMBO_TAG_P: return {Tag::kP, true, 0};
    case GUMBO_TAG_H1: return {Tag::kHeading, true, 1};
    case GUMBO_TAG_H2: return {Tag::kHeading, true, 2};
    case GUMBO_TAG_H3: return {Tag::kHeading, true, 3};
    case GUMBO_TAG_H4: return {Tag::kHeading, true, 4};
    case GUMBO_TAG_H5: return {Tag::kHeading, true, 5};
    case GUMBO_TAG_H6: return {Tag::kHeading, true, 6};
    case GUMBO_TAG_HGROUP: return {Tag::kHgroup, true, 0};
    case GUMBO_TAG_UL: return {Tag::kUl, true, 0};
    case GUMBO_TAG_OL: return {Tag::kOl, true, 0};
    case GUMBO_TAG_LI: return {Tag::kLi, true, 0};
    case GUMBO_TAG_DL: return {Tag::kDl, true, 0};
    case GUMBO_TAG_DT: return {Tag::kDt, true, 0};
    case GUMBO_TAG_DD: return {Tag::kDd, true, 0};
    case GUMBO_TAG_BLOCKQUOTE: return {Tag::kBlockquote, true, 0};
    case GUMBO_TAG_PRE: return {Tag::kPre, true, 0};
    case GUMBO_TAG_TABLE: return {Tag::kTable, true, 0};
    case GUMBO_TAG_TR: return {Tag::kTr, true, 0};
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return {Tag::kTd, true, 0};
    case GUMBO_TAG_CAPTION: return {Tag::kCaption, true, 0};
    case GUMBO_TAG_FIGURE: return {Tag::kFigure, true, 0};
    case GUMBO_TAG_FIGCAPTION: return {Tag::kFigcaption, true, 0};
    case GUMBO_TAG_NAV: return {Tag::kNav, true, 0};
    case GUMBO_TAG_ASIDE: return {Tag::kAside, true, 0};
    case GUMBO_TAG_HEADER: return {Tag::kHeader, true, 0};
    case GUMBO_TAG_FOOTER: return {Tag::kFooter, true, 0};
    case GUMBO_TAG_FORM: return {Tag::kForm, true, 0};
    case GUMBO_TAG_ADDRESS: return {Tag::kAddress, true, 0};
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: return {Tag::kDetails, true, 0};
    case GUMBO_TAG_MENU: case GUMBO_TAG_DIR: return {Tag::kMenu, true, 0};
    case GUMBO_TAG_CENTER: return {Tag::kCenter, true, 0};
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: return {Tag::kFieldset, true, 0};
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_HR:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_OPTGROUP:
      return {Tag::kOther, true, 0};
    default:
      return {Tag::kOther, false, 0};
  }
}

// Whether an <a> links somewhere: it has an href, and is no control that
// opens a part of the page (an accordion's question: "#collapse2" with
// data-toggle="collapse"), whose text is the page's own and would make a
// FAQ's questions read as a box of links.
bool IsLink(const GumboElement& e) {
  const GumboAttribute* href = gumbo_get_attribute(&e.attributes, "href");
  if (!href) return false;
  const std::string_view target = Trim(href->value);
  if (!target.empty() && target.front() != '#') return true;
  const auto toggles = CollapseToggleAttributes();
  return std::none_of(toggles.begin(), toggles.end(),
                      [&e](std::string_view name) { return AsciiLower(Trim(Attr(e, name.data()))) == "collapse"; });
}

// A <dialog> without `open`: browsers do not show it until a script opens
// it (a share or a select panel whose title is an h1). Gumbo does not know
// the tag, so its name is read from the source ("<dialog class=...>"); an
// element the parser made up has no source.
bool IsClosedDialog(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN || gumbo_get_attribute(&e.attributes, "open")) return false;
  static constexpr std::string_view kOpen = "<dialog";
  const std::string_view src(e.original_tag.data ? e.original_tag.data : "", e.original_tag.length);
  if (src.size() <= kOpen.size()) return false;
  const char after = src[kOpen.size()];
  return std::equal(kOpen.begin(), kOpen.end(), src.begin(),
                    [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? char(b + 32) : b); }) &&
         (after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' || after == '\r');
}

// Hidden from sighted readers: the `hidden` attribute, a closed dialog, a
// class for screen readers only, or an inline style.
// The element's inline style, lower-cased, without spaces.
std::string CompactStyle(const GumboElement& e) {
  const std::string_view style = Attr(e, "style");
  std::string compact;
  compact.reserve(style.size());
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') compact += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  return compact;
}

bool IsHidden(const GumboElement& e, PageClassMatches& hidden_class) {
  if (gumbo_get_attribute(&e.attributes, "hidden") || IsClosedDialog(e)) return true;
  const std::string_view cls = Attr(e, "class");
  if (!cls.empty() && hidden_class.Matches(cls)) {
    return true;
  }
  const std::string compact = CompactStyle(e);
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Hidden the way a toggle hides what it opens: the `hidden` attribute or
// an inline display:none alone. A hidden class may be text for screen
// readers or the copy for another screen size.
bool HiddenUntilClicked(const GumboElement& e, PageClassMatches& hidden_class) {
  const std::string_view cls = Attr(e, "class");
  if (!cls.empty() && hidden_class.Matches(cls)) return false;
  return gumbo_get_attribute(&e.attributes, "hidden") || CompactStyle(e).find("display:none") != std::string::npos;
}

// Text of a subtree, bounded so that a huge element costs a constant.
// With `first_block_only`, up to its first block boundary after some text:
// a link around a whole card (photo, name, then job title or date in their
// own elements) gives the name only.
std::string NodeText(const GumboNode* node, std::size_t limit, bool first_block_only = false) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty() && out.size() < limit) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n != node && IsSkipped(n->v.element.tag)) continue;
    if (Classify(n->v.element.tag).block) {
      if (first_block_only && n != node && !Trim(out).empty()) break;
      out += ' ';
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  if (out.size() > limit) out.resize(limit);
  return CollapseSpace(ValidUtf8(out));
}

// Whether the element reads as a question: its text, short, ends in a
// question mark (Latin or full-width).
bool AsksQuestion(const GumboNode* node) {
  const std::string text = NodeText(node, kQuestionPeekBytes);
  if (text.size() >= kQuestionPeekBytes) return false;
  const std::string_view t = Trim(text);
  return t.ends_with('?') || t.ends_with("\xEF\xBC\x9F");
}

// What asks the question an FAQ's hidden answer answers.
enum class Asker { kNone, kHeading, kToggle };

// An FAQ's question that opens its answer on a click: a button or other
// element carrying the toggle's state (aria-expanded, aria-controls), or a
// subheading, that asks a question. A menu's toggle ("Menu") asks none.
Asker QuestionAsker(const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return Asker::kNone;
  const GumboElement& e = node->v.element;
  const bool heading = e.tag == GUMBO_TAG_H2 || e.tag == GUMBO_TAG_H3 || e.tag == GUMBO_TAG_H4 ||
                       e.tag == GUMBO_TAG_H5 || e.tag == GUMBO_TAG_H6;
  const bool toggle = gumbo_get_attribute(&e.attributes, "aria-expanded") != nullptr ||
                      gumbo_get_attribute(&e.attributes, "aria-controls") != nullptr;
  if (!(heading || toggle) || !AsksQuestion(node)) return Asker::kNone;
  return toggle ? Asker::kToggle : Asker::kHeading;
}

bool QuestionToggle(const GumboNode* node) { return QuestionAsker(node) != Asker::kNone; }

// The element's one element child, when it holds no text of its own
// beside it; null otherwise.
const GumboNode* OnlyElementChild(const GumboNode* node) {
  const GumboNode* only = nullptr;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
    if (kid->type == GUMBO_NODE_TEXT || (kid->type == GUMBO_NODE_ELEMENT && only != nullptr)) return nullptr;
    if (kid->type == GUMBO_NODE_ELEMENT) only = kid;
  }
  return only;
}

// A question's asker, or that of the one asker a title box wraps alone (a
// guide's FAQ wraps its button in a container).
Asker WrappedAsker(const GumboNode* node) {
  for (std::size_t depth = 0; node != nullptr && depth <= kToggleWrapMaxDepth; ++depth) {
    if (const Asker a = QuestionAsker(node); a != Asker::kNone) return a;
    node = OnlyElementChild(node);
  }
  return Asker::kNone;
}

// An FAQ's answer, hidden until its question is clicked: the hidden box
// right after what asks. Explainers of two sites hid every answer so (the
// `hidden` attribute, an inline display:none), a guide platform's of two
// sites with a hidden class after a toggle. A toggle's state says it opens
// the box, whatever hides it; after a heading alone only what a toggle
// hides with counts (HiddenUntilClicked). A closed dialog stays closed.
bool IsAnswerPanel(const GumboNode* node, bool until_clicked) {
  const GumboNode* up = node->parent;
  if (up == nullptr || up->type != GUMBO_NODE_ELEMENT || IsClosedDialog(node->v.element)) return false;
  const GumboVector& kids = up->v.element.children;
  for (std::size_t i = node->index_within_parent; i-- > 0;) {
    const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
    if (kid->type == GUMBO_NODE_ELEMENT) {
      const Asker a = WrappedAsker(kid);
      return a == Asker::kToggle || (a == Asker::kHeading && until_clicked);
    }
    if (kid->type == GUMBO_NODE_TEXT) return false;
  }
  return false;
}

// Where an <img> loads its picture from: `src`, unless a lazy loader put
// a placeholder there (a data: pixel) and the address in another attribute.
std::string_view ImageSource(const GumboElement& e) {
  for (const char* name : {"src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"}) {
    std::string_view v = Trim(Attr(e, name));
    // A srcset's first candidate: its address ends at a space.
    if (name[std::strlen(name) - 1] == 't') v = v.substr(0, v.find_first_of(" \t\n"));
    if (!v.empty() && v.size() <= kImageSrcMaxBytes && !StartsWithNoCase(v, "data:")) return v;
  }
  return {};
}

// A tracking pixel, a spacer or an icon, by the size the page gives it.
bool IsTinyImage(const GumboElement& e) {
  for (const char* name : {"width", "height"}) {
    const std::string_view v = Trim(Attr(e, name));
    long pixels = 0;
    std::size_t i = 0;
    for (; i < v.size() && i < 6 && v[i] >= '0' && v[i] <= '9'; ++i) pixels = pixels * 10 + (v[i] - '0');
    if (i > 0 && pixels < kMinImageSidePixels) return true;
  }
  return false;
}

// React's streaming server rendering (Next.js and others) sends a page's
// late parts as `<div hidden id="S:n">` at the end of <body>, with a script
// that moves each into the place of its `<template id="B:n">`. Without
// scripts the article sits in such a hidden box (seen on a database
// vendor's blog and an SEO agency's tutorial list). A part streamed inside
// another waits in a `<template id="P:n">` instead, and n is written in
// hexadecimal ("S:1f"): both left a forum post and an investing guide
// without their text. Returns n of an id "<prefix>:n", or empty.
std::string_view StreamedIndex(const GumboElement& e, char prefix) {
  const std::string_view id = Attr(e, "id");
  if (id.size() < 3 || id[0] != prefix || id[1] != ':') return {};
  for (char c : id.substr(2)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return {};
  }
  return id.substr(2);
}

// The streamed part a template stands for: "B:n" or "P:n".
std::string_view TemplateIndex(const GumboElement& e) {
  const std::string_view boundary = StreamedIndex(e, 'B');
  return boundary.empty() ? StreamedIndex(e, 'P') : boundary;
}

// The hidden streamed parts among <body>'s children, by their n.
std::unordered_map<std::string_view, const GumboNode*> StreamedSegments(const GumboNode* root) {
  std::unordered_map<std::string_view, const GumboNode*> segments;
  if (!root || root->type != GUMBO_NODE_ELEMENT) return segments;
  const GumboVector& top = root->v.element.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* body = static_cast<const GumboNode*>(top.data[i]);
    if (body->type != GUMBO_NODE_ELEMENT || body->v.element.tag != GUMBO_TAG_BODY) continue;
    const GumboVector& kids = body->v.element.children;
    for (unsigned k = 0; k < kids.length; ++k) {
      const auto* n = static_cast<const GumboNode*>(kids.data[k]);
      if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag != GUMBO_TAG_DIV) continue;
      if (!gumbo_get_attribute(&n->v.element.attributes, "hidden")) continue;
      const std::string_view index = StreamedIndex(n->v.element, 'S');
      if (!index.empty()) segments.emplace(index, n);
    }
  }
  return segments;
}

class Builder {
 public:
  explicit Builder(Document& doc) : doc_(doc) {}

  void Run(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    std::int32_t element;        // element this node opened, or -1
    std::int32_t saved_owner;    // owner to restore on exit
    std::uint8_t counted;        // Context bits this frame incremented
  };
  enum Context : std::uint8_t {
    kPreCtx = 1, kQuoteCtx = 2, kLinkCtx = 4, kCaptionCtx = 8, kListCtx = 16, kSpanCtx = 32, kLeadCtx = 64
  };
  // A link or emphasis not closed yet; it began at `begin` in text_,
  // after `blocks` blocks and `images` images.
  struct OpenSpan {
    TextSpan::Kind kind;
    std::size_t begin;
    std::string href;
    std::size_t blocks = 0;
    std::size_t images = 0;
  };

  bool Enter(const GumboNode* node, Frame& frame);
  void Exit(const Frame& frame);
  void CollectFacts(const GumboNode* node);
  void CollectHeadFacts(const GumboNode* head);
  void AddStamp(const GumboElement& e, const GumboNode* node);
  void SeparateCaptionPart(const GumboNode* node);
  void AppendText(const char* text);
  void NoteImage(const GumboElement& e);
  void OpenInline(const GumboElement& e, Frame& frame);
  void OpenHeadingLead(Frame& frame);
  void KeepHiddenHeadingSeparator(const GumboNode* node);
  bool IsHeadingAnchorMark(const GumboNode* node) const;
  void NoteHiddenStamp(const GumboNode* node);
  void CloseHeadingLead(const Frame& frame);
  std::vector<TextSpan> TakeSpans();
  bool IsOverlayLink(const OpenSpan& open) const;
  void Flush();
  BlockKind CurrentKind() const;

  Document& doc_;
  PageClassMatches hidden_class_{GetHeuristics().hidden_class};
  std::size_t hidden_stamps_ = 0;  // NoteHiddenStamp's, so far
  PageClassMatches caption_class_{GetHeuristics().caption_class};
  PageClassMatches byline_class_{GetHeuristics().byline_class};
  PageClassMatches kicker_class_{GetHeuristics().kicker_class};
  std::string text_;
  bool pending_space_ = false;
  bool pending_space_in_link_ = false;
  std::int32_t link_bytes_ = 0;
  std::int32_t owner_ = -1;
  int pre_ = 0, quote_ = 0, link_ = 0, caption_ = 0, list_ = 0;
  std::vector<OpenSpan> open_spans_;
  std::vector<TextSpan> spans_;  // closed inside the block being built
  // The inline element a heading opens with, once closed: where its text
  // ends (Block::lead_end), whether its class says kicker, and the blocks
  // before the heading when it opened.
  std::size_t lead_end_ = 0;
  bool lead_kicker_ = false;
  std::size_t lead_blocks_ = 0;
  // Streamed parts not placed yet (StreamedSegments); the one being
  // entered in its template's place is shown though hidden.
  std::unordered_map<std::string_view, const GumboNode*> segments_;
  const GumboNode* revealed_ = nullptr;
};

void Builder::Run(const GumboNode* root) {
  if (!root) return;
  segments_ = StreamedSegments(root);
  std::vector<Frame> stack;
  Frame top{root, 0, -1, -1, 0};
  if (!Enter(root, top)) return;
  stack.push_back(top);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next_child >= kids.length) {
      const Frame done = f;
      stack.pop_back();
      Exit(done);
      continue;
    }
    const GumboNode* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        AppendText(child->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        if (child->type == GUMBO_NODE_TEMPLATE && !segments_.empty()) {
          // Each part is placed once: a part holding its own template ends there.
          const auto it = segments_.find(TemplateIndex(child->v.element));
          if (it != segments_.end()) {
            child = revealed_ = it->second;
            segments_.erase(it);
          }
        }
        Frame next{child, 0, -1, owner_, 0};
        if (Enter(child, next)) stack.push_back(next);
        revealed_ = nullptr;  // where the part stands itself, it stays hidden
        break;
      }
      default:
        break;
    }
  }
  Flush();
}

// Returns true if the walk should descend into the node.
bool Builder::Enter(const GumboNode* node, Frame& frame) {
  const GumboElement& e = node->v.element;
  if (e.tag == GUMBO_TAG_HEAD) {
    CollectHeadFacts(node);
    return false;
  }
  CollectFacts(node);
  if (e.tag == GUMBO_TAG_BR) {
    // One <br> is a line break inside a paragraph; two in a row end it.
    if (!text_.empty() && text_.back() == '\n') {
      text_.pop_back();
      Flush();
    } else if (!text_.empty()) {
      text_ += '\n';
      pending_space_ = false;
    }
    return false;
  }
  if (e.tag == GUMBO_TAG_IMG) {
    if (!IsHidden(e, hidden_class_)) NoteImage(e);
    return false;
  }
  if (IsSkipped(e.tag) && !IsSectionToggle(node) && !(e.tag == GUMBO_TAG_BUTTON && QuestionToggle(node))) {
    return false;
  }
  const bool root = e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY;
  if (!root && node != revealed_ && IsHidden(e, hidden_class_) &&
      !IsAnswerPanel(node, HiddenUntilClicked(e, hidden_class_))) {
    KeepHiddenHeadingSeparator(node);
    NoteHiddenStamp(node);
    return false;
  }
  if (e.tag == GUMBO_TAG_A && IsHeadingAnchorMark(node)) return false;

  TagInfo info = Classify(e.tag);
  // A caption set inline, in a span inside a paragraph, is a block of its
  // own: "<p><span class=caption>The logo outside an office.</span>...";
  // so is one in a custom element ("<x-html class=image-copyright>") of a
  // page rendered by a framework.
  if (!info.block && (e.tag == GUMBO_TAG_SPAN || e.tag == GUMBO_TAG_UNKNOWN)) {
    const std::string_view cls = Attr(e, "class");
    if (!cls.empty() && caption_class_.Matches(cls)) {
      info.block = true;
    }
  }
  if (!info.block && caption_ > 0) SeparateCaptionPart(node);
  if (info.block) {
    Flush();
    Element el;
    el.tag = info.tag;
    el.level = info.level;
    el.parent = owner_;
    el.depth = owner_ < 0 ? 0 : static_cast<std::uint16_t>(
        std::min<int>(doc_.elements[static_cast<std::size_t>(owner_)].depth + 1, 65535));
    el.id = Attr(e, "id");
    el.cls = Attr(e, "class");
    el.role = Attr(e, "role");
    el.itemprop = Attr(e, "itemprop");
    el.itemtype = Attr(e, "itemtype");
    el.testid = TestHook(e);
    if (link_ > 0) el.flags |= kInLink;
    if (e.tag == GUMBO_TAG_TFOOT) el.flags |= kTableFoot;
    frame.element = static_cast<std::int32_t>(doc_.elements.size());
    doc_.elements.push_back(el);
    owner_ = frame.element;
  }
  switch (e.tag) {
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      ++pre_, frame.counted |= kPreCtx;
      break;
    case GUMBO_TAG_BLOCKQUOTE:
      ++quote_, frame.counted |= kQuoteCtx;
      break;
    case GUMBO_TAG_FIGCAPTION:
      ++caption_, frame.counted |= kCaptionCtx;
      break;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      ++list_, frame.counted |= kListCtx;
      break;
    case GUMBO_TAG_A:
      if (IsLink(e)) ++link_, frame.counted |= kLinkCtx;
      break;
    default:
      break;
  }
  OpenInline(e, frame);
  if (!info.block) OpenHeadingLead(frame);
  return true;
}

// A hidden element in a heading that holds a kicker separator alone
// ("<span class=kicker>Waffenlieferungen an Israel<span
// class=visually-hidden>:</span></span> <span>Palästinenser ...</span>")
// is kept: the page sets the kicker apart by layout and writes the
// separator for screen readers and copies; without it the two parts read
// run together ("... an Israel Palästinenser ..."). Seen in the h1s of
// German and Swiss news pages of four sites.
void Builder::KeepHiddenHeadingSeparator(const GumboNode* node) {
  if (owner_ < 0 || doc_.elements[static_cast<std::size_t>(owner_)].tag != Tag::kHeading) return;
  const GumboVector& kids = node->v.element.children;
  if (kids.length != 1) return;
  const GumboNode* kid = static_cast<const GumboNode*>(kids.data[0]);
  if (kid->type != GUMBO_NODE_TEXT && kid->type != GUMBO_NODE_WHITESPACE) return;
  const std::span<const std::string_view> seps = HeadingPartSeparators();
  if (std::find(seps.begin(), seps.end(), Trim(kid->v.text.text)) == seps.end()) return;
  // As written: spaces around it stay (" - "), none is added (":").
  AppendText(kid->v.text.text);
}

// A subhead's permalink: an in-page link whose text is a mark alone
// ("<h2>Setup<a class=headerlink href=#setup>¶</a></h2>"), shown on hover
// by documentation generators (Sphinx, MkDocs) and blog themes. Its text
// ran into the subhead's ("Setup¶") in the body. Not the h1's: the
// headline picker strips the mark itself (metadata/headline.cc), and on a
// docs page whose sidebar lists the page's own title the marked h1 was
// told from that menu item by its mark alone (a made-up Sphinx page lost
// its headline to the <title>'s other part without it).
bool Builder::IsHeadingAnchorMark(const GumboNode* node) const {
  if (owner_ < 0) return false;
  const Element& heading = doc_.elements[static_cast<std::size_t>(owner_)];
  if (heading.tag != Tag::kHeading || heading.level < 2) return false;
  const std::string_view href = Trim(Attr(node->v.element, "href"));
  if (href.empty() || href.front() != '#') return false;
  const std::string text = NodeText(node, kAnchorMarkPeekBytes);
  const std::span<const std::string_view> marks = HeadingAnchorMarks();
  return std::find(marks.begin(), marks.end(), Trim(text)) != marks.end();
}

// A small hidden element that holds a <time>: a news CMS prints the
// byline's date items hidden and shows them by script ("<li
// class=hidden><time class=date-published></time><span>08:44, 3 NOV
// 2023</span></li>" on the pages of two of its sites). Noted as a stamp of
// its own, with the element's text, for a page that gives no other date.
void Builder::NoteHiddenStamp(const GumboNode* node) {
  if (hidden_stamps_ >= kMaxHiddenStamps) return;
  std::vector<const GumboNode*> stack{node};
  for (std::size_t seen = 0; !stack.empty() && seen < kHiddenStampNodes; ++seen) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_TIME) {
      AddStamp(e, n);
      PageFacts::Stamp& stamp = doc_.facts.times.back();
      stamp.text = NodeText(node, kNameTextMaxBytes);
      stamp.hidden = true;
      ++hidden_stamps_;
      return;
    }
    for (unsigned k = e.children.length; k > 0; --k) stack.push_back(static_cast<const GumboNode*>(e.children.data[k - 1]));
  }
}

// An inline element that opens a heading's text (nested ones too: the
// innermost closes first and is the one kept).
void Builder::OpenHeadingLead(Frame& frame) {
  if (owner_ < 0 || !text_.empty() || lead_end_ > 0) return;
  if (doc_.elements[static_cast<std::size_t>(owner_)].tag != Tag::kHeading) return;
  frame.counted |= kLeadCtx;
  lead_blocks_ = doc_.blocks.size();
}

// The first such element to close, in the same block, ends the lead.
void Builder::CloseHeadingLead(const Frame& frame) {
  if (lead_end_ > 0 || text_.empty() || lead_blocks_ != doc_.blocks.size()) return;
  lead_end_ = text_.size();
  const std::string_view cls = Attr(frame.node->v.element, "class");
  lead_kicker_ = !cls.empty() && kicker_class_.Matches(cls);
}

void Builder::OpenInline(const GumboElement& e, Frame& frame) {
  TextSpan::Kind kind;
  std::string href;
  switch (e.tag) {
    case GUMBO_TAG_A:
      if (!(frame.counted & kLinkCtx)) return;
      kind = TextSpan::Kind::kLink;
      href = ValidUtf8(Attr(e, "href").substr(0, kImageSrcMaxBytes));
      break;
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
      kind = TextSpan::Kind::kStrong;
      break;
    case GUMBO_TAG_EM: case GUMBO_TAG_I:
      kind = TextSpan::Kind::kEmphasis;
      break;
    default:
      return;
  }
  open_spans_.push_back({kind, text_.size(), std::move(href), doc_.blocks.size(), doc_.images.size()});
  frame.counted |= kSpanCtx;
}

void Builder::NoteImage(const GumboElement& e) {
  const std::string_view src = ImageSource(e);
  if (src.empty() || IsTinyImage(e)) return;
  ImageRef image;
  image.block = static_cast<std::int32_t>(doc_.blocks.size());
  image.in_text = !text_.empty();
  image.element = owner_;
  image.src = ValidUtf8(src);
  image.alt = CollapseSpace(ValidUtf8(Attr(e, "alt").substr(0, kItempropTextMaxBytes)));
  doc_.images.push_back(std::move(image));
}

// In a figcaption, the caption and its credit are often sibling spans that
// CSS sets apart ("...a bar.<span>Credit...</span><span>Ed Murray</span>");
// without the CSS they would run together. A span that starts with a
// capital after text that has no space gets one.
void Builder::SeparateCaptionPart(const GumboNode* node) {
  if (text_.empty() || pending_space_ || text_.back() == ' ' || text_.back() == '\n') return;
  const std::string next = NodeText(node, kCaptionPartPeekBytes);
  if (next.empty()) return;
  std::size_t i = 0;
  const char32_t first = NextCodePoint(next, i);
  if (u_isupper(static_cast<UChar32>(first)) || first == U'\u00A9' || first == '(') pending_space_ = true;
}

// A link to a page that holds no text and no image: a card's overlay,
// laid over the whole card by CSS ("<a href=/story class=overlay></a>"
// beside its title). Not an in-page anchor or a script's button.
bool Builder::IsOverlayLink(const OpenSpan& open) const {
  if (open.kind != TextSpan::Kind::kLink || open.href.empty() || open.href[0] == '#') return false;
  if (open.blocks != doc_.blocks.size() || open.images != doc_.images.size() || open.begin != text_.size()) return false;
  return !StartsWithNoCase(open.href, "javascript:") && !StartsWithNoCase(open.href, "mailto:");
}

void Builder::Exit(const Frame& frame) {
  if (frame.element >= 0) Flush();
  if (frame.counted & kPreCtx) --pre_;
  if (frame.counted & kQuoteCtx) --quote_;
  if (frame.counted & kCaptionCtx) --caption_;
  if (frame.counted & kListCtx) --list_;
  if (frame.counted & kLinkCtx) --link_;
  if (frame.counted & kLeadCtx) CloseHeadingLead(frame);
  if (frame.counted & kSpanCtx) {
    OpenSpan& open = open_spans_.back();
    if (owner_ >= 0 && IsOverlayLink(open)) {
      doc_.facts.overlay_links.push_back({owner_, std::move(open.href)});
    } else {
      spans_.push_back({open.kind, open.begin, text_.size(), std::move(open.href)});
    }
    open_spans_.pop_back();
  }
  if (frame.element >= 0) owner_ = frame.saved_owner;
}

void Builder::CollectFacts(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  PageFacts& facts = doc_.facts;
  switch (e.tag) {
    case GUMBO_TAG_HTML: {
      std::string_view lang = Attr(e, "lang");
      if (lang.empty()) lang = Attr(e, "xml:lang");
      facts.language = CollapseSpace(lang);
      break;
    }
    case GUMBO_TAG_TITLE:
      if (facts.title.empty()) facts.title = NodeText(node, kTitleMaxBytes);
      break;
    case GUMBO_TAG_META: {
      std::string_view key = Attr(e, "property");
      if (key.empty()) key = Attr(e, "name");
      if (key.empty()) key = Attr(e, "itemprop");
      if (key.empty()) key = Attr(e, "http-equiv");
      std::string_view content = Attr(e, "content");
      // Some pages (and pages saved by some tools) put the value in `value`.
      if (content.empty()) content = Attr(e, "value");
      // JSON-LD that a page's head manager writes into a meta tag
      // (name="script:ld+json") rather than a script.
      if (AsciiLower(key).ends_with(kJsonLdMetaSuffix) && !content.empty()) {
        facts.json_ld.push_back(ValidUtf8(content.substr(0, kJsonLdMaxBytes)));
        break;
      }
      if (!key.empty() && !content.empty()) {
        const std::string_view kept = content.substr(0, kMetaContentMaxBytes);
        facts.meta.push_back({AsciiLower(Trim(key)), CollapseSpace(ValidUtf8(kept))});
      }
      break;
    }
    case GUMBO_TAG_BASE:
      if (facts.base.empty()) facts.base = ValidUtf8(Trim(Attr(e, "href")).substr(0, kImageSrcMaxBytes));
      break;
    case GUMBO_TAG_LINK:
      if (facts.canonical.empty() && HasToken(Attr(e, "rel"), "canonical")) {
        facts.canonical = CollapseSpace(Attr(e, "href"));
      }
      if (facts.amp.empty() && HasToken(Attr(e, "rel"), "amphtml")) facts.amp = CollapseSpace(Attr(e, "href"));
      break;
    case GUMBO_TAG_SCRIPT:
      if (AsciiLower(Trim(Attr(e, "type"))) == "application/ld+json") {
        std::string json = NodeText(node, kJsonLdMaxBytes);
        // A server renderer that leaves the JSON in the script's
        // `children` attribute and the script empty.
        if (Trim(json).empty()) json = ValidUtf8(Attr(e, "children").substr(0, kJsonLdMaxBytes));
        facts.json_ld.push_back(std::move(json));
      }
      break;
    case GUMBO_TAG_TIME:
      AddStamp(e, node);
      break;
    case GUMBO_TAG_BUTTON:
      if (facts.buttons.size() < kMaxButtons) {
        facts.buttons.push_back({static_cast<std::int32_t>(doc_.blocks.size()), NodeText(node, kNameTextMaxBytes),
                                 !Trim(text_).empty()});
      }
      break;
    case GUMBO_TAG_A:
      if (HasToken(Attr(e, "rel"), "author")) {
        facts.rel_author.push_back(NodeText(node, kNameTextMaxBytes));
        facts.rel_author_blocks.push_back(static_cast<std::int32_t>(doc_.blocks.size()));
      } else if (facts.author_spans.size() < kMaxAuthorSpans &&
                 IsAuthorPageLink(Attr(e, "href"))) {
        // A name linked to the author's page, however (un)classed.
        facts.author_spans.push_back(
            {static_cast<std::int32_t>(doc_.blocks.size()), std::string(kAuthorLinkName), NodeText(node, kNameTextMaxBytes, true)});
      }
      break;
    default:
      // Custom elements that carry a time: <relative-time datetime=...>.
      const bool custom = e.tag == GUMBO_TAG_UNKNOWN && !Attr(e, "datetime").empty();
      if (custom) AddStamp(e, node);
      // Any element whose date- or time-named data attribute gives the full
      // time while its text may give only the day; else RDFa or hAtom
      // markup that keeps it in an attribute.
      if (HasDataClock(e)) {
        AddStamp(e, node);
      } else if (!custom && !MarkupClock(e).empty()) {
        AddStamp(e, node);
      }
      break;
  }
  if (facts.epoch_clocks.size() < kMaxEpochClocks && e.attributes.length > 0) {
    const long long epoch = EpochClock(e);
    if (epoch >= 0) facts.epoch_clocks.push_back(epoch);
  }
  // The name inside a byline line, apart from the outlet and date beside it.
  if (!Classify(e.tag).block && e.tag != GUMBO_TAG_META) {
    const std::string_view cls = Attr(e, "class");
    // Not the job title beside the name ("author-title"): it names no one;
    // nor a quote's speaker ("quote__author").
    const Heuristics& h = GetHeuristics();
    if (!cls.empty() && cls.size() < kBylineClassMaxBytes && facts.author_spans.size() < kMaxAuthorSpans &&
        byline_class_.Matches(cls) && !h.author_title_class.Matches(cls) && !h.quote_author_class.Matches(cls)) {
      facts.author_spans.push_back(
          {static_cast<std::int32_t>(doc_.blocks.size()), AsciiLower(cls), NodeText(node, kNameTextMaxBytes)});
    }
  }
  const std::string_view itemprop = Attr(e, "itemprop");
  if (!itemprop.empty() && e.tag != GUMBO_TAG_META) {
    std::string name = AsciiLower(Trim(itemprop));
    for (std::string_view wanted : WantedItemprops()) {
      if (name.find(wanted) == std::string::npos) continue;
      std::string_view value = Attr(e, "content");
      if (value.empty()) value = Attr(e, "datetime");
      std::string text = value.empty() ? NodeText(node, kItempropTextMaxBytes) : CollapseSpace(ValidUtf8(value));
      facts.itemprops.push_back({static_cast<std::int32_t>(doc_.blocks.size()), std::string(wanted), std::move(text)});
      break;
    }
  }
}

void Builder::AddStamp(const GumboElement& e, const GumboNode* node) {
  std::string_view dt = Attr(e, "datetime");
  if (dt.empty()) dt = Attr(e, "content");
  if (dt.empty()) dt = MarkupClock(e);
  // Without either, a data- attribute may hold it: data-published="2016-12-09 09:13:00Z".
  for (unsigned i = 0; dt.empty() && i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view v(a->value);
    if (std::string_view(a->name).substr(0, 5) == "data-" && v.size() >= kDataTimeMinBytes &&
        v.size() < kDataTimeMaxBytes && v[4] == '-' && v[7] == '-') {
      dt = v;
    }
  }
  // An RDFa property names the update as a class would ("dcterms:modified").
  std::string hints = AsciiLower(CollapseSpace(std::string(Attr(e, "class")) + " " + std::string(Attr(e, "itemprop")) +
                                               " " + std::string(Attr(e, "property"))));
  if (gumbo_get_attribute(&e.attributes, "pubdate")) hints += " pubdate";
  doc_.facts.times.push_back({static_cast<std::int32_t>(doc_.blocks.size()), CollapseSpace(ValidUtf8(dt)),
                              NodeText(node, kNameTextMaxBytes), std::move(hints)});
}

void Builder::CollectHeadFacts(const GumboNode* head) {
  std::vector<const GumboNode*> stack{head};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n != head) CollectFacts(n);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
}

void Builder::AppendText(const char* raw) {
  const std::size_t len = std::strlen(raw);
  if (pre_ > 0) {
    if (pending_space_ && !text_.empty()) text_ += ' ';
    pending_space_ = false;
    text_.append(raw, len);
    if (link_ > 0) link_bytes_ += static_cast<std::int32_t>(len);
    return;
  }
  const std::string_view s(raw, len);
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t start = i;
    bool space;
    if (c < 0x80) {
      ++i;
      space = c == ' ' || (c >= '\t' && c <= '\r');
    } else {
      // A zero-width space or a stray byte order mark shows nothing; a
      // block of only those is empty, and between words they separate.
      const char32_t cp = NextCodePoint(s, i);
      space = IsUnicodeSpace(cp) || cp == 0x200B || cp == 0xFEFF;
    }
    if (space) {
      if (!pending_space_) pending_space_in_link_ = link_ > 0;
      pending_space_ = true;
      continue;
    }
    if (pending_space_ && !text_.empty() && text_.back() != '\n') {
      text_ += ' ';
      if (pending_space_in_link_ && link_ > 0) ++link_bytes_;
    }
    pending_space_ = false;
    text_.append(s.substr(start, i - start));
    if (link_ > 0) link_bytes_ += static_cast<std::int32_t>(i - start);
  }
}

BlockKind Builder::CurrentKind() const {
  const Element& el = doc_.elements[static_cast<std::size_t>(owner_)];
  if (el.tag == Tag::kHeading) return BlockKind::kHeading;
  if (pre_ > 0) return BlockKind::kPre;
  if (caption_ > 0) return BlockKind::kCaption;
  if (list_ > 0) return BlockKind::kListItem;
  if (quote_ > 0) return BlockKind::kQuote;
  return BlockKind::kText;
}

// The spans of the block being flushed, trimmed of the spaces around
// them: those closed in it, and those still open (a link around several
// blocks), which go on in the next block from its start.
std::vector<TextSpan> Builder::TakeSpans() {
  std::vector<TextSpan> out;
  auto add = [&](TextSpan span) {
    span.end = std::min(span.end, text_.size());
    while (span.begin < span.end && (text_[span.begin] == ' ' || text_[span.begin] == '\n')) ++span.begin;
    while (span.end > span.begin && (text_[span.end - 1] == ' ' || text_[span.end - 1] == '\n')) --span.end;
    if (span.begin < span.end) out.push_back(std::move(span));
  };
  for (TextSpan& span : spans_) add(std::move(span));
  for (OpenSpan& open : open_spans_) {
    add({open.kind, open.begin, text_.size(), open.href});
    open.begin = 0;
  }
  spans_.clear();
  return out;
}

void Builder::Flush() {
  pending_space_ = false;
  while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
  const std::size_t lead_end = std::exchange(lead_end_, 0);
  const bool lead_kicker = std::exchange(lead_kicker_, false);
  if (text_.empty() || owner_ < 0) {
    text_.clear();
    TakeSpans();
    link_bytes_ = 0;
    return;
  }
  Block b;
  b.kind = CurrentKind();
  if (b.kind == BlockKind::kHeading && lead_end < text_.size()) {
    b.lead_end = static_cast<std::uint32_t>(lead_end);
    b.lead_kicker = lead_kicker;
  }
  b.level = b.kind == BlockKind::kHeading ? doc_.elements[static_cast<std::size_t>(owner_)].level : 0;
  b.element = owner_;
  b.link_bytes = std::min<std::int32_t>(link_bytes_, static_cast<std::int32_t>(text_.size()));
  b.spans = TakeSpans();
  b.text = std::move(text_);
  doc_.blocks.push_back(std::move(b));
  text_.clear();
  link_bytes_ = 0;
}

// Cells of one table row become one kTableRow block when every cell holds
// only inline content (one block each): a data table, read row by row.
// A cell whose text <br><br> splits into several blocks is a layout cell
// (the story column of an old table-layout page beside its menu cell), so
// it is no cell of a row, at either end. Images keep their place among the blocks:
// `moved` gives each old block's new index.
void MergeTableRows(Document& doc) {
  std::vector<Block> merged;
  merged.reserve(doc.blocks.size());
  auto& blocks = doc.blocks;
  std::vector<std::int32_t> moved(blocks.size());
  std::size_t i = 0;
  while (i < blocks.size()) {
    const Element& cell = doc.elements[static_cast<std::size_t>(blocks[i].element)];
    moved[i] = static_cast<std::int32_t>(merged.size());
    if (cell.tag != Tag::kTd) {
      merged.push_back(std::move(blocks[i++]));
      continue;
    }
    std::size_t j = i + 1;
    while (j < blocks.size()) {
      const Element& next = doc.elements[static_cast<std::size_t>(blocks[j].element)];
      if (next.tag != Tag::kTd || next.parent != cell.parent || blocks[j].element == blocks[j - 1].element) break;
      ++j;
    }
    if (j < blocks.size() && blocks[j].element == blocks[j - 1].element) --j;
    const bool split_first = !merged.empty() && merged.back().element == blocks[i].element;
    if (split_first || j - i < kMinTableRowCells) {
      merged.push_back(std::move(blocks[i++]));
      continue;
    }
    Block row = std::move(blocks[i]);
    row.kind = BlockKind::kTableRow;
    row.element = cell.parent;
    row.cells.push_back(row.text);
    for (std::size_t k = i + 1; k < j; ++k) {
      moved[k] = moved[i];
      row.text += " | ";
      for (TextSpan& span : blocks[k].spans) {
        span.begin += row.text.size();
        span.end += row.text.size();
        row.spans.push_back(std::move(span));
      }
      row.text += blocks[k].text;
      row.cells.push_back(std::move(blocks[k].text));
      row.link_bytes += blocks[k].link_bytes;
    }
    merged.push_back(std::move(row));
    i = j;
  }
  for (ImageRef& image : doc.images) {
    const auto old = static_cast<std::size_t>(image.block);
    image.block = old < moved.size() ? moved[old] : static_cast<std::int32_t>(merged.size());
  }
  blocks = std::move(merged);
}

}  // namespace

Document ParseHtml(std::string html) {
  Document doc;
  doc.format = SourceFormat::kHtml;
  auto tree = std::make_shared<const GumboTree>(html);
  html = std::string();
  Builder(doc).Run(tree->root());
  if (doc.elements.empty()) doc.elements.push_back(Element{Tag::kHtml, 0, 0, -1, 0, {}, {}, {}, {}, {}, {}});
  MergeTableRows(doc);
  doc.storage = std::move(tree);
  return doc;
}

}  // namespace pith
