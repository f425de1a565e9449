#include "metadata/text_header.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/article_text.h"
#include "clean/clean.h"
#include "clean/text_captions.h"
#include "clean/text_lines.h"
#include "metadata/authors.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "metadata/titles.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::text_header;

bool IsFree(const std::vector<Verdict>& verdicts, std::int32_t i) {
  return IsLeftOut(verdicts[static_cast<std::size_t>(i)].role);
}

// Not page furniture, a credit, a date or a byline.
bool IsPlainLine(const TextLine& l) {
  return !l.chrome && !l.section_head && !l.credit && !l.caption && !l.date_line && !l.byline_line && !l.teaser;
}

// A line in a cased script with no capital letter is a tag list, a slug
// or alt text ("hillary faithless electors"), not a headline; a script
// without case passes.
bool HasCapital(std::string_view text) {
  bool cased = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    if (u_isupper(c) || u_istitle(c)) return true;
    cased = cased || u_islower(c);
  }
  return !cased;
}

// The breadcrumb marks in a line. Guillemets in a line that has both kinds
// are quotation marks («Vape Wave», »Jeg synes«: headlines of four sites
// in French, German, Italian and Danish), not steps of a trail.
std::size_t CountTrailMarks(std::string_view text) {
  const bool quotes = text.find("\u00AB") != std::string_view::npos && text.find("\u00BB") != std::string_view::npos;
  std::size_t marks = 0;
  for (const std::string_view mark : lexicon::kTrailMarks) {
    if (quotes && mark == "\u00BB") continue;
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + mark.size())) ++marks;
  }
  return marks;
}

// Ends in an initialism written with full stops ("to the U.N.", "in the
// U.S."), whose last stop closes no sentence.
bool EndsWithInitialism(std::string_view text) {
  std::size_t letters = 0;
  std::size_t at = text.size();
  while (at >= 2 && text[at - 1] == '.' && std::isalpha(static_cast<unsigned char>(text[at - 2])) != 0 &&
         (at == 2 || text[at - 3] == '.' || text[at - 3] == ' ')) {
    ++letters;
    at -= 2;
    if (at > 0 && text[at - 1] == ' ') break;
  }
  return letters >= 2 && (at == 0 || text[at - 1] == ' ');
}

// A line's words, wide (CJK) characters counted as half a word each: the
// word count alone takes a run of them for one word.
std::int32_t LineWords(const TextLine& l) { return std::max(l.stats.words, l.stats.wide / limits::kWideCharsPerWord); }

// Whether the text has a word of kMinWordLetters letters or more: a line
// of figures and marks ("53.9 F", "$289 - $1,000+": a weather box's
// reading, a price range) names nothing.
bool HasLetterWord(std::string_view text) {
  std::int32_t run = 0;
  for (std::size_t i = 0; i < text.size();) {
    run = u_isalpha(static_cast<UChar32>(NextCodePoint(text, i))) ? run + 1 : 0;
    if (run >= limits::kMinWordLetters) return true;
  }
  return false;
}

// Shaped like a headline: three words to a long sentence, without a full
// stop (". 。", which marks the standfirst or a paragraph; an initialism's stop
// does not) or an address, nor a comma at the end (an item of a tag list),
// nor saying one text twice (a picture's alt and title text on one line),
// nor page furniture shaped like a title (MatchTitleChrome: "Get a Quote"),
// nor figures without a word.
bool IsHeadlineShaped(const std::string& text, const TextLine& l) {
  const std::int32_t words = LineWords(l);
  // A line of several words without a space is a file name or an
  // address slug ("Video-shows-false-killer-whale.jpg").
  if (l.stats.wide == 0 && text.find(' ') == std::string::npos) return false;
  // A full title that opens with a number has it where a sentence's
  // capital would stand ("10 of the best ...": list headlines in sentence
  // case on two sites); a few words after a number are a relative date.
  const bool numbered = std::isdigit(static_cast<unsigned char>(text.front())) != 0 &&
                        words >= limits::kMinFullTitleWords;
  if ((!HasCapital(text) && !numbered) || !HasLetterWord(text)) return false;
  if (CountTrailMarks(text) >= limits::kMinTrailMarks) return false;
  if (MatchTitleChrome(text) != nullptr) return false;
  return IsPlainLine(l) && words >= limits::kMinHeadlineWords && words <= limits::kMaxHeadlineWords &&
         l.stats.chars <= limits::kMaxHeadlineChars && (!EndsWithFullStop(text) || EndsWithInitialism(text)) &&
         text.back() != ',' && text.find("://") == std::string::npos && !SaysItTwice(text);
}

}  // namespace

