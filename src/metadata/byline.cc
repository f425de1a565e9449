#include "metadata/byline.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "clean/text_lines.h"
#include "metadata/authors.h"
#include "metadata/dates.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "metadata/titles.h"
#include "patterns/heuristics.h"
#include "patterns/lexicons.h"
#include "util/text_util.h"
#include "util/url.h"

namespace pith {
namespace {

namespace limits = thresholds::byline;

// Library catalogues write "Kooman, F." and "Jong, Michiel de".
std::string UninvertName(const std::string& value) {
  const std::size_t comma = value.find(',');
  if (comma == std::string::npos || value.find(',', comma + 1) != std::string::npos) return value;
  const std::string last(Trim(std::string_view(value).substr(0, comma)));
  const std::string first(Trim(std::string_view(value).substr(comma + 1)));
  if (last.empty() || first.empty() || CountWords(last) > limits::kMaxInvertedSurnameWords ||
      CountWords(first) > limits::kMaxInvertedGivenWords) {
    return value;
  }
  return first + " " + last;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

std::vector<std::string> Folded(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& n : names) out.push_back(FoldForCompare(n));
  return out;
}

// One of `names` is one of the `known` (folded) names.
bool AnyKnown(const std::vector<std::string>& known, const std::vector<std::string>& names) {
  const std::vector<std::string> mine = Folded(names);
  return std::any_of(mine.begin(), mine.end(), [&](const std::string& n) {
    return std::find(known.begin(), known.end(), n) != known.end();
  });
}

// ---- Names in the page's markup --------------------------------------------

// Adds the names `marks` give for `block` that `keep` keeps, once each.
template <typename Keep>
void AddMarkedNames(const std::vector<PageFacts::ItemProp>& marks, std::int32_t block, Keep keep,
                    std::vector<std::string>& names) {
  for (const PageFacts::ItemProp& m : marks) {
    if (m.block != block || !keep(m)) continue;
    for (std::string& n : SplitAuthors(m.value)) {
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
    }
  }
}

bool IsAuthorLink(const PageFacts::ItemProp& m) { return m.name == kAuthorLinkName; }

// Names in the author-classed or itemprop=author elements of a block, or
// (`links`) in its links to authors' pages.
std::vector<std::string> SpanNames(const MetadataContext& ctx, std::int32_t block, bool links = true) {
  std::vector<std::string> names;
  if (block < 0) return names;
  AddMarkedNames(ctx.doc.facts.author_spans, block,
                 [&](const PageFacts::ItemProp& m) { return links || !IsAuthorLink(m); }, names);
  if (names.empty()) {
    AddMarkedNames(ctx.doc.facts.itemprops, block,
                   [](const PageFacts::ItemProp& m) { return lexicon::IsOneOf(m.name, lexicon::kAuthorItemProps); },
                   names);
  }
  return names;
}

// ---- Structured data ---------------------------------------------------------

// What the structured data says of the authors: the people, and a byline
// (the same names as one string, else an organisation or an author tag).
struct StructuredAuthors {
  std::vector<std::string> names;
  Origin names_from;
  std::string byline;
  Origin byline_from;
  bool outlet = false;  // the names are the outlet's alone
};

// The names in author values, once each; no address or @handle.
std::vector<std::string> NamesOf(const std::vector<std::string>& values, bool invert) {
  std::vector<std::string> names;
  for (const std::string& v : values) {
    if (v.empty() || IsWebAddress(v, AddressForms::kWithoutFragments) || v.front() == '@') continue;
    for (std::string& n : SplitAuthors(invert ? UninvertName(v) : v)) {
      if (std::none_of(names.begin(), names.end(),
                       [&](const std::string& m) { return FoldForCompare(m) == FoldForCompare(n); })) {
        names.push_back(std::move(n));
      }
    }
  }
  return names;
}

// No block of the text is at or above block `i`: the article's header.
bool AboveTheText(const MetadataContext& ctx, std::int32_t i) {
  for (std::int32_t j = 0; j <= i && j < ctx.Blocks(); ++j) {
    if (ctx.RoleOf(static_cast<std::size_t>(j)) == Role::kBody) return false;
  }
  return i < ctx.Blocks();
}

// Element `e` is in a picture's or a player's caption (<figcaption>), up
// to the levels a byline class is read from: a byline-classed line there
// is the photo's credit ("Jane Roe/Reuters") or the clip's ("Audio 03:07
// Min. | Jane Roe"), not the article's. An author's photo may hold the
// "By" line in its caption ("Von Jane Roe, Redakteurin").
bool InFigcaption(const MetadataContext& ctx, std::int32_t e) {
  for (int level = 0; e >= 0 && level <= thresholds::header::kClassAncestors; ++level) {
    const Element& el = ctx.doc.elements[static_cast<std::size_t>(e)];
    if (el.tag == Tag::kFigcaption) return true;
    e = el.parent;
  }
  return false;
}

// The microdata author values (itemprop author or creator); with
// `outside_comments`, not a commenter's, who is marked up as an author
// too ("Jane Roe says"). A picture's creator, in its caption, made the
// photo, not the article.
std::vector<std::string> ItemPropAuthors(const MetadataContext& ctx, bool outside_comments) {
  std::vector<std::string> values;
  for (const PageFacts::ItemProp& p : ctx.doc.facts.itemprops) {
    const bool in_comment = p.block >= 0 && p.block < ctx.Blocks() &&
                            ctx.RoleOf(static_cast<std::size_t>(p.block)) == Role::kComment;
    const bool in_caption =
        p.block >= 0 && p.block < ctx.Blocks() && InFigcaption(ctx, ctx.doc.blocks[static_cast<std::size_t>(p.block)].element);
    if (!(outside_comments && in_comment) && !in_caption && lexicon::IsOneOf(p.name, lexicon::kAuthorItemProps)) {
      values.push_back(p.value);
    }
  }
  return values;
}

// The outlet's names, folded: the site's name and the publisher's (JSON-LD
// publisher, publisher meta tag), without what brackets add ("Acme Welle
// (www.acme.example)").
std::vector<std::string> OutletNames(const MetadataContext& ctx) {
  std::vector<std::string> out;
  for (const std::string& v : {ctx.article.site_name.value_or(""), ctx.ld.site_name,
                               MetaValue(ctx.doc.facts, lexicon::kPublisherMeta)}) {
    const std::string folded = FoldForCompare(Trim(std::string_view(v).substr(0, v.find(" ("))));
    if (!folded.empty()) out.push_back(folded);
  }
  // A page with no tag naming its site names it in the <title>'s short
  // last part ("Story | Dagblad Oost"), as DropSiteNameAuthor reads it.
  const WordList site = out.empty() ? SplitSitePart(ctx.doc.facts.title).site : WordList{};
  if (!site.empty()) {
    std::string joined = site.front();
    for (std::size_t k = 1; k < site.size(); ++k) joined += " " + site[k];
    out.push_back(FoldForCompare(joined));
  }
  return out;
}

// Every name is the outlet's, its first word or words or its host's name
// ("Acme" of "Acme eG" or "acme.net"): the publisher filed as the author,
// no person.
bool OnlyOutlet(const std::vector<std::string>& names, const std::vector<std::string>& outlets) {
  return !names.empty() && std::all_of(names.begin(), names.end(), [&](const std::string& n) {
    const std::string folded = FoldForCompare(n);
    return std::any_of(outlets.begin(), outlets.end(), [&](const std::string& o) {
      return o == folded || o.starts_with(folded + " ") || o.starts_with(folded + ".");
    });
  });
}

// Names from structured data: JSON-LD people, else the first author meta
// tag that holds names, else microdata, else rel=author links. A source
// that names the outlet alone gives way to a later one that names someone
// else (the publisher as the JSON-LD author over the reporter's author
// tag); `outlet` gets the first such names.
std::vector<std::string> StructuredNames(const MetadataContext& ctx, Origin& from, std::vector<std::string>& outlet) {
  const PageFacts& f = ctx.doc.facts;
  const std::vector<std::string> outlets = OutletNames(ctx);
  std::vector<std::string> names;
  auto take = [&](std::vector<std::string> found, Origin origin) {
    if (OnlyOutlet(found, outlets)) {
      if (outlet.empty()) outlet = std::move(found);
      return;
    }
    names = std::move(found);
    from = std::move(origin);
  };
  take(NamesOf(ctx.ld.authors, false), {"JSON-LD author"});
  for (std::string_view key : lexicon::kAuthorMeta) {
    if (!names.empty()) break;
    take(NamesOf(MetaValues(f, key), lexicon::IsOneOf(key, lexicon::kInvertedAuthorMeta)), {kMetaTag, key});
  }
  if (names.empty()) {
    take(NamesOf(LabelledMetaValues(f, lexicon::kAuthorLabelMeta, lexicon::kAuthorDataMeta,
                                    lexicon::kAuthorMetaLabels),
                 false),
         {kMetaTag, lexicon::kAuthorLabelMeta});
  }
  if (names.empty()) take(NamesOf(ItemPropAuthors(ctx, false), false), {"microdata itemprop author"});
  // rel=author: the first link, and in the article's header those in its
  // line ("Jane Roe Tom Hale", two links side by side); later ones are
  // other articles' (a sidebar of recent posts).
  if (names.empty() && !f.rel_author.empty()) {
    std::vector<std::string> values;
    const std::int32_t line = f.rel_author_blocks.front();
    const bool header = AboveTheText(ctx, line);
    for (std::size_t i = 0; i < f.rel_author.size() && i < f.rel_author_blocks.size(); ++i) {
      if (i == 0 || (header && f.rel_author_blocks[i] == line)) values.push_back(f.rel_author[i]);
    }
    take(NamesOf(values, false), {"rel=author link"});
  }
  return names;
}

// A CMS login ("jdadmin", "q_admin"): one lower-case word of ASCII letters,
// digits and underscores, with a letter. No host ("news.example") and no
// number alone (an author id).
bool IsLogin(std::string_view v) {
  const bool plain = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  return plain && std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The first author tag value that is no address, @handle or CMS login,
// tidied; else the first login: blogs whose author set no display name
// credit the post to it, and the page prints no other name (nine blogs).
// The data beside a "Written by" preview label counts as one more author
// tag: SEO plugins fill it with the same desk, outlet or login the page's
// other author markup would name ("SFist Contributor", "Thrive Agency",
// "q_admin"; five blogs whose pages print no byline).
void BylineFromAuthorTags(const PageFacts& f, std::string& byline, Origin& from) {
  std::string login;
  Origin login_from;
  auto read = [&](const std::vector<std::string>& values, const Origin& origin) {
    for (const std::string& v : values) {
      if (IsLogin(v)) {
        if (login.empty()) login = v, login_from = origin;
      } else if (!IsWebAddress(v, AddressForms::kWithoutFragments) && v.front() != '@' &&
                 !(CountWords(v) == 1 && AsciiLower(v) == v)) {
        byline = CleanByline(v);
        from = origin;
        return;
      }
    }
  };
  for (std::string_view key : lexicon::kAuthorMeta) {
    if (!byline.empty()) break;
    read(MetaValues(f, key), {kMetaTag, key});
  }
  if (byline.empty()) {
    read(LabelledMetaValues(f, lexicon::kAuthorLabelMeta, lexicon::kAuthorDataMeta, lexicon::kAuthorMetaLabels),
         {kMetaTag, lexicon::kAuthorLabelMeta});
  }
  if (byline.empty() && !login.empty()) byline = login, from = login_from;
}

// A CMS slug or login given as a name: one word in lower case that names
// no host ("jane-roe", "newsdesk"; not "example.com").
bool IsSlug(const std::string& value) {
  return value.find_first_of(" .") == std::string::npos && AsciiLower(value) == value;
}

// A desk or a column filed as a person ("SFist Contributor", "The Acme
// Team", "Ask the Doctors"): a short author value of letters that no name
// was read from; no address, @handle, login or slug. Empty when none.
std::string DeskValue(const std::vector<std::string>& values) {
  for (const std::string& v : values) {
    const std::string cleaned = CleanByline(v);
    if (cleaned.empty() || IsWebAddress(cleaned, AddressForms::kWithoutFragments) || !PlainName(cleaned) ||
        IsSlug(cleaned) || CountWords(cleaned) > limits::kMaxOutletWords) {
      continue;
    }
    return cleaned;
  }
  return {};
}

StructuredAuthors ReadStructuredAuthors(const MetadataContext& ctx) {
  StructuredAuthors out;
  std::vector<std::string> outlet;
  out.names = StructuredNames(ctx, out.names_from, outlet);
  if (out.names.empty() && !outlet.empty()) {
    out.names = std::move(outlet);
    out.outlet = true;
    out.names_from = {"structured author (the outlet)"};
  }
  out.byline = JoinNames(out.names);
  out.byline_from = out.names_from;
  // An organisation as author ("Reuters", "HNN Staff"): a byline, but no
  // person. A CMS login ("admin", "jdadmin") is a byline at most.
  if (out.byline.empty() && !ctx.ld.organization_authors.empty()) {
    out.byline = ctx.ld.organization_authors.front();
    out.byline_from = {"JSON-LD author (an organisation)"};
  }
  // So is a desk filed as a person, which blogs and news pages print as
  // the byline ("SFist Contributor", "The Acme Team", "Guardian staff
  // reporter"): no name is read from it, so the value itself is taken.
  if (out.byline.empty()) {
    out.byline = DeskValue(ctx.ld.authors);
    out.byline_from = {"JSON-LD author (a desk)"};
  }
  if (out.byline.empty()) {
    out.byline = DeskValue(ItemPropAuthors(ctx, true));
    out.byline_from = {"microdata itemprop author (a desk)"};
  }
  BylineFromAuthorTags(ctx.doc.facts, out.byline, out.byline_from);
  return out;
}

// ---- The page's byline block ---------------------------------------------------

// A byline block in the article header: starting with "By", in a
// byline-classed element, beside the date line; a lone "By" with the
// names in the next block.
struct Candidate {
  std::int32_t block = -1, extra = -1;
  std::string text;
  std::vector<std::string> names;
  int score = 0;
  bool prefixed = false;
  bool classed = false;    // in a byline-classed or author element
  bool date_line = false;  // the date line, claimed already
  bool names_field = false;  // a field of a text copy's date line: NamesFieldOfDateLine
  bool desk_card = false;    // a text copy's author card that names a desk ("Acme Staff")
  bool linked_desk = false;  // all a link to an author's page that names a login or a desk: LinkedDesk
};

// A number in the line apart from a relative date or a reading time
// after the names ("Jane Roe|Published 15 hours ago", "Jane Roe 2 minutes
// read"): a heading's or a caption's ("Calendário Stock Car 2018").
bool HasNumber(std::string text) {
  RE2::GlobalReplace(&text, GetHeuristics().time_after_names, "");
  return text.find_first_of("0123456789") != std::string::npos;
}

// Part `i` of a byline's names is a degree after a name, part of that
// name's credit ("Jane Roe, MS, RD"); a line of capitals alone ("SQL", a
// topic) is none.
bool DegreeAfterName(const std::vector<std::string>& names, std::size_t i) {
  return i > 0 && IsCredential(names[i]);
}

// A word of `text` is a story's tool button ("Share Comments").
bool HasToolButtonWord(const std::string& text) {
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t space = std::min(text.find(' ', from), text.size());
    if (lexicon::IsOneOf(LowerSameLength(text.substr(from, space - from)), lexicon::kToolButtonWords)) return true;
    from = space + 1;
  }
  return false;
}

// A line of a text copy that is only names: each of two or three words
// but a wire after them, and most of the line ("Jane Doe and John Roe",
// "Jane Doe, Reuters", "Jane Doe and AP"); a
// two-word title ("Broken Pledge") still passes, so such lines count least.
// A story's tool button in it makes it a bar of them ("Share Comments").
// (A line that names no one may still name an outlet: NamesAnOutlet.)
bool IsNamesLine(const std::string& text) {
  const std::vector<std::string> names = SplitAuthors(text);
  if (names.empty() || EndsLikeSentence(text) || HasToolButtonWord(text)) return false;
  std::size_t name_words = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::size_t w = CountWords(names[i]);
    // A wire credited after the reporters ("Jane Doe and AP") is one word.
    const bool wire = i > 0 && GetHeuristics().agency_name.FullMatch(names[i]);
    if (!DegreeAfterName(names, i) && !wire && (w < limits::kMinLineNameWords || w > limits::kMaxLineNameWords)) {
      return false;
    }
    name_words += w;
  }
  return name_words * 2 >= CountWords(CleanByline(text));
}

// A photo or agency credit, which text copies print beside the date line
// and under the headline as often as a byline.
bool IsCredit(const std::string& text) {
  return MatchCreditLine(text) != nullptr || RE2::FullMatch(text, GetHeuristics().photo_credit_name);
}

// A text copy's candidates, most likely first: a "By" line, then a date
// line that names people, then an author card's name, then a line of names
// beside the date line.
int TextScore(const Candidate& c, bool names_lead, bool card) {
  return c.prefixed     ? limits::kBylinePrefixScore
         : names_lead ? limits::kNamesOnDateLineScore
         : card       ? limits::kAuthorCardNameScore
                      : 0;
}

// A text copy's author card: the name under the same name, which the
// card's photo printed as its alt text ("Jane Roe" / "Jane Roe", "Photo of
// Jane Roe" / "Jane Roe"), or under a photo's alt text that only says it is
// the author's ("Author image" / "Jane Roe"), just above or below the date
// line or just above the body. A site's logo and name, a menu's entry or a
// section's name twice, sit farther up.
bool UnderItsPhoto(const MetadataContext& ctx, std::int32_t i) {
  const std::int32_t reach = limits::kAuthorCardReach;
  const std::int32_t after_date = ctx.date_block >= 0 ? i - ctx.date_block : -reach - 1;
  const bool near = (after_date >= -limits::kAuthorCardAboveDate && after_date <= reach && after_date != 0) ||
                    (i < ctx.Anchor() && ctx.Anchor() - i <= reach);
  if (i == 0 || !near) return false;
  const auto u = static_cast<std::size_t>(i);
  const std::string name = FoldForCompare(ctx.doc.blocks[u].text);
  const std::string above = FoldForCompare(ctx.doc.blocks[u - 1].text);
  if (!name.empty() && GetHeuristics().author_photo_label.FullMatch(ctx.doc.blocks[u - 1].text)) return true;
  return !name.empty() && ctx.stats[u - 1].words <= ctx.stats[u].words + limits::kMaxPhotoLabelWords &&
         (above == name || above.ends_with(" " + name));
}

// Every name in the text has two words or more and labels nothing: "Aaron
// Ricadela | Senior Writer | July 2, 2025", not "14:02 Uhr", "Last Update:
// 30.04.2024" or "来源：新华网" (source: an agency).
bool FullNamesOnly(std::string_view text) {
  const std::vector<std::string> names = SplitAuthors(text);
  return !names.empty() && std::all_of(names.begin(), names.end(), [&](const std::string& n) {
    const std::size_t at = text.find(n);
    const std::string_view after = at == std::string_view::npos ? "" : Trim(text.substr(at + n.size()));
    const auto label = [](std::string_view t) {
      return t.find(':') != std::string_view::npos || t.find("\uFF1A") != std::string_view::npos;
    };
    return CountWords(n) >= limits::kMinLineNameWords && PlainName(n) && !label(n) &&
           !label(after.substr(0, after.find(' ')));
  });
}

// A full name as a line prints it alone: two to four words, each name
// of the line a person's with a given name and a surname.
bool FullNameShaped(std::string_view name) {
  const std::size_t words = CountWords(name);
  return words >= limits::kMinLineNameWords && words <= limits::kMaxLineNameWords && LooksLikePersonName(name) &&
         FullNamesOnly(name);
}

// A full name of one person alone ("Jane Roe", not "Jane Roe and John Doe").
bool OnePersonsName(std::string_view name) {
  return FullNameShaped(name) && SplitAuthors(name) == std::vector<std::string>{std::string(name)};
}

// Credits the article to `authors`, printed as `byline`, read from
// `origin`.
void CreditNames(MetadataContext& ctx, std::string byline, std::vector<std::string> authors, const Origin& origin) {
  ctx.article.byline = std::move(byline);
  ctx.article.authors = std::move(authors);
  ctx.Note("byline", origin);
  if (!ctx.article.authors.empty()) ctx.Note("authors", origin);
}

// Element `e` holds the article's headline: the article's header, which
// the chrome tags (<header>) and classes mark as readily as a site's.
bool HoldsHeadline(const MetadataContext& ctx, std::int32_t e) {
  return ctx.headline_block >= 0 &&
         ctx.doc.Contains(e, ctx.doc.blocks[static_cast<std::size_t>(ctx.headline_block)].element);
}

// A menu's entry, not a byline: a "By" line in a menu or a form ("By
// Category" heading a column of a site's navigation, "Text Me Retailer
// Information" over a form), or all link, the "By" too, in another part
// of the page's chrome ("By Price" in a shop's sidebar). A name alone may
// be all link in a header, and so may "By Jane Roe", full names, in the
// header that holds the headline (a link to the author's page; not a
// button's "Text Link").
bool MenuEntry(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  if (!ctx.Html() || !ctx.BylinePrefixed(i)) return false;
  bool all_link = ctx.stats[u].link_density >= limits::kMinMenuEntryLinkDensity;
  for (std::int32_t e = ctx.doc.blocks[u].element; e >= 0; e = ctx.doc.elements[static_cast<std::size_t>(e)].parent) {
    const Element& el = ctx.doc.elements[static_cast<std::size_t>(e)];
    if (el.tag == Tag::kNav || el.tag == Tag::kMenu || el.tag == Tag::kForm) return true;
    if (all_link && (el.flags & kChrome)) {
      if (!HoldsHeadline(ctx, e) || !FullNamesOnly(ctx.doc.blocks[u].text)) return true;
      all_link = false;  // the elements above hold the headline too
    }
  }
  return false;
}

// One full name, a comma and the writer's job title after it ("Jane Roe,
// Paris correspondent", "Anna Müller, Korrespondentin in Paris"), as news
// pages print a byline without its label.
bool NameThenJobTitle(const std::string& text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string::npos || EndsLikeSentence(text)) return false;
  const std::string_view name = Trim(std::string_view(text).substr(0, comma));
  const std::string_view title = Trim(std::string_view(text).substr(comma + 1));
  return CountWords(title) <= limits::kMaxTitleAfterNameWords && OnePersonsName(name) &&
         GetHeuristics().job_title.PartialMatch(LowerSameLength(std::string(title)));
}

