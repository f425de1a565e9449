#include "emit/markdown_inline.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "emit/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

using SpanKind = TextSpan::Kind;

bool IsSpace(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || IsUnicodeSpace(c); }

// CommonMark's punctuation: ASCII punctuation and Unicode's P and S classes.
bool IsPunct(char32_t c) {
  if (c < 0x80) return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  return u_ispunct(static_cast<UChar32>(c)) || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
         type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
}

char32_t CodePointAt(std::string_view s, std::size_t i) { return NextCodePoint(s, i); }

char32_t CodePointBefore(std::string_view s, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return NextCodePoint(s, start);
}

// Whether Markdown reads delimiters around text[begin, end) as emphasis,
// by CommonMark's flanking rules; text outside [from, to) counts as space.
// `underscore`: "_" must not touch a letter or digit outside either.
bool CanEmphasize(std::string_view text, std::size_t from, std::size_t to, std::size_t begin, std::size_t end,
                  bool underscore) {
  const char32_t before = begin > from ? CodePointBefore(text, begin) : U' ';
  const char32_t after = end < to ? CodePointAt(text, end) : U' ';
  const char32_t first = CodePointAt(text, begin);
  const char32_t last = CodePointBefore(text, end);
  if (IsSpace(first) || IsSpace(last)) return false;
  const bool open = !IsPunct(first) || IsSpace(before) || IsPunct(before);
  const bool close = !IsPunct(last) || IsSpace(after) || IsPunct(after);
  if (underscore) {
    return open && close && (IsSpace(before) || IsPunct(before)) && (IsSpace(after) || IsPunct(after));
  }
  return open && close;
}

struct Mark {
  const TextSpan* span;
  std::string open, close;
};

// The delimiters of one span, or none when Markdown would not read them.
bool Delimit(std::string_view text, std::size_t from, std::size_t to, Mark& m) {
  const TextSpan& s = *m.span;
  switch (s.kind) {
    case SpanKind::kLink:
      m.open = "[";
      m.close = "](" + Destination(s.url) + ")";
      return true;
    case SpanKind::kStrong:
      m.open = m.close = "**";
      return CanEmphasize(text, from, to, s.begin, s.end, false);
    case SpanKind::kEmphasis:
      m.open = m.close = CanEmphasize(text, from, to, s.begin, s.end, true) ? "_" : "*";
      return m.open == "_" || CanEmphasize(text, from, to, s.begin, s.end, false);
  }
  return false;
}

// The spans inside [from, to) that the style keeps, outermost first, each
// nested in the ones before it that it overlaps; an emphasis inside one of
// its kind adds nothing and is left out.
std::vector<Mark> Marks(std::string_view text, std::size_t from, std::size_t to, const std::vector<TextSpan>& spans,
                        const InlineStyle& style) {
  std::vector<const TextSpan*> kept;
  for (const TextSpan& s : spans) {
    if (s.begin < from || s.end > to || s.begin >= s.end) continue;
    if (s.kind == SpanKind::kLink ? (!style.links || s.url.empty()) : !style.emphasis) continue;
    kept.push_back(&s);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const TextSpan* a, const TextSpan* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
  });
  std::vector<Mark> out;
  std::vector<const TextSpan*> open;
  for (const TextSpan* s : kept) {
    while (!open.empty() && open.back()->end <= s->begin) open.pop_back();
    if (!open.empty() && s->end > open.back()->end) continue;  // overlaps
    if (std::any_of(open.begin(), open.end(), [&](const TextSpan* o) { return o->kind == s->kind; })) continue;
    open.push_back(s);
    Mark m{s, {}, {}};
    if (Delimit(text, from, to, m)) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::optional<std::size_t> LineStartEscape(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::string_view rest = line.substr(i);
  if (rest.empty()) return std::nullopt;
  const char c = rest[0];
  if (c == '#' || c == '>' || c == '=' || c == '|' || c == '`' || c == '~') return i;
  if ((c == '-' || c == '+' || c == '*' || c == '_') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == c)) {
    return i;
  }
  std::size_t d = 0;
  while (d < rest.size() && d < kListMarkerMaxDigits && rest[d] >= '0' && rest[d] <= '9') ++d;
  if (d > 0 && d < rest.size() && (rest[d] == '.' || rest[d] == ')') && (d + 1 == rest.size() || rest[d + 1] == ' ')) {
    return i + d;  // "1. " starts a list: escape the dot, not the digits
  }
  return std::nullopt;
}

