#include "metadata/published_date.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "clean/clean.h"
#include "clean/comment_blocks.h"
#include "metadata/authors.h"
#include "metadata/dates.h"
#include "metadata/language.h"
#include "metadata/lexicons.h"
#include "metadata/thresholds.h"
#include "metadata/titles.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

namespace limits = thresholds::published_date;

bool SameDay(const DateTime& a, const DateTime& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

// The day `a` prints comes before the day `b` prints, whatever their
// times and zones: a masthead's bare today against an article's line
// with its time ("Nov. 8, 2023, 10:28 p.m. ET" under "November 9, 2023").
bool EarlierDay(const DateTime& a, const DateTime& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

bool SameWallClock(const DateTime& a, const DateTime& b) {
  return SameDay(a, b) && a.has_time && b.has_time && a.hour == b.hour && a.minute == b.minute;
}

// Dates a page cannot mean as its own: before the web's news sites, or
// more than a day ahead of now (a cookie expiry, an event listing).
bool Plausible(const DateTime& d) {
  static const long long kNow =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return d.year >= limits::kFirstNewsYear && d.Instant() <= kNow + limits::kMostSecondsAhead;
}

// Where a date comes from, most trusted first.
enum DateRank : int {
  kPrintedPublicationRank,  // a labelled "Published ..." line the markup contradicts
  kLinkedDataRank,
  kMetaRank,        // article:published_time, og:..., DC issued
  kOtherMetaRank,   // parsely, sailthru, plain "date"
  kItemPropRank,    // microdata in the page
  kHeaderTimeRank,  // <time> near the headline
  kDateLineRank,    // a printed date line near the headline
  kWordedDataRank,  // JSON-LD giving a bare day in words ("Jun 24, 2025")
  kWeakMetaRank,    // tags seen giving local time as UTC; a site's namespaced tags
  kUrlRank,         // /2016/02/22/ in the address
  kCompactUrlRank,  // /20160222- in the address: not held against a UTC stamp's day (AddressDay)
  kTitleRank,       // "... | DW | 28.04.2023" in the <title>
  kAnyTimeRank,     // a <time> anywhere: a last resort
};

enum class DateKind { kPublished, kModified };

struct DateCandidate {
  DateTime value;
  int rank;
  DateKind kind;
  Origin origin;
};

class PageOrder;

// Every date a page gives, with its rank, kind and origin.
class Candidates {
 public:
  // Values that are a date alone (a tag's "05/03/2024") are read in the
  // page's order, as its printed ones are.
  explicit Candidates(PageOrder& order) : order_(order) {}
  void Add(std::string_view text, int rank, DateKind kind, Origin origin);
  std::optional<DateTime> Read(std::string_view text);
  void AddMeta(const PageFacts& f, std::string_view key, int rank, DateKind kind) {
    for (const std::string& v : MetaValues(f, key)) Add(v, rank, kind, {kMetaTag, key});
  }
  bool Empty() const { return all_.empty(); }
  // Whether the page's markup (JSON-LD, meta, microdata) gives this day as
  // published.
  bool MarkupPublishes(const DateTime& day) const {
    return std::any_of(all_.begin(), all_.end(), [&](const DateCandidate& c) {
      return c.rank < kHeaderTimeRank && c.kind == DateKind::kPublished && SameDay(c.value, day);
    });
  }
  bool HasPublished() const {
    return std::any_of(all_.begin(), all_.end(), [](const DateCandidate& c) { return c.kind == DateKind::kPublished; });
  }
  bool HasMarkup() const {
    return std::any_of(all_.begin(), all_.end(), [](const DateCandidate& c) { return c.rank < kHeaderTimeRank; });
  }
  // Printed dates, found already.
  void AddFound(const DateTime& value, int rank, DateKind kind, Origin origin) {
    all_.push_back({value, rank, kind, origin});
  }
  // All of them, most trusted first (in page order within a rank).
  std::vector<DateCandidate> Ranked() && {
    std::stable_sort(all_.begin(), all_.end(),
                     [](const DateCandidate& a, const DateCandidate& b) { return a.rank < b.rank; });
    return std::move(all_);
  }

 private:
  PageOrder& order_;
  std::vector<DateCandidate> all_;
};

// A meta key without its separators ("published-date" -> "publisheddate").
std::string Bare(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c != '-' && c != '_' && c != '.' && c != ':') out += c;
  }
  return out;
}

bool IsListedPublishedKey(std::string_view key) {
  return lexicon::IsOneOf(key, lexicon::kPublishedMeta) || lexicon::IsOneOf(key, lexicon::kOtherPublishedMeta) ||
         lexicon::IsOneOf(key, lexicon::kWeakPublishedMeta);
}

// A meta key not in the lists that names the publication in its own
// spelling: the key without separators is one of the loose names.
bool IsLoosePublishedKey(std::string_view key) {
  return !IsListedPublishedKey(key) && lexicon::IsOneOf(Bare(key), lexicon::kLoosePublishedMeta);
}

// A publication or upload name after a site's own namespace
// ("dtk:publishdate", "five_hundred_pixels:uploaded").
bool IsNamespacedPublishedKey(std::string_view key) {
  const std::size_t colon = key.rfind(':');
  if (colon == std::string_view::npos || IsListedPublishedKey(key) || IsLoosePublishedKey(key)) return false;
  const std::string name = Bare(key.substr(colon + 1));
  return lexicon::IsOneOf(name, lexicon::kLoosePublishedMeta) ||
         lexicon::IsOneOf(name, lexicon::kNamespacedPublishedMeta);
}

// The earliest of the site's own publication tags that `own` picks out:
// when they disagree, a later one is a re-publication (or the time the
// page was made), as a "published-time" after the page's "modified-time"
// shows.
void AddEarliestOwnMeta(const PageFacts& f, bool (*own)(std::string_view), int rank, Candidates& out) {
  std::optional<DateTime> earliest;
  std::string_view key;
  for (const PageFacts::Meta& m : f.meta) {
    if (!own(m.key)) continue;
    const std::optional<DateTime> d = out.Read(m.content);
    if (d && (!earliest || d->Instant() < earliest->Instant())) {
      earliest = d;
      key = m.key;
    }
  }
  if (earliest) out.AddFound(*earliest, rank, DateKind::kPublished, {kMetaTag, key});
}

// A JSON-LD date written for readers: a bare day with a month word
// ("Jun 24, 2025", "August 11, 2019"), not a machine's timestamp. Site
// builders fill such a field from a page template, often with the day the
// page was last published, not the article's own day; the date line the
// article prints beside its headline is the better witness then.
bool IsWordedDay(std::string_view text) {
  const std::optional<DateTime> d = ParseDate(text);
  return d && !d->has_time && std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

// JSON-LD and the meta tags.
void AddStructuredDates(const MetadataContext& ctx, Candidates& out) {
  const PageFacts& f = ctx.doc.facts;
  const auto ld_rank = [](std::string_view text) { return IsWordedDay(text) ? kWordedDataRank : kLinkedDataRank; };
  out.Add(ctx.ld.published, ld_rank(ctx.ld.published), DateKind::kPublished, {"JSON-LD datePublished"});
  out.Add(ctx.ld.modified, ld_rank(ctx.ld.modified), DateKind::kModified, {"JSON-LD dateModified"});
  for (std::string_view key : lexicon::kPublishedMeta) out.AddMeta(f, key, kMetaRank, DateKind::kPublished);
  for (std::string_view key : lexicon::kOtherPublishedMeta) out.AddMeta(f, key, kOtherMetaRank, DateKind::kPublished);
  for (std::string_view key : lexicon::kWeakPublishedMeta) out.AddMeta(f, key, kWeakMetaRank, DateKind::kPublished);
  AddEarliestOwnMeta(f, IsLoosePublishedKey, kOtherMetaRank, out);
  // Below a printed date line: such a tag may date an embedded photo or video.
  AddEarliestOwnMeta(f, IsNamespacedPublishedKey, kWeakMetaRank, out);
  for (std::string_view key : lexicon::kModifiedMeta) out.AddMeta(f, key, kMetaRank, DateKind::kModified);
}

// The words of a meta line's part; a byline part's without the section or
// the group it names after the names ("By Jane Roe on behalf of the
// Release Team" is a name's words long).
std::size_t MetaPartWords(std::string_view part) {
  if (!StartsWithBylinePrefix(part)) return CountWords(part);
  std::string names(part);
  GetHeuristics().byline_section.Replace(&names, "");
  return CountWords(names);
}

// Where the part of a post's meta line that holds [begin, end) starts and
// ends, or nothing when the line has no mark between parts
// (lexicon::kMetaLineMarks) or one part is too long to be meta.
std::optional<std::pair<std::size_t, std::size_t>> MetaPart(std::string_view text, std::size_t begin,
                                                            std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // each mark's start and end
  for (const std::string_view mark : lexicon::kMetaLineMarks) {
    for (std::size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + mark.size())) {
      marks.emplace_back(at, at + mark.size());
    }
  }
  if (marks.empty()) return std::nullopt;
  std::sort(marks.begin(), marks.end());
  std::pair<std::size_t, std::size_t> part{0, text.size()};
  std::size_t from = 0;
  for (std::size_t k = 0; k <= marks.size(); ++k) {
    const std::size_t to = k < marks.size() ? marks[k].first : text.size();
    if (MetaPartWords(Trim(text.substr(from, to - from))) > limits::kMaxMetaPartWords) return std::nullopt;
    if (from <= begin && end <= to) part = {from, to};
    if (k < marks.size()) from = marks[k].second;
  }
  return part;
}

// The line's words, less those of the section or group a byline after the
// date names ("Posted on 2 April 2024 · By Jane Roe on behalf of the
// Steering Committee" counts as far as the name).
std::int32_t WordsWithoutGroup(const std::string& text, const DateMatch& first, std::int32_t words) {
  std::string after = text.substr(first.end);
  if (!GetHeuristics().byline_section.Replace(&after, "")) return words;
  return static_cast<std::int32_t>(CountWords(std::string_view(text).substr(0, first.end)) + CountWords(after));
}

// A post's meta line whose part holding the date is nearly all date.
bool IsMetaDateLine(std::string_view text, const DateMatch& first) {
  const auto part = MetaPart(text, first.begin, first.end);
  if (!part) return false;
  const std::string_view date_part = Trim(text.substr(part->first, part->second - part->first));
  return !date_part.empty() && static_cast<double>(first.end - first.begin) >=
                                   limits::kMinLineCoverage * static_cast<double>(date_part.size());
}

// A field of a Chinese or Japanese info line: a label of Han characters,
// a colon, and its value if any ("来源：例报", the date's own "发布时间：").
bool CjkLabelledField(std::string_view field) {
  std::size_t colon = field.find("\uFF1A");
  if (colon == std::string_view::npos) colon = field.find(':');
  std::size_t k = 0;
  const char32_t first = NextCodePoint(field, k);
  return colon != std::string_view::npos && colon > 0 && first >= U'\u3400' && first <= U'\u9FFF';
}

// A Chinese or Japanese info line: besides its dates only "label：value"
// fields ("2024-04-18 09:20 来源：例报 作者：王小明 编辑：李华", "更新时间：
// 2024-04-19 10:00 发布时间：2024-04-18 09:20"). A long one covers little
// of the line with its date, yet it is a date line (news pages of two
// Chinese sites; the update before the publication, made-up pages).
bool CjkInfoLine(std::string_view text, const std::vector<DateMatch>& dates) {
  // Han labels: a line in ASCII has none.
  if (IsAscii(text)) return false;
  bool any = false;
  std::size_t gap = 0;  // where the text between two dates starts
  for (std::size_t d = 0; d <= dates.size(); ++d) {
    const std::size_t gap_end = d < dates.size() ? std::max(dates[d].begin, gap) : text.size();
    const std::string_view part = text.substr(gap, gap_end - gap);
    for (std::size_t from = 0; from < part.size();) {
      const std::size_t space = std::min(part.find(' ', from), part.size());
      const std::string_view field = part.substr(from, space - from);
      if (!field.empty() && !CjkLabelledField(field)) return false;
      any = any || !field.empty();
      from = space + 1;
    }
    if (d < dates.size()) gap = std::max(dates[d].end, gap);
  }
  return any;
}

