// The pith command: arguments in, exit code out. The work is done by the
// batch runner (batch.h) and the fixture checker (fixture_check.h).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/batch.h"
#include "cli/diagnostic.h"
#include "cli/fixture_check.h"
#include "cli/input_walk.h"
#include "parse/input.h"
#include "patterns/warm_up.h"
#include "pith/version.h"

namespace {

// "--explain" takes an optional value (html, the default, or json). CLI11
// would take the next argument as that value even when it is the page
// ("pith --explain page.html"), so a bare --explain becomes --explain=html
// unless a value follows.
std::vector<std::string> BareExplainAsHtml(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--") break;
    const bool value_follows = i + 1 < args.size() && (args[i + 1] == "html" || args[i + 1] == "json");
    if (args[i] == "--explain" && !value_follows) args[i] = "--explain=html";
  }
  return args;
}

// What the run options say that BatchSettings holds in another form:
// strings CLI11 checks, turned into settings after parsing (Apply).
struct Choices {
  std::string input_format = "auto";
  std::string format = "json";
  std::string explain;
  std::string extensions;
  bool progress = false;
  bool no_progress = false;
  bool no_links = false;
  bool no_images = false;
};

void AddRunOptions(CLI::App& app, pith::BatchSettings& s, Choices& c) {
  app.add_option("input", s.inputs,
                 "Saved pages (HTML, MHTML or text copies, also .gz), directories of them, web archives "
                 "(.warc, .warc.gz); '-' or nothing reads stdin. Several give one JSON line each, with its "
                 "\"source\"; text and Markdown documents are separated by a form-feed line");
  app.add_option("-o,--output", s.output,
                 "Write to this file, or one file per document below this directory (one that exists, ends "
                 "in '/', or when an input is a directory)");
  app.add_option("--input", c.input_format, "What the input is: auto (sniff), html or text")
      ->check(CLI::IsMember({"auto", "html", "text"}));
  app.add_option("--encoding", s.options.encoding, "Character encoding of the input, if known (e.g. windows-1251)");
  app.add_option("--url", s.options.url, "The page's address, if known");
  app.add_option("--min-confidence", s.options.min_confidence,
                 "Give \"no article\" below this confidence (default 0.5; 0 keeps every page that has a body)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--max-bytes", s.options.max_bytes, "Refuse inputs larger than this (default 64 MiB)");
  app.add_flag("--comments", s.options.comments,
               "Keep the page's comments as \"comments\" ({author, date, text} each, in page order; in Markdown a "
               "\"Comments\" section at the end); the body never holds them");
  app.add_flag("--pretty", s.pretty, "Indent the JSON");
  app.add_option("--format", c.format,
                 "Output: json (default), markdown or text (the body alone); with --jsonl, markdown adds a "
                 "\"markdown\" member to each line")
      ->check(CLI::IsMember({"json", "markdown", "text"}));
  app.add_flag("--no-links", c.no_links, "Markdown: links as their text alone, not [text](url)");
  app.add_flag("--no-images", c.no_images, "Markdown: leave out the article's images and their captions");
  app.add_flag("--front-matter", s.markdown.front_matter,
               "Markdown: start with a YAML front matter of the metadata (title, authors, date, url...)");
  app.add_option("--explain", c.explain,
                 "Instead of the article, say what was decided about each block and where each field came from: "
                 "html (the default: a report for a browser) or json")
      ->expected(0, 1)
      ->check(CLI::IsMember({"html", "json"}));
  app.add_flag("--jsonl", s.jsonl, "One JSON line per document, with its \"source\"; failures give an \"error\" line");
  app.add_flag("--from-jsonl", s.from_jsonl,
               "Inputs (or stdin) hold one {\"id\", \"url\", \"html\" or \"text\"} record per line; one result "
               "line per record, with its \"id\"");
  app.add_option("-j,--jobs", s.jobs, "Worker threads (default: one per core); output is the same for any number")
      ->check(CLI::Range(1, 1024));
  app.add_flag("--skip-existing", s.skip_existing, "With -o DIR: leave documents whose output file exists");
  app.add_flag("--follow", s.follow_symlinks, "Follow symlinks that lead out of an input directory");
  app.add_option("--ext", c.extensions,
                 "Comma-separated extensions read in input directories, each also .gz; * for every file "
                 "(default html,htm,xhtml,shtml,mhtml,mht,txt,warc)");
  app.add_flag("--failures-ok", s.failures_ok,
               "Exit 0 even when documents fail or have no article (for pipeline stages that read the error "
               "lines); an output that cannot be written still exits 1");
  CLI::Option* progress =
      app.add_flag("--progress", c.progress, "Show the progress bar even when stderr is not a terminal or stdout is");
  app.add_flag("--no-progress", c.no_progress,
               "No progress bar (by default it shows when stderr is a terminal and the results are not on one)")
      ->excludes(progress);
  app.add_flag("-q,--quiet", s.quiet, "No diagnostics, progress or summary on stderr");
  app.add_flag("-v,--verbose", s.verbose, "Trace what each stage did with each document on stderr");
  app.set_version_flag("-V,--version", "pith " PITH_VERSION);
  app.set_help_all_flag("--help-all", "Print this help message and the options of the check subcommand, and exit");
}

