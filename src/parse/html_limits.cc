#include "parse/html_limits.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pith {
namespace {

// The tags whose tree-building rules differ from "push it, pop it at its end
// tag", after the WHATWG HTML parsing algorithm that gumbo implements.
enum class T : std::uint8_t {
  kOther, kA, kAddressLike, kAnnotationXml, kApplet, kBody, kBr, kButton, kCaption, kCol, kColgroup,
  kDd, kDt, kFont, kForm, kFrameset, kHead, kHeading, kHr, kHtml, kIframe, kLi,
  kListing, kMath, kMathText, kMeta, kNobr, kNoembed, kNoframes, kOptgroup, kOption, kP, kPlaintext,
  kPre, kRuby, kRubyText, kScript, kSelect, kStyle, kSvg, kSvgHtmlPoint, kTable, kTbody, kTd, kTemplate,
  kTextarea, kTitle, kTr, kVoid, kXmp, kFormatting,
};

enum Flag : std::uint16_t {
  kSpecial = 1 << 0,     // the spec's "special" category: ends "any other end tag" walks
  kClosesP = 1 << 1,     // its start tag closes an open <p>
  kScope = 1 << 2,       // bounds "has an element in scope" (applet, caption, table, td...)
  kMarker = 1 << 3,      // pushes a marker on the active formatting elements
  kBreakout = 1 << 4,    // its start tag leaves SVG/MathML content
  kImpliedEnd = 1 << 5,  // closed by "generate implied end tags"
  kPushes = 1 << 6,      // its start tag usually opens an element (not void)
};

struct TagInfo {
  T id = T::kOther;
  std::uint16_t flags = kPushes;
};

const std::unordered_map<std::string_view, TagInfo>& TagTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, TagInfo>;
    auto add = [&](std::initializer_list<std::string_view> names, T id, std::uint16_t flags) {
      for (std::string_view n : names) (*t)[n] = TagInfo{id, flags};
    };
    const std::uint16_t block = kSpecial | kClosesP | kPushes;
    add({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
         "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
         "section", "summary", "ul"},
        T::kAddressLike, block);
    add({"h1", "h2", "h3", "h4", "h5", "h6"}, T::kHeading, block);
    add({"p"}, T::kP, block | kImpliedEnd);
    add({"pre"}, T::kPre, block);
    add({"listing"}, T::kListing, block);
    add({"form"}, T::kForm, block);
    add({"plaintext"}, T::kPlaintext, block);
    add({"xmp"}, T::kXmp, kSpecial | kClosesP | kPushes);
    add({"li"}, T::kLi, block | kBreakout | kImpliedEnd);
    add({"dd"}, T::kDd, block | kBreakout | kImpliedEnd);
    add({"dt"}, T::kDt, block | kBreakout | kImpliedEnd);
    add({"table"}, T::kTable, block | kScope | kBreakout);
    // Start tags that leave SVG and MathML content.
    for (std::string_view n : {"blockquote", "center", "div", "dl", "menu", "ol", "ul", "h1", "h2", "h3", "h4",
                               "h5", "h6", "p", "pre", "listing"}) {
      (*t)[n].flags |= kBreakout;
    }
    add({"a"}, T::kA, kPushes);
    add({"b", "big", "code", "em", "i", "s", "small", "strike", "strong", "tt", "u"}, T::kFormatting,
        kPushes | kBreakout);
    add({"font"}, T::kFont, kPushes);
    add({"nobr"}, T::kNobr, kPushes | kBreakout);
    add({"applet", "marquee", "object"}, T::kApplet, kSpecial | kScope | kMarker | kPushes);
    add({"button"}, T::kButton, kSpecial | kPushes);
    add({"caption"}, T::kCaption, kSpecial | kScope | kMarker | kPushes);
    add({"td", "th"}, T::kTd, kSpecial | kScope | kMarker | kPushes);
    add({"tr"}, T::kTr, kSpecial | kPushes);
    add({"tbody", "thead", "tfoot"}, T::kTbody, kSpecial | kPushes);
    add({"colgroup"}, T::kColgroup, kSpecial | kPushes);
    add({"col"}, T::kCol, kSpecial);
    add({"template"}, T::kTemplate, kSpecial | kScope | kMarker | kPushes);
    add({"html"}, T::kHtml, kSpecial);
    add({"head"}, T::kHead, kSpecial | kBreakout);
    add({"body"}, T::kBody, kSpecial | kBreakout);
    add({"frameset"}, T::kFrameset, kSpecial);
    add({"select"}, T::kSelect, kSpecial | kPushes);
    add({"option"}, T::kOption, kPushes | kImpliedEnd);
    add({"optgroup"}, T::kOptgroup, kPushes | kImpliedEnd);
    add({"rb", "rp", "rt", "rtc"}, T::kRubyText, kPushes | kImpliedEnd);
    add({"ruby"}, T::kRuby, kPushes | kBreakout);
    add({"script"}, T::kScript, kSpecial | kPushes);
    add({"style"}, T::kStyle, kSpecial | kPushes);
    add({"title"}, T::kTitle, kSpecial | kPushes);
    add({"textarea"}, T::kTextarea, kSpecial | kPushes);
    add({"iframe"}, T::kIframe, kSpecial | kPushes);
    add({"noembed"}, T::kNoembed, kSpecial | kPushes);
    add({"noframes"}, T::kNoframes, kSpecial | kPushes);
    add({"noscript"}, T::kOther, kSpecial | kPushes);
    add({"base", "basefont", "bgsound", "frame", "link", "param", "source", "track"}, T::kMeta, kSpecial);
    add({"meta"}, T::kMeta, kSpecial | kBreakout);
    // Void elements that re-open formatting elements, like text does.
    add({"area", "keygen", "wbr", "input"}, T::kVoid, kSpecial);
    add({"img", "embed"}, T::kVoid, kSpecial | kBreakout);
    add({"br"}, T::kBr, kSpecial | kBreakout);
    add({"image"}, T::kVoid, 0);
    add({"hr"}, T::kHr, kSpecial | kClosesP | kBreakout);
    add({"span", "sub", "sup", "var"}, T::kOther, kPushes | kBreakout);
    add({"svg"}, T::kSvg, kPushes);
    add({"math"}, T::kMath, kPushes);
    return t;
  }();
  return *table;
}

