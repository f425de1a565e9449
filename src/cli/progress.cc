#include "cli/progress.h"

#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace pith {

namespace {

std::string Fixed1(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string Rate(std::uint64_t processed, double seconds) {
  return Fixed1(seconds > 0 ? static_cast<double>(processed) / seconds : 0.0) + " pages/s";
}

std::size_t TerminalWidth(std::FILE* out) {
  struct winsize ws;
  if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
  return 80;
}

}  // namespace

std::string FormatDuration(double seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 10) return Fixed1(seconds) + "s";
  const auto total = static_cast<unsigned long long>(seconds + 0.5);
  char buf[32];
  if (total < 60) {
    std::snprintf(buf, sizeof buf, "%llus", total);
  } else if (total < 3600) {
    std::snprintf(buf, sizeof buf, "%llum%02llus", total / 60, total % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lluh%02llum", total / 3600, total % 3600 / 60);
  }
  return buf;
}

std::string FormatProgress(const BatchCounts& counts, std::uint64_t total, double seconds, std::size_t width) {
  const std::uint64_t done = counts.done();
  const std::uint64_t processed = done - counts.skipped;
  std::string tail;
  if (total > 0) {
    tail = std::to_string(done) + "/" + std::to_string(total);
  } else {
    tail = std::to_string(done) + " done";
  }
  tail += "  " + Rate(processed, seconds);
  if (total > done && processed > 0 && seconds > 0) {
    const double eta = static_cast<double>(total - done) * seconds / static_cast<double>(processed);
    tail += "  ETA " + FormatDuration(eta);
  }
  const std::uint64_t failures = counts.failed + counts.no_article;
  if (failures > 0) tail += "  " + std::to_string(failures) + " failed";
  if (total == 0 || width < tail.size() + 8) return tail.substr(0, width);
  const std::size_t bar = std::min<std::size_t>(width - tail.size() - 3, 40);
  const std::size_t filled = static_cast<std::size_t>(bar * std::min(done, total) / total);
  return "[" + std::string(filled, '#') + std::string(bar - filled, '.') + "] " + tail;
}

std::string FormatSummary(const BatchCounts& counts, double seconds) {
  const std::uint64_t done = counts.done();
  std::string s = "pith: " + std::to_string(done) + (done == 1 ? " document: " : " documents: ") +
                  std::to_string(counts.ok) + " ok, " + std::to_string(counts.no_article) + " no article, " +
                  std::to_string(counts.failed) + " failed";
  if (counts.skipped > 0) s += ", " + std::to_string(counts.skipped) + " skipped";
  return s + " in " + FormatDuration(seconds) + " (" + Rate(done - counts.skipped, seconds) + ")";
}

ProgressBar::ProgressBar(std::FILE* out, bool enabled, std::uint64_t total)
    : out_(out), enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {}

double ProgressBar::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressBar::Update(const BatchCounts& counts) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const bool last = total_ > 0 && counts.done() >= total_;
  if (drawn_ && !last && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const std::string line = FormatProgress(counts, total_, Seconds(), TerminalWidth(out_) - 1);
  std::fprintf(out_, "\r\033[K%s", line.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::Clear() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\033[K", out_);
  drawn_ = false;
}

}  // namespace pith
