// The floor pith's speed is measured against: read every page below the
// given files and folders and run a bare gumbo parse on it (default
// options), as the peers were compared with. bench/speed runs it
// beside `pith -j1 --jsonl`.
#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& path) {
  std::string bytes;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::error_code ec;
    bytes.resize(static_cast<std::size_t>(fs::file_size(path, ec)));
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f));
    std::fclose(f);
  }
  return bytes;
}

bool IsPage(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i], ec)) {
        if (entry.is_regular_file() && IsPage(entry.path())) files.push_back(entry.path());
      }
    } else {
      files.emplace_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t bytes = 0, nodes = 0;
  for (const fs::path& path : files) {
    const std::string html = ReadFile(path);
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    // Touch the tree so that nothing can skip the parse.
    nodes += output->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    bytes += html.size();
  }
  std::fprintf(stderr, "gumbo_reference: %zu pages, %zu bytes (%zu top-level nodes)\n", files.size(), bytes, nodes);
  return files.empty() ? 1 : 0;
}