namespace {

// A word that says what a text is about: one of four letters or more, or
// one of a script without spaces or with accents (short Latin words are
// mostly "the", "and", "for").
bool Telling(const std::string& w) {
  return w.size() >= limits::kMinTellingBytes || static_cast<unsigned char>(w.front()) >= 0x80;
}

// A character that Words() gives as a word of its own: one of a script
// written without spaces (Chinese, Japanese).
bool OneCharacter(const std::string& w) {
  std::size_t at = 0;
  return static_cast<unsigned char>(w.front()) >= 0x80 && NextCodePoint(w, at) >= limits::kFirstUnspacedCodePoint &&
         at == w.size();
}

// The telling words of a text, in order; in a script without spaces, each
// pair of neighbouring characters, since one character alone says little
// ("ニュ"). One word of look-ahead, no list: a block may hold millions.
void ForEachTerm(std::string_view text, const std::function<void(std::string&&)>& visit) {
  std::string word;  // the word waiting for the next one
  bool have = false, one = false, one_before = false;
  auto settle = [&](bool next_one) {
    if (one && next_one) {
      return;  // the pair is given when the next word arrives
    }
    if (Telling(word) && (!one || !one_before)) visit(std::move(word));
  };
  ForEachWord(text, [&](std::string&& next) {
    const bool next_one = OneCharacter(next);
    if (have) {
      if (one && next_one) visit(word + next);
      settle(next_one);
    }
    one_before = have && one;
    word = std::move(next);
    one = next_one;
    have = true;
  });
  if (have) settle(false);
}

// The lines outside the body at which each text stands.
using Copies = std::unordered_map<std::string_view, std::vector<std::int32_t>>;

// Whether body line `i` is a label the copy prints again outside the body
// ("The good" over a paragraph and in the verdict box below, a
// newsletter's item title and its entry in the contents after it): the
// body may keep it or drop it as a repeat, and either way it takes no
// paragraph's place in the header's reading of the body.
bool LabelPrintedOutside(const Document& doc, const Copies& copies, std::size_t i) {
  if (!copies.contains(doc.blocks[i].text)) return false;
  const BlockStats s = MeasureBlock(doc.blocks[i]);
  return !s.sentence_end && !IsProse(s);
}

// The telling words of the body's first lines: what the article is about.
std::unordered_set<std::string> BodyWords(const Document& doc, const std::vector<Verdict>& verdicts,
                                          const Copies& copies, std::int32_t anchor) {
  std::unordered_set<std::string> words;
  std::int32_t lines = 0;
  for (std::size_t i = static_cast<std::size_t>(std::max(anchor, 0));
       i < doc.blocks.size() && lines < limits::kBodyLinesRead; ++i) {
    // A picture's caption beside a paragraph and the points of a summary
    // box over the article say what the article is about as well; a
    // label such as "View Full Profile" does not.
    const bool caption = FigureBesideParagraph(verdicts[i]) && MeasureBlock(doc.blocks[i]).sentence_end;
    if (verdicts[i].role != Role::kBody && !caption && !SummaryBoxLine(verdicts[i])) continue;
    if (!LabelPrintedOutside(doc, copies, i)) ++lines;
    ForEachTerm(doc.blocks[i].text, [&](std::string&& w) { words.insert(std::move(w)); });
  }
  return words;
}

// Share of the line's telling words that the body uses: a headline says
// what the article is about; a menu, a notice or a sign-in box does not.
double BodyOverlap(const std::string& text, const std::unordered_set<std::string>& body) {
  std::int32_t telling = 0, used = 0;
  ForEachTerm(text, [&](std::string&& w) {
    ++telling;
    if (body.count(w) != 0) ++used;
  });
  // One more word in the count: a line of one or two words that the body
  // happens to use ("Wer wir sind") is not sure to be its headline.
  return static_cast<double>(used) / (telling + 1);
}

// Lines from `i` to the nearest of the byline and date lines (`marks`),
// or to the body's start when there is none.
std::int32_t DistanceToHeader(std::int32_t i, std::int32_t anchor, const std::vector<std::int32_t>& marks) {
  if (marks.empty()) return anchor - i;
  std::int32_t d = std::abs(marks.front() - i);
  for (const std::int32_t m : marks) d = std::min(d, std::abs(m - i));
  return d;
}

// Whether `trail` is a breadcrumb trail that a copy glued to `text`
// without a mark: a few words whose last ends in a small letter right
// before the capital that opens `text` ("HomeNewsStory title").
bool GluedTrail(std::string_view trail, std::string_view text) {
  if (trail.empty() || trail.back() == ' ' ||
      static_cast<std::int32_t>(Words(trail).size()) > limits::kMaxGluedKickerWords) {
    return false;
  }
  std::size_t at = 0;
  const auto first = static_cast<UChar32>(NextCodePoint(text, at));
  std::size_t back = trail.size() - 1;
  while (back > 0 && (static_cast<unsigned char>(trail[back]) & 0xC0) == 0x80) --back;
  const auto last = static_cast<UChar32>(NextCodePoint(trail, back));
  return u_islower(last) && (u_isupper(first) || u_istitle(first));
}

// Whether `outer` holds `text` at its start or end, set off by a
// separator: a title line with the site's name ("Story | Site") or a
// breadcrumb trail ending in the story ("Home > News > Story").
bool HoldsAtEdge(std::string_view outer, std::string_view text) {
  if (outer.size() <= text.size()) return false;
  // The first character past the spaces is an ASCII mark ("|", ">", "-").
  const auto separated = [](std::string_view rest) {
    const std::size_t at = rest.find_first_not_of(' ');
    const auto c = at == std::string_view::npos ? 0 : static_cast<unsigned char>(rest[at]);
    return c != 0 && c < 0x80 && std::isalnum(c) == 0;
  };
  if (outer.substr(0, text.size()) == text) return separated(outer.substr(text.size()));
  if (outer.substr(outer.size() - text.size()) == text) {
    std::string rest(outer.substr(0, outer.size() - text.size()));
    std::reverse(rest.begin(), rest.end());
    return separated(rest);
  }
  return false;
}

// The line right above ends with the line's text after a trail glued to
// it ("HomeNewsStory title" above "Story title"): the breadcrumbs.
bool TrailGluedAbove(const Document& doc, std::int32_t i) {
  if (i == 0) return false;
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  const std::string_view above = doc.blocks[static_cast<std::size_t>(i - 1)].text;
  return above.size() > text.size() && above.ends_with(text) &&
         GluedTrail(above.substr(0, above.size() - text.size()), text);
}

// Whether `trail` is a breadcrumb trail printed on one line whose last
// step is `text`: it ends with `text` after a step mark, with
// kMinTrailMarks marks or more before it ("Newsroom/Tips/Story"; one mark
// may set off a kicker: "Market close / Stocks slip"), and is no address.
bool TrailEndingIn(std::string_view trail, std::string_view text) {
  if (text.empty() || trail.size() <= text.size() || !trail.ends_with(text)) return false;
  std::string_view steps = trail.substr(0, trail.size() - text.size());
  while (!steps.empty() && steps.back() == ' ') steps.remove_suffix(1);
  if (steps.find("://") != std::string_view::npos) return false;
  std::size_t marks = 0;
  bool ends_with_mark = false;
  for (const std::string_view mark : lexicon::kTrailStepMarks) {
    ends_with_mark = ends_with_mark || steps.ends_with(mark);
    for (std::size_t at = steps.find(mark); at != std::string_view::npos; at = steps.find(mark, at + mark.size())) {
      ++marks;
    }
  }
  return ends_with_mark && marks >= limits::kMinTrailMarks;
}

// A breadcrumb trail ending in the line stands up to kTrailLinesAbove
// lines above it, past the links and the date line between them ("Home >
// News > Story", "« Previous | Next »", a date, then "Story").
bool TrailAbove(const Document& doc, std::int32_t i) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  for (std::int32_t j = std::max<std::int32_t>(0, i - limits::kTrailLinesAbove); j < i; ++j) {
    if (TrailEndingIn(doc.blocks[static_cast<std::size_t>(j)].text, text)) return true;
  }
  return false;
}

// Another line of the page names the line: the page's title or the end
// of its breadcrumbs.
bool NamedElsewhere(const Document& doc, std::int32_t i) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  for (const Block& b : doc.blocks) {
    if (HoldsAtEdge(b.text, text)) return true;
  }
  return TrailGluedAbove(doc, i);
}

// A picture's credit, in brackets or ending the caption.
bool HasCaptionCredit(const std::string& text) {
  const Heuristics& h = GetHeuristics();
  std::string before, credit;
  return h.caption_credit.PartialMatch(text) || h.caption_credit_trailing.PartialMatch(text) ||
         h.caption_credit_by.FullMatch(text, &before, &credit);
}

// A picture's credit alone on the line right below: "© Jane Doe",
// "(Photos by ...)", "Photo: ...". The line above it is the picture's
// caption, or at times the headline above a lead picture without one.
bool CreditLineBelow(const Document& doc, std::int32_t i) {
  static constexpr std::string_view kCopyrightSign = "\u00A9";
  const auto next = static_cast<std::size_t>(i + 1);
  if (next >= doc.blocks.size()) return false;
  const std::string& text = doc.blocks[next].text;
  if (MatchCreditLine(text) != nullptr) return true;
  return text.starts_with(kCopyrightSign) || (text.starts_with("(") && HasCaptionCredit(text));
}

// A subhead of the body that rewords the line ("Key Features to Look for
// in X" under "What Features to Look For in X"): a headline-shaped line
// with other words. A caption the body prints again is the same text.
bool RewordedSubhead(const std::string& text, const Block& b) {
  return b.text != text && IsHeadlineShaped(b.text, MeasureTextLine(b));
}

// A picture's caption: under an image's label ("Image", "Photo"), above a
// caption box's control ("toggle caption"), with a credit of its own, or
// again in the body (the copy prints the caption twice). A line at the
// header (`at_header`) or named by the title or breadcrumbs that the body
// repeats is the headline, which the body's first subhead often rewords
// ("How to X" above "How to X: A Full Guide"); elsewhere, a body line that
// rewords it as a subhead does not make it a caption.
bool CaptionLike(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t i, std::int32_t anchor,
                 bool at_header) {
  const Heuristics& h = GetHeuristics();
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  if (i > 0 && h.caption_control.FullMatch(doc.blocks[static_cast<std::size_t>(i - 1)].text)) return true;
  if (i + 1 < n) {
    const std::string& next = doc.blocks[static_cast<std::size_t>(i + 1)].text;
    if (h.caption_control.FullMatch(next) && !h.image_label.FullMatch(next)) return true;
  }
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  if (HasCaptionCredit(text)) return true;
  const WordList words = Words(text);
  if (at_header || static_cast<std::int32_t>(words.size()) < limits::kMinRepeatedCaptionWords) return false;
  std::int32_t lines = 0;
  for (std::int32_t j = std::max(anchor, 0); j < n && lines < limits::kBodyLinesRead; ++j) {
    if (verdicts[static_cast<std::size_t>(j)].role != Role::kBody) continue;
    ++lines;
    const Block& b = doc.blocks[static_cast<std::size_t>(j)];
    if (Similarity(words, Words(b.text)) >= limits::kRepeatedCaptionShare && !RewordedSubhead(text, b)) return true;
  }
  return false;
}

// A line the caption right below repeats with its credit added is that
// picture's alt text, not a title.
bool AltTextOfCaption(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t i) {
  const auto next = static_cast<std::size_t>(i + 1);
  if (i < 0 || next >= doc.blocks.size() || verdicts[next].role != Role::kCaption) return false;
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  // The same line twice is more often a headline and its copy.
  const std::string& caption = doc.blocks[next].text;
  return caption.size() > text.size() && caption.compare(0, text.size(), text) == 0;
}

