#include "cli/input_walk.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include <sys/stat.h>

#include "util/text_util.h"

namespace pith {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 7> kPageExtensions = {".html", ".htm",  ".xhtml", ".shtml",
                                                             ".mhtml", ".mht", ".txt"};

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && AsciiLower(s.substr(s.size() - suffix.size())) == suffix;
}

std::string_view WithoutGz(std::string_view name) {
  return EndsWithNoCase(name, ".gz") ? name.substr(0, name.size() - 3) : name;
}

// The length of the extension OutputStem removes, 0 if none.
std::size_t KnownExtensionLength(std::string_view name) {
  const std::string_view base = WithoutGz(name);
  const std::size_t gz = name.size() - base.size();
  if (EndsWithNoCase(base, ".warc")) return gz + 5;
  for (std::string_view ext : kPageExtensions) {
    if (EndsWithNoCase(base, ext)) return gz + ext.size();
  }
  return 0;
}

using DirId = std::pair<dev_t, ino_t>;

bool DirIdOf(const fs::path& p, DirId& id) {
  struct stat st;
  if (stat(p.c_str(), &st) != 0) return false;
  id = {st.st_dev, st.st_ino};
  return true;
}

// Whether a directory walk takes `name` ("a.html", "a.html.gz") by `extensions`.
bool Takes(std::string_view name, const std::vector<std::string>& extensions) {
  const std::string_view base = WithoutGz(name);
  return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& ext) {
    return ext == "*" || (base.size() > ext.size() + 1 && EndsWithNoCase(base, "." + ext));
  });
}

bool IsInside(const fs::path& path, const fs::path& root) {
  const std::string p = path.string(), r = root.string();
  return p == r || (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && (r.back() == '/' || p[r.size()] == '/'));
}

class Walker {
 public:
  Walker(const fs::path& root, bool follow, const std::vector<std::string>& extensions, const DirId* skip,
         WalkResult& out)
      : root_(root), follow_(follow), extensions_(extensions), skip_(skip), out_(out) {
    std::error_code ec;
    canonical_root_ = fs::canonical(root, ec);
    if (ec) canonical_root_ = root;
  }

  void Walk(const fs::path& dir, const std::string& relative) {
    DirId id;
    if (!DirIdOf(dir, id)) {
      // A directory stat cannot reach (deeper than PATH_MAX allows, or gone
      // since it was listed): said, not left out unseen.
      out_.errors.push_back({dir.string(), std::generic_category().message(errno)});
      return;
    }
    if (!walked_.insert(id).second) return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      out_.errors.push_back({dir.string(), ec.message()});
      return;
    }
    // Sorted first, so that which of two paths to one directory is walked
    // does not depend on the order the file system lists them in.
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() != '.') entries.push_back(*it);
    }
    if (ec) out_.errors.push_back({dir.string(), ec.message()});
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    for (const fs::directory_entry& entry : entries) {
      const std::string name = entry.path().filename().string();
      Visit(entry, relative.empty() ? name : relative + "/" + name);
    }
  }

  void Sort(std::size_t from) {
    std::sort(out_.files.begin() + static_cast<std::ptrdiff_t>(from), out_.files.end(),
              [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
  }

 private:
  void Visit(const fs::directory_entry& entry, const std::string& rel) {
    std::error_code ec;
    const fs::file_status link = entry.symlink_status(ec);
    if (fs::is_symlink(link)) {
      const fs::path target = fs::canonical(entry.path(), ec);
      if (ec) {
        out_.notes.push_back(entry.path().string() + ": skipped, broken symlink");
        return;
      }
      if (!follow_ && !IsInside(target, canonical_root_)) {
        out_.notes.push_back(entry.path().string() + ": skipped, symlink leads out of " + root_.string() +
                             " (--follow to follow it)");
        return;
      }
    }
    const fs::file_status status = entry.status(ec);
    if (ec) {
      out_.errors.push_back({entry.path().string(), ec.message()});
      return;
    }
    if (fs::is_directory(status)) {
      DirId id;
      if (skip_ && DirIdOf(entry.path(), id) && id == *skip_) {
        out_.notes.push_back(entry.path().string() + ": skipped, the output directory");
        return;
      }
      Walk(entry.path(), rel);
      return;
    }
    if (!fs::is_regular_file(status)) return;
    const std::string name = entry.path().filename().string();
    if (!Takes(name, extensions_)) {
      ++out_.skipped;
    } else {
      out_.files.push_back({entry.path().string(), rel, IsWarcName(name) ? InputKind::kWarc : InputKind::kPage});
    }
  }

  fs::path root_;
  fs::path canonical_root_;
  bool follow_;
  const std::vector<std::string>& extensions_;
  const DirId* skip_;
  WalkResult& out_;
  std::set<DirId> walked_;
};

}  // namespace

const std::vector<std::string>& DefaultExtensions() {
  static const std::vector<std::string> extensions = {"html", "htm", "xhtml", "shtml", "mhtml", "mht", "txt", "warc"};
  return extensions;
}

bool ParseExtensions(std::string_view list, std::vector<std::string>& extensions, std::string& error) {
  extensions.clear();
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    std::string_view ext = Trim(list.substr(start, comma - start));
    start = comma + 1;
    if (!ext.empty() && ext.front() == '.') ext.remove_prefix(1);
    if (ext.empty()) continue;
    if (ext.find_first_of("/\\") != std::string_view::npos) {
      error = "--ext: \"" + std::string(ext) + "\" is not an extension";
      return false;
    }
    extensions.push_back(AsciiLower(ext));
  }
  if (extensions.empty()) error = "--ext needs at least one extension (html,htm,...) or *";
  return !extensions.empty();
}

bool IsPageName(std::string_view name) {
  const std::string_view base = WithoutGz(name);
  return std::any_of(kPageExtensions.begin(), kPageExtensions.end(),
                     [&](std::string_view ext) { return EndsWithNoCase(base, ext) && base.size() > ext.size(); });
}

bool IsWarcName(std::string_view name) {
  const std::string_view base = WithoutGz(name);
  return EndsWithNoCase(base, ".warc") && base.size() > 5;
}

std::string OutputStem(std::string_view relative) {
  const std::size_t slash = relative.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? relative : relative.substr(slash + 1);
  const std::size_t ext = KnownExtensionLength(name);
  // A name that is all extension (".html") keeps it, so the stem is never empty.
  if (ext == 0 || ext >= name.size()) {
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::string(relative);
    return std::string(relative.substr(0, relative.size() - (name.size() - dot)));
  }
  return std::string(relative.substr(0, relative.size() - ext));
}

WalkResult WalkInputs(const std::vector<std::string>& arguments, bool follow_symlinks,
                      const std::vector<std::string>& extensions, const std::string& output_dir) {
  WalkResult out;
  DirId output_id;
  const bool skip = !output_dir.empty() && DirIdOf(output_dir, output_id);
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      out.files.push_back({"-", "stdin", InputKind::kStdin});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      out.had_directory = true;
      const std::size_t from = out.files.size();
      Walker walker(arg, follow_symlinks, extensions, skip ? &output_id : nullptr, out);
      walker.Walk(arg, "");
      walker.Sort(from);
      continue;
    }
    // Anything else is opened as a file, so that a missing one is reported
    // with the reason when it is read.
    std::string name = fs::path(arg).filename().string();
    if (name.empty() || name == "." || name == "..") name = "input";
    out.files.push_back({arg, name, IsWarcName(arg) ? InputKind::kWarc : InputKind::kPage});
  }
  return out;
}

}  // namespace pith
