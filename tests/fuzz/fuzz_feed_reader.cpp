// Fuzz target: reading a feed, as `feed list` and the listening site do.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.h"
#include "feed/feed.h"
#include "site/show.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The readers take a path: the input goes to a scratch file of this process,
  // removed when the process ends.
  static const struct Scratch {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("narra-fuzz-feed-" + std::to_string(::getpid()) + ".xml");
    ~Scratch() { std::filesystem::remove(path); }
  } scratch;
  const std::filesystem::path& feed = scratch.path;
  std::ofstream(feed, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    narra::list_episodes(feed);
  } catch (const narra::Error&) {
  }
  try {
    narra::read_show(feed);
  } catch (const narra::Error&) {
  }
  return 0;
}
