#include "clean/text_captions.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include <unicode/uchar.h>

#include "clean/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

constexpr char kFigureCaption[] = "caption: picture beside a paragraph";
constexpr char kFigureDropped[] = "dropped: picture beside a paragraph";
// A caption opening with a label placing its picture ("left: ..."), which
// may stand under a subhead: the line above it stays.
constexpr char kPlacedCaption[] = "caption: opens with a label placing the picture";

// The letters and digits of a line: an image's alt text and its caption
// quote and punctuate the same words differently ("Marinera, formerly
// Bella" against "\"Marinera\", formerly \"Bella\"").
std::string WordKey(std::string_view s) {
  std::string key;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (IsWordChar(NextCodePoint(s, i))) key.append(s.substr(at, i - at));
  }
  return key;
}

// Whether what the caption adds after the alt text's words reads as a
// credit or a sentence: words, not a number ("... 2"), and not going on in
// lower case as a paragraph that opens with the words of the subhead
// above it does ("Acme Tools" over "Acme Tools makes ...").
bool AddsCredit(std::string_view key, std::size_t at) {
  if (at >= key.size()) return true;  // the same words, punctuated otherwise
  if (u_islower(static_cast<UChar32>(NextCodePoint(key, at)))) return false;
  return std::any_of(key.begin() + static_cast<std::ptrdiff_t>(at), key.end(),
                     [](char c) { return c < '0' || c > '9'; });
}

// The line after an image's alt text that repeats it: the caption with a
// credit or source after the same words ("... for an hour. AP"), either
// right below or past a short image control ("Enlarge the image").
// Returns its index, or 0 when there is none.
std::size_t CaptionRepeatingAlt(const Document& doc, const std::vector<TextLine>& lines, std::size_t i) {
  // A subhead the paragraph under it opens with ("Acme Tools" over
  // "Acme Tools makes ...") is a few words; a code line is no picture.
  const std::string_view text = doc.blocks[i].text;
  if (lines[i].stats.words < kAltTextMinWords || lines[i].code) return 0;
  // A headline cut short ("Ten trends for 2026:...") above the full one
  // is a link to the article, not a picture.
  if (lines[i].cut_short || text.ends_with("...") || text.ends_with("\xE2\x80\xA6")) return 0;
  const std::string key = WordKey(text);
  if (key.size() < kAltTextMinKeyBytes) return 0;
  for (std::size_t j = i + 1; j < doc.blocks.size() && j <= i + 2; ++j) {
    const std::string next = WordKey(doc.blocks[j].text);
    if (doc.blocks[j].text != text && next.compare(0, key.size(), key) == 0 && AddsCredit(next, key.size()) &&
        lines[j].stats.words <= lines[i].stats.words + kCaptionSuffixMaxWords) {
      return j;
    }
    if (lines[j].prose || lines[j].stats.words > kImageControlMaxWords) return 0;
  }
  return 0;
}

// Alt text printed twice or three times on one line, as an image's alt
// and title text or a gallery's picture and its zoomed copy: "A man at the
// market. A man at the market.", maybe with a label between ("1 min").
bool DoubledLine(std::string_view text, const TextLine& l) {
  // Many words without a full stop are a table's header row printed
  // twice, not a picture's description; alt text is short, so a long
  // paragraph saying a thing twice is the writer's.
  if (l.stats.words > 2 * kDoubledLabelMaxWords && !l.stats.sentence_end) return false;
  if (l.stats.words > 2 * kAltTextMaxWords) return false;
  return SaysItTwice(text);
}

// A line of an article paragraph: prose of some length that announces
// nothing below it.
bool ParagraphLine(const Document& doc, const std::vector<TextLine>& lines, std::size_t i) {
  const TextLine& l = lines[i];
  return l.prose && l.stats.sentence_end && l.stats.words >= kFigureParagraphMinWords &&
         doc.blocks[i].text.back() != ':';
}

// Whether a picture line carries its credit: marked so already, or
// ending with one.
bool CarriesCredit(std::string_view text, const TextLine& l) {
  const Heuristics& h = GetHeuristics();
  return l.credit || l.caption || h.caption_credit.PartialMatch(text) ||
         h.caption_credit_trailing.PartialMatch(text) || h.slash_credit.PartialMatch(text);
}

