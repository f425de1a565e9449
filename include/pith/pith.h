// pith: the article out of a saved news page.
//
// One call, Extract(), takes the bytes of a page (HTML, or the plain text a
// browser gives when a page is saved or copied as text) and returns the
// article: headline, byline, date, captions and body, plus the page-level
// metadata users expect. Errors are values: Extract() never throws for any
// input and never aborts.
#ifndef PITH_PITH_H_
#define PITH_PITH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

// What kind of document the input is.
enum class InputFormat {
  // Sniff: MHTML (a MIME multipart/related header block) means its
  // text/html part, markup in the first bytes HTML, anything else text.
  kAuto,
  kHtml,  // Parse as HTML whatever it looks like (an MHTML file's page).
  kText,  // Treat as a text copy of a page, even if it contains '<'.
};

struct Options {
  // Default: sniff the input.
  InputFormat input = InputFormat::kAuto;

  // The page's address, when the caller knows it (a crawl record, a WARC
  // header; for MHTML input the file's own Content-Location when this is
  // empty). Used as `url` when the page names no canonical address, and as
  // a last source for the publication day (/2016/02/22/ in the path).
  // It is also the base of the page's relative links and image addresses
  // (after its <base href>). Default: empty, unknown.
  std::string url;

  // Character encoding declared by the transport (an HTTP or WARC
  // Content-Type charset, or the user's --encoding). It outranks the page's
  // own <meta charset> but not a byte order mark. Default: empty, none.
  std::string encoding;

  // Inputs longer than this are refused with Status::kTooLarge instead of
  // being parsed. Default: 64 MiB.
  std::size_t max_bytes = std::size_t{64} << 20;

  // Pages whose confidence (Article::confidence) is below this give
  // Status::kNoArticle. 0 keeps every page that has a body. Default: 0.5.
  double min_confidence = 0.5;

  // Record why each block was kept or dropped (Result::explanation), where
  // each metadata value came from (Result::sources) and what each stage did
  // (Result::trace). Default: off, and then recording costs nothing.
  bool explain = false;

  // Keep the page's comment section as Article::comments (the blocks the
  // clean stage marks as comments). The body is the same either way: it
  // never holds comments. Default: off, and then `comments` is empty.
  bool comments = false;
};

// One block of the page and what extraction decided about it.
struct BlockDecision {
  std::string text;
  // "body", "headline", "byline", "date", "description", "caption",
  // "comment" (left out of the body: part of the comment section) or
  // "dropped".
  std::string role;
  std::string reason;  // the rule that decided, e.g. "dropped: link density > 0.5"
  std::string path;    // the block's element and its ancestors: "body > div.story > p"
};

// Where one metadata value came from: {"date", "meta article:published_time"},
// {"headline", "<h1> block 3"}, {"byline", "JSON-LD author"}.
struct FieldSource {
  std::string field;    // an Article member: "headline", "date", "authors"...
  std::string source;   // the kind of source and its name
  int block = -1;       // the block it was read from (explanation index), if any
};

// A stretch of a block's text that the page set apart inline: a link, or
// strong or emphasised words. `begin` and `end` are byte offsets into the
// block's text (or a table row's text, its cells joined with " | "), on
// character boundaries, with no space at either end. Spans of one block
// nest or are apart, never overlap.
struct TextSpan {
  enum class Kind {
    kLink,      // <a href>; `url` is its address
    kStrong,    // <strong>, <b>
    kEmphasis,  // <em>, <i>
  };
  Kind kind = Kind::kLink;
  std::size_t begin = 0;
  std::size_t end = 0;
  // kLink: the address, absolute http(s) in an Article (links to anything
  // else, or that cannot be made absolute, are not kept). Empty otherwise.
  std::string url;
};

