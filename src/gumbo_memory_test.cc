#include "gumbo_memory.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace pith