// Whether lines `credit` - 2 and - 1 of the group from `first` are a
// picture's alt text and caption over its credit line ("Foto: Jane Roe
// (Agency)"), a line of the group after it: Chromium's shape. Both end a
// sentence (a buying guide's product name or feature list over a photo
// and "Credit: Shop" is its text); the alt text opens the group or reads
// as no paragraph, which Chromium may set above the picture in its group.
// A caption known already (a wire caption) has no alt text to find: the
// line above it is the text's.
bool PictureOverCreditLine(const Document& doc, const std::vector<TextLine>& lines,
                           const std::vector<bool>& decided, std::size_t first, std::size_t credit) {
  const std::size_t alt = credit - kCreditedPictureLines;
  if (lines[credit].credit == nullptr || !lines[credit - 1].stats.sentence_end || !lines[alt].stats.sentence_end) {
    return false;
  }
  if (alt != first && ParagraphLine(doc, lines, alt)) return false;
  for (std::size_t k = alt; k < credit; ++k) {
    if (decided[k] || lines[k].code || lines[k].stats.words > kFigureLineMaxWords ||
        doc.blocks[k].text.back() == ':') {
      return false;
    }
  }
  return true;
}

// The first picture set over its credit line in the group `first`..`last`
// (see PictureOverCreditLine): {alt text, credit line}, or lo > hi.
std::pair<std::size_t, std::size_t> PictureWithCreditLine(const Document& doc, const std::vector<TextLine>& lines,
                                                          const std::vector<bool>& decided, std::size_t first,
                                                          std::size_t last) {
  for (std::size_t credit = first + kCreditedPictureLines; credit < last; ++credit) {
    if (PictureOverCreditLine(doc, lines, decided, first, credit)) return {credit - kCreditedPictureLines, credit};
  }
  return {1, 0};
}

// The picture lines of the group `first`..`last` when it is a paragraph
// with a picture at its edge: after the paragraph in Firefox's copies,
// before it in Chromium's, which set no blank line between a picture and
// the paragraph next to it. The subhead right above a paragraph is no
// picture line. Returns {lo, hi}, or lo > hi when there is none.
std::pair<std::size_t, std::size_t> FigureAtParagraphEdge(const Document& doc, const std::vector<TextLine>& lines,
                                                          std::size_t first, std::size_t last) {
  const std::pair<std::size_t, std::size_t> none{1, 0};
  const bool para_first = ParagraphLine(doc, lines, first), para_last = ParagraphLine(doc, lines, last);
  if (para_first == para_last) return none;
  std::size_t lo = para_first ? first + 1 : first, hi = para_first ? last : last - 1;
  if (static_cast<std::int64_t>(hi - lo + 1) < kFigureMinLines) return none;
  const TextLine& above = lines[hi];
  if (!para_first && above.stats.words <= kFigureSubheadMaxWords && !above.stats.sentence_end && !above.credit &&
      !above.caption) {
    --hi;
  }
  // The picture ends with its credit: a line after it is the next
  // section's subhead, set in the picture's group by Firefox.
  while (hi > lo && !CarriesCredit(doc.blocks[hi].text, lines[hi])) --hi;
  if (static_cast<std::int64_t>(hi - lo + 1) < kFigureMinLines ||
      static_cast<std::int64_t>(hi - lo + 1) > kFigureMaxLines || !CarriesCredit(doc.blocks[hi].text, lines[hi])) {
    return none;
  }
  // Alt text, caption and subhead read as a list of short lines, so the
  // list shape is no reason to keep them; but a group with a line that
  // announces a list holds its items ("Under the hood, it is:").
  for (std::size_t k = first; k <= last; ++k) {
    if (doc.blocks[k].text.back() == ':') return none;
  }
  for (std::size_t k = lo; k <= hi; ++k) {
    if (lines[k].code || lines[k].stats.words > kFigureLineMaxWords) return none;
  }
  return {lo, hi};
}

