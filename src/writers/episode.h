// What every writer needs to know about an episode besides its audio.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/cover_image.h"

namespace narra {

struct EpisodeInfo {
  std::string title;
  std::string author;
  std::string software = "narra " NARRA_VERSION;
  std::string show;         // the podcast's name (album); empty: none
  std::string date;         // ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); empty: none
  std::string description;  // empty: none
  std::string genre = "Podcast";
  CoverImage cover;  // empty data: none
};

// A chapter marker at a writer's own sample rate.
struct Marker {
  std::string title;
  std::int64_t sample = 0;
};

// A chapter in whole milliseconds from the start of the decoded audio
// (after a gapless decoder has removed the encoder's delay).
struct TimedChapter {
  std::string title;
  std::int64_t start_ms = 0;
  std::int64_t end_ms = 0;  // the next chapter's start: chapters never overlap
  // Nesting, as in a digest: 0 at the top; the chapters that follow at a
  // deeper level belong to this one, up to the next at its level or above.
  int level = 0;
};

}  // namespace narra
