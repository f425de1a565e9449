#include "patterns/pattern.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "memory_limit.h"

namespace pith {
namespace {

TEST(Loosened, LetterClassesAndBoundsGiveWay) {
  EXPECT_EQ(Loosened("\\p{Lu}[\\p{L}.'-]*[\\p{Lu}\\d]"),
            "[A-Z\\x{80}-\\x{10FFFF}][A-Za-z\\x{80}-\\x{10FFFF}.'-]*[A-Z\\x{80}-\\x{10FFFF}\\d]");
  EXPECT_EQ(Loosened("(\\p{Ll})[\\p{Ll}\\d]"), "([a-z\\x{80}-\\x{10FFFF}])[a-z\\x{80}-\\x{10FFFF}\\d]");
  EXPECT_EQ(Loosened("[^.:]{2,60}$|x{3}|\\x{e9}|a\\{1,2}"), "[^.:]{2,}$|x{3}|\\x{e9}|a\\{1,2}");
}

TEST(CheckedPattern, ReplacesAsThePatternAsWritten) {
  const CheckedPattern glued("(\\p{Ll})(Posted)");
  std::string s = "Jane RoePosted and J\u00e9r\u00f4mePosted, ROEPosted";
  EXPECT_EQ(glued.GlobalReplace(&s, "\\1 \\2"), 2);
  EXPECT_EQ(s, "Jane Roe Posted and J\u00e9r\u00f4me Posted, ROEPosted");
  // The loose form matches "\u00c9Posted" (any non-ASCII letter), the pattern does not.
  s = "ROE\u00c9Posted";
  EXPECT_EQ(glued.GlobalReplace(&s, "\\1 \\2"), 0);
  EXPECT_FALSE(glued.Replace(&s, "\\1 \\2"));
  EXPECT_EQ(s, "ROE\u00c9Posted");
  const CheckedPattern section("(?:^|\\s)in\\s+\\p{Lu}.*$");
  s = "Jane Roe in Growth";
  EXPECT_TRUE(section.Replace(&s, ""));
  EXPECT_EQ(s, "Jane Roe");
}

TEST(LeadSplitPattern, TriesTheWideFormOnlyOnTextOpeningOutsideAscii) {
  const LeadSplitPattern label("^(?:by|von)\\s+", "^(?:\u8a18\u8005|\uae30\uc790)\\s*", CaseInsensitive());
  re2::StringPiece in("By Jane Roe");
  EXPECT_TRUE(label.Consume(&in));
  EXPECT_EQ(in, "Jane Roe");
  in = "\u8a18\u8005 \u738b\u5c0f\u660e";
  EXPECT_TRUE(label.Consume(&in));
  EXPECT_EQ(in, "\u738b\u5c0f\u660e");
  // A failed match leaves the text where it was.
  in = "Jane Roe \u8a18\u8005";
  EXPECT_FALSE(label.Consume(&in));
  EXPECT_EQ(in, "Jane Roe \u8a18\u8005");
  EXPECT_TRUE(label.PartialMatch("VON Anna M\u00fcller"));
  EXPECT_TRUE(label.PartialMatch("\uae30\uc790 \ud64d\uae38\ub3d9"));
  EXPECT_FALSE(label.PartialMatch("Anna \uae30\uc790"));
  EXPECT_FALSE(label.PartialMatch(""));
}

TEST(LeadSplitPattern, TriesTheGatedFormOnlyOnTextHoldingAGateWord) {
  static constexpr std::string_view kGate[] = {"reporter"};
  const LeadSplitPattern label("^by\\s+", "^\u8a18\u8005\\s*", CaseInsensitive(),
                               {.pattern = "^(?:staff|senior)\\s+reporter\\s+", .words = kGate});
  re2::StringPiece in("Staff Reporter Kate Morris");
  EXPECT_TRUE(label.Consume(&in));
  EXPECT_EQ(in, "Kate Morris");
  EXPECT_TRUE(label.PartialMatch("senior reporter Paul Ames"));
  EXPECT_TRUE(label.PartialMatch("By Jane Roe"));
  // The gate word is there, the form is not: nothing matches.
  EXPECT_FALSE(label.PartialMatch("Reporter of the year"));
  // A line as long as the bound, its gate word in capitals, is tried.
  const std::string lead = "Staff REPORTER Kate Morris ";
  EXPECT_TRUE(label.PartialMatch(lead + std::string(LeadSplitPattern::kGatedTextMaxBytes - lead.size(), 'x')));
  // Nor on a text longer than a line of names: a sentence opening with a role.
  const std::string sentence = "Senior reporter Paul Ames said" + std::string(LeadSplitPattern::kGatedTextMaxBytes, '.');
  EXPECT_FALSE(label.PartialMatch(sentence));
}

// Takes the address space left, in blocks, and gives `spare` bytes back.
std::vector<void*> TakeAllMemoryBut(std::size_t spare) {
  constexpr std::size_t kBlock = 4096;
  std::vector<void*> blocks;
  blocks.reserve(std::size_t{1} << 16);
  while (blocks.size() < blocks.capacity()) {
    void* p = std::malloc(kBlock);
    if (!p) break;
    blocks.push_back(p);
  }
  for (std::size_t freed = 0; freed < spare && !blocks.empty(); freed += kBlock) {
    std::free(blocks.back());
    blocks.pop_back();
  }
  return blocks;
}

TEST(CompileWithReserve, ACompileShortOfMemoryFailsWithoutAWord) {
  if (!testing::kAddressSpaceLimitWorks) GTEST_SKIP() << "no address-space limit under AddressSanitizer";
  // Short to parse, long to write out: RE2 expands the repeat while it
  // walks the pattern, in the code that wrote on stderr.
  const std::string repeat = "(?:\\p{L}+[\\p{Lu}\\d]\\s){1,40}";
  char err_name[] = "/tmp/pith-compile-XXXXXX";
  const int err = mkstemp(err_name);
  ASSERT_GE(err, 0);
  const int code = testing::RunWithHeadroom(std::size_t{64} << 20, [&] {
    CompileWithReserve([] {});  // sets the reserve aside
    if (dup2(err, STDERR_FILENO) < 0) return 10;
    const LazyPattern big(repeat);
    const std::vector<void*> taken = TakeAllMemoryBut(std::size_t{64} << 10);
    try {
      static_cast<void>(static_cast<const RE2&>(big));
      return 1;  // it should not have fitted in 64 KB
    } catch (const std::bad_alloc&) {
    } catch (...) {
      return 3;
    }
    for (void* p : taken) std::free(p);
    // With the memory back, the same pattern compiles.
    return static_cast<const RE2&>(big).ok() ? 0 : 2;
  });
  struct stat written {};
  fstat(err, &written);
  close(err);
  unlink(err_name);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(written.st_size, 0) << "RE2 wrote on stderr";
}

TEST(LazyPattern, CompilesOnceOnFirstUseFromAnyThread) {
  const LazyPattern credit("\\((?:photo|credit)s?: [^()]+\\)$", CaseInsensitive());
  const RE2* seen[2] = {nullptr, nullptr};
  std::thread a([&] { seen[0] = &static_cast<const RE2&>(credit); });
  std::thread b([&] { seen[1] = &static_cast<const RE2&>(credit); });
  a.join();
  b.join();
  EXPECT_EQ(seen[0], seen[1]);
  EXPECT_EQ(seen[0], &static_cast<const RE2&>(credit));
  EXPECT_TRUE(seen[0]->ok());
}

TEST(PatternList, ALooseFormIsCheckedAgainstThePatternMeant) {
  PatternList list;
  list.patterns = {{"loose", "a.*", "ab+"}, {"other", "a.*"}};
  list.anchor = RE2::ANCHOR_BOTH;
  EXPECT_STREQ(list.MatchFirst("abb"), "loose");
  EXPECT_STREQ(list.MatchFirst("ac"), "other");
  EXPECT_EQ(list.MatchFirst("x"), nullptr);
  PatternList alone;
  alone.patterns = {{"loose", "a.*", "ab+"}};
  alone.anchor = RE2::ANCHOR_BOTH;
  EXPECT_EQ(alone.MatchFirst("ac"), nullptr);
}

TEST(PatternList, KeepsItsOrderAcrossPatternsLedByAnyText) {
  PatternList list;
  list.patterns = {{"broken", "(unclosed"},   {"word b", "^.*b.*$"}, {"a first", "^a.*$"},
                   {"word c", "^.*c.*$"},     {"letters", "^[a-z]+$"}};
  list.anchor = RE2::ANCHOR_BOTH;
  list.Compile();
  list.Compile();
  EXPECT_STREQ(list.MatchFirst("abc"), "word b");  // the broken pattern keeps its index and never matches
  EXPECT_STREQ(list.MatchFirst("ac"), "a first");
  EXPECT_STREQ(list.MatchFirst("xc"), "word c");
  EXPECT_STREQ(list.MatchFirst("xy"), "letters");
  EXPECT_EQ(list.MatchFirst("x1"), nullptr);
  PatternList anywhere_only;
  anywhere_only.patterns = {{"word b", "^.*b.*$"}};
  EXPECT_STREQ(anywhere_only.MatchFirst("abc"), "word b");
  EXPECT_EQ(anywhere_only.MatchFirst("ac"), nullptr);
}

TEST(PatternOptions, ErrorsUnloggedInOneCaseOrAny) {
  EXPECT_TRUE(CaseSensitive().case_sensitive());
  EXPECT_FALSE(CaseSensitive().log_errors());
  EXPECT_FALSE(CaseInsensitive().case_sensitive());
  EXPECT_FALSE(CaseInsensitive().log_errors());
}

// A search falling back from RE2's DFA is logged to stderr unless the
// options say not to; a batch of text copies printed dozens of such lines.
TEST(PatternOptions, PatternsBuiltWithoutOptionsLogNothing) {
  const LazyPattern plain("a+");
  EXPECT_FALSE(static_cast<const RE2&>(plain).options().log_errors());
  const CheckedPattern checked("\\p{Lu}a+");
  EXPECT_FALSE(static_cast<const RE2&>(checked.Exact()).options().log_errors());
  EXPECT_FALSE(static_cast<const RE2&>(checked.Loose()).options().log_errors());
}

TEST(CheckedPattern, TheLooseFormFirstThePatternAsWrittenDecides) {
  const CheckedPattern name("\\p{Lu}[a-z]{2,3}");
  EXPECT_TRUE(name.FullMatch("Ann"));
  EXPECT_TRUE(name.FullMatch("\xC3\x89va"));   // É: upper case, not ASCII
  EXPECT_FALSE(name.FullMatch("\xC3\xA9va"));  // é: the loose form matches, the pattern does not
  EXPECT_FALSE(name.FullMatch("Annabel"));       // past the bound the loose form drops
  EXPECT_TRUE(name.PartialMatch("by Ann."));
}

TEST(CheckedPattern, ConsumesAsThePatternAsWritten) {
  const CheckedPattern place("\\p{Lu}[a-z]{0,3}\\s+-\\s+");
  re2::StringPiece in("Rome - By Ann");
  EXPECT_TRUE(place.Consume(&in));
  EXPECT_EQ(in, "By Ann");
  re2::StringPiece lower("\xC3\xA9va - By Ann");  // the loose form matches, the pattern does not
  EXPECT_FALSE(place.Consume(&lower));
  EXPECT_EQ(lower, "\xC3\xA9va - By Ann");
  re2::StringPiece long_word("Romania - By Ann");  // past the bound the loose form drops
  EXPECT_FALSE(place.Consume(&long_word));
}

TEST(AnyCasePattern, SeesTheTextLowercased) {
  const AnyCasePattern label("mis \xC3\xA0 jour");
  EXPECT_TRUE(label.FullMatch("MIS \xC3\x80 JOUR"));
  EXPECT_TRUE(label.PartialMatch("Mis \xC3\xA0 jour le 3 mai"));
  EXPECT_TRUE(label.PartialMatchLower("mis \xC3\xA0 jour"));
  EXPECT_FALSE(label.PartialMatchLower("MIS \xC3\x80 JOUR"));
  EXPECT_TRUE(static_cast<const RE2&>(label.Compiled()).options().case_sensitive());
}

TEST(ClassPattern, MatchesAClassValueInAnyCase) {
  const ClassPattern share("(?:^|\\s)share(?:$|\\s)");
  EXPECT_TRUE(share.Matches("post SHARE"));
  EXPECT_TRUE(share.MatchesLower("share"));
  EXPECT_FALSE(share.MatchesLower("SHARE"));
  EXPECT_FALSE(share.Matches("shares"));
}

TEST(PageClassMatches, AnswersAsThePatternForEachValueAskedAgain) {
  const ClassPattern share("(?:^|\\s)share(?:$|\\s)");
  PageClassMatches page(share);
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(page.Matches("post SHARE"));
    EXPECT_FALSE(page.Matches("shares"));
    EXPECT_TRUE(page.Matches("share"));
    EXPECT_FALSE(page.Matches(""));
  }
}

TEST(Pattern, PatternSpaceIsWhatBackslashSReads) {
  for (char c : std::string_view(" \t\n\f\r\va\xA0", 8)) {
    EXPECT_EQ(IsPatternSpace(c), RE2::FullMatch(std::string(1, c), "\\s")) << static_cast<int>(c);
  }
}

}  // namespace
}  // namespace pith