// The picture lines of the group `first`..`last`: a picture at the edge
// of its paragraph, or else one over its credit line, whose alt text and
// caption may read as sentences and the paragraph's edge as a picture's.
std::pair<std::size_t, std::size_t> FigureLines(const Document& doc, const std::vector<TextLine>& lines,
                                                const std::vector<bool>& decided, std::size_t first,
                                                std::size_t last) {
  const auto edge = FigureAtParagraphEdge(doc, lines, first, last);
  return edge.first <= edge.second ? edge : PictureWithCreditLine(doc, lines, decided, first, last);
}

// The longer words of a line, folded to lower case (ASCII letters only:
// enough to match a word repeated in the same case or capitalised).
std::vector<std::string> LongWords(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= s.size();) {
    const std::size_t at = i;
    if (i < s.size() && IsWordChar(NextCodePoint(s, i))) {
      for (std::size_t k = at; k < i; ++k) {
        word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
      }
      continue;
    }
    if (word.size() >= kSharedCaptionWordMinBytes) words.push_back(word);
    word.clear();
    if (i == s.size()) break;
  }
  return words;
}

// Whether the caption restates most of the longer words of the alt text
// above it, in other case or order: "toothbrush - the brush being weighed
// for assessment." over "The brush being weighed for assessment. Credit:
// Jane Roe". Such alt text reads as a sentence, so it passes for prose.
bool CaptionRestatesAlt(std::string_view alt, std::string_view caption) {
  const std::vector<std::string> words = LongWords(alt);
  if (words.size() < kRestatedAltMinWords) return false;
  const std::vector<std::string> said = LongWords(caption);
  const auto again = std::count_if(words.begin(), words.end(), [&said](const std::string& w) {
    return std::find(said.begin(), said.end(), w) != said.end();
  });
  return static_cast<double>(again) >= kRestatedAltMinShare * static_cast<double>(words.size());
}

// Whether line i - 1 is the alt text of the picture whose caption is line
// i: in its group, not decided, and short with no prose, or a line of
// picture length that the caption restates.
bool AltTextAboveCaption(const Document& doc, const std::vector<TextLine>& lines, const std::vector<bool>& decided,
                         std::size_t i) {
  if (i == 0 || decided[i - 1] || doc.blocks[i - 1].group != doc.blocks[i].group) return false;
  const TextLine& alt = lines[i - 1];
  if (!alt.prose && alt.stats.words <= kAltTextMaxWords) return true;
  return !alt.code && alt.stats.words <= kFigureLineMaxWords &&
         CaptionRestatesAlt(doc.blocks[i - 1].text, doc.blocks[i].text);
}

}  // namespace

void MarkTextCaptions(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                      std::vector<bool>& decided) {
  const Heuristics& h = GetHeuristics();
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string& text = blocks[i].text;
    // A doubled page label ("Advertisement" over "Advertisement", two ad
    // slots) is chrome twice, no picture's caption.
    if (i + 1 < blocks.size() && blocks[i + 1].group == blocks[i].group && text.size() >= kAltTextMinBytes &&
        lines[i].chrome == nullptr) {
      const std::string& next = blocks[i + 1].text;
      if (next == text || (next.size() > text.size() && next.compare(0, text.size(), text) == 0 &&
                           (h.caption_credit.PartialMatch(next) ||
                            RE2::PartialMatch(Piece(next).substr(text.size()), h.credit_opening)))) {
        sel.Set(i, Role::kDropped, "dropped: image alt text repeated by the caption");
        sel.Set(i + 1, Role::kCaption, "caption: repeats the image's alt text");
        decided[i] = decided[i + 1] = true;
        ++i;
        continue;
      }
    }
    if (const std::size_t j = CaptionRepeatingAlt(doc, lines, i)) {
      for (std::size_t k = i; k < j; ++k) {
        sel.Set(k, Role::kDropped, "dropped: image alt text repeated by the caption");
        decided[k] = true;
      }
      sel.Set(j, Role::kCaption, "caption: repeats the image's alt text");
      decided[j] = true;
      i = j;
      continue;
    }
    if (DoubledLine(text, lines[i])) {
      sel.Set(i, Role::kDropped, "dropped: image alt text printed twice");
      decided[i] = true;
      continue;
    }
    const TextLine& l = lines[i];
    if (l.credit || l.caption) {
      sel.Set(i, l.caption ? Role::kCaption : Role::kDropped, l.caption ? l.caption : l.credit);
      decided[i] = true;
      continue;
    }
    const BlockStats& s = l.stats;
    if (s.words <= kCreditCaptionLineMaxWords && s.words >= kCreditCaptionLineMinWords &&
        h.caption_credit.PartialMatch(text) && !RE2::FullMatch(Piece(text), h.agency_line) &&
        !SpellsOutAcronym(text)) {
      sel.Set(i, Role::kCaption, "caption: ends with a photo credit");
      decided[i] = true;
      if (AltTextAboveCaption(doc, lines, decided, i)) {
        sel.Set(i - 1, Role::kDropped, "dropped: image alt text above its caption");
        decided[i - 1] = true;
      }
    }
  }
}

