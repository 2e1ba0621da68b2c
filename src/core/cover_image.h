// Podcast artwork: reading the cover image file, what kind of image it holds
// and how large it is, read from the file's own header (PNG IHDR, JPEG SOF)
// without decoding pixels. Writers embed it; the feed publishes it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

// A cover image as read from disk, its type checked from its first bytes.
struct CoverImage {
  std::string mime_type;  // "image/jpeg" or "image/png"
  std::string data;       // the file's bytes
};

struct ImageInfo {
  std::string mime_type;  // "image/png" or "image/jpeg"
  int width_px = 0;
  int height_px = 0;
};

// Podcast artwork is at most 3000x3000 pixels; 16 MiB leaves room for any sane file.
inline constexpr std::size_t kMaxCoverBytes = 16u << 20;

// The bytes of the artwork file `path`, within kMaxCoverBytes; `missing_hint`
// says what to do when there is no such file. Throws Error naming the file.
std::string read_cover_bytes(const std::filesystem::path& path, const std::string& missing_hint);

// Reads `path` (render's --cover) and checks from its first bytes that it is
// a JPEG or PNG image. Throws Error when it cannot be read or is neither.
CoverImage read_cover_image(const std::filesystem::path& path);

// Reads a PNG or JPEG header from `bytes`; `origin` names the file in
// messages. Throws Error when the bytes are neither, or the header is cut short.
ImageInfo read_image_info(std::string_view bytes, const std::filesystem::path& origin);

// What Apple Podcasts would object to in artwork of this size and type
// (square, 1400 to 3000 px, extension matching the type); empty when nothing.
std::vector<std::string> check_cover_art(const ImageInfo& image, const std::filesystem::path& file);

}  // namespace narra
