#include "parse/prescan.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "util/text_util.h"

namespace pith {
namespace {

struct Label {
  std::string_view label;
  std::string_view encoding;  // as ICU opens it
};

// The Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels),
// sorted by label. GBK decodes as gb18030 there; Shift_JIS and EUC-KR are
// Microsoft's supersets, as in browsers.
constexpr Label kLabels[] = {
    {"866", "ibm-866"}, {"ansi_x3.4-1968", "windows-1252"}, {"arabic", "iso-8859-6"},
    {"ascii", "windows-1252"}, {"asmo-708", "iso-8859-6"}, {"big5", "big5"}, {"big5-hkscs", "big5"},
    {"chinese", "gb18030"}, {"cn-big5", "big5"}, {"cp1250", "windows-1250"}, {"cp1251", "windows-1251"},
    {"cp1252", "windows-1252"}, {"cp1253", "windows-1253"}, {"cp1254", "windows-1254"},
    {"cp1255", "windows-1255"}, {"cp1256", "windows-1256"}, {"cp1257", "windows-1257"},
    {"cp1258", "windows-1258"}, {"cp819", "windows-1252"}, {"cp866", "ibm-866"}, {"csbig5", "big5"},
    {"cseuckr", "windows-949"}, {"cseucpkdfmtjapanese", "euc-jp"}, {"csgb2312", "gb18030"},
    {"csibm866", "ibm-866"}, {"csiso2022jp", "iso-2022-jp"}, {"csiso2022kr", "replacement"},
    {"csiso58gb231280", "gb18030"}, {"csiso88596e", "iso-8859-6"}, {"csiso88596i", "iso-8859-6"},
    {"csiso88598e", "iso-8859-8"}, {"csiso88598i", "iso-8859-8"}, {"csisolatin1", "windows-1252"},
    {"csisolatin2", "iso-8859-2"}, {"csisolatin3", "iso-8859-3"}, {"csisolatin4", "iso-8859-4"},
    {"csisolatin5", "windows-1254"}, {"csisolatin6", "iso-8859-10"}, {"csisolatin9", "iso-8859-15"},
    {"csisolatinarabic", "iso-8859-6"}, {"csisolatincyrillic", "iso-8859-5"},
    {"csisolatingreek", "iso-8859-7"}, {"csisolatinhebrew", "iso-8859-8"}, {"cskoi8r", "koi8-r"},
    {"csksc56011987", "windows-949"}, {"csmacintosh", "macintosh"}, {"csshiftjis", "windows-31j"},
    {"csunicode", "utf-16le"}, {"cyrillic", "iso-8859-5"}, {"dos-874", "windows-874"},
    {"ecma-114", "iso-8859-6"}, {"ecma-118", "iso-8859-7"}, {"elot_928", "iso-8859-7"},
    {"euc-jp", "euc-jp"}, {"euc-kr", "windows-949"}, {"gb18030", "gb18030"}, {"gb2312", "gb18030"},
    {"gb_2312", "gb18030"}, {"gb_2312-80", "gb18030"}, {"gbk", "gb18030"}, {"greek", "iso-8859-7"},
    {"greek8", "iso-8859-7"}, {"hebrew", "iso-8859-8"}, {"hz-gb-2312", "replacement"},
    {"ibm819", "windows-1252"}, {"ibm866", "ibm-866"}, {"iso-10646-ucs-2", "utf-16le"},
    {"iso-2022-cn", "replacement"}, {"iso-2022-cn-ext", "replacement"}, {"iso-2022-jp", "iso-2022-jp"},
    {"iso-2022-kr", "replacement"}, {"iso-8859-1", "windows-1252"}, {"iso-8859-10", "iso-8859-10"},
    {"iso-8859-11", "windows-874"}, {"iso-8859-13", "iso-8859-13"}, {"iso-8859-14", "iso-8859-14"},
    {"iso-8859-15", "iso-8859-15"}, {"iso-8859-16", "iso-8859-16"}, {"iso-8859-2", "iso-8859-2"},
    {"iso-8859-3", "iso-8859-3"}, {"iso-8859-4", "iso-8859-4"}, {"iso-8859-5", "iso-8859-5"},
    {"iso-8859-6", "iso-8859-6"}, {"iso-8859-6-e", "iso-8859-6"}, {"iso-8859-6-i", "iso-8859-6"},
    {"iso-8859-7", "iso-8859-7"}, {"iso-8859-8", "iso-8859-8"}, {"iso-8859-8-e", "iso-8859-8"},
    {"iso-8859-8-i", "iso-8859-8"}, {"iso-8859-9", "windows-1254"}, {"iso-ir-100", "windows-1252"},
    {"iso-ir-101", "iso-8859-2"}, {"iso-ir-109", "iso-8859-3"}, {"iso-ir-110", "iso-8859-4"},
    {"iso-ir-126", "iso-8859-7"}, {"iso-ir-127", "iso-8859-6"}, {"iso-ir-138", "iso-8859-8"},
    {"iso-ir-144", "iso-8859-5"}, {"iso-ir-148", "windows-1254"}, {"iso-ir-149", "windows-949"},
    {"iso-ir-157", "iso-8859-10"}, {"iso-ir-58", "gb18030"}, {"iso8859-1", "windows-1252"},
    {"iso8859-10", "iso-8859-10"}, {"iso8859-11", "windows-874"}, {"iso8859-13", "iso-8859-13"},
    {"iso8859-14", "iso-8859-14"}, {"iso8859-15", "iso-8859-15"}, {"iso8859-2", "iso-8859-2"},
    {"iso8859-3", "iso-8859-3"}, {"iso8859-4", "iso-8859-4"}, {"iso8859-5", "iso-8859-5"},
    {"iso8859-6", "iso-8859-6"}, {"iso8859-7", "iso-8859-7"}, {"iso8859-8", "iso-8859-8"},
    {"iso8859-9", "windows-1254"}, {"iso88591", "windows-1252"}, {"iso885910", "iso-8859-10"},
    {"iso885911", "windows-874"}, {"iso885913", "iso-8859-13"}, {"iso885914", "iso-8859-14"},
    {"iso885915", "iso-8859-15"}, {"iso88592", "iso-8859-2"}, {"iso88593", "iso-8859-3"},
    {"iso88594", "iso-8859-4"}, {"iso88595", "iso-8859-5"}, {"iso88596", "iso-8859-6"},
    {"iso88597", "iso-8859-7"}, {"iso88598", "iso-8859-8"}, {"iso88599", "windows-1254"},
    {"iso_8859-1", "windows-1252"}, {"iso_8859-15", "iso-8859-15"}, {"iso_8859-1:1987", "windows-1252"},
    {"iso_8859-2", "iso-8859-2"}, {"iso_8859-2:1987", "iso-8859-2"}, {"iso_8859-3", "iso-8859-3"},
    {"iso_8859-3:1988", "iso-8859-3"}, {"iso_8859-4", "iso-8859-4"}, {"iso_8859-4:1988", "iso-8859-4"},
    {"iso_8859-5", "iso-8859-5"}, {"iso_8859-5:1988", "iso-8859-5"}, {"iso_8859-6", "iso-8859-6"},
    {"iso_8859-6:1987", "iso-8859-6"}, {"iso_8859-7", "iso-8859-7"}, {"iso_8859-7:1987", "iso-8859-7"},
    {"iso_8859-8", "iso-8859-8"}, {"iso_8859-8:1988", "iso-8859-8"}, {"iso_8859-9", "windows-1254"},
    {"iso_8859-9:1989", "windows-1254"}, {"koi", "koi8-r"}, {"koi8", "koi8-r"}, {"koi8-r", "koi8-r"},
    {"koi8-ru", "koi8-u"}, {"koi8-u", "koi8-u"}, {"koi8_r", "koi8-r"}, {"korean", "windows-949"},
    {"ks_c_5601-1987", "windows-949"}, {"ks_c_5601-1989", "windows-949"}, {"ksc5601", "windows-949"},
    {"ksc_5601", "windows-949"}, {"l1", "windows-1252"}, {"l2", "iso-8859-2"}, {"l3", "iso-8859-3"},
    {"l4", "iso-8859-4"}, {"l5", "windows-1254"}, {"l6", "iso-8859-10"}, {"l9", "iso-8859-15"},
    {"latin1", "windows-1252"}, {"latin2", "iso-8859-2"}, {"latin3", "iso-8859-3"},
    {"latin4", "iso-8859-4"}, {"latin5", "windows-1254"}, {"latin6", "iso-8859-10"},
    {"logical", "iso-8859-8"}, {"mac", "macintosh"}, {"macintosh", "macintosh"},
    {"ms932", "windows-31j"}, {"ms_kanji", "windows-31j"}, {"replacement", "replacement"},
    {"shift-jis", "windows-31j"}, {"shift_jis", "windows-31j"}, {"sjis", "windows-31j"},
    {"sun_eu_greek", "iso-8859-7"}, {"tis-620", "windows-874"}, {"ucs-2", "utf-16le"},
    {"unicode", "utf-16le"}, {"unicode-1-1-utf-8", "utf-8"}, {"unicode11utf8", "utf-8"},
    {"unicode20utf8", "utf-8"}, {"unicodefeff", "utf-16le"}, {"unicodefffe", "utf-16be"},
    {"us-ascii", "windows-1252"}, {"utf-16", "utf-16le"}, {"utf-16be", "utf-16be"},
    {"utf-16le", "utf-16le"}, {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"visual", "iso-8859-8"},
    {"windows-1250", "windows-1250"}, {"windows-1251", "windows-1251"},
    {"windows-1252", "windows-1252"}, {"windows-1253", "windows-1253"},
    {"windows-1254", "windows-1254"}, {"windows-1255", "windows-1255"},
    {"windows-1256", "windows-1256"}, {"windows-1257", "windows-1257"},
    {"windows-1258", "windows-1258"}, {"windows-31j", "windows-31j"}, {"windows-874", "windows-874"},
    {"windows-949", "windows-949"}, {"x-cp1250", "windows-1250"}, {"x-cp1251", "windows-1251"},
    {"x-cp1252", "windows-1252"}, {"x-cp1253", "windows-1253"}, {"x-cp1254", "windows-1254"},
    {"x-cp1255", "windows-1255"}, {"x-cp1256", "windows-1256"}, {"x-cp1257", "windows-1257"},
    {"x-cp1258", "windows-1258"}, {"x-euc-jp", "euc-jp"}, {"x-gbk", "gb18030"},
    {"x-mac-cyrillic", "x-mac-cyrillic"}, {"x-mac-roman", "macintosh"}, {"x-mac-ukrainian", "x-mac-cyrillic"},
    {"x-sjis", "windows-31j"}, {"x-unicode20utf8", "utf-8"}, {"x-user-defined", "x-user-defined"},
    {"x-x-big5", "big5"},
};
static_assert(std::is_sorted(std::begin(kLabels), std::end(kLabels),
                             [](const Label& a, const Label& b) { return a.label < b.label; }),
              "EncodingForLabel searches the labels by halves");

// The HTML standard's whitespace for the prescan: tab, LF, FF, CR, space.
bool IsSpace(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

// The prescan's cursor over the bytes it may read; running off the end
// ends the prescan with nothing.
struct Cursor {
  std::string_view b;
  std::size_t pos = 0;
  bool End() const { return pos >= b.size(); }
  char At() const { return b[pos]; }
  bool StartsWith(std::string_view s, bool any_case) const {
    if (b.size() - pos < s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if ((any_case ? Lower(b[pos + i]) : b[pos + i]) != s[i]) return false;
    }
    return true;
  }
  void SkipSpaces() {
    while (!End() && IsSpace(At())) ++pos;
  }
};

struct Attribute {
  std::string name, value;
};

// The value after "=" ("get an attribute", steps 9 to 12): quoted, or up to
// a space or ">"; lowercased as the standard does.
bool ReadValue(Cursor& c, std::string& value) {
  c.SkipSpaces();
  if (c.End()) return false;
  if (c.At() == '"' || c.At() == '\'') {
    const char quote = c.At();
    for (++c.pos; !c.End(); ++c.pos) {
      if (c.At() == quote) {
        ++c.pos;
        return true;
      }
      value += Lower(c.At());
    }
    return false;
  }
  if (c.At() == '>') return true;
  for (; !c.End(); ++c.pos) {
    if (IsSpace(c.At()) || c.At() == '>') return true;
    value += Lower(c.At());
  }
  return false;
}

// "Get an attribute": nullopt when the tag ends (or the bytes do) first.
std::optional<Attribute> GetAttribute(Cursor& c, bool& out_of_bytes) {
  while (!c.End() && (IsSpace(c.At()) || c.At() == '/')) ++c.pos;
  if (c.End()) out_of_bytes = true;
  if (c.End() || c.At() == '>') return std::nullopt;
  Attribute a;
  for (;; ++c.pos) {
    if (c.End()) {
      out_of_bytes = true;
      return std::nullopt;
    }
    const char ch = c.At();
    if (ch == '=' && !a.name.empty()) {
      ++c.pos;
      break;
    }
    if (IsSpace(ch)) {
      c.SkipSpaces();
      if (c.End() || c.At() != '=') {
        out_of_bytes = c.End();
        return a;
      }
      ++c.pos;
      break;
    }
    if (ch == '/' || ch == '>') return a;
    a.name += Lower(ch);
  }
  if (!ReadValue(c, a.value)) {
    out_of_bytes = true;
    return std::nullopt;
  }
  return a;
}

// "Extracting a character encoding from a meta element": the label after
// "charset=" in a content attribute, or nullopt.
std::optional<std::string> CharsetInContent(std::string_view s) {
  for (std::size_t pos = 0;;) {
    std::size_t at = std::string::npos;
    for (std::size_t i = pos; i + 7 <= s.size(); ++i) {
      if (s.substr(i, 7) == "charset") {  // the value is lowercased already
        at = i;
        break;
      }
    }
    if (at == std::string::npos) return std::nullopt;
    std::size_t i = at + 7;
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {
      pos = i;
      continue;
    }
    ++i;
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '"' || s[i] == '\'') {
      const std::size_t close = s.find(s[i], i + 1);
      if (close == std::string::npos) return std::nullopt;
      return std::string(s.substr(i + 1, close - i - 1));
    }
    std::size_t end = i;
    while (end < s.size() && !IsSpace(s[end]) && s[end] != ';') ++end;
    return std::string(s.substr(i, end - i));
  }
}

// The attributes of a <meta> (the cursor after "<meta "): its encoding, or
// empty when it declares none the prescan accepts.
std::string MetaEncoding(Cursor& c, bool& out_of_bytes) {
  std::vector<std::string> seen;
  bool got_pragma = false;
  std::optional<bool> need_pragma;
  std::optional<std::string> charset;  // an empty string: a label not in the standard
  while (std::optional<Attribute> a = GetAttribute(c, out_of_bytes)) {
    if (std::find(seen.begin(), seen.end(), a->name) != seen.end()) continue;
    seen.push_back(a->name);
    if (a->name == "http-equiv") {
      got_pragma = got_pragma || a->value == "content-type";
    } else if (a->name == "content") {
      if (std::optional<std::string> label = CharsetInContent(a->value); label && !charset) {
        const std::string encoding = EncodingForLabel(*label);
        if (!encoding.empty()) {
          charset = encoding;
          need_pragma = true;
        }
      }
    } else if (a->name == "charset") {
      charset = EncodingForLabel(a->value);
      need_pragma = false;
    }
  }
  if (out_of_bytes || !need_pragma || (*need_pragma && !got_pragma) || !charset || charset->empty()) return {};
  if (*charset == "utf-16le" || *charset == "utf-16be") return "utf-8";
  if (*charset == "x-user-defined") return "windows-1252";
  return *charset;
}

// Steps over a tag's name and attributes, or over "<!...>", "</...>" and
// "<?...>", as the prescan does.
void SkipTag(Cursor& c, bool& out_of_bytes) {
  const bool letter_tag = [&] {
    const std::size_t name = c.pos + (c.b[c.pos + 1] == '/' ? 2 : 1);
    return name < c.b.size() && ((Lower(c.b[name]) >= 'a' && Lower(c.b[name]) <= 'z'));
  }();
  if (letter_tag) {
    while (!c.End() && !IsSpace(c.At()) && c.At() != '>') ++c.pos;
    while (GetAttribute(c, out_of_bytes)) {
    }
    return;
  }
  const std::size_t close = c.b.find('>', c.pos + 1);
  if (close == std::string::npos) out_of_bytes = true;
  c.pos = close == std::string::npos ? c.b.size() : close;
}

}  // namespace

std::string EncodingForLabel(std::string_view label) {
  const std::string l = AsciiLower(Trim(label));
  const auto it = std::lower_bound(std::begin(kLabels), std::end(kLabels), l,
                                   [](const Label& a, const std::string& b) { return a.label < b; });
  if (it == std::end(kLabels) || it->label != l) return {};
  return std::string(it->encoding);
}

std::string PrescanMetaCharset(std::string_view bytes) {
  Cursor c{bytes};
  bool out_of_bytes = false;
  for (; !c.End() && !out_of_bytes; ++c.pos) {
    if (c.At() != '<') continue;
    if (c.StartsWith("<!--", false)) {
      // The comment ends at the first "-->", which may share the dashes
      // of "<!--" ("<!-->").
      const std::size_t close = bytes.find("-->", c.pos + 2);
      if (close == std::string::npos) return {};
      c.pos = close + 2;
    } else if (c.StartsWith("<meta", true) && c.pos + 5 < bytes.size() &&
               (IsSpace(bytes[c.pos + 5]) || bytes[c.pos + 5] == '/')) {
      c.pos += 6;
      // A label the standard refuses to decode (ISO-2022-KR, HZ) ends
      // the prescan without an encoding: the bytes are judged instead.
      std::string encoding = MetaEncoding(c, out_of_bytes);
      if (!encoding.empty()) return encoding == "replacement" ? std::string() : encoding;
    } else if (c.pos + 1 < bytes.size() && std::string_view("!/?").find(bytes[c.pos + 1]) != std::string_view::npos) {
      SkipTag(c, out_of_bytes);
    } else if (c.pos + 1 < bytes.size() && Lower(bytes[c.pos + 1]) >= 'a' && Lower(bytes[c.pos + 1]) <= 'z') {
      SkipTag(c, out_of_bytes);
    }
  }
  return {};
}

}  // namespace pith
