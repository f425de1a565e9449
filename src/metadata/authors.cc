#include "metadata/authors.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>
#include <cctype>

#include "metadata/dates.h"
#include "metadata/lexicons.h"
#include "metadata/titles.h"
#include "metadata/thresholds.h"
#include "patterns/lexicons.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

bool IsParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "di", "del", "della", "der", "den", "van",
                                                    "von", "la", "le", "du", "des", "dos", "das", "bin",
                                                    "ibn", "al", "el", "ter", "ten", "y", "e", "zu"};
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// The word that leads a byline into its date, in lower case (kDateParticles).
bool IsDateParticle(std::string_view w) {
  return std::find(std::begin(lexicon::kDateParticles), std::end(lexicon::kDateParticles), w) !=
         std::end(lexicon::kDateParticles);
}

// What kPlaceBeforeByline needs of a text, cheaply: one to three words,
// each opening with a capital (or a byte of a wider letter), then a dash or
// a bar after white space. Most blocks asked for a byline label fail it
// within a few bytes, where the pattern's search cost a thousand
// instructions or more and is not compiled on pages where none pass.
bool MayLeadWithPlace(std::string_view s) {
  const auto capital = [&s](std::size_t at) {
    return at < s.size() && ((s[at] >= 'A' && s[at] <= 'Z') || static_cast<unsigned char>(s[at]) >= 0x80);
  };
  constexpr int kPlaceMaxWords = 3;  // the pattern's {0,2} words after the first
  std::size_t at = 0;
  for (int word = 0; word < kPlaceMaxWords && capital(at); ++word) {
    while (at < s.size() && !IsPatternSpace(s[at])) ++at;
    if (at == s.size()) return false;
    while (at < s.size() && IsPatternSpace(s[at])) ++at;
    const std::string_view next = s.substr(at);
    if (next.starts_with('-') || next.starts_with('|') || next.starts_with("\u2014") || next.starts_with("\u2013")) {
      return true;
    }
  }
  return false;
}

// The text after a dateline that leads a byline's label ("PARIS — By Jane
// Roe" gives "By Jane Roe"); the text when none does.
std::string_view WithoutPlaceBeforeLabel(std::string_view s) {
  const Heuristics& h = GetHeuristics();
  if (!MayLeadWithPlace(s)) return s;
  re2::StringPiece in = Piece(s);
  if (!h.place_before_byline.Consume(&in)) return s;
  re2::StringPiece label = in;
  return h.byline_prefix.Consume(&label) ? std::string_view(in.data(), in.size()) : s;
}

std::string StripPrefix(std::string s) {
  const Heuristics& h = GetHeuristics();
  s = std::string(WithoutPlaceBeforeLabel(s));
  // "By By-line" twice happens when a label and the name both say it.
  for (int i = 0; i < 2; ++i) {
    re2::StringPiece in = Piece(s);
    if (h.byline_prefix.Consume(&in)) {
      s = std::string(in.data(), in.size());
      continue;
    }
    // "ByTravis Haney": the prefix and the name in two elements, no space.
    if (const std::size_t glued = GluedBylinePrefix(s)) {
      s = s.substr(glued);
      continue;
    }
    break;
  }
  return s;
}

// A word that leads a date: "Monday", "on", "Publisert", and month names
// when `months`.
bool DateLeadWord(const std::string& word, bool months) {
  return IsDateWord(word) || lexicon::DateLeadWords().count(word) > 0 || (months && IsMonthName(word));
}

// Whether the date word s[start, e) goes from a byline. A weekday or a
// label of another language's lexicon may be a surname too (Malay and
// Arabic "Khamis", Turkish "Petek", Polish "Data"): it goes only with a
// comma or a colon after it ("poniedzia\u0142ek, 4 marca", "Opublikowano:"),
// before another word of the label, or after a name of two words ("Jan
// Roe Publisert 04.03.2019"), so that "Mohamed Khamis 4 March 2019" keeps
// the surname; so does a month's abbreviation that is a name ("Lis").
bool LeadWordGoes(const std::string& s, std::size_t start, std::size_t e, bool months) {
  const std::string word = LowerSameLength(s.substr(start, e - start));
  const bool month = months && IsMonthName(word) && !lexicon::IsOneOf(word, lexicon::kWordLikeMonths);
  if (IsDateWord(word) || month) return true;
  const bool marked = e < s.size() && (s[e] == ',' || s[e] == ':' || s.compare(e, 3, "\xEF\xBC\x9A") == 0);
  // A word of the label before it ("Artikel" of "Artikel ver\u00F6ffentlicht am").
  std::size_t next = e;
  while (next < s.size() && s[next] == ' ') ++next;
  const bool label_word = next > e && next < s.size() && !std::isdigit(static_cast<unsigned char>(s[next]));
  return marked || label_word || CountWords(std::string_view(s).substr(0, start)) >= 2;
}

// The word that ends s.substr(0, end), lower case, without the marks
// after it; `start` is where it begins.
std::string WordBefore(const std::string& s, std::size_t end, std::size_t& start) {
  std::size_t e = end;
  while (e > 0 && std::string_view(" ,.:").find(s[e - 1]) != std::string_view::npos) --e;
  if (e >= 3 && s.compare(e - 3, 3, "\xEF\xBC\x9A") == 0) e -= 3;  // a full-width colon
  start = e;
  while (start > 0 && s[start - 1] != ' ' && s[start - 1] != ',') --start;
  return LowerSameLength(s.substr(start, e - start));
}

// Where the last capital run straight on after a small letter starts in
// `word` ("Thursday" of "FidlerThursday", "Live" of "BlakeyLive"), or 0:
// the seam a copy leaves where it joined two elements. ASCII letters.
std::size_t LastInnerCapital(std::string_view word) {
  for (std::size_t k = word.size(); k > 1; --k) {
    if (std::isupper(static_cast<unsigned char>(word[k - 1])) && std::islower(static_cast<unsigned char>(word[k - 2]))) {
      return k - 1;
    }
  }
  return 0;
}

// Where a date word glued to the end of the word s[start, e) starts, its
// capital right after a small letter ("Katherine FidlerThursday 2 Nov
// 2023", as copies join a byline's name and date elements), or `end`.
// Short date words ("On", "Sun", "Date") end surnames too often.
std::size_t GluedDateWordStart(const std::string& s, std::size_t start, std::size_t e, std::size_t end) {
  const std::size_t at = LastInnerCapital(std::string_view(s).substr(start, e - start));
  if (at == 0) return end;
  const std::size_t k = start + at;
  const bool date_word =
      e - k >= thresholds::person_names::kMinGluedDateWordBytes && IsDateWord(AsciiLower(s.substr(k, e - k)));
  return date_word ? k : end;
}

// The word s[start, e), lower case `word`, is a weekday cut short
// (kShortWeekdays) and the day's number follows it, after a comma or a dot.
bool ShortWeekdayBeforeDay(const std::string& s, const std::string& word, std::size_t e) {
  if (std::find(std::begin(lexicon::kShortWeekdays), std::end(lexicon::kShortWeekdays), word) ==
      std::end(lexicon::kShortWeekdays)) {
    return false;
  }
  std::size_t k = e;
  if (k < s.size() && (s[k] == ',' || s[k] == '.')) ++k;
  while (k < s.size() && s[k] == ' ') ++k;
  return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));
}

// Back over the date words that end s.substr(0, end) ("Monday,",
// "Publisert:"). A particle ("le", "em") goes only with the label before
// it ("Publié le", "Atualizado em"): alone it may be a name's ("Jan de").
// A date word glued to the name before them goes too. Before a whole date
// (not `months`, where `end` is any number) a weekday cut short goes.
std::size_t SkipDateWordsBack(const std::string& s, std::size_t end, bool months) {
  while (true) {
    std::size_t start = end;
    const std::string word = WordBefore(s, end, start);
    if (word.empty()) return end;
    if ((DateLeadWord(word, months) && LeadWordGoes(s, start, start + word.size(), months)) ||
        (!months && ShortWeekdayBeforeDay(s, word, start + word.size()))) {
      end = start;
      continue;
    }
    std::size_t label = start;
    if (!lexicon::DateFillerWords().count(word) || !DateLeadWord(WordBefore(s, start, label), months) ||
        label == start) {
      return GluedDateWordStart(s, start, start + word.size(), end);
    }
    end = label;
  }
}