// A line that prints the date with more around it, in a text copy or an
// HTML block ("05 Nov 2025. 8 minutes read", "By Jane Roe ⋅ Editor ⋅
// Updated November 18, 2025" on blogs and review sites): the
// dates are nearly all of a long line ("Dec. 13, 2016, 12:31 PM UTC /
// Updated Dec. 13, 2016, 6:06 PM UTC"), or the byline leads it ("By Dario
// Durando | November 02, 2018", "Sarah Gooding March 9, 2017", "November
// 20, 2019 Emiliano Bellini"), or a part of a post's meta line is the
// date ("by Jane Roe | Feb 6, 2025 | Tips | 0 comments").
bool IsTextDateLine(const std::string& text, std::int32_t words, const std::vector<DateMatch>& dates) {
  const DateMatch& first = dates.front();
  const double coverage = first.coverage;
  if (coverage >= limits::kMinLineCoverage && words <= limits::kMaxTextLineWords) return true;
  if (coverage >= limits::kMinLongLineCoverage && words <= limits::kMaxLineWords) return true;
  // The date leads and a byline follows it, with the post's category and
  // tags after that as often ("January 17, 2017 at 6:08 PM ET by Kori
  // Schulman", "2019年3月2日09:18 by 深海 | カテゴリー 社会").
  if (first.begin == 0 && words <= limits::kMaxLineWords && StartsWithBylinePrefix(text)) return true;
  // A label is all that comes before the date, and a reading time or an
  // update may follow it ("Published Jun 05, 2026 • Last updated 1 day
  // ago • 2 minute read", "Posted on April 13, 2023").
  if (first.begin > 0 && WordsWithoutGroup(text, first, words) <= limits::kMaxTextLineWords &&
      GetHeuristics().date_label_lead.FullMatch(std::string_view(text).substr(0, first.begin))) {
    return true;
  }
  if (words <= limits::kMaxLineWords && IsMetaDateLine(text, first)) return true;
  if (words <= limits::kMaxLineWords && CjkInfoLine(text, dates)) return true;
  if (words > limits::kMaxTextBylineDateWords || coverage < limits::kMinBylineDateCoverage) return false;
  // A short line that opens with its date: "Oct 18, 2019 · 8 min read".
  if (first.begin == 0 && words <= limits::kMaxDateLedLineWords) return true;
  // A reviewer's credit may lead the writer's byline ("Medically reviewed
  // by ... — Written by ... — Updated ...").
  return NamesLead(WithoutCreditClauses(text));
}

// `before`, the text before a date, without the date's weekday at its end
// ("« Sunday, " -> "« "): a diary prints the neighbour's day with it.
std::string_view WithoutTrailingWeekday(std::string_view before) {
  std::string_view rest = before;
  while (!rest.empty() && (rest.back() == ',' || rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
  const std::size_t space = rest.find_last_of(' ');
  const std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
  if (word.empty() || !IsDateWord(LowerSameLength(word)) || GetHeuristics().date_label_lead.FullMatch(word)) {
    return before;
  }
  return rest.substr(0, rest.size() - word.size());
}

// A link to the previous or next post that gives that post's day ("«
// March 2, 2021 | March 6, 2021 »", "Previous entry: 2 March 2021", "«
// Sunday, 10 March 2019"): the line is mostly links and nothing but an
// arrow or such a label (and the day's weekday) stands before the first
// date or after the last. A text copy has lost the links; the label or
// arrow alone says it there.
bool IsNavDateLine(const MetadataContext& ctx, std::size_t u, const std::vector<DateMatch>& dates) {
  if (ctx.Html() && ctx.stats[u].link_density < limits::kMinNavDateLinkDensity) return false;
  const std::string_view text = ctx.doc.blocks[u].text;
  const std::string_view before = WithoutTrailingWeekday(text.substr(0, dates.front().begin));
  const std::string_view after = text.substr(dates.back().end);
  const Heuristics& h = GetHeuristics();
  return (!before.empty() && h.date_nav_lead.FullMatch(before)) || (!after.empty() && RE2::FullMatch(Piece(after), h.date_nav_tail));
}

// A block in the header zone that prints a date line: mostly dates, a
// line of a date line's shape, or (in HTML) a date-classed element or a
// short line beside the headline.
bool IsDateLine(const MetadataContext& ctx, std::int32_t i, const std::vector<DateMatch>& dates) {
  const auto u = static_cast<std::size_t>(i);
  const std::int32_t words = ctx.stats[u].words;
  if (IsNavDateLine(ctx, u, dates) || OpensStoryOfPerson(ctx.doc.blocks[u].text)) return false;
  if (dates.front().coverage >= limits::kMinLineCoverage &&
      words <= (ctx.Html() ? limits::kMaxLineWords : limits::kMaxTextLineWords)) {
    return true;
  }
  if (IsTextDateLine(ctx.doc.blocks[u].text, words, dates)) return true;
  if (!ctx.Html()) return false;
  // A date in a date-classed element, or a short line beside the
  // headline ("Medical Daily 9/21/2016 Lizette Borreli").
  return (ctx.ElementHas(ctx.doc.blocks[u].element, kDateLike, thresholds::header::kClassAncestors) &&
          words <= limits::kMaxClassedLineWords) ||
         (ctx.headline_block >= 0 && std::abs(i - ctx.headline_block) <= limits::kBlocksFromHeadline &&
          words <= limits::kMaxBesideHeadlineWords);
}

// The dates of a line but those an expiry label leads ("03:12 Min.
// Verfügbar bis 14.08.2025"): the day a video or a draft goes, not the
// page's. The label stands within a few bytes before the date's end.
std::vector<DateMatch> WithoutExpiries(std::string_view text, std::vector<DateMatch> dates) {
  const Heuristics& h = GetHeuristics();
  std::size_t prev = 0;
  std::erase_if(dates, [&](const DateMatch& m) {
    const std::size_t from = std::max(prev, m.begin > limits::kExpiryLabelBytes ? m.begin - limits::kExpiryLabelBytes : 0);
    prev = m.end;
    return m.end > from && h.expiry_label.PartialMatch(text.substr(from, m.end - from));
  });
  return dates;
}

// The order of the page's dates in numbers (dates.h), worked out the first
// time a line holds one that either order could read.
class PageOrder {
 public:
  explicit PageOrder(const MetadataContext& ctx) : ctx_(ctx) {}
  // The dates of block i, read in the page's order.
  std::vector<DateMatch> LineDates(std::int32_t i) {
    const std::string& text = ctx_.doc.blocks[static_cast<std::size_t>(i)].text;
    std::vector<DateMatch> dates = FindDates(text, limits::kMaxDatesPerLine);
    const bool ambiguous = std::any_of(dates.begin(), dates.end(), [](const DateMatch& m) {
      return m.form == DateMatch::Form::kAmbiguousNumeric;
    });
    if (ambiguous && Order() != NumericOrder::kBySeparator) dates = FindDates(text, limits::kMaxDatesPerLine, Order());
    return WithoutExpiries(text, std::move(dates));
  }
  // A value that should be nothing but a date (ParseDate), read in the
  // page's order when either order could read it.
  std::optional<DateTime> Read(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const std::optional<DateMatch> m = FindDate(text);
    if (!m) return ParseBasicIsoDate(text);
    if (m->form != DateMatch::Form::kAmbiguousNumeric || Order() == NumericOrder::kBySeparator) return m->value;
    const std::vector<DateMatch> again = FindDates(text, 1, Order());
    return again.empty() ? m->value : again.front().value;
  }

 private:
  NumericOrder Order() {
    if (order_) return *order_;
    const std::string lang = Language();
    order_ = PageNumericOrder(AllDates(), lang);
    if (*order_ == NumericOrder::kBySeparator && lang == "en") order_ = EnglishOrder();
    return *order_;
  }
  // An English page that declares no region (or a copy, which declares
  // nothing) and whose dates do not tell the order: its spelling does.
  NumericOrder EnglishOrder() const {
    std::string text;
    for (const Block& b : ctx_.doc.blocks) text.append(b.text).append("\n");
    const std::string_view region = EnglishRegionBySpelling(text);
    if (region.empty()) return NumericOrder::kEnglishBySeparator;
    return lexicon::IsOneOf(region, lexicon::kMonthFirstRegions) ? NumericOrder::kMonthFirst
                                                                   : NumericOrder::kEnglishDayFirst;
  }
  std::vector<DateMatch> AllDates() const {
    std::vector<DateMatch> all;
    for (const Block& b : ctx_.doc.blocks) {
      const std::vector<DateMatch> dates = FindDates(b.text);
      all.insert(all.end(), dates.begin(), dates.end());
    }
    return all;
  }
  // The declared language, or a text copy's by its body. A page may
  // declare its region only in og:locale ("en" beside "en_GB").
  std::string Language() const {
    if (ctx_.article.language) {
      const std::string& lang = *ctx_.article.language;
      if (lang.find('-') != std::string::npos) return lang;
      const std::string locale = NormalizeLanguageTag(MetaValue(ctx_.doc.facts, "og:locale"));
      return locale.starts_with(lang + '-') ? locale : lang;
    }
    std::string body;
    for (std::size_t u = 0; u < ctx_.doc.blocks.size(); ++u) {
      if (ctx_.RoleOf(u) == Role::kBody) body.append(ctx_.doc.blocks[u].text).append("\n");
    }
    const std::optional<DetectedLanguage> detected = DetectLanguage(body);
    return detected ? detected->tag : std::string();
  }

  const MetadataContext& ctx_;
  std::optional<NumericOrder> order_;
};

void Candidates::Add(std::string_view text, int rank, DateKind kind, Origin origin) {
  if (auto d = Read(text)) all_.push_back({*d, rank, kind, origin});
}

std::optional<DateTime> Candidates::Read(std::string_view text) { return order_.Read(text); }

// A teaser card set into the story: the line's nearest <article> lies
// inside the headline's own <article> ("Read also" boxes in the text of
// a news page, a related story embedded between paragraphs). Its date is
// that story's.
bool InNestedArticle(const MetadataContext& ctx, std::int32_t i) {
  if (ctx.headline_block < 0) return false;
  const Document& doc = ctx.doc;
  const auto article_of = [&](std::int32_t block) {
    return doc.Enclosing(doc.blocks[static_cast<std::size_t>(block)].element, Tag::kArticle);
  };
  const std::int32_t own = article_of(ctx.headline_block);
  const std::int32_t line = article_of(i);
  return own >= 0 && line > own && doc.Contains(own, line);
}

// Whether a <time>'s class or itemprop says it is the update's.
bool HintsModified(const PageFacts::Stamp& t) {
  return std::any_of(std::begin(lexicon::kModifiedTimeHints), std::end(lexicon::kModifiedTimeHints),
                     [&](std::string_view hint) { return t.hints.find(hint) != std::string::npos; });
}

// `before` without the one date word (a weekday) that ends it, as a
// label may stand before the weekday ("Last modified on Wed 5 Jun 2024"):
// a news site's line of two stamps, each with its weekday.
std::string_view WithoutLastDateWord(std::string_view before) {
  std::string_view rest = Trim(before);
  while (!rest.empty() && (rest.back() == ',' || rest.back() == '.')) rest.remove_suffix(1);
  const std::size_t space = rest.find_last_of(" \t\n");
  const std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
  if (word.empty() || !IsDateWord(LowerSameLength(word))) return before;
  return rest.substr(0, rest.size() - word.size());
}

bool InComment(const MetadataContext& ctx, const PageFacts::Stamp& t) {
  return t.block < ctx.Blocks() && ctx.RoleOf(static_cast<std::size_t>(t.block)) == Role::kComment;
}

// Whether the text before a <time> in its line labels it as the update
// ("Last updated <time>June 1, 2023</time>", a class-less <time> over
// the published one).
bool LabelledUpdateStamp(const MetadataContext& ctx, const PageFacts::Stamp& t) {
  if (t.text.empty() || t.block >= ctx.Blocks()) return false;
  const std::string& line = ctx.doc.blocks[static_cast<std::size_t>(t.block)].text;
  if (line.size() > limits::kMaxUpdateLabelLineBytes) return false;
  const std::size_t at = line.find(t.text);
  if (at == std::string::npos) return false;
  const std::string_view before = std::string_view(line).substr(0, at);
  const AnyCasePattern& label = GetHeuristics().modified_label_before;
  return label.PartialMatch(before) || label.PartialMatch(WithoutLastDateWord(before));
}

// Microdata and <time> elements: those near the headline rank above the
// printed date line, the others below everything. A value in numbers
// that either order could read ("02/11/2023" in a <time> with no
// datetime) is read in the page's order, as its date lines are.
void AddMarkupDates(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  const PageFacts& f = ctx.doc.facts;
  const auto add = [&](std::string_view text, int rank, DateKind kind, Origin origin) {
    if (const std::optional<DateTime> d = order.Read(text)) out.AddFound(*d, rank, kind, origin);
  };
  for (const PageFacts::ItemProp& p : f.itemprops) {
    const Origin itemprop{"microdata itemprop", p.name};
    if (lexicon::IsOneOf(p.name, lexicon::kPublishedItemProps)) {
      add(p.value, kItemPropRank, DateKind::kPublished, itemprop);
    }
    if (lexicon::IsOneOf(p.name, lexicon::kModifiedItemProps)) {
      add(p.value, kItemPropRank, DateKind::kModified, itemprop);
    }
  }
  const auto zone = ctx.Zone();
  const auto near = [&](const PageFacts::Stamp& t) {
    // A teaser card's <time> is that story's, above the headline too.
    return t.block >= zone.first && t.block < zone.second && !ctx.OtherStory(static_cast<std::size_t>(t.block)) &&
           !InNestedArticle(ctx, t.block);
  };
  // A <time> after an update label ("Last updated <time>") is the update
  // when another <time> of the header is not: a site may label its only
  // stamp "Aktualisiert am" for every story.
  // Each shown <time>'s nearness is asked once (it walks up to the
  // enclosing <article>s).
  std::vector<bool> shown_near, labelled_update;
  bool near_published = false;
  for (const PageFacts::Stamp& t : f.times) {
    shown_near.push_back(!t.hidden && near(t));
    labelled_update.push_back(shown_near.back() && LabelledUpdateStamp(ctx, t));
    near_published = near_published || (shown_near.back() && !labelled_update.back() && !HintsModified(t));
  }
  for (std::size_t k = 0; k < f.times.size(); ++k) {
    const PageFacts::Stamp& t = f.times[k];
    if (t.hidden || InComment(ctx, t)) continue;  // ReadHiddenDate's; AddCommentTime's
    const bool is_near = shown_near[k];
    add(t.datetime.empty() ? t.text : t.datetime, is_near ? kHeaderTimeRank : kAnyTimeRank,
        HintsModified(t) || (labelled_update[k] && near_published) ? DateKind::kModified : DateKind::kPublished,
        {is_near ? "DOM <time> near the headline" : "DOM <time> elsewhere on the page"});
  }
}

// A comment's <time> (the comment's, near a short story's end too), which
// only a page that gives no other publication date is dated by: its first
// comment most often comes the day it was posted (a blog's old post whose
// only other line is "Last updated on ...").
void AddCommentTime(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  for (const PageFacts::Stamp& t : ctx.doc.facts.times) {
    if (t.hidden || !InComment(ctx, t)) continue;
    if (const std::optional<DateTime> d = order.Read(t.datetime.empty() ? t.text : t.datetime)) {
      out.AddFound(*d, kAnyTimeRank, DateKind::kPublished, {"DOM <time> of the first comment"});
      return;
    }
  }
}

// The text between date k and the next one (or the line's end).
std::string_view TextAfterDate(std::string_view text, const std::vector<DateMatch>& dates, std::size_t k) {
  const std::size_t next = k + 1 < dates.size() ? dates[k + 1].begin : text.size();
  return text.substr(dates[k].end, next >= dates[k].end ? next - dates[k].end : 0);
}

// Whether the text after date k starts with a label glued to it ("更新",
// "公開"): that date's label, not the next one's.
bool GluedLabelAfter(std::string_view text, const std::vector<DateMatch>& dates, std::size_t k) {
  const Heuristics& h = GetHeuristics();
  const std::string_view after = TextAfterDate(text, dates, k);
  return !after.empty() && after.front() != ' ' && after.front() != '\t' &&
         (RE2::PartialMatch(Piece(after), h.modified_label_after) ||
          StartsWithPublishedLabel(after));
}

// Whether each date of a date line is the update by the label before (or,
// in Japanese and Korean, after) it. A label between two dates, spaced off
// the earlier one, leads into the later one ("입력 2024.03.12 14:30 수정
// 2024.03.13 09:00": entered, then revised); glued to the earlier one it
// is that one's ("2024年3月12日 10:00更新 2024年3月1日 18:30公開"), and a
// publication's label after a date makes it no update.
std::vector<bool> LabelledUpdates(const std::string& text, const std::vector<DateMatch>& dates) {
  const Heuristics& h = GetHeuristics();
  std::vector<bool> modified;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const std::string_view before = std::string_view(text).substr(0, dates[k].begin);
    const std::string_view after = TextAfterDate(text, dates, k);
    const bool spaced = !after.empty() && (after.front() == ' ' || after.front() == '\t');
    const bool last = k + 1 == dates.size();
    const bool leads_into_next = !last && spaced && h.modified_label_before.PartialMatch(after);
    const bool own_label_before = k == 0 || !GluedLabelAfter(text, dates, k - 1);
    const bool published_after = StartsWithPublishedLabel(after) && (last || !spaced);
    modified.push_back(!published_after &&
                       ((own_label_before && (h.modified_label_before.PartialMatch(before) ||
                                              h.modified_label_before.PartialMatch(WithoutLastDateWord(before)))) ||
                        (RE2::PartialMatch(Piece(after), h.modified_label_after) && !leads_into_next)));
  }
  return modified;
}

// Every date of the line is the update by its label.
bool AllUpdates(const std::string& text, const std::vector<DateMatch>& dates) {
  const std::vector<bool> updates = LabelledUpdates(text, dates);
  return std::all_of(updates.begin(), updates.end(), [](bool u) { return u; });
}

// Each date of a date line, published or modified by its label. An
// unlabelled date before an earlier unlabelled one is the update: a blog
// theme prints both, the update first, where the copy keeps the hidden
// one ("May 21, 2025April 24, 2025 by Jane Roe"). True when one of them is
// plausible.
bool AddLineDates(const MetadataContext& ctx, std::int32_t i, const std::vector<DateMatch>& dates,
                  Candidates& out) {
  std::vector<bool> modified = LabelledUpdates(ctx.doc.blocks[static_cast<std::size_t>(i)].text, dates);
  for (std::size_t k = 0; k < dates.size(); ++k) {
    for (std::size_t l = k + 1; l < dates.size() && !modified[k]; ++l) {
      modified[k] = !modified[l] && dates[l].value.Instant() < dates[k].value.Instant() &&
                    !SameDay(dates[l].value, dates[k].value);
    }
  }
  bool plausible = false;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    out.AddFound(dates[k].value, kDateLineRank, modified[k] ? DateKind::kModified : DateKind::kPublished,
                 ctx.BlockOrigin(i));
    plausible = plausible || Plausible(dates[k].value);
  }
  return plausible;
}

