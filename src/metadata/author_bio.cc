#include "metadata/author_bio.h"

#include <utility>

#include <re2/re2.h>

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
