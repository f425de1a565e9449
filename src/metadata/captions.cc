#include "metadata/captions.h"

#include <algorithm>
#include <unordered_set>

#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::captions;

// Trailing "Credit" or "Photo" left on the caption by a label repeated for
// screen readers: "... a bar. Credit Credit... Craig Ruttle".
std::string DropTrailingLabel(std::string s) {
  static const RE2 kLabel("(?i)\\s*\\b(?:credits?|photos?|image|foto)\\s*$");
  RE2::Replace(&s, kLabel, "");
  return std::string(Trim(s));
}

bool IsCreditElement(const Document& doc, std::int32_t e, std::int32_t stop) {
  const Heuristics& h = GetHeuristics();
  for (int level = 0; e > stop && e >= 0 && level < limits::kCreditLevels; ++level) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (!el.cls.empty() && h.credit_class.Matches(el.cls)) return true;
    e = el.parent;
  }
  return false;
}

bool InChrome(const Document& doc, std::int32_t e) {
  for (int level = 0; e >= 0 && level < limits::kChromeLevels; ++level) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    // A video player's caption settings.
    if (el.tag == Tag::kForm || el.tag == Tag::kFieldset) return true;
    // Chrome by class ("related", "promo"), not by tag: a lead image's
    // caption often sits in the article's <header>.
    if ((el.flags & kStrongChrome) || ((el.flags & kChrome) && !IsChromeTag(el))) return true;
    if (el.tag == Tag::kFigure || el.tag == Tag::kArticle) return false;
    e = el.parent;
  }
  return false;
}

// The element that holds one figure's caption parts: the figure, else the
// figcaption's or the caption element's parent.
std::int32_t FigureOf(const Document& doc, std::int32_t e) {
  const std::int32_t start = e;
  for (int level = 0; e >= 0 && level < limits::kFigureLevels; ++level) {
    const Element& el = doc.elements[static_cast<std::size_t>(e)];
    if (el.tag == Tag::kFigure) return e;
    if (el.tag == Tag::kFigcaption) return el.parent;
    e = el.parent;
  }
  const std::int32_t parent = doc.elements[static_cast<std::size_t>(start)].parent;
  return parent >= 0 ? parent : start;
}

}  // namespace

CaptionParts SplitCaptionCredit(std::string_view text) {
  const Heuristics& h = GetHeuristics();
  CaptionParts parts;
  std::string t = CollapseSpace(text);
  // A toggle printed after the caption: "... Chuck Burton/AP hide caption".
  RE2::Replace(&t, h.caption_control_suffix, "");
  std::string before, credit;
  // A labelled credit ("Photo: AP", "Credit... Ed Murray"); "Photo by Jane
  // Roe" after the caption's last sentence; "CreditKevin Frayer", glued by
  // markup without a space.
  bool split = RE2::FullMatch(Piece(t), h.caption_credit_label, &before, &credit);
  for (const UpperLedPattern* re : {&h.caption_credit_by, &h.caption_credit_glued}) {
    if (split) break;
    split = re->FullMatch(t, &before, &credit) &&
            (Trim(before).empty() || EndsLikeSentence(before));
  }
  // "... in 2023. Credit Credit Jeon Heon-Kyun/EPA": a bare label needs the
  // caption's sentence before it ("Credit Suisse" alone is a bank).
  if (!split) {
    split = h.caption_credit_spaced.FullMatch(t, &before, &credit) && EndsLikeSentence(before);
  }
  // "...more common.Zhejiang Daily / AP": a short credit glued to the last
  // sentence, with the slash or the agency credits have.
  if (!split) {
    std::string tail;
    if (h.caption_credit_tail.FullMatch(t, &before, &tail) && CountWords(tail) <= limits::kMaxGluedCreditWords &&
        (tail.find('/') != std::string::npos || h.agency_name.PartialMatch(tail))) {
      split = true;
      credit = tail;
    }
  }
  if (!split || Trim(credit).empty()) {
    parts.text = t;
    return parts;
  }
  parts.text = DropTrailingLabel(before);
  // "(Photo: Brett Davis)", "[Photo: RADsan/iStock]": the brackets went
  // around label and credit together.
  while (!parts.text.empty() && (parts.text.back() == '(' || parts.text.back() == '[')) {
    parts.text.pop_back();
    if (!credit.empty() && (credit.back() == ')' || credit.back() == ']')) credit.pop_back();
  }
  parts.text = std::string(Trim(parts.text));
  parts.credit = std::string(Trim(credit));
  return parts;
}

