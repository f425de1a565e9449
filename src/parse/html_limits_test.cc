#include "parse/html_limits.h"

#include <gtest/gtest.h>
#include <gumbo.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace pith {
namespace {

std::string Repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t i = haystack.find(needle); i != std::string_view::npos; i = haystack.find(needle, i + 1)) ++n;
  return n;
}

// What gumbo makes of the markup: the deepest element nesting and the
// number of nodes.
struct TreeShape {
  std::size_t depth = 0;
  std::size_t nodes = 0;
};

TreeShape Parse(const std::string& html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  TreeShape shape;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack{{out->root, 1}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    ++shape.nodes;
    shape.depth = std::max(shape.depth, depth);
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }
  gumbo_destroy_output(&options, out);
  return shape;
}

const std::string kNormalPage = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A <b>page</b></title>
<style>div > p { color: red } /* <div><div><div> */</style>
<script>var s = "<div><div><div><b><b><b>"; if (a < b) { document.write("</div>"); }</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"<i>H</i>"}</script>
</head><body class="article">
<!-- <div><div><div> in a comment -->
<header><nav><ul><li><a href="/">Home</a><li><a href="/news">News</a></ul></nav></header>
<main><article><h1>Headline</h1><p class=byline>By <a href="/a">A. Writer</a>
<p>First paragraph with <b>bold, <i>italic</b> and misnested</i> text.<p>Second <a href=x>link<p>Third paragraph.
<figure><img src=x.jpg alt=""><figcaption>Caption <em>here</em></figcaption></figure>
<table><tr><td>one<td>two<tr><td>three<td>four</table>
<select><option>a<option>b<optgroup label=g><option>c</select>
<dl><dt>term<dd>definition<dt>term 2<dd>definition 2</dl>
<svg viewBox="0 0 10 10"><title>icon</title><path d="M0 0"/><g><circle r=1 /></g></svg>
<math><mi>x</mi><mo>=</mo><mn>1</mn></math>
<form action=/s><input name=q><button>Go</button></form>
<ruby>漢<rt>kan<rp>(</rp></ruby><textarea><div><div></textarea>
<template><div>template content</div></template>
</article></main><footer><p>&copy; 2024</footer></body></html>
)";

TEST(LimitHtml, LeavesNormalMarkupAlone) {
  HtmlLimitReport report;
  EXPECT_EQ(LimitHtml(kNormalPage, {}, &report), kNormalPage);
  EXPECT_EQ(report.deep_tags, 0u);
  EXPECT_EQ(report.cut_attributes, 0u);
  EXPECT_EQ(report.formatting_tags, 0u);
  EXPECT_GT(report.max_depth, 5u);
  EXPECT_LT(report.max_depth, 20u);
}

TEST(LimitHtml, ImplicitlyClosedElementsDoNotCountAsNesting) {
  // Each of these closes the one before it, so none of them nests.
  for (std::string_view shape : {"<p>para", "<li>item", "<dt>t<dd>d", "<option>o", "<a href=x>link",
                                 "<tr><td>cell<td>cell", "<h2>heading<h3>sub", "<div>x</div>", "<br><img src=x>"}) {
    const std::string html = "<body><ul><table>" + Repeat(shape, 3000);
    HtmlLimitReport report;
    EXPECT_EQ(LimitHtml(html, {}, &report), html) << shape;
    EXPECT_LT(report.max_depth, 10u) << shape;
  }
}

TEST(LimitHtml, TextOfRawElementsAndCommentsIsNotMarkup) {
  for (const std::string& html :
       {"<script>" + Repeat("<div>", 5000) + "</script><p>x", "<style>" + Repeat("<b a=1>", 5000) + "</STYLE >",
        "<textarea>" + Repeat("<div>", 5000) + "</textarea>", "<!--" + Repeat("<div>", 5000) + "-->",
        "<!--" + Repeat("<div>", 5000), "<plaintext>" + Repeat("<div>", 5000),
        "<svg>" + Repeat("<path d=x />", 5000) + "</svg>"}) {
    HtmlLimitReport report;
    EXPECT_EQ(LimitHtml(html, {}, &report), html) << html.substr(0, 20);
    EXPECT_LT(report.max_depth, 3u) << html.substr(0, 20);
  }
}

