#include "cli/input_walk.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_files.h"

namespace pith {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::vector<std::string> Relatives(const WalkResult& walk) {
  std::vector<std::string> out;
  for (const InputFile& f : walk.files) out.push_back(f.relative);
  return out;
}

TEST(WalkInputs, DirectoryPagesAndArchivesSorted) {
  TempDir dir;
  for (const char* name : {"b.html", "a/z.htm", "a/y.txt.gz", "c.xhtml", "d.HTML", "crawl.warc.gz", "notes.md",
                           "image.png", ".hidden.html", ".git/x.html", "e.html.gz"}) {
    WriteFile(dir / name, "x");
  }
  const WalkResult walk = WalkInputs({dir.path()}, false);
  EXPECT_TRUE(walk.had_directory);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a/y.txt.gz", "a/z.htm", "b.html", "c.xhtml", "crawl.warc.gz",
                                                       "d.HTML", "e.html.gz"}));
  EXPECT_EQ(walk.files[4].kind, InputKind::kWarc);
  EXPECT_EQ(walk.files[2].path, dir / "b.html");
}

TEST(WalkInputs, TheOutputDirectoryIsNeverRead) {
  TempDir dir;
  WriteFile(dir / "in/a.html", "x");
  WriteFile(dir / "in/results/a.txt", "x");     // an earlier run's --format text output
  WriteFile(dir / "in/sub/out/b.txt", "x");
  WalkResult walk = WalkInputs({dir / "in"}, false, DefaultExtensions(), dir / "in/results");
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a.html", "sub/out/b.txt"}));
  ASSERT_EQ(walk.notes.size(), 1u);
  EXPECT_EQ(walk.notes[0], dir / "in/results" + ": skipped, the output directory");
  // Named another way: a trailing slash, "..", a symlink to it.
  ASSERT_EQ(symlink((dir / "in/sub/out").c_str(), (dir / "link").c_str()), 0);
  walk = WalkInputs({dir / "in"}, false, DefaultExtensions(), dir / "in/results/../sub/out/");
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a.html", "results/a.txt"}));
  walk = WalkInputs({dir / "in"}, false, DefaultExtensions(), dir / "link");
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a.html", "results/a.txt"}));
  // An output directory that does not exist yet leaves everything in.
  EXPECT_EQ(WalkInputs({dir / "in"}, false, DefaultExtensions(), dir / "in/new").files.size(), 3u);
}

TEST(WalkInputs, DefaultExtensionsIncludeSavedPagesAndCountTheRest) {
  TempDir dir;
  for (const char* name : {"a.mhtml", "b.MHT", "c.shtml", "d.php", "e", "f.md", ".g.php"}) WriteFile(dir / name, "x");
  const WalkResult walk = WalkInputs({dir.path()}, false);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a.mhtml", "b.MHT", "c.shtml"}));
  EXPECT_EQ(walk.skipped, 3u);  // hidden names are not counted
}

TEST(WalkInputs, ChosenExtensions) {
  TempDir dir;
  for (const char* name : {"a.php", "b.html", "c.PHP.gz", "d", "e.warc"}) WriteFile(dir / name, "x");
  std::vector<std::string> extensions;
  std::string error;
  ASSERT_TRUE(ParseExtensions(" .php, ", extensions, error));
  WalkResult walk = WalkInputs({dir.path()}, false, extensions);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a.php", "c.PHP.gz"}));
  EXPECT_EQ(walk.skipped, 3u);
  ASSERT_TRUE(ParseExtensions("*", extensions, error));
  walk = WalkInputs({dir.path()}, false, extensions);
  EXPECT_EQ(walk.files.size(), 5u);
  EXPECT_EQ(walk.skipped, 0u);
  EXPECT_EQ(walk.files[4].kind, InputKind::kWarc);
  EXPECT_FALSE(ParseExtensions(" , ,", extensions, error));
  EXPECT_EQ(error, "--ext needs at least one extension (html,htm,...) or *");
  EXPECT_FALSE(ParseExtensions("html,a/b", extensions, error));
  ASSERT_TRUE(ParseExtensions("HTML,.Mht", extensions, error));
  EXPECT_EQ(extensions, (std::vector<std::string>{"html", "mht"}));
}

