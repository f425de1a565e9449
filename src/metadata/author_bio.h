// The author's bio at the end of an HTML text, read from the byline: a
// blog's author box names its author by first name alone ("Sarah is a
// writer, teacher and mother"), which the article's own text never does
// to close. An op-ed's closing line names its writer in full ("Jane Roe
// is the director of ...") and may be the article's own: left alone.
#ifndef PITH_METADATA_AUTHOR_BIO_H_
#define PITH_METADATA_AUTHOR_BIO_H_

#include <span>
#include <string>
#include <string_view>

#include "metadata/context.h"

namespace pith {

// Whether `text` opens with the first name of `name` (a name of two words
// or more) alone, then "is a", "is an" or "is the".
bool OpensFirstNameBio(std::string_view text, std::string_view name);

// Drops from the body the bio of the one author that opens one of the
// text's last blocks by first name, and the blocks after it.
void DropFirstNameBio(MetadataContext& ctx);

// Whether `text` opens a bio of `name` (two words or more) in the third
// person: the full name, the first name alone, or a short form of the
// first name then the surname ("Matt Frankel" for "Matthew Frankel": no
// longer than it, sharing its first three letters),
// maybe with a parenthesis or a title between commas after it, then a
// lower-case word that is no verb of speech, in a text quoting no one.
bool OpensThirdPersonBio(std::string_view text, std::string_view name);
// The byte length of the name form such a bio opens with, or 0.
std::size_t ThirdPersonBioName(std::string_view text, std::string_view name);

// Drops from a text copy's body a closing bio that opens with an author's
// name in the third person, what follows it, and the box's short label
// lines right above it. A first name alone or a short form counts only
// under such a label; a name form the body already named above is the
// article's subject, not its writer.
void DropTextClosingBio(MetadataContext& ctx);

// Whether `text` is nothing but names of `authors`, joined by commas, "&"
// or "and": the name line of an author box or a closing signature.
bool OnlyAuthorNames(std::string_view text, std::span<const std::string> authors);

// Drops an author box that closes the text: a line of the byline's names
// alone among the text's last blocks, and the role and bio lines below it.
void DropAuthorNameBox(MetadataContext& ctx);

// Drops a line of the byline's names alone among the text's first blocks:
// the byline over the text, printed as the bare name.
void DropAuthorNameHead(MetadataContext& ctx);

}  // namespace pith

#endif  // PITH_METADATA_AUTHOR_BIO_H_
