// Google Benchmark micro-benchmarks, one per stage of Extract(), over a
// corpus of pages (bytes per second is the figure to compare), plus the
// whole of Extract() on synthetic pages from 10 KB to 50 MB, whose
// bytes per second should not fall as pages grow.
//
// The corpus: every .html file below $PITH_BENCH_PAGES, else the
// benchmark's article pages next to the checkout (../shared/bench/body/
// pages), else the fixtures. Built with -DPITH_BENCH=ON; never part of the
// test run. bench/speed runs it with --micro.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clean/clean.h"
#include "clean/confidence.h"
#include "parse/document.h"
#include "emit/emit.h"
#include "parse/encoding.h"
#include "patterns/heuristics.h"
#include "parse/html_parse.h"
#include "parse/input.h"
#include "metadata/metadata.h"
#include "pith/pith.h"
#include "synthetic_page.h"

namespace pith {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

fs::path CorpusDir() {
  if (const char* dir = std::getenv("PITH_BENCH_PAGES"); dir && *dir) return dir;
  const fs::path shared = fs::path(PITH_SOURCE_DIR) / ".." / "shared" / "bench" / "body" / "pages";
  std::error_code ec;
  if (fs::is_directory(shared, ec)) return shared;
  return fs::path(PITH_SOURCE_DIR) / "fixtures";
}

// Every stage's input, prepared once: raw bytes, UTF-8 text, parsed and
// cleaned documents.
struct Page {
  std::string bytes;
  std::string utf8;
  Document doc;        // parsed, not yet cleaned
  Document marked;     // after MarkElements
  Selection selection; // FindArticle on `marked`
  Article article;     // after metadata and emit
};

struct Corpus {
  std::vector<Page> pages;
  std::int64_t bytes = 0;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::vector<fs::path> paths;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(CorpusDir(), ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".html") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      Page p;
      p.bytes = ReadFile(path);
      p.utf8 = DecodeToUtf8(p.bytes, "").text;
      p.doc = ParseHtml(p.utf8);
      p.marked = p.doc;
      MarkElements(p.marked);
      p.selection = FindArticle(p.marked);
      Selection sel = p.selection;
      MarkMetadataBlocks(ReadMetadata(p.marked, Options{}, sel, p.article), sel);
      p.article.blocks = BuildBodyBlocks(p.marked, sel, "");
      p.article.body = JoinBody(p.article.blocks);
      c->bytes += static_cast<std::int64_t>(p.bytes.size());
      c->pages.push_back(std::move(p));
    }
    benchmark::AddCustomContext("corpus", CorpusDir().string() + " (" + std::to_string(c->pages.size()) +
                                              " pages, " + std::to_string(c->bytes) + " bytes)");
    return c;
  }();
  return *corpus;
}

void Finish(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * GetCorpus().bytes);
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * static_cast<double>(GetCorpus().pages.size()),
                                                 benchmark::Counter::kIsRate);
}

// Sniffing and decoding to UTF-8.
void BM_Encoding(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      benchmark::DoNotOptimize(SniffBytes(p.bytes));
      Decoded d = DecodeToUtf8(p.bytes, "");
      benchmark::DoNotOptimize(SniffMarkup(d.text));
      benchmark::DoNotOptimize(d);
    }
  }
  Finish(state);
}
BENCHMARK(BM_Encoding)->Unit(benchmark::kMillisecond);

// gumbo and the walk that builds the Document (and frees it).
void BM_Parse(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      Document doc = ParseHtml(p.utf8);
      benchmark::DoNotOptimize(doc);
    }
  }
  Finish(state);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

// Copying a Document, which BM_Clean has to do: subtract it.
void BM_CleanCopyOnly(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      Document doc = p.doc;
      benchmark::DoNotOptimize(doc);
    }
  }
  Finish(state);
}
BENCHMARK(BM_CleanCopyOnly)->Unit(benchmark::kMillisecond);

// Marking elements by class and tag, then choosing the article.
void BM_Clean(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      Document doc = p.doc;
      MarkElements(doc);
      Selection sel = FindArticle(doc);
      benchmark::DoNotOptimize(sel);
    }
  }
  Finish(state);
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

void BM_Metadata(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      Selection sel = p.selection;
      Article article;
      ReadMetadata(p.marked, Options{}, sel, article);
      benchmark::DoNotOptimize(article);
    }
  }
  Finish(state);
}
BENCHMARK(BM_Metadata)->Unit(benchmark::kMillisecond);

// The body's blocks and text, the confidence, and the JSON.
void BM_Emit(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const Page& p : corpus.pages) {
      Article article = p.article;
      article.blocks = BuildBodyBlocks(p.marked, p.selection, "");
      article.body = JoinBody(article.blocks);
      article.confidence = Confidence(MeasureConfidence(p.marked, p.selection));
      benchmark::DoNotOptimize(ToJson(article));
    }
  }
  Finish(state);
}
BENCHMARK(BM_Emit)->Unit(benchmark::kMillisecond);

// All of Extract(); with the argument 1, with Options::explain set (its
// cost when off should be nothing: compare with BM_Extract/0 of a build
// without explain).
void BM_Extract(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  Options options;
  options.explain = state.range(0) != 0;
  for (auto _ : state) {
    for (const Page& p : corpus.pages) benchmark::DoNotOptimize(Extract(p.bytes, options));
  }
  Finish(state);
}
BENCHMARK(BM_Extract)->Arg(0)->Arg(1)->ArgName("explain")->Unit(benchmark::kMillisecond);

// One synthetic page of the given size: bytes per second should stay flat
// from 10 KB to 50 MB.
void BM_ExtractSynthetic(benchmark::State& state) {
  const std::string page = bench::SyntheticPage(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(Extract(page));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(page.size()));
}
BENCHMARK(BM_ExtractSynthetic)
    ->ArgName("bytes")
    ->Arg(10 << 10)
    ->Arg(100 << 10)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(50 << 20)
    ->Unit(benchmark::kMillisecond);

// Compiling pith's patterns, which a one-page run pays once at start-up
// (issue 7's 10 ms target): every single and class pattern, then every
// list as the RE2::Set it becomes.
void BM_CompilePatterns(benchmark::State& state) {
  const std::vector<const RE2*> singles = AllSinglePatterns();
  const std::vector<const ClassPattern*> classes = AllClassPatterns();
  const std::vector<const PatternList*> lists = AllPatternLists();
  for (auto _ : state) {
    if (state.range(0) == 0) {
      for (const RE2* re : singles) RE2 copy(re->pattern(), re->options());
      for (const ClassPattern* c : classes) RE2 copy(c->Compiled().pattern(), c->Compiled().options());
    } else {
      for (const PatternList* list : lists) {
        RE2::Set set(list->options, list->anchor);
        for (const NamedPattern& p : list->patterns) set.Add(p.pattern, nullptr);
        benchmark::DoNotOptimize(set.Compile());
      }
    }
  }
}
BENCHMARK(BM_CompilePatterns)->Arg(0)->Arg(1)->ArgName("lists")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pith

BENCHMARK_MAIN();