// Whether one word before the date is a date word other than a label: a
// weekday ("Wednesday, April 16, 2025", "Montag30. Juni 2025").
bool AfterWeekday(std::string_view text, const DateMatch& date) {
  std::string_view before = Trim(text.substr(0, date.begin));
  while (!before.empty() && (before.back() == ',' || before.back() == '.')) before.remove_suffix(1);
  return !before.empty() && before.find(' ') == std::string_view::npos && IsDateWord(LowerSameLength(before)) &&
         !GetHeuristics().date_label_lead.FullMatch(before);
}

// What the date line after a masthead's bare date must show to prove it
// one: nothing more (after its weekday), to stand under the headline (in
// HTML), or (in a copy, whose headline is not known yet) to sit beside
// the byline, as the article's own line does ("November 9, 2023" over the
// menu, then "By Jane Roe" and "Published Nov. 8, 2023, 10:28 p.m. ET";
// "June 20, 2023" over the menu, then "by Jane Roe" and "June 19, 2023":
// pages of two sites). A publication label before the later date proves
// it as well: a copy may set the byline lines away from it (lynx's "By",
// the name, the author's links, then "Published Nov. 8, 2023").
enum class MastheadProof { kNone, kUnderHeadline, kBesideByline };

// Whether block `i` has a byline (a line that starts "By ...") just
// above or below it.
bool BesideByline(const MetadataContext& ctx, std::int32_t i) {
  for (std::int32_t j : {i - 1, i + 1}) {
    if (j >= 0 && j < ctx.Blocks() && ctx.BylinePrefixed(j)) return true;
  }
  return false;
}

// Whether a publication label is all that stands before line `i`'s first
// date ("Published Nov. 8, 2023"); an update label is none.
bool PublicationLabelled(const MetadataContext& ctx, std::int32_t i, const std::vector<DateMatch>& dates) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
  if (dates.front().begin == 0 || LabelledUpdates(text, dates).front()) return false;
  // The label may stand before the date's weekday ("Published Wed, Nov. 8").
  const std::string_view before = std::string_view(text).substr(0, dates.front().begin);
  const Heuristics& h = GetHeuristics();
  return h.date_label_lead.FullMatch(before) || h.date_label_lead.FullMatch(WithoutLastDateWord(before));
}

// Whether line `i`, which prints `today` alone, reads as a masthead's
// date: after its weekday, or bare where a site's top bar prints today
// ("November 9, 2023" in the site header, "01 Feb 2025" beside the print
// edition's cover) rather than an article's kicker: in HTML far above the
// headline, in a copy away from any byline. The bare form needs the proof
// `proof` from the article's own line.
bool MastheadShape(const MetadataContext& ctx, std::int32_t i, const DateMatch& today, MastheadProof& proof) {
  proof = MastheadProof::kNone;
  if (AfterWeekday(ctx.doc.blocks[static_cast<std::size_t>(i)].text, today)) return true;
  if (!ctx.Html()) {
    proof = MastheadProof::kBesideByline;
    return !BesideByline(ctx, i);
  }
  proof = MastheadProof::kUnderHeadline;
  return i < ctx.headline_block - limits::kBlocksFromHeadline;
}

