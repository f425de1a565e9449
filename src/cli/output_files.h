// Writing outputs so that an interrupted run never leaves a partial file
// under an output's name, and never outside the directory it was given.
#ifndef PITH_CLI_OUTPUT_FILES_H_
#define PITH_CLI_OUTPUT_FILES_H_

#include <string>
#include <string_view>

namespace pith {

// A file that appears under its name, whole, only when Commit() succeeds.
// It is written to an unnamed file in the target's directory (O_TMPFILE)
// that is linked into place at the end (through a hidden
// ".NAME.PID-N.pith-tmp" renamed over NAME when NAME exists); where the file
// system lacks O_TMPFILE, to such a file from the start. A run killed before
// Commit() leaves no file under NAME. Open() removes the temporary files of
// NAME that dead processes left.
class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // `path` may be anything the user named; symlinks in it are followed.
  bool Open(const std::string& path, std::string& error);
  // `name` is one path component inside the open directory `dir_fd`; a
  // symlink at that name is replaced, never followed. Errors name `shown`
  // (default: `name`).
  bool OpenAt(int dir_fd, const std::string& name, std::string& error, const std::string& shown = "");
  bool Write(std::string_view data, std::string& error);
  bool Commit(std::string& error);

 private:
  void Discard();

  int dir_fd_ = -1;
  bool own_dir_fd_ = false;
  int fd_ = -1;
  std::string name_;      // the final name inside dir_fd_
  std::string temp_name_;  // set when a named temporary file is used
  std::string shown_;     // the path in error messages
};

// Writes `data` to `path` through an AtomicFile.
bool WriteFileAtomically(const std::string& path, std::string_view data, std::string& error);

// The -o DIR of a batch run. Every write goes through directory handles
// opened without following symlinks, so no output lands outside the root
// whatever the tree below it holds; relative paths with "", "." or ".."
// components are refused.
class OutputDirectory {
 public:
  OutputDirectory() = default;
  ~OutputDirectory();
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;

  // Creates the directory (and its parents) if needed, and removes the
  // temporary files that killed runs left below it.
  bool Open(const std::string& root, std::string& error);
  // True when a regular file already exists at `relative`.
  bool Exists(const std::string& relative) const;
  // Writes `data` to `relative` ("a/b/c.json"), creating the directories.
  // Safe to call from several threads.
  bool Write(const std::string& relative, std::string_view data, std::string& error) const;

 private:
  // Opens the directory holding `relative`'s last component; -1 on failure.
  int OpenParent(const std::string& relative, bool create, std::string& leaf, std::string& error) const;

  int root_fd_ = -1;
  std::string root_;
};

// True when `relative` is a plain relative path: components that are
// neither empty, "." nor "..".
bool IsSafeRelativePath(std::string_view relative);

}  // namespace pith

#endif  // PITH_CLI_OUTPUT_FILES_H_
