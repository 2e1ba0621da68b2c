#include "synthesis/timeline.h"

#include <algorithm>

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

std::vector<SampleRange> silent_pauses(const Timeline& timeline) {
  std::vector<SampleRange> pauses;
  std::int64_t silent_from = 0;
  for (const SentenceTiming& sentence : timeline.sentences) {
    if (sentence.start > silent_from) pauses.push_back({silent_from, sentence.start - silent_from});
    silent_from = std::max(silent_from, sentence.end);
  }
  if (timeline.total_samples > silent_from) pauses.push_back({silent_from, timeline.total_samples - silent_from});
  return pauses;
}

}  // namespace narra
