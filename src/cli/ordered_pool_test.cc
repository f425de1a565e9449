#include "cli/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>

#include "memory_limit.h"

namespace pith {
namespace {

// Squares 0..n-1 with uneven work times; returns the results in the order
// they were consumed, and the largest number of tasks in flight seen.
std::vector<int> Squares(int threads, int n, std::size_t window, int* most_in_flight) {
  int next = 0;
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  std::vector<int> out;
  RunOrdered<int, int>(
      threads, window,
      [&](int& task) {
        if (next == n) return false;
        task = next++;
        const int now = ++in_flight;
        for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);) {
        }
        return true;
      },
      [&](int& task) {
        // Early tasks take longest, so that later ones finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((n - task) % 7 * 200));
        return task * task;
      },
      [&](int& result) {
        out.push_back(result);
        --in_flight;
      });
  if (most_in_flight) *most_in_flight = most;
  return out;
}

TEST(RunOrdered, SameResultsInTaskOrderForAnyThreadCount) {
  const std::vector<int> one = Squares(1, 200, 4, nullptr);
  ASSERT_EQ(one.size(), 200u);
  for (int i = 0; i < 200; ++i) EXPECT_EQ(one[static_cast<std::size_t>(i)], i * i);
  EXPECT_EQ(Squares(2, 200, 8, nullptr), one);
  EXPECT_EQ(Squares(8, 200, 16, nullptr), one);
}

TEST(RunOrdered, ThreadsTheSystemRefusesLeaveTheRunToTheCaller) {
  if (!testing::kAddressSpaceLimitWorks) GTEST_SKIP() << "no address-space limit under AddressSanitizer";
  // 2 MB more address space is short of one thread's stack.
  const int code = testing::RunWithHeadroom(std::size_t{2} << 20, [] {
    try {
      const std::vector<int> squares = Squares(4, 50, 8, nullptr);
      for (int i = 0; i < 50; ++i) {
        if (squares.at(static_cast<std::size_t>(i)) != i * i) return 1;
      }
      return squares.size() == 50 ? 0 : 2;
    } catch (...) {
      return 3;
    }
  });
  EXPECT_EQ(code, 0);
}

TEST(RunOrdered, WindowBoundsTasksInFlight) {
  int most = 0;
  Squares(4, 300, 6, &most);
  EXPECT_LE(most, 6);
  EXPECT_GE(most, 2);
}

TEST(RunOrdered, AnExceptionStopsTheRunAndReachesTheCaller) {
  for (const int threads : {1, 2, 4}) {
    int next = 0;
    std::atomic<int> consumed{0};
    auto run = [&] {
      RunOrdered<int, int>(
          threads, 8,
          [&](int& task) {
            if (next == 1000) return false;
            task = next++;
            return true;
          },
          [&](int& task) {
            if (task == 20) throw std::runtime_error("task 20");
            return task;
          },
          [&](int&) { ++consumed; });
    };
    EXPECT_THROW(run(), std::runtime_error)
        << threads << " threads";
    EXPECT_LT(next, 1000) << threads << " threads";
    EXPECT_LE(consumed, 20) << threads << " threads";
  }
}

TEST(RunOrdered, NoTasks) {
  EXPECT_TRUE(Squares(3, 0, 4, nullptr).empty());
}

}  // namespace
}  // namespace pith