// One block of the body, with the structure the page gave it, for
// renderings that keep it (Markdown). Article::body is the texts of the
// blocks other than images, joined by blank lines.
struct BodyBlock {
  enum class Kind {
    kParagraph,
    kHeading,   // an in-article heading; `level` 1-6 as on the page (h2 = 2)
    kListItem,  // `ordered` for a numbered list, `depth` 0 for a top-level list
    kQuote,     // a block quote's paragraph
    kPre,       // preformatted text, line breaks and spaces as on the page
    kTableRow,  // `cells` in order; `text` joins them with " | "
    kImage,     // an image in the article: `url`, `alt`, `caption`; `text` empty
  };
  Kind kind = Kind::kParagraph;
  std::string text;
  int level = 0;
  bool ordered = false;
  int depth = 0;
  std::vector<std::string> cells;
  // kTableRow: a row of the table's footer (<tfoot>), which browsers show
  // last wherever the page puts it. Default: false.
  bool footer = false;
  // Consecutive items of one list, rows of one table, or paragraphs of one
  // quote share a group number; it changes where one list or table ends and
  // the next begins. 0 for other blocks.
  int group = 0;
  // Links and emphasis inside `text`, in no particular order. Empty for
  // kPre and for text copies. Default: none.
  std::vector<TextSpan> spans;
  // kImage: the image's absolute http(s) address, its alt text and its
  // figure's caption ("caption (credit)"), each empty when the page has
  // none. Empty for other kinds.
  std::string url;
  std::string alt;
  std::string caption;
};

// One reader comment under the article (Options::comments).
struct Comment {
  std::optional<std::string> author;  // the commenter's name as shown, when it can be read
  std::optional<std::string> date;    // when it was posted, RFC 3339 as Article::date
  // The comment's own paragraphs, separated by a blank line: not its
  // replies' (each is a Comment of its own, in page order) nor its
  // "Reply" or "Like" buttons. Never empty.
  std::string text;
};

// The extracted article. Every field is always present in the JSON output:
// an empty optional is written as null, an empty list as [].
struct Article {
  std::optional<std::string> headline;
  std::optional<std::string> description;  // standfirst / dek
  std::optional<std::string> byline;       // as printed, cleaned of "By"
  std::vector<std::string> authors;        // names, in the page's order
  // Publication time in RFC 3339: "2016-02-22T08:27:00Z",
  // "2015-07-24T05:36:09+01:00", or "2016-02-22" when only the day is known.
  // The offset is the page's, or, for a clock printed without one on a page
  // in a language written in one zone all year (Japanese, Korean), that
  // zone's; otherwise a clock without a zone stays without one.
  std::optional<std::string> date;
  // Last modification, same form, when the page gives one later than `date`.
  std::optional<std::string> modified;
  std::vector<std::string> captions;       // "caption (credit)", page order
  // Article text: paragraphs, in-article headings, list items, quotes, in
  // reading order, separated by one blank line. Never empty in an Article
  // that Extract() returns with Status::kOk.
  std::string body;
  // The body's blocks with their kind (heading, list item...); not in the
  // JSON, which has `body`.
  std::vector<BodyBlock> blocks;
  std::optional<std::string> site_name;
  // BCP 47 tag ("en-GB", "de", "zh-Hant"): the one the page declares,
  // normalised; detected from the headline and body when it declares none
  // or the text plainly contradicts it; null when neither tells.
  std::optional<std::string> language;
  // Canonical address, and lead image address: made absolute against the
  // page's <base href>, then Options::url, (for `image`) then `url`; null
  // when it names another scheme than http(s) (javascript:, data:...). A
  // relative address stays as given when no absolute base is known.
  std::optional<std::string> url;
  std::optional<std::string> image;
  // The part of the site the article is filed under ("Politics"), as the
  // page names it: article:section, else JSON-LD articleSection, else
  // Parse.ly's, microdata's or Open Graph's section. Null when none gives
  // one.
  std::optional<std::string> section;
  // The article's tags ("Donald Trump", "Climate change"), in page order,
  // deduplicated ignoring case (the first spelling kept), from one source:
  // article:tag metas, else JSON-LD keywords, else news_keywords, else the
  // tag line or tag box under the text, else Parse.ly's or Sailthru's
  // tags when each is a name, else the generic keywords meta when one of
  // them is in the headline or standfirst. Empty when none gives any.
  std::vector<std::string> tags;
  // Whether the page says its text is not free: true when its JSON-LD says
  // isAccessibleForFree false (of the article or of a part of it),
  // article:content_tier is "locked" or "metered", or a "subscribe to
  // continue reading" prompt stands at the text; false when the page says
  // it is free (isAccessibleForFree true, content_tier "free"); null when
  // nothing says.
  std::optional<bool> paywalled;
  // With Options::comments: the comment section's comments in page order,
  // from the page's comment markup (or its JSON-LD `comment` objects) or,
  // in a text copy, the lines under a comments heading. Empty otherwise.
  std::vector<Comment> comments;
  std::string format;                      // "html" or "text"
  // How sure extraction is that the page is an article and that `body` is
  // it: 0 (a section front, a list of links, an error page) to 1 (a
  // clear article). Extract() returns Status::kNoArticle below
  // Options::min_confidence.
  double confidence = 0;
};

