// Writes a synthetic news page of about N bytes to stdout (bench/speed
// makes its size sweep with it).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "synthetic_page.h"

int main(int argc, char** argv) {
  char* end = nullptr;
  const unsigned long long bytes = argc == 2 ? std::strtoull(argv[1], &end, 10) : 0;
  if (argc != 2 || !end || *end != '\0' || bytes == 0) {
    std::fprintf(stderr, "usage: synthetic_page BYTES > page.html\n");
    return 2;
  }
  const std::string page = pith::bench::SyntheticPage(bytes);
  return std::fwrite(page.data(), 1, page.size(), stdout) == page.size() ? 0 : 1;
}