// Dates and times are not part of a byline: "Dan Goodin - Apr 16, 2015
// 8:02 pm UTC", "Steven Mufson March 18 at 12:22 PM". Whole dates go first;
// then whatever follows the first number, with the month or weekday words
// right before it; a number glued to a name ("Lucas Nolan22 Dec 2016651")
// ends the name.
std::string RemoveDates(std::string s) {
  const std::vector<DateMatch> dates = FindDates(s);
  if (!dates.empty() && dates.front().end <= s.size()) {
    const DateMatch& d = dates.front();
    // "Monday, November 18, 2019"; but "Theresa May 18 June 2017" keeps May.
    const std::size_t from = SkipDateWordsBack(s, d.begin, false);
    if (Trim(std::string_view(s).substr(0, from)).empty()) {
      // The date leads: "January 17, 2017 at 6:08 PM ET by Kori Schulman".
      s = RemoveDates(s.substr(d.end));
    } else {
      // The date follows the names, and what comes after it is the
      // section or a count: "Tim Childers - Contributor 2019-11-19 Space".
      // Blogs name the section between the names and the date: "Written
      // by Jane Roe in Gardening on 1 June 2019".
      const std::string skipped = AsciiLower(Trim(std::string_view(s).substr(from, d.begin - from)));
      const bool on_date = skipped == "on" || skipped.starts_with("on ");
      const std::size_t in = from > 0 ? s.rfind(" in ", from - 1) : std::string::npos;
      s = s.substr(0, on_date && in != std::string::npos && in > 0 ? in : from);
      // The particle that led into the date, in any language ("Jane Roe
      // el 3 de junio", "Jane Roe le 3 juin"): made-up bylines of Spanish
      // and French news pages.
      s = WithoutTrailingDateParticle(std::string(Trim(s)));
    }
  }
  const std::size_t cut = s.find_first_of("0123456789");
  if (cut == std::string::npos) return s;
  // A number glued to a name: keep the letters before it.
  if (cut > 0 && s[cut - 1] != ' ' && s[cut - 1] != ',' && s[cut - 1] != '.') return s.substr(0, cut);
  return s.substr(0, SkipDateWordsBack(s, cut, true));
}

struct Letters {
  std::size_t upper = 0, lower = 0;
};

Letters CountLetters(std::string_view text) {
  Letters n;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, i));
    n.upper += u_isUUppercase(c) ? 1U : 0U;
    n.lower += u_isULowercase(c) ? 1U : 0U;
  }
  return n;
}

// `name` without a word glued to its last word's end after a run of
// lower-case letters ("Nora EllinghamTransport" gives "Nora Ellingham").
std::string_view WithoutGluedWord(std::string_view name) {
  std::size_t lower = 0;
  for (std::size_t i = name.rfind(' ') + 1; i < name.size(); ++i) {
    const char c = name[i];
    if (c >= 'A' && c <= 'Z' && lower >= thresholds::person_names::kMinLowerBeforeGluedTitle) return name.substr(0, i);
    lower = c >= 'a' && c <= 'z' ? lower + 1 : 0;
  }
  return name;
}

// "Zackery Cuevas Writer", "Emma Ryan Lead Writer": the name before a job
// title glued to it, when that is a name of two words or more. The beat's
// adjective opening a title ("Parliamentary editor") goes with it unless
// the name would then be too short: then it was the surname ("Jane Neal Editor").
std::string WithoutJobTitle(std::string name) {
  const Heuristics& h = GetHeuristics();
  const std::string lower = LowerSameLength(name);
  re2::StringPiece title;
  re2::StringPiece beat;
  if (!RE2::PartialMatch(Piece(lower), h.job_title.Compiled(), &title, &beat)) return name;
  const auto before_at = [&](const char* at) {
    return Trim(std::string_view(name).substr(0, static_cast<std::size_t>(at - lower.data())));
  };
  std::string_view before = before_at(title.data());
  if (!beat.empty() && CountWords(before) < 2) before = before_at(beat.data() + beat.size());
  // The title's first word may be glued to the surname, unknown as a beat.
  before = WithoutGluedWord(before);
  if (CountWords(before) < 2 || !LooksLikePersonName(before) || h.author_role.PartialMatch(before)) return name;
  return std::string(before);
}

// A part that says more of the name before it, not another person: the
// outlet's address ("Aashish Saxena / TIMESOFINDIA.COM"), an outlet in
// capitals after a name that is not ("David Straub, MDR THÜRINGEN"; a
// short run of capitals is a credential, "CFP", or initials), one word
// not in capitals after a name of two or more (a place or a title: "Anna Sleegers,
// Frankfurt", "Johannes Ritter, Zürich", "Christian Unger, Redakteur").
// Seen on German, Swiss, Indian and Lithuanian news pages.
bool DescribesPrevious(std::string_view part, const std::string& previous) {
  part = Trim(part);
  if (part.empty()) return false;
  if (RE2::FullMatch(Piece(part), GetHeuristics().outlet_address)) return true;
  const Letters mine = CountLetters(part);
  const Letters theirs = CountLetters(previous);
  if (mine.lower == 0 && mine.upper >= thresholds::person_names::kMinOutletCapitals && theirs.lower > 0 &&
      CountWords(part) <= thresholds::person_names::kMaxOutletCapitalWords) {
    return true;
  }
  return CountWords(part) == 1 && CountWords(previous) >= 2 && mine.lower > 0;
}

// A short run of capitals after a name in mixed case and a bar, a dot or a
// spaced dash, alone or with a channel number: a broadcaster's call sign
// or an agency ("Jane Roe | KTLA", "Jane Roe · WGN 9"), or the dateline's
// city an Italian or Spanish byline sets after the dash ("di Luca Bianchi
// - ROMA", "Por Ana Gil - LIMA"), no co-author. It describes no
// more than itself: a name after it is a co-author's. After a comma such a
// run is a credential ("Jane Roe, CFP"), which DEV truth counts as a name.
bool ShortCapitalsAfterName(std::string_view part, const std::string& previous) {
  part = Trim(part);
  const std::size_t space = part.find(' ');
  const std::string_view word = part.substr(0, space);
  if (space != std::string_view::npos && part.find_first_not_of("0123456789", space + 1) != std::string_view::npos) {
    return false;
  }
  const Letters mine = CountLetters(word);
  return mine.upper >= 2 && mine.upper < thresholds::person_names::kMinOutletCapitals && mine.upper == CountChars(word) &&
         CountLetters(previous).lower > 0;
}

// A Portuguese or Spanish surname joined by "e" or "y" ("José Volta e
// Pinto", "José Ortega y Gasset"): the conjunction and one capitalised
// word after a name, no wire. A co-author after it is a full name.
bool JoinsSurname(std::string_view separator, std::string_view part) {
  const std::string_view joiner = Trim(separator);
  if (joiner != "e" && joiner != "y") return false;
  part = Trim(part);
  std::size_t k = 0;
  return !part.empty() && part.find(' ') == std::string_view::npos &&
         u_isupper(static_cast<UChar32>(NextCodePoint(part, k))) && !GetHeuristics().agency_name.FullMatch(part);
}

// The word starts with a letter of a script with case (Latin, Cyrillic,
// Greek).
bool InCasedScript(std::string_view word) {
  std::size_t at = 0;
  return !word.empty() && u_hasBinaryProperty(static_cast<UChar32>(NextCodePoint(word, at)), UCHAR_CASED);
}

