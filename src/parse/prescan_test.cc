#include "parse/prescan.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <memory>
#include <string>

namespace pith {
namespace {

TEST(EncodingForLabel, MapsTheStandardsLabels) {
  EXPECT_EQ(EncodingForLabel("utf-8"), "utf-8");
  EXPECT_EQ(EncodingForLabel(" UTF8 "), "utf-8");
  EXPECT_EQ(EncodingForLabel("unicode-1-1-utf-8"), "utf-8");
  for (const char* latin1 : {"latin1", "ISO-8859-1", "iso_8859-1:1987", "ascii", "us-ascii", "l1", "cp819"}) {
    EXPECT_EQ(EncodingForLabel(latin1), "windows-1252") << latin1;
  }
  for (const char* gbk : {"gb2312", "GBK", "x-gbk", "chinese", "csgb2312", "gb18030"}) {
    EXPECT_EQ(EncodingForLabel(gbk), "gb18030") << gbk;
  }
  for (const char* sjis : {"shift_jis", "Shift-JIS", "sjis", "ms932", "ms_kanji", "windows-31j", "x-sjis"}) {
    EXPECT_EQ(EncodingForLabel(sjis), "windows-31j") << sjis;
  }
  EXPECT_EQ(EncodingForLabel("euc-kr"), "windows-949");
  EXPECT_EQ(EncodingForLabel("ks_c_5601-1987"), "windows-949");
  EXPECT_EQ(EncodingForLabel("iso-8859-9"), "windows-1254");
  EXPECT_EQ(EncodingForLabel("tis-620"), "windows-874");
  EXPECT_EQ(EncodingForLabel("utf-16"), "utf-16le");
  EXPECT_EQ(EncodingForLabel("unicodefffe"), "utf-16be");
  EXPECT_EQ(EncodingForLabel("iso-2022-kr"), "replacement");
  // Not in the standard: browsers refuse them.
  for (const char* refused : {"utf-7", "utf-32", "UTF-32LE", "ucs-4", "no-such-thing", "", "utf-8x"}) {
    EXPECT_EQ(EncodingForLabel(refused), "") << refused;
  }
}

// All but ISO-8859-16, which ICU's data lacks: a page declaring it is
// judged by its bytes.
TEST(EncodingForLabel, EveryEncodingOpensInIcu) {
  for (const char* label : {"866", "latin2", "latin3", "latin4", "cyrillic", "arabic", "greek", "hebrew", "logical",
                            "latin6", "iso-8859-13", "iso-8859-14", "iso-8859-15", "koi8-r", "koi8-u",
                            "mac", "x-mac-cyrillic", "dos-874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
                            "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb18030", "big5", "euc-jp",
                            "iso-2022-jp", "sjis", "euc-kr", "utf-16le", "utf-16be", "utf-8"}) {
    const std::string encoding = EncodingForLabel(label);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(encoding.c_str(), &status);
    EXPECT_TRUE(U_SUCCESS(status) && conv != nullptr) << label << " -> " << encoding;
    if (conv != nullptr) ucnv_close(conv);
  }
}

TEST(PrescanMetaCharset, CharsetAttributeInAnyCaseAndQuoting) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset='UTF-8'>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET=windows-1251>"), "windows-1251");
  EXPECT_EQ(PrescanMetaCharset("<meta charset = \" koi8-r \" >"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<meta/charset=latin1 />"), "windows-1252");
  EXPECT_EQ(PrescanMetaCharset("<meta/charset=latin1/>"), "");  // the value is "latin1/"
  EXPECT_EQ(PrescanMetaCharset("<html><head><title>x</title><meta name=x content=y><meta charset=gbk>"), "gb18030");
}

TEST(PrescanMetaCharset, HttpEquivNeedsContentType) {
  EXPECT_EQ(PrescanMetaCharset("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=Shift_JIS\">"),
            "windows-31j");
  EXPECT_EQ(PrescanMetaCharset("<meta content='text/html;charset=\"euc-jp\"' http-equiv=Content-Type>"), "euc-jp");
  // A content that mentions charset= in any other meta declares nothing.
  EXPECT_EQ(PrescanMetaCharset("<meta name=description content=\"set charset=koi8-r in the editor\">"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=refresh content=\"0; charset=koi8-r\">"), "");
  // "charset" without "=" is skipped to the next one.
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type content=\"charset; charset=big5\">"), "big5");
  // A charset attribute wins over the content, whatever their order.
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type content=\"charset=big5\" charset=euc-jp>"), "euc-jp");
  // A repeated attribute counts once: the first.
  EXPECT_EQ(PrescanMetaCharset("<meta charset=koi8-r charset=big5>"), "koi8-r");
}

TEST(PrescanMetaCharset, CommentsAndOtherTagsAreSkipped) {
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=koi8-r> --><meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<!--><meta charset=koi8-r>"), "koi8-r");  // "<!-->" is a whole comment
  EXPECT_EQ(PrescanMetaCharset("<!-- unclosed <meta charset=koi8-r>"), "");
  // Inside another tag's attribute, or a script's string seen as attributes.
  EXPECT_EQ(PrescanMetaCharset("<div title=\"<meta charset=koi8-r>\"><meta charset=big5>"), "big5");
  EXPECT_EQ(PrescanMetaCharset("<metal charset=koi8-r><meta charset=big5>"), "big5");
  EXPECT_EQ(PrescanMetaCharset("<!DOCTYPE html><?xml charset=koi8-r?></p><meta charset=big5>"), "big5");
  EXPECT_EQ(PrescanMetaCharset("<p>no declaration</p>"), "");
  EXPECT_EQ(PrescanMetaCharset(""), "");
}

TEST(PrescanMetaCharset, LabelsAsTheStandardReadsThem) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-16>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=UTF-16BE>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=x-user-defined>"), "windows-1252");
  // Refused labels are no declaration; a later good one counts.
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-7>"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-32><meta charset=koi8-r>"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type content='charset=utf-7'>"), "");
  // The standard's replacement labels end the prescan without an encoding.
  EXPECT_EQ(PrescanMetaCharset("<meta charset=iso-2022-kr><meta charset=koi8-r>"), "");
}

TEST(PrescanMetaCharset, TagCutByTheEndOfTheBytesDeclaresNothing) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=koi8-r"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=\"koi8-r"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type content=\"charset=koi8-r\""), "");
  EXPECT_EQ(PrescanMetaCharset("<meta"), "");
  EXPECT_EQ(PrescanMetaCharset("<div class=\"a"), "");
}

}  // namespace
}  // namespace pith
