// What the article is filed under: the site's section and the article's
// tags, from the meta tags, the structured data and the tag line under the
// text.
#ifndef PITH_METADATA_TOPICS_H_
#define PITH_METADATA_TOPICS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metadata/context.h"

namespace pith {

// `s` with the character references a page escaped twice left decoded
// ("Food &amp; Drink" in JSON-LD, "editor&#39;s picks" in a meta):
// &amp; &lt; &gt; &quot; &apos; &nbsp; (also without their semicolon, as
// HTML reads them) and numeric ones. Others stay.
std::string DecodeCharacterReferences(std::string_view s);

// A section as the page names it, cleaned: spaces collapsed, references
// decoded; none when empty, an address or a path, a slug with "_", longer
// than a name, or WordPress's "Uncategorized".
std::optional<std::string> CleanSection(std::string_view raw);

// One tag, cleaned as a section is; none also when it is an analytics
// marker rather than a tag: "@river", "/article", "channel_other",
// "SU|tires", "Category: Phones", an id ("cce15240-c52a-..."), a domain,
// or no letter at all.
std::optional<std::string> CleanTag(std::string_view raw);

// A keywords list split at commas and semicolons (and their full-width
// forms), each part trimmed.
std::vector<std::string> SplitTagList(std::string_view list);

// Cleans `raw` (CleanTag) and appends what is left to `tags`, leaving out
// those already there in any case; at most thresholds::topics::kMaxTags.
void AddTags(const std::vector<std::string>& raw, std::vector<std::string>& tags);

// Sets the article's section and tags.
void ReadSection(MetadataContext& ctx);
void ReadTags(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_TOPICS_H_
