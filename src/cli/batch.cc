#include "cli/batch.h"

#include <sys/stat.h>
#include <unistd.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

#include "cli/diagnostic.h"
#include "cli/gzip_file.h"
#include "cli/input_walk.h"
#include "cli/jsonl.h"
#include "cli/memory_gate.h"
#include "cli/ordered_pool.h"
#include "cli/output_files.h"
#include "cli/progress.h"
#include "cli/warc_reader.h"

namespace pith {

namespace {

enum class TaskKind { kFile, kBytes, kJsonlLine, kError };

// One document to process. Files are read by the worker; archive records
// and JSON lines arrive with their bytes.
struct Task {
  TaskKind kind = TaskKind::kError;
  std::string source;       // how diagnostics and --jsonl name the document
  std::string path;         // kFile
  std::string output_path;  // below -o DIR
  std::string bytes;        // kBytes: a WARC payload; kJsonlLine: the line
  std::string url;
  std::string encoding;
  std::string error;        // kError
  // An archive record's WARC-Target-URI, WARC-Record-ID and WARC-Date,
  // as the "warc" member of its JSON: {"target_uri", "record_id", "date"}.
  std::optional<std::array<std::string, 3>> warc;
};

enum class Verdict { kOk, kNoArticle, kFailed, kSkipped };

struct Outcome {
  Verdict verdict = Verdict::kFailed;
  std::string text;     // for the output stream
  std::string error;    // for "pith: error: ..."
  std::string note;     // for -v
  bool output_lost = false;  // its output file could not be written
  bool out_of_memory = false;
};

// Room for JSON escaping on top of --max-bytes in one --from-jsonl line.
constexpr std::size_t kJsonlSlack = std::size_t{1} << 20;

std::size_t JsonlLineLimit(std::size_t max_bytes) {
  return max_bytes > (SIZE_MAX - kJsonlSlack) / 2 ? SIZE_MAX : max_bytes * 2 + kJsonlSlack;
}

bool EndsWithSlash(const std::string& s) { return !s.empty() && s.back() == '/'; }

bool IsDirectory(const std::string& path) { return access((path + "/.").c_str(), F_OK) == 0; }

// Hands out the documents of every input, in order.
class TaskSource {
 public:
  TaskSource(const BatchSettings& settings, WalkResult walk, bool per_file_output)
      : settings_(settings), walk_(std::move(walk)), per_file_output_(per_file_output) {}

  bool Next(Task& task) {
    if (next_error_ < walk_.errors.size()) {
      const WalkError& error = walk_.errors[next_error_++];
      task = Task{};
      task.source = error.path;
      task.error = error.path + ": " + error.reason;
      return true;
    }
    for (;;) {
      if (warc_ && NextFromWarc(task)) return true;
      if (lines_ && NextFromLines(task)) return true;
      if (next_file_ >= walk_.files.size()) return false;
      current_ = &walk_.files[next_file_++];
      task = Task{};
      task.source = current_->kind == InputKind::kStdin ? "stdin" : current_->path;
      if (settings_.from_jsonl) {
        lines_ = std::make_unique<BufferedReader>();
        line_number_ = 0;
        if (!lines_->Open(current_->path, task.error)) {
          lines_.reset();
          return true;
        }
      } else if (current_->kind == InputKind::kWarc) {
        warc_ = std::make_unique<WarcReader>(settings_.options.max_bytes);
        if (!warc_->Open(current_->path, task.error)) {
          warc_.reset();
          return true;
        }
      } else {
        task.kind = TaskKind::kFile;
        task.path = current_->path;
        Claim(task, OutputStem(current_->relative));
        return true;
      }
    }
  }

  std::uint64_t archive_records_skipped() const { return archive_skipped_; }

 private:
  bool NextFromWarc(Task& task) {
    WarcDocument doc;
    if (!warc_->Next(doc)) {
      archive_skipped_ += warc_->skipped();
      warc_.reset();
      return false;
    }
    task = Task{};
    task.source = current_->path + (doc.record > 0 ? "#" + std::to_string(doc.record) : "");
    if (!doc.error.empty()) {
      task.error = task.source + ": " + doc.error;
      return true;
    }
    task.kind = TaskKind::kBytes;
    task.bytes = std::move(doc.payload);
    task.warc = {doc.target_uri, doc.record_id, doc.date};
    task.url = std::move(doc.target_uri);
    task.encoding = std::move(doc.charset);
    Claim(task, OutputStem(current_->relative) + "/" + std::to_string(doc.record));
    return true;
  }

