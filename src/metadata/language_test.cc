#include "metadata/language.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pith {
namespace {

constexpr char kGerman[] =
    "Der Stadtrat hat am Dienstag nach einer vierstündigen Debatte den neuen Haushalt beschlossen. Er sieht mehr "
    "Geld für Schulen, Straßen und die Stadtbibliothek vor. Die Befürworter sagten, der Plan sei längst überfällig "
    "gewesen, während die Kritiker warnten, dass er die Steuern erhöhen und die Dienstleistungen kürzen werde.";
constexpr char kFrench[] =
    "Le conseil municipal a approuvé mardi le nouveau budget après un débat de quatre heures. Il prévoit davantage "
    "d'argent pour les écoles, les routes et la bibliothèque. Ses partisans ont estimé que le projet était attendu "
    "depuis longtemps, tandis que ses détracteurs ont affirmé qu'il augmenterait les impôts.";
constexpr char kJapanese[] =
    "市議会は火曜日、四時間に及ぶ議論の末、新しい予算案を承認した。予算には学校や道路、図書館のための資金が含まれている"
    "。"
    "賛成派はこの計画は遅すぎたくらいだと述べたが、反対派は税金が上がり、行政サービスが削減されると主張した。";
constexpr char kChinese[] =
    "市议会星期二在经过四个小时的辩论后批准了新的预算。预算包括用于学校、道路和图书馆的资金。支持者表示，这项计划早就应"
    "该"
    "实施，而批评者则认为，它将提高税收，削减公共服务，并使城市的资金减少。";
constexpr char kRussian[] =
    "Городской совет во вторник после четырёхчасовых дебатов утвердил новый бюджет. Он предусматривает больше "
    "денег на школы, дороги и библиотеку. Сторонники заявили, что план давно назрел, а критики утверждали, что он "
    "приведёт к повышению налогов и сокращению услуг.";
constexpr char kSpanish[] =
    "El ayuntamiento aprobó el martes el nuevo presupuesto después de un debate que duró cuatro horas. El plan "
    "incluye más dinero para las escuelas, las carreteras y la biblioteca municipal. Los partidarios dijeron que "
    "el proyecto llegaba con retraso, mientras que los críticos argumentaron que subiría los impuestos, recortaría "
    "los servicios y dejaría a la ciudad con menos dinero para los próximos años. ";

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

Article WithText(std::string body, std::optional<std::string> declared = std::nullopt) {
  Article a;
  a.headline = "Nachrichten";
  a.body = std::move(body);
  a.language = std::move(declared);
  return a;
}

TEST(NormalizeLanguageTag, CaseAndSeparatorsOfBcp47) {
  EXPECT_EQ(NormalizeLanguageTag("en_US"), "en-US");
  EXPECT_EQ(NormalizeLanguageTag("EN"), "en");
  EXPECT_EQ(NormalizeLanguageTag(" de-de "), "de-DE");
  EXPECT_EQ(NormalizeLanguageTag("zh-hant-tw"), "zh-Hant-TW");
  EXPECT_EQ(NormalizeLanguageTag("es-419"), "es-419");
  EXPECT_EQ(NormalizeLanguageTag("de, en"), "de");
  EXPECT_EQ(NormalizeLanguageTag("en-US-x-Twain"), "en-US-x-twain");
  EXPECT_EQ(NormalizeLanguageTag("sl-rozaj-biske"), "sl-rozaj-biske");
  EXPECT_EQ(NormalizeLanguageTag("de-CH-1901"), "de-CH-1901");
  EXPECT_EQ(NormalizeLanguageTag("zh-yue-HK"), "zh-yue-HK");
  EXPECT_EQ(NormalizeLanguageTag("en-a-bbb-x-a-ccc"), "en-a-bbb-x-a-ccc");
}

TEST(NormalizeLanguageTag, DeprecatedCodesGiveTheirCurrentOnes) {
  EXPECT_EQ(NormalizeLanguageTag("iw"), "he");
  EXPECT_EQ(NormalizeLanguageTag("in-ID"), "id-ID");
  EXPECT_EQ(NormalizeLanguageTag("jw"), "jv");
}

TEST(NormalizeLanguageTag, JunkIsNoTag) {
  for (const char* junk :
       {"", "  ", "english", "x-default", "und", "e", "en-US@euro", "en--US", "en-", "123", "de-abcdefghi", "{{lang}}",
        "utf-8", "en-a", "en-a-b-cc", "de-DE-DE", "en-Latn-Latn", "Dutch"}) {
    EXPECT_EQ(NormalizeLanguageTag(junk), "") << junk;
  }
}

TEST(DetectLanguage, NamesTheLanguageOfEachText) {
  const std::pair<const char*, const char*> cases[] = {{kGerman, "de"},  {kFrench, "fr"},  {kJapanese, "ja"},
                                                       {kChinese, "zh"}, {kRussian, "ru"}, {kSpanish, "es"}};
  for (const auto& [text, tag] : cases) {
    const std::optional<DetectedLanguage> d = DetectLanguage(text);
    ASSERT_TRUE(d) << tag;
    EXPECT_EQ(d->tag, tag);
    EXPECT_GT(d->percent, 90) << tag;
  }
}

TEST(DetectLanguage, TraditionalChineseAndHebrewAsBcp47) {
  const std::string hant =
      Repeat("市議會星期二在經過四個小時的辯論後批准了新的預算。預算包括用於學校、道路和圖書館的資金。", 3);
  ASSERT_TRUE(DetectLanguage(hant));
  EXPECT_EQ(DetectLanguage(hant)->tag, "zh-Hant");
  const std::string hebrew = Repeat("מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון שנמשך ארבע שעות. ", 3);
  ASSERT_TRUE(DetectLanguage(hebrew));
  EXPECT_EQ(DetectLanguage(hebrew)->tag, "he");
}

TEST(DetectLanguage, ShortOrLetterlessTextGivesNone) {
  EXPECT_FALSE(DetectLanguage(""));
  EXPECT_FALSE(DetectLanguage("Der Stadtrat hat den Haushalt beschlossen."));
  EXPECT_FALSE(DetectLanguage(Repeat("12:30 -- 45.6% | 2019-03-04 ", 40)));
}

TEST(DetectLanguage, InvalidUtf8GivesNoneNotACrash) { EXPECT_FALSE(DetectLanguage(std::string(kGerman) + "\xff\xfe")); }

TEST(SameLanguage, RegionsAndClosePairsAgree) {
  EXPECT_TRUE(SameLanguage("en-GB", "en"));
  EXPECT_TRUE(SameLanguage("zh-CN", "zh-Hant"));
  EXPECT_TRUE(SameLanguage("nb", "da"));
  EXPECT_TRUE(SameLanguage("sr-Latn", "hr"));
  EXPECT_TRUE(SameLanguage("ms", "id"));
  EXPECT_FALSE(SameLanguage("en", "es"));
  EXPECT_FALSE(SameLanguage("da", "de"));
}

TEST(SettleLanguage, DetectsWhenNothingIsDeclared) {
  std::vector<FieldSource> sources;
  Article a = WithText(kGerman);
  SettleLanguage(a, &sources);
  EXPECT_EQ(a.language, "de");
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0].field, "language");
  EXPECT_TRUE(sources[0].source.starts_with("detected: CLD2, ")) << sources[0].source;
}

