// A pith run over many documents: files, directories, web archives or JSON
// lines in; one output per document out, the same for any number of threads.
#ifndef PITH_CLI_BATCH_H_
#define PITH_CLI_BATCH_H_

#include <cstdio>
#include <string>
#include <vector>

#include "cli/output_format.h"
#include "pith/pith.h"

namespace pith {

enum class ProgressMode { kAuto, kOn, kOff };

struct BatchSettings {
  std::vector<std::string> inputs;  // files, directories, '-'; none means stdin
  // "" or "-": stdout. A directory (existing, ending in '/', or whenever an
  // input is a directory): one file per document below it. Else one file.
  std::string output;
  OutputFormat format = OutputFormat::kJson;
  MarkdownOptions markdown;       // --no-links, --no-images, --front-matter
  bool pretty = false;
  bool explain = false;           // --explain: the explanation instead of the article
  bool explain_html = false;      // as the HTML report rather than JSON
  bool jsonl = false;             // one line per document, with "source"
  bool from_jsonl = false;        // inputs are {"id","url","html"|"text"} lines
  bool skip_existing = false;     // -o DIR: leave documents whose output exists
  bool follow_symlinks = false;   // follow symlinks out of an input directory
  std::vector<std::string> extensions;  // --ext: what directories give; empty: DefaultExtensions()
  bool failures_ok = false;       // exit 0 even when documents failed
  int jobs = 0;                   // worker threads; 0: one per core
  ProgressMode progress = ProgressMode::kAuto;
  bool quiet = false;
  bool verbose = false;
  Options options;
};

// Documented in README.md.
constexpr int kExitOk = 0;
constexpr int kExitFailures = 1;
constexpr int kExitUsage = 2;

// Runs pith as the README describes: results to `out` (or the files -o
// names), diagnostics, progress and summary to `err`. Returns the exit code.
// Never throws.
//
// A run over several documents into one stream (stdout or -o FILE) labels
// each JSON output with its "source" (and "warc" for an archive record) and
// gives failures an {"source", "error"} line, as --jsonl does; text and
// Markdown documents are separated by a line holding a form feed.
int RunBatch(const BatchSettings& settings, std::FILE* out, std::FILE* err);

}  // namespace pith

#endif  // PITH_CLI_BATCH_H_
