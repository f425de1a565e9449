// Titles compared as words: a heading against what the structured data
// and <title> call the article, in any case, quoting or script, and a
// <title> without the site name it adds.
#ifndef PITH_METADATA_TITLES_H_
#define PITH_METADATA_TITLES_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

using WordList = std::vector<std::string>;

// A character of a script written without spaces between words (Chinese,
// Japanese, Korean, Thai).
bool IsUnspacedScript(char32_t cp);

// The words of a title, folded; each character of a script written
// without spaces is a word.
WordList Words(std::string_view s);
// Words' words one at a time, in order, without a list of them all: a
// block of millions of words need not be held as words.
void ForEachWord(std::string_view s, const std::function<void(std::string&&)>& visit);

// Token F1 of two word lists: 1 for the same words.
double Similarity(const WordList& wa, const WordList& wb);

// Token F1 of two titles: 1 for the same words, in any case or quoting.
double TitleSimilarity(std::string_view a, std::string_view b);

// Share of `ref`'s words that `text` has: 1 when a heading holds the whole
// social title and adds a subtitle.
double Containment(const WordList& wr, const WordList& wt);

// Enough words to be a headline rather than a name or a label: two, or
// four characters of a script written without spaces.
bool HeadlineSized(std::string_view text);

// The parts of a title between its separators: "Song – Artist | Site".
std::vector<std::string> TitleParts(std::string_view title);

// A title part that is a host name ("Newegg.com", "MDR.DE"): the site's
// name, however short the rest is.
bool NamesHost(std::string_view part);

// A title's last part when it is one of several and shorter than the
// longest, the site's part, and the longest, the headline's; both empty
// otherwise.
struct TitleSitePart {
  WordList site;
  WordList headline;
};
TitleSitePart SplitSitePart(std::string_view title);

// A heading that names the site's part of a title rather than its
// headline: its words agree with the site's part more than with the
// headline's ("Quiet Harbour Notes Blog" of "Story ... | Quiet Harbour
// Notes"). A masthead's h1.
bool NamesSitePart(const TitleSitePart& title, const WordList& heading);

// `title` without the site's name (known, not guessed) at its end after a
// space or a separator of any kind: "見出し：新聞デジタル" with the site
// "新聞デジタル" -> "見出し"; unchanged when too little is left.
std::string WithoutSiteSuffix(std::string_view title, std::string_view site_name);

// `title` without a trailing or leading site name or host name: "Story |
// Site" -> "Story" when the rest is long enough to be a headline.
std::string StripTitleSite(std::string_view title, std::string_view site_name);

}  // namespace pith

#endif  // PITH_METADATA_TITLES_H_
