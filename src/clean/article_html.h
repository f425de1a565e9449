// Finding the article in an HTML page: the container whose paragraphs
// score best (Readability's scoring, on blocks), less the chrome inside it.
#ifndef PITH_CLEAN_ARTICLE_HTML_H_
#define PITH_CLEAN_ARTICLE_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// How far class names are trusted, as Readability's retries lower its
// flags. kAll: chrome-like class names exclude candidates. kNoChrome: the
// container is chosen on text and class weights; chrome-classed boxes
// inside it are still dropped. kNone: class names count for nothing, only
// tags, text and links (page builders that class every text box
// "widget").
enum class ClassTrust { kAll, kNoChrome, kNone };

// The page's own host, from its canonical or og:url address; "" when it
// names neither.
std::string PageHost(const Document& doc);

// Whether a block's first link leads to another site than `page_host`.
bool LinksOffSite(const Block& b, std::string_view page_host);

// A deals roundup's linked offer ("Robot vacuum for $179 at Shopmart",
// "Get it on Shopzone for $29"): the text's own line, however it is
// linked or listed beside the others, not another story's title.
bool OfferLine(const Block& b);

// Whether a block's first link is an anchor of this page ("#update-3"): a
// live blog's update or a section linking to itself, no other story. Not a
// bare "#", the placeholder of a link a script follows.
bool LinksToAnchor(const Block& b);

// Whether more than kBodyMaxLinkDensity of a block's text is links, making
// it a link line rather than the text's own. Not a paragraph of running
// text with words of its own between its links, nor a sentence listing
// several linked names; and links whose text is a web address written out
// do not count when the block says kAddressLineMinOwnWords words of its
// own per address and none leads to a social network: "The code is at
// https://example.org/jane/tool." reads the address as part of its
// sentence, a shop's "USA $24.99: https://..." is a line of the text;
// "Listen: https://..." and "Join us: https://facebook.com/..." are links.
bool MostlyLinks(const Block& b, const BlockStats& s);

// `stats`: MeasureBlock of every block.
Selection SelectHtmlArticle(const Document& doc, const std::vector<BlockStats>& stats, ClassTrust trust);

}  // namespace pith

#endif  // PITH_CLEAN_ARTICLE_HTML_H_
