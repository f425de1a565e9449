#include "cli/jsonl.h"

#include <nlohmann/json.hpp>

namespace pith {

using nlohmann::json;

std::string JsonString(std::string_view s) {
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

JsonlRecord ParseJsonlRecord(std::string_view line) {
  JsonlRecord record;
  json value;
  try {
    value = json::parse(line);
  } catch (const json::exception& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 3: ..."
    std::string message = e.what();
    const std::size_t bracket = message.find("] ");
    if (message.front() == '[' && bracket != std::string::npos) message.erase(0, bracket + 2);
    // "...; last read: '<the record's text>'" would echo page text, maybe
    // megabytes of it; the column says where.
    if (const std::size_t echo = message.find("; last read: "); echo != std::string::npos) message.erase(echo);
    record.error = "malformed JSON: " + message;
    return record;
  }
  if (!value.is_object()) {
    record.error = "not a JSON object";
    return record;
  }
  if (auto id = value.find("id"); id != value.end()) {
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
  const auto& content = has_html ? *html : *text;
  if (!content.is_string()) {
    record.error = std::string("\"") + (has_html ? "html" : "text") + "\" is not a string";
    return record;
  }
  record.content = content.get<std::string>();
  record.input = has_html ? InputFormat::kHtml : InputFormat::kText;
  return record;
}

}  // namespace pith
