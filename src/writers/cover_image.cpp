#include "writers/cover_image.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>

#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;

// Podcast artwork is at most 3000x3000 pixels; 16 MiB leaves room for any sane file.
constexpr std::uintmax_t kMaxCoverBytes = 16u << 20;

CoverImage read_cover_image(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw cannot_read(path, "no such file", "give --cover the path of a .jpg or .png file");
  }
  if (fs::file_size(path, ec) > kMaxCoverBytes) {
    throw cannot_read(path, "the cover image is larger than 16 MiB",
                      "scale it to 3000x3000 pixels or less");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw cannot_read(path, std::strerror(errno), "check the file's permissions");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string data = buffer.str();
  constexpr std::string_view jpeg_magic("\xFF\xD8\xFF", 3);
  constexpr std::string_view png_magic("\x89PNG\r\n\x1A\n", 8);
  if (data.starts_with(jpeg_magic)) return {"image/jpeg", std::move(data)};
  if (data.starts_with(png_magic)) return {"image/png", std::move(data)};
  throw cannot_read(path, "not a JPEG or PNG image", "give --cover a .jpg or .png file");
}

}  // namespace narra
