#include "clean/text_captions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/text_parse.h"

namespace pith {
namespace {

struct Marked {
  Document doc;
  Selection sel;
  std::vector<bool> decided;
};

Marked Mark(const std::string& text) {
  Marked m;
  m.doc = ParseText(text);
  m.sel.verdicts.assign(m.doc.blocks.size(), Verdict{});
  m.decided.assign(m.doc.blocks.size(), false);
  MarkTextCaptions(m.doc, MeasureTextLines(m.doc), m.sel, m.decided);
  return m;
}

TEST(SpellsOutAcronym, TermsDefinedBeforeTheirCapitals) {
  for (const char* s : {"1. Amazon Web Services (AWS)", "High-Intensity Interval Training (HIIT)",
                        "Accreditation Council for Business Schools and Programs (ACBSP)",
                        "7. Transcranial Magnetic Stimulation (TMS)", "Advantage Sport & Fitness (ASF)"}) {
    EXPECT_TRUE(SpellsOutAcronym(s)) << s;
  }
  for (const char* s : {"Protesters march through the old town on Friday. (AP)", "A parade in Paris (AFP)",
                        "Cherry Servers (SMB)", "Anna at a press (AP) stand", "(AWS)", "Golden Pothos (Devil Ivy)"}) {
    EXPECT_FALSE(SpellsOutAcronym(s)) << s;
  }
}

TEST(MarkTextCaptions, SubheadSpellingOutItsAcronymIsNoCaption) {
  const Marked m = Mark(
      "Cloud providers compared\n2. Google Cloud Platform (GCP)\n"
      "The second provider has fewer regions but sells cheaper storage for archives that are rarely read.\n");
  EXPECT_NE(m.sel.verdicts[1].role, Role::kCaption);
}

TEST(MarkTextCaptions, AltTextThenTheCaptionWithItsCredit) {
  const Marked m = Mark("Zahraa, in Homs province\nZahraa, in Homs province (AP)\n");
  EXPECT_EQ(m.sel.verdicts[0].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kCaption);
  EXPECT_TRUE(m.decided[0] && m.decided[1]);
}

TEST(MarkTextCaptions, CaptionWithACreditAndTheAltTextAboveIt) {
  const Marked m = Mark("Hong Kong protester\nChina has warned it will not allow the city to slip (Image: GETTY )\n");
  EXPECT_EQ(m.sel.verdicts[0].reason, std::string("dropped: image alt text above its caption"));
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kCaption);
}

TEST(MarkTextCaptions, AltTextThenTheCaptionWithAnyCreditOrQuotes) {
  const Marked m = Mark("The mayor opens the new bridge on Friday.\n\n"
                        "The mayor opens the new bridge on Friday.Archive/Lena Voss\n\n"
                        "Sketch of the hall, seen from the quay\nEnlarge the image\n"
                        "Sketch of the hall, \"seen from the quay\"\n");
  EXPECT_EQ(m.sel.verdicts[0].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kCaption);
  EXPECT_EQ(m.sel.verdicts[2].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[3].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[4].role, Role::kCaption);
}

TEST(MarkTextCaptions, AltTextThenTheCaptionAddingACreditMark) {
  // The caption repeats the alt text and adds a credit in lower case
  // after a copyright sign or word, or after a slash; a subhead its line
  // goes on from with a colon or a bracket is no picture.
  const Marked m = Mark("Smoke rises over the harbour sheds.\n"
                        "Smoke rises over the harbour sheds. \xC2\xA9 imago/Jane Roe | IMAGO/Jane Roe\n\n"
                        "Crowds wait at the quay on Monday\n"
                        "Crowds wait at the quay on Monday - Copyright 2024 Valley Press. All rights reserved\n\n"
                        "A cross by the road, file picture\n"
                        "A cross by the road, file picture / J. Roe / Valley Radio\n\n"
                        "Pros and cons of the new ferry\nPros and cons of the new ferry: is it worth it?\n\n"
                        "The harbour of Kessing today\nThe harbour of Kessing today (2:14)\n\n"
                        "The new bill on\nThe new bill on copyright reform passed on Monday.\n");
  for (const std::size_t i : {0u, 2u, 4u}) {
    EXPECT_EQ(m.sel.verdicts[i].role, Role::kDropped) << i;
    EXPECT_EQ(m.sel.verdicts[i + 1].role, Role::kCaption) << i;
  }
  for (std::size_t i = 6; i < m.decided.size(); ++i) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkTextCaptions, AltTextTheCaptionRestates) {
  // Alt text reading as a sentence leaves when the caption under it names
  // most of its longer words again; a sentence of the text over a caption
  // naming other things stays.
  const Marked m = Mark("kettle - the steel kettle being weighed on the kitchen scale.\n"
                        "The steel kettle being weighed on the scale. Credit: Jane Roe\n\n"
                        "We filled every kettle to its mark and timed how long it took to boil.\n"
                        "A glimpse into our testing process. Credit: Jane Roe\n");
  EXPECT_EQ(m.sel.verdicts[0].reason, std::string("dropped: image alt text above its caption"));
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kCaption);
  EXPECT_FALSE(m.decided[2]);
  EXPECT_EQ(m.sel.verdicts[3].role, Role::kCaption);
}