// A copy that opens with the page's title line, the site's name and a
// tagline or the headline and the site's name set off by a separator
// ("Valley Courier - Daily news"), rather than with the article's header,
// which a byline right below the first line marks.
bool OpensWithTitleLine(std::string_view first, std::int32_t byline) {
  if (byline >= 0 && byline <= limits::kNearHeaderLines) return false;
  return TitleParts(first).size() > 1;
}

// Right above the byline or date line, between the two, or (without
// them) right above the body's start.
bool AtHeader(std::int32_t i, std::int32_t anchor, const std::vector<std::int32_t>& marks) {
  if (marks.empty()) return anchor - i <= limits::kNearHeaderLines;
  const auto [lo, hi] = std::minmax_element(marks.begin(), marks.end());
  return (i > *lo && i < *hi) || *lo - i == 1;
}

// Whether `text` is `name` with a word or two added ("Jane Doe's
// avatar", "Jane Doe photo").
bool NameWithWordsAdded(std::string_view text, std::string_view name) {
  if (name.empty() || text.size() <= name.size() || !text.starts_with(name)) return false;
  return Words(text.substr(name.size())).size() <= limits::kMaxAltWordsAdded;
}

// Whether `text` is `name` and one word in small letters ("Acme Health
// wordmark", "Story title cover"): what a picture's alt text adds to the
// name it shows. A title's short form lacks words with a capital or a
// number ("Best Tents" beside "Best Tents of 2026").
bool NameWithLowercaseWord(std::string_view text, std::string_view name) {
  if (name.empty() || text.size() <= name.size() + 1 || !text.starts_with(name) || text[name.size()] != ' ') {
    return false;
  }
  const std::string_view rest = text.substr(name.size() + 1);
  return std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A line that is the next one with a word or two added is the alt text of
// the picture above that line (an author's portrait, a logo), not a title;
// so is a nearby line of several words with one word in small letters
// added: a logo's or a cover picture's alt text printed apart from the
// name it shows ("Acme Health wordmark" lines above "Acme Health").
bool PictureAltOfNext(const Document& doc, std::int32_t i) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  if (i + 1 < n && NameWithWordsAdded(text, doc.blocks[static_cast<std::size_t>(i + 1)].text)) return true;
  for (std::int32_t j = std::max(0, i - limits::kAltNameReach); j < std::min(n, i + limits::kAltNameReach + 1); ++j) {
    const Block& b = doc.blocks[static_cast<std::size_t>(j)];
    if (j != i && NameWithLowercaseWord(text, b.text) && Words(b.text).size() >= limits::kMinAltNameWords) return true;
  }
  return false;
}

// The names that the byline right below prints again after its prefix
// ("Jane Roe and John Doe" over "By Jane Roe and John Doe"): the
// author card's or portrait's text, which text copies print over the
// byline on many sites; several names or a middle initial make it as
// long as a headline.
bool NamesOfBylineBelow(const Document& doc, std::int32_t i) {
  const auto next = static_cast<std::size_t>(i + 1);
  if (next >= doc.blocks.size()) return false;
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  const std::string_view below = doc.blocks[next].text;
  return below.size() > text.size() && below.ends_with(text) &&
         IsBylinePrefixOnly(Trim(below.substr(0, below.size() - text.size())));
}

// The line right below is a picture's alt text: an author's portrait
// ("Jane Doe's avatar" above "Jane Doe").
bool AbovePortrait(const Document& doc, std::int32_t i) {
  return i + 1 < static_cast<std::int32_t>(doc.blocks.size()) && PictureAltOfNext(doc, i + 1);
}

// A full title: shaped like a headline and long enough not to be a kicker,
// share links or an author link.
bool IsFullTitle(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t i) {
  if (!IsFree(verdicts, i)) return false;
  const Block& b = doc.blocks[static_cast<std::size_t>(i)];
  const TextLine l = MeasureTextLine(b);
  return IsHeadlineShaped(b.text, l) && LineWords(l) >= limits::kMinFullTitleWords;
}

// When the date line and the byline enclose the chosen line, the header
// between them reads headline, then standfirst or kicker: the first full
// title there is the headline.
std::int32_t FirstTitleBetweenMarks(const Document& doc, const std::vector<Verdict>& verdicts,
                                    const std::vector<std::int32_t>& marks, std::int32_t best) {
  if (marks.size() != 2) return best;
  const std::int32_t upper = std::min(marks[0], marks[1]);
  const std::int32_t lower = std::max(marks[0], marks[1]);
  if (best <= upper || best >= lower || lower - upper > limits::kMaxMarksApart) return best;
  for (std::int32_t i = upper + 1; i < best; ++i) {
    if (IsFullTitle(doc, verdicts, i)) return i;
  }
  return best;
}

// The nearest line above `i` that is not page furniture (share links, a
// menu, a label of a word or two: "Social Sharing"), or -1.
std::int32_t ContentLineAbove(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t i,
                              std::int32_t first) {
  for (std::int32_t j = i - 1; j >= first && j >= i - 1 - limits::kFurnitureLinesSkipped; --j) {
    if (!IsFree(verdicts, j)) return -1;
    const TextLine l = MeasureTextLine(doc.blocks[static_cast<std::size_t>(j)]);
    if (l.chrome == nullptr && LineWords(l) >= limits::kMinHeadlineWords) return j;
  }
  return -1;
}

// A standfirst written as a sentence: a plain line of several words that
// ends in a full stop (". 。").
bool IsStandfirstSentence(const Block& b) {
  const TextLine l = MeasureTextLine(b);
  return IsPlainLine(l) && LineWords(l) >= limits::kMinStandfirstWords && EndsWithFullStop(b.text) &&
         !EndsWithInitialism(b.text);
}

// A headline comes before its standfirst, a second deck or a caption
// after it: a full title right above a standfirst sentence that stands
// above the chosen line is the headline, when it speaks of what the body
// does at least half as often as the chosen line.
std::int32_t TitleAboveStandfirst(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                                  std::int32_t first, const std::unordered_set<std::string>& body) {
  const std::int32_t standfirst = ContentLineAbove(doc, verdicts, best, first);
  if (standfirst < 0 || !IsStandfirstSentence(doc.blocks[static_cast<std::size_t>(standfirst)])) return best;
  const std::int32_t title = ContentLineAbove(doc, verdicts, standfirst, first);
  if (title < 0 || !IsFullTitle(doc, verdicts, title)) return best;
  const double title_overlap = BodyOverlap(doc.blocks[static_cast<std::size_t>(title)].text, body);
  return title_overlap * 2 >= BodyOverlap(doc.blocks[static_cast<std::size_t>(best)].text, body) ? title : best;
}

// Whether the line at `j` opens with a line printed above it, as far up
// as a label's title is looked for (kLabelTitleReach): a headline printed
// again under a video or a picture ("Title Video").
bool RepeatsLineAbove(const Document& doc, std::int32_t j) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(j)].text;
  for (std::int32_t k = std::max(0, j - limits::kLabelTitleReach); k < j; ++k) {
    const std::string& above = doc.blocks[static_cast<std::size_t>(k)].text;
    if (!above.empty() && text.starts_with(above)) return true;
  }
  return false;
}

// A full title with its standfirst under it (past share links or a label
// of a word or two), the header's top: a sentence, or a plain line that
// says more than the title (a deck without its full stop) and does not
// print a line above it again.
bool TitleOverStandfirst(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t i,
                         std::int32_t limit) {
  if (!IsFullTitle(doc, verdicts, i)) return false;
  const std::int32_t title_words = LineWords(MeasureTextLine(doc.blocks[static_cast<std::size_t>(i)]));
  for (std::int32_t j = i + 1; j < limit && j <= i + 1 + limits::kFurnitureLinesSkipped; ++j) {
    if (!IsFree(verdicts, j)) return false;
    const Block& b = doc.blocks[static_cast<std::size_t>(j)];
    const TextLine l = MeasureTextLine(b);
    if (IsStandfirstSentence(b) || (IsPlainLine(l) && LineWords(l) > title_words && !RepeatsLineAbove(doc, j))) {
      return true;
    }
    if (LineWords(l) >= limits::kMinHeadlineWords) return false;
  }
  return false;
}