// An HTML block of names alone, as blogs print the author over or under the
// date line: not a link (a category's, "No Comments", "Download ZIP") and
// no job title ("Co-Founder & Marketing Director") unless after a name.
bool UnlabelledNamesBlock(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  if (ctx.stats[u].link_density >= limits::kMinMenuEntryLinkDensity) return false;
  return (IsNamesLine(text) && !GetHeuristics().author_role.PartialMatch(text)) || NameThenJobTitle(text);
}

// `words` printed in `text` on their own, not as part of a longer word.
bool PrintedAsWords(const std::string& text, std::string_view words) {
  for (std::size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
    const std::size_t end = at + words.size();
    // A letter, or the dots, dashes and slashes of an address or a slug
    // ("jane-roe.com"), glues the text to a longer word.
    const auto glued = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0 || std::string_view("-./@_").find(c) != std::string_view::npos;
    };
    if ((at == 0 || !glued(text[at - 1])) && (end == text.size() || !glued(text[end]))) return true;
  }
  return false;
}

// `word` printed in lower case as a word of its own somewhere in the copy.
// Lowered in every cased script: a name's capital outside ASCII ("Émile",
// "Ярослав") left as it was would find the name itself.
bool PrintedInLowerCase(const Document& doc, const std::string& word) {
  const std::string lower = LowerSameLength(word);
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) { return PrintedAsWords(b.text, lower); });
}

// Title-case words, not a name ("Travel Tips", "Key Takeaways", "Home
// Blog"): every word, written in ASCII, is printed in lower case elsewhere
// in the copy, as a name's words rarely are. An unlabelled line of a text
// copy beside the date line or the headline is a section's or a link's
// name as often as the author's.
bool CommonWords(const Document& doc, const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    std::size_t from = 0;
    while (from < n.size()) {
      const std::size_t space = std::min(n.find(' ', from), n.size());
      const std::string w = n.substr(from, space - from);
      from = space + 1;
      const bool ascii = IsAscii(w);
      if (w.empty()) continue;
      if (!ascii || AsciiLower(w) == w || !PrintedInLowerCase(doc, w)) return false;
    }
  }
  return !names.empty();
}

// Each name cased as a person's is: every word starts with a capital and
// has a small letter ("Jane McRoe", not "NVIDIA GTC"), in a cased script,
// letters and name marks only, and its first word, a given name, is never
// printed in small letters in the copy ("Podcast Transcript").
bool PersonCased(const Document& doc, const std::vector<std::string>& names) {
  return std::all_of(names.begin(), names.end(), [&](const std::string& n) {
    if (!PlainName(n)) return false;
    bool word_start = true, word_has_small = false;
    for (std::size_t k = 0; k < n.size();) {
      const auto c = static_cast<UChar32>(NextCodePoint(n, k));
      if (c == ' ') {
        if (!word_has_small) return false;
        word_start = true;
        word_has_small = false;
        continue;
      }
      if (word_start && !u_isupper(c)) return false;
      word_start = false;
      word_has_small = word_has_small || u_islower(c);
    }
    return word_has_small && !PrintedInLowerCase(doc, n.substr(0, n.find(' ')));
  });
}

// Block `i` of a text copy is a picture's alt text or its caption that
// repeats it, a credit under the two ("Jane Roe" / "Jane Roe" / "Photo:
// Agency"): a portrait of someone the story names; an author card's
// doubled name has no credit under it.
bool PortraitCaption(const MetadataContext& ctx, std::int32_t i) {
  const auto& blocks = ctx.doc.blocks;
  const auto u = static_cast<std::size_t>(i);
  const auto credit_after_double = [&](std::size_t first) {
    return first + 2 < blocks.size() && blocks[first].text == blocks[first + 1].text && IsCredit(blocks[first + 2].text);
  };
  return credit_after_double(u) || (u > 0 && credit_after_double(u - 1));
}

// The byline `text` of block `i` is all one link to an author's page, and
// its text names a CMS login or a desk, no person ("inikosoftseo",
// "Staff", "By infuy"): blogs whose author set no display name link the
// post to the login's archive, as the author tags name it.
bool LinkedDesk(const MetadataContext& ctx, std::int32_t i, const std::string& text) {
  // The block's author links first: cleaning every block's text as a
  // byline would cost as much as the rest of the byline search.
  const auto& spans = ctx.doc.facts.author_spans;
  const auto linked = [i](const PageFacts::ItemProp& m) { return m.block == i && IsAuthorLink(m); };
  if (std::none_of(spans.begin(), spans.end(), linked)) return false;
  const std::string shown = CleanByline(text);
  return !shown.empty() && SplitAuthors(shown).empty() &&
         std::any_of(spans.begin(), spans.end(), [&](const PageFacts::ItemProp& m) {
           return linked(m) && Trim(m.value) == shown && (IsLogin(shown) || !DeskValue({shown}).empty());
         });
}

// The block under block `i` is the date line, or a date that no date line
// was read from: a relative one ("2 days ago") or one without its year
// ("Jan 23"), as blog platforms print the post's date.
bool DateUnder(const MetadataContext& ctx, std::int32_t i) {
  if (i + 1 == ctx.date_block) return true;
  if (i + 1 >= ctx.Blocks()) return false;
  const std::string& next = ctx.doc.blocks[static_cast<std::size_t>(i + 1)].text;
  const std::optional<DateMatch> date = FindDate(next);
  return IsRelativeTimeLine(next) || IsDayAndMonthOnly(Trim(next)) ||
         (date && date->begin == 0 && date->end == Trim(next).size());
}

// An HTML block of one name alone between the headline and the date line
// under it ("Stefan" / "March 5, 2026", "Jane Roe" / "Jan 23"), as blogs
// print the author (a given name alone when no surname was set): the whole
// block, cased as a person's name is, not a link (a category's), no role
// ("Staff") and no date's word (a date badge's "Mai" over "06.05.2018").
bool NameUnderHeadline(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  // A photo's credit may stand between the name and the date ("Jane Roe" /
  // "Photo: John Doe" / "March 5, 2026"): the picture's above the story.
  const bool credit_under = i + 1 < ctx.Blocks() && IsCredit(ctx.doc.blocks[u + 1].text);
  if (i != ctx.headline_block + 1 || CountWords(text) > limits::kMaxLineNameWords ||
      !DateUnder(ctx, credit_under ? i + 1 : i)) {
    return false;
  }
  const std::vector<std::string> names = SplitAuthors(text);
  if (names.size() != 1 || names.front() != Trim(text)) return false;
  const std::string lower = LowerSameLength(names.front());
  return !IsDateWord(lower) && !IsMonthName(lower) && ctx.stats[u].link_density < limits::kMinMenuEntryLinkDensity &&
         PersonCased(ctx.doc, names) && !GetHeuristics().author_role.PartialMatch(text);
}

// The names in the buttons right after "By" alone in block `i`, joined
// by commas: tooltip buttons that open the author's card ("By" <button>Jane
// Roe</button>, <button>John Doe</button>), whose text the blocks leave
// out, as guide pages of two sites print the byline. The first sits in
// block `i` after its text or in the next block; each other one in the
// block after the one before, when that block prints only a joiner (",
// and"). "" when none.
std::string ButtonNamesAfterBy(const MetadataContext& ctx, std::int32_t i) {
  std::string names;
  std::int32_t last = i;
  for (const PageFacts::Button& b : ctx.doc.facts.buttons) {
    if (b.block < i || (b.block == i && !b.after_text) || Trim(b.text).empty()) continue;
    if (b.block > last + 1) break;
    names += (names.empty() ? "" : ", ") + std::string(Trim(b.text));
    last = b.block;
    if (b.block >= ctx.Blocks() || b.block == i ||
        !RE2::FullMatch(" " + ctx.doc.blocks[static_cast<std::size_t>(b.block)].text + " ",
                        GetHeuristics().author_separator)) {
      break;
    }
  }
  return names;
}

// A text copy's line of a name and an image's label after it, the alt
// text of the author's photo ("Jane Roe Image", "Jane Roe headshot"): the
// name alone. A line of two words keeps them ("Product Image" is no name
// either way).
std::string WithoutImageLabel(const std::string& text) {
  const std::size_t space = text.rfind(' ');
  if (space == std::string::npos || CountWords(text) <= limits::kMinLineNameWords ||
      !GetHeuristics().image_label.FullMatch(std::string_view(text).substr(space + 1))) {
    return text;
  }
  return std::string(Trim(std::string_view(text).substr(0, space)));
}

// Block `i` comes after the headline, within the header's reach below it,
// with no paragraph of the text between the two: the article's header,
// where the text's container may hold the meta bar too (then the bar is
// the body's first block).
bool UnderHeadlineAboveText(const MetadataContext& ctx, std::int32_t i) {
  if (ctx.headline_block < 0 || i <= ctx.headline_block ||
      i > ctx.headline_block + thresholds::header::kBlocksBelowHeadline) {
    return false;
  }
  for (std::int32_t k = ctx.headline_block + 1; k < i; ++k) {
    if (ctx.RoleOf(static_cast<std::size_t>(k)) == Role::kBody) return false;
  }
  return true;
}

// The names of a text copy's line that prints them and how long ago the
// story went up ("Jane Roe 1 day ago"): full names cased as a person's,
// no common words. Empty when the line is not one.
std::string NamesBeforeRelativeTime(const Document& doc, const std::string& text) {
  std::string names;
  if (!MayHoldRelativeTime(text) || !RE2::FullMatch(text, GetHeuristics().names_then_relative_time, &names)) return {};
  names = std::string(Trim(names));
  const std::vector<std::string> split = SplitAuthors(names);
  if (!FullNamesOnly(names) || !PersonCased(doc, split) || CommonWords(doc, split)) return {};
  return names;
}

// The names of block `i`, `text`, when it prints them and how long ago the
// story went up: in a copy it stands for the date line and the byline both;
// so does a page's line between its headline and its text ("Jane Roe • 3
// hours ago" in a meta bar), where after the text it heads a comment.
std::string TimedNames(const MetadataContext& ctx, std::int32_t i, const std::string& text) {
  // The place is the cheaper test: most blocks of a page fail it.
  return ctx.Html() && !UnderHeadlineAboveText(ctx, i) ? std::string() : NamesBeforeRelativeTime(ctx.doc, text);
}

// `text` without the author photo's alt text that a copy glues before a
// "By" line ("Avatar photo by Jane Roe", "Avatar photoByJane Roe"): read
// with it, the line is a photo's credit.
std::string WithoutAuthorPhotoLabel(const std::string& text) {
  for (std::size_t end = text.find_first_of(" B"); end != std::string::npos && end <= limits::kMaxPhotoLabelBytes;
       end = text.find_first_of(" B", end + 1)) {
    if (end > 0 && GetHeuristics().author_photo_label.FullMatch(std::string_view(text).substr(0, end))) {
      return std::string(Trim(std::string_view(text).substr(end)));
    }
  }
  return text;
}

// Block `i` as a byline candidate, or nothing when it is not shaped like one.
// A candidate's text: the block's without a name printed twice or an
// author photo's label; of a Chinese or Japanese info line, only the field
// its byline label opens ("来源：例报　作者：王小明" gives "作者：王小明").
std::string CandidateText(std::string_view text) {
  std::string t = WithoutAuthorPhotoLabel(WithoutRepeatedName(text));
  std::string field = CjkBylineField(t);
  return field.empty() ? t : field;
}

// The field that starts with a byline prefix of HTML block `i`, a line
// under the headline that prints the date among other fields but was not
// taken as the date line (the date was read from markup): "Le Monde |
// 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Jane Roe (avec John
// Doe)". "" when the block is no such line.
std::string PrefixedFieldOfMetaLine(const MetadataContext& ctx, std::int32_t i) {
  if (!ctx.Html() || ctx.BylinePrefixed(i) || !UnderHeadlineAboveText(ctx, i)) return {};
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  if (!FindDate(text)) return {};
  std::string field = NamesFieldOfDateLine(text);
  return StartsWithBylinePrefix(field) ? field : std::string();
}

// A date line with the names in a later field: the field becomes candidate
// `c`'s text. An HTML page's last field unlabelled may be the post's
// category ("Apr 21, 2017 | Products Liability"), not cased as a person's
// name is; blogs and news pages print "March 15, 2022 · 3 min read · By
// Jane Roe" and "Published on 28 April 2024, 14:26, Jane Roe" so. A meta
// line's prefixed field (PrefixedFieldOfMetaLine), `meta_field`, is one too.
void TakeNamesField(const MetadataContext& ctx, Candidate& c, bool names_lead, const std::string& by_clause,
                    const std::string& meta_field) {
  if (!meta_field.empty()) {
    c.text = meta_field;
    c.prefixed = true;
    c.names_field = true;
    return;
  }
  if (!c.date_line || c.prefixed || names_lead) return;
  std::string field = NamesFieldOfDateLine(c.text);
  if (ctx.Html() && !StartsWithBylinePrefix(field) && !PersonCased(ctx.doc, SplitAuthors(field))) field.clear();
  if (field.empty()) field = by_clause;
  if (field.empty()) return;
  c.text = std::move(field);
  c.prefixed = StartsWithBylinePrefix(c.text);
  c.names_field = true;
}