TEST(MarkTextCaptions, SubheadsTheirParagraphOpensWithAreNoAltText) {
  const Marked m = Mark("The new tracking rules\n\n"
                        "The new tracking rules apply to every boat longer than twelve metres.\n\n"
                        "Acme Tools\nAcme Tools Founder and Editor\n");
  for (const bool d : m.decided) EXPECT_FALSE(d);
}

TEST(MarkTextCaptions, AltTextPrintedTwiceOnItsLine) {
  const Marked m = Mark("A trawler leaves the harbour. A trawler leaves the harbour.\n\n"
                        "Cattle stand in a barn by the river. 1 min Cattle stand in a barn by the river.\n\nCheese counter Cheese counter\n\n"
                        "Jane Roe, The Poems of Jane Roe\n\n"
                        "Dataset Language Base, GB/s SIMD, GB/s Dataset Language Base, GB/s SIMD, GB/s\n");
  EXPECT_TRUE(m.decided[0] && m.decided[1] && m.decided[2]);
  EXPECT_FALSE(m.decided[3]);  // a title naming its author twice
  EXPECT_FALSE(m.decided[4]);  // a table's header row printed twice
}

TEST(SaysItTwice, OneTextTwiceOrThriceOnALine) {
  EXPECT_TRUE(SaysItTwice("The mayor speaks at the harbour before the vote on the new pier, which the council will hold "
                          "in May.The mayor speaks at the harbour before the vote on the new pier, which the council "
                          "will hold in May."));
  EXPECT_TRUE(SaysItTwice("Cheese counter Cheese counter Cheese counter"));
  EXPECT_FALSE(SaysItTwice("The mayor speaks at the harbour before the vote on the new pier."));
}

TEST(MarkTextCaptions, CreditLinesLeaveAndWireCaptionsStay) {
  const Marked m = Mark("FILE - In this Oct. 28, 2019, file photo, the ambassador walks to the Capitol.\n"
                        "Patrick Semansky, ASSOCIATED PRESS\n\nImage copyright Getty Images\n");
  EXPECT_EQ(m.sel.verdicts[0].role, Role::kCaption);
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[2].role, Role::kDropped);
  EXPECT_TRUE(m.decided[1] && m.decided[2]);
}

TEST(MarkTextCaptions, LongCaptionEndingInACredit) {
  std::string caption = "A guest holds her phone showing a picture taken during the press conference";
  for (int i = 0; i < 6; ++i) caption += ", as the company faces the threat of losing access to its suppliers";
  caption += ". (Photo by FRED DUFOUR / AFP) (Photo credit should read FRED DUFOUR/AFP/Getty Images)";
  const Marked m = Mark(caption + "\n");
  EXPECT_EQ(m.sel.verdicts[0].role, Role::kCaption);
}

TEST(MarkTextCaptions, ParagraphsAndAgencyBylinesAreNoCaptions) {
  const Marked m = Mark("The council met on Tuesday (in the old hall) and voted for the budget.\n\nAP\n\n"
                        "Click to print (Opens in new window)\n");
  for (const Verdict& v : m.sel.verdicts) EXPECT_NE(v.role, Role::kCaption);
}

Marked MarkFigures(const std::string& text) {
  Marked m = Mark(text);
  MarkFiguresBesideParagraphs(m.doc, MeasureTextLines(m.doc), m.sel, m.decided);
  return m;
}

constexpr char kParagraph[] =
    "The ferry will run every half hour in summer and every hour in winter, the council said on Monday evening.";

constexpr char kOtherParagraph[] =
    "The old ferry had served the island for more than forty years and spent most of last winter at the yard.";

