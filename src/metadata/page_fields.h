// The page's own fields: site name, language, address and lead image, from
// the meta tags, the markup and the structured data.
#ifndef PITH_METADATA_PAGE_FIELDS_H_
#define PITH_METADATA_PAGE_FIELDS_H_

#include "metadata/context.h"

namespace pith {

// Sets the article's site_name, language, url and image.
void ReadPageFields(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_PAGE_FIELDS_H_