constexpr std::uint8_t kHtmlNs = 0, kSvgNs = 1, kMathNs = 2;

constexpr std::uint64_t HashName(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

constexpr std::uint64_t kNameA = HashName("a"), kNameAddress = HashName("address"), kNameDiv = HashName("div"),
                        kNameOl = HashName("ol"), kNameUl = HashName("ul");

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// One start or end tag as the tokenizer read it.
struct Token {
  std::size_t begin = 0, end = 0;  // the tag's bytes: '<' to '>' inclusive
  std::string name;                // lower-cased
  std::uint64_t name_hash = 0;
  TagInfo info;
  bool self_closing = false;
  std::size_t attributes = 0;
  std::size_t cut_from = 0, cut_to = 0;  // attributes past the limit, when cut_to > cut_from
  // The attributes' bytes, hashed for the "Noah's Ark" clause when the tag
  // opens a formatting element (hashing every tag's cost a pass over them).
  std::string_view attrs;
  bool font_breakout = false;            // <font color|face|size> leaves foreign content
};

// Insertion modes that change what start tags do; kTemplate is the first
// mode inside a <template>, which its first tag replaces.
enum class Mode : std::uint8_t { kBody, kTable, kTbody, kRow, kCell, kCaption, kColgroup, kSelect, kTemplate };

// An element on the model's stack of open elements.
struct Open {
  T id;
  std::uint8_t ns;
  std::uint16_t flags;
  std::uint64_t name;
  std::uint32_t afe;   // its active formatting entry's id, 0 if none
  std::uint32_t serial;
  std::int32_t mode;   // index of the nearest table/select/template element at or below, -1 if none
  Mode template_mode = Mode::kTemplate;  // a <template>'s current insertion mode
};

// An entry of the list of active formatting elements; id 0 is a marker.
struct Formatting {
  std::uint32_t id;
  T tag;
  std::uint16_t flags;
  std::uint64_t name;
  std::uint64_t noah;                 // name and attributes
  std::size_t tag_begin, tag_end;     // the start tag that created it
  bool on_stack;
};

enum class Scope { kDefault, kListItem, kButton, kTable };

class Limiter {
 public:
  Limiter(std::string_view html, const HtmlLimits& limits, HtmlLimitReport& report)
      : in_(html), limits_(limits), report_(report),
        reconstruct_budget_(limits.max_reconstructed + html.size() / std::max<std::size_t>(1, limits.reconstruct_bytes_per_element)),
        node_budget_(limits.max_nodes + html.size() / std::max<std::size_t>(1, limits.bytes_per_node)) {}

  std::vector<std::pair<std::size_t, std::size_t>> Run();

 private:
  // Tokenizer.
  void Markup();
  void Literal(std::size_t end);
  void NotAnElement(std::size_t begin);
  bool ReadTag(bool end_tag, Token& tok);
  void SkipPast(std::string_view terminator);
  void SkipComment();
  void SkipRawText(std::string_view name);

  // Tree builder.
  enum class Effect { kNone, kRawText, kPlaintext };
  Effect Start(const Token& t);
  void StartOverBudget(const Token& t);
  void EndTag(const Token& t);
  Effect StartInBody(const Token& t);
  void StartTablePart(const Token& t);
  void End(const Token& t);
  bool EndInForeign(const Token& t);
  bool EndTablePart(const Token& t);
  void EndInBody(const Token& t);
  void AnyOtherEnd(const Token& t);
  void Adoption(const Token& t);
  void Text();

  Mode CurrentMode() const;
  bool SelectInTable() const;
  bool StartIsForeign(const Token& t) const;
  bool TextIsForeign() const;
  bool CurrentIsForeign() const { return !stack_.empty() && stack_.back().ns != kHtmlNs; }
  void Push(const Token& t, T id, std::uint8_t ns);
  void PushImplied(T id, std::string_view name);
  void PopOne();
  void PopUntil(std::size_t index);  // pops stack_[index] and everything above
  void RemoveAt(std::size_t index);
  void PopUntilTag(T id);
  void GenerateImpliedEnds();
  void ClosePInButtonScope();
  // Index of the topmost element matching `match` in `scope`, or -1.
  template <class Match>
  std::int64_t FindInScope(Match match, Scope scope) const;
  std::int64_t FindTag(T id, Scope scope) const {
    return FindInScope([id](const Open& o) { return o.id == id && o.ns == kHtmlNs; }, scope);
  }
  bool IsBoundary(const Open& o, Scope scope) const;
  void AddFormatting(const Token& t, T id);
  void ReconstructFormatting();
  void ClearFormattingToMarker();
  std::int64_t LastFormattingAfterMarker(std::uint64_t name) const;
  void EraseFormatting(std::size_t index);
  void EraseFormattingId(std::uint32_t afe);
  void SetOnStack(std::uint32_t afe, bool on);
  void Drop(const Token& t) { cuts_.emplace_back(t.begin, t.end); }
  bool AtDepthLimit(const Token& t);
  bool Spent() const { return nodes_ >= node_budget_; }
  void CutOverBudget(std::size_t begin, std::size_t end) {
    cuts_.emplace_back(begin, end);
    ++report_.over_budget;
  }

  std::string_view in_;
  const HtmlLimits& limits_;
  HtmlLimitReport& report_;
  std::size_t pos_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> cuts_;
  std::vector<Open> stack_;
  std::vector<Formatting> formatting_;
  std::unordered_map<std::uint64_t, std::uint32_t> dropped_;  // start tags removed, by name
  std::size_t dropped_open_ = 0;
  std::uint32_t next_serial_ = 1;
  std::uint32_t next_afe_ = 1;
  std::uint32_t form_ = 0;  // serial of the form element pointer, 0 if unset
  std::size_t templates_ = 0;  // open <template> elements
  std::size_t reconstructed_ = 0;
  const std::size_t reconstruct_budget_;
  std::size_t live_formatting_ = 0;  // entries of formatting_ that are not markers
  std::size_t nodes_ = 0;  // nodes the parser builds, counted until the budget is spent
  const std::size_t node_budget_;
  std::size_t pops_ = 0;  // elements closed, to tell end tags that close something
  std::size_t html_attributes_ = 0, body_attributes_ = 0;
};

std::vector<std::pair<std::size_t, std::size_t>> Limiter::Run() {
  while (pos_ < in_.size()) {
    const std::size_t lt = in_.find('<', pos_);
    if (lt != pos_) {
      ++nodes_;
      Text();
    }
    if (lt == std::string_view::npos) break;
    pos_ = lt;
    Markup();
  }
  report_.reconstructed = reconstructed_;
  report_.nodes = nodes_;
  return std::move(cuts_);
}

// At '<': a comment, doctype, start or end tag, or a '<' that is text.
void Limiter::Markup() {
  const std::size_t begin = pos_;
  const std::size_t n = in_.size();
  if (pos_ + 1 >= n) return Literal(n);
  const char c = in_[pos_ + 1];
  if (c == '!') {
    if (in_.compare(pos_, 4, "<!--") == 0) {
      SkipComment();
    } else if (in_.compare(pos_, 9, "<![CDATA[") == 0 && CurrentIsForeign()) {
      pos_ += 9;
      SkipPast("]]>");
    } else {
      SkipPast(">");
    }
    return NotAnElement(begin);
  }
  if (c == '?') {
    SkipPast(">");
    return NotAnElement(begin);
  }
  if (c == '/') {
    if (pos_ + 2 >= n) return Literal(n);
    const char d = in_[pos_ + 2];
    if (d == '>') {
      pos_ += 3;
      return;
    }
    if (!IsAlpha(d)) {
      SkipPast(">");
      return NotAnElement(begin);
    }
    Token tok;
    if (ReadTag(true, tok)) EndTag(tok);
    return;
  }
  if (!IsAlpha(c)) return Literal(pos_ + 1);
  Token tok;
  if (!ReadTag(false, tok)) return;
  if (Spent()) return StartOverBudget(tok);
  nodes_ += 1 + std::min(tok.attributes, limits_.max_attributes);
  const Effect effect = Start(tok);
  if (effect == Effect::kPlaintext) pos_ = n;
  if (effect == Effect::kRawText) SkipRawText(tok.name);
}

// pos_ to `end` is text although it starts with '<'. Past the node budget
// it goes: a '<' left before a removed tag could start a new one.
void Limiter::Literal(std::size_t end) {
  if (Spent()) {
    CutOverBudget(pos_, end);
  } else {
    Text();
  }
  pos_ = end;
}

// A comment, doctype or processing instruction from `begin` to pos_: a node
// of its own, or nothing past the node budget.
void Limiter::NotAnElement(std::size_t begin) {
  if (Spent()) {
    CutOverBudget(begin, pos_);
  } else {
    ++nodes_;
  }
}

// Reads the tag at pos_ ("<name" or "</name") through its '>'. False when the
// input ends inside it: the parser drops such a tag.
bool Limiter::ReadTag(bool end_tag, Token& tok) {
  const std::size_t n = in_.size();
  tok.begin = pos_;
  std::size_t i = pos_ + (end_tag ? 2 : 1);
  while (i < n && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>') tok.name += Lower(in_[i++]);
  const std::size_t attributes_begin = i;
  std::size_t attributes_end = i;
  for (;;) {
    while (i < n && (IsSpace(in_[i]) || in_[i] == '/')) {
      if (in_[i] == '/' && i + 1 < n && in_[i + 1] == '>') break;
      ++i;
    }
    if (i >= n) {
      pos_ = n;
      return false;
    }
    if (in_[i] == '/') {  // "/>"
      tok.self_closing = true;
      attributes_end = i;
      i += 2;
      break;
    }
    if (in_[i] == '>') {
      attributes_end = i;
      ++i;
      break;
    }
    // An attribute: a name (whose first character may be '='), then maybe a value.
    const std::size_t attribute_begin = i;
    ++i;
    while (i < n && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>' && in_[i] != '=') ++i;
    std::size_t j = i;
    while (j < n && IsSpace(in_[j])) ++j;
    if (j < n && in_[j] == '=') {
      ++j;
      while (j < n && IsSpace(in_[j])) ++j;
      if (j < n && (in_[j] == '"' || in_[j] == '\'')) {
        const std::size_t close = in_.find(in_[j], j + 1);
        if (close == std::string_view::npos) {
          pos_ = n;
          return false;
        }
        j = close + 1;
      } else {
        while (j < n && !IsSpace(in_[j]) && in_[j] != '>') ++j;
      }
      i = j;
    }
    if (++tok.attributes == limits_.max_attributes + 1) tok.cut_from = attribute_begin;
  }
  pos_ = i;
  tok.end = i;
  if (tok.cut_from > 0) tok.cut_to = attributes_end;
  const std::string_view attrs = in_.substr(attributes_begin, attributes_end - attributes_begin);
  tok.attrs = attrs;
  tok.name_hash = HashName(tok.name);
  if (const auto it = TagTable().find(tok.name); it != TagTable().end()) tok.info = it->second;
  if (tok.info.id == T::kFont) {
    // Only <font> with color, face or size leaves SVG and MathML content.
    std::string lower;
    for (char ch : attrs) lower += Lower(ch);
    for (std::string_view a : {"color", "face", "size"}) {
      if (lower.find(a) != std::string::npos) tok.font_breakout = true;
    }
  }
  if (tok.cut_to > tok.cut_from) {
    cuts_.emplace_back(tok.cut_from, tok.cut_to);
    ++report_.cut_attributes;
  }
  return true;
}

void Limiter::SkipPast(std::string_view terminator) {
  const std::size_t end = in_.find(terminator, pos_);
  pos_ = end == std::string_view::npos ? in_.size() : end + terminator.size();
}

// "<!--" to "-->" or "--!>"; "<!-->" and "<!--->" are empty comments.
void Limiter::SkipComment() {
  std::size_t i = pos_ + 4;
  if (in_.compare(i, 1, ">") == 0) {
    pos_ = i + 1;
    return;
  }
  if (in_.compare(i, 2, "->") == 0) {
    pos_ = i + 2;
    return;
  }
  for (;;) {
    const std::size_t dash = in_.find("--", i);
    if (dash == std::string_view::npos) {
      pos_ = in_.size();
      return;
    }
    if (in_.compare(dash + 2, 1, ">") == 0) {
      pos_ = dash + 3;
      return;
    }
    if (in_.compare(dash + 2, 2, "!>") == 0) {
      pos_ = dash + 4;
      return;
    }
    i = dash + 1;
  }
}

// Past the text of <script>, <style>, <textarea>... to its end tag, which is
// then read as a tag.
void Limiter::SkipRawText(std::string_view name) {
  const std::size_t n = in_.size();
  for (std::size_t i = pos_;;) {
    const std::size_t lt = in_.find("</", i);
    if (lt == std::string_view::npos) {
      pos_ = n;
      return;
    }
    std::size_t k = 0;
    while (k < name.size() && lt + 2 + k < n && Lower(in_[lt + 2 + k]) == name[k]) ++k;
    const std::size_t after = lt + 2 + k;
    if (k == name.size() && after < n && (IsSpace(in_[after]) || in_[after] == '/' || in_[after] == '>')) {
      pos_ = lt;
      return;
    }
    i = lt + 2;
  }
}

Mode Limiter::CurrentMode() const {
  if (stack_.empty() || stack_.back().mode < 0) return Mode::kBody;
  const Open& o = stack_[static_cast<std::size_t>(stack_.back().mode)];
  switch (o.id) {
    case T::kTd: return Mode::kCell;
    case T::kTr: return Mode::kRow;
    case T::kTbody: return Mode::kTbody;
    case T::kCaption: return Mode::kCaption;
    case T::kColgroup: return Mode::kColgroup;
    case T::kTable: return Mode::kTable;
    case T::kTemplate: return o.template_mode;
    case T::kSelect: return Mode::kSelect;
    default: return Mode::kBody;
  }
}

// Whether the current <select> is inside a table, where table tags close it.
bool Limiter::SelectInTable() const {
  if (stack_.empty() || stack_.back().mode < 0) return false;
  for (std::size_t i = static_cast<std::size_t>(stack_.back().mode); i-- > 0;) {
    if (stack_[i].ns != kHtmlNs) continue;
    if (stack_[i].id == T::kTemplate) return false;
    if (stack_[i].id == T::kTable) return true;
  }
  return false;
}

// Whether a start tag goes by the SVG/MathML rules: the current node is
// foreign and not an integration point that lets HTML in.
bool Limiter::StartIsForeign(const Token& t) const {
  if (!CurrentIsForeign()) return false;
  const Open& cur = stack_.back();
  if (cur.id == T::kSvgHtmlPoint) return false;
  if (cur.id == T::kMathText && t.name != "mglyph" && t.name != "malignmark") return false;
  if (cur.id == T::kAnnotationXml && t.info.id == T::kSvg) return false;
  return true;
}

bool Limiter::TextIsForeign() const {
  return CurrentIsForeign() && stack_.back().id != T::kSvgHtmlPoint && stack_.back().id != T::kMathText;
}

bool Limiter::IsBoundary(const Open& o, Scope scope) const {
  if (scope == Scope::kTable) return o.ns == kHtmlNs && (o.id == T::kTable || o.id == T::kTemplate || o.id == T::kHtml);
  if (o.ns != kHtmlNs) return o.id == T::kMathText || o.id == T::kAnnotationXml || o.id == T::kSvgHtmlPoint;
  if (o.flags & kScope) return true;
  if (scope == Scope::kListItem) return o.name == kNameOl || o.name == kNameUl;
  if (scope == Scope::kButton) return o.id == T::kButton;
  return false;
}

template <class Match>
std::int64_t Limiter::FindInScope(Match match, Scope scope) const {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    if (match(stack_[i])) return static_cast<std::int64_t>(i);
    if (IsBoundary(stack_[i], scope)) return -1;
  }
  return -1;
}

void Limiter::Push(const Token& t, T id, std::uint8_t ns) {
  Open o{id, ns, t.info.flags, t.name_hash, 0, next_serial_++, -1};
  if (ns != kHtmlNs) {
    o.flags = 0;
    if (ns == kMathNs && (t.name == "mi" || t.name == "mo" || t.name == "mn" || t.name == "ms" || t.name == "mtext")) {
      o.id = T::kMathText, o.flags = kSpecial;
    } else if (ns == kMathNs && t.name == "annotation-xml") {
      o.id = T::kAnnotationXml, o.flags = kSpecial;
    } else if (ns == kSvgNs && (t.name == "foreignobject" || t.name == "desc" || t.name == "title")) {
      o.id = T::kSvgHtmlPoint, o.flags = kSpecial;
    } else {
      o.id = id == T::kSvg || id == T::kMath ? id : T::kOther;
    }
  }
  const bool defines_mode = ns == kHtmlNs && (id == T::kTd || id == T::kTr || id == T::kTbody || id == T::kCaption ||
                                              id == T::kColgroup || id == T::kTable || id == T::kTemplate ||
                                              id == T::kSelect);
  o.mode = defines_mode ? static_cast<std::int32_t>(stack_.size()) : (stack_.empty() ? -1 : stack_.back().mode);
  stack_.push_back(o);
  if (o.id == T::kTemplate && ns == kHtmlNs) ++templates_;
  report_.max_depth = std::max(report_.max_depth, stack_.size());
  if (ns == kHtmlNs && (t.info.flags & kMarker)) formatting_.push_back(Formatting{0, id, 0, 0, 0, 0, 0, false});
}

// An element the parser adds without a tag for it: <tbody> before a <tr>...
void Limiter::PushImplied(T id, std::string_view name) {
  ++nodes_;
  Token t;
  t.name = std::string(name);
  t.name_hash = HashName(name);
  t.info = TagTable().at(name);
  Push(t, id, kHtmlNs);
}

void Limiter::SetOnStack(std::uint32_t afe, bool on) {
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i].id == afe) {
      formatting_[i].on_stack = on;
      return;
    }
  }
}