bool SaysItTwice(std::string_view text) {
  const std::string key = WordKey(text);
  const std::size_t n = key.size();
  if (n >= 3 * kAltTextMinKeyBytes && n % 3 == 0 && key.compare(0, n / 3, key, n / 3, n / 3) == 0 &&
      key.compare(0, n / 3, key, 2 * n / 3, n / 3) == 0) {
    return true;
  }
  for (std::size_t gap = 0; gap <= kDoubledLineMaxGapBytes && gap < n; ++gap) {
    const std::size_t half = (n - gap) / 2;
    if ((n - gap) % 2 == 0 && half >= kAltTextMinKeyBytes && half >= gap * kDoubledHalfPerGapByte &&
        key.compare(0, half, key, n - half, half) == 0) {
      return true;
    }
  }
  return false;
}

void KeepCaptionsNear(std::int64_t start, std::int64_t end, Selection& sel) {
  for (std::size_t i = 0; i < sel.verdicts.size(); ++i) {
    const auto at = static_cast<std::int64_t>(i);
    if (sel.verdicts[i].role == Role::kCaption && (at < start - kLeadImageLines || at > end)) {
      sel.Set(i, Role::kDropped, "dropped: caption outside the article");
    }
  }
}

bool FigureBesideParagraph(const Verdict& v) {
  return IsNamed(v.reason, kFigureCaption) || IsNamed(v.reason, kFigureDropped);
}

bool PictureBesideParagraph(const Verdict& v) {
  return FigureBesideParagraph(v) || IsNamed(v.reason, "caption: photo credit line") ||
         IsNamed(v.reason, "caption: agency credit line");
}

// Pictures set beside a paragraph in its group: the lines carrying a
// credit are captions, the others alt text.
void MarkFiguresBesideParagraphs(const Document& doc, const std::vector<TextLine>& lines, Selection& sel,
                                 std::vector<bool>& decided) {
  for (std::size_t first = 0; first < lines.size();) {
    std::size_t last = first;
    while (last + 1 < lines.size() && lines[last + 1].group == lines[first].group) ++last;
    const auto [lo, hi] = FigureLines(doc, lines, decided, first, last);
    for (std::size_t k = lo; k <= hi; ++k) {
      if (decided[k]) continue;
      const bool caption = CarriesCredit(doc.blocks[k].text, lines[k]);
      sel.Set(k, caption ? Role::kCaption : Role::kDropped, caption ? kFigureCaption : kFigureDropped);
      decided[k] = true;
    }
    first = last + 1;
  }
}

namespace {

// The initials of the words before byte `end`, upper-cased: a hyphen, a
// slash or a space parts words ("High-Intensity" gives "HI").
std::string Initials(std::string_view text, std::size_t end) {
  std::string initials;
  bool at_start = true;
  for (std::size_t i = 0; i < end; ++i) {
    const char c = text[i];
    const bool part = c == ' ' || c == '-' || c == '/';
    if (!part && at_start) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    at_start = part;
  }
  return initials;
}

}  // namespace

