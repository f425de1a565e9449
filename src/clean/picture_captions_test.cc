#include "clean/picture_captions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/clean_test_support.h"
#include "parse/html_parse.h"

namespace pith {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kPara1 = test::kCouncilParagraph1;
constexpr const char* kPara2 = test::kCouncilParagraph2;
const char kCaption[] = "The new library wing seen from the river path";

// FindArticle ends with MarkPictureCaptions.
Strings Body(const std::string& html) { return test::HtmlBodyTexts(html); }

std::string Page(const std::string& box) {
  return std::string("<body><article><p>") + kPara1 + "</p>" + box + "<p>" + kPara2 + "</p></article></body>";
}

TEST(PictureBox, BoxHoldingThePictureAndTheLineOnly) {
  const Document doc = ParseHtml(Page(std::string("<div class=\"pic\"><img src=\"/a.jpg\"><p>") + kCaption +
                                      "</p></div>"));
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_GE(PictureBox(doc, 1, doc.blocks[1].element), 0);
  EXPECT_LT(PictureBox(doc, 0, doc.blocks[0].element), 0);
}

TEST(MarkPictureCaptions, LineBesideAPictureIsACaption) {
  EXPECT_EQ(Body(Page(std::string("<div class=\"pic\"><a href=\"/big.jpg\"><img src=\"/a.jpg\"></a><p>") + kCaption +
                      "</p></div>")),
            (Strings{kPara1, kPara2}));
  EXPECT_EQ(Body(Page(std::string("<div><div><img src=\"/a.jpg\"></div><div><span>") + kCaption +
                      "</span></div></div>")),
            (Strings{kPara1, kPara2}));
}

TEST(MarkPictureCaptions, ParagraphsAndLongCardTextStay) {
  // A picture among the paragraphs of one box: the paragraphs are text.
  EXPECT_EQ(Body(std::string("<body><article><p>") + kPara1 + "</p><img src=\"/a.jpg\"><p>" + kCaption + ".</p><p>" +
                 kPara2 + "</p></article></body>")
                .size(),
            3u);
  // A card's description beside its logo runs longer than a caption.
  EXPECT_EQ(Body(Page(std::string("<div class=\"card\"><img src=\"/logo.png\"><p>") + kPara1 + " " + kPara2 + "</p></div>")).size(),
            3u);
  // No picture, no caption.
  EXPECT_EQ(Body(Page("<div class=\"pic\"><p>The new library wing opened to readers on Monday.</p></div>")).size(), 3u);
}

std::string Figure(const std::string& caption) {
  return "<figure><img src=\"/p.jpg\"><figcaption>" + caption + "</figcaption></figure>";
}

const char kEssay1[] = "Captain Roy has steered the ferry through four decades of storms and still checks the sky.";
const char kEssay2[] = "Schoolchildren from the island make the crossing twice a day, in every kind of weather.";
const char kEssay3[] = "The ticket office, unchanged since 1971, still sells paper tickets punched by hand.";

TEST(KeepEssayCaptions, CaptionsThatTellTheStoryAreItsText) {
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p>" +
                           Figure(kEssay1) + Figure(kEssay2) + Figure(kEssay3) + "</article></body>";
  EXPECT_EQ(Body(page), (Strings{kPara1, kEssay1, kEssay2, kEssay3}));
}

TEST(KeepEssayCaptions, AnArticlesPhotoNotesStayCaptions) {
  // Paragraphs that hold most of the words: the captions are notes.
  const std::string page = std::string("<body><article><p>") + kPara1 + "</p>" + Figure(kEssay1) + "<p>" + kPara2 +
                           "</p>" + Figure(kEssay2) + Figure(kEssay3) + "</article></body>";
  EXPECT_EQ(Body(page), (Strings{kPara1, kPara2}));
  // Two captions are no essay.
  const std::string two = std::string("<body><article><p>") + kPara1 + "</p>" + Figure(kEssay1) +
                          Figure(kEssay2) + "</article></body>";
  EXPECT_EQ(Body(two), (Strings{kPara1}));
}

}  // namespace
}  // namespace pith