TEST(WalkInputs, ArgumentsKeepTheirOrder) {
  TempDir dir;
  WriteFile(dir / "d/b.html", "x");
  WriteFile(dir / "d/a.html", "x");
  const WalkResult walk = WalkInputs({dir / "z.warc", "-", dir / "d", dir / "missing.html"}, false);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"z.warc", "stdin", "a.html", "b.html", "missing.html"}));
  EXPECT_EQ(walk.files[0].kind, InputKind::kWarc);
  EXPECT_EQ(walk.files[1].kind, InputKind::kStdin);
  EXPECT_EQ(walk.files[4].kind, InputKind::kPage);
}

TEST(WalkInputs, SymlinksLeavingTheRootNeedFollow) {
  TempDir dir;
  WriteFile(dir / "outside/secret.html", "x");
  WriteFile(dir / "root/in.html", "x");
  ASSERT_EQ(symlink((dir / "outside/secret.html").c_str(), (dir / "root/out.html").c_str()), 0);
  ASSERT_EQ(symlink((dir / "outside").c_str(), (dir / "root/outdir").c_str()), 0);
  ASSERT_EQ(symlink("in.html", (dir / "root/alias.html").c_str()), 0);
  ASSERT_EQ(symlink("nowhere.html", (dir / "root/broken.html").c_str()), 0);

  const WalkResult walk = WalkInputs({dir / "root"}, false);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"alias.html", "in.html"}));
  EXPECT_EQ(walk.notes.size(), 3u);

  const WalkResult followed = WalkInputs({dir / "root"}, true);
  EXPECT_EQ(Relatives(followed), (std::vector<std::string>{"alias.html", "in.html", "out.html", "outdir/secret.html"}));
}

TEST(WalkInputs, DirectoryLoopsAreWalkedOnce) {
  TempDir dir;
  WriteFile(dir / "root/a/page.html", "x");
  ASSERT_EQ(symlink("..", (dir / "root/a/up").c_str()), 0);
  const WalkResult walk = WalkInputs({dir / "root"}, true);
  EXPECT_EQ(Relatives(walk), (std::vector<std::string>{"a/page.html"}));
}

TEST(WalkInputs, APathTooLongToOpenIsAnError) {
  // Built (and removed) one level at a time from the last one's
  // descriptor: no path names it whole. The walk says where it stopped.
  TempDir dir;
  const std::string level(200, 'd');
  std::vector<int> fds = {open(dir.path().c_str(), O_RDONLY | O_DIRECTORY)};
  while (fds.size() < PATH_MAX / level.size() + 3) {
    ASSERT_GE(fds.back(), 0);
    ASSERT_EQ(mkdirat(fds.back(), level.c_str(), 0755), 0);
    fds.push_back(openat(fds.back(), level.c_str(), O_RDONLY | O_DIRECTORY));
  }
  const WalkResult walk = WalkInputs({dir.path()}, false);
  for (std::size_t k = fds.size() - 1; k > 0; --k) {
    close(fds[k]);
    unlinkat(fds[k - 1], level.c_str(), AT_REMOVEDIR);
  }
  close(fds[0]);
  EXPECT_TRUE(walk.files.empty());
  ASSERT_EQ(walk.errors.size(), 1u);
  EXPECT_GT(walk.errors[0].path.size(), static_cast<std::size_t>(PATH_MAX));
}

TEST(OutputStem, DropsKnownExtensions) {
  EXPECT_EQ(OutputStem("a/b.html.gz"), "a/b");
  EXPECT_EQ(OutputStem("b.HTM"), "b");
  EXPECT_EQ(OutputStem("crawl.warc.gz"), "crawl");
  EXPECT_EQ(OutputStem("v1.2/page.txt"), "v1.2/page");
  EXPECT_EQ(OutputStem("notes.md"), "notes");
  EXPECT_EQ(OutputStem("README"), "README");
  EXPECT_EQ(OutputStem(".html"), ".html");
}

TEST(IsPageName, Extensions) {
  EXPECT_TRUE(IsPageName("a.xhtml.GZ"));
  EXPECT_FALSE(IsPageName("a.json"));
  EXPECT_FALSE(IsPageName(".html"));
  EXPECT_TRUE(IsWarcName("a.warc"));
  EXPECT_FALSE(IsWarcName("a.warc.html"));
}

}  // namespace
}  // namespace pith
