#include "writers/chapter_limits.h"

#include <algorithm>

namespace narra {

std::string chapter_limit_problem(const std::vector<int>& levels) {
  if (levels.size() > kMaxChapters) {
    return "has " + std::to_string(levels.size()) + " chapters, more than the " +
           std::to_string(kMaxChapters) + " an episode numbers";
  }
  // The open chain of ancestors, each with the children counted so far; the
  // top level is the root's children.
  std::vector<std::pair<int, std::size_t>> open{{-1, 0}};
  for (int level : levels) {
    while (open.size() > 1 && open.back().first >= level) open.pop_back();
    if (++open.back().second > kMaxChaptersInOneList) {
      return std::string("has more than ") + std::to_string(kMaxChaptersInOneList) + " chapters " +
             (open.size() == 1 ? "at its top level" : "under one chapter") +
             ", more than an ID3 table of contents lists";
    }
    open.emplace_back(level, 0);
  }
  return {};
}

}  // namespace narra
