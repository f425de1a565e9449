#include "clean/text_pull_quotes.h"

#include <string>

#include "clean/clean.h"
#include "clean/thresholds.h"
#include "metadata/authors.h"
#include "util/text_util.h"

namespace pith {
namespace {

// The last two words of a name: the form the article's prose names the
// person by ("Advocate Jane Roe" is "her advocate Jane Roe" there).
std::string_view LastTwoWords(std::string_view name) {
  const std::size_t last = name.rfind(' ');
  if (last == std::string_view::npos || last == 0) return name;
  const std::size_t before = name.rfind(' ', last - 1);
  return before == std::string_view::npos ? name : name.substr(before + 1);
}

// Whether line `i` can be a credit: short, no sentence, no chrome, not
// decided, printed once. A name line printed again and again heads a
// template's boxes (an expert's tip under their name, the name again
// under it), whose text is the article's.
bool CreditShaped(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                  std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  return !decided[at] && !l.chrome && !l.section_head && !IsRepeat(l) && l.stats.words <= kPullQuoteCreditMaxWords &&
         !EndsLikeSentence(doc.blocks[at].text);
}

// Whether line `i` can be the quote: a paragraph of a quote's length that
// announces nothing below it.
bool QuoteShaped(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                 std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  const std::string_view text = Trim(doc.blocks[at].text);
  return !decided[at] && l.prose && l.stats.words >= kPullQuoteMinWords && l.stats.words <= kPullQuoteMaxWords &&
         !text.empty() && text.back() != ':';
}

// Whether a prose line from `start` to `end` other than `quote` prints
// `name`.
bool ProseNames(const Document& doc, const std::vector<TextLine>& lines, std::int64_t start, std::int64_t end,
                std::int64_t quote, std::string_view name) {
  for (std::int64_t j = start; j <= end; ++j) {
    const auto at = static_cast<std::size_t>(j);
    if (j != quote && lines[at].prose && doc.blocks[at].text.find(name) != std::string::npos) return true;
  }
  return false;
}

// Whether line `i`, under a name line, reads as the person's role ("Planner
// and founder of Roe Advice"), not as the next item's name or label
// ("Best For", "Cloud Suite"): no prose, and not title-cased. A product
// list sets name and label lines over each item's paragraph, so the line
// after the role must be the article going on.
bool RoleLine(const Document& doc, const std::vector<TextLine>& lines, std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return !lines[at].prose && !TitleCased(doc.blocks[at].text, kTitleWordMinLetters);
}

// The credit lines under the quote at `q`: 1 (name and role on one line),
// 2 (the name, then the role), or 0 when the lines under it are no
// credit. `name` is the person named.
int CreditLines(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                std::int64_t q, std::int64_t end, std::string_view& name) {
  if (q + 1 > end || !CreditShaped(doc, lines, decided, q + 1)) return 0;
  const std::string_view text = Trim(doc.blocks[static_cast<std::size_t>(q + 1)].text);
  name = CreditedName(text, false);
  if (!name.empty()) return 1;
  name = CreditedName(text, true);
  if (name.empty() || q + 3 > end || !CreditShaped(doc, lines, decided, q + 2)) return 0;
  return RoleLine(doc, lines, q + 2) && lines[static_cast<std::size_t>(q + 3)].prose ? 2 : 0;
}

}  // namespace

std::string_view CreditedName(std::string_view text, bool alone) {
  text = Trim(text);
  // A credit may open with a dash ("\u2014 Jane Roe").
  const std::string_view after_dash = WithoutLeadingDash(text);
  const bool dash = after_dash.size() < text.size();
  text = after_dash;
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos && !dash && !alone) return {};
  const std::string_view name = Trim(text.substr(0, comma));
  // A label's colon ("Website: Roe Shop") is no name's.
  if (name.find(':') != std::string_view::npos) return {};
  const std::size_t words = CountWords(name);
  if (words < 2 || words > kCreditNameMaxWords || !LooksLikePersonName(name)) return {};
  return name;
}

std::vector<bool> MarkTextPullQuotes(const Document& doc, const std::vector<TextLine>& lines,
                                     const std::vector<bool>& decided, std::int64_t start, std::int64_t end) {
  std::vector<bool> box(lines.size(), false);
  std::size_t checks = 0;
  for (std::int64_t q = start; q < end && checks < kPullQuoteMaxFarChecks; ++q) {
    if (!QuoteShaped(doc, lines, decided, q)) continue;
    std::string_view name;
    const int credits = CreditLines(doc, lines, decided, q, end, name);
    if (credits == 0) continue;
    ++checks;
    if (!ProseNames(doc, lines, start, end, q, LastTwoWords(name))) continue;
    for (std::int64_t j = q; j <= q + credits; ++j) box[static_cast<std::size_t>(j)] = true;
    q += credits;
  }
  return box;
}

}  // namespace pith