TEST(LimitHtml, CapsNestingAndDropsTheMatchingEndTags) {
  const std::string html =
      "<body><div id=outer>" + Repeat("<div>", 2000) + "deep" + Repeat("</div>", 2000) + "<p>after</p></div>";
  HtmlLimits limits;
  HtmlLimitReport report;
  const std::string out = LimitHtml(html, limits, &report);
  EXPECT_LE(report.max_depth, limits.max_depth);
  EXPECT_GT(report.deep_tags, 2 * (2000 - limits.max_depth));
  // Balanced: what stays opened is closed, so "after" stays in #outer.
  EXPECT_EQ(Count(out, "<div"), Count(out, "</div>"));
  EXPECT_NE(out.find("deep</div>"), std::string::npos);
  EXPECT_NE(out.find("<p>after</p></div>"), std::string::npos);
  EXPECT_LE(Parse(out).depth, limits.max_depth + 4);
}

TEST(LimitHtml, CapsEveryDeepShape) {
  HtmlLimits limits;
  limits.max_depth = 64;
  const std::vector<std::string> shapes = {
      Repeat("<div>x", 5000),
      Repeat("<span>", 5000),
      Repeat("<table><tr><td>", 2000),
      Repeat("<ul><li>", 5000),
      Repeat("<object>", 5000),
      Repeat("<div><object></div>", 5000),  // </div> cannot close through <object>
      "<svg>" + Repeat("<g>", 5000),
      Repeat("<template>", 5000),
      Repeat("<form><div></form>", 5000),
      Repeat("<select><template><div>", 3000),
      Repeat("<table><tr><td><div>", 3000),
  };
  for (const std::string& html : shapes) {
    HtmlLimitReport report;
    const std::string out = LimitHtml(html, limits, &report);
    EXPECT_GT(report.deep_tags, 0u) << html.substr(0, 30);
    EXPECT_LE(Parse(out).depth, 2 * limits.max_depth + 8) << html.substr(0, 30);
  }
}

TEST(LimitHtml, CutsAttributesPastTheLimit) {
  std::string tag = "<div";
  for (int i = 0; i < 1000; ++i) tag += " a" + std::to_string(i) + "=\"v>" + std::to_string(i) + "\"";
  HtmlLimits limits;
  HtmlLimitReport report;
  const std::string out = LimitHtml("<body>" + tag + " />text</div>", limits, &report);
  EXPECT_EQ(report.cut_attributes, 1u);
  EXPECT_EQ(Count(out, "=\"v>"), limits.max_attributes);
  EXPECT_NE(out.find(" a127=\"v>127\" />text</div>"), std::string::npos);
}

TEST(LimitHtml, CapsAttributesMergedIntoBody) {
  std::string html = "<html><body>";
  for (int i = 0; i < 1000; ++i) html += "<body a" + std::to_string(i) + "=v>";
  HtmlLimitReport report;
  const std::string out = LimitHtml(html, {}, &report);
  EXPECT_EQ(Count(out, "<body"), 1 + 128u);
}

TEST(LimitHtml, BoundsReOpenedFormattingElements) {
  // Formatting elements closed by a block but never by their own end tag are
  // re-created in every later paragraph: 2,000 x 2,000 elements.
  std::string html = "<body><div>";
  for (int i = 0; i < 2000; ++i) html += "<b id=" + std::to_string(i) + ">";
  html += "</div>" + Repeat("<p>para", 2000);
  HtmlLimitReport report;
  const std::string out = LimitHtml(html, {}, &report);
  EXPECT_GT(report.formatting_tags, 0u);
  EXPECT_EQ(Count(out, "<p>para"), 2000u);
  EXPECT_LT(Parse(out).nodes, 3 * html.size());
}

TEST(LimitHtml, ReOpensAtMostThreeFormattingElementsOfTheSameAttributes) {
  // The "Noah's Ark" clause: a fourth <b x=1> pushes out the first.
  HtmlLimitReport same, differ;
  LimitHtml("<body><div><b x=1><b x=1><b x=1><b x=1><b x=1></div><p>a", {}, &same);
  LimitHtml("<body><div><b x=1><b x=2><b x=3><b x=4><b x=5></div><p>a", {}, &differ);
  EXPECT_EQ(same.reconstructed, 3u);
  EXPECT_EQ(differ.reconstructed, 5u);
}

