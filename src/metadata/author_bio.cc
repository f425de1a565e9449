#include "metadata/author_bio.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include <re2/re2.h>

#include "clean/clean.h"
#include "metadata/authors.h"
#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {

namespace limits = thresholds::byline;

bool OpensFirstNameBio(std::string_view text, std::string_view name) {
  const std::size_t space = name.find(' ');
  if (space == 0 || space == std::string_view::npos) return false;
  const std::string_view first = name.substr(0, space);
  if (!text.starts_with(first)) return false;
  const std::string_view rest = text.substr(first.size());
  for (std::string_view copula : BioCopulas()) {
    if (rest.starts_with(copula)) return true;
  }
  return false;
}

void DropFirstNameBio(MetadataContext& ctx) {
  if (ctx.article.authors.size() != 1) return;
  const std::string& name = ctx.article.authors.front();
  const std::int32_t last = ctx.LastBody();
  std::int32_t seen = 0;
  for (std::int32_t i = last; i >= 0 && seen < limits::kFirstNameBioReach; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    ++seen;
    if (!OpensFirstNameBio(ctx.doc.blocks[u].text, name)) continue;
    for (std::int32_t j = i; j <= last; ++j) {
      const auto v = static_cast<std::size_t>(j);
      if (ctx.RoleOf(v) == Role::kBody) ctx.Claim(v, Role::kDropped, "dropped: the author's bio after the text");
    }
    return;
  }
}

namespace {

// Whether `text` opens with the word `word`, not a longer word or a
// possessive ("Ray" in "Ray graduated", not in "Ray's" or "Raymond").
bool OpensWithWord(std::string_view text, std::string_view word) {
  return !word.empty() && text.starts_with(word) &&
         (text.size() == word.size() || text[word.size()] == ' ' || text[word.size()] == ',');
}

// The byte length of `word`'s first `n` code points, or npos when it has
// fewer.
std::size_t CodePointsPrefix(std::string_view word, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (i >= word.size()) return std::string_view::npos;
    NextCodePoint(word, i);
  }
  return i;
}

// Whether `word` is a short form of the first name `first`: no longer,
// sharing its first letters ("Matt" for "Matthew", "Nate" for
// "Nathaniel"), not a shorter common word ("In" for "Ingrid").
bool ShortFirstName(std::string_view word, std::string_view first) {
  const std::size_t shared = CodePointsPrefix(word, limits::kShortFirstNameSharedLetters);
  if (shared == std::string_view::npos || CountChars(word) > CountChars(first)) return false;
  return first.starts_with(word.substr(0, shared));
}

// The length of the form of `name` that `text` opens with, or 0.
std::size_t OpeningNameForm(std::string_view text, std::string_view name) {
  const std::size_t first_end = name.find(' ');
  if (first_end == 0 || first_end == std::string_view::npos) return 0;
  if (OpensWithWord(text, name)) return name.size();
  const std::string_view first = name.substr(0, first_end);
  const std::string_view surname = name.substr(name.rfind(' ') + 1);
  const std::size_t space = text.find(' ');
  if (space != std::string_view::npos && ShortFirstName(text.substr(0, space), first) &&
      OpensWithWord(text.substr(space + 1), surname)) {
    return space + 1 + surname.size();
  }
  return OpensWithWord(text, first) ? first.size() : 0;
}

// `rest` past what a bio sets right after the name: a parenthesis
// ("Rebecca (Bec) is") or a short title between commas ("Matt Frankel,
// CFP, is").
std::string_view SkipNameAside(std::string_view rest) {
  if (rest.starts_with(" (")) {
    const std::size_t close = rest.find(')');
    if (close != std::string_view::npos && close <= limits::kBioTitleMaxBytes) return rest.substr(close + 1);
  } else if (rest.starts_with(", ")) {
    const std::size_t comma = rest.find(',', 2);
    if (comma != std::string_view::npos && comma <= limits::kBioTitleMaxBytes) return rest.substr(comma + 1);
  }
  return rest;
}