void Limiter::PopOne() {
  const Open o = stack_.back();
  stack_.pop_back();
  ++pops_;
  if (o.id == T::kTemplate && o.ns == kHtmlNs) --templates_;
  if (o.afe) SetOnStack(o.afe, false);
  if (o.ns == kHtmlNs && (o.flags & kMarker)) ClearFormattingToMarker();
}

void Limiter::PopUntil(std::size_t index) {
  while (stack_.size() > index) PopOne();
}

void Limiter::PopUntilTag(T id) {
  while (!stack_.empty()) {
    const bool found = stack_.back().id == id && stack_.back().ns == kHtmlNs;
    PopOne();
    if (found) return;
  }
}

void Limiter::RemoveAt(std::size_t index) {
  if (stack_[index].afe) SetOnStack(stack_[index].afe, false);
  ++pops_;
  stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(index));
  for (std::size_t i = index; i < stack_.size(); ++i) {
    Open& o = stack_[i];
    const bool defines_mode = o.ns == kHtmlNs && (o.id == T::kTd || o.id == T::kTr || o.id == T::kTbody ||
                                                  o.id == T::kCaption || o.id == T::kColgroup ||
                                                  o.id == T::kTable || o.id == T::kTemplate || o.id == T::kSelect);
    o.mode = defines_mode ? static_cast<std::int32_t>(i) : (i == 0 ? -1 : stack_[i - 1].mode);
  }
}

