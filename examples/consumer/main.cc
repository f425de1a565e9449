// A program that uses the installed pith library: prints the headline and
// the first paragraph of the page named on the command line.
#include <pith/pith.h>
#include <pith/version.h>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " PAGE   (pith " PITH_VERSION ")\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const pith::Result result = pith::Extract(bytes.str());
  if (result.status != pith::Status::kOk) {
    std::cerr << argv[1] << ": " << result.error << "\n";
    return 1;
  }
  std::cout << result.article.headline.value_or("") << "\n";
  std::cout << result.article.body.substr(0, result.article.body.find("\n\n")) << "\n";
  return 0;
}