// Whether `text` quotes someone: a closing paragraph's quote, not a bio.
bool Quotes(std::string_view text) {
  // '"', then U+201C, U+2018 (a British quote), U+00AB (a French or German
  // one) and U+201E (a German or Polish one).
  static constexpr std::string_view kMarks[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E"};
  return ContainsAny(text, kMarks);
}

// Whether block `u` is a short label line ("Share it!", "About the
// author", the box's tags): a few words, no sentence.
bool LabelLine(const MetadataContext& ctx, std::size_t u) {
  const std::string_view text = Trim(ctx.doc.blocks[u].text);
  if (text.empty() || text.back() == '.') return false;
  return std::count(text.begin(), text.end(), ' ') < limits::kClosingBioLabelMaxWords;
}

// Whether the line right above block `i`, in the body or already left
// out of it (the box's name line), is a label line: the box a bio naming
// the writer by first name alone or a short form needs, as a closing
// paragraph about someone else of that first name has none.
bool LabelAbove(const MetadataContext& ctx, std::int32_t i) {
  for (std::int32_t j = i - 1; j > ctx.Anchor(); --j) {
    const auto u = static_cast<std::size_t>(j);
    if (!Trim(ctx.doc.blocks[u].text).empty()) return LabelLine(ctx, u);
  }
  return false;
}

// Whether `text` holds `form` as whole words.
bool HoldsWords(std::string_view text, std::string_view form) {
  const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
    const std::size_t end = at + form.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]))) return true;
  }
  return false;
}

// Whether a paragraph of the body above block `i` (a lead above the
// anchor too) names `form`: the article's own subject (a profile's
// "Maria" under "By Maria Gonzalez"), not its writer. The box's own name
// and title lines are no paragraphs.
bool NamedAbove(const MetadataContext& ctx, std::int32_t i, std::string_view form) {
  for (std::int32_t j = 0; j < i; ++j) {
    const auto u = static_cast<std::size_t>(j);
    const std::string& text = ctx.doc.blocks[u].text;
    if (ctx.RoleOf(u) == Role::kBody && EndsLikeSentence(text) && HoldsWords(text, form)) return true;
  }
  return false;
}

// Whether body block `i` opens a third-person bio of one of the authors.
bool OpensAuthorBio(const MetadataContext& ctx, std::int32_t i) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  for (const std::string& name : ctx.article.authors) {
    const std::size_t form = ThirdPersonBioName(text, name);
    if (form == 0) continue;
    const std::string_view named = std::string_view(text).substr(0, form);
    if (named != name && !LabelAbove(ctx, i)) continue;
    if (!NamedAbove(ctx, i, named)) return true;
  }
  return false;
}

// The block of the text's last that opens a third-person bio of one of
// the authors with at most a short tail under it, or -1. The byline is
// above it: a by-clause under the text names a desk ("The Fernway Team")
// whose first word opens any sentence.
std::int32_t ClosingBioBlock(const MetadataContext& ctx, std::int32_t last) {
  std::int32_t seen = 0;
  std::size_t below = 0;
  const std::int32_t top = std::max(ctx.Anchor(), ctx.byline_block);
  for (std::int32_t i = last; i > top && seen < limits::kClosingBioReach; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    ++seen;
    if (OpensAuthorBio(ctx, i)) return i;
    below += ctx.doc.blocks[u].text.size();
    if (below > limits::kAuthorBoxMaxBytesBelow) break;
  }
  return -1;
}

// Whether what is left of a line once the names are blanked out is only
// what joins names in a byline (commas, "and", "und", "&": the author
// separator SplitAuthors splits on) and spaces.
bool OnlyJoiners(std::string rest) {
  RE2::GlobalReplace(&rest, GetHeuristics().author_separator, " ");
  return Trim(rest).empty();
}