void Limiter::GenerateImpliedEnds() {
  while (!stack_.empty() && stack_.back().ns == kHtmlNs && (stack_.back().flags & kImpliedEnd)) PopOne();
}

void Limiter::ClosePInButtonScope() {
  const std::int64_t p = FindTag(T::kP, Scope::kButton);
  if (p >= 0) PopUntil(static_cast<std::size_t>(p));
}

void Limiter::ClearFormattingToMarker() {
  while (!formatting_.empty()) {
    const bool marker = formatting_.back().id == 0;
    formatting_.pop_back();
    if (marker) return;
    --live_formatting_;
  }
}

void Limiter::EraseFormatting(std::size_t index) {
  if (formatting_[index].id != 0) --live_formatting_;
  formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(index));
}

void Limiter::EraseFormattingId(std::uint32_t afe) {
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i].id == afe) return EraseFormatting(i);
  }
}

std::int64_t Limiter::LastFormattingAfterMarker(std::uint64_t name) const {
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i].id == 0) return -1;
    if (formatting_[i].name == name) return static_cast<std::int64_t>(i);
  }
  return -1;
}

void Limiter::AddFormatting(const Token& t, T id) {
  const std::uint64_t noah = t.name_hash * 31 + HashName(t.attrs);
  // Noah's Ark: at most three identical entries after the last marker.
  std::size_t same = 0, earliest = 0;
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i].id == 0) break;
    if (formatting_[i].noah == noah) ++same, earliest = i;
  }
  if (same >= 3) EraseFormatting(earliest);
  const std::uint32_t afe = next_afe_++;
  formatting_.push_back(Formatting{afe, id, t.info.flags, t.name_hash, noah, t.begin, t.end, true});
  ++live_formatting_;
  stack_.back().afe = afe;
}

