// The comment section: which blocks the clean stage leaves out of the body
// are the page's comments, and what part of a comment each one is. The
// verdicts say it (Role::kComment with one of the reasons below), so that
// --explain shows it and the comments reader (metadata/comments.h) reads
// the same decision instead of guessing again.
#ifndef PITH_CLEAN_COMMENT_BLOCKS_H_
#define PITH_CLEAN_COMMENT_BLOCKS_H_

#include <cstdint>
#include <vector>

#include "clean/clean.h"
#include "clean/text_lines.h"
#include "parse/document.h"

namespace pith {

// The reasons of Role::kComment verdicts: the part of a comment a block is.
inline constexpr char kCommentSectionReason[] = "comment: in the comment section";
inline constexpr char kCommentHeadReason[] = "comment: heading of the comments";
inline constexpr char kCommentAuthorReason[] = "comment: the commenter's name";
inline constexpr char kCommentDateReason[] = "comment: its date";
inline constexpr char kCommentTextReason[] = "comment: its text";
// Text copies: text under a comments heading without a name or date line
// above it, which starts a comment of its own.
inline constexpr char kCommentLoneTextReason[] = "comment: its text (no name or date line)";
inline constexpr char kCommentToolsReason[] = "comment: reply or like button, header or form";

// For each element, the innermost comment holding it (the element of one
// comment: li.comment, article#div-comment-12, itemtype Comment), or -1.
std::vector<std::int32_t> CommentItems(const Document& doc);

// HTML: the dropped blocks inside comment-classed elements become comments.
void MarkHtmlComments(const Document& doc, Selection& sel);

// HTML: the comment threads told by their shape, whatever their class
// names say: under a comments heading ("Comments (6)", "Kommentare (3)"),
// kHtmlThreadMinItems comments or more, each a short header of a name and
// a date or a relative time ("Gareth W 2 hours ago") over its text. The
// reason of each block in one (a kComment reason), nullptr elsewhere.
std::vector<const char*> HtmlCommentThreads(const Document& doc, const std::vector<BlockStats>& stats);

// Marks the blocks of `threads` (HtmlCommentThreads) the selection keeps
// or drops as comments: a short article's container or the page's longest
// run of prose may take in a thread set inside its <article>.
void MarkCommentThreads(const std::vector<const char*>& threads, Selection& sel);

// Text copies: the dropped lines under a comments heading ("34 responses
// to ...", "Kommentare") become comments: name lines ("joetoronto says:"),
// date lines, the text under them, "Reply" lines.
void MarkTextComments(const std::vector<TextLine>& lines, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_COMMENT_BLOCKS_H_