TEST(SettleLanguage, ShortTextStaysWithoutLanguage) {
  Article a = WithText("Der Stadtrat hat den Haushalt beschlossen.");
  SettleLanguage(a, nullptr);
  EXPECT_FALSE(a.language);
}

TEST(SettleLanguage, ADeclaredTagTheTextAgreesWithKeepsItsRegion) {
  std::vector<FieldSource> sources = {{"language", "declared: <html lang>", -1}};
  Article a = WithText(Repeat(kGerman, 4), "de-AT");
  SettleLanguage(a, &sources);
  EXPECT_EQ(a.language, "de-AT");
  EXPECT_EQ(sources[0].source, "declared: <html lang>");
}

TEST(SettleLanguage, ADeclaredTagTheTextPlainlyContradictsIsCorrected) {
  std::vector<FieldSource> sources = {{"site_name", "meta og:site_name", -1},
                                      {"language", "declared: <html lang>", -1}};
  Article a = WithText(Repeat(kSpanish, 4), "en");
  SettleLanguage(a, &sources);
  EXPECT_EQ(a.language, "es");
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_NE(sources[1].source.find("declared 'en' (<html lang>) contradicted"), std::string::npos) << sources[1].source;
}

TEST(SettleLanguage, ShortTextDoesNotOverruleTheDeclaredTag) {
  Article a = WithText(kSpanish, "en");
  SettleLanguage(a, nullptr);
  EXPECT_EQ(a.language, "en");
}

TEST(SettleLanguage, ClosePairsDoNotContradict) {
  const std::string danish = Repeat(
      "Byrådet vedtog tirsdag det nye budget efter en debat, der varede fire timer. Budgettet indeholder flere "
      "penge til skoler, veje og biblioteket. Tilhængerne sagde, at planen var længe ventet, mens kritikerne "
      "mente, at den ville hæve skatterne og skære i servicen. ",
      4);
  Article a = WithText(danish, "nb-NO");
  SettleLanguage(a, nullptr);
  EXPECT_EQ(a.language, "nb-NO");
}

TEST(EnglishRegionBySpelling, TheClearMajorityNamesTheRegion) {
  EXPECT_EQ(EnglishRegionBySpelling("The colourful centre was organised by neighbours."), "GB");
  EXPECT_EQ(EnglishRegionBySpelling("The colorful center was organized by neighbors."), "US");
  EXPECT_EQ(EnglishRegionBySpelling("Colour, colour and COLOUR; one color."), "GB");
}

TEST(EnglishRegionBySpelling, FewOrMixedWordsNameNone) {
  EXPECT_EQ(EnglishRegionBySpelling("A grey day at the theatre."), "");
  EXPECT_EQ(EnglishRegionBySpelling("colour centre honour color center honor"), "");
  EXPECT_EQ(EnglishRegionBySpelling(""), "");
}

// Only whole words count: not inside a longer word, nor with a letter
// beyond ASCII glued on.
TEST(EnglishRegionBySpelling, WholeWordsOnly) {
  EXPECT_EQ(EnglishRegionBySpelling("watercolours watercolours watercolours"), "");
  EXPECT_EQ(EnglishRegionBySpelling("colourés colourés colourés"), "");
  EXPECT_EQ(EnglishRegionBySpelling("colour-coded, colour's, (colour)"), "GB");
}

}  // namespace
}  // namespace pith
