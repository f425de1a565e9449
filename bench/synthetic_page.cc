#include "synthetic_page.h"

#include <cstdint>
#include <string_view>

namespace pith::bench {
namespace {

// A few accented words and typographic quotes keep the UTF-8 paths busy.
constexpr std::string_view kWords[] = {
    "the", "council", "said", "on", "Tuesday", "that", "its", "plans", "for", "a", "new", "bridge", "across",
    "river", "would", "cost", "more", "than", "expected", "and", "take", "longer", "to", "build", "residents",
    "who", "live", "near", "site", "have", "asked", "questions", "about", "noise", "traffic", "during", "work",
    "mayor", "told", "reporters", "city", "had", "no", "choice", "but", "go", "ahead", "with", "project",
    "engineers", "found", "cracks", "in", "old", "structure", "last", "year", "after", "routine", "inspection",
    "budget", "was", "approved", "by", "narrow", "margin", "opposition", "members", "voted", "against", "it",
    "saying", "money", "should", "be", "spent", "schools", "hospitals", "instead", "café", "owners", "fear",
    "lose", "customers", "while", "roads", "are", "closed", "naïve", "estimates", "from", "earlier", "report",
    "were", "criticised", "independent", "experts", "according", "documents", "seen", "this", "newspaper",
    "construction", "is", "due", "start", "next", "spring", "finish", "within", "three", "years", "if",
    "weather", "allows", "officials", "added", "\xE2\x80\x9Cwe", "will", "keep", "everyone", "informed\xE2\x80\x9D",
    "regional", "government", "has", "promised", "share", "costs", "although", "details", "remain", "unclear",
};
constexpr std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

class Writer {
 public:
  std::string_view Word() { return kWords[Next() % kWordCount]; }

  void Words(std::string& out, int n, bool capital) {
    for (int i = 0; i < n; ++i) {
      if (i > 0) out += ' ';
      std::string_view w = Word();
      if (i == 0 && capital && w[0] >= 'a' && w[0] <= 'z') {
        out += static_cast<char>(w[0] - 'a' + 'A');
        w.remove_prefix(1);
      }
      out += w;
    }
  }

  // A sentence of 8 to 25 words with a comma or two; sometimes a link.
  void Sentence(std::string& out, bool links) {
    const int n = 8 + static_cast<int>(Next() % 18);
    std::string_view sep;
    for (int i = 0; i < n; ++i) {
      out += sep;
      sep = " ";
      if (links && i == n / 2 && Next() % 3 == 0) {
        out += "<a href=\"https://news.example/story/";
        out += std::to_string(Next() % 100000);
        out += "\">";
        Words(out, 3, false);
        out += "</a>";
        continue;
      }
      std::string_view w = Word();
      if (i == 0 && w[0] >= 'a' && w[0] <= 'z') {
        out += static_cast<char>(w[0] - 'a' + 'A');
        w.remove_prefix(1);
      }
      out += w;
      if (i > 2 && i + 2 < n && Next() % 7 == 0) out += ',';
    }
    out += '.';
  }

  void Paragraph(std::string& out, const char* open = "<p>", const char* close = "</p>\n") {
    out += open;
    const int sentences = 2 + static_cast<int>(Next() % 4);
    for (int i = 0; i < sentences; ++i) {
      if (i > 0) out += ' ';
      Sentence(out, true);
    }
    out += close;
  }