// A label of a word to three beside the byline or date line (a topic, a
// place: "Election night", "Lyon, Villeurbanne") gives way to a full title
// over its standfirst sentence a few lines above it, share links, a
// picture's caption or a teaser between, when the title speaks of what
// the body does at least half as often as the label and stands under no
// other title (as a teaser list's items do).
std::int32_t TitleAboveLabel(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                             std::int32_t first, std::int32_t anchor, const std::vector<std::int32_t>& marks,
                             const std::unordered_set<std::string>& body) {
  if (best < 0 || marks.empty() || DistanceToHeader(best, anchor, marks) > limits::kNearHeaderLines) return best;
  const Block& label = doc.blocks[static_cast<std::size_t>(best)];
  if (LineWords(MeasureTextLine(label)) > limits::kMaxHeaderLabelWords) return best;
  const double label_overlap = BodyOverlap(label.text, body);
  std::int32_t title = best;
  for (std::int32_t i = best - 1; i >= first && i >= best - limits::kLabelTitleReach; --i) {
    if (!IsFree(verdicts, i) && std::find(marks.begin(), marks.end(), i) == marks.end()) break;
    // The topmost: a standfirst over a second deck is a title over its
    // standfirst too. A title right under another is an item of a teaser
    // list, not the header's top.
    if (TitleOverStandfirst(doc, verdicts, i, best) && !(i > 0 && IsFullTitle(doc, verdicts, i - 1)) &&
        BodyOverlap(doc.blocks[static_cast<std::size_t>(i)].text, body) * 2 >= label_overlap) {
      title = i;
    }
  }
  return title;
}

// A kicker, a topic of a few words ("Krieg in der Ukraine", "Middle East
// crisis"), stands right above its headline: a chosen line shorter than a
// full title gives way to a headline-shaped line just below it that has
// more words and speaks of what the body does as much, unless a third
// such line follows (a contents list or a table's rows, not a header).
std::int32_t HeadlineBelowKicker(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                                 std::int32_t limit, const std::vector<std::int32_t>& marks,
                                 const std::unordered_set<std::string>& body) {
  const std::int32_t below = best + 1;
  if (best < 0 || below >= limit || !IsFree(verdicts, below)) return best;
  if (std::find(marks.begin(), marks.end(), below) != marks.end()) return best;
  const Block& kicker = doc.blocks[static_cast<std::size_t>(best)];
  const Block& title = doc.blocks[static_cast<std::size_t>(below)];
  const TextLine k = MeasureTextLine(kicker);
  const TextLine t = MeasureTextLine(title);
  if (k.stats.words >= limits::kMinFullTitleWords || t.stats.words <= k.stats.words) return best;
  // Only a credit rules the line out: a headline that the body repeats
  // is no caption here, right below a kicker.
  if (!IsHeadlineShaped(title.text, t) || HasCaptionCredit(title.text)) return best;
  if (below + 1 < static_cast<std::int32_t>(doc.blocks.size())) {
    const Block& next = doc.blocks[static_cast<std::size_t>(below + 1)];
    if (IsHeadlineShaped(next.text, MeasureTextLine(next))) return best;
  }
  return BodyOverlap(title.text, body) >= BodyOverlap(kicker.text, body) ? below : best;
}

// Where a copy glued a kicker to the line's next element: a small letter
// right before a capital inside a word ("Market closeStocks slip"), after
// two or three words, in a word that the body never prints (a name
// written so, "WordPress", recurs in the body); npos when there is none.
std::size_t KickerSeam(std::string_view text, const std::unordered_set<std::string>& body) {
  bool lower = false;
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    if (c == ' ') word_start = i;
    if (lower && (u_isupper(c) || u_istitle(c))) {
      const auto words = static_cast<std::int32_t>(Words(text.substr(0, at)).size());
      if (words < limits::kMinGluedKickerLineWords || words > limits::kMaxGluedKickerLineWords) {
        return std::string_view::npos;
      }
      const std::size_t word_end = std::min(text.find(' ', at), text.size());
      const WordList glued = Words(text.substr(word_start, word_end - word_start));
      const bool printed = std::any_of(glued.begin(), glued.end(), [&](const std::string& w) {
        return body.count(w) != 0;
      });
      return glued.size() == 1 && !printed ? at : std::string_view::npos;
    }
    lower = u_islower(c);
  }
  return std::string_view::npos;
}

// Whether `line` is `text` with a mark set in at `seam` ("Kicker / Title"
// under "KickerTitle").
bool MarkedAtSeam(std::string_view line, std::string_view text, std::size_t seam) {
  const std::string_view left = text.substr(0, seam), right = text.substr(seam);
  if (line.size() <= text.size() || !line.starts_with(left) || !line.ends_with(right)) return false;
  const std::string_view mark = line.substr(left.size(), line.size() - text.size());
  return std::none_of(mark.begin(), mark.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// A kicker glued to the next element ("Market closeStocks slip") stands
// over the headline: the chosen line gives way to a headline-shaped line
// right below it, or to its own text printed there with the mark between
// the two (a picture's alt text: "Market close / Stocks slip").
std::int32_t HeadlineBelowGluedKicker(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                                      std::int32_t limit, const std::unordered_set<std::string>& body) {
  if (best < 0 || best + 1 >= static_cast<std::int32_t>(doc.blocks.size())) return best;
  const std::string& text = doc.blocks[static_cast<std::size_t>(best)].text;
  const std::size_t seam = KickerSeam(text, body);
  if (seam == std::string_view::npos) return best;
  const Block& below = doc.blocks[static_cast<std::size_t>(best + 1)];
  if (MarkedAtSeam(below.text, text, seam)) return best + 1;
  const TextLine l = MeasureTextLine(below);
  return best + 1 < limit && IsFree(verdicts, best + 1) && IsHeadlineShaped(below.text, l) ? best + 1 : best;
}

// Whether `text` prints `phrase` as words of its own: a space or the
// start before it, a space, a colon or the end after it ("Silicon Valley
// Bank" in "Kollaps der Silicon Valley Bank US-Notenbank ...", "Budget" in
// "Budget: Council approves ..."; not "Haftbefehl" in "Haftbefehl-Doku").
bool PrintsPhrase(std::string_view text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ' || text[end] == ':')) return true;
  }
  return false;
}

// Whether `above` opens with a topic of a word to three set off by a
// colon that `text` does not print ("Haftbefehl: Streeck lobt Doku" over
// "Streeck lobt Haftbefehl-Doku"): the page's search title, which news
// sites print in the trail or a teaser box over the header. A topic that
// the line prints in its kicker ("Kollaps der Silicon Valley Bank ...")
// leaves the upper line the headline.
bool SearchTitleOver(std::string_view above, std::string_view text) {
  const std::size_t colon = above.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view topic = above.substr(0, colon);
  const std::size_t words = Words(topic).size();
  return words >= 1 && words <= limits::kMaxSearchTopicWords && !PrintsPhrase(text, topic);
}

// A page prints its headline and, a line or two below, the same title
// reworded (a teaser's or a share box's); the upper one is the headline.
// Both are full titles, neither holds the other (a trail or the site's
// name glued to it), and the upper one is no search title set off by its
// topic (SearchTitleOver).
std::int32_t ReworkedTitleAbove(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                                std::int32_t first) {
  if (best < 0 || !IsFullTitle(doc, verdicts, best)) return best;
  const std::string& text = doc.blocks[static_cast<std::size_t>(best)].text;
  const WordList words = Words(text);
  for (std::int32_t i = best - 1; i >= first && i >= best - limits::kReworkedTitleLines; --i) {
    if (!IsFree(verdicts, i)) return best;
    const std::string& above = doc.blocks[static_cast<std::size_t>(i)].text;
    if (IsFullTitle(doc, verdicts, i) && above.find(text) == std::string::npos &&
        text.find(above) == std::string::npos && !SearchTitleOver(above, text) &&
        Similarity(words, Words(above)) >= limits::kReworkedTitleShare) {
      return i;
    }
  }
  return best;
}

// Whether `line` starts with `text` and goes on, past a colon or a
// space, by more words than a picture's alt text adds ("Pros and Cons of
// X" beside "Pros and Cons of X: Is It Right for You?"); a mark that sets
// off the site's name or a section ("X | Site") ends no headline this way.
bool GoesOnPast(std::string_view line, std::string_view text) {
  if (line.size() <= text.size() + 1 || !line.starts_with(text)) return false;
  const std::string_view rest = line.substr(text.size());
  const bool goes_on = (rest[0] == ':' && rest[1] == ' ') ||
                       (rest[0] == ' ' && std::isalnum(static_cast<unsigned char>(rest[1])) != 0);
  return goes_on && Words(rest).size() > limits::kMaxAltWordsAdded;
}

// Whether `line` ends with `text` after a kicker set off by a colon ("The
// Open Source Project: Short Form") that speaks of what the body does: a
// label before a colon ("Share this story:", "Sharing options for:") does
// not.
bool KickerBefore(std::string_view line, std::string_view text, const std::unordered_set<std::string>& body) {
  if (line.size() <= text.size() || !line.ends_with(text)) return false;
  const std::string_view kicker = line.substr(0, line.size() - text.size());
  return kicker.ends_with(": ") && Words(kicker).size() > limits::kMaxAltWordsAdded &&
         BodyOverlap(std::string(kicker), body) > 0;
}

// Whether `line` ends with `text` in brackets after a title of its own
// ("What Is a CDN? (Content Delivery Network)").
bool BracketedAtEnd(std::string_view line, std::string_view text) {
  const std::string bracketed = "(" + std::string(text) + ")";
  return line.size() > bracketed.size() && line.ends_with(bracketed) &&
         Words(line).size() > Words(text).size() + limits::kMaxAltWordsAdded;
}

// The chosen line cut short: a headline-shaped line a few lines off that
// holds it with more words, at its start, after a kicker, or in brackets
// at its end.
std::int32_t FullerTitleNear(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t best,
                             std::int32_t first, std::int32_t limit, const std::unordered_set<std::string>& body) {
  if (best < 0) return best;
  const std::string& text = doc.blocks[static_cast<std::size_t>(best)].text;
  const std::int32_t from = std::max(first, best - limits::kFullerTitleLines);
  for (std::int32_t i = from; i < std::min(limit, best + limits::kFullerTitleLines + 1); ++i) {
    if (i == best || !IsFree(verdicts, i)) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    if ((GoesOnPast(b.text, text) || KickerBefore(b.text, text, body) || BracketedAtEnd(b.text, text)) &&
        IsHeadlineShaped(b.text, MeasureTextLine(b))) {
      return i;
    }
  }
  return best;
}

// Whether the line at `i` and the one `step` from it stand, in that
// order, somewhere else too: a menu or a list printed twice (in the
// header and the footer), not one line repeated.
bool CopiedWithNeighbour(const Document& doc, const Copies& copies, std::int32_t i, std::int32_t step) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  if (i + step < 0 || i + step >= n) return false;
  const std::string& neighbour = doc.blocks[static_cast<std::size_t>(i + step)].text;
  if (neighbour == text) return false;
  const std::vector<std::int32_t>& at = copies.at(text);
  for (const std::int32_t j : std::span(at).first(std::min(at.size(), thresholds::header::kMaxCopiesCompared))) {
    if (j != i && j + step >= 0 && j + step < n && doc.blocks[static_cast<std::size_t>(j + step)].text == neighbour) {
      return true;
    }
  }
  return false;
}

