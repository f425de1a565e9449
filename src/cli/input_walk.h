// Turns the command line's INPUT arguments into the list of files to read:
// files as given, '-' for stdin, directories walked recursively.
#ifndef PITH_CLI_INPUT_WALK_H_
#define PITH_CLI_INPUT_WALK_H_

#include <string>
#include <string_view>
#include <vector>

namespace pith {

enum class InputKind { kPage, kWarc, kStdin };

struct InputFile {
  std::string path;      // to open
  std::string relative;  // below its input root ("a/b.html"); a file argument's own name
  InputKind kind = InputKind::kPage;
};

struct WalkError {
  std::string path;    // a directory that could not be read
  std::string reason;
};

struct WalkResult {
  std::vector<InputFile> files;
  std::vector<WalkError> errors;
  std::vector<std::string> notes;   // "PATH: skipped, ..." for symlinks not followed
  bool had_directory = false;
};

// Arguments keep their order; the files of a directory come sorted by their
// relative path. A directory contributes the pages (.html .htm .xhtml .txt,
// each also .gz) and web archives (.warc, .warc.gz) below it, leaving out
// hidden names (".git", "._page.html"). A file argument is taken whatever its
// name. Symlinks below a directory are followed only when they stay inside
// it, unless `follow_symlinks`; a directory is never walked twice. The
// directory `output_dir` (if it exists; matched by device and inode, whatever
// the path to it) is left out, with a note: pith never reads its own outputs.
WalkResult WalkInputs(const std::vector<std::string>& arguments, bool follow_symlinks,
                      const std::string& output_dir = "");

bool IsPageName(std::string_view name);
bool IsWarcName(std::string_view name);
// `relative` without its page or archive extension: "a/b.html.gz" -> "a/b".
std::string OutputStem(std::string_view relative);

}  // namespace pith

#endif  // PITH_CLI_INPUT_WALK_H_
