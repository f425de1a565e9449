// JSON lines: the records --from-jsonl reads and the lines --jsonl writes.
#ifndef PITH_CLI_JSONL_H_
#define PITH_CLI_JSONL_H_

#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith {

// One input line: {"id": any, "url": "...", "html": "..."} or with "text".
struct JsonlRecord {
  std::string id_json = "null";  // the id as JSON, echoed back as given
  std::string url;
  std::string content;
  InputFormat input = InputFormat::kAuto;  // kHtml for "html", kText for "text"
  std::string error;                       // set when the line is not a usable record
};

// Never throws: a malformed line gives a record with `error` set (and its id
// when the line is an object that has one).
JsonlRecord ParseJsonlRecord(std::string_view line);

// `line` with every escaped lone surrogate ("\ud800" without its pair, as
// JavaScript's JSON.stringify writes a broken string) made "\ufffd", so that
// one bad character does not cost the record; `line` itself when it has none,
// else a view of `buffer`.
std::string_view WithLoneSurrogatesReplaced(std::string_view line, std::string& buffer);

// `s` as a JSON string; invalid UTF-8 becomes U+FFFD.
std::string JsonString(std::string_view s);

// A JSON object with `leading` ("\"key\":value,...") before the members of
// `object`, which is one compact JSON object: {"source":"a.html","headline":...}.
// With `pretty`, `object` is indented as ToJson's and `leading` holds the
// members joined by ",\n ".
std::string WithLeadingMembers(std::string_view leading, std::string_view object, bool pretty = false);

// One compact JSON object with the member "key": value (a string) added
// last: {"source":"a.html",...,"markdown":"# ..."}.
std::string WithTrailingMember(std::string_view object, std::string_view key, std::string_view value);

}  // namespace pith

#endif  // PITH_CLI_JSONL_H_