TEST(MarkFiguresBesideParagraphs, PictureAboveTheParagraphInChromiumCopies) {
  // A copy's lines are grouped by its blank lines when it has several.
  const Marked m = MarkFigures(std::string(kOtherParagraph) + "\n\nFerry at the pier in spring\n" +
                               "The new ferry at the old pier in Kessing in February Jane Roe/Courier\n" + kParagraph +
                               "\n\n" + kOtherParagraph + "\n");
  EXPECT_EQ(m.sel.verdicts[1].reason, std::string("dropped: picture beside a paragraph"));
  EXPECT_EQ(m.sel.verdicts[2].role, Role::kCaption);
  EXPECT_FALSE(m.decided[0] || m.decided[3]);
}

TEST(MarkFiguresBesideParagraphs, PictureBelowTheParagraphInFirefoxCopies) {
  const Marked m = MarkFigures(std::string(kParagraph) + "\nTwo children wave from the upper deck.\n" +
                               "Pupils may use the ferry for school trips. Jane Roe/Courier\nMore trips in summer\n\n" +
                               kOtherParagraph + "\n\n" + kOtherParagraph + "\n");
  EXPECT_FALSE(m.decided[0]);
  EXPECT_EQ(m.sel.verdicts[1].reason, std::string("dropped: picture beside a paragraph"));
  EXPECT_EQ(m.sel.verdicts[2].role, Role::kCaption);
  EXPECT_FALSE(m.decided[3]);  // the next section's subhead
}

TEST(MarkFiguresBesideParagraphs, SubheadsListsAndUnitsAreNoPictures) {
  // A subhead above the paragraph, lines with no credit, and a unit's
  // slash ("kWh/month") stay.
  const Marked m = MarkFigures(std::string("Two children wave from the upper deck.\n") +
                               "A desktop uses 2.4 kWh daily, or 72 kWh/month.\nMore trips in summer\n" + kParagraph +
                               "\n\nThe crossing\nThe ferry leaves at dawn.\n" + kParagraph + "\n\n" +
                               kOtherParagraph + "\n");
  for (const bool d : m.decided) EXPECT_FALSE(d);
}

TEST(MarkFiguresBesideParagraphs, PictureOverItsCreditLineInChromiumCopies) {
  // Alt text and caption that read as sentences, over a credit line of
  // their own, at the top of the paragraph's group or under a short line.
  const Marked m = MarkFigures(std::string(kOtherParagraph) +
                               "\n\nThe new ferry leaves the old pier of Kessing on a grey morning in early spring.\n"
                               "The ferry on its first crossing in February.\nPhoto: Jane Roe (Courier)\n" +
                               kParagraph + "\n\nThe crossing\nTwo children wave from the upper deck.\n"
                               "Pupils may use the ferry for school trips.\nPhoto: Jane Roe\n" +
                               kParagraph + "\n");
  EXPECT_EQ(m.sel.verdicts[1].reason, std::string("dropped: picture beside a paragraph"));
  EXPECT_EQ(m.sel.verdicts[2].reason, std::string("dropped: picture beside a paragraph"));
  EXPECT_FALSE(m.decided[0] || m.decided[4] || m.decided[5] || m.decided[9]);
  EXPECT_TRUE(m.decided[6] && m.decided[7]);
}

TEST(MarkFiguresBesideParagraphs, ProductNamesAndParagraphsOverCreditsStay) {
  // A buying guide's product name over "Courtesy of the brand" under a
  // paragraph, and a paragraph over a credit line.
  const Marked m = MarkFigures(std::string(kOtherParagraph) + "\nBest for travel: Acme Fold Kettle\nAcme Fold Kettle\n" +
                               "Courtesy of the brand\n" + kParagraph + "\n\n" + kOtherParagraph +
                               "\nPhoto: Jane Roe\n" + kParagraph + "\n");
  EXPECT_FALSE(m.decided[0] || m.decided[1] || m.decided[2] || m.decided[4] || m.decided[5] || m.decided[7]);
}

TEST(PictureBesideParagraph, NamesThePictureLinesAndTheirCreditLine) {
  const Marked m = MarkFigures(std::string(kOtherParagraph) +
                               "\n\nThe new ferry leaves the old pier of Kessing on a grey morning in early spring.\n"
                               "The ferry on its first crossing in February.\nPhoto: Jane Roe (Courier)\n" +
                               kParagraph + "\n\n" + kOtherParagraph + "\n");
  EXPECT_TRUE(FigureBesideParagraph(m.sel.verdicts[1]) && FigureBesideParagraph(m.sel.verdicts[2]));
  EXPECT_FALSE(FigureBesideParagraph(m.sel.verdicts[3]));
  EXPECT_TRUE(PictureBesideParagraph(m.sel.verdicts[3]));
  EXPECT_FALSE(PictureBesideParagraph(m.sel.verdicts[0]) || PictureBesideParagraph(m.sel.verdicts[4]));
}