  bool NextFromLines(Task& task) {
    std::string line;
    for (;;) {
      const BufferedReader::Line got = lines_->ReadLine(line, JsonlLineLimit(settings_.options.max_bytes));
      ++line_number_;
      task = Task{};
      task.source = (current_->kind == InputKind::kStdin ? "stdin" : current_->path) + ":" +
                    std::to_string(line_number_);
      switch (got) {
        case BufferedReader::Line::kOk:
          // A blank line is no record.
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          task.kind = TaskKind::kJsonlLine;
          task.bytes = std::move(line);
          return true;
        case BufferedReader::Line::kTooLong:
          task.error = task.source + ": line longer than " +
                       std::to_string(JsonlLineLimit(settings_.options.max_bytes)) + " bytes";
          return true;
        case BufferedReader::Line::kError:
          task.error = task.source + ": " + lines_->error();
          lines_.reset();
          return true;
        case BufferedReader::Line::kEnd:
          lines_.reset();
          return false;
      }
    }
  }

  // Reserves the output file of a document under -o DIR; two documents that
  // would write the same file make the second one fail.
  void Claim(Task& task, const std::string& stem) {
    if (!per_file_output_) return;
    task.output_path = stem + std::string(settings_.explain_html ? ".html" : OutputExtension(settings_.format));
    const auto [it, fresh] = claimed_.emplace(task.output_path, task.source);
    if (!fresh) {
      task.kind = TaskKind::kError;
      task.error = task.source + ": output " + task.output_path + " would overwrite that of " + it->second;
    }
  }

  const BatchSettings& settings_;
  WalkResult walk_;
  bool per_file_output_;
  std::size_t next_error_ = 0;
  std::size_t next_file_ = 0;
  const InputFile* current_ = nullptr;
  std::unique_ptr<WarcReader> warc_;
  std::unique_ptr<BufferedReader> lines_;
  std::uint64_t line_number_ = 0;
  std::uint64_t archive_skipped_ = 0;
  std::map<std::string, std::string> claimed_;
};

// How a document's output is written.
struct OutputShape {
  // JSON outputs name their document ("source", and "id" for --from-jsonl)
  // and failures give an error line: --jsonl, or many documents into one
  // stream.
  bool labelled = false;
  const OutputDirectory* directory = nullptr;  // -o DIR, else one stream
};

class Processor {
 public:
  // `threads`: how many pages may be processed at once.
  Processor(const BatchSettings& settings, OutputShape shape, int threads)
      : settings_(settings), shape_(shape), threads_(threads) {}

  // Thread-safe. A page that runs out of memory beside others runs again
  // alone: the memory may have gone to a neighbour.
  Outcome Process(Task& task) const {
    {
      const MemoryGate::Pass pass(gate_, MemoryGate::Company::kShared);
      Outcome outcome = ProcessCaught(task);
      if (!outcome.out_of_memory || threads_ == 1) return outcome;
    }
    const MemoryGate::Pass pass(gate_, MemoryGate::Company::kAlone);
    return ProcessCaught(task);
  }

 private:
  Outcome ProcessCaught(Task& task) const {
    try {
      return ProcessOrThrow(task);
    } catch (const std::bad_alloc&) {
      Outcome outcome = Failure(task, task.source + ": out of memory", "");
      outcome.out_of_memory = true;
      return outcome;
    } catch (const std::exception& e) {
      return Failure(task, task.source + ": internal error: " + e.what(), "");
    }
  }

