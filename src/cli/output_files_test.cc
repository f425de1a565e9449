#include "cli/output_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "test_files.h"

namespace pith {
namespace {

using testing::ListFiles;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

// Far above any pid_max: never a running process.
constexpr const char* kDeadPid = "2000000001";

TEST(WriteFileAtomically, WritesAndReplacesLeavingNoTemporaryFile) {
  TempDir dir;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir / "out.json", "first", error)) << error;
  ASSERT_TRUE(WriteFileAtomically(dir / "out.json", "second", error)) << error;
  EXPECT_EQ(ReadFile(dir / "out.json"), "second");
  EXPECT_EQ(ListFiles(dir.path()), std::vector<std::string>{"out.json"});
}

TEST(WriteFileAtomically, MissingDirectoryIsAnError) {
  TempDir dir;
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(dir / "no/out.json", "x", error));
  EXPECT_EQ(error, (dir / "no") + ": No such file or directory");
}

TEST(AtomicFile, NothingAppearsBeforeCommit) {
  TempDir dir;
  std::string error;
  {
    AtomicFile file;
    ASSERT_TRUE(file.Open(dir / "out.jsonl", error)) << error;
    ASSERT_TRUE(file.Write("line 1\n", error));
    EXPECT_TRUE(ListFiles(dir.path()).empty());
  }
  // Dropped without Commit(): no file, no leftovers.
  EXPECT_TRUE(ListFiles(dir.path()).empty());
  AtomicFile file;
  ASSERT_TRUE(file.Open(dir / "out.jsonl", error));
  ASSERT_TRUE(file.Write("line 1\n", error));
  ASSERT_TRUE(file.Write("line 2\n", error));
  ASSERT_TRUE(file.Commit(error)) << error;
  EXPECT_EQ(ReadFile(dir / "out.jsonl"), "line 1\nline 2\n");
}

TEST(OutputDirectory, RemovesTemporaryFilesOfKilledRuns) {
  TempDir dir;
  const std::string dead = kDeadPid, live = std::to_string(getppid());
  WriteFile(dir / "out/a.json", "old");
  WriteFile(dir / ("out/.a.json." + dead + "-3.pith-tmp"), "half");
  WriteFile(dir / ("out/sub/deeper/.b.md." + dead + "-0.pith-tmp"), "half");
  // A run still going (its pid is alive) keeps its own; other names stay.
  WriteFile(dir / ("out/.c.json." + live + "-1.pith-tmp"), "x");
  for (const char* name : {"out/.d.json.pith-tmp", "out/.e.json.12x-1.pith-tmp", "out/f.json.1-1.pith-tmp.bak",
                           "out/.g.json.-1.pith-tmp"}) {
    WriteFile(dir / name, "x");
  }
  // Nothing is removed through a symlink out of the tree.
  WriteFile(dir / ("elsewhere/.h.json." + dead + "-0.pith-tmp"), "x");
  ASSERT_EQ(symlink((dir / "elsewhere").c_str(), (dir / "out/link").c_str()), 0);
  OutputDirectory out;
  std::string error;
  ASSERT_TRUE(out.Open(dir / "out", error)) << error;
  EXPECT_EQ(ListFiles(dir / "out"),
            (std::vector<std::string>{".c.json." + live + "-1.pith-tmp", ".d.json.pith-tmp", ".e.json.12x-1.pith-tmp",
                                      ".g.json.-1.pith-tmp", "a.json", "f.json.1-1.pith-tmp.bak"}));
  EXPECT_EQ(ListFiles(dir / "elsewhere").size(), 1u);
  // A new file and a replaced one leave no temporary file.
  ASSERT_TRUE(out.Write("n.json", "new", error)) << error;
  ASSERT_TRUE(out.Write("a.json", "new", error)) << error;
  EXPECT_EQ(ReadFile(dir / "out/a.json"), "new");
  EXPECT_EQ(ListFiles(dir / "out").size(), 7u);
}

TEST(AtomicFile, RemovesTemporaryFilesOfItsNameOnly) {
  TempDir dir;
  WriteFile(dir / (".out.jsonl." + std::string(kDeadPid) + "-0.pith-tmp"), "half");
  WriteFile(dir / (".other.jsonl." + std::string(kDeadPid) + "-0.pith-tmp"), "half");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir / "out.jsonl", "x", error)) << error;
  EXPECT_EQ(ListFiles(dir.path()),
            (std::vector<std::string>{".other.jsonl." + std::string(kDeadPid) + "-0.pith-tmp", "out.jsonl"}));
}

TEST(OutputDirectory, CreatesDirectoriesAndReportsExisting) {
  TempDir dir;
  OutputDirectory out;
  std::string error;
  ASSERT_TRUE(out.Open(dir / "new/out/", error)) << error;
  EXPECT_FALSE(out.Exists("a/b.json"));
  ASSERT_TRUE(out.Write("a/b.json", "{}\n", error)) << error;
  EXPECT_TRUE(out.Exists("a/b.json"));
  EXPECT_EQ(ReadFile(dir / "new/out/a/b.json"), "{}\n");
  EXPECT_EQ(ListFiles(dir / "new/out"), std::vector<std::string>{"a/b.json"});
}

TEST(OutputDirectory, RefusesPathsThatLeaveTheRoot) {
  TempDir dir;
  OutputDirectory out;
  std::string error;
  ASSERT_TRUE(out.Open(dir / "out", error));
  for (const char* bad : {"../escape.json", "a/../../escape.json", "/etc/escape.json", "a//b.json", "./a.json", ""}) {
    EXPECT_FALSE(out.Write(bad, "x", error)) << bad;
    EXPECT_NE(error.find("unsafe output path"), std::string::npos) << error;
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "escape.json"));
}

TEST(OutputDirectory, NeverWritesThroughSymlinks) {
  TempDir dir;
  std::filesystem::create_directories(dir / "outside");
  std::filesystem::create_directories(dir / "out");
  ASSERT_EQ(symlink((dir / "outside").c_str(), (dir / "out/sub").c_str()), 0);
  ASSERT_EQ(symlink((dir / "outside/target.json").c_str(), (dir / "out/page.json").c_str()), 0);
  OutputDirectory out;
  std::string error;
  ASSERT_TRUE(out.Open(dir / "out", error));
  EXPECT_FALSE(out.Write("sub/page.json", "x", error));
  EXPECT_NE(error.find("symlinks are not followed"), std::string::npos) << error;
  EXPECT_FALSE(out.Exists("page.json"));
  // A symlink at the output's own name is replaced, not written through.
  ASSERT_TRUE(out.Write("page.json", "inside", error)) << error;
  EXPECT_FALSE(std::filesystem::is_symlink(dir / "out/page.json"));
  EXPECT_EQ(ReadFile(dir / "out/page.json"), "inside");
  EXPECT_TRUE(ListFiles(dir / "outside").empty());
}

TEST(IsSafeRelativePath, PlainComponentsOnly) {
  EXPECT_TRUE(IsSafeRelativePath("a/b.c/d.json"));
  EXPECT_TRUE(IsSafeRelativePath("..a/b..json"));
  EXPECT_FALSE(IsSafeRelativePath(".."));
  EXPECT_FALSE(IsSafeRelativePath("a/"));
  EXPECT_FALSE(IsSafeRelativePath(std::string("a\0b", 3)));
}

}  // namespace
}  // namespace pith