bool SpellsOutAcronym(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const std::size_t open = text.rfind('(');
  if (text.empty() || text.back() != ')' || open == std::string_view::npos || open == 0) return false;
  std::string acronym;
  for (char c : text.substr(open + 1, text.size() - open - 2)) {
    if (c >= 'A' && c <= 'Z') acronym += c;
    else if (c != '.' && c != '&' && c != ' ') return false;
  }
  if (acronym.size() < kAcronymMinLetters) return false;
  const std::string initials = Initials(text, open);
  // Match the letters from the last backwards over the last words.
  std::size_t k = initials.size(), matched = 0;
  const std::size_t stop = initials.size() > acronym.size() + kAcronymSkippedWords
                               ? initials.size() - acronym.size() - kAcronymSkippedWords
                               : 0;
  for (std::size_t a = acronym.size(); a-- > 0;) {
    while (k > stop && initials[k - 1] != acronym[a]) --k;
    if (k == stop) return false;
    if (a + 1 == acronym.size() && initials.size() - k >= kAcronymSkippedWords) return false;
    --k;
    ++matched;
  }
  return matched == acronym.size();
}

namespace {

// Whether the credit ends the line: found in its last bytes, so that a
// pair of terms deep in a paragraph ("AR/AP") is no agency's credit.
bool EndsWithBareCredit(std::string_view text) {
  std::size_t from = text.size() > kBareCreditTailBytes ? text.size() - kBareCreditTailBytes : 0;
  while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  return GetHeuristics().caption_credit_trailing.PartialMatch(text.substr(from));
}


// Whether a word of the line is a hash of hex digits mixing digits and
// letters ("0152a17419be"), as an uploaded picture's file name carries.
bool HasHashToken(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end])) != 0) ++end;
    const std::string_view word = text.substr(i, end - i);
    const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    if (word.size() >= kHashTokenMinBytes && std::all_of(word.begin(), word.end(), hex) &&
        word.find_first_of("0123456789") != std::string_view::npos &&
        word.find_first_of("abcdef") != std::string_view::npos) {
      return true;
    }
    i = end + 1;
  }
  return false;
}

// The number of ASCII digits of `text` right before byte `end`.
std::size_t DigitsBefore(std::string_view text, std::size_t end) {
  std::size_t n = 0;
  while (n < end && std::isdigit(static_cast<unsigned char>(text[end - n - 1])) != 0) ++n;
  return n;
}

// The number of ASCII digits of `text` from byte `from` on.
std::size_t DigitsFrom(std::string_view text, std::size_t from) {
  std::size_t n = 0;
  while (from + n < text.size() && std::isdigit(static_cast<unsigned char>(text[from + n])) != 0) ++n;
  return n;
}

// Whether a line holds a picture's size in pixels ("2048x2048") with a
// mark that only a file's name has, as a site's uploader leaves it in the
// alt text: "px" after it ("Mission Slider 5 2880x1120px"), a copy's
// counter ending the line ("... 2048x2048 1"), words joined by
// underscores or hyphens ("RM2_4879 780x470", "...-VERT-18-2-768x768")
// or a hash. A spec table's row ("Displayed Resolution 1920x1080") has
// the size with no such mark.
bool MarkedPictureSize(std::string_view text) {
  const bool joined = text.find('_') != std::string_view::npos;
  for (std::size_t x = text.find('x'); x != std::string_view::npos; x = text.find('x', x + 1)) {
    const std::size_t w = DigitsBefore(text, x), hgt = DigitsFrom(text, x + 1);
    if (w < kPictureSizeMinDigits || w > kPictureSizeMaxDigits || hgt < kPictureSizeMinDigits ||
        hgt > kPictureSizeMaxDigits) {
      continue;
    }
    const std::size_t start = x - w, end = x + 1 + hgt;
    const char before = start > 0 ? text[start - 1] : ' ';
    const std::string_view after = text.substr(end);
    if (std::isalpha(static_cast<unsigned char>(before)) != 0) continue;
    if (after.starts_with("px") || before == '-' || before == '_') return true;
    if (!after.empty() && after[0] != ' ') continue;
    const std::size_t counter = after.empty() ? 0 : DigitsFrom(after, 1);
    if ((counter > 0 && counter <= kCopyCounterMaxDigits && counter + 1 == after.size()) || joined ||
        HasHashToken(text)) {
      return true;
    }
  }
  return false;
}

