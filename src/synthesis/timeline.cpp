#include "synthesis/timeline.h"

namespace narra {

std::vector<std::optional<std::size_t>> chapter_parents(const std::vector<ChapterTiming>& chapters) {
  std::vector<std::optional<std::size_t>> parents(chapters.size());
  std::vector<std::size_t> open;  // the chain of ancestors of the chapter being placed
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    while (!open.empty() && chapters[open.back()].level >= chapters[i].level) open.pop_back();
    if (!open.empty()) parents[i] = open.back();
    open.push_back(i);
  }
  return parents;
}

}  // namespace narra
