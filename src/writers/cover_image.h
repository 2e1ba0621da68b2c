// Reading the episode's cover image (--cover).
#pragma once

#include <filesystem>

#include "writers/episode.h"

namespace narra {

// Reads `path` and checks from its first bytes that it is a JPEG or PNG
// image. Throws Error when it cannot be read or is neither.
CoverImage read_cover_image(const std::filesystem::path& path);

}  // namespace narra