// The parser re-opens formatting elements that were closed by a block's end
// but never by their own end tag. Past the budget, or the node budget,
// their start tags go.
void Limiter::ReconstructFormatting() {
  if (formatting_.empty() || formatting_.back().id == 0 || formatting_.back().on_stack) return;
  std::size_t first = formatting_.size() - 1;
  while (first > 0 && formatting_[first - 1].id != 0 && !formatting_[first - 1].on_stack) --first;
  const std::size_t count = formatting_.size() - first;
  if (reconstructed_ + count > reconstruct_budget_ || Spent()) {
    for (std::size_t i = first; i < formatting_.size(); ++i) {
      cuts_.emplace_back(formatting_[i].tag_begin, formatting_[i].tag_end);
      ++report_.formatting_tags;
    }
    live_formatting_ -= count;
    formatting_.resize(first);
    return;
  }
  reconstructed_ += count;
  nodes_ += count;
  for (std::size_t i = first; i < formatting_.size(); ++i) {
    Formatting& f = formatting_[i];
    stack_.push_back(Open{f.tag, kHtmlNs, f.flags, f.name, f.id, next_serial_++,
                          stack_.empty() ? -1 : stack_.back().mode});
    f.on_stack = true;
  }
  report_.max_depth = std::max(report_.max_depth, stack_.size());
}

bool Limiter::AtDepthLimit(const Token& t) {
  // Table parts may bring up to two implied parents; raw text elements close
  // at once.
  if (stack_.size() + 3 <= limits_.max_depth) return false;
  if (!(t.info.flags & kPushes) || t.info.id == T::kScript || t.info.id == T::kStyle || t.info.id == T::kTitle ||
      t.info.id == T::kTextarea) {
    return false;
  }
  if (t.self_closing && StartIsForeign(t)) return false;
  Drop(t);
  ++dropped_[t.name_hash];
  ++dropped_open_;
  ++report_.deep_tags;
  return true;
}

