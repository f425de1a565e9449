// Memory for one gumbo parse, released all at once.
//
// gumbo (0.10.1) frees its tree recursively, one call per level, and so
// overflows the stack on a tree a few hundred thousand elements deep (a
// crash found with 600,000 nested <g> in an <svg>). Parsing through this
// allocator and dropping everything in the destructor, iteratively, avoids
// gumbo_destroy_output altogether.
//
// It is also an arena: gumbo makes a few million small allocations per
// megabyte of HTML (every token, attribute and text buffer), most freed
// again at once. Small blocks come from large chunks and go back to a free
// list for their size class, so that a block costs a few instructions
// instead of a malloc and a free; large ones go to malloc.
#ifndef PITH_PARSE_GUMBO_MEMORY_H_
#define PITH_PARSE_GUMBO_MEMORY_H_

#include <gumbo.h>

#include <cstddef>

namespace pith {

class GumboMemory {
 public:
  GumboMemory() = default;
  ~GumboMemory();  // frees every chunk and every large block
  GumboMemory(const GumboMemory&) = delete;
  GumboMemory& operator=(const GumboMemory&) = delete;

  // Makes `options` allocate from this object.
  void Use(GumboOptions& options);

 private:
  // Size classes: 2^kMinShift ... 2^kMaxShift bytes, header included.
  static constexpr int kMinShift = 5;
  static constexpr int kMaxShift = 14;
  static constexpr int kClasses = kMaxShift - kMinShift + 1;

  // Before every block: its size class, or kLarge.
  struct alignas(std::max_align_t) Tag {
    std::size_t size_class;
  };
  static constexpr std::size_t kLarge = ~std::size_t{0};
  // Before a large block's tag: its links in the list of live large blocks.
  struct alignas(std::max_align_t) Links {
    Links* prev;
    Links* next;
  };
  struct Chunk {
    Chunk* next;
  };
  struct FreeBlock {
    FreeBlock* next;
  };

  static void* Allocate(void* self, std::size_t size);
  static void Deallocate(void* self, void* ptr);
  void* NewChunkBlock(std::size_t bytes);

  FreeBlock* free_[kClasses] = {};
  Chunk* chunks_ = nullptr;
  char* next_ = nullptr;  // the unused rest of the newest chunk
  std::size_t left_ = 0;
  std::size_t next_chunk_ = 16 << 10;  // grows to kMaxChunk
  Links large_{&large_, &large_};
};

}  // namespace pith

#endif  // PITH_PARSE_GUMBO_MEMORY_H_