// A masthead: the site prints today's date alone, after its weekday (or
// bare in the top bar) and without a time ("Wednesday, April 16,
// 2025" over the menu), above the article's own date line, which gives an
// earlier day. An article's date
// line without the weekday ("05 Gennaio 2025") may sit over a related
// story's as well. In HTML the masthead stands above the headline; the
// article's own line under it may open with the weekday ("jeudi 13 juin
// 2019"). True when line `i`, whose dates are `dates`, is such a date and
// the next date line up to `hi` gives an earlier day.
bool IsMastheadDate(const MetadataContext& ctx, PageOrder& order, std::int32_t i, std::int32_t hi,
                    const std::vector<DateMatch>& dates) {
  const DateMatch& today = dates.front();
  MastheadProof proof = MastheadProof::kNone;
  if (ctx.Html() && (ctx.headline_block < 0 || i >= ctx.headline_block)) return false;
  if (dates.size() != 1 || today.value.has_time || today.coverage < limits::kMinLongLineCoverage ||
      !MastheadShape(ctx, i, today, proof)) {
    return false;
  }
  for (std::int32_t j = i + 1; j < hi; ++j) {
    if (!ctx.Claimable(j) || ctx.stats[static_cast<std::size_t>(j)].words > limits::kMaxLineWords) continue;
    const std::vector<DateMatch> later = order.LineDates(j);
    if (later.empty() || !IsDateLine(ctx, j, later)) continue;
    const bool proven = proof == MastheadProof::kNone ||
                        (proof == MastheadProof::kUnderHeadline && j > ctx.headline_block) ||
                        (proof == MastheadProof::kBesideByline &&
                         (BesideByline(ctx, j) || PublicationLabelled(ctx, j, later)));
    return proven && EarlierDay(later.front().value, today.value) && Plausible(later.front().value);
  }
  return false;
}

// Whether two blocks sit in elements of one shape: the same tag and class,
// under parents of the same tag and class.
bool SameShape(const MetadataContext& ctx, std::int32_t a, std::int32_t b) {
  const auto& els = ctx.doc.elements;
  std::int32_t ea = ctx.doc.blocks[static_cast<std::size_t>(a)].element;
  std::int32_t eb = ctx.doc.blocks[static_cast<std::size_t>(b)].element;
  for (int level = 0; level < 2; ++level) {
    if (ea < 0 || eb < 0) return ea == eb;
    const Element& x = els[static_cast<std::size_t>(ea)];
    const Element& y = els[static_cast<std::size_t>(eb)];
    if (x.tag != y.tag || x.cls != y.cls || x.depth != y.depth) return false;
    ea = x.parent;
    eb = y.parent;
  }
  return true;
}

// A story card's date in a list of cards (related posts, a feed widget):
// another date line of the zone in an element of the same shape, past a
// card's title, gives another day. The line just after is the update's
// ("Published: Nov 24, 2025" over "Updated: Dec 04, 2025").
bool IsCardDate(const MetadataContext& ctx, PageOrder& order, std::int32_t i, std::int32_t lo, std::int32_t hi,
                const std::vector<DateMatch>& dates) {
  // A line between the headline and the body's first block is the
  // article's header: only cards set there too make it one of theirs. A
  // side list of stories above the headline or after the body may print
  // its dates in the very same field element (a CMS's date field, under
  // the article's headline and on every card of its "most read" list).
  if (ctx.headline_block >= 0 && i > ctx.headline_block && i < ctx.Anchor()) {
    lo = std::max(lo, ctx.headline_block + 1);
    hi = std::min(hi, ctx.Anchor());
  }
  for (std::int32_t j = lo; j < hi; ++j) {
    if (std::abs(j - i) < 2 || ctx.OtherStory(static_cast<std::size_t>(j)) || !SameShape(ctx, i, j)) continue;
    const std::vector<DateMatch> other = order.LineDates(j);
    if (!other.empty() && !SameDay(other.front().value, dates.front().value)) return true;
  }
  return false;
}

// A block of a box the cleaner left out as chrome that holds what others
// wrote about the page: a shop's customer reviews, a forum's author panel
// beside each post (the member's join date), a comment thread known by its
// class alone. Like a comment's, a date there is not the page's. Other
// chrome boxes may hold the page's own date line (a header's "meta" or
// "social-share" box), so the box's class must say so.
bool InOthersPost(const MetadataContext& ctx, std::size_t u) {
  const char* reason = ctx.verdicts[u].reason;
  if (!IsNamed(reason, kChromeContainerReason) && !IsNamed(reason, kBoxBesideTextReason)) return false;
  std::int32_t e = ctx.doc.blocks[u].element;
  for (int level = 0; e >= 0 && level <= limits::kOthersPostLevels; ++level) {
    const Element& el = ctx.doc.elements[static_cast<std::size_t>(e)];
    if (IsOthersPostBox(el)) return true;
    e = el.parent;
  }
  return false;
}

// A date line's shape: its marks outside the dates, each run of words
// as one "a" and each date as "D" ("Jane Roe | June 5, 2025" and "St.
// Martin's Press | May 1, 2025" are both "a|D"). Spaces, apostrophes and
// dots are a name's.
std::string DateLineShape(std::string_view text, const std::vector<DateMatch>& dates) {
  std::string shape;
  const auto add = [&](std::size_t from, std::size_t to) {
    for (std::size_t at = from; at < to && at < text.size(); ++at) {
      const unsigned char c = static_cast<unsigned char>(text[at]);
      if (c == ' ') continue;
      if (std::isalnum(c) || c >= 0x80 || c == '\'' || c == '.') {
        if (shape.empty() || shape.back() != 'a') shape.push_back('a');
      } else {
        shape.push_back(static_cast<char>(c));
      }
    }
  };
  std::size_t at = 0;
  for (const DateMatch& m : dates) {
    add(at, m.begin);
    shape.push_back('D');
    at = m.end;
  }
  add(at, text.size());
  return shape;
}

// In a text copy, the last date line above the body when the lines above
// it are a list of story cards (related stories over the article, a
// video list): three or more date lines before the body that give
// different days, the last of another shape than every card's. Else -1.
std::int32_t LastOfCardRun(const MetadataContext& ctx, PageOrder& order, std::int32_t i,
                           const std::vector<DateMatch>& dates) {
  if (ctx.Html() || i >= ctx.Anchor()) return -1;
  bool other_day = false;
  std::vector<std::pair<std::int32_t, std::string>> lines;  // each later date line and its shape
  for (std::int32_t j = i + 1; j < ctx.Anchor(); ++j) {
    if (!ctx.Claimable(j) || ctx.stats[static_cast<std::size_t>(j)].words > limits::kMaxLineWords) continue;
    const std::vector<DateMatch> d = order.LineDates(j);
    if (d.empty() || !IsDateLine(ctx, j, d) || !Plausible(d.front().value)) continue;
    other_day = other_day || !SameDay(d.front().value, dates.front().value);
    lines.emplace_back(j, DateLineShape(ctx.doc.blocks[static_cast<std::size_t>(j)].text, d));
  }
  if (static_cast<std::int32_t>(lines.size()) + 1 < limits::kMinCardRunLines || !other_day) return -1;
  const std::string& last = lines.back().second;
  const bool card = DateLineShape(ctx.doc.blocks[static_cast<std::size_t>(i)].text, dates) == last ||
                    std::any_of(lines.begin(), lines.end() - 1, [&](const auto& l) { return l.second == last; });
  return card ? -1 : lines.back().first;
}

// The first paragraph of the body under an HTML page's headline, when it
// lies within kBlocksHeadlineToText; else -1. The lines between are the
// article's header, however many share buttons stand there.
std::int32_t TextUnderHeadline(const MetadataContext& ctx) {
  if (!ctx.Html() || ctx.headline_block < 0) return -1;
  const std::int32_t end = std::min(ctx.Blocks(), ctx.headline_block + 1 + thresholds::header::kBlocksHeadlineToText);
  for (std::int32_t i = ctx.headline_block + 1; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kBody && ctx.stats[u].words > limits::kMaxLineWords) return i;
  }
  return -1;
}

// The element that holds an HTML page's headline and the body's first
// block (the article's own column), or -1.
std::int32_t ArticleColumn(const MetadataContext& ctx) {
  if (ctx.headline_block < 0 || ctx.Anchor() >= ctx.Blocks()) return -1;
  const auto& blocks = ctx.doc.blocks;
  return ctx.doc.CommonAncestor(blocks[static_cast<std::size_t>(ctx.headline_block)].element,
                                blocks[static_cast<std::size_t>(ctx.Anchor())].element);
}

// Whether element `e` lies in a side box (<aside>, <nav>) that is not
// inside `column`.
bool InSideBox(const Document& doc, std::int32_t e, std::int32_t column) {
  for (Tag tag : {Tag::kAside, Tag::kNav}) {
    const std::int32_t box = doc.Enclosing(e, tag);
    if (box >= 0 && !doc.Contains(box, column) && !doc.Contains(column, box)) return true;
  }
  return false;
}

// A printed date line of the header (its block) and the dates it gives.
struct DateLine {
  std::int32_t i;
  std::vector<DateMatch> dates;
};

// An HTML page's zone date lines without those above the headline that
// stand outside the article's column, when they are a sidebar's (a
// "Recent posts" or "Latest comments" list set before the article in the
// source) or when a date line in the column dates the article itself.
std::vector<DateLine> WithoutOutsideLines(const MetadataContext& ctx, std::vector<DateLine> lines) {
  const std::int32_t column = ArticleColumn(ctx);
  if (column < 0) return lines;
  const Document& doc = ctx.doc;
  const auto element = [&](std::int32_t i) { return doc.blocks[static_cast<std::size_t>(i)].element; };
  const bool own_line = std::any_of(lines.begin(), lines.end(), [&](const DateLine& l) {
    return l.i > ctx.headline_block && doc.Contains(column, element(l.i));
  });
  std::erase_if(lines, [&](const DateLine& l) {
    const bool outside = l.i < ctx.headline_block && !doc.Contains(column, element(l.i));
    return outside && (own_line || InSideBox(doc, element(l.i), column));
  });
  return lines;
}

// How line `i` labels its first date: a publication label ("Posted on",
// "Veröffentlicht am"), an update label, another label ending in a colon
// ("Event date:", "Termin:", "Wanneer:") or none.
enum class LineLabel { kNone, kPublication, kUpdate, kOther };

LineLabel LabelOf(const MetadataContext& ctx, const DateLine& line) {
  const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(line.i)].text;
  const std::vector<DateMatch>& dates = line.dates;
  if (dates.empty() || dates.front().begin == 0) return LineLabel::kNone;
  if (LabelledUpdates(text, dates).front()) return LineLabel::kUpdate;
  const std::string_view before = WithoutLastDateWord(std::string_view(text).substr(0, dates.front().begin));
  const Heuristics& h = GetHeuristics();
  if (h.date_label_lead.FullMatch(before)) return LineLabel::kPublication;
  const std::string_view label = Trim(before);
  const bool colon = !label.empty() && label.back() == ':';
  return colon && CountWords(label) <= limits::kMaxForeignDateLabelWords ? LineLabel::kOther : LineLabel::kNone;
}

// An HTML page's zone date lines without those whose date another label
// names ("Event date: Saturday, 24 June 2023", "Termin: 24. Juni 2023"
// over "Posted on 17 May 2023": an event's or a deadline's day on event
// and club pages), when a line labels its date as the publication.
std::vector<DateLine> WithoutOtherEvents(const MetadataContext& ctx, std::vector<DateLine> lines) {
  std::vector<LineLabel> labels;
  for (const DateLine& l : lines) labels.push_back(LabelOf(ctx, l));
  if (std::find(labels.begin(), labels.end(), LineLabel::kPublication) == labels.end()) return lines;
  std::vector<DateLine> kept;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (labels[k] != LineLabel::kOther) kept.push_back(std::move(lines[k]));
  }
  return kept;
}

// Whether block `u` is a picture's caption: by its verdict, or by its
// <figcaption> element when the cleaner dropped it above the headline.
bool InCaption(const MetadataContext& ctx, std::size_t u) {
  return ctx.RoleOf(u) == Role::kCaption || ctx.doc.Enclosing(ctx.doc.blocks[u].element, Tag::kFigcaption) >= 0;
}