TEST(LimitHtml, KeepsAnUnclosedLinkReOpenedInLaterParagraphs) {
  // A page that forgets one </a> is common; browsers re-open it in every
  // later block, and so does the parser.
  const std::string html = "<body><p><a href=x>link</p>" + Repeat("<p>A paragraph of text.</p>", 500);
  HtmlLimitReport report;
  EXPECT_EQ(LimitHtml(html, {}, &report), html);
  EXPECT_EQ(report.reconstructed, 500u);
}

TEST(LimitHtml, CapsActiveFormattingElements) {
  std::string html = "<body>";
  for (int i = 0; i < 1000; ++i) html += "<font size=" + std::to_string(i) + ">x";
  HtmlLimits limits;
  HtmlLimitReport report;
  const std::string out = LimitHtml(html + Repeat("</font>", 1000), limits, &report);
  EXPECT_EQ(Count(out, "<font"), limits.max_formatting);
  EXPECT_EQ(Count(out, "</font>"), limits.max_formatting);
}

TEST(LimitHtml, TagCutOffByTheEndOfInputIsLeftToTheParser) {
  for (std::string html : {"<div", "<div a=\"unterminated", "</div", "<!-- x", "<![CDATA[", "<", "</", "<?x"}) {
    EXPECT_EQ(LimitHtml(html), html);
  }
}

// Random tag soup: whatever the mix, what gumbo builds from the limited
// markup stays within a constant of the limits.
TEST(LimitHtml, RandomTagSoupStaysBounded) {
  static const char* kTags[] = {
      "div", "p", "span", "b", "i", "a href=x", "font color=red", "nobr", "table", "tr", "td", "th", "tbody",
      "caption", "colgroup", "col", "select", "option", "optgroup", "template", "svg", "math", "mi",
      "foreignObject", "desc", "title", "g", "li", "ul", "ol", "dd", "dt", "h1", "h2", "button", "object",
      "applet", "form", "textarea", "script", "style", "xmp", "ruby", "rt", "br", "img", "hr", "input", "html",
      "body", "head", "x-y", "em", "code", "noscript", "mtext", "annotation-xml", "section", "pre", "listing",
      "iframe", "marquee", "rp", "rb", "image", "dl"};
  HtmlLimits limits;
  limits.max_depth = 24;
  limits.max_formatting = 6;
  limits.max_reconstructed = 50;
  limits.reconstruct_bytes_per_element = std::size_t{1} << 30;
  for (unsigned seed = 0; seed < 100; ++seed) {
    std::mt19937 rng(seed);
    std::string html;
    int tokens = 0;
    while (tokens < 2000) {
      const std::string tag = kTags[rng() % std::size(kTags)];
      const bool raw = tag == "script" || tag == "style" || tag == "textarea" || tag == "xmp" || tag == "iframe" ||
                       tag == "title";
      if (raw && rng() % 8 != 0) continue;  // they swallow what follows
      const auto r = rng() % 100;
      if (r < 45) {
        html += "<" + tag + (rng() % 4 == 0 ? " id=" + std::to_string(rng() % 50) : "") + (rng() % 10 == 0 ? "/>" : ">");
      } else if (r < 80) {
        html += "</" + tag.substr(0, tag.find(' ')) + ">";
      } else {
        html += r < 95 ? "t" : r < 97 ? " " : "<!--c-->";
      }
      ++tokens;
    }
    const TreeShape shape = Parse(LimitHtml(html, limits));
    EXPECT_LE(shape.depth, 4 * limits.max_depth) << "seed " << seed;
    EXPECT_LE(shape.nodes, 2 * 2000u) << "seed " << seed;
  }
}

// A node budget of `nodes`, whatever the input's size.
HtmlLimits NodeBudget(std::size_t nodes) {
  HtmlLimits limits;
  limits.max_nodes = nodes;
  limits.bytes_per_node = std::size_t{1} << 30;
  return limits;
}

TEST(LimitHtml, NormalPagesStayFarBelowTheNodeBudget) {
  HtmlLimitReport report;
  LimitHtml(kNormalPage, {}, &report);
  EXPECT_GT(report.nodes, 50u);
  EXPECT_LT(report.nodes, 500u);
  EXPECT_EQ(report.over_budget, 0u);
}

