// Bylines: the string as printed, and the names in it.
#ifndef PITH_METADATA_AUTHORS_H_
#define PITH_METADATA_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace pith {

// The byline as a reader sees it, tidied: no "By"/"Par"/"Von" prefix, no
// e-mail addresses, URLs or "Follow" links, one space after each comma.
std::string CleanByline(std::string_view raw);

// A cleaned byline without a date particle (kDateParticles) printed as
// its last word after two words or more: the date it led into sat in an
// element of its own. For the byline as printed only: the particle also
// tells SplitAuthors that the words before it end no name ("Jane Roe
// Garden Network on").
std::string WithoutTrailingDateParticle(std::string byline);

// The same for a particle written with its capital ("Le", "Am", "El",
// "Op": the date's element starts with it) when `raw`, the line as
// printed, goes on with the day's number right after it ("... avec AFP
// Le 22 novembre 2023"). A capitalised last word with no date after it
// may be a surname ("Jane Roe Le") and stays.
std::string WithoutParticleBeforeDate(std::string text, std::string_view raw);

// The person names in a byline, in order, without duplicates: "A, B and C"
// gives three names; roles and agencies after a separator ("Jane Doe,
// Reuters", "Jane Doe, Staff Writer") are not names and are left out.
std::vector<std::string> SplitAuthors(std::string_view byline);

// A part SplitAuthors keeps after a name that is the person's degree, no
// name: "MS", "Ph.D". (A short run of capitals, "CFP", is as often a
// topic's or a code's: "SQL", "WKN".)
bool IsCredential(std::string_view part);

// The text prints a story's title before `first_name` (at least
// kMinStoryTitleWords words, its "By" counted): "Storm damage counted By
// Pia Tellen". False when the name is not in the text.
bool TitleBeforeName(std::string_view text, std::string_view first_name);

// `part` is one word in capitals that is a label of `host` before its
// top-level domain ("TIME" of "time.com", "CNN" of "edition.cnn.com"): the
// site's own name after a name, no co-author. A credential never is ("MD").
bool NamesSiteHost(std::string_view part, std::string_view host);

// The capitalised word run into the last word of a name of two words or
// more, where a copy lost the break before a section's or a role's word:
// "Live" of "Ana BlakeyLive", "Business" of "Mia RossBusiness". Empty when
// none, or when the head is shorter than a surname ("McCall", "DeSiato").
// A longer name's own inner capital ("FitzGerald") gives one too: the
// caller tells them apart.
std::string_view GluedTail(std::string_view name);

// A line that opens with a byline label but runs on as a headline: one of
// the first two words after the label (particles aside) is in lower case
// and more follow ("Von München bis Aachen: ...", "Por qué ...", "By the
// numbers: ..."), where a byline names people or an outlet ("Von Anna
// Muster und Jörg Roe", "By Jane Roe 3 min read", "By Sun-Times staff",
// "Von Ursula von der Leyen"). Only a capitalised label: a lower-case "by"
// opens no headline.
bool HeadlineAfterBylineLabel(std::string_view text);

// The text starts with a byline prefix ("By", "Par", "Written by", "文●"),
// or does after a leading date ("January 17, 2017 at 6:08 PM ET by Kori
// Schulman"), or ends with a reporter's title that labels it as a prefix
// would ("김민수 기자").
bool StartsWithBylinePrefix(std::string_view text);

// The text ends with a reporter's title after a name, as Korean and
// Japanese bylines do ("김민수 기자", "佐藤花子記者").
bool EndsWithReporterTitle(std::string_view text);

// The text after the dates that lead it, each after a weekday or a label
// only ("Posted on May 2, 2025 by Jane Roe" gives "by Jane Roe "), with a
// space at its end; the text and a space when no date leads.
std::string WithoutLeadingDates(std::string_view text);

// The text without the clauses of a credit line that name no author ("Medically
// reviewed by Jane Roe, MD — Written by John Doe — Updated ..." gives "Written
// by John Doe — Updated ..."): clauses set apart by a meta line's marks or a
// dash, dropped when they are a reviewer's, an editor's or a photographer's
// credit and another clause stays. The text when none goes.
std::string WithoutCreditClauses(std::string_view text);

