#include "metadata/comments.h"

#include <nlohmann/json.hpp>

#include <map>

#include "clean/comment_blocks.h"
#include "metadata/dates.h"
#include "metadata/linked_data.h"
#include "metadata/thresholds.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::comments;
using nlohmann::json;

// A comment as its blocks are read: what names the author and the date,
// and the text.
struct Draft {
  std::optional<std::string> author;  // from markup that names it alone
  std::optional<std::string> date;
  std::string author_line;  // the block that shows the name (with a date, "says:"...)
  std::string date_line;
  std::string text;

  void AddText(std::string_view paragraph) {
    if (!text.empty()) text += "\n\n";
    text += paragraph;
  }
};

std::optional<std::string> DateOf(std::string_view text) {
  if (const auto found = FindDate(text)) return found->value.ToRfc3339();
  return std::nullopt;
}

Comment Finish(Draft& d) {
  Comment c;
  c.author = d.author ? CommenterName(*d.author) : std::nullopt;
  if (!c.author && !d.author_line.empty()) c.author = CommenterName(d.author_line);
  c.date = d.date;
  if (!c.date && !d.date_line.empty()) c.date = DateOf(d.date_line);
  if (!c.date && !d.author_line.empty()) c.date = DateOf(d.author_line);
  c.text = std::move(d.text);
  return c;
}

bool Is(const Verdict& v, const char* reason) { return IsNamed(v.reason, reason); }

// HTML: the marked blocks, one comment per comment element that holds
// some of them itself (a wrapper around one comment, li.comment around
// article.comment-body, holds none).
std::vector<Comment> HtmlComments(const Document& doc, const Selection& sel) {
  const std::vector<std::int32_t> items = CommentItems(doc);
  std::vector<Draft> drafts;
  std::map<std::int32_t, std::size_t> draft_of;
  auto draft_at = [&](std::int32_t block, bool create) -> Draft* {
    if (block < 0 || static_cast<std::size_t>(block) >= doc.blocks.size()) return nullptr;
    const auto i = static_cast<std::size_t>(block);
    // Marked blocks make a comment, and those of its blocks the metadata
    // stage took for the article's date or byline (a comment's date line
    // under an article that prints none); markup inside one counts in any.
    const Role role = sel.verdicts[i].role;
    if (create && role != Role::kComment && role != Role::kDate && role != Role::kByline) return nullptr;
    const std::int32_t item = items[static_cast<std::size_t>(doc.blocks[i].element)];
    if (item < 0) return nullptr;
    auto it = draft_of.find(item);
    if (it == draft_of.end()) {
      if (!create) return nullptr;
      it = draft_of.emplace(item, drafts.size()).first;
      drafts.emplace_back();
    }
    return &drafts[it->second];
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Draft* d = draft_at(static_cast<std::int32_t>(i), true);
    if (!d) continue;
    const Verdict& v = sel.verdicts[i];
    const std::string& text = doc.blocks[i].text;
    if (Is(v, kCommentTextReason)) d->AddText(text);
    const bool author = Is(v, kCommentAuthorReason) || v.role == Role::kByline;
    const bool date = Is(v, kCommentDateReason) || v.role == Role::kDate;
    if (author && d->author_line.empty()) d->author_line = text;
    if (date && d->date_line.empty()) d->date_line = text;
  }
  // What inline markup says: <time datetime>, an author-classed name, an
  // itemprop=author.
  for (const PageFacts::Stamp& t : doc.facts.times) {
    Draft* d = draft_at(t.block, false);
    if (!d || d->date) continue;
    if (const auto parsed = ParseDate(t.datetime)) {
      d->date = parsed->ToRfc3339();
    } else {
      d->date = DateOf(t.text);
    }
  }
  const Heuristics& h = GetHeuristics();
  for (const PageFacts::ItemProp& span : doc.facts.author_spans) {
    Draft* d = draft_at(span.block, false);
    if (d && !d->author && h.comment_author_class.MatchesLower(span.name)) d->author = span.value;
  }
  for (const PageFacts::ItemProp& prop : doc.facts.itemprops) {
    Draft* d = draft_at(prop.block, false);
    if (d && prop.name == "author" && !prop.value.empty()) d->author = prop.value;
  }
  std::vector<Comment> out;
  for (Draft& d : drafts) {
    if (!d.text.empty()) out.push_back(Finish(d));
  }
  return out;
}