// The login a text copy's date line credits after its byline prefix, as
// blogs whose author set no display name print it ("Posted on July 1,
// 2024 by jdoe", "By harborlaneMarch 3, 2025No Comments"): the
// one word left, in small letters (IsLogin), which SplitAuthors takes for
// no name. A word that leads into a date is none: a theme that prints the
// prefix with no name after it ("von am 20.06.2018", "by on May 3, 2025").
// Empty when the line credits no login.
std::vector<std::string> LoginAfterPrefix(const std::string& text) {
  std::string login = CleanByline(text);
  if (!IsLogin(login) || lexicon::DateFillerWords().count(login) > 0) return {};
  return {std::move(login)};
}

std::int32_t MenuRun(const MetadataContext& ctx, std::int32_t i, std::int32_t step);

// The lines right under block `i` differ from each other: a menu's
// entries do, a row of one button repeated ("Follow" / "Follow") does not.
bool DistinctLinesUnder(const MetadataContext& ctx, std::int32_t i, std::int32_t count) {
  std::unordered_set<std::string_view> seen;
  for (std::int32_t k = i + 1; k <= i + count && k < ctx.Blocks(); ++k) {
    if (!seen.insert(ctx.doc.blocks[static_cast<std::size_t>(k)].text).second) return false;
  }
  return true;
}

// A text copy's "By" line that heads a column of a site's menu ("By
// Modality" / "Medspa" / "Multi-Modality", "By Price" / "By Category" /
// "All Gifts"): different menu entries right under it, and after the "By"
// one word alone or words the page prints in small letters elsewhere, no
// person's full name. Shop, clinic software, wedding and charity sites'
// menus (four sites).
bool HeadsMenuColumn(const MetadataContext& ctx, std::int32_t i, const std::vector<std::string>& names) {
  const bool one_word = names.size() == 1 && CountWords(names.front()) == 1;
  // The menu run first: CommonWords reads the whole copy.
  return !ctx.Html() && !names.empty() && MenuRun(ctx, i, 1) >= limits::kMinMenuRunLines &&
         DistinctLinesUnder(ctx, i, limits::kMinMenuRunLines) && (one_word || CommonWords(ctx.doc, names));
}

// Whether a text copy's candidate names no one after its prefix, which is
// then a menu's word ("Text Alerts"): no "by" (a date may lead it:
// "Last updated on August 2, 2025 by Shannon"), and no name of two words
// or more or in a script without case.
bool NamesNoOneAfterPrefix(const Candidate& c) {
  return !RE2::PartialMatch(WithoutLeadingDates(c.text), GetHeuristics().by_word) && !GluedByWord(c.text) &&
         std::none_of(c.names.begin(), c.names.end(), [](const std::string& n) {
           std::size_t k = 0;
           const char32_t first = NextCodePoint(n, k);
           return CountWords(n) >= limits::kMinLineNameWords ||
                  !u_hasBinaryProperty(static_cast<UChar32>(first), UCHAR_CASED);
         });
}

// Block `u` is chrome (a share bar, a credit line), not a byline; a Chinese
// info line that opens with the source's field reads as a source credit line,
// but its byline field ("来源：例报 作者：王小明") names the writer.
bool ChromeNotByline(const MetadataContext& ctx, std::size_t u) {
  const char* chrome = ctx.stats[u].chrome;
  return chrome != nullptr &&
         (std::string_view(chrome) != kCreditLineLabel || CjkBylineField(ctx.doc.blocks[u].text).empty());
}

std::optional<Candidate> BylineShaped(const MetadataContext& ctx, std::int32_t i, std::int32_t hi) {
  const auto u = static_cast<std::size_t>(i);
  const bool date_line = ctx.RoleOf(u) == Role::kDate;
  // A text copy's date line is as short as the date reader allows.
  const bool text_date_line = !ctx.Html() && date_line;
  // A date line may say the byline as a clause, not a field ("Posted on
  // May 3, 2025 Posted by Jane Roe 59 Comments"; "... and Canada. By Jane
  // Roe on Dec. 19, 2025", a standfirst and the byline in one element, as
  // long as the standfirst is).
  const std::string by_clause =
      date_line ? ByClauseOfDateLine(WithoutAuthorPhotoLabel(WithoutRepeatedName(ctx.doc.blocks[u].text)))
                : std::string();
  const std::string meta_field = date_line || !ctx.Claimable(i) ? std::string() : PrefixedFieldOfMetaLine(ctx, i);
  if (!(ctx.Claimable(i) || date_line) ||
      (!text_date_line && by_clause.empty() && meta_field.empty() && ctx.stats[u].words > limits::kMaxWords) ||
      ChromeNotByline(ctx, u) || MenuEntry(ctx, i) || (!ctx.Html() && PortraitCaption(ctx, i)) ||
      (ctx.Html() && !ctx.BylinePrefixed(i) && InFigcaption(ctx, ctx.doc.blocks[u].element))) {
    return std::nullopt;
  }
  // A fact checker's or an editor's line, or the name under its label ("Fact
  // checked by" / "Jane Roe"), names no author; one before the writer's goes.
  const std::string text = WithoutCreditClauses(ctx.doc.blocks[u].text);
  const AnyCasePattern& credit = GetHeuristics().non_author_credit;
  if (credit.PartialMatch(text) ||
      (i > 0 && ctx.stats[u - 1].words <= limits::kMaxAuthorLabelWords + 1 &&
       credit.PartialMatch(ctx.doc.blocks[u - 1].text))) {
    return std::nullopt;
  }
  Candidate c;
  c.block = i;
  c.date_line = date_line;
  c.text = CandidateText(text);
  // "By" alone, the names in buttons after it, or in the next element.
  const std::string buttons = ctx.Html() && IsBylinePrefixOnly(c.text) ? ButtonNamesAfterBy(ctx, i) : std::string();
  if (!buttons.empty()) {
    c.text += " " + buttons;
  } else if (IsBylinePrefixOnly(c.text) && i + 1 < hi && ctx.Claimable(i + 1)) {
    c.extra = i + 1;
    c.text += " " + ctx.doc.blocks[u + 1].text;
  }
  c.prefixed = c.text == ctx.doc.blocks[u].text ? ctx.BylinePrefixed(i) : StartsWithBylinePrefix(c.text);
  const std::int32_t element = ctx.doc.blocks[u].element;
  c.classed = ctx.Html() && (ctx.ElementHas(element, kBylineLike, thresholds::header::kClassAncestors) ||
                             !SpanNames(ctx, i).empty());
  // A line of names beside the date line; a line with numbers in it is a
  // heading or a caption ("Calendário Stock Car 2018"), and a photo credit
  // ("Getty Images") may sit there too, or between the two ("Jane Roe and
  // John Doe" / "Photo: Mary Major" / the date).
  const bool credit_under = i + 2 == ctx.date_block && IsCredit(ctx.doc.blocks[u + 1].text);
  // A definition list's term beside its date ("Datum" / "13. Oktober") is
  // the field's label: an event's or a course's facts, not a byline.
  const bool term = ctx.Html() && ctx.doc.elements[static_cast<std::size_t>(element)].tag == Tag::kDt;
  const bool by_date = !term && ((ctx.date_block >= 0 && (i == ctx.date_block - 1 || i == ctx.date_block + 1 || credit_under) &&
                                  !HasNumber(c.text) && !IsCredit(c.text) &&
                                  (ctx.Html() ? UnlabelledNamesBlock(ctx, i) : IsNamesLine(c.text) || SplitAuthors(c.text).empty())) ||
                                 (ctx.Html() && NameUnderHeadline(ctx, i)));
  // The date line itself, when names lead it ("Sarah Gooding March 9,
  // 2017"): it was taken as a date line for them; not when a clause
  // names them after the date, nor when the words are the date's label.
  // Not when a later field starts with a byline prefix ("Le Monde |
  // 04.05.2015 | Par Jane Roe"): the words before the date are the outlet's.
  const bool names_lead = date_line && (ctx.Html() || by_clause.empty()) && NamesLead(c.text) &&
                          (!ctx.Html() || FullNamesOnly(c.text)) && (ctx.Html() || !DateLabelLeads(c.text)) &&
                          !StartsWithBylinePrefix(NamesFieldOfDateLine(c.text));
  TakeNamesField(ctx, c, names_lead, by_clause, meta_field);
  // A line of names and how long ago the story went up (TimedNames).
  const std::string timed_names = date_line ? std::string() : TimedNames(ctx, i, c.text);
  const bool timed = !timed_names.empty();
  if (timed) c.text = timed_names;
  const bool card_shaped = !ctx.Html() && !date_line && UnderItsPhoto(ctx, i) && !IsCredit(c.text);
  c.desk_card = card_shaped && RE2::FullMatch(c.text, GetHeuristics().desk_name);
  const bool card = card_shaped && (IsNamesLine(c.text) || c.desk_card);
  c.linked_desk = ctx.Html() && LinkedDesk(ctx, i, c.text);
  if (!(c.prefixed || c.classed || by_date || names_lead || c.names_field || card || c.linked_desk || timed)) {
    return std::nullopt;
  }
  // A date line that goes on with "by" and the names may go on with the
  // post's category and tags ("March 2, 2019 at 9:18 am by Jane Doe |
  // Posted in City Hall | Tagged parks, ...").
  if (!ctx.Html() && !(date_line && c.prefixed) &&
      ctx.stats[u].words > (date_line ? thresholds::published_date::kMaxTextBylineDateWords : limits::kMaxTextWords)) {
    return std::nullopt;
  }
  c.names = SplitAuthors(c.text);
  // A label and the date before the clause ("Posted on May 3, 2025 Posted
  // by Jane Roe 59 Comments") leave no names to split from the whole line.
  if (c.names.empty() && !by_clause.empty()) {
    c.text = by_clause;
    c.names = SplitAuthors(c.text);
    c.names_field = true;
  }
  if (c.names.empty()) c.names = SpanNames(ctx, i);
  // An author box's heading is no name, though a particle in it may pass
  // for one ("Über den Autor", "Over de auteur"): the name is under it.
  if (!c.names.empty() && IsAuthorBoxHead(ctx.doc.blocks[u].text)) return std::nullopt;
  // A prefix on a text copy's date line is no menu's word
  // (NamesNoOneAfterPrefix): one word after it is the local paper or the
  // desk that signs ("von Talbote 12. März 2025"); without the prefix it is
  // the site's name, no byline.
  const bool prefix_on_date_line = text_date_line && c.prefixed;
  if (!ctx.Html() && !prefix_on_date_line && NamesNoOneAfterPrefix(c)) c.names.clear();
  if (c.names.empty() && prefix_on_date_line) c.names = LoginAfterPrefix(c.text);
  c.score = TextScore(c, names_lead || c.names_field || timed, card);
  if (!ctx.Html() && !c.prefixed && CommonWords(ctx.doc, c.names)) return std::nullopt;
  if (c.prefixed && !date_line && HeadsMenuColumn(ctx, i, c.names)) return std::nullopt;
  return c;
}

// A candidate that names no one, judged by its first part: "PTI,
// Washington" (an agency and a dateline). A line of a text copy that is
// only beside the date line must name the agency itself: a role word in it
// ("Council approves the budget") makes a headline as often as a desk;
// an author card may name the desk itself.
bool NamesAnOutlet(const Candidate& c) {
  const Heuristics& h = GetHeuristics();
  const std::string cleaned = CleanByline(c.text);
  const std::string first = std::string(Trim(cleaned.substr(0, cleaned.find_first_of(",|;"))));
  return !first.empty() && CountWords(cleaned) <= limits::kMaxOutletWords &&
         (((c.prefixed || c.classed) && h.author_role.PartialMatch(first)) || h.agency_name.FullMatch(first) ||
          c.desk_card || c.linked_desk);
}

int Score(const Candidate& c, const std::vector<std::string>& known) {
  return (c.prefixed ? limits::kBylinePrefixScore : 0) + (c.classed ? limits::kBylineClassScore : 0) +
         (AnyKnown(known, c.names) ? limits::kNamesStructuredAuthorScore : 0) +
         (c.date_line ? limits::kInDateLineScore : 0);
}

struct BylineBlocks {
  std::optional<Candidate> best;
  // A byline that names only an outlet or a desk ("JERUSALEM POST STAFF",
  // "By Reuters"): the byline when nothing names a person.
  std::optional<Candidate> outlet;
};

// The first block of a related-stories list under the text: its heading
// ("More stories", "Related"), after the last block of the body. Its
// cards' "By" lines are other articles' bylines. Blocks() when none.
std::int32_t RelatedListStart(const MetadataContext& ctx) {
  const std::int32_t last_body = ctx.LastBody();
  for (std::int32_t i = last_body + 1; last_body >= 0 && i < ctx.Blocks(); ++i) {
    const char* chrome = ctx.stats[static_cast<std::size_t>(i)].chrome;
    if (chrome != nullptr && std::string_view(chrome) == kReadMoreLabel) return i;
  }
  return ctx.Blocks();
}

// A list item after the text that prints a title before its byline: an
// entry of a list of other stories ("Storm damage counted By Pia Tellen"),
// which may come with no heading RelatedListStart would see.
bool OtherStoryListItem(const MetadataContext& ctx, const Candidate& c) {
  const Block& b = ctx.doc.blocks[static_cast<std::size_t>(c.block)];
  return ctx.Html() && c.block > ctx.LastBody() && b.kind == BlockKind::kListItem &&
         TitleBeforeName(b.text, c.names.front());
}

// Block `i` after the text, naming `name`, right under a title that is
// all link: a card of another story ("More from ..." or "Related" cards,
// each a linked title over its "By" line), which may come with no heading
// RelatedListStart would see. A title that names the person is an author
// box's linked name, no teaser.
bool UnderTeaserTitle(const MetadataContext& ctx, std::int32_t i, std::string_view name) {
  if (!ctx.Html() || i <= ctx.LastBody() + 1 || i >= ctx.Blocks()) return false;
  const auto above = static_cast<std::size_t>(i - 1);
  const std::string& title = ctx.doc.blocks[above].text;
  return ctx.stats[above].link_density >= limits::kMinTeaserTitleLinkDensity &&
         CountWords(title) >= thresholds::person_names::kMinStoryTitleWords &&
         title.find(name) == std::string::npos;
}

// A candidate that is a teaser card's by-line (UnderTeaserTitle); a label
// over the name in its own element ("Written by" / "Jane Roe") is an author
// box's, where a card prints its "By" line whole.
bool TeaserByline(const MetadataContext& ctx, const Candidate& c) {
  return c.extra < 0 && !c.names.empty() && UnderTeaserTitle(ctx, c.block, c.names.front());
}

// A text copy's line far above the date line: a teaser's byline in a menu
// or a list of other stories printed before the article's header.
bool FarAboveDateLine(const MetadataContext& ctx, std::int32_t i) {
  return ctx.date_block >= 0 && ctx.date_block - i > limits::kTeaserAboveDateLine;
}

// The best scored candidate, the first of equals; `known` are the
// structured names, folded.
BylineBlocks FindBylineBlocks(const MetadataContext& ctx, const std::vector<std::string>& known) {
  BylineBlocks out;
  const auto [lo, zone_end] = ctx.Zone();
  const std::int32_t hi = ctx.Html() ? std::min(zone_end, RelatedListStart(ctx)) : zone_end;
  for (std::int32_t i = lo; i < hi; ++i) {
    std::optional<Candidate> c = BylineShaped(ctx, i, hi);
    if (!c) continue;
    if (c->names.empty()) {
      if (!out.outlet && NamesAnOutlet(*c)) out.outlet = std::move(c);
      continue;
    }
    // The list of other stories starts here: its later items are theirs too.
    if (OtherStoryListItem(ctx, *c) || TeaserByline(ctx, *c)) break;
    // A text copy's candidates are scored by their shape (TextScore).
    if (ctx.Html()) c->score = Score(*c, known);
    if (!ctx.Html() && FarAboveDateLine(ctx, i)) c->score = limits::kTeaserBylineScore;
    if (!out.best || c->score > out.best->score) out.best = std::move(c);
  }
  return out;
}

void ClaimBylineBlock(MetadataContext& ctx, const Candidate& best) {
  const char* reason = best.prefixed ? "byline: starts with a byline prefix" : "byline: in a byline element";
  for (std::int32_t b : {best.block, best.extra}) {
    if (b < 0) continue;
    const auto u = static_cast<std::size_t>(b);
    if (ctx.RoleOf(u) != Role::kDate) ctx.Claim(u, Role::kByline, reason);
  }
  ctx.byline_block = best.block;
  ctx.article.byline = WithoutParticleBeforeDate(WithoutTrailingDateParticle(CleanByline(best.text)), best.text);
  ctx.Note("byline", ctx.BlockOrigin(best.block, best.prefixed ? "starts with a byline prefix" : "a byline element"));
}

// A name of an author element that prints more than the name its link to
// the author's page gives, around it: a label before it ("Ein Artikel von
// Jane Roe" in a byline span whose link says "Jane Roe") or a place after
// it ("Jane Roe Madrid", a card's role span beside the link). The link's
// text is the name. Made-up pages of German and Spanish news templates.
void NamesAsLinked(const MetadataContext& ctx, std::int32_t block, std::vector<std::string>& names) {
  for (const PageFacts::ItemProp& m : ctx.doc.facts.author_spans) {
    if (m.block != block || !IsAuthorLink(m)) continue;
    const std::string linked(Trim(m.value));
    if (!OnePersonsName(linked)) continue;
    for (std::string& n : names) {
      if (n.size() > linked.size() && PrintedAsWords(n, linked)) n = linked;
    }
  }
  std::vector<std::string> once;
  for (std::string& n : names) {
    if (std::find(once.begin(), once.end(), n) == once.end()) once.push_back(std::move(n));
  }
  names = std::move(once);
}

