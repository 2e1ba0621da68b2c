#include "feed/feed_artwork.h"

#include "core/atomic_file.h"
#include "core/cover_image.h"
#include "core/error.h"
#include "core/url.h"
#include "feed/default_cover.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

fs::path feed_folder(const fs::path& feed_path) {
  return feed_path.parent_path().empty() ? fs::path(".") : feed_path.parent_path();
}

bool holds(const fs::path& file, const std::string& bytes) {
  std::error_code ec;
  return fs::is_regular_file(file, ec) && read_cover_bytes(file, {}) == bytes;
}

}  // namespace

std::string publish_artwork(const fs::path& feed_path, const std::string& image, const std::string& base_url,
                            std::string_view fallback_stem, std::vector<std::string>& warnings) {
  if (is_web_url(image)) return image;
  const fs::path source = image;
  const std::string bytes = read_cover_bytes(source, "give the artwork's file or its URL");
  const ImageInfo info = read_image_info(bytes, source);
  for (auto& warning : check_cover_art(info, source)) warnings.push_back(std::move(warning));
  fs::path target = feed_folder(feed_path) / source.filename();
  std::error_code ec;
  if (!fs::equivalent(source, target, ec) && fs::exists(target, ec) && !holds(target, bytes)) {
    if (fallback_stem.empty()) {
      throw cannot_write(target, "a different file of that name is already there",
                         "rename the artwork, or remove the other file");
    }
    target = feed_folder(feed_path) /
             (std::string(fallback_stem) + (info.mime_type == "image/png" ? ".png" : ".jpg"));
  }
  if (!fs::equivalent(source, target, ec) && !holds(target, bytes)) write_file_atomically(target, bytes);
  return base_url + percent_encode(target.filename().string());
}

std::string publish_default_cover(const fs::path& feed_path, const std::string& title,
                                  const std::string& base_url) {
  const fs::path target = feed_folder(feed_path) / "cover.png";
  const std::string png = draw_default_cover(title);
  std::error_code ec;
  if (fs::exists(target, ec) && !holds(target, png)) {
    throw cannot_write(target, "a different file of that name is already there",
                       "give the artwork with --cover, or remove the other file");
  }
  write_file_atomically(target, png);
  return base_url + "cover.png";
}

}  // namespace narra
