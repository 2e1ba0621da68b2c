// Artwork a feed links: the show's (channel itunes:image, RSS <image>) and
// each episode's (item itunes:image). A URL is linked as it is; a JPEG or
// PNG file is copied beside the feed and linked under the feed's base URL.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

// The URL of `image` (an http(s) URL, or a JPEG/PNG file) once published
// beside `feed_path`. A file keeps its own name, unless a different file of
// that name is already there: it is then written as `fallback_stem` plus its
// extension (".jpg", ".png"), replacing an earlier one of that name; with
// an empty `fallback_stem` that is refused.
// Appends to `warnings` what Apple Podcasts would object to in the image.
// Throws Error when the file cannot be read, is not JPEG or PNG, or cannot be written.
std::string publish_artwork(const std::filesystem::path& feed_path, const std::string& image,
                            const std::string& base_url, std::string_view fallback_stem,
                            std::vector<std::string>& warnings);

// Writes the default cover for a show titled `title` (feed/default_cover.h)
// beside `feed_path` as "cover.png" and returns its URL under `base_url`.
std::string publish_default_cover(const std::filesystem::path& feed_path, const std::string& title,
                                  const std::string& base_url);

}  // namespace narra
