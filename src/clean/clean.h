// Clean stage: tell the article from the chrome around it.
#ifndef PITH_CLEAN_CLEAN_H_
#define PITH_CLEAN_CLEAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/document.h"

namespace pith {

// What a block turned out to be.
enum class Role : std::uint8_t {
  kDropped,
  kBody,
  kHeadline,
  kDescription,
  kByline,
  kDate,
  kCaption,
  // Left out of the body as part of the comment section: its heading, a
  // comment's author line, date, text and buttons (comment_blocks.h).
  kComment,
};

// Out of the body and not printing a field: dropped, or a comment.
inline bool IsLeftOut(Role r) { return r == Role::kDropped || r == Role::kComment; }

// A decision and the rule that made it. `reason` is a static string, so
// recording it costs nothing.
inline constexpr char kOutsideArticleReason[] = "outside the article";

struct Verdict {
  Role role = Role::kDropped;
  const char* reason = kOutsideArticleReason;
};

// Reasons the explanation completes with what decided them (explain.cc):
// the chrome element's class, the link density, the article's score.
inline constexpr char kChromeContainerReason[] = "dropped: chrome container";
// The article's lead in a box of its own before the text (article_html.cc);
// the metadata stage takes it as the description when the page's
// description repeats it.
inline constexpr char kLeadBoxReason[] = "body: the article's lead in a box before its text";
inline constexpr char kChromeTagReason[] = "dropped: nav, aside, header or footer inside the article";
inline constexpr char kLinkDensityReason[] = "dropped: link density";
inline constexpr char kArticleContainerReason[] = "body: in the article container";
inline constexpr char kProseRunReason[] = "body: in the page's longest run of prose";
// A picture post's captions, its only text (article_html.cc).
inline constexpr char kPictureTextReason[] = "body: a picture post's captions, its only text";
// A photo essay's captions, most of its text (picture_captions.cc).
inline constexpr char kEssayCaptionsReason[] = "body: a photo essay's captions, most of its text";
// Another story's <article> element under the text (article_html.cc): the
// longest run of prose does not bring it back.
inline constexpr char kOtherStoryReason[] = "dropped: another story's article element";
// Another story's card set among the text's paragraphs (article_html.cc):
// the longest run of prose does not bring it back either.
inline constexpr char kCardInTextReason[] = "dropped: another story's card in the text";
// A strongly chrome box among the article's paragraphs (a fact box,
// article_html.cc): the longest run of prose does not bring back a
// transcript it holds either.
inline constexpr char kBoxBesideTextReason[] = "dropped: chrome container beside the text";

// The chrome label of a block asking consent to show an embed.
inline constexpr char kEmbedConsentLabel[] = "dropped: embed shown on consent";

// Per-block measures the stages share.
struct BlockStats {
  std::int32_t chars = 0;      // code points
  std::int32_t words = 0;
  std::int32_t wide = 0;       // Chinese, Japanese and Korean characters (CountWide)
  std::int32_t commas = 0;
  float link_density = 0;      // share of the text inside links
  bool sentence_end = false;   // ends like a sentence: . ! ? … or a closing quote after one
  bool written_address = false;  // the block is a web address written out (a reference)
  const char* chrome = nullptr;  // the chrome phrase group it matches, if any
};
BlockStats MeasureBlock(const Block& block);

struct Selection {
  std::vector<Verdict> verdicts;  // one per block of the Document
  std::int32_t root = -1;         // the element holding the article, if any
  double root_score = 0;          // its content score (HTML)
  std::vector<BlockStats> stats;  // MeasureBlock of every block, for the later stages

  void Set(std::size_t block, Role role, const char* reason) { verdicts[block] = {role, reason}; }
  bool IsBody(std::size_t block) const { return verdicts[block].role == Role::kBody; }
  // Index of the first / last body block, or -1.
  std::int32_t FirstBody() const;
  std::int32_t LastBody() const;
  // Indices of the body blocks, in reading order.
  std::vector<std::size_t> BodyBlocks() const;
};

// Sets element flags from tags, class names, ids, roles and itemprops:
// chrome containers, article containers, captions, bylines, dates. Flags
// that mark a subtree (chrome, in-link) are propagated to descendants.
void MarkElements(Document& doc);

// Chooses the article's blocks. HTML: the container whose paragraphs score
// best, less the chrome inside it. Text copies: the longest run of prose
// lines, less chrome lines and captions. Every block gets a Verdict; the
// dropped blocks of the comment section get Role::kComment.
Selection FindArticle(const Document& doc);

// Characters of Chinese, Japanese or Korean script (and their full-width
// punctuation).
std::int32_t CountWide(std::string_view s);
// A block's length as it reads: a wide character says about as much as
// kWideCharLetters Latin letters.
std::int32_t ProseLength(const BlockStats& s);
// A block that reads as running text: a sentence of some length, or a long
// block (by ProseLength), not chrome, not mostly links.
bool IsProse(const BlockStats& s);
// A paragraph of running text whose end mark is missing: a sentence's
// words or more, mostly in small letters (a short post that ends on a
// smiley or a link; not an address or a list of names), not chrome, not
// mostly links.
bool UnmarkedParagraph(const Block& b, const BlockStats& s);
// A block that is only a link and reads like a headline: another story's
// title (teaser cards, section fronts, "related" lists).
bool IsLinkTitle(const BlockStats& s);
bool EndsLikeSentence(std::string_view s);
// Ends with a full stop, of any script (". 。 ．"): the end of a
// statement, where a question or an exclamation may still end a headline.
bool EndsWithFullStop(std::string_view s);
// Ends with a letter of Thai or Lao, which mark no sentence end.
bool EndsUnmarked(std::string_view s);
int CountCommas(std::string_view s);
// Elements that are chrome by their tag or ARIA role: nav, aside, header,
// footer, dialog, menu; role=navigation, banner, complementary...
bool IsChromeTag(const Element& e);
// Whether the box's class or id says it holds what other people wrote
// about the page (IsOthersPostClass): reviews, forum author panels, comments.
bool IsOthersPostBox(const Element& e);

// Whether block `i` is the definition of the term in block `i - 1` of an
// HTML list of facts ("Datum" / "Samstag, 19. Oktober 2024"): an event's
// or a course's date, kept with its label while the label is kept.
bool DefinesTerm(const Document& doc, std::size_t i);

}  // namespace pith

#endif  // PITH_CLEAN_CLEAN_H_