enum class Status {
  kOk,
  kEmptyInput,      // no bytes, or only whitespace
  kNotADocument,    // binary data: an image, an archive, an executable
  kTooLarge,        // longer than Options::max_bytes
  kNoArticle,       // a document, but nothing in it reads as an article
  kOutOfMemory,     // the process could not get the memory the page needed
};

struct Result {
  Status status = Status::kOk;
  // One line saying what went wrong, without the "pith: error: " prefix.
  // Empty when status is kOk.
  std::string error;
  // Filled when status is kOk. With kNoArticle the metadata found so far is
  // kept (headline, date...) but body is empty.
  Article article;
  // Every block in reading order, when Options::explain was set.
  std::vector<BlockDecision> explanation;
  // Where each metadata value came from, in Article order, when
  // Options::explain was set.
  std::vector<FieldSource> sources;
  // What each stage did, one line each ("parse: html, 412 elements, 96
  // blocks in 1.2 ms"), when Options::explain was set.
  std::vector<std::string> trace;

  bool ok() const { return status == Status::kOk; }
};

// Extracts the article from one page. Thread-safe: concurrent calls share
// only immutable, lazily built pattern tables.
Result Extract(std::string_view bytes, const Options& options = {});

// The explanation as one JSON object: {"status", "article", "metadata":
// {field: {"value", "source"}}, "blocks": [...]}.
std::string ExplanationToJson(const Result& result, bool pretty = false);

// The explanation as one self-contained HTML page for a browser: the
// article's JSON, the metadata with their sources, then every block shaded
// by its decision, with the rule that made it. Everything from the page is
// escaped, and the page loads and runs nothing (a Content-Security-Policy
// allows only its inline style).
std::string ExplanationToHtml(const Result& result);

// The article as one JSON object, valid UTF-8 whatever the input was.
// Compact (one line, no trailing newline) unless `pretty`.
std::string ToJson(const Article& article, bool pretty = false);

// What the Markdown rendering keeps.
struct MarkdownOptions {
  // Links as [text](url); off: their text alone. Default: on.
  bool links = true;
  // In-article images as ![alt](url) with their caption; off: none.
  // Default: on.
  bool images = true;
  // A YAML front matter block ("---" ... "---") with the metadata: title,
  // description, authors, date, modified, url, site_name, language, image,
  // section, tags, paywalled, comments; every key always, null or [] when
  // unknown, as in the JSON. Default: off.
  bool front_matter = false;
};

// The article as Markdown: "# headline", the standfirst in italics, a line
// with the byline and the date, then the body with "##" headings (deeper
// levels as on the page), "-" and "1." lists, ">" quotes, fenced
// preformatted text, pipe tables, [links](url), **strong** and _emphasised_
// words, and images as ![alt](url) with their caption in italics below;
// then, when Article::comments has some, "## Comments" with each comment
// under a "###" heading of its author and date.
// Markdown's own characters are escaped where Markdown would misread them
// (a line's start, brackets in a link's text). No trailing newline, as
// ToJson.
std::string ToMarkdown(const Article& article, const MarkdownOptions& options = {});

// The body alone, paragraphs separated by a blank line (Article::body).
std::string ToText(const Article& article);

enum class OutputFormat { kJson, kMarkdown, kText };

// "json", "markdown" or "text"; nullopt for anything else.
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// The article in the given format: ToJson (with `pretty`), ToMarkdown
// (with `markdown`) or ToText.
std::string Render(const Article& article, OutputFormat format, bool pretty = false,
                   const MarkdownOptions& markdown = {});

}  // namespace pith

#endif  // PITH_PITH_H_
