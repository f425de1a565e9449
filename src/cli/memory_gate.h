// Lets a page that ran out of memory beside others run again alone: in a
// batch, the page that took the memory may be another one, and a page that
// fails only because of its neighbour must not lose its result.
#ifndef PITH_CLI_MEMORY_GATE_H_
#define PITH_CLI_MEMORY_GATE_H_

#include <condition_variable>
#include <mutex>

namespace pith {

class MemoryGate {
 public:
  enum class Company { kShared, kAlone };

  // Held while a page is processed. A kAlone pass waits until no other pass
  // is held and keeps new ones out until it is released; passes waiting for
  // kAlone take turns.
  class Pass {
   public:
    Pass(MemoryGate& gate, Company company);
    ~Pass();
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;

   private:
    MemoryGate& gate_;
    Company company_;
  };

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int held_ = 0;
  bool alone_ = false;
};

}  // namespace pith

#endif  // PITH_CLI_MEMORY_GATE_H_
