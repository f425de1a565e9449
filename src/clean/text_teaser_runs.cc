#include "clean/text_teaser_runs.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <unordered_set>

#include "clean/clean.h"
#include "clean/thresholds.h"
#include "util/text_util.h"

namespace pith {
namespace {

// Opening quotes a headline may start with ("„Über manches irritiert“: ...").
constexpr std::string_view kOpeningQuotes[] = {"\"", "'", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xC2\xAB",
                                              "\xE2\x80\x98", "\xE2\x80\x9A"};
// Closing quotes a quotation set whole in quotes ends with.
constexpr std::string_view kClosingQuotes[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xBB",
                                              "\xE2\x80\x99"};

// `text` past an opening quote, and whether there was one.
std::string_view PastOpeningQuote(std::string_view text, bool& quoted) {
  quoted = false;
  for (std::string_view q : kOpeningQuotes) {
    if (text.starts_with(q)) {
      quoted = true;
      return text.substr(q.size());
    }
  }
  return text;
}

bool EndsWithClosingQuote(std::string_view text) {
  for (std::string_view q : kClosingQuotes) {
    if (text.ends_with(q)) return true;
  }
  return false;
}

// Whether the first character opens a title: a capital or a digit.
bool OpensTitle(std::string_view text) {
  std::size_t at = 0;
  const auto cp = static_cast<UChar32>(NextCodePoint(text, at));
  return u_isupper(cp) || u_istitle(cp) || u_isdigit(cp);
}

// Whether the line has a lowercase letter: a heading set in capitals
// ("MEAL AND TRAINING SCHEDULE") is the article's own.
bool HasLowercase(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (u_islower(static_cast<UChar32>(NextCodePoint(text, i)))) return true;
  }
  return false;
}

// Whether the line opens with a list's marker: "- ", "• ", "* ", "– ".
bool OpensWithMarker(std::string_view text) {
  static constexpr std::string_view kMarkers[] = {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xC2\xB7 "};
  for (std::string_view m : kMarkers) {
    if (text.starts_with(m)) return true;
  }
  return ItemNumber(text).has_value();
}

// A short line beside a headline: its kicker, section or age ("CBC
// Investigates", "Politik", "2 hours ago").
// A field's label ("Price range: $$") is none.
bool MetaShaped(const TextLine& l, std::string_view text) {
  return !l.prose && l.stats.words >= 1 && l.stats.words <= kTeaserMetaMaxWords && !EndsLikeSentence(text) &&
         text.find(": ") == std::string_view::npos;
}

bool QuestionLine(std::string_view text) {
  text = Trim(text);
  return text.ends_with("?") || text.ends_with("?\xE2\x80\x9C") || text.ends_with("?\xE2\x80\x9D");
}

// The words of a title that tell what it is about (kTeaserSharedWordMinBytes
// bytes or more), lowercased; its first word in `first`.
std::unordered_set<std::string> TitleWords(std::string_view text, std::string& first) {
  std::unordered_set<std::string> words;
  first.clear();
  const std::string lower = LowerSameLength(text);
  std::string word;
  auto flush = [&] {
    if (first.empty()) first = word;
    if (word.size() >= kTeaserSharedWordMinBytes) words.insert(word);
    word.clear();
  };
  for (std::size_t i = 0; i < lower.size();) {
    const std::size_t from = i;
    const char32_t cp = NextCodePoint(lower, i);
    if (IsWordChar(cp)) {
      word.append(lower, from, i - from);
    } else if (!word.empty()) {
      flush();
    }
  }
  if (!word.empty()) flush();
  return words;
}

// How many numbers the line holds, a number's digits joined by its
// separators ("$1,600–$7,000" holds two).
int Figures(std::string_view text) {
  int figures = 0;
  bool in_number = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    const bool joins = in_number && (text[i] == ',' || text[i] == '.') && i + 1 < text.size() &&
                       text[i + 1] >= '0' && text[i + 1] <= '9';
    if (digit && !in_number) ++figures;
    in_number = digit || joins;
  }
  return figures;
}

// Whether a label ends within the first two words ("Entry-Level: ...",
// "Reception – celebrate!"): an item of a labelled list. A headline's
// kicker runs longer ("Warnung der USA: ...").
bool OpensWithLabel(std::string_view text) {
  std::size_t end = text.find(':');
  for (std::string_view dash : {" \xE2\x80\x93 ", " - "}) end = std::min(end, text.find(dash));
  if (end == std::string_view::npos) return false;
  std::size_t spaces = 0;
  for (std::size_t i = 0; i < end; ++i) spaces += text[i] == ' ';
  return spaces <= 1;
}

// Whether two titles share half the words of the shorter: a list's
// parallel items, not two stories.
bool ShareWords(const std::unordered_set<std::string>& a, const std::unordered_set<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return static_cast<double>(shared) >= kTeaserSharedWordShare * static_cast<double>(std::min(a.size(), b.size()));
}

// Whether the titles at `heads` carry a teaser box's kicker or time lines
// (each title's line right under it, up to `run_last`): a box prints them
// beside most titles, an article's own list beside none.
bool CarryMetaLines(const Document& doc, const std::vector<TextLine>& lines, const std::vector<std::int64_t>& heads,
                    std::int64_t run_last) {
  std::size_t carried = 0;
  for (std::size_t k = 0; k < heads.size(); ++k) {
    const std::int64_t under = heads[k] + 1;
    if (under > run_last || (k + 1 < heads.size() && heads[k + 1] == under)) continue;
    const auto at = static_cast<std::size_t>(under);
    carried += MetaShaped(lines[at], Trim(doc.blocks[at].text));
  }
  return static_cast<double>(carried) >= kTeaserRunMinMetaShare * static_cast<double>(heads.size());
}

// Whether the titles at `heads` read as other stories' headlines rather
// than a list's items: a few of them, long enough, carrying kicker or time
// lines, at most one question, few labels, no figures, no words or first
// words in common.
bool OtherStoriesTitles(const Document& doc, const std::vector<TextLine>& lines,
                        const std::vector<std::int64_t>& heads, std::int64_t run_last) {
  if (heads.size() < kTeaserRunMinHeadlines || heads.size() > kTeaserRunMaxHeadlines) return false;
  if (!CarryMetaLines(doc, lines, heads, run_last)) return false;
  std::vector<std::unordered_set<std::string>> words;
  std::unordered_set<std::string> firsts;
  std::int64_t total = 0;
  std::size_t questions = 0, labels = 0;
  for (const std::int64_t h : heads) {
    const std::string_view text = Trim(doc.blocks[static_cast<std::size_t>(h)].text);
    total += lines[static_cast<std::size_t>(h)].stats.words;
    questions += QuestionLine(text);
    labels += OpensWithLabel(text);
    if (Figures(text) > kTeaserHeadlineMaxFigures) return false;
    std::string first;
    words.push_back(TitleWords(text, first));
    if (!firsts.insert(first).second) return false;
  }
  if (questions > 1 || static_cast<double>(labels) > kTeaserRunMaxLabelShare * static_cast<double>(heads.size())) {
    return false;
  }
  if (static_cast<double>(total) < kTeaserRunMinMeanWords * static_cast<double>(heads.size())) return false;
  for (std::size_t a = 0; a < words.size(); ++a) {
    for (std::size_t b = a + 1; b < words.size(); ++b) {
      if (ShareWords(words[a], words[b])) return false;
    }
  }
  // A word every title prints ("Best" in "NordVPN - Best VPN for ..."):
  // a list's entries, where three stories share no word.
  for (const std::string& w : words[0]) {
    std::size_t in = 0;
    for (const auto& other : words) in += other.count(w);
    if (in == words.size()) return false;
  }
  return true;
}

// Whether line `i` is a paragraph of the article the run can sit under or
// above: prose, not decided, announcing no list ("The tour dates:").
bool ArticleParagraph(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                      std::int64_t i) {
  const auto at = static_cast<std::size_t>(i);
  return lines[at].prose && !decided[at] && !Trim(doc.blocks[at].text).ends_with(":");
}

// Whether line `i` can be in a run of titles opened at `top`: a headline or
// a kicker or time line, not decided, at the first title's indent (a
// list's items share one; Firefox indents them, not the subheading under).
bool RunLine(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
             std::int64_t i, std::int64_t top) {
  const auto at = static_cast<std::size_t>(i);
  const std::string_view text = doc.blocks[at].text;
  if (doc.blocks[at].indent != doc.blocks[static_cast<std::size_t>(top)].indent) return false;
  if (!decided[at] && HeadlineShaped(lines[at], text)) return true;
  // A kicker or time line sits beside one headline: two in a row are a
  // list's short items. It may be decided already: a video's length under
  // its title reads as a caption ("Video 2:31").
  const auto above = static_cast<std::size_t>(i - 1);
  return MetaShaped(lines[at], text) && HeadlineShaped(lines[above], doc.blocks[above].text);
}

// Whether the run's titles end above line `below`: the article's next
// paragraph, its subheading right over it (a short line or a question:
// "What happens next?"), or the run's end past `end`.
bool ArticleResumes(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                    std::int64_t below, std::int64_t end) {
  if (below > end || ArticleParagraph(doc, lines, decided, below)) return true;
  const auto at = static_cast<std::size_t>(below);
  const bool heading = !decided[at] && lines[at].stats.words <= kTeaserHeadlineMaxWords &&
                       (!lines[at].prose || QuestionLine(doc.blocks[at].text));
  return heading && below + 1 <= end && ArticleParagraph(doc, lines, decided, below + 1);
}

// The run's last headline at or above `last` (below `top` when none): its
// trailing kicker or time lines trimmed.
std::int64_t LastHeadline(const Document& doc, const std::vector<TextLine>& lines, std::int64_t top,
                          std::int64_t last) {
  while (last >= top && !HeadlineShaped(lines[static_cast<std::size_t>(last)],
                                        doc.blocks[static_cast<std::size_t>(last)].text)) {
    --last;
  }
  return last;
}

// The headline lines of the run from `top` to `last`.
std::vector<std::int64_t> Headlines(const Document& doc, const std::vector<TextLine>& lines, std::int64_t top,
                                    std::int64_t last) {
  std::vector<std::int64_t> heads;
  for (std::int64_t i = top; i <= last; ++i) {
    const auto at = static_cast<std::size_t>(i);
    if (HeadlineShaped(lines[at], doc.blocks[at].text)) heads.push_back(i);
  }
  return heads;
}

// Whether the run's last title `last` is the subheading of the paragraph
// `next` under it: set right over it (same blank-line group) at its
// indent, or asking a question.
bool SubheadingOver(const Document& doc, std::int64_t last, std::int64_t next) {
  const auto l = static_cast<std::size_t>(last);
  const auto n = static_cast<std::size_t>(next);
  if (QuestionLine(doc.blocks[l].text)) return true;
  return doc.blocks[l].group == doc.blocks[n].group && doc.blocks[l].indent <= doc.blocks[n].indent;
}

}  // namespace

