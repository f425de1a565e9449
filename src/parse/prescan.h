// The HTML standard's prescan for a page's declared encoding, and the
// Encoding Standard's table of labels.
#ifndef PITH_PARSE_PRESCAN_H_
#define PITH_PARSE_PRESCAN_H_

#include <string>
#include <string_view>

namespace pith {

// The encoding a label names in the WHATWG Encoding Standard, as ICU opens
// it ("latin1" -> "windows-1252", "gb2312" -> "gb18030", "sjis" ->
// "windows-31j"); "replacement" for the labels the standard refuses to
// decode (ISO-2022-KR, HZ...); empty for a label not in the standard
// (UTF-7, UTF-32, made-up names). Case and surrounding whitespace do not
// matter.
std::string EncodingForLabel(std::string_view label);

// The HTML standard's "prescan a byte stream to determine its encoding" over
// `bytes` (the caller passes the first 1024): the first real <meta> with a
// charset attribute, or http-equiv=content-type and a content naming a
// charset, whose label the Encoding Standard knows; comments and other
// tags are skipped as a browser skips them. UTF-16 labels give "utf-8",
// x-user-defined "windows-1252". Empty when there is none.
std::string PrescanMetaCharset(std::string_view bytes);

}  // namespace pith

#endif  // PITH_PARSE_PRESCAN_H_
