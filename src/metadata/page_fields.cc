#include "metadata/page_fields.h"

#include <optional>
#include <string>

#include "metadata/language.h"
#include "metadata/lexicons.h"
#include "util/url.h"

namespace pith {
namespace {

std::optional<std::string> Given(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// An address the page gives, made absolute against `base`; none when it
// names another scheme than http(s) (javascript:, data:, mailto:).
std::optional<std::string> Absolute(const std::string& address, const std::string& base) {
  if (address.empty()) return std::nullopt;
  std::string url = ResolveUrl(address, base);
  if (url.empty() || (HasScheme(url) && !IsHttpUrl(url))) return std::nullopt;
  return url;
}

void ReadSiteName(MetadataContext& ctx) {
  Origin from{kMetaTag};
  ctx.article.site_name = Given(MetaValue(ctx.doc.facts, lexicon::kSiteNameMeta, &from.name));
  if (!ctx.article.site_name && !ctx.ld.site_name.empty()) {
    ctx.article.site_name = ctx.ld.site_name;
    from = {"JSON-LD publisher"};
  }
  if (ctx.article.site_name) ctx.Note("site_name", from);
}

// The first tag the page declares that is one: in <html lang>, JSON-LD,
// then the meta tags. SettleLanguage (language.h) checks it against the
// text once the body is known.
void ReadLanguage(MetadataContext& ctx) {
  Origin from{"declared: <html lang>"};
  std::string lang = NormalizeLanguageTag(ctx.doc.facts.language);
  if (lang.empty()) {
    lang = NormalizeLanguageTag(ctx.ld.language);
    from = {"declared: JSON-LD inLanguage"};
  }
  if (lang.empty()) {
    from = {"declared: meta"};
    lang = NormalizeLanguageTag(MetaValue(ctx.doc.facts, lexicon::kLanguageMeta, &from.name));
  }
  ctx.article.language = Given(lang);
  if (ctx.article.language) ctx.Note("language", from);
}

void ReadUrl(MetadataContext& ctx) {
  std::string url = ctx.doc.facts.canonical;
  Origin from{"<link rel=canonical>"};
  if (url.empty()) {
    from = {kMetaTag};
    url = MetaValue(ctx.doc.facts, lexicon::kUrlMeta, &from.name);
  }
  if (url.empty()) {
    url = ctx.ld.url;
    from = {"JSON-LD url"};
  }
  if (url.empty()) {
    url = ctx.options.url;
    from = {"the address given with the page"};
  }
  ctx.article.url = Absolute(url, PageBase(ctx.doc.facts.base, ctx.options.url, ""));
  if (ctx.article.url) ctx.Note("url", from);
}

void ReadImage(MetadataContext& ctx) {
  Origin from{kMetaTag};
  std::string image = MetaValue(ctx.doc.facts, lexicon::kImageMeta, &from.name);
  if (image.empty()) {
    image = ctx.ld.image;
    from = {"JSON-LD image"};
  }
  const std::string base = PageBase(ctx.doc.facts.base, ctx.options.url, ctx.article.url.value_or(""));
  ctx.article.image = Absolute(image, base);
  if (ctx.article.image) ctx.Note("image", from);
}

}  // namespace

void ReadPageFields(MetadataContext& ctx) {
  ReadSiteName(ctx);
  ReadLanguage(ctx);
  ReadUrl(ctx);
  ReadImage(ctx);
}

}  // namespace pith