// The word starts with a letter of a script that spaces its words and
// writes a name in two or more of them: a cased one, Arabic or Hebrew
// (not Chinese, Japanese or Korean, whose name is one word).
bool InSpacedNameScript(std::string_view word) {
  if (InCasedScript(word)) return true;
  std::size_t at = 0;
  const char32_t first = word.empty() ? 0 : NextCodePoint(word, at);
  return first >= U'\u0590' && first <= U'\u06FF';  // Hebrew and Arabic
}

// A bar or a dot between parts, which joins no names: "|", "·", "•". A
// slash or a dash sets an outlet after a name ("Laura / House Plant
// House") as often.
bool IsBarOrDot(std::string_view separator) {
  static constexpr std::string_view kMarks[] = {"|", "·", "•", "⋅", "●"};
  const std::string_view mark = Trim(separator);
  return std::find(std::begin(kMarks), std::end(kMarks), mark) != std::end(kMarks);
}

// A dash with spaces around it: "Jane Roe - ROMA", " – ", " — ".
bool IsSpacedDash(std::string_view separator) {
  static constexpr std::string_view kDashes[] = {"-", "\u2013", "\u2014"};
  const std::string_view mark = Trim(separator);
  return mark.size() < separator.size() && std::find(std::begin(kDashes), std::end(kDashes), mark) != std::end(kDashes);
}

// Cuts a Japanese role after the name ("山田太郎 著" gives "山田太郎");
// false when the role is not an author's (a translator's, "鈴木一郎 訳").
bool WithoutRoleSuffix(std::string& name) {
  // The roles are Japanese: a name in ASCII has none.
  if (IsAscii(name)) return true;
  re2::StringPiece author_role;
  re2::StringPiece spaced_role;
  re2::StringPiece other_role;
  const re2::StringPiece whole = Piece(name);
  if (!RE2::PartialMatch(whole, GetHeuristics().name_role_suffix, &author_role, &spaced_role, &other_role)) {
    return true;
  }
  if (!other_role.empty()) return false;
  const re2::StringPiece role = author_role.empty() ? spaced_role : author_role;
  // Read before `name` is replaced: `role` points into it.
  std::size_t k = 0;
  const char32_t first = NextCodePoint(std::string_view(role.data(), role.size()), k);
  const bool hangul = first >= U'\uAC00' && first <= U'\uD7A3';  // the Hangul syllables
  name = std::string(Trim(std::string_view(name).substr(0, static_cast<std::size_t>(role.data() - whole.data()))));
  // A Korean name is one word; the words before it under a reporter's
  // title are the outlet's ("[한빛일보 김민수 기자]", "서울신문 김민수 기자").
  if (hangul && name.rfind(' ') != std::string::npos) {
    name = name.substr(name.rfind(' ') + 1);
  }
  return true;
}

// "Jr.", "III": the end of the name before, in any case.
bool IsNameSuffix(std::string_view part) {
  const std::string lower = AsciiLower(part);
  return std::find(std::begin(lexicon::kNameSuffixes), std::end(lexicon::kNameSuffixes), lower) !=
         std::end(lexicon::kNameSuffixes);
}

// Adds the part of a byline when it is a person's name, once. A job title
// is cut from a name only when no name comes before it: after one, the
// part is its outlet and title ("Tim Childers - Live Science Contributor").
// A degree after a name stays, as DEV truth keeps it ("Jane Roe, MS, RD",
// like "Jane Roe, CFP"); alone it names no one.
void AddName(std::string_view part, bool after_name, std::vector<std::string>& names) {
  const Heuristics& h = GetHeuristics();
  std::string name = CollapseSpace(StripPrefix(std::string(Trim(part))));
  if (!after_name) name = WithoutJobTitle(std::move(name));
  if (!WithoutRoleSuffix(name)) return;
  // The stop of "Jr." is the suffix's own, not the sentence's.
  const std::size_t last_word = name.rfind(' ');
  const bool keeps_stop = last_word != std::string::npos && IsNameSuffix(std::string_view(name).substr(last_word + 1));
  while (!keeps_stop && !name.empty() && (name.back() == '.' || name.back() == ':')) name.pop_back();
  // A label inside a part after a name credits another role: "Text: Jana
  // Roe | Fotos: Olaf Brink"; a part after a name that opens in lower case
  // says where the writer is or writes for ("Ana Roe, de São Paulo", "da
  // Folha", "em Brasília"), as a name opens with a capital.
  // An empty part (two separators in a row) has no first letter to read.
  const std::string_view opening = Trim(part);
  std::size_t k = 0;
  if (after_name && (name.find(": ") != std::string::npos ||
                     (!opening.empty() && u_islower(static_cast<UChar32>(NextCodePoint(opening, k)))))) {
    return;
  }
  const bool degree = h.author_credential.FullMatch(name);
  // A comment count beside the date ("No Comments", "3 Kommentare") is a
  // link to the thread, never a person.
  if (name.empty() || IsBylinePrefixOnly(name) || (degree && !after_name) || IsNameSuffix(name) ||
      IsNamed(MatchLabelPhraseLower(LowerSameLength(name)), kCommentsLabel) ||
      (!degree && (h.author_role.PartialMatch(name) || RE2::FullMatch(Piece(name), h.outlet_address) ||
                   RE2::FullMatch(Piece(name), h.agency_line) || h.agency_name.FullMatch(name) ||
                   !LooksLikePersonName(name)))) {
    return;
  }
  const std::string folded = FoldForCompare(name);
  for (const std::string& n : names) {
    if (FoldForCompare(n) == folded) return;
  }
  names.push_back(std::move(name));
}

// "and" or "&" with no comma: inside a job title it joins the title's two
// halves ("Head of Marketing and Strategy").
bool IsBareConjunction(std::string_view separator) {
  const std::string word = AsciiLower(Trim(separator));
  return word == "and" || word == "&";
}

// A job title that ends in the field it heads: "Head of Marketing",
// "Director of Research". An "and" after it joins a second field.
bool HeadsAField(std::string_view part) {
  const std::string lower = AsciiLower(part);
  return lower.find(" of ") != std::string::npos;
}

// Where the line holds a nickname in brackets between two names' words
// ("Robert (Bob) Miller"): [begin, end) of each.
std::vector<std::pair<std::size_t, std::size_t>> NicknameSpans(const std::string& s) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  // Most bylines hold no bracket or quote: the pattern is not run on them.
  if (s.find_first_of("(\"") == std::string::npos && s.find("\u201C") == std::string::npos) return spans;
  const CheckedPattern& pattern = GetHeuristics().bracketed_nickname;
  if (!RE2::PartialMatch(Piece(s), pattern.Loose())) return spans;
  re2::StringPiece in = Piece(s);
  re2::StringPiece nickname;
  while (RE2::FindAndConsume(&in, pattern.Exact(), &nickname)) {
    const auto begin = static_cast<std::size_t>(nickname.data() - s.data());
    spans.emplace_back(begin, begin + nickname.size());
  }
  return spans;
}

// A wire after `joined_by` is one more author: joined by "and", or by a
// comma that closes reporters "and" joined ("Jana Roe und Olaf Brink,
// dpa"). After one name a comma gives the reporter's employer ("Jane Roe,
// Reuters").
bool JoinsWire(std::string_view joined_by, std::string_view joined_before) {
  return IsCoauthorJoin(joined_by) || (Trim(joined_by) == "," && IsCoauthorJoin(joined_before));
}

// A name of Han characters as Chinese prints it: two to four, no space.
bool HanName(std::string_view word) {
  std::size_t k = 0;
  std::size_t count = 0;
  while (k < word.size()) {
    const char32_t cp = NextCodePoint(word, k);
    if (cp < U'\u4E00' || cp > U'\u9FFF') return false;
    ++count;
  }
  return count >= thresholds::byline::kMinHanNameChars && count <= thresholds::byline::kMaxHanNameChars;
}