// Printed date lines in the header: "Monday 22 February 2016 08:27 GMT",
// "Published 3 May · Updated 4 May", down to the text under the headline;
// with `from_top`, from the page's first line on. Gives the lines found.
std::vector<std::int32_t> AddDateLines(const MetadataContext& ctx, PageOrder& order, Candidates& out,
                                       bool from_top) {
  std::vector<DateLine> found;
  auto [lo, hi] = ctx.Zone();
  if (from_top) lo = 0;
  hi = std::max(hi, TextUnderHeadline(ctx));
  for (std::int32_t i = lo; i < hi; ++i) {
    const auto u = static_cast<std::size_t>(i);
    // A short story's zone may reach the heading of its comments, whose
    // dates are their own (not any block classed as a comment's: a post's
    // own "comments-date" line).
    if (i > ctx.Anchor() && IsNamed(ctx.verdicts[u].reason, kCommentHeadReason)) break;
    if (!ctx.Claimable(i) || ctx.stats[u].words > limits::kMaxLineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || !IsDateLine(ctx, i, dates) || InOthersPost(ctx, u)) continue;
    // A lead picture's caption above the headline that mentions the day
    // it was taken ("Archive picture of 3 March 2019: the bridge before
    // the flood") is no date line; a caption-shaped date line alone is.
    // (Under the headline, a clip's info line "Audio 02:41 Min. |
    // 03.05.24" may be all that dates the page.)
    if (i < ctx.headline_block && InCaption(ctx, u) && dates.front().coverage < limits::kMinLongLineCoverage) continue;
    if (found.empty() && IsMastheadDate(ctx, order, i, hi, dates)) continue;
    if (ctx.Html() && (IsCardDate(ctx, order, i, lo, hi, dates) || InNestedArticle(ctx, i))) continue;
    if (!from_top && found.empty()) {
      const std::int32_t last = LastOfCardRun(ctx, order, i, dates);
      if (last >= 0) {
        i = last - 1;
        continue;
      }
    }
    found.push_back({i, dates});
    // A text copy has one date line: the first one that holds a date.
    if (!ctx.Html() && AddLineDates(ctx, i, dates, out)) break;
  }
  if (ctx.Html()) {
    found = WithoutOtherEvents(ctx, WithoutOutsideLines(ctx, std::move(found)));
    for (const DateLine& l : found) AddLineDates(ctx, l.i, l.dates, out);
  }
  std::vector<std::int32_t> lines;
  for (const DateLine& l : found) lines.push_back(l.i);
  return lines;
}

// The body's last block of text: above the post's footer that the body
// may end with, the copyright notice and the date lines over it ("5
// gennaio 2025" over "© RIPRODUZIONE RISERVATA", "Posted July 10, 2004"
// over "© Copyright 2004-2025"); -1 when the body is empty.
std::int32_t LastBodyText(const MetadataContext& ctx, PageOrder& order) {
  const std::int32_t last = ctx.LastBody();
  if (last < 0 || !IsNamed(MatchBoilerplate(ctx.doc.blocks[static_cast<std::size_t>(last)].text), kCopyrightNotice)) {
    return last;
  }
  std::int32_t i = last - 1;
  for (; i >= 0 && last - i < limits::kBodyFooterBlocks; --i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    if (ctx.stats[u].words > limits::kMaxLineWords) break;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || !IsDateLine(ctx, i, dates)) break;
  }
  return i;
}

// A topic link of a post's tag list: a list item that is one short link
// ("Heilige und Selige", "Privacy"), inside the <article> that holds the
// body's last block `last` (a list of videos after the article is
// another thing).
bool IsTagLink(const MetadataContext& ctx, std::int32_t i, std::int32_t last) {
  const auto u = static_cast<std::size_t>(i);
  const Block& b = ctx.doc.blocks[u];
  if (!ctx.Html() || b.kind != BlockKind::kListItem || ctx.stats[u].words > limits::kMaxTagWords ||
      static_cast<std::size_t>(b.link_bytes) != b.text.size()) {
    return false;
  }
  const std::int32_t article = ctx.doc.Enclosing(ctx.doc.blocks[static_cast<std::size_t>(last)].element, Tag::kArticle);
  return article >= 0 && ctx.doc.Contains(article, b.element);
}

// A date line just below the body ("Posted on April 13, 2023" after the
// last paragraph, before the tags and share links), when the header has
// none; not past the start of the comments, whose dates are their own.
std::vector<std::int32_t> AddDateLinesBelowBody(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  const std::int32_t last = LastBodyText(ctx, order);
  if (last < 0) return {};
  std::vector<std::int32_t> found;
  std::int32_t seen = 0, tags = 0;
  for (std::int32_t i = last + 1; i < ctx.Blocks() && seen < limits::kBlocksBelowBody; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kComment) break;
    // A post's topic links between the text and its date line do not
    // count: a tag list is as long as the post has topics.
    if (IsTagLink(ctx, i, last) && ++tags <= limits::kMaxTagsBelowBody) continue;
    ++seen;
    if (!ctx.Claimable(i) || ctx.stats[u].words > limits::kMaxLineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || !IsDateLine(ctx, i, dates) || InOthersPost(ctx, u) || !AddLineDates(ctx, i, dates, out)) continue;
    found.push_back(i);
    // Update lines over the post's own ("Updated June 5, 2019" over
    // "Posted May 14, 2017"): the lines below them may still date it.
    if (!AllUpdates(ctx.doc.blocks[u].text, dates)) break;
  }
  return found;
}

// Whether `after`, what follows the date of a text copy's paragraph, goes
// on as a post footer's sentence does ("... um 10:00 Uhr veröffentlicht
// und unter Politik abgelegt. Sie können ..."): with enough words, and not
// a comma that closes the date as the opening phrase of the text's own
// sentence ("As of April 7th, 2022, the state has amended ...").
bool CopyFooterGoesOn(std::string_view after) {
  return CountWords(after) >= limits::kMinWordsAfterCopyFooterDate && !after.starts_with(',');
}

// A blog theme's post footer: the sentence that says when the post went up
// and where it is filed, with the links to its categories, its author or
// its feed ("Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr
// veröffentlicht und unter <Politik> abgelegt.", "Von <Jane Roe> am
// 21/02/2021. Abgelegt unter <Israel>.": the themes of a blog and a news
// site). The body keeps it as its last block, or it stands just below the
// body: a short paragraph with links whose one date comes within its first words
// (not a list item: a source list's "Accessed April 14, 2025" or an
// address with its day). Only when nothing else dates the page, the
// address and the title neither; the block leaves the body. A text copy
// has lost the links: there the sentence must go on past its date
// (CopyFooterGoesOn), as both themes' copies show.
std::vector<std::int32_t> AddPostFooterDate(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  const std::int32_t last = ctx.LastBody();
  if (last < 0) return {};
  const std::int32_t from = ctx.Html() ? last : std::max(0, last - limits::kCopyBlocksAfterFooter);
  for (std::int32_t i = from; i < std::min(ctx.Blocks(), last + 1 + limits::kBlocksBelowBody); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kComment) break;
    if (i < last && ctx.RoleOf(u) != Role::kBody) continue;
    const Block& block = ctx.doc.blocks[u];
    if (!ctx.Claimable(i) || block.kind != BlockKind::kText || (ctx.Html() && block.link_bytes == 0) ||
        ctx.stats[u].words > limits::kMaxPostFooterWords) {
      continue;
    }
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.size() != 1) continue;
    const std::string_view before = std::string_view(block.text).substr(0, dates.front().begin);
    const bool in_address = !before.empty() && before.back() == '/';
    const bool goes_on = ctx.Html() || CopyFooterGoesOn(std::string_view(block.text).substr(dates.front().end));
    if (!in_address && goes_on && CountWords(before) <= limits::kMaxWordsBeforeFooterDate && AddLineDates(ctx, i, dates, out)) {
      return {i};
    }
  }
  return {};
}

// A date line among the body's first blocks of a text copy, when nothing
// above or below the body gives a date: the body's lead took in the line
// under a standfirst or a caption. The line leaves the body.
std::vector<std::int32_t> AddBodyLeadDateLine(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  std::int32_t seen = 0;
  for (std::int32_t i = 0; i < ctx.Blocks() && seen < limits::kBodyLeadBlocks; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody) continue;
    ++seen;
    if (ctx.stats[u].words > limits::kMaxTextLineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (!dates.empty() && IsDateLine(ctx, i, dates) && AddLineDates(ctx, i, dates, out)) return {i};
  }
  return {};
}

// A text copy's only printed day, when no pass above found a date: every
// date line of the copy (a short line mostly date) gives the same day, and
// the first stands not far below the body, as under a post's last
// paragraph past the share links or among a news page's topic links under
// the story. Lines that give different days are other stories' cards: none
// is taken. The comments and what follows them (pingbacks, replies) and
// the copyright line (a build stamp) give days of their own.
std::vector<std::int32_t> AddLoneDateLine(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  const std::int32_t last = ctx.LastBody();
  std::int32_t found = -1;
  std::vector<DateMatch> first;
  for (std::int32_t i = 0; i < ctx.Blocks(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) == Role::kComment) break;
    if (ctx.stats[u].words > limits::kMaxTextLineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || !IsDateLine(ctx, i, dates) || InOthersPost(ctx, u) ||
        IsNamed(MatchBoilerplate(ctx.doc.blocks[u].text), kCopyrightNotice)) {
      continue;
    }
    if (found >= 0 && !SameDay(first.front().value, dates.front().value)) return {};
    if (found < 0) {
      found = i;
      first = dates;
    }
  }
  if (found < 0 || found > last + limits::kLoneDateBelowBody || !AddLineDates(ctx, found, first, out)) return {};
  return {found};
}

// The longest label the lead allows ("originally published on: "),
// with room for spaces: bytes of a line's start.
constexpr std::size_t kLabelBytes = 40;

// A line that labels its date ("Published August 13, 2025", "Last
// updated: November 13, 2025") or goes on from it with the byline
// ("December 11, 2023 - Words by Jane Roe", "August 12, 2025 By The
// Garden Team"). Its dates, or none.
std::vector<DateMatch> LabelledDates(const MetadataContext& ctx, PageOrder& order, std::int32_t i) {
  const auto u = static_cast<std::size_t>(i);
  const std::string& text = ctx.doc.blocks[u].text;
  if (!ctx.Claimable(i) || ctx.RoleOf(u) == Role::kComment || InOthersPost(ctx, u) ||
      ctx.stats[u].words > limits::kMaxTextLineWords) {
    return {};
  }
  // A label word or a "by" first: looking for dates on every line costs more.
  const Heuristics& h = GetHeuristics();
  const bool label = h.date_label_lead.PartialMatch(std::string_view(text).substr(0, kLabelBytes));
  if (!label && !StartsWithBylinePrefix(text)) return {};
  std::vector<DateMatch> dates = order.LineDates(i);
  if (dates.empty()) return {};
  const std::size_t begin = dates.front().begin;
  const bool labelled = begin > 0 && label && h.date_label_lead.FullMatch(std::string_view(text).substr(0, begin));
  if (!labelled && begin != 0) return {};
  return dates;
}

// The first of a copy's labelled date lines, so long as every line of
// its kind gives the same day.
struct LabelledLine {
  std::int32_t line = -1;
  std::vector<DateMatch> dates;
  bool agree = true;
  void Take(std::int32_t i, const std::vector<DateMatch>& d) {
    if (line < 0) {
      line = i;
      dates = d;
    } else if (!SameDay(dates.front().value, d.front().value)) {
      agree = false;
    }
  }
};