TEST(LimitHtml, PastTheNodeBudgetTheRestIsText) {
  const std::string html = "<ul>" + Repeat("<li>a", 10000) + "</ul><p>end";
  HtmlLimitReport report;
  const std::string limited = LimitHtml(html, NodeBudget(1000), &report);
  EXPECT_GT(report.over_budget, 9000u);
  EXPECT_LE(Parse(limited).nodes, 1100u);
  EXPECT_EQ(Count(limited, "a"), 10000u);  // every letter kept
  EXPECT_LT(Count(limited, "<li>"), 600u);
  // The budget grows with the input: the default one keeps this page whole.
  EXPECT_EQ(LimitHtml(html), html);
}

TEST(LimitHtml, PastTheNodeBudgetCommentsGoAndScriptsWithTheirText) {
  const std::string html = "<p>" + Repeat("a<!---->b", 2000) + Repeat("<script>var x = '<p>';</script>t", 500) +
                           Repeat("<?pi><!x>", 500);
  const std::string limited = LimitHtml(html, NodeBudget(500));
  EXPECT_LE(Parse(limited).nodes, 600u);
  EXPECT_EQ(Count(limited, "a"), 2000u);
  EXPECT_EQ(Count(limited, "t"), 500u);
  EXPECT_EQ(Count(limited, "var x"), 0u);  // a script's text never becomes page text
  EXPECT_LT(Count(limited, "<!---->"), 300u);
  EXPECT_EQ(Count(limited, "<?pi>") + Count(limited, "<!x>"), 0u);
}

TEST(LimitHtml, PastTheNodeBudgetEndTagsOnlyCloseAndNoTagIsSplicedTogether) {
  // End tags that close nothing would split the text into nodes; a '<'
  // left before a removed tag would start a new tag with what follows.
  const std::string html =
      "<div><div>" + Repeat("<b>x</b>", 300) + Repeat("</div>a</p>b</br>", 2000) + Repeat("<<i>em>", 2000);
  const std::string limited = LimitHtml(html, NodeBudget(600));
  const TreeShape shape = Parse(limited);
  EXPECT_LE(shape.nodes, 700u);
  EXPECT_EQ(Count(limited, "<em"), 0u);
  EXPECT_EQ(Count(limited, "em>"), 2000u);
}

TEST(LimitHtml, NodeBudgetCountsAttributes) {
  std::string tag = "<i";
  for (int i = 0; i < 100; ++i) tag += " a" + std::to_string(i);
  tag += ">t</i>";
  HtmlLimitReport report;
  const std::string limited = LimitHtml(Repeat(tag, 100), NodeBudget(1000), &report);
  EXPECT_LT(Count(limited, " a99"), 12u);
  EXPECT_GT(report.over_budget, 0u);
}

// Random tag soup under a small node budget: gumbo builds about as many
// nodes as the budget, whatever the mix.
TEST(LimitHtml, RandomTagSoupStaysWithinTheNodeBudget) {
  static const char* kTags[] = {"div", "p", "span", "b", "a href=x", "table", "tr", "td", "select", "option",
                                "template", "svg", "math", "mi", "li", "ul", "h1", "button", "object", "form",
                                "textarea", "script", "style", "br", "img", "html", "body", "em", "pre", "iframe"};
  HtmlLimits limits = NodeBudget(300);
  limits.max_depth = 24;
  for (unsigned seed = 0; seed < 100; ++seed) {
    std::mt19937 rng(seed);
    std::string html;
    for (int tokens = 0; tokens < 3000; ++tokens) {
      const std::string tag = kTags[rng() % std::size(kTags)];
      const auto r = rng() % 100;
      if (r < 40) {
        html += "<" + tag + (rng() % 10 == 0 ? "/>" : ">");
      } else if (r < 75) {
        html += "</" + tag.substr(0, tag.find(' ')) + ">";
      } else {
        html += r < 90 ? "t" : r < 93 ? "<" : r < 96 ? " " : "<!--c-->";
      }
    }
    EXPECT_LE(Parse(LimitHtml(html, limits)).nodes, 2 * 300u + 4 * limits.max_depth) << "seed " << seed;
  }
}

}  // namespace
}  // namespace pith
