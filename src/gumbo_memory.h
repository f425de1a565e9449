// Memory for one gumbo parse, released all at once.
//
// gumbo (0.10.1) frees its tree recursively, one call per level, and so
// overflows the stack on a tree a few hundred thousand elements deep (a
// crash found with 600,000 nested <g> in an <svg>). Parsing through this
// allocator and dropping everything in the destructor, iteratively, avoids
// gumbo_destroy_output altogether.
#ifndef PITH_GUMBO_MEMORY_H_
#define PITH_GUMBO_MEMORY_H_

#include <gumbo.h>

#include <cstddef>

namespace pith {

class GumboMemory {
 public:
  GumboMemory() = default;
  ~GumboMemory();  // frees every block gumbo has not freed
  GumboMemory(const GumboMemory&) = delete;
  GumboMemory& operator=(const GumboMemory&) = delete;

  // Makes `options` allocate from this object.
  void Use(GumboOptions& options);

 private:
  // Each block is preceded by its links in the list of live blocks.
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };
  static void* Allocate(void* self, std::size_t size);
  static void Deallocate(void* self, void* ptr);

  Header live_{&live_, &live_};
};

}  // namespace pith

#endif  // PITH_GUMBO_MEMORY_H_