TEST(KeepCaptionsNear, CaptionsFarFromTheArticleAreTeasers) {
  Selection sel;
  sel.verdicts.assign(60, Verdict{});
  for (const std::size_t i : {2u, 15u, 30u, 55u}) sel.Set(i, Role::kCaption, "caption");
  KeepCaptionsNear(20, 40, sel);
  EXPECT_EQ(sel.verdicts[2].role, Role::kDropped);   // far above the article
  EXPECT_EQ(sel.verdicts[15].role, Role::kCaption);  // the lead image under the headline
  EXPECT_EQ(sel.verdicts[30].role, Role::kCaption);  // inside
  EXPECT_EQ(sel.verdicts[55].role, Role::kDropped);  // below it
}

Marked MarkPictureLines(const std::string& text) {
  Marked m = Mark(text);
  const auto last = static_cast<std::int64_t>(m.doc.blocks.size()) - 1;
  MarkPictureLinesInRun(m.doc, MeasureTextLines(m.doc), 0, last, m.sel, m.decided);
  return m;
}

TEST(MarkPictureLinesInRun, CaptionsAndAltTextBetweenParagraphs) {
  const Marked m = MarkPictureLines(std::string(kParagraph) +
                                    "\nDivers check the posts of the pier on Monday. AP Photo/Jane Roe, File\n" +
                                    "Screenshot of the ferry timetable on the council's website\n" +
                                    "Figure 2. Crossings per month, 2020 to 2025.\n" +
                                    "The old hall. Bildrechte: Kessing Courier/Jane Roe\n" +
                                    "Above: the ferry leaves Kessing at dawn\n" + kOtherParagraph + "\n");
  EXPECT_FALSE(m.decided[0]);
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kCaption);
  EXPECT_EQ(m.sel.verdicts[2].reason, std::string("dropped: alt text describing a picture"));
  EXPECT_EQ(m.sel.verdicts[3].role, Role::kCaption);
  EXPECT_EQ(m.sel.verdicts[4].role, Role::kCaption);
  EXPECT_EQ(m.sel.verdicts[5].role, Role::kCaption);
  EXPECT_FALSE(m.decided[6]);
}

TEST(MarkPictureLinesInRun, AltTextInLowerCase) {
  // Alt text written in lower case, or with the noun in lower case after
  // "A"; a sentence about a photo stays.
  const Marked m = MarkPictureLines(std::string(kParagraph) + "\na graphic illustrating the five steps of a move\n" +
                                    "photo of the author\n" +
                                    "A screenshot of the parcel tracking page.\n" +
                                    "An image of the shop sign lit at night\n" +
                                    "A photo of the pier went round the island within an hour.\n" + kOtherParagraph +
                                    "\n");
  for (const std::size_t i : {1u, 2u, 3u, 4u}) {
    EXPECT_EQ(m.sel.verdicts[i].reason, std::string("dropped: alt text describing a picture")) << i;
  }
  EXPECT_FALSE(m.decided[5]);
  EXPECT_FALSE(m.decided[6]);
}