// A line printed again outside the body, on its own: a headline repeated
// in the breadcrumbs or a share box. A text that stands twice beside the
// same neighbour, above or below, is an item of a menu or a box printed
// twice (in the header and the footer), wherever else it stands: the
// menu's first or last item has that neighbour on one side only.
bool RepeatedAlone(const Document& doc, const Copies& copies, std::int32_t i) {
  const auto it = copies.find(doc.blocks[static_cast<std::size_t>(i)].text);
  if (it == copies.end() || it->second.size() < 2) return false;
  const std::vector<std::int32_t>& at = it->second;
  for (const std::int32_t j : std::span(at).first(std::min(at.size(), thresholds::header::kMaxCopiesCompared))) {
    if (CopiedWithNeighbour(doc, copies, j, -1) || CopiedWithNeighbour(doc, copies, j, 1)) return false;
  }
  return true;
}

// The line is an item of a menu (a section's or the site's name), not a
// headline repeated at the end of the breadcrumbs or in a share box, where
// a longer line stands beside it: another copy of it stands between two
// labels of a few words, or it does itself and is printed again lower in
// the header (as the kicker over the headline).
bool MenuItem(const Document& doc, const Copies& copies, std::int32_t i, std::int32_t anchor) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  const auto label = [&](std::int32_t k) {
    return k >= 0 && k < n &&
           MeasureTextLine(doc.blocks[static_cast<std::size_t>(k)]).stats.words <= limits::kMaxMenuLabelWords;
  };
  const auto among_labels = [&](std::int32_t j) { return label(j - 1) && label(j + 1); };
  const std::vector<std::int32_t>& at = copies.at(doc.blocks[static_cast<std::size_t>(i)].text);
  bool again_below = false;
  for (const std::int32_t j : std::span(at).first(std::min(at.size(), thresholds::header::kMaxCopiesCompared))) {
    if (j != i && among_labels(j)) return true;
    again_below = again_below || (j > i && j < anchor);
  }
  return again_below && among_labels(i);
}

// The opening `reach` bytes of `text`, cut at a space (else at a
// character's start).
std::string_view Opening(std::string_view text, std::size_t reach) {
  if (text.size() <= reach) return text;
  const std::size_t cut = text.rfind(' ', reach);
  return cut == std::string_view::npos ? Utf8Prefix(text, reach) : text.substr(0, cut);
}

}  // namespace

bool OpensWithFooterName(const Document& doc, std::int32_t i) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  const std::vector<std::string> line = Words(text);
  if (line.size() < limits::kMinSiteNameWords + 1) return false;
  const std::size_t reach = limits::kFooterNameSlackBytes + 2 * text.size();
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  for (std::int32_t k = std::max(i + 1, n - limits::kFooterLinesRead); k < n; ++k) {
    const std::vector<std::string> footer = Words(Opening(doc.blocks[static_cast<std::size_t>(k)].text, reach));
    for (std::size_t at = 0; at < footer.size() && at <= limits::kMaxSiteNameOffset; ++at) {
      std::size_t named = 0;
      while (at + named < footer.size() && named < line.size() && footer[at + named] == line[named]) ++named;
      const std::size_t after = line.size() - named;
      if (named >= limits::kMinSiteNameWords && after >= 1 && after <= limits::kMaxMenuWordsAfterName) return true;
    }
  }
  return false;
}

namespace {

// Lines from `i` and from `j` that match in order, counting from `step`
// away, up to `max` and without the two runs meeting.
std::int32_t MatchingLines(const Document& doc, std::int32_t i, std::int32_t j, std::int32_t step, std::int32_t max) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  std::int32_t k = 0;
  for (std::int32_t a = i + step, b = j + step; k < max && a >= 0 && b >= 0 && a < n && b < n && a != j && b != i;
       a += step, b += step, ++k) {
    if (doc.blocks[static_cast<std::size_t>(a)].text != doc.blocks[static_cast<std::size_t>(b)].text) break;
  }
  return k;
}

// Every line from `from` to `to` but `i` is a label of a word or two (or a
// breadcrumb mark): with the line, a breadcrumb trail that ends in the
// headline, printed twice ("Home / News / Story", in the header and the
// footer), not a menu of titles.
bool LabelsBeside(const Document& doc, std::int32_t i, std::int32_t from, std::int32_t to) {
  for (std::int32_t k = from; k <= to; ++k) {
    if (k != i && MeasureTextLine(doc.blocks[static_cast<std::size_t>(k)]).stats.words >= limits::kMinHeadlineWords) {
      return false;
    }
  }
  return true;
}

// The line stands in a run of lines that a copy of it elsewhere stands in
// too, in the same order: an item of a menu or a list printed twice.
bool InCopiedRun(const Document& doc, const Copies& copies, std::int32_t i) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  const auto it = copies.find(text);
  if (it == copies.end() || it->second.size() < 2) return false;
  const std::vector<std::int32_t>& at = it->second;
  const std::int32_t needed = limits::kMinCopiedRunLines - 1;
  for (const std::int32_t j : std::span(at).first(std::min(at.size(), thresholds::header::kMaxCopiesCompared))) {
    if (j == i) continue;
    const std::int32_t above = MatchingLines(doc, i, j, -1, needed);
    const std::int32_t below = MatchingLines(doc, i, j, 1, needed - above);
    if (above + below >= needed && !LabelsBeside(doc, i, i - above, i + below)) return true;
  }
  return false;
}

