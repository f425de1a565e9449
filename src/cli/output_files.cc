#include "cli/output_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>

namespace pith {

namespace {

std::string Reason(const std::string& path) { return path + ": " + std::strerror(errno); }

constexpr std::string_view kTempSuffix = ".pith-tmp";
// Output trees deeper than this are not searched for stale temporary files.
constexpr int kMaxCleanDepth = 128;

std::string TempName(const std::string& name) {
  static std::atomic<unsigned long> counter{0};
  return "." + name + "." + std::to_string(getpid()) + "-" + std::to_string(counter++) + std::string(kTempSuffix);
}

// True when `file` is a temporary file of a pith process that is gone:
// ".NAME.PID-N.pith-tmp" (for `name`, or any name when it is empty) whose PID
// is not a running process. Files of live runs are left alone, so two runs
// may share a tree.
bool IsStaleTemp(std::string_view file, std::string_view name) {
  if (file.size() < 2 + kTempSuffix.size() || file.front() != '.' ||
      file.substr(file.size() - kTempSuffix.size()) != kTempSuffix) {
    return false;
  }
  const std::string_view stem = file.substr(1, file.size() - 1 - kTempSuffix.size());  // NAME.PID-N
  const std::size_t dash = stem.rfind('-');
  const std::size_t dot = stem.rfind('.', dash);
  if (dash == std::string_view::npos || dot == std::string_view::npos || dot == 0) return false;
  if (!name.empty() && stem.substr(0, dot) != name) return false;
  const std::string_view pid_digits = stem.substr(dot + 1, dash - dot - 1);
  const std::string_view count_digits = stem.substr(dash + 1);
  pid_t pid = 0;
  unsigned long count = 0;
  const auto [pid_end, pid_ec] = std::from_chars(pid_digits.data(), pid_digits.data() + pid_digits.size(), pid);
  const auto [count_end, count_ec] =
      std::from_chars(count_digits.data(), count_digits.data() + count_digits.size(), count);
  if (pid_ec != std::errc() || pid_end != pid_digits.end() || count_ec != std::errc() ||
      count_end != count_digits.end() || pid <= 0 || pid == getpid()) {
    return false;
  }
  return kill(pid, 0) != 0 && errno == ESRCH;
}

// Removes the stale temporary files in `dir_fd` (and below it when
// `depth` > 0), never following a symlink. Takes ownership of `dir_fd`.
void RemoveStaleTemps(int dir_fd, std::string_view name, int depth) {
  DIR* dir = fdopendir(dir_fd);
  if (!dir) {
    close(dir_fd);
    return;
  }
  while (const dirent* entry = readdir(dir)) {
    const std::string_view file = entry->d_name;
    if (file == "." || file == "..") continue;
    bool is_dir = entry->d_type == DT_DIR;
    if (entry->d_type == DT_UNKNOWN) {
      struct stat st;
      is_dir = fstatat(dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
    }
    if (is_dir && depth > 0) {
      const int sub = openat(dirfd(dir), entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub >= 0) RemoveStaleTemps(sub, name, depth - 1);
    } else if (!is_dir && IsStaleTemp(file, name)) {
      unlinkat(dirfd(dir), entry->d_name, 0);
    }
  }
  closedir(dir);
}

// The directory part and the last component of a user-given path.
void SplitPath(const std::string& path, std::string& dir, std::string& name) {
  const std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) {
    dir = ".";
    name = path;
  } else {
    dir = slash == 0 ? "/" : path.substr(0, slash);
    name = path.substr(slash + 1);
  }
}

}  // namespace

bool IsSafeRelativePath(std::string_view relative) {
  if (relative.empty() || relative.find('\0') != std::string_view::npos) return false;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = relative.find('/', start);
    const std::string_view part = relative.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

AtomicFile::~AtomicFile() { Discard(); }

void AtomicFile::Discard() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_name_.empty()) unlinkat(dir_fd_, temp_name_.c_str(), 0);
  temp_name_.clear();
  if (own_dir_fd_ && dir_fd_ >= 0) close(dir_fd_);
  dir_fd_ = -1;
  own_dir_fd_ = false;
}

bool AtomicFile::Open(const std::string& path, std::string& error) {
  std::string dir, name;
  SplitPath(path, dir, name);
  if (name.empty() || name == "." || name == "..") {
    error = path + ": not a file name";
    return false;
  }
  const int dir_fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) {
    error = Reason(dir);
    return false;
  }
  const int scan_fd = dup(dir_fd);
  if (scan_fd >= 0) RemoveStaleTemps(scan_fd, name, 0);
  if (!OpenAt(dir_fd, name, error, path)) {
    close(dir_fd);
    return false;
  }
  own_dir_fd_ = true;
  return true;
}

