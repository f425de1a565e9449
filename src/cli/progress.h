// The progress bar and the summary line of a batch run, on stderr.
#ifndef PITH_CLI_PROGRESS_H_
#define PITH_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace pith {

struct BatchCounts {
  std::uint64_t ok = 0;
  std::uint64_t no_article = 0;
  std::uint64_t failed = 0;
  std::uint64_t skipped = 0;  // outputs that already existed (--skip-existing)

  std::uint64_t done() const { return ok + no_article + failed + skipped; }
};

// "1.5s", "42s", "3m07s", "2h05m".
std::string FormatDuration(double seconds);

// One line, at most `width` columns:
// "[#######.........] 120/4567  45.2 pages/s  ETA 1m38s  3 failed".
// With total 0 (not known, as for WARC and JSON-lines input) there is no bar
// and no ETA. Pages/s counts the documents processed, not the skipped ones.
std::string FormatProgress(const BatchCounts& counts, std::uint64_t total, double seconds, std::size_t width);

// "pith: 83 documents: 80 ok, 2 no article, 1 failed in 1.8s (45.2 pages/s)";
// ", 3 skipped" when some were.
std::string FormatSummary(const BatchCounts& counts, double seconds);

// Draws FormatProgress on one terminal line, at most ten times a second.
class ProgressBar {
 public:
  // Draws nothing unless `enabled`.
  ProgressBar(std::FILE* out, bool enabled, std::uint64_t total);
  void Update(const BatchCounts& counts);
  // Erases the bar so that another line can be written; the next Update
  // draws it again.
  void Clear();
  double Seconds() const;

 private:
  std::FILE* out_;
  bool enabled_;
  std::uint64_t total_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace pith

#endif  // PITH_CLI_PROGRESS_H_
