#include "clean/text_teaser_runs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/text_parse.h"

namespace pith {
namespace {

std::vector<bool> Mark(const std::string& text) {
  const Document doc = ParseText(text);
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  const std::vector<bool> decided(doc.blocks.size(), false);
  return MarkUnlabelledTeaserRuns(doc, lines, decided, 0, static_cast<std::int64_t>(doc.blocks.size()) - 1);
}

bool Shaped(const std::string& text) {
  const Document doc = ParseText(text + "\n");
  const std::vector<TextLine> lines = MeasureTextLines(doc);
  return HeadlineShaped(lines[0], doc.blocks[0].text);
}

const char kParagraph[] =
    "The council of Vesterby voted on Tuesday to close the old quay next spring after a debate that lasted all "
    "evening and ended close to midnight.\n\n";
const char kNextParagraph[] =
    "Harbour master Mara Lindqvist said the quay had served the town for more than a century and would be missed "
    "by the fishermen who still use it.\n";

TEST(HeadlineShaped, TitlesButNoSentencesListMarkersOrQuotes) {
  EXPECT_TRUE(Shaped("Warnung der USA: Agentengesetz könnte den Beitritt behindern"));
  EXPECT_TRUE(Shaped("Who is the new harbour master of Vesterby?"));
  EXPECT_TRUE(Shaped("\xE2\x80\x9E\xC3\x9C" "ber manches irritiert\xE2\x80\x9C: Minister greift Kollegin an"));
  EXPECT_FALSE(Shaped("The council voted to close the quay."));
  EXPECT_FALSE(Shaped("- Harbour fees rise again next year"));
  EXPECT_FALSE(Shaped("\"We cannot keep patching a wall like this\""));
  EXPECT_FALSE(Shaped("Quay closes"));
  EXPECT_FALSE(Shaped("harbour fees rise again next year"));
}

TEST(MarkUnlabelledTeaserRuns, HeadlinesGluedBetweenParagraphs) {
  // Chromium glues the box's titles to the paragraph under them; the last
  // title there may be a subheading, so it stays.
  const std::vector<bool> box = Mark(std::string(kParagraph) +
                                     "Spring arrives at last, and summer comes right after it\n"
                                     "Weather\n"
                                     "All the closed streets and when the runners pass them\n"
                                     "2 hours ago\n"
                                     "Fishermen fear for their catch as the quay closes down\n"
                                     "Marathon organisers count a record number of runners\n" +
                                     kNextParagraph);
  ASSERT_EQ(box.size(), 8u);
  EXPECT_FALSE(box[0] || box[6] || box[7]);
  EXPECT_TRUE(box[1] && box[2] && box[3] && box[4] && box[5]);
}

TEST(MarkUnlabelledTeaserRuns, IndentedListSetApartAndKickerLines) {
  // Firefox indents a list's items and sets the paragraph apart.
  const std::vector<bool> box = Mark(std::string(kParagraph) +
                                     "    Spring arrives at last, and summer comes right after it\n"
                                     "    Video\n"
                                     "    All the closed streets and when the runners pass them\n"
                                     "    2 hours ago\n"
                                     "    Fishermen fear for their catch as the quay closes down\n\n" +
                                     kNextParagraph);
  EXPECT_TRUE(box[1] && box[2] && box[3] && box[4] && box[5]);
  EXPECT_FALSE(box[0] || box[6]);
}

TEST(MarkUnlabelledTeaserRuns, ListItemsAndSubheadingsStay) {
  // A list announced by its paragraph.
  EXPECT_EQ(Mark("The harbour office lists what the fishermen must bring when they move their boats:\n\n"
                 "Spring arrives at last, and summer comes right after it\n"
                 "All the closed streets and when the runners pass them\n"
                 "Fishermen fear for their catch as the quay closes down\n\n" +
                 std::string(kNextParagraph)),
            std::vector<bool>(5, false));
  // Parallel items sharing their words or first words.
  EXPECT_EQ(Mark(std::string(kParagraph) +
                 "Choose the north quay for the larger fishing boats\n"
                 "Choose the south quay for the smaller sailing boats\n"
                 "Choose the old harbour if you want no mooring fee\n\n" +
                 kNextParagraph),
            std::vector<bool>(5, false));
  // Two titles over a paragraph: a heading and its subheading.
  EXPECT_EQ(Mark(std::string(kParagraph) +
                 "New quay for the harbour of Vesterby\n"
                 "How the fishermen can keep their moorings this year\n" +
                 kNextParagraph),
            std::vector<bool>(4, false));
  // The article's own list with no kicker or time line under its items,
  // indented (Firefox) or set apart by blank lines.
  const std::string goals =
      "The plan, drafted by the transport department over two years of consultations, sets out three main goals "
      "for the coming decade.\n\n";
  EXPECT_EQ(Mark(goals +
                 "    Expand the bus network into the northern suburbs\n"
                 "    Build protected bike lanes along every major road\n"
                 "    Lower fares for students and seniors across the region\n\n" +
                 kNextParagraph),
            std::vector<bool>(5, false));
  EXPECT_EQ(Mark(goals +
                 "Expand the bus network into the northern suburbs\n"
                 "Build protected bike lanes along every major road\n"
                 "Lower fares for students and seniors across the region\n\n" +
                 kNextParagraph),
            std::vector<bool>(5, false));
  // Rows of a table hold figures.
  EXPECT_EQ(Mark(std::string(kParagraph) +
                 "North quay boats 12 fee 40 euros a month\n"
                 "South quay boats 30 fee 25 euros a month\n"
                 "Old harbour boats 8 fee 10 euros a month\n\n" +
                 kNextParagraph),
            std::vector<bool>(5, false));
}

}  // namespace
}  // namespace pith