// The first block of an author box among the text's last blocks, or -1.
std::int32_t AuthorBoxStart(const MetadataContext& ctx, std::int32_t last) {
  std::int32_t start = -1;
  std::int32_t seen = 0;
  std::size_t below = 0;
  // The byline itself when a reporter's title labels it, read from under
  // the text ("김민수 기자" over the paper's copyright line): the box starts
  // there once text shows above it. (Any byline there: 3 lines of chrome
  // dropped on pages of three sites, a "References" heading lost on one.)
  std::int32_t byline = -1;
  for (std::int32_t i = last; i > ctx.Anchor() && seen < limits::kAuthorBoxReach; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (i == ctx.byline_block && seen > 0 && EndsWithReporterTitle(ctx.doc.blocks[u].text)) byline = i;
    if (ctx.RoleOf(u) != Role::kBody) continue;
    if (byline >= 0) start = std::exchange(byline, -1);
    ++seen;
    const std::string& text = ctx.doc.blocks[u].text;
    if (OnlyAuthorNames(text, ctx.article.authors)) start = i;
    below += text.size();
    if (below > limits::kAuthorBoxMaxBytesBelow) break;
  }
  return start;
}

}  // namespace

bool OnlyAuthorNames(std::string_view text, std::span<const std::string> authors) {
  std::string rest(Trim(text));
  bool named = false;
  for (const std::string& name : authors) {
    if (Trim(name).empty()) continue;
    // Each copy leaves a blank; built anew in one pass, since replacing in
    // place moved the tail once per copy (quadratic in a box of links).
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = rest.find(name); at != std::string::npos; at = rest.find(name, from)) {
      out.append(rest, from, at - from).push_back(' ');
      from = at + name.size();
    }
    if (from == 0) continue;
    out.append(rest, from);
    rest = std::move(out);
    named = true;
  }
  return named && OnlyJoiners(rest);
}

std::size_t ThirdPersonBioName(std::string_view text, std::string_view name) {
  const std::size_t form = OpeningNameForm(text, name);
  if (form == 0 || Quotes(text)) return 0;
  const std::string_view rest = SkipNameAside(text.substr(form));
  if (rest.size() < 2 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z') return 0;
  const std::string_view verb = rest.substr(1, rest.find(' ', 1) - 1);
  for (std::string_view speech : SpeechVerbs()) {
    if (verb.starts_with(speech) && (verb.size() == speech.size() || verb[speech.size()] == ',')) return 0;
  }
  return form;
}

bool OpensThirdPersonBio(std::string_view text, std::string_view name) { return ThirdPersonBioName(text, name) != 0; }

void DropTextClosingBio(MetadataContext& ctx) {
  if (ctx.Html() || ctx.article.authors.empty() || ctx.byline_block < 0) return;
  const std::int32_t last = ctx.LastBody();
  std::int32_t start = ClosingBioBlock(ctx, last);
  if (start < 0) return;
  // The box's lines already left out (a repeated name line) are passed.
  std::int32_t labels = 0;
  for (std::int32_t i = start - 1; i > ctx.Anchor() && labels < limits::kClosingBioLabelLines; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    if (!LabelLine(ctx, u)) break;
    start = i;
    ++labels;
  }
  for (std::int32_t j = start; j <= last; ++j) {
    const auto v = static_cast<std::size_t>(j);
    if (ctx.RoleOf(v) == Role::kBody) ctx.Claim(v, Role::kDropped, "dropped: the author's bio after the text");
  }
}

void DropAuthorNameBox(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.authors.empty()) return;
  const std::int32_t last = ctx.LastBody();
  const std::int32_t start = AuthorBoxStart(ctx, last);
  if (start < 0) return;
  for (std::int32_t j = start; j <= last; ++j) {
    const auto v = static_cast<std::size_t>(j);
    if (ctx.RoleOf(v) == Role::kBody) ctx.Claim(v, Role::kDropped, "dropped: the author box after the text");
  }
}

void DropAuthorNameHead(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.authors.empty()) return;
  const std::int32_t last = ctx.LastBody();
  std::int32_t seen = 0;
  for (std::int32_t i = ctx.Anchor(); i < last && seen < limits::kAuthorNameHeadReach; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    ++seen;
    if (OnlyAuthorNames(ctx.doc.blocks[u].text, ctx.article.authors)) {
      ctx.Claim(u, Role::kDropped, "dropped: the byline's names over the text");
    }
  }
}

}  // namespace pith