CLI::App* AddCheckCommand(CLI::App& app, pith::CheckSettings& check) {
  CLI::App* check_cmd = app.add_subcommand(
      "check", "Extract every fixture DIR/<name>/ (input.html|input.txt|input.mhtml, optional url and options) "
               "and compare it with its expected.json field by field, and with expected.md if there is one");
  check_cmd->add_option("dir", check.dir, "The folder of fixtures")->required();
  check_cmd->add_flag("--update", check.update, "Rewrite each expected.json (the fields it names) and expected.md with today's output (never an "
                    "empty body)");
  check_cmd->add_option("--junit", check.junit, "Also write the results as JUnit XML to this file");
  check_cmd->add_option("--body-min-f1", check.body_min_f1,
                        "Pass a body whose shingle F1 against the expected one reaches this, for fixtures that "
                        "set none (default: exact)")
      ->check(CLI::Range(0.0, 1.0));
  check_cmd->add_flag("-q,--quiet", check.quiet, "List failing fixtures only");
  return check_cmd;
}

// Parses the arguments. Help, the version and usage errors end the
// command: their exit code.
std::optional<int> Parse(CLI::App& app, int argc, char** argv) {
  try {
    std::vector<std::string> args = BareExplainAsHtml(argc, argv);
    std::vector<char*> arg_pointers;
    for (std::string& a : args) arg_pointers.push_back(a.data());
    app.parse(static_cast<int>(arg_pointers.size()), arg_pointers.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    pith::PrintUsageError(stderr, e.what());
    return pith::kExitUsage;
  }
  return std::nullopt;
}

// False, after saying why, when a choice is not usable.
bool Apply(const Choices& c, pith::BatchSettings& s) {
  s.options.input = c.input_format == "html"   ? pith::InputFormat::kHtml
                    : c.input_format == "text" ? pith::InputFormat::kText
                                               : pith::InputFormat::kAuto;
  s.format = pith::ParseOutputFormat(c.format).value_or(pith::OutputFormat::kJson);
  s.markdown.links = !c.no_links;
  s.markdown.images = !c.no_images;
  s.explain = !c.explain.empty();
  s.explain_html = c.explain == "html";
  s.options.explain = s.explain || s.verbose;
  if (c.progress) s.progress = pith::ProgressMode::kOn;
  if (c.no_progress || s.quiet) s.progress = pith::ProgressMode::kOff;
  std::string error;
  if (!c.extensions.empty() && !pith::ParseExtensions(c.extensions, s.extensions, error)) {
    pith::PrintUsageError(stderr, error);
    return false;
  }
  return true;
}

// One text copy, asked for or sniffed: prepare its line patterns instead of
// the markup's while the run starts.
int RunWithWarmUp(const pith::BatchSettings& s) {
  const bool text = s.options.input == pith::InputFormat::kText ||
                    (s.options.input == pith::InputFormat::kAuto && s.inputs.size() == 1 && !s.from_jsonl &&
                     pith::LooksLikeTextCopy(s.inputs[0]));
  const pith::PatternWarmUp warm_up(text ? pith::WarmUpFor::kText : pith::WarmUpFor::kHtml);
  return pith::RunBatch(s, stdout, stderr);
}

}  // namespace

int main(int argc, char** argv) {
  pith::BatchSettings s;
  Choices choices;
  pith::CheckSettings check;
  CLI::App app{"pith: the article out of a saved news page, as JSON.", "pith"};
  AddRunOptions(app, s, choices);
  CLI::App* check_cmd = AddCheckCommand(app, check);
  if (const std::optional<int> exit_code = Parse(app, argc, argv)) return *exit_code;
  try {
    if (*check_cmd) return pith::RunCheck(check, stdout, stderr);
    if (!Apply(choices, s)) return pith::kExitUsage;
    return RunWithWarmUp(s);
  } catch (const std::exception& e) {
    pith::PrintError(stderr, e.what());
    return pith::kExitFailures;
  }
}