// Whether a line is a picture's file name made its alt text: a short line
// with no sentence's or label's signs, the picture's size in pixels and a
// file's mark (see MarkedPictureSize).
bool FileNameAltText(std::string_view text, const TextLine& l) {
  if (l.code || l.stats.words > kFileNameAltMaxWords || text.find_first_of(":;,!?\t") != std::string_view::npos ||
      text.find("  ") != std::string_view::npos) {
    return false;
  }
  return MarkedPictureSize(text);
}

// Whether a line is alt text naming who is pictured doing what, not a
// sentence opening so (see kPersonPictured).
bool PersonPictured(std::string_view text) {
  const Heuristics& h = GetHeuristics();
  return RE2::PartialMatch(Piece(text), h.person_pictured) && !RE2::PartialMatch(Piece(text), h.person_pictured_verb);
}

// What a line of the article says of a picture: a caption ending with a
// credit that has no brackets ("... on Monday. AP Photo/Jane Roe",
// "... Bildrechte: MDR/Jane Roe") or opening with a figure label
// ("Figure 2. Latency by load", "Above: The pond in May"), or alt text describing the picture
// ("Screenshot of the terminal output") or its file name. Null for other lines.
const char* PictureLineVerdict(std::string_view text, const TextLine& l) {
  const Heuristics& h = GetHeuristics();
  if (RE2::FullMatch(Piece(text), h.image_file_name) || FileNameAltText(text, l)) {
    return "dropped: a picture's file name";
  }
  if (l.stats.words < kCreditCaptionLineMinWords) return nullptr;
  if (l.stats.words <= kFigureLineMaxWords) {
    std::string placed;
    if (RE2::PartialMatch(Piece(text), h.figure_label, &placed)) {
      return placed.empty() ? "caption: opens with a figure label" : kPlacedCaption;
    }
    if (RE2::PartialMatch(Piece(text), h.picture_description) || PersonPictured(text)) {
      return "dropped: alt text describing a picture";
    }
    if (RE2::PartialMatch(Piece(text), h.video_caption_length)) return "dropped: a video's caption with its length";
  }
  if (l.stats.words <= kCreditCaptionLineMaxWords && EndsWithBareCredit(text) &&
      !RE2::FullMatch(Piece(text), h.agency_line)) {
    return "caption: ends with a photo credit";
  }
  return nullptr;
}

