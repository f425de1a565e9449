// --explain html: the explanation as one page a browser opens offline.
#include <cstdio>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "emit/explain.h"
#include "pith/pith.h"

namespace pith {
namespace {

// The page may carry anything; only its text reaches the report, and all
// of it through here. C0 controls other than tab and newline are not
// allowed in HTML text: they become spaces.
void AppendEscaped(std::string& out, std::string_view s) {
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': case '\n': out += c; break;
      default:
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
  }
}

// Report colours: one per decision, light enough to read text on.
constexpr char kStyle[] = R"css(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:0 auto;max-width:1100px;padding:16px 24px}
h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:22px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.summary{color:#444;margin:0 0 8px}
pre{background:#f6f8fa;border:1px solid #ddd;border-radius:4px;padding:10px;white-space:pre-wrap;word-break:break-word;font-size:13px;max-height:300px;overflow:auto}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.value{word-break:break-word}td.source{white-space:nowrap;color:#333}
.legend{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:0}
.legend li{padding:3px 10px;border-radius:3px}
ol.blocks{list-style:none;padding:0;margin:0}
.block{margin:0 0 4px;padding:6px 10px;border-left:6px solid;border-radius:3px}
.block .why{font-size:12px;color:#333;display:flex;gap:10px;flex-wrap:wrap}
.block .n{color:#666;min-width:3em}.block .reason{font-weight:600}
.block .path{font:12px ui-monospace,Menlo,Consolas,monospace;color:#555;word-break:break-all}
.block p{margin:2px 0 0;white-space:pre-wrap;word-break:break-word}
.role-body{background:#e5f4e8;border-color:#2e9d4f}
.role-headline{background:#dde9ff;border-color:#2f6fde}
.role-description{background:#dff4f4;border-color:#1e9a9a}
.role-byline,.role-date{background:#efe4ff;border-color:#7d4cd6}
.role-caption{background:#fff2d1;border-color:#d99a06}
.role-comment{background:#f3ecfb;border-color:#9a6fce;color:#5b4a6e}
.role-dropped{background:#f2f2f2;border-color:#b5b5b5;color:#6b6b6b}
)css";

struct RoleLabel {
  const char* role;
  const char* label;
};
constexpr RoleLabel kRoles[] = {{"body", "body"},         {"headline", "headline"}, {"description", "description"},
                                {"byline", "byline"},     {"date", "date"},         {"caption", "caption"},
                                {"comment", "comment"},   {"dropped", "dropped"}};

// The class of a role the page cannot choose: only known names pass.
const char* RoleClass(std::string_view role) {
  for (const RoleLabel& r : kRoles) {
    if (role == r.role) return r.role;
  }
  return "dropped";
}

void AppendTop(std::string& out, const Result& result) {
  const Article& a = result.article;
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>pith explain: ";
  AppendEscaped(out, a.headline.value_or("(no headline)"));
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style></head>\n<body>\n<h1>pith explain: ";
  AppendEscaped(out, a.headline.value_or("(no headline)"));
  out += "</h1>\n<p class=\"summary\" id=\"status\">";
  AppendEscaped(out, result.ok() ? std::string("article found") : "no article: " + result.error);
  char buf[96];
  std::snprintf(buf, sizeof buf, " · format %s · confidence %.2f · %zu blocks", a.format.c_str(), a.confidence,
                result.explanation.size());
  AppendEscaped(out, buf);
  out += "</p>\n";
}

void AppendLegend(std::string& out, const Result& result) {
  out += "<section id=\"legend\"><h2>Legend</h2><ul class=\"legend\">";
  for (const RoleLabel& r : kRoles) {
    std::size_t n = 0;
    for (const BlockDecision& d : result.explanation) n += d.role == r.role;
    out += "<li class=\"role-";
    out += r.role;
    out += "\">";
    out += r.label;
    out += " (" + std::to_string(n) + ")</li>";
  }
  out += "</ul></section>\n";
}

// One row a field: its value (each of a list on its own line) and its
// source, linked to the block it was read from.
void AppendMetadata(std::string& out, const Result& result) {
  using nlohmann::ordered_json;
  out += "<section id=\"metadata\"><h2>Metadata and where each value came from</h2>\n"
         "<table class=\"metadata\"><thead><tr><th>Field</th><th>Value</th><th>Source</th></tr></thead><tbody>\n";
  const ordered_json article = ordered_json::parse(ToJson(result.article));
  for (const char* field : kMetadataFields) {
    const auto it = article.find(field);
    if (it == article.end() || it->is_null() || (it->is_array() && it->empty())) continue;
    out += "<tr><th>";
    out += field;
    out += "</th><td class=\"value\">";
    if (it->is_array()) {
      for (std::size_t k = 0; k < it->size(); ++k) {
        if (k) out += "<br>";
        AppendEscaped(out, (*it)[k].is_string() ? (*it)[k].get<std::string>() : (*it)[k].dump());
      }
    } else {
      AppendEscaped(out, it->is_string() ? it->get<std::string>() : it->dump());
    }
    out += "</td><td class=\"source\">";
    if (const FieldSource* source = SourceOf(result, field)) {
      if (source->block >= 0) out += "<a href=\"#b" + std::to_string(source->block) + "\">";
      AppendEscaped(out, source->source);
      if (source->block >= 0) out += "</a>";
    } else {
      out += "unknown";
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table></section>\n";
}

void AppendBlocks(std::string& out, const Result& result) {
  out += "<section id=\"blocks\"><h2>Blocks in page order</h2>\n<ol class=\"blocks\">\n";
  for (std::size_t i = 0; i < result.explanation.size(); ++i) {
    const BlockDecision& d = result.explanation[i];
    const std::string n = std::to_string(i);
    out += "<li class=\"block role-";
    out += RoleClass(d.role);
    out += "\" id=\"b" + n + "\"><div class=\"why\"><span class=\"n\">#" + n + "</span><span class=\"reason\">";
    AppendEscaped(out, d.reason);
    out += "</span><span class=\"path\">";
    AppendEscaped(out, d.path);
    out += "</span></div><p>";
    AppendEscaped(out, d.text);
    out += "</p></li>\n";
  }
  out += "</ol></section>\n";
}

void AppendTrace(std::string& out, const Result& result) {
  if (result.trace.empty()) return;
  out += "<section id=\"trace\"><h2>What each stage did</h2><pre class=\"trace\">";
  for (const std::string& line : result.trace) {
    AppendEscaped(out, line);
    out += '\n';
  }
  out += "</pre></section>\n";
}

}  // namespace

std::string ExplanationToHtml(const Result& result) {
  std::string out;
  out.reserve(4096 + result.explanation.size() * 256);
  AppendTop(out, result);
  AppendLegend(out, result);
  out += "<section id=\"article\"><h2>Extracted JSON</h2><pre class=\"json\">";
  AppendEscaped(out, ToJson(result.article, true));
  out += "</pre></section>\n";
  AppendMetadata(out, result);
  AppendBlocks(out, result);
  AppendTrace(out, result);
  out += "</body></html>";
  return out;
}

}  // namespace pith
