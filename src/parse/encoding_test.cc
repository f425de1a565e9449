#include "parse/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <vector>

#include "pith/pith.h"
#include "util/text_util.h"

namespace pith {
namespace {

using namespace std::string_literals;

const std::string kPrivetMir = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80";

TEST(Encoding, Utf8PassesThroughAndLosesItsBom) {
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBF" "caf\xC3\xA9", "").text, "caf\xC3\xA9");
  EXPECT_EQ(DecodeToUtf8("plain ascii", "").text, "plain ascii");
}

TEST(Encoding, MetaCharsetIsHonoured) {
  const std::string page = "<html><head><meta charset=\"windows-1251\"></head><body>"
                           "\xCF\xF0\xE8\xE2\xE5\xF2\x2C\x20\xEC\xE8\xF0</body></html>";
  const Decoded d = DecodeToUtf8(page, "");
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_NE(d.text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, HttpEquivContentTypeIsHonoured) {
  const std::string page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                           "\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2";
  EXPECT_NE(DecodeToUtf8(page, "").text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, TransportDeclarationOutranksMeta) {
  const std::string page = "<meta charset=\"utf-8\">\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2";
  EXPECT_NE(DecodeToUtf8(page, "KOI8-R").text.find(kPrivetMir), std::string::npos);
}

TEST(Encoding, ByteOrderMarkOutranksEverything) {
  std::string utf16le = "\xFF\xFE"s;
  for (char c : std::string("<meta charset=windows-1251>Hi")) utf16le += std::string{c, '\0'};
  EXPECT_EQ(DecodeToUtf8(utf16le, "koi8-r").text, "<meta charset=windows-1251>Hi");
}

TEST(Encoding, Utf16WithoutBomIsRecognised) {
  std::string utf16be;
  for (char c : std::string("<p>Hello, world</p>")) utf16be += std::string{'\0', c};
  EXPECT_EQ(DecodeToUtf8(utf16be, "").text, "<p>Hello, world</p>");
}

TEST(Encoding, LatinOneLabelsReadAsWindows1252) {
  const std::string page = "<meta charset=iso-8859-1>\x63\x61\x66\xE9\x20\x96\x20\x93\x71\x75\x6F\x74\x65\x64\x94";
  EXPECT_NE(DecodeToUtf8(page, "").text.find("caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D"),
            std::string::npos);
}

TEST(Encoding, UndeclaredShiftJisIsDetected) {
  std::string sjis;
  for (int i = 0; i < 8; ++i) {
    sjis += "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x65\x83\x4C\x83\x58\x83\x67\x81\x41\x93\x8C\x8B\x9E\x82\xC5"
            "\x8B\x4C\x8E\xD2\x89\xEF\x8C\xA9\x82\xAA\x8D\x73\x82\xED\x82\xEA\x82\xBD\x81\x42";
  }
  const Decoded d = DecodeToUtf8(sjis, "");
  EXPECT_NE(d.text.find("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), std::string::npos) << d.encoding;
}

TEST(Encoding, InvalidUtf8BecomesReplacementCharacter) {
  const Decoded d = DecodeToUtf8("<meta charset=utf-8>ok \xFF\xFE\xFD end", "");
  EXPECT_NE(d.text.find("ok \xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(d.text.find("end"), std::string::npos);
}

TEST(Encoding, MostlyValidUtf8StaysUtf8) {
  // One stray byte in an undeclared UTF-8 page must not turn every accent
  // into windows-1252 mojibake.
  const Decoded d = DecodeToUtf8("Caf\xC3\xA9 cr\xC3\xA8me \xFF br\xC3\xBBl\xC3\xA9" "e \xE2\x80\x94 na\xC3\xAFve", "");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.text, "Caf\xC3\xA9 cr\xC3\xA8me \xEF\xBF\xBD br\xC3\xBBl\xC3\xA9" "e \xE2\x80\x94 na\xC3\xAFve");
}

TEST(Encoding, LatinBytesWithoutUtf8SequencesAreWindows1252) {
  const Decoded d = DecodeToUtf8("Caf\xE9 cr\xE8me br\xFBl\xE9" "e \x96 na\xEFve", "");
  EXPECT_EQ(d.text, "Caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e \xE2\x80\x93 na\xC3\xAFve");
}

TEST(Encoding, UnknownLabelFallsBackToDetection) {
  const Decoded d = DecodeToUtf8("<meta charset=no-such-thing>caf\xC3\xA9", "");
  EXPECT_EQ(d.text, "<meta charset=no-such-thing>caf\xC3\xA9");
}

TEST(Encoding, NulBytesDoNotCutText) {
  const std::string s("before\0after", 12);
  EXPECT_EQ(DecodeToUtf8(s, "").text.size(), 12u);
}

// A UTF-8 page whose markup mentions another charset where browsers do not
// read it as a declaration: it stays UTF-8.
TEST(Encoding, OnlyARealMetaDeclares) {
  const std::string text = "<p>" + kPrivetMir + "</p>";
  for (const std::string head :
       {"<!-- <meta charset=\"koi8-r\"> -->", "<meta name=\"description\" content=\"charset=koi8-r\">",
        "<meta charset=\"utf-7\">", "<meta charset=\"UTF-32\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-7\">",
        "<div title=\"<meta charset=koi8-r>\"></div>"}) {
    const Decoded d = DecodeToUtf8(head + text, "");
    EXPECT_EQ(d.encoding, "utf-8") << head;
    EXPECT_NE(d.text.find(kPrivetMir), std::string::npos) << head;
  }
}

TEST(Encoding, MetaIsLookedForInTheFirst1024Bytes) {
  const std::string koi8 = "\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2";
  const std::string meta = "<meta charset=\"koi8-r\">";
  const Decoded early = DecodeToUtf8(std::string(1024 - meta.size(), ' ') + meta + koi8, "");
  EXPECT_EQ(early.encoding, "koi8-r");
  EXPECT_STREQ(early.how, "<meta charset>");
  const Decoded late = DecodeToUtf8(std::string(1025 - meta.size(), ' ') + meta + koi8, "");
  EXPECT_STRNE(late.how, "<meta charset>");
}

TEST(Encoding, Utf16AndUserDefinedLabelsInAMetaMeanAscii) {
  EXPECT_EQ(DecodeToUtf8("<meta charset=utf-16le><p>caf\xC3\xA9</p>", "").encoding, "utf-8");
  const Decoded d = DecodeToUtf8("<meta charset=x-user-defined><p>caf\xE9 \x93q\x94</p>", "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_NE(d.text.find("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"), std::string::npos);
}

TEST(Encoding, ValidUtf8OutranksALegacyMeta) {
  // A template that kept "iso-8859-1" after the site moved to UTF-8.
  const Decoded d = DecodeToUtf8("<meta charset=iso-8859-1><p>For\xC3\xB8get h\xC3\xA5" "b</p>", "");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_NE(d.text.find("For\xC3\xB8get h\xC3\xA5" "b"), std::string::npos);
  // ASCII alone says nothing against the declaration, and the caller's
  // word is kept.
  EXPECT_EQ(DecodeToUtf8("<meta charset=koi8-r><p>plain</p>", "").encoding, "koi8-r");
  EXPECT_EQ(DecodeToUtf8("<p>For\xC3\xB8get</p>", "iso-8859-1").encoding, "windows-1252");
}

// Pages in the encodings the web still uses, generated here from UTF-8:
// each must come out in the right characters with its declaration, without
// it (detection), as HTML and as a text copy.
struct Sample {
  const char* encoding;  // as ICU names it, to write the page
  const char* label;     // as a page would declare it
  const char* text;      // one paragraph, UTF-8
};

const Sample kSamples[] = {
    {"windows-1251", "windows-1251",
     "Президент России заявил в понедельник, что правительство рассмотрит новые меры поддержки экономики. "
     "По словам министра финансов, решение будет принято до конца месяца, а первые выплаты начнутся весной."},
    {"KOI8-R", "koi8-r",
     "Министерство образования объявило о реформе школьных программ. Изменения затронут учебники истории, "
     "литературы и географии, а новые правила вступят в силу с первого сентября следующего года."},
    {"windows-1252", "windows-1252",
     "Le président a déclaré lundi que le gouvernement étudiera de nouvelles mesures — « nous ferons ce qu’il "
     "faut », a-t-il ajouté après une réunion à l’Élysée où les ministres ont présenté leurs propositions."},
    {"ISO-8859-1", "iso-8859-1",
     "Die Regierung hat am Montag neue Maßnahmen für die Wirtschaft angekündigt. Der Minister sagte, die "
     "Förderung für kleine Unternehmen werde erhöht und die Anträge könnten ab März gestellt werden."},
    {"ISO-8859-15", "iso-8859-15",
     "El gobierno anunció el lunes un nuevo plan económico para las pequeñas empresas. Según el ministro, las "
     "ayudas llegarán en otoño y la inversión total alcanzará los cuatro mil millones de euros."},
    {"Shift_JIS", "shift_jis",
     "東京都は月曜日、新しい経済対策を発表した。知事は記者会見で、来月から中小企業への支援を始めると述べた。"
     "専門家は効果を慎重に見極める必要があると指摘している。"},
    {"EUC-JP", "euc-jp",
     "大阪市は火曜日、市内の交通網を大幅に見直す計画を明らかにした。市長によると、新しい路線は三年後に開業する予定だ。"
     "住民からは期待の声が上がっている。"},
    {"GB2312", "gb2312",
     "国务院周一宣布了新的经济刺激计划。总理在记者会上表示，政府将加大对中小企业的支持力度，并在下个月开始实施。"
     "专家认为这些措施将有助于稳定就业。"},
    {"GBK", "gbk",
     "教育部周二发布通知，要求各地学校减轻学生的课业负担。通知指出，小学低年级不再布置书面家庭作业，"
     "初中作业时间每天不超过九十分钟。"},
    {"GB18030", "gb18030",
     "上海市政府周三宣布，将在明年建成十个新的公园。市长表示，这些公园将向所有市民免费开放，"
     "并配备儿童游乐设施和运动场地。"},
    {"Big5", "big5",
     "行政院週一宣布新的經濟振興方案。院長在記者會上表示，政府將加強對中小企業的支持，並於下個月開始實施。"
     "專家認為這些措施有助於穩定就業。"},
    {"EUC-KR", "euc-kr",
     "정부는 월요일 새로운 경제 대책을 발표했다. 장관은 기자회견에서 다음 달부터 중소기업 지원을 시작하겠다고 말했다. "
     "전문가들은 효과를 신중하게 지켜봐야 한다고 지적했다."},
    {"UTF-16LE", "utf-16le",
     "The council voted on Tuesday to approve the new budget — “a fair plan”, said the mayor, whose café "
     "near the Ελληνικά school and the 東京 office will stay open."},
    {"UTF-16BE", "utf-16be",
     "The council voted on Tuesday to approve the new budget — “a fair plan”, said the mayor, whose café "
     "near the Ελληνικά school and the 東京 office will stay open."},
};

std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<char> out(utf8.size() * 4 + 16);
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << encoding << ": " << u_errorName(status);
  return std::string(out.data(), static_cast<std::size_t>(std::max(n, 0)));
}

class EncodedPage : public ::testing::TestWithParam<Sample> {
 protected:
  std::string Html(bool declared) const {
    const std::string meta = declared ? std::string("<meta charset=\"") + GetParam().label + "\">" : "";
    return "<html><head>" + meta + "<title>News</title></head><body><article><h1>News</h1><p>" + GetParam().text +
           "</p><p>" + GetParam().text + "</p></article></body></html>";
  }
  std::string Text() const {
    // Two different paragraphs: a text copy drops a line the page repeats
    // (a teaser in a rail).
    return std::string("News\n\n") + GetParam().text + "\n\n" + GetParam().text + " 2\n";
  }
  void ExpectBody(const std::string& bytes, const Options& options) const {
    const Result r = Extract(bytes, options);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_NE(r.article.body.find(GetParam().text), std::string::npos) << r.article.body.substr(0, 300);
  }
};

TEST_P(EncodedPage, HtmlWithMetaCharset) { ExpectBody(Encode(Html(true), GetParam().encoding), {}); }

TEST_P(EncodedPage, HtmlWithTransportDeclaration) {
  Options options;
  options.encoding = GetParam().label;
  ExpectBody(Encode(Html(false), GetParam().encoding), options);
}

TEST_P(EncodedPage, HtmlWithoutDeclaration) { ExpectBody(Encode(Html(false), GetParam().encoding), {}); }

TEST_P(EncodedPage, TextCopyWithDeclaration) {
  Options options;
  options.encoding = GetParam().label;
  ExpectBody(Encode(Text(), GetParam().encoding), options);
}

TEST_P(EncodedPage, TextCopyWithoutDeclaration) { ExpectBody(Encode(Text(), GetParam().encoding), {}); }

INSTANTIATE_TEST_SUITE_P(Encodings, EncodedPage, ::testing::ValuesIn(kSamples),
                         [](const ::testing::TestParamInfo<Sample>& sample) {
                           std::string name;
                           for (const char* c = sample.param.encoding; *c; ++c) {
                             if (std::isalnum(static_cast<unsigned char>(*c))) name += *c;
                           }
                           return name;
                         });

// UTF-16 without a byte order mark in alphabets whose letters are not
// ASCII: the bytes must not pass for binary or for an 8-bit encoding, with
// or without the caller's word.
const char* const kScripts[] = {
    "Городской совет утвердил новый бюджет во вторник. Мэр заявил, что деньги пойдут на школы и больницы.",
    "Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό την Τρίτη. Ο δήμαρχος είπε ότι τα χρήματα θα πάνε σε σχολεία.",
    "מועצת העיר אישרה ביום שלישי את התקציב החדש. ראש העיר אמר שהכסף ילך לבתי ספר ולבתי חולים.",
    "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة. وقال رئيس البلدية إن الأموال ستذهب إلى المدارس والمستشفيات.",
    "नगर परिषद ने मंगलवार को नए बजट को मंजूरी दी। महापौर ने कहा कि पैसा स्कूलों और अस्पतालों पर खर्च होगा।",
    "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคาร นายกเทศมนตรีกล่าวว่าเงินจะถูกใช้สำหรับโรงเรียนและโรงพยาบาล "
    "ซึ่งประชาชนในเมืองรอคอยมานานหลายปีแล้ว และคาดว่าการก่อสร้างจะเริ่มต้นภายในปีหน้า",
};

TEST(Encoding, Utf16WithoutBomInAnyAlphabet) {
  for (const char* text : kScripts) {
    const std::string copy = std::string("News\n\n") + text + " " + text + "\n\n" + text + " " + text + " 2\n";
    for (const auto& [encoding, label] : {std::pair{"UTF-16LE", "utf-16le"}, std::pair{"UTF-16BE", "utf-16be"}}) {
      const std::string bytes = Encode(copy, encoding);
      EXPECT_EQ(GuessUtf16(bytes), label) << text;
      EXPECT_EQ(DecodeToUtf8(bytes, "").text, copy);
      for (const char* declared : {"", label}) {
        Options options;
        options.encoding = declared;
        const Result r = Extract(bytes, options);
        ASSERT_TRUE(r.ok()) << encoding << " declared '" << declared << "': " << r.error << ": " << text;
        EXPECT_NE(r.article.body.find(text), std::string::npos) << r.article.body;
      }
    }
  }
}

TEST(Encoding, EightBitAndUtf8TextIsNotTakenForUtf16) {
  for (const char* text : kScripts) {
    const std::string copy = std::string(text) + " " + text;
    EXPECT_EQ(GuessUtf16(copy), "") << text;
  }
  for (const auto& [text, encoding] : {std::pair{kScripts[0], "windows-1251"}, std::pair{kScripts[1], "ISO-8859-7"},
                                       std::pair{kScripts[2], "windows-1255"}, std::pair{kScripts[3], "windows-1256"},
                                       std::pair{kScripts[5], "TIS-620"}}) {
    EXPECT_EQ(GuessUtf16(Encode(text, encoding)), "") << encoding;
  }
  // Sixteen-bit numbers are no text.
  std::string numbers;
  for (int i = 0; i < 2000; ++i) numbers += std::string{static_cast<char>(i & 0xFF), static_cast<char>(i >> 8)};
  EXPECT_EQ(GuessUtf16(numbers), "");
}

TEST(Encoding, Utf16WithByteOrderMarkInHtmlAndText) {
  // Editors and browsers that save UTF-16 write a byte order mark.
  const std::string text = kSamples[std::size(kSamples) - 1].text;
  for (const char* encoding : {"UTF-16LE", "UTF-16BE"}) {
    for (const std::string& page : {"<p>" + text + "</p><p>" + text + "</p>", "News\n\n" + text + "\n"}) {
      const Result r = Extract(Encode("\xEF\xBB\xBF" + page, encoding));
      ASSERT_TRUE(r.ok()) << encoding << ": " << r.error;
      EXPECT_NE(r.article.body.find(text), std::string::npos) << encoding << ": " << r.article.body;
    }
  }
}

TEST(Encoding, Utf8WithAStrayByteWinsOverALegacyMeta) {
  // A UTF-8 Japanese page that keeps "Shift_JIS" or "gb2312" in its <meta>
  // and has one broken byte: still UTF-8, the byte U+FFFD.
  std::string text;
  for (int i = 0; i < 4; ++i) text += "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87";
  for (const std::string meta : {"<meta charset=\"Shift_JIS\">", "<meta charset=\"gb2312\">"}) {
    const Decoded d = DecodeToUtf8(meta + text + "\xFF" + text, "");
    EXPECT_EQ(d.encoding, "utf-8") << meta;
    EXPECT_NE(d.text.find("\xEF\xBF\xBD" + text), std::string::npos) << meta;
  }
}

// An 8-bit Cyrillic or Greek page whose template still declares latin-1:
// nearly all its letters are high bytes, and the detector names its code
// page. A Western page so declared keeps its declaration.
TEST(Encoding, OtherScriptUnderAWesternMetaIsDetected) {
  const std::string russian = "<meta charset=iso-8859-1><title>\xC6\xE8\xF2\xE5\xEB\xE8</title><p>" +
                              Encode("Жители города жалуются на шум стройки, который не прекращается даже ночью. "
                                     "Власти обещают проверить работу подрядчика и наказать виновных.",
                                     "windows-1251") +
                              "</p>";
  const Decoded ru = DecodeToUtf8(russian, "");
  EXPECT_NE(ru.encoding, "windows-1252");
  EXPECT_NE(ru.text.find("Жители города"), std::string::npos);
  const std::string greek = "<meta charset=windows-1252><p>" +
                            Encode("Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται "
                                   "από την αύξηση των τιμών της ενέργειας.",
                                   "iso-8859-7") +
                            "</p>";
  EXPECT_NE(DecodeToUtf8(greek, "").text.find("κυβέρνηση"), std::string::npos);
  const std::string french = "<meta charset=iso-8859-1><p>" +
                             Encode("Après deux années de travaux, le marché couvert a rouvert ses portes samedi.",
                                    "iso-8859-1") +
                             "</p>";
  EXPECT_EQ(DecodeToUtf8(french, "").encoding, "windows-1252");
}

TEST(RepairMojibake, ReadsDoubleEncodedTextBack) {
  // "für" and "Investor’s" written as UTF-8, read as windows-1252 or latin-1
  // (C1 controls kept), and written as UTF-8 again.
  EXPECT_EQ(RepairMojibake("Br\xC3\x83\xC2\xBC" "cke f\xC3\x83\xC2\xBC" "r"), "Br\xC3\xBC" "cke f\xC3\xBC" "r");
  EXPECT_EQ(RepairMojibake("Investor\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "Investor\xE2\x80\x99s");
  EXPECT_EQ(RepairMojibake("Investor\xC3\xA2\xC2\x80\xC2\x99s"), "Investor\xE2\x80\x99s");
}

TEST(RepairMojibake, LeavesTextWrittenOnceAlone) {
  for (const std::string s : {"Caf\xC3\xA9 cr\xC3\xA8me, na\xC3\xAFve", "\xE2\x80\x9EGru\xC3\x9F\xE2\x80\x9C",
                              "CAF\xC3\x89\xC2\xBB", "S\xC3\xA3o Paulo \xC3\x83 ok", "plain ASCII"}) {
    EXPECT_EQ(RepairMojibake(s), s) << s;
  }
}

// A UTF-8 text as a browser shows it when the page's <meta> names a legacy
// double-byte encoding: its bytes read in that encoding.
std::string ReadAs(const std::string& utf8, std::string_view label) {
  return DecodeToUtf8(utf8, label).text;
}

// Made-up Chinese and Japanese paragraphs, each run of an even number of
// characters between spaces (so no byte is lost where a pair is cut).
const std::string kChinese =
    "城市公园建设计划正式启动 "
    "记者走访了多个社区了解居民看法。\n";
const std::string kJapanese =
    "市は新しい公園の整備計画を発表し "
    "住民から多くの意見が寄せられた。\n";

std::string Times(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The share of `original`'s characters that `repaired` keeps, in order,
// adding none.
double KeptInOrder(const std::string& repaired, const std::string& original) {
  std::size_t i = 0, j = 0, kept = 0, total = 0;
  while (j < original.size()) {
    std::size_t next = j;
    const char32_t want = NextCodePoint(original, next);
    ++total;
    std::size_t at = i;
    if (at < repaired.size() && NextCodePoint(repaired, at) == want) ++kept, i = at;
    j = next;
  }
  return i == repaired.size() && total > 0 ? static_cast<double>(kept) / static_cast<double>(total) : 0;
}

TEST(RepairDoubleByteMojibake, ReadsTextDecodedInTheDeclaredEncodingBack) {
  // Each text as the legacy decoder read it: a few characters lose a byte
  // to it and are dropped; the rest reads back as it was.
  const std::string chinese = Times(kChinese, 8);
  EXPECT_GT(KeptInOrder(RepairDoubleByteMojibake(ReadAs(chinese, "gbk")), chinese), 0.9);
  EXPECT_EQ(KeptInOrder(ReadAs(chinese, "gbk"), chinese), 0);
}

TEST(RepairDoubleByteMojibake, DropsACharacterWhoseByteWasLost) {
  // Nine characters are 27 bytes: the last, before the newline, is lost
  // to the browser's decoder; the rest reads back.
  const std::string chinese = Times("城市公园建设计划正\n", 16);
  const std::string repaired = RepairDoubleByteMojibake(ReadAs(chinese, "gbk"));
  EXPECT_EQ(repaired.substr(0, repaired.find('\n')), "城市公园建设计划");
}

TEST(RepairDoubleByteMojibake, LeavesTextWrittenOnceAlone) {
  const std::string korean = Times("시는 새로운 공원 조성 계획을 발표\n", 12);
  for (const std::string& s : {Times(kChinese, 8), Times(kJapanese, 8), korean, ReadAs(kChinese, "gbk")}) {
    EXPECT_EQ(RepairDoubleByteMojibake(s), s);
  }
}

}  // namespace
}  // namespace pith