// For each line, the first line that prints its text, the next one
// below it that does (or -1), and how many prose lines stand above it.
struct LineIndex {
  std::vector<std::int32_t> first_copy;
  std::vector<std::int32_t> next_copy;
  std::vector<std::int32_t> prose_above;
};

LineIndex IndexLines(const Document& doc) {
  const std::size_t n = doc.blocks.size();
  // prose_above starts at {0}, none above line 0, and gets n more: n + 1.
  LineIndex index{std::vector<std::int32_t>(n), std::vector<std::int32_t>(n, -1), {0}};
  index.prose_above.reserve(n + 1);
  std::unordered_map<std::string_view, std::int32_t> first, last;
  for (std::size_t k = 0; k < n; ++k) {
    const auto at = static_cast<std::int32_t>(k);
    const std::string_view text = doc.blocks[k].text;
    index.first_copy[k] = first.try_emplace(text, at).first->second;
    if (const auto it = last.find(text); it != last.end()) index.next_copy[static_cast<std::size_t>(it->second)] = at;
    last[text] = at;
    index.prose_above.push_back(index.prose_above.back() + (IsProse(MeasureBlock(doc.blocks[k])) ? 1 : 0));
  }
  return index;
}

// The next line below `below` that prints the text of line `k`, or -1
// (a text printed more than kMaxCopiesCompared times is no subheading).
std::int32_t NextCopy(const LineIndex& index, std::int32_t k, std::int32_t below) {
  std::int32_t copy = index.next_copy[static_cast<std::size_t>(k)];
  for (std::size_t steps = 1; copy >= 0 && copy <= below && steps < thresholds::header::kMaxCopiesCompared; ++steps) {
    copy = index.next_copy[static_cast<std::size_t>(copy)];
  }
  return copy > below ? copy : -1;
}

// Whether the kMinContentsEntries lines from `start` each stand again
// below them, in the same order, with prose between each copy and the
// next: a contents list and the subheadings over the sections it names
// (a list of teaser titles printed again has names and dates between
// them, a menu printed twice nothing).
bool ContentsRun(const LineIndex& index, std::int32_t start) {
  const std::int32_t end = start + limits::kMinContentsEntries;
  if (start < 0 || end > static_cast<std::int32_t>(index.next_copy.size())) return false;
  const auto prose = [&](std::int32_t line) { return index.prose_above[static_cast<std::size_t>(line)]; };
  std::int32_t previous = end - 1;
  for (std::int32_t k = start; k < end; ++k) {
    const std::int32_t copy = NextCopy(index, k, previous);
    if (copy < 0 || (k > start && prose(copy) == prose(previous + 1))) return false;
    previous = copy;
  }
  return true;
}

// An entry of the article's contents list, or the subheading it names:
// a line printed just twice, and it or its first copy stands in such a
// run. A line printed a third time is no such pair: a ticker's title at
// the top, the story's headline, and again in a "Most read" list under it.
bool ContentsEntry(const LineIndex& index, std::int32_t i) {
  const std::int32_t second = index.next_copy[static_cast<std::size_t>(index.first_copy[static_cast<std::size_t>(i)])];
  if (second < 0 || index.next_copy[static_cast<std::size_t>(second)] >= 0) return false;
  for (const std::int32_t j : {index.first_copy[static_cast<std::size_t>(i)], i}) {
    for (std::int32_t start = j - limits::kMinContentsEntries + 1; start <= j; ++start) {
      if (ContentsRun(index, start)) return true;
    }
  }
  return false;
}

// Of the words of a text past its first, those of kMinCasedWordLetters
// letters or more (short words keep a small letter in a title too: "of",
// "the", "in"), and how many of them open with a capital.
struct CaseCount {
  std::int32_t weighed = 0;
  std::int32_t capitalised = 0;
};

CaseCount CountCapitalisedWords(std::string_view text) {
  CaseCount count;
  std::int32_t letters = 0, words = 0;
  bool capital = false;
  const auto end_word = [&] {
    if (letters > 0 && words++ > 0 && letters >= limits::kMinCasedWordLetters) {
      ++count.weighed;
      if (capital) ++count.capitalised;
    }
    letters = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    if (!u_isalpha(c)) {
      end_word();
    } else if (letters++ == 0) {
      capital = u_isupper(c) || u_istitle(c);
    }
  }
  end_word();
  return count;
}

// Whether the cased words counted are in title case, or in sentence case
// (see kTitleCaseScore).
bool TitleCaseShare(const CaseCount& c) { return c.capitalised >= limits::kTitleCaseShare * c.weighed; }
bool SentenceCaseShare(const CaseCount& c) {
  return c.weighed > 0 && c.capitalised <= limits::kSentenceCaseShare * c.weighed;
}

// A heading in title case ("Perfect Your Pour: The 5 Best Kettles") over
// a line written as a sentence ("Maximize the flavor of your coffee"):
// the headline and its standfirst, whichever is the longer.
bool TitleOverSentence(std::string_view upper, std::string_view lower) {
  const CaseCount up = CountCapitalisedWords(upper);
  const CaseCount low = CountCapitalisedWords(lower);
  if (up.weighed < limits::kMinCasedWords || low.weighed < limits::kMinCasedWords) return false;
  return TitleCaseShare(up) && SentenceCaseShare(low);
}

// Whether the body's first lines are written in sentence case: few of
// their cased words open with a capital (English prose; German capitalises
// every noun, so a title-case line there stands out from nothing). Labels
// printed again outside the body ("The Good") are not its prose.
bool SentenceCaseBody(const Document& doc, const std::vector<Verdict>& verdicts, const Copies& copies,
                      std::int32_t anchor) {
  CaseCount all;
  std::int32_t lines = 0;
  for (std::size_t i = static_cast<std::size_t>(std::max(anchor, 0));
       i < doc.blocks.size() && lines < limits::kBodyLinesRead; ++i) {
    if (verdicts[i].role != Role::kBody || LabelPrintedOutside(doc, copies, i)) continue;
    ++lines;
    const CaseCount c = CountCapitalisedWords(doc.blocks[i].text);
    all.weighed += c.weighed;
    all.capitalised += c.capitalised;
  }
  return SentenceCaseShare(all);
}

}  // namespace

bool InTitleCase(std::string_view text) {
  const CaseCount c = CountCapitalisedWords(text);
  return c.weighed >= limits::kTitleCaseMinCasedWords && TitleCaseShare(c);
}