// Whether a line opens as a picture's description or caption does: with
// a capital, a letter of a script without case or a quote, not with a
// dash (a tweet's attribution) or a lower-case name (a line of code).
bool OpensAsCaption(std::string_view text) {
  std::size_t at = 0;
  const auto c = static_cast<UChar32>(NextCodePoint(text, at));
  return (u_isalpha(c) && !u_islower(c)) || u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

// Whether two lines name a word of some length in common.
bool ShareLongWord(std::string_view a, std::string_view b) {
  const std::vector<std::string> words = LongWords(a);
  for (const std::string& w : LongWords(b)) {
    if (std::find(words.begin(), words.end(), w) != words.end()) return true;
  }
  return false;
}

// Whether a line of a group may be a picture's alt text or caption: no
// code, no line announcing a list, no question (a FAQ's, over its
// answer), no title-cased heading or one in capitals, no link to another
// story ("Read more: ...").
bool MayBePictureLine(std::string_view text, const TextLine& l) {
  return !l.code && text.back() != ':' && text.back() != '?' && OpensAsCaption(text) &&
         !TitleCased(text, kTitleWordMinLetters) && MatchBoilerplate(text) == nullptr;
}

// Whether lines i and i + 1 are a picture's alt text and its caption, the
// last lines of their group over a paragraph: the caption a short line
// with no sentence end that names again a word of the alt text
// ("Burnt-out houses in the embattled town of Dalby" over "Under fire
// for months: Dalby"), as Chromium and Firefox print a figure. A
// paragraph over the next section's subhead is no picture, nor are the
// last two of three short lines (a list's items), nor a sentence of the
// text over the picture's alt text.
bool AltOverCaption(const Document& doc, const std::vector<TextLine>& lines, std::size_t i) {
  const std::size_t j = i + 1, next = i + 2;
  if (next >= lines.size() || lines[j].group != lines[i].group || lines[next].group == lines[j].group) return false;
  if (i > 0 && lines[i - 1].group == lines[i].group && !ParagraphLine(doc, lines, i - 1)) return false;
  const TextLine &alt = lines[i], &cap = lines[j];
  if (ParagraphLine(doc, lines, i) || !ParagraphLine(doc, lines, next) || alt.stats.sentence_end ||
      cap.stats.sentence_end ||
      cap.stats.words < kCreditCaptionLineMinWords || cap.stats.words > kAltTextMaxWords ||
      alt.stats.words < kAltTextMinWords || alt.stats.words > kAltOverCaptionMaxWords) {
    return false;
  }
  const std::string_view alt_text = doc.blocks[i].text, cap_text = doc.blocks[j].text;
  return MayBePictureLine(alt_text, alt) && MayBePictureLine(cap_text, cap) && ShareLongWord(alt_text, cap_text);
}

// Whether a line opens with a lower-case letter not followed by a capital
// ("sourdough dough in a bowl"; not "iPhone setup" nor "eBay listings"),
// nor with an outline's marker ("c. Future prospects").
bool OpensLowerCase(std::string_view text) {
  const std::size_t word_end = text.find(' ');
  if (word_end != std::string_view::npos && word_end > 0 && text[word_end - 1] == '.') return false;
  std::size_t at = 0;
  const auto first = static_cast<UChar32>(NextCodePoint(text, at));
  if (!u_isalpha(first) || !u_islower(first) || at >= text.size()) return false;
  return !u_isupper(static_cast<UChar32>(NextCodePoint(text, at)));
}

// Whether a line carries a command's option: a dash opening a word ("npm
// install acme --save", "ls -l"), not one standing between words.
bool HasCommandOption(std::string_view text) {
  for (std::size_t at = text.find(" -"); at != std::string_view::npos; at = text.find(" -", at + 1)) {
    if (at + 2 < text.size() && text[at + 2] != ' ') return true;
  }
  return false;
}

// Whether a line may be a picture's alt text in lower case: a few words
// opening so, ending no sentence nor an item of a list (","), with no sign
// of code or a label (kNoAltTextSigns) nor a command's option ("npm
// install acme --save"), and not read as code, chrome or a box's heading
// ("related news").
bool MayBeLowerCaseAlt(std::string_view text, const TextLine& l) {
  if (l.code || l.beside_code || l.chrome != nullptr || l.section_head != nullptr || l.link_head) return false;
  if (HasCommandOption(text)) return false;
  return !l.stats.sentence_end && l.stats.words >= kLowerCaseAltMinWords && l.stats.words <= kAltTextMaxWords &&
         OpensLowerCase(text) && text.find_first_of(kNoAltTextSigns) == std::string_view::npos && text.back() != ',';
}

// Whether line `i` is a picture's alt text in lower case set between two
// paragraphs: "sourdough dough resting in a floured bowl", "battle ropes",
// "free-catering-checklist-download". A subhead opens with a capital, a
// list's item follows a line announcing it or an item in lower case, a
// diagram's first line ("flowchart LR") stands over its code: a line in
// lower case right after a paragraph's sentence and over a line opening
// with a capital or a number ("2. Jump rope") is none of them (text
// copies of guides, shops' blogs and news pages of many sites).
bool LowerCaseAltText(const Document& doc, const std::vector<TextLine>& lines, std::size_t i) {
  if (i == 0 || i + 1 >= lines.size() || !MayBeLowerCaseAlt(doc.blocks[i].text, lines[i])) return false;
  const std::string_view next = doc.blocks[i + 1].text;
  return ParagraphLine(doc, lines, i - 1) && !lines[i + 1].code && !next.empty() &&
         (OpensAsCaption(next) || std::isdigit(static_cast<unsigned char>(next.front())) != 0);
}

// The end (one past the last line) of a run of pictures' alt text in
// lower case from line `i`, or `i` when there is none: two to five lines
// that may be lower-case alt text (MayBeLowerCaseAlt), describing at
// length (kLowerCaseAltRunMinMeanWords), after a sentence or a label and
// its value ("Available: Internationally") opening with a capital, and
// over a line opening with a capital or a number, as a gallery prints
// between the parts of a guide (text copies of a clothing guide and a
// recipe blog). A list's items name things in fewer words, or stand under
// a heading or a line announcing them (":"); a program's output ("[...]"
// over "added 1 file") follows no sentence.
std::size_t LowerCaseAltRunEnd(const Document& doc, const std::vector<TextLine>& lines, std::size_t i,
                               std::size_t end) {
  if (i == 0 || lines[i - 1].code || lines[i - 1].beside_code) return i;
  const std::string_view above = doc.blocks[i - 1].text;
  const bool label = above.find(": ") != std::string_view::npos;  // "Available: Internationally"
  if (above.back() == ':' || !OpensAsCaption(above) || !(lines[i - 1].stats.sentence_end || label)) return i;
  std::size_t j = i;
  int words = 0;
  // One line past the longest run is enough to tell it too long.
  while (j <= end && j < lines.size() && j - i <= static_cast<std::size_t>(kLowerCaseAltRunMaxLines) &&
         MayBeLowerCaseAlt(doc.blocks[j].text, lines[j])) {
    words += lines[j++].stats.words;
  }
  const auto run = static_cast<int>(j - i);
  if (run < kLowerCaseAltRunMinLines || run > kLowerCaseAltRunMaxLines || j >= lines.size() || lines[j].code ||
      words < kLowerCaseAltRunMinMeanWords * run) {
    return i;
  }
  const std::string_view next = doc.blocks[j].text;
  return OpensAsCaption(next) || std::isdigit(static_cast<unsigned char>(next.front())) != 0 ? j : i;
}

// Drops the run of lower-case alt text from line `i` (LowerCaseAltRunEnd)
// and returns the index of its last line, or `i` when there is none.
std::int64_t DropLowerCaseAltRun(const Document& doc, const std::vector<TextLine>& lines, std::size_t i,
                                 std::size_t end, Selection& sel, std::vector<bool>& decided) {
  const std::size_t run_end = LowerCaseAltRunEnd(doc, lines, i, end);
  for (std::size_t k = i; k < run_end; ++k) {
    if (decided[k]) continue;
    sel.Set(k, Role::kDropped, "dropped: a gallery's alt text in lower case");
    decided[k] = true;
  }
  return static_cast<std::int64_t>(std::max(run_end, i + 1) - 1);
}

}  // namespace

