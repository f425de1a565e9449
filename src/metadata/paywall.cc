#include "metadata/paywall.h"

#include <algorithm>
#include <string>

#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

// A paywall prompt among the blocks from the text's start to shortly
// after its end (the wall's box follows the teaser), or -1.
std::int32_t PromptBlock(const MetadataContext& ctx) {
  std::int32_t last = -1;
  for (std::int32_t i = ctx.Blocks(); i-- > 0;) {
    if (ctx.RoleOf(static_cast<std::size_t>(i)) == Role::kBody) {
      last = i;
      break;
    }
  }
  if (ctx.first_body < 0 || last < 0) return -1;
  const std::int32_t end = std::min(ctx.Blocks(), last + thresholds::paywall::kPromptMaxBlocksAfter + 1);
  for (std::int32_t i = ctx.first_body; i < end; ++i) {
    if (IsNamed(ctx.stats[static_cast<std::size_t>(i)].chrome, kPaywallPromptLabel)) return i;
  }
  return -1;
}

}  // namespace

std::optional<bool> PaywalledByMeta(std::string_view key, std::string_view value) {
  const std::string v = AsciiLower(Trim(value));
  if (key == lexicon::kContentTierMeta) {
    if (v == "locked" || v == "metered") return true;
    if (v == "free") return false;
  } else if (key == lexicon::kFreeMeta) {
    if (v == "false") return true;
    if (v == "true") return false;
  }
  return std::nullopt;
}

void ReadPaywall(MetadataContext& ctx) {
  struct Said {
    bool paywalled;
    Origin from;
  };
  std::vector<Said> said;
  if (ctx.ld.free) said.push_back({!*ctx.ld.free, {"JSON-LD isAccessibleForFree"}});
  for (std::string_view key : {lexicon::kFreeMeta, lexicon::kContentTierMeta}) {
    if (auto p = PaywalledByMeta(key, MetaValue(ctx.doc.facts, key))) said.push_back({*p, {kMetaTag, key}});
  }
  if (const std::int32_t block = PromptBlock(ctx); block >= 0) {
    said.push_back({true, ctx.BlockOrigin(block, kPaywallPromptLabel)});
  }
  if (said.empty()) return;
  const auto first_not_free = std::find_if(said.begin(), said.end(), [](const Said& s) { return s.paywalled; });
  const Said& verdict = first_not_free != said.end() ? *first_not_free : said.front();
  ctx.article.paywalled = verdict.paywalled;
  ctx.Note("paywalled", verdict.from);
}

}  // namespace pith