void Limiter::Text() {
  if (stack_.empty()) {
    ReconstructFormatting();
    return;
  }
  if (TextIsForeign() || CurrentMode() == Mode::kSelect) return;
  ReconstructFormatting();
}

Limiter::Effect Limiter::Start(const Token& t) {
  if (AtDepthLimit(t)) return Effect::kNone;
  if (StartIsForeign(t)) {
    const bool breakout = (t.info.flags & kBreakout) || t.font_breakout;
    if (!breakout) {
      if (!t.self_closing) {
        const std::uint8_t ns = stack_.back().ns;
        Push(t, t.info.id, stack_.back().id == T::kAnnotationXml && t.info.id == T::kSvg ? kSvgNs : ns);
      }
      return Effect::kNone;
    }
    while (!stack_.empty() && stack_.back().ns != kHtmlNs && stack_.back().id != T::kMathText &&
           stack_.back().id != T::kSvgHtmlPoint) {
      PopOne();
    }
  }
  const Mode mode = CurrentMode();
  const T id = t.info.id;
  const bool table_part = id == T::kCaption || id == T::kCol || id == T::kColgroup || id == T::kTbody ||
                          id == T::kTd || id == T::kTr || id == T::kTable;
  if (mode == Mode::kSelect) {
    switch (id) {
      case T::kOption:
        if (stack_.back().id == T::kOption) PopOne();
        Push(t, id, kHtmlNs);
        return Effect::kNone;
      case T::kOptgroup:
        if (stack_.back().id == T::kOption) PopOne();
        if (stack_.back().id == T::kOptgroup) PopOne();
        Push(t, id, kHtmlNs);
        return Effect::kNone;
      case T::kSelect:
        PopUntilTag(T::kSelect);
        return Effect::kNone;
      case T::kTextarea:
        PopUntilTag(T::kSelect);
        return Start(t);
      case T::kScript: case T::kTemplate:
        return StartInBody(t);
      default:
        if ((table_part && SelectInTable()) || t.name == "input" || t.name == "keygen") {
          PopUntilTag(T::kSelect);
          return Start(t);
        }
        return Effect::kNone;  // ignored inside <select>
    }
  }
  if (mode == Mode::kTemplate) {
    // The first tag inside a <template> sets what it holds.
    Mode& held = stack_[static_cast<std::size_t>(stack_.back().mode)].template_mode;
    switch (id) {
      case T::kCaption: case T::kColgroup: case T::kTbody: held = Mode::kTable; return Start(t);
      case T::kCol: held = Mode::kColgroup; return Start(t);
      case T::kTr: held = Mode::kTbody; return Start(t);
      case T::kTd: held = Mode::kRow; return Start(t);
      case T::kMeta: case T::kScript: case T::kStyle: case T::kTitle: case T::kNoframes: case T::kTemplate:
        return StartInBody(t);
      default: held = Mode::kBody; return Start(t);
    }
  }
  if (mode == Mode::kColgroup && id != T::kCol && id != T::kTemplate) {
    if (stack_.back().id != T::kColgroup) return Effect::kNone;  // ignored
    PopOne();
    return Start(t);
  }
  if (table_part) {
    StartTablePart(t);
    return Effect::kNone;
  }
  return StartInBody(t);
}

void Limiter::StartTablePart(const Token& t) {
  const T id = t.info.id;
  auto clear_to = [&](std::initializer_list<T> context) {
    while (!stack_.empty() && std::find(context.begin(), context.end(), stack_.back().id) == context.end()) PopOne();
  };
  // Each pass either finishes or closes an element and looks again.
  for (int pass = 0; pass < 8; ++pass) {
    switch (CurrentMode()) {
      case Mode::kBody:
        if (id == T::kTable) {
          ClosePInButtonScope();
          Push(t, id, kHtmlNs);
        }
        return;  // other table parts outside a table are ignored
      case Mode::kCell:
      case Mode::kCaption: {
        if (id == T::kTable) {
          ClosePInButtonScope();
          Push(t, id, kHtmlNs);
          return;
        }
        const T own = CurrentMode() == Mode::kCell ? T::kTd : T::kCaption;
        if (FindTag(own, Scope::kTable) < 0) return;
        PopUntilTag(own);
        continue;
      }
      case Mode::kTable:
        if (id == T::kTable) {
          if (FindTag(T::kTable, Scope::kTable) < 0) return;
          PopUntilTag(T::kTable);
          continue;
        }
        clear_to({T::kTable, T::kTemplate});
        if (id == T::kCaption || id == T::kColgroup || id == T::kTbody) {
          Push(t, id, kHtmlNs);
          return;
        }
        if (id == T::kCol) {
          PushImplied(T::kColgroup, "colgroup");
          return;
        }
        PushImplied(T::kTbody, "tbody");
        continue;
      case Mode::kTbody:
        if (id == T::kTr || id == T::kTd) {
          clear_to({T::kTbody, T::kTemplate});
          if (id == T::kTr) {
            Push(t, id, kHtmlNs);
            return;
          }
          PushImplied(T::kTr, "tr");
          continue;
        }
        if (FindTag(T::kTbody, Scope::kTable) < 0) return;
        clear_to({T::kTbody, T::kTemplate});
        PopOne();
        continue;
      case Mode::kRow:
        if (id == T::kTd) {
          clear_to({T::kTr, T::kTemplate});
          Push(t, id, kHtmlNs);
          return;
        }
        if (FindTag(T::kTr, Scope::kTable) < 0) return;
        clear_to({T::kTr, T::kTemplate});
        PopOne();
        continue;
      case Mode::kColgroup:  // <col>: void
      case Mode::kSelect:
      case Mode::kTemplate:
        return;
    }
  }
}

