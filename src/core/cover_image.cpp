#include "core/cover_image.h"

#include <cstdint>

#include "core/error.h"
#include "core/file_bytes.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr std::string_view kJpegSignature("\xFF\xD8\xFF", 3);

// "image/png" or "image/jpeg" from the file's signature; empty when neither.
std::string image_type(std::string_view bytes) {
  if (bytes.starts_with(kPngSignature)) return "image/png";
  if (bytes.starts_with(kJpegSignature)) return "image/jpeg";
  return {};
}

std::uint32_t big_endian(std::string_view bytes, std::size_t pos, int size) {
  std::uint32_t value = 0;
  for (int i = 0; i < size; ++i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[pos + static_cast<std::size_t>(i)]);
  }
  return value;
}

bool is_start_of_frame(unsigned char marker) {
  // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

ImageInfo read_jpeg(std::string_view bytes, const fs::path& origin) {
  std::size_t pos = 2;
  while (pos + 4 <= bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) != 0xFF) break;
    const auto marker = static_cast<unsigned char>(bytes[pos + 1]);
    if (marker == 0xFF) {  // fill byte
      ++pos;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // markers without a length
      pos += 2;
      continue;
    }
    const std::uint32_t length = big_endian(bytes, pos + 2, 2);
    if (is_start_of_frame(marker)) {
      if (pos + 9 > bytes.size()) break;
      return {"image/jpeg", static_cast<int>(big_endian(bytes, pos + 7, 2)),
              static_cast<int>(big_endian(bytes, pos + 5, 2))};
    }
    if (marker == 0xD9 || marker == 0xDA || length < 2) break;  // end or scan before any frame
    pos += 2 + length;
  }
  throw cannot_read(origin, "a JPEG without a frame header (SOF)",
                    "save the artwork again as a baseline JPEG or as PNG");
}

}  // namespace

std::string read_cover_bytes(const fs::path& path, const std::string& missing_hint) {
  return read_file_bytes(path, kMaxCoverBytes, {missing_hint, "scale it to 3000x3000 pixels or less"});
}

CoverImage read_cover_image(const fs::path& path) {
  std::string data = read_cover_bytes(path, "give --cover the path of a .jpg or .png file");
  std::string type = image_type(data);
  if (type.empty()) throw cannot_read(path, "not a JPEG or PNG image", "give --cover a .jpg or .png file");
  return {std::move(type), std::move(data)};
}

ImageInfo read_image_info(std::string_view bytes, const fs::path& origin) {
  const std::string type = image_type(bytes);
  if (type == "image/png") {
    // The IHDR chunk comes first: length, "IHDR", width, height (big-endian).
    if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") {
      throw cannot_read(origin, "a PNG without its IHDR header", "save the artwork again");
    }
    return {"image/png", static_cast<int>(big_endian(bytes, 16, 4)),
            static_cast<int>(big_endian(bytes, 20, 4))};
  }
  if (type == "image/jpeg") return read_jpeg(bytes, origin);
  throw cannot_read(origin, "not a PNG or JPEG image",
                    "podcast artwork must be a JPEG or PNG file, or give its URL");
}

std::vector<std::string> check_cover_art(const ImageInfo& image, const fs::path& file) {
  std::vector<std::string> warnings;
  const std::string size = std::to_string(image.width_px) + "x" + std::to_string(image.height_px) + " px";
  if (image.width_px != image.height_px) {
    warnings.push_back("cover " + quoted(file) + " is " + size + ": Apple Podcasts wants square artwork");
  } else if (image.width_px < 1400 || image.width_px > 3000) {
    warnings.push_back("cover " + quoted(file) + " is " + size +
                       ": Apple Podcasts wants 1400x1400 to 3000x3000 px");
  }
  const std::string extension = file.extension().string();
  const bool matches = image.mime_type == "image/png" ? extension == ".png" || extension == ".PNG"
                                                      : extension == ".jpg" || extension == ".jpeg" ||
                                                            extension == ".JPG" || extension == ".JPEG";
  if (!matches) {
    warnings.push_back("cover " + quoted(file) + " holds " + image.mime_type + " but its name ends in '" +
                       extension + "': Apple Podcasts wants the extension to match");
  }
  return warnings;
}

}  // namespace narra
