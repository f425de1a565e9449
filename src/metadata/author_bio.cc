#include "metadata/author_bio.h"

#include "metadata/thresholds.h"
#include "patterns/lexicons.h"

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
  if (!ctx.Html() || ctx.article.authors.size() != 1) return;
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

}  // namespace pith