Limiter::Effect Limiter::StartInBody(const Token& t) {
  const T id = t.info.id;
  switch (id) {
    case T::kHtml: case T::kBody: {
      // Their attributes are merged into the one <html> or <body>, each
      // checked against those it has: cap the total.
      std::size_t& total = id == T::kHtml ? html_attributes_ : body_attributes_;
      total += t.attributes;
      if (total > limits_.max_attributes && t.attributes > 0) {
        Drop(t);
        ++report_.cut_attributes;
      }
      return Effect::kNone;
    }
    case T::kHead: case T::kFrameset: case T::kCol: case T::kCaption: case T::kColgroup: case T::kTbody:
    case T::kTd: case T::kTr: case T::kMeta:
      return Effect::kNone;
    case T::kTitle: case T::kStyle: case T::kScript: case T::kNoframes:
      Push(t, id, kHtmlNs);
      return Effect::kRawText;
    case T::kTemplate:
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kAddressLike: case T::kPre: case T::kListing:
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kP:
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kHeading:
      ClosePInButtonScope();
      if (!stack_.empty() && stack_.back().id == T::kHeading) PopOne();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kForm:
      // Outside templates a second form is ignored while the first is open.
      if (form_ != 0 && templates_ == 0) return Effect::kNone;
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      if (templates_ == 0) form_ = stack_.back().serial;
      return Effect::kNone;
    case T::kLi: case T::kDd: case T::kDt: {
      for (std::size_t i = stack_.size(); i-- > 0;) {
        const Open& o = stack_[i];
        const bool same = o.ns == kHtmlNs && (id == T::kLi ? o.id == T::kLi : (o.id == T::kDd || o.id == T::kDt));
        if (same) {
          PopUntil(i);
          break;
        }
        if ((o.flags & kSpecial) && o.id != T::kAddressLike && o.id != T::kP) break;
        if (o.id == T::kAddressLike && o.name != kNameAddress && o.name != kNameDiv) break;
      }
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    }
    case T::kPlaintext:
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      return Effect::kPlaintext;
    case T::kButton:
      if (const std::int64_t b = FindTag(T::kButton, Scope::kDefault); b >= 0) PopUntil(static_cast<std::size_t>(b));
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kA: case T::kFormatting: case T::kFont: case T::kNobr: {
      if (live_formatting_ >= limits_.max_formatting) {
        Drop(t);
        ++dropped_[t.name_hash];
        ++dropped_open_;
        ++report_.formatting_tags;
        return Effect::kNone;
      }
      if (id == T::kA) {
        if (const std::int64_t old = LastFormattingAfterMarker(kNameA); old >= 0) {
          const std::uint32_t afe = formatting_[static_cast<std::size_t>(old)].id;
          Adoption(t);
          EraseFormattingId(afe);
          for (std::size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i].afe == afe) {
              RemoveAt(i);
              break;
            }
          }
        }
      }
      ReconstructFormatting();
      if (id == T::kNobr && FindTag(T::kNobr, Scope::kDefault) >= 0) {
        Adoption(t);
        ReconstructFormatting();
      }
      Push(t, id, kHtmlNs);
      AddFormatting(t, id);
      return Effect::kNone;
    }
    case T::kApplet:
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kTable:
      ClosePInButtonScope();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kBr: case T::kVoid:
      ReconstructFormatting();
      return Effect::kNone;
    case T::kHr:
      ClosePInButtonScope();
      return Effect::kNone;
    case T::kTextarea:
      Push(t, id, kHtmlNs);
      return Effect::kRawText;
    case T::kXmp:
      ClosePInButtonScope();
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kRawText;
    case T::kIframe: case T::kNoembed:
      Push(t, id, kHtmlNs);
      return Effect::kRawText;
    case T::kSelect:
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kOptgroup: case T::kOption:
      if (!stack_.empty() && stack_.back().id == T::kOption) PopOne();
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kRubyText:
      if (FindInScope([](const Open& o) { return o.id == T::kRuby && o.ns == kHtmlNs; }, Scope::kDefault) >= 0) {
        GenerateImpliedEnds();
      }
      Push(t, id, kHtmlNs);
      return Effect::kNone;
    case T::kSvg: case T::kMath:
      ReconstructFormatting();
      if (!t.self_closing) Push(t, id, id == T::kSvg ? kSvgNs : kMathNs);
      return Effect::kNone;
    default:
      ReconstructFormatting();
      Push(t, id, kHtmlNs);
      return Effect::kNone;
  }
}

// Past the node budget a start tag goes, and with <script>, <style> and the
// like their text up to the end tag (which closes nothing and goes too).
void Limiter::StartOverBudget(const Token& t) {
  CutOverBudget(t.begin, t.end);
  switch (t.info.id) {
    case T::kTitle: case T::kStyle: case T::kScript: case T::kNoframes: case T::kTextarea: case T::kXmp:
    case T::kIframe: case T::kNoembed:
      SkipRawText(t.name);
      cuts_.emplace_back(t.end, pos_);
      return;
    default:
      return;
  }
}

// Before the node budget is spent, an end tag counts as a node when the
// parser may make an element of it (</p> and </br> without their element);
// after, it is kept only when it closes an element.
void Limiter::EndTag(const Token& t) {
  if (!Spent()) {
    if (t.info.id == T::kP || t.info.id == T::kBr) ++nodes_;
    return End(t);
  }
  const std::size_t pops = pops_;
  End(t);
  if (pops_ == pops) CutOverBudget(t.begin, t.end);
}

void Limiter::End(const Token& t) {
  if (dropped_open_ > 0) {
    if (const auto it = dropped_.find(t.name_hash); it != dropped_.end() && it->second > 0) {
      --it->second;
      --dropped_open_;
      Drop(t);
      ++report_.deep_tags;
      return;
    }
  }
  if (CurrentIsForeign() && EndInForeign(t)) return;
  if (CurrentMode() == Mode::kSelect) {
    switch (t.info.id) {
      case T::kOption:
        if (stack_.back().id == T::kOption) PopOne();
        return;
      case T::kOptgroup:
        if (stack_.back().id == T::kOption && stack_.size() > 1 && stack_[stack_.size() - 2].id == T::kOptgroup) {
          PopOne();
        }
        if (stack_.back().id == T::kOptgroup) PopOne();
        return;
      case T::kSelect:
        PopUntilTag(T::kSelect);
        return;
      case T::kTemplate:
        break;
      case T::kCaption: case T::kTable: case T::kTbody: case T::kTr: case T::kTd:
        if (SelectInTable() && FindTag(t.info.id, Scope::kTable) >= 0) {
          PopUntilTag(T::kSelect);
          End(t);
        }
        return;
      default:
        return;  // ignored inside <select>
    }
  }
  if (EndTablePart(t)) return;
  EndInBody(t);
}