// ---- The authors of a byline block -------------------------------------------

// The names in the line's author elements, apart from the outlet beside
// them (<span class="author">Kevin McCoy</span> <span>USA TODAY</span>).
// A link to an author's page counts only when the line names that author:
// "By Jane Roe | Fact-checked by John Doe" links both. A role in brackets
// after the name inside the link ("Jane Roe (Special Envoy)") is no part
// of the name the line prints.
std::vector<std::string> AuthorElementNames(const MetadataContext& ctx, const Candidate& best) {
  std::vector<std::string> spans;
  if (best.names.empty()) return spans;  // an outlet's line names no one
  const std::string printed = FoldForCompare(JoinNames(best.names));
  const auto names_printed = [&](const PageFacts::ItemProp& m) {
    const std::string_view name = Trim(std::string_view(m.value).substr(0, m.value.find(" (")));
    return IsAuthorLink(m) && !name.empty() && printed.find(FoldForCompare(name)) != std::string::npos;
  };
  for (std::int32_t b : {best.block, best.extra}) {
    if (b < 0) continue;
    std::vector<std::string> marked = SpanNames(ctx, b, false);
    NamesAsLinked(ctx, b, marked);
    for (std::string& n : marked) spans.push_back(std::move(n));
    AddMarkedNames(ctx.doc.facts.author_spans, b, names_printed, spans);
  }
  return spans;
}

// "Medical Daily 9/21/2016 Lizette Borreli": the line's text before the
// date is the outlet; the byline is the names.
void BylineFromAuthorElements(Article& article, const std::vector<std::string>& spans) {
  const std::string byline = FoldForCompare(*article.byline);
  if (std::none_of(spans.begin(), spans.end(),
                   [&](const std::string& n) { return byline.find(FoldForCompare(n)) != std::string::npos; })) {
    article.byline = JoinNames(spans);
  }
}

// The page's names, as the structured data writes them when the two
// agree ("STEVEN DAVIDOFF SOLOMON"), and without what the page glues to
// them, with a space or without ("Kevin McCoy USA TODAY").
void SpellAsStructured(std::vector<std::string>& names, const std::vector<std::string>& structured) {
  for (std::string& n : names) {
    const std::string folded = FoldForCompare(n);
    for (const std::string& s : structured) {
      const std::string fs = FoldForCompare(s);
      // A title glued to the name counts too: "Michael HiltzikBusiness
      // Columnist". A first name alone ("Jane", an author tag's) cuts
      // nothing: the page's "Jane Roe" is the fuller name.
      const bool full = CountWords(s) >= limits::kMinLineNameWords;
      if (folded == fs || (full && folded.size() > fs.size() && folded.starts_with(fs))) n = s;
    }
  }
}

// Structured names the byline prints but did not split out ("Trevor J.
// Mitchell Sioux Falls Argus Leader"): all of them, in the page's order.
void TakePrintedStructuredNames(std::vector<std::string>& names, const std::vector<std::string>& structured,
                                const std::vector<std::string>& known, const std::string& text) {
  const std::string printed = FoldForCompare(text);
  const bool prints_all = std::all_of(known.begin(), known.end(),
                                     [&](const std::string& k) { return printed.find(k) != std::string::npos; });
  if (structured.size() > names.size() && prints_all) {
    names = structured;
    std::stable_sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
      return printed.find(FoldForCompare(a)) < printed.find(FoldForCompare(b));
    });
  }
}

// "Tomas AldridgeBusiness Columnist": the page prints the name's element
// and the title's with no space between; the structured name shows where
// the one ends.
void SpaceAfterStructuredNames(std::string& byline, const std::vector<std::string>& structured) {
  for (const std::string& name : structured) {
    const std::size_t at = byline.find(name);
    if (at == std::string::npos || at + name.size() >= byline.size()) continue;
    std::size_t next = at + name.size();
    if (u_isupper(static_cast<UChar32>(NextCodePoint(byline, next)))) byline.insert(at + name.size(), " ");
  }
}

// When the byline prints every structured author, a one-word part beside
// them is the post's category or the desk ("Jane Roe | SEO", "Jane Roe and
// Brightest"), or a surname printed again ("Nathan Myhrvold ... Myhrvold"):
// the structured data would have named a co-author in full. A wire's name
// ("Jane Roe and AP") stays: structured data leaves wires out.
void DropWordsBesideStructuredNames(std::vector<std::string>& names, const std::vector<std::string>& known) {
  const std::vector<std::string> folded = Folded(names);
  const bool prints_all = !known.empty() && std::all_of(known.begin(), known.end(), [&](const std::string& k) {
    return std::find(folded.begin(), folded.end(), k) != folded.end();
  });
  if (!prints_all) return;
  std::erase_if(names, [&](const std::string& n) {
    return CountWords(n) == 1 && !AnyKnown(known, {n}) && !GetHeuristics().agency_name.FullMatch(n);
  });
}

// A word cased as a name's, a capital and small letters only ("Myhrvold",
// "Brightest", "UiPath"), not a degree's ("MS", "Ph.D") nor in an uncased
// script (a Japanese name is one word).
bool NameCasedWord(std::string_view word) {
  bool small = false;
  for (std::size_t k = 0; k < word.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(word, k));
    if (!u_isalpha(c)) return false;
    small = small || u_islower(c);
  }
  std::size_t k = 0;
  return small && u_isupper(static_cast<UChar32>(NextCodePoint(word, k))) && !IsCredential(word);
}

// A full name's word again, alone: a surname printed once more beside it
// ("Nathan Myhrvold ... Myhrvold").
bool WordOfFullName(const std::vector<std::string>& names, const std::string& word) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
    return CountWords(n) >= limits::kMinLineNameWords && PrintedAsWords(n, word);
  });
}

// With no structured names to check them against, a one-word part after
// a full name cased as a person's is no co-author either: the newsletter's
// or the company's name ("Jane Roe and Brightest", "Jane Roe, data
// director, Acmeware"); nor is a full name's surname printed again. A co-author is
// printed in full as the first is. A word before the first full name may
// be the author's given name before the blog's ("Laura / Plant House").
// A wire's name is one word and a co-author ("Jane Roe and Reuters").
void DropWordsBesideFullNames(const Document& doc, std::vector<std::string>& names) {
  std::vector<std::string> kept;
  bool after_full = false;
  for (const std::string& n : names) {
    const bool word = CountWords(n) == 1 && NameCasedWord(Trim(n)) && !GetHeuristics().agency_name.FullMatch(n);
    if (word && (after_full || WordOfFullName(names, n))) continue;
    after_full = after_full || (CountWords(n) >= limits::kMinLineNameWords && PersonCased(doc, {n}));
    kept.push_back(n);
  }
  names = std::move(kept);
}

std::vector<std::string> Unique(std::vector<std::string> names) {
  std::vector<std::string> unique;
  for (std::string& n : names) {
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(std::move(n));
  }
  return unique;
}

// "By Jane Roe, John Doe and Mary Major" where an author class marks one
// name's element alone ("last-byline", the first name's "author-link"):
// the line's other parts are co-authors when each is a person's full name
// and every marked name is one of them, and the line gives them in the
// order printed. Seen on news pages whose author markup (itemprop, rel)
// was taken away, the class left on one part.
bool SpansMarkPartOfLine(const Candidate& best, const std::vector<std::string>& spans) {
  if (!best.prefixed || spans.empty()) return false;
  const std::vector<std::string> line = Folded(best.names);
  const auto in_line = [&](const std::string& s) {
    return std::find(line.begin(), line.end(), FoldForCompare(s)) != line.end();
  };
  const auto full = [](const std::string& n) {
    return OnePersonsName(n) && !GetHeuristics().author_role.PartialMatch(n);
  };
  return std::all_of(spans.begin(), spans.end(), in_line) && std::all_of(best.names.begin(), best.names.end(), full);
}

void ReadBlockAuthors(MetadataContext& ctx, const Candidate& best, const std::vector<std::string>& structured,
                      const std::vector<std::string>& known) {
  std::vector<std::string> names = best.names;
  std::vector<std::string> spans = AuthorElementNames(ctx, best);
  if (SpansMarkPartOfLine(best, spans)) spans.clear();
  if (!spans.empty()) {
    names = spans;
    BylineFromAuthorElements(ctx.article, spans);
  }
  for (std::string& n : names) n = WithoutParticleBeforeDate(std::move(n), best.text);
  SpellAsStructured(names, structured);
  if (ctx.article.byline) SpaceAfterStructuredNames(*ctx.article.byline, structured);
  TakePrintedStructuredNames(names, structured, known, best.text);
  DropWordsBesideStructuredNames(names, known);
  const std::string language = ctx.article.language ? ctx.article.language->substr(0, 2) : std::string();
  if (known.empty() && !lexicon::IsOneOf(language, lexicon::kOneNameLanguages)) {
    DropWordsBesideFullNames(ctx.doc, names);
  }
  ctx.article.authors = Unique(std::move(names));
  if (!ctx.article.authors.empty()) {
    ctx.Note("authors", ctx.BlockOrigin(best.block, spans.empty() ? "the byline" : "author elements"));
  }
}

// Block `i`'s text printed again in another line of the copy: an author's
// card or a company's footer prints the name again; a section's label
// ("Background") or an image's ("Image") over the date line is printed
// once. A section's name is printed alone above the headline too, as an
// entry of the site's menu ("Guides"); the line right above the name may
// be the author's photo, its alt text the name.
bool PrintedAgain(const Document& doc, std::size_t i, std::size_t headline) {
  const std::string& text = doc.blocks[i].text;
  bool again = false;
  for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
    if (k == i) continue;
    if (k < headline && k + 1 != i && doc.blocks[k].text == text) return false;
    again = again || PrintedAsWords(doc.blocks[k].text, text);
  }
  return again;
}

// A name's first word printed in lower case in the copy: a section's or a
// menu's name over the headline ("Marketing Strategy", "All Posts", "Web
// Share"), as the copy's text says "marketing" or "all"; a given name is
// written with its capital. A word that lowering leaves as it is (no case,
// "製品品番", or already small) would find itself: it tells nothing.
bool FirstWordPrintedInLowerCase(const Document& doc, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
    const std::string first = n.substr(0, n.find(' '));
    return LowerSameLength(first) != first && PrintedInLowerCase(doc, first);
  });
}

// Block `i`, a line of the copy with `names` and nothing structured to
// match them against, as the byline.
void TakeBylineLine(MetadataContext& ctx, std::int32_t i, std::vector<std::string> names, bool prefixed = false) {
  Candidate c;
  c.block = i;
  c.text = WithoutImageLabel(WithoutRepeatedName(ctx.doc.blocks[static_cast<std::size_t>(i)].text));
  c.prefixed = prefixed;
  c.names = std::move(names);
  ClaimBylineBlock(ctx, c);
  ReadBlockAuthors(ctx, c, {}, {});
}

// A short line cased as a menu's entry is: a capital first, no lower-case
// word longer than a joining word, no digits, no label, no sentence
// ("Store Locator", "Offices & Departments"; not "9 min read", "Updated:",
// "Key points of the story."), and no tool button over the names ("Share",
// "Print").
bool MenuEntryShaped(const MetadataContext& ctx, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  if (ctx.stats[u].words == 0 || ctx.stats[u].words > limits::kMaxMenuEntryWords ||
      text.find_first_of("0123456789:@") != std::string::npos || EndsLikeSentence(text) ||
      lexicon::IsOneOf(AsciiLower(text), lexicon::kToolButtonWords)) {
    return false;
  }
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t space = std::min(text.find(' ', from), text.size());
    std::size_t k = from;
    const auto first = static_cast<UChar32>(NextCodePoint(text, k));
    if (from == 0 ? !u_isupper(first) : u_islower(first) && space - from > limits::kMaxMenuJoinWordBytes) return false;
    from = space + 1;
  }
  return true;
}

// The menu entries in a row from block `i` on, `step` lines at a time,
// up to the headline or a line printing `i` again (an author card's name
// under its photo's alt text is no menu).
std::int32_t MenuRun(const MetadataContext& ctx, std::int32_t i, std::int32_t step) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  std::int32_t run = 0;
  for (std::int32_t k = i + step; k >= 0 && k < ctx.Blocks() && run < limits::kMinMenuRunLines; k += step, ++run) {
    const auto u = static_cast<std::size_t>(k);
    if (k == ctx.headline_block || ctx.doc.blocks[u].text == text || !MenuEntryShaped(ctx, u)) break;
  }
  return run;
}

// Block `i` among a menu's entries: a run of them right above and below it.
bool InMenuRun(const MetadataContext& ctx, std::int32_t i) {
  return MenuRun(ctx, i, -1) + MenuRun(ctx, i, 1) >= limits::kMinMenuRunLines;
}

// Block `i` is a step of a breadcrumb trail printed a step a line: the
// line above it is the trail's first step ("Home" / "Our Blog").
bool UnderTrailRoot(const MetadataContext& ctx, std::int32_t i) {
  return i > 0 && lexicon::IsOneOf(AsciiLower(Trim(ctx.doc.blocks[static_cast<std::size_t>(i - 1)].text)),
                                   lexicon::kTrailRoots);
}

}  // namespace

namespace {

// A wire byline printed as a credit is ("Jane Roe | Reuters", "Jean Dupont,
// AFP"): the first line under the headline, the date line just below it.
// A lead picture's credit follows the picture's alt text or caption.
bool WireBylineUnderHeadline(const MetadataContext& ctx, std::int32_t i) {
  const std::int32_t top = std::max(ctx.headline_block, ctx.title_end);
  if (i != top + 1 || ctx.date_block <= i || ctx.date_block - i > limits::kWireBylineOverDate) return false;
  // Names, a separator, then a wire's name; a photo agency alone is a credit.
  const std::string_view text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  const std::size_t bar = text.find_last_of("|,");
  const std::size_t dash = text.rfind(" - ");
  const std::size_t sep = bar == std::string_view::npos ? dash : dash == std::string_view::npos ? bar : std::max(bar, dash);
  if (sep == std::string_view::npos || Trim(text.substr(0, sep)).empty()) return false;
  const std::size_t tail = text[sep] == ' ' ? sep + 3 : sep + 1;
  return GetHeuristics().agency_name.FullMatch(std::string(Trim(text.substr(tail))));
}

// The words after a byline's last separator as an outlet's name: one to
// kMaxOutletWords words, each opening with a capital, no digit, no
// sentence ("Valley Courier", "The Harbor Ledger", "Journal of Commerce").
bool OutletShaped(std::string_view tail) {
  const std::string text(tail);
  const std::size_t words = CountWords(text);
  if (words == 0 || words > limits::kMaxOutletWords || HasNumber(text) || EndsLikeSentence(text)) return false;
  // Every word but a joining one ("of", "der") opens with a capital.
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    std::size_t c = at;
    if (end > at && !u_isupper(static_cast<UChar32>(NextCodePoint(text, c))) &&
        !lexicon::IsOneOf(std::string_view(text).substr(at, end - at), lexicon::kOutletNameJoinWords)) {
      return false;
    }
    at = end + 1;
  }
  return true;
}

// A byline printed as a credit is, with no date line under it ("Jane Roe |
// The Valley Courier", "Jane Roe - Valley Courier"): the first line under
// the headline, the article's first paragraph right below it, as news
// sites print the writer and their own paper. The names before the last separator,
// or "" when the line is not so.
std::string NamesOverFirstParagraph(const MetadataContext& ctx, std::int32_t i) {
  const std::int32_t top = std::max(ctx.headline_block, ctx.title_end);
  // The anchor may be the line itself: a credit-shaped line tops the
  // picture set over the first paragraph.
  if (i != top + 1 || i + 1 >= ctx.Blocks() || i + 1 < ctx.Anchor() ||
      ctx.RoleOf(static_cast<std::size_t>(i) + 1) != Role::kBody) {
    return {};
  }
  const std::string_view text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  const std::size_t bar = text.find_last_of('|');
  const std::size_t dash = text.rfind(" - ");
  const std::size_t sep = bar != std::string_view::npos ? bar : dash;
  if (sep == std::string_view::npos) return {};
  const std::string head(Trim(text.substr(0, sep)));
  const std::size_t tail = text[sep] == '|' ? sep + 1 : sep + 3;
  const std::string outlet(Trim(text.substr(tail)));
  // A wire's or a photo agency's name with no date line under it is a
  // lead picture's credit as often (a picture with no alt text).
  if (!OutletShaped(outlet) || GetHeuristics().agency_name.FullMatch(outlet) || IsCredit(std::string(text))) return {};
  const std::vector<std::string> names = SplitAuthors(head);
  if (HasNumber(head) || IsCredit(head) || !IsNamesLine(head) ||
      !PersonCased(ctx.doc, names) || CommonWords(ctx.doc, names) || FirstWordPrintedInLowerCase(ctx.doc, names)) {
    return {};
  }
  return head;
}

}  // namespace

