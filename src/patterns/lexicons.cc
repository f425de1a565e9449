#include "patterns/lexicons.h"

#include <string>

#include "util/text_util.h"

namespace pith {
namespace {

using std::string_view_literals::operator""sv;

// The WAI-ARIA landmarks that are not the article (banner, navigation,
// complementary, contentinfo, search) and the dialog and menu widgets:
// chrome whatever their tag or class. Lower case.
constexpr std::string_view kChromeRoles[] = {"navigation", "banner",      "contentinfo", "complementary", "search",
                                             "dialog",     "alertdialog", "menu",        "menubar"};

// The ids pre-HTML5 themes (2005-2014) give the sidebar HTML5 puts in an
// <aside>: a blog's or a news site's "div#sidebar" (WordPress's classic and
// Kubrick themes, Blogger's "sidebar-wrapper", Movable Type's and table
// sites' layouts). Lower case, the whole id.
constexpr std::string_view kSidebarIds[] = {"sidebar",       "sidebar1",     "sidebar2",      "sidebar-left",
                                            "sidebar-right", "left-sidebar", "right-sidebar", "sidebar-wrapper"};

// Words that name a page's footer as a part of a class or id token
// ("site-footer", "footer_area", "rodape-site", "fusszeile-inhalt"): the
// one-word names and misspellings of the strong chrome pattern's
// PITH_FOOTER_WORDS (heuristics.cc), less its many-word forms
// ("pie-de-pagina"), which no single part spells, and the bare "fuss" and
// "piede", parts of other words: seen on blogs whose footer is a plain
// <div> holding an about-me bio.
constexpr std::string_view kFooterWords[] = {"footer",    "rodape",     "rodap\xc3\xa9", "fusszeile", "fussbereich",
                                             "seitenfuss", "voettekst", "stopka",       "fotter",    "footter",
                                             "foooter"};

// Prefixes of class tokens that say how a wrapper is laid out or what
// state it is in, not what it is: "has-sidebar", "with-share",
// "no-comments", the "is-" state classes of SMACSS and BEM ("is-active")
// and the "js-" hooks of scripts. Matched before the class-name patterns,
// which would take "has-sidebar" for a sidebar.
constexpr std::string_view kLayoutTokenPrefixes[] = {"has-", "with-", "no-", "is-", "js-"};

// The second word of a "text-" style utility (Bootstrap's "text-white",
// "text-center", "text-muted"; Tailwind's "text-gray-500", "md:text-lg";
// the block editor's "has-text-align-center"): a colour, an alignment, a
// size or a case, how the text looks, not what the box is. Readability's
// positive class weight read the "text" in them: a company site's dark
// footer of address and hours ("bg-dark text-white") outscored a short
// news post beside it, no article found (made-up Bootstrap and Tailwind
// pages). A content box's name goes on after "text-" with a word of its
// own ("text-content", "text-block") and stays. Not the alignments
// ("text-center", "text-lg-left"): they wrap title blocks, and reading
// them as style moved a product blog's h1 box into the article, where
// the h1 beat the heading its permalink names (wcxb, one page).
constexpr std::string_view kTextStyleWords[] = {
    "white",  "black",   "gray",     "grey",      "slate",     "zinc",     "neutral", "stone",   "red",
    "orange", "amber",   "yellow",   "lime",      "green",     "emerald",  "teal",    "cyan",    "sky",
    "blue",   "indigo",  "violet",   "purple",    "fuchsia",   "pink",     "rose",    "muted",   "primary",
    "secondary", "success", "danger", "warning",  "info",      "light",    "dark",    "body",    "reset",
    "inherit", "current",
    "xs",     "sm",      "base",     "lg",        "xl",        "2xl",      "3xl",     "4xl",     "5xl",
    "6xl",    "uppercase", "lowercase", "capitalize", "nowrap", "wrap",   "truncate",
    "break",  "bold",    "italic",   "underline", "color",     "opacity",  "decoration", "balance", "pretty"};

// The permalink marks of headings: Sphinx's and Python-Markdown's (MkDocs)
// "¶", "§" and "#" of blog and docs themes, a link or anchor emoji (with
// or without the text variation selector). The headline picker strips
// "¶", "§" and "#" from a heading's end itself (metadata/headline.cc).
constexpr std::string_view kHeadingAnchorMarks[] = {"\u00b6", "\u00a7", "#", "\U0001f517", "\U0001f517\ufe0e",
                                                    "\u2693", "\u2693\ufe0e", "\u2693\ufe0f"};

// The schema.org properties for who wrote a page, its headline, dates and
// summary, as microdata names them. In the order tried: the first that an
// itemprop contains names it.
constexpr std::string_view kWantedItemprops[] = {"author",      "creator",      "headline",   "datepublished",
                                                 "datecreated", "datemodified", "description"};

// A byline's or dateline's element that prints only the day while a data-
// attribute gives the full time ("March 4, 2021" with
// data-published="2021-03-04T10:15:00-05:00"), seen on news and blog themes.
constexpr std::string_view kDataTimeAttributeWords[] = {"publish", "date", "time", "created", "posted"};

// RDFa date properties printed in the body by the CMS and blog themes of
// 2005-2017: Drupal 7's "dc:date dc:created" (and "dc:modified" on its
// node's updated line), Dublin Core terms, schema.org and Open Graph
// names written as RDFa on a span rather than a head meta.
constexpr std::string_view kRdfaDateProperties[] = {
    "dc:date",          "dc:created",         "dc:issued",           "dc:modified",
    "dcterms:date",     "dcterms:created",    "dcterms:issued",      "dcterms:modified",
    "schema:datepublished", "schema:datecreated", "schema:datemodified", "article:published_time",
    "article:modified_time"};

// hAtom's published and updated (WordPress and Blogger themes, 2006-2012).
constexpr std::string_view kHatomTimeClasses[] = {"published", "updated"};

// The attributes by which an in-page link ("#collapse2", or none) is a
// control that opens or closes a part of the page rather than a link,
// when their value is "collapse": a FAQ accordion's questions (Bootstrap's
// panels on made-up pages of a driving school's site and a club's Joomla
// site). Not any toggle: a "modal" one opens a share or login box.
constexpr std::string_view kCollapseToggleAttributes[] = {"data-toggle", "data-bs-toggle"};

// Kicker and title separators of headings and <title>s: German and Swiss
// news pages ("Kultur : ...", "Minderheit in Syrien - ..."), and the
// site parts of titles ("Headline · Site", "Headline | Site").
constexpr std::string_view kHeadingPartSeparators[] = {":", "/", "|", "-", "\u2013", "\u2014", "\u00b7"};

// The magic numbers of binary formats: images (PNG, JPEG, GIF, ICO), PDF,
// archives (ZIP, gzip, bzip2, xz, 7z, RAR), executables (ELF, Mach-O,
// Java class, Windows PE), media (Ogg, MP3's ID3, MP4's ftyp, RIFF's WAV
// and AVI), web fonts and SQLite databases.
// Literals with the _sv suffix keep their NUL bytes.
constexpr std::string_view kBinarySignatures[] = {
    "\x89PNG"sv, "\xFF\xD8\xFF"sv, "GIF87a"sv, "GIF89a"sv, "%PDF-"sv, "PK\x03\x04"sv, "\x1F\x8B"sv,
    "\x7F" "ELF"sv, "BZh"sv, "\xFD" "7zXZ"sv, "7z\xBC\xAF"sv, "Rar!"sv, "OggS"sv, "ID3"sv,
    "\x00\x00\x01\x00"sv, "wOFF"sv, "wOF2"sv, "\xCA\xFE\xBA\xBE"sv, "\xCF\xFA\xED\xFE"sv,
    "\x00\x00\x00\x18" "ftyp"sv, "\x00\x00\x00\x20" "ftyp"sv, "SQLite format 3\x00"sv,
    "MZ\x90\x00"sv, "RIFF"sv,
};

// The capitalised byline prefixes of byline_prefix (heuristics.cc) in
// English, French, German, Spanish and Dutch. Case-sensitive: "ByTravis"
// but not "Byron". The lower-case "by" too: news post cards print their
// label that way ("byJane Roe").
constexpr std::string_view kGluedBylinePrefixes[] = {"By", "by", "Par", "Von", "Por", "Door"};

// The bios of author boxes under blog, magazine and news posts open with
// the name and one of these ("Jane Doe is a writer", "Sam is the SEO lead").
constexpr std::string_view kBioCopulas[] = {" is a ", " is an ", " is the "};

// The verbs of speech after a name that open a quote's attribution, not a
// bio ("Jane Doe said the plan ..."): an article's closing paragraph
// quoting a namesake of its writer. English only.
constexpr std::string_view kSpeechVerbs[] = {"said",  "says",     "told",  "tells",    "added",   "adds",
                                             "asked", "asks",     "noted", "explained", "wrote",   "recalled",
                                             "replied", "insisted", "admitted"};

// The reply marks of forum software's default subjects: "Re:" (phpBB,
// vBulletin, MyBB, Simple Machines in English), "Antw:" (Simple Machines
// in German), "Aw:" (German mail clients, which forum users copy).
constexpr std::string_view kReplySubjectPrefixes[] = {"re:", "antw:", "aw:"};

// The words by which a byline joins one more author to the names before
// it ("Jane Roe and AP", "Jana Roe und Olaf Brink, dpa"), lower case: news
// sites of two countries credit a wire so. "With"/"mit" names the wire as
// a source instead ("Jana Roe mit AP").
constexpr std::string_view kCoauthorJoins[] = {"&", "and", "und", "et", "y", "e", "en"};

// The marks that open the turns of an interview or FAQ set as labelled
// lines ("Q: ..." then "A: ..."), lower case, in English, German, Spanish,
// Portuguese, French, Italian, Dutch and Russian: question and answer
// columns of news and community pages print them so.
constexpr std::string_view kDialogueMarks[] = {
    "q",         "a",        "question", "answer",   "f",     "frage", "antwort", "p",
    "r",         "pregunta", "respuesta", "pergunta", "resposta", "réponse", "d", "domanda",
    "risposta",  "v",        "vraag",    "antwoord", "в",     "о",     "вопрос",  "ответ"};

// Guides that close a section with a list set as short lines and
// announce it without a colon (a car-care guide, a gardening page, a
// marketing guide).
constexpr std::string_view kListAnnouncers[] = {" the following ", "below is a list ", " below are "};

// Marks of code that prose and menus do not use: a comment opener, an
// arrow or assignment, a block brace, a statement's semicolon. Tutorials
// whose Mermaid, SQL and JavaScript listings cut a text copy's article in
// two (two developer-tool blogs, a cloud-monitoring blog and four more).
constexpr std::string_view kCodeOpeners[] = {"--", "//", "/*", "}", "{"};
constexpr std::string_view kCodeInside[] = {"-->", "->", "=>", "==", "!=", " = ", "();", "<T>", "::", "|->"};
constexpr std::string_view kCodeEnders[] = {";", "{", "}", "(", "[", "*/", "()", "=", "->"};

}  // namespace

bool IsChromeRole(std::string_view role) {
  const std::string lower = AsciiLower(Trim(role));
  for (std::string_view chrome : kChromeRoles) {
    if (lower == chrome) return true;
  }
  return false;
}

bool IsTextStyleUtility(std::string_view token) {
  // Responsive and state prefixes first: "md:text-center", "hover:text-white".
  const std::size_t colon = token.rfind(':');
  if (colon != std::string_view::npos) token.remove_prefix(colon + 1);
  if (StartsWithNoCase(token, "has-")) token.remove_prefix(4);
  if (!StartsWithNoCase(token, "text-")) return false;
  token.remove_prefix(5);
  const std::string_view word = token.substr(0, token.find('-'));
  for (std::string_view style : kTextStyleWords) {
    if (word.size() == style.size() && StartsWithNoCase(word, style)) return true;
  }
  return false;
}

bool IsSidebarId(std::string_view id) {
  const std::string lower = AsciiLower(Trim(id));
  for (std::string_view landmark : kSidebarIds) {
    if (lower == landmark) return true;
  }
  return false;
}

bool IsLayoutToken(std::string_view token) {
  for (std::string_view prefix : kLayoutTokenPrefixes) {
    if (StartsWithNoCase(token, prefix)) return true;
  }
  if (IsTextStyleUtility(token)) return true;
  // A utility class with a bracketed value or selector (Tailwind's
  // "w-[306px]", "[&_figcaption]:mt-xs", "[&_a]:hover:text-footer") styles
  // the element's descendants or states, not what it is: seen naming
  // figcaption on a blog's article element, footer and navigation on a
  // baby-care guide's text column.
  return token.find('[') != std::string_view::npos;
}

bool NamesFooter(std::string_view attr) {
  return AnyToken(attr, [](std::string_view token) {
    if (IsLayoutToken(token)) return false;
    for (std::size_t part = 0; part < token.size();) {
      std::size_t stop = token.find_first_of("-_", part);
      if (stop == std::string_view::npos) stop = token.size();
      const std::string_view word = token.substr(part, stop - part);
      for (std::string_view footer : kFooterWords) {
        if (word.size() == footer.size() && StartsWithNoCase(word, footer)) return true;
      }
      part = stop + 1;
    }
    return false;
  });
}

std::span<const std::string_view> WantedItemprops() { return kWantedItemprops; }

std::span<const std::string_view> DataTimeAttributeWords() { return kDataTimeAttributeWords; }

std::span<const std::string_view> RdfaDateProperties() { return kRdfaDateProperties; }

std::span<const std::string_view> HatomTimeClasses() { return kHatomTimeClasses; }

std::span<const std::string_view> CollapseToggleAttributes() { return kCollapseToggleAttributes; }

std::span<const std::string_view> HeadingPartSeparators() { return kHeadingPartSeparators; }

std::span<const std::string_view> HeadingAnchorMarks() { return kHeadingAnchorMarks; }

std::span<const std::string_view> BinarySignatures() { return kBinarySignatures; }

std::span<const std::string_view> GluedBylinePrefixes() { return kGluedBylinePrefixes; }

std::span<const std::string_view> BioCopulas() { return kBioCopulas; }
std::span<const std::string_view> SpeechVerbs() { return kSpeechVerbs; }
std::span<const std::string_view> ReplySubjectPrefixes() { return kReplySubjectPrefixes; }

bool IsCoauthorJoin(std::string_view separator) {
  const std::string lower = LowerSameLength(Trim(separator));
  std::string_view word(lower);
  // ", and" joins as "and" does.
  if (word.size() > 1 && word.front() == ',') word = Trim(word.substr(1));
  for (std::string_view j : kCoauthorJoins) {
    if (word == j) return true;
  }
  return false;
}
std::span<const std::string_view> ListAnnouncers() { return kListAnnouncers; }

bool IsDialogueMark(std::string_view label) {
  if (!label.empty() && label.back() == '.') label.remove_suffix(1);
  const std::string lower = LowerSameLength(label);
  for (std::string_view m : kDialogueMarks) {
    if (lower == m) return true;
  }
  return false;
}

bool CodeShaped(std::string_view s) {
  for (std::string_view m : kCodeOpeners) {
    if (s.substr(0, m.size()) == m) return true;
  }
  for (std::string_view m : kCodeEnders) {
    if (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) return true;
  }
  for (std::string_view m : kCodeInside) {
    if (s.find(m) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace pith