std::string EscapeLineStart(std::string_view line) {
  std::string out(line);
  if (const auto at = LineStartEscape(line)) out.insert(*at, 1, '\\');
  return out;
}

std::string RenderInline(std::string_view text, std::size_t from, std::size_t to, const std::vector<TextSpan>& spans,
                         const InlineStyle& style) {
  to = std::min(to, text.size());
  const std::vector<Mark> marks = Marks(text, from, to, spans, style);
  std::string out;
  std::vector<const Mark*> open;
  std::size_t next = 0;
  int in_link = 0;
  std::optional<std::size_t> escape;
  for (std::size_t pos = from;; ++pos) {
    while (!open.empty() && open.back()->span->end == pos) {
      out += open.back()->close;
      in_link -= open.back()->span->kind == SpanKind::kLink;
      open.pop_back();
    }
    if (pos >= to) break;
    for (; next < marks.size() && marks[next].span->begin == pos; ++next) {
      out += marks[next].open;
      in_link += marks[next].span->kind == SpanKind::kLink;
      open.push_back(&marks[next]);
    }
    if (style.escape_line_starts && (pos == from || text[pos - 1] == '\n')) {
      const std::size_t nl = text.find('\n', pos);
      const auto at = LineStartEscape(text.substr(pos, (nl == std::string_view::npos ? to : std::min(nl, to)) - pos));
      escape = at ? std::optional<std::size_t>(pos + *at) : std::nullopt;
    }
    if (escape == pos) out += '\\';
    const char c = text[pos];
    if (in_link > 0 && (c == '[' || c == ']')) out += '\\';
    out += c;
  }
  return out;
}

std::string Destination(std::string_view url) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || u == 0x7F) {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::string ItalicLine(std::string_view text) {
  const std::string flat = CollapseSpace(text);
  if (flat.empty()) return {};
  std::string out = "*";
  for (const char c : flat) {
    if (c == '*' || c == '\\') out += '\\';
    out += c;
  }
  return out + "*";
}

std::string YamlString(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\t': out += "\\t"; continue;
      case '\r': out += "\\r"; continue;
      case 0x85: out += "\\N"; continue;
      case 0x2028: out += "\\L"; continue;
      case 0x2029: out += "\\P"; continue;
      case 0xFEFF: out += "\\uFEFF"; continue;
      default: break;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      out += "\\x";
      out += kHex[(cp >> 4) & 15];
      out += kHex[cp & 15];
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out + "\"";
}

std::string FrontMatter(const Article& a) {
  // Every key is written, null or [] when unknown, as in the JSON: a site
  // generator's template or a script reading the front matter finds the same
  // keys on every page.
  std::string out = "---\n";
  auto field = [&](const char* key, const std::optional<std::string>& value) {
    out += std::string(key) + ": " + (value ? YamlString(*value) : "null") + "\n";
  };
  auto list = [&](const char* key, const std::vector<std::string>& items) {
    out += std::string(key) + ":" + (items.empty() ? " []" : "") + "\n";
    for (const std::string& item : items) out += "  - " + YamlString(item) + "\n";
  };
  field("title", a.headline);
  field("description", a.description);
  list("authors", a.authors);
  field("date", a.date);
  field("modified", a.modified);
  field("url", a.url);
  field("site_name", a.site_name);
  field("language", a.language);
  field("image", a.image);
  field("section", a.section);
  list("tags", a.tags);
  out += std::string("paywalled: ") + (!a.paywalled ? "null" : *a.paywalled ? "true" : "false") + "\n";
  out += std::string("comments:") + (a.comments.empty() ? " []" : "") + "\n";
  for (const Comment& c : a.comments) {
    out += "  - author: " + (c.author ? YamlString(*c.author) : "null") + "\n";
    out += "    date: " + (c.date ? YamlString(*c.date) : "null") + "\n";
    out += "    text: " + YamlString(c.text) + "\n";
  }
  return out + "---\n";
}

}  // namespace pith