// A labelled date line anywhere, under a blog post's body or past the
// footer's links, when the header and the lines below the body have none
// (in HTML, when nothing else dates the page: "Published on Apr 13, 2020"
// under a video's list of next videos, "Posted on November 6th, 2025"
// beside a headline the page does not mark as one). Lines that print
// different days are other posts' cards: none is taken. Update lines
// ("Updated November 23, 2013") above the post's own line give later days
// of the same post: they are taken only when no other line is labelled.
std::vector<std::int32_t> AddLabelledDateLine(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  LabelledLine published, updated;
  for (std::int32_t i = 0; i < ctx.Blocks(); ++i) {
    const std::vector<DateMatch> dates = LabelledDates(ctx, order, i);
    if (dates.empty()) continue;
    (AllUpdates(ctx.doc.blocks[static_cast<std::size_t>(i)].text, dates) ? updated : published).Take(i, dates);
  }
  const LabelledLine& chosen = published.line >= 0 ? published : updated;
  if (chosen.line < 0 || !chosen.agree || !AddLineDates(ctx, chosen.line, chosen.dates, out)) return {};
  return {chosen.line};
}

// Whether a block may print a labelled day: every date pith reads has an
// ASCII digit or is written in another script, and the label opens the
// block. An HTML page's other blocks, which its markup already dates, are
// not searched for dates or bylines.
bool MayHoldLabelledDate(std::string_view text) {
  const bool digit = std::any_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  });
  return digit && GetHeuristics().date_label_lead.PartialMatch(text.substr(0, kLabelBytes));
}

// A line the page prints with a publication label ("Published August 13,
// 2025", "(Re)Published: May 25, 2025") outranks markup that gives another
// day: the markup's day is then a re-publication, a CMS import or the time
// the page was made, and the reader is told the printed one (guides and
// finance pages whose JSON-LD says months later or years earlier). Every
// such line must give the same day (cards of other posts do not) written
// so that it reads one way only, and an update label ("Updated ...") is no
// publication.
void AddPrintedPublication(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  if (!ctx.Html() || !out.HasMarkup()) return;
  LabelledLine published;
  for (std::int32_t i = 0; i < ctx.Blocks(); ++i) {
    if (!MayHoldLabelledDate(ctx.doc.blocks[static_cast<std::size_t>(i)].text)) continue;
    const std::vector<DateMatch> dates = LabelledDates(ctx, order, i);
    // A date first ("May 2, 2025 by Jane Roe") has no label.
    if (dates.empty() || dates.front().begin == 0) continue;
    const std::vector<bool> updates = LabelledUpdates(ctx.doc.blocks[static_cast<std::size_t>(i)].text, dates);
    if (std::none_of(updates.begin(), updates.end(), [](bool u) { return u; })) published.Take(i, dates);
  }
  if (published.line < 0 || !published.agree || published.dates.size() != 1) return;
  // "06/01/2026" may be either day: the markup's reading is as good.
  if (published.dates.front().form == DateMatch::Form::kAmbiguousNumeric) return;
  const DateTime& day = published.dates.front().value;
  if (!Plausible(day) || out.MarkupPublishes(day)) return;
  out.AddFound(day, kPrintedPublicationRank, DateKind::kPublished, ctx.BlockOrigin(published.line, "a labelled publication line"));
}

// A line of the header that ends with its byline and date as a clause
// ("... into three new states. By Jane Roe on Nov. 4, 2025",
// "Reviewed by Jane Roe, Attorney, on March 11, 2025."): a standfirst
// or a reviewer's note carries the date, when no date line does.
std::vector<std::int32_t> AddByClauseDate(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  static constexpr std::string_view kOn = " on ";
  const auto [lo, hi] = ctx.Zone();
  for (std::int32_t i = lo; i < hi; ++i) {
    const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
    const std::size_t on = text.rfind(kOn);
    if (!ctx.Claimable(i) || on == std::string::npos ||
        !RE2::PartialMatch(Piece(std::string_view(text).substr(0, on)), GetHeuristics().by_clause_lead)) {
      continue;
    }
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || dates.back().begin != on + kOn.size()) continue;
    const std::string_view rest = Trim(std::string_view(text).substr(dates.back().end));
    if ((rest.empty() || rest == ".") && AddLineDates(ctx, i, {dates.back()}, out)) return {i};
  }
  return {};
}

// A news lead that opens with its dateline, set off from the first
// sentence ("April 17, 2015 -- Imagine being...", "(18.01.2018) Farmers
// fear..."), when the page prints its date nowhere else. The line stays in
// the body: it is the lead's first sentence.
void AddLeadDateline(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  for (std::int32_t i = 0; i < ctx.Blocks(); ++i) {
    if (ctx.RoleOf(static_cast<std::size_t>(i)) != Role::kBody) continue;
    const std::string& text = ctx.doc.blocks[static_cast<std::size_t>(i)].text;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty()) return;
    const DateMatch& m = dates.front();
    const std::string_view before = std::string_view(text).substr(0, m.begin);
    if ((before.empty() || before == "(" || before == "[") &&
        RE2::PartialMatch(Piece(std::string_view(text).substr(m.end)), GetHeuristics().lead_dateline_mark)) {
      out.AddFound(m.value, kDateLineRank, DateKind::kPublished, ctx.BlockOrigin(i, "lead dateline"));
    }
    return;
  }
}

