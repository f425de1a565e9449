#include "explain.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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
    case Role::kDropped: return "dropped";
  }
  return "dropped";
}

std::string Selector(const Element& e) {
  std::string s = TagName(e);
  if (!e.id.empty()) s += "#" + std::string(e.id.substr(0, 40));
  if (!e.cls.empty()) {
    std::string cls(e.cls.substr(0, 60));
    std::replace(cls.begin(), cls.end(), ' ', '.');
    s += "." + cls;
  }
  return s;
}

}  // namespace

std::vector<BlockDecision> Explain(const Document& doc, const Selection& sel) {
  std::vector<BlockDecision> out;
  out.reserve(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockDecision d;
    d.text = b.text;
    d.role = RoleName(sel.verdicts[i].role);
    d.reason = sel.verdicts[i].reason;
    std::vector<std::string> path;
    for (std::int32_t e = b.element; e >= 0 && path.size() < 12; e = doc.elements[static_cast<std::size_t>(e)].parent) {
      path.push_back(Selector(doc.elements[static_cast<std::size_t>(e)]));
    }
    for (std::size_t k = path.size(); k-- > 0;) d.path += path[k] + (k ? " > " : "");
    out.push_back(std::move(d));
  }
  return out;
}

std::string ExplanationToJson(const Result& result, bool pretty) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["status"] = result.ok() ? "ok" : result.error;
  j["article"] = ordered_json::parse(ToJson(result.article));
  j["blocks"] = ordered_json::array();
  for (const BlockDecision& d : result.explanation) {
    j["blocks"].push_back({{"role", d.role}, {"reason", d.reason}, {"path", d.path}, {"text", d.text}});
  }
  return j.dump(pretty ? 1 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace pith
