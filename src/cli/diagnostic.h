// The one-line messages pith writes about inputs and outputs: a file name or
// a record may hold anything, but a message stays one short, printable line.
#ifndef PITH_CLI_DIAGNOSTIC_H_
#define PITH_CLI_DIAGNOSTIC_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace pith {

// A message longer than this loses its middle: long enough for a long path
// and its reason, short enough that a 100 MB bad record is not echoed.
constexpr std::size_t kMaxMessageBytes = 400;

// `text` as one printable line of valid UTF-8, so that a file name can
// neither split a log line nor reach the terminal as an escape sequence:
// control characters become \n, \r, \t or \xNN (ESC is \x1b), C1 controls
// \u0080..\u009f, bytes that are not UTF-8 \xNN. Past `max_bytes` the middle
// gives way to "[... N bytes ...]": the start (the source) and the end (the
// cause) stay.
std::string OneLine(std::string_view text, std::size_t max_bytes = kMaxMessageBytes);

// "pith: error: MESSAGE\n" with MESSAGE through OneLine.
void PrintError(std::FILE* err, std::string_view message);
// PrintError, then the pointer to --help: a usage error (exit 2).
void PrintUsageError(std::FILE* err, std::string_view message);
// "pith: note: MESSAGE\n" likewise.
void PrintNote(std::FILE* err, std::string_view message);

}  // namespace pith

#endif  // PITH_CLI_DIAGNOSTIC_H_
