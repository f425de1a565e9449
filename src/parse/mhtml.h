// MHTML input: the page out of a browser's "Save as... Webpage, Single File"
// (.mhtml, .mht), a MIME multipart/related message whose first text/html
// part is the page and whose other parts are its images and styles.
#ifndef PITH_PARSE_MHTML_H_
#define PITH_PARSE_MHTML_H_

#include <optional>
#include <string>
#include <string_view>

namespace pith {

struct MhtmlPage {
  std::string html;      // the text/html part, transfer encoding undone
  std::string charset;   // that part's Content-Type charset, if any
  // The page's address: the message's Snapshot-Content-Location (Chrome),
  // else the part's Content-Location, else the message's. Empty if none.
  std::string location;
};

// Whether the bytes open with a MIME header block that has MIME-Version
// and a multipart/related Content-Type, as every browser's MHTML does.
bool LooksLikeMhtml(std::string_view bytes);

// The page of an MHTML message: the part the `start` parameter names, else
// the first text/html part (nested multiparts included). Nullopt when there
// is none. Never throws on malformed input: a part cut short ends where the
// bytes end, and bad escapes are kept as they are.
std::optional<MhtmlPage> ReadMhtml(std::string_view bytes);

// The transfer encodings, exposed for tests.
std::string DecodeQuotedPrintable(std::string_view in);
std::string DecodeBase64(std::string_view in);

}  // namespace pith

#endif  // PITH_PARSE_MHTML_H_
