#include "clean/text_pull_quotes.h"

#include <string>

#include "clean/clean.h"
#include "clean/pull_quotes.h"
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

// Whether line `i` can be a quote the article's prose repeats: a line of
// a quote's length, whether or not it ends its sentence (a page may set
// the quote without its stop), that announces nothing and is no credit
// itself (an experts box lists "Jane Roe, DDS, CEO of Roe Dental" lines
// that the prose above it repeats).
bool LooseQuoteShaped(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                      std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  const std::string_view text = Trim(doc.blocks[at].text);
  return !decided[at] && !l.chrome && !l.section_head && !IsRepeat(l) && l.stats.words >= kPullQuoteMinWords &&
         l.stats.words <= kPullQuoteMaxWords && !text.empty() && text.back() != ':' &&
         CreditedName(text, false).empty();
}

// Whether a paragraph of the run from `start` to `end` near line `q`,
// longer than it, holds its words: the quote set apart is a sentence of
// the article itself, as pull_quotes.cc finds them in HTML.
bool RepeatedNearby(const Document& doc, const std::vector<TextLine>& lines, std::int64_t start, std::int64_t end,
                    std::int64_t q) {
  const auto reach = static_cast<std::int64_t>(kPullQuoteMaxDistance);
  const std::vector<std::uint64_t> quote = WordTrigrams(doc.blocks[static_cast<std::size_t>(q)].text);
  const std::int32_t words = lines[static_cast<std::size_t>(q)].stats.words;
  for (std::int64_t j = std::max(start, q - reach); j <= std::min(end, q + reach); ++j) {
    const auto at = static_cast<std::size_t>(j);
    if (j == q || !lines[at].prose || lines[at].stats.words * 100 < words * kPullQuoteSourceMinPercent) continue;
    if (TrigramCoverage(quote, WordTrigrams(doc.blocks[at].text)) * 100 >= kPullQuoteMinCoverPercent) return true;
  }
  return false;
}

// Whether line `i` can be a role under a repeated quote's name line:
// short, no sentence, no chrome. Title case is allowed ("Schweizer
// Trainer": German capitalises nouns), the repeat being the evidence.
bool RoleOfRepeatedQuote(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                         std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  const TextLine& l = lines[at];
  return !decided[at] && !l.chrome && !l.section_head && !l.prose && !IsRepeat(l) &&
         l.stats.words <= kRepeatedQuoteCreditMaxWords && !EndsLikeSentence(doc.blocks[at].text);
}

// The credit lines under a quote at `q` that the prose repeats (see
// CreditLines): a name and role on one line, or a name line and maybe a
// role line under it; 0 when no such credit or no repeat.
int RepeatedQuoteCredits(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                         std::int64_t q, std::int64_t start, std::int64_t end, std::string_view& name) {
  if (q + 1 > end || !LooseQuoteShaped(doc, lines, decided, q)) return 0;
  const auto at = static_cast<std::size_t>(q + 1);
  const TextLine& l = lines[at];
  if (decided[at] || l.chrome || l.prose || l.stats.words > kRepeatedQuoteCreditMaxWords) return 0;
  const std::string_view text = Trim(doc.blocks[at].text);
  int credits = 1;
  name = CreditedName(text, false);
  if (name.empty()) {
    name = CreditedName(text, true);
    if (name.empty()) return 0;
    if (q + 2 <= end && RoleOfRepeatedQuote(doc, lines, decided, q + 2)) credits = 2;
  }
  return RepeatedNearby(doc, lines, start, end, q) ? credits : 0;
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
    std::string_view name;
    int credits = QuoteShaped(doc, lines, decided, q) ? CreditLines(doc, lines, decided, q, end, name) : 0;
    if (credits == 0) credits = RepeatedQuoteCredits(doc, lines, decided, q, start, end, name);
    if (credits == 0) continue;
    ++checks;
    if (!ProseNames(doc, lines, start, end, q, LastTwoWords(name))) continue;
    for (std::int64_t j = q; j <= q + credits; ++j) box[static_cast<std::size_t>(j)] = true;
    q += credits;
  }
  return box;
}

}  // namespace pith