bool HeadlineShaped(const TextLine& l, std::string_view text) {
  text = Trim(text);
  // A question reads as prose, but a headline may ask one.
  if ((l.prose && !QuestionLine(text)) || l.list_item || l.stats.words < kTeaserHeadlineMinWords ||
      l.stats.words > kTeaserHeadlineMaxWords) {
    return false;
  }
  if (text.empty() || text.ends_with(",") || text.ends_with(")") || text.starts_with("(")) return false;
  if (EndsLikeSentence(text) && !QuestionLine(text)) return false;
  if (OpensWithMarker(text)) return false;
  bool quoted = false;
  const std::string_view rest = PastOpeningQuote(text, quoted);
  if (quoted && EndsWithClosingQuote(text)) return false;
  return OpensTitle(rest) && HasLowercase(rest);
}

std::vector<bool> MarkUnlabelledTeaserRuns(const Document& doc, const std::vector<TextLine>& lines,
                                           const std::vector<bool>& decided, std::int64_t start,
                                           std::int64_t end) {
  std::vector<bool> teaser(lines.size(), false);
  for (std::int64_t top = start + 1; top <= end; ++top) {
    const auto at = static_cast<std::size_t>(top);
    if (decided[at] || !HeadlineShaped(lines[at], doc.blocks[at].text)) continue;
    if (!ArticleParagraph(doc, lines, decided, top - 1)) continue;
    std::int64_t below = top;
    while (below <= end && RunLine(doc, lines, decided, below, top)) ++below;
    std::int64_t last = below - 1;
    if (!ArticleResumes(doc, lines, decided, below, end)) {
      top = last;
      continue;
    }
    last = LastHeadline(doc, lines, top, last);
    // The last title's kicker or time line goes with it, unless the title
    // is the next paragraph's subheading.
    std::int64_t marked = below - 1;
    const bool paragraph_below = below <= end && lines[static_cast<std::size_t>(below)].prose;
    if (last >= top && paragraph_below && SubheadingOver(doc, last, below)) {
      marked = --last;
    }
    const std::vector<std::int64_t> heads = Headlines(doc, lines, top, last);
    if (OtherStoriesTitles(doc, lines, heads, marked)) {
      for (std::int64_t i = top; i <= marked; ++i) teaser[static_cast<std::size_t>(i)] = true;
    }
    top = below - 1;
  }
  return teaser;
}

}  // namespace pith
