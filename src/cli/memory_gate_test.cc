#include "cli/memory_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

namespace pith {
namespace {

using Company = MemoryGate::Company;

// A pass's holder cannot prove a waiter never got in; it can only show the
// waiter is still out after a while, and in once the way is clear.
constexpr auto kWhile = std::chrono::milliseconds(50);

TEST(MemoryGate, SharedPassesHoldTogether) {
  MemoryGate gate;
  const MemoryGate::Pass a(gate, Company::kShared);
  std::atomic<bool> in{false};
  std::thread other([&] {
    const MemoryGate::Pass b(gate, Company::kShared);
    in = true;
  });
  other.join();
  EXPECT_TRUE(in);
}

TEST(MemoryGate, AnAlonePassWaitsForTheOthersToLeave) {
  MemoryGate gate;
  std::optional<MemoryGate::Pass> shared;
  shared.emplace(gate, Company::kShared);
  std::atomic<bool> in{false};
  std::thread alone([&] {
    const MemoryGate::Pass pass(gate, Company::kAlone);
    in = true;
  });
  std::this_thread::sleep_for(kWhile);
  EXPECT_FALSE(in);
  shared.reset();
  alone.join();
  EXPECT_TRUE(in);
}

TEST(MemoryGate, AnAlonePassKeepsNewOnesOut) {
  MemoryGate gate;
  std::optional<MemoryGate::Pass> alone;
  alone.emplace(gate, Company::kAlone);
  std::atomic<int> in{0};
  std::thread shared([&] {
    const MemoryGate::Pass pass(gate, Company::kShared);
    ++in;
  });
  std::thread second_alone([&] {
    const MemoryGate::Pass pass(gate, Company::kAlone);
    ++in;
  });
  std::this_thread::sleep_for(kWhile);
  EXPECT_EQ(in, 0);
  alone.reset();
  shared.join();
  second_alone.join();
  EXPECT_EQ(in, 2);
}

}  // namespace
}  // namespace pith