bool AtomicFile::OpenAt(int dir_fd, const std::string& name, std::string& error, const std::string& shown) {
  Discard();
  dir_fd_ = dir_fd;
  name_ = name;
  shown_ = shown.empty() ? name : shown;
  // Linking an unnamed file into place goes through /proc.
  static const bool can_link_unnamed = access("/proc/self/fd", X_OK) == 0;
  if (can_link_unnamed) {
    fd_ = openat(dir_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd_ >= 0) return true;
  }
  temp_name_ = TempName(name);
  fd_ = openat(dir_fd, temp_name_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    error = Reason(shown_);
    temp_name_.clear();
    dir_fd_ = -1;
    return false;
  }
  return true;
}

bool AtomicFile::Write(std::string_view data, std::string& error) {
  while (!data.empty()) {
    const ssize_t n = write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      error = Reason(shown_);
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool AtomicFile::Commit(std::string& error) {
  if (fd_ < 0) {
    error = shown_ + ": not open";
    return false;
  }
  if (temp_name_.empty()) {
    // A new file is linked straight to its name, so a kill leaves nothing
    // behind. linkat cannot replace an existing file: that one is linked
    // under a temporary name and renamed over it (a kill in between leaves
    // the temporary file, which the next run over the tree removes).
    const std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    if (linkat(AT_FDCWD, proc.c_str(), dir_fd_, name_.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      const bool closed = close(fd_) == 0;
      fd_ = -1;
      if (!closed) {
        error = Reason(shown_);
        unlinkat(dir_fd_, name_.c_str(), 0);  // maybe not whole
        return false;
      }
      Discard();
      return true;
    }
    const std::string temp = TempName(name_);
    if (errno != EEXIST || linkat(AT_FDCWD, proc.c_str(), dir_fd_, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      error = Reason(shown_);
      return false;
    }
    temp_name_ = temp;
  }
  if (close(fd_) != 0) {
    fd_ = -1;
    error = Reason(shown_);
    return false;
  }
  fd_ = -1;
  if (renameat(dir_fd_, temp_name_.c_str(), dir_fd_, name_.c_str()) != 0) {
    error = Reason(shown_);
    return false;
  }
  temp_name_.clear();
  Discard();
  return true;
}

bool WriteFileAtomically(const std::string& path, std::string_view data, std::string& error) {
  AtomicFile file;
  return file.Open(path, error) && file.Write(data, error) && file.Commit(error);
}

OutputDirectory::~OutputDirectory() {
  if (root_fd_ >= 0) close(root_fd_);
}

bool OutputDirectory::Open(const std::string& root, std::string& error) {
  root_ = root;
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
  // mkdir -p: the user's own path, so symlinks in it are followed.
  for (std::size_t slash = root_.find('/', 1);; slash = root_.find('/', slash + 1)) {
    const std::string prefix = root_.substr(0, slash);
    if (mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) {
      error = Reason(prefix);
      return false;
    }
    if (slash == std::string::npos) break;
  }
  root_fd_ = open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd_ < 0) {
    error = Reason(root_);
    return false;
  }
  const int scan_fd = dup(root_fd_);
  if (scan_fd >= 0) RemoveStaleTemps(scan_fd, "", kMaxCleanDepth);
  return true;
}

int OutputDirectory::OpenParent(const std::string& relative, bool create, std::string& leaf,
                                std::string& error) const {
  if (!IsSafeRelativePath(relative)) {
    error = root_ + "/" + relative + ": unsafe output path";
    return -1;
  }
  int fd = dup(root_fd_);
  std::size_t start = 0;
  for (std::size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', start)) {
    const std::string part = relative.substr(start, slash - start);
    if (create && mkdirat(fd, part.c_str(), 0777) != 0 && errno != EEXIST) {
      error = Reason(root_ + "/" + relative.substr(0, slash));
      close(fd);
      return -1;
    }
    const int next = openat(fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int saved = errno;
    close(fd);
    if (next < 0) {
      errno = saved;
      const std::string where = root_ + "/" + relative.substr(0, slash);
      error = saved == ELOOP || saved == ENOTDIR ? where + ": not a directory (symlinks are not followed)" : Reason(where);
      return -1;
    }
    fd = next;
    start = slash + 1;
  }
  leaf = relative.substr(start);
  return fd;
}

bool OutputDirectory::Exists(const std::string& relative) const {
  std::string leaf, error;
  const int fd = OpenParent(relative, false, leaf, error);
  if (fd < 0) return false;
  struct stat st;
  const bool exists = fstatat(fd, leaf.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
  close(fd);
  return exists;
}

bool OutputDirectory::Write(const std::string& relative, std::string_view data, std::string& error) const {
  std::string leaf;
  const int fd = OpenParent(relative, true, leaf, error);
  if (fd < 0) return false;
  bool ok;
  {
    AtomicFile file;
    ok = file.OpenAt(fd, leaf, error, root_ + "/" + relative) && file.Write(data, error) && file.Commit(error);
  }
  close(fd);
  return ok;
}

}  // namespace pith