// Lines of the article that are its pictures' captions or alt text (see
// PictureLineVerdict). Tried only inside the article, once its lines are
// known, so that a picture beside the standfirst still parts it from the
// text as MarkFiguresBesideParagraphs sees it.
void MarkPictureLinesInRun(const Document& doc, const std::vector<TextLine>& lines, std::int64_t start,
                           std::int64_t end, Selection& sel, std::vector<bool>& decided) {
  for (std::int64_t at = std::max<std::int64_t>(start, 0); at <= end; ++at) {
    const auto i = static_cast<std::size_t>(at);
    if (at < end && !decided[i] && !decided[i + 1] && AltOverCaption(doc, lines, i)) {
      sel.Set(i, Role::kDropped, "dropped: image alt text above its caption");
      sel.Set(i + 1, Role::kCaption, "caption: repeats a word of the alt text above");
      decided[i] = decided[i + 1] = true;
      ++at;
      continue;
    }
    if (!decided[i] && LowerCaseAltText(doc, lines, i)) {
      sel.Set(i, Role::kDropped, "dropped: alt text in lower case between paragraphs");
      decided[i] = true;
      continue;
    }
    const char* verdict = decided[i] ? nullptr : PictureLineVerdict(doc.blocks[i].text, lines[i]);
    if (verdict == nullptr) {
      if (!decided[i]) at = DropLowerCaseAltRun(doc, lines, i, static_cast<std::size_t>(end), sel, decided);
      continue;
    }
    const bool caption = verdict[0] == 'c';
    sel.Set(i, caption ? Role::kCaption : Role::kDropped, verdict);
    decided[i] = true;
    if (caption && verdict != kPlacedCaption && AltTextAboveCaption(doc, lines, decided, i)) {
      sel.Set(i - 1, Role::kDropped, "dropped: image alt text above its caption");
      decided[i - 1] = true;
    }
  }
}

}  // namespace pith
