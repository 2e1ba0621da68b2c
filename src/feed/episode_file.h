// An episode's audio file as a feed needs it: its tags, read with TagLib, and
// its size and duration. Only formats a podcast feed can carry are accepted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace narra {

struct EpisodeFile {
  std::string mime_type;            // "audio/mpeg" (MP3) or "audio/ogg" (Ogg Opus)
  std::uintmax_t length_bytes = 0;  // exact file size, the enclosure length
  long duration_ms = 0;             // from the stream's properties
  std::string title;                // ID3 TIT2 / Vorbis TITLE, UTF-8, may be empty
  std::string author;               // TPE1 / ARTIST
  std::string description;          // COMM / DESCRIPTION (else COMMENT)
};

// Reads `path`. Throws Error when it is missing, unreadable, or not an MP3
// or Ogg Opus file.
EpisodeFile read_episode_file(const std::filesystem::path& path);

}  // namespace narra
