#include "cli/batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <new>
#include <string_view>
#include <thread>
#include <utility>

#include "cli/gzip_file.h"
#include "cli/input_walk.h"
#include "cli/jsonl.h"
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
};

enum class Verdict { kOk, kNoArticle, kFailed, kSkipped };

struct Outcome {
  Verdict verdict = Verdict::kFailed;
  std::string text;     // for the output stream
  std::string error;    // for "pith: error: ..."
  std::string note;     // for -v
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

class Processor {
 public:
  Processor(const BatchSettings& settings, const OutputDirectory* directory)
      : settings_(settings), directory_(directory) {}

  Outcome Process(Task& task) const {
    try {
      return ProcessOrThrow(task);
    } catch (const std::bad_alloc&) {
      return Failure(task, task.source + ": out of memory", "");
    } catch (const std::exception& e) {
      return Failure(task, task.source + ": internal error: " + e.what(), "");
    }
  }

 private:
  Outcome ProcessOrThrow(Task& task) const {
    if (task.kind == TaskKind::kError) return Failure(task, task.error, "");
    if (directory_ && settings_.skip_existing && directory_->Exists(task.output_path)) {
      Outcome skipped;
      skipped.verdict = Verdict::kSkipped;
      skipped.note = task.source + ": skipped, " + task.output_path + " exists";
      return skipped;
    }
    Options options = settings_.options;
    std::string id_json;
    std::string bytes;
    switch (task.kind) {
      case TaskKind::kFile: {
        std::string error;
        // One byte past the limit is enough for Extract to refuse the input.
        const std::size_t limit = options.max_bytes == SIZE_MAX ? SIZE_MAX : options.max_bytes + 1;
        if (ReadWholeFile(task.path, limit, bytes, error) == ReadOutcome::kFailed) return Failure(task, error, "");
        break;
      }
      case TaskKind::kBytes:
        bytes = std::move(task.bytes);
        if (!task.url.empty()) options.url = task.url;
        if (!task.encoding.empty()) options.encoding = task.encoding;
        break;
      case TaskKind::kJsonlLine: {
        JsonlRecord record = ParseJsonlRecord(task.bytes);
        id_json = record.id_json;
        if (!record.error.empty()) return Failure(task, task.source + ": " + record.error, id_json);
        bytes = std::move(record.content);
        options.input = record.input;
        if (!record.url.empty()) options.url = record.url;
        break;
      }
      case TaskKind::kError:
        break;
    }
    const Result result = Extract(bytes, options);
    Outcome outcome;
    outcome.verdict = result.ok()                                ? Verdict::kOk
                      : result.status == Status::kNoArticle ? Verdict::kNoArticle
                                                                 : Verdict::kFailed;
    if (!result.ok()) outcome.error = task.source + ": " + result.error;
    outcome.note = task.source + ": " + result.article.format + ", " + std::to_string(result.article.body.size()) +
                   " bytes of body";

    std::string rendered;
    if (settings_.jsonl || settings_.from_jsonl) {
      rendered = result.ok() ? WithLeadingMembers(Leading(task, id_json), ToJson(result.article))
                             : ErrorLine(task, id_json, result.error);
      if (result.ok() && settings_.format == OutputFormat::kMarkdown) {
        rendered = WithTrailingMember(rendered, "markdown", ToMarkdown(result.article, settings_.markdown));
      }
    } else if (settings_.explain) {
      rendered = settings_.explain_html ? ExplanationToHtml(result) : ExplanationToJson(result, settings_.pretty);
    } else if (result.ok()) {
      rendered = RenderArticle(result.article, settings_.format, settings_.pretty, settings_.markdown);
    }
    if (!result.ok() && result.trace.empty()) outcome.note.clear();  // the error says it all
    if (settings_.verbose && !outcome.note.empty()) {
      // The stage trace, one "pith: source: ..." line each (the caller
      // prints the first prefix).
      for (const std::string& line : result.trace) outcome.note += "\npith: " + task.source + ": " + line;
      outcome.note += "\npith: " + task.source + ": output: " + std::to_string(rendered.size() + !rendered.empty()) +
                      " bytes";
    }
    if (rendered.empty()) return outcome;
    rendered += '\n';
    if (!directory_) {
      outcome.text = std::move(rendered);
      return outcome;
    }
    std::string error;
    if (!directory_->Write(task.output_path, rendered, error)) {
      outcome.verdict = Verdict::kFailed;
      outcome.error = error;
    }
    return outcome;
  }

  // The members a JSON line starts with: "id" for --from-jsonl, "source".
  std::string Leading(const Task& task, const std::string& id_json) const {
    std::string leading;
    if (settings_.from_jsonl) leading = "\"id\":" + (id_json.empty() ? std::string("null") : id_json) + ",";
    return leading + "\"source\":" + JsonString(task.source);
  }

  std::string ErrorLine(const Task& task, const std::string& id_json, const std::string& error) const {
    return "{" + Leading(task, id_json) + ",\"error\":" + JsonString(error) + "}";
  }

  Outcome Failure(const Task& task, const std::string& message, const std::string& id_json) const {
    Outcome outcome;
    outcome.verdict = Verdict::kFailed;
    outcome.error = message;
    if (settings_.jsonl || settings_.from_jsonl) {
      // The line's error is the reason without the source, which it names.
      std::string reason = message;
      if (reason.rfind(task.source + ": ", 0) == 0) reason.erase(0, task.source.size() + 2);
      outcome.text = ErrorLine(task, id_json, reason) + "\n";
    }
    return outcome;
  }

