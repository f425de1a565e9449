#include "parse/gumbo_memory.h"

#include <gtest/gtest.h>
#include <malloc.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "memory_limit.h"

namespace pith {
namespace {

std::string Nested(int depth) {
  std::string html = "<svg>";
  for (int i = 0; i < depth; ++i) html += "<g>";
  return html;
}

std::size_t Depth(const GumboNode* node) {
  std::size_t depth = 0;
  while (node->type == GUMBO_NODE_ELEMENT && node->v.element.children.length > 0) {
    const GumboVector& kids = node->v.element.children;
    node = static_cast<const GumboNode*>(kids.data[kids.length - 1]);
    ++depth;
  }
  return depth;
}

TEST(GumboMemory, ReleasesATreeTooDeepForGumbosOwnDestroy) {
  // gumbo_destroy_output recursed once per level and crashed on this tree.
  const std::string html = Nested(600000);
  GumboMemory memory;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  memory.Use(options);
  const GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  EXPECT_EQ(Depth(out->root), 2 + 600000u);  // html > body > svg > g...
}

TEST(GumboMemory, ParsesAndReleasesOrdinaryPages) {
  // The parser frees its temporary buffers as it goes; the rest goes with
  // `memory` (the sanitizer build checks for leaks and double frees).
  for (int round = 0; round < 3; ++round) {
    GumboMemory memory;
    GumboOptions options = kGumboDefaultOptions;
    memory.Use(options);
    std::string html = "<!DOCTYPE html><title>t</title><p class=a id=b>one<p>two &amp; <b>three</p>";
    for (int i = 0; i < 1000; ++i) html += "<div data-x=\"" + std::to_string(i) + "\">text " + std::to_string(i) + "</div>";
    const GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(out->root->v.element.children.length, 2u);  // head, body
  }
}

TEST(GumboMemory, ReusesFreedSmallBlocksAndKeepsBlocksApart) {
  GumboMemory memory;
  GumboOptions options = kGumboDefaultOptions;
  memory.Use(options);
  auto alloc = [&](std::size_t n) { return static_cast<char*>(options.allocator(options.userdata, n)); };
  auto release = [&](void* p) { options.deallocator(options.userdata, p); };

  char* a = alloc(40);
  char* b = alloc(40);
  EXPECT_NE(a, b);
  std::memset(a, 'a', 40);
  std::memset(b, 'b', 40);
  release(a);
  char* c = alloc(33);  // the same size class: the freed block again
  EXPECT_EQ(c, a);
  EXPECT_EQ(std::string(b, 40), std::string(40, 'b'));
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(c) % alignof(std::max_align_t), 0u);
  release(nullptr);

  // Blocks of every size, large ones included, written in full and freed
  // in another order (the sanitizer build checks the large ones).
  std::vector<std::pair<char*, std::size_t>> blocks;
  for (std::size_t n = 1; n < (1 << 20); n = n * 3 + 1) {
    char* p = alloc(n);
    std::memset(p, static_cast<int>(n & 0x7F), n);
    blocks.emplace_back(p, n);
  }
  for (const auto& [p, n] : blocks) {
    EXPECT_EQ(std::string(p, n), std::string(n, static_cast<char>(n & 0x7F))) << n;
  }
  for (std::size_t i = 0; i < blocks.size(); i += 2) release(blocks[i].first);
  release(b);
  release(c);
  // The rest goes with `memory`.
}

std::size_t MallocInUse() {
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

TEST(GumboMemory, OutOfMemoryUnwindsThroughGumboAndFreesEverything) {
  if (!testing::kAddressSpaceLimitWorks) GTEST_SKIP() << "no address-space limit under AddressSanitizer";
  std::string flood;
  for (int i = 0; i < 1000000; ++i) flood += "<p>a";  // some 300 MB in gumbo
  const std::string page = "<title>t</title><p>one<p>two";
  const int code = testing::RunWithHeadroom(std::size_t{48} << 20, [&] {
    const std::size_t before = MallocInUse();
    try {
      GumboMemory memory;
      GumboOptions options = kGumboDefaultOptions;
      memory.Use(options);
      gumbo_parse_with_options(&options, flood.data(), flood.size());
      return 1;  // it should not have fitted
    } catch (const std::bad_alloc&) {
    }
    if (MallocInUse() > before + (std::size_t{1} << 20)) return 2;  // gumbo's memory went with `memory`
    // The next parse works as if nothing had happened.
    GumboMemory memory;
    GumboOptions options = kGumboDefaultOptions;
    memory.Use(options);
    const GumboOutput* out = gumbo_parse_with_options(&options, page.data(), page.size());
    return out->root->v.element.children.length == 2 ? 0 : 3;
  });
  EXPECT_EQ(code, 0);
}

}  // namespace
}  // namespace pith