namespace {

// Whether `lower`, under `upper`, may be its deck. Where the body is
// written in sentence case, a lower line in title case, of one part (no
// row of fields set off by separators: "By X • Role • Updated ..."), is
// no deck but the headline under a section's, a column's or the site's
// name; unless it prints the upper one again after a trail glued to it
// ("HomeTitle"), or sits right over the date line where no byline was
// found (`names_over_date`: the writers' names, "Jane Doe and John Roe
// Paper" over "Published 10:02 AM").
bool DeckShaped(const std::string& upper, const std::string& lower, bool sentence_case, bool names_over_date) {
  const bool title_below = sentence_case && !names_over_date && InTitleCase(lower) && TitleParts(lower).size() == 1;
  return !title_below || lower.ends_with(upper);
}

// The line as a title would print it: a sentence's closing stop off.
std::string WithoutFullStop(const std::string& text) {
  return text.ends_with('.') ? text.substr(0, text.size() - 1) : text;
}

// A title over a few short lines (share buttons, a "Photo / Reuters"
// credit) makes the sentence under them its standfirst or caption; a
// credit line there is the picture's, no title (review probes, 2026-12).
bool TitleOverShortLines(const Document& doc, std::int32_t i) {
  std::int32_t k = i - 1;
  for (std::int32_t skipped = 0; k >= 0 && skipped < limits::kSentenceTitleShortLinesOver; --k, ++skipped) {
    if (MeasureTextLine(doc.blocks[static_cast<std::size_t>(k)]).stats.words >= limits::kSentenceTitleShortWords) {
      break;
    }
  }
  if (k < 0) return false;
  const Block& over = doc.blocks[static_cast<std::size_t>(k)];
  return !IsPhotoCreditLine(over.text) && IsHeadlineShaped(WithoutFullStop(over.text), MeasureTextLine(over));
}

// A trail's or page title's line with a kicker ("KNOWHOW How to use it.")
// whose end the header prints again below as the bare headline: that line
// is the headline (a tech magazine's copy, review probes in two languages).
bool PrintedAgainBelow(const Document& doc, std::int32_t i, std::int32_t top) {
  const std::string stem = WithoutFullStop(doc.blocks[static_cast<std::size_t>(i)].text);
  const std::int32_t end =
      std::min(static_cast<std::int32_t>(doc.blocks.size()), top + limits::kSentenceTitleRepeatReach);
  for (std::int32_t k = i + 1; k < end; ++k) {
    const std::string& below = doc.blocks[static_cast<std::size_t>(k)].text;
    if (below.size() * 2 > stem.size() && stem.ends_with(below)) return true;
  }
  return false;
}

// A headline written as one sentence, full stop and all ("Twelve months
// of firing a wood kiln."), on two blogs' copies: the line is the top
// of the header block (the byline or date line follows within
// kSentenceTitleClearLines, a date at most between), the line over it is a
// few words (a menu's last item, a sign-in link: no notice's sentence
// under prose) and no title stands just over it (kSentenceTitleClearLines).
bool SentenceTitleOverHeader(const Document& doc, std::int32_t i, std::int32_t top, const TextLine& l) {
  if (i >= top || top - i > limits::kSentenceTitleClearLines) return false;
  const std::string& text = doc.blocks[static_cast<std::size_t>(i)].text;
  if (!text.ends_with('.') || text.ends_with("..") || text.find(". ") != std::string::npos) return false;
  // A title's length: a standfirst printed over the byline says more.
  if (LineWords(l) > limits::kMaxScoredWords || !IsHeadlineShaped(WithoutFullStop(text), l)) return false;
  for (std::int32_t k = std::max(0, i - limits::kSentenceTitleClearLines); k < i; ++k) {
    const Block& above = doc.blocks[static_cast<std::size_t>(k)];
    const TextLine over = MeasureTextLine(above);
    if (IsHeadlineShaped(WithoutFullStop(above.text), over)) return false;
    if (k == i - 1 && over.stats.words >= limits::kMinFullTitleWords) return false;
  }
  return !TitleOverShortLines(doc, i) && !PrintedAgainBelow(doc, i, top);
}

std::int32_t FindTitle(const Document& doc, const std::vector<Verdict>& verdicts, const LineIndex& lines,
                       std::int32_t anchor, std::int32_t byline, std::int32_t date, std::int32_t* title_end,
                       bool skip_alt) {
  const auto n = static_cast<std::int32_t>(doc.blocks.size());
  const std::int32_t limit = std::min(anchor, n);
  std::vector<std::int32_t> marks;
  for (const std::int32_t line : {byline, date}) {
    if (line >= 0 && line < limit + thresholds::header::kBlocksIntoBody) marks.push_back(line);
  }
  std::int32_t top = limit;
  for (const std::int32_t m : marks) top = std::min(top, m);
  const std::int32_t first = std::max<std::int32_t>(0, top - limits::kHeadlineReach);
  // The last step of the breadcrumb trail printed beside it, or a few
  // lines above it, is the headline, even where the body's run took both
  // in (a copy that prints no byline over the story). A few lines above,
  // only a full title's length: a section's name ending the trail is
  // printed again as the kicker over the headline ("Crime and Courts").
  for (std::int32_t i = first; i < std::min(n, anchor + thresholds::header::kBlocksIntoBody); ++i) {
    const bool beside = TrailBeside(doc, i) >= 0;
    if (!beside && !TrailAbove(doc, i)) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    const TextLine line = MeasureTextLine(b);
    if ((beside || line.stats.words >= limits::kMinFullTitleWords) && IsHeadlineShaped(b.text, line)) return i;
  }
  // A headline says what the body is about, sits near the byline and date
  // line, stands between blank lines (in copies that keep them) and is
  // often repeated (in the breadcrumbs, a share box); a line repeated
  // within the article is its furniture (a contents list and its subheads,
  // "Continue reading the main story", a figure's label), not the headline.
  std::unordered_map<std::int32_t, std::int32_t> group_lines;
  Copies copies;
  std::size_t body_end = 0;
  for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
    if (verdicts[k].role == Role::kBody) body_end = k;
  }
  for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
    const Block& b = doc.blocks[k];
    ++group_lines[b.group];
    if (static_cast<std::int32_t>(k) < anchor || k > body_end) copies[b.text].push_back(static_cast<std::int32_t>(k));
  }
  const std::unordered_set<std::string> body = BodyWords(doc, verdicts, copies, anchor);
  const bool sentence_case = SentenceCaseBody(doc, verdicts, copies, anchor);
  std::int32_t best = -1;
  double best_score = 0;
  for (std::int32_t i = first; i < limit; ++i) {
    if (!IsFree(verdicts, i) || std::find(marks.begin(), marks.end(), i) != marks.end()) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    const TextLine l = MeasureTextLine(b);
    if (!IsHeadlineShaped(b.text, l) && (marks.empty() || !SentenceTitleOverHeader(doc, i, top, l))) continue;
    if (InCopiedRun(doc, copies, i) || OpensWithFooterName(doc, i) || ContentsEntry(lines, i)) continue;
    const bool named = NamedElsewhere(doc, i);
    if (CaptionLike(doc, verdicts, i, anchor, named || AtHeader(i, anchor, marks)) || PictureAltOfNext(doc, i) ||
        NamesOfBylineBelow(doc, i) ||
        GetHeuristics().portrait_alt.FullMatch(b.text) ||
        (skip_alt && AltTextOfCaption(doc, verdicts, i))) {
      continue;
    }
    const std::int32_t group = group_lines[b.group];
    double score = group == 1 ? limits::kAloneScore : group == 2 ? limits::kPairScore : limits::kGroupScore;
    if (RepeatedAlone(doc, copies, i)) {
      // A section's name, short, repeats as menu items do.
      const bool menu_item = l.stats.words < limits::kMinFullTitleWords && MenuItem(doc, copies, i, anchor);
      score += menu_item ? limits::kMenuRepeatScore : limits::kRepeatScore;
    }
    if (named) score += limits::kNamedElsewhereScore;
    const std::int32_t distance = DistanceToHeader(i, anchor, marks);
    score -= limits::kPerLine * distance;
    // Next to the byline or date line, or a line or two away (a
    // standfirst between them).
    if (!marks.empty() && distance <= limits::kNearHeaderLines) {
      score += limits::kNearHeaderScore * (limits::kNearHeaderLines + 1 - distance) / limits::kNearHeaderLines;
    }
    // Below both the byline and the date line come captions and notes.
    const bool below_header = !marks.empty() && i > *std::max_element(marks.begin(), marks.end());
    if (below_header) score += limits::kBelowHeaderScore;
    if (CreditLineBelow(doc, i)) score += limits::kCreditBelowScore;
    if (i == 0 && OpensWithTitleLine(b.text, byline)) score += limits::kFirstLineScore;
    score += limits::kBodyOverlapScore * BodyOverlap(b.text, body);
    score += limits::kPerWord * std::min<std::int32_t>(LineWords(l),
                                                       limits::kMaxScoredWords);
    if (sentence_case && !below_header && InTitleCase(b.text)) score += limits::kTitleCaseScore;
    if (best < 0 || score > best_score) best = i, best_score = score;
  }
  best = HeadlineBelowKicker(doc, verdicts, best, limit, marks, body);
  best = TitleAboveLabel(doc, verdicts, best, first, anchor, marks, body);
  best = HeadlineBelowGluedKicker(doc, verdicts, best, limit, body);
  best = FullerTitleNear(doc, verdicts, best, first, limit, body);
  const std::int32_t teaser = best;
  best = ReworkedTitleAbove(doc, verdicts, best, first);
  if (title_end != nullptr) *title_end = best == teaser ? -1 : teaser;
  // Two such lines one above the other are the headline and a standfirst
  // without a full stop, when the upper one is a full title (a few words
  // are a kicker, share links or an author link) and not a breadcrumb
  // trail ending in the headline; and it stands alone between blank lines
  // or is the shorter (a standfirst says more than its headline) or the
  // lower one is no full title (a label under the headline: a category,
  // the site's or an author's name) or stands right above the author's
  // portrait (a subtitle, which may be the shorter) or is in title case
  // over a sentence (then a title of fewer words will do), and it speaks
  // of what the body does as much as half as often; a kicker glued to the
  // lower one is no headline over it. A lower line that is no deck
  // (DeckShaped) makes standing alone or being the shorter no sign.
  if (best > first && IsFree(verdicts, best - 1)) {
    const Block& above = doc.blocks[static_cast<std::size_t>(best - 1)];
    const Block& chosen = doc.blocks[static_cast<std::size_t>(best)];
    const TextLine l = MeasureTextLine(above);
    const bool title_case = TitleOverSentence(above.text, chosen.text);
    const bool deck_shaped = DeckShaped(above.text, chosen.text, sentence_case, byline < 0 && date == best + 1);
    if (IsHeadlineShaped(above.text, l) &&
        (((group_lines[above.group] == 1 || above.text.size() < chosen.text.size()) && deck_shaped) ||
         MeasureTextLine(chosen).stats.words < limits::kMinFullTitleWords || AbovePortrait(doc, best) || title_case) &&
        l.stats.words >= (title_case ? limits::kMinTitleCaseWords : limits::kMinFullTitleWords) &&
        above.text.find(chosen.text) == std::string::npos && KickerSeam(above.text, body) == std::string_view::npos &&
        !OpensWithFooterName(doc, best - 1) &&
        BodyOverlap(above.text, body) * 2 >= BodyOverlap(chosen.text, body)) {
      return best - 1;
    }
  }
  return FirstTitleBetweenMarks(doc, verdicts, marks, TitleAboveStandfirst(doc, verdicts, best, first, body));
}

}  // namespace

