// Whether the page says its text is not free: its structured data, its
// meta tags, or a "subscribe to continue reading" prompt at the text.
#ifndef PITH_METADATA_PAYWALL_H_
#define PITH_METADATA_PAYWALL_H_

#include <optional>
#include <string_view>

#include "metadata/context.h"

namespace pith {

// What an article:content_tier or isAccessibleForFree meta value says:
// true for "locked", "metered" or "false" (not free), false for "free" or
// "true", none for anything else. Any case.
std::optional<bool> PaywalledByMeta(std::string_view key, std::string_view value);

// Sets the article's paywalled. Any source that says the text is not free
// wins over one that says it is: JSON-LD isAccessibleForFree false, the
// microdata or content_tier metas, then a paywall prompt the clean stage
// dropped within the text or just after it; then the same sources saying
// it is free.
void ReadPaywall(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_PAYWALL_H_