// The day an address's path carries (/2016/02/22/, /20241203-) with its
// rank, if any. The compact form is looked for in the path only: a query's
// eight digits are a cache key or an id as often.
std::optional<std::pair<std::string, int>> PathDay(std::string_view url) {
  static const RE2 kPathDate(lexicon::kPathDatePattern);
  static const RE2 kCompactPathDate(lexicon::kCompactPathDatePattern);
  int y = 0, m = 0, d = 0, rank = kUrlRank;
  if (!RE2::PartialMatch(Piece(url), kPathDate, &y, &m, &d)) {
    rank = kCompactUrlRank;
    if (!RE2::PartialMatch(Piece(url.substr(0, url.find_first_of("?#"))), kCompactPathDate, &y, &m, &d)) {
      return std::nullopt;
    }
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::make_pair(std::string(buf), rank);
}

// The path of many news addresses carries the day: /2016/02/22/. The
// address of the page's AMP version may carry it where the canonical one
// does not (".../amp/edition/2020/03/23/story" with no canonical link,
// a regional paper's "/2020/04/24/" beside its sister paper's canonical
// address; pages of two sites).
void AddPathDates(const MetadataContext& ctx, Candidates& out) {
  const PageFacts& f = ctx.doc.facts;
  for (const std::string& url : {ctx.options.url, f.canonical, MetaValue(f, lexicon::kPathDateMeta), f.amp}) {
    if (const auto day = PathDay(url)) out.Add(day->first, day->second, DateKind::kPublished, {"URL path"});
  }
}

// Whether `after`, what follows a date in a title, is its closing bracket
// and then nothing or a separator the title's parts were not split at
// ("）｜BIGLOBEニュース").
bool ClosesBracket(std::string_view after, std::string_view close) {
  if (!after.starts_with(close)) return false;
  const std::string_view rest = Trim(after.substr(close.size()));
  return rest.empty() || std::any_of(std::begin(lexicon::kUnspacedTitleSeparators),
                                     std::end(lexicon::kUnspacedTitleSeparators),
                                     [&](std::string_view sep) { return rest.starts_with(sep); });
}

// Whether the date `m` of a title's part is all of it, or closes it in
// brackets ("... | 28.04.2023", "Headline (2025-09-21)", "Headline
// （2020年2月15日）").
bool SetOffInTitle(std::string_view part, const DateMatch& m) {
  if (m.coverage >= limits::kMinLineCoverage) return true;
  const std::string_view before = Trim(part.substr(0, m.begin));
  const std::string_view after = Trim(part.substr(m.end));
  return (before.ends_with("(") && ClosesBracket(after, ")")) ||
         (before.ends_with("\xEF\xBC\x88") && ClosesBracket(after, "\xEF\xBC\x89"));
}

// The day a part of the <title> prints, set off from the headline by the
// title's separators or brackets: some sites add the page's day there
// ("Headline | Europa | DW | 28.04.2023", "Headline - 23/06/2020 - Site",
// "Headline（2020年2月15日）｜Site"; pages of three sites). Below every
// date the page prints but a <time> anywhere.
void AddTitleDate(const MetadataContext& ctx, PageOrder& order, Candidates& out) {
  for (const std::string& part : TitleParts(ctx.doc.facts.title)) {
    const std::vector<DateMatch> dates = FindDates(part, 2);  // two, to see whether it is the only one
    if (dates.size() != 1 || !SetOffInTitle(part, dates.front())) continue;
    const DateMatch& m = dates.front();
    if (const std::optional<DateTime> d = order.Read(std::string_view(part).substr(m.begin, m.end - m.begin))) {
      out.AddFound(*d, kTitleRank, DateKind::kPublished, {"<title>"});
    }
    return;
  }
}

// The same instant, both with a time and an offset.
bool SameInstant(const DateCandidate& a, const DateCandidate& b) {
  return a.value.has_time && a.value.has_offset && b.value.has_time && b.value.has_offset &&
         a.value.Instant() == b.value.Instant();
}

// The plausible dates, published and modified, most trusted first.
struct DatesByKind {
  std::vector<DateCandidate> published, modified;

  // Another source gives `p` as the update, and no source of that rank
  // gives the same time as published too.
  bool NamedUpdate(const DateCandidate& p) const {
    return std::any_of(modified.begin(), modified.end(), [&](const DateCandidate& m) {
      return SameInstant(m, p) && std::none_of(published.begin(), published.end(), [&](const DateCandidate& q) {
               return q.rank == m.rank && SameInstant(q, m);
             });
    });
  }
  // `p` is an update given as published: another source names it the
  // update, and an earlier time of the same day is given as published (by
  // the article: a <time> far from it is another story's teaser).
  bool IsUpdate(const DateCandidate& p) const {
    if (!p.value.has_offset || !NamedUpdate(p)) return false;
    return std::any_of(published.begin(), published.end(), [&](const DateCandidate& q) {
      const long long gap = p.value.Instant() - q.value.Instant();
      return q.rank < kAnyTimeRank && q.value.has_time && q.value.has_offset && gap >= limits::kMinUpdateSeconds &&
             gap < limits::kMaxUpdateSeconds && !NamedUpdate(q);
    });
  }
};

// Whole days between the days two dates print, whatever their times.
long long DaysApart(const DateTime& a, const DateTime& b) {
  const long long gap = DateTime{a.year, a.month, a.day}.Instant() - DateTime{b.year, b.month, b.day}.Instant();
  return std::llabs(gap) / 86400;
}

// A printed date that the page's address contradicts goes behind the
// first date of the address's day (or that day itself). The day in the path
// (/2020/06/23/) is the day the site filed the story: it was the article's
// own day, or the next, on every page seen whose tags give both; a date
// line or <time> giving a day further off was a related story's card, the
// update, or a day-first date read month-first (pages of three news sites
// with their date tags taken away). One day apart is no contradiction: a
// site's zone, or a print edition's date in the address. Tags and JSON-LD
// are not second-guessed.
void PreferAddressDay(std::vector<DateCandidate>& published) {
  if (published.empty() || published.front().rank < kHeaderTimeRank) return;
  const auto address = std::find_if(published.begin(), published.end(), [](const DateCandidate& c) {
    return c.rank == kUrlRank || c.rank == kCompactUrlRank;
  });
  if (address == published.end() || DaysApart(published.front().value, address->value) <= 1) return;
  const auto agreeing = std::find_if(published.begin(), published.end(),
                                     [&](const DateCandidate& c) { return SameDay(c.value, address->value); });
  std::rotate(published.begin(), agreeing, agreeing + 1);
}

DatesByKind PlausibleByKind(const std::vector<DateCandidate>& all) {
  DatesByKind out;
  for (const DateCandidate& c : all) {
    if (!Plausible(c.value)) continue;
    (c.kind == DateKind::kPublished ? out.published : out.modified).push_back(c);
  }
  // A "published" time that another source gives as the update, when an
  // earlier time of the same day is also given as published: the page was
  // updated, and the earlier time is the publication. A source that gives
  // one time as both (published = modified: never updated) says nothing.
  std::vector<DateCandidate> kept;
  for (const DateCandidate& p : out.published) {
    if (!out.IsUpdate(p)) kept.push_back(p);
  }
  out.published.swap(kept);
  PreferAddressDay(out.published);
  return out;
}

// The most trusted value, made as precise as the sources that agree
// with it allow: a time for a bare day, an offset for a bare time, the
// page's own offset for a time given in UTC.
DateTime Refine(DateTime best, const std::vector<DateCandidate>& others) {
  for (const DateCandidate& c : others) {
    const DateTime& o = c.value;
    if (!best.has_time && o.has_time && SameDay(best, o)) {
      best = o;
    } else if (best.has_time && !best.has_offset && o.has_offset && SameWallClock(best, o)) {
      best.has_offset = true;
      best.offset_minutes = o.offset_minutes;
      if (best.second == 0) best.second = o.second;
    } else if (best.has_offset && best.offset_minutes == 0 && o.has_offset && o.offset_minutes != 0 &&
               o.has_time && (o.Instant() == best.Instant() ||
                              (c.rank != kDateLineRank && SameWallClock(best, o) && best.second == o.second))) {
      // The same time with the page's own offset; or the local time
      // labelled as UTC, which another machine-readable value with the
      // page's own offset corrects (a printed "ET" is not enough: sites
      // also print UTC times as local).
      best = o;
    }
  }
  return best;
}

// A UTC time that a machine value of the page (a tag, a datetime) also
// gives as a wall clock without a zone, whole hours apart: the site's own
// local time, with the offset the two imply. The instant is the same; the
// day is the one the site printed.
DateTime LocalClock(DateTime best, const std::vector<DateCandidate>& same_kind) {
  if (!best.has_time || !best.has_offset || best.offset_minutes != 0) return best;
  for (const DateCandidate& c : same_kind) {
    const DateTime& o = c.value;
    if (c.rank > kHeaderTimeRank || !o.has_time || o.has_offset || o.minute != best.minute ||
        o.second != best.second) {
      continue;
    }
    const long long shift = (o.Instant() - best.Instant()) / 60;
    if (shift != 0 && std::llabs(shift) <= limits::kMaxOffsetMinutes) {
      DateTime local = o;
      local.has_offset = true;
      local.offset_minutes = static_cast<int>(shift);
      return local;
    }
  }
  return best;
}

// A wall clock without a zone that a Unix time of the page (a data
// attribute: data-time="1466522845") gives too, a whole number of
// quarter hours apart: the site's own local time, printed without its
// zone, whose offset the Unix time fixes. The printed clock is kept as it
// is: a minute without seconds is dated so as often as the Unix time's.
DateTime EpochClock(DateTime best, const std::vector<long long>& epochs) {
  if (!best.has_time || best.has_offset) return best;
  const long long wall = best.Instant();  // the wall clock read as UTC
  for (long long epoch : epochs) {
    const long long shift = wall - (best.second == 0 ? epoch - epoch % 60 : epoch);
    if (shift % (limits::kOffsetStepMinutes * 60) != 0 || std::llabs(shift) > limits::kMaxOffsetMinutes * 60) {
      continue;
    }
    best.has_offset = true;
    best.offset_minutes = static_cast<int>(shift / 60);
    return best;
  }
  return best;
}

// A UTC time one day off the day in the page's address, as the local day
// of a site east or west of Greenwich is: the address's day, since the
// site's offset (and so its wall clock) is not known.
DateTime AddressDay(DateTime best, const std::vector<DateCandidate>& all) {
  if (!best.has_time || !best.has_offset || best.offset_minutes != 0) return best;
  const long long minute_of_day = best.hour * 60 + best.minute;
  for (const DateCandidate& c : all) {
    if (c.rank != kUrlRank) continue;
    const long long days = (c.value.Instant() - DateTime{best.year, best.month, best.day}.Instant()) / 86400;
    const bool west = days == -1 && minute_of_day < limits::kMaxWestOffsetMinutes;
    const bool east = days == 1 && minute_of_day + limits::kMaxOffsetMinutes >= 24 * 60;
    if (west || east) return c.value;
  }
  return best;
}

// A bare day whose time only the update of that same day gives (an
// "Updated: March 4, 2021 10:15 a.m." line, a modified tag): the page
// says no earlier time, and the day stays the same.
DateTime UpdateClock(DateTime best, const std::vector<DateCandidate>& modified) {
  if (best.has_time) return best;
  for (const DateCandidate& c : modified) {
    if (c.value.has_time && SameDay(best, c.value)) return c.value;
  }
  return best;
}

struct ChosenDates {
  std::optional<DateTime> date, updated;
  Origin date_from, updated_from;
};

ChosenDates Choose(const std::vector<DateCandidate>& all, const DatesByKind& plausible,
                   const std::vector<long long>& epochs) {
  const std::vector<DateCandidate>& published = plausible.published;
  const std::vector<DateCandidate>& modified = plausible.modified;
  ChosenDates out;
  bool date_is_update = false;
  if (!published.empty()) {
    const DateTime clock = EpochClock(LocalClock(Refine(published.front().value, published), published), epochs);
    const DateTime day = AddressDay(clock, all);
    out.date = UpdateClock(day, modified);
    date_is_update = !day.has_time && out.date->has_time;
    out.date_from = published.front().origin;
  } else {
    // Nothing plausible: a date from before 1990 or ahead of now, if that
    // is all the page gives; else the update time as the best there is.
    for (const DateCandidate& c : all) {
      if (c.kind == DateKind::kPublished && c.value.year >= limits::kOldestFallbackYear) {
        out.date = c.value;
        out.date_from = c.origin;
        break;
      }
    }
    if (!out.date && !modified.empty()) {
      out.date = Refine(modified.front().value, modified);
      out.date_from = modified.front().origin;
      date_is_update = true;
    }
  }
  if (!modified.empty()) {
    out.updated = Refine(modified.front().value, modified);
    out.updated_from = modified.front().origin;
    // Said when later than the date, or when the date is that update.
    if (out.date && !date_is_update && out.updated->Instant() <= out.date->Instant()) out.updated.reset();
  }
  return out;
}

// The date lines that print these dates leave the body, but for a fact
// listed under its label.
void ClaimDateLines(MetadataContext& ctx, PageOrder& order, const std::vector<std::int32_t>& lines,
                    const ChosenDates& chosen) {
  for (std::int32_t i : lines) {
    const std::vector<DateMatch> dates = order.LineDates(i);
    const bool agrees = std::any_of(dates.begin(), dates.end(), [&](const DateMatch& m) {
      return (chosen.date && SameDay(m.value, *chosen.date)) || (chosen.updated && SameDay(m.value, *chosen.updated));
    });
    if (!agrees) continue;
    const bool listed_fact =
        DefinesTerm(ctx.doc, static_cast<std::size_t>(i)) && ctx.RoleOf(static_cast<std::size_t>(i - 1)) == Role::kBody;
    if (!listed_fact) ctx.Claim(static_cast<std::size_t>(i), Role::kDate, "date: a date line in the article header");
    if (ctx.date_block < 0) ctx.date_block = i;
    if (!ctx.Html()) break;
  }
}

// Below the date line, boxes of its very tag and class that print a date
// again are the head lines of the thread's other posts ("von Kettenblatt »
// Mo 4. März 2024, 19:40" under each phpBB post; the first post's is the
// page's date line) or the date lines of the cards under a story: never
// the text. A line of the date alone is a live blog's update stamp and
// stays. A class is needed: a bare <p> with a date is a sentence too.
void DropRepeatedDateLines(MetadataContext& ctx, PageOrder& order) {
  if (!ctx.Html() || ctx.date_block < 0) return;
  const Block& date_line = ctx.doc.blocks[static_cast<std::size_t>(ctx.date_block)];
  const Element& line = ctx.doc.elements[static_cast<std::size_t>(date_line.element)];
  if (line.cls.empty()) return;
  for (std::int32_t i = ctx.date_block + 1; i < ctx.Blocks(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (ctx.RoleOf(u) != Role::kBody || ctx.stats[u].words > limits::kMaxRepeatedDateLineWords) continue;
    const Element& e = ctx.doc.elements[static_cast<std::size_t>(ctx.doc.blocks[u].element)];
    if (e.tag != line.tag || e.cls != line.cls) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || dates.front().coverage >= limits::kMaxRepeatedDateLineCoverage) continue;
    ctx.Claim(u, Role::kDropped, "dropped: a post's head line in the shape of the date line");
  }
}

}  // namespace

// ReadDate comes before a copy's headline is known (the headline is found
// from the date line); this fallback comes after it. Only the lines
// between the headline and the body: below the body's start, a short line
// with a date is another story's card as often.
void ReadTextDateBesideHeadline(MetadataContext& ctx) {
  if (ctx.Html() || ctx.article.date || ctx.headline_block < 0) return;
  PageOrder order(ctx);
  const std::int32_t end = std::min({ctx.headline_block + 1 + limits::kBlocksFromHeadline, ctx.Anchor(), ctx.Blocks()});
  for (std::int32_t i = ctx.headline_block + 1; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    // The byline's line may print the date after the names ("By Jane Roe
    // 13 July 2016"); it stays the byline.
    const bool byline = i == ctx.byline_block;
    if (!(ctx.Claimable(i) || byline) || ctx.stats[u].words > limits::kMaxBesideHeadlineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.size() != 1 || !Plausible(dates.front().value)) continue;
    ctx.article.date = dates.front().value.ToRfc3339();
    ctx.Note("date", ctx.BlockOrigin(i, "a short line under the headline"));
    if (!byline) ctx.Claim(u, Role::kDate, "date: a short line under the headline");
    ctx.date_block = i;
    return;
  }
}

// The page's first h1 when it stands above the headline and says what the
// headline says, or -1: an h1 below it heads another part of the page, and
// one of other words is the site's name over a masthead's today.
std::int32_t FirstOtherH1(const MetadataContext& ctx) {
  for (std::int32_t h = 0; h < ctx.headline_block; ++h) {
    const Block& b = ctx.doc.blocks[static_cast<std::size_t>(h)];
    if (b.kind != BlockKind::kHeading || b.level != 1) continue;
    const std::string& headline = ctx.doc.blocks[static_cast<std::size_t>(ctx.headline_block)].text;
    return Containment(Words(b.text), Words(headline)) >= limits::kMinRepeatedHeadlineShare ? h : -1;
  }
  return -1;
}

