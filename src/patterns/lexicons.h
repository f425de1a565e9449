// Word lists pith recognises things on a page by, matched whole or as
// prefixes rather than as patterns: the ARIA roles of page chrome, the
// class tokens that describe a layout, the itemprop names the metadata
// stage reads, the leading bytes of binary files, the byline prefixes that
// markup glues to a name. lexicons.cc notes where each came from.
#ifndef PITH_PATTERNS_LEXICONS_H_
#define PITH_PATTERNS_LEXICONS_H_

#include <span>
#include <string_view>

namespace pith {

// Whether an element's role attribute names page chrome ("navigation",
// "banner", "complementary"...), in any case, spaces around it ignored.
bool IsChromeRole(std::string_view role);

// Whether an element's id names a sidebar as pre-HTML5 themes name it
// ("sidebar", "sidebar-wrapper"), in any case.
bool IsSidebarId(std::string_view id);

// Whether a class or id token describes the layout of a wrapper rather
// than what it is: "has-sidebar", "no-comments", "with-share" (any case),
// a utility with a bracketed value or selector ("[&_figcaption]:mt-xs"),
// or a text style utility ("text-white").
bool IsLayoutToken(std::string_view token);

// Whether a class or id value names a page's footer in one of its tokens'
// parts split at "-" and "_" ("site-footer", "rodape-site"), in any case;
// not in a layout token ("has-footer").
bool NamesFooter(std::string_view attr);

// Whether a class token is a "text-" style utility, how the text looks
// (a colour, a size, a case): "text-white", "md:text-lg", "has-text-color",
// "text-gray-500"; not an alignment ("text-center"). Layout tokens too.
bool IsTextStyleUtility(std::string_view token);

// The itemprop names whose values the HTML parse collects for the metadata
// stage, lower case, in the order tried: an itemprop containing one is
// recorded under that name ("datePublished" under "datepublished").
std::span<const std::string_view> WantedItemprops();

// The words of a data- attribute name (lower case) that holds the time
// the element prints: "data-published", "data-date", "data-timestamp".
std::span<const std::string_view> DataTimeAttributeWords();

// The RDFa properties (lower case) whose `content` attribute gives the
// post's time on an element of the body: "dc:date dc:created" on the
// "Submitted by" line of Drupal 7 themes. Modified ones say so in their
// name ("dcterms:modified"), which the date stage reads as the update.
std::span<const std::string_view> RdfaDateProperties();

// The hAtom microformat's time classes (lower case), whose element keeps
// the machine time in its `title`: <abbr class="published"
// title="2009-05-03T14:07:00-05:00">.
std::span<const std::string_view> HatomTimeClasses();

// The attributes whose value "collapse" makes an anchor to a place in the
// page (an href of "#..." or empty) a control that shows or hides a part
// of it, an accordion's question, rather than a link: "data-toggle",
// "data-bs-toggle".
std::span<const std::string_view> CollapseToggleAttributes();

// The marks a heading or a title sets between a kicker, the headline and
// the site's part ("Kultur : Ehrengast ...", "Drusen - ...", "Headline ·
// Site"), checked as whole characters beside a heading's text. The HTML
// parse keeps one a heading hides from sight (KeepHiddenHeadingSeparator).
std::span<const std::string_view> HeadingPartSeparators();

// The marks a heading's permalink shows alone ("¶", "§", "#", "🔗"):
// documentation generators and blog themes append one to each heading.
std::span<const std::string_view> HeadingAnchorMarks();

// Leading bytes of binary formats that are not documents.
std::span<const std::string_view> BinarySignatures();

// Byline prefixes that markup glues to the name ("ByTravis Haney"), as
// written: matched case-sensitively, followed by an upper-case letter.
std::span<const std::string_view> GluedBylinePrefixes();

// The marks forum software sets before a reply's subject when it repeats
// the thread's title ("Re: Chain skips", "Antw: ..."), lower case.
std::span<const std::string_view> ReplySubjectPrefixes();

// The words that join an author's name to the bio after it ("Jane Doe is
// a finance writer"), with the spaces around them.
std::span<const std::string_view> BioCopulas();
// Lower-case English verbs of speech that follow a quoted person's name.
std::span<const std::string_view> SpeechVerbs();

// Whether a byline's separator joins one more author to the names before
// it: "&" or "and" in several languages (", and" too), not a comma alone,
// "with"/"mit" or a bar. Any case, spaces around it ignored.
bool IsCoauthorJoin(std::string_view separator);

// Words by which a sentence ending in a full stop announces the list
// under it ("Below is a list of parts to check."), matched lower-case
// with the spaces around them.
std::span<const std::string_view> ListAnnouncers();

// Whether a label is a question or answer mark of an interview ("Q",
// "A.", "Frage", "Respuesta", "В"), in any case.
bool IsDialogueMark(std::string_view label);

// Whether a line reads as source code: it opens, ends or links its parts
// the way code does rather than the way a sentence or a menu does.
bool CodeShaped(std::string_view line);

}  // namespace pith

#endif  // PITH_PATTERNS_LEXICONS_H_