void ReadTextBylineByHeadline(MetadataContext& ctx, HeadlineSide side) {
  if (ctx.byline_block >= 0 || ctx.article.byline || ctx.headline_block < 0) return;
  // Below the headline: a standfirst and the names, or the names.
  std::int32_t i = ctx.headline_block + 1;
  std::int32_t to = std::min(ctx.Blocks(), std::max(ctx.headline_block, ctx.title_end) + limits::kNamesBelowHeadline + 1);
  if (side == HeadlineSide::kAbove) {
    i = std::max(0, ctx.headline_block - limits::kNamesAboveHeadline);
    to = ctx.headline_block;
  }
  // A line that holds the headline is its breadcrumb trail glued to it
  // ("HomeStory Title"), title-case words but no names.
  const std::string& headline = ctx.doc.blocks[static_cast<std::size_t>(ctx.headline_block)].text;
  for (; i < to; ++i) {
    const auto u = static_cast<std::size_t>(i);
    // An author's photo prints its alt text, the name, glued before the
    // name ("Jane Roe Jane Roe"), or in its place ("Jane Roe Image").
    const std::string text = WithoutImageLabel(WithoutRepeatedName(ctx.doc.blocks[u].text));
    const std::string over_paragraph = side == HeadlineSide::kBelow && ctx.Free(u) ? NamesOverFirstParagraph(ctx, i) : "";
    if (!over_paragraph.empty()) {
      TakeBylineLine(ctx, i, SplitAuthors(over_paragraph));
      return;
    }
    const bool credit = (IsCredit(text) || IsCredit(ctx.doc.blocks[u].text)) && !WireBylineUnderHeadline(ctx, i);
    if (!ctx.Free(u) || ctx.stats[u].chrome || ctx.stats[u].words > limits::kMaxTextWords ||
        HasNumber(text) || credit || !IsNamesLine(text) || text.find(headline) != std::string::npos ||
        CommonWords(ctx.doc, SplitAuthors(text)) || PortraitCaption(ctx, i) || InMenuRun(ctx, i) ||
        UnderTrailRoot(ctx, i)) {
      continue;
    }
    // Below the headline too, a label's first word is printed in lower
    // case in the copy ("Key Takeaways", "Application Portal" over a
    // section, "In This Article" over its contents).
    if (FirstWordPrintedInLowerCase(ctx.doc, SplitAuthors(text)) ||
        (side == HeadlineSide::kAbove && !PrintedAgain(ctx.doc, u, static_cast<std::size_t>(ctx.headline_block)))) {
      continue;
    }
    TakeBylineLine(ctx, i, SplitAuthors(text));
    return;
  }
}

namespace {

// The words of a name: one to four, each capitalised, letters and name
// marks only, not a sentence ("Stefan", "West Bell Dental Care").
bool CapitalisedNameWords(const std::string& text) {
  const std::size_t words = CountWords(text);
  if (words == 0 || words > limits::kMaxNameOverDateWords || !PlainName(text) || EndsLikeSentence(text)) {
    return false;
  }
  std::size_t k = 0;
  for (bool word_start = true; k < text.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, k));
    if (word_start && !u_isupper(c)) return false;
    word_start = c == ' ';
  }
  return true;
}

// Block `u`, over the date line, as a name alone: no role ("Staff"), no
// common words, no weekday the date line goes on from ("Saturday" over
// "May 16, 2020 at 9:51 AM"), printed again (an author card, a photo's alt
// text) where a section's label is printed once.
bool NameOverDateShaped(const MetadataContext& ctx, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  return ctx.Free(u) && !ctx.stats[u].chrome && CapitalisedNameWords(text) && !IsCredit(text) &&
         !IsDateWord(AsciiLower(text)) &&
         !GetHeuristics().author_role.PartialMatch(text) && !CommonWords(ctx.doc, {text}) &&
         PrintedAgain(ctx.doc, u, static_cast<std::size_t>(ctx.headline_block));
}

// A picture between the headline (`top`) and block `u`: a caption, or an
// image's label ("Image") over an alt text. A caption that repeats the
// headline is the copy printing it twice, the line a sharing image's alt
// text.
bool PictureBetween(const MetadataContext& ctx, std::size_t top, std::size_t u) {
  const std::string& headline = ctx.doc.blocks[static_cast<std::size_t>(ctx.headline_block)].text;
  for (std::size_t k = top + 1; k < u; ++k) {
    const std::string& text = ctx.doc.blocks[k].text;
    if ((ctx.RoleOf(k) == Role::kCaption && text != headline) || GetHeuristics().image_label.FullMatch(text)) {
      return true;
    }
  }
  return false;
}

// Block `u`, over the date line and `top` (the headline), as a wire's name
// alone ("AFP" over "28.04.2023 | 17:52 Uhr" on a German daily, "PTI" over
// "Updated: March 16, 2020" on an Indian one): the story's credit, printed
// once, which the cleaner took for a picture's credit. Under a picture it
// is that picture's.
bool WireOverDateShaped(const MetadataContext& ctx, std::size_t top, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  return ctx.Claimable(static_cast<std::int32_t>(u)) && CapitalisedNameWords(text) &&
         GetHeuristics().agency_name.FullMatch(text) && !PictureBetween(ctx, top, u);
}

}  // namespace

void ReadTextNameOverDateLine(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || ctx.headline_block < 0) return;
  const std::int32_t i = ctx.date_block - 1;
  const std::int32_t top = std::max(ctx.headline_block, ctx.title_end);
  if (i <= top) return;
  const auto u = static_cast<std::size_t>(i);
  // A wire's name is as sure after a standfirst as names are.
  const bool name = i - top <= limits::kNameOverDateBelowHeadline && NameOverDateShaped(ctx, u);
  if (!name && (i - top > limits::kNamesBelowHeadline || !WireOverDateShaped(ctx, static_cast<std::size_t>(top), u))) {
    return;
  }
  TakeBylineLine(ctx, i, {ctx.doc.blocks[u].text});
}

namespace {

// A word of the line is an image's label ("Spotlight Image").
bool HasImageLabel(std::string_view text) {
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t space = std::min(text.find(' ', from), text.size());
    if (GetHeuristics().image_label.FullMatch(text.substr(from, space - from))) return true;
    from = space + 1;
  }
  return false;
}

// A line of names alone that no other reader took.
bool LoneNamesLine(const MetadataContext& ctx, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  return ctx.RoleOf(u) == Role::kDropped && ctx.verdicts[u].reason == kOutsideArticleReason && !ctx.stats[u].chrome &&
         ctx.stats[u].words <= limits::kMaxTextWords && !HasNumber(text) && !IsCredit(text) && IsNamesLine(text) &&
         !HasImageLabel(text) && PersonCased(ctx.doc, SplitAuthors(text)) && !CommonWords(ctx.doc, SplitAuthors(text)) &&
         !PortraitCaption(ctx, static_cast<std::int32_t>(u));
}

// One word of small letters alone: a login a blog signs with
// ("inikosoftseo"), as a section's label or a name is cased.
bool LoginShaped(std::string_view text) {
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  for (std::size_t k = 0; k < text.size();) {
    if (!u_islower(static_cast<UChar32>(NextCodePoint(text, k)))) return false;
  }
  return true;
}

// Block `u`, the one line between the headline and the date line, as the
// signature a blog or a company page prints there when it names no
// person: a login or a desk's word alone (kLoneDeskWords), not printed
// as a line above the headline too (a menu's entry, "Guides").
bool DeskOverDateShaped(const MetadataContext& ctx, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  if (!ctx.Free(u) || ctx.stats[u].chrome ||
      (!LoginShaped(text) && !lexicon::IsOneOf(AsciiLower(text), lexicon::kLoneDeskWords))) {
    return false;
  }
  for (std::size_t k = 0; k < u; ++k) {
    if (ctx.doc.blocks[k].text == text) return false;
  }
  return true;
}

}  // namespace

void ReadTextDeskOverDateLine(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || ctx.headline_block < 0) return;
  const std::int32_t i = std::max(ctx.headline_block, ctx.title_end) + 1;
  if (i + 1 != ctx.date_block || !DeskOverDateShaped(ctx, static_cast<std::size_t>(i))) return;
  TakeBylineLine(ctx, i, {ctx.doc.blocks[static_cast<std::size_t>(i)].text});
}

void ReadTextNamesOverBody(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || ctx.headline_block < 0) return;
  const std::int32_t to = std::min(ctx.Anchor(), ctx.headline_block + limits::kNamesOverBodyReach + 1);
  for (std::int32_t i = ctx.headline_block + 1; i < to; ++i) {
    const auto u = static_cast<std::size_t>(i);
    const std::string& text = ctx.doc.blocks[u].text;
    // A table of contents: the header has ended, its entries are no names.
    if (IsContentsHead(text)) return;
    if (!LoneNamesLine(ctx, u) || InMenuRun(ctx, i) || UnderTrailRoot(ctx, i)) continue;
    TakeBylineLine(ctx, i, SplitAuthors(text));
    // Names this far down do not close the header: the lines above them
    // are share buttons and a picture's, no standfirst.
    ctx.byline_block = -1;
    return;
  }
}

namespace {

// Block `i` of a text copy set off as a paragraph of its own: by blank
// lines on both sides, as a heading that sits right over its list or links
// is not; in a copy that sets the blank line above paragraphs only
// (Firefox's), by the one above it, as such a copy sets no heading off.
bool OwnParagraph(const Document& doc, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  if (doc.blocks[u].group == doc.blocks[u - 1].group) return false;
  return u + 1 == doc.blocks.size() || doc.blocks[u + 1].group != doc.blocks[u].group ||
         BlankLinesOpenParagraphs(doc);
}

// Whether a word of the names satisfies `pred`.
template <typename Pred>
bool AnyNameWord(const std::vector<std::string>& names, Pred pred) {
  for (const std::string& n : names) {
    for (std::size_t from = 0; from < n.size();) {
      const std::size_t space = std::min(n.find(' ', from), n.size());
      if (pred(n.substr(from, space - from))) return true;
      from = space + 1;
    }
  }
  return false;
}

// A capitalised word of the names printed in lower case elsewhere in the
// copy: a button's or a label's words ("Promoted Tweet"), as a surname
// rarely is. Particles ("van", "de") are lower case already.
bool CapitalWordPrintedInLowerCase(const Document& doc, const std::vector<std::string>& names) {
  return AnyNameWord(names, [&](const std::string& w) { return LowerSameLength(w) != w && PrintedInLowerCase(doc, w); });
}

// A word of the names is a button label's ("Contact Us").
bool HasButtonWord(const std::vector<std::string>& names) {
  return AnyNameWord(names,
                     [](const std::string& w) { return lexicon::IsOneOf(AsciiLower(w), lexicon::kButtonLabelWords); });
}

// Block `i`, right under the text, as the names that sign it: a paragraph
// of its own that no other reader took, printed once (a menu's entry or a
// section's name comes back elsewhere on the page), no label's words.
bool SignsTheText(const MetadataContext& ctx, std::int32_t i) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  const auto same = [&](const Block& b) { return b.text == text; };
  const std::vector<std::string> names = SplitAuthors(text);
  return LoneNamesLine(ctx, static_cast<std::size_t>(i)) && OwnParagraph(ctx.doc, i) &&
         std::count_if(ctx.doc.blocks.begin(), ctx.doc.blocks.end(), same) == 1 &&
         !CapitalWordPrintedInLowerCase(ctx.doc, names) && !HasButtonWord(names);
}

}  // namespace

void ReadTextClosingNames(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || !ctx.article.authors.empty()) return;
  const std::int32_t last_body = ctx.LastBody();
  const std::int32_t i = last_body + 1;
  if (last_body < 0 || i >= ctx.Blocks() || !SignsTheText(ctx, i)) return;
  TakeBylineLine(ctx, i, SplitAuthors(ctx.doc.blocks[static_cast<std::size_t>(i)].text));
}

namespace {

// The name after the mark a writer signs with ("-Jane Roe", "<3 Jane
// Roe"): a full name, cased as a person's is. Empty when the line is not
// such a signature.
std::string MarkedSignature(const Document& doc, std::string_view text) {
  text = Trim(text);
  const auto mark = std::find_if(std::begin(lexicon::kSignatureMarks), std::end(lexicon::kSignatureMarks),
                                 [&](std::string_view m) { return text.starts_with(m); });
  if (mark == std::end(lexicon::kSignatureMarks)) return {};
  const std::string name(Trim(text.substr(mark->size())));
  if (!OnePersonsName(name) || !PersonCased(doc, {name}) || CommonWords(doc, {name})) return {};
  return name;
}

}  // namespace

namespace {

// The names of the by-clause of a text copy's dated line after the body
// (ReadTextClosingByClause), a desk's name as one ("By Acme Team"), or
// nothing when the line is no such line. The line may stand where the
// comments would load, under a comment plug-in's notice, and be taken
// for the thread's: the one such line is the post's all the same.
std::vector<std::string> ClosingByClauseNames(const MetadataContext& ctx, std::size_t u) {
  const std::string& text = ctx.doc.blocks[u].text;
  if (ctx.stats[u].words > thresholds::published_date::kMaxTextBylineDateWords) return {};
  const std::string clause = ByClauseOfDateLine(text);
  if (clause.empty() || IsCredit(clause) || !FindDate(text)) return {};
  std::vector<std::string> names = SplitAuthors(clause);
  const std::string desk = CleanByline(clause);
  if (names.empty() && RE2::FullMatch(desk, GetHeuristics().desk_name)) names = {desk};
  if (CommonWords(ctx.doc, names)) return {};
  return names;
}

}  // namespace

void ReadTextClosingByClause(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || !ctx.article.authors.empty()) return;
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return;
  std::int32_t found = -1;
  std::vector<std::string> names;
  for (std::int32_t i = last_body + 1; i < ctx.Blocks(); ++i) {
    std::vector<std::string> here = ClosingByClauseNames(ctx, static_cast<std::size_t>(i));
    if (here.empty()) continue;
    if (found >= 0) return;
    found = i;
    names = std::move(here);
  }
  if (found < 0) return;
  TakeBylineLine(ctx, found, std::move(names), /*prefixed=*/true);
}

void ReadTextMarkedSignature(MetadataContext& ctx) {
  if (ctx.Html() || ctx.article.byline || !ctx.article.authors.empty()) return;
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return;
  const std::int32_t end = std::min(ctx.Blocks() - 1, last_body + 1);
  for (std::int32_t i = end; i >= std::max(0, last_body - limits::kSignatureAboveTextEnd); --i) {
    std::string name = MarkedSignature(ctx.doc, ctx.doc.blocks[static_cast<std::size_t>(i)].text);
    if (name.empty()) continue;
    CreditNames(ctx, name, {name}, ctx.BlockOrigin(i, "the name that signs the text"));
    return;
  }
}

namespace {

// A "By" line of full names ("By Jane Roe ⋅ Senior Analyst ⋅ Updated
// March 5"): the parts after the names are split off; a menu's facet ("By
// Company Size") or title-case words are no names.
std::vector<std::string> PrefixedFullNames(const Document& doc, const std::string& text) {
  const Heuristics& h = GetHeuristics();
  if (!RE2::PartialMatch(text, h.by_word) || RE2::PartialMatch(text, h.menu_facet) || IsCredit(text)) {
    return {};
  }
  std::vector<std::string> names = SplitAuthors(text);
  const bool full = std::all_of(names.begin(), names.end(), [](const std::string& n) {
    const std::size_t w = CountWords(n);
    return w >= limits::kMinLineNameWords && w <= limits::kMaxLineNameWords && PlainName(n);
  });
  if (!full || CommonWords(doc, names)) return {};
  return names;
}

}  // namespace

void ReadTextPrefixedBylineBelowHeadline(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline || ctx.headline_block < 0) return;
  const std::int32_t to = std::min(ctx.Blocks(), ctx.headline_block + limits::kPrefixedBylineBelowHeadline + 1);
  for (std::int32_t i = ctx.headline_block + 1; i < to; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!(ctx.Free(u) || ctx.RoleOf(u) == Role::kDate) || ctx.stats[u].chrome) continue;
    std::vector<std::string> names = PrefixedFullNames(ctx.doc, ctx.doc.blocks[u].text);
    if (names.empty()) continue;
    TakeBylineLine(ctx, i, std::move(names), /*prefixed=*/true);
    return;
  }
}

namespace {

// A line that labels the names on the next: "Written by", "Written on
// Mar 27 by", "About the author" (a blog's author box, after the body).
bool IsAuthorLabel(const std::string& text) {
  return IsBylinePrefixOnly(text) || IsAuthorBoxHead(text);
}

// A line that is only names, under a label: there one word is a name too
// ("Paul"), as a pen name or a first name.
bool IsLabelledNames(const std::string& text) {
  const std::vector<std::string> names = SplitAuthors(text);
  if (names.empty() || text.find_first_of("0123456789") != std::string::npos || IsCredit(text)) return false;
  std::size_t name_words = 0;
  for (const std::string& n : names) {
    if (CountWords(n) > limits::kMaxLineNameWords) return false;
    name_words += CountWords(n);
  }
  return name_words == CountWords(CleanByline(text));
}

}  // namespace

void ReadTextAuthorBox(MetadataContext& ctx) {
  if (ctx.Html() || ctx.byline_block >= 0 || ctx.article.byline) return;
  for (std::int32_t i = 0; i + 1 < ctx.Blocks(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!IsAuthorLabel(ctx.doc.blocks[u].text)) continue;
    // The author's portrait may print its alt text between the label and
    // the name ("Written by:" / "Headshot of Jane Roe" / "Jane Roe").
    std::size_t at = u + 1;
    if (at + 1 < ctx.doc.blocks.size() && GetHeuristics().portrait_alt.FullMatch(ctx.doc.blocks[at].text)) ++at;
    const std::string& names = ctx.doc.blocks[at].text;
    if (!IsLabelledNames(names)) continue;
    CreditNames(ctx, CleanByline(names), SplitAuthors(names),
                ctx.BlockOrigin(static_cast<std::int32_t>(at), "under an author label"));
    return;
  }
}

