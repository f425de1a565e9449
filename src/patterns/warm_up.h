// The warm-up of the heuristics' patterns: a thread that compiles the ones
// a page will need while the page is read.
#ifndef PITH_PATTERNS_WARM_UP_H_
#define PITH_PATTERNS_WARM_UP_H_

#include <pthread.h>

#include <atomic>

namespace pith {

// Compiles, on a thread of its own, the patterns every HTML page needs, in
// groups by when a page needs them and within each group in the reverse
// order of first use (warm_up.cc). A command that extracts one small
// page spent most of its time compiling patterns: with the warm-up, the
// page's own thread and this one compile from both ends and meet in the
// middle (std::call_once keeps each pattern compiled once). The destructor
// stops after the pattern in hand and joins.
enum class WarmUpFor { kHtml, kText };

class PatternWarmUp {
 public:
  explicit PatternWarmUp(WarmUpFor pages = WarmUpFor::kHtml);
  ~PatternWarmUp();
  PatternWarmUp(const PatternWarmUp&) = delete;
  PatternWarmUp& operator=(const PatternWarmUp&) = delete;

 private:
  static void* Start(void* self);
  void Run();

  const WarmUpFor pages_;
  std::atomic<bool> stop_{false};
  pthread_t thread_{};
  bool started_ = false;
};

}  // namespace pith

#endif  // PITH_PATTERNS_WARM_UP_H_