// A Chinese paper's reporters after the simplified title, set apart by
// spaces alone ("记者 王小明 李华", "本报记者 陈静 赵强" on news pages of two
// Chinese sites), joined by the list comma "、" that splits them; the line
// as it is otherwise. Japanese puts a space inside one name ("高橋 由美")
// but never writes the simplified title.
std::string SpacedHanReporters(std::string_view line) {
  std::string_view rest = Trim(line);
  const std::size_t slash = rest.rfind("\uFF0F");
  const bool reports = slash != std::string_view::npos && rest.ends_with(lexicon::kTraditionalReportMark);
  const std::string_view tail = reports ? rest.substr(slash) : std::string_view();
  if (reports) rest = Trim(rest.substr(0, slash));
  std::vector<std::string_view> titles(std::begin(lexicon::kSimplifiedReporterTitles),
                                       std::end(lexicon::kSimplifiedReporterTitles));
  if (reports) titles.insert(titles.end(), std::begin(lexicon::kTraditionalReporterTitles),
                             std::end(lexicon::kTraditionalReporterTitles));
  for (std::string_view title : titles) {
    if (rest.substr(0, title.size()) != title) continue;
    std::string joined(title);
    std::size_t words = 0;
    std::string_view names = rest.substr(title.size());
    while (!(names = Trim(names)).empty()) {
      const std::string_view word = names.substr(0, names.find(' '));
      if (!HanName(word)) return std::string(line);
      joined += words++ == 0 ? " " : "\u3001";
      joined += word;
      names.remove_prefix(word.size());
    }
    return words >= 2 ? joined.append(tail) : std::string(line);
  }
  return std::string(line);
}

// Adds the names of one line of a byline.
void AddLineNames(std::string_view line, std::vector<std::string>& names) {
  const Heuristics& h = GetHeuristics();
  std::string kept = SpacedHanReporters(line);
  RE2::GlobalReplace(&kept, h.non_author_note, "");
  std::string s = CleanByline(kept);
  if (StartsWithBylinePrefix(line)) h.byline_outlet_for.GlobalReplace(&s, "");
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": brackets
  // hold more names or the outlet, unless they hold a nickname.
  // The spans come in order and apart: one walk beside the text's.
  const std::vector<std::pair<std::size_t, std::size_t>> nicknames = NicknameSpans(s);
  auto span = nicknames.begin();
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (span != nicknames.end() && span->second <= i) ++span;
    const bool nickname = span != nicknames.end() && i >= span->first;
    if (!nickname && (s[i] == '(' || s[i] == ')' || s[i] == '[' || s[i] == ']')) s[i] = ',';
  }
  // After a role or an outlet ("Jane Doe, Staff Writer, ACLU Speech,
  // Privacy, and Technology Project") the parts describe that person,
  // until a conjunction brings in the next name.
  std::string_view remaining(s);
  re2::StringPiece sep;
  bool in_role = false;
  bool after_name = false;  // the part before was a name, and no conjunction came since
  bool in_title = false;    // the part before ends in a job title, and a bare "and" came after it
  // The line's first part, when no "By" leads it: "Posted By: Kiersten ·
  // In: Sides" names Kiersten.
  const bool prefixed = StartsWithBylinePrefix(line);
  bool first = !prefixed;
  bool after_bar = false;   // a bar or a dot came before the part
  bool after_dash = false;  // a spaced dash came before the part
  std::size_t label = std::string::npos;  // where the line's first part, one word, went in `names`
  // The separators before the part and before the one ahead of it (views
  // into `s`, which stays as it is).
  std::string_view joined_by, joined_before;
  bool named_before = false;  // the part before was a name, whatever joined it to this one
  while (!remaining.empty()) {
    re2::StringPiece input = Piece(remaining);
    const bool last = !RE2::PartialMatch(input, h.author_separator, &sep) || sep.empty();
    const std::size_t at = last ? remaining.size() : static_cast<std::size_t>(sep.data() - remaining.data());
    const std::string_view part = Trim(remaining.substr(0, at));
    const std::size_t known = names.size();
    const bool follows_name = after_name;
    // The title's second half ("Executive Editor and Master Gardener") is no name.
    const bool suffix = after_name && IsNameSuffix(part);
    const bool surname = !suffix && named_before && !in_role && !names.empty() && JoinsSurname(joined_by, part);
    if (suffix) {
      names.back() += ' ';
      names.back() += part;
    } else if (surname) {
      names.back() += ' ';
      names.back() += Trim(joined_by);
      names.back() += ' ';
      names.back() += part;
    } else if (after_name && (after_bar || after_dash) && ShortCapitalsAfterName(part, names.back())) {
      // Nothing to add, and a name after it is a co-author's.
    } else if (!in_title && !in_role && last && !names.empty() && JoinsWire(joined_by, joined_before) &&
               h.agency_name.FullMatch(part)) {
      // A wire joined to the reporters as the last author shares the credit.
      names.emplace_back(part);
    } else if (!in_title && !in_role && after_name &&
               ((after_dash && prefixed) || DescribesPrevious(part, names.back()))) {
      // In a "By" line a spaced dash after a name brings in the dateline's
      // place or the outlet, no co-author, whom a conjunction would join
      // ("Por Ana Souza — São Paulo", "By Tom Davies - Associated Press":
      // news pages of several sites and languages).
      in_role = true;
    } else if (!in_title && !in_role) {
      AddName(part, after_name, names);
    }
    after_name = suffix || surname || names.size() > known;
    if (label < names.size() && after_name && CountWords(names.back()) >= 2 &&
        names.back().find(':') == std::string::npos) {
      names.erase(names.begin() + static_cast<std::ptrdiff_t>(label));
    }
    label = std::string::npos;
    if (!part.empty()) {
      in_role = in_role || h.author_role.PartialMatch(part) ||
                h.agency_name.FullMatch(part);
    }
    if (last) break;
    const std::string_view separator(sep.data(), sep.size());
    // A semicolon parts people as "and" does: each name with its own role
    // or outlet ("Jane Roe, Senior Reporter; John Doe, Staff Writer").
    const bool conjunction = std::any_of(separator.begin(), separator.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '&' || c == ';';
    });
    // A title glued to the name, or alone; one set after the name by a
    // separator ends where "and" brings in a co-author ("Jane Doe, Staff
    // Writer and John Roe"), unless it heads a field ("Head of Marketing and
    // Community Development": the field goes on).
    in_title = !in_title && (!follows_name || HeadsAField(part)) && IsBareConjunction(separator) &&
               h.job_title.PartialMatch(part);
    // One word first, set apart by a mark, is the section's label when a
    // full name follows ("Politik · Jane Roe", "Sport | Jane Roe"); set
    // apart by a spaced dash, the dateline's place, as Arabic and Turkish
    // news print it before the reporter ("Ankara - Ayşe Yılmaz"). Chinese,
    // Japanese and Korean write a whole name as one word.
    after_bar = IsBarOrDot(separator);
    after_dash = IsSpacedDash(separator);
    if (first && after_name && CountWords(names.back()) == 1 && InSpacedNameScript(names.back()) &&
        (after_bar || after_dash)) {
      label = known;
    }
    first = false;
    named_before = after_name;
    if (conjunction) in_role = after_name = false;
    joined_before = std::exchange(joined_by, separator);
    remaining = remaining.substr(at + sep.size());
  }
}

// A label that leads the line's date is the date's, not noise after a
// name: "Posted on May 2, 2025May 9, 2025 by Jane Roe" (a post's date and
// its update's, glued in a text copy).
std::string WithoutDateLabel(std::string s) {
  const std::vector<DateMatch> dates = FindDates(s, 1);
  if (dates.empty() || dates.front().begin == 0 ||
      !GetHeuristics().date_label_lead.FullMatch(std::string_view(s).substr(0, dates.front().begin))) {
    return s;
  }
  return s.substr(dates.front().begin);
}

// A word of a name in a script without case holds letters and the dots
// between a foreign name's parts ("ジョン・スミス") only: a sentence's
// question mark or a label's colon ("来源：", "后果很严重？") is none.
bool UncasedNameWord(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(word, i));
    const int8_t type = u_charType(c);
    const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
    if (!u_isalpha(c) && !mark && !u_hasBinaryProperty(c, UCHAR_DIACRITIC) && c != 0x00B7 && c != 0x30FB && c != 0xFF65 &&
        c != 0x2027 && c != '.' && c != '-') {
      return false;
    }
  }
  return true;
}

