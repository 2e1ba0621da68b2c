#include "feed/episode_file.h"

#include <taglib/fileref.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tag.h>

#include <system_error>

#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;

EpisodeFile read_episode_file(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw cannot_read(path, "no such file");
  if (!fs::is_regular_file(status)) throw cannot_read(path, "not a file");

  const char* hint = "a feed takes the .mp3 or .opus file `narra render --format` writes";
  TagLib::FileRef file(path.c_str(), true, TagLib::AudioProperties::Accurate);
  if (file.isNull() || file.audioProperties() == nullptr) {
    throw cannot_read(path, "not an audio file narra can read tags from", hint);
  }
  EpisodeFile episode;
  if (dynamic_cast<TagLib::MPEG::File*>(file.file()) != nullptr) {
    episode.mime_type = "audio/mpeg";
  } else if (dynamic_cast<TagLib::Ogg::Opus::File*>(file.file()) != nullptr) {
    episode.mime_type = "audio/ogg";
  } else {
    throw cannot_read(path, "not an MP3 or Ogg Opus file", hint);
  }
  episode.length_bytes = fs::file_size(path, ec);
  if (ec) throw cannot_read(path, ec.message());
  episode.duration_ms = file.audioProperties()->lengthInMilliseconds();
  if (!file.file()->isValid() || episode.duration_ms <= 0) {
    throw cannot_read(path, "no audio in it (TagLib found no frames)", hint);
  }
  if (const TagLib::Tag* tag = file.tag()) {
    episode.title = tag->title().to8Bit(true);
    episode.author = tag->artist().to8Bit(true);
    episode.description = tag->comment().to8Bit(true);
  }
  return episode;
}

}  // namespace narra
