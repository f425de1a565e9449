// Every heuristic pith uses to recognise things on a page, as named data in
// one place: class-name patterns, chrome phrases, byline prefixes, credit
// shapes. Patterns are RE2, compiled once on first use and shared by all
// threads. heuristics.cc notes where each came from.
#ifndef PITH_HEURISTICS_H_
#define PITH_HEURISTICS_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace pith {

// A named pattern: `name` is what --explain and tests report.
struct NamedPattern {
  const char* name;
  const char* pattern;
};

// Named patterns tried in one pass over the text: Set() holds all of
// `patterns`, in the same order, and the first that matches names the
// match. The set is compiled on its first use: the lists for text copies
// cost most of the start-up to compile, and HTML pages never need them.
struct PatternList {
  std::vector<NamedPattern> patterns;
  RE2::Options options;
  RE2::Anchor anchor = RE2::UNANCHORED;

  const RE2::Set& Set() const;

 private:
  std::unique_ptr<std::once_flag> once_ = std::make_unique<std::once_flag>();
  mutable std::unique_ptr<RE2::Set> set_;
};

// A pattern compiled on its first use, for the few that only some inputs
// need and that cost much to compile: used as a `const RE2&`.
class LazyPattern {
 public:
  explicit LazyPattern(const char* pattern) : pattern_(pattern) {}
  operator const RE2&() const;

 private:
  const char* pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

struct Heuristics {
  // Matched against an element's "class id role" (lower-cased).
  RE2 chrome_class;     // page chrome: share bars, comments, related, ads...
  RE2 strong_chrome_class;  // chrome that never holds an article (comments, ads...)
  RE2 keep_class;       // overrides chrome_class: "article", "content", "body"...
  RE2 positive_class;   // article container
  RE2 negative_class;   // probably not article content
  RE2 caption_class;
  RE2 byline_class;
  RE2 date_class;
  RE2 headline_class;
  RE2 embed_class;      // an embedded post (tweet, Instagram): quoted content
  RE2 header_class;     // the article's header box: standfirst, byline, tools
  RE2 hidden_class;     // matched against the class attribute: not shown on screen

  // Chrome phrases, matched against a whole block's text. `label_phrases`
  // only on short blocks (a few words that are all label: "Advertisement",
  // "Share this article"); `appeal_terms` on blocks of any length, where two
  // different terms in one block mark an appeal (donation, subscription).
  PatternList label_phrases;
  RE2 appeal_terms;
  RE2 cookie_notice;    // any length: cookies in a consent dialog's words

  RE2 byline_prefix;    // "By", "Par", "Von", "Por", "Di", "Door" ...
  RE2 byline_noise;     // e-mails, URLs, "Follow", "@handle", "Updated ..."
  RE2 author_separator; // between names: ",", "and", "&", "und", "et", "y"...
  RE2 author_role;      // a part that is a role or an outlet, not a person
  // A trailing "(AP)", "(AFP/Getty Images)". Text copies only; compiling
  // it took longer than all the other patterns together.
  LazyPattern caption_credit;
  RE2 agency_line;      // a line that is only an agency credit: "AP", "Reuters"
  RE2 markup_tag;       // for sniffing HTML in a document of unknown kind
  RE2 meta_charset;     // <meta charset=...> and http-equiv forms
  RE2 title_separator;  // " | Site", " - Site" at the end of <title>
  RE2 article_type;     // an Article @type in a JSON-LD script
  RE2 error_page;       // "404", "Page not found" in a title or heading
  RE2 credit_suffix;    // "(credit: NASA/Jude Guidry)" ending a caption
  RE2 written_address;  // a block that is one web address, written out

  // Bylines and dates (the metadata stage).
  RE2 byline_glued_prefix;  // "ByTravis Haney": a prefix markup glued to the name
  RE2 non_author_credit;    // "Edited by ...", "Photos by ...": named, but not authors
  RE2 modified_label_before;  // "Updated", "Mis à jour"... just before a date
  RE2 modified_label_after;   // "更新" just after it
  RE2 caption_credit_label;   // "...a bar. Credit... Ed Murray", "Photo: AP"
  RE2 credit_class;           // the credit part of a caption: "credit", "copyright"...
  RE2 non_author_note;        // "Adrian Malloch (photography)"
  RE2 author_credential;      // a whole byline part that is a degree: "MS", "PhD"
  RE2 agency_name;            // a whole byline part that is a news agency, any case
  RE2 caption_credit_by;      // "... Photo by Jane Roe"
  RE2 caption_credit_glued;   // "CreditKevin Frayer/Getty Images"
  RE2 caption_control;        // a caption box's button: "toggle caption", "Enlarge this image"
  RE2 caption_control_suffix; // the same printed after the caption
  RE2 caption_credit_spaced;  // "... in 2023. Credit Credit Jeon Heon-Kyun/EPA"
  RE2 caption_credit_tail;    // "...more common.Zhejiang Daily / AP"
  // Text copies, where no markup tells the chrome apart. Each list is
  // matched against one line; see heuristics.cc for where each came from.
  PatternList section_heads;                // whole line: heads a section after the article
  PatternList boilerplate;                  // anywhere in a line: site-wide notices
  PatternList credit_lines;                 // whole line: a photo credit or caption label
  PatternList caption_leads;                // whole line: a caption by the way it opens
  std::unique_ptr<RE2> embed_signature;     // whole line: "— Jane Doe (@jdoe) May 1, 2019"
  PatternList chrome_lines;                 // whole line: comment headers, player and gallery controls
};

const Heuristics& GetHeuristics();

// Names of the patterns that head a list of links to other stories ("More
// from UK", "Related articles"), for the stages that drop such lists.
inline constexpr char kReadMoreLabel[] = "read more link";
inline constexpr char kRelatedHead[] = "section: related";

// Leading bytes of binary formats that are not documents.
const std::vector<std::string_view>& BinarySignatures();

// Number of known HTML tags in `text` (bounded scan).
int CountMarkupTags(std::string_view text);

// The charset a <meta> element declares in `head`, or empty.
std::string MatchMetaCharset(std::string_view head);

// The name of the first label phrase matching the whole short block, or
// nullptr.
const char* MatchLabelPhrase(std::string_view text);

// Text copies: the name of the first pattern of the list matching `line`
// (the whole line, or anywhere in it for MatchBoilerplate), or nullptr.
const char* MatchSectionHead(std::string_view line);
const char* MatchBoilerplate(std::string_view line);
const char* MatchCreditLine(std::string_view line);
const char* MatchCaptionLead(std::string_view line);
const char* MatchChromeLine(std::string_view line);
// The signature line under a post embedded in the article (a tweet).
bool IsEmbedSignature(std::string_view line);

// Number of different appeal terms in the block.
int CountAppealTerms(std::string_view text);

}  // namespace pith

#endif  // PITH_HEURISTICS_H_
