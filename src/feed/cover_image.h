// Podcast artwork: what kind of image a file holds and how large it is, read
// from the file's own header (PNG IHDR, JPEG SOF) without decoding pixels.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

struct ImageInfo {
  std::string mime_type;  // "image/png" or "image/jpeg"
  int width_px = 0;
  int height_px = 0;
};

// Reads a PNG or JPEG header from `bytes`; `origin` names the file in
// messages. Throws Error when the bytes are neither, or the header is cut short.
ImageInfo read_image_info(std::string_view bytes, const std::filesystem::path& origin);

// What Apple Podcasts would object to in artwork of this size and type
// (square, 1400 to 3000 px, extension matching the type); empty when nothing.
std::vector<std::string> check_cover_art(const ImageInfo& image, const std::filesystem::path& file);

}  // namespace narra
