// The headline and the standfirst. In HTML, the page's heading that says
// what the structured data and <title> call the article, or the article's
// own h1; in a text copy, the line above the byline and date line that is
// shaped like a headline (text_header.h).
#ifndef PITH_METADATA_HEADLINE_H_
#define PITH_METADATA_HEADLINE_H_

#include "metadata/context.h"

namespace pith {

// An HTML page's headline; claims its heading and the headline's repeats.
// The byline and date line are looked for around it.
void ReadHeadline(MetadataContext& ctx);

// The page's own title heading at the body's start, kicker and all
// ("Opinion Why ..."), over the byline or the date line, when the headline
// came from a copy of the title elsewhere (a breadcrumb, a sticky bar).
// Runs after the byline and the date are read.
void DropTitleHeadingOverByline(MetadataContext& ctx);

// A text copy's headline, found from its byline and date line.
void ReadTextHeadline(MetadataContext& ctx);

// The description: the page's own standfirst when it has one (a text
// copy's line between the headline and the byline, an HTML block the
// description repeats), else the meta or structured description.
void ReadDescription(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_HEADLINE_H_