// A picture's alt text above its caption may repeat the standfirst and
// so lead to the headline above it; chosen itself it is no title, and the
// headline is sought without it.
std::int32_t FindTextHeadline(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t anchor,
                              std::int32_t byline, std::int32_t date, std::int32_t* title_end) {
  // Measured once: the second search reads the same lines.
  const LineIndex lines = IndexLines(doc);
  const std::int32_t title = FindTitle(doc, verdicts, lines, anchor, byline, date, title_end, false);
  if (!AltTextOfCaption(doc, verdicts, title)) return title;
  return FindTitle(doc, verdicts, lines, anchor, byline, date, title_end, true);
}

namespace {

// Whether `rest`, the start of a line before its headline, is a kicker or
// a trail glued to it: a few words, set off by a mark with a space before
// it ("Kultur : ", "Home /", "| News | "), or by a space alone before a
// full title ("Premier League Defeat for ..."). A mark that ends a word
// ("LTE-Patent: ", "DONOR TIPS: ") is part of the headline itself.
bool GluedKicker(std::string_view rest, std::int32_t headline_words) {
  const auto words = static_cast<std::int32_t>(Words(rest).size());
  if (words == 0 || words > limits::kMaxGluedKickerWords || words >= headline_words) return false;
  const std::size_t last = rest.find_last_not_of(' ');
  if (last == std::string_view::npos) return false;
  const auto c = static_cast<unsigned char>(rest[last]);
  // An ampersand joins two names ("Cam & Dock"); it sets nothing off.
  if (c < 0x80 && std::isalnum(c) == 0) return c != '&' && last > 0 && rest[last - 1] == ' ';
  // Glued by a space alone: the kicker ends where a word does.
  return headline_words >= limits::kMinFullTitleWords && last + 1 < rest.size();
}

// Where the headline starts after a breadcrumb trail glued to it without
// a space ("HomeSportLeichtathletikBerlin-Marathon: Title"): at the last
// seam of a small letter before a capital in the line's first word, when
// that word has kMinGluedTrailSeams of them and the rest has none (a
// glued menu, "NewsSportVideosTop Stories", ends in no headline); npos
// otherwise.
std::size_t GluedTrailEnd(std::string_view text) {
  const std::size_t first_space = std::min(text.find(' '), text.size());
  std::int32_t seams = 0;
  std::size_t last = std::string_view::npos;
  bool lower = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    if (lower && (u_isupper(c) || u_istitle(c))) {
      if (at > first_space) return std::string_view::npos;
      ++seams;
      last = at;
    }
    lower = u_islower(c);
  }
  return seams >= limits::kMinGluedTrailSeams ? last : std::string_view::npos;
}

// `text` without a kicker that a spaced dash sets off before the headline
// (see kMinDashTitleWords), or `text` itself. Chromium prints such a kicker
// on a line of its own and leaves the dash glued to the headline's first
// letter or quotation mark ("-«Die ...»"); a dash then a space opens a
// quotation in Nordic headlines ("- Angsten vil øke"), and one before a
// figure is a minus sign.
std::string WithoutDashKicker(const std::string& text) {
  static constexpr std::string_view kDashes[] = {" - ", " \u2013 ", " \u2014 "};
  if (text.size() > 1 && text[0] == '-') {
    std::size_t next = 1;
    const auto c = static_cast<UChar32>(NextCodePoint(text, next));
    if (u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) return text.substr(1);
  }
  std::size_t at = std::string::npos, width = 0;
  for (const std::string_view dash : kDashes) {
    for (std::size_t p = text.find(dash); p != std::string::npos; p = text.find(dash, p + 1)) {
      if (at != std::string::npos) return text;
      at = p;
      width = dash.size();
    }
  }
  if (at == std::string::npos) return text;
  const std::size_t kicker = CountWords(std::string_view(text).substr(0, at));
  const std::size_t title = CountWords(std::string_view(text).substr(at + width));
  if (kicker == 0 || kicker > static_cast<std::size_t>(limits::kMaxGluedKickerWords) ||
      title < limits::kMinDashTitleWords || title < limits::kDashTitleToKicker * kicker) {
    return text;
  }
  return text.substr(at + width);
}

}  // namespace

std::int32_t TrailBeside(const Document& doc, std::int32_t line) {
  if (line < 0) return -1;
  const std::string& text = doc.blocks[static_cast<std::size_t>(line)].text;
  for (const std::int32_t j : {line - 1, line + 1}) {
    if (j >= 0 && j < static_cast<std::int32_t>(doc.blocks.size()) &&
        TrailEndingIn(doc.blocks[static_cast<std::size_t>(j)].text, text)) {
      return j;
    }
  }
  return -1;
}

std::string TextHeadlineWithin(const Document& doc, std::int32_t headline) {
  const std::string& text = doc.blocks[static_cast<std::size_t>(headline)].text;
  for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
    const Block& b = doc.blocks[k];
    if (static_cast<std::int32_t>(k) == headline || text.size() <= b.text.size() ||
        text.compare(text.size() - b.text.size(), b.text.size(), b.text) != 0) {
      continue;
    }
    const TextLine l = MeasureTextLine(b);
    if (IsHeadlineShaped(b.text, l) &&
        GluedKicker(std::string_view(text).substr(0, text.size() - b.text.size()), l.stats.words)) {
      return b.text;
    }
  }
  const std::size_t trail_end = GluedTrailEnd(text);
  if (trail_end != std::string_view::npos &&
      static_cast<std::int32_t>(Words(std::string_view(text).substr(trail_end)).size()) >= limits::kMinHeadlineWords) {
    return text.substr(trail_end);
  }
  return WithoutDashKicker(text);
}

std::int32_t FindTextStandfirst(const Document& doc, const std::vector<Verdict>& verdicts, std::int32_t headline,
                                std::int32_t limit) {
  if (headline < 0 || limit <= headline + 1) return -1;
  const std::string& title = doc.blocks[static_cast<std::size_t>(headline)].text;
  for (std::int32_t i = headline + 1; i < limit; ++i) {
    if (!IsFree(verdicts, i)) continue;
    const Block& b = doc.blocks[static_cast<std::size_t>(i)];
    // The headline's short form printed again below it says nothing more.
    if (b.text.size() < title.size() && title.find(b.text) != std::string::npos) continue;
    const TextLine l = MeasureTextLine(b);
    // A reading time ("3 min read time") says how long, not what about; a
    // portrait's alt text shows the author; a menu row or a button is
    // furniture here too.
    const Heuristics& h = GetHeuristics();
    if (IsPlainLine(l) && l.stats.words >= limits::kMinStandfirstWords &&
        !RE2::PartialMatch(b.text, h.time_after_names) && !h.portrait_alt.FullMatch(b.text) &&
        MatchTitleChrome(b.text) == nullptr) {
      return i;
    }
  }
  return -1;
}

}  // namespace pith