  Outcome ProcessOrThrow(Task& task) const {
    if (task.kind == TaskKind::kError) return Failure(task, task.error, "");
    if (shape_.directory && settings_.skip_existing && shape_.directory->Exists(task.output_path)) {
      Outcome skipped;
      skipped.verdict = Verdict::kSkipped;
      skipped.note = OneLine(task.source + ": skipped, " + task.output_path + " exists");
      return skipped;
    }
    Options options = settings_.options;
    std::string id_json;
    std::string bytes;
    // The page: `bytes`, or the task's own, which a second try needs.
    std::string_view input;
    switch (task.kind) {
      case TaskKind::kFile: {
        std::string error;
        // One byte past the limit is enough for Extract to refuse the input.
        const std::size_t limit = options.max_bytes == SIZE_MAX ? SIZE_MAX : options.max_bytes + 1;
        if (ReadWholeFile(task.path, limit, bytes, error) == ReadOutcome::kFailed) return Failure(task, error, "");
        input = bytes;
        break;
      }
      case TaskKind::kBytes:
        input = task.bytes;
        if (!task.url.empty()) options.url = task.url;
        if (!task.encoding.empty()) options.encoding = task.encoding;
        break;
      case TaskKind::kJsonlLine: {
        JsonlRecord record = ParseJsonlRecord(task.bytes);
        id_json = record.id_json;
        if (!record.error.empty()) return Failure(task, task.source + ": " + record.error, id_json);
        bytes = std::move(record.content);
        input = bytes;
        options.input = record.input;
        if (!record.url.empty()) options.url = record.url;
        break;
      }
      case TaskKind::kError:
        break;
    }
    const Result result = Extract(input, options);
    // The result holds its own copies: the file's bytes need not stay
    // beside the output built next.
    std::string().swap(bytes);
    Outcome outcome;
    outcome.out_of_memory = result.status == Status::kOutOfMemory;
    outcome.verdict = result.ok()                                ? Verdict::kOk
                      : result.status == Status::kNoArticle ? Verdict::kNoArticle
                                                                 : Verdict::kFailed;
    if (!result.ok()) outcome.error = task.source + ": " + result.error;
    const std::string shown = OneLine(task.source);
    outcome.note = shown + ": " + result.article.format + ", " + std::to_string(result.article.body.size()) +
                   " bytes of body";

    std::string rendered = Rendered(task, id_json, result);
    if (!result.ok() && result.trace.empty()) outcome.note.clear();  // the error says it all
    if (settings_.verbose && !outcome.note.empty()) {
      // The stage trace, one "pith: source: ..." line each (the caller
      // prints the first prefix).
      for (const std::string& line : result.trace) outcome.note += "\npith: " + shown + ": " + line;
      outcome.note += "\npith: " + shown + ": output: " + std::to_string(rendered.size() + !rendered.empty()) +
                      " bytes";
    }
    if (rendered.empty()) return outcome;
    // Appending to a string at its capacity would double it (a 40 MB
    // body's output took 80 MB): one copy of just the size instead.
    std::string line;
    line.reserve(rendered.size() + 1);
    line.append(rendered).push_back('\n');
    rendered = std::move(line);
    if (!shape_.directory) {
      outcome.text = std::move(rendered);
      return outcome;
    }
    std::string error;
    if (!shape_.directory->Write(task.output_path, rendered, error)) {
      outcome.verdict = Verdict::kFailed;
      outcome.error = error;
      outcome.output_lost = true;
    }
    return outcome;
  }

  // The document's output; empty for none (a failure outside JSON lines).
  std::string Rendered(const Task& task, const std::string& id_json, const Result& result) const {
    const bool pretty = settings_.pretty && !settings_.jsonl && !settings_.from_jsonl;
    if (settings_.explain) {
      if (settings_.explain_html) return ExplanationToHtml(result);
      return WithLeadingMembers(Leading(task, id_json, pretty), ExplanationToJson(result, pretty), pretty);
    }
    const bool lines = settings_.jsonl || settings_.from_jsonl;
    if (settings_.format != OutputFormat::kJson && !lines) {
      return result.ok() ? RenderArticle(result.article, settings_.format, settings_.pretty, settings_.markdown) : "";
    }
    if (result.ok()) {
      std::string json = WithLeadingMembers(Leading(task, id_json, pretty), ToJson(result.article, pretty), pretty);
      // JSON lines with --format markdown: the fields and the Markdown in one stream.
      if (settings_.format == OutputFormat::kMarkdown) {
        json = WithTrailingMember(json, "markdown", ToMarkdown(result.article, settings_.markdown));
      }
      return json;
    }
    if (!shape_.labelled) return "";
    if (result.status != Status::kNoArticle) return ErrorLine(task, id_json, result.error);
    // What was found on a page that is no article: the metadata and the
    // confidence, without the body that did not pass.
    Article found = result.article;
    found.body.clear();
    found.blocks.clear();
    return WithLeadingMembers(Leading(task, id_json, pretty) + (pretty ? ",\n \"error\": " : ",\"error\":") +
                                  JsonString(result.error),
                              ToJson(found, pretty), pretty);
  }

