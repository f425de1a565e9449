// Runs test code short of memory: in a child process whose address space
// may grow by only so many bytes, so that allocations fail as they would on
// a loaded machine, without taking gigabytes first.
#ifndef PITH_TESTS_MEMORY_LIMIT_H_
#define PITH_TESTS_MEMORY_LIMIT_H_

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstddef>
#include <fstream>
#include <functional>

namespace pith::testing {

// AddressSanitizer reserves terabytes of address space for its shadow
// memory: an address-space limit cannot work under it.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSpaceLimitWorks = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSpaceLimitWorks = false;
#else
inline constexpr bool kAddressSpaceLimitWorks = true;
#endif
#else
inline constexpr bool kAddressSpaceLimitWorks = true;
#endif

// Runs `body` in a child whose address space may grow by `headroom` bytes
// past the parent's; returns the child's exit code (body's return value),
// or -1 if it did not exit normally.
inline int RunWithHeadroom(std::size_t headroom, const std::function<int()>& body) {
  std::size_t pages = 0;
  std::ifstream("/proc/self/statm") >> pages;
  const std::size_t used = pages * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const pid_t child = fork();
  if (child == 0) {
    rlimit limit{};
    getrlimit(RLIMIT_AS, &limit);
    limit.rlim_cur = used + headroom;
    if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(100);
    _exit(body());
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

}  // namespace pith::testing

#endif  // PITH_TESTS_MEMORY_LIMIT_H_