// The text opens a story about a person: a name, then the age in commas
// ("Jane Roe, 83, of Springfield, died May 6, 2024."), an obituary's or a
// court report's first sentence, whose date is the event's.
bool OpensStoryOfPerson(std::string_view text);

// Names lead the text, after a byline prefix or a date if any: "Dan
// Goodin - Apr 16, 2015 8:02 pm UTC", "November 20, 2019 Emiliano
// Bellini", "By Dario Durando | November 02, 2018".
bool NamesLead(std::string_view text);

// The words that lead the text as names are the label of the date right
// after them, set off by a colon alone, as copies of Turkish, Persian and
// Arabic news pages print it ("Son Güncelleme: 30.11.2020", "التاريخ: 03
// يونيو 2020"); a person's name is not written so before a date.
bool DateLabelLeads(std::string_view text);

// The field of a date line that names its authors, when no names lead
// it: one a byline prefix opens, up to the next field set off by other than
// a comma ("May 3, 2024 · 4 min read · By Jane Roe", "Le Journal |
// 12.06.2023 | Par Jean Roe (avec Ann Lee)"), or the last field when it is
// one name alone ("May 3, 2024 · 12 min · Jane Roe"). Empty when none.
std::string NamesFieldOfDateLine(std::string_view text);

// The byline field of a Chinese or Japanese info line, label and value,
// wherever it stands among the line's "label：value" fields: "作者：王小明"
// from "2024-03-05 09:12　来源：例报　作者：王小明　编辑：李华" or from
// "来源：例报作者：王小明". Empty when the line has none, or the label no value.
std::string CjkBylineField(std::string_view text);

// The names of a byline clause inside a date line, not set off as a field:
// "By Jane Roe" from "... and Canada. By Jane Roe on Dec. 19, 2025",
// "by Jane Roe" from "Posted on May 3, 2025 Posted by Jane Roe 59
// Comments": the by-word and the names up to the date, a number or a
// mark. Empty when the line has no such clause.
std::string ByClauseOfDateLine(std::string_view text);

// The text without a copy of the name before the name: "Jane Doe Jane
// Doe", "Jane DoeJane Doe" and "Jane Doe By Jane Doe" (an avatar's alt
// text or a profile link, which text copies print before the byline)
// give "Jane Doe", "Jane Doe" and "By Jane Doe"; "By Jane DoeJane Doe"
// (the copy after the by-word) gives "By Jane Doe".
std::string WithoutRepeatedName(std::string_view text);

// The text is a byline prefix and nothing else: "By", "Posted by", "Par".
bool IsBylinePrefixOnly(std::string_view text);

// Whether a value starting with "#" counts as a web address.
enum class AddressForms { kWithoutFragments, kWithFragments };

// An author value written as a web address rather than a name:
// "https://facebook.com/someone", "//host/x", "www.", a site path
// "/author/jane"; with kWithFragments, also "#author" (a JSON-LD node
// reference where a name belongs). Author meta tags are read without
// fragments, as they always were.
bool IsWebAddress(std::string_view value, AddressForms forms);

// A plausible person name: one to five words, no digits, capitalised words
// in cased scripts (particles such as "de", "van", "al" allowed).
bool LooksLikePersonName(std::string_view name);

// A name's particle in lower case: "van", "de", "von", "bin" ...
bool IsNameParticle(std::string_view word);

// How a site's name names a person.
enum class SiteOwnerForm { kNone, kPossessive, kAddress };

// The person a site is named after, when its name says so: "Jane Roe's
// blog" (kPossessive) gives "Jane Roe"; "Jane Roe" does when the first
// label of the site's host spells the name, its first word or its last
// ("janeroe", "jane-roe", "jane", "roe": kAddress, which a company's name
// matches as well). A
// full name of two or three words; "" and kNone otherwise.
std::string SiteOwnerName(std::string_view site_name, std::string_view host_label, SiteOwnerForm& form);

// Letters, spaces and the dots, hyphens and apostrophes of names only: no
// label's colon ("Source: Example.com"), no "×" or "#" of a column's name.
bool PlainName(std::string_view name);

}  // namespace pith

#endif  // PITH_METADATA_AUTHORS_H_
