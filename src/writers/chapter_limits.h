// How many chapters an episode can carry. Opus and Vorbis comments number
// chapters CHAPTER001 .. CHAPTER999; an ID3 table of contents (CTOC) lists
// at most 255 entries, so no chapter may have more than 255 children, and
// the top level no more than 255 chapters.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace narra {

constexpr std::size_t kMaxChapters = 999;
constexpr std::size_t kMaxChaptersInOneList = 255;

// What keeps chapters of these nesting levels (in order; 0 at the top, as in
// ScriptChapter::level) from making an episode, such as "has 400 chapters at
// its top level, more than the 255 an ID3 table of contents lists"; empty
// when they fit.
std::string chapter_limit_problem(const std::vector<int>& levels);

}  // namespace narra
