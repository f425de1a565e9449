#include "metadata/captions.h"

#include <gtest/gtest.h>

#include "parse/html_parse.h"
#include "parse/text_parse.h"

namespace pith {
namespace {

using Captions = std::vector<std::string>;

TEST(Captions, CreditLabelsAfterTheCaption) {
  CaptionParts p = SplitCaptionCredit("He was found in a doorway of a bar. Credit... Ed Murray/NJ Advance Media");
  EXPECT_EQ(p.text, "He was found in a doorway of a bar.");
  EXPECT_EQ(p.credit, "Ed Murray/NJ Advance Media");
  // A screen-reader label repeated before the visible one.
  p = SplitCaptionCredit("The explosion injured 29. Credit Credit... Craig Ruttle/Associated Press");
  EXPECT_EQ(p.text, "The explosion injured 29.");
  EXPECT_EQ(p.credit, "Craig Ruttle/Associated Press");
  p = SplitCaptionCredit("Protesters in the square. Photo: Reuters");
  EXPECT_EQ(p.credit, "Reuters");
  p = SplitCaptionCredit("\xC2\xA9 Maizal / stock.adobe.com");
  EXPECT_EQ(p.text, "");
  EXPECT_EQ(p.credit, "Maizal / stock.adobe.com");
  p = SplitCaptionCredit("(Photo: Brett Davis, USA TODAY Sports)");
  EXPECT_EQ(p.text, "");
  EXPECT_EQ(p.credit, "Brett Davis, USA TODAY Sports");
  p = SplitCaptionCredit("Mark Zuckerberg, the man with the plan. Photo by James Martin/CNET");
  EXPECT_EQ(p.text, "Mark Zuckerberg, the man with the plan.");
  EXPECT_EQ(p.credit, "James Martin/CNET");
  p = SplitCaptionCredit("A protest in Beijing. CreditKevin Frayer/Getty Images");
  EXPECT_EQ(p.text, "A protest in Beijing.");
  EXPECT_EQ(p.credit, "Kevin Frayer/Getty Images");
  p = SplitCaptionCredit("Interest could pass defence in 2023. Credit Credit Jeon Heon-Kyun/EPA");
  EXPECT_EQ(p.text, "Interest could pass defence in 2023.");
  EXPECT_EQ(p.credit, "Jeon Heon-Kyun/EPA");
  p = SplitCaptionCredit("A machine that could make hacking more common.Zhejiang Daily / AP");
  EXPECT_EQ(p.text, "A machine that could make hacking more common.");
  EXPECT_EQ(p.credit, "Zhejiang Daily / AP");
  p = SplitCaptionCredit("Dylann Roof is escorted from the police department. Chuck Burton/AP hide caption");
  EXPECT_EQ(p.text, "Dylann Roof is escorted from the police department. Chuck Burton/AP");
  // "Credit Suisse" and "a photo by the river" are no credits.
  EXPECT_EQ(SplitCaptionCredit("Credit Suisse headquarters in Zurich.").credit, "");
  EXPECT_EQ(SplitCaptionCredit("The mayor spoke.Scott Smith listened").credit, "");
  EXPECT_EQ(SplitCaptionCredit("Shares of Credit Suisse fell").credit, "");
  EXPECT_EQ(SplitCaptionCredit("A photo by the river at dawn").credit, "");
  // "photo" in a sentence is not a label.
  p = SplitCaptionCredit("A photo of the bridge taken in 1930");
  EXPECT_EQ(p.text, "A photo of the bridge taken in 1930");
  EXPECT_EQ(p.credit, "");
}

TEST(Captions, JoinedAsCaptionAndCredit) {
  EXPECT_EQ(JoinCaption({"Zahraa was hit by two explosions", "AP"}), "Zahraa was hit by two explosions (AP)");
  EXPECT_EQ(JoinCaption({"Zahraa was hit by two explosions (AP)", "AP"}), "Zahraa was hit by two explosions (AP)");
  EXPECT_EQ(JoinCaption({"Zahraa was hit", ""}), "Zahraa was hit");
  EXPECT_EQ(JoinCaption({"", "AP"}), "");
  EXPECT_EQ(JoinCaption({"QR codes.", "(Hersteller)"}), "QR codes. (Hersteller)");
}

Captions Build(const std::string& html) {
  Document d = ParseHtml(html);
  MarkElements(d);
  Selection sel = FindArticle(d);
  std::vector<BlockStats> stats;
  for (const Block& b : d.blocks) stats.push_back(MeasureBlock(b));
  std::vector<std::size_t> no_captions;
  return BuildCaptions(d, sel.verdicts, stats, &no_captions);
}

const char kProse[] =
    "<p>The council voted on Tuesday to approve the new budget, which includes funding for schools, roads and "
    "the library, after a debate that lasted four hours.</p><p>Supporters said the plan was overdue, while "
    "critics argued that it would raise taxes, cut services and leave the city with less money.</p>";

TEST(Captions, FigurePartsBecomeOneCaption) {
  const Captions c = Build(std::string("<article>") + kProse +
                           "<figure><img src=a.jpg><figcaption><p>The mayor at the meeting.</p>"
                           "<p class=\"credit\">Jane Roe/Example Press</p></figcaption></figure>" + kProse +
                           "<figure><figcaption>A second photo.<span>Credit...</span><span>John Doe</span>"
                           "</figcaption></figure>" + kProse + "</article>");
  EXPECT_EQ(c, (Captions{"The mayor at the meeting. (Jane Roe/Example Press)", "A second photo. (John Doe)"}));
}

TEST(Captions, TeaserTitlesAndLinksAreNoCaptions) {
  const Captions c = Build(std::string("<article>") + kProse +
                           "<div class=\"related\"><h5 class=\"related-caption\">20 Best Movies of 2016</h5></div>"
                           "<figure><figcaption><a href=\"/x\">Read more about the budget</a></figcaption></figure>" +
                           kProse + "<figure><figcaption>The council chamber.</figcaption><div class=\"caption\">"
                           "toggle caption</div></figure>" + kProse +
                           "</article>");
  EXPECT_EQ(c, Captions{"The council chamber."});
}

TEST(Captions, AnAltTextRepeatedWithTheCreditCountsOnce) {
  Document d = ParseText("Zahraa, in Homs province, was hit by two explosions\n"
                         "Zahraa, in Homs province, was hit by two explosions (AP)\n");
  Selection sel;
  sel.verdicts.assign(d.blocks.size(), Verdict{Role::kCaption, "caption"});
  std::vector<BlockStats> stats;
  for (const Block& b : d.blocks) stats.push_back(MeasureBlock(b));
  std::vector<std::size_t> no_captions;
  EXPECT_EQ(BuildCaptions(d, sel.verdicts, stats, &no_captions),
            Captions{"Zahraa, in Homs province, was hit by two explosions (AP)"});
}

}  // namespace
}  // namespace pith