  const BatchSettings& settings_;
  const OutputDirectory* directory_;
};

// Where the results of a stream run go: stdout, or a file that appears
// whole when the run ends.
class OutputStream {
 public:
  bool Open(const std::string& path, FILE* out, std::string& error) {
    out_ = out;
    if (path.empty() || path == "-") return true;
    file_ = std::make_unique<AtomicFile>();
    return file_->Open(path, error);
  }

  bool Write(const std::string& text, std::string& error) {
    if (text.empty()) return true;
    written_ = true;
    if (file_) return file_->Write(text, error);
    if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() || std::fflush(out_) != 0) {
      error = "stdout: write error";
      return false;
    }
    return true;
  }

  // A file receives the results only if there are some.
  bool Finish(std::string& error) { return !file_ || !written_ || file_->Commit(error); }

 private:
  FILE* out_ = nullptr;
  std::unique_ptr<AtomicFile> file_;
  bool written_ = false;
};

bool UsageError(FILE* err, const std::string& message) {
  std::fprintf(err, "pith: error: %s\nRun with --help for usage.\n", message.c_str());
  return false;
}

bool CheckSettings(const BatchSettings& s, bool per_file_output, FILE* err) {
  const bool lines = s.jsonl || s.from_jsonl;
  if (lines && s.pretty) return UsageError(err, "--pretty cannot be used with --jsonl or --from-jsonl");
  if (lines && s.explain) return UsageError(err, "--explain cannot be used with --jsonl or --from-jsonl");
  if (lines && s.format == OutputFormat::kText) {
    return UsageError(err, "--format text cannot be used with --jsonl or --from-jsonl (the lines have \"body\")");
  }
  if (lines && !s.output.empty() && (EndsWithSlash(s.output) || IsDirectory(s.output))) {
    return UsageError(err, "-o " + s.output + " is a directory; JSON lines go to one file");
  }
  if (s.skip_existing && !per_file_output) return UsageError(err, "--skip-existing needs -o DIR");
  return true;
}

int Run(const BatchSettings& settings, FILE* out, FILE* err) {
  std::vector<std::string> inputs = settings.inputs;
  if (inputs.empty()) inputs.push_back("-");
  WalkResult walk;
  if (settings.from_jsonl) {
    // JSON-lines inputs are read as files, whatever their names.
    for (const std::string& input : inputs) {
      walk.files.push_back({input, input, input == "-" ? InputKind::kStdin : InputKind::kPage});
    }
  } else {
    walk = WalkInputs(inputs, settings.follow_symlinks);
  }
  const bool lines = settings.jsonl || settings.from_jsonl;
  const bool per_file_output = !lines && !settings.output.empty() && settings.output != "-" &&
                               (EndsWithSlash(settings.output) || IsDirectory(settings.output) || walk.had_directory);
  if (!CheckSettings(settings, per_file_output, err)) return kExitUsage;

  const bool say = !settings.quiet;
  if (say) {
    for (const std::string& note : walk.notes) std::fprintf(err, "pith: note: %s\n", note.c_str());
  }
  OutputDirectory directory;
  OutputStream stream;
  std::string error;
  if (per_file_output ? !directory.Open(settings.output, error) : !stream.Open(settings.output, out, error)) {
    if (say) std::fprintf(err, "pith: error: %s\n", error.c_str());
    return kExitFailures;
  }

  bool many = walk.files.size() + walk.errors.size() != 1 || walk.had_directory || settings.from_jsonl;
  std::uint64_t total = walk.files.size() + walk.errors.size();
  for (const InputFile& f : walk.files) {
    if (f.kind == InputKind::kWarc) many = true, total = 0;
  }
  if (settings.from_jsonl) total = 0;
  const bool show_bar = settings.progress == ProgressMode::kOn ||
                        (settings.progress == ProgressMode::kAuto && say && many && isatty(fileno(err)));
  ProgressBar bar(err, show_bar, total);

  const int jobs = settings.jobs > 0 ? settings.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  TaskSource source(settings, std::move(walk), per_file_output);
  const Processor processor(settings, per_file_output ? &directory : nullptr);
  BatchCounts counts;
  // Set by the consumer, read by the producer: both under the pool's care,
  // but on different threads.
  std::atomic<bool> stream_failed{false};

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
        if (say && (!outcome.error.empty() || settings.verbose)) {
          bar.Clear();
          if (!outcome.error.empty()) std::fprintf(err, "pith: error: %s\n", outcome.error.c_str());
          if (settings.verbose && !outcome.note.empty()) std::fprintf(err, "pith: %s\n", outcome.note.c_str());
        }
        std::string write_error;
        if (!stream_failed && !stream.Write(outcome.text, write_error)) {
          stream_failed = true;
          if (say) std::fprintf(err, "pith: error: %s\n", write_error.c_str());
        }
        bar.Update(counts);
      });

  bar.Clear();
  if (!stream_failed && !stream.Finish(error)) {
    stream_failed = true;
    if (say) std::fprintf(err, "pith: error: %s\n", error.c_str());
  }
  if (say && (many || show_bar)) {
    std::string summary = FormatSummary(counts, bar.Seconds());
    if (source.archive_records_skipped() > 0) {
      summary += "; " + std::to_string(source.archive_records_skipped()) + " archive records were not HTML pages";
    }
    std::fprintf(err, "%s\n", summary.c_str());
  }
  if (stream_failed) return kExitFailures;
  if (counts.failed + counts.no_article > 0 && !settings.failures_ok) return kExitFailures;
  return kExitOk;
}

}  // namespace

int RunBatch(const BatchSettings& settings, FILE* out, FILE* err) {
  try {
    return Run(settings, out, err);
  } catch (const std::exception& e) {
    if (!settings.quiet) std::fprintf(err, "pith: error: %s\n", e.what());
    return kExitFailures;
  }
}

}  // namespace pith