// A page that prints its headline twice, once in the header with the date
// line beside it and again where the article's text is read, dates itself
// beside the page's first h1, above the headline ("11 Best Agencies" over "Jane
// Roe • March 17, 2025" in the header; "March 17, 2025" over a page's
// h1 whose text an h2 further on repeats with more: guides of two sites
// with their date tags taken away). Only when nothing else dates the page,
// and only a line that is one date and little more, not a story card's.
void ReadHtmlDateBesideOtherH1(MetadataContext& ctx) {
  namespace header = thresholds::header;
  if (!ctx.Html() || ctx.article.date || ctx.headline_block < 0) return;
  const std::int32_t h = FirstOtherH1(ctx);
  if (h < 0) return;
  PageOrder order(ctx);
  const std::int32_t lo = std::max(0, h - header::kBlocksAboveHeadline);
  const std::int32_t hi = std::min(ctx.Blocks(), h + header::kBlocksBelowHeadline);
  const std::int32_t end = std::min(ctx.Blocks(), h + 1 + limits::kBlocksFromHeadline);
  for (std::int32_t i = std::max(0, h - limits::kBlocksFromHeadline); i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (i == h || !ctx.Claimable(i) || ctx.stats[u].words > limits::kMaxBesideHeadlineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.size() != 1 || dates.front().coverage < limits::kMinLineCoverage || !Plausible(dates.front().value) ||
        IsCardDate(ctx, order, i, lo, hi, dates)) {
      continue;
    }
    ctx.article.date = dates.front().value.ToRfc3339();
    ctx.Note("date", ctx.BlockOrigin(i, "a date line beside another h1"));
    ctx.Claim(u, Role::kDate, "date: a date line beside another h1");
    ctx.date_block = i;
    return;
  }
}

// ReadDate comes before the byline is known; this fallback comes after it.
// A byline far below the headline (under a lead picture, a box of key
// points) or the zone's last line has its date line right after it, as a
// reviewer's site and a news portal print them (pages of two sites with
// their date tags taken away). Only the few lines after it: further on,
// a date is another story's or a comment's.
void ReadHtmlDateBesideByline(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.date || ctx.byline_block < 0) return;
  PageOrder order(ctx);
  const std::int32_t end = std::min(ctx.byline_block + 1 + limits::kBlocksFromByline, ctx.Blocks());
  for (std::int32_t i = ctx.byline_block + 1; i < end; ++i) {
    const auto u = static_cast<std::size_t>(i);
    // An author credit box may be classed as a picture's credit.
    const Role role = ctx.RoleOf(u);
    const bool free = (ctx.Free(u) && role != Role::kComment && !InOthersPost(ctx, u)) || role == Role::kCaption;
    if (!free || ctx.stats[u].words > limits::kMaxLineWords) continue;
    const std::vector<DateMatch> dates = order.LineDates(i);
    if (dates.empty() || !IsDateLine(ctx, i, dates) || !Plausible(dates.front().value)) continue;
    ctx.article.date = dates.front().value.ToRfc3339();
    ctx.Note("date", ctx.BlockOrigin(i, "a date line after the byline"));
    ctx.Claim(u, Role::kDate, "date: a date line after the byline");
    ctx.date_block = i;
    return;
  }
}

void ReadDate(MetadataContext& ctx) {
  PageOrder order(ctx);
  Candidates candidates(order);
  AddStructuredDates(ctx, candidates);
  AddMarkupDates(ctx, order, candidates);
  std::vector<std::int32_t> lines = AddDateLines(ctx, order, candidates, false);
  // A text copy whose body starts far below its header (a long table of
  // contents, a video player's menus, a body taken from further down)
  // has its date line above the zone: the page's first one stands in.
  if (!ctx.Html() && lines.empty()) lines = AddDateLines(ctx, order, candidates, true);
  // In HTML the line below the body is a last resort: a <time> anywhere
  // is more often the article's.
  if (lines.empty() && (!ctx.Html() || candidates.Empty())) lines = AddDateLinesBelowBody(ctx, order, candidates);
  // So is a labelled date line anywhere.
  if (lines.empty() && (!ctx.Html() || candidates.Empty())) lines = AddLabelledDateLine(ctx, order, candidates);
  // An HTML standfirst or reviewer's note that ends "By Jane Roe on Nov.
  // 4, 2025" dates the page too, when nothing else does.
  if (lines.empty() && (!ctx.Html() || candidates.Empty())) lines = AddByClauseDate(ctx, order, candidates);
  if (!ctx.Html() && lines.empty()) lines = AddBodyLeadDateLine(ctx, order, candidates);
  if (!ctx.Html() && lines.empty()) lines = AddLoneDateLine(ctx, order, candidates);
  if (candidates.Empty()) AddLeadDateline(ctx, order, candidates);
  AddPrintedPublication(ctx, order, candidates);
  AddPathDates(ctx, candidates);
  AddTitleDate(ctx, order, candidates);
  // Last, a blog theme's footer sentence at the body's end.
  if (lines.empty() && candidates.Empty()) lines = AddPostFooterDate(ctx, order, candidates);
  if (!candidates.HasPublished()) AddCommentTime(ctx, order, candidates);
  // Else a Unix time in a date- or time-named data attribute (a "3 hours
  // ago" stamp that a script writes from data-timestamp="1684312200").
  if (candidates.Empty() && !ctx.doc.facts.epoch_clocks.empty()) {
    candidates.AddFound(DateTime::FromUnix(ctx.doc.facts.epoch_clocks.front()), kAnyTimeRank, DateKind::kPublished,
                        {"a Unix time in a data attribute"});
  }
  const std::vector<DateCandidate> all = std::move(candidates).Ranked();
  const ChosenDates chosen = Choose(all, PlausibleByKind(all), ctx.doc.facts.epoch_clocks);
  ClaimDateLines(ctx, order, lines, chosen);
  DropRepeatedDateLines(ctx, order);
  if (chosen.date) {
    ctx.article.date = chosen.date->ToRfc3339();
    ctx.Note("date", chosen.date_from);
  }
  if (chosen.updated) {
    ctx.article.modified = chosen.updated->ToRfc3339();
    ctx.Note("modified", chosen.updated_from);
  }
}

// Last, a <time> that a hidden element holds, read with the element's
// text (PageFacts::Stamp::hidden): the page shows it by script. The
// first one the page gives as published, else as the update.
void ReadHiddenDate(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.date) return;
  PageOrder order(ctx);
  Candidates candidates(order);
  for (const PageFacts::Stamp& t : ctx.doc.facts.times) {
    if (!t.hidden) continue;
    const std::optional<DateTime> d = order.Read(t.datetime.empty() ? t.text : t.datetime);
    if (!d || !Plausible(*d)) continue;
    const std::vector<DateMatch> printed = FindDates(t.text, limits::kMaxDatesPerLine);
    const bool modified = HintsModified(t) || (!printed.empty() && AllUpdates(t.text, printed));
    candidates.AddFound(*d, kAnyTimeRank, modified ? DateKind::kModified : DateKind::kPublished,
                        {"DOM <time> in a hidden element"});
  }
  if (candidates.Empty()) return;
  const std::vector<DateCandidate> all = std::move(candidates).Ranked();
  const ChosenDates chosen = Choose(all, PlausibleByKind(all), ctx.doc.facts.epoch_clocks);
  if (!chosen.date) return;
  ctx.article.date = chosen.date->ToRfc3339();
  ctx.Note("date", chosen.date_from);
  if (chosen.updated) {
    ctx.article.modified = chosen.updated->ToRfc3339();
    ctx.Note("modified", chosen.updated_from);
  }
}

// Whether a button at block `at` stands in the header: after the headline,
// at most a few blocks below it or the byline under it.
bool ButtonInHeader(const MetadataContext& ctx, std::int32_t at) {
  const std::int32_t last = std::max(ctx.headline_block, ctx.byline_block) + limits::kBlocksFromHeadline;
  return ctx.headline_block >= 0 && at > ctx.headline_block && at <= last;
}

void ReadButtonDate(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.date) return;
  PageOrder order(ctx);
  for (const PageFacts::Button& b : ctx.doc.facts.buttons) {
    if (!ButtonInHeader(ctx, b.block)) continue;
    const std::vector<DateMatch> printed = FindDates(b.text, limits::kMaxDatesPerLine);
    if (printed.empty()) continue;
    // The first date the button does not label an update: a popover may
    // print the update first ("수정 ... 입력 ...").
    const std::vector<bool> updates = LabelledUpdates(b.text, printed);
    const auto published = std::find(updates.begin(), updates.end(), false);
    if (published == updates.end()) continue;
    const DateMatch& p = printed[static_cast<std::size_t>(published - updates.begin())];
    const std::optional<DateTime> d = order.Read(std::string_view(b.text).substr(p.begin, p.end - p.begin));
    if (!d || !Plausible(*d)) continue;
    ctx.article.date = d->ToRfc3339();
    ctx.Note("date", {"a button's date beside the headline"});
    // The popover's update, when the button labels one.
    const auto update = std::find(updates.begin(), updates.end(), true);
    if (!ctx.article.modified && update != updates.end()) {
      const DateTime& m = printed[static_cast<std::size_t>(update - updates.begin())].value;
      if (Plausible(m)) ctx.article.modified = m.ToRfc3339();
    }
    return;
  }
}

// The address of the article's lead picture: the one the page names
// (og:image, JSON-LD), else the first <img> from just above the headline
// (a picture over it) down to a few blocks into the body's text (the
// picture over the story, not a teaser's further on), or empty.
std::string LeadImageAddress(const MetadataContext& ctx) {
  if (ctx.article.image) return *ctx.article.image;
  if (ctx.headline_block < 0) return {};
  const std::int32_t text = TextUnderHeadline(ctx);
  const std::int32_t first = ctx.headline_block - limits::kLeadPictureBlocks;
  const std::int32_t last = (text >= 0 ? text : ctx.headline_block) + limits::kLeadPictureBlocks;
  for (const ImageRef& img : ctx.doc.images) {
    if (img.block >= first && img.block <= last) return img.src;
  }
  return {};
}

// Whether the file name of a picture's `path` names it one the site
// shows on every page (lexicon::kSiteWidePictureWords), word by word.
bool SiteWidePicture(std::string_view path) {
  const std::string name = AsciiLower(path.substr(path.find_last_of('/') + 1));
  std::size_t at = 0;
  while (at < name.size()) {
    const std::size_t end = std::min(name.find_first_of("-_.", at), name.size());
    const std::string_view word = std::string_view(name).substr(at, end - at);
    if (std::ranges::find(lexicon::kSiteWidePictureWords, word) != std::end(lexicon::kSiteWidePictureWords)) {
      return true;
    }
    at = end + 1;
  }
  return false;
}

void ReadLeadImageDate(MetadataContext& ctx) {
  if (!ctx.Html() || ctx.article.date) return;
  static const RE2 kFiledDay(lexicon::kImagePathDatePattern);
  const std::string address = LeadImageAddress(ctx);
  const std::string path = address.substr(0, address.find_first_of("?#"));
  std::string y, m, d;
  if (SiteWidePicture(path) || !RE2::PartialMatch(Piece(path), kFiledDay, &y, &m, &d)) return;
  const std::optional<DateTime> day = ParseDate(y + "-" + m + "-" + d);
  if (!day || !Plausible(*day)) return;
  ctx.article.date = day->ToRfc3339();
  ctx.Note("date", {"the day in the lead picture's address"});
}

std::string WithZone(const std::string& rfc3339, int offset_minutes) {
  // ToRfc3339 writes the day ("YYYY-MM-DD"), then a clock ("THH:MM:SS"),
  // then a zone.
  static constexpr std::size_t kDay = 10, kDayAndClock = 19;
  if (rfc3339.size() != kDayAndClock || rfc3339[kDay] != 'T') return rfc3339;
  DateTime zone;
  zone.has_time = zone.has_offset = true;
  zone.offset_minutes = offset_minutes;
  // The offset as ToRfc3339 writes it, after its fixed day and clock.
  return rfc3339 + zone.ToRfc3339().substr(kDayAndClock);
}

void SettleDateZone(Article& article) {
  if (!article.language) return;
  const std::string_view lang = std::string_view(*article.language).substr(0, article.language->find('-'));
  for (const auto& [code, offset] : lexicon::kOneZoneLanguages) {
    if (lang != code) continue;
    if (article.date) article.date = WithZone(*article.date, offset);
    if (article.modified) article.modified = WithZone(*article.modified, offset);
    return;
  }
}

}  // namespace pith
