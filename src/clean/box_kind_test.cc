#include "clean/box_kind.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

Element Box(std::string_view cls, std::string_view id = {}, Tag tag = Tag::kDiv) {
  Element e;
  e.tag = tag;
  e.cls = cls;
  e.id = id;
  return e;
}

TEST(IsPerBoxClass, GeneratedKeys) {
  EXPECT_TRUE(IsPerBoxClass("elementor-element-a77952e"));
  EXPECT_TRUE(IsPerBoxClass("id-Z7_J8HC1841OGM450QST9UK4B0O86"));
}

// A record's number names the record, not the box: the next post in an
// endless column carries its own, and is another article.
TEST(IsPerBoxClass, RecordNumbersAreNoKey) {
  EXPECT_FALSE(IsPerBoxClass("post-12345"));
  EXPECT_FALSE(SameBoxKind(Box("post-12345 post type-post hentry"), Box("post-12346 post type-post hentry")));
}

TEST(IsPerBoxClass, KindNames) {
  EXPECT_FALSE(IsPerBoxClass("col-lg-8"));
  EXPECT_FALSE(IsPerBoxClass("mb-4"));
  EXPECT_FALSE(IsPerBoxClass("elementor-widget-text-editor"));
  EXPECT_FALSE(IsPerBoxClass("h-100"));
  EXPECT_FALSE(IsPerBoxClass(""));
}

TEST(OneStateApart, OneMoreClassOnOneBox) {
  EXPECT_TRUE(OneStateApart(Box("rich-text w-richtext"), Box("rich-text w-dyn-bind-empty w-richtext")));
  EXPECT_TRUE(OneStateApart(Box("widget_root widget_isFirst"), Box("widget_root")));
  // Two more, another name, another tag, or nothing in common: no.
  EXPECT_FALSE(OneStateApart(Box("rich-text"), Box("rich-text is-first is-open")));
  EXPECT_FALSE(OneStateApart(Box("rich-text intro"), Box("rich-text outro")));
  EXPECT_FALSE(OneStateApart(Box("rich-text"), Box("rich-text is-first", {}, Tag::kSection)));
  EXPECT_FALSE(OneStateApart(Box(""), Box("rich-text")));
}

TEST(SameBoxKind, ClassesThatDifferInAKeyOnly) {
  EXPECT_TRUE(SameBoxKind(Box("elementor-element elementor-element-dbec0eb elementor-widget"),
                          Box("elementor-widget elementor-element elementor-element-a77952e")));
}

TEST(SameBoxKind, ClassesThatDifferInAKind) {
  EXPECT_FALSE(SameBoxKind(Box("elementor-element elementor-element-dbec0eb elementor-widget-text-editor"),
                           Box("elementor-element elementor-element-a77952e elementor-widget-button")));
  EXPECT_FALSE(SameBoxKind(Box("col-8"), Box("col-4")));
}

TEST(SameBoxKind, OnlyOneBoxNamed) {
  EXPECT_FALSE(SameBoxKind(Box("ssr-variant"), Box("ssr-variant hidden-iskh3m")));
}

TEST(SameBoxKind, KeysAloneSayNothing) {
  EXPECT_FALSE(SameBoxKind(Box("css-1q2w3e4"), Box("css-9z8x7c6")));
}

TEST(SameBoxKind, SameClassSameKind) { EXPECT_TRUE(SameBoxKind(Box("entry-content"), Box("entry-content"))); }

TEST(SameBoxKind, OtherTagOtherKind) {
  EXPECT_FALSE(SameBoxKind(Box("entry-content"), Box("entry-content", {}, Tag::kSection)));
}

TEST(SameBoxKind, UnclassedBoxesByTheirId) {
  EXPECT_TRUE(SameBoxKind(Box("", "post-text"), Box("", "post-text")));
  EXPECT_FALSE(SameBoxKind(Box("", "post-text"), Box("", "sidebar")));
  EXPECT_FALSE(SameBoxKind(Box(""), Box("")));
}

TEST(OneKindApart, OneBuilderFamily) {
  const auto apart = [](std::string_view a, std::string_view b) { return OneKindApart(KindNamesOf(a), KindNamesOf(b)); };
  EXPECT_TRUE(apart("elementor-element elementor-widget elementor-widget-text-editor",
                    "elementor-element elementor-widget elementor-widget-icon-list"));
  EXPECT_FALSE(apart("elementor-widget-text-editor", "elementor-widget-icon-list"));
  EXPECT_FALSE(apart("entry-content post", "sidebar widget"));
  EXPECT_FALSE(apart("entry-content post", "entry-content post"));
  // The names are sorted: their order in the class value does not count.
  EXPECT_TRUE(apart("elementor-widget elementor-widget-text-editor", "elementor-widget-icon-list elementor-widget"));
}

}  // namespace
}  // namespace pith