TEST(MarkPictureLinesInRun, AltTextOpeningInLowerCaseBetweenParagraphs) {
  // A few words in lower case between two paragraphs are a picture's alt
  // text, over a subhead or a numbered one; a name in lower case before a
  // capital, an outline's marker, a list's items in lower case, a line
  // after one announcing it and commands stay.
  // Paragraphs of unlike lengths, so that the copy reads as not wrapped.
  const std::string p = std::string("\n") + kParagraph + "\n";
  const std::string o = std::string("\n") + kOtherParagraph +
                        " It was sold to a diver from the mainland, who plans to sink it off the north cape as a reef "
                        "for the island's fish, and the council will pay for the tow.\n";
  const Marked m = MarkPictureLines(std::string(kParagraph) + "\nferry leaving the harbour at dawn" + o +
                                    "timetable-winter-crossings" + p + "iPhone camera settings for the trip" + o +
                                    "c. Future crossings and fares" + p + "the ferry runs at night\nthe bus does not" +
                                    o + "The fares this year:\nfive pounds for a return ticket" + p +
                                    "harbour office at the quay\n2. Buying a ticket" + o +
                                    "npm install ferry-times --save" + p + "node ferry.js" + o);
  ASSERT_EQ(m.doc.blocks.size(), 22u);
  for (const std::size_t i : {1u, 3u, 15u}) {
    EXPECT_EQ(std::string(m.sel.verdicts[i].reason), "dropped: alt text in lower case between paragraphs") << i;
  }
  for (const std::size_t i : {5u, 7u, 9u, 10u, 13u, 18u, 20u}) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkPictureLinesInRun, GalleryAltTextRunInLowerCase) {
  // A gallery's pictures between the parts of a guide, their alt text
  // describing each at length in lower case, go even after a short label
  // line; a list of things named in a few words, a run under a heading
  // or after a line announcing a list and a program's output stay. Lines
  // apart, so that the copy reads as not wrapped.
  std::string text;
  for (const char* line :
       {kParagraph, "a woman wears a long linen dress with a straw hat and sandals",
        "a man leans on the harbour wall in a blue wool jumper and jeans", "1. Harbour Linen", "Price range: $20-$90",
        "a child holds a kite on the beach in a yellow raincoat",
        "a woman walks the dog along the pier in a long grey coat", "2. Pier Knits", kParagraph, "low noise level",
        "wide cutting deck", "quiet electric motor", "Still, the mower is heavy.", kOtherParagraph,
        "What we liked about the mower", "it cuts the long grass by the fence in one pass",
        "the battery lasts for the whole lawn and the back verge", "Where it let us down",
        "What the mower brings along here:", "spare blades for the cutting deck and a small brush",
        "a charging station with a long cable for the far end", "All of it fits in the box.", "[...]",
        "added one changeset with two changes to two files", "updated bookmark on the review repo",
        "The review repo now holds the fix.", kOtherParagraph}) {
    text += std::string(line) + "\n\n";
  }
  const Marked m = MarkPictureLines(text);
  ASSERT_EQ(m.doc.blocks.size(), 27u);
  for (const std::size_t i : {1u, 2u, 5u, 6u}) {
    EXPECT_EQ(std::string(m.sel.verdicts[i].reason), "dropped: a gallery's alt text in lower case") << i;
  }
  for (const std::size_t i : {3u, 4u, 7u, 9u, 10u, 11u, 15u, 16u, 19u, 20u, 23u, 24u}) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkPictureLinesInRun, PictureFileNames) {
  // A picture's file name alone goes; a sentence naming a file stays.
  const Marked m = MarkPictureLines(std::string(kParagraph) + "\nIMG_2006_blog.jpg\n" + "Harbour at dawn - Kessing.png\n" +
                                    "The chart is saved as ferries.png in the shared folder.\n" + kOtherParagraph +
                                    "\n");
  EXPECT_EQ(m.sel.verdicts[1].reason, std::string("dropped: a picture's file name"));
  EXPECT_EQ(m.sel.verdicts[2].reason, std::string("dropped: a picture's file name"));
  EXPECT_FALSE(m.decided[3]);
  EXPECT_FALSE(m.decided[4]);
}