// A text copy's line that signs the post with one name after a spelled
// label ("Written by Melissa", "Posted By: Kiersten · In: Recipes"), as
// blogs do after the body: the name before the next field, a capital and
// small letters (a reader's comment may write it in small letters, "hi
// melissa"); a bare "By" before one word heads a menu as often ("By
// Design"). The name, or "".
std::string OneNameAfterLabel(std::string_view text) {
  std::size_t end = text.size();
  for (const std::string_view mark : {"|", "\u00B7", "\u2022"}) end = std::min(end, text.find(mark));
  const std::string_view first = Trim(text.substr(0, end));
  const std::string lead = AsciiLower(first.substr(0, first.find(' ')));
  if (!lexicon::IsOneOf(lead, lexicon::kOneNameLabelVerbs) || !RE2::PartialMatch(Piece(first), GetHeuristics().by_word)) {
    return {};
  }
  const std::vector<std::string> names = SplitAuthors(first);
  if (names.size() != 1 || CountWords(names.front()) != 1 || GetHeuristics().author_role.PartialMatch(names.front()) ||
      lexicon::IsOneOf(AsciiLower(names.front()), lexicon::kAccountNames) || !PlainName(names.front())) {
    return {};
  }
  const std::string& name = names.front();
  std::size_t k = 0;
  const bool capital = u_isupper(static_cast<UChar32>(NextCodePoint(name, k)));
  bool small = false;
  while (k < name.size()) {
    if (u_islower(static_cast<UChar32>(NextCodePoint(name, k)))) small = true;
  }
  return capital && small ? name : std::string();
}

// A labelled author anywhere in the page: a "By" label block and the names
// in the next block, or a short "Written by" line. Block `i` as such, or
// nothing.
std::optional<Candidate> LabelledAuthor(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  // A longer line is judged by its first part, before a comma: more names
  // or the names' job title follow ("By Jane Roe, John Doe, Ann Lee and
  // Tom Hale", "Authors: Jane Roe and John Doe, Extension educators").
  const bool long_line = ctx.stats[u].words > limits::kMaxLabelledNamesWords;
  const std::string head = text.substr(0, long_line ? text.find(',') : text.size());
  // The label's words are not counted: "This post was written by Jane Roe"
  // (cleaned only when the words are too many, as cleaning reads dates).
  const auto max_names = static_cast<std::size_t>(limits::kMaxLabelledNamesWords);
  if (ctx.RoleOf(u) == Role::kComment || ctx.stats[u].words > limits::kMaxLabelledLineWords ||
      (CountWords(head) > max_names && CountWords(CleanByline(head)) > max_names) || MenuEntry(ctx, i)) {
    return std::nullopt;
  }
  Candidate c;
  c.block = i;
  c.text = head;
  c.prefixed = true;
  if (ctx.stats[u].words <= limits::kMaxAuthorLabelWords && IsBylinePrefixOnly(c.text) && i + 1 < ctx.Blocks()) {
    const auto next = static_cast<std::size_t>(i + 1);
    if (ctx.RoleOf(next) == Role::kComment || ctx.stats[next].words > limits::kMaxLabelledNamesWords) {
      return std::nullopt;
    }
    c.extra = i + 1;
    c.text += " " + ctx.doc.blocks[next].text;
  } else if (!(long_line ? StartsWithBylinePrefix(c.text) : ctx.BylinePrefixed(i)) || IsBylinePrefixOnly(c.text)) {
    return std::nullopt;
  }
  const std::string one_name = ctx.Html() || c.extra >= 0 ? std::string() : OneNameAfterLabel(c.text);
  if (!one_name.empty()) {
    c.names = {one_name};
    c.text = one_name;
    return c;
  }
  if (!IsNamesLine(CleanByline(c.text))) return std::nullopt;
  const Heuristics& h = GetHeuristics();
  if (!ctx.Html() && (!RE2::PartialMatch(c.text, h.spelled_byline_label) || RE2::PartialMatch(c.text, h.menu_facet))) {
    return std::nullopt;
  }
  if (c.extra < 0) c.text = text;
  c.names = SplitAuthors(c.text);
  if (c.names.empty()) return std::nullopt;
  return c;
}

// The end of the box of cards holding a teaser card's block: past its
// nearest list, section or aside ("More stories" after the text), or the
// document's end when no such box holds it.
std::int32_t PastCardsBox(const MetadataContext& ctx, std::int32_t block) {
  const Document& doc = ctx.doc;
  for (std::int32_t e = doc.blocks[static_cast<std::size_t>(block)].element; e > 0; e = doc.El(e).parent) {
    const Tag tag = doc.El(e).tag;
    if (tag == Tag::kSection || tag == Tag::kAside || tag == Tag::kUl || tag == Tag::kOl) return doc.SubtreeEnd(e);
  }
  return static_cast<std::int32_t>(doc.elements.size());
}

// An HTML page whose header and structured data name no one: the one
// labelled author the page prints elsewhere. Several different ones are a
// list of other articles' cards, and name no one; so are the rest of a
// teaser card's box, though a short title ("Schools reopen") hides a card.
void ReadLabelledAuthor(MetadataContext& ctx) {
  std::optional<Candidate> found;
  // Elements before this end belong to a box of other stories' cards: a
  // card whose title is too short to tell it ("Schools reopen") is theirs
  // too, an author box after the box is the page's.
  std::int32_t cards_end = -1;
  for (std::int32_t i = 0; i < ctx.Blocks(); ++i) {
    if (ctx.doc.blocks[static_cast<std::size_t>(i)].element < cards_end) continue;
    std::optional<Candidate> c = LabelledAuthor(ctx, i);
    if (!c) continue;
    if (TeaserByline(ctx, *c)) {
      cards_end = PastCardsBox(ctx, c->block);
      continue;
    }
    if (found && Folded(found->names) != Folded(c->names)) return;
    if (!found) found = std::move(c);
    if (found->extra >= 0) ++i;
  }
  if (!found) return;
  ClaimBylineBlock(ctx, *found);
  ReadBlockAuthors(ctx, *found, {}, {});
}

namespace {

// A bio that opens with the person's name or first name and goes on in
// lower case: "Jane Roe is a ...", "Jane explores ...".
bool OpensBio(std::string_view text, std::string_view name) {
  const std::string_view first_name = name.substr(0, name.find(' '));
  for (std::string_view lead : {name, first_name}) {
    if (!text.starts_with(lead) || text.size() <= lead.size() + 1 || text[lead.size()] != ' ') continue;
    std::size_t at = lead.size() + 1;
    if (u_islower(static_cast<UChar32>(NextCodePoint(text, at)))) return true;
  }
  return false;
}

// A bio that speaks of its writer as a person does: by the given name
// alone, after a role in brackets ("(Editor) \u2013 Jane comes from ...",
// "Jane explores ..."), or as "I" ("I'm the founder of ..."). A heading
// over a paragraph that repeats it ("Acme Studio" / "Acme Studio is ...")
// opens with the whole heading.
bool OpensOwnBio(std::string_view text, std::string_view name) {
  if (text.starts_with('(')) {
    const std::size_t close = text.find(')');
    if (close == std::string_view::npos) return false;
    text = WithoutLeadingDash(Trim(text.substr(close + 1)));
  }
  const std::string lead = AsciiLower(text.substr(0, limits::kMaxSelfIntroBytes));
  for (const std::string_view opener : lexicon::kSelfIntroOpeners) {
    if (lead.starts_with(opener)) return true;
  }
  // The whole name again, in any case, is the heading's ("Advertiser
  // Content" / "Advertiser content"), or a full name's bio ("Jane van
  // Roe, ..."), which the photo must confirm.
  return !AsciiLower(text).starts_with(AsciiLower(name)) && OpensBio(text, name.substr(0, name.find(' ')));
}

// Either way a bio opens: a card's or one that speaks of its own writer.
bool OpensAnyBio(std::string_view text, std::string_view name) {
  return OpensBio(text, name) || OpensOwnBio(text, name);
}

// An author card: the block of the name and that of the bio under it.
struct AuthorCard {
  std::string name;
  std::int32_t block = -1, bio = -1;
};

// How a bio is told from the name over it.
using BioTest = bool (*)(std::string_view text, std::string_view name);

// Block `i` as the name of an author card: a full name alone, over a bio
// that `opens` with it. A card without a block when it is not.
AuthorCard CardAt(const MetadataContext& ctx, std::int32_t i, BioTest opens) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  if (ctx.RoleOf(u) == Role::kComment || !FullNameShaped(text)) return {};
  // A heading over a paragraph that opens with its first word ("The
  // Provenance Problem" / "The provenance of ...") is no name.
  const std::string_view name = Trim(text);
  if (PrintedInLowerCase(ctx.doc, std::string(name.substr(0, name.find(' '))))) return {};
  for (std::int32_t j = i + 1; j <= i + limits::kCardBioReach && j < ctx.Blocks(); ++j) {
    if (opens(ctx.doc.blocks[static_cast<std::size_t>(j)].text, text)) return AuthorCard{std::string(name), i, j};
  }
  return {};
}

// The full name a bio opens with, before its first word in lower case
// that no capitalised word follows ("Jane van Roe is a reporter",
// "Jane Roe, a reporter, ..."), or "" when it opens with no full name.
std::string BioLeadName(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::string_view rest = Trim(text); !rest.empty() && words.size() <= limits::kMaxLineNameWords;) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    words.push_back(rest.substr(0, end));
    rest = Trim(rest.substr(end));
  }
  const auto capital = [](std::string_view w) {
    std::size_t at = 0;
    return !w.empty() && u_isupper(static_cast<UChar32>(NextCodePoint(w, at)));
  };
  std::size_t taken = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    // A particle goes on when a capitalised word follows it ("Jane van Roe").
    const bool particle = k > 0 && k + 1 < words.size() && IsNameParticle(words[k]) && capital(words[k + 1]);
    // A second name joined to the first ("Jane Roe and John Doe are ..."):
    // not one person's bio.
    if (!capital(words[k]) && !particle) {
      if (IsCoauthorJoin(words[k])) return {};
      break;
    }
    taken = k + 1;
    if (words[k].ends_with(',')) break;
  }
  if (taken == 0 || taken == words.size()) return {};
  // The words are views into `text`: the name runs from the first's start to the last's end.
  const std::string_view last = words[taken - 1];
  std::string name(words.front().data(), static_cast<std::size_t>(last.data() + last.size() - words.front().data()));
  if (name.ends_with(',')) name.pop_back();
  return OnePersonsName(name) ? name : std::string();
}

// Block `i` as the heading of an author box ("About the author", "Über
// den Autor", "Sobre el autor") over a bio that opens with the person's
// full name ("Jane Roe is a reporter ..."), the name set in bold within
// the sentence, not on a line of its own (CardAt). Made-up author boxes of
// French, Spanish, German and English news sites.
AuthorCard HeadedCardAt(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  if (i + 1 >= ctx.Blocks() || !IsAuthorBoxHead(ctx.doc.blocks[u].text)) {
    return {};
  }
  std::string name = BioLeadName(ctx.doc.blocks[u + 1].text);
  // A first word the page prints in lower case is no given name ("The
  // Acme Gazette is ...", an outlet's box under the same heading).
  if (name.empty() || PrintedInLowerCase(ctx.doc, name.substr(0, name.find(' ')))) return {};
  return AuthorCard{std::move(name), i, i + 1};
}

// The author card that ends the text (the bio is the text's last block,
// one of the `above` blocks over it, or below it within `reach` blocks),
// or a card without a block. A card
// right after another person's is a team list, and names no one; a heading
// in the text over a paragraph that opens with it ("Acme Video" / "Acme
// Video is ...") ends no text.
AuthorCard EndingCard(const MetadataContext& ctx, std::int32_t reach, BioTest opens = OpensBio,
                      std::int32_t above = 0) {
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return {};
  AuthorCard found;
  // Far enough back to see a card just before the last one.
  const std::int32_t begin = std::max(ctx.headline_block + 1, last_body - 2 * limits::kCardBioReach - 1);
  const std::int32_t end = std::min(ctx.Blocks(), last_body + reach + 1);
  for (std::int32_t i = begin; i < end; ++i) {
    AuthorCard card = CardAt(ctx, i, opens);
    if (card.block < 0) card = HeadedCardAt(ctx, i);
    if (card.block < 0) continue;
    if (found.block >= 0 && found.bio + 1 >= card.block && FoldForCompare(found.name) != FoldForCompare(card.name)) {
      return {};
    }
    found = std::move(card);
    i = found.bio;
  }
  if (found.block < 0 || found.bio < last_body - above) return {};
  return found;
}

void TakeAuthorCard(MetadataContext& ctx, const AuthorCard& card) {
  // A card the body holds stays there: only the byline is read from it.
  if (ctx.Claimable(card.block)) {
    ctx.Claim(static_cast<std::size_t>(card.block), Role::kByline, "byline: the name over an author's bio");
  }
  ctx.byline_block = card.block;
  CreditNames(ctx, card.name, {card.name}, ctx.BlockOrigin(card.block, "the name over an author's bio"));
}

// An HTML page that names no author elsewhere: the author card that ends
// its text.
void ReadAuthorCard(MetadataContext& ctx) {
  if (!ctx.Html() || !ctx.article.authors.empty()) return;
  const AuthorCard card = EndingCard(ctx, limits::kCardBioReach);
  if (card.block >= 0) TakeAuthorCard(ctx, card);
}

// An HTML page that names no author elsewhere: the one name its links to
// authors' pages give, a person's or a CMS login (a post's footer that
// links "Jane Roe" to her archive). Two names are other articles' cards or
// a team's list, and a commenter's link names a reader: no one.
void ReadLoneAuthorLink(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.byline || !ctx.article.authors.empty()) return;
  const PageFacts::ItemProp* lone = nullptr;
  for (const PageFacts::ItemProp& m : ctx.doc.facts.author_spans) {
    const bool in_comment = m.block >= 0 && m.block < ctx.Blocks() &&
                            ctx.RoleOf(static_cast<std::size_t>(m.block)) == Role::kComment;
    if (!IsAuthorLink(m) || Trim(m.value).empty() || UnderTeaserTitle(ctx, m.block, Trim(m.value))) continue;
    if (in_comment || (lone != nullptr && FoldForCompare(m.value) != FoldForCompare(lone->value))) return;
    lone = &m;
  }
  if (lone == nullptr) return;
  const std::string name(Trim(lone->value));
  std::vector<std::string> names = SplitAuthors(name);
  if (names.size() != 1 && !IsLogin(name)) return;
  CreditNames(ctx, name, std::move(names), ctx.BlockOrigin(lone->block, "the one link to an author's page"));
}

// A name of a script written without spaces, and of nothing else ("王小明").
bool UnspacedName(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size();) {
    if (!IsUnspacedScript(NextCodePoint(name, i))) return false;
  }
  return true;
}

// A Chinese page that names no writer: the names of the editor credit
// that closes its text ("(责编：王小明、李华)"), which leaves the body.
void ReadEditorCredit(MetadataContext& ctx) {
  if (ctx.article.byline || !ctx.article.authors.empty()) return;
  for (std::int32_t i = ctx.headline_block + 1; i < ctx.Blocks(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    std::string names;
    if (ctx.RoleOf(u) == Role::kComment ||
        !RE2::FullMatch(ctx.doc.blocks[u].text, GetHeuristics().editor_credit, &names)) {
      continue;
    }
    std::vector<std::string> split = SplitAuthors(names);
    if (split.empty() || !std::all_of(split.begin(), split.end(), UnspacedName)) return;
    if (ctx.Claimable(i)) ctx.Claim(u, Role::kByline, "byline: the editor credit closing the text");
    ctx.byline_block = i;
    CreditNames(ctx, names, std::move(split), ctx.BlockOrigin(i, "the editor credit closing the text"));
    return;
  }
}

// How often the article's text says "I" ("I", "I'm", "I’ve").
std::size_t FirstPersonWords(const MetadataContext& ctx) {
  std::size_t n = 0;
  for (std::size_t u = 0; u < ctx.doc.blocks.size(); ++u) {
    if (ctx.RoleOf(u) != Role::kBody) continue;
    const std::string& t = ctx.doc.blocks[u].text;
    for (std::size_t at = t.find('I'); at != std::string::npos; at = t.find('I', at + 1)) {
      const bool open = at == 0 || std::isalnum(static_cast<unsigned char>(t[at - 1])) == 0;
      const bool close = at + 1 == t.size() || std::isalnum(static_cast<unsigned char>(t[at + 1])) == 0;
      if (open && close) ++n;
    }
  }
  return n;
}

// A text copy of a post that speaks as "I" and names no writer yet: a
// personal blog, whose owner the page names elsewhere. A company's or an
// outlet's page names no writer that way.
bool UnnamedFirstPersonCopy(const MetadataContext& ctx) {
  return !ctx.Html() && !ctx.article.byline && ctx.article.authors.empty() &&
         FirstPersonWords(ctx) >= limits::kMinFirstPersonWords;
}

// A word of a site's name that no person's name has: what a personal
// site is called ("Blog", "Notes"), capitals in a row ("APtly", "AI"), a
// dot inside ("TheFocus.AI") or a possessive's "'s" ("Cliffski's"), as
// blogs and studios write their names.
bool SiteNameWord(std::string_view word) {
  if (word.ends_with("'s") || word.ends_with("\u2019s") ||
      lexicon::IsOneOf(AsciiLower(word), lexicon::kOwnedSiteNouns)) {
    return true;
  }
  bool upper_before = false;
  for (std::size_t k = 0; k < word.size();) {
    const auto c = static_cast<UChar32>(NextCodePoint(word, k));
    if (c == '.' && k < word.size()) return true;
    const bool upper = u_isupper(c);
    if (upper && upper_before) return true;
    upper_before = upper;
  }
  return false;
}

// Whether a word of `name` is one of a site's name.
bool HasSiteNameWord(std::string_view name) {
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    if (SiteNameWord(name.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

// The page's masthead as a person's full name: its first block, all one
// link (to the home page), two or three words cased as a name, no word of
// a site's name or a role's ("Jane Roe" over a personal blog's menu, not
// "Acme Blog" or "Acme News"). "" when it is not.
std::string MastheadName(const MetadataContext& ctx) {
  if (ctx.Blocks() == 0) return {};
  const Block& first = ctx.doc.blocks.front();
  const std::string name(Trim(first.text));
  if (static_cast<std::size_t>(first.link_bytes) < first.text.size() || !OnePersonsName(name) ||
      !PersonCased(ctx.doc, {name}) || GetHeuristics().author_role.PartialMatch(name)) {
    return {};
  }
  return HasSiteNameWord(name) ? std::string() : name;
}

// An HTML page that names no author at all, on a site named after a
// person ("Jane Roe's blog"; "Jane Roe" at jane-roe.example or roe.example,
// when the article speaks as "I"): personal blogs credit the owner so, in
// the title, the site's name or the masthead only (the site's name when no
// tag gives one). A word of the name printed in lower case in the page
// makes it a phrase ("Bread Dad"), not a name.
void ReadSiteOwner(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.byline || !ctx.article.authors.empty()) return;
  const std::string site = ctx.article.site_name ? *ctx.article.site_name : MastheadName(ctx);
  if (site.empty()) return;
  SiteOwnerForm form = SiteOwnerForm::kNone;
  const std::string name = SiteOwnerName(site, FirstHostLabel(ctx.article.url.value_or("")), form);
  if (name.empty() || (form == SiteOwnerForm::kAddress && FirstPersonWords(ctx) < limits::kMinFirstPersonWords)) {
    return;
  }
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    if (PrintedInLowerCase(ctx.doc, name.substr(at, end - at))) return;
    at = end + 1;
  }
  CreditNames(ctx, name, {name}, {"the site named after its owner"});
}

// An HTML page that names no author in its header: the footer under the
// text names the post's author beside its day, in an author-classed
// element ("Jane Roe — 2013-09-29 — in Code", a meta row "Travel · Jane
// Roe · March 11, 2024") or after "By" ("August 12, 2025 By Jane Roe"),
// as three blogs print it. The first line under the text that prints the
// post's day decides; other posts' cards further down print other days.
void ReadPostFooterByline(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.byline || !ctx.article.authors.empty() || !ctx.article.date) return;
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return;
  const std::string_view day = std::string_view(*ctx.article.date).substr(0, std::string_view("2025-01-01").size());
  const std::int32_t end = std::min(ctx.Blocks(), last_body + 1 + limits::kPostFooterBlocks);
  for (std::int32_t i = last_body + 1; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.OtherStory(u) || ctx.RoleOf(u) == Role::kBody) continue;
    const std::string& text = ctx.doc.blocks[u].text;
    const std::optional<DateMatch> date = FindDate(text);
    if (!date || !date->value.ToRfc3339().starts_with(day)) continue;
    std::vector<std::string> names = SpanNames(ctx, i, false);
    std::string byline = JoinNames(names);
    if (names.empty()) {
      byline = ByClauseOfDateLine(text);
      names = SplitAuthors(byline);
    }
    if (names.empty()) return;
    CreditNames(ctx, std::move(byline), std::move(names), ctx.BlockOrigin(i, "the post's footer beside its day"));
    return;
  }
}

