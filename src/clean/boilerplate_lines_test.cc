#include "clean/boilerplate_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kAffiliate[] = "This post contains affiliate links: if you buy through them, we may earn a commission.";

// FindArticle ends with DropBoilerplateLines.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

// Paragraphs of the article around `middle`, with `first` and `last` at its edges.
std::string Page(const std::string& first, const std::string& middle, const std::string& last) {
  std::string html = "<body><article><p>" + first + "</p>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  html += "<p>" + middle + "</p>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara2 + "</p><p>" + kPara1 + "</p>";
  return html + "<p>" + last + "</p></article></body>";
}

bool Has(const Strings& body, const std::string& text) {
  for (const std::string& s : body) {
    if (s == text) return true;
  }
  return false;
}

TEST(DropBoilerplateLines, AffiliateNoteAtTheStart) {
  EXPECT_FALSE(Has(Body(Page(kAffiliate, kPara1, kPara2)), kAffiliate));
}

TEST(DropBoilerplateLines, AffiliateWordsInTheMiddleStay) {
  EXPECT_TRUE(Has(Body(Page(kPara1, kAffiliate, kPara2)), kAffiliate));
}

TEST(DropBoilerplateLines, CopyrightLineAtTheEndStays) {
  const std::string line = "Copyright 2019 Harbour News. All rights reserved.";
  EXPECT_TRUE(Has(Body(Page(kPara1, kPara2, line)), line));
}

// An e-mailed newsletter's line with the link to its web version, over its
// text or under it, in English and German.
TEST(DropBoilerplateLines, EmailViewLinkLineAtTheEdgesLeaves) {
  const std::string top = "Is this email not displaying correctly? <a href=\"/v/41\">View it in your browser</a>.";
  const std::string bottom = "Wird dieser Newsletter nicht richtig angezeigt? <a href=\"/n\">Im Browser ansehen</a>";
  const Strings body = Body(Page(top, kPara1, bottom));
  EXPECT_FALSE(Has(body, "Is this email not displaying correctly? View it in your browser."));
  EXPECT_FALSE(Has(body, "Wird dieser Newsletter nicht richtig angezeigt? Im Browser ansehen"));
  EXPECT_TRUE(Has(body, kPara1));
}

// The same words in the article's own sentence, not as a link, stay; so
// does a link to the "web version" of a product, which names no message.
TEST(DropBoilerplateLines, BrowserWordsOfTheArticleStay) {
  const std::string own = "Check out the result: view it in your browser.";
  const std::string product = "Our editor now has a <a href=\"/web\">web version</a>.";
  const Strings body = Body(Page(own, kPara1, product));
  EXPECT_TRUE(Has(body, own));
  EXPECT_TRUE(Has(body, "Our editor now has a web version."));
}

// A blog platform's subscribe box closing the text: its notice and the
// heading over it in the same box go; the article's own closing section,
// its heading set among the paragraphs, stays.
TEST(DropBoilerplateLines, SubscribeBoxWithItsHeadLeaves) {
  std::string html = "<body><article>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  html += "<h2>About the study</h2><p>" + std::string(kPara1) + "</p>";
  html += "<div class=\"wp-block-group\"><h3>Discover more from River Walks</h3>"
          "<p>Subscribe to get the latest posts sent to your email.</p></div></article></body>";
  const Strings body = Body(html);
  EXPECT_FALSE(Has(body, "Discover more from River Walks"));
  EXPECT_FALSE(Has(body, "Subscribe to get the latest posts sent to your email."));
  EXPECT_TRUE(Has(body, "About the study"));
}

// An article of ten paragraphs, then `tail` inside the same container.
std::string PageWithTail(const std::string& tail) {
  std::string html = "<body><article>";
  for (int i = 0; i < 5; ++i) html += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  return html + tail + "</article></body>";
}

const char kPrompt[] = "Become a paid subscriber to unlock this piece and learn about:";

TEST(DropAfterPaywallPrompt, PitchPointsUnderThePromptLeave) {
  const Strings body = Body(PageWithTail(std::string("<p>") + kPrompt +
                                         "</p><ul><li>Three planning templates</li><li>Our weekly tool reviews</li>"
                                         "</ul><h3>What is included?</h3><p>Member events</p>"));
  EXPECT_FALSE(Has(body, "Three planning templates"));
  EXPECT_FALSE(Has(body, "Member events"));
  EXPECT_TRUE(Has(body, kPara2));
}

TEST(DropAfterPaywallPrompt, ParagraphsUnderThePromptStay) {
  const Strings body = Body(PageWithTail(std::string("<p>") + kPrompt + "</p><p>" + kPara1 + " " + kPara2 +
                                         "</p><p>A short list follows.</p><ul><li>First point</li></ul>"));
  EXPECT_TRUE(Has(body, "First point"));
}

}  // namespace
}  // namespace pith