// A Korean or Japanese info line that names the reporter by the title
// after the name, then the date and its label: "김민수 기자 입력 2024.07.11
// 09:05", "박준호 기자 | 승인 2024.07.11" (the CMS of many Korean papers).
// The title ends the part before the date once the label and the marks
// between go. A cheap test first: the title's bytes.
bool ReporterTitleBeforeDate(std::string_view s) {
  static constexpr std::string_view kTitles[] = {"\uAE30\uC790", "\uD2B9\uD30C\uC6D0", "\u8A18\u8005"};
  if (std::none_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view t) { return s.find(t) != s.npos; })) {
    return false;
  }
  const std::vector<DateMatch> dates = FindDates(s, 1);
  if (dates.empty() || dates.front().begin == 0) return false;
  std::string_view before = Trim(s.substr(0, dates.front().begin));
  const std::size_t space = before.rfind(' ');
  if (space != std::string_view::npos &&
      GetHeuristics().date_label_lead.FullMatch(std::string(before.substr(space + 1)) + " ")) {
    before = Trim(before.substr(0, space));
  }
  while (!before.empty() && std::string_view("|/-:").find(before.back()) != std::string_view::npos) {
    before = Trim(before.substr(0, before.size() - 1));
  }
  while (before.ends_with("\u00B7")) before = Trim(before.substr(0, before.size() - std::string_view("\u00B7").size()));
  return !before.empty() && EndsWithReporterTitle(before);
}

// Whether `s` may hold PlaceBeforeCoauthor's place: "in" between white
// space, then a capital letter. Its letter classes cost 29 M instructions to
// compile, which a page whose byline names no place need not pay.
bool PlaceMayFollowIn(std::string_view s) {
  for (std::size_t k = s.find("in", 1); k != std::string_view::npos; k = s.find("in", k + 1)) {
    std::size_t at = k + 2;
    if (!IsPatternSpace(s[k - 1])) continue;
    while (at < s.size() && IsPatternSpace(s[at])) ++at;
    if (at == k + 2 || at == s.size()) continue;
    if (u_charType(static_cast<UChar32>(NextCodePoint(s, at))) == U_UPPERCASE_LETTER) return true;
  }
  return false;
}

// The end of the figures of affiliation notes that start at `at`
// ("1", "1,2"), or `at` when none start there.
std::size_t AffiliationMarksEnd(std::string_view s, std::size_t at) {
  std::size_t end = at;
  for (std::size_t k = at;;) {
    std::size_t digits = 0;
    while (k + digits < s.size() && digits <= thresholds::person_names::kMaxAffiliationDigits &&
           std::isdigit(static_cast<unsigned char>(s[k + digits]))) {
      ++digits;
    }
    if (digits == 0 || digits > thresholds::person_names::kMaxAffiliationDigits) return end;
    end = k + digits;
    if (end + 1 >= s.size() || s[end] != ',' || !std::isdigit(static_cast<unsigned char>(s[end + 1]))) return end;
    k = end + 1;
  }
}

// Whether a name's list goes on at `at`, right after figures: a
// separator after spaces, the text's end, or a word joining a co-author
// ("and", "und", "et"); not any short word ("Jane Roe5 min read").
bool NamesGoOnAt(std::string_view s, std::size_t at) {
  std::size_t k = at;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k == s.size() || s[k] == ',' || s[k] == ';' || s[k] == '&') return true;
  if (k == at) return false;
  const std::size_t space = s.find(' ', k);
  return space != std::string_view::npos && IsCoauthorJoin(s.substr(k, space - k));
}

// A paper's or a journal's author list marks each name with the figures
// of its affiliation notes, which a copy glues to the surname ("By Jane
// Roe0, John Doe & Mary Major", "Jane Roe1 ; John Doe2", "Jane Roe1,2
// and John Doe3"): science news and journal sites' text copies, where the
// first figure ended the byline. Only figures after a capitalised word
// that is not the text's first and before the list goes on: "Jane Roe5
// hours ago" and a login ("jdoe42") keep theirs. One pass, no pattern:
// Unicode letter classes cost millions of instructions to compile.
std::string WithoutAffiliationMarks(std::string s) {
  std::string out;
  out.reserve(s.size());
  std::size_t word_start = std::string::npos;  // of the word being read, when a space precedes it
  char32_t first = 0, prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (std::isdigit(static_cast<unsigned char>(s[i])) && word_start != std::string::npos && u_isupper(static_cast<UChar32>(first)) &&
        u_islower(static_cast<UChar32>(prev))) {
      const std::size_t end = AffiliationMarksEnd(s, i);
      if (end > i && NamesGoOnAt(s, end)) {
        i = end;
        prev = 0;
        continue;
      }
    }
    const std::size_t at = i;
    const char32_t c = NextCodePoint(s, i);
    out.append(s, at, i - at);
    if (c == U' ') {
      word_start = i;
      first = 0;
    } else if (at == word_start) {
      first = c;
    }
    prev = c;
  }
  return out;
}

}  // namespace

std::string CleanByline(std::string_view raw) {
  std::string s = CollapseSpace(raw);
  // A Japanese paper's bracketed credit holds the names after a title or a place.
  if (const std::string_view names = BracketedCjkCreditNames(s); !names.empty()) s = std::string(names);
  s = WithoutDateLabel(StripPrefix(std::move(s)));
  GetHeuristics().glued_byline_label.GlobalReplace(&s, "\\1 \\2");
  s = WithoutAffiliationMarks(std::move(s));
  if (s.find_first_of(".;") != std::string::npos) RE2::GlobalReplace(&s, CreditAfterStop(), "");
  RE2::GlobalReplace(&s, GetHeuristics().byline_noise, "");
  if (!IsAscii(s)) RE2::GlobalReplace(&s, CjkBylineNoise(), "");
  s = RemoveDates(std::move(s));
  if (PlaceMayFollowIn(s)) PlaceBeforeCoauthor().GlobalReplace(&s, "\\1");
  GetHeuristics().byline_section.Replace(&s, "");
  // "Mroue,Deb" as copied from a page that puts names in separate elements.
  std::string out;
  out.reserve(s.size() + 4);
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if ((s[i] == ',' || s[i] == ';') && i + 1 < s.size() && s[i + 1] != ' ') out += ' ';
  }
  out = CollapseSpace(out);
  static constexpr std::string_view kJunk[] = {",", ";", "|", "-", ":", " ", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93",
                                               "\xE2\x80\x94", "\xE2\x8B\x85", "\xE2\x97\x8F", "/", "\xEF\xBC\x8F", "(", "[", "\xC2\xBB"};
  auto trailing_junk = [](std::string_view t) {
    for (std::string_view j : kJunk) {
      if (t.ends_with(j)) return j.size();
    }
    return std::size_t{0};
  };
  while (std::size_t n = trailing_junk(out)) out.resize(out.size() - n);
  // Leading: the separator left of a date the line started with ("Dec 17,
  // 2025 · Jane Roe"); no bracket, which may open a name's note.
  auto leading_junk = [](std::string_view t) {
    for (std::string_view j : kJunk) {
      if (j != "(" && j != "[" && j != ":" && t.starts_with(j)) return j.size();
    }
    return std::size_t{0};
  };
  std::size_t start = 0;
  while (std::size_t n = leading_junk(std::string_view(out).substr(start))) start += n;
  return StripPrefix(out.substr(start));
}

