#include "cli/body_diff.h"

#include <algorithm>
#include <map>

#include "util/text_util.h"

namespace pith {

namespace {

constexpr std::size_t kShingle = 4;
// Beyond this many cells, the diff compares paragraphs position by position
// instead of by longest common subsequence.
constexpr std::size_t kMaxDiffCells = std::size_t{4} << 20;

using Shingles = std::map<std::vector<std::string_view>, std::size_t>;

Shingles CountShingles(const std::vector<std::string_view>& tokens) {
  Shingles shingles;
  if (tokens.empty()) return shingles;
  if (tokens.size() < kShingle) {
    ++shingles[tokens];
    return shingles;
  }
  for (std::size_t i = 0; i + kShingle <= tokens.size(); ++i) {
    ++shingles[std::vector<std::string_view>(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                              tokens.begin() + static_cast<std::ptrdiff_t>(i + kShingle))];
  }
  return shingles;
}

std::vector<std::string_view> Paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find("\n\n", start);
    const std::string_view part = Trim(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (!part.empty()) out.push_back(part);
    if (end == std::string_view::npos) break;
    start = end + 2;
  }
  return out;
}

std::string Cut(std::string_view paragraph, std::size_t width) {
  std::size_t i = 0;
  for (std::size_t chars = 0; i < paragraph.size() && chars < width; ++chars) NextCodePoint(paragraph, i);
  std::string out(paragraph.substr(0, i));
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  if (i < paragraph.size()) out += "…";
  return out;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const bool word = IsWordChar(NextCodePoint(text, i));
    if (word && start == std::string_view::npos) start = at;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

double BodyF1(std::string_view expected, std::string_view actual) {
  const std::vector<std::string_view> want = WordTokens(expected), got = WordTokens(actual);
  if (want == got) return 1.0;
  const Shingles a = CountShingles(want), b = CountShingles(got);
  std::size_t shared = 0, total_a = 0, total_b = 0;
  for (const auto& [shingle, n] : a) {
    total_a += n;
    const auto it = b.find(shingle);
    if (it != b.end()) shared += std::min(n, it->second);
  }
  for (const auto& entry : b) total_b += entry.second;
  if (total_a + total_b == 0) return 1.0;
  return 2.0 * static_cast<double>(shared) / static_cast<double>(total_a + total_b);
}

std::string ParagraphDiff(std::string_view expected, std::string_view actual, std::size_t width) {
  const std::vector<std::string_view> a = Paragraphs(expected), b = Paragraphs(actual);
  const std::size_t n = a.size(), m = b.size();
  // ops: '=' both, '-' only in a, '+' only in b; built back to front.
  std::string ops;
  if ((n + 1) * (m + 1) <= kMaxDiffCells) {
    std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] == b[j]) {
        ops += '=', ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops += '-', ++i;
      } else {
        ops += '+', ++j;
      }
    }
  } else {
    for (std::size_t k = 0; k < std::max(n, m); ++k) {
      if (k < n && k < m && a[k] == b[k]) {
        ops += '=';
      } else {
        if (k < n) ops += '-';
        if (k < m) ops += '+';
      }
    }
  }
  if (ops.find_first_not_of('=') == std::string::npos) return "";
  std::string out;
  std::size_t i = 0, j = 0, same = 0;
  auto flush_same = [&] {
    if (same > 0) out += "  (" + std::to_string(same) + (same == 1 ? " paragraph" : " paragraphs") + " the same)\n";
    same = 0;
  };
  for (char op : ops) {
    if (op == '=') {
      ++same, ++i, ++j;
      continue;
    }
    flush_same();
    if (op == '-') out += "- " + Cut(a[i++], width) + "\n";
    if (op == '+') out += "+ " + Cut(b[j++], width) + "\n";
  }
  flush_same();
  return out;
}

}  // namespace pith
