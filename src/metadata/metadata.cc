#include "metadata/metadata.h"

#include <utility>

#include "metadata/author_bio.h"
#include "metadata/byline.h"
#include "metadata/captions.h"
#include "metadata/context.h"
#include "metadata/headline.h"
#include "metadata/linked_data.h"
#include "metadata/page_fields.h"
#include "metadata/paywall.h"
#include "metadata/published_date.h"
#include "metadata/topics.h"

namespace pith {

std::vector<BlockClaim> ReadMetadata(const Document& doc, const Options& options, const Selection& sel,
                                     Article& article, std::vector<FieldSource>* sources) {
  MetadataContext ctx(doc, options, sel, article, sources);
  if (ctx.Html()) ctx.ld = ReadLinkedData(doc.facts);
  ReadPageFields(ctx);
  if (ctx.Html()) {
    // The headline first: the byline and date line are looked for around it.
    ReadHeadline(ctx);
    ReadDate(ctx);
    ReadByline(ctx);
    ReadHtmlDateBesideByline(ctx);
    ReadHtmlDateBesideOtherH1(ctx);
    ReadHiddenDate(ctx);
    ReadButtonDate(ctx);
    ReadLeadImageDate(ctx);
    DropTitleHeadingOverByline(ctx);
    DropFirstNameBio(ctx);
    DropAuthorNameBox(ctx);
    DropAuthorNameHead(ctx);
  } else {
    // A text copy's headline is found from its byline and date line.
    ReadDate(ctx);
    ReadByline(ctx);
    ReadTextHeadline(ctx);
    ReadTextDateBesideHeadline(ctx);
    ReadTextPrefixedBylineBelowHeadline(ctx);
    ReadTextBylineByHeadline(ctx, HeadlineSide::kBelow);
    ReadTextAuthorBox(ctx);
    ReadTextNameOverDateLine(ctx);
    ReadTextBylineByHeadline(ctx, HeadlineSide::kAbove);
    ReadTextLabelledAuthor(ctx);
    ReadTextNamesOverBody(ctx);
    ReadTextAuthorCard(ctx);
    ReadTextClosingNames(ctx);
    ReadTextMarkedSignature(ctx);
    ReadTextClosingByClause(ctx);
    ReadWireLeadCredit(ctx);
    ReadTextEditorCredit(ctx);
    ReadTextOwnBio(ctx);
    ReadTextGluedAuthorBox(ctx);
    ReadTextDeskOverDateLine(ctx);
    ReadTextCopyrightOwner(ctx);
    ReadTextSiteOwner(ctx);
    DropFirstNameBio(ctx);
    CutGluedLineWords(ctx);
  }
  ReadWireSignOff(ctx);
  ReadAgencyAuthor(ctx);
  DropTextSiteTail(ctx);
  DropSiteNameAuthor(ctx);
  DropHeadlineSubjectAuthors(ctx);
  DropTextClosingBio(ctx);
  ReadDescription(ctx);
  ReadCaptions(ctx);
  ReadSection(ctx);
  ReadTags(ctx);
  ReadPaywall(ctx);
  return std::move(ctx.claims);
}

void MarkMetadataBlocks(const std::vector<BlockClaim>& claims, Selection& sel) {
  for (const BlockClaim& c : claims) sel.Set(c.block, c.role, c.reason);
}

}  // namespace pith