// In SVG or MathML: an end tag closes the nearest foreign element of its
// name; reaching an HTML element hands it to the HTML rules (returns false).
bool Limiter::EndInForeign(const Token& t) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Open& o = stack_[i];
    if (o.ns == kHtmlNs) return false;
    if (o.name == t.name_hash) {
      PopUntil(i);
      return true;
    }
  }
  return true;
}

bool Limiter::EndTablePart(const Token& t) {
  const std::uint64_t name = t.name_hash;
  switch (t.info.id) {
    case T::kTable: case T::kTbody: case T::kTr: case T::kTd: case T::kCaption:
      if (const std::int64_t i = FindInScope([name](const Open& o) { return o.name == name && o.ns == kHtmlNs; },
                                             Scope::kTable);
          i >= 0) {
        PopUntil(static_cast<std::size_t>(i));
      }
      return true;
    case T::kColgroup:
      if (!stack_.empty() && stack_.back().id == T::kColgroup) PopOne();
      return true;
    case T::kCol:
      return true;
    default:
      return false;
  }
}

void Limiter::EndInBody(const Token& t) {
  const T id = t.info.id;
  switch (id) {
    case T::kHtml: case T::kBody: case T::kHead:
      return;
    case T::kBr:
      ReconstructFormatting();
      return;
    case T::kP:
      ClosePInButtonScope();
      return;
    case T::kLi:
      if (const std::int64_t i = FindTag(T::kLi, Scope::kListItem); i >= 0) PopUntil(static_cast<std::size_t>(i));
      return;
    case T::kDd: case T::kDt:
      if (const std::int64_t i = FindTag(id, Scope::kDefault); i >= 0) PopUntil(static_cast<std::size_t>(i));
      return;
    case T::kHeading:
      if (const std::int64_t i = FindTag(T::kHeading, Scope::kDefault); i >= 0) PopUntil(static_cast<std::size_t>(i));
      return;
    case T::kForm: {
      if (templates_ > 0) {
        if (const std::int64_t i = FindTag(T::kForm, Scope::kDefault); i >= 0) PopUntil(static_cast<std::size_t>(i));
        return;
      }
      const std::uint32_t form = form_;
      form_ = 0;
      const std::int64_t i = FindInScope([form](const Open& o) { return o.serial == form; }, Scope::kDefault);
      if (form != 0 && i >= 0) RemoveAt(static_cast<std::size_t>(i));
      return;
    }
    case T::kTemplate:
      if (templates_ > 0) PopUntilTag(T::kTemplate);
      return;
    case T::kAddressLike: case T::kPre: case T::kListing: case T::kButton: case T::kApplet: {
      const std::uint64_t name = t.name_hash;
      const std::int64_t i = FindInScope([name](const Open& o) { return o.name == name && o.ns == kHtmlNs; },
                                         Scope::kDefault);
      if (i >= 0) PopUntil(static_cast<std::size_t>(i));
      return;
    }
    case T::kA: case T::kFormatting: case T::kFont: case T::kNobr:
      Adoption(t);
      return;
    default:
      AnyOtherEnd(t);
  }
}

void Limiter::AnyOtherEnd(const Token& t) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Open& o = stack_[i];
    if (o.ns == kHtmlNs && o.name == t.name_hash) {
      PopUntil(i);
      return;
    }
    if (o.flags & kSpecial) return;
  }
}

// The adoption agency algorithm, as far as it changes how many elements are
// open: when a block opened inside the formatting element is still open,
// the parser moves elements around without adding any, and the model leaves
// its stack as it is (an upper bound).
void Limiter::Adoption(const Token& t) {
  if (!stack_.empty() && stack_.back().ns == kHtmlNs && stack_.back().name == t.name_hash) {
    const std::uint32_t afe = stack_.back().afe;
    if (afe == 0 || std::none_of(formatting_.begin(), formatting_.end(),
                                 [afe](const Formatting& f) { return f.id == afe; })) {
      PopOne();
      return;
    }
  }
  const std::int64_t f = LastFormattingAfterMarker(t.name_hash);
  if (f < 0) {
    AnyOtherEnd(t);
    return;
  }
  const std::size_t fi = static_cast<std::size_t>(f);
  if (!formatting_[fi].on_stack) {
    EraseFormatting(fi);
    return;
  }
  const std::uint32_t afe = formatting_[fi].id;
  const std::int64_t s = FindInScope([afe](const Open& o) { return o.afe == afe; }, Scope::kDefault);
  if (s < 0) return;
  for (std::size_t i = static_cast<std::size_t>(s) + 1; i < stack_.size(); ++i) {
    if (stack_[i].flags & kSpecial) return;
  }
  PopUntil(static_cast<std::size_t>(s));
  EraseFormattingId(afe);
}

}  // namespace

std::string LimitHtml(std::string html, const HtmlLimits& limits, HtmlLimitReport* report) {
  HtmlLimitReport local;
  auto cuts = Limiter(html, limits, report ? *report : local).Run();
  if (cuts.empty()) return html;
  std::sort(cuts.begin(), cuts.end());
  std::string out;
  out.reserve(html.size());
  std::size_t done = 0;
  for (const auto& [begin, end] : cuts) {
    if (end <= done) continue;  // inside a range already cut
    const std::size_t from = std::max(begin, done);
    out.append(html, done, from - done);
    done = end;
  }
  out.append(html, done, std::string::npos);
  return out;
}

}  // namespace pith