// An HTML page whose structured data credits the outlet alone, or names
// no one: the name that signs the text, alone in its last paragraph ("Jane
// Roe") or after a signing mark ("<3 Jane Roe"), as news sites print the
// reporter below the story and bloggers sign a post. With nothing
// structured (`any_block` false) only a paragraph signs: a heading or a
// list's item there is a section's product or a list's last entry.
void ReadSignature(MetadataContext& ctx, bool any_block) {
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return;
  const Block& block = ctx.doc.blocks[static_cast<std::size_t>(last_body)];
  if (!any_block && block.kind != BlockKind::kText) return;
  std::string name(Trim(block.text));
  if (!OnePersonsName(name)) name = MarkedSignature(ctx.doc, name);
  if (name.empty()) return;
  CreditNames(ctx, name, {name}, ctx.BlockOrigin(last_body, "the name that signs the text"));
}

}  // namespace

void ReadTextEditorCredit(MetadataContext& ctx) {
  if (!ctx.Html()) ReadEditorCredit(ctx);
}

void ReadTextLabelledAuthor(MetadataContext& ctx) {
  if (ctx.Html()) return;
  const bool unlabelled = ctx.byline_block >= 0 &&
                          !StartsWithBylinePrefix(ctx.doc.blocks[static_cast<std::size_t>(ctx.byline_block)].text);
  if (ctx.article.byline && !unlabelled) return;
  ReadLabelledAuthor(ctx);
}

// The first token of a class attribute: what an element is, before the
// modifiers ("item item--hidden").
std::string_view FirstClass(std::string_view cls) {
  cls = Trim(cls);
  return cls.substr(0, cls.find_first_of(" \t\n"));
}

// Two blocks whose elements are alike: the same tag and first class, in
// parents of the same tag and class (two author cards, two items of a list).
bool AlikeElements(const Document& doc, std::int32_t a, std::int32_t b) {
  auto element = [&](std::int32_t e) -> const Element* {
    return e >= 0 ? &doc.elements[static_cast<std::size_t>(e)] : nullptr;
  };
  const Element* ea = element(doc.blocks[static_cast<std::size_t>(a)].element);
  const Element* eb = element(doc.blocks[static_cast<std::size_t>(b)].element);
  if (ea == nullptr || eb == nullptr || ea->tag != eb->tag || FirstClass(ea->cls) != FirstClass(eb->cls) ||
      FirstClass(ea->cls).empty()) {
    return false;
  }
  const Element* pa = element(ea->parent);
  const Element* pb = element(eb->parent);
  return pa != nullptr && pb != nullptr && pa->tag == pb->tag && pa->cls == pb->cls;
}

// The names of block `i` when it is a card or a list item of names alone.
std::vector<std::string> CardNames(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  if (!ctx.Claimable(i) || ctx.stats[u].words > limits::kMaxLabelledNamesWords ||
      GetHeuristics().non_author_credit.PartialMatch(ctx.doc.blocks[u].text)) {
    return {};  // an editor's card ("Edited by Marie White") names no author
  }
  std::vector<std::string> names = SpanNames(ctx, i, false);
  if (names.empty() && IsNamesLine(ctx.doc.blocks[u].text)) names = SplitAuthors(ctx.doc.blocks[u].text);
  NamesAsLinked(ctx, i, names);
  return names;
}

// Co-authors the page prints one to an element, each like the byline's
// (<li>Jane Roe,</li><li>John Doe</li> after "By"; two author cards): the
// names of the run of such blocks around the byline's names. Seen on
// British and Norwegian news pages.
void AddCardNames(MetadataContext& ctx, const Candidate& best) {
  const std::int32_t at = best.extra >= 0 ? best.extra : best.block;
  for (const std::int32_t step : {-1, 1}) {
    for (std::int32_t i = at + step; i >= 0 && i < ctx.Blocks() && i != best.block; i += step) {
      // A "…" or "show more" item between the cards prints no letter.
      if (!HasLetter(ctx.doc.blocks[static_cast<std::size_t>(i)].text)) continue;
      if (!AlikeElements(ctx.doc, at, i)) break;
      const std::vector<std::string> names = CardNames(ctx, i);
      if (names.empty()) break;
      std::vector<std::string>& authors = ctx.article.authors;
      // Cards before the byline's come first, in page order.
      auto where = step < 0 ? authors.begin() : authors.end();
      for (const std::string& n : names) {
        if (std::find(authors.begin(), authors.end(), n) != authors.end()) continue;
        where = std::next(authors.insert(where, n));
      }
      ctx.Claim(static_cast<std::size_t>(i), Role::kByline, "byline: a card like the byline's, naming a co-author");
      ctx.article.byline = JoinNames(authors);
    }
  }
}

// A line of a text copy's co-author run: next to the line before in the
// original (no blank line between: a heading after the byline has one),
// only names, no number, no credit, no job title ("EdTech Content
// writer").
bool IsNameLine(const MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  return ctx.doc.blocks[u].group == ctx.doc.blocks[u - 1].group && !ctx.stats[u].chrome &&
         ctx.stats[u].words <= limits::kMaxTextWords && text.find_first_of("0123456789") == std::string::npos &&
         !IsCredit(text) && !GetHeuristics().author_role.PartialMatch(text) && IsNamesLine(text);
}

// A line of a text copy that only joins two names ("," / ", and" / "und"):
// the byline's link elements each printed on a line of their own.
bool JoinerLine(const MetadataContext& ctx, std::int32_t i) {
  return i + 1 < ctx.Blocks() &&
         RE2::FullMatch(" " + ctx.doc.blocks[static_cast<std::size_t>(i)].text + " ", GetHeuristics().author_separator);
}

// Co-authors a text copy prints one to a line after a lone label and the
// first name ("Von" / "Jane Roe" / "John Doe"), a name printed twice in a
// row (the photo's alt text) counting once, a line that only joins them
// (", and") passed over when a name follows it. Unlabelled lines of names
// beside the date line are not read on: there a blog's category or a
// section's name ("Mobile App Development") sits as often as a co-author.
void AddTextNameLines(MetadataContext& ctx, const Candidate& best) {
  if (best.extra < 0 || ctx.article.authors.empty()) return;
  std::vector<std::string>& authors = ctx.article.authors;
  const std::size_t before = authors.size();
  for (std::int32_t i = best.extra + 1, more = 0; more < limits::kMaxMoreNameLines && i < ctx.Blocks(); ++more, ++i) {
    if (!ctx.Claimable(i)) break;
    const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
    if (FoldForCompare(text) == FoldForCompare(ctx.doc.blocks[static_cast<std::size_t>(i - 1)].text)) {
      ctx.Claim(static_cast<std::size_t>(i), Role::kByline, "byline: a co-author's name printed twice");
      continue;
    }
    if (JoinerLine(ctx, i) && ctx.Claimable(i + 1) && IsNameLine(ctx, i + 1)) {
      ctx.Claim(static_cast<std::size_t>(i), Role::kByline, "byline: a line joining two co-authors' names");
      continue;
    }
    if (!IsNameLine(ctx, i)) break;
    const std::vector<std::string> names = SplitAuthors(text);
    authors.insert(authors.end(), names.begin(), names.end());
    ctx.Claim(static_cast<std::size_t>(i), Role::kByline, "byline: a co-author's line beside the byline's");
  }
  authors = Unique(std::move(authors));
  if (authors.size() > before) ctx.article.byline = JoinNames(authors);
}

namespace {

// An author meta tag gave the names, one of them a single word.
bool OneWordTagName(const StructuredAuthors& structured) {
  if (structured.names_from.kind != kMetaTag) return false;
  for (std::size_t i = 0; i < structured.names.size(); ++i) {
    if (CountWords(structured.names[i]) < limits::kMinLineNameWords && !DegreeAfterName(structured.names, i)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void ReadByline(MetadataContext& ctx) {
  const StructuredAuthors structured = ReadStructuredAuthors(ctx);
  const std::vector<std::string> known = Folded(structured.names);
  BylineBlocks found = FindBylineBlocks(ctx, known);
  std::optional<Candidate>& best = found.best;
  // A classed block that names none of the structured authors is a column
  // name or a label ("Deal Professor"); a "By" line is believed.
  // (The outlet filed as the author names no column: the block's person
  // is the writer.)
  if (best && ctx.Html() && !structured.names.empty() && !structured.outlet && !best->prefixed &&
      !AnyKnown(known, best->names)) {
    best.reset();
  }
  // A date line that names people unlabelled, and more than the structured
  // data does, prints a column's name beside them ("12/19/2025 • Friday
  // Philosophy • David Gordon"); a wire credited beside the reporters
  // ("Jane Roe and AP") is no column, and structured data leaves it out.
  if (best && ctx.Html() && !structured.names.empty() && !best->prefixed && !best->classed &&
      !std::all_of(best->names.begin(), best->names.end(), [&](const std::string& n) {
        return AnyKnown(known, {n}) || GetHeuristics().agency_name.FullMatch(n);
      })) {
    best.reset();
  }
  if (!best && structured.names.empty() && found.outlet) best = found.outlet;
  // A labelled desk ("Author:" then "Practical Horseman Editorial Staff",
  // as magazine and newspaper sites print it) is the byline over a line
  // that only sits beside the date line unlabelled.
  if (best && best->score == 0 && found.outlet && found.outlet->prefixed) best = found.outlet;
  if (!best) {
    if (!structured.byline.empty()) {
      ctx.article.byline = structured.byline;
      ctx.Note("byline", structured.byline_from);
    }
    ctx.article.authors = structured.names;
    if (!structured.names.empty()) ctx.Note("authors", structured.names_from);
    if (ctx.Html() && structured.outlet) ReadSignature(ctx, true);
    // An organisation's byline ("Obesity Medicine Association") gives way
    // to the person a label names ("Article written by:"), and so does an
    // author tag with a one-word name in it: a first name ("Linda") or a
    // job's label ("Marketing, Event Coordinator"), no full name; and so
    // does the outlet filed as the author ("Deutsche Welle" beside the
    // facts list's "Autorin/Autor Jane Roe").
    if (ctx.Html() && (ctx.article.authors.empty() || structured.outlet || OneWordTagName(structured))) {
      ReadLabelledAuthor(ctx);
    }
    if (!ctx.article.byline || ctx.article.authors.empty()) ReadAuthorCard(ctx);
    ReadLoneAuthorLink(ctx);
    ReadPostFooterByline(ctx);
    // With nothing structured, the text's signature is the last resort:
    // an author box's line names the writer more surely.
    if (ctx.Html() && structured.names.empty() && ctx.article.authors.empty()) ReadSignature(ctx, false);
    // The reporters a wire dateline credits wrote the text; the editor a
    // Chinese page names under it only put it online.
    if (ctx.Html()) {
      ReadWireLeadCredit(ctx);
      ReadEditorCredit(ctx);
    }
    ReadSiteOwner(ctx);
    return;
  }
  ClaimBylineBlock(ctx, *best);
  ReadBlockAuthors(ctx, *best, structured.names, known);
  if (!ctx.Html()) {
    AddTextNameLines(ctx, *best);
    return;
  }
  // A desk's byline ("By Team Tiger Data") likewise.
  if (ctx.article.authors.empty()) {
    ReadLabelledAuthor(ctx);
  } else {
    AddCardNames(ctx, *best);
  }
}

// A text copy's author card prints the photo's alt text beside the name:
// the name again, alone or with an image's label ("Jane Roe" / "Jane Roe",
// "Jane Roe Headshot" / "Jane Roe", "Photo of Jane Roe" / "Jane Roe"). A
// product's or a heading's name over a paragraph that opens with it ("Acme
// Studio" / "Acme Studio is ...") stands alone, and a list of outlets ("El
// Diario de Sevilla" / "El Diario") only holds the name.
bool BesideItsPhoto(const Document& doc, const AuthorCard& card) {
  const auto u = static_cast<std::size_t>(card.block);
  const std::string& name = doc.blocks[u].text;
  if (u + 1 < doc.blocks.size() && doc.blocks[u + 1].text == name) return true;
  if (u == 0) return false;
  const std::string& above = doc.blocks[u - 1].text;
  if (above == name) return true;
  const std::size_t at = above.find(name);
  if (at == std::string::npos) return false;
  const std::string rest(Trim(above.substr(0, at) + above.substr(at + name.size())));
  // Or a portrait's alt text that ends with the name ("Photo of Jane Roe").
  if (at + name.size() == above.size() && GetHeuristics().portrait_alt.FullMatch(above)) return true;
  return !rest.empty() && HasImageLabel(rest) && CountWords(rest) == 1;
}

// `name` printed in `text` right after a "by", with a space or glued to it
// ("Written by Jane Roe", "Written byby Jane Roe" as a copy glues a label
// to its link).
bool AfterByWord(std::string_view text, std::string_view name) {
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    std::size_t end = at;
    if (end > 0 && text[end - 1] == ' ') --end;
    if (end >= 2 && AsciiLower(text.substr(end - 2, 2)) == "by") return true;
  }
  return false;
}

// A "by" elsewhere in the copy names one of `names` ("Jane Roe" under the
// headline, "Written by Jane Roe" below it): the byline stands.
bool LabelledElsewhere(const Document& doc, const std::vector<std::string>& names) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return AfterByWord(b.text, n); });
  });
}

void ReadTextAuthorCard(MetadataContext& ctx) {
  if (ctx.Html()) return;
  const bool unlabelled = ctx.byline_block >= 0 &&
                          !StartsWithBylinePrefix(ctx.doc.blocks[static_cast<std::size_t>(ctx.byline_block)].text);
  if (ctx.article.byline && !unlabelled) return;
  const AuthorCard card = EndingCard(ctx, limits::kTextCardBelowBody);
  if (card.block < 0 || AnyKnown(Folded(ctx.article.authors), {card.name}) || !BesideItsPhoto(ctx.doc, card) ||
      LabelledElsewhere(ctx.doc, ctx.article.authors)) {
    return;
  }
  TakeAuthorCard(ctx, card);
  // A card under the text does not close the header.
  ctx.byline_block = -1;
  // Its portrait's alt text ("Photo of Jane Roe") is no part of the text.
  const auto photo = static_cast<std::size_t>(card.block - 1);
  if (card.block > 0 && ctx.RoleOf(photo) == Role::kBody &&
      GetHeuristics().portrait_alt.FullMatch(ctx.doc.blocks[photo].text)) {
    ctx.Claim(photo, Role::kDropped, "dropped: the photo of the author box after the text");
  }
}

namespace {

// Block `i` is a photo's alt text of one or two words that labels it as a
// picture ("author-image", "Author photo"), as a copy prints it over the
// author box's name.
bool PhotoLabelLine(const MetadataContext& ctx, std::int32_t i) {
  std::string text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  std::replace(text.begin(), text.end(), '-', ' ');
  return CountWords(text) <= limits::kMaxBoxPhotoLabelWords && HasImageLabel(text);
}

}  // namespace