  // The members a JSON output starts with: "id" for --from-jsonl, "source"
  // when labelled, "warc" for an archive record.
  std::string Leading(const Task& task, const std::string& id_json, bool pretty) const {
    const std::string colon = pretty ? ": " : ":";
    std::vector<std::string> members;
    if (settings_.from_jsonl) members.push_back("\"id\"" + colon + (id_json.empty() ? std::string("null") : id_json));
    if (shape_.labelled) members.push_back("\"source\"" + colon + JsonString(task.source));
    if (task.warc) {
      const auto& [target_uri, record_id, date] = *task.warc;
      const std::string comma = pretty ? ", " : ",";
      auto value = [](const std::string& v) { return v.empty() ? std::string("null") : JsonString(v); };
      members.push_back("\"warc\"" + colon + "{\"target_uri\"" + colon + value(target_uri) + comma + "\"record_id\"" +
                        colon + value(record_id) + comma + "\"date\"" + colon + value(date) + "}");
    }
    std::string leading;
    for (const std::string& member : members) leading += (leading.empty() ? "" : pretty ? ",\n " : ",") + member;
    return leading;
  }

  std::string ErrorLine(const Task& task, const std::string& id_json, const std::string& error) const {
    return "{" + Leading(task, id_json, false) + ",\"error\":" + JsonString(OneLine(error)) + "}";
  }

  Outcome Failure(const Task& task, const std::string& message, const std::string& id_json) const {
    Outcome outcome;
    outcome.verdict = Verdict::kFailed;
    outcome.error = message;
    const bool lines = settings_.jsonl || settings_.from_jsonl;
    if (shape_.labelled && (settings_.format == OutputFormat::kJson || settings_.explain || lines) &&
        !settings_.explain_html) {
      // The line's error is the reason without the source, which it names.
      std::string reason = message;
      if (reason.rfind(task.source + ": ", 0) == 0) reason.erase(0, task.source.size() + 2);
      outcome.text = ErrorLine(task, id_json, reason) + "\n";
    }
    return outcome;
  }

  const BatchSettings& settings_;
  OutputShape shape_;
  int threads_;
  mutable MemoryGate gate_;
};

// Where the results of a stream run go: stdout, or a file that appears
// whole when the run ends.
class OutputStream {
 public:
  // `separator` is written between two documents.
  bool Open(const std::string& path, FILE* out, std::string separator, std::string& error) {
    out_ = out;
    separator_ = std::move(separator);
    if (path.empty() || path == "-") return true;
    file_ = std::make_unique<AtomicFile>();
    return file_->Open(path, error);
  }

  bool Write(const std::string& document, std::string& error) {
    if (document.empty()) return true;
    if (written_ && !WriteRaw(separator_, error)) return false;
    written_ = true;
    return WriteRaw(document, error);
  }

  // A file receives the results only if there are some.
  bool Finish(std::string& error) { return !file_ || !written_ || file_->Commit(error); }

 private:
  bool WriteRaw(const std::string& text, std::string& error) {
    if (text.empty()) return true;
    if (file_) return file_->Write(text, error);
    if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() || std::fflush(out_) != 0) {
      error = "stdout: write error";
      return false;
    }
    return true;
  }

