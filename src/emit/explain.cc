#include "emit/explain.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "clean/thresholds.h"
#include "emit/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

const char* TagName(const Element& e) {
  switch (e.tag) {
    case Tag::kHtml: return "html";
    case Tag::kBody: return "body";
    case Tag::kArticle: return "article";
    case Tag::kMain: return "main";
    case Tag::kSection: return "section";
    case Tag::kDiv: return "div";
    case Tag::kP: return "p";
    case Tag::kHeading: {
      static const char* kH[] = {"h", "h1", "h2", "h3", "h4", "h5", "h6"};
      return kH[std::min<int>(e.level, 6)];
    }
    case Tag::kHgroup: return "hgroup";
    case Tag::kUl: return "ul";
    case Tag::kOl: return "ol";
    case Tag::kLi: return "li";
    case Tag::kDl: return "dl";
    case Tag::kDt: return "dt";
    case Tag::kDd: return "dd";
    case Tag::kBlockquote: return "blockquote";
    case Tag::kPre: return "pre";
    case Tag::kTable: return "table";
    case Tag::kTr: return "tr";
    case Tag::kTd: return "td";
    case Tag::kCaption: return "caption";
    case Tag::kFigure: return "figure";
    case Tag::kFigcaption: return "figcaption";
    case Tag::kNav: return "nav";
    case Tag::kAside: return "aside";
    case Tag::kHeader: return "header";
    case Tag::kFooter: return "footer";
    case Tag::kForm: return "form";
    case Tag::kAddress: return "address";
    case Tag::kDetails: return "details";
    case Tag::kDialog: return "dialog";
    case Tag::kMenu: return "menu";
    case Tag::kCenter: return "center";
    case Tag::kFieldset: return "fieldset";
    case Tag::kOther: return "*";
  }
  return "*";
}

const char* RoleName(Role r) {
  switch (r) {
    case Role::kBody: return "body";
    case Role::kHeadline: return "headline";
    case Role::kDescription: return "description";
    case Role::kByline: return "byline";
    case Role::kDate: return "date";
    case Role::kCaption: return "caption";
    case Role::kComment: return "comment";
    case Role::kDropped: return "dropped";
  }
  return "dropped";
}

// The element that made a block chrome: the nearest one flagged (by its
// class, id, role or tag), as a start tag: <aside class="newsletter">.
std::string ChromeCause(const Document& doc, std::int32_t e, bool tags_only) {
  for (; e >= 0; e = doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (tags_only ? !IsChromeTag(el) : !(el.flags & kChrome)) continue;
    std::string tag = std::string("<") + (el.tag == Tag::kOther ? "" : TagName(el));
    auto attribute = [&](const char* name, std::string_view value) {
      if (value.empty()) return;
      tag += std::string(tag.size() > 1 ? " " : "") + name + "=\"" +
             std::string(Utf8Prefix(value, kCauseAttributeMaxBytes)) + "\"";
    };
    attribute("class", el.cls);
    attribute("id", el.id);
    attribute("role", el.role);
    return tag + ">";
  }
  return {};
}

// The recorded reason, with the measure or element that decided it.
std::string Reason(const Document& doc, const Selection& sel, std::size_t i) {
  const char* reason = sel.verdicts[i].reason;
  const std::int32_t element = doc.blocks[i].element;
  char buf[64];
  if (IsNamed(reason, kLinkDensityReason) && i < sel.stats.size()) {
    std::snprintf(buf, sizeof buf, " %.2f > %g", static_cast<double>(sel.stats[i].link_density),
                  static_cast<double>(kBodyMaxLinkDensity));
    return reason + std::string(buf);
  }
  if (IsNamed(reason, kChromeContainerReason) || IsNamed(reason, kBoxBesideTextReason) ||
      IsNamed(reason, kChromeTagReason)) {
    const std::string cause = ChromeCause(doc, element, IsNamed(reason, kChromeTagReason));
    return cause.empty() ? reason : std::string(reason) + " (" + cause + ")";
  }
  if (IsNamed(reason, kArticleContainerReason) && sel.root >= 0) {
    std::snprintf(buf, sizeof buf, ", score %.1f", sel.root_score);
    return std::string(reason) + " " + ElementSelector(doc.elements[static_cast<std::size_t>(sel.root)]) + buf;
  }
  // Every reason names its decision first: "dropped: newsletter box".
  const std::string_view role = RoleName(sel.verdicts[i].role);
  if (std::string_view(reason).substr(0, role.size()) == role) return reason;
  return std::string(role) + ": " + reason;
}

}  // namespace

std::string ElementSelector(const Element& e) {
  std::string s = TagName(e);
  if (!e.id.empty()) s += "#" + std::string(Utf8Prefix(e.id, kSelectorIdMaxBytes));
  if (!e.cls.empty()) {
    std::string cls(Utf8Prefix(e.cls, kSelectorClassMaxBytes));
    std::replace(cls.begin(), cls.end(), ' ', '.');
    s += "." + cls;
  }
  return s;
}