namespace {

// A text copy's author box printed as one line, the name glued to the bio
// that repeats it ("Jane Roe, CFP\u00AEJane Roe is a ...", "Jane RoeJane
// covers ..."): the name, with what follows it before the bio, or empty.
std::string GluedCardName(const Document& doc, std::string_view text) {
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view given = text.substr(0, space);
  const std::size_t again = text.find(given, space);
  if (again == std::string_view::npos) return {};
  const std::string_view head = Trim(text.substr(0, again));
  const std::string_view name = Trim(head.substr(0, head.find(',')));
  if (!FullNameShaped(name) || !PersonCased(doc, {std::string(name)}) || CommonWords(doc, {std::string(name)})) {
    return {};
  }
  const std::string_view bio = text.substr(again);
  return OpensBio(bio, name) || OpensOwnBio(bio, name) ? std::string(head) : std::string();
}

}  // namespace

void ReadTextGluedAuthorBox(MetadataContext& ctx) {
  if (ctx.Html() || ctx.article.byline || !ctx.article.authors.empty()) return;
  const std::int32_t last_body = ctx.LastBody();
  if (last_body < 0) return;
  const std::int32_t end = std::min(ctx.Blocks() - 1, last_body + limits::kCardBioReach);
  for (std::int32_t i = std::max(0, last_body - limits::kOwnBioAboveTextEnd); i <= end; ++i) {
    const std::string name = GluedCardName(ctx.doc, ctx.doc.blocks[static_cast<std::size_t>(i)].text);
    if (name.empty()) continue;
    CreditNames(ctx, name, SplitAuthors(name), ctx.BlockOrigin(i, "the name glued to an author's bio"));
    // The box is no part of the text it closes.
    for (std::int32_t j = i; j <= last_body; ++j) {
      const auto v = static_cast<std::size_t>(j);
      if (ctx.RoleOf(v) == Role::kBody) ctx.Claim(v, Role::kDropped, "dropped: the author box after the text");
    }
    return;
  }
}

void ReadTextOwnBio(MetadataContext& ctx) {
  if (ctx.Html() || ctx.article.byline || !ctx.article.authors.empty()) return;
  // Cards of both kinds are looked for, so that a team's list of them,
  // whichever way each bio opens, names no one.
  const AuthorCard card = EndingCard(ctx, limits::kCardBioReach, OpensAnyBio, limits::kOwnBioAboveTextEnd);
  if (card.block < 0) return;
  // A reader's comment under the text may speak as "I" too.
  const auto bio = static_cast<std::size_t>(card.bio);
  if (ctx.RoleOf(bio) == Role::kComment || !OpensOwnBio(ctx.doc.blocks[bio].text, card.name)) return;
  const std::int32_t last_body = ctx.LastBody();
  TakeAuthorCard(ctx, card);
  ctx.byline_block = -1;
  // The box, and the photo's label over it, is no part of the text it
  // closes.
  const std::int32_t top = card.block > 0 && PhotoLabelLine(ctx, card.block - 1) ? card.block - 1 : card.block;
  for (std::int32_t j = top; j <= last_body; ++j) {
    const auto v = static_cast<std::size_t>(j);
    if (ctx.RoleOf(v) == Role::kBody) ctx.Claim(v, Role::kDropped, "dropped: the author box after the text");
  }
}

namespace {

// A word of a copyright line before or after its holder: the sign or the
// word, a year or a span of years ("2012-2025").
bool CopyrightFiller(std::string_view word) {
  if (lexicon::IsOneOf(AsciiLower(word), lexicon::kCopyrightWords)) return true;
  return !word.empty() && word.find_first_not_of("0123456789-\u2013,") == std::string_view::npos &&
         std::isdigit(static_cast<unsigned char>(word.front())) != 0;
}

// The person a copyright line names as the holder ("\u00A9 2012 Jane Roe
// \u2014 Contact me", "\u00A9 Jane Roe 2016-2020"), cased as a person's
// name is and printed in no word in lower case (no "Acme Health"), with
// no terms after it. Empty when the line is no such notice.
std::string CopyrightHolder(const Document& doc, std::string_view text) {
  text = Trim(text);
  std::size_t from = 0;
  bool sign = false;
  for (std::size_t space = 0; from < text.size(); from = space + 1) {
    space = std::min(text.find(' ', from), text.size());
    const std::string_view word = text.substr(from, space - from);
    if (!CopyrightFiller(word)) break;
    sign = sign || lexicon::IsOneOf(AsciiLower(word), lexicon::kCopyrightWords);
  }
  if (!sign || from >= text.size()) return {};
  std::string_view holder = text.substr(from);
  // The holder runs to the line's end or to the next field; a company's
  // notice goes on with its terms ("Acme Media. All rights reserved.").
  holder = Trim(holder.substr(0, std::min(holder.find(" \u2014"), holder.find(" |"))));
  const std::size_t last = holder.rfind(' ');
  if (last != std::string_view::npos && CopyrightFiller(holder.substr(last + 1))) holder = Trim(holder.substr(0, last));
  const std::string name(holder);
  if (!OnePersonsName(name) || !PersonCased(doc, {name}) || CapitalWordPrintedInLowerCase(doc, {name})) return {};
  return name;
}

}  // namespace

void ReadTextCopyrightOwner(MetadataContext& ctx) {
  if (!UnnamedFirstPersonCopy(ctx)) return;
  for (std::int32_t i = ctx.Blocks() - 1; i > ctx.LastBody() && i >= 0; --i) {
    std::string name = CopyrightHolder(ctx.doc, ctx.doc.blocks[static_cast<std::size_t>(i)].text);
    if (name.empty()) continue;
    CreditNames(ctx, name, {name}, ctx.BlockOrigin(i, "the person the copyright notice names"));
    return;
  }
}

namespace {

// A text copy's masthead line as a person's name: the line alone, or the
// owner of "Jane Roe's blog", with a logo's marks after it ("Jane Roe//")
// left off; no word of a site's name, a role's or a page control's, no
// capitalised word printed in lower case elsewhere. Empty when none.
std::string MastheadPerson(const Document& doc, std::string_view text) {
  text = Trim(text);
  while (text.ends_with('/')) text.remove_suffix(1);
  SiteOwnerForm form = SiteOwnerForm::kNone;
  std::string name = SiteOwnerName(text, "", form);
  if (name.empty()) name = std::string(text);
  if (!OnePersonsName(name) || !PersonCased(doc, {name}) || CapitalWordPrintedInLowerCase(doc, {name}) ||
      GetHeuristics().author_role.PartialMatch(name) || AnyNameWord({name}, [](const std::string& w) {
        return lexicon::IsOneOf(AsciiLower(w), lexicon::kNavigationWords);
      })) {
    return {};
  }
  return HasSiteNameWord(name) ? std::string() : name;
}

}  // namespace

void ReadTextSiteOwner(MetadataContext& ctx) {
  if (!UnnamedFirstPersonCopy(ctx)) return;
  // The masthead is the copy's first line but for a skip link or a
  // counter ("Skip to content", "0") above it.
  const std::int32_t top = std::min(ctx.headline_block >= 0 ? ctx.headline_block : ctx.Anchor(), ctx.Blocks());
  std::int32_t i = 0;
  while (i < top && (MeasureTextLine(ctx.doc.blocks[static_cast<std::size_t>(i)]).chrome != nullptr ||
                     !HasLetter(ctx.doc.blocks[static_cast<std::size_t>(i)].text))) {
    ++i;
  }
  if (i >= top) return;
  std::string name = MastheadPerson(ctx.doc, ctx.doc.blocks[static_cast<std::size_t>(i)].text);
  if (name.empty()) return;
  CreditNames(ctx, name, {name}, ctx.BlockOrigin(i, "the person the site's masthead names"));
}

namespace {

// `name` printed in `headline` (both folded) as words of their own after
// its start, not as a possessive ("Jane Roe's Guide").
bool SubjectOfHeadline(const std::string& headline, const std::string& name) {
  // Any byte outside ASCII counts as a letter: a name in quotes stays.
  const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0; };
  if (name.empty()) return false;
  for (std::size_t at = headline.find(name, 1); at != std::string::npos; at = headline.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    const std::string_view after = std::string_view(headline).substr(end);
    if (word_char(headline[at - 1]) || (!after.empty() && word_char(after.front()))) continue;
    if (after.starts_with("'s") || after.starts_with("\u2019s")) continue;
    return true;
  }
  return false;
}

// `headline` after a column's label that opens it ("opinion: ", "guest
// column | "); all of it when there is none.
std::string_view AfterColumnLabel(std::string_view headline) {
  const std::size_t mark = headline.find_first_of(":|");
  if (mark == std::string_view::npos || CountWords(headline.substr(0, mark)) > limits::kMaxColumnLabelWords) {
    return headline;
  }
  return Trim(headline.substr(mark + 1));
}

}  // namespace

void DropHeadlineSubjectAuthors(MetadataContext& ctx) {
  std::vector<std::string>& authors = ctx.article.authors;
  if (!ctx.article.headline || authors.empty()) return;
  const std::string headline = FoldForCompare(*ctx.article.headline);
  // One name opening the headline makes it the blog's or the column's
  // ("Laura / House Plant House"), after a column's label too ("Opinion:
  // Jane Roe on ..."): every name there is its writer's.
  const std::string_view opening = AfterColumnLabel(headline);
  if (std::any_of(authors.begin(), authors.end(), [&](const std::string& a) {
        const std::string name = FoldForCompare(a);
        return headline.starts_with(name) || opening.starts_with(name);
      })) {
    return;
  }
  const std::size_t before = authors.size();
  std::erase_if(authors, [&](const std::string& a) { return SubjectOfHeadline(headline, FoldForCompare(a)); });
  // With no name left, the byline is the headline's subject too.
  if (authors.size() < before && authors.empty()) ctx.article.byline.reset();
}

void CutGluedLineWords(MetadataContext& ctx) {
  std::vector<std::string>& authors = ctx.article.authors;
  if (std::none_of(authors.begin(), authors.end(), [](const std::string& a) { return !GluedTail(a).empty(); })) {
    return;
  }
  // The words of the copy's short lines: its menus and section labels.
  std::vector<std::string> labels;
  for (const Block& b : ctx.doc.blocks) {
    if (CountWords(b.text) > limits::kMaxGluedLabelLineWords) continue;
    for (std::string& w : Words(b.text)) labels.push_back(std::move(w));
  }
  std::sort(labels.begin(), labels.end());
  for (std::string& a : authors) {
    const std::string_view tail = GluedTail(a);
    const WordList folded = Words(tail);
    if (folded.size() != 1 || !std::binary_search(labels.begin(), labels.end(), folded.front())) continue;
    a.resize(a.size() - tail.size());
  }
}

namespace {

// A short word in capitals alone: a station's call letters or a paper's
// short name after the names ("By Jane Roe and John Doe, KVLR"); no
// person is named so.
bool CallLetters(const std::string& a) {
  return a.size() >= limits::kMinCallLetters && a.size() <= limits::kMaxCallLetters &&
         std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether the copy prints `folded` as its masthead (its first line) or as
// the holder of a copyright line under the text ("\u00A9 2023 The Valley
// Courier").
bool CopyNamesSite(const MetadataContext& ctx, const std::string& folded) {
  if (ctx.Blocks() > 0 && FoldForCompare(ctx.doc.blocks.front().text) == folded) return true;
  for (std::int32_t i = std::max<std::int32_t>(0, ctx.LastBody() + 1); i < ctx.Blocks(); ++i) {
    const std::string line = FoldForCompare(ctx.doc.blocks[static_cast<std::size_t>(i)].text);
    if (ContainsAny(line, lexicon::kCopyrightWords) && line.find(folded) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void DropTextSiteTail(MetadataContext& ctx) {
  std::vector<std::string>& authors = ctx.article.authors;
  if (ctx.Html() || authors.size() < 2) return;
  // A copy keeps no site-name tag: the site's part after the names ("By
  // Jane Roe, The Valley Courier") is told by its own shape or by the
  // copy naming the site elsewhere.
  const std::string& last = authors.back();
  if (GetHeuristics().agency_name.FullMatch(last)) return;
  // A degree, or capitals after capitals, are a name's credentials ("Jane
  // Roe, MD", "Jane Roe, MD, FACP"), which the authors keep; so are
  // capitals after one name ("Jane Roe, CFP"): call letters close a
  // group's names.
  const bool credentials = authors.size() < limits::kMinNamesBeforeCallLetters + 1 ||
                           std::any_of(authors.begin(), authors.end() - 1, CallLetters) ||
                           GetHeuristics().author_credential.FullMatch(last);
  if ((CallLetters(last) && !credentials) || CopyNamesSite(ctx, FoldForCompare(last))) authors.pop_back();
}

void DropSiteNameAuthor(MetadataContext& ctx) {
  std::vector<std::string>& authors = ctx.article.authors;
  if (authors.size() < 2) return;
  const std::string site = FoldForCompare(ctx.article.site_name.value_or(""));
  // A page with no tag naming its site still names it in the <title>'s
  // short last part ("Story - The Valley Courier").
  const WordList title_site = site.empty() ? SplitSitePart(ctx.doc.facts.title).site : WordList{};
  // Nor a tag or a title part: its address ("Jane Roe, TIME" on time.com).
  const std::string host = UrlHost(ctx.article.url.value_or(""));
  std::erase_if(authors, [&](const std::string& a) {
    return (!site.empty() && FoldForCompare(a) == site) || (!title_site.empty() && Words(a) == title_site) ||
           NamesSiteHost(a, host);
  });
}

// A text copy's authors that are wires' names only ("REUTERS" over the
// date line): the sign-off's reporters are the writers it names.
bool WireNamesOnly(const MetadataContext& ctx) {
  if (ctx.Html()) return false;
  return std::ranges::all_of(ctx.article.authors,
                             [](const std::string& a) { return GetHeuristics().agency_name.FullMatch(a); });
}

// Credits the reporters of the wire sign-off block `i` prints, if it is
// one; says whether it was.
bool CreditSignOff(MetadataContext& ctx, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string_view line = Trim(ctx.doc.blocks[u].text);
  const std::string_view reporters = WireSignOffReporters(line);
  if (reporters.empty()) return false;
  std::vector<std::string> names = SplitAuthors(reporters);
  if (names.empty()) return true;
  // In brackets it closes the wire's copy as a site reprinting it keeps
  // it, a line of the text (DEV body truth keeps it there); alone it is
  // the wire's own credit element (fundus truth leaves it out).
  if (line.front() != '(' && line.front() != '[') {
    ctx.Claim(u, Role::kByline, "byline: a wire story's closing sign-off");
  }
  if (!ctx.article.authors.empty() && !WireNamesOnly(ctx)) return true;
  CreditNames(ctx, std::string(reporters), std::move(names), ctx.BlockOrigin(i, "a wire story's closing sign-off"));
  return true;
}

void ReadWireSignOff(MetadataContext& ctx) {
  // A text copy's closing-names reader may have taken the whole sign-off
  // as the byline: its reporters only are the authors. (A copy: the
  // byline is reassigned below.)
  const std::string own(ctx.article.byline ? WireSignOffReporters(Trim(*ctx.article.byline)) : std::string_view());
  if (!own.empty()) {
    std::vector<std::string> names = SplitAuthors(own);
    if (!names.empty()) CreditNames(ctx, own, std::move(names), Origin("the byline, a wire story's sign-off"));
    return;
  }
  const std::int32_t last_body = ctx.LastBody();
  std::int32_t seen = 0;
  for (std::int32_t i = last_body; i > ctx.headline_block && i >= 0 && seen < limits::kWireSignOffTailBlocks; --i) {
    if (ctx.RoleOf(static_cast<std::size_t>(i)) != Role::kBody) continue;
    ++seen;
    if (CreditSignOff(ctx, i)) return;
  }
  // A text copy may end the body before the sign-off: the lines right
  // under it (a reprint's "(Reporting by ...)" over the copyright line).
  if (ctx.Html() || last_body < 0) return;
  const std::int32_t end = std::min(ctx.Blocks(), last_body + 1 + limits::kWireSignOffTailBlocks);
  for (std::int32_t i = last_body + 1; i < end; ++i) {
    if (ctx.Claimable(i) && CreditSignOff(ctx, i)) return;
  }
}

void ReadWireLeadCredit(MetadataContext& ctx) {
  if (!ctx.article.authors.empty()) return;
  // The credit opens the text: the first body blocks after the headline
  // (an info line the page prints unclassed may come first).
  std::int32_t seen = 0;
  for (std::int32_t i = std::max<std::int32_t>(0, ctx.headline_block + 1);
       i < ctx.Blocks() && seen < limits::kWireLeadCreditBlocks; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    ++seen;
    const std::string_view names = WireLeadCreditNames(Trim(ctx.doc.blocks[u].text));
    if (names.empty()) continue;
    std::vector<std::string> authors = SplitAuthors(names);
    // The credit stays in the text (it opens the first sentence).
    if (!authors.empty()) {
      CreditNames(ctx, std::string(names), std::move(authors), ctx.BlockOrigin(i, "a wire dateline's reporter credit"));
    }
    return;
  }
}

void ReadAgencyAuthor(MetadataContext& ctx) {
  if (!ctx.article.authors.empty() || !ctx.article.byline) return;
  const std::string agency(Trim(*ctx.article.byline));
  if (agency.empty() || !GetHeuristics().agency_name.FullMatch(agency)) return;
  ctx.article.authors.push_back(agency);
  ctx.Note("authors", Origin("the byline, a wire's name"));
}

}  // namespace pith