namespace {

// Only date words ("Wednesday", "on") in `lead`, or nothing.
bool OnlyDateWords(std::string_view lead) {
  std::size_t i = 0;
  while (i < lead.size()) {
    while (i < lead.size() && (lead[i] == ' ' || lead[i] == ',' || lead[i] == '.')) ++i;
    std::size_t j = i;
    while (j < lead.size() && lead[j] != ' ' && lead[j] != ',' && lead[j] != '.') ++j;
    if (j > i && !IsDateWord(AsciiLower(lead.substr(i, j - i)))) return false;
    i = j;
  }
  return true;
}

// WithoutLeadingDates of a text already collapsed, with the space after it.
std::string CutLeadingDates(std::string s) {
  const Heuristics& h = GetHeuristics();
  // The dates that lead, only a weekday or a label before each ("Wednesday
  // January 18", "Posted on"): blogs print a post's date and its update's
  // together, in a text copy often glued ("May 2, 2025June 9, 2025 by").
  const auto lead = [&](const DateMatch& d) {
    const std::string_view before = std::string_view(s).substr(0, d.begin);
    return OnlyDateWords(before) || h.date_label_lead.FullMatch(before);
  };
  for (std::vector<DateMatch> d = FindDates(s, 1); !d.empty() && lead(d.front()); d = FindDates(s, 1)) {
    s = CollapseSpace(std::string_view(s).substr(d.front().end)) + " ";
  }
  return s;
}

}  // namespace

std::string WithoutLeadingDates(std::string_view text) {
  // The space lets a prefix that ends the text match ("By").
  return CutLeadingDates(CollapseSpace(text) + " ");
}

namespace {

// One of the first words of `name` (a byline's first name, particles aside)
// is in lower case and more words follow it in `after` (the line after its
// label): "München bis Aachen: ...", "qué sube ...", not "Sun-Times staff".
bool LowerCaseRunsOn(std::string_view name, std::string_view after) {
  int checked = 0;
  for (std::size_t i = 0; i < name.size() && checked < thresholds::byline::kLabelNameWordsChecked;) {
    const std::size_t start = name.find_first_not_of(' ', i);
    if (start == std::string_view::npos) break;
    i = std::min(name.find(' ', start), name.size());
    const std::string_view word = name.substr(start, i - start);
    // A date or a reading time after the name ends it.
    if (word.find_first_of("0123456789") != std::string_view::npos) break;
    if (IsParticle(AsciiLower(word))) continue;
    ++checked;
    std::size_t k = 0;
    char32_t first = NextCodePoint(word, k);
    if ((first == U'(' || first == U'"' || first == U'\u201C') && k < word.size()) first = NextCodePoint(word, k);
    if (!u_islower(static_cast<UChar32>(first))) continue;
    // A lower-case word last is a role or an outlet's ("Sun-Times staff"),
    // before a date a user's name ("By janeroe March 3, 2025"); one with
    // more words after it, past an "and" too, runs on as a sentence ("Door
    // storm en regen naar huis").
    const std::size_t next = after.find_first_not_of(' ', i);
    return next != std::string_view::npos && !std::isdigit(static_cast<unsigned char>(after[next])) &&
           after.substr(next, after.find(' ', next) - next).find_first_of("0123456789") == std::string_view::npos;
  }
  return false;
}

}  // namespace

bool HeadlineAfterBylineLabel(std::string_view text) {
  const Heuristics& h = GetHeuristics();
  text = Trim(text);
  // A headline opens with a capital; a lower-case "by" line is a byline
  // (or a forum's "by username"), one ending in a colon labels the next
  // ("Author of the article:").
  if (text.empty() || text.front() < 'A' || text.front() > 'Z' || text.back() == ':') return false;
  re2::StringPiece in = Piece(text);
  // Only a label of one word opens a headline ("Von ...", not "Posted by").
  if (!h.byline_prefix.Consume(&in)) return false;
  if (Trim(text.substr(0, text.size() - in.size())).find(' ') != std::string_view::npos) return false;
  // The first name of the line: up to a co-author's "and", a bar or a
  // comma, or a headline's colon.
  const std::string_view after(in.data(), in.size());
  std::string_view name = after.substr(0, after.find(':'));
  re2::StringPiece sep;
  if (RE2::PartialMatch(in, h.author_separator, &sep) && !sep.empty()) {
    name = name.substr(0, std::min(name.size(), static_cast<std::size_t>(sep.data() - in.data())));
  }
  // A team or a desk credited with an article ("By the Lavazza Team").
  return LowerCaseRunsOn(name, after) && !h.author_role.PartialMatch(name);
}

bool StartsWithBylinePrefix(std::string_view text) {
  const Heuristics& h = GetHeuristics();
  const std::string s = CollapseSpace(text) + " ";
  if ((h.byline_prefix.PartialMatch(s) && !HeadlineAfterBylineLabel(s)) || GluedBylinePrefix(s) > 0 ||
      EndsWithReporterTitle(s) || ReporterTitleBeforeDate(s) || WithoutPlaceBeforeLabel(s).size() < s.size() ||
      !BracketedCjkCreditNames(Trim(text)).empty()) {
    return true;
  }
  const std::string rest = CutLeadingDates(s);
  return rest != s && h.byline_prefix.PartialMatch(rest);
}

bool EndsWithReporterTitle(std::string_view text) {
  return RE2::PartialMatch(Piece(text), GetHeuristics().reporter_suffix);
}

std::string WithoutCreditClauses(std::string_view text) {
  const AnyCasePattern& credit = GetHeuristics().non_author_credit;
  if (!credit.PartialMatch(text)) return std::string(text);
  static constexpr std::string_view kDash = " \u2014 ";
  std::string kept;
  std::string_view last_mark;  // the mark before the clause being read
  bool dropped = false;
  for (std::string_view rest = text; !rest.empty();) {
    std::size_t at = rest.size(), size = 0;
    for (std::string_view mark : lexicon::kMetaLineMarks) {
      if (const std::size_t k = rest.find(mark); k < at) at = k, size = mark.size();
    }
    if (const std::size_t k = rest.find(kDash); k < at) at = k, size = kDash.size();
    const std::string_view clause = rest.substr(0, at);
    if (credit.PartialMatch(clause)) {
      dropped = true;
    } else {
      if (!kept.empty()) kept += last_mark;
      kept += clause;
    }
    last_mark = rest.substr(at, size);
    rest.remove_prefix(std::min(rest.size(), at + size));
  }
  return dropped && !Trim(kept).empty() ? kept : std::string(text);
}

namespace {

// An age has at most three digits ("Jane Roe, 103, of ...").
constexpr std::size_t kMaxAgeDigits = 3;

// A person's age in commas after the name ("Jane Roe, 83, of Springfield,
// passed away ... on March 3, 2024"): the opening of a story about the
// person, an obituary's or a court report's, never a byline.
bool AgeAfterName(std::string_view rest) {
  if (rest.size() < 2 || rest[0] != ',' || rest[1] != ' ') return false;
  std::size_t k = 2;
  while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
  return k > 2 && k - 2 <= kMaxAgeDigits && k < rest.size() && rest[k] == ',';
}

}  // namespace

bool OpensStoryOfPerson(std::string_view text) {
  // The cheap test first: most lines hold no number in commas.
  bool age = false;
  for (std::size_t at = text.find(", "); at != std::string_view::npos && !age; at = text.find(", ", at + 1)) {
    age = AgeAfterName(text.substr(at));
  }
  if (!age) return false;
  const std::vector<std::string> names = SplitAuthors(text);
  const std::string_view rest = Trim(text);
  return !names.empty() && rest.substr(0, names.front().size()) == names.front() &&
         AgeAfterName(rest.substr(names.front().size()));
}

bool NamesLead(std::string_view text) {
  if (StartsWithBylinePrefix(text)) return true;
  const std::vector<std::string> names = SplitAuthors(text);
  if (names.empty()) return false;
  std::string_view rest = Trim(text);
  const std::vector<DateMatch> dates = FindDates(rest, 1);
  if (!dates.empty() && dates.front().begin == 0) {
    // "18/03/2019 | André Mindermann", "9. September 2025 um 15:46 Uhr /
    // Frank Roe": the separator after the date goes.
    rest = rest.substr(dates.front().end);
    while (!rest.empty() && (std::string_view(" |,;:-/").find(rest.front()) != std::string_view::npos ||
                             static_cast<unsigned char>(rest.front()) >= 0x80)) {
      if (static_cast<unsigned char>(rest.front()) < 0x80) {
        rest.remove_prefix(1);
        continue;
      }
      std::size_t k = 0;
      const char32_t cp = NextCodePoint(rest, k);
      if (u_isalpha(static_cast<UChar32>(cp))) break;
      rest.remove_prefix(k);
    }
  }
  return rest.substr(0, names.front().size()) == names.front() && !AgeAfterName(rest.substr(names.front().size()));
}

