// The byline and the authors: from the page's byline block (a "By" line, a
// byline-classed element, the names beside a text copy's date line), else
// from the structured data (JSON-LD, author meta tags, microdata,
// rel=author). authors.h splits and cleans the names themselves.
#ifndef PITH_METADATA_BYLINE_H_
#define PITH_METADATA_BYLINE_H_

#include "metadata/context.h"

namespace pith {

// Sets the article's byline and authors; claims the byline block.
void ReadByline(MetadataContext& ctx);

// A text copy without a byline: a line of names just below the headline
// (or just above it) is one ("Why Neon Is the Ultimate Symbol" / "Sarah
// Archer"). Claims it. The line above is looked at last: it is a section's
// or a blog's name ("Field Notes") as often, so there a name must be
// printed again (an author card, the photo's alt text right above it), not
// as a menu entry above the headline, and its first word never in lower
// case ("Marketing Strategy" over a text that says "marketing").
enum class HeadlineSide { kBelow, kAbove };
void ReadTextBylineByHeadline(MetadataContext& ctx, HeadlineSide side);
// A text copy's "By" line a few lines below the headline, when the byline
// search around the body's start found none.
void ReadTextPrefixedBylineBelowHeadline(MetadataContext& ctx);

// A text copy still without a byline: a name alone on the line between
// the headline and the date line, one to four capitalised words ("How to
// Pack a Kitchen" / "Stefan" / "March 5, 2026"), as blogs and company
// pages print the author or the company. Claims it.
void ReadTextNameOverDateLine(MetadataContext& ctx);
// A text copy still without a byline after every other reader: the one
// line between the headline and the date line, when it is a login ("one
// word in small letters") or a desk's word alone ("Staff" over "April 18,
// 2025"), as blogs and company pages sign, and no menu above prints it.
// Claims it.
void ReadTextDeskOverDateLine(MetadataContext& ctx);

// A text copy still without a byline: a line of two or three names cased
// as a person's, alone between the headline and the body's start, that no
// other reader took ("Jane Roe" under the lead picture, or over her job
// title), as news pages and blogs print the author without a label.
// Stops at a table of contents. Claims it.
void ReadTextNamesOverBody(MetadataContext& ctx);

// A text copy still without a byline: the names under an author label
// anywhere on the page ("Written by" / "Jane Doe", "About the author" /
// "Paul"), as blogs print them after the body. Claims nothing.
void ReadTextAuthorBox(MetadataContext& ctx);

// A text copy still without a byline: the one labelled author the copy
// prints anywhere ("Written by Jane Doe" after the body, as blogs print
// it); several different ones are other articles' cards, and name no one.
void ReadTextLabelledAuthor(MetadataContext& ctx);

// A text copy without a byline, or with one no label names: the author
// card that ends the text ("Jane Roe" / "Jane Roe is a ..."), as blogs
// print it below a section's name taken for the byline.
void ReadTextAuthorCard(MetadataContext& ctx);

// A text copy that names no author: the author box closing the text,
// printed as one line, the name glued to a bio that repeats it ("Jane
// Roe, CFP\u00AEJane Roe is a ..."). Drops the box from the body.
void ReadTextGluedAuthorBox(MetadataContext& ctx);

// A text copy that names no author: the person the copyright notice under
// the text names ("\u00A9 2012-2025 Jane Roe"), as a personal blog credits
// its owner. Claims nothing.
void ReadTextCopyrightOwner(MetadataContext& ctx);

// A text copy that names no author and speaks as "I": the person one of
// its first lines names, above the headline ("Jane Roe" over a personal
// blog's menu, "Jane Roe's blog"), as personal blogs print no byline.
void ReadTextSiteOwner(MetadataContext& ctx);

// A text copy that names no author: the name the writer signs the post
// with, after a mark ("-Jane Roe", ". . . Jane Roe"), among the text's
// last lines or right under them. Claims nothing.
void ReadTextMarkedSignature(MetadataContext& ctx);

// A text copy that names no author: the author box that closes the text,
// a name over a bio that speaks of that person by given name or as "I"
// ("Jane Roe" / "Jane explores ...", "Jane Roe" / "I'm the founder of
// ..."). Drops the box from the body.
void ReadTextOwnBio(MetadataContext& ctx);

// A text copy still without a byline: a line of names cased as a
// person's right under the body's last paragraph, that no other reader
// took ("Jane Roe", "Jane Roe, John Doe"), as news pages sign the article
// at its end. Claims it.
void ReadTextClosingNames(MetadataContext& ctx);

// A text copy still without a byline: the one line after the body that
// dates the post and names who posted it in a clause ("Posted by Jane Roe
// on 2025-12-18 in News", "August 12, 2025 By Acme Team"), as blogs close
// a post with its meta line (a blog and a shop's journal, two sites).
// Several such lines are the cards of other posts or comments, and name
// no one. Claims it.
void ReadTextClosingByClause(MetadataContext& ctx);

// A text copy of a Chinese page still without a byline: the editor credit
// that closes its text ("[责任编辑:王小明]"), as the HTML page's reader
// takes it; copies print it as a line of its own. Claims it.
void ReadTextEditorCredit(MetadataContext& ctx);

// A name the headline holds after its first word is what the story is
// about ("7 Best Zoom Alternatives for ...", "Actress Jane Roe is ..."), a
// tag or a subject taken for a byline: it leaves the authors. A headline
// that opens with the name is a column's or a blog's ("Jane Roe - Back of
// Mind", "Jane Roe / Acme Blog": every name of the byline stays), and one
// that says "Jane Roe's" names its writer as often.
void DropHeadlineSubjectAuthors(MetadataContext& ctx);

// A text copy's name with a word glued to its end that opens a line of
// its own elsewhere in the copy, a section's or a menu's ("Ana BlakeyLive"
// beside "Business Live", "Mia RossBusiness" beside "Business"): the word
// is cut off. A name's inner capital ("McInnes") opens no line.
void CutGluedLineWords(MetadataContext& ctx);

// A text copy's last author that is the site's part after the names:
// call letters, or the name the copy's masthead or copyright line prints.
void DropTextSiteTail(MetadataContext& ctx);

// The site's own name among two or more authors is the outlet after the
// names ("Jane Roe, TIME"), no person: it leaves the authors. With no tag
// naming the site, the <title>'s short last part names it.
void DropSiteNameAuthor(MetadataContext& ctx);

// A wire story's closing sign-off ("Reporting by Jane Roe; Editing by Ann
// Lee") among the body's last blocks leaves the body, unless in brackets
// (a reprint's copy keeps it as its last line); its reporters are the
// authors when nothing else named one (the editors never are).
void ReadWireSignOff(MetadataContext& ctx);
// The reporters an Asian wire story credits in its first paragraph's
// dateline ("新华社北京3月8日电（记者王小红）", "(서울=연합뉴스) 김민수 기자 ="),
// when nothing else named an author.
void ReadWireLeadCredit(MetadataContext& ctx);

// A byline that is only a wire's name ("By The Associated Press", "By
// Reuters Staff", "AFP") with no person named anywhere credits the agency
// as the author, as news sites' own author fields do; beside a person
// ("Jane Roe, AP") the agency stays out.
void ReadAgencyAuthor(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_BYLINE_H_