std::vector<BlockDecision> Explain(const Document& doc, const Selection& sel) {
  std::vector<BlockDecision> out;
  out.reserve(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockDecision d;
    d.text = b.text;
    d.role = RoleName(sel.verdicts[i].role);
    d.reason = Reason(doc, sel, i);
    std::vector<std::string> path;
    for (std::int32_t e = b.element; e >= 0 && path.size() < kPathMaxElements;
         e = doc.elements[static_cast<std::size_t>(e)].parent) {
      path.push_back(ElementSelector(doc.elements[static_cast<std::size_t>(e)]));
    }
    for (std::size_t k = path.size(); k-- > 0;) d.path += path[k] + (k ? " > " : "");
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<std::string> TraceStages(const TraceFacts& facts, const Document& doc, const Selection& sel,
                                     const Article& article, const std::vector<FieldSource>& sources) {
  std::vector<std::string> lines;
  char buf[256];
  const bool html = doc.format == SourceFormat::kHtml;
  lines.push_back("input: " + std::to_string(facts.bytes) + " bytes");
  lines.push_back("encoding: " + facts.encoding + " (" + facts.encoding_how + ")");
  lines.push_back(std::string("format: ") + (html ? "html" : "text") + " (" + facts.format_how + ")");
  std::snprintf(buf, sizeof buf, "parse: %zu elements, %zu blocks in %.2f ms", doc.elements.size(), doc.blocks.size(),
                facts.parse_ms);
  lines.emplace_back(buf);
  // Chrome marks a subtree: a block is in chrome when an ancestor is.
  std::vector<bool> chrome(doc.elements.size(), false);
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    const Element& el = doc.elements[e];
    chrome[e] = (el.flags & kChrome) || (el.parent >= 0 && chrome[static_cast<std::size_t>(el.parent)]);
  }
  std::size_t chrome_blocks = 0;
  for (const Block& b : doc.blocks) chrome_blocks += b.element >= 0 && chrome[static_cast<std::size_t>(b.element)];
  std::string article_node = "none";
  if (html && sel.root >= 0) {
    std::snprintf(buf, sizeof buf, ", score %.1f", sel.root_score);
    article_node = ElementSelector(doc.elements[static_cast<std::size_t>(sel.root)]) + buf;
  } else if (!html && sel.FirstBody() >= 0) {
    article_node = "lines " + std::to_string(sel.FirstBody()) + "-" + std::to_string(sel.LastBody());
  }
  std::snprintf(buf, sizeof buf, "clean: %zu blocks in chrome elements; article: ", chrome_blocks);
  std::string clean = buf + article_node;
  std::snprintf(buf, sizeof buf, " in %.2f ms", facts.clean_ms);
  lines.push_back(clean + buf);
  std::size_t counts[8] = {};
  for (const Verdict& v : sel.verdicts) ++counts[static_cast<std::size_t>(v.role)];
  std::string blocks = "blocks:";
  for (Role r : {Role::kBody, Role::kHeadline, Role::kDescription, Role::kByline, Role::kDate, Role::kCaption,
                 Role::kComment, Role::kDropped}) {
    blocks += std::string(r == Role::kBody ? " " : ", ") + std::to_string(counts[static_cast<std::size_t>(r)]) + " " +
              RoleName(r);
  }
  lines.push_back(blocks);
  std::snprintf(buf, sizeof buf, "metadata: %zu fields in %.2f ms", sources.size(), facts.metadata_ms);
  lines.emplace_back(buf);
  for (const FieldSource& f : sources) lines.push_back("metadata: " + f.field + " from " + f.source);
  std::snprintf(buf, sizeof buf, "body: %zu blocks, %zu bytes; confidence %.2f", article.blocks.size(),
                article.body.size(), article.confidence);
  lines.emplace_back(buf);
  return lines;
}

const FieldSource* SourceOf(const Result& result, std::string_view field) {
  const FieldSource* found = nullptr;
  for (const FieldSource& f : result.sources) {
    if (f.field == field) found = &f;
  }
  return found;
}

std::string ExplanationToJson(const Result& result, bool pretty) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["status"] = result.ok() ? "ok" : result.error;
  const ordered_json article = ordered_json::parse(ToJson(result.article));
  j["article"] = article;
  ordered_json metadata = ordered_json::object();
  for (const char* field : kMetadataFields) {
    const auto it = article.find(field);
    if (it == article.end() || it->is_null() || (it->is_array() && it->empty())) continue;
    const FieldSource* source = SourceOf(result, field);
    ordered_json entry = {{"value", *it}, {"source", nullptr}, {"block", nullptr}};
    if (source) entry["source"] = source->source;
    if (source && source->block >= 0) entry["block"] = source->block;
    metadata[field] = std::move(entry);
  }
  j["metadata"] = std::move(metadata);
  j["blocks"] = ordered_json::array();
  for (const BlockDecision& d : result.explanation) {
    j["blocks"].push_back({{"role", d.role}, {"reason", d.reason}, {"path", d.path}, {"text", d.text}});
  }
  return j.dump(pretty ? 1 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace pith
