#include "cli/memory_gate.h"

namespace pith {

MemoryGate::Pass::Pass(MemoryGate& gate, Company company) : gate_(gate), company_(company) {
  std::unique_lock<std::mutex> lock(gate_.mutex_);
  gate_.changed_.wait(lock, [&] { return !gate_.alone_; });
  if (company_ == Company::kAlone) {
    gate_.alone_ = true;
    gate_.changed_.wait(lock, [&] { return gate_.held_ == 0; });
  }
  ++gate_.held_;
}

MemoryGate::Pass::~Pass() {
  const std::lock_guard<std::mutex> lock(gate_.mutex_);
  --gate_.held_;
  if (company_ == Company::kAlone) gate_.alone_ = false;
  gate_.changed_.notify_all();
}

}  // namespace pith
