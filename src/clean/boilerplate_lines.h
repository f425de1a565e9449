// Notices every page of a site carries (an affiliate note, a cookie or
// newsletter box, a disclaimer) set at the edges of an HTML article.
#ifndef PITH_CLEAN_BOILERPLATE_LINES_H_
#define PITH_CLEAN_BOILERPLATE_LINES_H_

#include "clean/clean.h"
#include "parse/document.h"

namespace pith {

// Drops, from the body, the paragraphs among its first and last few that
// say a site-wide notice; not a copyright line or a contact address,
// which articles print as their own.
void DropBoilerplateLines(const Document& doc, Selection& sel);

// Drops the body blocks below a paywall prompt that stands inside the
// article ("Become a paid subscriber to unlock this piece and learn
// about:"): the list of what a subscription brings, not the article.
// Left alone when paragraphs of running text follow the prompt.
void DropAfterPaywallPrompt(const Document& doc, Selection& sel);

}  // namespace pith

#endif  // PITH_CLEAN_BOILERPLATE_LINES_H_
