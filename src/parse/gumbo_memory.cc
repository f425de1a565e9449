#include "parse/gumbo_memory.h"

#include <cstdint>
#include <cstdlib>
#include <new>

namespace pith {
namespace {

constexpr std::size_t kMaxChunk = 1 << 20;

// gumbo has no way to fail an allocation, so out of memory unwinds through
// it (its objects are built with unwind tables) to the parse's caller,
// where this object frees everything gumbo had: gumbo keeps no state of
// its own between parses.
void* MallocOrThrow(std::size_t bytes) {
  void* p = std::malloc(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace

GumboMemory::~GumboMemory() {
  for (Chunk* c = chunks_; c;) {
    Chunk* next = c->next;
    std::free(c);
    c = next;
  }
  for (Links* l = large_.next; l != &large_;) {
    Links* next = l->next;
    std::free(l);
    l = next;
  }
}

void GumboMemory::Use(GumboOptions& options) {
  options.allocator = &GumboMemory::Allocate;
  options.deallocator = &GumboMemory::Deallocate;
  options.userdata = this;
}

void* GumboMemory::NewChunkBlock(std::size_t bytes) {
  if (left_ < bytes) {
    // The rest of the old chunk is left unused (less than one block).
    const std::size_t header = sizeof(std::max_align_t) > sizeof(Chunk) ? sizeof(std::max_align_t) : sizeof(Chunk);
    auto* chunk = static_cast<Chunk*>(MallocOrThrow(header + next_chunk_));
    chunk->next = chunks_;
    chunks_ = chunk;
    next_ = reinterpret_cast<char*>(chunk) + header;
    left_ = next_chunk_;
    if (next_chunk_ < kMaxChunk) next_chunk_ *= 2;
  }
  void* p = next_;
  next_ += bytes;
  left_ -= bytes;
  return p;
}

void* GumboMemory::Allocate(void* self, std::size_t size) {
  auto* memory = static_cast<GumboMemory*>(self);
  const std::size_t bytes = sizeof(Tag) + size;
  if (bytes > (std::size_t{1} << kMaxShift)) {
    if (size > SIZE_MAX / 2) throw std::bad_alloc();  // no overflow below
    auto* links = static_cast<Links*>(MallocOrThrow(sizeof(Links) + bytes));
    links->prev = &memory->large_;
    links->next = memory->large_.next;
    memory->large_.next->prev = links;
    memory->large_.next = links;
    auto* tag = reinterpret_cast<Tag*>(links + 1);
    tag->size_class = kLarge;
    return tag + 1;
  }
  std::size_t size_class = 0;
  while ((std::size_t{1} << (kMinShift + size_class)) < bytes) ++size_class;
  Tag* tag;
  if (FreeBlock* block = memory->free_[size_class]) {
    memory->free_[size_class] = block->next;
    tag = reinterpret_cast<Tag*>(block);
  } else {
    tag = static_cast<Tag*>(memory->NewChunkBlock(std::size_t{1} << (kMinShift + size_class)));
  }
  tag->size_class = size_class;
  return tag + 1;
}

void GumboMemory::Deallocate(void* self, void* ptr) {
  if (!ptr) return;
  auto* memory = static_cast<GumboMemory*>(self);
  Tag* tag = static_cast<Tag*>(ptr) - 1;
  if (tag->size_class == kLarge) {
    Links* links = reinterpret_cast<Links*>(tag) - 1;
    links->prev->next = links->next;
    links->next->prev = links->prev;
    std::free(links);
    return;
  }
  const std::size_t size_class = tag->size_class;
  auto* block = reinterpret_cast<FreeBlock*>(tag);  // over the tag
  block->next = memory->free_[size_class];
  memory->free_[size_class] = block;
}

}  // namespace pith
