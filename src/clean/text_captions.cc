#include "clean/text_captions.h"

#include <string>

#include "clean/thresholds.h"
#include "patterns/heuristics.h"

namespace pith {

void MarkTextCaptions(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                      std::vector<bool>& decided) {
  const Heuristics& h = GetHeuristics();
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string& text = blocks[i].text;
    if (i + 1 < blocks.size() && blocks[i + 1].group == blocks[i].group && text.size() >= kAltTextMinBytes) {
      const std::string& next = blocks[i + 1].text;
      if (next == text || (next.size() > text.size() && next.compare(0, text.size(), text) == 0 &&
                           h.caption_credit.PartialMatch(next))) {
        sel.Set(i, Role::kDropped, "dropped: image alt text repeated by the caption");
        sel.Set(i + 1, Role::kCaption, "caption: repeats the image's alt text");
        decided[i] = decided[i + 1] = true;
        ++i;
        continue;
      }
    }
    const TextLine& l = lines[i];
    if (l.credit || l.caption) {
      sel.Set(i, l.caption ? Role::kCaption : Role::kDropped, l.caption ? l.caption : l.credit);
      decided[i] = true;
      continue;
    }
    const BlockStats& s = l.stats;
    if (s.words <= kCreditCaptionLineMaxWords && s.words >= kCreditCaptionLineMinWords &&
        h.caption_credit.PartialMatch(text) && !RE2::FullMatch(Piece(text), h.agency_line)) {
      sel.Set(i, Role::kCaption, "caption: ends with a photo credit");
      decided[i] = true;
      if (i > 0 && !decided[i - 1] && blocks[i - 1].group == blocks[i].group && !lines[i - 1].prose &&
          lines[i - 1].stats.words <= kAltTextMaxWords) {
        sel.Set(i - 1, Role::kDropped, "dropped: image alt text above its caption");
        decided[i - 1] = true;
      }
    }
  }
}

void KeepCaptionsNear(std::int64_t start, std::int64_t end, Selection& sel) {
  for (std::size_t i = 0; i < sel.verdicts.size(); ++i) {
    const auto at = static_cast<std::int64_t>(i);
    if (sel.verdicts[i].role == Role::kCaption && (at < start - kLeadImageLines || at > end)) {
      sel.Set(i, Role::kDropped, "dropped: caption outside the article");
    }
  }
}

}  // namespace pith
