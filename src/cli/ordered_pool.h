// Runs tasks on several threads and hands the results back in the order the
// tasks were produced, so that a run's output is the same for any number of
// threads, and with a bounded number of tasks in flight, so that memory stays
// bounded however many tasks there are.
#ifndef PITH_CLI_ORDERED_POOL_H_
#define PITH_CLI_ORDERED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace pith {

// `produce` fills the next task and returns false when there are no more; it
// is called by one thread at a time, in order. `work` runs concurrently.
// `consume` is called by one thread at a time with the results in task
// order. The calling thread is one of the `threads`. An exception from any of
// the three stops the run: the threads finish the task in hand and the first
// exception is rethrown to the caller.
template <typename Task, typename Output>
void RunOrdered(int threads, std::size_t window, const std::function<bool(Task&)>& produce,
                const std::function<Output(Task&)>& work, const std::function<void(Output&)>& consume) {
  if (window == 0) window = 1;
  std::mutex mutex;
  std::condition_variable room;
  std::uint64_t next_task = 0;
  std::uint64_t next_output = 0;
  bool produced_all = false;
  bool emitting = false;
  std::map<std::uint64_t, Output> ready;
  std::exception_ptr failure;

  auto run = [&] {
    for (;;) {
      Task task{};
      std::uint64_t seq;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room.wait(lock, [&] { return produced_all || next_task - next_output < window; });
        if (produced_all || !produce(task)) {
          produced_all = true;
          room.notify_all();
          return;
        }
        seq = next_task++;
      }
      Output output = work(task);
      std::unique_lock<std::mutex> lock(mutex);
      ready.emplace(seq, std::move(output));
      if (emitting) continue;
      // This thread hands out every result that is next in line; results
      // that arrive meanwhile are picked up by this same loop.
      emitting = true;
      for (auto it = ready.find(next_output); it != ready.end(); it = ready.find(next_output)) {
        Output next = std::move(it->second);
        ready.erase(it);
        lock.unlock();
        consume(next);
        lock.lock();
        ++next_output;
        room.notify_all();
      }
      emitting = false;
    }
  };
  auto worker = [&] {
    try {
      run();
    } catch (...) {
      const std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = std::current_exception();
      produced_all = true;
      room.notify_all();
    }
  };

  // The calling thread is one of the workers: a run of one small page
  // starts on it at once, without waiting for a thread to start.
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads > 1 ? threads - 1 : 0));
  for (int i = 1; i < threads; ++i) {
    // A thread the system refuses (out of memory or of threads) leaves the
    // run to the ones it has.
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  worker();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace pith

#endif  // PITH_CLI_ORDERED_POOL_H_