std::string JoinCaption(const CaptionParts& parts) {
  const std::string text = CollapseSpace(parts.text);
  std::string credit = CollapseSpace(parts.credit);
  // A credit printed in brackets already: "(Hersteller)".
  while (credit.size() >= 2 && ((credit.front() == '(' && credit.back() == ')') ||
                                (credit.front() == '[' && credit.back() == ']'))) {
    credit = CollapseSpace(std::string_view(credit).substr(1, credit.size() - 2));
  }
  if (text.empty()) return {};
  if (credit.empty() || FoldForCompare(text).find(FoldForCompare(credit)) != std::string::npos) return text;
  return text + " (" + credit + ")";
}

std::vector<std::string> BuildCaptions(const Document& doc, const std::vector<Verdict>& verdicts,
                                       const std::vector<BlockStats>& stats, std::vector<std::size_t>* no_captions) {
  const bool html = doc.format == SourceFormat::kHtml;
  // What sits in a caption box but is no caption: a teaser's heading, a
  // link, a related box, a label or a caption toggle.
  auto junk = [&](std::size_t i) {
    const Block& b = doc.blocks[i];
    return html && (stats[i].chrome || stats[i].link_density > limits::kMaxLinkDensity ||
                    b.kind == BlockKind::kHeading || InChrome(doc, b.element) ||
                    GetHeuristics().caption_control.FullMatch(b.text));
  };
  std::vector<std::string> out;
  std::vector<std::string> out_folded;  // FoldForCompare of each, made once
  std::unordered_set<std::string> seen;  // every folded caption met
  std::size_t i = 0;
  while (i < doc.blocks.size()) {
    if (verdicts[i].role != Role::kCaption) {
      ++i;
      continue;
    }
    // The parts of one figure: consecutive caption blocks in it.
    CaptionParts caption;
    const std::int32_t figure = html ? FigureOf(doc, doc.blocks[i].element) : -1;
    std::size_t j = i;
    for (; j < doc.blocks.size() && verdicts[j].role == Role::kCaption; ++j) {
      if (j > i && (!html || FigureOf(doc, doc.blocks[j].element) != figure)) break;
      if (junk(j)) {
        no_captions->push_back(j);
        continue;
      }
      CaptionParts part = SplitCaptionCredit(doc.blocks[j].text);
      const bool credit = html && IsCreditElement(doc, doc.blocks[j].element, figure);
      if (credit && part.credit.empty()) std::swap(part.text, part.credit);
      if (!part.text.empty()) caption.text += (caption.text.empty() ? "" : " ") + part.text;
      if (!part.credit.empty()) caption.credit += (caption.credit.empty() ? "" : "; ") + part.credit;
    }
    i = j;
    std::string text = JoinCaption(caption);
    if (text.empty()) continue;
    // An alt text, then the same caption with its credit: keep the second.
    std::string folded = FoldForCompare(text);
    if (!seen.insert(folded).second) continue;
    bool repeated = false;
    const std::size_t first = out.size() - std::min(out.size(), limits::kMaxCaptionsCompared);
    for (std::size_t k = first; k < out.size() && !repeated; ++k) {
      const std::string& e = out_folded[k];
      if (e.find(folded) != std::string::npos) repeated = true;
      if (!repeated && folded.compare(0, e.size(), e) == 0) {
        out[k] = std::move(text);
        out_folded[k] = folded;
        repeated = true;
      }
    }
    if (!repeated) {
      out.push_back(std::move(text));
      out_folded.push_back(std::move(folded));
    }
  }
  return out;
}

void ReadCaptions(MetadataContext& ctx) {
  // Captions the clean stage found in the article, and those of the lead
  // image between the headline and the text, past a lead in a box of its
  // own.
  if (ctx.Html() && ctx.headline_block >= 0) {
    const std::int32_t end = std::max(ctx.Anchor(), ctx.text_start);
    for (std::int32_t i = ctx.headline_block + 1; i < end; ++i) {
      const auto u = static_cast<std::size_t>(i);
      const Block& b = ctx.doc.blocks[u];
      if (ctx.Free(u) && (b.kind == BlockKind::kCaption || ctx.ElementHas(b.element, kCaptionLike, 0))) {
        ctx.Claim(u, Role::kCaption, "caption: of the lead image");
      }
    }
  }
  std::vector<std::size_t> no_captions;
  ctx.article.captions = BuildCaptions(ctx.doc, ctx.verdicts, ctx.stats, &no_captions);
  for (const std::size_t u : no_captions) ctx.Claim(u, Role::kDropped, "dropped: in a caption box, but no caption");
  if (!ctx.article.captions.empty()) ctx.Note("captions", {ctx.Html() ? "DOM caption blocks" : "text caption lines"});
}

}  // namespace pith