  FILE* out_ = nullptr;
  std::string separator_;
  std::unique_ptr<AtomicFile> file_;
  bool written_ = false;
};

// What the inputs and -o make of a run.
struct Plan {
  WalkResult walk;
  bool per_file_output = false;  // -o DIR
  bool many = false;             // maybe more than one document
  bool labelled = false;         // JSON outputs name their document
  bool to_stdout = false;        // the results go to stdout
};

Plan MakePlan(const BatchSettings& settings) {
  Plan plan;
  std::vector<std::string> inputs = settings.inputs;
  if (inputs.empty()) inputs.push_back("-");
  if (settings.from_jsonl) {
    // JSON-lines inputs are read as files, whatever their names.
    for (const std::string& input : inputs) {
      plan.walk.files.push_back({input, input, input == "-" ? InputKind::kStdin : InputKind::kPage});
    }
  } else {
    plan.walk = WalkInputs(inputs, settings.follow_symlinks,
                           settings.extensions.empty() ? DefaultExtensions() : settings.extensions,
                           settings.output == "-" ? "" : settings.output);
  }
  const WalkResult& walk = plan.walk;
  const bool lines = settings.jsonl || settings.from_jsonl;
  const bool stream = settings.output.empty() || settings.output == "-";
  plan.per_file_output = !lines && !stream &&
                         (EndsWithSlash(settings.output) || IsDirectory(settings.output) || walk.had_directory);
  plan.many = walk.files.size() + walk.errors.size() != 1 || walk.had_directory || settings.from_jsonl ||
              std::any_of(walk.files.begin(), walk.files.end(), [](const InputFile& f) { return f.kind == InputKind::kWarc; });
  plan.labelled = lines || (plan.many && !plan.per_file_output);
  plan.to_stdout = stream && !plan.per_file_output;
  return plan;
}

bool UsageError(FILE* err, const std::string& message) {
  PrintUsageError(err, message);
  return false;
}

bool KnownEncoding(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (converter != nullptr) ucnv_close(converter);
  return converter != nullptr && U_SUCCESS(status);
}

using FileId = std::pair<dev_t, ino_t>;

std::optional<FileId> IdOf(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

// The input that -o FILE names too, if any ("" for none): writing the
// results would replace it.
std::string InputAtOutput(const std::string& output, const WalkResult& walk) {
  const std::optional<FileId> out = IdOf(output);
  if (!out) return "";
  for (const InputFile& f : walk.files) {
    if (f.kind == InputKind::kStdin) {
      struct stat st;
      if (fstat(STDIN_FILENO, &st) == 0 && FileId{st.st_dev, st.st_ino} == *out) return "stdin";
    } else if (IdOf(f.path) == out) {
      return f.path;
    }
  }
  return "";
}

bool CheckSettings(const BatchSettings& s, const Plan& plan, FILE* err) {
  const bool lines = s.jsonl || s.from_jsonl;
  if (lines && s.pretty) return UsageError(err, "--pretty cannot be used with --jsonl or --from-jsonl");
  if (lines && s.explain) return UsageError(err, "--explain cannot be used with --jsonl or --from-jsonl");
  if (lines && s.format == OutputFormat::kText) {
    return UsageError(err, "--format text cannot be used with --jsonl or --from-jsonl (the lines have \"body\")");
  }
  if (s.pretty && s.format != OutputFormat::kJson && !s.explain) {
    return UsageError(err, "--pretty indents JSON; it cannot be used with --format markdown or text");
  }
  if (lines && !s.output.empty() && (EndsWithSlash(s.output) || IsDirectory(s.output))) {
    return UsageError(err, "-o " + s.output + " is a directory; JSON lines go to one file");
  }
  if (s.skip_existing && !plan.per_file_output) return UsageError(err, "--skip-existing needs -o DIR");
  if (s.explain_html && plan.many && !plan.per_file_output) {
    return UsageError(err, "--explain html writes one report per document: with several, give -o DIR (or use "
                           "--explain json)");
  }
  if (!s.options.encoding.empty() && !KnownEncoding(s.options.encoding)) {
    return UsageError(err, "--encoding: unknown character encoding \"" + s.options.encoding + "\"");
  }
  if (!plan.per_file_output && !plan.to_stdout) {
    const std::string input = InputAtOutput(s.output, plan.walk);
    if (!input.empty()) return UsageError(err, "-o " + s.output + " is an input (" + input + "); it would be overwritten");
  }
  return true;
}

std::string Summary(const BatchCounts& counts, double seconds, std::uint64_t archive_skipped, std::size_t files_skipped) {
  std::string summary = FormatSummary(counts, seconds);
  if (archive_skipped > 0) summary += "; " + std::to_string(archive_skipped) + " archive records were not HTML pages";
  if (files_skipped > 0) {
    summary += "; " + std::to_string(files_skipped) + (files_skipped == 1 ? " file" : " files") +
               " of other types skipped (--ext)";
  }
  return summary;
}

int Run(const BatchSettings& settings, FILE* out, FILE* err) {
  Plan plan = MakePlan(settings);
  if (!CheckSettings(settings, plan, err)) return kExitUsage;

  const bool say = !settings.quiet;
  if (say) {
    for (const std::string& note : plan.walk.notes) PrintNote(err, note);
  }
  const std::size_t files_skipped = plan.walk.skipped;
  if (plan.walk.files.empty() && plan.walk.errors.empty()) {
    if (say) {
      std::fprintf(err, "pith: error: no input found (%zu %s of other types skipped; --ext chooses which are read)\n",
                   files_skipped, files_skipped == 1 ? "file" : "files");
    }
    return kExitFailures;
  }
  OutputDirectory directory;
  OutputStream stream;
  std::string error;
  const bool separated = plan.many && !settings.explain && !settings.jsonl && !settings.from_jsonl &&
                         settings.format != OutputFormat::kJson;
  if (plan.per_file_output ? !directory.Open(settings.output, error)
                           : !stream.Open(settings.output, out, separated ? "\f\n" : "", error)) {
    if (say) PrintError(err, error);
    return kExitFailures;
  }

  std::uint64_t total = plan.walk.files.size() + plan.walk.errors.size();
  for (const InputFile& f : plan.walk.files) {
    if (f.kind == InputKind::kWarc) total = 0;
  }
  if (settings.from_jsonl) total = 0;
  // A bar on the terminal that shows the results would run into them.
  const bool results_on_terminal = plan.to_stdout && isatty(fileno(out));
  const bool show_bar = settings.progress == ProgressMode::kOn ||
                        (settings.progress == ProgressMode::kAuto && say && plan.many && isatty(fileno(err)) &&
                         !results_on_terminal);
  ProgressBar bar(err, show_bar, total);

  const int jobs = settings.jobs > 0 ? settings.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  TaskSource source(settings, std::move(plan.walk), plan.per_file_output);
  const Processor processor(settings, OutputShape{plan.labelled, plan.per_file_output ? &directory : nullptr}, jobs);
  BatchCounts counts;
  // Set by the consumer, read by the producer: both under the pool's care,
  // but on different threads.
  std::atomic<bool> stream_failed{false};
  bool output_lost = false;

  RunOrdered<Task, Outcome>(
      jobs, static_cast<std::size_t>(jobs) * 8,
      [&](Task& task) { return !stream_failed && source.Next(task); },
      [&](Task& task) { return processor.Process(task); },
      [&](Outcome& outcome) {
        switch (outcome.verdict) {
          case Verdict::kOk: ++counts.ok; break;
          case Verdict::kNoArticle: ++counts.no_article; break;
          case Verdict::kFailed: ++counts.failed; break;
          case Verdict::kSkipped: ++counts.skipped; break;
        }
        output_lost = output_lost || outcome.output_lost;
        if (say && (!outcome.error.empty() || settings.verbose)) {
          bar.Clear();
          if (!outcome.error.empty()) PrintError(err, outcome.error);
          if (settings.verbose && !outcome.note.empty()) std::fprintf(err, "pith: %s\n", outcome.note.c_str());
        }
        std::string write_error;
        if (!stream_failed && !stream.Write(outcome.text, write_error)) {
          stream_failed = true;
          if (say) PrintError(err, write_error);
        }
        bar.Update(counts);
      });

  bar.Clear();
  if (!stream_failed && !stream.Finish(error)) {
    stream_failed = true;
    if (say) PrintError(err, error);
  }
  if (say && (plan.many || show_bar)) {
    std::fprintf(err, "%s\n", Summary(counts, bar.Seconds(), source.archive_records_skipped(), files_skipped).c_str());
  }
  // --failures-ok is for pages without an article, never for lost output.
  if (stream_failed || output_lost) return kExitFailures;
  if (counts.failed + counts.no_article > 0 && !settings.failures_ok) return kExitFailures;
  return kExitOk;
}

}  // namespace

int RunBatch(const BatchSettings& settings, FILE* out, FILE* err) {
  try {
    return Run(settings, out, err);
  } catch (const std::exception& e) {
    if (!settings.quiet) PrintError(err, e.what());
    return kExitFailures;
  }
}

}  // namespace pith