TEST(MarkPictureLinesInRun, FileNamesMadeAltText) {
  // A file name made alt text carries the picture's size with a file's
  // mark; a spec's row with the size alone, a sentence naming a size, a
  // hash without a size and a size in a label's line stay.
  const Marked m = MarkPictureLines(
      std::string(kParagraph) + "\nHarbour Slider 3 2880x1120px\n" + "Ferry Deck Chairs 4e71c2af 1920x1080 1\n" +
      "KS4_2210 780x470\n" + "Spring-Fair-Banner-21-768x768\n" + "Pier Lights 1200x800 0b7c3e9d5fa1\n" +
      "Native Resolution 1920x1080\n" + "The screen shows 1920x1080 pixels at most.\n" + "Build 4e71c2af0b9d\n" +
      "Screen: 14-inch 1920x1200 touch\n" + kOtherParagraph + "\n");
  for (const std::size_t i : {1u, 2u, 3u, 4u, 5u}) {
    EXPECT_EQ(m.sel.verdicts[i].reason, std::string("dropped: a picture's file name")) << i;
  }
  for (std::size_t i = 6; i < m.decided.size(); ++i) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkPictureLinesInRun, AltTextNamingWhoIsPictured) {
  // Alt text naming a person and what they do with no verb of its own;
  // a sentence naming a person first stays.
  const Marked m = MarkPictureLines(std::string(kParagraph) + "\nA person pouring hot water into the glass press.\n" +
                                    "A plus size model wearing a linen dress from Harbour Lane\n" +
                                    "A woman told the council that the ferry was late every day.\n" +
                                    "A man driving the delivery van was taken to hospital.\n" +
                                    "A man wearing a dark hood robbed the corner shop on Friday.\n" +
                                    "A woman walking her dog found the wallet near the pier.\n" + kOtherParagraph + "\n");
  EXPECT_EQ(m.sel.verdicts[1].reason, std::string("dropped: alt text describing a picture"));
  EXPECT_EQ(m.sel.verdicts[2].reason, std::string("dropped: alt text describing a picture"));
  for (std::size_t i = 3; i < m.decided.size(); ++i) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkPictureLinesInRun, VideoCaptionsWithTheirLength) {
  // A video box's caption carries the clip's length in minutes or opens
  // with "Video" and it; a length written out is the text's.
  const Marked m = MarkPictureLines(std::string(kParagraph) +
                                    "\nThe council voted on the new ferry on Monday evening. 18.04.2024 | 0:21 min\n" +
                                    "Valley Studios. 22.04.2024. 02:10 Min.. Available until 22.04.2026.\n" +
                                    "Video02:53 21.01.2023\n" +
                                    "The crossing took 12:30 minutes longer than the timetable says.\n" +
                                    "She ran the 800 metres in 1:58 min and won the final.\n" + kOtherParagraph + "\n");
  for (const std::size_t i : {1u, 2u, 3u}) {
    EXPECT_EQ(m.sel.verdicts[i].reason, std::string("dropped: a video's caption with its length")) << i;
  }
  for (std::size_t i = 4; i < m.decided.size(); ++i) EXPECT_FALSE(m.decided[i]) << i;
}

TEST(MarkPictureLinesInRun, ParagraphsWithSlashesAndSubheadsStay) {
  // A pair of terms deep in a paragraph is no credit; a subhead, a short
  // paragraph and a sentence about a photo are no picture lines.
  const Marked m = MarkPictureLines(
      "The platform handles AR/AP, payroll and the general ledger for firms of every size, and it connects to "
      "the banks, tax offices and payment services that small firms use every day of the month.\n"
      "What comes next\nIt is a start.\nThe photo of the pier went round the island within an hour.\n");
  for (const bool d : m.decided) EXPECT_FALSE(d);
}

TEST(MarkPictureLinesInRun, AltTextOverCaptionNamingItsWords) {
  // A picture's group between paragraphs: the caption names "harbour".
  const Marked m = MarkPictureLines(std::string(kParagraph) +
                                    "\n\nThe new ferry moored in the harbour of Kessing at dusk\n"
                                    "First night in its new harbour\n\n" + kOtherParagraph + "\n");
  EXPECT_FALSE(m.decided[0]);
  EXPECT_EQ(m.sel.verdicts[1].role, Role::kDropped);
  EXPECT_EQ(m.sel.verdicts[2].role, Role::kCaption);
  EXPECT_FALSE(m.decided[3]);
}

TEST(MarkPictureLinesInRun, ASentenceOverThePicturesAltTextStays) {
  // The text's own line about the picture ends like a sentence: the line
  // under it is the alt text, not a caption of it.
  const Marked m = MarkPictureLines(std::string(kParagraph) +
                                    "\n\nThe harbour of Kessing after the storm, seen from the same hill.\n"
                                    "The harbour of Kessing after the storm\n\n" + kOtherParagraph + "\n");
  EXPECT_FALSE(m.decided[1]);
  EXPECT_FALSE(m.decided[2]);
}

TEST(MarkPictureLinesInRun, HeadingsQuestionsAndListItemsSharingWordsStay) {
  // A title-cased heading over its tagline, a FAQ's question over its
  // answer, and the last two of three list items are no picture.
  for (const char* group : {"Ferry Timetables For The Harbour\nEvery crossing of the harbour at a glance\n",
                            "When does the harbour ferry leave in winter?\nThe harbour ferry leaves every hour\n",
                            "Crossings from the harbour\nCrossings to the harbour at dawn\nCrossings to the "
                            "harbour at dusk\n"}) {
    const Marked m = MarkPictureLines(std::string(kParagraph) + "\n\n" + group + "\n" + kOtherParagraph + "\n");
    for (const bool d : m.decided) EXPECT_FALSE(d) << group;
  }
}

}  // namespace
}  // namespace pith