// Text copies: a name line or a date line starts a comment, text under
// a comments heading without either starts one too.
std::vector<Comment> TextComments(const Document& doc, const Selection& sel) {
  std::vector<Comment> out;
  Draft d;
  bool open = false;  // whether d is a comment begun
  auto start = [&] {
    d = Draft{};
    open = true;
  };
  auto flush = [&] {
    if (open && !d.text.empty()) out.push_back(Finish(d));
    open = false;
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Verdict& v = sel.verdicts[i];
    if (v.role != Role::kComment) continue;
    const std::string& text = doc.blocks[i].text;
    if (Is(v, kCommentAuthorReason) || Is(v, kCommentLoneTextReason) ||
        (Is(v, kCommentDateReason) && (!open || !d.date_line.empty() || !d.text.empty()))) {
      flush();
      start();
    }
    if (Is(v, kCommentHeadReason)) {
      flush();
    } else if (Is(v, kCommentAuthorReason)) {
      d.author_line = text;
    } else if (Is(v, kCommentDateReason)) {
      d.date_line = text;
    } else if (Is(v, kCommentTextReason) || Is(v, kCommentLoneTextReason)) {
      if (!open) start();
      d.AddText(text);
    }
  }
  flush();
  return out;
}

std::string StringOf(const json& v) {
  if (v.is_string()) return CollapseSpace(ValidUtf8(v.get<std::string>()));
  if (v.is_object()) {
    if (auto it = v.find("name"); it != v.end()) return StringOf(*it);
  }
  if (v.is_array() && !v.empty()) return StringOf(v.front());
  return {};
}

void AddLinkedComments(const json& v, int depth, std::vector<Comment>& out) {
  if (depth > limits::kMaxReplyDepth) return;
  if (v.is_array()) {
    for (const json& item : v) AddLinkedComments(item, depth + 1, out);
    return;
  }
  if (!v.is_object()) return;
  Comment c;
  for (const char* key : {"text", "commentText", "description"}) {
    if (auto it = v.find(key); it != v.end() && c.text.empty()) c.text = StringOf(*it);
  }
  if (auto it = v.find("author"); it != v.end()) c.author = CommenterName(StringOf(*it));
  for (const char* key : {"dateCreated", "datePublished", "commentTime"}) {
    auto it = v.find(key);
    if (c.date || it == v.end()) continue;
    if (const auto parsed = ParseDate(StringOf(*it))) c.date = parsed->ToRfc3339();
  }
  if (!c.text.empty()) out.push_back(std::move(c));
  if (auto it = v.find("comment"); it != v.end()) AddLinkedComments(*it, depth + 1, out);
}

// Every `comment` member of the structured data, wherever it hangs
// (an article, its @graph, a DiscussionForumPosting).
void FindLinkedComments(const json& v, int depth, std::vector<Comment>& out) {
  if (depth > thresholds::linked_data::kMaxGraphDepth) return;
  if (v.is_array()) {
    for (const json& item : v) FindLinkedComments(item, depth + 1, out);
    return;
  }
  if (!v.is_object()) return;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it.key() == "comment") {
      AddLinkedComments(it.value(), 0, out);
    } else if (it->is_structured()) {
      FindLinkedComments(*it, depth + 1, out);
    }
  }
}

}  // namespace

std::optional<std::string> CommenterName(std::string_view text) {
  std::string line(Trim(text));
  if (const auto date = FindDate(line)) line.erase(date->begin);
  const std::size_t newline = line.find('\n');
  if (newline != std::string::npos) line.erase(newline);
  const Heuristics& h = GetHeuristics();
  RE2::Replace(&line, h.comment_says, "");
  // A numbered list of comments copied as text: "10. joetoronto says:".
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && line[digits] == '.') line.erase(0, digits + 1);
  std::string name;
  if (!RE2::FullMatch(line, h.comment_name_around, &name)) name = line;
  name = std::string(Trim(name));
  if (name.empty() || name.size() > limits::kAuthorMaxBytes ||
      CountWords(name) > static_cast<std::size_t>(limits::kAuthorMaxWords)) {
    return std::nullopt;
  }
  return name;
}

std::vector<Comment> LinkedDataComments(const PageFacts& facts) {
  std::vector<Comment> out;
  for (const std::string& raw : facts.json_ld) {
    if (raw.find("\"comment\"") == std::string::npos) continue;
    const json v = ParseJsonLd(raw);
    if (!v.is_discarded()) FindLinkedComments(v, 0, out);
  }
  return out;
}

std::vector<Comment> ReadComments(const Document& doc, const Selection& sel) {
  if (doc.format == SourceFormat::kText) return TextComments(doc, sel);
  std::vector<Comment> comments = HtmlComments(doc, sel);
  if (comments.empty()) comments = LinkedDataComments(doc.facts);
  // A thread told by its shape (HtmlCommentThreads) has no comment
  // elements: its marks read in order, as a text copy's.
  return comments.empty() ? TextComments(doc, sel) : comments;
}

}  // namespace pith
