#include "cli/jsonl.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/text_util.h"

namespace pith {

using nlohmann::json;

std::string JsonString(std::string_view s) {
  // Printable ASCII but quote and backslash needs no escape: the common
  // case (a file name, an error) skips building a json value.
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (plain) return "\"" + std::string(s) + "\"";
  return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string WithLeadingMembers(std::string_view leading, std::string_view object, bool pretty) {
  if (leading.empty()) return std::string(object);
  if (pretty) {
    // One member a line, indented by one space as ToJson's.
    const std::string_view rest = object.size() > 2 ? object.substr(1) : std::string_view("\n}");
    return "{\n " + std::string(leading) + (object.size() > 2 ? "," : "") + std::string(rest);
  }
  std::string out = "{";
  out += leading;
  const std::string_view rest = object.size() >= 2 ? object.substr(1) : std::string_view("}");
  if (!leading.empty() && rest != "}") out += ',';
  out += rest;
  return out;
}

std::string WithTrailingMember(std::string_view object, std::string_view key, std::string_view value) {
  std::string out(object.substr(0, object.empty() ? 0 : object.size() - 1));
  if (out.empty()) out = "{";
  if (out != "{") out += ',';
  return out + JsonString(key) + ":" + JsonString(value) + "}";
}

namespace {

// Builds the value as json::parse does, but keeps a syntax error's message
// instead of throwing it: a thrown exception cost about 70,000 instructions,
// and a file of short bad lines is all errors.
class ErrorKeepingSax {
 public:
  explicit ErrorKeepingSax(json& result) : dom_(result, false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) { return dom_.number_float(v, s); }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) { return dom_.start_object(n); }
  bool key(json::string_t& v) { return dom_.key(v); }
  bool end_object() { return dom_.end_object(); }
  bool start_array(std::size_t n) { return dom_.start_array(n); }
  bool end_array() { return dom_.end_array(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error_ = e.what();
    return false;
  }

  // Empty when the line parsed.
  const std::string& error() const { return error_; }

 private:
  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::string error_;
};

// "[json.exception.parse_error.101] parse error at line 1, column 3: ..."
// without its bracket and without "; last read: '<the record's text>'",
// which would echo page text, maybe megabytes of it: the column says where.
std::string ParseErrorReason(std::string message) {
  const std::size_t bracket = message.find("] ");
  if (!message.empty() && message.front() == '[' && bracket != std::string::npos) message.erase(0, bracket + 2);
  if (const std::size_t echo = message.find("; last read: "); echo != std::string::npos) message.erase(echo);
  return message;
}

// An id is echoed back as given, but the JSON library writes a value by
// recursion: an id of a million nested arrays overflowed the stack. No
// record's key needs more levels than this.
constexpr std::size_t kMaxIdDepth = 64;

// Whether `value` nests no deeper than `limit` arrays and objects, counted
// without recursion.
bool NestsAtMost(const json& value, std::size_t limit) {
  std::vector<std::pair<const json*, std::size_t>> open = {{&value, 0}};
  while (!open.empty()) {
    const auto [v, depth] = open.back();
    open.pop_back();
    if (!v->is_structured()) continue;
    if (depth >= limit) return false;
    for (const json& child : *v) open.emplace_back(&child, depth + 1);
  }
  return true;
}

}  // namespace

std::string_view WithLoneSurrogatesReplaced(std::string_view line, std::string& buffer) {
  std::size_t copied = 0;
  for (std::size_t i = line.find('\\'); i != std::string_view::npos; i = line.find('\\', i)) {
    if (i + 1 >= line.size() || line[i + 1] != 'u') {
      i += 2;  // any other escape, "\\\\" too, is two characters
      continue;
    }
    const std::optional<UnicodeEscape> escape = ReadUnicodeEscape(line, i);
    if (escape && escape->lone_surrogate) {
      // Same length, so a later error names the same column.
      buffer.append(line.substr(copied, i - copied)).append("\\ufffd");
      copied = i + escape->length;
    }
    i += escape ? escape->length : 2;
  }
  if (copied == 0) return line;
  buffer.append(line.substr(copied));
  return buffer;
}

JsonlRecord ParseJsonlRecord(std::string_view line) {
  JsonlRecord record;
  json value;
  ErrorKeepingSax sax(value);
  std::string repaired;
  json::sax_parse(WithLoneSurrogatesReplaced(line, repaired), &sax);
  if (!sax.error().empty()) {
    record.error = "malformed JSON: " + ParseErrorReason(sax.error());
    return record;
  }
  if (!value.is_object()) {
    record.error = "not a JSON object";
    return record;
  }
  if (auto id = value.find("id"); id != value.end()) {
    if (!NestsAtMost(*id, kMaxIdDepth)) {
      record.error = "\"id\" is nested deeper than " + std::to_string(kMaxIdDepth) + " levels";
      return record;
    }
    record.id_json = id->dump(-1, ' ', false, json::error_handler_t::replace);
  }
  if (auto url = value.find("url"); url != value.end() && !url->is_null()) {
    if (!url->is_string()) {
      record.error = "\"url\" is not a string";
      return record;
    }
    record.url = url->get<std::string>();
  }
  const auto html = value.find("html");
  const auto text = value.find("text");
  const bool has_html = html != value.end() && !html->is_null();
  const bool has_text = text != value.end() && !text->is_null();
  if (has_html == has_text) {
    record.error = has_html ? "record has both \"html\" and \"text\"" : "record has no \"html\" or \"text\"";
    return record;
  }
  auto& content = has_html ? *html : *text;
  if (!content.is_string()) {
    record.error = std::string("\"") + (has_html ? "html" : "text") + "\" is not a string";
    return record;
  }
  // Moved, not copied: the page may be tens of megabytes.
  record.content = std::move(content.get_ref<std::string&>());
  record.input = has_html ? InputFormat::kHtml : InputFormat::kText;
  return record;
}

}  // namespace pith