bool DateLabelLeads(std::string_view text) {
  const std::vector<std::string> names = SplitAuthors(text);
  if (names.empty()) return false;
  const std::size_t at = text.find(names.front());
  if (at == std::string_view::npos) return false;
  const std::string_view after = text.substr(at + names.front().size());
  const std::optional<DateMatch> date = FindDate(after);
  if (!date) return false;
  const std::string_view between = Trim(after.substr(0, date->begin));
  return between == ":" || between == "\uFF1A";
}

namespace {

struct Field {
  std::string_view text;
  bool after_comma = false;  // set off from the field before by a comma
};

// The line's fields, as the date line's marks set them apart; at most
// kMaxDateLineFields, the last holding the rest.
std::vector<Field> DateLineFields(std::string_view text) {
  std::vector<Field> fields;
  bool after_comma = false;
  re2::StringPiece sep;
  while (fields.size() + 1 < thresholds::person_names::kMaxDateLineFields &&
         RE2::PartialMatch(Piece(text), GetHeuristics().date_line_field, &sep) && !sep.empty()) {
    const auto at = static_cast<std::size_t>(sep.data() - text.data());
    fields.push_back({text.substr(0, at), after_comma});
    after_comma = Trim(std::string_view(sep.data(), sep.size())) == ",";
    text = text.substr(at + sep.size());
  }
  fields.push_back({text, after_comma});
  return fields;
}

// One person's name and nothing else, of two to four words.
bool OneNameAlone(std::string_view field) {
  if (!PlainName(field)) return false;
  const std::size_t words = CountWords(field);
  if (words < thresholds::person_names::kMinFieldNameWords || words > thresholds::person_names::kMaxFieldNameWords ||
      !LooksLikePersonName(field)) {
    return false;
  }
  const std::vector<std::string> names = SplitAuthors(field);
  return names.size() == 1 && names.front() == field;
}

}  // namespace

std::string NamesFieldOfDateLine(std::string_view text) {
  const std::vector<Field> fields = DateLineFields(Trim(text));
  for (std::size_t k = 1; k < fields.size(); ++k) {
    if (!StartsWithBylinePrefix(fields[k].text)) continue;
    std::size_t end = k + 1;
    while (end < fields.size() && fields[end].after_comma) ++end;
    const Field& upto = fields[end - 1];
    const auto length = static_cast<std::size_t>(upto.text.data() + upto.text.size() - fields[k].text.data());
    return std::string(Trim(std::string_view(fields[k].text.data(), length)));
  }
  const std::string_view last = Trim(fields.back().text);
  if (fields.size() < 2 || !OneNameAlone(last)) return {};
  const std::string_view before(text.data(), static_cast<std::size_t>(last.data() - text.data()));
  return FindDates(before, 1).empty() ? std::string() : std::string(last);
}

namespace {

// The value of a Chinese info line's source field ("来源：例报" gives
// "例报"), up to the next space; "" when the line has none.
std::string_view ChineseSourceValue(std::string_view text) {
  for (std::string_view label : lexicon::kChineseSourceLabels) {
    const std::size_t at = text.find(label);
    if (at == std::string_view::npos) continue;
    std::string_view rest = text.substr(at + label.size());
    for (std::string_view colon : {"\uFF1A", ":"}) {
      if (rest.substr(0, colon.size()) == colon) rest = Trim(rest.substr(colon.size()));
    }
    std::size_t end = rest.find_first_of(" \t");
    end = std::min(end, rest.find("\u3000"));
    return rest.substr(0, end);
  }
  return {};
}

}  // namespace

std::string CjkBylineField(std::string_view text) {
  // The labels' colon is full-width or follows a Han label: a line in
  // ASCII has none, and most lines are, so the pattern is not run on them.
  if (IsAscii(text)) return {};
  re2::StringPiece spaced, untitled, glued, value;
  if (!RE2::PartialMatch(Piece(text), GetHeuristics().cjk_byline_field, &spaced, &untitled, &glued, &value) ||
      value.empty()) {
    return {};
  }
  const re2::StringPiece label = !spaced.empty() ? spaced : !untitled.empty() ? untitled : glued;
  const std::string name(value.data(), value.size());
  // A placeholder or the outlet's name leaves the label with no one.
  const bool no_one = lexicon::IsOneOf(AsciiLower(name), lexicon::kChinesePlaceholderAuthors) ||
                      name == ChineseSourceValue(text);
  return std::string(label.data(), label.size()) + (no_one ? std::string() : name);
}

std::string ByClauseOfDateLine(std::string_view text) {
  const std::string s = CollapseSpace(text);
  re2::StringPiece by, rest;
  if (!RE2::PartialMatch(s, GetHeuristics().date_line_by_clause, &by, &rest)) return {};
  std::string_view names(rest.data(), rest.size());
  // The names end at the date, at a number ("59 Comments"), at " on "
  // before the date, or at a mark that starts another field.
  if (const std::optional<DateMatch> date = FindDate(names)) names = names.substr(0, date->begin);
  names = names.substr(0, names.find_first_of("0123456789|"));
  names = names.substr(0, names.find(" on "));
  for (std::string_view mark : {"\u00B7", "\u2022", "\u2014", " - "}) names = names.substr(0, names.find(mark));
  names = Trim(names);
  while (!names.empty() && std::string_view(",;:").find(names.back()) != std::string_view::npos) {
    names = Trim(names.substr(0, names.size() - 1));
  }
  // The particle before the date in other languages ("Von Jane Roe am 3.
  // Juni", "Por Jane Roe em 3 de junho", "Door Jane Roe op 3 juni").
  const std::string kept = WithoutTrailingDateParticle(std::string(names));
  return kept.empty() ? std::string() : std::string(by.data(), by.size()) + " " + kept;
}

namespace {

// What follows the first copy of a name that `s` repeats at its start, or
// nothing.
std::optional<std::string> AfterRepeatedName(const std::string& s) {
  using thresholds::person_names::kMaxRepeatedNameBytes;
  // Heads past the first digit hold it: no name.
  const std::size_t digit = std::min(s.find_first_of("0123456789"), s.size());
  const std::size_t last = std::min({digit + 1, s.size(), kMaxRepeatedNameBytes + 1});
  for (std::size_t k = thresholds::person_names::kMinRepeatedNameBytes; k < last; ++k) {
    // The first copy ends at a space, or glued to the second's capital.
    const bool space = s[k] == ' ';
    if (!space && !(std::isupper(static_cast<unsigned char>(s[k])) && s[k - 1] != ' ')) continue;
    const std::string_view head(s.data(), k);
    const std::string_view rest = Trim(std::string_view(s).substr(k));
    // Enough of the rest for the by-words (each shorter than a name) and the copy.
    const std::string_view kept = rest.substr(0, k + 2 * kMaxRepeatedNameBytes + 1);
    // StripPrefix keeps an end of its text: a head found nowhere in it
    // cannot open the name, and the prefix patterns need not run.
    if (kept.find(head) == std::string_view::npos) continue;
    const std::string name = StripPrefix(std::string(kept));
    if (name.starts_with(head) && (name.size() == head.size() || name[head.size()] == ' ')) return std::string(rest);
  }
  return std::nullopt;
}

}  // namespace

std::string WithoutRepeatedName(std::string_view text) {
  const std::string s = CollapseSpace(text);
  if (std::optional<std::string> rest = AfterRepeatedName(s)) return *rest;
  // The copy after the by-word: "By Jane DoeJane Doe" (a profile link's
  // text and the name, glued) gives "By Jane Doe".
  const std::string named = StripPrefix(s);
  if (named.size() == s.size()) return std::string(text);
  std::optional<std::string> rest = AfterRepeatedName(named);
  return rest ? s.substr(0, s.size() - named.size()) + *rest : std::string(text);
}

