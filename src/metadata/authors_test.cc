#include "metadata/authors.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

using Names = std::vector<std::string>;

TEST(Authors, CleanBylineDropsAGuillemetBeforeTheDateAndAShortWeekday) {
  EXPECT_EQ(CleanByline("by Jane Roe \xC2\xBB Mon Aug 19, 2024 7:05 pm"), "Jane Roe");
  EXPECT_EQ(CleanByline("von Speiche \xC2\xBB Mo 19. Aug 2024, 19:05"), "Speiche");
  EXPECT_EQ(CleanByline("Von Jana Roe, Di, 20.08.2024"), "Jana Roe");
  EXPECT_EQ(CleanByline("Par Jeanne Roe \xC2\xBB lun. 2 sept. 2024 \xC2\xBB Recettes"), "Jeanne Roe");
  // Only right before a date: a name's word stays.
  EXPECT_EQ(CleanByline("By Jane Sam 3 min read"), "Jane Sam");
  EXPECT_EQ(CleanByline("Von Jana Do"), "Jana Do");
}

// A journal's or a science paper's author list glues the figures of each
// name's affiliation notes to the surname; a number in the text keeps its place.
TEST(Authors, CleanBylineDropsAffiliationFiguresGluedToNames) {
  EXPECT_EQ(CleanByline("By Jane Roe0, John Doe, Mary Major & Ann Poe"), "Jane Roe, John Doe, Mary Major & Ann Poe");
  EXPECT_EQ(CleanByline("Jane Roe1 ; John Doe2"), "Jane Roe ; John Doe");
  EXPECT_EQ(CleanByline("By Jane Roe1,2 and John Doe3"), "Jane Roe and John Doe");
  EXPECT_EQ(SplitAuthors(CleanByline("By Jane Roe1,2 and John Doe3")), (Names{"Jane Roe", "John Doe"}));
  // A read time glued to the name is no affiliation figure.
  EXPECT_EQ(CleanByline("By Jane Roe5 min read"), CleanByline("By Jane Roe 5 min read"));
}

TEST(Authors, APrintedBylineDropsAParticleWhoseDateWasLeftOut) {
  EXPECT_EQ(WithoutTrailingDateParticle(CleanByline("Eingereicht von Martina Zoller am")), "Martina Zoller");
  EXPECT_EQ(WithoutTrailingDateParticle(CleanByline("Par Jeanne Roe le")), "Jeanne Roe");
  // A name's own last word stays.
  EXPECT_EQ(WithoutTrailingDateParticle(CleanByline("By Jane Roe Le")), "Jane Roe Le");
}

// The date's element led by its particle with a capital ("Le 22
// novembre", "Am 07.05.2024"): the particle goes with the date; a
// capitalised last word with no day after it in the line stays.
TEST(Authors, ACapitalisedParticleGoesOnlyBeforeADay) {
  const char* fr = "Par Antoine Girard avec AFP Le 22 novembre 2023 \xC3\xA0 07h30";
  EXPECT_EQ(WithoutParticleBeforeDate(CleanByline(fr), fr), "Antoine Girard avec AFP");
  EXPECT_EQ(WithoutParticleBeforeDate("AFP Le", fr), "AFP");
  const char* de = "Von Jana Roth und dpa Am 07.05.2024 um 17:00 Uhr";
  EXPECT_EQ(WithoutParticleBeforeDate("Jana Roth und dpa Am", de), "Jana Roth und dpa");
  EXPECT_EQ(WithoutParticleBeforeDate("Jane Roe Le", "By Jane Roe Le"), "Jane Roe Le");
  EXPECT_EQ(WithoutParticleBeforeDate("Jane Roe Le", "By Jane Roe Le, March 3, 2024"), "Jane Roe Le");
  EXPECT_EQ(WithoutParticleBeforeDate("Jane Roe le", "By Jane Roe le 3 mars"), "Jane Roe le");
}

