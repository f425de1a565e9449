#include "gumbo_memory.h"

#include <cstdlib>

namespace pith {

GumboMemory::~GumboMemory() {
  for (Header* h = live_.next; h != &live_;) {
    Header* next = h->next;
    std::free(h);
    h = next;
  }
}

void GumboMemory::Use(GumboOptions& options) {
  options.allocator = &GumboMemory::Allocate;
  options.deallocator = &GumboMemory::Deallocate;
  options.userdata = this;
}

void* GumboMemory::Allocate(void* self, std::size_t size) {
  auto* memory = static_cast<GumboMemory*>(self);
  auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + size));
  // gumbo has no way to fail an allocation: out of memory ends the process
  // here rather than in a null dereference inside gumbo.
  if (!h) std::abort();
  h->prev = &memory->live_;
  h->next = memory->live_.next;
  memory->live_.next->prev = h;
  memory->live_.next = h;
  return h + 1;
}

void GumboMemory::Deallocate(void*, void* ptr) {
  if (!ptr) return;
  Header* h = static_cast<Header*>(ptr) - 1;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  std::free(h);
}

}  // namespace pith