bool IsBylinePrefixOnly(std::string_view text) {
  const std::string s = CollapseSpace(text) + " ";
  re2::StringPiece in = Piece(s);
  return GetHeuristics().byline_prefix.Consume(&in) && Trim(std::string_view(in.data(), in.size())).empty();
}

bool IsWebAddress(std::string_view value, AddressForms forms) {
  for (std::string_view start : {"http://", "https://", "//", "www.", "/"}) {
    if (StartsWithNoCase(value, start)) return true;
  }
  return forms == AddressForms::kWithFragments && StartsWithNoCase(value, "#");
}

namespace {

// Every word the name of a language in its own tongue: a language menu.
bool NamesLanguagesOnly(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return std::find(std::begin(lexicon::kLanguageEndonyms), std::end(lexicon::kLanguageEndonyms), w) !=
           std::end(lexicon::kLanguageEndonyms);
  });
}

}  // namespace

bool IsCredential(std::string_view part) {
  return GetHeuristics().author_credential.FullMatch(Trim(part));
}

bool TitleBeforeName(std::string_view text, std::string_view first_name) {
  const std::size_t at = first_name.empty() ? std::string_view::npos : text.find(first_name);
  return at != std::string_view::npos &&
         CountWords(text.substr(0, at)) >= thresholds::person_names::kMinStoryTitleWords;
}

bool NamesSiteHost(std::string_view part, std::string_view host) {
  part = Trim(part);
  const Letters mine = CountLetters(part);
  if (part.empty() || mine.lower > 0 || mine.upper < 2 || part.find(' ') != std::string_view::npos ||
      IsCredential(part) || host.empty()) {
    return false;
  }
  const std::string word = AsciiLower(part);
  // Every label but the last, the top-level domain.
  for (std::size_t start = 0, dot = host.find('.'); dot != std::string_view::npos;
       start = dot + 1, dot = host.find('.', start)) {
    if (host.substr(start, dot - start) == word) return true;
  }
  return false;
}

std::string_view GluedTail(std::string_view name) {
  name = Trim(name);
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view last = name.substr(space + 1);
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const std::size_t at = LastInnerCapital(last);
  if (at < thresholds::person_names::kMinGluedHeadLetters) return {};
  const std::string_view tail = last.substr(at);
  if (tail.size() < thresholds::person_names::kMinGluedTailLetters || !std::all_of(tail.begin() + 1, tail.end(), lower)) {
    return {};
  }
  return tail;
}

bool IsNameParticle(std::string_view word) { return IsParticle(word); }

bool LooksLikePersonName(std::string_view name) {
  name = Trim(name);
  if (name.empty() || name.size() > thresholds::person_names::kMaxBytes) return false;
  int words = 0;
  bool cased_script = false;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    if (i >= name.size()) break;
    const std::size_t start = i;
    while (i < name.size() && name[i] != ' ') ++i;
    const std::string_view word = name.substr(start, i - start);
    ++words;
    std::size_t k = 0;
    char32_t first = NextCodePoint(word, k);
    // A nickname's bracket or quote ("Robert (Bob) Miller").
    if ((first == U'(' || first == U'"' || first == U'\u201C') && k < word.size()) first = NextCodePoint(word, k);
    for (std::size_t j = 0; j < word.size();) {
      const char32_t c = NextCodePoint(word, j);
      if (u_isdigit(static_cast<UChar32>(c))) return false;
    }
    if (u_hasBinaryProperty(static_cast<UChar32>(first), UCHAR_CASED)) {
      cased_script = true;
      if (!u_isupper(static_cast<UChar32>(first)) && !IsParticle(AsciiLower(word))) return false;
    } else if (!u_isalpha(static_cast<UChar32>(first)) || !UncasedNameWord(word)) {
      return false;
    }
  }
  if (words == 0 || words > thresholds::person_names::kMaxWords || NamesLanguagesOnly(name)) return false;
  // A single cased word is a surname at most ("Reuters" is caught as a role);
  // uncased scripts write names without spaces.
  return cased_script ? words >= 1
                      : CountChars(name) >= thresholds::person_names::kMinUncasedChars &&
                            CountChars(name) <= thresholds::person_names::kMaxUncasedChars;
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  const Heuristics& h = GetHeuristics();
  std::vector<std::string> names;
  // Each line of a credit box on its own; the lines that credit editors or
  // photographers name no author.
  std::size_t line_start = 0;
  while (line_start <= byline.size()) {
    std::size_t line_end = byline.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = byline.size();
    const std::string_view line = byline.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (h.non_author_credit.PartialMatch(line) || IsPhotoCreditLine(line)) continue;
    AddLineNames(line, names);
  }
  return names;
}

namespace {

// "Jane Roe's blog" as "Jane Roe"; "" when the name is no owner's
// possessive and a noun for a site.
std::string_view OwnerOfPossessive(std::string_view site_name) {
  for (std::string_view mark : {"'s ", "\u2019s "}) {
    const std::size_t at = site_name.rfind(mark);
    if (at == std::string_view::npos) continue;
    const std::string noun = AsciiLower(Trim(site_name.substr(at + mark.size())));
    if (lexicon::IsOneOf(noun, lexicon::kOwnedSiteNouns)) return Trim(site_name.substr(0, at));
  }
  return {};
}

// The ASCII letters and digits of `s`, lower-cased ("Jane-Roe" -> "janeroe").
std::string Alphanumerics(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::string SiteOwnerName(std::string_view site_name, std::string_view host_label, SiteOwnerForm& form) {
  site_name = Trim(site_name);
  std::string_view name = OwnerOfPossessive(site_name);
  form = SiteOwnerForm::kPossessive;
  const std::string host = Alphanumerics(host_label);
  const std::size_t last_space = site_name.rfind(' ');
  const std::string_view surname = last_space == std::string_view::npos ? "" : site_name.substr(last_space + 1);
  if (name.empty() && !host.empty() &&
      (Alphanumerics(site_name) == host || Alphanumerics(site_name.substr(0, site_name.find(' '))) == host ||
       Alphanumerics(surname) == host)) {
    name = site_name;
    form = SiteOwnerForm::kAddress;
  }
  const std::size_t words = CountWords(name);
  if (words < thresholds::byline::kMinLineNameWords || words > thresholds::byline::kMaxLineNameWords ||
      !PlainName(name) || !LooksLikePersonName(name)) {
    form = SiteOwnerForm::kNone;
    return "";
  }
  return std::string(name);
}

bool PlainName(std::string_view name) {
  for (std::size_t k = 0; k < name.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(name, k));
    if (!u_isalpha(c) && std::u32string_view(U" .-'\u2019").find(static_cast<char32_t>(c)) == std::u32string_view::npos) {
      return false;
    }
  }
  return true;
}

std::string WithoutTrailingDateParticle(std::string byline) {
  const std::size_t space = byline.rfind(' ');
  if (space == std::string::npos || CountWords(std::string_view(byline).substr(0, space)) < 2) return byline;
  const std::string_view last = std::string_view(byline).substr(space + 1);
  if (!IsDateParticle(last)) return byline;
  byline.resize(space);
  return byline;
}

std::string WithoutParticleBeforeDate(std::string text, std::string_view raw) {
  const std::size_t space = text.rfind(' ');
  if (space == std::string::npos) return text;
  const std::string last = text.substr(space + 1);
  const std::string lower = AsciiLower(last);
  if (lower == last || !IsDateParticle(lower)) return text;
  const std::string before_day = last + " ";
  for (std::size_t at = raw.find(before_day); at != std::string_view::npos; at = raw.find(before_day, at + 1)) {
    const std::size_t day = at + before_day.size();
    if (day < raw.size() && std::isdigit(static_cast<unsigned char>(raw[day])) != 0) {
      text.resize(space);
      return text;
    }
  }
  return text;
}

}  // namespace pith