TEST(Authors, CleanBylineStripsPrefixAndNoise) {
  EXPECT_EQ(CleanByline("Bassem Mroue,Deb Reichmann"), "Bassem Mroue, Deb Reichmann");
  EXPECT_EQ(CleanByline("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(CleanByline("BY JANE DOE"), "JANE DOE");
  EXPECT_EQ(CleanByline("Par Jean Dupont"), "Jean Dupont");
  EXPECT_EQ(CleanByline("Von Hans M\xC3\xBCller"), "Hans M\xC3\xBCller");
  EXPECT_EQ(CleanByline("Written by Jane Doe jane@example.com"), "Jane Doe");
  EXPECT_EQ(CleanByline("Jane Doe Follow @janedoe"), "Jane Doe");
}

TEST(Authors, RoleBeforeNameIsNoPartOfTheName) {
  EXPECT_EQ(SplitAuthors("Staff reporter Kate Morris"), std::vector<std::string>{"Kate Morris"});
  EXPECT_EQ(SplitAuthors("Senior correspondent Paul Ames"), std::vector<std::string>{"Paul Ames"});
  EXPECT_EQ(SplitAuthors("By chief political correspondent Tom Hale"), std::vector<std::string>{"Tom Hale"});
  EXPECT_EQ(SplitAuthors("Von Redakteurin Lisa Kern"), std::vector<std::string>{"Lisa Kern"});
  EXPECT_EQ(SplitAuthors("Par notre envoy\u00e9 sp\u00e9cial Jean Dupont"), std::vector<std::string>{"Jean Dupont"});
  // Without a rank or a beat before it, a role word alone is no label.
  EXPECT_EQ(CleanByline("Editor Picks"), "Editor Picks");
}

TEST(Authors, WordsLabelsTheWriter) {
  EXPECT_EQ(SplitAuthors("Words: Liam Byrne"), std::vector<std::string>{"Liam Byrne"});
  EXPECT_EQ(SplitAuthors("Words by Liam Byrne"), std::vector<std::string>{"Liam Byrne"});
  EXPECT_TRUE(SplitAuthors("Photos: Sean Kelly").empty());
}

TEST(Authors, CleanBylineStripsWrittenByLabelsOfMoreLanguages) {
  EXPECT_EQ(CleanByline("Skrevet af Jonas Krogh"), "Jonas Krogh");
  EXPECT_EQ(CleanByline("Skrivet av Linnea Holm"), "Linnea Holm");
  EXPECT_EQ(CleanByline("R\u00e9dig\u00e9 par Antoine Morel"), "Antoine Morel");
  EXPECT_EQ(CleanByline("Publicado por Beatriz Lima"), "Beatriz Lima");
  EXPECT_EQ(CleanByline("Kirjoittaja: Aino Korhonen"), "Aino Korhonen");
  EXPECT_EQ(SplitAuthors("Tekst en beeld: Daan Mulder"), std::vector<std::string>{"Daan Mulder"});
  EXPECT_EQ(SplitAuthors("Text och bild: Maja Sandberg"), std::vector<std::string>{"Maja Sandberg"});
  // Without its colon the Finnish label is a word of the sentence.
  EXPECT_EQ(CleanByline("Toimittaja Aino Korhonen"), "Toimittaja Aino Korhonen");
}

TEST(Authors, TheParticleBeforeADateGoesInAnyLanguage) {
  EXPECT_EQ(ByClauseOfDateLine("Von Nils Horn am 3. Juni 2024 um 09:30 Uhr"), "Von Nils Horn");
  EXPECT_EQ(ByClauseOfDateLine("Por Lia Neves em 3 de junho de 2024"), "Por Lia Neves");
  EXPECT_EQ(ByClauseOfDateLine("Door Bas Kok op 3 juni 2024"), "Door Bas Kok");
  EXPECT_EQ(SplitAuthors("Por Iker Sanz el 3 de junio de 2024"), std::vector<std::string>{"Iker Sanz"});
  EXPECT_EQ(SplitAuthors("Par Zo\u00e9 Marin le 3 juin 2024 \u00e0 09h30"), std::vector<std::string>{"Zo\u00e9 Marin"});
  // A capitalised word is a name's, not the particle.
  EXPECT_EQ(SplitAuthors("By Omar El 3 June 2024"), std::vector<std::string>{"Omar El"});
}

TEST(Authors, CleanBylineCutsAnotherCreditAfterAFullStop) {
  EXPECT_EQ(CleanByline("Von Jana Roth. Mitarbeit: Olaf Brink"), "Jana Roth");
  EXPECT_EQ(CleanByline("By Jane Doe. Illustrations by John Roe"), "Jane Doe");
  EXPECT_EQ(CleanByline("Jane Doe; Recherche: John Roe"), "Jane Doe");
  // An initial's full stop is the name's.
  EXPECT_EQ(CleanByline("By J. R. Smith"), "J. R. Smith");
  EXPECT_EQ(SplitAuthors("Von Jana Roth. Mitarbeit: Olaf Brink"), std::vector<std::string>{"Jana Roth"});
  EXPECT_EQ(CleanByline("Par Marta Nowak. Traduit par Jean Roux"), "Marta Nowak");
  EXPECT_EQ(CleanByline("Por Nuria Soler. Fotograf\u00edas de Jordi Puig"), "Nuria Soler");
  EXPECT_EQ(CleanByline("di Sara Villa. Foto di Luca Neri"), "Sara Villa");
  EXPECT_EQ(CleanByline("Por Olga Ivanova. Traducci\u00f3n: Luis Mora"), "Olga Ivanova");
  // The full stop goes with the photographer's label too.
  EXPECT_EQ(CleanByline("Von Uta Kern. Bilder: Jens Abel"), "Uta Kern");
  // A label word needs its colon or its "by" word to end the names.
  EXPECT_EQ(CleanByline("By Ann Lee. Foto Studio"), "Ann Lee. Foto Studio");
}

// A semicolon parts people, each with a role or an outlet after the name.
TEST(Authors, ASemicolonPartsPeople) {
  EXPECT_EQ(SplitAuthors("Jane Roe, Senior Reporter; John Doe, Staff Writer"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe, Reuters; John Doe, Bloomberg"), (Names{"Jane Roe", "John Doe"}));
}

// A wire joined to the reporters by "and", or by a comma closing reporters
// "and" joined, is one more author; "with" names a source, and a comma
// after one name gives the reporter's employer.
TEST(Authors, AWireJoinedToTheReportersIsAnAuthor) {
  EXPECT_EQ(SplitAuthors("By Jane Roe and AP"), (Names{"Jane Roe", "AP"}));
  EXPECT_EQ(SplitAuthors("Von Jana Roe und Olaf Brink, dpa"), (Names{"Jana Roe", "Olaf Brink", "dpa"}));
  EXPECT_EQ(SplitAuthors("Jana Roe mit AP"), (Names{"Jana Roe"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe with Reuters"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe, Reuters"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe | AFP"), (Names{"Jane Roe"}));
}

// A writer's place before a co-author's name goes, and the co-author stays;
// a blog's section after the names goes as before.
TEST(Authors, AGenerationalSuffixEndsTheNameBefore) {
  EXPECT_EQ(SplitAuthors("By John Doe, Jr. and Mary Roe"), (std::vector<std::string>{"John Doe Jr.", "Mary Roe"}));
  EXPECT_EQ(SplitAuthors("By John Doe Jr."), std::vector<std::string>{"John Doe Jr."});
  EXPECT_EQ(SplitAuthors("Jane Roe, MD, and John Doe III"),
            (std::vector<std::string>{"Jane Roe", "MD", "John Doe III"}));
  // Alone it names no one.
  EXPECT_TRUE(SplitAuthors("By Jr.").empty());
}

TEST(Authors, APlaceBeforeACoauthor) {
  EXPECT_EQ(SplitAuthors("By Jane Roe in Washington and John Doe in London"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe in New York, John Doe in Paris and Ana Ruiz"),
            (Names{"Jane Roe", "John Doe", "Ana Ruiz"}));
  EXPECT_EQ(SplitAuthors("Von Jana Roe in Berlin und Max Muster in Paris"), (Names{"Jana Roe", "Max Muster"}));
  EXPECT_EQ(SplitAuthors("by Stephen Bay in Growth Marketing"), Names{"Stephen Bay"});
  // The place after "in" and a run of spaces, and one that opens outside ASCII.
  EXPECT_EQ(SplitAuthors("By Jane Roe in  Washington and John Doe"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("Von Jana Roe in \xC3\x96sterreich und Max Muster"), (Names{"Jana Roe", "Max Muster"}));
}

// The font control after the names, and the tools after it.
TEST(Authors, TheTextSizeToolAfterTheNames) {
  EXPECT_EQ(CleanByline("By Jane Roe Text Size A- A+ Print"), "Jane Roe");
  EXPECT_EQ(CleanByline("Von Jana Roe Schriftgr\xC3\xB6\xC3\x9F" "e"), "Jana Roe");
}

// "for" and the outlet after "By" and the names; without "By" the line may
// be a title ("Tips for Working Moms").
TEST(Authors, TheOutletAFreelanceWroteForIsNoName) {
  EXPECT_EQ(SplitAuthors("By Jane Roe for Reuters"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("By Jane Roe and John Doe for The Harbour Ledger"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe for the Harbour Ledger"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("By Jane Roe For The Harbour Ledger"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("By Jane Roe for Reuters and John Doe for AP"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe for The Times of London"), Names{"Jane Roe"});
  EXPECT_TRUE(SplitAuthors("Family Life Tips for Working Moms").empty());
}

TEST(Authors, TheSectionABlogFilesThePostInIsNoName) {
  EXPECT_EQ(SplitAuthors("by Stephen Bay in Growth"), Names{"Stephen Bay"});
  EXPECT_EQ(SplitAuthors("Posted on August 15, 2025December 9, 2025 by Tasha Amy"), Names{"Tasha Amy"});
  EXPECT_EQ(SplitAuthors("Jane Roe Published August 15, 2025"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("by Jane Roe\nin Festivals & Events"), Names{"Jane Roe"});
  // A lower-case word after "in" is no section's name.
  EXPECT_EQ(SplitAuthors("Jane Roe, John Doe"), (Names{"Jane Roe", "John Doe"}));
}

TEST(Authors, ACallSignAfterABarIsNoName) {
  EXPECT_EQ(SplitAuthors("Jane Roe | KTLA"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("Jane Roe and Tom Hale | WGN 9"), (Names{"Jane Roe", "Tom Hale"}));
  EXPECT_EQ(SplitAuthors("Jane Roe | KTLA | Tom Hale"), (Names{"Jane Roe", "Tom Hale"}));
  // After a comma a short run of capitals is a credential, kept as truth keeps it.
  EXPECT_EQ(SplitAuthors("Matt Frank, CFP"), (Names{"Matt Frank", "CFP"}));
}

TEST(Authors, AReporterTitleBeforeTheDateLabelsTheLine) {
  // "김민수 기자 입력 2024.07.11 09:05": the name, the reporter's title, the
  // date's label and the date (Korean papers' info lines).
  EXPECT_TRUE(StartsWithBylinePrefix("\uAE40\uBBFC\uC218 \uAE30\uC790 \uC785\uB825 2024.07.11 09:05"));
  EXPECT_TRUE(StartsWithBylinePrefix("\uAE40\uBBFC\uC218 \uAE30\uC790 | \uC2B9\uC778 2024.07.11 09:05"));
  // The title must end the part before the date: a sentence holding it does not.
  EXPECT_FALSE(StartsWithBylinePrefix("\uAE30\uC790\uD68C\uACAC 2024.07.11 09:05"));
  EXPECT_FALSE(StartsWithBylinePrefix("2024.07.11 09:05"));
}

TEST(Authors, ADatelineCityInCapitalsAfterADashIsNoName) {
  EXPECT_EQ(SplitAuthors("di Luca Bianchi - ROMA"), Names{"Luca Bianchi"});
  EXPECT_EQ(SplitAuthors("Por Ana Gil \u2013 LIMA"), Names{"Ana Gil"});
  // A name after the dash is a co-author's; a dash without spaces joins a name.
  EXPECT_EQ(SplitAuthors("Luca Bianchi - Giulia Ferri"), (Names{"Luca Bianchi", "Giulia Ferri"}));
  EXPECT_EQ(SplitAuthors("Luca Bianchi - ROMA - Giulia Ferri"), (Names{"Luca Bianchi", "Giulia Ferri"}));
}

// A "By" line's spaced dash sets off the dateline's place or the outlet,
// however long ("Por Ana Souza — São Paulo"); a conjunction still brings in
// a co-author, and a place after "de"/"desde" goes as before.
TEST(Authors, APlaceAfterADashInAPrefixedBylineIsNoName) {
  EXPECT_EQ(SplitAuthors("Por Ana Souza \u2014 S\u00e3o Paulo"), Names{"Ana Souza"});
  EXPECT_EQ(SplitAuthors("Por Carla Mendes - Belo Horizonte"), Names{"Carla Mendes"});
  EXPECT_EQ(SplitAuthors("Por Diego Mart\u00edn Ruiz \u2013 Buenos Aires"), Names{"Diego Mart\u00edn Ruiz"});
  EXPECT_EQ(SplitAuthors("By Jane Roe \u2014 New York"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("Por Ana Souza e Jo\u00e3o Lima \u2014 Rio de Janeiro"), (Names{"Ana Souza", "Jo\u00e3o Lima"}));
  EXPECT_EQ(SplitAuthors("Por Ana Souza, de Bras\u00edlia"), Names{"Ana Souza"});
  EXPECT_EQ(SplitAuthors("Por Juan P\u00e9rez | Madrid"), Names{"Juan P\u00e9rez"});
}

TEST(Authors, ASectionLabelBeforeTheNameIsNoName) {
  EXPECT_EQ(SplitAuthors("Politik \xC2\xB7 Jane Roe"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("Sport | By Jane Roe"), Names{"Jane Roe"});
  // A slash sets an outlet after a name as often.
  EXPECT_EQ(SplitAuthors("Laura / Green Leaf Home"), (Names{"Laura", "Green Leaf Home"}));
  // A labelled first word is the name.
  EXPECT_EQ(SplitAuthors("Posted By: Kiersten \xC2\xB7 Filed Under Soups").front(), "Kiersten");
  // A script without case writes a whole name as one word.
  EXPECT_EQ(SplitAuthors("\xE6\xB7\xB1\xE6\xB5\xB7 | Jane Roe"), (Names{"\xE6\xB7\xB1\xE6\xB5\xB7", "Jane Roe"}));
  // A one-word name alone beside a reading time stays.
  EXPECT_EQ(SplitAuthors("Paul | 5 min read"), Names{"Paul"});
}

TEST(Authors, PlainNameHasLettersAndNameSignsOnly) {
  EXPECT_TRUE(PlainName("Jane O'Neil-Roe Jr."));
  EXPECT_TRUE(PlainName("Zoë Łukasz"));
  EXPECT_FALSE(PlainName("Source: Example.com"));
  EXPECT_FALSE(PlainName("Hale \xC3\x97 Roe"));
  EXPECT_FALSE(PlainName("Column #12"));
}

TEST(Authors, SplitsListsOfNames) {
  EXPECT_EQ(SplitAuthors("Bassem Mroue, Deb Reichmann"), (Names{"Bassem Mroue", "Deb Reichmann"}));
  EXPECT_EQ(SplitAuthors("By A Smith, B Jones and C Brown"), (Names{"A Smith", "B Jones", "C Brown"}));
  EXPECT_EQ(SplitAuthors("Jean Dupont et Marie Curie"), (Names{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(SplitAuthors("Ana Garc\xC3\xAD" "a y Luis P\xC3\xA9rez"), (Names{"Ana Garc\xC3\xAD" "a", "Luis P\xC3\xA9rez"}));
  EXPECT_EQ(SplitAuthors("Jane Doe & John Roe"), (Names{"Jane Doe", "John Roe"}));
}

TEST(Authors, SplitsAtTheAndOfOtherLanguages) {
  EXPECT_EQ(SplitAuthors("\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xB8 "
                         "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9B\xD0\xB5\xD0\xB2\xD0\xB0"),
            (Names{"\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2",
                   "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9B\xD0\xB5\xD0\xB2\xD0\xB0"}));
  EXPECT_EQ(SplitAuthors("Anna Nilsson och Erik Berg"), (Names{"Anna Nilsson", "Erik Berg"}));
  EXPECT_EQ(SplitAuthors("Ahmet Kaya ve Elif Demir"), (Names{"Ahmet Kaya", "Elif Demir"}));
  // Capitalised, they are names.
  EXPECT_EQ(SplitAuthors("Dan Brown"), Names{"Dan Brown"});
}

TEST(Authors, AJobTitlesSecondHalfIsNoName) {
  EXPECT_EQ(SplitAuthors("Jane Roe Executive Garden Editor and Master Beekeeper"), Names{"Jane Roe"});
  EXPECT_EQ(SplitAuthors("Head of Brand Design and Growth Strategy"), Names{});
  EXPECT_EQ(SplitAuthors("Jane Roe Head of Sales & Field Operations"), Names{"Jane Roe"});
  // After a title set apart from the name, "and" brings in a co-author.
  EXPECT_EQ(SplitAuthors("Jane Roe, Staff Writer and John Doe"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe, Staff Writer, and John Doe"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe and John Doe"), (Names{"Jane Roe", "John Doe"}));
}

TEST(Authors, ConjunctionsStandBetweenSpaces) {
  // RE2's \b is ASCII: the "e" of "Renée" and the "E" before "ß" were read as "and".
  EXPECT_EQ(SplitAuthors("Ren\xC3\xA9" "e Dubois"), (Names{"Ren\xC3\xA9" "e Dubois"}));
  EXPECT_EQ(SplitAuthors("Laura E\xC3\x9Flinger"), (Names{"Laura E\xC3\x9Flinger"}));
  EXPECT_EQ(SplitAuthors("Robert E. Lee and Ulysses S. Grant"), (Names{"Robert E. Lee", "Ulysses S. Grant"}));
  EXPECT_EQ(SplitAuthors("Paolo Rossi e Giulia Bianchi"), (Names{"Paolo Rossi", "Giulia Bianchi"}));
  EXPECT_EQ(SplitAuthors("Jane Roe \xE2\x8B\x85 Review Editor \xE2\x8B\x85"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("by Jane Roe \xE2\x97\x8F December 23, 2025 \xE2\x97\x8F 6 min read"), (Names{"Jane Roe"}));
}

TEST(Authors, BylinePrefixesOfOtherScripts) {
  EXPECT_EQ(SplitAuthors("\xE0\xB9\x82\xE0\xB8\x94\xE0\xB8\xA2 Somchai Jaidee"), (Names{"Somchai Jaidee"}));
  EXPECT_EQ(CleanByline("Un texte de Marie Tremblay"), "Marie Tremblay");
  EXPECT_EQ(SplitAuthors("Written by Jane Roe in Gardening on 1 June 2019 at 08:34 PM EDT"), (Names{"Jane Roe"}));
}

TEST(Authors, NewsBylineLabelsOfOtherLanguages) {
  EXPECT_EQ(SplitAuthors("Tekst: Anna Nowak"), (Names{"Anna Nowak"}));
  EXPECT_EQ(SplitAuthors("Texte : Claire Exemple"), (Names{"Claire Exemple"}));
  // Without its colon "texte" is an ordinary French word.
  EXPECT_FALSE(StartsWithBylinePrefix("Texte int\u00E9gral du discours"));
  EXPECT_EQ(SplitAuthors("Szerz\u0151: Kov\u00E1cs P\u00E9ter"), (Names{"Kov\u00E1cs P\u00E9ter"}));
  EXPECT_EQ(SplitAuthors("\u0410\u0432\u0442\u043E\u0440: \u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432"),
            (Names{"\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432"}));  // Автор: Иван Петров
  EXPECT_EQ(SplitAuthors("Yazar: Ahmet Y\u0131lmaz"), (Names{"Ahmet Y\u0131lmaz"}));
  EXPECT_EQ(SplitAuthors("Penulis: Budi Santoso"), (Names{"Budi Santoso"}));
  EXPECT_EQ(SplitAuthors("Text and photos: Jane Roe"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Text und Fotos: Anna M\u00FCller"), (Names{"Anna M\u00FCller"}));
  // Greek: the name in the genitive after "Της" (of the).
  EXPECT_EQ(SplitAuthors("\u03A4\u03B7\u03C2 \u039C\u03B1\u03C1\u03AF\u03B1\u03C2 \u039D\u03B9\u03BA\u03BF\u03BB\u03AC\u03BF\u03C5"),
            (Names{"\u039C\u03B1\u03C1\u03AF\u03B1\u03C2 \u039D\u03B9\u03BA\u03BF\u03BB\u03AC\u03BF\u03C5"}));
  EXPECT_EQ(SplitAuthors("de Andrei Popescu"), (Names{"Andrei Popescu"}));
  EXPECT_EQ(SplitAuthors("Autorka: Anna Nowak"), (Names{"Anna Nowak"}));
  EXPECT_EQ(SplitAuthors("Napisala: Ana Kova\u010D"), (Names{"Ana Kova\u010D"}));
  EXPECT_EQ(SplitAuthors("Testo di Marco Rossi"), (Names{"Marco Rossi"}));
  EXPECT_EQ(SplitAuthors("Yazan: Elif Y\u0131ld\u0131z"), (Names{"Elif Y\u0131ld\u0131z"}));
  // The meta-line labels of local news in Finnish, Vietnamese, Greek, Thai,
  // Bengali and Arabic (she wrote), with their colon; without it "Κείμενο"
  // (text) opens ordinary sentences.
  EXPECT_EQ(SplitAuthors("Kirjoittaja: Matti Virtanen"), (Names{"Matti Virtanen"}));
  EXPECT_EQ(SplitAuthors("T\u00E1c gi\u1EA3: L\u00EA Minh"), (Names{"L\u00EA Minh"}));
  EXPECT_EQ(SplitAuthors("Κείμενο: Ελένη Γεωργίου"), (Names{"Ελένη Γεωργίου"}));
  EXPECT_FALSE(StartsWithBylinePrefix("Κείμενο νόμου για την παιδεία"));
  EXPECT_EQ(SplitAuthors("ผู้เขียน : วิชัย ศรีสุข"), (Names{"วิชัย ศรีสุข"}));
  EXPECT_EQ(SplitAuthors("প্রতিবেদক: রহিম উদ্দিন"), (Names{"রহিম উদ্দিন"}));
  EXPECT_EQ(SplitAuthors("كتبت: ليلى يوسف"), (Names{"ليلى يوسف"}));
  // Greek "Γράφει" (writes) with a colon or the name's article; alone it is
  // a verb opening a sentence.
  EXPECT_EQ(SplitAuthors("Γράφει: Γιώργος Παππάς"), (Names{"Γιώργος Παππάς"}));
  EXPECT_EQ(SplitAuthors("Γράφει η Άννα Κωνσταντίνου"), (Names{"Άννα Κωνσταντίνου"}));
  EXPECT_FALSE(StartsWithBylinePrefix("Γράφει στην επιστολή του ο υπουργός"));
  EXPECT_EQ(SplitAuthors("Oprac. Anna Kowalska"), (Names{"Anna Kowalska"}));
  EXPECT_EQ(SplitAuthors("oprac.: Anna Kowalska"), (Names{"Anna Kowalska"}));
  EXPECT_FALSE(StartsWithBylinePrefix("Yazan kalem"));
  // Without their colon the words are ordinary ones; an upper-case "De" is
  // a surname's particle.
  EXPECT_FALSE(StartsWithBylinePrefix("Haber merkezi"));
  EXPECT_FALSE(StartsWithBylinePrefix("Reporter Jane Roe"));
  EXPECT_EQ(SplitAuthors("De Luca Marco"), (Names{"De Luca Marco"}));
}

TEST(Authors, HeadlinesThatOpenWithALabelWord) {
  EXPECT_TRUE(HeadlineAfterBylineLabel("Von M\u00FCnchen bis Aachen: Im Netz der Agenten"));
  EXPECT_TRUE(HeadlineAfterBylineLabel("Por qu\u00E9 sube el precio del aceite"));
  EXPECT_TRUE(HeadlineAfterBylineLabel("By the numbers: how the city spends"));
  EXPECT_TRUE(HeadlineAfterBylineLabel("Di come il porto cambi\u00F2 la citt\u00E0"));
  EXPECT_TRUE(HeadlineAfterBylineLabel("Door storm en regen naar huis"));
  EXPECT_TRUE(HeadlineAfterBylineLabel("Von der Leyen warnt vor neuen Z\u00F6llen"));
  EXPECT_FALSE(StartsWithBylinePrefix("Von M\u00FCnchen bis Aachen: Im Netz der Agenten"));
  EXPECT_FALSE(StartsWithBylinePrefix("Por qu\u00E9 sube el precio del aceite"));
  // Real bylines: co-authors, a wire, capitals, particles, a date or a
  // reading time or a role after the name, and any lower-case label.
  EXPECT_FALSE(HeadlineAfterBylineLabel("Von Anna Muster und J\u00F6rg Roe"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Por Mar\u00EDa L\u00F3pez | EFE"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("By JANE ROE"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Von Ursula von der Leyen"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("By Jane Roe 22 Aug 2023, 3:27pm"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("By Sun-Times staff"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Author of the article:"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Posted by JaneR on Friday December 19, 2025"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("By janeroeFebruary 16, 2026No Comments"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("By the Lavazza Team 2\u20133 minutes"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Door Jan de Vries en Piet Jansen"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("by rsilvergun ( 571051 ) on Friday"));
  EXPECT_FALSE(HeadlineAfterBylineLabel("Hybride Kriegsf\u00FChrung"));
  EXPECT_TRUE(StartsWithBylinePrefix("Von Anna Muster und J\u00F6rg Roe"));
  EXPECT_TRUE(StartsWithBylinePrefix("Por Mar\u00EDa L\u00F3pez | EFE"));
}

TEST(Authors, ADatelineBeforeTheLabel) {
  EXPECT_EQ(SplitAuthors("PARIS \u2014 By Jane Roe"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Berlin \u2013 Von Anna M\u00FCller"), (Names{"Anna M\u00FCller"}));
  EXPECT_EQ(CleanByline("New York | By Jane Roe"), "Jane Roe");
  EXPECT_TRUE(StartsWithBylinePrefix("PARIS \u2014 By Jane Roe"));
  // The author field of a CMS article's info list.
  EXPECT_TRUE(StartsWithBylinePrefix("Geschrieben von: Petra Hummel"));
  EXPECT_TRUE(StartsWithBylinePrefix("\xC3\x89" "crit par Jeanne Martel"));
  EXPECT_TRUE(StartsWithBylinePrefix("Escrito por Ana Ruiz"));
  EXPECT_EQ(SplitAuthors("Geschrieben von Petra Hummel"), (Names{"Petra Hummel"}));
  // Without a label after it, the place and the dash lead no byline.
  EXPECT_FALSE(StartsWithBylinePrefix("PARIS \u2014 Jane Roe"));
  EXPECT_FALSE(StartsWithBylinePrefix("Paris \u2014 Bystanders fled"));
}

TEST(Authors, ReporterTitleAfterTheName) {
  EXPECT_TRUE(EndsWithReporterTitle("\uAE40\uBBFC\uC218 \uAE30\uC790"));  // 김민수 기자
  EXPECT_TRUE(StartsWithBylinePrefix("\uAE40\uBBFC\uC218 \uAE30\uC790"));
  EXPECT_EQ(SplitAuthors("\uAE40\uBBFC\uC218 \uAE30\uC790"), (Names{"\uAE40\uBBFC\uC218"}));
  EXPECT_EQ(SplitAuthors("佐藤花子記者"), (Names{"佐藤花子"}));
  // The title alone, or after a mark, labels no one.
  EXPECT_FALSE(EndsWithReporterTitle("\uAE30\uC790"));
  EXPECT_FALSE(EndsWithReporterTitle("(\uAE30\uC790"));
}

// The reporter's title before a Korean name ("기자 홍길동", a news CMS's
// "기자명 홍길동"); a wire story's "(서울=연합뉴스) 김민수 기자 =".
TEST(Authors, KoreanReporterLabelsAndWireDateline) {
  EXPECT_EQ(CleanByline("\uAE30\uC790 \uD64D\uAE38\uB3D9"), "\uD64D\uAE38\uB3D9");                  // 기자 홍길동
  EXPECT_EQ(CleanByline("\uAE30\uC790\uBA85 \uD64D\uAE38\uB3D9"), "\uD64D\uAE38\uB3D9");           // 기자명 홍길동
  EXPECT_FALSE(StartsWithBylinePrefix("\uAE30\uC790\uD68C\uACAC\uC5D0\uC11C \uBC1D\uD614\uB2E4"));  // 기자회견에서 밝혔다
  const std::string wire = "(\uC11C\uC6B8=\uC5F0\uD569\uB274\uC2A4) \uAE40\uBBFC\uC218 \uAE30\uC790 =";
  EXPECT_TRUE(StartsWithBylinePrefix(wire));
  EXPECT_EQ(SplitAuthors(CleanByline(wire)), (Names{"\uAE40\uBBFC\uC218"}));
}

// Chinese, Japanese and Korean bylines: the photographer's credit after
// the writer, the place a Taiwanese reporter files from ("／台北報導"),
// a Japanese paper's bracketed credit, and "撰稿：", "取材・文／".
TEST(Authors, CjkCreditsAroundTheWriter) {
  EXPECT_EQ(SplitAuthors(CleanByline("文/王小明 图/李华")), (Names{"王小明"}));
  EXPECT_EQ(SplitAuthors(CleanByline("文：山田太郎\u3000写真：佐藤花子")), (Names{"山田太郎"}));
  EXPECT_EQ(SplitAuthors(CleanByline("記者王小明／台北報導")), (Names{"王小明"}));
  EXPECT_EQ(SplitAuthors(CleanByline("（編集委員・山田太郎）")), (Names{"山田太郎"}));
  EXPECT_TRUE(StartsWithBylinePrefix("【ワシントン＝山田太郎】"));
  EXPECT_EQ(CleanByline("撰稿：张伟"), "张伟");
  EXPECT_EQ(CleanByline("取材・文／山田太郎"), "山田太郎");
}

// German labels for either sex: "Autorin/Autor", "Autor:in", "Autor*in",
// "Autor_in", "Autor/-in", and their plurals with a colon.
TEST(Authors, GenderInclusiveGermanLabels) {
  EXPECT_EQ(SplitAuthors("Autorin/Autor Jana Roth"), (Names{"Jana Roth"}));
  EXPECT_EQ(SplitAuthors("Autor:in Jana Roth"), (Names{"Jana Roth"}));
  EXPECT_EQ(SplitAuthors("Autor*in: Jana Roth"), (Names{"Jana Roth"}));
  EXPECT_EQ(SplitAuthors("Autor_in Jana Roth"), (Names{"Jana Roth"}));
  EXPECT_EQ(SplitAuthors("Autor/-in Jana Roth"), (Names{"Jana Roth"}));
  EXPECT_EQ(SplitAuthors("Autor*innen: Jana Roth und Tom Hale"), (Names{"Jana Roth", "Tom Hale"}));
  EXPECT_TRUE(IsBylinePrefixOnly("Autorin/Autor"));
  // The plural without its colon heads a list of author cards, as "Autoren" does.
  EXPECT_FALSE(StartsWithBylinePrefix("Autorinnen Jana Roth"));
}

TEST(Authors, LabelsThatNameThePieceFirst) {
  EXPECT_TRUE(IsBylinePrefixOnly("Article written by:"));
  EXPECT_TRUE(StartsWithBylinePrefix("This post was written by Jane Roe"));
  EXPECT_EQ(SplitAuthors("This blog post was written by Jane Roe"), (Names{"Jane Roe"}));
  // A post about something written is no label.
  EXPECT_FALSE(StartsWithBylinePrefix("This post explains what was written by hand"));
}

TEST(Authors, TitleHeadingAFieldGoesOnAfterAnd) {
  EXPECT_EQ(SplitAuthors("Jane Roe, Head of Marketing and Community Development"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe, Senior Editor of Health and Wellness"), (Names{"Jane Roe"}));
  // A title without a field ends at "and": a co-author follows.
  EXPECT_EQ(SplitAuthors("Jane Doe, Staff Writer and John Roe"), (Names{"Jane Doe", "John Roe"}));
}

TEST(Authors, PluralLabelsWithTheirColon) {
  EXPECT_EQ(SplitAuthors("Contributors: Jane Roe"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Authors:Jane Roe, John Doe"), (Names{"Jane Roe", "John Doe"}));
  EXPECT_TRUE(StartsWithBylinePrefix("Contributors: Jane Roe"));
  // Without it, a heading over author cards or a menu's entry.
  EXPECT_FALSE(StartsWithBylinePrefix("Authors"));
  EXPECT_FALSE(IsBylinePrefixOnly("Contributors"));
}

TEST(Authors, WhatFollowsANameIsNoOtherPerson) {
  EXPECT_EQ(SplitAuthors("Anna Sleegers, Frankfurt"), (Names{"Anna Sleegers"}));
  EXPECT_EQ(SplitAuthors("Christian Unger, Redakteur"), (Names{"Christian Unger"}));
  EXPECT_EQ(SplitAuthors("David Straub, MDR TH\xC3\x9CRINGEN"), (Names{"David Straub"}));
  EXPECT_EQ(SplitAuthors("Aashish Saxena / TIMESOFINDIA.COM"), (Names{"Aashish Saxena"}));
  EXPECT_EQ(SplitAuthors("Lrt.lt"), Names{});
  EXPECT_EQ(SplitAuthors("Zackery Cuevas Writer, Hardware"), (Names{"Zackery Cuevas"}));
  EXPECT_EQ(SplitAuthors("Emma Ryan Lead Writer"), (Names{"Emma Ryan"}));
  // A title's first word glued to the surname goes with the title; a
  // surname's own capital stays.
  EXPECT_EQ(SplitAuthors("Tomas BrennickHarbour Correspondent"), (Names{"Tomas Brennick"}));
  EXPECT_EQ(SplitAuthors("Ross MacArthur Correspondent"), (Names{"Ross MacArthur"}));
  // A title opening with the beat's adjective is cut whole.
  EXPECT_EQ(SplitAuthors("Thabo Mokone Parliamentary editor"), (Names{"Thabo Mokone"}));
  EXPECT_EQ(SplitAuthors("Sina Zehrfeld Landespolitische Korrespondentin"), (Names{"Sina Zehrfeld"}));
  EXPECT_EQ(SplitAuthors("Jane Neal Editor"), (Names{"Jane Neal"}));
  EXPECT_EQ(SplitAuthors("Ana Maria Petrovic Editor"), (Names{"Ana Maria Petrovic"}));
  // A credential in capitals and a second person after a conjunction stay.
  EXPECT_EQ(SplitAuthors("Rebecca Lake, CEPF"), (Names{"Rebecca Lake", "CEPF"}));
  EXPECT_EQ(SplitAuthors("Anna Sleegers and Madonna"), (Names{"Anna Sleegers", "Madonna"}));
  // After a name, an outlet and a title are no name.
  EXPECT_EQ(SplitAuthors("Tim Childers - Live Science Contributor"), (Names{"Tim Childers"}));
  EXPECT_EQ(SplitAuthors("ANDREW DALTON, AP Entertainment Writer"), (Names{"ANDREW DALTON"}));
  // One name, then another: no place.
  EXPECT_EQ(SplitAuthors("Anna Sleegers, Tom Hale"), (Names{"Anna Sleegers", "Tom Hale"}));
}

TEST(Authors, GluedDateLabelEndsTheName) {
  EXPECT_EQ(CleanByline("By Korin MillerPublished: Jan 29, 2025"), "Korin Miller");
  EXPECT_EQ(SplitAuthors("Amanda FurrerUpdated: Mar 3, 2024"), (Names{"Amanda Furrer"}));
}

TEST(Authors, LeavesOutRolesAgenciesAndDuplicates) {
  EXPECT_EQ(SplitAuthors("Jane Doe, Reuters"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Doe, Staff Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Associated Press"), Names{});
  EXPECT_EQ(SplitAuthors("Jane Doe and JANE DOE"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Updated 3 hours ago"), Names{});
}

TEST(Authors, GluedPrefixIsStripped) {
  EXPECT_EQ(CleanByline("ByTravis Haney"), "Travis Haney");
  EXPECT_EQ(CleanByline("Byron Smith"), "Byron Smith");
  EXPECT_EQ(SplitAuthors("ByTravis Haney Dec 9, 2016"), (Names{"Travis Haney"}));
}

TEST(Authors, DatesAndCountsLeaveTheByline) {
  EXPECT_EQ(CleanByline("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), "Dan Goodin");
  EXPECT_EQ(CleanByline("By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson"), "Steven Mufson");
  EXPECT_EQ(CleanByline("Jeff Foust Monday, November 18, 2019"), "Jeff Foust");
  EXPECT_EQ(CleanByline("by Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
  EXPECT_EQ(CleanByline("January 17, 2017 at 6:08 PM ET by Kori Schulman"), "Kori Schulman");
  EXPECT_EQ(CleanByline("Jane Doe, 5 hours ago"), "Jane Doe");
  // A month that is a name stays when a whole date follows it.
  EXPECT_EQ(CleanByline("By Theresa May 18 June 2017"), "Theresa May");
}

// A text copy glues the name to its date line: the weekday or the label
// before the date goes with it, in any language the lexicon knows.
TEST(Authors, DateLeadWordsLeaveTheByline) {
  EXPECT_EQ(CleanByline("Jan Roe Publi\u00E9 le lundi 4 mars 2019 \u00E0 15h04"), "Jan Roe");
  EXPECT_EQ(CleanByline("Jan Roe poniedzia\u0142ek, 4 marca 2019 15:04"), "Jan Roe");
  EXPECT_EQ(CleanByline("Jan Roe \u0394\u03B5\u03C5\u03C4\u03AD\u03C1\u03B1, 4 \u039C\u03B1\u03C1\u03C4\u03AF\u03BF\u03C5 2019"),
            "Jan Roe");
  EXPECT_EQ(CleanByline("Jan Roe Publisert: 04.03.2019 15:04"), "Jan Roe");
  EXPECT_EQ(CleanByline("Jan Roe \u66F4\u65B0\u65F6\u95F4\uFF1A2019-03-05 10:00"), "Jan Roe");
  // A particle alone before the date may end a name.
  EXPECT_EQ(CleanByline("Jan de 4 mars 2019"), "Jan de");
}

TEST(Authors, OutletsAndRolesAfterSeparators) {
  EXPECT_EQ(SplitAuthors("Pete Evans \xC2\xB7 CBC News \xC2\xB7 Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago"),
            (Names{"Pete Evans"}));
  EXPECT_EQ(SplitAuthors("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"),
            (Names{"Daniel Kahn Gillmor"}));
  EXPECT_EQ(SplitAuthors("Jane Doe, Staff Writer and John Roe"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Doe - Reuters"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("mediagene Inc."), Names{});
  // Degrees after a name stay, as DEV truth keeps them; alone they name no one.
  EXPECT_EQ(SplitAuthors("Written by Rachael Link, MS, RD on November 14, 2019"), (Names{"Rachael Link", "MS", "RD"}));
  EXPECT_EQ(SplitAuthors("Nora Vell, Ph.D."), (Names{"Nora Vell", "Ph.D"}));
  EXPECT_EQ(SplitAuthors("MS, RD"), Names{});
  EXPECT_EQ(SplitAuthors("By REUTERS"), Names{});
  EXPECT_EQ(SplitAuthors("By"), Names{});
  EXPECT_EQ(SplitAuthors("PTI, Washington,"), Names{});
  EXPECT_EQ(SplitAuthors("Jane Doe, AP and John Roe"), (Names{"Jane Doe", "John Roe"}));
  // A date inside the byline ends it; what follows is a section or a count.
  EXPECT_EQ(CleanByline("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space"),
            "Tim Childers - Live Science Contributor");
}

TEST(Authors, BracketsAndCreditLines) {
  EXPECT_EQ(SplitAuthors("Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
            (Names{"Martin Untersinger", "Damien Leloup", "Morgane Tual"}));
  EXPECT_EQ(SplitAuthors("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"),
            (Names{"Eleanor Ainge Roy"}));
  EXPECT_EQ(SplitAuthors("Written by Rob Ewaschuk\nEdited by Betsy Beyer"), (Names{"Rob Ewaschuk"}));
  // A photographer's labelled credit on the next line, in several languages.
  EXPECT_EQ(SplitAuthors("Tekst: Jan Kowalski\nZdj\u0119cia: Anna Nowak"), (Names{"Jan Kowalski"}));
  EXPECT_EQ(SplitAuthors("\u0422\u0435\u043a\u0441\u0442: \u041f\u0430\u0432\u0435\u043b \u041e\u0440\u043b\u043e\u0432\n"
                         "\u0424\u043e\u0442\u043e: \u041c\u0430\u0440\u0438\u044f \u041a\u0438\u043c"),
            (Names{"\u041f\u0430\u0432\u0435\u043b \u041e\u0440\u043b\u043e\u0432"}));
  EXPECT_EQ(CleanByline("Text: Jane Roe, Photos: John Doe"), "Jane Roe");
  EXPECT_EQ(CleanByline("Tekst: Jan Kowalski Fot. Anna Nowak"), "Jan Kowalski Fot. Anna Nowak");
}

TEST(Authors, ANicknameInBracketsStaysInTheName) {
  EXPECT_EQ(SplitAuthors("By Robert (Bobby) Kinsella and Mara Quill"),
            (Names{"Robert (Bobby) Kinsella", "Mara Quill"}));
  EXPECT_EQ(SplitAuthors("Jane \"Jay\" Roe"), (Names{"Jane \"Jay\" Roe"}));
  // A bracket after the name is still its note or more names.
  EXPECT_EQ(SplitAuthors("Martin Untersinger (Paris)"), (Names{"Martin Untersinger"}));
  // Several nicknames: each bracket is read by its own place.
  EXPECT_EQ(SplitAuthors("By Robert (Bobby) Kinsella and Mara (Mo) Quill (Paris)"),
            (Names{"Robert (Bobby) Kinsella", "Mara (Mo) Quill"}));
}

TEST(Authors, ProfileLinksAndJobTitlesGluedToTheName) {
  EXPECT_EQ(SplitAuthors("Lena OrwellTwitterEmail"), (Names{"Lena Orwell"}));
  EXPECT_EQ(SplitAuthors("Jane Roe Twitter Email"), (Names{"Jane Roe"}));
  // A share menu after the name; "Share" alone may be a surname.
  EXPECT_EQ(SplitAuthors("Jane Roe Share Tweet Email"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe Tweet"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Roe Share Facebook Copy link"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("By Tom Share and Jane Roe"), (Names{"Tom Share", "Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jane Share"), (Names{"Jane Share"}));
  EXPECT_EQ(SplitAuthors("Tomas WellandSenior Reporter"), (Names{"Tomas Welland"}));
  // A capital inside a surname is no glued title.
  EXPECT_EQ(SplitAuthors("Ann McLeadbetter"), (Names{"Ann McLeadbetter"}));
}

TEST(Authors, OtherCreditsAndTitlesBesideTheNames) {
  // A labelled part after the name credits another role.
  EXPECT_EQ(SplitAuthors("Text: Jana Roe | Fotos: Olaf Doe"), (Names{"Jana Roe"}));
  // A Chinese paper's correspondent after its reporter is a co-author.
  EXPECT_EQ(SplitAuthors("\u672c\u62a5\u8bb0\u8005 \u738b\u6653\u9e23 \u901a\u8baf\u5458 \u674e\u660e"),
            (Names{"\u738b\u6653\u9e23", "\u674e\u660e"}));
  // A Korean outlet before the reporter's name, in brackets or not.
  EXPECT_EQ(SplitAuthors("[\ud55c\ube5b\uc77c\ubcf4 \uae40\ubbfc\uc218 \uae30\uc790]"), (Names{"\uae40\ubbfc\uc218"}));
  EXPECT_TRUE(StartsWithBylinePrefix("[\ud55c\ube5b\uc77c\ubcf4 \uae40\ubbfc\uc218 \uae30\uc790]"));
  EXPECT_EQ(SplitAuthors("\ud55c\ube5b\uc77c\ubcf4 \uae40\ubbfc\uc218 \uae30\uc790"), (Names{"\uae40\ubbfc\uc218"}));
}

TEST(Authors, WhereTheWriterIsAndTheWireAfterTheName) {
  EXPECT_EQ(SplitAuthors("Por Ana Roe, de S\u00e3o Paulo"), (Names{"Ana Roe"}));
  EXPECT_EQ(SplitAuthors("Por Ana Roe, da Folha"), (Names{"Ana Roe"}));
  EXPECT_EQ(SplitAuthors("Jan Roe, \u010cTK"), (Names{"Jan Roe"}));
  EXPECT_EQ(SplitAuthors("Jan Roe (TASR)"), (Names{"Jan Roe"}));
  // A co-author after a conjunction still counts.
  EXPECT_EQ(SplitAuthors("Por Ana Roe e Jo\u00e3o Doe"), (Names{"Ana Roe", "Jo\u00e3o Doe"}));
  // An empty part after a name (two commas) is read as no letter.
  EXPECT_EQ(SplitAuthors("Por Ana Roe, , Jo\u00e3o Doe"), (Names{"Ana Roe", "Jo\u00e3o Doe"}));
}

TEST(Authors, InterviewAndFeatureLabels) {
  EXPECT_EQ(SplitAuthors("Propos recueillis par \u00c9lodie Roe"), (Names{"\u00c9lodie Roe"}));
  EXPECT_EQ(SplitAuthors("A cura di Giulia Roe"), (Names{"Giulia Roe"}));
  EXPECT_EQ(SplitAuthors("Muhabir: Mehmet Roe"), (Names{"Mehmet Roe"}));
}

TEST(Authors, OwnReporterNamedByRole) {
  EXPECT_EQ(SplitAuthors("Door onze verslaggever Pieter de Wit"), (Names{"Pieter de Wit"}));
  EXPECT_EQ(SplitAuthors("By our foreign correspondent Jane Roe"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Von unserem Korrespondenten Hans Roe"), (Names{"Hans Roe"}));
  EXPECT_EQ(SplitAuthors("De notre envoy\u00e9e sp\u00e9ciale \u00e0 Rome, Jeanne Roe"), (Names{"Jeanne Roe"}));
  // Other words after the possessive head a promotion, not a byline.
  EXPECT_FALSE(StartsWithBylinePrefix("From Our Partners"));
  EXPECT_FALSE(StartsWithBylinePrefix("Unsere Empfehlungen"));
}

TEST(Authors, JapaneseRoleSuffixesAndChineseSourceLabels) {
  EXPECT_EQ(SplitAuthors("山田太郎 著"), (Names{"山田太郎"}));
  EXPECT_EQ(SplitAuthors("ジョン・スミス 著、鈴木一郎 訳"), (Names{"ジョン・スミス"}));
  EXPECT_TRUE(SplitAuthors("佐藤花子 監訳").empty());
  EXPECT_EQ(SplitAuthors("作者：林晓峰 来源：例城日报"), (Names{"林晓峰"}));
  // The reporter's label in simplified characters, with the paper's before it.
  EXPECT_EQ(SplitAuthors("记者 林晓峰"), (Names{"林晓峰"}));
  EXPECT_EQ(SplitAuthors("本报记者 林晓峰"), (Names{"林晓峰"}));
  // A label's colon or a sentence's question mark is in no name.
  EXPECT_TRUE(SplitAuthors("来源：例城日报").empty());
  EXPECT_FALSE(LooksLikePersonName("答案出人意料？"));
}

TEST(Authors, JapaneseBylines) {
  EXPECT_EQ(SplitAuthors("\xE8\x91\x97\xE8\x80\x85\xEF\xBC\x9A\xE5\xBE\x8C\xE8\x97\xA4\xE5\xA4\xA7\xE5\x9C\xB0"),
            (Names{"\xE5\xBE\x8C\xE8\x97\xA4\xE5\xA4\xA7\xE5\x9C\xB0"}));  // 著者：後藤大地
  // 文● オカモト／ASCII編集部: the writer, then the editorial desk.
  EXPECT_EQ(SplitAuthors("\xE6\x96\x87\xE2\x97\x8F \xE3\x82\xAA\xE3\x82\xAB\xE3\x83\xA2\xE3\x83\x88\xEF\xBC\x8F"
                         "ASCII\xE7\xB7\xA8\xE9\x9B\x86\xE9\x83\xA8"),
            (Names{"\xE3\x82\xAA\xE3\x82\xAB\xE3\x83\xA2\xE3\x83\x88"}));
  EXPECT_EQ(SplitAuthors("\xE6\x8A\x95\xE7\xA8\xBF\xE8\x80\x85 Masafumi Negishi"), (Names{"Masafumi Negishi"}));
  // The writer who also took the pictures: "文・写真：" (text and photos).
  EXPECT_EQ(SplitAuthors("\u6587\u30FB\u5199\u771F\uFF1A\u4E2D\u6751\u7531\u7D00"), (Names{"\u4E2D\u6751\u7531\u7D00"}));
  EXPECT_EQ(SplitAuthors("\u6587/\u56FE\uFF1A\u738B\u5C0F\u660E"), (Names{"\u738B\u5C0F\u660E"}));  // 文/图：王小明
  // 文化 ("culture") is a word, not the 文 label and a name.
  EXPECT_FALSE(StartsWithBylinePrefix("\xE6\x96\x87\xE5\x8C\x96"));
}

TEST(Authors, NamesLeadALineAfterAPrefixOrADate) {
  EXPECT_TRUE(NamesLead("Dan Goodin - Apr 16, 2015 8:02 pm UTC"));
  EXPECT_TRUE(NamesLead("November 20, 2019 Emiliano Bellini"));
  EXPECT_TRUE(NamesLead("9. September 2025 um 15:46 Uhr / Frank Roe"));
  EXPECT_TRUE(NamesLead("18/03/2019 | Andr\xC3\xA9 Mindermann"));
  EXPECT_TRUE(NamesLead("By Dario Durando | November 02, 2018"));
  // A date line with a label first, or a sentence, is not a byline.
  EXPECT_FALSE(NamesLead("Last updated March 9, 2017"));
  EXPECT_FALSE(NamesLead("Tickets go on sale March 9, 2017"));
  // An obituary's or a court report's first sentence: the age in commas.
  EXPECT_FALSE(NamesLead("John R. Miller, 83, of Springfield, passed away peacefully on March 3, 2024."));
  EXPECT_FALSE(NamesLead("Jane Roe, 9, of Leeds, was hurt on 3 May 2024"));
  // A number that is no age in commas leaves the byline as it was.
  EXPECT_TRUE(NamesLead("Jane Roe, 2 min read, March 3, 2024"));
}

TEST(Authors, AStoryOfAPersonOpensWithTheNameAndAge) {
  EXPECT_TRUE(OpensStoryOfPerson("Walter Brandt, 79, of Pine Ridge, died May 6, 2024."));
  EXPECT_TRUE(OpensStoryOfPerson("Mary Ann Smith, 91, of Dayton, died on Feb. 2, 2024, at home."));
  // A byline, a date line, or an age that follows no name at the start.
  EXPECT_FALSE(OpensStoryOfPerson("By Jane Roe, May 6, 2024"));
  EXPECT_FALSE(OpensStoryOfPerson("May 6, 2024, 10:42"));
  EXPECT_FALSE(OpensStoryOfPerson("Police said the man, 45, was arrested on May 6, 2024."));
}

TEST(Authors, ChineseReportersSetApartBySpacesAlone) {
  // After the simplified title each name of two to four Han characters.
  EXPECT_EQ(SplitAuthors("记者 王小明 李华"), (Names{"王小明", "李华"}));
  EXPECT_EQ(SplitAuthors("本报记者 陈静 赵强"), (Names{"陈静", "赵强"}));
  // One name, a Japanese name's space, or a phrase after the title: as before.
  EXPECT_EQ(SplitAuthors("记者 王小明"), (Names{"王小明"}));
  EXPECT_EQ(SplitAuthors("文：高橋 由美"), (Names{"高橋 由美"}));
  EXPECT_EQ(SplitAuthors("记者 张伟 通讯员 李华"), (Names{"张伟", "李华"}));
}

TEST(Authors, AWeekdayGluedToTheNameIsCut) {
  EXPECT_EQ(SplitAuthors("Katherine FidlerThursday 2 Nov 2023 10:09 am"), std::vector<std::string>{"Katherine Fidler"});
  // A capital inside a surname starts no date word; a short one is kept.
  EXPECT_EQ(SplitAuthors("Ian McDonald 2 Nov 2023"), std::vector<std::string>{"Ian McDonald"});
  EXPECT_EQ(SplitAuthors("Ana DeSun 2 Nov 2023"), std::vector<std::string>{"Ana DeSun"});
}

TEST(Authors, ASurnameThatIsAWeekdayElsewhereStays) {
  EXPECT_EQ(SplitAuthors("Mohamed Khamis 4 March 2019"), std::vector<std::string>{"Mohamed Khamis"});
  EXPECT_EQ(SplitAuthors("Ay\xC5\x9F" "e Petek 04.03.2019"), std::vector<std::string>{"Ay\xC5\x9F" "e Petek"});
  EXPECT_EQ(SplitAuthors("Lucia Data 4 March 2019"), std::vector<std::string>{"Lucia Data"});
  EXPECT_EQ(SplitAuthors("Jane Son 4 March 2019"), std::vector<std::string>{"Jane Son"});
  EXPECT_EQ(SplitAuthors("Tomasz Lis 14:30"), std::vector<std::string>{"Tomasz Lis"});
  // A weekday with its comma, a label after a full name, still go.
  EXPECT_EQ(SplitAuthors("Jan Roe Publisert 04.03.2019"), std::vector<std::string>{"Jan Roe"});
  EXPECT_TRUE(SplitAuthors("kinra | Artikel ver\xC3\xB6" "ffentlicht am 14.12.2012").empty());
  EXPECT_EQ(SplitAuthors("Jan Roe poniedzia\xC5\x82" "ek, 4 marca 2019"), std::vector<std::string>{"Jan Roe"});
}

TEST(Authors, ADateLabelLeadsTheDateLine) {
  EXPECT_TRUE(DateLabelLeads("\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE: 03 \xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88 2020"));
  // A label of the date-word lexicon ("Son G\xC3\xBCncelleme") leaves no
  // name to lead at all.
  EXPECT_TRUE(SplitAuthors("Son G\xC3\xBCncelleme: 30.11.2020 18:14").empty());
  EXPECT_FALSE(NamesLead("30.11.2020 18:14 | Son G\xC3\xBCncelleme: 30.11.2020 18:14"));
  // Names before the date, glued or not, are no label.
  EXPECT_FALSE(DateLabelLeads("Sarah Gooding March 9, 2017"));
  EXPECT_FALSE(DateLabelLeads("Dan Goodin - Apr 16, 2015 8:02 pm UTC"));
}

TEST(Authors, TheFieldOfADateLineThatNamesItsAuthors) {
  EXPECT_EQ(NamesFieldOfDateLine("May 3, 2024 \xC2\xB7 12 min \xC2\xB7 2410 words \xC2\xB7 Jane Roe"), "Jane Roe");
  EXPECT_EQ(NamesFieldOfDateLine("Ver\xC3\xB6" "ffentlicht am 9. Mai 2024, 08:15 Uhr, Tobias Roe"), "Tobias Roe");
  // A field a prefix opens runs on past commas, to the next other mark.
  EXPECT_EQ(NamesFieldOfDateLine("May 3, 2024 \xC2\xB7 4 min read \xC2\xB7 By Jane Roe, John Doe | Comments"),
            "By Jane Roe, John Doe");
  // Names that lead are NamesLead's; a last field that is no name alone,
  // or one with no date before it, names no one.
  EXPECT_EQ(NamesFieldOfDateLine("Jane Roe \xC2\xB7 March 4, 2024"), "");
  EXPECT_EQ(NamesFieldOfDateLine("March 4, 2024 \xC2\xB7 5 min read"), "");
  EXPECT_EQ(NamesFieldOfDateLine("March 4, 2024 | Politics | reading time"), "");
  EXPECT_EQ(NamesFieldOfDateLine("Home | Jane Roe"), "");
  EXPECT_EQ(NamesFieldOfDateLine("Updated: May 3, 2024 09:10 AM | Source: Example.com"), "");
}

// A portal's placeholder author, or the source field's outlet printed
// again as the author, names no one, in either field order.
TEST(Authors, CjkBylineFieldPlaceholderNamesNoOne) {
  EXPECT_EQ(CjkBylineField("来源：未知 作者：佚名"), "作者：");
  EXPECT_EQ(CjkBylineField("作者：佚名 来源：例报"), "作者：");
  EXPECT_EQ(CjkBylineField("来源：例报 作者：本站"), "作者：");
  EXPECT_EQ(CjkBylineField("来源：例报 作者：小编"), "作者：");
  EXPECT_EQ(CjkBylineField("来源：例报 作者：例报"), "作者：");
  EXPECT_EQ(CjkBylineField("作者：例报 来源：例报"), "作者：");
  EXPECT_EQ(CjkBylineField("来源：例报 作者：王小明"), "作者：王小明");
}

TEST(Authors, CjkBylineFieldAmongLabelledFields) {
  // After a source field, set apart by a wide space, a space or nothing.
  EXPECT_EQ(CjkBylineField("2024-03-05 09:12\u3000来源：例报\u3000作者：王小明\u3000编辑：李华"), "作者：王小明");
  EXPECT_EQ(CjkBylineField("来源：例报 作者：王小明 编辑：李华"), "作者：王小明");
  EXPECT_EQ(CjkBylineField("2024-03-05 09:12来源：例报作者：王小明"), "作者：王小明");
  // Before a source's or an editor's field glued to the name.
  EXPECT_EQ(CjkBylineField("作者：王小明来源：例报"), "作者：王小明");
  EXPECT_EQ(CjkBylineField("作者：王小明责任编辑：李华"), "作者：王小明");
  // A Japanese name's space stays; a date after it ends the field.
  EXPECT_EQ(CjkBylineField("来源：例报\u3000文：高橋 由美 2024"), "文：高橋 由美");
  // No label, a label with no value, or a label word inside another word.
  EXPECT_EQ(CjkBylineField("来源：例报\u3000编辑：李华"), "");
  EXPECT_EQ(CjkBylineField("来源：例报 作者："), "");
  EXPECT_EQ(CjkBylineField("社区工作者：王小明"), "");
  // The reporter's title without a colon after the source's field.
  EXPECT_EQ(CjkBylineField("来源：新华社 记者 王小明"), "记者 王小明");
  EXPECT_EQ(CjkBylineField("发布时间：2024年01月26日 09:00 来源：中国新闻网 记者 刘洋"), "记者 刘洋");
  // Not a sentence's "记者从..." (the reporter learned), nor a title that
  // leads no labelled field.
  EXPECT_EQ(CjkBylineField("来源：新华社 记者从市政府获悉"), "");
  EXPECT_EQ(CjkBylineField("本报讯 记者 张伟 报道"), "");
}

TEST(Authors, ByClauseOfDateLine) {
  EXPECT_EQ(ByClauseOfDateLine("Posted on December 18, 2025    Posted by Jane Roe      59 Comments"), "by Jane Roe");
  EXPECT_EQ(ByClauseOfDateLine("The chain will open ten shops. By Jane Roe on Dec. 19, 2025"), "By Jane Roe");
  EXPECT_EQ(ByClauseOfDateLine("August 12, 2025 By Acme Team"), "By Acme Team");
  EXPECT_EQ(ByClauseOfDateLine("Le 3 mai 2025 Par Jean Roe \xC2\xB7 4 min"), "Par Jean Roe");
  // Old themes: Drupal's "Submitted by", a German blog's lower-case "von".
  EXPECT_EQ(ByClauseOfDateLine("Submitted by Ruth Evans on Tue, 03/02/2010 - 10:12"), "by Ruth Evans");
  EXPECT_EQ(ByClauseOfDateLine("Geschrieben am 14. November 2009 von Stefan Roe"), "von Stefan Roe");
  EXPECT_EQ(ByClauseOfDateLine("Am 3. Mai 2024 von 8 auf 9 Euro gestiegen"), "");
  // A reviewer's "by", a "by" inside a sentence, or no clause: none.
  EXPECT_EQ(ByClauseOfDateLine("Reviewed by Jane Roe, Attorney, on March 3, 2025."), "");
  EXPECT_EQ(ByClauseOfDateLine("Prices rose by a third on May 3, 2025"), "");
  EXPECT_EQ(ByClauseOfDateLine("May 3, 2025 | 5 min read"), "");
}

TEST(Authors, TheTextAfterItsLeadingDates) {
  EXPECT_EQ(WithoutLeadingDates("Last updated on August 2, 2025 by Shannon"), "by Shannon ");
  EXPECT_EQ(WithoutLeadingDates("May 2, 2025June 9, 2025 by Jane Roe"), "by Jane Roe ");
  // A date after other words leads nothing.
  EXPECT_EQ(WithoutLeadingDates("Council votes  August 15, 2025"), "Council votes August 15, 2025 ");
}

TEST(Authors, BylinePrefixes) {
  EXPECT_TRUE(StartsWithBylinePrefix("By Jane Doe"));
  EXPECT_TRUE(StartsWithBylinePrefix("ByJane Doe"));
  EXPECT_TRUE(StartsWithBylinePrefix("Wednesday January 18, 2017 10:44 am PST by Juli Clover"));
  // A post's date and its update's, glued, maybe after a label.
  EXPECT_TRUE(StartsWithBylinePrefix("August 15, 2025December 9, 2025 by Jane Roe"));
  EXPECT_TRUE(StartsWithBylinePrefix("Posted on August 15, 2025December 9, 2025 by Jane Roe"));
  EXPECT_FALSE(StartsWithBylinePrefix("Posted on August 15, 2025December 9, 2025"));
  EXPECT_FALSE(StartsWithBylinePrefix("Council votes August 15, 2025 by a wide margin"));
  EXPECT_FALSE(StartsWithBylinePrefix("Byron Smith"));
  // A label's colon touching the name, the two in separate elements.
  EXPECT_TRUE(StartsWithBylinePrefix("Written by:Jane Roe"));
  EXPECT_EQ(SplitAuthors("Written by:Jane Roe"), (Names{"Jane Roe"}));
  EXPECT_TRUE(IsBylinePrefixOnly("By:"));
  // A label that dates itself, as blogs print it.
  EXPECT_TRUE(IsBylinePrefixOnly("Written on Mar 27 by"));
  // German pieces name their kind before "von".
  EXPECT_TRUE(IsBylinePrefixOnly("Kommentar von"));
  EXPECT_EQ(SplitAuthors("Eine Kolumne von Jana Beispiel"), (Names{"Jana Beispiel"}));
  EXPECT_EQ(SplitAuthors("Ein Beitrag von Jana Beispiel"), (Names{"Jana Beispiel"}));
  EXPECT_FALSE(StartsWithBylinePrefix("Beitr\u00E4ge von Lesern"));
  EXPECT_FALSE(StartsWithBylinePrefix("Kommentare von Lesern"));
  EXPECT_TRUE(StartsWithBylinePrefix("Posted on March 3, 2015 by Jane Doe"));
  EXPECT_FALSE(StartsWithBylinePrefix("Written on the wall by hand"));
  EXPECT_FALSE(StartsWithBylinePrefix("Nearby residents said, by Monday"));
  EXPECT_TRUE(IsBylinePrefixOnly("By"));
  EXPECT_TRUE(IsBylinePrefixOnly("Posted by"));
  EXPECT_FALSE(IsBylinePrefixOnly("By Jane Doe"));
}

TEST(Authors, PersonNameShape) {
  EXPECT_TRUE(LooksLikePersonName("Ludwig van Beethoven"));
  // A language menu is no name, however capitalised.
  EXPECT_FALSE(LooksLikePersonName("Deutsch Espa\xC3\xB1ol Fran\xC3\xA7\x61is"));
  EXPECT_FALSE(LooksLikePersonName("English"));
  EXPECT_TRUE(LooksLikePersonName("J. R. Hartley"));
  EXPECT_FALSE(LooksLikePersonName("the latest news"));
  EXPECT_FALSE(LooksLikePersonName("Room 101"));
  EXPECT_FALSE(LooksLikePersonName("One Two Three Four Five Six"));
}

TEST(Authors, WebAddressesAreNoNames) {
  for (const AddressForms forms : {AddressForms::kWithoutFragments, AddressForms::kWithFragments}) {
    EXPECT_TRUE(IsWebAddress("https://facebook.com/someone", forms));
    EXPECT_TRUE(IsWebAddress("HTTP://example.com", forms));
    EXPECT_TRUE(IsWebAddress("//example.com/jane", forms));
    EXPECT_TRUE(IsWebAddress("www.example.com", forms));
    EXPECT_TRUE(IsWebAddress("/author/jane-doe", forms));
    EXPECT_FALSE(IsWebAddress("Jane Doe", forms));
  }
  // A JSON-LD "#author" is a reference; an author tag's "#..." is left to
  // the name checks.
  EXPECT_TRUE(IsWebAddress("#author", AddressForms::kWithFragments));
  EXPECT_FALSE(IsWebAddress("#author", AddressForms::kWithoutFragments));
}

TEST(Authors, ANamePrintedTwiceBeforeTheByline) {
  EXPECT_EQ(WithoutRepeatedName("Jane Doe Jane Doe"), "Jane Doe");
  EXPECT_EQ(WithoutRepeatedName("Jane DoeJane Doe"), "Jane Doe");
  EXPECT_EQ(WithoutRepeatedName("Jane Doe By Jane Doe"), "By Jane Doe");
  // The copy glued after the by-word: the by-word stays.
  EXPECT_EQ(WithoutRepeatedName("By Jane DoeJane Doe"), "By Jane Doe");
  EXPECT_EQ(WithoutRepeatedName("Por Ana CostaAna Costa"), "Por Ana Costa");
  EXPECT_EQ(WithoutRepeatedName("By Jane DoeJohn Roe"), "By Jane DoeJohn Roe");
  // No repeat, a repeat inside a longer word, or a short one: as it was.
  EXPECT_EQ(WithoutRepeatedName("By Jane Doe"), "By Jane Doe");
  EXPECT_EQ(WithoutRepeatedName("Jane Doe Janet"), "Jane Doe Janet");
  EXPECT_EQ(WithoutRepeatedName("Bo Bo Smith"), "Bo Bo Smith");
  // The longest by-words still fit the part of the rest that is read.
  EXPECT_EQ(WithoutRepeatedName("Jane Doe This blog post was written by Jane Doe"),
            "This blog post was written by Jane Doe");
  // A head longer than any name is a sentence, not a name printed twice.
  const std::string sentence = "The council voted on Tuesday to approve the new budget for the schools of the town";
  EXPECT_EQ(WithoutRepeatedName(sentence + " " + sentence), sentence + " " + sentence);
}

TEST(Authors, Credentials) {
  EXPECT_TRUE(IsCredential("MS"));
  EXPECT_TRUE(IsCredential("Ph.D"));
  EXPECT_TRUE(IsCredential("RDN"));
  // Board fellowships and diplomas of medical and veterinary sites.
  EXPECT_TRUE(IsCredential("DABOM"));
  EXPECT_TRUE(IsCredential("FAAFP"));
  EXPECT_TRUE(IsCredential("DACVB"));
  // Dietitians' fellowship and licences.
  EXPECT_TRUE(IsCredential("FAND"));
  EXPECT_TRUE(IsCredential("CDCES"));
  EXPECT_TRUE(IsCredential("LD"));
  EXPECT_FALSE(IsCredential("Jane Roe"));
  EXPECT_FALSE(IsCredential("SQL"));  // a topic, not a degree
  EXPECT_FALSE(IsCredential("Reuters"));
}

TEST(Authors, TitleBeforeName) {
  // An entry of a list of other stories: its title, then its byline.
  EXPECT_TRUE(TitleBeforeName("Storm damage counted By Pia Tellen", "Pia Tellen"));
  EXPECT_TRUE(TitleBeforeName("School reopens after the flood By Ode Rask", "Ode Rask"));
  // A byline's own lead-in is no title.
  EXPECT_FALSE(TitleBeforeName("By Pia Tellen", "Pia Tellen"));
  EXPECT_FALSE(TitleBeforeName("Reporting by Pia Tellen", "Pia Tellen"));
  EXPECT_FALSE(TitleBeforeName("Storm damage counted By Pia Tellen", "Ode Rask"));
  EXPECT_FALSE(TitleBeforeName("Storm damage counted", ""));
}

TEST(Authors, GluedTail) {
  EXPECT_EQ(GluedTail("Ana BlakeyLive"), "Live");
  EXPECT_EQ(GluedTail("Mia RossBusiness"), "Business");
  // A longer name's own inner capital gives one too; the caller checks the
  // copy. A short head is a name's prefix: none.
  EXPECT_EQ(GluedTail("Katy FitzGerald"), "Gerald");
  EXPECT_EQ(GluedTail("Katy McInnes"), "");
  EXPECT_EQ(GluedTail("Tom MacLean"), "");
  EXPECT_EQ(GluedTail("Ron DeSiato"), "");
  // One word, a short initialism, no inner capital, or capitals after.
  EXPECT_EQ(GluedTail("TurboTaxLisa"), "");
  EXPECT_EQ(GluedTail("Beau BeauHD"), "");
  EXPECT_EQ(GluedTail("Ana Blakey"), "");
  EXPECT_EQ(GluedTail("Ana BlakeyLIVE"), "");
}

TEST(Authors, NamesSiteHost) {
  EXPECT_TRUE(NamesSiteHost("TIME", "time.com"));
  EXPECT_TRUE(NamesSiteHost("CNN", "edition.cnn.com"));
  EXPECT_TRUE(NamesSiteHost("BBC", "bbc.co.uk"));
  // A credential stays, whatever the host.
  EXPECT_FALSE(NamesSiteHost("MD", "md.example"));
  EXPECT_FALSE(NamesSiteHost("RDN", "rdn.example"));
  // Only a word in capitals, a label before the top-level domain.
  EXPECT_FALSE(NamesSiteHost("Time", "time.com"));
  EXPECT_FALSE(NamesSiteHost("COM", "time.com"));
  EXPECT_FALSE(NamesSiteHost("TIME", "times.example"));
  EXPECT_FALSE(NamesSiteHost("TIME", ""));
  EXPECT_FALSE(NamesSiteHost("NEW TIME", "time.com"));
}

TEST(Authors, SiteNamedAfterItsOwner) {
  SiteOwnerForm form = SiteOwnerForm::kNone;
  EXPECT_EQ(SiteOwnerName("Jane Roe's blog", "", form), "Jane Roe");
  EXPECT_EQ(form, SiteOwnerForm::kPossessive);
  EXPECT_EQ(SiteOwnerName("Jane Roe\u2019s Blog", "people", form), "Jane Roe");
  EXPECT_EQ(SiteOwnerName("Jane Roe", "janeroe", form), "Jane Roe");
  EXPECT_EQ(form, SiteOwnerForm::kAddress);
  EXPECT_EQ(SiteOwnerName("Jane Roe", "jane-roe", form), "Jane Roe");
  EXPECT_EQ(SiteOwnerName("Jane Roe", "roe", form), "Jane Roe");
  EXPECT_EQ(form, SiteOwnerForm::kAddress);
  EXPECT_EQ(SiteOwnerName("Jane Roe", "jane", form), "Jane Roe");
  // A name the address does not spell, one word, or no name at all.
  EXPECT_EQ(SiteOwnerName("Jane Roe", "gardening", form), "");
  EXPECT_EQ(form, SiteOwnerForm::kNone);
  EXPECT_EQ(SiteOwnerName("Jane Roe", "", form), "");
  EXPECT_EQ(SiteOwnerName("Jane's Blog", "", form), "");
  EXPECT_EQ(SiteOwnerName("Jane Roe's Kitchen", "", form), "");
  EXPECT_EQ(SiteOwnerName("best recipes", "bestrecipes", form), "");
}

TEST(Authors, ACreditLeadingTheWritersClauseGoes) {
  EXPECT_EQ(WithoutCreditClauses("Medically reviewed by Jo Baker, MD \u2014 Written by Tim Oakes \u2014 Updated on "
                                 "June 1, 2024"),
            "Written by Tim Oakes \u2014 Updated on June 1, 2024");
  EXPECT_EQ(WithoutCreditClauses("Fact checked by Ines Varga | Written by Marc Dubois"), "Written by Marc Dubois");
  // A credit alone, or a line a credit does not lead, stays.
  EXPECT_EQ(WithoutCreditClauses("Edited by Jo Baker"), "Edited by Jo Baker");
  EXPECT_EQ(WithoutCreditClauses("By Tim Oakes | Edited by Jo Baker"), "By Tim Oakes | Edited by Jo Baker");
}

TEST(Authors, TheGroupAWriterPostsForIsNoName) {
  EXPECT_EQ(CleanByline("By Nina Park on behalf of the Release Team"), "Nina Park");
  EXPECT_EQ(SplitAuthors("Nina Park on behalf of the Lantern Core Team"), std::vector<std::string>{"Nina Park"});
}

// A Taiwanese paper's reporters set apart by spaces after the traditional
// title, before "／綜合報導" (compiled reports): each is a name; a Japanese
// name's space after the same title, with no such mark, stays.
TEST(Authors, TraditionalChineseSpacedReportersBeforeTheReportMark) {
  EXPECT_EQ(SplitAuthors("記者 王小明 陳大文 林美華／綜合報導"), (Names{"王小明", "陳大文", "林美華"}));
  EXPECT_EQ(SplitAuthors("記者 王小明 陳大文／台北報導"), (Names{"王小明", "陳大文"}));
  EXPECT_EQ(SplitAuthors("記者 高橋 由美"), Names{"高橋 由美"});
}

// Bylines of Central and East European, Greek, Turkish and Indonesian
// news: the wire after the name, the editor's or translator's credit after
// a full stop, the photographer's label, a desk after the writers and the
// labels those papers print are no author and no part of one.
TEST(Authors, WiresInCyrillicAndOtherScriptsAreNoAuthors) {
  EXPECT_EQ(SplitAuthors("\u0415\u043b\u0435\u043d\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0430, \u0422\u0410\u0421\u0421"),
            (Names{"\u0415\u043b\u0435\u043d\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0430"}));
  EXPECT_EQ(SplitAuthors("Mikko Laine, STT"), (Names{"Mikko Laine"}));
  EXPECT_EQ(SplitAuthors("Fatma Kurt / DHA"), (Names{"Fatma Kurt"}));
  // Initials are no Turkish wire.
  EXPECT_EQ(SplitAuthors("Jane Roe, AA"), (Names{"Jane Roe", "AA"}));
}

TEST(Authors, AnEditorsOrTranslatorsCreditAfterAStopIsNoAuthor) {
  EXPECT_EQ(SplitAuthors("Autor: Adam W\u00f3jcik. Redaktor: Beata Kaczmarek"), (Names{"Adam W\u00f3jcik"}));
  EXPECT_EQ(SplitAuthors("Autor: Tom\u00e1\u0161 Proch\u00e1zka. P\u0159eklad: Eva Mark\u00e1"),
            (Names{"Tom\u00e1\u0161 Proch\u00e1zka"}));
  EXPECT_EQ(SplitAuthors("Muhabir: Burak \u015eahin. Edit\u00f6r: Elif Ayd\u0131n"), (Names{"Burak \u015eahin"}));
  EXPECT_EQ(SplitAuthors("\u0410\u0432\u0442\u043e\u0440: \u0421\u0435\u0440\u0433\u0435\u0439 \u0412\u043e\u043b\u043a\u043e\u0432. "
                         "\u0420\u0435\u0434\u0430\u043a\u0442\u043e\u0440: \u041d\u0430\u0442\u0430\u043b\u044c\u044f \u041e\u0440\u043b\u043e\u0432\u0430"),
            (Names{"\u0421\u0435\u0440\u0433\u0435\u0439 \u0412\u043e\u043b\u043a\u043e\u0432"}));
}

TEST(Authors, PhotoLabelsOfDutchHungarianAndTurkishBylinesEndTheName) {
  EXPECT_EQ(SplitAuthors("Tekst: Lotte Visser Beeld: Joris Smit"), (Names{"Lotte Visser"}));
  EXPECT_EQ(SplitAuthors("Sz\u00f6veg: Moln\u00e1r Judit Fot\u00f3: Varga Bence"), (Names{"Moln\u00e1r Judit"}));
  EXPECT_EQ(SplitAuthors("Haber: Selin Ko\u00e7 Foto\u011fraf: Hakan \u00c7elik"), (Names{"Selin Ko\u00e7"}));
}

TEST(Authors, LabelsOfGreekIndonesianAndVietnameseBylinesGo) {
  EXPECT_EQ(SplitAuthors("\u03a3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4\u03b7\u03c2: \u039c\u03b1\u03c1\u03af\u03b1 \u039d\u03b9\u03ba\u03bf\u03bb\u03ac\u03bf\u03c5"),
            (Names{"\u039c\u03b1\u03c1\u03af\u03b1 \u039d\u03b9\u03ba\u03bf\u03bb\u03ac\u03bf\u03c5"}));
  EXPECT_EQ(SplitAuthors("Pewarta: Hendra Gunawan"), (Names{"Hendra Gunawan"}));
  EXPECT_EQ(SplitAuthors("Kontributor Surabaya, Dimas Saputra"), (Names{"Dimas Saputra"}));
  EXPECT_EQ(SplitAuthors("Ph\u00f3ng vi\u00ean: Ho\u00e0ng V\u0103n Nam"), (Names{"Ho\u00e0ng V\u0103n Nam"}));
}

TEST(Authors, ADeskAfterTheWritersIsNoCoauthor) {
  EXPECT_EQ(SplitAuthors("Paolo Verdi e Sara Neri | Redazione Cronaca"), (Names{"Paolo Verdi", "Sara Neri"}));
  EXPECT_EQ(SplitAuthors("Jan Nov\u00e1k, Redakce zpravodajstv\u00ed"), (Names{"Jan Nov\u00e1k"}));
}

// Korean and Japanese credit the photographer after the writer with a
// space or a middle dot: the photographer is no author.
TEST(Authors, APhotoLabelAfterTheWriterEndsTheNames) {
  EXPECT_EQ(SplitAuthors("\uae00 \ud55c\uac00\ub78c \uc0ac\uc9c4 \uc624\uc138\ud6c8"), (Names{"\ud55c\uac00\ub78c"}));
  EXPECT_EQ(SplitAuthors("\u5c71\u7530\u82b1\u5b50 \u5199\u771f\u30fb\u4f50\u85e4\u5065"), (Names{"\u5c71\u7530\u82b1\u5b50"}));
  // A photographer's title glued to the name is no label.
  EXPECT_EQ(SplitAuthors("\uc0ac\uc9c4\uc791\uac00 \uc624\uc138\ud6c8"), (Names{"\uc0ac\uc9c4\uc791\uac00 \uc624\uc138\ud6c8"}));
}

}  // namespace
// A job title after a name, set after a comma or in brackets, is no
// second author; a real surname beside it stays.
TEST(Authors, GuideAndCompanyJobTitlesAfterANameAreNoAuthors) {
  EXPECT_EQ(SplitAuthors("Paul Roe, Home and Digital Security Expert & Gene Doe, Home Security Expert"),
            (Names{"Paul Roe", "Gene Doe"}));
  EXPECT_EQ(SplitAuthors("Lance Roe (Content Manager)"), (Names{"Lance Roe"}));
  EXPECT_EQ(SplitAuthors("Omar Haddad, Co-Founder & CEO"), (Names{"Omar Haddad"}));
  EXPECT_EQ(SplitAuthors("Lena Novak, Nutrition Specialist"), (Names{"Lena Novak"}));
  EXPECT_EQ(SplitAuthors("Jane Roe, Certified Financial Planner"), (Names{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("Jimmy Page and Ellen Mayor"), (Names{"Jimmy Page", "Ellen Mayor"}));
}

// Arabic and Turkish papers print the dateline's place, a dash, then the
// reporter; a place of one word before a full name is no author.
TEST(Authors, APlaceAndADashBeforeTheReporterIsNoAuthor) {
  EXPECT_EQ(SplitAuthors("Ankara - Ay\u015Fe Y\u0131lmaz"), (Names{"Ay\u015Fe Y\u0131lmaz"}));
  EXPECT_EQ(SplitAuthors("\u0627\u0644\u0631\u064A\u0627\u0636 - \u0645\u062D\u0645\u062F \u0627\u0644\u0639\u062A\u064A\u0628\u064A"),
            (Names{"\u0645\u062D\u0645\u062F \u0627\u0644\u0639\u062A\u064A\u0628\u064A"}));
  // A Korean name is one word: both stay.
  EXPECT_EQ(SplitAuthors("\uAE40\uBBFC\uC218 - \uBC15\uC900\uD638").size(), 2u);
  // A dash after a full name still brings in a co-author.
  EXPECT_EQ(SplitAuthors("Jane Roe - John Doe"), (Names{"Jane Roe", "John Doe"}));
}

// The footnote numbers that point at each writer's affiliation are no
// date: the names after the first stay.
TEST(Authors, FootnoteNumbersGluedToNamesGo) {
  EXPECT_EQ(CleanByline("By Jane Roe1, Mark Twain2"), "Jane Roe, Mark Twain");
  EXPECT_EQ(SplitAuthors("Jane Roe1 and Mark Twain2"), (Names{"Jane Roe", "Mark Twain"}));
  EXPECT_EQ(SplitAuthors("Jane Roe12; Mark Twain3"), (Names{"Jane Roe", "Mark Twain"}));
  // Two affiliations of one writer.
  EXPECT_EQ(SplitAuthors("Jane Roe1,2, Mark Twain3"), (Names{"Jane Roe", "Mark Twain"}));
  // A character reference left in a structured value is no footnote.
  EXPECT_EQ(CleanByline("Jos&#xE9;"), CleanByline("Jos&#xE9"));
  // A date's number after a glued name still ends the line there.
  EXPECT_EQ(CleanByline("Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
  EXPECT_EQ(CleanByline("By Jane Roe, March 3, 2024"), "Jane Roe");
}

// A co-author credited with a phrase rather than "and".
// An Iberian surname joined by "e" or "y" is one name; a full name or a
// wire after the conjunction is a co-author.
TEST(Authors, ASurnameJoinedByEOrYIsOneName) {
  EXPECT_EQ(SplitAuthors("Jos\u00E9 Volta e Pinto"), (Names{"Jos\u00E9 Volta e Pinto"}));
  EXPECT_EQ(SplitAuthors("Por Jos\u00E9 Ortega y Gasset"), (Names{"Jos\u00E9 Ortega y Gasset"}));
  EXPECT_EQ(SplitAuthors("Ana Silva e Jo\u00E3o Souza"), (Names{"Ana Silva", "Jo\u00E3o Souza"}));
  EXPECT_EQ(SplitAuthors("Ana Gil y Luis Paz"), (Names{"Ana Gil", "Luis Paz"}));
  EXPECT_EQ(SplitAuthors("Ana Gil y EFE"), (Names{"Ana Gil", "EFE"}));
}

TEST(Authors, ACollaboratorsPhraseBringsInACoauthor) {
  EXPECT_EQ(SplitAuthors("Un texte de Marie Roy, avec la collaboration de Luc Gagnon"),
            (Names{"Marie Roy", "Luc Gagnon"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe, with additional reporting by Tom Lee"), (Names{"Jane Roe", "Tom Lee"}));
  EXPECT_EQ(SplitAuthors("Por Ana Gil, con la colaboraci\u00F3n de Luis Paz"), (Names{"Ana Gil", "Luis Paz"}));
}

}  // namespace pith
