// The comments under the article (Options::comments), read from the
// blocks the clean stage marked as the comment section
// (clean/comment_blocks.h), or from the page's JSON-LD `comment` objects
// when its markup gives none.
#ifndef PITH_METADATA_COMMENTS_H_
#define PITH_METADATA_COMMENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "parse/document.h"
#include "pith/pith.h"

namespace pith {

// Every comment in page order: its author and date where they can be read,
// and its own text (never empty: a comment without text is left out).
std::vector<Comment> ReadComments(const Document& doc, const Selection& sel);

// The JSON-LD `comment` objects (schema.org Comment: author, dateCreated
// or datePublished, text) of the page's scripts, replies after the comment
// they answer.
std::vector<Comment> LinkedDataComments(const PageFacts& facts);

// A commenter's name from the line or element that shows it: without
// "says:", a number ("10. "), "By", or the date beside it; nullopt when
// what is left is empty or too long for a name.
std::optional<std::string> CommenterName(std::string_view text);

}  // namespace pith

#endif  // PITH_METADATA_COMMENTS_H_