  std::uint64_t Next() {
    // splitmix64: fixed seed, same page every run.
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_ = 20240305;
};

void Section(Writer& w, std::string& out, std::size_t index) {
  out += "<section class=\"article-section\">\n<h2>";
  w.Words(out, 4 + static_cast<int>(w.Next() % 5), true);
  out += "</h2>\n";
  for (int i = 0; i < 4; ++i) w.Paragraph(out);
  if (index % 2 == 0) {
    out += "<figure class=\"image\"><img src=\"https://news.example/img/" + std::to_string(index) +
           ".jpg\" alt=\"\" width=\"800\" height=\"450\"><figcaption class=\"caption\">";
    w.Words(out, 9, true);
    out += " (Example Agency)</figcaption></figure>\n";
  }
  w.Paragraph(out);
  if (index % 3 == 0) {
    out += "<ul>\n";
    for (int i = 0; i < 3; ++i) w.Paragraph(out, "<li>", "</li>\n");
    out += "</ul>\n";
    out += "<div class=\"ad-slot\"><span class=\"ad-label\">Advertisement</span></div>\n";
  }
  if (index % 4 == 1) w.Paragraph(out, "<blockquote><p>", "</p></blockquote>\n");
  if (index % 5 == 2) {
    out += "<table class=\"data\"><tr><th>Item</th><th>Cost</th><th>Year</th></tr>\n";
    for (int i = 0; i < 3; ++i) {
      out += "<tr><td>";
      w.Words(out, 2, true);
      out += "</td><td>" + std::to_string(w.Next() % 900 + 100) + " million</td><td>" +
             std::to_string(2020 + w.Next() % 8) + "</td></tr>\n";
    }
    out += "</table>\n";
  }
  w.Paragraph(out);
  if (index % 6 == 5) {
    out += "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> "
           "<a href=\"#\">Email</a></div>\n";
  }
  out += "</section>\n";
}

void TeaserCard(Writer& w, std::string& out) {
  out += "<div class=\"card\"><h3 class=\"card__title\"><a href=\"https://news.example/story/" +
         std::to_string(w.Next() % 100000) + "\">";
  w.Words(out, 7, true);
  out += "</a></h3><p class=\"card__summary\">";
  w.Words(out, 12, true);
  out += "</p></div>\n";
}

}  // namespace

std::string SyntheticPage(std::size_t bytes) {
  Writer w;
  std::string headline;
  w.Words(headline, 9, true);
  std::string page;
  page.reserve(bytes + 8192);
  page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + headline +
          " | Example News</title>\n"
          "<meta property=\"og:title\" content=\"" + headline + "\">\n"
          "<meta property=\"og:site_name\" content=\"Example News\">\n"
          "<meta name=\"description\" content=\"The council approved a bridge that will cost more than expected.\">\n"
          "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">\n"
          "<meta property=\"og:image\" content=\"https://news.example/img/lead.jpg\">\n"
          "<link rel=\"canonical\" href=\"https://news.example/2024/03/05/bridge\">\n"
          "<link rel=\"stylesheet\" href=\"/site.css\">\n"
          "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          "\"headline\":\"" + headline + "\",\"datePublished\":\"2024-03-05T10:00:00Z\","
          "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>\n"
          "<style>body{font-family:serif}.ad-slot{min-height:250px}</style>\n"
          "<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}</script>\n"
          "</head>\n<body class=\"page\">\n"
          "<header class=\"site-header\"><nav class=\"nav\" role=\"navigation\"><ul>"
          "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li>"
          "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n"
          "<main>\n<article class=\"article\">\n<header class=\"article-header\">\n<h1 class=\"headline\">" + headline +
          "</h1>\n<p class=\"standfirst\">The council approved a bridge that will cost more than expected.</p>\n"
          "<div class=\"byline\">By Jane Doe and John Roe</div>\n"
          "<time datetime=\"2024-03-05T10:00:00Z\">March 5, 2024</time>\n</header>\n"
          "<div class=\"article-body\">\n";
  std::string sidebar = "<aside class=\"sidebar\"><h2>Most read</h2>\n";
  const std::string_view tail =
      "</main>\n<footer class=\"site-footer\"><p>\xC2\xA9 2024 Example News. All rights "
      "reserved.</p><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li></ul>"
      "</footer>\n</body>\n</html>\n";
  std::size_t index = 0;
  do {
    Section(w, page, index);
    TeaserCard(w, sidebar);
    ++index;
  } while (page.size() + sidebar.size() + tail.size() + 32 < bytes);
  page += "</div>\n</article>\n";
  page += sidebar;
  page += "</aside>\n";
  page += tail;
  return page;
}

}  // namespace pith::bench
