// What every writer needs to know about an episode besides its audio.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace narra {

struct EpisodeInfo {
  std::string title;
  std::string author;
  std::string software = "narra " NARRA_VERSION;
};

// A chapter marker at a writer's own sample rate.
struct Marker {
  std::string title;
  std::int64_t sample = 0;
};

}  // namespace narra
