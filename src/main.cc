// The pith command: arguments in, exit code out. Everything else is in the
// library.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace {

// Documented in README.md.
constexpr int kExitOk = 0;
constexpr int kExitNoArticle = 1;
constexpr int kExitUsage = 2;

struct Settings {
  std::vector<std::string> inputs;
  std::string output;
  std::string input_format = "auto";
  std::string encoding;
  std::string url;
  std::size_t max_bytes = std::size_t{64} << 20;
  bool pretty = false;
  std::string explain;
  bool quiet = false;
  bool verbose = false;
};

void Error(const Settings& s, const std::string& message) {
  if (!s.quiet) std::cerr << "pith: error: " << message << "\n";
}

bool ReadAll(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    if (std::cin.bad()) {
      error = "stdin: read error";
      return false;
    }
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": " + std::strerror(errno);
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = path + ": read error";
    return false;
  }
  return true;
}

// Writes `data` to `path` through a temporary file and a rename, so that an
// interrupted run never leaves a partial file.
bool WriteAtomically(const std::string& path, const std::string& data, std::string& error) {
  const std::string tmp = path + ".pith-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !(out << data) || !out.flush()) {
      error = path + ": " + std::strerror(errno);
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = path + ": " + std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

int Run(const Settings& s) {
  pith::Options options;
  options.input = s.input_format == "html"   ? pith::InputFormat::kHtml
                  : s.input_format == "text" ? pith::InputFormat::kText
                                             : pith::InputFormat::kAuto;
  options.encoding = s.encoding;
  options.url = s.url;
  options.max_bytes = s.max_bytes;
  options.explain = !s.explain.empty();

  std::vector<std::string> inputs = s.inputs;
  if (inputs.empty()) inputs.push_back("-");
  std::string output;
  int exit_code = kExitOk;
  for (const std::string& path : inputs) {
    std::string bytes, error;
    if (!ReadAll(path, bytes, error)) {
      Error(s, error);
      exit_code = kExitNoArticle;
      continue;
    }
    const pith::Result result = pith::Extract(bytes, options);
    const std::string name = path == "-" ? "stdin" : path;
    if (options.explain) {
      output += pith::ExplanationToJson(result, s.pretty);
      output += '\n';
    }
    if (!result.ok()) {
      Error(s, name + ": " + result.error);
      exit_code = kExitNoArticle;
      continue;
    }
    if (s.verbose) {
      std::cerr << "pith: " << name << ": " << result.article.format << ", " << result.article.body.size()
                << " bytes of body\n";
    }
    if (!options.explain) {
      output += pith::ToJson(result.article, s.pretty);
      output += '\n';
    }
  }
  if (s.output.empty() || s.output == "-") {
    std::cout << output << std::flush;
    if (!std::cout) {
      Error(s, "stdout: write error");
      return kExitNoArticle;
    }
  } else if (!output.empty()) {
    std::string error;
    if (!WriteAtomically(s.output, output, error)) {
      Error(s, error);
      return kExitNoArticle;
    }
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  Settings s;
  CLI::App app{"pith: the article out of a saved news page, as JSON.", "pith"};
  app.add_option("input", s.inputs, "Saved pages (HTML or text copies); '-' or nothing reads stdin");
  app.add_option("-o,--output", s.output, "Write the JSON here instead of stdout");
  app.add_option("--input", s.input_format, "What the input is: auto (sniff), html or text")
      ->check(CLI::IsMember({"auto", "html", "text"}));
  app.add_option("--encoding", s.encoding, "Character encoding of the input, if known (e.g. windows-1251)");
  app.add_option("--url", s.url, "The page's address, if known");
  app.add_option("--max-bytes", s.max_bytes, "Refuse inputs larger than this (default 64 MiB)");
  app.add_flag("--pretty", s.pretty, "Indent the JSON");
  app.add_option("--explain", s.explain, "Instead of the article, say what was decided about each block (json)")
      ->check(CLI::IsMember({"json"}));
  app.add_flag("-q,--quiet", s.quiet, "No diagnostics on stderr");
  app.add_flag("-v,--verbose", s.verbose, "Say what was done with each input on stderr");
  app.set_version_flag("--version", "pith " PITH_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "pith: error: " << e.what() << "\n";
    std::cerr << "Run with --help for usage.\n";
    return kExitUsage;
  }
  try {
    return Run(s);
  } catch (const std::exception& e) {
    std::cerr << "pith: error: " << e.what() << "\n";
    return kExitNoArticle;
  }
}
