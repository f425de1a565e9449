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
  std::string path;    // a directory or entry that could not be read
  std::string reason;
};

struct WalkResult {
  std::vector<InputFile> files;
  std::vector<WalkError> errors;
  std::vector<std::string> notes;   // "PATH: skipped, ..." for symlinks not followed
  std::size_t skipped = 0;          // files in directories whose extension was not asked for
  bool had_directory = false;
};

// The extensions a directory walk takes by default, lower case without the
// dot: pages (html htm xhtml shtml mhtml mht txt) and web archives (warc).
const std::vector<std::string>& DefaultExtensions();

// --ext's comma-separated LIST ("html,.htm, MHT"; "*" for every file) as
// extensions; false with `error` set when it names none or a path.
bool ParseExtensions(std::string_view list, std::vector<std::string>& extensions, std::string& error);

// Arguments keep their order; the files of a directory come sorted by their
// relative path. A directory contributes the files below it whose name ends
// in one of `extensions` (each also .gz; .warc ones are web archives),
// leaving out hidden names (".git", "._page.html") and counting the others
// in `skipped`. A file argument is taken whatever its name. Symlinks below a
// directory are followed only when they stay inside it, unless
// `follow_symlinks`; a directory is never walked twice. The directory
// `output_dir` (if it exists; matched by device and inode, whatever the path
// to it) is left out, with a note: pith never reads its own outputs.
WalkResult WalkInputs(const std::vector<std::string>& arguments, bool follow_symlinks,
                      const std::vector<std::string>& extensions = DefaultExtensions(),
                      const std::string& output_dir = "");

bool IsPageName(std::string_view name);
bool IsWarcName(std::string_view name);
// `relative` without its page or archive extension: "a/b.html.gz" -> "a/b".
std::string OutputStem(std::string_view relative);

}  // namespace pith

#endif  // PITH_CLI_INPUT_WALK_H_
